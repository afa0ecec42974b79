//! An English economic-history article in Chicago notes-bibliography
//! style as pdftotext gives it: a bibliography entry for three authors,
//! the first inverted and the others in order (`Bell, Adrian R., Chris
//! Brooks, and Paul R. Dryburgh.`), a title dated `c. 1230–1327`, an entry
//! wrapped after its place's colon, short forms naming several authors
//! before `op. cit.` and `ibid.`, pages cited at a note written without a
//! space (`201n14`), a newspaper cited by its title and the day of its
//! issue, and a book title opening with a quoted phrase. Expected values
//! were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, in_note, note_links, only, paper_of_notes, run, run_text};

const PAPER: &str = "fixtures/atlantic_merchants_chicago_en.txt";
const MHRA: &str = "fixtures/wool_exchequer_mhra_en.txt";

// The list: 1 Bell, Brooks and Dryburgh, 2 Hancock, 3 Kaeuper, 4 Price,
// 5 Price and Clemens, 6 Smuts.

#[test]
fn every_author_of_a_chicago_entry_is_read() {
    let (_, doc) = run(PAPER);
    let bell = entry(&doc, 1);
    assert_eq!(
        authors(bell),
        [
            ("Bell", "Adrian R."),
            ("Brooks", "Chris"),
            ("Dryburgh", "Paul R.")
        ]
    );
    // The circa before the years is no sentence end.
    assert_eq!(
        bell.title.as_deref(),
        Some("The English Wool Market, c. 1230–1327")
    );
    assert_eq!(
        bell.publisher.as_deref(),
        Some("Cambridge University Press")
    );
    assert_eq!(
        authors(entry(&doc, 5)),
        [("Price", "Jacob M."), ("Clemens", "Paul G. E.")]
    );
}

#[test]
fn two_and_three_authors_in_a_short_list() {
    let doc = run_text(
        "Text.1\n\n1 Smith and Jones, Smoke, 4.\n\nBibliography\n\n\
         Smith, John, and Mary Jones. The Smoke of Cities. London: Faber, 1996.\n\
         Doe, Jane R., John Roe, and Ann B. Poe. A History of Credit, ca. 1500–1600. Oxford: Clarendon Press, 1999.\n",
    );
    assert_eq!(
        authors(entry(&doc, 1)),
        [("Smith", "John"), ("Jones", "Mary")]
    );
    let doe = entry(&doc, 2);
    assert_eq!(
        authors(doe),
        [("Doe", "Jane R."), ("Roe", "John"), ("Poe", "Ann B.")]
    );
    assert_eq!(
        doe.title.as_deref(),
        Some("A History of Credit, ca. 1500–1600")
    );
    assert_eq!(doe.publisher.as_deref(), Some("Clarendon Press"));
}

#[test]
fn several_names_before_op_cit_are_the_authors() {
    let (_, doc) = run(PAPER);
    use CitationKind::Short;
    use Status::Resolved;
    assert_eq!(note_links(&doc, 3), [(Short, Resolved, Some(1))]);
    let short = in_note(&doc, 3)[0].short.as_deref().unwrap();
    assert_eq!(short.author.as_deref(), Some("Bell, Brooks, and Dryburgh"));
    assert_eq!(short.title, None);
    // `ibid.` after the names of a work cited before another in the note.
    assert_eq!(
        note_links(&doc, 12),
        [(Short, Resolved, Some(2)), (Short, Resolved, Some(1))]
    );
}

#[test]
fn names_joined_without_a_serial_comma_and_in_french() {
    let doc = paper_of_notes(
        "Text",
        &[
            "Adrian R. Bell, Chris Brooks and Paul R. Dryburgh, The English Wool Market (Cambridge: Cambridge University Press, 2007), 5.",
            "Bell, Brooks and Dryburgh, op. cit., 9.",
            "François Terré, Philippe Simler et Yves Lequette, Droit civil. Les obligations, 12e éd., Paris, Dalloz, 2018, n° 40.",
            "Terré, Simler et Lequette, op. cit., n° 50.",
        ],
    );
    for (n, names) in [
        (2, "Bell, Brooks and Dryburgh"),
        (4, "Terré, Simler et Lequette"),
    ] {
        let short = in_note(&doc, n)[0].short.as_deref().unwrap();
        assert_eq!(short.author.as_deref(), Some(names), "note {n}");
        assert_eq!(short.title, None, "note {n}");
    }
}

#[test]
fn a_title_before_the_italian_cit_stays_a_title() {
    let doc = paper_of_notes(
        "Testo",
        &[
            "A. C. Jemolo, Chiesa e Stato in Italia negli ultimi cento anni, Torino, Einaudi, 1948, p. 12.",
            "Jemolo, Chiesa e Stato cit., p. 320.",
        ],
    );
    let short = in_note(&doc, 2)[0].short.as_deref().unwrap();
    assert_eq!(short.author.as_deref(), Some("Jemolo"));
    assert_eq!(short.title.as_deref(), Some("Chiesa e Stato"));
}

