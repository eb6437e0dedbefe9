//! Rule-based sentence splitting.
//!
//! News sentences end with `.`, `!` or `?`, possibly followed by closing quotes
//! or brackets, then whitespace and a capital letter, digit or opening quote.
//! The hard part is the full stop that does not end a sentence: titles
//! (`Mr.`, `Gen.`), months (`Jan.`), initials (`J. Smith`), and dotted
//! acronyms (`U.S.`), which *can* end a sentence. For those we only split when
//! the next word is one that typically opens a sentence ("The", "He", ...).
//! A blank line always ends a sentence, so headlines without a full stop stay
//! on their own; a single newline does not, so hard-wrapped text keeps its
//! sentences whole.

/// A half-open byte range `[start, end)` in the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Abbreviations after which a full stop never ends a sentence.
const NEVER_END: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "cmdr",
    "gov", "sen", "rep", "rev", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "no", "nos", "vs", "v", "e.g", "i.e", "approx", "dept", "fig",
    "mt", "ft", "pres", "amb", "gens", "sens", "reps", "messrs", "hon", "brig", "cpl", "pvt",
];

/// Abbreviations that may end a sentence (`... sanctions on the U.S. The ...`).
const MAY_END: &[&str] = &[
    "inc", "ltd", "co", "corp", "bros", "jr", "sr", "etc", "a.m", "p.m",
];

/// Words that usually start a sentence; used to decide after `U.S.` and friends.
const OPENERS: &[&str] = &[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "in",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "on",
    "at",
    "after",
    "as",
    "however",
    "meanwhile",
    "when",
    "while",
    "if",
    "and",
    "yet",
    "so",
    "for",
    "our",
    "my",
    "last",
    "earlier",
    "later",
];

/// Splits `text` into trimmed sentence spans, in order. Empty text gives none.
// The closure is not redundant: only a closure takes `#[inline(always)]`.
#[allow(clippy::redundant_closure)]
pub fn sentences(text: &str) -> Vec<Span> {
    // Trimming runs once per sentence; left to itself the compiler kept it
    // out of line (a function item goes through a `Fn::call` shim), and the
    // call cost a fifth of its work.
    split(
        text,
        sentence_end,
        #[inline(always)]
        |text, start, end, out| push_trimmed(text, start, end, out),
    )
}

/// [`sentences`], with the decision at a terminator (`sentence_end`) and the
/// trimming (`push`) given: the test reference runs the same loop with the
/// versions before the ASCII fast paths.
fn split(
    text: &str,
    sentence_end: impl Fn(&str, usize) -> Option<usize>,
    push_trimmed: impl Fn(&str, usize, usize, &mut Vec<Span>),
) -> Vec<Span> {
    let bytes = text.as_bytes();
    // News sentences average over a hundred bytes: room for twice as many
    // saves growing the vector several times per article.
    let mut out = Vec::with_capacity(text.len() / 64 + 4);
    let mut start = 0;
    let mut resume = 0;
    for i in Stops::new(bytes) {
        if i < resume {
            continue;
        }
        let cut = if bytes[i] == b'\n' {
            blank_line_end(bytes, i)
        } else {
            sentence_end(text, i)
        };
        if let Some(end) = cut {
            push_trimmed(text, start, end, &mut out);
            start = end;
            resume = end.max(i + 1);
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The positions of the bytes that can end a sentence (`.`, `!`, `?` and
/// newlines), in order. Only these need a decision; the scan looks at 64
/// bytes per step with vector compares on x86_64, instead of merging two
/// `memchr` iterators (one for the terminators, one for newlines), each
/// call of which has its own set-up.
struct Stops<'a> {
    bytes: &'a [u8],
    /// Start of the current block of 64 bytes.
    base: usize,
    /// The stop bytes of the block not yet returned, one bit per byte.
    mask: u64,
    /// Whether the processor has AVX2 (asked once per text).
    wide: bool,
}

impl<'a> Stops<'a> {
    fn new(bytes: &'a [u8]) -> Stops<'a> {
        let wide = has_avx2();
        Stops {
            bytes,
            base: 0,
            mask: block_stops(bytes, 0, wide),
            wide,
        }
    }
}

impl Iterator for Stops<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            self.base += 64;
            if self.base >= self.bytes.len() {
                return None;
            }
            self.mask = block_stops(self.bytes, self.base, self.wide);
        }
        let k = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(self.base + k)
    }
}

/// Whether the 32-byte compares of [`stops_avx2`] can be used: decided at
/// run time, since the x86_64 baseline has only SSE2.
pub(crate) fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

#[cfg(any(test, not(target_arch = "x86_64")))]
fn is_stop(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b'\n')
}

/// The stop bytes among the (up to) 64 bytes from `at`, one bit per byte;
/// `wide` says whether AVX2 may be used.
#[inline]
fn block_stops(bytes: &[u8], at: usize, wide: bool) -> u64 {
    let rest = bytes.get(at..).unwrap_or_default();
    match rest.first_chunk::<64>() {
        Some(block) => full_block_stops(block, wide),
        None => tail_stops(rest, wide),
    }
}

/// [`block_stops`] for the last, short block: copied into a block padded
/// with zero bytes (no stop), so that it goes through the vector compares
/// too instead of a byte at a time.
fn tail_stops(rest: &[u8], wide: bool) -> u64 {
    let mut block = [0u8; 64];
    let n = rest.len().min(64);
    block[..n].copy_from_slice(&rest[..n]);
    full_block_stops(&block, wide)
}

#[inline]
#[cfg_attr(not(target_arch = "x86_64"), allow(unused_variables))]
fn full_block_stops(block: &[u8; 64], wide: bool) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        if wide {
            // SAFETY: `wide` comes from `has_avx2`: the processor has AVX2,
            // all that `stops_avx2` needs.
            unsafe { stops_avx2(block) }
        } else {
            // SAFETY: SSE2 is part of the x86_64 baseline, so every x86_64
            // processor has it; `stops_sse2` only needs SSE2.
            unsafe { stops_sse2(block) }
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        block
            .iter()
            .enumerate()
            .fold(0, |m, (k, &b)| m | (u64::from(is_stop(b)) << k))
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn stops_sse2(block: &[u8; 64]) -> u64 {
    use std::arch::x86_64::*;
    let stops = |v: __m128i| {
        let dot = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'.' as i8));
        let bang = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'!' as i8));
        let ask = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'?' as i8));
        let newline = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\n' as i8));
        let any = _mm_or_si128(_mm_or_si128(dot, bang), _mm_or_si128(ask, newline));
        u64::from(_mm_movemask_epi8(any) as u32 & 0xffff)
    };
    // SAFETY: the four unaligned 16-byte loads lie inside the 64-byte block.
    let [a, b, c, d] =
        [0, 16, 32, 48].map(|k| unsafe { _mm_loadu_si128(block.as_ptr().add(k).cast()) });
    stops(a) | (stops(b) << 16) | (stops(c) << 32) | (stops(d) << 48)
}

