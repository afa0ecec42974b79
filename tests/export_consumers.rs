//! Every export format fed to the program that really reads it: Graphviz
//! (`dot -Tsvg`), networkx (node-link JSON, GraphML, GEXF), Cytoscape.js,
//! a JSON Graph Format v2 schema check, citeproc-py (CSL-JSON), citation.js
//! (CSL-JSON, BibTeX, RIS), bibtexparser and rispy.
//!
//! The readers are driven through the small scripts in tests/consumers/.
//! A test whose reader is not installed prints why and passes, unless the
//! environment variable CI is set, where a missing reader fails the test:
//! `.ci/install-consumers.sh` installs them all.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "export_support/mod.rs"]
mod support;

use opcit::export::{bibtex, csl_json, cytoscape, dot, gexf, graphml, jgf, node_link, ris};
use opcit::graph::{Graph, View};
use opcit::model::Document;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::*;

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}

fn consumers_dir() -> PathBuf {
    root().join("tests").join("consumers")
}

fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".into())
}

/// Whether a reader is there. When it is not: fail under CI, else say so
/// on the terminal (past the test harness's capture) and skip.
fn available(what: &str, probe: &mut Command) -> bool {
    let ok = probe.output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !in_ci(),
            "{what} is not installed, and CI needs it: run .ci/install-consumers.sh"
        );
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: {what} is not installed (run .ci/install-consumers.sh to install it)"
        );
    }
    ok
}

fn has_python_module(module: &str) -> bool {
    available(
        &format!("the Python module `{module}`"),
        Command::new(python()).args(["-c", &format!("import {module}")]),
    )
}

fn has_node_package(package: &str) -> bool {
    available(
        &format!("the npm package `{package}` (npm ci in tests/consumers)"),
        Command::new("node")
            .current_dir(consumers_dir())
            .args(["-e", &format!("require.resolve('{package}')")]),
    )
}

