//! Korean, Japanese and Chinese papers as PDF conversion gives them, in
//! forms the other fixtures do not hold. Expected values were written by
//! reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, editors, entry, in_note, only, run, work};

/// A Chinese legal-history article with notes only (`①`), in the style of
/// the Chinese legal citation manual: a chapter `载 NAMES 编：《书》`, an
/// edited book `NAMES等主编：《书》`.
const ZHOUXIAN: &str = "fixtures/qingdai_zhouxian_sifa_zh.txt";

#[test]
fn a_chapter_in_a_book_of_named_editors_after_zai() {
    let (_, doc) = run(ZHOUXIAN);
    // ② ［日］滋贺秀三：《…——情、理、法》，王亚新译，载王亚新、
    //   梁治平编：《明清时期的民事审判与民间契约》，北京：法律出版社，1998年，第19—53页。
    let c = only(&doc, 2);
    assert_eq!(c.kind, CitationKind::Full);
    let w = work(&doc, c);
    assert_eq!(w.kind, "chapter");
    assert_eq!(
        w.container_title.as_deref(),
        Some("明清时期的民事审判与民间契约")
    );
    assert_eq!(editors(w), [("王", "亚新"), ("梁", "治平")]);
    assert_eq!(w.translator.len(), 1);
    assert_eq!(w.publisher.as_deref(), Some("法律出版社"));
    assert_eq!(w.page.as_deref(), Some("19—53"));
}

#[test]
fn the_editor_word_and_others_are_no_part_of_a_name() {
    let (_, doc) = run(ZHOUXIAN);
    // ⑫ 梁治平等主编：《法律的文化解释》（增订本），北京：…三联书店，1994年，第30页。
    let c = only(&doc, 12);
    let w = work(&doc, c);
    // `主编`: 梁治平 and others edited the book.
    assert!(w.author.is_empty());
    let editors: Vec<_> = w
        .editor
        .iter()
        .map(|e| (e.family.as_deref(), e.given.as_deref()))
        .collect();
    assert_eq!(editors, [(Some("梁"), Some("治平"))]);
    assert_eq!(w.title.as_deref(), Some("法律的文化解释"));
    // ⑬ 参见梁治平：前引书，第35页。
    let back = only(&doc, 13);
    assert_eq!(back.status, Some(Status::Resolved));
    assert_eq!(back.reference, c.reference);
    assert_eq!(in_note(&doc, 13)[0].signal.as_deref(), Some("参见"));
}

/// A Korean political-science paper as pdftotext gives it: notes `1)` at
/// page ends, running heads and page numbers, a `참고문헌` list in the
/// author-year order of the Korean Political Science Review.
const INMIN: &str = "fixtures/inmin_wiwonhoe_pdf_ko.txt";

#[test]
fn a_volume_written_alone_after_a_book_title() {
    let (_, doc) = run(INMIN);
    // 7) …; 로버트 스칼라피노·이정식, 『한국공산주의운동사』 1, 한홍구 옮김
    //    (서울: 돌베개, 1986), 312쪽.
    let c = in_note(&doc, 7)[1];
    let f = c.fields.as_ref().unwrap();
    assert_eq!(f.volume.as_deref(), Some("1"));
    assert_eq!(f.publisher.as_deref(), Some("돌베개"));
    // 10) 이기백, 『한국사신론』 하, 개정판(서울: 일조각, 1990), 412쪽.
    let f = only(&doc, 10).fields.as_ref().unwrap();
    assert_eq!(f.volume.as_deref(), Some("하"));
    assert_eq!(f.edition.as_deref(), Some("개정판"));
    assert_eq!(f.publisher.as_deref(), Some("일조각"));
    // 이기백. 1990. 『한국사신론』 하. 개정판. 서울: 일조각.
    let e = entry(&doc, 2);
    assert_eq!(e.volume.as_deref(), Some("하"));
    assert_eq!(e.publisher.as_deref(), Some("일조각"));
    // 스칼라피노, 로버트·이정식. 1986. 『한국공산주의운동사』 1. 한홍구 옮김. 서울: 돌베개.
    let e = entry(&doc, 4);
    assert_eq!(e.volume.as_deref(), Some("1"));
    assert_eq!(e.publisher.as_deref(), Some("돌베개"));
}

#[test]
fn a_bare_volume_is_no_part_of_the_publisher() {
    // 김윤식, 『이광수와 그의 시대』 1, 솔, 1999.
    let (_, doc) = run("fixtures/sinmun_yeonjae_ko.txt");
    let e = entry(&doc, 5);
    assert_eq!(e.volume.as_deref(), Some("1"));
    assert_eq!(e.publisher.as_deref(), Some("솔"));
}

#[test]
fn a_korean_co_author_after_an_inverted_foreign_first_author() {
    let (_, doc) = run(INMIN);
    // 스칼라피노, 로버트·이정식. 1986. 『한국공산주의운동사』 1. …
    assert_eq!(
        authors(entry(&doc, 4)),
        [("스칼라피노", "로버트"), ("이", "정식")]
    );
    // 14) 스칼라피노·이정식, 앞의 책, 315쪽: the two authors' book.
    let back = only(&doc, 14);
    assert_eq!(back.kind, CitationKind::Short);
    assert_eq!(back.status, Some(Status::Resolved));
    assert_eq!(papers_support::entry_number(&doc, back), Some(4));
    // The note's names and the list's agree.
    assert!(
        !doc.diagnostics
            .iter()
            .any(|d| d.footnote == Some(7) || d.footnote == Some(14)),
        "{:#?}",
        doc.diagnostics
    );
}

/// A Korean civil-law article with notes only: decisions, `위와 같음`
/// ("as above") and `상동` (上同) for the whole note above.
const BULBEOP: &str = "fixtures/bulbeop_haengwi_pdf_ko.txt";

#[test]
fn as_above_stands_for_the_note_above() {
    let (_, doc) = run(BULBEOP);
    use CitationKind::{Full, Ibid};
    // 1) 대법원 2010. 4. 29. 선고 2009다12345 판결. 2) 위와 같음.
    let decision = only(&doc, 1);
    assert_eq!(decision.kind, Full);
    let two = only(&doc, 2);
    assert_eq!(two.kind, Ibid);
    assert_eq!(two.status, Some(Status::Resolved));
    assert_eq!(two.reference, decision.reference);
    // 3) 곽윤직, 『채권각론』 … 45면. 4) 상동, 46면.
    let four = only(&doc, 4);
    assert_eq!(four.kind, Ibid);
    assert_eq!(four.reference, only(&doc, 3).reference);
    assert_eq!(four.locator.as_ref().map(|l| l.value.as_str()), Some("46"));
    // 8) 양창수, 앞의 글(주 6), 130면; 위와 같음.
    let eight = in_note(&doc, 8);
    assert_eq!(eight.len(), 2);
    assert_eq!(eight[1].kind, Ibid);
    assert_eq!(eight[1].reference, only(&doc, 6).reference);
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}
