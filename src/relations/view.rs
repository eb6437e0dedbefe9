//! A sentence as the relation rules see it: words, punctuation and resolved
//! mentions, each mention standing in for all the tokens it covers.

use crate::resolve::Resolved;
use crate::text::{tokens, Span, TokenKind};

/// One position in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A resolved mention, by index into the article's mentions.
    Mention(usize),
    /// A word, lowercased.
    Word(String),
    /// A punctuation character (quotes are `'` and `"` after normalization).
    Punct(char),
    /// A possessive ending right after a mention ("Russia's").
    Possessive,
}

/// The items of one sentence.
#[derive(Debug, Clone)]
pub struct View {
    /// Items in text order.
    pub items: Vec<Item>,
}

impl View {
    /// Builds the view of `sentence` in `text`, where `mentions` are all of
    /// the article's resolved mentions and `first` the index of the first one
    /// in this sentence.
    pub fn new(text: &str, sentence: Span, mentions: &[Resolved], first: usize) -> View {
        let mut items = Vec::new();
        let mut next = first;
        let mut covered_to = sentence.start;
        for tok in tokens(text, sentence.start, sentence.end) {
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
                TokenKind::Word => Item::Word(tok.text.to_lowercase()),
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
    fn whole(text: &str, ms: &[Resolved]) -> View {
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
