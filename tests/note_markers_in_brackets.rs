//! Notes labelled `(1)` at the foot of the page or the chapter's end, and
//! marked in the text by the number in brackets, set off by a space (`la
//! notion de faute (1).`, as French, Italian, Spanish and Portuguese papers
//! converted from Word or PDF write them) or glued to the word
//! (`società(1)`). The markers are the notes', never numeric citations of
//! the list; a paper citing by `(1)` with a numbered list and no notes, and
//! a list `(1) … (2) …` in a paper whose notes are labelled otherwise, read
//! as before. Expected values were written by reading the papers.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Document, Status};
use papers_support::{note_entries, run, run_text};

use CitationKind::{Full, Ibid, Short};
use Status::Resolved;

const FRENCH: &str = "fixtures/responsabilite_puissance_publique_notes_fr.txt";
const ITALIAN: &str = "fixtures/confraternite_firenze_note_it.txt";
const IEEE: &str = "fixtures/surveillance_crues_ieee_fr.txt";
const LIST: &str = "fixtures/guild_hypotheses_notes_en.txt";

/// (note, chapter, the input's text from a few words before each of the
/// note's markers to the marker's end).
fn marked(path: &str, doc: &Document, before: usize) -> Vec<(u32, u32, Vec<String>)> {
    let bytes = std::fs::read(path).unwrap();
    let text = std::str::from_utf8(&bytes).unwrap();
    doc.footnotes
        .iter()
        .map(|f| {
            let at = f
                .markers
                .iter()
                .map(|m| {
                    let from = text[..m.start]
                        .char_indices()
                        .rev()
                        .nth(before - 1)
                        .map_or(0, |(i, _)| i);
                    text[from..m.end].replace('\n', " ")
                })
                .collect();
            (f.number, f.chapter, at)
        })
        .collect()
}

/// The in-text citations that cite by number.
fn numeric(doc: &Document) -> Vec<&str> {
    doc.citations
        .iter()
        .filter(|c| c.kind == CitationKind::Numeric)
        .map(|c| c.text.as_str())
        .collect()
}

#[test]
fn spaced_markers_of_notes_labelled_in_brackets_are_found_where_they_stand() {
    let (_, doc) = run(FRENCH);
    let got = marked(FRENCH, &doc, 30);
    let want = [
        "souveraineté (1)",
        "ts en 1873 (2)",
        "compétence (3)",
        "sponsabilité (4)",
        "droit public (5)",
        "du en 1905 (6)",
        "e judiciaire (7)",
        "sans le dire (8)",
        "ministration (9)",
        "nseil d'État (10)",
        "administratif (11)",
        "esponsabilité (12)",
        "rges publiques (13)",
        "lt-Desroziers (14)",
        " la solidarité (15)",
        "ouver la faute (16)",
    ];
    assert_eq!(got.len(), want.len());
    for ((n, chapter, at), (k, w)) in got.iter().zip(want.iter().enumerate()) {
        assert_eq!((*n, *chapter), (k as u32 + 1, 1));
        assert_eq!(at.len(), 1, "note {n}: {at:?}");
        assert!(at[0].ends_with(w), "note {n}: {:?} is not …{w}", at[0]);
    }
    // `: (1) une faute du service, (2) un dommage certain et (3) un lien`
    // is a list, not three markers.
    assert_eq!(doc.markers.len(), 16);
}

