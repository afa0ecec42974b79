//! Author lists (`syntax::name::parse_names`), in both name orders.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opcit::grammar::Grammar;
use opcit::syntax::name::{name_key, parse_names, NameOrder};
use std::sync::LazyLock;

static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

// Compile the grammar before the first input, so that its cost is not
// counted against the per-input timeout.
fuzz_target!(init: { LazyLock::force(&GRAMMAR); }, |data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for order in [NameOrder::InvertedFirst, NameOrder::Natural] {
        let names = parse_names(&text, order, &GRAMMAR);
        for n in &names.names {
            let _ = name_key(n);
            let _ = n.display();
        }
    }
});
