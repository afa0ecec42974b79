//! An Italian civil law article and a Spanish legal history article as
//! pdftotext gives them, with their footnotes at the page ends and a
//! bibliography: chapters in collective books cited after `in` with the
//! book's volume in Roman numerals and its place (`in Le ragioni del
//! diritto. Scritti in onore di Luigi Mengoni, I, Milano, 1995`), a
//! treatise `diretto da` its editors, encyclopedia entries after `voce`
//! (`voce Obbligazioni, in Enc. dir., XXIX, Milano, 1979`); ordinances
//! cited by their title, place and year and an article (`Real Ordenanza
//! …, Madrid, 1786, art. 28.`), a code named before its article
//! (`Código Civil, art. 1902.`), and `Ibid., art. 24.` after a law.
//! Expected values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, editors, entry, entry_number, only, run, run_text};

const IT: &str = "fixtures/responsabilita_contratto_pdf_it.txt";
const ES: &str = "fixtures/intendencias_ordenanzas_pdf_es.txt";

fn locator(c: &opcit::model::Citation) -> Option<(String, String)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.clone(), l.value.clone()))
}

fn pin(label: &str, value: &str) -> Option<(String, String)> {
    Some((label.to_string(), value.to_string()))
}

#[test]
fn a_chapter_names_its_book_volume_and_place_after_in() {
    let (_, doc) = run(IT);
    let c = only(&doc, 1);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(
        f.title.as_deref(),
        Some("L'obbligazione senza prestazione. Ai confini tra contratto e torto")
    );
    assert_eq!(authors(f), [("CASTRONOVO", "C.")]);
    assert_eq!(
        f.container_title.as_deref(),
        Some("Le ragioni del diritto. Scritti in onore di Luigi Mengoni")
    );
    assert_eq!(f.volume.as_deref(), Some("I"));
    assert_eq!(f.publisher_place.as_deref(), Some("Milano"));
    assert_eq!(f.publisher, None);
    assert_eq!(f.issued.as_ref().and_then(|d| d.year()), Some(1995));
    assert_eq!(locator(c), pin("page", "147"));
    assert_eq!(entry_number(&doc, c), Some(4));
    // A book of studies with its publisher after the place.
    let f = only(&doc, 23).fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(
        f.container_title.as_deref(),
        Some("Studi in onore di Pietro Rescigno")
    );
    assert_eq!(f.volume.as_deref(), Some("V"));
    assert_eq!(f.publisher_place.as_deref(), Some("Milano"));
    assert_eq!(f.publisher.as_deref(), Some("Giuffrè"));
    assert_eq!(entry_number(&doc, only(&doc, 23)), Some(7));
}

#[test]
fn a_treatise_directed_by_editors_is_the_book_and_milano_its_place() {
    let (_, doc) = run(IT);
    for (n, book, eds) in [
        (
            3,
            "Trattato di diritto civile e commerciale",
            [("Cicu", "A."), ("Messineo", "F.")],
        ),
        (
            5,
            "Trattato di diritto privato",
            [("Iudica", "G."), ("Zatti", "P.")],
        ),
    ] {
        let f = only(&doc, n).fields.as_deref().unwrap();
        assert_eq!(f.kind, "chapter", "note {n}");
        assert_eq!(f.container_title.as_deref(), Some(book), "note {n}");
        assert_eq!(editors(f), eds, "note {n}");
        assert_eq!(f.publisher_place.as_deref(), Some("Milano"), "note {n}");
    }
    assert_eq!(only(&doc, 3).fields.as_deref().unwrap().publisher, None);
    assert_eq!(
        only(&doc, 5)
            .fields
            .as_deref()
            .unwrap()
            .publisher
            .as_deref(),
        Some("Giuffrè")
    );
    // The list writes the treatise so too.
    let e = entry(&doc, 1);
    assert_eq!(e.kind, "chapter");
    assert_eq!(
        e.container_title.as_deref(),
        Some("Trattato di diritto civile e commerciale")
    );
    assert_eq!(editors(e), [("Cicu", "A."), ("Messineo", "F.")]);
    assert_eq!(e.publisher_place.as_deref(), Some("Milano"));
    assert_eq!(e.publisher, None);
    assert_eq!(entry_number(&doc, only(&doc, 3)), Some(1));
    assert_eq!(entry_number(&doc, only(&doc, 5)), Some(11));
}

