//! Two papers of the sciences as PDF conversion gives them: an APA 7
//! review (a group author defined in brackets at a line break, a work
//! quoted through another in a bracket of its own after a narrative
//! citation, an author list elided after nineteen names) and an IEEE
//! article (a numbered list whose entries fill two or three lines each,
//! pinpoints other than pages in the brackets, books written
//! `Initials Family, Title. Place, ST, Country: Publisher, Year.`).
//! Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{Citation, Document, Status};
use papers_support::{authors, entry, entry_number, run, run_text};

const APA: &str = "fixtures/sleep_memory_apa_pdf_en.txt";
const IEEE: &str = "fixtures/voltage_control_ieee_pdf_en.txt";

/// The citations in the running text whose text is `text`.
fn cited<'d>(doc: &'d Document, text: &str) -> Vec<&'d Citation> {
    doc.citations.iter().filter(|c| c.text == text).collect()
}

/// The codes of the document's findings.
fn codes(doc: &Document) -> Vec<Code> {
    doc.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn a_group_author_defined_after_a_line_break_is_cited() {
    let (_, doc) = run(APA);
    // `(AASM, 2016, p. 786; World Health Organization\n[WHO], 2021)`:
    // the second part names the organisation and its abbreviation.
    let who = cited(&doc, "World Health Organization, 2021");
    assert_eq!(who.len(), 1, "{:#?}", doc.citations);
    assert_eq!(entry_number(&doc, who[0]), Some(21));
    // The abbreviation alone, later, links to the same entry.
    let short = cited(&doc, "WHO (2021)");
    assert_eq!(short.len(), 1);
    assert_eq!(entry_number(&doc, short[0]), Some(21));
}

#[test]
fn a_narrative_citation_quoted_through_a_later_bracket_is_no_finding() {
    let (_, doc) = run(APA);
    // `Dahl (1996) had made the same point earlier (as cited in Beebe,
    // 2011).`: the reference list need not hold Dahl.
    let dahl = cited(&doc, "Dahl (1996)");
    assert_eq!(dahl.len(), 1);
    assert!(dahl[0].indirect);
    assert!(!codes(&doc).contains(&Code::UnresolvedCitation));
    // Beebe, in the bracket, is cited and listed (entry 6).
    assert!(doc
        .citations
        .iter()
        .any(|c| c.text == "Beebe, 2011" && entry_number(&doc, c) == Some(6)));
}

#[test]
fn a_sentence_end_between_them_keeps_the_narrative_citation_direct() {
    let doc = run_text(
        "Intro\n\nLee (2010) agrees, and Beebe (2011) reviews it. Dahl (1996) made the point. \
         It was repeated (as cited in Beebe, 2011).\n\nReferences\n\
         Beebe, D. W. (2011). Consequences of inadequate sleep. Sleep, 3, 1–9.\n\
         Lee, A. (2010). Sleep. Sleep, 3, 1–2.\n",
    );
    let dahl = cited(&doc, "Dahl (1996)");
    assert_eq!(dahl.len(), 1, "{:#?}", doc.citations);
    assert!(!dahl[0].indirect);
}

#[test]
fn an_elided_author_list_ends_with_its_last_author() {
    let (_, doc) = run(APA);
    let page = entry(&doc, 18);
    let names = authors(page);
    // Nineteen authors, the ellipsis, and the last.
    assert_eq!(names.len(), 20);
    assert_eq!(names[18], ("McDonald", "S."));
    assert_eq!(names[19], ("Moher", "D."));
}

#[test]
fn numbered_entries_of_several_lines_lose_their_labels() {
    let (_, doc) = run(IEEE);
    let listed: Vec<_> = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .collect();
    assert_eq!(listed.len(), 21);
    for (i, r) in listed.iter().enumerate() {
        assert_eq!(r.label.as_deref(), Some((i + 1).to_string().as_str()));
        assert!(!r.raw.starts_with('['), "{}", r.raw);
    }
    assert_eq!(
        authors(entry(&doc, 1)),
        [
            ("Tonkoski", "R."),
            ("Lopes", "L. A. C."),
            ("El-Fouly", "T. H. M.")
        ]
    );
    assert_eq!(authors(entry(&doc, 10)), [("Zhu", "H."), ("Liu", "H. J.")]);
}

#[test]
fn pinpoints_other_than_pages_stand_in_the_brackets() {
    let (_, doc) = run(IEEE);
    // `[9, Ch. 3]`, `[13, pp. 45–47]`, `[14, Sec. IV]`.
    let read: Vec<(Option<usize>, &str, &str)> = doc
        .citations
        .iter()
        .filter_map(|c| {
            let l = c.locator.as_ref()?;
            Some((entry_number(&doc, c), l.label.as_str(), l.value.as_str()))
        })
        .collect();
    assert_eq!(
        read,
        [
            (Some(9), "chapter", "3"),
            (Some(13), "page", "45–47"),
            (Some(14), "section", "IV"),
        ]
    );
    // Every entry but the last is cited.
    let uncited: Vec<_> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UncitedReference)
        .collect();
    assert_eq!(uncited.len(), 1, "{uncited:#?}");
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
}

#[test]
fn ieee_books_give_title_place_and_publisher() {
    let (_, doc) = run(IEEE);
    let kundur = entry(&doc, 4);
    assert_eq!(authors(kundur), [("Kundur", "P.")]);
    assert_eq!(
        kundur.title.as_deref(),
        Some("Power System Stability and Control")
    );
    assert_eq!(kundur.publisher_place.as_deref(), Some("New York, NY, USA"));
    assert_eq!(kundur.publisher.as_deref(), Some("McGraw-Hill"));
    let wood = entry(&doc, 13);
    let names: Vec<&str> = authors(wood).into_iter().map(|(f, _)| f).collect();
    assert_eq!(names, ["Wood", "Wollenberg", "Sheblé"]);
    assert_eq!(
        wood.title.as_deref(),
        Some("Power Generation, Operation, and Control")
    );
    assert_eq!(wood.edition.as_deref(), Some("3"));
    assert_eq!(wood.publisher.as_deref(), Some("Wiley"));
    let bertsekas = entry(&doc, 9);
    assert_eq!(
        bertsekas.title.as_deref(),
        Some("Parallel and Distributed Computation: Numerical Methods")
    );
    assert_eq!(
        bertsekas.publisher_place.as_deref(),
        Some("Englewood Cliffs, NJ, USA")
    );
}

#[test]
fn numbered_sub_headings_do_not_make_a_list_numbered() {
    // Three sub-headings numbered 1–3 over unnumbered entries: each entry
    // is its own.
    let doc = run_text(
        "Intro\n\nText.¹\n\n¹ Kim, op. cit.\n\nReferences\n1. Books\n\
         Kim, Jae. 2001. The State. Seoul: Pakyoung.\n\
         Lee, Min. 2003. The Court. Seoul: Iljogak.\n\
         2. Articles\n\
         Park, Soo. 2005. \"Law.\" Law Review 3: 1–20.\n\
         Choi, Hana. 2007. \"Rights.\" Law Review 5: 2–30.\n\
         3. Newspapers\n\
         Dong-A Ilbo. 1925. March 4.\n\
         Chosun Ilbo. 1926. May 2.\n",
    );
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert!(listed >= 6, "{:#?}", doc.references);
    assert!(doc.references.iter().all(|r| r.label.is_none()));
}
