//! Filters: each does what it says, the same way in every command.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::util::{arg, corpus, json_lines, node_ids, ok, ok_json, run, Dir};

fn whole(extra: &[&str]) -> Value {
    let c = corpus();
    let mut args = vec!["extract", arg(&c)];
    args.extend_from_slice(extra);
    ok_json(&args)
}

fn edges(g: &Value) -> &Vec<Value> {
    g["edges"].as_array().unwrap()
}

fn degrees(g: &Value) -> BTreeMap<String, usize> {
    let mut d: BTreeMap<String, usize> = node_ids(g).into_iter().map(|n| (n, 0)).collect();
    for e in edges(g) {
        for end in ["source", "target"] {
            *d.get_mut(e[end].as_str().unwrap()).unwrap() += 1;
        }
    }
    d
}

#[test]
fn types_keep_only_those_nodes() {
    let all = whole(&[]);
    let g = whole(&["--types", "person,organization"]);
    let expected: Vec<String> = node_ids(&all)
        .into_iter()
        .filter(|id| id.starts_with("person:") || id.starts_with("organization:"))
        .collect();
    assert_eq!(node_ids(&g), expected);
    assert!(edges(&g).iter().all(|e| {
        let ok = |s: &str| s.starts_with("person:") || s.starts_with("organization:");
        ok(e["source"].as_str().unwrap()) && ok(e["target"].as_str().unwrap())
    }));
    assert_eq!(g["articles"], all["articles"], "articles are kept");
}

#[test]
fn kinds_keep_only_those_edges_and_their_nodes() {
    let g = whole(&["--kinds", "verb,affiliation"]);
    assert!(!edges(&g).is_empty());
    assert!(edges(&g)
        .iter()
        .all(|e| e["kind"] == "verb" || e["kind"] == "affiliation"));
    assert!(degrees(&g).values().all(|&d| d > 0), "no isolated nodes");
}

#[test]
fn min_weight_keeps_heavy_edges() {
    let all = whole(&[]);
    let g = whole(&["--min-weight", "3"]);
    let heavy = edges(&all)
        .iter()
        .filter(|e| e["weight"].as_u64().unwrap() >= 3)
        .count();
    assert!(heavy > 0);
    assert_eq!(edges(&g).len(), heavy);
}

#[test]
fn top_keeps_the_highest_degree_nodes() {
    let all = whole(&[]);
    let g = whole(&["--top", "5"]);
    let kept = node_ids(&g);
    assert_eq!(kept.len(), 5);
    let d = degrees(&all);
    let min_kept = kept.iter().map(|id| d[id]).min().unwrap();
    let max_dropped = d
        .iter()
        .filter(|(id, _)| !kept.contains(id))
        .map(|(_, &v)| v)
        .max()
        .unwrap();
    assert!(min_kept >= max_dropped);
    assert!(kept.contains(&"person:vladimir-putin".to_string()));
    assert_eq!(g, whole(&["--top", "5"]), "deterministic");
}

#[test]
fn focus_keeps_the_neighbourhood() {
    let all = whole(&[]);
    let putin = "person:vladimir-putin";
    let neighbours: BTreeSet<String> = edges(&all)
        .iter()
        .filter(|e| e["source"] == putin || e["target"] == putin)
        .flat_map(|e| {
            [
                e["source"].as_str().unwrap().to_string(),
                e["target"].as_str().unwrap().to_string(),
            ]
        })
        .collect();
    // By id or by name, depth 1.
    let by_id = whole(&["--focus", putin]);
    let by_name = whole(&["--focus", "vladimir putin", "--depth", "1"]);
    assert_eq!(by_id, by_name);
    let kept: BTreeSet<String> = node_ids(&by_id).into_iter().collect();
    assert_eq!(kept, neighbours);
    // Depth 2 reaches further, depth 0 is the node alone.
    assert!(node_ids(&whole(&["--focus", putin, "--depth", "2"])).len() > kept.len());
    assert_eq!(
        node_ids(&whole(&["--focus", putin, "--depth", "0"])),
        vec![putin]
    );
    // An unknown focus is a usage error with suggestions.
    let c = corpus();
    let out = run(&["extract", arg(&c), "--focus", "zelensk"], None);
    assert_eq!(out.status.code(), Some(2));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("did you mean: person:volodymyr-zelensky"), "{e}");
}

