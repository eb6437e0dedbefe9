//! Where a name may start: the few word starts worth a trie walk.
//!
//! News text has a word start every six bytes or so, and almost all of them
//! are lowercase words that begin no name. Under the case policy (every
//! capital of a gazetteer spelling is a capital in the text) a name can only
//! be reported at a word start that
//!
//! * begins with a capital, a digit or a non-ASCII character;
//! * begins with a symbol or a lowercase letter that some name without a
//!   capital begins with ("'s-Hertogenbosch", "dpa"): [`Starts::first`];
//! * or is written in lowercase up to a capital, the way the lowercase
//!   beginning ("head") of a name is ("al-" of "al-Qaeda", "e" of "eBay"):
//!   found by looking back from every capital over the heads, reversed
//!   ([`Heads`]).
//!
//! [`candidates`] lists exactly those, sixteen ASCII bytes per step: SSE2
//! compares classify the bytes into bit masks (one bit per byte), and only
//! the set bits are visited. Everything else about a match (longest key,
//! word boundary at its end, the case policy) is decided by the trie walk the
//! matcher does at each candidate, so the matches are those of trying every
//! word start (the property test `matcher::tests::scans` checks it).

use crate::text::is_word_char;

/// What the candidate scan needs to know about the gazetteer's names. Built
/// by [`Starts::new`] from every spelling (and blocked phrase).
#[derive(Debug, Clone)]
pub(super) struct Starts {
    /// Per byte: whether a name may begin with it at a word start. Capitals,
    /// digits and non-ASCII bytes always; a lowercase letter or an ASCII
    /// symbol only if a name without a capital, or with a symbol first,
    /// begins with it.
    first: [bool; 256],
    /// The ASCII bytes of `first` that are neither capitals nor digits,
    /// compared one by one in a chunk; `None` when there are more than
    /// [`MAX_EXTRA`], and every byte of a chunk is looked up in `first`.
    extra: Option<Vec<u8>>,
    /// The heads of names written in lowercase up to their first capital.
    heads: Heads,
}

/// Extra first bytes compared one by one in a chunk.
const MAX_EXTRA: usize = 4;

impl Starts {
    /// The tables for names given as `(key, capitals)` pairs: the
    /// ASCII-lowercased spelling and the byte offsets of its ASCII capitals.
    pub(super) fn new<'a>(names: impl Iterator<Item = (&'a [u8], &'a [u16])>) -> Starts {
        let mut first = [false; 256];
        for b in 0..=255u8 {
            first[b as usize] = b.is_ascii_uppercase() || b.is_ascii_digit() || b >= 0x80;
        }
        let mut heads: Vec<Vec<u8>> = Vec::new();
        for (key, capitals) in names {
            let Some(&b) = key.first() else { continue };
            match capitals.first() {
                // Written with a capital first: a capital in the text too.
                Some(0) => {}
                // Found from its first capital, looking back over the head.
                Some(&c) if b.is_ascii_lowercase() => {
                    heads.push(key[..c as usize].iter().rev().copied().collect());
                }
                // No capital, or a symbol first: a word start on `b` (never
                // white space, which starts no word).
                _ => first[b as usize] |= !b.is_ascii_whitespace(),
            }
        }
        heads.sort_unstable();
        heads.dedup();
        let extra: Vec<u8> = (0..128u8)
            .filter(|&b| first[b as usize] && !b.is_ascii_uppercase() && !b.is_ascii_digit())
            .collect();
        Starts {
            first,
            extra: (extra.len() <= MAX_EXTRA).then_some(extra),
            heads: Heads::new(&heads),
        }
    }
}

/// The reversed heads, to look back from a capital: a dense table (one row
/// of 256 next states per node) while the heads are few, as in every
/// gazetteer we know of; a trie otherwise.
#[derive(Debug, Clone)]
enum Heads {
    None,
    /// `rows[node][byte]`: the next node, 0 for none (the root is never a
    /// next node), with [`HEAD_ENDS`] set if a head ends there. ASCII
    /// letters of either case lead alike.
    Dense(Dense),
    Trie(super::trie::Trie),
}

