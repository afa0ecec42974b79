//! Every graph and reference format, checked without outside tools:
//! escaping under hostile text, determinism, and the node-link schema.
//! (tests/export_consumers.rs feeds the same outputs to the real readers.)

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "export_support/mod.rs"]
mod support;

use opcit::export::{bibtex, csl_json, cytoscape, dot, gexf, graphml, jgf, node_link, ris};
use opcit::graph::{Graph, View};
use serde_json::Value;
use support::*;

fn all_graph_formats(g: &Graph) -> Vec<(&'static str, String)> {
    vec![
        ("dot", dot::render(g)),
        ("json", node_link::render(g)),
        ("cytoscape", cytoscape::render(g)),
        ("jgf", jgf::render(g)),
        ("graphml", graphml::render(g)),
        ("gexf", gexf::render(g)),
    ]
}

/// Splits DOT into tokens outside quoted strings, checking that every
/// string is closed and holds no raw line break.
fn dot_tokens(s: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut chars = s.chars().peekable();
    let mut word = String::new();
    while let Some(c) = chars.next() {
        if c == '"' {
            let mut closed = false;
            while let Some(d) = chars.next() {
                match d {
                    '\\' => {
                        let next = chars.next();
                        assert!(next.is_some(), "string ends in a backslash");
                    }
                    '"' => {
                        closed = true;
                        break;
                    }
                    '\n' | '\r' => panic!("raw line break inside a DOT string"),
                    _ => {}
                }
            }
            assert!(closed, "unterminated DOT string");
            tokens.push("\"…\"".into());
            continue;
        }
        if c.is_alphanumeric() || c == '_' || c == '.' || c == '#' {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            tokens.push(std::mem::take(&mut word));
        }
        if c == '-' && chars.peek() == Some(&'>') {
            chars.next();
            tokens.push("->".into());
        } else if !c.is_whitespace() {
            tokens.push(c.to_string());
        }
    }
    tokens
}

#[test]
fn hostile_text_cannot_break_out_of_dot() {
    let g = Graph::build(&hostile_document(), View::Full, "evil\"]; a -> b; [.txt");
    let out = dot::render(&g);
    let tokens = dot_tokens(&out);
    let arrows = tokens.iter().filter(|t| *t == "->").count();
    assert_eq!(arrows, g.edge_count());
    // Statements: one per node and edge, plus the three defaults.
    let semis = tokens.iter().filter(|t| *t == ";").count();
    assert!(semis >= g.node_count() + g.edge_count() + 3);
    assert!(!out.contains('\u{0}') && !out.contains('\u{1b}'));
    assert!(out.contains("한국어") && out.contains("Русский"));
    // Backslashes and line breaks survive as escapes.
    assert!(out.contains("Back\\\\slash"));
    assert!(out.contains("line one\\nline two"));
}

#[test]
fn hostile_text_survives_every_json_format_exactly() {
    let g = Graph::build(&hostile_document(), View::Full, "evil.txt");
    let labels: Vec<(String, String)> =
        g.nodes().map(|n| (n.id.clone(), n.label.clone())).collect();
    let nl: Value = serde_json::from_str(&node_link::render(&g)).unwrap();
    let cy: Value = serde_json::from_str(&cytoscape::render(&g)).unwrap();
    let jg: Value = serde_json::from_str(&jgf::render(&g)).unwrap();
    let nl_nodes = nl["nodes"].as_array().unwrap();
    let cy_nodes = cy["elements"]["nodes"].as_array().unwrap();
    let jg_nodes = jg["graph"]["nodes"].as_object().unwrap();
    assert_eq!(nl_nodes.len(), labels.len());
    assert_eq!(cy_nodes.len(), labels.len());
    assert_eq!(jg_nodes.len(), labels.len());
    for (i, (id, label)) in labels.iter().enumerate() {
        assert_eq!(nl_nodes[i]["id"], id.as_str());
        assert_eq!(nl_nodes[i]["label"], label.as_str());
        assert_eq!(cy_nodes[i]["data"]["id"], id.as_str());
        assert_eq!(cy_nodes[i]["data"]["label"], label.as_str());
        assert_eq!(jg_nodes[id.as_str()]["label"], label.as_str());
    }
    // JGF keeps graph order in its node object.
    let raw = jgf::render(&g);
    let at: Vec<usize> = labels
        .iter()
        .map(|(id, _)| {
            raw.find(&format!(
                "\n      {}: {{",
                serde_json::to_string(id).unwrap()
            ))
            .unwrap()
        })
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "JGF nodes out of graph order"
    );
    let titles: Vec<Value> = serde_json::from_str::<Value>(&csl_json::render(&hostile_document()))
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].clone())
        .collect();
    for (i, t) in HOSTILE.iter().enumerate() {
        assert_eq!(titles[i], *t);
    }
}

