//! Segmentation into body, footnotes and bibliography (`segment::segment`),
//! in each input format.
//!
//! Checks that the view keeps the input's length and that every span it
//! returns lies inside the input on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opcit::grammar::Grammar;
use opcit::segment::{segment, InputFormat};
use opcit::source::Span;
use std::sync::LazyLock;

static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

fn inside(text: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

// Compile the grammar before the first input, so that its cost is not
// counted against the per-input timeout.
fuzz_target!(init: { LazyLock::force(&GRAMMAR); }, |data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let format = match selector % 3 {
        0 => InputFormat::Text,
        1 => InputFormat::Markdown,
        _ => InputFormat::Html,
    };
    let text = String::from_utf8_lossy(rest);
    let seg = segment(&text, format, &GRAMMAR);
    assert_eq!(seg.view.len(), text.len(), "the view changes the length");
    let spans = seg
        .notes
        .iter()
        .flat_map(|n| n.pieces.iter().copied().chain([n.label]))
        .chain(seg.markers.iter().map(|m| m.span))
        .chain(seg.body.iter().copied())
        .chain(seg.bibliography_heading)
        .chain(seg.bibliography_span)
        .chain(seg.entries.iter().flat_map(|e| e.pieces.iter().copied()));
    for s in spans {
        assert!(inside(&text, s), "span {s:?} of {}", text.len());
    }
});
