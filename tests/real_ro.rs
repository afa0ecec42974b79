#[path = "papers_support/mod.rs"]
mod papers_support;

// A Romanian law paper as pdftotext gives it: notes in Romanian style
// (`L. Pop, I.-F. Popa, S.I. Vidu, Tratat …, Ed. Universul Juridic,
// București, 2012, p. 385`, `Ibidem`, `Idem`, `op. cit.`, `loc. cit.`,
// journals in „…” with `nr. 3/2012`, `ed. a IX-a`), some notes with the
// cedilla forms ş and ţ of older fonts, and a `Bibliografie` whose entries
// name several authors `Family, Given, Family, Given`. Expected values were
// written by reading the paper.

use opcit::model::CitationKind;
use opcit::model::Status::Resolved;
use papers_support::{authors, entry, findings, note_links, only, run, work};
use CitationKind::{Full, Ibid, Short};

const PAPER: &str = "fixtures/raspundere_civila_pdf_ro.txt";

/// A citation's kind and the bibliography entry it links to.
type Link = (CitationKind, Option<usize>);

#[test]
fn every_note_links_to_the_work_it_cites() {
    let (_, doc) = run(PAPER);
    let expected: [(u32, &[Link]); 30] = [
        (1, &[(Full, Some(6))]),
        (2, &[(Full, Some(8))]),
        (3, &[(Ibid, Some(8))]),
        (4, &[(Full, None)]),
        (5, &[(Full, Some(10))]),
        (6, &[(Short, Some(6))]),
        (7, &[(Full, Some(3))]),
        (8, &[(Ibid, Some(3))]),
        (9, &[(Short, Some(10))]),
        (10, &[(Full, Some(1))]),
        (11, &[(Full, Some(7))]),
        (12, &[(Full, None)]),
        (13, &[(Full, Some(4))]),
        (14, &[(Ibid, Some(4))]),
        (15, &[(Short, Some(6))]),
        (16, &[(Full, Some(13))]),
        (17, &[(Ibid, Some(13))]),
        // `Art. 1366 alin. (2) C. civ.`: the code, which no list gives.
        (18, &[(Full, None)]),
        (19, &[(Full, Some(5))]),
        // `Decizia Curții Constituționale nr. 1/2012`: a decision.
        (20, &[(Full, None)]),
        (21, &[(Full, Some(12))]),
        (22, &[(Short, Some(7))]),
        (23, &[(Short, Some(4))]),
        (24, &[(Full, Some(9))]),
        (25, &[(Ibid, Some(9)), (Short, Some(3))]),
        (26, &[(Full, Some(2))]),
        (27, &[(Ibid, Some(2)), (Short, Some(12))]),
        (28, &[(Short, Some(8))]),
        (29, &[(Short, Some(1))]),
        // `M. Uliescu (coord.), op. cit.`: the volume Uliescu edited, cited
        // in note 24 as the book of Popa's chapter, and listed.
        (30, &[(Short, Some(11))]),
    ];
    for (n, links) in expected {
        let want: Vec<_> = links.iter().map(|&(k, e)| (k, Resolved, e)).collect();
        assert_eq!(note_links(&doc, n), want, "note {n}");
    }
}

#[test]
fn inverted_names_in_pairs_are_each_an_author() {
    let (_, doc) = run(PAPER);
    assert_eq!(
        authors(entry(&doc, 8)),
        [
            ("Pop", "Liviu"),
            ("Popa", "Ionuț-Florin"),
            ("Vidu", "Stelian Ioan")
        ]
    );
    assert_eq!(
        authors(entry(&doc, 7)),
        [("Ionașcu", "Traian"), ("Barasch", "Eugen A.")]
    );
    assert_eq!(
        entry(&doc, 8).title.as_deref(),
        Some("Tratat elementar de drept civil. Obligațiile")
    );
    // One author and his given name stay one name.
    assert_eq!(authors(entry(&doc, 6)), [("Eliescu", "Mihail")]);
}

#[test]
fn initials_written_together_are_initials() {
    let (_, doc) = run(PAPER);
    assert_eq!(
        authors(only(&doc, 2).fields.as_ref().unwrap()),
        [("Pop", "L."), ("Popa", "I.-F."), ("Vidu", "S.I.")]
    );
    assert_eq!(
        authors(only(&doc, 11).fields.as_ref().unwrap()),
        [("Ionaşcu", "T."), ("Barasch", "E.A.")]
    );
}

#[test]
fn the_publisher_after_ed_and_the_edition_a_ix_a() {
    let (_, doc) = run(PAPER);
    let e = entry(&doc, 10);
    assert_eq!(e.publisher.as_deref(), Some("Ed. Hamangiu"));
    assert_eq!(e.publisher_place.as_deref(), Some("București"));
    assert_eq!(e.edition.as_deref(), Some("9"));
    assert!(e.editor.is_empty(), "{:?}", e.editor);
    assert_eq!(entry(&doc, 3).edition.as_deref(), Some("2"));
    assert_eq!(entry(&doc, 3).publisher.as_deref(), Some("Ed. C.H. Beck"));
}

#[test]
fn a_line_ending_on_ed_goes_on_in_the_next() {
    let (_, doc) = run(PAPER);
    // Thirteen entries: `… Partea generală, Ed.` / `Academiei, București,
    // 1967.` is one.
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 13);
    assert_eq!(entry(&doc, 7).publisher.as_deref(), Some("Ed. Academiei"));
}

#[test]
fn a_decision_of_the_high_court_is_a_case() {
    let (_, doc) = run(PAPER);
    let f = work(&doc, only(&doc, 12));
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.title.as_deref(), Some("1234"));
    assert_eq!(f.publisher.as_deref(), Some("ÎCCJ, Secția I civilă"));
}

#[test]
fn no_finding_the_volume_known_from_a_chapter_is_cited() {
    let (source, doc) = run(PAPER);
    // Note 30 cites the volume Uliescu edited, known from note 24's
    // chapter: cited there as the chapter's book.
    let found = findings(&source, &doc);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_volume_and_its_own_title_stand_apart_from_the_work_s_title() {
    let (_, doc) = run(PAPER);
    // `Tratat de drept civil, vol. I, Partea generală, Ed. Academiei,
    // București, 1967, p. 301.`
    let tratat = only(&doc, 11).fields.as_deref().unwrap();
    assert_eq!(tratat.title.as_deref(), Some("Tratat de drept civil"));
    assert_eq!(tratat.volume.as_deref(), Some("I"));
    assert_eq!(tratat.volume_title.as_deref(), Some("Partea generală"));
    assert_eq!(tratat.publisher.as_deref(), Some("Ed. Academiei"));
}
