//! Writing results: to standard output, or atomically to a file or a
//! directory.
//!
//! A file is written to a temporary file in the same directory and renamed
//! over the target only when complete, so an error or interruption never
//! leaves a truncated output behind. A directory output (several files) is
//! written as a temporary directory renamed into place when it is new, and
//! file by file, each atomically, into an existing directory.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};
use crate::export::Output;

/// Writes `contents` to `path`, or to standard output when `path` is `None`
/// or `-`.
pub fn write(path: Option<&Path>, contents: &str) -> Result<()> {
    write_bytes(path, contents.as_bytes())
}

/// Writes `contents` to `path`, or to standard output when `path` is `None`
/// or `-`.
pub fn write_bytes(path: Option<&Path>, contents: &[u8]) -> Result<()> {
    match path {
        Some(p) if p.as_os_str() != "-" => write_file(p, contents),
        _ => {
            let mut out = std::io::stdout().lock();
            out.write_all(contents)
                .and_then(|()| out.flush())
                .map_err(|e| Error::io("<stdout>", e))
        }
    }
}

/// Writes an export: a text like [`write`], files into the directory
/// `path` like [`write_dir`].
pub fn write_export(path: Option<&Path>, output: &Output) -> Result<()> {
    match output {
        Output::Text(text) => write(path, text),
        Output::Files(files) => match path {
            Some(p) if p.as_os_str() != "-" => write_dir(p, files),
            _ => Err(Error::Usage(
                "this format writes several files: name a directory with --output DIR".into(),
            )),
        },
    }
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

fn write_file(path: &Path, contents: &[u8]) -> Result<()> {
    let mut tmp = temp_beside(path)?;
    tmp.write_all(contents)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Writes `files` (`(name, contents)`) into the directory `path`. A new
/// directory is filled as a temporary directory beside it and renamed into
/// place when complete; into an existing directory each file is written
/// atomically, and files of other names are left alone.
pub fn write_dir(path: &Path, files: &[(String, String)]) -> Result<()> {
    if path.is_dir() {
        for (name, contents) in files {
            write_file(&path.join(name), contents.as_bytes())?;
        }
        return Ok(());
    }
    if path.exists() {
        return Err(Error::io(
            path,
            std::io::Error::other("exists and is not a directory"),
        ));
    }
    let tmp = tempfile::Builder::new()
        .prefix(".nergraph-")
        .tempdir_in(parent(path))
        .map_err(|e| Error::io(path, e))?;
    for (name, contents) in files {
        let p = tmp.path().join(name);
        std::fs::File::create(&p)
            .and_then(|mut f| f.write_all(contents.as_bytes()).and_then(|()| f.sync_all()))
            .map_err(|e| Error::io(path.join(name), e))?;
    }
    // The temporary directory is removed when dropped, unless renamed.
    std::fs::rename(tmp.path(), path).map_err(|e| Error::io(path, e))?;
    let _ = tmp.keep();
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