/// [`stops_sse2`] with two 32-byte halves: half the compares. Written out
/// without closures, which would not share the enabled feature.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn stops_avx2(block: &[u8; 64]) -> u64 {
    use std::arch::x86_64::*;
    let (dot, bang) = (_mm256_set1_epi8(b'.' as i8), _mm256_set1_epi8(b'!' as i8));
    let (ask, newline) = (_mm256_set1_epi8(b'?' as i8), _mm256_set1_epi8(b'\n' as i8));
    let mut out = 0;
    for half in 0..2 {
        // SAFETY: the unaligned 32-byte load lies inside the 64-byte block.
        let v = unsafe { _mm256_loadu_si256(block.as_ptr().add(32 * half).cast()) };
        let any = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(v, dot), _mm256_cmpeq_epi8(v, bang)),
            _mm256_or_si256(_mm256_cmpeq_epi8(v, ask), _mm256_cmpeq_epi8(v, newline)),
        );
        out |= u64::from(_mm256_movemask_epi8(any) as u32) << (32 * half);
    }
    out
}

/// The longest sentence, in bytes. Text with no sentence end for longer
/// (a table dump, a file without punctuation) is cut at the last space
/// before this length (or at a character boundary when there is none), so
/// that evidence stays readable and the work per sentence bounded.
pub const MAX_SENTENCE_BYTES: usize = 2000;

/// Pushes `text[start..end]` without its leading and trailing white space,
/// cut into pieces of at most [`MAX_SENTENCE_BYTES`].
#[inline(always)]
fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    // Most sentences: ASCII white space around ASCII ends, and short.
    let bytes = text.as_bytes();
    let (mut s, mut e) = (start, end);
    while s < e && is_ascii_space(bytes[s]) {
        s += 1;
    }
    while e > s && is_ascii_space(bytes[e - 1]) {
        e -= 1;
    }
    if s == e {
        return;
    }
    if bytes[s] < 0x80 && bytes[e - 1] < 0x80 && e - s <= MAX_SENTENCE_BYTES {
        out.push(Span { start: s, end: e });
        return;
    }
    push_trimmed_by_chars(text, start, end, out);
}

/// The white space of `char::is_whitespace` among ASCII bytes.
#[inline]
fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// [`push_trimmed`] for any text. Kept out of line, so that the usual
/// case stays small enough to inline.
#[cold]
#[inline(never)]
fn push_trimmed_by_chars(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let (mut start, end) = (start, end);
    loop {
        let piece = &text[start..end];
        let lead = trim_start_len(piece);
        let trail = trim_end_len(piece);
        if lead + trail >= piece.len() {
            return;
        }
        let (s, e) = (start + lead, end - trail);
        if e - s <= MAX_SENTENCE_BYTES {
            out.push(Span { start: s, end: e });
            return;
        }
        let mut limit = s + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let cut = text.as_bytes()[s..limit]
            .iter()
            .rposition(|b| b.is_ascii_whitespace())
            .map(|i| s + i)
            .filter(|&c| c > s)
            .unwrap_or(limit);
        let head = &text[s..cut];
        out.push(Span {
            start: s,
            end: s + head.trim_end().len(),
        });
        start = cut;
    }
}

/// The length of the white space `s.trim_start()` removes: ASCII white
/// space is skipped a byte at a time, without decoding.
fn trim_start_len(s: &str) -> usize {
    let ascii = s
        .bytes()
        .position(|b| !(b == b' ' || (b'\t'..=b'\r').contains(&b)))
        .unwrap_or(s.len());
    if s.as_bytes().get(ascii).is_none_or(|&b| b < 0x80) {
        return ascii;
    }
    s.len() - s.trim_start().len()
}

/// The length of the white space `s.trim_end()` removes, as
/// [`trim_start_len`] finds it.
fn trim_end_len(s: &str) -> usize {
    let kept = s
        .bytes()
        .rposition(|b| !(b == b' ' || (b'\t'..=b'\r').contains(&b)))
        .map_or(0, |p| p + 1);
    if kept == 0 || s.as_bytes()[kept - 1] < 0x80 {
        return s.len() - kept;
    }
    s.len() - s.trim_end().len()
}

/// A newline followed by only blank space up to another newline ends a
/// sentence (paragraph break). Returns the cut position.
fn blank_line_end(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
        j += 1;
    }
    (j < bytes.len() && bytes[j] == b'\n').then_some(i)
}

/// Decides whether the terminator at `i` ends a sentence; returns the cut
/// position (after closing quotes and brackets) if it does.
fn sentence_end(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut j = i + 1;
    while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?') {
        j += 1;
    }
    while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
        j += 1;
    }
    if j >= bytes.len() {
        return Some(j);
    }
    if !(bytes[j] as char).is_ascii_whitespace() {
        return None;
    }
    let mut k = j;
    while k < bytes.len() && is_ascii_space(bytes[k]) {
        k += 1;
    }
    let next = match bytes.get(k) {
        Some(&b) if b >= 0x80 => &text[j + trim_start_len(&text[j..])..],
        _ => &text[k..],
    };
    let first = match next.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_lowercase(),
        _ => next.chars().next()?.is_lowercase(),
    };
    if first {
        return None;
    }
    if bytes[i] == b'.' && j == i + 1 && !period_ends(text, i, next) {
        return None;
    }
    Some(j)
}

/// For a bare full stop at `i` followed by `next`: false when the word before
/// it is an abbreviation or initial that does not end the sentence here.
///
/// Runs for every full stop before a word that is not lowercase: an ASCII
/// word is found and judged on its bytes (one table look-up per byte notes
/// its dots and capitals on the way), and only words short enough to be
/// listed are looked up; other words go through [`period_ends_by_chars`].
fn period_ends(text: &str, i: usize, next: &str) -> bool {
    let bytes = text.as_bytes();
    let (start, seen) = word_before(bytes, i);
    if start > 0 && bytes[start - 1] >= 0x80 {
        return period_ends_by_chars(text, i, next);
    }
    let word = &bytes[start..i];
    if word.is_empty() {
        return true;
    }
    if word.len() <= LONGEST_LISTED {
        let listed = may_be_listed(word);
        if listed && NEVER_END_KEYS.contains(word) {
            return false;
        }
        if let [b] = word {
            if b.is_ascii_uppercase() {
                return false;
            }
        }
        if listed && MAY_END_KEYS.contains(word) {
            return starts_sentence(next);
        }
    }
    let dotted_acronym = seen & WORD_DOT != 0 && seen & WORD_UPPER != 0;
    if dotted_acronym {
        return starts_sentence(next);
    }
    true
}

