//! The input document: its decoded text, its name, and a line index.
//!
//! Every later stage refers back to the input through [`Span`]s: byte ranges
//! into [`SourceFile::text`]. For UTF-8 input (the common case) these are byte
//! offsets into the original file, so `paper.txt:334:5` in a diagnostic points
//! at the real bytes. Decoding never changes offsets for UTF-8 input: an
//! invalid byte is replaced by one `?` byte (and reported), a BOM is kept as
//! the character it encodes. UTF-16 input is transcoded, and offsets then
//! refer to the UTF-8 text opcit decoded (the JSON output says so). A
//! leading byte order mark takes no column, as in editors.
//!
//! This module never interprets the text; it only stores and indexes it.

use serde::Serialize;

/// A half-open byte range `start..end` into [`SourceFile::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Creates a span; `end` is clamped so that it is never before `start`.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Shifts the span right by `by` bytes.
    pub fn offset(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

/// A 1-based line and column (column counted in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in Unicode scalar values.
    pub column: usize,
}

/// How the bytes of the input were turned into text.
///
/// Serialised as `utf-8`, `utf-8-lossy`, `utf-16le` and `utf-16be`, the
/// names `docs/output.md` gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Encoding {
    /// Valid UTF-8 (with or without BOM).
    #[serde(rename = "utf-8")]
    Utf8,
    /// UTF-8 with invalid bytes, each replaced by `?`.
    #[serde(rename = "utf-8-lossy")]
    Utf8Lossy,
    /// UTF-16 little endian with BOM, transcoded.
    #[serde(rename = "utf-16le")]
    Utf16Le,
    /// UTF-16 big endian with BOM, transcoded.
    #[serde(rename = "utf-16be")]
    Utf16Be,
}

/// A problem found while decoding the input bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeIssue {
    /// The first invalid UTF-8 byte, and how many invalid bytes there were.
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        first_offset: usize,
        /// Count of replaced bytes.
        count: usize,
    },
}

/// The decoded input document with a line index.
#[derive(Debug, Clone)]
pub struct SourceFile {
    name: String,
    text: String,
    line_starts: Vec<usize>,
    /// Column checkpoints inside long lines (see [`column_marks`]).
    column_marks: Vec<ColumnMark>,
    encoding: Encoding,
    issues: Vec<DecodeIssue>,
}

impl SourceFile {
    /// Builds a source from already decoded text.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self::from_text(name.into(), text.into(), Encoding::Utf8, Vec::new())
    }

    /// Decodes raw bytes (UTF-8, UTF-8 with BOM, UTF-16 with BOM, or UTF-8
    /// with invalid bytes) without ever failing. Problems are kept in
    /// [`SourceFile::decode_issues`] and become diagnostics later.
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> Self {
        let (text, encoding, issues) = decode(bytes);
        Self::from_text(name.into(), text, encoding, issues)
    }

    /// Like [`SourceFile::from_bytes`], but takes the bytes: valid UTF-8
    /// (the common case) becomes the text without a copy.
    pub fn from_vec(name: impl Into<String>, bytes: Vec<u8>) -> Self {
        let has_bom = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
        if !has_bom {
            match String::from_utf8(bytes) {
                Ok(text) => return Self::from_text(name.into(), text, Encoding::Utf8, Vec::new()),
                Err(e) => return Self::from_bytes(name, e.as_bytes()),
            }
        }
        Self::from_bytes(name, &bytes)
    }

    fn from_text(name: String, text: String, encoding: Encoding, issues: Vec<DecodeIssue>) -> Self {
        let line_starts = line_starts(&text);
        let column_marks = column_marks(&text, &line_starts);
        SourceFile {
            name,
            text,
            line_starts,
            column_marks,
            encoding,
            issues,
        }
    }

    /// The name shown in diagnostics (usually the path, `-` for stdin).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The decoded text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How the input was decoded.
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// Problems met while decoding.
    pub fn decode_issues(&self) -> &[DecodeIssue] {
        &self.issues
    }

    /// Byte offsets at which each line starts (the first is always 0).
    pub fn line_starts(&self) -> &[usize] {
        &self.line_starts
    }

    /// The text a span covers (empty if the span is out of range or not on
    /// character boundaries).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// 0-based index of the line containing `offset`.
    pub fn line_index(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// 1-based line and column of a byte offset (clamped to the text).
    ///
    /// Counts at most [`COLUMN_MARK_STRIDE`] bytes of characters, however
    /// long the line: a one-line 50 MB input stays linear.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let line = self.line_index(offset);
        let line_start = self.line_starts.get(line).copied().unwrap_or(0);
        // The last checkpoint at or before `offset`, if it is on this line.
        let mark = match self
            .column_marks
            .binary_search_by_key(&offset, |m| m.offset)
        {
            Ok(i) => self.column_marks.get(i),
            Err(i) => i.checked_sub(1).and_then(|i| self.column_marks.get(i)),
        }
        .filter(|m| m.offset >= line_start);
        let (from, base) = mark.map_or((line_start, 0), |m| (m.offset, m.column));
        let mut column = base + self.text.get(from..offset).map_or(0, |s| s.chars().count()) + 1;
        // Editors do not show a byte order mark: it takes no column.
        if line == 0 && offset > 0 && self.text.starts_with(BOM) {
            column -= 1;
        }
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// The span of the whole line containing `offset`, without its line end.
    pub fn line_span(&self, offset: usize) -> Span {
        let line = self.line_index(offset);
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let end = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        let bytes = self.text.as_bytes();
        let mut e = end;
        while e > start && matches!(bytes.get(e - 1), Some(b'\n' | b'\r')) {
            e -= 1;
        }
        Span::new(start, e)
    }
}