/// Runs a consumer and parses the JSON it prints.
fn run_json(cmd: &mut Command) -> Value {
    let out = cmd
        .current_dir(consumers_dir())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{cmd:?} printed no JSON ({e}):\n{}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// Where the outputs go: a fresh temporary directory, or the directory
/// named by OPCIT_KEEP_EXPORTS to look at them afterwards.
struct OutDir {
    _tmp: Option<tempfile::TempDir>,
    path: PathBuf,
}

impl OutDir {
    fn new() -> Self {
        if let Some(keep) = std::env::var_os("OPCIT_KEEP_EXPORTS") {
            let path = PathBuf::from(keep);
            std::fs::create_dir_all(&path).unwrap();
            return OutDir { _tmp: None, path };
        }
        let tmp = tempfile::tempdir().unwrap();
        OutDir {
            path: tmp.path().to_path_buf(),
            _tmp: Some(tmp),
        }
    }

    fn path(&self) -> &Path {
        &self.path
    }
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// The documents every consumer reads: the bundled paper, a small paper,
/// a book's endnotes, a paper citing editions, and the hostile one.
fn documents() -> Vec<(&'static str, Document)> {
    vec![
        ("paper", paper()),
        ("notes", fixture("graph_notes.txt")),
        ("book", fixture("book_endnotes_en.txt")),
        ("editions", fixture("editions_en.txt")),
        ("hostile", hostile_document()),
    ]
}

fn graphs() -> Vec<(String, Graph)> {
    let mut out = Vec::new();
    for (name, doc) in documents() {
        for view in [View::Sources, View::Full] {
            let label = format!("{name}-{}", view.as_str());
            let g = Graph::build(&doc, view, &format!("{name} \"]; x -> y; [ </graph>.txt"));
            out.push((label, g));
        }
    }
    // The cross-paper network of three papers and the hostile document.
    let mut corpus = opcit::corpus::CorpusBuilder::new();
    for name in [
        "corpus/a_chicago_en.txt",
        "corpus/b_apa_en.txt",
        "corpus/c_notes_ko.txt",
    ] {
        corpus.add(name, &fixture(name));
    }
    corpus.add("hostile \"]; x -> y; [ </graph>.txt", &hostile_document());
    out.push((
        "corpus".to_string(),
        Graph::corpus(&corpus.finish(), "corpus \"]; x -> y; [ </graph>"),
    ));
    out
}

fn labels(g: &Graph) -> BTreeMap<String, String> {
    g.nodes().map(|n| (n.id.clone(), n.label.clone())).collect()
}

fn edge_triples(g: &Graph) -> Vec<(String, String, String)> {
    g.edges()
        .map(|e| {
            (
                e.source.id.clone(),
                e.target.id.clone(),
                e.edge.kind.as_str().to_string(),
            )
        })
        .collect()
}

#[test]
fn graphviz_renders_every_dot_output() {
    if !available("Graphviz (`dot`)", Command::new("dot").arg("-V")) {
        return;
    }
    let dir = OutDir::new();
    for (name, g) in graphs() {
        let path = write(dir.path(), &format!("{name}.dot"), &dot::render(&g));
        let out = Command::new("dot")
            .arg("-Tsvg")
            .arg(&path)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{name}: dot failed: {stderr}");
        assert!(!stderr.contains("rror"), "{name}: {stderr}");
        let svg = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            svg.matches("class=\"node\"").count(),
            g.node_count(),
            "{name}"
        );
        assert_eq!(
            svg.matches("class=\"edge\"").count(),
            g.edge_count(),
            "{name}"
        );
        if name.starts_with("hostile") {
            assert!(svg.contains("한국어") && svg.contains("Русский"), "{name}");
            // Node titles are the ids; an injected `x` or `y` would be a node.
            assert!(!svg.contains("<title>x</title>") && !svg.contains("<title>y</title>"));
        }
    }
}

#[test]
fn networkx_reads_node_link_json_graphml_and_gexf() {
    if !has_python_module("networkx") {
        return;
    }
    let dir = OutDir::new();
    for (name, g) in graphs() {
        let want_labels = labels(&g);
        let want_edges = edge_triples(&g);
        for (format, ext, text) in [
            ("node-link", "json", node_link::render(&g)),
            ("graphml", "graphml", graphml::render(&g)),
            ("gexf", "gexf", gexf::render(&g)),
        ] {
            let path = write(dir.path(), &format!("{name}.{ext}"), &text);
            let got = run_json(
                Command::new(python())
                    .arg("read_graph.py")
                    .arg(format)
                    .arg(&path),
            );
            let what = format!("{name} as {format}");
            assert_eq!(got["directed"], true, "{what}");
            assert_eq!(got["multigraph"], false, "{what}");
            let nodes = got["nodes"].as_object().unwrap();
            let got_labels: BTreeMap<String, String> = nodes
                .iter()
                .map(|(k, v)| (k.clone(), v["label"].as_str().unwrap_or("").to_string()))
                .collect();
            let expected: BTreeMap<String, String> = if format == "node-link" {
                want_labels.clone()
            } else {
                // XML cannot carry NUL or ESC at all; everything else survives.
                want_labels
                    .iter()
                    .map(|(k, v)| (k.clone(), xml_kept(v)))
                    .collect()
            };
            assert_eq!(got_labels, expected, "{what}");
            let got_edges: Vec<(String, String, String)> = got["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        e[0].as_str().unwrap().to_string(),
                        e[1].as_str().unwrap().to_string(),
                        e[2]["kind"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            let mut sorted_want = want_edges.clone();
            let mut sorted_got = got_edges;
            sorted_want.sort();
            sorted_got.sort();
            assert_eq!(sorted_got, sorted_want, "{what}");
            // Typed attributes come back typed.
            if let Some(n) = g.nodes().find(|n| n.number.is_some()) {
                assert!(
                    nodes[&n.id]["number"].is_i64(),
                    "{what}: number is not an integer"
                );
                assert!(
                    nodes[&n.id]["defective"].is_boolean(),
                    "{what}: defective is not a boolean"
                );
            }
            if let Some(n) = g.nodes().find(|n| n.score.is_some()) {
                assert!(
                    nodes[&n.id]["score"].is_f64(),
                    "{what}: score is not a number"
                );
            }
        }
    }
}

#[test]
fn cytoscape_js_loads_the_elements_and_lays_them_out() {
    if !available("Node.js", Command::new("node").arg("--version"))
        || !has_node_package("cytoscape")
    {
        return;
    }
    let dir = OutDir::new();
    for (name, g) in graphs() {
        let path = write(dir.path(), &format!("{name}.cyjs"), &cytoscape::render(&g));
        let got = run_json(Command::new("node").arg("read_cytoscape.mjs").arg(&path));
        let got_labels: BTreeMap<String, String> = got["nodes"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
            .collect();
        assert_eq!(got_labels, labels(&g), "{name}");
        let got_edges: Vec<(String, String, String)> =
            serde_json::from_value(got["edges"].clone()).unwrap();
        assert_eq!(got_edges, edge_triples(&g), "{name}");
        let defective: BTreeSet<String> = serde_json::from_value(got["defective"].clone()).unwrap();
        let want: BTreeSet<String> = g
            .nodes()
            .filter(|n| n.is_defective())
            .map(|n| n.id.clone())
            .collect();
        assert_eq!(defective, want, "{name}");
        let roots: Vec<String> = serde_json::from_value(got["roots"].clone()).unwrap();
        // The paper (the first paper of a corpus) is where the layout starts.
        let root = if name == "corpus" { "paper:p1" } else { "doc" };
        assert!(roots.contains(&root.to_string()), "{name}");
    }
}

#[test]
fn json_graph_format_output_validates_against_the_v2_schema() {
    if !has_python_module("jsonschema") {
        return;
    }
    let dir = OutDir::new();
    for (name, g) in graphs() {
        let path = write(dir.path(), &format!("{name}.jgf.json"), &jgf::render(&g));
        let got = run_json(Command::new(python()).arg("check_jgf.py").arg(&path));
        let got_labels: BTreeMap<String, String> =
            serde_json::from_value(got["nodes"].clone()).unwrap();
        assert_eq!(got_labels, labels(&g), "{name}");
        let got_edges: Vec<(String, String, String)> =
            serde_json::from_value(got["edges"].clone()).unwrap();
        assert_eq!(got_edges, edge_triples(&g), "{name}");
    }
}

#[test]
fn citeproc_py_renders_the_csl_json_bibliography() {
    if !has_python_module("citeproc") {
        return;
    }
    let dir = OutDir::new();
    for (name, doc) in documents() {
        let path = write(dir.path(), &format!("{name}.json"), &csl_json::render(&doc));
        let got = run_json(Command::new(python()).arg("render_csl.py").arg(&path));
        let entries: Vec<String> = serde_json::from_value(got["entries"].clone()).unwrap();
        assert_eq!(entries.len(), doc.references.len(), "{name}");
        assert!(entries.iter().all(|e| !e.trim().is_empty()), "{name}");
        let all = entries.join("\n");
        match name {
            "notes" => {
                assert!(all.contains("Theory of International Politics"), "{all}");
                assert!(all.contains("Waltz") && all.contains("1979"), "{all}");
            }
            "hostile" => {
                assert!(
                    all.contains("한국어 제목") && all.contains("Русский заголовок"),
                    "{all}"
                );
            }
            // A numbered edition is rendered as the style's ordinal, one in
            // words as written.
            "editions" => {
                assert!(all.contains("Archives of Empire. 2nd ed."), "{all}");
                assert!(all.contains("The Colonial Record. Rev. ed."), "{all}");
            }
            _ => {}
        }
    }
}

/// Titles as a reader of a format that puts values on one line sees them.
fn one_line(s: &str) -> String {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect()
}

#[test]
fn citation_js_reads_csl_json_bibtex_and_ris() {
    if !available("Node.js", Command::new("node").arg("--version"))
        || !has_node_package("@citation-js/core")
    {
        return;
    }
    let dir = OutDir::new();
    for (name, doc) in documents() {
        let titles: Vec<Option<String>> = doc
            .references
            .iter()
            .map(|r| r.fields.title.clone())
            .collect();
        for (mode, ext, text) in [
            ("csl", "json", csl_json::render(&doc)),
            ("bibtex", "bib", bibtex::render(&doc)),
            ("ris", "ris", ris::render(&doc)),
        ] {
            let path = write(dir.path(), &format!("{name}.{ext}"), &text);
            let got = run_json(
                Command::new("node")
                    .arg("citation_js.mjs")
                    .arg(mode)
                    .arg(&path),
            );
            let what = format!("{name} as {mode}");
            assert_eq!(got["count"], doc.references.len(), "{what}");
            let got_titles: Vec<Option<String>> =
                serde_json::from_value(got["titles"].clone()).unwrap();
            for (want, got) in titles.iter().zip(&got_titles) {
                let Some(want) = want else { continue };
                let got = got
                    .as_deref()
                    .unwrap_or_else(|| panic!("{what}: a title was lost"));
                match mode {
                    "csl" => assert_eq!(got, want, "{what}"),
                    // BibTeX goes through LaTeX escapes and back.
                    _ => assert_eq!(got, one_line(want), "{what}"),
                }
            }
            let bibliography = got["bibliography"].as_str().unwrap_or("");
            assert!(!bibliography.trim().is_empty(), "{what}");
        }
    }
}

#[test]
fn bibtexparser_reads_the_bibtex_back() {
    if !has_python_module("bibtexparser.middlewares") {
        return;
    }
    let dir = OutDir::new();
    for (name, doc) in documents() {
        let path = write(dir.path(), &format!("{name}.bib"), &bibtex::render(&doc));
        let got = run_json(Command::new(python()).arg("read_bibtex.py").arg(&path));
        assert_eq!(got["failed"], serde_json::json!([]), "{name}");
        let entries = got["entries"].as_array().unwrap();
        assert_eq!(entries.len(), doc.references.len(), "{name}");
        let keys: Vec<&str> = entries.iter().map(|e| e["key"].as_str().unwrap()).collect();
        assert_eq!(keys, bibtex::keys(&doc), "{name}");
        for (e, r) in entries.iter().zip(&doc.references) {
            assert_eq!(e["type"], bibtex::entry_type(&r.fields), "{name}");
            assert_eq!(
                e["fields"]["edition"].as_str(),
                r.fields.edition.as_deref(),
                "{name}"
            );
            let (Some(want), Some(got)) = (&r.fields.title, e["fields"]["title"].as_str()) else {
                continue;
            };
            // pylatexenc reads `\textasciicircum{}` as the modifier letter `ˆ`.
            assert_eq!(got.replace('ˆ', "^"), one_line(want), "{name}");
        }
    }
}

#[test]
fn rispy_reads_the_ris_back() {
    if !has_python_module("rispy") {
        return;
    }
    let dir = OutDir::new();
    for (name, doc) in documents() {
        let path = write(dir.path(), &format!("{name}.ris"), &ris::render(&doc));
        let got = run_json(Command::new(python()).arg("read_ris.py").arg(&path));
        let entries = got["entries"].as_array().unwrap();
        assert_eq!(entries.len(), doc.references.len(), "{name}");
        for (e, r) in entries.iter().zip(&doc.references) {
            assert_eq!(e["type_of_reference"], ris::ris_type(&r.fields), "{name}");
            assert_eq!(e["edition"].as_str(), r.fields.edition.as_deref(), "{name}");
            if let Some(t) = &r.fields.title {
                assert_eq!(e["title"], one_line(t), "{name}");
            }
            let authors: Vec<String> = e["authors"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|v| v.as_str().unwrap_or("").to_string())
                        .collect()
                })
                .unwrap_or_default();
            assert_eq!(authors.len(), r.fields.author.len(), "{name}: {authors:?}");
            // Editors as secondary, translators as subsidiary authors.
            for (key, people) in [
                ("secondary_authors", &r.fields.editor),
                ("subsidiary_authors", &r.fields.translator),
            ] {
                let got = e[key].as_array().map_or(0, Vec::len);
                assert_eq!(got, people.len(), "{name}: {key}");
            }
        }
    }
}
