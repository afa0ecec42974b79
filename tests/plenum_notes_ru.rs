//! A Russian law paper in GOST notes: codes by their name, date and
//! number with the official gazette after `//` (`Гражданский кодекс
//! Российской Федерации (часть вторая) от 26.01.1996 № 14-ФЗ //
//! Собрание законодательства РФ. 1996. № 5. Ст. 410`, `… // Собрание
//! законодательства РФ. 2002. № 1 (ч. 1). Ст. 1`), a resolution of the
//! Plenum of the Supreme Court (`Постановление Пленума Верховного Суда
//! РФ от 26.01.2010 № 1 «…»`), and back-references: `Там же` to the
//! note before, `Указ. соч.` to the author's work cited before, over a
//! work of others between. Expected values were written by reading the
//! fixture.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{note_links, only, run};

const PAPER: &str = "fixtures/plenum_postanovleniya_ru.txt";

#[test]
fn codes_are_read_by_name_date_and_number() {
    let doc = run(PAPER).1;
    for (n, number, year, name) in [
        (
            1,
            "14-ФЗ",
            1996,
            "Гражданский кодекс Российской Федерации (часть вторая)",
        ),
        (
            2,
            "195-ФЗ",
            2001,
            "Кодекс Российской Федерации об административных правонарушениях",
        ),
    ] {
        let f = only(&doc, n).fields.as_deref().unwrap();
        assert_eq!(f.kind, "legislation", "note {n}");
        assert_eq!(f.number.as_deref(), Some(number), "note {n}");
        assert_eq!(f.year(), Some(year), "note {n}");
        assert!(f.title.as_deref().unwrap().starts_with(name), "note {n}");
        assert_eq!(
            note_links(&doc, n),
            [(CitationKind::Full, Status::Resolved, None)],
            "note {n}"
        );
    }
    assert_ne!(only(&doc, 1).reference, only(&doc, 2).reference);
}

#[test]
fn a_plenum_resolution_is_the_courts_decision() {
    let doc = run(PAPER).1;
    let f = only(&doc, 3).fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("Пленума Верховного Суда РФ"));
    assert_eq!(f.number.as_deref(), Some("1"));
    assert_eq!(
        f.issued.as_ref().unwrap().date_parts,
        vec![vec![2010, 1, 26]]
    );
    // `Там же.` is the same resolution.
    assert_eq!(
        note_links(&doc, 4),
        [(CitationKind::Ibid, Status::Resolved, None)]
    );
    assert_eq!(only(&doc, 4).reference, only(&doc, 3).reference);
}

#[test]
fn back_references_find_the_authors_work() {
    let doc = run(PAPER).1;
    let book = only(&doc, 5).reference.clone();
    assert!(book.is_some());
    for (n, kind, page) in [
        (6, CitationKind::Short, "250"),
        (8, CitationKind::Short, "251"),
        (9, CitationKind::Ibid, "252"),
    ] {
        let c = only(&doc, n);
        assert_eq!(c.kind, kind, "note {n}");
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        assert_eq!(c.reference, book, "note {n}");
        assert_eq!(c.locator.as_ref().unwrap().value, page, "note {n}");
    }
    // The work of two others between does not catch `Указ. соч.`.
    assert_ne!(only(&doc, 7).reference, book);
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}
