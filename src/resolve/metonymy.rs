//! Cities that stand for sports teams.
//!
//! In sports reporting a city or state name usually means the club that
//! plays there: "Milwaukee has won 10 of its last 15", "Nantes 0 Lens 1",
//! "Henchoz (Hamburg)". Drawn as places, such mentions fill a graph with
//! edges between cities that the article never relates. We do not know the
//! teams, so the honest answer is no node at all.
//!
//! The rule has two parts, both needed:
//!
//! * the article reads as a sports report: it has at least
//!   [`MIN_CUES`] sports cues (scores like "2-1", and words only sports
//!   reports use often: "halftime", "striker", "innings", ...);
//! * the mention is a city or subdivision, not a country (national teams
//!   are still their country), and is not a place the sentence locates
//!   something in: no "in", "at", "from", "near", ... right before it, and
//!   not a dateline ("LONDON 1996-08-30") that opens the article.

use crate::gazetteer::{EntityType, Gazetteer};
use crate::resolve::Resolved;
use crate::text::{has_avx2, is_word_char};

/// Sports cues an article needs before its cities are read as teams.
const MIN_CUES: usize = 4;

/// Lowercase words that are much more frequent in sports reports than in
/// other news. Deliberately absent: words politics shares ("win", "race",
/// "campaign", "round", "match", "team", "season", "champion").
const SPORTS_WORDS: &[&str] = &[
    "athletics",
    "baseball",
    "basketball",
    "batting",
    "bowled",
    "bowler",
    "coach",
    "cricket",
    "cup",
    "cycling",
    "defender",
    "draw",
    "drew",
    "equaliser",
    "equalizer",
    "fixtures",
    "football",
    "forward",
    "game",
    "games",
    "goal",
    "goalkeeper",
    "goals",
    "golf",
    "half-time",
    "halftime",
    "hockey",
    "homer",
    "homered",
    "inning",
    "innings",
    "league",
    "midfielder",
    "nba",
    "nfl",
    "nhl",
    "olympic",
    "penalty",
    "pitcher",
    "playoff",
    "playoffs",
    "points",
    "quarterback",
    "racing",
    "rebounds",
    "referee",
    "rugby",
    "runs",
    "scored",
    "scorers",
    "seeded",
    "soccer",
    "stadium",
    "standings",
    "striker",
    "tennis",
    "touchdown",
    "wickets",
];

