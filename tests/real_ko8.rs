//! A Korean legal history of the customs surveys behind the Civil
//! Ordinance of 1912, as PDF conversion gives it: a list split by origin
//! (`1. 자료`, `2. 국내문헌`, `3. 외국문헌`) whose entries wrap before their
//! year; the government gazette cited without title marks by the date of
//! its issue, a short name defined in straight quotes between the date and
//! the page (`조선총독부 관보, 1912. 3. 18.(이하 "관보"), 3면`); a book cited
//! again by its author and its title without marks (`정긍식, 한국근대법사고,
//! 120면`); chapters as pinpoints (`앞의 책, 제3장`, `제3장에서 … 다룬다`);
//! a volume printed in parts (`『臺灣私法』 第一卷上(東京: …)`); a note
//! split across pages. Japanese and Chinese forms of the same kind are
//! read from small papers. Expected values were written by reading the
//! input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, CslItem, Document, Status};
use papers_support::{
    entry, entry_number, findings, in_note, note_links, only, paper_of_notes, run, run_text,
};

const PAPER: &str = "fixtures/minsaryeong_gwanseup_pdf_ko.txt";

use CitationKind::{Full, Ibid, Short, Supra};
use Status::{Ambiguous, Resolved};

fn fields(c: &Citation) -> &CslItem {
    c.fields.as_deref().unwrap()
}

fn loc(c: &Citation) -> Option<(&str, &str)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

fn year(item: &CslItem) -> Option<i32> {
    item.issued.as_ref().map(|d| d.date_parts[0][0])
}

fn listed(doc: &Document) -> usize {
    doc.references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count()
}

#[test]
fn a_list_split_by_origin_whose_entries_wrap_before_the_year_is_read_whole() {
    let (source, doc) = run(PAPER);
    // Two sources, six Korean works, five foreign ones.
    assert_eq!(listed(&doc), 13);
    // `심희기, 「…」, 『법사학연구』 제46호,` / `2012.`
    let e = entry(&doc, 4);
    assert_eq!(
        e.title.as_deref(),
        Some("동아시아 전통사회의 관습법 개념에 대한 비판적 검토")
    );
    assert_eq!(year(e), Some(2012));
    // `홍양희, 「…」, 한양대학교` / `박사학위논문, 2005.`
    assert_eq!(entry(&doc, 8).kind, "thesis");
    assert_eq!(year(entry(&doc, 8)), Some(2005));
    // Every work cited is listed, every entry cited.
    let found = findings(&source, &doc);
    assert!(
        !found
            .iter()
            .any(|(c, _)| matches!(c, Code::MissingFromBibliography | Code::UncitedReference)),
        "{found:?}"
    );
}

#[test]
fn the_gazette_cited_by_the_date_of_its_issue_keeps_its_page_and_short_name() {
    let (_, doc) = run(PAPER);
    // 3) 조선총독부 관보, 1912. 3. 18.(이하 "관보"), 3면.
    let c = only(&doc, 3);
    assert_eq!(c.kind, Full);
    assert_eq!(loc(c), Some(("page", "3")));
    let f = fields(c);
    assert_eq!(f.container_title.as_deref(), Some("조선총독부 관보"));
    assert_eq!(
        f.issued.as_ref().map(|d| d.date_parts[0].clone()),
        Some(vec![1912, 3, 18])
    );
    // 5) 관보, 5면.: the issue of note 3.
    let s = only(&doc, 5);
    assert_eq!(s.kind, Supra);
    assert_eq!(s.status, Some(Resolved));
    assert_eq!(s.reference, c.reference);
    assert_eq!(loc(s), Some(("page", "5")));
}

#[test]
fn a_short_name_defined_between_the_year_and_the_page_leaves_the_page() {
    let (_, doc) = run(PAPER);
    // 15) 朝鮮總督府 中樞院, 『慣習調査報告書』, 京城: 朝鮮總督府, 1913(이하
    // ‘보고서’라 한다), 12면.
    let c = only(&doc, 15);
    assert_eq!(entry_number(&doc, c), Some(1));
    assert_eq!(loc(c), Some(("page", "12")));
    // 16) 보고서, 25면. 32) 보고서, 30면 참조.
    for (n, p) in [(16, "25"), (32, "30")] {
        let s = only(&doc, n);
        assert_eq!(s.status, Some(Resolved), "{n}");
        assert_eq!(entry_number(&doc, s), Some(1), "{n}");
        assert_eq!(loc(s), Some(("page", p)));
    }
}

