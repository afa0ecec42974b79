//! The input document: its decoded text, its name, and a line index.
//!
//! Every later stage refers back to the input through [`Span`]s: byte ranges
//! into [`SourceFile::text`]. For UTF-8 input (the common case) these are byte
//! offsets into the original file, so `paper.txt:334:5` in a diagnostic points
//! at the real bytes. Decoding never changes offsets for UTF-8 input: an
//! invalid byte is replaced by one `?` byte (and reported), a BOM is kept as
//! the character it encodes. UTF-16 input, and input in a legacy encoding
//! (EUC-KR, Shift_JIS, GBK, windows-1252 …, guessed from the bytes), is
//! transcoded, and offsets then refer to the UTF-8 text opcit decoded (the
//! JSON output says so). A leading byte order mark takes no column, as in
//! editors.
//!
//! The text the analysis reads can differ from the input in two ways
//! ([`analysis_text`]), and every span it finds is mapped back to the input
//! ([`InputMap`]) before anyone sees it:
//! - spaces of Latin typography that are no ASCII space (no-break, narrow
//!   no-break, thin, en, em …), which word processors put after a note's
//!   number, in `p. 12` and before `:` in French, are read as a space, and a
//!   run of spaces between two words (`S.  40`, two spaces after a period,
//!   justified PDF text) as one space;
//! - invisible marks (soft hyphen, zero-width space, word joiner) are read
//!   as nothing, but a soft hyphen that ends a line as the hyphen it shows;
//!   full-width digits as ASCII digits, Latin ligatures (`ﬁ`) as letters;
//! - Han digits that write a year, a page or an issue digit by digit
//!   (`一九四八年`, `一二三頁`, `（二〇一二）`, as text set vertically writes
//!   them) as ASCII digits, and a CJK range's dash between two digits
//!   (`56〜78頁`, `56―78`) as `-`;
//! - Arabic-Indic and Extended Arabic-Indic digits as ASCII digits, and the
//!   marks of bidirectional text (RLM, LRM, embeddings, isolates) as nothing,
//!   the Arabic comma and semicolon as `,` and `;`;
//! - text not in Unicode normalisation form C (accents or Hangul written as
//!   decomposed sequences, as some PDF tools write them, or CJK
//!   compatibility ideographs) is read in NFC.
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
/// Serialised by [`Encoding::name`]: `utf-8`, `utf-8-lossy`, `utf-16le`,
/// `utf-16be`, or a legacy encoding's name in lower case (`euc-kr`), the
/// names `docs/output.md` gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Valid UTF-8 (with or without BOM).
    Utf8,
    /// UTF-8 with invalid bytes, each replaced by `?`.
    Utf8Lossy,
    /// UTF-16 little endian with BOM, transcoded.
    Utf16Le,
    /// UTF-16 big endian with BOM, transcoded.
    Utf16Be,
    /// A legacy encoding, guessed from the bytes and transcoded; its
    /// WHATWG name (`EUC-KR`, `Shift_JIS`, `GBK`, `Big5`, `windows-1252`).
    Legacy(&'static str),
}

impl Encoding {
    /// The name the JSON output gives: `utf-8`, `utf-8-lossy`, `utf-16le`,
    /// `utf-16be`, or a legacy encoding's WHATWG name in lower case
    /// (`euc-kr`, `shift_jis`, `gbk`, `windows-1252`).
    pub fn name(self) -> String {
        match self {
            Encoding::Utf8 => "utf-8".into(),
            Encoding::Utf8Lossy => "utf-8-lossy".into(),
            Encoding::Utf16Le => "utf-16le".into(),
            Encoding::Utf16Be => "utf-16be".into(),
            Encoding::Legacy(name) => name.to_ascii_lowercase(),
        }
    }
}

impl Serialize for Encoding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.name())
    }
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
    /// The input is not UTF-8 and was read in the legacy encoding its bytes
    /// fit best.
    Transcoded {
        /// The encoding's WHATWG name (`EUC-KR`).
        encoding: &'static str,
        /// Byte offset, in the decoded text, of its first non-ASCII
        /// character.
        first_offset: usize,
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

    /// Decodes raw bytes (UTF-8, UTF-8 with BOM, UTF-16 with BOM, a legacy
    /// encoding, or UTF-8 with invalid bytes) without ever failing. Problems are kept in
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

/// Where the text the analysis reads ([`analysis_text`]) differs from the
/// input: a sorted list of edits, each a range of the analysed text that
/// stands for a range of the input. Offsets outside the edits move by what
/// the edits before them added or removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InputMap {
    edits: Vec<Edit>,
}

