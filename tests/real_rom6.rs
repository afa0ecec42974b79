// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

// French, Italian, Spanish and Polish references that were misread: three
// names before a role, `n°` after a book's imprint, a capital `S.` that is
// an initial, lists written `Family I.` and `FAMILY I.`, a work with no
// author before its imprint, a house before its town, a place after a
// volume. Expected values were written by reading the references.

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, CslItem, Status};
use papers_support::{
    authors, editors, entry, entry_number, findings, only, paper_of_notes, run, run_text, work,
};

const FR: &str = "fixtures/responsabilite_editeurs_pdf_fr.txt";
const ES: &str = "fixtures/cabildo_lima_pdf_es.txt";
const PL: &str = "fixtures/prasa_pdf_pl.txt";

/// The label and value of a citation's locator.
fn at(c: &Citation) -> Option<(&str, &str)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

/// The fields a full citation was read into.
fn fields(c: &Citation) -> &CslItem {
    c.fields.as_deref().expect("a full citation has fields")
}

#[test]
fn three_names_before_a_role_edit_the_work_cited_at_a_paragraph() {
    let doc = paper_of_notes(
        "Texte",
        &[
            "F. Terré, Ph. Simler et Y. Lequette (dir.), Droit civil. Les obligations, 12e éd., Dalloz, 2018, n° 915.",
            "F. Terré et Ph. Simler (dir.), Droit civil. Les biens, 9e éd., Dalloz, 2014, n° 12, p. 40.",
        ],
    );
    let c = only(&doc, 1);
    assert_eq!(c.kind, CitationKind::Full);
    let w = fields(c);
    assert_eq!(
        editors(w),
        [("Terré", "F."), ("Simler", "Ph."), ("Lequette", "Y.")]
    );
    assert!(w.author.is_empty());
    assert_eq!(w.title.as_deref(), Some("Droit civil. Les obligations"));
    assert_eq!(w.publisher.as_deref(), Some("Dalloz"));
    // `n° 915` after the imprint is the paragraph cited, no issue of a book.
    assert_eq!(w.issue, None);
    assert_eq!(at(c), Some(("paragraph", "915")));
    // With a page after it, the page is the locator.
    let c = only(&doc, 2);
    assert_eq!(fields(c).issue, None);
    assert_eq!(at(c), Some(("page", "40")));
}

#[test]
fn a_paragraph_number_in_the_french_paper_is_no_issue() {
    let (_, doc) = run(FR);
    // `…, Dalloz, 2019, n° 1002, p. 1080.`
    let terre = only(&doc, 3);
    assert_eq!(fields(terre).issue, None);
    assert_eq!(at(terre), Some(("page", "1080")));
    // `Ph. Le Tourneau (dir.), …, 2021, n° 2221.`
    assert_eq!(at(only(&doc, 15)), Some(("paragraph", "2221")));
    // A review's `étude 8` stays its number.
    assert_eq!(fields(only(&doc, 14)).issue.as_deref(), Some("8"));
}

#[test]
fn a_capital_s_before_a_name_and_a_comma_is_an_initial() {
    let doc = paper_of_notes(
        "Texte",
        &[
            "S. Carval, La responsabilité civile dans sa fonction de peine privée, LGDJ, 1995, p. 12.",
            "S. Rodotà, Il diritto di avere diritti, Laterza, Roma-Bari, 2012, p. 45.",
            "S. Carval, op. cit., p. 10.",
            "s. Müller, Handbuch des Staatsrechts, München 2001, S. 12.",
        ],
    );
    let carval = only(&doc, 1);
    assert_eq!(carval.signal, None);
    assert_eq!(authors(fields(carval)), [("Carval", "S.")]);
    let rodota = only(&doc, 2);
    assert_eq!(rodota.signal, None);
    assert_eq!(authors(fields(rodota)), [("Rodotà", "S.")]);
    // Before `op. cit.` too: the short form names `S. Carval`.
    let again = only(&doc, 3);
    assert_eq!(again.signal, None);
    assert_eq!(again.kind, CitationKind::Short);
    assert_eq!(
        again.short.as_ref().and_then(|s| s.author.as_deref()),
        Some("S. Carval")
    );
    assert_eq!(again.reference, carval.reference);
    assert_eq!(at(again), Some(("page", "10")));
    // German's lowercase `s.` is the signal; `S. 12` a page.
    let muller = only(&doc, 4);
    assert_eq!(muller.signal.as_deref(), Some("s."));
    assert_eq!(
        fields(muller).title.as_deref(),
        Some("Handbuch des Staatsrechts")
    );
    assert_eq!(at(muller), Some(("page", "12")));
}

