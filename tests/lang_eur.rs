//! Ukrainian (DSTU 8302), Greek and Hungarian papers: what must come out of
//! each. Expected values were written by reading the fixtures.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, CslItem, Document, Status};
#[path = "papers_support/mod.rs"]
mod papers_support;
use papers_support::{authors, entries, entry, findings, run, run_text, GRAMMAR};

/// The pinpoints of the citations, in order.
fn pins(doc: &Document) -> Vec<Option<&str>> {
    doc.citations
        .iter()
        .map(|c| c.locator.as_ref().map(|l| l.value.as_str()))
        .collect()
}

fn year(item: &CslItem) -> Option<i32> {
    item.issued.as_ref().map(|d| d.date_parts[0][0])
}

#[test]
fn ukrainian_dstu_notes_with_tam_samo_vkaz_pratsia_and_a_numbered_list() {
    use CitationKind::*;
    use Status::*;
    let (source, doc) = run("fixtures/vynosky_uk.txt");
    assert_eq!(
        doc.footnotes.iter().map(|f| f.number).collect::<Vec<_>>(),
        (1..=21).collect::<Vec<u32>>()
    );
    // Entries: 1 Горобець, 2 Грушевський, 3 Гуржій, 4 Крип'якевич,
    // 5 Мицик, 6 Плохій, 7 Смолій і Степанков, 8 Яковлів, 9 Basarab,
    // 10 Kohut.
    assert_eq!(
        entries(&doc),
        vec![
            (1, Full, Resolved, Some(2)),
            // `Там само` (Ukrainian) and `Там же` (Russian) repeat the
            // citation before.
            (2, Ibid, Resolved, Some(2)),
            (3, Full, Resolved, Some(8)),
            (4, Full, Resolved, Some(7)),
            (5, Ibid, Resolved, Some(7)),
            (6, Full, Resolved, Some(9)),
            (7, Ibid, Resolved, Some(9)),
            (8, Short, Resolved, Some(2)),
            (9, Full, Resolved, Some(1)),
            // `Вказ. праця` without a name: the work cited just before.
            (10, Ibid, Resolved, Some(1)),
            (11, Full, Resolved, Some(10)),
            (12, Short, Resolved, Some(10)),
            (13, Full, Resolved, Some(5)),
            (14, Ibid, Resolved, Some(5)),
            (15, Full, Resolved, Some(6)),
            // Note 16 cites an archival file (`ЦДІАК України. Ф. 51. …`),
            // which the list does not name; Яковенко is missing from it.
            (16, Full, Resolved, None),
            (17, Full, Resolved, None),
            // Дорошенко was never cited in full.
            (18, Short, Dangling, None),
            // Split across the page break.
            (19, Full, Resolved, Some(3)),
            (20, Short, Resolved, Some(7)),
            (20, Short, Resolved, Some(1)),
            (21, Short, Resolved, Some(8)),
        ]
    );
    assert_eq!(
        pins(&doc),
        vec![
            Some("45"),
            Some("47"),
            Some("12"),
            Some("312–315"),
            Some("320"),
            Some("56"),
            Some("60"),
            Some("112"),
            Some("88"),
            Some("91"),
            Some("23"),
            Some("41"),
            None,
            Some("30"),
            None,
            // The leaf of the archival file (`Арк. 4`).
            Some("4"),
            Some("345"),
            Some("77"),
            Some("54"),
            Some("330"),
            Some("95"),
            Some("40"),
        ]
    );
    let note19 = doc.footnote(19).unwrap();
    assert_eq!(note19.pieces.len(), 2);
    assert!(note19.text.ends_with("(дата звернення: 12.03.2021)."));
    assert_eq!(doc.citations[14].signal.as_deref(), Some("Див."));
    assert_eq!(doc.citations[19].signal.as_deref(), Some("Див. також"));

    let e = entry(&doc, 2);
    assert_eq!(authors(e), vec![("Грушевський", "М.")]);
    assert_eq!(e.title.as_deref(), Some("Історія України-Руси"));
    assert_eq!(e.publisher_place.as_deref(), Some("Київ"));
    assert_eq!(e.publisher.as_deref(), Some("Наукова думка"));
    assert_eq!(e.volume.as_deref(), Some("1"));
    assert_eq!(year(e), Some(1991));
    let e = entry(&doc, 6);
    assert_eq!(authors(e), vec![("Плохій", "С.")]);
    assert_eq!(
        e.title.as_deref(),
        Some("Переяславська рада: міф і реальність")
    );
    assert_eq!(e.container_title.as_deref(), Some("Київська старовина"));
    assert_eq!(e.issue.as_deref(), Some("7"));
    assert_eq!(e.page.as_deref(), Some("9–41"));
    assert_eq!(year(e), Some(2002));
    let e = entry(&doc, 7);
    assert_eq!(authors(e), vec![("Смолій", "В."), ("Степанков", "В.")]);
    let e = entry(&doc, 10);
    assert_eq!(authors(e), vec![("Kohut", "Z.")]);
    assert_eq!(e.publisher_place.as_deref(), Some("Cambridge, Mass."));
    assert_eq!(e.publisher.as_deref(), Some("Harvard University Press"));
    assert_eq!(year(e), Some(1988));
    let e = entry(&doc, 3);
    assert_eq!(
        e.url.as_deref(),
        Some("http://resource.history.org.ua/item/0001234")
    );

    assert_eq!(
        findings(&source, &doc),
        vec![
            (Code::DanglingShortForm, 64),
            (Code::MissingFromBibliography, 61),
            (Code::MissingFromBibliography, 62),
            (Code::UncitedReference, 86),
        ]
    );
}

