//! Corpora: many articles in, read in a fixed order, extracted in parallel.
//!
//! A corpus is what the user names on the command line: article files,
//! directories of `*.txt` files (walked recursively, see [`walk`]), JSON
//! Lines files of articles with metadata (see [`jsonl`]), and standard
//! input. This module turns those names into a stream of [`Article`]s:
//!
//! * **In a fixed order**: inputs in the order given, directories sorted,
//!   JSON Lines in line order, so that results never depend on the file
//!   system or on timing.
//! * **Lazily**: files are read and JSON Lines parsed only when the next
//!   article is wanted, so memory holds the articles being worked on, not
//!   the corpus (only the list of file names and the set of ids seen grow
//!   with it).
//! * **One article's problem is that article's**: an unreadable, empty,
//!   binary or non-UTF-8 article, a malformed JSON line, or an article id
//!   used twice comes out of the stream as an error naming the file (and
//!   line), in its place, and the stream goes on.
//!
//! [`driver`] runs the extraction on a thread pool while keeping this order,
//! and [`graphs`] reads back the graphs that `extract` wrote.

pub mod driver;
pub mod graphs;
pub mod jsonl;
pub mod walk;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::article::Article;
use crate::error::{Error, Result};

/// How to read the inputs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Read every file input (and `-`) as JSON Lines, whatever its name.
    pub jsonl: bool,
    /// The id of the article, when there is a single text input.
    pub article_id: Option<String>,
    /// How each article is read: `--lossy`, `--max-article-bytes`.
    pub read: crate::article::ReadOptions,
}

/// One thing to read, in corpus order.
#[derive(Debug)]
pub enum Source {
    /// A text file holding one article.
    Text {
        /// The file.
        path: PathBuf,
        /// The article id.
        id: String,
    },
    /// One article on standard input.
    Stdin {
        /// The article id.
        id: String,
    },
    /// A JSON Lines file of articles (`-` for standard input).
    Jsonl {
        /// The file.
        path: PathBuf,
    },
    /// An input that cannot be listed (an unreadable directory, a dangling
    /// link); reported in its place.
    Unreadable(Error),
}

/// The inputs of a corpus, listed but not yet read.
#[derive(Debug, Default)]
pub struct Corpus {
    /// What to read, in order.
    pub sources: Vec<Source>,
    /// Things not followed while listing (symbolic link loops, directories
    /// reached twice), for the user.
    pub warnings: Vec<String>,
    /// How each article is read.
    pub read: crate::article::ReadOptions,
}

