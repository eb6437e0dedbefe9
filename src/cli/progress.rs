//! The progress bar of long runs, and messages that must not garble it.
//!
//! A bar is drawn (with indicatif, on standard error) only when a person is
//! watching: standard error is a terminal, `--quiet` was not given, and the
//! run is long enough to matter (many articles, or JSON Lines of unknown
//! length). Otherwise nothing is drawn and messages are plain lines, so logs
//! and tests see exactly the errors and warnings.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Runs of at least this many articles get a bar.
pub const MANY: usize = 50;

/// A progress bar, or nothing.
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A bar for `len` articles (`None`: not known in advance), if one
    /// should be shown.
    pub fn new(len: Option<usize>, quiet: bool) -> Progress {
        let wanted = !quiet && std::io::stderr().is_terminal() && len.is_none_or(|n| n >= MANY);
        let bar = wanted.then(|| {
            let (bar, template) = match len {
                Some(n) => (
                    ProgressBar::with_draw_target(Some(n as u64), ProgressDrawTarget::stderr()),
                    "{bar:40} {pos}/{len} articles, {per_sec}, {eta} left",
                ),
                None => (
                    ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                    "{spinner} {pos} articles, {per_sec}",
                ),
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress { bar }
    }

    /// One more article done.
    pub fn inc(&self) {
        if let Some(b) = &self.bar {
            b.inc(1);
        }
    }

    /// Prints a line on standard error, above the bar.
    pub fn println(&self, line: &str) {
        match &self.bar {
            Some(b) => b.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    /// The bar is removed even when a run ends early with an error.
    fn drop(&mut self) {
        self.finish();
    }
}
