//! Humanities and law references of Polish, Czech, Italian and French
//! papers: a number in an article's title before its journal in quotes,
//! a span of years in brackets inside a book's title, translators
//! (`trad. it. di`), lists of `Family I.` names with particles, and
//! constitutional texts cited in notes. Each paper is a short one written
//! for the test; expected values were written by reading it.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use opcit::model::{Citation, CitationKind, CslItem, Status};
use CitationKind::{Full, Ibid, Short};
use Status::Resolved;
#[path = "papers_support/mod.rs"]
mod papers_support;
use papers_support::{authors, entry, note_links, only, run};

/// The fields a note's citation was read with.
fn fields(c: &Citation) -> &CslItem {
    c.fields.as_deref().unwrap()
}

/// (label, value) of a citation's pinpoint.
fn pin(c: &Citation) -> Option<(&str, &str)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

const POLISH: &str = "fixtures/przypisy_historia_pl.txt";

#[test]
fn a_number_in_a_polish_title_before_the_journal_is_the_titles() {
    let (_, doc) = run(POLISH);
    // Entries: 1 Górski, 2 Lis, 3 Wróbel, 4 Zieliński.
    for (n, title, journal, volume, issue, pages) in [
        (
            3,
            "Ustawa z 3 maja w publicystyce",
            "Kwartalnik Historyczny",
            "99",
            "1",
            "15–40",
        ),
        (
            4,
            "Sejm w roku 1791",
            "Przegląd Historyczny",
            "80",
            "3",
            "401–420",
        ),
    ] {
        let e = entry(&doc, n);
        assert_eq!(e.kind, "article-journal", "{n}");
        assert_eq!(e.title.as_deref(), Some(title), "{n}");
        assert_eq!(e.container_title.as_deref(), Some(journal), "{n}");
        assert_eq!(e.volume.as_deref(), Some(volume), "{n}");
        assert_eq!(e.issue.as_deref(), Some(issue), "{n}");
        assert_eq!(e.page.as_deref(), Some(pages), "{n}");
        assert_eq!(authors(e).len(), 1, "{n}");
    }
    // The notes read the same way, and the short forms naming the titles
    // find them.
    let c = only(&doc, 1);
    assert_eq!(fields(c).title.as_deref(), Some("Sejm w roku 1791"));
    assert_eq!(fields(c).volume.as_deref(), Some("80"));
    let c = only(&doc, 2);
    assert_eq!(
        fields(c).title.as_deref(),
        Some("Ustawa z 3 maja w publicystyce")
    );
    for (n, kind, target) in [
        (1, Full, 4),
        (2, Full, 3),
        (3, Ibid, 3),
        (4, Short, 4),
        (5, Short, 3),
    ] {
        assert_eq!(
            note_links(&doc, n),
            vec![(kind, Resolved, Some(target))],
            "note {n}"
        );
    }
    assert_eq!(pin(only(&doc, 4)), Some(("page", "405")));
}

#[test]
fn years_in_brackets_before_a_polish_subtitle_stay_in_the_title() {
    let (_, doc) = run(POLISH);
    // `Górski M., Ustrój Rzeczypospolitej (1764–1795). Studium prawne,
    // Kraków 1974.`: the years and the subtitle are the title's, the
    // imprint the town and year after them.
    let e = entry(&doc, 1);
    assert_eq!(
        e.title.as_deref(),
        Some("Ustrój Rzeczypospolitej (1764–1795). Studium prawne")
    );
    assert_eq!(e.publisher, None);
    assert_eq!(e.publisher_place.as_deref(), Some("Kraków"));
    assert_eq!(e.year(), Some(1974));
    // `Lis P., Dzieje Polski (1795–1864). Szkic, Warszawa: PWN, 1985.`
    let e = entry(&doc, 2);
    assert_eq!(e.title.as_deref(), Some("Dzieje Polski (1795–1864). Szkic"));
    assert_eq!(e.publisher_place.as_deref(), Some("Warszawa"));
    assert_eq!(e.publisher.as_deref(), Some("PWN"));
    assert_eq!(e.year(), Some(1985));
    // The notes read alike and link; the short forms by the title's first
    // words find them.
    let c = only(&doc, 6);
    assert_eq!(
        fields(c).title.as_deref(),
        Some("Ustrój Rzeczypospolitej (1764–1795). Studium prawne")
    );
    assert_eq!(pin(c), Some(("page", "88")));
    assert_eq!(note_links(&doc, 6), vec![(Full, Resolved, Some(1))]);
    assert_eq!(note_links(&doc, 7), vec![(Full, Resolved, Some(2))]);
    assert_eq!(
        note_links(&doc, 8),
        vec![(Short, Resolved, Some(1)), (Short, Resolved, Some(2))]
    );
}

