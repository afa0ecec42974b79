//! A German competition-law article as pdftotext gives it: articles cited
//! `Autor, Titel, ZEITSCHRIFT JAHR, ERSTE SEITE` whose titles hold commas
//! (`Digitalisierung, Plattformen, Wettbewerb – …, WuW 2019, 334, 337`),
//! next to books whose titles hold commas too (`…, 2. Aufl. 2021, S. 45`,
//! `…, Bd. 2, Tübingen 2019`), a commentary, `a.a.O. (Fn. 1)`, `(Fn. 3)`
//! and `Ebd.`. Expected values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{entry, findings, in_note, note_links, only, run, run_text};

const PAPER: &str = "fixtures/plattform_wettbewerb_pdf_de.txt";

#[test]
fn an_article_s_title_runs_over_its_commas_to_the_journal() {
    let (_, doc) = run(PAPER);
    // The list: 1 Brink, 2 Kersting, 3 Paal, 4 Podszun, 5 Schoch, 6
    // Schweitzer.
    let podszun = entry(&doc, 4);
    assert_eq!(podszun.kind, "article-journal");
    assert_eq!(
        podszun.title.as_deref(),
        Some("Digitalisierung, Plattformen, Wettbewerb – Herausforderungen für das Kartellrecht")
    );
    assert_eq!(podszun.container_title.as_deref(), Some("WuW"));
    assert_eq!(podszun.page.as_deref(), Some("334–342"));
    assert!(podszun.publisher_place.is_none());
    // The note: the first page, then the page cited.
    let note = only(&doc, 1);
    let fields = note.fields.as_deref().unwrap();
    assert_eq!(fields.container_title.as_deref(), Some("WuW"));
    assert_eq!(fields.page.as_deref(), Some("334"));
    assert_eq!(
        fields.title.as_deref(),
        Some("Digitalisierung, Plattformen, Wettbewerb – Herausforderungen für das Kartellrecht")
    );
    assert_eq!(note.locator.as_ref().map(|l| l.value.as_str()), Some("337"));
    assert_eq!(
        note_links(&doc, 1),
        [(CitationKind::Full, Status::Resolved, Some(4))]
    );
    // `NJW 2020, S. 1101–1107`: the pages after a page word.
    let paal = entry(&doc, 3);
    assert_eq!(paal.title.as_deref(), Some("Daten, Macht, Markt"));
    assert_eq!(paal.container_title.as_deref(), Some("NJW"));
    let cited = doc
        .citations
        .iter()
        .find(|c| c.text.starts_with("Paal, Daten"))
        .unwrap();
    let fields = cited.fields.as_deref().unwrap();
    assert_eq!(fields.title.as_deref(), Some("Daten, Macht, Markt"));
    assert_eq!(fields.container_title.as_deref(), Some("NJW"));
    assert_eq!(fields.page.as_deref(), Some("1101–1107"));
}

#[test]
fn books_and_commentaries_with_commas_stay_books() {
    let (source, doc) = run(PAPER);
    // `Titel, 2. Aufl. 2021, S. 45`: an edition, no journal.
    let kersting = only(&doc, 2);
    let fields = kersting.fields.as_deref().unwrap();
    assert_eq!(fields.kind, "book");
    assert_eq!(fields.edition.as_deref(), Some("2"));
    assert!(fields.container_title.is_none());
    assert_eq!(
        kersting.locator.as_ref().map(|l| l.value.as_str()),
        Some("45")
    );
    assert_eq!(entry(&doc, 2).kind, "book");
    // `Titel, Bd. 2, Tübingen 2019`: a volume and a place.
    let schweitzer = entry(&doc, 6);
    assert_eq!(schweitzer.kind, "book");
    assert_eq!(schweitzer.publisher_place.as_deref(), Some("Tübingen"));
    assert_eq!(schweitzer.volume.as_deref(), Some("2"));
    // `MüKoWettbR/Wolf, 3. Aufl. 2020`: a commentary's part.
    let wolf = only(&doc, 4);
    let fields = wolf.fields.as_deref().unwrap();
    assert_eq!(fields.container_title.as_deref(), Some("MüKoWettbR"));
    assert_eq!(fields.edition.as_deref(), Some("3"));
    // Every back-reference finds its work; the commentary alone is not in
    // the list.
    use CitationKind::{Ibid, Short, Supra};
    use Status::Resolved;
    assert_eq!(note_links(&doc, 5), [(Supra, Resolved, Some(4))]);
    assert_eq!(note_links(&doc, 6), [(Supra, Resolved, Some(3))]);
    assert_eq!(
        note_links(&doc, 7),
        [(Ibid, Resolved, Some(3)), (Short, Resolved, Some(2))]
    );
    let codes: Vec<_> = findings(&source, &doc).into_iter().map(|f| f.0).collect();
    assert_eq!(codes, [opcit::diagnostic::Code::MissingFromBibliography]);
}

