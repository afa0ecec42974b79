//! A Romanian and a French law paper as pdftotext gives them, and notes of
//! Spanish, Italian and Portuguese law papers: a lowercase signal after a
//! semicolon opens a citation of its own (`…, p. 112; a se vedea și art.
//! 1203 C. civ.`, `…; vid. también STS 123/2019`, `…; v. tb. SILVA, op.
//! cit.`); a code's article written out (`l'article L. 111-1 du Code de
//! la consommation`, `artículo 1902 del Código Civil`, `art. 1349 al
//! Codului civil`) cites the code, one work with its abbreviation (`C.
//! civ.`). Expected values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::CitationKind::{Full, Short};
use opcit::model::Status::Resolved;
use papers_support::{entry, in_note, note_links, only, paper_of_notes, run, work};

const PAPER: &str = "fixtures/clauze_abuzive_pdf_ro.txt";
const FRENCH: &str = "fixtures/obligation_information_pdf_fr.txt";

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

/// (code's title, article cited) of each citation of a statute in note
/// `n`.
fn articles(doc: &opcit::model::Document, n: u32) -> Vec<(String, String)> {
    in_note(doc, n)
        .iter()
        .filter(|c| work(doc, c).kind == "legislation")
        .map(|c| {
            let f = work(doc, c);
            (
                f.title.clone().unwrap_or_default(),
                c.locator
                    .as_ref()
                    .map(|l| l.value.clone())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn a_romanian_code_abbreviated_and_written_out_is_one_work() {
    let (_, doc) = run(PAPER);
    // `C. civ.`, `Codul civil` and `Codului civil` (genitive) name the
    // Civil Code: one work, titled by its name in full.
    let civil = in_note(&doc, 2)[1].reference.clone();
    assert!(civil.is_some());
    assert_eq!(
        articles(&doc, 2),
        [("Codul civil".into(), "art. 1203".into())]
    );
    assert_eq!(
        articles(&doc, 4),
        [
            ("Codul civil".to_string(), "Art. 1357".to_string()),
            ("C. proc. civ.".to_string(), "art. 249".to_string())
        ]
    );
    assert_eq!(
        articles(&doc, 6),
        [
            ("Codul civil".to_string(), "Art. 1357 alin. (1)".to_string()),
            ("Codul civil".to_string(), "art. 1349".to_string())
        ]
    );
    for (n, i) in [(4, 0), (6, 0), (6, 1), (7, 0)] {
        assert_eq!(in_note(&doc, n)[i].reference, civil, "note {n}");
    }
    // The Code of Civil Procedure is another work.
    assert_ne!(in_note(&doc, 4)[1].reference, civil);
}

#[test]
fn a_french_code_article_written_out_cites_the_code() {
    let (_, doc) = run(FRENCH);
    // Entries: 1 Fabre-Magnan, 2 Ghestin.
    assert_eq!(
        articles(&doc, 1),
        [("Code civil".into(), "article 1240".into())]
    );
    // `l'article L. 111-1`: the elided article opens no title; `L.` marks
    // an article of the code's statutory part.
    assert_eq!(
        articles(&doc, 2),
        [
            (
                "Code de la consommation".to_string(),
                "article L. 111-1".to_string()
            ),
            (
                "Code de la consommation".to_string(),
                "art. L. 111-2".to_string()
            )
        ]
    );
    assert_eq!(in_note(&doc, 2)[0].reference, in_note(&doc, 2)[1].reference);
    assert_eq!(
        articles(&doc, 6),
        [
            ("Code civil".to_string(), "Article 1240".to_string()),
            ("Code civil".to_string(), "art. 1241".to_string())
        ]
    );
    let civil = only(&doc, 3).reference.clone();
    assert_eq!(
        articles(&doc, 3),
        [("Code civil".into(), "Art. 1112-1".into())]
    );
    for (n, i) in [(1, 1), (6, 0), (6, 1)] {
        assert_eq!(in_note(&doc, n)[i].reference, civil, "note {n}");
    }
}

#[test]
fn spanish_italian_and_portuguese_code_articles_written_out() {
    let doc = paper_of_notes(
        "Texto",
        &[
            "Artículo 1902 del Código Civil; art. 1903 CC.",
            "Art. 2043 del codice civile; art. 2050 c.c.",
            "Art. 3 della Costituzione.",
        ],
    );
    assert_eq!(
        articles(&doc, 1),
        [
            ("Código Civil".to_string(), "Artículo 1902".to_string()),
            ("Código Civil".to_string(), "art. 1903".to_string())
        ]
    );
    assert_eq!(
        articles(&doc, 2),
        [
            ("codice civile".to_string(), "Art. 2043".to_string()),
            ("codice civile".to_string(), "art. 2050".to_string())
        ]
    );
    assert_eq!(
        articles(&doc, 3),
        [("Costituzione".into(), "Art. 3".into())]
    );
    let pt = paper_of_notes(
        "Texto",
        &["Art. 186 do Código Civil; v. tb. art. 187 do CC."],
    );
    assert_eq!(
        articles(&pt, 1),
        [
            ("Código Civil".to_string(), "Art. 186".to_string()),
            ("Código Civil".to_string(), "art. 187".to_string())
        ]
    );
    assert_eq!(in_note(&pt, 1)[1].signal.as_deref(), Some("v. tb."));
}

#[test]
fn a_romanian_decision_by_number_and_day_is_one_case() {
    let (_, doc) = run(PAPER);
    // Note 5 writes the number first and the court after the day, note 9
    // the court first: one decision of the Constitutional Court.
    let first = only(&doc, 5);
    let f = work(&doc, first);
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("Curții Constituționale"));
    assert_eq!(f.number.as_deref(), Some("1234"));
    let day = f.issued.as_ref().map(|d| d.date_parts.clone());
    assert_eq!(day, Some(vec![vec![2013, 3, 12]]));
    let again = in_note(&doc, 9);
    assert_eq!(again.len(), 2, "{again:#?}");
    assert_eq!(again[0].kind, Full);
    assert_eq!(again[0].reference, first.reference);
    assert_eq!(
        again[0].text.trim_end_matches('.'),
        "Decizia Curții Constituționale nr. 1234 din 12 martie 2013"
    );
}

#[test]
fn a_romanian_decision_named_by_number_with_the_court_after() {
    let doc = paper_of_notes(
        "Text",
        &[
            "Decizia nr. 7 din 20 mai 2019 a ÎCCJ, p. 3.",
            "Decizia ÎCCJ nr. 12/2015.",
            // A number with no year and no day names no decision.
            "Decizia nr. 7 a ÎCCJ.",
        ],
    );
    let c = only(&doc, 1);
    let f = &c.fields.as_ref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("ÎCCJ"));
    assert_eq!(f.number.as_deref(), Some("7"));
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("3"));
    let f = work(&doc, only(&doc, 2));
    assert_eq!(f.number.as_deref(), Some("12/2015"));
    assert!(in_note(&doc, 3)
        .iter()
        .all(|c| c.fields.as_ref().is_none_or(|f| f.kind != "legal_case")));
}

#[test]
fn a_journal_named_in_quotes_is_read_without_them() {
    let (_, doc) = run(PAPER);
    // `în „Revista română de drept privat” nr. 3/2012, p. 45`: the journal,
    // then its issue and year.
    let f = in_note(&doc, 8)[0].fields.clone().unwrap();
    assert_eq!(
        f.container_title.as_deref(),
        Some("Revista română de drept privat")
    );
    assert_eq!(f.issue.as_deref(), Some("3"));
    assert_eq!(f.year(), Some(2012));
    // The list writes the same journal so.
    assert_eq!(
        entry(&doc, 1).container_title.as_deref(),
        Some("Revista română de drept privat")
    );
    let (_, french) = run(FRENCH);
    let f = in_note(&french, 4)[0].fields.clone().unwrap();
    assert_eq!(
        f.container_title.as_deref(),
        Some("Revue trimestrielle de droit civil")
    );
    assert_eq!(f.issue.as_deref(), Some("3"));
    assert_eq!(f.year(), Some(2012));
}

#[test]
fn quoted_journals_closed_by_straight_quotes_and_in_italian() {
    let doc = paper_of_notes(
        "Text",
        &[
            "L. Pop, „Fundamentul răspunderii comitentului\", în „Dreptul\", nr. 7/2010, p. 11-29.",
            "V. Stoica, „Răspunderea comitentului”, în „Dreptul” nr. 5/2014, p. 60-78.",
            "G. Rossi, «La responsabilità medica», in «Rivista di diritto civile», 2012, n. 3, p. 45.",
        ],
    );
    let journal = |n: u32| {
        let f = in_note(&doc, n)[0].fields.clone().unwrap();
        let year = f.year();
        (
            f.container_title.unwrap_or_default(),
            f.issue.unwrap_or_default(),
            year,
        )
    };
    assert_eq!(journal(1), ("Dreptul".into(), "7".into(), Some(2010)));
    assert_eq!(journal(2), ("Dreptul".into(), "5".into(), Some(2014)));
    assert_eq!(
        journal(3),
        ("Rivista di diritto civile".into(), "3".into(), Some(2012))
    );
}

/// `Ed. Sfera Juridică, Cluj-Napoca, 2006`: `Ed.` opens the house's name
/// (Editura) before a town the grammars do not list and the year; it is
/// no editor's word, in the note and in the list.
#[test]
fn a_house_named_after_ed_before_an_unlisted_town() {
    let (_, doc) = run(PAPER);
    let note = in_note(&doc, 3)[0];
    let f = note.fields.as_deref().unwrap();
    assert_eq!(f.publisher.as_deref(), Some("Ed. Sfera Juridică"));
    assert_eq!(f.publisher_place.as_deref(), Some("Cluj-Napoca"));
    assert!(f.editor.is_empty(), "{:?}", f.editor);
    let listed = work(&doc, note);
    assert_eq!(listed.publisher.as_deref(), Some("Ed. Sfera Juridică"));
    assert!(listed.editor.is_empty(), "{:?}", listed.editor);
}
