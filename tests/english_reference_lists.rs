//! English reference lists as PDF conversion gives them: an NLP and
//! labour-economics paper in ACL's natbib style (names in order, `In`
//! proceedings and handbooks, chapters with editors after `ed. by` and
//! `edited by`, theses after quoted titles, a firm's `Inc.`, URLs broken
//! after their scheme at a line's end, a surname that is a publisher's
//! word), and a Chicago notes history paper citing theses and chapters.
//! Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CslItem, Document};
use papers_support::{authors, editors, entry, only, run, work};

const ACL: &str = "fixtures/llm_wages_acl_pdf_en.txt";
const CHICAGO: &str = "fixtures/famine_theses_chicago_en.txt";

/// The list's entry whose title opens with `title`.
fn titled<'d>(doc: &'d Document, title: &str) -> &'d CslItem {
    doc.references
        .iter()
        .map(|r| &r.fields)
        .find(|f| f.title.as_deref().is_some_and(|t| t.starts_with(title)))
        .unwrap_or_else(|| panic!("no entry titled {title}"))
}

/// (type, genre, publisher) of an entry.
fn thesis(item: &CslItem) -> (&str, Option<&str>, Option<&str>) {
    (
        item.kind.as_str(),
        item.genre.as_deref(),
        item.publisher.as_deref(),
    )
}

#[test]
fn every_citation_of_the_acl_paper_links_and_nothing_is_reported() {
    let (_, doc) = run(ACL);
    assert_eq!(doc.references.len(), 13);
    assert_eq!(doc.citations.len(), 17);
    for c in &doc.citations {
        assert!(c.reference.is_some(), "{c:#?}");
    }
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn theses_after_quoted_titles_name_their_degree_and_university() {
    let (_, doc) = run(ACL);
    assert_eq!(
        thesis(titled(&doc, "Deflating Posted Wages")),
        (
            "thesis",
            Some("Master's thesis"),
            Some("Stockholm University")
        )
    );
    assert_eq!(
        thesis(titled(&doc, "Occupations in Text")),
        ("thesis", Some("PhD diss."), Some("University of Toronto"))
    );
    assert_eq!(titled(&doc, "Occupations in Text").container_title, None);
    assert_eq!(
        thesis(titled(&doc, "Essays on Online Job Search")),
        ("thesis", Some("PhD thesis"), Some("University of Chicago"))
    );
}

#[test]
fn handbook_chapters_read_their_editors_volume_imprint_and_pages() {
    let (_, doc) = run(ACL);
    // Econometrica's `ed. by`, the pages after the publisher.
    let card = titled(&doc, "The causal effect of education");
    assert_eq!(card.kind, "chapter");
    assert_eq!(authors(card), [("Card", "David")]);
    assert_eq!(editors(card), [("Ashenfelter", "O."), ("Card", "D.")]);
    assert_eq!(
        card.container_title.as_deref(),
        Some("Handbook of Labor Economics")
    );
    assert_eq!(card.volume.as_deref(), Some("3A"));
    assert_eq!(card.publisher.as_deref(), Some("Elsevier"));
    assert_eq!(card.publisher_place.as_deref(), Some("Amsterdam"));
    assert_eq!(card.page.as_deref(), Some("1801–1863"));
    let skills = titled(&doc, "Skills, tasks and technologies");
    assert_eq!(skills.kind, "chapter");
    assert_eq!(skills.volume.as_deref(), Some("4B"));
    assert_eq!(skills.page.as_deref(), Some("1043–1171"));
    // natbib's `edited by …, volume 3A, pages …. Elsevier, Amsterdam.`
    let katz = titled(&doc, "Changes in the wage structure");
    assert_eq!(katz.kind, "chapter");
    assert_eq!(
        authors(katz),
        [("Katz", "Lawrence F."), ("Autor", "David H.")]
    );
    assert_eq!(editors(katz), [("Ashenfelter", "Orley"), ("Card", "David")]);
    assert_eq!(katz.volume.as_deref(), Some("3A"));
    assert_eq!(katz.page.as_deref(), Some("1463–1555"));
    assert_eq!(katz.publisher.as_deref(), Some("Elsevier"));
    assert_eq!(katz.publisher_place.as_deref(), Some("Amsterdam"));
    assert_eq!(opcit::syntax::reference::year_of(katz), Some(1999));
    // Proceedings stay proceedings.
    let wolf = titled(&doc, "Transformers: State-of-the-art");
    assert_eq!(wolf.kind, "paper-conference");
    assert_eq!(wolf.page.as_deref(), Some("38–45"));
}

#[test]
fn broken_urls_firms_and_a_publishers_word_as_a_surname() {
    let (_, doc) = run(ACL);
    let bert = titled(&doc, "BERT: Pre-training");
    assert_eq!(
        bert.url.as_deref(),
        Some("https://doi.org/10.18653/v1/N19-1423")
    );
    let alibi = titled(&doc, "Train short, test long");
    assert_eq!(
        alibi.url.as_deref(),
        Some("https://openreview.net/forum?id=R8sQPpGCv0")
    );
    assert_eq!(
        authors(alibi),
        [("Press", "Ofir"), ("Smith", "Noah A."), ("Lewis", "Mike")]
    );
    let gpt3 = titled(&doc, "Language models are few-shot");
    assert_eq!(gpt3.publisher.as_deref(), Some("Curran Associates, Inc."));
    assert_eq!(gpt3.volume.as_deref(), Some("33"));
    // `Press et al. (2022)` links to it.
    let press = doc
        .citations
        .iter()
        .find(|c| c.text.starts_with("Press et al."))
        .unwrap();
    assert_eq!(work(&doc, press).title, alibi.title);
}

#[test]
fn chicago_notes_cite_theses_and_chapters_and_short_forms_follow() {
    let (_, doc) = run(CHICAGO);
    let whitfield = entry(&doc, 4);
    assert_eq!(
        thesis(whitfield),
        ("thesis", Some("PhD diss."), Some("University of Cambridge"))
    );
    assert_eq!(
        whitfield.title.as_deref(),
        Some("Relief Works and Their Wages in South India, 1876–1880")
    );
    assert_eq!(
        thesis(entry(&doc, 3)),
        ("thesis", Some("MA thesis"), Some("University of Madras"))
    );
    let bhatia = entry(&doc, 2);
    assert_eq!(bhatia.kind, "chapter");
    assert_eq!(editors(bhatia), [("Kumar", "Dharma")]);
    assert_eq!(bhatia.page.as_deref(), Some("201–24"));
    // The notes: a chapter, two theses, then their short forms.
    assert_eq!(work(&doc, only(&doc, 1)).kind, "chapter");
    let three = papers_support::in_note(&doc, 3);
    assert_eq!(three.len(), 2);
    assert_eq!(work(&doc, three[0]).genre.as_deref(), Some("PhD diss."));
    assert_eq!(work(&doc, three[1]).genre.as_deref(), Some("MA thesis"));
    assert_eq!(work(&doc, only(&doc, 5)).title, whitfield.title);
    assert_eq!(work(&doc, only(&doc, 7)).title, bhatia.title);
}