/// One range of the analysed text written differently in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    /// Start in the analysed text.
    at: usize,
    /// Length in the analysed text.
    len: usize,
    /// Start in the input.
    input: usize,
    /// Length in the input.
    input_len: usize,
}

impl InputMap {
    /// The input offset of an analysed-text offset. An offset inside an
    /// edit (inside a composed syllable) goes to the edit's start, or to
    /// its end with `end`, so that a span always covers whole characters
    /// of the input.
    fn to_input(&self, x: usize, end: bool) -> usize {
        let i = self.edits.partition_point(|e| e.at <= x);
        match i.checked_sub(1).and_then(|i| self.edits.get(i)) {
            None => x,
            // Where marks were dropped, a span starts after them and ends
            // before them.
            Some(e) if x == e.at && e.len == 0 && !end => e.input + e.input_len,
            Some(e) if x == e.at => e.input,
            Some(e) if x < e.at + e.len => {
                if end {
                    e.input + e.input_len
                } else {
                    e.input
                }
            }
            Some(e) => e.input + e.input_len + (x - e.at - e.len),
        }
    }

    /// A span of the analysed text as a span of the input.
    pub fn span(&self, s: Span) -> Span {
        Span::new(self.to_input(s.start, false), self.to_input(s.end, true))
    }

    /// Whether the analysed text is the input as written.
    pub fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }
}

/// The text the analysis reads, when it is not the input as written (see
/// the module documentation), with the map from its offsets to the
/// input's. `None` when the input needs no change: nearly all input is
/// checked with a few byte scans and never copied.
pub fn analysis_text(input: &str) -> Option<(String, InputMap)> {
    let nfc = !is_nfc_text(input);
    let han = has_han_digits(input.as_bytes());
    let dashes = has_range_dash(input.as_bytes());
    if !nfc && !han && !dashes && !has_odd_spaces(input.as_bytes()) {
        return None;
    }
    let mut out = String::with_capacity(input.len());
    let mut edits = Vec::new();
    let mut edit = |out: &mut String, written: &str, at: usize, input_len: usize| {
        edits.push(Edit {
            at: out.len(),
            len: written.len(),
            input: at,
            input_len,
        });
        out.push_str(written);
    };
    // Whether the character before is a word's (no white space).
    let mut after_word = false;
    let mut i = 0;
    while let Some(c) = input.get(i..).and_then(|r| r.chars().next()) {
        if c == ' ' || is_latin_space(c) {
            let run = input[i..]
                .find(|c: char| c != ' ' && !is_latin_space(c))
                .map_or(input.len(), |n| i + n);
            let next_is_word = input
                .get(run..)
                .and_then(|r| r.chars().next())
                .is_some_and(|n| !n.is_whitespace());
            if after_word && next_is_word && run - i > 1 {
                // Between two words: one space.
                edit(&mut out, " ", i, run - i);
            } else {
                // Indentation, or spaces before a line's end: each kept.
                for (k, s) in input[i..run].char_indices() {
                    if s == ' ' {
                        out.push(' ');
                    } else {
                        edit(&mut out, " ", i + k, s.len_utf8());
                    }
                }
            }
            i = run;
            after_word = false;
        } else if c.is_whitespace() {
            out.push(c);
            i += c.len_utf8();
            after_word = false;
        } else {
            let word_end = input[i..]
                .find(|c: char| c.is_whitespace())
                .map_or(input.len(), |n| i + n);
            let word = &input[i..word_end];
            let compose = nfc && !is_nfc_text(word);
            let numbers = if han {
                han_number_digits(word)
            } else {
                Vec::new()
            };
            // The byte order mark at the start stays, as [`SourceFile`] keeps it.
            let changed = |&(k, c): &(usize, char)| {
                let line_end = matches!(
                    input.as_bytes().get(i + k + c.len_utf8()),
                    Some(b'\n' | b'\r')
                );
                let digit = numbers
                    .binary_search(&k)
                    .ok()
                    .and_then(|_| crate::grammar::han_digit(c))
                    .and_then(|d| ASCII_DIGITS.get(d as usize).copied());
                let dash = (dashes && is_range_dash(c))
                    .then(|| range_dash(word, k, c, &numbers))
                    .flatten();
                digit
                    .or(dash)
                    .or_else(|| {
                        (c != '\u{feff}' || i + k > 0)
                            .then(|| read_as(c, line_end))
                            .flatten()
                    })
                    .map(|shown| (k, c, shown))
            };
            if !compose && !word.char_indices().any(|kc| changed(&kc).is_some()) {
                out.push_str(word);
            } else {
                let mut from = 0;
                let changes = word.char_indices().filter_map(|kc| changed(&kc));
                for (k, c, shown) in changes.chain(std::iter::once((word.len(), ' ', ""))) {
                    let piece = &word[from..k];
                    if compose {
                        compose_pieces(&mut out, &mut edit, piece, i + from);
                    } else {
                        out.push_str(piece);
                    }
                    if k == word.len() {
                        break;
                    }
                    edit(&mut out, shown, i + k, c.len_utf8());
                    from = k + c.len_utf8();
                }
            }
            i = word_end;
            after_word = true;
        }
    }
    (!edits.is_empty()).then_some((out, InputMap { edits }))
}

