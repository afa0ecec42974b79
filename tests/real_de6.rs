//! A German law article on the protection of personality as pdftotext
//! gives it, notes at the page ends and a `Literaturverzeichnis`: statutes
//! cited by provision and code in nearly every note (`§ 823 Abs. 1 BGB`,
//! `Art. 2 Abs. 1 GG`, `§§ 249 ff. BGB`), joined by `i.V.m.` and `iVm`
//! (`Art. 2 Abs. 1 i.V.m. Art. 1 Abs. 1 GG`), inside a sentence (`Nach §
//! 242 BGB schuldet …`), EU, Austrian and Swiss codes (`Art. 8 EMRK`, `§
//! 1295 ABGB`, `Art. 41 OR`), commentaries cited by founder and
//! commentator alone (`Palandt/Sprau, § 823 Rn. 83`,
//! `Maunz/Dürig/Herzog, Art. 20 Rn. 12`), and books, articles and a
//! Festschrift around them with `a.a.O.` and `Ebd.`. Expected values were
//! written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, Document, Status};
use papers_support::{authors, entry, entry_number, in_note, note_links, only, run, run_text};

const DE: &str = "fixtures/haftung_gesetze_pdf_de.txt";

/// (code, provision) of a citation of legislation.
fn statute(c: &Citation) -> (String, String) {
    let f = c.fields.as_deref().expect("fields");
    assert_eq!(f.kind, "legislation", "{}", c.text);
    assert!(f.author.is_empty(), "{}", c.text);
    let l = c.locator.as_ref().expect("locator");
    assert_eq!(l.label, "section", "{}", c.text);
    (f.title.clone().unwrap_or_default(), l.value.clone())
}

fn statutes(doc: &Document, n: u32) -> Vec<(String, String)> {
    in_note(doc, n).into_iter().map(statute).collect()
}

fn pair(code: &str, provision: &str) -> (String, String) {
    (code.to_string(), provision.to_string())
}

#[test]
fn every_note_is_found_also_those_opening_with_a_section_sign() {
    let (_, doc) = run(DE);
    let numbers: Vec<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, (1..=27).collect::<Vec<u32>>());
    assert!(!doc
        .diagnostics
        .iter()
        .any(|d| d.code == Code::FootnoteSequence));
}

#[test]
fn a_provision_and_its_code_cite_the_code() {
    let (_, doc) = run(DE);
    assert_eq!(statutes(&doc, 2), [pair("GG", "Art. 2 Abs. 1")]);
    assert_eq!(statutes(&doc, 5), [pair("BGB", "§ 823 Abs. 1")]);
    assert_eq!(statutes(&doc, 7), [pair("BGB", "§§ 249 ff.")]);
    assert_eq!(statutes(&doc, 15), [pair("GG", "Art. 20 Abs. 3")]);
    assert_eq!(
        statutes(&doc, 18),
        [
            pair("VwVfG", "§ 28 Abs. 1"),
            pair("VwVfG", "§ 15 Abs. 2 S. 1")
        ]
    );
    // The signal stays the note's, not the code's.
    assert_eq!(only(&doc, 7).signal.as_deref(), Some("Vgl."));
    // Every citation of one code is one work.
    let bgb: Vec<_> = [5, 7]
        .iter()
        .map(|&n| only(&doc, n).reference.clone())
        .collect();
    assert!(bgb[0].is_some());
    assert_eq!(bgb[0], bgb[1]);
    assert_ne!(only(&doc, 2).reference, only(&doc, 5).reference);
}

#[test]
fn european_austrian_and_swiss_codes_are_read_the_same_way() {
    let (_, doc) = run(DE);
    assert_eq!(
        statutes(&doc, 19),
        [pair("EMRK", "Art. 8"), pair("GRCh", "Art. 7")]
    );
    assert_eq!(
        statutes(&doc, 21),
        [pair("AEUV", "Art. 267"), pair("EUV", "Art. 4 Abs. 3")]
    );
    assert_eq!(
        statutes(&doc, 23),
        [pair("ZGB", "Art. 28"), pair("OR", "Art. 41")]
    );
    // `§ 1295 ABGB; Koziol, Österreichisches Haftpflichtrecht, …`.
    let n22 = in_note(&doc, 22);
    assert_eq!(n22.len(), 2);
    assert_eq!(statute(n22[0]), pair("ABGB", "§ 1295"));
    assert_eq!(entry_number(&doc, n22[1]), Some(5));
}

