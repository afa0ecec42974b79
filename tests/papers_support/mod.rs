//! What the tests of bundled papers share: the grammar, compiled once, and
//! running a paper and listing its findings.

// Each test file uses some of these.
#![allow(dead_code, clippy::unwrap_used)]

use opcit::diagnostic::Code;
use opcit::grammar::Grammar;
use opcit::model::{Citation, CitationKind, CslItem, Document, Status};
use opcit::source::SourceFile;
use opcit::{analyze, Options};
use std::sync::LazyLock;

/// Compiled once for every test.
pub static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

/// The paper at `path`, read and analysed.
pub fn run(path: &str) -> (SourceFile, Document) {
    let bytes = std::fs::read(path).unwrap();
    let source = SourceFile::from_bytes(path, &bytes);
    let doc = analyze(&source, &GRAMMAR, Options::default());
    (source, doc)
}

/// `text`, analysed as a plain-text paper.
pub fn run_text(text: &str) -> Document {
    let source = SourceFile::from_bytes("t.txt", text.as_bytes());
    analyze(&source, &GRAMMAR, Options::default())
}

/// (code, 1-based line) of every diagnostic.
pub fn findings(source: &SourceFile, doc: &Document) -> Vec<(Code, usize)> {
    let mut v: Vec<(Code, usize)> = doc
        .diagnostics
        .iter()
        .map(|d| (d.code, source.line_col(d.span.start).line))
        .collect();
    v.sort();
    v
}

/// (footnote, kind, status, bibliography entry number) of every citation,
/// footnote 0 for those in the running text.
pub fn entries(doc: &Document) -> Vec<(u32, CitationKind, Status, Option<usize>)> {
    doc.citations
        .iter()
        .map(|c| {
            let status = c.status.unwrap_or(Status::Dangling);
            (
                c.footnote.unwrap_or(0),
                c.kind,
                status,
                entry_number(doc, c),
            )
        })
        .collect()
}

/// [`entries`] of the citations in notes only.
pub fn note_entries(doc: &Document) -> Vec<(u32, CitationKind, Status, Option<usize>)> {
    let mut all = entries(doc);
    all.retain(|e| e.0 != 0);
    all
}

/// The fields of bibliography entry `n` (1-based).
pub fn entry(doc: &Document, n: usize) -> &CslItem {
    &doc.references
        .iter()
        .find(|r| r.bibliography_index == Some(n))
        .unwrap()
        .fields
}

/// (family, given) of each author of `item`.
pub fn authors(item: &CslItem) -> Vec<(&str, &str)> {
    item.author
        .iter()
        .map(|a| {
            (
                a.family.as_deref().unwrap_or(""),
                a.given.as_deref().unwrap_or(""),
            )
        })
        .collect()
}

/// (family, given) of each editor of `item`.
pub fn editors(item: &CslItem) -> Vec<(&str, &str)> {
    item.editor
        .iter()
        .map(|a| {
            (
                a.family.as_deref().unwrap_or(""),
                a.given.as_deref().unwrap_or(""),
            )
        })
        .collect()
}

/// The bibliography entry number (1-based) `c` links to, if any.
pub fn entry_number(doc: &Document, c: &Citation) -> Option<usize> {
    c.reference
        .as_deref()
        .and_then(|r| doc.reference(r))
        .and_then(|r| r.bibliography_index)
}

/// The citations of note `n`.
pub fn in_note(doc: &Document, n: u32) -> Vec<&Citation> {
    doc.citations
        .iter()
        .filter(|c| c.footnote == Some(n))
        .collect()
}

/// The one citation of note `n`.
pub fn only(doc: &Document, n: u32) -> &Citation {
    let v = in_note(doc, n);
    assert_eq!(v.len(), 1, "note {n}: {v:#?}");
    v[0]
}

/// The fields of the work `c` links to.
pub fn work<'d>(doc: &'d Document, c: &Citation) -> &'d CslItem {
    &doc.reference(c.reference.as_deref().unwrap())
        .unwrap()
        .fields
}

/// (kind, status, bibliography entry) of each citation of note `n`.
pub fn note_links(doc: &Document, n: u32) -> Vec<(CitationKind, Status, Option<usize>)> {
    in_note(doc, n)
        .into_iter()
        .map(|c| {
            (
                c.kind,
                c.status.unwrap_or(Status::Dangling),
                entry_number(doc, c),
            )
        })
        .collect()
}

/// A paper whose notes are `notes`, each marked once in the text by a
/// sentence `word` (`Texto.1 Texto.2 …`).
pub fn paper_of_notes(word: &str, notes: &[&str]) -> Document {
    let body: String = (1..=notes.len()).map(|n| format!("{word}.{n} ")).collect();
    let list: String = notes
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{} {t}\n", i + 1))
        .collect();
    run_text(&format!("{body}\n\n{list}"))
}
