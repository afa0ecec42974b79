//! A German law article as pdftotext gives it, with its footnotes at the
//! page ends and a `Literaturverzeichnis`: a book title holding commas
//! and cited with its year alone (`Schmidt, Staat, Recht, Macht, 2021, S.
//! 14`), a title noun after the family name (`Müller, Verwaltungsrecht,
//! Tübingen 2019`), a commentary cited as a book at a provision's margin
//! number (`…, Tübingen 2015, Art. 20 Rn. 12`), and commentaries cited by
//! their abbreviation (`HK-BGB/Schulze`, `MüKoBGB/Wagner`) and again in
//! short. Expected values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, in_note, note_links, only, run, run_text};

const DE: &str = "fixtures/rechtsstaat_kommentare_pdf_de.txt";

fn locator(c: &opcit::model::Citation) -> Option<(String, String)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.clone(), l.value.clone()))
}

#[test]
fn a_title_with_commas_and_a_year_alone_keeps_its_words() {
    let (_, doc) = run(DE);
    for n in [1, 8] {
        let c = only(&doc, n);
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.title.as_deref(), Some("Staat, Recht, Macht"), "note {n}");
        assert_eq!(f.publisher_place, None);
        assert_eq!(f.publisher, None);
        assert_eq!(f.issued.as_ref().and_then(|d| d.year()), Some(2021));
    }
    assert_eq!(
        locator(only(&doc, 1)),
        Some(("page".to_string(), "14".to_string()))
    );
    // The same work both times.
    assert_eq!(only(&doc, 1).reference, only(&doc, 8).reference);
}

#[test]
fn a_place_and_a_publisher_stay_an_imprint() {
    let (_, doc) = run(DE);
    let two = in_note(&doc, 2);
    assert_eq!(two.len(), 2, "{two:#?}");
    let first = two[0].fields.as_deref().unwrap();
    assert_eq!(first.title.as_deref(), Some("Staat und Recht"));
    assert_eq!(first.publisher_place.as_deref(), Some("München"));
    let second = two[1].fields.as_deref().unwrap();
    assert_eq!(second.title.as_deref(), Some("Staat"));
    assert_eq!(second.publisher_place.as_deref(), Some("Tübingen"));
    assert_eq!(second.publisher.as_deref(), Some("Mohr"));
    // French notes: `Lieu, Éditeur, année, p.`, the page word in
    // lowercase; a house the grammars do not list is still the house.
    let doc = run_text("Texte.1\n\n1 Dupont, Histoire, Seyssel, Champ Vallon, 1990, p. 4.\n");
    let f = only(&doc, 1).fields.as_deref().unwrap().clone();
    assert_eq!(f.title.as_deref(), Some("Histoire"));
    assert_eq!(f.publisher_place.as_deref(), Some("Seyssel"));
    assert_eq!(f.publisher.as_deref(), Some("Champ Vallon"));
}

#[test]
fn a_title_noun_after_the_family_name_is_no_given_name() {
    let (_, doc) = run(DE);
    // The list: 1 Grüneberg, 2 Müller, 3 Schmidt 2021, 4 Schmidt (Staat
    // und Recht), 5 Schmidt (Staat, Mohr).
    let mueller = entry(&doc, 2);
    assert_eq!(authors(mueller), [("Müller", "")]);
    assert_eq!(mueller.title.as_deref(), Some("Verwaltungsrecht"));
    assert_eq!(mueller.publisher_place.as_deref(), Some("Tübingen"));
    assert_eq!(mueller.issued.as_ref().and_then(|d| d.year()), Some(2019));
    let mohr = entry(&doc, 5);
    assert_eq!(authors(mohr), [("Schmidt", "")]);
    assert_eq!(mohr.title.as_deref(), Some("Staat"));
    assert_eq!(mohr.publisher.as_deref(), Some("Mohr"));
    // The notes citing them find them.
    assert_eq!(
        note_links(&doc, 3),
        [(CitationKind::Full, Status::Resolved, Some(2))]
    );
    assert_eq!(
        note_links(&doc, 2),
        [
            (CitationKind::Full, Status::Resolved, Some(4)),
            (CitationKind::Full, Status::Resolved, Some(5))
        ]
    );
    // A given name stays one, also a name ending like a title noun.
    let doc = run_text(
        "Text (Müller 2019).\n\nLiteratur\n\nMüller, Albrecht, Staatslehre, Tübingen 2019.\nMüller, Hans, Verwaltungsrecht, Tübingen 2019.\n",
    );
    assert_eq!(authors(entry(&doc, 1)), [("Müller", "Albrecht")]);
    assert_eq!(entry(&doc, 1).title.as_deref(), Some("Staatslehre"));
    assert_eq!(authors(entry(&doc, 2)), [("Müller", "Hans")]);
}

