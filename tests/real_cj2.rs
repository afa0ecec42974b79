//! Japanese and Chinese papers as PDF-to-text gives them, second set: a
//! Japanese author-date sociology paper, a Chinese history paper citing
//! classics and modern works in per-page notes; back-references followed
//! by a comment, Japanese names written without a space, short notes by
//! author and title. Expected values were written by reading the papers.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{authors, entries, entry, findings, note_entries, run, run_text};
use CitationKind::{AuthorDate, Full, Ibid, Short};
use Status::Resolved;

/// Every in-text citation of the Japanese author-date paper, in order, with
/// the entry it stands for: one-character family names (`林（2012）`), a
/// Latin signal before Japanese names (`cf. 山田 2005a: 88`), years broken
/// onto the next line (`佐藤・鈴木` / `（2010）`), year letters, `ほか`.
#[test]
fn a_japanese_author_date_paper_links_every_citation() {
    let (source, doc) = run("fixtures/shakai_kankei_ja.txt");
    assert!(doc.footnotes.is_empty());
    let linked: Vec<Option<usize>> = entries(&doc).iter().map(|e| e.3).collect();
    assert_eq!(
        linked,
        [11, 5, 1, 5, 9, 3, 8, 3, 2, 6, 4, 4, 11, 1, 3, 7, 10, 4, 5, 1]
            .map(Some)
            .to_vec()
    );
    assert!(entries(&doc)
        .iter()
        .all(|e| e.1 == AuthorDate && e.2 == Resolved));
    assert!(findings(&source, &doc).is_empty());
    let pages: Vec<(&str, &str)> = doc
        .citations
        .iter()
        .filter_map(|c| Some((c.text.as_str(), c.locator.as_ref()?.value.as_str())))
        .collect();
    assert!(pages.contains(&("林, 2012", "77")));
    assert!(pages.contains(&("山田, 2005a", "88")));
    assert!(pages.contains(&("稲葉, 2011", "15")));
}

/// The list's entries: the year in full-width brackets after the names,
/// `林拓也` cut where the text cites `林`, publishers broken at the line's
/// width joined without a space.
#[test]
fn a_japanese_author_date_list_is_read() {
    let (_, doc) = run("fixtures/shakai_kankei_ja.txt");
    assert_eq!(authors(entry(&doc, 4)), [("林", "拓也")]);
    assert_eq!(
        authors(entry(&doc, 3)),
        [("佐藤", "花子"), ("鈴木", "一郎")]
    );
    assert_eq!(authors(entry(&doc, 5)), [("山田", "太郎")]);
    assert_eq!(
        opcit::syntax::reference::year_of(entry(&doc, 5)),
        Some(2005)
    );
    assert_eq!(entry(&doc, 5).title.as_deref(), Some("社会関係資本論"));
    assert_eq!(entry(&doc, 1).publisher.as_deref(), Some("中央公論新社"));
    assert_eq!(entry(&doc, 7).publisher.as_deref(), Some("中核市研究会"));
}

/// The Chinese history paper's notes, numbered per page: classics in modern
/// editions, a chronicle's entry by its date, `同上书`, `同上`, `前引书`,
/// `参见`, `转引自`, and the original named after `原文见`.
#[test]
fn a_chinese_history_paper_with_classics_links_its_notes() {
    let (source, doc) = run("fixtures/shixue_jiaozhu_zh.txt");
    let got: Vec<(u32, CitationKind, Option<usize>)> =
        note_entries(&doc).iter().map(|e| (e.0, e.1, e.3)).collect();
    assert_eq!(
        got,
        [
            (1, Full, Some(1)),
            (2, Full, Some(2)),
            (3, Full, Some(3)),
            (4, Full, Some(5)),
            (5, Full, Some(6)),
            (1, Full, Some(3)),
            (2, Ibid, Some(3)),
            (3, Full, Some(4)),
            (4, Short, Some(6)),
            (4, Full, None),
            (1, Full, Some(7)),
            (2, Ibid, Some(7)),
            (3, Full, Some(8)),
            (4, Short, Some(5)),
            (1, Short, Some(8)),
            (2, Short, Some(7)),
        ]
    );
    assert!(doc.citations.iter().all(|c| c.status == Some(Resolved)));
    // The original quoted through another work (`原文见`) is cited
    // indirectly: nothing is missing from the list.
    let codes: Vec<Code> = findings(&source, &doc)
        .iter()
        .map(|f| f.0)
        .filter(|&c| c != Code::UnparsedReference)
        .collect();
    assert!(codes.is_empty());
    let signals: Vec<Option<&str>> = doc.citations.iter().map(|c| c.signal.as_deref()).collect();
    assert_eq!(signals[1], Some("参见"));
    assert_eq!(signals[8], Some("转引自"));
    assert_eq!(signals[9], Some("原文见"));
}

