//! German-language law papers as pdftotext gives them, third round: a book
//! cited by the report or series it appears in (`Zech, Gutachten A zum 73.
//! Deutschen Juristentag`); Swiss decisions by their reports (`BGE 140 III
//! 86 E. 4.2`) or by court, docket and date (`BGer 4A_123/2019 vom
//! 12.3.2019`), and the Austrian `RIS-Justiz RS0012345`; Austrian and
//! Swiss journals abbreviated in lowercase (`wobl 2017, 12`, `sic! 2019,
//! 33`); a book whose title holds commas (`Schmidt, Staat, Recht, Macht,
//! 2. Aufl. 2021, S. 45`). Expected values were written by reading the
//! inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{entry, findings, in_note, note_links, only, run, run_text};

const PAPER: &str = "fixtures/haftung_rechtsvergleich_pdf_de.txt";

#[test]
fn the_series_after_a_book_s_title_is_its_collection_title() {
    let (_, doc) = run(PAPER);
    // The list: 1 Hügel, 2 Müller, 3 Riehm (ePerson), 4 Riehm
    // (Verschulden), 5 Schmid, 6 Vonkilch, 7 Wagner, 8 Zech, 9 Schmidt,
    // 10 Säcker (MüKoBGB).
    let riehm = entry(&doc, 3);
    assert_eq!(riehm.title.as_deref(), Some("Nein zur ePerson!"));
    assert_eq!(
        riehm.collection_title.as_deref(),
        Some("Schriften zum Recht der Digitalisierung")
    );
    assert_eq!(riehm.volume.as_deref(), Some("4"));
    assert_eq!(riehm.publisher_place.as_deref(), Some("Tübingen"));
    assert_eq!(riehm.kind, "book");
    let wagner = entry(&doc, 7);
    assert_eq!(
        wagner.collection_title.as_deref(),
        Some("Gutachten für das Bundesministerium der Justiz")
    );
    assert_eq!(wagner.publisher_place.as_deref(), Some("Berlin"));
    let zech = entry(&doc, 8);
    assert_eq!(
        zech.title.as_deref(),
        Some("Entscheidungen digitaler autonomer Systeme: Empfehlen sich Regelungen zu Verantwortung und Haftung?")
    );
    assert_eq!(
        zech.collection_title.as_deref(),
        Some("Gutachten A zum 73. Deutschen Juristentag")
    );
    assert_eq!(zech.publisher_place.as_deref(), Some("München"));
}

