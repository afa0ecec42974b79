#[path = "papers_support/mod.rs"]
mod papers_support;

// Italian and Spanish law notes and the Romance leftovers of history
// papers: decisions cited by court, date and number (`Cass. civ., sez.
// III, 12 maggio 2010, n. 11234, in Foro it., 2010, I, c. 2345`, `STS
// 123/2015, de 10 de marzo (RJ 2015, 1234)`), titles that quote words
// inside them (`Il «contatto sociale» nella giurisprudenza`), journals
// abbreviated after `in`, `ult. cit.` and `supra, nota N`, an Italian
// medical-liability article as PDF-to-text gives it, and the leaf of an
// archival note. Expected values were written by reading the papers.

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind};
use papers_support::{
    authors, editors, entry, entry_number, findings, in_note, only, paper_of_notes, run, work,
};

const IT: &str = "fixtures/responsabilita_medica_pdf_it.txt";

/// The value of a citation's locator.
fn at(c: &Citation) -> Option<&str> {
    c.locator.as_ref().map(|l| l.value.as_str())
}

/// The label of a citation's locator.
fn label(c: &Citation) -> Option<&str> {
    c.locator.as_ref().map(|l| l.label.as_str())
}

/// The date parts of a work.
fn date(item: &opcit::model::CslItem) -> Vec<i32> {
    item.issued
        .as_ref()
        .map(|d| d.date_parts[0].clone())
        .unwrap_or_default()
}

#[test]
fn italian_decisions_are_cases_of_their_court_date_number_and_report() {
    let (_, doc) = run(IT);
    let cass = work(&doc, only(&doc, 3));
    assert_eq!(cass.kind, "legal_case");
    assert_eq!(cass.publisher.as_deref(), Some("Cass. civ., sez. III"));
    assert_eq!(cass.title.as_deref(), Some("589"));
    assert_eq!(date(cass), vec![1999, 1, 22]);
    assert_eq!(cass.container_title.as_deref(), Some("Foro it."));
    assert_eq!(cass.page.as_deref(), Some("3332"));
    let united = work(&doc, only(&doc, 9));
    assert_eq!(united.publisher.as_deref(), Some("Cass., sez. un."));
    assert_eq!(united.title.as_deref(), Some("577"));
    assert_eq!(date(united), vec![2008, 1, 11]);
    let court = work(&doc, only(&doc, 19));
    assert_eq!(court.publisher.as_deref(), Some("Corte cost."));
    assert_eq!(court.title.as_deref(), Some("238/2014"));
    assert_eq!(date(court), vec![2014]);
    let milan = work(&doc, only(&doc, 20));
    assert_eq!(milan.publisher.as_deref(), Some("Trib. Milano"));
    assert_eq!(date(milan), vec![2014, 7, 17]);
    assert_eq!(milan.container_title.as_deref(), Some("Resp. civ. prev."));
    assert_eq!(milan.page.as_deref(), Some("168"));
}

#[test]
fn spanish_judgments_take_the_year_of_their_number_and_the_report_in_brackets() {
    let (_, doc) = run(IT);
    let sts = work(&doc, only(&doc, 24));
    assert_eq!(sts.kind, "legal_case");
    assert_eq!(sts.publisher.as_deref(), Some("STS"));
    assert_eq!(sts.title.as_deref(), Some("123/2015"));
    assert_eq!(date(sts), vec![2015, 3, 10]);
    assert_eq!(sts.container_title.as_deref(), Some("RJ"));
    assert_eq!(sts.page.as_deref(), Some("1234"));
    let stc = only(&doc, 25);
    assert_eq!(work(&doc, stc).title.as_deref(), Some("11/1981"));
    assert_eq!(date(work(&doc, stc)), vec![1981, 4, 8]);
    assert_eq!(label(stc), Some("paragraph"));
    assert_eq!(at(stc), Some("7"));
}

#[test]
fn back_references_to_decisions_repeat_the_decision() {
    let (source, doc) = run(IT);
    // `Ibidem.` after the Sezioni Unite, `Loc. ult. cit.` after a decision.
    assert_eq!(only(&doc, 10).kind, CitationKind::Ibid);
    assert_eq!(only(&doc, 10).reference, only(&doc, 9).reference);
    assert_eq!(only(&doc, 16).reference, only(&doc, 15).reference);
    // `V. anche Cass. civ., …, n. 11234, cit.` and `Ivi, c. 2347`.
    let again = only(&doc, 33);
    assert_eq!(again.signal.as_deref(), Some("V. anche"));
    assert_eq!(again.reference, only(&doc, 15).reference);
    assert_eq!(only(&doc, 34).reference, only(&doc, 15).reference);
    assert_eq!(only(&doc, 40).reference, only(&doc, 3).reference);
    // Decisions are never expected in the bibliography: the one work
    // missing is Galgano's treatise, the one entry uncited Zeno-Zencovich.
    let found = findings(&source, &doc);
    let missing: Vec<_> = found
        .iter()
        .filter(|f| f.0 == Code::MissingFromBibliography)
        .collect();
    assert_eq!(missing.len(), 1, "{found:?}");
    let galgano = work(&doc, only(&doc, 17));
    assert_eq!(authors(galgano), vec![("GALGANO", "F.")]);
    assert_eq!(only(&doc, 21).reference, only(&doc, 17).reference);
    let uncited: Vec<_> = found
        .iter()
        .filter(|f| f.0 == Code::UncitedReference)
        .collect();
    assert_eq!(uncited.len(), 1, "{found:?}");
    assert!(!found.iter().any(|f| f.0 == Code::DanglingShortForm));
}