/// Where the word that ends at `i` starts (a run of ASCII letters, digits
/// and dots), and the [`WORD_CLASS`] bits of its bytes or-ed together.
///
/// Every full stop that a capital follows (some 18 per news article) asks
/// for it. The word is found in one vector compare of the sixteen bytes
/// before the stop, not by walking back a byte at a time, whose loop ran
/// once per byte of the word (0.6% of the entity stage's instructions;
/// docs/performance.md, "Session 13"); a byte at a time only when those
/// sixteen are all word bytes or the text is shorter.
#[inline]
fn word_before(bytes: &[u8], i: usize) -> (usize, u8) {
    if let Some(found) = i
        .checked_sub(16)
        .and_then(|at| bytes[at..i].first_chunk::<16>())
        .and_then(word_in_chunk)
    {
        return (i - 16 + found.0, found.1);
    }
    let (mut start, mut seen) = (i, 0);
    while start > 0 {
        let class = WORD_CLASS[usize::from(bytes[start - 1])];
        if class == 0 {
            break;
        }
        seen |= class;
        start -= 1;
    }
    (start, seen)
}

/// [`word_before`] within sixteen bytes: the start (in the chunk) of the
/// word that ends the chunk and its classes, or `None` if every byte is
/// a word byte (the word may begin before the chunk).
#[inline]
fn word_in_chunk(chunk: &[u8; 16]) -> Option<(usize, u8)> {
    let (word, upper, dot) = word_masks(chunk);
    let other = !word & 0xffff;
    if other == 0 {
        return None;
    }
    // The word is the lanes above the last byte that is not a word byte.
    let last_other = 31 - other.leading_zeros();
    let lanes = 0xffff & !((2u32 << last_other) - 1);
    let mut seen = 0;
    if lanes & word & !(upper | dot) != 0 {
        seen |= WORD_OTHER;
    }
    if lanes & upper != 0 {
        seen |= WORD_UPPER;
    }
    if lanes & dot != 0 {
        seen |= WORD_DOT;
    }
    Some((last_other as usize + 1, seen))
}

/// For sixteen bytes, the lanes of word bytes (those with a
/// [`WORD_CLASS`]), of ASCII capitals and of dots, bit `k` for byte `k`.
#[inline]
fn word_masks(chunk: &[u8; 16]) -> (u32, u32, u32) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of the x86_64 baseline; the unaligned load
        // reads exactly `chunk`. Signed compares leave bytes `>= 0x80`
        // (negative) out of every range.
        unsafe {
            let x = _mm_loadu_si128(chunk.as_ptr().cast());
            let in_range = |lo: u8, hi: u8, v: __m128i| {
                _mm_and_si128(
                    _mm_cmpgt_epi8(v, _mm_set1_epi8(lo as i8 - 1)),
                    _mm_cmplt_epi8(v, _mm_set1_epi8(hi as i8 + 1)),
                )
            };
            let upper = in_range(b'A', b'Z', x);
            let letter = in_range(b'a', b'z', _mm_or_si128(x, _mm_set1_epi8(0x20)));
            let dot = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'.' as i8));
            let word = _mm_or_si128(_mm_or_si128(letter, digit_lanes(x)), dot);
            (
                _mm_movemask_epi8(word) as u32,
                _mm_movemask_epi8(upper) as u32,
                _mm_movemask_epi8(dot) as u32,
            )
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let mut masks = (0, 0, 0);
        for (k, &b) in chunk.iter().enumerate() {
            let class = WORD_CLASS[usize::from(b)];
            masks.0 |= u32::from(class != 0) << k;
            masks.1 |= u32::from(class == WORD_UPPER) << k;
            masks.2 |= u32::from(class == WORD_DOT) << k;
        }
        masks
    }
}

/// Classes of the bytes of a word before a full stop, for [`period_ends`]:
/// 0 for a byte that is not part of it.
const WORD_OTHER: u8 = 1;
const WORD_UPPER: u8 = 2;
const WORD_DOT: u8 = 4;
const WORD_CLASS: [u8; 256] = {
    let mut out = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        out[b] = if c.is_ascii_uppercase() {
            WORD_UPPER
        } else if c.is_ascii_alphanumeric() {
            WORD_OTHER
        } else if c == b'.' {
            WORD_DOT
        } else {
            0
        };
        b += 1;
    }
    out
};

/// The length of the longest word of [`NEVER_END`] and [`MAY_END`]: longer
/// words need no look-up.
const LONGEST_LISTED: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < NEVER_END.len() {
        if NEVER_END[i].len() > longest {
            longest = NEVER_END[i].len();
        }
        i += 1;
    }
    let mut i = 0;
    while i < MAY_END.len() {
        if MAY_END[i].len() > longest {
            longest = MAY_END[i].len();
        }
        i += 1;
    }
    longest
};

/// The first and last bytes of the words of [`NEVER_END`] and [`MAY_END`],
/// as bits indexed by the low five bits of each (`first << 5 | last`), which
/// are the same for a letter in either case.
const LISTED_ENDS: [u64; 16] = {
    let mut out = [0u64; 16];
    let lists = [NEVER_END, MAY_END];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i].as_bytes();
            let key = ends_key(w[0], w[w.len() - 1]);
            out[key / 64] |= 1 << (key % 64);
            i += 1;
        }
        l += 1;
    }
    out
};

/// The index of a word's first and last bytes in [`LISTED_ENDS`].
#[inline]
const fn ends_key(first: u8, last: u8) -> usize {
    ((first as usize & 31) << 5) | (last as usize & 31)
}

/// False for an ASCII word that is in neither abbreviation list, judged on
/// its first and last bytes: "said", "year" and most other words before a
/// full stop are ruled out without building a key. True words may be
/// listed (the keyed look-up decides).
#[inline]
fn may_be_listed(word: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return false;
    };
    let key = ends_key(first, last);
    LISTED_ENDS[key / 64] & (1 << (key % 64)) != 0
}

