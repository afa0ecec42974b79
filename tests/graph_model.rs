//! The graph model: which nodes and edges a document gives, in each view.
//!
//! The small fixtures' expectations were written by reading the fixtures;
//! the bundled paper is checked for structure only, since its extraction is
//! still being tuned.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "export_support/mod.rs"]
mod support;

use opcit::diagnostic::Code;
use opcit::graph::{EdgeKind, Graph, NodeKind, View};
use opcit::model::{CitationKind, CslItem, Status};
use opcit::source::Span;
use std::collections::{BTreeMap, BTreeSet};
use support::*;

fn ids(g: &Graph) -> Vec<&str> {
    g.nodes().map(|n| n.id.as_str()).collect()
}

fn edges(g: &Graph) -> Vec<(String, String, &'static str, u32)> {
    g.edges()
        .map(|e| {
            (
                e.source.id.clone(),
                e.target.id.clone(),
                e.edge.kind.as_str(),
                e.edge.weight,
            )
        })
        .collect()
}

fn e(s: &str, t: &str, kind: &'static str, w: u32) -> (String, String, &'static str, u32) {
    (s.into(), t.into(), kind, w)
}

// graph_notes.txt: Waltz in note 1, `Waltz(1979), op. cit., p. 105.` in
// note 2, Walt in note 3, `Ibid., p. 8.` in note 4; the bibliography lists
// Waltz, Walt and an uncited Mearsheimer.

#[test]
fn full_view_of_a_small_paper_has_every_citation_and_back_reference() {
    let g = Graph::build(&fixture("graph_notes.txt"), View::Full, "graph_notes.txt");
    assert_eq!(
        ids(&g),
        [
            "doc",
            "fn:1",
            "fn:2",
            "fn:3",
            "fn:4",
            "c:c1",
            "c:c2",
            "c:c3",
            "c:c4",
            "ref:b1",
            "ref:b2",
            "ref:b3",
            "author:waltz-k",
            "author:walt-s",
            "author:mearsheimer-j",
            "venue:addisonwesley",
            "venue:internationalsecurity",
            "venue:norton",
        ]
    );
    assert_eq!(
        edges(&g),
        [
            e("doc", "fn:1", "contains", 1),
            e("doc", "fn:2", "contains", 1),
            e("doc", "fn:3", "contains", 1),
            e("doc", "fn:4", "contains", 1),
            e("fn:1", "c:c1", "contains", 1),
            e("fn:2", "c:c2", "contains", 1),
            e("fn:3", "c:c3", "contains", 1),
            e("fn:4", "c:c4", "contains", 1),
            e("c:c1", "ref:b1", "cites", 1),
            e("c:c2", "ref:b1", "cites", 1),
            e("c:c3", "ref:b2", "cites", 1),
            e("c:c4", "ref:b2", "cites", 1),
            e("c:c2", "c:c1", "refers-back", 1),
            e("c:c4", "c:c3", "refers-back", 1),
            e("ref:b1", "author:waltz-k", "authored-by", 1),
            e("ref:b2", "author:walt-s", "authored-by", 1),
            e("ref:b3", "author:mearsheimer-j", "authored-by", 1),
            e("ref:b1", "venue:addisonwesley", "published-in", 1),
            e("ref:b2", "venue:internationalsecurity", "published-in", 1),
            e("ref:b3", "venue:norton", "published-in", 1),
        ]
    );
    // Locators ride on the `cites` edges.
    let c2 = g.outgoing("c:c2");
    let cites = c2.iter().find(|e| e.edge.kind == EdgeKind::Cites).unwrap();
    assert_eq!(cites.edge.locator.as_deref(), Some("105"));
    assert_eq!(cites.edge.locator_label.as_deref(), Some("page"));
    // Kinds and statuses.
    let ibid = g.node("c:c4").unwrap();
    assert_eq!(ibid.citation_kind, Some(CitationKind::Ibid));
    assert_eq!(ibid.status, Some(Status::Resolved));
    assert!(!ibid.is_defective());
    // The uncited entry stays, marked.
    let b3 = g.node("ref:b3").unwrap();
    assert_eq!(b3.defects, [Code::UncitedReference]);
    assert_eq!(b3.cited, Some(0));
    assert_eq!(b3.bibliography_index, Some(3));
    assert_eq!(g.node("ref:b1").unwrap().cited, Some(2));
    assert_eq!(g.node("author:waltz-k").unwrap().label, "Waltz, Kenneth");
    assert_eq!(g.node("venue:norton").unwrap().label, "Norton");
}

