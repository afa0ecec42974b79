//! A Korean paper on classical Chinese poetry criticism, as PDF conversion
//! gives it: note numbers as plain digits glued to words (`축적되었다.1`),
//! notes at page ends under a running head, an author's collected works
//! cited by a book of them (`李瀷, 『星湖僿說』 권30, 「詩文門」`), a volume
//! of a series after its title (`『韓國文集叢刊』 199`), `주 1)의 책`.
//! Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, CslItem, Status};
use papers_support::{entry_number, in_note, run};

const KO: &str = "fixtures/gojeon_munhak_pdf_ko.txt";

/// The fields a full citation gives of its work.
fn read(c: &opcit::model::Citation) -> &CslItem {
    c.fields.as_deref().expect("a full citation")
}

#[test]
fn an_authors_collected_works_cited_by_a_book_is_a_classic_with_its_volume() {
    let (_, doc) = run(KO);
    let note = in_note(&doc, 4);
    let c = note[0];
    assert_eq!(c.kind, CitationKind::Full);
    let f = read(c);
    assert_eq!(f.kind, "classic");
    assert_eq!(f.title.as_deref(), Some("星湖僿說"));
    assert_eq!(f.volume.as_deref(), Some("30"));
    assert_eq!(f.publisher, None, "the section 「詩文門」 is no publisher");
    assert_eq!(c.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, c), Some(1));
}

#[test]
fn back_references_of_the_paper_link_to_their_entries() {
    let (_, doc) = run(KO);
    // `정요일, 앞의 책` is 정요일's book, entry 5.
    let c = in_note(&doc, 3)[0];
    assert_eq!(c.kind, CitationKind::Short);
    assert_eq!(entry_number(&doc, c), Some(5));
    // `박수밀, 위의 글` then `같은 글`: entry 3 both.
    let n10 = in_note(&doc, 10);
    assert_eq!(n10.len(), 2);
    assert!(n10.iter().all(|c| entry_number(&doc, c) == Some(3)));
    // `조동일, 주 1)의 책`: the book of note 1, entry 6.
    let c = in_note(&doc, 11)[0];
    assert_eq!(c.kind, CitationKind::Supra);
    assert_eq!(entry_number(&doc, c), Some(6));
}

#[test]
fn a_bare_number_after_a_series_title_is_its_volume() {
    let (_, doc) = run(KO);
    let c = in_note(&doc, 4)[1];
    let f = read(c);
    assert_eq!(f.title.as_deref(), Some("韓國文集叢刊"));
    assert_eq!(f.volume.as_deref(), Some("199"));
    assert_eq!(f.publisher.as_deref(), Some("민족문화추진회"));
}
