//! German and French notes the first papers left misread (a Festschrift
//! after `in:` without editors, `in: dies./Siemann (Hg.)`, lead-ins that
//! are no signals, a short title before `wie Anm.`, shelfmarks joined by
//! `und`, a quotation in guillemets inside a title, `in: ders.`, `v.
//! Bar`), and a French law article as pdftotext gives it: decisions of
//! the Cour de cassation, the Conseil d'État, the Conseil
//! constitutionnel and the European courts, `préc.`, `art. préc.`,
//! `op. cit.` after several authors, `supra note`, and a list of
//! `NOM (I.)` entries. Expected values were written by reading the
//! inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{
    authors, entry, entry_number, findings, in_note, note_links, only, run, run_text, work,
};

const GERMAN: &str = "Einleitung

Text.1 Text.2 Text.3 Text.4 Text.5 Text.6 Text.7 Text.8 Text.9

1 So noch Kurt Koszyk, Deutsche Presse 1914–1945, Berlin 1972, S. 12.
2 Fulda, Press, S. 3; dazu Heinrich August Winkler, Weimar 1918–1933, München 1993, S. 45.
3 Müller, Hans: Die Haftung, in: Festschrift für Karl Larenz, München 1973, S. 301–320.
4 v. Bar, Deliktsrecht, Rn. 12.
5 Koszyk (wie Anm. 1), S. 14.
6 BArch NS 19/1234.
7 Max Weber, Politik als Beruf, in: ders., Gesammelte politische Schriften, Tübingen 1921, S. 396–450.
8 Akten der Reichskanzlei. Das Kabinett Brüning, hg. v. Tilman Koops, Boppard 1982, S. 4.
9 Akten der Reichskanzlei (wie Anm. 8), S. 9; BArch R 43 I/1234 und R 43 I/2650.

Literatur

Akten der Reichskanzlei. Das Kabinett Brüning, hg. v. Tilman Koops, Boppard 1982.
Bar, Christian von: Deliktsrecht, München 1999.
Bundesarchiv (BArch), NS 19/1234, R 43 I/1234, R 43 I/2650.
Daniel, Ute: Die Politik der Propaganda, in: dies./Siemann, Wolfram (Hg.): Propaganda, Frankfurt a. M. 1994, S. 44–82.
Fulda, Bernhard: Press and Politics, Oxford 2009.
Koszyk, Kurt: Deutsche Presse 1914–1945, Berlin 1972.
Müller, Hans: Die Haftung, in: Festschrift für Karl Larenz, München 1973, S. 301–320.
Weber, Max: Gesammelte politische Schriften, Tübingen 1921.
Winkler, Heinrich August: Weimar 1918–1933, München 1993.
";

#[test]
fn lead_ins_of_an_argument_open_the_cited_work() {
    let doc = run_text(GERMAN);
    let so = only(&doc, 1);
    assert_eq!(so.signal.as_deref(), Some("So noch"));
    assert_eq!(
        note_links(&doc, 1),
        [(CitationKind::Full, Status::Resolved, Some(6))]
    );
    let dazu = in_note(&doc, 2);
    assert_eq!(dazu.len(), 2);
    assert_eq!(dazu[1].signal.as_deref(), Some("dazu"));
    assert_eq!(entry_number(&doc, dazu[1]), Some(9));
    // Note 1 read, `Koszyk (wie Anm. 1)` finds it.
    assert_eq!(
        note_links(&doc, 5),
        [(CitationKind::Supra, Status::Resolved, Some(6))]
    );
}

#[test]
fn a_festschrift_after_in_without_editors_is_the_container() {
    let doc = run_text(GERMAN);
    let chapter = entry(&doc, 7);
    assert_eq!(chapter.kind, "chapter");
    assert_eq!(chapter.title.as_deref(), Some("Die Haftung"));
    assert_eq!(
        chapter.container_title.as_deref(),
        Some("Festschrift für Karl Larenz")
    );
    assert_eq!(chapter.publisher_place.as_deref(), Some("München"));
    assert_eq!(chapter.page.as_deref(), Some("301–320"));
    assert_eq!(
        note_links(&doc, 3),
        [(CitationKind::Full, Status::Resolved, Some(7))]
    );
}

