//! A compact byte trie for anchored, leftmost-longest, ASCII case-insensitive
//! matching.
//!
//! The matcher only ever asks "which is the longest name starting exactly
//! here?", so it needs no failure transitions: a plain trie answers it. The
//! walk is bound by memory, not by instructions, so the layout is what
//! matters: each node is one 16-byte record that holds its edge labels (or
//! a bit set of them), a node's children are numbered together, and below
//! the first two levels (read through tables) the nodes are laid out depth
//! first, so that the rest of a name is a run of nearby records. The trie
//! is built from the sorted keys in one pass over their bytes (copied into
//! one buffer, in order), which takes milliseconds even for a million names.
//! The first word of the text is not walked a letter at a time but looked
//! up whole ([`words`]): most of a walk's steps were in it.
//!
//! Keys are lowercase in their ASCII letters (non-ASCII bytes are kept as
//! they are); text bytes are ASCII-lowercased while walking, which gives
//! exactly the matches of an ASCII case-insensitive Aho-Corasick automaton.

use std::collections::VecDeque;

use super::words::{self, Words};

const NONE: u32 = u32::MAX;

/// Levels of the trie laid out breadth first (see [`Trie::new`]).
const BREADTH: usize = 2;

/// One trie node: its `len` edges lead to the nodes `first + 1 ..= first +
/// len` (edges are numbered in the order they are stored, and edge `e` leads
/// to node `e + 1`: no array of targets, and no cache miss reading one), in
/// the order of their labels; the key ending here (if any) is `pattern`. A step of a walk reads this 16-byte
/// record (a quarter of a cache line) and nothing else for most nodes: the
/// labels of a node with few edges are kept in `small`; a node with more
/// has a bit set of its labels instead ([`Wide`]), which finds the edge in
/// one look-up, not a binary search of many unpredictable branches.
#[derive(Debug, Clone, Copy)]
struct Node {
    first: u32,
    pattern: u32,
    len: u16,
    /// The labels if `len <= SMALL`, else the index of
    /// the node's [`Wide`] (little-endian, in the first four bytes).
    small: [u8; SMALL],
}

/// The labels of a node with more than [`SMALL`] edges, as a set of bytes:
/// the `k`th label in order is edge `first + k`. One cache line: the set in
/// bytes, and per byte of it the number of labels before it, so that the
/// rank of a label is a look-up and a count of at most seven bits, by table
/// (`count_ones` is a long sequence of instructions without the `popcnt`
/// extension, which the x86_64 baseline lacks).
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(64))]
struct Wide {
    bits: [u8; 32],
    /// Labels in the bytes before each byte of `bits` (at most 248).
    before: [u8; 32],
}

/// The number of set bits of every byte.
static ONES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).count_ones() as u8;
        b += 1;
    }
    t
};

impl Wide {
    fn new(labels: &[u8]) -> Wide {
        let mut wide = Wide::default();
        for &b in labels {
            wide.bits[usize::from(b >> 3)] |= 1 << (b & 7);
        }
        for g in 1..32 {
            wide.before[g] = wide.before[g - 1] + wide.bits[g - 1].count_ones() as u8;
        }
        wide
    }

    /// The position of `b` among the labels, if it is one.
    #[inline]
    fn rank(&self, b: u8) -> Option<usize> {
        let g = usize::from(b >> 3);
        let bit = 1u8 << (b & 7);
        let byte = self.bits[g];
        (byte & bit != 0)
            .then(|| usize::from(self.before[g]) + usize::from(ONES[usize::from(byte & (bit - 1))]))
    }
}

/// ASCII lowercase of every byte, for the walk: one look-up instead of a
/// compare and a select per step.
static LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).to_ascii_lowercase();
        b += 1;
    }
    t
};

/// Edge labels kept in the node record itself.
const SMALL: usize = 6;

impl Node {
    const EMPTY: Node = Node {
        first: 0,
        pattern: NONE,
        len: 0,
        small: [0; SMALL],
    };
}

