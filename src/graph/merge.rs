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

use std::collections::{BTreeMap, BTreeSet};

use super::{ArticleInfo, Edge, EdgeRef, Evidence, Graph, Node};

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
    set_into(&mut into.aliases, node.aliases);
    set_into(&mut into.articles, node.articles);
    smaller(&mut into.node_type, node.node_type);
    smaller(&mut into.name, node.name);
    smaller_some(&mut into.country, node.country);
    // The same entity from the same gazetteer, as nearly always: nothing to
    // unite, and one comparison is cheaper than a look-up per attribute.
    if into.attributes != node.attributes {
        values_into(&mut into.attributes, node.attributes);
    }
}

/// Unites `other` into `into`. A large set is united by walking both in
/// order and building the set again at once, rather than by inserting its
/// items one by one (the partial graphs of the worker threads share nodes
/// named in tens of thousands of articles); a set much smaller than `into`
/// is inserted item by item, which costs a search per item instead of a
/// walk along the whole of `into` (a worker's own graph, merged into the
/// graph the workers shared, is that small).
fn set_into(into: &mut BTreeSet<String>, other: BTreeSet<String>) {
    if other.len() < MERGE_BY_WALKING || other.len() < into.len() / 16 {
        into.extend(other);
        return;
    }
    let mine = std::mem::take(into);
    let mut mine = mine.into_iter().peekable();
    let mut all = Vec::with_capacity(mine.len() + other.len());
    for s in other {
        while let Some(m) = mine.next_if(|m| *m < s) {
            all.push(m);
        }
        if mine.peek() == Some(&s) {
            continue;
        }
        all.push(s);
    }
    all.extend(mine);
    // Sorted and without repeats: built in one pass.
    *into = all.into_iter().collect();
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
    let added = if edge.evidence.len() < MERGE_BY_WALKING {
        insert_evidence(&mut into.evidence, edge.evidence, max)
    } else {
        merge_evidence(&mut into.evidence, edge.evidence, max)
    };
    into.weight = into.weight.saturating_add(added);
    into.weight = into.weight.saturating_add(surplus);
    into.directed |= edge.directed;
    smaller_some(&mut into.category, edge.category);
    into.first_seen = min_date(into.first_seen.take(), edge.first_seen);
    into.last_seen = max_date(into.last_seen.take(), edge.last_seen);
}

/// [`edge_into`] of `edge.to_edge()`, copying a string of `edge` only
/// where `into` keeps it.
pub(crate) fn edge_ref_into(into: &mut Edge, edge: &EdgeRef<'_>, max: Option<usize>) {
    let key = edge.evidence.sort_key();
    let order = |ev: &Evidence| {
        (
            ev.article.as_str(),
            ev.sentence,
            ev.start,
            ev.end,
            ev.text.as_str(),
        )
            .cmp(&key)
    };
    // Articles come mostly in id order and sentences in text order, so a
    // new item mostly goes after the last: one comparison, not a search.
    let found = match into.evidence.last() {
        Some(last) if order(last).is_lt() => Err(into.evidence.len()),
        _ => into.evidence.binary_search_by(order),
    };
    if let Err(pos) = found {
        if max.is_none_or(|max| pos < max) {
            into.evidence.insert(pos, edge.evidence.to_evidence());
        }
        into.weight = into.weight.saturating_add(1);
    }
    into.directed |= edge.directed;
    if let Some(c) = edge.category {
        if into.category.as_deref().is_none_or(|old| c < old) {
            into.category = Some(c.to_string());
        }
    }
    if let Some(d) = edge.date {
        if into.first_seen.as_deref().is_none_or(|old| d < old) {
            into.first_seen = Some(d.to_string());
        }
        if into.last_seen.as_deref().is_none_or(|old| d > old) {
            into.last_seen = Some(d.to_string());
        }
    }
}

/// From this many items on, evidence is merged by walking both sorted
/// lists ([`merge_evidence`]) rather than by inserting the items one by
/// one ([`insert_evidence`]), which shifts the list for each: the partial
/// graphs of the worker threads share edges with thousands of items.
const MERGE_BY_WALKING: usize = 16;

