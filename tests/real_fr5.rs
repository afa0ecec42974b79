//! A French article in doctrinal note style as pdftotext gives it: authors
//! written with their initials in brackets (`Terré (F.), Simler (Ph.) et
//! Lequette (Y.)`) and inverted with their initials after commas (`Terré,
//! F., Simler, Ph. et Lequette, Y.`), back-references citing a numbered
//! paragraph (`op. cit., n° 930`), and author-date references in notes
//! after a lead-in phrase (`Sur ce point, Moreau, Petit et Durand (2012),
//! p. 45`). Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, findings, in_note, note_links, only, paper_of_notes, run};

const PAPER: &str = "fixtures/causalite_sante_notes_fr.txt";

// The list: 1 Malaurie, Aynès et Stoffel-Munck, 2 Moreau, Petit et
// Durand, 3 Terré, Simler et Lequette.

/// (label, value) of the locator of citation `i` of note `n`.
fn locator(doc: &opcit::model::Document, n: u32, i: usize) -> (String, String) {
    let c = in_note(doc, n);
    let l = c[i].locator.as_ref().expect("a locator");
    (l.label.clone(), l.value.clone())
}

#[test]
fn every_author_inverted_with_initials_is_read() {
    let (source, doc) = run(PAPER);
    assert_eq!(
        authors(entry(&doc, 3)),
        [("Terré", "F."), ("Simler", "Ph."), ("Lequette", "Y.")]
    );
    assert_eq!(
        entry(&doc, 3).title.as_deref(),
        Some("Droit civil. Les obligations")
    );
    assert_eq!(
        authors(entry(&doc, 1)),
        [
            ("Malaurie", "Ph."),
            ("Aynès", "L."),
            ("Stoffel-Munck", "Ph.")
        ]
    );
    assert_eq!(
        authors(entry(&doc, 2)),
        [("Moreau", "C."), ("Petit", "J."), ("Durand", "L.")]
    );
    // The notes written so cite the listed works, at a paragraph or a page.
    use CitationKind::{Full, Short};
    use Status::Resolved;
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(3))]);
    assert_eq!(locator(&doc, 1, 0), ("paragraph".into(), "915".into()));
    assert_eq!(
        note_links(&doc, 2),
        [(Short, Resolved, Some(3)), (Full, Resolved, Some(1))]
    );
    assert_eq!(locator(&doc, 2, 1), ("page".into(), "45".into()));
    // Nothing is missing from the list, nothing in it is uncited.
    assert!(
        findings(&source, &doc).is_empty(),
        "{:?}",
        findings(&source, &doc)
    );
}

#[test]
fn bracketed_initials_before_op_cit_are_names_and_the_number_a_paragraph() {
    let (_, doc) = run(PAPER);
    let first = &in_note(&doc, 2)[0];
    let short = first.short.as_deref().unwrap();
    assert_eq!(
        short.author.as_deref(),
        Some("Terré (F.), Simler (Ph.) et Lequette (Y.)")
    );
    assert_eq!(short.title, None);
    assert_eq!(locator(&doc, 2, 0), ("paragraph".into(), "930".into()));
    // Family names alone, and at a page.
    assert_eq!(locator(&doc, 4, 0), ("paragraph".into(), "940".into()));
    assert_eq!(
        note_links(&doc, 4),
        [(CitationKind::Short, Status::Resolved, Some(3))]
    );
    let six = only(&doc, 6);
    assert_eq!(six.status, Some(Status::Resolved));
    assert_eq!(papers_support::entry_number(&doc, six), Some(1));
    assert_eq!(
        six.short.as_deref().unwrap().title,
        None,
        "the co-authors are no title"
    );
}

#[test]
fn all_the_authors_named_pick_the_work_of_those_authors() {
    // The 13th edition adds a fourth author: `Terré, Simler et Lequette`
    // name the 12th.
    let doc = paper_of_notes(
        "Texte",
        &[
            "Terré (F.), Simler (Ph.) et Lequette (Y.), Droit civil. Les obligations, 12e éd., Dalloz, 2018, n° 915.",
            "Terré (F.), Simler (Ph.), Lequette (Y.) et Chénedé (F.), Droit civil. Les obligations, 13e éd., Dalloz, 2022, n° 920.",
            "Terré (F.), Simler (Ph.) et Lequette (Y.), op. cit., n° 930.",
        ],
    );
    let c = only(&doc, 3);
    assert_eq!(c.status, Some(Status::Resolved));
    assert_eq!(
        c.antecedent.as_deref(),
        Some(in_note(&doc, 1)[0].id.as_str())
    );
}

#[test]
fn a_lead_in_before_the_names_is_no_author() {
    let (_, doc) = run(PAPER);
    for (n, page) in [(3, "45"), (5, "112")] {
        let c = only(&doc, n);
        assert_eq!(c.kind, CitationKind::AuthorDate, "note {n}");
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        assert_eq!(papers_support::entry_number(&doc, c), Some(2), "note {n}");
        let short = c.short.as_deref().unwrap();
        assert_eq!(short.author.as_deref(), Some("Moreau, Petit et Durand"));
        assert_eq!(
            locator(&doc, n, 0),
            ("page".into(), page.into()),
            "note {n}"
        );
    }
    // In English, a preposition opening the lead-in.
    let doc = paper_of_notes(
        "Text",
        &[
            "Claire Moreau, Jean Petit and Luc Durand, Regional Economies (Paris: Belin, 2012), 12.",
            "On France, Moreau, Petit and Durand (2012), p. 45.",
        ],
    );
    let c = only(&doc, 2);
    assert_eq!(c.kind, CitationKind::AuthorDate);
    let short = c.short.as_deref().unwrap();
    assert_eq!(short.author.as_deref(), Some("Moreau, Petit and Durand"));
    assert_eq!(locator(&doc, 2, 0), ("page".into(), "45".into()));
    // A two-word family name is no lead-in.
    let doc = paper_of_notes("Text", &["De Gaulle, Moreau and Petit (2012), p. 4."]);
    let short = only(&doc, 1).short.as_deref().map(|s| s.author.clone());
    assert_ne!(short, Some(Some("Moreau and Petit".into())));
}
