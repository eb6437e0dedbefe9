//! JSON Lines: one record per line, tagged by `type`, with the object of the
//! graph format (`docs/graph-format.md`) under `data`:
//!
//! ```text
//! {"type":"article","data":{"id":"seed","source":"seed.txt","title":null,"date":null,"url":null}}
//! {"type":"node","data":{"id":"country:PRK","type":"country","name":"North Korea",...}}
//! {"type":"edge","data":{"source":"person:vladimir-putin","target":"country:PRK","kind":"verb",...}}
//! ```
//!
//! Articles come first, then nodes, then edges, each in the graph's sorted
//! order, so a reader can add edges as it goes. The node's own `type`
//! (`person`, ...) stays inside `data`, where it cannot clash with the tag.

use serde::Serialize;

use crate::graph::Graph;

#[derive(Serialize)]
struct Record<'a, T: Serialize> {
    #[serde(rename = "type")]
    kind: &'static str,
    data: &'a T,
}

fn line<T: Serialize>(out: &mut String, kind: &'static str, data: &T) {
    // Plain structs of strings, numbers and JSON values always serialize.
    out.push_str(&super::json_text(&Record { kind, data }, false));
    out.push('\n');
}

/// The graph as JSON Lines (each line ends in a newline).
pub fn to_string(graph: &Graph) -> String {
    let mut out = String::new();
    for a in graph.articles() {
        line(&mut out, "article", a);
    }
    for n in graph.nodes() {
        line(&mut out, "node", n);
    }
    for e in graph.edges() {
        line(&mut out, "edge", e);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Extractor};

    #[test]
    fn one_tagged_record_per_line() {
        let x = Extractor::builtin().unwrap();
        let g = x.extract(&Article::new("t", "Vladimir Putin praised Kim Jong Un."));
        let s = to_string(&g);
        let lines: Vec<serde_json::Value> = s
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 1 + g.node_count() + g.edge_count());
        assert_eq!(lines[0]["type"], "article");
        assert_eq!(lines[1]["type"], "node");
        assert_eq!(lines[1]["data"]["type"], "person");
        assert_eq!(lines.last().unwrap()["type"], "edge");
    }
}
