//! A Romanian law paper as pdftotext gives it, and notes of French,
//! Spanish, Italian and Portuguese law papers: a lowercase signal after a
//! semicolon opens a citation of its own (`…, p. 112; a se vedea și art.
//! 1203 C. civ.`, `…; vid. también STS 123/2019`, `…; v. tb. SILVA, op.
//! cit.`). Expected values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::CitationKind::{Full, Short};
use opcit::model::Status::Resolved;
use papers_support::{in_note, note_links, paper_of_notes, run};

const PAPER: &str = "fixtures/clauze_abuzive_pdf_ro.txt";

/// The signals of note `n`'s citations, in order.
fn signals(doc: &opcit::model::Document, n: u32) -> Vec<Option<String>> {
    in_note(doc, n).iter().map(|c| c.signal.clone()).collect()
}

/// The texts of note `n`'s citations, in order.
fn texts(doc: &opcit::model::Document, n: u32) -> Vec<String> {
    in_note(doc, n)
        .iter()
        .map(|c| c.text.replace('\n', " ").trim_end_matches('.').to_string())
        .collect()
}

#[test]
fn a_romanian_signal_after_a_semicolon_opens_the_next_citation() {
    let (_, doc) = run(PAPER);
    // Entries: 1 Dincă, 2 Goicovici, 3 Pop.
    // `a se vedea și` is one signal; its `a` is no joining word.
    assert_eq!(signals(&doc, 2), [None, Some("a se vedea și".to_string())]);
    assert_eq!(texts(&doc, 2)[1], "art. 1203 C. civ");
    assert_eq!(
        note_links(&doc, 3),
        [(Full, Resolved, Some(2)), (Short, Resolved, Some(3))]
    );
    assert_eq!(signals(&doc, 3)[1].as_deref(), Some("a se vedea"));
    assert_eq!(texts(&doc, 3)[1], "L. Pop, op. cit., p. 120");
    // Two articles of two codes.
    assert_eq!(
        texts(&doc, 4),
        ["Art. 1357 din Codul civil", "art. 249 C. proc. civ"]
    );
    assert_eq!(signals(&doc, 4)[1].as_deref(), Some("a se vedea și"));
    assert_eq!(signals(&doc, 7)[1].as_deref(), Some("a se vedea"));
    assert_eq!(note_links(&doc, 7)[1], (Short, Resolved, Some(2)));
    // After a decision: the short form is the note's last citation.
    assert_eq!(
        signals(&doc, 9).last().cloned().flatten().as_deref(),
        Some("a se vedea și")
    );
    assert_eq!(texts(&doc, 9).last().unwrap(), "R. Dincă, op. cit., p. 50");
    assert_eq!(
        note_links(&doc, 9).last(),
        Some(&(Short, Resolved, Some(1)))
    );
}

#[test]
fn signals_qualified_by_also_in_spanish_and_portuguese() {
    let doc = paper_of_notes(
        "Texto",
        &[
            "J. García, La reforma constitucional, Madrid, Tecnos, 2010, p. 12; vid. también STS 123/2019, de 12 de marzo.",
            "SILVA, João. Direito do consumidor. São Paulo: Saraiva, 2010, p. 12.",
            "SOUZA, Maria. Direito civil. Rio de Janeiro: Forense, 2015, p. 33; v. tb. SILVA, op. cit., p. 3.",
            "M. López, Derecho constitucional, Madrid, Marcial Pons, 2015, p. 33; vid. también García, op. cit., p. 3.",
        ],
    );
    assert_eq!(in_note(&doc, 1).len(), 2, "{:#?}", in_note(&doc, 1));
    assert_eq!(signals(&doc, 1)[1].as_deref(), Some("vid. también"));
    assert!(texts(&doc, 1)[1].starts_with("STS 123/2019"));
    assert_eq!(signals(&doc, 3)[1].as_deref(), Some("v. tb."));
    assert_eq!(texts(&doc, 3)[1], "SILVA, op. cit., p. 3");
    assert_eq!(in_note(&doc, 3)[1].kind, Short);
    assert_eq!(signals(&doc, 4)[1].as_deref(), Some("vid. también"));
    assert_eq!(texts(&doc, 4)[1], "García, op. cit., p. 3");
}

#[test]
fn french_and_italian_lowercase_signals_after_a_semicolon() {
    let doc = paper_of_notes(
        "Texte",
        &[
            "J. Dupont, La responsabilité civile, Paris, Dalloz, 2010, p. 12 ; v. également Cass. civ. 1re, 12 mai 2010, n° 09-12.345.",
            "P. Martin, Droit des obligations, Paris, LGDJ, 2015, p. 33 ; v. aussi Dupont, op. cit., p. 4.",
            "M. Bianchi, Diritto civile, Torino, Giappichelli, 2015, p. 33; cfr. anche Dupont, op. cit., p. 3.",
        ],
    );
    assert_eq!(signals(&doc, 1)[1].as_deref(), Some("v. également"));
    assert!(texts(&doc, 1)[1].starts_with("Cass. civ. 1re, 12 mai 2010"));
    assert_eq!(signals(&doc, 2)[1].as_deref(), Some("v. aussi"));
    assert_eq!(in_note(&doc, 2)[1].kind, Short);
    assert_eq!(signals(&doc, 3)[1].as_deref(), Some("cfr. anche"));
    assert_eq!(in_note(&doc, 3)[1].kind, Short);
}
