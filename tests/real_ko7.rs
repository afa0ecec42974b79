//! A Korean history of the colonial population statistics as PDF
//! conversion gives it: a yearbook cited by the year of its edition
//! (`『朝鮮總督府統計年報』 大正14年版`, `『慶尙北道統計年報』 1925년판`) with its
//! imprint's year after it, two editions of it by one author told apart
//! by the edition in brackets after `앞의 책`; short names defined with
//! `이하` after a citation and after a title named in a sentence; Korean
//! particles glued to a title's closing mark (`「…」을 참조`, `『…』에서는 …`,
//! `『…』의 해설 부분`); Japanese names of five Han characters whose family
//! name has three (`小川原宏幸`) or two (`淺見倫太郎`); a `______,` ditto
//! entry of an edition dated by an era. Expected values were written by
//! reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, CslItem, Status};
use papers_support::{authors, entry, entry_number, findings, in_note, note_links, only, run};

const PAPER: &str = "fixtures/hojeok_ingu_tonggye_pdf_ko.txt";

use CitationKind::{Full, Ibid, Short, Supra};
use Status::Resolved;

/// A note's citations: kind, status and the list entry each links to.
type Links = &'static [(CitationKind, Status, Option<usize>)];

fn year(item: &CslItem) -> Option<i32> {
    item.issued.as_ref().map(|d| d.date_parts[0][0])
}

fn fields(c: &Citation) -> &CslItem {
    c.fields.as_deref().unwrap()
}

fn page(c: &Citation) -> &str {
    c.locator.as_ref().unwrap().value.as_str()
}

#[test]
fn a_japanese_name_of_five_characters_keeps_a_family_name_of_three() {
    let (_, doc) = run(PAPER);
    // 4) 小川原宏幸, 『伊藤博文の韓国併合構想と朝鮮社会』, 岩波書店, 2010, 88쪽; …
    let c = in_note(&doc, 4)[0];
    assert_eq!(authors(fields(c)), [("小川原", "宏幸")]);
    assert_eq!(authors(entry(&doc, 11)), [("小川原", "宏幸")]);
    // 9) 淺見倫太郎: two and three; 25) 宮嶋博史: two and two.
    assert_eq!(authors(fields(only(&doc, 9))), [("淺見", "倫太郎")]);
    assert_eq!(authors(fields(only(&doc, 25))), [("宮嶋", "博史")]);
    // 12) 小川原宏幸, 앞의 책, 91쪽.
    let s = only(&doc, 12);
    assert_eq!(s.kind, Short);
    assert_eq!(entry_number(&doc, s), Some(11));
    assert_eq!(page(s), "91");
}

#[test]
fn a_yearbook_is_dated_by_its_edition_and_its_imprint_and_page_are_read() {
    let (source, doc) = run(PAPER);
    // 5) 朝鮮總督府, 『朝鮮總督府統計年報』 大正14年版, 京城: 朝鮮總督府, 1927, 36쪽(이하 …).
    let c = only(&doc, 5);
    assert_eq!(c.kind, Full);
    assert_eq!(entry_number(&doc, c), Some(1));
    assert_eq!(page(c), "36");
    let f = fields(c);
    assert_eq!(year(f), Some(1925));
    assert_eq!(f.publisher.as_deref(), Some("朝鮮總督府"));
    assert_eq!(f.publisher_place.as_deref(), Some("京城"));
    // The list's entry, and the ditto entry of the 昭和5年版 (1930): books
    // of their editions' years, read to the end.
    let e = entry(&doc, 1);
    assert_eq!(year(e), Some(1925));
    assert_eq!(e.publisher_place.as_deref(), Some("京城"));
    let e = entry(&doc, 2);
    assert_eq!(e.kind, "book");
    assert_eq!(year(e), Some(1930));
    assert_eq!(e.publisher.as_deref(), Some("朝鮮總督府"));
    // 17) 『慶尙北道統計年報』 1925년판, 大邱: 慶尙北道, 1926, 12쪽.
    let c = only(&doc, 17);
    assert_eq!(entry_number(&doc, c), Some(4));
    assert_eq!(page(c), "12");
    assert_eq!(year(fields(c)), Some(1925));
    assert_eq!(fields(c).publisher_place.as_deref(), Some("大邱"));
    assert_eq!(entry(&doc, 4).publisher.as_deref(), Some("慶尙北道"));
    // No entry of the list is left half read.
    let found = findings(&source, &doc);
    for line in 106..=109 {
        assert!(
            !found.contains(&(Code::UnparsedReference, line)),
            "{line}: {found:?}"
        );
    }
}

#[test]
fn the_edition_in_brackets_after_op_cit_says_which_yearbook() {
    let (_, doc) = run(PAPER);
    // 23) 朝鮮總督府, 『…』 昭和5年版, …, 1932, 20쪽; 朝鮮總督府, 앞의 책(大正14年\n版), 40쪽.
    let v = in_note(&doc, 23);
    assert_eq!(v.len(), 2, "{v:#?}");
    assert_eq!(entry_number(&doc, v[0]), Some(2));
    assert_eq!(page(v[0]), "20");
    assert_eq!(v[1].kind, Short);
    assert_eq!(v[1].status, Some(Resolved));
    assert_eq!(entry_number(&doc, v[1]), Some(1));
    assert_eq!(page(v[1]), "40");
}

