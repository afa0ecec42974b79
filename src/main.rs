//! The `opcit` binary: parses arguments and maps the outcome to an exit code.

use clap::Parser;
use std::process::ExitCode;

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