#[test]
fn joined_provisions_are_one_citation_each() {
    let (_, doc) = run(DE);
    // `§ 823 Abs. 1 BGB i.V.m. Art. 2 Abs. 1 GG; vgl. BVerfG, …`
    let n6 = in_note(&doc, 6);
    assert_eq!(n6.len(), 3);
    assert_eq!(statute(n6[0]), pair("BGB", "§ 823 Abs. 1"));
    assert_eq!(statute(n6[1]), pair("GG", "Art. 2 Abs. 1"));
    assert_eq!(n6[2].fields.as_deref().unwrap().kind, "legal_case");
    assert_eq!(
        statutes(&doc, 8),
        [pair("BGB", "§ 823 Abs. 2"), pair("StGB", "§ 263")]
    );
    // The first provision, written without its code, is of the second's.
    assert_eq!(
        statutes(&doc, 10),
        [pair("GG", "Art. 2 Abs. 1"), pair("GG", "Art. 1 Abs. 1")]
    );
}

#[test]
fn a_provision_inside_a_sentence_is_read_where_its_code_follows() {
    let (_, doc) = run(DE);
    // `Nach § 242 BGB schuldet …; dazu Looschelders, …`
    let n17 = in_note(&doc, 17);
    assert_eq!(n17.len(), 2);
    assert_eq!(statute(n17[0]), pair("BGB", "§ 242"));
    assert_eq!(n17[0].text, "§ 242 BGB");
    assert_eq!(entry_number(&doc, n17[1]), Some(7));
    // `Siehe § 1004 Abs. 1 S. 2 BGB analog.`
    assert_eq!(statutes(&doc, 25), [pair("BGB", "§ 1004 Abs. 1 S. 2")]);
    // `Ebd.` after it repeats the code's provision.
    let n26 = in_note(&doc, 26);
    assert_eq!(n26[0].kind, CitationKind::Ibid);
    assert_eq!(n26[0].reference, only(&doc, 25).reference);
    // `die Vorschrift des § 1295 galt vor 2004 …`: no code, no citation.
    let n24 = only(&doc, 24);
    assert_eq!(n24.kind, CitationKind::Short);
    assert_eq!(entry_number(&doc, n24), Some(5));
}

#[test]
fn statutes_are_never_missing_from_the_bibliography() {
    let (_, doc) = run(DE);
    let spans: Vec<_> = doc
        .citations
        .iter()
        .filter(|c| c.fields.as_deref().is_some_and(|f| f.kind == "legislation"))
        .map(|c| c.span)
        .collect();
    assert_eq!(spans.len(), 21);
    for d in &doc.diagnostics {
        assert!(
            !spans
                .iter()
                .any(|s| s.start <= d.span.start && d.span.start < s.end),
            "{d:?}"
        );
    }
}

#[test]
fn commentaries_by_founder_and_commentator_link_to_the_list() {
    let (_, doc) = run(DE);
    // List: 1 Canaris, 2 Dürig, 3 Grüneberg, 4 Hager, 5 Koziol, 6
    // Larenz/Canaris, 7 Looschelders, 8 Maunz/Dürig, 9 Palandt, 10 Wagner.
    let margin = |c: &Citation| {
        let l = c.locator.as_ref().unwrap();
        assert_eq!(l.label, "margin", "{}", c.text);
        l.value.clone()
    };
    let palandt = only(&doc, 9);
    assert_eq!(palandt.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, palandt), Some(9));
    assert_eq!(margin(palandt), "83");
    let n11 = in_note(&doc, 11);
    assert_eq!(entry_number(&doc, n11[0]), Some(8));
    assert_eq!(n11[0].status, Some(Status::Resolved));
    assert_eq!(margin(n11[0]), "12");
    let n27 = in_note(&doc, 27);
    assert_eq!(entry_number(&doc, n27[0]), Some(1));
    assert_eq!(entry_number(&doc, n27[1]), Some(8));
    assert_eq!(margin(n27[1]), "40");
    // `Grüneberg/Sprau, BGB, 82. Aufl. 2023, § 823 Rn. 95`, then `Ebd.,
    // Rn. 96`: the commentary Grüneberg edited.
    let n13 = in_note(&doc, 13);
    assert_eq!(entry_number(&doc, n13[0]), Some(4));
    assert_eq!(entry_number(&doc, n13[1]), Some(3));
    assert_eq!(margin(n13[1]), "95");
    let n14 = only(&doc, 14);
    assert_eq!(entry_number(&doc, n14), Some(3));
    assert_eq!(margin(n14), "96");
}

