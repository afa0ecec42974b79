//! Polish titles holding a year in brackets before a subtitle
//! (`Kowalski J., Historia Polski (1918). Zarys, Warszawa: PWN, 1990.`,
//! `J. Kowalski, Historia Polski (1918). Zarys, …, s. 12.` in a note): the
//! year is the title's, not an author-date head, while a year in brackets
//! right after the names (`Malinowska E. (2004). Drukarstwo krakowskie,
//! …`) stays their date. The paper is a short one written for the test;
//! expected values were written by reading it.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, note_links, only, run};
use CitationKind::{Full, Ibid, Short};
use Status::Resolved;

const POLISH: &str = "fixtures/drukarstwo_krakowskie_pl.txt";

#[test]
fn a_year_in_brackets_in_a_polish_title_is_no_date_of_its_author() {
    let (_, doc) = run(POLISH);
    // 1 Kowalski, 2 Malinowska, 3 Wróblewski.
    for (n, family, title, place, year) in [
        (
            1,
            "Kowalski",
            "Historia Polski (1918). Zarys",
            "Warszawa",
            1990,
        ),
        (
            3,
            "Wróblewski",
            "Prasa krakowska (1848). Studium źródłoznawcze",
            "Kraków",
            1975,
        ),
    ] {
        let e = entry(&doc, n);
        assert_eq!(authors(e).len(), 1, "{n}");
        assert_eq!(authors(e)[0].0, family, "{n}");
        assert_eq!(e.title.as_deref(), Some(title), "{n}");
        assert_eq!(e.publisher_place.as_deref(), Some(place), "{n}");
        assert_eq!(e.year(), Some(year), "{n}");
    }
    assert_eq!(entry(&doc, 1).publisher.as_deref(), Some("PWN"));
    // The same in notes, names first.
    for (note, n) in [(1, 1), (3, 3)] {
        let c = only(&doc, note);
        assert_eq!(c.kind, Full, "{note}");
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.title.as_deref(), entry(&doc, n).title.as_deref());
        assert_eq!(f.year(), entry(&doc, n).year(), "{note}");
        assert_eq!(note_links(&doc, note), [(Full, Resolved, Some(n))]);
    }
    assert_eq!(note_links(&doc, 2), [(Short, Resolved, Some(1))]);
    assert_eq!(note_links(&doc, 6), [(Short, Resolved, Some(3))]);
}

#[test]
fn a_year_in_brackets_right_after_polish_names_stays_their_date() {
    let (_, doc) = run(POLISH);
    // `Malinowska E. (2004). Drukarstwo krakowskie, …`: author-date.
    let e = entry(&doc, 2);
    assert_eq!(authors(e), [("Malinowska", "E.")]);
    assert_eq!(e.year(), Some(2004));
    assert!(e
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("Drukarstwo krakowskie")));
    assert_eq!(note_links(&doc, 4), [(Full, Resolved, Some(2))]);
    assert_eq!(note_links(&doc, 5), [(Ibid, Resolved, Some(2))]);
}
