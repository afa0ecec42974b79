//! Romance-language and German papers as PDF-to-text gives them, and the
//! reference forms they misread. Expected values were written by reading
//! the papers.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;
use opcit::model::{CitationKind, CslItem, Document, Status};
use papers_support::{authors, entry, findings, note_entries, run, run_text};

fn year(item: &CslItem) -> Option<i32> {
    item.issued
        .as_ref()
        .and_then(|d| d.date_parts.first()?.first().copied())
}

/// A one-entry bibliography under `heading`, read.
fn one_entry(heading: &str, line: &str) -> Document {
    run_text(&format!("Text.\n\n{heading}\n\n{line}\n"))
}

#[test]
fn an_initial_keeps_its_period_before_a_quoted_title_or_an_apa_date() {
    let doc = one_entry(
        "Bibliography",
        "Smith, J. \"The Title of the Paper,\" Journal of Things 4 (1999): 12-30.",
    );
    assert_eq!(authors(entry(&doc, 1)), vec![("Smith", "J.")]);
    let doc = one_entry(
        "Referencias",
        "García, M. (2010). Título del libro. Madrid: Cátedra.",
    );
    assert_eq!(authors(entry(&doc, 1)), vec![("García", "M.")]);
    let doc = one_entry(
        "Referencias",
        "López, M. J. (2015). La ciudad. Madrid: Alianza.",
    );
    assert_eq!(authors(entry(&doc, 1)), vec![("López", "M. J.")]);
}

#[test]
fn a_page_after_the_work_s_pages_and_a_short_word_is_the_pinpoint() {
    let doc = run_text(
        "Texte.1 Mehr.2\n\n\
         1. Jean MEUVRET, « Les crises », Population, vol. 1, n° 4, 1946, p. 643-650, ici p. 645.\n\
         2. Jean MEUVRET, « Les crises », Population, vol. 1, n° 4, 1946, p. 643-650, here p. 647.\n",
    );
    let pins: Vec<(Option<&str>, Option<&str>)> = doc
        .citations
        .iter()
        .map(|c| {
            (
                c.locator.as_ref().map(|l| l.value.as_str()),
                c.fields.as_ref().and_then(|f| f.page.as_deref()),
            )
        })
        .collect();
    assert_eq!(
        pins,
        vec![
            (Some("645"), Some("643-650")),
            (Some("647"), Some("643-650"))
        ]
    );
}

#[test]
fn a_span_of_years_in_a_german_title_is_no_date() {
    let doc = run_text(
        "Text.\n\nLiteratur\n\n\
         Müller, Hans: Handel und Wandel (1650–1800), in: Zeitschrift für Geschichte 12 (1988), S. 1–20.\n\
         Meier, Eva: Die Stadt im 18. Jahrhundert: Eine Studie, Berlin 1995.\n",
    );
    let first = entry(&doc, 1);
    assert_eq!(
        first.title.as_deref(),
        Some("Handel und Wandel (1650–1800)")
    );
    assert_eq!(year(first), Some(1988));
    assert_eq!(
        first.container_title.as_deref(),
        Some("Zeitschrift für Geschichte")
    );
    assert_eq!(first.volume.as_deref(), Some("12"));
    assert_eq!(first.kind, "article-journal");
    let second = entry(&doc, 2);
    assert_eq!(
        second.title.as_deref(),
        Some("Die Stadt im 18. Jahrhundert: Eine Studie")
    );
    assert_eq!(second.publisher_place.as_deref(), Some("Berlin"));
    assert_eq!(year(second), Some(1995));
}

#[test]
fn a_numbered_part_before_an_imprint_still_ends_the_title() {
    let doc = one_entry(
        "Bibliography",
        "Smith, John. The History of England, part 2. London: Macmillan, 1990.",
    );
    let e = entry(&doc, 1);
    // The part of a work issued in parts is read as its part (Chicago
    // 14.120), the title ending before it.
    assert_eq!(e.title.as_deref(), Some("The History of England"));
    assert_eq!(e.part_number.as_deref(), Some("2"));
    assert_eq!(e.publisher.as_deref(), Some("Macmillan"));
}

