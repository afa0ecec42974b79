#[path = "papers_support/mod.rs"]
mod papers_support;

// A Brazilian law article in ABNT footnote style as PDF-to-text gives it
// (running heads, page numbers, notes split across pages, a word
// hyphenated at a line's end, a REFERÊNCIAS list with `______.` ditto
// entries), and the Romance statutes, decisions and short forms it and
// Italian and Spanish notes cite. Expected values were written by reading
// the paper.

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind};
use papers_support::{authors, entry, entry_number, findings, only, paper_of_notes, run, work};

const BR: &str = "fixtures/dados_consumidor_pdf_pt.txt";

/// The value of a citation's locator.
fn at(c: &Citation) -> Option<&str> {
    c.locator.as_ref().map(|l| l.value.as_str())
}

/// The date parts of a work.
fn date(item: &opcit::model::CslItem) -> Vec<i32> {
    item.issued
        .as_ref()
        .map(|d| d.date_parts[0].clone())
        .unwrap_or_default()
}

/// The literal author of a work (a jurisdiction or an organisation).
fn literal(item: &opcit::model::CslItem) -> Option<&str> {
    item.author.first().and_then(|a| a.literal.as_deref())
}

#[test]
fn the_list_reads_each_entry_whole_with_its_ditto_author() {
    let (_, doc) = run(BR);
    let silva = entry(&doc, 18);
    assert_eq!(authors(silva), vec![("SILVA", "José Afonso da")]);
    assert_eq!(
        silva.title.as_deref(),
        Some("Curso de direito constitucional positivo")
    );
    assert_eq!(silva.edition.as_deref(), Some("40"));
    assert_eq!(silva.publisher.as_deref(), Some("Malheiros"));
    let bessa = entry(&doc, 4);
    assert_eq!(bessa.kind, "article-journal");
    assert_eq!(
        bessa.container_title.as_deref(),
        Some("Revista de Direito do Consumidor")
    );
    assert_eq!(bessa.page.as_deref(), Some("45-67"));
    // `______. Lei n. 13.709, …` / `Diário Oficial da União, …`: the
    // second line of a ditto entry is no entry of its own.
    let lgpd = entry(&doc, 7);
    assert_eq!(lgpd.kind, "legislation");
    assert_eq!(literal(lgpd), Some("BRASIL"));
    assert_eq!(
        lgpd.title.as_deref(),
        Some("Lei n. 13.709, de 14 de agosto de 2018")
    );
    assert_eq!(date(lgpd), vec![2018, 8, 14]);
    let sarlet = entry(&doc, 17);
    assert_eq!(authors(sarlet), vec![("SARLET", "Ingo Wolfgang")]);
    assert_eq!(sarlet.publisher.as_deref(), Some("Livraria do Advogado"));
    assert_eq!(date(sarlet), vec![2015]);
    assert_eq!(authors(entry(&doc, 9)), vec![("CAVALIERI FILHO", "Sergio")]);
    assert_eq!(authors(entry(&doc, 14)), vec![("MARQUES", "Claudia Lima")]);
    assert_eq!(
        doc.references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count(),
        19
    );
}

#[test]
fn statutes_are_legislation_and_a_later_note_finds_the_same_statute() {
    let (_, doc) = run(BR);
    let cdc = only(&doc, 3);
    assert_eq!(work(&doc, cdc).kind, "legislation");
    assert_eq!(entry_number(&doc, cdc), Some(5));
    assert_eq!(date(work(&doc, cdc)), vec![1990, 9, 11]);
    // `Lei n. 8.078, de 11 de setembro de 1990, art. 43.` without BRASIL.
    let art = only(&doc, 13);
    assert_eq!(entry_number(&doc, art), Some(5));
    assert_eq!(at(art), Some("art. 43"));
    assert_eq!(entry_number(&doc, only(&doc, 12)), Some(7));
    assert_eq!(entry_number(&doc, only(&doc, 28)), Some(7));
    assert_eq!(entry_number(&doc, only(&doc, 32)), Some(6));
}