/// The reversed heads as a dense table, and the pairs of bytes that can
/// end a head.
#[derive(Debug, Clone)]
struct Dense {
    /// `rows[node][byte]`: the next node, 0 for none (the root is never a
    /// next node), with [`HEAD_ENDS`] set if a head ends there. ASCII
    /// letters of either case lead alike.
    rows: Vec<[u16; 256]>,
    /// Bit `b1 << 8 | b2`: whether a head can end in `b2, b1` (it has
    /// those last two bytes, or is the one byte `b1`). Most capitals
    /// follow a space and most spaces a byte that ends no head before a
    /// space: one look-up in this 8 KB table settles them.
    pairs: Vec<u64>,
}

impl Dense {
    fn new(rows: Vec<[u16; 256]>) -> Dense {
        let mut pairs = vec![0u64; 1024];
        for b1 in 0..256 {
            let entry = rows[0][b1];
            if entry == 0 {
                continue;
            }
            let next = &rows[usize::from(entry & !HEAD_ENDS)];
            for (b2, &then) in next.iter().enumerate() {
                if entry & HEAD_ENDS != 0 || then != 0 {
                    let i = b1 << 8 | b2;
                    pairs[i / 64] |= 1 << (i % 64);
                }
            }
        }
        Dense { rows, pairs }
    }

    /// False if no head ends at `end` (ruled out by its last two bytes).
    #[inline(always)]
    fn may_end(&self, text: &[u8], end: usize) -> bool {
        let Some(&[b2, b1]) = end.checked_sub(2).and_then(|s| text.get(s..end)) else {
            return true;
        };
        let i = usize::from(b1) << 8 | usize::from(b2);
        self.pairs[i / 64] >> (i % 64) & 1 != 0
    }
}

/// Nodes of the dense table at most (a 1 MB table).
const MAX_DENSE_NODES: usize = 2048;

/// In a dense row: the next node ends a head.
const HEAD_ENDS: u16 = 0x8000;

impl Heads {
    fn new(reversed: &[Vec<u8>]) -> Heads {
        if reversed.is_empty() {
            return Heads::None;
        }
        let mut rows = vec![[0u16; 256]];
        for head in reversed {
            let mut node = 0;
            for (i, &b) in head.iter().enumerate() {
                let mut next = rows[node][b as usize] & !HEAD_ENDS;
                if next == 0 {
                    if rows.len() == MAX_DENSE_NODES {
                        return Heads::Trie(super::trie::Trie::new(reversed));
                    }
                    next = rows.len() as u16;
                    rows.push([0; 256]);
                }
                let flag = if i + 1 == head.len() { HEAD_ENDS } else { 0 };
                let entry = next | flag | (rows[node][b as usize] & HEAD_ENDS);
                rows[node][b as usize] = entry;
                if b.is_ascii_lowercase() {
                    rows[node][b.to_ascii_uppercase() as usize] = entry;
                }
                node = next as usize;
            }
        }
        Heads::Dense(Dense::new(rows))
    }

    /// False if no head ends at `end`, decided from a byte or two: the
    /// quick test before [`Heads::ends_at`].
    #[inline(always)]
    fn may_end(&self, text: &[u8], end: usize) -> bool {
        match self {
            Heads::None => false,
            Heads::Dense(dense) => dense.may_end(text, end),
            Heads::Trie(_) => true,
        }
    }

    /// Calls `found(start)` for each head that `text[start..end]` spells
    /// (ASCII case-insensitively), nearest first.
    #[inline]
    fn ends_at(&self, text: &[u8], end: usize, mut found: impl FnMut(usize)) {
        match self {
            Heads::None => {}
            Heads::Dense(dense) => {
                let mut node = 0;
                for (back, &b) in text[..end].iter().rev().enumerate() {
                    let entry = dense.rows[node][b as usize];
                    if entry == 0 {
                        return;
                    }
                    if entry & HEAD_ENDS != 0 {
                        found(end - 1 - back);
                    }
                    node = (entry & !HEAD_ENDS) as usize;
                }
            }
            Heads::Trie(trie) => trie.ends_at(text, end, found),
        }
    }
}

