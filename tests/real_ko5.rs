//! A Korean political-science paper with notes in the journal style of
//! Korean social science: years and months written by number
//! (`(2017. 12)`, `(2017.3): 3-28`, `2023.5, 112쪽`), `앞의 책`/`앞의 글`/
//! `위의 글`/`같은 글`, English works cited again by `op. cit.`, `Ibid.`
//! and `supra note`, an author-date short form `이기우(2017), 12쪽`, and a
//! bibliography under `참고문헌` in two parts. Expected values were
//! written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{in_note, note_links, only, run};

const PAPER: &str = "fixtures/bunkwon_gaeheon_pdf_ko.txt";

use CitationKind::{AuthorDate, Full, Ibid, Short, Supra};
use Status::Resolved;

/// A note's citations: kind, status and the list entry each links to.
type Links = &'static [(CitationKind, Status, Option<usize>)];

fn issued(c: &opcit::model::Citation) -> Vec<i32> {
    c.fields
        .as_deref()
        .unwrap()
        .issued
        .as_ref()
        .unwrap()
        .date_parts[0]
        .clone()
}

#[test]
fn a_year_and_month_by_number_is_the_date_and_the_note_runs_on() {
    let (_, doc) = run(PAPER);
    // Note 3: `… 제22권 제3호 (2017. 12), pp. 1-30.`: the item keeps its
    // pages after the bracket.
    let three = only(&doc, 3);
    assert!(
        three.text.ends_with("(2017. 12), pp. 1-30."),
        "{}",
        three.text
    );
    assert_eq!(issued(three), [2017, 12]);
    let f = three.fields.as_deref().unwrap();
    assert_eq!(f.page.as_deref(), Some("1-30"));
    assert_eq!(f.issue.as_deref(), Some("3"));
    // Note 2: `제1호(2017.3): 3-28.`
    let two = only(&doc, 2);
    assert_eq!(issued(two), [2017, 3]);
    assert_eq!(two.fields.as_deref().unwrap().page.as_deref(), Some("3-28"));
    // Note 12: `세종: 행정안전부, 2023.5, 112쪽.`: the month is no page.
    let twelve = only(&doc, 12);
    assert_eq!(issued(twelve), [2023, 5]);
    let f = twelve.fields.as_deref().unwrap();
    assert_eq!(f.publisher.as_deref(), Some("행정안전부"));
    assert_eq!(f.publisher_place.as_deref(), Some("세종"));
    assert_eq!(twelve.locator.as_ref().unwrap().value, "112");
}

#[test]
fn each_note_links_to_the_work_it_cites() {
    let (_, doc) = run(PAPER);
    // 1 국회입법조사처, 2 김순은, 3 안성호, 4 육동일, 5 이기우,
    // 6 행정안전부, 7 Elazar, 8 Watts.
    let want: &[(u32, Links)] = &[
        (1, &[(Full, Resolved, Some(3))]),
        (2, &[(Full, Resolved, Some(5))]),
        (3, &[(Full, Resolved, Some(2))]),
        (4, &[(Full, Resolved, Some(8))]),
        (5, &[(Short, Resolved, Some(3)), (Short, Resolved, Some(5))]),
        (7, &[(Short, Resolved, Some(8))]),
        (8, &[(Full, Resolved, Some(4)), (Ibid, Resolved, Some(4))]),
        (9, &[(Short, Resolved, Some(2))]),
        (10, &[(Full, Resolved, Some(1))]),
        (11, &[(Ibid, Resolved, Some(1))]),
        (12, &[(Full, Resolved, Some(6))]),
        (14, &[(Supra, Resolved, Some(7))]),
        (15, &[(Short, Resolved, Some(3))]),
        (16, &[(AuthorDate, Resolved, Some(5))]),
    ];
    for (n, links) in want {
        assert_eq!(note_links(&doc, *n), *links, "note {n}");
    }
    // Note 13, a newspaper article, is the one work the list leaves out.
    assert_eq!(note_links(&doc, 13), [(Full, Resolved, None)]);
    let f = only(&doc, 13).fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-newspaper");
    assert_eq!(f.container_title.as_deref(), Some("한겨레"));
    assert_eq!(in_note(&doc, 6).len(), 1);
}
