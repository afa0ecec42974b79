//! A short form that names the note of its full citation in brackets
//! after the author, the short title or `op. cit.`, as MHRA, OSCOLA and
//! German notes write it: `Thomas (n. 1), 50`, `Thomas, Religion (n. 1),
//! 50`, `Thomas, op. cit. (n. 1), 50`, `Schmidt, a.a.O. (Fn. 1), 1240`.
//! Expected values were written by reading the notes.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{only, paper_of_notes};

const THOMAS: &str =
    "Keith Thomas, Religion and the Decline of Magic (London: Weidenfeld and Nicolson, 1971), 45.";
const DAVIS: &str = "Natalie Zemon Davis, Society and Culture in Early Modern France (Stanford: Stanford University Press, 1975), 12.";

/// Note, page and link of the one citation of note `n`.
fn read(doc: &opcit::model::Document, n: u32) -> (Option<u32>, Option<String>, Option<String>) {
    let c = only(doc, n);
    assert_eq!(c.kind, CitationKind::Supra, "note {n}: {}", c.text);
    assert_eq!(c.status, Some(Status::Resolved), "note {n}: {}", c.text);
    let page = c
        .locator
        .as_ref()
        .filter(|l| l.label == "page")
        .map(|l| l.value.clone());
    (c.short.as_ref().unwrap().note, page, c.reference.clone())
}

#[test]
fn the_note_in_brackets_and_the_page_after_it_are_read() {
    let doc = paper_of_notes(
        "Text",
        &[
            THOMAS,
            DAVIS,
            "Thomas, op. cit. (n. 1), 50.",
            "Thomas, Religion (n. 1), 52.",
            "Davis (n. 2), 14.",
            "Thomas, a.a.O. (Fn. 1), S. 60.",
            "Davis, op. cit. (nn. 2, 3), 70.",
            "Thomas, op. cit. (n. 1).",
        ],
    );
    let thomas = only(&doc, 1).reference.clone();
    let davis = only(&doc, 2).reference.clone();
    assert_ne!(thomas, davis);
    let page = |p: &str| Some(p.to_string());
    assert_eq!(read(&doc, 3), (Some(1), page("50"), thomas.clone()));
    assert_eq!(read(&doc, 4), (Some(1), page("52"), thomas.clone()));
    assert_eq!(read(&doc, 5), (Some(2), page("14"), davis.clone()));
    assert_eq!(read(&doc, 6), (Some(1), page("60"), thomas.clone()));
    // A plural word names the notes; the first is where the work is.
    assert_eq!(read(&doc, 7), (Some(2), page("70"), davis));
    assert_eq!(read(&doc, 8), (Some(1), None, thomas));
}
