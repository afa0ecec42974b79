//! Findings about a document: stable codes, levels, labels, and renderers
//! (rustc-style human text, JSON, SARIF 2.1.0, GitHub workflow commands).
//!
//! The core never fails on odd input: what it cannot make sense of becomes a
//! [`Diagnostic`]. Messages are lowercase, without a final period, with names
//! in backticks. Codes are stable and documented in `docs/diagnostics.md`.

use crate::source::{SourceFile, Span};
use serde::Serialize;
use std::fmt;

/// A stable diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// A short form (`ibid.`, `op. cit.`, `supra`) with no antecedent.
    DanglingShortForm,
    /// A short form that fits two or more different works.
    AmbiguousShortForm,
    /// A cited work that the bibliography does not list.
    MissingFromBibliography,
    /// A citation linked to a bibliography entry that disagrees with it.
    BibliographyMismatch,
    /// A bibliography entry that nothing cites.
    UncitedReference,
    /// A body marker with no footnote.
    MissingFootnote,
    /// A footnote no marker points to.
    OrphanFootnote,
    /// Footnote numbers with a gap, a duplicate, or out of order.
    FootnoteSequence,
    /// A reference whose author, title or date could not be read.
    UnparsedReference,
    /// Bytes that are not valid UTF-8.
    InvalidUtf8,
    /// Input in a legacy encoding (EUC-KR, Shift_JIS …), transcoded.
    LegacyEncoding,
    /// Input that looks binary.
    BinaryInput,
    /// An in-text citation that points to no reference-list entry.
    UnresolvedCitation,
    /// An in-text author-date citation that fits two or more entries (a
    /// missing `a`/`b` year letter).
    AmbiguousCitation,
}

impl Code {
    /// Every code, in documentation order.
    pub const ALL: [Code; 14] = [
        Code::DanglingShortForm,
        Code::AmbiguousShortForm,
        Code::MissingFromBibliography,
        Code::BibliographyMismatch,
        Code::UncitedReference,
        Code::MissingFootnote,
        Code::OrphanFootnote,
        Code::FootnoteSequence,
        Code::UnparsedReference,
        Code::UnresolvedCitation,
        Code::AmbiguousCitation,
        Code::InvalidUtf8,
        Code::LegacyEncoding,
        Code::BinaryInput,
    ];

    /// The kebab-case name (`dangling-short-form`).
    pub fn as_str(self) -> &'static str {
        match self {
            Code::DanglingShortForm => "dangling-short-form",
            Code::AmbiguousShortForm => "ambiguous-short-form",
            Code::MissingFromBibliography => "missing-from-bibliography",
            Code::BibliographyMismatch => "bibliography-mismatch",
            Code::UncitedReference => "uncited-reference",
            Code::MissingFootnote => "missing-footnote",
            Code::OrphanFootnote => "orphan-footnote",
            Code::FootnoteSequence => "footnote-sequence",
            Code::UnparsedReference => "unparsed-reference",
            Code::UnresolvedCitation => "unresolved-citation",
            Code::AmbiguousCitation => "ambiguous-citation",
            Code::InvalidUtf8 => "invalid-utf8",
            Code::LegacyEncoding => "legacy-encoding",
            Code::BinaryInput => "binary-input",
        }
    }

    /// Parses a kebab-case name.
    pub fn parse(s: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The level a finding of this code has unless the user says otherwise.
    pub fn default_level(self) -> Level {
        match self {
            Code::DanglingShortForm
            | Code::AmbiguousShortForm
            | Code::MissingFootnote
            | Code::UnresolvedCitation
            | Code::AmbiguousCitation => Level::Error,
            Code::MissingFromBibliography
            | Code::BibliographyMismatch
            | Code::UncitedReference
            | Code::OrphanFootnote
            | Code::FootnoteSequence
            | Code::InvalidUtf8
            | Code::BinaryInput => Level::Warning,
            Code::UnparsedReference | Code::LegacyEncoding => Level::Note,
        }
    }

    /// One line on what the code means (for `--help` and SARIF rules).
    pub fn summary(self) -> &'static str {
        match self {
            Code::DanglingShortForm => {
                "a short form (ibid., op. cit., supra) points to no earlier citation"
            }
            Code::AmbiguousShortForm => "a short form fits two or more different works",
            Code::MissingFromBibliography => "a cited work is not in the bibliography",
            Code::BibliographyMismatch => {
                "a citation and its bibliography entry disagree on author, title or year"
            }
            Code::UncitedReference => "a bibliography entry is cited nowhere",
            Code::MissingFootnote => "a footnote marker has no footnote",
            Code::OrphanFootnote => "a footnote has no marker in the text",
            Code::FootnoteSequence => "footnote numbers skip, repeat or go backwards",
            Code::UnparsedReference => "a reference's author, title or date could not be read",
            Code::UnresolvedCitation => "an in-text citation matches no reference-list entry",
            Code::AmbiguousCitation => {
                "an in-text citation fits two or more reference-list entries"
            }
            Code::InvalidUtf8 => "the input has bytes that are not UTF-8",
            Code::LegacyEncoding => {
                "the input is in a legacy encoding (EUC-KR, Shift_JIS …) and was converted"
            }
            Code::BinaryInput => "the input looks like a binary file",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Not shown (`--allow`).
    Allow,
    /// Informational.
    Note,
    /// Worth a look; does not fail `check`.
    Warning,
    /// Fails `check` (exit 1).
    Error,
}

impl Level {
    /// Lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Note => "note",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// A secondary location with a message.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What it is.
    pub message: String,
}

/// One finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Stable code.
    pub code: Code,
    /// Level (the code's default until [`LevelConfig::apply`]).
    pub level: Level,
    /// One-line message: lowercase, no final period.
    pub message: String,
    /// Primary location.
    pub span: Span,
    /// Message at the primary location.
    pub label: Option<String>,
    /// Secondary locations.
    pub labels: Vec<Label>,
    /// Notes: what was expected, what was found, candidates.
    pub notes: Vec<String>,
    /// The footnote concerned, if any.
    pub footnote: Option<u32>,
    /// The run of note numbers that footnote is in
    /// ([`crate::model::Footnote::chapter`]); 1 without a footnote.
    pub chapter: u32,
}

