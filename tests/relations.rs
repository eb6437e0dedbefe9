//! Relations read from sentences written for these tests.

use crate::util::{graph_of, has, node_ids, relations};

const PUTIN: &str = "person:vladimir-putin";
const KIM: &str = "person:kim-jong-un";
const XI: &str = "person:xi-jinping";

#[test]
fn active_verb_with_of_phrase_and_quotes() {
    let g = graph_of(
        "Vladimir Putin lauded the \u{2018}steadfast courage\u{2019} of Chinese engineers.",
    );
    assert!(
        has(&g, PUTIN, "praise", "country:CHN"),
        "{:?}",
        relations(&g)
    );
}

#[test]
fn passive_with_agent_flips_direction() {
    let g = graph_of("Kim Jong Un was warmly greeted by Xi Jinping in the capital.");
    assert!(has(&g, XI, "greet", KIM), "{:?}", relations(&g));
    assert!(!has(&g, KIM, "greet", XI));
}

#[test]
fn negation_sets_negated() {
    let g = graph_of("Turkey did not condemn Iran. Brazil denied attacking Peru.");
    let rels = relations(&g);
    assert!(
        rels.contains(&(
            "country:TUR".into(),
            "condemn".into(),
            "country:IRN".into(),
            true
        )),
        "{rels:?}"
    );
    assert!(
        rels.contains(&(
            "country:BRA".into(),
            "attack".into(),
            "country:PER".into(),
            true
        )),
        "{rels:?}"
    );
    assert!(!rels.iter().any(|r| r.1 == "deny"), "{rels:?}");
}

#[test]
fn title_affiliation_before_the_name() {
    let g = graph_of("Chinese President Xi Jinping spoke for an hour.");
    assert!(
        has(&g, XI, "leader_of", "country:CHN"),
        "{:?}",
        relations(&g)
    );
}

#[test]
fn apposition_affiliation_after_the_name() {
    let g = graph_of("Sergei Lavrov, the Russian foreign minister, arrived late. Kim Jong Un, leader of North Korea, stayed.");
    assert!(
        has(&g, "person:sergei-lavrov", "member_of", "country:RUS"),
        "{:?}",
        relations(&g)
    );
    assert!(
        has(&g, KIM, "leader_of", "country:PRK"),
        "{:?}",
        relations(&g)
    );
}

#[test]
fn object_is_the_person_after_a_title() {
    let g = graph_of("Vladimir Putin met North Korean leader Kim Jong Un on Tuesday.");
    assert!(has(&g, PUTIN, "meet", KIM), "{:?}", relations(&g));
    assert!(!has(&g, PUTIN, "meet", "country:PRK"));
}

#[test]
fn coordinated_subjects_and_objects() {
    let g = graph_of(
        "Canada and Mexico criticized Cuba. Vladimir Putin met Xi Jinping and Kim Jong Un.",
    );
    assert!(
        has(&g, "country:CAN", "criticize", "country:CUB"),
        "{:?}",
        relations(&g)
    );
    assert!(has(&g, "country:MEX", "criticize", "country:CUB"));
    assert!(has(&g, PUTIN, "meet", XI));
    assert!(has(&g, PUTIN, "meet", KIM));
}

#[test]
fn parenthetical_subject_is_skipped() {
    let g = graph_of("Vladimir Putin, who met Xi Jinping last month, praised Kim Jong Un.");
    assert!(has(&g, PUTIN, "praise", KIM), "{:?}", relations(&g));
    assert!(!has(&g, XI, "praise", KIM));
}

#[test]
fn possessive_subject() {
    let g = graph_of("Russia's Vladimir Putin thanked Kim Jong Un.");
    assert!(has(&g, PUTIN, "thank", KIM), "{:?}", relations(&g));
}

#[test]
fn actor_nouns_stand_for_their_country() {
    let g = graph_of("Japanese forces attacked Korean villages. Spanish troops invaded Portugal.");
    assert!(
        has(&g, "country:ESP", "invade", "country:PRT"),
        "{:?}",
        relations(&g)
    );
}

#[test]
fn nouns_that_look_like_verbs_make_no_edge() {
    let g = graph_of("Kenya suffered drone attacks, prompting Uganda to respond.");
    assert!(
        relations(&g).iter().all(|r| r.1 != "attack"),
        "{:?}",
        relations(&g)
    );
}

#[test]
fn prepositional_phrases_are_not_objects() {
    let g = graph_of("Vladimir Putin praised the deal in Ukraine.");
    assert!(
        !has(&g, PUTIN, "praise", "country:UKR"),
        "{:?}",
        relations(&g)
    );
}

#[test]
fn multi_word_patterns_with_gaps() {
    let g = graph_of("Japan imposed fresh sanctions on Belarus. Egypt held talks with Jordan.");
    assert!(
        has(&g, "country:JPN", "sanction", "country:BLR"),
        "{:?}",
        relations(&g)
    );
    assert!(
        has(&g, "country:EGY", "meet", "country:JOR"),
        "{:?}",
        relations(&g)
    );
}

#[test]
fn surname_resolves_to_the_person_named_before() {
    let g = graph_of("Kim Jong Un arrived. Later Kim praised Vladimir Putin.");
    assert!(has(&g, KIM, "praise", PUTIN), "{:?}", relations(&g));
    let kim = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == KIM)
        .unwrap();
    assert_eq!(kim["mentions"], 2);
    assert_eq!(kim["aliases"], serde_json::json!(["Kim", "Kim Jong Un"]));
}

#[test]
fn bare_surname_without_full_name_is_not_a_person() {
    let g = graph_of("Kim praised the weather.");
    assert!(node_ids(&g).is_empty(), "{:?}", node_ids(&g));
}

