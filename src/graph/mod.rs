//! Stage 6: graph — a petgraph graph of entities and relations.
//!
//! Nodes are keyed by entity id and edges by their identity
//! `(source, target, kind, label, negated)`, so adding the same relation twice
//! (from another sentence or another article) adds evidence to one edge
//! rather than a parallel edge. Output order never depends on insertion
//! order: [`Graph::nodes`] and [`Graph::edges`] return sorted lists.

pub mod model;

use std::collections::{BTreeMap, HashMap};

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};

pub use model::{ArticleInfo, Edge, EdgeKey, Evidence, Node};

/// A graph of entities (nodes) and relations (edges).
#[derive(Debug, Clone, Default)]
pub struct Graph {
    inner: DiGraph<Node, Edge>,
    nodes: HashMap<String, NodeIndex>,
    edges: HashMap<EdgeKey, EdgeIndex>,
    articles: BTreeMap<String, ArticleInfo>,
}

impl Graph {
    /// An empty graph.
    pub fn new() -> Graph {
        Graph::default()
    }

    /// The underlying petgraph graph, for algorithms.
    pub fn petgraph(&self) -> &DiGraph<Node, Edge> {
        &self.inner
    }

    /// Records an article.
    pub fn add_article(&mut self, info: ArticleInfo) {
        self.articles.insert(info.id.clone(), info);
    }

    /// Adds a node, or merges it into the node with the same id: mentions
    /// add up, aliases and articles are united.
    pub fn add_node(&mut self, node: Node) {
        match self.nodes.get(&node.id) {
            Some(&i) => {
                let n = &mut self.inner[i];
                n.mentions += node.mentions;
                n.aliases.extend(node.aliases);
                n.articles.extend(node.articles);
                for (k, v) in node.attributes {
                    n.attributes.entry(k).or_insert(v);
                }
            }
            None => {
                let id = node.id.clone();
                let i = self.inner.add_node(node);
                self.nodes.insert(id, i);
            }
        }
    }

    /// Adds an edge, or merges its evidence into the edge with the same
    /// identity. Both end nodes must have been added. Evidence already present
    /// (same article and offset) is not counted twice.
    pub fn add_edge(&mut self, edge: Edge) {
        let key = edge.key();
        match self.edges.get(&key) {
            Some(&i) => {
                let e = &mut self.inner[i];
                let extra = edge.weight.saturating_sub(edge.evidence.len() as u64);
                for ev in edge.evidence {
                    if let Err(pos) = e.evidence.binary_search(&ev) {
                        e.evidence.insert(pos, ev);
                        e.weight += 1;
                    }
                }
                e.weight += extra;
                e.first_seen = min_date(e.first_seen.take(), edge.first_seen);
                e.last_seen = max_date(e.last_seen.take(), edge.last_seen);
            }
            None => {
                let (Some(&a), Some(&b)) =
                    (self.nodes.get(&edge.source), self.nodes.get(&edge.target))
                else {
                    return;
                };
                let mut edge = edge;
                edge.evidence.sort();
                edge.evidence.dedup();
                let i = self.inner.add_edge(a, b, edge);
                self.edges.insert(key, i);
            }
        }
    }

    /// Articles, sorted by id.
    pub fn articles(&self) -> Vec<&ArticleInfo> {
        self.articles.values().collect()
    }

    /// Nodes, sorted by id.
    pub fn nodes(&self) -> Vec<&Node> {
        let mut v: Vec<&Node> = self.inner.node_weights().collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// Edges, sorted by identity ([`Edge::key`]).
    pub fn edges(&self) -> Vec<&Edge> {
        let mut v: Vec<&Edge> = self.inner.edge_weights().collect();
        v.sort_by_key(|e| {
            (
                &e.source,
                &e.target,
                &e.kind,
                &e.label,
                e.negated,
                &e.mood,
                &e.attributed_to,
            )
        });
        v
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.get(id).map(|&i| &self.inner[i])
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.inner.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.inner.edge_count()
    }
}

/// The earlier of two optional ISO dates (absent dates are ignored).
fn min_date(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The later of two optional ISO dates (absent dates are ignored).
fn max_date(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str, article: &str) -> Node {
        Node {
            id: id.into(),
            node_type: "country".into(),
            name: id.into(),
            mentions: 1,
            aliases: [id.to_string()].into(),
            country: None,
            articles: [article.to_string()].into(),
            attributes: BTreeMap::new(),
        }
    }

    fn edge(article: &str, start: usize) -> Edge {
        Edge {
            source: "a".into(),
            target: "b".into(),
            kind: "verb".into(),
            label: "meet".into(),
            category: None,
            directed: true,
            negated: false,
            mood: None,
            attributed_to: None,
            first_seen: None,
            last_seen: None,
            weight: 1,
            evidence: vec![Evidence {
                article: article.into(),
                start,
                end: start + 1,
                sentence: 0,
                text: "x".into(),
            }],
        }
    }

    #[test]
    fn same_identity_merges() {
        let mut g = Graph::new();
        g.add_node(node("a", "1"));
        g.add_node(node("b", "1"));
        g.add_node(node("a", "2"));
        g.add_edge(edge("1", 5));
        g.add_edge(edge("2", 0));
        g.add_edge(edge("1", 5));
        assert_eq!(g.node_count(), 2);
        assert_eq!(g.node("a").unwrap().mentions, 2);
        assert_eq!(g.edge_count(), 1);
        let e = g.edges()[0];
        assert_eq!(e.weight, 2);
        assert_eq!(e.evidence[0].article, "1");
    }
}
