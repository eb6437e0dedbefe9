//! Cities that stand for sports teams.
//!
//! In sports reporting a city or state name usually means the club that
//! plays there: "Milwaukee has won 10 of its last 15", "Nantes 0 Lens 1",
//! "Henchoz (Hamburg)". Drawn as places, such mentions fill a graph with
//! edges between cities that the article never relates. We do not know the
//! teams, so the honest answer is no node at all.
//!
//! The rule has two parts, both needed:
//!
//! * the article reads as a sports report: it has at least
//!   [`MIN_CUES`] sports cues (scores like "2-1", and words only sports
//!   reports use often: "halftime", "striker", "innings", ...);
//! * the mention is a city or subdivision, not a country (national teams
//!   are still their country), and is not a place the sentence locates
//!   something in: no "in", "at", "from", "near", ... right before it, and
//!   not a dateline ("LONDON 1996-08-30") that opens the article.

use crate::gazetteer::{EntityType, Gazetteer};
use crate::resolve::Resolved;
use crate::text::is_word_char;

/// Sports cues an article needs before its cities are read as teams.
const MIN_CUES: usize = 4;

/// Lowercase words that are much more frequent in sports reports than in
/// other news. Deliberately absent: words politics shares ("win", "race",
/// "campaign", "round", "match", "team", "season", "champion").
const SPORTS_WORDS: &[&str] = &[
    "athletics",
    "baseball",
    "basketball",
    "batting",
    "bowled",
    "bowler",
    "coach",
    "cricket",
    "cup",
    "cycling",
    "defender",
    "draw",
    "drew",
    "equaliser",
    "equalizer",
    "fixtures",
    "football",
    "forward",
    "game",
    "games",
    "goal",
    "goalkeeper",
    "goals",
    "golf",
    "half-time",
    "halftime",
    "hockey",
    "homer",
    "homered",
    "inning",
    "innings",
    "league",
    "midfielder",
    "nba",
    "nfl",
    "nhl",
    "olympic",
    "penalty",
    "pitcher",
    "playoff",
    "playoffs",
    "points",
    "quarterback",
    "racing",
    "rebounds",
    "referee",
    "rugby",
    "runs",
    "scored",
    "scorers",
    "seeded",
    "soccer",
    "stadium",
    "standings",
    "striker",
    "tennis",
    "touchdown",
    "wickets",
];

