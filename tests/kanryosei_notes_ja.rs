//! A Japanese paper on bureaucracy whose notes name authors of three and
//! four Han characters glued to the title's mark, some after a lead-in
//! glued to them (`例えば辻清明『…』`, `詳しくは村松岐夫『…』`), and repeat
//! works with `同右`, `同上`, `前掲注(3)書` after a family name (`辻・`), and
//! a signal `同旨、`. Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, entry_number, only, run};

const PAPER: &str = "fixtures/kanryosei_chushaku_ja.txt";

#[test]
fn names_glued_to_the_title_mark_are_the_authors() {
    let (_, doc) = run(PAPER);
    // (note, family, given, entry): 辻清明 is 1 + 2, 村松岐夫 2 + 2, 岡義武
    // 1 + 2, 森田朗 2 + 1; the lead-ins `例えば`, `詳しくは` are no names.
    for (note, family, given, n) in [
        (1, "辻", "清明", 2),
        (3, "村松", "岐夫", 3),
        (6, "岡", "義武", 1),
        (8, "森田", "朗", 4),
    ] {
        let c = only(&doc, note);
        assert_eq!(c.kind, CitationKind::Full, "note {note}");
        let f = c.fields.as_deref().unwrap();
        assert_eq!(authors(f), [(family, given)], "note {note}");
        assert_eq!(entry_number(&doc, c), Some(n), "note {note}");
    }
    assert_eq!(authors(entry(&doc, 2)), [("辻", "清明")]);
    assert_eq!(authors(entry(&doc, 1)), [("岡", "義武")]);
}

#[test]
fn back_references_repeat_the_works_cited_before() {
    let (_, doc) = run(PAPER);
    // (note, kind, entry, page)
    for (note, kind, n, page) in [
        (2, CitationKind::Ibid, 2, "50"),
        (4, CitationKind::Ibid, 3, "20"),
        (5, CitationKind::Supra, 2, "60"),
        (7, CitationKind::Supra, 3, "30"),
    ] {
        let c = only(&doc, note);
        assert_eq!(c.kind, kind, "note {note}");
        assert_eq!(c.status, Some(Status::Resolved), "note {note}");
        assert_eq!(entry_number(&doc, c), Some(n), "note {note}");
        assert_eq!(c.locator.as_ref().unwrap().value, page, "note {note}");
    }
    assert_eq!(only(&doc, 7).signal.as_deref(), Some("同旨"));
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}
