//! `nergraph stats`: counts, centrality and strongest relations.

use crate::util::{arg, corpus, ok, ok_json, run, Dir};

#[test]
fn counts_add_up_and_russia_and_putin_are_central() {
    let c = corpus();
    let d = Dir::new();
    let g = d.path("g.json");
    ok(&[
        "extract",
        arg(&c),
        arg(&c.join("wires.jsonl")),
        "-o",
        arg(&g),
    ]);
    let graph: serde_json::Value = serde_json::from_slice(&std::fs::read(&g).unwrap()).unwrap();
    let s = ok_json(&["stats", arg(&g), "--format", "json", "--sort", "pagerank"]);
    let nodes = graph["nodes"].as_array().unwrap().len();
    let edges = graph["edges"].as_array().unwrap();
    assert_eq!(s["nodes"], nodes);
    assert_eq!(s["edges"], edges.len());
    assert_eq!(s["articles"], graph["articles"].as_array().unwrap().len());
    let sum = |k: &str| {
        s[k].as_object()
            .unwrap()
            .values()
            .map(|v| v.as_u64().unwrap())
            .sum::<u64>()
    };
    assert_eq!(sum("nodes_by_type"), nodes as u64);
    assert_eq!(sum("edges_by_kind"), edges.len() as u64);
    assert_eq!(s["pagerank_computed"], true);
    let central = s["central"].as_array().unwrap();
    assert_eq!(central.len(), 10);
    let ranks: Vec<f64> = central
        .iter()
        .map(|c| c["pagerank"].as_f64().unwrap())
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] >= w[1]), "{ranks:?}");
    let by_degree = ok_json(&["stats", arg(&g), "--format", "json", "-n", "3"]);
    let top: Vec<&str> = by_degree["central"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(top, ["country:RUS", "person:vladimir-putin", "country:UKR"]);
    let strongest = by_degree["strongest"].as_array().unwrap();
    let max = edges
        .iter()
        .map(|e| e["weight"].as_u64().unwrap())
        .max()
        .unwrap();
    assert_eq!(strongest[0]["weight"], max);
    let text = String::from_utf8(ok(&["stats", arg(&g)])).unwrap();
    for s in [
        "articles:",
        "nodes:",
        "most central entities (by degree)",
        "strongest relations:",
    ] {
        assert!(text.contains(s), "{s} missing:\n{text}");
    }
}

#[test]
fn stats_of_json_lines_merge_them_first() {
    let c = corpus();
    let lines = ok(&["extract", arg(&c.join("planted")), "--per-article"]);
    let d = Dir::new();
    let p = d.file("g.jsonl", &lines);
    let s = ok_json(&["stats", arg(&p), "--format", "json"]);
    assert_eq!(s["articles"], 2);
    assert_eq!(run(&["stats"], None).status.code(), Some(2));
}
