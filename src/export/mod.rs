//! Stage 7: export — one file per output format.
//!
//! Every exporter reads the graph through [`crate::Graph::nodes`] and
//! [`crate::Graph::edges`], which are sorted, so output is byte-identical for
//! identical input. Every string that came from text is escaped for the
//! target format. [`export`] is the one dispatch over the graph formats;
//! [`graphviz`] lays a graph out as a picture with the Graphviz programs.
//! The formats and how to load each into its tool are described in
//! `docs/formats.md`.

pub mod cypher;
pub mod dot;
pub mod graphml;
pub mod graphviz;
pub mod html;
pub mod json;
pub mod jsonl;
pub mod mentions;
pub mod neo4j_csv;
pub mod node_link;

pub use cypher::Dialect;

use serde::Serialize;

use crate::graph::Edge;

/// `value` as compact JSON, or pretty-printed.
///
/// Every exporter serializes only the graph's own model types (strings,
/// numbers, booleans, and maps with string keys), for which serde_json
/// cannot fail; this is the one place that relies on it.
pub(crate) fn json_text<T: Serialize + ?Sized>(value: &T, pretty: bool) -> String {
    let text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    #[allow(
        clippy::expect_used,
        reason = "model types have string keys and infallible Serialize impls"
    )]
    text.expect("the graph's model types serialize")
}

/// Graph output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The nergraph JSON graph (`docs/graph-format.md`).
    Json,
    /// Graphviz DOT.
    Dot,
    /// GraphML with typed attribute keys (NetworkX, Gephi, yEd).
    Graphml,
    /// JSON Lines: one article, node or edge per line.
    Jsonl,
    /// NetworkX node-link JSON (`networkx.node_link_graph`).
    NodeLink,
    /// An idempotent Cypher script in the given dialect.
    Cypher(Dialect),
    /// `nodes.csv` and `relationships.csv` for `neo4j-admin database import`.
    Neo4jCsv,
    /// One self-contained interactive HTML page.
    Html,
}

/// An exported graph: one text, or several named files that belong in one
/// directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// One file (or standard output).
    Text(String),
    /// `(file name, contents)` pairs, written together into a directory.
    Files(Vec<(String, String)>),
}

/// Exports `graph` in `format`.
pub fn export(graph: &crate::Graph, format: Format) -> Output {
    let text = match format {
        Format::Json => json::to_string(graph),
        Format::Dot => dot::to_string(graph),
        Format::Graphml => graphml::to_string(graph),
        Format::Jsonl => jsonl::to_string(graph),
        Format::NodeLink => node_link::to_string(graph),
        Format::Cypher(dialect) => cypher::to_string(graph, dialect),
        Format::Html => html::to_string(graph),
        Format::Neo4jCsv => return Output::Files(neo4j_csv::files(graph)),
    };
    Output::Text(text)
}

/// A short key naming an edge among the edges between the same two nodes,
/// built from its identity: `kind/label`, then `/not` when negated,
/// `/mood=M` and `/by=ID` when present (`verb/praise`, `verb/attack/not`).
pub fn edge_key(e: &Edge) -> String {
    let mut key = format!("{}/{}", e.kind, e.label);
    if e.negated {
        key.push_str("/not");
    }
    if let Some(m) = &e.mood {
        key.push_str("/mood=");
        key.push_str(m);
    }
    if let Some(a) = &e.attributed_to {
        key.push_str("/by=");
        key.push_str(a);
    }
    key
}