#[test]
fn brazilian_decisions_are_cases_of_their_court() {
    let (_, doc) = run(BR);
    let re = work(&doc, only(&doc, 18));
    assert_eq!(re.kind, "legal_case");
    assert_eq!(re.publisher.as_deref(), Some("Supremo Tribunal Federal"));
    assert_eq!(re.title.as_deref(), Some("RE 123.456/SP"));
    assert_eq!(date(re), vec![2015, 3, 12]);
    let adi = work(&doc, only(&doc, 19));
    assert_eq!(adi.kind, "legal_case");
    assert_eq!(adi.publisher.as_deref(), Some("STF"));
    assert_eq!(adi.title.as_deref(), Some("ADI 4.277/DF"));
    assert_eq!(date(adi), vec![2011, 5, 5]);
    // The STJ's decision is listed (a ditto entry after BRASIL's laws);
    // `Ibidem.` repeats it.
    let resp = only(&doc, 20);
    assert_eq!(work(&doc, resp).title.as_deref(), Some("REsp 1.758.799/MG"));
    assert_eq!(entry_number(&doc, resp), Some(8));
    assert_eq!(only(&doc, 21).kind, CitationKind::Ibid);
    assert_eq!(entry_number(&doc, only(&doc, 21)), Some(8));
    let other = work(&doc, only(&doc, 22));
    assert_eq!(other.title.as_deref(), Some("REsp 1.457.199/RS"));
    assert_eq!(date(other), vec![2014, 11, 12]);
}

#[test]
fn short_forms_find_their_works() {
    let (_, doc) = run(BR);
    let to = |n: u32| entry_number(&doc, only(&doc, n));
    assert_eq!((to(1), to(2)), (Some(18), Some(18)));
    // `Id., Ibid.` after Marques's Contratos; `Idem.` after Bessa.
    assert_eq!((to(4), to(5)), (Some(14), Some(14)));
    assert_eq!(at(only(&doc, 5)), Some("305"));
    assert_eq!((to(6), to(7)), (Some(4), Some(4)));
    // Marques has two works: the title given picks one.
    assert_eq!(to(10), Some(13));
    assert_eq!(to(11), Some(14));
    assert_eq!(to(34), Some(13));
    // `MIRANDA apud SILVA, 2017, p. 47`: the note cites Silva's book.
    let apud = only(&doc, 16);
    assert_eq!(apud.signal.as_deref(), Some("apud"));
    assert_eq!(to(16), Some(18));
    assert_eq!(at(apud), Some("47"));
    assert_eq!((to(17), to(39)), (Some(18), Some(18)));
    // `Op. cit., p. 582.` alone after Cavalieri Filho.
    assert_eq!((to(23), to(24)), (Some(9), Some(9)));
    // `Id. Dignidade da pessoa humana …`: Sarlet's other book, cited in
    // full; `SARLET, Dignidade …, op. cit.` later.
    assert_eq!((to(30), to(31), to(40)), (Some(16), Some(17), Some(17)));
    assert_eq!(
        authors(work(&doc, only(&doc, 31))),
        vec![("SARLET", "Ingo Wolfgang")]
    );
    assert_eq!((to(37), to(38)), (Some(4), Some(4)));
    assert_eq!(at(only(&doc, 38)), Some("62"));
    // The article with its link over a line break, its list entry a ditto.
    assert_eq!(to(27), Some(11));
    assert_eq!(to(35), Some(15));
}

