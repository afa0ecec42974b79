// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

// A French law review article (Resp. civ. et assur. style) and a Spanish
// colonial-history article with archive notes, as PDF-to-text gives them,
// and the Romance editors, volumes, decisions, statutes and locators their
// notes cite. Expected values were written by reading the papers.

use opcit::model::{Citation, CitationKind, CslItem};
use papers_support::{entry, entry_number, only, paper_of_notes, run, work};

const FR: &str = "fixtures/responsabilite_editeurs_pdf_fr.txt";
const ES: &str = "fixtures/cabildo_lima_pdf_es.txt";

/// The label and value of a citation's locator.
fn at(c: &Citation) -> Option<(&str, &str)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

/// The family names of a list of names.
fn families(names: &[opcit::model::CslName]) -> Vec<&str> {
    names.iter().filter_map(|n| n.family.as_deref()).collect()
}

/// The date parts of a work.
fn date(item: &CslItem) -> Vec<i32> {
    item.issued
        .as_ref()
        .map(|d| d.date_parts[0].clone())
        .unwrap_or_default()
}

/// The fields a full citation was read into.
fn fields(c: &Citation) -> &CslItem {
    c.fields.as_deref().expect("a full citation has fields")
}

/// The archive and shelfmark of an archival source.
fn shelf(item: &CslItem) -> Option<(&str, &str)> {
    let a = item.archive.as_deref()?;
    Some((a.archive.as_str(), a.location.as_deref()?))
}

#[test]
fn names_before_dir_edited_the_work() {
    let (_, doc) = run(FR);
    let cornu = work(&doc, only(&doc, 2));
    assert_eq!(cornu.kind, "book");
    assert!(cornu.author.is_empty());
    assert_eq!(families(&cornu.editor), ["Cornu"]);
    assert_eq!(cornu.title.as_deref(), Some("Vocabulaire juridique"));
    assert_eq!(cornu.publisher.as_deref(), Some("PUF"));
    // The list's `Cornu G. (dir.), …` is the same work, and `Cornu, op.
    // cit.` finds it by the editor's name.
    assert_eq!(entry_number(&doc, only(&doc, 2)), Some(2));
    assert_eq!(families(&entry(&doc, 2).editor), ["Cornu"]);
    let later = only(&doc, 16);
    assert_eq!(later.kind, CitationKind::Short);
    assert_eq!(entry_number(&doc, later), Some(2));
    assert_eq!(at(later), Some(("page", "490")));
    let tourneau = fields(only(&doc, 15));
    assert_eq!(families(&tourneau.editor), ["Le Tourneau"]);
    assert!(tourneau.author.is_empty());
    // Authors without a role stay authors.
    let terre = work(&doc, only(&doc, 3));
    assert_eq!(
        families(&terre.author),
        ["Terré", "Simler", "Lequette", "Chénedé"]
    );
    assert!(terre.editor.is_empty());
}

#[test]
fn romance_editor_roles_in_notes() {
    let doc = paper_of_notes(
        "Texte",
        &[
            "L. Díez-Picazo (coord.), Comentario del Código civil, Civitas, Madrid, 2000, p. 3.",
            "J. Miranda (org.), Estudos de direito constitucional, Almedina, Coimbra, 2005, p. 3.",
            "A. Rossi (a cura di), Il diritto privato nella società moderna, Bologna, Il Mulino, 1971, p. 3.",
            "J. Smith (trans.), The Civil Code, Oxford, Clarendon Press, 1990, p. 3.",
        ],
    );
    for (n, family) in [(1, "Díez-Picazo"), (2, "Miranda"), (3, "Rossi")] {
        let w = work(&doc, only(&doc, n));
        assert_eq!(families(&w.editor), [family], "note {n}");
        assert!(w.author.is_empty(), "note {n}");
    }
    // A translator is no editor.
    assert!(work(&doc, only(&doc, 4)).editor.is_empty());
}

#[test]
fn a_volume_title_after_the_volume_is_no_publisher() {
    let (_, doc) = run(FR);
    let planiol = work(&doc, only(&doc, 4));
    assert_eq!(
        planiol.title.as_deref(),
        Some("Traité élémentaire de droit civil")
    );
    assert_eq!(planiol.volume.as_deref(), Some("2"));
    assert_eq!(planiol.volume_title.as_deref(), Some("Les obligations"));
    assert_eq!(planiol.publisher.as_deref(), Some("LGDJ"));
    assert_eq!(planiol.edition.as_deref(), Some("10"));
    assert_eq!(entry_number(&doc, only(&doc, 4)), Some(5));
    assert_eq!(entry(&doc, 5).publisher.as_deref(), Some("LGDJ"));
    assert_eq!(entry_number(&doc, only(&doc, 17)), Some(5));
}