#[test]
fn sources_view_folds_citations_into_weighted_note_to_work_edges() {
    let g = Graph::build(
        &fixture("graph_notes.txt"),
        View::Sources,
        "graph_notes.txt",
    );
    assert!(g.nodes().all(|n| n.kind != NodeKind::Citation));
    assert_eq!(g.node_count(), 14);
    let cites: Vec<_> = edges(&g).into_iter().filter(|e| e.2 == "cites").collect();
    assert_eq!(
        cites,
        [
            e("fn:1", "ref:b1", "cites", 1),
            e("fn:2", "ref:b1", "cites", 1),
            e("fn:3", "ref:b2", "cites", 1),
            e("fn:4", "ref:b2", "cites", 1),
        ]
    );
    assert!(g.edges().all(|e| e.edge.kind != EdgeKind::RefersBack));
    assert_eq!(g.edge_count(), 14);
}

// graph_defects.txt: an ibid in note 1 with nothing before it; Waltz's two
// books (notes 2 and 4) in the bibliography; Jervis (note 3) only in the notes.

#[test]
fn dangling_and_note_only_citations_stay_in_the_graph_marked() {
    let doc = fixture("graph_defects.txt");
    let full = Graph::build(&doc, View::Full, "graph_defects.txt");
    let ibid = full.node("c:c1").unwrap();
    assert_eq!(ibid.status, Some(Status::Dangling));
    assert_eq!(ibid.defects, [Code::DanglingShortForm]);
    assert!(
        full.outgoing("c:c1").is_empty(),
        "a dangling ibid cites nothing"
    );
    let jervis = full.node("ref:n1").unwrap();
    assert_eq!(jervis.bibliography_index, None);
    assert_eq!(jervis.defects, [Code::MissingFromBibliography]);
    assert_eq!(
        full.node("c:c3").unwrap().defects,
        [Code::MissingFromBibliography]
    );
    // One Waltz, two books.
    let waltz = full.node("author:waltz-k").unwrap();
    assert_eq!(waltz.cited, Some(2));
    let into_waltz = full
        .edges()
        .filter(|e| e.target.id == "author:waltz-k")
        .map(|e| e.source.id.as_str())
        .collect::<Vec<_>>();
    assert_eq!(into_waltz, ["ref:b1", "ref:b2"]);

    // In the sources view the notes carry their citations' defects.
    let src = Graph::build(&doc, View::Sources, "graph_defects.txt");
    assert_eq!(src.node("fn:1").unwrap().defects, [Code::DanglingShortForm]);
    assert_eq!(
        src.node("fn:3").unwrap().defects,
        [Code::MissingFromBibliography]
    );
    assert!(src.node("fn:2").unwrap().defects.is_empty());
    assert!(src.outgoing("fn:1").is_empty());
}

#[test]
fn in_text_citations_written_together_share_one_site() {
    // `… [1] … [2, 3]`: three in-text citations, the last two at one place.
    let mut doc = empty_document();
    let mut c1 = citation("c1", None, Span::new(10, 13), "[1]");
    c1.kind = CitationKind::Numeric;
    c1.reference = Some("b1".into());
    let mut c2 = citation("c2", None, Span::new(30, 36), "[2, 3]");
    c2.kind = CitationKind::Numeric;
    c2.reference = Some("b2".into());
    let mut c3 = c2.clone();
    c3.id = "c3".into();
    c3.reference = Some("b3".into());
    doc.citations = vec![c1, c2, c3];
    for (i, t) in ["One", "Two", "Three"].iter().enumerate() {
        doc.references.push(reference(
            &format!("b{}", i + 1),
            Some(i + 1),
            Span::new(100 + i * 10, 105 + i * 10),
            CslItem {
                title: Some((*t).into()),
                ..CslItem::default()
            },
        ));
    }
    let full = Graph::build(&doc, View::Full, "numeric.md");
    assert_eq!(
        ids(&full),
        ["doc", "site:c1", "site:c2", "c:c1", "c:c2", "c:c3", "ref:b1", "ref:b2", "ref:b3"]
    );
    let contained: Vec<_> = edges(&full)
        .into_iter()
        .filter(|e| e.2 == "contains")
        .map(|e| (e.0, e.1))
        .collect();
    assert_eq!(
        contained,
        [
            ("doc".to_string(), "site:c1".to_string()),
            ("doc".into(), "site:c2".into()),
            ("site:c1".into(), "c:c1".into()),
            ("site:c2".into(), "c:c2".into()),
            ("site:c2".into(), "c:c3".into()),
        ]
    );
    let src = Graph::build(&doc, View::Sources, "numeric.md");
    let cites: Vec<_> = edges(&src).into_iter().filter(|e| e.2 == "cites").collect();
    assert_eq!(
        cites,
        [
            e("site:c1", "ref:b1", "cites", 1),
            e("site:c2", "ref:b2", "cites", 1),
            e("site:c2", "ref:b3", "cites", 1),
        ]
    );
}

