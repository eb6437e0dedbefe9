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

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::BuildHasher;

use hashbrown::HashTable;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef as _;
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
    /// The edges by identity, hashed with [`identity_hash`] and compared
    /// with the edges themselves: a map keyed by [`EdgeKey`] kept a second
    /// copy of five strings per edge, cloned when it was added. Each entry
    /// keeps its hash, so that growing the table does not hash every
    /// edge's strings again.
    edges: HashTable<(u64, EdgeIndex)>,
    /// Fx-hashed too: every article is added here, and a B-tree search
    /// for a new id compared it with a score of ids. Sorted when read.
    articles: HashMap<String, ArticleInfo, FxBuildHasher>,
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
        // One search, not a look-up and then an insertion.
        match self.articles.entry(info.id.clone()) {
            Entry::Occupied(mut old) => merge::article_into(old.get_mut(), info),
            Entry::Vacant(slot) => {
                slot.insert(info);
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
        let hash = identity_hash(edge.identity());
        let i = match self.find_edge(hash, edge.identity()) {
            Some(i) => {
                merge::edge_into(&mut self.inner[i], edge, self.max_evidence);
                i
            }
            None => match self.insert_edge(hash, edge) {
                Some(i) => i,
                None => return,
            },
        };
        if let Some(max) = self.max_evidence {
            merge::trim_evidence(&mut self.inner[i], max);
        }
    }

    /// [`Graph::add_edge`] of `edge.to_edge()`, copying no string of an
    /// edge already in the graph unless it keeps it (a new evidence item,
    /// a smaller category, a new date). Most relations of a corpus add
    /// evidence to an edge an earlier sentence made, and building a whole
    /// [`Edge`] for each (nine strings) only to merge and drop it was most
    /// of the cost of adding it.
    pub(crate) fn add_edge_ref(&mut self, edge: &EdgeRef<'_>) {
        let hash = identity_hash(edge.identity());
        let i = match self.find_edge(hash, edge.identity()) {
            Some(i) => {
                merge::edge_ref_into(&mut self.inner[i], edge, self.max_evidence);
                i
            }
            None => match self.insert_edge(hash, edge.to_edge()) {
                Some(i) => i,
                None => return,
            },
        };
        if let Some(max) = self.max_evidence {
            merge::trim_evidence(&mut self.inner[i], max);
        }
    }

    /// The edge with this identity, whose [`identity_hash`] is `hash`.
    fn find_edge(&self, hash: u64, identity: IdentityRef<'_>) -> Option<EdgeIndex> {
        let inner = &self.inner;
        self.edges
            .find(hash, |&(h, i)| h == hash && inner[i].identity() == identity)
            .map(|&(_, i)| i)
    }

    /// Adds `edge`, which is normalized and not in the graph, unless one
    /// of its end nodes is missing. `hash` is its [`identity_hash`].
    fn insert_edge(&mut self, hash: u64, edge: Edge) -> Option<EdgeIndex> {
        let (Some(&a), Some(&b)) = (self.nodes.get(&edge.source), self.nodes.get(&edge.target))
        else {
            return None;
        };
        let i = self.inner.add_edge(a, b, edge);
        self.edges.insert_unique(hash, (hash, i), |&(h, _)| h);
        Some(i)
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
        sorted_by_id(self.articles.values(), |a| &a.id)
    }

    /// Nodes, sorted by id.
    pub fn nodes(&self) -> Vec<&Node> {
        sorted_by_id(self.inner.node_weights(), |n| &n.id)
    }

    /// Edges, sorted by identity ([`Edge::key`]).
    ///
    /// An edge's source and target are the ids of its end nodes, so they
    /// are compared as the ranks of those nodes among the nodes sorted by
    /// id: two numbers instead of two string comparisons, which were most
    /// of the sorting (most edges share their source with many others).
    pub fn edges(&self) -> Vec<&Edge> {
        let rank = self.node_ranks();
        // The two ranks as one number, the source's above the target's.
        let ends = |e: petgraph::graph::EdgeReference<'_, Edge>| {
            u64::from(rank[e.source().index()]) << 32 | u64::from(rank[e.target().index()])
        };
        let mut v: Vec<(u64, &Edge)> = (self.inner.edge_references())
            .map(|e| (ends(e), e.weight()))
            .collect();
        // Identities are unique, so an unstable sort gives the same order.
        v.sort_unstable_by(|(a_ends, a), (b_ends, b)| {
            a_ends
                .cmp(b_ends)
                .then_with(|| rest_of_identity(a).cmp(&rest_of_identity(b)))
        });
        v.into_iter().map(|(_, e)| e).collect()
    }

    /// The rank of each node (by index) among the nodes sorted by id.
    fn node_ranks(&self) -> Vec<u32> {
        let nodes = self
            .inner
            .node_indices()
            .map(|i| (self.inner[i].id.as_str(), i));
        let order = sorted_by_id(nodes, |&(id, _)| id);
        let mut rank = vec![0; order.len()];
        for (r, (_, i)) in order.into_iter().enumerate() {
            rank[i.index()] = r as u32;
        }
        rank
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
        let identity = key_identity(key);
        self.find_edge(identity_hash(identity), identity)
            .map(|i| &self.inner[i])
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

/// `items` sorted by their ids, which are unique (so that an unstable sort
/// gives the one order). The ids are compared by their first sixteen bytes
/// as one number first: ids such as `business-001-0` or `country:GBR`
/// share long beginnings, and comparing them as strings (a call to
/// `memcmp` each time) was most of the sorting.
fn sorted_by_id<T>(items: impl Iterator<Item = T>, id: impl Fn(&T) -> &str) -> Vec<T> {
    let mut v: Vec<(u128, T)> = items.map(|x| (id_prefix(id(&x)), x)).collect();
    v.sort_unstable_by(|(a_prefix, a), (b_prefix, b)| {
        a_prefix.cmp(b_prefix).then_with(|| id(a).cmp(id(b)))
    });
    v.into_iter().map(|(_, x)| x).collect()
}

/// The first sixteen bytes of `s`, padded with zeros, as a big-endian
/// number: of two strings, the one with the smaller number is the smaller
/// (a zero pads a shorter string, which sorts first); equal numbers say
/// nothing.
fn id_prefix(s: &str) -> u128 {
    let mut bytes = [0; 16];
    let n = s.len().min(16);
    bytes[..n].copy_from_slice(&s.as_bytes()[..n]);
    u128::from_be_bytes(bytes)
}

/// The fields of an edge's identity after its source and target.
fn rest_of_identity(e: &Edge) -> (&str, &str, bool, Option<&str>, Option<&str>) {
    (
        &e.kind,
        &e.label,
        e.negated,
        e.mood.as_deref(),
        e.attributed_to.as_deref(),
    )
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

/// The hash of an edge identity in the graph's index.
fn identity_hash(identity: IdentityRef<'_>) -> u64 {
    FxBuildHasher.hash_one(identity)
}

/// The identity of `key`.
fn key_identity(key: &EdgeKey) -> IdentityRef<'_> {
    (
        &key.0,
        &key.1,
        &key.2,
        &key.3,
        key.4,
        key.5.as_deref(),
        key.6.as_deref(),
    )
}

impl Edge {
    /// This edge's identity, borrowed: [`Edge::key`] without copies.
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

/// An edge of one evidence item, with borrowed fields, as the pipeline
/// reads it from a sentence: what [`EdgeRef::to_edge`] makes owned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EdgeRef<'a> {
    pub source: &'a str,
    pub target: &'a str,
    pub kind: &'a str,
    pub label: &'a str,
    pub category: Option<&'a str>,
    pub directed: bool,
    pub negated: bool,
    pub mood: Option<&'a str>,
    pub attributed_to: Option<&'a str>,
    /// The article's date: the edge's first and last date.
    pub date: Option<&'a str>,
    pub evidence: EvidenceRef<'a>,
}

/// An [`Evidence`] with borrowed strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EvidenceRef<'a> {
    pub article: &'a str,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

impl EdgeRef<'_> {
    fn identity(&self) -> IdentityRef<'_> {
        (
            self.source,
            self.target,
            self.kind,
            self.label,
            self.negated,
            self.mood,
            self.attributed_to,
        )
    }

    /// The owned edge, of weight 1.
    pub(crate) fn to_edge(self) -> Edge {
        let date = self.date.map(str::to_string);
        Edge {
            source: self.source.to_string(),
            target: self.target.to_string(),
            kind: self.kind.to_string(),
            label: self.label.to_string(),
            category: self.category.map(str::to_string),
            directed: self.directed,
            negated: self.negated,
            mood: self.mood.map(str::to_string),
            attributed_to: self.attributed_to.map(str::to_string),
            first_seen: date.clone(),
            last_seen: date,
            weight: 1,
            evidence: vec![self.evidence.to_evidence()],
        }
    }
}