/// Per initial letter `a..=z`, the lengths of [`SPORTS_WORDS`] with that
/// initial, as bits (`1 << len`).
const SPORTS_LENGTHS: [u32; 26] = {
    let mut out = [0u32; 26];
    let mut i = 0;
    while i < SPORTS_WORDS.len() {
        let w = SPORTS_WORDS[i].as_bytes();
        out[(w[0] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    out
};

/// Words that, right before a place, say the text locates something there.
const LOCATIVE: &[&str] = &[
    "in", "at", "from", "near", "to", "outside", "into", "across", "around", "toward", "towards",
    "via", "visit", "visited", "of",
];

/// For each mention, true if it is a city or subdivision standing for a
/// sports team in a sports report.
pub fn sports_teams(text: &str, gazetteer: &Gazetteer, mentions: &[Resolved]) -> Vec<bool> {
    sports_teams_among(text, gazetteer, mentions, &vec![false; mentions.len()])
}

/// [`sports_teams`] for the mentions that are not `dropped` (by earlier
/// rules); a dropped mention is false. Reading every word of the article
/// for sports cues is the expensive part: it is done only when a mention
/// that is still kept could be a team.
pub fn sports_teams_among(
    text: &str,
    gazetteer: &Gazetteer,
    mentions: &[Resolved],
    dropped: &[bool],
) -> Vec<bool> {
    let teams: Vec<bool> = mentions
        .iter()
        .zip(dropped)
        .map(|(m, &dropped)| {
            !dropped
                && gazetteer.etype(m.entity) == EntityType::Region
                && matches!(gazetteer.kind(m.entity), Some("city" | "subdivision"))
                && !after_locative(text, m.start)
                && !is_dateline(text, m.start, m.end)
        })
        .collect();
    if teams.contains(&true) && is_sports_report(text) {
        teams
    } else {
        vec![false; mentions.len()]
    }
}

/// Whether the article has enough sports cues.
pub fn is_sports_report(text: &str) -> bool {
    count_cues(text, MIN_CUES) >= MIN_CUES
}

/// The sports cues of `text`, counted up to `limit` (the count is exact
/// below `limit`): one per word that is a score, a sports word, or the name
/// after a result ("Nantes 0 Lens"), where a word is a maximal run of word
/// characters and hyphens.
///
/// Half the articles pass through here, and most have fewer cues than
/// `limit`, so every byte is read; almost no word is a cue. The text is
/// therefore classified 64 bytes at a time ([`classify_block`]: four
/// vector classifications combined into 64-bit masks, so that the loop and
/// its bookkeeping run once per 64 bytes rather than per 16), and only
/// the bytes that can begin a cue are looked at one by one: an ASCII digit
/// that begins a word, and an ASCII letter that begins a word of at least
/// three letters that pass the vector test of the block (with AVX2:
/// [`PREFIX_BUCKETS`], which about one word start in six passes; looking
/// at every one was a twelfth of the entity stage's time on news). A
/// letter start whose first three letters begin no sports word
/// ([`may_begin_sports_word`]), or whose word has a length that no sports
/// word with its initial has ([`may_have_sports_length`]), is passed over;
/// the others, and every digit start, are checked in full. Non-ASCII bytes
/// are never word bytes in the masks, so a start right after one is
/// checked against the decoded character before it ([`starts_word`]); a
/// cue word is always ASCII at its start.
fn count_cues(text: &str, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut cues = 0;
    // Whether the byte before the block is an ASCII word byte (bit 0).
    let mut carry = 0;
    let mut at = 0;
    let wide = has_avx2();
    while at < bytes.len() && cues < limit {
        // The text itself where it has the 66 bytes: a copy would be read
        // back by loads that straddle its stores (at one and two bytes on),
        // which the processor cannot forward from them.
        let padded;
        let window = match bytes.get(at..).and_then(<[u8]>::first_chunk::<66>) {
            Some(window) => window,
            None => {
                padded = padded_window::<66>(bytes, at);
                &padded
            }
        };
        cues += block_cues(text, at, window, &mut carry, wide);
        at += 64;
    }
    cues
}

/// The `N` bytes at `at` (the sixteen bytes that [`letter_cue`] reads),
/// padded with spaces past the end of `bytes`.
#[inline]
fn window_at<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    match bytes.get(at..at + N) {
        Some(full) => {
            let mut window = [0u8; N];
            window.copy_from_slice(full);
            window
        }
        None => padded_window(bytes, at),
    }
}

/// [`window_at`] at the end of the text, and the scan's window there
/// ([`count_cues`]): kept apart, so that the usual case copies a fixed
/// length or none.
#[cold]
#[inline(never)]
fn padded_window<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    let mut window = [b' '; N];
    let rest = &bytes[at.min(bytes.len())..];
    let n = rest.len().min(N);
    window[..n].copy_from_slice(&rest[..n]);
    window
}

/// The cues of the words that start in the 64 bytes of `text` at `at`,
/// given as the first 64 bytes of `window` (the two after them let a
/// start near the end look at three bytes). `carry` says whether the byte
/// before them is an ASCII word byte, and is set for the next block.
/// `wide` says whether AVX2 may be used.
#[inline]
fn block_cues(text: &str, at: usize, window: &[u8; 66], carry: &mut u64, wide: bool) -> usize {
    let lanes = classify_block(window, wide);
    let starts = (lanes.letter | lanes.digit) & !((lanes.word << 1) | *carry);
    *carry = lanes.word >> 63;
    let mut cues = 0;
    let mut digits = starts & lanes.digit;
    while digits != 0 {
        let start = at + digits.trailing_zeros() as usize;
        digits &= digits - 1;
        cues += number_cue(text, start);
    }
    // Sports words have three letters or more; past the block, assume
    // letters.
    let ahead = u128::from(lanes.letter) | 0b11 << 64;
    let mut letters =
        starts & lanes.letter & (ahead >> 1) as u64 & (ahead >> 2) as u64 & lanes.prefix;
    while letters != 0 {
        // Below 64, which the compiler sees too: no bounds checks.
        let k = letters.trailing_zeros() as usize & 63;
        letters &= letters - 1;
        if may_begin_sports_word(window[k], window[k + 1], window[k + 2])
            && may_have_sports_length(window[k], lanes.word >> k, 64 - k)
        {
            cues += letter_cue(text, at + k);
        }
    }
    cues
}

/// [`Lanes`] of 64 bytes: bit `k` for byte `k`.
struct BlockLanes {
    letter: u64,
    digit: u64,
    word: u64,
    /// Where three letters may begin a sports word ([`PREFIX_BUCKETS`]);
    /// every bit set without AVX2.
    prefix: u64,
}

/// The masks of the first 64 bytes of `window`: sixteen bytes at a time,
/// or 32 with AVX2 (`wide`, from [`has_avx2`]).
#[inline]
#[cfg_attr(not(target_arch = "x86_64"), allow(unused_variables))]
fn classify_block(window: &[u8; 66], wide: bool) -> BlockLanes {
    #[cfg(target_arch = "x86_64")]
    if wide {
        // SAFETY: `wide` comes from `has_avx2`: the processor has AVX2, all
        // that `classify_block_avx2` needs.
        return unsafe { classify_block_avx2(window) };
    }
    let mut out = BlockLanes {
        letter: 0,
        digit: 0,
        word: 0,
        prefix: u64::MAX,
    };
    for q in 0..4 {
        let mut chunk = [0u8; 16];
        chunk.copy_from_slice(&window[16 * q..16 * q + 16]);
        let lanes = classify(&chunk);
        out.letter |= u64::from(lanes.letter) << (16 * q);
        out.digit |= u64::from(lanes.digit) << (16 * q);
        out.word |= u64::from(lanes.word) << (16 * q);
    }
    out
}

/// [`classify_block`] in two 32-byte halves, the compares of
/// [`classify_sse2`] twice as wide. Written out without closures, which
/// would not share the enabled feature.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn classify_block_avx2(window: &[u8; 66]) -> BlockLanes {
    use std::arch::x86_64::*;
    let mut out = BlockLanes {
        letter: 0,
        digit: 0,
        word: 0,
        prefix: 0,
    };
    // Signed compares: bytes from 0x80 up are negative, in no range.
    let (digit_lo, digit_hi) = (
        _mm256_set1_epi8(b'0' as i8 - 1),
        _mm256_set1_epi8(b'9' as i8 + 1),
    );
    let (letter_lo, letter_hi) = (
        _mm256_set1_epi8(b'a' as i8 - 1),
        _mm256_set1_epi8(b'z' as i8 + 1),
    );
    let (case, hyphen) = (_mm256_set1_epi8(0x20), _mm256_set1_epi8(b'-' as i8));
    for half in 0..2 {
        // SAFETY: the unaligned 32-byte load lies inside the 66-byte window.
        let x = unsafe { _mm256_loadu_si256(window.as_ptr().add(32 * half).cast()) };
        let digit = _mm256_and_si256(
            _mm256_cmpgt_epi8(x, digit_lo),
            _mm256_cmpgt_epi8(digit_hi, x),
        );
        let lower = _mm256_or_si256(x, case);
        let letter = _mm256_and_si256(
            _mm256_cmpgt_epi8(lower, letter_lo),
            _mm256_cmpgt_epi8(letter_hi, lower),
        );
        let word = _mm256_or_si256(_mm256_or_si256(letter, digit), _mm256_cmpeq_epi8(x, hyphen));
        let shift = 32 * half;
        out.letter |= u64::from(_mm256_movemask_epi8(letter) as u32) << shift;
        out.digit |= u64::from(_mm256_movemask_epi8(digit) as u32) << shift;
        out.word |= u64::from(_mm256_movemask_epi8(word) as u32) << shift;
        out.prefix |= u64::from(prefix_lanes_avx2(window, 32 * half)) << shift;
    }
    out
}