/// [`period_ends`] for any word, a character at a time.
fn period_ends_by_chars(text: &str, i: usize, next: &str) -> bool {
    let before = &text[..i];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    if in_list(NEVER_END, word) {
        return false;
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    if single_initial {
        return false;
    }
    let dotted_acronym = word.contains('.') && word.chars().any(char::is_uppercase);
    if dotted_acronym || in_list(MAY_END, word) {
        return starts_sentence(next);
    }
    true
}

fn starts_sentence(next: &str) -> bool {
    let ascii = next
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(next.len());
    if next.as_bytes().get(ascii).is_none_or(|&b| b < 0x80) {
        return OPENERS_KEYS.contains(&next.as_bytes()[..ascii]);
    }
    let end = next
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(next.len());
    in_list(OPENERS, &next[..end])
}

/// Whether `word`, lowercased, is in `list` (of lowercase ASCII words);
/// ASCII words are compared without allocating a lowercase copy.
fn in_list(list: &[&str], word: &str) -> bool {
    if !word.is_ascii() {
        return list.contains(&word.to_lowercase().as_str());
    }
    let first = word.as_bytes().first().map(u8::to_ascii_lowercase);
    list.iter().any(|w| {
        w.len() == word.len()
            && w.as_bytes().first() == first.as_ref()
            && w.eq_ignore_ascii_case(word)
    })
}

/// A word list for ASCII words in any case: each word as the number its
/// bytes spell (little-endian, so at most 16 bytes), sorted, and searched
/// by halves. [`in_list`] compared every word of the list in turn, for
/// every full stop of every article.
struct Keys<const N: usize>([u128; N]);

/// `word` lowercased as a key of [`Keys`]; `None` if it is too long.
#[inline]
fn key(word: &[u8]) -> Option<u128> {
    if word.len() > 16 {
        return None;
    }
    let mut bytes = [0u8; 16];
    for (k, b) in bytes.iter_mut().zip(word) {
        *k = b.to_ascii_lowercase();
    }
    Some(u128::from_le_bytes(bytes))
}

impl<const N: usize> Keys<N> {
    /// The keys of `list` (lowercase ASCII words of at most 16 bytes).
    const fn new(list: &[&str]) -> Keys<N> {
        let mut out = [0u128; N];
        let mut i = 0;
        while i < N {
            let w = list[i].as_bytes();
            assert!(w.len() <= 16);
            let mut k = 0u128;
            let mut j = 0;
            while j < w.len() {
                k |= (w[j] as u128) << (8 * j);
                j += 1;
            }
            // Insertion sort.
            let mut p = i;
            while p > 0 && out[p - 1] > k {
                out[p] = out[p - 1];
                p -= 1;
            }
            out[p] = k;
            i += 1;
        }
        Keys(out)
    }

    /// Whether the ASCII `word`, lowercased, is in the list.
    fn contains(&self, word: &[u8]) -> bool {
        key(word).is_some_and(|k| self.0.binary_search(&k).is_ok())
    }
}

const NEVER_END_KEYS: Keys<{ NEVER_END.len() }> = Keys::new(NEVER_END);
const MAY_END_KEYS: Keys<{ MAY_END.len() }> = Keys::new(MAY_END);
const OPENERS_KEYS: Keys<{ OPENERS.len() }> = Keys::new(OPENERS);

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("Alpha met Beta. Gamma left! Did Delta stay? Yes."),
            vec!["Alpha met Beta.", "Gamma left!", "Did Delta stay?", "Yes."]
        );
    }

    #[test]
    fn abbreviations_titles_months_initials() {
        let t = "Mr. Smith met Gen. Jones on Jan. 5 in St. Louis. J. R. Doe agreed.";
        assert_eq!(
            split(t),
            vec![
                "Mr. Smith met Gen. Jones on Jan. 5 in St. Louis.",
                "J. R. Doe agreed."
            ]
        );
    }

    #[test]
    fn dotted_acronyms_split_only_before_openers() {
        assert_eq!(split("The U.S. Army left."), vec!["The U.S. Army left."]);
        assert_eq!(
            split("Talks with the U.S. The envoy left."),
            vec!["Talks with the U.S.", "The envoy left."]
        );
    }

    #[test]
    fn decimals_and_lowercase_continuations() {
        assert_eq!(
            split("Growth was 3.5 percent. Prices rose... and fell."),
            vec!["Growth was 3.5 percent.", "Prices rose... and fell."]
        );
    }

    #[test]
    fn quotes_close_the_sentence() {
        assert_eq!(
            split("He said \"we won.\" Then he left. \"Why?\" she asked."),
            vec![
                "He said \"we won.\"",
                "Then he left.",
                "\"Why?\" she asked."
            ]
        );
    }

    #[test]
    fn blank_lines_split_but_single_newlines_do_not() {
        assert_eq!(
            split("Headline here\n\nFirst line\ncontinues here. Next."),
            vec!["Headline here", "First line\ncontinues here.", "Next."]
        );
    }

    #[test]
    fn windows_line_endings() {
        assert_eq!(
            split("Title\r\n\r\nBody text."),
            vec!["Title", "Body text."]
        );
    }

    #[test]
    fn very_long_sentences_are_cut_at_spaces_or_boundaries() {
        let text = "Chile met Peru and Bolivia ".repeat(1000);
        let spans = sentences(&text);
        assert!(spans.len() > 10);
        for s in &spans {
            assert!(s.end - s.start <= MAX_SENTENCE_BYTES);
            assert!(text[s.start..s.end].starts_with("Chile"));
        }
        let cjk = "北朝鲜".repeat(2000);
        for s in sentences(&cjk) {
            assert!(s.end - s.start <= MAX_SENTENCE_BYTES);
            assert!(cjk.is_char_boundary(s.start) && cjk.is_char_boundary(s.end));
        }
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(split("").is_empty());
        assert!(split("  \n\n \t").is_empty());
    }
}

/// The sentence splitter as it was before the ASCII fast paths, for the
/// property test that compares the two.
#[cfg(test)]
mod reference {
    use super::{Span, MAX_SENTENCE_BYTES, MAY_END, NEVER_END, OPENERS};

    /// The splitting loop is shared; only the decision at a terminator and
    /// the trimming are the old ones.
    pub(super) fn sentences(text: &str) -> Vec<Span> {
        super::split(text, sentence_end, push_trimmed)
    }

    fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
        let (mut start, end) = (start, end);
        loop {
            let piece = &text[start..end];
            let lead = piece.len() - piece.trim_start().len();
            let trail = piece.len() - piece.trim_end().len();
            if lead + trail >= piece.len() {
                return;
            }
            let (s, e) = (start + lead, end - trail);
            if e - s <= MAX_SENTENCE_BYTES {
                out.push(Span { start: s, end: e });
                return;
            }
            let mut limit = s + MAX_SENTENCE_BYTES;
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let cut = text.as_bytes()[s..limit]
                .iter()
                .rposition(|b| b.is_ascii_whitespace())
                .map(|i| s + i)
                .filter(|&c| c > s)
                .unwrap_or(limit);
            let head = &text[s..cut];
            out.push(Span {
                start: s,
                end: s + head.trim_end().len(),
            });
            start = cut;
        }
    }

    /// Decides whether the terminator at `i` ends a sentence; returns the cut
    /// position (after closing quotes and brackets) if it does.
    fn sentence_end(text: &str, i: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut j = i + 1;
        while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?') {
            j += 1;
        }
        while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
            j += 1;
        }
        if j >= bytes.len() {
            return Some(j);
        }
        if !(bytes[j] as char).is_ascii_whitespace() {
            return None;
        }
        let next = text[j..].trim_start();
        let first = next.chars().next()?;
        if first.is_lowercase() {
            return None;
        }
        if bytes[i] == b'.' && j == i + 1 && !period_ends(text, i, next) {
            return None;
        }
        Some(j)
    }

    /// For a bare full stop at `i` followed by `next`: false when the word before
    /// it is an abbreviation or initial that does not end the sentence here.
    fn period_ends(text: &str, i: usize, next: &str) -> bool {
        let before = &text[..i];
        let word_start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
            .map_or(0, |p| {
                p + before[p..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[word_start..];
        if word.is_empty() {
            return true;
        }
        if in_list(NEVER_END, word) {
            return false;
        }
        let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if single_initial {
            return false;
        }
        let dotted_acronym = word.contains('.') && word.chars().any(char::is_uppercase);
        if dotted_acronym || in_list(MAY_END, word) {
            return starts_sentence(next);
        }
        true
    }

    fn starts_sentence(next: &str) -> bool {
        let end = next
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(next.len());
        in_list(OPENERS, &next[..end])
    }

    /// Whether `word`, lowercased, is in `list` (of lowercase ASCII words);
    /// ASCII words are compared without allocating a lowercase copy.
    fn in_list(list: &[&str], word: &str) -> bool {
        if !word.is_ascii() {
            return list.contains(&word.to_lowercase().as_str());
        }
        let first = word.as_bytes().first().map(u8::to_ascii_lowercase);
        list.iter().any(|w| {
            w.len() == word.len()
                && w.as_bytes().first() == first.as_ref()
                && w.eq_ignore_ascii_case(word)
        })
    }
}

#[cfg(test)]
mod fast_path_tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Sentences are those of the splitter without fast paths.
        #[test]
        fn same_as_the_reference(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Mr", "MR", "mr", "U.S", "u.s", "Jan", "St", "Inc", "a.m", "J", "j", "É",
                    "é", "Émile", "The", "the", "THE", "Meanwhile", "meanwhile", "However",
                    "Ünal", "ünal", "3", "3.5", "Chile", "voted", "x", "Éé", "\u{0130}",
                    "\u{212A}", ". ", ".", "!", "?", "...", "\"", "'", ")", " ", "  ", "\n",
                    "\n\n", "\r\n", "\t", "\u{a0}", "\u{2003}", "\u{85}", "\u{2028}", "北京",
                ]),
                0..40,
            ),
        ) {
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(sentences(&text), reference::sentences(&text));
        }

        #[test]
        fn same_as_the_reference_on_any_text(text in "[a-zA-Z.!?'\" \n\t\r\u{a0}\u{2003}éÉ北]{0,60}") {
            proptest::prop_assert_eq!(sentences(&text), reference::sentences(&text));
        }

        /// The trims by bytes are those of `str`.
        #[test]
        fn trims_are_those_of_str(s in "[ a\t\n\r\x0b\x0c\x1f\u{85}\u{a0}\u{2003}é]{0,12}") {
            proptest::prop_assert_eq!(trim_start_len(&s), s.len() - s.trim_start().len());
            proptest::prop_assert_eq!(trim_end_len(&s), s.len() - s.trim_end().len());
        }

        /// The keyed lists agree with the list search.
        #[test]
        fn keys_are_the_lists(word in "[a-zA-Z.]{0,18}", i in 0..OPENERS.len(), upper in proptest::bool::ANY) {
            for w in [word.clone(), if upper { OPENERS[i].to_uppercase() } else { OPENERS[i].to_string() }] {
                proptest::prop_assert_eq!(NEVER_END_KEYS.contains(w.as_bytes()), in_list(NEVER_END, &w));
                proptest::prop_assert_eq!(MAY_END_KEYS.contains(w.as_bytes()), in_list(MAY_END, &w));
                proptest::prop_assert_eq!(OPENERS_KEYS.contains(w.as_bytes()), in_list(OPENERS, &w));
            }
        }
    }

    proptest::proptest! {
        /// The word before a full stop, found sixteen bytes at a time, is
        /// the one found a byte at a time: the same start and classes, for
        /// words shorter and longer than sixteen bytes, at the start of the
        /// text and after non-ASCII bytes.
        #[test]
        fn word_before_is_found_as_byte_by_byte(bytes in proptest::collection::vec(
            // Mostly word bytes, so that words longer than sixteen come up.
            proptest::sample::select(vec![
                b'a', b'a', b'a', b'a', b'Z', b'Z', b'7', b'.', b' ', b'-', b'@', b'[', b'`', b'{', 0xc3, 0xa9,
            ]),
            0..60,
        )) {
            for i in 0..=bytes.len() {
                let (mut start, mut seen) = (i, 0);
                while start > 0 && WORD_CLASS[usize::from(bytes[start - 1])] != 0 {
                    seen |= WORD_CLASS[usize::from(bytes[start - 1])];
                    start -= 1;
                }
                proptest::prop_assert_eq!(word_before(&bytes, i), (start, seen), "at {}", i);
            }
        }
    }

    proptest::proptest! {
        /// The vector scan finds every stop byte, in order, across blocks
        /// and in the tail.
        #[test]
        fn stops_are_the_stop_bytes(bytes in proptest::collection::vec(
            proptest::sample::select(vec![b'a', b' ', b'.', b'!', b'?', b'\n', b'\r', 0x8e, 0xaa, 0xbf, 0xa1, 0x2f]),
            0..150,
        )) {
            let want: Vec<usize> = (0..bytes.len()).filter(|&i| is_stop(bytes[i])).collect();
            proptest::prop_assert_eq!(Stops::new(&bytes).collect::<Vec<_>>(), want);
        }
    }

    /// No word of the lists, in any case, is ruled out by its ends.
    #[test]
    fn listed_words_pass_the_ends_filter() {
        for w in NEVER_END.iter().chain(MAY_END) {
            for v in [w.to_string(), w.to_uppercase()] {
                assert!(may_be_listed(v.as_bytes()), "{v}");
            }
            let mut mixed = w.as_bytes().to_vec();
            mixed[0] = mixed[0].to_ascii_uppercase();
            assert!(may_be_listed(&mixed), "{w}");
        }
        assert!(!may_be_listed(b"said"));
        assert!(!may_be_listed(b""));
    }

    /// Both vector scans find every stop byte value in every lane (the
    /// AVX2 one where the processor has it).
    #[test]
    fn every_byte_in_every_lane() {
        for b in 0..=255u8 {
            for lane in 0..64 {
                for fill in [b'a', b'.', 0xc3] {
                    let mut block = [fill; 64];
                    block[lane] = b;
                    let want = (0..64)
                        .filter(|&k| is_stop(block[k]))
                        .fold(0u64, |m, k| m | 1 << k);
                    assert_eq!(full_block_stops(&block, false), want, "{b:#x} at {lane}");
                    if has_avx2() {
                        assert_eq!(full_block_stops(&block, true), want, "{b:#x} at {lane}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_list_word_is_a_key() {
        for (list, keys) in [
            (NEVER_END, &NEVER_END_KEYS.0[..]),
            (MAY_END, &MAY_END_KEYS.0[..]),
            (OPENERS, &OPENERS_KEYS.0[..]),
        ] {
            assert_eq!(list.len(), keys.len());
            for w in list {
                assert!(
                    keys.binary_search(&key(w.as_bytes()).unwrap()).is_ok(),
                    "{w}"
                );
            }
        }
    }
}

/// True for a "sentence" that is a row of a results table rather than prose
/// ("Chicago 72 56 .563 -", "Spain 2 Italy 1"): at least two numbers and no
/// fewer numbers than words. Names in such rows are usually teams or
/// markets, not the places they are named after, and the row states no
/// relation, so later stages skip them.
///
/// Every number holds an ASCII digit, so the digits not yet read bound the
/// numbers still to come: once the words counted so far exceed the numbers
/// counted plus those digits, the sentence is prose. Most sentences with
/// digits ("In 2004, ...") are decided a few words in.
pub fn is_table_row(sentence: &str) -> bool {
    // Two numbers need two ASCII digits. Most sentences have fewer, and
    // counting bytes (eight at a time) is far cheaper than tokenizing.
    let (digits, ascii) = ascii_digits(sentence.as_bytes());
    if digits < 2 {
        return false;
    }
    // Most of the rest are prose with a number or two ("In 2004, ..."):
    // one more vector pass bounds the numbers and words without
    // tokenizing.
    let (runs, letter_starts) = table_bounds(sentence.as_bytes());
    if runs < 2 || letter_starts > runs {
        return false;
    }
    if ascii {
        return is_ascii_table_row(sentence.as_bytes(), digits);
    }
    let (mut numbers, mut words, mut left) = (0, 0, digits);
    for tok in sentence.split_whitespace() {
        // Bytes rather than characters: digits and the number punctuation
        // are ASCII, so a non-ASCII byte fails the test as its character
        // would; only letters need decoding, and only outside ASCII.
        let b = tok.as_bytes();
        let tok_digits = b.iter().filter(|c| c.is_ascii_digit()).count();
        left -= tok_digits;
        if tok_digits > 0
            && b.iter()
                .all(|c| c.is_ascii_digit() || b".,:-/+%()".contains(c))
        {
            numbers += 1;
        } else if b.iter().any(u8::is_ascii_alphabetic)
            || (!tok.is_ascii() && tok.chars().any(char::is_alphabetic))
        {
            words += 1;
            if words > numbers + left {
                return false;
            }
        }
    }
    numbers >= 2 && numbers >= words
}

/// The number of ASCII digits in `bytes`, and whether all bytes are ASCII,
/// sixteen bytes at a time.
fn ascii_digits(bytes: &[u8]) -> (usize, bool) {
    let rest = bytes.len() % 16;
    let chunks = &bytes[..bytes.len() - rest];
    let (mut n, mut ascii) = tail_digits(bytes, rest);
    // At most 255 chunks per group, so that no byte counter overflows.
    for group in chunks.chunks(16 * 255) {
        let (digits, all_ascii) = group_digits(group);
        n += digits;
        ascii &= all_ascii;
    }
    (n, ascii)
}

/// [`ascii_digits`] of the last `rest` bytes of `bytes` (fewer than
/// sixteen), as one chunk: the last sixteen bytes, of which the lanes
/// before the rest are left out, or the rest padded with zeros (neither
/// digits nor beyond ASCII) when the text is shorter. Most sentences
/// that reach here are a hundred bytes or two, and a byte-by-byte loop
/// over their last bytes cost as much as the chunks before them.
fn tail_digits(bytes: &[u8], rest: usize) -> (usize, bool) {
    if rest == 0 {
        return (0, true);
    }
    let (chunk, skip) = match bytes.last_chunk::<16>() {
        Some(last) => (*last, 16 - rest),
        None => {
            let mut padded = [0u8; 16];
            padded[..bytes.len()].copy_from_slice(bytes);
            (padded, 0)
        }
    };
    let (digits, high) = chunk_masks(&chunk);
    ((digits >> skip).count_ones() as usize, high >> skip == 0)
}

/// For sixteen bytes, the lanes of ASCII digits and of bytes beyond ASCII,
/// bit `k` for byte `k`.
#[inline]
fn chunk_masks(chunk: &[u8; 16]) -> (u32, u32) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of the x86_64 baseline; the unaligned load
        // reads exactly `chunk`.
        unsafe {
            let x = _mm_loadu_si128(chunk.as_ptr().cast());
            (
                _mm_movemask_epi8(digit_lanes(x)) as u32,
                _mm_movemask_epi8(x) as u32,
            )
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let mut masks = (0, 0);
        for (k, &b) in chunk.iter().enumerate() {
            masks.0 |= u32::from(b.is_ascii_digit()) << k;
            masks.1 |= u32::from(!b.is_ascii()) << k;
        }
        masks
    }
}

/// [`ascii_digits`] for at most 255 whole chunks of sixteen bytes.
#[inline]
fn group_digits(group: &[u8]) -> (usize, bool) {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline, so every x86_64
        // processor has it; `digits_sse2` only needs SSE2.
        unsafe { digits_sse2(group) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        (
            group.iter().filter(|b| b.is_ascii_digit()).count(),
            group.is_ascii(),
        )
    }
}

/// The lanes of `x` that hold ASCII digits, all ones. Signed compares
/// leave bytes `>= 0x80` (negative) out of the range.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
#[inline]
fn digit_lanes(x: std::arch::x86_64::__m128i) -> std::arch::x86_64::__m128i {
    use std::arch::x86_64::*;
    let (below, above) = (_mm_set1_epi8(b'0' as i8 - 1), _mm_set1_epi8(b'9' as i8 + 1));
    _mm_and_si128(_mm_cmpgt_epi8(x, below), _mm_cmplt_epi8(x, above))
}

/// Each digit lane subtracts -1 from its byte counter; the counters are
/// summed at the end by `psadbw`. Signed compares leave bytes `>= 0x80`
/// (negative) out of the digit range.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn digits_sse2(group: &[u8]) -> (usize, bool) {
    use std::arch::x86_64::*;
    let (mut counts, mut or) = (_mm_setzero_si128(), _mm_setzero_si128());
    for chunk in group.chunks_exact(16) {
        // SAFETY: the unaligned 16-byte load reads exactly `chunk`.
        let x = unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) };
        counts = _mm_sub_epi8(counts, digit_lanes(x));
        or = _mm_or_si128(or, x);
    }
    let sums = _mm_sad_epu8(counts, _mm_setzero_si128());
    let low = _mm_cvtsi128_si64(sums) as usize;
    let high = _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)) as usize;
    (low + high, _mm_movemask_epi8(or) == 0)
}

