//! Merging graphs: nodes by id, edges by identity, articles by id.
//!
//! `nergraph merge` combines graphs that were extracted separately (one per
//! article, per day, per outlet) into one, and the result must not depend on
//! how the work was split: merging `a` into `b` and `b` into `a` must give
//! the same bytes, and so must `(a + b) + c` and `a + (b + c)`. So every field
//! is combined with an operation that is commutative and associative:
//!
//! * counts add up (`mentions`; edge weights beyond their evidence, see
//!   below), sets are united (`aliases`, `articles`, evidence);
//! * dates take the earliest `first_seen` and the latest `last_seen`;
//! * where two graphs disagree on a single value (a node's name after a
//!   gazetteer update, an edge's category, an article's title), the smaller
//!   value wins, and a value wins over an absent one. That choice is
//!   arbitrary but order-independent, which "the first one seen" is not.
//!
//! An edge's `weight` counts its evidence. Evidence is a set: the same
//! sentence of the same article is counted once, so merging overlapping
//! graphs (or a graph with itself) does not inflate weights. A graph whose
//! edges carry more weight than evidence (evidence trimmed by another tool)
//! keeps that surplus, and surpluses add up.
//!
//! With `--max-evidence N` ([`Graph::set_max_evidence`]) an edge keeps only
//! its first `N` evidence items by `(article, start)`; the rest becomes
//! surplus. Keeping the first `N` of a union is itself commutative and
//! associative, so trimmed merges of graphs of different articles give the
//! same bytes in any order and equal a trimmed extraction of all the
//! articles at once. Only when the *same* sentence reaches a merge from two
//! sides after one side trimmed it can it be counted twice.

use std::collections::BTreeMap;

use super::{ArticleInfo, Edge, Graph, Node};

impl Graph {
    /// Merges `other` into this graph (see the module documentation for the
    /// rules). `a.merge(b)` and `b.merge(a)` give equal graphs.
    pub fn merge(&mut self, other: Graph) {
        let Graph {
            inner, articles, ..
        } = other;
        for (_, info) in articles {
            self.add_article(info);
        }
        let (nodes, edges) = inner.into_nodes_edges();
        for n in nodes {
            self.add_node(n.weight);
        }
        for e in edges {
            self.add_edge(e.weight);
        }
    }

    /// The merge of all `graphs` (an empty graph when there are none).
    pub fn merged(graphs: impl IntoIterator<Item = Graph>) -> Graph {
        let mut g = Graph::new();
        for other in graphs {
            g.merge(other);
        }
        g
    }
}

/// Combines `node` into `into`, which has the same id.
pub(crate) fn node_into(into: &mut Node, node: Node) {
    into.mentions = into.mentions.saturating_add(node.mentions);
    into.aliases.extend(node.aliases);
    into.articles.extend(node.articles);
    smaller(&mut into.node_type, node.node_type);
    smaller(&mut into.name, node.name);
    smaller_some(&mut into.country, node.country);
    // The same entity from the same gazetteer, as nearly always: nothing to
    // unite, and one comparison is cheaper than a look-up per attribute.
    if into.attributes != node.attributes {
        values_into(&mut into.attributes, node.attributes);
    }
}

/// Combines `edge` into `into`, which has the same identity. Both are
/// [`normalized`]. With `max`, the caller trims `into` to its first `max`
/// evidence items afterwards ([`trim_evidence`]); an item that would land
/// beyond them is counted but not inserted, which gives the same edge
/// without shifting a long evidence list to make room for an item that is
/// cut again at once (the hot edges of a large corpus hold `max` items, and
/// most new items sort after them).
pub(crate) fn edge_into(into: &mut Edge, edge: Edge, max: Option<usize>) {
    let surplus = edge.weight - edge.evidence.len() as u64;
    for ev in edge.evidence {
        if let Err(pos) = into.evidence.binary_search(&ev) {
            if max.is_none_or(|max| pos < max) {
                into.evidence.insert(pos, ev);
            }
            into.weight = into.weight.saturating_add(1);
        }
    }
    into.weight = into.weight.saturating_add(surplus);
    into.directed |= edge.directed;
    smaller_some(&mut into.category, edge.category);
    into.first_seen = min_date(into.first_seen.take(), edge.first_seen);
    into.last_seen = max_date(into.last_seen.take(), edge.last_seen);
}

/// Drops evidence beyond the first `max` items; the weight keeps counting
/// them (as surplus, see the module documentation).
pub(crate) fn trim_evidence(edge: &mut Edge, max: usize) {
    edge.evidence.truncate(max);
}

/// Combines `info` into `into`, which has the same id.
pub(crate) fn article_into(into: &mut ArticleInfo, info: ArticleInfo) {
    smaller(&mut into.source, info.source);
    smaller_some(&mut into.title, info.title);
    smaller_some(&mut into.date, info.date);
    smaller_some(&mut into.url, info.url);
    values_into(&mut into.extra, info.extra);
}

/// The edge with its evidence sorted and deduplicated, and a weight of at
/// least the number of its evidence items.
pub(crate) fn normalized(mut edge: Edge) -> Edge {
    if !edge.evidence.is_sorted() {
        edge.evidence.sort();
    }
    edge.evidence.dedup();
    edge.weight = edge.weight.max(edge.evidence.len() as u64);
    edge
}

fn smaller<T: Ord>(into: &mut T, other: T) {
    if other < *into {
        *into = other;
    }
}

