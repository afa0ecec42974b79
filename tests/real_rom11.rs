//! Romance-language papers as pdftotext gives them: Italian notes whose
//! `Id.` stands for a double surname (`G. Petti Balbi`), a Brazilian ABNT
//! paper whose title holds a span of circa years (`(c. 1650-c. 1750)`),
//! and a Spanish author-date list (`GARCÍA SANZ, Á. (1977): Título,
//! Madrid, Akal.`) with titles broken over lines and a surname joined by
//! `y` (`Tomás y Valiente`). Expected values were written by reading the
//! inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, findings, in_note, note_links, only, run, run_text};

/// How many bibliography entries the paper has.
fn listed(doc: &opcit::model::Document) -> usize {
    doc.references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count()
}

const ITALIAN: &str = "fixtures/credito_medievale_notes_it.txt";
const BRAZILIAN: &str = "fixtures/credito_escravidao_abnt_pt.txt";
const SPANISH: &str = "fixtures/bienes_comunales_autor_ano_es.txt";

#[test]
fn id_before_a_short_title_stands_for_a_double_surname() {
    let (_, doc) = run(ITALIAN);
    // The list: 1 Goldthwaite, 2 Melis, 3 Muzzarelli, 4 Petti Balbi,
    // 5 Todeschini. Note 7 cites Petti Balbi in full, note 8 is `Ibidem.`,
    // note 9 `Id., Negoziare fuori patria, cit., p. 90.`
    use CitationKind::{Full, Ibid, Short};
    use Status::Resolved;
    assert_eq!(note_links(&doc, 7), [(Full, Resolved, Some(4))]);
    assert_eq!(note_links(&doc, 8), [(Ibid, Resolved, Some(4))]);
    assert_eq!(note_links(&doc, 9), [(Short, Resolved, Some(4))]);
    let id = only(&doc, 9);
    assert_eq!(id.locator.as_ref().unwrap().value, "90");
    assert!(
        !doc.diagnostics
            .iter()
            .any(|d| d.code == Code::DanglingShortForm),
        "{:#?}",
        doc.diagnostics
    );
}

#[test]
fn id_keeps_a_single_surname_where_the_list_has_no_double_one() {
    let doc = run_text(
        "Testo.1 Testo.2\n\n1 G. Petti Balbi, Negoziare fuori patria, Bologna, Clueb, 2005, p. 88.\n2 Id., Negoziare fuori patria, cit., p. 90.\n",
    );
    assert_eq!(
        note_links(&doc, 2),
        [(CitationKind::Short, Status::Resolved, None)]
    );
    assert_eq!(only(&doc, 2).antecedent.as_deref(), Some("c1"));
}

#[test]
fn a_span_of_circa_years_ends_no_sentence_of_a_title() {
    let (source, doc) = run(BRAZILIAN);
    // The list: 1 FARIA, 2 FLORENTINO, 3 FRAGOSO, 4 MATTOS, 5 SAMPAIO.
    let sampaio = entry(&doc, 5);
    assert_eq!(
        sampaio.title.as_deref(),
        Some("Na encruzilhada do império: hierarquias sociais e conjunturas econômicas no Rio de Janeiro (c. 1650-c. 1750)")
    );
    assert_eq!(sampaio.publisher.as_deref(), Some("Arquivo Nacional"));
    assert_eq!(sampaio.publisher_place.as_deref(), Some("Rio de Janeiro"));
    assert_eq!(sampaio.issued.as_ref().unwrap().date_parts[0][0], 2003);
    // Note 4 cites Sampaio in full before `FRAGOSO, op. cit.`; note 5's
    // `apud SAMPAIO, op. cit.` then points back to it.
    use CitationKind::{Full, Short};
    use Status::Resolved;
    assert_eq!(
        note_links(&doc, 4),
        [(Full, Resolved, Some(5)), (Short, Resolved, Some(3))]
    );
    assert_eq!(in_note(&doc, 4)[0].signal.as_deref(), Some("Cf."));
    assert_eq!(
        note_links(&doc, 5),
        [(Full, Resolved, Some(1)), (Short, Resolved, Some(5))]
    );
    assert!(findings(&source, &doc)
        .iter()
        .all(|(code, _)| *code != Code::DanglingShortForm));
}

