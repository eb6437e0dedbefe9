//! A sentence as the relation rules see it: words, punctuation and resolved
//! mentions, each mention standing in for all the tokens it covers.

use std::borrow::Cow;

use crate::resolve::Resolved;
use crate::text::{tokens, AsciiTokens, Span, TokenKind};

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
    ///
    /// `lower` is a buffer for a lowercase copy of an ASCII sentence, which
    /// its words borrow: one copy lowercased at once costs less than a test
    /// and a `String` per word with capitals. The caller keeps it across
    /// sentences.
    pub fn new(
        text: &'a str,
        sentence: Span,
        mentions: &[Resolved],
        first: usize,
        lower: &'a mut String,
    ) -> View<'a> {
        let (start, end) = (sentence.start, sentence.end);
        let mut view = Builder::new(mentions, first, sentence);
        let bytes = text.as_bytes();
        if bytes[start..end].is_ascii() {
            lower.clear();
            lower.push_str(&text[start..end]);
            lower.make_ascii_lowercase();
            let lower: &'a str = lower;
            let mut toks = AsciiTokens::new(text, start, end);
            while let Some((from, to, word)) = toks.next_span() {
                // No ASCII word starts with the `'` of a possessive.
                view.add(text, from, to, || match word {
                    true => Item::Word(Cow::Borrowed(&lower[from - start..to - start])),
                    false => Item::Punct(char::from(bytes[from])),
                });
            }
        } else {
            for tok in tokens(text, start, end) {
                view.add(text, tok.start, tok.end, || match tok.kind {
                    TokenKind::Word if is_possessive(tok.text) => Item::Possessive,
                    TokenKind::Word => Item::Word(lowercase(tok.text)),
                    TokenKind::Punct => Item::Punct(tok.text.chars().next().unwrap_or(' ')),
                });
            }
        }
        View { items: view.items }
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

/// A view being built from the tokens of its sentence, in order.
struct Builder<'a, 'm> {
    items: Vec<Item<'a>>,
    mentions: &'m [Resolved],
    /// The next mention to place.
    next: usize,
    /// Where the last mention placed ends: tokens up to there are its own.
    covered_to: usize,
}

impl<'a, 'm> Builder<'a, 'm> {
    fn new(mentions: &'m [Resolved], first: usize, sentence: Span) -> Self {
        Builder {
            items: Vec::with_capacity((sentence.end - sentence.start) / 5),
            mentions,
            next: first,
            covered_to: sentence.start,
        }
    }

    /// Adds the token of `text` at `start..end`, as `item` unless a
    /// mention covers it.
    #[inline(always)]
    fn add(&mut self, text: &str, start: usize, end: usize, item: impl FnOnce() -> Item<'a>) {
        if end <= self.covered_to {
            return;
        }
        if start < self.covered_to {
            // The last word of a longer mention: "North Korea's".
            if is_possessive(&text[self.covered_to..end]) {
                self.items.push(Item::Possessive);
            }
            return;
        }
        if let Some(m) = self.mentions.get(self.next) {
            if end > m.start && start < m.end {
                self.items.push(Item::Mention(self.next));
                self.covered_to = m.end;
                self.next += 1;
                if end > m.end && is_possessive(&text[m.end..end]) {
                    self.items.push(Item::Possessive);
                }
                return;
            }
        }
        self.items.push(item());
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
        View::new(text, all, ms, 0, Box::leak(Box::default()))
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

    /// [`View::new`] as it was: every token taken from [`tokens`], every
    /// word lowercased alone.
    fn view_by_tokens(
        text: &str,
        sentence: Span,
        mentions: &[Resolved],
        first: usize,
    ) -> Vec<Item<'static>> {
        let mut items = Vec::new();
        let mut next = first;
        let mut covered_to = sentence.start;
        for tok in tokens(text, sentence.start, sentence.end) {
            if tok.end <= covered_to {
                continue;
            }
            if tok.start < covered_to {
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
                TokenKind::Word => Item::Word(Cow::Owned(tok.text.to_lowercase())),
                TokenKind::Punct => Item::Punct(tok.text.chars().next().unwrap_or(' ')),
            });
        }
        items
    }

    proptest::proptest! {
        /// Views of sentences inside a text, with mentions anywhere (also
        /// inside words and across a possessive), ASCII or not.
        #[test]
        fn views_are_those_of_the_tokens(
            t in "[a-zA-Z0-9 .,'\"\u{e9}\u{c9}\u{301}-]{0,120}",
            cuts in proptest::collection::vec(0usize..130, 0..8),
            around in (0usize..130, 0usize..130),
        ) {
            let bound = |i: usize| (0..=i.min(t.len())).rev().find(|&k| t.is_char_boundary(k)).unwrap_or(0);
            let (a, b) = (bound(around.0.min(around.1)), bound(around.0.max(around.1)));
            let sentence = Span { start: a, end: b };
            let mut cuts: Vec<usize> = cuts.into_iter().map(bound).collect();
            cuts.sort_unstable();
            cuts.dedup();
            let ms: Vec<Resolved> = cuts.chunks_exact(2).map(|c| mention(c[0], c[1])).collect();
            let first = ms.iter().position(|m| m.start >= a).unwrap_or(ms.len());
            let mut lower = String::new();
            let view = View::new(&t, sentence, &ms, first, &mut lower);
            proptest::prop_assert_eq!(view.items, view_by_tokens(&t, sentence, &ms, first));
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
