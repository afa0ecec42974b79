//! `opcit graph` and `opcit refs` on the command line: formats from
//! extensions, atomic `-o`, refusing to overwrite the input, exit codes,
//! help that teaches.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn opcit() -> Command {
    Command::new(env!("CARGO_BIN_EXE_opcit"))
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

fn run(args: &[&str], dir: &Path) -> Output {
    opcit().args(args).current_dir(dir).output().unwrap()
}

/// A temporary directory holding a copy of the small notes fixture.
fn workdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("graph_notes.txt"), dir.path().join("paper.txt")).unwrap();
    dir
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn the_output_extension_picks_the_format() {
    let dir = workdir();
    let cases = [
        ("graph", "out.dot", "digraph \"opcit\" {"),
        ("graph", "out.gv", "digraph \"opcit\" {"),
        ("graph", "out.json", "\"multigraph\": false"),
        ("graph", "out.cyjs", "\"elements\""),
        ("graph", "out.jgf", "\"graph\": {"),
        ("graph", "out.jgf.json", "\"type\": \"opcit-sources\""),
        ("graph", "out.graphml", "<graphml xmlns="),
        ("graph", "out.GEXF", "<gexf xmlns=\"http://gexf.net/1.3\""),
        ("refs", "out.bib", "@book{waltz1979theory,"),
        ("refs", "out.ris", "TY  - BOOK\r\n"),
        ("refs", "out.csl.json", "\"type\": \"book\""),
        (
            "refs",
            "out.json",
            "\"title\": \"Theory of International Politics\"",
        ),
    ];
    for (cmd, file, start) in cases {
        let o = run(&[cmd, "paper.txt", "-o", file], dir.path());
        assert!(o.status.success(), "{cmd} -o {file}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{cmd} -o {file} wrote to stdout too");
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        assert!(
            text.contains(start),
            "{cmd} -o {file}:\n{}",
            &text[..text.len().min(300)]
        );
    }
}

#[test]
fn format_flag_wins_over_the_extension_and_stdout_is_the_default() {
    let dir = workdir();
    let o = run(
        &["graph", "paper.txt", "--format", "gexf", "-o", "x.dot"],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read_to_string(dir.path().join("x.dot"))
        .unwrap()
        .contains("<gexf"));
    let o = run(&["graph", "paper.txt"], dir.path());
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("digraph \"opcit\" {"));
    let o = run(&["refs", "paper.txt"], dir.path());
    assert!(String::from_utf8_lossy(&o.stdout).starts_with('['));
    let o = run(
        &["graph", "--view", "full", "--format", "json", "paper.txt"],
        dir.path(),
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("\"id\": \"c:c4\""));
}

