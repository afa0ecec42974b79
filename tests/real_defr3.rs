//! A Dutch law article (NJB style) as pdftotext gives it: decisions of the
//! Hoge Raad, the Afdeling bestuursrechtspraak, a rechtbank and the
//! European courts (`HR 12 mei 2000, ECLI:…, NJ 2001/123, m.nt. …`),
//! parliamentary papers (`Kamerstukken II 2019/20, 35 300, nr. 3`,
//! `Handelingen II`), the Asser handbook (`Asser/Hartkamp & Sieburgh 6-IV
//! 2019/45`), `a.w.`, `o.c.`, `t.a.p.`, `Ibid.`, `Idem`, `zie noot 5`,
//! signals (`Vgl.`, `Zie ook`, `Anders:`), names with particles, and a
//! `Literatuur` list sorted under the main word; and German and French
//! notes continued at the top of the next page after its running head.
//! Expected values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, CslItem, Document, Status};
use papers_support::{authors, entry, findings, in_note, note_links, only, run, run_text, work};

const PAPER: &str = "fixtures/aansprakelijkheid_pdf_nl.txt";

fn paper() -> Document {
    run(PAPER).1
}

/// The fields read from the one citation of note `n`.
fn cited(doc: &Document, n: u32) -> &CslItem {
    only(doc, n).fields.as_deref().unwrap()
}

#[test]
fn every_note_of_the_dutch_article_is_read() {
    let (source, doc) = run(PAPER);
    assert_eq!(doc.footnotes.len(), 40);
    for n in 1..=40 {
        assert!(!in_note(&doc, n).is_empty(), "note {n} cites nothing");
    }
    // Every short form finds its work: no dangling back-reference.
    let errors: Vec<_> = findings(&source, &doc)
        .into_iter()
        .filter(|(c, _)| *c == Code::DanglingShortForm)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn kamerstukken_are_parliamentary_papers_by_session_file_and_number() {
    let doc = paper();
    let c = only(&doc, 2);
    assert_eq!(c.kind, CitationKind::Full);
    let f = cited(&doc, 2);
    assert_eq!(f.kind, "report");
    assert_eq!(f.container_title.as_deref(), Some("Kamerstukken II"));
    assert_eq!(f.volume.as_deref(), Some("35 300"));
    assert_eq!(f.number.as_deref(), Some("3"));
    assert_eq!(
        f.issued.as_ref().and_then(|d| d.raw.as_deref()),
        Some("2019/20")
    );
    assert_eq!(c.locator.as_ref().unwrap().value, "12");
    // `Kamer-` / `stukken II`: the series broken at a line's end, after
    // the committee that wrote the report and its title.
    let f = cited(&doc, 1);
    assert_eq!(f.container_title.as_deref(), Some("Kamerstukken II"));
    assert_eq!(f.title.as_deref(), Some("Ongekend onrecht"));
    assert_eq!(
        f.author[0].literal.as_deref(),
        Some("Parlementaire ondervragingscommissie Kinderopvangtoeslag")
    );
    assert_eq!(f.volume.as_deref(), Some("35 510"));
    // The debates of a day, by their number and item.
    let f = cited(&doc, 24);
    assert_eq!(f.kind, "hearing");
    assert_eq!(f.container_title.as_deref(), Some("Handelingen II"));
    assert_eq!(f.number.as_deref(), Some("45, item 9"));
}

#[test]
fn dutch_decisions_are_cases_by_court_date_ecli_and_report() {
    let doc = paper();
    let f = cited(&doc, 5);
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("HR"));
    assert_eq!(f.issued.as_ref().unwrap().date_parts, [[2000, 5, 12]]);
    assert_eq!(f.number.as_deref(), Some("ECLI:NL:HR:2000:AA5678"));
    assert_eq!(f.container_title.as_deref(), Some("NJ"));
    assert_eq!(f.page.as_deref(), Some("123"));
    // The court's seat between its name and the date.
    let f = cited(&doc, 19);
    assert_eq!(f.publisher.as_deref(), Some("Rb. Den Haag"));
    assert_eq!(f.issued.as_ref().unwrap().date_parts, [[2020, 2, 5]]);
    // The European courts: the docket, the parties in brackets (over a
    // line break after the slash), the paragraph cited.
    let c = only(&doc, 20);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.publisher.as_deref(), Some("EHRM"));
    assert_eq!(f.number.as_deref(), Some("30562/04"));
    assert_eq!(f.title.as_deref(), Some("S. en Marper/Verenigd Koninkrijk"));
    let pin = c.locator.as_ref().unwrap();
    assert_eq!(
        (pin.label.as_str(), pin.value.as_str()),
        ("paragraph", "103")
    );
    let c = only(&doc, 34);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.publisher.as_deref(), Some("HvJ EU"));
    assert_eq!(f.number.as_deref(), Some("C-634/21"));
    assert_eq!(f.title.as_deref(), Some("SCHUFA"));
    assert_eq!(c.locator.as_ref().unwrap().value, "50");
    // Two decisions in one note, the second after `zie eerder`, known by
    // its parties.
    let two = in_note(&doc, 16);
    assert_eq!(two.len(), 2);
    assert_eq!(two[1].signal.as_deref(), Some("zie eerder"));
    let f = two[1].fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("Staat/Hoffmann-La Roche"));
    assert_eq!(f.issued.as_ref().unwrap().date_parts, [[1986, 9, 26]]);
    // `Zie noot 5`: the decision of note 5.
    let supra = only(&doc, 17);
    assert_eq!(supra.kind, CitationKind::Supra);
    assert_eq!(supra.reference, only(&doc, 5).reference);
}