/// The compiled trie.
#[derive(Debug, Clone)]
pub(super) struct Trie {
    nodes: Vec<Node>,
    /// The label sets of the nodes with many edges.
    wide: Vec<Wide>,
    /// For the root, the child per byte (or `NONE`), to skip one search.
    root: Box<[u32; 256]>,
    /// The node after two bytes, per pair of (ASCII-lowercased) bytes, or
    /// `NONE`: the first two steps of every walk, whose nodes have the most
    /// edges to search, in one look-up (a 256 KB table).
    second: Box<[u32]>,
    /// The node after each key's first word, for a walk to skip the steps
    /// through the first word of the text ([`words`]).
    words: Words,
}

impl Trie {
    /// Builds the trie of `keys` (ASCII letters lowercase, no duplicates);
    /// pattern ids are the keys' indices.
    pub(super) fn new<K: AsRef<[u8]>>(keys: &[K]) -> Trie {
        assert!(keys.len() < NONE as usize, "too many patterns");
        // Sorted by the first eight bytes as one big-endian integer, then by
        // the whole key: the integer settles most comparisons without a call
        // to memcmp (the sort was most of the build).
        let mut order: Vec<(u64, &[u8], u32)> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (prefix(k.as_ref()), k.as_ref(), i as u32))
            .collect();
        order.sort_unstable();
        // The sorted keys, copied into one buffer so that the walk below
        // reads memory in order.
        let mut buf = Vec::with_capacity(order.iter().map(|(_, k, _)| k.len()).sum());
        let mut bounds = Vec::with_capacity(order.len() + 1);
        bounds.push(0usize);
        for (_, k, _) in &order {
            buf.extend_from_slice(k);
            bounds.push(buf.len());
        }
        let key = |i: usize| &buf[bounds[i]..bounds[i + 1]];
        // One node per distinct prefix: at most one per key byte, plus the
        // root. Reserved at once (pages never written are never resident),
        // as growing the vectors copied them over and over.
        let mut nodes = Vec::with_capacity(buf.len() + 1);
        nodes.push(Node::EMPTY);
        let mut labels = Vec::with_capacity(buf.len());
        let mut wide = Vec::new();
        // (node, range of sorted keys passing through it, depth). A node's
        // children are numbered and its edges stored together when the node
        // is visited, so every node's edges are contiguous. The first
        // `BREADTH` levels are visited breadth first (`queue`), so that the
        // shallow nodes every search visits lie together; below them depth
        // first (`stack`), so that the rest of a name is a run of nearby
        // records (a walk down a chain of single children reads consecutive
        // ones) instead of one record per level scattered over the trie.
        let mut queue = VecDeque::from([(0u32, 0u32, order.len() as u32, 0u32)]);
        let mut stack = Vec::new();
        while let Some((node, lo, hi, depth)) = stack.pop().or_else(|| queue.pop_front()) {
            let (node, mut lo, hi, depth) =
                (node as usize, lo as usize, hi as usize, depth as usize);
            // Sorted: the key ending at this node comes first (keys are
            // distinct).
            while lo < hi && key(lo).len() == depth {
                if nodes[node].pattern == NONE {
                    nodes[node].pattern = order[lo].2;
                }
                lo += 1;
            }
            let first = labels.len();
            let pushed = stack.len();
            let mut i = lo;
            while i < hi {
                let b = key(i)[depth];
                let mut j = i + 1;
                while j < hi && key(j)[depth] == b {
                    j += 1;
                }
                let child = nodes.len();
                nodes.push(Node::EMPTY);
                labels.push(b);
                debug_assert_eq!(child, labels.len());
                let visit = (child as u32, i as u32, j as u32, depth as u32 + 1);
                if depth < BREADTH {
                    queue.push_back(visit);
                } else {
                    stack.push(visit);
                }
                i = j;
            }
            // The first child is visited first.
            stack[pushed..].reverse();
            let edges = &labels[first..];
            let n = &mut nodes[node];
            n.first = first as u32;
            n.len = edges.len() as u16;
            if edges.len() <= SMALL {
                n.small[..edges.len()].copy_from_slice(edges);
            } else {
                n.small[..4].copy_from_slice(&(wide.len() as u32).to_le_bytes());
                wide.push(Wide::new(edges));
            }
        }
        let mut root = Box::new([NONE; 256]);
        let r = nodes[0];
        for e in r.first as usize..(r.first + u32::from(r.len)) as usize {
            root[labels[e] as usize] = e as u32 + 1;
        }
        let mut second = vec![NONE; 1 << 16].into_boxed_slice();
        for b0 in 0..=255u8 {
            let first = root[b0 as usize];
            if first == NONE {
                continue;
            }
            let n = nodes[first as usize];
            for e in n.first..n.first + u32::from(n.len) {
                second[usize::from(b0) << 8 | usize::from(labels[e as usize])] = e + 1;
            }
        }
        let mut trie = Trie {
            nodes,
            wide,
            root,
            second,
            words: Words::new(&[]),
        };
        trie.words = trie.first_words((0..order.len()).map(key));
        trie
    }

    /// The table of the keys' first words of `words::MIN..=words::MAX`
    /// bytes and the nodes they lead to. The keys come sorted, so the
    /// names that share a first word are neighbours and each word is
    /// walked once (the table is sized by the distinct ones), and the walks
    /// of neighbouring words read the same nodes.
    fn first_words<'k>(&self, sorted: impl Iterator<Item = &'k [u8]>) -> Words {
        let mut firsts: Vec<(&[u8], u32)> = Vec::new();
        // The nodes along the last word walked, the root first: the next
        // word's walk starts after the prefix the two share.
        let mut path = vec![0u32];
        let mut last: &[u8] = &[];
        for key in sorted {
            let word = &key[..words::first_word_len(key)];
            if word == last || !(words::MIN..=words::MAX).contains(&word.len()) {
                continue;
            }
            let shared = word.iter().zip(last).take_while(|(a, b)| a == b).count();
            path.truncate(shared + 1);
            for &b in &word[shared..] {
                let node = path[path.len() - 1];
                path.push(self.child(node, &self.nodes[node as usize], b));
            }
            firsts.push((word, path[word.len()]));
            last = word;
        }
        Words::new(&firsts)
    }

    /// The longest key that `text[start..]` begins with (ASCII
    /// case-insensitively), `(pattern id, end offset)`, unless an ASCII
    /// letter or digit follows it in the text: no name ends there, and
    /// that lets the walk take the text's first word in one look-up
    /// ([`words`]).
    #[inline]
    pub(super) fn longest_at(&self, text: &[u8], start: usize) -> Option<(usize, usize)> {
        if let Some((word, len)) = words::word_at(text, start) {
            let node = self.words.get(word)?;
            return self.walk(text, node, start + len, (NONE, start));
        }
        // The longest key so far as a pattern id (`NONE` for none) and its
        // end: a plain pair, so a step that ends a key costs two moves.
        let mut best = (self.nodes[0].pattern, start);
        let Some(b0) = text.get(start).map(|&b| LOWER[usize::from(b)]) else {
            return found(text, best);
        };
        let first = self.root[b0 as usize];
        if first == NONE {
            return found(text, best);
        }
        let pattern = self.nodes[first as usize].pattern;
        if pattern != NONE {
            best = (pattern, start + 1);
        }
        let Some(&b1) = text.get(start + 1) else {
            return found(text, best);
        };
        let node = self.second[usize::from(b0) << 8 | usize::from(LOWER[usize::from(b1)])];
        self.walk(text, node, start + 2, best)
    }

    /// The rest of [`Trie::longest_at`]: the walk from `node` (or `NONE`)
    /// at `text[i]`, the longest key before it being `best`.
    #[inline]
    fn walk(
        &self,
        text: &[u8],
        mut node: u32,
        mut i: usize,
        mut best: (u32, usize),
    ) -> Option<(usize, usize)> {
        while node != NONE {
            let n = &self.nodes[node as usize];
            if n.pattern != NONE {
                best = (n.pattern, i);
            }
            let Some(&b) = text.get(i) else {
                break;
            };
            // Not the root: that was the first step.
            node = self.child_of(n, b);
            i += 1;
        }
        found(text, best)
    }

    /// For a trie of *reversed* keys: calls `found(start)` for every key that
    /// `text[start..end]` spells (ASCII case-insensitively), nearest first.
    /// The matcher looks back from a capital with it, over the lowercase
    /// beginnings of names ("al-" of "al-Qaeda").
    #[inline]
    pub(super) fn ends_at(&self, text: &[u8], end: usize, mut found: impl FnMut(usize)) {
        let mut node = 0u32;
        let mut i = end;
        loop {
            let n = &self.nodes[node as usize];
            if n.pattern != NONE {
                found(i);
            }
            let Some(before) = i.checked_sub(1) else {
                return;
            };
            node = self.child(node, n, text[before]);
            if node == NONE {
                return;
            }
            i = before;
        }
    }

    /// The child of `node` (whose record is `n`) along text byte `b`, or
    /// `NONE`.
    #[inline]
    fn child(&self, node: u32, n: &Node, b: u8) -> u32 {
        if node == 0 {
            return self.root[usize::from(LOWER[usize::from(b)])];
        }
        self.child_of(n, b)
    }

    /// The child of the node `n`, which is not the root, along text byte
    /// `b`, or `NONE`.
    #[inline]
    fn child_of(&self, n: &Node, b: u8) -> u32 {
        let b = LOWER[usize::from(b)];
        let len = usize::from(n.len);
        let k = match n.small.get(..len) {
            Some(small) => small.iter().position(|&l| l == b),
            None => {
                let [a, b1, c, d, ..] = n.small;
                self.wide[u32::from_le_bytes([a, b1, c, d]) as usize].rank(b)
            }
        };
        k.map_or(NONE, |k| n.first + k as u32 + 1)
    }

    /// Marks the keys for which `keep(pattern id)` holds, and every node on
    /// the way to one, so that [`Trie::any_at`] can give up on a text as soon
    /// as no kept key lies ahead (usually after a byte or two).
    pub(super) fn subset(&self, keep: impl Fn(usize) -> bool) -> Subset {
        let mut flags = vec![0u8; self.nodes.len()];
        // Children are numbered after their parent (edge `e` leads to node
        // `e + 1`, and a node's edges are stored after it is numbered), so
        // one pass from the last node back sees every child before its parent.
        for node in (0..self.nodes.len()).rev() {
            let n = self.nodes[node];
            let mut f = 0;
            if n.pattern != NONE && keep(n.pattern as usize) {
                f = Subset::ENDS | Subset::AHEAD;
            }
            let children = n.first as usize + 1..(n.first + u32::from(n.len)) as usize + 1;
            if flags[children].iter().any(|&c| c != 0) {
                f |= Subset::AHEAD;
            }
            flags[node] = f;
        }
        Subset { flags }
    }

    /// Whether `text[start..]` begins with a key of `subset` (ASCII
    /// case-insensitively). An empty subset (not computed) answers true.
    #[inline]
    pub(super) fn any_at(&self, subset: &Subset, text: &[u8], start: usize) -> bool {
        let Some(&root) = subset.flags.first() else {
            return true;
        };
        // The first two steps through the tables, as in `longest_at`.
        let open = |f: u8| {
            (f & Subset::ENDS != 0)
                .then_some(true)
                .or((f == 0).then_some(false))
        };
        if let Some(answer) = open(root) {
            return answer;
        }
        let Some(&b0) = text.get(start) else {
            return false;
        };
        let b0 = LOWER[usize::from(b0)];
        let first = self.root[usize::from(b0)];
        if first == NONE {
            return false;
        }
        if let Some(answer) = open(subset.flags[first as usize]) {
            return answer;
        }
        let Some(&b1) = text.get(start + 1) else {
            return false;
        };
        let mut node = self.second[usize::from(b0) << 8 | usize::from(LOWER[usize::from(b1)])];
        let mut i = start + 2;
        while node != NONE {
            if let Some(answer) = open(subset.flags[node as usize]) {
                return answer;
            }
            let Some(&b) = text.get(i) else {
                return false;
            };
            node = self.child_of(&self.nodes[node as usize], b);
            i += 1;
        }
        false
    }
}

