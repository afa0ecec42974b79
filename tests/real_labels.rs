#[path = "papers_support/mod.rs"]
mod papers_support;

// A Spanish history paper as some PDF conversions give it: each note's
// number, raised like a superscript, on a line of its own and the note's
// text on the lines after it, indented or not; the pages' numbers also
// stand alone on their lines (`2` at a page's foot, before the next
// page's running head). Expected values were written by reading the
// paper.

use opcit::model::{CitationKind, Status};
use papers_support::{note_links, run_text};
use CitationKind::{Full, Ibid, Short};
use Status::Resolved;

const PAPER: &str = "El cabildo y la ciudad: Lima en el siglo XVII

María Pérez

El cabildo limeño ha sido objeto de varios estudios1. Lohmann Villena fue pionero2. Más
recientemente, Bromley ha revisado las actas3.

1
  Guillermo Lohmann Villena, Los regidores perpetuos del cabildo de Lima (1535-1821), Sevilla,
Diputación Provincial de Sevilla, 1983, t. I, p. 25.
2
  Ibid., pp. 30-32.
3
  Juan Bromley, \"Las actas del cabildo de Lima\", Revista Histórica, vol. 21, n.º 2, 1954, pp.
45-60.

2
EL CABILDO Y LA CIUDAD

Las elecciones anuales revelan tensiones4. Los regidores perpetuos dominaban el cuerpo5.

4
Lohmann Villena, op. cit., t. II, p. 12.
5
Bromley, \"Las actas…\", p. 50.

Bibliografía

Bromley, Juan, \"Las actas del cabildo de Lima\", Revista Histórica, vol. 21, n.º 2, 1954, pp. 45-60.
Lohmann Villena, Guillermo, Los regidores perpetuos del cabildo de Lima (1535-1821), Sevilla,
Diputación Provincial de Sevilla, 1983, 2 vols.
";

#[test]
fn every_number_alone_before_a_note_labels_it() {
    let doc = run_text(PAPER);
    let notes: Vec<(u32, &str)> = doc
        .footnotes
        .iter()
        .map(|n| (n.number, n.text.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            (
                1,
                "Guillermo Lohmann Villena, Los regidores perpetuos del cabildo de Lima (1535-1821), Sevilla,\nDiputación Provincial de Sevilla, 1983, t. I, p. 25."
            ),
            (2, "Ibid., pp. 30-32."),
            (
                3,
                "Juan Bromley, \"Las actas del cabildo de Lima\", Revista Histórica, vol. 21, n.º 2, 1954, pp.\n45-60."
            ),
            (4, "Lohmann Villena, op. cit., t. II, p. 12."),
            (5, "Bromley, \"Las actas…\", p. 50."),
        ]
    );
    // Each note has its marker in the text.
    assert!(doc.footnotes.iter().all(|n| n.markers.len() == 1));
}

#[test]
fn every_note_links_to_the_work_it_cites() {
    let doc = run_text(PAPER);
    // The list: 1 Bromley, 2 Lohmann Villena.
    let expected = [
        (1, Full, Some(2)),
        (2, Ibid, Some(2)),
        (3, Full, Some(1)),
        (4, Short, Some(2)),
        (5, Short, Some(1)),
    ];
    for (n, kind, target) in expected {
        assert_eq!(note_links(&doc, n), [(kind, Resolved, target)], "note {n}");
    }
}

#[test]
fn the_page_number_and_running_head_stay_in_the_body() {
    let doc = run_text(PAPER);
    assert_eq!(doc.footnotes.len(), 5);
    assert!(doc
        .footnotes
        .iter()
        .all(|n| !n.text.contains("EL CABILDO Y LA CIUDAD")));
}
