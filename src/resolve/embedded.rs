//! Place and organization names inside longer proper names.
//!
//! "Sudan Airways", "Manchester United", "Chicago White Sox", "Bank of New
//! Zealand", "Gulf of Mexico", "UEFA Cup", "Toyota Corolla": a name that is
//! the first or last part of a longer capitalised name the gazetteer does
//! not know is not a reference to the place or organization. We recognise
//! the shapes that cover most cases and drop such mentions:
//!
//! * the place is directly followed by a capitalised word that is not a
//!   title ("Russian President"), a month or weekday, or another name;
//! * the place follows "of" after a capitalised word that is not a title
//!   ("Bank of", but not "President of");
//! * the place directly follows a capitalised word in mid-sentence that is
//!   not a title, a calendar word, a compass word or another name
//!   ("Maccabi Haifa", "Air France", "dissident Wang Donghai").
//!
//! Organizations use the first and third shape, and one more: an
//! organization of one country right after another country's name or
//! demonym ("Indonesian Democratic Party" is not the US party).
//!
//! All-caps text (headlines) is left alone: every word is capitalised there.

use crate::gazetteer::{EntityType, Gazetteer};
use crate::resolve::Resolved;
use crate::text::is_word_char;

const CALENDAR: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

/// Whether `word` names a month or weekday ("May", "Tuesday", "Sept").
pub(super) fn is_calendar(word: &str) -> bool {
    // Most words asked about are ruled out by their length or initial
    // before the list is searched.
    (3..=9).contains(&word.len())
        && matches!(
            word.as_bytes()[0],
            b'A' | b'D' | b'F' | b'J' | b'M' | b'N' | b'O' | b'S' | b'T' | b'W'
        )
        && CALENDAR.contains(&word)
}

/// For each mention, true if it is a place or organization inside a longer
/// unknown name.
pub fn embedded_names(
    text: &str,
    gazetteer: &Gazetteer,
    mentions: &[Resolved],
    is_title: &dyn Fn(&str) -> bool,
) -> Vec<bool> {
    let starts = Offsets::new(mentions, |m| m.start);
    let ends = Offsets::new(mentions, |m| m.end);
    mentions
        .iter()
        .enumerate()
        .map(|(i, m)| match gazetteer.etype(m.entity) {
            EntityType::Country | EntityType::Region => {
                followed_by_name(text, m.end, &starts, is_title)
                    || after_name_of(text, m.start, is_title)
                    || after_name(text, m.start, &ends, is_title)
            }
            EntityType::Organization => {
                followed_by_name(text, m.end, &starts, is_title)
                    || after_name(text, m.start, &ends, is_title)
                    || after_other_country(gazetteer, mentions, i)
            }
            EntityType::Person => false,
        })
        .collect()
}

/// A set of byte offsets of the mentions: sorted, searched by halves (an
/// article has a few dozen mentions; hashing them cost more than the
/// search). Built on the first question, which most articles never ask.
struct Offsets<'a> {
    mentions: &'a [Resolved],
    offset: fn(&Resolved) -> usize,
    sorted: std::cell::OnceCell<Vec<usize>>,
}