#[test]
fn hostile_text_cannot_open_or_close_xml_elements() {
    let g = Graph::build(&hostile_document(), View::Full, "evil</graph>.txt");
    for (name, out) in [("graphml", graphml::render(&g)), ("gexf", gexf::render(&g))] {
        assert_eq!(out.matches("<node ").count(), g.node_count(), "{name}");
        assert_eq!(out.matches("</node>").count(), g.node_count(), "{name}");
        assert_eq!(out.matches("<edge ").count(), g.edge_count(), "{name}");
        assert_eq!(out.matches("</graph>").count(), 1, "{name}");
        assert!(!out.contains("id=\"evil\""), "{name}");
        for c in out.chars() {
            assert!(
                !c.is_control() || c == '\n',
                "{name} has a raw control character {c:?}"
            );
        }
        assert!(out.contains("한국어") && out.contains("Русский"), "{name}");
        assert!(
            out.contains("line one&#10;line two&#13;&#10;line three"),
            "{name}"
        );
        assert!(out.contains("Back\\slash"), "{name}");
    }
}

#[test]
fn hostile_text_cannot_end_a_bibtex_field_or_entry() {
    let doc = hostile_document();
    let out = bibtex::render(&doc);
    let entries: Vec<&str> = out.split("\n\n").filter(|e| !e.trim().is_empty()).collect();
    assert_eq!(entries.len(), doc.references.len());
    for e in &entries {
        assert!(e.starts_with('@'));
        // Braces balance once escaped ones are set aside, and no `@` stands
        // outside a field value.
        let mut depth = 0i32;
        let mut prev = ' ';
        for (i, c) in e.chars().enumerate() {
            if prev != '\\' {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    '@' => assert!(i == 0 || depth > 1, "{e}"),
                    _ => {}
                }
                assert!(depth >= 0, "{e}");
            }
            prev = c;
        }
        assert_eq!(depth, 0, "{e}");
        assert!(!e.contains('\u{0}') && !e.contains('\u{1b}'));
    }
    assert!(out.contains("\\{braces\\} 50\\% \\$x\\$ \\#1 a\\_b"));
    assert!(out.contains("한국어 제목") && out.contains("Русский заголовок"));
    let keys = bibtex::keys(&doc);
    let unique: std::collections::BTreeSet<&String> = keys.iter().collect();
    assert_eq!(unique.len(), keys.len());
}

#[test]
fn hostile_text_cannot_start_a_ris_tag() {
    let doc = hostile_document();
    let out = ris::render(&doc);
    for line in out.split("\r\n").filter(|l| !l.is_empty()) {
        let b = line.as_bytes();
        assert!(
            b.len() >= 6
                && b[0].is_ascii_uppercase()
                && b[1].is_ascii_alphanumeric()
                && &b[2..6] == b"  - ",
            "not a RIS tag line: {line:?}"
        );
    }
    assert_eq!(out.matches("\r\nTY  - ").count() + 1, doc.references.len());
    assert_eq!(out.matches("ER  - \r\n").count(), doc.references.len());
    assert!(out.contains("TI  - line one line two line three"));
    assert!(out.contains("AU  - 김, 철수") && out.contains("AU  - Иванов, Иван"));
}

#[test]
fn the_same_input_gives_byte_identical_output_in_every_format() {
    let a = fixture("graph_notes.txt");
    let b = fixture("graph_notes.txt");
    for view in [View::Full, View::Sources] {
        let ga = Graph::build(&a, view, "graph_notes.txt");
        let gb = Graph::build(&b, view, "graph_notes.txt");
        assert_eq!(all_graph_formats(&ga), all_graph_formats(&gb));
    }
    assert_eq!(bibtex::render(&a), bibtex::render(&b));
    assert_eq!(ris::render(&a), ris::render(&b));
    assert_eq!(csl_json::render(&a), csl_json::render(&b));
}

