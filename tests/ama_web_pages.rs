//! An AMA paper, written for these tests, whose numbered list holds web
//! pages of bodies (`Centers for Disease Control and Prevention. Title.
//! Published October 3, 2023. Updated May 1, 2024. Accessed June 2,
//! 2024. https://…`) beside journal articles under AMA's abbreviations
//! (`N Engl J Med.`, `JAMA Intern Med.`). Expected values were written by
//! reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use papers_support::{entry, entry_number, run};

const PAPER: &str = "fixtures/rsv_households_ama_en.txt";

fn ymd(d: &Option<opcit::model::CslDate>) -> Option<(Option<i32>, Option<i32>, Option<i32>)> {
    d.as_ref().map(|d| (d.year(), d.month(), d.day()))
}

#[test]
fn every_number_links_to_its_entry() {
    let (_, doc) = run(PAPER);
    assert_eq!(doc.references.len(), 10);
    assert_eq!(doc.citations.len(), 11);
    for c in &doc.citations {
        let n: usize = c.label.as_deref().unwrap().parse().unwrap();
        assert_eq!(entry_number(&doc, c), Some(n), "{c:#?}");
    }
}

#[test]
fn a_page_published_then_updated_is_issued_when_published() {
    let (_, doc) = run(PAPER);
    let cdc = entry(&doc, 5);
    assert_eq!(cdc.kind, "webpage");
    assert_eq!(ymd(&cdc.issued), Some((Some(2023), Some(10), Some(3))));
    assert_eq!(ymd(&cdc.accessed), Some((Some(2024), Some(6), Some(2))));
    assert_eq!(cdc.publisher_place, None);
    assert_eq!(
        cdc.title.as_deref(),
        Some("RSV vaccine guidance for older adults")
    );
    assert_eq!(
        cdc.url.as_deref(),
        Some("https://www.cdc.gov/rsv/hcp/vaccine-clinical-guidance/older-adults.html")
    );
}

#[test]
fn a_group_author_stays_one_literal_name() {
    let (_, doc) = run(PAPER);
    for (n, body) in [
        (5, "Centers for Disease Control and Prevention"),
        (8, "World Health Organization"),
        (9, "National Institute for Health and Care Excellence"),
    ] {
        let item = entry(&doc, n);
        assert_eq!(item.author.len(), 1, "{n}: {:?}", item.author);
        assert_eq!(item.author[0].literal.as_deref(), Some(body), "{n}");
        assert_eq!(item.author[0].family, None, "{n}");
    }
}

#[test]
fn published_or_updated_is_never_a_place() {
    let (_, doc) = run(PAPER);
    let who = entry(&doc, 8);
    assert_eq!(who.publisher_place, None);
    assert_eq!(ymd(&who.issued), Some((Some(2022), Some(3), Some(12))));
    // Updated alone: the version read is the date of the page.
    let nice = entry(&doc, 9);
    assert_eq!(nice.publisher_place, None);
    assert_eq!(ymd(&nice.issued), Some((Some(2019), Some(9), Some(9))));
    assert_eq!(ymd(&nice.accessed), Some((Some(2024), Some(6), Some(2))));
    for r in &doc.references {
        assert_eq!(r.unparsed, None, "{}", r.raw);
    }
}

#[test]
fn journal_abbreviations_keep_their_words_without_the_period() {
    let (_, doc) = run(PAPER);
    for (n, journal, volume) in [
        (1, "N Engl J Med", "352"),
        (2, "JAMA Netw Open", "7"),
        (6, "JAMA Intern Med", "176"),
        (7, "Lancet Infect Dis", "16"),
        (10, "J Infect Dis", "206"),
    ] {
        let item = entry(&doc, n);
        assert_eq!(item.kind, "article-journal", "{n}");
        assert_eq!(item.container_title.as_deref(), Some(journal), "{n}");
        assert_eq!(item.volume.as_deref(), Some(volume), "{n}");
    }
    assert_eq!(entry(&doc, 6).author.len(), 6);
    assert_eq!(entry(&doc, 6).page.as_deref(), Some("1141-1148"));
}
