//! Co-occurrence: pairs of distinct entities named close to each other.
//!
//! Undirected; the source is the entity with the smaller id, so the same pair
//! always makes the same edge. "Close" is a [`Window`]: the same sentence
//! (the default), a run of N sentences, the same paragraph, or the article.
//! Each window gives one relation per pair, whose evidence is the nearest
//! two mentions of the pair in it, so wider windows do not repeat the same
//! pair once per sentence.

use std::collections::{BTreeMap, BTreeSet};

use super::{Kind, Relation};
use crate::gazetteer::Gazetteer;
use crate::resolve::Resolved;
use crate::text::Span;

/// Label of co-occurrence edges.
pub const LABEL: &str = "co-occurs";

/// How near two mentions must be to co-occur.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Window {
    /// In the same sentence.
    #[default]
    Sentence,
    /// At most N sentences apart, counting both (N = 1 is [`Window::Sentence`]).
    Sentences(usize),
    /// In the same paragraph (a line break between sentences starts one).
    Paragraph,
    /// Anywhere in the article.
    Article,
}

impl std::str::FromStr for Window {
    type Err = String;

    /// `sentence`, `paragraph`, `article` or a number of sentences.
    fn from_str(s: &str) -> Result<Window, String> {
        match s {
            "sentence" => Ok(Window::Sentence),
            "paragraph" => Ok(Window::Paragraph),
            "article" => Ok(Window::Article),
            n => match n.parse::<usize>() {
                Ok(0) | Err(_) => Err(format!(
                    "unknown co-occurrence window '{s}'. Choose from: sentence, paragraph, \
                     article, or a number of sentences (1 or more)"
                )),
                Ok(1) => Ok(Window::Sentence),
                Ok(n) => Ok(Window::Sentences(n)),
            },
        }
    }
}

/// One relation per pair of distinct entities per window.
pub fn find(
    text: &str,
    sentences: &[Span],
    mentions: &[Resolved],
    gazetteer: &Gazetteer,
    window: Window,
) -> Vec<Relation> {
    let order = IdOrder::new(mentions, gazetteer);
    // (smaller id, larger id, first sentence, last sentence), the ids by
    // their rank, and entities, as added; a vector sorted once is cheaper
    // than a map kept sorted.
    type Key = (u32, u32, usize, usize);
    let mut found: Vec<(Key, (usize, usize))> = Vec::new();
    let mut add = |a: usize, b: usize, first: usize, last: usize| {
        let (ra, rb) = (order.rank(a), order.rank(b));
        let ((a, ra), (b, rb)) = if ra <= rb {
            ((a, ra), (b, rb))
        } else {
            ((b, rb), (a, ra))
        };
        found.push(((ra, rb, first, last), (a, b)));
    };
    match window {
        Window::Sentence => same_sentence(mentions, &mut add),
        Window::Sentences(n) => sliding(mentions, n.max(1), &mut add),
        Window::Paragraph => {
            let para = paragraphs(text, sentences);
            grouped(mentions, |s| para[s], &mut add);
        }
        Window::Article => grouped(mentions, |_| 0, &mut add),
    }
    // Stable, so the last pair added under a key is last among its equals,
    // as a map would keep it.
    found.sort_by_key(|x| x.0);
    found
        .chunk_by(|x, y| x.0 == y.0)
        .filter_map(|same| same.last())
        .map(|&((_, _, first, last), (a, b))| relation(a, b, first, last))
        .collect()
}

/// The order of the ids of an article's entities, as small numbers: pairs
/// are ordered and sorted by their ids, and comparing two numbers is
/// cheaper than comparing two ids (`country:RUS`, `person:vladimir-putin`)
/// each time.
struct IdOrder {
    /// Every entity of the article, in entity order, with the rank of its
    /// id among theirs (equal ids rank equal).
    ranks: Vec<(usize, u32)>,
}

impl IdOrder {
    fn new(mentions: &[Resolved], gazetteer: &Gazetteer) -> IdOrder {
        let id = |e: usize| gazetteer.entity(e).id.as_str();
        let mut entities: Vec<usize> = mentions.iter().map(|m| m.entity).collect();
        entities.sort_unstable();
        entities.dedup();
        entities.sort_by(|&a, &b| id(a).cmp(id(b)));
        let mut ranks = Vec::with_capacity(entities.len());
        let mut rank = 0;
        for (i, &e) in entities.iter().enumerate() {
            if i > 0 && id(entities[i - 1]) != id(e) {
                rank += 1;
            }
            ranks.push((e, rank));
        }
        ranks.sort_unstable();
        IdOrder { ranks }
    }

