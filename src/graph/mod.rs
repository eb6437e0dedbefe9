//! Stage 6: graph — a petgraph graph of entities and relations.
//!
//! Nodes are keyed by entity id and edges by their identity
//! `(source, target, kind, label, negated)`, so adding the same relation twice
//! (from another sentence or another article) adds evidence to one edge
//! rather than a parallel edge. Output order never depends on insertion
//! order: [`Graph::nodes`] and [`Graph::edges`] return sorted lists.
//!
//! The submodules work on whole graphs: [`merge`] combines them (the rules
//! that make merging order-independent live there), [`filter`] keeps part
//! of one, [`diff`] compares two, [`similarity`] compares articles, and
//! [`stats`] summarizes one.

pub mod diff;
pub mod filter;
pub mod merge;
pub mod model;
pub mod similarity;
pub mod stats;

use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use rustc_hash::FxBuildHasher;

pub use model::{ArticleInfo, Edge, EdgeKey, Evidence, Node};

/// The command line's default for `--max-evidence`: enough sentences to
/// read why an edge exists, few enough that a corpus of millions of
/// articles does not keep every sentence naming London and the UK.
pub const DEFAULT_MAX_EVIDENCE: usize = 1000;

/// A graph of entities (nodes) and relations (edges).
#[derive(Debug, Clone, Default)]
pub struct Graph {
    inner: DiGraph<Node, Edge>,
    /// Fx-hashed, as every article's nodes and edges are looked up here
    /// (SipHash was most of the cost of adding them); the keys are
    /// gazetteer ids and lexicon labels, and no output depends on the
    /// maps' order.
    nodes: HashMap<String, NodeIndex, FxBuildHasher>,
    edges: HashMap<EdgeKey, EdgeIndex, FxBuildHasher>,
    articles: BTreeMap<String, ArticleInfo>,
    /// At most this many evidence items are kept per edge (`None`: all).
    max_evidence: Option<usize>,
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

    /// Records an article. An article already recorded under the same id
    /// is combined field by field (see [`merge`]).
    pub fn add_article(&mut self, info: ArticleInfo) {
        match self.articles.get_mut(&info.id) {
            Some(old) => merge::article_into(old, info),
            None => {
                self.articles.insert(info.id.clone(), info);
            }
        }
    }

    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<&ArticleInfo> {
        self.articles.get(id)
    }

    /// Adds a node, or merges it into the node with the same id: mentions
    /// add up, aliases, articles and attributes are united. Where the two
    /// disagree (a name, a country, an attribute value), the smaller value
    /// wins, so the result does not depend on the order nodes are added in
    /// (see [`merge`]).
    pub fn add_node(&mut self, node: Node) {
        match self.nodes.get(&node.id) {
            Some(&i) => merge::node_into(&mut self.inner[i], node),
            None => {
                let id = node.id.clone();
                let i = self.inner.add_node(node);
                self.nodes.insert(id, i);
            }
        }
    }

    /// Adds an edge, or merges its evidence into the edge with the same
    /// identity. Both end nodes must have been added. Evidence already present
    /// (same article and offset) is not counted twice. Edges whose end nodes
    /// are missing are ignored; [`crate::export::json::from_str`] checks for
    /// them before adding.
    pub fn add_edge(&mut self, edge: Edge) {
        let edge = merge::normalized(edge);
        let i = match self.edges.get(&edge as &dyn Identity) {
            Some(&i) => {
                merge::edge_into(&mut self.inner[i], edge, self.max_evidence);
                i
            }
            None => {
                let (Some(&a), Some(&b)) =
                    (self.nodes.get(&edge.source), self.nodes.get(&edge.target))
                else {
                    return;
                };
                let key = edge.key();
                let i = self.inner.add_edge(a, b, edge);
                self.edges.insert(key, i);
                i
            }
        };
        if let Some(max) = self.max_evidence {
            merge::trim_evidence(&mut self.inner[i], max);
        }
    }

