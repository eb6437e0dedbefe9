//! The nergraph JSON graph, version 1 (see `docs/graph-format.md`).
//!
//! The pretty-printed graph of a large corpus is tens of megabytes, and
//! writing it was a serial tail after a parallel extraction. [`to_string`]
//! therefore serializes the articles, nodes and edges in chunks on the
//! current rayon pool (the `-j` pool when called from `extract`) and
//! concatenates them; `Indented` writes each element exactly as
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
    let mut out = Vec::new();
    #[allow(
        clippy::expect_used,
        reason = "writing to a Vec cannot fail, and the model types serialize"
    )]
    write(graph, &mut out).expect("writing to memory");
    // serde_json writes valid UTF-8: no copy, never lossy.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Writes the graph as pretty-printed JSON, ending in a newline, to `out`:
/// the bytes of [`to_string`], without holding the whole document (80 MB
/// for 100 MB of articles) in memory. The elements are serialized in
/// pieces on the current rayon pool while the previous pieces are being
/// written.
pub fn write(graph: &Graph, out: &mut (dyn std::io::Write + Send)) -> std::io::Result<()> {
    let mut pieces = Pieces::default();
    out.write_all(b"{\n  \"format\": ")?;
    out.write_all(super::json_text(FORMAT, false).as_bytes())?;
    out.write_all(format!(",\n  \"version\": {VERSION},\n  \"articles\": ").as_bytes())?;
    pieces.write_array(out, &graph.articles())?;
    out.write_all(b",\n  \"nodes\": ")?;
    pieces.write_array(out, &graph.nodes())?;
    out.write_all(b",\n  \"edges\": ")?;
    pieces.write_array(out, &graph.edges())?;
    out.write_all(b"\n}\n")
}

/// Elements serialized per rayon task: enough to make the task worth
/// starting, few enough to share a large array between threads (a corpus
/// of 100 MB has only about 4,000 edges, but 60 MB of them, as each
/// carries its evidence).
const CHUNK: usize = 32;

/// Chunks serialized in parallel before they are written: a few per
/// thread, so that writing one batch overlaps serializing the next.
const BATCH: usize = 16;

/// Buffers for the serialized chunks of arrays, reused from batch to
/// batch: fresh memory for every piece (80 MB in all) cost more in the
/// kernel zeroing pages than the serializing itself.
#[derive(Default)]
struct Pieces {
    spare: Vec<Vec<u8>>,
}

impl Pieces {
    /// Writes `items` as a pretty-printed JSON array that is the value of
    /// a top-level field (its elements one level deeper), as serde_json
    /// would. A batch of chunks is serialized in parallel while the one
    /// before is written, so the pieces waiting to be written stay a small
    /// part of the document, and with one thread the writing is not left
    /// to the end.
    fn write_array<T: Serialize + Sync>(
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
        let mut write_pieces = |pieces: Vec<Vec<u8>>| -> std::io::Result<Vec<Vec<u8>>> {
            for piece in &pieces {
                let bytes = if first {
                    first = false;
                    out.write_all(b"[")?;
                    piece.get(1..).unwrap_or_default()
                } else {
                    &piece[..]
                };
                out.write_all(bytes)?;
            }
            Ok(pieces)
        };
        if rayon::current_num_threads() <= 1 {
            // One thread: on this one, without handing work to the pool
            // (`-j 1` runs on the pool already).
            for batch in items.chunks(CHUNK * BATCH) {
                let spare = std::mem::take(&mut self.spare);
                self.spare = write_pieces(serialize_chunks(batch, spare))?;
            }
            return out.write_all(b"\n  ]");
        }
        let mut ready = Vec::new();
        for batch in items.chunks(CHUNK * BATCH) {
            let spare = std::mem::take(&mut self.spare);
            let (written, pieces) = rayon::join(
                || write_pieces(std::mem::take(&mut ready)),
                || serialize_chunks(batch, spare),
            );
            self.spare = written?;
            ready = pieces;
        }
        self.spare = write_pieces(ready)?;
        out.write_all(b"\n  ]")
    }
}

/// The chunks of `batch`, serialized in parallel (or in turn, on one
/// thread), each into one of the buffers of `spare` (or a new one).
fn serialize_chunks<T: Serialize + Sync>(batch: &[T], mut spare: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    spare.resize_with(batch.len().div_ceil(CHUNK), Vec::new);
    let serialize = |(chunk, mut piece): (&[T], Vec<u8>)| {
        piece.clear();
        pretty_elements(&mut piece, chunk);
        piece
    };
    if rayon::current_num_threads() <= 1 {
        return batch.chunks(CHUNK).zip(spare).map(serialize).collect();
    }
    batch.par_chunks(CHUNK).zip(spare).map(serialize).collect()
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

    /// A newline and the indent of `depth`, in one write for the usual
    /// depths (a write per level was a tenth of serializing).
    fn newline<W: ?Sized + std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        const INDENT: &[u8; 33] = b"\n                                ";
        match INDENT.get(..1 + 2 * self.depth) {
            Some(indent) => w.write_all(indent),
            None => {
                w.write_all(b"\n")?;
                for _ in 0..self.depth {
                    w.write_all(b"  ")?;
                }
                Ok(())
            }
        }
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
        // Deeper than the indents written at once.
        let deep = (0..24).fold(
            serde_json::json!(["end"]),
            |v, i| serde_json::json!({ format!("k{i}"): [v, 1] }),
        );
        lone.info.extra.insert("deep".into(), deep);
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