impl Trie {
    /// The pairs of first two bytes (ASCII lowercased) that can begin a key
    /// of `subset` (of every key if `None`); a one-byte key admits its byte
    /// with anything after it. One look-up in this 8 KB table, which stays in
    /// the cache, rules out most word starts before any walk.
    pub(super) fn pairs(&self, subset: Option<&Subset>) -> Pairs {
        let flag =
            |node: u32| subset.map_or(Subset::ENDS | Subset::AHEAD, |s| s.flags[node as usize]);
        let ends =
            |node: u32| self.nodes[node as usize].pattern != NONE && flag(node) & Subset::ENDS != 0;
        let mut pairs = Pairs {
            bits: vec![0; 1024],
        };
        if ends(0) {
            pairs.bits.fill(u64::MAX);
            return pairs;
        }
        for b0 in 0..=255u8 {
            let first = self.root[b0 as usize];
            if first == NONE {
                continue;
            }
            let n = self.nodes[first as usize];
            for b1 in 0..=255u8 {
                let second = self.child(first, &n, b1);
                let open = second != NONE && flag(second) & Subset::AHEAD != 0;
                if ends(first) || open {
                    pairs.insert(b0, b1);
                }
            }
        }
        pairs
    }
}

/// A set of byte pairs, from [`Trie::pairs`]; empty (not computed) means
/// every pair.
#[derive(Debug, Clone, Default)]
pub(super) struct Pairs {
    bits: Vec<u64>,
}

