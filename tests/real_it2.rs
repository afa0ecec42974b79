//! An Italian history-of-law article as pdftotext gives it: `Ivi`,
//! `Ibidem`, `cit.` after an author and a short title, `op. cit.` after
//! an author, `supra, nota N`, initials written together (`V.E.
//! Orlando`, whose `V.` is no `vedi`), and a chapter `in Id., Scritti
//! minori`, a book of the chapter's own author. Expected values were
//! written by reading the paper.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, findings, note_links, only, run};

const PAPER: &str = "fixtures/cittadinanza_pdf_it.txt";

/// A note's links: kind, status and the list entry's number.
type Links = Vec<(CitationKind, Status, Option<usize>)>;

#[test]
fn every_note_links_to_the_work_it_cites() {
    let (source, doc) = run(PAPER);
    use CitationKind::{Full, Ibid, Short, Supra};
    use Status::Resolved;
    // The list: 1 Costa, 2 Ferrajoli, 3 Fioravanti, 4 Marshall,
    // 5 Orlando, 6 Romano.
    let expected: [(u32, Links); 11] = [
        (1, vec![(Full, Resolved, Some(1))]),
        (2, vec![(Ibid, Resolved, Some(1))]),
        (3, vec![(Full, Resolved, Some(4))]),
        (4, vec![(Full, Resolved, Some(3))]),
        (5, vec![(Full, Resolved, Some(5))]),
        (6, vec![(Ibid, Resolved, Some(5))]),
        (7, vec![(Short, Resolved, Some(1))]),
        (8, vec![(Full, Resolved, Some(6))]),
        (
            9,
            vec![(Short, Resolved, Some(3)), (Short, Resolved, Some(4))],
        ),
        (10, vec![(Full, Resolved, Some(2))]),
        (11, vec![(Supra, Resolved, Some(3))]),
    ];
    for (n, links) in expected {
        assert_eq!(note_links(&doc, n), links, "note {n}");
    }
    assert_eq!(findings(&source, &doc), []);
}

#[test]
fn initials_written_together_are_no_signal() {
    let (_, doc) = run(PAPER);
    let orlando = only(&doc, 5);
    assert_eq!(orlando.signal, None);
    let fields = orlando.fields.as_deref().unwrap();
    assert_eq!(authors(fields), [("Orlando", "V.E.")]);
    assert_eq!(
        fields.container_title.as_deref(),
        Some("Archivio giuridico")
    );
    // `Cfr. M. Fioravanti`: the signal, then one initial and a name.
    assert_eq!(only(&doc, 4).signal.as_deref(), Some("Cfr."));
}

#[test]
fn a_chapter_in_the_author_s_own_book_names_the_book_alone() {
    let (_, doc) = run(PAPER);
    let romano = only(&doc, 8);
    let fields = romano.fields.as_deref().unwrap();
    assert_eq!(
        fields.title.as_deref(),
        Some("Lo Stato moderno e la sua crisi")
    );
    assert_eq!(fields.container_title.as_deref(), Some("Scritti minori"));
    assert_eq!(fields.publisher.as_deref(), Some("Giuffrè"));
}
