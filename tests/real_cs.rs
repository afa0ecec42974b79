// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

// A Czech history article as pdftotext gives it: notes at the pages' feet
// in ČSN ISO 690 (`URBAN, Otto. Title. Praha: Svoboda, 1982, s. 112.`),
// `Tamtéž`, `c. d.` after one name or two joined by a dash, `Srov.`, `Viz
// též`, `In: KOLÁŘ, Pavel (ed.).`, `Sv. 2.`, `roč. 102, č. 3`, an archive
// not listed, and a `Seznam pramenů a literatury` list whose article's
// numbers go on in a line of their own. Expected values were written by
// reading the paper.

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, Status};
use papers_support::{authors, editors, entry, findings, note_links, only, run};
use CitationKind::{Full, Ibid, Short};
use Status::Resolved;

const PAPER: &str = "fixtures/tisk_cenzura_pdf_cs.txt";

/// The label and value of a citation's locator.
fn at(c: &Citation) -> Option<(&str, &str)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

#[test]
fn every_note_of_the_czech_paper_links_to_the_work_it_cites() {
    let (_, doc) = run(PAPER);
    assert_eq!(doc.footnotes.len(), 22);
    // Entries: 1 Beneš (chapter); 2 Doubek; 3 Havlíček Borovský; 4 Holá
    // (article); 5 Kazbunda; 6 Kořalka; 7 Novotný a Svoboda; 8 Štaif; 9
    // Urban, Česká společnost; 10 Urban, Kapitalismus.
    let one: [(u32, CitationKind, Option<usize>); 21] = [
        (1, Full, Some(9)),
        (2, Ibid, Some(9)),
        (3, Ibid, Some(9)),
        (4, Full, Some(6)),
        (5, Full, Some(5)),
        (6, Full, None),
        (7, Ibid, None),
        (8, Short, Some(9)),
        (9, Full, Some(4)),
        (10, Ibid, Some(4)),
        (11, Full, Some(1)),
        (12, Ibid, Some(1)),
        (13, Short, Some(6)),
        (14, Full, Some(2)),
        (15, Full, Some(3)),
        (16, Ibid, Some(3)),
        (17, Short, Some(4)),
        (18, Full, Some(7)),
        (19, Full, None),
        (21, Short, Some(1)),
        (22, Short, Some(7)),
    ];
    for (n, kind, target) in one {
        assert_eq!(note_links(&doc, n), [(kind, Resolved, target)], "note {n}");
    }
    // `Srov. URBAN, Otto. Kapitalismus …, s. 201; též KAZBUNDA, c. d., s.
    // 310.`: the second work by Urban, then Kazbunda's book again.
    assert_eq!(
        note_links(&doc, 20),
        [(Full, Resolved, Some(10)), (Short, Resolved, Some(5))]
    );
}

#[test]
fn czech_locators_and_signals() {
    let (_, doc) = run(PAPER);
    for (n, page) in [
        (1, "112"),
        (2, "115–117"),
        (4, "45–47"),
        (8, "130"),
        (10, "530"),
        (13, "60"),
        (16, "420"),
        (17, "540"),
        (21, "95"),
        (22, "152"),
    ] {
        assert_eq!(at(only(&doc, n)), Some(("page", page)), "note {n}");
    }
    assert_eq!(only(&doc, 5).signal.as_deref(), Some("Srov."));
    assert_eq!(only(&doc, 14).signal.as_deref(), Some("Viz též"));
    assert_eq!(at(only(&doc, 14)), Some(("page", "88")));
}

