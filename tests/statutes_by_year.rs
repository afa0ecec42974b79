//! Acts numbered anew each year, cited by kind, number and year: Spanish
//! laws (`Ley 41/2002, de 14 de noviembre, básica reguladora …`, `LO
//! 3/2018`, `Real Decreto 1720/2007`, `RDL 8/2020`) and Czech acts of the
//! Collection of Laws (`Zákon č. 89/2012 Sb., občanský zákoník`, in the
//! genitive after a provision: `§ 52 zákona č. 90/2012 Sb., …`). The
//! number is the act's with its year (and the collection: `89/2012
//! Sb.`), and a long name after the date is the act's title. Expected
//! values were written by reading the fixtures.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, CslItem, Document, Status};
use papers_support::{note_links, only, run};

const SPANISH: &str = "fixtures/historia_clinica_leyes_notas_es.txt";
const CZECH: &str = "fixtures/ochrana_osobnosti_judikatura_cs.txt";

fn act(doc: &Document, n: u32) -> CslItem {
    let f = only(doc, n).fields.as_deref().unwrap().clone();
    assert_eq!(f.kind, "legislation", "note {n}");
    f
}

#[test]
fn spanish_laws_are_numbered_with_their_year() {
    let doc = run(SPANISH).1;
    for (n, number, year) in [
        (1, "41/2002", 2002),
        (2, "3/2018", 2018),
        (3, "1720/2007", 2007),
        (4, "8/2020", 2020),
        (10, "41/2002", 2002),
    ] {
        let a = act(&doc, n);
        assert_eq!(a.number.as_deref(), Some(number), "note {n}");
        assert_eq!(a.year(), Some(year), "note {n}");
    }
    // The basic law's name, nineteen words, is its title's.
    assert_eq!(
        act(&doc, 1).title.as_deref(),
        Some(
            "Ley 41/2002, de 14 de noviembre, básica reguladora de la autonomía del paciente y de \
             derechos y obligaciones en materia de información y documentación clínica"
        )
    );
    // Cited again with an article, it is the same act.
    assert_eq!(only(&doc, 10).reference, only(&doc, 1).reference);
    assert_eq!(only(&doc, 10).locator.as_ref().unwrap().value, "art. 1");
}

#[test]
fn czech_acts_are_numbered_with_year_and_collection() {
    let doc = run(CZECH).1;
    for (n, number, year) in [
        (1, "89/2012 Sb.", 2012),
        (2, "40/1964 Sb.", 1964),
        (3, "1/1993 Sb.", 1993),
        (7, "90/2012 Sb.", 2012),
    ] {
        let a = act(&doc, n);
        assert_eq!(a.number.as_deref(), Some(number), "note {n}");
        assert_eq!(a.year(), Some(year), "note {n}");
        assert_eq!(
            note_links(&doc, n),
            [(CitationKind::Full, Status::Resolved, None)],
            "note {n}"
        );
    }
    // The period of `Sb.` is no end of the title.
    assert_eq!(
        act(&doc, 3).title.as_deref(),
        Some("Ústavní zákon č. 1/1993 Sb.")
    );
    assert_eq!(only(&doc, 3).locator.as_ref().unwrap().value, "čl. 10");
    assert_eq!(
        act(&doc, 1).title.as_deref(),
        Some("Zákon č. 89/2012 Sb., občanský zákoník")
    );
    // In the genitive after the provision cited.
    let a = act(&doc, 7);
    assert_eq!(
        a.title.as_deref(),
        Some("zákona č. 90/2012 Sb., o obchodních společnostech a družstvech")
    );
    assert_eq!(only(&doc, 7).locator.as_ref().unwrap().value, "§ 52");
}
