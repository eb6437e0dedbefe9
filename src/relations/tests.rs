//! Table-driven tests of the relation rules on the built-in gazetteers and
//! verb lists, with sentences written for them. Each case lists edges that
//! must be there and edges that must not.

use std::sync::OnceLock;

use crate::{Article, Extractor};

/// An edge as `source label target`, with ` [mood]`, ` <speaker>` and ` !`
/// (negated) appended when present, using short ids ("RUS", "putin").
fn edges(text: &str) -> Vec<String> {
    dated_edges(text, None)
}

/// [`edges`] of an article with a publication date.
fn dated_edges(text: &str, date: Option<&str>) -> Vec<String> {
    static X: OnceLock<Extractor> = OnceLock::new();
    let x = X.get_or_init(|| Extractor::builtin().unwrap());
    let mut article = Article::new("t", text);
    article.info.date = date.map(str::to_string);
    let g = x.extract(&article);
    g.edges()
        .iter()
        .filter(|e| e.kind != "cooccurrence")
        .map(|e| {
            let mut s = format!("{} {} {}", short(&e.source), e.label, short(&e.target));
            if let Some(m) = &e.mood {
                s += &format!(" [{m}]");
            }
            if let Some(a) = &e.attributed_to {
                s += &format!(" <{}>", short(a));
            }
            if e.negated {
                s += " !";
            }
            if !e.directed {
                s += " ~";
            }
            s
        })
        .collect()
}

/// "country:RUS" → "RUS", "person:vladimir-putin" → "putin" (last part).
fn short(id: &str) -> String {
    let key = id.split_once(':').map_or(id, |(_, k)| k);
    key.rsplit('-').next().unwrap_or(key).to_string()
}

struct Case {
    text: &'static str,
    want: &'static [&'static str],
    not: &'static [&'static str],
}