/// `《史记》卷六《秦始皇本纪》，中华书局1959年版`: the book (juan) is the
/// volume, the chapter no part of the publisher; a chronicle's entry date
/// (`洪武三年十一月辛亥条`) is no imprint year, and the citation runs to its
/// page; `卷二四` is book 24; `正德《明会典》` is the Zhengde edition.
#[test]
fn classics_in_modern_editions_keep_book_publisher_and_year() {
    let (_, doc) = run("fixtures/shixue_jiaozhu_zh.txt");
    let f = |i: usize| doc.citations[i].fields.as_deref().unwrap();
    assert_eq!(f(0).volume.as_deref(), Some("6"));
    assert_eq!(f(0).publisher.as_deref(), Some("中华书局"));
    assert_eq!(f(1).volume.as_deref(), Some("24"));
    assert_eq!(f(2).volume.as_deref(), Some("58"));
    assert_eq!(opcit::syntax::reference::year_of(f(2)), Some(1962));
    assert_eq!(
        f(2).publisher.as_deref(),
        Some("台北“中研院”历史语言研究所")
    );
    assert_eq!(
        doc.citations[2].locator.as_ref().map(|l| l.value.as_str()),
        Some("1143")
    );
    // A classic cited by its book and the date of an entry, at a page.
    assert_eq!(
        doc.citations[5].locator.as_ref().map(|l| l.value.as_str()),
        Some("47")
    );
    assert!(f(9).author.is_empty());
    assert_eq!(f(9).title.as_deref(), Some("明会典"));
    assert_eq!(f(9).edition.as_deref(), Some("正德"));
    assert_eq!(
        entry(&doc, 8).publisher.as_deref(),
        Some("生活·读书·新知三联书店")
    );
}

/// `同上、70頁。なお、能見善久「…」…35頁も参照。`: the back-reference and
/// its page, then another work cited in full after `なお`, which is no name.
#[test]
fn ibid_then_a_comment_citing_another_work_is_two_citations() {
    let (_, doc) = run("fixtures/kiyo_notes_ja.txt");
    let eight: Vec<_> = doc
        .citations
        .iter()
        .filter(|c| c.footnote == Some(8))
        .collect();
    assert_eq!(eight.len(), 2);
    assert_eq!(eight[0].kind, Ibid);
    assert_eq!(eight[0].text, "同上、70頁。");
    assert_eq!(
        eight[0].locator.as_ref().map(|l| l.value.as_str()),
        Some("70")
    );
    assert_eq!(eight[1].kind, Full);
    assert_eq!(
        authors(eight[1].fields.as_deref().unwrap()),
        [("能見", "善久")]
    );
    // The ibid is the work of note 7.
    let seven = doc
        .citations
        .iter()
        .find(|c| c.footnote == Some(7))
        .unwrap();
    assert_eq!(eight[0].reference, seven.reference);
}

/// A comment after `なお` that cites nothing stays part of the ibid.
#[test]
fn ibid_then_a_plain_comment_is_one_citation() {
    let doc = run_text(
        "題\n\n本文(1)。続き(2)。\n\n注\n(1) 四宮和夫『信託法〔新版〕』（有斐閣、1989年）65頁。\n\
         (2) 同上、70頁。なお、この点については後述する。\n",
    );
    let kinds: Vec<CitationKind> = doc.citations.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [Full, Ibid]);
}