/// Inserts the items of `new` (sorted, without repeats) that `list`
/// (sorted) lacks where they belong, skipping those that would land at
/// `max` or beyond. Returns how many it lacked.
fn insert_evidence(list: &mut Vec<Evidence>, new: Vec<Evidence>, max: Option<usize>) -> u64 {
    let mut added = 0;
    for ev in new {
        if let Err(pos) = list.binary_search(&ev) {
            if max.is_none_or(|max| pos < max) {
                list.insert(pos, ev);
            }
            added += 1;
        }
    }
    added
}

/// [`insert_evidence`] in one walk along both lists: the same list and
/// count. An item of `new` is kept when fewer than `max` items come
/// before it, which is where inserting it would have put it.
///
/// The walk gallops ([`gallop`]) over the items of `list` that come before
/// the next new one, so a short list merged into a long one (a worker's
/// few articles into the graph of the whole corpus) costs comparisons for
/// the short list only, and moves for the long one.
fn merge_evidence(list: &mut Vec<Evidence>, new: Vec<Evidence>, max: Option<usize>) -> u64 {
    let old = std::mem::take(list);
    let mut merged = Vec::with_capacity(old.len() + new.len().min(max.unwrap_or(usize::MAX)));
    let mut added = 0;
    let mut old = old.into_iter();
    for ev in new {
        let before = gallop(old.as_slice(), &ev);
        merged.extend(old.by_ref().take(before));
        if old.as_slice().first() == Some(&ev) {
            continue;
        }
        if max.is_none_or(|max| merged.len() < max) {
            merged.push(ev);
        }
        added += 1;
    }
    merged.extend(old);
    *list = merged;
    added
}

/// How many items at the start of `sorted` are less than `x`, found by
/// probing items 1, 2, 4, 8, … and then searching between the last two
/// probes: the cost grows with the logarithm of the answer, not of the
/// slice, and is one comparison when the answer is 0.
fn gallop<T: Ord>(sorted: &[T], x: &T) -> usize {
    let mut end = 1;
    while end <= sorted.len() && sorted[end - 1] < *x {
        end *= 2;
    }
    let start = end / 2;
    let end = end.min(sorted.len());
    start + sorted[start..end].partition_point(|o| o < x)
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

    fn evidence_list(starts: &std::collections::BTreeSet<usize>) -> Vec<Evidence> {
        starts
            .iter()
            .map(|&s| edge(&(s / 7).to_string(), s, 1, None).evidence.remove(0))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn gallop_counts_the_smaller_items(
            sorted in proptest::collection::btree_set(0u16..400, 0..100),
            x in 0u16..420,
        ) {
            let sorted: Vec<u16> = sorted.into_iter().collect();
            let smaller = sorted.iter().filter(|&&s| s < x).count();
            proptest::prop_assert_eq!(gallop(&sorted, &x), smaller);
        }

        /// Walking both lists gives the list and count that inserting
        /// item by item gives, with and without a limit, whether or not
        /// the list was trimmed to the limit before.
        #[test]
        fn merging_evidence_equals_inserting_it(
            a in proptest::collection::btree_set(0usize..200, 0..60),
            b in proptest::collection::btree_set(0usize..200, 0..60),
            max in 0usize..40,
            trimmed in proptest::bool::ANY,
        ) {
            let max = (max > 0).then_some(max);
            let mut old = evidence_list(&a);
            if let (true, Some(max)) = (trimmed, max) {
                old.truncate(max);
            }
            let new = evidence_list(&b);
            let (mut inserted, mut walked) = (old.clone(), old);
            let n = insert_evidence(&mut inserted, new.clone(), max);
            let m = merge_evidence(&mut walked, new, max);
            proptest::prop_assert_eq!(n, m);
            proptest::prop_assert_eq!(inserted, walked);
        }

        /// Uniting sets by walking them equals `extend`, for any sizes.
        #[test]
        fn uniting_sets_equals_extending(
            a in proptest::collection::btree_set("[a-d]{0,3}", 0..80),
            b in proptest::collection::btree_set("[a-d]{0,3}", 0..80),
        ) {
            let mut extended = a.clone();
            extended.extend(b.clone());
            let mut walked = a;
            set_into(&mut walked, b);
            proptest::prop_assert_eq!(extended, walked);
        }
    }
}
