//! The citation items of one footnote (`syntax::item::note_items`).
//!
//! Checks that every item range lies inside the note on character
//! boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opcit::grammar::Grammar;
use opcit::syntax::item::note_items;
use std::sync::LazyLock;

static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

// Compile the grammar before the first input, so that its cost is not
// counted against the per-input timeout.
fuzz_target!(init: { LazyLock::force(&GRAMMAR); }, |data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for item in note_items(&text, &GRAMMAR) {
        assert!(item.start <= item.end && item.end <= text.len());
        assert!(text.is_char_boundary(item.start) && text.is_char_boundary(item.end));
    }
});