#[test]
fn a_book_named_again_by_its_author_and_bare_title_is_a_short_form() {
    let (_, doc) = run(PAPER);
    // 7) 정긍식, 한국근대법사고, 120면.: the book of note 1, entry 7.
    let c = only(&doc, 7);
    assert_eq!(c.kind, Short);
    assert_eq!(c.status, Some(Resolved));
    assert_eq!(entry_number(&doc, c), Some(7));
    assert_eq!(loc(c), Some(("page", "120")));
    // 8) 위의 책, 122-123면.: that book, not the Taiwanese survey of note 6.
    assert_eq!(note_links(&doc, 8), [(Ibid, Resolved, Some(7))]);
    assert_eq!(loc(only(&doc, 8)), Some(("page", "122-123")));
    // 29) 정긍식, 한국근대법사고, 제4장.
    let c = only(&doc, 29);
    assert_eq!(entry_number(&doc, c), Some(7));
    assert_eq!(loc(c), Some(("chapter", "4")));
}

#[test]
fn a_chapter_after_a_back_reference_is_the_pinpoint() {
    let (_, doc) = run(PAPER);
    // 11) 이승일, 앞의 책, 제3장.
    let c = only(&doc, 11);
    assert_eq!(entry_number(&doc, c), Some(6));
    assert_eq!(loc(c), Some(("chapter", "3")));
    // 21) 정긍식, 앞의 책, 제3장에서 … 자세히 다룬다. 관습조사의 방법에
    // 대해서는 [page break] 윤대성, 앞의 논문, 40면; 심희기, 앞의 논문(주
    // 13), 210면.: three works, the remark no part of the first.
    let v = in_note(&doc, 21);
    assert_eq!(v.len(), 3, "{v:#?}");
    assert_eq!(entry_number(&doc, v[0]), Some(7));
    assert_eq!(loc(v[0]), Some(("chapter", "3")));
    assert_eq!(v[1].kind, Short);
    assert_eq!(entry_number(&doc, v[1]), Some(5));
    assert_eq!(loc(v[1]), Some(("page", "40")));
    assert_eq!(v[2].kind, Supra);
    assert_eq!(entry_number(&doc, v[2]), Some(4));
    assert_eq!(loc(v[2]), Some(("page", "210")));
}

#[test]
fn a_volume_printed_in_parts_leaves_the_place_alone() {
    let (_, doc) = run(PAPER);
    // 6) 臨時臺灣舊慣調査會, 『臺灣私法』 第一卷上(東京: 臨時臺灣舊慣調査會, 1910), 45면.
    let c = only(&doc, 6);
    assert_eq!(entry_number(&doc, c), Some(2));
    let f = fields(c);
    assert_eq!(f.volume.as_deref(), Some("1"));
    assert_eq!(f.publisher_place.as_deref(), Some("東京"));
    assert_eq!(f.publisher.as_deref(), Some("臨時臺灣舊慣調査會"));
    // The list's entry: `…, 『臺灣私法』 第一卷上, 東京: 臨時臺灣舊慣調査會, 1910.`
    let e = entry(&doc, 2);
    assert_eq!(e.volume.as_deref(), Some("1"));
    assert_eq!(e.publisher_place.as_deref(), Some("東京"));
    assert_eq!(e.publisher.as_deref(), Some("臨時臺灣舊慣調査會"));
    // 30) 臨時臺灣舊慣調査會, 앞의 책, 50면.
    assert_eq!(entry_number(&doc, only(&doc, 30)), Some(2));
}

