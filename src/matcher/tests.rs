//! Table tests for the matcher: each case is a text and the surface forms
//! that must be found, in order.

use super::*;
use crate::gazetteer::GazetteerBuilder;

const GAZ: &str = "\
id\ttype\tname\taliases\tshort\tdemonyms
country:IRN\tcountry\tIran\t\t\tIranian
country:OMN\tcountry\tOman\t\t\tOmani
country:ROU\tcountry\tRomania\t\t\tRomanian
country:NER\tcountry\tNiger\t\t\tNigerien
country:NGA\tcountry\tNigeria\t\t\tNigerian
country:GIN\tcountry\tGuinea\t\t\tGuinean
country:PNG\tcountry\tPapua New Guinea\t\t\t
country:USA\tcountry\tUnited States\tUS|U.S.|America\t\tAmerican
country:TUR\tcountry\tTurkey\tTürkiye\t\tTurkish
country:CHN\tcountry\tChina\t\t\tChinese
country:RUS\tcountry\tRussia\t\t\tRussian
country:PRK\tcountry\tNorth Korea\tDPRK\t\tNorth Korean
organization:un\torganization\tUnited Nations\tUN\t\t
organization:al-qaeda\torganization\tal-Qaeda\t\t\t
region:geonames-1\tregion\tPyongyang\t\t\t
person:kim-jong-un\tperson\tKim Jong Un\tKim Jong-un\tKim\t
";

fn matcher() -> (Matcher, Gazetteer) {
    let mut b = GazetteerBuilder::new();
    b.add_str("test", GAZ).unwrap();
    let g = b.build().unwrap();
    (Matcher::new(&g), g)
}

/// Surface strings found in `text`.
fn found(text: &str) -> Vec<String> {
    let (m, _) = matcher();
    m.find(text)
        .into_iter()
        .map(|m| text[m.start..m.end].to_string())
        .collect()
}

macro_rules! t {
    ($name:ident, $text:expr, [$($want:expr),*]) => {
        #[test]
        fn $name() {
            let want: Vec<String> = vec![$($want.to_string()),*];
            assert_eq!(found($text), want, "text: {:?}", $text);
        }
    };
}

// Whole words only.
t!(
    no_iran_in_iranian_unless_alias,
    "Iranians and Iranian oil",
    ["Iranians", "Iranian"]
);
t!(no_iran_inside_word, "Iranistan is not here", []);
t!(
    no_oman_in_romania,
    "Romania is not Oman",
    ["Romania", "Oman"]
);
t!(
    no_niger_in_nigeria,
    "Nigeria and Niger",
    ["Nigeria", "Niger"]
);
t!(
    longest_png,
    "Papua New Guinea and Guinea",
    ["Papua New Guinea", "Guinea"]
);

// Possessives, hyphen compounds, plurals.
t!(possessive_straight, "Russia's army", ["Russia"]);
t!(
    possessive_curly_after_normalizing,
    "Russia's and Russians' views",
    ["Russia", "Russians"]
);
t!(
    hyphen_compounds,
    "a Pyongyang-based agency and US-led talks",
    ["Pyongyang", "US"]
);
t!(
    plural_multiword_demonym,
    "North Koreans arrived",
    ["North Koreans"]
);
t!(prefix_hyphen, "anti-American protests", ["American"]);

// Case policy.
t!(
    us_pronoun_is_not_the_country,
    "Let us go, US envoys said",
    ["US"]
);
t!(title_case_acronym_rejected, "Us and them. Un idea.", []);
t!(lowercase_common_words, "turkey and china for dinner", []);
t!(
    capitalised_names,
    "Turkey and China met",
    ["Turkey", "China"]
);
t!(
    all_caps_headline,
    "PUTIN SAYS RUSSIA AND NORTH KOREA WILL MEET",
    ["RUSSIA", "NORTH KOREA"]
);
t!(dotted_acronym, "the U.S. and the UN", ["U.S.", "UN"]);
t!(
    lowercase_initial_alias,
    "fighters of al-Qaeda and Al-Qaeda",
    ["al-Qaeda", "Al-Qaeda"]
);
t!(non_ascii_alias, "Türkiye said", ["Türkiye"]);
t!(
    transliteration_variant,
    "Kim Jong-un spoke, then Kim left",
    ["Kim Jong-un", "Kim"]
);

