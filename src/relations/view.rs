//! A sentence as the relation rules see it: words, punctuation and resolved
//! mentions, each mention standing in for all the tokens it covers.

use std::borrow::Cow;

use crate::resolve::Resolved;
use crate::text::{tokens, Span, Token, TokenKind};

/// One position in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item<'a> {
    /// A resolved mention, by index into the article's mentions.
    Mention(usize),
    /// A word, lowercased: borrowed from the text when it already is
    /// lowercase, as most words are, so that a view allocates no string
    /// for them.
    Word(Cow<'a, str>),
    /// A punctuation character (quotes are `'` and `"` after normalization).
    Punct(char),
    /// A possessive ending right after a mention ("Russia's").
    Possessive,
}

/// The items of one sentence.
#[derive(Debug, Clone)]
pub struct View<'a> {
    /// Items in text order.
    pub items: Vec<Item<'a>>,
}

impl<'a> View<'a> {
    /// Builds the view of `sentence` in `text`, where `mentions` are all of
    /// the article's resolved mentions and `first` the index of the first one
    /// in this sentence.
    pub fn new(text: &'a str, sentence: Span, mentions: &[Resolved], first: usize) -> View<'a> {
        let (start, end) = (sentence.start, sentence.end);
        if text.as_bytes()[start..end].is_ascii() {
            View::of_tokens(
                text,
                sentence,
                mentions,
                first,
                AsciiTokens::new(text, start, end),
            )
        } else {
            let toks = tokens(text, start, end).into_iter();
            View::of_tokens(text, sentence, mentions, first, toks)
        }
    }

    /// [`View::new`] from the sentence's tokens.
    fn of_tokens(
        text: &'a str,
        sentence: Span,
        mentions: &[Resolved],
        first: usize,
        toks: impl Iterator<Item = Token<'a>>,
    ) -> View<'a> {
        let mut items = Vec::with_capacity((sentence.end - sentence.start) / 5);
        let mut next = first;
        let mut covered_to = sentence.start;
        for tok in toks {
            if tok.end <= covered_to {
                continue;
            }
            if tok.start < covered_to {
                // The last word of a longer mention: "North Korea's".
                if is_possessive(&text[covered_to..tok.end]) {
                    items.push(Item::Possessive);
                }
                continue;
            }
            if let Some(m) = mentions.get(next) {
                if tok.end > m.start && tok.start < m.end {
                    items.push(Item::Mention(next));
                    covered_to = m.end;
                    next += 1;
                    if tok.end > m.end && is_possessive(&text[m.end..tok.end]) {
                        items.push(Item::Possessive);
                    }
                    continue;
                }
            }
            items.push(match tok.kind {
                TokenKind::Word if is_possessive(tok.text) => Item::Possessive,
                TokenKind::Word => Item::Word(lowercase(tok.text)),
                TokenKind::Punct => Item::Punct(tok.text.chars().next().unwrap_or(' ')),
            });
        }
        View { items }
    }

    /// The word at `i`, if that item is a word.
    pub fn word(&self, i: usize) -> Option<&str> {
        match self.items.get(i) {
            Some(Item::Word(w)) => Some(w),
            _ => None,
        }
    }

    /// The mention index at `i`, if that item is a mention.
    pub fn mention(&self, i: usize) -> Option<usize> {
        match self.items.get(i) {
            Some(Item::Mention(m)) => Some(*m),
            _ => None,
        }
    }

    /// True if the item at `i` is this punctuation character.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.items.get(i) == Some(&Item::Punct(c))
    }
}

/// The tokens of an ASCII `text[start..end]`, exactly as [`tokens`] cuts
/// them, one at a time.
///
/// Views are built for every sentence naming two entities, and cutting
/// them was most of the relation stage: [`tokens`] decides at every byte
/// whether it joins the one before by the general UAX #29 table, and
/// collects the tokens into a vector. Here a word is a run of letters,
/// digits and `_` scanned in one loop, and only the byte after a run needs
/// a rule: whether it is one of the characters that join two letters
/// (`:` `.` `'`, rules WB6 and WB7) or two digits (`,` `;` `.` `'`, WB11 and
/// WB12) and stands between such. Every other character of ASCII is a token
/// of its own, or white space, which is dropped. Tests compare this with
/// [`tokens`] on all short strings and on random ones.
struct AsciiTokens<'a> {
    text: &'a str,
    /// Offset of the sentence in `text`.
    start: usize,
    /// The sentence's bytes.
    bytes: &'a [u8],
    /// Position in `bytes`.
    at: usize,
}