/// The positions where a name may start, in order, into `out` (cleared
/// first): see the module documentation.
pub(super) fn candidates(text: &str, starts: &Starts, out: &mut Vec<usize>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut sorted = true;
    let mut i = 0;
    let mut prev_word = false;
    let extra = Extra::new(starts.extra.as_deref());
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 16).and_then(|c| c.first_chunk::<16>()) {
            if let Some(m) = classify(chunk, &extra) {
                let before = (m.word << 1) | u32::from(prev_word);
                let at_start = !before & m.first;
                let mut lanes = at_start | m.upper;
                while lanes != 0 {
                    let k = lanes.trailing_zeros() as usize;
                    lanes &= lanes - 1;
                    if m.upper >> k & 1 != 0 {
                        look_back(text, starts, i + k, out, &mut sorted);
                    }
                    if at_start >> k & 1 != 0 && starts.first[chunk[k] as usize] {
                        push(out, i + k, &mut sorted);
                    }
                }
                prev_word = m.word >> 15 != 0;
                i += 16;
                continue;
            }
        }
        let Some((word, len)) = char_at(text, i) else {
            break;
        };
        let b = bytes[i];
        if b.is_ascii_uppercase() {
            look_back(text, starts, i, out, &mut sorted);
        }
        if !prev_word && starts.first[b as usize] {
            push(out, i, &mut sorted);
        }
        prev_word = word;
        i += len;
    }
    if !sorted {
        out.sort_unstable();
        out.dedup();
    }
}

/// Appends `p`, noting when the list stops being increasing (a head found
/// looking back may lie before candidates already listed). The same start
/// twice in a row (a head that begins with an allowed first byte, "de " and
/// "dpa") is listed once.
#[inline]
fn push(out: &mut Vec<usize>, p: usize, sorted: &mut bool) {
    match out.last() {
        Some(&last) if last == p => return,
        Some(&last) if last > p => *sorted = false,
        _ => {}
    }
    out.push(p);
}

/// The word starts where a head ends at the capital at `capital`.
#[inline]
fn look_back(text: &str, starts: &Starts, capital: usize, out: &mut Vec<usize>, sorted: &mut bool) {
    if !starts.heads.may_end(text.as_bytes(), capital) {
        return;
    }
    starts.heads.ends_at(text.as_bytes(), capital, |s| {
        // A head begins with an ASCII letter, so `s` is a character boundary.
        if !word_before(text, s) {
            push(out, s, sorted);
        }
    });
}

/// Bit masks of sixteen ASCII bytes, bit `k` for byte `k`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Masks {
    /// ASCII letters and digits (word characters).
    word: u32,
    /// ASCII capitals.
    upper: u32,
    /// Bytes that may begin a name: capitals, digits and `extra`, or every
    /// byte when `extra` is `None` (then [`Starts::first`] decides).
    first: u32,
}

/// The extra first bytes as [`classify`] compares them: on x86_64, each
/// spread over the 16 lanes of a vector once per text rather than once per
/// chunk.
struct Extra<'a> {
    #[cfg_attr(target_arch = "x86_64", allow(dead_code))]
    list: Option<&'a [u8]>,
    #[cfg(target_arch = "x86_64")]
    lanes: Option<Vec<std::arch::x86_64::__m128i>>,
}

impl<'a> Extra<'a> {
    fn new(list: Option<&'a [u8]>) -> Extra<'a> {
        Extra {
            list,
            #[cfg(target_arch = "x86_64")]
            // SAFETY: as in `classify`.
            lanes: list.map(|l| unsafe { spread(l) }),
        }
    }
}

/// The masks of `chunk`, or `None` if it has a non-ASCII byte.
#[inline]
fn classify(chunk: &[u8; 16], extra: &Extra) -> Option<Masks> {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline, so every x86_64
        // processor has it; `classify_sse2` only needs SSE2.
        unsafe { classify_sse2(chunk, extra.lanes.as_deref()) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        classify_bytes(chunk, extra.list)
    }
}

/// [`classify`] a byte at a time: the definition, and the code on other
/// processors.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn classify_bytes(chunk: &[u8; 16], extra: Option<&[u8]>) -> Option<Masks> {
    if !chunk.is_ascii() {
        return None;
    }
    let mut m = Masks {
        word: 0,
        upper: 0,
        first: 0,
    };
    for (k, &b) in chunk.iter().enumerate() {
        let bit = 1u32 << k;
        if b.is_ascii_alphanumeric() {
            m.word |= bit;
        }
        if b.is_ascii_uppercase() {
            m.upper |= bit;
        }
        let listed = extra.is_none_or(|e| e.contains(&b));
        if b.is_ascii_uppercase() || b.is_ascii_digit() || listed {
            m.first |= bit;
        }
    }
    Some(m)
}