impl Corpus {
    /// Lists `paths`: directories are walked, `*.jsonl` files (all files
    /// with `jsonl`) are JSON Lines, `-` is standard input, anything else an
    /// article file whose id is its file name without extension (its path as
    /// given, when two inputs share a file name). A missing path is listed as
    /// an article and reported when read.
    ///
    /// Fails only on a usage error: `article_id` with anything but a single
    /// article input, or `-` given twice.
    pub fn list(paths: &[PathBuf], opts: &Options) -> Result<Corpus> {
        let mut corpus = Corpus {
            read: opts.read.clone(),
            ..Corpus::default()
        };
        let is_stdin = |p: &PathBuf| p.as_os_str() == "-";
        if paths.iter().filter(|p| is_stdin(p)).count() > 1 {
            return Err(Error::Usage(
                "standard input (-) can be read only once".into(),
            ));
        }
        let is_dir = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.is_dir());
        let is_jsonl = |p: &Path| {
            opts.jsonl
                || p.extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
        };
        if opts.article_id.is_some()
            && (paths.len() != 1 || is_dir(&paths[0]) || is_jsonl(&paths[0]))
        {
            return Err(Error::Usage(
                "--article-id needs exactly one input, an article file or - (JSON Lines give ids in their \"id\" field; directories use file names)".into(),
            ));
        }
        let stem = |p: &Path| p.file_stem().map(|s| s.to_string_lossy().into_owned());
        for p in paths {
            if is_dir(p) {
                walk::walk(p, &mut corpus.sources, &mut corpus.warnings);
            } else if is_jsonl(p) {
                corpus.sources.push(Source::Jsonl { path: p.clone() });
            } else if is_stdin(p) {
                let id = opts.article_id.clone().unwrap_or_else(|| "stdin".into());
                corpus.sources.push(Source::Stdin { id });
            } else {
                let clash = paths
                    .iter()
                    .filter(|q| !is_dir(q) && !is_jsonl(q) && stem(q) == stem(p))
                    .count()
                    > 1;
                let id = match (&opts.article_id, clash, stem(p)) {
                    (Some(id), _, _) => id.clone(),
                    (None, false, Some(s)) => s,
                    _ => p.display().to_string(),
                };
                corpus.sources.push(Source::Text {
                    path: p.clone(),
                    id,
                });
            }
        }
        Ok(corpus)
    }

    /// The number of articles, when known before reading (no JSON Lines).
    pub fn len_hint(&self) -> Option<usize> {
        let mut n = 0;
        for s in &self.sources {
            match s {
                Source::Jsonl { .. } => return None,
                _ => n += 1,
            }
        }
        Some(n)
    }

    /// The articles, in order, read as they are wanted.
    pub fn articles(self) -> Articles {
        Articles {
            pending: self.pending(),
            ids: Ids::default(),
        }
    }

    /// The articles, in order, not yet read: the calling thread only lists
    /// files and cuts JSON Lines into lines, and [`Pending::read`] does the
    /// rest (reading a file, parsing a line) wherever it is called, so that
    /// a thread pool can share it. Ids are not checked: [`Ids`] does that,
    /// in corpus order.
    pub fn pending(self) -> PendingArticles {
        PendingArticles {
            sources: self.sources.into_iter(),
            lines: None,
            read: self.read,
        }
    }
}

/// One article of a corpus, not yet read or parsed (see
/// [`Corpus::pending`]).
pub struct Pending {
    kind: PendingKind,
    read: crate::article::ReadOptions,
}

enum PendingKind {
    /// Read already, or an error in its place; with the article's origin.
    Ready(String, Result<Article>),
    /// A text file holding one article.
    File { path: PathBuf, id: String },
    /// One non-blank line of a JSON Lines file.
    Line(jsonl::Line),
}

impl Pending {
    /// The bytes to parse, when known before reading (a JSON line); 0 for
    /// a file.
    pub fn bytes(&self) -> usize {
        match &self.kind {
            PendingKind::Line(line) => line.bytes().len(),
            _ => 0,
        }
    }

    /// Reads the file or parses the line: the article, or its error, and
    /// where it comes from (a path, or a file and line) for [`Ids::check`].
    pub fn read(self) -> (String, Result<Article>) {
        let (origin, article) = match self.kind {
            PendingKind::Ready(origin, article) => (origin, article),
            PendingKind::File { path, id } => (
                path.display().to_string(),
                Article::read_with(&path, Some(&id), &self.read),
            ),
            PendingKind::Line(line) => (
                format!("{}:{}", line.file_name(), line.number),
                jsonl::parse_line(line.file_name(), line.number, line.bytes()),
            ),
        };
        let read = &self.read;
        let article = article.and_then(|a| {
            read.check_size(&a.info.source, a.text.len() as u64)?;
            Ok(a)
        });
        (origin, article)
    }
}

/// The articles of a [`Corpus`] not yet read, in order (see
/// [`Corpus::pending`]).
pub struct PendingArticles {
    sources: std::vec::IntoIter<Source>,
    lines: Option<jsonl::Lines>,
    read: crate::article::ReadOptions,
}

impl Iterator for PendingArticles {
    type Item = Pending;

    fn next(&mut self) -> Option<Pending> {
        let kind = self.next_kind()?;
        Some(Pending {
            kind,
            read: self.read.clone(),
        })
    }
}

