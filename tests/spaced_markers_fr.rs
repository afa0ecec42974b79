//! Notes labelled `(1)` in a French law paper converted from Word or PDF,
//! whose markers stand apart from the word before them: after a
//! sentence's period (`n'a pas été admise. (1) Les …`, `dès 1897. (5)`),
//! after an article's number (`l'article 1382 (2).`, `l'article 1384 (7)
//! ne cède`), after a year. The decisions of the chambers of the Cour de
//! cassation before 1967 (`Ch. réun.`, `Req.`) and of a civil tribunal
//! (`Trib. civ. Seine`) are read as decisions. Expected values were
//! written by reading the fixture.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Document, Status};
use papers_support::{note_links, only, run};

const PAPER: &str = "fixtures/fait_des_choses_notes_fr.txt";

fn paper() -> (String, Document) {
    let (source, doc) = run(PAPER);
    (source.text().to_string(), doc)
}

#[test]
fn every_note_has_its_spaced_marker() {
    let (text, doc) = paper();
    let numbers: Vec<u32> = doc.markers.iter().map(|m| m.number).collect();
    assert_eq!(numbers, (1..=11).collect::<Vec<_>>());
    assert_eq!(doc.footnotes.len(), 11);
    // The words before the markers this paper needs read.
    let before = |n: u32| {
        let m = doc.markers.iter().find(|m| m.number == n).unwrap();
        text[..m.span.start]
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(before(1), "admise.");
    assert_eq!(before(2), "1382");
    assert_eq!(before(5), "1897.");
    assert_eq!(before(7), "1384");
    assert_eq!(before(9), "civile.");
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn chambers_before_1967_and_civil_tribunals_give_decisions() {
    let (_, doc) = paper();
    let fields = |n: u32| only(&doc, n).fields.as_deref().unwrap().clone();
    let jand_heur = fields(7);
    assert_eq!(jand_heur.kind, "legal_case");
    assert_eq!(jand_heur.publisher.as_deref(), Some("Ch. réun."));
    assert_eq!(jand_heur.title.as_deref(), Some("Jand'heur"));
    assert_eq!(
        jand_heur.issued.as_ref().unwrap().date_parts,
        [[1930, 2, 13]]
    );
    let req = fields(8);
    assert_eq!(req.kind, "legal_case");
    assert_eq!(req.publisher.as_deref(), Some("Req."));
    let tribunal = fields(4);
    assert_eq!(tribunal.kind, "legal_case");
    assert!(tribunal
        .publisher
        .as_deref()
        .unwrap()
        .starts_with("Trib. civ."));
    assert_eq!(tribunal.container_title.as_deref(), Some("Gaz. Pal."));
}

#[test]
fn short_forms_after_spaced_markers_link_back() {
    let (_, doc) = paper();
    let first = note_links(&doc, 2);
    assert_eq!(first.len(), 1);
    let (kind, status, target) = first[0];
    assert_eq!((kind, status), (CitationKind::Full, Status::Resolved));
    // `R. Demogue, op. cit.` and the `Ibid.` after it are Demogue's treatise.
    assert_eq!(note_links(&doc, 10)[0].2, target);
    assert_eq!(note_links(&doc, 11)[0].2, target);
    assert_eq!(only(&doc, 11).locator.as_ref().unwrap().value, "95");
}