impl Diagnostic {
    /// A finding at `span` with the code's default level.
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            level: code.default_level(),
            message: message.into(),
            span,
            label: None,
            labels: Vec::new(),
            notes: Vec::new(),
            footnote: None,
            chapter: 1,
        }
    }

    /// Sets the primary label.
    pub fn with_label(mut self, msg: impl Into<String>) -> Self {
        self.label = Some(msg.into());
        self
    }

    /// Adds a secondary label.
    pub fn with_secondary(mut self, span: Span, msg: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: msg.into(),
        });
        self
    }

    /// Adds a note.
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Sets the footnote number and the chapter whose numbering it is in.
    pub fn in_footnote(mut self, n: Option<u32>, chapter: u32) -> Self {
        self.footnote = n;
        self.chapter = chapter;
        self
    }
}

/// Per-code level overrides (`--deny`, `--warn`, `--allow`).
#[derive(Debug, Clone, Default)]
pub struct LevelConfig {
    overrides: Vec<(Option<Code>, Level)>,
}

impl LevelConfig {
    /// Adds an override; `None` means every code (`all`). Later ones win.
    pub fn set(&mut self, code: Option<Code>, level: Level) {
        self.overrides.push((code, level));
    }

    /// The level of a code under these overrides.
    pub fn level(&self, code: Code) -> Level {
        self.overrides
            .iter()
            .rev()
            .find(|(c, _)| c.is_none() || *c == Some(code))
            .map_or(code.default_level(), |(_, l)| *l)
    }

    /// Sets every diagnostic's level and drops the allowed ones.
    pub fn apply(&self, diags: &mut Vec<Diagnostic>) {
        for d in diags.iter_mut() {
            d.level = self.level(d.code);
        }
        diags.retain(|d| d.level != Level::Allow);
    }
}

