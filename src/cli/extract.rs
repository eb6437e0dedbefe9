//! `nergraph extract`: articles in, one graph (or one per article) out.
//!
//! Reading the inputs and running the pipeline on all cores is the
//! library's ([`crate::corpus`]); this file maps options to it, reports
//! skipped articles and chooses the exit code.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use rayon::prelude::*;

use super::filter::FilterArgs;
use super::output;
use super::progress::Progress;
use crate::corpus::{self, driver, Corpus};
use crate::error::{Error, Result};
use crate::export::{self, Format};
use crate::gazetteer::{Gazetteer, GazetteerBuilder};
use crate::graph::filter::Filter;
use crate::relations::cooccurrence::Window;
use crate::relations::{self, Lexicon};
use crate::{Extractor, Graph};

/// Where and how a graph is written: the options `extract` and `merge` share.
#[derive(Debug, clap::Args)]
pub(super) struct OutputArgs {
    /// Output format (see docs/formats.md); `mentions` is for `extract` only.
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Json)]
    pub(super) format: OutputFormat,

    /// Write to FILE instead of standard output (atomically: the file is
    /// replaced only when complete); for neo4j-csv, the directory to write.
    #[arg(short, long, value_name = "FILE")]
    pub(super) output: Option<PathBuf>,

    /// Cypher dialect of --format cypher.
    #[arg(long, value_enum, value_name = "DIALECT", default_value_t = CypherDialect::Neo4j)]
    pub(super) cypher_dialect: CypherDialect,

    /// Keep at most N evidence sentences per edge, the first by article id
    /// and offset; weights still count every sentence. 0: keep all.
    #[arg(long, value_name = "N", default_value_t = crate::graph::DEFAULT_MAX_EVIDENCE)]
    max_evidence: usize,
}

impl OutputArgs {
    /// `--max-evidence` as a limit (0: none).
    pub(super) fn max_evidence(&self) -> Option<usize> {
        (self.max_evidence > 0).then_some(self.max_evidence)
    }
}

