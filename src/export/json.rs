//! The nergraph JSON graph, version 1 (see `docs/graph-format.md`).
//!
//! It is written by hand (`json/writer.rs`), byte for byte as serde_json would
//! write the model types, at a fraction of the cost; it is read through
//! their `Deserialize` impls. The pretty-printed graph of a large corpus is
//! tens of megabytes, and writing it was a serial tail after a parallel
//! extraction, so [`write()`] (and [`to_string`] on more than one thread)
//! writes the articles, nodes and edges in chunks on the current rayon pool
//! (the `-j` pool when called from `extract`) and concatenates them; each
//! element is written as it would be at its depth in the whole document
//! (tests compare the two with serde_json's output).

use rayon::prelude::*;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::graph::{ArticleInfo, Edge, Graph, Node};

mod writer;

use writer::{key, Element, Out};

/// Value of the top-level `format` field.
pub const FORMAT: &str = "nergraph";
/// Current format version.
pub const VERSION: u32 = 1;

#[derive(Deserialize)]
struct OwnedDocument {
    format: String,
    version: u32,
    articles: Vec<ArticleInfo>,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

/// The graph as pretty-printed JSON, ending in a newline.
pub fn to_string(graph: &Graph) -> String {
    if rayon::current_num_threads() > 1 {
        // In pieces on the pool.
        let mut out = Vec::new();
        #[allow(clippy::expect_used, reason = "writing to a Vec cannot fail")]
        write(graph, &mut out).expect("writing to memory");
        // Only valid UTF-8 is written: no copy, never lossy.
        return String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    }
    // On this thread, straight into the result.
    let mut text = String::new();
    document(&mut Out::pretty(&mut text, 0), graph);
    text.push('\n');
    text
}

/// Writes the whole graph document where `out` stands.
fn document(out: &mut Out<'_>, graph: &Graph) {
    out.open_object();
    out.field(key!("format"));
    out.string(FORMAT);
    out.field(key!("version"));
    out.uint(VERSION.into());
    let (articles, nodes, edges) = (graph.articles(), graph.nodes(), graph.edges());
    out.reserve(estimated_len(&articles, &nodes, &edges));
    out.field(key!("articles"));
    out.array(&articles);
    out.field(key!("nodes"));
    out.array(&nodes);
    out.field(key!("edges"));
    out.array(&edges);
    out.close_object();
}

/// A little more than the length of the pretty-printed document (unless
/// many characters need escapes), so that its buffer is allocated once:
/// growing it copies all that was written so far, each time.
fn estimated_len(articles: &[&ArticleInfo], nodes: &[&Node], edges: &[&Edge]) -> usize {
    fn sum<T: Element>(items: &[T]) -> usize {
        items.iter().map(Element::estimated_len).sum()
    }
    let total = sum(articles) + sum(nodes) + sum(edges);
    total + total / 8
}

/// Writes the graph as pretty-printed JSON, ending in a newline, to `out`:
/// the bytes of [`to_string`], without holding the whole document (80 MB
/// for 100 MB of articles) in memory. The elements are serialized in
/// pieces on the current rayon pool while the previous pieces are being
/// written.
pub fn write(graph: &Graph, out: &mut (dyn std::io::Write + Send)) -> std::io::Result<()> {
    write_in_pieces(graph, out, PIECE)
}

/// [`write()`], with pieces of about `piece` bytes.
fn write_in_pieces(
    graph: &Graph,
    out: &mut (dyn std::io::Write + Send),
    piece: usize,
) -> std::io::Result<()> {
    let mut pieces = Pieces {
        size: piece,
        spare: Vec::new(),
    };
    let mut head = String::new();
    let mut o = Out::pretty(&mut head, 0);
    o.open_object();
    o.field(key!("format"));
    o.string(FORMAT);
    o.field(key!("version"));
    o.uint(VERSION.into());
    o.field(key!("articles"));
    out.write_all(head.as_bytes())?;
    pieces.write_array(out, &graph.articles())?;
    out.write_all(b",\n  \"nodes\": ")?;
    pieces.write_array(out, &graph.nodes())?;
    out.write_all(b",\n  \"edges\": ")?;
    pieces.write_array(out, &graph.edges())?;
    out.write_all(b"\n}\n")
}

/// About how many bytes of the document one rayon task serializes: enough
/// to make the task worth starting, few enough to share a batch between
/// threads. Pieces are cut by size, not by count, because the elements
/// differ a thousandfold: a corpus of 100 MB has 44,000 articles of about
/// 150 bytes each, and 4,000 edges that carry 60 MB of evidence, some of
/// them 250 KB. Cut by count, the articles made thousands of tiny tasks
/// and the edges a few huge ones: two threads wrote the graph of 100 MB of
/// articles about 1.3 times as fast as one; cut by size, about 1.45 times.
const PIECE: usize = 128 * 1024;

/// Pieces serialized in parallel before they are written: a few per
/// thread, so that writing one batch overlaps serializing the next.
const BATCH: usize = 16;

/// Buffers for the serialized pieces of arrays, reused from batch to
/// batch: fresh memory for every piece (80 MB in all) cost more in the
/// kernel zeroing pages than the serializing itself.
struct Pieces {
    /// About how many bytes of the document a piece holds.
    size: usize,
    spare: Vec<String>,
}

impl Pieces {
    /// Writes `items` as a pretty-printed JSON array that is the value of
    /// a top-level field (its elements one level deeper), as serde_json
    /// would. A batch of pieces is serialized in parallel while the one
    /// before is written, so the pieces waiting to be written stay a small
    /// part of the document, and with one thread the writing is not left
    /// to the end.
    fn write_array<T: Element>(
        &mut self,
        out: &mut (dyn std::io::Write + Send),
        items: &[T],
    ) -> std::io::Result<()> {
        if items.is_empty() {
            return out.write_all(b"[]");
        }
        // Every element is written after ",\n    ": the first one's comma
        // becomes the opening bracket.
        let mut first = true;
        let mut write_pieces = |pieces: Vec<String>| -> std::io::Result<Vec<String>> {
            for piece in &pieces {
                let bytes = if first {
                    first = false;
                    out.write_all(b"[")?;
                    piece.as_bytes().get(1..).unwrap_or_default()
                } else {
                    piece.as_bytes()
                };
                out.write_all(bytes)?;
            }
            Ok(pieces)
        };
        let cut = cut(items, self.size);
        if rayon::current_num_threads() <= 1 {
            // One thread: on this one, without handing work to the pool
            // (`-j 1` runs on the pool already).
            for batch in cut.chunks(BATCH) {
                let spare = std::mem::take(&mut self.spare);
                self.spare = write_pieces(serialize_pieces(batch, spare))?;
            }
            return out.write_all(b"\n  ]");
        }
        let mut ready = Vec::new();
        for batch in cut.chunks(BATCH) {
            let spare = std::mem::take(&mut self.spare);
            let (written, pieces) = rayon::join(
                || write_pieces(std::mem::take(&mut ready)),
                || serialize_pieces(batch, spare),
            );
            self.spare = written?;
            ready = pieces;
        }
        self.spare = write_pieces(ready)?;
        out.write_all(b"\n  ]")
    }
}

/// `items` cut into runs of consecutive elements of about `size`
/// estimated bytes each, or more when one element is larger.
fn cut<T: Element>(items: &[T], size: usize) -> Vec<&[T]> {
    let mut runs = Vec::new();
    let mut rest = items;
    while !rest.is_empty() {
        let mut len = 0;
        let end = rest.iter().position(|item| {
            len += item.estimated_len();
            len >= size
        });
        let (run, tail) = rest.split_at(end.map_or(rest.len(), |i| i + 1));
        runs.push(run);
        rest = tail;
    }
    runs
}

/// The pieces of `batch`, serialized in parallel (or in turn, on one
/// thread), each into one of the buffers of `spare` (or a new one).
fn serialize_pieces<T: Element>(batch: &[&[T]], mut spare: Vec<String>) -> Vec<String> {
    spare.resize_with(batch.len(), String::new);
    let serialize = |(items, mut piece): (&&[T], String)| {
        piece.clear();
        pretty_elements(&mut piece, items);
        piece
    };
    if rayon::current_num_threads() <= 1 {
        return batch.iter().zip(spare).map(serialize).collect();
    }
    batch.par_iter().zip(spare).map(serialize).collect()
}

/// Appends the elements of `items` to `text`, each after ",\n" and the
/// indent of an element of a top-level array.
fn pretty_elements<T: Element>(text: &mut String, items: &[T]) {
    let mut out = Out::pretty(text, 2);
    for item in items {
        out.element();
        item.write_json(&mut out);
    }
}

/// The graph as one line of compact JSON ending in a newline: one record of
/// a JSON Lines file of graphs (`extract --per-article`). It parses to the
/// same value as [`to_string`].
pub fn to_line(graph: &Graph) -> String {
    let mut text = String::new();
    document(&mut Out::compact(&mut text), graph);
    text.push('\n');
    text
}

/// Reads a JSON graph written by [`to_string`]. `origin` names it in errors.
pub fn from_str(origin: &str, text: &str) -> Result<Graph> {
    let doc: OwnedDocument = serde_json::from_str(text).map_err(|source| Error::Json {
        path: origin.to_string(),
        source,
    })?;
    if doc.format != FORMAT || doc.version != VERSION {
        return Err(Error::input(
            origin,
            format!(
                "not a nergraph graph of version {VERSION} (format '{}', version {})",
                doc.format, doc.version
            ),
        ));
    }
    let mut g = Graph::new();
    doc.articles.into_iter().for_each(|a| g.add_article(a));
    doc.nodes.into_iter().for_each(|n| g.add_node(n));
    for (i, e) in doc.edges.into_iter().enumerate() {
        for end in [&e.source, &e.target] {
            if g.node(end).is_none() {
                return Err(Error::input(
                    origin,
                    format!(
                        "edge {} ({}) refers to node '{end}', which is not in \"nodes\"; \
                         the file was changed by hand or cut short: extract it again",
                        i + 1,
                        e.describe()
                    ),
                ));
            }
        }
        g.add_edge(e);
    }
    Ok(g)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Evidence;
    use crate::{Article, Extractor};

    #[test]
    fn round_trip_is_identical() {
        let x = Extractor::builtin().unwrap();
        let g = x.extract(&Article::new(
            "t",
            "Russia and China met. Vladimir Putin praised Kim Jong Un.",
        ));
        let s = to_string(&g);
        let back = from_str("t.json", &s).unwrap();
        assert_eq!(to_string(&back), s);
    }

    /// The document as the model types' `Serialize` impls write it: the
    /// oracle for the hand-written writer.
    #[derive(serde::Serialize)]
    struct Document<'a> {
        format: &'static str,
        version: u32,
        articles: Vec<&'a ArticleInfo>,
        nodes: Vec<&'a Node>,
        edges: Vec<&'a Edge>,
    }

