//! Reference-list entries in European and English styles, as pdftotext
//! gives them: UK Harvard chapters whose book is named after its editors
//! and a role word without a period (`in J. Karabel and A. H. Halsey (eds)
//! Power and Ideology in Education, New York: Oxford University Press, pp.
//! 487–511.`), the same with `In:`, `(ed.)`, `(Hrsg.)`, `(dir.)` and `(a
//! cura di)`, and an entry whose line breaks between an editor's initials
//! and family name. Expected values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use papers_support::{entry, run, run_text};

const HARVARD: &str = "fixtures/schooling_class_harvard_en.txt";

/// The first reference of a one-entry list, read from `line`.
fn one_entry(line: &str) -> opcit::model::CslItem {
    let doc = run_text(&format!(
        "A Paper\n\nSome text (Smith, 2000).\n\nReferences\n{line}\n"
    ));
    assert_eq!(doc.references.len(), 1, "{:#?}", doc.references);
    doc.references[0].fields.clone()
}

#[test]
fn a_harvard_chapter_s_book_ends_before_its_imprint() {
    let (_, doc) = run(HARVARD);
    // 1 Ball, 2 Bernstein, 3 Bourdieu, 4 Gladwell, 5 Halsey, 6 Kahneman,
    // 7 Lareau, 8 Observer, 9 Reay, 10 Willis.
    assert_eq!(doc.references.len(), 10, "{:#?}", doc.references);
    let bourdieu = entry(&doc, 3);
    assert_eq!(bourdieu.kind, "chapter");
    assert_eq!(
        bourdieu.container_title.as_deref(),
        Some("Power and Ideology in Education")
    );
    assert_eq!(bourdieu.publisher_place.as_deref(), Some("New York"));
    assert_eq!(
        bourdieu.publisher.as_deref(),
        Some("Oxford University Press")
    );
    assert_eq!(bourdieu.page.as_deref(), Some("487–511"));
    let editors: Vec<_> = bourdieu
        .editor
        .iter()
        .map(|n| n.family.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(editors, ["Karabel", "Halsey"]);
    let reay = entry(&doc, 9);
    assert_eq!(
        reay.container_title.as_deref(),
        Some("Class: Critical Concepts")
    );
    assert_eq!(reay.publisher_place.as_deref(), Some("London"));
    assert_eq!(reay.publisher.as_deref(), Some("Routledge"));
    assert_eq!(reay.page.as_deref(), Some("259–72"));
}

#[test]
fn a_harvard_chapter_s_book_volume_comes_before_the_imprint() {
    let (_, doc) = run(HARVARD);
    let bernstein = entry(&doc, 2);
    assert_eq!(
        bernstein.container_title.as_deref(),
        Some("Class, Codes and Control")
    );
    assert_eq!(bernstein.volume.as_deref(), Some("3"));
    assert_eq!(bernstein.publisher_place.as_deref(), Some("London"));
    assert_eq!(
        bernstein.publisher.as_deref(),
        Some("Routledge and Kegan Paul")
    );
    assert_eq!(bernstein.page.as_deref(), Some("116–56"));
}

#[test]
fn a_line_broken_between_an_editor_s_initials_and_name_goes_on() {
    let (_, doc) = run(HARVARD);
    let bourdieu = entry(&doc, 3);
    assert_eq!(
        bourdieu.title.as_deref(),
        Some("Cultural reproduction and social reproduction")
    );
    // No entry opens with `Halsey (eds) Power …`.
    assert!(doc
        .references
        .iter()
        .all(|r| !r.raw.starts_with("Halsey (eds)")));
    // The author-date citations all find their entries.
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(opcit::model::Status::Resolved)));
}