/// Per initial letter `a..=z`, the lengths of [`SPORTS_WORDS`] with that
/// initial, as bits (`1 << len`).
const SPORTS_LENGTHS: [u32; 26] = {
    let mut out = [0u32; 26];
    let mut i = 0;
    while i < SPORTS_WORDS.len() {
        let w = SPORTS_WORDS[i].as_bytes();
        out[(w[0] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    out
};

/// Words that, right before a place, say the text locates something there.
const LOCATIVE: &[&str] = &[
    "in", "at", "from", "near", "to", "outside", "into", "across", "around", "toward", "towards",
    "via", "visit", "visited", "of",
];

/// For each mention, true if it is a city or subdivision standing for a
/// sports team in a sports report.
pub fn sports_teams(text: &str, gazetteer: &Gazetteer, mentions: &[Resolved]) -> Vec<bool> {
    sports_teams_among(text, gazetteer, mentions, &vec![false; mentions.len()])
}

/// [`sports_teams`] for the mentions that are not `dropped` (by earlier
/// rules); a dropped mention is false. Reading every word of the article
/// for sports cues is the expensive part: it is done only when a mention
/// that is still kept could be a team.
pub fn sports_teams_among(
    text: &str,
    gazetteer: &Gazetteer,
    mentions: &[Resolved],
    dropped: &[bool],
) -> Vec<bool> {
    let teams: Vec<bool> = mentions
        .iter()
        .zip(dropped)
        .map(|(m, &dropped)| {
            let e = gazetteer.entity(m.entity);
            !dropped
                && e.etype == EntityType::Region
                && matches!(e.kind.as_deref(), Some("city" | "subdivision"))
                && !after_locative(text, m.start)
                && !is_dateline(text, m.start, m.end)
        })
        .collect();
    if teams.contains(&true) && is_sports_report(text) {
        teams
    } else {
        vec![false; mentions.len()]
    }
}

/// Whether the article has enough sports cues.
pub fn is_sports_report(text: &str) -> bool {
    count_cues(text, MIN_CUES) >= MIN_CUES
}

/// The sports cues of `text`, counted up to `limit`: one per word that is a
/// score, a sports word, or the name after a result ("Nantes 0 Lens"),
/// where a word is a maximal run of word characters and hyphens.
///
/// Every word of half the articles passes through here, and almost none is
/// a cue, so the words are not cut out one by one: their starts come eight
/// ASCII bytes at a time ([`WordStarts`]), a start whose first two letters
/// begin no sports word is passed over at once, and only a start with a
/// digit looks further: at the whole word, and for the number of a result
/// at the words on both sides.
fn count_cues(text: &str, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut cues = 0;
    // The name after a result is counted with its number: not again.
    let mut counted = usize::MAX;
    for start in WordStarts::new(text) {
        if cues >= limit {
            break;
        }
        let first = bytes[start];
        if first.is_ascii_digit() {
            let word = &text[start..word_end(text, start)];
            if is_score(word) {
                cues += 1;
            } else if let Some(after) = result_after(text, start, word) {
                cues += 1;
                counted = after;
            }
        } else if start != counted && may_begin_sports_word(bytes, start) {
            let word = &text[start..word_end(text, start)];
            cues += usize::from(is_sports_word(word));
        }
    }
    cues
}

/// For `number` at `start`: where the name after it starts, if the words
/// around it make it a result ([`is_result`]).
fn result_after(text: &str, start: usize, number: &str) -> Option<usize> {
    if !(1..=2).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let before = word_before(text, start);
    let after_start = next_word_start(text, start + number.len());
    let after = &text[after_start..word_end(text, after_start)];
    is_result(before, number, after).then_some(after_start)
}

/// Per first two letters (`26 * a + b` for `a`, `b` in `0..26`), the third
/// letters of [`SPORTS_WORDS`] that begin so, as bits (`1 << c`). Every
/// sports word begins with three letters.
const SPORTS_TRIGRAMS: [u32; 26 * 26] = {
    let mut out = [0u32; 26 * 26];
    let mut i = 0;
    while i < SPORTS_WORDS.len() {
        let w = SPORTS_WORDS[i].as_bytes();
        let (a, b, c) = (w[0] - b'a', w[1] - b'a', w[2] - b'a');
        assert!(a < 26 && b < 26 && c < 26);
        out[a as usize * 26 + b as usize] |= 1 << c;
        i += 1;
    }
    out
};

/// The index in `a..=z` of an ASCII letter of either case.
#[inline]
fn letter(b: u8) -> Option<usize> {
    let k = (b | 0x20).wrapping_sub(b'a');
    (k < 26).then_some(usize::from(k))
}

/// Whether the first three bytes at `start` are letters that begin some
/// sports word, in any case: a necessary condition of [`is_sports_word`]
/// that rules out "the", "to" and "for" without finding the word's end.
#[inline]
fn may_begin_sports_word(bytes: &[u8], start: usize) -> bool {
    let Some(&[a, b, c]) = bytes.get(start..start + 3) else {
        return false;
    };
    let (Some(a), Some(b), Some(c)) = (letter(a), letter(b), letter(c)) else {
        return false;
    };
    SPORTS_TRIGRAMS[26 * a + b] & (1 << c) != 0
}

/// For ASCII bytes: letters, digits and the hyphen (one look-up per byte).
const ASCII_WORD: [bool; 128] = {
    let mut out = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        out[b] = c.is_ascii_alphanumeric() || c == b'-';
        b += 1;
    }
    out
};

/// Whether the character at byte `i` belongs in a word, and its length;
/// ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(bool, usize)> {
    let &b = text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((ASCII_WORD[usize::from(b)], 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((is_word_char(c), c.len_utf8()))
}

/// [`char_at`] for the character that ends at byte `i`.
#[inline]
fn char_before(text: &str, i: usize) -> Option<(bool, usize)> {
    let &b = text.as_bytes().get(i.checked_sub(1)?)?;
    if b < 0x80 {
        return Some((ASCII_WORD[usize::from(b)], 1));
    }
    let c = text.get(..i)?.chars().next_back()?;
    Some((is_word_char(c), c.len_utf8()))
}

/// The end of the word that starts at `start`.
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    while let Some((true, len)) = char_at(text, end) {
        end += len;
    }
    end
}

/// The start of the first word at or after `pos` (the text's end if none).
fn next_word_start(text: &str, pos: usize) -> usize {
    let mut i = pos;
    while let Some((false, len)) = char_at(text, i) {
        i += len;
    }
    i
}

/// The last word that ends at or before `pos` ("" if none).
fn word_before(text: &str, pos: usize) -> &str {
    let mut end = pos;
    while let Some((false, len)) = char_before(text, end) {
        end -= len;
    }
    let mut start = end;
    while let Some((true, len)) = char_before(text, start) {
        start -= len;
    }
    &text[start..end]
}

const HIGH: u64 = 0x8080_8080_8080_8080;

/// `b` in every byte lane.
const fn lanes(b: u8) -> u64 {
    (b as u64) * 0x0101_0101_0101_0101
}

/// For ASCII lanes (high bit clear): the high bit of each lane whose byte is
/// in `lo..=hi`. Each sum stays below 0x100 in its lane, so no carry.
#[inline]
fn within(x: u64, lo: u8, hi: u8) -> u64 {
    let at_least = |b: u8| (x + lanes(0x80 - b)) & HIGH;
    at_least(lo) & !at_least(hi + 1)
}

/// For ASCII lanes: the high bit of each letter, digit or hyphen.
#[inline]
fn word_lanes(x: u64) -> u64 {
    within(x, b'0', b'9') | within(x, b'A', b'Z') | within(x, b'a', b'z') | within(x, b'-', b'-')
}

/// The start offsets of the words of a text (as [`count_cues`] defines
/// them), in order. Eight ASCII bytes are classified per step (SWAR: each
/// byte lane of a `u64` tests its own range); chunks with non-ASCII bytes,
/// and the tail, go a character at a time.
struct WordStarts<'a> {
    text: &'a str,
    /// Offset of the chunk the bits of `pending` belong to.
    chunk: usize,
    /// The chunk's word starts not yet handed out: the high bit of their
    /// lanes.
    pending: u64,
    /// Where the scan goes on once `pending` is empty.
    next: usize,
    /// Whether the character before `next` belongs in a word.
    prev_word: bool,
}

impl<'a> WordStarts<'a> {
    fn new(text: &'a str) -> WordStarts<'a> {
        WordStarts {
            text,
            chunk: 0,
            pending: 0,
            next: 0,
            prev_word: false,
        }
    }

    /// Classifies the eight bytes at `self.next`, if they are there and
    /// ASCII.
    #[inline]
    fn chunk(&mut self) -> bool {
        let Some(chunk) = self.text.as_bytes().get(self.next..self.next + 8) else {
            return false;
        };
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        if x & HIGH != 0 {
            return false;
        }
        let word = word_lanes(x);
        // Lane k's "previous byte is in a word" is lane k - 1's bit.
        let before = (word << 8) | (u64::from(self.prev_word) << 7);
        self.pending = word & !before;
        self.chunk = self.next;
        self.next += 8;
        self.prev_word = word >> 63 != 0;
        true
    }

    /// One character at `self.next`: its offset if a word starts there.
    fn one(&mut self) -> Option<Option<usize>> {
        let i = self.next;
        let (word, len) = char_at(self.text, i)?;
        let start = word && !self.prev_word;
        self.prev_word = word;
        self.next = i + len;
        Some(start.then_some(i))
    }
}

impl Iterator for WordStarts<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        loop {
            if self.pending != 0 {
                let lane = self.pending.trailing_zeros() as usize / 8;
                self.pending &= self.pending - 1;
                return Some(self.chunk + lane);
            }
            if self.chunk() {
                continue;
            }
            if let Some(start) = self.one()? {
                return Some(start);
            }
        }
    }
}

