//! Two Korean papers as PDF conversion gives them, in fields the other
//! Korean papers leave out: a legal history of the colonial courts'
//! decisions on inheritance (decisions cited by court, date and `判決`
//! without a docket, `上揭註 16의 판결`, `위의 판결` after a note citing a
//! statute with its amendment in brackets, a translated book cited through
//! another work with `재인용` broken over two lines), and an economic
//! history of the rice trade (newspapers cited by date then headline, an
//! English article split over a page break, a Korean name written family
//! name first in a note and inverted in the list, a chronicle cited with
//! its library's call number in brackets). Expected values were
//! written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, Status};
use papers_support::{authors, entry_number, findings, in_note, note_links, only, run, work};

const LAW: &str = "fixtures/gwanseup_sangsok_pdf_ko.txt";
const ECON: &str = "fixtures/migok_yutong_pdf_ko.txt";

use CitationKind::{Full, Ibid, Short, Supra};
use Status::Resolved;

/// A note's citations: kind, status and the list entry each links to.
type Links = &'static [(CitationKind, Status, Option<usize>)];

fn issued(c: &Citation) -> Vec<i32> {
    c.fields
        .as_deref()
        .unwrap()
        .issued
        .as_ref()
        .unwrap()
        .date_parts[0]
        .clone()
}

#[test]
fn a_colonial_decision_without_a_docket_is_a_case_of_its_court_and_day() {
    let (_, doc) = run(LAW);
    // 15) 朝鮮高等法院 1913. 2. 14. 判決, 『판결록』 第2卷, 31면.
    let c = only(&doc, 15);
    assert_eq!(c.kind, Full);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("朝鮮高等法院"));
    assert_eq!(f.genre.as_deref(), Some("判決"));
    assert_eq!(f.container_title.as_deref(), Some("판결록"));
    assert_eq!(f.volume.as_deref(), Some("2"));
    assert_eq!(issued(c), [1913, 2, 14]);
    assert_eq!(c.locator.as_ref().unwrap().value, "31");
    // 16) the same court's decision of another day is another work.
    let d = only(&doc, 16);
    assert_eq!(issued(d), [1913, 9, 26]);
    assert_eq!(d.locator.as_ref().unwrap().value, "320");
    assert_ne!(c.reference, d.reference);
    assert_eq!(c.status, Some(Resolved));
}

#[test]
fn the_decision_of_a_note_named_in_han_characters_is_that_notes() {
    let (_, doc) = run(LAW);
    // 22) 上揭註 16의 판결.: note 16's decision, not note 21's (the last
    // one cited).
    let c = only(&doc, 22);
    assert_eq!(c.kind, Supra);
    assert_eq!(c.reference, only(&doc, 16).reference);
    assert_ne!(c.reference, only(&doc, 21).reference);
}

#[test]
fn a_statute_with_its_amendment_in_brackets_leaves_the_last_decision_to_the_next_note() {
    let (_, doc) = run(LAW);
    // 26) 민법 제778조(2005. 3. 31. 법률 제7427호로 삭제).
    let s = only(&doc, 26);
    let f = s.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(f.title.as_deref(), Some("민법"));
    assert_eq!(s.locator.as_ref().unwrap().value, "제778조");
    // 27) 위의 판결 참조.: the decision of note 25.
    let c = only(&doc, 27);
    assert_eq!(c.kind, Ibid);
    assert_eq!(c.status, Some(Resolved));
    assert_eq!(c.reference, only(&doc, 25).reference);
}

