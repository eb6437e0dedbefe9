//! The command-line front end: argument parsing and the subcommands. Kept
//! thin: each subcommand turns its arguments into library calls.

mod extract;
mod gazetteer;
mod output;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::Result;

/// nergraph: turn news articles into graphs of who relates to whom.
///
/// Finds people, countries, regions and organizations with built-in
/// gazetteers, links them by co-occurrence, verb patterns ("X praised Y"),
/// titles ("Russian President Vladimir Putin") and location, and writes the
/// graph as JSON or Graphviz DOT.
#[derive(Debug, Parser)]
#[command(name = "nergraph", version, about, long_about, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract one graph from one or more articles.
    ///
    /// Each input file is an article whose id is its file name without
    /// extension; `-` reads one article from standard input. All articles go
    /// into one graph.
    ///
    /// Examples:
    ///   nergraph extract article.txt
    ///   nergraph extract a.txt b.txt --format dot -o graph.dot
    ///   cat article.txt | nergraph extract - --article-id today
    #[command(verbatim_doc_comment)]
    Extract(extract::Args),
    /// Inspect and validate gazetteers: stats, check, lookup.
    #[command(subcommand)]
    Gazetteer(gazetteer::Command),
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Gazetteer(cmd) => gazetteer::run(cmd),
    }
}