#[test]
fn findings_are_the_uncited_commentary_and_the_unlisted_course() {
    let (source, doc) = run(BR);
    let found = findings(&source, &doc);
    assert!(
        !found.iter().any(|f| f.0 == Code::DanglingShortForm),
        "{found:?}"
    );
    // Decisions are never expected in the list; Nunes's course is.
    let missing: Vec<_> = found
        .iter()
        .filter(|f| f.0 == Code::MissingFromBibliography)
        .collect();
    assert_eq!(missing.len(), 1, "{found:?}");
    assert_eq!(
        work(&doc, only(&doc, 33)).title.as_deref(),
        Some("Curso de direito do consumidor")
    );
    assert!(found.contains(&(Code::UncitedReference, 186)), "{found:?}");
    assert!(
        !found.iter().any(|f| f.0 == Code::BibliographyMismatch),
        "{found:?}"
    );
}

#[test]
fn romance_statutes_are_legislation_with_their_provision() {
    let doc = paper_of_notes(
        "Testo",
        &[
            "L. 8 marzo 2017, n. 24, art. 7.",
            "Cfr. d.lgs. 30 giugno 2003, n. 196, art. 13.",
            "Ley 41/2002, de 14 de noviembre, básica reguladora de la autonomía del paciente.",
            "Lei n. 8.078, de 11 de setembro de 1990, art. 6º.",
            "Real Decreto 1093/1997, de 4 de julio.",
        ],
    );
    let gelli = only(&doc, 1);
    assert_eq!(work(&doc, gelli).kind, "legislation");
    assert_eq!(
        work(&doc, gelli).title.as_deref(),
        Some("L. 8 marzo 2017, n. 24")
    );
    assert_eq!(date(work(&doc, gelli)), vec![2017, 3, 8]);
    assert_eq!(at(gelli), Some("art. 7"));
    let privacy = only(&doc, 2);
    assert_eq!(privacy.signal.as_deref(), Some("Cfr."));
    assert_eq!(work(&doc, privacy).kind, "legislation");
    assert_eq!(at(privacy), Some("art. 13"));
    let ley = work(&doc, only(&doc, 3));
    assert_eq!(ley.kind, "legislation");
    assert_eq!(
        ley.title.as_deref(),
        Some("Ley 41/2002, de 14 de noviembre, básica reguladora de la autonomía del paciente")
    );
    assert_eq!(date(ley), vec![2002, 11, 14]);
    assert_eq!(date(ley)[0], 2002);
    let lei = only(&doc, 4);
    assert_eq!(work(&doc, lei).kind, "legislation");
    assert_eq!(at(lei), Some("art. 6º"));
    assert_eq!(work(&doc, only(&doc, 5)).kind, "legislation");
}

#[test]
fn a_number_or_date_alone_after_a_statute_word_is_no_statute() {
    let doc = paper_of_notes(
        "Texto",
        &[
            "Lei 8, p. 4.",
            "L. Rossi, Il diritto privato, Milano, Giuffrè, 2001, p. 3.",
        ],
    );
    assert!(doc.citations.iter().all(|c| c
        .fields
        .as_ref()
        .is_none_or(|f| f.kind != "legislation")
        && c.reference
            .as_deref()
            .and_then(|r| doc.reference(r))
            .is_none_or(|r| r.fields.kind != "legislation")));
}

#[test]
fn prose_before_a_name_in_capitals_is_no_particle() {
    let doc = paper_of_notes(
        "Testo",
        &[
            "C. CASTRONOVO, La nuova responsabilità civile, Milano, Giuffrè, 2006, p. 12.",
            "L'espressione è di CASTRONOVO, La nuova responsabilità civile, cit., p. 15.",
        ],
    );
    let short = only(&doc, 2);
    assert_eq!(short.kind, CitationKind::Short);
    assert_eq!(
        short.short.as_ref().and_then(|s| s.author.as_deref()),
        Some("CASTRONOVO")
    );
    assert_eq!(short.reference, only(&doc, 1).reference);
}

#[test]
fn a_name_and_a_number_are_no_decision() {
    let doc = paper_of_notes("Text", &["Lee, AI 2020, p. 4."]);
    assert!(doc.references.iter().all(|r| r.fields.kind != "legal_case"));
}
