//! RIS (`opcit refs --format ris`) for Zotero, JabRef, EndNote and Mendeley.
//!
//! One record per reference: `TY` first, `ER` last, in between `AU` (one
//! per name, `Family, Given` or the organisation), `TI`, `T2` (journal,
//! site or series), `PY`, `DA` (`YYYY/MM/DD/`), `VL`, `IS`, `SP`/`EP`,
//! `PB`, `CY`, `ET` (edition), `AV` (an archival source's archive and
//! shelfmark), `UR`, `Y2` (access date) and `ID` (the
//! reference id). Lines end in CRLF as the format specifies. A value never
//! spans lines: line breaks become spaces and control characters are
//! dropped, so no input can start a new tag. This module only writes; it
//! never changes the references.

use crate::model::{CslDate, CslItem, CslName, Document};
use std::fmt::Write as _;

/// The RIS reference type for a CSL type.
pub fn ris_type(item: &CslItem) -> &'static str {
    match item.kind.as_str() {
        "article-journal" | "review" | "review-book" => "JOUR",
        "article" if item.container_title.is_some() => "JOUR",
        "article-magazine" => "MGZN",
        "article-newspaper" => "NEWS",
        "book" | "classic" => "BOOK",
        "chapter" => "CHAP",
        "paper-conference" => "CONF",
        "report" => "RPRT",
        "thesis" => "THES",
        "webpage" | "post" | "post-weblog" => "ELEC",
        "entry-encyclopedia" | "entry-dictionary" => "ENCYC",
        "dataset" => "DATA",
        "manuscript" => "MANSCPT",
        _ => "GEN",
    }
}

/// Makes a value fit on one RIS line.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else if !c.is_control() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

fn name(n: &CslName) -> String {
    match (&n.literal, &n.family, &n.given) {
        (Some(l), _, _) => l.clone(),
        (None, Some(f), Some(g)) => format!("{f}, {g}"),
        (None, Some(f), None) => f.clone(),
        (None, None, Some(g)) => g.clone(),
        (None, None, None) => String::new(),
    }
}

fn ris_date(d: &CslDate) -> Option<String> {
    let y = d.year()?;
    let two = |v: Option<i32>| v.map(|v| format!("{v:02}")).unwrap_or_default();
    Some(format!("{y:04}/{}/{}/", two(d.month()), two(d.day())))
}

fn line(out: &mut String, tag: &str, value: &str) {
    let v = clean(value);
    if !v.is_empty() {
        let _ = write!(out, "{tag}  - {v}\r\n");
    }
}

/// Writes the references as RIS.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    for r in &doc.references {
        let item = &r.fields;
        let _ = write!(out, "TY  - {}\r\n", ris_type(item));
        line(&mut out, "ID", &r.id);
        for a in &item.author {
            line(&mut out, "AU", &name(a));
        }
        // The RIS specification's secondary author (an editor) and
        // subsidiary author (a translator).
        for e in &item.editor {
            line(&mut out, "A2", &name(e));
        }
        for t in &item.translator {
            line(&mut out, "A4", &name(t));
        }
        if let Some(t) = &item.title {
            line(&mut out, "TI", t);
        }
        if let Some(t) = &item.title_short {
            line(&mut out, "ST", t);
        }
        if let Some(c) = &item.container_title {
            line(&mut out, "T2", c);
        }
        if let Some(d) = &item.issued {
            if let Some(y) = d.year() {
                line(&mut out, "PY", &format!("{y:04}"));
            }
            if let Some(s) = ris_date(d) {
                line(&mut out, "DA", &s);
            }
        }
        // An archival source's archive and shelfmark: RIS's location in
        // archives.
        if let Some(a) = &item.archive {
            line(&mut out, "AV", &a.held_at());
        }
        if let Some(v) = &item.volume {
            line(&mut out, "VL", v);
        }
        if let Some(i) = &item.issue {
            line(&mut out, "IS", i);
        }
        // A report's, bill's or statute's own number.
        if let Some(n) = &item.number {
            line(&mut out, "M1", n);
        }
        // A book's number of pages, where no pages are cited: `SP`, as
        // Zotero writes it.
        if let (None, Some(n)) = (&item.page, &item.number_of_pages) {
            line(&mut out, "SP", n);
        }
        if let Some(i) = &item.isbn {
            line(&mut out, "SN", i);
        }
        if let Some(p) = &item.page {
            let p = p.replace(['–', '—'], "-");
            let mut parts = p.splitn(2, '-');
            if let Some(sp) = parts.next() {
                line(&mut out, "SP", sp.trim());
            }
            if let Some(ep) = parts.next() {
                line(&mut out, "EP", ep.trim());
            }
        }
        if let Some(p) = &item.publisher {
            line(&mut out, "PB", p);
        }
        if let Some(p) = &item.publisher_place {
            line(&mut out, "CY", p);
        }
        // The type of work: a thesis's degree.
        if let Some(g) = &item.genre {
            line(&mut out, "M3", g);
        }
        if let Some(e) = &item.edition {
            line(&mut out, "ET", e);
        }
        if let Some(u) = &item.url {
            line(&mut out, "UR", u);
        }
        if let Some(s) = item.accessed.as_ref().and_then(ris_date) {
            line(&mut out, "Y2", &s);
        }
        out.push_str("ER  - \r\n\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_never_span_lines() {
        assert_eq!(clean("a\r\nTY  - JOUR\u{0}"), "a TY - JOUR");
    }
}
