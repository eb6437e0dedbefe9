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
//! sentences are therefore cut by [`ascii_tokens`], which applies the UAX #29
//! rules that can involve ASCII characters to a byte table; tests compare it
//! with `unicode-segmentation` on every pair of ASCII bytes and on random
//! texts.

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
        ascii_tokens(text, start, end)
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

/// The UAX #29 `Word_Break` property of the ASCII characters; `Other` for
/// the rest (the double quote's own value only matters next to Hebrew).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wb {
    Other,
    Cr,
    Lf,
    /// Vertical tab and form feed.
    Newline,
    /// The space (`WSegSpace`); the tab is `Other`.
    Space,
    Letter,
    Numeric,
    /// The underscore (`ExtendNumLet`).
    Underscore,
    /// The colon.
    MidLetter,
    /// Comma and semicolon.
    MidNum,
    /// Full stop and apostrophe (`MidNumLet`, `Single_Quote`).
    MidNumLet,
}

const fn word_break(b: u8) -> Wb {
    match b {
        b'\r' => Wb::Cr,
        b'\n' => Wb::Lf,
        0x0B | 0x0C => Wb::Newline,
        b' ' => Wb::Space,
        b'A'..=b'Z' | b'a'..=b'z' => Wb::Letter,
        b'0'..=b'9' => Wb::Numeric,
        b'_' => Wb::Underscore,
        b':' => Wb::MidLetter,
        b',' | b';' => Wb::MidNum,
        b'.' | b'\'' => Wb::MidNumLet,
        _ => Wb::Other,
    }
}

/// [`word_break`] of every ASCII byte.
const WORD_BREAK: [Wb; 128] = {
    let mut t = [Wb::Other; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = word_break(b as u8);
        b += 1;
    }
    t
};

/// Whether UAX #29 keeps `s[i - 1]` (of class `a`) and `s[i]` (of class
/// `b`) in one segment (`s` ASCII). ASCII has no characters the rules skip
/// (Extend, Format, ZWJ), so the context of rules WB6, WB7, WB11 and WB12 is
/// the byte before or after.
fn joined(s: &[u8], i: usize, a: Wb, b: Wb) -> bool {
    use Wb::*;
    let class = |j: Option<usize>| {
        j.and_then(|j| s.get(j))
            .map_or(Other, |&c| WORD_BREAK[usize::from(c & 0x7F)])
    };
    match (a, b) {
        (Cr, Lf) | (Space, Space) => true, // WB3, WB3d
        (Cr | Lf | Newline, _) | (_, Cr | Lf | Newline) => false, // WB3a, WB3b
        (Letter | Numeric, Letter | Numeric) => true, // WB5, WB8, WB9, WB10
        (Letter, MidLetter | MidNumLet) => class(Some(i + 1)) == Letter, // WB6
        (MidLetter | MidNumLet, Letter) => class(i.checked_sub(2)) == Letter, // WB7
        (Numeric, MidNum | MidNumLet) => class(Some(i + 1)) == Numeric, // WB12
        (MidNum | MidNumLet, Numeric) => class(i.checked_sub(2)) == Numeric, // WB11
        (Letter | Numeric | Underscore, Underscore) => true, // WB13a
        (Underscore, Letter | Numeric) => true, // WB13b
        _ => false,                        // WB999
    }
}

/// [`tokens`] of an ASCII `text[start..end]`, as `unicode-segmentation`
/// cuts it.
fn ascii_tokens(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
    let s = &text.as_bytes()[start..end];
    let class = |i: usize| WORD_BREAK[usize::from(s[i] & 0x7F)];
    let mut out = Vec::with_capacity(s.len() / 4);
    let mut from = 0;
    for i in 1..=s.len() {
        if i < s.len() && joined(s, i, class(i - 1), class(i)) {
            continue;
        }
        push_ascii(&mut out, text, start + from, start + i);
        from = i;
    }
    out
}

/// Appends the segment `text[a..b]` unless it is white space. Only a
/// segment's first byte needs a look: white space joins only white space,
/// and a segment with a letter or digit starts with one or with `_`.
fn push_ascii<'a>(out: &mut Vec<Token<'a>>, text: &'a str, a: usize, b: usize) {
    let piece = &text.as_bytes()[a..b];
    let kind = match piece.first() {
        // `char::is_whitespace` on ASCII: tab to carriage return, space.
        None | Some(b'\t'..=b'\r' | b' ') => return,
        Some(c) if c.is_ascii_alphanumeric() => TokenKind::Word,
        Some(b'_') if piece.iter().any(u8::is_ascii_alphanumeric) => TokenKind::Word,
        Some(_) => TokenKind::Punct,
    };
    out.push(Token {
        text: &text[a..b],
        start: a,
        end: b,
        kind,
    });
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
                ascii_tokens(t, 0, t.len()),
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
            proptest::prop_assert_eq!(ascii_tokens(&t, start, t.len()), unicode_tokens(&t, start, t.len()));
        }
    }
}
