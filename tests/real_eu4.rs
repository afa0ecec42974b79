//! A German comparative law article as pdftotext gives it, citing Spanish
//! literature: European court decisions with their ECLI and name (`EuGH,
//! Urt. v. 13.5.2014 – C-131/12, ECLI:EU:C:2014:317, Rn. 80 – Google
//! Spain`), a handbook at a chapter's margin number (`Kap. 7 Rn. 12`),
//! an online commentary and a web page with the day of their state
//! (`Stand: 1.8.2023`), Spanish double surnames written without given
//! names (`Santamaría Pastor, Principios …`), a list entry broken inside
//! its edition (`3.` / `Aufl.`); and Spanish notes and lists of the same
//! forms. Expected values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, entry_number, in_note, only, run, run_text, work};

const DE: &str = "fixtures/vergessenwerden_spanien_pdf_de.txt";

fn locator(c: &opcit::model::Citation) -> Option<(String, String)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.clone(), l.value.clone()))
}

fn pair(label: &str, value: &str) -> Option<(String, String)> {
    Some((label.to_string(), value.to_string()))
}

#[test]
fn the_list_has_eleven_entries_one_broken_inside_its_edition() {
    let (_, doc) = run(DE);
    // Díez-Picazo, García de Enterría/Fernández, Grüneberg, Kühling/Buchner,
    // Kühling/Klar/Sackmann, Paal/Pauly, Rallo Lombarte, Santamaría Pastor,
    // Schantz/Wolff, Stern, Wolff/Brink.
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 11, "{:#?}", doc.references);
    let kommentar = entry(&doc, 4);
    assert_eq!(kommentar.edition.as_deref(), Some("3"));
    assert_eq!(kommentar.issued.as_ref().and_then(|d| d.year()), Some(2020));
    assert_eq!(kommentar.publisher_place.as_deref(), Some("München"));
}

#[test]
fn a_handbook_is_cited_at_a_chapter_s_margin_number() {
    let (_, doc) = run(DE);
    let two = in_note(&doc, 2);
    let c = two[0];
    assert_eq!(c.kind, CitationKind::Full);
    assert_eq!(entry_number(&doc, c), Some(5));
    assert_eq!(locator(c), pair("margin", "12"));
    assert_eq!(
        c.locator.as_ref().and_then(|l| l.text.as_deref()),
        Some("Kap. 7 Rn. 12")
    );
    // `Kühling/Klar/Sackmann, a.a.O., Kap. 7 Rn. 20`: the same work.
    for (n, rn) in [(25, "20"), (31, "25")] {
        let c = in_note(&doc, n)
            .into_iter()
            .find(|c| c.text.starts_with("Kühling"))
            .unwrap();
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        assert_eq!(entry_number(&doc, c), Some(5), "note {n}");
        assert_eq!(locator(c), pair("margin", rn), "note {n}");
    }
    assert!(!doc
        .diagnostics
        .iter()
        .any(|d| d.code == Code::DanglingShortForm && d.message.contains("Kühling")));
}

#[test]
fn european_court_decisions_with_ecli_and_name_are_cases() {
    let (_, doc) = run(DE);
    for (n, docket, rn) in [
        (1, "C-131/12", "80"),
        (17, "C-136/17", "45"),
        (18, "C-507/17", "64"),
    ] {
        let c = only(&doc, n);
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.kind, "legal_case", "note {n}");
        assert_eq!(f.publisher.as_deref(), Some("EuGH"), "note {n}");
        assert_eq!(f.title.as_deref(), Some(docket), "note {n}");
        assert_eq!(f.container_title, None, "note {n}");
        assert_eq!(locator(c), pair("margin", rn), "note {n}");
    }
    // `Ebd., Rn. 70.` repeats the decision of note 18.
    let ibid = only(&doc, 19);
    assert_eq!(ibid.status, Some(Status::Resolved));
    assert_eq!(ibid.reference, only(&doc, 18).reference);
    assert_eq!(locator(ibid), pair("margin", "70"));
    // `… BVerfGE 152, 152 Rn. 95 – Recht auf Vergessen I`.
    let bverfg = only(&doc, 6);
    let f = bverfg.fields.as_deref().unwrap();
    assert_eq!(f.publisher.as_deref(), Some("BVerfG"));
    assert_eq!(f.title.as_deref(), Some("1 BvR 16/13"));
    assert_eq!(f.container_title.as_deref(), Some("BVerfGE"));
    assert_eq!(f.volume.as_deref(), Some("152"));
    assert_eq!(f.page.as_deref(), Some("152"));
    assert_eq!(locator(bverfg), pair("margin", "95"));
}

#[test]
fn spanish_double_surnames_link_without_a_mismatch() {
    let (_, doc) = run(DE);
    assert_eq!(
        authors(entry(&doc, 2)),
        [
            ("García de Enterría", "Eduardo"),
            ("Fernández", "Tomás-Ramón")
        ]
    );
    assert_eq!(
        authors(entry(&doc, 8)),
        [("Santamaría Pastor", "Juan Alfonso")]
    );
    let curso = only(&doc, 7);
    assert_eq!(entry_number(&doc, curso), Some(2));
    assert_eq!(
        authors(curso.fields.as_deref().unwrap()),
        [
            ("García de Enterría", "Eduardo"),
            ("Fernández", "Tomás-Ramón")
        ]
    );
    for n in [8, 33] {
        let c = in_note(&doc, n)[0];
        assert_eq!(entry_number(&doc, c), Some(2), "note {n}");
    }
    assert_eq!(entry_number(&doc, only(&doc, 9)), Some(8));
    assert_eq!(entry_number(&doc, only(&doc, 11)), Some(8));
    assert!(
        !doc.diagnostics
            .iter()
            .any(|d| d.code == Code::BibliographyMismatch),
        "{:#?}",
        doc.diagnostics
    );
}

