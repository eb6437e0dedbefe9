//! `nergraph diff`: empty against itself, exactly the planted differences
//! between two articles written to differ, exit codes.

use serde_json::{json, Value};

use crate::util::{arg, corpus, ok, ok_json, run, Dir};

fn planted(d: &Dir) -> (String, String) {
    let c = corpus().join("planted");
    let (a, b) = (d.path("a.json"), d.path("b.json"));
    ok(&["extract", arg(&c.join("diff-a.txt")), "-o", arg(&a)]);
    ok(&["extract", arg(&c.join("diff-b.txt")), "-o", arg(&b)]);
    (arg(&a).to_string(), arg(&b).to_string())
}

fn texts(v: &Value, field: &str) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x[field].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_graph_against_itself_is_empty_with_similarity_one() {
    let c = corpus();
    let d = Dir::new();
    let g = d.path("g.json");
    ok(&["extract", arg(&c), "-o", arg(&g)]);
    let out = run(&["diff", arg(&g), arg(&g), "--exit-code"], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("no differences"), "{text}");
    assert!(!text.contains('\u{1b}'), "no colour when not on a terminal");
    let j = ok_json(&["diff", arg(&g), arg(&g), "--format", "json"]);
    assert_eq!(j["identical"], true);
    assert_eq!(
        j["similarity"],
        json!({"nodes": 1.0, "edges": 1.0, "pairs": 1.0})
    );
    for part in ["only_a", "only_b", "changed"] {
        assert_eq!(j["nodes"][part], json!([]));
        assert_eq!(j["edges"][part], json!([]));
    }
}

#[test]
fn the_planted_differences_and_nothing_else() {
    let d = Dir::new();
    let (a, b) = planted(&d);
    let j = ok_json(&["diff", &a, &b, "--format", "json"]);
    assert_eq!(j["identical"], false);
    assert_eq!(
        texts(&j["nodes"]["only_a"], "id"),
        ["country:JPN", "country:PRK"]
    );
    assert_eq!(
        texts(&j["nodes"]["only_b"], "id"),
        ["country:CHL", "country:PER"]
    );
    assert_eq!(
        j["nodes"]["changed"],
        json!([
            {"id": "person:vladimir-putin", "fields": {"mentions": [2, 3]}},
            {"id": "person:xi-jinping", "fields": {"mentions": [1, 2]}},
        ])
    );
    assert_eq!(
        texts(&j["edges"]["only_a"], "text"),
        [
            "country:JPN -[co-occurs]- country:PRK",
            "country:JPN -[condemn]-> country:PRK",
            "person:vladimir-putin -[praise]-> person:kim-jong-un",
        ]
    );
    assert_eq!(
        texts(&j["edges"]["only_b"], "text"),
        [
            "country:CHL -[co-occurs]- country:PER",
            "country:CHL -[meet]-> country:PER",
            "person:vladimir-putin -[criticize]-> person:kim-jong-un",
        ]
    );
    assert_eq!(
        j["edges"]["changed"],
        json!([
            {"id": "person:vladimir-putin -[co-occurs]- person:xi-jinping", "fields": {"weight": [1, 2]}},
            {"id": "person:xi-jinping -[meet]-> person:vladimir-putin", "fields": {"weight": [1, 2]}},
        ])
    );
    assert_eq!(
        j["relabelled"],
        json!([{"a": "person:kim-jong-un", "b": "person:vladimir-putin",
                "labels_a": ["praise"], "labels_b": ["criticize"]}])
    );
    let s = &j["similarity"];
    // Putin, Kim and Xi of 7 entities.
    assert_eq!(s["nodes"], 0.4286);
    // Putin-Kim and Putin-Xi co-occurrence and "Xi met Putin", of 9 edges.
    assert_eq!(s["edges"], 0.3333);
    // Putin-Kim and Putin-Xi, of 4 related pairs.
    assert_eq!(s["pairs"], 0.5);
}

#[test]
fn exit_code_reports_differences_like_git_diff() {
    let d = Dir::new();
    let (a, b) = planted(&d);
    let out = run(&["diff", &a, &b], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("pairs related differently (1)"), "{text}");
    assert!(text.contains("~ person:kim-jong-un / person:vladimir-putin: praise -> criticize"));
    assert_eq!(
        run(&["diff", &a, &b, "--exit-code"], None).status.code(),
        Some(1)
    );
    // Errors exit 2 with --exit-code, so they cannot pass for differences.
    let out = run(&["diff", &a, "/nonexistent.json", "--exit-code"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent.json"));
    assert_eq!(
        run(&["diff", &a, "/nonexistent.json"], None).status.code(),
        Some(1)
    );
}

#[test]
fn diff_filters_both_sides() {
    let d = Dir::new();
    let (a, b) = planted(&d);
    // Only people: the country differences disappear.
    let j = ok_json(&["diff", &a, &b, "--format", "json", "--types", "person"]);
    assert_eq!(j["nodes"]["only_a"], json!([]));
    assert_eq!(j["nodes"]["only_b"], json!([]));
    assert_eq!(j["relabelled"].as_array().unwrap().len(), 1);
    let out = run(&["diff", &a, &b, "--focus", "Atlantis"], None);
    assert_eq!(out.status.code(), Some(2));
}