#[test]
fn a_place_and_a_publisher_with_an_initial_after_a_quoted_title_make_a_book() {
    let doc = one_entry(
        "Bibliography",
        "Clarkson, Thomas. \"An Essay on the Slavery.\" London: W. Phillips, 1786.",
    );
    let e = entry(&doc, 1);
    assert_eq!(e.kind, "book");
    assert_eq!(e.publisher_place.as_deref(), Some("London"));
    assert_eq!(e.publisher.as_deref(), Some("W. Phillips"));
    assert_eq!(e.container_title, None);
}

#[test]
fn abnt_names_joined_by_semicolons_end_at_the_last_initial() {
    let doc = one_entry(
        "REFERÊNCIAS",
        "PINHEIRO, Paulo Sérgio; HALL, Michael M. A classe operária no Brasil. São Paulo: Alfa-Omega, 1979.",
    );
    let e = entry(&doc, 1);
    assert_eq!(
        authors(e),
        vec![("PINHEIRO", "Paulo Sérgio"), ("HALL", "Michael M.")]
    );
    assert_eq!(e.title.as_deref(), Some("A classe operária no Brasil"));
    assert_eq!(e.publisher.as_deref(), Some("Alfa-Omega"));
}

#[test]
fn brazilian_history_paper_in_abnt_with_footnotes() {
    let (source, doc) = run("fixtures/abnt_historia_pdf_pt.txt");
    use CitationKind::{Full, Ibid, Short};
    use Status::Resolved;
    // Entries: 1 BATALHA, 2 FAUSTO, 3 HARDMAN, 4 LOPREATO, 5 MENEZES,
    // 6 PINHEIRO/HALL, 7 THOMPSON.
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, Full, Resolved, Some(2)),
            (2, Ibid, Resolved, Some(2)),
            (3, Full, Resolved, Some(3)),
            (4, Full, Resolved, Some(1)),
            (5, Ibid, Resolved, Some(1)),
            (6, Full, Resolved, Some(7)),
            (6, Full, Resolved, Some(1)),
            (7, Short, Resolved, Some(2)),
            (8, Full, Resolved, Some(4)),
            (9, Full, Resolved, Some(6)),
            (10, Ibid, Resolved, Some(6)),
            (11, Full, Resolved, Some(5)),
        ]
    );
    // The pinpoints, the first one broken over its line.
    let pin = |n: u32| {
        doc.citations
            .iter()
            .find(|c| c.footnote == Some(n))
            .and_then(|c| c.locator.as_ref())
            .map(|l| l.value.clone())
    };
    assert_eq!(pin(1).as_deref(), Some("192"));
    assert_eq!(pin(5).as_deref(), Some("4"));
    assert_eq!(pin(7).as_deref(), Some("7"));
    assert_eq!(pin(8).as_deref(), Some("88-90"));
    // The entry broken after a title with a span of years goes on in its
    // imprint line; the journal's running footer is no entry.
    assert_eq!(
        doc.references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count(),
        7
    );
    let e = entry(&doc, 6);
    assert_eq!(year(e), Some(1979));
    assert_eq!(
        e.title.as_deref(),
        Some("A classe operária no Brasil: documentos (1889-1930)")
    );
    let e = entry(&doc, 2);
    assert_eq!(
        e.title.as_deref(),
        Some("Trabalho urbano e conflito social (1890-1920)")
    );
    assert_eq!(year(e), Some(1976));
    assert_eq!(authors(entry(&doc, 7)), vec![("THOMPSON", "E. P.")]);
    assert!(
        findings(&source, &doc).is_empty(),
        "{:?}",
        findings(&source, &doc)
    );
}
