//! `nergraph merge`: associative and commutative, on random graphs (a
//! property test of the library) and on the graphs of the test corpus.

use std::collections::BTreeMap;

use nergraph::export::json;
use nergraph::graph::{ArticleInfo, Edge, Evidence, Node};
use nergraph::Graph;
use proptest::prelude::*;
use serde_json::Value;

use crate::util::{arg, corpus, json_lines, ok, ok_json, run, Dir};

const IDS: [&str; 4] = ["country:AAA", "country:BBB", "person:c", "person:d"];
const ARTICLES: [&str; 3] = ["a1", "a2", "a3"];

fn article() -> impl Strategy<Value = ArticleInfo> {
    (
        0..ARTICLES.len(),
        prop::option::of(prop::sample::select(vec!["T1", "T2"])),
        prop::option::of(prop::sample::select(vec!["2024-01-01", "2024-02-01"])),
        prop::option::of(prop::sample::select(vec!["x", "y"])),
    )
        .prop_map(|(i, title, date, outlet)| ArticleInfo {
            id: ARTICLES[i].into(),
            source: format!("{}.txt", ARTICLES[i]),
            title: title.map(str::to_string),
            date: date.map(str::to_string),
            extra: outlet
                .map(|o| BTreeMap::from([("outlet".to_string(), Value::from(o))]))
                .unwrap_or_default(),
            ..ArticleInfo::default()
        })
}

fn node() -> impl Strategy<Value = Node> {
    (
        0..IDS.len(),
        prop::sample::select(vec!["Name", "Other name"]),
        0u64..4,
        prop::collection::btree_set(prop::sample::select(vec!["N", "Nm", "Name"]), 0..3),
        prop::collection::btree_set(prop::sample::select(ARTICLES.to_vec()), 1..3),
        prop::option::of(prop::sample::select(vec!["RUS", "PRK"])),
        prop::option::of(prop::sample::select(vec!["city", "subdivision"])),
    )
        .prop_map(
            |(i, name, mentions, aliases, articles, country, kind)| Node {
                id: IDS[i].into(),
                node_type: IDS[i].split(':').next().unwrap().into(),
                name: name.into(),
                mentions,
                aliases: aliases.into_iter().map(str::to_string).collect(),
                country: country.map(str::to_string),
                articles: articles.into_iter().map(str::to_string).collect(),
                attributes: kind
                    .map(|k| BTreeMap::from([("kind".to_string(), Value::from(k))]))
                    .unwrap_or_default(),
            },
        )
}

fn edge() -> impl Strategy<Value = (usize, usize, Edge)> {
    let evidence = (
        0..ARTICLES.len(),
        0usize..3,
        prop::sample::select(vec!["s", "t"]),
    )
        .prop_map(|(a, s, text)| Evidence {
            article: ARTICLES[a].into(),
            sentence: s,
            start: s * 10,
            end: s * 10 + 5,
            text: text.into(),
        });
    (
        (0..IDS.len(), 0..IDS.len()),
        prop::sample::select(vec![
            ("verb", "meet"),
            ("verb", "praise"),
            ("cooccurrence", "co-occurs"),
        ]),
        (
            any::<bool>(),
            prop::option::of(prop::sample::select(vec!["future", "modal"])),
        ),
        prop::option::of(prop::sample::select(vec!["CONSULT", "SUPPORT"])),
        prop::collection::vec(evidence, 0..3),
        0u64..3,
        (
            prop::option::of(prop::sample::select(vec!["2024-01-01", "2024-03-01"])),
            prop::option::of(prop::sample::select(vec!["2024-02-01", "2024-04-01"])),
        ),
    )
        .prop_map(
            |(
                (s, t),
                (kind, label),
                (negated, mood),
                category,
                evidence,
                surplus,
                (first, last),
            )| {
                let weight = evidence.len() as u64 + surplus;
                (
                    s,
                    t,
                    Edge {
                        source: IDS[s].into(),
                        target: IDS[t].into(),
                        kind: kind.into(),
                        label: label.into(),
                        category: category.map(str::to_string),
                        directed: kind != "cooccurrence",
                        negated,
                        mood: mood.map(str::to_string),
                        attributed_to: None,
                        first_seen: first.map(str::to_string),
                        last_seen: last.map(str::to_string),
                        weight,
                        evidence,
                    },
                )
            },
        )
}