/// Bounds on the numbers and words of a sentence, for [`is_table_row`]:
/// the runs of ASCII digits, and the tokens that start with an ASCII letter
/// (after ASCII white space, or at the start).
///
/// Every number holds an ASCII digit and a run of digits lies in one
/// token, so there are no more numbers than runs; a token that starts with
/// a letter is a word, so there are at least as many words as such starts.
/// Both hold for any text, ASCII or not.
fn table_bounds(bytes: &[u8]) -> (usize, usize) {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline, so every x86_64
        // processor has it; `table_bounds_sse2` only needs SSE2.
        unsafe { table_bounds_sse2(bytes) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        table_bounds_bytes(bytes)
    }
}

/// [`table_bounds`] a byte at a time: the definition, and the code on
/// other processors.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn table_bounds_bytes(bytes: &[u8]) -> (usize, usize) {
    let (mut runs, mut words) = (0, 0);
    let (mut digit_before, mut space_before) = (false, true);
    for &b in bytes {
        let (digit, space) = (b.is_ascii_digit(), TABLE_CLASS[usize::from(b)] == SPACE);
        runs += usize::from(digit && !digit_before);
        words += usize::from(b.is_ascii_alphabetic() && space_before);
        (digit_before, space_before) = (digit, space);
    }
    (runs, words)
}

