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
//!   found by looking back from a capital over the heads, reversed
//!   ([`Heads`]); only from a capital whose neighbours can be those of a
//!   name with a head: the head's last two bytes, the capital and the byte
//!   after it ([`Around`]; "the Hague" is a name, so "the " is a head, but
//!   "the Government" begins no name with it).
//!
//! [`candidates`] lists those, 64 ASCII bytes per step: SSE2 compares
//! classify the bytes into bit masks (one bit per byte), and only the set
//! bits are visited. Everything else about a match (longest key,
//! word boundary at its end, the case policy) is decided by the trie walk the
//! matcher does at each candidate, so the matches are those of trying every
//! word start (the property test `matcher::tests::scans` checks it).

#[cfg(target_arch = "x86_64")]
use crate::text::has_avx2;
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
    /// The bytes around the first capital of every name with a head:
    /// most capitals after text that spells a head ("the " before
    /// "Government", when a name is "the Hague") begin no such name.
    around: Around,
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
        let mut around = Around::default();
        for (key, capitals) in names {
            let Some(&b) = key.first() else { continue };
            match capitals.first() {
                // Written with a capital first: a capital in the text too.
                Some(0) => {}
                // Found from its first capital, looking back over the head.
                Some(&c) if b.is_ascii_lowercase() => {
                    let c = usize::from(c);
                    heads.push(key[..c].iter().rev().copied().collect());
                    around.insert(key, c);
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
            around,
        }
    }

    /// False if no head ends at the capital at `capital`, decided from the
    /// bytes around it: the quick tests before [`Heads::ends_at`].
    #[inline(always)]
    fn may_end_head(&self, text: &[u8], capital: usize) -> bool {
        self.around.may_be_head_end(text, capital) && self.heads.may_end(text, capital)
    }
}

/// The bytes around the first capital of each name with a head, as two
/// sets of 32-bit windows: the last two bytes of the head, the capital
/// and the byte after it, or for a one-byte head that byte, the capital and
/// the byte after it. A capital whose window is in neither set begins no
/// name with a head. Each set is a table of [`WINDOW_BITS`]-bit hashes of the
/// windows (a Bloom filter with one hash: a false "maybe" only costs the
/// look-back). Bytes are compared with bit 5 set (`| 0x20`), which maps an
/// ASCII letter of either case to its lowercase form, and the keys' bytes
/// (lowercase already) the same way.
#[derive(Debug, Clone)]
struct Around {
    /// Windows of four bytes, from heads of two bytes or more.
    four: Vec<u64>,
    /// Windows of three bytes, from heads of one byte.
    three: Vec<u64>,
    /// The heads of one byte, in either case: most capitals follow a
    /// space, which is none, and need no look-up in `three`.
    single: [bool; 256],
}

impl Default for Around {
    fn default() -> Around {
        Around {
            four: vec![0; WINDOW_WORDS],
            three: vec![0; WINDOW_WORDS],
            single: [false; 256],
        }
    }
}

/// Bits of the index of a window set: 32 K bits (4 KB) hold the windows
/// of about a thousand names with heads with few false "maybe"s, and stay
/// in the first-level cache.
const WINDOW_BITS: u32 = 15;

/// 64-bit words of a window set.
const WINDOW_WORDS: usize = (1 << WINDOW_BITS) / 64;

impl Around {
    /// Adds the windows of `key`, whose head ends at its first capital,
    /// `c` (at least 1): with every byte after the capital if the key ends
    /// there.
    fn insert(&mut self, key: &[u8], c: usize) {
        let nexts: Vec<u8> = match key.get(c + 1) {
            Some(&b) => vec![b],
            None => (0..=255).collect(),
        };
        for next in nexts {
            if c >= 2 {
                let w = u32::from_le_bytes([key[c - 2], key[c - 1], key[c], next]);
                set(&mut self.four, w);
            } else {
                let w = u32::from_le_bytes([key[c - 1], key[c], next, 0]);
                set(&mut self.three, w);
                self.single[usize::from(key[c - 1])] = true;
                self.single[usize::from(key[c - 1].to_ascii_uppercase())] = true;
            }
        }
    }