/// The [`BlockLanes::prefix`] bits of the 32 bytes of `window` at `at`
/// (`at + 34 <= 66`): for each of the three bytes from each position, the
/// buckets whose prefixes have that letter there ([`PREFIX_BUCKETS`], a
/// 32-entry table read as two 16-byte shuffles); a position is kept if
/// some bucket has all three. Only the positions of letters mean anything.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn prefix_lanes_avx2(window: &[u8; 66], at: usize) -> u32 {
    use std::arch::x86_64::*;
    let mut all = _mm256_set1_epi8(-1);
    let low5 = _mm256_set1_epi8(31);
    let low4 = _mm256_set1_epi8(15);
    for (j, table) in PREFIX_BUCKETS.iter().enumerate() {
        // SAFETY: `at + j + 32 <= 66`: inside the window.
        let x = unsafe { _mm256_loadu_si256(window.as_ptr().add(at + j).cast()) };
        let index = _mm256_and_si256(x, low5);
        // SAFETY: each half of the table is 16 bytes, read unaligned.
        let (first, second) = unsafe {
            (
                _mm256_broadcastsi128_si256(_mm_loadu_si128(table.as_ptr().cast())),
                _mm256_broadcastsi128_si256(_mm_loadu_si128(table.as_ptr().add(16).cast())),
            )
        };
        let nibble = _mm256_and_si256(index, low4);
        // Bit 4 of the index, moved to bit 7 of its byte, picks the half.
        let buckets = _mm256_blendv_epi8(
            _mm256_shuffle_epi8(first, nibble),
            _mm256_shuffle_epi8(second, nibble),
            _mm256_slli_epi16(index, 3),
        );
        all = _mm256_and_si256(all, buckets);
    }
    let none = _mm256_cmpeq_epi8(all, _mm256_setzero_si256());
    !(_mm256_movemask_epi8(none) as u32)
}

/// The cue a word that starts with a letter at `start` makes: one if it is
/// a sports word ([`is_sports_word`], without cutting the word out first).
#[inline(never)]
fn letter_cue(text: &str, start: usize) -> usize {
    if !starts_word(text, start) {
        return 0;
    }
    // The word's ASCII bytes, classified as the scan classifies them.
    let window = window_at::<16>(text.as_bytes(), start);
    let lanes = classify(&window);
    let len = lanes.word.trailing_ones() as usize;
    // Digits make a longer word, and so do letters of other scripts.
    if len == 16
        || lanes.digit & ((1 << len) - 1) != 0
        || char_at(text, start + len).is_some_and(|(word, _)| word)
    {
        return 0;
    }
    // Lowercased and packed big-endian, as in `SPORTS_KEYS`: `len` is 1 to
    // 15 (the first byte is a letter).
    let lower = u128::from_be_bytes(window) | u128::from_be_bytes([0x20; 16]);
    let key = lower & (u128::MAX << (8 * (16 - len)));
    usize::from(SPORTS_KEYS.binary_search(&key).is_ok())
}