impl Pairs {
    fn index(b0: u8, b1: u8) -> usize {
        usize::from(b0.to_ascii_lowercase()) << 8 | usize::from(b1.to_ascii_lowercase())
    }

    fn insert(&mut self, b0: u8, b1: u8) {
        let i = Pairs::index(b0, b1);
        self.bits[i / 64] |= 1 << (i % 64);
    }

    /// Whether a key of the set may begin with `b0`, `b1` (ASCII
    /// case-insensitively).
    #[inline]
    pub(super) fn may_begin(&self, b0: u8, b1: u8) -> bool {
        let i = Pairs::index(b0, b1);
        self.bits
            .get(i / 64)
            .is_none_or(|w| w & (1 << (i % 64)) != 0)
    }
}

/// A set of keys of one [`Trie`], from [`Trie::subset`]: per node, whether
/// it ends a key of the set and whether one lies at or below it.
#[derive(Debug, Clone, Default)]
pub(super) struct Subset {
    flags: Vec<u8>,
}

impl Subset {
    const ENDS: u8 = 1;
    const AHEAD: u8 = 2;
}

/// The key `(pattern, end)` of a walk, if there is one (`pattern` is not
/// `NONE`) and no ASCII letter or digit follows it.
#[inline]
fn found(text: &[u8], (pattern, end): (u32, usize)) -> Option<(usize, usize)> {
    let open = text.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
    (pattern != NONE && open).then_some((pattern as usize, end))
}

