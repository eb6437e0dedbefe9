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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli::run(cli) {
        Ok(code) => code,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e @ nergraph::Error::Usage(_)) => {
            eprintln!("nergraph: error: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("nergraph: error: {e}");
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                eprintln!("  caused by: {s}");
                source = s.source();
            }
            ExitCode::FAILURE
        }
    }
}
