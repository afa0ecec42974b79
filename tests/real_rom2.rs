#[path = "papers_support/mod.rs"]
mod papers_support;

// Spanish, Italian and Portuguese notes and lists as history and law papers
// write them: the Spanish colon style (`GARAVAGLIA, Juan Carlos: Título,
// Lugar, Editorial, año`), ditto dashes and same-author words before a
// title, a signal qualified by a comma phrase, a count of volumes before
// the imprint, APA group authors and chapters in Spanish, and a Brazilian
// legal history paper in ABNT notes as PDF-to-text gives it. Expected
// values were written by reading the papers.

use opcit::model::{Citation, CitationKind, Status};
use papers_support::{
    authors, entry, entry_number, in_note, only, paper_of_notes, run, run_text, work,
};

const PT: &str = "fixtures/lei_terras_pdf_pt.txt";

/// The value of a citation's locator.
fn at(c: &Citation) -> Option<&str> {
    c.locator.as_ref().map(|l| l.value.as_str())
}

#[test]
fn spanish_colon_style_title_runs_over_its_commas_to_the_imprint() {
    let doc = paper_of_notes("Texto", &[
        "GARAVAGLIA, Juan Carlos: Economía, sociedad y regiones, Buenos Aires, De la Flor, 1987, p. 12.",
        "TANDETER, Enrique y WACHTEL, Nathan: Precios y producción agraria, Buenos Aires, CEDES, 1983, p. 45.",
        "GARAVAGLIA: ob. cit., p. 20.",
    ]);
    let first = only(&doc, 1);
    let item = first.fields.as_deref().unwrap();
    assert_eq!(item.title.as_deref(), Some("Economía, sociedad y regiones"));
    assert_eq!(item.publisher.as_deref(), Some("De la Flor"));
    assert_eq!(item.publisher_place.as_deref(), Some("Buenos Aires"));
    assert_eq!(authors(item), [("GARAVAGLIA", "Juan Carlos")]);
    let two = only(&doc, 2).fields.as_deref().unwrap();
    assert_eq!(
        authors(two),
        [("TANDETER", "Enrique"), ("WACHTEL", "Nathan")]
    );
    assert_eq!(two.title.as_deref(), Some("Precios y producción agraria"));
    let short = only(&doc, 3);
    assert_eq!(short.status, Some(Status::Resolved));
    assert_eq!(short.reference, first.reference);
    assert_eq!(at(short), Some("20"));
}

#[test]
fn a_dash_for_the_author_before_opens_a_full_citation_in_a_note() {
    let doc = paper_of_notes(
        "Texto",
        &[
            "LYNCH, John: Administración colonial española, Buenos Aires, Eudeba, 1962, p. 14.",
            "—, Las revoluciones hispanoamericanas, Barcelona, Ariel, 1976, p. 22.",
            "——: Los Austrias, Barcelona, Crítica, 1993, p. 5.",
        ],
    );
    for (n, title) in [
        (2, "Las revoluciones hispanoamericanas"),
        (3, "Los Austrias"),
    ] {
        let c = only(&doc, n);
        assert_eq!(c.kind, CitationKind::Full, "note {n}");
        let item = c.fields.as_deref().unwrap();
        assert_eq!(item.title.as_deref(), Some(title));
        assert_eq!(authors(item), [("LYNCH", "John")], "note {n}");
    }
    assert_ne!(only(&doc, 2).reference, only(&doc, 1).reference);
}

#[test]
fn a_signal_qualified_by_a_comma_phrase_still_opens_a_citation() {
    let doc = paper_of_notes("Texto", &[
        "Véase, en general, LYNCH, John: Administración colonial española, Buenos Aires, Eudeba, 1962, p. 14.",
        "Cfr., ad esempio, M. Rossi, La curia romana, Roma, Viella, 2003, p. 9.",
    ]);
    let c = only(&doc, 1);
    assert_eq!(c.signal.as_deref(), Some("Véase"));
    assert_eq!(authors(c.fields.as_deref().unwrap()), [("LYNCH", "John")]);
    let c = only(&doc, 2);
    assert_eq!(c.signal.as_deref(), Some("Cfr."));
    assert_eq!(
        c.fields.as_deref().unwrap().title.as_deref(),
        Some("La curia romana")
    );
}

