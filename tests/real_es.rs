//! A Spanish constitutional-law article as pdftotext gives it: `ob.
//! cit.`, `Ibíd.`, `Ídem`, `cit.` after an author and a short title,
//! `loc. cit.` after an author named with an initial and a double
//! surname (`M. Aragón Reyes`), an edited book (`P. Biglino Campos
//! (dir.)`) listed as `BIGLINO CAMPOS, P. (dir.)`, and a pinpoint after a
//! chapter's pages (`pp. 109-129, esp. p. 115`). Expected values were
//! written by reading the paper.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{editors, findings, note_links, only, run};

const PAPER: &str = "fixtures/reforma_constitucional_pdf_es.txt";

/// A note's links: kind, status and the list entry's number.
type Links = Vec<(CitationKind, Status, Option<usize>)>;

#[test]
fn every_note_links_to_the_work_it_cites_and_nothing_is_reported() {
    let (source, doc) = run(PAPER);
    use CitationKind::{Full, Ibid, Short, Supra};
    use Status::Resolved;
    // The list: 1 Aragón Reyes, 2 Biglino Campos, 3 Pérez Royo, 4 Vega.
    let expected: [(u32, Links); 8] = [
        (
            1,
            vec![(Full, Resolved, Some(4)), (Full, Resolved, Some(3))],
        ),
        (2, vec![(Short, Resolved, Some(4))]),
        (3, vec![(Ibid, Resolved, Some(4))]),
        (5, vec![(Full, Resolved, Some(1))]),
        (6, vec![(Full, Resolved, Some(2))]),
        (
            7,
            vec![(Short, Resolved, Some(3)), (Ibid, Resolved, Some(3))],
        ),
        (8, vec![(Supra, Resolved, Some(4))]),
        (9, vec![(Short, Resolved, Some(1))]),
    ];
    for (n, links) in expected {
        assert_eq!(note_links(&doc, n), links, "note {n}");
    }
    // No author disagreement between `P. Biglino Campos (dir.)` and
    // `BIGLINO CAMPOS, P. (dir.)`, no dangling `loc. cit.`.
    assert_eq!(findings(&source, &doc), []);
}

#[test]
fn an_editor_s_double_surname_is_read_as_the_list_writes_it() {
    let (_, doc) = run(PAPER);
    let fields = only(&doc, 6).fields.as_deref().unwrap();
    assert_eq!(editors(fields), [("Biglino Campos", "P.")]);
}

#[test]
fn a_page_after_an_abbreviated_word_is_the_pinpoint() {
    let (_, doc) = run(PAPER);
    let aragon = only(&doc, 5);
    assert!(aragon.text.ends_with("esp. p. 115."), "{}", aragon.text);
    assert_eq!(
        aragon.locator.as_ref().map(|l| l.value.as_str()),
        Some("115")
    );
    let fields = aragon.fields.as_deref().unwrap();
    assert_eq!(fields.page.as_deref(), Some("109-129"));
}
