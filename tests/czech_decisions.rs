//! Czech decisions: the word (`rozsudek`, `nález`, `usnesení`), the court
//! by its abbreviation (`ÚS`, `NS`) or written out in the genitive
//! (`Nejvyššího soudu`, `Nejvyššího správního soudu`), the date written
//! with numbers and spaces (`12. 3. 2015`) and the docket after `sp. zn.`,
//! before or after the date. Expected values were written by reading the
//! fixture.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{note_links, only, run};

const PAPER: &str = "fixtures/ochrana_osobnosti_judikatura_cs.txt";

#[test]
fn decisions_are_read_with_court_date_and_docket() {
    let doc = run(PAPER).1;
    for (n, court, docket, date) in [
        (4, "ÚS", "Pl. ÚS 19/93", [1993, 12, 21]),
        (5, "Nejvyššího soudu", "25 Cdo 1234/2013", [2015, 3, 12]),
        (
            6,
            "Nejvyššího správního soudu",
            "4 As 12/2018",
            [2018, 6, 5],
        ),
    ] {
        let f = only(&doc, n).fields.as_deref().unwrap();
        assert_eq!(f.kind, "legal_case", "note {n}");
        assert_eq!(f.publisher.as_deref(), Some(court), "note {n}");
        assert_eq!(f.title.as_deref(), Some(docket), "note {n}");
        assert_eq!(
            f.issued.as_ref().unwrap().date_parts,
            vec![date.to_vec()],
            "note {n}"
        );
        assert_eq!(
            note_links(&doc, n),
            [(CitationKind::Full, Status::Resolved, None)],
            "note {n}"
        );
    }
    // Every note cites, and each decision is a work of its own.
    let works: std::collections::HashSet<_> =
        (1..=7).map(|n| only(&doc, n).reference.clone()).collect();
    assert_eq!(works.len(), 7);
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}
