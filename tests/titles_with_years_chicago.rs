//! Works without an author in a Chicago paper's notes, cited first in
//! full before an imprint in brackets and then again by their title:
//! titles of capitalised words only (`Famine Inquiry Report 1880
//! (Calcutta: Government Printing, 1881), 44.`), whose year closes the
//! title, and whose short form (`Famine Inquiry Report 1880, 52.`) reads
//! like an author and a year. Expected values were written by reading
//! the fixture.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{only, run, work};

const PAPER: &str = "fixtures/famine_commissions_chicago_en.txt";

#[test]
fn a_title_of_capitalised_words_before_a_bracketed_imprint_is_read() {
    let (_, doc) = run(PAPER);
    let c = only(&doc, 2);
    assert_eq!(c.kind, CitationKind::Full);
    let w = work(&doc, c);
    assert!(w.author.is_empty());
    assert_eq!(w.title.as_deref(), Some("Famine Inquiry Report 1880"));
    assert_eq!(w.publisher.as_deref(), Some("Government Printing"));
    assert_eq!(w.publisher_place.as_deref(), Some("Calcutta"));
    assert_eq!(w.issued.as_ref().and_then(|d| d.year()), Some(1881));
    assert_eq!(c.locator.as_ref().unwrap().value, "44");
}

#[test]
fn the_title_cited_again_with_its_year_is_a_short_form_of_it() {
    let (_, doc) = run(PAPER);
    let full = only(&doc, 2);
    for (note, page) in [(3, "52"), (6, "61–63")] {
        let c = only(&doc, note);
        assert_eq!(c.kind, CitationKind::Short, "note {note}");
        assert_eq!(c.status, Some(Status::Resolved), "note {note}");
        assert_eq!(c.reference, full.reference, "note {note}");
        assert_eq!(c.locator.as_ref().unwrap().value, page, "note {note}");
    }
    // Neither makes a work of its own: four works in all.
    assert_eq!(doc.references.len(), 4);
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn other_short_forms_by_title_and_author_link_as_before() {
    let (_, doc) = run(PAPER);
    assert_eq!(only(&doc, 7).reference, only(&doc, 1).reference);
    assert_eq!(only(&doc, 8).reference, only(&doc, 5).reference);
}
