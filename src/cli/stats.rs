//! `nergraph stats`: counts and centrality of a graph (see
//! [`crate::graph::stats`]).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use super::filter::FilterArgs;
use super::output;
use crate::corpus::graphs;
use crate::error::Result;
use crate::graph::stats::{stats, Centrality};

/// Arguments of `stats`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Graph files (JSON, or JSON Lines of graphs); several are merged first.
    #[arg(value_name = "GRAPH", required = true)]
    inputs: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = StatsFormat::Text)]
    format: StatsFormat,

    /// Write to FILE instead of standard output (atomically).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// List this many central entities and strong relations.
    #[arg(short = 'n', long, value_name = "N", default_value_t = 10)]
    limit: usize,

    /// Rank central entities by this.
    #[arg(long, value_enum, default_value_t = SortBy::Degree)]
    sort: SortBy,

    #[command(flatten)]
    filter: FilterArgs,
}

/// Output formats of `stats`.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum StatsFormat {
    /// Plain text.
    Text,
    /// JSON.
    Json,
}

/// Centrality measures.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum SortBy {
    /// Number of distinct relations.
    Degree,
    /// Sum of relation weights (evidence sentences).
    WeightedDegree,
    /// PageRank (petgraph); directed relations point subject to object.
    Pagerank,
}

/// Runs `stats`.
pub fn run(args: Args) -> Result<ExitCode> {
    let mut graph = graphs::merge_files(&args.inputs, |w| eprintln!("nergraph: warning: {w}"))?;
    let filter = args.filter.filter();
    if !filter.is_empty() {
        args.filter.check_focus(&[&graph])?;
        graph = filter.apply(&graph);
    }
    let sort = match args.sort {
        SortBy::Degree => Centrality::Degree,
        SortBy::WeightedDegree => Centrality::WeightedDegree,
        SortBy::Pagerank => Centrality::Pagerank,
    };
    let s = stats(&graph, args.limit, sort);
    let text = match args.format {
        StatsFormat::Text => s.to_text(),
        StatsFormat::Json => s.to_json(),
    };
    output::write(args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}
