//! German, French and Polish legal notes as pdftotext gives them: the
//! commentary cited by the part a commentator wrote (`Papier/Shirvani, in:
//! MüKo BGB, 8. Aufl. 2020, § 839 Rn. 150`, `Staudinger/Hager (2017) § 823
//! Rn. B 12`), and acts cited with the official journal that printed
//! them (`BGBl. I S. 3138`, `JORF n° 0235 du 8 octobre 2016`). Expected
//! values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{in_note, note_links, only, run, run_text};

const KOMMENTARE: &str = "fixtures/amtshaftung_kommentare_pdf_de.txt";

/// The label and value of a citation's locator.
fn locator(c: &opcit::model::Citation) -> Option<(String, String)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.clone(), l.value.clone()))
}

fn margin(v: &str) -> Option<(String, String)> {
    Some(("margin".to_string(), v.to_string()))
}

fn families(names: &[opcit::model::CslName]) -> Vec<&str> {
    names.iter().filter_map(|n| n.family.as_deref()).collect()
}

#[test]
fn a_commentator_in_a_commentary_named_by_its_abbreviation() {
    let (_, doc) = run(KOMMENTARE);
    // The list: 1 Grüneberg, 2 Ossenbühl/Cornils, 3 Münchener Kommentar
    // (Säcker u. a.), 4 Staudinger.
    let one = only(&doc, 1);
    let f = one.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(families(&f.author), ["Papier", "Shirvani"]);
    assert_eq!(f.container_title.as_deref(), Some("MüKo BGB"));
    assert_eq!(f.edition.as_deref(), Some("8"));
    assert_eq!(f.year(), Some(2020));
    assert_eq!(locator(one), margin("150"));
    let two = only(&doc, 2);
    let f = two.fields.as_deref().unwrap();
    assert_eq!(families(&f.author), ["Wagner"]);
    assert_eq!(f.container_title.as_deref(), Some("MüKoBGB"));
    assert_eq!(locator(two), margin("12"));
    // Both abbreviations name the Münchener Kommentar of the list.
    let r = Status::Resolved;
    use CitationKind::Full;
    assert_eq!(note_links(&doc, 1), [(Full, r, Some(3))]);
    assert_eq!(note_links(&doc, 2), [(Full, r, Some(3))]);
    assert_eq!(note_links(&doc, 7), [(Full, r, Some(3))]);
    assert_eq!(only(&doc, 7).signal.as_deref(), Some("Vgl. auch"));
    assert_eq!(locator(only(&doc, 7)), margin("45"));
}

#[test]
fn a_commentary_named_after_its_founder_with_the_revision_s_year() {
    let (_, doc) = run(KOMMENTARE);
    let four = only(&doc, 4);
    let f = four.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(families(&f.author), ["Hager"]);
    assert_eq!(families(&f.editor), ["Staudinger"]);
    assert_eq!(f.year(), Some(2017));
    assert_eq!(locator(four), margin("B12"));
    let r = Status::Resolved;
    use CitationKind::Full;
    assert_eq!(note_links(&doc, 4), [(Full, r, Some(4))]);
    // Two commentaries in one note.
    assert_eq!(
        note_links(&doc, 6),
        [(Full, r, Some(3)), (Full, r, Some(4))]
    );
    let six = in_note(&doc, 6);
    assert_eq!(locator(six[0]), margin("298"));
    assert_eq!(locator(six[1]), margin("3"));
    // The commentary by its editor, as before.
    assert_eq!(note_links(&doc, 3), [(Full, r, Some(1))]);
}

#[test]
fn of_two_commentaries_by_one_abbreviation_the_edition_decides() {
    // Two Münchener Kommentare of the same year: the 8th edition is the
    // one on the Civil Code; with no edition or year to tell, neither.
    let list = "\n\nLiteraturverzeichnis\n\nJoecks, Wolfgang/Miebach, Klaus (Hrsg.): Münchener Kommentar zum Strafgesetzbuch, 4. Aufl., München 2020.\nSäcker, Franz Jürgen (Hrsg.): Münchener Kommentar zum Bürgerlichen Gesetzbuch, 8. Aufl., München 2020.\n";
    let doc = run_text(&format!(
        "Text.1 Text.2\n\n1 Wagner, in: MüKo BGB, 8. Aufl. 2020, § 823 Rn. 12.\n2 Joecks, in: MüKo StGB, § 2 Rn. 3.{list}"
    ));
    let one = only(&doc, 1);
    assert_eq!(
        one.fields.as_deref().unwrap().container_title.as_deref(),
        Some("MüKo BGB")
    );
    assert_eq!(
        note_links(&doc, 1),
        [(CitationKind::Full, Status::Resolved, Some(2))]
    );
    assert_eq!(only(&doc, 2).kind, CitationKind::Full);
    assert_eq!(papers_support::entry_number(&doc, only(&doc, 2)), None);
}