/// Arguments of `extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles: text files (UTF-8; the id is the file name without
    /// extension), directories (every *.txt file below them, in sorted order;
    /// the id is the path below the directory without .txt), JSON Lines files
    /// (*.jsonl: one article per line, see --jsonl); `-` reads standard
    /// input.
    #[arg(value_name = "PATH", default_value = "-")]
    inputs: Vec<PathBuf>,

    #[command(flatten)]
    out: OutputArgs,

    /// Also draw the graph with Graphviz into FILE (.svg, .png or .pdf), as
    /// `nergraph render` does with its defaults. Without --output nothing
    /// is written to standard output.
    #[arg(long, value_name = "FILE")]
    render: Option<PathBuf>,

    /// Add a gazetteer file (TSV, see docs/gazetteer-format.md); entries
    /// replace built-in ones with the same id. Repeatable.
    #[arg(short, long = "gazetteer", value_name = "PATH")]
    gazetteers: Vec<PathBuf>,

    /// Add a verb-pattern file (TSV: label, category, patterns; see
    /// docs/verbs.md). Its patterns win over the built-in ones. Repeatable.
    #[arg(long = "verbs", value_name = "PATH")]
    verbs: Vec<PathBuf>,

    /// Use only the verb patterns of the --verbs files, none built in.
    #[arg(long, requires = "verbs")]
    no_builtin_verbs: bool,

    /// Use ID as the article id (only with a single input).
    #[arg(long, value_name = "ID")]
    article_id: Option<String>,

    /// Read every input file, and `-`, as JSON Lines whatever its name: one
    /// JSON object per line with "id" and "text", and optionally "title",
    /// "date" (ISO 8601), "url", "source"; other fields are kept in the
    /// article's "extra".
    #[arg(long)]
    jsonl: bool,

    /// Write one graph per article, as JSON Lines (one compact JSON graph per
    /// line, in input order), while reading: memory stays small whatever the
    /// corpus size. Skipped articles have no line. Only with --format json.
    #[arg(long)]
    per_article: bool,

    /// Extract on N threads (0: one per core). The output is the same for
    /// any N.
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    threads: usize,

    /// How near two entities must be named to co-occur: sentence,
    /// paragraph, article, or a number of sentences.
    #[arg(long, value_name = "WINDOW", default_value = "sentence",
          value_parser = |s: &str| s.parse::<Window>())]
    window: Window,

    /// Exit 0 even when some articles were skipped (they are still reported,
    /// as warnings). A run in which no article could be read still exits 1.
    #[arg(long)]
    keep_going: bool,

    /// Replace invalid UTF-8 in articles with U+FFFD (with a warning)
    /// instead of skipping them; evidence offsets then refer to the replaced
    /// text.
    #[arg(long)]
    lossy: bool,

    /// Skip (and report) articles larger than N bytes; 0: no limit.
    #[arg(long, value_name = "N", default_value_t = crate::article::DEFAULT_MAX_ARTICLE_BYTES)]
    max_article_bytes: u64,

    /// No progress bar (it is drawn only when standard error is a terminal
    /// and there are many articles). Errors and warnings are still printed.
    #[arg(short, long)]
    quiet: bool,

    #[command(flatten)]
    filter: FilterArgs,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum OutputFormat {
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
pub(super) enum CypherDialect {
    /// Neo4j 5 (cypher-shell).
    Neo4j,
    /// Kùzu (declares its tables first).
    Kuzu,
}

impl OutputFormat {
    /// The graph format, or `None` for mentions.
    pub(super) fn graph_format(self, dialect: CypherDialect) -> Option<Format> {
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
/// the graph of the others is still written, and the exit code is 1 (0 with
/// `--keep-going`).
pub fn run(args: Args) -> Result<ExitCode> {
    let filter = args.filter.filter();
    if args.per_article && !matches!(args.out.format, OutputFormat::Json) {
        return Err(Error::Usage(
            "--per-article writes JSON Lines of graphs: use it with --format json".into(),
        ));
    }
    let format = args.out.format.graph_format(args.out.cypher_dialect);
    let picture = match &args.render {
        Some(_) if format.is_none() => {
            return Err(Error::Usage("--render needs a graph, not mentions".into()))
        }
        Some(p) => Some((p, super::render::image_of(p, None)?)),
        None => None,
    };
    if matches!(format, Some(Format::Neo4jCsv))
        && args.out.output.is_none()
        && args.render.is_none()
    {
        return Err(Error::Usage(
            "--format neo4j-csv writes two files: name a directory with --output DIR".into(),
        ));
    }
    if !filter.is_empty() && matches!(args.out.format, OutputFormat::Mentions) {
        return Err(Error::Usage(
            "filters apply to graphs, not to --format mentions".into(),
        ));
    }
    let options = corpus::Options {
        jsonl: args.jsonl,
        article_id: args.article_id.clone(),
        read: crate::article::ReadOptions {
            lossy: args.lossy,
            max_bytes: (args.max_article_bytes > 0).then_some(args.max_article_bytes),
        },
    };
    let corpus = Corpus::list(&args.inputs, &options)?;
    // The extractor lives until the process exits: freeing its hundreds of
    // thousands of small allocations would only add to the run time.
    let extractor: &'static Extractor = Box::leak(Box::new(extractor(
        &args,
        args.window,
        args.out.max_evidence(),
    )?));
    let pool = driver::pool(args.threads)?;
    let mut run = Run {
        progress: Progress::new(corpus.len_hint(), args.quiet),
        keep_going: args.keep_going,
        empty_ok: empty_stream_ok(&args),
        read: 0,
        failed: 0,
        binary: 0,
    };
    for w in &corpus.warnings {
        run.progress.println(&format!("nergraph: warning: {w}"));
    }
    if args.per_article {
        per_article(&args, extractor, &pool, corpus, &filter, &mut run)?;
        return Ok(run.finish());
    }
    // Mentions are streamed to the output as they come: gathered in one
    // string, 70 MB for 100 MB of articles, their copying as the string
    // grew kept the calling thread busier than the workers.
    let mut mentions = None;
    let mut graph = if matches!(args.out.format, OutputFormat::Mentions) {
        let mut out = output::Stream::create(args.out.output.as_deref())?;
        driver::for_each_pending(
            &pool,
            corpus.pending(),
            |article| export::mentions::to_string(&extractor.entity_mentions(&article)),
            |r| match run.done(r) {
                Some(m) => out.write(&m),
                None => Ok(()),
            },
        )?;
        mentions = Some(out);
        Graph::new()
    } else {
        one_graph(extractor, &pool, corpus, args.out.max_evidence(), &mut run)?
    };
    if !filter.is_empty() && run.read > 0 {
        args.filter.check_focus(&[&graph])?;
        graph = filter.apply(&graph);
    }
    if run.read > 0 || run.empty_corpus() {
        if let Some((path, image)) = picture {
            super::render::draw(
                &graph,
                &super::render::Options::default(),
                image,
                Some(path),
            )?;
        }
        match format {
            None => {
                if let Some(out) = mentions {
                    out.finish()?;
                }
            }
            Some(_) if args.render.is_some() && args.out.output.is_none() => {}
            // Straight to the file, made on the pool in pieces.
            Some(Format::Json) => output::write_with(args.out.output.as_deref(), |w| {
                pool.install(|| export::json::write(&graph, w))
            })?,
            Some(f) => {
                // On the pool: exporters may use the `-j` threads.
                let text = pool.install(|| export::export(&graph, f));
                output::write_export(args.out.output.as_deref(), &text)?
            }
        }
    }
    // Like the extractor, the graph lives until the process exits: freeing
    // it, node by node, would only add to the run time.
    std::mem::forget(graph);
    Ok(run.finish())
}

