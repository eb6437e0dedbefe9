//! The whole pipeline on arbitrary bytes, as `nergraph extract` reads a file.
//!
//! Checks what users rely on: no panic, every evidence item and mention
//! points into the original text at character boundaries and quotes it
//! exactly, and the JSON graph reads back to the same graph.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use nergraph::article::ReadOptions;
use nergraph::export::json;
use nergraph::{Article, Extractor};

fn extractor() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(|| Extractor::builtin().expect("built-in gazetteers load"))
}

// Loading the built-in gazetteers takes a moment (more under a sanitizer):
// done before the first input, so it is not reported as a slow input.
fuzz_target!(init: { extractor(); }, |data: &[u8]| {
    let opts = ReadOptions {
        lossy: true,
        ..ReadOptions::default()
    };
    let Ok(article) = Article::from_bytes_with("fuzz", "fuzz", data.to_vec(), &opts) else {
        return;
    };
    let x = extractor();
    for m in x.entity_mentions(&article) {
        assert!(m.start < m.end && m.end <= article.text.len());
        assert_eq!(article.text.get(m.start..m.end), Some(m.text.as_str()));
    }
    let graph = x.extract(&article);
    for e in graph.edges() {
        assert!(e.weight as usize >= e.evidence.len().min(1));
        for ev in &e.evidence {
            assert_eq!(article.text.get(ev.start..ev.end), Some(ev.text.as_str()));
        }
    }
    let text = json::to_string(&graph);
    let back = json::from_str("fuzz", &text).expect("own JSON reads back");
    assert_eq!(json::to_string(&back), text);
});