/// The first eight bytes of `key`, zero-padded, as a big-endian integer:
/// ordered like the keys themselves wherever two prefixes differ (a shorter
/// key's padding sorts before any byte, as the shorter key does).
fn prefix(key: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    let n = key.len().min(8);
    word[..n].copy_from_slice(&key[..n]);
    u64::from_be_bytes(word)
}

#[cfg(test)]
mod tests {
    use super::Trie;
    use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
    use proptest::prelude::*;
    use proptest::test_runner::TestCaseError;

    /// Up to 30 distinct lowercase keys over a small alphabet with a
    /// non-ASCII letter, sorted, as the matcher gives them to `Trie::new`.
    fn key_set() -> impl Strategy<Value = Vec<String>> {
        proptest::collection::btree_set("[ab. é]{1,5}", 0..30).prop_map(lowercase)
    }

    /// Up to 80 keys that begin with one of four pairs of letters and go
    /// on with any of eleven ASCII letters and a non-ASCII one: nodes with
    /// more edges than fit in a node record ([`super::Wide`]).
    fn wide_key_set() -> impl Strategy<Value = Vec<String>> {
        proptest::collection::btree_set("[aB][ab][a-k. é][a-k]{0,2}", 0..80).prop_map(lowercase)
    }

    fn lowercase(keys: std::collections::BTreeSet<String>) -> Vec<String> {
        let lower: std::collections::BTreeSet<String> =
            keys.into_iter().map(|k| k.to_ascii_lowercase()).collect();
        lower.into_iter().collect()
    }

