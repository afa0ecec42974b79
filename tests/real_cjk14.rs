//! Japanese and Chinese papers that cite through notes, in forms the other
//! fixtures do not hold: notes labelled and marked with an asterisk
//! (`＊1`, `*1`, `※1`); archival collections cited with their holder
//! (`…档案馆藏`, `…所蔵`). Expected values were written by reading the
//! inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{entry, note_entries, note_links, only, run, run_text, work};

/// A Japanese history article whose notes are labelled `＊１` (full-width
/// digits) at the foot of each page and marked so in the text; note 6
/// runs on to the next page's foot; a table's `*` marks an estimate.
const ASTERISK: &str = "fixtures/chiho_zaisei_asterisk_ja.txt";

#[test]
fn notes_labelled_with_an_asterisk_are_read_and_linked() {
    let (_, doc) = run(ASTERISK);
    use CitationKind::{Full, Ibid, Short, Supra};
    use Status::Resolved;
    // The list: 1 石川, 2 大石, 3 長野県編.
    assert_eq!(doc.footnotes.len(), 9, "{:#?}", doc.footnotes);
    assert_eq!(
        note_entries(&doc)
            .into_iter()
            .filter(|e| e.0 != 6 && e.0 != 9)
            .collect::<Vec<_>>(),
        [
            (1, Full, Resolved, Some(2)),
            (2, Ibid, Resolved, Some(2)),
            (3, Full, Resolved, Some(1)),
            (4, Short, Resolved, Some(1)),
            (5, Short, Resolved, Some(2)),
            (7, Supra, Resolved, Some(1)),
            (8, Ibid, Resolved, Some(1)),
        ]
    );
    assert_eq!(note_links(&doc, 6)[0], (Full, Resolved, Some(3)));
    assert_eq!(note_links(&doc, 9)[0], (Short, Resolved, Some(2)));
}

#[test]
fn an_asterisk_note_runs_on_at_the_next_page_s_foot() {
    let (_, doc) = run(ASTERISK);
    let six = &doc.footnotes[5];
    assert_eq!(six.number, 6);
    assert!(six.text.ends_with("215頁以下も参照。"), "{}", six.text);
    // The table between them is the body's.
    assert!(!six.text.contains("推計値"), "{}", six.text);
    assert!(!doc.footnotes[8].text.contains("推計値"));
}

#[test]
fn endnotes_labelled_with_a_half_width_asterisk_or_the_reference_mark() {
    for mark in ["*", "※", "＊"] {
        let text = format!(
            "はじめに\n\n地方財政の研究は多い{mark}1。とくに大石の研究が重要である{mark}2。\n\n注\n\n{mark}1 大石嘉一郎『日本地方財行政史序説』御茶の水書房、1961年、45頁。\n{mark}2 同上、52頁。\n"
        );
        let doc = run_text(&text);
        assert_eq!(doc.footnotes.len(), 2, "{mark}: {:#?}", doc.footnotes);
        assert_eq!(
            note_entries(&doc)
                .iter()
                .map(|e| (e.0, e.1))
                .collect::<Vec<_>>(),
            [(1, CitationKind::Full), (2, CitationKind::Ibid)],
            "{mark}"
        );
    }
}

#[test]
fn a_stray_asterisk_starts_no_notes() {
    // Significance stars and a table's note are no note apparatus; nor is
    // a single `*1` line without a second note after it.
    let doc = run_text(
        "結果\n\n係数は有意であった*p < .05。表2の値**は推計である。\n\n*1 推計値を示す。\n\n参考文献\n\n大石嘉一郎『日本地方財行政史序説』御茶の水書房、1961年。\n",
    );
    assert!(doc.footnotes.is_empty(), "{:#?}", doc.footnotes);
    // Labels out of order are no run either.
    let doc = run_text(
        "本文である*2。\n\n*2 大石嘉一郎『日本地方財行政史序説』御茶の水書房、1961年。\n*1 同上、52頁。\n",
    );
    assert!(doc.footnotes.is_empty(), "{:#?}", doc.footnotes);
}