#[test]
fn repeated_footnote_numbers_get_distinct_ids_and_keep_their_citations() {
    let mut doc = empty_document();
    doc.footnotes = vec![
        footnote(1, Span::new(0, 20), "first"),
        footnote(1, Span::new(30, 50), "second one"),
    ];
    let mut a = citation("c1", Some(1), Span::new(3, 10), "A");
    a.reference = Some("b1".into());
    let mut b = citation("c2", Some(1), Span::new(33, 40), "B");
    b.reference = Some("b1".into());
    let mut c = citation("c3", Some(1), Span::new(41, 48), "C");
    c.reference = Some("b1".into());
    doc.citations = vec![a, b, c];
    doc.references.push(reference(
        "b1",
        Some(1),
        Span::new(60, 70),
        CslItem::default(),
    ));
    let g = Graph::build(&doc, View::Sources, "dup.txt");
    assert_eq!(ids(&g)[..3], ["doc", "fn:1", "fn:1-2"]);
    let cites: Vec<_> = edges(&g).into_iter().filter(|e| e.2 == "cites").collect();
    assert_eq!(
        cites,
        [
            e("fn:1", "ref:b1", "cites", 1),
            e("fn:1-2", "ref:b1", "cites", 2)
        ]
    );
}

#[test]
fn notes_numbered_per_chapter_are_told_apart_by_chapter() {
    let g = Graph::build(
        &fixture("book_endnotes_en.txt"),
        View::Sources,
        "book_endnotes_en.txt",
    );
    let notes: Vec<&str> = ids(&g)
        .into_iter()
        .filter(|id| id.starts_with("fn:"))
        .collect();
    assert_eq!(
        notes,
        [
            "fn:1.1", "fn:1.2", "fn:1.3", "fn:1.4", "fn:1.5", "fn:1.6", "fn:2.1", "fn:2.2",
            "fn:2.3", "fn:3.1", "fn:3.2", "fn:3.3", "fn:3.4", "fn:3.5"
        ]
    );
    let label = g.nodes().find(|n| n.id == "fn:3.4").unwrap().label.clone();
    assert_eq!(label, "chapter 3, note 4");
    // Note 4 of chapter 3 (`Derrida, supra note 2`) cites Derrida (b2);
    // note 4 of chapter 1 cites Guha (b4).
    let cites: BTreeSet<(String, String)> = edges(&g)
        .into_iter()
        .filter(|e| e.2 == "cites")
        .map(|e| (e.0, e.1))
        .collect();
    assert!(cites.contains(&("fn:3.4".into(), "ref:b2".into())));
    assert!(cites.contains(&("fn:1.4".into(), "ref:b4".into())));
    assert!(!cites.contains(&("fn:1.4".into(), "ref:b2".into())));
}

#[test]
fn sources_edges_collect_distinct_locators() {
    let mut doc = empty_document();
    doc.footnotes = vec![footnote(1, Span::new(0, 60), "x")];
    for (i, page) in ["5", "9", "5"].iter().enumerate() {
        let mut c = citation(
            &format!("c{}", i + 1),
            Some(1),
            Span::new(3 + i * 10, 10 + i * 10),
            "x",
        );
        c.reference = Some("b1".into());
        c.locator = Some(opcit::model::Locator {
            label: "page".into(),
            value: (*page).into(),
            ..Default::default()
        });
        doc.citations.push(c);
    }
    doc.references.push(reference(
        "b1",
        Some(1),
        Span::new(70, 80),
        CslItem::default(),
    ));
    let g = Graph::build(&doc, View::Sources, "x");
    let out = g.outgoing("fn:1");
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].edge.weight, 3);
    assert_eq!(out[0].edge.locator.as_deref(), Some("5, 9"));
}