    /// The rank of `entity`'s id; `entity` must be one of the article's.
    fn rank(&self, entity: usize) -> u32 {
        let i = self.ranks.partition_point(|&(e, _)| e < entity);
        self.ranks.get(i).map_or(u32::MAX, |&(_, r)| r)
    }
}

fn relation(a: usize, b: usize, first: usize, last: usize) -> Relation {
    Relation {
        source: a,
        target: b,
        kind: Kind::Cooccurrence,
        label: LABEL.to_string(),
        category: None,
        directed: false,
        negated: false,
        mood: None,
        attributed_to: None,
        sentence: first,
        last_sentence: last,
    }
}

/// Pairs in the same sentence: [`sliding`] with `n = 1` (each pair in one
/// order only), without following the entities of the sentences before.
fn same_sentence(mentions: &[Resolved], add: &mut impl FnMut(usize, usize, usize, usize)) {
    let mut here = Vec::new();
    for sentence in mentions.chunk_by(|a, b| a.sentence == b.sentence) {
        let s = sentence[0].sentence;
        here.clear();
        here.extend(sentence.iter().map(|m| m.entity));
        here.sort_unstable();
        here.dedup();
        // Each pair once: [`find`] orders the two by id anyway.
        for (i, &x) in here.iter().enumerate() {
            for &y in &here[i + 1..] {
                add(x, y, s, s);
            }
        }
    }
}

/// Pairs at most `n` sentences apart: at each sentence, every entity named
/// there with every entity named in it or the `n - 1` before, at its latest
/// mention.
fn sliding(mentions: &[Resolved], n: usize, add: &mut impl FnMut(usize, usize, usize, usize)) {
    let mut last_seen: BTreeMap<usize, usize> = BTreeMap::new();
    for sentence in mentions.chunk_by(|a, b| a.sentence == b.sentence) {
        let s = sentence[0].sentence;
        let here: BTreeSet<usize> = sentence.iter().map(|m| m.entity).collect();
        for &e in &here {
            last_seen.insert(e, s);
        }
        for &x in &here {
            for (&y, &ls) in &last_seen {
                if y != x && s - ls < n {
                    add(x, y, ls, s);
                }
            }
        }
    }
}

/// Pairs in the same group of sentences, each at its nearest two mentions.
fn grouped(
    mentions: &[Resolved],
    group: impl Fn(usize) -> usize,
    add: &mut impl FnMut(usize, usize, usize, usize),
) {
    for part in mentions.chunk_by(|a, b| group(a.sentence) == group(b.sentence)) {
        let mut best: BTreeMap<(usize, usize), (usize, usize)> = BTreeMap::new();
        for (i, m) in part.iter().enumerate() {
            for o in &part[i + 1..] {
                if o.entity == m.entity {
                    continue;
                }
                let key = (m.entity.min(o.entity), m.entity.max(o.entity));
                let span = (m.sentence, o.sentence);
                let near = best.get(&key).is_none_or(|&(f, l)| span.1 - span.0 < l - f);
                if near {
                    best.insert(key, span);
                }
            }
        }
        for ((a, b), (first, last)) in best {
            add(a, b, first, last);
        }
    }
}

