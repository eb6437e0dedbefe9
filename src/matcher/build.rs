//! Compiling a gazetteer into a [`Matcher`].

use std::borrow::Cow;

use super::{Candidate, Caps, Exact, Form, Matcher, Pattern, Priority, Target};
use crate::gazetteer::{Gazetteer, Names, Policy, Rule};
use crate::text::Normalized;
use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::{FxBuildHasher, FxHashMap};

pub(super) fn build(gazetteer: &Gazetteer) -> Matcher {
    // Sized for every spelling up front: growing a table of a million
    // surface forms rehashes it again and again.
    let capacity = spelling_count(gazetteer);
    // Every reading of every spelling, with its pattern id, in the order
    // found; grouped by pattern id at the end.
    let mut found: Vec<(u32, Target)> = Vec::with_capacity(capacity);
    let mut capitals: Vec<u16> = Vec::new();
    // Surface form (ASCII-lowercased) → pattern id.
    let mut keys = Keys::with_capacity(capacity);
    let mut key = String::new();
    let policies = PolicyIndex::new(gazetteer);
    let mut forms: Vec<(Cow<'_, str>, Form)> = Vec::new();
    for i in 0..gazetteer.len() {
        spellings(gazetteer.names(i), &mut forms);
        let id = gazetteer.id(i);
        for (spelling, form) in forms.drain(..) {
            let normalized = Normalized::new(&spelling);
            let spelling = normalized.as_str();
            if spelling.is_empty() || spelling.len() > u16::MAX as usize {
                continue;
            }
            key.clear();
            key.push_str(spelling);
            key.make_ascii_lowercase();
            let Some(priority) = priority(policies.get(gazetteer, spelling, &key), id) else {
                continue;
            };
            let pattern = keys.id(&key);
            let target = Target {
                candidate: Candidate {
                    entity: i,
                    form,
                    priority,
                },
                capitals: push_capitals(&mut capitals, spelling),
                exact: exact(spelling),
            };
            found.push((pattern, target));
        }
    }
    let mut blocked = Vec::new();
    for spelling in blocked_phrases(gazetteer) {
        let pattern = keys.id(&spelling.to_ascii_lowercase());
        blocked.push((pattern, push_capitals(&mut capitals, &spelling)));
    }
    let patterns = keys.len();
    let (targets, mut patterns) = group(&found, patterns, &capitals);
    drop(found);
    for (pattern, caps) in blocked {
        patterns[pattern as usize].blocked = caps;
    }
    let keys: Vec<&str> = (0..patterns.len()).map(|p| keys.key(p)).collect();
    let pool = &capitals;
    let starts = super::scan::Starts::new(keys.iter().enumerate().flat_map(|(p, key)| {
        let pattern = &patterns[p];
        let start = pattern.start as usize;
        let spellings = targets[start..start + pattern.len as usize]
            .iter()
            .map(|t| &t.capitals);
        let blocked = Some(&pattern.blocked).filter(|c| !c.is_none());
        spellings
            .chain(blocked)
            .map(move |c| (key.as_bytes(), c.get(pool)))
    }));
    let automaton = super::trie::Trie::new(&keys);
    Matcher {
        automaton,
        patterns,
        targets,
        capitals,
        scan: super::Scan {
            starts,
            lowercase: Default::default(),
            lowercase_pairs: Default::default(),
        },
    }
}

/// The readings `found` grouped by pattern id (in the order found within
/// each), without repeats: the same entity read the same way with the same
/// capitals (two spellings that differ only in what the normalization
/// removes). Returns the targets, and per pattern where its own are.
fn group(
    found: &[(u32, Target)],
    patterns: usize,
    capitals: &[u16],
) -> (Vec<Target>, Vec<Pattern>) {
    let mut first = vec![0u32; patterns + 1];
    for (pattern, _) in found {
        first[*pattern as usize + 1] += 1;
    }
    for p in 0..patterns {
        first[p + 1] += first[p];
    }
    // The readings' positions in `found`, by pattern.
    let mut next = first.clone();
    let mut order = vec![0u32; found.len()];
    for (k, (pattern, _)) in found.iter().enumerate() {
        let at = &mut next[*pattern as usize];
        order[*at as usize] = k as u32;
        *at += 1;
    }
    let mut targets: Vec<Target> = Vec::with_capacity(found.len());
    let mut kept = Vec::with_capacity(patterns);
    for p in 0..patterns {
        let start = targets.len();
        for &k in &order[first[p] as usize..first[p + 1] as usize] {
            let t = &found[k as usize].1;
            let same = |k: &Target| {
                k.candidate == t.candidate && k.capitals.get(capitals) == t.capitals.get(capitals)
            };
            if !targets[start..].iter().any(same) {
                targets.push(*t);
            }
        }
        kept.push(Pattern {
            start: start as u32,
            len: (targets.len() - start) as u32,
            blocked: Caps::NONE,
        });
    }
    (targets, kept)
}

/// Distinct keys, numbered in the order first seen, kept in one buffer
/// (not one allocation each) and hashed by their text.
struct Keys {
    text: String,
    /// Where key `p` ends in `text` (it starts where key `p - 1` ends).
    ends: Vec<usize>,
    table: HashTable<u32>,
}

impl Keys {
    fn with_capacity(n: usize) -> Keys {
        Keys {
            text: String::with_capacity(n * 12),
            ends: Vec::with_capacity(n),
            table: HashTable::with_capacity(n),
        }
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn key(&self, p: usize) -> &str {
        key_at(&self.text, &self.ends, p)
    }

    /// The id of `key`, a new one if it is new.
    fn id(&mut self, key: &str) -> u32 {
        let hash = FxBuildHasher.hash_one(key);
        // Fields apart: the table is changed while the keys are read.
        let Keys { text, ends, table } = self;
        let key_of = |p: u32| key_at(text, ends, p as usize);
        if let Some(&p) = table.find(hash, |&p| key_of(p) == key) {
            return p;
        }
        let p = ends.len() as u32;
        table.insert_unique(hash, p, |&q| FxBuildHasher.hash_one(key_of(q)));
        text.push_str(key);
        ends.push(text.len());
        p
    }
}

/// Key `p` of a [`Keys`] buffer: it starts where key `p - 1` ends.
fn key_at<'a>(text: &'a str, ends: &[usize], p: usize) -> &'a str {
    let start = p.checked_sub(1).map_or(0, |q| ends[q]);
    &text[start..ends[p]]
}

