//! Summary statistics of a graph: what is in it, who is central, which
//! relations are strongest.
//!
//! Three views of centrality are given side by side because they answer
//! different questions: *degree* (how many distinct relations an entity
//! has), *weighted degree* (how much evidence those relations have), and
//! *PageRank* (petgraph's `page_rank`), which rewards being the target of
//! relations from entities that are themselves central. For PageRank,
//! directed relations point from subject to object and undirected ones
//! (co-occurrence) point both ways; parallel edges between the same two
//! entities count once, since petgraph's implementation does not take
//! weights.
//!
//! petgraph's PageRank takes time quadratic in the number of nodes, so it is
//! computed only up to [`PAGERANK_MAX_NODES`] nodes; on larger graphs it is
//! left out (filter the graph first, e.g. with `--top`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

use petgraph::algo::page_rank;
use petgraph::graph::DiGraph;
use serde::Serialize;

use super::diff::round;
use super::Graph;

/// PageRank is computed for graphs of at most this many nodes.
pub const PAGERANK_MAX_NODES: usize = 5_000;
/// Damping factor of PageRank.
pub const DAMPING: f64 = 0.85;
/// Iterations of PageRank.
pub const ITERATIONS: usize = 30;

/// What [`Stats::central`] is sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Centrality {
    /// Number of distinct edges.
    #[default]
    Degree,
    /// Sum of edge weights.
    WeightedDegree,
    /// PageRank (falls back to degree when not computed).
    Pagerank,
}

/// Counts and rankings of one graph.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Number of articles.
    pub articles: usize,
    /// Number of nodes.
    pub nodes: usize,
    /// Number of edges.
    pub edges: usize,
    /// Sum of edge weights (evidence items).
    pub evidence: u64,
    /// Nodes by type.
    pub nodes_by_type: BTreeMap<String, usize>,
    /// Edges by kind.
    pub edges_by_kind: BTreeMap<String, usize>,
    /// Labelled relations (other than co-occurrence) by label.
    pub edges_by_label: BTreeMap<String, usize>,
    /// What `central` is sorted by.
    pub sorted_by: Centrality,
    /// Whether PageRank was computed (see [`PAGERANK_MAX_NODES`]).
    pub pagerank_computed: bool,
    /// The most central entities.
    pub central: Vec<Central>,
    /// The relations with the most evidence (co-occurrence included).
    pub strongest: Vec<Strong>,
}

/// One entity's centrality.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Central {
    /// Node id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Node type.
    #[serde(rename = "type")]
    pub node_type: String,
    /// Mentions.
    pub mentions: u64,
    /// Number of distinct edges.
    pub degree: usize,
    /// Sum of edge weights.
    pub weighted_degree: u64,
    /// PageRank, rounded to 6 decimals; absent when not computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagerank: Option<f64>,
}

/// One strong relation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Strong {
    /// Source id.
    pub source: String,
    /// Target id.
    pub target: String,
    /// Kind.
    pub kind: String,
    /// Label.
    pub label: String,
    /// Weight.
    pub weight: u64,
    /// One-line description.
    pub text: String,
}

/// Statistics of `graph`, with the `limit` most central entities and
/// strongest relations.
pub fn stats(graph: &Graph, limit: usize, sort: Centrality) -> Stats {
    let nodes = graph.nodes();
    let edges = graph.edges();
    let mut nodes_by_type = BTreeMap::new();
    for n in &nodes {
        *nodes_by_type.entry(n.node_type.clone()).or_default() += 1;
    }
    let mut edges_by_kind = BTreeMap::new();
    let mut edges_by_label = BTreeMap::new();
    let mut degree: HashMap<&str, (usize, u64)> = HashMap::new();
    for e in &edges {
        *edges_by_kind.entry(e.kind.clone()).or_default() += 1;
        if e.kind != "cooccurrence" {
            *edges_by_label.entry(e.label.clone()).or_default() += 1;
        }
        for id in [&e.source, &e.target] {
            let d = degree.entry(id).or_default();
            d.0 += 1;
            d.1 += e.weight;
        }
    }
    let ranks = (nodes.len() <= PAGERANK_MAX_NODES).then(|| pagerank(graph));
    let mut central: Vec<Central> = nodes
        .iter()
        .map(|n| {
            let (d, w) = degree.get(n.id.as_str()).copied().unwrap_or_default();
            Central {
                id: n.id.clone(),
                name: n.name.clone(),
                node_type: n.node_type.clone(),
                mentions: n.mentions,
                degree: d,
                weighted_degree: w,
                pagerank: ranks
                    .as_ref()
                    .and_then(|r| r.get(n.id.as_str()))
                    .map(|&r| (r * 1e6).round() / 1e6),
            }
        })
        .collect();
    let key = |c: &Central| -> (f64, f64, f64) {
        let pr = c.pagerank.unwrap_or(0.0);
        match sort {
            Centrality::Degree => (c.degree as f64, c.weighted_degree as f64, pr),
            Centrality::WeightedDegree => (c.weighted_degree as f64, c.degree as f64, pr),
            Centrality::Pagerank => (pr, c.degree as f64, c.weighted_degree as f64),
        }
    };
    central.sort_by(|a, b| {
        let (ka, kb) = (key(a), key(b));
        kb.0.total_cmp(&ka.0)
            .then(kb.1.total_cmp(&ka.1))
            .then(kb.2.total_cmp(&ka.2))
            .then(a.id.cmp(&b.id))
    });
    central.truncate(limit);
    let mut strongest: Vec<Strong> = edges
        .iter()
        .map(|e| Strong {
            source: e.source.clone(),
            target: e.target.clone(),
            kind: e.kind.clone(),
            label: e.label.clone(),
            weight: e.weight,
            text: e.describe(),
        })
        .collect();
    // Stable sort: equal weights keep the edges' identity order.
    strongest.sort_by_key(|e| std::cmp::Reverse(e.weight));
    strongest.truncate(limit);
    Stats {
        articles: graph.article_count(),
        nodes: nodes.len(),
        edges: edges.len(),
        evidence: edges.iter().map(|e| e.weight).sum(),
        nodes_by_type,
        edges_by_kind,
        edges_by_label,
        sorted_by: sort,
        pagerank_computed: ranks.is_some(),
        central,
        strongest,
    }
}

