//! Differences between two graphs: what one has that the other lacks, what
//! both have but count differently, and how alike they are.
//!
//! Nodes are matched by id and edges by identity ([`Edge::key`]), the same
//! keys [`merge`](super::merge) uses, so "only in A" means exactly "what
//! merging B into A would not add". Two views are added that identity alone
//! misses:
//!
//! * *relabelled pairs*: two entities related in both graphs, but with
//!   different relations ("praised" in one outlet, "criticized" in another);
//! * Jaccard similarity of the node sets, of the edge sets by identity, and
//!   of the edge sets as unordered node pairs, which ignores labels and
//!   direction and so measures "who is connected to whom" only.
//!
//! Articles are not compared: two articles' graphs always have different
//! article ids, which is not a difference in what they say.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use serde::Serialize;
use serde_json::{json, Value};

use super::similarity::jaccard;
use super::{Edge, EdgeKey, Graph, Node};

/// The differences between graph A and graph B.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Diff {
    /// Nodes only in A.
    pub nodes_only_a: Vec<NodeSummary>,
    /// Nodes only in B.
    pub nodes_only_b: Vec<NodeSummary>,
    /// Nodes in both whose mentions, name, type or country differ.
    pub nodes_changed: Vec<Change>,
    /// Edges only in A.
    pub edges_only_a: Vec<EdgeSummary>,
    /// Edges only in B.
    pub edges_only_b: Vec<EdgeSummary>,
    /// Edges in both whose weight, category or direction differ.
    pub edges_changed: Vec<Change>,
    /// Node pairs related in both graphs by different relations (other than
    /// co-occurrence).
    pub relabelled: Vec<Relabelled>,
    /// How alike the graphs are.
    pub similarity: Similarity,
}

/// A node, as listed in a diff.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NodeSummary {
    /// Node id.
    pub id: String,
    /// Node type.
    #[serde(rename = "type")]
    pub node_type: String,
    /// Canonical name.
    pub name: String,
    /// Mentions.
    pub mentions: u64,
}

/// An edge, as listed in a diff: its identity and weight, no evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EdgeSummary {
    /// Source node id.
    pub source: String,
    /// Target node id.
    pub target: String,
    /// Edge kind.
    pub kind: String,
    /// Relation label.
    pub label: String,
    /// Negated relation.
    pub negated: bool,
    /// Mood, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mood: Option<String>,
    /// Whose claim, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<String>,
    /// Directed edge.
    pub directed: bool,
    /// Weight.
    pub weight: u64,
    /// One-line description (see [`Edge::describe`]).
    pub text: String,
}

/// A node or edge present in both graphs with different values.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// Node id, or the edge's one-line description.
    pub id: String,
    /// Field name → `[value in A, value in B]`.
    pub fields: BTreeMap<String, [Value; 2]>,
}

/// A node pair whose relations differ between the graphs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Relabelled {
    /// The smaller node id.
    pub a: String,
    /// The larger node id.
    pub b: String,
    /// Relations between them in graph A (`not ` prefixed when negated).
    pub labels_a: Vec<String>,
    /// Relations between them in graph B.
    pub labels_b: Vec<String>,
}

/// Jaccard similarities, in [0, 1]; 1 when both sets are empty.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Similarity {
    /// Of the node id sets.
    pub nodes: f64,
    /// Of the edge sets, by identity.
    pub edges: f64,
    /// Of the unordered node pairs that have any edge.
    pub pairs: f64,
}

impl Diff {
    /// True when the graphs have the same nodes and edges with the same
    /// values (articles and evidence are not compared).
    pub fn is_empty(&self) -> bool {
        self.nodes_only_a.is_empty()
            && self.nodes_only_b.is_empty()
            && self.nodes_changed.is_empty()
            && self.edges_only_a.is_empty()
            && self.edges_only_b.is_empty()
            && self.edges_changed.is_empty()
            && self.relabelled.is_empty()
    }

    /// The diff as pretty JSON with the two graphs' names, ending in a
    /// newline.
    pub fn to_json(&self, name_a: &str, name_b: &str) -> String {
        let doc = json!({
            "a": name_a,
            "b": name_b,
            "identical": self.is_empty(),
            "nodes": {
                "only_a": self.nodes_only_a,
                "only_b": self.nodes_only_b,
                "changed": self.nodes_changed,
            },
            "edges": {
                "only_a": self.edges_only_a,
                "only_b": self.edges_only_b,
                "changed": self.edges_changed,
            },
            "relabelled": self.relabelled,
            "similarity": {
                "nodes": round(self.similarity.nodes),
                "edges": round(self.similarity.edges),
                "pairs": round(self.similarity.pairs),
            },
        });
        let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
        s.push('\n');
        s
    }