#[test]
fn law_reviews_and_decisions_are_read_with_their_numbers() {
    let (_, doc) = run(FR);
    // `Resp. civ. et assur. 2020, étude 8`: an article of the review,
    // numbered 8.
    let jourdain = work(&doc, only(&doc, 14));
    assert_eq!(jourdain.kind, "article-journal");
    assert_eq!(jourdain.issue.as_deref(), Some("8"));
    assert_eq!(date(jourdain), vec![2020]);
    assert_eq!(entry_number(&doc, only(&doc, 14)), Some(3));
    assert_eq!(entry(&doc, 3).kind, "article-journal");
    // `D. 2019, p. 1542`, `RTD civ. 2020, p. 311`.
    let rochfeld = work(&doc, only(&doc, 7));
    assert_eq!(rochfeld.kind, "article-journal");
    assert_eq!(rochfeld.container_title.as_deref(), Some("D"));
    assert_eq!(rochfeld.page.as_deref(), Some("1542"));
    assert_eq!(only(&doc, 8).kind, CitationKind::Ibid);
    assert_eq!(entry_number(&doc, only(&doc, 12)), Some(6));
    assert_eq!(at(only(&doc, 12)), Some(("page", "1548")));
    // `CEDH, 7 déc. 1976, Handyside c/ Royaume-Uni, req. n° 5493/72, § 49`:
    // the application's number after the parties.
    let handyside = only(&doc, 10);
    let h = work(&doc, handyside);
    assert_eq!(h.kind, "legal_case");
    assert_eq!(h.title.as_deref(), Some("Handyside c/ Royaume-Uni"));
    assert_eq!(h.number.as_deref(), Some("5493/72"));
    assert_eq!(date(h), vec![1976, 12, 7]);
    assert_eq!(at(handyside), Some(("paragraph", "49")));
    let grynbaum = work(&doc, only(&doc, 9));
    assert_eq!(grynbaum.number.as_deref(), Some("17-21.345"));
    assert_eq!(grynbaum.container_title.as_deref(), Some("JCP G"));
}

#[test]
fn spanish_archive_bundles_are_archival_sources() {
    let (_, doc) = run(ES);
    // `AGI, Lima, 654.`: the Archivo General de Indias, section Lima,
    // bundle 654, listed under FUENTES DE ARCHIVO.
    let lima = only(&doc, 3);
    assert_eq!(lima.kind, CitationKind::Full);
    assert_eq!(work(&doc, lima).kind, "manuscript");
    assert_eq!(shelf(work(&doc, lima)), Some(("AGI", "Lima, 654")));
    assert_eq!(entry_number(&doc, lima), Some(4));
    assert_eq!(entry_number(&doc, only(&doc, 11)), Some(4));
    let carta = fields(only(&doc, 6));
    assert_eq!(shelf(carta), Some(("AGI", "Lima, 87")));
    assert_eq!(date(carta), vec![1688, 12, 20]);
    assert_eq!(entry_number(&doc, only(&doc, 6)), Some(2));
    assert_eq!(entry_number(&doc, only(&doc, 7)), Some(2));
    let memorial = only(&doc, 17);
    assert_eq!(
        shelf(work(&doc, memorial)),
        Some(("AGI", "Escribanía, 512A"))
    );
    assert_eq!(entry_number(&doc, memorial), Some(1));
    assert_eq!(entry_number(&doc, only(&doc, 20)), Some(3));
    // The list opens at its archive section: its entries are sources.
    assert_eq!(
        shelf(entry(&doc, 5)),
        Some(("AGN", "Real Audiencia, Causas Civiles, leg. 212"))
    );
    assert_eq!(
        entry(&doc, 7).title.as_deref(),
        Some("La ciudad sumergida. Aristocracia y plebe en Lima, 1760-1830")
    );
}

#[test]
fn leaves_of_archival_files_are_folios() {
    let (_, doc) = run(ES);
    // `Ibid., f. 4.` and `Ídem, f. 9v.` after an AGI bundle: leaves.
    for (n, leaf) in [(18, "4"), (19, "9v")] {
        let c = only(&doc, n);
        assert_eq!(c.kind, CitationKind::Ibid);
        assert_eq!(entry_number(&doc, c), Some(1));
        assert_eq!(at(c), Some(("folio", leaf)));
    }
    assert_eq!(at(only(&doc, 4)), Some(("folio", "118v")));
    // After a book, `Ibid., p. 40.` is a page.
    assert_eq!(at(only(&doc, 2)), Some(("page", "40")));
    assert_eq!(entry_number(&doc, only(&doc, 13)), Some(10));
}

#[test]
fn a_spanish_statute_is_dated_by_its_day() {
    let (_, doc) = run(ES);
    let ley = work(&doc, only(&doc, 16));
    assert_eq!(ley.kind, "legislation");
    // The act's name after its day is part of its title.
    assert_eq!(
        ley.title.as_deref(),
        Some("Ley 26/1984, de 19 de julio, general para la defensa de los consumidores y usuarios")
    );
    assert_eq!(date(ley), vec![1984, 7, 19]);
    let doc = paper_of_notes(
        "Texto",
        &["Ley 41/2002, de 14 de noviembre, básica reguladora de la autonomía del paciente, art. 5."],
    );
    let ley = work(&doc, only(&doc, 1));
    assert_eq!(
        ley.title.as_deref(),
        Some("Ley 41/2002, de 14 de noviembre, básica reguladora de la autonomía del paciente")
    );
    assert_eq!(at(only(&doc, 1)), Some(("section", "art. 5")));
    assert_eq!(date(ley), vec![2002, 11, 14]);
}

#[test]
fn ivi_with_c_after_a_printed_work_is_a_column() {
    let doc = paper_of_notes(
        "Testo",
        &[
            "G. Alpa, «La responsabilità medica», Foro it., 1999, V, c. 315.",
            "Ivi, c. 318.",
            "Archivio di Stato di Firenze (ASF), Notarile antecosimiano, 1234, c. 12.",
            "Ivi, c. 14.",
        ],
    );
    assert_eq!(only(&doc, 2).kind, CitationKind::Ibid);
    assert_eq!(at(only(&doc, 2)), Some(("column", "318")));
    // After a manuscript, `c.` (carta) is a leaf.
    assert_eq!(work(&doc, only(&doc, 3)).kind, "manuscript");
    assert_eq!(at(only(&doc, 4)), Some(("folio", "14")));
}