    fn document(graph: &Graph) -> Document<'_> {
        Document {
            format: FORMAT,
            version: VERSION,
            articles: graph.articles(),
            nodes: graph.nodes(),
            edges: graph.edges(),
        }
    }

    /// The whole document through `serde_json::to_string_pretty`: what
    /// [`to_string`] and [`write`] must write.
    fn one_piece(g: &Graph) -> String {
        let mut s = crate::export::json_text(&document(g), true);
        s.push('\n');
        s
    }

    /// The whole document through `serde_json::to_string`: what
    /// [`to_line`] must write.
    fn one_line(g: &Graph) -> String {
        let mut s = crate::export::json_text(&document(g), false);
        s.push('\n');
        s
    }

    /// `g` written every way equals serde_json's output: [`to_string`]
    /// and [`write`] on one, two and three threads (the latter also in
    /// pieces of one element, and of a few), and [`to_line`].
    fn assert_written_as_serde_json(g: &Graph) {
        let want = one_piece(g);
        assert_eq!(to_string(g), want);
        for threads in [1, 2, 3] {
            let pool = crate::corpus::driver::pool(threads).unwrap();
            assert_eq!(pool.install(|| to_string(g)), want);
            for piece in [1, 1000, PIECE] {
                let mut written = Vec::new();
                pool.install(|| write_in_pieces(g, &mut written, piece))
                    .unwrap();
                assert_eq!(String::from_utf8(written).unwrap(), want);
            }
        }
        assert_eq!(to_line(g), one_line(g));
    }

    proptest::proptest! {
        #[test]
        fn cut_makes_runs_of_about_the_size_asked(
            lens in proptest::collection::vec(0usize..600, 0..60),
            size in 1usize..2000,
        ) {
            let items: Vec<Evidence> = lens
                .iter()
                .map(|&n| Evidence {
                    article: String::new(),
                    sentence: 0,
                    start: 0,
                    end: 0,
                    text: "x".repeat(n),
                })
                .collect();
            let runs = cut(&items, size);
            let len = |run: &[Evidence]| run.iter().map(Element::estimated_len).sum::<usize>();
            // In order, each element once, none empty.
            let joined: Vec<&Evidence> = runs.iter().flat_map(|r| r.iter()).collect();
            proptest::prop_assert_eq!(joined, items.iter().collect::<Vec<_>>());
            for (i, run) in runs.iter().enumerate() {
                let (_, before_last) = run.split_last().unwrap();
                // Each run stops at the first element that reaches the
                // size; only the last may fall short of it.
                proptest::prop_assert!(len(before_last) < size);
                proptest::prop_assert!(i + 1 == runs.len() || len(run) >= size);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn random_graphs_are_written_as_serde_json_writes(
            articles in proptest::collection::vec(writer::tests::article(), 0..4),
            nodes in proptest::collection::vec(writer::tests::node(), 0..6),
            edges in proptest::collection::vec((writer::tests::edge(), 0usize..6, 0usize..6), 0..80),
        ) {
            let mut g = Graph::new();
            articles.into_iter().for_each(|a| g.add_article(a));
            let ids: Vec<String> = nodes.iter().map(|n| n.id.clone()).collect();
            nodes.into_iter().for_each(|n| g.add_node(n));
            for (mut e, source, target) in edges {
                // Between nodes of the graph, when there are any.
                if let (Some(s), Some(t)) = (ids.get(source % ids.len().max(1)), ids.get(target % ids.len().max(1))) {
                    e.source = s.clone();
                    e.target = t.clone();
                }
                g.add_edge(e);
            }
            assert_written_as_serde_json(&g);
        }
    }

    #[test]
    fn chunked_writing_equals_serializing_the_whole_document() {
        let x = Extractor::builtin().unwrap();
        assert_written_as_serde_json(&Graph::new());
        // Enough articles for several chunks of nodes and edges, one
        // without relations, and an article with extra fields.
        let mut g = Graph::new();
        for i in 0..300 {
            let text = format!(
                "Russia and China met on day {i}. Vladimir Putin praised Kim Jong Un. \
                 \u{201C}Quotes\u{201D} and \\ in Paris, France."
            );
            g.merge(x.extract(&Article::new(format!("a{i}"), text)));
        }
        let mut lone = Article::new("lone", "Nothing to see.");
        lone.info
            .extra
            .insert("tags".into(), serde_json::json!(["x", {"y": []}, {}]));
        // Deeper than the indents written at once.
        let deep = (0..24).fold(
            serde_json::json!(["end"]),
            |v, i| serde_json::json!({ format!("k{i}"): [v, 1] }),
        );
        lone.info.extra.insert("deep".into(), deep);
        g.merge(x.extract(&lone));
        assert!(g.edge_count() > 0 && g.article_count() > BATCH);
        assert_written_as_serde_json(&g);
    }

    #[test]
    fn rejects_other_documents() {
        let e = from_str(
            "x.json",
            r#"{"format":"other","version":1,"articles":[],"nodes":[],"edges":[]}"#,
        );
        assert!(e.unwrap_err().to_string().contains("not a nergraph graph"));
        let e = from_str("x.json", "{");
        assert!(e
            .unwrap_err()
            .to_string()
            .starts_with("x.json: invalid nergraph JSON"));
    }
}
