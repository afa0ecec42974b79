//! Author-date papers citing works by a word in place of the year: a work
//! without a date (`n.d.`, `s. f.`, `o. J.`) or not yet published (`in
//! press`, `en prensa`, `im Erscheinen`, `인쇄 중`). The words are the
//! grammars' (`dates.no_date`, `dates.unpublished`). Expected values were
//! written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, entries, entry, findings, run};

/// Every citation of the running text, in order: (text, entry number).
fn texts(path: &str) -> Vec<(String, Option<usize>)> {
    let (_, doc) = run(path);
    doc.citations
        .iter()
        .map(|c| {
            assert_eq!(c.kind, CitationKind::AuthorDate, "{}", c.text);
            (c.text.clone(), papers_support::entry_number(&doc, c))
        })
        .collect()
}

fn owned(v: &[(&str, usize)]) -> Vec<(String, Option<usize>)> {
    v.iter().map(|&(t, n)| (t.to_string(), Some(n))).collect()
}

#[test]
fn spanish_works_in_press_and_without_date_link_to_their_entries() {
    const PAPER: &str = "fixtures/empleo_informal_apa_es.txt";
    // The list: 1 Gómez (en prensa), 2 Herrera, 3 INEI (s. f.), 4 INEGI,
    // 5 Levy, 6 Pérez y Ruiz (s.f.).
    assert_eq!(
        texts(PAPER),
        owned(&[
            ("Gómez, en prensa", 1),
            ("Pérez y Ruiz, s.f.", 6),
            ("Gómez (en prensa)", 1),
            ("INEI, s. f.", 3),
            ("Herrera, 2019", 2),
            ("Levy, 2008", 5),
            ("Levy (2008)", 5),
            ("INEI, s. f.", 3),
            ("Instituto Nacional de Estadística y Geografía, 2023", 4),
        ])
    );
    let (source, doc) = run(PAPER);
    assert!(findings(&source, &doc).is_empty());
    // The word is no title: `Gómez, A. (en prensa). La formalización …`.
    let gomez = entry(&doc, 1);
    assert_eq!(authors(gomez), [("Gómez", "A.")]);
    assert_eq!(
        gomez.title.as_deref(),
        Some("La formalización del empleo en México: evidencia de un experimento de campo")
    );
    assert_eq!(gomez.issued, None);
    assert_eq!(gomez.status.as_deref(), Some("en prensa"));
    assert_eq!(entry(&doc, 6).status.as_deref(), Some("s.f."));
    assert_eq!(entry(&doc, 2).status, None);
    assert_eq!(authors(entry(&doc, 6)), [("Pérez", "M."), ("Ruiz", "J.")]);
}

#[test]
fn a_link_to_a_home_page_ends_its_entry() {
    let (_, doc) = run("fixtures/empleo_informal_apa_es.txt");
    // `… Encuesta Nacional de Hogares.` / `https://www.inei.gob.pe/`: the
    // next line is the next entry, not part of this one.
    assert_eq!(doc.references.len(), 6);
    let inei = entry(&doc, 3);
    assert_eq!(inei.url.as_deref(), Some("https://www.inei.gob.pe/"));
    assert_eq!(inei.title.as_deref(), Some("Encuesta Nacional de Hogares"));
}

#[test]
fn an_institute_named_with_and_is_one_author() {
    let (_, doc) = run("fixtures/empleo_informal_apa_es.txt");
    let literal = |n| {
        entry(&doc, n)
            .author
            .iter()
            .map(|a| a.literal.clone().unwrap_or_default())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        literal(3),
        ["Instituto Nacional de Estadística e Informática"]
    );
    assert_eq!(
        literal(4),
        ["Instituto Nacional de Estadística y Geografía"]
    );
}

#[test]
fn korean_works_in_press_are_read_in_groups_and_in_prose() {
    const PAPER: &str = "fixtures/cheongnyeon_goyong_apa_ko.txt";
    // The list: 1 김민수 (인쇄 중), 2 이영희, 3 한국고용정보원 (n.d.),
    // 4 Booth et al., 5 Park (in press).
    assert_eq!(
        texts(PAPER),
        owned(&[
            ("김민수, 인쇄 중", 1),
            ("이영희, 2019", 2),
            ("김민수 (인쇄 중)", 1),
            ("이영희 (2019)", 2),
            ("Booth, Francesconi, & Frank, 2002", 4),
            ("Park, in press", 5),
            ("Park (in press)", 5),
            ("한국고용정보원, n.d.", 3),
        ])
    );
    let (source, doc) = run(PAPER);
    assert!(findings(&source, &doc).is_empty());
    assert_eq!(entry(&doc, 1).status.as_deref(), Some("인쇄 중"));
    // A title ending in a question goes on with its subtitle; the journal
    // follows (APA). Booth's question is followed by its journal, with
    // its volume.
    let park = entry(&doc, 5);
    assert_eq!(
        park.title.as_deref(),
        Some("Temporary work as a stepping stone? Evidence from Korea")
    );
    assert_eq!(
        park.container_title.as_deref(),
        Some("Journal of Labor Research")
    );
    let booth = entry(&doc, 4);
    assert_eq!(
        booth.title.as_deref(),
        Some("Temporary jobs: Stepping stones or dead ends?")
    );
    assert_eq!(
        booth.container_title.as_deref(),
        Some("The Economic Journal")
    );
    assert_eq!(
        entry(&doc, 1).title.as_deref(),
        Some("청년 첫 일자리의 질과 경력 이동")
    );
}

#[test]
fn german_works_without_year_and_forthcoming_link() {
    const PAPER: &str = "fixtures/befristung_author_date_de.txt";
    // The list: 1 Bundesagentur, 2 Goebel et al., 3 Müller (o. J.),
    // 4 Schmidt (im Erscheinen), 5 Weber.
    let (source, doc) = run(PAPER);
    let linked: Vec<(Status, Option<usize>)> = entries(&doc)
        .into_iter()
        .map(|(_, _, s, n)| (s, n))
        .collect();
    assert_eq!(
        linked,
        [3, 4, 4, 5, 3, 1, 2].map(|n| (Status::Resolved, Some(n)))
    );
    assert!(findings(&source, &doc).is_empty());
    let schmidt = entry(&doc, 4);
    assert_eq!(authors(schmidt), [("Schmidt", "Eva")]);
    assert_eq!(
        schmidt.title.as_deref(),
        Some("Befristung und Übergänge in den Beruf")
    );
    assert_eq!(schmidt.status.as_deref(), Some("im Erscheinen"));
    assert_eq!(entry(&doc, 3).status.as_deref(), Some("o. J."));
    assert_eq!(
        entry(&doc, 1).author[0].literal.as_deref(),
        Some("Bundesagentur für Arbeit")
    );
}

#[test]
fn a_cited_year_does_not_link_to_a_work_in_press() {
    // `(Gómez, 2020)` asks for a year; the only Gómez is in press.
    let doc = papers_support::run_text(
        "Introducción\n\nComo muestra la literatura (Gómez, 2020; Herrera, 2019), el efecto es \
         pequeño, como confirma Herrera (2019).\n\nReferencias\n\n\
         Gómez, A. (en prensa). La formalización del empleo. Revista de Economía, 14(2).\n\
         Herrera, L. (2019). Informalidad. El Trimestre Económico, 86(3), 545–580.\n",
    );
    let c = &doc.citations[0];
    assert_eq!(c.text, "Gómez, 2020");
    assert_eq!(c.status, Some(Status::Dangling));
    assert_eq!(doc.citations[1].status, Some(Status::Resolved));
}
