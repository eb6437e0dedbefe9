//! The nergraph JSON graph, version 1 (see `docs/graph-format.md`).
//!
//! The pretty-printed graph of a large corpus is tens of megabytes, and
//! writing it was a serial tail after a parallel extraction. [`to_string`]
//! therefore serializes the articles, nodes and edges in chunks on the
//! current rayon pool (the `-j` pool when called from `extract`) and
//! concatenates them; [`Indented`] writes each element exactly as
//! `serde_json::to_string_pretty` would at its depth in the document, so the
//! bytes are those of serializing the whole document at once (a test
//! compares the two).

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::graph::{ArticleInfo, Edge, Graph, Node};

/// Value of the top-level `format` field.
pub const FORMAT: &str = "nergraph";
/// Current format version.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    format: &'static str,
    version: u32,
    articles: Vec<&'a ArticleInfo>,
    nodes: Vec<&'a Node>,
    edges: Vec<&'a Edge>,
}

#[derive(Deserialize)]
struct OwnedDocument {
    format: String,
    version: u32,
    articles: Vec<ArticleInfo>,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
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

/// The graph as pretty-printed JSON, ending in a newline.
pub fn to_string(graph: &Graph) -> String {
    // Bytes, since serde_json writes to an `io::Write`: one buffer for the
    // whole document, checked as UTF-8 once at the end.
    let mut out = b"{\n  \"format\": ".to_vec();
    out.extend_from_slice(super::json_text(FORMAT, false).as_bytes());
    out.extend_from_slice(format!(",\n  \"version\": {VERSION},\n  \"articles\": ").as_bytes());
    pretty_array(&mut out, &graph.articles());
    out.extend_from_slice(b",\n  \"nodes\": ");
    pretty_array(&mut out, &graph.nodes());
    out.extend_from_slice(b",\n  \"edges\": ");
    pretty_array(&mut out, &graph.edges());
    out.extend_from_slice(b"\n}\n");
    // serde_json writes valid UTF-8: no copy, never lossy.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Elements serialized per rayon task: enough to make the task worth
/// starting, few enough to share a large array between threads.
const CHUNK: usize = 256;

/// Chunks serialized in parallel before they are appended.
const BATCH: usize = 64;

/// Appends `items` as a pretty-printed JSON array that is the value of a
/// top-level field (its elements one level deeper), as serde_json would.
fn pretty_array<T: Serialize + Sync>(out: &mut Vec<u8>, items: &[T]) {
    if items.is_empty() {
        out.extend_from_slice(b"[]");
        return;
    }
    // Every element is written after ",\n    ": the first one's comma
    // becomes the opening bracket.
    let open = out.len();
    if rayon::current_num_threads() <= 1 {
        // One thread (`-j 1`): straight into the document.
        pretty_elements(out, items);
    } else {
        // A batch of chunks at a time, so that the pieces waiting to be
        // appended stay a small part of the document.
        for batch in items.chunks(CHUNK * BATCH) {
            let pieces: Vec<Vec<u8>> = batch
                .par_chunks(CHUNK)
                .map(|chunk| {
                    let mut piece = Vec::new();
                    pretty_elements(&mut piece, chunk);
                    piece
                })
                .collect();
            for piece in pieces {
                out.extend_from_slice(&piece);
            }
        }
    }
    if let Some(comma) = out.get_mut(open) {
        *comma = b'[';
    }
    out.extend_from_slice(b"\n  ]");
}

/// Appends the elements of `items` to `out`, each after ",\n" and the
/// indent of an element of a top-level array.
fn pretty_elements<T: Serialize>(out: &mut Vec<u8>, items: &[T]) {
    for item in items {
        out.extend_from_slice(b",\n    ");
        let mut ser = serde_json::Serializer::with_formatter(&mut *out, Indented::at(2));
        #[allow(
            clippy::expect_used,
            reason = "model types have string keys and infallible Serialize impls"
        )]
        item.serialize(&mut ser)
            .expect("the graph's model types serialize");
    }
}

/// serde_json's `PrettyFormatter` (two-space indent), starting `depth`
/// levels deep instead of at the top, so that a value can be serialized on
/// its own and spliced into a larger pretty document.
struct Indented {
    depth: usize,
    has_value: bool,
}

impl Indented {
    fn at(depth: usize) -> Indented {
        Indented {
            depth,
            has_value: false,
        }
    }

    fn newline<W: ?Sized + std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b"\n")?;
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + std::io::Write>(&mut self, w: &mut W, c: &[u8]) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(c)
    }

    fn close<W: ?Sized + std::io::Write>(&mut self, w: &mut W, c: &[u8]) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.newline(w)?;
        }
        w.write_all(c)
    }

    fn item<W: ?Sized + std::io::Write>(&self, w: &mut W, first: bool) -> std::io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        self.newline(w)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// The graph as one line of compact JSON ending in a newline: one record of
/// a JSON Lines file of graphs (`extract --per-article`). It parses to the
/// same value as [`to_string`].
pub fn to_line(graph: &Graph) -> String {
    let mut s = super::json_text(&document(graph), false);
    s.push('\n');
    s
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

    /// The whole document through `serde_json::to_string_pretty`: what
    /// [`to_string`] must write.
    fn one_piece(g: &Graph) -> String {
        let mut s = crate::export::json_text(&document(g), true);
        s.push('\n');
        s
    }

    #[test]
    fn chunked_writing_equals_serializing_the_whole_document() {
        let x = Extractor::builtin().unwrap();
        assert_eq!(to_string(&Graph::new()), one_piece(&Graph::new()));
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
        g.merge(x.extract(&lone));
        assert!(g.edge_count() > 0 && g.article_count() > CHUNK);
        assert_eq!(to_string(&g), one_piece(&g));
        // In place on one thread, in parallel pieces on several.
        for threads in [1, 3] {
            let pool = crate::corpus::driver::pool(threads).unwrap();
            assert_eq!(pool.install(|| to_string(&g)), one_piece(&g));
        }
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
