//! A Taiwanese legal-history paper in traditional characters with notes
//! numbered at page ends (`5 《淡新檔案》22105-2。需要指出的是，…`, `同上書，
//! 卷一百二十五`, `《清高宗實錄》卷一二八，乾隆五年十月丙子，頁812`, `民法第758條。
//! 關於…，參見王澤鑑，《民法物權》…`, a note continued under the next
//! page's running head) and a list split by numbered sub-headings (`二、
//! 專書`); and the Japanese paper of `real_cjk16` (`民法709条。同条の沿革に
//! ついては、我妻栄『…』`). Expected values were written by reading the
//! input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, CslItem, Document, Status};
use papers_support::{authors, entry, findings, in_note, note_links, only, run, run_text};

const TW: &str = "fixtures/dianmai_jiufen_danxin_zh_tw.txt";
const JA: &str = "fixtures/kogai_fuhokoi_pdf_ja.txt";

use CitationKind::{Full, Ibid, Short};
use Status::Resolved;

/// The locator of `c` as (label, value).
fn loc(c: &Citation) -> Option<(&str, &str)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

/// The fields the citation `c` gives of its work, as read in the note.
fn read(c: &Citation) -> &CslItem {
    c.fields.as_deref().expect("a full citation")
}

/// (kind, title) of the work each full citation of note `n` gives.
fn works(doc: &Document, n: u32) -> Vec<(String, String)> {
    in_note(doc, n)
        .into_iter()
        .map(|c| {
            let w = read(c);
            (w.kind.clone(), w.title.clone().unwrap_or_default())
        })
        .collect()
}

/// The codes of the findings on the line that holds `needle` in `path`.
fn codes_on_line(path: &str, needle: &str) -> Vec<Code> {
    let (source, doc) = run(path);
    let text = std::fs::read_to_string(path).unwrap();
    let line = text[..text.find(needle).unwrap()].lines().count() + 1;
    findings(&source, &doc)
        .into_iter()
        .filter(|&(_, l)| l == line)
        .map(|(c, _)| c)
        .collect()
}

#[test]
fn a_statute_then_a_sentence_then_a_work_gives_both() {
    let (_, doc) = run(TW);
    // `民法第758條。關於登記生效要件主義之沿革，參見王澤鑑，《民法物權》，…`
    assert_eq!(
        works(&doc, 11),
        [
            ("legislation".to_string(), "民法".to_string()),
            ("book".to_string(), "民法物權".to_string())
        ]
    );
    assert_eq!(loc(in_note(&doc, 11)[0]), Some(("section", "第758條")));
    assert_eq!(
        note_links(&doc, 11)[1],
        (Full, Resolved, Some(7)),
        "王澤鑑 is entry 7"
    );
    // `民法第912條。另參見黃宗智，前引書，頁120。`: the short form names 黃宗智
    // (entry 8), no lead-in in the name.
    let v = in_note(&doc, 17);
    assert_eq!(v.len(), 2);
    assert_eq!(v[1].kind, Short);
    assert_eq!(
        v[1].short.as_ref().and_then(|s| s.author.as_deref()),
        Some("黃宗智")
    );
    assert_eq!(note_links(&doc, 17)[1], (Short, Resolved, Some(8)));
    // `土地法第43條。學者對此多有批評，參見謝在全，《民法物權論（上）》，…`
    assert_eq!(
        works(&doc, 28),
        [
            ("legislation".to_string(), "土地法".to_string()),
            ("book".to_string(), "民法物權論（上）".to_string())
        ]
    );
    assert_eq!(note_links(&doc, 28)[1], (Full, Resolved, Some(10)));
}

#[test]
fn the_japanese_statute_before_a_work_is_kept_and_the_clause_is_no_author() {
    let (_, doc) = run(JA);
    // `民法709条。同条の沿革については、我妻栄『事務管理・不当利得・不法行為』
    // （日本評論社、1937年）98頁以下参照。`: the statute, then 我妻 (entry 10).
    let v = in_note(&doc, 3);
    assert_eq!(v.len(), 2, "{v:#?}");
    assert_eq!(read(v[0]).kind, "legislation");
    assert_eq!(loc(v[0]), Some(("section", "709条")));
    assert_eq!(authors(read(v[1])), [("我妻", "栄")]);
    assert_eq!(note_links(&doc, 3)[1], (Full, Resolved, Some(10)));
    assert!(
        !codes_on_line(JA, "（3） 民法709条").contains(&Code::BibliographyMismatch),
        "no author mismatch for 我妻"
    );
    // `民法719条1項。淡路・前掲書、120頁参照。`: the statute, then 淡路 (entry 1).
    let v = in_note(&doc, 12);
    assert_eq!(v.len(), 2, "{v:#?}");
    assert_eq!(loc(v[0]), Some(("section", "719条1項")));
    assert_eq!(note_links(&doc, 12)[1], (Short, Resolved, Some(1)));
}

