#[path = "papers_support/mod.rs"]
mod papers_support;

// Spanish and Italian history papers as PDF-to-text gives them: archival
// sources cited by the archive's abbreviation and numbered bundles (`AHN,
// Consejos, leg. 1234, exp. 5`; `ASV, Segr. Stato, b. 12, fasc. 3`), and
// Italian articles whose journal stands in quotes after `in` (`Titolo, in
// «Rivista storica italiana», CXII (2000)`). Expected values were written
// by reading the papers.

use opcit::model::{CitationKind, CslItem, Status};
use papers_support::{entry, entry_number, only, run, run_text, work};

const ES: &str = "fixtures/contrabando_pdf_es.txt";
const IT: &str = "fixtures/santa_sede_pdf_it.txt";

/// (archive, shelfmark) of a manuscript.
#[allow(clippy::expect_used)]
fn archive(item: &CslItem) -> (&str, &str) {
    let a = item.archive.as_deref().expect("an archive");
    (a.archive.as_str(), a.location.as_deref().unwrap_or(""))
}

#[test]
fn spanish_archival_notes_name_the_archive_by_its_abbreviation_and_the_bundle() {
    let (_, doc) = run(ES);
    let agn = only(&doc, 6);
    assert_eq!(agn.kind, CitationKind::Full);
    let item = work(&doc, agn);
    assert_eq!(item.kind, "manuscript");
    assert_eq!(
        archive(item),
        ("AGN", "Sala IX, Comerciales, leg. 4, exp. 12")
    );
    // `Ibíd., fol. 23v.` repeats the file, at its leaf.
    let ibid = only(&doc, 7);
    assert_eq!(ibid.kind, CitationKind::Ibid);
    assert_eq!(ibid.reference, agn.reference);
    assert_eq!(ibid.locator.as_ref().unwrap().value, "23v");
    // The Council's file is cited twice, the second time by its shelfmark
    // alone: one work.
    let first = only(&doc, 9);
    assert_eq!(
        archive(work(&doc, first)),
        ("AHN", "Consejos, leg. 1234, exp. 5")
    );
    assert_eq!(only(&doc, 34).reference, first.reference);
}

#[test]
fn ibid_after_an_archival_note_repeats_the_file_not_an_older_book() {
    let (_, doc) = run(ES);
    let file = only(&doc, 18);
    assert_eq!(
        archive(work(&doc, file)),
        ("AGN", "Sala IX, Tribunales, leg. 153, exp. 7")
    );
    let ibid = only(&doc, 19);
    assert_eq!(ibid.status, Some(Status::Resolved));
    assert_eq!(ibid.reference, file.reference);
}

#[test]
fn italian_archival_note_and_ivi_after_it() {
    let (_, doc) = run(IT);
    let asv = only(&doc, 5);
    assert_eq!(
        archive(work(&doc, asv)),
        ("ASV", "Segr. Stato, anno 1891, rubr. 12, b. 12, fasc. 3")
    );
    assert_eq!(asv.locator.as_ref().unwrap().value, "45-47");
    let ivi = only(&doc, 6);
    assert_eq!(ivi.status, Some(Status::Resolved));
    assert_eq!(ivi.reference, asv.reference);
    assert_eq!(ivi.locator.as_ref().unwrap().value, "50");
    // Note 21 cites the same file again in full.
    assert_eq!(only(&doc, 21).reference, asv.reference);
}

#[test]
fn italian_article_with_its_journal_in_quotes_after_in() {
    let (_, doc) = run(IT);
    // `Ead., La questione romana …, in «Rivista storica italiana», CXII
    // (2000), pp. 1-30.`
    let e = entry(&doc, 11);
    assert_eq!(e.kind, "article-journal");
    assert_eq!(
        e.title.as_deref(),
        Some("La questione romana nella stampa cattolica")
    );
    assert_eq!(
        e.container_title.as_deref(),
        Some("Rivista storica italiana")
    );
    assert_eq!(e.volume.as_deref(), Some("CXII"));
    assert_eq!(e.page.as_deref(), Some("1-30"));
    assert_eq!(e.publisher, None);
    // The note citing it in full, the short form by title with `cit.` and
    // the `Ivi` after it all reach that entry.
    for n in [13, 25, 26] {
        let c = only(&doc, n);
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        assert_eq!(entry_number(&doc, c), Some(11), "note {n}");
    }
}

#[test]
fn a_quoted_journal_after_in_with_an_arabic_volume() {
    let doc = run_text(
        "Testo.1\n\n\
         1 G. Bianchi, Le riforme amministrative del Regno, in «Studi storici», 41 (2000), pp. 5-40.\n",
    );
    let c = only(&doc, 1);
    let item = c.fields.as_deref().unwrap();
    assert_eq!(
        item.title.as_deref(),
        Some("Le riforme amministrative del Regno")
    );
    assert_eq!(item.container_title.as_deref(), Some("Studi storici"));
    assert_eq!(item.volume.as_deref(), Some("41"));
}

#[test]
fn a_person_in_capitals_before_a_book_is_no_archive() {
    // ABNT writes the family name in capitals, as archives are abbreviated;
    // a given name and a title after it make a book, not a section.
    let doc = run_text(
        "Texto.\n\nReferências\n\n\
         SOUZA, Maria Clara. A política dos governadores no Brasil republicano. Revista de História, São Paulo, n. 24, p. 41-67, jun. 2005.\n",
    );
    let e = entry(&doc, 1);
    assert_ne!(e.kind, "manuscript");
    assert_eq!(e.author[0].family.as_deref(), Some("SOUZA"));
}
