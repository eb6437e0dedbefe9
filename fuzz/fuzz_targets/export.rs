//! Every exporter on graphs whose strings are arbitrary.
//!
//! Names, aliases, ids and evidence come from scraped text, so any string can
//! reach an exporter. Each output must still parse as its format (JSON, DOT,
//! XML), keep its record structure (CSV), never start a CSV cell with a
//! spreadsheet formula character, and never let data close the HTML page's
//! script element.
#![no_main]

use std::collections::{BTreeMap, BTreeSet};

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use nergraph::export::{self, json, Dialect, Format, Output};
use nergraph::graph::{ArticleInfo, Edge, Evidence, Node};
use nergraph::Graph;

#[path = "../../tests/util/csv.rs"]
mod csv;

#[derive(Arbitrary, Debug)]
struct FuzzNode {
    id: String,
    name: String,
    kind: String,
    aliases: Vec<String>,
    country: Option<String>,
    attributes: Vec<(String, String)>,
}

#[derive(Arbitrary, Debug)]
struct FuzzEdge {
    source: u8,
    target: u8,
    kind: String,
    label: String,
    category: Option<String>,
    directed: bool,
    negated: bool,
    mood: Option<String>,
    by: Option<u8>,
    seen: Option<String>,
    evidence: Vec<(String, String)>,
}

#[derive(Arbitrary, Debug)]
struct FuzzGraph {
    articles: Vec<(String, Option<String>, Option<String>)>,
    nodes: Vec<FuzzNode>,
    edges: Vec<FuzzEdge>,
}

fn build(f: FuzzGraph) -> Graph {
    let mut g = Graph::new();
    for (id, title, url) in f.articles {
        g.add_article(ArticleInfo {
            source: id.clone(),
            id,
            title,
            url,
            ..ArticleInfo::default()
        });
    }
    let ids: Vec<String> = f.nodes.iter().map(|n| n.id.clone()).collect();
    for n in f.nodes {
        g.add_node(Node {
            id: n.id,
            node_type: n.kind,
            name: n.name,
            mentions: 1,
            aliases: n.aliases.into_iter().collect(),
            country: n.country,
            articles: BTreeSet::new(),
            attributes: n
                .attributes
                .into_iter()
                .map(|(k, v)| (k, serde_json::Value::String(v)))
                .collect::<BTreeMap<_, _>>(),
        });
    }
    if ids.is_empty() {
        return g;
    }
    let pick = |i: u8| ids[i as usize % ids.len()].clone();
    for e in f.edges {
        let evidence: Vec<Evidence> = e
            .evidence
            .into_iter()
            .map(|(article, text)| Evidence {
                article,
                sentence: 0,
                start: 0,
                end: text.len(),
                text,
            })
            .collect();
        g.add_edge(Edge {
            source: pick(e.source),
            target: pick(e.target),
            kind: e.kind,
            label: e.label,
            category: e.category,
            directed: e.directed,
            negated: e.negated,
            mood: e.mood,
            attributed_to: e.by.map(pick),
            first_seen: e.seen.clone(),
            last_seen: e.seen,
            weight: evidence.len().max(1) as u64,
            evidence,
        });
    }
    g
}

fn text(out: Output) -> String {
    match out {
        Output::Text(s) => s,
        Output::Files(_) => unreachable!("only CSV writes several files"),
    }
}

fn check_csv(name: &str, contents: &str) {
    let records = csv::records(contents).unwrap_or_else(|| panic!("{name} is not valid CSV"));
    let width = records[0].len();
    for r in &records[1..] {
        assert_eq!(
            r.len(),
            width,
            "{name}: a record has the wrong number of fields"
        );
        for f in r {
            assert!(
                !f.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{name}: cell {f:?} could run as a spreadsheet formula"
            );
        }
    }
}

fuzz_target!(|f: FuzzGraph| {
    let g = build(f);

    let j = json::to_string(&g);
    let back = json::from_str("fuzz", &j).expect("JSON export reads back");
    assert_eq!(json::to_string(&back), j);

    let dot = text(export::export(&g, Format::Dot));
    graphviz_rust::parse(&dot).expect("DOT export parses");

    let graphml = text(export::export(&g, Format::Graphml));
    let doc = roxmltree::Document::parse(&graphml).expect("GraphML is well-formed XML");
    let nodes = doc.descendants().filter(|n| n.has_tag_name("node")).count();
    assert_eq!(nodes, g.node_count());

    let node_link = text(export::export(&g, Format::NodeLink));
    serde_json::from_str::<serde_json::Value>(&node_link).expect("node-link is JSON");
    for line in text(export::export(&g, Format::Jsonl)).lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("each JSON Lines record is JSON");
    }

    for dialect in [Dialect::Neo4j, Dialect::Kuzu] {
        text(export::export(&g, Format::Cypher(dialect)));
    }

    let Output::Files(files) = export::export(&g, Format::Neo4jCsv) else {
        panic!("CSV export writes files");
    };
    for (name, contents) in &files {
        check_csv(name, contents);
    }

    let html = text(export::export(&g, Format::Html));
    let empty = text(export::export(&Graph::new(), Format::Html));
    let closes = |s: &str| s.to_ascii_lowercase().matches("</script").count();
    assert_eq!(
        closes(&html),
        closes(&empty),
        "data closed a script element"
    );
    assert_eq!(html.matches("<!--").count(), empty.matches("<!--").count());
});