#[test]
fn a_translated_book_quoted_through_an_article_over_a_line_break() {
    let (source, doc) = run(LAW);
    // 20) 존 헨리 메리먼 저, 윤대규 역, 『대륙법 전통』, …, 78면(홍양희, 앞의
    // 논문, 120면에서 재\n인용).
    let v = in_note(&doc, 20);
    assert_eq!(v.len(), 2, "{v:#?}");
    assert_eq!(v[0].kind, Full);
    assert_eq!(entry_number(&doc, v[0]), Some(6));
    assert_eq!(v[0].locator.as_ref().unwrap().value, "78");
    let f = v[0].fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("대륙법 전통"));
    assert_eq!(authors(f), [("메리먼", "존 헨리")]);
    assert_eq!(f.translator[0].family.as_deref(), Some("윤"));
    assert_eq!(v[1].kind, Short);
    assert_eq!(entry_number(&doc, v[1]), Some(13));
    assert_eq!(v[1].locator.as_ref().unwrap().value, "120");
    // The list's entry: the author's name, not `저`.
    assert_eq!(authors(work(&doc, v[0])), [("메리먼", "존 헨리")]);
    // Nothing is dangling, and the translated book is cited.
    let found = findings(&source, &doc);
    assert!(
        !found.iter().any(|(c, _)| *c == Code::DanglingShortForm),
        "{found:?}"
    );
    assert!(!found.contains(&(Code::UncitedReference, 129)), "{found:?}");
    // The economic history's 24): the same form, quoting a chapter.
    let (_, econ) = run(ECON);
    let links = note_links(&econ, 24);
    assert_eq!(
        links,
        [(Full, Resolved, Some(12)), (Short, Resolved, Some(13))]
    );
}

#[test]
fn a_note_naming_a_source_in_a_sentence_is_no_short_form() {
    let (_, doc) = run(LAW);
    // 6) 분석 대상 판결은 『朝鮮高等法院民事判決錄』(이하 ‘판결록’이라 한다)에
    // 수록된 것으로 한정한다.: no author `분석 대상 판결은`.
    assert!(in_note(&doc, 6)
        .iter()
        .all(|c| c.kind != Short || c.status == Some(Resolved)));
}

#[test]
fn each_note_of_the_legal_history_links_to_the_work_it_cites() {
    let (_, doc) = run(LAW);
    // 2 中樞院 報告書, 3 권태억, 4 김창록, 5 문준영, 6 메리먼, 7 심희기 책,
    // 8 심희기 논문, 9 윤대성, 10 이승일, 11 鄭肯植, 12 정긍식, 13 홍양희,
    // 14 淺見, 15 小川原, 16 Kim.
    let want: &[(u32, Links)] = &[
        (2, &[(Full, Resolved, Some(11))]),
        (9, &[(Ibid, Resolved, Some(2))]),
        (10, &[(Short, Resolved, Some(11))]),
        (11, &[(Short, Resolved, Some(14))]),
        (13, &[(Ibid, Resolved, Some(12))]),
        (14, &[(Full, Resolved, Some(8)), (Short, Resolved, Some(7))]),
        (17, &[(Supra, Resolved, Some(2))]),
        (
            19,
            &[(Short, Resolved, Some(10)), (Short, Resolved, Some(13))],
        ),
        (
            23,
            &[(Full, Resolved, Some(5)), (Short, Resolved, Some(16))],
        ),
        (24, &[(Supra, Resolved, Some(12))]),
        (
            29,
            &[(Ibid, Resolved, Some(9)), (Short, Resolved, Some(12))],
        ),
        (32, &[(Ibid, Resolved, Some(15))]),
        (34, &[(Short, Resolved, Some(9))]),
    ];
    for (n, links) in want {
        assert_eq!(note_links(&doc, *n), *links, "note {n}");
    }
}