    /// A human-readable report; `colour` adds ANSI colours (red for A only,
    /// green for B only, yellow for changes).
    pub fn to_text(&self, name_a: &str, name_b: &str, colour: bool) -> String {
        let paint = |code: &str, s: &str| {
            if colour {
                format!("\x1b[{code}m{s}\x1b[0m")
            } else {
                s.to_string()
            }
        };
        let mut out = String::new();
        let _ = writeln!(out, "{}", paint("1", &format!("--- {name_a}")));
        let _ = writeln!(out, "{}", paint("1", &format!("+++ {name_b}")));
        let mut section = |title: String, lines: Vec<String>, code: &str| {
            if lines.is_empty() {
                return;
            }
            let _ = writeln!(out, "\n{title} ({}):", lines.len());
            for l in lines {
                let _ = writeln!(out, "  {}", paint(code, &l));
            }
        };
        let node = |sign: char, n: &NodeSummary| {
            format!(
                "{sign} {}  {} ({}, {} mentions)",
                n.id, n.name, n.node_type, n.mentions
            )
        };
        let edge = |sign: char, e: &EdgeSummary| format!("{sign} {}  weight {}", e.text, e.weight);
        let change = |c: &Change| {
            let fields: Vec<String> = c
                .fields
                .iter()
                .map(|(k, [a, b])| format!("{k} {a} -> {b}"))
                .collect();
            format!("~ {}  {}", c.id, fields.join(", "))
        };
        section(
            format!("nodes only in {name_a}"),
            self.nodes_only_a.iter().map(|n| node('-', n)).collect(),
            "31",
        );
        section(
            format!("nodes only in {name_b}"),
            self.nodes_only_b.iter().map(|n| node('+', n)).collect(),
            "32",
        );
        section(
            "nodes in both, changed".into(),
            self.nodes_changed.iter().map(change).collect(),
            "33",
        );
        section(
            format!("edges only in {name_a}"),
            self.edges_only_a.iter().map(|e| edge('-', e)).collect(),
            "31",
        );
        section(
            format!("edges only in {name_b}"),
            self.edges_only_b.iter().map(|e| edge('+', e)).collect(),
            "32",
        );
        section(
            "edges in both, changed".into(),
            self.edges_changed.iter().map(change).collect(),
            "33",
        );
        section(
            "pairs related differently".into(),
            self.relabelled
                .iter()
                .map(|r| {
                    format!(
                        "~ {} / {}: {} -> {}",
                        r.a,
                        r.b,
                        r.labels_a.join(", "),
                        r.labels_b.join(", ")
                    )
                })
                .collect(),
            "33",
        );
        if self.is_empty() {
            let _ = writeln!(out, "\nno differences");
        }
        let s = self.similarity;
        let _ = writeln!(
            out,
            "\nsimilarity (Jaccard): nodes {:.4}, edges {:.4}, node pairs {:.4}",
            s.nodes, s.edges, s.pairs
        );
        out
    }
}

/// Compares graph `a` with graph `b`.
pub fn diff(a: &Graph, b: &Graph) -> Diff {
    let mut d = Diff::default();
    let node_ids =
        |g: &Graph| -> BTreeSet<String> { g.nodes().iter().map(|n| n.id.clone()).collect() };
    let (na, nb) = (node_ids(a), node_ids(b));
    for n in a.nodes() {
        match b.node(&n.id) {
            None => d.nodes_only_a.push(node_summary(n)),
            Some(m) => {
                let fields = node_changes(n, m);
                if !fields.is_empty() {
                    d.nodes_changed.push(Change {
                        id: n.id.clone(),
                        fields,
                    });
                }
            }
        }
    }
    d.nodes_only_b = b
        .nodes()
        .into_iter()
        .filter(|n| a.node(&n.id).is_none())
        .map(node_summary)
        .collect();
    for e in a.edges() {
        match b.edge(&e.key()) {
            None => d.edges_only_a.push(edge_summary(e)),
            Some(f) => {
                let fields = edge_changes(e, f);
                if !fields.is_empty() {
                    d.edges_changed.push(Change {
                        id: e.describe(),
                        fields,
                    });
                }
            }
        }
    }
    d.edges_only_b = b
        .edges()
        .into_iter()
        .filter(|e| a.edge(&e.key()).is_none())
        .map(edge_summary)
        .collect();
    d.relabelled = relabelled(a, b);
    let edge_keys =
        |g: &Graph| -> BTreeSet<EdgeKey> { g.edges().iter().map(|e| e.key()).collect() };
    d.similarity = Similarity {
        nodes: jaccard(&na, &nb),
        edges: jaccard(&edge_keys(a), &edge_keys(b)),
        pairs: jaccard(&pairs(a), &pairs(b)),
    };
    d
}

