//! The gazetteer parser, validation and matcher build on arbitrary files.
//!
//! A user gazetteer is input like any other: a bad one must give an error
//! naming the line, never a panic, and whatever loads must compile into a
//! matcher that finds names inside the file's own text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nergraph::gazetteer::GazetteerBuilder;
use nergraph::matcher::Matcher;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut builder = GazetteerBuilder::new();
    if builder.add_str("fuzz.tsv", text).is_err() {
        return;
    }
    let Ok(gazetteer) = builder.build() else {
        return;
    };
    let matcher = Matcher::new(&gazetteer);
    for m in matcher.find(text) {
        assert!(m.start < m.end && m.end <= text.len());
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
    }
});
