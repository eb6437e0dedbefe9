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
///
/// A sentence with a few non-ASCII characters ("café", "£5") is cut at its
/// ASCII white space between ASCII neighbours into pieces (see `pieces`):
/// the ASCII pieces go to `AsciiTokens` and only the others to the general
/// segmenter, which costs about a thousand instructions a token.
pub fn tokens(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
    if text.as_bytes()[start..end].is_ascii() {
        return AsciiTokens::new(text, start, end).collect();
    }
    let mut out = Vec::with_capacity((end - start) / 4);
    for (a, b) in pieces(text.as_bytes(), start, end) {
        if text.as_bytes()[a..b].is_ascii() {
            out.extend(AsciiTokens::new(text, a, b));
        } else {
            unicode_tokens_into(text, a, b, &mut out);
        }
    }
    out
}

/// The non-empty pieces of `bytes[start..end]` between its cuts: single
/// ASCII white-space bytes between ASCII characters that are not white
/// space (or the ends of the range).
///
/// UAX #29 puts a boundary on both sides of such a byte (only CR LF and
/// runs of spaces stay together, and an extending mark joins the white
/// space before it), and its rules look across at most one character on
/// either side of a boundary, through characters that white space is not
/// one of (letters, digits, `.`, `'`, extending marks, regional
/// indicators). So the byte is a token alone, which [`tokens`] drops, and
/// the tokens of the range are those of its pieces, each cut alone.
fn pieces(bytes: &[u8], start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let space = move |i: usize| class(bytes[i]) & SPACE != 0;
    let other_ascii = move |i: usize| i < start || i >= end || (bytes[i].is_ascii() && !space(i));
    let cut = move |i: usize| space(i) && other_ascii(i.wrapping_sub(1)) && other_ascii(i + 1);
    let mut from = start;
    let mut at = start;
    std::iter::from_fn(move || {
        while at < end {
            let i = at;
            at += 1;
            if cut(i) {
                let piece = (from, i);
                from = i + 1;
                if piece.0 < piece.1 {
                    return Some(piece);
                }
            }
        }
        let piece = (from, end);
        from = end;
        (piece.0 < piece.1).then_some(piece)
    })
}

/// [`tokens`] by `unicode-segmentation`, for text of any script.
#[cfg(test)]
fn unicode_tokens(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    unicode_tokens_into(text, start, end, &mut out);
    out
}

/// Appends the tokens of `text[start..end]` by `unicode-segmentation` to
/// `out`.
fn unicode_tokens_into<'a>(text: &'a str, start: usize, end: usize, out: &mut Vec<Token<'a>>) {
    let words = text[start..end]
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
        });
    out.extend(words);
}

/// The tokens of an ASCII `text[start..end]`, as UAX #29 cuts them (and
/// [`tokens`] returns them), one at a time.
///
/// A word is a run of letters, digits and `_`, and only the byte after a
/// run needs a rule: whether it is one of the characters that join two
/// letters (`:` `.` `'`, rules WB6 and WB7) or two digits (`,` `;` `.` `'`,
/// WB11 and WB12) and stands between such. Every other ASCII character is a
/// token of its own, or white space, which is dropped (ASCII has no
/// characters the rules skip, so a byte's neighbours are its context). The
/// relation stage's views take the tokens one at a time
/// ([`AsciiTokens::next_span`]), so they need no vector of their own.
///
/// The bytes are classified 64 at a time into bit masks ([`Masks`]): a run
/// of word bytes or of white space is then one count of trailing ones, not
/// a loop over its bytes.
pub(crate) struct AsciiTokens<'a> {
    text: &'a str,
    /// Offset of the sentence in `text`.
    start: usize,
    /// The sentence's bytes.
    bytes: &'a [u8],
    /// Position in `bytes`.
    at: usize,
    /// The index of the 64-byte block of `bytes` that `masks` describe.
    block: usize,
    /// The classes of that block's bytes.
    masks: Masks,
}

/// The classes of up to 64 bytes, one bit per byte (bit `k` for byte `k`);
/// bytes past the end are in none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Masks {
    /// Letters, digits and `_`.
    word: u64,
    /// White space.
    space: u64,
}