/// PageRank of every node, by id.
fn pagerank(graph: &Graph) -> HashMap<&str, f64> {
    let nodes = graph.nodes();
    let mut pg: DiGraph<(), ()> = DiGraph::with_capacity(nodes.len(), 0);
    let index: HashMap<&str, _> = nodes
        .iter()
        .map(|n| (n.id.as_str(), pg.add_node(())))
        .collect();
    let mut arcs = BTreeSet::new();
    for e in graph.edges() {
        let (Some(&a), Some(&b)) = (index.get(e.source.as_str()), index.get(e.target.as_str()))
        else {
            continue;
        };
        if a == b {
            continue;
        }
        arcs.insert((a, b));
        if !e.directed {
            arcs.insert((b, a));
        }
    }
    for (a, b) in arcs {
        pg.add_edge(a, b, ());
    }
    let ranks = page_rank(&pg, DAMPING, ITERATIONS);
    nodes
        .iter()
        .zip(ranks)
        .map(|(n, r)| (n.id.as_str(), if r.is_finite() { r } else { 0.0 }))
        .collect()
}

impl Stats {
    /// Pretty JSON, ending in a newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// A plain-text report.
    pub fn to_text(&self) -> String {
        let list = |m: &BTreeMap<String, usize>| {
            m.iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let counts = |m: &BTreeMap<String, usize>| {
            if m.is_empty() {
                String::new()
            } else {
                format!(" ({})", list(m))
            }
        };
        let mut s = String::new();
        let _ = writeln!(s, "articles: {}", self.articles);
        let _ = writeln!(s, "nodes:    {}{}", self.nodes, counts(&self.nodes_by_type));
        let _ = writeln!(s, "edges:    {}{}", self.edges, counts(&self.edges_by_kind));
        let _ = writeln!(s, "evidence: {}", self.evidence);
        if !self.edges_by_label.is_empty() {
            let _ = writeln!(s, "labels:   {}", list(&self.edges_by_label));
        }
        let by = match self.sorted_by {
            Centrality::Degree => "degree",
            Centrality::WeightedDegree => "weighted degree",
            Centrality::Pagerank => "PageRank",
        };
        let _ = writeln!(s, "\nmost central entities (by {by}):");
        let _ = writeln!(
            s,
            "  {:>4}  {:>6}  {:>8}  {:>8}  {:<40}  name",
            "rank", "degree", "weighted", "pagerank", "id"
        );
        for (i, c) in self.central.iter().enumerate() {
            let pr = c
                .pagerank
                .map_or_else(|| "-".to_string(), |p| format!("{:.4}", round(p)));
            let _ = writeln!(
                s,
                "  {:>4}  {:>6}  {:>8}  {:>8}  {:<40}  {}",
                i + 1,
                c.degree,
                c.weighted_degree,
                pr,
                c.id,
                c.name
            );
        }
        if !self.pagerank_computed {
            let _ = writeln!(
                s,
                "  (PageRank not computed: more than {PAGERANK_MAX_NODES} nodes; filter the graph first, e.g. --top)"
            );
        }
        let _ = writeln!(s, "\nstrongest relations:");
        for e in &self.strongest {
            let _ = writeln!(s, "  {:>6}  {}", e.weight, e.text);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Extractor};

    #[test]
    fn counts_and_centrality() {
        let x = Extractor::builtin().unwrap();
        let g = x.extract(&Article::new(
            "t",
            "Vladimir Putin praised Kim Jong Un. Vladimir Putin met Xi Jinping. \
             Vladimir Putin warned Ukraine.",
        ));
        let s = stats(&g, 3, Centrality::Pagerank);
        assert_eq!(s.nodes, g.node_count());
        assert_eq!(s.nodes_by_type.values().sum::<usize>(), s.nodes);
        assert_eq!(s.edges_by_kind.values().sum::<usize>(), s.edges);
        assert!(s.pagerank_computed);
        let d = stats(&g, 1, Centrality::Degree);
        assert_eq!(d.central[0].id, "person:vladimir-putin");
        assert!(s.to_text().contains("most central entities (by PageRank)"));
        let empty = stats(&Graph::new(), 3, Centrality::Pagerank);
        assert_eq!(empty.central.len(), 0);
    }
}
