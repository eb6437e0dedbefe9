//! Compiling a gazetteer into a [`Matcher`].

use std::borrow::Cow;

use super::{Candidate, Form, Matcher, Priority, Target};
use crate::gazetteer::{Entity, Gazetteer, Policy, Rule};
use crate::text::Normalized;
use rustc_hash::FxHashMap;

pub(super) fn build(gazetteer: &Gazetteer) -> Matcher {
    // Sized for every spelling up front: growing a table of a million
    // surface forms rehashes it again and again.
    let capacity = spelling_count(gazetteer);
    let mut targets: Vec<Vec<Target>> = Vec::with_capacity(capacity);
    // Surface form (ASCII-lowercased) → pattern id. The keys are moved out
    // into the pattern list at the end, not cloned.
    let mut index: FxHashMap<String, usize> =
        FxHashMap::with_capacity_and_hasher(capacity, Default::default());
    let policies = PolicyIndex::new(gazetteer);
    let mut forms: Vec<(Cow<'_, str>, Form)> = Vec::new();
    for (i, entity) in gazetteer.entities().iter().enumerate() {
        spellings(entity, &mut forms);
        for (spelling, form) in forms.drain(..) {
            let normalized = Normalized::new(&spelling);
            let spelling = normalized.as_str();
            if spelling.is_empty() || spelling.len() > u16::MAX as usize {
                continue;
            }
            let key = spelling.to_ascii_lowercase();
            let Some(priority) = priority(policies.get(gazetteer, spelling, &key), &entity.id)
            else {
                continue;
            };
            let slot = match index.get(&key) {
                Some(&slot) => slot,
                None => {
                    // Most surface forms name one entity.
                    targets.push(Vec::with_capacity(1));
                    index.insert(key, targets.len() - 1);
                    targets.len() - 1
                }
            };
            let candidate = Candidate {
                entity: i,
                form,
                priority,
            };
            let target = Target {
                candidate,
                capitals: capitals(spelling),
                exact: is_short_mixed_case(spelling).then(|| spelling.as_bytes().into()),
            };
            let list = &mut targets[slot];
            let same =
                |t: &Target| t.candidate == target.candidate && t.capitals == target.capitals;
            if !list.iter().any(same) {
                list.push(target);
            }
        }
    }
    let mut blocked = vec![None; targets.len()];
    for spelling in blocked_phrases(gazetteer) {
        let key = spelling.to_ascii_lowercase();
        let slot = *index.entry(key).or_insert_with(|| {
            targets.push(Vec::new());
            blocked.push(None);
            targets.len() - 1
        });
        blocked[slot] = Some(capitals(&spelling));
    }
    let mut keys = vec![String::new(); targets.len()];
    for (key, slot) in index {
        keys[slot] = key;
    }
    let starts = super::scan::Starts::new(keys.iter().enumerate().flat_map(|(slot, key)| {
        let spellings = targets[slot].iter().map(|t| &t.capitals[..]);
        let blocked = blocked[slot].as_deref().into_iter();
        spellings.chain(blocked).map(move |c| (key.as_bytes(), c))
    }));
    let automaton = super::trie::Trie::new(&keys);
    Matcher {
        automaton,
        targets,
        blocked,
        scan: super::Scan {
            starts,
            lowercase: Default::default(),
            lowercase_pairs: Default::default(),
        },
    }
}

/// Upper bound of the number of surface forms: every alias, short form and
/// demonym, and a plural per demonym.
fn spelling_count(gazetteer: &Gazetteer) -> usize {
    gazetteer
        .entities()
        .iter()
        .map(|e| e.aliases.len() + e.short.len() + 2 * e.demonyms.len())
        .sum()
}

/// The alias policies by key, in an Fx-hashed table of borrowed keys: the
/// gazetteer's own table hashes with SipHash, once per surface form.
struct PolicyIndex<'g>(FxHashMap<&'g str, &'g [Policy]>);

impl<'g> PolicyIndex<'g> {
    fn new(gazetteer: &'g Gazetteer) -> PolicyIndex<'g> {
        PolicyIndex(
            gazetteer
                .policies()
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_slice()))
                .collect(),
        )
    }

    /// The policies for a normalized `spelling` whose ASCII-lowercased form
    /// is `key`. The policy key of a spelling is its trimmed, normalized,
    /// lowercased form: for a spelling without surrounding white space that
    /// is `key` itself (normalizing is idempotent), which saves computing it
    /// again.
    fn get(&self, gazetteer: &'g Gazetteer, spelling: &str, key: &str) -> &'g [Policy] {
        if spelling.trim().len() == spelling.len() {
            self.0.get(key).copied().unwrap_or(&[])
        } else {
            gazetteer.policies_for(spelling)
        }
    }
}

/// Phrases with a `block` policy, as written in the policy file.
fn blocked_phrases(gazetteer: &Gazetteer) -> Vec<String> {
    let mut out: Vec<String> = gazetteer
        .policies()
        .values()
        .flatten()
        .filter(|p| p.rule == Rule::Block)
        .map(|p| Normalized::new(&p.alias).as_str().to_string())
        .collect();
    out.sort();
    out
}

/// Two- and three-letter spellings with a lowercase letter ("Xi", "Li").
fn is_short_mixed_case(spelling: &str) -> bool {
    spelling.len() <= 3 && spelling.bytes().any(|b| b.is_ascii_lowercase())
}

/// The priority the `policies` of a spelling give it naming the entity
/// `id`, or `None` if the spelling is on the stop list.
fn priority(policies: &[Policy], id: &str) -> Option<Priority> {
    let mut out = Priority::Normal;
    for p in policies {
        match &p.rule {
            Rule::Stop => return None,
            Rule::Prefer(target) if target == id => out = Priority::Preferred,
            Rule::Context(target) if target == id => out = Priority::NeedsContext,
            _ => {}
        }
    }
    Some(out)
}

/// Every surface form of an entity, with how it names the entity, into
/// `out` (one buffer reused for every entity).
fn spellings<'g>(entity: &'g Entity, out: &mut Vec<(Cow<'g, str>, Form)>) {
    out.extend(
        entity
            .aliases
            .iter()
            .map(|a| (Cow::Borrowed(a.as_str()), Form::Alias)),
    );
    out.extend(
        entity
            .short
            .iter()
            .map(|s| (Cow::Borrowed(s.as_str()), Form::Short)),
    );
    for d in &entity.demonyms {
        out.push((Cow::Borrowed(d.as_str()), Form::Demonym));
        if let Some(p) = plural(d) {
            out.push((Cow::Owned(p), Form::Demonym));
        }
    }
}

/// The plural of a demonym ("Russian" → "Russians", "Iraqi" → "Iraqis"),
/// or `None` for forms that take no -s ("British", "Chinese", "Swiss").
pub(crate) fn plural(demonym: &str) -> Option<String> {
    let lower = demonym.to_ascii_lowercase();
    let invariant = ["s", "sh", "ch", "x", "z", "ese"]
        .iter()
        .any(|suffix| lower.ends_with(suffix));
    let multiword_adjective = demonym.contains(' ') && !lower.ends_with("an");
    (!invariant && !multiword_adjective && demonym.chars().last().is_some_and(char::is_alphabetic))
        .then(|| format!("{demonym}s"))
}

fn capitals(spelling: &str) -> Box<[u16]> {
    // Counted first, so that the box is allocated once at its size (not
    // grown and then shrunk), and not at all for a name without capitals.
    let n = spelling.bytes().filter(u8::is_ascii_uppercase).count();
    let mut out = Vec::with_capacity(n);
    out.extend(
        spelling
            .bytes()
            .enumerate()
            .filter(|(_, b)| b.is_ascii_uppercase())
            .map(|(i, _)| i as u16),
    );
    out.into_boxed_slice()
}

#[cfg(test)]
mod tests {
    use super::plural;

    #[test]
    fn demonym_plurals() {
        assert_eq!(plural("Russian").as_deref(), Some("Russians"));
        assert_eq!(plural("North Korean").as_deref(), Some("North Koreans"));
        assert_eq!(plural("Iraqi").as_deref(), Some("Iraqis"));
        assert_eq!(plural("Filipino").as_deref(), Some("Filipinos"));
        assert_eq!(plural("British"), None);
        assert_eq!(plural("Chinese"), None);
        assert_eq!(plural("Swiss"), None);
        assert_eq!(plural("French"), None);
    }
}