#[test]
fn a_german_act_with_the_federal_law_gazette() {
    let (_, doc) = run(KOMMENTARE);
    let eight = only(&doc, 8);
    let f = eight.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(
        f.title.as_deref(),
        Some("Gesetz zur Modernisierung des Schuldrechts")
    );
    assert_eq!(f.container_title.as_deref(), Some("BGBl. I"));
    assert_eq!(f.page.as_deref(), Some("3138"));
    let issued = f.issued.as_ref().unwrap();
    assert_eq!(
        (issued.year(), issued.month(), issued.day()),
        (Some(2001), Some(11), Some(26))
    );
    assert!(eight.locator.is_none());
    // The journal in brackets, the provision after it.
    let nine = only(&doc, 9);
    let f = nine.fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("Bundesdatenschutzgesetz"));
    assert_eq!(f.container_title.as_deref(), Some("BGBl. I"));
    assert_eq!(f.page.as_deref(), Some("2097"));
    assert_eq!(
        locator(nine),
        Some(("section".to_string(), "§ 83".to_string()))
    );
}

const NUMERIQUE: &str = "fixtures/republique_numerique_pdf_fr.txt";

#[test]
fn a_french_act_with_the_journal_officiel() {
    let (_, doc) = run(NUMERIQUE);
    // The list: 1 Le Tourneau, 2 the law of 7 October 2016.
    let one = only(&doc, 1);
    let f = one.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(
        f.title.as_deref(),
        Some("Loi n° 2016-1321 du 7 octobre 2016 pour une République numérique")
    );
    assert_eq!(f.number.as_deref(), Some("2016-1321"));
    assert_eq!(f.container_title.as_deref(), Some("JORF"));
    assert_eq!(f.issue.as_deref(), Some("0235"));
    assert_eq!(f.year(), Some(2016));
    let listed = papers_support::entry(&doc, 2);
    assert_eq!(listed.kind, "legislation");
    assert_eq!(listed.number.as_deref(), Some("2016-1321"));
    let r = Status::Resolved;
    use CitationKind::Full;
    assert_eq!(note_links(&doc, 1), [(Full, r, Some(2))]);
    // The article after the journal is the pinpoint.
    assert_eq!(note_links(&doc, 4), [(Full, r, Some(2))]);
    assert_eq!(
        locator(only(&doc, 4)),
        Some(("section".to_string(), "art. 48".to_string()))
    );
    // A decree over two lines, not listed.
    let two = only(&doc, 2);
    let f = two.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(f.number.as_deref(), Some("2017-1435"));
    assert_eq!(f.issue.as_deref(), Some("0230"));
    assert_eq!(
        locator(two),
        Some(("section".to_string(), "art. 2".to_string()))
    );
    assert_eq!(papers_support::entry_number(&doc, two), None);
    assert_eq!(note_links(&doc, 5), [(Full, r, Some(1))]);
}

const OESTERREICH: &str = "fixtures/schadenersatz_oesterreich_pdf_de.txt";

#[test]
fn an_austrian_margin_number_after_the_imprint_is_the_pinpoint() {
    let (_, doc) = run(OESTERREICH);
    // `Rz. 12`, `Rz 4/23` (a chapter's margin number), `Rz. 2/45 f.`.
    assert_eq!(locator(only(&doc, 1)), margin("12"));
    assert_eq!(locator(only(&doc, 2)), margin("4/23"));
    assert_eq!(locator(only(&doc, 3)), margin("1540"));
    assert_eq!(locator(only(&doc, 4)), margin("2/45"));
    let f = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("Haftpflichtrecht I"));
    assert_eq!(f.edition.as_deref(), Some("4"));
    assert_eq!(f.publisher_place.as_deref(), Some("Wien"));
    assert_eq!(f.year(), Some(2020));
    // The list: 1 Koziol, 2 Welser/Zöchling-Jud.
    assert_eq!(
        note_links(&doc, 3),
        [(CitationKind::Full, Status::Resolved, Some(2))]
    );
}
