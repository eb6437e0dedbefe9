//! Stage 3: matcher — find gazetteer names in text.
//!
//! One Aho-Corasick automaton holds every name, alias and demonym (ASCII case
//! folded). Rather than running it over every byte, we only start it at word
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

use aho_corasick::{AhoCorasick, Anchored, Input};

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

/// One entity a surface form may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Index of the entity in the gazetteer.
    pub entity: usize,
    /// How the surface form names it.
    pub form: Form,
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

/// A spelling in the gazetteer, one per automaton pattern target.
#[derive(Debug, Clone)]
struct Target {
    candidate: Candidate,
    /// Positions (byte offsets) of ASCII capitals in the gazetteer spelling.
    capitals: Box<[u16]>,
}

/// The compiled matcher. Build once, use from many threads.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: AhoCorasick,
    /// Targets per pattern id.
    targets: Vec<Vec<Target>>,
    /// First words of names that start in lowercase ("al" for "al-Qaeda");
    /// words equal to one of them are tried too.
    lower_words: Vec<Box<[u8]>>,
    /// ASCII bytes that start one of `lower_words`, to skip the comparison
    /// for most words.
    lower_starts: [bool; 128],
    /// Whether some name starts with a non-ASCII lowercase letter or a symbol,
    /// in which case every word start is tried.
    try_every_word: bool,
}

impl Matcher {
    /// Compiles every name of every entity in `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Matcher {
        build::build(gazetteer)
    }

    /// Number of distinct surface forms (automaton patterns).
    pub fn pattern_count(&self) -> usize {
        self.targets.len()
    }

    /// All mentions in `text`, in order, non-overlapping.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(start) = self.next_candidate(text, pos) {
            match self.match_at(text, start) {
                Some(m) => {
                    pos = m.end;
                    out.push(m);
                }
                None => pos = skip_word(text, start),
            }
        }
        out
    }

    /// The longest acceptable name starting exactly at `start`.
    fn match_at(&self, text: &str, start: usize) -> Option<Mention> {
        let input = Input::new(text).range(start..).anchored(Anchored::Yes);
        let m = self.automaton.find(input)?;
        let end = m.end();
        if text[end..].chars().next().is_some_and(is_word_char) {
            return None;
        }
        let surface = &text.as_bytes()[start..end];
        let candidates: Vec<Candidate> = self.targets[m.pattern().as_usize()]
            .iter()
            .filter(|t| capitals_kept(surface, &t.capitals))
            .map(|t| t.candidate)
            .collect();
        (!candidates.is_empty()).then_some(Mention {
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
            let b = bytes[i];
            let (is_word, could_start, width) = if b < 0x80 {
                let w = b.is_ascii_alphanumeric();
                let start = b.is_ascii_uppercase()
                    || b.is_ascii_digit()
                    || (self.lower_starts[b as usize] && self.is_lower_word(&bytes[i..]))
                    || self.try_every_word;
                (w, start, 1)
            } else {
                let c = text[i..].chars().next()?;
                let w = is_word_char(c);
                (w, c.is_uppercase() || self.try_every_word, c.len_utf8())
            };
            if !prev_word && (could_start && (is_word || self.try_every_word)) {
                return Some(i);
            }
            prev_word = is_word;
            i += width;
        }
        None
    }
}

impl Matcher {
    /// True if the word at the start of `rest` begins some lowercase name.
    fn is_lower_word(&self, rest: &[u8]) -> bool {
        let len = rest
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        self.lower_words.iter().any(|w| **w == rest[..len])
    }
}

/// Skips to the end of the word starting at `start` (at least one character).
fn skip_word(text: &str, start: usize) -> usize {
    let mut chars = text[start..].char_indices();
    let first = chars.next().map_or(1, |(_, c)| c.len_utf8());
    chars
        .find(|&(_, c)| !is_word_char(c))
        .map_or(text.len() - start, |(i, _)| i.max(first))
        + start
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
