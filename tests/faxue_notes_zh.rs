//! A Chinese law-review paper converted from PDF, its notes numbered `①`
//! again on each page (`参见王泽鉴：《侵权行为》…`, `同上注，第210页。`, `同前注
//! ③，王利明文，第36页。`, `前引③，第12页。`, statutes, judicial
//! interpretations, court decisions by docket, translated works). Expected
//! values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{Citation, CitationKind, Document, Status};
use papers_support::run;

const PAPER: &str = "fixtures/wangluo_qinquan_faxue_pdf_zh.txt";

/// The citations of note `n` on page `page` (the notes' chapter).
fn on_page(doc: &Document, page: u32, n: u32) -> Vec<&Citation> {
    doc.citations
        .iter()
        .filter(|c| c.chapter == page && c.footnote == Some(n))
        .collect()
}

/// The title of the work the one citation of note `n` on `page` links to.
fn linked_title(doc: &Document, page: u32, n: u32) -> String {
    let cs = on_page(doc, page, n);
    assert_eq!(cs.len(), 1, "{cs:#?}");
    assert_eq!(cs[0].status, Some(Status::Resolved), "{:#?}", cs[0]);
    let r = doc.reference(cs[0].reference.as_deref().unwrap()).unwrap();
    r.fields.title.clone().unwrap_or_default()
}

#[test]
fn notes_numbered_per_page_point_back_to_an_earlier_page() {
    let (_, doc) = run(PAPER);
    // Page 3, `同前注③，王利明文`: note ③ of page 1 (王利明's article), not
    // note ③ of page 3, which comes after it.
    let c = &on_page(&doc, 3, 2)[0];
    assert_eq!(c.kind, CitationKind::Supra);
    assert_eq!(
        c.short.as_ref().and_then(|s| s.author.as_deref()),
        Some("王利明")
    );
    assert_eq!(linked_title(&doc, 3, 2), "论网络侵权中的通知规则");
    // Page 3, `同前注①，王泽鉴书`: note ① of page 3 cites a judicial
    // interpretation; 王泽鉴's book is note ① of page 1.
    assert_eq!(linked_title(&doc, 3, 4), "侵权行为");
    // Page 4, `前引③`: page 4 has no note ③; the latest before is page 3's.
    assert_eq!(
        linked_title(&doc, 4, 1),
        "通知移除制度的重新定性及其体系效应"
    );
    // `同上注` on page 2 repeats the note just before it.
    assert_eq!(linked_title(&doc, 2, 3), "法学方法论");
    assert!(
        !doc.diagnostics
            .iter()
            .any(|d| d.code == opcit::diagnostic::Code::DanglingShortForm),
        "{:?}",
        doc.diagnostics
    );
}

#[test]
fn a_page_number_and_the_next_pages_running_head_end_the_last_note() {
    let (_, doc) = run(PAPER);
    // `④ 参见最高人民法院（2019）最高法民终123号民事判决书。` / `· 301 ·` /
    // `中外法学 2021 年第 2 期`, no blank line and no form feed between.
    let page_one: Vec<_> = doc.footnotes.iter().filter(|f| f.chapter == 1).collect();
    assert_eq!(page_one.len(), 4);
    assert!(
        page_one[3].text.ends_with("民事判决书。"),
        "{:?}",
        page_one[3].text
    );
    let c = &on_page(&doc, 1, 4)[0];
    let w = c.fields.as_deref().unwrap();
    assert_eq!(w.kind, "legal_case");
    assert_eq!(w.number.as_deref(), Some("（2019）最高法民终123号"));
    // No note runs into the furniture of its page.
    for f in &doc.footnotes {
        assert!(!f.text.contains("· 30"), "{:?}", f.text);
        assert!(!f.text.contains("中外法学"), "{:?}", f.text);
    }
}

#[test]
fn a_judicial_interpretation_is_a_statute_cited_at_its_article() {
    let (_, doc) = run(PAPER);
    // `参见《最高人民法院关于审理利用信息网络…若干问题的规定》第5条。`,
    // its long name broken over two lines.
    let c = &on_page(&doc, 3, 1)[0];
    let w = c.fields.as_deref().unwrap();
    assert_eq!(w.kind, "legislation");
    assert!(w.title.as_deref().unwrap().ends_with("若干问题的规定"));
    let l = c.locator.as_ref().unwrap();
    assert_eq!((l.label.as_str(), l.value.as_str()), ("section", "第5条"));
}