/// Each byte of `list` in every lane of a vector.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn spread(list: &[u8]) -> Vec<std::arch::x86_64::__m128i> {
    use std::arch::x86_64::_mm_set1_epi8;
    list.iter().map(|&b| _mm_set1_epi8(b as i8)).collect()
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn classify_sse2(chunk: &[u8; 16], extra: Option<&[std::arch::x86_64::__m128i]>) -> Option<Masks> {
    use std::arch::x86_64::*;
    let half = |k: usize| {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&chunk[k..k + 8]);
        i64::from_le_bytes(eight)
    };
    let x = _mm_set_epi64x(half(8), half(0));
    if _mm_movemask_epi8(x) != 0 {
        return None;
    }
    // Signed compares are right for ASCII (0..=127).
    let within = |v: __m128i, lo: u8, hi: u8| {
        let above = _mm_cmpgt_epi8(v, _mm_set1_epi8(lo as i8 - 1));
        let below = _mm_cmplt_epi8(v, _mm_set1_epi8(hi as i8 + 1));
        _mm_and_si128(above, below)
    };
    let upper = within(x, b'A', b'Z');
    let digit = within(x, b'0', b'9');
    let letter = within(_mm_or_si128(x, _mm_set1_epi8(0x20)), b'a', b'z');
    let word = _mm_or_si128(letter, digit);
    let first = match extra {
        Some(list) => list.iter().fold(_mm_or_si128(upper, digit), |acc, &b| {
            _mm_or_si128(acc, _mm_cmpeq_epi8(x, b))
        }),
        None => _mm_set1_epi8(-1),
    };
    let bits = |v: __m128i| _mm_movemask_epi8(v) as u32;
    Some(Masks {
        word: bits(word),
        upper: bits(upper),
        first: bits(first),
    })
}

/// Whether the character at byte `i` is a word character, and its length;
/// ASCII without decoding.
#[inline]
pub(super) fn char_at(text: &str, i: usize) -> Option<(bool, usize)> {
    let &b = text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b.is_ascii_alphanumeric(), 1));
    }
    let c = text[i..].chars().next()?;
    Some((is_word_char(c), c.len_utf8()))
}

/// Whether the character before byte `pos` is a word character.
pub(super) fn word_before(text: &str, pos: usize) -> bool {
    match pos.checked_sub(1).map(|p| text.as_bytes()[p]) {
        None => false,
        Some(b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => text[..pos].chars().next_back().is_some_and(is_word_char),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn classify_agrees_with_the_bytewise_definition() {
        // Every byte value in every lane, with and without a list of extras.
        let lists: [Option<&[u8]>; 3] = [None, Some(b""), Some(b"'cde")];
        for b in 0..=255u8 {
            for lane in 0..16 {
                let mut chunk = [b'x'; 16];
                chunk[lane] = b;
                for extra in lists {
                    let got = classify(&chunk, &Extra::new(extra));
                    assert_eq!(got, classify_bytes(&chunk, extra), "{b:#x} {lane}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn classify_agrees_on_random_chunks(chunk in proptest::array::uniform16(0u8..128), extra in "[a-z'.-]{0,4}") {
            let extra = extra.as_bytes();
            let (some, none) = (Extra::new(Some(extra)), Extra::new(None));
            prop_assert_eq!(classify(&chunk, &some), classify_bytes(&chunk, Some(extra)));
            prop_assert_eq!(classify(&chunk, &none), classify_bytes(&chunk, None));
        }

        /// The dense table and the trie find the same heads.
        #[test]
        fn dense_heads_are_the_trie(
            heads in proptest::collection::btree_set("[ab -]{1,4}", 1..6),
            text in "[abAB -é]{0,12}",
        ) {
            let reversed: Vec<Vec<u8>> = heads.iter().map(|h| h.bytes().rev().collect()).collect();
            let dense = Heads::new(&reversed);
            prop_assert!(matches!(dense, Heads::Dense(_)), "dense");
            let trie = Heads::Trie(super::super::trie::Trie::new(&reversed));
            let t = text.as_bytes();
            for end in 0..=t.len() {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                dense.ends_at(t, end, |s| a.push(s));
                trie.ends_at(t, end, |s| b.push(s));
                prop_assert_eq!(&a, &b);
                // The quick test rules out only ends where no head ends.
                prop_assert!(dense.may_end(t, end) || a.is_empty());
                let want: Vec<usize> = (0..end).rev()
                    .filter(|&s| heads.iter().any(|h| t[s..end].eq_ignore_ascii_case(h.as_bytes())))
                    .collect();
                prop_assert_eq!(a, want);
            }
        }
    }
}
