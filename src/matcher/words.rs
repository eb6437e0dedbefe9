//! The first word of a walk in one look-up.
//!
//! Most of a trie walk's steps below the two table look-ups are spent in
//! the first word of the text ("Government", "Minister", "Pyongyang"):
//! four in five of them over the 5 MB BBC corpus. A step is a dependent read
//! of a node and a search of its labels, and the nodes of a word's letters
//! lie apart wherever the trie branches. A word, though, is known before the
//! walk: the run of ASCII letters and digits at the start. So the trie's
//! nodes for whole first words are kept in a hash table keyed by the word's
//! bytes, and a walk reads one slot instead of a node per letter.
//!
//! That is exact because a name must end at a word boundary. If the run of
//! letters and digits in the text is no key's first word (the letters and
//! digits a key begins with, before any other byte or its end), every key
//! the text begins with ends inside the run, before a letter or digit, and
//! no name can end there: the walk may stop. Otherwise it goes on from the
//! word's node, and keys that end inside the word are of no use either.

/// Shortest word looked up: shorter ones are the two table steps of the
/// walk already.
pub(super) const MIN: usize = 3;

/// Longest word looked up: its lowercased bytes are one `u64` and one
/// `u32`, so that a slot is 16 bytes, four to a cache line. Longer words
/// (one capitalised word in two hundred in the BBC corpus) are walked.
pub(super) const MAX: usize = 12;

/// A word as its lowercased bytes, zero-padded (a word has no zero byte,
/// so the padding tells words of different lengths apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Word {
    lo: u64,
    hi: u32,
}

impl Word {
    /// The word of `bytes`, which are ASCII letters and digits, lowercased
    /// already, `MIN..=MAX` of them.
    fn of(bytes: &[u8]) -> Word {
        let mut padded = [0u8; 16];
        padded[..bytes.len()].copy_from_slice(bytes);
        Word::from_padded(&padded)
    }

    fn from_padded(padded: &[u8; 16]) -> Word {
        let [a, b, c, d, e, f, g, h, i, j, k, l, ..] = *padded;
        Word {
            lo: u64::from_le_bytes([a, b, c, d, e, f, g, h]),
            hi: u32::from_le_bytes([i, j, k, l]),
        }
    }

    fn hash(self, shift: u32) -> usize {
        // A folded 64 × 64-bit multiply mixes every byte of the word into
        // the high bits taken as the index.
        let m = u128::from(self.lo ^ 0x243f_6a88_85a3_08d3)
            * u128::from(u64::from(self.hi) ^ 0x1319_8a2e_0370_7344);
        let folded = (m >> 64) as u64 ^ m as u64;
        (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> shift) as usize
    }
}

/// One slot of the table: a word and its trie node. An empty slot has a
/// zero `lo` (no word does).
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    lo: u64,
    hi: u32,
    node: u32,
}

/// The trie node of every key's first word of `MIN..=MAX` letters and
/// digits, by open addressing with linear probing, at most half full (a
/// word that is none probes one or two slots).
#[derive(Debug, Clone)]
pub(super) struct Words {
    slots: Vec<Slot>,
    /// `64 - log2(slots.len())`.
    shift: u32,
}

