//! A Japanese history paper as text set vertically gives it: years and
//! pages written digit by digit in Han numerals (`一九四八年`, `一二三頁`,
//! `五六―七八頁`, `（二〇一二）`), notes with `同上` and `前掲書`, and a
//! list dated in brackets. Expected values were written by reading the
//! input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, findings, note_entries, only, run};

const PAPER: &str = "fixtures/kome_shijo_kanji_ja.txt";

#[test]
fn notes_link_to_the_list_and_keep_their_pages() {
    let (source, doc) = run(PAPER);
    // The list: 1 高槻泰郎（二〇一二）, 2 宮本又次（一九四八）.
    assert_eq!(
        note_entries(&doc),
        [
            (1, CitationKind::Full, Status::Resolved, Some(2)),
            (2, CitationKind::Ibid, Status::Resolved, Some(2)),
            (3, CitationKind::Full, Status::Resolved, Some(1)),
            (4, CitationKind::Short, Status::Resolved, Some(2)),
            (4, CitationKind::Short, Status::Resolved, Some(1)),
        ]
    );
    // The years agree with the list's: no mismatch is reported.
    assert!(findings(&source, &doc).is_empty());
    let page = |n: u32| only(&doc, n).locator.as_ref().map(|l| l.value.clone());
    assert_eq!(page(1).as_deref(), Some("123"));
    assert_eq!(page(2).as_deref(), Some("145"));
    assert_eq!(page(3).as_deref(), Some("56-78"));
    let pages: Vec<_> = papers_support::in_note(&doc, 4)
        .iter()
        .map(|c| c.locator.as_ref().unwrap().value.clone())
        .collect();
    assert_eq!(pages, ["200", "99"]);
}

#[test]
fn list_entries_dated_in_han_digits_read_their_year() {
    let (_, doc) = run(PAPER);
    let takatsuki = entry(&doc, 1);
    assert_eq!(authors(takatsuki), [("高槻", "泰郎")]);
    assert_eq!(takatsuki.issued.as_ref().and_then(|d| d.year()), Some(2012));
    let miyamoto = entry(&doc, 2);
    assert_eq!(authors(miyamoto), [("宮本", "又次")]);
    assert_eq!(miyamoto.issued.as_ref().and_then(|d| d.year()), Some(1948));
    assert_eq!(miyamoto.title.as_deref(), Some("近世商業経営の研究"));
}

#[test]
fn spans_point_at_the_han_digits_as_written() {
    let (source, doc) = run(PAPER);
    let c = only(&doc, 1);
    let written = &source.text()[c.span.start..c.span.end];
    assert!(written.contains("一九四八年、一二三頁"), "{written}");
}