#[test]
fn the_margin_number_after_a_commentary_s_imprint_is_the_pinpoint() {
    let (_, doc) = run(DE);
    let four = only(&doc, 4);
    let f = four.fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("Grundgesetz"));
    assert_eq!(f.edition.as_deref(), Some("3"));
    assert_eq!(f.volume.as_deref(), Some("II"));
    assert_eq!(f.publisher_place.as_deref(), Some("Tübingen"));
    let l = four.locator.as_ref().unwrap();
    assert_eq!((l.label.as_str(), l.value.as_str()), ("margin", "12"));
    assert_eq!(l.text.as_deref(), Some("Art. 20 Rn. 12"));
    let nine = only(&doc, 9).locator.as_ref().unwrap();
    assert_eq!(nine.value, "7");
    assert_eq!(nine.text.as_deref(), Some("§ 3 Rn. 7"));
    assert_eq!(only(&doc, 4).reference, only(&doc, 9).reference);
    // The provision alone.
    let doc =
        run_text("Text.1\n\n1 Dreier, Grundgesetz, Bd. II, 3. Aufl., Tübingen 2015, Art. 20.\n");
    assert_eq!(
        locator(only(&doc, 1)),
        Some(("section".to_string(), "Art. 20".to_string()))
    );
}

#[test]
fn a_commentary_by_its_abbreviation_and_its_short_form() {
    let (_, doc) = run(DE);
    let five = in_note(&doc, 5);
    assert_eq!(five.len(), 2, "{five:#?}");
    let hk = five[0].fields.as_deref().unwrap();
    assert_eq!(hk.kind, "chapter");
    assert_eq!(hk.container_title.as_deref(), Some("HK-BGB"));
    assert_eq!(authors(hk), [("Schulze", "")]);
    assert_eq!(hk.edition.as_deref(), Some("11"));
    assert_eq!(hk.issued.as_ref().and_then(|d| d.year()), Some(2021));
    assert_eq!(
        locator(five[0]),
        Some(("margin".to_string(), "5".to_string()))
    );
    let mueko = five[1].fields.as_deref().unwrap();
    assert_eq!(mueko.container_title.as_deref(), Some("MüKoBGB"));
    assert_eq!(authors(mueko), [("Wagner", "")]);
    assert_eq!(mueko.edition.as_deref(), Some("8"));
    let seven = in_note(&doc, 7);
    assert_eq!(seven.len(), 3, "{seven:#?}");
    assert!(seven.iter().all(|c| c.kind == CitationKind::Short));
    // `MüKoBGB/Wagner, § 823 Rn. 14` is Wagner's part of MüKoBGB,
    // `HK-BGB/Schulze` Schulze's part of HK-BGB.
    assert_eq!(seven[0].reference, five[1].reference);
    assert_eq!(seven[1].reference, five[0].reference);
    assert_eq!(
        locator(seven[0]),
        Some(("margin".to_string(), "14".to_string()))
    );
    // NK-BGB was never cited in full.
    assert_eq!(seven[2].status, Some(Status::Dangling));
    assert_eq!(
        locator(seven[2]),
        Some(("margin".to_string(), "3".to_string()))
    );
}

