//! Japanese and Chinese papers as PDF-to-text gives them, third set: a
//! Japanese legal history paper with endnotes after its last page (a page
//! break and running head inside them, era years, 旧字体 titles, `前掲注(2)
//! 書`, `前掲・大島論文`, `同上`, `同書`, `同前`, `拙稿`, short forms listed
//! with `、`), and a Chinese social-science paper with per-page notes
//! (markers after commas, `同上`, `前引书`, `参见`, `转引自` and `原文见`,
//! English works in notes and list). Expected values were written by
//! reading the papers.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, findings, note_entries, run, run_text};
use CitationKind::{Full, Ibid, Short, Supra};

/// (footnote, kind, entry) of every citation in notes.
fn linked(doc: &opcit::model::Document) -> Vec<(u32, CitationKind, Option<usize>)> {
    note_entries(doc).iter().map(|e| (e.0, e.1, e.3)).collect()
}

/// The pinpoint of citation `i`.
fn pin(doc: &opcit::model::Document, i: usize) -> Option<&str> {
    doc.citations[i].locator.as_ref().map(|l| l.value.as_str())
}

/// Every note of the Japanese legal history paper links to the entry it
/// stands for; the endnotes go on after a page number and a running head.
#[test]
fn a_japanese_history_paper_with_endnotes_links_every_note() {
    let (source, doc) = run("fixtures/hoseishi_chochoson_ja.txt");
    assert_eq!(doc.footnotes.len(), 13);
    assert_eq!(
        linked(&doc),
        [
            (1, Full, Some(1)),
            (2, Full, Some(3)),
            (2, Full, Some(8)),
            (3, Full, Some(2)),
            (4, Ibid, Some(2)),
            (5, Full, Some(5)),
            (6, Ibid, Some(5)),
            (7, Supra, Some(3)),
            (8, Full, Some(6)),
            (9, Short, Some(2)),
            (10, Ibid, Some(2)),
            (11, Full, Some(4)),
            (12, Supra, Some(1)),
            (12, Supra, Some(8)),
            (13, Full, Some(7)),
        ]
    );
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
    assert!(findings(&source, &doc).is_empty());
    let pins: Vec<Option<&str>> = (0..doc.citations.len()).map(|i| pin(&doc, i)).collect();
    assert_eq!(
        pins,
        [
            Some("3"),
            Some("45"),
            Some("12"),
            Some("201"),
            Some("205"),
            Some("1023"),
            Some("1030"),
            Some("60"),
            Some("88"),
            Some("210"),
            // `同前`: the same work at the same page.
            Some("210"),
            Some("33"),
            Some("40"),
            Some("50"),
            Some("112"),
        ]
    );
    // `45頁以` / `下、山中永之佑『…』`: the pages that follow are the first
    // citation's; the second starts at the name.
    assert!(doc.citations[1].text.ends_with('下'));
    assert!(doc.citations[2].text.starts_with("山中永之佑"));
}

/// The list's entries: era years of the notes are the list's years,
/// journal numbers after the journal's name, 旧字体 titles as written.
#[test]
fn a_japanese_history_list_is_read() {
    let (_, doc) = run("fixtures/hoseishi_chochoson_ja.txt");
    let e = entry(&doc, 2);
    assert_eq!(e.container_title.as_deref(), Some("法學協會雜誌"));
    assert_eq!(
        (e.volume.as_deref(), e.issue.as_deref(), e.page.as_deref()),
        (Some("87"), Some("2"), Some("201-240"))
    );
    assert_eq!(opcit::syntax::reference::year_of(e), Some(1970));
    assert_eq!(entry(&doc, 5).title.as_deref(), Some("公爵山縣有朋傳 中卷"));
    // The note's era year is the list's.
    let three = doc.citations[3].fields.as_deref().unwrap();
    assert_eq!(opcit::syntax::reference::year_of(three), Some(1970));
}

/// `前掲・大島論文、210頁`: the word first, then the author and the kind of
/// work; `同前` after it is that work again.
#[test]
fn op_cit_then_the_authors_name_and_the_kind_of_work() {
    let doc = run_text(
        "題\n\n本文(1)。続き(2)。さらに(3)。(4)\n\n注\n\
         (1) 大島美津子「明治前期地方制度の展開」『法學協會雜誌』87巻2号（昭和45年）201頁。\n\
         (2) 亀卦川浩『明治地方自治制度の成立過程』（東京市政調査会、昭和30年）45頁。\n\
         (3) 前掲・大島論文、210頁。\n\
         (4) 同前。\n",
    );
    let c = &doc.citations[2];
    assert_eq!(c.kind, Short);
    assert_eq!(
        c.short.as_deref().and_then(|s| s.author.as_deref()),
        Some("大島")
    );
    assert_eq!(c.reference, doc.citations[0].reference);
    assert_eq!(doc.citations[3].reference, doc.citations[0].reference);
}

