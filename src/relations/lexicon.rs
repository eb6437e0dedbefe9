//! Word lists that drive relation rules: verb patterns and role titles.
//!
//! Both live in `gazetteers/` as TSV so linguists can extend them without
//! touching code; the built-in copies are compiled in.

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};

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
    /// Tokens, first always a word; empty for a row that only declares a
    /// label (used as another row's `reverse`).
    pub tokens: Vec<PatternToken>,
    /// The label of what the object does to the subject by the same act
    /// ("met": met; CAMEO "042:043": visit, host), if anything.
    pub reverse: Option<String>,
    /// True for a pattern of the user's `--verbs` files: it means what the
    /// user's row says, and the built-in relation-noun rule does not relabel
    /// it (see `verbs::noun_pattern`).
    pub user: bool,
}

/// Verb patterns and role titles, ready for lookup.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// All verb patterns.
    pub verbs: Vec<VerbPattern>,
    /// Pattern indices by first word. (Fx-hashed, as are `roles` and
    /// `title_words`: they are looked up for words of every sentence with
    /// two mentions, and SipHash cost more than the look-ups' other work.)
    pub verbs_by_first: FxHashMap<String, Vec<usize>>,
    /// Role title (words joined by single spaces) → affiliation label.
    pub roles: FxHashMap<String, String>,
    /// The longest role title, in words.
    pub max_role_words: usize,
    /// Every word of every role title, lowercase ("prime", "minister").
    pub title_words: FxHashSet<String>,
    /// Verb pattern (normalized) → its label, across every file added: a
    /// pattern belongs to one label only.
    pub verb_owner: HashMap<String, String>,
    /// Label → its category, across every file added: a label keeps one.
    pub label_category: HashMap<String, Option<String>>,
    /// Label → its first row's pattern index (edges refer to patterns).
    pub label_pattern: HashMap<String, usize>,
    /// `verbs` and `verbs_by_first` with words as numbers, for matching.
    pub(crate) index: PatternIndex,
}

/// The verb patterns as a trie over their tokens, with words as numbers,
/// kept in step with [`Lexicon::verbs`] and [`Lexicon::verbs_by_first`]
/// (see [`Lexicon::add_verbs`]).
///
/// A word that begins patterns begins eleven on average (`launched` 135),
/// and matching them one by one, each `*` tried at one to three words, was
/// most of the verb stage's work. In the trie a sentence's words are looked
/// up once each, and patterns that share a beginning are matched together.
#[derive(Debug, Clone, Default)]
pub(crate) struct PatternIndex {
    /// Every literal word of a pattern → its number.
    words: FxHashMap<String, u32>,
    /// The [`shape`]s of the words of `words`, and of the first words of
    /// patterns: most words of a sentence are in no pattern, and their
    /// shape says so without hashing them.
    shapes: Shapes,
    first_shapes: Shapes,
    /// By word number: the trie node after that word as a pattern's first
    /// token, or 0 (the root, which no token leads to).
    first: Vec<u32>,
    /// The trie's nodes; node 0 is the root.
    nodes: Vec<PatternNode>,
}

/// A node of the [`PatternIndex`] trie: where the tokens on the path to it
/// have matched.
#[derive(Debug, Clone, Default)]
pub(crate) struct PatternNode {
    /// The next tokens (word numbers, [`PatternIndex::GAP`] last) and the
    /// nodes they lead to, sorted.
    next: Vec<(u32, u32)>,
    /// The patterns whose tokens end here, by index, in order.
    pub(crate) ends: Vec<usize>,
}

impl PatternNode {
    /// The node after the word numbered `word`, if a pattern goes on so.
    #[inline]
    pub(crate) fn after_word(&self, word: u32) -> Option<u32> {
        let i = self.next.binary_search_by_key(&word, |&(t, _)| t).ok()?;
        Some(self.next[i].1)
    }

    /// The node after a `*`, if a pattern goes on so.
    #[inline]
    pub(crate) fn after_gap(&self) -> Option<u32> {
        self.next
            .last()
            .filter(|&&(t, _)| t == PatternIndex::GAP)
            .map(|&(_, n)| n)
    }
}

