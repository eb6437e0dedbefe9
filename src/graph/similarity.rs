//! How alike articles are, judged by their graphs.
//!
//! Two outlets telling the same story name the same people and places and
//! relate them the same way, even when no sentence is shared; so the graph
//! is a good fingerprint of what an article is about. Each article becomes a
//! [`Profile`]: its entities, its relations by identity, and the node pairs
//! it relates. Articles are compared by the Jaccard similarity of one of
//! those sets ([`Measure`]), and the similar pairs are explained by the
//! entities and relations they share.
//!
//! Profiles come from per-article graphs, or from a merged graph split by
//! article: a node belongs to the articles in its `articles` list and an
//! edge to the articles of its evidence.
//!
//! Ids are interned to integers and the sets kept as sorted vectors, so the
//! all-pairs matrix of a few thousand articles takes seconds; rows are
//! computed in parallel, and the result does not depend on the thread count.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;

use super::diff::round;
use super::{EdgeKey, Graph};

/// Jaccard similarity `|a ∩ b| / |a ∪ b|`; 1 when both are empty.
pub fn jaccard<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let common = a.intersection(b).count();
    common as f64 / (a.len() + b.len() - common) as f64
}

/// Jaccard similarity of two sorted, deduplicated slices.
fn jaccard_sorted(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let common = common_sorted(a, b).count();
    common as f64 / (a.len() + b.len() - common) as f64
}

fn common_sorted<'a>(a: &'a [u32], b: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(a[i - 1]);
                }
            }
        }
        None
    })
}

/// Which sets articles are compared by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    /// The entities they name.
    #[default]
    Nodes,
    /// Their relations, by identity (labels count).
    Edges,
    /// The unordered entity pairs they relate (labels and direction do not
    /// count).
    Pairs,
}

/// What one article is about.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    /// Article id.
    pub article: String,
    /// Entity id → weight in the article (mentions; in a graph of several
    /// articles, the number of the article's evidence items that involve
    /// the entity, plus one).
    pub nodes: BTreeMap<String, u64>,
    /// Relation → number of its evidence items in the article.
    pub edges: BTreeMap<EdgeKey, u64>,
    /// Unordered pairs of related entities.
    pub pairs: BTreeSet<(String, String)>,
}

/// One profile per article of `graph`, sorted by article id.
pub fn profiles(graph: &Graph) -> Vec<Profile> {
    let single = graph.article_count() == 1;
    let mut out: BTreeMap<&str, Profile> = graph
        .articles()
        .into_iter()
        .map(|a| {
            let p = Profile {
                article: a.id.clone(),
                ..Profile::default()
            };
            (a.id.as_str(), p)
        })
        .collect();
    for n in graph.nodes() {
        for a in &n.articles {
            if let Some(p) = out.get_mut(a.as_str()) {
                p.nodes
                    .insert(n.id.clone(), if single { n.mentions } else { 1 });
            }
        }
    }
    for e in graph.edges() {
        let mut count: BTreeMap<&str, u64> = BTreeMap::new();
        for ev in &e.evidence {
            *count.entry(&ev.article).or_default() += 1;
        }
        if single && count.is_empty() {
            if let Some(a) = graph.articles().first() {
                count.insert(&a.id, e.weight);
            }
        }
        for (a, c) in count {
            let Some(p) = out.get_mut(a) else { continue };
            p.edges.insert(e.key(), c);
            let pair = if e.source <= e.target {
                (e.source.clone(), e.target.clone())
            } else {
                (e.target.clone(), e.source.clone())
            };
            p.pairs.insert(pair);
            if !single {
                for id in [&e.source, &e.target] {
                    *p.nodes.entry(id.clone()).or_insert(1) += c;
                }
            }
        }
    }
    out.into_values().collect()
}

/// The similarity of every pair of articles, and the similar pairs
/// explained.
#[derive(Debug, Clone, PartialEq)]
pub struct Similarities {
    /// The measure used for `matrix` and for choosing similar pairs.
    pub measure: Measure,
    /// Article ids, in matrix order (sorted).
    pub articles: Vec<String>,
    /// `matrix[i][j]`: similarity of articles `i` and `j`.
    pub matrix: Vec<Vec<f64>>,
    /// Pairs at or above the threshold, most similar first.
    pub pairs: Vec<SimilarPair>,
}

/// Two similar articles and what they share.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SimilarPair {
    /// First article id (the smaller).
    pub a: String,
    /// Second article id.
    pub b: String,
    /// Similarity by the chosen measure.
    pub similarity: f64,
    /// Similarity by every measure.
    pub nodes: f64,
    /// Similarity of the relations, by identity.
    pub edges: f64,
    /// Similarity of the related pairs.
    pub pairs: f64,
    /// The shared entities, most weighty first.
    pub shared_entities: Vec<String>,
    /// The shared relations, as one-line descriptions; verb and other
    /// labelled relations before co-occurrence, then by weight.
    pub shared_relations: Vec<String>,
}

