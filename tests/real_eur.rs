//! European papers as PDF-to-text gives them (German, French, Russian),
//! and the reference forms of Dutch, Finnish, Scandinavian, Polish and
//! Greek lists. Expected values were written by reading the papers.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, CslItem, Document, Status};
#[path = "papers_support/mod.rs"]
mod papers_support;
use papers_support::{authors, editors, entry, findings, note_entries, run, run_text};

fn year(item: &CslItem) -> Option<i32> {
    item.issued
        .as_ref()
        .and_then(|d| d.date_parts.first()?.first().copied())
}

/// The pinpoint of the first citation in note `n`.
fn pin(doc: &Document, n: u32) -> Option<&str> {
    doc.citations
        .iter()
        .find(|c| c.footnote == Some(n))
        .and_then(|c| c.locator.as_ref())
        .map(|l| l.value.as_str())
}

/// The finding codes, in order of their lines.
fn codes(source: &opcit::source::SourceFile, doc: &Document) -> Vec<Code> {
    findings(source, doc).into_iter().map(|(c, _)| c).collect()
}

#[test]
fn capitalised_particles_open_inverted_names_and_jan_is_a_given_name() {
    let doc = run_text(
        "Trade and Households\n\nThe argument follows earlier work (De Vries 2008, 45), \
         (Van der Berg 2011) and (Van Gogh 1990).\n\nReferences\n\n\
         De Vries, Jan. 2008. The Industrious Revolution. Cambridge: Cambridge University Press.\n\
         Van der Berg, Anna. 2011. Huishoudens en markt. Amsterdam: Boom.\n\
         Van Gogh, Vincent. 1990. Brieven aan Theo. Amsterdam: Meulenhoff.\n\
         Jansen, Jan, 2009. Stad en land. Leiden: Brill.\n",
    );
    assert_eq!(authors(entry(&doc, 1)), vec![("De Vries", "Jan")]);
    // `Jan.` is the given name, not January.
    let issued = entry(&doc, 1).issued.as_ref().unwrap();
    assert_eq!(issued.date_parts, vec![vec![2008]]);
    assert_eq!(authors(entry(&doc, 2)), vec![("Van der Berg", "Anna")]);
    assert_eq!(authors(entry(&doc, 3)), vec![("Van Gogh", "Vincent")]);
    assert_eq!(authors(entry(&doc, 4)), vec![("Jansen", "Jan")]);
    assert_eq!(year(entry(&doc, 4)), Some(2009));
    let linked: Vec<Option<usize>> = doc
        .citations
        .iter()
        .map(|c| papers_support::entry_number(&doc, c))
        .collect();
    assert_eq!(linked, vec![Some(1), Some(2), Some(3)]);
}

#[test]
fn a_month_after_a_full_given_name_is_still_a_date() {
    // `Smith, John. May 2010.`: the given name is there, so `May` is the month.
    let doc = run_text(
        "T\n\nText (Smith 2010).\n\nReferences\n\n\
         Smith, John. May 2010. Report on Trade. London: HMSO.\n",
    );
    assert_eq!(authors(entry(&doc, 1)), vec![("Smith", "John")]);
    let issued = entry(&doc, 1).issued.as_ref().unwrap();
    assert_eq!(issued.date_parts, vec![vec![2010, 5]]);
}

#[test]
fn finnish_journal_year_and_issue_after_the_title() {
    let doc = run_text(
        "Otsikko\n\nTeksti (Nimi 1995) ja (Mäkelä 2001, 14).\n\nLähteet\n\n\
         Nimi, Etu. 1995. \"Otsikko.\" Aikakauskirja 1995, 3.\n\
         Mäkelä, Liisa. 2001. Kaupunkilaiset. Kansantaloudellinen aikakauskirja 2001, 4, 12–30.\n",
    );
    let e = entry(&doc, 1);
    assert_eq!(e.kind, "article-journal");
    assert_eq!(e.container_title.as_deref(), Some("Aikakauskirja"));
    assert_eq!(e.issue.as_deref(), Some("3"));
    assert_eq!(e.publisher_place, None);
    assert_eq!(e.page, None);
    let e = entry(&doc, 2);
    assert_eq!(e.kind, "article-journal");
    assert_eq!(
        e.container_title.as_deref(),
        Some("Kansantaloudellinen aikakauskirja")
    );
    assert_eq!(e.issue.as_deref(), Some("4"));
    assert_eq!(e.page.as_deref(), Some("12–30"));
}

#[test]
fn a_place_and_year_in_a_note_stay_an_imprint() {
    // The date is not before the title: `Helsinki 2004, 31` is a place, a
    // year and the page cited.
    let doc = run_text(
        "Otsikko\n\nTeksti.1\n\n1 Westerlund, Lars: Vankileirit 1918. Helsinki 2004, 31.\n",
    );
    let c = &doc.citations[0];
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("31"));
    let r = doc.reference(c.reference.as_deref().unwrap()).unwrap();
    assert_eq!(r.fields.publisher_place.as_deref(), Some("Helsinki"));
    assert_eq!(r.fields.issue, None);
}

