//! Word tokens, by Unicode word boundaries (UAX #29).
//!
//! Relation rules look at the words between entity mentions ("praised the ...
//! of"), so they need words and punctuation but not whitespace. We use the
//! `unicode-segmentation` crate's word boundaries rather than splitting on
//! ASCII, so that names in any script stay whole.

use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters or digits (may contain inner apostrophes or dots: `Year's`, `3.5`).
    Word,
    /// A single punctuation or symbol character.
    Punct,
}

/// A token with its byte span in the text it was cut from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text.
    pub text: &'a str,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Word or punctuation.
    pub kind: TokenKind,
}

/// True for characters that belong inside a word: letters, digits and
/// combining marks (so `e` + U+0301 is one word).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Tokens of `text[start..end]`, with offsets relative to `text`. Whitespace
/// is dropped.
pub fn tokens(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
    text[start..end]
        .split_word_bound_indices()
        .filter(|(_, w)| !w.chars().all(char::is_whitespace))
        .map(|(i, w)| Token {
            text: w,
            start: start + i,
            end: start + i + w.len(),
            kind: if w.chars().any(is_word_char) {
                TokenKind::Word
            } else {
                TokenKind::Punct
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_punctuation() {
        let t = "Putin praised the 'heroic' army, in Kyiv.";
        let toks: Vec<&str> = tokens(t, 0, t.len()).iter().map(|t| t.text).collect();
        assert_eq!(
            toks,
            vec!["Putin", "praised", "the", "'", "heroic", "'", "army", ",", "in", "Kyiv", "."]
        );
    }

    #[test]
    fn offsets_are_relative_to_whole_text() {
        let t = "xx Moscow-based yy";
        let toks = tokens(t, 3, 15);
        assert_eq!(toks[0].text, "Moscow");
        assert_eq!(toks[0].start, 3);
        assert_eq!(toks[1].kind, TokenKind::Punct);
    }

    #[test]
    fn unicode_words_stay_whole() {
        let t = "Путин встретился с Си.";
        let toks = tokens(t, 0, t.len());
        assert_eq!(toks[0].text, "Путин");
        assert_eq!(toks.len(), 5);
    }
}