    proptest! {
        /// The same matches as the anchored Aho-Corasick automaton it replaced.
        #[test]
        fn same_as_aho_corasick(
            keys in key_set(),
            text in "[abAB. éÉ]{0,30}",
        ) {
            same_matches(&keys, &text)?;
        }

        /// The same with many edges per node.
        #[test]
        fn same_as_aho_corasick_wide(
            keys in wide_key_set(),
            text in "([aA][abB][a-lA-C. éÉ]{1,3}){0,6}",
        ) {
            same_matches(&keys, &text)?;
        }
    }

    fn same_matches(keys: &[String], text: &str) -> Result<(), TestCaseError> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .ascii_case_insensitive(true)
            .build(keys)
            .unwrap();
        let trie = Trie::new(keys);
        let open = |end: usize| {
            text.as_bytes()
                .get(end)
                .is_none_or(|b| !b.is_ascii_alphanumeric())
        };
        for start in 0..=text.len() {
            let want = ac
                .find(Input::new(text).range(start..).anchored(Anchored::Yes))
                .map(|m| (m.pattern().as_usize(), m.end()))
                .filter(|&(_, end)| open(end));
            prop_assert_eq!(
                trie.longest_at(text.as_bytes(), start),
                want,
                "at {}",
                start
            );
        }
        Ok(())
    }

    proptest! {
        /// The same where the first word of the text is looked up whole:
        /// keys of several words of letters and digits, and texts long
        /// enough for a look-up (sixteen bytes from the start).
        #[test]
        fn same_as_aho_corasick_by_words(
            (keys, text) in keys_and_text_of_them(),
        ) {
            same_matches(&keys, &text)?;
        }
    }

    /// Up to 40 keys of one to three words, the first of up to fourteen
    /// letters and digits (so shorter than, within and longer than the
    /// words looked up), and a text of up to ten pieces, each a key, a
    /// prefix of one or a key run on into more letters, in either case,
    /// after a separator.
    fn keys_and_text_of_them() -> impl Strategy<Value = (Vec<String>, String)> {
        let keys = proptest::collection::btree_set("[ab1]{1,14}([ .-][ab]{1,4}){0,2}", 1..40)
            .prop_map(lowercase);
        keys.prop_flat_map(|keys| {
            let n = keys.len();
            let piece = (0..n, 0..4u8, any::<bool>(), "[ .,-]");
            let pieces = proptest::collection::vec(piece, 1..10);
            (Just(keys), pieces, "[ab ]{0,16}")
        })
        .prop_map(|(keys, pieces, tail)| {
            let mut text = String::new();
            for (k, how, upper, sep) in pieces {
                let key = &keys[k];
                let mut piece = match how {
                    0 => key[..key.len() / 2].to_string(),
                    1 => format!("{key}b"),
                    _ => key.clone(),
                };
                if upper {
                    piece.make_ascii_uppercase();
                }
                text.push_str(&piece);
                text.push_str(&sep);
            }
            text.push_str(&tail);
            (keys, text)
        })
    }

    proptest! {
        /// `any_at` finds a kept key exactly when one begins the text there.
        #[test]
        fn any_at_finds_kept_keys(
            keys in key_set(),
            keep in proptest::collection::vec(any::<bool>(), 30),
            text in "[abAB. éÉ]{0,30}",
        ) {
            let trie = Trie::new(&keys);
            let subset = trie.subset(|p| keep[p]);
            let lower = text.to_ascii_lowercase();
            for start in 0..=text.len() {
                let want = keys
                    .iter()
                    .enumerate()
                    .any(|(p, k)| keep[p] && lower.as_bytes()[start..].starts_with(k.as_bytes()));
                prop_assert_eq!(trie.any_at(&subset, text.as_bytes(), start), want);
            }
        }
    }

    proptest! {
        /// A pair is ruled out only if no key (or kept key) begins with it.
        #[test]
        fn pairs_rule_out_only_hopeless_starts(
            keys in key_set(),
            keep in proptest::collection::vec(any::<bool>(), 30),
            text in "[abAB. éÉ]{2,6}",
        ) {
            let trie = Trie::new(&keys);
            let subset = trie.subset(|p| keep[p]);
            let (all, kept) = (trie.pairs(None), trie.pairs(Some(&subset)));
            let t = text.as_bytes();
            if !all.may_begin(t[0], t[1]) {
                prop_assert_eq!(trie.longest_at(t, 0), None);
            }
            if !kept.may_begin(t[0], t[1]) {
                prop_assert!(!trie.any_at(&subset, t, 0));
            }
        }
    }

    #[test]
    fn longest_anchored_case_insensitive() {
        let keys: Vec<String> = ["guinea", "papua new guinea", "papua", "us", "u.s.", "é"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let t = Trie::new(&keys);
        assert_eq!(t.longest_at(b"Papua New Guinea!", 0), Some((1, 16)));
        assert_eq!(t.longest_at(b"PAPUA New", 0), Some((2, 5)));
        assert_eq!(t.longest_at(b"x Guinea", 2), Some((0, 8)));
        assert_eq!(t.longest_at(b"U.S. and US", 0), Some((4, 4)));
        assert_eq!(t.longest_at(b"U.S. and US", 9), Some((3, 11)));
        assert_eq!(t.longest_at(b"Guine", 0), None);
        assert_eq!(t.longest_at(b"Papuans and Guineans", 0), None, "in a word");
        assert_eq!(t.longest_at(b"Papua, New Guinea, Guinea", 0), Some((2, 5)));
        assert_eq!(
            t.longest_at(b"Papua New Guineans said", 0),
            None,
            "longest in a word"
        );
        assert_eq!(t.longest_at(b"GUINEA-Bissau and Guinea", 0), Some((0, 6)));
        assert_eq!(t.longest_at("é".as_bytes(), 0), Some((5, 2)));
        assert_eq!(t.longest_at("É".as_bytes(), 0), None);
        assert_eq!(Trie::new::<String>(&[]).longest_at(b"abc", 0), None);
    }

    proptest! {
        /// A label's rank in a [`super::Wide`] set is its position among
        /// the sorted labels; other bytes have none.
        #[test]
        fn wide_rank_is_the_position(
            labels in proptest::collection::btree_set(any::<u8>(), 0..=256),
        ) {
            let sorted: Vec<u8> = labels.iter().copied().collect();
            let wide = super::Wide::new(&sorted);
            for b in 0..=255u8 {
                prop_assert_eq!(wide.rank(b), sorted.iter().position(|&l| l == b));
            }
        }
    }

    #[test]
    fn every_byte_value_as_an_edge() {
        // Keys `[b, b]` and `[b'q', b, b]` for every byte that is not an
        // ASCII capital: the root, a node after one byte and one after two
        // with 230 edges each.
        let bytes: Vec<u8> = (0..=255u8).filter(|b| !b.is_ascii_uppercase()).collect();
        let mut keys: Vec<Vec<u8>> = bytes.iter().map(|&b| vec![b, b]).collect();
        keys.extend(bytes.iter().map(|&b| vec![b'q', b'q', b, b]));
        let t = Trie::new(&keys);
        let n = bytes.len();
        let qq = bytes.iter().position(|&b| b == b'q').unwrap();
        for (i, &b) in bytes.iter().enumerate() {
            assert_eq!(t.longest_at(&[b, b, b'!'], 0), Some((i, 2)));
            assert_eq!(t.longest_at(&[b'Q', b'q', b, b], 0), Some((n + i, 4)));
            let qq_then_b = (!b.is_ascii_alphanumeric()).then_some((qq, 2));
            assert_eq!(t.longest_at(&[b'q', b'q', b], 0), qq_then_b);
        }
    }
}
