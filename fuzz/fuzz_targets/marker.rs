//! Footnote labels at line start and note markers in running text.
//!
//! Checks that every label length and marker range lies inside the line on
//! character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opcit::syntax::marker::{footnote_label, list_label, text_markers};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for line in text.split('\n') {
        if let Some(label) = footnote_label(line) {
            assert!(
                line.is_char_boundary(label.len),
                "label length {}",
                label.len
            );
            assert!(label.number > 0);
        }
        if let Some((_, len)) = list_label(line) {
            assert!(line.is_char_boundary(len));
        }
        let mut last = 0;
        for m in text_markers(line) {
            assert!(m.start >= last && m.start < m.end && m.end <= line.len());
            assert!(line.is_char_boundary(m.start) && line.is_char_boundary(m.end));
            last = m.end;
        }
    }
});