/// A small random graph: a few articles, nodes from a shared pool of ids
/// (so graphs overlap and disagree), and edges between its nodes.
fn graph() -> impl Strategy<Value = Graph> {
    (
        prop::collection::vec(article(), 0..3),
        prop::collection::vec(node(), 0..5),
        prop::collection::vec(edge(), 0..6),
    )
        .prop_map(|(articles, nodes, edges)| {
            let mut g = Graph::new();
            articles.into_iter().for_each(|a| g.add_article(a));
            nodes.into_iter().for_each(|n| g.add_node(n));
            for (s, t, e) in edges {
                if g.node(IDS[s]).is_some() && g.node(IDS[t]).is_some() {
                    g.add_edge(e);
                }
            }
            g
        })
}

fn merged(graphs: &[&Graph]) -> Graph {
    Graph::merged(graphs.iter().map(|g| (*g).clone()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn merge_is_commutative(a in graph(), b in graph()) {
        prop_assert_eq!(json::to_string(&merged(&[&a, &b])), json::to_string(&merged(&[&b, &a])));
    }

    #[test]
    fn merge_is_associative(a in graph(), b in graph(), c in graph()) {
        let left = merged(&[&merged(&[&a, &b]), &c]);
        let right = merged(&[&a, &merged(&[&b, &c])]);
        prop_assert_eq!(json::to_string(&left), json::to_string(&right));
    }

    #[test]
    fn merge_survives_a_json_round_trip(a in graph(), b in graph()) {
        // What `nergraph merge` does: read saved graphs, merge them.
        let saved = |g: &Graph| json::from_str("g.json", &json::to_string(g)).unwrap();
        prop_assert_eq!(
            json::to_string(&merged(&[&saved(&a), &saved(&b)])),
            json::to_string(&merged(&[&a, &b]))
        );
    }

    #[test]
    fn the_empty_graph_is_neutral(a in graph()) {
        prop_assert_eq!(json::to_string(&merged(&[&a, &Graph::new()])), json::to_string(&a));
    }
}

/// The corpus as per-article graphs, split into three JSON Lines files.
fn corpus_parts(d: &Dir) -> [std::path::PathBuf; 3] {
    let c = corpus();
    let lines = ok(&[
        "extract",
        arg(&c),
        arg(&c.join("wires.jsonl")),
        "--per-article",
    ]);
    let text = String::from_utf8(lines).unwrap();
    let all: Vec<&str> = text.lines().collect();
    let third = all.len() / 3;
    let parts = [&all[..third], &all[third..2 * third], &all[2 * third..]];
    let mut paths = parts
        .iter()
        .enumerate()
        .map(|(i, p)| d.file(&format!("part{i}.jsonl"), p.join("\n") + "\n"));
    [
        paths.next().unwrap(),
        paths.next().unwrap(),
        paths.next().unwrap(),
    ]
}

#[test]
fn merging_the_corpus_in_any_order_and_grouping_gives_the_same_bytes() {
    let d = Dir::new();
    let [a, b, c] = corpus_parts(&d);
    let ab = d.path("ab.json");
    let bc = d.path("bc.json");
    ok(&["merge", arg(&a), arg(&b), "-o", arg(&ab)]);
    ok(&["merge", arg(&b), arg(&c), "-o", arg(&bc)]);
    let left = ok(&["merge", arg(&ab), arg(&c)]);
    let right = ok(&["merge", arg(&a), arg(&bc)]);
    let flat = ok(&["merge", arg(&a), arg(&b), arg(&c)]);
    let reversed = ok(&["merge", arg(&c), arg(&b), arg(&a)]);
    assert_eq!(left, right);
    assert_eq!(left, flat);
    assert_eq!(left, reversed);
    // And equal to extracting the whole corpus into one graph.
    let corpus_dir = corpus();
    let whole = ok(&[
        "extract",
        arg(&corpus_dir),
        arg(&corpus_dir.join("wires.jsonl")),
    ]);
    assert_eq!(left, whole);
}

#[test]
fn max_evidence_trims_evidence_but_not_weights_in_any_grouping() {
    let d = Dir::new();
    let [a, b, c] = corpus_parts(&d);
    let ab = d.path("ab.json");
    ok(&[
        "merge",
        arg(&a),
        arg(&b),
        "--max-evidence",
        "1",
        "-o",
        arg(&ab),
    ]);
    let grouped = ok(&["merge", arg(&ab), arg(&c), "--max-evidence", "1"]);
    let reversed = ok(&["merge", arg(&c), arg(&b), arg(&a), "--max-evidence", "1"]);
    assert_eq!(grouped, reversed);
    let corpus_dir = corpus();
    let whole = ok(&[
        "extract",
        arg(&corpus_dir),
        arg(&corpus_dir.join("wires.jsonl")),
        "--max-evidence",
        "1",
    ]);
    assert_eq!(grouped, whole);
    // The same edges as without a limit, with the same weights; only the
    // evidence is cut, to its first item.
    let full: Value = serde_json::from_slice(&ok(&["merge", arg(&a), arg(&b), arg(&c)])).unwrap();
    let trimmed: Value = serde_json::from_slice(&grouped).unwrap();
    let (full, trimmed) = (
        full["edges"].as_array().unwrap(),
        trimmed["edges"].as_array().unwrap(),
    );
    assert_eq!(full.len(), trimmed.len());
    assert!(full
        .iter()
        .any(|e| e["evidence"].as_array().unwrap().len() > 1));
    for (f, t) in full.iter().zip(trimmed) {
        assert_eq!(f["weight"], t["weight"]);
        assert_eq!(
            t["evidence"].as_array().unwrap()[..],
            f["evidence"].as_array().unwrap()[..1]
        );
    }
}

#[test]
fn merge_unites_evidence_and_sums_weights() {
    let c = corpus();
    let d = Dir::new();
    let wire = d.path("wire.json");
    let daily = d.path("daily.json");
    ok(&["extract", arg(&c.join("summit-wire.txt")), "-o", arg(&wire)]);
    ok(&[
        "extract",
        arg(&c.join("summit-daily.txt")),
        "-o",
        arg(&daily),
    ]);
    let g = ok_json(&["merge", arg(&wire), arg(&daily)]);
    let (w, dly) = (
        ok_json(&["merge", arg(&wire)]),
        ok_json(&["merge", arg(&daily)]),
    );
    let key = |e: &Value| {
        format!(
            "{} {} {} {} {} {} {}",
            e["source"],
            e["target"],
            e["kind"],
            e["label"],
            e["negated"],
            e["mood"],
            e["attributed_to"]
        )
    };
    let weight = |g: &Value, k: &str| {
        g["edges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| key(e) == k)
            .map_or(0, |e| e["weight"].as_u64().unwrap())
    };
    for e in g["edges"].as_array().unwrap() {
        let k = key(e);
        assert_eq!(
            e["weight"].as_u64().unwrap(),
            weight(&w, &k) + weight(&dly, &k),
            "{k}"
        );
        assert_eq!(
            e["evidence"].as_array().unwrap().len() as u64,
            e["weight"].as_u64().unwrap()
        );
    }
    let putin = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "person:vladimir-putin")
        .unwrap();
    assert_eq!(
        putin["articles"],
        serde_json::json!(["summit-daily", "summit-wire"])
    );
    // Merging a graph with itself warns that mentions are counted again.
    let out = run(&["merge", arg(&wire), arg(&wire)], None);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already in an earlier graph"));
}

#[test]
fn merge_writes_dot_and_reports_bad_input_with_its_line() {
    let c = corpus();
    let d = Dir::new();
    let lines = ok(&["extract", arg(&c.join("planted")), "--per-article"]);
    let good = d.file("g.jsonl", &lines);
    let dot = String::from_utf8(ok(&["merge", arg(&good), "-f", "dot"])).unwrap();
    assert!(dot.starts_with("digraph"));
    let first = json_lines(&lines)[0].to_string();
    let bad = d.file(
        "bad.jsonl",
        format!("{first}\n{{\"format\": \"nergraph\"\n"),
    );
    let out = run(&["merge", arg(&bad)], None);
    assert_eq!(out.status.code(), Some(1));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains(&format!("{}:2: invalid nergraph JSON", bad.display())),
        "{e}"
    );
    let missing = run(&["merge", "/nonexistent/graph.json"], None);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(run(&["merge"], None).status.code(), Some(2));
}