#[test]
fn a_newspaper_cited_by_date_then_headline_is_the_lists_newspaper() {
    let (source, doc) = run(ECON);
    // 14) 『독립신문』 1899년 6월 10일자, 「곡가 고등」.
    let c = only(&doc, 14);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-newspaper");
    assert_eq!(f.container_title.as_deref(), Some("독립신문"));
    assert_eq!(f.title.as_deref(), Some("곡가 고등"));
    assert_eq!(issued(c), [1899, 6, 10]);
    assert_eq!(entry_number(&doc, c), Some(6));
    // 15) 『동아일보』 1925. 3. 4., 「群山 米穀商의 活動」.
    let d = only(&doc, 15);
    let f = d.fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("群山 米穀商의 活動"));
    assert_eq!(issued(d), [1925, 3, 4]);
    assert_eq!(entry_number(&doc, d), Some(7));
    // 28) 『조선일보』 1928년 11월 2일자 사설, 「群山港의 將來」; 같은 곳.: an
    // editorial, then the same place.
    let v = in_note(&doc, 28);
    let f = v[0].fields.as_deref().unwrap();
    assert_eq!(f.genre.as_deref(), Some("사설"));
    assert_eq!(f.title.as_deref(), Some("群山港의 將來"));
    assert_eq!(entry_number(&doc, v[0]), Some(8));
    let found = findings(&source, &doc);
    assert!(
        !found
            .iter()
            .any(|(c, _)| *c == Code::MissingFromBibliography),
        "{found:?}"
    );
}

#[test]
fn a_chronicle_cited_with_its_call_number_is_the_lists_chronicle() {
    let (_, doc) = run(ECON);
    // 2) 『承政院日記』(규장각 奎19232) 高宗 2年 5月 10日.
    let c = only(&doc, 2);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "classic");
    assert_eq!(f.title.as_deref(), Some("承政院日記"));
    assert_eq!(entry_number(&doc, c), Some(2));
    // 1) 『萬機要覽』 財用編 2, 田稅.: a section of the work, no publisher.
    let f = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(f.kind, "classic");
    assert_eq!(f.publisher, None);
    assert_eq!(entry_number(&doc, only(&doc, 1)), Some(1));
}

#[test]
fn a_name_written_family_name_first_agrees_with_the_list() {
    let (source, doc) = run(ECON);
    // 4) … Jun Seong Ho and James B. Lewis, “Wages, …” and the list's
    // `Jun, Seong Ho and James B. Lewis`: one article, no mismatch.
    let v = in_note(&doc, 4);
    assert_eq!(entry_number(&doc, v[1]), Some(19));
    let found = findings(&source, &doc);
    assert!(
        !found.iter().any(|(c, _)| *c == Code::BibliographyMismatch),
        "{found:?}"
    );
}

#[test]
fn each_note_of_the_economic_history_links_to_the_work_it_cites() {
    let (_, doc) = run(ECON);
    // 1–4 sources, 5–8 newspapers, 9 統計年報, 10 고동환, 11 이영훈 편,
    // 12 이헌창, 13 전성호, 14 하원호 책, 15 하원호 논문, 16 홍성찬,
    // 17 菱本, 18 河合, 19 Jun and Lewis, 20 Kimura, 21 Larsen.
    let want: &[(u32, Links)] = &[
        (5, &[(Full, Resolved, Some(3))]),
        (6, &[(Ibid, Resolved, Some(3))]),
        (11, &[(Ibid, Resolved, Some(21))]),
        (12, &[(Full, Resolved, Some(5))]),
        (
            13,
            &[(Short, Resolved, Some(14)), (Short, Resolved, Some(21))],
        ),
        (
            18,
            &[(Full, Resolved, Some(18)), (Short, Resolved, Some(16))],
        ),
        // The article split over the page break.
        (19, &[(Full, Resolved, Some(20))]),
        (21, &[(Short, Resolved, Some(11))]),
        (22, &[(Short, Resolved, Some(19))]),
        (23, &[(Ibid, Resolved, Some(19))]),
        (25, &[(Short, Resolved, Some(20))]),
        (26, &[(Short, Resolved, Some(14))]),
        (27, &[(Short, Resolved, Some(18))]),
        (28, &[(Full, Resolved, Some(8)), (Ibid, Resolved, Some(8))]),
    ];
    for (n, links) in want {
        assert_eq!(note_links(&doc, *n), *links, "note {n}");
    }
    // 19) the title runs on after the running header of the next page.
    let f = only(&doc, 19).fields.as_deref().unwrap();
    assert_eq!(
        f.title.as_deref(),
        Some("Standards of Living in Colonial Korea: Did the Masses Become Worse Off or Better Off Under Japanese Rule?")
    );
}
