//! The Spark example (`examples/spark/corpus_sources.py`) on the bundled
//! fixtures plus a few generated papers: Spark piping the papers through
//! `opcit extract --jsonl` must count exactly what `opcit batch` counts on
//! the same files (documents, citations, findings by code, and how many
//! papers list each source).
//!
//! Needs Java 17+ and PySpark (`.ci/install-spark.sh`). Without them the test
//! fails when `CI=true` and is skipped with a message otherwise.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

#[path = "../examples/gen_paper.rs"]
#[allow(dead_code)]
mod gen_paper;

fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".into())
}

/// Why Spark cannot run here, if it cannot.
fn spark_missing() -> Option<String> {
    let java = Command::new("java").arg("-version").output();
    if !java.is_ok_and(|o| o.status.success()) {
        return Some("no Java runtime (`java -version` fails)".into());
    }
    let py = Command::new(python())
        .args(["-c", "import pyspark"])
        .output();
    if !py.is_ok_and(|o| o.status.success()) {
        return Some(format!("`{} -c 'import pyspark'` fails", python()));
    }
    None
}

/// What both sides are compared on.
#[derive(Debug, PartialEq, Eq, Default)]
struct Totals {
    documents: u64,
    failed: u64,
    citations: u64,
    resolved: u64,
    by_code: BTreeMap<String, u64>,
    sources: BTreeMap<String, u64>,
}

fn batch_totals(jsonl: &str) -> Totals {
    let mut t = Totals::default();
    for line in jsonl.lines() {
        let r: serde_json::Value = serde_json::from_str(line).unwrap();
        t.documents += 1;
        if r["ok"] != true {
            t.failed += 1;
        }
        t.citations += r["summary"]["citations"].as_u64().unwrap_or(0);
        t.resolved += r["summary"]["resolved"].as_u64().unwrap_or(0);
        if let Some(m) = r["diagnostics_by_code"].as_object() {
            for (k, v) in m {
                *t.by_code.entry(k.clone()).or_default() += v.as_u64().unwrap();
            }
        }
        for k in r["references"].as_array().into_iter().flatten() {
            *t.sources
                .entry(k.as_str().unwrap().to_string())
                .or_default() += 1;
        }
    }
    t
}

fn spark_totals(v: &serde_json::Value) -> Totals {
    let map = |x: &serde_json::Value| -> BTreeMap<String, u64> {
        x.as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
            .collect()
    };
    Totals {
        documents: v["documents"].as_u64().unwrap(),
        failed: v["failed"].as_u64().unwrap(),
        citations: v["citations"].as_u64().unwrap(),
        resolved: v["resolved"].as_u64().unwrap(),
        by_code: map(&v["diagnostics_by_code"]),
        sources: map(&v["sources"]),
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn spark_piping_through_opcit_counts_what_batch_counts() {
    if let Some(why) = spark_missing() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("Spark is needed in CI but {why}: run .ci/install-spark.sh");
        }
        eprintln!("skipping the Spark test: {why} (run .ci/install-spark.sh)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_dir(Path::new("fixtures"), &corpus.join("fixtures"));
    let generated = corpus.join("generated");
    std::fs::create_dir_all(&generated).unwrap();
    for (i, lang) in ["ko", "en", "de", "fr", "ru", "mixed"].iter().enumerate() {
        let seed = 40 + i as u64;
        let langs = match *lang {
            "ko" => gen_paper::LangChoice::One(gen_paper::Lang::Ko),
            "en" => gen_paper::LangChoice::One(gen_paper::Lang::En),
            "de" => gen_paper::LangChoice::One(gen_paper::Lang::De),
            "fr" => gen_paper::LangChoice::One(gen_paper::Lang::Fr),
            "ru" => gen_paper::LangChoice::One(gen_paper::Lang::Ru),
            _ => gen_paper::LangChoice::Mixed,
        };
        let text = gen_paper::paper(gen_paper::Target::Bytes(30_000), seed, langs);
        std::fs::write(generated.join(format!("paper-{lang}.txt")), text).unwrap();
    }

    let opcit = env!("CARGO_BIN_EXE_opcit");
    let batch = Command::new(opcit)
        .arg("batch")
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(batch.status.code().is_some_and(|c| c <= 1), "{batch:?}");
    let want = batch_totals(&String::from_utf8(batch.stdout).unwrap());

    let out = dir.path().join("spark.json");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/spark/corpus_sources.py");
    let spark = Command::new(python())
        .arg(&script)
        .args([
            "--opcit",
            opcit,
            "--master",
            "local[2]",
            "--partitions",
            "3",
        ])
        .arg("--output")
        .arg(&out)
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(
        spark.status.success(),
        "the Spark job failed:\n{}",
        String::from_utf8_lossy(&spark.stderr)
    );
    let got: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let got = spark_totals(&got);

    // copy_dir copies the papers at the top of fixtures/, not its subdirectories.
    let fixtures = std::fs::read_dir("fixtures")
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_type().unwrap().is_file())
        .count() as u64;
    assert_eq!(want.documents, fixtures + 6);
    assert_eq!(want.failed, 0);
    assert!(want.citations > 500, "{}", want.citations);
    assert!(
        want.sources.values().any(|&n| n >= 2),
        "generated papers share sources"
    );
    assert_eq!(got.documents, want.documents);
    assert_eq!(got.citations, want.citations);
    assert_eq!(got.resolved, want.resolved);
    assert_eq!(got.by_code, want.by_code);
    assert_eq!(got.sources, want.sources);
    assert_eq!(got, want);
}