const CASES: &[Case] = &[
    // Relative clauses and parentheticals: the main verb's subject.
    Case {
        text: "Vladimir Putin, who met Xi Jinping last month, praised Kim Jong Un.",
        want: &["putin praise un", "putin meet jinping"],
        not: &["jinping praise un"],
    },
    // Coordinated subjects and objects.
    Case {
        text: "Russia and China condemned the strike by Israel.",
        want: &["RUS condemn ISR", "CHN condemn ISR"],
        not: &[],
    },
    Case {
        text: "Emmanuel Macron met Olaf Scholz and Giorgia Meloni in Rome.",
        want: &["macron meet scholz", "macron meet meloni"],
        not: &[],
    },
    // Possessive subject: the person, not the country.
    Case {
        text: "Russia's Vladimir Putin praised Kim Jong Un.",
        want: &["putin praise un"],
        not: &["RUS praise un"],
    },
    // Passive with and without agent.
    Case {
        text: "Ukraine was attacked by Russia on Monday.",
        want: &["RUS attack UKR"],
        not: &["UKR attack RUS"],
    },
    Case {
        text: "Iran was accused of helping Syria.",
        want: &[],
        not: &["IRN accuse SYR"],
    },
    // Mood.
    Case {
        text: "Narendra Modi will meet Xi Jinping in Beijing.",
        want: &["modi meet jinping [future]"],
        not: &["modi meet jinping"],
    },
    Case {
        text: "Turkey threatened to sanction Greece.",
        want: &["TUR sanction GRC [intent]"],
        not: &[],
    },
    Case {
        text: "Japan could attack North Korea, analysts say.",
        want: &["JPN attack PRK [modal]"],
        not: &[],
    },
    // Negation.
    Case {
        text: "Brazil did not criticize Argentina.",
        want: &["BRA criticize ARG !"],
        not: &["BRA criticize ARG"],
    },
    // Reported speech: the claim is attributed, not stated.
    Case {
        text: "Vladimir Putin said North Korean troops liberated Kursk.",
        want: &["PRK invade KRS <putin>"],
        not: &["PRK invade KRS", "putin invade KRS"],
    },
    Case {
        text: "Israel attacked Lebanon, Benjamin Netanyahu said.",
        want: &["ISR attack LBN <netanyahu>"],
        not: &["ISR attack LBN"],
    },
    Case {
        text: "According to Iran, Israel attacked Syria.",
        want: &["ISR attack SYR <IRN>"],
        not: &[],
    },
    // A pronoun subject is the one person of the sentence before.
    Case {
        text: "Olaf Scholz arrived on Monday. He praised Poland.",
        want: &["scholz praise POL"],
        not: &[],
    },
    Case {
        text: "Olaf Scholz and Emmanuel Macron spoke. He praised Poland.",
        want: &[],
        not: &["scholz praise POL", "macron praise POL"],
    },
    // Capitals and seats of government acting are their country.
    Case {
        text: "Washington imposed sanctions on Moscow.",
        want: &["USA sanction RUS"],
        not: &[],
    },
    Case {
        text: "The Kremlin condemned Ukraine.",
        want: &["RUS condemn UKR"],
        not: &[],
    },
    // State institutions are part of their country.
    Case {
        text: "Kim Jong Un inspected the Korean People's Army in North Korea.",
        want: &["army part_of PRK"],
        not: &[],
    },
    // The partner of a relation noun is the object.
    Case {
        text: "Chile welcomed the resumption of diplomatic ties with Peru.",
        want: &["CHL cooperate PER"],
        not: &["CHL meet PER"],
    },
    Case {
        text: "Chile rejected new talks with Peru.",
        want: &["CHL reject PER"],
        not: &["CHL negotiate PER"],
    },
    Case {
        text: "Chile praised the talks in Peru.",
        want: &[],
        not: &["CHL praise PER"],
    },
    // Coordinated verbs share the subject; time phrases are skipped.
    Case {
        text: "Chile on Monday condemned Peru and praised Bolivia.",
        want: &["CHL condemn PER", "CHL praise BOL"],
        not: &["PER praise BOL"],
    },
    // A future set by "about to".
    Case {
        text: "Norway is about to meet Sweden.",
        want: &["NOR meet SWE [future]"],
        not: &[],
    },
    // The attacker inside "under ... attacks".
    Case {
        text: "Kharkiv, a city in Ukraine, came under heavy Russian missile attacks.",
        want: &["RUS attack 706483"],
        not: &["UKR attack 706483"],
    },
    // Affiliation beyond titles.
    Case {
        text: "Keir Starmer of the Labour Party spoke in Leeds.",
        want: &["starmer member_of party"],
        not: &[],
    },
    Case {
        text: "Sergei Lavrov, the foreign minister of Russia, arrived.",
        want: &["lavrov member_of RUS"],
        not: &[],
    },
    // Location read from the sentence, beyond the gazetteer's hierarchy.
    Case {
        text: "Fighting spread to the Sahel, a vast area in western Africa, and Mali.",
        want: &["sahel located_in africa"],
        not: &[],
    },
    // No edge: nouns, prepositions, a verb with no actor on one side.
    Case {
        text: "The attack on Ukraine was discussed in Poland.",
        want: &[],
        not: &["POL attack UKR", "UKR attack POL"],
    },
    Case {
        text: "After talks in Paris, France praised the weather.",
        want: &[],
        not: &["PAR praise FRA", "FRA praise PAR"],
    },
    // Actor groups opening the clause: the actors after the preposition.
    Case {
        text: "Soldiers from Ukraine attacked Russia on Monday.",
        want: &["UKR attack RUS"],
        not: &[],
    },
    Case {
        text: "Lawmakers and officials in France and Germany praised Italy.",
        want: &["FRA praise ITA", "DEU praise ITA"],
        not: &[],
    },
    Case {
        text: "The ambassadors of Chile and Peru condemned Bolivia.",
        want: &["CHL condemn BOL", "PER condemn BOL"],
        not: &[],
    },
    // A name that modifies a noun is not the object.
    Case {
        text: "Vodafone appointed a new Japan boss.",
        want: &[],
        not: &["vodafone appoint JPN"],
    },
    Case {
        text: "Emmanuel Macron met IMF chief Kristalina Georgieva and praised Russian units.",
        want: &["macron meet georgieva", "macron praise RUS"],
        not: &["macron meet imf"],
    },
    // One meets people and visits places, not their announcements or tombs.
    Case {
        text: "BAE Systems welcomed Peter Mandelson's announcement.",
        want: &[],
        not: &["systems meet mandelson"],
    },
    Case {
        text: "Tony Blair visited the tomb of Yasser Arafat. Xi Jinping visited Russia's capital.",
        want: &["jinping visit RUS"],
        not: &["blair visit arafat"],
    },
    Case {
        text: "Vladimir Putin met the leader of North Korea.",
        want: &["putin meet PRK"],
        not: &[],
    },
    // Attacking an idea is criticism; attacking an army is not.
    Case {
        text: "Jack Straw attacked the decision by Britain's highest court.",
        want: &["straw criticize GBR"],
        not: &["straw attack GBR"],
    },
    Case {
        text: "Russia attacked Ukraine's army. Hungary attacked EU asylum moves.",
        want: &["RUS attack UKR", "HUN criticize union"],
        not: &["RUS criticize UKR", "HUN attack union"],
    },
    // A place after a preposition, past "the" or a direction, is no subject.
    Case {
        text: "Strong sales outside western Europe helped Renault. Protesters in the United States condemned Iran.",
        want: &[],
        not: &["europe help renault", "USA condemn IRN"],
    },
    // ... but "after" may open a clause.
    Case {
        text: "Talks stalled after the Russian government rejected Ukraine's plan.",
        want: &["RUS reject UKR"],
        not: &[],
    },
    // Acts done together: coordinated subjects without an object, undirected.
    Case {
        text: "Vladimir Putin and Xi Jinping met in Beijing. Russia and China signed a trade deal.",
        want: &["putin meet jinping ~", "CHN sign RUS ~"],
        not: &["putin meet jinping"],
    },
    Case {
        text: "Russia and China welcomed the decision. Russia and China condemned the vote.",
        want: &[],
        not: &["CHN meet RUS ~", "CHN condemn RUS ~", "RUS condemn CHN"],
    },
    // "it" and "they" after a speech verb: its named speaker.
    Case {
        text: "France said on Monday it would impose sanctions on Iran. Russia and China said they had condemned Israel.",
        want: &["FRA sanction IRN [modal]", "RUS condemn ISR", "CHN condemn ISR"],
        not: &[],
    },
    Case {
        text: "It condemned Israel. Vladimir Putin said it was cold and they praised Israel.",
        want: &[],
        not: &["putin praise ISR", "putin condemn ISR"],
    },
    // A title and a parenthetical between a name and its verb.
    Case {
        text: "Turkey's president, speaking in Ankara, criticized Sweden.",
        want: &["TUR criticize SWE"],
        not: &[],
    },
    // Coordination past determiners, adjectives, an Oxford comma and actor nouns.
    Case {
        text: "France, Germany, and the United Kingdom praised Ukraine. The Syrian government and Russia condemned Israel.",
        want: &["FRA praise UKR", "DEU praise UKR", "GBR praise UKR", "SYR condemn ISR", "RUS condemn ISR"],
        not: &[],
    },
    Case {
        text: "Vladimir Putin met Xi Jinping and the Indian prime minister Narendra Modi.",
        want: &["putin meet jinping", "putin meet modi"],
        not: &[],
    },
    // ... but not across a verb: Ukraine is an object, not a subject.
    Case {
        text: "Russia warned Ukraine and the exhausted Poland condemned Israel.",
        want: &["RUS warn UKR"],
        not: &["UKR condemn ISR"],
    },
    // "X of the Y party": X is the subject.
    Case {
        text: "Olaf Scholz of the SPD criticized Hungary.",
        want: &["scholz criticize HUN"],
        not: &["germany criticize HUN"],
    },
    // ... but not a group inside a prepositional phrase.
    Case {
        text: "A report about troops in Ukraine praised Poland.",
        want: &[],
        not: &["UKR praise POL"],
    },
];

