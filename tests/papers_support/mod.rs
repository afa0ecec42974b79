//! What the tests of bundled papers share: the grammar, compiled once, and
//! running a paper and listing its findings.

// Each test file uses some of these.
#![allow(dead_code, clippy::unwrap_used)]

use opcit::diagnostic::Code;
use opcit::grammar::Grammar;
use opcit::model::Document;
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
