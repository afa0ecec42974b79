//! A Swiss and Austrian tenancy-law article as pdftotext gives it: Swiss
//! decisions (`BGE 140 III 86 E. 4.2`, `BGer 4A_123/2019 vom 12.3.2019`),
//! an Austrian decision cited by court, date and Geschäftszahl (`OGH
//! 12.3.2019, 4 Ob 123/18x, JBl 2019, 456`), `RIS-Justiz`, commentaries
//! cited by `N` and `Rz`, `aaO`, `a.a.O.`, `ebd.`, `ders.` and `(Fn. 7)`.
//! Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{findings, in_note, note_links, only, run, run_text};

const PAPER: &str = "fixtures/mietrecht_ch_at_pdf_de.txt";

#[test]
fn an_austrian_decision_is_a_case_of_its_own() {
    let (source, doc) = run(PAPER);
    let ogh = only(&doc, 5);
    assert_eq!(ogh.kind, CitationKind::Full);
    let fields = ogh.fields.as_deref().unwrap();
    assert_eq!(fields.kind, "legal_case");
    assert_eq!(fields.publisher.as_deref(), Some("OGH"));
    assert_eq!(fields.title.as_deref(), Some("4 Ob 123/18x"));
    assert_eq!(fields.container_title.as_deref(), Some("JBl"));
    assert_eq!(fields.page.as_deref(), Some("456"));
    assert_eq!(fields.year(), Some(2019));
    // A decision is never missing from the bibliography. `Vonkilch (Fn.
    // 7), 298`, where note 7 cites two of his articles (`ders.`), is the
    // one whose pages hold page 298 (ÖJZ 2016, 293–300; not wobl 2017,
    // 12–20): no finding.
    assert_eq!(findings(&source, &doc), []);
    // Without its journal, and a Landesgericht with its seat.
    let doc = run_text("Text.1 Text.2\n\n1 OGH 5.4.2018, 1 Ob 2/18d.\n2 OLG Wien 3.2.2017, 39 R 12/17k, ZVR 2018, 88.\n");
    let first = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(first.kind, "legal_case");
    assert_eq!(first.title.as_deref(), Some("1 Ob 2/18d"));
    let second = only(&doc, 2).fields.as_deref().unwrap();
    assert_eq!(second.publisher.as_deref(), Some("OLG Wien"));
}

#[test]
fn back_references_find_their_works() {
    let (_, doc) = run(PAPER);
    // The list: 1 Higi/Bühlmann, 2 Lachat, 3 Vonkilch (ÖJZ), 4 Vonkilch
    // (wobl), 5 Weber, 6 Würth/Zingher/Kovanyi.
    use CitationKind::{Full, Ibid, Short, Supra};
    use Status::Resolved;
    assert_eq!(
        note_links(&doc, 3),
        [(Full, Resolved, Some(2)), (Full, Resolved, Some(1))]
    );
    assert_eq!(note_links(&doc, 4), [(Full, Resolved, Some(5))]);
    assert_eq!(
        note_links(&doc, 7),
        [(Full, Resolved, Some(3)), (Full, Resolved, Some(4))]
    );
    assert_eq!(
        note_links(&doc, 8),
        [
            (Short, Resolved, Some(5)),
            (Short, Resolved, Some(2)),
            (Ibid, Resolved, Some(2)),
            (Supra, Resolved, Some(3))
        ]
    );
    let pages: Vec<_> = in_note(&doc, 8)
        .iter()
        .map(|c| c.locator.as_ref().map(|l| l.value.clone()))
        .collect();
    assert_eq!(
        pages,
        [
            Some("10".to_string()),
            Some("750".to_string()),
            Some("752".to_string()),
            Some("298".to_string())
        ]
    );
    // `ders.` is the author before it.
    let ders = &in_note(&doc, 7)[1];
    let fields = ders.fields.as_deref().unwrap();
    assert_eq!(fields.author[0].literal.as_deref(), Some("Vonkilch"));
    assert_eq!(fields.title.as_deref(), Some("Wohnrecht"));
}
