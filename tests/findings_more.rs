//! Findings on author-date references in notes and narrative citations in
//! the text: works missing from the bibliography cited by `Author Year,
//! page` or `Author (Year)`, and what is not to be reported. Expected
//! values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Document, Status};
#[path = "papers_support/mod.rs"]
mod papers_support;
use papers_support::{entry_number, run, run_text};

/// (code, footnote, message) of every finding, in the order reported.
fn found(doc: &Document) -> Vec<(Code, Option<u32>, String)> {
    doc.diagnostics
        .iter()
        .map(|d| (d.code, d.footnote, d.message.clone()))
        .collect()
}

fn f(code: Code, note: Option<u32>, message: &str) -> (Code, Option<u32>, String) {
    (code, note, message.to_string())
}

/// (footnote, text, bibliography entry number) of every citation in a
/// note, or of the text when `footnote` is `None`.
fn links(doc: &Document) -> Vec<(Option<u32>, String, Option<usize>)> {
    doc.citations
        .iter()
        .map(|c| (c.footnote, c.text.clone(), entry_number(doc, c)))
        .collect()
}

fn l(note: Option<u32>, text: &str, entry: Option<usize>) -> (Option<u32>, String, Option<usize>) {
    (note, text.to_string(), entry)
}

#[test]
fn english_history_paper_with_author_year_notes() {
    let (_, doc) = run("fixtures/notes_author_date_en.txt");
    // Entries: 1 Allen 2009a, 2 Allen 2009b, 3 Berg, 4 Cox, 5 Earle,
    // 6 Mokyr, 7 Muldrew 1998, 8 Overton, 9 Stobart, 10 Styles,
    // 11 Thirsk, 12 Weatherill.
    assert_eq!(
        links(&doc),
        [
            l(Some(1), "Thirsk 1978, 1–9", Some(11)),
            l(Some(1), "Berg 2005, 5", Some(3)),
            l(Some(2), "Thirsk 1978, 106–32", Some(11)),
            l(Some(2), "Allen 2009a, 25–56", Some(1)),
            l(Some(3), "Muldrew 1998, 95–119", Some(7)),
            l(Some(3), "Hatcher 1977, 63", None),
            l(Some(4), "Muldrew 1998, 148", Some(7)),
            l(Some(4), "Ibid., 151.", Some(7)),
            l(Some(5), "Weatherill 1988, 25–42", Some(12)),
            l(Some(6), "Cox 2000, 116–45", Some(4)),
            l(Some(6), "Stobart, Hann and Morgan 2007, 86", Some(9)),
            l(Some(7), "Muldrew 1989, 123", None),
            l(Some(8), "Earle 1989, 17–20", Some(5)),
            l(Some(9), "Allen 2009b, 211", Some(2)),
            l(Some(10), "Styles 2007, 321–3", Some(10)),
            l(Some(10), "Overton et al. 2004, 170", Some(8)),
            l(None, "Allen (2009a)", Some(1)),
            l(None, "Muldrew (1998)", Some(7)),
            l(None, "Wrightson (2000)", None),
            l(None, "Weatherill (1988)", Some(12)),
            l(None, "Cox (2000)", Some(4)),
            l(None, "Stobart, Hann and Morgan (2007)", Some(9)),
            l(None, "Earle (1989)", Some(5)),
            l(None, "Allen (2009b)", Some(2)),
        ]
    );
    // `see` opens the second item of note 3.
    let hatcher = doc
        .citations
        .iter()
        .find(|c| c.text.starts_with("Hatcher"))
        .unwrap();
    assert_eq!(hatcher.signal.as_deref(), Some("see"));
    assert_eq!(hatcher.kind, CitationKind::AuthorDate);
    assert_eq!(
        found(&doc),
        [
            f(
                Code::UnresolvedCitation,
                None,
                "`Wrightson (2000)` matches no entry of the reference list"
            ),
            f(
                Code::MissingFromBibliography,
                Some(3),
                "Hatcher (1977) is cited but not in the bibliography"
            ),
            f(
                Code::MissingFromBibliography,
                Some(7),
                "Muldrew (1989) is cited but not in the bibliography"
            ),
            f(
                Code::UncitedReference,
                None,
                "bibliography entry Mokyr, Joel (2009), `The Enlightened Economy: An Economic History of Britain 1700…` is cited nowhere"
            ),
        ]
    );
    // The same author's entry of another year is named.
    let muldrew = &doc.diagnostics[2];
    assert_eq!(
        muldrew.notes,
        ["the bibliography has Muldrew, Craig (1998), `The Economy of Obligation: The Culture of Credit and Social …` by the same author"]
    );
    assert_eq!(muldrew.labels.len(), 1);
}