/// True for characters that can drive a terminal or reorder what it shows:
/// C0 and C1 control characters, DEL, and the bidirectional embeddings,
/// overrides and isolates ("Trojan Source").
fn is_terminal_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Removes terminal control characters so that input text cannot drive a
/// terminal (escape sequences, bells, carriage returns, bidi overrides).
/// Each becomes U+FFFD; line feeds and tabs stay.
pub fn sanitize_for_terminal(s: &str) -> String {
    s.chars()
        .map(|c| {
            if is_terminal_control(c) && c != '\n' && c != '\t' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// The input text as [`render_human`] shows it: every character that could
/// drive a terminal becomes a visible one of the same UTF-8 length (`?`,
/// `¿` or U+FFFD), a lone `\r` becomes `\n` and the `\r` of `\r\n` a space.
/// Byte offsets, character columns and line numbers all stay those of the
/// input, so spans still point at the right place.
fn display_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let shown = match c {
            '\r' if chars.peek() == Some(&'\n') => ' ',
            '\r' => '\n',
            '\n' | '\t' => c,
            c if is_terminal_control(c) => match c.len_utf8() {
                1 => '?',
                2 => '¿',
                _ => '\u{FFFD}',
            },
            c => c,
        };
        out.push(shown);
    }
    out
}

/// Renders diagnostics like rustc: `error[code]: message`, `--> file:line:col`,
/// the source line and a caret, then notes. Nothing from the input reaches
/// the output as a control character.
pub fn render_human(source: &SourceFile, diags: &[Diagnostic], color: bool) -> String {
    use codespan_reporting::diagnostic::{Diagnostic as CsDiag, Label as CsLabel, Severity};
    use codespan_reporting::term::{self, termcolor::Buffer, Config};

    let text = display_text(source.text());
    let name = sanitize_for_terminal(source.name());
    let mut buf = if color {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    let config = Config::default();
    for d in diags {
        let severity = match d.level {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
            Level::Note | Level::Allow => Severity::Note,
        };
        let clamp = |s: Span| {
            let len = source.text().len();
            let st = crate::source::floor_char_boundary(source.text(), s.start.min(len));
            let en = crate::source::floor_char_boundary(source.text(), s.end.min(len)).max(st);
            st..en
        };
        let mut labels = vec![CsLabel::primary((), clamp(d.span)).with_message(
            d.label
                .as_deref()
                .map(sanitize_for_terminal)
                .unwrap_or_default(),
        )];
        for l in &d.labels {
            labels.push(
                CsLabel::secondary((), clamp(l.span))
                    .with_message(sanitize_for_terminal(&l.message)),
            );
        }
        // Long lines are shown as a window around the labels.
        let spans: Vec<Span> = std::iter::once(d.span)
            .chain(d.labels.iter().map(|l| l.span))
            .collect();
        let file = Windowed::new(&name, &text, source, &spans);
        let cs = CsDiag::new(severity)
            .with_code(d.code.as_str())
            .with_message(sanitize_for_terminal(&d.message))
            .with_labels(labels)
            .with_notes(d.notes.iter().map(|n| sanitize_for_terminal(n)).collect());
        // Rendering into a memory buffer cannot fail for valid spans; on the
        // off chance it does, fall back to a one-line form.
        if term::emit(&mut buf, &config, &file, &cs).is_err() {
            let lc = source.line_col(d.span.start);
            buf_write_line(
                &mut buf,
                &format!(
                    "{}[{}]: {}\n  --> {}:{}:{}\n",
                    d.level.as_str(),
                    d.code,
                    sanitize_for_terminal(&d.message),
                    sanitize_for_terminal(source.name()),
                    lc.line,
                    lc.column
                ),
            );
        }
    }
    String::from_utf8_lossy(buf.as_slice()).into_owned()
}

/// Lines longer than this are shown as a window around their labels.
const LONG_LINE: usize = 400;
/// Bytes of context on each side of a label in a long line.
const CONTEXT: usize = 80;

/// The source as codespan sees it for one diagnostic: a long line that
/// carries a label is cut to a window around its labels, so that a finding
/// on a 50 MB line costs its window, not the line. Line and column numbers
/// stay those of the whole file.
struct Windowed<'a> {
    name: &'a str,
    text: &'a str,
    source: &'a SourceFile,
    windows: std::collections::HashMap<usize, std::ops::Range<usize>>,
}

impl<'a> Windowed<'a> {
    fn new(name: &'a str, text: &'a str, source: &'a SourceFile, spans: &[Span]) -> Self {
        let mut windows: std::collections::HashMap<usize, std::ops::Range<usize>> =
            std::collections::HashMap::new();
        for s in spans {
            let line = source.line_index(s.start);
            let full = source.line_span(s.start);
            if full.len() <= LONG_LINE {
                continue;
            }
            let lo = crate::source::floor_char_boundary(
                text,
                s.start.saturating_sub(CONTEXT).max(full.start),
            );
            let hi_raw = if s.end <= full.end {
                (s.end + CONTEXT).min(full.end)
            } else {
                full.end
            };
            let mut hi = crate::source::floor_char_boundary(text, hi_raw).max(s.end.min(full.end));
            if hi < lo {
                hi = lo;
            }
            let w = windows.entry(line).or_insert(lo..hi);
            w.start = w.start.min(lo);
            w.end = w.end.max(hi);
        }
        Windowed {
            name,
            text,
            source,
            windows,
        }
    }
}

impl<'a> codespan_reporting::files::Files<'a> for Windowed<'a> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(self.text)
    }

    fn line_index(
        &'a self,
        (): (),
        byte_index: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        Ok(self.source.line_index(byte_index))
    }

    fn line_range(
        &'a self,
        (): (),
        line_index: usize,
    ) -> Result<std::ops::Range<usize>, codespan_reporting::files::Error> {
        if let Some(w) = self.windows.get(&line_index) {
            return Ok(w.clone());
        }
        let starts = self.source.line_starts();
        let start =
            *starts
                .get(line_index)
                .ok_or(codespan_reporting::files::Error::LineTooLarge {
                    given: line_index,
                    max: starts.len().saturating_sub(1),
                })?;
        let end = starts
            .get(line_index + 1)
            .copied()
            .unwrap_or(self.text.len());
        Ok(start..end)
    }

    fn column_number(
        &'a self,
        (): (),
        _line_index: usize,
        byte_index: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        Ok(self.source.line_col(byte_index).column)
    }
}

