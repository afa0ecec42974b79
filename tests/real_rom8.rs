#[path = "papers_support/mod.rs"]
mod papers_support;

// A Romanian law paper as pdftotext gives it: articles of the codes cited
// with no work (`Art. 1373 alin. (1) C. civ.`, `art. 1357 din Codul
// civil`, `Art. 249 C. proc. civ.`), decisions cited by court and number
// (`Decizia ÎCCJ nr. 12/2015`, `Decizia Curții Constituționale nr.
// 257/2017`), chapters of volumes cited later by their coordinators
// (`C. Jugastru (coord.), op. cit.`), and titles in low opening quotes
// closed by straight ones (`„Titlu"`), as PDF conversions leave them.
// Expected values were written by reading the paper.

use opcit::model::CitationKind;
use opcit::model::Status::Resolved;
use papers_support::{editors, entry, findings, in_note, note_links, only, run, work};
use CitationKind::{Full, Ibid, Short};

const PAPER: &str = "fixtures/raspunderea_comitentului_pdf_ro.txt";

/// A citation's kind and the bibliography entry it links to.
type Link = (CitationKind, Option<usize>);

#[test]
fn every_note_links_to_the_work_it_cites() {
    let (_, doc) = run(PAPER);
    // Entries: 1 Adam, 2 Alexandresco, 3 Baias, 4 Eliescu, 5 Pop,
    // 6 Stătescu and Bîrsan, 7 Stoica.
    let expected: [(u32, &[Link]); 27] = [
        (1, &[(Full, Some(4))]),
        (2, &[(Ibid, Some(4))]),
        (3, &[(Full, None)]),
        (4, &[(Full, None)]),
        (5, &[(Full, None)]),
        (6, &[(Full, Some(6))]),
        (7, &[(Full, Some(2))]),
        (8, &[(Full, Some(5))]),
        (9, &[(Ibid, Some(5))]),
        (10, &[(Full, Some(3))]),
        // The commentary Baias and others coordinated, whose chapter the
        // list gives (entry 3), not the volume.
        (11, &[(Short, Some(3))]),
        (12, &[(Short, Some(6))]),
        (13, &[(Full, None)]),
        (14, &[(Full, None)]),
        (15, &[(Full, None)]),
        (16, &[(Full, None), (Full, None)]),
        (17, &[(Short, Some(4))]),
        (18, &[(Short, Some(5))]),
        (19, &[(Full, None)]),
        (20, &[(Full, Some(1))]),
        (21, &[(Full, Some(7))]),
        // The volume Jugastru coordinated: Adam's chapter in it (entry 1).
        (22, &[(Short, Some(1))]),
        (23, &[(Full, None)]),
        (24, &[(Full, None)]),
        (25, &[(Short, Some(6))]),
        (26, &[(Short, Some(2))]),
        (27, &[(Short, Some(7))]),
    ];
    for (n, links) in expected {
        let want: Vec<_> = links.iter().map(|&(k, e)| (k, Resolved, e)).collect();
        assert_eq!(note_links(&doc, n), want, "note {n}");
    }
}

#[test]
fn an_article_of_a_code_cites_the_code_at_that_article() {
    let (_, doc) = run(PAPER);
    // (note, code, article): the paper writes the Civil Code both `C.
    // civ.` and `Codul civil`, one work titled by its name in full; the
    // Code of Civil Procedure only abbreviated, as written.
    let cases = [
        (3, "Codul civil", "Art. 1373 alin. (1)"),
        (4, "Codul civil", "Art. 1373 alin. (3)"),
        (5, "Codul civil", "art. 1357"),
        (19, "Codul civil", "Art. 1373 alin. (3)"),
        (23, "C. proc. civ.", "Art. 249"),
        (24, "Codul civil", "Art. 1384 alin. (1)"),
    ];
    for (n, code, article) in cases {
        let c = only(&doc, n);
        let f = work(&doc, c);
        assert_eq!(f.kind, "legislation", "note {n}");
        assert_eq!(f.title.as_deref(), Some(code), "note {n}");
        let at = c
            .locator
            .as_ref()
            .map(|l| (l.label.as_str(), l.value.as_str()));
        assert_eq!(at, Some(("section", article)), "note {n}");
    }
    // The Civil Code cited the same way is one work, whatever article.
    let civil = only(&doc, 3).reference.clone();
    for n in [4, 5, 19, 24] {
        assert_eq!(only(&doc, n).reference, civil, "note {n}");
    }
    let both: Vec<_> = in_note(&doc, 16)
        .iter()
        .map(|c| c.locator.as_ref().map(|l| l.value.clone()))
        .collect();
    assert_eq!(
        both,
        [
            Some("Art. 1373 alin. (1)".to_string()),
            Some("art. 1374".to_string())
        ]
    );
}

#[test]
fn a_decision_by_court_and_number_is_a_case() {
    let (_, doc) = run(PAPER);
    // (note, court, number, year)
    let cases = [
        (13, "ÎCCJ", "12/2015", 2015),
        (14, "ÎCCJ", "7/2016", 2016),
        (15, "Curții Constituționale", "257/2017", 2017),
    ];
    for (n, court, number, year) in cases {
        let f = work(&doc, only(&doc, n));
        assert_eq!(f.kind, "legal_case", "note {n}");
        assert_eq!(f.publisher.as_deref(), Some(court), "note {n}");
        assert_eq!(f.number.as_deref(), Some(number), "note {n}");
        assert_eq!(f.year(), Some(year), "note {n}");
    }
    // Two decisions of one court are two cases.
    assert_ne!(only(&doc, 13).reference, only(&doc, 14).reference);
}

#[test]
fn a_straight_quote_closes_a_low_one() {
    let (_, doc) = run(PAPER);
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 7);
    assert_eq!(
        entry(&doc, 5).title.as_deref(),
        Some("Fundamentul răspunderii comitentului")
    );
    assert_eq!(
        entry(&doc, 7).title.as_deref(),
        Some("Răspunderea comitentului în noul Cod civil")
    );
    assert_eq!(
        entry(&doc, 1).title.as_deref(),
        Some("Exonerarea comitentului de răspundere")
    );
}

#[test]
fn coordinators_written_initials_first_are_each_an_editor() {
    let (_, doc) = run(PAPER);
    let f = only(&doc, 10).fields.as_deref().unwrap();
    assert_eq!(
        editors(f),
        [
            ("Baias", "Fl.A."),
            ("Chelaru", "E."),
            ("Constantinovici", "R."),
            ("Macovei", "I.")
        ]
    );
    assert_eq!(
        editors(only(&doc, 20).fields.as_deref().unwrap()),
        [("Jugastru", "C.")]
    );
}

#[test]
fn no_finding() {
    let (source, doc) = run(PAPER);
    let found = findings(&source, &doc);
    assert!(found.is_empty(), "{found:?}");
}