#[test]
fn the_day_of_a_state_is_no_date_of_the_work() {
    let (_, doc) = run(DE);
    // `BeckOK DatenschutzR/Worms, Art. 17 DS-GVO, Stand: 1.8.2023, Rn. 35.`
    let beckok = only(&doc, 22);
    let f = beckok.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(f.container_title.as_deref(), Some("BeckOK DatenschutzR"));
    assert_eq!(authors(f), [("Worms", "")]);
    assert_eq!(f.issued, None);
    assert_eq!(f.publisher_place, None);
    assert_eq!(
        f.accessed.as_ref().map(|d| d.date_parts.clone()),
        Some(vec![vec![2023, 8, 1]])
    );
    assert_eq!(locator(beckok), pair("margin", "35"));
    // The web page of note 23: its year is 2020, August 2023 the day of
    // its state.
    let web = only(&doc, 23);
    let f = web.fields.as_deref().unwrap();
    assert_eq!(f.issued.as_ref().and_then(|d| d.year()), Some(2020));
    assert_eq!(
        f.accessed.as_ref().map(|d| d.date_parts.clone()),
        Some(vec![vec![2023, 8]])
    );
    assert!(!f.title.as_deref().unwrap_or("").contains("Stand"));
    // The list's online commentary: no publisher `Stand`, no unread date.
    let listed = entry(&doc, 11);
    assert_eq!(listed.publisher, None);
    assert_eq!(listed.issued, None);
    assert!(listed.accessed.is_some());
    assert!(!doc
        .diagnostics
        .iter()
        .any(|d| d.code == Code::UnparsedReference));
}

#[test]
fn an_act_links_to_no_commentary_named_after_it() {
    let (_, doc) = run(DE);
    // `Art. 17 Abs. 1 lit. a DSGVO.`: the act, not the commentaries
    // `Datenschutz-Grundverordnung/BDSG` and `Datenschutz-Grundverordnung,
    // Bundesdatenschutzgesetz` of the list.
    let act = only(&doc, 20);
    assert_eq!(act.fields.as_deref().unwrap().kind, "legislation");
    assert_eq!(entry_number(&doc, act), None);
    assert_eq!(work(&doc, act).kind, "legislation");
}

#[test]
fn a_commentary_on_two_codes_is_read_with_its_commentator() {
    let (_, doc) = run(DE);
    // `Herbst, in: Kühling/Buchner, DS-GVO/BDSG, 3. Aufl. 2020, Art. 17
    // DS-GVO Rn. 8`.
    let first = in_note(&doc, 21)[0];
    let f = first.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(authors(f), [("Herbst", "")]);
    assert_eq!(f.container_title.as_deref(), Some("DS-GVO/BDSG"));
    assert_eq!(f.edition.as_deref(), Some("3"));
    assert_eq!(locator(first), pair("margin", "8"));
}

#[test]
fn spanish_lists_and_notes_join_double_surnames() {
    let doc = run_text(
        "Texto.1 Texto.2 Texto.3 Texto.4\n\n\
         1 SANTAMARÍA PASTOR, Juan Alfonso, Fundamentos de derecho administrativo, Madrid, Ceura, 1988, p. 77.\n\
         2 García de Enterría, op. cit., p. 45.\n\
         3 Véase supra, nota 1.\n\
         4 See above, n. 1.\n\n\
         Bibliografía\n\n\
         DÍEZ-PICAZO, Luis María y PONCE DE LEÓN, Antonio, Sistema de derecho civil, Madrid, Civitas, 1990.\n\
         GARCÍA DE ENTERRÍA, Eduardo y FERNÁNDEZ, Tomás-Ramón, Curso de derecho administrativo, t. I, 18.ª ed., Madrid, Civitas, 2017.\n\
         SANTAMARÍA PASTOR, Juan Alfonso, Fundamentos de derecho administrativo, Madrid, Ceura, 1988.\n",
    );
    assert_eq!(
        authors(entry(&doc, 1)),
        [("DÍEZ-PICAZO", "Luis María"), ("PONCE DE LEÓN", "Antonio")]
    );
    assert_eq!(
        authors(entry(&doc, 2)),
        [
            ("GARCÍA DE ENTERRÍA", "Eduardo"),
            ("FERNÁNDEZ", "Tomás-Ramón")
        ]
    );
    assert_eq!(
        entry(&doc, 2).title.as_deref(),
        Some("Curso de derecho administrativo")
    );
    let first = only(&doc, 1);
    assert_eq!(
        authors(first.fields.as_deref().unwrap()),
        [("SANTAMARÍA PASTOR", "Juan Alfonso")]
    );
    assert_eq!(entry_number(&doc, first), Some(3));
    assert_eq!(entry_number(&doc, only(&doc, 2)), Some(2));
    for n in [3, 4] {
        let c = only(&doc, n);
        assert_eq!(c.kind, CitationKind::Supra, "note {n}");
        assert_eq!(entry_number(&doc, c), Some(3), "note {n}");
    }
}
