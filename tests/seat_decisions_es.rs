//! Spanish judgments cited by their court's abbreviation, where a court
//! of a province or region gives its seat before the judgment's number
//! (`SAP Madrid 123/2019, de 5 de marzo`), beside those of the national
//! courts (`STS 545/2015, de 15 de octubre`, `STC 292/2000`, `SAN de 29
//! de diciembre de 2014 (rec. 725/2010)`). Expected values were written
//! by reading the fixture.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{note_links, only, run};

const PAPER: &str = "fixtures/historia_clinica_leyes_notas_es.txt";

#[test]
fn a_judgment_of_a_provincial_court_is_read_with_its_seat() {
    let doc = run(PAPER).1;
    let f = only(&doc, 6).fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("SAP Madrid"));
    assert_eq!(f.title.as_deref(), Some("123/2019"));
    assert_eq!(f.year(), Some(2019));
    assert_eq!(
        note_links(&doc, 6),
        [(CitationKind::Full, Status::Resolved, None)]
    );
}

#[test]
fn every_note_cites_one_work_and_nothing_is_found_wrong() {
    let doc = run(PAPER).1;
    for n in 1..=10 {
        assert_eq!(
            note_links(&doc, n),
            [(CitationKind::Full, Status::Resolved, None)],
            "note {n}"
        );
    }
    // The national courts' judgments, by number or by day.
    let case = |n: u32| only(&doc, n).fields.as_deref().unwrap().clone();
    assert_eq!(case(5).title.as_deref(), Some("545/2015"));
    assert_eq!(case(5).number.as_deref(), Some("ECLI:ES:TS:2015:4132"));
    assert_eq!(case(7).title.as_deref(), Some("292/2000"));
    assert_eq!(only(&doc, 7).locator.as_ref().unwrap().value, "7");
    assert_eq!(case(8).number.as_deref(), Some("725/2010"));
    assert_eq!(case(8).year(), Some(2014));
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}