#[test]
fn short_names_defined_with_iha_are_cited_later() {
    let (source, doc) = run(PAPER);
    // 13) 통계연보, 38쪽.: the yearbook of note 5.
    let c = only(&doc, 13);
    assert_eq!(c.kind, Supra);
    assert_eq!(c.status, Some(Resolved));
    assert_eq!(entry_number(&doc, c), Some(1));
    assert_eq!(page(c), "38");
    // 6) 분석의 기초가 된 수치는 朝鮮總督府, 『朝鮮國勢調査報告』(이하
    // ‘국세조사보고’라 한다)에 수록된 것으로 한정한다.: the name stands for
    // that title, listed third. 22) 국세조사보고, 45쪽. 24) …, 50쪽에서.
    for (n, p) in [(22, "45"), (24, "50")] {
        let c = only(&doc, n);
        assert_eq!(c.status, Some(Resolved), "{n}");
        assert_eq!(entry_number(&doc, c), Some(3), "{n}");
        assert_eq!(page(c), p);
    }
    // 29) 통계연보, 40쪽에서 재인용; 송규진, 위의 논문, 250쪽.: the name
    // opens the note, though an item is read after it.
    let v = in_note(&doc, 29);
    assert_eq!(v.len(), 2, "{v:#?}");
    assert_eq!(entry_number(&doc, v[0]), Some(1));
    assert_eq!(page(v[0]), "40");
    assert_eq!(entry_number(&doc, v[1]), Some(7));
    assert_eq!(page(v[1]), "250");
    // The census report is cited.
    let found = findings(&source, &doc);
    assert!(!found.contains(&(Code::UncitedReference, 108)), "{found:?}");
}

#[test]
fn a_particle_after_a_titles_mark_is_no_part_of_the_citation() {
    let (_, doc) = run(PAPER);
    // 16) 水野直樹, 「朝鮮植民地支配と名前の「差異化」」을 참조.: the article
    // by its author and title, no container `을`.
    let c = only(&doc, 16);
    assert_eq!(c.kind, Short);
    assert_eq!(entry_number(&doc, c), Some(13));
    assert_eq!(c.signal.as_deref(), Some("참조"));
    // 28) 박명규·서호철, 『…』에서는 이를 ‘이중 장부’라고 표현 / 하였다.
    let c = only(&doc, 28);
    assert_eq!(c.kind, Short);
    assert_eq!(entry_number(&doc, c), Some(6));
    assert!(c.fields.is_none());
    // 31) 『慶尙北道統計年報』의 해설 부분.: no publisher `의 해설 부분`.
    let c = only(&doc, 31);
    assert_eq!(entry_number(&doc, c), Some(4));
    assert!(c
        .fields
        .as_deref()
        .is_none_or(|f| f.publisher.is_none() && f.container_title.is_none()));
    // Particles after a page: the page alone.
    for (n, p) in [(8, "105"), (11, "240"), (30, "110")] {
        assert_eq!(page(only(&doc, n)), p, "{n}");
    }
}

#[test]
fn a_hanja_journal_volume_with_jip() {
    let (_, doc) = run(PAPER);
    // 10) 小野寺史郎, 「…」, 『朝鮮史研究會論文集』 第39集, 2001, 77-98쪽.
    let f = fields(only(&doc, 10));
    assert_eq!(f.volume.as_deref(), Some("39"));
    assert_eq!(f.publisher, None);
    assert_eq!(authors(f), [("小野寺", "史郎")]);
}

#[test]
fn each_note_links_to_the_work_it_cites_and_nothing_is_found_wrong() {
    let (source, doc) = run(PAPER);
    let want: &[(u32, Links)] = &[
        (1, &[(Full, Resolved, Some(5))]),
        (2, &[(Full, Resolved, Some(6))]),
        (14, &[(Short, Resolved, Some(6))]),
        (15, &[(Ibid, Resolved, Some(6))]),
        (
            18,
            &[(Short, Resolved, Some(5)), (Full, Resolved, Some(17))],
        ),
        (20, &[(Short, Resolved, Some(9))]),
        (21, &[(Full, Resolved, Some(10))]),
        (26, &[(Full, Resolved, Some(16))]),
        (
            27,
            &[(Ibid, Resolved, Some(16)), (Short, Resolved, Some(17))],
        ),
        (32, &[(Short, Resolved, Some(13))]),
    ];
    for &(n, links) in want {
        assert_eq!(note_links(&doc, n), links, "note {n}");
    }
    let found = findings(&source, &doc);
    for code in [
        Code::DanglingShortForm,
        Code::AmbiguousShortForm,
        Code::MissingFromBibliography,
        Code::UncitedReference,
        Code::BibliographyMismatch,
    ] {
        assert!(!found.iter().any(|(c, _)| *c == code), "{found:?}");
    }
}
