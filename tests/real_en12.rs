//! An English history article in MHRA style as text copied from a PDF
//! viewer gives it: the pinpoint in brackets after an article's or a
//! chapter's pages (`3–60 (p. 14)`, `pp. 112–30 (pp. 118–19)`), British
//! back-references (`op. cit.`, `loc. cit.`, `art. cit.`, `Idem`) and a
//! page number alone at the foot of a page with no form feed after it.
//! Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{in_note, note_links, only, run};

const PAPER: &str = "fixtures/monastic_economy_mhra_en.txt";

/// The pinpoint of note `n`'s citation `i`.
fn pin(doc: &opcit::model::Document, n: u32, i: usize) -> Option<(String, String)> {
    in_note(doc, n)[i]
        .locator
        .as_ref()
        .map(|l| (l.label.clone(), l.value.clone()))
}

#[test]
fn the_pinpoint_in_brackets_leaves_the_pages_to_the_work() {
    let (_, doc) = run(PAPER);
    let page = |v: &str| Some(("page".to_string(), v.to_string()));
    // Graves, `Analecta …, 13 (1957), 3–60 (p. 14)`.
    let graves = in_note(&doc, 6)[0];
    let f = graves.fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-journal");
    assert_eq!(f.page.as_deref(), Some("3–60"));
    assert_eq!(f.volume.as_deref(), Some("13"));
    assert_eq!(pin(&doc, 6, 0), page("14"));
    // Platt, a chapter: `pp. 112–30 (pp. 118–19)`; no edition is read
    // from the bracket.
    let platt = only(&doc, 10);
    let f = platt.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(f.page.as_deref(), Some("112–30"));
    assert_eq!(f.edition, None);
    assert_eq!(f.container_title.as_deref(), Some("Monastic Estates"));
    assert_eq!(pin(&doc, 10, 0), page("118–19"));
}

#[test]
fn british_back_references_link() {
    let (_, doc) = run(PAPER);
    // The list, alphabetical: 1 Donkin, 2 Graves, 3 Hill, 4 Knowles,
    // 5 Lloyd, 6 Platt, 7 Power.
    use CitationKind::{Full, Ibid, Short};
    let r = Status::Resolved;
    assert_eq!(
        note_links(&doc, 3),
        [(Full, r, Some(3)), (Short, r, Some(4))]
    );
    // `Ibid.` after a note of two works: the last one, Knowles.
    assert_eq!(note_links(&doc, 4), [(Ibid, r, Some(4))]);
    assert_eq!(note_links(&doc, 5), [(Short, r, Some(1))]);
    // `cf. Donkin, loc. cit.`
    assert_eq!(
        note_links(&doc, 6),
        [(Full, r, Some(2)), (Short, r, Some(1))]
    );
    assert_eq!(in_note(&doc, 6)[1].signal.as_deref(), Some("cf."));
    // `Graves, art. cit.`, then `Idem` for the work just cited.
    assert_eq!(
        note_links(&doc, 8),
        [(Full, r, Some(5)), (Short, r, Some(2))]
    );
    assert_eq!(
        note_links(&doc, 9),
        [(Ibid, r, Some(2)), (Short, r, Some(7))]
    );
}

#[test]
fn a_page_number_at_the_foot_without_a_form_feed_is_no_part_of_a_note() {
    let (_, doc) = run(PAPER);
    let five = only(&doc, 5);
    assert_eq!(five.text, "Donkin, op. cit., p. 12 n. 4.");
    assert_eq!(pin(&doc, 5, 0), Some(("page".into(), "12".into())));
    // Nothing is left unlinked or missing.
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
    assert_eq!(doc.citations.len(), 14);
}