impl<'a> Offsets<'a> {
    fn new(mentions: &'a [Resolved], offset: fn(&Resolved) -> usize) -> Offsets<'a> {
        Offsets {
            mentions,
            offset,
            sorted: std::cell::OnceCell::new(),
        }
    }

    fn contains(&self, offset: &usize) -> bool {
        let sorted = self.sorted.get_or_init(|| {
            let mut v: Vec<usize> = self.mentions.iter().map(self.offset).collect();
            v.sort_unstable();
            v
        });
        sorted.binary_search(offset).is_ok()
    }
}

/// Legal-form words that end a company name ("Magna International Inc").
const DESIGNATORS: &[&str] = &[
    "AB",
    "AG",
    "Bhd",
    "Co",
    "Company",
    "Corp",
    "Corporation",
    "GmbH",
    "Inc",
    "Incorporated",
    "LLC",
    "Limited",
    "Ltd",
    "NV",
    "PLC",
    "Plc",
    "SA",
    "SpA",
    "plc",
];

/// The first bytes of [`DESIGNATORS`].
const DESIGNATOR_INITIALS: [bool; 256] = {
    let mut out = [false; 256];
    let mut i = 0;
    while i < DESIGNATORS.len() {
        out[DESIGNATORS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    out
};

/// Extends organization mentions over a legal-form word that follows them
/// ("Dow Chemical Co", "Johnson Controls Inc"), so the mention covers the
/// whole name and the word is not read as the start of a longer name.
pub fn extend_designators(text: &str, gazetteer: &Gazetteer, mentions: &mut [Resolved]) {
    for m in mentions.iter_mut() {
        if gazetteer.etype(m.entity) != EntityType::Organization {
            continue;
        }
        let Some(rest) = text[m.end..].strip_prefix(' ') else {
            continue;
        };
        // One byte rules out almost every word that follows.
        if !rest
            .as_bytes()
            .first()
            .is_some_and(|&b| DESIGNATOR_INITIALS[usize::from(b)])
        {
            continue;
        }
        let word = first_word(rest);
        if DESIGNATORS.contains(&word) {
            m.end += 1 + word.len();
        }
    }
}

/// "U.S. Agriculture Department", "Russian Defence Ministry": a country's
/// name or demonym right before one of its own organizations is part of the
/// organization's name. The two mentions become one, of the organization.
pub fn absorb_country_prefix(gazetteer: &Gazetteer, mentions: &mut Vec<Resolved>) {
    // In place: `mentions[..kept]` are the mentions so far, merged.
    let mut kept = 0usize;
    for i in 0..mentions.len() {
        let m = mentions[i];
        if let Some(prev) = kept.checked_sub(1).map(|p| &mut mentions[p]) {
            // Positions first: most pairs of mentions are not adjacent.
            if prev.end + 1 == m.start && prev.sentence == m.sentence {
                let country = gazetteer.country(m.entity);
                if gazetteer.etype(m.entity) == EntityType::Organization
                    && gazetteer.etype(prev.entity) == EntityType::Country
                    && country.is_some()
                    && country == gazetteer.country(prev.entity)
                {
                    *prev = Resolved {
                        start: prev.start,
                        ..m
                    };
                    continue;
                }
            }
        }
        mentions[kept] = m;
        kept += 1;
    }
    mentions.truncate(kept);
}

/// "Indonesian Democratic Party": an organization of one country right
/// after the name or demonym of another is a namesake of that country,
/// not the organization the gazetteer knows.
fn after_other_country(gazetteer: &Gazetteer, mentions: &[Resolved], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &mentions[p]) else {
        return false;
    };
    let country = gazetteer.country(mentions[i].entity);
    prev.end + 1 == mentions[i].start
        && gazetteer.etype(prev.entity) == EntityType::Country
        && country.is_some()
        && country != gazetteer.country(prev.entity)
}

/// The word after `end` (one space between), if it is capitalised mixed-case.
fn followed_by_name(
    text: &str,
    end: usize,
    starts: &Offsets,
    is_title: &dyn Fn(&str) -> bool,
) -> bool {
    // Most mentions are followed by punctuation or a lowercase word: the
    // two bytes after them rule these out.
    match text.as_bytes().get(end..end + 2) {
        Some(&[b' ', b]) if b.is_ascii_uppercase() || !b.is_ascii() => {}
        _ => return false,
    }
    let next = end + 1;
    let word = first_word(&text[next..]);
    is_mixed_case_name(word) && !starts.contains(&next) && !is_calendar(word) && !is_title(word)
}

/// "Bank of <place>": a capitalised non-title word, then "of", then the place.
fn after_name_of(text: &str, start: usize, is_title: &dyn Fn(&str) -> bool) -> bool {
    let Some(before) = text[..start].strip_suffix(" of ") else {
        return false;
    };
    let word = last_word(before);
    is_mixed_case_name(word) && !is_title(word)
}

/// Compass and size words that qualify a place rather than name something
/// else ("East Jerusalem" is one name, but "Greater Moscow" is Moscow).
const QUALIFIERS: &[&str] = &[
    "Central", "East", "Eastern", "Greater", "Inner", "Lower", "North", "Northern", "Outer",
    "South", "Southern", "Upper", "West", "Western",
];

/// "Maccabi Haifa", "dissident Wang Donghai": a capitalised word that is not
/// the first of its sentence directly before the place.
fn after_name(text: &str, start: usize, ends: &Offsets, is_title: &dyn Fn(&str) -> bool) -> bool {
    let Some(before) = text[..start].strip_suffix(' ') else {
        return false;
    };
    if starts_lowercase_ascii(before.as_bytes()) {
        return false;
    }
    // The word's own test is the cheapest, and rules out most places.
    let word = last_word(before);
    if !is_mixed_case_name(word) {
        return false;
    }
    let rest = before[..before.len() - word.len()].trim_end_matches(' ');
    let mid_sentence = rest
        .chars()
        .next_back()
        .is_some_and(|c| is_word_char(c) || c == ',');
    mid_sentence
        && !ends.contains(&before.len())
        && !is_calendar(word)
        && !QUALIFIERS.contains(&word)
        && !is_title(word)
}

/// Whether the ASCII letters and digits `before` ends with are preceded by
/// an ASCII byte (or nothing) and begin with anything but a capital: then
/// [`last_word`] of `before` is not [`is_mixed_case_name`]. A quick test
/// for the usual place after a lowercase word or punctuation; false when
/// unsure (non-ASCII around the word).
#[inline]
fn starts_lowercase_ascii(before: &[u8]) -> bool {
    let mut start = before.len();
    while start > 0 && before[start - 1].is_ascii_alphanumeric() {
        start -= 1;
    }
    let ascii_before = start == 0 || before[start - 1].is_ascii();
    ascii_before && before.get(start).is_none_or(|b| !b.is_ascii_uppercase())
}

/// The word characters `s` starts with. ASCII letters and digits are read
/// as bytes; the first other byte decides whether characters must be
/// decoded after all.
fn first_word(s: &str) -> &str {
    let b = s.as_bytes();
    let ascii = b
        .iter()
        .position(|c| !c.is_ascii_alphanumeric())
        .unwrap_or(b.len());
    if b.get(ascii).is_none_or(|&c| c < 0x80) {
        return &s[..ascii];
    }
    let end = s.find(|c: char| !is_word_char(c)).unwrap_or(s.len());
    &s[..end]
}

/// The word characters `s` ends with, as [`first_word`] finds them.
fn last_word(s: &str) -> &str {
    let b = s.as_bytes();
    let ascii = b
        .iter()
        .rposition(|c| !c.is_ascii_alphanumeric())
        .map_or(0, |p| p + 1);
    if ascii == 0 || b[ascii - 1] < 0x80 {
        return &s[ascii..];
    }
    let start = s
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &s[start..]
}

/// Starts with a capital and has a lowercase letter ("Airways", not "AIRWAYS").
fn is_mixed_case_name(word: &str) -> bool {
    match word.as_bytes().first() {
        None => return false,
        Some(b) if b.is_ascii() && !b.is_ascii_uppercase() => return false,
        _ => {}
    }
    if word.is_ascii() {
        let b = word.as_bytes();
        return b.first().is_some_and(u8::is_ascii_uppercase)
            && b.iter().any(u8::is_ascii_lowercase);
    }
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod designator_tests {
    #[test]
    fn designators_are_sorted() {
        assert!(super::DESIGNATORS.windows(2).all(|w| w[0] < w[1]));
    }
}

#[cfg(test)]
mod fast_path_tests {
    use super::*;

    proptest::proptest! {
        /// The byte paths find the words the character definitions find.
        #[test]
        fn words_and_names_as_by_characters(s in "[a-zA-Z0-9 .,'\\-éÉ\u{0301}\u{2014}\u{212A}]{0,12}") {
            let first = s.find(|c: char| !is_word_char(c)).unwrap_or(s.len());
            proptest::prop_assert_eq!(first_word(&s), &s[..first]);
            let last = s
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            proptest::prop_assert_eq!(last_word(&s), &s[last..]);
            let mixed = s.chars().next().is_some_and(char::is_uppercase)
                && s.chars().any(char::is_lowercase);
            proptest::prop_assert_eq!(is_mixed_case_name(&s), mixed);
            proptest::prop_assert_eq!(is_calendar(&s), CALENDAR.contains(&s.as_str()));
            if starts_lowercase_ascii(s.as_bytes()) {
                proptest::prop_assert!(!is_mixed_case_name(last_word(&s)));
            }
        }
    }

    #[test]
    fn calendar_words() {
        for w in CALENDAR {
            assert!(is_calendar(w), "{w}");
        }
        assert!(!is_calendar("Mayor"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::GazetteerBuilder;
    use crate::matcher::Matcher;
    use crate::resolve::resolve;
    use crate::text::sentences;

    fn kept(text: &str) -> Vec<&str> {
        let mut b = GazetteerBuilder::new();
        b.add_str(
            "t",
            "id\ttype\tname\tdemonyms\tcountry\ncountry:SDN\tcountry\tSudan\t\tSDN\n\
             country:NZL\tcountry\tNew Zealand\t\tNZL\ncountry:RUS\tcountry\tRussia\tRussian\tRUS\n\
             region:geonames-1\tregion\tManchester\t\tGBR\n",
        )
        .unwrap();
        let g = b.build().unwrap();
        let m = Matcher::new(&g);
        let r = resolve(&g, &m.find(text), &sentences(text));
        let titles = |w: &str| matches!(w.to_lowercase().as_str(), "president" | "king");
        let drop = embedded_names(text, &g, &r, &titles);
        r.iter()
            .zip(drop)
            .filter(|(_, d)| !d)
            .map(|(m, _)| &text[m.start..m.end])
            .collect()
    }

    #[test]
    fn country_prefixes_join_their_own_organizations() {
        let mut b = GazetteerBuilder::new();
        b.add_str(
            "t",
            "id\ttype\tname\tdemonyms\tcountry\ncountry:RUS\tcountry\tRussia\tRussian\tRUS\n\
             country:SDN\tcountry\tSudan\t\tSDN\n\
             organization:mod\torganization\tDefence Ministry\t\tRUS\n",
        )
        .unwrap();
        let g = b.build().unwrap();
        let m = Matcher::new(&g);
        let spans = |text: &str| -> Vec<String> {
            let mut r = resolve(&g, &m.find(text), &sentences(text));
            absorb_country_prefix(&g, &mut r);
            r.iter().map(|m| text[m.start..m.end].to_string()).collect()
        };
        assert_eq!(
            spans("The Russian Defence Ministry and the Russian Defence Ministry."),
            ["Russian Defence Ministry", "Russian Defence Ministry"]
        );
        assert_eq!(
            spans("Sudan Defence Ministry, Russia. Defence Ministry"),
            ["Sudan", "Defence Ministry", "Russia", "Defence Ministry"]
        );
        assert_eq!(spans("Russian Russian Defence Ministry Sudan").len(), 3);
    }

    #[test]
    fn places_inside_longer_names_are_dropped() {
        assert!(kept("A Sudan Airways plane landed.").is_empty());
        assert!(kept("He joined Manchester United.").is_empty());
        assert!(kept("The Bank of New Zealand cut rates.").is_empty());
        assert!(kept("They flew with Air Sudan on Monday.").is_empty());
        assert!(kept("The fans of Dynamo Manchester cheered.").is_empty());
    }

    #[test]
    fn titles_calendar_and_lowercase_keep_the_place() {
        assert_eq!(kept("Russian President Ivan spoke."), vec!["Russian"]);
        assert_eq!(kept("Sudan Tuesday said no."), vec!["Sudan"]);
        assert_eq!(
            kept("Sudan said the King of Sudan agreed."),
            vec!["Sudan", "Sudan"]
        );
        assert_eq!(kept("Manchester and Sudan"), vec!["Manchester", "Sudan"]);
        assert_eq!(kept("SUDAN AIRWAYS"), vec!["SUDAN"]);
        assert_eq!(kept("Flights to Sudan resumed."), vec!["Sudan"]);
        assert_eq!(kept("Troops left Russian Sudan."), vec!["Russian", "Sudan"]);
        assert_eq!(kept("In Sudan, rain fell."), vec!["Sudan"]);
        assert_eq!(kept("Rain fell in East Manchester."), vec!["Manchester"]);
        assert_eq!(kept("It rained. Then Sudan spoke."), vec!["Sudan"]);
    }
}
