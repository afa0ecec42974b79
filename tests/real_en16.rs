//! An English economic-history article in MHRA style as pdftotext gives
//! it: a list entry naming three authors separated by commas, the first
//! inverted (`Bell, Adrian R., Chris Brooks and Paul R. Dryburgh, The
//! English Wool Market`), a book title opening with a quoted phrase
//! (`“Merely for Money”? Business Culture …`), a letter cited by its
//! writer and day, and an author-date reference after a lead-in phrase.
//! Chicago notes citing a note glued to a journal's page (`185n2`) are
//! read too. Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, in_note, note_links, only, paper_of_notes, run, run_text};

const PAPER: &str = "fixtures/bristol_credit_mhra_en.txt";

// The list: 1 Bell, Brooks and Dryburgh, 2 Haggerty, 3 Morgan.

#[test]
fn comma_co_authors_of_an_mhra_entry_are_authors() {
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
    assert_eq!(
        bell.title.as_deref(),
        Some("The English Wool Market, c. 1230–1327")
    );
    assert_eq!(
        bell.publisher.as_deref(),
        Some("Cambridge University Press")
    );
    // With a serial comma, and four names.
    let doc = run_text(
        "Text.1\n\n1 Doe, Ancient Credit, 4.\n\nBibliography\n\n\
         Doe, Jane R., John Roe, Ann Poe, and Mark B. Low, Ancient Credit (Oxford: Clarendon Press, 1999)\n",
    );
    assert_eq!(
        authors(entry(&doc, 1)),
        [
            ("Doe", "Jane R."),
            ("Roe", "John"),
            ("Poe", "Ann"),
            ("Low", "Mark B.")
        ]
    );
    assert_eq!(entry(&doc, 1).title.as_deref(), Some("Ancient Credit"));
    // A family name, a given name and a title of capitalised words with
    // `and` stays one author (no names before the title).
    let doc = run_text(
        "Text.1\n\n1 Smith, Trade, 4.\n\nBibliography\n\n\
         Smith, John, Trade and Empire, Credit and Commerce (London: Methuen, 1990)\n",
    );
    assert_eq!(authors(entry(&doc, 1)), [("Smith", "John")]);
}

#[test]
fn a_quoted_phrase_opening_a_book_title_is_part_of_it() {
    let (_, doc) = run(PAPER);
    let haggerty = entry(&doc, 2);
    assert_eq!(haggerty.kind, "book");
    assert_eq!(
        haggerty.title.as_deref(),
        Some("“Merely for Money”? Business Culture in the British Atlantic, 1750–1815")
    );
    assert_eq!(haggerty.container_title, None);
    assert_eq!(
        haggerty.publisher.as_deref(),
        Some("Liverpool University Press")
    );
    let c = only(&doc, 2);
    assert_eq!(c.kind, CitationKind::Full);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "book");
    assert_eq!(f.container_title, None);
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("201"));
    // A Chicago list entry, the title ending at a period before the imprint.
    let doc = run_text(
        "Text.1\n\n1 Haggerty, “Merely for Money”?, p. 45.\n\nBibliography\n\n\
         Haggerty, Sheryllynne. “Merely for Money”? Business Culture in the British Atlantic, 1750–1815. Liverpool: Liverpool University Press, 2012.\n",
    );
    let e = entry(&doc, 1);
    assert_eq!(e.kind, "book");
    assert_eq!(
        e.title.as_deref(),
        Some("“Merely for Money”? Business Culture in the British Atlantic, 1750–1815")
    );
    assert_eq!(e.publisher_place.as_deref(), Some("Liverpool"));
    // An article's title in quotes before its journal stays an article.
    let doc = paper_of_notes(
        "Text",
        &["Jacob M. Price, “What Did Merchants Do? Reflections on British Overseas Trade, 1660–1790,” Journal of Economic History 49, no. 2 (1989): 267."],
    );
    let f = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-journal");
    assert_eq!(
        f.container_title.as_deref(),
        Some("Journal of Economic History")
    );
}

#[test]
fn a_note_glued_to_a_journal_page_is_the_locator() {
    let doc = paper_of_notes(
        "Text",
        &[
            "Kenneth Morgan, “Bristol West India Merchants,” Journal of Economic History 53, no. 3 (1993): 185n2.",
            "Jacob M. Price, “What Did Merchants Do?,” Journal of Economic History 49 (1989): 267nn4–5.",
        ],
    );
    for (n, page, note) in [(1, "185", "2"), (2, "267", "4–5")] {
        let c = only(&doc, n);
        assert_eq!(c.kind, CitationKind::Full, "note {n}");
        let l = c.locator.as_ref().expect("a locator");
        assert_eq!(l.label, "page", "note {n}");
        assert_eq!(l.value, page, "note {n}");
        assert_eq!(l.note.as_deref(), Some(note), "note {n}");
        let f = c.fields.as_deref().unwrap();
        assert_eq!(
            f.container_title.as_deref(),
            Some("Journal of Economic History")
        );
    }
}

#[test]
fn a_person_and_a_day_are_no_newspaper() {
    let (_, doc) = run(PAPER);
    let c = only(&doc, 5);
    assert_ne!(
        c.fields.as_deref().map(|f| f.kind.as_str()),
        Some("article-newspaper")
    );
    assert!(c
        .fields
        .as_deref()
        .is_none_or(|f| f.container_title.as_deref() != Some("John Smith")));
    // A periodical's title before its day stays an issue.
    let doc = paper_of_notes(
        "Text",
        &[
            "Lloyd's List, 12 April 1793.",
            "Bristol Mercury, 3 May 1790, 2.",
        ],
    );
    for n in [1, 2] {
        let f = only(&doc, n).fields.as_deref().unwrap();
        assert_eq!(f.kind, "article-newspaper", "note {n}");
    }
}

#[test]
fn the_lead_in_before_the_names_is_dropped() {
    let (_, doc) = run(PAPER);
    use CitationKind::{AuthorDate, Short};
    use Status::Resolved;
    assert_eq!(note_links(&doc, 6), [(AuthorDate, Resolved, Some(1))]);
    let short = in_note(&doc, 6)[0].short.as_deref().unwrap();
    assert_eq!(short.author.as_deref(), Some("Bell, Brooks and Dryburgh"));
    assert_eq!(note_links(&doc, 4), [(Short, Resolved, Some(3))]);
}