#[test]
fn quotes_inside_an_unmarked_title_stay_in_it() {
    let (_, doc) = run(IT);
    let bianchi = entry(&doc, 1);
    assert_eq!(
        bianchi.title.as_deref(),
        Some("Il «contatto sociale» nella giurisprudenza")
    );
    assert_eq!(authors(bianchi), vec![("BIANCHI", "G.")]);
    assert_eq!(bianchi.kind, "article-journal");
    assert_eq!(bianchi.container_title.as_deref(), Some("Riv. dir. civ."));
    let busnelli = entry(&doc, 2);
    assert_eq!(
        busnelli.title.as_deref(),
        Some("Itinerari europei nella «terra di nessuno tra contratto e fatto illecito»")
    );
    assert_eq!(authors(busnelli), vec![("BUSNELLI", "F.D.")]);
    // The note split across the page break is the same article.
    let note = only(&doc, 11);
    assert_eq!(entry_number(&doc, note), Some(1));
    assert_eq!(entry_number(&doc, only(&doc, 27)), Some(2));
    // A chapter of a book `(a cura di)`, in the note and the list.
    let nocco = entry(&doc, 7);
    assert_eq!(nocco.kind, "chapter");
    assert_eq!(
        nocco.title.as_deref(),
        Some("Il «sincretismo causale» e la politica del diritto")
    );
    assert_eq!(authors(nocco), vec![("NOCCO", "L.")]);
    assert_eq!(nocco.editor.len(), 1);
    assert_eq!(nocco.editor[0].family.as_deref(), Some("FRANZONI"));
    assert_eq!(
        nocco.container_title.as_deref(),
        Some("La responsabilità civile")
    );
    assert_eq!(entry_number(&doc, only(&doc, 18)), Some(7));
    assert_eq!(entry_number(&doc, only(&doc, 32)), Some(7));
    let edited = entry(&doc, 6);
    // `(a cura di)`: the editor.
    assert_eq!(editors(edited), vec![("FRANZONI", "M.")]);
    assert_eq!(entry_number(&doc, only(&doc, 39)), Some(6));
}

#[test]
fn a_doctoral_thesis_at_la_sapienza_is_read_in_note_and_list() {
    let (_, doc) = run(IT);
    let thesis = entry(&doc, 10);
    assert_eq!(thesis.kind, "thesis");
    assert_eq!(thesis.genre.as_deref(), Some("tesi di dottorato"));
    assert_eq!(
        thesis.publisher.as_deref(),
        Some("Università degli Studi di Roma «La Sapienza»")
    );
    let note = only(&doc, 22);
    assert_eq!(entry_number(&doc, note), Some(10));
    assert_eq!(at(note), Some("77"));
    assert_eq!(entry_number(&doc, only(&doc, 37)), Some(10));
    let id = only(&doc, 38);
    assert_eq!(entry_number(&doc, id), Some(10));
    assert_eq!(at(id), Some("82"));
}

