//! Works without an author whose edition or part stands between the
//! title and the imprint (Chicago 14.75, 14.120): `The Chicago Manual of
//! Style. 17th ed. Chicago: …` in a list and `The Chicago Manual of Style,
//! 17th ed. (Chicago: …), 14.75.` in a note; `Report of the Royal
//! Commission on Labour, 1880. Part 1. London: HMSO, 1881.` and `…, 1880,
//! pt. 1 (London: HMSO, 1881), 22.`, each part linked to its own entry.
//! The paper is a short one written for the test; expected values were
//! written by reading it.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{Citation, CitationKind, Status};
use papers_support::{entry, note_links, only, run};
use CitationKind::Full;
use Status::Resolved;

const ENGLISH: &str = "fixtures/colonial_sanitation_chicago_en.txt";

/// (label, value) of a citation's pinpoint.
fn pin(c: &Citation) -> Option<(&str, &str)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

#[test]
fn list_entries_without_authors_keep_their_editions_and_parts() {
    let (_, doc) = run(ENGLISH);
    // 1 Annual Report…, 2 Arnold, 3 Chicago Manual, 4 Digest, 5 Harrison,
    // 6 Indian Famine Commission, 7 Labour part 1, 8 Labour part 2.
    let manual = entry(&doc, 3);
    assert_eq!(manual.title.as_deref(), Some("The Chicago Manual of Style"));
    assert!(manual.author.is_empty());
    assert_eq!(manual.edition.as_deref(), Some("17"));
    assert_eq!(
        manual.publisher.as_deref(),
        Some("University of Chicago Press")
    );
    assert_eq!(manual.publisher_place.as_deref(), Some("Chicago"));
    assert_eq!(manual.year(), Some(2017));
    for (n, part) in [(7, "1"), (8, "2")] {
        let labour = entry(&doc, n);
        assert_eq!(
            labour.title.as_deref(),
            Some("Report of the Royal Commission on Labour, 1880"),
            "{n}"
        );
        assert!(labour.author.is_empty(), "{n}");
        assert_eq!(labour.part_number.as_deref(), Some(part), "{n}");
        assert_eq!(labour.publisher.as_deref(), Some("HMSO"), "{n}");
        assert_eq!(labour.publisher_place.as_deref(), Some("London"), "{n}");
        assert_eq!(labour.year(), Some(1881), "{n}");
    }
    let digest = entry(&doc, 4);
    assert_eq!(
        digest.title.as_deref(),
        Some("Digest of Sanitary Returns for the Madras Presidency")
    );
    assert!(doc.references.iter().all(|r| r.unparsed.is_none()));
}

#[test]
fn an_edition_and_a_part_in_a_note_are_read_with_the_title() {
    let (_, doc) = run(ENGLISH);
    let manual = only(&doc, 6);
    let f = manual.fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("The Chicago Manual of Style"));
    assert_eq!(f.edition.as_deref(), Some("17"));
    assert_eq!(f.publisher.as_deref(), Some("University of Chicago Press"));
    assert_eq!(f.year(), Some(2017));
    assert_eq!(pin(manual), Some(("section", "14.75")));
    assert_eq!(note_links(&doc, 6), [(Full, Resolved, Some(3))]);
    // Each part links to its own entry.
    for (note, part, n) in [(8, "1", 7), (9, "2", 8)] {
        let c = only(&doc, note);
        let f = c.fields.as_deref().unwrap();
        assert_eq!(
            f.title.as_deref(),
            Some("Report of the Royal Commission on Labour, 1880"),
            "{note}"
        );
        assert_eq!(f.part_number.as_deref(), Some(part), "{note}");
        assert_eq!(note_links(&doc, note), [(Full, Resolved, Some(n))]);
    }
    assert_eq!(pin(only(&doc, 9)), Some(("page", "104")));
}
