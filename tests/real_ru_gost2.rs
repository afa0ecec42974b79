//! A short Russian economics article as pdftotext gives it, its notes in
//! GOST 7.0.5 with the area dashes (`Иванов И. И. Бюджетный федерализм. –
//! М., 2019. – С. 45.`) and a `Список литературы`: a town abbreviated or
//! named alone before the year, with no publisher, is the place (`М.`,
//! `Л.`, `СПб.`, `Екатеринбург`, `Киев`), as is a town of two words (`Н.
//! Новгород`, `Ростов н/Д`); `Указ. соч.` and `Там же` find their works.
//! Expected values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, entry_number, only, run};

const RU: &str = "fixtures/byudzhet_regiony_gost_ru.txt";

#[test]
fn a_town_alone_before_the_year_is_the_place() {
    let (_, doc) = run(RU);
    for (n, title, place, year, e) in [
        (1, "Бюджетный федерализм", "М.", 2019, 1),
        (2, "Очерки истории местных финансов", "Л.", 1985, 5),
        (
            11,
            "Оценка финансовой самостоятельности регионов",
            "Екатеринбург",
            2016,
            3,
        ),
        (12, "Местные бюджеты", "Киев", 1987, 7),
    ] {
        let c = only(&doc, n);
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.kind, "book", "note {n}");
        assert_eq!(f.title.as_deref(), Some(title), "note {n}");
        assert_eq!(f.publisher_place.as_deref(), Some(place), "note {n}");
        assert_eq!(f.publisher, None, "note {n}");
        assert_eq!(
            f.issued.as_ref().and_then(|d| d.year()),
            Some(year),
            "note {n}"
        );
        assert_eq!(entry_number(&doc, c), Some(e), "note {n}");
    }
    let f = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(authors(f), [("Иванов", "И. И.")]);
}

#[test]
fn a_town_of_two_words_is_the_place_not_the_title() {
    let (_, doc) = run(RU);
    let f = only(&doc, 4).fields.as_deref().unwrap();
    assert_eq!(
        f.title.as_deref(),
        Some("Налоги и сборы субъекта Федерации")
    );
    assert_eq!(f.publisher_place.as_deref(), Some("Н. Новгород"));
    let f = only(&doc, 7).fields.as_deref().unwrap();
    assert_eq!(
        f.title.as_deref(),
        Some("Регионы России: бюджетная обеспеченность")
    );
    assert_eq!(f.publisher_place.as_deref(), Some("Ростов н/Д"));
    assert_eq!(entry_number(&doc, only(&doc, 4)), Some(2));
    assert_eq!(entry_number(&doc, only(&doc, 7)), Some(6));
    // The list's entries read so too, with their extent.
    let e = entry(&doc, 2);
    assert_eq!(e.publisher_place.as_deref(), Some("Н. Новгород"));
    assert_eq!(e.number_of_pages.as_deref(), Some("180"));
    let e = entry(&doc, 6);
    assert_eq!(
        e.title.as_deref(),
        Some("Регионы России: бюджетная обеспеченность")
    );
    assert_eq!(e.publisher_place.as_deref(), Some("Ростов н/Д"));
    assert_eq!(e.number_of_pages.as_deref(), Some("150"));
}

#[test]
fn a_place_and_a_publisher_still_read() {
    let (_, doc) = run(RU);
    let f = only(&doc, 3).fields.as_deref().unwrap();
    assert_eq!(f.publisher_place.as_deref(), Some("СПб."));
    assert_eq!(f.publisher.as_deref(), Some("Питер"));
    let f = only(&doc, 5).fields.as_deref().unwrap();
    assert_eq!(f.publisher_place.as_deref(), Some("М."));
    assert_eq!(f.publisher.as_deref(), Some("Наука"));
    assert_eq!(f.number_of_pages.as_deref(), Some("320"));
    // The same work as note 1.
    assert_eq!(only(&doc, 5).reference, only(&doc, 1).reference);
}

#[test]
fn back_references_find_their_works() {
    let (_, doc) = run(RU);
    for (n, kind, e, page) in [
        (6, CitationKind::Short, 2, "41"),
        (8, CitationKind::Ibid, 6, "15"),
        (10, CitationKind::Short, 1, "88"),
        (13, CitationKind::Ibid, 7, "21"),
    ] {
        let c = only(&doc, n);
        assert_eq!(c.kind, kind, "note {n}");
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        assert_eq!(entry_number(&doc, c), Some(e), "note {n}");
        assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some(page));
    }
}
