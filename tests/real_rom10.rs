//! A Brazilian law article in ABNT notes as pdftotext gives it: works
//! cited `SOBRENOME, Nome. Título. Cidade: Editora, ano, p. X.`, `op.
//! cit.`, `Idem, ibidem`, `apud`, decisions (`STF, RE 123.456/SP, Rel.
//! Min. …, j. 12.3.2019`), and articles of the Constitution and the Civil
//! Code with their subdivisions between commas (`Art. 5º, inciso X, da
//! Constituição Federal`, `art. 1º, III, da CF`). Expected values were
//! written by reading the paper.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::CitationKind::{Full, Ibid, Short};
use opcit::model::Status::Resolved;
use papers_support::{in_note, note_links, run, work};

const PAPER: &str = "fixtures/dano_moral_pdf_pt.txt";

/// A citation's kind and the bibliography entry it links to.
type Link = (opcit::model::CitationKind, Option<usize>);

#[test]
fn every_note_links_to_the_work_it_cites() {
    let (_, doc) = run(PAPER);
    // Entries: 1 Cavalieri Filho, 2 Moraes.
    let expected: [(u32, &[Link]); 10] = [
        (1, &[(Full, None), (Full, None)]),
        (2, &[(Full, None), (Full, None)]),
        (3, &[(Full, Some(1))]),
        (4, &[(Full, None)]),
        (5, &[(Full, None)]),
        (6, &[(Short, Some(1))]),
        (7, &[(Full, Some(2)), (Short, Some(1))]),
        (8, &[(Full, None)]),
        // `X apud Y`: the note cites Y.
        (9, &[(Short, Some(2))]),
        (10, &[(Ibid, Some(2))]),
    ];
    for (n, links) in expected {
        let want: Vec<_> = links.iter().map(|&(k, e)| (k, Resolved, e)).collect();
        assert_eq!(note_links(&doc, n), want, "note {n}");
    }
}

#[test]
fn an_article_s_subdivisions_between_commas_are_its_pinpoint() {
    let (_, doc) = run(PAPER);
    let first = in_note(&doc, 1);
    let at: Vec<_> = first
        .iter()
        .map(|c| c.locator.as_ref().map(|l| l.value.clone()))
        .collect();
    assert_eq!(
        at,
        [
            Some("Art. 5º, inciso X".to_string()),
            Some("art. 1º, III".to_string())
        ]
    );
    // `Constituição Federal` and `CF`: one work, titled in full.
    assert_eq!(first[0].reference, first[1].reference);
    let f = work(&doc, first[0]);
    assert_eq!(f.kind, "legislation");
    assert_eq!(f.title.as_deref(), Some("Constituição Federal"));
    assert_eq!(first[1].signal.as_deref(), Some("v. tb."));
    // `Código Civil` and `CC`.
    let second = in_note(&doc, 2);
    assert_eq!(second[0].reference, second[1].reference);
    assert_eq!(work(&doc, second[0]).title.as_deref(), Some("Código Civil"));
    assert_ne!(second[0].reference, first[0].reference);
}

#[test]
fn a_decision_cited_again_is_one_case() {
    let (_, doc) = run(PAPER);
    let five = in_note(&doc, 5);
    let eight = in_note(&doc, 8);
    assert_eq!(five[0].reference, eight[0].reference);
    let f = work(&doc, five[0]);
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.title.as_deref(), Some("RE 123.456/SP"));
}
