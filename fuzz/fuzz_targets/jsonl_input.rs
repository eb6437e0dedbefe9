//! One line of a JSON Lines corpus, as `extract --jsonl` reads it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nergraph::corpus::jsonl::parse_line;

fuzz_target!(|data: &[u8]| {
    if let Ok(article) = parse_line("fuzz.jsonl", 1, data) {
        assert!(!article.info.id.trim().is_empty());
    }
});
