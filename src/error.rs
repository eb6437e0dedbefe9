//! One error type for the library.
//!
//! Messages are written for the person running the tool: they name the file,
//! the line or byte offset, and what to do about it. Errors are created through
//! the small constructors below so that call sites stay short and new fields do
//! not ripple through the code.

use std::path::Path;

/// The result type used throughout nergraph.
pub type Result<T> = std::result::Result<T, Error>;

/// Everything that can go wrong while loading data, reading articles or
/// writing graphs.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A gazetteer or lexicon file has a malformed line.
    #[error("{path}:{line}: {msg}")]
    Data {
        /// The file, as the user named it (or `builtin:NAME` for compiled-in data).
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong and how to fix it.
        msg: String,
    },
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file that could not be read or written.
        path: String,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// An input article is not valid UTF-8.
    #[error(
        "{path}: invalid UTF-8 at byte offset {offset} (line {line}); \
         nergraph reads UTF-8 text: convert the file first, e.g. with iconv"
    )]
    Utf8 {
        /// The article's source.
        path: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
    },
    /// An input looks like a binary file (NUL bytes near its start); it is
    /// skipped with a warning, like ripgrep does.
    #[error("{path}: looks like a binary file (it contains NUL bytes); skipped")]
    Binary {
        /// The article's source.
        path: String,
    },
    /// An input article cannot be used (empty, too large, ...).
    #[error("{path}: {msg}")]
    Input {
        /// The article's source.
        path: String,
        /// Why it was rejected.
        msg: String,
    },
    /// A command-line combination that makes no sense.
    #[error("{0}")]
    Usage(String),
    /// An outside program (Graphviz) is missing or failed.
    #[error("{program}: {msg}")]
    External {
        /// The program.
        program: String,
        /// What went wrong and what to do about it.
        msg: String,
    },
    /// A JSON graph could not be read or written.
    #[error("{path}: invalid nergraph JSON: {source}")]
    Json {
        /// The file being read or written.
        path: String,
        /// The parser's error, with line and column.
        #[source]
        source: serde_json::Error,
    },
}

impl Error {
    pub(crate) fn data(path: &str, line: usize, msg: impl Into<String>) -> Error {
        Error::Data {
            path: path.to_string(),
            line,
            msg: msg.into(),
        }
    }

    pub(crate) fn io(path: impl AsRef<Path>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.as_ref().display().to_string(),
            source,
        }
    }

    pub(crate) fn input(path: &str, msg: impl Into<String>) -> Error {
        Error::Input {
            path: path.to_string(),
            msg: msg.into(),
        }
    }

    /// True when the error is a closed pipe on output, which a command-line
    /// tool should treat as a quiet, successful end (`nergraph ... | head`).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }
}