fn smaller_some<T: Ord>(into: &mut Option<T>, other: Option<T>) {
    match (into.as_mut(), other) {
        (Some(a), Some(b)) => smaller(a, b),
        (None, Some(b)) => *into = Some(b),
        (_, None) => {}
    }
}

/// Unites two maps of JSON values; on a conflict the value whose JSON text
/// is smaller wins.
fn values_into(
    into: &mut BTreeMap<String, serde_json::Value>,
    other: BTreeMap<String, serde_json::Value>,
) {
    for (k, v) in other {
        match into.get_mut(&k) {
            Some(old) if *old != v => {
                if json_text(&v) < json_text(old) {
                    *old = v;
                }
            }
            Some(_) => {}
            None => {
                into.insert(k, v);
            }
        }
    }
}

/// A JSON value's text, which orders values of any type.
fn json_text(v: &serde_json::Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
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
    use crate::export::json;
    use crate::graph::Evidence;

    fn node(id: &str, name: &str, article: &str) -> Node {
        Node {
            id: id.into(),
            node_type: "country".into(),
            name: name.into(),
            mentions: 1,
            aliases: [name.to_string()].into(),
            country: None,
            articles: [article.to_string()].into(),
            attributes: BTreeMap::new(),
        }
    }

    fn edge(article: &str, start: usize, weight: u64, category: Option<&str>) -> Edge {
        Edge {
            source: "a".into(),
            target: "b".into(),
            kind: "verb".into(),
            label: "meet".into(),
            category: category.map(str::to_string),
            directed: true,
            negated: false,
            mood: None,
            attributed_to: None,
            first_seen: Some(format!("2024-01-{:02}", start % 28 + 1)),
            last_seen: Some(format!("2024-01-{:02}", start % 28 + 1)),
            weight,
            evidence: vec![Evidence {
                article: article.into(),
                sentence: start,
                start,
                end: start + 1,
                text: "x".into(),
            }],
        }
    }

    fn graph(article: &str, name: &str, start: usize, weight: u64, cat: Option<&str>) -> Graph {
        let mut g = Graph::new();
        g.add_article(ArticleInfo {
            id: article.into(),
            source: format!("{article}.txt"),
            title: Some(name.into()),
            ..ArticleInfo::default()
        });
        g.add_node(node("a", name, article));
        g.add_node(node("b", "B", article));
        g.add_edge(edge(article, start, weight, cat));
        g
    }

    #[test]
    fn conflicts_are_settled_the_same_way_in_either_order() {
        let a = graph("1", "Alpha", 5, 1, Some("CONSULT"));
        let b = graph("1", "Aleph", 9, 3, None);
        let mut ab = a.clone();
        ab.merge(b.clone());
        let mut ba = b;
        ba.merge(a);
        assert_eq!(json::to_string(&ab), json::to_string(&ba));
        assert_eq!(ab.node("a").unwrap().name, "Aleph");
        let e = ab.edges()[0];
        // Two evidence items plus a surplus of 2 from the second graph.
        assert_eq!((e.weight, e.evidence.len()), (4, 2));
        assert_eq!(e.category.as_deref(), Some("CONSULT"));
        assert_eq!(e.first_seen.as_deref(), Some("2024-01-06"));
        assert_eq!(e.last_seen.as_deref(), Some("2024-01-10"));
        assert_eq!(ab.article("1").unwrap().title.as_deref(), Some("Aleph"));
    }

    #[test]
    fn merging_a_graph_with_itself_keeps_edge_weights() {
        let a = graph("1", "Alpha", 5, 1, None);
        let mut aa = a.clone();
        aa.merge(a);
        assert_eq!(aa.edges()[0].weight, 1);
        assert_eq!(aa.node("a").unwrap().mentions, 2);
    }

    /// Skipping items beyond `max` in [`edge_into`] gives the edge that
    /// inserting every item and trimming afterwards gives.
    #[test]
    fn items_beyond_the_limit_are_counted_not_inserted() {
        let with = |starts: &[usize]| {
            let mut e = edge("1", starts[0], 1, None);
            e.evidence = starts
                .iter()
                .map(|&s| edge("1", s, 1, None).evidence.remove(0))
                .collect();
            e.weight = starts.len() as u64;
            normalized(e)
        };
        let sets: [&[usize]; 4] = [&[1, 5, 9], &[2, 3, 10, 11], &[5, 12], &[0, 4, 6, 7, 8]];
        for max in 1..6 {
            for a in sets {
                for b in sets {
                    let (mut skipped, mut inserted) = (with(a), with(a));
                    trim_evidence(&mut skipped, max);
                    trim_evidence(&mut inserted, max);
                    edge_into(&mut skipped, with(b), Some(max));
                    edge_into(&mut inserted, with(b), None);
                    trim_evidence(&mut skipped, max);
                    trim_evidence(&mut inserted, max);
                    assert_eq!(skipped, inserted, "{a:?} {b:?} {max}");
                }
            }
        }
    }

    #[test]
    fn malformed_weights_are_normalized() {
        let mut g = Graph::new();
        g.add_node(node("a", "A", "1"));
        g.add_node(node("b", "B", "1"));
        let mut e = edge("1", 5, 0, None);
        e.evidence.push(e.evidence[0].clone());
        g.add_edge(e);
        assert_eq!(g.edges()[0].weight, 1);
        assert_eq!(g.edges()[0].evidence.len(), 1);
    }
}