#[test]
fn french_lists_write_the_family_name_then_initials() {
    let doc = run_text(
        "Texte1 et2 puis3.\n\n\
         1 J. Carbonnier, Droit civil, t. 4, Les obligations, 22e éd., PUF, 2000, p. 12.\n\
         2 G. Viney, Introduction à la responsabilité, 3e éd., LGDJ, 2008, n° 40.\n\
         3 Ph. Le Tourneau (dir.), Droit de la responsabilité et des contrats, 12e éd., Dalloz, 2021.\n\n\
         Bibliographie\n\n\
         CARBONNIER J., Droit civil, t. 4, Les obligations, 22e éd., PUF, 2000.\n\
         Le Tourneau Ph. (dir.), Droit de la responsabilité et des contrats, 12e éd., Dalloz, 2021.\n\
         Terré F., Simler Ph., Lequette Y. et Chénedé F., Droit civil. Les obligations, 12e éd., Dalloz, 2019.\n\
         Viney G., Introduction à la responsabilité, 3e éd., LGDJ, 2008.\n",
    );
    assert_eq!(authors(entry(&doc, 1)), [("CARBONNIER", "J.")]);
    assert_eq!(editors(entry(&doc, 2)), [("Le Tourneau", "Ph.")]);
    let terre = entry(&doc, 3);
    assert_eq!(
        authors(terre),
        [
            ("Terré", "F."),
            ("Simler", "Ph."),
            ("Lequette", "Y."),
            ("Chénedé", "F.")
        ]
    );
    assert_eq!(terre.title.as_deref(), Some("Droit civil. Les obligations"));
    assert_eq!(authors(entry(&doc, 4)), [("Viney", "G.")]);
    for (n, e) in [(1, 1), (2, 4), (3, 2)] {
        assert_eq!(entry_number(&doc, only(&doc, n)), Some(e), "note {n}");
    }
}

#[test]
fn the_french_paper_has_no_false_findings() {
    let (source, doc) = run(FR);
    let found = findings(&source, &doc);
    assert!(found.is_empty(), "{found:?}");
    // `Carval S., « … »`: the initial keeps its period before the comma.
    assert_eq!(authors(entry(&doc, 1)), [("Carval", "S.")]);
    assert_eq!(entry_number(&doc, only(&doc, 3)), Some(7));
}

#[test]
fn a_work_without_an_author_before_its_imprint_is_cited_by_its_title() {
    let (source, doc) = run(ES);
    // `Recopilación de leyes de los reinos de las Indias, Madrid, Julián de
    // Paredes, 1681, lib. IV, tít. 9.`, then `Ibid., lib. II, tít. 15.`
    let c = only(&doc, 14);
    assert_eq!(c.kind, CitationKind::Full);
    assert_eq!(entry_number(&doc, c), Some(11));
    let w = work(&doc, c);
    assert_eq!(
        w.title.as_deref(),
        Some("Recopilación de leyes de los reinos de las Indias")
    );
    assert!(w.author.is_empty());
    assert_eq!(w.publisher_place.as_deref(), Some("Madrid"));
    assert_eq!(w.publisher.as_deref(), Some("Julián de Paredes"));
    let ibid = only(&doc, 15);
    assert_eq!(ibid.kind, CitationKind::Ibid);
    assert_eq!(ibid.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, ibid), Some(11));
    let found = findings(&source, &doc);
    assert!(
        found
            .iter()
            .all(|f| !matches!(f.0, Code::DanglingShortForm | Code::UncitedReference)),
        "{found:?}"
    );
}

