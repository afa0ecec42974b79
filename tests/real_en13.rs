//! An English Atlantic-history article in Chicago notes and bibliography,
//! as pdftotext gives it: a reprint's two imprints in one bracket
//! (`(Baltimore: …, 1973; repr., Kingston: …, 1994)`) after a name with a
//! middle initial, subtitles that end in a span of years with the imprint
//! broken onto the next line of the bibliography, and an archive's short
//! name defined last in an archival note (`(hereafter LFP)`) and used to
//! open later notes. Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, in_note, note_links, only, run};

const PAPER: &str = "fixtures/atlantic_credit_chicago_pdf_en.txt";

#[test]
fn a_reprint_after_a_middle_initial_is_one_book_of_its_first_imprint() {
    let (_, doc) = run(PAPER);
    // Note 1 was read as nothing: `Richard B.` looked like the end of a
    // Vancouver entry's names and the reprint's `;` like its year block.
    let c = only(&doc, 1);
    assert_eq!(c.kind, CitationKind::Full);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(authors(f), [("Sheridan", "Richard B.")]);
    assert_eq!(
        f.title.as_deref(),
        Some("Sugar and Slavery: An Economic History of the British West Indies, 1623–1775")
    );
    assert_eq!(
        f.publisher.as_deref(),
        Some("Johns Hopkins University Press")
    );
    assert_eq!(f.publisher_place.as_deref(), Some("Baltimore"));
    // The original's year, as the bibliography gives it first.
    assert_eq!(f.issued.as_ref().and_then(|d| d.year()), Some(1973));
    assert_eq!(c.locator.as_ref().unwrap().value, "36–41");
}

#[test]
fn a_subtitle_ending_in_years_keeps_its_imprint_line() {
    let (_, doc) = run(PAPER);
    // Five entries, each with its imprint; none opens with a place.
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 5);
    // 1 Haggerty, 2 Hancock, 3 Morgan, 4 Price, 5 Sheridan.
    let sheridan = entry(&doc, 5);
    assert_eq!(authors(sheridan), [("Sheridan", "Richard B.")]);
    assert_eq!(
        sheridan.publisher.as_deref(),
        Some("Johns Hopkins University Press")
    );
    assert_eq!(sheridan.issued.as_ref().and_then(|d| d.year()), Some(1973));
    assert_eq!(authors(entry(&doc, 1)), [("Haggerty", "Sheryllynne")]);
    assert_eq!(
        entry(&doc, 1).issued.as_ref().and_then(|d| d.year()),
        Some(2012)
    );
    // The note and its entry agree: no mismatch, nothing uncited.
    let codes: Vec<&str> = doc.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert!(!codes.contains(&"bibliography-mismatch"), "{codes:?}");
    assert!(!codes.contains(&"uncited-reference"), "{codes:?}");
    let r = Status::Resolved;
    use CitationKind::{Full, Ibid, Short};
    assert_eq!(note_links(&doc, 1), [(Full, r, Some(5))]);
    assert_eq!(
        note_links(&doc, 10),
        [(Ibid, r, Some(2)), (Short, r, Some(5))]
    );
}

#[test]
fn an_archive_named_short_after_its_first_source_opens_later_notes() {
    let (_, doc) = run(PAPER);
    let first = only(&doc, 3);
    let f = first.fields.as_deref().unwrap();
    let a = f.archive.as_deref().unwrap();
    assert_eq!(a.archive, "Bristol Archives");
    assert_eq!(a.location.as_deref(), Some("Lindo Family Papers, 28049/1"));
    assert_eq!(a.abbreviation.as_deref(), Some("LFP"));
    // The definition is no part of the description.
    assert_eq!(f.title.as_deref(), Some("ledger A"));
    assert_eq!(first.locator.as_ref().unwrap().value, "12r");
    // `LFP, 28049/2; see also …`: a source of the same archive, then the
    // book.
    let four = in_note(&doc, 4);
    assert_eq!(four.len(), 2);
    let a = four[0]
        .fields
        .as_deref()
        .unwrap()
        .archive
        .as_deref()
        .unwrap();
    assert_eq!(a.archive, "Bristol Archives");
    assert_eq!(a.location.as_deref(), Some("28049/2"));
    assert_eq!(four[1].signal.as_deref(), Some("see also"));
    // `LFP, 28049/3, letter of 4 March 1791.`
    let seven = only(&doc, 7);
    let f = seven.fields.as_deref().unwrap();
    assert_eq!(
        f.archive.as_deref().unwrap().location.as_deref(),
        Some("28049/3")
    );
    assert_eq!(
        f.issued.as_ref().map(|d| d.date_parts[0].clone()),
        Some(vec![1791, 3, 4])
    );
}
