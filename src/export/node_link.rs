//! NetworkX node-link JSON, the shape `networkx.node_link_graph` reads
//! (NetworkX 3.4 and later name the edge list `edges`; 3.6 reads it by
//! default):
//!
//! ```text
//! {"directed": true, "multigraph": true,
//!  "graph": {"format": "nergraph", "version": 1, "articles": [...]},
//!  "nodes": [{"id": "person:vladimir-putin", "type": "person", ...}],
//!  "edges": [{"source": "...", "target": "...", "key": "verb/praise", "kind": "verb", ...}]}
//! ```
//!
//! Nodes and edges are the objects of the graph format, so their attributes
//! in NetworkX are exactly the graph's. The graph is a directed multigraph:
//! two entities can be linked by several relations, told apart by `key`
//! ([`super::edge_key`]); co-occurrence edges keep `directed: false`.

use serde::Serialize;

use super::edge_key;
use crate::graph::{ArticleInfo, Edge, Graph, Node};

#[derive(Serialize)]
struct Document<'a> {
    directed: bool,
    multigraph: bool,
    graph: Meta<'a>,
    nodes: Vec<&'a Node>,
    edges: Vec<Link<'a>>,
}

#[derive(Serialize)]
struct Meta<'a> {
    format: &'static str,
    version: u32,
    articles: Vec<&'a ArticleInfo>,
}

#[derive(Serialize)]
struct Link<'a> {
    #[serde(flatten)]
    edge: &'a Edge,
    key: String,
}

/// The graph as pretty-printed node-link JSON, ending in a newline.
pub fn to_string(graph: &Graph) -> String {
    let doc = Document {
        directed: true,
        multigraph: true,
        graph: Meta {
            format: super::json::FORMAT,
            version: super::json::VERSION,
            articles: graph.articles(),
        },
        nodes: graph.nodes(),
        edges: graph
            .edges()
            .into_iter()
            .map(|edge| Link {
                edge,
                key: edge_key(edge),
            })
            .collect(),
    };
    // Plain structs of strings, numbers and JSON values always serialize.
    let mut s = super::json_text(&doc, true);
    s.push('\n');
    s
}
