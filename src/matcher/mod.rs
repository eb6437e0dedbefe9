//! Stage 3: matcher — find gazetteer names in text.
//!
//! One trie holds every name, alias and demonym (ASCII case folded; see
//! [`trie`]: we only search anchored at word starts, so an Aho-Corasick
//! automaton's failure transitions would be built for nothing). Rather than running it over every byte, we only start it at word
//! starts that could begin a name: under our case policy a name's first letter
//! is written as a capital, so in ordinary prose only one word in six or so is
//! tried. Each try is an *anchored* leftmost-longest search, which gives the
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

use crate::gazetteer::Gazetteer;
use crate::text::is_word_char;

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
#[derive(Debug, Clone)]
struct Target {
    candidate: Candidate,
    /// Positions (byte offsets) of ASCII capitals in the gazetteer spelling.
    capitals: Box<[u16]>,
    /// For very short mixed-case spellings ("Xi", "Li"): the spelling, which
    /// must be matched exactly, since in capitals they read as numerals or
    /// acronyms ("XI", "LI").
    exact: Option<Box<[u8]>>,
}

/// The compiled matcher. Build once, use from many threads.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// Every surface form, ASCII case folded; pattern ids index `targets`.
    automaton: trie::Trie,
    /// Targets per pattern id.
    targets: Vec<Vec<Target>>,
    /// Per pattern id: for blocked phrases ("U.S. Open"), the capitals of the
    /// spelling; such a match is consumed and reported as nothing.
    blocked: Vec<Option<Box<[u16]>>>,
    /// The lowercase beginnings of names that start in lowercase, up to
    /// their first capital ("al-" of "al-Qaeda", "von der " of "von der
    /// Leyen"), longest first. Such a name is tried when the scan finds its
    /// first capital just after one of these.
    lower_prefixes: Vec<Box<[u8]>>,
    /// Whether some name starts with a non-ASCII lowercase letter or a symbol,
    /// in which case every word start is tried.
    try_every_word: bool,
    /// Byte classes for the scan, from the two fields above, and the tables
    /// [`Matcher::new`] adds once the trie is built.
    classes: Scan,
}

/// What the scan for name starts looks up.
#[derive(Debug, Clone)]
struct Scan {
    /// What each byte means to the scan.
    classes: [Class; 256],
    /// The keys that can match at a word start written in lowercase: those
    /// with a spelling (or blocked phrase) whose first letter is not a
    /// capital ("al-Qaeda", "de la Rúa"). When every word start must be
    /// tried, most of them are lowercase words ("the", "said") that begin no
    /// such key, and one or two steps in this subset of the trie say so.
    /// Empty (every key assumed) until [`Matcher::new`] computes it.
    lowercase: trie::Subset,
    /// The first two bytes of every key, and of the keys in `lowercase`:
    /// a look-up that rules out most word starts before any walk. Empty
    /// (every pair) until [`Matcher::new`] computes them.
    pairs: trie::Pairs,
    lowercase_pairs: trie::Pairs,
}