impl Words {
    /// The table of the first words in `words` (each `(word, node)`, the
    /// bytes lowercase ASCII letters and digits, `MIN..=MAX` of them, a
    /// word given twice with the same node).
    pub(super) fn new(words: &[(&[u8], u32)]) -> Words {
        let bits = (words.len() * 2)
            .next_power_of_two()
            .max(16)
            .trailing_zeros();
        let mut table = Words {
            slots: vec![Slot::default(); 1 << bits],
            shift: 64 - bits,
        };
        for &(bytes, node) in words {
            debug_assert!((MIN..=MAX).contains(&bytes.len()));
            let word = Word::of(bytes);
            let mask = table.slots.len() - 1;
            let mut i = word.hash(table.shift);
            loop {
                let slot = &mut table.slots[i];
                if slot.lo == 0 {
                    *slot = Slot {
                        lo: word.lo,
                        hi: word.hi,
                        node,
                    };
                    break;
                }
                if (slot.lo, slot.hi) == (word.lo, word.hi) {
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        table
    }

    /// The node of `word`, or `None` if it is no key's first word.
    #[inline]
    pub(super) fn get(&self, word: Word) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = word.hash(self.shift);
        loop {
            let slot = &self.slots[i];
            if slot.lo == word.lo && slot.hi == word.hi {
                return Some(slot.node);
            }
            if slot.lo == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// The length of a key's first word: its leading ASCII (lowercase) letters
/// and digits.
pub(super) fn first_word_len(key: &[u8]) -> usize {
    key.iter().position(|&b| !is_alnum(b)).unwrap_or(key.len())
}

fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// The run of ASCII letters and digits at `text[start..]`, lowercased, if
/// it is `MIN..=MAX` bytes long, and its length; `None` for a shorter or
/// longer run, which the caller walks (and near the end of the text).
#[inline]
pub(super) fn word_at(text: &[u8], start: usize) -> Option<(Word, usize)> {
    let chunk: &[u8; 16] = text.get(start..start + 16)?.try_into().ok()?;
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline.
        unsafe { word_sse2(chunk) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    word_bytes(chunk)
}

/// [`word_at`] a byte at a time.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn word_bytes(chunk: &[u8; 16]) -> Option<(Word, usize)> {
    let len = first_word_len(chunk);
    if !(MIN..=MAX).contains(&len) {
        return None;
    }
    let mut padded = [0u8; 16];
    for (p, b) in padded.iter_mut().zip(&chunk[..len]) {
        *p = b.to_ascii_lowercase();
    }
    Some((Word::from_padded(&padded), len))
}

/// Byte masks keeping the first `n` bytes of sixteen.
#[cfg(target_arch = "x86_64")]
static KEEP: [[u8; 16]; 17] = {
    let mut t = [[0u8; 16]; 17];
    let mut n = 0;
    while n <= 16 {
        let mut i = 0;
        while i < n {
            t[n][i] = 0xff;
            i += 1;
        }
        n += 1;
    }
    t
};

/// [`word_at`] in one compare of sixteen bytes: letters are the bytes that
/// are `a..=z` with bit 5 set, digits `0..=9`; the word is the lanes before
/// the first that is neither.
#[cfg(target_arch = "x86_64")]
#[inline]
#[target_feature(enable = "sse2")]
fn word_sse2(chunk: &[u8; 16]) -> Option<(Word, usize)> {
    use std::arch::x86_64::*;
    // SAFETY: the load reads the sixteen bytes of `chunk`.
    let v = unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) };
    let lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    // Unsigned ranges as signed compares: shifted so that the range
    // starts at -128.
    let letter = _mm_cmplt_epi8(
        _mm_add_epi8(lower, _mm_set1_epi8((0x80u8 - b'a') as i8)),
        _mm_set1_epi8(-128 + 26),
    );
    let digit = _mm_cmplt_epi8(
        _mm_add_epi8(v, _mm_set1_epi8((0x80u8 - b'0') as i8)),
        _mm_set1_epi8(-128 + 10),
    );
    let word = _mm_movemask_epi8(_mm_or_si128(letter, digit)) as u32;
    let len = (!word).trailing_zeros() as usize;
    if !(MIN..=MAX).contains(&len) {
        return None;
    }
    // SAFETY: `KEEP[len]` is sixteen bytes.
    let keep = unsafe { _mm_loadu_si128(KEEP[len].as_ptr().cast()) };
    // Digits have bit 5 set already: `lower` is the lowercase word.
    let bytes = _mm_and_si128(lower, keep);
    let lo = _mm_cvtsi128_si64(bytes) as u64;
    let hi = _mm_cvtsi128_si32(_mm_srli_si128::<8>(bytes)) as u32;
    Some((Word { lo, hi }, len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn vector_word_is_the_bytewise_one(chunk in proptest::array::uniform16(any::<u8>()),
                                           word in "[A-Za-z0-9]{0,16}") {
            let mut chunk = chunk;
            chunk[..word.len()].copy_from_slice(word.as_bytes());
            prop_assert_eq!(word_at(&chunk, 0), word_bytes(&chunk));
        }

        #[test]
        fn every_word_is_found_and_no_other(words in proptest::collection::vec("[a-z0-9]{3,12}", 1..60),
                                            probe in "[a-z0-9]{3,12}") {
            let pairs: Vec<(&[u8], u32)> =
                words.iter().enumerate().map(|(i, w)| (w.as_bytes(), i as u32)).collect();
            let table = Words::new(&pairs);
            for (i, w) in words.iter().enumerate() {
                let first = words.iter().position(|v| v == w).unwrap();
                prop_assert_eq!(table.get(Word::of(w.as_bytes())), Some(first as u32), "{} ({})", w, i);
            }
            let expected = words.iter().position(|v| *v == probe).map(|i| i as u32);
            prop_assert_eq!(table.get(Word::of(probe.as_bytes())), expected);
        }
    }

    #[test]
    fn long_words_differ_after_eight_bytes() {
        // Two hundred words with one first eight bytes, so that probes run
        // past each other's slots: a slot must match in all twelve bytes.
        let stem = "internat";
        let words: Vec<String> = (0..200).map(|i| format!("{stem}{}", i * 37 + 1)).collect();
        let pairs: Vec<(&[u8], u32)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.as_bytes(), i as u32))
            .collect();
        let table = Words::new(&pairs);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(Word::of(w.as_bytes())), Some(i as u32), "{w}");
        }
        for i in 0..200 {
            let absent = format!("{stem}{}", i * 37 + 2);
            assert_eq!(table.get(Word::of(absent.as_bytes())), None, "{absent}");
        }
        assert_eq!(table.get(Word::of(stem.as_bytes())), None);
    }

    #[test]
    fn runs_outside_the_lengths_are_walked() {
        let text = "Kim Jong Un, Vladivostokskiy, Primorsky and 2024 talks on the 5th.";
        let word = |w: &str| word_at(text.as_bytes(), text.find(w).unwrap()).map(|(_, n)| n);
        assert_eq!(word("Kim"), Some(3));
        assert_eq!(word("Un"), None, "two letters");
        assert_eq!(word("Vladivostokskiy"), None, "fifteen letters");
        assert_eq!(word("Primorsky"), Some(9));
        assert_eq!(word("2024"), Some(4), "digits");
        assert_eq!(word("5th"), None, "near the end");
        let (upper, _) = word_at(b"PYONGYANG said so.", 0).unwrap();
        let (lower, _) = word_at(b"pyongyang's leader", 0).unwrap();
        assert_eq!(upper, lower);
        assert_eq!(upper, Word::of(b"pyongyang"));
    }
}