/// [`SPORTS_WORDS`] packed big-endian into `u128`s (zeros after the word),
/// which sort as the words do.
const SPORTS_KEYS: [u128; SPORTS_WORDS.len()] = {
    let mut out = [0u128; SPORTS_WORDS.len()];
    let mut i = 0;
    while i < SPORTS_WORDS.len() {
        let w = SPORTS_WORDS[i].as_bytes();
        assert!(w.len() <= 16);
        let mut k = 0;
        while k < w.len() {
            out[i] |= (w[k] as u128) << (8 * (15 - k));
            k += 1;
        }
        i += 1;
    }
    out
};

/// Whether a word starts at byte `start` (the character before it, if any,
/// is not a word character).
#[inline]
fn starts_word(text: &str, start: usize) -> bool {
    !matches!(char_before(text, start), Some((true, _)))
}

/// The cue a word that starts with a digit at `start` makes: a score, or
/// the number of a result (counted for the name after it, unless that name
/// is a sports word and so counts anyway).
fn number_cue(text: &str, start: usize) -> usize {
    if !starts_word(text, start) {
        return 0;
    }
    let word = &text[start..word_end(text, start)];
    if is_score(word) {
        return 1;
    }
    match result_after(text, start, word) {
        Some(after) => usize::from(!is_sports_word(after)),
        None => 0,
    }
}

/// For `number` at `start`: the name after it, if the words around it make
/// it a result ([`is_result`]).
fn result_after<'a>(text: &'a str, start: usize, number: &str) -> Option<&'a str> {
    if !(1..=2).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let before = word_before(text, start);
    let after_start = next_word_start(text, start + number.len());
    let after = &text[after_start..word_end(text, after_start)];
    is_result(before, number, after).then_some(after)
}

/// Bit masks of sixteen bytes, bit `k` for byte `k`. Non-ASCII bytes are
/// in none of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Lanes {
    /// ASCII letters.
    letter: u32,
    /// ASCII digits.
    digit: u32,
    /// ASCII letters, digits and the hyphen.
    word: u32,
}

/// The masks of `chunk`: on x86_64 with SSE2 compares (part of its
/// baseline), elsewhere a byte at a time.
#[inline]
fn classify(chunk: &[u8; 16]) -> Lanes {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline, so every x86_64
        // processor has it; `classify_sse2` only needs SSE2.
        unsafe { classify_sse2(chunk) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        classify_bytes(chunk)
    }
}

/// [`classify`] a byte at a time: the definition, and the code on other
/// processors.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn classify_bytes(chunk: &[u8; 16]) -> Lanes {
    let mut lanes = Lanes {
        letter: 0,
        digit: 0,
        word: 0,
    };
    for (k, &b) in chunk.iter().enumerate() {
        let bit = 1u32 << k;
        if b.is_ascii_alphabetic() {
            lanes.letter |= bit;
        }
        if b.is_ascii_digit() {
            lanes.digit |= bit;
        }
        if ASCII_WORD.get(usize::from(b)) == Some(&true) {
            lanes.word |= bit;
        }
    }
    lanes
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn classify_sse2(chunk: &[u8; 16]) -> Lanes {
    use std::arch::x86_64::*;
    let half = |k: usize| {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&chunk[k..k + 8]);
        i64::from_le_bytes(eight)
    };
    let x = _mm_set_epi64x(half(8), half(0));
    // Signed compares: bytes from 0x80 up are negative, in no range.
    let within = |v: __m128i, lo: u8, hi: u8| {
        let above = _mm_cmpgt_epi8(v, _mm_set1_epi8(lo as i8 - 1));
        let below = _mm_cmplt_epi8(v, _mm_set1_epi8(hi as i8 + 1));
        _mm_and_si128(above, below)
    };
    let digit = within(x, b'0', b'9');
    let letter = within(_mm_or_si128(x, _mm_set1_epi8(0x20)), b'a', b'z');
    let hyphen = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'-' as i8));
    let word = _mm_or_si128(_mm_or_si128(letter, digit), hyphen);
    let bits = |v: __m128i| _mm_movemask_epi8(v) as u32;
    Lanes {
        letter: bits(letter),
        digit: bits(digit),
        word: bits(word),
    }
}

/// The first two bytes of [`SPORTS_WORDS`], in any case, as bits indexed by
/// the two bytes read as a little-endian `u16`: one look-up rules out
/// seven word starts in ten ("the", "and", "was").
const SPORTS_PAIRS: [u64; 1024] = {
    let mut out = [0u64; 1024];
    let mut i = 0;
    while i < SPORTS_WORDS.len() {
        let w = SPORTS_WORDS[i].as_bytes();
        let mut case = 0;
        while case < 4 {
            let a = if case & 1 != 0 { w[0] - 0x20 } else { w[0] };
            let b = if case & 2 != 0 { w[1] - 0x20 } else { w[1] };
            let key = a as usize | (b as usize) << 8;
            out[key / 64] |= 1 << (key % 64);
            case += 1;
        }
        i += 1;
    }
    out
};

