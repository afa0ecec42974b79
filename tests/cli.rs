//! The `opcit` binary as a CI job runs it: exit codes, formats, levels.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn opcit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_opcit"))
        .args(args)
        .output()
        .expect("run opcit")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

const SEED: &str = "fixtures/003_6aea26d404a189d0.txt";
const NEWS: &str = "fixtures/000_9f5e0e2176ba1b1a.txt";

#[test]
fn exit_codes_say_clean_findings_or_failure() {
    assert_eq!(opcit(&["check", NEWS]).status.code(), Some(0));
    assert_eq!(opcit(&["check", SEED]).status.code(), Some(1));
    let missing = opcit(&["check", "fixtures/does-not-exist.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no such file"));
    assert_eq!(
        opcit(&["check", "--deny", "no-such-code", NEWS])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn levels_can_be_changed_per_code_and_for_all() {
    // The French fixture's only error is a dangling short form.
    let fr = "fixtures/notes_fr.txt";
    assert_eq!(opcit(&["check", fr]).status.code(), Some(1));
    assert_eq!(
        opcit(&["check", "--warn", "dangling-short-form", fr])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        opcit(&["check", "--allow", "all", fr]).status.code(),
        Some(0)
    );
    // The Chicago fixture lists a work nothing cites: a warning unless denied.
    let en = "fixtures/chicago_notes_en.txt";
    let out = stdout(&opcit(&[
        "check",
        "--allow",
        "dangling-short-form",
        "--format",
        "github",
        en,
    ]));
    assert!(out.lines().all(|l| l.starts_with("::warning ")), "{out}");
    assert_eq!(
        opcit(&["check", "--allow", "dangling-short-form", en])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        opcit(&[
            "check",
            "--allow",
            "dangling-short-form",
            "--deny",
            "uncited-reference",
            en
        ])
        .status
        .code(),
        Some(1)
    );
    // Later flags win: allow all, then deny one.
    let allowed = stdout(&opcit(&[
        "check", "--allow", "all", "--format", "github", en,
    ]));
    assert_eq!(allowed, "");
}

#[test]
fn human_output_is_rustc_style_without_colour_off_a_terminal() {
    let out = stdout(&opcit(&["check", SEED]));
    assert!(!out.contains('\u{1b}'), "no colour when piped");
    assert!(out.contains("error[dangling-short-form]: `Glaser(1997), op. cit., pp. 179-183` points to no earlier full citation"));
    assert!(out.contains("┌─ fixtures/003_6aea26d404a189d0.txt:334:5"));
    assert!(out.contains("334 │ 82) Glaser(1997), op. cit., pp. 179-183."));
    assert!(out.contains("= candidate: Glaser, C. (2000), `The Causes and Consequences of Arms Races`, cited in full in note 15"));
    let coloured = stdout(&opcit(&["check", "--color", "always", SEED]));
    assert!(coloured.contains('\u{1b}'));
}

#[test]
fn github_format_is_one_workflow_command_per_finding() {
    let out = stdout(&opcit(&["check", "--format", "github", SEED]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 7);
    assert!(lines.contains(
        &"::error file=fixtures/003_6aea26d404a189d0.txt,line=300,col=5,endLine=300,title=ambiguous-short-form::`Sharma(2024), op. cit` fits 2 different works%0Acandidate: Sharma, Abhishek (2024), `Russia and North Korea Join Forces in the War Against Ukrain…`, cited in full in note 22%0Acandidate: Sharma, Abhishek (2024), `Cyber Allies: North Korea and Russia’s cyber partnership in …`, cited in full in note 46"
    ));
}

#[test]
fn sarif_has_what_code_scanning_needs() {
    let out = stdout(&opcit(&["check", "--format", "sarif", SEED]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "opcit");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| r["id"] == "dangling-short-form"));
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 7);
    let mut fingerprints = std::collections::BTreeSet::new();
    for r in results {
        let id = r["ruleId"].as_str().unwrap();
        let idx = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], id, "ruleIndex points to its rule");
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
        assert!(region["startColumn"].as_u64().unwrap() >= 1);
        assert_eq!(
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            SEED
        );
        assert!(r["message"]["text"].as_str().unwrap().len() > 10);
        assert!(fingerprints.insert(
            r["partialFingerprints"]["primaryLocationLineHash"]
                .as_str()
                .unwrap()
                .to_string()
        ));
    }
}