#[test]
fn the_author_as_the_first_editor_is_no_publisher() {
    let doc = run_text(GERMAN);
    let daniel = entry(&doc, 4);
    assert_eq!(daniel.kind, "chapter");
    // `dies./Siemann, Wolfram` are editors, no publisher.
    assert!(!daniel
        .publisher
        .as_deref()
        .is_some_and(|p| p.contains("Siemann")));
    assert_eq!(daniel.container_title.as_deref(), Some("Propaganda"));
    let editors: Vec<_> = daniel
        .editor
        .iter()
        .map(|n| n.family.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(editors, ["Daniel", "Siemann"]);
}

#[test]
fn a_lowercase_v_before_one_name_is_its_particle() {
    let doc = run_text(GERMAN);
    let bar = only(&doc, 4);
    assert_eq!(bar.signal, None);
    assert_eq!(
        note_links(&doc, 4),
        [(CitationKind::Short, Status::Resolved, Some(2))]
    );
}

#[test]
fn shelfmarks_alone_or_joined_by_und_are_sources_of_the_archive() {
    let doc = run_text(GERMAN);
    // Nothing after the shelfmark.
    assert_eq!(
        note_links(&doc, 6),
        [(CitationKind::Full, Status::Resolved, Some(3))]
    );
    // Two shelfmarks, two sources; the entry names each of them.
    let nine = note_links(&doc, 9);
    assert_eq!(
        nine,
        [
            (CitationKind::Supra, Status::Resolved, Some(1)),
            (CitationKind::Full, Status::Resolved, Some(3)),
            (CitationKind::Full, Status::Resolved, Some(3)),
        ]
    );
    let second = in_note(&doc, 9)[2];
    assert_eq!(
        second
            .fields
            .as_ref()
            .unwrap()
            .archive
            .as_ref()
            .unwrap()
            .location
            .as_deref(),
        Some("R 43 I/2650")
    );
}

#[test]
fn a_chapter_of_the_authors_own_collection_cites_the_listed_collection() {
    let doc = run_text(GERMAN);
    let weber = only(&doc, 7);
    let f = weber.fields.as_ref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(
        f.container_title.as_deref(),
        Some("Gesammelte politische Schriften")
    );
    assert_eq!(entry_number(&doc, weber), Some(8));
    assert!(!doc
        .diagnostics
        .iter()
        .any(|d| d.code == Code::MissingFromBibliography));
}

#[test]
fn quoted_words_inside_a_french_title_keep_the_note() {
    let doc = run_text(
        "Introduction

Texte1. Texte2.

1 Cf. François ROTH, Alsace-Lorraine. Histoire d'un « pays perdu » de 1870 à nos jours, Nancy, Éditions Place Stanislas, 2010, p. 45.
2 ROTH, op. cit., p. 50.

Bibliographie

ROTH François, Alsace-Lorraine. Histoire d'un « pays perdu » de 1870 à nos jours, Nancy, Éditions Place Stanislas, 2010.
",
    );
    let roth = only(&doc, 1);
    assert_eq!(
        roth.fields.as_ref().unwrap().title.as_deref(),
        Some("Alsace-Lorraine. Histoire d'un « pays perdu » de 1870 à nos jours")
    );
    assert_eq!(
        entry(&doc, 1).publisher.as_deref(),
        Some("Éditions Place Stanislas")
    );
    assert_eq!(
        note_links(&doc, 1),
        [(CitationKind::Full, Status::Resolved, Some(1))]
    );
    assert_eq!(
        note_links(&doc, 2),
        [(CitationKind::Short, Status::Resolved, Some(1))]
    );
}

const DOCTRINE: &str = "fixtures/doctrine_algorithmes_pdf_fr.txt";

#[test]
fn french_law_list_names_with_bracketed_initials() {
    let (_, doc) = run(DOCTRINE);
    assert_eq!(authors(entry(&doc, 1)), [("BRUN", "Ph.")]);
    assert_eq!(
        entry(&doc, 1).title.as_deref(),
        Some("Responsabilité civile extracontractuelle")
    );
    assert_eq!(entry(&doc, 1).publisher.as_deref(), Some("LexisNexis"));
    assert_eq!(
        authors(entry(&doc, 6)),
        [("TERRÉ", "F."), ("SIMLER", "Ph."), ("LEQUETTE", "Y.")]
    );
    assert_eq!(
        entry(&doc, 6).title.as_deref(),
        Some("Droit civil. Les obligations")
    );
    assert_eq!(entry(&doc, 6).publisher.as_deref(), Some("Dalloz"));
    assert_eq!(entry(&doc, 6).edition.as_deref(), Some("11"));
    assert_eq!(
        authors(entry(&doc, 2)),
        [
            ("CAPITANT", "H."),
            ("TERRÉ", "F."),
            ("LEQUETTE", "Y."),
            ("CHÉNEDÉ", "F.")
        ]
    );
    assert_eq!(
        entry(&doc, 3).title.as_deref(),
        Some("Flexible droit. Pour une sociologie du droit sans rigueur")
    );
    assert_eq!(
        authors(entry(&doc, 9)),
        [("GIRARD", "É."), ("LEFRANC", "A.")]
    );
    assert_eq!(entry(&doc, 10).container_title.as_deref(), Some("RTD civ"));
    assert_eq!(entry(&doc, 10).page.as_deref(), Some("521"));
}

#[test]
fn french_decisions_are_read_as_decisions() {
    let (_, doc) = run(DOCTRINE);
    let case = |n: u32, i: usize| in_note(&doc, n)[i].fields.as_deref().unwrap().clone();
    let cass = case(6, 0);
    assert_eq!(cass.kind, "legal_case");
    assert_eq!(cass.publisher.as_deref(), Some("Cass., civ. 1re"));
    assert_eq!(cass.number.as_deref(), Some("09-12.345"));
    assert_eq!(cass.container_title.as_deref(), Some("Bull. civ. I"));
    assert_eq!(cass.issued.as_ref().unwrap().date_parts, [[2010, 5, 12]]);
    // The decision's other report after `;` is part of its citation.
    assert_eq!(in_note(&doc, 6).len(), 1);
    let ce = case(8, 0);
    assert_eq!(ce.publisher.as_deref(), Some("CE, ass."));
    assert_eq!(ce.number.as_deref(), Some("123456"));
    assert_eq!(ce.container_title.as_deref(), Some("Lebon"));
    assert_eq!(ce.issued.as_ref().unwrap().date_parts, [[2015, 7, 3]]);
    let cc = case(9, 0);
    assert_eq!(cc.publisher.as_deref(), Some("Cons. const."));
    assert_eq!(cc.number.as_deref(), Some("71-44 DC"));
    let handyside = case(18, 0);
    assert_eq!(handyside.publisher.as_deref(), Some("CEDH"));
    assert_eq!(handyside.title.as_deref(), Some("Handyside c/ Royaume-Uni"));
    let pin = in_note(&doc, 18)[0].locator.as_ref().unwrap();
    assert_eq!(
        (pin.label.as_str(), pin.value.as_str()),
        ("paragraph", "49")
    );
    // The note's second half, on the next page, after a lead-in.
    let costa = case(18, 1);
    assert_eq!(costa.publisher.as_deref(), Some("CJCE"));
    assert_eq!(costa.title.as_deref(), Some("Costa c/ ENEL"));
    assert_eq!(costa.number.as_deref(), Some("6/64"));
    let franck = case(24, 0);
    assert_eq!(franck.publisher.as_deref(), Some("Cass., ch. réun."));
    assert_eq!(franck.title.as_deref(), Some("Franck"));
    // Decisions are no works of the list.
    for n in [2, 6, 7, 8, 9, 18, 24, 25] {
        assert!(in_note(&doc, n)
            .iter()
            .all(|c| entry_number(&doc, c).is_none()));
    }
}

#[test]
fn a_decision_cited_again_with_prec_is_the_same_decision() {
    let (_, doc) = run(DOCTRINE);
    for (first, again) in [(6, 15), (7, 28), (9, 32), (2, 37)] {
        let a = in_note(&doc, first)[0];
        let b = only(&doc, again);
        assert_eq!(b.status, Some(Status::Resolved), "note {again}");
        assert_eq!(a.reference, b.reference, "notes {first} and {again}");
        assert_eq!(work(&doc, b).kind, "legal_case");
    }
}

#[test]
fn french_short_forms_find_their_works() {
    let (_, doc) = run(DOCTRINE);
    let short = |n: u32, e: usize| {
        assert_eq!(
            note_links(&doc, n),
            [(only(&doc, n).kind, Status::Resolved, Some(e))],
            "note {n}"
        );
    };
    // `op. cit.` after all the authors of a work.
    short(10, 6);
    short(23, 7);
    short(31, 6);
    short(40, 2);
    // `art. préc.`, `précité`, `loc. cit.`, `supra note`, `Ibid.`.
    short(14, 12);
    short(29, 4);
    short(21, 8);
    short(39, 1);
    short(20, 10);
    short(4, 10);
    short(35, 8);
    assert_eq!(only(&doc, 20).kind, CitationKind::Supra);
    assert_eq!(only(&doc, 14).kind, CitationKind::Short);
    // `V. supra note 8`: the Conseil d'État's decision of note 8.
    let eight = in_note(&doc, 8)[0];
    assert_eq!(only(&doc, 38).reference, eight.reference);
}

#[test]
fn french_law_signals() {
    let (_, doc) = run(DOCTRINE);
    let signal = |n: u32| in_note(&doc, n)[0].signal.clone().unwrap_or_default();
    assert_eq!(signal(1), "V. not.");
    assert_eq!(signal(7), "Comp.");
    assert_eq!(signal(13), "V. aussi");
    assert_eq!(signal(18), "Rappr.");
    assert_eq!(signal(30), "v.");
    // Viney, Jourdain et Carval cited in full after `V. not.`.
    assert_eq!(
        note_links(&doc, 1),
        [(CitationKind::Full, Status::Resolved, Some(7))]
    );
}

#[test]
fn french_law_article_findings() {
    let (source, doc) = run(DOCTRINE);
    // Cornu's dictionary is cited and not listed; Jourdain's book is
    // listed and not cited; nothing dangles.
    assert_eq!(
        findings(&source, &doc),
        [
            (Code::MissingFromBibliography, 101),
            (Code::UncitedReference, 127),
        ]
    );
}