/// Writes `word`, which stands at `at` in the input, in NFC, piece by
/// piece: a span that starts inside the word (`있다(Ministry`) still maps
/// to its own character.
fn compose_pieces(
    out: &mut String,
    edit: &mut impl FnMut(&mut String, &str, usize, usize),
    word: &str,
    at: usize,
) {
    for (k, piece) in nfc_pieces(word) {
        if is_nfc_text(piece) {
            out.push_str(piece);
        } else {
            use unicode_normalization::UnicodeNormalization;
            let composed: String = piece.nfc().collect();
            edit(out, &composed, at + k, piece.len());
        }
    }
}

/// How the analysis reads a character that is written otherwise, if it
/// is (`line_end`: a line ends right after it):
/// - a mark that shows nothing (soft hyphen U+00AD inside a line,
///   zero-width space U+200B, word joiner U+2060, zero-width no-break space
///   U+FEFF) as nothing, and a soft hyphen ending a line as the hyphen shown
///   there: PDF tools and web pages leave them between letters and after a
///   note's number;
/// - a full-width digit (`２０００年`, `注１`, as Japanese and Korean
///   typesetting writes numbers) as the ASCII digit, and so an
///   Arabic-Indic digit (`٣٤٥`, U+0660 to U+0669, Arabic text) and an
///   Extended Arabic-Indic one (`۱۳۹۸`, U+06F0 to U+06F9, Persian and Urdu
///   text);
/// - the Arabic comma `،` and semicolon `؛` (U+060C, U+061B), which
///   separate a note's items and fields as `,` and `;` do, as those;
/// - a mark of bidirectional text (left-to-right and right-to-left marks
///   U+200E, U+200F, the Arabic letter mark U+061C, the embeddings,
///   overrides and isolates U+202A to U+202E and U+2066 to U+2069), which
///   PDF tools leave around runs of the other direction, as nothing;
/// - a Latin ligature (`ﬁ`, `ﬂ`, `ﬀ`, `ﬃ`, `ﬄ`, `ﬅ`, `ﬆ`, which PDF
///   text keeps from the font) as its letters.
fn read_as(c: char, line_end: bool) -> Option<&'static str> {
    const DIGITS: [&str; 10] = ASCII_DIGITS;
    const LIGATURES: [&str; 7] = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];
    match c {
        '\u{ad}' if line_end => Some("-"),
        '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' => Some(""),
        '０'..='９' => DIGITS.get(c as usize - '０' as usize).copied(),
        '\u{660}'..='\u{669}' => DIGITS.get(c as usize - 0x660).copied(),
        '\u{6f0}'..='\u{6f9}' => DIGITS.get(c as usize - 0x6f0).copied(),
        '\u{60c}' => Some(","),
        '\u{61b}' => Some(";"),
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Some("")
        }
        '\u{fb00}'..='\u{fb06}' => LIGATURES.get(c as usize - 0xfb00).copied(),
        _ => None,
    }
}

/// The dashes Japanese and Chinese text writes between the two numbers of
/// a range (`56〜78頁`, `56～78`, `56―78`, `56－78`, `56‐78`), which the
/// analysis reads as `-` there.
fn is_range_dash(c: char) -> bool {
    matches!(c, '―' | '〜' | '～' | '－' | '‐')
}

/// Whether the bytes hold one of the dashes of [`is_range_dash`], by their
/// UTF-8 bytes (`E2 80 95`, `E2 80 90`, `E3 80 9C`, `EF BD 9E`, `EF BC 8D`).
fn has_range_dash(bytes: &[u8]) -> bool {
    let mut from = 0;
    while let Some(k) = bytes
        .get(from..)
        .and_then(|b| memchr::memchr3(0xE2, 0xE3, 0xEF, b))
    {
        let i = from + k;
        if matches!(
            bytes.get(i..i + 3),
            Some(
                [0xE2, 0x80, 0x95 | 0x90]
                    | [0xE3, 0x80, 0x9C]
                    | [0xEF, 0xBD, 0x9E]
                    | [0xEF, 0xBC, 0x8D]
            )
        ) {
            return true;
        }
        from = i + 1;
    }
    false
}