/// Unordered node pairs that have at least one edge.
pub fn pairs(g: &Graph) -> BTreeSet<(String, String)> {
    g.edges().iter().map(|e| pair(e)).collect()
}

fn pair(e: &Edge) -> (String, String) {
    if e.source <= e.target {
        (e.source.clone(), e.target.clone())
    } else {
        (e.target.clone(), e.source.clone())
    }
}

fn relabelled(a: &Graph, b: &Graph) -> Vec<Relabelled> {
    let labels = |g: &Graph| {
        let mut m: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
        for e in g.edges().into_iter().filter(|e| e.kind != "cooccurrence") {
            let mut l = String::new();
            if e.negated {
                l.push_str("not ");
            }
            l.push_str(&e.label);
            m.entry(pair(e)).or_default().insert(l);
        }
        m
    };
    let (la, lb) = (labels(a), labels(b));
    la.into_iter()
        .filter_map(|(p, x)| {
            let y = lb.get(&p)?;
            (x != *y).then(|| Relabelled {
                a: p.0,
                b: p.1,
                labels_a: x.into_iter().collect(),
                labels_b: y.iter().cloned().collect(),
            })
        })
        .collect()
}

fn node_summary(n: &Node) -> NodeSummary {
    NodeSummary {
        id: n.id.clone(),
        node_type: n.node_type.clone(),
        name: n.name.clone(),
        mentions: n.mentions,
    }
}

fn edge_summary(e: &Edge) -> EdgeSummary {
    EdgeSummary {
        source: e.source.clone(),
        target: e.target.clone(),
        kind: e.kind.clone(),
        label: e.label.clone(),
        negated: e.negated,
        mood: e.mood.clone(),
        attributed_to: e.attributed_to.clone(),
        directed: e.directed,
        weight: e.weight,
        text: e.describe(),
    }
}

fn node_changes(a: &Node, b: &Node) -> BTreeMap<String, [Value; 2]> {
    let mut m = BTreeMap::new();
    if a.mentions != b.mentions {
        m.insert("mentions".into(), [a.mentions.into(), b.mentions.into()]);
    }
    if a.name != b.name {
        m.insert(
            "name".into(),
            [a.name.clone().into(), b.name.clone().into()],
        );
    }
    if a.node_type != b.node_type {
        m.insert(
            "type".into(),
            [a.node_type.clone().into(), b.node_type.clone().into()],
        );
    }
    if a.country != b.country {
        m.insert(
            "country".into(),
            [a.country.clone().into(), b.country.clone().into()],
        );
    }
    m
}

fn edge_changes(a: &Edge, b: &Edge) -> BTreeMap<String, [Value; 2]> {
    let mut m = BTreeMap::new();
    if a.weight != b.weight {
        m.insert("weight".into(), [a.weight.into(), b.weight.into()]);
    }
    if a.category != b.category {
        m.insert(
            "category".into(),
            [a.category.clone().into(), b.category.clone().into()],
        );
    }
    if a.directed != b.directed {
        m.insert("directed".into(), [a.directed.into(), b.directed.into()]);
    }
    m
}

/// Rounds to 4 decimals, for stable, readable JSON.
pub(crate) fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Extractor};

    #[test]
    fn a_graph_equals_itself() {
        let x = Extractor::builtin().unwrap();
        let g = x.extract(&Article::new("t", "Vladimir Putin praised Kim Jong Un."));
        let d = diff(&g, &g);
        assert!(d.is_empty());
        assert_eq!(d.similarity.nodes, 1.0);
        assert_eq!(d.similarity.edges, 1.0);
        assert!(d.to_text("a", "a", false).contains("no differences"));
    }

    #[test]
    fn planted_differences_are_found() {
        let x = Extractor::builtin().unwrap();
        let a = x.extract(&Article::new("a", "Vladimir Putin praised Kim Jong Un."));
        let b = x.extract(&Article::new(
            "b",
            "Vladimir Putin criticized Kim Jong Un. Chile met Peru.",
        ));
        let d = diff(&a, &b);
        assert!(d.nodes_only_a.is_empty());
        let only_b: Vec<&str> = d.nodes_only_b.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(only_b, vec!["country:CHL", "country:PER"]);
        assert_eq!(d.relabelled.len(), 1);
        assert_eq!(d.relabelled[0].labels_a, vec!["praise"]);
        assert_eq!(d.similarity.nodes, 0.5);
    }
}