#[test]
fn an_unknown_extension_without_format_fails_with_advice() {
    let dir = workdir();
    let o = run(&["graph", "paper.txt", "-o", "out.xyz"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--format"), "{}", stderr(&o));
    assert!(!dir.path().join("out.xyz").exists());
    let o = run(&["refs", "paper.txt", "-o", "out.txt"], dir.path());
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn the_input_is_never_overwritten() {
    let dir = workdir();
    let before = std::fs::read(dir.path().join("paper.txt")).unwrap();
    for out in ["paper.txt", "./paper.txt"] {
        for (cmd, format) in [("graph", "json"), ("refs", "csl-json")] {
            let o = run(
                &[cmd, "paper.txt", "--format", format, "-o", out],
                dir.path(),
            );
            assert_eq!(o.status.code(), Some(2), "{cmd} -o {out}");
            assert!(
                stderr(&o).contains("refusing to overwrite the input"),
                "{}",
                stderr(&o)
            );
        }
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.path().join("paper.txt"), dir.path().join("link.dot"))
            .unwrap();
        let o = run(&["graph", "paper.txt", "-o", "link.dot"], dir.path());
        assert_eq!(o.status.code(), Some(2), "through a symlink");
        std::fs::hard_link(dir.path().join("paper.txt"), dir.path().join("hard.dot")).unwrap();
        let o = run(&["graph", "paper.txt", "-o", "hard.dot"], dir.path());
        assert_eq!(o.status.code(), Some(2), "through a hard link");
    }
    assert_eq!(std::fs::read(dir.path().join("paper.txt")).unwrap(), before);
}

#[test]
fn writing_leaves_no_temporary_files_and_replaces_old_output() {
    let dir = workdir();
    std::fs::write(dir.path().join("out.dot"), "old").unwrap();
    let o = run(&["graph", "paper.txt", "-o", "out.dot"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(sorted, ["out.dot", "paper.txt"]);
    assert!(std::fs::read_to_string(dir.path().join("out.dot"))
        .unwrap()
        .starts_with("digraph"));
}

#[test]
fn an_unwritable_destination_is_a_failure_not_a_panic() {
    let dir = workdir();
    let o = run(
        &["graph", "paper.txt", "-o", "no/such/dir/out.dot"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot write"), "{}", stderr(&o));
    let o = run(&["refs", "missing.txt"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no such file"), "{}", stderr(&o));
}

#[test]
fn standard_input_works_and_names_the_document_stdin() {
    use std::io::Write;
    let text = std::fs::read(fixture("graph_notes.txt")).unwrap();
    let mut child = opcit()
        .args(["graph", "--format", "json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&text).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("\"name\": \"stdin\""));
}

#[test]
fn two_runs_give_byte_identical_files() {
    let dir = workdir();
    for ext in ["dot", "json", "cyjs", "jgf", "graphml", "gexf"] {
        let a = run(
            &[
                "graph",
                "--view",
                "full",
                "paper.txt",
                "-o",
                &format!("a.{ext}"),
            ],
            dir.path(),
        );
        let b = run(
            &[
                "graph",
                "--view",
                "full",
                "paper.txt",
                "-o",
                &format!("b.{ext}"),
            ],
            dir.path(),
        );
        assert!(a.status.success() && b.status.success());
        assert_eq!(
            std::fs::read(dir.path().join(format!("a.{ext}"))).unwrap(),
            std::fs::read(dir.path().join(format!("b.{ext}"))).unwrap(),
            "{ext}"
        );
    }
}

#[test]
fn help_names_every_format_and_view() {
    let o = opcit().args(["graph", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&o.stdout);
    for word in [
        "dot",
        "json",
        "cytoscape",
        "jgf",
        "graphml",
        "gexf",
        "sources",
        "full",
        "Gephi",
        "networkx",
        "docs/graph.md",
    ] {
        assert!(help.contains(word), "graph --help lacks {word}:\n{help}");
    }
    let o = opcit().args(["refs", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&o.stdout);
    for word in ["csl-json", "bibtex", "ris", ".bib", "Zotero", "JabRef"] {
        assert!(help.contains(word), "refs --help lacks {word}:\n{help}");
    }
}

/// `graph --corpus`: every format, the same bytes whatever `--jobs` is,
/// one paper per node with its sources merged across papers.
#[test]
fn graph_corpus_writes_every_format_the_same_with_any_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = fixture("corpus");
    let corpus = corpus.to_str().unwrap();
    for ext in ["dot", "json", "cyjs", "jgf", "graphml", "gexf"] {
        let mut outputs = Vec::new();
        for jobs in ["1", "2"] {
            let file = format!("c{jobs}.{ext}");
            let o = run(
                &["graph", "--corpus", "--jobs", jobs, corpus, "-o", &file],
                dir.path(),
            );
            assert!(o.status.success(), "{ext} --jobs {jobs}: {}", stderr(&o));
            assert!(stderr(&o).contains("3 paper(s)"), "{}", stderr(&o));
            outputs.push(std::fs::read(dir.path().join(&file)).unwrap());
        }
        assert_eq!(outputs[0], outputs[1], "{ext} differs with --jobs");
    }
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("c1.json")).unwrap()).unwrap();
    assert_eq!(json["graph"]["view"], "corpus");
    let kinds: Vec<&str> = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.iter().filter(|k| **k == "document").count(), 3);
    assert_eq!(kinds.iter().filter(|k| **k == "reference").count(), 4);
}

#[test]
fn graph_takes_one_paper_unless_corpus_and_reports_unreadable_papers() {
    let dir = tempfile::tempdir().unwrap();
    let a = fixture("corpus/a_chicago_en.txt");
    let b = fixture("corpus/b_apa_en.txt");
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let o = run(&["graph", a, b], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--corpus"), "{}", stderr(&o));
    let o = run(&["graph", "--corpus", "--view", "full", a, b], dir.path());
    assert_eq!(o.status.code(), Some(2));
    // A paper that cannot be read is left out, said on stderr, exit 1.
    let o = run(
        &["graph", "--corpus", a, b, "gone.txt", "--format", "json"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("gone.txt"), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let papers = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "document")
        .count();
    assert_eq!(papers, 2);
}
