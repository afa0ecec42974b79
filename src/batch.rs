//! Corpus mode: many documents in, one JSON Lines record per document out,
//! in input order, whatever the number of worker threads.
//!
//! `opcit batch PATH…` reads files; `opcit extract --jsonl` reads
//! `{"id", "text"}` lines from standard input, so that opcit can run as the
//! mapper of an existing engine (Spark's `RDD.pipe`, Hadoop streaming).
//! A bad document gives an error record and the run goes on.
//!
//! [`run`] is the engine of both: documents are analysed on a local rayon
//! pool, at most a small window of them ahead of the oldest one not yet
//! written, and records are released strictly in input order, so the output
//! is the same bytes with one thread or sixteen, and memory stays bounded
//! however long the input.
//!
//! This module never writes to the terminal and never lets the order of
//! records depend on scheduling.

use crate::corpus::{paper_sources, PaperSource};
use crate::export::extract::{summary, to_wire, WireSummary};
use crate::grammar::Grammar;
use crate::model::Document;
use crate::source::SourceFile;
use crate::{analyze, Options};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Extensions read when a directory is given.
pub const EXTENSIONS: [&str; 5] = ["txt", "md", "markdown", "html", "htm"];

/// Expands the command line's paths into files, in the order given: a file
/// stays as it is (even without a known extension), a directory is walked
/// recursively for [`EXTENSIONS`] in sorted order, and a pattern with `*`,
/// `?` or `[` (`papers/**/*.txt`) gives its matches sorted. A pattern that
/// matches nothing is an error; a missing file is left for the run to
/// report as an error record.
pub fn expand_paths(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in inputs {
        let s = p.to_string_lossy();
        if !p.exists() && s.contains(['*', '?', '[']) {
            let mut matched = glob_matches(&s)?;
            if matched.is_empty() {
                return Err(format!("`{s}` matches no file"));
            }
            out.append(&mut matched);
        } else if p.is_dir() {
            walk(p, &mut out)
                .map_err(|e| format!("cannot read directory `{}`: {e}", p.display()))?;
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn has_known_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for e in entries {
        if e.is_dir() {
            walk(&e, out)?;
        } else if has_known_extension(&e) {
            out.push(e);
        }
    }
    Ok(())
}

/// Files matching a glob pattern, sorted. Directories it matches are not
/// walked: `papers/*` means the files in `papers`.
fn glob_matches(pattern: &str) -> Result<Vec<PathBuf>, String> {
    let paths =
        glob::glob(pattern).map_err(|e| format!("`{pattern}` is not a valid pattern: {e}"))?;
    let mut out = Vec::new();
    for p in paths {
        let p = p.map_err(|e| format!("cannot read `{}`: {}", e.path().display(), e.error()))?;
        if p.is_file() {
            out.push(p);
        }
    }
    out.sort();
    Ok(out)
}

/// What a record says about one document. Batch records carry `path`,
/// `extract --jsonl` records carry `id` (as given) and `line`.
#[derive(Debug, Serialize)]
pub struct Record {
    /// The file (batch).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The input's `id`, any JSON value, `null` when the line could not be
    /// read (`extract --jsonl`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    /// 1-based line of standard input (`extract --jsonl`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Whether the document could be read and analysed.
    pub ok: bool,
    /// Why not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Counts, as in the extract document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<WireSummary>,
    /// Findings by code, at any level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diagnostics_by_code: Option<BTreeMap<&'static str, usize>>,
    /// The [`crate::corpus::work_key`] of every work the document lists or
    /// cites, sorted, each once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub references: Option<Vec<String>>,
    /// The whole extract document (`--full`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<serde_json::Value>,
}

impl Record {
    fn empty(ok: bool) -> Record {
        Record {
            path: None,
            id: None,
            line: None,
            ok,
            error: None,
            summary: None,
            diagnostics_by_code: None,
            references: None,
            document: None,
        }
    }

    /// The record of an analysed document (without its origin).
    pub fn of(source: &SourceFile, doc: &Document, full: bool) -> Record {
        let mut by_code = BTreeMap::new();
        for d in &doc.diagnostics {
            *by_code.entry(d.code.as_str()).or_insert(0) += 1;
        }
        let references = paper_sources(doc).into_iter().map(|s| s.key).collect();
        Record {
            summary: Some(summary(doc)),
            diagnostics_by_code: Some(by_code),
            references: Some(references),
            document: if full {
                serde_json::to_value(to_wire(source, doc)).ok()
            } else {
                None
            },
            ..Record::empty(true)
        }
    }

    /// An error record (without its origin).
    pub fn error(error: String) -> Record {
        Record {
            error: Some(error),
            ..Record::empty(false)
        }
    }

    /// With the file it is about.
    pub fn with_path(mut self, path: &Path) -> Record {
        self.path = Some(path.display().to_string());
        self
    }

    /// With the id and line it is about.
    pub fn with_id(mut self, id: serde_json::Value, line: usize) -> Record {
        self.id = Some(id);
        self.line = Some(line);
        self
    }

    /// The JSON line, newline included.
    pub fn to_line(&self) -> String {
        let mut s = serde_json::to_string(self).unwrap_or_else(|e| {
            format!(
                "{{\"ok\":false,\"error\":{}}}",
                serde_json::Value::from(e.to_string())
            )
        });
        s.push('\n');
        s
    }

    /// Whether the record counts as a failure for the exit code: the
    /// document could not be read, or it has a finding at error level
    /// (default levels).
    pub fn is_failure(&self) -> bool {
        !self.ok || self.summary.as_ref().is_some_and(|s| s.errors > 0)
    }
}

/// Totals over a corpus run, for the summary on standard error.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Totals {
    /// Documents seen.
    pub documents: usize,
    /// Documents that could not be read.
    pub failed: usize,
    /// Documents with an error-level finding.
    pub with_errors: usize,
    /// Citations found.
    pub citations: usize,
    /// Citations resolved.
    pub resolved: usize,
    /// Findings by code.
    pub by_code: BTreeMap<&'static str, usize>,
}

impl Totals {
    /// Adds a record.
    pub fn add(&mut self, r: &Record) {
        self.documents += 1;
        if !r.ok {
            self.failed += 1;
        }
        if let Some(s) = &r.summary {
            self.citations += s.citations;
            self.resolved += s.resolved;
            if s.errors > 0 {
                self.with_errors += 1;
            }
        }
        for (k, v) in r.diagnostics_by_code.iter().flatten() {
            *self.by_code.entry(k).or_insert(0) += v;
        }
    }

    /// The summary: one line of counts, then findings by code.
    pub fn render(&self) -> String {
        let mut s = format!(
            "{} document(s): {} could not be read, {} with error-level findings; {} citation(s), {} resolved\n",
            self.documents, self.failed, self.with_errors, self.citations, self.resolved
        );
        for (k, v) in &self.by_code {
            s.push_str(&format!("  {k:<28} {v}\n"));
        }
        s
    }
}

/// Runs `work` over `items` on `jobs` threads and hands each result to
/// `emit` on the calling thread, in input order, as soon as all earlier
/// ones have been handed over. At most `4 × jobs` items are in flight, so
/// `items` may be an endless stream. A `work` that panics becomes
/// `on_panic(message)` for that item; the others go on.
pub fn run<T, R, I, F, P, E>(
    items: I,
    jobs: usize,
    work: F,
    on_panic: P,
    mut emit: E,
) -> Result<(), String>
where
    I: IntoIterator<Item = T>,
    T: Send,
    R: Send,
    F: Fn(T) -> R + Sync,
    P: Fn(String) -> R + Sync,
    E: FnMut(R),
{
    let jobs = jobs.max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("opcit-worker-{i}"))
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))?;
    let window = 4 * jobs;
    let (tx, rx) = std::sync::mpsc::channel::<(usize, R)>();
    let (work, on_panic) = (&work, &on_panic);
    pool.in_place_scope(|scope| {
        let mut items = items.into_iter().enumerate();
        let mut waiting: HashMap<usize, R> = HashMap::new();
        let (mut next, mut in_flight) = (0usize, 0usize);
        loop {
            while in_flight < window {
                let Some((i, item)) = items.next() else { break };
                let tx = tx.clone();
                scope.spawn(move |_| {
                    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(item)))
                        .unwrap_or_else(|p| on_panic(panic_message(p.as_ref())));
                    // The receiver outlives the scope; a send cannot fail.
                    let _ = tx.send((i, r));
                });
                in_flight += 1;
            }
            if in_flight == 0 {
                break;
            }
            let Ok((i, r)) = rx.recv() else { break };
            in_flight -= 1;
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(&next) {
                emit(r);
                next += 1;
            }
        }
    });
    Ok(())
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    let what = p
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown cause".into());
    format!("internal error while analysing this document: {what}")
}

