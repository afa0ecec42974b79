//! Japanese and Chinese papers as PDF-to-text gives them: a law journal
//! article with its notes at the end, a social-science paper with circled
//! notes restarting on each page, an author-date paper; translated foreign
//! names and reign-era years. Expected values were written by reading the
//! fixtures.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, CslItem, Status};
use opcit::syntax::name::display_name;
use papers_support::{authors, entries, entry, findings, note_entries, run, run_text};
use CitationKind::{AuthorDate, Full, Ibid, Short, Supra};
use Status::Resolved;

/// Each author of `item` as displayed.
fn shown(item: &CslItem) -> Vec<String> {
    item.author.iter().map(display_name).collect()
}

/// The fields of the work note `n`'s first citation stands for.
fn work_of_note(doc: &opcit::model::Document, n: u32) -> &CslItem {
    let c = doc
        .citations
        .iter()
        .find(|c| c.footnote == Some(n))
        .unwrap();
    &doc.reference(c.reference.as_deref().unwrap())
        .unwrap()
        .fields
}

/// `[德]卡尔·拉伦茨`, `约翰·罗尔斯`: a translated foreign author keeps the
/// written order, given name, dot, family name; a bare `罗尔斯` is all
/// family name, and one person with `约翰·罗尔斯`.
#[test]
fn translated_foreign_names_in_han_keep_their_written_order() {
    let doc = run_text(
        "标题\n\n正文。①再引。②又。③还有。④\n\n\
         ① [德]卡尔·拉伦茨：《法学方法论》，陈爱娥译，商务印书馆2003年版，第12页。\n\
         ② [美]约翰·罗尔斯：《正义论》，何怀宏等译，中国社会科学出版社1988年版，第3页。\n\
         ③ 罗尔斯：《政治自由主义》，万俊人译，译林出版社2000年版，第5页。\n\
         ④ 卡尔·施米特、汉娜·阿伦特：《政治的概念》，刘宗坤等译，上海人民出版社2004年版，第7页。\n",
    );
    assert_eq!(authors(work_of_note(&doc, 1)), [("拉伦茨", "卡尔")]);
    assert_eq!(shown(work_of_note(&doc, 1)), ["卡尔·拉伦茨"]);
    assert_eq!(authors(work_of_note(&doc, 2)), [("罗尔斯", "约翰")]);
    assert_eq!(shown(work_of_note(&doc, 2)), ["约翰·罗尔斯"]);
    assert_eq!(authors(work_of_note(&doc, 3)), [("罗尔斯", "")]);
    assert_eq!(shown(work_of_note(&doc, 3)), ["罗尔斯"]);
    assert_eq!(
        opcit::syntax::name::name_key(&work_of_note(&doc, 2).author[0]),
        opcit::syntax::name::name_key(&work_of_note(&doc, 3).author[0])
    );
    // Without a nationality, two foreign co-authors joined by `、`.
    assert_eq!(
        authors(work_of_note(&doc, 4)),
        [("施米特", "卡尔"), ("阿伦特", "汉娜")]
    );
    // Chinese names keep their split, and Korean co-authors joined by `·` stay two.
    let korean =
        run_text("제목\n\n본문.1)\n\n1) 김철수·이영희, 『한국법사』, 서울: 박영사, 2001, 12쪽.\n");
    assert_eq!(
        authors(work_of_note(&korean, 1)),
        [("김", "철수"), ("이", "영희")]
    );
}

/// Reign-era years written without a space, in Chinese numerals: a
/// Japanese book of the Meiji era is dated; a chronicle cited by a reign
/// and its year has no publisher and no issue date.
#[test]
fn reign_era_years_without_a_space_are_years() {
    let doc = run_text(
        "近代法\n\n本文である（1）。さらに（2）。また（3）。\n\n注\n\n\
         （1）穂積陳重『法典論』（哲学書院、明治二十三年）45頁。\n\
         （2）『朝鮮王朝實錄』太祖元年7月.\n\
         （3）『大清德宗景皇帝實錄』光緒三十年三月.\n",
    );
    let year = |n| {
        work_of_note(&doc, n)
            .issued
            .as_ref()
            .map(|d| d.date_parts.clone())
    };
    let n1 = work_of_note(&doc, 1);
    assert_eq!(n1.publisher.as_deref(), Some("哲学書院"));
    assert_eq!(year(1), Some(vec![vec![1890]]));
    for n in [2, 3] {
        let w = work_of_note(&doc, n);
        assert_eq!(w.kind, "classic", "note {n}");
        assert_eq!(w.publisher, None, "note {n}");
        assert_eq!(year(n), None, "note {n}");
    }
}

