//! Normalization, its offset map, sentence splitting and tokens on any text.
//!
//! Every later stage trusts these invariants: offsets on character
//! boundaries map to character boundaries of the original, monotonically, and
//! sentences and tokens are ordered, in bounds and on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nergraph::text::{sentences, tokens, Normalized};

fuzz_target!(|data: &[u8]| {
    let original = String::from_utf8_lossy(data);
    let norm = Normalized::new(&original);
    let text = norm.as_str();
    let mut last = 0;
    for pos in text.char_indices().map(|(i, _)| i).chain([text.len()]) {
        let o = norm.to_original(pos);
        assert!(o >= last, "offset map is not monotone at {pos}");
        assert!(
            original.is_char_boundary(o),
            "{pos} maps inside a character"
        );
        last = o;
    }
    assert_eq!(norm.to_original(text.len()), original.len());
    let mut end = 0;
    for s in sentences(text) {
        assert!(end <= s.start && s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let mut t_end = s.start;
        for t in tokens(text, s.start, s.end) {
            assert!(t_end <= t.start && t.start < t.end && t.end <= s.end);
            assert_eq!(&text[t.start..t.end], t.text);
            t_end = t.end;
        }
        end = s.end;
    }
});
