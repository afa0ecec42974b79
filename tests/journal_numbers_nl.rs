//! A Dutch law paper: parliamentary papers (`Kamerstukken II 2019/20, 35
//! 300, nr. 5`), decisions with their ECLI and the report that prints
//! them (`HR 13 maart 2020, ECLI:NL:HR:2020:412, NJ 2020/245`), and
//! articles in law reviews numbered within the year (`NJB 2015/123`),
//! which are journal items. Expected values were written by reading the
//! fixture.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use papers_support::{only, run};

const PAPER: &str = "fixtures/overheid_tijdschriftnummers_nl.txt";

#[test]
fn an_article_numbered_within_its_year_is_a_journal_item() {
    let doc = run(PAPER).1;
    let f = only(&doc, 4).fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-journal");
    assert_eq!(f.container_title.as_deref(), Some("NJB"));
    assert_eq!(f.number.as_deref(), Some("123"));
    assert_eq!(f.year(), Some(2015));
    let f = only(&doc, 5).fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-journal");
    assert_eq!(f.number.as_deref(), Some("12"));
}

#[test]
fn papers_and_decisions_keep_their_numbers() {
    let doc = run(PAPER).1;
    let f = only(&doc, 6).fields.as_deref().unwrap();
    assert_eq!(f.kind, "report");
    assert_eq!(f.container_title.as_deref(), Some("Kamerstukken II"));
    assert_eq!(f.volume.as_deref(), Some("35 300"));
    assert_eq!(f.number.as_deref(), Some("5"));
    assert_eq!(only(&doc, 6).locator.as_ref().unwrap().value, "7");
    let f = only(&doc, 3).fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.number.as_deref(), Some("ECLI:NL:HR:2020:412"));
    assert_eq!(f.container_title.as_deref(), Some("NJ"));
    assert_eq!(f.page.as_deref(), Some("245"));
    assert_eq!(f.year(), Some(2020));
    // Two papers of two sessions are two works.
    assert_ne!(only(&doc, 1).reference, only(&doc, 6).reference);
}