/// What one document of a run yields: its record, and its works for a
/// corpus (when asked for).
#[derive(Debug)]
pub struct Outcome {
    /// The JSON Lines record.
    pub record: Record,
    /// Citations and works, for [`crate::corpus::CorpusBuilder::add_sources`].
    pub sources: Option<(usize, Vec<PaperSource>)>,
}

/// Options of one document's analysis in a run.
#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    /// Analysis options.
    pub options: Options,
    /// Largest input read, in bytes.
    pub max_size: u64,
    /// Embed the whole extract document.
    pub full: bool,
    /// Also collect the works for a corpus.
    pub corpus: bool,
}

fn outcome(source: &SourceFile, grammar: &Grammar, o: RunOptions) -> Outcome {
    let doc = analyze(source, grammar, o.options);
    Outcome {
        record: Record::of(source, &doc, o.full),
        sources: o.corpus.then(|| (doc.citations.len(), paper_sources(&doc))),
    }
}

/// Analyses one file of a batch run.
pub fn analyze_file(path: &Path, grammar: &Grammar, o: RunOptions) -> Outcome {
    match crate::cli::read_input(path, o.max_size) {
        Ok(source) => {
            let mut out = outcome(&source, grammar, o);
            out.record = out.record.with_path(path);
            out
        }
        Err(e) => Outcome {
            record: Record::error(e.0).with_path(path),
            sources: None,
        },
    }
}