    /// Keeps at most `max` evidence items per edge, now and for every edge
    /// added or merged later (`None`: keep all, the default).
    ///
    /// A corpus can name the same pair in thousands of sentences; evidence
    /// is the bulk of a graph's memory and output. The items kept are the
    /// first by `(article, start)`, so the choice does not depend on the
    /// order articles were added in, and weights still count every item
    /// (see [`merge`] for how trimmed weights combine).
    pub fn set_max_evidence(&mut self, max: Option<usize>) {
        self.max_evidence = max;
        if let Some(max) = max {
            for e in self.inner.edge_weights_mut() {
                merge::trim_evidence(e, max);
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
        // Ids are unique, so an unstable sort gives the same order.
        v.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// Edges, sorted by identity ([`Edge::key`]).
    pub fn edges(&self) -> Vec<&Edge> {
        let mut v: Vec<&Edge> = self.inner.edge_weights().collect();
        // Identities are unique, so an unstable sort gives the same order.
        v.sort_unstable_by_key(|e| {
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

    /// The node with this id, to update in place. The caller must keep its
    /// id (the graph's index is keyed by it).
    pub(crate) fn node_mut(&mut self, id: &str) -> Option<&mut Node> {
        self.nodes.get(id).map(|&i| &mut self.inner[i])
    }

    /// The edge with this identity.
    pub fn edge(&self, key: &EdgeKey) -> Option<&Edge> {
        self.edges.get(key).map(|&i| &self.inner[i])
    }

    /// Number of articles.
    pub fn article_count(&self) -> usize {
        self.articles.len()
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

/// An edge identity with borrowed strings, in the order of [`EdgeKey`].
type IdentityRef<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    bool,
    Option<&'a str>,
    Option<&'a str>,
);

/// Something with an edge identity: an [`EdgeKey`] or an [`Edge`].
///
/// The graph's index is keyed by [`EdgeKey`], a tuple of owned strings;
/// looking an edge up by its key meant cloning five strings per added edge
/// (most of which merge into an edge already there). Through this trait
/// the index is searched with the edge's own fields. A borrowed identity
/// hashes as the key does: `String` and `&str` hash as `str`, and `Option`
/// hashes its variant and then its value.
trait Identity {
    fn identity(&self) -> IdentityRef<'_>;
}

impl Identity for EdgeKey {
    fn identity(&self) -> IdentityRef<'_> {
        (
            &self.0,
            &self.1,
            &self.2,
            &self.3,
            self.4,
            self.5.as_deref(),
            self.6.as_deref(),
        )
    }
}

impl Identity for Edge {
    fn identity(&self) -> IdentityRef<'_> {
        (
            &self.source,
            &self.target,
            &self.kind,
            &self.label,
            self.negated,
            self.mood.as_deref(),
            self.attributed_to.as_deref(),
        )
    }
}

impl Hash for dyn Identity + '_ {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.identity().hash(state);
    }
}

impl PartialEq for dyn Identity + '_ {
    fn eq(&self, other: &Self) -> bool {
        self.identity() == other.identity()
    }
}

impl Eq for dyn Identity + '_ {}

impl<'a> Borrow<dyn Identity + 'a> for EdgeKey {
    fn borrow(&self) -> &(dyn Identity + 'a) {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash_of<T: Hash + ?Sized>(t: &T) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        t.hash(&mut h);
        h.finish()
    }

    proptest::proptest! {
        /// An edge's borrowed identity hashes and compares as its key.
        #[test]
        fn identities_hash_as_keys(
            a in "[ab]{0,2}", b in "[ab]{0,2}", label in "[ab]{0,2}",
            negated: bool,
            mood in proptest::option::of("[ab]{0,2}"),
            by in proptest::option::of("[ab]{0,2}"),
            other_mood in proptest::option::of("[ab]{0,2}"),
        ) {
            let mut e = edge("1", 0);
            (e.source, e.target, e.label, e.negated, e.mood, e.attributed_to) =
                (a, b, label, negated, mood, by);
            let key = e.key();
            proptest::prop_assert_eq!(hash_of(&key), hash_of(&e as &dyn Identity));
            let borrowed: &dyn Identity = key.borrow();
            proptest::prop_assert!(*borrowed == *(&e as &dyn Identity));
            let mut f = e.clone();
            f.mood = other_mood;
            let same = f.mood == e.mood;
            proptest::prop_assert_eq!(*borrowed == *(&f as &dyn Identity), same);
            proptest::prop_assert_eq!(f.key() == key, same);
        }
    }

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
