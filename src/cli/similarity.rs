//! `nergraph similarity`: which articles tell the same story (see
//! [`crate::graph::similarity`]).

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use super::filter::FilterArgs;
use super::output;
use crate::corpus::graphs;
use crate::error::{Error, Result};
use crate::graph::similarity::{compare, profiles, Measure, Options};

/// Arguments of `similarity`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Graphs: per-article graph files, JSON Lines of per-article graphs
    /// (extract --per-article), or merged graphs, which are split by the
    /// articles of their evidence. Each article must occur once.
    #[arg(value_name = "GRAPH", required = true)]
    inputs: Vec<PathBuf>,

    /// Output format: the similar pairs with what they share (text), the
    /// matrix (csv), or both (json).
    #[arg(short, long, value_enum, default_value_t = SimFormat::Text)]
    format: SimFormat,

    /// Write to FILE instead of standard output (atomically).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Compare articles by the Jaccard similarity of their entities
    /// (nodes), their relations by identity (edges), or the entity pairs
    /// they relate, whatever the label (pairs).
    #[arg(long, value_enum, default_value_t = MeasureArg::Nodes)]
    measure: MeasureArg,

    /// Report pairs at least this similar (0 to 1).
    #[arg(long, value_name = "X", default_value_t = 0.3)]
    threshold: f64,

    /// Report only pairs that share at least N entities (or relations, or
    /// pairs, by --measure).
    #[arg(long, value_name = "N", default_value_t = 2)]
    min_shared: usize,

    /// Report at most this many pairs, most similar first.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pairs: usize,

    /// List this many shared entities and relations per pair.
    #[arg(long, value_name = "N", default_value_t = 5)]
    shared: usize,

    #[command(flatten)]
    filter: FilterArgs,
}

/// Output formats of `similarity`.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum SimFormat {
    /// The similar pairs and what they share.
    Text,
    /// The similarity matrix.
    Csv,
    /// Matrix and pairs.
    Json,
}

/// Similarity measures.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum MeasureArg {
    /// Shared entities.
    Nodes,
    /// Shared relations (source, target, kind, label, ...).
    Edges,
    /// Shared related entity pairs.
    Pairs,
}

/// Runs `similarity`.
pub fn run(args: Args) -> Result<ExitCode> {
    if !(0.0..=1.0).contains(&args.threshold) {
        return Err(Error::Usage(format!(
            "--threshold {} is not between 0 and 1",
            args.threshold
        )));
    }
    let filter = args.filter.filter();
    let mut all = Vec::new();
    let mut origin_of: HashMap<String, String> = HashMap::new();
    for p in &args.inputs {
        let mut file = graphs::open(p)?;
        while let Some(g) = file.next() {
            let g = g?;
            let origin = file.origin();
            let g = if filter.is_empty() {
                g
            } else {
                filter.apply(&g)
            };
            for profile in profiles(&g) {
                if let Some(first) = origin_of.get(&profile.article) {
                    return Err(Error::input(
                        &origin,
                        format!(
                            "article '{}' is also in {first}; give each article once \
                             (per-article graphs, or one merged graph, not both)",
                            profile.article
                        ),
                    ));
                }
                origin_of.insert(profile.article.clone(), origin.clone());
                all.push(profile);
            }
        }
    }
    let opts = Options {
        measure: match args.measure {
            MeasureArg::Nodes => Measure::Nodes,
            MeasureArg::Edges => Measure::Edges,
            MeasureArg::Pairs => Measure::Pairs,
        },
        threshold: args.threshold,
        min_shared: args.min_shared,
        max_pairs: args.pairs,
        top: args.shared,
    };
    let sims = compare(&all, &opts);
    let text = match args.format {
        SimFormat::Text => sims.to_text(args.threshold),
        SimFormat::Csv => sims.to_csv(),
        SimFormat::Json => sims.to_json(),
    };
    output::write(args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}
