//! The `nergraph` binary: parse arguments, run, map the result to an exit
//! code (0 ok, 1 runtime error, 2 usage error).

use std::process::ExitCode;

use clap::Parser;
use nergraph::cli::{self, Cli};

// Extraction makes many small, short-lived allocations (tokens, mentions,
// evidence strings) on several threads; mimalloc serves them with less
// locking and fewer page faults than the system allocator (docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_t`, in
/// mimalloc.h of mimalloc 3; the Rust bindings name no constant for it).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Tells mimalloc to keep the memory freed during the run instead of
/// handing it back to the kernel a second after it is freed.
///
/// A run frees and reallocates the same memory all along: each article's
/// text, tokens and graph, the blocks of input of the reading thread. Handed
/// back, that memory came back as fresh pages, and on a machine with
/// transparent huge pages the kernel zeroed 2 MB for each: up to a third of
/// the reading thread's time and a few percent of the workers'. Kept, it is
/// reused, for 10–25% more peak memory (docs/performance.md, "Two threads:
/// the tail and the allocator"); it returns to the system when the process
/// exits. `MIMALLOC_PURGE_DELAY` in the environment still decides, when it
/// is set.
fn keep_freed_memory() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets an integer option; called before any other thread
        // exists, as mimalloc asks of `mi_option_set`.
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) }
    }
}

fn main() -> ExitCode {
    keep_freed_memory();
    let cli = Cli::parse();
    match cli::run(cli) {
        Ok(code) => code,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e @ nergraph::Error::Usage(_)) => {
            eprintln!("nergraph: error: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            let mut said = e.to_string();
            eprintln!("nergraph: error: {said}");
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                // Most messages already end with their cause's text.
                let cause = s.to_string();
                if !said.contains(&cause) {
                    eprintln!("  caused by: {cause}");
                    said.push_str(&cause);
                }
                source = s.source();
            }
            ExitCode::FAILURE
        }
    }
}