#[test]
fn filters_combine_in_the_documented_order() {
    // Types first, then top: the top 3 people.
    let g = whole(&["--types", "person", "--top", "3"]);
    let ids = node_ids(&g);
    assert_eq!(ids.len(), 3);
    assert!(ids.iter().all(|i| i.starts_with("person:")));
}

#[test]
fn bad_filter_values_are_usage_errors() {
    let c = corpus();
    for bad in [
        &["--types", "city"][..],
        &["--kinds", "friendship"][..],
        &["--min-weight", "-1"][..],
        &["--depth", "2"][..],
    ] {
        let mut args = vec!["extract", arg(&c)];
        args.extend_from_slice(bad);
        assert_eq!(run(&args, None).status.code(), Some(2), "{bad:?}");
    }
}

#[test]
fn the_same_filter_in_every_command() {
    let c = corpus();
    let d = Dir::new();
    let lines = d.path("g.jsonl");
    ok(&["extract", arg(&c), "--per-article", "-o", arg(&lines)]);
    let merged = d.path("m.json");
    ok(&["merge", arg(&lines), "-o", arg(&merged)]);
    let filter = ["--types", "person", "--min-weight", "2"];
    let mut extract = vec!["extract", arg(&c)];
    extract.extend_from_slice(&filter);
    let mut merge = vec!["merge", arg(&lines)];
    merge.extend_from_slice(&filter);
    assert_eq!(ok(&extract), ok(&merge));
    // Per article, each graph is filtered.
    let per = ["extract", arg(&c), "--per-article", "--types", "country"];
    for g in json_lines(&ok(&per)) {
        assert!(node_ids(&g).iter().all(|i| i.starts_with("country:")));
    }
    // stats counts what the filter keeps.
    let mut stats = vec!["stats", arg(&merged), "--format", "json"];
    stats.extend_from_slice(&filter);
    let s = ok_json(&stats);
    let filtered = ok_json(&merge);
    assert_eq!(s["nodes"], filtered["nodes"].as_array().unwrap().len());
    assert_eq!(s["edges"], filtered["edges"].as_array().unwrap().len());
    assert_eq!(s["nodes_by_type"].as_object().unwrap().len(), 1);
    // similarity compares filtered profiles.
    let j = ok_json(&[
        "similarity",
        arg(&lines),
        "--format",
        "json",
        "--types",
        "person",
        "--threshold",
        "0",
        "--pairs",
        "1000",
    ]);
    for p in j["pairs"].as_array().unwrap() {
        assert!(p["shared_entities"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e.as_str().unwrap().starts_with("person:")));
    }
}

#[test]
fn cooccurrence_filters_touch_only_cooccurrence() {
    let all = whole(&[]);
    let pair = |e: &Value| {
        let (a, b) = (e["source"].as_str().unwrap(), e["target"].as_str().unwrap());
        (a.min(b).to_string(), a.max(b).to_string())
    };
    let verb_pairs: BTreeSet<_> = edges(&all)
        .iter()
        .filter(|e| e["kind"] == "verb")
        .map(pair)
        .collect();
    assert!(!verb_pairs.is_empty());
    let g = whole(&["--no-redundant-cooccurrence"]);
    for e in edges(&g) {
        if e["kind"] == "cooccurrence" {
            assert!(!verb_pairs.contains(&pair(e)), "{e}");
        }
    }
    let kept = |g: &Value, kind: &str| edges(g).iter().filter(|e| e["kind"] == kind).count();
    assert_eq!(kept(&g, "verb"), kept(&all, "verb"));
    assert!(kept(&g, "cooccurrence") < kept(&all, "cooccurrence"));
    let strong = whole(&["--min-cooccurrence", "3"]);
    assert!(edges(&strong)
        .iter()
        .all(|e| e["kind"] != "cooccurrence" || e["weight"].as_u64().unwrap() >= 3));
    assert_eq!(kept(&strong, "verb"), kept(&all, "verb"));
}

#[test]
fn wider_windows_find_more_pairs() {
    let sentence = whole(&[]);
    let article = whole(&["--window", "article"]);
    let n = |g: &Value| {
        edges(g)
            .iter()
            .filter(|e| e["kind"] == "cooccurrence")
            .count()
    };
    assert!(n(&article) > n(&sentence));
    let c = corpus();
    let bad = run(&["extract", arg(&c), "--window", "page"], None);
    assert_eq!(bad.status.code(), Some(2));
}
