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
//! The file is read one line at a time, so its size does not matter.
//!
//! Errors name the file and the line, and say what a line should look like.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::sync::{Arc, Mutex, PoisonError};

use serde_json::{Map, Value};

use crate::article::Article;
use crate::error::{Error, Result};

const EXAMPLE: &str = r#"each line must be one JSON object such as {"id": "a1", "text": "...", "date": "2024-06-19"}"#;

/// A JSON Lines file being read, one line per call.
pub(crate) struct Lines {
    /// The file's name for messages, and spare line buffers.
    pub(crate) file: Arc<File>,
    reader: Box<dyn BufRead + Send>,
    line: usize,
    /// The length of the last line read: the next one is read into a
    /// buffer of about that size, which it will be handed away in.
    last_len: usize,
    done: bool,
}

/// One non-blank line of a JSON Lines file: its file, the line's number
/// (from 1) and its bytes, to be parsed with [`parse_line`] (and then
/// given back with [`File::recycle`]).
pub(crate) type Line = (Arc<File>, usize, Vec<u8>);

/// A JSON Lines file's name, and the buffers of its lines parsed already,
/// for the next lines to be read into. Lines are parsed on other threads
/// than the one reading them: without reuse, every line would be read
/// into fresh memory, which the kernel zeroes first (that was a tenth of
/// the reading thread's time).
pub(crate) struct File {
    pub(crate) name: String,
    spare: Mutex<Vec<Vec<u8>>>,
}

/// Spare buffers kept at most.
const SPARE: usize = 256;

/// Buffers larger than this are not kept.
const SPARE_BYTES: usize = 64 << 10;

impl File {
    /// Keeps `buf`, a line's buffer no longer needed, for another line.
    pub(crate) fn recycle(&self, mut buf: Vec<u8>) {
        if buf.capacity() <= SPARE_BYTES {
            let mut spare = self.spare.lock().unwrap_or_else(PoisonError::into_inner);
            if spare.len() < SPARE {
                buf.clear();
                spare.push(buf);
            }
        }
    }

    fn buffer(&self, len: usize) -> Vec<u8> {
        let spare = self
            .spare
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        spare.unwrap_or_else(|| Vec::with_capacity(len))
    }
}

impl Lines {
    pub(crate) fn new(name: String, reader: Box<dyn BufRead + Send>) -> Lines {
        Lines {
            file: Arc::new(File {
                name,
                spare: Mutex::new(Vec::new()),
            }),
            reader,
            line: 0,
            last_len: 0,
            done: false,
        }
    }

    /// The next article, an error about one line, or `None` at the end. After
    /// a read error the file is abandoned.
    #[cfg(test)]
    pub(crate) fn next_article(&mut self) -> Option<(String, Result<Article>)> {
        Some(match self.next_line()? {
            Ok((file, line, bytes)) => (
                format!("{}:{line}", file.name),
                parse_line(&file.name, line, &bytes),
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
            let mut buf = self.file.buffer(self.last_len.clamp(64, 1 << 20) + 64);
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.line += 1;
                    self.last_len = buf.len();
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    if is_graph(&buf) {
                        // Output of `extract --per-article` given back to
                        // `extract`: one message, not one per line.
                        self.done = true;
                        let msg = "this line is a nergraph graph, not an article: the file looks like \
                                   `extract --per-article` output, which merge, diff, similarity and \
                                   stats read; the rest of the file was skipped";
                        let origin = format!("{}:{}", self.file.name, self.line);
                        return Some(Err((origin, Error::data(&self.file.name, self.line, msg))));
                    }
                    return Some(Ok((self.file.clone(), self.line, buf)));
                }
                Err(e) => {
                    self.done = true;
                    let origin = format!("{}:{}", self.file.name, self.line + 1);
                    return Some(Err((origin.clone(), Error::io(origin, e))));
                }
            }
        }
        None
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
