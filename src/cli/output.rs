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

/// Writes what `write` writes to `path`, or to standard output when `path`
/// is `None` or `-`, through a buffer: for output made piece by piece (the
/// JSON graph), which then never has to be held whole. A file is replaced
/// only when `write` succeeded, as with [`write`].
pub fn write_with(
    path: Option<&Path>,
    write: impl FnOnce(&mut (dyn Write + Send)) -> std::io::Result<()>,
) -> Result<()> {
    const BUFFER: usize = 1 << 16;
    match path {
        Some(p) if p.as_os_str() != "-" && is_special(p) => {
            let mut out = std::io::BufWriter::with_capacity(BUFFER, open_special(p)?);
            write(&mut out)
                .and_then(|()| out.flush())
                .map_err(|e| Error::io(p, e))
        }
        Some(p) if p.as_os_str() != "-" => {
            let (tmp, guard) = temp_beside(p)?;
            let mut out = std::io::BufWriter::with_capacity(BUFFER, WriteBehind::new(tmp));
            write(&mut out).map_err(|e| Error::io(p, e))?;
            let tmp = out
                .into_inner()
                .map_err(|e| Error::io(p, e.into_error()))?
                .file;
            tmp.as_file().sync_all().map_err(|e| Error::io(p, e))?;
            drop(guard);
            tmp.persist(p).map_err(|e| Error::io(p, e.error))?;
            Ok(())
        }
        _ => {
            let mut out = std::io::BufWriter::with_capacity(BUFFER, std::io::stdout());
            write(&mut out)
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
    if is_special(path) {
        let mut f = open_special(path)?;
        return f
            .write_all(contents)
            .and_then(|()| f.flush())
            .map_err(|e| Error::io(path, e));
    }
    let (mut tmp, guard) = temp_beside(path)?;
    tmp.write_all(contents)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| Error::io(path, e))?;
    drop(guard);
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// True when `path` exists and is neither a regular file nor a directory
/// (a device such as `/dev/null` or `/dev/full`, a named pipe): such a
/// target is written directly, never replaced by a renamed file.
fn is_special(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

fn open_special(path: &Path) -> Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| Error::io(path, e))
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
    /// A device or pipe, written directly.
    Special {
        path: std::path::PathBuf,
        out: std::io::BufWriter<std::fs::File>,
    },
    File {
        path: std::path::PathBuf,
        tmp: std::io::BufWriter<WriteBehind>,
        guard: CleanupGuard,
    },
}

impl Stream {
    /// Starts writing to `path`, or to standard output when `path` is
    /// `None` or `-`. Fails at once when the file's directory is not
    /// writable, before any work is done.
    pub fn create(path: Option<&Path>) -> Result<Stream> {
        let target = match path {
            Some(p) if p.as_os_str() != "-" && is_special(p) => Target::Special {
                path: p.to_path_buf(),
                out: std::io::BufWriter::new(open_special(p)?),
            },
            Some(p) if p.as_os_str() != "-" => {
                let (tmp, guard) = temp_beside(p)?;
                Target::File {
                    path: p.to_path_buf(),
                    tmp: std::io::BufWriter::new(WriteBehind::new(tmp)),
                    guard,
                }
            }
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
            Target::Special { path, out } => out
                .write_all(s.as_bytes())
                .map_err(|e| Error::io(&*path, e)),
            Target::File { path, tmp, .. } => tmp
                .write_all(s.as_bytes())
                .map_err(|e| Error::io(&*path, e)),
        }
    }

    /// Flushes, and for a file, moves it into place.
    pub fn finish(self) -> Result<()> {
        match self.target {
            Target::Stdout(mut out) => out.flush().map_err(|e| Error::io("<stdout>", e)),
            Target::Special { path, mut out } => out.flush().map_err(|e| Error::io(&path, e)),
            Target::File { path, tmp, guard } => {
                let tmp = tmp
                    .into_inner()
                    .map_err(|e| Error::io(&path, e.into_error()))?
                    .file;
                tmp.as_file().sync_all().map_err(|e| Error::io(&path, e))?;
                drop(guard);
                tmp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
                Ok(())
            }
        }
    }
}

/// A temporary output file that asks the kernel to start writing what it
/// holds to disk every [`WriteBehind::STEP`] bytes, without waiting for it.
///
/// The file is synced before it is renamed into place, so that a crash
/// never leaves a truncated output under the final name. Left to the end,
/// that sync wrote the whole output at once while nothing else was left to
/// do: 150 ms for the 130 MB of `--per-article` lines of 100 MB of
/// articles. Started early, the writing overlaps the extraction, and the
/// final sync only waits for the last few megabytes.
struct WriteBehind {
    file: tempfile::NamedTempFile,
    written: u64,
    /// Where the range not yet handed to the kernel starts.
    started: u64,
}

impl WriteBehind {
    const STEP: u64 = 8 << 20;

    fn new(file: tempfile::NamedTempFile) -> WriteBehind {
        WriteBehind {
            file,
            written: 0,
            started: 0,
        }
    }

    fn start_writeback(&mut self) {
        #[cfg(target_os = "linux")]
        {
            use std::os::fd::AsRawFd;
            // Only a hint: an error here shows again, and is reported, when
            // the file is synced at the end.
            let (Ok(offset), Ok(len)) = (
                i64::try_from(self.started),
                i64::try_from(self.written - self.started),
            ) else {
                return;
            };
            // SAFETY: the descriptor is open for as long as `self.file`
            // lives, and `sync_file_range` only reads its arguments.
            unsafe {
                libc::sync_file_range(
                    self.file.as_file().as_raw_fd(),
                    offset,
                    len,
                    libc::SYNC_FILE_RANGE_WRITE,
                );
            }
        }
        self.started = self.written;
    }
}

impl Write for WriteBehind {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.written += n as u64;
        if self.written - self.started >= Self::STEP {
            self.start_writeback();
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

fn temp_beside(path: &Path) -> Result<(tempfile::NamedTempFile, CleanupGuard)> {
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
    let tmp = builder.tempfile_in(dir).map_err(|e| {
        // The error names the temporary file, which the user never asked
        // for; a missing directory is the usual cause, and worth saying.
        if e.kind() == std::io::ErrorKind::NotFound && !dir.is_dir() {
            let why = format!(
                "directory {} does not exist; create it first",
                dir.display()
            );
            Error::io(path, std::io::Error::new(e.kind(), why))
        } else {
            Error::io(path, e)
        }
    })?;
    let guard = CleanupGuard::register(tmp.path());
    Ok((tmp, guard))
}

/// Removal of the temporary output file when the process is interrupted
/// (SIGINT, SIGTERM, SIGHUP): the default action of these signals ends the
/// process without running destructors, which would leave a `.nergraph-*`
/// file behind. While a temporary file is registered, a handler unlinks it
/// and then re-raises the signal with its default action, so the exit
/// status still says "killed by SIGINT". Only async-signal-safe calls
/// (`unlink`, `signal`, `raise`) are made in the handler.
pub(crate) struct CleanupGuard(());

#[cfg(unix)]
mod cleanup {
    use std::ffi::{c_char, c_int, CString};
    use std::sync::atomic::{AtomicPtr, Ordering};
    use std::sync::Once;

    const SIGHUP: c_int = 1;
    const SIGINT: c_int = 2;
    const SIGTERM: c_int = 15;
    const SIG_DFL: usize = 0;
    const SIG_IGN: usize = 1;

    extern "C" {
        fn signal(sig: c_int, handler: usize) -> usize;
        fn raise(sig: c_int) -> c_int;
        fn unlink(path: *const c_char) -> c_int;
    }

    /// The registered temporary file (a leaked C string), or null.
    static TEMP: AtomicPtr<c_char> = AtomicPtr::new(std::ptr::null_mut());
    static INSTALL: Once = Once::new();

    extern "C" fn on_signal(sig: c_int) {
        let p = TEMP.swap(std::ptr::null_mut(), Ordering::SeqCst);
        // SAFETY: `p` is null or a C string that is never freed; unlink,
        // signal and raise are async-signal-safe.
        unsafe {
            if !p.is_null() {
                unlink(p);
            }
            signal(sig, SIG_DFL);
            raise(sig);
        }
    }

    pub(super) fn register(path: &std::path::Path) {
        use std::os::unix::ffi::OsStrExt;
        let Ok(c) = CString::new(path.as_os_str().as_bytes()) else {
            return;
        };
        INSTALL.call_once(|| {
            // SAFETY: installs a handler that only makes async-signal-safe
            // calls.
            unsafe {
                for sig in [SIGHUP, SIGINT, SIGTERM] {
                    let old = signal(sig, on_signal as extern "C" fn(c_int) as usize);
                    // A signal ignored by the parent (nohup) stays ignored.
                    if old == SIG_IGN {
                        signal(sig, SIG_IGN);
                    }
                }
            }
        });
        // Leaked on purpose: the handler may read it at any time, so it is
        // never freed (one short string per output file).
        TEMP.store(c.into_raw(), Ordering::SeqCst);
    }

    pub(super) fn unregister() {
        TEMP.store(std::ptr::null_mut(), Ordering::SeqCst);
    }
}

#[cfg(not(unix))]
mod cleanup {
    pub(super) fn register(_: &std::path::Path) {}
    pub(super) fn unregister() {}
}

impl CleanupGuard {
    fn register(path: &Path) -> CleanupGuard {
        cleanup::register(path);
        CleanupGuard(())
    }
}

impl Drop for CleanupGuard {
    fn drop(&mut self) {
        cleanup::unregister();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What goes through the writer is the file's content, across several
    /// steps at which writing back starts.
    #[test]
    fn write_behind_keeps_every_byte() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.jsonl");
        let mut out = Stream::create(Some(&target)).unwrap();
        let line = "{\"article\":\"a\",\"n\":12345}\n".repeat(1000);
        let steps = 2 * WriteBehind::STEP as usize / line.len() + 3;
        for _ in 0..steps {
            out.write(&line).unwrap();
        }
        out.finish().unwrap();
        let written = std::fs::read_to_string(&target).unwrap();
        assert_eq!(written.len(), steps * line.len());
        assert!(written
            .lines()
            .all(|l| l == "{\"article\":\"a\",\"n\":12345}"));
    }
}
