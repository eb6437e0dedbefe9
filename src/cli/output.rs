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
    let mut tmp = tempfile::Builder::new()
        .prefix(".nergraph-")
        .tempfile_in(parent(path))
        .map_err(|e| Error::io(path, e))?;
    tmp.write_all(contents)
        .and_then(|()| keep_mode(path, tmp.as_file()))
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Gives the temporary file the mode of the file it replaces, or the usual
/// 0644 for a new one: temporary files are created private (0600), which
/// would make pictures and web pages unreadable to others.
#[cfg(unix)]
fn keep_mode(path: &Path, file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o7777);
    file.set_permissions(std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn keep_mode(_path: &Path, _file: &std::fs::File) -> std::io::Result<()> {
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