/// Options of [`compare`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// The measure for the matrix and the threshold.
    pub measure: Measure,
    /// Pairs with at least this similarity are reported.
    pub threshold: f64,
    /// Pairs are reported only when they share at least this many items
    /// of the measure's set: two articles naming only "Google" are
    /// identical by Jaccard, but that says little.
    pub min_shared: usize,
    /// At most this many pairs are reported.
    pub max_pairs: usize,
    /// At most this many shared entities and relations per pair.
    pub top: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            measure: Measure::Nodes,
            threshold: 0.3,
            min_shared: 2,
            max_pairs: 20,
            top: 5,
        }
    }
}

struct Interned {
    nodes: Vec<u32>,
    edges: Vec<u32>,
    pairs: Vec<u32>,
}

/// Compares every pair of `profiles` (which must have distinct article
/// ids). Deterministic: the same profiles give the same result on any
/// number of threads.
pub fn compare(profiles: &[Profile], opts: &Options) -> Similarities {
    let mut profiles: Vec<&Profile> = profiles.iter().collect();
    profiles.sort_by(|a, b| a.article.cmp(&b.article));
    let interned = intern(&profiles);
    let by = |p: &Interned| -> Vec<u32> {
        match opts.measure {
            Measure::Nodes => p.nodes.clone(),
            Measure::Edges => p.edges.clone(),
            Measure::Pairs => p.pairs.clone(),
        }
    };
    let sets: Vec<Vec<u32>> = interned.iter().map(by).collect();
    let matrix: Vec<Vec<f64>> = (0..sets.len())
        .into_par_iter()
        .map(|i| {
            (0..sets.len())
                .map(|j| {
                    if i == j {
                        1.0
                    } else {
                        jaccard_sorted(&sets[i], &sets[j])
                    }
                })
                .collect()
        })
        .collect();
    let mut similar: Vec<(usize, usize)> = (0..sets.len())
        .flat_map(|i| (i + 1..sets.len()).map(move |j| (i, j)))
        .filter(|&(i, j)| {
            matrix[i][j] >= opts.threshold
                && common_sorted(&sets[i], &sets[j])
                    .take(opts.min_shared)
                    .count()
                    >= opts.min_shared
        })
        .collect();
    similar.sort_by(|&(i, j), &(k, l)| {
        matrix[k][l]
            .total_cmp(&matrix[i][j])
            .then((i, j).cmp(&(k, l)))
    });
    similar.truncate(opts.max_pairs);
    let pairs = similar
        .into_iter()
        .map(|(i, j)| {
            let (p, q) = (profiles[i], profiles[j]);
            let (x, y) = (&interned[i], &interned[j]);
            SimilarPair {
                a: p.article.clone(),
                b: q.article.clone(),
                similarity: matrix[i][j],
                nodes: jaccard_sorted(&x.nodes, &y.nodes),
                edges: jaccard_sorted(&x.edges, &y.edges),
                pairs: jaccard_sorted(&x.pairs, &y.pairs),
                shared_entities: shared_entities(p, q, opts.top),
                shared_relations: shared_relations(p, q, opts.top),
            }
        })
        .collect();
    Similarities {
        measure: opts.measure,
        articles: profiles.iter().map(|p| p.article.clone()).collect(),
        matrix,
        pairs,
    }
}

fn intern(profiles: &[&Profile]) -> Vec<Interned> {
    fn id<K: std::hash::Hash + Eq + Clone>(map: &mut HashMap<K, u32>, k: &K) -> u32 {
        if let Some(&i) = map.get(k) {
            return i;
        }
        let i = map.len() as u32;
        map.insert(k.clone(), i);
        i
    }
    let (mut nodes, mut edges, mut pairs) = (HashMap::new(), HashMap::new(), HashMap::new());
    let sorted = |mut v: Vec<u32>| {
        v.sort_unstable();
        v.dedup();
        v
    };
    profiles
        .iter()
        .map(|p| Interned {
            nodes: sorted(p.nodes.keys().map(|k| id(&mut nodes, k)).collect()),
            edges: sorted(p.edges.keys().map(|k| id(&mut edges, k)).collect()),
            pairs: sorted(p.pairs.iter().map(|k| id(&mut pairs, k)).collect()),
        })
        .collect()
}

fn shared_entities(p: &Profile, q: &Profile, top: usize) -> Vec<String> {
    let mut shared: Vec<(u64, &String)> = p
        .nodes
        .iter()
        .filter_map(|(id, w)| q.nodes.get(id).map(|v| (w + v, id)))
        .collect();
    shared.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    shared
        .into_iter()
        .take(top)
        .map(|(_, id)| id.clone())
        .collect()
}

fn shared_relations(p: &Profile, q: &Profile, top: usize) -> Vec<String> {
    let mut shared: Vec<(bool, u64, &EdgeKey)> = p
        .edges
        .iter()
        .filter_map(|(k, w)| q.edges.get(k).map(|v| (k.2 == "cooccurrence", w + v, k)))
        .collect();
    shared.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
    shared
        .into_iter()
        .take(top)
        .map(|(_, _, k)| describe_key(k))
        .collect()
}