impl<'a> AsciiTokens<'a> {
    /// The tokens of `text[start..end]`, with offsets into `text`. Callers
    /// check that the range is ASCII (a non-ASCII byte would be cut alone).
    pub(crate) fn new(text: &'a str, start: usize, end: usize) -> AsciiTokens<'a> {
        debug_assert!(text.as_bytes()[start..end].is_ascii());
        let bytes = &text.as_bytes()[start..end];
        AsciiTokens {
            text,
            start,
            bytes,
            at: 0,
            block: 0,
            masks: block_masks(bytes, 0),
        }
    }

    /// The masks of the block holding byte `i` of the range, shifted so
    /// that bit 0 is byte `i`.
    #[inline(always)]
    fn masks_at(&mut self, i: usize) -> Masks {
        if i / 64 != self.block {
            self.block = i / 64;
            self.masks = block_masks(self.bytes, self.block * 64);
        }
        let k = i % 64;
        Masks {
            word: self.masks.word >> k,
            space: self.masks.space >> k,
        }
    }

    /// The next token as its start and end offsets in the text, and whether
    /// it is a word: [`Iterator::next`] without building a [`Token`].
    #[inline(always)]
    pub(crate) fn next_span(&mut self) -> Option<(usize, usize, bool)> {
        let (from, m) = loop {
            if self.at >= self.bytes.len() {
                return None;
            }
            let m = self.masks_at(self.at);
            if m.space & 1 == 0 {
                break (self.at, m);
            }
            // Up to the end of the white space or of the block.
            self.at += m.space.trailing_ones() as usize;
        };
        let (to, word) = if m.word & 1 != 0 {
            let to = self.word_end(from, m.word);
            // A run of underscores is not a word.
            let word = self.bytes[from] != b'_'
                || self.bytes[from..to].iter().any(u8::is_ascii_alphanumeric);
            (to, word)
        } else {
            (from + 1, false)
        };
        self.at = to;
        Some((self.start + from, self.start + to, word))
    }

    /// The end of the word that starts at `from`, whose word-byte mask
    /// from there is `word`.
    #[inline(always)]
    fn word_end(&mut self, from: usize, mut word: u64) -> usize {
        let s = self.bytes;
        let mut j = from;
        loop {
            // The run of word bytes from `j`, block by block.
            loop {
                let n = word.trailing_ones() as usize;
                // Unless the run reaches the end of the block, it ends here.
                let inside = j % 64 + n < 64;
                j += n;
                if inside || j >= s.len() {
                    break;
                }
                word = self.masks_at(j).word;
            }
            let (Some(&mid), Some(&after)) = (s.get(j), s.get(j + 1)) else {
                return j;
            };
            let mid = class(mid);
            if mid & (JOINS_LETTERS | JOINS_DIGITS) == 0 {
                return j;
            }
            let (before, after) = (class(s[j - 1]), class(after));
            let letters = before & after & LETTER != 0 && mid & JOINS_LETTERS != 0;
            let digits = before & after & DIGIT != 0 && mid & JOINS_DIGITS != 0;
            if !(letters || digits) {
                return j;
            }
            j += 1;
            word = self.masks_at(j).word;
        }
    }
}

impl<'a> Iterator for AsciiTokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let (start, end, word) = self.next_span()?;
        Some(Token {
            text: &self.text[start..end],
            start,
            end,
            kind: if word {
                TokenKind::Word
            } else {
                TokenKind::Punct
            },
        })
    }
}

/// The masks of the (up to) 64 bytes of `bytes` from `at`.
#[inline]
fn block_masks(bytes: &[u8], at: usize) -> Masks {
    let rest = bytes.get(at..).unwrap_or_default();
    match rest.first_chunk::<64>() {
        Some(block) => full_block_masks(block),
        None => {
            // Zero bytes are in no class.
            let mut block = [0u8; 64];
            block[..rest.len()].copy_from_slice(rest);
            full_block_masks(&block)
        }
    }
}

#[inline]
fn full_block_masks(block: &[u8; 64]) -> Masks {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline, so every x86_64
        // processor has it; `masks_sse2` only needs SSE2.
        unsafe { masks_sse2(block) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        masks_by_table(block)
    }
}

/// [`full_block_masks`] from the class table, a byte at a time.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn masks_by_table(block: &[u8; 64]) -> Masks {
    let mut m = Masks::default();
    for (k, &b) in block.iter().enumerate() {
        let c = class(b);
        m.word |= u64::from(c & WORD != 0) << k;
        m.space |= u64::from(c & SPACE != 0) << k;
    }
    m
}