/// A one-note paper with a bibliography of one entry.
fn one_note(note: &str, entry: &str) -> Document {
    run_text(&format!(
        "Title\n\nSome body text here.1\n\n1 {note}\n\nBibliography\n\n{entry}\n"
    ))
}

const HANSEN: &str = "Hansen, Per. Norsk historie. Oslo: Gyldendal, 2001.";

#[test]
fn dated_short_forms_of_missing_works_in_several_languages() {
    for (note, text, who) in [
        ("Dyrvik 1999, 45.", "Dyrvik 1999, 45", "Dyrvik (1999)"),
        (
            "Müller (2003), S. 12.",
            "Müller (2003), S. 12",
            "Müller (2003)",
        ),
        ("김철수(2005), 45쪽.", "김철수(2005), 45쪽", "김철수 (2005)"),
        ("Smith 2001: 45.", "Smith 2001: 45", "Smith (2001)"),
    ] {
        let doc = one_note(note, HANSEN);
        assert_eq!(links(&doc), [l(Some(1), text, None)], "{note}");
        assert_eq!(
            found(&doc),
            [
                f(
                    Code::MissingFromBibliography,
                    Some(1),
                    &format!("{who} is cited but not in the bibliography")
                ),
                f(
                    Code::UncitedReference,
                    None,
                    "bibliography entry Hansen, Per (2001), `Norsk historie` is cited nowhere"
                ),
            ],
            "{note}"
        );
    }
}

#[test]
fn an_author_year_reference_then_more_of_the_note() {
    let doc = one_note("Dyrvik 1999, 45, and Hansen 2001, 12.", HANSEN);
    assert_eq!(
        links(&doc),
        [
            l(Some(1), "Dyrvik 1999, 45", None),
            l(Some(1), "Hansen 2001, 12", Some(1)),
        ]
    );
    assert_eq!(
        found(&doc),
        [f(
            Code::MissingFromBibliography,
            Some(1),
            "Dyrvik (1999) is cited but not in the bibliography"
        )]
    );
    let doc = one_note("Hansen 2001, 12, see also Dyrvik 1999, 45.", HANSEN);
    assert_eq!(
        links(&doc),
        [
            l(Some(1), "Hansen 2001, 12", Some(1)),
            l(Some(1), "Dyrvik 1999, 45", None),
        ]
    );
    assert_eq!(doc.citations[1].signal.as_deref(), Some("see also"));
}

#[test]
fn year_letters_in_notes() {
    let entries = "Allen, Robert C. 2009a. The British Industrial Revolution in Global Perspective. Cambridge: Cambridge University Press.\n\nAllen, Robert C. 2009b. Engels' Pause. Oxford: Oxford University Press.";
    let doc = one_note("Allen 2009b, 12.", entries);
    assert_eq!(links(&doc), [l(Some(1), "Allen 2009b, 12", Some(2))]);
    let doc = one_note("Allen 2009c, 12.", entries);
    assert_eq!(links(&doc), [l(Some(1), "Allen 2009c, 12", None)]);
    assert_eq!(doc.diagnostics[0].code, Code::MissingFromBibliography);
    assert_eq!(doc.diagnostics[0].notes.len(), 2);
    // An entry without a letter still takes a citation with one.
    let doc = one_note("Hansen 2001a, 45.", HANSEN);
    assert_eq!(links(&doc), [l(Some(1), "Hansen 2001a, 45", Some(1))]);
    assert!(doc.diagnostics.is_empty(), "{:?}", found(&doc));
}

const TRUST_REFERENCES: &str = "References\n\n\
Jarvenpaa, S. L., & Leidner, D. E. (1999). Communication and trust in global virtual teams. Organization Science, 10(6), 791–815.\n\n\
Mayer, R. C., Davis, J. H., & Schoorman, F. D. (1995). An integrative model of organizational trust. Academy of Management Review, 20(3), 709–734.\n\n\
Rousseau, D. M. (1998). Not so different after all: A cross-discipline view of trust. Academy of Management Review, 23(3), 393–404.\n";

#[test]
fn narrative_citations_of_missing_works() {
    let doc = run_text(&format!(
        "Trust in Remote Teams\n\nIntroduction\n\n\
         Trust has been studied for decades (Mayer et al., 1995; Rousseau, 1998). \
         Jarvenpaa and Leidner (1999) found that swift trust forms early in virtual teams, \
         and Rousseau (1998) defined trust as a psychological state. As Smith (2004) argues, \
         distance changes how trust is built; Okafor et al. (2006) agree. The Human Genome \
         Project (2003) is no citation, nor is the storm in Katrina (2005), and in Germany \
         (2010) the rules changed. The report of the Commission (2012) is not one either.\n\n\
         {TRUST_REFERENCES}"
    ));
    assert_eq!(
        found(&doc),
        [
            f(
                Code::UnresolvedCitation,
                None,
                "`Smith (2004)` matches no entry of the reference list"
            ),
            f(
                Code::UnresolvedCitation,
                None,
                "`Okafor et al. (2006)` matches no entry of the reference list"
            ),
        ]
    );
    // The span starts at the name, past `As`.
    let smith = doc
        .citations
        .iter()
        .find(|c| c.text == "Smith (2004)")
        .unwrap();
    assert_eq!(smith.status, Some(Status::Dangling));
}

