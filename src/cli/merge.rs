//! `nergraph merge`: saved graphs in, one graph out (see
//! [`crate::graph::merge`] for the rules).

use std::path::PathBuf;
use std::process::ExitCode;

use super::extract::OutputArgs;
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

    #[command(flatten)]
    out: OutputArgs,

    #[command(flatten)]
    filter: FilterArgs,
}

/// Runs `merge`.
pub fn run(args: Args) -> Result<ExitCode> {
    let limit = args.out.max_evidence();
    let mut graph =
        graphs::merge_files_with(&args.inputs, limit, |w| eprintln!("nergraph: warning: {w}"))?;
    let filter = args.filter.filter();
    if !filter.is_empty() {
        args.filter.check_focus(&[&graph])?;
        graph = filter.apply(&graph);
    }
    let Some(format) = args.out.format.graph_format(args.out.cypher_dialect) else {
        return Err(Error::Usage(
            "merge writes graphs: --format mentions needs the articles (use extract)".into(),
        ));
    };
    output::write_export(args.out.output.as_deref(), &export::export(&graph, format))?;
    Ok(ExitCode::SUCCESS)
}
