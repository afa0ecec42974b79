//! Science and IEEE reference lists: a work named by the body that
//! publishes it (no author, no quoted title), a medium or genre in
//! brackets after a title, and a journal's article number in place of
//! pages. Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use papers_support::{authors, entry, run_text};

const IEEE_LIST: &str = "Voltage control in distribution grids

Feeders are studied in [1], [2], [3], [4] and [5].

REFERENCES

[1] Distribution Test Feeders, IEEE PES, 2021. [Online]. Available: https://cmte.ieee.org/pes-testfeeders/resources/
[2] A. Smith and B. Jones, “Optimal dispatch of storage,” Appl. Energy, vol. 262, Art. no. 117345, 2020.
[3] C. Lee, “Battery ageing data,” J. Energy Storage, vol. 30, no. 2, Article 104512, 2021.
[4] D. Kim, “Hosting capacity of feeders,” IEEE Trans. Power Syst., vol. 35, no. 4, pp. 2810–2821, Jul. 2020.
[5] P. Kundur, Power System Stability and Control. New York, NY, USA: McGraw-Hill, 1994.
";

#[test]
fn a_work_named_by_its_publishing_body_has_that_body_as_author_and_no_person() {
    let doc = run_text(IEEE_LIST);
    let e = entry(&doc, 1);
    assert_eq!(e.title.as_deref(), Some("Distribution Test Feeders"));
    assert_eq!(e.author.len(), 1, "{:?}", e.author);
    assert_eq!(e.author[0].literal.as_deref(), Some("IEEE PES"));
    assert_eq!(e.author[0].family, None);
    assert_eq!(e.issued.as_ref().and_then(|d| d.year()), Some(2021));
    assert_eq!(
        e.url.as_deref(),
        Some("https://cmte.ieee.org/pes-testfeeders/resources/")
    );
}

#[test]
fn an_article_number_after_the_volume_is_the_page_not_the_issue() {
    let doc = run_text(IEEE_LIST);
    let e = entry(&doc, 2);
    assert_eq!(e.container_title.as_deref(), Some("Appl. Energy"));
    assert_eq!(e.volume.as_deref(), Some("262"));
    assert_eq!(e.issue, None);
    assert_eq!(e.page.as_deref(), Some("117345"));
    // After an issue too.
    let e = entry(&doc, 3);
    assert_eq!(e.volume.as_deref(), Some("30"));
    assert_eq!(e.issue.as_deref(), Some("2"));
    assert_eq!(e.page.as_deref(), Some("104512"));
}

#[test]
fn ordinary_entries_around_them_keep_their_fields() {
    let doc = run_text(IEEE_LIST);
    let e = entry(&doc, 4);
    assert_eq!(authors(e), vec![("Kim", "D.")]);
    assert_eq!(e.volume.as_deref(), Some("35"));
    assert_eq!(e.issue.as_deref(), Some("4"));
    assert_eq!(e.page.as_deref(), Some("2810–2821"));
    let e = entry(&doc, 5);
    assert_eq!(authors(e), vec![("Kundur", "P.")]);
    assert_eq!(e.publisher.as_deref(), Some("McGraw-Hill"));
}

#[test]
fn a_medium_in_brackets_after_a_title_is_its_genre() {
    let doc = run_text(
        "Sleep in adolescence

Sleep matters (World Health Organization, 2023; Ortiz, 2022).

References

Ortiz, M. (2022). Sleep diaries of 400 adolescents [Dataset]. Open Science Framework. https://osf.io/abcde/

World Health Organization. (2023). Influenza (seasonal) [Fact sheet]. https://www.who.int/news-room/fact-sheets/detail/influenza-(seasonal)
",
    );
    let e = entry(&doc, 1);
    assert_eq!(e.title.as_deref(), Some("Sleep diaries of 400 adolescents"));
    assert_eq!(e.genre.as_deref(), Some("Dataset"));
    let e = entry(&doc, 2);
    assert_eq!(e.title.as_deref(), Some("Influenza (seasonal)"));
    assert_eq!(e.genre.as_deref(), Some("Fact sheet"));
}

#[test]
fn a_treaty_article_in_a_note_is_no_article_number() {
    let doc = papers_support::paper_of_notes(
        "Notes",
        &["Convention on the Rights of the Child, 20 November 1989, 1577 U.N.T.S. 3, Article 5."],
    );
    for r in &doc.references {
        assert_ne!(r.fields.page.as_deref(), Some("5"), "{:?}", r.fields);
    }
}
