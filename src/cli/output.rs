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
    let mut tmp = temp_beside(path)?;
    tmp.write_all(contents.as_bytes())
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Output written piece by piece (JSON Lines of per-article graphs), with
/// the same guarantee as [`write`]: a file appears only when complete, via
/// [`Stream::finish`]; dropping an unfinished stream leaves any existing
/// file untouched and removes the temporary one.
pub struct Stream {
    target: Target,
}

enum Target {
    Stdout(std::io::BufWriter<std::io::StdoutLock<'static>>),
    File {
        path: std::path::PathBuf,
        tmp: std::io::BufWriter<tempfile::NamedTempFile>,
    },
}

impl Stream {
    /// Starts writing to `path`, or to standard output when `path` is
    /// `None` or `-`. Fails at once when the file's directory is not
    /// writable, before any work is done.
    pub fn create(path: Option<&Path>) -> Result<Stream> {
        let target = match path {
            Some(p) if p.as_os_str() != "-" => Target::File {
                path: p.to_path_buf(),
                tmp: std::io::BufWriter::new(temp_beside(p)?),
            },
            _ => Target::Stdout(std::io::BufWriter::new(std::io::stdout().lock())),
        };
        Ok(Stream { target })
    }

    /// Appends `s`.
    pub fn write(&mut self, s: &str) -> Result<()> {
        match &mut self.target {
            Target::Stdout(out) => out
                .write_all(s.as_bytes())
                .map_err(|e| Error::io("<stdout>", e)),
            Target::File { path, tmp } => tmp
                .write_all(s.as_bytes())
                .map_err(|e| Error::io(&*path, e)),
        }
    }

    /// Flushes, and for a file, moves it into place.
    pub fn finish(self) -> Result<()> {
        match self.target {
            Target::Stdout(mut out) => out.flush().map_err(|e| Error::io("<stdout>", e)),
            Target::File { path, tmp } => {
                let tmp = tmp
                    .into_inner()
                    .map_err(|e| Error::io(&path, e.into_error()))?;
                tmp.as_file().sync_all().map_err(|e| Error::io(&path, e))?;
                tmp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
                Ok(())
            }
        }
    }
}

fn temp_beside(path: &Path) -> Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".nergraph-");
    // Temporary files are private (0600); the output should not be. Keep the
    // mode of the file being replaced, else use the usual 0644.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o7777);
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    builder.tempfile_in(dir).map_err(|e| Error::io(path, e))
}