#[test]
fn the_back_references_link_as_written() {
    let (_, doc) = run(PAPER);
    // 10) 同書, 92면. after 中村哲's book.
    assert_eq!(note_links(&doc, 10), [(Ibid, Resolved, Some(12))]);
    // 13) 심희기, 「…」, …, 205면; 윤대성, 전게논문, 35면. 14) 위의 글, 36면.
    assert_eq!(
        note_links(&doc, 13),
        [(Full, Resolved, Some(4)), (Short, Resolved, Some(5))]
    );
    assert_eq!(note_links(&doc, 14), [(Ibid, Resolved, Some(5))]);
    // 20) 李英美, 前揭書, 80면.
    assert_eq!(note_links(&doc, 20), [(Short, Resolved, Some(9))]);
    // 22) Kim, op. cit., p. 160. 23) Ibid., p. 162.
    assert_eq!(note_links(&doc, 22), [(Short, Resolved, Some(13))]);
    assert_eq!(note_links(&doc, 23), [(Ibid, Resolved, Some(13))]);
    // 25) 상게서, 55면. after 鄭鍾休's book.
    assert_eq!(note_links(&doc, 25), [(Ibid, Resolved, Some(11))]);
    // 26) 문준영, 앞의 논문(주 12), 34면.
    assert_eq!(note_links(&doc, 26), [(Supra, Resolved, Some(3))]);
    assert_eq!(loc(only(&doc, 26)), Some(("page", "34")));
    // 28) 위의 논문, 90면. after the thesis.
    assert_eq!(note_links(&doc, 28), [(Ibid, Resolved, Some(8))]);
    // 31) 中村哲, 전게서, 100면.
    assert_eq!(note_links(&doc, 31), [(Short, Resolved, Some(12))]);
}

/// A Korean paper of `notes` (`1) …`), each marked once in the text.
fn korean(notes: &[&str]) -> Document {
    let body: String = (1..=notes.len())
        .map(|n| format!("본문이다.{n}) "))
        .collect();
    let list: String = notes
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{}) {t}\n", i + 1))
        .collect();
    run_text(&format!("제목\n\n{body}\n\n{list}"))
}

#[test]
fn a_short_name_in_straight_or_curly_quotes_before_the_page() {
    for quoted in ["\"관보\"", "‘관보’", "\"관보\"라 한다", "‘관보’라 한다"] {
        let doc = korean(&[
            &format!("『조선총독부 관보』 제464호, 1912. 3. 18.(이하 {quoted}), 3면."),
            "관보, 5면.",
        ]);
        assert_eq!(doc.citations.len(), 2, "{quoted}: {:#?}", doc.citations);
        assert_eq!(loc(&doc.citations[0]), Some(("page", "3")), "{quoted}");
        assert_eq!(doc.citations[1].status, Some(Resolved), "{quoted}");
        assert_eq!(doc.citations[1].reference, doc.citations[0].reference);
    }
}

#[test]
fn korean_back_references_after_a_bare_title() {
    let doc = korean(&[
        "김철수, 『한국사회론』(서울: 박영사, 1995), 45면.",
        "이영희, 「식민지 법제의 성격」, 『법사학연구』 제20호, 1999, 12면.",
        "김철수, 한국사회론, 120면.",
        "위의 책, 45-46쪽.",
        "같은 책, 50쪽.",
        "김철수, 상게서, 77면.",
        "이영희, 앞의 논문(주 2), 34면.",
        "김철수, 전게서, 제3장에서 자세히 다룬다.",
    ]);
    let book = doc.citations[0].reference.clone();
    let article = doc.citations[1].reference.clone();
    let by_note = |n: u32| in_note(&doc, n)[0];
    for n in [3, 4, 5, 6, 8] {
        assert_eq!(by_note(n).status, Some(Resolved), "{n}");
        assert_eq!(by_note(n).reference, book, "{n}");
    }
    assert_eq!(by_note(7).reference, article);
    assert_eq!(loc(by_note(4)), Some(("page", "45-46")));
    assert_eq!(loc(by_note(7)), Some(("page", "34")));
    assert_eq!(loc(by_note(8)), Some(("chapter", "3")));
}

#[test]
fn prose_is_no_bare_title() {
    // A note's remark of three comma parts, no name before them.
    let doc = korean(&["이에 대해서는, 위와 같이, 120면 참조."]);
    assert!(doc.citations.is_empty(), "{:#?}", doc.citations);
}

/// A Japanese paper of `notes` (`（1）…`), each marked once in the text.
fn japanese(notes: &[&str]) -> Document {
    let body: String = (1..=notes.len())
        .map(|n| format!("本文である。（{n}）"))
        .collect();
    let list: String = notes
        .iter()
        .enumerate()
        .map(|(i, t)| format!("（{}）{t}\n", i + 1))
        .collect();
    run_text(&format!("近代法制史研究\n\n山田太郎\n\n{body}\n\n{list}"))
}

