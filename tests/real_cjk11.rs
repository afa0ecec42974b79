//! A Japanese administrative-law article: notes labelled `（１）`, a
//! Supreme Court judgment by its reporter (`最判平成18年11月2日民集60巻9号
//! 3249頁`), two full citations joined by `、` after a page, a short form
//! by note (`山本・前掲注（１）220頁`) followed by `、同「…」` (the same
//! author's article), and a volume before an imprint in full-width
//! brackets (`上巻（創文社、1960年）`). Expected values were written by
//! reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{in_note, note_links, only, run};

const PAPER: &str = "fixtures/sairyo_tosei_ja.txt";

#[test]
fn a_same_author_citation_after_a_short_form_is_a_citation_of_its_own() {
    let (_, doc) = run(PAPER);
    // The list: 1 石井, 2 宇賀, 3 橋本, 4 山本.
    let four = in_note(&doc, 4);
    assert_eq!(four.len(), 2, "{four:#?}");
    // The text read has ASCII digits for full-width ones.
    assert_eq!(four[0].text, "山本・前掲注（1）220頁");
    assert_eq!(four[0].kind, CitationKind::Supra);
    assert_eq!(
        note_links(&doc, 4)[0],
        (CitationKind::Supra, Status::Resolved, Some(4))
    );
    let f = four[1].fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("行政裁量の統制"));
    assert_eq!(f.container_title.as_deref(), Some("自治研究"));
    assert_eq!(f.volume.as_deref(), Some("90"));
    assert_eq!(f.author[0].family.as_deref(), Some("山本"));
    // Not in the list: a note-only work, reported as missing.
    assert_eq!(four[1].status, Some(Status::Resolved));
    assert_eq!(papers_support::entry_number(&doc, four[1]), None);
}

#[test]
fn two_full_citations_joined_after_a_page_and_a_judgment() {
    let (_, doc) = run(PAPER);
    use CitationKind::Full;
    let r = Status::Resolved;
    assert_eq!(
        note_links(&doc, 3),
        [(Full, r, Some(2)), (Full, r, Some(3))]
    );
    let judgment = only(&doc, 2).fields.as_deref().unwrap();
    assert_eq!(judgment.kind, "legal_case");
    assert_eq!(judgment.container_title.as_deref(), Some("民集"));
    assert_eq!(judgment.page.as_deref(), Some("3249"));
}

#[test]
fn a_volume_before_a_full_width_imprint() {
    let (_, doc) = run(PAPER);
    let five = only(&doc, 5);
    let f = five.fields.as_deref().unwrap();
    assert_eq!(f.volume.as_deref(), Some("上"));
    assert_eq!(f.publisher.as_deref(), Some("創文社"));
    assert_eq!(
        note_links(&doc, 5),
        [(CitationKind::Full, Status::Resolved, Some(1))]
    );
}
