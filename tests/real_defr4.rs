//! A German law article as pdftotext gives it: signals qualified by a
//! word (`Vgl. nur`, `So etwa`, `Siehe aber`), an article cited by its
//! journal's abbreviation, year, first page and the page cited (`VersR
//! 2020, 717, 720`), a title holding an ordinal (`zum 73. Deutschen
//! Juristentag`), `a.a.O. (Fn. 1)`, `Ebd.` and a commentary; and a
//! French note naming its house abbreviated (`Éd. du Seuil`). Expected
//! values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{in_note, note_links, only, run, run_text};

const PAPER: &str = "fixtures/haftung_algorithmen_pdf_de.txt";

#[test]
fn a_signal_qualified_by_a_word_opens_the_citation() {
    let (_, doc) = run(PAPER);
    // The list: 1 Spindler, 2 Thöne, 3 Wagner, 4 Zech.
    let first = in_note(&doc, 1);
    assert_eq!(first.len(), 2, "{first:#?}");
    assert_eq!(first[0].signal.as_deref(), Some("Vgl. nur"));
    assert_eq!(
        note_links(&doc, 1),
        [
            (CitationKind::Full, Status::Resolved, Some(3)),
            (CitationKind::Full, Status::Resolved, Some(1))
        ]
    );
    assert_eq!(only(&doc, 3).signal.as_deref(), Some("So etwa"));
    assert_eq!(only(&doc, 4).signal.as_deref(), Some("Siehe aber"));
}

#[test]
fn back_references_to_a_note_and_ebd_find_the_article() {
    let (_, doc) = run(PAPER);
    use CitationKind::{Ibid, Supra};
    use Status::Resolved;
    assert_eq!(note_links(&doc, 6), [(Supra, Resolved, Some(3))]);
    assert_eq!(
        note_links(&doc, 7),
        [(Ibid, Resolved, Some(3)), (Supra, Resolved, Some(1))]
    );
    let pages: Vec<_> = in_note(&doc, 7)
        .iter()
        .map(|c| c.locator.as_ref().map(|l| l.value.clone()))
        .collect();
    assert_eq!(pages, [Some("722".to_string()), Some("769".to_string())]);
}

#[test]
fn the_page_after_an_article_s_first_page_is_the_pinpoint() {
    let doc = run_text(
        "Text.1 Text.2\n\n1 Wagner, Verantwortlichkeit im Zeichen digitaler Techniken, VersR 2020, 717, 720.\n2 Wagner, Verantwortlichkeit im Zeichen digitaler Techniken, VersR 2020, 717.\n",
    );
    let pinned = only(&doc, 1);
    let fields = pinned.fields.as_deref().unwrap();
    assert_eq!(fields.container_title.as_deref(), Some("VersR"));
    assert_eq!(fields.page.as_deref(), Some("717"));
    assert_eq!(
        pinned.locator.as_ref().map(|l| l.value.as_str()),
        Some("720")
    );
    let whole = only(&doc, 2);
    assert_eq!(
        whole.fields.as_deref().unwrap().page.as_deref(),
        Some("717")
    );
    assert!(whole.locator.is_none());
}

#[test]
fn a_title_may_hold_an_ordinal() {
    let doc = run_text("Text.1\n\n1 Zech, Gutachten zum 73. Deutschen Juristentag, 2020, S. 45.\n");
    let zech = only(&doc, 1);
    let fields = zech.fields.as_deref().unwrap();
    assert_eq!(
        fields.title.as_deref(),
        Some("Gutachten zum 73. Deutschen Juristentag")
    );
    assert_eq!(zech.locator.as_ref().map(|l| l.value.as_str()), Some("45"));
}

#[test]
fn an_abbreviated_french_house_is_a_publisher() {
    // `Éd. du Seuil` is the house Éditions du Seuil: the note cites a book
    // in full, dated 1990, no short form titled by its imprint.
    let doc =
        run_text("Texte.1\n\n1 P. Rosanvallon, La France, Paris, Éd. du Seuil, 1990, p. 12.\n");
    let book = only(&doc, 1);
    assert_eq!(book.kind, CitationKind::Full);
    let fields = book.fields.as_deref().unwrap();
    assert_eq!(fields.publisher.as_deref(), Some("Éd. du Seuil"));
    // `Éd.` is no editor's word here, so the title ends before the place.
    assert_eq!(fields.title.as_deref(), Some("La France"));
    assert_eq!(fields.publisher_place.as_deref(), Some("Paris"));
    assert_eq!(fields.year(), Some(1990));
    assert_eq!(book.locator.as_ref().map(|l| l.value.as_str()), Some("12"));
}
