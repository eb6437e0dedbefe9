//! The nergraph JSON graph, version 1 (see `docs/graph-format.md`).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::graph::{ArticleInfo, Edge, Graph, Node};

/// Value of the top-level `format` field.
pub const FORMAT: &str = "nergraph";
/// Current format version.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    format: &'static str,
    version: u32,
    articles: Vec<&'a ArticleInfo>,
    nodes: Vec<&'a Node>,
    edges: Vec<&'a Edge>,
}

#[derive(Deserialize)]
struct OwnedDocument {
    format: String,
    version: u32,
    articles: Vec<ArticleInfo>,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

fn document(graph: &Graph) -> Document<'_> {
    Document {
        format: FORMAT,
        version: VERSION,
        articles: graph.articles(),
        nodes: graph.nodes(),
        edges: graph.edges(),
    }
}

/// The graph as pretty-printed JSON, ending in a newline.
pub fn to_string(graph: &Graph) -> String {
    let mut s = super::json_text(&document(graph), true);
    s.push('\n');
    s
}

/// The graph as one line of compact JSON ending in a newline: one record of
/// a JSON Lines file of graphs (`extract --per-article`). It parses to the
/// same value as [`to_string`].
pub fn to_line(graph: &Graph) -> String {
    let mut s = super::json_text(&document(graph), false);
    s.push('\n');
    s
}

/// Reads a JSON graph written by [`to_string`]. `origin` names it in errors.
pub fn from_str(origin: &str, text: &str) -> Result<Graph> {
    let doc: OwnedDocument = serde_json::from_str(text).map_err(|source| Error::Json {
        path: origin.to_string(),
        source,
    })?;
    if doc.format != FORMAT || doc.version != VERSION {
        return Err(Error::input(
            origin,
            format!(
                "not a nergraph graph of version {VERSION} (format '{}', version {})",
                doc.format, doc.version
            ),
        ));
    }
    let mut g = Graph::new();
    doc.articles.into_iter().for_each(|a| g.add_article(a));
    doc.nodes.into_iter().for_each(|n| g.add_node(n));
    for (i, e) in doc.edges.into_iter().enumerate() {
        for end in [&e.source, &e.target] {
            if g.node(end).is_none() {
                return Err(Error::input(
                    origin,
                    format!(
                        "edge {} ({}) refers to node '{end}', which is not in \"nodes\"; \
                         the file was changed by hand or cut short: extract it again",
                        i + 1,
                        e.describe()
                    ),
                ));
            }
        }
        g.add_edge(e);
    }
    Ok(g)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Extractor};

    #[test]
    fn round_trip_is_identical() {
        let x = Extractor::builtin().unwrap();
        let g = x.extract(&Article::new(
            "t",
            "Russia and China met. Vladimir Putin praised Kim Jong Un.",
        ));
        let s = to_string(&g);
        let back = from_str("t.json", &s).unwrap();
        assert_eq!(to_string(&back), s);
    }

    #[test]
    fn rejects_other_documents() {
        let e = from_str(
            "x.json",
            r#"{"format":"other","version":1,"articles":[],"nodes":[],"edges":[]}"#,
        );
        assert!(e.unwrap_err().to_string().contains("not a nergraph graph"));
        let e = from_str("x.json", "{");
        assert!(e
            .unwrap_err()
            .to_string()
            .starts_with("x.json: invalid nergraph JSON"));
    }
}
