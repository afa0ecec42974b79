//! BibTeX (`opcit refs --format bibtex`) for BibTeX, biber, JabRef and
//! Zotero.
//!
//! Citation keys are `<family><year><first title word>` in ASCII
//! (`waltz1979theory`); a name with no ASCII letters (Hangul, Cyrillic) uses
//! the reference id instead (`ref_b5_2024`). Keys that come out equal get
//! `a`, `b`, `c` … suffixes in reference order, so keys are stable for the
//! same input. CSL types map to entry types (`article-journal` →
//! `@article`, `book` → `@book`, `chapter` → `@incollection` …).
//!
//! Field values are brace-delimited; every LaTeX special character in them
//! (`\ { } % & $ # _ ~ ^`) is escaped, line breaks become spaces and control
//! characters are dropped, so no title can close a field or an entry. URLs
//! are written verbatim (as the `url` package reads them) except for braces
//! and spaces, which are percent-encoded. This module only writes; it never
//! changes the references.

use crate::model::{CslDate, CslItem, CslName, Document};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Words skipped when choosing the title word of a key.
const STOP_WORDS: [&str; 12] = [
    "a", "an", "the", "on", "of", "in", "and", "for", "to", "der", "die", "das",
];

/// Escapes text for a braced BibTeX field value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if c.is_control() {
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' => out.push_str("\\{"),
            '}' => out.push_str("\\}"),
            '%' => out.push_str("\\%"),
            '&' => out.push_str("\\&"),
            '$' => out.push_str("\\$"),
            '#' => out.push_str("\\#"),
            '_' => out.push_str("\\_"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c => out.push(c),
        }
    }
    out
}