#[test]
fn a_chapter_in_han_numerals_after_a_back_reference_is_the_pinpoint() {
    let (_, doc) = run(TW);
    // `同上，第二章。` after 戴炎輝's book at page 47: chapter 2, not the
    // page before.
    assert_eq!(note_links(&doc, 3), [(Ibid, Resolved, Some(9))]);
    assert_eq!(loc(only(&doc, 3)), Some(("chapter", "2")));
    // `同上書，第五章。` after 岸本's book (entry 12).
    assert_eq!(note_links(&doc, 34), [(Ibid, Resolved, Some(12))]);
    assert_eq!(loc(only(&doc, 34)), Some(("chapter", "5")));
    // `同上，第3章，頁130。` after 王泰升's book (entry 6): the page, its
    // chapter kept in the pinpoint as written.
    assert_eq!(note_links(&doc, 27), [(Ibid, Resolved, Some(6))]);
    let l = only(&doc, 27).locator.as_ref().unwrap();
    assert_eq!((l.label.as_str(), l.value.as_str()), ("page", "130"));
    assert_eq!(l.text.as_deref(), Some("第3章，頁130"));
    // `同上、第3章、112頁。` in the Japanese paper.
    let (_, ja) = run(JA);
    let l = only(&ja, 2).locator.as_ref().unwrap();
    assert_eq!((l.label.as_str(), l.value.as_str()), ("page", "112"));
    assert_eq!(l.text.as_deref(), Some("第3章、112頁"));
    // Japanese: `同上、第二章。`
    let doc = run_text(
        "本文である（1）。本文である（2）。\n\n――――――――――――\n（1） 宮本憲一『戦後日本公害史論』（岩波書店、2014年）45頁。\n（2） 同上、第二章。\n",
    );
    assert_eq!(loc(only(&doc, 2)), Some(("chapter", "2")));
}

#[test]
fn a_book_of_a_chronicle_after_ibid_is_its_volume() {
    let (_, doc) = run(TW);
    // `同上書，卷一百二十五。` after the 清高宗實錄 (entry 2).
    assert_eq!(note_links(&doc, 8), [(Ibid, Resolved, Some(2))]);
    assert_eq!(loc(only(&doc, 8)), Some(("volume", "125")));
    // `同書，卷3，頁45。` after 連橫's 臺灣通史 (entry 5): the page.
    assert_eq!(note_links(&doc, 10), [(Ibid, Resolved, Some(5))]);
    assert_eq!(loc(only(&doc, 10)), Some(("page", "45")));
    // The same in simplified characters: `同上书，卷一百二十五。`
    let (_, doc) = run("fixtures/qingmo_tiandi_jiufen_pdf_zh.txt");
    let c = doc
        .citations
        .iter()
        .find(|c| c.text.starts_with("同上书，卷一百二十五"))
        .unwrap();
    assert_eq!(loc(c), Some(("volume", "125")));
}