/// [`masks_by_table`] with SSE2, 16 bytes to a step.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn masks_sse2(block: &[u8; 64]) -> Masks {
    use std::arch::x86_64::*;
    // Signed comparisons: bytes of 0x80 and above are negative, in no class.
    let within = |v: __m128i, lo: u8, hi: u8| {
        let above = _mm_cmpgt_epi8(v, _mm_set1_epi8(lo as i8 - 1));
        let below = _mm_cmplt_epi8(v, _mm_set1_epi8(hi as i8 + 1));
        _mm_and_si128(above, below)
    };
    let bits = |v: __m128i| u64::from(_mm_movemask_epi8(v) as u32 & 0xffff);
    let mut m = Masks::default();
    for k in 0..4 {
        // SAFETY: the unaligned 16-byte load lies inside the 64-byte block.
        let v = unsafe { _mm_loadu_si128(block.as_ptr().add(16 * k).cast()) };
        // `| 0x20` lowercases letters and leaves no other byte a letter.
        let letter = within(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', b'z');
        let digit = within(v, b'0', b'9');
        let under = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'_' as i8));
        let word = _mm_or_si128(letter, _mm_or_si128(digit, under));
        let blank = _mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8));
        let space = _mm_or_si128(blank, within(v, b'\t', b'\r'));
        m.word |= bits(word) << (16 * k);
        m.space |= bits(space) << (16 * k);
    }
    m
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

    /// Strings over one character of most word-break classes, ASCII or
    /// not: letters (Latin with accents, Cyrillic, Hebrew, Katakana, CJK),
    /// digits (ASCII and Arabic-Indic), the joiners, combining marks,
    /// ZWJ, an emoji, regional indicators, spaces of several kinds and
    /// line breaks.
    const MIXED: &str = "[a-zA-Z0-9_:,;.'\"\\- \t\r\n!?é\u{301}Жא\u{5f4}カ中٣\u{200d}\u{1f600}\u{1f1fa}\u{1f1f8}\u{a0}\u{2003}\u{3000}\u{85}\u{2028}]";

    #[test]
    fn pieces_cut_at_spaces_between_ascii() {
        let t = "ab cd é f  g h";
        let got: Vec<&str> = pieces(t.as_bytes(), 0, t.len())
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(got, ["ab", "cd é f  g", "h"]);
    }

    /// Every string of three characters from a small mixed alphabet: the
    /// tokens cut piece by piece are those of the whole.
    #[test]
    fn tokens_of_pieces_are_the_unicode_tokens_of_short_strings() {
        let alphabet = [
            'a',
            '1',
            '.',
            '\'',
            ' ',
            '\t',
            '\r',
            '\n',
            'é',
            '\u{301}',
            '\u{200d}',
            '\u{1f1fa}',
            '\u{2003}',
            '\u{a0}',
            'א',
            '"',
        ];
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    for d in ['x', ' ', 'é'] {
                        let t: String = [d, a, b, c, d].iter().collect();
                        assert_eq!(
                            tokens(&t, 0, t.len()),
                            unicode_tokens(&t, 0, t.len()),
                            "{t:?}"
                        );
                    }
                }
            }
        }
    }

    /// The SSE2 masks are the table's.
    #[test]
    fn masks_are_the_tables() {
        for b in 0..=255u8 {
            let mut block = [b'x'; 64];
            block[b as usize % 64] = b;
            block[63 - b as usize % 64] = b;
            assert_eq!(full_block_masks(&block), masks_by_table(&block), "{b}");
        }
    }

    proptest::proptest! {
        /// Long texts, so that words and white space cross the 64-byte
        /// blocks, cut from any offset.
        #[test]
        fn long_ascii_tokens_are_the_unicode_tokens(
            t in "([a-zA-Z0-9_]{0,70}[:,;.'\"\\- \t\r\n!?()]{0,3}){0,12}",
            cut in 0usize..100,
        ) {
            let start = cut.min(t.len());
            proptest::prop_assert_eq!(AsciiTokens::new(&t, start, t.len()).collect::<Vec<_>>(), unicode_tokens(&t, start, t.len()));
        }

        /// Texts with a few non-ASCII characters among ASCII words.
        #[test]
        fn tokens_are_the_unicode_tokens(
            t in proptest::string::string_regex(&format!("([a-z ]{{0,8}}{MIXED}){{0,12}}")).unwrap(),
            cut in 0usize..30,
        ) {
            let start = (0..=cut.min(t.len())).rev().find(|&i| t.is_char_boundary(i)).unwrap_or(0);
            proptest::prop_assert_eq!(tokens(&t, start, t.len()), unicode_tokens(&t, start, t.len()));
        }

        #[test]
        fn sse2_masks_are_the_tables(block in proptest::array::uniform32(0u8..=255), k in 0usize..2) {
            let mut full = [0u8; 64];
            full[32 * k..32 * k + 32].copy_from_slice(&block);
            proptest::prop_assert_eq!(full_block_masks(&full), masks_by_table(&full));
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
