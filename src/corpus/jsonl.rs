//! Articles as JSON Lines: one JSON object per line.
//!
//! Large corpora are usually shipped as JSON Lines rather than as thousands
//! of files, and carry metadata (dates, outlets, URLs) that plain text
//! cannot. A line is
//!
//! ```json
//! {"id": "a1", "text": "...", "title": "...", "date": "2024-06-19", "url": "...", "source": "..."}
//! ```
//!
//! `id` (a string or an integer) and `text` are required; `title`, `date`,
//! `url` and `source` are optional strings (or `null`); every other field is
//! kept in the article's `extra` map. Dates must be ISO 8601 (`2024`,
//! `2024-06`, `2024-06-19`, optionally followed by a time), because edges'
//! `first_seen`/`last_seen` compare them as text. Blank lines are skipped.
//! The file is read a block of lines at a time, so its size does not
//! matter.
//!
//! Errors name the file and the line, and say what a line should look like.

use std::collections::BTreeMap;
use std::io::Read;
use std::sync::{Arc, Mutex, PoisonError};

use serde_json::{Map, Value};

use crate::article::Article;
use crate::error::{Error, Result};

const EXAMPLE: &str = r#"each line must be one JSON object such as {"id": "a1", "text": "...", "date": "2024-06-19"}"#;

/// A JSON Lines file being read, one line per call.
///
/// The file is read in blocks of many lines, straight into the memory the
/// lines are parsed from: the reading thread only finds where lines end.
/// Reading each line into a buffer of its own copied every byte once more
/// on that thread, and with two workers the reading thread competes with
/// them for the cores.
pub(crate) struct Lines {
    /// The file's name for messages, and spare blocks.
    file: Arc<File>,
    reader: Box<dyn Read + Send>,
    /// The block being cut into lines, and where its next line starts.
    block: Arc<Block>,
    at: usize,
    /// Lines seen so far, blank ones included.
    line: usize,
    /// The size of the next block: [`BLOCK`], or less after a small read
    /// (a pipe that gives a line at a time should not hold a large block
    /// for each).
    next_size: usize,
    /// The reader reported the end of the file, or an error.
    eof: bool,
    done: bool,
}

/// Bytes read at a time.
const BLOCK: usize = 256 << 10;

/// The smallest block.
const MIN_BLOCK: usize = 4 << 10;

/// One non-blank line of a JSON Lines file: its number (from 1) and its
/// bytes (with the line end), in the block it was read in, to be parsed
/// with [`parse_line`].
pub(crate) struct Line {
    block: Arc<Block>,
    pub(crate) number: usize,
    range: std::ops::Range<usize>,
}

impl Line {
    /// The line's bytes, with its line end.
    pub(crate) fn bytes(&self) -> &[u8] {
        self.block.bytes.get(self.range.clone()).unwrap_or_default()
    }

    /// The name of the line's file.
    pub(crate) fn file_name(&self) -> &str {
        &self.block.file.name
    }
}

/// Bytes read from a JSON Lines file: whole lines, and perhaps the start
/// of the next one. The lines cut from it share it, and give its memory
/// back to the file for the next block when the last one is dropped:
/// lines are parsed on other threads than the one reading them, and
/// without reuse every block would be fresh memory, which the kernel
/// zeroes first.
struct Block {
    file: Arc<File>,
    /// The buffer; bytes past `len` are left from earlier use.
    bytes: Vec<u8>,
    len: usize,
}

impl Drop for Block {
    fn drop(&mut self) {
        self.file.recycle(std::mem::take(&mut self.bytes));
    }
}

/// A JSON Lines file's name, and the buffers of its blocks parsed already.
struct File {
    name: String,
    spare: Mutex<Vec<Vec<u8>>>,
}

/// Spare buffers kept at most: more than the blocks a run has in flight.
const SPARE: usize = 64;

impl File {
    /// Keeps `buf`, a block's buffer no longer needed, for another block,
    /// unless it grew for a line longer than a block.
    fn recycle(&self, buf: Vec<u8>) {
        if buf.len() == BLOCK {
            let mut spare = self.spare.lock().unwrap_or_else(PoisonError::into_inner);
            if spare.len() < SPARE {
                spare.push(buf);
            }
        }
    }

    /// A buffer of at least `len` bytes (of any content).
    fn buffer(&self, len: usize) -> Vec<u8> {
        if len <= BLOCK {
            let spare = self
                .spare
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .pop();
            if let Some(buf) = spare {
                return buf;
            }
        }
        vec![0; len]
    }
}

