//! A law review article in Bluebook form, written for these tests:
//! newspapers by the abbreviations of table T13 in print and online, bills
//! of Congress by their numbers beside a hearing, The Federalist cited by
//! number with its author in brackets, and bodies whose abbreviated names
//! end in a period; each also cited again by `Id.` or `supra note`.
//! Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, in_note, only, run, work};

const PAPER: &str = "fixtures/bluebook_newspapers_bills_en.txt";

#[test]
fn newspapers_abbreviated_by_table_t13_are_newspapers() {
    let (_, doc) = run(PAPER);
    // (note, paper as written, year, month, day, page cited)
    for (n, paper, (y, m, d), page) in [
        (1, "WALL ST. J.", (2020, 3, 3), None),
        (3, "WASH. POST", (2019, 4, 2), Some("B3")),
        (4, "Wall St. J.", (2018, 6, 1), Some("A2")),
        (5, "CHI. TRIB.", (2017, 2, 11), Some("5")),
        (6, "FIN. TIMES", (2021, 1, 5), Some("1")),
    ] {
        let c = only(&doc, n);
        let w = work(&doc, c);
        assert_eq!(w.kind, "article-newspaper", "note {n}: {w:#?}");
        assert_eq!(w.container_title.as_deref(), Some(paper), "note {n}");
        assert!(w.publisher.is_none(), "note {n}");
        let day = w.issued.as_ref().unwrap();
        assert_eq!(
            (day.year(), day.month(), day.day()),
            (Some(y), Some(m), Some(d)),
            "note {n}"
        );
        assert_eq!(
            c.locator.as_ref().map(|l| l.value.as_str()),
            page,
            "note {n}"
        );
    }
    let wsj = work(&doc, only(&doc, 1));
    assert_eq!(
        wsj.title.as_deref(),
        Some("Banks Quietly Buy Location Data")
    );
    assert_eq!(authors(wsj), vec![("Doe", "Jane")]);
    assert!(wsj
        .url
        .as_deref()
        .unwrap()
        .starts_with("https://www.wsj.com/"));
    // Two authors, and a headline with a comma of its own.
    let lenders = work(&doc, only(&doc, 4));
    assert_eq!(authors(lenders), vec![("Smith", "Mary"), ("Grey", "Paul")]);
    let police = work(&doc, only(&doc, 5));
    assert_eq!(
        police.title.as_deref(),
        Some("Police Bought Phone Data, Records Show")
    );
    assert!(police.publisher_place.is_none());
}

#[test]
fn a_law_review_abbreviated_with_j_stays_a_journal() {
    let (_, doc) = run(PAPER);
    // `129 YALE L.J. 100, 110 (2019)`.
    let c = only(&doc, 7);
    let w = work(&doc, c);
    assert_eq!(w.kind, "article-journal");
    assert_eq!(w.container_title.as_deref(), Some("YALE L.J."));
    assert_eq!(w.volume.as_deref(), Some("129"));
    assert_eq!(w.page.as_deref(), Some("100"));
    assert_eq!(c.locator.as_ref().unwrap().value, "110");
}

#[test]
fn short_forms_of_newspaper_articles_link_to_them() {
    let (_, doc) = run(PAPER);
    // `Id.` after the online article.
    let id = only(&doc, 2);
    assert_eq!(id.kind, CitationKind::Ibid);
    assert_eq!(id.reference, only(&doc, 1).reference);
    // `Doe, supra note 1; Smith & Grey, supra note 4, at A3.`
    let notes = in_note(&doc, 8);
    assert_eq!(notes.len(), 2);
    assert!(notes.iter().all(|c| c.status == Some(Status::Resolved)));
    assert_eq!(notes[0].reference, only(&doc, 1).reference);
    assert_eq!(notes[1].reference, only(&doc, 4).reference);
    assert_eq!(notes[1].locator.as_ref().unwrap().value, "A3");
}

#[test]
fn bills_and_resolutions_are_bills_by_their_numbers() {
    let (_, doc) = run(PAPER);
    // (note, title, number, congress, year)
    for (n, title, number, congress, year) in [
        (
            9,
            Some("Location Data Protection Act"),
            "H.R. 2701",
            "117th Cong.",
            2021,
        ),
        (
            10,
            Some("Consumer Data Privacy Act"),
            "S. 1409",
            "117th Cong.",
            2021,
        ),
        (11, None, "H.R. Res. 112", "116th Cong.", 2019),
        (14, None, "S. Res. 45", "118th Cong.", 2023),
    ] {
        let c = only(&doc, n);
        assert_eq!(c.kind, CitationKind::Full, "note {n}");
        // `S. Res. 45` opens the note: no signal `S.`.
        assert!(c.signal.is_none(), "note {n}: {c:#?}");
        let w = work(&doc, c);
        assert_eq!(w.kind, "bill", "note {n}: {w:#?}");
        assert_eq!(w.title.as_deref(), title, "note {n}");
        assert_eq!(w.number.as_deref(), Some(number), "note {n}");
        assert_eq!(w.container_title.as_deref(), Some(congress), "note {n}");
        assert_eq!(w.issued.as_ref().and_then(|d| d.year()), Some(year));
    }
    // `S. 1409, 117th Cong. § 3 (2021)`: the section cited.
    let s = only(&doc, 10).locator.as_ref().unwrap();
    assert_eq!((s.label.as_str(), s.value.as_str()), ("section", "§ 3"));
    // `Id. pmbl.` repeats the resolution of the note before.
    let id = only(&doc, 12);
    assert_eq!(id.kind, CitationKind::Ibid);
    assert_eq!(id.reference, only(&doc, 11).reference);
    // Each bill is a work of its own.
    let mut refs: Vec<_> = [9, 10, 11, 14]
        .iter()
        .map(|&n| only(&doc, n).reference.clone())
        .collect();
    refs.dedup();
    assert_eq!(refs.len(), 4);
}