    /// False if no name with a head can have its first capital at
    /// `capital` (or at the end of the text, where the window is short).
    #[inline(always)]
    fn may_be_head_end(&self, text: &[u8], capital: usize) -> bool {
        let Some(next) = text.get(capital + 1) else {
            return true;
        };
        if capital >= 2 {
            let w = [text[capital - 2], text[capital - 1], text[capital], *next];
            if has(&self.four, u32::from_le_bytes(w)) {
                return true;
            }
        }
        capital >= 1 && self.single[usize::from(text[capital - 1])] && {
            let w = [text[capital - 1], text[capital], *next, 0];
            has(&self.three, u32::from_le_bytes(w))
        }
    }
}

/// The bit of window `w` in a window set.
#[inline(always)]
fn window_bit(w: u32) -> usize {
    let folded = w | 0x2020_2020;
    (folded.wrapping_mul(0x9E37_79B1) >> (32 - WINDOW_BITS)) as usize
}

fn set(bits: &mut [u64], w: u32) {
    let i = window_bit(w);
    bits[i / 64] |= 1 << (i % 64);
}

#[inline(always)]
fn has(bits: &[u64], w: u32) -> bool {
    let i = window_bit(w);
    bits[i / 64] >> (i % 64) & 1 != 0
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
///
/// The text is read 64 bytes per step (four SSE2 chunks, one 64-bit mask
/// of each kind): the per-step work of loading, testing for non-ASCII and
/// looping is then paid once per 64 bytes, and most of those hold no
/// candidate but a capital or two. A block with a non-ASCII byte is read in
/// 16-byte chunks, and a chunk with one a character at a time.
///
/// Where the processor has AVX2 (asked once per text), the whole scan runs
/// as [`candidates_avx2`], which classifies a block with two 32-byte loads
/// instead of four 16-byte ones.
pub(super) fn candidates(text: &str, starts: &Starts, out: &mut Vec<usize>) {
    #[cfg(target_arch = "x86_64")]
    if has_avx2() {
        // SAFETY: the flag comes from `has_avx2`: the processor has AVX2,
        // all that `candidates_avx2` needs.
        unsafe { candidates_avx2(text, starts, out) };
        return;
    }
    scan_text::<false>(text, starts, out);
}

/// [`candidates`] compiled with AVX2 enabled, so that [`scan_text`] and
/// the block classification inlined into it use the 32-byte compares: a
/// `#[target_feature]` function called once per block from code without
/// the feature would not be inlined, and the call would eat the gain.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn candidates_avx2(text: &str, starts: &Starts, out: &mut Vec<usize>) {
    scan_text::<true>(text, starts, out);
}

/// The body of [`candidates`]; `WIDE` is true only in [`candidates_avx2`]
/// (the processor has AVX2), and then blocks are classified with it.
#[inline(always)]
fn scan_text<const WIDE: bool>(text: &str, starts: &Starts, out: &mut Vec<usize>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut scan = Scan {
        text,
        starts,
        out,
        sorted: true,
        // With a list of extras, `Masks::first` is exact for ASCII bytes;
        // without one, every byte is in it and `Starts::first` decides.
        exact: starts.extra.is_some(),
    };
    let mut i = 0;
    let mut prev_word = false;
    let extra = Extra::new(starts.extra.as_deref());
    while i < bytes.len() {
        if let Some(block) = bytes.get(i..i + 64).and_then(|c| c.first_chunk::<64>()) {
            if let Some(m) = classify_block::<WIDE>(block, &extra) {
                if scan.exact {
                    scan.visit::<true>(i, block, m, prev_word);
                } else {
                    scan.visit::<false>(i, block, m, prev_word);
                }
                prev_word = m.word >> 63 != 0;
                i += 64;
                continue;
            }
        }
        // A block with a non-ASCII byte (or the end of the text): in
        // chunks and characters up to the block's end.
        let stop = i + 64;
        while i < stop && i < bytes.len() {
            if let Some(chunk) = bytes.get(i..i + 16).and_then(|c| c.first_chunk::<16>()) {
                if let Some(m) = classify(chunk, &extra) {
                    scan.visit::<false>(i, chunk, m, prev_word);
                    prev_word = m.word >> 15 & 1 != 0;
                    i += 16;
                    continue;
                }
            }
            let Some((word, len)) = char_at(text, i) else {
                break;
            };
            let b = bytes[i];
            if b.is_ascii_uppercase() {
                scan.look_back(i);
            }
            if !prev_word && starts.first[b as usize] {
                scan.out.push(i);
            }
            prev_word = word;
            i += len;
        }
    }
    if !scan.sorted {
        scan.out.sort_unstable();
        scan.out.dedup();
    }
}

