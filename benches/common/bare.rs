//! The baseline the speed targets are set against (issue 7): one
//! leftmost-longest, ASCII-case-insensitive `aho-corasick` automaton over
//! every alias, short form and demonym of the gazetteer, run over every byte,
//! with a word-boundary check. Shared by `benches/extract.rs` and
//! `examples/scan_bench.rs` (each includes this file with `#[path]`).

use aho_corasick::{AhoCorasick, MatchKind};
use nergraph::text::is_word_char;
use nergraph::Extractor;

/// The automaton over the extractor's gazetteer.
pub fn automaton(x: &Extractor) -> AhoCorasick {
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
        .expect("the gazetteer's names build an automaton")
}

/// Matches that stand on word boundaries, over all `texts`.
pub fn scan(ac: &AhoCorasick, texts: &[String]) -> usize {
    let mut n = 0usize;
    for text in texts {
        for m in ac.find_iter(text.as_str()) {
            let before = text[..m.start()]
                .chars()
                .next_back()
                .is_some_and(is_word_char);
            let after = text[m.end()..].chars().next().is_some_and(is_word_char);
            n += usize::from(!before && !after);
        }
    }
    n
}
