//! A Polish civil-law article as pdftotext gives it: decisions cited by
//! a decision word, the court's abbreviation, the date and the docket
//! (`Wyrok SN z dnia 12 marca 2019 r., II CSK 123/18, LEX nr 2654321`),
//! and a commentary cited by its author and book alone (`A. Olejniczak,
//! [w:] Kodeks cywilny. Komentarz, …`), listed so in the bibliography.
//! Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, editors, entry, in_note, note_links, run};

const PAPER: &str = "fixtures/odpowiedzialnosc_algorytm_pdf_pl.txt";

#[test]
fn decisions_by_word_court_date_and_docket_are_cases() {
    let (_, doc) = run(PAPER);
    let four = in_note(&doc, 4);
    assert_eq!(four.len(), 3, "{four:#?}");
    let want = [
        ("SN", "II CSK 123/18", [2019, 3, 12], Some("LEX nr 2654321")),
        (
            "SN",
            "III CZP 7/20",
            [2020, 6, 5],
            Some("OSNC 2021, nr 1, poz. 3"),
        ),
        ("WSA w Warszawie", "I SA/Wa 123/18", [2019, 3, 12], None),
    ];
    for (c, (court, docket, date, report)) in four.iter().zip(want) {
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.kind, "legal_case");
        assert_eq!(f.publisher.as_deref(), Some(court));
        assert_eq!(f.title.as_deref(), Some(docket));
        assert_eq!(f.issued.as_ref().unwrap().date_parts[0], date);
        assert_eq!(f.container_title.as_deref(), report);
    }
    assert_eq!(four[2].signal.as_deref(), Some("por."));
    // A decision needs no bibliography entry.
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn a_commentary_listed_by_author_and_book_links_its_note() {
    let (_, doc) = run(PAPER);
    // 1 Olejniczak, 2 Safjan, 3 Zaradkiewicz.
    let e = entry(&doc, 1);
    assert_eq!(e.kind, "chapter");
    assert_eq!(authors(e), [("Olejniczak", "A.")]);
    assert_eq!(editors(e), [("Kidyba", "A.")]);
    assert_eq!(e.title, None);
    let r = Status::Resolved;
    use CitationKind::{Full, Ibid, Short};
    assert_eq!(
        note_links(&doc, 1),
        [(Full, r, Some(2)), (Full, r, Some(1))]
    );
    assert_eq!(
        note_links(&doc, 3),
        [(Short, r, Some(2)), (Ibid, r, Some(2))]
    );
    // The civil code cited by its act and journal is a work of the notes.
    assert_eq!(note_links(&doc, 5), [(Full, r, None), (Short, r, Some(3))]);
}
