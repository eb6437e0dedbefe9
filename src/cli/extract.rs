//! `nergraph extract`: articles in, one graph out.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use super::output;
use crate::error::{Error, Result};
use crate::export::{self, Format};
use crate::gazetteer::GazetteerBuilder;
use crate::relations::Lexicon;
use crate::{Article, Extractor, Graph};

/// Arguments of `extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files (UTF-8 text); `-` reads standard input.
    #[arg(value_name = "PATH", default_value = "-")]
    inputs: Vec<PathBuf>,

    /// Output format (see docs/formats.md).
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Json)]
    format: OutputFormat,

    /// Write to FILE instead of standard output (atomically: the file is
    /// replaced only when complete); for neo4j-csv, the directory to write.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Cypher dialect of --format cypher.
    #[arg(long, value_enum, value_name = "DIALECT", default_value_t = CypherDialect::Neo4j)]
    cypher_dialect: CypherDialect,

    /// Also draw the graph with Graphviz into FILE (.svg, .png or .pdf), as
    /// `nergraph render` does with its defaults. Without --output nothing
    /// is written to standard output.
    #[arg(long, value_name = "FILE")]
    render: Option<PathBuf>,

    /// Add a gazetteer file (TSV, see docs/gazetteer-format.md); entries
    /// replace built-in ones with the same id. Repeatable.
    #[arg(short, long = "gazetteer", value_name = "PATH")]
    gazetteers: Vec<PathBuf>,

    /// Use ID as the article id (only with a single input).
    #[arg(long, value_name = "ID")]
    article_id: Option<String>,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum OutputFormat {
    /// The nergraph JSON graph (docs/graph-format.md).
    Json,
    /// Graphviz DOT; render with `dot -Tsvg`.
    Dot,
    /// JSON Lines, one entity mention per line with byte offsets into the
    /// original text (no relations).
    Mentions,
    /// GraphML with typed attributes (NetworkX, Gephi).
    Graphml,
    /// JSON Lines, one article, node or edge per line.
    Jsonl,
    /// NetworkX node-link JSON.
    NodeLink,
    /// An idempotent Cypher script (see --cypher-dialect).
    Cypher,
    /// nodes.csv and relationships.csv for neo4j-admin import, into the
    /// directory named by --output.
    Neo4jCsv,
    /// One self-contained interactive HTML page.
    Html,
}

/// Cypher dialects.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum CypherDialect {
    /// Neo4j 5 (cypher-shell).
    Neo4j,
    /// Kùzu (declares its tables first).
    Kuzu,
}

impl OutputFormat {
    /// The graph format, or `None` for mentions.
    fn graph_format(self, dialect: CypherDialect) -> Option<Format> {
        Some(match self {
            OutputFormat::Json => Format::Json,
            OutputFormat::Dot => Format::Dot,
            OutputFormat::Mentions => return None,
            OutputFormat::Graphml => Format::Graphml,
            OutputFormat::Jsonl => Format::Jsonl,
            OutputFormat::NodeLink => Format::NodeLink,
            OutputFormat::Cypher => Format::Cypher(match dialect {
                CypherDialect::Neo4j => export::Dialect::Neo4j,
                CypherDialect::Kuzu => export::Dialect::Kuzu,
            }),
            OutputFormat::Neo4jCsv => Format::Neo4jCsv,
            OutputFormat::Html => Format::Html,
        })
    }
}

/// Runs `extract`. Articles that cannot be read are reported and skipped;
/// the graph of the others is still written, and the exit code is 1.
pub fn run(args: Args) -> Result<ExitCode> {
    if args.article_id.is_some() && args.inputs.len() != 1 {
        return Err(Error::Usage("--article-id needs exactly one input".into()));
    }
    let format = args.format.graph_format(args.cypher_dialect);
    let picture = match &args.render {
        Some(_) if format.is_none() => {
            return Err(Error::Usage("--render needs a graph, not mentions".into()))
        }
        Some(p) => Some((p, super::render::image_of(p, None)?)),
        None => None,
    };
    if matches!(format, Some(Format::Neo4jCsv)) && args.output.is_none() && args.render.is_none() {
        return Err(Error::Usage(
            "--format neo4j-csv writes two files: name a directory with --output DIR".into(),
        ));
    }
    let extractor = extractor(&args.gazetteers)?;
    let mut graph = Graph::new();
    let mut mentions = String::new();
    let mut failed = 0;
    let mut read = 0;
    for (path, id) in args.inputs.iter().zip(article_ids(&args)) {
        match Article::read(path, id.as_deref()) {
            Ok(article) if matches!(args.format, OutputFormat::Mentions) => {
                mentions.push_str(&export::mentions::to_string(
                    &extractor.entity_mentions(&article),
                ));
                read += 1;
            }
            Ok(article) => {
                extractor.add_to(&mut graph, &article);
                read += 1;
            }
            Err(e) => {
                eprintln!("nergraph: error: {e}");
                failed += 1;
            }
        }
    }
    if read > 0 {
        if let Some((path, image)) = picture {
            super::render::draw(
                &graph,
                &super::render::Options::default(),
                image,
                Some(path),
            )?;
        }
        match format {
            None => output::write(args.output.as_deref(), &mentions)?,
            Some(_) if args.render.is_some() && args.output.is_none() => {}
            Some(f) => output::write_export(args.output.as_deref(), &export::export(&graph, f))?,
        }
    }
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn extractor(paths: &[PathBuf]) -> Result<Extractor> {
    let mut builder = GazetteerBuilder::new().builtin()?;
    for p in paths {
        builder = builder.add_file(p)?;
    }
    Ok(Extractor::new(builder.build()?, Lexicon::builtin()?))
}

/// Article ids: `--article-id`, else the file stem; when two inputs share a
/// stem, their paths as given, so ids stay unique.
fn article_ids(args: &Args) -> Vec<Option<String>> {
    if let Some(id) = &args.article_id {
        return vec![Some(id.clone())];
    }
    let stem = |p: &PathBuf| p.file_stem().map(|s| s.to_string_lossy().into_owned());
    args.inputs
        .iter()
        .map(|p| {
            let clash = args.inputs.iter().filter(|q| stem(q) == stem(p)).count() > 1;
            clash.then(|| p.display().to_string())
        })
        .collect()
}