#[test]
fn dutch_short_forms_find_their_works() {
    let doc = paper();
    let links = |n| note_links(&doc, n);
    // `a.w.`, `o.c.`, `t.a.p.` after the author's name; `Ibid.`, `Idem`.
    assert_eq!(
        links(7),
        [(CitationKind::Short, Status::Resolved, Some(11))]
    );
    assert_eq!(links(9), [(CitationKind::Ibid, Status::Resolved, Some(4))]);
    assert_eq!(
        links(13),
        [(CitationKind::Short, Status::Resolved, Some(5))]
    );
    assert_eq!(links(14), [(CitationKind::Ibid, Status::Resolved, Some(5))]);
    assert_eq!(
        links(18),
        [(CitationKind::Short, Status::Resolved, Some(6))]
    );
    assert_eq!(
        links(21),
        [(CitationKind::Short, Status::Resolved, Some(4))]
    );
    assert_eq!(
        links(26),
        [(CitationKind::Short, Status::Resolved, Some(2))]
    );
    assert_eq!(
        links(29),
        [(CitationKind::Ibid, Status::Resolved, Some(10))]
    );
    assert_eq!(
        links(36),
        [(CitationKind::Short, Status::Resolved, Some(3))]
    );
    // The second of two works by De Vries, by its title.
    assert_eq!(
        links(38)[1],
        (CitationKind::Short, Status::Resolved, Some(12))
    );
    // `Anders:` opens a work cited in full.
    let anders = only(&doc, 15);
    assert_eq!(anders.signal.as_deref(), Some("Anders:"));
    assert_eq!(links(15), [(CitationKind::Full, Status::Resolved, Some(3))]);
    // `NJB 2015/123, p. 45`: the year's number is part of the citation.
    assert!(only(&doc, 3).text.ends_with("NJB 2015/123, p. 45."));
    assert_eq!(links(3), [(CitationKind::Full, Status::Resolved, Some(11))]);
}

#[test]
fn the_asser_handbook_is_cited_by_its_volume_and_margin_number() {
    let doc = paper();
    let c = only(&doc, 6);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "book");
    assert_eq!(f.title.as_deref(), Some("Asser 6-IV"));
    assert_eq!(authors(f), [("Hartkamp", ""), ("Sieburgh", "")]);
    let pin = c.locator.as_ref().unwrap();
    assert_eq!((pin.label.as_str(), pin.value.as_str()), ("margin", "45"));
    assert_eq!(only(&doc, 27).locator.as_ref().unwrap().value, "48");
    // The list names the volume as the notes cite it, then gives its full
    // reference: one entry, read from the reference, which both notes cite.
    let e = entry(&doc, 1);
    assert_eq!(authors(e), [("Hartkamp", "C.S."), ("Sieburgh", "C.H.")]);
    assert!(e
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("Mr. C. Asser’s Handleiding")));
    for n in [6, 27] {
        assert_eq!(
            note_links(&doc, n),
            [(CitationKind::Full, Status::Resolved, Some(1))],
            "note {n}"
        );
    }
}