#[test]
fn an_encyclopedia_entry_after_voce_is_titled_by_its_headword() {
    let (_, doc) = run(IT);
    let c = only(&doc, 4);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(f.title.as_deref(), Some("Obbligazioni (diritto privato)"));
    assert_eq!(f.container_title.as_deref(), Some("Enc. dir."));
    assert_eq!(f.volume.as_deref(), Some("XXIX"));
    assert_eq!(f.publisher_place.as_deref(), Some("Milano"));
    assert_eq!(f.issued.as_ref().and_then(|d| d.year()), Some(1979));
    assert_eq!(locator(c), pin("page", "133"));
    assert_eq!(entry_number(&doc, c), Some(10));
    let e = entry(&doc, 10);
    assert_eq!(e.title.as_deref(), Some("Obbligazioni (diritto privato)"));
    assert_eq!(e.container_title.as_deref(), Some("Enc. dir."));
    // `voce Obbligazioni, cit.`: the short title is the headword.
    let c = only(&doc, 13);
    assert_eq!(c.kind, CitationKind::Short);
    assert_eq!(c.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, c), Some(10));
    assert_eq!(locator(c), pin("page", "140"));
    // A digest's entry, its section inside the book's title.
    let f = only(&doc, 14).fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("Doveri di protezione"));
    assert_eq!(
        f.container_title.as_deref(),
        Some("Dig. disc. priv., sez. civ.")
    );
    assert_eq!(f.volume.as_deref(), Some("VII"));
    assert_eq!(f.publisher_place.as_deref(), Some("Torino"));
    assert_eq!(entry_number(&doc, only(&doc, 14)), Some(2));
}

#[test]
fn journals_books_and_back_references_around_them_still_read() {
    let (_, doc) = run(IT);
    let f = only(&doc, 2).fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-journal");
    assert_eq!(f.container_title.as_deref(), Some("Riv. dir. comm."));
    let f = only(&doc, 8).fields.as_deref().unwrap();
    assert_eq!(f.kind, "book");
    assert_eq!(authors(f), [("CASTRONOVO", "C.")]);
    assert_eq!(f.publisher.as_deref(), Some("Giuffrè"));
    assert_eq!(f.publisher_place.as_deref(), Some("Milano"));
    // `Ivi`, `op. cit.`, `Ibidem`, `cit.` find their works.
    for (n, kind, e) in [
        (6, CitationKind::Ibid, 11),
        (7, CitationKind::Short, 4),
        (12, CitationKind::Ibid, 3),
        (19, CitationKind::Short, 5),
        (20, CitationKind::Short, 1),
        (24, CitationKind::Short, 11),
    ] {
        let c = only(&doc, n);
        assert_eq!(c.kind, kind, "note {n}");
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        assert_eq!(entry_number(&doc, c), Some(e), "note {n}");
    }
    // `Ivi, art. 7.` after a statute cites its article.
    let c = only(&doc, 27);
    assert_eq!(c.kind, CitationKind::Ibid);
    assert_eq!(locator(c), pin("section", "art. 7"));
}

#[test]
fn ordinances_cited_by_title_place_and_year_are_laws() {
    let (_, doc) = run(ES);
    let two = only(&doc, 2);
    let f = two.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(
        f.title.as_deref(),
        Some("Real Ordenanza para el establecimiento e instrucción de intendentes de ejército y provincia en el reino de la Nueva España")
    );
    assert_eq!(f.publisher_place.as_deref(), Some("Madrid"));
    assert!(f.author.is_empty());
    assert_eq!(f.issued.as_ref().and_then(|d| d.year()), Some(1786));
    assert_eq!(locator(two), pin("section", "art. 1"));
    // Cited again in full at another article: the same law.
    let eight = only(&doc, 8);
    assert_eq!(locator(eight), pin("section", "art. 28"));
    assert_eq!(eight.reference, two.reference);
    // A title with commas of its own.
    let seven = only(&doc, 7);
    let f = seven.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(
        f.title.as_deref(),
        Some("Ordenanza general formada de orden de Su Majestad para el gobierno e instrucción de intendentes, subdelegados y demás empleados en Indias")
    );
    assert_eq!(f.issued.as_ref().and_then(|d| d.year()), Some(1803));
    assert_eq!(locator(seven), pin("section", "art. 44"));
    let f = only(&doc, 5).fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(
        f.title.as_deref(),
        Some("Ordenanza de intendentes y corregidores")
    );
    assert_eq!(f.issued.as_ref().and_then(|d| d.year()), Some(1749));
    // None of them is looked for in the bibliography.
    for n in [2, 5, 7, 8] {
        assert_eq!(entry_number(&doc, only(&doc, n)), None, "note {n}");
    }
}