#[test]
fn an_inverted_name_in_a_note_keeps_its_given_name_out_of_the_title() {
    let doc = paper_of_notes(
        "Texto",
        &[
            "Pérez, Ana, La prensa obrera, tesis doctoral, Universidad de Sevilla, 2001, p. 4.",
            "Garavaglia, Economía, sociedad y regiones, Buenos Aires, De la Flor, 1987, p. 9.",
        ],
    );
    let thesis = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(authors(thesis), [("Pérez", "Ana")]);
    assert_eq!(thesis.title.as_deref(), Some("La prensa obrera"));
    assert_eq!(thesis.kind, "thesis");
    assert_eq!(thesis.publisher.as_deref(), Some("Universidad de Sevilla"));
    // A family name alone before a title with commas is no given name.
    let book = only(&doc, 2).fields.as_deref().unwrap();
    assert_eq!(book.title.as_deref(), Some("Economía, sociedad y regiones"));
}

#[test]
fn a_count_of_volumes_is_no_part_of_the_publisher() {
    let doc = paper_of_notes(
        "Texto",
        &["L. Verdi, Storia dei papi, 2 voll., Torino, Einaudi, 1998, vol. I, p. 45."],
    );
    let item = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(item.title.as_deref(), Some("Storia dei papi"));
    assert_eq!(item.publisher.as_deref(), Some("Einaudi"));
    assert_eq!(item.publisher_place.as_deref(), Some("Torino"));
}

#[test]
fn apa_group_author_and_spanish_chapter_in_an_edited_book() {
    let doc = run_text(
        "La informalidad (Instituto Nacional de Estadística e Informática [INEI], 2019) y la \
         pobreza (Pérez, 2015).\n\nReferencias\n\n\
         Instituto Nacional de Estadística e Informática [INEI]. (2019). Perú: Evolución de los \
         indicadores de empleo e ingreso. INEI.\n\
         Pérez, J. (2015). La economía informal en Lima. En A. Gómez (Ed.), Trabajo y sociedad en \
         el Perú (pp. 1-20). Fondo Editorial PUCP.\n",
    );
    let org = entry(&doc, 1);
    assert_eq!(org.author.len(), 1);
    assert_eq!(
        org.author[0].literal.as_deref(),
        Some("Instituto Nacional de Estadística e Informática")
    );
    let chapter = entry(&doc, 2);
    assert_eq!(chapter.kind, "chapter");
    assert_eq!(
        chapter.container_title.as_deref(),
        Some("Trabajo y sociedad en el Perú")
    );
    assert_eq!(chapter.publisher.as_deref(), Some("Fondo Editorial PUCP"));
    assert_eq!(chapter.editor.len(), 1);
}

#[test]
fn brazilian_notes_link_back_references_and_signals_to_the_list() {
    let (_, doc) = run(PT);
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 9);
    let linked = |n: u32| entry_number(&doc, only(&doc, n));
    // Cf. SILVA …; Ver PRADO JÚNIOR …; MOTTA across a page break.
    assert_eq!(linked(1), Some(9));
    assert_eq!(only(&doc, 1).signal.as_deref(), Some("Cf."));
    assert_eq!(linked(2), Some(7));
    assert_eq!(only(&doc, 2).signal.as_deref(), Some("Ver"));
    assert_eq!(linked(3), Some(5));
    assert_eq!(at(only(&doc, 3)), Some("31"));
    // Ibidem repeats Motta's book; SILVA, op. cit. goes back to note 1.
    assert_eq!(only(&doc, 4).kind, CitationKind::Ibid);
    assert_eq!(linked(4), Some(5));
    assert_eq!(at(only(&doc, 4)), Some("34"));
    assert_eq!(linked(6), Some(9));
    assert_eq!(at(only(&doc, 6)), Some("140-142"));
    // Ver, por exemplo, LIMA …; Id. ibid.
    assert_eq!(linked(7), Some(4));
    assert_eq!(only(&doc, 7).signal.as_deref(), Some("Ver"));
    assert_eq!(only(&doc, 8).kind, CitationKind::Ibid);
    assert_eq!(linked(8), Some(4));
    assert_eq!(at(only(&doc, 8)), Some("61"));
    // MOTTA, Nas fronteiras do poder, loc. cit.; CARVALHO, A construção da
    // ordem, op. cit.; Cf. SILVA, op. cit., passim.
    assert_eq!(linked(12), Some(5));
    assert_eq!(linked(18), Some(1));
    assert_eq!(at(only(&doc, 18)), Some("160"));
    assert_eq!(linked(15), Some(9));
}

