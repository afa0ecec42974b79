//! A Korean political-science paper as pdftotext gives it, whose notes
//! separate citations by sentences rather than semicolons (`이승종, 위의
//! 글, 115쪽. 또한 김순은, “…,” 『…』 … 참조.`) and say `같은 자료` for the
//! material cited just before. Expected values were written by reading the
//! input. A Japanese note does the same with `。` (`大石、前掲書、70頁。石川、
//! 前掲論文、16頁。`).

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{findings, in_note, note_links, only, run, run_text};

const PAPER: &str = "fixtures/jibang_jachi_pdf_ko.txt";

#[test]
fn a_sentence_after_a_page_cited_is_a_citation_of_its_own() {
    let (_, doc) = run(PAPER);
    // The list: 1 강원택, 2 김순은, 3 안청시·김만흠, 4 이승종, 5 행정안전부,
    // 6 Berry and Berry, 7 Putnam. Note 8: `이승종, 위의 글, 115쪽. 또한
    // 김순은, “주민참여 조례의 확산에 관한 연구,” 『지방정부연구』 … 참조.`
    use CitationKind::{Full, Short};
    use Status::Resolved;
    assert_eq!(
        note_links(&doc, 8),
        [(Short, Resolved, Some(4)), (Full, Resolved, Some(2))]
    );
    let cited = in_note(&doc, 8);
    assert_eq!(cited[0].locator.as_ref().unwrap().value, "115");
    // `또한` ("also") opens the second citation: a signal, not a name.
    assert_eq!(cited[1].signal.as_deref(), Some("또한"));
    assert!(cited[1].text.starts_with("김순은"), "{}", cited[1].text);
}

#[test]
fn the_same_material_is_the_work_cited_just_before() {
    let (_, doc) = run(PAPER);
    // Note 9 cites 행정안전부, 『자치법규 현황』; note 10 is `같은 자료, 23쪽.`
    assert_eq!(
        note_links(&doc, 10),
        [(CitationKind::Ibid, Status::Resolved, Some(5))]
    );
    assert_eq!(only(&doc, 10).locator.as_ref().unwrap().value, "23");
}

#[test]
fn the_paper_has_no_findings() {
    let (source, doc) = run(PAPER);
    assert_eq!(doc.footnotes.len(), 11);
    assert_eq!(doc.citations.len(), 14);
    // Before, `또한` was read into the name of note 8's author, which then
    // disagreed with the list.
    assert_eq!(findings(&source, &doc), Vec::<(Code, usize)>::new());
}

#[test]
fn prose_before_a_citation_is_not_cut_off_without_a_page() {
    // The first sentence ends on no page: it is the note's prose, and the
    // citation after it is read as before.
    let doc = run_text(
        "본문이다.1)\n\n1) 이 문제는 오래 논의되었다. 김순은, “주민참여 조례의 확산,” 『지방정부연구』 제12권 제4호(2008), 7-28쪽.\n",
    );
    let cited = in_note(&doc, 1);
    assert_eq!(cited.len(), 1, "{cited:#?}");
    assert_eq!(cited[0].kind, CitationKind::Full);
    assert!(cited[0].text.starts_with("김순은"), "{}", cited[0].text);
}

#[test]
fn a_japanese_sentence_after_a_page_is_cut_only_where_it_cites() {
    // `大石、前掲書、70頁。石川、前掲論文、16頁。`: two short forms, each a
    // sentence. `同書は…を検討している。` after a page speaks of the book
    // in prose and is no citation of its own.
    let doc = run_text(
        "本文である（1）。本文である（2）。本文である（3）。\n\n注\n（1）大石嘉一郎『日本地方財行政史序説』御茶の水書房、1961年、45頁。石川一三夫「地方自治」『法学論叢』第12巻第3号、1990年、15頁。\n（2）大石、前掲書、70頁。石川、前掲論文、16頁。\n（3）大石、前掲書、71頁。同書は戦前の財政を詳しく検討している。\n",
    );
    let second = in_note(&doc, 2);
    assert_eq!(second.len(), 2, "{second:#?}");
    assert_eq!(second[0].locator.as_ref().unwrap().value, "70");
    assert_eq!(second[1].locator.as_ref().unwrap().value, "16");
    assert_eq!(second[0].reference, in_note(&doc, 1)[0].reference);
    assert_eq!(second[1].reference, in_note(&doc, 1)[1].reference);
    assert_eq!(in_note(&doc, 3).len(), 1, "{:#?}", in_note(&doc, 3));
}
