//! In-process measurements for `scripts/bench` (single thread):
//!
//! * time to a ready matcher: gazetteer loading, then compiling the matcher;
//! * with `--corpus FILE.jsonl`: MB/s and articles/s of the matcher alone,
//!   of the entity stage (normalization, sentences, matching, resolution), of
//!   the whole extraction (the entity stage, relations, one graph of every
//!   article and its JSON) and of a bare `aho-corasick` scan for scale: one
//!   leftmost-longest ASCII case-insensitive automaton over every alias,
//!   short form and demonym of the gazetteer, run over every byte, with a
//!   word-boundary check.
//!
//! `cargo run --release --example scan_bench -- [-g FILE.tsv]... [--corpus
//! FILE.jsonl] [--repeat N] [--only PHASE]` prints `key value` lines. Each
//! phase runs `N` times (default 1) and reports its fastest run, since other
//! jobs on the machine only ever make a run slower. `--only matcher`,
//! `entities`, `extract` or `bare_ac` runs one phase, for
//! `valgrind --tool=callgrind --toggle-collect='scan_bench::phase_*'`: each
//! phase is one non-inlined function, so its instruction count is exact and
//! free of start-up.

use std::time::Instant;

#[path = "../benches/common/bare.rs"]
mod bare;

// The allocator of the nergraph binary (src/main.rs), so that the phases
// are measured as the binary runs them.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use aho_corasick::AhoCorasick;
use nergraph::gazetteer::GazetteerBuilder;
use nergraph::matcher::Matcher;
use nergraph::relations::Lexicon;
use nergraph::text::Normalized;
use nergraph::{export, Article, Extractor};

fn main() {
    // One thread for everything, the JSON writer included (it serializes in
    // pieces on the rayon pool when the pool has several threads): these
    // are one-core figures, and callgrind's toggle only counts the thread
    // that runs the phase.
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build_global()
        .expect("the global rayon pool is not built yet");
    let mut args = std::env::args().skip(1);
    let mut gazetteers = Vec::new();
    let mut corpus = None;
    let mut repeat = 1usize;
    let mut only: Option<String> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "-g" => gazetteers.push(args.next().expect("-g FILE")),
            "--corpus" => corpus = Some(args.next().expect("--corpus FILE")),
            "--repeat" => {
                repeat = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("--repeat N")
            }
            "--only" => only = Some(args.next().expect("--only PHASE")),
            other => panic!("unknown argument {other}"),
        }
    }
    let t = Instant::now();
    let mut builder = GazetteerBuilder::new().builtin().unwrap();
    for g in &gazetteers {
        builder = builder.add_file(g.as_ref()).unwrap();
    }
    let gazetteer = builder.build().unwrap();
    let loaded = t.elapsed();
    let t = Instant::now();
    let matcher = Matcher::new(&gazetteer);
    let compiled = t.elapsed();
    println!("entities {}", gazetteer.len());
    println!("surface_forms {}", matcher.pattern_count());
    println!("gazetteer_ms {:.1}", loaded.as_secs_f64() * 1e3);
    println!("matcher_ms {:.1}", compiled.as_secs_f64() * 1e3);
    println!("ready_ms {:.1}", (loaded + compiled).as_secs_f64() * 1e3);
    drop(matcher);
    let Some(corpus) = corpus else {
        return;
    };
    let texts: Vec<String> = std::fs::read_to_string(&corpus)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["text"].as_str().unwrap().to_string()
        })
        .collect();
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::new(i.to_string(), t.clone()))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let x = Extractor::new(gazetteer, Lexicon::builtin().unwrap());
    println!("corpus_mb {:.2}", bytes as f64 / 1e6);
    println!("corpus_articles {}", texts.len());
    let wanted = |phase: &str| only.as_deref().is_none_or(|o| o == phase);
    // Runs `f` `repeat` times; prints the fastest run's rates and `f`'s count.
    let measure = |name: &str, count: &str, f: &dyn Fn() -> usize| {
        let mut best = f64::INFINITY;
        let mut n = 0;
        for _ in 0..repeat {
            let t = Instant::now();
            n = f();
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!(
            "{name}_mb_s {:.2}\n{name}_articles_s {:.0}\n{name}_{count} {n}",
            bytes as f64 / 1e6 / best,
            texts.len() as f64 / best
        );
        bytes as f64 / 1e6 / best
    };
    let mut rates = Vec::new();
    if wanted("matcher") {
        rates.push((
            "matcher",
            measure("matcher", "mentions", &|| phase_matcher(&x, &texts)),
        ));
    }
    if wanted("entities") {
        rates.push((
            "entities",
            measure("entities", "mentions", &|| phase_entities(&x, &texts)),
        ));
    }
    if wanted("extract") {
        rates.push((
            "extract",
            measure("extract", "json_bytes", &|| phase_extract(&x, &articles)),
        ));
    }
    if wanted("bare_ac") {
        let t = Instant::now();
        let ac = bare::automaton(&x);
        println!("bare_ac_build_ms {:.1}", t.elapsed().as_secs_f64() * 1e3);
        let bare = measure("bare_ac", "matches", &|| phase_bare_ac(&ac, &texts));
        for (name, rate) in rates {
            println!("{name}_x_bare {:.2}", rate / bare);
        }
    }
}

/// The matcher alone: mentions found.
#[inline(never)]
fn phase_matcher(x: &Extractor, texts: &[String]) -> usize {
    texts.iter().map(|t| x.matcher().find(t).len()).sum()
}

/// The entity stage: resolved mentions.
#[inline(never)]
fn phase_entities(x: &Extractor, texts: &[String]) -> usize {
    texts
        .iter()
        .map(|t| x.mentions(&Normalized::new(t)).1.len())
        .sum()
}

/// The whole extraction to one JSON graph: its length.
#[inline(never)]
fn phase_extract(x: &Extractor, articles: &[Article]) -> usize {
    let mut graph = nergraph::Graph::new();
    for a in articles {
        x.add_to(&mut graph, a);
    }
    export::json::to_string(&graph).len()
}

/// The bare Aho-Corasick scan with a word-boundary check: matches kept.
#[inline(never)]
fn phase_bare_ac(ac: &AhoCorasick, texts: &[String]) -> usize {
    bare::scan(ac, texts)
}