#[test]
fn greek_notes_with_o_p_accented_and_not_sto_idio_and_autothi() {
    use CitationKind::*;
    use Status::*;
    let (source, doc) = run("fixtures/simeioseis_el.txt");
    assert_eq!(
        doc.footnotes.iter().map(|f| f.number).collect::<Vec<_>>(),
        (1..=19).collect::<Vec<u32>>()
    );
    // Entries under `Ελληνόγλωσση`: 1 Δερτιλής, 2 Κωστής, 3 Μαυρογορδάτος,
    // 4 Σβολόπουλος, 5 Χατζηιωσήφ; under `Ξενόγλωσση`: 6 Llewellyn
    // Smith, 7 Mazower.
    assert_eq!(
        doc.references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count(),
        7
    );
    assert_eq!(
        entries(&doc),
        vec![
            (1, Full, Resolved, Some(4)),
            (2, Ibid, Resolved, Some(4)),
            (3, Full, Resolved, Some(3)),
            (4, Full, Resolved, Some(6)),
            (5, Ibid, Resolved, Some(6)),
            (6, Short, Resolved, Some(4)),
            (7, Short, Resolved, Some(3)),
            // A newspaper article, and `Αυτόθι` after it.
            (8, Full, Resolved, None),
            (9, Ibid, Resolved, None),
            // Βερέμης and Κολιόπουλος are missing from the list.
            (10, Full, Resolved, None),
            // Split across the page break.
            (11, Full, Resolved, Some(7)),
            (12, Short, Resolved, Some(7)),
            (13, Full, Resolved, Some(1)),
            // `Author, short title, ό.π.`
            (14, Short, Resolved, Some(1)),
            // `ο.π.` without its accent, `όπ.π.`
            (15, Short, Resolved, Some(4)),
            (16, Short, Resolved, Some(3)),
            // Κιτρομηλίδης was never cited in full.
            (17, Short, Dangling, None),
            (18, Full, Resolved, Some(5)),
            (19, Ibid, Resolved, Some(5)),
        ]
    );
    let p = pins(&doc);
    assert_eq!(p[0], Some("45"));
    assert_eq!(p[2], Some("112-115"));
    assert_eq!(p[13], Some("805"));
    assert_eq!(p[14], Some("70"));
    assert_eq!(p[18], Some("33"));
    let note11 = doc.footnote(11).unwrap();
    assert_eq!(note11.pieces.len(), 2);

    // `15 Μαρτίου 1922`: the genitive of the month.
    let news = doc.citations[7].fields.as_ref().unwrap();
    assert_eq!(news.kind, "article-newspaper");
    assert_eq!(news.container_title.as_deref(), Some("Καθημερινή"));
    assert_eq!(
        news.issued.as_ref().unwrap().date_parts[0],
        vec![1922, 3, 15]
    );
    let e = entry(&doc, 4);
    assert_eq!(authors(e), vec![("Σβολόπουλος", "Κ.")]);
    assert_eq!(
        e.title.as_deref(),
        Some("Η ελληνική εξωτερική πολιτική 1900-1945")
    );
    assert_eq!(e.publisher_place.as_deref(), Some("Αθήνα"));
    assert_eq!(e.publisher.as_deref(), Some("Εστία"));
    assert_eq!(year(e), Some(2008));
    let e = entry(&doc, 3);
    assert_eq!(authors(e), vec![("Μαυρογορδάτος", "Γ.")]);
    assert_eq!(
        e.title.as_deref(),
        Some("Μετά το 1922. Η παράταση του Διχασμού")
    );
    assert_eq!(e.publisher.as_deref(), Some("Πατάκης"));
    assert_eq!(year(e), Some(2017));
    let e = entry(&doc, 7);
    assert_eq!(authors(e), vec![("Mazower", "M.")]);
    assert_eq!(e.container_title.as_deref(), Some("The Historical Journal"));
    assert_eq!(e.page.as_deref(), Some("885-904"));
    let e = entry(&doc, 5);
    assert_eq!(e.kind, "chapter");
    assert_eq!(
        e.container_title.as_deref(),
        Some("Ιστορία της Ελλάδας του 20ού αιώνα")
    );

    assert_eq!(
        findings(&source, &doc),
        vec![
            (Code::DanglingShortForm, 64),
            (Code::MissingFromBibliography, 40),
            (Code::MissingFromBibliography, 42),
            (Code::UncitedReference, 74),
        ]
    );
}