#[test]
fn case_policy_in_running_text() {
    let g = graph_of("Let us cook turkey with china plates. The US and Turkey agreed.");
    assert_eq!(node_ids(&g), vec!["country:TUR", "country:USA"]);
    let us = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "country:USA")
        .unwrap();
    assert_eq!(us["mentions"], 1);
}

#[test]
fn demonyms_and_possessives_resolve_to_the_country() {
    let g =
        graph_of("Russians said Russia\u{2019}s and Russia's envoys left; North Koreans stayed.");
    let ru = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "country:RUS")
        .unwrap();
    assert_eq!(ru["mentions"], 3);
    assert!(node_ids(&g).contains(&"country:PRK".to_string()));
}

#[test]
fn location_needs_both_ends_in_the_article() {
    let g = graph_of("Shelling hit Kursk region. Russia responded.");
    assert!(
        has(&g, "region:RU-KRS", "located_in", "country:RUS"),
        "{:?}",
        relations(&g)
    );
    let g = graph_of("Shelling hit Kursk region overnight.");
    assert!(relations(&g).is_empty());
}

#[test]
fn apposition_name_is_the_subject() {
    let g = graph_of("Ukraine's foreign minister, Andrii Sybiha, urged China to act.");
    assert!(
        has(&g, "person:andrii-sybiha", "demand", "country:CHN"),
        "{:?}",
        relations(&g)
    );
    let g = graph_of("Vladimir Putin, who met Xi Jinping, praised Kim Jong Un.");
    assert!(has(&g, PUTIN, "praise", KIM), "{:?}", relations(&g));
    assert!(!has(&g, XI, "praise", KIM), "{:?}", relations(&g));
}

#[test]
fn cameo_derived_verbs_and_phrases() {
    let g = graph_of(
        "Chile castigated Peru over the border dispute. Mexico disagreed with Cuba on trade. \
         Kenya cut diplomatic ties with Uganda. Ecuador granted asylum to Bolivia.",
    );
    for (s, label, t) in [
        ("country:CHL", "criticize", "country:PER"),
        ("country:MEX", "oppose", "country:CUB"),
        ("country:KEN", "sanction", "country:UGA"),
        ("country:ECU", "shelter", "country:BOL"),
    ] {
        assert!(has(&g, s, label, t), "{s} {label} {t}: {:?}", relations(&g));
    }
}

#[test]
fn the_more_specific_of_two_equally_long_patterns_wins() {
    // "launched * attack on" (verbs.tsv) and "launched * scathing attack on"
    // (CAMEO) both cover the words; the one with more literal words wins.
    let g = graph_of("Brazil launched a scathing attack on Argentina.");
    assert!(
        has(&g, "country:BRA", "criticize", "country:ARG"),
        "{:?}",
        relations(&g)
    );
    assert!(!has(&g, "country:BRA", "attack", "country:ARG"));
    let g = graph_of("Brazil launched an attack on Argentina.");
    assert!(has(&g, "country:BRA", "attack", "country:ARG"));
}

#[test]
fn passive_agent_after_a_complement() {
    let g = graph_of("Peru was branded \"reckless\" by Chile.");
    assert!(
        has(&g, "country:CHL", "criticize", "country:PER"),
        "{:?}",
        relations(&g)
    );
    assert!(!has(&g, "country:PER", "criticize", "country:CHL"));
}

#[test]
fn verb_forms_that_are_mostly_nouns_are_left_out() {
    // "funds" is mostly the noun ("Labour funds"); "funded" is the verb.
    let g = graph_of("Norway funds Sudan.");
    assert!(relations(&g).is_empty(), "{:?}", relations(&g));
    let g = graph_of("Norway funded Sudan.");
    assert!(has(&g, "country:NOR", "fund", "country:SDN"));
}

#[test]
fn user_verb_file_on_the_command_line() {
    use crate::util::{run, Dir};
    let d = Dir::new();
    let verbs = d.file(
        "verbs.tsv",
        b"label\tcategory\tpatterns\treverse\nconfer\tCONSULT\tconferred with\tconfer\n",
    );
    let text = d.file("a.txt", b"Chile conferred with Peru. Chile praised Peru.");
    let v = verbs.to_str().unwrap();
    let t = text.to_str().unwrap();
    let labels = |args: &[&str]| {
        let out = run(args, None);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut l: Vec<String> = g["edges"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["kind"] != "cooccurrence")
            .map(|e| format!("{} {} {}", e["source"], e["label"], e["target"]).replace('"', ""))
            .collect();
        l.sort();
        l
    };
    // the user's row and its reverse, and the built-in "praised"
    assert_eq!(
        labels(&["extract", "--verbs", v, t]),
        [
            "country:CHL confer country:PER",
            "country:CHL praise country:PER",
            "country:PER confer country:CHL"
        ]
    );
    // only the user's rows
    assert_eq!(
        labels(&["extract", "--verbs", v, "--no-builtin-verbs", t]),
        [
            "country:CHL confer country:PER",
            "country:PER confer country:CHL"
        ]
    );
    // a bad row names the file and line
    let bad = d.file(
        "bad.tsv",
        b"label\tcategory\tpatterns\nx\tFRIENDLY\tliked\n",
    );
    let out = run(&["extract", "--verbs", bad.to_str().unwrap(), t], None);
    assert_eq!(out.status.code(), Some(1));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains("bad.tsv:2: unknown PLOVER category 'FRIENDLY'"),
        "{e}"
    );
    // --no-builtin-verbs needs --verbs
    assert_eq!(
        run(&["extract", "--no-builtin-verbs", t], None)
            .status
            .code(),
        Some(2)
    );
}
