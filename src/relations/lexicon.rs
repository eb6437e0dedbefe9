//! Word lists that drive relation rules: verb patterns and role titles.
//!
//! Both live in `gazetteers/` as TSV so linguists can extend them without
//! touching code; the built-in copies are compiled in.

use std::collections::HashMap;

use crate::error::{Error, Result};

/// One token of a verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternToken {
    /// A literal lowercase word.
    Word(String),
    /// One to three arbitrary words.
    Gap,
}

/// A verb pattern and the relation it signals.
#[derive(Debug, Clone)]
pub struct VerbPattern {
    /// Relation label (`praise`).
    pub label: String,
    /// PLOVER category, if one applies.
    pub category: Option<String>,
    /// Tokens, first always a word.
    pub tokens: Vec<PatternToken>,
}

/// Verb patterns and role titles, ready for lookup.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// All verb patterns.
    pub verbs: Vec<VerbPattern>,
    /// Pattern indices by first word.
    pub verbs_by_first: HashMap<String, Vec<usize>>,
    /// Role title (words joined by single spaces) → affiliation label.
    pub roles: HashMap<String, String>,
    /// The longest role title, in words.
    pub max_role_words: usize,
    /// Every word of every role title, lowercase ("prime", "minister").
    pub title_words: std::collections::HashSet<String>,
}

const VERBS: &str = include_str!("../../gazetteers/verbs.tsv");
const ROLES: &str = include_str!("../../gazetteers/roles.tsv");

/// PLOVER event categories a verb pattern may map to.
pub const CATEGORIES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

impl Lexicon {
    /// The built-in verb and role lists.
    pub fn builtin() -> Result<Lexicon> {
        let mut lex = Lexicon::default();
        lex.add_verbs("builtin:verbs.tsv", VERBS)?;
        lex.add_roles("builtin:roles.tsv", ROLES)?;
        Ok(lex)
    }

    /// Adds verb patterns from a `label, category, patterns` TSV.
    pub fn add_verbs(&mut self, origin: &str, text: &str) -> Result<()> {
        let mut owner: HashMap<String, String> = HashMap::new();
        for (lineno, fields) in rows(text, &["label", "category", "patterns"]) {
            let err = |msg: String| Error::data(origin, lineno, msg);
            let [label, category, patterns] = fields[..] else {
                return Err(err(
                    "expected 3 tab-separated fields: label, category, patterns".into(),
                ));
            };
            let category = check_category(category).map_err(err)?;
            for pattern in patterns.split('|').map(str::trim) {
                let tokens = parse_pattern(pattern).map_err(err)?;
                if let Some(other) = owner.insert(pattern.to_string(), label.to_string()) {
                    return Err(err(format!(
                        "pattern '{pattern}' is listed under both '{other}' and '{label}'"
                    )));
                }
                let first = match &tokens[0] {
                    PatternToken::Word(w) => w.clone(),
                    PatternToken::Gap => unreachable!("parse_pattern rejects a leading gap"),
                };
                self.verbs_by_first
                    .entry(first)
                    .or_default()
                    .push(self.verbs.len());
                self.verbs.push(VerbPattern {
                    label: label.to_string(),
                    category: category.clone(),
                    tokens,
                });
            }
        }
        Ok(())
    }

    /// Adds role titles from a `role, label` TSV.
    pub fn add_roles(&mut self, origin: &str, text: &str) -> Result<()> {
        for (lineno, fields) in rows(text, &["role", "label"]) {
            let [role, label] = fields[..] else {
                return Err(Error::data(
                    origin,
                    lineno,
                    "expected 2 tab-separated fields: role, label",
                ));
            };
            let words: Vec<&str> = role.split_whitespace().collect();
            if words.is_empty() || label.is_empty() {
                return Err(Error::data(
                    origin,
                    lineno,
                    "role and label must not be empty",
                ));
            }
            self.max_role_words = self.max_role_words.max(words.len());
            self.title_words
                .extend(words.iter().map(|w| w.to_lowercase()));
            self.roles
                .insert(words.join(" ").to_lowercase(), label.to_string());
        }
        Ok(())
    }
}

