//! Chinese papers citing by GB/T 7714-2015: a numeric paper converted
//! from PDF (`[1]`, `[2-4]`, `[1,3,7]`, `[12，13]`, `［6］`, `^[8]`, numbered
//! section headings `3 结果与讨论`, a list of entries of every type marker),
//! and a paper citing by author and year (`（王明，2019：45；李华 等，2018a）`)
//! whose list gives the year after the names (`李华, 张强, 刘洋, 2018a.
//! 题名[J]. 社会学研究, 33(3): 45-68.`). Expected values were written by
//! reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Document, Status};
use papers_support::{authors, entry, entry_number, run};

const NUMERIC: &str = "fixtures/shuju_gongxiang_gbt7714_pdf_zh.txt";
const AUTHOR_DATE: &str = "fixtures/hezuoshe_gbt7714_author_date_zh.txt";

/// (text as written, entry number) of each in-text citation.
fn cited(doc: &Document) -> Vec<(String, usize)> {
    doc.citations
        .iter()
        .filter(|c| c.kind == CitationKind::Numeric)
        .map(|c| {
            assert_eq!(c.status, Some(Status::Resolved), "{c:?}");
            (c.text.clone(), entry_number(doc, c).unwrap())
        })
        .collect()
}

#[test]
fn a_numbered_section_heading_in_chinese_is_no_note() {
    // `3 结果与讨论` after `[1,3,7]`: no note 3 marked by the `3` there.
    let (_, doc) = run(NUMERIC);
    assert!(doc.footnotes.is_empty(), "{:?}", doc.footnotes);
    let cited = cited(&doc);
    let group: Vec<usize> = cited
        .iter()
        .filter(|(t, _)| ["1", "3", "7"].contains(&t.as_str()))
        .map(|c| c.1)
        .collect();
    assert!(group.starts_with(&[1, 1, 3, 7]), "{cited:?}");
}

#[test]
fn every_bracketed_number_of_a_chinese_text_cites() {
    let (_, doc) = run(NUMERIC);
    let numbers: Vec<usize> = cited(&doc).into_iter().map(|c| c.1).collect();
    assert_eq!(
        numbers,
        [
            1, 2, 3, 4, 5, 6, 1, 3, 7, // 引言: `计\n划[5]` at a line's start
            8, 9, 10, 11, 12, 13,
            14, // `工具^[8]`, `王飞等 ［9］`, `Hogan 等[10]`, `[12，13]`
            15, 16, 17, 18, 4, 19, 20, 21, 22, // `FAIR 原则[15]`, `BERT 模型[19]`
            2, 5, 6, 23, 24, // `数据安全［6］`
            1, 2, 3, 7, 25, // `[1-3，7]`
        ]
    );
    // Every entry is cited.
    assert!(
        doc.diagnostics.is_empty(),
        "{:?}",
        doc.diagnostics
            .iter()
            .map(|d| &d.message)
            .collect::<Vec<_>>()
    );
}

#[test]
fn an_author_date_list_dates_each_work_after_its_names() {
    let (_, doc) = run(AUTHOR_DATE);
    // `李华, 张强, 刘洋, 2018a.`: three authors, the year and its letter.
    let e = entry(&doc, 4);
    assert_eq!(authors(e), [("李", "华"), ("张", "强"), ("刘", "洋")]);
    assert_eq!(e.issued.as_ref().and_then(|d| d.year()), Some(2018));
    assert_eq!(
        (
            e.container_title.as_deref(),
            e.volume.as_deref(),
            e.issue.as_deref(),
            e.page.as_deref()
        ),
        (Some("社会学研究"), Some("33"), Some("3"), Some("45-68"))
    );
    // `中国农村观察, (5): 2-17`: an issue without a volume.
    let e = entry(&doc, 5);
    assert_eq!(
        (e.issue.as_deref(), e.page.as_deref()),
        (Some("5"), Some("2-17"))
    );
    // `修订版. 北京: 北京大学出版社.`: an edition, then the imprint.
    let e = entry(&doc, 2);
    assert_eq!(
        (e.publisher_place.as_deref(), e.publisher.as_deref()),
        (Some("北京"), Some("北京大学出版社"))
    );
    // A thesis and an English book, imprint without a year.
    assert_eq!(entry(&doc, 7).publisher.as_deref(), Some("中国农业大学"));
    assert_eq!(
        entry(&doc, 10).publisher_place.as_deref(),
        Some("Cambridge, MA")
    );
    for r in doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
    {
        assert!(r.fields.issued.is_some(), "{:?}", r.fields);
        assert_eq!(r.unparsed, None, "{:?}", r.fields);
    }
}

