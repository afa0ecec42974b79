//! An AMA paper, written for these tests, whose reference list PDF
//! conversion broke at its lines: DOIs broken after their prefix's slash,
//! links broken before a dot or after a slash, compounds broken after their
//! hyphen (kept: `self-`, `non-`, and `meta-analysis` as the paper writes
//! it elsewhere) and words broken only (`inter-` / `national`, `co-` /
//! `hort`). Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use papers_support::{entry, entry_number, run};

const PAPER: &str = "fixtures/ama_broken_lines_en.txt";

#[test]
fn every_number_links_to_its_entry() {
    let (_, doc) = run(PAPER);
    assert_eq!(doc.references.len(), 8);
    assert_eq!(doc.citations.len(), 9);
    for c in &doc.citations {
        let n: usize = c.label.as_deref().unwrap().parse().unwrap();
        assert_eq!(entry_number(&doc, c), Some(n), "{c:#?}");
    }
}

#[test]
fn a_doi_broken_after_its_slash_is_whole() {
    let (_, doc) = run(PAPER);
    // `doi:10.1016/` / `S0140-6736(14)62449-1`
    assert_eq!(
        entry(&doc, 2).url.as_deref(),
        Some("https://doi.org/10.1016/S0140-6736(14)62449-1")
    );
    // A DOI on a line of its own, and one broken after a dash.
    assert_eq!(
        entry(&doc, 1).url.as_deref(),
        Some("https://doi.org/10.1093/cid/ciz075")
    );
    assert_eq!(
        entry(&doc, 4).url.as_deref(),
        Some("https://doi.org/10.7326/0003-4819-156-7-201204030-00411")
    );
}

#[test]
fn a_link_broken_before_a_dot_or_after_a_slash_is_whole() {
    let (_, doc) = run(PAPER);
    // `https://www.cdc` / `.gov/flu-burden/php/about/index.html`
    assert_eq!(
        entry(&doc, 7).url.as_deref(),
        Some("https://www.cdc.gov/flu-burden/php/about/index.html")
    );
    let who = entry(&doc, 8);
    assert_eq!(
        who.url.as_deref(),
        Some("https://www.who.int/publications/i/item/guidelines-for-the-clinical-management-of-influenza")
    );
    assert_eq!(
        who.title.as_deref(),
        Some("Guidelines for the clinical management of influenza")
    );
}

#[test]
fn compounds_keep_their_hyphen_and_broken_words_join() {
    let (_, doc) = run(PAPER);
    let title = |n| entry(&doc, n).title.clone().unwrap();
    // `self-` / `controlled`: a prefix of the grammar's list.
    assert!(
        title(4).ends_with("among patients in a self-controlled cohort"),
        "{}",
        title(4)
    );
    // `meta-` / `analysis`, which the paper writes whole elsewhere;
    // `inter-` / `national` and `co-` / `hort`, broken words.
    assert!(
        title(5).ends_with(
            "a meta-analysis of individual participant data from an international cohort"
        ),
        "{}",
        title(5)
    );
    // `non-` / `randomized`.
    assert!(
        title(6).ends_with("meta-analyses of non-randomized studies"),
        "{}",
        title(6)
    );
    assert_eq!(
        entry(&doc, 5).container_title.as_deref(),
        Some("Lancet Respir Med")
    );
}