#[test]
fn the_role_words_of_other_languages_give_the_same_reading() {
    for (line, book, place, publisher, page) in [
        (
            "Weber, M. (1990) 'Politik als Beruf', in: H. Müller (Hrsg.) Gesammelte Aufsätze, Tübingen: Mohr, S. 12–40.",
            "Gesammelte Aufsätze",
            "Tübingen",
            "Mohr",
            "12–40",
        ),
        (
            "Weber, M. (1990) 'La politique', in P. Martin (dir.) Essais politiques, Paris: Gallimard, pp. 12–40.",
            "Essais politiques",
            "Paris",
            "Gallimard",
            "12–40",
        ),
        (
            "Weber, M. (1990) 'La politica', in G. Rossi (a cura di) Saggi politici, Milano: Einaudi, pp. 12–40.",
            "Saggi politici",
            "Milano",
            "Einaudi",
            "12–40",
        ),
        (
            "Bourdieu, P. (1977) 'Cultural reproduction', In: J. Karabel (ed.) Power and Ideology in Education, New York: Oxford University Press, pp. 487–511.",
            "Power and Ideology in Education",
            "New York",
            "Oxford University Press",
            "487–511",
        ),
        (
            "Bourdieu, P. (1977) 'Cultural reproduction', in J. Karabel (ed.), Power and Ideology in Education, New York: Oxford University Press, pp. 487–511.",
            "Power and Ideology in Education",
            "New York",
            "Oxford University Press",
            "487–511",
        ),
    ] {
        let item = one_entry(line);
        assert_eq!(item.kind, "chapter", "{line}");
        assert_eq!(item.container_title.as_deref(), Some(book), "{line}");
        assert_eq!(item.publisher_place.as_deref(), Some(place), "{line}");
        assert_eq!(item.publisher.as_deref(), Some(publisher), "{line}");
        assert_eq!(item.page.as_deref(), Some(page), "{line}");
        assert_eq!(item.editor.len(), 1, "{line}");
    }
}

#[test]
fn a_harvard_chapter_s_book_edition_is_read() {
    let item = one_entry(
        "Smith, J. (2001) 'Essays', in J. Brown (ed.) Essays on Class, 2nd edn, London: Sage, pp. 1–20.",
    );
    assert_eq!(item.container_title.as_deref(), Some("Essays on Class"));
    assert_eq!(item.edition.as_deref(), Some("2"));
    assert_eq!(item.publisher.as_deref(), Some("Sage"));
    assert_eq!(item.page.as_deref(), Some("1–20"));
}

#[test]
fn a_publisher_named_after_its_partners_keeps_its_comma() {
    let (_, doc) = run(HARVARD);
    // `Boston: Little,` / `Brown.`: broken over a line.
    let gladwell = entry(&doc, 4);
    assert_eq!(gladwell.kind, "book");
    assert_eq!(
        gladwell.title.as_deref(),
        Some("Outliers: The Story of Success")
    );
    assert_eq!(gladwell.publisher_place.as_deref(), Some("Boston"));
    assert_eq!(gladwell.publisher.as_deref(), Some("Little, Brown"));
    let kahneman = entry(&doc, 6);
    assert_eq!(kahneman.title.as_deref(), Some("Thinking, Fast and Slow"));
    assert_eq!(kahneman.publisher_place.as_deref(), Some("New York"));
    assert_eq!(
        kahneman.publisher.as_deref(),
        Some("Farrar, Straus and Giroux")
    );
}

#[test]
fn a_partners_publisher_in_chicago_lists_and_notes() {
    let item = one_entry(
        "Gladwell, Malcolm. Outliers: The Story of Success. Boston: Little, Brown, 2008.",
    );
    assert_eq!(item.publisher.as_deref(), Some("Little, Brown"));
    assert_eq!(item.publisher_place.as_deref(), Some("Boston"));
    let doc = run_text(
        "Text.1 More.2\n\n1 Malcolm Gladwell, Outliers: The Story of Success (Boston: Little,\nBrown, 2008), 15.\n2 Daniel Kahneman, Thinking, Fast and Slow (New York: Farrar, Straus and Giroux, 2011), 20.\n",
    );
    let publishers: Vec<_> = doc
        .citations
        .iter()
        .map(|c| c.fields.as_deref().and_then(|f| f.publisher.clone()))
        .collect();
    assert_eq!(
        publishers,
        [
            Some("Little, Brown".to_string()),
            Some("Farrar, Straus and Giroux".to_string())
        ]
    );
}

