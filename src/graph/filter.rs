//! Filters: smaller graphs for reading, drawing and comparing.
//!
//! A corpus graph has thousands of nodes; a drawing or a comparison is only
//! useful on part of it. One [`Filter`] serves every command (`extract`,
//! `merge`, `diff`, `similarity`, `stats`) so that `--types person` means the
//! same everywhere. The steps run in a fixed order, each on what the previous
//! one left:
//!
//! 1. `types`: keep nodes of these types (and the edges between them);
//! 2. `kinds`, `min_weight`: keep edges of these kinds and at least this
//!    weight; when either is given, nodes left without any edge are dropped
//!    too (`--kinds verb` is the graph of verb relations, not every entity);
//! 3. `focus`, `depth`: keep the nodes within `depth` edges of the focus
//!    node, ignoring direction, and every edge among them (the ego graph);
//! 4. `top`: keep the `top` nodes with the most edges, ties broken by more
//!    mentions, then by id, so the choice is deterministic.
//!
//! Articles are kept whatever the filter; evidence of kept edges is kept.

use std::collections::{BTreeSet, HashMap, VecDeque};

use super::{Edge, Graph, Node};

/// What to keep of a graph. The default keeps everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Node types to keep (`person`, `country`, ...); empty keeps all.
    pub types: BTreeSet<String>,
    /// Edge kinds to keep (`verb`, `affiliation`, ...); empty keeps all.
    pub kinds: BTreeSet<String>,
    /// Keep edges of at least this weight.
    pub min_weight: Option<u64>,
    /// Keep the ego graph of this node: an id, or a name or alias that
    /// names exactly one node (compared without regard to case).
    pub focus: Option<String>,
    /// Radius of the ego graph, in edges (with `focus`).
    pub depth: usize,
    /// Keep at most this many nodes, those with the highest degree.
    pub top: Option<usize>,
    /// Keep co-occurrence edges of at least this weight (other kinds are
    /// not affected).
    pub min_cooccurrence: Option<u64>,
    /// Leave out co-occurrence edges between two nodes that a verb edge
    /// (either direction) already joins: the verb says more.
    pub cooccurrence_without_verb: bool,
}

impl Filter {
    /// True when the filter keeps everything.
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
            && self.kinds.is_empty()
            && self.min_weight.is_none()
            && self.focus.is_none()
            && self.top.is_none()
            && self.min_cooccurrence.is_none()
            && !self.cooccurrence_without_verb
    }

    /// The part of `graph` that the filter keeps.
    pub fn apply(&self, graph: &Graph) -> Graph {
        if self.is_empty() {
            return graph.clone();
        }
        let mut nodes: BTreeSet<&str> = graph
            .nodes()
            .into_iter()
            .filter(|n| self.types.is_empty() || self.types.contains(&n.node_type))
            .map(|n| n.id.as_str())
            .collect();
        let mut edges: Vec<&Edge> = graph
            .edges()
            .into_iter()
            .filter(|e| {
                nodes.contains(e.source.as_str())
                    && nodes.contains(e.target.as_str())
                    && (self.kinds.is_empty() || self.kinds.contains(&e.kind))
                    && e.weight >= self.min_weight.unwrap_or(0)
            })
            .collect();
        let verb_pairs: BTreeSet<(&str, &str)> = edges
            .iter()
            .filter(|e| e.kind == "verb")
            .map(|e| pair(e))
            .collect();
        edges.retain(|e| {
            e.kind != "cooccurrence"
                || (e.weight >= self.min_cooccurrence.unwrap_or(0)
                    && !(self.cooccurrence_without_verb && verb_pairs.contains(&pair(e))))
        });
        let prunes_edges = self.min_cooccurrence.is_some() || self.cooccurrence_without_verb;
        if !self.kinds.is_empty() || self.min_weight.is_some() || prunes_edges {
            nodes = endpoints(&edges);
        }
        if let Some(query) = &self.focus {
            nodes = match resolve_focus(graph, query) {
                Ok(id) if nodes.contains(id) => ego(id, self.depth, &edges),
                _ => BTreeSet::new(),
            };
            edges
                .retain(|e| nodes.contains(e.source.as_str()) && nodes.contains(e.target.as_str()));
        }
        if let Some(top) = self.top {
            nodes = top_nodes(graph, &nodes, &edges, top);
            edges
                .retain(|e| nodes.contains(e.source.as_str()) && nodes.contains(e.target.as_str()));
        }
        let mut out = Graph::new();
        for a in graph.articles() {
            out.add_article(a.clone());
        }
        for id in &nodes {
            if let Some(n) = graph.node(id) {
                out.add_node(n.clone());
            }
        }
        for e in edges {
            out.add_edge(e.clone());
        }
        out
    }
}

/// The two ends of an edge, smaller id first.
fn pair(e: &Edge) -> (&str, &str) {
    let (a, b) = (e.source.as_str(), e.target.as_str());
    (a.min(b), a.max(b))
}