/// `大石・前掲注(1)書40頁、山中・前掲注(2)書50頁参照`: two short forms
/// listed with `、`, each after its page.
#[test]
fn short_forms_listed_with_an_ideographic_comma_are_two() {
    let doc = run_text(
        "題\n\n本文(1)。続き(2)。さらに(3)。\n\n注\n\
         (1) 大石嘉一郎『近代日本の地方自治』（東京大学出版会、1990年）3頁。\n\
         (2) 山中永之佑『日本近代国家の形成と村規約』（木鐸社、1975年）12頁。\n\
         (3) 大石・前掲注(1)書40頁、山中・前掲注(2)書50頁参照。\n",
    );
    let three: Vec<_> = doc
        .citations
        .iter()
        .filter(|c| c.footnote == Some(3))
        .collect();
    assert_eq!(three.len(), 2);
    assert_eq!(three[0].reference, doc.citations[0].reference);
    assert_eq!(three[1].reference, doc.citations[1].reference);
    assert_eq!(
        three[1].locator.as_ref().map(|l| l.value.as_str()),
        Some("50")
    );
    // A list of pages is no list of citations.
    let doc = run_text(
        "題\n\n本文(1)。\n\n注\n(1) 大石嘉一郎『近代日本の地方自治』（東京大学出版会、1990年）3頁、40頁。\n",
    );
    assert_eq!(doc.citations.len(), 1);
}

/// The Chinese paper's notes, numbered per page: markers after commas,
/// `同上`, `Ibid.` then `See also` and a second work, `前引书`, `转引自`
/// and the original after `原文见`, English works against the list.
#[test]
fn a_chinese_social_science_paper_links_its_notes() {
    let (source, doc) = run("fixtures/shehui_ziben_cssci_zh.txt");
    assert_eq!(doc.footnotes.len(), 12);
    assert_eq!(
        linked(&doc),
        [
            (1, Full, Some(6)),
            (2, Full, Some(3)),
            (3, Full, Some(1)),
            (4, Ibid, Some(1)),
            (1, Full, Some(7)),
            (2, Ibid, Some(7)),
            (2, Full, Some(8)),
            (3, Full, Some(2)),
            (4, Short, Some(2)),
            (4, Full, None),
            (1, Full, Some(5)),
            (2, Short, Some(1)),
            (3, Ibid, Some(1)),
            (4, Full, Some(4)),
        ]
    );
    // The original quoted through 贺雪峰's book is no finding.
    assert!(doc.citations[9].indirect);
    assert_eq!(doc.citations[9].signal.as_deref(), Some("原文见"));
    assert_eq!(doc.citations[8].signal.as_deref(), Some("转引自"));
    assert_eq!(doc.citations[6].signal.as_deref(), Some("See also"));
    let codes: Vec<Code> = findings(&source, &doc).iter().map(|f| f.0).collect();
    assert!(codes.is_empty(), "{codes:?}");
    assert_eq!(pin(&doc, 4), Some("23"));
    assert_eq!(pin(&doc, 5), Some("27"));
    assert_eq!(pin(&doc, 12), Some("9"));
}

/// `Putnam, Robert D. 2000, Bowling Alone: … . New York: Simon &
/// Schuster.`: the year after the inverted name and before a comma.
#[test]
fn western_works_in_a_chinese_list_are_read() {
    let (_, doc) = run("fixtures/shehui_ziben_cssci_zh.txt");
    let e = entry(&doc, 7);
    assert_eq!(authors(e), [("Putnam", "Robert D.")]);
    assert_eq!(opcit::syntax::reference::year_of(e), Some(2000));
    assert_eq!(
        e.title.as_deref(),
        Some("Bowling Alone: The Collapse and Revival of American Community")
    );
    assert_eq!(e.publisher.as_deref(), Some("Simon & Schuster"));
    assert_eq!(e.publisher_place.as_deref(), Some("New York"));
    assert_eq!(entry(&doc, 8).kind, "book");
}

/// `……的关系，① 而……`, `关系，②而`: after a comma a circled number marks
/// a note; a list's items after a colon or comma do not.
#[test]
fn circled_markers_after_commas_mark_notes() {
    let doc = run_text(
        "标题\n\n学界对社会资本与基层治理之间的关系，① 做了大量研究。王春光讨论了社会网络的关系，②而\
         李培林则关注村落的终结。③可以从三个方面着手：①培育组织，②重建空间，③完善规则。\n\n\
         ① 王春光：《社会流动与社会重构》，浙江人民出版社1995年版，第12页。\n\
         ② 李培林：《村落的终结》，商务印书馆2004年版，第5页。\n\
         ③ 同上，第8页。\n",
    );
    assert_eq!(doc.footnotes.len(), 3);
    assert!(doc.footnotes.iter().all(|f| f.markers.len() == 1));
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
    assert_eq!(doc.citations[2].reference, doc.citations[1].reference);
}

