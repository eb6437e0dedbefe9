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
    let teams: Vec<bool> = mentions
        .iter()
        .map(|m| {
            let e = gazetteer.entity(m.entity);
            e.etype == EntityType::Region
                && matches!(e.kind.as_deref(), Some("city" | "subdivision"))
                && !after_locative(text, m.start)
                && !is_dateline(text, m.start, m.end)
        })
        .collect();
    // Reading every word of the article for sports cues is the expensive
    // part: only do it when some mention could be a team.
    if teams.contains(&true) && is_sports_report(text) {
        teams
    } else {
        vec![false; mentions.len()]
    }
}

/// Whether the article has enough sports cues.
pub fn is_sports_report(text: &str) -> bool {
    let mut cues = 0;
    let (mut before, mut prev) = ("", "");
    for word in Words::new(text) {
        if is_score(word) || is_sports_word(word) || is_result(before, prev, word) {
            cues += 1;
            if cues >= MIN_CUES {
                return true;
            }
        }
        (before, prev) = (prev, word);
    }
    false
}

/// The words of a text for [`is_sports_report`]: maximal runs of word
/// characters and hyphens, as `text.split(|c| !(is_word_char(c) || c ==
/// '-'))` without the empty pieces, but reading ASCII bytes without decoding
/// them (every word of every article passes through here).
struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Words<'a> {
    fn new(text: &'a str) -> Words<'a> {
        Words { text, pos: 0 }
    }

    /// Whether the character at byte `i` belongs in a word, and its length.
    #[inline(always)]
    fn at(&self, i: usize) -> Option<(bool, usize)> {
        let &b = self.text.as_bytes().get(i)?;
        if b < 0x80 {
            return Some((ASCII_WORD[b as usize], 1));
        }
        self.decode(i)
    }

    /// [`Words::at`] for a non-ASCII character.
    #[cold]
    fn decode(&self, i: usize) -> Option<(bool, usize)> {
        let c = self.text.get(i..)?.chars().next()?;
        Some((is_word_char(c), c.len_utf8()))
    }
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

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        loop {
            // The common case, an ASCII separator, without the general step.
            if let Some(&b) = bytes.get(self.pos).filter(|&&b| b < 0x80) {
                if ASCII_WORD[b as usize] {
                    break;
                }
                self.pos += 1;
                continue;
            }
            let (word, len) = self.at(self.pos)?;
            if word {
                break;
            }
            self.pos += len;
        }
        let start = self.pos;
        loop {
            if let Some(&b) = bytes.get(self.pos).filter(|&&b| b < 0x80) {
                if !ASCII_WORD[b as usize] {
                    break;
                }
                self.pos += 1;
                continue;
            }
            match self.at(self.pos) {
                Some((true, len)) => self.pos += len,
                _ => break,
            }
        }
        self.text.get(start..self.pos)
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

    proptest::proptest! {
        /// The word scan splits as `str::split` on non-word characters does.
        #[test]
        fn words_split_like_str_split(text in "[a-zA-Z0-9 .,'\\-éÉ\u{0301}\u{2014}]{0,40}") {
            let want: Vec<&str> = text
                .split(|c: char| !(is_word_char(c) || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            let got: Vec<&str> = Words::new(&text).collect();
            proptest::prop_assert_eq!(got, want);
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
