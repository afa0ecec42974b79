//! An APA 7 paper whose reference list lost its hanging indent in
//! conversion from PDF: entries broken after the title (`Cambridge
//! University Press.`, `Journal of Urban Economics, 65(3), 279–293.` on
//! lines of their own), a list of six authors that fills a line before
//! its year, a volume in brackets after a title (`(Vol. 1)`), and a
//! narrative citation of two years after a lead word (`Following Bardhan
//! and Mookherjee (2006a, 2006b)`). Expected values were written by
//! reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::Status;
use papers_support::{authors, entry, run, run_text};

const PAPER: &str = "fixtures/decentralization_apa_pdf_en.txt";

/// How many entries the reference list gives.
fn listed(doc: &opcit::model::Document) -> usize {
    doc.references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count()
}

#[test]
fn lines_without_names_and_a_year_go_on_with_the_entry_above() {
    let (_, doc) = run(PAPER);
    // Thirteen works; each entry opens with names and a bracketed year.
    assert_eq!(listed(&doc), 13);
    let treisman = entry(&doc, 10);
    assert_eq!(authors(treisman), [("Treisman", "D.")]);
    assert_eq!(
        treisman.publisher.as_deref(),
        Some("Cambridge University Press")
    );
    let weingast = entry(&doc, 11);
    assert_eq!(
        weingast.container_title.as_deref(),
        Some("Journal of Urban Economics")
    );
    assert_eq!(weingast.volume.as_deref(), Some("65"));
    assert_eq!(weingast.issue.as_deref(), Some("3"));
    assert_eq!(weingast.page.as_deref(), Some("279–293"));
}

#[test]
fn six_authors_on_a_line_of_their_own_open_the_entry() {
    let (_, doc) = run(PAPER);
    let hooghe = entry(&doc, 4);
    let names: Vec<&str> = authors(hooghe).into_iter().map(|(f, _)| f).collect();
    assert_eq!(
        names,
        [
            "Hooghe",
            "Marks",
            "Schakel",
            "Chapman Osterkatz",
            "Niedzwiecki",
            "Shair-Rosenfield"
        ]
    );
    assert_eq!(
        hooghe.title.as_deref(),
        Some("Measuring regional authority: A postfunctionalist theory of governance")
    );
    assert_eq!(hooghe.volume.as_deref(), Some("1"));
    assert_eq!(hooghe.publisher.as_deref(), Some("Oxford University Press"));
    assert_eq!(hooghe.issued.as_ref().and_then(|d| d.year()), Some(2016));
}

#[test]
fn every_citation_but_one_finds_its_work() {
    let (_, doc) = run(PAPER);
    let dangling: Vec<&str> = doc
        .citations
        .iter()
        .filter(|c| c.status != Some(Status::Resolved))
        .map(|c| c.text.as_str())
        .collect();
    // `[see also Dickovick, 2011]` names a work the list leaves out.
    assert_eq!(dangling, ["Dickovick, 2011"]);
    // The lead word is no author, for either year.
    let bardhan: Vec<&str> = doc
        .citations
        .iter()
        .filter_map(|c| c.short.as_ref()?.author.as_deref())
        .filter(|a| a.contains("Mookherjee"))
        .collect();
    assert_eq!(
        bardhan,
        ["Bardhan and Mookherjee", "Bardhan and Mookherjee"]
    );
}

#[test]
fn a_list_of_notes_style_entries_keeps_its_lines_apart() {
    // A Chicago list: years at the end, brackets only in journals. No
    // line is taken into the entry above.
    let doc = run_text(
        "Text (Doe 2001).\n\nBibliography\n\nDoe, Jane. \"A Title.\" Journal of Things 12 (2001): 1–20.\n\
         Roe, Richard. A Book. New York: Norton, 2003.\n\
         Poe, Edgar. \"Another.\" Review 3 (1999): 4–9.\n\
         Moe, Anna. Second Book. London: Verso, 2004.\n",
    );
    assert_eq!(listed(&doc), 4);
}

/// The pinpoint of the citation whose text is `text`, as `label value`
/// (the citation must be there).
fn pinpoint(doc: &opcit::model::Document, text: &str) -> Option<String> {
    let c = doc
        .citations
        .iter()
        .find(|c| c.text == text)
        .unwrap_or_else(|| panic!("no citation {text}"));
    let l = c.locator.as_ref()?;
    Some(format!("{} {}", l.label, l.value))
}

#[test]
fn a_page_after_a_quotation_belongs_to_the_narrative_citation() {
    let (_, doc) = run(PAPER);
    // `As Weingast (2009) observed, "the … constraints" (p. 281).`
    assert_eq!(
        pinpoint(&doc, "Weingast (2009)").as_deref(),
        Some("page 281")
    );
    let doc = run_text(
        "Fiscal federalism\n\n\
         Rodden (2006) argued that bailouts follow \"from the structure. Of transfers\" \
         (pp. 45–46). Oates (1999) was earlier. He wrote at length (p. 9). \
         Tiebout (1956) and others (Oates, 1999) agreed (p. 3). \
         Musgrave (1959) called it, in Kap. 4, a theory (chap. 2).\n\n\
         References\n\n\
         Musgrave, R. (1959). The theory of public finance. McGraw-Hill.\n\
         Oates, W. E. (1999). An essay on fiscal federalism. Journal of Economic Literature, 37(3), 1120–1149.\n\
         Rodden, J. (2006). Hamilton's paradox. Cambridge University Press.\n\
         Tiebout, C. M. (1956). A pure theory of local expenditures. Journal of Political Economy, 64(5), 416–424.\n",
    );
    // A sentence end inside the quotation does not part the page from it.
    assert_eq!(
        pinpoint(&doc, "Rodden (2006)").as_deref(),
        Some("page 45–46")
    );
    // A sentence end outside quotation marks does.
    assert_eq!(pinpoint(&doc, "Oates (1999)"), None);
    // Another citation in between takes nothing, and gives nothing away.
    assert_eq!(pinpoint(&doc, "Tiebout (1956)"), None);
    assert_eq!(pinpoint(&doc, "Oates, 1999"), None);
    // Another pinpoint word of the grammar is read too.
    assert_eq!(
        pinpoint(&doc, "Musgrave (1959)").as_deref(),
        Some("chapter 2")
    );
}