#[test]
fn each_note_labelled_in_brackets_cites_its_works() {
    let (_, doc) = run(FRENCH);
    // The list: 1 Chapus, 2 Duguit, 3 Hauriou, 4 Moreau, 5 Weil. The
    // decisions are works of the notes alone.
    let want = vec![
        (1, Full, Resolved, Some(2)),
        (2, Full, Resolved, None),
        (3, Full, Resolved, Some(3)),
        (4, Ibid, Resolved, Some(3)),
        (5, Short, Resolved, Some(2)),
        (6, Full, Resolved, None),
        (7, Full, Resolved, Some(1)),
        (8, Ibid, Resolved, Some(1)),
        (9, Short, Resolved, Some(3)),
        (10, Full, Resolved, Some(5)),
        (11, Short, Resolved, Some(1)),
        (12, Full, Resolved, Some(4)),
        (13, Short, Resolved, Some(5)),
        (14, Full, Resolved, None),
        (15, Short, Resolved, Some(4)),
        (15, Short, Resolved, Some(2)),
        (16, Ibid, Resolved, Some(2)),
    ];
    assert_eq!(note_entries(&doc), want);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn the_bracketed_numbers_of_the_text_are_no_numeric_citations() {
    let (_, doc) = run(FRENCH);
    assert_eq!(numeric(&doc), Vec::<&str>::new());
    assert!(doc.citations.iter().all(|c| c.footnote.is_some()));
    let (_, doc) = run(ITALIAN);
    assert_eq!(numeric(&doc), Vec::<&str>::new());
}

#[test]
fn glued_markers_of_notes_numbered_per_chapter_are_read_with_their_chapter() {
    let (_, doc) = run(ITALIAN);
    let got = marked(ITALIAN, &doc, 30);
    let want = [
        (1, 1, "più di cento(1)"),
        (2, 1, "nitenziali(2)"),
        (3, 1, "vita civile(3)"),
        (4, 1, "ratellanza»(4)"),
        (5, 1, "sta lettura(5)"),
        (1, 2, "a chiusura(1)"),
        (2, 2, "n larghezza(2)"),
        (3, 2, "pochi mesi(3)"),
        (4, 2, "onfraternite(4)"),
        (5, 2, "del consenso(5)"),
    ];
    assert_eq!(got.len(), want.len());
    for ((n, chapter, at), (wn, wc, w)) in got.iter().zip(want) {
        assert_eq!((*n, *chapter), (wn, wc));
        assert_eq!(at.len(), 1, "note {n}: {at:?}");
        assert!(at[0].ends_with(w), "note {n}: {:?} is not …{w}", at[0]);
    }
    // The list: 1 Henderson, 2 Polizzotto, 3 Trexler, 4 Weissman.
    let want = vec![
        (1, Full, Resolved, Some(4)),
        (2, Ibid, Resolved, Some(4)),
        (3, Full, Resolved, Some(3)),
        (4, Short, Resolved, Some(4)),
        (5, Full, Resolved, Some(1)),
        (1, Full, Resolved, Some(2)),
        (2, Short, Resolved, Some(1)),
        (3, Ibid, Resolved, Some(1)),
        (4, Short, Resolved, Some(2)),
        (5, Short, Resolved, Some(3)),
    ];
    assert_eq!(note_entries(&doc), want);
    let chapters: Vec<u32> = doc.citations.iter().map(|c| c.chapter).collect();
    assert_eq!(chapters, [1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
}

#[test]
fn numbers_in_brackets_cite_a_numbered_list_in_a_paper_without_notes() {
    let (_, doc) = run(IEEE);
    assert!(doc.footnotes.is_empty());
    assert!(doc.markers.is_empty());
    let cited: Vec<(&str, Option<usize>)> = doc
        .citations
        .iter()
        .map(|c| (c.text.as_str(), papers_support::entry_number(&doc, c)))
        .collect();
    let want: Vec<(&str, Option<usize>)> = [1, 2, 3, 4, 5, 6, 7, 8, 3, 9, 6]
        .iter()
        .map(|&n| {
            (
                ["1", "2", "3", "4", "5", "6", "7", "8", "9"][n - 1],
                Some(n),
            )
        })
        .collect();
    assert_eq!(cited, want);
    assert!(doc
        .citations
        .iter()
        .all(|c| c.kind == CitationKind::Numeric && c.status == Some(Resolved)));
}

#[test]
fn a_list_in_brackets_in_a_paper_with_superscript_notes_marks_nothing() {
    let (_, doc) = run(LIST);
    let bytes = std::fs::read(LIST).unwrap();
    let text = std::str::from_utf8(&bytes).unwrap();
    let numbers: Vec<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
    // Each marker is the note's superscript, none a `(1)` of the list.
    for f in &doc.footnotes {
        assert_eq!(f.markers.len(), 1, "note {}", f.number);
        let m = f.markers[0];
        assert!(!text[m.start..m.end].starts_with('('), "note {}", f.number);
    }
    assert_eq!(numeric(&doc), Vec::<&str>::new());
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, Full, Resolved, Some(3)),
            (2, Full, Resolved, Some(1)),
            (3, Full, Resolved, Some(2)),
            (4, Short, Resolved, Some(3)),
            (5, Ibid, Resolved, Some(3)),
            (6, Short, Resolved, Some(1)),
        ]
    );
}

/// A short paper: the notes labelled `(1)`, the text marking them with a
/// space before the bracket, then `list`.
fn short_paper(body: &str, list: &str) -> Document {
    run_text(&format!(
        "La faute de service\n\nIntroduction\n\n{body}\n\n\
         (1) G. Vedel, Droit administratif, Paris, PUF, 1958, p. 12.\n\
         (2) CE, 10 févr. 1905, Tomaso Grecco, Rec. p. 139.\n\
         (3) G. Vedel, op. cit., p. 40.\n\n{list}"
    ))
}

#[test]
fn a_bracketed_number_out_of_the_notes_sequence_cites_nothing() {
    let doc = short_paper(
        "La doctrine a discuté la notion de faute (1). Le Conseil d'État l'a \
         admise (2). Les auteurs l'ont précisée (3). Ils y reviennent (2), \
         et Hauriou le premier (1).",
        "Bibliographie\n\n\
         Hauriou, M., Précis de droit administratif, Paris, Sirey, 1927.\n\
         Vedel, G., Droit administratif, Paris, PUF, 1958.\n",
    );
    let markers: Vec<u32> = doc.markers.iter().map(|m| m.number).collect();
    assert_eq!(markers, [1, 2, 3]);
    assert_eq!(numeric(&doc), Vec::<&str>::new());
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, Full, Resolved, Some(2)),
            (2, Full, Resolved, None),
            (3, Short, Resolved, Some(2)),
        ]
    );
}

#[test]
fn notes_labelled_in_brackets_under_a_notes_heading_take_their_spaced_markers() {
    let doc = short_paper(
        "La doctrine a discuté la notion de faute (1). Le Conseil d'État l'a \
         admise en 1905 (2) et les auteurs l'ont précisée (3).\n\nNotes",
        "",
    );
    let markers: Vec<u32> = doc
        .footnotes
        .iter()
        .flat_map(|f| f.markers.iter().map(move |_| f.number))
        .collect();
    assert_eq!(markers, [1, 2, 3]);
}
