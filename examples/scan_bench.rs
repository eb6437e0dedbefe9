//! In-process measurements for `scripts/bench` (single thread):
//!
//! * time to a ready matcher: gazetteer loading, then compiling the matcher;
//! * with `--corpus FILE.jsonl`: MB/s and articles/s of the matcher alone,
//!   of the entity stage (normalization, sentences, matching, resolution) and
//!   of a bare `aho-corasick` scan for scale: one leftmost-longest ASCII
//!   case-insensitive automaton over every alias, short form and demonym of
//!   the gazetteer, run over every byte, with a word-boundary check.
//!
//! `cargo run --release --example scan_bench -- [-g FILE.tsv]... [--corpus FILE.jsonl]`
//! prints `key value` lines.

use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};
use nergraph::gazetteer::GazetteerBuilder;
use nergraph::matcher::Matcher;
use nergraph::relations::Lexicon;
use nergraph::text::{is_word_char, Normalized};
use nergraph::Extractor;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut gazetteers = Vec::new();
    let mut corpus = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "-g" => gazetteers.push(args.next().expect("-g FILE")),
            "--corpus" => corpus = Some(args.next().expect("--corpus FILE")),
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
    let bytes: usize = texts.iter().map(String::len).sum();
    let x = Extractor::new(gazetteer, Lexicon::builtin().unwrap());
    let rate = |name: &str, secs: f64| {
        println!(
            "{name}_mb_s {:.2}\n{name}_articles_s {:.0}",
            bytes as f64 / 1e6 / secs,
            texts.len() as f64 / secs
        );
    };
    println!("corpus_mb {:.2}", bytes as f64 / 1e6);
    println!("corpus_articles {}", texts.len());

    let t = Instant::now();
    let mut n = 0usize;
    for text in &texts {
        n += x.matcher().find(text).len();
    }
    rate("matcher", t.elapsed().as_secs_f64());
    println!("matcher_mentions {n}");

    let t = Instant::now();
    let mut n = 0usize;
    for text in &texts {
        n += x.mentions(&Normalized::new(text)).1.len();
    }
    rate("entities", t.elapsed().as_secs_f64());
    println!("entities_mentions {n}");

    let t = Instant::now();
    let ac = bare_automaton(&x);
    println!("bare_ac_build_ms {:.1}", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let mut n = 0usize;
    for text in &texts {
        for m in ac.find_iter(text.as_str()) {
            let before = text[..m.start()]
                .chars()
                .next_back()
                .is_some_and(is_word_char);
            let after = text[m.end()..].chars().next().is_some_and(is_word_char);
            n += usize::from(!before && !after);
        }
    }
    rate("bare_ac", t.elapsed().as_secs_f64());
    println!("bare_ac_matches {n}");
}

fn bare_automaton(x: &Extractor) -> AhoCorasick {
    let mut pats: Vec<&str> = Vec::new();
    for e in x.gazetteer().entities() {
        pats.extend(
            e.aliases
                .iter()
                .chain(&e.short)
                .chain(&e.demonyms)
                .map(String::as_str),
        );
    }
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(pats)
        .unwrap()
}