/// Sixteen bytes per step, the last chunk padded with zero bytes (in no
/// class). A byte's neighbour on the left comes from shifting the class
/// vector by one lane, with the last lane of the chunk before carried in;
/// the starts are counted in byte lanes (each lane subtracts -1), summed by
/// `psadbw` every 255 chunks so that no lane overflows. Signed compares
/// leave bytes `>= 0x80` (negative) out of every range.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn table_bounds_sse2(bytes: &[u8]) -> (usize, usize) {
    use std::arch::x86_64::*;
    let within = |v: __m128i, lo: u8, hi: u8| {
        let above = _mm_cmpgt_epi8(v, _mm_set1_epi8(lo as i8 - 1));
        let below = _mm_cmplt_epi8(v, _mm_set1_epi8(hi as i8 + 1));
        _mm_and_si128(above, below)
    };
    // The lane before each lane: `now` shifted up one lane, with the last
    // lane of `before` in the first.
    let before_each = |now: __m128i, before: __m128i| {
        _mm_or_si128(_mm_slli_si128(now, 1), _mm_srli_si128(before, 15))
    };
    let sum = |v: __m128i| {
        let sums = _mm_sad_epu8(v, _mm_setzero_si128());
        let low = _mm_cvtsi128_si64(sums) as usize;
        low + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)) as usize
    };
    // The start of the sentence counts as white space.
    let (mut digit_before, mut space_before) = (_mm_setzero_si128(), _mm_set1_epi8(-1));
    let (mut run_lanes, mut word_lanes) = (_mm_setzero_si128(), _mm_setzero_si128());
    let (mut runs, mut words, mut steps) = (0, 0, 0);
    let mut step = |x: __m128i| {
        let digit = within(x, b'0', b'9');
        let letter = within(_mm_or_si128(x, _mm_set1_epi8(0x20)), b'a', b'z');
        let blank = _mm_cmpeq_epi8(x, _mm_set1_epi8(b' ' as i8));
        let space = _mm_or_si128(blank, within(x, b'\t', b'\r'));
        let run_starts = _mm_andnot_si128(before_each(digit, digit_before), digit);
        let word_starts = _mm_and_si128(before_each(space, space_before), letter);
        run_lanes = _mm_sub_epi8(run_lanes, run_starts);
        word_lanes = _mm_sub_epi8(word_lanes, word_starts);
        (digit_before, space_before) = (digit, space);
        steps += 1;
        if steps == 255 {
            (runs, words) = (runs + sum(run_lanes), words + sum(word_lanes));
            (run_lanes, word_lanes, steps) = (_mm_setzero_si128(), _mm_setzero_si128(), 0);
        }
    };
    let mut chunks = bytes.chunks_exact(16);
    for chunk in &mut chunks {
        // SAFETY: the unaligned 16-byte load reads exactly `chunk`.
        step(unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) });
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut block = [0u8; 16];
        block[..rest.len()].copy_from_slice(rest);
        // SAFETY: the unaligned 16-byte load reads exactly `block`.
        step(unsafe { _mm_loadu_si128(block.as_ptr().cast()) });
    }
    (runs + sum(run_lanes), words + sum(word_lanes))
}

/// Classes of bytes for [`is_ascii_table_row`], as bits so that a token's
/// classes can be or-ed together.
const DIGIT: u8 = 1;
const NUMBER_PUNCT: u8 = 2;
const LETTER: u8 = 4;
const OTHER: u8 = 8;
/// ASCII white space of `char::is_whitespace` (which includes the vertical
/// tab); it ends a token.
const SPACE: u8 = 16;
const TABLE_CLASS: [u8; 256] = {
    let mut out = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        out[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            LETTER
        } else if c == b' ' || (c >= b'\t' && c <= b'\r') {
            SPACE
        } else {
            OTHER
        };
        b += 1;
    }
    let punct = b".,:-/+%()";
    let mut i = 0;
    while i < punct.len() {
        out[punct[i] as usize] = NUMBER_PUNCT;
        i += 1;
    }
    out
};

