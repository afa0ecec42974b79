//! European legal writing as pdftotext gives it. A Polish article on data
//! protection: acts cited by kind, date and name with the official journal
//! in brackets (`ustawa z dnia 23 kwietnia 1964 r. – Kodeks cywilny (Dz.U.
//! z 2020 r. poz. 1740 ze zm.)`), a provision before the act (`art. 6
//! ust. 1 ustawy z dnia …`), articles of codes by their abbreviation
//! (`art. 415 k.c.`, `art. 6 ust. 1 RODO`) and decisions with their
//! docket after `sygn. akt`. Expected values were written by reading the
//! inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{in_note, note_links, only, run};

const PL: &str = "fixtures/ochrona_danych_pdf_pl.txt";

fn year_month_day(c: &opcit::model::Citation) -> Vec<i32> {
    let f = c.fields.as_deref().unwrap();
    f.issued.as_ref().unwrap().date_parts[0].clone()
}

#[test]
fn a_polish_act_with_its_journal_is_legislation() {
    let (_, doc) = run(PL);
    let code = only(&doc, 1);
    let f = code.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(f.title.as_deref(), Some("Kodeks cywilny"));
    assert_eq!(f.container_title.as_deref(), Some("Dz.U."));
    assert_eq!(f.number.as_deref(), Some("1740"));
    assert_eq!(year_month_day(code), [1964, 4, 23]);

    // `art. 6 ust. 1 ustawy z dnia …`: the provision before the act.
    let two = in_note(&doc, 2);
    assert_eq!(two.len(), 2, "{two:#?}");
    let f = two[0].fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(f.title.as_deref(), Some("o ochronie danych osobowych"));
    assert_eq!(f.number.as_deref(), Some("1781"));
    assert_eq!(year_month_day(two[0]), [2018, 5, 10]);
    assert_eq!(
        two[0]
            .locator
            .as_ref()
            .map(|l| (l.label.as_str(), l.value.as_str())),
        Some(("section", "art. 6 ust. 1"))
    );
    assert_eq!(two[0].signal.as_deref(), Some("Zob."));
    assert_eq!(two[1].status, Some(Status::Resolved));
}

#[test]
fn a_regulation_and_the_constitution_keep_the_journal_s_issue() {
    let (_, doc) = run(PL);
    let reg = only(&doc, 4);
    let f = reg.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(
        f.title.as_deref(),
        Some("w sprawie określenia wzorów urzędowych formularzy")
    );
    assert_eq!(f.issue.as_deref(), Some("112"));
    assert_eq!(f.number.as_deref(), Some("1067"));
    assert_eq!(year_month_day(reg), [2003, 6, 12]);

    // No name after the date: the kind and the issuer name the act; the
    // article after the bracket is the pinpoint.
    let konst = only(&doc, 5);
    let f = konst.fields.as_deref().unwrap();
    assert_eq!(
        f.title.as_deref(),
        Some("Konstytucja Rzeczypospolitej Polskiej")
    );
    assert_eq!(f.issue.as_deref(), Some("78"));
    assert_eq!(f.number.as_deref(), Some("483"));
    assert_eq!(
        konst.locator.as_ref().map(|l| l.value.as_str()),
        Some("art. 47")
    );
}

#[test]
fn articles_of_codes_by_their_abbreviation_still_cite_the_code() {
    let (_, doc) = run(PL);
    let three = in_note(&doc, 3);
    assert_eq!(three.len(), 2, "{three:#?}");
    let f = three[0].fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(f.title.as_deref(), Some("RODO"));
    assert_eq!(
        three[0].locator.as_ref().map(|l| l.value.as_str()),
        Some("art. 6 ust. 1")
    );
    assert_eq!(
        note_links(&doc, 3)[1],
        (CitationKind::Short, Status::Resolved, Some(1))
    );
    let six = in_note(&doc, 6);
    assert_eq!(six.len(), 2, "{six:#?}");
    let f = six[0].fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(f.title.as_deref(), Some("Kodeks cywilny"));
    assert_eq!(
        six[0].locator.as_ref().map(|l| l.value.as_str()),
        Some("Art. 415")
    );
}

#[test]
fn an_act_in_a_list_of_legal_acts_is_legislation() {
    let doc = papers_support::run_text(
        "Tekst.1\n\n1 Kodeks cywilny, s. 3.\n\nBibliografia\n\nUstawa z dnia 23 kwietnia 1964 r. – Kodeks cywilny (t.j. Dz.U. z 2020 r. poz. 1740 ze zm.).\nSafjan M., Prawo wobec ingerencji w naturę ludzkiej prokreacji, Warszawa 1990.\n",
    );
    let e = papers_support::entry(&doc, 1);
    assert_eq!(e.kind, "legislation");
    assert_eq!(e.title.as_deref(), Some("Kodeks cywilny"));
    assert_eq!(e.container_title.as_deref(), Some("Dz.U."));
    assert_eq!(e.number.as_deref(), Some("1740"));
}

#[test]
fn prose_naming_an_act_without_its_journal_cites_nothing() {
    let doc = papers_support::run_text(
        "Tekst.1\n\n1 Ustawa z dnia 23 kwietnia 1964 r. wprowadziła zasadę winy (zob. niżej).\n",
    );
    assert!(doc
        .citations
        .iter()
        .all(|c| c.fields.as_deref().is_none_or(|f| f.kind != "legislation")));
}

