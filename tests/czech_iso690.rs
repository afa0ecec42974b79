//! A Czech paper in ČSN ISO 690: several authors joined by dashes
//! (`JANÁK, Jan – HLEDÍKOVÁ, Zdeňka – DOBEŠ, Jan.`) and cited again by
//! their surnames so joined (`JANÁK – HLEDÍKOVÁ – DOBEŠ, op. cit.`), and
//! acts of the Collection of Laws by kind, number and year (`Zákon č.
//! 125/1927 Sb., o organisaci politické správy`), also after the provision
//! cited (`§ 2 odst. 1 zákona č. 89/2012 Sb., občanský zákoník`).
//! Expected values were written by reading the fixture.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Document, Status};
use papers_support::{entry, note_links, only, run};

const PAPER: &str = "fixtures/verejna_sprava_iso690_cs.txt";

fn paper() -> Document {
    run(PAPER).1
}

fn families(names: &[opcit::model::CslName]) -> Vec<&str> {
    names.iter().filter_map(|n| n.family.as_deref()).collect()
}

#[test]
fn authors_joined_by_dashes_are_each_read() {
    let doc = paper();
    let f = only(&doc, 2).fields.as_deref().unwrap();
    assert_eq!(families(&f.author), ["JANÁK", "HLEDÍKOVÁ", "DOBEŠ"]);
    assert_eq!(f.author[1].given.as_deref(), Some("Zdeňka"));
    assert_eq!(
        f.title.as_deref(),
        Some("Dějiny správy v českých zemích od počátků státu po současnost")
    );
    let e = entry(&doc, 2);
    assert_eq!(families(&e.author), ["JANÁK", "HLEDÍKOVÁ", "DOBEŠ"]);
    assert_eq!(e.publisher.as_deref(), Some("Nakladatelství Lidové noviny"));
    assert_eq!(
        note_links(&doc, 2),
        [(CitationKind::Full, Status::Resolved, Some(2))]
    );
    // The short form by the three surnames finds note 2's work.
    assert_eq!(
        note_links(&doc, 9),
        [(CitationKind::Short, Status::Resolved, Some(2))]
    );
    assert_eq!(only(&doc, 9).locator.as_ref().unwrap().value, "400");
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn acts_of_the_collection_are_cited_by_kind_number_and_year() {
    let doc = paper();
    let act = |n: u32| only(&doc, n).fields.as_deref().unwrap().clone();
    let a = act(3);
    assert_eq!(a.kind, "legislation");
    assert_eq!(
        a.title.as_deref(),
        Some("Zákon č. 125/1927 Sb., o organisaci politické správy")
    );
    assert_eq!(a.number.as_deref(), Some("125/1927 Sb."));
    assert_eq!(a.year(), Some(1927));
    // The provision first, then the act in the genitive.
    let c = only(&doc, 11);
    assert_eq!(c.signal.as_deref(), Some("Srov."));
    assert_eq!(c.locator.as_ref().unwrap().value, "§ 2 odst. 1");
    let a = act(11);
    assert_eq!(a.number.as_deref(), Some("89/2012 Sb."));
    assert_eq!(a.year(), Some(2012));
    assert!(a.title.as_deref().unwrap().ends_with("občanský zákoník"));
    // The provision after the act's name.
    let c = only(&doc, 12);
    assert_eq!(c.locator.as_ref().unwrap().value, "čl. 99");
    assert_eq!(act(12).number.as_deref(), Some("1/1993 Sb."));
    for n in [3, 11, 12] {
        assert_eq!(
            note_links(&doc, n),
            [(CitationKind::Full, Status::Resolved, None)],
            "note {n}"
        );
    }
}