/// The id of the node that `query` names: the node with this id, else the
/// one node whose name or an alias equals it (ignoring case). On failure,
/// up to five ids of nodes whose id, name or alias contains the query, as
/// suggestions.
pub fn resolve_focus<'g>(graph: &'g Graph, query: &str) -> Result<&'g str, Vec<String>> {
    if let Some(n) = graph.node(query) {
        return Ok(&n.id);
    }
    let q = query.to_lowercase();
    let named =
        |n: &&Node| n.name.to_lowercase() == q || n.aliases.iter().any(|a| a.to_lowercase() == q);
    let hits: Vec<&Node> = graph.nodes().into_iter().filter(named).collect();
    if let [one] = hits.as_slice() {
        return Ok(&one.id);
    }
    if hits.len() > 1 {
        return Err(hits.iter().map(|n| n.id.clone()).collect());
    }
    Err(graph
        .nodes()
        .into_iter()
        .filter(|n| {
            n.id.to_lowercase().contains(&q)
                || n.name.to_lowercase().contains(&q)
                || n.aliases.iter().any(|a| a.to_lowercase().contains(&q))
        })
        .take(5)
        .map(|n| n.id.clone())
        .collect())
}

fn endpoints<'g>(edges: &[&'g Edge]) -> BTreeSet<&'g str> {
    edges
        .iter()
        .flat_map(|e| [e.source.as_str(), e.target.as_str()])
        .collect()
}

/// Nodes within `depth` edges of `start`, ignoring direction.
fn ego<'g>(start: &'g str, depth: usize, edges: &[&'g Edge]) -> BTreeSet<&'g str> {
    let mut adjacent: HashMap<&str, Vec<&str>> = HashMap::new();
    for e in edges {
        adjacent.entry(&e.source).or_default().push(&e.target);
        adjacent.entry(&e.target).or_default().push(&e.source);
    }
    let mut seen = BTreeSet::from([start]);
    let mut queue = VecDeque::from([(start, 0)]);
    while let Some((id, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for &next in adjacent.get(id).into_iter().flatten() {
            if seen.insert(next) {
                queue.push_back((next, d + 1));
            }
        }
    }
    seen
}

/// The `top` nodes of `nodes` by degree over `edges`, then mentions, then id.
fn top_nodes<'g>(
    graph: &'g Graph,
    nodes: &BTreeSet<&'g str>,
    edges: &[&Edge],
    top: usize,
) -> BTreeSet<&'g str> {
    let mut degree: HashMap<&str, usize> = HashMap::new();
    for e in edges {
        *degree.entry(&e.source).or_default() += 1;
        *degree.entry(&e.target).or_default() += 1;
    }
    let mut ranked: Vec<(usize, u64, &str)> = nodes
        .iter()
        .map(|&id| {
            let mentions = graph.node(id).map_or(0, |n| n.mentions);
            (degree.get(id).copied().unwrap_or(0), mentions, id)
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
    ranked.into_iter().take(top).map(|(_, _, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Extractor};

    fn graph() -> Graph {
        let x = Extractor::builtin().unwrap();
        x.extract(&Article::new(
            "t",
            "Vladimir Putin praised Kim Jong Un. Russia and China met in Moscow. \
             Chile met Peru.",
        ))
    }

    fn ids(g: &Graph) -> Vec<&str> {
        g.nodes().iter().map(|n| n.id.as_str()).collect()
    }

    #[test]
    fn empty_filter_keeps_everything() {
        let g = graph();
        let f = Filter::default();
        assert_eq!(ids(&f.apply(&g)), ids(&g));
    }

    #[test]
    fn types_keep_only_those_nodes_and_their_edges() {
        let g = graph();
        let f = Filter {
            types: ["person".to_string()].into(),
            ..Filter::default()
        };
        let out = f.apply(&g);
        assert_eq!(
            ids(&out),
            vec!["person:kim-jong-un", "person:vladimir-putin"]
        );
        assert!(out.edges().iter().all(|e| e.source.starts_with("person:")));
    }

    #[test]
    fn focus_by_name_keeps_the_neighbourhood() {
        let g = graph();
        let f = Filter {
            focus: Some("chile".into()),
            depth: 1,
            ..Filter::default()
        };
        assert_eq!(ids(&f.apply(&g)), vec!["country:CHL", "country:PER"]);
        let unknown = Filter {
            focus: Some("Atlantis".into()),
            ..Filter::default()
        };
        assert_eq!(unknown.apply(&g).node_count(), 0);
    }

    #[test]
    fn top_is_deterministic() {
        let g = graph();
        let f = Filter {
            top: Some(2),
            ..Filter::default()
        };
        let out = f.apply(&g);
        assert_eq!(out.node_count(), 2);
        assert_eq!(ids(&out), ids(&f.apply(&g)));
    }
}