/// A set of word [`shape`]s, one bit each in 8 KB.
#[derive(Debug, Clone, Default)]
struct Shapes(Vec<u64>);

/// Bits in [`Shapes`].
const SHAPE_BITS: usize = 1 << 16;

impl Shapes {
    fn insert(&mut self, word: &str) {
        if self.0.is_empty() {
            self.0 = vec![0; SHAPE_BITS / 64];
        }
        let s = shape(word.as_bytes());
        self.0[s / 64] |= 1 << (s % 64);
    }

    /// False if no word inserted has the shape of `word`.
    #[inline]
    fn may_have(&self, word: &[u8]) -> bool {
        let s = shape(word);
        self.0.get(s / 64).is_some_and(|m| m >> (s % 64) & 1 != 0)
    }
}

/// A 16-bit digest of a word's length and first, second and last bytes.
#[inline]
fn shape(w: &[u8]) -> usize {
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
        return 0;
    };
    let second = w.get(1).copied().unwrap_or(0);
    let key = u32::from_le_bytes([first, second, last, w.len().min(255) as u8]);
    (key.wrapping_mul(0x9e37_79b1) >> 16) as usize % SHAPE_BITS
}

impl PatternIndex {
    /// Stands for a `*` among a pattern's tokens.
    pub(crate) const GAP: u32 = u32::MAX;

    /// Adds pattern number `pattern`, with `tokens`.
    fn push(&mut self, pattern: usize, tokens: &[PatternToken]) {
        let Some((PatternToken::Word(first), rest)) = tokens.split_first() else {
            return;
        };
        if self.nodes.is_empty() {
            self.nodes.push(PatternNode::default());
        }
        let id = self.intern(first);
        self.first_shapes.insert(first);
        let mut node = self.first[id as usize];
        if node == 0 {
            node = self.new_node();
            self.first[id as usize] = node;
        }
        for t in rest {
            let token = match t {
                PatternToken::Word(w) => self.intern(w),
                PatternToken::Gap => Self::GAP,
            };
            let next = &self.nodes[node as usize].next;
            node = match next.binary_search_by_key(&token, |&(t, _)| t) {
                Ok(i) => next[i].1,
                Err(i) => {
                    // Sorted, so the gap comes last.
                    let child = self.new_node();
                    self.nodes[node as usize].next.insert(i, (token, child));
                    child
                }
            };
        }
        self.nodes[node as usize].ends.push(pattern);
    }

    fn new_node(&mut self) -> u32 {
        self.nodes.push(PatternNode::default());
        // Fewer nodes than `u32::MAX`: one per pattern token at most.
        (self.nodes.len() - 1) as u32
    }

    fn intern(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.words.get(w) {
            return id;
        }
        // Fewer words than `GAP`: each is a pattern token.
        let id = self.first.len() as u32;
        self.words.insert(w.to_string(), id);
        self.first.push(0);
        self.shapes.insert(w);
        id
    }

    /// The number of `word`, if a pattern has it.
    #[inline]
    pub(crate) fn word(&self, word: &str) -> Option<u32> {
        if !self.shapes.may_have(word.as_bytes()) {
            return None;
        }
        self.words.get(word).copied()
    }

    /// False if no pattern starts with `word`; true if one may.
    #[inline]
    pub(crate) fn may_start(&self, word: &str) -> bool {
        self.first_shapes.may_have(word.as_bytes())
    }

    /// The node after the word numbered `word` as a pattern's first.
    #[inline]
    pub(crate) fn after_first(&self, word: u32) -> Option<u32> {
        self.first.get(word as usize).copied().filter(|&n| n != 0)
    }

    /// Node number `node`.
    #[inline]
    pub(crate) fn node(&self, node: u32) -> &PatternNode {
        &self.nodes[node as usize]
    }
}