#[test]
fn hungarian_notes_with_family_first_names_uo_and_i_m() {
    use CitationKind::*;
    use Status::*;
    let (source, doc) = run("fixtures/labjegyzet_hu.txt");
    assert_eq!(
        doc.footnotes.iter().map(|f| f.number).collect::<Vec<_>>(),
        (1..=18).collect::<Vec<u32>>()
    );
    // Entries: 1 Gergely – Pritz, 2 Hajdu, 3 Macartney, 4 Ormos, 5 Pritz,
    // 6 Romsics, 7 Szekfű, 8 Zeidler.
    assert_eq!(
        entries(&doc),
        vec![
            (1, Full, Resolved, Some(6)),
            (2, Full, Resolved, Some(7)),
            (3, Ibid, Resolved, Some(7)),
            // `Romsics: i. m.`
            (4, Short, Resolved, Some(6)),
            (5, Full, Resolved, Some(2)),
            (6, Full, Resolved, Some(8)),
            (7, Ibid, Resolved, Some(8)),
            // `Szekfű i. m.` without the colon.
            (8, Short, Resolved, Some(7)),
            // A newspaper's issue, `1920. június 5.`.
            (9, Full, Resolved, None),
            (10, Full, Resolved, Some(3)),
            // Ablonczy is missing from the list.
            (11, Full, Resolved, None),
            (12, Short, Resolved, None),
            (13, Full, Resolved, Some(1)),
            // Split across the page break.
            (14, Full, Resolved, Some(5)),
            (15, Short, Resolved, Some(8)),
            // Kosáry was never cited in full.
            (16, Short, Dangling, None),
            (17, Short, Resolved, Some(3)),
            // `Romsics Ignác: i. m.`: the name in full, family first.
            (18, Short, Resolved, Some(6)),
        ]
    );
    assert_eq!(doc.citations[11].reference, doc.citations[10].reference);
    // `112–115. o.`, `45.` after the year, `Uo. 47.`, `130. o.`.
    assert_eq!(
        pins(&doc),
        vec![
            Some("112–115"),
            Some("45"),
            Some("47"),
            Some("130"),
            Some("88"),
            Some("56–58"),
            Some("56–58"),
            Some("12"),
            Some("3"),
            // `1956. I. k. 34.`: volume I, page 34.
            Some("34"),
            Some("201"),
            Some("215"),
            Some("23"),
            None,
            Some("60"),
            Some("77"),
            Some("112"),
            Some("140"),
        ]
    );
    assert_eq!(doc.footnote(14).unwrap().pieces.len(), 2);
    assert_eq!(doc.citations[5].signal.as_deref(), Some("Lásd"));
    assert_eq!(doc.citations[9].signal.as_deref(), Some("Vö."));

    // Names family first, without a comma.
    let note2 = doc.citations[1].fields.as_ref().unwrap();
    assert_eq!(authors(note2), vec![("Szekfű", "Gyula")]);
    let e = entry(&doc, 7);
    assert_eq!(authors(e), vec![("Szekfű", "Gyula")]);
    assert_eq!(e.title.as_deref(), Some("Magyar történet"));
    assert_eq!(e.publisher_place.as_deref(), Some("Budapest"));
    assert_eq!(
        e.publisher.as_deref(),
        Some("Királyi Magyar Egyetemi Nyomda")
    );
    assert_eq!(year(e), Some(1935));
    let e = entry(&doc, 1);
    assert_eq!(authors(e), vec![("Gergely", "Jenő"), ("Pritz", "Pál")]);
    assert_eq!(
        e.title.as_deref(),
        Some("A trianoni Magyarország 1918–1945")
    );
    assert_eq!(e.publisher.as_deref(), Some("Vince Kiadó"));
    let e = entry(&doc, 5);
    assert_eq!(authors(e), vec![("Pritz", "Pál")]);
    assert_eq!(e.kind, "article-journal");
    assert_eq!(e.container_title.as_deref(), Some("Történelmi Szemle"));
    assert_eq!(e.volume.as_deref(), Some("42"));
    assert_eq!(e.issue.as_deref(), Some("3–4"));
    assert_eq!(e.page.as_deref(), Some("245–268"));
    assert_eq!(year(e), Some(2000));
    let e = entry(&doc, 3);
    assert_eq!(authors(e), vec![("Macartney", "C. A.")]);
    assert_eq!(
        e.title.as_deref(),
        Some("October Fifteenth: A History of Modern Hungary, 1929–1945")
    );
    assert_eq!(year(e), Some(1956));
    let news = doc.citations[8].fields.as_ref().unwrap();
    assert_eq!(news.container_title.as_deref(), Some("Pesti Napló"));
    assert_eq!(
        news.issued.as_ref().unwrap().date_parts[0],
        vec![1920, 6, 5]
    );

    assert_eq!(
        findings(&source, &doc),
        vec![
            (Code::DanglingShortForm, 63),
            (Code::MissingFromBibliography, 41),
            (Code::UncitedReference, 73),
        ]
    );
}