impl Matcher {
    /// Compiles every name of every entity in `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Matcher {
        let mut m = build::build(gazetteer);
        let lowercase = m.automaton.subset(|p| m.may_match_lowercase(p));
        m.classes.pairs = m.automaton.pairs(None);
        m.classes.lowercase_pairs = m.automaton.pairs(Some(&lowercase));
        m.classes.lowercase = lowercase;
        m
    }

    /// Whether the key with id `pattern` can be reported (as a mention or a
    /// blocked phrase) where the text writes its first letter in lowercase:
    /// only if some spelling of it has no capital there (the case policy;
    /// an exact spelling's capitals are among its `capitals`).
    fn may_match_lowercase(&self, pattern: usize) -> bool {
        let lower_first = |capitals: &[u16]| capitals.first() != Some(&0);
        self.targets[pattern]
            .iter()
            .any(|t| lower_first(&t.capitals))
            || self.blocked[pattern].as_deref().is_some_and(lower_first)
    }

    /// Number of distinct surface forms (trie patterns).
    pub fn pattern_count(&self) -> usize {
        self.targets.len()
    }

    /// All mentions in `text`, in order, non-overlapping.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        if self.try_every_word {
            self.find_at_word_starts(text)
        } else {
            self.find_at_candidates(text)
        }
    }

    /// [`Matcher::find`] when every word start must be tried (some name
    /// starts with a symbol, as the built-in "'s-Hertogenbosch" does).
    ///
    /// The same search as [`Matcher::find_at_candidates`] (the property test
    /// `tests::word_start_scan_is_the_candidate_scan` checks it), made
    /// cheaper:
    ///
    /// * word starts come from [`scan::WordStarts`], eight bytes at a time;
    /// * a start whose first two bytes begin no key is passed over after one
    ///   look-up ([`Scan::pairs`]), and so is a lowercase word that begins no
    ///   key whose first letter may be lowercase ([`Scan::lowercase`]: most
    ///   lowercase words, "the", "said", give up within a byte or two);
    /// * after nothing is found at a start, the scan goes on at the next
    ///   word start, which is where skipping the word would have led;
    /// * no lowercase beginning needs looking back for: in this mode its
    ///   first letter is a word start, tried in its turn.
    fn find_at_word_starts(&self, text: &str) -> Vec<Mention> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut starts = scan::WordStarts::new(text);
        while let Some(start) = starts.next() {
            if self.hopeless(bytes, start) {
                continue;
            }
            match self.match_at(text, start) {
                At::Mention(m) => {
                    starts.seek(m.end);
                    out.push(m);
                }
                At::Blocked(end) => starts.seek(end),
                At::Nothing => {}
            }
        }
        out
    }

    /// True if no name (nor blocked phrase) can be reported at `start`: its
    /// first two bytes begin no key, or it is a lowercase letter that begins
    /// no key whose spelling may start in lowercase.
    #[inline]
    fn hopeless(&self, bytes: &[u8], start: usize) -> bool {
        let b0 = bytes[start];
        let lowercase = b0.is_ascii_lowercase();
        if let Some(&b1) = bytes.get(start + 1) {
            let pairs = if lowercase {
                &self.classes.lowercase_pairs
            } else {
                &self.classes.pairs
            };
            if !pairs.may_begin(b0, b1) {
                return true;
            }
        }
        lowercase && !self.automaton.any_at(&self.classes.lowercase, bytes, start)
    }

    /// [`Matcher::find`] by the general scan: candidate starts from the byte
    /// classes, and names that start with a lowercase beginning found by
    /// looking back from their first capital.
    fn find_at_candidates(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(capital) = self.next_candidate(text, pos) {
            let start = self.lowercase_start(text, pos, capital).unwrap_or(capital);
            match self.match_at(text, start) {
                At::Mention(m) => {
                    pos = m.end;
                    out.push(m);
                }
                At::Blocked(end) => pos = end,
                At::Nothing => pos = skip_word(text, start),
            }
        }
        out
    }

    /// A word start before `capital` (and not before `pos`) where a
    /// lowercase-initial name could begin: the text between is one of the
    /// known lowercase beginnings and a name starts there.
    fn lowercase_start(&self, text: &str, pos: usize, capital: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        self.lower_prefixes.iter().find_map(|p| {
            let start = capital
                .checked_sub(p.len())
                .filter(|&s| s >= pos && text.is_char_boundary(s))?;
            let word_start = !text[..start].chars().next_back().is_some_and(is_word_char);
            let ok = word_start && bytes[start..capital] == **p;
            (ok && matches!(self.match_at(text, start), At::Mention(_) | At::Blocked(_)))
                .then_some(start)
        })
    }

    /// The longest acceptable name starting exactly at `start`.
    fn match_at(&self, text: &str, start: usize) -> At {
        let Some((pattern, end)) = self.automaton.longest_at(text.as_bytes(), start) else {
            return At::Nothing;
        };
        if text[end..].chars().next().is_some_and(is_word_char) {
            return At::Nothing;
        }
        let surface = &text.as_bytes()[start..end];
        if let Some(capitals) = &self.blocked[pattern] {
            if capitals_kept(surface, capitals) {
                return At::Blocked(end);
            }
        }
        let candidates: Vec<Candidate> = self.targets[pattern]
            .iter()
            .filter(|t| capitals_kept(surface, &t.capitals))
            .filter(|t| t.exact.as_deref().is_none_or(|e| e == surface))
            .map(|t| t.candidate)
            .collect();
        if candidates.is_empty() {
            return At::Nothing;
        }
        At::Mention(Mention {
            start,
            end,
            candidates,
        })
    }

    /// The next position at or after `pos` where a name may start: a word
    /// start whose first letter is a capital or a digit, or a lowercase letter
    /// that some name begins with.
    fn next_candidate(&self, text: &str, pos: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut prev_word = text[..pos].chars().next_back().is_some_and(is_word_char);
        let mut i = pos;
        while i < bytes.len() {
            // Most 8-byte chunks of prose hold no capital, digit or non-ASCII
            // byte, so no name can start in them: skip them whole.
            if !self.try_every_word {
                if let Some(chunk) = bytes[i..].first_chunk::<8>() {
                    let x = u64::from_le_bytes(*chunk);
                    if !may_start_name(x) {
                        prev_word = bytes[i + 7].is_ascii_alphanumeric();
                        i += 8;
                        continue;
                    }
                }
            }
            match self.classes.classes[bytes[i] as usize] {
                Class::Gap => prev_word = false,
                Class::Word => prev_word = true,
                Class::Start => {
                    if !prev_word {
                        return Some(i);
                    }
                    prev_word = true;
                }
                Class::GapStart => {
                    if !prev_word {
                        return Some(i);
                    }
                    prev_word = false;
                }
                Class::NonAscii => {
                    let c = text[i..].chars().next()?;
                    let word = is_word_char(c);
                    let could = c.is_uppercase() || self.try_every_word;
                    if !prev_word && could && (word || self.try_every_word) {
                        return Some(i);
                    }
                    prev_word = word;
                    i += c.len_utf8();
                    continue;
                }
            }
            i += 1;
        }
        None
    }
}

