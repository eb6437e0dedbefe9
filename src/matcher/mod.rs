//! Stage 3: matcher — find gazetteer names in text.
//!
//! One trie holds every name, alias and demonym (ASCII case folded; see
//! `trie`: we only search anchored at word starts, so an Aho-Corasick
//! automaton's failure transitions would be built for nothing). Rather than
//! running it over every byte, we only start it at word starts that could
//! begin a name under our case policy: mostly capitalized words, plus the few
//! lowercase starts some names need (`scan` lists them). Each try is an
//! *anchored* leftmost-longest search, which gives the
//! longest name starting exactly there ("Papua New Guinea", never "Guinea"
//! inside it); we then skip past the match, so matches never overlap.
//!
//! A match is kept only if it ends at a word boundary ("Iran" is not found in
//! "Iranian", "Niger" not in "Nigeria"; "Russia's", "US-led" and
//! "Pyongyang-based" are fine) and passes the case policy: every capital in
//! the gazetteer's spelling must be a capital in the text. So "US" never
//! matches "us", "Turkey" never matches "turkey", and an all-caps headline
//! ("PUTIN MEETS KIM") still matches everything.

mod build;
mod scan;
mod trie;
mod words;

use crate::gazetteer::Gazetteer;

/// How a surface form names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    /// The canonical name or an alias: identifies the entity anywhere.
    Alias,
    /// A demonym or adjective ("Russian"): names the country.
    Demonym,
    /// A surname or short form: only valid once the entity is named in full.
    Short,
}

/// What the alias policies say about one reading of a surface form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    /// `prefer:ID`: wins over other readings unless the article says otherwise.
    Preferred,
    /// No policy.
    Normal,
    /// `context:ID`: only with supporting context in the article.
    NeedsContext,
}

/// One entity a surface form may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Index of the entity in the gazetteer.
    pub entity: usize,
    /// How the surface form names it.
    pub form: Form,
    /// What the alias policies say about this reading.
    pub priority: Priority,
}

/// A name found in the text, with every entity it may stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the first byte (in the text given to [`Matcher::find`]).
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Entities this surface form may name; never empty.
    pub candidates: Vec<Candidate>,
}

/// A spelling in the gazetteer, one per trie pattern target.
#[derive(Debug, Clone, Copy)]
struct Target {
    candidate: Candidate,
    /// Positions (byte offsets) of ASCII capitals in the gazetteer spelling.
    capitals: Caps,
    /// For very short mixed-case spellings ("Xi", "Li"): the spelling, which
    /// must be matched exactly, since in capitals they read as numerals or
    /// acronyms ("XI", "LI").
    exact: Exact,
}

/// The byte offsets of the capitals of a spelling: in the record itself
/// for up to [`Caps::INLINE`] (nearly every name), else in
/// [`Matcher::capitals`]. Not a `Box<[u16]>` per spelling: tens of
/// thousands of small allocations to build (a million with a large user
/// file), and a pointer to follow at every match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Caps {
    /// The number inline; or [`Caps::SPILLED`] (`data` holds the start and
    /// length in `Matcher::capitals`, as two `u32`), or [`Caps::NONE`].
    len: u8,
    data: [u16; Caps::INLINE],
}

impl Caps {
    const INLINE: usize = 4;
    const SPILLED: u8 = u8::MAX;
    /// No spelling (a pattern that is not a blocked phrase).
    const NONE: Caps = Caps {
        len: u8::MAX - 1,
        data: [0; Caps::INLINE],
    };

    /// The offsets of `capitals`, spilling long lists into `pool`.
    fn new(capitals: &[u16], pool: &mut Vec<u16>) -> Caps {
        let mut data = [0; Caps::INLINE];
        if capitals.len() <= Caps::INLINE {
            data[..capitals.len()].copy_from_slice(capitals);
            return Caps {
                len: capitals.len() as u8,
                data,
            };
        }
        let (start, len) = (pool.len() as u32, capitals.len() as u32);
        pool.extend_from_slice(capitals);
        Caps {
            len: Caps::SPILLED,
            data: [
                start as u16,
                (start >> 16) as u16,
                len as u16,
                (len >> 16) as u16,
            ],
        }
    }