/// Edges made with the user verb file `verbs` alone (no built-in verbs).
fn user_edges(verbs: &str, text: &str) -> Vec<String> {
    let files = [("user.tsv".to_string(), verbs.to_string())];
    let lexicon = crate::relations::Lexicon::with_user_verbs(&files, false).unwrap();
    let gazetteer = crate::gazetteer::Gazetteer::builtin().unwrap();
    let x = Extractor::new(gazetteer, lexicon);
    let g = x.extract(&Article::new("t", text));
    g.edges()
        .iter()
        .filter(|e| e.kind != "cooccurrence")
        .map(|e| format!("{} {} {}", short(&e.source), e.label, short(&e.target)))
        .collect()
}

/// A user verb file in the format scripts/petrarch-verbs writes: `reverse`
/// column, a label row without patterns.
const USER_VERBS: &str = "label\tcategory\tpatterns\treverse
meet\tCONSULT\tmet|held talks\tmeet
visit\tCONSULT\tarrived in\thost
host\tCONSULT\t\t
condemn\tACCUSE\tcondemned\t
present\tCONSULT\tpresented credentials\t
";

#[test]
fn user_verbs_reverse_and_objects_in_the_verb_phrase() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        // the reverse of each edge
        ("Chile met Peru.", &["CHL meet PER", "PER meet CHL"], &[]),
        (
            "Chile arrived in Peru.",
            &["CHL visit PER", "PER host CHL"],
            &["PER visit CHL"],
        ),
        // an act with a reverse, no object: between the subjects
        (
            "Chile and Peru held talks on Monday.",
            &["CHL meet PER", "PER meet CHL"],
            &[],
        ),
        // ... not one without
        (
            "Chile and Peru condemned the vote.",
            &[],
            &["CHL condemn PER", "PER condemn CHL"],
        ),
        // the object inside a prepositional phrase of the verb phrase
        (
            "Chile presented credentials to Peru.",
            &["CHL present PER"],
            &[],
        ),
        // still not across a clause break
        (
            "Chile presented credentials, and Peru left.",
            &[],
            &["CHL present PER"],
        ),
    ];
    let mut failures = Vec::new();
    for (text, want, not) in cases {
        let got = user_edges(USER_VERBS, text);
        check_edges(text, &got, want, not, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_relation_noun_rule_leaves_user_patterns_alone() {
    let text = "Chile welcomed the resumption of diplomatic ties with Peru.";
    let verbs = "welcome\tCONSULT\twelcomed\n";
    assert_eq!(user_edges(verbs, text), ["CHL welcome PER"]);
    // the built-in patterns read the relation noun (ties: cooperate)
    assert!(
        edges(text).iter().any(|e| e == "CHL cooperate PER"),
        "{:?}",
        edges(text)
    );
}

#[test]
fn office_holders_by_date_or_by_name() {
    let text = "The Russian president praised Kim Jong Un.";
    assert!(
        edges(text).contains(&"RUS praise un".to_string()),
        "{:?}",
        edges(text)
    );
    let in_2005 = dated_edges(text, Some("2005-03-01"));
    assert!(
        in_2005.contains(&"putin praise un".to_string()),
        "{in_2005:?}"
    );
    let in_2010 = dated_edges(text, Some("2010-03-01"));
    assert!(
        in_2010.contains(&"medvedev praise un".to_string()),
        "{in_2010:?}"
    );
    let named = "Vladimir Putin landed. North Korea's leader greeted the Russian president.";
    assert!(
        edges(named).contains(&"PRK greet putin".to_string()),
        "{:?}",
        edges(named)
    );
    let dated = dated_edges("North Korea's leader greeted Chile.", Some("2024-06-19"));
    assert!(dated.contains(&"un greet CHL".to_string()), "{dated:?}");
}

/// Co-occurrence pairs (short ids) and their evidence sentence ranges.
fn cooccurrences(text: &str, window: &str) -> Vec<String> {
    let options = crate::relations::Options {
        window: window.parse().unwrap(),
    };
    let x = Extractor::builtin().unwrap().with_options(options);
    let g = x.extract(&Article::new("t", text));
    g.edges()
        .iter()
        .filter(|e| e.kind == "cooccurrence")
        .flat_map(|e| {
            e.evidence
                .iter()
                .map(|ev| format!("{}-{} {}", short(&e.source), short(&e.target), ev.text))
        })
        .collect()
}

#[test]
fn cooccurrence_windows() {
    let text = "Chile spoke. Peru listened.\nBolivia left. Chile returned.";
    assert!(cooccurrences(text, "sentence").is_empty());
    let two = cooccurrences(text, "2");
    assert!(
        two.contains(&"CHL-PER Chile spoke. Peru listened.".to_string()),
        "{two:?}"
    );
    assert!(
        !two.iter().any(|p| p.starts_with("CHL-BOL Chile spoke")),
        "{two:?}"
    );
    let para = cooccurrences(text, "paragraph");
    assert_eq!(para.len(), 2, "{para:?}");
    let article = cooccurrences(text, "article");
    assert!(
        article.contains(&"BOL-CHL Bolivia left. Chile returned.".to_string()),
        "{article:?}"
    );
    assert!(
        article.iter().any(|p| p.starts_with("BOL-PER")),
        "{article:?}"
    );
}

#[test]
fn relation_table() {
    let mut failures = Vec::new();
    for case in CASES {
        let got = edges(case.text);
        check_edges(case.text, &got, case.want, case.not, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Adds to `failures` each wanted edge missing from `got` and each unwanted
/// one in it.
fn check_edges(
    text: &str,
    got: &[String],
    want: &[&str],
    not: &[&str],
    failures: &mut Vec<String>,
) {
    for w in want {
        if !got.iter().any(|g| g == w) {
            failures.push(format!("{text:?}: missing {w:?}; got {got:?}"));
        }
    }
    for n in not {
        if got.iter().any(|g| g == n) {
            failures.push(format!("{text:?}: unwanted {n:?}; got {got:?}"));
        }
    }
}
