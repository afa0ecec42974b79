//! A law-review article in Bluebook form, written for these tests, whose
//! footnotes cite congressional hearings (`… Before the S. Comm. on the
//! Judiciary, 117th Cong. 88 (2022) (statement of …)`) and reports by
//! agencies as authors (`U.S. Department of State, Country Reports on
//! Human Rights Practices (2020)`), one with its number before its title
//! (`U.S. Gov't Accountability Off., GAO-12-561R, …`). Expected values were written by
//! reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::CitationKind;
use papers_support::{only, run, work};

const PAPER: &str = "fixtures/rights_reports_hearings_bluebook_en.txt";

#[test]
fn the_number_after_a_congress_is_the_page_of_the_hearing() {
    let (_, doc) = run(PAPER);
    for (note, page, congress, year) in [
        (3, "12", "116th Cong.", 2019),
        (4, "45", "117th Cong.", 2021),
        (6, "88", "117th Cong.", 2022),
    ] {
        let c = only(&doc, note);
        let loc = c.locator.as_ref().expect("a page");
        assert_eq!(
            (loc.label.as_str(), loc.value.as_str()),
            ("page", page),
            "note {note}"
        );
        let w = work(&doc, c);
        assert_eq!(w.kind, "hearing", "note {note}");
        assert_eq!(w.volume, None, "note {note}");
        assert_eq!(w.container_title.as_deref(), Some(congress), "note {note}");
        assert_eq!(
            w.issued.as_ref().and_then(|d| d.year()),
            Some(year),
            "note {note}"
        );
    }
    assert_eq!(
        work(&doc, only(&doc, 6)).title.as_deref(),
        Some("Hearing on Foreign Influence Before the S. Comm. on the Judiciary")
    );
}

#[test]
fn a_hearing_cited_again_by_its_short_title_is_found() {
    let (_, doc) = run(PAPER);
    let again = only(&doc, 9);
    assert_eq!(again.kind, CitationKind::Supra);
    assert_eq!(again.reference, only(&doc, 6).reference);
    assert_eq!(again.locator.as_ref().map(|l| l.value.as_str()), Some("91"));
}

#[test]
fn an_agency_is_the_one_author_of_its_report() {
    let (_, doc) = run(PAPER);
    for (note, agency, title, year, page) in [
        (
            2,
            "U.S. Department of State",
            "Country Reports on Human Rights Practices",
            2020,
            None,
        ),
        (
            5,
            "U.S. Dep't of State",
            "Country Reports on Human Rights Practices for 2021",
            2022,
            Some("3"),
        ),
    ] {
        let c = only(&doc, note);
        assert_eq!(c.kind, CitationKind::Full, "note {note}");
        let w = work(&doc, c);
        assert_eq!(w.author.len(), 1, "note {note}");
        assert_eq!(w.author[0].literal.as_deref(), Some(agency), "note {note}");
        assert_eq!(w.title.as_deref(), Some(title), "note {note}");
        assert_eq!(
            w.issued.as_ref().and_then(|d| d.year()),
            Some(year),
            "note {note}"
        );
        assert_eq!(
            c.locator.as_ref().map(|l| l.value.as_str()),
            page,
            "note {note}"
        );
    }
    // Two editions of the series are two works.
    assert_ne!(only(&doc, 2).reference, only(&doc, 5).reference);
}

#[test]
fn a_report_s_number_between_its_agency_and_its_title() {
    let (_, doc) = run(PAPER);
    let c = only(&doc, 8);
    let w = work(&doc, c);
    assert_eq!(w.kind, "report");
    assert_eq!(w.number.as_deref(), Some("GAO-12-561R"));
    assert_eq!(
        w.author[0].literal.as_deref(),
        Some("U.S. Gov't Accountability Off.")
    );
    assert!(w
        .title
        .as_deref()
        .unwrap()
        .starts_with("Human Rights: State Department"));
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("7"));
}

#[test]
fn persons_books_and_articles_are_read_as_before() {
    let (_, doc) = run(PAPER);
    let henkin = only(&doc, 1);
    assert_eq!(
        work(&doc, henkin).author[0].family.as_deref(),
        Some("Henkin")
    );
    assert_eq!(
        henkin.locator.as_ref().map(|l| l.value.as_str()),
        Some("65–70")
    );
    let article = work(&doc, only(&doc, 10));
    assert_eq!(article.kind, "article-journal");
    assert_eq!(article.container_title.as_deref(), Some("Yale J. Int'l L."));
    assert_eq!(article.volume.as_deref(), Some("26"));
}