/// The state of [`candidates`].
struct Scan<'a> {
    text: &'a str,
    starts: &'a Starts,
    out: &'a mut Vec<usize>,
    /// False once a head found looking back lies before a candidate
    /// already listed: the list is then sorted at the end.
    sorted: bool,
    /// Whether [`Masks::first`] is exact (else [`Starts::first`] decides).
    exact: bool,
}

impl Scan<'_> {
    /// Lists the candidates of the ASCII bytes `bytes` at `base`, whose
    /// masks are `m`; `prev_word` tells whether the byte before is a word
    /// character.
    ///
    /// A word start is listed with a plain push: it lies after every
    /// candidate listed so far (those of earlier bytes, and heads found
    /// looking back, which end at a capital at or before it). `EXACT` is
    /// true only if `self.exact` is: then [`Starts::first`] is not read.
    #[inline(always)]
    fn visit<const EXACT: bool>(&mut self, base: usize, bytes: &[u8], m: Masks, prev_word: bool) {
        let before = (m.word << 1) | u64::from(prev_word);
        let at_start = !before & m.first;
        let mut lanes = at_start | m.upper;
        while lanes != 0 {
            let k = lanes.trailing_zeros() as usize;
            lanes &= lanes - 1;
            if m.upper >> k & 1 != 0 {
                self.look_back(base + k);
            }
            if at_start >> k & 1 != 0
                && (EXACT || bytes.get(k).is_some_and(|&b| self.starts.first[b as usize]))
            {
                self.out.push(base + k);
            }
        }
    }

    /// The word starts where a head ends at the capital at `capital`. The
    /// quick test is made here, inline; the rare look-back is a call.
    #[inline(always)]
    fn look_back(&mut self, capital: usize) {
        if self.starts.may_end_head(self.text.as_bytes(), capital) {
            self.heads_ending_at(capital);
        }
    }

    /// The rest of [`Scan::look_back`].
    #[inline(never)]
    fn heads_ending_at(&mut self, capital: usize) {
        let (text, heads) = (self.text, &self.starts.heads);
        heads.ends_at(text.as_bytes(), capital, |s| {
            // A head begins with an ASCII letter, so `s` is a character
            // boundary.
            if !word_before(text, s) {
                push_head(self.out, s, &mut self.sorted);
            }
        });
    }
}

/// Appends the start `p` of a head, noting when the list stops being
/// increasing (a head found looking back may lie before candidates already
/// listed). The same start twice in a row (a head that begins with an
/// allowed first byte, "de " and "dpa") is listed once.
#[inline]
fn push_head(out: &mut Vec<usize>, p: usize, sorted: &mut bool) {
    match out.last() {
        Some(&last) if last == p => return,
        Some(&last) if last > p => *sorted = false,
        _ => {}
    }
    out.push(p);
}

/// Bit masks of up to 64 ASCII bytes, bit `k` for byte `k`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Masks {
    /// ASCII letters and digits (word characters).
    word: u64,
    /// ASCII capitals.
    upper: u64,
    /// Bytes that may begin a name: capitals, digits and `extra`, or every
    /// byte when `extra` is `None` (then [`Starts::first`] decides).
    first: u64,
}

/// The extra first bytes as [`classify`] compares them: on x86_64, each
/// spread over the 16 lanes of a vector once per text rather than once per
/// chunk, [`MAX_EXTRA`] of them (a short list padded with a capital, which
/// is a first byte anyway), so that the compares are not a loop.
struct Extra<'a> {
    #[cfg_attr(target_arch = "x86_64", allow(dead_code))]
    list: Option<&'a [u8]>,
    #[cfg(target_arch = "x86_64")]
    lanes: Option<[std::arch::x86_64::__m128i; MAX_EXTRA]>,
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

/// The masks of `chunk` (bits 0 to 15), or `None` if it has a non-ASCII
/// byte.
#[inline]
fn classify(chunk: &[u8; 16], extra: &Extra) -> Option<Masks> {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline, so every x86_64
        // processor has it; `classify_sse2` only needs SSE2.
        unsafe { classify_sse2(chunk, extra.lanes.as_ref()) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        classify_bytes(chunk, extra.list)
    }
}