#[test]
fn a_journal_s_abbreviation_needs_its_year_and_pages() {
    // `Berlin 2019, 45`: a place is no journal's abbreviation.
    let doc = run_text("Text.1 Text.2\n\n1 Kurz, Grundrechte, Freiheit, Berlin 2019, 45.\n2 Lang, Kunst, Handel, Recht, JuS 2019, 12, 14.\n");
    let kurz = only(&doc, 1).fields.as_deref().unwrap();
    assert!(kurz.container_title.is_none());
    assert_eq!(kurz.publisher_place.as_deref(), Some("Berlin"));
    let lang = only(&doc, 2);
    let fields = lang.fields.as_deref().unwrap();
    assert_eq!(fields.title.as_deref(), Some("Kunst, Handel, Recht"));
    assert_eq!(fields.container_title.as_deref(), Some("JuS"));
    assert_eq!(lang.locator.as_ref().map(|l| l.value.as_str()), Some("14"));
}

#[test]
fn a_gutachten_s_page_keeps_its_part_letter() {
    // The Gutachten of the Deutscher Juristentag are paged by part: `S. A
    // 45` is page 45 of part A.
    let (_, doc) = run("fixtures/haftung_algorithmen_pdf_de.txt");
    let zech = only(&doc, 2);
    assert_eq!(zech.kind, CitationKind::Full);
    assert_eq!(zech.locator.as_ref().map(|l| l.value.as_str()), Some("A45"));
    let back = only(&doc, 8);
    assert_eq!(back.kind, CitationKind::Short);
    assert_eq!(back.status, Some(Status::Resolved));
    assert_eq!(back.antecedent.as_deref(), Some(zech.id.as_str()));
    assert_eq!(back.locator.as_ref().map(|l| l.value.as_str()), Some("A50"));
    // The article with commas in its title is the journal's.
    let spindler = &in_note(&doc, 1)[1];
    let fields = spindler.fields.as_deref().unwrap();
    assert_eq!(fields.container_title.as_deref(), Some("CR"));
    assert_eq!(
        spindler.locator.as_ref().map(|l| l.value.as_str()),
        Some("768")
    );
    // A range of a part's pages, and a glued letter as before.
    let doc = run_text(
        "Text.1 Text.2 Text.3\n\n1 Huber, Gutachten B zum 70. Deutschen Juristentag, 2014, S. B 1–B 120.\n2 Huber, a.a.O., S. C 7.\n3 Smith, Title, Journal 12 (2001), S95–S120.\n",
    );
    assert_eq!(
        only(&doc, 1).locator.as_ref().map(|l| l.value.as_str()),
        Some("B1–B120")
    );
    assert_eq!(
        only(&doc, 2).locator.as_ref().map(|l| l.value.as_str()),
        Some("C7")
    );
    assert_eq!(only(&doc, 2).status, Some(Status::Resolved));
    // A capital ending a word before the number is no part letter.
    let doc = run_text("Text.1\n\n1 BVerfGE 7, 198 (205).\n");
    assert_eq!(
        only(&doc, 1).locator.as_ref().map(|l| l.value.as_str()),
        Some("205")
    );
}

#[test]
fn a_suspended_hyphen_at_a_line_s_end_keeps_its_space() {
    // `Kommunal-` / `und Staatspolitik`: the hyphen stands for `-politik`
    // (an Ergänzungsstrich), no word broken at the line's end.
    let (source, doc) = run(PAPER);
    let schoch = entry(&doc, 5);
    assert_eq!(
        schoch.container_title.as_deref(),
        Some("Zeitschrift für Kommunal- und Staatspolitik")
    );
    let note = only(&doc, 8);
    assert_eq!(
        note.fields.as_deref().unwrap().container_title.as_deref(),
        Some("Zeitschrift für Kommunal- und Staatspolitik")
    );
    assert_eq!(note.locator.as_ref().map(|l| l.value.as_str()), Some("20"));
    // `Daten-` / `und Verbraucherschutz` in a note's title, on one line in
    // the list.
    let brink = &in_note(&doc, 9)[0];
    assert_eq!(
        brink.fields.as_deref().unwrap().title.as_deref(),
        Some("Daten- und Verbraucherschutz im Kartellrecht")
    );
    assert_eq!(
        note_links(&doc, 9),
        [
            (CitationKind::Full, Status::Resolved, Some(1)),
            (CitationKind::Supra, Status::Resolved, Some(5))
        ]
    );
    assert!(findings(&source, &doc)
        .iter()
        .all(|f| f.0 == opcit::diagnostic::Code::MissingFromBibliography));
    // A word broken at the line's end is still joined.
    let doc =
        run_text("Text.1\n\n1 Weber, Die Verwaltungs-\nreform in Bayern, München 2001, S. 3.\n");
    assert_eq!(
        only(&doc, 1).fields.as_deref().unwrap().title.as_deref(),
        Some("Die Verwaltungsreform in Bayern")
    );
}