/// `-` for the range dash `c` at `k` in `word` where a digit stands on
/// either side of it (an ASCII or full-width digit, or a Han digit read as
/// one: `numbers`, see [`han_number_digits`]).
fn range_dash(word: &str, k: usize, c: char, numbers: &[usize]) -> Option<&'static str> {
    let before = word[..k].chars().next_back()?;
    let after_at = k + c.len_utf8();
    let after = word[after_at..].chars().next()?;
    let digit = |d: char, at: usize| {
        d.is_ascii_digit() || ('０'..='９').contains(&d) || numbers.binary_search(&at).is_ok()
    };
    (digit(before, k - before.len_utf8()) && digit(after, after_at)).then_some("-")
}

/// The ASCII digits, by value.
const ASCII_DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// Whether the bytes hold two Han digits (`〇`, `一` … `九`) in a row,
/// found by their UTF-8 lead bytes (`E3` for `〇`, `E4`/`E5` for the
/// others): text without is not looked at again for numbers written in
/// them ([`han_number_digits`]), and a digit alone (`一般`, `同一`) is no
/// number.
fn has_han_digits(bytes: &[u8]) -> bool {
    let digit_at = |i: usize| {
        bytes
            .get(i..i + 3)
            .and_then(|b| std::str::from_utf8(b).ok())
            .and_then(|t| t.chars().next())
            .is_some_and(|c| crate::grammar::han_digit(c).is_some())
    };
    let mut from = 0;
    while let Some(k) = bytes
        .get(from..)
        .and_then(|b| memchr::memchr3(0xE3, 0xE4, 0xE5, b))
    {
        let i = from + k;
        if digit_at(i) && digit_at(i + 3) {
            return true;
        }
        from = i + 1;
    }
    false
}

/// The offsets in `word` of Han digits that write a number digit by digit
/// (`一九四八年`, `一二三頁`, `五六―七八頁`, `（二〇一二）`), as Japanese
/// and Chinese text set vertically writes years, pages and issues (and a
/// PDF conversion keeps them): the analysis reads each as its ASCII digit,
/// as it does full-width digits. A run counts where it has two digits or
/// more and a unit follows it (`年`, `月`, `日`, `頁`/`页`, `号`/`號`,
/// `巻`/`卷`, `輯`, `冊`, `条`/`條`, `項`, `期`, `版`, `面`, `ページ`), or
/// a dash and such a run (a range), or where four stand in brackets (a
/// year: `（二〇一二）`). A run beside `十`, `百`, `千`, `万` is a number
/// written out (`二十三`), which lexicons read as it is, and one digit
/// alone is a word as often as a number (`同一`, `一般`).
fn han_number_digits(word: &str) -> Vec<usize> {
    use crate::grammar::han_digit;
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if han_digit(chars[k].1).is_some() {
            let start = k;
            while chars.get(k).is_some_and(|&(_, c)| han_digit(c).is_some()) {
                k += 1;
            }
            runs.push((start, k));
        } else {
            k += 1;
        }
    }
    if runs.is_empty() {
        return Vec::new();
    }
    let written_out =
        |c: Option<char>| c.is_some_and(|c| matches!(c, '十' | '百' | '千' | '万' | '萬' | '億'));
    let unit = |c: Option<char>| {
        c.is_some_and(|c| {
            matches!(
                c,
                '年' | '月'
                    | '日'
                    | '頁'
                    | '页'
                    | '号'
                    | '號'
                    | '巻'
                    | '卷'
                    | '輯'
                    | '冊'
                    | '条'
                    | '條'
                    | '項'
                    | '期'
                    | '版'
                    | '面'
                    | 'ペ'
            )
        })
    };
    let dash = |c: Option<char>| {
        c.is_some_and(|c| matches!(c, '―' | '‐' | '-' | '–' | '—' | '〜' | '～' | '－'))
    };
    let mut keep = vec![false; runs.len()];
    for r in (0..runs.len()).rev() {
        let (start, end) = runs[r];
        let before = start
            .checked_sub(1)
            .and_then(|i| chars.get(i))
            .map(|&(_, c)| c);
        let after = chars.get(end).map(|&(_, c)| c);
        if end - start < 2 || written_out(before) || written_out(after) {
            continue;
        }
        let year_in_brackets = end - start == 4
            && before.is_some_and(|c| matches!(c, '（' | '('))
            && after.is_some_and(|c| matches!(c, '）' | ')' | '、' | '，' | ','));
        let range = dash(after) && r + 1 < runs.len() && runs[r + 1].0 == end + 1 && keep[r + 1];
        keep[r] = unit(after) || year_in_brackets || range;
    }
    runs.iter()
        .zip(&keep)
        .filter(|(_, &k)| k)
        .flat_map(|(&(start, end), _)| chars[start..end].iter().map(|&(i, _)| i))
        .collect()
}