#[test]
fn the_bundled_paper_gives_a_well_formed_graph_in_both_views() {
    let doc = fixture(PAPER);
    for view in [View::Full, View::Sources] {
        let g = Graph::build(&doc, view, PAPER);
        let all: Vec<&str> = ids(&g);
        let unique: BTreeSet<&str> = all.iter().copied().collect();
        assert_eq!(all.len(), unique.len(), "node ids are unique");
        assert_eq!(g.node_count(), all.len());
        let pairs: BTreeSet<(String, String)> = g
            .edges()
            .map(|e| (e.source.id.clone(), e.target.id.clone()))
            .collect();
        assert_eq!(pairs.len(), g.edge_count(), "at most one edge per pair");
        assert_eq!(
            g.nodes().filter(|n| n.kind == NodeKind::Footnote).count(),
            doc.footnotes.len()
        );
        assert_eq!(
            g.nodes().filter(|n| n.kind == NodeKind::Reference).count(),
            doc.references.len()
        );
        // Every node but the document hangs off something or points somewhere.
        for n in g.nodes().filter(|n| n.kind != NodeKind::Document) {
            let linked = g
                .edges()
                .any(|e| e.source.id == n.id || e.target.id == n.id);
            assert!(
                linked || n.kind == NodeKind::Reference,
                "{} is isolated",
                n.id
            );
        }
        // Every resolved citation is counted exactly once.
        let resolved = doc
            .citations
            .iter()
            .filter(|c| c.reference.is_some())
            .count();
        let cites = g.edges().filter(|e| e.edge.kind == EdgeKind::Cites);
        let counted: u32 = cites.map(|e| e.edge.weight).sum();
        assert_eq!(counted as usize, resolved, "{:?}", view);
        // Authors and venues only receive edges from references.
        for e in g.edges() {
            if matches!(e.target.kind, NodeKind::Author | NodeKind::Venue) {
                assert_eq!(e.source.kind, NodeKind::Reference);
            }
        }
        if view == View::Full {
            let back = doc
                .citations
                .iter()
                .filter(|c| c.antecedent.is_some())
                .count();
            let drawn = g
                .edges()
                .filter(|e| e.edge.kind == EdgeKind::RefersBack)
                .count();
            assert_eq!(back, drawn);
            // Every dangling or ambiguous citation is visibly defective.
            for c in &doc.citations {
                if matches!(c.status, Some(Status::Dangling | Status::Ambiguous)) {
                    assert!(
                        g.node(&format!("c:{}", c.id)).unwrap().is_defective(),
                        "{}",
                        c.id
                    );
                }
            }
        }
        // Every diagnostic that names a citation or an entry lands on a node.
        let marked: BTreeMap<Code, usize> =
            g.nodes()
                .flat_map(|n| n.defects.clone())
                .fold(BTreeMap::new(), |mut m, c| {
                    *m.entry(c).or_default() += 1;
                    m
                });
        for d in &doc.diagnostics {
            assert!(marked.contains_key(&d.code), "{} is on no node", d.code);
        }
    }
}

#[test]
fn the_same_document_gives_the_same_graph() {
    let doc = fixture(PAPER);
    let a = Graph::build(&doc, View::Full, PAPER);
    let b = Graph::build(&fixture(PAPER), View::Full, PAPER);
    assert_eq!(ids(&a), ids(&b));
    assert_eq!(edges(&a), edges(&b));
}

/// Three papers in three styles (Chicago notes, APA author-date, Korean
/// notes) that cite some of the same works, written differently: each work
/// becomes one source node, papers link to what they cite with the number
/// of their citations, and papers that share works are linked.
#[test]
fn corpus_merges_the_same_work_across_papers_and_links_the_papers() {
    let mut b = opcit::corpus::CorpusBuilder::new();
    for name in [
        "corpus/a_chicago_en.txt",
        "corpus/b_apa_en.txt",
        "corpus/c_notes_ko.txt",
    ] {
        b.add(name, &fixture(name));
    }
    let g = Graph::corpus(&b.finish(), "corpus");
    assert_eq!(g.view(), View::Corpus);
    let sources: Vec<(&str, Option<&str>, Option<u32>)> = g
        .nodes()
        .filter(|n| n.kind == NodeKind::Reference)
        .map(|n| (n.id.as_str(), n.title.as_deref(), n.papers))
        .collect();
    // Sources in key order: cha, waltz, walt, 김철수.
    assert_eq!(
        sources,
        vec![
            (
                "source:s1",
                Some("Powerplay: The origins of the American alliance system in Asia"),
                Some(2)
            ),
            (
                "source:s2",
                Some("Theory of International Politics"),
                Some(2)
            ),
            ("source:s3", Some("The Origins of Alliances"), Some(2)),
            ("source:s4", Some("한미동맹의 정치학"), Some(1)),
        ]
    );
    assert_eq!(
        edges(&g),
        vec![
            // Paper 1 cites Waltz three times (full, short title, ibid.), Walt once.
            e("paper:p1", "source:s2", "cites", 3),
            e("paper:p1", "source:s3", "cites", 1),
            e("paper:p2", "source:s1", "cites", 1),
            e("paper:p2", "source:s2", "cites", 1),
            e("paper:p2", "source:s3", "cites", 1),
            e("paper:p3", "source:s1", "cites", 1),
            e("paper:p3", "source:s4", "cites", 1),
            // Papers 1 and 2 share Waltz and Walt; papers 2 and 3 share Cha.
            e("paper:p1", "paper:p2", "shares-sources", 2),
            e("paper:p2", "paper:p3", "shares-sources", 1),
        ]
    );
    let p1 = g.node("paper:p1").unwrap();
    assert_eq!(p1.kind, NodeKind::Document);
    assert_eq!(p1.label, "a_chicago_en.txt");
    assert!(g.edges().any(|e| e.edge.kind == EdgeKind::SharesSources));
}