/// "Nantes 0 Lens": a one- or two-digit number between two names, as in
/// a results line (but not "May 5 Paris").
fn is_result(before: &str, number: &str, after: &str) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    (1..=2).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && capital(before)
        && capital(after)
        && !super::embedded::is_calendar(before)
}

/// Any case: schedules and standings are often all caps ("BASEBALL").
fn is_sports_word(word: &str) -> bool {
    // This runs for every word of the article: most words are ruled out by
    // their first letter and length alone, and the rest are lowercased on
    // the stack.
    let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    let Some(lengths) = first
        .checked_sub(b'a')
        .and_then(|k| SPORTS_LENGTHS.get(k as usize))
    else {
        return false;
    };
    if lengths & (1 << word.len().min(31)) == 0 {
        return false;
    }
    let mut lower = [0u8; 12];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false;
    };
    for (l, b) in lower.iter_mut().zip(word.bytes()) {
        if !(b.is_ascii_alphabetic() || b == b'-') {
            return false;
        }
        *l = b.to_ascii_lowercase();
    }
    SPORTS_WORDS
        .binary_search_by(|w| w.as_bytes().cmp(lower))
        .is_ok()
}

/// "2-1", "6-4", "10-3": a score (not a date or a range of years).
fn is_score(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some((a, b)) = word.split_once('-') else {
        return false;
    };
    let small = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    small(a) && small(b)
}