#[test]
fn red_marks_the_editors_of_a_book() {
    let doc = run_text(
        "Tytuł\n\nTekst (Nowak 2004) (Andersson 2010).\n\nBibliografia\n\n\
         Nowak, Jan (red.). 2004. Miasto i obywatele. Warszawa: PWN.\n\
         Andersson, Karin (red.) 2010. Staden och medborgarna. Stockholm: Atlantis.\n\
         Jansen, P. (red.), Stad en burger, Amsterdam: Boom, 2012.\n",
    );
    let e = entry(&doc, 1);
    assert_eq!(e.kind, "book");
    assert_eq!(editors(e), vec![("Nowak", "Jan")]);
    assert!(e.author.is_empty());
    assert_eq!(e.title.as_deref(), Some("Miasto i obywatele"));
    assert_eq!(e.publisher.as_deref(), Some("PWN"));
    let e = entry(&doc, 2);
    assert_eq!(e.kind, "book");
    assert_eq!(editors(e), vec![("Andersson", "Karin")]);
    assert!(e.author.is_empty());
    assert_eq!(e.title.as_deref(), Some("Staden och medborgarna"));
    assert_eq!(year(e), Some(2010));
    let e = entry(&doc, 3);
    assert_eq!(e.kind, "book");
    assert_eq!(editors(e), vec![("Jansen", "P.")]);
    assert!(e.author.is_empty());
}

#[test]
fn an_initial_that_ends_the_names_keeps_its_period() {
    let doc = run_text(
        "Τίτλος\n\nΚείμενο (Παπαδόπουλος 1998) (Roe 2012).\n\nΒιβλιογραφία\n\n\
         Παπαδόπουλος, Γ. 1998. Η πόλη. Αθήνα: Κέδρος.\n\
         Roe, J. R. 2012. The Title. London: Verso.\n",
    );
    assert_eq!(authors(entry(&doc, 1)), vec![("Παπαδόπουλος", "Γ.")]);
    assert_eq!(authors(entry(&doc, 2)), vec![("Roe", "J. R.")]);
}

#[test]
fn german_article_with_quellen_and_sekundaerliteratur() {
    use CitationKind::*;
    use Status::*;
    let (source, doc) = run("fixtures/zunft_pdf_de.txt");
    assert_eq!(
        doc.footnotes.iter().map(|f| f.number).collect::<Vec<_>>(),
        (1..=23).collect::<Vec<u32>>()
    );
    // Entries: 1 Polizeiordnungen (hg. v. Baader), 2 Roth | 3 Blickle,
    // 4 Ehmer, 5 Kaufhold Handwerk, 6 Kaufhold (Ders.) Gewerbelandschaften,
    // 7 Lenger, 8 Ogilvie 1997, 9 Ogilvie (Dies.) 2019, 10 Reith,
    // 11 Walker, 12 Wesoly.
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, Full, Resolved, Some(11)),
            (2, Ibid, Resolved, Some(11)),
            (3, Full, Resolved, Some(5)),
            // `Ders.`: Kaufhold, named in the note before.
            (4, Full, Resolved, Some(6)),
            (5, Full, Resolved, Some(2)),
            (6, Short, Resolved, Some(11)),
            (7, Full, Resolved, Some(8)),
            // `Dies.`: Ogilvie.
            (8, Full, Resolved, Some(9)),
            // `Roth (wie Anm. 5)`, after a marker glued to `“`.
            (9, Supra, Resolved, Some(2)),
            (10, Ibid, Resolved, Some(2)),
            // Split across a page, with a running head between.
            (11, Full, Resolved, Some(4)),
            (12, Full, Resolved, Some(10)),
            (13, Supra, Resolved, Some(5)),
            (14, Ibid, Resolved, Some(5)),
            (15, Full, Resolved, Some(1)),
            // `a.a.O.` after an author with two works cited: either.
            (16, Short, Ambiguous, None),
            (17, Supra, Resolved, Some(10)),
            (18, Full, Resolved, Some(12)),
            (19, Supra, Resolved, Some(11)),
            (19, Short, Resolved, Some(10)),
            (20, Full, Resolved, Some(3)),
            (21, Ibid, Resolved, Some(3)),
            (22, Supra, Resolved, Some(4)),
            // Kluge is not in the list.
            (23, Full, Resolved, None),
        ]
    );
    // `hier S. 130`: the page cited inside the chapter's range.
    assert_eq!(pin(&doc, 4), Some("130"));
    assert_eq!(pin(&doc, 11), Some("25"));
    assert_eq!(pin(&doc, 9), Some("34"));
    let e = entry(&doc, 1);
    assert_eq!(
        e.title.as_deref(),
        Some("Nürnberger Polizeiordnungen aus dem XIII. bis XV. Jahrhundert")
    );
    assert!(e.author.is_empty());
    assert_eq!(e.editor.len(), 1);
    assert_eq!(e.editor[0].family.as_deref(), Some("Baader"));
    assert_eq!(year(e), Some(1861));
    let e = entry(&doc, 5);
    assert_eq!(
        e.title.as_deref(),
        Some("Das Handwerk der Stadt Hildesheim im 18. Jahrhundert")
    );
    assert_eq!(e.publisher_place.as_deref(), Some("Göttingen"));
    let e = entry(&doc, 8);
    assert_eq!(
        e.title.as_deref(),
        Some("State Corporatism and Proto-Industry. The Württemberg Black Forest, 1580–1797")
    );
    assert_eq!(year(e), Some(1997));
    let e = entry(&doc, 11);
    assert_eq!(
        e.title.as_deref(),
        Some("German Home Towns. Community, State, and General Estate 1648–1871")
    );
    assert_eq!(year(e), Some(1971));
    let found = codes(&source, &doc);
    for code in [
        Code::AmbiguousShortForm,
        Code::MissingFromBibliography,
        Code::UncitedReference,
    ] {
        assert_eq!(found.iter().filter(|&&c| c == code).count(), 1, "{code:?}");
    }
    assert!(!found.contains(&Code::DanglingShortForm));
}

