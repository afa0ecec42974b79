//! Papers of several languages and styles, each testing one convention:
//! a note on the page cited after the page (`p. 12 n. 4`, `S. 12 Fn. 4`,
//! `第45页注3`), kept as the locator's `note` and the pinpoint's text;
//! several authors named by their family names before a year in a note of
//! an author-date paper (`Smith, Jones, Lee and Brown (2010), 45`); the
//! pages after a Chinese journal's issue in a note, the pages cited;
//! Romance leftovers (a page no edition, `Fabre-Magnan (M.)`, `parágrafo
//! único`).
//! Expected values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Locator, Status};
use papers_support::{note_links, only, paper_of_notes, run};

const WOOL: &str = "fixtures/wool_credit_notes_mix_en.txt";
const PEERS: &str = "fixtures/peer_effects_apa_notes_mix_en.txt";
const SHUJU: &str = "fixtures/shuju_quanli_mix_zh.txt";

/// (value, note, text) of a locator.
fn pin(l: Option<&Locator>) -> (String, Option<String>, Option<String>) {
    let l = l.expect("a locator");
    (l.value.clone(), l.note.clone(), l.text.clone())
}

fn noted(value: &str, note: &str, text: &str) -> (String, Option<String>, Option<String>) {
    (value.into(), Some(note.into()), Some(text.into()))
}

#[test]
fn a_note_on_the_page_cited_is_part_of_the_pinpoint() {
    let (_, doc) = run(WOOL);
    let cases = [
        (1, noted("62", "3", "62 n. 3")),
        (2, noted("289", "14", "p. 289 n. 14")),
        (3, noted("291", "22", "p. 291, n. 22")),
        (5, noted("112", "8", "p. 112 note 8")),
        (7, noted("15", "2", "15 n.2")),
        (8, noted("19", "5–7", "p. 19 nn. 5–7")),
    ];
    for (n, want) in cases {
        let c = only(&doc, n);
        assert_eq!(pin(c.locator.as_ref()), want, "note {n}");
        assert_eq!(c.locator.as_ref().unwrap().label, "page", "note {n}");
    }
    // A page alone has neither.
    let plain = only(&doc, 10).locator.as_ref().unwrap();
    assert_eq!(
        (plain.value.as_str(), &plain.note, &plain.text),
        ("76", &None, &None)
    );
}

#[test]
fn the_note_on_the_page_changes_no_link() {
    let (_, doc) = run(WOOL);
    use CitationKind::{Full, Ibid, Short};
    use Status::Resolved;
    // Bibliography: 1 Bell, 2 Fryde, 3 Kaeuper, 4 Lloyd.
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(4))]);
    assert_eq!(note_links(&doc, 2), [(Short, Resolved, Some(4))]);
    assert_eq!(note_links(&doc, 3), [(Ibid, Resolved, Some(4))]);
    assert_eq!(note_links(&doc, 7), [(Short, Resolved, Some(2))]);
    assert_eq!(note_links(&doc, 8), [(Ibid, Resolved, Some(2))]);
    let full = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(full.issue, None);
    assert_eq!(full.page, None);
}

#[test]
fn a_footnote_word_after_a_page_is_no_note_cited_back() {
    // German law and humanities notes: `Fn.` after a page is a footnote
    // of the work cited, not a note of the paper (`a.a.O. (Fn. 1)`).
    let doc = paper_of_notes(
        "Text",
        &[
            "Wagner, Deliktsrecht, 2. Aufl. 2010, S. 12 Fn. 4.",
            "Wagner, a.a.O., S. 14 Anm. 5.",
            "Vgl. Fn. 1.",
        ],
    );
    let first = only(&doc, 1);
    assert_eq!(first.kind, CitationKind::Full);
    assert_eq!(pin(first.locator.as_ref()), noted("12", "4", "S. 12 Fn. 4"));
    let second = only(&doc, 2);
    assert_eq!(second.kind, CitationKind::Short);
    assert_eq!(second.status, Some(Status::Resolved));
    assert_eq!(
        pin(second.locator.as_ref()),
        noted("14", "5", "S. 14 Anm. 5")
    );
    // A note number alone still cites a note back.
    assert_eq!(only(&doc, 3).kind, CitationKind::Supra);
}

#[test]
fn a_chinese_note_on_the_page_ends_the_citation() {
    // 《法学引注手册》: `第45页注3` cites note 3 on page 45.
    let doc = paper_of_notes(
        "正文",
        &["张三：《民法总论》，法律出版社2010年版，第45页注3。"],
    );
    let c = only(&doc, 1);
    assert_eq!(c.kind, CitationKind::Full);
    assert_eq!(
        c.text,
        "张三：《民法总论》，法律出版社2010年版，第45页注3。"
    );
    assert_eq!(pin(c.locator.as_ref()), noted("45", "3", "第45页注3"));
}

