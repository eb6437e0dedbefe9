//! `nergraph merge`: saved graphs in, one graph out (see
//! [`crate::graph::merge`] for the rules).

use std::path::PathBuf;
use std::process::ExitCode;

use super::extract::{CypherDialect, OutputFormat};
use super::filter::FilterArgs;
use super::output;
use crate::corpus::graphs;
use crate::error::{Error, Result};
use crate::export;

/// Arguments of `merge`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Graph files: JSON graphs (extract, merge) or JSON Lines of graphs
    /// (extract --per-article); `-` reads standard input.
    #[arg(value_name = "GRAPH", required = true)]
    inputs: Vec<PathBuf>,

    /// Output format (as for `extract`, but for `mentions`).
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Json)]
    format: OutputFormat,

    /// Write to FILE instead of standard output (atomically); a directory
    /// for `neo4j-csv`.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// openCypher dialect of `--format cypher`.
    #[arg(long, value_enum, value_name = "DIALECT", default_value_t = CypherDialect::Neo4j)]
    cypher_dialect: CypherDialect,

    /// Keep at most N evidence sentences per edge, the first by article id
    /// and offset; weights still count every sentence. 0: keep all.
    #[arg(long, value_name = "N", default_value_t = crate::graph::DEFAULT_MAX_EVIDENCE)]
    max_evidence: usize,

    #[command(flatten)]
    filter: FilterArgs,
}

/// Runs `merge`.
pub fn run(args: Args) -> Result<ExitCode> {
    let limit = super::extract::max_evidence(args.max_evidence);
    let mut graph =
        graphs::merge_files_with(&args.inputs, limit, |w| eprintln!("nergraph: warning: {w}"))?;
    let filter = args.filter.filter();
    if !filter.is_empty() {
        args.filter.check_focus(&[&graph])?;
        graph = filter.apply(&graph);
    }
    let Some(format) = args.format.graph_format(args.cypher_dialect) else {
        return Err(Error::Usage(
            "merge writes graphs: --format mentions needs the articles (use extract)".into(),
        ));
    };
    output::write_export(args.output.as_deref(), &export::export(&graph, format))?;
    Ok(ExitCode::SUCCESS)
}