const VERBS: &str = include_str!("../../gazetteers/verbs.tsv");
/// Generated from the CAMEO verb dictionary by `scripts/build-verbs`.
const VERBS_CAMEO: &str = include_str!("../../gazetteers/verbs-cameo.tsv");
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
    /// The built-in verb and role lists: the hand-written verbs.tsv, then
    /// verbs-cameo.tsv (derived from CAMEO; it never repeats a pattern of
    /// verbs.tsv, see docs/verbs.md).
    pub fn builtin() -> Result<Lexicon> {
        let mut lex = Lexicon::default();
        lex.add_verbs("builtin:verbs.tsv", VERBS)?;
        lex.add_verbs("builtin:verbs-cameo.tsv", VERBS_CAMEO)?;
        lex.add_roles("builtin:roles.tsv", ROLES)?;
        Ok(lex)
    }

    /// The user's verb files (`(origin, text)`, in order), then, unless
    /// `builtin_verbs` is false, the built-in ones, and the built-in roles.
    ///
    /// The user's files come first because they win: a built-in pattern the
    /// user lists is left out, and so is a built-in row whose label the user
    /// gave another category. Among the user's own files a pattern may still
    /// belong to one label only (an error names the file and line), as
    /// within the built-in ones.
    pub fn with_user_verbs(files: &[(String, String)], builtin_verbs: bool) -> Result<Lexicon> {
        let mut lex = Lexicon::default();
        for (origin, text) in files {
            lex.add_verbs(origin, text)?;
        }
        for v in &mut lex.verbs {
            v.user = true;
        }
        if builtin_verbs {
            lex.add_verbs_yielding("builtin:verbs.tsv", VERBS)?;
            lex.add_verbs_yielding("builtin:verbs-cameo.tsv", VERBS_CAMEO)?;
        }
        lex.add_roles("builtin:roles.tsv", ROLES)?;
        Ok(lex)
    }

    /// Adds verb patterns from a `label, category, patterns` TSV. A pattern
    /// may belong to one label only, and a label keeps one category, also
    /// across files: a file added later may not take over a pattern.
    pub fn add_verbs(&mut self, origin: &str, text: &str) -> Result<()> {
        self.add_verb_rows(origin, text, false)
    }

    /// Like [`Lexicon::add_verbs`], but what is already loaded wins: a
    /// pattern some label already has is skipped, and so is a row whose
    /// label already has another category.
    pub fn add_verbs_yielding(&mut self, origin: &str, text: &str) -> Result<()> {
        self.add_verb_rows(origin, text, true)
    }

    fn add_verb_rows(&mut self, origin: &str, text: &str, yielding: bool) -> Result<()> {
        let mut reverses = Vec::new();
        for (lineno, fields) in rows(text, &["label", "category", "patterns"]) {
            let err = |msg: String| Error::data(origin, lineno, msg);
            let (label, category, patterns, reverse) = match fields[..] {
                [l, c, p] => (l, c, p, ""),
                [l, c, p, r] => (l, c, p, r),
                _ => return Err(err(
                    "expected 3 or 4 tab-separated fields: label, category, patterns[, reverse]"
                        .into(),
                )),
            };
            if label.is_empty() {
                return Err(err("the label must not be empty".into()));
            }
            let reverse = (!reverse.is_empty()).then(|| reverse.to_string());
            if let Some(r) = &reverse {
                reverses.push((lineno, r.clone()));
            }
            let category = check_category(category).map_err(err)?;
            match self.label_category.get(label) {
                Some(known) if *known != category && yielding => continue,
                Some(known) if *known != category => {
                    return Err(err(format!(
                        "label '{label}' has category '{}' here but '{}' before",
                        category.as_deref().unwrap_or(""),
                        known.as_deref().unwrap_or("")
                    )));
                }
                Some(_) => {}
                None => {
                    self.label_category
                        .insert(label.to_string(), category.clone());
                }
            }
            if patterns.is_empty() {
                // A label of its own, for another row's `reverse`.
                self.push_pattern(label, &category, Vec::new(), reverse);
                continue;
            }
            for pattern in patterns.split('|').map(str::trim) {
                let tokens = parse_pattern(pattern).map_err(err)?;
                let key = pattern
                    .split_whitespace()
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
                    .join(" ");
                if let Some(other) = self.verb_owner.get(&key) {
                    if yielding {
                        continue;
                    }
                    return Err(err(format!(
                        "pattern '{pattern}' is listed under both '{other}' and '{label}'"
                    )));
                }
                self.verb_owner.insert(key, label.to_string());
                if let Some(PatternToken::Word(first)) = tokens.first() {
                    self.verbs_by_first
                        .entry(first.clone())
                        .or_default()
                        .push(self.verbs.len());
                }
                self.push_pattern(label, &category, tokens, reverse.clone());
            }
        }
        for (lineno, r) in reverses {
            if !self.label_category.contains_key(&r) {
                return Err(Error::data(
                    origin,
                    lineno,
                    format!("reverse label '{r}' has no row (a row may list no patterns)"),
                ));
            }
        }
        Ok(())
    }

    fn push_pattern(
        &mut self,
        label: &str,
        category: &Option<String>,
        tokens: Vec<PatternToken>,
        reverse: Option<String>,
    ) {
        self.label_pattern
            .entry(label.to_string())
            .or_insert(self.verbs.len());
        self.index.push(self.verbs.len(), &tokens);
        self.verbs.push(VerbPattern {
            label: label.to_string(),
            category: category.clone(),
            tokens,
            reverse,
            user: false,
        });
    }

    /// The pattern that stands for `label` on an edge.
    pub fn pattern_of_label(&self, label: &str) -> Option<usize> {
        self.label_pattern.get(label).copied()
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
    ///
    /// It is asked for words of every sentence, so a short ASCII word is
    /// lowercased into a stack buffer instead of a new `String`; other
    /// words take the full Unicode lowercasing.
    pub fn is_title_word(&self, word: &str) -> bool {
        let mut buf = [0u8; 24];
        if word.len() <= buf.len() && word.is_ascii() {
            let buf = &mut buf[..word.len()];
            buf.copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
            // ASCII bytes lowercased stay ASCII, so this cannot fail.
            let w = std::str::from_utf8(buf).unwrap_or_default();
            return self.is_lowercase_title_word(w);
        }
        self.is_lowercase_title_word(&word.to_lowercase())
    }

    /// [`Lexicon::is_title_word`] for a word already in lowercase. The
    /// forms of address are hashed once: scanning the list cost more than
    /// the rest of the test.
    fn is_lowercase_title_word(&self, w: &str) -> bool {
        static ADDRESS_SET: std::sync::OnceLock<FxHashSet<&'static str>> =
            std::sync::OnceLock::new();
        let address = ADDRESS_SET.get_or_init(|| ADDRESS.iter().copied().collect());
        self.title_words.contains(w) || address.contains(w)
    }
}

