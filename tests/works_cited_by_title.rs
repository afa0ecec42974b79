//! Works without an author cited again by their titles (Chicago 14.30,
//! 14.75): `Annual Report of the Sanitary Commissioner for Madras, 1877,
//! 15.`, `Indian Famine Commission, 41.`, `Chicago Manual of Style,
//! 14.76.` link to the note that cited the work in full, or to the list's
//! one entry of that title; sentences of discursive notes ending on a
//! number cite nothing. The paper is a short one written for the test;
//! expected values were written by reading it.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, Status};
use papers_support::{in_note, note_links, only, run, run_text};
use CitationKind::{Full, Ibid, Short};
use Status::{Dangling, Resolved};

const ENGLISH: &str = "fixtures/colonial_sanitation_chicago_en.txt";

/// The rule that linked `c`.
fn rule(c: &Citation) -> &str {
    c.provenance.as_ref().map_or("", |p| p.rule)
}

/// (label, value) of a citation's pinpoint.
fn pin(c: &Citation) -> Option<(&str, &str)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

#[test]
fn a_title_alone_links_to_the_work_cited_in_full_before() {
    let (_, doc) = run(ENGLISH);
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(6))]);
    assert_eq!(note_links(&doc, 2), [(Ibid, Resolved, Some(6))]);
    assert_eq!(note_links(&doc, 3), [(Full, Resolved, Some(1))]);
    // The whole title again, its year a part of it.
    let again = only(&doc, 4);
    assert_eq!(again.kind, Short);
    assert_eq!(
        again.short.as_deref().and_then(|s| s.title.as_deref()),
        Some("Annual Report of the Sanitary Commissioner for Madras, 1877")
    );
    assert_eq!(pin(again), Some(("page", "15")));
    assert_eq!(note_links(&doc, 4), [(Short, Resolved, Some(1))]);
    assert_eq!(rule(again), "short-title");
    // The key words of the title, and its antecedent the full note.
    let shortened = only(&doc, 5);
    assert_eq!(note_links(&doc, 5), [(Short, Resolved, Some(6))]);
    let first = only(&doc, 1);
    assert_eq!(shortened.antecedent.as_deref(), Some(first.id.as_str()));
    assert_eq!(pin(shortened), Some(("page", "41")));
    // The manual by its title without the article, at a section.
    for note in [7, 13] {
        let c = only(&doc, note);
        assert_eq!(note_links(&doc, note), [(Short, Resolved, Some(3))]);
        assert_eq!(c.antecedent.as_deref(), Some(only(&doc, 6).id.as_str()));
        assert_eq!(pin(c).map(|p| p.0), Some("section"));
    }
    // A title alone that no note cites in full: the list's one entry.
    let digest = only(&doc, 15);
    assert_eq!(note_links(&doc, 15), [(Short, Resolved, Some(4))]);
    assert_eq!(rule(digest), "bibliography-short");
    // An author's work keeps its short form by author and title.
    assert_eq!(note_links(&doc, 12), [(Short, Resolved, Some(2))]);
    assert_eq!(rule(only(&doc, 12)), "short-author-title");
}

#[test]
fn sentences_of_discursive_notes_cite_nothing() {
    let (source, doc) = run(ENGLISH);
    // `The commissioners relied on district officers, …, 57.`, `Madras
    // mortality was understated by a third, on most estimates, 12.`
    assert!(in_note(&doc, 10).is_empty(), "{:?}", in_note(&doc, 10));
    assert!(in_note(&doc, 14).is_empty(), "{:?}", in_note(&doc, 14));
    // The one finding: Harrison, listed and cited nowhere.
    assert_eq!(
        papers_support::findings(&source, &doc),
        [(Code::UncitedReference, 27)]
    );
}

#[test]
fn a_title_alone_cited_before_nothing_is_a_dangling_short_form() {
    let doc = run_text(
        "Relief.1 Again.2\n\nNotes\n1. Report of the Indian Famine Commission (London: HMSO, 1880), 35.\n2. Report of the Sanitary Board, 12.\n",
    );
    assert_eq!(note_links(&doc, 2), [(Short, Dangling, None)]);
    let d = doc
        .diagnostics
        .iter()
        .find(|d| d.code == Code::DanglingShortForm)
        .expect("a dangling short form");
    assert!(
        d.label
            .as_deref()
            .is_some_and(|l| l.contains("title `Report of the Sanitary Board`")),
        "{d:?}"
    );
}
