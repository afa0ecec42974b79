#[path = "papers_support/mod.rs"]
mod papers_support;

// A UK public-law article in OSCOLA footnotes, as pdftotext gives it
// (running heads, page numbers, a note split across pages, a bibliography
// divided into cases, legislation, books and articles), and English notes
// that were misread: a Senate report, `See, also,` after `Ibid.`. Expected
// values were written by reading the fixture and the snippets.

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, Status};
use papers_support::{authors, entry, findings, in_note, note_entries, run, run_text};

const OSCOLA: &str = "fixtures/oscola_public_law_pdf_en.txt";

/// (label, value) of a citation's locator.
fn pin(c: &Citation) -> Option<(&str, &str)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

#[test]
fn oscola_cases_and_statutes_link_to_the_lists_of_cases_and_legislation() {
    let (_, doc) = run(OSCOLA);
    let notes = note_entries(&doc);
    let full = |n: u32, e: usize| (n, CitationKind::Full, Status::Resolved, Some(e));
    // Cases: Simms, UNISON, Jackson, Ghaidan, Factortame, Miller (2017),
    // Miller (2019), Kennedy; statutes: the Human Rights Act 1998 twice,
    // the European Communities Act 1972.
    for want in [
        full(5, 4),
        full(6, 11),
        full(7, 9),
        full(13, 6),
        full(16, 11),
        full(17, 2),
        full(21, 10),
        full(21, 5),
        full(23, 8),
        full(27, 7),
        full(36, 3),
    ] {
        assert!(notes.contains(&want), "{want:?} in {notes:?}");
    }
    let simms = entry(&doc, 4);
    assert_eq!(simms.kind, "legal_case");
    assert_eq!(
        simms.title.as_deref(),
        Some("R v Secretary of State for the Home Department, ex p Simms")
    );
    assert_eq!(simms.container_title.as_deref(), Some("AC"));
    assert_eq!(simms.volume.as_deref(), Some("2"));
    assert_eq!(simms.page.as_deref(), Some("115"));
    assert_eq!(simms.publisher.as_deref(), Some("HL"));
    let hra = entry(&doc, 11);
    assert_eq!(hra.kind, "legislation");
    assert_eq!(hra.title.as_deref(), Some("Human Rights Act 1998"));
    // `Legislation` is a sub-heading, no part of the entry after it.
    assert_eq!(
        entry(&doc, 10).title.as_deref(),
        Some("European Communities Act 1972")
    );
    // The pinpoints: a page after the court, paragraphs in square brackets,
    // a section of the Act.
    assert_eq!(pin(in_note(&doc, 5)[0]), Some(("page", "131")));
    assert_eq!(pin(in_note(&doc, 17)[0]), Some(("paragraph", "[29]-[33]")));
    assert_eq!(pin(in_note(&doc, 6)[0]), Some(("section", "s 3(1)")));
    assert_eq!(pin(in_note(&doc, 21)[0]), Some(("section", "sch 2")));
}

#[test]
fn oscola_ibid_without_a_period_keeps_its_own_paragraph() {
    let (_, doc) = run(OSCOLA);
    let ibid = |n: u32| {
        let c = in_note(&doc, n)[0];
        assert_eq!(c.kind, CitationKind::Ibid, "note {n}");
        (papers_support::entry_number(&doc, c), pin(c))
    };
    assert_eq!(ibid(2), (Some(17), Some(("page", "470"))));
    assert_eq!(ibid(8), (Some(9), Some(("paragraph", "[68]"))));
    assert_eq!(ibid(20).0, Some(4));
    assert_eq!(ibid(24), (Some(8), Some(("paragraph", "[86]"))));
    assert_eq!(ibid(28), (Some(7), Some(("paragraph", "41"))));
    assert_eq!(ibid(37), (Some(3), Some(("paragraph", "[133]"))));
}

#[test]
fn oscola_cross_references_name_the_note_of_the_full_citation() {
    let (_, doc) = run(OSCOLA);
    let supra = |n: u32, i: usize| {
        let c = in_note(&doc, n)[i];
        assert_eq!(c.kind, CitationKind::Supra, "note {n}");
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        (
            c.short.as_ref().and_then(|s| s.note),
            papers_support::entry_number(&doc, c),
            pin(c),
        )
    };
    assert_eq!(supra(9, 0), (Some(1), Some(17), Some(("page", "474"))));
    assert_eq!(supra(10, 0), (Some(3), Some(12), Some(("chapter", "4"))));
    // Split across the page break: `see also Elliott` / `(n 12) 96.`
    assert_eq!(supra(14, 1), (Some(12), Some(18), Some(("page", "96"))));
    // A case named by one party.
    assert_eq!(supra(19, 0), (Some(5), Some(4), Some(("page", "131"))));
    assert_eq!(
        supra(34, 0),
        (Some(23), Some(8), Some(("paragraph", "[81]")))
    );
    // Author and short title before the note.
    assert_eq!(supra(29, 0), (Some(1), Some(17), Some(("page", "470"))));
    // AGLC's `above n 11`.
    assert_eq!(supra(31, 1).0, Some(11));
    assert_eq!(supra(31, 1).1, Some(16));
    assert_eq!(supra(39, 1), (Some(4), Some(21), Some(("page", "20"))));
}

