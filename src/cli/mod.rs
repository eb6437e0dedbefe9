//! The command-line front end: argument parsing and the subcommands. Kept
//! thin: each subcommand turns its arguments into library calls.

mod extract;
mod gazetteer;
mod output;
mod render;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::Result;

/// nergraph: turn news articles into graphs of who relates to whom.
///
/// Finds people, countries, regions and organizations with built-in
/// gazetteers, links them by co-occurrence, verb patterns ("X praised Y"),
/// titles ("Russian President Vladimir Putin") and location, and writes the
/// graph as JSON, GraphML, node-link JSON, JSON Lines, Cypher, Neo4j CSV,
/// interactive HTML, or Graphviz DOT and pictures.
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
    ///   nergraph extract *.txt --format html -o graph.html
    ///   nergraph extract *.txt --format neo4j-csv -o import/
    ///   nergraph extract article.txt --render graph.svg
    ///   cat article.txt | nergraph extract - --article-id today
    #[command(verbatim_doc_comment)]
    Extract(extract::Args),
    /// Draw a JSON graph with Graphviz as SVG, PNG or PDF.
    ///
    /// Entities are coloured and shaped by type, with a legend; relations
    /// are labelled and thicker with weight. Needs Graphviz (`dot`).
    ///
    /// Examples:
    ///   nergraph render graph.json -o graph.svg
    ///   nergraph render graph.json -o graph.png --layout neato
    ///   nergraph render big.json -o top.svg --top 40 --min-cooccurrence 5
    #[command(verbatim_doc_comment)]
    Render(render::Args),
    /// Inspect and validate gazetteers: stats, check, lookup.
    #[command(subcommand)]
    Gazetteer(gazetteer::Command),
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Render(args) => render::run(args),
        Command::Gazetteer(cmd) => gazetteer::run(cmd),
    }
}
