//! German-language law papers as pdftotext gives them, third round: a book
//! cited by the report or series it appears in (`Zech, Gutachten A zum 73.
//! Deutschen Juristentag`). Expected values were written by reading the
//! inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{entry, findings, note_links, only, run, run_text};

const PAPER: &str = "fixtures/haftung_rechtsvergleich_pdf_de.txt";

#[test]
fn the_series_after_a_book_s_title_is_its_collection_title() {
    let (_, doc) = run(PAPER);
    // The list: 1 Riehm (ePerson), 2 Riehm (Verschulden), 3 Wagner, 4 Zech.
    let riehm = entry(&doc, 1);
    assert_eq!(riehm.title.as_deref(), Some("Nein zur ePerson!"));
    assert_eq!(
        riehm.collection_title.as_deref(),
        Some("Schriften zum Recht der Digitalisierung")
    );
    assert_eq!(riehm.volume.as_deref(), Some("4"));
    assert_eq!(riehm.publisher_place.as_deref(), Some("Tübingen"));
    assert_eq!(riehm.kind, "book");
    let wagner = entry(&doc, 3);
    assert_eq!(
        wagner.collection_title.as_deref(),
        Some("Gutachten für das Bundesministerium der Justiz")
    );
    assert_eq!(wagner.publisher_place.as_deref(), Some("Berlin"));
    let zech = entry(&doc, 4);
    assert_eq!(
        zech.title.as_deref(),
        Some("Entscheidungen digitaler autonomer Systeme: Empfehlen sich Regelungen zu Verantwortung und Haftung?")
    );
    assert_eq!(
        zech.collection_title.as_deref(),
        Some("Gutachten A zum 73. Deutschen Juristentag")
    );
    assert_eq!(zech.publisher_place.as_deref(), Some("München"));
}

#[test]
fn a_note_naming_the_report_finds_the_book() {
    let (source, doc) = run(PAPER);
    use CitationKind::{Full, Ibid, Short};
    use Status::Resolved;
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(4))]);
    assert_eq!(
        note_links(&doc, 2),
        [(Short, Resolved, Some(4)), (Full, Resolved, Some(3))]
    );
    // Two books of one series: each note finds its own by the title.
    assert_eq!(note_links(&doc, 3), [(Full, Resolved, Some(1))]);
    assert_eq!(note_links(&doc, 4), [(Full, Resolved, Some(2))]);
    assert_eq!(note_links(&doc, 5), [(Ibid, Resolved, Some(2))]);
    assert!(findings(&source, &doc).is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn a_series_shared_by_two_books_names_neither() {
    let doc = run_text(
        "Text.1\n\n1 Riehm, Schriften zum Recht der Digitalisierung, 2020, S. 5.\n\nLiteraturverzeichnis\n\nRiehm, Thomas: Nein zur ePerson!, Schriften zum Recht der Digitalisierung, Bd. 4, Tübingen 2020.\nRiehm, Thomas: Abschied vom Verschulden, Schriften zum Recht der Digitalisierung, Bd. 7, Tübingen 2020.\n",
    );
    let note = only(&doc, 1);
    assert_eq!(note.kind, CitationKind::Full);
    assert_eq!(papers_support::entry_number(&doc, note), None);
}

#[test]
fn the_gutachten_of_the_juristentag_is_the_listed_book() {
    // The list: 1 Spindler, 2 Thöne, 3 Wagner, 4 Zech; notes 2 and 8 cite
    // Zech's Gutachten by its report.
    let (_, doc) = run("fixtures/haftung_algorithmen_pdf_de.txt");
    assert_eq!(
        note_links(&doc, 2),
        [(CitationKind::Full, Status::Resolved, Some(4))]
    );
    assert_eq!(
        note_links(&doc, 8),
        [(CitationKind::Short, Status::Resolved, Some(4))]
    );
    assert!(doc.diagnostics.iter().all(|d| !d.message.contains("Zech")));
}