/// The one-line description of an edge identity (see
/// [`super::Edge::describe`]). The identity has no direction flag, so only
/// co-occurrence is drawn undirected; an undirected verb edge ("Putin and Xi
/// met") reads source → target, its ids in order.
fn describe_key(k: &EdgeKey) -> String {
    let (source, target, kind, label, negated, mood, attributed_to) = k;
    let mut l = String::new();
    if *negated {
        l.push_str("not ");
    }
    l.push_str(label);
    if let Some(m) = mood {
        let _ = write!(l, " ({m})");
    }
    let arrow = if kind == "cooccurrence" { "-" } else { "->" };
    let mut s = format!("{source} -[{l}]{arrow} {target}");
    if let Some(a) = attributed_to {
        let _ = write!(s, " (per {a})");
    }
    s
}

impl Similarities {
    /// The matrix as CSV: a header row of article ids, then one row per
    /// article; values with 4 decimals.
    pub fn to_csv(&self) -> String {
        let mut s = String::from("article");
        for a in &self.articles {
            s.push(',');
            s.push_str(&csv_field(a));
        }
        s.push('\n');
        for (a, row) in self.articles.iter().zip(&self.matrix) {
            s.push_str(&csv_field(a));
            for v in row {
                let _ = write!(s, ",{v:.4}");
            }
            s.push('\n');
        }
        s
    }

    /// Everything as pretty JSON, ending in a newline.
    pub fn to_json(&self) -> String {
        let matrix: Vec<Vec<f64>> = self
            .matrix
            .iter()
            .map(|r| r.iter().map(|&v| round(v)).collect())
            .collect();
        let pairs: Vec<SimilarPair> = self
            .pairs
            .iter()
            .map(|p| SimilarPair {
                similarity: round(p.similarity),
                nodes: round(p.nodes),
                edges: round(p.edges),
                pairs: round(p.pairs),
                ..p.clone()
            })
            .collect();
        let doc = json!({
            "measure": self.measure,
            "articles": self.articles,
            "matrix": matrix,
            "pairs": pairs,
        });
        let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
        s.push('\n');
        s
    }

    /// The similar pairs, for reading.
    pub fn to_text(&self, threshold: f64) -> String {
        let measure = match self.measure {
            Measure::Nodes => "entities",
            Measure::Edges => "relations",
            Measure::Pairs => "related pairs",
        };
        let mut s = format!(
            "{} articles; {} similar pairs shown (similarity >= {threshold}, Jaccard of {measure})\n",
            self.articles.len(),
            self.pairs.len()
        );
        for p in &self.pairs {
            let _ = writeln!(s, "\n{:.4}  {}  ~  {}", p.similarity, p.a, p.b);
            let _ = writeln!(
                s,
                "  entities {:.4}, relations {:.4}, related pairs {:.4}",
                p.nodes, p.edges, p.pairs
            );
            if !p.shared_entities.is_empty() {
                let _ = writeln!(s, "  shared entities: {}", p.shared_entities.join(", "));
            }
            for r in &p.shared_relations {
                let _ = writeln!(s, "  shared relation: {r}");
            }
        }
        s
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Extractor};

    #[test]
    fn jaccard_of_empty_sets_is_one() {
        let e: BTreeSet<u8> = BTreeSet::new();
        assert_eq!(jaccard(&e, &e), 1.0);
        assert_eq!(jaccard(&[1, 2].into(), &[2, 3].into()), 1.0 / 3.0);
        assert_eq!(jaccard_sorted(&[1, 2, 5], &[2, 5, 9]), 0.5);
    }

    #[test]
    fn merged_graph_splits_into_the_same_profiles() {
        let x = Extractor::builtin().unwrap();
        let a = x.extract(&Article::new(
            "a",
            "Vladimir Putin met Kim Jong Un in Pyongyang.",
        ));
        let b = x.extract(&Article::new(
            "b",
            "Chile met Peru. Kim Jong Un praised Russia.",
        ));
        let separate: Vec<Profile> = [&a, &b].iter().flat_map(|g| profiles(g)).collect();
        let merged = profiles(&Graph::merged([a, b]));
        assert_eq!(merged.len(), 2);
        for (m, s) in merged.iter().zip(&separate) {
            assert_eq!(m.article, s.article);
            assert_eq!(m.edges, s.edges);
            assert_eq!(m.pairs, s.pairs);
            let keys = |p: &Profile| p.nodes.keys().cloned().collect::<Vec<_>>();
            assert_eq!(keys(m), keys(s));
        }
        let sim = compare(&merged, &Options::default());
        assert_eq!(sim.matrix[0][0], 1.0);
        assert_eq!(sim.matrix[0][1], sim.matrix[1][0]);
    }
}
