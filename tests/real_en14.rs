//! An English economics article in Chicago author-date style: entries
//! whose date is a word (`Smith, Alan. n.d.`, `Lee, Jin-ho. Forthcoming.`),
//! 3-em dashes after such an entry, and a reprint cited by both years
//! (`Ostrom, Elinor. (1990) 2015.`, `(Ostrom [1990] 2015, chap. 3)`).
//! Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::Status;
use papers_support::{authors, entry, entry_number, run};

const PAPER: &str = "fixtures/rosca_trust_author_date_en.txt";

#[test]
fn a_word_in_place_of_the_year_is_no_part_of_the_names() {
    let (_, doc) = run(PAPER);
    // The list: 1 Anderson, 2 Ardener, 3 Besley, 4 Geertz, 5 Handa,
    // 6–7 Karlan, 8 Lee, 9 Ostrom, 10 Putnam, 11–13 Smith, 14 World Bank.
    assert_eq!(authors(entry(&doc, 8)), [("Lee", "Jin-ho")]);
    assert_eq!(authors(entry(&doc, 11)), [("Smith", "Alan")]);
    assert_eq!(entry(&doc, 11).issued, None);
    assert_eq!(
        entry(&doc, 11).title.as_deref(),
        Some("Savings Clubs in Lagos")
    );
    // The dashes after the undated entry repeat its names, and the year
    // after them is the entry's date, not its title.
    for (n, title, year) in [
        (12, "Informal Finance", "2010a"),
        (13, "Credit Cooperatives", "2010b"),
    ] {
        let e = entry(&doc, n);
        assert_eq!(authors(e), [("Smith", "Alan")]);
        assert_eq!(e.title.as_deref(), Some(title));
        let raw = e.issued.as_ref().and_then(|d| d.raw.clone());
        assert_eq!(raw.as_deref(), Some(year));
    }
}

#[test]
fn a_reprint_cited_by_both_years_links_to_its_entry() {
    let (_, doc) = run(PAPER);
    let ostrom = entry(&doc, 9);
    assert_eq!(authors(ostrom), [("Ostrom", "Elinor")]);
    assert_eq!(
        ostrom.title.as_deref(),
        Some("Governing the Commons: The Evolution of Institutions for Collective Action")
    );
    assert_eq!(
        ostrom.publisher.as_deref(),
        Some("Cambridge University Press")
    );
    assert_eq!(ostrom.issued.as_ref().and_then(|d| d.year()), Some(2015));
    let c = doc
        .citations
        .iter()
        .find(|c| c.text.contains("Ostrom"))
        .unwrap();
    assert_eq!(c.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, c), Some(9));
    let loc = c.locator.as_ref().unwrap();
    assert_eq!((loc.label.as_str(), loc.value.as_str()), ("chapter", "3"));
}

#[test]
fn every_in_text_citation_links_and_no_finding_is_false() {
    let (_, doc) = run(PAPER);
    let linked: Vec<(String, Option<usize>)> = doc
        .citations
        .iter()
        .map(|c| (c.text.clone(), entry_number(&doc, c)))
        .collect();
    let want = |text: &str, n: usize| {
        assert!(
            linked
                .iter()
                .any(|(t, e)| t.contains(text) && *e == Some(n)),
            "{text} → {n}: {linked:?}"
        );
    };
    want("Geertz", 4);
    want("Besley, Coate, and Loury", 3);
    want("Smith (n.d.)", 11);
    want("Lee (forthcoming)", 8);
    want("Karlan et al. (2017b)", 7);
    want("World Bank", 14);
    // No error: `Smith (n.d.)` fits the one undated entry only.
    assert!(
        doc.diagnostics
            .iter()
            .all(|d| d.code.as_str() != "ambiguous-citation"),
        "{:?}",
        doc.diagnostics
            .iter()
            .map(|d| d.code.as_str())
            .collect::<Vec<_>>()
    );
}