/// A Japanese law journal article, notes at the end: `前掲注（3）`,
/// `前掲書`, `同上`, `同書`, `同・前掲論文` (the article, not the later
/// book by the same author), `同前`, `上掲書`, Western works with `Ibid.`
/// and `op. cit.`, running heads and page numbers between the notes.
#[test]
fn japanese_article_with_endnotes() {
    let (source, doc) = run("fixtures/kiyo_notes_ja.txt");
    let kinds: Vec<(u32, CitationKind, Status)> =
        note_entries(&doc).iter().map(|e| (e.0, e.1, e.2)).collect();
    assert_eq!(doc.footnotes.len(), 16);
    let refs: Vec<(u32, String)> = doc
        .citations
        .iter()
        .map(|c| {
            let f = &doc
                .reference(c.reference.as_deref().unwrap())
                .unwrap()
                .fields;
            (c.footnote.unwrap(), f.title.clone().unwrap_or_default())
        })
        .collect();
    let title = |n: u32| -> Vec<&str> {
        refs.iter()
            .filter(|r| r.0 == n)
            .map(|r| r.1.as_str())
            .collect()
    };
    assert_eq!(title(1), ["法典論"]);
    assert_eq!(
        title(3),
        ["フィデュシャリー［信認］の時代", "信託法理と私法体系"]
    );
    assert_eq!(title(5), ["Equity: A Course of Lectures"]);
    assert_eq!(title(6), ["フィデュシャリー［信認］の時代"]);
    assert_eq!(title(9), ["信託法"]);
    assert_eq!(title(11), ["信託法案参考資料"]);
    assert_eq!(title(13), ["信託法理の沿革"]);
    assert_eq!(title(14), ["Equity: A Course of Lectures"]);
    assert_eq!(title(15), ["Equity: A Course of Lectures"]);
    assert_eq!(title(16), ["信託法理と私法体系"]);
    assert!(kinds.iter().all(|k| k.2 == Resolved), "{kinds:?}");
    assert_eq!(kinds[5], (5, Ibid, Resolved));
    // 明治二十三年 is 1890.
    let n1 = work_of_note(&doc, 1);
    assert_eq!(n1.issued.as_ref().unwrap().date_parts, vec![vec![1890]]);
    assert_eq!(authors(n1), [("穂積", "陳重")]);
    // `司法省民事局編`: the bureau edited the papers.
    let n10 = work_of_note(&doc, 10);
    assert!(n10.author.is_empty());
    assert_eq!(n10.editor[0].literal.as_deref(), Some("司法省民事局"));
    assert!(findings(&source, &doc).is_empty());
}

/// A Chinese social-science paper with circled notes restarting on each
/// page: `参见`, `转引自`, `同注③`, `出处同上`, `同上书`, `前引` glued to an
/// author and title; a 参考文献 list with English works.
#[test]
fn chinese_paper_with_per_page_circled_notes() {
    let (source, doc) = run("fixtures/shehui_yezhu_zh.txt");
    let got: Vec<(CitationKind, Status, Option<usize>)> =
        entries(&doc).iter().map(|e| (e.1, e.2, e.3)).collect();
    assert_eq!(
        got,
        vec![
            (Full, Resolved, Some(1)),
            (Full, Resolved, Some(2)),
            (Full, Resolved, Some(3)),
            (Full, Resolved, Some(4)),
            // 转引自 王铭铭 …: the work quoted through.
            (Short, Resolved, Some(2)),
            (Full, Resolved, Some(5)),
            // 同注③: the third note of the same page, Tsai.
            (Supra, Resolved, Some(5)),
            // 出处同上, 同上书: Tsai again.
            (Ibid, Resolved, Some(5)),
            (Ibid, Resolved, Some(5)),
            // 前引杜赞奇：《…》
            (Short, Resolved, Some(3)),
            (Short, Resolved, Some(1)),
        ]
    );
    assert_eq!(authors(entry(&doc, 3)), [("杜赞奇", "")]);
    assert_eq!(authors(entry(&doc, 4)), [("Freedman", "Maurice")]);
    assert!(findings(&source, &doc).is_empty());
}

/// A Chinese author-date paper: `（王春光，2001：67）`, several in one
/// bracket parted by `；`, an English pair, and `杨菊华（2015：62）`.
#[test]
fn chinese_author_date_paper() {
    let (_, doc) = run("fixtures/zuozhe_niandai_zh2.txt");
    let linked: Vec<(CitationKind, Option<usize>)> = entries(&doc)
        .iter()
        .filter(|e| e.1 == AuthorDate)
        .map(|e| (e.1, e.3))
        .collect();
    assert_eq!(
        linked[..6],
        [
            (AuthorDate, Some(3)),
            (AuthorDate, Some(2)),
            (AuthorDate, Some(1)),
            (AuthorDate, Some(4)),
            (AuthorDate, Some(7)),
            (AuthorDate, Some(4)),
        ]
    );
    assert_eq!(authors(entry(&doc, 1)), [("蔡", "昉")]);
    assert_eq!(
        authors(entry(&doc, 7)),
        [("Alba", "Richard"), ("Nee", "Victor")]
    );
}

/// `王春光\n（2001）则强调…`: a year in brackets that a line break leaves at
/// the start of a line is a narrative citation, not a note label.
#[test]
fn a_bracketed_year_at_a_line_start_is_no_note() {
    let (source, doc) = run("fixtures/zuozhe_niandai_zh2.txt");
    assert!(doc.footnotes.is_empty());
    assert!(findings(&source, &doc)
        .iter()
        .all(|f| f.0 != opcit::diagnostic::Code::MissingFromBibliography));
}