/// The graph of every article of `corpus`. Each worker thread merges the
/// graphs of the articles it extracted into a graph shared by the threads,
/// or into its own graph while another thread holds the shared one (and
/// moves its own graph into the shared one as soon as that is free again);
/// what is left in the threads' own graphs is merged at the end, pairwise
/// on the pool. Merging is associative and commutative (see
/// [`crate::graph::merge`]), so the bytes do not depend on which thread
/// took which article, and the calling thread is not left merging every
/// article's graph while the workers wait.
fn one_graph(
    extractor: &Extractor,
    pool: &rayon::ThreadPool,
    corpus: Corpus,
    max_evidence: Option<usize>,
    run: &mut Run,
) -> Result<Graph> {
    let empty = || {
        let mut g = Graph::new();
        g.set_max_evidence(max_evidence);
        g
    };
    let parts = driver::fold_pending(
        pool,
        corpus.pending(),
        |article| extractor.extract(&article),
        empty,
        Graph::merge,
        Graph::merge,
        |r| {
            run.done(r);
            Ok(())
        },
    )?;
    Ok(pool.install(|| {
        parts
            .into_par_iter()
            .reduce(empty, merge_smaller_into_larger)
    }))
}

/// `a` merged with `b`, the smaller merged into the larger (merging costs
/// the size of the graph merged in; the result is the same either way).
fn merge_smaller_into_larger(mut a: Graph, mut b: Graph) -> Graph {
    let size = |g: &Graph| g.node_count() + g.edge_count() + g.article_count();
    if size(&a) < size(&b) {
        std::mem::swap(&mut a, &mut b);
    }
    a.merge(b);
    a
}

/// `--per-article`: one JSON line per article, written as soon as it and
/// every article before it are done.
fn per_article(
    args: &Args,
    extractor: &Extractor,
    pool: &rayon::ThreadPool,
    corpus: Corpus,
    filter: &Filter,
    run: &mut Run,
) -> Result<()> {
    let mut out = output::Stream::create(args.out.output.as_deref())?;
    driver::for_each_pending(
        pool,
        corpus.pending(),
        |article| {
            let g = extractor.extract(&article);
            if filter.is_empty() {
                export::json::to_line(&g)
            } else {
                export::json::to_line(&filter.apply(&g))
            }
        },
        |r| match run.done(r) {
            Some(line) => out.write(&line),
            None => Ok(()),
        },
    )?;
    // With no article read, an existing output file is left as it was (but
    // an empty stream on standard input is an empty corpus: no lines).
    if run.read > 0 || run.empty_corpus() {
        out.finish()?;
    }
    Ok(())
}

/// Counts articles done and skipped, reports skipped ones, and decides the
/// exit code.
struct Run {
    progress: Progress,
    keep_going: bool,
    /// See [`empty_stream_ok`].
    empty_ok: bool,
    read: usize,
    failed: usize,
    binary: usize,
}

