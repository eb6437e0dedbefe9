//! Word tokens, by Unicode word boundaries (UAX #29).
//!
//! Relation rules look at the words between entity mentions ("praised the ...
//! of"), so they need words and punctuation but not whitespace. We use the
//! `unicode-segmentation` crate's word boundaries rather than splitting on
//! ASCII, so that names in any script stay whole.
//!
//! Most sentences are ASCII once normalized, and for them the general
//! segmenter (a property lookup per character, a state machine built for
//! every script) was a fifth of a whole extraction's instructions. ASCII
//! sentences are therefore cut by [`AsciiTokens`], which scans runs of
//! letters and digits through a byte table and applies the UAX #29 rules
//! that can involve ASCII characters only after a run; tests compare it with
//! `unicode-segmentation` on every pair of ASCII bytes, every four-byte string
//! over one byte of each word-break class, and random texts.

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
    if text.as_bytes()[start..end].is_ascii() {
        AsciiTokens::new(text, start, end).collect()
    } else {
        unicode_tokens(text, start, end)
    }
}

/// [`tokens`] by `unicode-segmentation`, for text of any script.
fn unicode_tokens(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
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

/// The tokens of an ASCII `text[start..end]`, as UAX #29 cuts them (and
/// [`tokens`] returns them), one at a time.
///
/// A word is a run of letters, digits and `_` scanned in one loop, and only
/// the byte after a run needs a rule: whether it is one of the characters
/// that join two letters (`:` `.` `'`, rules WB6 and WB7) or two digits
/// (`,` `;` `.` `'`, WB11 and WB12) and stands between such. Every other
/// ASCII character is a token of its own, or white space, which is dropped
/// (ASCII has no characters the rules skip, so a byte's neighbours are its
/// context). The relation stage's views take the tokens one at a time, so
/// they need no vector of their own.
pub(crate) struct AsciiTokens<'a> {
    text: &'a str,
    /// Offset of the sentence in `text`.
    start: usize,
    /// The sentence's bytes.
    bytes: &'a [u8],
    /// Position in `bytes`.
    at: usize,
}

impl<'a> AsciiTokens<'a> {
    /// The tokens of `text[start..end]`, with offsets into `text`. Callers
    /// check that the range is ASCII (a non-ASCII byte would be cut alone).
    pub(crate) fn new(text: &'a str, start: usize, end: usize) -> AsciiTokens<'a> {
        debug_assert!(text.as_bytes()[start..end].is_ascii());
        AsciiTokens {
            text,
            start,
            bytes: &text.as_bytes()[start..end],
            at: 0,
        }
    }
}

impl<'a> Iterator for AsciiTokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let s = self.bytes;
        while let Some(&c) = s.get(self.at) {
            let from = self.at;
            let to = if is_word_byte(c) {
                word_end(s, from)
            } else {
                from + 1
            };
            self.at = to;
            if class(c) & SPACE != 0 {
                continue;
            }
            // A run of underscores is not a word.
            let word = c.is_ascii_alphanumeric()
                || (c == b'_' && s[from..to].iter().any(u8::is_ascii_alphanumeric));
            let (a, b) = (self.start + from, self.start + to);
            return Some(Token {
                text: &self.text[a..b],
                start: a,
                end: b,
                kind: if word {
                    TokenKind::Word
                } else {
                    TokenKind::Punct
                },
            });
        }
        None
    }
}

/// Byte classes for [`AsciiTokens`], as bits.
const WORD: u8 = 1;
const LETTER: u8 = 2;
const DIGIT: u8 = 4;
const SPACE: u8 = 8;
/// Joins two letters: `:` `.` `'`.
const JOINS_LETTERS: u8 = 16;
/// Joins two digits: `,` `;` `.` `'`.
const JOINS_DIGITS: u8 = 32;

/// The classes of every byte.
const CLASSES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = match c {
            b'a'..=b'z' | b'A'..=b'Z' => WORD | LETTER,
            b'0'..=b'9' => WORD | DIGIT,
            b'_' => WORD,
            // `char::is_whitespace` on ASCII: tab to carriage return, space.
            b'\t'..=b'\r' | b' ' => SPACE,
            b':' => JOINS_LETTERS,
            b'.' | b'\'' => JOINS_LETTERS | JOINS_DIGITS,
            b',' | b';' => JOINS_DIGITS,
            _ => 0,
        };
        b += 1;
    }
    t
};

fn class(c: u8) -> u8 {
    CLASSES[usize::from(c)]
}

fn is_word_byte(c: u8) -> bool {
    class(c) & WORD != 0
}

/// The end of the word that starts at `from` in the ASCII `s`.
fn word_end(s: &[u8], from: usize) -> usize {
    let mut j = from + 1;
    loop {
        j += s[j..].iter().take_while(|&&c| is_word_byte(c)).count();
        let (Some(&mid), Some(&after)) = (s.get(j), s.get(j + 1)) else {
            return j;
        };
        let (before, mid, after) = (class(s[j - 1]), class(mid), class(after));
        let letters = before & after & LETTER != 0 && mid & JOINS_LETTERS != 0;
        let digits = before & after & DIGIT != 0 && mid & JOINS_DIGITS != 0;
        if !(letters || digits) {
            return j;
        }
        j += 2;
    }
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

    /// Every string of two ASCII bytes, and of four bytes from one byte of
    /// each word-break class (and the tab, a double quote and a hyphen):
    /// the ASCII tokens are those of `unicode-segmentation`.
    #[test]
    fn ascii_tokens_are_the_unicode_tokens_of_short_strings() {
        let same = |t: &str| {
            assert_eq!(
                AsciiTokens::new(t, 0, t.len()).collect::<Vec<_>>(),
                unicode_tokens(t, 0, t.len()),
                "{t:?}"
            )
        };
        for a in 0..128u8 {
            for b in 0..128u8 {
                same(std::str::from_utf8(&[a, b]).unwrap());
            }
        }
        let alphabet = b"aZ7_:,;.'\r\n\x0b\x0c \t\"-!";
        for &a in alphabet {
            for &b in alphabet {
                for &c in alphabet {
                    for &d in alphabet {
                        same(std::str::from_utf8(&[a, b, c, d]).unwrap());
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_tokens_are_the_unicode_tokens(
            t in "[a-zA-Z0-9_:,;.'\"\\- \t\r\n\x0b\x0c!?()]{0,40}",
            cut in 0usize..40,
        ) {
            let start = cut.min(t.len());
            proptest::prop_assert_eq!(AsciiTokens::new(&t, start, t.len()).collect::<Vec<_>>(), unicode_tokens(&t, start, t.len()));
        }
    }
}