    /// True for [`Caps::NONE`].
    #[inline]
    fn is_none(&self) -> bool {
        self.len == Caps::NONE.len
    }

    /// The offsets; `pool` is [`Matcher::capitals`].
    #[inline]
    fn get<'a>(&'a self, pool: &'a [u16]) -> &'a [u16] {
        let n = usize::from(self.len);
        if n <= Caps::INLINE {
            return &self.data[..n];
        }
        if self.len != Caps::SPILLED {
            return &[];
        }
        let [s0, s1, l0, l1] = self.data.map(usize::from);
        let start = s0 | s1 << 16;
        pool.get(start..start + (l0 | l1 << 16)).unwrap_or(&[])
    }
}

/// A spelling of at most [`Exact::MAX`] bytes that must be matched exactly,
/// or none (`len` 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Exact {
    len: u8,
    bytes: [u8; Exact::MAX],
}

impl Exact {
    const MAX: usize = 3;
    const NONE: Exact = Exact {
        len: 0,
        bytes: [0; Exact::MAX],
    };

    /// Whether `surface` is acceptable: anything when there is no exact
    /// spelling.
    fn allows(&self, surface: &[u8]) -> bool {
        self.len == 0 || surface == &self.bytes[..usize::from(self.len)]
    }
}

/// What a trie pattern (an ASCII-lowercased surface form) stands for.
#[derive(Debug, Clone, Copy)]
struct Pattern {
    /// Its readings: `Matcher::targets[start..start + len]`.
    start: u32,
    len: u32,
    /// For a blocked phrase ("U.S. Open"), the capitals of its spelling,
    /// else [`Caps::NONE`]; such a match is consumed and reported as
    /// nothing.
    blocked: Caps,
}

/// The compiled matcher. Build once, use from many threads.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// Every surface form, ASCII case folded; pattern ids index `first`
    /// and `blocked`.
    automaton: trie::Trie,
    /// What each pattern id stands for: one record, read once per match.
    patterns: Vec<Pattern>,
    /// The targets of every pattern, pattern after pattern.
    targets: Vec<Target>,
    /// The capitals of the spellings and blocked phrases with more than
    /// [`Caps::INLINE`] ([`Caps`]).
    capitals: Vec<u16>,
    /// What the scan for name starts looks up.
    scan: Scan,
}

/// What the scan for name starts looks up.
#[derive(Debug, Clone)]
struct Scan {
    /// Which word starts may begin a name, and the lowercase beginnings to
    /// look back for from a capital (see [`scan::candidates`]).
    starts: scan::Starts,
    /// The keys that can match at a word start written in lowercase: those
    /// with a spelling (or blocked phrase) whose first letter is not a
    /// capital ("al-Qaeda", "de la Rúa"). A lowercase candidate ("de" of
    /// "de Gaulle" when the gazetteer also has "de la Rúa") is walked in
    /// this subset of the trie first, which gives up within a byte or two
    /// when no such key lies ahead.
    lowercase: trie::Subset,
    /// The first two bytes of the keys in `lowercase`: a look-up that rules
    /// out most lowercase candidates before any walk.
    lowercase_pairs: trie::Pairs,
}

