//! German law writing: handbooks whose margins are numbered per part with
//! the part's letter (`Zech, a.a.O., A 45`), cited after `a.a.O.`,
//! `Ebd.` and `(Fn. 1)` by that number; and loose-leaf commentaries cited
//! with the state their leaves were brought up to (`München, Stand:
//! 1.3.2020`, `Loseblatt, Stand: März 2021`, `(Stand: 12. Erg.-Lfg.
//! 2019)`). Expected values were written by reading the fixture.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Document, Status};
use papers_support::{findings, in_note, note_links, only, run};

const PAPER: &str = "fixtures/gefahrenabwehr_loseblatt_de.txt";

fn paper() -> Document {
    run(PAPER).1
}

/// (label, value) of the locator of the citation of note `n` at `i`.
fn pin(doc: &Document, n: u32, i: usize) -> Option<(String, String)> {
    in_note(doc, n)[i]
        .locator
        .as_ref()
        .map(|l| (l.label.clone(), l.value.clone()))
}

fn margin(value: &str) -> Option<(String, String)> {
    Some(("margin".into(), value.into()))
}

#[test]
fn a_margin_number_opened_by_its_part_letter_is_the_pinpoint_of_a_short_form() {
    let doc = paper();
    // Zech's handbook is entry 8; every note naming him links to it.
    for (n, i, value) in [(2, 0, "A45"), (3, 0, "B12"), (6, 1, "C3"), (8, 0, "D7")] {
        let c = in_note(&doc, n)[i];
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        assert_eq!(papers_support::entry_number(&doc, c), Some(8), "note {n}");
        assert_eq!(pin(&doc, n, i), margin(value), "note {n}");
    }
    assert_eq!(only(&doc, 2).kind, CitationKind::Short);
    assert_eq!(in_note(&doc, 8)[0].kind, CitationKind::Supra);
    // The full citation is cited at its lettered margin number too.
    assert_eq!(only(&doc, 1).kind, CitationKind::Full);
    assert_eq!(pin(&doc, 1, 0), margin("A12"));
}

#[test]
fn the_words_of_pages_and_margin_numbers_keep_their_pinpoints_after_a_a_o() {
    let doc = paper();
    assert_eq!(pin(&doc, 4, 0), Some(("page".into(), "45".into())));
    assert_eq!(pin(&doc, 5, 1), margin("12"));
    assert_eq!(pin(&doc, 8, 1), margin("52"));
    assert_eq!(
        note_links(&doc, 5)[1],
        (CitationKind::Short, Status::Resolved, Some(2))
    );
    // `Ebd., Rn. 14` after Kugelmann.
    assert_eq!(
        note_links(&doc, 6)[0],
        (CitationKind::Ibid, Status::Resolved, Some(2))
    );
    assert_eq!(pin(&doc, 6, 0), margin("14"));
}

#[test]
fn the_paper_reads_clean() {
    let (source, doc) = run(PAPER);
    assert_eq!(findings(&source, &doc), []);
    assert_eq!(doc.citations.len(), 19);
}

/// The year, month and day of a date.
fn ymd(d: &Option<opcit::model::CslDate>) -> Option<Vec<i32>> {
    d.as_ref().map(|d| d.date_parts[0].clone())
}

#[test]
fn the_state_of_a_loose_leaf_work_is_its_date_and_no_publisher() {
    let doc = paper();
    // (entry, place, date, supplement, loose-leaf word)
    for (n, place, date, edition, genre) in [
        (1, "Stuttgart", vec![2020, 3, 1], None, None),
        (
            3,
            "München",
            vec![2021, 7],
            Some("95. EL"),
            Some("Loseblatt"),
        ),
        (4, "Neuwied", vec![2020, 3, 1], None, None),
        (6, "Köln", vec![2019], Some("12. Erg.-Lfg."), None),
        (7, "Stuttgart", vec![2021, 3], None, Some("Loseblatt")),
    ] {
        let e = papers_support::entry(&doc, n);
        assert_eq!(e.publisher_place.as_deref(), Some(place), "entry {n}");
        assert_ne!(e.publisher.as_deref(), Some("Stand"), "entry {n}");
        assert_ne!(e.publisher.as_deref(), Some("Loseblatt"), "entry {n}");
        assert_eq!(ymd(&e.issued), Some(date), "entry {n}");
        assert_eq!(e.accessed, None, "entry {n}");
        assert_eq!(e.edition.as_deref(), edition, "entry {n}");
        assert_eq!(e.genre.as_deref(), genre, "entry {n}");
    }
}

#[test]
fn a_loose_leaf_work_cited_with_its_state_in_a_note_finds_its_entry() {
    let doc = paper();
    for (n, entry) in [(9, 7), (10, 1), (11, 6), (12, 4), (14, 3)] {
        assert_eq!(
            note_links(&doc, n),
            [(CitationKind::Full, Status::Resolved, Some(entry))],
            "note {n}"
        );
        let f = only(&doc, n).fields.as_deref().unwrap();
        assert!(f.issued.is_some() && f.accessed.is_none(), "note {n}");
    }
    // `Loseblatt, Stand: März 2021`: no author list of four names.
    let f = only(&doc, 9).fields.as_deref().unwrap();
    assert_eq!(f.author.len(), 2);
    assert_eq!(f.genre.as_deref(), Some("Loseblatt"));
    assert_eq!(ymd(&f.issued), Some(vec![2021, 3]));
    // The margin number after the state, lettered or not.
    assert_eq!(pin(&doc, 12, 0), margin("E110"));
    assert_eq!(pin(&doc, 9, 0), margin("4"));
    // `Stephan/Deger, a.a.O.` after it.
    assert_eq!(
        note_links(&doc, 13),
        [(CitationKind::Short, Status::Resolved, Some(7))]
    );
}
