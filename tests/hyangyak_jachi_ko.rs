//! A Korean paper on the history of village codes and local autonomy, as
//! PDF conversion gives it: `¹⁾` markers, notes at page ends under a page
//! number and running head, short names defined in the running text
//! (`『星湖僿說』(이하 『사설』로 약칭)`, `「地方自治法」(이하 '법'이라 한다)`) and
//! used alone in later notes, or in a note (`(이하 「복립운동」으로 약칭)`),
//! volumes of a series before a page
//! (`『韓國文集叢刊』 230, 120면`). Expected values were written by reading
//! the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, CslItem, Status};
use papers_support::{entry_number, findings, in_note, run, work};

const KO: &str = "fixtures/hyangyak_jachi_pdf_ko.txt";

/// The fields a full citation gives of its work.
fn read(c: &opcit::model::Citation) -> &CslItem {
    c.fields.as_deref().expect("a full citation")
}

#[test]
fn a_short_name_defined_in_the_running_text_links_to_its_work() {
    let (_, doc) = run(KO);
    // `『사설』 권3, 12쪽.`: 『星湖僿說』, entry 1, at page 12 of volume 3.
    let c = in_note(&doc, 5)[0];
    assert_ne!(c.kind, CitationKind::Full);
    assert_eq!(c.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, c), Some(1));
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("12"));
    // `『실록』 中宗 14年 4月 1日`: the 『朝鮮王朝實錄』 of note 3.
    let n6 = in_note(&doc, 6);
    assert_eq!(n6.len(), 3);
    assert_eq!(n6[0].reference, in_note(&doc, 3)[0].reference);
    assert_eq!(work(&doc, n6[0]).title.as_deref(), Some("朝鮮王朝實錄"));
    // `법 제2조.`: the statute the text named, at its article.
    let law = read(n6[2]);
    assert_eq!(law.kind, "legislation");
    assert_eq!(law.title.as_deref(), Some("地方自治法"));
    assert_eq!(
        n6[2].locator.as_ref().map(|l| l.value.as_str()),
        Some("제2조")
    );
}

#[test]
fn a_short_name_defined_in_a_note_leaves_the_citation_whole() {
    let (_, doc) = run(KO);
    // `「사림파의 유향소 복립운동」(이하 「복립운동」으로 약칭), 『진단학보』 34, …`:
    // the particle of the short name ends nothing; the article is entry 4.
    let c = in_note(&doc, 10)[0];
    assert_eq!(c.kind, CitationKind::Full);
    assert_eq!(read(c).container_title.as_deref(), Some("진단학보"));
    assert_eq!(entry_number(&doc, c), Some(4));
    let later = in_note(&doc, 11)[0];
    assert_eq!(entry_number(&doc, later), Some(4));
    assert_eq!(later.locator.as_ref().map(|l| l.value.as_str()), Some("20"));
}

#[test]
fn short_names_are_no_works_missing_from_the_bibliography() {
    let (source, doc) = run(KO);
    let text = std::fs::read_to_string(KO).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let missing: Vec<&str> = findings(&source, &doc)
        .into_iter()
        .filter(|(code, _)| *code == Code::MissingFromBibliography)
        .map(|(_, line)| lines[line - 1])
        .collect();
    assert!(!missing.is_empty());
    for l in missing {
        assert!(
            !l.contains("『사설』") && !l.contains("『실록』") && !l.contains("법 제2조"),
            "{l}"
        );
    }
}

#[test]
fn a_series_volume_before_a_page_is_no_page() {
    let (_, doc) = run(KO);
    // `『韓國文集叢刊』 281, 250면`: volume 281, page 250.
    let c = in_note(&doc, 8)[0];
    let f = read(c);
    assert_eq!(
        f.page
            .as_deref()
            .or(c.locator.as_ref().map(|l| l.value.as_str())),
        Some("250")
    );
    assert!(!format!("{f:?}").contains("281, 250"));
}

#[test]
fn the_society_after_a_journal_s_bare_volume_is_its_publisher() {
    let (_, doc) = run(KO);
    // `『진단학보』 58, 진단학회, 1984`: entry 5.
    let e = papers_support::entry(&doc, 5);
    assert_eq!(e.container_title.as_deref(), Some("진단학보"));
    assert_eq!(e.volume.as_deref(), Some("58"));
    assert_eq!(e.publisher.as_deref(), Some("진단학회"));
    // `『韓國史論』 12, 서울대학교 국사학과, 1985`: entry 6.
    let e = papers_support::entry(&doc, 6);
    assert_eq!(e.publisher.as_deref(), Some("서울대학교 국사학과"));
    assert!(doc.references[5].unparsed.is_none());
}
