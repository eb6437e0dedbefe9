//! The command-line front end: argument parsing and the subcommands. Kept
//! thin: each subcommand turns its arguments into library calls.

mod diff;
mod extract;
mod filter;
mod gazetteer;
mod merge;
mod output;
mod progress;
mod render;
mod similarity;
mod stats;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::Result;

/// nergraph: turn news articles into graphs of who relates to whom.
///
/// Finds people, countries, regions and organizations with built-in
/// gazetteers, links them by co-occurrence, verb patterns ("X praised Y"),
/// titles ("Russian President Vladimir Putin") and location, and writes the
/// graph as JSON, GraphML, node-link JSON, JSON Lines, Cypher, Neo4j CSV,
/// interactive HTML, or Graphviz DOT and pictures. Saved graphs can be
/// merged, compared, summarized, and articles ranked by similarity.
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
    /// extension; `-` reads one article from standard input. Directories are
    /// read recursively (*.txt, sorted); *.jsonl files hold one article per
    /// line. All articles go into one graph, or with --per-article one graph
    /// per article as JSON Lines. Articles are extracted on all cores; the
    /// output does not depend on the number of threads.
    ///
    /// An article that cannot be used (unreadable, empty, binary, not UTF-8,
    /// a bad JSON line, an id used twice) is reported on standard error with
    /// its file (and line) and skipped; the others are still written.
    ///
    /// Exit codes:
    ///   0  every article was extracted (or some were skipped, with --keep-going)
    ///   1  some articles were skipped (output written for the others), no
    ///      article could be read, or a fatal error (bad gazetteer, unwritable output)
    ///   2  usage error
    ///
    /// Examples:
    ///   nergraph extract article.txt
    ///   nergraph extract a.txt b.txt --format dot -o graph.dot
    ///   nergraph extract *.txt --format html -o graph.html
    ///   nergraph extract *.txt --format neo4j-csv -o import/
    ///   nergraph extract article.txt --render graph.svg
    ///   cat article.txt | nergraph extract - --article-id today
    ///   nergraph extract corpus/ news.jsonl -o graph.json
    ///   nergraph extract corpus/ --per-article -o graphs.jsonl --keep-going
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
    /// Merge saved graphs into one.
    ///
    /// Nodes are merged by id, edges by identity (source, target, kind,
    /// label, negated, mood, attributed_to); evidence, aliases and article
    /// lists are united and weights summed over distinct evidence. The result
    /// does not depend on the order or grouping of the inputs.
    ///
    /// Examples:
    ///   nergraph merge monday.json tuesday.json -o week.json
    ///   nergraph merge graphs.jsonl --format dot --top 40 | dot -Tsvg > top.svg
    #[command(verbatim_doc_comment)]
    Merge(merge::Args),
    /// Compare two graphs: nodes and edges only in one, changed ones, and
    /// Jaccard similarities.
    ///
    /// Nodes are matched by id, edges by identity; "changed" means a
    /// different weight (mentions for nodes), name, type or category.
    /// Pairs of entities related in both graphs by different relations are
    /// listed too.
    ///
    /// Exit codes: 0, 1 on errors, 2 on usage errors; with --exit-code: 0 no
    /// differences, 1 differences, 2 errors.
    ///
    /// Examples:
    ///   nergraph diff outlet-a.json outlet-b.json
    ///   nergraph diff old.json new.json --format json --exit-code
    #[command(verbatim_doc_comment)]
    Diff(diff::Args),
    /// Which articles tell the same story: a pairwise similarity matrix and
    /// what similar pairs share.
    ///
    /// Examples:
    ///   nergraph extract corpus/ --per-article -o graphs.jsonl
    ///   nergraph similarity graphs.jsonl
    ///   nergraph similarity graphs.jsonl --format csv -o matrix.csv
    #[command(verbatim_doc_comment, visible_alias = "compare")]
    Similarity(similarity::Args),
    /// Counts by type and kind, the most central entities (degree, weighted
    /// degree, PageRank) and the strongest relations of a graph.
    ///
    /// Examples:
    ///   nergraph stats graph.json
    ///   nergraph stats graphs.jsonl --sort pagerank --format json
    #[command(verbatim_doc_comment)]
    Stats(stats::Args),
    /// Inspect and validate gazetteers: stats, check, lookup.
    #[command(subcommand)]
    Gazetteer(gazetteer::Command),
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Render(args) => render::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Similarity(args) => similarity::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Gazetteer(cmd) => gazetteer::run(cmd),
    }
}