impl PendingArticles {
    fn next_kind(&mut self) -> Option<PendingKind> {
        loop {
            if let Some(lines) = &mut self.lines {
                match lines.next_line() {
                    Some(Ok(line)) => return Some(PendingKind::Line(line)),
                    Some(Err((origin, e))) => return Some(PendingKind::Ready(origin, Err(e))),
                    None => self.lines = None,
                }
            }
            let source = self.sources.next()?;
            match source {
                Source::Text { path, id } => return Some(PendingKind::File { path, id }),
                Source::Stdin { id } => {
                    return Some(PendingKind::Ready(
                        "-".into(),
                        Article::read_with(Path::new("-"), Some(&id), &self.read),
                    ));
                }
                Source::Unreadable(e) => return Some(PendingKind::Ready(String::new(), Err(e))),
                Source::Jsonl { path } => match open(&path) {
                    Ok(lines) => self.lines = Some(lines),
                    Err(e) => return Some(PendingKind::Ready(path.display().to_string(), Err(e))),
                },
            }
        }
    }
}

/// The articles of a [`Corpus`], in order: each an article, or an error
/// about one input that names it. Article ids are checked for uniqueness:
/// an article whose id was already used is an error naming both places.
pub struct Articles {
    pending: PendingArticles,
    ids: Ids,
}

impl Iterator for Articles {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Result<Article>> {
        let (origin, article) = self.pending.next()?.read();
        Some(article.and_then(|a| {
            self.ids.check(origin, &a.info.id)?;
            Ok(a)
        }))
    }
}

/// The article ids of a corpus seen so far, each with where it was read:
/// an id used twice is an error. Checked in corpus order, so the first
/// article with an id is kept and the later ones are skipped.
#[derive(Debug, Default)]
pub struct Ids(HashMap<String, String>);

impl Ids {
    /// Records `id`, read from `origin`; an error naming both places when
    /// it was seen before.
    pub fn check(&mut self, origin: String, id: &str) -> Result<()> {
        match self.0.get(id) {
            Some(first) => Err(Error::input(
                &origin,
                format!(
                    "duplicate article id '{id}', already used by {first}; skipped \
                     (article ids must be unique: rename one of the two)"
                ),
            )),
            None => {
                self.0.insert(id.to_string(), origin);
                Ok(())
            }
        }
    }
}

fn open(path: &Path) -> Result<jsonl::Lines> {
    if path.as_os_str() == "-" {
        return Ok(jsonl::Lines::new(
            "<stdin>".into(),
            Box::new(std::io::stdin()),
        ));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(Error::input(
            &path.display().to_string(),
            "is a directory, not a JSON Lines file",
        ));
    }
    // Read in large blocks, without a buffer between (see `jsonl::Lines`).
    Ok(jsonl::Lines::new(
        path.display().to_string(),
        Box::new(file),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_ids_name_both_sources() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("x.txt");
        std::fs::write(&a, "Chile met Peru.").unwrap();
        let j = d.path().join("c.jsonl");
        std::fs::write(
            &j,
            "{\"id\": \"x\", \"text\": \"Peru met Chile.\"}\n\n{\"id\": \"y\", \"text\": \"Peru.\"}\n",
        )
        .unwrap();
        let corpus = Corpus::list(&[a, j], &Options::default()).unwrap();
        assert_eq!(corpus.len_hint(), None);
        let out: Vec<Result<Article>> = corpus.articles().collect();
        assert_eq!(out.len(), 3);
        let e = out[1].as_ref().unwrap_err().to_string();
        assert!(e.contains("c.jsonl:1: duplicate article id 'x'"), "{e}");
        assert!(e.contains("x.txt"), "{e}");
        assert_eq!(out[2].as_ref().unwrap().info.id, "y");
    }

    #[test]
    fn article_id_needs_one_article_input() {
        let opts = Options {
            article_id: Some("a".into()),
            ..Options::default()
        };
        let two = [PathBuf::from("a.txt"), PathBuf::from("b.txt")];
        assert!(matches!(Corpus::list(&two, &opts), Err(Error::Usage(_))));
        let jsonl = [PathBuf::from("a.jsonl")];
        assert!(matches!(Corpus::list(&jsonl, &opts), Err(Error::Usage(_))));
    }
}