#[test]
fn french_article_with_small_capitals_and_latin_short_forms() {
    use CitationKind::*;
    use Status::*;
    let (source, doc) = run("fixtures/crises_pdf_fr.txt");
    // Entries: 1 Bloch, 2 Braudel 1949, 3 Braudel 1979 (`3 vol.`),
    // 4 Goubert, 5 Le Roy Ladurie (`2 vol.`), 6 Meuvret, 7 Vovelle.
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 7);
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, Full, Resolved, Some(2)),
            (2, Ibid, Resolved, Some(2)),
            // `Id.`: Braudel again.
            (3, Full, Resolved, Some(3)),
            (4, Full, Resolved, Some(6)),
            (5, Full, Resolved, Some(5)),
            (6, Short, Resolved, Some(2)),
            // `art. cit.` after the author: Meuvret's article.
            (7, Short, Resolved, Some(6)),
            (8, Full, Resolved, Some(4)),
            (9, Short, Resolved, Some(4)),
            (10, Short, Resolved, Some(5)),
            (11, Supra, Resolved, Some(6)),
            (12, Full, Resolved, Some(1)),
            (13, Ibid, Resolved, Some(1)),
            // Bloch's other book is not in the list.
            (14, Full, Resolved, None),
            (15, Short, Resolved, Some(3)),
        ]
    );
    assert_eq!(authors(entry(&doc, 2)), vec![("BRAUDEL", "Fernand")]);
    assert_eq!(authors(entry(&doc, 4)), vec![("GOUBERT", "Pierre")]);
    assert_eq!(
        authors(entry(&doc, 5)),
        vec![("LE ROY LADURIE", "Emmanuel")]
    );
    assert_eq!(pin(&doc, 1), Some("45-47"));
    assert_eq!(pin(&doc, 7), Some("648"));
    assert_eq!(
        codes(&source, &doc),
        vec![Code::MissingFromBibliography, Code::UncitedReference]
    );
}

#[test]
fn russian_article_with_gost_notes_and_two_places() {
    use CitationKind::*;
    use Status::*;
    let (source, doc) = run("fixtures/reforma_pdf_ru.txt");
    // Entries: 1 Дружинин, 2 Зайончковский, 3 Ковальченко, 4 Литвак,
    // 5 Миронов, 6 Федоров.
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, Full, Resolved, Some(5)),
            (2, Ibid, Resolved, Some(5)),
            (3, Full, Resolved, Some(2)),
            (4, Full, Resolved, Some(4)),
            (5, Short, Resolved, Some(5)),
            // `Цит. по:` the work quoted from.
            (6, Short, Resolved, Some(2)),
            (7, Ibid, Resolved, Some(2)),
            // Split across a page.
            (8, Full, Resolved, Some(6)),
            (9, Short, Resolved, Some(4)),
            // `М.; Л.:` is one imprint of two places, not two items.
            (10, Full, Resolved, Some(1)),
            (11, Ibid, Resolved, Some(1)),
            (12, Short, Resolved, Some(6)),
            (13, Short, Resolved, Some(5)),
            (14, Full, Resolved, None),
        ]
    );
    assert_eq!(pin(&doc, 10), Some("75"));
    assert_eq!(pin(&doc, 8), Some("201–203"));
    let e = entry(&doc, 1);
    assert_eq!(authors(e), vec![("Дружинин", "Н. М.")]);
    assert_eq!(e.publisher.as_deref(), Some("Изд-во АН СССР"));
    assert_eq!(
        codes(&source, &doc),
        vec![Code::MissingFromBibliography, Code::UncitedReference]
    );
}
