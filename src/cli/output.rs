//! Writing results: to standard output, or atomically to a file.
//!
//! A file is written to a temporary file in the same directory and renamed
//! over the target only when complete, so an error or interruption never
//! leaves a truncated output behind.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `contents` to `path`, or to standard output when `path` is `None`
/// or `-`.
pub fn write(path: Option<&Path>, contents: &str) -> Result<()> {
    match path {
        Some(p) if p.as_os_str() != "-" => write_file(p, contents),
        _ => {
            let mut out = std::io::stdout().lock();
            out.write_all(contents.as_bytes())
                .and_then(|()| out.flush())
                .map_err(|e| Error::io("<stdout>", e))
        }
    }
}

fn write_file(path: &Path, contents: &str) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".nergraph-")
        .tempfile_in(dir)
        .map_err(|e| Error::io(path, e))?;
    tmp.write_all(contents.as_bytes())
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}
