//! Chinese, Japanese and Korean notes: chapters in edited and dedicated
//! books, a volume named by an ordinal alone, imprints glued to a volume, a
//! Chinese note broken at a page's foot that goes on over the next page's
//! notes, and a Taiwanese law paper in traditional characters. Expected
//! values were written by reading the notes.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::CitationKind::*;
use opcit::model::Status::Resolved;
use papers_support::{
    authors, editors, entry, in_note, note_links, only, paper_of_notes, run, run_text, work,
};

/// `「論文」X編『書名 上』(有斐閣, 2001)` and a dedication in place of the
/// editors (`西原道雄先生古稀記念『…上巻』（信山社、2001年）所収、35頁`): a
/// chapter in a book, the whole title of the book, its volume, its
/// publisher in the brackets, and the page after `所収`.
#[test]
fn a_japanese_chapter_in_an_edited_or_dedicated_book() {
    let doc = paper_of_notes(
        "本文である",
        &[
            "山田太郎「契約責任の構造」鈴木一郎編『現代民事法学の理論 上』(有斐閣, 2001) 45頁。",
            "能見善久「信託と物権法定主義」西原道雄先生古稀記念\n『現代民事法学の理論 上巻』（信山社、2001年）所収、35頁も参照。",
            "佐藤花子「行政法の展開」『公法研究』60号（1998年）12頁。",
        ],
    );
    let c = only(&doc, 1);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(f.container_title.as_deref(), Some("現代民事法学の理論"));
    assert_eq!(f.volume.as_deref(), Some("上"));
    assert_eq!(f.publisher.as_deref(), Some("有斐閣"));
    assert_eq!(editors(f), [("鈴木", "一郎")]);
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("45"));

    let c = only(&doc, 2);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(f.title.as_deref(), Some("信託と物権法定主義"));
    assert_eq!(f.container_title.as_deref(), Some("現代民事法学の理論"));
    assert_eq!(f.volume.as_deref(), Some("上"));
    assert_eq!(f.publisher.as_deref(), Some("信山社"));
    assert!(f.editor.is_empty(), "{:?}", f.editor);
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("35"));

    // A journal's brackets hold its year: no chapter.
    let f = only(&doc, 3).fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-journal");
    assert_eq!(f.container_title.as_deref(), Some("公法研究"));
}

/// `『靑丘史草』 第一`: an ordinal alone after a book numbers its volume (no
/// publisher `第一`), and a publisher in brackets after it makes the work
/// in it a chapter, as a publisher after the volume in a list does.
#[test]
fn an_ordinal_alone_after_a_book_is_its_volume() {
    let doc = paper_of_notes(
        "본문이다",
        &[
            "末松保和, 『靑丘史草』 第一, 1965, 88頁.",
            "末松保和, 「朝鮮經筵考」, 『靑丘史草』 第一(笠井出版, 1965), 88頁.",
            "末松保和, 「朝鮮經筵考」, 『靑丘史草』 第一, 笠井出版, 1965.",
            "홍길동, 『민법총칙』, 第一版, 박영사, 2010, 45쪽.",
        ],
    );
    let f = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(f.kind, "book");
    assert_eq!(f.volume.as_deref(), Some("1"));
    assert_eq!(f.publisher, None);
    for n in [2, 3] {
        let f = only(&doc, n).fields.as_deref().unwrap();
        assert_eq!(f.kind, "chapter", "note {n}");
        assert_eq!(f.container_title.as_deref(), Some("靑丘史草"), "note {n}");
        assert_eq!(f.volume.as_deref(), Some("1"), "note {n}");
        assert_eq!(f.publisher.as_deref(), Some("笠井出版"), "note {n}");
    }
    // `第一版` is an edition, no volume.
    let f = only(&doc, 4).fields.as_deref().unwrap();
    assert_eq!(f.volume, None);
}

/// `第3卷(京城: 朝鮮印刷, 1932)`: the imprint in brackets glued to the
/// volume, as CJK writing puts it, is read.
#[test]
fn an_imprint_glued_to_a_cjk_volume_is_read() {
    let doc = paper_of_notes(
        "본문이다",
        &["李丙燾, 『朝鮮史』 第3卷(京城: 朝鮮印刷, 1932), 45쪽."],
    );
    let c = only(&doc, 1);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "book");
    assert_eq!(f.volume.as_deref(), Some("3"));
    assert_eq!(f.publisher.as_deref(), Some("朝鮮印刷"));
    assert_eq!(f.publisher_place.as_deref(), Some("京城"));
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("45"));
}

