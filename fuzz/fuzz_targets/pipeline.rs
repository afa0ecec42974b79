//! The whole pipeline: bytes → `SourceFile::from_bytes` → `analyze` →
//! `to_wire` → JSON, with every invariant of `tests/invariants` checked.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opcit::grammar::Grammar;
use opcit::segment::InputFormat;
use opcit::source::SourceFile;
use opcit::{analyze, Options};
use std::sync::LazyLock;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

// Compile the grammar before the first input, so that its cost is not
// counted against the per-input timeout.
fuzz_target!(init: { LazyLock::force(&GRAMMAR); }, |data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let format = match selector % 4 {
        0 => None,
        1 => Some(InputFormat::Text),
        2 => Some(InputFormat::Markdown),
        _ => Some(InputFormat::Html),
    };
    let source = SourceFile::from_bytes("fuzz.txt", rest);
    let doc = analyze(&source, &GRAMMAR, Options { format });
    if let Err(e) = invariants::check_spans(&source, &doc)
        .and_then(|()| invariants::check_links(&doc))
        .and_then(|()| invariants::check_wire(&source, &doc).map(drop))
    {
        panic!("invariant broken: {e}");
    }
});
