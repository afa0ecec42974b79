//! German law writing: handbooks whose margins are numbered per part with
//! the part's letter (`Zech, a.a.O., A 45`), cited after `a.a.O.`,
//! `Ebd.` and `(Fn. 1)` by that number. Expected values were written by
//! reading the fixture.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Document, Status};
use papers_support::{in_note, note_links, only, run};

const PAPER: &str = "fixtures/gefahrenabwehr_loseblatt_de.txt";

fn paper() -> Document {
    run(PAPER).1
}

/// (label, value) of the locator of the citation of note `n` at `i`.
fn pin(doc: &Document, n: u32, i: usize) -> Option<(String, String)> {
    in_note(doc, n)[i]
        .locator
        .as_ref()
        .map(|l| (l.label.clone(), l.value.clone()))
}

fn margin(value: &str) -> Option<(String, String)> {
    Some(("margin".into(), value.into()))
}

#[test]
fn a_margin_number_opened_by_its_part_letter_is_the_pinpoint_of_a_short_form() {
    let doc = paper();
    // Zech's handbook is entry 8; every note naming him links to it.
    for (n, i, value) in [(2, 0, "A 45"), (3, 0, "B 12"), (6, 1, "C 3"), (8, 0, "D 7")] {
        let c = in_note(&doc, n)[i];
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        assert_eq!(papers_support::entry_number(&doc, c), Some(8), "note {n}");
        assert_eq!(pin(&doc, n, i), margin(value), "note {n}");
    }
    assert_eq!(only(&doc, 2).kind, CitationKind::Short);
    assert_eq!(in_note(&doc, 8)[0].kind, CitationKind::Supra);
    // The full citation is cited at its lettered margin number too.
    assert_eq!(only(&doc, 1).kind, CitationKind::Full);
    assert_eq!(pin(&doc, 1, 0), margin("A 12"));
}

#[test]
fn the_words_of_pages_and_margin_numbers_keep_their_pinpoints_after_a_a_o() {
    let doc = paper();
    assert_eq!(pin(&doc, 4, 0), Some(("page".into(), "45".into())));
    assert_eq!(pin(&doc, 5, 1), margin("12"));
    assert_eq!(pin(&doc, 8, 1), margin("52"));
    assert_eq!(
        note_links(&doc, 5)[1],
        (CitationKind::Short, Status::Resolved, Some(2))
    );
    // `Ebd., Rn. 14` after Kugelmann.
    assert_eq!(
        note_links(&doc, 6)[0],
        (CitationKind::Ibid, Status::Resolved, Some(2))
    );
    assert_eq!(pin(&doc, 6, 0), margin("14"));
}
