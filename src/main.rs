//! The `opcit` binary: parses arguments and maps the outcome to an exit code.

use clap::Parser;
use std::process::ExitCode;

/// The model is many small strings built on every core; mimalloc allocates
/// and frees them with far less work and contention than the system allocator.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = opcit::cli::Cli::parse();
    match opcit::cli::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {}", opcit::diagnostic::sanitize_for_terminal(&e.0));
            ExitCode::from(2)
        }
    }
}