impl Run {
    fn done<T>(&mut self, r: Result<T>) -> Option<T> {
        self.progress.inc();
        match r {
            Ok(t) => {
                self.read += 1;
                Some(t)
            }
            // Binary files are skipped with a warning, like ripgrep does.
            Err(e @ Error::Binary { .. }) => {
                self.binary += 1;
                self.progress.println(&format!("nergraph: warning: {e}"));
                None
            }
            Err(e) => {
                self.failed += 1;
                let level = if self.keep_going { "warning" } else { "error" };
                self.progress.println(&format!("nergraph: {level}: {e}"));
                None
            }
        }
    }

    /// True when the inputs held no articles at all and that is allowed.
    fn empty_corpus(&self) -> bool {
        self.empty_ok && self.read + self.failed + self.binary == 0
    }

    /// 0 when every article was read (or some were skipped with
    /// `--keep-going`), or for an empty stream of JSON Lines; 1 when some
    /// were skipped, or none could be read.
    fn finish(self) -> ExitCode {
        self.progress.finish();
        let total = self.read + self.failed + self.binary;
        if self.empty_corpus() {
            return ExitCode::SUCCESS;
        }
        if self.read == 0 {
            if total == 0 {
                eprintln!(
                    "nergraph: error: no articles in the inputs (directories are searched for \
                     *.txt files; JSON Lines files must end in .jsonl, or use --jsonl)"
                );
            } else {
                eprintln!(
                    "nergraph: error: none of the {total} articles could be read; nothing written"
                );
            }
            return ExitCode::FAILURE;
        }
        if self.failed == 0 {
            return ExitCode::SUCCESS;
        }
        if self.keep_going {
            eprintln!(
                "nergraph: warning: skipped {} of {total} articles (reported above)",
                self.failed + self.binary
            );
            ExitCode::SUCCESS
        } else {
            eprintln!(
                "nergraph: error: skipped {} of {total} articles (reported above); the output has \
                 the others. Exit code 1; use --keep-going to exit 0",
                self.failed + self.binary
            );
            ExitCode::FAILURE
        }
    }
}

/// True when every input is standard input read as JSON Lines: a stream
/// without articles (nothing, or blank lines) is then an empty corpus, not a
/// mistake, as for a partition without articles under Spark's `RDD.pipe` or
/// Hadoop Streaming (see docs/scale-out.md). `extract` writes no line with
/// `--per-article`, else the empty graph, and exits 0.
fn empty_stream_ok(args: &Args) -> bool {
    args.jsonl && args.inputs.iter().all(|p| p.as_os_str() == "-")
}

fn extractor(args: &Args, window: Window, max_evidence: Option<usize>) -> Result<Extractor> {
    // The verb lexicon does not depend on the gazetteer: it is loaded on a
    // second thread meanwhile. Gazetteer errors are still reported first.
    // If the thread cannot be started, the lexicon is loaded afterwards.
    let load_lexicon = || lexicon(&args.verbs, !args.no_builtin_verbs);
    let (gazetteer, lexicon) = std::thread::scope(|scope| {
        let lexicon = std::thread::Builder::new()
            .spawn_scoped(scope, load_lexicon)
            .ok();
        let gazetteer = gazetteer(&args.gazetteers);
        let lexicon = match lexicon {
            Some(t) => t
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            None => load_lexicon(),
        };
        (gazetteer, lexicon)
    });
    let options = relations::Options { window };
    Ok(Extractor::new(gazetteer?, lexicon?)
        .with_options(options)
        .with_max_evidence(max_evidence))
}

/// The verb lexicon: the user's verb files, then (unless left out) the
/// built-in ones.
fn lexicon(paths: &[PathBuf], builtin_verbs: bool) -> Result<Lexicon> {
    if paths.is_empty() {
        return Lexicon::builtin();
    }
    let mut files = Vec::with_capacity(paths.len());
    for p in paths {
        let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
        files.push((p.display().to_string(), text));
    }
    Lexicon::with_user_verbs(&files, builtin_verbs)
}

/// The built-in gazetteer and the user's files, in order.
fn gazetteer(paths: &[PathBuf]) -> Result<Gazetteer> {
    let mut builder = GazetteerBuilder::new().builtin()?;
    for p in paths {
        builder = builder.add_file(p)?;
    }
    builder.build()
}
