//! A French paper with notes labelled `(1)` and marked ` (1)` in the text,
//! whose sentences also number the items of a list with `(1)` and `(2)`
//! joined by `ou` (`le juge retiendrait (1) la garde matérielle ou (2) la
//! garde juridique`) or by `soit … soit`: the items are no markers, and
//! each note keeps its own marker. Expected values were written by
//! reading the fixture.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{note_links, run};

const PAPER: &str = "fixtures/garde_listes_notes_fr.txt";

#[test]
fn an_item_of_a_list_joined_by_ou_is_no_marker() {
    let (source, doc) = run(PAPER);
    let text = source.text();
    let marker_of = |n: u32| {
        let f = doc.footnotes.iter().find(|f| f.number == n).unwrap();
        assert_eq!(f.markers.len(), 1, "note {n}");
        f.markers[0]
    };
    // Note 2's marker closes its sentence, after the list's `(2)`.
    let m = marker_of(2);
    assert_eq!(&text[m.start..m.end], "(2)");
    assert!(text[..m.start].ends_with("en faveur de la première "));
    let item = text.find("ou (2) la garde juridique").unwrap();
    assert!(m.start > item);
    // Note 4's after the list joined by `soit`.
    let m = marker_of(4);
    assert!(text[..m.start].ends_with("n'a plus d'objet "));
    // Every note has its marker, in order, and no finding is made.
    let starts: Vec<usize> = (1..=6).map(|n| marker_of(n).start).collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn the_notes_beside_the_lists_keep_their_citations() {
    let (_, doc) = run(PAPER);
    for n in [1, 2, 3, 5] {
        assert_eq!(
            note_links(&doc, n),
            [(CitationKind::Full, Status::Resolved, None)],
            "note {n}"
        );
    }
    assert_eq!(
        note_links(&doc, 4),
        [(CitationKind::Short, Status::Resolved, None)]
    );
    let reference = |n: u32| papers_support::only(&doc, n).reference.clone();
    assert_eq!(reference(4), reference(2));
    assert_eq!(reference(6), reference(5));
    assert_eq!(
        note_links(&doc, 6),
        [(CitationKind::Ibid, Status::Resolved, None)]
    );
}
