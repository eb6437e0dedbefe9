//! `nergraph diff`: what two graphs do not share (see
//! [`crate::graph::diff`]).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use super::filter::FilterArgs;
use super::output;
use crate::corpus::graphs;
use crate::error::{Error, Result};
use crate::graph::diff::diff;

/// Arguments of `diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The first graph (JSON, or JSON Lines of graphs, which are merged).
    #[arg(value_name = "A")]
    a: PathBuf,

    /// The second graph.
    #[arg(value_name = "B")]
    b: PathBuf,

    /// Output format: a report for reading, or JSON.
    #[arg(short, long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,

    /// Write to FILE instead of standard output (atomically).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Exit 1 when the graphs differ and 0 when they do not, like `git diff
    /// --exit-code`; errors then exit 2.
    #[arg(long)]
    exit_code: bool,

    #[command(flatten)]
    filter: FilterArgs,
}

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum DiffFormat {
    /// A report; coloured when standard output is a terminal and NO_COLOR
    /// is not set.
    Text,
    /// JSON.
    Json,
}

/// Runs `diff`.
pub fn run(args: Args) -> Result<ExitCode> {
    let exit_code = args.exit_code;
    match compare(args) {
        Err(e) if exit_code && !e.is_broken_pipe() && !matches!(e, Error::Usage(_)) => {
            eprintln!("nergraph: error: {e}");
            Ok(ExitCode::from(2))
        }
        other => other,
    }
}

fn compare(args: Args) -> Result<ExitCode> {
    let warn = |w: String| eprintln!("nergraph: warning: {w}");
    let mut a = graphs::merge_files(std::slice::from_ref(&args.a), warn)?;
    let mut b = graphs::merge_files(std::slice::from_ref(&args.b), warn)?;
    let filter = args.filter.filter();
    if !filter.is_empty() {
        args.filter.check_focus(&[&a, &b])?;
        a = filter.apply(&a);
        b = filter.apply(&b);
    }
    let d = diff(&a, &b);
    let (name_a, name_b) = (args.a.display().to_string(), args.b.display().to_string());
    let text = match args.format {
        DiffFormat::Json => d.to_json(&name_a, &name_b),
        DiffFormat::Text => {
            let to_terminal = args.output.as_ref().is_none_or(|p| p.as_os_str() == "-")
                && std::io::stdout().is_terminal();
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            d.to_text(&name_a, &name_b, to_terminal && !no_color)
        }
    };
    output::write(args.output.as_deref(), &text)?;
    Ok(if args.exit_code && !d.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
