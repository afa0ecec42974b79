//! The `opcit extract` JSON document (schema `opcit/extract/1`, documented
//! in `docs/output.md`), and the JSON form of diagnostics used by `check`.

use crate::diagnostic::Diagnostic;
use crate::model::{CslItem, Document, Locator, Provenance, Status};
use crate::source::{SourceFile, Span};
use foldhash::HashMap;
use serde::Serialize;

/// The schema version string written in every document.
pub const SCHEMA: &str = "opcit/extract/1";

/// A span with line and column.
#[derive(Debug, Clone, Serialize)]
pub struct WireSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start` (characters).
    pub column: usize,
    /// 1-based line of `end`.
    pub end_line: usize,
    /// 1-based column of `end`.
    pub end_column: usize,
}

impl WireSpan {
    /// Converts a span using the source's line index.
    pub fn new(source: &SourceFile, span: Span) -> Self {
        let a = source.line_col(span.start);
        let b = source.line_col(span.end);
        WireSpan {
            start: span.start,
            end: span.end,
            line: a.line,
            column: a.column,
            end_line: b.line,
            end_column: b.column,
        }
    }
}

/// The input as read.
#[derive(Debug, Serialize)]
pub struct WireSource<'a> {
    /// Path or `-`.
    pub name: &'a str,
    /// `utf-8`, `utf-8-lossy`, `utf-16le`, `utf-16be`.
    pub encoding: crate::source::Encoding,
    /// Length of the decoded text in bytes.
    pub bytes: usize,
}

/// Counts.
#[derive(Debug, Serialize)]
pub struct WireSummary {
    /// Footnotes found.
    pub footnotes: usize,
    /// Body markers found.
    pub markers: usize,
    /// Citations found.
    pub citations: usize,
    /// References (bibliography entries plus note-only works).
    pub references: usize,
    /// Bibliography entries.
    pub bibliography_entries: usize,
    /// Citations resolved to a reference.
    pub resolved: usize,
    /// Diagnostics at each level.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
}

/// A footnote.
#[derive(Debug, Serialize)]
pub struct WireFootnote<'a> {
    /// Its number.
    pub number: u32,
    /// Its text (pieces joined by a space).
    pub text: &'a str,
    /// Label plus first piece.
    pub span: WireSpan,
    /// Every piece of the input it was read from.
    pub pieces: Vec<WireSpan>,
    /// Markers pointing to it.
    pub markers: Vec<WireSpan>,
    /// Its chapter, from 1, when notes are numbered per chapter (left out
    /// otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chapter: Option<u32>,
}

/// What a short form names.
#[derive(Debug, Serialize)]
pub struct WireShort<'a> {
    /// The back-reference word.
    pub word: Option<&'a str>,
    /// Author named.
    pub author: Option<&'a str>,
    /// Date named.
    pub date: Option<&'a str>,
    /// Short title named.
    pub title: Option<&'a str>,
    /// Note number (`supra note N`).
    pub note: Option<u32>,
}

/// A citation.
#[derive(Debug, Serialize)]
pub struct WireCitation<'a> {
    /// `c1`, `c2` …
    pub id: &'a str,
    /// Footnote number, or null for in-text citations.
    pub footnote: Option<u32>,
    /// The footnote's chapter when notes are numbered per chapter (left
    /// out otherwise, and for in-text citations).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chapter: Option<u32>,
    /// `full`, `short`, `ibid`, `supra`, `parenthetical`, `numeric`, `author-date`, `author-page`.
    pub kind: &'static str,
    /// The citation text.
    pub text: &'a str,
    /// Where.
    pub span: WireSpan,
    /// Signal (`see`, `cf.`).
    pub signal: Option<&'a str>,
    /// Pinpoint.
    pub locator: Option<&'a Locator>,
    /// Short-form parts.
    pub short: Option<WireShort<'a>>,
    /// Label of a numeric citation.
    pub label: Option<&'a str>,
    /// Linked reference id.
    pub reference: Option<&'a str>,
    /// Antecedent citation id (short forms).
    pub antecedent: Option<&'a str>,
    /// `resolved`, `dangling`, `ambiguous`.
    pub status: Option<Status>,
    /// Rule and score.
    pub provenance: Option<&'a Provenance>,
    /// Parsed fields (full citations), CSL-JSON.
    pub fields: Option<&'a CslItem>,
    /// Where an in-text citation stands (null for citations in footnotes).
    pub site: Option<WireSite<'a>>,
    /// Quoted through another work of the same note (`X` of `X apud Y`);
    /// left out when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub indirect: bool,
}

/// The place of an in-text citation in the body.
#[derive(Debug, Serialize)]
pub struct WireSite<'a> {
    /// 0-based index of the body paragraph (headings count as paragraphs).
    pub paragraph: usize,
    /// The section heading it stands under, or null.
    pub section: Option<&'a str>,
    /// `Smith (2020)` (true) rather than `(Smith, 2020)` or `[12]` (false).
    pub narrative: bool,
}

/// A reference.
#[derive(Debug, Serialize)]
pub struct WireReference<'a> {
    /// `b1`… (bibliography) or `n1`… (note-only).
    pub id: &'a str,
    /// 1-based position in the bibliography, or null.
    pub bibliography_index: Option<usize>,
    /// Text as written.
    pub raw: &'a str,
    /// Where.
    pub span: WireSpan,
    /// Opened with a ditto mark.
    pub ditto: bool,
    /// Numbered-list label.
    pub label: Option<&'a str>,
    /// CSL-JSON fields.
    pub csl: &'a CslItem,
    /// Text no field took.
    pub unparsed: Option<&'a str>,
    /// Citations linked to it.
    pub cited_by: Vec<&'a str>,
}

/// A label.
#[derive(Debug, Serialize)]
pub struct WireLabel<'a> {
    /// Where.
    pub span: WireSpan,
    /// What.
    pub message: &'a str,
}

/// A diagnostic.
#[derive(Debug, Serialize)]
pub struct WireDiagnostic<'a> {
    /// Stable code.
    pub code: &'static str,
    /// `error`, `warning`, `note`.
    pub severity: &'static str,
    /// Message.
    pub message: &'a str,
    /// Primary location.
    pub span: WireSpan,
    /// Footnote concerned.
    pub footnote: Option<u32>,
    /// That footnote's chapter when notes are numbered per chapter (left
    /// out otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chapter: Option<u32>,
    /// Primary label message.
    pub label: Option<&'a str>,
    /// Secondary locations.
    pub labels: Vec<WireLabel<'a>>,
    /// Notes.
    pub notes: &'a [String],
}

impl<'a> WireDiagnostic<'a> {
    /// Converts a diagnostic of a document whose notes form `chapters`
    /// runs of numbers ([`Document::chapters`]).
    pub fn new(source: &SourceFile, d: &'a Diagnostic, chapters: u32) -> Self {
        WireDiagnostic {
            code: d.code.as_str(),
            severity: d.level.as_str(),
            message: &d.message,
            span: WireSpan::new(source, d.span),
            footnote: d.footnote,
            chapter: (chapters > 1 && d.footnote.is_some()).then_some(d.chapter),
            label: d.label.as_deref(),
            labels: d
                .labels
                .iter()
                .map(|l| WireLabel {
                    span: WireSpan::new(source, l.span),
                    message: &l.message,
                })
                .collect(),
            notes: &d.notes,
        }
    }
}

/// The whole `extract` document.
#[derive(Debug, Serialize)]
pub struct WireDocument<'a> {
    /// Schema version.
    pub schema: &'static str,
    /// The input.
    pub source: WireSource<'a>,
    /// `notes`, `numeric`, `author-date`, `author-page`, `mixed`, `none`.
    pub style: crate::model::CitationStyle,
    /// Counts.
    pub summary: WireSummary,
    /// Footnotes.
    pub footnotes: Vec<WireFootnote<'a>>,
    /// Citations.
    pub citations: Vec<WireCitation<'a>>,
    /// References.
    pub references: Vec<WireReference<'a>>,
    /// The bibliography's extent, or null.
    pub bibliography: Option<WireSpan>,
    /// Findings.
    pub diagnostics: Vec<WireDiagnostic<'a>>,
}

/// The counts of a document, without building the rest of the wire
/// document (corpus mode needs only these).
pub fn summary(doc: &Document) -> WireSummary {
    use crate::diagnostic::Level;
    WireSummary {
        footnotes: doc.footnotes.len(),
        markers: doc.markers.len(),
        citations: doc.citations.len(),
        references: doc.references.len(),
        bibliography_entries: doc
            .references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count(),
        resolved: doc
            .citations
            .iter()
            .filter(|c| c.status == Some(Status::Resolved))
            .count(),
        errors: doc
            .diagnostics
            .iter()
            .filter(|d| d.level == Level::Error)
            .count(),
        warnings: doc
            .diagnostics
            .iter()
            .filter(|d| d.level == Level::Warning)
            .count(),
    }
}

/// Citation ids by reference id, in citation order: one pass, not one
/// pass per reference.
fn cited_by(doc: &Document) -> HashMap<&str, Vec<&str>> {
    let mut cited_by: HashMap<&str, Vec<&str>> = HashMap::default();
    for c in &doc.citations {
        if let Some(r) = c.reference.as_deref() {
            cited_by.entry(r).or_default().push(&c.id);
        }
    }
    cited_by
}

fn wire_footnote<'a>(
    source: &SourceFile,
    f: &'a crate::model::Footnote,
    per_chapter: bool,
) -> WireFootnote<'a> {
    let sp = |s: Span| WireSpan::new(source, s);
    WireFootnote {
        number: f.number,
        text: &f.text,
        span: sp(f.span()),
        pieces: f.pieces.iter().map(|p| sp(*p)).collect(),
        markers: f.markers.iter().map(|m| sp(*m)).collect(),
        chapter: per_chapter.then_some(f.chapter),
    }
}

fn wire_citation<'a>(
    source: &SourceFile,
    c: &'a crate::model::Citation,
    per_chapter: bool,
) -> WireCitation<'a> {
    WireCitation {
        id: &c.id,
        footnote: c.footnote,
        chapter: (per_chapter && c.footnote.is_some()).then_some(c.chapter),
        kind: c.kind.as_str(),
        text: &c.text,
        span: WireSpan::new(source, c.span),
        signal: c.signal.as_deref(),
        locator: c.locator.as_ref(),
        short: c.short.as_ref().map(|s| WireShort {
            word: s.word.as_deref(),
            author: s.author.as_deref(),
            date: s.date.as_deref(),
            title: s.title.as_deref(),
            note: s.note,
        }),
        label: c.label.as_deref(),
        reference: c.reference.as_deref(),
        antecedent: c.antecedent.as_deref(),
        status: c.status,
        provenance: c.provenance.as_ref(),
        fields: c.fields.as_deref(),
        site: c.site.as_ref().map(|s| WireSite {
            paragraph: s.paragraph,
            section: s.section.as_deref(),
            narrative: s.narrative,
        }),
        indirect: c.indirect,
    }
}

/// A reference, taking its citations out of `cited_by` (a reference
/// whose id an earlier one already had lists none).
fn wire_reference<'a>(
    source: &SourceFile,
    r: &'a crate::model::Reference,
    cited_by: &mut HashMap<&str, Vec<&'a str>>,
) -> WireReference<'a> {
    WireReference {
        id: &r.id,
        bibliography_index: r.bibliography_index,
        raw: &r.raw,
        span: WireSpan::new(source, r.span),
        ditto: r.ditto,
        label: r.label.as_deref(),
        csl: &r.fields,
        unparsed: r.unparsed.as_deref(),
        cited_by: cited_by.remove(r.id.as_str()).unwrap_or_default(),
    }
}

/// Builds the wire document: a view of the model that borrows its strings
/// and fields rather than copying them.
pub fn to_wire<'a>(source: &'a SourceFile, doc: &'a Document) -> WireDocument<'a> {
    let mut cited_by = cited_by(doc);
    let per_chapter = doc.chapters() > 1;
    let chapters = doc.chapters();
    WireDocument {
        schema: SCHEMA,
        source: WireSource {
            name: source.name(),
            encoding: source.encoding(),
            bytes: source.text().len(),
        },
        style: doc.style,
        summary: summary(doc),
        footnotes: doc
            .footnotes
            .iter()
            .map(|f| wire_footnote(source, f, per_chapter))
            .collect(),
        citations: doc
            .citations
            .iter()
            .map(|c| wire_citation(source, c, per_chapter))
            .collect(),
        references: doc
            .references
            .iter()
            .map(|r| wire_reference(source, r, &mut cited_by))
            .collect(),
        bibliography: doc.bibliography.map(|s| WireSpan::new(source, s)),
        diagnostics: doc
            .diagnostics
            .iter()
            .map(|d| WireDiagnostic::new(source, d, chapters))
            .collect(),
    }
}

/// A sequence written from an iterator made when it is written: the JSON
/// of the items without a vector of them.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

/// The wire document of [`to_wire`], written item by item as it is
/// serialized instead of built in memory first: the same JSON, without a
/// second copy of every citation, reference and finding's fields.
struct Streamed<'a> {
    source: &'a SourceFile,
    doc: &'a Document,
}

impl Serialize for Streamed<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (source, doc) = (self.source, self.doc);
        let cited_by = std::cell::RefCell::new(cited_by(doc));
        let per_chapter = doc.chapters() > 1;
        let chapters = doc.chapters();
        // The same fields, in the same order, as `WireDocument`.
        let mut st = s.serialize_struct("WireDocument", 9)?;
        st.serialize_field("schema", SCHEMA)?;
        st.serialize_field(
            "source",
            &WireSource {
                name: source.name(),
                encoding: source.encoding(),
                bytes: source.text().len(),
            },
        )?;
        st.serialize_field("style", &doc.style)?;
        st.serialize_field("summary", &summary(doc))?;
        st.serialize_field(
            "footnotes",
            &Seq(|| {
                doc.footnotes
                    .iter()
                    .map(|f| wire_footnote(source, f, per_chapter))
            }),
        )?;
        st.serialize_field(
            "citations",
            &Seq(|| {
                doc.citations
                    .iter()
                    .map(|c| wire_citation(source, c, per_chapter))
            }),
        )?;
        st.serialize_field(
            "references",
            &Seq(|| {
                doc.references
                    .iter()
                    .map(|r| wire_reference(source, r, &mut cited_by.borrow_mut()))
            }),
        )?;
        st.serialize_field(
            "bibliography",
            &doc.bibliography.map(|s| WireSpan::new(source, s)),
        )?;
        st.serialize_field(
            "diagnostics",
            &Seq(|| {
                doc.diagnostics
                    .iter()
                    .map(|d| WireDiagnostic::new(source, d, chapters))
            }),
        )?;
        st.end()
    }
}

/// Writes the `extract` document of `doc` as JSON, indented when `pretty`:
/// the JSON of [`to_wire`] written by [`write_json`], produced as it is
/// written rather than built in memory first.
pub fn write_document<W: std::io::Write>(
    out: W,
    source: &SourceFile,
    doc: &Document,
    pretty: bool,
) -> serde_json::Result<()> {
    let doc = Streamed { source, doc };
    if pretty {
        serde_json::to_writer_pretty(out, &doc)
    } else {
        serde_json::to_writer(out, &doc)
    }
}

/// Writes the wire document as JSON, indented when `pretty`.
pub fn write_json<W: std::io::Write>(
    out: W,
    wire: &WireDocument<'_>,
    pretty: bool,
) -> serde_json::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(out, wire)
    } else {
        serde_json::to_writer(out, wire)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The streamed document is the wire document's JSON, byte for byte,
    /// compact and indented, on papers with and without notes, chapters,
    /// references cited and uncited, and findings.
    #[test]
    fn streamed_json_is_the_wire_documents() {
        let grammar = crate::grammar::Grammar::builtin();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .expect("fixtures")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        names.sort();
        let mut texts: Vec<(String, Vec<u8>)> = names
            .iter()
            .step_by(7)
            .filter_map(|p| Some((p.display().to_string(), std::fs::read(p).ok()?)))
            .collect();
        texts.push(("empty".into(), Vec::new()));
        texts.push((
            "chapters".into(),
            b"Text.1 More.2\n\nChapter 2\n\nAgain.1\n\n1 Smith, A Book (London, 1990), 4.\n2 Ibid., 5.\n\n1 Smith, op. cit., 7.\n\nBibliography\n\nSmith, John. A Book. London, 1990.\nJones, Ann. Another. Paris, 1991.\n".to_vec(),
        ));
        assert!(texts.len() > 10);
        for (name, bytes) in texts {
            let source = SourceFile::from_bytes(name.clone(), &bytes);
            let doc = crate::analyze(&source, &grammar, crate::Options::default());
            for pretty in [false, true] {
                let mut built = Vec::new();
                write_json(&mut built, &to_wire(&source, &doc), pretty).expect("json");
                let mut streamed = Vec::new();
                write_document(&mut streamed, &source, &doc, pretty).expect("json");
                assert!(built == streamed, "{name} (pretty: {pretty})");
            }
        }
    }
}
