//! Reading saved graphs: a JSON graph (`extract`, `merge`) or JSON Lines of
//! graphs, one per line (`extract --per-article`).
//!
//! The commands that read graphs (`merge`, `diff`, `similarity`, `stats`)
//! accept both without being told which: a file whose first non-blank line
//! is a whole JSON document is JSON Lines, anything else one (pretty-printed)
//! document. JSON Lines are read one line at a time, so a file of a million
//! per-article graphs is merged in the memory of the result. Errors name the
//! file and, for JSON Lines, the line.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::export::json;
use crate::graph::Graph;

/// The graphs of one file, in order.
pub struct Graphs {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
    jsonl: bool,
    done: bool,
}

/// Opens a graph file (`-` for standard input).
pub fn open(path: &Path) -> Result<Graphs> {
    let (name, reader): (String, Box<dyn BufRead>) = if path.as_os_str() == "-" {
        ("<stdin>".into(), Box::new(BufReader::new(std::io::stdin())))
    } else {
        let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        if f.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(Error::input(
                &path.display().to_string(),
                "is a directory; give the graph files (JSON or JSON Lines) inside it",
            ));
        }
        (path.display().to_string(), Box::new(BufReader::new(f)))
    };
    Ok(Graphs {
        name,
        reader,
        line: 0,
        jsonl: false,
        done: false,
    })
}

impl Graphs {
    /// The file's name, as used in messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Where the graph returned last was read: `FILE:LINE` for JSON Lines,
    /// else `FILE`.
    pub fn origin(&self) -> String {
        if self.jsonl {
            format!("{}:{}", self.name, self.line)
        } else {
            self.name.clone()
        }
    }

    fn read_line(&mut self) -> Result<Option<String>> {
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let n = self
                .reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| Error::io(&self.name, e))?;
            if n == 0 {
                return Ok(None);
            }
            self.line += 1;
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return String::from_utf8(buf).map(Some).map_err(|_| {
                Error::data(
                    &self.name,
                    self.line,
                    "invalid UTF-8; this is not a graph written by nergraph",
                )
            });
        }
    }

    fn next_graph(&mut self) -> Result<Option<Graph>> {
        let Some(line) = self.read_line()? else {
            return Ok(None);
        };
        let origin = format!("{}:{}", self.name, self.line);
        if self.jsonl {
            return json::from_str(&origin, &line).map(Some);
        }
        if self.line_is_document(&line) {
            self.jsonl = true;
            return json::from_str(&origin, &line).map(Some);
        }
        // One pretty-printed document: the rest of the file.
        let mut text = line;
        self.reader
            .read_to_string(&mut text)
            .map_err(|e| Error::io(&self.name, e))?;
        // Line numbers in parser errors count from the first non-blank line.
        let skipped = "\n".repeat(self.line - 1);
        self.done = true;
        json::from_str(&self.name, &(skipped + &text)).map(Some)
    }

    fn line_is_document(&self, line: &str) -> bool {
        serde_json::from_str::<serde_json::Value>(line).is_ok_and(|v| v.is_object())
    }
}

impl Iterator for Graphs {
    type Item = Result<Graph>;

    fn next(&mut self) -> Option<Result<Graph>> {
        if self.done {
            return None;
        }
        match self.next_graph() {
            Ok(Some(g)) => Some(Ok(g)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                // A JSON Lines file goes on after a bad line; a document ends.
                self.done |= !self.jsonl;
                Some(Err(e))
            }
        }
    }
}

/// Reads and merges every graph in `paths`. `warn` is told about articles
/// that occur in more than one of the graphs: their evidence is united, but
/// their entities' mentions are counted once per graph.
pub fn merge_files(paths: &[PathBuf], warn: impl FnMut(String)) -> Result<Graph> {
    merge_files_with(paths, None, warn)
}

/// [`merge_files`] keeping at most `max_evidence` evidence items per edge
/// while merging (see [`Graph::set_max_evidence`]), so memory stays bounded
/// however many graphs are merged.
pub fn merge_files_with(
    paths: &[PathBuf],
    max_evidence: Option<usize>,
    mut warn: impl FnMut(String),
) -> Result<Graph> {
    let mut merged = Graph::new();
    merged.set_max_evidence(max_evidence);
    for p in paths {
        let graphs = open(p)?;
        let name = graphs.name().to_string();
        let mut repeated = BTreeSet::new();
        for g in graphs {
            let g = g?;
            repeated.extend(
                g.articles()
                    .into_iter()
                    .filter(|a| merged.article(&a.id).is_some())
                    .map(|a| a.id.clone()),
            );
            merged.merge(g);
        }
        if !repeated.is_empty() {
            let some: Vec<&str> = repeated.iter().take(3).map(String::as_str).collect();
            warn(format!(
                "{name}: {} article(s) already in an earlier graph ({}{}); their evidence is \
                 counted once, but their mentions are added again",
                repeated.len(),
                some.join(", "),
                if repeated.len() > 3 { ", ..." } else { "" }
            ));
        }
    }
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Extractor};

    #[test]
    fn json_and_json_lines_read_alike() {
        let x = Extractor::builtin().unwrap();
        let a = x.extract(&Article::new("a", "Vladimir Putin met Kim Jong Un."));
        let b = x.extract(&Article::new("b", "Chile met Peru."));
        let d = tempfile::tempdir().unwrap();
        let lines = d.path().join("g.jsonl");
        std::fs::write(&lines, json::to_line(&a) + "\n" + &json::to_line(&b)).unwrap();
        let pretty = d.path().join("g.json");
        std::fs::write(
            &pretty,
            json::to_string(&Graph::merged([a.clone(), b.clone()])),
        )
        .unwrap();
        let from_lines = merge_files(std::slice::from_ref(&lines), |_| {}).unwrap();
        let from_pretty = merge_files(&[pretty], |_| {}).unwrap();
        assert_eq!(json::to_string(&from_lines), json::to_string(&from_pretty));
        let n: Vec<_> = open(&lines).unwrap().collect();
        assert_eq!(n.len(), 2);
    }

    #[test]
    fn errors_name_the_line() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("g.jsonl");
        let x = Extractor::builtin().unwrap();
        let a = json::to_line(&x.extract(&Article::new("a", "Chile met Peru.")));
        std::fs::write(&p, format!("{a}{{\"format\": \"nergraph\"}}\n")).unwrap();
        let e = merge_files(&[p], |_| {}).unwrap_err().to_string();
        assert!(e.contains("g.jsonl:2: invalid nergraph JSON"), "{e}");
        let p = d.path().join("bad.json");
        std::fs::write(&p, "\n{\n  \"format\": \"nergraph\",\n  oops\n}\n").unwrap();
        let e = merge_files(&[p], |_| {}).unwrap_err().to_string();
        assert!(
            e.contains("bad.json: invalid nergraph JSON") && e.contains("line 4"),
            "{e}"
        );
    }
}
