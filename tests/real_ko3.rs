//! A Korean constitutional-law article: a Constitutional Court decision
//! and a Supreme Court judgment, books with their editions (`개정판`,
//! `제19전정신판`), an article in a journal's issue (`제18집`), `앞의 책`,
//! and `위의 논문` after a note whose last work is a book: the article
//! of that note, as the word says. Expected values were written by
//! reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{in_note, note_links, run, run_text};

const PAPER: &str = "fixtures/jagi_gyeoljeong_ko.txt";

#[test]
fn an_ibid_word_naming_an_article_repeats_the_article_of_the_note_before() {
    let (_, doc) = run(PAPER);
    // The list: 1 권영성, 2 김철수, 3 성낙인, 4 이인호 (the article).
    use CitationKind::{Full, Ibid, Short};
    let r = Status::Resolved;
    assert_eq!(
        note_links(&doc, 4),
        [(Full, r, Some(4)), (Short, r, Some(1))]
    );
    // `위의 논문, 130면` after `권영성, 앞의 책`: 이인호's article.
    assert_eq!(
        note_links(&doc, 5),
        [(Ibid, r, Some(4)), (Full, r, Some(3))]
    );
    let ibid = in_note(&doc, 5)[0];
    assert_eq!(ibid.locator.as_ref().map(|l| l.value.as_str()), Some("130"));
    assert_eq!(in_note(&doc, 5)[1].signal.as_deref(), Some("同旨"));
}

#[test]
fn decisions_and_books_with_editions() {
    let (_, doc) = run(PAPER);
    for n in [1, 3] {
        let c = &in_note(&doc, n)[0];
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.kind, "legal_case", "note {n}");
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
    }
    let two = in_note(&doc, 2);
    assert_eq!(two.len(), 2);
    assert_eq!(two[1].signal.as_deref(), Some("참조"));
    assert_eq!(
        two[1].locator.as_ref().map(|l| l.value.as_str()),
        Some("680-682")
    );
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
}

/// Where the kinds agree, or the word names no kind, the ibid repeats
/// the last work cited, as before.
#[test]
fn an_ibid_word_whose_kind_agrees_repeats_the_last_work() {
    let doc = run_text(
        "본문이다.1) 다음이다.2) 끝이다.3)\n\n\
         1) 이인호, “개인정보의 보호”, 『공법연구』 제18집, 2003, 125면; 권영성, 『헌법학원론』, 법문사, 2010, 452면.\n\
         2) 위의 책, 455면.\n\
         3) 위의 글, 456면.\n",
    );
    let one = in_note(&doc, 1);
    assert_eq!(in_note(&doc, 2)[0].reference, one[1].reference);
    assert_eq!(in_note(&doc, 3)[0].reference, one[1].reference);
}