/// A Chinese history article citing archives by collection, file number
/// and holder (`《巴县档案》6-3-1234，四川省档案馆藏`), with a list of the
/// collections.
const ARCHIVES: &str = "fixtures/xiangyue_dang_an_zh.txt";

#[test]
fn a_collection_held_by_an_archive_is_an_archival_source() {
    let (_, doc) = run(ARCHIVES);
    // ② 《巴县档案》6-3-1234，四川省档案馆藏。
    let c = only(&doc, 2);
    assert_eq!(c.kind, CitationKind::Full);
    // The note's own fields keep the file number; the list names the
    // collection.
    let w = c.fields.as_deref().unwrap();
    assert_eq!(w.kind, "manuscript");
    assert_eq!(w.title.as_deref(), Some("巴县档案"));
    let a = w.archive.as_deref().unwrap();
    assert_eq!(a.archive, "四川省档案馆");
    assert_eq!(a.location.as_deref(), Some("6-3-1234"));
    assert!(w.publisher.is_none());
    // ③ 《内阁大库档案》，编号 038472，台北“中央研究院”历史语言研究所藏。
    let w = only(&doc, 3).fields.as_deref().unwrap();
    let a = w.archive.as_deref().unwrap();
    assert_eq!(a.archive, "台北“中央研究院”历史语言研究所");
    assert_eq!(a.location.as_deref(), Some("编号 038472"));
    // The list's entries are the collections, no books.
    let e = entry(&doc, 1);
    assert_eq!(e.kind, "manuscript");
    assert_eq!(e.archive.as_deref().unwrap().archive, "四川省档案馆");
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn later_notes_link_to_the_collection_of_their_archive() {
    let (_, doc) = run(ARCHIVES);
    use CitationKind::{Full, Ibid, Short};
    use Status::Resolved;
    // The list: 1 巴县档案, 2 淡新档案, 3 四川省财政厅档案, 4 内阁大库档案, 5 瞿同祖.
    assert_eq!(
        note_entries(&doc),
        [
            (1, Full, Resolved, Some(5)),
            (2, Full, Resolved, Some(1)),
            (3, Full, Resolved, Some(4)),
            (4, Ibid, Resolved, Some(4)),
            (5, Short, Resolved, Some(1)),
            (6, Full, Resolved, Some(2)),
            (7, Short, Resolved, Some(5)),
            // Held by the same archive as 巴县档案: its own collection.
            (8, Full, Resolved, Some(3)),
        ]
    );
}

#[test]
fn japanese_collections_held_by_an_archive() {
    let doc = run_text(
        "はじめに\n\n戸長役場の文書は基本史料である（1）。長野県の事例を扱う（2）。簿冊も参照した（3）。\n\n注\n\n（1）「大石家文書」A-12（長野県立歴史館所蔵）。\n（2）『公文類聚』第5編巻12、国立公文書館所蔵。\n（3）同上。\n\n参考文献\n\n「大石家文書」（長野県立歴史館所蔵）\n『公文類聚』、国立公文書館所蔵。\n",
    );
    use CitationKind::{Full, Ibid};
    use Status::Resolved;
    assert_eq!(
        note_entries(&doc),
        [
            (1, Full, Resolved, Some(1)),
            (2, Full, Resolved, Some(2)),
            (3, Ibid, Resolved, Some(2)),
        ]
    );
    let w = only(&doc, 2).fields.as_deref().unwrap();
    assert_eq!(w.kind, "manuscript");
    assert_eq!(work(&doc, only(&doc, 2)).kind, "manuscript");
    let a = w.archive.as_deref().unwrap();
    assert_eq!(a.archive, "国立公文書館");
    assert_eq!(a.location.as_deref(), Some("第5編巻12"));
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}