#[test]
fn a_page_or_volume_word_after_a_publisher_is_no_partner() {
    let item = one_entry(
        "Offe, Claus (1999): Wie können wir unseren Mitbürgern vertrauen? In: Hartmann, Martin/Offe, Claus (Hrsg.): Vertrauen. Frankfurt a. M.: Campus, S. 241–294.",
    );
    assert_eq!(item.publisher.as_deref(), Some("Campus"));
    let item = one_entry("Smith, J. (2001) Essays, London: Verso, Vol. 2.");
    assert_ne!(item.publisher.as_deref(), Some("Verso, Vol"));
}

const GERMAN: &str = "fixtures/staatsrecht_literatur_de.txt";

#[test]
fn a_german_volume_then_edition_keeps_both() {
    let (_, doc) = run(GERMAN);
    // 1 Dreier, 2 Maurer, 3 Schmidt.
    let dreier = entry(&doc, 1);
    assert_eq!(dreier.title.as_deref(), Some("Grundgesetz-Kommentar"));
    assert_eq!(dreier.volume.as_deref(), Some("II"));
    assert_eq!(dreier.edition.as_deref(), Some("3"));
    assert_eq!(dreier.publisher_place.as_deref(), Some("Tübingen"));
    let schmidt = entry(&doc, 3);
    assert_eq!(schmidt.title.as_deref(), Some("Staat und Recht"));
    assert_eq!(schmidt.volume.as_deref(), Some("2"));
    assert_eq!(schmidt.edition.as_deref(), Some("3"));
    assert_eq!(schmidt.publisher_place.as_deref(), Some("München"));
    // The notes read the same.
    for n in [1, 2] {
        let c = papers_support::only(&doc, n);
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.edition.as_deref(), Some("3"), "note {n}");
        assert!(f.volume.is_some(), "note {n}");
    }
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(opcit::model::Status::Resolved)));
}

const FRENCH: &str = "fixtures/marchands_toulouse_fr.txt";

#[test]
fn a_title_bracket_then_a_period_and_a_colon_imprint() {
    let (_, doc) = run(FRENCH);
    // 1 Mollat, 2 Wolff.
    let wolff = entry(&doc, 2);
    assert_eq!(
        wolff.title.as_deref(),
        Some("Commerces et marchands de Toulouse (vers 1350-vers 1450)")
    );
    assert_eq!(wolff.publisher_place.as_deref(), Some("Paris"));
    assert_eq!(wolff.publisher.as_deref(), Some("Plon"));
    assert_eq!(
        wolff.issued.as_ref().and_then(|d| d.raw.as_deref()),
        Some("1954")
    );
    let note = papers_support::only(&doc, 1);
    let fields = note.fields.as_deref().unwrap();
    assert_eq!(fields.publisher.as_deref(), Some("Plon"));
    assert_eq!(note.locator.as_ref().map(|l| l.value.as_str()), Some("45"));
    assert_eq!(papers_support::entry_number(&doc, note), Some(2));
}

#[test]
fn initials_after_the_family_name_before_op_cit_are_no_title() {
    let (_, doc) = run(FRENCH);
    let back = papers_support::only(&doc, 3);
    assert_eq!(back.kind, opcit::model::CitationKind::Short);
    assert_eq!(back.status, Some(opcit::model::Status::Resolved));
    assert_eq!(papers_support::entry_number(&doc, back), Some(2));
    assert_eq!(back.locator.as_ref().map(|l| l.value.as_str()), Some("80"));
}