#[test]
fn ordinary_works_around_the_statutes_keep_their_links() {
    let (_, doc) = run(DE);
    let resolved = |n: u32| {
        note_links(&doc, n)
            .into_iter()
            .filter(|l| l.1 == Status::Resolved)
            .filter_map(|l| l.2)
            .collect::<Vec<_>>()
    };
    assert_eq!(resolved(3), [1, 6]);
    assert_eq!(resolved(12), [4]);
    assert_eq!(resolved(16), [2, 2]);
    assert_eq!(resolved(4), [10]);
    assert_eq!(resolved(26), [10]);
}

#[test]
fn a_code_in_capitals_is_read_only_as_written() {
    let kind = |t: &str| {
        let doc = run_text(&format!("Text.1\n\n1 {t}\n"));
        in_note(&doc, 1)
            .iter()
            .filter_map(|c| c.fields.as_deref())
            .any(|f| f.kind == "legislation")
    };
    assert!(kind("Art. 41 OR."));
    assert!(kind("Vgl. Art. 20 Abs. 3 GG."));
    assert!(kind("§ 7 SGB II."));
    assert!(!kind("Art. 41 or."));
    assert!(!kind("Art. 20 Abs. 3 gg."));
    // A provision without a code, or a code without a provision.
    assert!(!kind("Art. 20 Abs. 3 ist einschlägig."));
    assert!(!kind("Das BGB gilt seit 1900."));
    // Polish codes keep being read without regard to case.
    assert!(kind("Art. 415 k.c."));
}

#[test]
fn inverted_names_joined_by_slashes_are_the_entry_authors() {
    let (_, doc) = run(DE);
    let larenz = entry(&doc, 6);
    assert_eq!(
        authors(larenz),
        [("Larenz", "Karl"), ("Canaris", "Claus-Wilhelm")]
    );
    assert_eq!(larenz.title.as_deref(), Some("Lehrbuch des Schuldrechts"));
    let maunz = entry(&doc, 8);
    assert_eq!(authors(maunz), [("Maunz", "Theodor"), ("Dürig", "Günter")]);
    assert!(maunz.title.as_deref().unwrap().starts_with("Grundgesetz"));
    assert!(!doc.diagnostics.iter().any(|d| matches!(
        d.code,
        Code::MissingFromBibliography | Code::UncitedReference
    )));
}

#[test]
fn a_polish_note_opening_with_tak_cites_the_code_under_that_signal() {
    let doc = run_text("Tekst.1 Dalej.2\n\n1 Tak art. 415 k.c.\n2 Tak też art. 361 § 1 k.c.\n");
    for (n, provision) in [(1, "art. 415"), (2, "art. 361 § 1")] {
        let c = only(&doc, n);
        assert_eq!(statute(c), pair("k.c.", provision));
        assert_eq!(
            c.signal.as_deref().map(str::to_lowercase).as_deref(),
            Some(if n == 1 { "tak" } else { "tak też" })
        );
    }
}

#[test]
fn two_articles_joined_by_und_are_two_citations() {
    let doc = run_text(
        "Text.1 Mehr.2\n\n1 Vgl. § 823 Abs. 1 BGB und § 1004 BGB.\n2 Art. 1 und Art. 2 GG.\n",
    );
    assert_eq!(
        statutes(&doc, 1),
        [pair("BGB", "§ 823 Abs. 1"), pair("BGB", "§ 1004")]
    );
    assert_eq!(in_note(&doc, 1)[0].signal.as_deref(), Some("Vgl."));
    assert_eq!(
        statutes(&doc, 2),
        [pair("GG", "Art. 1"), pair("GG", "Art. 2")]
    );
}