/// The three-letter beginnings of [`SPORTS_WORDS`] as bits, indexed by the
/// low five bits of each of the three bytes (`a << 10 | b << 5 | c`), which
/// are the same for a letter in either case.
const SPORTS_PREFIXES: [u64; 512] = {
    let mut out = [0u64; 512];
    let mut i = 0;
    while i < SPORTS_WORDS.len() {
        let w = SPORTS_WORDS[i].as_bytes();
        assert!(w[0].is_ascii_lowercase() && w[1].is_ascii_lowercase());
        assert!(w[2].is_ascii_lowercase());
        let key = prefix_key(w[0], w[1], w[2]);
        out[key / 64] |= 1 << (key % 64);
        i += 1;
    }
    out
};

/// The buckets of the three-letter beginnings of [`SPORTS_WORDS`], for the
/// vector test of a whole block ([`prefix_lanes_avx2`]): per position in
/// the beginning, per letter (the low five bits of its byte, the same in
/// either case), the buckets with a beginning that has the letter there.
/// The beginnings, in order, fill the eight buckets in turn, so that each
/// bucket holds beginnings with few first letters. A word start passes if
/// one bucket has all three of its letters: about one in six do, of which
/// a third begin a sports word, and only those are looked up.
const PREFIX_BUCKETS: [[u8; 32]; 3] = {
    // The distinct beginnings, counted: the words are sorted, so equal
    // beginnings are adjacent.
    let mut count = 0;
    let mut i = 0;
    while i < SPORTS_WORDS.len() {
        if i == 0 || new_beginning(i) {
            count += 1;
        }
        i += 1;
    }
    let mut out = [[0u8; 32]; 3];
    let (mut i, mut n) = (0, 0);
    while i < SPORTS_WORDS.len() {
        if i == 0 || new_beginning(i) {
            let w = SPORTS_WORDS[i].as_bytes();
            let bucket = 1u8 << (n * 8 / count);
            let mut j = 0;
            while j < 3 {
                out[j][(w[j] & 31) as usize] |= bucket;
                j += 1;
            }
            n += 1;
        }
        i += 1;
    }
    out
};

/// Whether sports word `i` (not the first) begins with other letters than
/// the word before it.
const fn new_beginning(i: usize) -> bool {
    let (w, v) = (SPORTS_WORDS[i].as_bytes(), SPORTS_WORDS[i - 1].as_bytes());
    w[0] != v[0] || w[1] != v[1] || w[2] != v[2]
}

/// The index of three bytes in [`SPORTS_PREFIXES`].
#[inline]
const fn prefix_key(a: u8, b: u8, c: u8) -> usize {
    ((a as usize & 31) << 10) | ((b as usize & 31) << 5) | (c as usize & 31)
}

/// Whether the bytes `a`, `b`, `c` may begin a sports word: true if they
/// are letters that begin one, in any case, and false for other letters, so
/// "the", "to" and "for" are ruled out without finding the word's end. For
/// bytes that are not all letters the answer may be true
/// ([`is_sports_word`] decides).
#[inline]
fn may_begin_sports_word(a: u8, b: u8, c: u8) -> bool {
    let pair = usize::from(a) | usize::from(b) << 8;
    if SPORTS_PAIRS[pair / 64] & (1 << (pair % 64)) == 0 {
        return false;
    }
    let key = prefix_key(a, b, c);
    SPORTS_PREFIXES[key / 64] & (1 << (key % 64)) != 0
}

/// False if the word that starts with the letter `initial` has a length no
/// sports word with that initial has: `word` holds the word bytes
/// (letters, digits, hyphens) from the word's start, of which `known` are
/// in the block; a word that may go on past them may have any length.
/// "for" and "former" begin as "forward" does, and are ruled out here
/// without [`letter_cue`].
#[inline]
fn may_have_sports_length(initial: u8, word: u64, known: usize) -> bool {
    let len = (!word).trailing_zeros() as usize;
    // A word of 32 bytes or more is let through rather than looked up in
    // the 32-bit masks of `SPORTS_LENGTHS` (no sports word is that long).
    len >= known.min(32) || SPORTS_LENGTHS[usize::from((initial | 0x20) - b'a')] & (1 << len) != 0
}

/// For ASCII bytes: letters, digits and the hyphen (one look-up per byte).
const ASCII_WORD: [bool; 128] = {
    let mut out = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        out[b] = c.is_ascii_alphanumeric() || c == b'-';
        b += 1;
    }
    out
};

/// Whether the character at byte `i` belongs in a word, and its length;
/// ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(bool, usize)> {
    let &b = text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((ASCII_WORD[usize::from(b)], 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((is_word_char(c), c.len_utf8()))
}

/// [`char_at`] for the character that ends at byte `i`.
#[inline]
fn char_before(text: &str, i: usize) -> Option<(bool, usize)> {
    let &b = text.as_bytes().get(i.checked_sub(1)?)?;
    if b < 0x80 {
        return Some((ASCII_WORD[usize::from(b)], 1));
    }
    let c = text.get(..i)?.chars().next_back()?;
    Some((is_word_char(c), c.len_utf8()))
}

/// The end of the word that starts at `start`.
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    while let Some((true, len)) = char_at(text, end) {
        end += len;
    }
    end
}

/// The start of the first word at or after `pos` (the text's end if none).
fn next_word_start(text: &str, pos: usize) -> usize {
    let mut i = pos;
    while let Some((false, len)) = char_at(text, i) {
        i += len;
    }
    i
}