impl Lines {
    pub(crate) fn new(name: String, reader: Box<dyn Read + Send>) -> Lines {
        let file = Arc::new(File {
            name,
            spare: Mutex::new(Vec::new()),
        });
        Lines {
            block: Arc::new(Block {
                file: file.clone(),
                bytes: Vec::new(),
                len: 0,
            }),
            file,
            reader,
            at: 0,
            line: 0,
            next_size: BLOCK,
            eof: false,
            done: false,
        }
    }

    /// The next article, an error about one line, or `None` at the end. After
    /// a read error the file is abandoned.
    #[cfg(test)]
    pub(crate) fn next_article(&mut self) -> Option<(String, Result<Article>)> {
        Some(match self.next_line()? {
            Ok(line) => (
                format!("{}:{}", line.file_name(), line.number),
                parse_line(line.file_name(), line.number, line.bytes()),
            ),
            Err((origin, e)) => (origin, Err(e)),
        })
    }

    /// The next non-blank line, not parsed (the caller may parse it on
    /// another thread), or an error with its origin, or `None` at the end.
    /// After a read error, or a line that is a graph, the file is
    /// abandoned.
    pub(crate) fn next_line(&mut self) -> Option<std::result::Result<Line, (String, Error)>> {
        while !self.done {
            let Some(range) = self.cut_line() else {
                if self.eof {
                    self.done = true;
                    break;
                }
                if let Err(e) = self.read_block() {
                    self.done = true;
                    let origin = format!("{}:{}", self.file.name, self.line + 1);
                    return Some(Err((origin.clone(), Error::io(origin, e))));
                }
                continue;
            };
            self.line += 1;
            let bytes = self.block.bytes.get(range.clone()).unwrap_or_default();
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            if is_graph(bytes) {
                // Output of `extract --per-article` given back to
                // `extract`: one message, not one per line.
                self.done = true;
                let msg = "this line is a nergraph graph, not an article: the file looks like \
                           `extract --per-article` output, which merge, diff, similarity and \
                           stats read; the rest of the file was skipped";
                let origin = format!("{}:{}", self.file.name, self.line);
                return Some(Err((origin, Error::data(&self.file.name, self.line, msg))));
            }
            return Some(Ok(Line {
                block: self.block.clone(),
                number: self.line,
                range,
            }));
        }
        None
    }

    /// Where the block's next line is, with its line end (the last line of
    /// a file may have none); `None` when the block holds no whole line.
    fn cut_line(&mut self) -> Option<std::ops::Range<usize>> {
        let rest = self.block.bytes.get(self.at..self.block.len)?;
        let end = match memchr::memchr(b'\n', rest) {
            Some(i) => self.at + i + 1,
            None if self.eof && !rest.is_empty() => self.block.len,
            None => return None,
        };
        let range = self.at..end;
        self.at = end;
        Some(range)
    }

    /// Reads the next block: the start of a line left over from the last
    /// one, then as much as one read gives, until the block holds a whole
    /// line or the file ends. A pipe gives what it has: its lines are
    /// handed on as they come, not once a block is full.
    fn read_block(&mut self) -> std::io::Result<()> {
        let rest = self
            .block
            .bytes
            .get(self.at..self.block.len)
            .unwrap_or_default();
        let mut buf = self.file.buffer((2 * rest.len()).max(self.next_size));
        buf.get_mut(..rest.len())
            .unwrap_or_default()
            .copy_from_slice(rest);
        let mut len = rest.len();
        // Until a line end is read: the file has ended, or a read error
        // ended it.
        self.eof = true;
        loop {
            if len == buf.len() {
                buf.resize(2 * buf.len(), 0);
            }
            let n = match self.reader.read(buf.get_mut(len..).unwrap_or_default()) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            let whole_line = memchr::memchr(b'\n', buf.get(len..len + n).unwrap_or_default());
            len += n;
            if whole_line.is_some() {
                self.eof = false;
                break;
            }
        }
        self.next_size = (2 * len).clamp(MIN_BLOCK, BLOCK);
        self.block = Arc::new(Block {
            file: self.file.clone(),
            bytes: buf,
            len,
        });
        self.at = 0;
        Ok(())
    }
}

/// True when the line is a JSON graph document rather than an article.
fn is_graph(bytes: &[u8]) -> bool {
    memchr::memmem::find(bytes, b"\"format\"").is_some()
        && serde_json::from_slice::<Value>(bytes)
            .is_ok_and(|v| v.get("format").and_then(Value::as_str) == Some("nergraph"))
}