#[test]
fn czech_list_entries_are_read_field_by_field() {
    let (_, doc) = run(PAPER);
    assert_eq!(
        doc.references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count(),
        10
    );
    // `HOLÁ, Marie. Title. Český časopis historický.` / `2004, roč. 102,
    // č. 3, s. 521–548.`: one entry over two lines.
    let hola = entry(&doc, 4);
    assert_eq!(hola.kind, "article-journal");
    assert_eq!(authors(hola), [("HOLÁ", "Marie")]);
    assert_eq!(
        hola.title.as_deref(),
        Some("Cenzura periodického tisku v letech 1851–1859")
    );
    assert_eq!(
        hola.container_title.as_deref(),
        Some("Český časopis historický")
    );
    assert_eq!(hola.volume.as_deref(), Some("102"));
    assert_eq!(hola.issue.as_deref(), Some("3"));
    assert_eq!(hola.page.as_deref(), Some("521–548"));
    // `In: KOLÁŘ, Pavel (ed.). Tisk a veřejnost v 19. století. Praha:
    // Academia, 2001, s. 77–98.`
    let benes = entry(&doc, 1);
    assert_eq!(benes.kind, "chapter");
    assert_eq!(editors(benes), [("KOLÁŘ", "Pavel")]);
    assert_eq!(
        benes.container_title.as_deref(),
        Some("Tisk a veřejnost v 19. století")
    );
    assert_eq!(benes.publisher.as_deref(), Some("Academia"));
    assert_eq!(benes.publisher_place.as_deref(), Some("Praha"));
    // `Sv. 2.`: the volume, no part of the place.
    let havlicek = entry(&doc, 3);
    assert_eq!(authors(havlicek), [("HAVLÍČEK BOROVSKÝ", "Karel")]);
    assert_eq!(havlicek.volume.as_deref(), Some("2"));
    assert_eq!(havlicek.publisher_place.as_deref(), Some("Praha"));
    assert_eq!(
        havlicek.publisher.as_deref(),
        Some("Nakladatelství Československé akademie věd")
    );
    // `NOVOTNÝ, Jan a Petr SVOBODA.`: two authors.
    assert_eq!(
        authors(entry(&doc, 7)),
        [("NOVOTNÝ", "Jan"), ("SVOBODA", "Petr")]
    );
    // `Obezřetná elita: česká společnost …. Praha:` / `Dokořán, 2005.`
    let staif = entry(&doc, 8);
    assert_eq!(staif.publisher.as_deref(), Some("Dokořán"));
    assert_eq!(staif.publisher_place.as_deref(), Some("Praha"));
}

#[test]
fn the_czech_paper_reports_the_archive_the_unlisted_book_and_the_uncited_one() {
    let (source, doc) = run(PAPER);
    let mut found = findings(&source, &doc);
    found.sort_by_key(|f| f.1);
    // The archive's file (note 6) and Malý's book (note 19) are not in the
    // list; Štaif's book is listed and cited nowhere. Nothing else.
    assert_eq!(
        found,
        [
            (Code::MissingFromBibliography, 44),
            (Code::MissingFromBibliography, 76),
            (Code::UncitedReference, 103),
        ]
    );
}

#[test]
fn a_subtitle_written_as_a_sentence_belongs_to_the_title() {
    let doc = papers_support::run_text(
        "Text1 a2 a3.\n\n\
         1 ŠTAIF, Jiří. Obezřetná elita, s. 4.\n\
         2 HAVLÍČEK BOROVSKÝ, Karel. Politické spisy, s. 3.\n\
         3 PEREIRA, Anthony W. Ditadura e repressão, p. 3.\n\n\
         Seznam literatury\n\n\
         ŠTAIF, Jiří. Obezřetná elita. Česká společnost mezi tradicí a revolucí 1830–1851. Praha: Dokořán, 2005.\n\
         HAVLÍČEK BOROVSKÝ, Karel. Politické spisy. Sv. 2. Praha: Nakladatelství Československé akademie věd, 1959.\n\
         PEREIRA, Anthony W. Ditadura e repressão. Tradução de Patrícia Zimbres. São Paulo: Paz e Terra, 2010.\n",
    );
    let staif = entry(&doc, 1);
    assert_eq!(
        staif.title.as_deref(),
        Some("Obezřetná elita. Česká společnost mezi tradicí a revolucí 1830–1851")
    );
    assert_eq!(staif.publisher.as_deref(), Some("Dokořán"));
    assert_eq!(staif.publisher_place.as_deref(), Some("Praha"));
    // A volume's statement is no subtitle.
    let havlicek = entry(&doc, 2);
    assert_eq!(havlicek.title.as_deref(), Some("Politické spisy"));
    assert_eq!(havlicek.volume.as_deref(), Some("2"));
    // Nor is a translator's (`Tradução de …`).
    let pereira = entry(&doc, 3);
    assert_eq!(pereira.title.as_deref(), Some("Ditadura e repressão"));
    assert_eq!(pereira.publisher.as_deref(), Some("Paz e Terra"));
    assert_eq!(pereira.publisher_place.as_deref(), Some("São Paulo"));
}
