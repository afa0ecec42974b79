//! Works with no author, cited by their titles (Chicago 14.75): official
//! reports in notes (`Report of the Indian Famine Commission (London:
//! HMSO, 1880), 35.`) and in the bibliography (`Report of the Indian
//! Famine Commission. London: HMSO, 1880.`). A note whose prose leads into
//! an author's work (`The standard account remains David Arnold, …`) is
//! still read by its author. Expected values were written by reading the
//! input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, entry_number, note_links, only, run};

const PAPER: &str = "fixtures/famine_reports_chicago_en.txt";

#[test]
fn list_entries_without_an_author_are_read_by_their_titles() {
    let (_, doc) = run(PAPER);
    // The list: 1 Annual Report…, 2 Arnold, 3 Report of the Indian Famine
    // Commission.
    let madras = entry(&doc, 1);
    assert_eq!(
        madras.title.as_deref(),
        Some("Annual Report of the Sanitary Commissioner for Madras, 1877")
    );
    assert!(madras.author.is_empty());
    assert_eq!(madras.publisher.as_deref(), Some("Government Press"));
    assert_eq!(madras.publisher_place.as_deref(), Some("Madras"));
    assert_eq!(madras.year(), Some(1878));
    let commission = entry(&doc, 3);
    assert_eq!(
        commission.title.as_deref(),
        Some("Report of the Indian Famine Commission")
    );
    assert!(commission.author.is_empty());
    assert_eq!(commission.publisher.as_deref(), Some("HMSO"));
    assert_eq!(commission.year(), Some(1880));
    assert!(doc.references.iter().all(|r| r.unparsed.is_none()));
}

#[test]
fn notes_citing_works_by_title_link_to_their_entries() {
    let (_, doc) = run(PAPER);
    use CitationKind::{Full, Ibid, Short};
    use Status::Resolved;
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(3))]);
    assert_eq!(note_links(&doc, 2), [(Ibid, Resolved, Some(3))]);
    assert_eq!(note_links(&doc, 3), [(Full, Resolved, Some(1))]);
    let first = only(&doc, 1);
    let f = first.fields.as_deref().unwrap();
    assert_eq!(
        f.title.as_deref(),
        Some("Report of the Indian Famine Commission")
    );
    assert!(f.author.is_empty());
    // The page after the imprint is the pinpoint.
    assert_eq!(first.locator.as_ref().map(|l| l.value.as_str()), Some("35"));
    // Prose before an author's work: the author is read, not a title.
    let arnold = only(&doc, 4);
    assert_eq!(
        authors(arnold.fields.as_deref().unwrap()),
        [("Arnold", "David")]
    );
    assert_eq!(entry_number(&doc, arnold), Some(2));
    assert_eq!(note_links(&doc, 5), [(Ibid, Resolved, Some(2))]);
    assert_eq!(note_links(&doc, 6), [(Short, Resolved, Some(2))]);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}