/// Parses one non-blank line of a JSON Lines corpus into an article;
/// `file` and `line` name it in errors.
pub fn parse_line(file: &str, line: usize, bytes: &[u8]) -> Result<Article> {
    let err = |msg: String| Error::data(file, line, msg);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        err(format!(
            "invalid UTF-8 at byte {} of the line; nergraph reads UTF-8: convert the file first, e.g. with iconv",
            e.valid_up_to() + 1
        ))
    })?;
    let value: Value =
        serde_json::from_str(text).map_err(|e| err(format!("invalid JSON ({e}); {EXAMPLE}")))?;
    let Value::Object(mut obj) = value else {
        return Err(err(format!("not a JSON object; {EXAMPLE}")));
    };
    let id = match obj.remove("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s,
        Some(Value::Number(n)) if n.is_u64() || n.is_i64() => n.to_string(),
        Some(_) => return Err(err("\"id\" must be a non-empty string or an integer".into())),
        None => return Err(err(format!("missing \"id\"; {EXAMPLE}"))),
    };
    let body = match obj.remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return Err(err(format!("article '{id}': \"text\" must be a string"))),
        None => return Err(err(format!("article '{id}': missing \"text\"; {EXAMPLE}"))),
    };
    let title = optional(&mut obj, "title").map_err(|m| err(format!("article '{id}': {m}")))?;
    let date = optional(&mut obj, "date").map_err(|m| err(format!("article '{id}': {m}")))?;
    let url = optional(&mut obj, "url").map_err(|m| err(format!("article '{id}': {m}")))?;
    let source = optional(&mut obj, "source").map_err(|m| err(format!("article '{id}': {m}")))?;
    if let Some(d) = &date {
        if !is_iso_date(d) {
            return Err(err(format!(
                "article '{id}': \"date\" '{d}' is not an ISO 8601 date; \
                 write it as YYYY-MM-DD (optionally followed by a time, e.g. 2024-06-19T08:30:00Z)"
            )));
        }
    }
    let origin = format!("{file}:{line}");
    let mut article = Article::from_bytes(&id, &origin, body.into_bytes())?;
    article.info.source = source.unwrap_or(origin);
    article.info.title = title;
    article.info.date = date;
    article.info.url = url;
    article.info.extra = obj.into_iter().collect::<BTreeMap<_, _>>();
    Ok(article)
}

