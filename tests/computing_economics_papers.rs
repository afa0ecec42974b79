//! Papers of computing and economics as PDF conversion gives them: an
//! ACM proceedings paper cited by number (arXiv and CoRR preprints,
//! proceedings of ACM, ACL and NeurIPS, ACM journals, a dataset and a
//! piece of software, a page range broken across lines, running heads,
//! an appendix after the list), an ACM journal paper cited by author and
//! year in brackets (`[Barron et al. 2021, 2022]`), and an Econometrica
//! paper cited the natbib way (`Dube et al. (2016a)`, `(see, e.g.,
//! Harasztosi and Lindner, 2019)`, `van der Vaart (1998, ch. 25)`) with
//! footnotes of remarks and links. Expected values were written by
//! reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{Document, Reference};
use papers_support::{entry_number, run};

const ACM: &str = "fixtures/code_retrieval_acm_pdf_en.txt";
const TOG: &str = "fixtures/radiance_fields_acm_authoryear_en.txt";
const ECONOMETRICA: &str = "fixtures/minimum_wage_econometrica_en.txt";

/// The list's entry whose title opens with `title`.
fn titled<'d>(doc: &'d Document, title: &str) -> &'d Reference {
    doc.references
        .iter()
        .find(|r| {
            r.fields
                .title
                .as_deref()
                .is_some_and(|t| t.starts_with(title))
        })
        .unwrap_or_else(|| panic!("no entry titled {title}"))
}

/// The family names of an entry's authors.
fn families(r: &Reference) -> Vec<&str> {
    r.fields
        .author
        .iter()
        .map(|a| a.family.as_deref().or(a.literal.as_deref()).unwrap_or(""))
        .collect()
}

#[test]
fn every_number_links_to_its_entry_and_nothing_is_reported() {
    let (_, doc) = run(ACM);
    // 27 entries; the page range broken after its dash (`333–` / `389.
    // https://…`) opens none, and the appendix after the list is none.
    assert_eq!(doc.references.len(), 27);
    for c in &doc.citations {
        let n: usize = c.label.as_deref().unwrap().parse().unwrap();
        assert_eq!(entry_number(&doc, c), Some(n), "{c:#?}");
    }
    // `[12,` / `15]` broken across lines, `[18–20]`, and `as in [13]` in
    // the appendix; not `Table [4]`, `[Fig. 5]`, `Eq. (2)`, `λ ∈ [0, 1]`.
    assert_eq!(doc.citations.len(), 37, "{:#?}", doc.citations);
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
    let bm25 = titled(&doc, "The Probabilistic Relevance Framework");
    assert_eq!(bm25.fields.page.as_deref(), Some("333–389"));
    assert_eq!(bm25.fields.volume.as_deref(), Some("3"));
    assert_eq!(bm25.fields.issue.as_deref(), Some("4"));
    // The footnotes are remarks and links: no citation stands in them.
    assert_eq!(doc.footnotes.len(), 2);
    assert!(doc.citations.iter().all(|c| c.footnote.is_none()));
}

#[test]
fn preprints_give_their_server_and_identifier() {
    let (_, doc) = run(ACM);
    for (title, server, id) in [
        (
            "Evaluating Large Language Models",
            "arXiv",
            "arXiv:2107.03374",
        ),
        ("Generating Long Sequences", "CoRR", "arXiv:1904.10509"),
        ("BERT: Pre", "arXiv", "arXiv:1810.04805"),
        ("Scaling Laws", "arXiv", "arXiv:2001.08361"),
    ] {
        let r = titled(&doc, title);
        assert_eq!(r.fields.container_title.as_deref(), Some(server), "{title}");
        assert_eq!(r.fields.number.as_deref(), Some(id), "{title}");
        assert_eq!(r.fields.kind, "article", "{title}");
        assert_eq!(r.unparsed, None, "{title}");
    }
    let (_, doc) = run(ECONOMETRICA);
    let gpt = titled(&doc, "GPT-4 Technical Report");
    assert_eq!(gpt.fields.number.as_deref(), Some("arXiv:2303.08774"));
}