const FR: &str = "fixtures/obligations_doctrine_pdf_fr.txt";

fn families(c: &opcit::model::Citation) -> Vec<(String, String)> {
    c.fields
        .as_deref()
        .unwrap()
        .author
        .iter()
        .map(|n| {
            (
                n.family.clone().unwrap_or_default(),
                n.given.clone().unwrap_or_default(),
            )
        })
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(f, g)| (f.to_string(), g.to_string()))
        .collect()
}

#[test]
fn several_french_authors_with_bracketed_initials_are_all_read() {
    let (_, doc) = run(FR);
    // Bibliography: 1 Fabre-Magnan, 2 Malaurie, 3 Terré 12e éd., 4 Terré 13e éd.
    let one = only(&doc, 1);
    assert_eq!(
        families(one),
        pairs(&[("Terré", "F."), ("Simler", "Ph."), ("Lequette", "Y.")])
    );
    let f = one.fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("Droit civil. Les obligations"));
    assert_eq!(f.publisher.as_deref(), Some("Dalloz"));
    assert_eq!(f.edition.as_deref(), Some("12"));
    assert_eq!(one.locator.as_ref().map(|l| l.value.as_str()), Some("915"));
    let r = Status::Resolved;
    use CitationKind::{Full, Short};
    assert_eq!(note_links(&doc, 1), [(Full, r, Some(3))]);

    let two = in_note(&doc, 2);
    assert_eq!(two.len(), 2, "{two:#?}");
    assert_eq!(
        families(two[0]),
        pairs(&[
            ("Malaurie", "Ph."),
            ("Aynès", "L."),
            ("Stoffel-Munck", "Ph.")
        ])
    );
    assert_eq!(two[0].signal.as_deref(), Some("V."));
    assert_eq!(
        note_links(&doc, 2),
        [(Full, r, Some(2)), (Full, r, Some(1))]
    );

    // Four authors, the later edition.
    assert_eq!(
        families(only(&doc, 4)),
        pairs(&[
            ("Terré", "F."),
            ("Simler", "Ph."),
            ("Lequette", "Y."),
            ("Chénedé", "F.")
        ])
    );
    assert_eq!(note_links(&doc, 4), [(Full, r, Some(4))]);
    // `op. cit.` after the three names finds their book.
    assert_eq!(note_links(&doc, 5), [(Short, r, Some(3))]);
}

const DE: &str = "fixtures/staatshaftung_kommentar_pdf_de.txt";

#[test]
fn a_german_title_with_commas_runs_to_the_place_and_year() {
    let (_, doc) = run(DE);
    // Bibliography: 1 Koziol, 2 Müller, 3 Ossenbühl/Cornils, 4 Schmidt.
    let two = only(&doc, 2);
    let f = two.fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("Staat, Recht, Macht"));
    assert_eq!(f.publisher_place.as_deref(), Some("München"));
    assert_eq!(f.publisher, None);
    assert_eq!(
        papers_support::entry(&doc, 4).title.as_deref(),
        Some("Staat, Recht, Macht")
    );
    let r = Status::Resolved;
    assert_eq!(note_links(&doc, 2), [(CitationKind::Full, r, Some(4))]);
    assert_eq!(note_links(&doc, 6), [(CitationKind::Full, r, Some(4))]);
}

#[test]
fn a_volume_in_roman_numerals_is_kept() {
    let (_, doc) = run(DE);
    let three = only(&doc, 3);
    let f = three.fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("Gutachten zum 70. DJT"));
    assert_eq!(f.volume.as_deref(), Some("I"));
    assert_eq!(f.publisher, None);
    assert_eq!(papers_support::entry(&doc, 2).volume.as_deref(), Some("I"));
    assert_eq!(
        note_links(&doc, 3),
        [(CitationKind::Full, Status::Resolved, Some(2))]
    );
}

#[test]
fn a_margin_number_without_its_period_is_a_margin_number() {
    let (_, doc) = run(DE);
    let margin = |n: u32, i: usize| {
        in_note(&doc, n)[i]
            .locator
            .as_ref()
            .map(|l| (l.label.clone(), l.value.clone()))
    };
    let want = |v: &str| Some(("margin".to_string(), v.to_string()));
    // `§ 839 Rn 12`, Austrian `Rz 12` and `RZ 45`.
    assert_eq!(margin(4, 0), want("12"));
    assert_eq!(margin(5, 0), want("12"));
    assert_eq!(margin(5, 1), want("45"));
    assert_eq!(
        note_links(&doc, 5)[0],
        (CitationKind::Full, Status::Resolved, Some(1))
    );
}

#[test]
fn a_decision_s_docket_after_sygn_akt_is_read_without_the_word() {
    let (_, doc) = run(PL);
    let seven = in_note(&doc, 7);
    assert_eq!(seven.len(), 2, "{seven:#?}");
    let want = [
        (
            "NSA",
            "II OSK 1234/17",
            [2019, 3, 5],
            Some("LEX nr 2644321"),
        ),
        ("WSA w Warszawie", "II SA/Wa 1456/19", [2020, 2, 12], None),
    ];
    for (c, (court, docket, date, report)) in seven.iter().zip(want) {
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.kind, "legal_case");
        assert_eq!(f.publisher.as_deref(), Some(court));
        assert_eq!(f.title.as_deref(), Some(docket));
        assert_eq!(f.issued.as_ref().unwrap().date_parts[0], date);
        assert_eq!(f.container_title.as_deref(), report);
    }
}