#[test]
fn spanish_author_date_list_with_comma_imprints() {
    let (source, doc) = run(SPANISH);
    assert_eq!(listed(&doc), 4, "{:#?}", doc.references);
    // The first entry's title goes on in a line of its own after a period
    // (`… Castilla la Vieja.` / `Economía y sociedad …, Madrid, Akal.`).
    let first = entry(&doc, 1);
    assert_eq!(first.kind, "book");
    assert_eq!(
        first.title.as_deref(),
        Some("Desarrollo y crisis del Antiguo Régimen en Castilla la Vieja. Economía y sociedad en tierras de Segovia, 1500-1814")
    );
    assert_eq!(first.publisher_place.as_deref(), Some("Madrid"));
    assert_eq!(first.publisher.as_deref(), Some("Akal"));
    let nieto = entry(&doc, 3);
    assert_eq!(nieto.title.as_deref(), Some("Bienes comunales"));
    assert_eq!(
        nieto.publisher.as_deref(),
        Some("Revista de Derecho Privado")
    );
    assert_eq!(nieto.publisher_place.as_deref(), Some("Madrid"));
    let tomas = entry(&doc, 4);
    assert_eq!(authors(tomas), [("TOMÁS Y VALIENTE", "F.")]);
    assert_eq!(tomas.publisher.as_deref(), Some("Ariel"));
    // The article keeps its journal.
    assert_eq!(entry(&doc, 2).container_title.as_deref(), Some("Hispania"));
    // Note 5 names `F. Tomás y Valiente`: one person, as the list has it.
    let cited = in_note(&doc, 5)[0];
    assert_eq!(
        authors(cited.fields.as_deref().unwrap()),
        [("Tomás y Valiente", "F.")]
    );
    use CitationKind::{Full, Ibid, Short};
    use Status::Resolved;
    assert_eq!(
        note_links(&doc, 5),
        [(Full, Resolved, Some(4)), (Short, Resolved, Some(3))]
    );
    assert_eq!(note_links(&doc, 6), [(Ibid, Resolved, Some(3))]);
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(1))]);
    assert_eq!(findings(&source, &doc), []);
}

#[test]
fn names_in_capitals_of_a_few_organisations_join_no_lines() {
    // Organisations in capitals open some entries of an APA list; the
    // entries by persons stay entries of their own.
    let doc = run_text(
        "Text (OECD, 2019; Putnam, 2000; UNESCO, 2020; Smith, 2010).\n\nReferences\nOECD. (2019). Education at a glance. OECD Publishing.\nPutnam, R. D. (2000). Bowling alone. Simon & Schuster.\nUNESCO. (2020). Global education monitoring report. UNESCO.\nSmith, J. (2010). Trust and power. Polity.\n",
    );
    assert_eq!(listed(&doc), 4, "{:#?}", doc.references);
}

#[test]
fn a_list_in_capitals_keeps_its_organisation_entries_apart() {
    // A Spanish list in capitals, one entry by a body written in capitals
    // without a comma: it opens an entry of its own.
    let doc = run_text(
        "Texto.1\n\n1 Nieto, ob. cit.\n\nBIBLIOGRAFÍA\nGARCÍA SANZ, Á. (1977): Desarrollo y crisis, Madrid, Akal.\nINE (1990): Censo de población, Madrid, INE.\nNIETO, A. (1964): Bienes comunales, Madrid, Revista de Derecho Privado.\nPÉREZ, J. (2001): Historia agraria, Madrid, Akal.\n",
    );
    assert_eq!(listed(&doc), 4, "{:#?}", doc.references);
}
