//! The `check` renderers (human with and without colour, GitHub workflow
//! commands, SARIF) on the diagnostics of arbitrary input.
//!
//! Checks that input text never reaches the terminal as a control
//! sequence, that GitHub output has one line per diagnostic, and that
//! SARIF parses back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opcit::grammar::Grammar;
use opcit::source::SourceFile;
use opcit::{analyze, Options};
use std::sync::LazyLock;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

// Compile the grammar before the first input, so that its cost is not
// counted against the per-input timeout.
fuzz_target!(init: { LazyLock::force(&GRAMMAR); }, |data: &[u8]| {
    let source = SourceFile::from_bytes("fuzz\u{1b}[2J,:.txt", data);
    let doc = analyze(&source, &GRAMMAR, Options::default());
    if let Err(e) = invariants::check_renderers(&source, &doc.diagnostics) {
        panic!("renderer invariant broken: {e}");
    }
});
