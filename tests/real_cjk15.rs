//! A Japanese public-finance paper with notes labelled `1）`: `前掲注1）`,
//! `前掲論文`, `同上`, an English book cited in full and by `Ibid.`, and a
//! chapter in a book its editor names (`北村亘編『地方自治論』`) whose
//! book is cited again by the editor's family name alone (`北村・前掲書
//! 125頁`). Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{entry, note_links, only, run};

const PAPER: &str = "fixtures/bunken_zaisei_pdf_ja.txt";

use CitationKind::{Full, Ibid, Short, Supra};
use Status::Resolved;

#[test]
fn a_book_cited_by_its_editor_alone_is_the_book_of_the_chapter() {
    let (_, doc) = run(PAPER);
    // Note 9 cites 金井's chapter in the book 北村 edited (entry 4); note
    // 10 cites that book by 北村's family name.
    assert_eq!(note_links(&doc, 9), [(Full, Resolved, Some(4))]);
    assert_eq!(note_links(&doc, 10), [(Short, Resolved, Some(4))]);
    assert_eq!(only(&doc, 10).locator.as_ref().unwrap().value, "125");
}

#[test]
fn the_other_notes_link_as_written() {
    let (_, doc) = run(PAPER);
    assert_eq!(
        note_links(&doc, 4),
        [(Supra, Resolved, Some(1)), (Short, Resolved, Some(2))]
    );
    assert_eq!(note_links(&doc, 5), [(Ibid, Resolved, Some(2))]);
    assert_eq!(note_links(&doc, 3), [(Full, Resolved, Some(5))]);
    assert_eq!(note_links(&doc, 6), [(Full, Resolved, Some(3))]);
    // `Jonathan Rodden, Hamilton's Paradox (…, 2006), p. 45.`, then
    // `Ibid., p. 50.`: the list's entry of Rodden.
    assert_eq!(note_links(&doc, 7), [(Full, Resolved, Some(6))]);
    assert_eq!(note_links(&doc, 8), [(Ibid, Resolved, Some(6))]);
    // `Rodden, Jonathan (2006) Hamilton's Paradox, Cambridge University
    // Press.`: the house after the title's last comma is the publisher.
    let rodden = entry(&doc, 6);
    assert_eq!(rodden.title.as_deref(), Some("Hamilton's Paradox"));
    assert_eq!(
        rodden.publisher.as_deref(),
        Some("Cambridge University Press")
    );
}
