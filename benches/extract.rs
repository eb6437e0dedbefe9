//! Throughput of extraction on the BBC news corpus in ../shared/data/news/bbc,
//! with the built-in gazetteers.
//!
//! Reports MB/s (group `bytes`) and articles/s (group `articles`) for:
//! * `entities`: normalization, sentences, matching and resolution;
//! * `extract`: the whole pipeline including relations, graph and JSON;
//! * `bare-aho-corasick`: for scale, one leftmost-longest ASCII
//!   case-insensitive automaton over every alias run over every byte, with a
//!   word-boundary check — the naive matcher the speed targets are set against.
//!
//! and micro-benchmarks on the BBC politics articles (group `stage`):
//! * `matcher`: the matcher alone (`Matcher::find`);
//! * `sentences`: the sentence splitter;
//! * `relations`: the relation stage on already resolved mentions;
//! * `matcher-build`: compiling the built-in gazetteer into a matcher.
//!
//! Run with `cargo bench --bench extract` (or `scripts/bench --criterion`).
//! Without ../shared the benchmark says so and measures nothing.

use std::path::{Path, PathBuf};

#[path = "common/bare.rs"]
mod bare;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use nergraph::matcher::Matcher;
use nergraph::text::{sentences, Normalized};
use nergraph::{export, relations, Article, Extractor};

fn corpus() -> Option<Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news/bbc/bbc");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .ok()?
        .filter_map(|d| d.ok().map(|d| d.path()))
        .filter(|p| p.is_dir())
        .flat_map(|d| {
            std::fs::read_dir(d)
                .into_iter()
                .flatten()
                .filter_map(|f| f.ok().map(|f| f.path()))
        })
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    // The BBC files are Latin-1 in places; read them lossily, as a user would convert them.
    Some(
        files
            .iter()
            .map(|f| String::from_utf8_lossy(&std::fs::read(f).unwrap()).into_owned())
            .collect(),
    )
}

fn bench(c: &mut Criterion) {
    let Some(texts) = corpus() else {
        eprintln!("SKIP: ../shared/data/news/bbc is absent; nothing to measure");
        return;
    };
    let x = Extractor::builtin().unwrap();
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::new(i.to_string(), t.clone()))
        .collect();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let ac = bare::automaton(&x);
    eprintln!(
        "corpus: {} articles, {:.2} MB; {} gazetteer entities, {} surface forms",
        texts.len(),
        bytes as f64 / 1e6,
        x.gazetteer().len(),
        x.matcher().pattern_count()
    );
    for (group, throughput) in [
        ("bytes", Throughput::Bytes(bytes)),
        ("articles", Throughput::Elements(texts.len() as u64)),
    ] {
        let mut g = c.benchmark_group(group);
        g.sample_size(10).throughput(throughput);
        g.bench_function(BenchmarkId::new("entities", "bbc"), |b| {
            b.iter(|| {
                let mut n = 0;
                for t in &texts {
                    n += x.mentions(&Normalized::new(t)).1.len();
                }
                assert!(n > 10_000, "the BBC corpus names many entities, got {n}");
                n
            })
        });
        g.bench_function(BenchmarkId::new("extract", "bbc"), |b| {
            b.iter(|| {
                let mut graph = nergraph::Graph::new();
                for a in &articles {
                    x.add_to(&mut graph, a);
                }
                export::json::to_string(&graph).len()
            })
        });
        g.bench_function(BenchmarkId::new("bare-aho-corasick", "bbc"), |b| {
            b.iter(|| bare::scan(&ac, &texts))
        });
        g.finish();
    }
    stages(c, &x, &texts);
}

/// Micro-benchmarks of single stages on a slice of the corpus.
fn stages(c: &mut Criterion, x: &Extractor, texts: &[String]) {
    let texts: Vec<Normalized> = texts.iter().take(500).map(|t| Normalized::new(t)).collect();
    let bytes: u64 = texts.iter().map(|t| t.as_str().len() as u64).sum();
    let prepared: Vec<_> = texts.iter().map(|t| x.mentions(t)).collect();
    let mut g = c.benchmark_group("stage");
    g.sample_size(10).throughput(Throughput::Bytes(bytes));
    g.bench_function("matcher", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| x.matcher().find(t.as_str()).len())
                .sum::<usize>()
        })
    });
    g.bench_function("sentences", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| sentences(t.as_str()).len())
                .sum::<usize>()
        })
    });
    g.bench_function("relations", |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&prepared)
                .map(|(t, (sents, mentions))| {
                    relations::extract(
                        t.as_str(),
                        sents,
                        mentions,
                        x.gazetteer(),
                        x.lexicon(),
                        None,
                        relations::Options::default(),
                    )
                    .len()
                })
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::Elements(1));
    g.bench_function("matcher-build", |b| {
        b.iter(|| Matcher::new(x.gazetteer()).pattern_count())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
