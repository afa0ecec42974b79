//! Notes labelled by a plain number (`3 STS 545/2015, …`) in a paper whose
//! text raises its markers (`hemerotecas digitales³`), as a word
//! processor's text export gives them, read in a Spanish law paper with
//! the conventions of its notes: judgments by court, day and appeal
//! (`SAN de 29 de diciembre de 2014, rec. 725/2010`, `(rec. 2772/2013)`),
//! the parties before an EU case number, acts named after their day
//! (`Ley 39/2015, de 1 de octubre, del Procedimiento …`) and provisions
//! before their act (`Art. 93 de la Ley Orgánica 3/2018`). A control paper
//! in the sciences keeps its numbered headings out of the notes and its
//! squared and cubed units (`20 m²`, `50 cm³`, `9.8 m/s²`) out of the
//! markers. Expected values were written by reading the fixtures.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Document, Status};
use papers_support::{note_links, only, run, work};

const PAPER: &str = "fixtures/proteccion_datos_notas_es.txt";
const CONTROL: &str = "fixtures/soil_carbon_units_en.txt";

fn paper() -> Document {
    run(PAPER).1
}

#[test]
fn plain_labels_after_raised_markers_are_notes() {
    let doc = paper();
    let numbers: Vec<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, (1..=10).collect::<Vec<_>>());
    assert!(doc.footnotes[2].text.starts_with("STS 545/2015"));
    // Each marker in the text has its note, and no finding is made.
    assert_eq!(doc.markers.len(), 10);
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn judgments_keep_their_appeal_docket() {
    let doc = paper();
    let fields = |n: u32| only(&doc, n).fields.as_deref().unwrap().clone();
    let san = fields(2);
    assert_eq!(san.kind, "legal_case");
    assert_eq!(san.publisher.as_deref(), Some("SAN"));
    assert_eq!(san.number.as_deref(), Some("725/2010"));
    assert_eq!(san.issued.as_ref().unwrap().date_parts, [[2014, 12, 29]]);
    // The docket in brackets after the day, then the legal ground cited.
    let sts = fields(3);
    assert_eq!(sts.title.as_deref(), Some("545/2015"));
    assert_eq!(sts.number.as_deref(), Some("2772/2013"));
    assert_eq!(sts.issued.as_ref().unwrap().date_parts, [[2015, 10, 15]]);
    assert_eq!(only(&doc, 3).locator.as_ref().unwrap().value, "6");
    // `recurso de casación núm.` spelt out.
    let worded = fields(6);
    assert_eq!(worded.number.as_deref(), Some("5579/2018"));
    assert_eq!(only(&doc, 6).locator.as_ref().unwrap().value, "7");
}

#[test]
fn parties_before_an_eu_case_number_name_the_judgment() {
    let doc = paper();
    let f = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("Google Spain y Google"));
    assert_eq!(f.number.as_deref(), Some("C-131/12"));
    assert_eq!(f.publisher.as_deref(), Some("STJUE"));
}

#[test]
fn acts_keep_their_name_after_the_day_and_provisions_before_them() {
    let doc = paper();
    let lopd = only(&doc, 4);
    let f = lopd.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(
        f.title.as_deref(),
        Some(
            "Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y \
             garantía de los derechos digitales"
        )
    );
    assert_eq!(f.issued.as_ref().unwrap().date_parts, [[2018, 12, 5]]);
    assert_eq!(lopd.locator.as_ref().unwrap().value, "Art. 93");
    // The act cited with its name and then without it is one work; the
    // `Ibidem` after it is that act.
    let named = only(&doc, 7);
    assert_eq!(named.locator.as_ref().unwrap().value, "Art. 21");
    assert_eq!(only(&doc, 8).reference, named.reference);
    assert_eq!(only(&doc, 8).locator.as_ref().unwrap().value, "art. 24");
    assert_eq!(only(&doc, 9).kind, CitationKind::Ibid);
    assert_eq!(only(&doc, 9).reference, named.reference);
    assert_eq!(work(&doc, named).kind, "legislation");
}

#[test]
fn the_book_is_linked_to_the_bibliography() {
    let doc = paper();
    assert_eq!(
        note_links(&doc, 5),
        [(CitationKind::Full, Status::Resolved, Some(1))]
    );
    assert_eq!(
        note_links(&doc, 10),
        [(CitationKind::Short, Status::Resolved, Some(1))]
    );
}

#[test]
fn units_squared_are_no_markers_and_headings_no_notes() {
    let doc = run(CONTROL).1;
    let numbers: Vec<u32> = doc.markers.iter().map(|m| m.number).collect();
    assert_eq!(numbers, [1, 2, 3]);
    let notes: Vec<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(notes, [1, 2, 3]);
    assert!(doc.footnotes[0].text.starts_with("Data and code"));
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}
