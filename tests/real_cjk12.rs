//! A Chinese law article in the style of the Chinese legal citation
//! manual: `参见`, `载《…》2015年第3期`, `同上注`, and a note cited back
//! that cites two works, with the author named after the note (`前引[2]，
//! 张新宝文，第45页`): the work of that author. Expected values were
//! written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{in_note, note_links, run};

const PAPER: &str = "fixtures/geren_xinxi_zh.txt";

#[test]
fn the_author_after_a_note_cited_back_picks_the_work() {
    let (_, doc) = run(PAPER);
    // The list: 1 王利明 (article), 2 王利明 (book), 3 张新宝, 4 程啸, 5 周汉华.
    let five = in_note(&doc, 5);
    assert_eq!(five.len(), 2);
    let supra = five[1];
    assert_eq!(supra.kind, CitationKind::Supra);
    let short = supra.short.as_deref().unwrap();
    assert_eq!(short.author.as_deref(), Some("张新宝"));
    assert_eq!(short.note, Some(2));
    assert_eq!(
        note_links(&doc, 5),
        [
            (CitationKind::Full, Status::Resolved, Some(5)),
            (CitationKind::Supra, Status::Resolved, Some(3))
        ]
    );
    assert_eq!(supra.locator.as_ref().map(|l| l.value.as_str()), Some("45"));
}

#[test]
fn notes_of_two_works_and_the_ibid_of_a_note() {
    let (_, doc) = run(PAPER);
    use CitationKind::{Full, Ibid};
    let r = Status::Resolved;
    assert_eq!(
        note_links(&doc, 2),
        [(Full, r, Some(3)), (Full, r, Some(4))]
    );
    assert_eq!(in_note(&doc, 2)[0].signal.as_deref(), Some("参见"));
    // `同上注`: the last work of note 2.
    assert_eq!(note_links(&doc, 3), [(Ibid, r, Some(4))]);
    assert_eq!(note_links(&doc, 4), [(Full, r, Some(2))]);
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}
