//! Invariants every analysed document must satisfy, whatever the input.
//!
//! Shared by the property tests (`tests/properties.rs`), the hostile-input
//! tests (`tests/hostile.rs`) and the fuzz targets (`fuzz/fuzz_targets/`,
//! which include this file by path). Each check returns a description of
//! the first violation instead of panicking, so that callers can add the
//! input to the message.
//!
//! The line/column check does not trust [`SourceFile::line_col`]: it counts
//! line ends itself, naively, and compares.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(dead_code)]

use opcit::diagnostic::{render_github, render_human, Diagnostic};
use opcit::export::extract::to_wire;
use opcit::model::{CitationKind, Document};
use opcit::source::{SourceFile, Span};
use std::collections::HashSet;

/// Line and column of every byte offset `0..=text.len()`, counted naively:
/// `\n`, `\r\n` and a lone `\r` end a line; columns count characters, but
/// a byte order mark at the very start takes none.
pub fn naive_line_cols(text: &str) -> Vec<(usize, usize)> {
    let mut out = vec![(0, 0); text.len() + 1];
    let (mut line, mut col) = (1, 1);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        for slot in out.iter_mut().skip(i).take(c.len_utf8()) {
            *slot = (line, col);
        }
        if i == 0 && c == '\u{feff}' {
            continue;
        }
        let crlf = c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n');
        if c == '\n' || (c == '\r' && !crlf) {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    if let Some(last) = out.last_mut() {
        *last = (line, col);
    }
    out
}

/// Every span a document holds, with a name for messages.
pub fn all_spans(doc: &Document) -> Vec<(String, Span)> {
    let mut spans = Vec::new();
    for f in &doc.footnotes {
        spans.push((format!("footnote {} label", f.number), f.label));
        spans.push((format!("footnote {} span", f.number), f.span()));
        for p in &f.pieces {
            spans.push((format!("footnote {} piece", f.number), *p));
        }
        for m in &f.markers {
            spans.push((format!("footnote {} marker", f.number), *m));
        }
    }
    for m in &doc.markers {
        spans.push((format!("marker {}", m.number), m.span));
    }
    for c in &doc.citations {
        spans.push((format!("citation {}", c.id), c.span));
    }
    for r in &doc.references {
        spans.push((format!("reference {}", r.id), r.span));
    }
    if let Some(b) = doc.bibliography {
        spans.push(("bibliography".into(), b));
    }
    for d in &doc.diagnostics {
        spans.push((format!("diagnostic {}", d.code), d.span));
        for l in &d.labels {
            spans.push((format!("diagnostic {} label", d.code), l.span));
        }
    }
    spans
}

/// Spans lie inside the text, on character boundaries, and
/// [`SourceFile::line_col`] agrees with a naive count at both ends.
pub fn check_spans(source: &SourceFile, doc: &Document) -> Result<(), String> {
    let text = source.text();
    let table = naive_line_cols(text);
    for (what, s) in all_spans(doc) {
        if s.start > s.end || s.end > text.len() {
            return Err(format!("{what}: span {s:?} outside 0..{}", text.len()));
        }
        for at in [s.start, s.end] {
            if !text.is_char_boundary(at) {
                return Err(format!("{what}: span {s:?} cuts a character at {at}"));
            }
            let lc = source.line_col(at);
            let want = table[at];
            if (lc.line, lc.column) != want {
                return Err(format!(
                    "{what}: offset {at} is line {}, column {} by line_col but {want:?} by counting",
                    lc.line, lc.column
                ));
            }
        }
    }
    Ok(())
}

/// Ids are unique and every link points to something that exists.
pub fn check_links(doc: &Document) -> Result<(), String> {
    let notes: HashSet<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    let refs: HashSet<&str> = doc.references.iter().map(|r| r.id.as_str()).collect();
    let cites: HashSet<&str> = doc.citations.iter().map(|c| c.id.as_str()).collect();
    if refs.len() != doc.references.len() {
        return Err("two references share an id".into());
    }
    if cites.len() != doc.citations.len() {
        return Err("two citations share an id".into());
    }
    for (i, c) in doc.citations.iter().enumerate() {
        if let Some(n) = c.footnote {
            if !notes.contains(&n) {
                return Err(format!(
                    "citation {} is in footnote {n}, which does not exist",
                    c.id
                ));
            }
        }
        if let Some(r) = &c.reference {
            if !refs.contains(r.as_str()) {
                return Err(format!("citation {} links to missing reference {r}", c.id));
            }
        }
        if let Some(a) = &c.antecedent {
            let Some(j) = doc.citations.iter().position(|x| &x.id == a) else {
                return Err(format!("citation {} has missing antecedent {a}", c.id));
            };
            if j == i {
                return Err(format!("citation {} is its own antecedent", c.id));
            }
            if c.kind == CitationKind::Ibid && j > i {
                return Err(format!("ibid {} points forward to {a}", c.id));
            }
        }
    }
    if doc
        .diagnostics
        .windows(2)
        .any(|w| w[0].span.start > w[1].span.start)
    {
        return Err("diagnostics are not sorted by position".into());
    }
    Ok(())
}

/// The extract JSON serialises, parses back, and its counts agree.
pub fn check_wire(source: &SourceFile, doc: &Document) -> Result<String, String> {
    let wire = to_wire(source, doc);
    let json = serde_json::to_string(&wire).map_err(|e| format!("serialise: {e}"))?;
    let v: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| format!("extract JSON does not parse: {e}"))?;
    let len = |k: &str| v[k].as_array().map_or(usize::MAX, Vec::len);
    if len("footnotes") != doc.footnotes.len()
        || len("citations") != doc.citations.len()
        || len("references") != doc.references.len()
        || len("diagnostics") != doc.diagnostics.len()
    {
        return Err("extract JSON lost items".into());
    }
    if v["source"]["bytes"].as_u64() != Some(source.text().len() as u64) {
        return Err("extract JSON gives the wrong byte count".into());
    }
    Ok(json)
}