impl Lexicon {
    /// True if `word` (any case) is part of a role title, or a form of
    /// address ("Mr", "Queen", "Sheikh") that stands before a name.
    pub fn is_title_word(&self, word: &str) -> bool {
        let w = word.to_lowercase();
        self.title_words.contains(&w) || ADDRESS.contains(&w.as_str())
    }
}

/// Forms of address and honorifics.
const ADDRESS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "sheikh",
    "prince",
    "princess",
    "queen",
    "king",
    "emperor",
    "pope",
    "saint",
    "st",
    "archbishop",
    "bishop",
    "cardinal",
    "imam",
    "rabbi",
    "reverend",
    "rev",
    "gen",
    "general",
    "col",
    "colonel",
    "capt",
    "captain",
    "lt",
    "sgt",
    "adm",
    "admiral",
    "marshal",
    "field",
    "defence",
    "defense",
    "foreign",
    "interior",
    "finance",
    "state",
    "deputy",
    "acting",
    "former",
    "vice",
    "supreme",
    "crown",
];

/// Non-comment, non-header rows as `(line number, fields)`.
fn rows<'a>(text: &'a str, header: &'a [&str]) -> impl Iterator<Item = (usize, Vec<&'a str>)> + 'a {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n, l.split('\t').map(str::trim).collect::<Vec<_>>()))
        .filter(move |(_, f)| f[..] != *header)
}

fn check_category(c: &str) -> std::result::Result<Option<String>, String> {
    if c.is_empty() {
        return Ok(None);
    }
    if CATEGORIES.contains(&c) {
        Ok(Some(c.to_string()))
    } else {
        Err(format!(
            "unknown PLOVER category '{c}'. Choose from: {}",
            CATEGORIES.join(", ")
        ))
    }
}

fn parse_pattern(p: &str) -> std::result::Result<Vec<PatternToken>, String> {
    let tokens: Vec<PatternToken> = p
        .split_whitespace()
        .map(|w| match w {
            "*" => PatternToken::Gap,
            w => PatternToken::Word(w.to_lowercase()),
        })
        .collect();
    match tokens.first() {
        None => Err("empty verb pattern (two '|' in a row?)".into()),
        Some(PatternToken::Gap) => Err(format!("pattern '{p}' must start with a word, not '*'")),
        Some(_) if matches!(tokens.last(), Some(PatternToken::Gap)) => {
            Err(format!("pattern '{p}' must end with a word, not '*'"))
        }
        Some(_) => Ok(tokens),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_is_rich_enough() {
        let lex = Lexicon::builtin().unwrap();
        let labels: std::collections::HashSet<&str> =
            lex.verbs.iter().map(|v| v.label.as_str()).collect();
        assert!(labels.len() >= 25, "{} labels", labels.len());
        for l in [
            "greet", "praise", "meet", "attack", "sanction", "deny", "appoint",
        ] {
            assert!(labels.contains(l), "missing {l}");
        }
        assert_eq!(lex.roles["president"], "leader_of");
        assert_eq!(lex.roles["foreign minister"], "member_of");
    }

    #[test]
    fn errors_name_the_line() {
        let mut lex = Lexicon::default();
        let e = lex.add_verbs(
            "v.tsv",
            "label\tcategory\tpatterns\npraise\tPRAISE\tpraised\n",
        );
        let msg = e.unwrap_err().to_string();
        assert!(
            msg.starts_with("v.tsv:2: unknown PLOVER category 'PRAISE'"),
            "{msg}"
        );
        let e = lex.add_verbs("v.tsv", "a\t\tx|* y\n");
        assert!(e
            .unwrap_err()
            .to_string()
            .contains("must start with a word"));
        let e = Lexicon::default().add_verbs("v.tsv", "a\t\tx\nb\t\tx\n");
        assert!(e.unwrap_err().to_string().contains("both 'a' and 'b'"));
    }
}
