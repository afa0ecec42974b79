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


use papers_support::{only, run, run_text};

const DE: &str = "fixtures/rechtsstaat_kommentare_pdf_de.txt";

fn locator(c: &opcit::model::Citation) -> Option<(String, String)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.clone(), l.value.clone()))
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
