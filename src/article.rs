//! Articles: the text of one news item and what we know about it.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};
use crate::graph::ArticleInfo;

/// One article to extract a graph from.
#[derive(Debug, Clone)]
pub struct Article {
    /// Id, source and metadata.
    pub info: ArticleInfo,
    /// The text, exactly as read (evidence offsets point into it).
    pub text: String,
}

impl Article {
    /// An article from text already in memory.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        let id = id.into();
        Article {
            info: ArticleInfo {
                source: id.clone(),
                id,
                ..ArticleInfo::default()
            },
            text: text.into(),
        }
    }

    /// Checks raw bytes and makes an article of them. `source` names the
    /// input in errors.
    pub fn from_bytes(id: &str, source: &str, bytes: Vec<u8>) -> Result<Article> {
        Article::from_bytes_with(id, source, bytes, &ReadOptions::default())
    }

    /// [`Article::from_bytes`] with options: `--lossy` replaces invalid
    /// UTF-8 with U+FFFD (and warns on standard error) instead of failing;
    /// `max_bytes` rejects larger articles.
    pub fn from_bytes_with(
        id: &str,
        source: &str,
        bytes: Vec<u8>,
        opts: &ReadOptions,
    ) -> Result<Article> {
        opts.check_size(source, bytes.len() as u64)?;
        // Like ripgrep: a NUL byte near the start means a binary file.
        if bytes.iter().take(8192).any(|&b| b == 0) {
            return Err(Error::Binary {
                path: source.to_string(),
            });
        }
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let offset = e.utf8_error().valid_up_to();
                let line = 1 + e.as_bytes()[..offset]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
                if !opts.lossy {
                    return Err(Error::Utf8 {
                        path: source.to_string(),
                        offset,
                        line,
                    });
                }
                eprintln!(
                    "nergraph: warning: {source}: invalid UTF-8 at byte offset {offset} \
                     (line {line}) and maybe later, replaced with U+FFFD (--lossy); \
                     evidence offsets refer to the replaced text"
                );
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        };
        if text.trim().is_empty() {
            return Err(Error::input(
                source,
                "article is empty (nothing but whitespace)",
            ));
        }
        let mut article = Article::new(id, text);
        article.info.source = source.to_string();
        Ok(article)
    }

    /// Reads a file (or standard input for `-`). The id is the file stem
    /// unless `id` is given.
    pub fn read(path: &Path, id: Option<&str>) -> Result<Article> {
        Article::read_with(path, id, &ReadOptions::default())
    }

    /// [`Article::read`] with options (see [`ReadOptions`]). A file larger
    /// than `max_bytes` is rejected before it is read.
    pub fn read_with(path: &Path, id: Option<&str>, opts: &ReadOptions) -> Result<Article> {
        let source = path.display().to_string();
        let bytes = if source == "-" {
            let mut buf = Vec::new();
            let limit = opts.max_bytes.map_or(u64::MAX, |m| m.saturating_add(1));
            std::io::stdin()
                .take(limit)
                .read_to_end(&mut buf)
                .map_err(|e| Error::io("<stdin>", e))?;
            buf
        } else {
            let mut file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
            let meta = file.metadata().map_err(|e| Error::io(path, e))?;
            if meta.is_dir() {
                return Err(Error::input(&source, "is a directory, not an article file"));
            }
            if meta.is_file() {
                opts.check_size(&source, meta.len())?;
            }
            let limit = opts.max_bytes.map_or(u64::MAX, |m| m.saturating_add(1));
            // Room for the whole file and the read that finds its end: from
            // an empty vector, `read_to_end` behind `take` (which hides the
            // size) read a news article in eight system calls, not two. A
            // reservation that fails (a huge file without a size limit) is
            // left to `read_to_end`, which reports running out of memory as
            // an error instead of aborting.
            let mut buf = Vec::new();
            if meta.is_file() {
                let room = meta.len().min(limit).saturating_add(1);
                let _ = buf.try_reserve_exact(usize::try_from(room).unwrap_or(usize::MAX));
            }
            (&mut file)
                .take(limit)
                .read_to_end(&mut buf)
                .map_err(|e| Error::io(path, e))?;
            buf
        };
        let default_id = if source == "-" {
            "stdin".to_string()
        } else {
            path.file_stem()
                .map_or_else(|| source.clone(), |s| s.to_string_lossy().into_owned())
        };
        Article::from_bytes_with(id.unwrap_or(&default_id), &source, bytes, opts)
    }
}

/// The default of `--max-article-bytes`: 64 MiB.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 64 << 20;

/// How articles are read and checked.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Replace invalid UTF-8 with U+FFFD (with a warning) instead of
    /// rejecting the article.
    pub lossy: bool,
    /// Reject articles larger than this many bytes (`None`: no limit).
    pub max_bytes: Option<u64>,
}

impl ReadOptions {
    /// Fails when an article of `len` bytes is above the size limit.
    pub fn check_size(&self, source: &str, len: u64) -> Result<()> {
        match self.max_bytes {
            Some(max) if len > max => Err(Error::input(
                source,
                format!(
                    "article is larger than --max-article-bytes {max} ({}{len} bytes); \
                     skipped (raise the limit, or 0 for none, to read it)",
                    if len == max + 1 { "at least " } else { "" }
                ),
            )),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_offset_and_line() {
        let e = Article::from_bytes("a", "a.txt", b"ok\nbad \xff here".to_vec()).unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.contains("a.txt: invalid UTF-8 at byte offset 7 (line 2)"),
            "{msg}"
        );
    }

    #[test]
    fn empty_and_binary_are_rejected() {
        assert!(Article::from_bytes("a", "a.txt", b" \n\t".to_vec())
            .unwrap_err()
            .to_string()
            .contains("empty"));
        assert!(Article::from_bytes("a", "a.bin", b"x\0y".to_vec())
            .unwrap_err()
            .to_string()
            .contains("binary"));
    }

    #[test]
    fn lossy_replaces_and_limits_apply() {
        let opts = ReadOptions {
            lossy: true,
            max_bytes: Some(100),
        };
        let a = Article::from_bytes_with("a", "a.txt", b"Chile \xff Peru".to_vec(), &opts).unwrap();
        assert_eq!(a.text, "Chile \u{FFFD} Peru");
        let e = Article::from_bytes_with("a", "a.txt", vec![b'a'; 101], &opts).unwrap_err();
        assert!(e.to_string().contains("--max-article-bytes 100"), "{e}");
    }
}
