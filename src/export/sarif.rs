//! SARIF 2.1.0 output for `opcit check --format sarif`, as GitHub code
//! scanning accepts it: one rule per diagnostic code (stable `ruleId`),
//! regions with 1-based lines and columns, and `partialFingerprints` that
//! survive edits elsewhere in the file.

use crate::diagnostic::{Code, Diagnostic, Level};
use crate::source::SourceFile;
use serde_json::{json, Value};

fn sarif_level(l: Level) -> &'static str {
    match l {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Note | Level::Allow => "note",
    }
}

/// FNV-1a, 64 bit: a stable hash for fingerprints (not for security).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn rule_name(c: Code) -> String {
    c.as_str()
        .split('-')
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|f| f.to_ascii_uppercase().to_string() + cs.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Builds a SARIF log for the given files and their diagnostics.
pub fn sarif(files: &[(&SourceFile, &[Diagnostic])]) -> Value {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|c| {
            json!({
                "id": c.as_str(),
                "name": rule_name(*c),
                "shortDescription": { "text": c.summary() },
                "fullDescription": { "text": c.summary() },
                "defaultConfiguration": { "level": sarif_level(c.default_level()) },
                "helpUri": format!("https://docs.rs/opcit/latest/opcit/diagnostic/enum.Code.html#{}", c.as_str()),
            })
        })
        .collect();
    let mut results = Vec::new();
    for (source, diags) in files {
        let mut seen: std::collections::HashMap<u64, u32> = std::collections::HashMap::new();
        for d in diags.iter() {
            let a = source.line_col(d.span.start);
            let b = source.line_col(d.span.end.max(d.span.start));
            let line_text = source.slice(source.line_span(d.span.start)).trim();
            let base = fnv1a(format!("{}\u{0}{}", d.code, line_text).as_bytes());
            let n = seen.entry(base).or_insert(0);
            *n += 1;
            let rule_index = Code::ALL.iter().position(|c| *c == d.code).unwrap_or(0);
            let mut message = d.message.clone();
            for note in &d.notes {
                message.push('\n');
                message.push_str(note);
            }
            let related: Vec<Value> = d
                .labels
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let la = source.line_col(l.span.start);
                    json!({
                        "id": i,
                        "message": { "text": l.message },
                        "physicalLocation": {
                            "artifactLocation": { "uri": source.name() },
                            "region": { "startLine": la.line, "startColumn": la.column },
                        }
                    })
                })
                .collect();
            results.push(json!({
                "ruleId": d.code.as_str(),
                "ruleIndex": rule_index,
                "level": sarif_level(d.level),
                "message": { "text": message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": source.name() },
                        "region": {
                            "startLine": a.line,
                            "startColumn": a.column,
                            "endLine": b.line,
                            "endColumn": b.column,
                            "byteOffset": d.span.start,
                            "byteLength": d.span.len(),
                        }
                    }
                }],
                "relatedLocations": related,
                "partialFingerprints": { "primaryLocationLineHash": format!("{base:016x}:{n}") },
            }));
        }
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "opcit",
                "informationUri": "https://crates.io/crates/opcit",
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}
