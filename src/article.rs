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
        if bytes.iter().take(8192).any(|&b| b == 0) {
            return Err(Error::input(
                source,
                "looks like a binary file (it contains NUL bytes); skipped",
            ));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            Error::Utf8 {
                path: source.to_string(),
                offset,
                line,
            }
        })?;
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
        let source = path.display().to_string();
        let bytes = if source == "-" {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| Error::io("<stdin>", e))?;
            buf
        } else {
            std::fs::read(path).map_err(|e| Error::io(path, e))?
        };
        let default_id = if source == "-" {
            "stdin".to_string()
        } else {
            path.file_stem()
                .map_or_else(|| source.clone(), |s| s.to_string_lossy().into_owned())
        };
        Article::from_bytes(id.unwrap_or(&default_id), &source, bytes)
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
}