/// One line of `extract --jsonl` input: its number and bytes, or the error
/// met reading it.
pub type InputLine = (usize, Result<Vec<u8>, String>);

/// Analyses one `{"id", "text"}` line of `extract --jsonl`. Anything else
/// (not UTF-8, not JSON, no `text` string) is an error record with the line
/// number and, when it could be read, the id.
pub fn analyze_line(line: InputLine, grammar: &Grammar, o: RunOptions) -> Record {
    let (n, bytes) = line;
    let fail = |id: serde_json::Value, e: String| Record::error(e).with_id(id, n);
    let bytes = match bytes {
        Ok(b) if b.len() as u64 > o.max_size => {
            return fail(
                serde_json::Value::Null,
                format!(
                    "line {n} is {} bytes, more than the limit of {}; raise it with --max-size",
                    b.len(),
                    o.max_size
                ),
            )
        }
        Ok(b) => b,
        Err(e) => return fail(serde_json::Value::Null, e),
    };
    let value: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => {
            return fail(
                serde_json::Value::Null,
                format!("line {n} is not JSON: {e}"),
            )
        }
    };
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let Some(text) = value.get("text").and_then(|t| t.as_str()) else {
        return fail(id, format!("line {n} has no `text` string"));
    };
    let name = match &id {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => format!("line {n}"),
        other => other.to_string(),
    };
    let source = SourceFile::new(name, text);
    outcome(&source, grammar, o).record.with_id(id, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_out_in_input_order_whatever_the_threads() {
        for jobs in [1, 2, 4] {
            let mut seen = Vec::new();
            run(
                0..200u64,
                jobs,
                |i| {
                    // Early items take longest, so later ones finish first.
                    std::thread::sleep(std::time::Duration::from_micros((200 - i) * 20));
                    i
                },
                |_| u64::MAX,
                |i| seen.push(i),
            )
            .unwrap();
            assert_eq!(seen, (0..200).collect::<Vec<_>>(), "jobs {jobs}");
        }
    }

    #[test]
    fn a_panicking_item_becomes_a_result_and_the_run_goes_on() {
        let mut seen = Vec::new();
        run(
            0..10,
            2,
            |i| {
                assert!(i != 3, "three is bad");
                i.to_string()
            },
            |msg| msg,
            |s| seen.push(s),
        )
        .unwrap();
        assert_eq!(seen.len(), 10);
        assert!(seen[3].contains("three is bad"), "{}", seen[3]);
        assert_eq!(seen[4], "4");
    }

    #[test]
    fn jsonl_lines_that_are_not_documents_are_error_records() {
        let g = Grammar::builtin();
        let o = RunOptions {
            options: Options::default(),
            max_size: 1 << 20,
            full: false,
            corpus: false,
        };
        let r = analyze_line((7, Ok(b"{broken".to_vec())), &g, o);
        assert!(!r.ok);
        assert_eq!(r.line, Some(7));
        assert_eq!(r.id, Some(serde_json::Value::Null));
        let r = analyze_line((8, Ok(br#"{"id": [1, 2], "txt": "x"}"#.to_vec())), &g, o);
        assert_eq!(r.id, Some(serde_json::json!([1, 2])));
        assert!(r.error.unwrap().contains("no `text`"));
        let r = analyze_line((9, Ok(b"\xff\xfe{".to_vec())), &g, o);
        assert!(!r.ok);
        let r = analyze_line((10, Ok(br#"{"id": 5, "text": ""}"#.to_vec())), &g, o);
        assert!(r.ok);
        assert_eq!(r.summary.unwrap().citations, 0);
    }
}