#[test]
fn a_number_after_a_journal_year_stays_its_issue() {
    // Italian `n.` after a journal's year is its issue (numero), and `n°`
    // an issue or a paragraph: no note.
    let doc = paper_of_notes(
        "Testo",
        &[
            "M. Rossi, La responsabilità del vettore, in Riv. dir. civ., 2010, n. 3, pp. 45-60.",
            "J. Dupont, « La faute », RTD civ. 2005, n° 3, p. 12.",
            "Rossi, op. cit., 2010, n. 3.",
        ],
    );
    let rossi = only(&doc, 1);
    assert_eq!(rossi.fields.as_deref().unwrap().issue.as_deref(), Some("3"));
    assert!(rossi.locator.as_ref().is_none_or(|l| l.note.is_none()));
    let dupont = only(&doc, 2);
    assert!(dupont.locator.as_ref().is_none_or(|l| l.note.is_none()));
    assert!(only(&doc, 3)
        .locator
        .as_ref()
        .is_none_or(|l| l.note.is_none()));
}

#[test]
fn several_family_names_before_a_year_are_the_authors() {
    let (_, doc) = run(PEERS);
    use CitationKind::{AuthorDate, Parenthetical};
    use Status::Resolved;
    // References: 1 Adams, 2 García, 3 Moreau, 4 Smith, 5 Taylor.
    assert_eq!(note_links(&doc, 1), [(AuthorDate, Resolved, Some(4))]);
    assert_eq!(
        note_links(&doc, 2),
        [
            (AuthorDate, Resolved, Some(2)),
            (AuthorDate, Resolved, Some(3))
        ]
    );
    let four = only(&doc, 4);
    assert_eq!(four.kind, AuthorDate);
    assert_eq!(four.status, Some(Resolved));
    assert_eq!(papers_support::entry_number(&doc, four), Some(4));
    assert_eq!(four.locator.as_ref().unwrap().value, "120");
    let short = four.short.as_deref().unwrap();
    assert_eq!(short.author.as_deref(), Some("Smith, Jones, Lee, & Brown"));
    assert_eq!(short.date.as_deref(), Some("2010"));
    assert_eq!(note_links(&doc, 5), [(Parenthetical, Resolved, Some(1))]);
    // Every work of the list is cited, none twice in the list of works.
    assert_eq!(doc.references.len(), 5);
    // In the running text too.
    let in_text: Vec<_> = doc
        .citations
        .iter()
        .filter(|c| c.site.is_some())
        .map(|c| papers_support::entry_number(&doc, c))
        .collect();
    assert_eq!(in_text, [Some(4), Some(4), Some(2), Some(5), Some(5)]);
}

#[test]
fn a_note_naming_the_listed_authors_with_the_year_links_to_their_work() {
    let text = "Text.1 Text.2\n\n1 See Smith, Jones, Lee and Brown (2010), 45.\n2 Smith, Jones, Lee, & Brown, 2010, p. 12.\n\nReferences\n\nSmith, A., Jones, B., Lee, C., & Brown, D. (2010). Peer effects in urban schools. Journal of Education Research, 45(2), 101–130.\nTaylor, R. (2012). Schools and peers. Routledge.\n";
    let doc = papers_support::run_text(text);
    for n in [1, 2] {
        let c = only(&doc, n);
        assert_eq!(c.kind, CitationKind::AuthorDate, "note {n}");
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        assert_eq!(papers_support::entry_number(&doc, c), Some(1), "note {n}");
    }
    assert_eq!(only(&doc, 1).locator.as_ref().unwrap().value, "45");
    assert_eq!(only(&doc, 2).locator.as_ref().unwrap().value, "12");
}

#[test]
fn a_family_name_a_given_name_and_a_title_stay_a_book() {
    // `Kötz, Hein, Trust und Treuhand (1963)`: with no work of Kötz,
    // Hein, Trust and Treuhand listed, the note cites a book by Kötz.
    let doc = paper_of_notes("Text", &["Kötz, Hein, Trust und Treuhand (1963), S. 12."]);
    let c = only(&doc, 1);
    assert_eq!(c.kind, CitationKind::Full);
    let fields = c.fields.as_deref().unwrap();
    assert_eq!(fields.title.as_deref(), Some("Trust und Treuhand"));
}

#[test]
fn pages_after_a_chinese_journal_issue_in_a_note_are_the_pages_cited() {
    // 《法学引注手册》: `载《中国社会科学》2018年第3期，第102—122页` in a
    // note cites those pages, as `第110页` in a later note cites one.
    let (_, doc) = run(SHUJU);
    let value = |n: u32| only(&doc, n).locator.as_ref().map(|l| l.value.clone());
    assert_eq!(value(1).as_deref(), Some("102—122"));
    assert_eq!(value(2).as_deref(), Some("63"));
    assert_eq!(value(3).as_deref(), Some("110"));
    assert_eq!(value(6).as_deref(), Some("38—59"));
    for n in [1, 6] {
        let fields = only(&doc, n).fields.as_deref().unwrap();
        assert_eq!(fields.page, None, "note {n}");
        assert_eq!(fields.issue.as_deref(), Some("3"), "note {n}");
    }
    // Notes 1 and 3 cite one article, at different pages.
    assert_eq!(only(&doc, 1).reference, only(&doc, 3).reference);
    assert_ne!(only(&doc, 1).reference, only(&doc, 6).reference);
    assert_eq!(only(&doc, 5).kind, CitationKind::Ibid);
    assert_eq!(only(&doc, 5).reference, only(&doc, 4).reference);
}