#[test]
fn oscola_articles_books_and_chapters_read_their_imprints() {
    let (_, doc) = run(OSCOLA);
    // `[1997] PL 467`: the year in square brackets is the volume.
    let craig = entry(&doc, 17);
    assert_eq!(craig.kind, "article-journal");
    assert_eq!(craig.container_title.as_deref(), Some("PL"));
    assert_eq!(craig.volume, None);
    assert_eq!(craig.page.as_deref(), Some("467"));
    assert_eq!(craig.publisher, None);
    // `(1999) 115 LQR 221`: the year, then the volume.
    let allan = entry(&doc, 16);
    assert_eq!(allan.kind, "article-journal");
    assert_eq!(allan.container_title.as_deref(), Some("LQR"));
    assert_eq!(allan.volume.as_deref(), Some("115"));
    assert_eq!(allan.page.as_deref(), Some("221"));
    // In the note, the pinpoint after the first page.
    let note11 = in_note(&doc, 11)[0];
    assert_eq!(pin(note11), Some(("page", "223")));
    assert_eq!(
        note11.fields.as_ref().unwrap().container_title.as_deref(),
        Some("LQR")
    );
    // The ditto entry is Elliott's second article.
    assert_eq!(authors(entry(&doc, 19)), [("Elliott", "M")]);
    assert_eq!(entry(&doc, 19).container_title.as_deref(), Some("CLJ"));
    // `(CUP 2009)`: a house's initials before the year are no place.
    assert_eq!(entry(&doc, 13).publisher.as_deref(), Some("CUP"));
    assert_eq!(entry(&doc, 13).publisher_place, None);
    // `in Jowell J and Oliver D (eds), The Changing Constitution (7th edn,
    // OUP 2011)`.
    let jowell = entry(&doc, 21);
    assert_eq!(jowell.kind, "chapter");
    assert_eq!(
        jowell.container_title.as_deref(),
        Some("The Changing Constitution")
    );
    let editors: Vec<_> = jowell
        .editor
        .iter()
        .filter_map(|n| n.family.as_deref())
        .collect();
    assert_eq!(editors, ["Jowell", "Oliver"]);
    assert_eq!(jowell.edition.as_deref(), Some("7"));
    assert_eq!(jowell.publisher.as_deref(), Some("OUP"));
}

#[test]
fn oscola_hansard_without_periods_is_a_days_debates() {
    let (_, doc) = run(OSCOLA);
    let c = in_note(&doc, 22)[0];
    let f = c.fields.as_ref().unwrap();
    assert_eq!(f.kind, "hearing");
    assert_eq!(f.container_title.as_deref(), Some("HC Deb"));
    assert_eq!(f.volume.as_deref(), Some("831"));
    assert_eq!(pin(c), Some(("column", "278")));
}

#[test]
fn oscola_paper_has_no_dangling_or_missing_work() {
    let (source, doc) = run(OSCOLA);
    let found = findings(&source, &doc);
    for code in [
        Code::DanglingShortForm,
        Code::MissingFromBibliography,
        Code::UnparsedReference,
        Code::AmbiguousShortForm,
    ] {
        assert!(!found.iter().any(|f| f.0 == code), "{code:?} in {found:?}");
    }
    assert_eq!(doc.footnotes.len(), 39);
}

#[test]
fn oscola_case_in_a_short_note_and_a_bracketed_judge() {
    let doc = run_text(
        "T\n\nA.1 B.2 C.3\n\n\
         1 Hadley v Baxendale (1854) 9 Exch 341, 156 ER 145, 151 (Alderson B).\n\
         2 ibid 150.\n\
         3 Hadley (n 1) 152.\n",
    );
    let c = &doc.citations[0];
    let f = c.fields.as_ref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.title.as_deref(), Some("Hadley v Baxendale"));
    assert_eq!(f.container_title.as_deref(), Some("Exch"));
    assert_eq!(pin(c), Some(("page", "151")));
    assert_eq!(doc.citations[1].reference, c.reference);
    assert_eq!(doc.citations[2].reference, c.reference);
    assert_eq!(doc.citations[2].status, Some(Status::Resolved));
}

#[test]
fn a_senate_report_is_no_signal_and_no_book() {
    let doc = run_text("T\n\nA.1\n\n1 S. Rep. No. 94-755, at 12 (1976).\n");
    let c = &doc.citations[0];
    assert_eq!(c.signal, None);
    assert!(c.text.starts_with("S. Rep."), "{}", c.text);
    let f = c.fields.as_ref().unwrap();
    assert_eq!(f.kind, "report");
    assert_eq!(f.container_title.as_deref(), Some("S. Rep."));
    assert_eq!(f.number.as_deref(), Some("94-755"));
    assert_eq!(pin(c), Some(("page", "12")));
}

#[test]
fn see_also_written_with_commas_opens_a_second_citation() {
    let doc = run_text(
        "T\n\nA.1 B.2\n\n\
         1 John Doe, A Book (London: Y, 1999), 10.\n\
         2 Ibid., 14. See, also, Jane Roe, Another Book (New York: X, 2001), 5.\n",
    );
    let note2 = in_note(&doc, 2);
    assert_eq!(note2.len(), 2);
    assert_eq!(note2[0].kind, CitationKind::Ibid);
    assert_eq!(note2[1].kind, CitationKind::Full);
    assert_eq!(
        note2[1].fields.as_ref().unwrap().title.as_deref(),
        Some("Another Book")
    );
    assert_eq!(pin(note2[1]), Some(("page", "5")));
}