/// The word before `start`, if it is a locative preposition (any case, so
/// "AT" in an all-caps schedule counts).
fn after_locative(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    LOCATIVE.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// A dateline: the place opens a line and a date or "(Agency)" follows.
fn is_dateline(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let opens_line = before.is_empty() || before.ends_with('\n');
    let after = text[end..].trim_start_matches([' ', '\t', ',']);
    opens_line
        && (after.starts_with('(') || after.bytes().take_while(u8::is_ascii_digit).count() == 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_list_is_sorted() {
        assert!(SPORTS_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn sports_reports() {
        let cases = [
            (
                "Riverton beat Lakeside 3-1 after a goal, a penalty and a header by the striker.",
                true,
            ),
            (
                "The striker scored twice before halftime in the league game.",
                true,
            ),
            (
                "The minister said talks on the border would resume in March.",
                false,
            ),
            (
                "Votes were counted 10-12 hours after the polls closed in 1996-1997.",
                false,
            ),
            (
                "Riverton 2 Lakeside 1\nHillford 0 Dunmore 3\nRiverton 1 Dunmore 1\nA 4 B",
                true,
            ),
            (
                "On May 5 Paris and on June 7 Rome and on July 8 Oslo and Aug 9 Bonn",
                false,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(is_sports_report(text), want, "{text}");
        }
    }

    /// The word-by-word definition [`count_cues`] replaced: every word, in
    /// order, with the two before it.
    fn cues_by_words(text: &str) -> usize {
        let mut cues = 0;
        let (mut before, mut prev) = ("", "");
        for word in split_words(text) {
            if is_score(word) || is_sports_word(word) || is_result(before, prev, word) {
                cues += 1;
            }
            (before, prev) = (prev, word);
        }
        cues
    }

    fn split_words(text: &str) -> impl Iterator<Item = &str> {
        text.split(|c: char| !(is_word_char(c) || c == '-'))
            .filter(|w| !w.is_empty())
    }

    #[test]
    fn word_lanes_agree_with_the_byte_table() {
        for b in 0..128u8 {
            for lane in 0..8 {
                let mut chunk = [b'x'; 8];
                chunk[lane] = b;
                let bit = word_lanes(u64::from_le_bytes(chunk)) & (0x80u64 << (8 * lane));
                assert_eq!(
                    bit != 0,
                    ASCII_WORD[usize::from(b)],
                    "{b:#x} in lane {lane}"
                );
            }
        }
    }

    #[test]
    fn sports_pairs_cover_the_sports_words() {
        for w in SPORTS_WORDS {
            assert!(may_begin_sports_word(w.as_bytes(), 0), "{w}");
            assert!(may_begin_sports_word(w.to_uppercase().as_bytes(), 0), "{w}");
        }
        assert!(!may_begin_sports_word(b"the", 0));
        assert!(may_begin_sports_word(b"forward", 0));
        assert!(!may_begin_sports_word(b"go", 0));
        assert!(!may_begin_sports_word(b"g", 0));
    }

    /// Pieces of text that make cues, near-cues and their neighbours.
    fn piece() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            6 => proptest::sample::select(vec![
                "Leeds", "LEEDS", "May", "goal", "GOALS", "Half-time", "half-time", "cup",
                "coach", "golfer", "2", "10", "123", "2-1", "10-3", "1996-1997", "3rd", "-",
                "- ", "Éire", "éire", "Ünal", "é", "\u{0301}", "\u{2014}", "北京", "a", "Go",
                "NBA", "nbaa", "--2", "2-", "06-4",
            ])
            .prop_map(str::to_string),
            1 => "[ .,\n()'-]{1,3}",
            1 => "[a-zA-Z0-9-]{1,10}",
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// The word starts are those of `str::split` on non-word characters.
        #[test]
        fn word_starts_are_those_of_str_split(text in "[a-zA-Z0-9 .,'\\-éÉ\u{0301}\u{2014}]{0,40}") {
            let want: Vec<usize> = split_words(&text)
                .map(|w| w.as_ptr() as usize - text.as_ptr() as usize)
                .collect();
            let got: Vec<usize> = WordStarts::new(&text).collect();
            proptest::prop_assert_eq!(got, want);
        }

        /// The fast count is the word-by-word count.
        #[test]
        fn cues_are_counted_as_word_by_word(
            pieces in proptest::collection::vec(piece(), 0..40),
            sep in proptest::sample::select(vec![" ", "\n", " - ", ", ", "\u{a0}", ""]),
        ) {
            let text = pieces.join(sep);
            proptest::prop_assert_eq!(count_cues(&text, usize::MAX), cues_by_words(&text));
            proptest::prop_assert_eq!(is_sports_report(&text), cues_by_words(&text) >= MIN_CUES);
        }

        /// The stack-lowercased lookup agrees with the allocating one.
        #[test]
        fn sports_words_any_case(i in 0..SPORTS_WORDS.len(), upper in proptest::collection::vec(proptest::bool::ANY, 12), junk in "[a-zA-Z-]{0,14}") {
            let word: String = SPORTS_WORDS[i]
                .chars()
                .zip(&upper)
                .map(|(c, &u)| if u { c.to_ascii_uppercase() } else { c })
                .collect();
            proptest::prop_assert!(is_sports_word(&word));
            let want = junk.len() <= 12
                && SPORTS_WORDS.binary_search(&junk.to_ascii_lowercase().as_str()).is_ok();
            proptest::prop_assert_eq!(is_sports_word(&junk), want);
        }
    }

    #[test]
    fn locatives_and_datelines() {
        assert!(after_locative("The match in Milan", 13));
        assert!(after_locative("FLORIDA AT CINCINNATI", 11));
        assert!(!after_locative("Milan beat Genoa", 11));
        assert!(is_dateline("MILAN 1996-08-30", 0, 5));
        assert!(is_dateline("Title\n\nMILAN (Agency) - Inter", 7, 12));
        assert!(!is_dateline("Milan 2 Genoa 1", 0, 5));
        assert!(!is_dateline("Goals: Milan 1996", 7, 12));
    }
}