/// Names written family first without a comma are read so only in a paper
/// of a language that writes them so: a German note keeps `Max Weber`.
#[test]
fn family_first_names_only_in_a_family_first_paper() {
    let german = run_text(
        "Text.1 Mehr.2\n\n1 Max Weber: Wirtschaft und Gesellschaft. Tübingen, Mohr, 1922. 45.\n\
         2 Ebd., S. 50.\n",
    );
    let f = german.citations[0].fields.as_ref().unwrap();
    assert_eq!(authors(f), vec![("Weber", "Max")]);
    assert_eq!(f.title.as_deref(), Some("Wirtschaft und Gesellschaft"));
    let hungarian = run_text(
        "Szöveg.1 Más.2\n\n1 Hajdu Tibor: A Tanácsköztársaság. Budapest, Kossuth, 1969. 45.\n\
         2 Hajdu i. m. 50.\n",
    );
    let f = hungarian.citations[0].fields.as_ref().unwrap();
    assert_eq!(authors(f), vec![("Hajdu", "Tibor")]);
    assert_eq!(hungarian.citations[1].status, Some(Status::Resolved));
    assert_eq!(
        hungarian.citations[1].reference,
        hungarian.citations[0].reference
    );
}

/// A name before a colon after a comma is a name and a title, not two
/// names: `Jacques Derrida, Archive Fever: A Freudian Impression`.
#[test]
fn a_comma_ends_names_before_a_title_with_a_colon() {
    let doc = run_text(
        "Text.1\n\n1 Jacques Derrida, Archive Fever: A Freudian Impression, trans. Eric \
         Prenowitz (Chicago: University of Chicago Press, 1996), 12.\n",
    );
    let f = doc.citations[0].fields.as_ref().unwrap();
    assert_eq!(authors(f), vec![("Derrida", "Jacques")]);
    assert_eq!(
        f.title.as_deref(),
        Some("Archive Fever: A Freudian Impression")
    );
}

#[test]
fn greek_and_hungarian_back_reference_words() {
    use opcit::grammar::BackRefKind;
    let kind = |t: &str| GRAMMAR.back_reference(t).map(|(k, _)| k);
    assert_eq!(kind("ό.π., σ. 12"), Some(BackRefKind::OpCit));
    assert_eq!(kind("ο.π., σ. 12"), Some(BackRefKind::OpCit));
    assert_eq!(kind("Ο.Π., σ. 12"), Some(BackRefKind::OpCit));
    assert_eq!(kind("Στο ίδιο, σ. 33"), Some(BackRefKind::Ibid));
    assert_eq!(kind("Αυτόθι."), Some(BackRefKind::Ibid));
    assert_eq!(kind("Там само. С. 45."), Some(BackRefKind::Ibid));
    assert_eq!(kind("Там же. С. 45."), Some(BackRefKind::Ibid));
    assert_eq!(kind("Вказ. праця. С. 12."), Some(BackRefKind::OpCit));
    assert_eq!(kind("Uo. 45."), Some(BackRefKind::Ibid));
    assert_eq!(kind("I. m. 12."), Some(BackRefKind::OpCit));
    assert_eq!(kind("i. m. 12."), Some(BackRefKind::OpCit));
    // `I. M.` are initials.
    assert_eq!(kind("I. M. Smith"), None);
}
