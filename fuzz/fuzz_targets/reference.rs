//! One bibliography entry or full note citation
//! (`syntax::reference::parse_reference`), in both name orders.
//!
//! Checks that the author and title ranges lie inside the text on
//! character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opcit::grammar::Grammar;
use opcit::syntax::name::NameOrder;
use opcit::syntax::reference::parse_reference;
use std::sync::LazyLock;

static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

// Compile the grammar before the first input, so that its cost is not
// counted against the per-input timeout.
fuzz_target!(init: { LazyLock::force(&GRAMMAR); }, |data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for order in [NameOrder::InvertedFirst, NameOrder::Natural] {
        let parsed = parse_reference(&text, order, &GRAMMAR);
        for (a, b) in parsed.authors.into_iter().chain(parsed.title) {
            assert!(a <= b && b <= text.len(), "range {a}..{b} of {}", text.len());
            assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
        }
    }
});