impl Matcher {
    /// Compiles every name of every entity in `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Matcher {
        let mut m = build::build(gazetteer);
        let lowercase = m.automaton.subset(|p| m.may_match_lowercase(p));
        m.scan.lowercase_pairs = m.automaton.pairs(Some(&lowercase));
        m.scan.lowercase = lowercase;
        m
    }

    /// Whether the key with id `pattern` can be reported (as a mention or a
    /// blocked phrase) where the text writes its first letter in lowercase:
    /// only if some spelling of it has no capital there (the case policy;
    /// an exact spelling's capitals are among its `capitals`).
    fn may_match_lowercase(&self, pattern: usize) -> bool {
        let lower_first = |caps: Caps| caps.get(&self.capitals).first() != Some(&0);
        let blocked = self.patterns[pattern].blocked;
        self.targets_of(&self.patterns[pattern])
            .iter()
            .any(|t| lower_first(t.capitals))
            || (!blocked.is_none() && lower_first(blocked))
    }

    /// The readings of a pattern.
    fn targets_of(&self, pattern: &Pattern) -> &[Target] {
        let start = pattern.start as usize;
        &self.targets[start..start + pattern.len as usize]
    }

    /// Number of distinct surface forms (trie patterns).
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// All mentions in `text`, in order, non-overlapping.
    ///
    /// The longest acceptable name at each word start, the leftmost first,
    /// going on after its end; a blocked phrase is skipped the same way. Only
    /// the word starts of `scan::candidates` are tried (every other word
    /// start begins no name: see there), and of those only the ones that
    /// `Matcher::hopeless` does not rule out.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let bytes = text.as_bytes();
        // Sized for news text (a candidate every 25 bytes or so, one in
        // four or five a name): growing these was a tenth of the matcher.
        let mut starts = Vec::with_capacity(text.len() / 16);
        scan::candidates(text, &self.scan.starts, &mut starts);
        let mut out = Vec::with_capacity(starts.len() / 4);
        let mut end = 0;
        for &start in &starts {
            if start < end || self.hopeless(bytes, start) {
                continue;
            }
            match self.match_at(text, start) {
                At::Mention(m) => {
                    end = m.end;
                    out.push(m);
                }
                At::Blocked(e) => end = e,
                At::Nothing => {}
            }
        }
        out
    }

    /// True if no name (nor blocked phrase) can be reported at a lowercase
    /// `start`: its first two bytes begin no key whose spelling may start in
    /// lowercase, or the walk in that subset of the trie ends before a key.
    /// Other starts go straight to the walk, whose first two steps are
    /// table look-ups.
    #[inline]
    fn hopeless(&self, bytes: &[u8], start: usize) -> bool {
        let b0 = bytes[start];
        if !b0.is_ascii_lowercase() {
            return false;
        }
        if let Some(&b1) = bytes.get(start + 1) {
            if !self.scan.lowercase_pairs.may_begin(b0, b1) {
                return true;
            }
        }
        !self.automaton.any_at(&self.scan.lowercase, bytes, start)
    }

    /// The longest acceptable name starting exactly at `start`.
    fn match_at(&self, text: &str, start: usize) -> At {
        let Some((pattern, end)) = self.automaton.longest_at(text.as_bytes(), start) else {
            return At::Nothing;
        };
        if scan::char_at(text, end).is_some_and(|(word, _)| word) {
            return At::Nothing;
        }
        let surface = &text.as_bytes()[start..end];
        let pattern = &self.patterns[pattern];
        let blocked = &pattern.blocked;
        if !blocked.is_none() && capitals_kept(surface, blocked.get(&self.capitals)) {
            return At::Blocked(end);
        }
        let kept = |t: &Target| {
            capitals_kept(surface, t.capitals.get(&self.capitals)) && t.exact.allows(surface)
        };
        let candidates = match self.targets_of(pattern) {
            // Most spellings have one reading: one allocation of its size
            // (a collected filter starts with room for four).
            [t] if kept(t) => vec![t.candidate],
            targets => targets
                .iter()
                .filter(|t| kept(t))
                .map(|t| t.candidate)
                .collect(),
        };
        if candidates.is_empty() {
            return At::Nothing;
        }
        At::Mention(Mention {
            start,
            end,
            candidates,
        })
    }
}

/// What starts at a candidate position.
enum At {
    Mention(Mention),
    /// A blocked phrase ending here.
    Blocked(usize),
    Nothing,
}

/// The case policy: every capital of the gazetteer spelling is a capital in
/// the text. Lowercase letters may be capitals in the text (headlines).
fn capitals_kept(surface: &[u8], capitals: &[u16]) -> bool {
    capitals
        .iter()
        .all(|&i| surface.get(i as usize).is_some_and(u8::is_ascii_uppercase))
}

#[cfg(test)]
mod tests;