#[test]
fn a_japanese_chapter_after_the_note_cited_is_read() {
    let doc = japanese(&[
        "平井宜雄『債権各論Ⅱ 不法行為』（弘文堂、1992年）45頁。",
        "平井・前掲注（1）書、第3章、150頁。",
        "平井・前掲注（1）書、第3章。",
    ]);
    let book = doc.citations[0].reference.clone();
    let c = only(&doc, 2);
    assert_eq!(c.reference, book);
    assert_eq!(loc(c), Some(("page", "150")));
    assert_eq!(
        c.locator.as_ref().unwrap().text.as_deref(),
        Some("第3章、150頁")
    );
    let c = only(&doc, 3);
    assert_eq!(c.reference, book);
    assert_eq!(loc(c), Some(("chapter", "3")));
}

#[test]
fn as_the_note_before_after_two_works_is_ambiguous_unless_the_page_decides() {
    let doc = japanese(&[
        "我妻栄『事務管理・不当利得・不法行為』（日本評論社、1937年）100頁、加藤一郎『不法行為』（有斐閣、1957年）20頁。",
        "同前註、25頁。",
        "平井宜雄『債権各論Ⅱ 不法行為』（弘文堂、1992年）45頁。",
        "同前註、50頁。",
    ]);
    // After two books: either.
    assert_eq!(only(&doc, 2).status, Some(Ambiguous));
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.code == Code::AmbiguousShortForm));
    // After one: that one.
    let c = only(&doc, 4);
    assert_eq!(c.status, Some(Resolved));
    assert_eq!(c.reference, only(&doc, 3).reference);
    // An article printed on pages 45-62 holds no page 130: the book.
    let doc = paper_of_notes(
        "正文",
        &[
            "王澤鑑，〈侵權行為法之體系〉，《臺大法學論叢》，第30卷第2期，2001年，頁45-62；王澤鑑，《侵權行為》，臺北：自版，2015年，頁120。",
            "同前註，頁130。",
            "同前註，頁131。",
        ],
    );
    let book = in_note(&doc, 1)[1].reference.clone();
    assert_eq!(only(&doc, 2).status, Some(Resolved));
    assert_eq!(only(&doc, 2).reference, book);
    assert_eq!(only(&doc, 3).reference, book);
}

#[test]
fn a_chinese_volume_in_parts_and_back_references() {
    let doc = paper_of_notes(
        "正文",
        &[
            "臨時臺灣舊慣調查會：《臺灣私法》，第一卷上，東京：臨時臺灣舊慣調查會，1910年，第45頁。",
            "黄宗智：《清代的法律、社会与文化》，上海：上海书店出版社，2007年，第12页。",
            "同前註，第30页。",
            "前引书，第45页。",
            "参见前注[2]，黄宗智文，第34页。",
        ],
    );
    let f = fields(only(&doc, 1));
    assert_eq!(f.volume.as_deref(), Some("1"));
    assert_eq!(f.publisher_place.as_deref(), Some("東京"));
    assert_eq!(f.publisher.as_deref(), Some("臨時臺灣舊慣調查會"));
    let huang = only(&doc, 2).reference.clone();
    for (n, p) in [(3, "30"), (4, "45"), (5, "34")] {
        let c = only(&doc, n);
        assert_eq!(c.status, Some(Resolved), "{n}");
        assert_eq!(c.reference, huang, "{n}");
        assert_eq!(loc(c), Some(("page", p)), "{n}");
    }
}

#[test]
fn an_author_after_the_note_cited_names_one_of_its_works() {
    let doc = paper_of_notes(
        "正文",
        &[
            "王五：《清代州县司法》，北京：法律出版社，2010年，第8页；李四：《地权研究》，北京：中华书局，2005年，第9页。",
            "参见前注[1]，李四书，第34页。",
            "参见前注[1]，王五文，第12页。",
        ],
    );
    let v = in_note(&doc, 1);
    let (wang, li) = (v[0].reference.clone(), v[1].reference.clone());
    let c = only(&doc, 2);
    assert_eq!(c.status, Some(Resolved));
    assert_eq!(c.reference, li);
    assert_eq!(loc(c), Some(("page", "34")));
    let c = only(&doc, 3);
    assert_eq!(c.status, Some(Resolved));
    assert_eq!(c.reference, wang);
}