#[test]
fn idem_and_a_title_cite_another_work_by_the_same_author() {
    let (_, doc) = run(PT);
    // `Idem. Direito à terra no Brasil …` after Motta's book: her other
    // book, the list's `______.` entry after hers.
    let c = only(&doc, 5);
    assert_eq!(c.kind, CitationKind::Full);
    assert_eq!(entry_number(&doc, c), Some(6));
    assert_eq!(at(c), Some("112"));
    assert_eq!(
        authors(c.fields.as_deref().unwrap()),
        [("MOTTA", "Márcia Maria Menendes")]
    );
    let c = only(&doc, 17);
    assert_eq!(entry_number(&doc, c), Some(2));
    assert_eq!(at(c), Some("321"));
    // The ditto entries take the authors of the entry before.
    assert_eq!(authors(entry(&doc, 2)), [("CARVALHO", "José Murilo de")]);
    assert_eq!(
        authors(entry(&doc, 6)),
        [("MOTTA", "Márcia Maria Menendes")]
    );
}

#[test]
fn apud_names_the_work_quoted_through_the_one_read() {
    let (_, doc) = run(PT);
    let both = in_note(&doc, 11);
    assert_eq!(both.len(), 2, "{both:#?}");
    assert!(both[0].indirect);
    assert_eq!(entry_number(&doc, both[0]), Some(3));
    assert_eq!(both[1].signal.as_deref(), Some("apud"));
    assert_eq!(entry_number(&doc, both[1]), Some(5));
    assert_eq!(at(both[1]), Some("77"));
}

#[test]
fn archival_notes_read_the_archive_and_codex_and_ibidem_its_leaf() {
    let (_, doc) = run(PT);
    let c = only(&doc, 9);
    let item = work(&doc, c);
    assert_eq!(item.kind, "manuscript");
    let archive = item.archive.as_deref().unwrap();
    assert_eq!(archive.archive, "Arquivo Nacional");
    assert!(archive
        .location
        .as_deref()
        .is_some_and(|l| l.starts_with("códice 12")));
    let ibid = only(&doc, 10);
    assert_eq!(ibid.kind, CitationKind::Ibid);
    assert_eq!(ibid.reference, c.reference);
    assert_eq!(at(ibid), Some("7"));
    let parish = work(&doc, only(&doc, 14));
    assert_eq!(
        parish.archive.as_deref().unwrap().archive,
        "Arquivo Público do Estado do Rio de Janeiro"
    );
}

#[test]
fn a_chapter_with_two_imprints_stays_one_list_entry() {
    let (_, doc) = run(PT);
    let chapter = entry(&doc, 8);
    assert_eq!(chapter.kind, "chapter");
    assert_eq!(
        chapter.container_title.as_deref(),
        Some("O direito às avessas: por uma história social da propriedade")
    );
    assert_eq!(authors(chapter), [("SECRETO", "María Verónica")]);
    assert_eq!(authors(entry(&doc, 9)), [("SILVA", "Lígia Osório")]);
    // The note's two imprints are no second citation.
    assert_eq!(in_note(&doc, 13).len(), 1);
}