/// About the number of surface forms: every name, and a plural per
/// demonym (counted from the lines when the gazetteer was loaded, not by
/// reading every line again).
fn spelling_count(gazetteer: &Gazetteer) -> usize {
    gazetteer.name_count()
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
    spelling.len() <= Exact::MAX && spelling.bytes().any(|b| b.is_ascii_lowercase())
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
fn spellings<'g>(names: Names<'g>, out: &mut Vec<(Cow<'g, str>, Form)>) {
    out.extend(names.aliases().map(|a| (Cow::Borrowed(a), Form::Alias)));
    out.extend(names.short().map(|s| (Cow::Borrowed(s), Form::Short)));
    for d in names.demonyms() {
        out.push((Cow::Borrowed(d), Form::Demonym));
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

/// The offsets of the ASCII capitals of `spelling` (a long list goes to
/// `pool`).
fn push_capitals(pool: &mut Vec<u16>, spelling: &str) -> Caps {
    let offsets = spelling
        .bytes()
        .enumerate()
        .filter(|(_, b)| b.is_ascii_uppercase())
        .map(|(i, _)| i as u16);
    if offsets.clone().nth(Caps::INLINE).is_some() {
        return Caps::new(&offsets.collect::<Vec<u16>>(), pool);
    }
    let mut inline = [0; Caps::INLINE];
    let mut n = 0;
    for (slot, offset) in inline.iter_mut().zip(offsets) {
        *slot = offset;
        n += 1;
    }
    Caps::new(&inline[..n], pool)
}

/// The exact spelling a short mixed-case spelling must be matched with.
fn exact(spelling: &str) -> Exact {
    if !is_short_mixed_case(spelling) {
        return Exact::NONE;
    }
    let mut bytes = [0; Exact::MAX];
    bytes[..spelling.len()].copy_from_slice(spelling.as_bytes());
    Exact {
        len: spelling.len() as u8,
        bytes,
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