#[test]
fn proceedings_give_their_name_pages_places_and_publisher() {
    let (_, doc) = run(ACM);
    let bleu = titled(&doc, "BLEU");
    assert_eq!(bleu.fields.kind, "paper-conference");
    assert_eq!(
        bleu.fields.container_title.as_deref(),
        Some("Proceedings of the 40th Annual Meeting of the Association for Computational Linguistics")
    );
    assert_eq!(bleu.fields.page.as_deref(), Some("311–318"));
    assert_eq!(
        bleu.fields.publisher_place.as_deref(),
        Some("Philadelphia, Pennsylvania, USA")
    );
    assert_eq!(
        bleu.fields.publisher.as_deref(),
        Some("Association for Computational Linguistics")
    );
    let attention = titled(&doc, "Attention is All you Need");
    assert_eq!(
        attention.fields.container_title.as_deref(),
        Some("Advances in Neural Information Processing Systems 30 (NeurIPS 2017)")
    );
    assert_eq!(attention.fields.page.as_deref(), Some("5998–6008"));
    assert_eq!(families(attention).len(), 8);
    let rag = titled(&doc, "Retrieval-Augmented Generation");
    assert_eq!(rag.fields.volume.as_deref(), Some("33"));
    assert_eq!(
        rag.fields.publisher.as_deref(),
        Some("Curran Associates, Inc.")
    );
    // The running head at the top of the list's second page is no part
    // of the entry above it.
    let iyer = titled(&doc, "Summarizing Source Code");
    assert_eq!(
        iyer.fields.publisher_place.as_deref(),
        Some("Berlin, Germany")
    );
    assert_eq!(iyer.fields.page.as_deref(), Some("2073–2083"));
    assert_eq!(iyer.unparsed, None);
    let ase = titled(&doc, "Few-shot training");
    assert_eq!(ase.fields.publisher.as_deref(), Some("ACM"));
    assert_eq!(ase.fields.page.as_deref(), Some("177"));
}

#[test]
fn names_written_in_order_are_each_a_person() {
    let (_, doc) = run(TOG);
    let nerf = titled(&doc, "NeRF");
    assert_eq!(
        families(nerf),
        [
            "Mildenhall",
            "Srinivasan",
            "Tancik",
            "Barron",
            "Ramamoorthi",
            "Ng"
        ]
    );
    assert_eq!(families(titled(&doc, "Compositing")), ["Porter", "Duff"]);
    let (_, doc) = run(ACM);
    assert_eq!(
        families(titled(&doc, "BLEU")),
        ["Papineni", "Roukos", "Ward", "Zhu"]
    );
}

#[test]
fn acm_journals_give_volume_issue_and_pages() {
    let (_, doc) = run(TOG);
    let kerbl = titled(&doc, "3D Gaussian Splatting");
    assert_eq!(
        kerbl.fields.container_title.as_deref(),
        Some("ACM Transactions on Graphics")
    );
    assert_eq!(
        (
            kerbl.fields.volume.as_deref(),
            kerbl.fields.issue.as_deref(),
            kerbl.fields.page.as_deref()
        ),
        (Some("42"), Some("4"), Some("139:1–139:14"))
    );
    let tanks = titled(&doc, "Tanks and Temples");
    assert_eq!(tanks.fields.page.as_deref(), Some("78"));
    assert_eq!(tanks.fields.number_of_pages.as_deref(), Some("13"));
}

#[test]
fn bracketed_author_year_citations_link_and_the_history_line_is_no_entry() {
    let (_, doc) = run(TOG);
    // `Received January 2024; revised …` ends the list.
    assert_eq!(doc.references.len(), 11);
    assert_eq!(doc.citations.len(), 18);
    assert!(doc.citations.iter().all(|c| c.reference.is_some()));
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn natbib_citations_link_and_the_appendix_is_no_entry() {
    let (_, doc) = run(ECONOMETRICA);
    // `APPENDIX A. PROOFS` ends the list of 23.
    assert_eq!(doc.references.len(), 23);
    assert!(doc.citations.iter().all(|c| c.reference.is_some()));
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
    // The running head of the list's second page is no part of an entry.
    let shirley = titled(&doc, "Myth or Measurement");
    assert_eq!(shirley.unparsed, None);
    assert_eq!(doc.footnotes.len(), 2);
}