#[test]
fn a_note_naming_the_report_finds_the_book() {
    let (source, doc) = run(PAPER);
    use CitationKind::{Full, Ibid, Short};
    use Status::Resolved;
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(8))]);
    assert_eq!(
        note_links(&doc, 2),
        [(Short, Resolved, Some(8)), (Full, Resolved, Some(7))]
    );
    // Two books of one series: each note finds its own by the title.
    assert_eq!(note_links(&doc, 3), [(Full, Resolved, Some(3))]);
    assert_eq!(note_links(&doc, 4), [(Full, Resolved, Some(4))]);
    assert_eq!(note_links(&doc, 5), [(Ibid, Resolved, Some(4))]);
    assert!(findings(&source, &doc).is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn a_series_shared_by_two_books_names_neither() {
    let doc = run_text(
        "Text.1\n\n1 Riehm, Schriften zum Recht der Digitalisierung, 2020, S. 5.\n\nLiteraturverzeichnis\n\nRiehm, Thomas: Nein zur ePerson!, Schriften zum Recht der Digitalisierung, Bd. 4, Tübingen 2020.\nRiehm, Thomas: Abschied vom Verschulden, Schriften zum Recht der Digitalisierung, Bd. 7, Tübingen 2020.\n",
    );
    let note = only(&doc, 1);
    assert_eq!(note.kind, CitationKind::Full);
    assert_eq!(papers_support::entry_number(&doc, note), None);
}

#[test]
fn the_gutachten_of_the_juristentag_is_the_listed_book() {
    // The list: 1 Spindler, 2 Thöne, 3 Wagner, 4 Zech; notes 2 and 8 cite
    // Zech's Gutachten by its report.
    let (_, doc) = run("fixtures/haftung_algorithmen_pdf_de.txt");
    assert_eq!(
        note_links(&doc, 2),
        [(CitationKind::Full, Status::Resolved, Some(4))]
    );
    assert_eq!(
        note_links(&doc, 8),
        [(CitationKind::Short, Status::Resolved, Some(4))]
    );
    assert!(doc.diagnostics.iter().all(|d| !d.message.contains("Zech")));
}

/// (container, volume, page, title, court, pinpoint label and value) of a
/// note's citation.
fn decision(c: &opcit::model::Citation) -> [Option<String>; 7] {
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case", "{c:#?}");
    [
        f.container_title.clone(),
        f.volume.clone(),
        f.page.clone(),
        f.title.clone(),
        f.publisher.clone(),
        c.locator.as_ref().map(|l| l.label.clone()),
        c.locator.as_ref().map(|l| l.value.clone()),
    ]
}

fn s(t: &str) -> Option<String> {
    Some(t.to_string())
}

#[test]
fn swiss_reports_and_decisions_by_docket_are_cases() {
    let (_, doc) = run(PAPER);
    let six = in_note(&doc, 6);
    assert_eq!(six.len(), 2, "{six:#?}");
    assert_eq!(
        decision(six[0]),
        [
            s("BGE"),
            s("140 III"),
            s("86"),
            None,
            None,
            s("paragraph"),
            s("4.2")
        ]
    );
    assert_eq!(
        decision(six[1]),
        [
            None,
            None,
            None,
            s("4A_123/2019"),
            s("BGer"),
            s("paragraph"),
            s("3.1")
        ]
    );
    assert_eq!(six[1].signal.as_deref(), Some("vgl. auch"));
    let dated = six[1].fields.as_deref().unwrap().issued.clone().unwrap();
    assert_eq!(dated.date_parts, [vec![2019, 3, 12]]);
    let seven = only(&doc, 7);
    assert_eq!(
        decision(seven),
        [
            None,
            None,
            None,
            s("4A_544/2020"),
            s("Urteil des Bundesgerichts"),
            s("paragraph"),
            s("5.3")
        ]
    );
    let nine = in_note(&doc, 9);
    assert_eq!(nine.len(), 2, "{nine:#?}");
    let ris = nine[0].fields.as_deref().unwrap();
    assert_eq!(ris.kind, "legal_case");
    assert_eq!(ris.container_title.as_deref(), Some("RIS-Justiz"));
    assert_eq!(ris.number.as_deref(), Some("RS0022476"));
    assert_eq!(
        nine[1].fields.as_deref().unwrap().title.as_deref(),
        Some("2 Ob 158/19w")
    );
}

#[test]
fn a_decision_cited_again_is_the_same_work() {
    let (source, doc) = run(PAPER);
    let first = in_note(&doc, 6);
    let again = in_note(&doc, 8);
    assert_eq!(again[0].reference, first[0].reference);
    assert_eq!(
        again[0].locator.as_ref().map(|l| l.value.as_str()),
        Some("5")
    );
    assert_eq!(only(&doc, 10).reference, first[1].reference);
    // Decisions need no bibliography entry; the note's book is listed.
    assert_eq!(
        note_links(&doc, 8)[1],
        (CitationKind::Full, Status::Resolved, Some(3))
    );
    assert!(findings(&source, &doc).is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn a_page_of_the_reports_and_a_consideration_after_a_comma() {
    let doc = run_text(
        "Text.1 Text.2\n\n1 BGE 141 III 12 S. 15.\n2 BGer 5A_12/2020 vom 1. April 2020, E. 2.4.1.\n",
    );
    let one = only(&doc, 1);
    assert_eq!(
        decision(one),
        [
            s("BGE"),
            s("141 III"),
            s("12"),
            None,
            None,
            s("page"),
            s("15")
        ]
    );
    let two = only(&doc, 2);
    assert_eq!(
        decision(two),
        [
            None,
            None,
            None,
            s("5A_12/2020"),
            s("BGer"),
            s("paragraph"),
            s("2.4.1")
        ]
    );
}

#[test]
fn words_before_a_number_with_a_slash_are_no_court_without_a_date() {
    // No date after `vom`: no decision; the note stays what it was.
    let doc = run_text("Text.1\n\n1 Vgl. Schmid 4A_123/2019 und andere.\n");
    assert!(doc
        .citations
        .iter()
        .all(|c| c.fields.as_deref().is_none_or(|f| f.kind != "legal_case")));
}

#[test]
fn the_swiss_tenancy_paper_s_decisions_are_read() {
    let (_, doc) = run("fixtures/mietrecht_ch_at_pdf_de.txt");
    let one = in_note(&doc, 1);
    assert_eq!(one.len(), 2, "{one:#?}");
    assert_eq!(
        decision(one[0]),
        [
            s("BGE"),
            s("140 III"),
            s("86"),
            None,
            None,
            s("paragraph"),
            s("4.2")
        ]
    );
    assert_eq!(
        decision(only(&doc, 2)),
        [
            None,
            None,
            None,
            s("4A_456/2018"),
            s("Urteil des Bundesgerichts"),
            s("paragraph"),
            s("2.3")
        ]
    );
    let six = in_note(&doc, 6);
    assert_eq!(six.len(), 2, "{six:#?}");
    assert_eq!(
        six[0].fields.as_deref().unwrap().number.as_deref(),
        Some("RS0012345")
    );
}

#[test]
fn journals_abbreviated_in_lowercase_are_journals() {
    let (_, doc) = run(PAPER);
    use CitationKind::{Full, Short};
    use Status::Resolved;
    for (n, journal, page) in [
        (1, "ecolex", "45–49"),
        (2, "sic!", "33–40"),
        (5, "recht", "1–10"),
        (6, "wobl", "12–20"),
    ] {
        let e = entry(&doc, n);
        assert_eq!(e.kind, "article-journal", "{e:#?}");
        assert_eq!(e.container_title.as_deref(), Some(journal));
        assert_eq!(e.page.as_deref(), Some(page));
        assert_eq!(e.publisher, None);
    }
    assert_eq!(
        note_links(&doc, 11),
        [(Full, Resolved, Some(6)), (Full, Resolved, Some(1))]
    );
    let pins: Vec<_> = in_note(&doc, 11)
        .iter()
        .map(|c| c.locator.as_ref().map(|l| l.value.clone()))
        .collect();
    assert_eq!(pins, [s("15"), s("47")]);
    // `Schmid, recht 2016, 1, 5`: author, journal, year, first page, page.
    let schmid = in_note(&doc, 12)[0];
    let f = schmid.fields.as_deref().unwrap();
    assert_eq!(f.container_title.as_deref(), Some("recht"));
    assert_eq!(f.page.as_deref(), Some("1"));
    assert_eq!(schmid.locator.as_ref().map(|l| l.value.as_str()), Some("5"));
    assert_eq!(
        note_links(&doc, 12),
        [(Full, Resolved, Some(5)), (Short, Resolved, Some(6))]
    );
    assert_eq!(
        in_note(&doc, 12)[1]
            .locator
            .as_ref()
            .map(|l| l.value.as_str()),
        Some("18")
    );
    assert_eq!(note_links(&doc, 13), [(Full, Resolved, Some(2))]);
}

#[test]
fn an_ordinary_lowercase_word_before_a_year_is_no_journal() {
    let doc = run_text("Text.1\n\n1 Meier, Grundfragen des Mietrechts, und 2017, 12.\n");
    let c = only(&doc, 1);
    assert!(c
        .fields
        .as_deref()
        .is_none_or(|f| f.container_title.as_deref() != Some("und")));
}

#[test]
fn a_book_title_may_hold_commas_before_its_edition() {
    let (_, doc) = run(PAPER);
    use CitationKind::{Full, Short};
    use Status::Resolved;
    let schmidt = in_note(&doc, 14)[0];
    let f = schmidt.fields.as_deref().unwrap();
    assert_eq!(f.kind, "book");
    assert_eq!(f.title.as_deref(), Some("Staat, Recht, Macht"));
    assert_eq!(f.edition.as_deref(), Some("2"));
    assert_eq!(f.year(), Some(2021));
    assert_eq!(
        schmidt.locator.as_ref().map(|l| l.value.as_str()),
        Some("45")
    );
    let entry9 = entry(&doc, 9);
    assert_eq!(entry9.title.as_deref(), Some("Staat, Recht, Macht"));
    assert_eq!(entry9.edition.as_deref(), Some("2"));
    assert_eq!(entry9.publisher_place.as_deref(), Some("Tübingen"));
    // The commentary stays a commentary, found by its `zit.` form.
    assert_eq!(
        note_links(&doc, 14),
        [(Full, Resolved, Some(9)), (Full, Resolved, Some(10))]
    );
    let muko = in_note(&doc, 14)[1].fields.as_deref().unwrap();
    assert_eq!(muko.kind, "chapter");
    assert_eq!(muko.container_title.as_deref(), Some("MüKoBGB"));
    assert_eq!(note_links(&doc, 15), [(Short, Resolved, Some(9))]);
}

#[test]
fn an_article_with_commas_in_its_title_stays_an_article() {
    let doc =
        run_text("Text.1\n\n1 Spindler, Roboter, Automation, Intelligenz, CR 2015, 766, 768.\n");
    let c = only(&doc, 1);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-journal");
    assert_eq!(f.container_title.as_deref(), Some("CR"));
    assert_eq!(f.title.as_deref(), Some("Roboter, Automation, Intelligenz"));
    // The Kersting entry of another paper: the title before the edition.
    let (_, doc) = run("fixtures/plattform_wettbewerb_pdf_de.txt");
    assert_eq!(
        entry(&doc, 2).title.as_deref(),
        Some("Wettbewerbsrecht, Datenschutz")
    );
}