#[test]
fn json_format_lists_each_file() {
    let out = stdout(&opcit(&["check", "--format", "json", SEED, NEWS]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], "opcit/check/1");
    assert_eq!(v["files"][0]["diagnostics"].as_array().unwrap().len(), 7);
    assert_eq!(v["files"][1]["diagnostics"].as_array().unwrap().len(), 0);
    assert_eq!(v["files"][0]["diagnostics"][0]["severity"], "warning");
}

#[test]
fn extract_reads_standard_input_and_writes_the_schema() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_opcit"))
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Text.¹⁾\n\n1) K. Waltz, *Theory of International Politics* (Reading: Addison-Wesley, 1979).\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], "opcit/extract/1");
    assert_eq!(v["source"]["name"], "-");
    assert_eq!(v["footnotes"][0]["number"], 1);
    assert_eq!(v["footnotes"][0]["markers"][0]["line"], 1);
    assert_eq!(v["citations"][0]["kind"], "full");
    let fields = &v["citations"][0]["fields"];
    assert_eq!(fields["author"][0]["family"], "Waltz");
    assert_eq!(fields["issued"]["date-parts"][0][0], 1979);
    assert_eq!(fields["publisher"], "Addison-Wesley");
}

#[test]
fn extract_names_chapters_only_where_notes_are_numbered_per_chapter() {
    let out = stdout(&opcit(&["extract", "fixtures/book_endnotes_en.txt"]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let chapters = |key: &str| -> Vec<(u64, u64)> {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| !x["footnote"].is_null() || key == "footnotes")
            .map(|x| {
                let n = if key == "footnotes" {
                    &x["number"]
                } else {
                    &x["footnote"]
                };
                (x["chapter"].as_u64().unwrap(), n.as_u64().unwrap())
            })
            .collect()
    };
    let notes = chapters("footnotes");
    assert_eq!(notes.len(), 14);
    assert_eq!(notes[6], (2, 1));
    assert_eq!(chapters("citations")[13], (3, 5));
    let missing = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "missing-footnote")
        .unwrap();
    assert_eq!(
        (missing["chapter"].as_u64(), missing["footnote"].as_u64()),
        (Some(2), Some(4))
    );
    // One run of numbers: no `chapter` anywhere.
    let out = stdout(&opcit(&["extract", SEED]));
    assert!(!out.contains("\"chapter\""));
}

#[test]
fn extract_spans_point_at_the_input_bytes() {
    let out = stdout(&opcit(&["extract", SEED]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let text = std::fs::read_to_string(SEED).unwrap();
    for c in v["citations"].as_array().unwrap() {
        let (s, e) = (
            c["span"]["start"].as_u64().unwrap() as usize,
            c["span"]["end"].as_u64().unwrap() as usize,
        );
        let slice = &text[s..e];
        let want = c["text"].as_str().unwrap();
        // A citation in one piece reads exactly as the input.
        if !slice.contains('\n') {
            assert_eq!(slice, want);
        }
    }
    let n28 = &v["footnotes"][27];
    assert_eq!(n28["pieces"].as_array().unwrap().len(), 2);
    assert_eq!(n28["pieces"][1]["line"], 147);
}

#[test]
fn codes_lists_every_code() {
    let out = stdout(&opcit(&["codes"]));
    for code in [
        "dangling-short-form",
        "ambiguous-short-form",
        "missing-from-bibliography",
        "bibliography-mismatch",
        "uncited-reference",
        "missing-footnote",
        "orphan-footnote",
        "footnote-sequence",
        "unparsed-reference",
    ] {
        assert!(out.contains(code), "{code}");
    }
}