#[test]
fn italian_short_forms_find_their_works() {
    let (_, doc) = run(IT);
    // Castronovo cited in full after `v., per tutti,`, then by op. cit.,
    // by short title after a lead-in, and after `Per un quadro … v.`.
    let first = only(&doc, 1);
    assert_eq!(first.signal.as_deref(), Some("v."));
    for n in [1, 8, 36, 42] {
        assert_eq!(entry_number(&doc, only(&doc, n)), Some(3), "note {n}");
    }
    // Di Majo's article in `Corr. giur.`, then Ivi and op. cit.
    let di_majo = entry(&doc, 4);
    assert_eq!(di_majo.kind, "article-journal");
    assert_eq!(di_majo.container_title.as_deref(), Some("Corr. giur."));
    for n in [4, 5, 41] {
        assert_eq!(entry_number(&doc, only(&doc, n)), Some(4), "note {n}");
    }
    assert_eq!(at(only(&doc, 5)), Some("448"));
    // Rossi's two books: ID. with a new title is his second.
    assert_eq!(entry_number(&doc, only(&doc, 6)), Some(8));
    assert_eq!(entry_number(&doc, only(&doc, 7)), Some(9));
    assert_eq!(entry_number(&doc, only(&doc, 14)), Some(9));
    assert_eq!(entry_number(&doc, only(&doc, 35)), Some(8));
    // `V. supra, nota 6` and `Cfr. supra, nota 11`.
    let supra = only(&doc, 13);
    assert_eq!(supra.kind, CitationKind::Supra);
    assert_eq!(entry_number(&doc, supra), Some(8));
    assert_eq!(entry_number(&doc, only(&doc, 29)), Some(1));
    // `Ult. cit., p. 160` repeats Bianchi; `BIANCHI, op. cit.` too.
    let last = only(&doc, 12);
    assert_eq!(last.kind, CitationKind::Ibid);
    assert_eq!(entry_number(&doc, last), Some(1));
    assert_eq!(at(last), Some("160"));
    assert_eq!(entry_number(&doc, only(&doc, 31)), Some(1));
    // The Spanish book after `In prospettiva comparata v. anche`.
    let diez = only(&doc, 23);
    assert_eq!(diez.signal.as_deref(), Some("v. anche"));
    assert_eq!(entry_number(&doc, diez), Some(5));
    assert_eq!(entry_number(&doc, only(&doc, 26)), Some(5));
    // `ID., op. cit.` after Busnelli.
    let id = only(&doc, 28);
    assert_eq!(entry_number(&doc, id), Some(2));
    assert_eq!(at(id), Some("545"));
    // The statute of note 2 (`L. 8 marzo 2017, n. 24, recante …`) is
    // legislation, no work of the bibliography.
    let law = only(&doc, 2);
    assert_eq!(work(&doc, law).kind, "legislation");
    assert_eq!(entry_number(&doc, law), None);
}

#[test]
fn guillemets_inside_a_book_title_in_a_note() {
    let doc = paper_of_notes("Testo", &[
        "G. Bianchi, Il «partito romano». Politica italiana e curia, Roma, Carocci, 2001, p. 45.",
        "L. Verdi, Il potere locale, tesi di dottorato, Università degli Studi di Roma «La Sapienza», 2010, p. 12.",
    ]);
    let book = only(&doc, 1);
    let item = work(&doc, book);
    assert_eq!(
        item.title.as_deref(),
        Some("Il «partito romano». Politica italiana e curia")
    );
    assert_eq!(authors(item), vec![("Bianchi", "G.")]);
    assert_eq!(item.publisher.as_deref(), Some("Carocci"));
    assert_eq!(item.publisher_place.as_deref(), Some("Roma"));
    assert_eq!(at(book), Some("45"));
    let thesis = work(&doc, only(&doc, 2));
    assert_eq!(thesis.kind, "thesis");
    assert_eq!(thesis.title.as_deref(), Some("Il potere locale"));
    assert_eq!(authors(thesis), vec![("Verdi", "L.")]);
}

#[test]
fn a_quoted_title_after_a_comma_or_in_is_still_the_title() {
    let doc = paper_of_notes("Testo", &[
        "M. Rossi, «La questione romana», in «Rivista storica italiana», CXII (2000), pp. 1-30.",
        "J. Smith, “Land and Law,” Journal of Legal History 12 (1991): 45.",
    ]);
    assert_eq!(
        work(&doc, only(&doc, 1)).title.as_deref(),
        Some("La questione romana")
    );
    assert_eq!(
        work(&doc, only(&doc, 2)).title.as_deref(),
        Some("Land and Law")
    );
}

#[test]
fn the_leaf_after_a_shelfmark_in_words_is_the_locator() {
    let doc = paper_of_notes("Testo", &["Arquivo Nacional, códice 12, fl. 3v."]);
    let c = only(&doc, 1);
    let archive = work(&doc, c).archive.as_deref().unwrap();
    assert_eq!(archive.archive, "Arquivo Nacional");
    assert_eq!(archive.location.as_deref(), Some("códice 12"));
    assert_eq!(label(c), Some("folio"));
    assert_eq!(at(c), Some("3v"));
}

#[test]
fn a_spanish_date_with_de_is_the_documents_date() {
    let doc = paper_of_notes("Testo", &[
        "AHN, Consejos, leg. 1234, exp. 5, Consulta del Consejo de Indias, Madrid, 12 de marzo de 1778.",
    ]);
    let item = work(&doc, only(&doc, 1));
    assert_eq!(date(item), vec![1778, 3, 12]);
    assert_eq!(
        item.title.as_deref(),
        Some("Consulta del Consejo de Indias, Madrid")
    );
}

#[test]
fn v_after_a_lowercase_lead_in_is_a_signal_but_not_between_parties() {
    let doc = paper_of_notes("Testo", &[
        "Sul punto v. M. Franzoni, La responsabilità civile, Torino, Utet, 2016, p. 4.",
        "Leaders of a Beautiful Struggle v. Baltimore Police Dep't, 2 F.4th 330 (4th Cir. 2021).",
    ]);
    let c = only(&doc, 1);
    assert_eq!(c.signal.as_deref(), Some("v."));
    assert_eq!(authors(work(&doc, c)), vec![("Franzoni", "M.")]);
    assert!(in_note(&doc, 2).iter().all(|c| c.signal.is_none()));
}
