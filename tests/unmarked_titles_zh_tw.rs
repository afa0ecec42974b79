//! A Taiwanese law paper whose notes give titles without marks, the parts
//! separated by commas (`王澤鑑，侵權行為法，頁245，2015年6月。`, `陳聰富，
//! 侵權責任之因果關係，臺大法學論叢，第29卷第2期，頁175-236，2000年1月。`),
//! lead-ins `參照` / `參閱` / `參見` / `詳見`, short forms `前揭註3`,
//! `同前註`, `同註 3`, `前引註14書`, and a `參考文獻` list split into 中文 and
//! 外文 parts. Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, entry_number, in_note, only, run};

const PAPER: &str = "fixtures/yiliao_yinguo_wubiaoji_zh_tw.txt";

#[test]
fn books_without_title_marks_are_cited_in_full_with_their_page() {
    let (_, doc) = run(PAPER);
    // `參照王澤鑑，侵權行為法，頁245，2015年6月。`: the page before the date.
    let c = only(&doc, 1);
    assert_eq!(c.kind, CitationKind::Full);
    assert_eq!(c.signal.as_deref(), Some("參照"));
    let f = c.fields.as_deref().unwrap();
    assert_eq!(authors(f), [("王", "澤鑑")]);
    assert_eq!(f.title.as_deref(), Some("侵權行為法"));
    assert_eq!(f.kind, "book");
    assert_eq!(c.locator.as_ref().unwrap().value, "245");
    assert_eq!(entry_number(&doc, c), Some(2));
    // `王澤鑑，民法總則，增訂新版，2014年，頁88。`: the edition words.
    let c = only(&doc, 2);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("民法總則"));
    assert_eq!(f.edition.as_deref(), Some("增訂新版"));
    assert_eq!(c.locator.as_ref().unwrap().value, "88");
    assert_eq!(entry_number(&doc, c), Some(1));
    // `詳見陳聰富，醫療責任的形成與展開，三版，2019年，頁311。`
    let c = only(&doc, 10);
    assert_eq!(c.signal.as_deref(), Some("詳見"));
    assert_eq!(c.fields.as_deref().unwrap().edition.as_deref(), Some("3"));
    assert_eq!(entry_number(&doc, c), Some(7));
}

#[test]
fn articles_name_their_journal_volume_issue_and_pages() {
    let (_, doc) = run(PAPER);
    let c = only(&doc, 3);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-journal");
    assert_eq!(f.title.as_deref(), Some("侵權責任之因果關係"));
    assert_eq!(f.container_title.as_deref(), Some("臺大法學論叢"));
    assert_eq!(f.volume.as_deref(), Some("29"));
    assert_eq!(f.issue.as_deref(), Some("2"));
    assert_eq!(f.page.as_deref(), Some("175-236"));
    // The article's range is no pinpoint.
    assert!(c.locator.is_none());
    assert_eq!(entry_number(&doc, c), Some(6));
    // `參閱陳忠五，…，月旦法學雜誌，第176期，…`: an issue alone.
    let c = only(&doc, 4);
    assert_eq!(c.signal.as_deref(), Some("參閱"));
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.container_title.as_deref(), Some("月旦法學雜誌"));
    assert_eq!(
        (f.volume.as_deref(), f.issue.as_deref()),
        (None, Some("176"))
    );
    assert_eq!(entry_number(&doc, c), Some(5));
    assert_eq!(entry_number(&doc, only(&doc, 11)), Some(3));
}

#[test]
fn short_forms_reach_the_notes_read_in_full() {
    let (_, doc) = run(PAPER);
    // (note, entry) of each short form.
    for (note, n) in [(5, 2), (6, 2), (9, 9), (15, 4), (16, 6)] {
        let c = only(&doc, note);
        assert_eq!(c.status, Some(Status::Resolved), "note {note}: {c:#?}");
        assert_eq!(entry_number(&doc, c), Some(n), "note {note}");
    }
    // `前引註14書，頁70；同註 3，頁180。`: the book of note 14, then note 3.
    let cs = in_note(&doc, 17);
    assert_eq!(cs.len(), 2);
    assert_eq!(cs[0].kind, CitationKind::Supra);
    assert_eq!(entry_number(&doc, cs[0]), Some(4));
    assert_eq!(cs[0].locator.as_ref().unwrap().value, "70");
    assert_eq!(entry_number(&doc, cs[1]), Some(6));
    let cs = in_note(&doc, 18);
    let linked: Vec<_> = cs.iter().map(|c| entry_number(&doc, c)).collect();
    assert_eq!(linked, [Some(5), Some(3)]);
    assert!(
        !doc.diagnostics
            .iter()
            .any(|d| d.code == opcit::diagnostic::Code::DanglingShortForm),
        "{:?}",
        doc.diagnostics
    );
}

#[test]
fn the_list_reads_author_date_entries_and_its_foreign_part() {
    let (_, doc) = run(PAPER);
    // `王澤鑑（2014），民法總則，增訂新版，臺北：自版。`
    let e = entry(&doc, 1);
    assert_eq!(authors(e), [("王", "澤鑑")]);
    assert_eq!(e.title.as_deref(), Some("民法總則"));
    assert_eq!(e.publisher_place.as_deref(), Some("臺北"));
    assert_eq!(e.publisher.as_deref(), Some("自版"));
    assert_eq!(e.issued.as_ref().unwrap().date_parts, [[2014]]);
    let e = entry(&doc, 6);
    assert_eq!(e.container_title.as_deref(), Some("臺大法學論叢"));
    assert_eq!(e.page.as_deref(), Some("175-236"));
    // `二、外文部分` is a sub-heading, no part of the entry after it.
    let e = entry(&doc, 8);
    assert_eq!(authors(e)[0], ("Deutsch", "Erwin"));
    assert_eq!(e.title.as_deref(), Some("Medizinrecht"));
    let uncited: Vec<_> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == opcit::diagnostic::Code::UncitedReference)
        .collect();
    assert!(uncited.is_empty(), "{uncited:?}");
}
