//! The word starts of a text, eight ASCII bytes at a time.
//!
//! When some name starts with a symbol (the built-in gazetteers have
//! "'s-Hertogenbosch"), every word start must be tried: every character that
//! is not ASCII whitespace and follows no word character. News text has one
//! every six bytes or so, and almost all of them begin no name, so finding
//! them is most of the matcher's work. [`WordStarts`] classifies eight bytes
//! per step with SWAR arithmetic (each byte lane of a `u64` tests its own
//! range, without carries into the next lane) and hands out the starts of the
//! chunk from a bit mask; chunks with non-ASCII bytes, and the tail, go a
//! character at a time.

use crate::text::is_word_char;

const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW: u64 = !HIGH;

/// `b` in every byte lane.
const fn lanes(b: u8) -> u64 {
    (b as u64) * 0x0101_0101_0101_0101
}

/// For ASCII lanes (high bit clear): the high bit of each lane whose byte is
/// at least `b`. The sum stays below 0x100 in every lane, so no carry.
#[inline]
fn at_least(x: u64, b: u8) -> u64 {
    (x + lanes(0x80 - b)) & HIGH
}

/// For ASCII lanes: the high bit of each lane whose byte is `b`.
#[inline]
fn equal(x: u64, b: u8) -> u64 {
    let y = x ^ lanes(b);
    !(((y & LOW) + LOW) | y) & HIGH
}

/// For ASCII lanes: the high bit of each lane in `lo..=hi`.
#[inline]
fn within(x: u64, lo: u8, hi: u8) -> u64 {
    at_least(x, lo) & !at_least(x, hi + 1)
}

/// For ASCII lanes: the high bit of each ASCII letter or digit (a word
/// character, as [`is_word_char`] says for ASCII).
#[inline]
fn word_lanes(x: u64) -> u64 {
    within(x, b'0', b'9') | within(x, b'A', b'Z') | within(x, b'a', b'z')
}

/// For ASCII lanes: the high bit of each byte that `u8::is_ascii_whitespace`
/// accepts (space, tab, line feed, form feed, carriage return; not the
/// vertical tab).
#[inline]
fn space_lanes(x: u64) -> u64 {
    equal(x, b' ') | (within(x, b'\t', b'\r') & !equal(x, 0x0b))
}

/// The word starts of a text, in order. After a match, [`WordStarts::seek`]
/// skips to its end.
pub(super) struct WordStarts<'a> {
    text: &'a str,
    /// Offset of the chunk the bits of `pending` belong to.
    chunk: usize,
    /// The word starts of that chunk not yet handed out: the high bit of
    /// their lanes.
    pending: u64,
    /// Where the scan goes on once `pending` is empty.
    next: usize,
    /// Whether the character before `next` is a word character.
    prev_word: bool,
}

impl<'a> WordStarts<'a> {
    pub(super) fn new(text: &'a str) -> WordStarts<'a> {
        WordStarts {
            text,
            chunk: 0,
            pending: 0,
            next: 0,
            prev_word: false,
        }
    }

    /// Goes on from `pos` (a character boundary after the last start handed
    /// out): starts before it are dropped.
    pub(super) fn seek(&mut self, pos: usize) {
        if pos >= self.next {
            self.pending = 0;
            self.next = pos;
            self.prev_word = word_before(self.text, pos);
        } else {
            // Word starts are a property of the text alone, so the chunk's
            // remaining ones stay valid.
            let lanes = pos.saturating_sub(self.chunk) * 8;
            self.pending &= u64::MAX.checked_shl(lanes as u32).unwrap_or(0);
        }
    }

    /// Classifies the eight ASCII bytes at `self.next` in one step, if they
    /// are there and ASCII.
    #[inline]
    fn chunk(&mut self) -> bool {
        let bytes = self.text.as_bytes();
        let Some(chunk) = bytes.get(self.next..self.next + 8) else {
            return false;
        };
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        if x & HIGH != 0 {
            return false;
        }
        let word = word_lanes(x);
        // Lane k's "previous byte is a word character" is lane k - 1's bit.
        let before = (word << 8) | (u64::from(self.prev_word) << 7);
        self.pending = !before & !space_lanes(x) & HIGH;
        self.chunk = self.next;
        self.next += 8;
        self.prev_word = word >> 63 != 0;
        true
    }

    /// One character at `self.next`: its offset if it is a word start.
    fn one(&mut self) -> Option<Option<usize>> {
        let i = self.next;
        let &b = self.text.as_bytes().get(i)?;
        let (word, len) = char_at(self.text, i)?;
        let start = !self.prev_word && !b.is_ascii_whitespace();
        self.prev_word = word;
        self.next = i + len;
        Some(start.then_some(i))
    }
}

impl Iterator for WordStarts<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        loop {
            if self.pending != 0 {
                let lane = self.pending.trailing_zeros() as usize / 8;
                self.pending &= self.pending - 1;
                return Some(self.chunk + lane);
            }
            if self.chunk() {
                continue;
            }
            if let Some(start) = self.one()? {
                return Some(start);
            }
        }
    }
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

    /// Word starts by definition, a character at a time.
    fn by_definition(text: &str) -> Vec<usize> {
        text.char_indices()
            .filter(|&(i, c)| {
                !c.is_ascii_whitespace() && !text[..i].chars().next_back().is_some_and(is_word_char)
            })
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn lanes_agree_with_bytewise_tests() {
        for b in 0..128u8 {
            for lane in 0..8 {
                let mut chunk = [b'x'; 8];
                chunk[lane] = b;
                let x = u64::from_le_bytes(chunk);
                let bit = 0x80u64 << (8 * lane);
                assert_eq!(
                    word_lanes(x) & bit != 0,
                    b.is_ascii_alphanumeric(),
                    "{b:#x}"
                );
                assert_eq!(space_lanes(x) & bit != 0, b.is_ascii_whitespace(), "{b:#x}");
            }
        }
    }

    proptest! {
        #[test]
        fn word_starts_by_definition(text in "[aZ0 \t\x0b.'-é\u{0301}\u{3000}]{0,40}") {
            prop_assert_eq!(WordStarts::new(&text).collect::<Vec<_>>(), by_definition(&text));
        }

        /// Seeking drops exactly the starts before the new position.
        #[test]
        fn seek_skips_to_a_position(text in "[aZ0 .'-é]{0,40}", at in 0..40usize, to in 0..40usize) {
            let want = by_definition(&text);
            let mut starts = WordStarts::new(&text);
            let first: Vec<usize> = starts.by_ref().take(at).collect();
            let last = first.last().map_or(0, |&s| s + 1);
            let mut to = (last + to).min(text.len());
            while !text.is_char_boundary(to) {
                to += 1;
            }
            starts.seek(to);
            let rest: Vec<usize> = starts.collect();
            let expected: Vec<usize> = want.iter().copied().skip(first.len()).filter(|&s| s >= to).collect();
            prop_assert_eq!(rest, expected);
        }
    }
}
