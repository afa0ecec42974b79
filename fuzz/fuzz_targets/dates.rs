//! Dates in every language the grammar knows (`DateRules::find_all`).
//!
//! Checks that matches are ordered, do not overlap, lie on character
//! boundaries, and carry a plausible month and day.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opcit::grammar::Grammar;
use std::sync::LazyLock;

static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

// Compile the grammar before the first input, so that its cost is not
// counted against the per-input timeout.
fuzz_target!(init: { LazyLock::force(&GRAMMAR); }, |data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last = 0;
    for m in GRAMMAR.dates.find_all(&text) {
        assert!(m.start >= last && m.start < m.end && m.end <= text.len());
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        last = m.end;
        if let Some(month) = m.date.month() {
            assert!((1..=12).contains(&month), "month {month}");
        }
        if let Some(day) = m.date.day() {
            assert!((1..=31).contains(&day), "day {day}");
        }
    }
});