#[test]
fn a_list_of_works_keeps_a_chinese_article_s_pages() {
    let doc = papers_support::run_text(
        "正文。[1]\n\n参考文献\n\n[1] 程啸. 论大数据时代的个人数据权利[J]. 中国社会科学, 2018(3): 102-122.\n",
    );
    let entry = papers_support::entry(&doc, 1);
    assert_eq!(entry.page.as_deref(), Some("102-122"));
}

#[test]
fn a_page_after_a_romanian_journal_issue_is_no_edition() {
    // fi `2. p.` (painos) has its number before the word: `p. 45` is a page.
    let (_, doc) = run("fixtures/clauze_abuzive_pdf_ro.txt");
    let dinca = only(&doc, 8);
    let fields = dinca.fields.as_deref().unwrap();
    assert_eq!(fields.edition, None);
    assert_eq!(fields.issue.as_deref(), Some("3"));
    assert_eq!(fields.page.as_deref(), Some("45"));
    // Read, it is no longer dropped with its page (it `n. 3, p. 45`).
    let doc = paper_of_notes(
        "Text",
        &[
            "I. Popescu, Răspunderea civilă delictuală, în Revista română de drept privat nr. 3/2012, p. 45.",
            "M. Rossi, La responsabilità del vettore, in Riv. dir. civ., 2010, n. 3, p. 45.",
        ],
    );
    for n in [1, 2] {
        let c = only(&doc, n);
        let fields = c.fields.as_deref().unwrap();
        assert_eq!(fields.edition, None, "note {n}");
        assert_eq!(fields.issue.as_deref(), Some("3"), "note {n}");
    }
}

#[test]
fn french_initials_in_brackets_are_the_given_name() {
    // `Fabre-Magnan (M.)`, as French legal bibliographies write authors.
    let (_, doc) = run("fixtures/obligation_information_pdf_fr.txt");
    let given: Vec<_> = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .flat_map(|r| r.fields.author.iter())
        .map(|a| (a.family.clone().unwrap(), a.given.clone().unwrap()))
        .collect();
    assert!(
        given.contains(&("Fabre-Magnan".into(), "M.".into())),
        "{given:?}"
    );
    assert!(
        given.contains(&("Ghestin".into(), "J.".into())),
        "{given:?}"
    );
    let doc = paper_of_notes(
        "Texte",
        &[
            "Carbonnier (J.), Droit civil, PUF, 2004, p. 45.",
            "Malaurie (Ph.), Les personnes, Defrénois, 2012, p. 10.",
        ],
    );
    let name = |n: u32| {
        let a = &only(&doc, n).fields.as_deref().unwrap().author[0];
        (a.family.clone().unwrap(), a.given.clone().unwrap())
    };
    assert_eq!(name(1), ("Carbonnier".into(), "J.".into()));
    assert_eq!(name(2), ("Malaurie".into(), "Ph.".into()));
}

#[test]
fn a_role_in_brackets_stays_a_role() {
    // `dies./Siemann, Wolfram (Hg.)`: `(Hg.)` names the editors' role.
    let (_, doc) = run("fixtures/presse_weimar_pdf_de.txt");
    let names: Vec<_> = doc
        .references
        .iter()
        .flat_map(|r| r.fields.author.iter().chain(&r.fields.editor))
        .chain(
            doc.citations
                .iter()
                .filter_map(|c| c.fields.as_deref())
                .flat_map(|f| f.author.iter().chain(&f.editor)),
        )
        .collect();
    assert!(names.iter().any(|a| a.family.as_deref() == Some("Siemann")));
    assert!(!names.iter().any(|a| a.given.as_deref() == Some("Hg.")));
    assert!(!names.iter().any(|a| a.literal.as_deref() == Some("Hg.")));
}

#[test]
fn a_sole_paragraph_is_a_subdivision_of_the_article() {
    // Brazilian writing: `art. 927, parágrafo único, do Código Civil`.
    let doc = paper_of_notes(
        "Texto",
        &[
            "Cf. art. 927, parágrafo único, do Código Civil.",
            "Art. 21, § único, da Lei n. 8.078, de 11 de setembro de 1990.",
        ],
    );
    let first = only(&doc, 1);
    assert_eq!(first.kind, CitationKind::Full);
    let l = first.locator.as_ref().unwrap();
    assert_eq!(
        (l.label.as_str(), l.value.as_str()),
        ("section", "art. 927, parágrafo único")
    );
    assert_eq!(
        first.fields.as_deref().unwrap().title.as_deref(),
        Some("Código Civil")
    );
}
