//! Compiling a gazetteer into a [`Matcher`].

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::{Candidate, Form, Matcher, Priority, Target};
use crate::gazetteer::{Entity, Gazetteer, Rule};
use crate::text::Normalized;

pub(super) fn build(gazetteer: &Gazetteer) -> Matcher {
    let mut keys: Vec<String> = Vec::new();
    let mut targets: Vec<Vec<Target>> = Vec::new();
    let mut index: HashMap<String, usize, BuildHasherDefault<FxHasher>> =
        HashMap::with_capacity_and_hasher(gazetteer.len() * 2, Default::default());
    let mut lowercase_keys: Vec<String> = Vec::new();
    let mut try_every_word = false;
    for (i, entity) in gazetteer.entities().iter().enumerate() {
        for (spelling, form) in spellings(entity) {
            let normalized = Normalized::new(&spelling);
            let spelling = normalized.as_str();
            if spelling.is_empty() || spelling.len() > u16::MAX as usize {
                continue;
            }
            let Some(priority) = priority(gazetteer, spelling, &entity.id) else {
                continue;
            };
            note_start(spelling, &mut lowercase_keys, &mut try_every_word);
            let key = spelling.to_ascii_lowercase();
            let slot = match index.get(&key) {
                Some(&slot) => slot,
                None => {
                    keys.push(key.clone());
                    targets.push(Vec::new());
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
    let mut blocked = vec![None; keys.len()];
    for spelling in blocked_phrases(gazetteer) {
        let key = spelling.to_ascii_lowercase();
        let slot = *index.entry(key.clone()).or_insert_with(|| {
            keys.push(key);
            targets.push(Vec::new());
            blocked.push(None);
            targets.len() - 1
        });
        blocked[slot] = Some(capitals(&spelling));
    }
    let automaton = super::trie::Trie::new(&keys);
    let mut lower_prefixes: Vec<Box<[u8]>> = lowercase_keys
        .iter()
        .filter_map(|k| {
            k.find(|c: char| c.is_uppercase())
                .map(|i| k.as_bytes()[..i].into())
        })
        .collect();
    lower_prefixes.sort_by_key(|p| (std::cmp::Reverse(p.len()), p.clone()));
    lower_prefixes.dedup();
    Matcher {
        automaton,
        targets,
        blocked,
        lower_prefixes,
        try_every_word,
        classes: super::classes(try_every_word),
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

/// The policy priority of `spelling` naming the entity `id`, or `None` if
/// the spelling is on the stop list.
fn priority(gazetteer: &Gazetteer, spelling: &str, id: &str) -> Option<Priority> {
    let mut out = Priority::Normal;
    for p in gazetteer.policies_for(spelling) {
        match &p.rule {
            Rule::Stop => return None,
            Rule::Prefer(target) if target == id => out = Priority::Preferred,
            Rule::Context(target) if target == id => out = Priority::NeedsContext,
            _ => {}
        }
    }
    Some(out)
}

/// Every surface form of an entity, with how it names the entity.
fn spellings(entity: &Entity) -> Vec<(Cow<'_, str>, Form)> {
    let mut out: Vec<(Cow<'_, str>, Form)> = entity
        .aliases
        .iter()
        .map(|a| (Cow::Borrowed(a.as_str()), Form::Alias))
        .collect();
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
    out
}

/// A fast, non-cryptographic hasher (the Fx hash of rustc) for the
/// surface-form index: hashing with SipHash was a visible share of startup.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let x = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
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
    spelling
        .bytes()
        .enumerate()
        .filter(|(_, b)| b.is_ascii_uppercase())
        .map(|(i, _)| i as u16)
        .collect()
}

/// Records how a name starts, so the scanner knows which word starts to try.
fn note_start(spelling: &str, lowercase_keys: &mut Vec<String>, every: &mut bool) {
    let Some(c) = spelling.chars().next() else {
        return;
    };
    if c.is_ascii_lowercase() {
        // A lowercase name without any capital could only be found by trying
        // every lowercase word; the case policy makes such names rare.
        lowercase_keys.push(spelling.to_string());
    } else if !(c.is_ascii_uppercase() || c.is_ascii_digit() || c.is_uppercase()) {
        *every = true;
    }
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
