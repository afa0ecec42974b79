//! Spanish law papers as pdftotext gives them: markers glued to words
//! in a sentence that also holds a subdivided article number (`el art.
//! 18.4 de su texto2, … instrumental3.`), and bibliography entries whose
//! family names, in capitals, hold particles (`LUCAS MURILLO DE LA
//! CUEVA, P., …`, `ORTEGA Y GASSET, J., …`). Expected values were written
//! by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use papers_support::{authors, entry, run_text};

fn marker_numbers(doc: &opcit::model::Document) -> Vec<u32> {
    doc.markers.iter().map(|m| m.number).collect()
}

fn orphans(doc: &opcit::model::Document) -> usize {
    doc.diagnostics
        .iter()
        .filter(|d| d.code == Code::OrphanFootnote)
        .count()
}

const ARTICLE: &str = "\
EL DERECHO AL OLVIDO

I. INTRODUCCIÓN

El derecho a la protección de datos es un derecho fundamental autónomo1. Su
reconocimiento se apoya en el art. 18.4 de su texto2, y la doctrina ha subrayado
su carácter instrumental3. La Ley Orgánica 3/2018 ha culminado esta evolución4,
adaptando el ordenamiento al art. 17 del Reglamento europeo5.

1 STC 292/2000, de 30 de noviembre, FJ 7.
2 Art. 18.4 CE.
3 A. Troncoso Reigada, La protección de datos personales, Valencia, Tirant lo Blanch, 2010, p. 45.
4 Ley Orgánica 3/2018, de 5 de diciembre.
5 Art. 17 RGPD.
";

#[test]
fn markers_after_a_subdivided_article_number_are_read() {
    let doc = run_text(ARTICLE);
    assert_eq!(marker_numbers(&doc), [1, 2, 3, 4, 5]);
    assert_eq!(orphans(&doc), 0, "{:#?}", doc.diagnostics);
}

#[test]
fn numbers_after_locators_stay_numbers() {
    // `art. 18.4`, `§ 5.2`, `p. 12.3`: no marker glued to a locator's
    // number, even where the note sequence would take it.
    let doc = run_text(
        "Título\n\nVéase el art. 18.4 y el § 2.3 del texto1. Otra cosa2.\n\n\
         1 Art. 18.4 CE.\n2 Art. 2.3 LOPD.\n3 Nota sin marca.\n4 Otra nota.\n",
    );
    assert_eq!(marker_numbers(&doc), [1, 2]);
}

#[test]
fn a_number_jumping_ahead_of_the_notes_waits_for_their_sequence() {
    // The `4` of `18.4` would come before markers 2 and 3; the notes go
    // on 2, 3, 4 after it, so it is no marker.
    let doc = run_text(
        "Título\n\nUn derecho1 que el apartado 18.4 y su texto2 y el carácter3 \
         confirman4.\n\n1 Uno, Libro, Madrid, 2000.\n2 Dos, Libro, Madrid, 2001.\n\
         3 Tres, Libro, Madrid, 2002.\n4 Cuatro, Libro, Madrid, 2003.\n",
    );
    assert_eq!(marker_numbers(&doc), [1, 2, 3, 4]);
    assert_eq!(orphans(&doc), 0, "{:#?}", doc.diagnostics);
}

const LIST: &str = "\
EL DERECHO AL OLVIDO

Texto1.

1 P. Lucas Murillo de la Cueva, El derecho a la autodeterminación informativa, Madrid, Tecnos, 1990, p. 5.

BIBLIOGRAFÍA

ARENAS RAMIRO, M., El derecho fundamental a la protección de datos, Madrid, Dykinson, 2006.
LUCAS MURILLO DE LA CUEVA, P., El derecho a la autodeterminación informativa, Madrid, Tecnos, 1990.
MURILLO DEL VALLE DE LA TORRE, A., Las bases del derecho, Madrid, Civitas, 1995.
ORTEGA Y GASSET, J., La rebelión de las masas, Madrid, Revista de Occidente, 1930.
";

#[test]
fn family_names_in_capitals_keep_their_particles() {
    let doc = run_text(LIST);
    assert_eq!(authors(entry(&doc, 1)), [("ARENAS RAMIRO", "M.")]);
    let e = entry(&doc, 2);
    assert_eq!(authors(e), [("LUCAS MURILLO DE LA CUEVA", "P.")]);
    assert_eq!(
        e.title.as_deref(),
        Some("El derecho a la autodeterminación informativa")
    );
    let e = entry(&doc, 3);
    assert_eq!(authors(e), [("MURILLO DEL VALLE DE LA TORRE", "A.")]);
    assert_eq!(e.title.as_deref(), Some("Las bases del derecho"));
    let e = entry(&doc, 4);
    assert_eq!(authors(e), [("ORTEGA Y GASSET", "J.")]);
    assert_eq!(e.title.as_deref(), Some("La rebelión de las masas"));
    // The note's citation finds its entry, with no mismatch on the title.
    assert!(
        !doc.diagnostics
            .iter()
            .any(|d| d.code == Code::BibliographyMismatch),
        "{:#?}",
        doc.diagnostics
    );
}