const ITALIAN: &str = "fixtures/note_traduzioni_it.txt";

#[test]
fn italian_and_spanish_translation_words_name_the_translator_or_nobody() {
    let (_, doc) = run(ITALIAN);
    // Entries: 1 Berlin, 2 Pocock, 3 Skinner (it.), 4 Skinner (cast.).
    for (n, translator, place, publisher) in [
        (1, Some(("Santambrogio", "M.")), "Milano", "Feltrinelli"),
        (2, None, "Bologna", "il Mulino"),
        (3, Some(("Ceccarelli", "G.")), "Bologna", "il Mulino"),
        (
            4,
            Some(("Utrilla", "J. J.")),
            "México",
            "Fondo de Cultura Económica",
        ),
    ] {
        let e = entry(&doc, n);
        let got: Vec<(&str, &str)> = e
            .translator
            .iter()
            .map(|t| (t.family.as_deref().unwrap(), t.given.as_deref().unwrap()))
            .collect();
        assert_eq!(got, translator.into_iter().collect::<Vec<_>>(), "{n}");
        assert_eq!(e.publisher_place.as_deref(), Some(place), "{n}");
        assert_eq!(e.publisher.as_deref(), Some(publisher), "{n}");
        assert_eq!(e.kind, "book", "{n}");
    }
    let c = only(&doc, 2);
    assert!(fields(c).translator.is_empty());
    assert_eq!(fields(c).publisher_place.as_deref(), Some("Bologna"));
    for (n, kind, target) in [
        (1, Full, 3),
        (2, Full, 2),
        (3, Full, 1),
        (4, Full, 4),
        (5, Short, 3),
        (6, Short, 2),
    ] {
        assert_eq!(
            note_links(&doc, n),
            vec![(kind, Resolved, Some(target))],
            "note {n}"
        );
    }
}

const FRENCH: &str = "fixtures/notes_droit_environnement_fr.txt";

#[test]
fn french_names_joined_by_et_keep_their_particles() {
    let (_, doc) = run(FRENCH);
    // Entries: 1 de Sadeleer, 2 Ewald, Gollier et de Sadeleer, 3
    // Kourilsky et van der Berg.
    assert_eq!(authors(entry(&doc, 1)), vec![("de Sadeleer", "N.")]);
    let e = entry(&doc, 2);
    assert_eq!(
        authors(e),
        vec![("Ewald", "F."), ("Gollier", "C."), ("de Sadeleer", "N.")]
    );
    assert_eq!(e.title.as_deref(), Some("Le principe de précaution"));
    assert_eq!(
        authors(entry(&doc, 3)),
        vec![("Kourilsky", "P."), ("van der Berg", "J.")]
    );
    // The notes write the names in order, and the back-references by
    // those names find the works.
    let c = only(&doc, 4);
    assert_eq!(
        authors(fields(c)),
        vec![("Ewald", "F."), ("Gollier", "C."), ("de Sadeleer", "N.")]
    );
    assert_eq!(
        fields(c).title.as_deref(),
        Some("Le principe de précaution")
    );
    assert_eq!(note_links(&doc, 3), vec![(Full, Resolved, Some(1))]);
    assert_eq!(note_links(&doc, 4), vec![(Full, Resolved, Some(2))]);
    assert_eq!(
        note_links(&doc, 6),
        vec![(Short, Resolved, Some(2)), (Short, Resolved, Some(1))]
    );
}

#[test]
fn a_french_note_citing_a_constitutional_text_is_a_citation() {
    let (_, doc) = run(FRENCH);
    for (n, pinpoint) in [(1, "art. 5"), (5, "art. 1er")] {
        let c = only(&doc, n);
        assert_eq!(c.kind, Full, "{n}");
        let f = fields(c);
        assert_eq!(f.kind, "legislation", "{n}");
        assert_eq!(f.title.as_deref(), Some("Charte de l'environnement"), "{n}");
        assert_eq!(f.number.as_deref(), Some("2005-205"), "{n}");
        let d = f.issued.as_ref().unwrap();
        assert_eq!(
            (d.year(), d.month(), d.day()),
            (Some(2005), Some(3), Some(1))
        );
        assert_eq!(pin(c), Some(("section", pinpoint)), "{n}");
    }
    // Both notes cite one work.
    assert_eq!(only(&doc, 1).reference, only(&doc, 5).reference);
    // An act with no journal after it is cited by its kind, number and
    // day, its title running on in lowercase words.
    let f = fields(only(&doc, 2));
    assert_eq!(f.kind, "legislation");
    assert_eq!(
        f.title.as_deref(),
        Some("Loi n° 95-101 du 2 février 1995 relative au renforcement de la protection de l'environnement")
    );
    assert_eq!(f.number.as_deref(), Some("95-101"));
}