/// The masks of a 64-byte `block`, or `None` if it has a non-ASCII byte;
/// with AVX2 if `WIDE` (true only where the processor has it).
#[inline(always)]
fn classify_block<const WIDE: bool>(block: &[u8; 64], extra: &Extra) -> Option<Masks> {
    #[cfg(target_arch = "x86_64")]
    {
        if WIDE {
            // SAFETY: `WIDE` is true only where the flag from `has_avx2`
            // says the processor has AVX2 (in `candidates_avx2`, and in
            // tests that ask it), all that `classify_block_avx2` needs.
            unsafe { classify_block_avx2(block, extra.lanes.as_ref()) }
        } else {
            // SAFETY: as in `classify`.
            unsafe { classify_block_sse2(block, extra.lanes.as_ref()) }
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        classify_block_bytes(block, extra.list)
    }
}

/// [`classify_block`] from four [`classify_bytes`].
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn classify_block_bytes(block: &[u8; 64], extra: Option<&[u8]>) -> Option<Masks> {
    let mut m = Masks {
        word: 0,
        upper: 0,
        first: 0,
    };
    for (q, chunk) in block.chunks_exact(16).enumerate() {
        let c = classify_bytes(chunk.try_into().ok()?, extra)?;
        m.word |= c.word << (16 * q);
        m.upper |= c.upper << (16 * q);
        m.first |= c.first << (16 * q);
    }
    Some(m)
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
        let bit = 1u64 << k;
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

/// Each byte of `list` (at most [`MAX_EXTRA`]) in every lane of a vector;
/// the rest are `A`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn spread(list: &[u8]) -> [std::arch::x86_64::__m128i; MAX_EXTRA] {
    use std::arch::x86_64::_mm_set1_epi8;
    std::array::from_fn(|k| _mm_set1_epi8(list.get(k).copied().unwrap_or(b'A') as i8))
}

/// The sixteen bytes of `chunk` as a vector.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn load(chunk: &[u8]) -> std::arch::x86_64::__m128i {
    use std::arch::x86_64::_mm_set_epi64x;
    let half = |k: usize| {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&chunk[k..k + 8]);
        i64::from_le_bytes(eight)
    };
    _mm_set_epi64x(half(8), half(0))
}

