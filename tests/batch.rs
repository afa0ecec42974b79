//! Corpus mode through the binary: `opcit batch` (order, determinism
//! whatever the threads, bad documents, exit codes, `-o`), `opcit extract
//! --jsonl` as a mapper, and `opcit corpus`.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::process::{Command, Stdio};

fn opcit(args: &[&str]) -> (Option<i32>, String, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_opcit"))
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code(),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

fn opcit_stdin(args: &[&str], input: &[u8]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_opcit"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

fn records(jsonl: &str) -> Vec<serde_json::Value> {
    jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn paths(jsonl: &str) -> Vec<String> {
    records(jsonl)
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect()
}

/// Counts the papers under `dir`, subdirectories included, as `batch` walks them.
fn count_papers(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .map(|path| {
            if path.is_dir() {
                count_papers(&path)
            } else {
                let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
                usize::from(matches!(ext, "txt" | "md" | "markdown" | "html" | "htm"))
            }
        })
        .sum()
}

#[test]
fn directories_are_walked_in_order_and_output_does_not_depend_on_jobs() {
    let (code1, one, err) = opcit(&["batch", "--jobs", "1", "fixtures"]);
    let (code2, two, _) = opcit(&["batch", "--jobs", "2", "fixtures"]);
    let (code4, four, _) = opcit(&["batch", "--jobs", "4", "fixtures"]);
    assert_eq!(one, two, "same bytes whatever the number of threads");
    assert_eq!(one, four, "same bytes whatever the number of threads");
    assert_eq!(
        code1,
        Some(1),
        "the bundled papers have error-level findings"
    );
    assert_eq!((code2, code4), (code1, code1));
    let got = paths(&one);
    let mut sorted = got.clone();
    sorted.sort();
    assert_eq!(got, sorted);
    let fixtures = count_papers(std::path::Path::new("fixtures"));
    assert_eq!(got.len(), fixtures, "every .txt, .md and .html file");
    assert!(
        err.contains(&format!("{} document(s): 0 could not be read", got.len())),
        "{err}"
    );
    let seed = records(&one)
        .into_iter()
        .find(|r| r["path"] == "fixtures/003_6aea26d404a189d0.txt")
        .unwrap();
    assert_eq!(seed["ok"], true);
    assert_eq!(seed["summary"]["footnotes"], 87);
    assert_eq!(seed["diagnostics_by_code"]["dangling-short-form"], 2);
    let refs: Vec<&str> = seed["references"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    assert!(
        refs.contains(&"waltz|1979|theory of international politics"),
        "{refs:?}"
    );
    let mut sorted_refs = refs.clone();
    sorted_refs.sort();
    sorted_refs.dedup();
    assert_eq!(refs, sorted_refs, "keys sorted, each once");
}

#[test]
fn a_bad_document_gives_an_error_record_and_the_run_goes_on() {
    let (code, out, err) = opcit(&[
        "batch",
        "fixtures/000_9f5e0e2176ba1b1a.txt",
        "fixtures/missing.txt",
        "fixtures/001_92d0aa518f925328.txt",
    ]);
    assert_eq!(code, Some(1), "an unreadable paper fails the run");
    let lines = records(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["ok"], true);
    assert_eq!(lines[1]["ok"], false);
    assert_eq!(lines[1]["path"], "fixtures/missing.txt");
    assert!(lines[1]["error"].as_str().unwrap().contains("no such file"));
    assert!(lines[1].get("summary").is_none());
    assert_eq!(lines[2]["ok"], true);
    assert!(err.contains("3 document(s): 1 could not be read"), "{err}");
}

#[test]
fn exit_code_is_zero_only_when_every_paper_is_read_and_clean() {
    let (code, out, _) = opcit(&["batch", "fixtures/000_*.txt", "fixtures/001_*.txt"]);
    assert_eq!(code, Some(0), "{out}");
    for r in records(&out) {
        assert_eq!(r["summary"]["errors"], 0);
    }
    let (code, _, err) = opcit(&["batch", "fixtures/nothing-*.txt"]);
    assert_eq!(code, Some(2), "a pattern that matches nothing: {err}");
}

#[test]
fn recursive_globs_and_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("a/b");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::copy("fixtures/chicago_notes_en.txt", sub.join("z.txt")).unwrap();
    std::fs::copy("fixtures/notes_fr.txt", dir.path().join("a/y.txt")).unwrap();
    std::fs::write(dir.path().join("a/skip.pdf"), "not text").unwrap();
    let pattern = format!("{}/**/*.txt", dir.path().display());
    let out = dir.path().join("out.jsonl");
    let (code, stdout, _) = opcit(&["batch", &pattern, "-o", out.to_str().unwrap()]);
    assert!(stdout.is_empty());
    assert!(code == Some(0) || code == Some(1));
    let written = std::fs::read_to_string(&out).unwrap();
    let got = paths(&written);
    assert_eq!(got.len(), 2);
    assert!(
        got[0].ends_with("a/b/z.txt") && got[1].ends_with("a/y.txt"),
        "{got:?}"
    );
    // A directory gives the same files, walked in the same sorted order.
    let (_, walked, _) = opcit(&["batch", dir.path().to_str().unwrap()]);
    assert_eq!(paths(&walked), got);
}

#[test]
fn full_records_embed_the_extract_document() {
    let f = "fixtures/chicago_notes_en.txt";
    let (_, out, _) = opcit(&["batch", "--full", f]);
    let (_, extract, _) = opcit(&["extract", f]);
    let r = &records(&out)[0];
    let doc: serde_json::Value = serde_json::from_str(&extract).unwrap();
    assert_eq!(r["document"], doc);
    assert_eq!(r["summary"], doc["summary"]);
}

#[test]
fn jsonl_mapper_reads_id_text_lines_and_never_crashes() {
    let input = b"{\"id\":\"p1\",\"text\":\"Text.\xc2\xb9\xe2\x81\xbe\\n\\n1) K. Waltz, *Theory of International Politics* (Reading: Addison-Wesley, 1979).\\n\"}\n\
{broken\n\
\n\
{\"id\":2,\"text\":\"\"}\n\
\xff\xfe not utf-8\n\
{\"id\":{\"doi\":\"10.1/x\"},\"txt\":\"no text field\"}\n\
[1, 2]\n";
    let (code, out) = opcit_stdin(&["extract", "--jsonl"], input);
    let lines = records(&out);
    assert_eq!(lines.len(), 6, "{out}");
    assert_eq!(lines[0]["id"], "p1");
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["ok"], true);
    assert_eq!(lines[0]["summary"]["citations"], 1);
    assert_eq!(
        lines[0]["references"][0],
        "waltz|1979|theory of international politics"
    );
    assert_eq!(lines[1]["ok"], false);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["id"].is_null());
    assert_eq!(
        lines[2]["id"], 2,
        "ids keep their JSON type; blank line 3 skipped"
    );
    assert_eq!(lines[2]["line"], 4);
    assert_eq!(lines[3]["line"], 5);
    assert_eq!(lines[3]["ok"], false);
    assert_eq!(lines[4]["id"]["doi"], "10.1/x");
    assert!(lines[4]["error"].as_str().unwrap().contains("no `text`"));
    assert_eq!(lines[5]["ok"], false);
    assert_eq!(code, Some(1), "a malformed line makes the run fail");
}

#[test]
fn jsonl_output_is_the_same_whatever_the_jobs_and_matches_batch() {
    let files = [
        "fixtures/003_6aea26d404a189d0.txt",
        "fixtures/fussnoten_de.txt",
        "fixtures/numeric_nature.html",
        "fixtures/pandoc_notes_en.md",
    ];
    let mut input = String::new();
    for f in files {
        let text = std::fs::read_to_string(f).unwrap();
        input.push_str(&serde_json::json!({"id": f, "text": text}).to_string());
        input.push('\n');
    }
    let (code1, one) = opcit_stdin(&["extract", "--jsonl", "--jobs", "1"], input.as_bytes());
    let (code2, two) = opcit_stdin(&["extract", "--jsonl", "--jobs", "3"], input.as_bytes());
    assert_eq!((code1, code2), (Some(0), Some(0)));
    assert_eq!(one, two);
    let mut args = vec!["batch"];
    args.extend(files);
    let (_, batch, _) = opcit(&args);
    for (m, b) in records(&one).iter().zip(records(&batch)) {
        assert_eq!(m["id"], b["path"]);
        assert_eq!(m["summary"], b["summary"], "{}", b["path"]);
        assert_eq!(m["references"], b["references"]);
        assert_eq!(m["diagnostics_by_code"], b["diagnostics_by_code"]);
    }
}

#[test]
fn corpus_merges_works_cited_by_several_papers() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Realism.¹⁾ Again.²⁾\n\n\
         1) K. Waltz, *Theory of International Politics* (Reading: Addison-Wesley, 1979), 5.\n\n\
         2) Waltz(1979), op. cit., p. 105.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Structure.¹⁾ Tragedy.²⁾\n\n\
         1) Kenneth N. Waltz, *Theory of International Politics* (New York: Random House, 1979).\n\n\
         2) John Mearsheimer, *The Tragedy of Great Power Politics* (New York: Norton, 2001).\n",
    )
    .unwrap();
    let d = dir.path().to_str().unwrap();
    let (code, out, err) = opcit(&["corpus", d]);
    assert_eq!(code, Some(0), "{err}");
    let (_, again, _) = opcit(&["corpus", "--jobs", "1", d]);
    assert_eq!(out, again);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], "opcit/corpus/1");
    assert_eq!(v["totals"]["papers"], 2);
    assert_eq!(v["totals"]["sources"], 2);
    assert_eq!(v["totals"]["shared_sources"], 1);
    let waltz = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "waltz|1979|theory of international politics")
        .unwrap();
    assert_eq!(waltz["papers"], serde_json::json!(["p1", "p2"]));
    assert_eq!(waltz["citations"], 3);
    assert_eq!(v["links"][0]["source"], "p1");
    assert_eq!(v["links"][0]["target"], "p2");
    assert_eq!(v["links"][0]["weight"], 1);
    assert!(err.contains("2 paper(s), 0 could not be read"), "{err}");
}
