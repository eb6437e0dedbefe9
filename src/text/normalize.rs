//! Normalization for matching, with a map back to original byte offsets.
//!
//! News text mixes typographic and ASCII punctuation: `Russia’s` and
//! `Russia's`, `US–China` and `US-China`, non-breaking spaces inside names.
//! Gazetteers are written in ASCII punctuation, so we fold these characters
//! before matching. Folding changes byte lengths (`’` is three bytes, `'` one),
//! so we record a checkpoint after every change; between checkpoints the text
//! is copied verbatim and offsets differ by a constant. Mapping an offset back
//! is a binary search over checkpoints, and text that needs no folding (most
//! ASCII news) costs nothing: it is borrowed, not copied.

use std::borrow::Cow;

/// Article text prepared for matching.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    text: Cow<'a, str>,
    /// `(normalized offset, original offset)` after each folded character,
    /// sorted by both coordinates. Empty when nothing was folded.
    checkpoints: Vec<(usize, usize)>,
}

/// What a character becomes in the normalized text.
enum Fold {
    Keep,
    Into(char),
    Drop,
}

fn fold(c: char) -> Fold {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => {
            Fold::Into('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => Fold::Into('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => Fold::Into('-'),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Fold::Into(' ')
        }
        '\u{2028}' | '\u{2029}' => Fold::Into('\n'),
        // Zero-width characters, soft hyphens and byte-order marks are invisible
        // in print but would split a name in two for the matcher.
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => Fold::Drop,
        _ => Fold::Keep,
    }
}

impl<'a> Normalized<'a> {
    /// Normalizes `original`. Pure ASCII input is borrowed unchanged.
    pub fn new(original: &'a str) -> Normalized<'a> {
        let mut text = String::new();
        let mut checkpoints = Vec::new();
        // Copy unchanged runs as slices: only non-ASCII characters can fold,
        // and most news text has few of them.
        let mut copied = 0;
        let bytes = original.as_bytes();
        let mut i = 0;
        while let Some(next) = next_non_ascii(bytes, i) {
            i = next;
            // `next_non_ascii` stops at the first byte of a character.
            let Some(c) = original[i..].chars().next() else {
                break;
            };
            let next = i + c.len_utf8();
            let replacement = match fold(c) {
                Fold::Keep => {
                    i = next;
                    continue;
                }
                Fold::Into(r) => Some(r),
                Fold::Drop => None,
            };
            text.push_str(&original[copied..i]);
            text.extend(replacement);
            checkpoints.push((text.len(), next));
            copied = next;
            i = next;
        }
        if checkpoints.is_empty() {
            return Normalized {
                text: Cow::Borrowed(original),
                checkpoints,
            };
        }
        text.push_str(&original[copied..]);
        Normalized {
            text: Cow::Owned(text),
            checkpoints,
        }
    }

    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte offset in the normalized text to the original text.
    ///
    /// Offsets on a character boundary of the normalized text map to a
    /// character boundary of the original. An offset just after a folded
    /// character maps to just after the original character.
    pub fn to_original(&self, pos: usize) -> usize {
        let idx = self.checkpoints.partition_point(|&(n, _)| n <= pos);
        if idx == 0 {
            return pos;
        }
        let (n, o) = self.checkpoints[idx - 1];
        o + (pos - n)
    }
}

/// The offset of the first non-ASCII byte at or after `from`, looking at
/// 32 bytes per step (four words or-ed together, one test) and then eight:
/// news text is mostly ASCII, and every article passes through here whole.
fn next_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let word = |chunk: &[u8]| {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        u64::from_le_bytes(eight)
    };
    let rest = bytes.get(from..)?;
    let mut blocks = rest.chunks_exact(32);
    let mut offset = from;
    for block in blocks.by_ref() {
        let any = block.chunks_exact(8).fold(0, |acc, c| acc | word(c));
        if any & HIGH != 0 {
            break;
        }
        offset += 32;
    }
    let mut chunks = bytes[offset..].chunks_exact(8);
    for chunk in &mut chunks {
        let high = word(chunk) & HIGH;
        if high != 0 {
            return Some(offset + high.trailing_zeros() as usize / 8);
        }
        offset += 8;
    }
    let tail = chunks.remainder();
    tail.iter().position(|&b| b >= 0x80).map(|k| offset + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_borrowed() {
        let n = Normalized::new("Russia's army");
        assert!(matches!(n.text, Cow::Borrowed(_)));
        assert_eq!(n.to_original(5), 5);
    }

    #[test]
    fn folds_quotes_dashes_spaces() {
        let s = "Russia’s “war” – US\u{00A0}Army";
        let n = Normalized::new(s);
        assert_eq!(n.as_str(), "Russia's \"war\" - US Army");
    }

    #[test]
    fn offsets_map_back_to_original() {
        let s = "A’b “c” d\u{200B}e Kim";
        let n = Normalized::new(s);
        let norm = n.as_str();
        let k = norm.find("Kim").unwrap();
        let o = n.to_original(k);
        assert_eq!(&s[o..o + 3], "Kim");
        // Every character boundary maps to a boundary of the original.
        for (i, _) in norm.char_indices() {
            assert!(s.is_char_boundary(n.to_original(i)));
        }
        assert_eq!(n.to_original(norm.len()), s.len());
    }

    #[test]
    fn non_ascii_without_folding_is_borrowed() {
        let n = Normalized::new("Erdoğan met Zelenskyy");
        assert!(matches!(n.text, Cow::Borrowed(_)));
    }

    proptest::proptest! {
        #[test]
        fn finds_the_first_non_ascii_byte(text in "[a-z ]{0,70}[a-z é’]{0,40}", from in 0..115usize) {
            let bytes = text.as_bytes();
            let want = bytes
                .get(from..)
                .and_then(|r| r.iter().position(|&b| b >= 0x80))
                .map(|k| from + k);
            proptest::prop_assert_eq!(next_non_ascii(bytes, from), want);
        }
    }

    #[test]
    fn leading_bom_is_dropped() {
        let s = "\u{FEFF}Putin";
        let n = Normalized::new(s);
        assert_eq!(n.as_str(), "Putin");
        assert_eq!(n.to_original(0), 3);
    }
}