#[test]
fn a_reign_date_in_a_veritable_record_keeps_the_page_and_dates_no_edition() {
    let (_, doc) = run(TW);
    // `《清高宗實錄》卷一二八，乾隆五年十月丙子，頁812。`: book 128 of the
    // record, page 812; the reign's day dates the entry, not the reprint
    // of 1985 the list gives (entry 2).
    let c = only(&doc, 7);
    assert_eq!(c.text, "《清高宗實錄》卷一二八，乾隆五年十月丙子，頁812。");
    assert_eq!(loc(c), Some(("page", "812")));
    assert_eq!(note_links(&doc, 7), [(Full, Resolved, Some(2))]);
    let w = read(c);
    assert_eq!(w.kind, "classic");
    assert_eq!(w.volume.as_deref(), Some("128"));
    assert!(w.issued.is_none(), "{:?}", w.issued);
    assert!(w.publisher.is_none(), "{:?}", w.publisher);
    assert!(codes_on_line(TW, "7 《清高宗實錄》").is_empty());
    // `《清高宗实录》卷一百二十三，乾隆五年七月丙子，北京：中华书局，1985年影印本，第
    // 812页。`: book 123, the reprint of 1985, page 812.
    let (_, doc) = run("fixtures/qingmo_tiandi_jiufen_pdf_zh.txt");
    let c = doc
        .citations
        .iter()
        .find(|c| c.text.starts_with("《清高宗实录》"))
        .unwrap();
    assert_eq!(loc(c), Some(("page", "812")));
    let w = read(c);
    assert_eq!(w.volume.as_deref(), Some("123"));
    assert_eq!(w.publisher.as_deref(), Some("中华书局"));
    assert_eq!(w.publisher_place.as_deref(), Some("北京"));
}

#[test]
fn a_source_and_its_file_number_then_prose_is_no_book_with_a_publisher() {
    let (_, doc) = run(TW);
    // `《淡新檔案》22105-2。需要指出的是，…`: the archive's source (entry 3),
    // the remark no part of it.
    for (n, text) in [(5, "《淡新檔案》22105-2。"), (29, "《淡新檔案》22103-5。")] {
        let c = only(&doc, n);
        assert_eq!(c.text, text, "note {n}");
        assert_eq!(note_links(&doc, n)[0].2, Some(3), "note {n}");
    }
    // `《淡新檔案》22407-3，國立臺灣大學圖書館藏。`: the same source.
    assert_eq!(note_links(&doc, 22), [(Full, Resolved, Some(3))]);
}

#[test]
fn notes_that_open_with_a_title_mark_are_notes_of_their_own() {
    let (source, doc) = run(TW);
    let numbers: Vec<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, (1..=35).collect::<Vec<u32>>());
    // `12 《大清律例》卷九，〈戶律‧田宅〉，「典買田宅」條。`
    assert_eq!(
        works(&doc, 12),
        [("classic".to_string(), "大清律例".to_string())]
    );
    assert_eq!(note_links(&doc, 12), [(Full, Resolved, Some(1))]);
    let codes: Vec<Code> = findings(&source, &doc)
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    for code in [
        Code::FootnoteSequence,
        Code::DanglingShortForm,
        Code::MissingFromBibliography,
        Code::BibliographyMismatch,
        Code::UncitedReference,
    ] {
        assert!(!codes.contains(&code), "{code:?}: {codes:?}");
    }
}

#[test]
fn a_note_goes_on_under_the_next_pages_running_head() {
    let (_, doc) = run(TW);
    // Note 19 ends its page on `學者對此`; the next page opens with `─ 46 ─`,
    // its running head and then `已多有討論，參見王泰升，《臺灣法律史概論》…`.
    let f = doc.footnotes.iter().find(|f| f.number == 19).unwrap();
    assert!(f.text.contains("學者對此"), "{}", f.text);
    assert!(f.text.contains("已多有討論"), "{}", f.text);
    assert!(!f.text.contains("臺灣史研究"), "{}", f.text);
    assert_eq!(
        note_links(&doc, 19),
        [(Full, Resolved, Some(4)), (Full, Resolved, Some(6))]
    );
}

#[test]
fn sub_headings_of_the_list_in_traditional_characters_are_no_entries() {
    let (_, doc) = run(TW);
    // `一、史料` … `五、英文`: sixteen works under five sub-headings.
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 16);
    assert_eq!(authors(entry(&doc, 6)), [("王", "泰升")]);
    assert_eq!(entry(&doc, 6).title.as_deref(), Some("臺灣法律史概論"));
    // `《淡新檔案》，國立臺灣大學圖書館藏。` stands alone; the next line is
    // 臺灣私法.
    assert_eq!(entry(&doc, 3).title.as_deref(), Some("淡新檔案"));
    assert_eq!(entry(&doc, 4).title.as_deref(), Some("臺灣私法"));
    // `…，1999年1` / `  月，頁1-50。`: one entry, its pages read.
    let e = entry(&doc, 11);
    assert_eq!(authors(e), [("王", "泰升")]);
    assert_eq!(e.page.as_deref(), Some("1-50"));
}
