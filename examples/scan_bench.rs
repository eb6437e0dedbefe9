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
//! FILE.jsonl] [--repeat N] [--only PHASE]` prints `key value` lines. The
//! phases run in `N` rounds (default 1), one run of each per round, and each
//! reports its fastest run, since other jobs on the machine only ever make a
//! run slower; rounds rather than `N` runs of one phase after another, so
//! that a machine slowing down for a while slows every phase alike. `--only matcher`,
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
    // Freed memory kept for reuse, as the binary keeps it: handed back, it
    // returned as fresh pages, zeroed by the kernel, in every round.
    // SAFETY: the first statement of `main`; no other thread exists yet.
    unsafe { nergraph::allocator::keep_freed_memory() };
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
    let ac = wanted("bare_ac").then(|| {
        let t = Instant::now();
        let ac = bare::automaton(&x);
        println!("bare_ac_build_ms {:.1}", t.elapsed().as_secs_f64() * 1e3);
        ac
    });
    // (name, what its count counts, the phase)
    type Phase<'a> = (&'static str, &'static str, Box<dyn Fn() -> usize + 'a>);
    let mut phases: Vec<Phase<'_>> = Vec::new();
    if wanted("matcher") {
        phases.push((
            "matcher",
            "mentions",
            Box::new(|| phase_matcher(&x, &texts)),
        ));
    }
    if wanted("entities") {
        phases.push((
            "entities",
            "mentions",
            Box::new(|| phase_entities(&x, &texts)),
        ));
    }
    if wanted("extract") {
        phases.push((
            "extract",
            "json_bytes",
            Box::new(|| phase_extract(&x, &articles)),
        ));
    }
    if let Some(ac) = &ac {
        phases.push(("bare_ac", "matches", Box::new(|| phase_bare_ac(ac, &texts))));
    }
    // Round after round of every phase, each phase's fastest run kept:
    // this machine's speed drifts over seconds, and phases measured one
    // after the other would carry the drift into their ratios.
    let mut best = vec![f64::INFINITY; phases.len()];
    let mut counts = vec![0; phases.len()];
    for _ in 0..repeat {
        for (i, (_, _, f)) in phases.iter().enumerate() {
            let t = Instant::now();
            counts[i] = f();
            best[i] = best[i].min(t.elapsed().as_secs_f64());
        }
    }
    let mut rates = Vec::new();
    for (i, (name, count, _)) in phases.iter().enumerate() {
        println!(
            "{name}_mb_s {:.2}\n{name}_articles_s {:.0}\n{name}_{count} {}",
            bytes as f64 / 1e6 / best[i],
            texts.len() as f64 / best[i],
            counts[i]
        );
        rates.push((*name, bytes as f64 / 1e6 / best[i]));
    }
    if let Some(&(_, bare)) = rates.iter().find(|(name, _)| *name == "bare_ac") {
        for (name, rate) in rates.iter().filter(|(name, _)| *name != "bare_ac") {
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
