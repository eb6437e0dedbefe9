//! `nergraph similarity`: the same story told by different outlets comes
//! out similar, from per-article graphs or a merged graph alike.

use serde_json::Value;

use crate::util::{arg, corpus, ok, ok_json, run, Dir};

fn per_article(d: &Dir) -> String {
    let c = corpus();
    let p = d.path("graphs.jsonl");
    ok(&["extract", arg(&c), "--per-article", "-o", arg(&p)]);
    arg(&p).to_string()
}

fn pair_ids(j: &Value) -> Vec<(String, String)> {
    j["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["a"].as_str().unwrap().to_string(),
                p["b"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_same_summit_told_three_ways_is_similar() {
    let d = Dir::new();
    let graphs = per_article(&d);
    let j = ok_json(&["similarity", &graphs, "--format", "json", "--pairs", "100"]);
    let articles: Vec<&str> = j["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    let at = |id: &str| articles.iter().position(|a| *a == id).unwrap();
    let m = &j["matrix"];
    let sim = |a: &str, b: &str| m[at(a)][at(b)].as_f64().unwrap();
    for (i, _) in articles.iter().enumerate() {
        assert_eq!(m[i][i], 1.0);
        for (k, _) in articles.iter().enumerate() {
            assert_eq!(m[i][k], m[k][i]);
        }
    }
    // Each telling of the summit is closer to the others than to any
    // article about another story.
    let summit = ["summit-wire", "summit-daily", "summit-review"];
    for a in summit {
        let nearest_other = articles
            .iter()
            .filter(|x| !summit.contains(x) && !x.starts_with("planted/"))
            .map(|x| sim(a, x))
            .fold(0.0, f64::max);
        for b in summit.iter().filter(|b| **b != a) {
            assert!(
                sim(a, b) > nearest_other,
                "{a} ~ {b}: {} <= {nearest_other}",
                sim(a, b)
            );
        }
    }
    let pairs = pair_ids(&j);
    assert!(
        pairs.contains(&("summit-daily".into(), "summit-wire".into())),
        "{pairs:?}"
    );
    let p = j["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["a"] == "summit-daily" && p["b"] == "summit-wire")
        .unwrap();
    let shared: Vec<&str> = p["shared_entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap())
        .collect();
    assert!(shared.contains(&"person:vladimir-putin") && shared.contains(&"person:kim-jong-un"));
    assert!(!p["shared_relations"].as_array().unwrap().is_empty());
}

#[test]
fn a_merged_graph_splits_into_the_same_matrix() {
    let d = Dir::new();
    let graphs = per_article(&d);
    let merged = d.path("merged.json");
    ok(&["merge", &graphs, "-o", arg(&merged)]);
    for measure in ["nodes", "edges", "pairs"] {
        let from_lines = ok(&[
            "similarity",
            &graphs,
            "--format",
            "csv",
            "--measure",
            measure,
        ]);
        let from_merged = ok(&[
            "compare",
            arg(&merged),
            "--format",
            "csv",
            "--measure",
            measure,
        ]);
        assert_eq!(from_lines, from_merged, "measure {measure}");
    }
}

#[test]
fn csv_and_text_output() {
    let d = Dir::new();
    let graphs = per_article(&d);
    let csv = String::from_utf8(ok(&["similarity", &graphs, "--format", "csv"])).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    let n = rows.len() - 1;
    assert!(rows[0].starts_with("article,"));
    assert_eq!(rows[0].split(',').count(), n + 1);
    assert!(rows[1..].iter().all(|r| r.split(',').count() == n + 1));
    let text = String::from_utf8(ok(&["similarity", &graphs])).unwrap();
    assert!(text.contains("shared entities:"), "{text}");
    assert!(text.contains("summit-daily  ~  summit-wire"), "{text}");
}

#[test]
fn an_article_given_twice_is_an_error() {
    let d = Dir::new();
    let graphs = per_article(&d);
    let out = run(&["similarity", &graphs, &graphs], None);
    assert_eq!(out.status.code(), Some(1));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("is also in"), "{e}");
    let out = run(&["similarity", &graphs, "--threshold", "2"], None);
    assert_eq!(out.status.code(), Some(2));
}
