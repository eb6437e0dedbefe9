//! The filter options shared by `extract`, `merge`, `diff`, `similarity`
//! and `stats`: one clap struct flattened into each command, so the flags,
//! their help and their checks are the same everywhere. The filtering itself
//! is [`crate::graph::filter`].

use crate::error::{Error, Result};
use crate::graph::filter::{resolve_focus, Filter};
use crate::Graph;

/// Node types a filter can keep.
pub const TYPES: [&str; 4] = ["person", "country", "region", "organization"];
/// Edge kinds a filter can keep.
pub const KINDS: [&str; 4] = ["cooccurrence", "verb", "affiliation", "location"];

/// Filter options (see docs/corpus.md, "Filters"). Steps run in this order:
/// types, kinds and min-weight, focus, top.
#[derive(Debug, Clone, Default, clap::Args)]
#[command(next_help_heading = "Filters (applied in this order)")]
pub struct FilterArgs {
    /// Keep only nodes of these types (comma-separated), and the edges
    /// between them.
    #[arg(long, value_name = "TYPE,...", value_delimiter = ',', value_parser = TYPES)]
    types: Vec<String>,

    /// Keep only edges of these kinds (comma-separated); nodes left without
    /// edges are dropped.
    #[arg(long, value_name = "KIND,...", value_delimiter = ',', value_parser = KINDS)]
    kinds: Vec<String>,

    /// Keep only edges with at least N evidence sentences; nodes left
    /// without edges are dropped.
    #[arg(long, value_name = "N")]
    min_weight: Option<u64>,

    /// Keep only co-occurrence edges with at least N evidence items (other
    /// kinds are kept whatever their weight).
    #[arg(long, value_name = "N")]
    min_cooccurrence: Option<u64>,

    /// Leave out co-occurrence edges between entities that a verb relation
    /// already joins.
    #[arg(long)]
    no_redundant_cooccurrence: bool,

    /// Keep only the ego graph of one entity: its id (person:vladimir-putin)
    /// or a name or alias naming one node (Putin). Distance ignores
    /// direction.
    #[arg(long, value_name = "ID")]
    focus: Option<String>,

    /// With --focus: keep nodes at most K edges away.
    #[arg(long, value_name = "K", default_value_t = 1, requires = "focus")]
    depth: usize,

    /// Keep the N nodes with the most edges (ties: more mentions, then id).
    #[arg(long, value_name = "N")]
    top: Option<usize>,
}

impl FilterArgs {
    /// The library filter.
    pub fn filter(&self) -> Filter {
        Filter {
            types: self.types.iter().cloned().collect(),
            kinds: self.kinds.iter().cloned().collect(),
            min_weight: self.min_weight,
            focus: self.focus.clone(),
            depth: self.depth,
            top: self.top,
            min_cooccurrence: self.min_cooccurrence,
            cooccurrence_without_verb: self.no_redundant_cooccurrence,
        }
    }

    /// Checks that `--focus` names a node of at least one of `graphs`; the
    /// error suggests ids when it does not.
    pub fn check_focus(&self, graphs: &[&Graph]) -> Result<()> {
        let Some(query) = &self.focus else {
            return Ok(());
        };
        let mut suggestions = Vec::new();
        for g in graphs {
            match resolve_focus(g, query) {
                Ok(_) => return Ok(()),
                Err(s) => suggestions.extend(s),
            }
        }
        suggestions.sort();
        suggestions.dedup();
        let hint = if suggestions.is_empty() {
            "give a node id as listed in the graph's \"nodes\" (e.g. person:vladimir-putin)"
                .to_string()
        } else {
            format!("did you mean: {}?", suggestions.join(", "))
        };
        Err(Error::Usage(format!(
            "--focus '{query}' names no single node of the graph; {hint}"
        )))
    }
}
