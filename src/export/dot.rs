//! Graphviz DOT (`opcit graph --format dot`), written by hand: petgraph's
//! `Dot` says its output may change, and it does not escape for us.
//!
//! Every id and attribute value is a quoted DOT string made by [`quote`]:
//! backslashes and quotes are escaped, line breaks become `\n`, control
//! characters are dropped, so no input (`"]; x -> y; [` included) can end a
//! string or add a statement. Labels are wrapped and cut short so the
//! picture stays readable; the full text goes into `tooltip` (shown by SVG
//! viewers). Footnotes, in-text sites, bibliography entries, note-only works,
//! authors and venues each sit in their own cluster; anything a diagnostic
//! concerns is drawn in red with its codes under the label. The font is a
//! CJK-capable Noto face so Hangul renders where it is installed. This
//! module only writes; it never changes the graph.

use crate::graph::{EdgeKind, Graph, Node, NodeKind};
use crate::model::Status;
use std::fmt::Write as _;

/// The font every label asks for (falls back to the system default).
pub const FONT: &str = "Noto Sans CJK KR";

/// Widest label line, in columns (CJK characters count two).
pub const LABEL_WIDTH: usize = 34;

/// Most label lines before the label is cut with `…`.
pub const LABEL_LINES: usize = 3;

/// Longest tooltip, in characters.
pub const TOOLTIP_CHARS: usize = 600;

const DEFECT: &str = "#d62728";

/// Escapes `s` as a quoted DOT string, quotes included.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Display width of a character: two columns for wide (CJK) characters.
fn width(c: char) -> usize {
    let wide = matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD);
    if wide {
        2
    } else {
        1
    }
}

/// Wraps `s` into at most `lines` lines of at most `cols` columns, breaking
/// at spaces where it can, and ends it with `…` if it had to cut. Line
/// breaks and runs of spaces in the input count as one space.
pub fn wrap(s: &str, cols: usize, lines: usize) -> Vec<String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut line_w = 0;
    let mut cut = false;
    'words: for w in words {
        let ww: usize = w.chars().map(width).sum();
        if line_w > 0 && line_w + 1 + ww <= cols {
            line.push(' ');
            line.push_str(w);
            line_w += 1 + ww;
            continue;
        }
        if line_w > 0 {
            out.push(std::mem::take(&mut line));
            line_w = 0;
            if out.len() == lines {
                cut = true;
                break;
            }
        }
        // A word longer than a line is split where it must be.
        for c in w.chars() {
            let cw = width(c);
            if line_w + cw > cols {
                out.push(std::mem::take(&mut line));
                line_w = 0;
                if out.len() == lines {
                    cut = true;
                    break 'words;
                }
            }
            line.push(c);
            line_w += cw;
        }
    }
    if !line.is_empty() {
        if out.len() == lines {
            cut = true;
        } else {
            out.push(line);
        }
    }
    if cut {
        if let Some(last) = out.last_mut() {
            while last.chars().map(width).sum::<usize>() + 1 > cols {
                if last.pop().is_none() {
                    break;
                }
            }
            last.push('…');
        }
    }
    out
}

fn truncate(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).collect();
    if s.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

fn style(kind: NodeKind) -> (&'static str, &'static str) {
    // (shape, fill)
    match kind {
        NodeKind::Document => ("folder", "#e0e0e0"),
        NodeKind::Footnote => ("note", "#fff3c4"),
        NodeKind::Site => ("note", "#ffe0b2"),
        NodeKind::Citation => ("box", "#f5f5f5"),
        NodeKind::Reference => ("box", "#dbe9f8"),
        NodeKind::Author => ("ellipse", "#dcf0dc"),
        NodeKind::Venue => ("hexagon", "#eadcf4"),
    }
}

fn node_line(out: &mut String, n: &Node, indent: &str) {
    let (shape, fill) = style(n.kind);
    let mut label = wrap(&n.label, LABEL_WIDTH, LABEL_LINES).join("\n");
    if label.is_empty() {
        label = n.id.clone();
    }
    if !n.defects.is_empty() {
        let codes: Vec<&str> = n.defects.iter().map(|c| c.as_str()).collect();
        label.push_str(&format!("\n[{}]", codes.join(", ")));
    } else if let Some(s) = n.status.filter(|_| n.is_defective()) {
        let status = match s {
            Status::Resolved => "resolved",
            Status::Dangling => "dangling",
            Status::Ambiguous => "ambiguous",
        };
        label.push_str(&format!("\n[{status}]"));
    }
    let tooltip = truncate(n.text.as_deref().unwrap_or(&n.label), TOOLTIP_CHARS);
    let _ = write!(
        out,
        "{indent}{} [label={}, shape={shape}, fillcolor=\"{fill}\", tooltip={}",
        quote(&n.id),
        quote(&label),
        quote(&tooltip)
    );
    if n.is_defective() {
        let _ = write!(
            out,
            ", color=\"{DEFECT}\", fontcolor=\"{DEFECT}\", penwidth=2"
        );
    }
    if n.kind == NodeKind::Reference || n.kind == NodeKind::Author || n.kind == NodeKind::Venue {
        if let Some(c) = n.cited.filter(|c| *c > 0) {
            // Bigger type for what is cited more, within reason.
            let size = 10.0 + f64::from(c.min(12)) * 0.5;
            let _ = write!(out, ", fontsize={size}");
        }
    }
    out.push_str("];\n");
}