fn optional(
    obj: &mut Map<String, Value>,
    key: &str,
) -> std::result::Result<Option<String>, String> {
    match obj.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(format!("\"{key}\" must be a string, not {other}")),
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally followed by `T` or a space
/// and a time.
pub(crate) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let month_ok = |r: std::ops::Range<usize>| {
        digits(r.clone()) && (1..=12).contains(&s[r].parse::<u8>().unwrap_or(0))
    };
    let day_ok = |r: std::ops::Range<usize>| {
        digits(r.clone()) && (1..=31).contains(&s[r].parse::<u8>().unwrap_or(0))
    };
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && month_ok(5..7),
        10 => digits(0..4) && b[4] == b'-' && month_ok(5..7) && b[7] == b'-' && day_ok(8..10),
        // `get`: byte 10 may fall inside a character ("2024-01-1ဈ…").
        n if n > 10 => {
            s.get(..10).is_some_and(is_iso_date) && matches!(b[10], b'T' | b' ') && digits(11..13)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_cut_inside_a_character_is_not_a_date() {
        // Found by the jsonl_input fuzz target: slicing at byte 10 panicked.
        assert!(!is_iso_date("2024-01-1\u{1008}-07"));
        let e = parse_line(
            "c.jsonl",
            2,
            "{\"id\": 1, \"text\": \"x\", \"date\": \"2024-01-1\u{1008}-07\"}".as_bytes(),
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("c.jsonl:2") && e.contains("ISO 8601"), "{e}");
    }

    #[test]
    fn fields_and_extra() {
        let a = parse_line(
            "c.jsonl",
            3,
            br#"{"id": 7, "text": "Chile met Peru.", "date": "2024-06-19", "outlet": "X", "title": null}"#,
        )
        .unwrap();
        assert_eq!(a.info.id, "7");
        assert_eq!(a.info.source, "c.jsonl:3");
        assert_eq!(a.info.date.as_deref(), Some("2024-06-19"));
        assert_eq!(a.info.extra["outlet"], "X");
    }

    #[test]
    fn errors_name_the_line() {
        let cases: [&[u8]; 6] = [
            b"{\"id\": \"a\"",
            b"[1, 2]",
            b"{\"text\": \"x\"}",
            b"{\"id\": \"a\", \"text\": 5}",
            b"{\"id\": \"a\", \"text\": \"x\", \"date\": \"19 June\"}",
            b"{\"id\": \"a\", \"text\": \"\xff\"}",
        ];
        for c in cases {
            let e = parse_line("c.jsonl", 9, c).unwrap_err().to_string();
            assert!(e.starts_with("c.jsonl:9: "), "{e}");
        }
        let e = parse_line("c.jsonl", 2, br#"{"id": "a", "text": "  "}"#).unwrap_err();
        assert!(
            e.to_string().starts_with("c.jsonl:2: article is empty"),
            "{e}"
        );
    }

    /// Gives `data` in reads of the given sizes, in turn, as a pipe does.
    struct Trickle {
        data: Vec<u8>,
        at: usize,
        sizes: Vec<usize>,
        reads: usize,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let size = self.sizes[self.reads % self.sizes.len()];
            self.reads += 1;
            let n = size.min(buf.len()).min(self.data.len() - self.at);
            buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    /// The non-blank lines `next_line` gives for `data` read in reads of
    /// `sizes`, with their numbers.
    fn lines_read(data: &[u8], sizes: Vec<usize>) -> Vec<(usize, Vec<u8>)> {
        let reader = Trickle {
            data: data.to_vec(),
            at: 0,
            sizes,
            reads: 0,
        };
        let mut lines = Lines::new("t.jsonl".into(), Box::new(reader));
        std::iter::from_fn(|| lines.next_line())
            .map(|l| {
                let l = l.map_err(|(_, e)| e).unwrap();
                (l.number, l.bytes().to_vec())
            })
            .collect()
    }

    /// What `next_line` should give: the lines as `split_inclusive` cuts
    /// them, numbered from 1, without the blank ones.
    fn lines_split(data: &[u8]) -> Vec<(usize, Vec<u8>)> {
        data.split_inclusive(|&b| b == b'\n')
            .enumerate()
            .filter(|(_, l)| !l.iter().all(u8::is_ascii_whitespace))
            .map(|(i, l)| (i + 1, l.to_vec()))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn lines_are_cut_where_they_end_whatever_the_reads(
            lines in proptest::collection::vec("[a-z \t\r{}]{0,30}", 0..40),
            last_newline in proptest::bool::ANY,
            sizes in proptest::collection::vec(1usize..70, 1..8),
        ) {
            let mut data = lines.join("\n").into_bytes();
            if last_newline && !data.is_empty() {
                data.push(b'\n');
            }
            proptest::prop_assert_eq!(lines_read(&data, sizes), lines_split(&data));
        }
    }

    #[test]
    fn lines_longer_than_a_block_are_read_whole() {
        let long = "x".repeat(2 * BLOCK + 3);
        let data = format!("a\n\n{long}\nb\r\n{long}");
        for sizes in [vec![usize::MAX], vec![BLOCK / 3, 7]] {
            assert_eq!(
                lines_read(data.as_bytes(), sizes),
                lines_split(data.as_bytes())
            );
        }
        // Whole blocks are given back for the next ones; grown ones are not.
        let file = File {
            name: String::new(),
            spare: Mutex::new(Vec::new()),
        };
        file.recycle(vec![0; BLOCK]);
        file.recycle(vec![0; 2 * BLOCK]);
        assert_eq!(file.spare.lock().unwrap().len(), 1);
        assert_eq!(file.buffer(10).len(), BLOCK);
        assert_eq!(file.buffer(10).len(), 10);
    }

    #[test]
    fn a_read_error_names_the_next_line_and_ends_the_file() {
        struct Failing(usize);
        impl Read for Failing {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                self.0 += 1;
                match self.0 {
                    1 => {
                        buf[..4].copy_from_slice(b"{}\n{");
                        Ok(4)
                    }
                    2 => Err(std::io::ErrorKind::Interrupted.into()),
                    _ => Err(std::io::Error::other("disk on fire")),
                }
            }
        }
        let mut lines = Lines::new("f.jsonl".into(), Box::new(Failing(0)));
        assert_eq!(
            lines.next_line().unwrap().map_err(|_| ()).unwrap().number,
            1
        );
        let (origin, e) = lines.next_line().unwrap().err().unwrap();
        assert_eq!(origin, "f.jsonl:2");
        assert!(e.to_string().contains("disk on fire"), "{e}");
        assert!(lines.next_line().is_none());
    }

    #[test]
    fn graphs_are_not_articles() {
        let graph = br#"{"format":"nergraph","version":1,"articles":[],"nodes":[],"edges":[]}"#;
        let text = [&graph[..], b"\n", &graph[..], b"\n"].concat();
        let mut lines = Lines::new("g.jsonl".into(), Box::new(std::io::Cursor::new(text)));
        let (_, first) = lines.next_article().unwrap();
        let e = first.unwrap_err().to_string();
        assert!(
            e.starts_with("g.jsonl:1: this line is a nergraph graph"),
            "{e}"
        );
        assert!(lines.next_article().is_none());
    }

    #[test]
    fn iso_dates() {
        for ok in [
            "2024",
            "2024-06",
            "2024-06-19",
            "2024-06-19T08:30:00Z",
            "2024-06-19 08:30",
        ] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "",
            "24-06-19",
            "2024-13-01",
            "2024-06-32",
            "June 2024",
            "2024-6-1",
            "2024-06-19X",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }
}
