//! Numbered section headings written as note labels are (`1 INTRODUÇÃO`,
//! `2 A DOUTRINA` in Brazilian ABNT papers, `1 Einleitung`): in a paper
//! whose text has note markers, such a heading is no note when the text of
//! its section follows it and a later label of the same number opens a
//! note. Expected values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{Document, Status};
use papers_support::{entry_number, only, run, run_text};

const ABNT: &str = "fixtures/constitucionalizacao_abnt_pt.txt";

/// Each footnote's number and the first `n` characters of its text.
fn notes(doc: &Document, n: usize) -> Vec<(u32, String)> {
    doc.footnotes
        .iter()
        .map(|f| (f.number, f.text.chars().take(n).collect()))
        .collect()
}

#[test]
fn abnt_section_headings_are_no_notes() {
    let (_, doc) = run(ABNT);
    let want: Vec<(u32, String)> = [
        (1, "TEPEDINO, G"),
        (2, "Idem. Premi"),
        (3, "PERLINGIERI"),
        (4, "TEPEDINO, T"),
        (5, "FACHIN, Lui"),
        (6, "RODRIGUES J"),
        (7, "RODRIGUES J"),
        (8, "Ibidem, p. "),
        (9, "Cf. TEPEDIN"),
    ]
    .iter()
    .map(|&(n, t)| (n, t.to_string()))
    .collect();
    assert_eq!(notes(&doc, 11), want);
    // Every note has its marker, and every citation is linked.
    assert!(doc.footnotes.iter().all(|f| !f.markers.is_empty()));
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    // `2 Idem.` cites the second work of the author of note 1 (entry 4);
    // `op. cit.` after two notes finds the article of note 6.
    assert_eq!(entry_number(&doc, only(&doc, 2)), Some(4));
    assert_eq!(entry_number(&doc, only(&doc, 7)), Some(3));
    assert_eq!(entry_number(&doc, only(&doc, 8)), Some(3));
}

#[test]
fn headings_in_small_letters_are_no_notes_either() {
    let doc = run_text(
        "Die Haftung des Staates

1 Einleitung
Die Frage ist alt.1 Sie wurde oft gestellt.2

2 Der Streitstand
Die Lehre ist gespalten.3

1 Müller, Staatshaftung, 2. Aufl. 2010, S. 3.
2 Ebd., S. 5.
3 Schmidt, Amtshaftung, 1999, S. 12.
",
    );
    let got: Vec<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(got, [1, 2, 3]);
    assert!(doc.footnotes[0].text.starts_with("Müller"));
    assert!(doc.footnotes[1].text.starts_with("Ebd."));
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
}

#[test]
fn a_note_that_reads_like_a_heading_among_notes_stays_a_note() {
    // Notes numbered per chapter: the first `2` reads like a heading, but
    // another note follows it, not the text of a section.
    let doc = run_text(
        "Chapter One

The first claim.1 The second claim.2 The third claim.3

1 John Smith, The Archive (London: Verso, 2001), 3.
2 Interview with the author
3 Ibid., 5.

Chapter Two

The fourth claim.1 The fifth claim.2

1 Ann Lee, The Record (Oxford: Clarendon, 1999), 7.
2 Ibid., 9.
",
    );
    let got: Vec<(u32, u32)> = doc
        .footnotes
        .iter()
        .map(|f| (f.chapter, f.number))
        .collect();
    assert_eq!(got, [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2)]);
    assert_eq!(doc.footnotes[1].text.trim(), "Interview with the author");
}