/// Joins the text of several spans with one space between them (how a note
/// split across a page break, or a broken bibliography entry, is read).
pub fn join_pieces(text: &str, pieces: &[Span]) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len() + 1).sum());
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(text.get(p.start..p.end).unwrap_or(""));
    }
    out
}

/// Maps an offset in the text made by [`join_pieces`] back to the input.
pub fn map_joined(pieces: &[Span], offset: usize) -> usize {
    let mut base = 0;
    for (i, p) in pieces.iter().enumerate() {
        let len = p.len();
        if offset <= base + len || i + 1 == pieces.len() {
            return p.start + offset.saturating_sub(base).min(len);
        }
        base += len + 1;
    }
    0
}

/// Largest char boundary not after `i`.
pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The byte order mark, kept in the text when the input starts with it.
const BOM: char = '\u{FEFF}';

/// Bytes between two column checkpoints in a long line.
pub const COLUMN_MARK_STRIDE: usize = 4096;

/// A point inside a long line whose column is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ColumnMark {
    /// Byte offset (a character boundary).
    offset: usize,
    /// Characters between the line start and `offset`.
    column: usize,
}

/// Checkpoints every [`COLUMN_MARK_STRIDE`] bytes inside lines longer than
/// that, in text order, so that [`SourceFile::line_col`] never counts the
/// characters of a whole long line. Ordinary lines get none.
fn column_marks(text: &str, line_starts: &[usize]) -> Vec<ColumnMark> {
    let mut marks = Vec::new();
    for (i, &start) in line_starts.iter().enumerate() {
        let end = line_starts.get(i + 1).copied().unwrap_or(text.len());
        let (mut at, mut column) = (start, 0);
        while end.saturating_sub(at) > COLUMN_MARK_STRIDE {
            let next = floor_char_boundary(text, at + COLUMN_MARK_STRIDE).max(at + 1);
            let next = ceil_char_boundary(text, next);
            column += text.get(at..next).map_or(0, |s| s.chars().count());
            marks.push(ColumnMark {
                offset: next,
                column,
            });
            at = next;
        }
    }
    marks
}

/// Smallest char boundary not before `i` (the text length at most).
fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

/// Byte offsets where lines start; `\n`, `\r\n` and a lone `\r` end a line.
fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    let mut i = 0;
    while let Some(pos) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
        let at = i + pos;
        let next = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
            at + 2
        } else {
            at + 1
        };
        starts.push(next);
        i = next;
        if i >= bytes.len() {
            break;
        }
    }
    starts
}

