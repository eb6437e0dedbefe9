//! `nergraph merge`: saved graphs in, one graph out (see
//! [`crate::graph::merge`] for the rules).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use super::filter::FilterArgs;
use super::output;
use crate::corpus::graphs;
use crate::error::Result;
use crate::export::{self, Format};

/// Arguments of `merge`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Graph files: JSON graphs (extract, merge) or JSON Lines of graphs
    /// (extract --per-article); `-` reads standard input.
    #[arg(value_name = "GRAPH", required = true)]
    inputs: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = MergeFormat::Json)]
    format: MergeFormat,

    /// Write to FILE instead of standard output (atomically).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    #[command(flatten)]
    filter: FilterArgs,
}

/// Output formats of `merge`.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum MergeFormat {
    /// The nergraph JSON graph.
    Json,
    /// Graphviz DOT.
    Dot,
}

/// Runs `merge`.
pub fn run(args: Args) -> Result<ExitCode> {
    let mut graph = graphs::merge_files(&args.inputs, |w| eprintln!("nergraph: warning: {w}"))?;
    let filter = args.filter.filter();
    if !filter.is_empty() {
        args.filter.check_focus(&[&graph])?;
        graph = filter.apply(&graph);
    }
    let format = match args.format {
        MergeFormat::Json => Format::Json,
        MergeFormat::Dot => Format::Dot,
    };
    output::write(args.output.as_deref(), &export::render(&graph, format))?;
    Ok(ExitCode::SUCCESS)
}