/// `Ibid., 14. See also Jane Roe, …`, `同上，第14页。See also …`,
/// `Ibid., p. 14. 参见…`, `Ibid., 14. Jane Roe, …`: a back-reference, then
/// a second work cited in full.
#[test]
fn ibid_then_another_work_in_full_is_two_citations() {
    for second in [
        "Ibid., 14. See also Jane Roe, Another Book (New York: X, 2001), 5.",
        "同上，第14页。See also Jane Roe, Another Book (New York: X, 2001), 5.",
        "Ibid., 14. Jane Roe, Another Book (New York: X, 2001), 5.",
        "Ibid., 14. Also see Jane Roe, Another Book (New York: X, 2001), 5.",
        "Ibid., p. 14. 参见王春光：《社会流动》，浙江人民出版社1995年版，第3页。",
        "Ibid. 参见王春光：《社会流动》，浙江人民出版社1995年版，第3页。",
    ] {
        let doc = run_text(&format!(
            "标题\n\n正文。①又。②\n\n① John Smith, A Book (London: Y, 1999), 12.\n② {second}\n"
        ));
        let kinds: Vec<CitationKind> = doc.citations.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [Full, Ibid, Full], "{second}");
        assert_eq!(doc.citations[1].reference, doc.citations[0].reference);
        assert_ne!(doc.citations[2].reference, doc.citations[0].reference);
    }
    // A remark after the ibid is no citation.
    let doc = run_text(
        "标题\n\n正文。①又。②\n\n① John Smith, A Book (London: Y, 1999), 12.\n② Ibid., 14. Emphasis added.\n",
    );
    assert_eq!(doc.citations.len(), 2);
}

/// Japanese author-date lists: journal numbers broken over a line
/// (`61` / `(2): 123-140。`), volume and pages after a colon, a chapter's
/// pages after its publisher, English works without a period after the
/// year, and a journal article's pages with a supplement's letter.
#[test]
fn a_japanese_author_date_list_keeps_journal_numbers_and_imprints() {
    let (_, doc) = run("fixtures/shakai_kankei_ja.txt");
    let e = entry(&doc, 3);
    assert_eq!(
        (e.volume.as_deref(), e.issue.as_deref(), e.page.as_deref()),
        (Some("61"), Some("2"), Some("123-140"))
    );
    assert_eq!(entry(&doc, 4).page.as_deref(), Some("71-86"));
    assert_eq!(entry(&doc, 2).publisher.as_deref(), Some("ミネルヴァ書房"));
    assert_eq!(entry(&doc, 2).page.as_deref(), Some("19-29"));
    let coleman = entry(&doc, 8);
    assert_eq!(coleman.kind, "article-journal");
    assert_eq!(
        coleman.container_title.as_deref(),
        Some("American Journal of Sociology")
    );
    assert_eq!(coleman.volume.as_deref(), Some("94"));
    assert_eq!(coleman.page.as_deref(), Some("S95-S120"));
    let putnam = entry(&doc, 11);
    assert_eq!(putnam.kind, "book");
    assert_eq!(
        putnam.title.as_deref(),
        Some("Bowling Alone: The Collapse and Revival of American Community")
    );
    assert_eq!(putnam.publisher.as_deref(), Some("Simon & Schuster"));
    assert_eq!(putnam.publisher_place.as_deref(), Some("New York"));
    assert_eq!(
        entry(&doc, 9).publisher.as_deref(),
        Some("Cambridge University Press")
    );
    assert_eq!(entry(&doc, 10).publisher.as_deref(), Some("Sage"));
    assert_eq!(
        entry(&doc, 10).title.as_deref(),
        Some("Regression Models for Categorical and Limited Dependent Variables")
    );
}

/// `转引自韦庆远：《…》，第36页。原文见正德《明会典》…`: the original of the
/// passage is cited through the book, as after `转引自`, and is no missing
/// work.
#[test]
fn the_original_after_yuanwen_jian_is_cited_indirectly() {
    let (source, doc) = run("fixtures/shixue_jiaozhu_zh.txt");
    let original = doc
        .citations
        .iter()
        .find(|c| c.signal.as_deref() == Some("原文见"))
        .unwrap();
    assert!(original.indirect);
    assert!(!findings(&source, &doc)
        .iter()
        .any(|f| f.0 == Code::MissingFromBibliography));
}
