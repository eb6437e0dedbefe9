//! Alias policies: the precision machinery for names that are also common
//! words or that several entities share.
//!
//! A policy file has the header `alias, policy, note` (tab-separated):
//!
//! * `stop`: never a name ("Of", "Split", "Mobile"), whatever entity lists it;
//! * `block`: a phrase that is not an entity but contains one ("U.S. Open",
//!   "French Open", "Labour Day"): it is matched like a name, so the longest
//!   match takes it, and then dropped, so the country inside is not found;
//! * `prefer:ID`: when the alias could name several entities, this one wins
//!   unless the article pins another ("Jordan" is the country, not a person);
//! * `context:ID`: the alias names ID only when the article also names ID in
//!   another way or names ID's country ("Georgia" the US state needs the US
//!   in the article).
//!
//! Aliases are compared after normalization, ignoring ASCII case.

use std::collections::HashMap;

use super::Origin;
use crate::error::{Error, Result};
use crate::text::Normalized;

/// What a policy says about an alias.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// Never a name.
    Stop,
    /// A phrase matched and dropped, hiding the names inside it.
    Block,
    /// Prefer this entity id.
    Prefer(String),
    /// This entity id only with supporting context.
    Context(String),
}

/// A rule and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// The alias as written in the policy file.
    pub alias: String,
    /// The rule.
    pub rule: Rule,
    /// Why (free text, shown by `gazetteer lookup`).
    pub note: String,
    /// File and line.
    pub origin: Origin,
}

/// Policies by alias key; an alias may have several (`prefer` and `context`
/// for different entities).
pub type Policies = HashMap<String, Vec<Policy>>;

/// The key an alias is looked up by.
pub fn key(alias: &str) -> String {
    Normalized::new(alias.trim()).as_str().to_ascii_lowercase()
}

/// True if a file's header (first non-comment line) makes it a policy file.
pub fn is_policy_file(text: &str) -> bool {
    text.lines()
        .map(|l| l.trim_start_matches('\u{FEFF}'))
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .is_some_and(|h| h.split('\t').next().map(str::trim) == Some("alias"))
}

/// Parses a policy file into `into`.
pub fn parse(origin: &str, text: &str, into: &mut Policies) -> Result<()> {
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r').trim_start_matches('\u{FEFF}');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if !header_seen {
            header_seen = true;
            if fields[..] != ["alias", "policy", "note"][..fields.len().min(3)] || fields.len() < 2
            {
                return Err(Error::data(
                    origin,
                    i + 1,
                    "a policy file's header is: alias, policy, note",
                ));
            }
            continue;
        }
        let err = |msg: String| Error::data(origin, i + 1, msg);
        let (alias, rule) = match fields[..] {
            [alias, rule, ..] if !alias.is_empty() => (alias, rule),
            _ => return Err(err("expected: alias, policy, note (tab-separated)".into())),
        };
        let rule = parse_rule(rule).map_err(err)?;
        into.entry(key(alias)).or_default().push(Policy {
            alias: alias.to_string(),
            rule,
            note: fields.get(2).copied().unwrap_or("").to_string(),
            origin: Origin {
                file: origin.into(),
                line: i + 1,
            },
        });
    }
    Ok(())
}

fn parse_rule(s: &str) -> std::result::Result<Rule, String> {
    match s.split_once(':') {
        None if s == "stop" => Ok(Rule::Stop),
        None if s == "block" => Ok(Rule::Block),
        Some(("prefer", id)) if id.contains(':') => Ok(Rule::Prefer(id.to_string())),
        Some(("context", id)) if id.contains(':') => Ok(Rule::Context(id.to_string())),
        _ => Err(format!(
            "unknown policy '{s}'. Choose from: stop, block, prefer:ID, context:ID (ID like country:JOR)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rules() {
        let mut p = Policies::new();
        let text =
            "# c\nalias\tpolicy\tnote\nSplit\tstop\tverb\nJordan\tprefer:country:JOR\tcountry\n";
        parse("p.tsv", text, &mut p).unwrap();
        assert_eq!(p["split"][0].rule, Rule::Stop);
        assert_eq!(p["jordan"][0].rule, Rule::Prefer("country:JOR".into()));
        assert!(is_policy_file(text));
        assert!(!is_policy_file("id\ttype\tname\n"));
    }

    #[test]
    fn errors_name_the_line() {
        let mut p = Policies::new();
        let e = parse("p.tsv", "alias\tpolicy\nX\tpreferr:country:X\n", &mut p).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("p.tsv:2: unknown policy 'preferr:country:X'"),
            "{e}"
        );
    }
}