/// `…；同前注[1]，周友` at a page's foot, then the next page's text, then
/// `军文，第35页。` over that page's notes: the note goes on there, and the
/// back-reference takes its page.
#[test]
fn a_chinese_note_broken_inside_a_name_goes_on_over_the_next_pages_notes() {
    let doc = run_text(
        "过错推定的适用\n\n正文第一页说明。[1]再一句话。[2]\n\n\
         [1] 参见周友军：《我国侵权法上过错推定的适用》，载《法学》2011年第5期，第33页。\n\
         [2] 参见周友军：《侵权法学》，中国人民大学出版社2011年版，第120页；同前注[1]，周友\n\
         · 113 ·\n\u{c}法学研究 2022年第4期\n\n\
         正文第二页的内容在此继续展开论述，法院在适用时应当审查。[3]学者们对此也多有\n论述。[4]\n\n\
         军文，第35页。\n\
         [3] 王泽鉴：《侵权行为》，北京大学出版社2009年版，第3页。\n\
         [4] 同上，第5页。\n· 114 ·\n\u{c}",
    );
    let note = doc.footnotes.iter().find(|f| f.number == 2).unwrap();
    assert!(note.text.ends_with("军文，第35页。"), "{}", note.text);
    let cites = in_note(&doc, 2);
    assert_eq!(cites.len(), 2);
    assert_eq!(cites[1].kind, Supra);
    assert_eq!(
        cites[1].locator.as_ref().map(|l| l.value.as_str()),
        Some("35")
    );
    assert_eq!(cites[1].reference, in_note(&doc, 1)[0].reference);
    // The note after it keeps its own text.
    let c = only(&doc, 3);
    assert_eq!(work(&doc, c).title.as_deref(), Some("侵权行为"));
}

/// A Taiwanese law paper in traditional characters: the page word before
/// its number (`頁45`), back-references to a note by `註` (`同註3`,
/// `前揭註8`, `王澤鑑，前揭註18`), `前引書` and `前引文` after the author, a
/// chapter `收於：《…》`, and a `參考文獻` list under `一、中文`, `二、日文`,
/// `三、英文`.
#[test]
fn a_taiwanese_law_paper_with_notes_by_zhu() {
    let (_, doc) = run("fixtures/xintuo_faxue_zh_tw.txt");
    assert_eq!(doc.footnotes.len(), 24);
    // The sub-headings are no entries and no authors.
    let list: Vec<usize> = doc
        .references
        .iter()
        .filter_map(|r| r.bibliography_index)
        .collect();
    assert_eq!(list.len(), 11);
    assert_eq!(authors(entry(&doc, 1)), [("方", "嘉麟")]);
    assert_eq!(authors(entry(&doc, 8)), [("四宮", "和夫")]);
    let loc = |n: u32, i: usize| {
        in_note(&doc, n)[i]
            .locator
            .as_ref()
            .map(|l| l.value.clone())
    };
    let r = |n: usize| (Resolved, Some(n));
    let link = |n: u32| {
        note_links(&doc, n)
            .into_iter()
            .map(|(k, s, e)| (k, (s, e)))
            .collect::<Vec<_>>()
    };
    assert_eq!(link(1), [(Full, r(3))]);
    assert_eq!(loc(1, 0).as_deref(), Some("45"));
    assert_eq!(link(2), [(Ibid, r(3))]);
    assert_eq!(loc(2, 0).as_deref(), Some("47"));
    assert_eq!(link(5), [(Short, r(1))]);
    assert_eq!(loc(5, 0).as_deref(), Some("90-95"));
    // `同註3`, `前揭註8`, `前揭註6`: what those notes cite.
    assert_eq!(link(7), [(Supra, r(7))]);
    assert_eq!(loc(7, 0).as_deref(), Some("115"));
    assert_eq!(link(12), [(Supra, r(8))]);
    assert_eq!(loc(12, 0).as_deref(), Some("70"));
    assert_eq!(link(13), [(Ibid, r(8))]);
    assert_eq!(link(15), [(Supra, r(2))]);
    assert_eq!(loc(15, 0).as_deref(), Some("12"));
    assert_eq!(link(17), [(Short, r(7)), (Short, r(2))]);
    assert_eq!(loc(17, 1).as_deref(), Some("15"));
    // `王澤鑑，前揭註18`: of the author's two books, the one of note 18.
    assert_eq!(link(24), [(Supra, r(4))]);
    assert_eq!(loc(24, 0).as_deref(), Some("205"));

    let f = only(&doc, 6).fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-journal");
    assert_eq!(f.container_title.as_deref(), Some("臺大法學論叢"));
    assert_eq!(f.volume.as_deref(), Some("45"));
    assert_eq!(f.issue.as_deref(), Some("2"));
    assert_eq!(f.page.as_deref(), Some("1-50"));

    // `〈信託登記之研究〉，收於：《信託法原理與實務》`: a chapter of the book
    // the list names.
    let c = only(&doc, 22);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(f.container_title.as_deref(), Some("信託法原理與實務"));
    assert_eq!(f.publisher.as_deref(), Some("三民書局"));
    assert_eq!(link(22), [(Full, r(5))]);
    assert_eq!(work(&doc, c).title.as_deref(), Some("信託法原理與實務"));
}

/// `『韓國史硏究』 6, 1980, 120쪽`: one page after the year is the page the
/// note cites; a range there is the article's pages.
#[test]
fn one_page_after_a_korean_journals_year_is_the_pinpoint() {
    let doc = paper_of_notes(
        "본문이다",
        &[
            "김철수, 「고려 토지제도」, 『韓國史硏究』 6, 1980, 120쪽.",
            "김철수, 「고려 토지제도」, 『韓國史硏究』 6, 1980, 101-130쪽.",
        ],
    );
    let c = only(&doc, 1);
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("120"));
    assert_eq!(c.fields.as_deref().unwrap().page, None);
    let c = only(&doc, 2);
    assert_eq!(c.locator, None);
    assert_eq!(
        c.fields.as_deref().unwrap().page.as_deref(),
        Some("101-130")
    );
}