/// `道垣内弘人` and `梅謙次郎` are cut by length (`道垣` / `内弘人`, `梅謙` /
/// `次郎`) unless the paper writes the family name alone: its short forms
/// (`道垣内・前掲書`, `梅・前掲注(3)`) say where the family name ends, and
/// the one-character `梅` then finds its work.
#[test]
fn japanese_names_are_cut_where_the_paper_writes_the_family_name_alone() {
    let doc = run_text(
        "題\n\n本文(1)。続き(2)。さらに(3)。(4)\n\n注\n\
         (1) 道垣内弘人『担保物権法〔第4版〕』（有斐閣、2017年）65頁。\n\
         (2) 梅謙次郎『民法要義 巻之三』（有斐閣、1897年）12頁。\n\
         (3) 道垣内・前掲書、70頁。\n\
         (4) 梅・前掲注(2)15頁。\n",
    );
    let people: Vec<Vec<(&str, &str)>> = doc
        .citations
        .iter()
        .filter_map(|c| c.fields.as_deref())
        .map(authors)
        .collect();
    assert_eq!(people, [[("道垣内", "弘人")], [("梅", "謙次郎")]]);
    assert!(doc.citations.iter().all(|c| c.status == Some(Resolved)));
    assert_eq!(doc.citations[3].reference, doc.citations[1].reference);
    // Without such evidence the length rule stands, but for a third
    // character that ends family names of three (the grammars'
    // `family_final`: `内` of 道垣内, 山内, 大河内) in a name of five.
    let doc =
        run_text("題\n\n本文(1)。\n\n注\n(1) 道垣内弘人『担保物権法』（有斐閣、2017年）65頁。\n");
    let f = doc.citations[0].fields.as_deref().unwrap();
    assert_eq!(authors(f), [("道垣内", "弘人")]);
    let doc =
        run_text("題\n\n本文(1)。\n\n注\n(1) 我妻栄一郎『担保物権法』（有斐閣、2017年）65頁。\n");
    let f = doc.citations[0].fields.as_deref().unwrap();
    assert_eq!(authors(f), [("我妻", "栄一郎")]);
}

/// A Chinese paper does not cut its names by its short forms: there a
/// short form names the whole person.
#[test]
fn chinese_names_are_not_cut_by_short_forms() {
    let doc = run_text(
        "标题\n\n正文。①又。②\n\n① 王春光：《社会流动》，社会科学文献出版社2001年版，第3页。\n\
         ② 王春：前引书，第5页。\n",
    );
    let f = doc.citations[0].fields.as_deref().unwrap();
    assert_eq!(authors(f), [("王", "春光")]);
}

/// `罗尔斯：《正义论》，第12页。` with no earlier full note, where the
/// 参考文献 lists `[美]约翰·罗尔斯：《正义论》…`: a short note by family name
/// and title links to that entry and is no dangling short form; `同上书`
/// after it is the same work. A back-reference word with nothing before it
/// still dangles.
#[test]
fn a_short_note_by_family_name_and_title_links_to_the_list() {
    let text = "标题\n\n正文。①又。②再。③\n\n① 罗尔斯：《正义论》，第12页。\n② 同上书，第13页。\n\
                ③ 何怀宏：前引书，第5页。\n\n参考文献\n\
                [1] [美]约翰·罗尔斯：《正义论》，何怀宏等译，中国社会科学出版社1988年版。\n\
                [2] 何怀宏：《公平的正义》，山东人民出版社2002年版。\n";
    let doc = run_text(text);
    let got: Vec<(CitationKind, Status, Option<usize>)> =
        note_entries(&doc).iter().map(|e| (e.1, e.2, e.3)).collect();
    assert_eq!(
        got,
        [
            (Short, Resolved, Some(1)),
            (Ibid, Resolved, Some(1)),
            (Short, Status::Dangling, Some(2)),
        ]
    );
    assert_eq!(
        doc.citations[0]
            .short
            .as_deref()
            .and_then(|s| s.author.as_deref()),
        Some("罗尔斯")
    );
}

/// `王春光` / `（2001）则强调…` and `林` / `（2012）の知見`: years in brackets
/// that a line break leaves at a line's start are no notes, wherever they
/// stand in a paper without note markers.
#[test]
fn bracketed_years_at_line_starts_are_no_notes() {
    let doc = run_text(
        "題\n\n本文である。これは林\n（2012）の知見と整合的である。また佐藤\n（2013）も同じ。\n\n\
         参考文献\n\n林拓也（2012）「町内会加入の規定要因」『都市社会学年報』30: 71-86。\n\
         佐藤花子（2013）『地域社会』有斐閣。\n",
    );
    assert!(doc.footnotes.is_empty());
    let linked: Vec<Option<usize>> = entries(&doc).iter().map(|e| e.3).collect();
    assert_eq!(linked, [Some(1), Some(2)]);
}