impl EvidenceRef<'_> {
    /// The fields in the order [`Evidence`] sorts by.
    pub(crate) fn sort_key(&self) -> (&str, usize, usize, usize, &str) {
        (self.article, self.sentence, self.start, self.end, self.text)
    }

    pub(crate) fn to_evidence(self) -> Evidence {
        Evidence {
            article: self.article.to_string(),
            sentence: self.sentence,
            start: self.start,
            end: self.end,
            text: self.text.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    proptest::proptest! {
        /// An edge's borrowed identity is its key's, and finds it.
        #[test]
        fn identities_are_keys(
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
            proptest::prop_assert_eq!(key_identity(&key), e.identity());
            let mut g = Graph::new();
            g.add_node(node(&e.source, "1"));
            g.add_node(node(&e.target, "1"));
            g.add_edge(e.clone());
            proptest::prop_assert_eq!(g.edge(&key), Some(&e));
            let mut f = e.clone();
            f.mood = other_mood;
            let same = f.mood == e.mood;
            proptest::prop_assert_eq!(g.edge(&f.key()).is_some(), same);
        }

        /// Adding borrowed edges is adding the edges they stand for, with
        /// and without a limit on evidence.
        #[test]
        fn borrowed_edges_add_as_owned(
            edges in proptest::collection::vec(
                (0..3usize, 0..2usize, proptest::option::of(0..3usize), any_bool(),
                 proptest::option::of(0..3usize), proptest::option::of(0..3usize),
                 0..3usize, 0..4usize),
                0..40,
            ),
            max in proptest::option::of(1..3usize),
        ) {
            let names = ["a", "b", "c"];
            let (mut plain, mut borrowed) = (Graph::new(), Graph::new());
            for g in [&mut plain, &mut borrowed] {
                g.set_max_evidence(max);
                for n in &names[..2] {
                    g.add_node(node(n, "1"));
                }
            }
            for (source, label, category, directed, mood, date, article, sentence) in edges {
                let r = EdgeRef {
                    source: names[source],
                    target: names[(source + 1) % 3],
                    kind: "verb",
                    label: names[label],
                    category: category.map(|c| names[c]),
                    directed,
                    negated: false,
                    mood: mood.map(|m| names[m]),
                    attributed_to: None,
                    date: date.map(|d| ["2001", "2002", "2000"][d]),
                    evidence: EvidenceRef {
                        article: names[article],
                        sentence,
                        start: sentence * 10,
                        end: sentence * 10 + 5,
                        text: names[sentence % 3],
                    },
                };
                plain.add_edge(r.to_edge());
                borrowed.add_edge_ref(&r);
            }
            proptest::prop_assert_eq!(plain.edges(), borrowed.edges());
        }
    }

    proptest::proptest! {
        /// Sorting by the ids' first bytes as numbers is sorting by id.
        #[test]
        fn sorting_by_id_prefix_is_sorting_by_id(
            ids in proptest::collection::btree_set("[ab\\x00é]{0,20}", 0..30),
        ) {
            let mut shuffled: Vec<&String> = ids.iter().collect();
            shuffled.reverse();
            let third = shuffled.len() / 3;
            shuffled.rotate_left(third);
            let sorted = sorted_by_id(shuffled.into_iter(), |s| s.as_str());
            proptest::prop_assert!(sorted.into_iter().eq(ids.iter()));
        }

        /// Edges sorted through their nodes' ranks are sorted by key.
        #[test]
        fn edges_are_sorted_by_key(
            edges in proptest::collection::vec(
                (0..4usize, 0..4usize, 0..2usize, any_bool(), proptest::option::of(0..2usize)),
                0..30,
            ),
        ) {
            let names = ["b", "a", "ab", "country:b"];
            let mut g = Graph::new();
            for n in names {
                g.add_node(node(n, "1"));
            }
            for (source, target, label, negated, mood) in edges {
                let mut e = edge("1", 0);
                e.source = names[source].into();
                e.target = names[target].into();
                e.label = ["meet", "co-occurs"][label].into();
                e.negated = negated;
                e.mood = mood.map(|m| ["future", "modal"][m].into());
                g.add_edge(e);
            }
            let keys: Vec<EdgeKey> = g.edges().iter().map(|e| e.key()).collect();
            let mut want = keys.clone();
            want.sort();
            proptest::prop_assert_eq!(keys, want);
        }
    }

    fn any_bool() -> impl proptest::strategy::Strategy<Value = bool> {
        proptest::bool::ANY
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
    fn articles_are_sorted_by_id_and_merged() {
        let mut g = Graph::new();
        for id in ["b", "a10", "c", "a", "a2", "b"] {
            g.add_article(ArticleInfo {
                id: id.into(),
                ..ArticleInfo::default()
            });
        }
        let ids: Vec<&str> = g.articles().iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "a10", "a2", "b", "c"]);
        assert_eq!(g.article_count(), 5);
        assert!(g.article("a2").is_some() && g.article("d").is_none());
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