#[test]
fn candidates_carry_form_and_entity() {
    let (m, g) = matcher();
    let found = m.find("Kim and Russian troops");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].candidates[0].form, Form::Short);
    let russia = &found[1].candidates[0];
    assert_eq!(russia.form, Form::Demonym);
    assert_eq!(g.entity(russia.entity).id, "country:RUS");
}

/// A mention keeps only the readings whose capitals the text has.
#[test]
fn readings_follow_the_capitals_of_the_text() {
    let mut b = GazetteerBuilder::new();
    let gaz = "id\ttype\tname\taliases\tshort\tdemonyms\n\
        organization:morena\torganization\tNational Regeneration Movement\tMORENA\t\t\n\
        region:morena\tregion\tMorena\t\t\t\n";
    b.add_str("test", gaz).unwrap();
    let g = b.build().unwrap();
    let m = Matcher::new(&g);
    let ids = |text: &str| -> Vec<Vec<String>> {
        m.find(text)
            .iter()
            .map(|f| {
                f.candidates
                    .iter()
                    .map(|c| g.entity(c.entity).id.clone())
                    .collect()
            })
            .collect()
    };
    assert_eq!(
        ids("MORENA won"),
        [["organization:morena", "region:morena"]]
    );
    assert_eq!(ids("Morena won"), [["region:morena"]]);
}

#[test]
fn offsets_are_byte_offsets() {
    let (m, _) = matcher();
    let text = "Ünïcode then Iran";
    let found = m.find(text);
    assert_eq!(&text[found[0].start..found[0].end], "Iran");
}

#[test]
fn names_after_long_lowercase_runs_and_at_chunk_edges() {
    for pad in 0..17 {
        let text = format!("{}and then Iran, al-Qaeda and Ürümqi", "a".repeat(pad));
        let got: Vec<&str> = found_in(&text);
        assert_eq!(got, vec!["Iran", "al-Qaeda"], "pad {pad}");
    }
}

fn found_in(text: &str) -> Vec<&str> {
    let (m, _) = matcher();
    m.find(text)
        .into_iter()
        .map(|m| &text[m.start..m.end])
        .collect()
}

#[test]
fn symbol_initial_names_do_not_hide_the_next_word() {
    let mut b = GazetteerBuilder::new();
    b.add_str("t", GAZ).unwrap();
    b.add_str("u", "id\ttype\tname\nregion:XAA-x\tregion\t'Adan\n")
        .unwrap();
    let g = b.build().unwrap();
    let m = Matcher::new(&g);
    let text = "\"Russia\" and 'Adan";
    let got: Vec<&str> = m.find(text).iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(got, vec!["Russia", "'Adan"]);
}

#[test]
fn blocked_phrases_hide_the_names_inside() {
    let mut b = GazetteerBuilder::new();
    b.add_str("t", GAZ).unwrap();
    b.add_str(
        "p",
        "alias\tpolicy\tnote\nU.S. Open\tblock\ttennis\nChina Open\tblock\ttennis\n",
    )
    .unwrap();
    let m = Matcher::new(&b.build().unwrap());
    let text = "At the U.S. Open, China Open and U.S. talks, China won.";
    let got: Vec<&str> = m.find(text).iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(got, vec!["U.S.", "China"]);
}

#[test]
fn very_short_mixed_case_names_match_exactly() {
    let mut b = GazetteerBuilder::new();
    b.add_str(
        "t",
        "id\ttype\tname\taliases\nperson:xi\tperson\tXi Jinping\tXi\n",
    )
    .unwrap();
    let m = Matcher::new(&b.build().unwrap());
    let text = "Xi spoke. The WORLD XI won. XI JINPING SPOKE.";
    let got: Vec<&str> = m.find(text).iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(got, vec!["Xi", "XI JINPING"]);
}