/// The pieces of `word` that normalisation can compose each on its own,
/// with their offsets: a piece starts at every character that nothing
/// before it composes with (combining class 0 and no "maybe" in the NFC
/// quick check; Hangul vowel and final jamo, combining accents are
/// "maybe").
fn nfc_pieces(word: &str) -> impl Iterator<Item = (usize, &str)> {
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::{is_nfc_quick, IsNormalized};
    let starts = |c: char| {
        canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) != IsNormalized::Maybe
    };
    let mut bounds: Vec<usize> = word
        .char_indices()
        .filter(|&(k, c)| k == 0 || starts(c))
        .map(|(k, _)| k)
        .collect();
    bounds.push(word.len());
    let pieces: Vec<(usize, &str)> = bounds
        .windows(2)
        .filter_map(|w| Some((w[0], word.get(w[0]..w[1])?)))
        .collect();
    pieces.into_iter()
}

/// A space of Latin typography that is no ASCII space: no-break (U+00A0),
/// the fixed-width spaces U+2000 to U+200A, narrow no-break (U+202F) and
/// medium mathematical (U+205F). The ideographic space U+3000 of CJK text
/// is no such space: its rules read it as it is.
fn is_latin_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}'
    )
}

/// Whether the text may hold a space or character [`analysis_text`]
/// changes: one of [`is_latin_space`] or [`read_as`], or two ASCII spaces
/// in a row.
/// A few byte scans.
fn has_odd_spaces(bytes: &[u8]) -> bool {
    let mut from = 0;
    while let Some(i) = bytes
        .get(from..)
        .and_then(|b| memchr::memchr2(0xC2, 0xE2, b))
    {
        let i = from + i;
        if matches!(
            bytes.get(i..i + 3),
            Some(
                [0xC2, 0xA0 | 0xAD, ..]
                | [0xE2, 0x80, 0x80..=0x8B | 0x8E | 0x8F | 0xAA..=0xAF]
                | [0xE2, 0x81, 0x9F | 0xA0 | 0xA6..=0xA9],
            )
        ) || matches!(bytes.get(i..), Some([0xC2, 0xA0 | 0xAD]))
        {
            return true;
        }
        from = i + 1;
    }
    // Full-width digits (EF BC 90 to 99) and Latin ligatures (EF AC 80 to
    // 86).
    let mut from = 0;
    while let Some(i) = bytes.get(from..).and_then(|b| memchr::memchr(0xEF, b)) {
        let i = from + i;
        if matches!(
            bytes.get(i + 1..i + 3),
            Some([0xBC, 0x90..=0x99] | [0xAC, 0x80..=0x86])
        ) {
            return true;
        }
        from = i + 1;
    }
    // Arabic-Indic digits (D9 A0 to A9), Extended Arabic-Indic digits (DB
    // B0 to B9), the Arabic comma, semicolon and letter mark (D8 8C, 9B,
    // 9C).
    let mut from = 0;
    while let Some(i) = bytes
        .get(from..)
        .and_then(|b| memchr::memchr3(0xD8, 0xD9, 0xDB, b))
    {
        let i = from + i;
        if matches!(
            bytes.get(i..i + 2),
            Some([0xD9, 0xA0..=0xA9] | [0xDB, 0xB0..=0xB9] | [0xD8, 0x8C | 0x9B | 0x9C])
        ) {
            return true;
        }
        from = i + 1;
    }
    // A zero-width no-break space after the start (where it is the byte
    // order mark, which stays).
    if memchr::memmem::find_iter(bytes, "\u{feff}".as_bytes()).any(|i| i > 0) {
        return true;
    }
    // Two spaces between two words; indentation alone changes nothing.
    memchr::memmem::find_iter(bytes, b"  ")
        .any(|i| i > 0 && bytes.get(i - 1).is_some_and(|b| !b.is_ascii_whitespace()))
}

/// Whether the text is in Unicode normalisation form C, as far as the
/// analysis cares: text with no combining diacritical mark (U+0300 to
/// U+036F), no Hangul jamo (U+1100 to U+11FF), no kana voicing mark (U+3099,
/// U+309A) and no CJK compatibility ideograph (U+F900 to U+FAFF) is taken
/// as it is, after a few byte scans; other text gets the full check.
fn is_nfc_text(text: &str) -> bool {
    use unicode_normalization::{is_nfc, is_nfc_quick, IsNormalized};
    if !may_compose(text.as_bytes()) {
        return true;
    }
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => true,
        IsNormalized::No => false,
        IsNormalized::Maybe => is_nfc(text),
    }
}