fn buf_write_line(buf: &mut codespan_reporting::term::termcolor::Buffer, s: &str) {
    use std::io::Write;
    let _ = buf.write_all(s.as_bytes());
}

/// Renders diagnostics as GitHub workflow commands
/// (`::error file=…,line=…,col=…,title=…::message`).
pub fn render_github(source: &SourceFile, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let kind = match d.level {
            Level::Error => "error",
            Level::Warning => "warning",
            _ => "notice",
        };
        let lc = source.line_col(d.span.start);
        let end = source.line_col(d.span.end);
        let mut msg = d.message.clone();
        for n in &d.notes {
            msg.push('\n');
            msg.push_str(n);
        }
        out.push_str(&format!(
            "::{kind} file={},line={},col={},endLine={},title={}::{}\n",
            gh_property(source.name()),
            lc.line,
            lc.column,
            end.line,
            gh_property(d.code.as_str()),
            gh_data(&msg)
        ));
    }
    out
}

/// Escapes a workflow-command message.
fn gh_data(s: &str) -> String {
    sanitize_for_terminal(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow-command property value.
fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_their_names() {
        for c in Code::ALL {
            assert_eq!(Code::parse(c.as_str()), Some(c));
        }
        assert_eq!(Code::parse("nope"), None);
    }

    #[test]
    fn later_overrides_win_and_all_applies_to_every_code() {
        let mut cfg = LevelConfig::default();
        cfg.set(None, Level::Error);
        cfg.set(Some(Code::UncitedReference), Level::Allow);
        assert_eq!(cfg.level(Code::OrphanFootnote), Level::Error);
        assert_eq!(cfg.level(Code::UncitedReference), Level::Allow);
    }

    #[test]
    fn github_messages_escape_newlines_and_separators() {
        let src = SourceFile::new("a,b:c.txt", "x\ny\n");
        let d = Diagnostic::new(Code::OrphanFootnote, Span::new(2, 3), "bad\nthing 100%");
        let out = render_github(&src, &[d]);
        assert_eq!(
            out,
            "::warning file=a%2Cb%3Ac.txt,line=2,col=1,endLine=2,title=orphan-footnote::bad%0Athing 100%25\n"
        );
    }

    #[test]
    fn terminal_output_carries_no_escape_sequences_from_input() {
        let src = SourceFile::new("t", "evil \u{1b}[2J title\n");
        let d = Diagnostic::new(Code::OrphanFootnote, Span::new(0, 4), "title `\u{1b}[2J`");
        let out = render_human(&src, &[d], false);
        assert!(!out.contains('\u{1b}'), "{out}");
        assert!(out.contains("warning[orphan-footnote]"));
    }
}