#[test]
fn ibid_after_a_law_cites_its_own_article() {
    let (_, doc) = run(ES);
    for (n, ante, art) in [(3, 2, "art. 7"), (9, 8, "art. 15"), (16, 15, "art. 24")] {
        let c = only(&doc, n);
        assert_eq!(c.kind, CitationKind::Ibid, "note {n}");
        assert_eq!(c.reference, only(&doc, ante).reference, "note {n}");
        assert_eq!(locator(c), pin("section", art), "note {n}");
    }
}

#[test]
fn a_code_named_before_its_article_and_numbered_laws() {
    let (_, doc) = run(ES);
    let c = only(&doc, 18);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(f.title.as_deref(), Some("Código Civil"));
    assert_eq!(locator(c), pin("section", "art. 1902"));
    let c = only(&doc, 15);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(f.number.as_deref(), Some("39/2015"));
    assert_eq!(locator(c), pin("section", "art. 21"));
    // Italian writes the code so too.
    let doc = run_text("Testo.1\n\n1 Codice civile, art. 2043.\n");
    let c = only(&doc, 1);
    assert_eq!(
        c.fields.as_deref().unwrap().title.as_deref(),
        Some("Codice civile")
    );
    assert_eq!(locator(c), pin("section", "art. 2043"));
}

#[test]
fn books_and_chapters_beside_the_laws_still_read() {
    let (_, doc) = run(ES);
    let c = only(&doc, 1);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "book");
    assert_eq!(f.publisher_place.as_deref(), Some("México"));
    assert_eq!(f.publisher.as_deref(), Some("Fondo de Cultura Económica"));
    assert_eq!(entry_number(&doc, c), Some(3));
    let c = only(&doc, 6);
    assert_eq!(c.kind, CitationKind::Short);
    assert_eq!(entry_number(&doc, c), Some(3));
    let f = only(&doc, 10).fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(
        f.container_title.as_deref(),
        Some("Actas del IV Symposium de Historia de la Administración")
    );
    assert_eq!(entry_number(&doc, only(&doc, 10)), Some(5));
}

#[test]
fn prose_and_authored_works_with_an_article_are_no_titled_law() {
    // An author before the title: a book, though an article is cited.
    let doc = run_text(
        "Texto.1\n\n1 José María Ots Capdequí, El Estado español en las Indias, México, 1941, p. 45.\n",
    );
    assert_eq!(only(&doc, 1).fields.as_deref().unwrap().kind, "book");
    // No place before the year: no law read from the comma parts.
    let doc = run_text("Texto.1\n\n1 Véase lo dicho arriba, con carácter general, 1786, art. 5.\n");
    assert!(doc
        .citations
        .iter()
        .all(|c| c.fields.as_deref().is_none_or(|f| f.kind != "legislation")));
}

/// A list line broken after an editor's initial (`diretto da A.` /
/// `Cicu e F. Messineo, Milano, 2014.`): the next line goes on with the
/// entry, whose editors are read whole.
#[test]
fn a_list_line_broken_after_an_editors_initial_goes_on() {
    let doc = run_text(
        "Saggio\n\nIl contratto è un accordo.¹\n\n\
         ¹ Vedi G. Alpa, Il contratto in generale, Milano, 2014, p. 3.\n\n\
         Bibliografia\n\n\
         ALPA G., Il contratto in generale, in Trattato di diritto civile e commerciale, diretto da A.\n\
         Cicu e F. Messineo, Milano, 2014.\n\
         ROPPO V., Il contratto, Milano, 2011.\n\
         SACCO R., La conclusione dell’accordo, in Trattato dei contratti, a cura di P.\n\
         Rescigno, Torino, 1999.\n",
    );
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 3);
    assert_eq!(
        editors(entry(&doc, 1)),
        [("Cicu", "A."), ("Messineo", "F.")]
    );
    assert_eq!(editors(entry(&doc, 3)), [("Rescigno", "P.")]);
    assert_eq!(entry(&doc, 3).publisher_place.as_deref(), Some("Torino"));
}
