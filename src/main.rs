//! The `nergraph` binary: parse arguments, run, map the result to an exit
//! code (0 ok, 1 runtime error, 2 usage error).

use std::process::ExitCode;

use clap::Parser;
use nergraph::cli::{self, Cli};

// mimalloc, set up as `nergraph::allocator` says.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // SAFETY: the first statement of `main`; no other thread exists yet.
    unsafe { nergraph::allocator::keep_freed_memory() };
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