#[test]
fn author_date_citations_tell_works_of_a_year_by_their_letter() {
    let (_, doc) = run(AUTHOR_DATE);
    let links: Vec<(String, usize)> = doc
        .citations
        .iter()
        .map(|c| {
            assert_eq!(c.status, Some(Status::Resolved), "{c:?}");
            (c.text.clone(), entry_number(&doc, c).unwrap())
        })
        .collect();
    assert!(links.contains(&("李华等, 2018a".into(), 4)), "{links:?}");
    assert!(links.contains(&("李华等 (2018b)".into(), 5)), "{links:?}");
    assert!(links.contains(&("李华 等, 2018a".into(), 4)), "{links:?}");
    assert_eq!(links.len(), 18);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn every_type_marker_of_the_numeric_list_gives_its_fields() {
    let (_, doc) = run(NUMERIC);
    // `[C]//中国科学技术情报学会. 第十届中国情报学年会论文集. 北京: …`.
    let e = entry(&doc, 13);
    assert_eq!(
        (e.kind.as_str(), e.container_title.as_deref()),
        ("chapter", Some("第十届中国情报学年会论文集"))
    );
    assert_eq!(e.editor[0].literal.as_deref(), Some("中国科学技术情报学会"));
    // `[A]. 吴建中. 开放科学与图书馆[C]. 上海: …, 2017: 88-97.`
    let e = entry(&doc, 14);
    assert_eq!(
        (e.kind.as_str(), e.container_title.as_deref()),
        ("chapter", Some("开放科学与图书馆"))
    );
    assert_eq!(papers_support::editors(e), [("吴", "建中")]);
    assert_eq!(e.page.as_deref(), Some("88-97"));
    // `[C]//Proceedings of NAACL-HLT 2019. Minneapolis: ACL, 2019: …`: no
    // editors, the proceedings' title.
    let e = entry(&doc, 19);
    assert_eq!(
        e.container_title.as_deref(),
        Some("Proceedings of NAACL-HLT 2019")
    );
    assert!(e.editor.is_empty());
    assert_eq!(e.page.as_deref(), Some("4171-4186"));
    // `[N]. 光明日报, 2020-06-12(7).`: the day and the page.
    let e = entry(&doc, 24);
    assert_eq!(e.container_title.as_deref(), Some("光明日报"));
    assert_eq!(
        e.issued.as_ref().map(|d| d.date_parts.clone()),
        Some(vec![vec![2020, 6, 12]])
    );
    assert_eq!(e.page.as_deref(), Some("7"));
    // Thesis, standard, report, patent.
    let kinds: Vec<&str> = [11, 16, 17, 18]
        .iter()
        .map(|&n| entry(&doc, n).kind.as_str())
        .collect();
    assert_eq!(kinds, ["thesis", "standard", "report", "patent"]);
}

#[test]
fn a_body_authoring_an_entry_is_no_person() {
    let (_, doc) = run(NUMERIC);
    // `国务院办公厅. 科学数据管理办法[EB/OL]. (2018-03-17)[2020-05-01].`: a
    // body, no person; published and read.
    let e = entry(&doc, 6);
    assert_eq!(e.kind, "webpage");
    assert_eq!(e.author[0].literal.as_deref(), Some("国务院办公厅"));
    assert_eq!(e.accessed.as_ref().and_then(|d| d.year()), Some(2020));
}

#[test]
fn a_letter_spaced_line_of_the_list_closes_up() {
    let (_, doc) = run(NUMERIC);
    // `[1] 张 晓 林 . 开 放 科 学 背 景 下 的 科 研 数 据 管 理 [J]. 中 国 图 书 馆 学 报 , …`
    let e = entry(&doc, 1);
    assert_eq!(e.title.as_deref(), Some("开放科学背景下的科研数据管理"));
    assert_eq!(e.container_title.as_deref(), Some("中国图书馆学报"));
    assert_eq!(authors(e), [("张", "晓林")]);
}