/// True when every ESC in `s` opens a plain SGR colour sequence (`ESC[…m`).
pub fn only_sgr_escapes(s: &str) -> bool {
    let mut rest = s;
    while let Some(at) = rest.find('\u{1b}') {
        let after = &rest[at + 1..];
        let Some(params) = after.strip_prefix('[') else {
            return false;
        };
        let end = params
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(params.len());
        if !params[end..].starts_with('m') {
            return false;
        }
        rest = &params[end + 1..];
    }
    true
}

/// The renderers keep input text from driving a terminal or breaking
/// their formats: no control character but `\n` and `\t` in human output
/// (plus SGR colour when asked for), one GitHub command line per
/// diagnostic, SARIF that parses back with one result per diagnostic.
pub fn check_renderers(source: &SourceFile, diags: &[Diagnostic]) -> Result<(), String> {
    for color in [false, true] {
        let human = render_human(source, diags, color);
        if let Some(c) = human
            .chars()
            .find(|&c| c.is_control() && !matches!(c, '\n' | '\t' | '\u{1b}'))
        {
            return Err(format!("human output has control character {c:?}"));
        }
        if !color && human.contains('\u{1b}') {
            return Err("human output without colour has an ESC byte".into());
        }
        if color && !only_sgr_escapes(&human) {
            return Err("human output has an escape sequence that is not a colour".into());
        }
        if let Some(c) = human.chars().find(|c| is_bidi_control(*c)) {
            return Err(format!("human output has bidi control {c:?}"));
        }
    }
    let github = render_github(source, diags);
    if github.lines().count() != diags.len() || github.contains('\r') {
        return Err(format!(
            "github output has {} lines for {} diagnostics",
            github.lines().count(),
            diags.len()
        ));
    }
    if let Some(bad) = github.lines().find(|l| !l.starts_with("::")) {
        return Err(format!("github line is not a workflow command: {bad:?}"));
    }
    let sarif = opcit::export::sarif::sarif(&[(source, diags)]);
    let text = serde_json::to_string(&sarif).map_err(|e| format!("sarif: {e}"))?;
    let back: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("SARIF does not parse: {e}"))?;
    let results = back["runs"][0]["results"].as_array().map_or(0, Vec::len);
    if results != diags.len() {
        return Err(format!(
            "SARIF has {results} results for {} diagnostics",
            diags.len()
        ));
    }
    Ok(())
}

/// Embeddings, overrides and isolates: characters that reorder the text
/// around them on screen ("Trojan Source"). The marks (LRM, RLM, ALM) are
/// left alone: they are common in real right-to-left text and reorder
/// nothing beyond themselves.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Every invariant of an analysed document; returns its extract JSON.
pub fn check_all(source: &SourceFile, doc: &Document) -> Result<String, String> {
    check_spans(source, doc)?;
    check_links(doc)?;
    check_renderers(source, &doc.diagnostics)?;
    check_wire(source, doc)
}
