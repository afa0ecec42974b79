//! Dutch notes cite journals that number their articles within each year
//! by year and number (`NJB 2015/123`, `NTB 2017/30`): a page after that
//! number is the place cited. Case reports numbered so (`AB 2013/45`,
//! `JB 2019/12`) are cited at a consideration (`r.o. 3.4`, `par. 4`).
//! Expected values were written by reading the fixture.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Document, Status};
use papers_support::{entry, findings, note_links, only, run};

const PAPER: &str = "fixtures/schadevergoeding_tijdschriften_nl.txt";

fn paper() -> Document {
    run(PAPER).1
}

fn pin(doc: &Document, n: u32) -> Option<(String, String)> {
    only(doc, n)
        .locator
        .as_ref()
        .map(|l| (l.label.clone(), l.value.clone()))
}

#[test]
fn a_page_after_a_year_and_number_is_the_pinpoint_not_the_articles_page() {
    let doc = paper();
    for (n, page, listed) in [(1, "45", 1), (7, "210", 3)] {
        assert_eq!(
            note_links(&doc, n),
            [(CitationKind::Full, Status::Resolved, Some(listed))],
            "note {n}"
        );
        assert_eq!(pin(&doc, n), Some(("page".into(), page.into())), "note {n}");
        let f = only(&doc, n).fields.as_deref().unwrap();
        assert_eq!(f.page, None, "note {n}");
        assert!(f.number.is_some(), "note {n}");
    }
    // The list gives the article's pages.
    assert_eq!(entry(&doc, 1).page.as_deref(), Some("40-47"));
}

#[test]
fn a_range_after_a_year_and_number_stays_the_articles_pages() {
    let doc = paper();
    assert_eq!(pin(&doc, 4), None);
    let f = only(&doc, 4).fields.as_deref().unwrap();
    assert_eq!(f.page.as_deref(), Some("1555-1562"));
    assert_eq!(note_links(&doc, 4)[0].2, Some(2));
}

#[test]
fn a_report_numbered_by_year_is_cited_at_its_consideration() {
    let doc = paper();
    assert_eq!(pin(&doc, 2), Some(("paragraph".into(), "3.4".into())));
    assert_eq!(pin(&doc, 3), Some(("paragraph".into(), "4".into())));
    let f = only(&doc, 2).fields.as_deref().unwrap();
    assert_eq!(f.container_title.as_deref(), Some("AB"));
}

#[test]
fn the_paper_reads_clean() {
    let (source, doc) = run(PAPER);
    assert_eq!(findings(&source, &doc), []);
    // `De Vries, a.w., p. 47` after the full citation.
    assert_eq!(pin(&doc, 6), Some(("page".into(), "47".into())));
    assert_eq!(
        only(&doc, 6).antecedent.as_deref(),
        Some(only(&doc, 1).id.as_str())
    );
}