#[test]
fn a_literature_list_sorted_under_the_main_word_keeps_the_particles() {
    let doc = paper();
    assert_eq!(
        authors(entry(&doc, 2)),
        [("Barkhuysen", "T."), ("van Emmerik", "M.L.")]
    );
    assert_eq!(
        entry(&doc, 2).title.as_deref(),
        Some("Het onrechtmatige overheidsbesluit")
    );
    assert_eq!(authors(entry(&doc, 3)), [("van den Berg", "R.")]);
    assert_eq!(authors(entry(&doc, 5)), [("van Eck", "B.M.A.")]);
    assert_eq!(entry(&doc, 5).kind, "thesis");
    assert_eq!(authors(entry(&doc, 11)), [("de Vries", "J.")]);
    assert_eq!(authors(entry(&doc, 12)), [("de Vries", "J.")]);
    // The citation of note 22 names both authors as the list does.
    assert_eq!(
        authors(work(&doc, only(&doc, 22))),
        [("Barkhuysen", "T."), ("van Emmerik", "M.L.")]
    );
}

#[test]
fn a_note_continued_after_the_next_pages_running_foot_is_joined() {
    let doc = paper();
    let note = doc.footnotes.iter().find(|f| f.number == 30).unwrap();
    assert_eq!(note.pieces.len(), 2);
    assert!(note
        .text
        .ends_with("Den Haag: Boom juridisch 2017, p. 15-38."));
    assert_eq!(
        note_links(&doc, 30),
        [(CitationKind::Full, Status::Resolved, Some(9))]
    );
    // The word broken there is read whole.
    assert_eq!(
        work(&doc, only(&doc, 30)).container_title.as_deref(),
        Some("De relativiteit van het publiekrecht en het privaatrecht")
    );
}

const WEIMAR: &str = "Regieren mit der Presse

Der Text.1 Mehr Text.2

1 Vgl. Ute Daniel, Die Politik der Propaganda, Frankfurt a. M. 1994, S. 44.
2 Dazu Heinrich August Winkler, Der Schein der Normalität. Arbeiter und Arbeiterbewegung in der Weima-
\u{c}Regieren mit der Presse                                                   403

rer Republik 1924 bis 1930, Berlin/Bonn 1985, S. 620.

Weiterer Text.3

3 Winkler, Schein der Normalität, S. 630.

Regieren mit der Presse                                                   404
\u{c}
Literatur

Daniel, Ute: Die Politik der Propaganda, Frankfurt a. M. 1994.
Winkler, Heinrich August: Der Schein der Normalität. Arbeiter und Arbeiterbewegung in der Weimarer Republik 1924 bis 1930, Berlin/Bonn 1985.
";

#[test]
fn a_german_note_goes_on_after_the_running_head_of_the_next_page() {
    let doc = run_text(WEIMAR);
    let note = doc.footnotes.iter().find(|f| f.number == 2).unwrap();
    assert_eq!(note.pieces.len(), 2);
    assert_eq!(
        note_links(&doc, 2),
        [(CitationKind::Full, Status::Resolved, Some(2))]
    );
    assert_eq!(
        cited(&doc, 2).title.as_deref(),
        Some("Der Schein der Normalität. Arbeiter und Arbeiterbewegung in der Weimarer Republik 1924 bis 1930")
    );
    // The body's paragraph on that page is no part of the note.
    assert!(!note.text.contains("Weiterer"));
}

#[test]
fn a_year_followed_by_a_slash_is_no_session_unless_the_next_year() {
    // `NJ 2001/12`: a report's number, no session of 2001 to 2012.
    let doc = run_text(
        "Titel

Tekst.1 Meer.2

1 Kamerstukken I 1986/87, 19 529, nr. 12a, p. 3.
2 HR 3 april 2001, NJ 2001/12.
",
    );
    let f = cited(&doc, 1);
    assert_eq!(f.container_title.as_deref(), Some("Kamerstukken I"));
    assert_eq!(f.issued.as_ref().unwrap().date_parts, [[1987]]);
    let f = cited(&doc, 2);
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.container_title.as_deref(), Some("NJ"));
    assert_eq!(f.page.as_deref(), Some("12"));
}
