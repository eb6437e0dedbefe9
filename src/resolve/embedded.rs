//! Place names inside longer proper names.
//!
//! "Sudan Airways", "Manchester United", "Chicago White Sox", "Bank of New
//! Zealand", "Gulf of Mexico": a country or place name that is the first or
//! last part of a longer capitalised name the gazetteer does not know is
//! not a reference to the place. We recognise the two shapes that cover
//! most cases and drop such mentions:
//!
//! * the place is directly followed by a capitalised word that is not a
//!   title ("Russian President"), a month or weekday, or another name;
//! * the place follows "of" after a capitalised word that is not a title
//!   ("Bank of", but not "President of").
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

/// For each mention, true if it is a place inside a longer unknown name.
pub fn embedded_places(
    text: &str,
    gazetteer: &Gazetteer,
    mentions: &[Resolved],
    is_title: &dyn Fn(&str) -> bool,
) -> Vec<bool> {
    let starts: std::collections::HashSet<usize> = mentions.iter().map(|m| m.start).collect();
    mentions
        .iter()
        .map(|m| {
            let t = gazetteer.entity(m.entity).etype;
            let place = matches!(t, EntityType::Country | EntityType::Region);
            place
                && (followed_by_name(text, m.end, &starts, is_title)
                    || after_name_of(text, m.start, is_title))
        })
        .collect()
}

/// The word after `end` (one space between), if it is capitalised mixed-case.
fn followed_by_name(
    text: &str,
    end: usize,
    starts: &std::collections::HashSet<usize>,
    is_title: &dyn Fn(&str) -> bool,
) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let next = end + 1;
    let word = first_word(rest);
    is_mixed_case_name(word)
        && !starts.contains(&next)
        && !is_title(word)
        && !CALENDAR.contains(&word)
}

/// "Bank of <place>": a capitalised non-title word, then "of", then the place.
fn after_name_of(text: &str, start: usize, is_title: &dyn Fn(&str) -> bool) -> bool {
    let Some(before) = text[..start].strip_suffix(" of ") else {
        return false;
    };
    let word = last_word(before);
    is_mixed_case_name(word) && !is_title(word)
}

fn first_word(s: &str) -> &str {
    let end = s.find(|c: char| !is_word_char(c)).unwrap_or(s.len());
    &s[..end]
}

fn last_word(s: &str) -> &str {
    let start = s
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &s[start..]
}

/// Starts with a capital and has a lowercase letter ("Airways", not "AIRWAYS").
fn is_mixed_case_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
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
        let drop = embedded_places(text, &g, &r, &titles);
        r.iter()
            .zip(drop)
            .filter(|(_, d)| !d)
            .map(|(m, _)| &text[m.start..m.end])
            .collect()
    }

    #[test]
    fn places_inside_longer_names_are_dropped() {
        assert!(kept("A Sudan Airways plane landed.").is_empty());
        assert!(kept("He joined Manchester United.").is_empty());
        assert!(kept("The Bank of New Zealand cut rates.").is_empty());
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
    }
}
