//! Two numeric papers as PDF conversion gives them: a public-health
//! cohort study in AMA style (superscript citation numbers flattened to
//! digits glued after words and marks, one written with a caret, a
//! footer numbering each page out of the paper's pages and a running
//! head beside it, entries broken across pages and at an issue, a group
//! author after the persons, Lancet's spaced numbers) and an IEEE article
//! (standards cited by their numbers, pinpoints of sections, equations
//! and appendices in the brackets). Expected values were written by
//! reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{Citation, Document};
use papers_support::{authors, entry, entry_number, run, run_text};

const AMA: &str = "fixtures/influenza_diabetes_ama_pdf_en.txt";
const IEEE: &str = "fixtures/battery_scheduling_ieee_pdf_en.txt";

/// The citations of the running text that carry number `n`.
fn numbered(doc: &Document, n: u32) -> Vec<&Citation> {
    let n = n.to_string();
    doc.citations
        .iter()
        .filter(|c| c.label.as_deref() == Some(n.as_str()))
        .collect()
}

/// The codes of the document's findings.
fn codes(doc: &Document) -> Vec<Code> {
    doc.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn every_superscript_number_links_to_its_own_entry_and_nothing_else_cites() {
    let (_, doc) = run(AMA);
    // Forty-one entries, each cited; the body holds 51 numbers in all
    // (17 three times; 7, 10, 13, 16, 18, 21, 27 and 28 twice).
    assert_eq!(doc.references.len(), 41);
    assert_eq!(doc.citations.len(), 51, "{:#?}", doc.citations);
    for c in &doc.citations {
        let n: usize = c.label.as_deref().unwrap().parse().unwrap();
        assert_eq!(entry_number(&doc, c), Some(n), "{c:#?}");
    }
    assert_eq!(numbered(&doc, 17).len(), 3);
    assert_eq!(numbered(&doc, 28).len(), 2);
    // No finding: nothing uncited, nothing missing, every entry read.
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn the_footer_numbering_pages_out_of_the_whole_cites_nothing() {
    let (_, doc) = run(AMA);
    // `JAMA Network Open. 2023;6(4):e238812. doi:10.1001/… 1/12` stands
    // at the foot of three pages of the body: its 6 and 10 are no
    // citations. 6 is cited once (`than among those without.6`), 10
    // twice (`10-12`, `warranted.10,13`).
    assert_eq!(numbered(&doc, 6).len(), 1);
    assert_eq!(numbered(&doc, 10).len(), 2);
    // Doses and ages are none either: 20 is cited once
    // (`after vaccination.20`), not by `atorvastatin 20 mg`.
    assert_eq!(numbered(&doc, 20).len(), 1);
}

#[test]
fn a_number_after_a_caret_cites() {
    let (_, doc) = run(AMA);
    // `to gauge residual\nconfounding.^22`
    let c = numbered(&doc, 22);
    assert_eq!(c.len(), 1);
    assert_eq!(entry_number(&doc, c[0]), Some(22));
    assert!(!codes(&doc).contains(&Code::UncitedReference));
}

#[test]
fn links_and_compounds_broken_at_a_lines_end_are_whole() {
    let (_, doc) = run(AMA);
    // `doi:10.1056/` / `NEJMoa1702090`
    assert_eq!(
        entry(&doc, 4).url.as_deref(),
        Some("https://doi.org/10.1056/NEJMoa1702090")
    );
    // `https://www.cdc` / `.gov/flu/fluvaxview/coverage-1920estimates.htm`
    assert_eq!(
        entry(&doc, 9).url.as_deref(),
        Some("https://www.cdc.gov/flu/fluvaxview/coverage-1920estimates.htm")
    );
    // `laboratory-` / `confirmed` and `meta-` / `analysis`, written whole
    // elsewhere in the paper; `self-` / (a page's foot and head) /
    // `controlled`, a prefix that keeps its hyphen.
    let title = |n| entry(&doc, n).title.clone().unwrap();
    assert!(title(4).contains("after laboratory-confirmed influenza"));
    assert!(title(10).contains("with diabetes: a meta-analysis of observational"));
    assert!(title(20).contains("stroke: a self-controlled case series"));
}

#[test]
fn an_entry_broken_at_its_issue_stays_whole() {
    let (_, doc) = run(AMA);
    // `MMWR Recomm Rep. 2022;71` / `(1):1-28. doi:10.15585/mmwr.rr7101a1`
    let e = entry(&doc, 8);
    assert_eq!(e.container_title.as_deref(), Some("MMWR Recomm Rep"));
    assert_eq!(e.volume.as_deref(), Some("71"));
    assert_eq!(e.issue.as_deref(), Some("1"));
    assert_eq!(e.page.as_deref(), Some("1-28"));
}

#[test]
fn entries_broken_across_pages_leave_the_page_furniture_out() {
    let (_, doc) = run(AMA);
    // Entry 20 runs over the footer and the next page's head.
    let e = entry(&doc, 20);
    assert_eq!(e.container_title.as_deref(), Some("Eur Respir J"));
    assert_eq!(e.volume.as_deref(), Some("51"));
    assert_eq!(e.issue.as_deref(), Some("3"));
    assert_eq!(e.year(), Some(2018));
    let title = e.title.as_deref().unwrap();
    assert!(title.starts_with("Laboratory-confirmed respiratory infections"));
    assert!(title.ends_with("national linked datasets from Scotland"));
    assert!(!title.contains("JAMA"));
    // The last entry stands just before the last footer: the footer's
    // DOI is not its link.
    let last = entry(&doc, 41);
    assert_eq!(last.container_title.as_deref(), Some("Vaccine"));
    assert_eq!(last.url, None);
    // Entry 7 continues after a page break: its journal numbers are its
    // own, not the footer's (`2023;6(4):e238812`).
    let seven = entry(&doc, 7);
    assert_eq!(seven.volume.as_deref(), Some("45"));
    assert_eq!(seven.page.as_deref(), Some("S46-S59"));
    assert_eq!(seven.year(), Some(2022));
}

#[test]
fn a_group_after_the_persons_is_one_more_author() {
    let (_, doc) = run(AMA);
    // `von Elm E, Altman DG, …, Vandenbroucke JP; STROBE Initiative.`
    let e = entry(&doc, 25);
    let names = authors(e);
    assert_eq!(names.len(), 7);
    assert_eq!(names[0], ("von Elm", "E"));
    assert_eq!(names[5], ("Vandenbroucke", "JP"));
    assert_eq!(e.author[6].literal.as_deref(), Some("STROBE Initiative"));
    // `Lancet 2007; 370: 1453–57.`
    assert_eq!(e.container_title.as_deref(), Some("Lancet"));
    assert_eq!(e.volume.as_deref(), Some("370"));
    assert_eq!(e.page.as_deref(), Some("1453–57"));
    assert_eq!(e.year(), Some(2007));
}

#[test]
fn a_year_after_a_word_before_the_access_date_is_the_date() {
    let (_, doc) = run(AMA);
    // `Therneau TM. A package for survival analysis in R. R package
    // version 3.4-0. Published 2022. Accessed November 2, 2022. https://…`
    let e = entry(&doc, 35);
    assert_eq!(authors(e), vec![("Therneau", "TM")]);
    assert_eq!(e.year(), Some(2022));
    assert!(e
        .title
        .as_deref()
        .unwrap()
        .starts_with("A package for survival"));
    // The same without a link.
    let doc = run_text(
        "Intro\n\nSurvival models were fitted with the package of Therneau and a second one of \
         the same kind, as many studies before ours have done.1,2\n\nReferences\n\
         1. Therneau TM. A package for survival analysis in R. Published 2020.\n\
         2. Lee K. Models. Updated 2019.\n",
    );
    assert_eq!(entry(&doc, 1).year(), Some(2020));
    assert_eq!(entry(&doc, 2).year(), Some(2019));
    assert!(!codes(&doc).contains(&Code::UnparsedReference));
}

#[test]
fn vancouver_entries_give_their_journal_numbers() {
    let (_, doc) = run(AMA);
    // `Kwong JC, Schwartz KL, Campitelli MA, et al. … N Engl J Med.
    // 2018;378(4):345-353.`
    let e = entry(&doc, 4);
    assert_eq!(
        authors(e),
        vec![("Kwong", "JC"), ("Schwartz", "KL"), ("Campitelli", "MA")]
    );
    assert!(e.et_al);
    assert_eq!(e.container_title.as_deref(), Some("N Engl J Med"));
    assert_eq!(e.volume.as_deref(), Some("378"));
    assert_eq!(e.issue.as_deref(), Some("4"));
    assert_eq!(e.page.as_deref(), Some("345-353"));
    // `Vaccine 2017; 35: 889–96.`
    let e = entry(&doc, 12);
    assert_eq!(e.container_title.as_deref(), Some("Vaccine"));
    assert_eq!(e.volume.as_deref(), Some("35"));
    assert_eq!(e.page.as_deref(), Some("889–96"));
    assert_eq!(e.year(), Some(2017));
}

#[test]
fn a_standard_is_read_by_its_title_number_and_year() {
    let (_, doc) = run(IEEE);
    let e = entry(&doc, 4);
    assert_eq!(e.kind, "standard");
    assert_eq!(e.number.as_deref(), Some("IEEE Std 1547-2018"));
    assert_eq!(e.year(), Some(2018));
    assert!(e
        .title
        .as_deref()
        .unwrap()
        .starts_with("IEEE Standard for Interconnection"));
    assert!(e.author.is_empty());
    let iso = entry(&doc, 13);
    assert_eq!(iso.number.as_deref(), Some("ISO 9001:2015"));
    assert_eq!(
        iso.title.as_deref(),
        Some("Quality Management Systems—Requirements")
    );
    assert_eq!(iso.year(), Some(2015));
    let iec = entry(&doc, 5);
    assert_eq!(iec.number.as_deref(), Some("IEC 61850-7-420"));
    assert_eq!(iec.year(), Some(2021));
    let ansi = entry(&doc, 18);
    assert_eq!(ansi.number.as_deref(), Some("ANSI C84.1-2020"));
    assert_eq!(ansi.year(), Some(2020));
    assert!(!codes(&doc).contains(&Code::UnparsedReference));
}

#[test]
fn pinpoints_of_parts_in_a_bracket_keep_the_citation() {
    let (_, doc) = run(IEEE);
    let twos = numbered(&doc, 2);
    // `[1], [2]` in the abstract, then `[2, Section 4.1]`, `[2, Thm.
    // 2]`, `[2, Eq. (4)]`, `[2, App. B]`.
    assert_eq!(twos.len(), 5, "{twos:#?}");
    let pins: Vec<Option<(&str, &str)>> = twos
        .iter()
        .map(|c| {
            c.locator
                .as_ref()
                .map(|l| (l.label.as_str(), l.value.as_str()))
        })
        .collect();
    assert_eq!(
        pins,
        vec![
            None,
            Some(("section", "4.1")),
            None,
            Some(("equation", "4")),
            Some(("appendix", "B")),
        ]
    );
    // `[11, Lemma 3]` cites entry 11.
    let eleven = numbered(&doc, 11);
    assert_eq!(eleven.len(), 1);
    assert_eq!(entry_number(&doc, eleven[0]), Some(11));
    assert!(!codes(&doc).contains(&Code::UncitedReference));
}

#[test]
fn a_short_abstract_cites_by_its_brackets() {
    let doc = run_text(
        "Voltage Control in Feeders\n\n\
         Abstract—Voltage rise is a growing concern in feeders [1], [2].\n\n\
         I. INTRODUCTION\n\
         Distributed resources change how distribution networks are operated, and control \
         schemes based on local measurements have been proposed by many authors [3].\n\n\
         REFERENCES\n\
         [1] A. Smith, “Voltage rise,” IEEE Trans. Power Syst., vol. 1, no. 1, pp. 1–9, 2015.\n\
         [2] B. Jones, “Feeders,” IEEE Trans. Power Syst., vol. 2, no. 1, pp. 1–9, 2016.\n\
         [3] C. Lee, “Local control,” IEEE Trans. Power Syst., vol. 3, no. 1, pp. 1–9, 2017.\n",
    );
    let labels: Vec<&str> = doc
        .citations
        .iter()
        .filter_map(|c| c.label.as_deref())
        .collect();
    assert_eq!(labels, ["1", "2", "3"]);
    assert!(!codes(&doc).contains(&Code::UncitedReference));
}

#[test]
fn a_caret_after_a_letter_is_a_power() {
    let doc = run_text(
        "Intro\n\nBody mass index was computed in kg/m^2 from measured weight and height, as in \
         earlier cohorts,1 and the analyses followed the usual guidance.2 The rest was as before.3\n\n\
         References\n\
         1. Smith J. One. Lancet. 2001;1:1-2.\n\
         2. Lee K. Two. Lancet. 2002;2:3-4.\n\
         3. Roe P. Three. Lancet. 2003;3:5-6.\n",
    );
    let labels: Vec<&str> = doc
        .citations
        .iter()
        .filter_map(|c| c.label.as_deref())
        .collect();
    assert_eq!(labels, ["1", "2", "3"]);
}