/// The masks (bits 0 to 15) of the ASCII bytes in `x`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn masks_sse2(
    x: std::arch::x86_64::__m128i,
    extra: Option<&[std::arch::x86_64::__m128i; MAX_EXTRA]>,
) -> Masks {
    use std::arch::x86_64::*;
    // `v` in `lo..=hi`: shifted so that the range starts at -128, one
    // signed compare (right for ASCII, 0..=127).
    let within = |v: __m128i, lo: u8, hi: u8| {
        let shifted = _mm_add_epi8(v, _mm_set1_epi8((0x80u8.wrapping_sub(lo)) as i8));
        _mm_cmplt_epi8(shifted, _mm_set1_epi8((0x80u8 + (hi - lo + 1)) as i8))
    };
    let upper = within(x, b'A', b'Z');
    let digit = within(x, b'0', b'9');
    let letter = within(_mm_or_si128(x, _mm_set1_epi8(0x20)), b'a', b'z');
    let word = _mm_or_si128(letter, digit);
    let first = match extra {
        Some(&[a, b, c, d]) => {
            let ab = _mm_or_si128(_mm_cmpeq_epi8(x, a), _mm_cmpeq_epi8(x, b));
            let cd = _mm_or_si128(_mm_cmpeq_epi8(x, c), _mm_cmpeq_epi8(x, d));
            _mm_or_si128(_mm_or_si128(upper, digit), _mm_or_si128(ab, cd))
        }
        None => _mm_set1_epi8(-1),
    };
    let bits = |v: __m128i| u64::from(_mm_movemask_epi8(v) as u16);
    Masks {
        word: bits(word),
        upper: bits(upper),
        first: bits(first),
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn classify_sse2(
    chunk: &[u8; 16],
    extra: Option<&[std::arch::x86_64::__m128i; MAX_EXTRA]>,
) -> Option<Masks> {
    use std::arch::x86_64::*;
    let x = load(chunk);
    if _mm_movemask_epi8(x) != 0 {
        return None;
    }
    Some(masks_sse2(x, extra))
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn classify_block_sse2(
    block: &[u8; 64],
    extra: Option<&[std::arch::x86_64::__m128i; MAX_EXTRA]>,
) -> Option<Masks> {
    use std::arch::x86_64::*;
    let x: [__m128i; 4] = std::array::from_fn(|q| load(&block[16 * q..16 * q + 16]));
    let any = _mm_or_si128(_mm_or_si128(x[0], x[1]), _mm_or_si128(x[2], x[3]));
    if _mm_movemask_epi8(any) != 0 {
        return None;
    }
    let mut m = Masks {
        word: 0,
        upper: 0,
        first: 0,
    };
    for (q, &v) in x.iter().enumerate() {
        let c = masks_sse2(v, extra);
        m.word |= c.word << (16 * q);
        m.upper |= c.upper << (16 * q);
        m.first |= c.first << (16 * q);
    }
    Some(m)
}

/// [`classify_block_sse2`] with two 32-byte halves: half the loads and
/// compares. Written out without closures, which would not share the
/// enabled feature.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn classify_block_avx2(
    block: &[u8; 64],
    extra: Option<&[std::arch::x86_64::__m128i; MAX_EXTRA]>,
) -> Option<Masks> {
    use std::arch::x86_64::*;
    // SAFETY: the two unaligned 32-byte loads lie inside the 64-byte block.
    let lo = unsafe { _mm256_loadu_si256(block.as_ptr().cast()) };
    let hi = unsafe { _mm256_loadu_si256(block.as_ptr().add(32).cast()) };
    if _mm256_movemask_epi8(_mm256_or_si256(lo, hi)) != 0 {
        return None;
    }
    // A match, not `Option::map`: a closure would not share the enabled
    // feature.
    #[allow(clippy::manual_map)]
    let wide = match extra {
        Some(&[a, b, c, d]) => Some([
            _mm256_broadcastsi128_si256(a),
            _mm256_broadcastsi128_si256(b),
            _mm256_broadcastsi128_si256(c),
            _mm256_broadcastsi128_si256(d),
        ]),
        None => None,
    };
    let (a, b) = (masks_avx2(lo, wide.as_ref()), masks_avx2(hi, wide.as_ref()));
    Some(Masks {
        word: a.word | b.word << 32,
        upper: a.upper | b.upper << 32,
        first: a.first | b.first << 32,
    })
}

/// [`masks_sse2`] of 32 ASCII bytes (bits 0 to 31).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn masks_avx2(
    x: std::arch::x86_64::__m256i,
    extra: Option<&[std::arch::x86_64::__m256i; MAX_EXTRA]>,
) -> Masks {
    use std::arch::x86_64::*;
    let upper = within_avx2(x, b'A', b'Z');
    let digit = within_avx2(x, b'0', b'9');
    let letter = within_avx2(_mm256_or_si256(x, _mm256_set1_epi8(0x20)), b'a', b'z');
    let word = _mm256_or_si256(letter, digit);
    let first = match extra {
        Some(&[a, b, c, d]) => {
            let ab = _mm256_or_si256(_mm256_cmpeq_epi8(x, a), _mm256_cmpeq_epi8(x, b));
            let cd = _mm256_or_si256(_mm256_cmpeq_epi8(x, c), _mm256_cmpeq_epi8(x, d));
            _mm256_or_si256(_mm256_or_si256(upper, digit), _mm256_or_si256(ab, cd))
        }
        None => _mm256_set1_epi8(-1),
    };
    Masks {
        word: u64::from(_mm256_movemask_epi8(word) as u32),
        upper: u64::from(_mm256_movemask_epi8(upper) as u32),
        first: u64::from(_mm256_movemask_epi8(first) as u32),
    }
}

/// The lanes of `v` (ASCII) in `lo..=hi`: shifted so that the range starts
/// at -128, one signed compare.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn within_avx2(v: std::arch::x86_64::__m256i, lo: u8, hi: u8) -> std::arch::x86_64::__m256i {
    use std::arch::x86_64::*;
    let shifted = _mm256_add_epi8(v, _mm256_set1_epi8((0x80u8.wrapping_sub(lo)) as i8));
    _mm256_cmpgt_epi8(_mm256_set1_epi8((0x80u8 + (hi - lo + 1)) as i8), shifted)
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
    use crate::text::has_avx2;
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

    /// The AVX2 block masks are the SSE2 ones and the bytewise
    /// definition's: every byte value in every lane of a block, with and
    /// without a list of extras.
    #[test]
    fn wide_blocks_agree_in_every_lane() {
        let lists: [Option<&[u8]>; 3] = [None, Some(b""), Some(b"'cde")];
        let wide = has_avx2();
        if !wide {
            eprintln!("no AVX2 on this processor: only the SSE2 blocks are checked");
        }
        for b in 0..=255u8 {
            for lane in 0..64 {
                for fill in [b'x', b'A', b'7', b' '] {
                    let mut block = [fill; 64];
                    block[lane] = b;
                    for extra in lists {
                        let e = Extra::new(extra);
                        let want = classify_block_bytes(&block, extra);
                        assert_eq!(classify_block::<false>(&block, &e), want, "{b:#x} {lane}");
                        if wide {
                            assert_eq!(classify_block::<true>(&block, &e), want, "{b:#x} {lane}");
                        }
                    }
                }
            }
        }
    }

    /// The whole scan gives the same candidates with and without AVX2.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn wide_scan_is_the_narrow_one() {
        if !has_avx2() {
            eprintln!("no AVX2 on this processor: skipped");
            return;
        }
        let names: [(&[u8], &[u16]); 4] = [
            (b"the hague", &[4]),
            (b"al-qaeda", &[3]),
            (b"dpa", &[]),
            (b"london", &[0]),
        ];
        let starts = Starts::new(names.iter().copied());
        let text = "In the Hague, al-Qaeda and dpa met 12 Londoners; Zürich é \
                    the Government said. "
            .repeat(7);
        for end in 0..text.len() {
            if !text.is_char_boundary(end) {
                continue;
            }
            let (mut narrow, mut wide) = (Vec::new(), Vec::new());
            scan_text::<false>(&text[..end], &starts, &mut narrow);
            // SAFETY: `has_avx2` said the processor has AVX2.
            unsafe { candidates_avx2(&text[..end], &starts, &mut wide) };
            assert_eq!(narrow, wide, "{end}");
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

        /// A block is classified as its four chunks are, and not at all
        /// with a non-ASCII byte anywhere.
        #[test]
        fn classify_block_agrees(
            block in proptest::array::uniform32(0u8..128).prop_flat_map(|a| {
                proptest::array::uniform32(0u8..128).prop_map(move |b| [a, b])
            }),
            high in proptest::option::of((0usize..64, 128u8..=255)),
            extra in "[a-z'.-]{0,4}",
        ) {
            let mut bytes = [0u8; 64];
            bytes[..32].copy_from_slice(&block[0]);
            bytes[32..].copy_from_slice(&block[1]);
            if let Some((at, b)) = high {
                bytes[at] = b;
            }
            let extra = extra.as_bytes();
            let (some, none) = (Extra::new(Some(extra)), Extra::new(None));
            prop_assert_eq!(classify_block::<false>(&bytes, &some), classify_block_bytes(&bytes, Some(extra)));
            prop_assert_eq!(classify_block::<false>(&bytes, &none), classify_block_bytes(&bytes, None));
            prop_assert_eq!(classify_block::<false>(&bytes, &none).is_some(), high.is_none());
            if has_avx2() {
                let want = classify_block_bytes(&bytes, Some(extra));
                prop_assert_eq!(classify_block::<true>(&bytes, &some), want);
                prop_assert_eq!(classify_block::<true>(&bytes, &none), classify_block_bytes(&bytes, None));
            }
        }

        /// A capital where a name's head ends, followed by the name's next
        /// byte, is never ruled out by the windows around it.
        #[test]
        fn around_admits_every_head_end(
            names in proptest::collection::vec("[a-cé]{1,3}[ -]?[A-C][a-cé]{0,2}", 1..6),
            text in "[a-cA-Cé -]{0,24}",
        ) {
            let mut around = Around::default();
            let keys: Vec<(String, usize)> = names
                .iter()
                .map(|n| (n.to_ascii_lowercase(), n.find(|c: char| c.is_ascii_uppercase()).unwrap()))
                .collect();
            for (key, c) in &keys {
                around.insert(key.as_bytes(), *c);
            }
            let t = text.as_bytes();
            for cap in (0..t.len()).filter(|&i| t[i].is_ascii_uppercase()) {
                let head_ends = keys.iter().any(|(key, c)| {
                    let k = key.as_bytes();
                    cap >= *c
                        && t[cap - c..cap].eq_ignore_ascii_case(&k[..*c])
                        && t[cap].eq_ignore_ascii_case(&k[*c])
                        && k.get(c + 1).is_none_or(|b| t.get(cap + 1).is_none_or(|x| x.eq_ignore_ascii_case(b)))
                });
                prop_assert!(!head_ends || around.may_be_head_end(t, cap), "{text:?} at {cap}");
            }
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
