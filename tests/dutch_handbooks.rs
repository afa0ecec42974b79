//! Dutch handbook series cited by series, author, part, year and margin
//! number (`Asser/Sieburgh 6-IV 2019/35`, `Pitlo/Reehuis & Heisterkamp
//! 2012/45`), found in a `Literatuur` list that gives the volume's full
//! title (`Mr. C. Assers Handleiding …`), or names the volume the way the
//! notes cite it on a line of its own before the full reference; and law
//! reviews cited by year and article number (`NJB 2018/1234`).
//! Expected values were written by reading the fixture.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Document, Status};
use papers_support::{authors, entry, note_links, only, run, run_text};

const PAPER: &str = "fixtures/overheidsaansprakelijkheid_handboeken_nl.txt";

fn paper() -> Document {
    run(PAPER).1
}

#[test]
fn a_volume_cited_by_its_series_finds_the_entry_that_names_the_series_in_its_title() {
    let doc = paper();
    // `Mr. C. Assers Handleiding …` by Sieburgh, 2019: entry 5.
    assert_eq!(
        entry(&doc, 5)
            .title
            .as_deref()
            .map(|t| t.starts_with("Mr. C. Assers Handleiding")),
        Some(true)
    );
    for n in [5, 10] {
        assert_eq!(
            note_links(&doc, n),
            [(CitationKind::Full, Status::Resolved, Some(5))],
            "note {n}"
        );
    }
    assert_eq!(only(&doc, 5).locator.as_ref().unwrap().value, "35");
    // `Ibid.` after it is the same volume.
    assert_eq!(
        note_links(&doc, 11),
        [(CitationKind::Ibid, Status::Resolved, Some(5))]
    );
    // Sieburgh's article of the same year is another work, cited nowhere.
    let uncited: Vec<Option<usize>> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UncitedReference)
        .map(|d| {
            doc.references
                .iter()
                .find(|r| r.span.start == d.span.start)
                .and_then(|r| r.bibliography_index)
        })
        .collect();
    assert_eq!(uncited, [Some(6)]);
    assert!(!doc
        .diagnostics
        .iter()
        .any(|d| d.code == Code::MissingFromBibliography));
}

#[test]
fn a_volume_named_as_the_notes_cite_it_before_its_full_reference_is_one_entry() {
    let doc = paper();
    // `Pitlo/Reehuis & Heisterkamp 2012` / `W.H.M. Reehuis & A.H.T.
    // Heisterkamp, Pitlo. Het Nederlands burgerlijk recht …`.
    assert_eq!(
        doc.references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count(),
        6
    );
    let e = entry(&doc, 4);
    assert_eq!(
        authors(e),
        [("Reehuis", "W.H.M."), ("Heisterkamp", "A.H.T.")]
    );
    assert_eq!(
        e.title.as_deref(),
        Some("Pitlo. Het Nederlands burgerlijk recht. Deel 3. Goederenrecht")
    );
    assert_eq!(e.publisher.as_deref(), Some("Kluwer"));
    assert_eq!(
        note_links(&doc, 12),
        [(CitationKind::Full, Status::Resolved, Some(4))]
    );
}

#[test]
fn a_volume_of_another_series_or_another_year_is_not_taken() {
    let text = "Titel\n\nTekst.1 Meer.2\n\n1 Asser/Sieburgh 6-IV 2019/35.\n2 Pitlo/Sieburgh 2019/4.\n\nLiteratuur\n\nSieburgh, C.H., Mr. C. Assers Handleiding tot de beoefening van het Nederlands Burgerlijk Recht. 6. Verbintenissenrecht. Deel IV, Deventer: Wolters Kluwer 2017.\nSieburgh, C.H., Toerekening en risico, Deventer: Kluwer 2019.\n";
    let doc = run_text(text);
    // Another year (2017), and a title without the series: neither.
    assert_eq!(
        note_links(&doc, 1),
        [(CitationKind::Full, Status::Resolved, None)]
    );
    assert_eq!(
        note_links(&doc, 2),
        [(CitationKind::Full, Status::Resolved, None)]
    );
}

#[test]
fn a_law_review_cited_by_year_and_number_keeps_the_number() {
    let doc = paper();
    // `NJB 2018/1234, afl. 25, p. 1796-1803`.
    let e = entry(&doc, 3);
    assert_eq!(e.container_title.as_deref(), Some("NJB"));
    assert_eq!(e.number.as_deref(), Some("1234"));
    assert_eq!(e.page.as_deref(), Some("1796-1803"));
    assert_eq!(e.issue.as_deref(), Some("25"));
    assert!(
        doc.references[2].unparsed.is_none(),
        "{:?}",
        doc.references[2]
    );
    // `NTB 2020/12` in the note and in the list alike.
    let c = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(c.number.as_deref(), Some("12"));
    assert_eq!(entry(&doc, 2).number.as_deref(), Some("12"));
}
