//! The JSON graph reader used by `merge`, `diff`, `similarity`, `stats` and
//! `render`, on arbitrary text.
//!
//! Whatever it accepts must be a consistent graph: writing it and reading it
//! back gives the same bytes, and merging it with itself keeps its nodes and
//! edge identities.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nergraph::export::json;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(graph) = json::from_str("fuzz.json", text) else {
        return;
    };
    let written = json::to_string(&graph);
    let back = json::from_str("again", &written).expect("own output reads back");
    assert_eq!(json::to_string(&back), written);
    let mut twice = graph.clone();
    twice.merge(graph.clone());
    assert_eq!(twice.node_count(), graph.node_count());
    assert_eq!(twice.edge_count(), graph.edge_count());
});