/// Makes a URL safe inside braces: braces, spaces and control characters
/// are percent-encoded, the rest is kept as written.
pub fn escape_url(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        match c {
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '\\' => out.push_str("%5C"),
            c if c.is_whitespace() || c.is_control() => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(out, "%{b:02X}");
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// The BibTeX entry type for a CSL type.
pub fn entry_type(item: &CslItem) -> &'static str {
    match item.kind.as_str() {
        "article-journal" | "article-magazine" | "article-newspaper" | "review" | "review-book" => {
            "article"
        }
        "article" if item.container_title.is_some() => "article",
        "book" | "classic" => "book",
        "chapter" | "entry-encyclopedia" | "entry-dictionary" => "incollection",
        "paper-conference" => "inproceedings",
        "report" => "techreport",
        "thesis" => "phdthesis",
        _ => "misc",
    }
}

fn ascii_key(s: &str) -> String {
    crate::text::key(s)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// The key a reference would get before duplicates are told apart.
pub fn base_key(id: &str, item: &CslItem) -> String {
    let name = item
        .author
        .first()
        .map(|n| ascii_key(n.family.as_deref().or(n.literal.as_deref()).unwrap_or("")))
        .unwrap_or_default();
    let year = item.year().map(|y| y.to_string()).unwrap_or_default();
    let word = item
        .title
        .as_deref()
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .map(ascii_key)
        .find(|w| w.chars().any(|c| c.is_ascii_alphabetic()) && !STOP_WORDS.contains(&w.as_str()))
        .unwrap_or_default();
    if name.is_empty() {
        let id: String = id.chars().filter(char::is_ascii_alphanumeric).collect();
        let mut k = format!("ref_{id}");
        if !year.is_empty() {
            k.push('_');
            k.push_str(&year);
        }
        return k;
    }
    format!("{name}{year}{word}")
}

/// `a` … `z`, `aa`, `ab` …: the n-th (0-based) suffix.
fn suffix(mut n: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(char::from(b'a' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s.iter().rev().collect()
}

/// Citation keys for every reference, in reference order: unique, and the
/// same for the same input.
pub fn keys(doc: &Document) -> Vec<String> {
    let bases: Vec<String> = doc
        .references
        .iter()
        .map(|r| base_key(&r.id, &r.fields))
        .collect();
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for b in &bases {
        *count.entry(b.as_str()).or_default() += 1;
    }
    let mut used: BTreeSet<String> = bases
        .iter()
        .filter(|b| count.get(b.as_str()) == Some(&1))
        .cloned()
        .collect();
    let mut next: BTreeMap<&str, usize> = BTreeMap::new();
    bases
        .iter()
        .map(|b| {
            if count.get(b.as_str()) == Some(&1) {
                return b.clone();
            }
            let n = next.entry(b.as_str()).or_default();
            loop {
                let k = format!("{b}{}", suffix(*n));
                *n += 1;
                if used.insert(k.clone()) {
                    return k;
                }
            }
        })
        .collect()
}

fn name(n: &CslName) -> String {
    match (&n.literal, &n.family, &n.given) {
        // Double braces keep an organisation from being split into names.
        (Some(l), _, _) => format!("{{{}}}", escape(l)),
        (None, Some(f), Some(g)) => format!("{}, {}", escape(f), escape(g)),
        (None, Some(f), None) => escape(f),
        (None, None, Some(g)) => escape(g),
        (None, None, None) => String::new(),
    }
}

fn iso_date(d: &CslDate) -> Option<String> {
    let y = d.year()?;
    Some(match (d.month(), d.day()) {
        (Some(m), Some(day)) => format!("{y:04}-{m:02}-{day:02}"),
        (Some(m), None) => format!("{y:04}-{m:02}"),
        _ => format!("{y:04}"),
    })
}

fn pages(p: &str) -> String {
    // A single dash or en dash between page numbers is `--` in BibTeX.
    p.replace(['–', '—'], "-")
        .split('-')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("--")
}

/// The fields of one entry, in output order.
pub fn fields(item: &CslItem) -> Vec<(&'static str, String)> {
    let ty = entry_type(item);
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let names: Vec<String> = item
        .author
        .iter()
        .map(name)
        .filter(|n| !n.is_empty())
        .collect();
    if !names.is_empty() {
        let mut a = names.join(" and ");
        if item.et_al {
            a.push_str(" and others");
        }
        out.push(("author", a));
    }
    // `translator` is biblatex's; BibTeX styles leave it out.
    for (field, people) in [("editor", &item.editor), ("translator", &item.translator)] {
        let names: Vec<String> = people.iter().map(name).filter(|n| !n.is_empty()).collect();
        if !names.is_empty() {
            out.push((field, names.join(" and ")));
        }
    }
    if let Some(t) = &item.title {
        out.push(("title", escape(t)));
    }
    if let Some(t) = &item.title_short {
        out.push(("shorttitle", escape(t)));
    }
    if let Some(c) = &item.container_title {
        let field = match ty {
            "article" => "journal",
            "incollection" | "inproceedings" => "booktitle",
            "book" | "techreport" => "series",
            _ => "howpublished",
        };
        out.push((field, escape(c)));
    }
    if let Some(p) = &item.publisher {
        let field = match ty {
            "techreport" => "institution",
            "phdthesis" => "school",
            _ => "publisher",
        };
        out.push((field, escape(p)));
    }
    if let Some(p) = &item.publisher_place {
        out.push(("address", escape(p)));
    }
    // A thesis's degree as the paper gives it (`PhD diss.`).
    if let Some(g) = &item.genre {
        out.push(("type", escape(g)));
    }
    // An archival source: where it is kept, as a note.
    if let Some(a) = &item.archive {
        out.push(("note", escape(&a.held_at())));
    }
    if let Some(e) = &item.edition {
        out.push(("edition", escape(e)));
    }
    if let Some(v) = &item.volume {
        out.push(("volume", escape(v)));
    }
    // The part of a work issued in parts: biblatex's field.
    if let Some(p) = &item.part_number {
        out.push(("part", escape(p)));
    }
    // The issue, else the work's own number (a report's, a statute's).
    if let Some(n) = item.issue.as_ref().or(item.number.as_ref()) {
        out.push(("number", escape(n)));
    }
    if let Some(p) = &item.page {
        out.push(("pages", escape(&pages(p))));
    }
    // A book's number of pages: biblatex's field; BibTeX styles leave it
    // out.
    if let Some(n) = &item.number_of_pages {
        out.push(("pagetotal", escape(n)));
    }
    if let Some(i) = &item.isbn {
        out.push(("isbn", escape(i)));
    }
    if let Some(d) = &item.issued {
        if let Some(y) = d.year() {
            out.push(("year", y.to_string()));
        }
        if let Some(m) = d.month() {
            out.push(("month", m.to_string()));
            // biblatex reads the full date; BibTeX ignores the field.
            if let Some(iso) = iso_date(d) {
                out.push(("date", iso));
            }
        }
    }
    if let Some(u) = &item.url {
        out.push(("url", escape_url(u)));
    }
    if let Some(iso) = item.accessed.as_ref().and_then(iso_date) {
        out.push(("urldate", iso));
    }
    out
}

/// Writes the references as a BibTeX file.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    let keys = keys(doc);
    for (r, key) in doc.references.iter().zip(keys) {
        let _ = writeln!(out, "@{}{{{key},", entry_type(&r.fields));
        for (k, v) in fields(&r.fields) {
            let _ = writeln!(out, "  {k} = {{{v}}},");
        }
        out.push_str("}\n\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_special_character_is_escaped() {
        assert_eq!(
            escape("50% of {R&D} costs $5 #1 a_b ~x^2 \\end"),
            "50\\% of \\{R\\&D\\} costs \\$5 \\#1 a\\_b \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{}end"
        );
        assert_eq!(escape("two\nlines\u{0}\u{1b}"), "two lines");
    }

    #[test]
    fn suffixes_count_like_spreadsheet_columns() {
        assert_eq!(suffix(0), "a");
        assert_eq!(suffix(25), "z");
        assert_eq!(suffix(26), "aa");
        assert_eq!(suffix(27), "ab");
    }

    #[test]
    fn page_ranges_use_a_double_dash() {
        assert_eq!(pages("169-172"), "169--172");
        assert_eq!(pages("169–172"), "169--172");
        assert_eq!(pages("12"), "12");
    }

    #[test]
    fn urls_keep_their_characters_but_not_braces() {
        assert_eq!(
            escape_url("https://x.org/a_b?q=1%20&r#s"),
            "https://x.org/a_b?q=1%20&r#s"
        );
        assert_eq!(
            escape_url("https://x.org/{a} b"),
            "https://x.org/%7Ba%7D%20b"
        );
    }
}