fn decode(bytes: &[u8]) -> (String, Encoding, Vec<DecodeIssue>) {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return (
            decode_utf16(rest, u16::from_le_bytes),
            Encoding::Utf16Le,
            Vec::new(),
        );
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return (
            decode_utf16(rest, u16::from_be_bytes),
            Encoding::Utf16Be,
            Vec::new(),
        );
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), Encoding::Utf8, Vec::new()),
        Err(_) => {
            let (text, first, count) = replace_invalid(bytes);
            (
                text,
                Encoding::Utf8Lossy,
                vec![DecodeIssue::InvalidUtf8 {
                    first_offset: first,
                    count,
                }],
            )
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Replaces every invalid byte by `?`, so that offsets stay true to the input.
fn replace_invalid(mut bytes: &[u8]) -> (String, usize, usize) {
    let mut out = String::with_capacity(bytes.len());
    let mut first = None;
    let mut count = 0;
    let mut consumed = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                out.push_str(std::str::from_utf8(&bytes[..valid]).unwrap_or_default());
                let bad = e.error_len().unwrap_or(bytes.len() - valid);
                first.get_or_insert(consumed + valid);
                count += bad;
                for _ in 0..bad {
                    out.push('?');
                }
                consumed += valid + bad;
                bytes = &bytes[valid + bad..];
            }
        }
    }
    (out, first.unwrap_or(0), count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_and_all_line_ends() {
        let s = SourceFile::new("t", "ab\r\n가나다\rx\ny");
        assert_eq!(s.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(s.line_col(4), LineCol { line: 2, column: 1 });
        assert_eq!(s.line_col(7), LineCol { line: 2, column: 2 });
        assert_eq!(s.line_col(14), LineCol { line: 3, column: 1 });
        assert_eq!(s.line_col(16), LineCol { line: 4, column: 1 });
        assert_eq!(s.line_span(5), Span::new(4, 13));
    }

    #[test]
    fn columns_on_a_long_line_match_counting_from_the_line_start() {
        // Mixed widths (1 to 4 bytes), so checkpoints fall next to characters of every width.
        let unit = "a가ß😀 [«x»] ";
        let text = format!("first line\n{}\nlast", unit.repeat(2000));
        let s = SourceFile::new("t", text.as_str());
        let start = s.line_starts()[1];
        for offset in (start..text.len()).step_by(997) {
            let offset = floor_char_boundary(&text, offset);
            let want = text[start..offset].chars().count() + 1;
            assert_eq!(s.line_col(offset).column, want, "offset {offset}");
        }
        assert_eq!(s.line_col(text.len()), LineCol { line: 3, column: 5 });
    }

    #[test]
    fn invalid_bytes_keep_offsets() {
        let s = SourceFile::from_bytes("t", b"ab\xffcd\xfe\xfe");
        assert_eq!(s.text(), "ab?cd??");
        assert_eq!(
            s.decode_issues(),
            &[DecodeIssue::InvalidUtf8 {
                first_offset: 2,
                count: 3
            }]
        );
    }

    #[test]
    fn columns_in_long_lines_match_a_plain_count() {
        // Long lines of 1-, 2-, 3- and 4-byte characters, then a short one.
        let line: String = "a가é😀".repeat(3000);
        let text = format!("x\n{line}\r\n{line}\rshort");
        let s = SourceFile::new("t", text.as_str());
        assert!(!s.column_marks.is_empty());
        let mut offsets: Vec<usize> = (0..text.len()).step_by(997).collect();
        offsets.extend([text.len(), 2, 2 + line.len(), 2 + 4096, 2 + 4097]);
        for offset in offsets {
            let at = floor_char_boundary(&text, offset);
            let before = &text[..at];
            let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
            let want = LineCol {
                line: 1 + before.matches('\n').count() + before.matches('\r').count()
                    - before.matches("\r\n").count(),
                column: text[line_start..at].chars().count() + 1,
            };
            assert_eq!(s.line_col(offset), want, "offset {offset}");
        }
    }

    #[test]
    fn a_byte_order_mark_takes_no_column() {
        let s = SourceFile::from_bytes("t", b"\xef\xbb\xbfab\ncd");
        assert_eq!(s.text().len(), 8);
        assert_eq!(s.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(s.line_col(3), LineCol { line: 1, column: 1 });
        assert_eq!(s.line_col(4), LineCol { line: 1, column: 2 });
        assert_eq!(s.line_col(7), LineCol { line: 2, column: 2 });
    }

    #[test]
    fn utf16_with_bom_is_transcoded() {
        let bytes = [0xFF, 0xFE, b'h', 0, b'i', 0];
        let s = SourceFile::from_bytes("t", &bytes);
        assert_eq!(s.text(), "hi");
        assert_eq!(s.encoding(), Encoding::Utf16Le);
    }
}