mod scans {
    //! The candidate scan gives exactly the matches of trying every word
    //! start.
    use super::super::*;
    use crate::gazetteer::GazetteerBuilder;
    use proptest::prelude::*;

    /// A gazetteer of `names` (one region each) and `blocked` phrases.
    fn matcher(names: &[String], blocked: &[String]) -> Option<Matcher> {
        let mut tsv = String::from("id\ttype\tname\n");
        for (i, n) in names.iter().enumerate() {
            tsv.push_str(&format!("region:r{i}\tregion\t{n}\n"));
        }
        let mut b = GazetteerBuilder::new();
        b.add_str("t", &tsv).ok()?;
        if !blocked.is_empty() {
            let mut p = String::from("alias\tpolicy\tnote\n");
            for n in blocked {
                p.push_str(&format!("{n}\tblock\tx\n"));
            }
            b.add_str("p", &p).ok()?;
        }
        Some(Matcher::new(&b.build().ok()?))
    }

    /// [`Matcher::find`] by its definition: the longest acceptable name at
    /// every word start (a character that is not white space after one that
    /// is not a word character), going on after each match.
    fn every_word_start(m: &Matcher, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut end = 0;
        for (i, c) in text.char_indices() {
            let start = !c.is_ascii_whitespace()
                && !text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(crate::text::is_word_char);
            if i < end || !start {
                continue;
            }
            match m.match_at(text, i) {
                At::Mention(found) => {
                    end = found.end;
                    out.push(found);
                }
                At::Blocked(e) => end = e,
                At::Nothing => {}
            }
        }
        out
    }

    fn trimmed(list: Vec<String>) -> Vec<String> {
        list.into_iter()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect()
    }

    proptest! {
        #[test]
        fn candidates_find_what_every_word_start_finds(
            names in proptest::collection::vec("[aAbBcC'é0][abAB .'-]{0,6}", 0..12),
            blocked in proptest::collection::vec("[aAbB][abAB ]{0,4}", 0..3),
            text in "[abcABC0 '.é-]{0,48}",
        ) {
            let Some(m) = matcher(&trimmed(names), &trimmed(blocked)) else {
                return Ok(());
            };
            prop_assert_eq!(m.find(&text), every_word_start(&m, &text));
        }

        /// Texts longer than a 64-byte block, mostly ASCII: blocks, chunks
        /// and characters, and capitals and heads across their borders.
        #[test]
        fn candidates_in_long_texts(
            names in proptest::collection::vec("[aAbBcC'é0][abAB .'-]{0,6}", 0..12),
            text in "([abcABC0 '.-]{0,70}é?){0,5}",
        ) {
            let Some(m) = matcher(&trimmed(names), &[]) else {
                return Ok(());
            };
            prop_assert_eq!(m.find(&text), every_word_start(&m, &text));
        }

        /// Many lowercase and symbol first bytes: every byte of a chunk is
        /// looked up rather than compared.
        #[test]
        fn candidates_with_many_first_bytes(
            names in proptest::collection::vec("[a-f'.-][a-f ]{0,4}", 5..12),
            text in "[a-fA-F '.-]{0,150}",
        ) {
            let Some(m) = matcher(&trimmed(names), &[]) else {
                return Ok(());
            };
            prop_assert_eq!(m.find(&text), every_word_start(&m, &text));
        }
    }

    #[test]
    fn lowercase_names_are_found() {
        let names = ["al-Qaeda", "ab", "Abba", "eBay", "'Ab"].map(String::from);
        let m = matcher(&names, &[]).unwrap();
        let text = "ab of al-Qaeda, 'Ab and Abba; al-qaeda, eBay and ebay; AL-Qaeda";
        let got: Vec<&str> = m.find(text).iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(
            got,
            vec!["ab", "al-Qaeda", "'Ab", "Abba", "eBay", "AL-Qaeda"]
        );
        assert_eq!(m.find(text), every_word_start(&m, text));
    }
}