#[cfg(test)]
mod title_word_tests {
    use super::*;
    use proptest::prelude::*;

    /// `is_title_word` as it was: always the Unicode lowercasing.
    fn is_title_word_old(lex: &Lexicon, word: &str) -> bool {
        let w = word.to_lowercase();
        lex.title_words.contains(&w) || ADDRESS.contains(&w.as_str())
    }

    fn lexicon() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| Lexicon::builtin().unwrap())
    }

    #[test]
    fn known_words_in_any_case() {
        let lex = lexicon();
        let mut words: Vec<&str> = lex.title_words.iter().map(String::as_str).collect();
        words.extend(ADDRESS);
        assert!(!words.is_empty());
        for w in words {
            for v in [w.to_string(), w.to_uppercase(), w.to_ascii_uppercase()] {
                assert_eq!(lex.is_title_word(&v), is_title_word_old(lex, &v), "{v}");
            }
            assert!(lex.is_title_word(&w.to_ascii_uppercase()), "{w}");
        }
        for w in [
            "",
            "Ms",
            "MR",
            "İmam",
            "Prİnce",
            "ﬁeld",
            "x".repeat(40).as_str(),
        ] {
            assert_eq!(lex.is_title_word(w), is_title_word_old(lex, w), "{w}");
        }
    }

    proptest! {
        #[test]
        fn same_as_unicode_lowercasing(word in "[a-zA-Z İıéÉßẞ\\u{212a}-]{0,30}") {
            let lex = lexicon();
            prop_assert_eq!(lex.is_title_word(&word), is_title_word_old(lex, &word));
        }

        #[test]
        fn same_for_mangled_title_words(i in any::<prop::sample::Index>(), mask in any::<u64>()) {
            let lex = lexicon();
            let mut words: Vec<&String> = lex.title_words.iter().collect();
            words.sort();
            let w = words[i.index(words.len())];
            let word: String = w
                .chars()
                .enumerate()
                .map(|(k, c)| if mask >> (k % 64) & 1 == 1 { c.to_ascii_uppercase() } else { c })
                .collect();
            prop_assert_eq!(lex.is_title_word(&word), is_title_word_old(lex, &word));
        }
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
        .filter(move |(_, f)| f.get(..header.len()) != Some(header))
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
    fn builtin_with_cameo_has_60_labels_and_600_patterns() {
        let lex = Lexicon::builtin().unwrap();
        let labels: std::collections::HashSet<&str> =
            lex.verbs.iter().map(|v| v.label.as_str()).collect();
        assert!(labels.len() >= 60, "{} labels", labels.len());
        assert!(lex.verbs.len() >= 600, "{} patterns", lex.verbs.len());
        for v in &lex.verbs {
            if let Some(c) = &v.category {
                assert!(CATEGORIES.contains(&c.as_str()), "{} has {c}", v.label);
            }
        }
        // both files are in: a hand-written label and a CAMEO-only one
        assert_eq!(lex.verb_owner["praised"], "praise");
        assert_eq!(lex.verb_owner["castigated"], "criticize");
        assert_eq!(lex.label_category["criticize"].as_deref(), Some("ACCUSE"));
    }

    #[test]
    fn a_later_file_may_not_take_a_pattern_or_change_a_category() {
        let mut lex = Lexicon::default();
        lex.add_verbs("a.tsv", "praise\tSUPPORT\tpraised|lauded\n")
            .unwrap();
        let e = lex.add_verbs("b.tsv", "hail\tSUPPORT\thailed|Lauded\n");
        let msg = e.unwrap_err().to_string();
        assert!(msg.starts_with("b.tsv:1: pattern 'Lauded'"), "{msg}");
        assert!(msg.contains("both 'praise' and 'hail'"), "{msg}");
        let e = lex.add_verbs("c.tsv", "praise\tAGREE\textolled\n");
        let msg = e.unwrap_err().to_string();
        assert!(msg.contains("category 'AGREE' here but 'SUPPORT'"), "{msg}");
        lex.add_verbs("d.tsv", "praise\tSUPPORT\textolled\n")
            .unwrap();
        assert_eq!(lex.verb_owner["extolled"], "praise");
    }

    #[test]
    fn user_verbs_win_over_builtin_ones() {
        let user = vec![(
            "mine.tsv".to_string(),
            "commend\tAGREE\tpraised|saluted\nmeet\tCOOPERATE\tconferred with\n".to_string(),
        )];
        let lex = Lexicon::with_user_verbs(&user, true).unwrap();
        // the user's pattern, label and category; the built-in "praise"
        // keeps its other patterns
        assert_eq!(lex.verb_owner["praised"], "commend");
        assert_eq!(lex.verb_owner["lauded"], "praise");
        // the user gave "meet" another category: every built-in meet row is
        // left out, the user's stays
        assert_eq!(lex.label_category["meet"].as_deref(), Some("COOPERATE"));
        assert_eq!(lex.verb_owner["conferred with"], "meet");
        assert!(!lex.verb_owner.contains_key("held talks with"));
        assert!(lex
            .verbs
            .iter()
            .all(|v| v.label != "meet" || v.category.as_deref() == Some("COOPERATE")));
        // without the built-in verbs only the user's are there, roles stay
        let only = Lexicon::with_user_verbs(&user, false).unwrap();
        assert_eq!(only.verbs.len(), 3);
        assert_eq!(only.roles["president"], "leader_of");
    }

    #[test]
    fn user_files_are_strict_among_themselves() {
        let files = vec![
            ("a.tsv".to_string(), "x\t\tfoo\n".to_string()),
            ("b.tsv".to_string(), "\n\ny\t\tfoo\n".to_string()),
        ];
        let msg = Lexicon::with_user_verbs(&files, true)
            .unwrap_err()
            .to_string();
        assert!(msg.starts_with("b.tsv:3: pattern 'foo'"), "{msg}");
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