/// The last word that ends at or before `pos` ("" if none).
fn word_before(text: &str, pos: usize) -> &str {
    let mut end = pos;
    while let Some((false, len)) = char_before(text, end) {
        end -= len;
    }
    let mut start = end;
    while let Some((true, len)) = char_before(text, start) {
        start -= len;
    }
    &text[start..end]
}

/// "Nantes 0 Lens": a one- or two-digit number between two names, as in
/// a results line (but not "May 5 Paris").
fn is_result(before: &str, number: &str, after: &str) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    (1..=2).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && capital(before)
        && capital(after)
        && !super::embedded::is_calendar(before)
}

/// Any case: schedules and standings are often all caps ("BASEBALL").
fn is_sports_word(word: &str) -> bool {
    // This runs for every word of the article: most words are ruled out by
    // their first letter and length alone, and the rest are lowercased on
    // the stack.
    let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    let Some(lengths) = first
        .checked_sub(b'a')
        .and_then(|k| SPORTS_LENGTHS.get(k as usize))
    else {
        return false;
    };
    if lengths & (1 << word.len().min(31)) == 0 {
        return false;
    }
    let mut lower = [0u8; 12];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false;
    };
    for (l, b) in lower.iter_mut().zip(word.bytes()) {
        if !(b.is_ascii_alphabetic() || b == b'-') {
            return false;
        }
        *l = b.to_ascii_lowercase();
    }
    SPORTS_WORDS
        .binary_search_by(|w| w.as_bytes().cmp(lower))
        .is_ok()
}

/// "2-1", "6-4", "10-3": a score (not a date or a range of years).
fn is_score(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some((a, b)) = word.split_once('-') else {
        return false;
    };
    let small = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    small(a) && small(b)
}

/// The word before `start`, if it is a locative preposition (any case, so
/// "AT" in an all-caps schedule counts).
///
/// ASCII white space and an ASCII word before it are read as bytes; the
/// first non-ASCII byte met sends the question to
/// [`after_locative_by_chars`].
fn after_locative(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    let mut end = start;
    while end > 0 && matches!(b[end - 1], b' ' | b'\t'..=b'\r') {
        end -= 1;
    }
    let mut word = end;
    while word > 0 && b[word - 1].is_ascii_alphanumeric() {
        word -= 1;
    }
    if b.get(word.wrapping_sub(1)).is_some_and(|&c| c >= 0x80)
        || b.get(end.wrapping_sub(1)).is_some_and(|&c| c >= 0x80)
    {
        return after_locative_by_chars(text, start);
    }
    let word = &b[word..end];
    (2..=8).contains(&word.len())
        && LOCATIVE
            .iter()
            .any(|l| l.as_bytes().eq_ignore_ascii_case(word))
}

