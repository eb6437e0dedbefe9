//! Consistency checks over a whole gazetteer (`nergraph gazetteer check`).
//!
//! Parsing already rejects malformed lines. These checks look across
//! entities: names claimed by two entities with no policy deciding between
//! them, parents and countries that do not exist, policies about unknown ids.

use std::collections::BTreeMap;

use super::{policy, EntityType, Gazetteer, Origin, Rule};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Must be fixed: the data would give wrong or arbitrary results.
    Error,
    /// Worth a look.
    Warning,
}

/// One finding, located at a file and line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// Where to fix it.
    pub origin: Origin,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}: {level}: {}", self.origin, self.message)
    }
}

/// Runs every check. `only` limits findings to entities and policies from
/// files whose name satisfies it (so checking a user file does not report
/// on the built-ins).
pub fn check(g: &Gazetteer, only: &dyn Fn(&str) -> bool) -> Vec<Finding> {
    let mut out = Vec::new();
    shared_names(g, only, &mut out);
    references(g, only, &mut out);
    policy_targets(g, only, &mut out);
    out.sort();
    out
}

fn finding(origin: &Origin, severity: Severity, message: String) -> Finding {
    Finding {
        origin: origin.clone(),
        severity,
        message,
    }
}

/// Aliases and demonyms (not surnames) naming two entities need a policy.
fn shared_names(g: &Gazetteer, only: &dyn Fn(&str) -> bool, out: &mut Vec<Finding>) {
    let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, e) in g.entities().enumerate() {
        for name in e.aliases.iter().chain(&e.demonyms) {
            let list = by_key.entry(policy::key(name)).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    for (key, ids) in by_key.into_iter().filter(|(_, v)| v.len() > 1) {
        if !g.policies_for(&key).is_empty() {
            continue;
        }
        let names: Vec<String> = ids.iter().map(|&i| g.entity(i).id.clone()).collect();
        for &i in &ids {
            let e = g.entity(i);
            if only(&e.origin.file) {
                let msg = format!(
                    "'{key}' names {} entities ({}) and no policy decides between them; \
                     add a line to a policy file (alias, prefer:ID or context:ID) or drop the alias",
                    ids.len(),
                    names.join(", ")
                );
                out.push(finding(&e.origin, Severity::Error, msg));
            }
        }
    }
}

/// Parents, countries and role targets must exist.
fn references(g: &Gazetteer, only: &dyn Fn(&str) -> bool, out: &mut Vec<Finding>) {
    for e in g.entities().filter(|e| only(&e.origin.file)) {
        if let Some(p) = e.parent.as_deref().filter(|p| g.get(p).is_none()) {
            out.push(finding(
                &e.origin,
                Severity::Error,
                format!("parent '{p}' of '{}' is not in the gazetteer", e.id),
            ));
        }
        if let Some(c) = e
            .country
            .as_deref()
            .filter(|c| g.country_index(c).is_none())
        {
            out.push(finding(
                &e.origin,
                Severity::Error,
                format!(
                    "country code '{c}' of '{}' is not a known country (country:{c})",
                    e.id
                ),
            ));
        }
        for r in e.roles.iter().filter(|r| g.get(&r.of).is_none()) {
            out.push(finding(
                &e.origin,
                Severity::Warning,
                format!(
                    "role '{}' of '{}' refers to '{}', which is not in the gazetteer",
                    r.title, e.id, r.of
                ),
            ));
        }
        if e.etype != EntityType::Country && e.country.is_none() && e.etype != EntityType::Region {
            out.push(finding(
                &e.origin,
                Severity::Warning,
                format!("'{}' has no country", e.id),
            ));
        }
    }
}

/// Policies must name entities that exist and that have the alias.
fn policy_targets(g: &Gazetteer, only: &dyn Fn(&str) -> bool, out: &mut Vec<Finding>) {
    for (key, policies) in g.policies() {
        for p in policies.iter().filter(|p| only(&p.origin.file)) {
            let target = match &p.rule {
                Rule::Stop | Rule::Block => continue,
                Rule::Prefer(id) | Rule::Context(id) => id,
            };
            match g.get(target) {
                None => out.push(finding(
                    &p.origin,
                    Severity::Error,
                    format!("policy for '{key}' names '{target}', which is not in the gazetteer"),
                )),
                Some(e)
                    if !e
                        .aliases
                        .iter()
                        .chain(&e.demonyms)
                        .any(|a| policy::key(a) == *key) =>
                {
                    out.push(finding(
                        &p.origin,
                        Severity::Warning,
                        format!(
                            "policy for '{key}' names '{target}', which does not have that alias"
                        ),
                    ))
                }
                Some(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::GazetteerBuilder;

    fn findings(files: &[(&str, &str)]) -> Vec<String> {
        let mut b = GazetteerBuilder::new();
        for (name, text) in files {
            b.add_str(name, text).unwrap();
        }
        let g = b.build().unwrap();
        check(&g, &|_| true).iter().map(|f| f.to_string()).collect()
    }

    #[test]
    fn shared_alias_without_policy() {
        let f = findings(&[(
            "a.tsv",
            "id\ttype\tname\taliases\tcountry\ncountry:XAA\tcountry\tAland\tHome\tXAA\ncountry:XBB\tcountry\tBland\tHome\tXBB\n",
        )]);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(
            f[0].starts_with("a.tsv:2: error: 'home' names 2 entities"),
            "{f:?}"
        );
    }

    #[test]
    fn a_policy_settles_a_shared_alias() {
        let f = findings(&[
            ("a.tsv", "id\ttype\tname\taliases\tcountry\ncountry:XAA\tcountry\tAland\tHome\tXAA\ncountry:XBB\tcountry\tBland\tHome\tXBB\n"),
            ("p.tsv", "alias\tpolicy\tnote\nHome\tprefer:country:XAA\tusual sense\n"),
        ]);
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn missing_references() {
        let f = findings(&[
            (
                "a.tsv",
                "id\ttype\tname\tcountry\tparent\nregion:XAA-r\tregion\tR\tXZZ\tregion:nowhere\n",
            ),
            ("p.tsv", "alias\tpolicy\nR\tprefer:region:gone\n"),
        ]);
        assert!(
            f.iter().any(|m| m.contains("parent 'region:nowhere'")),
            "{f:?}"
        );
        assert!(f.iter().any(|m| m.contains("country code 'XZZ'")), "{f:?}");
        assert!(
            f.iter()
                .any(|m| m.starts_with("p.tsv:2: error: policy for 'r' names 'region:gone'")),
            "{f:?}"
        );
    }
}