/// Paragraph number of each sentence: a line break between two sentences
/// starts a new paragraph.
fn paragraphs(text: &str, sentences: &[Span]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut para = 0;
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 && text[sentences[i - 1].end..s.start].contains('\n') {
            para += 1;
        }
        out.push(para);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_parse() {
        assert_eq!("sentence".parse(), Ok(Window::Sentence));
        assert_eq!("1".parse(), Ok(Window::Sentence));
        assert_eq!("3".parse(), Ok(Window::Sentences(3)));
        assert_eq!("article".parse(), Ok(Window::Article));
        assert!("0".parse::<Window>().is_err());
        assert!("page".parse::<Window>().is_err());
    }

    #[test]
    fn paragraphs_break_at_newlines() {
        let text = "A b. C d.\nE f.";
        let spans = [
            Span { start: 0, end: 4 },
            Span { start: 5, end: 9 },
            Span { start: 10, end: 14 },
        ];
        assert_eq!(paragraphs(text, &spans), vec![0, 0, 1]);
    }

    fn mention(entity: usize, sentence: usize) -> Resolved {
        Resolved {
            entity,
            start: 0,
            end: 0,
            form: crate::matcher::Form::Alias,
            sentence,
        }
    }

    fn pairs(
        f: impl Fn(&mut dyn FnMut(usize, usize, usize, usize)),
    ) -> Vec<(usize, usize, usize, usize)> {
        let mut out = Vec::new();
        f(&mut |a, b, first, last| out.push((a.min(b), a.max(b), first, last)));
        out.sort_unstable();
        out.dedup();
        out
    }

    /// [`find`] as it was, ordering and sorting pairs by their ids.
    fn find_by_ids(
        text: &str,
        sentences: &[Span],
        mentions: &[Resolved],
        gazetteer: &Gazetteer,
        window: Window,
    ) -> Vec<Relation> {
        let id = |e: usize| gazetteer.entity(e).id.as_str();
        type Key<'a> = (&'a str, &'a str, usize, usize);
        let mut found: Vec<(Key, (usize, usize))> = Vec::new();
        let mut add = |a: usize, b: usize, first: usize, last: usize| {
            let (a, b) = if id(a) <= id(b) { (a, b) } else { (b, a) };
            found.push(((id(a), id(b), first, last), (a, b)));
        };
        match window {
            // It gave each pair of a sentence in both orders.
            Window::Sentence => same_sentence(mentions, &mut |a, b, first, last| {
                add(a, b, first, last);
                add(b, a, first, last);
            }),
            Window::Sentences(n) => sliding(mentions, n.max(1), &mut add),
            Window::Paragraph => {
                let para = paragraphs(text, sentences);
                grouped(mentions, |s| para[s], &mut add);
            }
            Window::Article => grouped(mentions, |_| 0, &mut add),
        }
        found.sort_by(|x, y| x.0.cmp(&y.0));
        found
            .chunk_by(|x, y| x.0 == y.0)
            .filter_map(|same| same.last())
            .map(|&((_, _, first, last), (a, b))| relation(a, b, first, last))
            .collect()
    }

    fn gazetteer() -> &'static Gazetteer {
        static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        G.get_or_init(|| Gazetteer::builtin().unwrap())
    }

    proptest::proptest! {
        /// Pairs ordered and sorted by id ranks are those ordered and
        /// sorted by ids, in every window.
        #[test]
        fn ranks_order_as_ids(
            raw in proptest::collection::vec((0usize..8, 0usize..5), 0..20),
            pool in proptest::collection::vec(0usize..100_000, 8),
            window in 0usize..4,
        ) {
            let g = gazetteer();
            let mut raw = raw;
            raw.sort_by_key(|&(_, s)| s);
            let ms: Vec<Resolved> =
                raw.iter().map(|&(e, s)| mention(pool[e] % g.len(), s)).collect();
            let text = "A b.\nC d. E f.\n\nG h. I j.";
            let sentences: Vec<Span> = [(0, 4), (5, 9), (10, 14), (16, 20), (21, 25)]
                .iter()
                .map(|&(start, end)| Span { start, end })
                .collect();
            let window = [
                Window::Sentence,
                Window::Sentences(2),
                Window::Paragraph,
                Window::Article,
            ][window];
            proptest::prop_assert_eq!(
                find(text, &sentences, &ms, g, window),
                find_by_ids(text, &sentences, &ms, g, window)
            );
        }

        /// The same-sentence pairs are those of the one-sentence window.
        #[test]
        fn same_sentence_is_a_window_of_one(
            raw in proptest::collection::vec((0usize..6, 0usize..4), 0..20),
        ) {
            let mut raw = raw;
            raw.sort_by_key(|&(_, s)| s);
            let ms: Vec<Resolved> = raw.iter().map(|&(e, s)| mention(e, s)).collect();
            let fast = pairs(|add| same_sentence(&ms, &mut |a, b, f, l| add(a, b, f, l)));
            let plain = pairs(|add| sliding(&ms, 1, &mut |a, b, f, l| add(a, b, f, l)));
            proptest::prop_assert_eq!(fast, plain);
        }
    }
}