#[test]
fn an_entry_wrapped_after_its_place_or_a_circa_date_stays_whole() {
    // Chicago: `… and Edward I. Princeton:` / `Princeton University Press,
    // 1973.`: the ruler's numeral ends the title before the imprint.
    let (_, doc) = run(PAPER);
    let kaeuper = entry(&doc, 3);
    assert_eq!(
        kaeuper.title.as_deref(),
        Some("Bankers to the Crown: The Riccardi of Lucca and Edward I")
    );
    assert_eq!(
        kaeuper.publisher.as_deref(),
        Some("Princeton University Press")
    );
    assert_eq!(kaeuper.issued.as_ref().and_then(|d| d.year()), Some(1973));
    // MHRA: the imprint in brackets on the line after a title ending in
    // `c. 1270–1400` belongs to it; four entries, not five.
    let (_, doc) = run(MHRA);
    assert_eq!(
        doc.references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count(),
        4
    );
    let lloyd = entry(&doc, 3);
    assert_eq!(authors(lloyd), [("Lloyd", "T. H.")]);
    assert_eq!(
        lloyd.title.as_deref(),
        Some("The English Wool Trade in the Middle Ages, c. 1270–1400")
    );
    assert_eq!(lloyd.publisher_place.as_deref(), Some("Cambridge"));
    assert_eq!(lloyd.issued.as_ref().and_then(|d| d.year()), Some(1977));
    let kaeuper = entry(&doc, 2);
    assert_eq!(kaeuper.issued.as_ref().and_then(|d| d.year()), Some(1973));
    assert_eq!(entry(&doc, 4).title.as_deref(), Some("Edward I"));
    use CitationKind::{Full, Short};
    use Status::Resolved;
    for (n, kind, e) in [
        (1, Full, 2),
        (2, Full, 3),
        (3, Full, 1),
        (4, Short, 2),
        (5, Full, 4),
    ] {
        assert_eq!(note_links(&doc, n), [(kind, Resolved, Some(e))], "note {n}");
    }
}

/// (value, note) of the locator of the one citation of note `n`.
fn page_and_note(doc: &opcit::model::Document, n: u32) -> (String, Option<String>) {
    let c = in_note(doc, n);
    assert_eq!(c.len(), 1, "note {n}: {c:#?}");
    let l = c[0].locator.as_ref().expect("a locator");
    assert_eq!(l.label, "page", "note {n}");
    (l.value.clone(), l.note.clone())
}

#[test]
fn a_note_glued_to_its_page_is_read() {
    let (_, doc) = run(PAPER);
    assert_eq!(page_and_note(&doc, 5), ("203".into(), Some("14–15".into())));
    assert_eq!(page_and_note(&doc, 9), ("44".into(), Some("3".into())));
    use CitationKind::Short;
    use Status::Resolved;
    assert_eq!(note_links(&doc, 5), [(Short, Resolved, Some(6))]);
    assert_eq!(note_links(&doc, 9), [(Short, Resolved, Some(4))]);
    let doc = paper_of_notes(
        "Text",
        &[
            "Kenneth Morgan, Bristol and the Atlantic Trade in the Eighteenth Century (Cambridge: Cambridge University Press, 1993), 201n14.",
            "Ibid., 44n3.",
            "Kenneth Morgan, “Bristol West India Merchants,” Transactions of the Royal Historical Society 3 (1993): 185.",
            "Morgan, “Bristol West India Merchants,” 190n7.",
            "Morgan, Bristol and the Atlantic Trade, 12.",
        ],
    );
    assert_eq!(page_and_note(&doc, 1), ("201".into(), Some("14".into())));
    assert_eq!(page_and_note(&doc, 2), ("44".into(), Some("3".into())));
    assert_eq!(page_and_note(&doc, 4), ("190".into(), Some("7".into())));
    assert_eq!(in_note(&doc, 4)[0].kind, CitationKind::Short);
    // A page alone has no note.
    assert_eq!(page_and_note(&doc, 5), ("12".into(), None));
}

#[test]
fn a_newspaper_cited_by_its_title_and_day_is_an_issue() {
    let (source, doc) = run(PAPER);
    for n in [7, 8] {
        let c = only(&doc, n);
        assert_eq!(c.kind, CitationKind::Full, "note {n}");
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.kind, "article-newspaper", "note {n}");
        assert_eq!(f.container_title.as_deref(), Some("Lloyd's List"));
        assert!(f.author.is_empty(), "note {n}");
    }
    // No author `List, Lloyd's` missing from the list.
    assert!(!papers_support::findings(&source, &doc)
        .iter()
        .any(|(code, _)| *code == opcit::diagnostic::Code::MissingFromBibliography));
    // A person's name before a year stays an author.
    let doc = paper_of_notes("Text", &["Adam Smith, 1776, 45."]);
    assert_ne!(
        only(&doc, 1).fields.as_deref().map(|f| f.kind.as_str()),
        Some("article-newspaper")
    );
}