/// True if one of the 8 bytes in `x` is an ASCII capital, a digit or
/// non-ASCII (SWAR: each byte lane tests its own range without carries).
fn may_start_name(x: u64) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn lanes(b: u8) -> u64 {
        (b as u64) * 0x0101_0101_0101_0101
    }
    let low = x & !HIGH;
    let at_least = |b: u8| low + lanes(0x80 - b);
    let upper = at_least(b'A') & !at_least(b'Z' + 1);
    let digit = at_least(b'0') & !at_least(b'9' + 1);
    (x | upper | digit) & HIGH != 0
}

/// What starts at a candidate position.
enum At {
    Mention(Mention),
    /// A blocked phrase ending here.
    Blocked(usize),
    Nothing,
}

/// What a byte means to the scan for name starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Not part of a word (space, punctuation).
    Gap,
    /// Part of a word; no name starts with it.
    Word,
    /// A capital or digit: a name may start here at a word start.
    Start,
    /// Punctuation that starts some name.
    GapStart,
    /// The first byte of a non-ASCII character.
    NonAscii,
}

/// The scan tables as far as the gazetteer alone decides them (the byte
/// classes); `every` says some name starts with a symbol, so every word
/// start must be tried.
fn classes(every: bool) -> Scan {
    Scan {
        classes: byte_classes(every),
        lowercase: trie::Subset::default(),
        pairs: trie::Pairs::default(),
        lowercase_pairs: trie::Pairs::default(),
    }
}

/// The byte classes; `every` as for [`classes`].
fn byte_classes(every: bool) -> [Class; 256] {
    let mut out = [Class::NonAscii; 256];
    for b in 0..128u8 {
        out[b as usize] = if b.is_ascii_uppercase() || b.is_ascii_digit() {
            Class::Start
        } else if b.is_ascii_lowercase() {
            if every {
                Class::Start
            } else {
                Class::Word
            }
        } else if every && !b.is_ascii_whitespace() {
            Class::GapStart
        } else {
            Class::Gap
        };
    }
    out
}

/// Skips to the end of the word starting at `start` (at least one character).
/// A start on punctuation (possible when some name begins with a symbol)
/// skips just that character.
fn skip_word(text: &str, start: usize) -> usize {
    use scan::char_at;
    let Some((word, len)) = char_at(text, start) else {
        return text.len();
    };
    let mut i = start + len;
    if !word {
        return i;
    }
    while let Some((word, len)) = char_at(text, i) {
        if !word {
            break;
        }
        i += len;
    }
    i
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