#[test]
fn a_hearing_before_a_committee_stays_a_hearing() {
    let (_, doc) = run(PAPER);
    // `Protecting Consumer Data: Hearing Before the S. Comm. on Com., Sci.,
    // & Transp., 116th Cong. 12 (2019) (statement of …)`.
    let w = work(&doc, only(&doc, 13));
    assert_eq!(w.kind, "hearing");
    assert!(w.number.is_none());
    assert!(w
        .title
        .as_deref()
        .unwrap()
        .starts_with("Protecting Consumer Data: Hearing Before the S. Comm."));
    assert_eq!(w.container_title.as_deref(), Some("116th Cong."));
}

#[test]
fn the_federalist_by_number_with_its_author_in_a_bracket() {
    let (_, doc) = run(PAPER);
    // `THE FEDERALIST NO. 10 (James Madison).`: no edition, no date.
    let c = only(&doc, 15);
    assert_eq!(c.kind, CitationKind::Full);
    let ten = work(&doc, c);
    assert_eq!(ten.title.as_deref(), Some("THE FEDERALIST NO. 10"));
    assert_eq!(authors(ten), vec![("Madison", "James")]);
    assert!(ten.issued.is_none());
    assert!(c.locator.is_none());
    // `THE FEDERALIST NO. 78, at 465 (Alexander Hamilton) (Clinton
    // Rossiter ed.,\n1961).`
    let c = only(&doc, 16);
    let w = work(&doc, c);
    assert_eq!(w.title.as_deref(), Some("THE FEDERALIST NO. 78"));
    assert_eq!(authors(w), vec![("Hamilton", "Alexander")]);
    assert_eq!(papers_support::editors(w), vec![("Rossiter", "Clinton")]);
    assert_eq!(w.issued.as_ref().and_then(|d| d.year()), Some(1961));
    assert_eq!(c.locator.as_ref().unwrap().value, "465");
    assert_ne!(c.reference, only(&doc, 15).reference);
    // `Id. at 466.` and `THE FEDERALIST NO. 78, supra note 16, at 470.`
    let id = only(&doc, 17);
    assert_eq!(id.reference, c.reference);
    assert_eq!(id.locator.as_ref().unwrap().value, "466");
    let supra = only(&doc, 18);
    assert_eq!(supra.kind, CitationKind::Supra);
    assert_eq!(supra.status, Some(Status::Resolved));
    assert_eq!(supra.reference, c.reference);
    assert_eq!(supra.locator.as_ref().unwrap().value, "470");
    // Nothing in these notes is unread.
    assert!(
        doc.diagnostics
            .iter()
            .all(|d| !matches!(d.footnote, Some(15..=18))),
        "{:#?}",
        doc.diagnostics
    );
}

#[test]
fn bodies_abbreviated_in_small_capitals_keep_their_final_period() {
    let (_, doc) = run(PAPER);
    // `U.S. DEP'T OF JUST., INVESTIGATIVE USES OF COMMERCIAL DATA 5 (2019).`
    let c = only(&doc, 19);
    let w = work(&doc, c);
    assert_eq!(w.author.len(), 1);
    assert_eq!(w.author[0].literal.as_deref(), Some("U.S. DEP'T OF JUST."));
    assert_eq!(
        w.title.as_deref(),
        Some("INVESTIGATIVE USES OF COMMERCIAL DATA")
    );
    // `FED. TRADE COMM'N, DATA BROKERS: …`: no period after `COMM'N`.
    let ftc = work(&doc, only(&doc, 20));
    assert_eq!(ftc.author[0].literal.as_deref(), Some("FED. TRADE COMM'N"));
    // `U.S. DEP'T OF JUST., supra note 19, at 7.`
    let supra = only(&doc, 21);
    assert_eq!(supra.status, Some(Status::Resolved));
    assert_eq!(supra.reference, c.reference);
    assert_eq!(supra.locator.as_ref().unwrap().value, "7");
}
