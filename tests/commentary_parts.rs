//! German law papers whose list gives each author's part of a commentary
//! (`Förster, Christian, in: Beck'scher Online-Kommentar BGB, …`) and whose
//! notes cite it by the commentary's abbreviation (`Förster, in: BeckOK
//! BGB, … Rn. 5`): the note links to the part of the author it names, and
//! to no other author's part of the same commentary. The list's parts
//! are read without editors when the commentary is a listed one, with
//! names joined by `/` (`Papier, Hans-Jürgen/Shirvani, Foroud, in: …`) and
//! the volume before the edition (`Bd. 7, 8. Aufl.`). Expected values were
//! written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{Document, Status};
use papers_support::{authors, entry, entry_number, only, run_text};

const PAPER: &str = "Die Produzentenhaftung für Software

Erster Satz.1 Zweiter Satz.2 Dritter Satz.3 Vierter Satz.4 Fünfter Satz.5 Sechster Satz.6 Siebter Satz.7

1 Förster, in: BeckOK BGB, 66. Ed. 2023, § 823 Rn. 5.
2 Spindler, in: BeckOGK, Stand: 1.5.2023, § 823 BGB Rn. 120.
3 Wagner, in: MüKo BGB, 8. Aufl. 2020, § 823 Rn. 45.
4 Papier/Shirvani, in: MüKo BGB, 8. Aufl. 2020, § 839 Rn. 150.
5 Hager, in: MüKo BGB, 8. Aufl. 2020, § 823 Rn. 3.
6 Förster, a.a.O., Rn. 7.
7 Mansel, in: BeckOK BGB, 66. Ed. 2023, § 823 Rn. 9.

Literaturverzeichnis

Förster, Christian, in: Beck'scher Online-Kommentar BGB, hrsg. v. Hau/Poseck, 66. Ed., München 2023.
Papier, Hans-Jürgen/Shirvani, Foroud, in: Münchener Kommentar zum Bürgerlichen Gesetzbuch, Bd. 7, 8. Aufl., München 2020.
Spindler, Gerald, in: beck-online.GROSSKOMMENTAR BGB, hrsg. v. Gsell/Krüger/Lorenz/Reymann, München, Stand: 1.5.2023.
Wagner, Gerhard, in: Münchener Kommentar zum Bürgerlichen Gesetzbuch, Bd. 7, 8. Aufl., München 2020.
";

/// The findings of `code`, by note number.
fn notes_with(doc: &Document, code: Code) -> Vec<Option<u32>> {
    doc.diagnostics
        .iter()
        .filter(|d| d.code == code)
        .map(|d| d.footnote)
        .collect()
}

#[test]
fn the_list_reads_each_part_without_a_title() {
    let doc = run_text(PAPER);
    let forster = entry(&doc, 1);
    assert_eq!(forster.kind, "chapter");
    assert_eq!(forster.title, None);
    assert_eq!(
        forster.container_title.as_deref(),
        Some("Beck'scher Online-Kommentar BGB")
    );
    // A part of a listed commentary needs no editors; names joined by `/`.
    let papier = entry(&doc, 2);
    assert_eq!(papier.title, None);
    assert_eq!(
        authors(papier),
        [("Papier", "Hans-Jürgen"), ("Shirvani", "Foroud")]
    );
    let wagner = entry(&doc, 4);
    assert_eq!(wagner.title, None);
    assert_eq!(authors(wagner), [("Wagner", "Gerhard")]);
    assert_eq!(
        wagner.container_title.as_deref(),
        Some("Münchener Kommentar zum Bürgerlichen Gesetzbuch")
    );
    // `Bd. 7, 8. Aufl.`: the volume, then the edition.
    assert_eq!(wagner.volume.as_deref(), Some("7"));
    assert_eq!(wagner.edition.as_deref(), Some("8"));
}

#[test]
fn a_note_citing_a_commentary_by_abbreviation_finds_its_author_s_part() {
    let doc = run_text(PAPER);
    // `BeckOK BGB` of `Beck'scher Online-Kommentar BGB`.
    assert_eq!(entry_number(&doc, only(&doc, 1)), Some(1));
    // `BeckOGK` of `beck-online.GROSSKOMMENTAR BGB`, written in capitals.
    assert_eq!(entry_number(&doc, only(&doc, 2)), Some(3));
    // Two parts of the Münchener Kommentar are listed: Wagner's note
    // finds Wagner's, Papier and Shirvani's theirs.
    assert_eq!(entry_number(&doc, only(&doc, 3)), Some(4));
    assert_eq!(entry_number(&doc, only(&doc, 4)), Some(2));
    // `a.a.O.` after the author's part.
    let back = only(&doc, 6);
    assert_eq!(back.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, back), Some(1));
    assert!(notes_with(&doc, Code::UncitedReference).is_empty());
}

#[test]
fn another_author_s_part_of_the_same_commentary_is_no_match() {
    let doc = run_text(PAPER);
    // Hager's part is not listed: the note links to neither Wagner's nor
    // Papier's part. Mansel's part of the BeckOK is not listed either, and
    // Förster's, the one part of it listed, is not taken for it. Both are
    // reported missing from the list.
    assert_eq!(entry_number(&doc, only(&doc, 5)), None);
    assert_eq!(entry_number(&doc, only(&doc, 7)), None);
    assert_eq!(
        notes_with(&doc, Code::MissingFromBibliography),
        [Some(5), Some(7)]
    );
}