/// Whether the bytes hold a character [`is_nfc_text`] looks at, by its
/// UTF-8 bytes: `CC`/`CD` (U+0300 to U+037F), `E1 84`–`E1 87` (jamo),
/// `E3 82 99`/`9A` (voicing marks), `EF A4`–`EF AB` (compatibility
/// ideographs).
fn may_compose(bytes: &[u8]) -> bool {
    if memchr::memchr2(0xCC, 0xCD, bytes).is_some() {
        return true;
    }
    let mut from = 0;
    while let Some(k) = bytes
        .get(from..)
        .and_then(|b| memchr::memchr3(0xE1, 0xE3, 0xEF, b))
    {
        let i = from + k;
        let next = (bytes.get(i + 1).copied(), bytes.get(i + 2).copied());
        let composes = match bytes.get(i) {
            Some(0xE1) => matches!(next.0, Some(0x84..=0x87)),
            Some(0xE3) => matches!(next, (Some(0x82), Some(0x99 | 0x9A))),
            _ => matches!(next.0, Some(0xA4..=0xAB)),
        };
        if composes {
            return true;
        }
        from = i + 1;
    }
    false
}

/// Joins the text of several spans with one space between them (how a note
/// split across a page break, or a broken bibliography entry, is read), or
/// a line break after a span that ends in a hyphen, and between two spans
/// of Chinese or Japanese text (`…，同前注[26]，周友` / `军文，第35页。`).
pub fn join_pieces(text: &str, pieces: &[Span]) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len() + 1).sum());
    for (i, p) in pieces.iter().enumerate() {
        let piece = text.get(p.start..p.end).unwrap_or("");
        if i > 0 {
            // `… der Weima-` / `rer Republik`: a word broken at the page's
            // end is joined as at a line's end, which readers join whole;
            // so is a word of a script written without spaces (`周友` /
            // `军文`).
            let unspaced = out
                .chars()
                .next_back()
                .is_some_and(crate::text::unspaced_script)
                && piece
                    .chars()
                    .next()
                    .is_some_and(crate::text::unspaced_script);
            out.push(if out.ends_with('-') || unspaced {
                '\n'
            } else {
                ' '
            });
        }
        out.push_str(piece);
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
            if let Some((text, encoding)) = decode_legacy(bytes) {
                let first_offset = text.bytes().position(|b| !b.is_ascii()).unwrap_or(0);
                return (
                    text,
                    Encoding::Legacy(encoding),
                    vec![DecodeIssue::Transcoded {
                        encoding,
                        first_offset,
                    }],
                );
            }
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

/// Reads input that is not UTF-8 in the legacy encoding its bytes fit
/// best (EUC-KR, Shift_JIS, GBK, Big5, windows-1252 …), guessed as web
/// browsers guess it.
///
/// Input that is mostly UTF-8 (at least as many well-formed non-ASCII
/// characters as bytes that are not UTF-8: a file cut inside a character,
/// a stray byte pasted in) stays UTF-8, read lossily, so that its offsets
/// stay true to the file. So does input that the guessed encoding cannot
/// read much better than UTF-8 can.
fn decode_legacy(bytes: &[u8]) -> Option<(String, &'static str)> {
    let (invalid, multibyte) = utf8_tally(bytes);
    if multibyte >= invalid {
        return None;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, false);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let unreadable = if had_errors {
        text.chars()
            .filter(|&c| c == char::REPLACEMENT_CHARACTER)
            .count()
    } else {
        0
    };
    (unreadable * 10 <= invalid).then(|| (text.into_owned(), encoding.name()))
}

/// How many bytes of `bytes` are not UTF-8, and how many well-formed
/// non-ASCII characters it has.
fn utf8_tally(bytes: &[u8]) -> (usize, usize) {
    bytes
        .utf8_chunks()
        .fold((0, 0), |(invalid, multibyte), chunk| {
            let lead = chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
            (invalid + chunk.invalid().len(), multibyte + lead)
        })
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Replaces every invalid byte by `?`, so that offsets stay true to the input.
fn replace_invalid(bytes: &[u8]) -> (String, usize, usize) {
    let mut out = String::with_capacity(bytes.len());
    let mut first = None;
    let mut count = 0;
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        let bad = chunk.invalid().len();
        if bad > 0 {
            first.get_or_insert(out.len());
            count += bad;
            out.extend(std::iter::repeat_n('?', bad));
        }
    }
    (out, first.unwrap_or(0), count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_digits_of_years_pages_and_ranges_are_read_as_digits() {
        let read = |t: &str| analysis_text(t).map(|(s, _)| s);
        assert_eq!(
            read("大八洲出版、一九四八年、一二三頁。").as_deref(),
            Some("大八洲出版、1948年、123頁。")
        );
        assert_eq!(read("五六―七八頁").as_deref(), Some("56-78頁"));
        assert_eq!(read("56〜78頁、12～14").as_deref(), Some("56-78頁、12-14"));
        // A dash between words stays.
        assert_eq!(read("形成と展開――幕府"), None);
        assert_eq!(
            read("高槻泰郎（二〇一二）『書名』").as_deref(),
            Some("高槻泰郎（2012）『書名』")
        );
        // Numbers written out, one digit alone, digits before no unit.
        assert_eq!(read("第二十三巻、同一の問題、三四郎"), None);
        assert_eq!(read("一頁"), None);
        let (text, map) = analysis_text("注、一九四八年").unwrap();
        assert_eq!(text, "注、1948年");
        // Offsets map back to the characters as written.
        let at = text.find("1948").unwrap();
        assert_eq!(
            map.span(Span::new(at, at + 4)),
            Span::new("注、".len(), "注、一九四八".len())
        );
    }

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
    fn invalid_bytes_in_mostly_utf8_text_keep_offsets() {
        // Three well-formed `é` against three bad bytes: still UTF-8.
        let s = SourceFile::from_bytes(
            "t",
            "ééé"
                .as_bytes()
                .iter()
                .chain(b"ab\xffcd\xfe\xfe")
                .copied()
                .collect::<Vec<u8>>()
                .as_slice(),
        );
        assert_eq!(s.text(), "éééab?cd??");
        assert_eq!(s.encoding(), Encoding::Utf8Lossy);
        assert_eq!(
            s.decode_issues(),
            &[DecodeIssue::InvalidUtf8 {
                first_offset: 8,
                count: 3
            }]
        );
    }

    #[test]
    fn text_in_a_legacy_encoding_is_converted() {
        let s = SourceFile::from_bytes("t", b"Caf\xe9 cr\xe8me br\xfbl\xe9e");
        assert_eq!(s.text(), "Café crème brûlée");
        assert_eq!(s.encoding(), Encoding::Legacy("windows-1252"));
        assert_eq!(s.encoding().name(), "windows-1252");
        assert_eq!(
            s.decode_issues(),
            &[DecodeIssue::Transcoded {
                encoding: "windows-1252",
                first_offset: 3
            }]
        );
        // Korean in EUC-KR (`한국의 외교`).
        let s = SourceFile::from_bytes("t", b"\xc7\xd1\xb1\xb9\xc0\xc7 \xbf\xdc\xb1\xb3");
        assert_eq!(s.text(), "한국의 외교");
        assert_eq!(s.encoding().name(), "euc-kr");
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

    /// The input span of the analysed text's `part` (its first occurrence).
    fn input_of<'a>(input: &'a str, analysed: &(String, InputMap), part: &str) -> &'a str {
        let at = analysed.0.find(part).unwrap();
        let s = analysed.1.span(Span::new(at, at + part.len()));
        &input[s.start..s.end]
    }

    #[test]
    fn plain_text_is_read_as_it_is() {
        for text in [
            "",
            "Smith, War, p. 12.\n",
            "  indented\tand\ttabs\n    code",
            "trailing  \nnext",
            "각주 1) 김철수, 『책』, 12쪽.",
            "注1\u{3000}塩野宏『行政法I』",
        ] {
            assert!(analysis_text(text).is_none(), "{text:?}");
        }
        // Indentation stays, a run between words does not.
        let (text, _) = analysis_text("  indented  twice").unwrap();
        assert_eq!(text, "  indented twice");
    }

    #[test]
    fn typographic_spaces_and_runs_of_spaces_are_one_space() {
        let input = "1\u{a0}Smith,  War,\u{202f}p.\u{2009}12 ;\n   Ibid.\u{a0}\u{a0}\n";
        let analysed = analysis_text(input).unwrap();
        assert_eq!(analysed.0, "1 Smith, War, p. 12 ;\n   Ibid.  \n");
        for part in [
            "Smith",
            "War",
            "p. 12",
            "12 ;",
            "Ibid.",
            "1 Smith, War, p. 12 ;",
        ] {
            let written = input_of(input, &analysed, part);
            let folded: String = written
                .split(|c: char| c.is_whitespace())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(folded, part, "{part}");
        }
        // The space of `1 Smith` is the no-break space.
        assert_eq!(input_of(input, &analysed, " Smith"), "\u{a0}Smith");
    }

    #[test]
    fn decomposed_text_is_composed_and_maps_to_whole_characters() {
        use unicode_normalization::UnicodeNormalization;
        let composed = "있다(Ministry of Foreign Affairs, 2024). Café «Müller» 金";
        let input: String = composed.nfd().collect();
        let analysed = analysis_text(&input).unwrap();
        assert_eq!(analysed.0, composed.nfc().collect::<String>());
        assert_eq!(input_of(&input, &analysed, "(Ministry"), "(Ministry");
        assert_eq!(
            input_of(&input, &analysed, "다("),
            "다(".nfd().collect::<String>()
        );
        assert_eq!(
            input_of(&input, &analysed, "Café"),
            "Café".nfd().collect::<String>()
        );
        // A compatibility ideograph (U+F90A) is read as the unified one.
        let compat = analysis_text("\u{f90a}大中").unwrap();
        assert_eq!(compat.0, "金大中");
    }

    #[test]
    fn invisible_marks_are_dropped_and_a_soft_hyphen_ends_a_line_as_a_hyphen() {
        let input = "\u{feff}1)\u{200b} Ge\u{ad}schichte der Ver\u{ad}\nwaltung, ebd.\u{2060}";
        let analysed = analysis_text(input).unwrap();
        assert_eq!(analysed.0, "\u{feff}1) Geschichte der Ver-\nwaltung, ebd.");
        assert_eq!(input_of(input, &analysed, "Geschichte"), "Ge\u{ad}schichte");
        assert_eq!(input_of(input, &analysed, " Ge"), " Ge");
        assert_eq!(input_of(input, &analysed, "ebd."), "ebd.");
    }

    #[test]
    fn full_width_digits_and_ligatures_are_read_as_ascii() {
        let input = "注１　丸山眞男『日本の思想』岩波書店、１９６１年、２３頁。 The ﬁrst Oﬃce";
        let analysed = analysis_text(input).unwrap();
        assert_eq!(
            analysed.0,
            "注1　丸山眞男『日本の思想』岩波書店、1961年、23頁。 The first Office"
        );
        assert_eq!(input_of(input, &analysed, "1961年"), "１９６１年");
        assert_eq!(input_of(input, &analysed, "Office"), "Oﬃce");
        // Full-width brackets and the ideographic space stay as written.
        assert!(analysis_text("（注1）　前掲書").is_none());
    }

    proptest::proptest! {
        /// Every word of the analysed text maps back to input text that
        /// composes to it, and every mapped offset is a character boundary
        /// of the input, in order.
        #[test]
        fn words_map_back_to_what_they_were_read_from(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "Smith", "12", "가", "\u{1100}\u{1161}\u{11a8}", "e\u{301}", "é", "(", "\u{f90a}",
                "\u{ad}", "\u{200b}", "\u{feff}", "１２", "ﬁ", "（",
                " ", "  ", "   ", "\u{a0}", "\u{2009}", "\u{202f}", "\n", "\t", "\u{3000}", "\r\n",
            ]),
            0..40,
        )) {
            use unicode_normalization::UnicodeNormalization;
            let input: String = parts.concat();
            let Some((text, map)) = analysis_text(&input) else {
                return Ok(());
            };
            let mut last = 0;
            for (x, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
                let at = map.span(Span::new(x, x)).start;
                proptest::prop_assert!(input.is_char_boundary(at), "{at} in {input:?}");
                proptest::prop_assert!(at >= last);
                last = at;
            }
            let mut from = 0;
            for word in text.split(|c: char| c.is_whitespace()) {
                let at = from;
                from += word.len() + text[at + word.len()..].chars().next().map_or(0, char::len_utf8);
                if word.is_empty() {
                    continue;
                }
                let s = map.span(Span::new(at, at + word.len()));
                // What the input shows there: no invisible marks, a soft
                // hyphen at a line's end as a hyphen.
                let shown: String = input[s.start..s.end]
                    .char_indices()
                    .map(|(k, c)| {
                        let line_end = matches!(
                            input.as_bytes().get(s.start + k + c.len_utf8()),
                            Some(b'\n' | b'\r')
                        );
                        match read_as(c, line_end) {
                            Some(shown) if c != '\u{feff}' || s.start + k > 0 => shown.to_string(),
                            _ => c.to_string(),
                        }
                    })
                    .collect();
                let written: String = shown.nfc().collect();
                proptest::prop_assert_eq!(written, word);
            }
        }
    }

    #[test]
    fn utf16_with_bom_is_transcoded() {
        let bytes = [0xFF, 0xFE, b'h', 0, b'i', 0];
        let s = SourceFile::from_bytes("t", &bytes);
        assert_eq!(s.text(), "hi");
        assert_eq!(s.encoding(), Encoding::Utf16Le);
    }
}
