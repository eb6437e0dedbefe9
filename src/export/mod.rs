//! Stage 7: export — one file per output format.
//!
//! Every exporter reads the graph through [`crate::Graph::nodes`] and
//! [`crate::Graph::edges`], which are sorted, so output is byte-identical for
//! identical input. Every string that came from text is escaped for the
//! target format.

pub mod dot;
pub mod json;
pub mod mentions;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The nergraph JSON graph (`docs/graph-format.md`).
    Json,
    /// Graphviz DOT.
    Dot,
}

/// Renders `graph` in `format`.
pub fn render(graph: &crate::Graph, format: Format) -> String {
    match format {
        Format::Json => json::to_string(graph),
        Format::Dot => dot::to_string(graph),
    }
}
