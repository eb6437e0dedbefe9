//! A sentence as the relation rules see it: words, punctuation and resolved
//! mentions, each mention standing in for all the tokens it covers.

use std::borrow::Cow;

use crate::resolve::Resolved;
use crate::text::{tokens, AsciiTokens, Span, Token, TokenKind};

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
            let toks = AsciiTokens::new(text, start, end);
            View::of_tokens(text, sentence, mentions, first, toks, lowercase_ascii)
        } else {
            let toks = tokens(text, start, end).into_iter();
            View::of_tokens(text, sentence, mentions, first, toks, lowercase)
        }
    }

    /// [`View::new`] from the sentence's tokens, with `lowercase` for
    /// their words.
    fn of_tokens(
        text: &'a str,
        sentence: Span,
        mentions: &[Resolved],
        first: usize,
        toks: impl Iterator<Item = Token<'a>>,
        lowercase: fn(&'a str) -> Cow<'a, str>,
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

/// [`lowercase`] of an ASCII `word`, which lowercases byte by byte.
fn lowercase_ascii(word: &str) -> Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
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

    proptest::proptest! {
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

    proptest::proptest! {
        /// ASCII words lowercase as any word does.
        #[test]
        fn ascii_words_lowercase_alike(w in "[a-zA-Z0-9_'.]{0,12}") {
            proptest::prop_assert_eq!(lowercase_ascii(&w), lowercase(&w));
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