#[test]
fn a_commentary_s_short_form_needs_its_commentary() {
    // Wagner's textbook is no part of MüKoBGB.
    let doc = run_text(
        "Text.1 Text.2\n\n1 Wagner, Deliktsrecht, 14. Aufl. 2021, Rn. 45.\n2 MüKoBGB/Wagner, § 823 Rn. 14.\n",
    );
    assert_eq!(only(&doc, 1).status, Some(Status::Resolved));
    let short = only(&doc, 2);
    assert_eq!(short.kind, CitationKind::Short);
    assert_eq!(short.status, Some(Status::Dangling));
}

const PL: &str = "fixtures/odpowiedzialnosc_przepisy_pdf_pl.txt";

fn statute(c: &opcit::model::Citation) -> (String, String, String) {
    let f = c.fields.as_deref().unwrap();
    let l = c.locator.as_ref().unwrap();
    (
        f.kind.clone(),
        f.title.clone().unwrap_or_default(),
        l.value.clone(),
    )
}

#[test]
fn polish_provisions_joined_by_a_word_are_two_citations() {
    let (_, doc) = run(PL);
    let leg = |t: &str, v: &str| ("legislation".to_string(), t.to_string(), v.to_string());
    assert_eq!(statute(only(&doc, 1)), leg("k.c.", "art. 415"));
    let two = in_note(&doc, 2);
    assert_eq!(two.len(), 3, "{two:#?}");
    assert_eq!(statute(two[0]), leg("k.c.", "art. 361 § 1"));
    assert_eq!(two[0].signal.as_deref(), Some("Por."));
    assert_eq!(statute(two[1]), leg("k.c.", "art. 415"));
    assert_eq!(
        two[2].fields.as_deref().unwrap().title.as_deref(),
        Some("Prawo cywilne")
    );
    let three = in_note(&doc, 3);
    assert_eq!(three.len(), 2, "{three:#?}");
    assert_eq!(statute(three[0]), leg("Konstytucji RP", "art. 77 ust. 1"));
    assert_eq!(statute(three[1]), leg("k.c.", "art. 417 § 1"));
    assert_eq!(statute(only(&doc, 4)), leg("k.p.a.", "art. 23"));
    // One code, one work.
    assert_eq!(only(&doc, 1).reference, two[1].reference);
    assert_eq!(only(&doc, 1).reference, three[1].reference);
    assert_ne!(three[0].reference, three[1].reference);
}

const FR: &str = "fixtures/memoire_collections_pdf_fr.txt";

#[test]
fn a_collection_after_the_house_is_no_part_of_it() {
    let (_, doc) = run(FR);
    // The list: 1 Chartier, 2 Ginzburg, 3 Nora.
    let nora = entry(&doc, 3);
    assert_eq!(nora.publisher_place.as_deref(), Some("Paris"));
    assert_eq!(nora.publisher.as_deref(), Some("Seuil"));
    assert_eq!(nora.collection_title.as_deref(), Some("Points Histoire"));
    let ginzburg = entry(&doc, 2);
    assert_eq!(ginzburg.publisher_place.as_deref(), Some("Torino"));
    assert_eq!(ginzburg.publisher.as_deref(), Some("Einaudi"));
    assert_eq!(
        ginzburg.collection_title.as_deref(),
        Some("Piccola Biblioteca Einaudi")
    );
    let chartier = entry(&doc, 1);
    assert_eq!(chartier.publisher.as_deref(), Some("Seuil"));
    assert_eq!(chartier.collection_title, None);
    let note = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(note.publisher.as_deref(), Some("Seuil"));
    assert_eq!(note.collection_title.as_deref(), Some("Points Histoire"));
    assert_eq!(
        locator(only(&doc, 1)),
        Some(("page".to_string(), "12".to_string()))
    );
    use CitationKind::Full;
    use Status::Resolved;
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(3))]);
    assert_eq!(note_links(&doc, 2), [(Full, Resolved, Some(2))]);
    assert_eq!(note_links(&doc, 3), [(Full, Resolved, Some(1))]);
}