#[test]
fn narrative_shapes_are_not_reported_without_support() {
    // One narrative citation links: too few to read the shape as citing.
    let doc = run_text(&format!(
        "Trust in Remote Teams\n\nIntroduction\n\n\
         Trust has been studied for decades (Mayer et al., 1995; Rousseau, 1998). \
         Rousseau (1998) defined trust as a psychological state. As Smith (2004) argues, \
         distance changes how trust is built.\n\n{TRUST_REFERENCES}"
    ));
    assert!(
        !doc.diagnostics
            .iter()
            .any(|d| d.code == Code::UnresolvedCitation),
        "{:?}",
        found(&doc)
    );
    // A German noun after a word that leads to no citation is no name.
    let (_, doc) = run("fixtures/author_date_de.txt");
    assert!(
        !doc.diagnostics.iter().any(|d| d.message.contains("Herbst")),
        "{:?}",
        found(&doc)
    );
}

#[test]
fn no_narrative_finding_on_bundled_author_date_papers() {
    for path in [
        "fixtures/apa_trust_en.txt",
        "fixtures/author_date_chicago_en.txt",
        "fixtures/author_date_pages_en.txt",
        "fixtures/fotnoter_nb.txt",
        "fixtures/autor_fecha_apa_es.txt",
    ] {
        let (_, doc) = run(path);
        let narrative_unresolved = doc.diagnostics.iter().any(|d| {
            d.code == Code::UnresolvedCitation
                && doc
                    .citations
                    .iter()
                    .any(|c| c.span == d.span && c.site.as_ref().is_some_and(|s| s.narrative))
        });
        assert!(!narrative_unresolved, "{path}: {:?}", found(&doc));
    }
}

#[test]
fn a_note_of_thousands_of_author_year_references_is_read_one_by_one() {
    // Each reference is an item of its own, in order, whatever their
    // number: no recursion per reference (it overflowed the stack), no
    // piece read again for each one after it.
    let names = ["Smith", "Jones", "Brown", "Taylor"];
    let refs: Vec<String> = (0..5000)
        .map(|i| format!("{} {}, {}.", names[i % 4], 1900 + i % 120, i % 300 + 1))
        .collect();
    let doc = run_text(&format!(
        "Title\n\nSome body text.1\n\n1 {}\n\nReferences\n\nSmith, J. 1999. A Book. London: Press.\n",
        refs.join(" ")
    ));
    let texts: Vec<&str> = doc.citations.iter().map(|c| c.text.as_str()).collect();
    let want: Vec<&str> = refs.iter().map(|r| r.trim_end_matches('.')).collect();
    assert_eq!(texts, want);
}

/// A note whose marker the PDF conversion lost (`…as a sovereign.` where
/// the print had `sovereign.⁵`) is a note of its own, reported as a note
/// without a marker, and the ibid in it links to the note before it; the
/// numbering does not skip.
#[test]
fn a_note_whose_marker_was_lost_is_reported_as_such() {
    let text = "The Company-State\n\n\
        Philip Stern has shown how the Company acted as a sovereign.4 Others\n\
        stressed its commerce. Counting was a way of knowing.6\n\n\
        4. Philip J. Stern, The Company-State: Corporate Sovereignty and the Early Modern\n\
        Foundations of the British Empire in India (Oxford: Oxford University Press, 2011).\n\
        5. Ibid., 9–12.\n\
        6. K. N. Chaudhuri, The Trading World of Asia and the English East India Company\n\
        (Cambridge: Cambridge University Press, 1978), 19.\n";
    let doc = run_text(text);
    let numbers: Vec<u32> = doc.footnotes.iter().map(|n| n.number).collect();
    assert_eq!(numbers, [4, 5, 6]);
    let codes: Vec<(Code, Option<u32>)> = doc
        .diagnostics
        .iter()
        .map(|d| (d.code, d.footnote))
        .collect();
    assert_eq!(codes, [(Code::OrphanFootnote, Some(5))]);
    let ibid = doc
        .citations
        .iter()
        .find(|c| c.footnote == Some(5))
        .unwrap();
    assert_eq!(ibid.kind, CitationKind::Ibid);
    assert_eq!(ibid.status, Some(Status::Resolved));
    let stern = doc
        .citations
        .iter()
        .find(|c| c.footnote == Some(4))
        .unwrap();
    assert_eq!(ibid.reference, stern.reference);
    assert!(stern.text.ends_with("2011)."), "{}", stern.text);
}