#[test]
fn node_link_json_has_the_documented_shape() {
    let mut doc = empty_document();
    doc.footnotes = vec![footnote(
        1,
        opcit::source::Span::new(0, 30),
        "1) Waltz, Theory, p. 5.",
    )];
    let mut c = citation(
        "c1",
        Some(1),
        opcit::source::Span::new(3, 24),
        "Waltz, Theory, p. 5.",
    );
    c.reference = Some("b1".into());
    c.status = Some(opcit::model::Status::Resolved);
    c.locator = Some(opcit::model::Locator {
        label: "page".into(),
        value: "5".into(),
        ..Default::default()
    });
    doc.citations.push(c);
    doc.references.push(reference(
        "b1",
        Some(1),
        opcit::source::Span::new(40, 90),
        opcit::model::CslItem {
            kind: "book".into(),
            title: Some("Theory".into()),
            author: vec![person("Waltz", "Kenneth")],
            publisher: Some("Addison-Wesley".into()),
            issued: Some(opcit::model::CslDate::new(1979, None, None, None)),
            ..Default::default()
        },
    ));
    let g = Graph::build(&doc, View::Sources, "t.txt");
    let expected = serde_json::json!({
        "directed": true,
        "multigraph": false,
        "graph": {"name": "t.txt", "view": "sources", "generator": node_link::GENERATOR},
        "nodes": [
            {"id": "doc", "kind": "document", "label": "t.txt", "style": "mixed", "defective": false},
            {"id": "fn:1", "kind": "footnote", "label": "note 1", "text": "1) Waltz, Theory, p. 5.",
             "number": 1, "defective": false, "start": 0, "end": 30},
            {"id": "ref:b1", "kind": "reference", "label": "Waltz 1979: Theory", "text": "Theory",
             "title": "Theory", "year": 1979, "csl_type": "book", "bibliography_index": 1,
             "in_bibliography": true, "cited": 1, "defective": false, "start": 40, "end": 90},
            {"id": "author:waltz-k", "kind": "author", "label": "Waltz, Kenneth", "cited": 1,
             "defective": false},
            {"id": "venue:addisonwesley", "kind": "venue", "label": "Addison-Wesley", "cited": 1,
             "defective": false}
        ],
        "edges": [
            {"id": "e1", "source": "doc", "target": "fn:1", "kind": "contains", "weight": 1},
            {"id": "e2", "source": "fn:1", "target": "ref:b1", "kind": "cites", "weight": 1,
             "locator": "5", "locator_label": "page"},
            {"id": "e3", "source": "ref:b1", "target": "author:waltz-k", "kind": "authored-by",
             "weight": 1, "position": 1},
            {"id": "e4", "source": "ref:b1", "target": "venue:addisonwesley", "kind": "published-in",
             "weight": 1, "role": "publisher"}
        ]
    });
    let got: Value = serde_json::from_str(&node_link::render(&g)).unwrap();
    assert_eq!(got, expected);
}

#[test]
fn dot_marks_defects_in_red_and_keeps_labels_short() {
    let g = Graph::build(&hostile_document(), View::Sources, "evil.txt");
    let out = dot::render(&g);
    let uncited = out
        .lines()
        .find(|l| l.contains("\"ref:b14\" ["))
        .expect("the uncited entry is drawn");
    assert!(uncited.contains("color=\"#d62728\""), "{uncited}");
    assert!(uncited.contains("[uncited-reference]"), "{uncited}");
    assert!(out.contains("subgraph \"cluster_notes\""));
    assert!(out.contains("subgraph \"cluster_bibliography\""));
    for line in out.lines().filter(|l| l.contains(" [label=\"")) {
        let label = line
            .split(" [label=\"")
            .nth(1)
            .unwrap()
            .split("\", ")
            .next()
            .unwrap();
        for part in label.split("\\n") {
            assert!(part.chars().count() <= dot::LABEL_WIDTH + 40, "{part}");
        }
    }
}

#[test]
fn archival_sources_keep_their_archive_and_shelfmark_in_ris_bibtex_and_csl() {
    let doc = fixture("archivquellen_de.txt");
    let out = ris::render(&doc);
    let record = out
        .split("ER  - \r\n")
        .find(|r| r.contains("TI  - Reichskanzlei"))
        .unwrap();
    assert!(record.starts_with("TY  - MANSCPT\r\n"), "{record}");
    assert!(
        record.contains("AV  - Bundesarchiv, R 43 I\r\n"),
        "{record}"
    );
    let bib = bibtex::render(&doc);
    assert!(bib.contains("note = {Bundesarchiv, R 43 I}"), "{bib}");
    let csl: Value = serde_json::from_str(&csl_json::render(&doc)).unwrap();
    let item = csl
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["title"] == "Reichskanzlei")
        .unwrap();
    assert_eq!(item["type"], "manuscript");
    assert_eq!(item["archive"], "Bundesarchiv");
    assert_eq!(item["archive_location"], "R 43 I");
}

#[test]
fn a_books_extent_and_isbn_and_a_papers_number_reach_ris_and_bibtex() {
    let doc = fixture("poznamky_cs.txt");
    let out = ris::render(&doc);
    let record = out
        .split("ER  - \r\n")
        .find(|r| r.contains("TI  - Antonín Švehla"))
        .unwrap();
    assert!(record.contains("SP  - 352\r\n"), "{record}");
    assert!(record.contains("SN  - 80-7203-314-8\r\n"), "{record}");
    let bib = bibtex::render(&doc);
    assert!(bib.contains("pagetotal = {352}"), "{bib}");
    assert!(bib.contains("isbn = {80-7203-314-8}"), "{bib}");

    let doc = fixture("press_parliament_en.txt");
    let out = ris::render(&doc);
    let record = out
        .split("ER  - \r\n")
        .find(|r| r.contains("TI  - Report of the Committee on National Expenditure"))
        .unwrap();
    assert!(record.contains("M1  - 3920\r\n"), "{record}");
    let bib = bibtex::render(&doc);
    let entry = bib
        .split("\n@")
        .find(|e| e.contains("Report of the Committee on National Expenditure"))
        .unwrap();
    assert!(entry.contains("number = {3920}"), "{entry}");
}