impl<'a> AsciiTokens<'a> {
    fn new(text: &'a str, start: usize, end: usize) -> AsciiTokens<'a> {
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

/// `word.to_lowercase()`, borrowing `word` when it is ASCII without
/// capitals (the lowercase of any other text may differ from it).
fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

fn is_possessive(s: &str) -> bool {
    matches!(s, "'s" | "'S" | "'")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::Form;

    fn mention(start: usize, end: usize) -> Resolved {
        Resolved {
            entity: 0,
            start,
            end,
            form: Form::Alias,
            sentence: 0,
        }
    }

    /// The view of all of `text` as one sentence.
    fn whole<'a>(text: &'a str, ms: &[Resolved]) -> View<'a> {
        let all = Span {
            start: 0,
            end: text.len(),
        };
        View::new(text, all, ms, 0)
    }

    #[test]
    fn mentions_replace_their_tokens() {
        let text = "Russia's North Korea ties, 'heroic' praise.";
        let ms = [mention(0, 6), mention(9, 20)];
        let v = whole(text, &ms);
        assert_eq!(
            v.items,
            vec![
                Item::Mention(0),
                Item::Possessive,
                Item::Mention(1),
                Item::Word("ties".into()),
                Item::Punct(','),
                Item::Punct('\''),
                Item::Word("heroic".into()),
                Item::Punct('\''),
                Item::Word("praise".into()),
                Item::Punct('.'),
            ]
        );
    }

    #[test]
    fn possessive_after_a_multiword_mention() {
        let text = "North Korea's leader";
        let v = whole(text, &[mention(0, 11)]);
        assert_eq!(v.items[..2], [Item::Mention(0), Item::Possessive]);
        assert_eq!(v.word(2), Some("leader"));
    }

    fn same_tokens(t: &str, start: usize) -> Result<(), String> {
        let fast: Vec<Token> = AsciiTokens::new(t, start, t.len()).collect();
        let plain = tokens(t, start, t.len());
        if fast == plain {
            Ok(())
        } else {
            Err(format!("{t:?} from {start}: {fast:?} != {plain:?}"))
        }
    }

    /// Every string of two ASCII bytes, and of four bytes from an alphabet
    /// with a byte of every class that matters.
    #[test]
    fn ascii_tokens_are_the_tokens_of_short_strings() {
        for a in 0..128u8 {
            for b in 0..128u8 {
                same_tokens(std::str::from_utf8(&[a, b]).unwrap(), 0).unwrap();
            }
        }
        let alphabet = b"aZ7_:,;.'\r\n\x0b\x0c \t\"-!";
        for &a in alphabet {
            for &b in alphabet {
                for &c in alphabet {
                    for &d in alphabet {
                        let t = [a, b, c, d];
                        let t = std::str::from_utf8(&t).unwrap();
                        same_tokens(t, 0).unwrap();
                        same_tokens(t, 1).unwrap();
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_tokens_are_the_tokens(
            t in "[a-zA-Z0-9_:,;.'\"\\- \t\r\n\x0b\x0c!?()]{0,60}",
            cut in 0usize..60,
        ) {
            let start = cut.min(t.len());
            proptest::prop_assert_eq!(same_tokens(&t, start), Ok(()));
        }

        /// The lowercase words of a view are `to_lowercase` of its words.
        #[test]
        fn words_are_lowercase(t in "[a-zA-Z0-9 .,'\u{e9}\u{c9}\u{130}]{0,40}") {
            let v = whole(&t, &[]);
            let words: Vec<&str> = v.items.iter().filter_map(|it| match it {
                Item::Word(w) => Some(w.as_ref()),
                _ => None,
            }).collect();
            let plain: Vec<String> = tokens(&t, 0, t.len())
                .iter()
                .filter(|k| k.kind == TokenKind::Word && !is_possessive(k.text))
                .map(|k| k.text.to_lowercase())
                .collect();
            proptest::prop_assert_eq!(words, plain);
        }
    }

    #[test]
    fn hyphen_compounds_keep_the_rest() {
        let text = "Pyongyang-based agency";
        let ms = [mention(0, 9)];
        let v = whole(text, &ms);
        assert_eq!(v.items[0], Item::Mention(0));
        assert_eq!(v.items[1], Item::Punct('-'));
        assert_eq!(v.word(2), Some("based"));
    }
}