#[test]
fn romance_titles_without_authors_in_notes() {
    let doc = paper_of_notes(
        "Testo",
        &[
            "Storia d'Italia dalle origini ai nostri giorni, Einaudi, Torino, 1972, p. 4.",
            "Dictionnaire de droit et de pratique, Paris, Durand, 1840, p. 9.",
            "Bernabé Cobo, Historia de la fundación de Lima, Lima, Imprenta Real, 1790, p. 3.",
        ],
    );
    let storia = fields(only(&doc, 1));
    assert_eq!(
        storia.title.as_deref(),
        Some("Storia d'Italia dalle origini ai nostri giorni")
    );
    assert!(storia.author.is_empty());
    assert_eq!(storia.publisher.as_deref(), Some("Einaudi"));
    assert_eq!(storia.publisher_place.as_deref(), Some("Torino"));
    let dict = fields(only(&doc, 2));
    assert!(dict.author.is_empty());
    assert_eq!(dict.publisher_place.as_deref(), Some("Paris"));
    assert_eq!(dict.publisher.as_deref(), Some("Durand"));
    // A name in full before the title stays the author.
    let perez = fields(only(&doc, 3));
    assert_eq!(authors(perez), [("Cobo", "Bernabé")]);
    assert_eq!(
        perez.title.as_deref(),
        Some("Historia de la fundación de Lima")
    );
}

#[test]
fn an_italian_house_before_its_town() {
    let doc = paper_of_notes(
        "Testo",
        &[
            "G. Zagrebelsky, Il diritto mite, Il Mulino, Bologna, 2005, p. 3.",
            "N. Bobbio, L'età dei diritti, Einaudi, Torino, 1990, p. 7.",
            "S. Rodotà, Il diritto di avere diritti, Laterza, Roma-Bari, 2012, p. 45.",
            "G. Zagrebelsky, Il diritto mite, Bologna, Il Mulino, 1992, p. 3.",
        ],
    );
    for (n, publisher, place) in [
        (1, "Il Mulino", "Bologna"),
        (2, "Einaudi", "Torino"),
        (3, "Laterza", "Roma-Bari"),
        (4, "Il Mulino", "Bologna"),
    ] {
        let w = fields(only(&doc, n));
        assert_eq!(w.publisher.as_deref(), Some(publisher), "note {n}");
        assert_eq!(w.publisher_place.as_deref(), Some(place), "note {n}");
    }
}

#[test]
fn polish_initials_and_places_after_a_volume() {
    let (source, doc) = run(PL);
    // `Wójcicki K. Wł.,`: the family name first, then two initials.
    assert_eq!(authors(entry(&doc, 12)), [("Wójcicki", "K. Wł.")]);
    // `Kaczmarek E., Czytelnik …, „Kwartalnik …”`: the initial keeps its
    // period.
    assert_eq!(authors(entry(&doc, 2)), [("Kaczmarek", "E.")]);
    // `…, w: Historia prasy polskiej, red. J. Łojek, t. 1, Warszawa 1976,
    // s. 11–105.`: the place after the volume.
    let lojek = entry(&doc, 7);
    assert_eq!(lojek.volume.as_deref(), Some("1"));
    assert_eq!(lojek.publisher_place.as_deref(), Some("Warszawa"));
    let found = findings(&source, &doc);
    assert!(
        found.iter().all(|f| f.0 != Code::BibliographyMismatch),
        "{found:?}"
    );
}