/// [`is_table_row`] for ASCII text with `digits` digits, in one pass over its
/// bytes that stops as soon as prose is certain: tokens are cut at white
/// space, and each is tallied as it ends.
fn is_ascii_table_row(sentence: &[u8], digits: usize) -> bool {
    let (mut numbers, mut words, mut left) = (0usize, 0usize, digits);
    // The classes of the token so far, and its digits.
    let (mut classes, mut tok_digits) = (0u8, 0usize);
    for &b in sentence.iter().chain([b' '].iter()) {
        let class = TABLE_CLASS[usize::from(b)];
        if class != SPACE {
            classes |= class;
            tok_digits += usize::from(class == DIGIT);
            continue;
        }
        if classes & DIGIT != 0 && classes & (LETTER | OTHER) == 0 {
            numbers += 1;
        } else if classes & LETTER != 0 {
            words += 1;
            if words > numbers + left - tok_digits {
                return false;
            }
        }
        left -= tok_digits;
        (classes, tok_digits) = (0, 0);
    }
    numbers >= 2 && numbers >= words
}

#[cfg(test)]
mod table_tests {
    use super::{ascii_digits, is_table_row};

    proptest::proptest! {
        #[test]
        fn digits_are_counted(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..100)) {
            let want = bytes.iter().filter(|b| b.is_ascii_digit()).count();
            proptest::prop_assert_eq!(ascii_digits(&bytes), (want, bytes.is_ascii()));
        }
    }

    /// Lanes full of digits, over more than 255 chunks.
    #[test]
    fn long_runs_of_digits_are_counted() {
        for n in [0, 7, 8, 2039, 2040, 2041, 4087, 5000] {
            let digits = "9".repeat(n);
            assert_eq!(ascii_digits(digits.as_bytes()), (n, true));
            let mixed = "1a".repeat(n) + "é";
            assert_eq!(ascii_digits(mixed.as_bytes()), (n, false));
        }
    }

    #[test]
    fn results_rows_are_tables() {
        assert!(is_table_row("CHICAGO 72 56 .563 -"));
        assert!(is_table_row("Spain 2 Italy 1"));
        assert!(is_table_row("Kenya 1:02.45 2. Chad 1:03.10"));
    }

    /// The character-by-character definition the byte version replaced.
    fn by_chars(sentence: &str) -> bool {
        let (mut numbers, mut words) = (0, 0);
        for tok in sentence.split_whitespace() {
            if tok.chars().any(|c| c.is_ascii_digit())
                && tok
                    .chars()
                    .all(|c| c.is_ascii_digit() || ".,:-/+%()".contains(c))
            {
                numbers += 1;
            } else if tok.chars().any(char::is_alphabetic) {
                words += 1;
            }
        }
        numbers >= 2 && numbers >= words
    }

    proptest::proptest! {
        #[test]
        fn same_as_by_characters(s in "[a1 .:%é٣\u{2003}-]{0,30}") {
            proptest::prop_assert_eq!(is_table_row(&s), by_chars(&s));
        }

        #[test]
        fn ascii_same_as_by_characters(s in "[a1 .:%(\t\n\x0b\x0c\r\x1f-]{0,60}") {
            proptest::prop_assert_eq!(is_table_row(&s), by_chars(&s));
        }

        /// Rows and prose of words and numbers, where the early stop matters.
        #[test]
        fn words_and_numbers_same_as_by_characters(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "7", "12", "3.5", "1:02", "(4)", "-", "Chad", "a1", "1a", "é", "x9", " ", "  ", "\t", ".", "٣",
                ]),
                0..30,
            ),
        ) {
            let s: String = pieces.iter().flat_map(|p| [*p, " "]).collect();
            proptest::prop_assert_eq!(is_table_row(&s), by_chars(&s));
            let joined: String = pieces.concat();
            proptest::prop_assert_eq!(is_table_row(&joined), by_chars(&joined));
        }
    }

    /// The bounds, counted a byte at a time.
    fn bounds_by_bytes(bytes: &[u8]) -> (usize, usize) {
        let space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
        let (mut runs, mut words) = (0, 0);
        for (i, &b) in bytes.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| bytes[j]);
            if b.is_ascii_digit() && !before.is_some_and(|p| p.is_ascii_digit()) {
                runs += 1;
            }
            if b.is_ascii_alphabetic() && before.is_none_or(space) {
                words += 1;
            }
        }
        (runs, words)
    }

    /// Every byte value in every lane, and runs over more than 255 chunks.
    #[test]
    fn bounds_agree_with_the_byte_definition() {
        for b in 0..=255u8 {
            for lane in 0..33 {
                for fill in [b'x', b' ', b'7', 0xc3] {
                    let mut bytes = vec![fill; 40];
                    bytes[lane] = b;
                    assert_eq!(
                        super::table_bounds(&bytes),
                        super::table_bounds_bytes(&bytes),
                        "{b:#x} at {lane}"
                    );
                }
            }
        }
        for n in [4079, 4080, 4081, 5000] {
            for piece in ["a1 ", "1", " a"] {
                let s = piece.repeat(n);
                assert_eq!(
                    super::table_bounds(s.as_bytes()),
                    bounds_by_bytes(s.as_bytes())
                );
            }
        }
    }

    proptest::proptest! {
        /// The vector bounds are those counted byte by byte, across chunks.
        #[test]
        fn bounds_as_by_bytes(bytes in proptest::collection::vec(
            proptest::sample::select(vec![b'a', b'Z', b'1', b'9', b' ', b'\t', b'\x0b', b'.', b'-', 0xc3, 0xa9, 0x80]),
            0..80,
        )) {
            proptest::prop_assert_eq!(super::table_bounds(&bytes), bounds_by_bytes(&bytes));
        }

        /// Table rows are within the bounds, in long rows too.
        #[test]
        fn rows_are_within_the_bounds(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "7", "12", "3.5", "1:02", "(4)", "-", "Chad", "a1", "1a", "é", "x9", "٣", "1é",
                ]),
                0..40,
            ),
            sep in proptest::sample::select(vec![" ", "  ", "\t", "\u{a0}", "\u{2003}"]),
        ) {
            let s = pieces.join(sep);
            let (runs, letters) = super::table_bounds(s.as_bytes());
            if by_chars(&s) {
                proptest::prop_assert!(runs >= 2 && runs >= letters);
            }
            proptest::prop_assert_eq!(is_table_row(&s), by_chars(&s));
        }
    }

    #[test]
    fn prose_with_numbers_is_not() {
        assert!(!is_table_row("In 2023, 5 people died in Chad."));
        assert!(!is_table_row("Kenya beat Chad 2-1 on Sunday."));
        assert!(!is_table_row("Prices rose."));
    }
}