fn cluster(out: &mut String, g: &Graph, name: &str, title: &str, pick: impl Fn(&Node) -> bool) {
    let members: Vec<&Node> = g.nodes().filter(|n| pick(n)).collect();
    if members.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "  subgraph {} {{\n    label={};\n    style=\"rounded,dashed\";\n    color=\"#9e9e9e\";",
        quote(&format!("cluster_{name}")),
        quote(title)
    );
    for n in members {
        node_line(out, n, "    ");
    }
    out.push_str("  }\n");
}

/// Writes the graph as DOT.
pub fn render(g: &Graph) -> String {
    let mut out = String::new();
    let title = format!("{} ({} view)", g.name(), g.view().as_str());
    let _ = writeln!(out, "digraph {} {{", quote("opcit"));
    let _ = writeln!(
        out,
        "  graph [label={}, labelloc=t, fontname={font}, fontsize=16, rankdir=LR, ranksep=1.1, nodesep=0.12];",
        quote(&title),
        font = quote(FONT)
    );
    let _ = writeln!(
        out,
        "  node [fontname={font}, fontsize=10, style=\"filled,rounded\", color=\"#616161\", margin=\"0.08,0.03\", height=0.3];",
        font = quote(FONT)
    );
    let _ = writeln!(
        out,
        "  edge [fontname={font}, fontsize=8, color=\"#757575\", arrowsize=0.6];",
        font = quote(FONT)
    );
    if g.view() == crate::graph::View::Corpus {
        cluster(&mut out, g, "papers", "Papers", |n| {
            n.kind == NodeKind::Document
        });
        cluster(&mut out, g, "sources", "Sources", |n| {
            n.kind == NodeKind::Reference
        });
    }
    for n in g.nodes().filter(|n| n.kind == NodeKind::Document) {
        if g.view() != crate::graph::View::Corpus {
            node_line(&mut out, n, "  ");
        }
    }
    cluster(&mut out, g, "notes", "Footnotes", |n| {
        n.kind == NodeKind::Footnote
    });
    cluster(&mut out, g, "text", "In-text citations", |n| {
        n.kind == NodeKind::Site
    });
    cluster(&mut out, g, "citations", "Citations", |n| {
        n.kind == NodeKind::Citation
    });
    let corpus = g.view() == crate::graph::View::Corpus;
    cluster(&mut out, g, "bibliography", "Bibliography", |n| {
        !corpus && n.kind == NodeKind::Reference && n.bibliography_index.is_some()
    });
    cluster(&mut out, g, "note_only", "Cited only in notes", |n| {
        !corpus && n.kind == NodeKind::Reference && n.bibliography_index.is_none()
    });
    cluster(&mut out, g, "authors", "Authors", |n| {
        n.kind == NodeKind::Author
    });
    cluster(&mut out, g, "venues", "Venues", |n| {
        n.kind == NodeKind::Venue
    });
    for e in g.edges() {
        let mut attrs: Vec<String> = Vec::new();
        let mut label = String::new();
        if e.edge.weight > 1 {
            label.push_str(&format!("×{}", e.edge.weight));
            let pen = 1.0 + f64::from(e.edge.weight.min(8)) * 0.4;
            attrs.push(format!("penwidth={pen}"));
        }
        if let Some(l) = &e.edge.locator {
            if !label.is_empty() {
                label.push(' ');
            }
            let shown = match e.edge.locator_label.as_deref() {
                None | Some("page") => format!("p. {l}"),
                Some(other) => format!("{other} {l}"),
            };
            label.push_str(&truncate(&shown, 24));
        }
        if !label.is_empty() {
            attrs.push(format!("label={}", quote(&label)));
        }
        match e.edge.kind {
            EdgeKind::RefersBack => {
                attrs.push("style=dashed".into());
                attrs.push("constraint=false".into());
            }
            EdgeKind::AuthoredBy => {
                attrs.push("color=\"#bdbdbd\"".into());
            }
            EdgeKind::PublishedIn => {
                // Venues get a column of their own beyond the authors, so
                // that neither column grows twice as tall.
                attrs.push("color=\"#bdbdbd\"".into());
                attrs.push("minlen=2".into());
            }
            EdgeKind::SharesSources => {
                attrs.push("style=dashed".into());
                attrs.push("dir=none".into());
                attrs.push("constraint=false".into());
                attrs.push("color=\"#7e57c2\"".into());
            }
            EdgeKind::Contains if e.source.kind == NodeKind::Document => {
                attrs.push("color=\"#e0e0e0\"".into());
            }
            _ => {}
        }
        attrs.push(format!("tooltip={}", quote(e.edge.kind.as_str())));
        let _ = writeln!(
            out,
            "  {} -> {} [{}];",
            quote(&e.source.id),
            quote(&e.target.id),
            attrs.join(", ")
        );
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_makes_statement_injection_harmless() {
        assert_eq!(quote("\"]; x -> y; ["), "\"\\\"]; x -> y; [\"");
        assert_eq!(quote("a\\b\nc\u{1b}[2J\u{0}"), "\"a\\\\b\\nc[2J\"");
        assert_eq!(quote("한국어 Русский"), "\"한국어 Русский\"");
    }

    #[test]
    fn labels_wrap_at_spaces_and_cut_with_an_ellipsis() {
        assert_eq!(wrap("one two three", 7, 3), vec!["one two", "three"]);
        assert_eq!(wrap("one two three four", 7, 2), vec!["one two", "three…"]);
        assert_eq!(wrap("abcdefghij", 4, 2), vec!["abcd", "efg…"]);
        // Hangul is two columns wide.
        assert_eq!(wrap("가나다라마", 4, 3), vec!["가나", "다라", "마"]);
        assert!(wrap("", 10, 2).is_empty());
    }
}
