//! An English history paper in Chicago notes as pdftotext gives it, whose
//! notes go on after a citation with a remark or a second citation in a
//! sentence of its own (`…, 1987), 212. For a different view, see …`,
//! `Ibid., 72. Marin’s account draws on …`). Expected values were written
//! by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{in_note, note_links, only, run};

const PAPER: &str = "fixtures/grain_naples_chicago_pdf_en.txt";

// The list: 1 Marin, 2 Marino, Becoming Neapolitan, 3 Marino, Pastoral
// Economics, 4 Rao, 5 Venturi.

#[test]
fn a_citation_before_a_remark_keeps_its_work_and_page() {
    let (_, doc) = run(PAPER);
    use CitationKind::Full;
    use Status::Resolved;
    // Note 1: `Franco Venturi, Settecento riformatore, vol. 5 (Turin:
    // Einaudi, 1987), 212. For a different view, see Anna Maria Rao, …`.
    // Before, the first sentence was read as prose before the second.
    assert_eq!(
        note_links(&doc, 1),
        [(Full, Resolved, Some(5)), (Full, Resolved, Some(4))]
    );
    let cited = in_note(&doc, 1);
    assert_eq!(cited[0].locator.as_ref().unwrap().value, "212");
    assert_eq!(cited[1].signal.as_deref(), Some("see"));
    // Note 2: `John A. Marino, Pastoral Economics … (…, 1988), 45. The
    // argument is extended in …`: the first work with its page, not the
    // chapter of the second.
    let first = in_note(&doc, 2)[0];
    assert_eq!(note_links(&doc, 2)[0], (Full, Resolved, Some(3)));
    assert_eq!(first.locator.as_ref().unwrap().value, "45");
    // `The argument is extended in Marino, Becoming Neapolitan: … (…,
    // 2011), chap. 3.`: the second work, named after a clause of the
    // note's own by its author's surname alone.
    assert_eq!(note_links(&doc, 2)[1], (Full, Resolved, Some(2)));
    assert_eq!(in_note(&doc, 2)[1].locator.as_ref().unwrap().value, "3");
}

#[test]
fn ibid_before_a_remark_has_its_own_page() {
    let (_, doc) = run(PAPER);
    // Note 5: `Ibid., 72. Marin’s account draws on the records …` after
    // note 4's `…, at 70.` Before, the page was lost and note 4's taken.
    let ibid = only(&doc, 5);
    assert_eq!(ibid.kind, CitationKind::Ibid);
    assert_eq!(note_links(&doc, 5)[0].2, Some(1));
    assert_eq!(ibid.locator.as_ref().unwrap().value, "72");
}

#[test]
fn an_author_named_alone_with_a_page_is_a_short_form() {
    let (_, doc) = run(PAPER);
    // Note 7: `Venturi, 5:240.`, the author of one work cited, with the
    // volume and the page. Before, the note gave no citation.
    assert_eq!(
        note_links(&doc, 7),
        [(CitationKind::Short, Status::Resolved, Some(5))]
    );
    assert_eq!(only(&doc, 7).locator.as_ref().unwrap().value, "5:240");
}

#[test]
fn an_author_and_page_short_form_points_back_in_other_languages_too() {
    // German `Schmidt, S. 14.` and `Vgl. Schmidt, S. 15 f.`, after the full
    // citation; `Wolff, p. 12.` names no work cited before and dangles.
    let doc = papers_support::run_text(
        "Text.1 Text.2 Text.3 Text.4\n\n1 Hans Schmidt, Staat und Recht, München 2001, S. 12.\n2 Schmidt, S. 14.\n3 Vgl. Schmidt, S. 15 f.\n4 Wolff, p. 12.\n",
    );
    for n in [2, 3] {
        let c = only(&doc, n);
        assert_eq!(c.kind, CitationKind::Short, "note {n}");
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        assert_eq!(c.antecedent.as_deref(), Some("c1"), "note {n}");
    }
    assert_eq!(only(&doc, 2).locator.as_ref().unwrap().value, "14");
    assert_eq!(only(&doc, 3).signal.as_deref(), Some("Vgl."));
    assert_eq!(only(&doc, 4).status, Some(Status::Dangling));
}
