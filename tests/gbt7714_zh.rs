//! Chinese papers citing by GB/T 7714-2015: a numeric paper converted
//! from PDF (`[1]`, `[2-4]`, `[1,3,7]`, `[12，13]`, `［6］`, `^[8]`, numbered
//! section headings `3 结果与讨论`, a list of entries of every type marker).
//! Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Document, Status};
use papers_support::{entry_number, run};

const NUMERIC: &str = "fixtures/shuju_gongxiang_gbt7714_pdf_zh.txt";

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