/// [`after_locative`] for any text, a character at a time.
fn after_locative_by_chars(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    LOCATIVE.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// A dateline: the place opens a line and a date or "(Agency)" follows.
fn is_dateline(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let opens_line = before.is_empty() || before.ends_with('\n');
    let after = text[end..].trim_start_matches([' ', '\t', ',']);
    opens_line
        && (after.starts_with('(') || after.bytes().take_while(u8::is_ascii_digit).count() == 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_list_is_sorted() {
        assert!(SPORTS_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(SPORTS_KEYS.windows(2).all(|w| w[0] < w[1]));
    }

    /// The packed look-up at a word start is [`is_sports_word`] of the word.
    fn letter_cue_by_words(text: &str, start: usize) -> usize {
        let word = &text[start..word_end(text, start)];
        usize::from(starts_word(text, start) && is_sports_word(word))
    }

    #[test]
    fn letter_cues_of_sports_words_in_context() {
        for w in SPORTS_WORDS {
            for text in [
                w.to_string(),
                format!("a {w}."),
                format!("{} x", w.to_uppercase()),
                format!("{w}s"),
                format!("{w}2"),
                format!("{w}\u{e9}"),
                format!("{w}\u{301}"),
                format!("{w}\u{2014}x"),
                format!("{w}-{w}"),
                format!("\u{e9}{w}"),
            ] {
                let start = text.find(|c: char| c.is_ascii_alphabetic()).unwrap();
                assert_eq!(
                    letter_cue(&text, start),
                    letter_cue_by_words(&text, start),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn sports_reports() {
        let cases = [
            (
                "Riverton beat Lakeside 3-1 after a goal, a penalty and a header by the striker.",
                true,
            ),
            (
                "The striker scored twice before halftime in the league game.",
                true,
            ),
            (
                "The minister said talks on the border would resume in March.",
                false,
            ),
            (
                "Votes were counted 10-12 hours after the polls closed in 1996-1997.",
                false,
            ),
            (
                "Riverton 2 Lakeside 1\nHillford 0 Dunmore 3\nRiverton 1 Dunmore 1\nA 4 B",
                true,
            ),
            (
                "On May 5 Paris and on June 7 Rome and on July 8 Oslo and Aug 9 Bonn",
                false,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(is_sports_report(text), want, "{text}");
        }
    }

    /// The word-by-word definition [`count_cues`] replaced: every word, in
    /// order, with the two before it.
    fn cues_by_words(text: &str) -> usize {
        let mut cues = 0;
        let (mut before, mut prev) = ("", "");
        for word in split_words(text) {
            if is_score(word) || is_sports_word(word) || is_result(before, prev, word) {
                cues += 1;
            }
            (before, prev) = (prev, word);
        }
        cues
    }

    fn split_words(text: &str) -> impl Iterator<Item = &str> {
        text.split(|c: char| !(is_word_char(c) || c == '-'))
            .filter(|w| !w.is_empty())
    }

    #[test]
    fn lanes_agree_with_the_byte_definition() {
        for b in 0..=255u8 {
            for lane in 0..16 {
                for fill in [b'x', b' ', b'7', 0xc3] {
                    let mut chunk = [fill; 16];
                    chunk[lane] = b;
                    assert_eq!(
                        classify(&chunk),
                        classify_bytes(&chunk),
                        "{b:#x} in lane {lane}"
                    );
                }
            }
        }
    }

    /// The wide classification is the narrow one, for every byte value in
    /// every lane (where the processor has AVX2).
    #[test]
    fn wide_blocks_agree_with_narrow_ones() {
        if !has_avx2() {
            return;
        }
        for b in 0..=255u8 {
            for lane in 0..66 {
                for fill in [b'x', b' ', b'7', b'-', 0xc3] {
                    let mut window = [fill; 66];
                    window[lane] = b;
                    let (wide, narrow) = (
                        classify_block(&window, true),
                        classify_block(&window, false),
                    );
                    assert_eq!(
                        (wide.letter, wide.digit, wide.word),
                        (narrow.letter, narrow.digit, narrow.word),
                        "{b:#x} in lane {lane}"
                    );
                }
            }
        }
    }

    #[test]
    fn sports_pairs_cover_the_sports_words() {
        let may = |s: &[u8]| may_begin_sports_word(s[0], s[1], s[2]);
        for w in SPORTS_WORDS {
            assert!(may(w.as_bytes()), "{w}");
            assert!(may(w.to_uppercase().as_bytes()), "{w}");
        }
        assert!(!may(b"the"));
        assert!(may(b"forward"));
        assert!(!may(b"go "));
        // Exact for letters: the same as the three-letter beginnings.
        let prefixes: Vec<&[u8]> = SPORTS_WORDS.iter().map(|w| &w.as_bytes()[..3]).collect();
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                for c in b'a'..=b'z' {
                    let want = prefixes.contains(&&[a, b, c][..]);
                    let (ua, ub, uc) = (
                        a.to_ascii_uppercase(),
                        b.to_ascii_uppercase(),
                        c.to_ascii_uppercase(),
                    );
                    for s in [[a, b, c], [ua, b, uc], [a, ub, c], [ua, ub, uc]] {
                        assert_eq!(may(&s), want, "{s:?}");
                    }
                }
            }
        }
    }

    /// The vector test of three letters keeps every beginning of a sports
    /// word, in any case and at any place in a block, and rules out
    /// common beginnings that are none (where the processor has AVX2).
    #[test]
    fn prefix_lanes_keep_every_sports_beginning() {
        if !has_avx2() {
            return;
        }
        let beginnings: Vec<&[u8]> = SPORTS_WORDS.iter().map(|w| &w.as_bytes()[..3]).collect();
        let lanes = |three: [u8; 3], lane: usize, fill: u8| {
            let mut window = [fill; 66];
            window[lane..lane + 3].copy_from_slice(&three);
            classify_block(&window, true).prefix >> lane & 1 != 0
        };
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                for c in b'a'..=b'z' {
                    if !beginnings.contains(&&[a, b, c][..]) {
                        continue;
                    }
                    let upper = [a, b, c].map(|x| x.to_ascii_uppercase());
                    for three in [[a, b, c], upper, [upper[0], b, c]] {
                        for (lane, fill) in [(0, b' '), (31, b'x'), (32, b'-'), (63, b'7')] {
                            assert!(lanes(three, lane, fill), "{three:?} in lane {lane}");
                        }
                    }
                }
            }
        }
        for common in [b"the", b"and", b"was", b"wit", b"THE"] {
            assert!(!lanes(*common, 5, b' '), "{common:?}");
        }
    }

    /// A word's length rules it out only when no sports word with its
    /// initial has that length, and never when the word may go on past the
    /// block.
    #[test]
    fn sports_lengths_rule_out_only_other_lengths() {
        let word_lanes = |text: &[u8], k: usize| {
            let mut window = [b' '; 66];
            window[..text.len()].copy_from_slice(text);
            classify_block(&window, false).word >> k
        };
        for w in SPORTS_WORDS {
            for text in [format!("{w} x"), format!("a {} x", w.to_uppercase())] {
                let k = text.len() - w.len() - 2;
                let b = text.as_bytes();
                assert!(
                    may_have_sports_length(b[k], word_lanes(b, k), 64 - k),
                    "{text}"
                );
            }
        }
        assert!(!may_have_sports_length(b'f', word_lanes(b"for the", 0), 64));
        assert!(!may_have_sports_length(b'F', word_lanes(b"Former", 0), 64));
        assert!(may_have_sports_length(b'f', word_lanes(b"forward", 0), 64));
        // "for" as the last three bytes of the block: the word may go on.
        let mut window = [b' '; 66];
        window[61..64].copy_from_slice(b"for");
        let word = classify_block(&window, false).word >> 61;
        assert!(may_have_sports_length(b'f', word, 3));
    }

    #[test]
    fn windows_are_padded_with_spaces() {
        assert_eq!(&window_at::<18>(b"ab", 0), b"ab                ");
        assert_eq!(window_at::<18>(b"0123456789abcdefgh", 16)[..3], *b"gh ");
        assert_eq!(window_at::<18>(b"0123456789abcdefghijkl", 0)[16..], *b"gh");
    }

    /// Pieces of text that make cues, near-cues and their neighbours.
    fn piece() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            6 => proptest::sample::select(vec![
                "Leeds", "LEEDS", "May", "goal", "GOALS", "Half-time", "half-time", "cup",
                "coach", "golfer", "2", "10", "123", "2-1", "10-3", "1996-1997", "3rd", "-",
                "- ", "Éire", "éire", "Ünal", "é", "\u{0301}", "\u{2014}", "北京", "a", "Go",
                "NBA", "nbaa", "--2", "2-", "06-4",
            ])
            .prop_map(str::to_string),
            1 => "[ .,\n()'-]{1,3}",
            1 => "[a-zA-Z0-9-]{1,10}",
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// On text of any length, with cues across block borders, non-ASCII
        /// letters, combining marks and hyphens next to them.
        #[test]
        fn cues_in_long_random_text(text in "([a-zA-Z0-9 .,'\\-\n\u{e9}\u{c9}\u{0301}\u{2014}\u{a0}]|goal|Cup|CUP|2-1|Leeds 3 |May 4 |half-time|innings){0,300}") {
            let want = cues_by_words(&text);
            proptest::prop_assert_eq!(count_cues(&text, usize::MAX), want);
            for limit in 0..6 {
                let got = count_cues(&text, limit);
                proptest::prop_assert!(got >= limit.min(want) && got <= want);
            }
        }

        /// The packed look-up agrees with [`is_sports_word`] at every letter.
        #[test]
        fn letter_cues_as_by_words(text in "([a-zA-Z0-9 .\\-\u{e9}\u{0301}\u{2014}]|goal|Cup|GOALKEEPER|quarterback|half-time){0,12}") {
            for (start, c) in text.char_indices() {
                if c.is_ascii_alphabetic() {
                    proptest::prop_assert_eq!(letter_cue(&text, start), letter_cue_by_words(&text, start));
                }
            }
        }

        /// The fast count is the word-by-word count.
        #[test]
        fn cues_are_counted_as_word_by_word(
            pieces in proptest::collection::vec(piece(), 0..40),
            sep in proptest::sample::select(vec![" ", "\n", " - ", ", ", "\u{a0}", ""]),
        ) {
            let text = pieces.join(sep);
            proptest::prop_assert_eq!(count_cues(&text, usize::MAX), cues_by_words(&text));
            proptest::prop_assert_eq!(is_sports_report(&text), cues_by_words(&text) >= MIN_CUES);
        }

        /// The stack-lowercased lookup agrees with the allocating one.
        #[test]
        fn sports_words_any_case(i in 0..SPORTS_WORDS.len(), upper in proptest::collection::vec(proptest::bool::ANY, 12), junk in "[a-zA-Z-]{0,14}") {
            let word: String = SPORTS_WORDS[i]
                .chars()
                .zip(&upper)
                .map(|(c, &u)| if u { c.to_ascii_uppercase() } else { c })
                .collect();
            proptest::prop_assert!(is_sports_word(&word));
            let want = junk.len() <= 12
                && SPORTS_WORDS.binary_search(&junk.to_ascii_lowercase().as_str()).is_ok();
            proptest::prop_assert_eq!(is_sports_word(&junk), want);
        }
    }

    proptest::proptest! {
        /// The byte path finds the word the character path finds.
        #[test]
        fn locatives_as_by_characters(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "in", "IN", "At", "towards", "visited", "of", "x", "near", "Milan", " ",
                    "  ", "\n", "\t", "\u{a0}", "\u{2003}", "é", "\u{0301}", "北", "-", ".",
                    "2", "\u{85}", "\x0b",
                ]),
                0..8,
            ),
        ) {
            let text = pieces.concat();
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                proptest::prop_assert_eq!(
                    after_locative(&text, start),
                    after_locative_by_chars(&text, start),
                    "{:?} at {}", text, start
                );
            }
        }
    }

    #[test]
    fn locatives_and_datelines() {
        assert!(after_locative("The match in Milan", 13));
        assert!(after_locative("FLORIDA AT CINCINNATI", 11));
        assert!(!after_locative("Milan beat Genoa", 11));
        assert!(is_dateline("MILAN 1996-08-30", 0, 5));
        assert!(is_dateline("Title\n\nMILAN (Agency) - Inter", 7, 12));
        assert!(!is_dateline("Milan 2 Genoa 1", 0, 5));
        assert!(!is_dateline("Goals: Milan 1996", 7, 12));
    }
}
