//! Regions of a document: body, footnotes, bibliography.
//!
//! Works on a *view* of the input: a string of exactly the same byte length
//! in which markup that is not text (YAML front matter, HTML tags) is blanked
//! out, so that every offset found here is an offset into the input.
//!
//! What it repairs (papers converted from PDF or HWP):
//! - footnotes interleaved with body text at page breaks;
//! - a footnote split across two pages, whose tail appears just before the
//!   next page's first footnote;
//! - body paragraphs that continue after a block of footnotes;
//! - bibliography entries broken over lines (with or without a stray bullet),
//!   empty bullets, ditto marks (`_____.`, `———.`).
//!
//! It never parses what a footnote or an entry *says*: that is `syntax`.

use crate::grammar::Grammar;
use crate::model::Marker;
use crate::source::Span;
use crate::syntax::marker::{
    asterisk_label, asterisk_markers, bracket_markers, footnote_label, is_enclosed_marker,
    list_label, plain_markers, spaced_enclosed_markers, text_markers, word_label, LabelStyle,
    LONG_NUMBER,
};
use foldhash::{HashMap, HashSet};
use std::collections::BTreeMap;

/// How the input is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Plain text (from PDF, HWP, Word).
    #[default]
    Text,
    /// Markdown, possibly with pandoc footnotes and YAML front matter.
    Markdown,
    /// HTML, possibly with YAML front matter.
    Html,
}

impl InputFormat {
    /// Guesses the format from a file name and the text.
    pub fn detect(name: &str, text: &str) -> InputFormat {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
            return InputFormat::Html;
        }
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            return InputFormat::Markdown;
        }
        let head: String = text
            .chars()
            .take(4096)
            .collect::<String>()
            .to_ascii_lowercase();
        if head.trim_start().starts_with("<!doctype html") || head.contains("<html") {
            return InputFormat::Html;
        }
        let tags = [
            "<p>", "<p ", "<div", "<h1", "<h2", "<br", "<table", "<sup>", "</p>",
        ];
        let tag_count: usize = tags.iter().map(|t| head.matches(t).count()).sum();
        if tag_count >= 3 {
            return InputFormat::Html;
        }
        if head.starts_with("---\n") || head.starts_with("---\r\n") || text.contains("[^") {
            return InputFormat::Markdown;
        }
        InputFormat::Text
    }
}

/// A bibliography entry before parsing.
#[derive(Debug, Clone, PartialEq)]
pub struct RawEntry {
    /// Text, pieces joined by one space, bullet and list label removed.
    pub text: String,
    /// Input pieces.
    pub pieces: Vec<Span>,
    /// Opened with a ditto mark; `text` has the mark removed.
    pub ditto: bool,
    /// List label (`12` of `[12]`), for numbered lists.
    pub label: Option<String>,
    /// Under a sub-heading over periodicals named alone
    /// ([`crate::grammar::Headings::periodicals`]).
    pub periodical: bool,
}

/// A footnote before parsing.
#[derive(Debug, Clone, PartialEq)]
pub struct RawNote {
    /// Note number.
    pub number: u32,
    /// Run of note numbers, from 1 (see [`crate::model::Footnote::chapter`]).
    pub chapter: u32,
    /// Label span.
    pub label: Span,
    /// Text pieces (two or more when split across pages).
    pub pieces: Vec<Span>,
}

/// The regions found.
#[derive(Debug, Clone, Default)]
pub struct Segments<'a> {
    /// The view text (same length as the input): the input itself when
    /// nothing in it is blanked.
    pub view: std::borrow::Cow<'a, str>,
    /// Footnotes in document order.
    pub notes: Vec<RawNote>,
    /// Body markers in document order.
    pub markers: Vec<Marker>,
    /// Body paragraphs (for in-text citations), in document order.
    pub body: Vec<Span>,
    /// The bibliography heading line.
    pub bibliography_heading: Option<Span>,
    /// The whole bibliography region.
    pub bibliography_span: Option<Span>,
    /// Bibliography entries.
    pub entries: Vec<RawEntry>,
    /// How many runs of note numbers the notes form: 1, or the number of
    /// chapters when notes are numbered per chapter (0 without notes).
    pub chapters: u32,
}

#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

impl Line {
    fn span(self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Builds the parsing view: front matter and HTML tags blanked.
/// Returns the view and markers found in HTML (`<sup>12</sup>`). A text
/// with neither is its own view, not copied.
pub fn make_view(text: &str, format: InputFormat) -> (std::borrow::Cow<'_, str>, Vec<Marker>) {
    let front_matter = text.starts_with("---\n") || text.starts_with("---\r\n");
    if !front_matter && format != InputFormat::Html {
        return (std::borrow::Cow::Borrowed(text), Vec::new());
    }
    let mut bytes = text.as_bytes().to_vec();
    let mut markers = Vec::new();
    // YAML front matter: `---` on the first line up to the next `---` line.
    if front_matter {
        let mut pos = text.find('\n').map_or(text.len(), |p| p + 1);
        let mut end = None;
        while pos < text.len() {
            let line_end = text[pos..].find('\n').map_or(text.len(), |p| pos + p);
            let line = text[pos..line_end].trim_end_matches('\r');
            if line == "---" || line == "..." {
                end = Some(line_end);
                break;
            }
            pos = line_end + 1;
        }
        if let Some(end) = end {
            blank(&mut bytes, 0, end);
        }
    }
    if format == InputFormat::Html {
        html_view(text, &mut bytes, &mut markers);
    }
    // Blanking only ever writes ASCII over whole characters, so the bytes
    // stay valid UTF-8; be defensive all the same.
    let view = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (std::borrow::Cow::Owned(view), markers)
}

/// Overwrites `start..end` with spaces, keeping line ends.
fn blank(bytes: &mut [u8], start: usize, end: usize) {
    let end = end.min(bytes.len());
    let mut i = start;
    while i < end {
        let b = bytes[i];
        if b != b'\n' && b != b'\r' {
            // Only overwrite whole characters: continuation bytes of a
            // multi-byte character are part of the blanked range too.
            bytes[i] = b' ';
        }
        i += 1;
    }
}

/// Blanks HTML tags and comments; block-level tags become line breaks;
/// `<sup>12</sup>` becomes a marker.
fn html_view(text: &str, bytes: &mut [u8], markers: &mut Vec<Marker>) {
    const BLOCK: [&str; 22] = [
        "p", "/p", "br", "br/", "div", "/div", "li", "/li", "h1", "h2", "h3", "h4", "h5", "h6",
        "/h1", "/h2", "/h3", "tr", "/tr", "section", "/section", "hr",
    ];
    let b = text.as_bytes();
    let mut i = 0;
    // A note label was just written into an `<li>` tag; no line break until
    // the note's text starts.
    let mut label_pending = false;
    // Whether a `Notes` heading was written before the first note's label.
    let mut notes_heading = false;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let start = i + off;
        // Comments.
        if b[start..].starts_with(b"<!--") {
            let end = text[start..]
                .find("-->")
                .map_or(text.len(), |p| start + p + 3);
            blank(bytes, start, end);
            i = end;
            continue;
        }
        let Some(close) = memchr::memchr(b'>', &b[start..]) else {
            break;
        };
        let end = start + close + 1;
        let inner = &text[start + 1..end - 1];
        let name: String = inner
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() && !inner.starts_with('!') {
            // Not a tag (`a < b`).
            i = start + 1;
            continue;
        }
        if name == "script" || name == "style" {
            let closing = format!("</{name}");
            let stop =
                find_ignoring_case(&b[end..], closing.as_bytes()).map_or(text.len(), |p| end + p);
            let stop_end = text[stop..].find('>').map_or(text.len(), |p| stop + p + 1);
            blank(bytes, start, stop_end);
            i = stop_end;
            continue;
        }
        if name == "a" {
            if let Some(done) = note_anchor(text, start, end, bytes, markers, &mut notes_heading) {
                if done.label {
                    label_pending = true;
                }
                i = done.end;
                continue;
            }
        }
        if name == "sup" {
            // <sup>12</sup> or <sup><a href=…>12</a></sup>
            // A marker's content is short: look for its end nearby only.
            let near = &b[end..b.len().min(end + 400)];
            if let Some(rel) = find_ignoring_case(near, b"</sup>") {
                let content_end = end + rel;
                let content = &text[end..content_end];
                let digits: String = strip_tags(content)
                    .trim()
                    .trim_matches(['[', ']', '(', ')'])
                    .to_string();
                if let Ok(n) = digits.parse::<u32>() {
                    if n > 0 {
                        markers.push(Marker {
                            number: n,
                            chapter: 1,
                            span: Span::new(start, content_end + 6),
                        });
                        blank(bytes, start, content_end + 6);
                        i = content_end + 6;
                        continue;
                    }
                }
            }
        }
        blank(bytes, start, end);
        let text_before = !text[i..start].trim().is_empty();
        if text_before {
            label_pending = false;
        }
        if BLOCK.contains(&name.as_str()) && start < bytes.len() && !label_pending {
            // An opening tag breaks the line at its end, so that the text
            // after it starts at column 0: the length of `<li id="r10">`
            // must not read as a hanging indent.
            let at = if name.starts_with('/') {
                start
            } else {
                end - 1
            };
            bytes[at] = b'\n';
        }
        // `<li id="fn3">` of an HTML footnote list shows no number: write
        // `3) ` into the blanked tag so that the line reads as a note label,
        // and keep the `<p>` inside the item on the same line.
        if name == "li" {
            if let Some(n) = NOTE_ITEM_ID
                .captures(inner)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str())
            {
                bytes[end - 1] = b' ';
                if write_label(&mut bytes[start..end - 1], n, &mut notes_heading) {
                    label_pending = true;
                }
            }
        }
        i = end;
    }
}

/// What [`note_anchor`] made of a link.
struct NoteAnchor {
    /// Where the link ends (after `</a>`).
    end: usize,
    /// Whether it became a note's label.
    label: bool,
}

/// A link between a note and its marker, as word processors and
/// converters write them: a link to a note (`href="#_ftn3"` of Word,
/// `#sdfootnote3sym` of LibreOffice, `#ftnt3` of Google Docs, `#fn3` of
/// pandoc) showing a number is a marker; a link back from a note
/// (`#_ftnref3`, `#sdfootnote3anc`, `#ftnt_ref3`, `#fnref3`) showing a
/// number is the note's label, and written as `3) ` so that its line reads
/// as a note; one showing anything else (pandoc's `↩︎`) is blanked. Links
/// to anything but notes (`#ref-CR3`, `#b3`) are left alone. `start..end`
/// is the opening tag.
fn note_anchor(
    text: &str,
    start: usize,
    end: usize,
    bytes: &mut [u8],
    markers: &mut Vec<Marker>,
    notes_heading: &mut bool,
) -> Option<NoteAnchor> {
    let fragment = NOTE_LINK.captures(text.get(start..end)?)?.get(1)?.as_str();
    let fragment = fragment.to_ascii_lowercase();
    if !["fn", "ftn", "note", "edn"]
        .iter()
        .any(|w| fragment.contains(w))
    {
        return None;
    }
    let back = ["ref", "anc", "back", "return"]
        .iter()
        .any(|w| fragment.contains(w));
    // The link's text, up to its `</a>`, a few hundred bytes at most.
    let window = text.get(end..crate::source::floor_char_boundary(text, end + 400))?;
    let close = find_ignoring_case(window.as_bytes(), b"</a>")?;
    let close_end = end + close + 4;
    let shown = strip_tags(&window[..close]);
    let number = shown
        .trim()
        .trim_matches(['[', ']', '(', ')'])
        .parse::<u32>()
        .ok()
        .filter(|&n| n > 0);
    match (back, number) {
        (false, Some(number)) => {
            markers.push(Marker {
                number,
                chapter: 1,
                span: Span::new(start, close_end),
            });
            blank(bytes, start, close_end);
            Some(NoteAnchor {
                end: close_end,
                label: false,
            })
        }
        (true, Some(number)) => {
            blank(bytes, start, close_end);
            let label = write_label(&mut bytes[start..end], &number.to_string(), notes_heading);
            Some(NoteAnchor {
                end: close_end,
                label,
            })
        }
        (true, None) => {
            blank(bytes, start, close_end);
            Some(NoteAnchor {
                end: close_end,
                label: false,
            })
        }
        (false, None) => None,
    }
}

/// Where `needle` (a closing tag, `</sup>`) first occurs in `hay`, ASCII
/// letters compared without regard to case; time linear in the distance.
fn find_ignoring_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    memchr::memchr_iter(first, hay).find(|&i| {
        hay.get(i..i + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// Writes a note's label, `3) ` on a line of its own, into `slot` (a
/// blanked tag), if it fits. Word, LibreOffice and pandoc put the notes at
/// the end of the page, after a bibliography if there is one: the first
/// label gets a `Notes` heading before it, so that the notes are not read
/// as entries of that bibliography.
fn write_label(slot: &mut [u8], number: &str, notes_heading: &mut bool) -> bool {
    let label = format!("\n{number}) ");
    let headed = format!("\nNotes\n{label}");
    let first = !std::mem::replace(notes_heading, true);
    let text = if first && headed.len() <= slot.len() {
        headed
    } else {
        label
    };
    let fits = text.len() <= slot.len();
    if fits {
        slot[..text.len()].copy_from_slice(text.as_bytes());
    }
    fits
}

/// The fragment an `<a>` tag links to: `_ftn3` of `<a href="#_ftn3">`.
static NOTE_LINK: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| crate::re::constant(r#"(?i)\bhref\s*=\s*["']?#([\w:.-]{1,40})"#));

/// The id of a footnote list item: `fn3`, `fn:3`, `fn-3`, `footnote-3`,
/// `note3`, `endnote3` (pandoc, WordPress, Word exports). Reference-list
/// ids (`ref3`, `CR3`, `b3`) are left alone: those are entries, not notes.
static NOTE_ITEM_ID: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::re::constant(
        r#"(?i)\bid\s*=\s*["']?(?:fn|footnote|note|endnote|en)[-:_]?0*([1-9][0-9]{0,5})(?:["'\s/]|$)"#,
    )
});

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn lines_of(view: &str) -> Vec<Line> {
    let bytes = view.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                let end = if i > start && bytes[i - 1] == b'\r' {
                    i - 1
                } else {
                    i
                };
                lines.push(Line { start, end });
                start = i + 1;
            }
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                lines.push(Line { start, end: i });
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        lines.push(Line {
            start,
            end: bytes.len(),
        });
    }
    lines
}

/// Splits a document into body, footnotes and bibliography.
pub fn segment<'a>(text: &'a str, format: InputFormat, grammar: &Grammar) -> Segments<'a> {
    let (view, html_markers) = make_view(text, format);
    let lines = lines_of(&view);
    let line_text = |l: &Line| view.get(l.start..l.end).unwrap_or("");

    // 1. The bibliography region.
    let (bib_range, bib_heading) = find_bibliography(&lines, &view, grammar);

    // 2. Footnote label candidates outside the bibliography.
    let in_bib = |idx: usize| bib_range.as_ref().is_some_and(|r| r.contains(&idx));
    let mut candidates: Vec<(usize, u32, LabelStyle, usize)> = Vec::new();
    for (idx, l) in lines.iter().enumerate() {
        if in_bib(idx) {
            continue;
        }
        let text = line_text(l);
        let label = footnote_label(text)
            .or_else(|| {
                (!grammar.note_label_words.is_empty())
                    .then(|| word_label(text, &grammar.note_label_words))
                    .flatten()
            })
            .or_else(|| asterisk_label(text));
        if let Some(lab) = label {
            candidates.push((idx, lab.number, lab.style, lab.len));
        } else if let Some(n) = bare_label(&view, &lines, idx, grammar) {
            // The label is the whole line, its note the lines after it.
            candidates.push((idx, n, LabelStyle::Plain, l.end - l.start));
        }
    }

    // 3. Markers in every non-candidate, non-bibliography line (footnote
    // pieces are removed below, once known).
    let candidate_lines: HashSet<usize> = candidates.iter().map(|c| c.0).collect();
    let mut markers: Vec<Marker> = html_markers;
    for (idx, l) in lines.iter().enumerate() {
        if in_bib(idx) || candidate_lines.contains(&idx) {
            continue;
        }
        for m in text_markers(line_text(l)) {
            markers.push(Marker {
                number: m.number,
                chapter: 1,
                span: Span::new(l.start + m.start, l.start + m.end),
            });
        }
    }
    // Where notes are labelled `注1`, they are marked `（注1）` or `注1)`:
    // the marker is the word and the number.
    if let Some(re) = grammar
        .note_word_marker
        .as_ref()
        .filter(|_| candidates.iter().any(|c| c.2 == LabelStyle::Word))
    {
        for (idx, l) in lines.iter().enumerate() {
            if in_bib(idx) || candidate_lines.contains(&idx) {
                continue;
            }
            let text = line_text(l);
            for c in re.captures_iter(text) {
                let (Some(whole), Some(number)) = (c.get(1), c.get(2)) else {
                    continue;
                };
                if let Ok(n) = number.as_str().parse() {
                    markers.push(Marker {
                        number: n,
                        chapter: 1,
                        span: Span::new(l.start + whole.start(), l.start + whole.end()),
                    });
                }
            }
        }
    }
    // Where notes are labelled `＊1`, `*1` or `※1` (Japanese history and
    // law papers), they are marked so in the text (`…を変えた＊1。`). A
    // stray asterisk (emphasis, `*p < .05`, a table's note) starts nothing:
    // the labels must number at least notes 1 and 2 in order. A mark after
    // a note word (`前掲注＊3`) refers to a note and is no marker.
    let starred: Vec<u32> = candidates
        .iter()
        .filter(|c| c.2 == LabelStyle::Asterisk)
        .map(|c| c.1)
        .collect();
    let mut starred_markers = 0;
    if starred
        .iter()
        .position(|&n| n == 1)
        .is_some_and(|p| starred[p..].contains(&2))
    {
        for (idx, l) in lines.iter().enumerate() {
            if in_bib(idx) || candidate_lines.contains(&idx) {
                continue;
            }
            let text = line_text(l);
            for m in asterisk_markers(text) {
                let before = text.get(..m.start).unwrap_or("");
                if grammar
                    .note_label_words
                    .iter()
                    .any(|w| before.ends_with(w.as_str()))
                {
                    continue;
                }
                starred_markers += 1;
                markers.push(Marker {
                    number: m.number,
                    chapter: 1,
                    span: Span::new(l.start + m.start, l.start + m.end),
                });
            }
        }
    }
    // Without them, a line opening with `*1` is text.
    if starred_markers == 0 {
        candidates.retain(|c| c.2 != LabelStyle::Asterisk);
    }
    // Circled numbers are markers only where notes are labelled with them:
    // elsewhere they enumerate (`① first, ② second`).
    if !candidates.iter().any(|c| c.2 == LabelStyle::Circled) {
        markers.retain(|m| {
            view.get(m.span.start..)
                .and_then(|t| t.chars().next())
                .is_none_or(|c| crate::syntax::marker::circled_number(c).is_none())
        });
    }
    // `(1)` and `（1）` are markers only where notes are labelled with them,
    // and only by lines that are not numbered headings (`（1）学説の展開`,
    // `(1) Introduction`): elsewhere a bracketed number enumerates or names
    // a subsection.
    // So are `3 结果与讨论`, `2. 研究方法`, `[4] 结论`: a section number
    // before a heading in a language written without spaces, which no
    // capital tells from a note's text (a note names a work in title
    // marks, `《…》`, or ends a sentence).
    candidates.retain(|&(idx, _, style, len)| {
        let rest = line_text(&lines[idx]).get(len..).unwrap_or("");
        match style {
            LabelStyle::Enclosed => {
                !(numbered_heading(rest, grammar) || cjk_heading(rest, grammar))
            }
            LabelStyle::Plain | LabelStyle::Dot | LabelStyle::Bracket => {
                !cjk_section_heading(rest, grammar)
            }
            _ => true,
        }
    });
    // An English paper's `(1) …` lines are more often a numbered list
    // (hypotheses, research questions) than notes: they are notes only
    // under a note heading, where their texts read as citations, or where
    // the text marks them.
    let listed = list_lines(
        &candidates,
        LabelStyle::Enclosed,
        &markers,
        &lines,
        &view,
        grammar,
    );
    if !listed.is_empty() {
        candidates.retain(|c| !listed.contains(&c.0));
        // What is no label is text, and its markers count.
        for &idx in &listed {
            let l = lines[idx];
            for m in text_markers(line_text(&l)) {
                markers.push(Marker {
                    number: m.number,
                    chapter: 1,
                    span: Span::new(l.start + m.start, l.start + m.end),
                });
            }
        }
    }
    if candidates.iter().any(|c| c.2 == LabelStyle::Enclosed) {
        // Where notes are labelled `(1)`, a Word or PDF conversion often
        // marks them with a space before the bracket (`la notion de faute
        // (1).`, the French, Italian, Spanish, Portuguese habit). Read only
        // now, once the labels are known to be notes and no list, so that a
        // list's `(1)` in the text does not make its lines notes; the
        // sequence of the notes keeps those in order (below).
        let labels: HashSet<usize> = candidates.iter().map(|c| c.0).collect();
        for (idx, l) in lines.iter().enumerate() {
            let text = line_text(l);
            if in_bib(idx) || labels.contains(&idx) || !text.contains(['(', '（']) {
                continue;
            }
            for m in spaced_enclosed_markers(text, &grammar.list_words) {
                // `l'équation (3)`, `Tableau (2)`: a number a label word
                // names. The few words before it are enough to tell.
                let from = (m.start.saturating_sub(LABEL_WORD_REACH)..m.start)
                    .find(|&k| text.is_char_boundary(k))
                    .unwrap_or(m.start);
                if grammar.ends_with_label_word(text.get(from..m.start).unwrap_or("")) {
                    continue;
                }
                markers.push(Marker {
                    number: m.number,
                    chapter: 1,
                    span: Span::new(l.start + m.start, l.start + m.end),
                });
            }
        }
    } else {
        markers.retain(|m| !is_enclosed_marker(view.get(m.span.start..).unwrap_or("")));
    }
    markers.sort_by_key(|m| m.span.start);
    // Without any superscript or linked marker, the document may come from
    // `pdftotext`: markers are plain digits glued to words and notes are
    // `12 Text`. Otherwise plain-number lines are no labels.
    // Notes labelled `[1] …` with `[1]` glued to words in the text come
    // from plain-text exports (`pandoc -t plain`, word processors).
    // Bracketed numbers (`（1）`) do not count here: they are markers only
    // if the notes turn out to be labelled `(1)`.
    let enclosed = |m: &Marker| is_enclosed_marker(view.get(m.span.start..).unwrap_or(""));
    let plain = markers.iter().all(enclosed);
    let bracketed = plain && candidates.iter().any(|c| c.2 == LabelStyle::Bracket);
    let glued = |text: &str| {
        if bracketed {
            let mut found = bracket_markers(text);
            found.extend(plain_markers(text));
            found.sort_by_key(|m| m.start);
            found
        } else {
            plain_markers(text)
        }
    };
    if plain {
        for (idx, l) in lines.iter().enumerate() {
            if in_bib(idx) || candidate_lines.contains(&idx) {
                continue;
            }
            for m in glued(line_text(l)) {
                markers.push(Marker {
                    number: m.number,
                    chapter: 1,
                    span: Span::new(l.start + m.start, l.start + m.end),
                });
            }
        }
    } else {
        // Markers raised in the text (`derecho³`) with notes labelled by a
        // plain number (`3 Art. 93 …`), as a word processor's text export
        // or a copy from a web page gives them: the labels are notes where
        // the markers run with them (`accept_labels`), but a numbered
        // section heading (`2 Methods`) is none.
        candidates.retain(|&(idx, _, style, len)| {
            style != LabelStyle::Plain
                || !numbered_heading(line_text(&lines[idx]).get(len..).unwrap_or(""), grammar)
        });
    }

    // 4. Accept footnote labels. Without any marker in the text, `2.
    // Methods`, `[3] Results` and `1 Einleitung` lines are numbered section
    // headings (STEM papers), not notes: drop them before the runs are
    // counted.
    if markers.is_empty() {
        candidates.retain(|&(idx, _, style, len)| {
            let rest = line_text(&lines[idx]).get(len..).unwrap_or("");
            !(matches!(
                style,
                LabelStyle::Dot | LabelStyle::Bracket | LabelStyle::Plain
            ) && numbered_heading(rest, grammar))
        });
        // Nor are `1) …`, `1. …` lines that neither stand under a note
        // heading nor read as citations: they number a list.
        let mut listed = HashSet::default();
        for style in [
            LabelStyle::Paren,
            LabelStyle::Dot,
            LabelStyle::Bracket,
            LabelStyle::Plain,
        ] {
            listed.extend(list_lines(
                &candidates,
                style,
                &markers,
                &lines,
                &view,
                grammar,
            ));
        }
        candidates.retain(|c| !listed.contains(&c.0));
    }
    // `1 INTRODUÇÃO`, `2 A DOUTRINA` (ABNT), `2. Methods`: a numbered
    // section heading, with the text of its section on the next line, is no
    // note where a later label of its style and number opens a note's text,
    // even in a paper whose text has markers.
    let heading_at = |idx: usize, len: usize| {
        numbered_heading(line_text(&lines[idx]).get(len..).unwrap_or(""), grammar)
    };
    let headings: Vec<usize> = candidates
        .iter()
        .filter(|&&(idx, number, style, len)| {
            matches!(
                style,
                LabelStyle::Dot | LabelStyle::Bracket | LabelStyle::Plain
            ) && heading_at(idx, len)
                && lines
                    .get(idx + 1)
                    .is_some_and(|l| !line_text(l).trim().is_empty())
                && !candidates.iter().any(|c| c.0 == idx + 1)
                && candidates.iter().any(|&(later, n, s, l)| {
                    later > idx && n == number && s == style && !heading_at(later, l)
                })
        })
        .map(|c| c.0)
        .collect();
    candidates.retain(|c| !headings.contains(&c.0));
    let mut accepted = accept_labels(&candidates, &markers, &lines);
    // A wrapped line of text that starts with a number (`1979 mostram que
    // … voto11.`) is a label candidate no run takes: it is text, and the
    // markers glued to its words count. With them the labels are chosen
    // again.
    if plain {
        let taken: HashSet<usize> = accepted.iter().map(|a| a.0).collect();
        let before = markers.len();
        for &(idx, _, _, len) in &candidates {
            if taken.contains(&idx) {
                continue;
            }
            let l = lines[idx];
            let rest = line_text(&l).get(len..).unwrap_or("");
            for m in glued(rest) {
                markers.push(Marker {
                    number: m.number,
                    chapter: 1,
                    span: Span::new(l.start + len + m.start, l.start + len + m.end),
                });
            }
        }
        if markers.len() > before {
            markers.sort_by_key(|m| m.span.start);
            accepted = accept_labels(&candidates, &markers, &lines);
        }
    }
    // Notes numbered per chapter: each run of numbers is read on its own,
    // with the markers of its chapter.
    let restarts = numbering_restarts(&candidates, &accepted, &markers, &lines);
    let (restarts, marker_starts): (Vec<usize>, Vec<usize>) = restarts.into_iter().unzip();
    let accepted = if restarts.is_empty() {
        accepted
    } else {
        let style = accepted.first().map_or(LabelStyle::Dot, |a| a.2);
        for m in &mut markers {
            m.chapter = chapter_of(&marker_starts, m.span.start);
        }
        accept_per_chapter(&candidates, style, &restarts, &markers, &lines)
    };
    let chapter_of_line = |idx: usize| chapter_of(&restarts, idx);
    // Bracketed numbers in the text are markers only when the notes are
    // labelled the same way, and then only in the order of the notes; the
    // plain digits of such a paper are no markers.
    let by_brackets = accepted.iter().any(|a| a.2 == LabelStyle::Enclosed);
    let (brackets, others): (Vec<Marker>, Vec<Marker>) =
        markers.into_iter().partition(|m| enclosed(m));
    markers = match (plain, by_brackets) {
        (true, true) => Vec::new(),
        (true, false) => in_sequence(others, &accepted, chapter_of_line),
        (false, _) => others,
    };
    if by_brackets {
        markers.extend(in_sequence(brackets, &accepted, chapter_of_line));
        markers.sort_by_key(|m| m.span.start);
    }
    // A line that looked like a label and is none is text (an item of a
    // numbered list in a paper with superscript notes, `(1) … talk.³`): its
    // superscript and `[^12]` markers count. A label at the start of a line
    // is no marker.
    if !plain {
        let taken: HashSet<usize> = accepted.iter().map(|a| a.0).collect();
        let known: HashSet<usize> = markers.iter().map(|m| m.span.start).collect();
        let mut text_lines: Vec<usize> = candidate_lines
            .iter()
            .copied()
            .filter(|i| !taken.contains(i))
            .collect();
        text_lines.sort_unstable();
        let before = markers.len();
        for idx in text_lines {
            let l = lines[idx];
            let t = line_text(&l);
            for m in text_markers(t) {
                let at = t.get(m.start..).unwrap_or("");
                let circled = at
                    .chars()
                    .next()
                    .is_some_and(|c| crate::syntax::marker::circled_number(c).is_some());
                let start = l.start + m.start;
                if is_enclosed_marker(at) || circled || known.contains(&start) {
                    continue;
                }
                markers.push(Marker {
                    number: m.number,
                    chapter: chapter_of(&marker_starts, start),
                    span: Span::new(start, l.start + m.end),
                });
            }
        }
        if markers.len() > before {
            markers.sort_by_key(|m| m.span.start);
        }
    }
    // `¹²³⁴⁵` is a marker only in a paper whose notes reach that number.
    if markers.iter().any(|m| m.number >= LONG_NUMBER) {
        let numbers: HashSet<u32> = accepted.iter().map(|a| a.1).collect();
        markers.retain(|m| m.number < LONG_NUMBER || numbers.contains(&m.number));
    }
    let accepted_lines: HashSet<usize> = accepted.iter().map(|a| a.0).collect();
    let running_heads = running_heads(&view, &lines, |i| accepted_lines.contains(&i));

    // How often each short line's words stand in the paper, counted once
    // when a running head is first asked about ([`page_head_line`]).
    let short_lines: std::cell::OnceCell<HashMap<&str, u32>> = std::cell::OnceCell::new();
    let repeated = |t: &str| {
        short_lines
            .get_or_init(|| {
                let mut counts = HashMap::default();
                for l in &lines {
                    let t = head_words(line_text(l));
                    if !t.is_empty() && t.chars().nth(40).is_none() {
                        *counts.entry(t).or_insert(0) += 1;
                    }
                }
                counts
            })
            .get(t)
            .is_some_and(|&n| n >= 2)
    };

    // 5. Footnote extents and blocks.
    let mut notes: Vec<RawNote> = Vec::new();
    let mut note_line_owner: BTreeMap<usize, usize> = BTreeMap::new(); // line -> note index
                                                                       // Lines after which a block of notes ends: (index of last note, first line after block).
    let mut block_ends: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < accepted.len() {
        let (idx, number, _style, label_len) = accepted[k];
        let l = lines[idx];
        // A label alone on its line: the note starts on the next one.
        let first = if label_len == l.end - l.start {
            lines.get(idx + 1).map_or(l.end, |n| {
                let t = view.get(n.start..n.end).unwrap_or("");
                n.start + t.len() - t.trim_start().len()
            })
        } else {
            l.start + label_len
        };
        let mut pieces = vec![Span::new(first, first.max(l.end))];
        note_line_owner.insert(idx, notes.len());
        let mut j = idx + 1;
        // Continuation lines without a blank line between, on the same
        // page: `pdftotext` ends a page with a form feed and no blank line,
        // so the next page's running head follows the last note directly.
        while j < lines.len()
            && !accepted_lines.contains(&j)
            && !in_bib(j)
            && !line_text(&lines[j]).trim().is_empty()
            && !starts_page(line_text(&lines[j]))
            && !looks_like_heading(line_text(&lines[j]), grammar)
            && !page_furniture_at(&view, &lines, j, &pieces, grammar, &repeated)
            && !running_heads.contains(&j)
        {
            let lj = lines[j];
            if let Some(last) = pieces.last_mut() {
                *last = Span::new(last.start, lj.end);
            }
            note_line_owner.insert(j, notes.len());
            j += 1;
        }
        notes.push(RawNote {
            number,
            chapter: chapter_of_line(idx),
            label: Span::new(l.start, l.start + label_len),
            pieces,
        });
        // Does a block end here? Skip blank lines; if the next non-blank
        // line is not an accepted label, the block ends.
        let mut n = j;
        while n < lines.len() && line_text(&lines[n]).trim().is_empty() {
            n += 1;
        }
        let next_is_label = k + 1 < accepted.len() && accepted[k + 1].0 == n;
        if !next_is_label {
            block_ends.push((notes.len() - 1, n));
        }
        k += 1;
    }

    // 6. Split notes: an incomplete note at a block end takes the paragraph
    // just before the next block of notes.
    let label_line_of_note: Vec<usize> = accepted.iter().map(|a| a.0).collect();
    for &(note_idx, after) in &block_ends {
        let Some(next_note) = (note_idx + 1 < notes.len()).then_some(note_idx + 1) else {
            continue;
        };
        let note_text = crate::source::join_pieces(&view, &notes[note_idx].pieces);
        // `…, Economist, 27` / `January 1855, 85–86.`: a note that ends on a
        // number without a period may have been broken there; only a tail
        // right above the next label line, with no blank line between
        // (the notes at a page's foot stand apart from its body), is taken.
        let open_number = note_text.trim_end().ends_with(|c: char| c.is_ascii_digit());
        let incomplete = is_incomplete(&note_text, grammar);
        if !incomplete && !open_number {
            continue;
        }
        let next_label_line = label_line_of_note[next_note];
        if next_label_line <= after {
            continue;
        }
        // The paragraph immediately before the next label line.
        let mut e = next_label_line;
        while e > after && line_text(&lines[e - 1]).trim().is_empty() {
            e -= 1;
        }
        if e <= after || !incomplete && e != next_label_line {
            continue;
        }
        let mut s = e - 1;
        while s > after && !line_text(&lines[s - 1]).trim().is_empty() {
            s -= 1;
        }
        // `― 46 ―` / `臺灣史研究 第29卷第2期` / `已多有討論，…`: the next
        // page's running head, glued to the note's tail, is no part of it.
        while s + 1 < e
            && (is_page_number_line(line_text(&lines[s]))
                || running_heads.contains(&s)
                || page_head_line(&view, &lines, s, &repeated))
        {
            s += 1;
        }
        // A paragraph no note holds, without markers, no heading.
        let free = |s: usize, e: usize| {
            if (s..e).any(|i| note_line_owner.contains_key(&i)) {
                return false;
            }
            let para = Span::new(lines[s].start, lines[e - 1].end);
            let para_text = view.get(para.start..para.end).unwrap_or("");
            // Markers are in text order: look at those from the paragraph's
            // start only.
            let first = markers.partition_point(|m| m.span.start < para.start);
            let has_marker = markers[first..]
                .iter()
                .take_while(|m| m.span.start < para.end)
                .any(|m| m.span.end <= para.end);
            !has_marker && !looks_like_heading(para_text, grammar)
        };
        let usable = |s: usize, e: usize, strong: bool| {
            let para_text = view.get(lines[s].start..lines[e - 1].end).unwrap_or("");
            free(s, e)
                && if strong {
                    looks_like_citation_tail(para_text, &note_text)
                } else {
                    looks_like_note_tail(para_text, &note_text)
                        // `…，第80` / `页。`: the line broke between a
                        // locator's number and its unit, which the tail
                        // starts with.
                        || (open_number
                            && para_text.chars().count() <= 200
                            && para_text.trim_start().starts_with(is_cjk))
                        // `…，同前注[26]，周友` / the next page's text /
                        // `军文，第35页。` over its notes: a CJK note broken
                        // inside a word goes on at the head of the next
                        // page's notes, a line that starts with no label.
                        || cjk_note_tail(para_text, &note_text, grammar)
                }
        };
        // Just before the next block; else, when a page holds no notes of
        // its own, at the foot of a page between the two blocks (followed by
        // its page number), if it plainly finishes the citation.
        // Last, a note broken off in mid-phrase at a page's foot goes on
        // in the first paragraph of the next page, after its running head
        // (`… der Weima-` / `Regieren mit der Presse 403` / `rer Republik
        // 1924 bis 1930, …`), when that paragraph is short and starts in
        // lowercase.
        let found = if usable(s, e, false) {
            Some((s, e))
        } else if !incomplete {
            None
        } else {
            foot_paragraphs(&view, &lines, after, next_label_line)
                .into_iter()
                .find(|&(s, e)| usable(s, e, true))
                .or_else(|| {
                    // `…；同前注[26]，周友` / `· 113 ·` / running head /
                    // `军文，第35页。`: a CJK note broken inside a word goes
                    // on at the top of the next page.
                    let (s, e) = page_top_paragraph(&view, &lines, after, next_label_line, |i| {
                        running_heads.contains(&i)
                    })?;
                    let para = view.get(lines[s].start..lines[e - 1].end).unwrap_or("");
                    (cjk_note_tail(para, &note_text, grammar) && free(s, e)).then_some((s, e))
                })
                .or_else(|| {
                    top_of_next_page(&view, &lines, after, next_label_line, &running_heads)
                        .filter(|_| broken_mid_phrase(&note_text))
                        .filter(|&(s, e)| usable(s, e, false))
                })
        };
        let Some((s, e)) = found else {
            continue;
        };
        notes[note_idx]
            .pieces
            .push(Span::new(lines[s].start, lines[e - 1].end));
        for i in s..e {
            note_line_owner.insert(i, note_idx);
        }
    }

    // 7. Markers inside notes are not body markers.
    let mut note_spans: Vec<Span> = notes
        .iter()
        .flat_map(|n| std::iter::once(n.label).chain(n.pieces.iter().copied()))
        .collect();
    note_spans.sort();
    markers.retain(|m| {
        // The last note span starting at or before the marker is the only
        // one that can contain it (spans do not overlap).
        let i = note_spans.partition_point(|s| s.start <= m.span.start);
        !(i > 0 && note_spans[i - 1].end >= m.span.end)
    });

    // 8. Body paragraphs: maximal runs of non-blank lines that are not notes
    // and not bibliography.
    let mut body = Vec::new();
    let mut cur: Option<Span> = None;
    for (idx, l) in lines.iter().enumerate() {
        let t = line_text(l);
        // A running head or footer is no body text: its numbers
        // (`2023;6(4):e238812 … 3/12`) are no citations.
        let excluded = in_bib(idx)
            || note_line_owner.contains_key(&idx)
            || Some(idx) == bib_heading
            || running_heads.contains(&idx);
        if excluded || t.trim().is_empty() {
            if let Some(c) = cur.take() {
                body.push(c);
            }
            continue;
        }
        cur = Some(match cur {
            Some(c) => Span::new(c.start, l.end),
            None => l.span(),
        });
    }
    if let Some(c) = cur {
        body.push(c);
    }

    // 9. Bibliography entries.
    let entries = match &bib_range {
        Some(r) => {
            // A running head or footer between entries is no entry.
            let bib_lines: Vec<Line> = (r.clone())
                .filter(|i| !running_heads.contains(i))
                .filter_map(|i| lines.get(i).copied())
                .collect();
            bibliography_entries(&bib_lines, &view, grammar)
        }
        None => Vec::new(),
    };
    let chapters = notes.last().map_or(0, |n| n.chapter);
    let bibliography_span = bib_range.as_ref().and_then(|r| {
        let first = bib_heading.map_or(r.start, |h| h);
        let last = r.end.checked_sub(1)?;
        Some(Span::new(lines.get(first)?.start, lines.get(last)?.end))
    });

    Segments {
        notes,
        markers,
        body,
        bibliography_heading: bib_heading.and_then(|h| lines.get(h).map(|l| l.span())),
        bibliography_span,
        entries,
        view,
        chapters,
    }
}

/// How many bytes before a spaced `(12)` are read for a label word that
/// names the number (`l'équation (3)`): the longest such word and its
/// space, with room to spare.
const LABEL_WORD_REACH: usize = 64;

/// The lines of the label candidates of `style` that number a list, not
/// notes. Where some of them stand under a note heading ([`under_notes`]),
/// those are the notes and the others a list in the body. Elsewhere they
/// are notes when the text carries markers of their numbers before them
/// (two at least: a lone `m²` or `Eq.(1)` is no apparatus of notes), or
/// when most of their texts read as citations (a full or short citation or
/// a back-reference, as [`note_items`] finds them); else they are all a
/// list (hypotheses, research questions, steps).
///
/// [`note_items`]: crate::syntax::item::note_items
fn list_lines(
    candidates: &[(usize, u32, LabelStyle, usize)],
    style: LabelStyle,
    markers: &[Marker],
    lines: &[Line],
    view: &str,
    grammar: &Grammar,
) -> HashSet<usize> {
    let labelled: Vec<(usize, u32, usize)> = candidates
        .iter()
        .filter(|c| c.2 == style)
        .map(|c| (c.0, c.1, c.3))
        .collect();
    if labelled.is_empty() {
        return HashSet::default();
    }
    let line_text = |i: usize| view.get(lines[i].start..lines[i].end).unwrap_or("");
    let labels: HashSet<usize> = candidates.iter().map(|c| c.0).collect();
    let headed = under_notes(&labels, lines, view, grammar);
    if labelled.iter().any(|e| headed.contains(&e.0)) {
        return labelled
            .iter()
            .map(|e| e.0)
            .filter(|i| !headed.contains(i))
            .collect();
    }
    let mut first_marker: foldhash::HashMap<u32, usize> = foldhash::HashMap::default();
    for m in markers {
        let at = first_marker.entry(m.number).or_insert(m.span.start);
        *at = (*at).min(m.span.start);
    }
    let marked = labelled
        .iter()
        .filter(|&&(idx, n, _)| first_marker.get(&n).is_some_and(|&p| p < lines[idx].start))
        .count();
    if marked >= 2 {
        return HashSet::default();
    }
    // The text of each label: its line and those that continue it, up to a
    // blank line or the next label. Read until the majority is known.
    let (mut cites, mut read) = (0, 0);
    for &(idx, _, len) in &labelled {
        if 2 * cites > labelled.len() || 2 * (cites + labelled.len() - read) <= labelled.len() {
            break;
        }
        read += 1;
        let mut text = line_text(idx).get(len..).unwrap_or("").to_string();
        let mut j = idx + 1;
        while j < lines.len()
            && j < idx + 8
            && !labels.contains(&j)
            && !line_text(j).trim().is_empty()
        {
            text.push(' ');
            text.push_str(line_text(j).trim());
            j += 1;
        }
        let cited = crate::syntax::item::note_items(&text, grammar)
            .iter()
            .any(|i| i.kind != crate::model::CitationKind::Parenthetical);
        cites += usize::from(cited);
    }
    if 2 * cites > labelled.len() {
        return HashSet::default();
    }
    labelled.iter().map(|e| e.0).collect()
}

/// The label lines (of `labels`) that stand under a note heading of the
/// grammars (`Notes`, `注`): in the paragraphs after it that open with a
/// label, across blank lines and page numbers, up to the first paragraph
/// that opens with none or another heading.
fn under_notes(
    labels: &HashSet<usize>,
    lines: &[Line],
    view: &str,
    grammar: &Grammar,
) -> HashSet<usize> {
    let line_text = |i: usize| view.get(lines[i].start..lines[i].end).unwrap_or("");
    let mut out = HashSet::default();
    let mut inside = false;
    // Whether a page number stood last, blank lines aside.
    let mut page_turned = false;
    for i in 0..lines.len() {
        let t = line_text(i);
        if Grammar::is_heading(&grammar.notes_headings, t) {
            inside = true;
            continue;
        }
        if !inside || t.trim().is_empty() {
            continue;
        }
        if is_page_number_line(t) {
            page_turned = true;
            continue;
        }
        // `― 120 ―` / `法制史研究 第72号` / `(9) …`: the running head
        // that opens the next page (a short line with no sentence end
        // and a blank line after it) leaves the notes going on.
        let running_head = std::mem::take(&mut page_turned)
            && t.trim().chars().count() <= 40
            && !t.trim_end().ends_with(['。', '．', '.', '：', ':'])
            && lines
                .get(i + 1)
                .is_none_or(|_| line_text(i + 1).trim().is_empty())
            && !Grammar::is_heading(&grammar.bibliography_headings, t);
        if running_head {
            continue;
        }
        let opens = i == 0 || line_text(i - 1).trim().is_empty();
        if labels.contains(&i) {
            out.insert(i);
        } else if opens || looks_like_heading(t, grammar) {
            inside = false;
        }
    }
    out
}

/// Keeps the plain-digit markers that follow the footnote sequence: each
/// kept marker's number is that of an accepted note of its chapter
/// (`chapter_of_line` tells a label line's), markers appear in increasing
/// order within a chapter, and a number reappears only as a repeat of the
/// last one.
fn in_sequence(
    markers: Vec<Marker>,
    accepted: &[(usize, u32, LabelStyle, usize)],
    chapter_of_line: impl Fn(usize) -> u32,
) -> Vec<Marker> {
    let numbers: HashSet<(u32, u32)> = accepted
        .iter()
        .map(|a| (chapter_of_line(a.0), a.1))
        .collect();
    let (mut chapter, mut last) = (1u32, 0u32);
    let mut out = Vec::new();
    for (p, m) in markers.iter().enumerate() {
        if m.chapter != chapter {
            (chapter, last) = (m.chapter, 0);
        }
        if numbers.contains(&(m.chapter, m.number))
            && m.number > last
            && m.number <= last + 4
            && !skips_ahead(&markers[p..], last)
        {
            last = m.number;
            out.push(*m);
        }
    }
    out
}

/// True when the first of `rest` jumps ahead of the sequence (after
/// `last`, a number above `last + 1`) while the markers after it, in the
/// same chapter, go on with `last + 1` and then come to its number again:
/// `¹ … 18.4 … texto² … instrumental³ … evolución⁴` — the first `4` is
/// part of a number, the second the marker.
fn skips_ahead(rest: &[Marker], last: u32) -> bool {
    let Some((m, after)) = rest.split_first() else {
        return false;
    };
    if m.number <= last + 1 {
        return false;
    }
    let mut next_seen = false;
    for o in after.iter().take(8) {
        if o.chapter != m.chapter {
            break;
        }
        if o.number == last + 1 {
            next_seen = true;
        } else if next_seen && o.number == m.number {
            return true;
        }
    }
    false
}

/// The chapter, from 1, of what stands at `at` (a line index or a byte
/// offset) when chapters start at `starts` (ascending, the first chapter's
/// start left out).
fn chapter_of(starts: &[usize], at: usize) -> u32 {
    u32::try_from(starts.partition_point(|&s| s <= at) + 1).unwrap_or(u32::MAX)
}

/// Accepts the labels of each chapter on their own: those from each
/// restart line to the next, with the markers of that chapter (already
/// given their [`Marker::chapter`]). Chapters after the first keep the
/// first chapter's label style.
fn accept_per_chapter(
    candidates: &[(usize, u32, LabelStyle, usize)],
    style: LabelStyle,
    restarts: &[usize],
    markers: &[Marker],
    lines: &[Line],
) -> Vec<(usize, u32, LabelStyle, usize)> {
    let mut accepted = Vec::new();
    let mut from = 0;
    for chapter in 1..=restarts.len() + 1 {
        let first = chapter.checked_sub(2).map_or(0, |k| restarts[k]);
        let end = restarts.get(chapter - 1).copied().unwrap_or(usize::MAX);
        // Candidates are in line order: each chapter's are one slice.
        let (lo, hi) = (
            candidates.partition_point(|c| c.0 < first),
            candidates.partition_point(|c| c.0 < end),
        );
        let cands: Vec<_> = candidates[lo..hi]
            .iter()
            .filter(|c| chapter == 1 || c.2 == style || c.2 == LabelStyle::Pandoc)
            .copied()
            .collect();
        let count = markers[from..]
            .iter()
            .take_while(|m| m.chapter as usize == chapter)
            .count();
        accepted.extend(accept_labels(&cands, &markers[from..from + count], lines));
        from += count;
    }
    accepted
}

/// Where note numbers start again at 1 (notes numbered per chapter): the
/// label line of each run of labels `1, 2, 3…` of the accepted style that
/// was not accepted and comes after the first accepted label, with the
/// byte offset where the markers of its chapter start.
///
/// A chapter's markers start where their numbers fall back (to 3 or less,
/// below the highest since the previous fall: `¹` after `²³`; a chapter's
/// first marker may be missing). The k-th run after the first is a chapter
/// only when the markers fell back k times before its first label, so a
/// numbered list after the notes, which no marker of its own points to, is
/// none.
fn numbering_restarts(
    candidates: &[(usize, u32, LabelStyle, usize)],
    accepted: &[(usize, u32, LabelStyle, usize)],
    markers: &[Marker],
    lines: &[Line],
) -> Vec<(usize, usize)> {
    let Some(&(first_line, _, style, _)) = accepted.first() else {
        return Vec::new();
    };
    let mut falls = Vec::new();
    let mut high = 0;
    for m in markers {
        // `①` after `①`: a first note again (circled notes numbered per
        // page, a page of one note).
        if (m.number < high && m.number <= 3) || (m.number == 1 && high == 1) {
            falls.push(m.span.start);
            high = 0;
        }
        high = high.max(m.number);
    }
    if falls.is_empty() {
        return Vec::new();
    }
    let taken: HashSet<usize> = accepted.iter().map(|a| a.0).collect();
    let rest: Vec<(usize, u32)> = candidates
        .iter()
        .filter(|c| c.2 == style && c.0 > first_line && !taken.contains(&c.0))
        .map(|c| (c.0, c.1))
        .collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < rest.len() {
        if rest[k].1 != 1 {
            k += 1;
            continue;
        }
        let mut len = 1;
        while k + len < rest.len() && rest[k + len].1 == len as u32 + 1 {
            len += 1;
        }
        // One `1.` alone is a numbered heading or a list, not a chapter.
        let line = rest[k].0;
        if let Some(&fall) = falls.get(out.len()) {
            if len >= 2 && fall < lines[line].start {
                out.push((line, fall));
            }
        }
        k += len;
    }
    out
}

/// Chooses which label lines are footnotes.
///
/// One label style is used per document: the style whose candidates form the
/// longest run of consecutive numbers (pandoc labels are always accepted).
/// Within that style labels are taken in sequence; a label that does not
/// continue the sequence, or that comes before the text marker for it while
/// a later label with the same number comes after it (a numbered list in the
/// body), is skipped.
fn accept_labels(
    candidates: &[(usize, u32, LabelStyle, usize)],
    markers: &[Marker],
    lines: &[Line],
) -> Vec<(usize, u32, LabelStyle, usize)> {
    const MAX_GAP: u32 = 3;
    let has_markers = !markers.is_empty();
    // First marker position per number.
    let mut first_marker: BTreeMap<u32, usize> = BTreeMap::new();
    for m in markers {
        first_marker.entry(m.number).or_insert(m.span.start);
    }
    let marker_before =
        |idx: usize, n: u32| first_marker.get(&n).is_some_and(|&p| p < lines[idx].start);
    let run = |style: LabelStyle| -> Vec<(usize, u32, LabelStyle, usize)> {
        let cands: Vec<_> = candidates
            .iter()
            .filter(|c| c.2 == style)
            .copied()
            .collect();
        let mut out: Vec<(usize, u32, LabelStyle, usize)> = Vec::new();
        // A note whose marker the text lost (`…a sovereign.` where the
        // print had `sovereign.⁵`; a marker glued to a year or a closing
        // quote that no rule can tell from the text; `①` read as a
        // bullet): its label, the next number, on the lines just after the
        // note of the number before it (no blank line between, that note
        // of at most three lines), goes on with that block of notes. It is
        // a note without a marker, not a line of the note before it.
        let follows_note = |out: &[(usize, u32, LabelStyle, usize)], idx: usize, n: u32| {
            out.last().is_some_and(|&(prev, m, _, _)| {
                m + 1 == n
                    && prev < idx
                    && idx - prev <= 3
                    && (prev + 1..idx).all(|k| lines[k].end > lines[k].start)
            })
        };
        // Circled numbers at line start enumerate unless the text has
        // markers.
        if style == LabelStyle::Circled && !has_markers {
            return out;
        }
        let mut expected = if has_markers {
            first_marker
                .keys()
                .next()
                .copied()
                .unwrap_or(1)
                .min(1.max(cands.first().map_or(1, |c| c.1)))
        } else {
            1
        };
        // Without a label for the first marker, the run starts at the first
        // label, but never at a number of five digits or more: those are
        // notes only where the sequence reaches them.
        if !cands.iter().any(|c| c.1 == expected) {
            expected = cands
                .iter()
                .map(|c| c.1)
                .find(|&n| n < LONG_NUMBER)
                .unwrap_or(1);
        }
        for (pos, &(idx, n, st, len)) in cands.iter().enumerate() {
            let in_sequence = n == expected
                || (n > expected
                    && n <= expected + MAX_GAP
                    && (!has_markers || first_marker.contains_key(&n)));
            if !in_sequence {
                continue;
            }
            let needs_marker = matches!(
                style,
                LabelStyle::Dot
                    | LabelStyle::Bracket
                    | LabelStyle::Plain
                    | LabelStyle::Circled
                    | LabelStyle::Enclosed
                    | LabelStyle::Asterisk
            );
            // A later label with this number that has its marker before it
            // wins.
            let later = |pos: usize| {
                cands[pos + 1..]
                    .iter()
                    .any(|c| c.1 == n && marker_before(c.0, n))
            };
            // A number alone on its line may be a page's number: it is a
            // note's label only after its marker.
            let bare = len == lines[idx].end - lines[idx].start;
            if bare && !marker_before(idx, n) {
                continue;
            }
            // Circled notes are numbered per page as often as not: a later
            // `②` with its marker is another page's.
            let unmarked = follows_note(&out, idx, n)
                && (style == LabelStyle::Circled || n == expected && !later(pos));
            if has_markers && !marker_before(idx, n) && !unmarked && (needs_marker || later(pos)) {
                continue;
            }
            out.push((idx, n, st, len));
            expected = n + 1;
        }
        out
    };
    let styles = [
        LabelStyle::Paren,
        LabelStyle::Dot,
        LabelStyle::Superscript,
        LabelStyle::Bracket,
        LabelStyle::Plain,
        LabelStyle::Circled,
        LabelStyle::Enclosed,
        LabelStyle::Word,
        LabelStyle::Asterisk,
    ];
    let mut best: Vec<(usize, u32, LabelStyle, usize)> = Vec::new();
    for s in styles {
        let r = run(s);
        if r.len() > best.len() {
            best = r;
        }
    }
    // A lone `1. Introduction` is not a footnote apparatus, nor is a lone
    // `2022). Canopy …` where a hard-wrapped `(USGS 2022).` broke the line,
    // nor `（2001）则强调…` where an author-date citation `王春光（2001）`
    // was broken before its year: with no marker in the text, notes never
    // start at a year.
    let lone_year = best.first().is_some_and(|b| {
        b.1 >= 1000
            && (best.len() == 1 || !has_markers)
            && matches!(b.2, LabelStyle::Paren | LabelStyle::Enclosed)
    });
    let lone_numbered = best.len() == 1
        && matches!(
            best[0].2,
            LabelStyle::Dot | LabelStyle::Bracket | LabelStyle::Plain
        )
        && !has_markers;
    if lone_numbered || lone_year {
        best.clear();
    }
    let mut all: Vec<_> = candidates
        .iter()
        .filter(|c| c.2 == LabelStyle::Pandoc)
        .copied()
        .chain(best)
        .collect();
    all.sort_by_key(|c| c.0);
    all
}

/// The number of a note label alone on line `idx`, its note on the
/// lines right after it (`1` / `  Guillermo Lohmann Villena, Los
/// regidores…, p. 25.`), as conversions give a label raised like a
/// superscript. The line holds one to four digits and nothing else; the
/// next line is text that is no label, no page number, no heading; the
/// lines up to a blank line, a page's start or the next such number end
/// as a note does, on a period or a closing bracket or quote. A page's
/// number is none: it stands on a page's first line (`\u{c}58`), before
/// one (`57` / `\u{c}58 CLAIRE DUMOULIN`), or before a running head of no
/// closing punctuation (`57` / `CLAIRE DUMOULIN` / blank).
fn bare_label(view: &str, lines: &[Line], idx: usize, grammar: &Grammar) -> Option<u32> {
    let text = |i: usize| view.get(lines[i].start..lines[i].end).unwrap_or("");
    let digits = |t: &str| {
        let t = t.trim_matches([' ', '\t']);
        (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
    };
    let t = text(idx);
    if !digits(t) || t.trim_start_matches([' ', '\t']).starts_with('0') {
        return None;
    }
    if idx + 1 >= lines.len() {
        return None;
    }
    let next = text(idx + 1);
    if next.trim().is_empty()
        || next.contains('\u{c}')
        || is_page_number_line(next)
        || footnote_label(next).is_some()
        || looks_like_heading(next, grammar)
        || numbered_heading(next, grammar)
    {
        return None;
    }
    // What stands before is a blank line or the end of a note (a page's
    // number at its foot often follows a sentence broken off there).
    let before = idx.checked_sub(1).map_or("", text).trim_end();
    if !(before.is_empty() || before.ends_with(['.', ')', ']', '»', '”', '"', '’'])) {
        return None;
    }
    // A note starts as a citation does (`Guillermo`, `«`, `Ibid.`, `op.
    // cit.`, `cf.`), a page's text often in mid-sentence (`de la
    // panique…`).
    let start = next.trim_start();
    if start.starts_with(char::is_lowercase)
        && grammar
            .back_reference(start)
            .is_none_or(|(_, m)| m.start > 0)
        && grammar.signals.find(start).is_none_or(|m| m.start > 0)
    {
        return None;
    }
    let mut last = next;
    for i in idx + 2..lines.len().min(idx + 40) {
        let t = text(i);
        if t.trim().is_empty() || t.contains('\u{c}') || digits(t) {
            break;
        }
        last = t;
    }
    last.trim_end()
        .ends_with(['.', ')', ']', '»', '”', '"', '’'])
        .then(|| t.trim().parse().ok())
        .flatten()
}

/// True when a note's text stops mid-way: open quotes or brackets, or no
/// closing punctuation.
pub fn is_incomplete(text: &str, grammar: &Grammar) -> bool {
    let t = text.trim_end();
    !t.is_empty() && (unbalanced(t) || ends_incomplete(t, grammar))
}

/// The tests of [`is_incomplete`] other than open delimiters, on a text
/// without trailing space: they read its end (and its book brackets when
/// it ends on one), so they cost the same on a long text as on a short
/// one.
fn ends_incomplete(t: &str, grammar: &Grammar) -> bool {
    let mut rev = t.chars().rev();
    let last = rev.next().unwrap_or('.');
    // A number after an ordinal prefix (`第80`, `제3`) waits for its
    // unit (`页`, `권`): the line broke inside the locator.
    if last.is_ascii_digit() {
        let head = t.trim_end_matches(|c: char| c.is_ascii_digit());
        if grammar
            .ordinal_prefix
            .iter()
            .any(|p| !p.is_empty() && head.ends_with(p.as_str()))
        {
            return true;
        }
    }
    // A volume, issue or page word without its number (`…, Jurnal
    // Konstitusi, Vol.`): the page broke before the number. One letter
    // before the period may be an initial (`John S.`), so two at least.
    if last == '.' && (ends_with_number_word(t, grammar) || ends_with_publisher_word(t, grammar)) {
        return true;
    }
    // Notes end on a period, a closing bracket, a page number or a URL.
    // `．`, the full-width period of Japanese papers that write `，．`.
    if matches!(last, '.' | '。' | '．' | ')' | '）' | ']' | '>' | '!' | '?')
        || last.is_ascii_digit()
    {
        return false;
    }
    // A link ends a note or an entry (`… OECD Publishing.
    // https://doi.org/10.1787/f8d7880d-en`) unless it breaks after a slash
    // or a hyphen, which its next line goes on from.
    if last.is_alphanumeric() && ends_with_link(t) || site_home_at_end(t) {
        return false;
    }
    // A work named by its title alone in book brackets (`『高麗史』`,
    // `《史记》`), as lists of sources give chronicles and codes, is whole.
    let whole_title = |open: char, close: char| {
        last == close
            && t.starts_with(open)
            && t.matches(open).count() == 1
            && t.matches(close).count() == 1
    };
    if whole_title('『', '』') || whole_title('《', '》') {
        return false;
    }
    // A closing quote ends a note when a sentence ends inside it (`…war.”`).
    if matches!(last, '”' | '"' | '’' | '』' | '」' | '»')
        && rev
            .next()
            .is_some_and(|c| matches!(c, '.' | '?' | '!' | '。' | '．'))
    {
        return false;
    }
    // A note may end on a signal word (`참조`, `참고`), a whole word: the
    // `s` of `James` is not the German `s.`.
    // The signal words are short: the text's last 128 bytes hold them.
    let lower =
        t[crate::source::floor_char_boundary(t, t.len().saturating_sub(128))..].to_lowercase();
    let ends_with_signal = grammar.signal_words.iter().any(|w| {
        let w = w.trim_end_matches('.').to_lowercase();
        let Some(before) = lower.strip_suffix(w.as_str()) else {
            return false;
        };
        let cjk = w.chars().next().is_some_and(is_cjk);
        !w.is_empty()
            && (cjk
                || before
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric()))
    });
    !ends_with_signal
}

/// Whether `t` ends on a word of two letters or more and a period that a
/// volume, issue or page pattern puts before its number (`Vol.`, `hlm.`,
/// `pp.`, `roč.`), after a space or a comma.
fn ends_with_number_word(t: &str, grammar: &Grammar) -> bool {
    let start = t
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == ',')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = t.get(start..).unwrap_or("");
    if start == 0 || word.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return false;
    }
    // `…, Paris, Armand Colin, 1979, 3 vol.`, `4 Bde.`, `368 с.`: after a
    // number the word counts the volumes or pages; nothing is missing.
    if t[..start]
        .trim_end()
        .ends_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let probe = format!("{word} 1");
    [&grammar.volume, &grammar.issue, &grammar.page]
        .iter()
        .any(|lex| {
            lex.find(&probe)
                .is_some_and(|m| m.start == 0 && m.end == probe.len())
        })
}

/// Whether `t` ends, after a comma and a space, on an abbreviated word of
/// the grammars' `names.publisher_words` that the publisher's name follows
/// (ro `…, Partea generală, Ed.` / `Academiei, București, 1967.`, vi
/// `Nxb.`): the line broke inside the imprint. A word of one period only,
/// so a publisher written in initials (`L.G.D.J.`) is whole.
fn ends_with_publisher_word(t: &str, grammar: &Grammar) -> bool {
    let Some((before, word)) = t.rsplit_once(' ') else {
        return false;
    };
    before.ends_with(',')
        && word.matches('.').count() == 1
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && grammar.publisher_words.contains(&word.to_lowercase())
}

/// Paired delimiters that do not close: quotes (English “…”, German „…“,
/// French «…»), brackets (also full-width `（…）`, `〔…〕`), book brackets,
/// straight quotes and italics stars.
fn unbalanced(t: &str) -> bool {
    let mut open = Delimiters::default();
    open.read(t);
    open.open()
}

/// The paired delimiters of a text read so far ([`unbalanced`]), kept so
/// that a text read a line at a time is read once: a list entry of many
/// lines asks after each whether it is still open.
#[derive(Debug, Default, Clone)]
struct Delimiters {
    /// Quotes opened and not closed, the last on top.
    quotes: Vec<char>,
    /// Round brackets (also `（`, `〔`) opened less those closed.
    paren: i32,
    /// Square brackets opened less those closed.
    square: i32,
    /// Book brackets (`『`, `「`) opened less those closed.
    book: i32,
    /// Straight double quotes not taken as closing a low quote.
    straight: usize,
    /// Stars (Markdown italics).
    stars: usize,
}

impl Delimiters {
    /// Reads `t`, which goes on from the text read before.
    fn read(&mut self, t: &str) {
        for c in t.chars() {
            match c {
                '„' => self.quotes.push(c),
                // `«…»` (French) or `»…«` (Danish, German).
                '«' if self.quotes.last() == Some(&'»') => {
                    self.quotes.pop();
                }
                '«' => self.quotes.push(c),
                '“' => {
                    if self.quotes.last() == Some(&'„') {
                        self.quotes.pop();
                    } else {
                        self.quotes.push(c);
                    }
                }
                '”' => {
                    if matches!(self.quotes.last(), Some('“' | '„')) {
                        self.quotes.pop();
                    }
                }
                '»' if self.quotes.last() == Some(&'«') => {
                    self.quotes.pop();
                }
                '»' if self.quotes.is_empty() => self.quotes.push(c),
                '(' | '（' | '〔' => self.paren += 1,
                ')' | '）' | '〕' => self.paren -= 1,
                '[' => self.square += 1,
                ']' => self.square -= 1,
                '『' | '「' => self.book += 1,
                '』' | '」' => self.book -= 1,
                // PDF conversions close a low quote with a straight one
                // (`„Titlu"`).
                '"' if self.quotes.last() == Some(&'„') => {
                    self.quotes.pop();
                }
                '"' => self.straight += 1,
                '*' => self.stars += 1,
                _ => {}
            }
        }
    }

    /// Whether a delimiter is left open.
    fn open(&self) -> bool {
        !self.quotes.is_empty()
            || self.paren > 0
            || self.square > 0
            || self.book > 0
            || self.straight % 2 == 1
            || self.stars % 2 == 1
    }
}

/// A line that opens a new page: it starts with a form feed.
fn starts_page(t: &str) -> bool {
    t.trim_start_matches([' ', '\t']).starts_with('\u{c}')
}

/// A line of page furniture: a page number alone (`12`, `- 12 -`,
/// `— 12 —`, `― 12 ―`, `─ 802 ─`, `１２`, `· 12 ·` of Chinese journals) or a form
/// feed.
fn is_page_number_line(t: &str) -> bool {
    let core = t.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '-' | '–' | '—' | '―' | '－' | '−' | '─' | '·' | '・' | '•' | '\u{c}'
            )
    });
    (core.is_empty() && t.contains('\u{c}'))
        || (!core.is_empty()
            && core.chars().count() <= 4
            && core
                .chars()
                .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)))
}

/// The words and page number of a line that may be a page's running head
/// or footer: a page number of at most four digits at its start or end,
/// apart from a few words with letters, no comma (a note's line `Papers
/// of John Smith, Box 4` has one) and no punctuation that would go on a
/// sentence (`JOURNAL OF MODERN HISTORY 213`, `214 Smith`). Words before
/// the number are a title of two words or more, or in capitals: `Box 4`
/// or `Vol. 4` ending a note's line is none. `None` for other lines.
fn running_head_key(t: &str) -> Option<(&str, u32)> {
    let t = t.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    if let Some(key) = page_of_pages_key(t) {
        return Some(key);
    }
    let lead = t.bytes().take_while(u8::is_ascii_digit).count();
    let trail = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    let (words, number) = if (1..=4).contains(&lead) && t[lead..].starts_with(char::is_whitespace) {
        (&t[lead..], &t[..lead])
    } else if (1..=4).contains(&trail) && t[..t.len() - trail].ends_with(char::is_whitespace) {
        let words = &t[..t.len() - trail];
        let title =
            words.split_whitespace().nth(1).is_some() || !words.chars().any(char::is_lowercase);
        if !title {
            return None;
        }
        (words, &t[t.len() - trail..])
    } else {
        return None;
    };
    let words = words.trim();
    // `Rev. Bras. Hist., v. 41, n. 87, 2021 113`: a journal's line with
    // commas ends with its year, the page number after it.
    let journal = words.len() > 4
        && words.is_char_boundary(words.len() - 4)
        && words[words.len() - 4..]
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2099).contains(&y))
        && words[..words.len() - 4].ends_with([' ', ',']);
    let letters = words.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 3
        && words.len() <= 120
        && (journal || !words.contains([',', ';']))
        && !words.ends_with([':', '(', '-', '–'])
        && !words.starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase()))
    .then(|| Some((words, number.parse().ok()?)))
    .flatten()
}

/// The words and page number of a footer that numbers its page out of
/// the paper's pages (`JAMA Netw Open. 2023;6(4):e238812. April 14, 2023
/// 3/12`): the last word is `N/M`, N at most M, apart from words that
/// open with a capital. Such a line may hold any punctuation, as a
/// journal's citation line does: the `N/M` form and the repetition with
/// rising numbers that [`running_heads`] asks for tell it from a line of
/// text. `None` for other lines.
fn page_of_pages_key(t: &str) -> Option<(&str, u32)> {
    if !t.as_bytes().last().is_some_and(u8::is_ascii_digit) || !t.contains('/') {
        return None;
    }
    let cut = t.rfind(char::is_whitespace)?;
    let (words, last) = (t[..cut].trim_end(), &t[cut + 1..]);
    let (page, total) = last.split_once('/')?;
    let digits = |s: &str| (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(page) || !digits(total) {
        return None;
    }
    let (page, total): (u32, u32) = (page.parse().ok()?, total.parse().ok()?);
    let letters = words.chars().filter(|c| c.is_alphabetic()).count();
    (page >= 1
        && page <= total
        && letters >= 3
        && words.len() <= 200
        && words.starts_with(|c: char| c.is_uppercase()))
    .then_some((words, page))
}

/// Lines of page furniture that the pages repeat: a running head or
/// footer with its page number (`JOURNAL OF MODERN HISTORY 213`, `214
/// Smith`) whose words stand beside other page numbers elsewhere, each
/// higher than the one before. Such a line glued to the last note of a
/// page (a conversion that keeps no blank line or form feed there) is no
/// part of the note, nor an entry of the bibliography. `skip` leaves out
/// the lines that are surely something else (note labels).
fn running_heads(view: &str, lines: &[Line], skip: impl Fn(usize) -> bool) -> HashSet<usize> {
    let text = |l: &Line| view.get(l.start..l.end).unwrap_or("");
    // Per key: how often it stands, its last page number, whether the
    // numbers rise.
    let mut seen: foldhash::HashMap<String, (usize, u32, bool)> = foldhash::HashMap::default();
    let mut keyed: Vec<(usize, String)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if skip(i) {
            continue;
        }
        let Some((words, number)) = running_head_key(text(l)) else {
            continue;
        };
        let key: String = words
            .split_whitespace()
            .flat_map(|w| w.chars().chain([' ']))
            .flat_map(char::to_lowercase)
            .collect();
        let entry = seen.entry(key.clone()).or_insert((0, 0, true));
        entry.2 &= entry.0 == 0 || number > entry.1;
        entry.0 += 1;
        entry.1 = number;
        keyed.push((i, key));
    }
    let mut heads: HashSet<usize> = keyed
        .into_iter()
        .filter(|(_, key)| {
            seen.get(key)
                .is_some_and(|&(n, _, rising)| n >= 2 && rising)
        })
        .map(|(i, _)| i)
        .collect();
    paired_heads(view, lines, &mut heads, &skip);
    page_top_heads(view, lines, &mut heads, &skip);
    heads
}

/// Adds to `heads` the running heads without a page number that open
/// pages (`ICSE ’24, April 14–20, 2024, Lisbon, Portugal      Chou and
/// Okonkwo-Brandt`, as ACM's proceedings print them): the first line with
/// words after a form feed, whose words, ending with no period, open two
/// pages or more.
fn page_top_heads(
    view: &str,
    lines: &[Line],
    heads: &mut HashSet<usize>,
    skip: impl Fn(usize) -> bool,
) {
    let text = |i: usize| head_words(view.get(lines[i].start..lines[i].end).unwrap_or(""));
    let mut tops: foldhash::HashMap<String, Vec<usize>> = foldhash::HashMap::default();
    for (i, l) in lines.iter().enumerate() {
        if !view.get(l.start..l.end).is_some_and(starts_page) {
            continue;
        }
        let Some(k) = (i..lines.len().min(i + 3)).find(|&k| !text(k).is_empty()) else {
            continue;
        };
        let t = text(k);
        if skip(k) || t.chars().count() < 12 || t.len() > 200 || t.ends_with(['.', ':', ',', ';']) {
            continue;
        }
        let key: String = t
            .split_whitespace()
            .flat_map(|w| w.chars().chain([' ']))
            .flat_map(char::to_lowercase)
            .collect();
        tops.entry(key).or_default().push(k);
    }
    let mut found: Vec<usize> = tops
        .into_values()
        .filter(|v| v.len() >= 2)
        .flatten()
        .collect();
    found.sort_unstable();
    heads.extend(found);
}

/// Adds to `heads` the running heads without a page number that stand
/// beside numbered ones (`JAMA Network Open | Public Health  Influenza
/// Vaccination …` above a page whose footer is numbered): the nearest
/// line before or after a numbered head, past two blank lines at most,
/// whose words, ending with no period, stand so beside two numbered heads
/// or more.
fn paired_heads(
    view: &str,
    lines: &[Line],
    heads: &mut HashSet<usize>,
    skip: impl Fn(usize) -> bool,
) {
    if heads.len() < 2 {
        return;
    }
    let text = |i: usize| head_words(view.get(lines[i].start..lines[i].end).unwrap_or(""));
    let neighbour = |i: usize, up: bool| -> Option<usize> {
        let mut k = i;
        for _ in 0..3 {
            k = if up { k.checked_sub(1)? } else { k + 1 };
            if k >= lines.len() {
                return None;
            }
            if !text(k).is_empty() {
                return Some(k);
            }
        }
        None
    };
    let mut beside: foldhash::HashMap<&str, HashSet<usize>> = foldhash::HashMap::default();
    for &h in heads.iter() {
        for up in [true, false] {
            let Some(k) = neighbour(h, up).filter(|k| !heads.contains(k) && !skip(*k)) else {
                continue;
            };
            let t = text(k);
            if t.chars().count() >= 12 && t.len() <= 200 && !t.ends_with(['.', ':', ',', ';']) {
                beside.entry(t).or_default().insert(k);
            }
        }
    }
    let mut found: Vec<usize> = beside
        .into_values()
        .filter(|v| v.len() >= 2)
        .flatten()
        .collect();
    found.sort_unstable();
    heads.extend(found);
}

/// Whether the line after `i`, blank lines aside, opens a new page, or
/// there is none.
fn page_ends_after(view: &str, lines: &[Line], i: usize) -> bool {
    let text = |l: &Line| view.get(l.start..l.end).unwrap_or("");
    let mut n = i + 1;
    while n < lines.len() && text(&lines[n]).trim().is_empty() && !text(&lines[n]).contains('\u{c}')
    {
        n += 1;
    }
    n >= lines.len() || starts_page(text(&lines[n]))
}

/// Whether line `j`, after a note's `pieces`, is the page's furniture
/// rather than more of the note: a page number alone that the page ends
/// with (`302`, then a form feed, or a blank line after a complete note),
/// or a line of no closing punctuation
/// but a bracket (`Revista de Historia de las Ideas, 41 (2019), pp.
/// 211-240`, `Historisk tidskrift 141:3 (2021)`, a journal line at the
/// first page's foot) between a note that is already complete
/// and such a page number. `repeated` says whether a short line's words
/// stand on two lines of the paper or more, as a running head's do.
fn page_furniture_at(
    view: &str,
    lines: &[Line],
    j: usize,
    pieces: &[Span],
    grammar: &Grammar,
    repeated: &dyn Fn(&str) -> bool,
) -> bool {
    let text = |l: &Line| view.get(l.start..l.end).unwrap_or("");
    let t = text(&lines[j]);
    if is_page_number_line(t) && !t.contains('\u{c}') {
        if page_ends_after(view, lines, j) {
            return true;
        }
        // Text copied from a PDF viewer keeps no form feed: a page number
        // alone after a note that is complete (`…, p. 12 n. 4.` / `12` /
        // blank line), a blank line after it, ends the page all the same;
        // so does the next page's running head right under it (`· 301 ·`
        // / `中外法学 2021 年第 2 期`), a short line the paper repeats.
        // A note's own last line of figures follows an open end (`pp.
        // 45–` / `67`, `p.` / `12`).
        let blank_next = lines.get(j + 1).is_some_and(|l| text(l).trim().is_empty());
        let head_next = j + 1 < lines.len() && page_head_line(view, lines, j + 1, repeated);
        if !blank_next && !head_next {
            return false;
        }
        let note = crate::source::join_pieces(view, pieces);
        let closed = note.trim_end().ends_with([
            '.', '。', '．', ')', '）', ']', '»', '”', '"', '’', '!', '?',
        ]);
        return closed && !is_incomplete(&note, grammar);
    }
    let number_next = lines
        .get(j + 1)
        .is_some_and(|l| is_page_number_line(text(l)) && !text(l).contains('\u{c}'));
    if !number_next || !page_ends_after(view, lines, j + 1) {
        return false;
    }
    // A bracket may close a journal line (`Historisk tidskrift 141:3
    // (2021)`), so it closes no note here.
    let closed = t
        .trim_end()
        .ends_with(['.', '»', '”', '"', '\'', '’', ']', '?', '!', ';']);
    let note = crate::source::join_pieces(view, pieces);
    !closed && !is_incomplete(&note, grammar)
}

/// The most lines of page furniture (blank lines, page numbers, running
/// heads) between a page's last note and the next page's first paragraph.
const MOST_FURNITURE_LINES: usize = 6;

/// The first paragraph (a line range) of the page after line `after`,
/// before line `before`: only page furniture stands between them, a form
/// feed, a page number or a running head among it. The paragraph is short
/// (at most 300 characters) and starts in lowercase, as the rest of a
/// note broken off at the foot of the page before does.
fn top_of_next_page(
    view: &str,
    lines: &[Line],
    after: usize,
    before: usize,
    heads: &HashSet<usize>,
) -> Option<(usize, usize)> {
    let text = |i: usize| view.get(lines[i].start..lines[i].end).unwrap_or("");
    let mut i = after;
    let mut page_break = false;
    while i < before && i < after + MOST_FURNITURE_LINES {
        let t = text(i);
        if t.trim().is_empty() || is_page_number_line(t) || heads.contains(&i) {
            page_break |= t.contains('\u{c}') || heads.contains(&i) || !t.trim().is_empty();
            i += 1;
        } else {
            break;
        }
    }
    let first = text(i).trim_start_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    page_break |= text(i).contains('\u{c}');
    if i >= before || !page_break || !first.starts_with(char::is_lowercase) {
        return None;
    }
    let s = i;
    let mut chars = 0;
    while i < before && !text(i).trim().is_empty() {
        chars += text(i).chars().count();
        if chars > 300 {
            return None;
        }
        i += 1;
    }
    Some((s, i))
}

/// Whether a note stops in mid-phrase: on a word broken by a hyphen, a
/// word in lowercase or a comma.
fn broken_mid_phrase(note: &str) -> bool {
    note.trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_lowercase() || matches!(c, '-' | ','))
}

/// Whether line `i` is a running head without a page number at the top
/// of a page (`臺灣史研究 第29卷第2期`, `法学研究 2022年第4期`): the line
/// before it, blank lines aside, is a page number or it opens with a form
/// feed; it is short, ends with no closing punctuation, and the same words
/// stand on another line of the paper, as heads repeat (`repeated` says
/// whether a line's [`head_words`] stand on two lines or more).
fn page_head_line(view: &str, lines: &[Line], i: usize, repeated: &dyn Fn(&str) -> bool) -> bool {
    let text = |k: usize| view.get(lines[k].start..lines[k].end).unwrap_or("");
    let t = head_words(text(i));
    if t.is_empty()
        || t.chars().count() > 40
        || t.ends_with([
            '。', '.', '．', '，', ',', '」', '』', '》', ')', '）', ':', '：',
        ])
    {
        return false;
    }
    let mut k = i;
    let after_page_number = loop {
        if k == 0 {
            break false;
        }
        k -= 1;
        let prev = text(k);
        if prev.trim().is_empty() {
            continue;
        }
        break is_page_number_line(prev);
    };
    (after_page_number || text(i).contains('\u{c}')) && repeated(t)
}

/// A line without the white space and form feeds around it.
fn head_words(t: &str) -> &str {
    t.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}')
}

/// Paragraphs (line ranges) strictly between lines `after` and `before`
/// that end a page: the next non-blank line is a page number or a form
/// feed.
fn foot_paragraphs(view: &str, lines: &[Line], after: usize, before: usize) -> Vec<(usize, usize)> {
    let line_text = |l: &Line| view.get(l.start..l.end).unwrap_or("");
    let mut out = Vec::new();
    let blank = |i: usize| line_text(&lines[i]).trim().is_empty();
    let mut i = after;
    while i < before {
        if blank(i) || is_page_number_line(line_text(&lines[i])) {
            i += 1;
            continue;
        }
        let s = i;
        while i < before && !blank(i) && !is_page_number_line(line_text(&lines[i])) {
            i += 1;
        }
        let e = i;
        let mut n = e;
        while n < before && blank(n) && !line_text(&lines[n]).contains('\u{c}') {
            n += 1;
        }
        if n < before && is_page_number_line(line_text(&lines[n])) {
            out.push((s, e));
        }
    }
    out
}

/// The first paragraph of the page that starts at line `after`, when it
/// starts there: after the page number ending the page before (or a form
/// feed), the next page's running heads and at most one short line
/// without closing punctuation (a running head without a page number,
/// `法学研究 2022年第4期`), before line `before`.
fn page_top_paragraph(
    view: &str,
    lines: &[Line],
    after: usize,
    before: usize,
    running_head: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let text = |i: usize| view.get(lines[i].start..lines[i].end).unwrap_or("");
    let first = text(after);
    if !is_page_number_line(first) && !starts_page(first) {
        return None;
    }
    let mut i = after + 1;
    let mut heads = 0;
    while i < before {
        let t = text(i).trim();
        if t.is_empty() || is_page_number_line(text(i)) || running_head(i) {
            i += 1;
            continue;
        }
        let short_head = t.chars().count() <= 40
            && !t.ends_with(['。', '.', '．', '」', '』', '》', ')', '）'])
            && lines
                .get(i + 1)
                .is_none_or(|_| text(i + 1).trim().is_empty());
        if heads == 0 && short_head {
            heads += 1;
            i += 1;
            continue;
        }
        break;
    }
    let s = i;
    while i < before && !text(i).trim().is_empty() {
        i += 1;
    }
    (s < i).then_some((s, i))
}

/// A paragraph that finishes a CJK note broken inside a word (`同前注[26]，
/// 周友` / `军文，第35页。`): the note ends on a letter (CJK writing breaks
/// a line anywhere, with no hyphen), and the paragraph is short, starts
/// with a CJK letter, ends a sentence and holds a page locator.
fn cjk_note_tail(para: &str, note: &str, grammar: &Grammar) -> bool {
    let p = para.trim();
    let note_ends_in_word = note
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| is_cjk(c) && c.is_alphabetic());
    note_ends_in_word
        && p.chars().count() <= 80
        && p.starts_with(|c: char| is_cjk(c) && c.is_alphabetic())
        && p.ends_with(['。', '.', '．'])
        && grammar.page.find(p).is_some()
}

/// Stronger than [`looks_like_note_tail`], for a paragraph away from the
/// next notes: it closes what the note left open, or carries a year or URL
/// together with citation marks.
fn looks_like_citation_tail(para: &str, note: &str) -> bool {
    let p = para.trim();
    if p.is_empty() || p.chars().count() > 600 {
        return false;
    }
    let closes = unbalanced(note) && !unbalanced(&format!("{note} {p}"));
    let year = regex_lite_year(p);
    let url = p.contains("http://") || p.contains("https://") || p.contains("www.");
    let cites = p.contains("pp.")
        || p.contains("Vol.")
        || p.contains("No.")
        || p.contains('”')
        || p.contains('*')
        || p.contains('』');
    closes || ((year || url) && cites)
}

/// Does a paragraph read like the tail of a citation rather than prose?
fn looks_like_note_tail(para: &str, note: &str) -> bool {
    let p = para.trim();
    if p.is_empty() || p.chars().count() > 1200 {
        return false;
    }
    let first = p.chars().next().unwrap_or(' ');
    let starts_lower = first.is_lowercase()
        || first.is_ascii_digit()
        || matches!(
            first,
            ',' | '.' | ')' | ']' | '”' | '’' | '»' | '』' | '」' | '*' | '/' | ':' | ';'
        );
    // Closes what the note left open?
    let closes = unbalanced(note) && !unbalanced(&format!("{note} {p}"));
    let year = regex_lite_year(p);
    let url = p.contains("http://") || p.contains("https://") || p.contains("www.");
    let cites = p.contains("pp.")
        || p.contains("Vol.")
        || p.contains("No.")
        || p.contains('”')
        || p.contains('*')
        || p.contains('』');
    // `… Papers of the` / `Hollis Family, Library of Congress.`: a note
    // broken off after a lowercase word goes on in a short paragraph,
    // whatever its first letter.
    let mid_phrase = note
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(char::is_lowercase);
    starts_lower
        || closes
        || ((year || url) && (cites || p.chars().count() < 300))
        || (mid_phrase && p.chars().count() < 300)
}

fn regex_lite_year(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(4).enumerate().any(|(i, w)| {
        w.iter().all(u8::is_ascii_digit)
            && matches!(&w[..2], b"19" | b"20" | b"18")
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
    })
}

/// The text after a `2.` or `[3]` label reads as a section title: a few
/// capitalised words, no digit, no sentence or citation punctuation, no
/// back-reference or signal word (`3. Ibid`, `4. See Smith` stay notes).
fn numbered_heading(rest: &str, grammar: &Grammar) -> bool {
    let t = rest.trim();
    let words = t.split_whitespace().count();
    (1..=8).contains(&words)
        && t.chars().count() <= 60
        && t.starts_with(char::is_uppercase)
        && !t.ends_with('.')
        && !t
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, ',' | ';' | ':' | '“' | '"' | '(' | '*'))
        && grammar.back_reference(t).is_none()
        && grammar.signals.find(t).is_none_or(|m| m.start > 0)
}

/// The text after a `（1）` label reads as a heading in a language written
/// without spaces: a short run of words with some CJK characters and no
/// sentence or citation punctuation, digit, title bracket, back-reference
/// or signal word (`（1）学説の展開`, not `（3）同上`, `（5）本稿第二章参照`).
fn cjk_heading(rest: &str, grammar: &Grammar) -> bool {
    let t = rest.trim();
    let chars = t.chars().count();
    (1..=30).contains(&chars)
        && t.chars().any(is_cjk)
        && !t.chars().any(|c| {
            c.is_numeric()
                || matches!(
                    c,
                    '。' | '、'
                        | '，'
                        | ','
                        | '.'
                        | '．'
                        | '「'
                        | '『'
                        | '“'
                        | '"'
                        | '('
                        | '（'
                        | ':'
                        | '：'
                )
        })
        && grammar.back_reference(t).is_none()
        && grammar.signals.find(t).is_none()
}

/// The text after a `3 `, `3.` or `[3]` label is a numbered section's
/// heading in Chinese or Japanese (`结果与讨论`, `研究方法`, `はじめに`): a
/// [`cjk_heading`] that names no work in title marks (`《民法总论》`,
/// `〈…〉`, which a short note may do without other punctuation).
fn cjk_section_heading(rest: &str, grammar: &Grammar) -> bool {
    !rest.contains(['《', '〈', '》', '〉']) && cjk_heading(rest, grammar)
}

/// A short line that is a section heading of any kind we know.
fn looks_like_heading(line: &str, grammar: &Grammar) -> bool {
    Grammar::is_any_heading(
        &[
            &grammar.bibliography_headings,
            &grammar.end_headings,
            &grammar.notes_headings,
        ],
        line,
    )
}

/// The width of `s` in columns: two for a CJK character, as it is set,
/// one for any other.
fn columns(s: &str) -> usize {
    s.chars().map(|c| if is_cjk(c) { 2 } else { 1 }).sum()
}

/// Finds the bibliography: the last heading line from the grammar that is
/// followed by content; it runs to the next end heading or the end.
fn find_bibliography(
    lines: &[Line],
    view: &str,
    grammar: &Grammar,
) -> (Option<std::ops::Range<usize>>, Option<usize>) {
    let text = |l: &Line| view.get(l.start..l.end).unwrap_or("");
    let mut heading = None;
    let mut headings = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if Grammar::is_heading(&grammar.bibliography_headings, text(l)) {
            headings.push(i);
            // Needs an entry-like line within the next few lines: longer
            // than 20 columns, a CJK character taking two (`班固：《汉书》，
            // 中华书局1962年版。` is 18 characters).
            let has_content = lines[i + 1..]
                .iter()
                .take(8)
                .any(|n| columns(text(n).trim()) > 20);
            if has_content {
                heading = Some(i);
            }
        }
    }
    let Some(mut h) = heading else {
        return (None, None);
    };
    // The list split by sub-headings that are headings of their own
    // (`참고문헌` / `국내문헌` … / `국외문헌` …): an earlier heading opens it
    // where only entries and short sub-headings stand between the two.
    while let Some(&p) = headings.iter().rev().find(|&&i| i < h) {
        if !only_entries_between(&lines[p + 1..h], view, grammar)
            || !opens_entries(&lines[p + 1..h], view, grammar)
        {
            break;
        }
        h = p;
    }
    let mut end = lines.len();
    for (i, l) in lines.iter().enumerate().skip(h + 1) {
        let t = text(l);
        // `Abstract: The law …`, as Chinese journals print the English
        // abstract after the references: an end heading that opens a
        // paragraph, its text after a colon.
        let labelled = text(&lines[i - 1]).trim().is_empty()
            && t.split_once([':', '：'])
                .is_some_and(|(head, _)| Grammar::is_heading(&grammar.end_headings, head));
        if labelled
            || Grammar::is_any_heading(&[&grammar.end_headings, &grammar.notes_headings], t)
            || dated_end_heading(t, grammar)
            || appendix_heading(t, grammar)
        {
            end = i;
            break;
        }
        // Sub-headings that just split the list by language or kind
        // (`국내문헌`, `Primary sources`) stay inside.
    }
    let end = romanized_copy(lines, view, grammar, h + 1, end).unwrap_or(end);
    (Some(h + 1..end), Some(h))
}

/// `Список литературы` … / `References` / `Danilov V. P. Sovetskaya
/// derevnya [The Soviet village]. Moscow: Nauka Publ., 1977. (In Russ.)`:
/// journals in Cyrillic (and other) scripts print the list again in Latin
/// letters, the titles transliterated and translated, for the indexes.
/// That copy lists no work of its own: the list ends at its heading, a
/// heading of the grammars inside `from..to` with entries mostly in
/// another script before it, only Latin letters after it, and a language
/// mark of the copy (`(In Russ.)`, `[in Ukrainian]`) in some entry.
fn romanized_copy(
    lines: &[Line],
    view: &str,
    grammar: &Grammar,
    from: usize,
    to: usize,
) -> Option<usize> {
    let text = |l: &Line| view.get(l.start..l.end).unwrap_or("");
    // (Latin letters, other letters) of lines.
    let letters = |ls: &[Line]| {
        ls.iter()
            .flat_map(|l| text(l).chars())
            .filter(|c| c.is_alphabetic())
            .fold((0usize, 0usize), |(latin, other), c| {
                if c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c) {
                    (latin + 1, other)
                } else {
                    (latin, other + 1)
                }
            })
    };
    let mut checked = 0;
    for i in from..to {
        if !Grammar::is_heading(&grammar.bibliography_headings, text(&lines[i])) {
            continue;
        }
        checked += 1;
        if checked > 8 {
            return None;
        }
        let (latin, other) = letters(&lines[from..i]);
        if other < latin || other == 0 {
            continue;
        }
        let after = &lines[i + 1..to];
        let (latin, other) = letters(after);
        if latin == 0 || other * 50 > latin {
            continue;
        }
        if after.iter().any(|l| language_mark(text(l))) {
            return Some(i);
        }
    }
    None
}

/// `(In Russ.)`, `(in Russian)`, `[In Ukr.]`: the language of a work whose
/// title a list gives transliterated.
fn language_mark(t: &str) -> bool {
    t.match_indices(['(', '[']).any(|(i, _)| {
        let rest = &t[i + 1..];
        let Some(word) = rest
            .strip_prefix("In ")
            .or_else(|| rest.strip_prefix("in "))
        else {
            return false;
        };
        let name = word
            .split([')', ']'])
            .next()
            .unwrap_or("")
            .trim_end_matches('.');
        word.len() > name.len()
            && name.starts_with(|c: char| c.is_ascii_uppercase())
            && (3..=12).contains(&name.len())
            && name.bytes().all(|b| b.is_ascii_alphabetic())
    })
}

/// `Received 12 January 2021`, `Дата поступления рукописи в редакцию
/// 12.01.2021`: an end heading that a date follows on its line, as
/// journals print the dates of a paper's review after its list.
fn dated_end_heading(t: &str, grammar: &Grammar) -> bool {
    let t = t.trim().trim_end_matches('.');
    if t.len() > 160 || !t.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // `Received January 2024; revised April 2024; accepted May 2024`: the
    // history a journal prints under the list opens with its word and
    // the first date.
    if let Some(d) = grammar.dates.first(t) {
        let head = t[..d.start].trim_end_matches([' ', ':', ',']);
        if !head.is_empty() && Grammar::is_heading(&grammar.end_headings, head) {
            return true;
        }
    }
    if !t.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some(d) = grammar.dates.find_all(t).pop() else {
        return false;
    };
    d.end == t.len()
        && Grammar::is_heading(
            &grammar.end_headings,
            t[..d.start].trim_end_matches([' ', ':', ',']),
        )
}

/// Whether `t` heads an appendix by its letter or number, as the papers
/// of computing and economics print one after their references: an end
/// heading of the grammars and a label (`APPENDIX A. PROOFS`, `Appendix
/// B: Data`, `Anhang 1`), or ACM's letter and a title in capitals (`A
/// TUNING`, `B  ADDITIONAL RESULTS`). No entry is written so: an entry
/// holds punctuation, a year or lowercase letters.
fn appendix_heading(t: &str, grammar: &Grammar) -> bool {
    let t = t.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    if t.len() > 120 {
        return false;
    }
    let Some((first, rest)) = t.split_once(' ') else {
        return false;
    };
    let rest = rest.trim_start();
    // `A`, `B.1`, `12`, `IV`: a letter, digits or a numeral, perhaps with
    // a period or a colon after it.
    let label = |w: &str| {
        let w = w.trim_end_matches(['.', ':']);
        (1..=4).contains(&w.len())
            && (w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                || w.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
                    && w.bytes().skip(1).all(|b| b.is_ascii_digit() || b == b'.')
                || w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')))
    };
    let word_label = Grammar::is_heading(&grammar.end_headings, first)
        && rest.split_whitespace().next().is_some_and(label);
    let capitals_title = first.len() == 1
        && first.bytes().all(|b| b.is_ascii_uppercase())
        && rest.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && rest
            .chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, '-' | '&' | '’' | '\''));
    word_label || capitals_title
}

/// Whether the lines after a heading of the list open with an entry: the
/// first two lines that are no sub-headings hold a year, a title in CJK
/// title marks or an archive's shelfmark, or each names a source alone and
/// closes with a period, no digit in it (`Daily Herald (London).` /
/// `Economist.` under `Newspapers`). A language's name alone over a
/// paragraph of the body (`中文` / `中文文獻對此多有討論，3 惟見解不一。4`)
/// heads no list.
fn opens_entries(lines: &[Line], view: &str, grammar: &Grammar) -> bool {
    let first: Vec<&str> = lines
        .iter()
        .map(|l| view.get(l.start..l.end).unwrap_or("").trim())
        .filter(|t| !t.is_empty() && !sub_heading_shape(t))
        .take(2)
        .collect();
    if first.is_empty() {
        return true;
    }
    let named_alone =
        |t: &str| t.ends_with(['.', '。']) && !t.contains(|c: char| c.is_ascii_digit());
    let head = first.join(" ");
    first.iter().all(|t| named_alone(t))
        || grammar.dates.first(&head).is_some()
        || head.contains(['『', '《', '「', '〈'])
        || crate::syntax::archive::archival(&head, grammar).is_some()
}

/// Lines between two bibliography headings that are entries of the list
/// and its sub-headings, not the body of a paper: no end or notes heading,
/// and a year or an archive's shelfmark in at least two in five of the
/// entries longer than a sub-heading. An entry wrapped over lines with a
/// hanging indent (a line that opens with white space after one that does
/// not) is read as one; other wrapped entries count a line each, the
/// second often without the year.
fn only_entries_between(lines: &[Line], view: &str, grammar: &Grammar) -> bool {
    let mut long = 0;
    let mut dated = 0;
    // Whether the last entry counted was long and had no year: a short
    // line with one right after it is its end, wrapped before the year
    // (`심희기, 「…」, 『법사학연구』 제46호,` / `2012.`).
    let mut undated_long = false;
    let mut count = |entry: &str| {
        if entry.chars().nth(30).is_none() {
            if std::mem::take(&mut undated_long)
                && !entry.is_empty()
                && !sub_heading_shape(entry)
                && grammar.dates.first(entry).is_some()
            {
                dated += 1;
            }
            return;
        }
        long += 1;
        // An archive's entry has a shelfmark, often no year.
        undated_long = grammar.dates.first(entry).is_none()
            && crate::syntax::archive::archival(entry, grammar).is_none();
        if !undated_long {
            dated += 1;
        }
    };
    let mut entry = String::new();
    // The entry's first line opens at the margin.
    let mut flush = false;
    for l in lines {
        let raw = view.get(l.start..l.end).unwrap_or("");
        let t = raw.trim();
        if Grammar::is_any_heading(&[&grammar.end_headings, &grammar.notes_headings], t) {
            return false;
        }
        let indented = raw.starts_with([' ', '\t']);
        if indented && flush && !t.is_empty() {
            entry.push(' ');
            entry.push_str(t);
        } else {
            count(&entry);
            entry = t.to_string();
            flush = !indented && !t.is_empty();
        }
    }
    count(&entry);
    dated * 5 >= long * 2
}

/// Whether a line with a sub-heading's shape that is no heading of the
/// grammars is an entry like the entry after it (`Australian
/// Constitution` / `Racial Discrimination Act 1975 (Cth)` under
/// `Legislation`, `Constitution of the United States`): both read
/// entirely as works of one kind other than a bare document (a
/// `legislation` each), where a sub-heading (`Cases`, `Secondary
/// Sources`) reads as no work at all. Only lines of a sub-heading's shape
/// are read so.
fn entry_of_next_kind(line: &str, next: Option<&str>, grammar: &Grammar) -> bool {
    let Some(next) = next else {
        return false;
    };
    let kind = |s: &str| {
        let p = crate::syntax::reference::parse_reference(
            s.trim(),
            crate::syntax::name::NameOrder::InvertedFirst,
            grammar,
        );
        (p.item.kind != "document" && p.item.title.is_some() && p.unparsed.is_none())
            .then_some(p.item.kind)
    };
    kind(line).is_some_and(|k| kind(next).as_deref() == Some(k.as_str()))
}

/// Whether a line of a bibliography has the shape of a sub-heading that
/// splits the list by kind (`Primary Sources`, `A. Archival collections`,
/// `Books and articles:`, `A Articles/Books/Reports`): a few words with no digit and none of the
/// commas, periods, quotes or brackets every entry has, beyond a leading
/// number or letter (`2.`, `II.`, `B)`, `(a)`) and a closing colon.
fn sub_heading_shape(line: &str) -> bool {
    let t = crate::grammar::without_word_numbering(line.trim());
    let t = t.strip_suffix([':', '：']).unwrap_or(t).trim_end();
    // A leading `2.`, `II.`, `B)`, `(b)`.
    let t = match t.split_once(' ') {
        Some((first, rest))
            if first.chars().count() <= 5
                && first.ends_with(['.', ')'])
                && first
                    .trim_start_matches('(')
                    .trim_end_matches(['.', ')'])
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric()) =>
        {
            rest.trim_start()
        }
        _ => t,
    };
    // `A Articles/Books/Reports` (AGLC): kinds joined by slashes between
    // letters, read as words.
    let slashed = t.match_indices('/').all(|(i, _)| {
        t[..i].ends_with(char::is_alphabetic) && t[i + 1..].starts_with(char::is_alphabetic)
    });
    let joined = if slashed {
        t.replace('/', " ")
    } else {
        t.to_string()
    };
    let t = joined.as_str();
    let words = t.split_whitespace().count();
    (1..=6).contains(&words)
        && t.chars().count() <= 50
        && t.chars().next().is_some_and(crate::text::opens_name)
        && !t.chars().any(|c| {
            c.is_numeric()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '"'
                        | '“'
                        | '”'
                        | '«'
                        | '»'
                        | '('
                        | ')'
                        | '['
                        | ']'
                        | '/'
                        | '『'
                        | '「'
                        | '《'
                )
        })
}

/// [`ditto_prefix`], or a word of the grammar that stands for the same
/// author (`Ders.:`, `Dies.,`, `Он же.`): what
/// [`Grammar::same_author_prefix`] reads.
pub fn ditto_len(s: &str, grammar: &Grammar) -> Option<usize> {
    grammar.same_author_prefix(s)
}

/// Ditto marks that repeat the previous entry's authors (`_____.`, `———.`,
/// `–:`):
/// their length with the punctuation after them.
pub fn ditto_prefix(s: &str) -> Option<usize> {
    let t = s.trim_start();
    let lead = s.len() - t.len();
    let mut count = 0;
    let mut end = 0;
    for (i, c) in t.char_indices() {
        if matches!(c, '_' | '—' | '―' | '─' | '-' | '–' | '⸺' | '⸻') {
            count += 1;
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    let rest = &t[end..];
    // `–: Titel` (German lists): one long dash before a colon; `—, Título`,
    // `—. Título` (Spanish and Portuguese notes and lists): an em dash
    // glued to its comma or period. A dash and a space is a bullet.
    let dash_colon = count == 1
        && matches!(t.chars().next(), Some('–' | '—' | '―'))
        && (rest.trim_start_matches([' ', '\t']).starts_with(':')
            || t.starts_with(['—', '―']) && (rest.is_empty() || rest.starts_with([',', '.'])));
    let enough = ((t.starts_with('_') || t.starts_with('-')) && count >= 3)
        || (!t.starts_with('_') && !t.starts_with('-') && count >= 2)
        || dash_colon;
    if !enough || count == 0 {
        return None;
    }
    let punct = rest
        .chars()
        .take_while(|c| matches!(c, '.' | ',' | ':' | ' ' | '\t'))
        .map(char::len_utf8)
        .sum::<usize>();
    Some(lead + end + punct)
}

/// Bullet at line start: `- `, `• `, `* `, `– `, `· `. Returns its length.
fn bullet_len(s: &str) -> Option<usize> {
    let lead = s.len() - s.trim_start().len();
    let t = &s[lead..];
    for b in ["- ", "• ", "* ", "– ", "· ", "‣ ", "◦ ", "▪ ", "-\t", "•\t"] {
        if let Some(rest) = t.strip_prefix(b) {
            let sp = rest.len() - rest.trim_start().len();
            return Some(lead + b.len() + sp);
        }
    }
    if matches!(t, "-" | "•" | "*" | "–" | "·") {
        return Some(s.len());
    }
    None
}

/// A line that opens with a year, a comma and a small word (`2004, roč.
/// 102, č. 3, s. 521–548.`, `1998, vol. 12`): the journal's numbers of the
/// entry above, which ČSN ISO 690 writes after the journal's name and a
/// period. No entry opens so.
fn year_numbers_line(t: &str) -> bool {
    let Some((year, rest)) = t.split_once(", ") else {
        return false;
    };
    crate::grammar::is_year(year) && rest.starts_with(char::is_lowercase)
}

/// A line that opens with a journal's volume or issue (the grammars'
/// `locators.volume` and `locators.issue`: `№ 2. С. 12–25.`, `Vol. 94. P.
/// S95–S120.`), or with a year and then one of them (`1988. Vol. 94.`,
/// `2012. № 2.`): the numbers of the journal named in the entry above, as
/// GOST 7.0.100 and ISO 690 write them after its name and a period, broken
/// off by the line end. No entry opens so.
fn journal_numbers_line(t: &str, grammar: &Grammar) -> bool {
    let after_year = t
        .split_once(['.', ','])
        .filter(|(year, _)| crate::grammar::is_year(year))
        .map_or(t, |(_, rest)| rest.trim_start());
    let opens = |lex: &crate::grammar::Lexicon| lex.find(after_year).is_some_and(|m| m.start == 0);
    opens(&grammar.volume) || opens(&grammar.issue)
}

/// A line that opens with a bracketed remark: a bracket whose first word
/// is in small letters (`(zitiert als AA IV).`, `(first published
/// 1923)`, `(trad. it. 1998)`) or that opens with `=` (`(= Studien zur
/// Rechtsgeschichte 12)`). Such a bracket says more of the entry above;
/// an entry opens with a name, a title or `(Hrsg.)`, not so.
fn bracket_remark_line(t: &str) -> bool {
    let Some(inner) = t.strip_prefix(['(', '[']) else {
        return false;
    };
    let inner = inner.trim_start();
    let mut chars = inner.chars();
    match chars.next() {
        Some('=') => true,
        Some(c) if c.is_lowercase() => {
            // A word of letters, not a lone letter of a list (`(a)`).
            let word: String = inner.chars().take_while(|c| c.is_alphabetic()).collect();
            word.chars().count() >= 2
        }
        _ => false,
    }
}

/// A line that opens with a standard number (`ISBN 80-7203-314-8.`,
/// `ISSN …`, `DOI: …`): the end of the entry above.
fn standard_number_line(t: &str) -> bool {
    ["ISBN", "ISSN", "DOI:", "doi:"]
        .iter()
        .any(|w| t.starts_with(w))
}

/// `320 с.`, `386 p.`, `256 S.`: the extent of the entry above (its
/// number of pages, as GOST and library-style lists end an entry), broken
/// off by the line end: a number and one abbreviated word.
fn extent_line(t: &str) -> bool {
    let mut words = t.trim_end_matches('.').split_whitespace();
    let (Some(n), Some(w), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    n.len() <= 5
        && n.bytes().all(|b| b.is_ascii_digit())
        && (1..=3).contains(&w.chars().count())
        && w.chars().all(char::is_alphabetic)
}

/// Whether `s` opens with a word of two or more letters, all capitals,
/// ended by a comma, period, space or bracket (`SILVA,`, `BRASIL.`,
/// `AUTORIDADE NACIONAL`), as ABNT and Italian lists write authors.
fn opens_with_capitals(s: &str) -> bool {
    let word = s.split([',', '.', ' ', ';', '(', ':']).next().unwrap_or("");
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’'))
}

/// Whether `s` opens as an entry of an author-date list: names (or an
/// organisation), then the year in brackets within the first 200 bytes
/// (`Rodden, J. (2006).`, `Bardhan, P., & Mookherjee, D. (Eds.). (2006b).`,
/// `OECD. (2019).`, `Smith J (2001) Title`), or `(n.d.)`. The names hold
/// no digit, quote or colon (a journal's `65(3)` and a Chicago article's
/// `“Title.” Journal 12 (2001)` are none), and a line that opens with the
/// bracket (`(2016). Measuring …`) has no names.
fn names_then_year_head(s: &str) -> bool {
    let window = &s[..crate::source::floor_char_boundary(s, 200)];
    let Some(open) = window.find('(') else {
        return false;
    };
    let names = window[..open].trim_end();
    let inside = &window[open + 1..];
    // A year of four digits, of any script and calendar (Persian
    // `(۱۳۹۵)`, read as `(1395)`).
    let mut digits = inside.chars();
    let four: String = digits.by_ref().take(4).collect();
    let year = four.chars().count() == 4
        && four.chars().all(char::is_numeric)
        && !four.starts_with(['0', '3', '4', '5', '6', '7', '8', '9'])
        && !digits.next().is_some_and(char::is_numeric);
    let undated = inside.starts_with("n.d.") || inside.starts_with("n. d.");
    // `(Eds.). (2006b)`: a role in brackets before the year.
    let role_then_year = || {
        inside
            .find(')')
            .filter(|&close| close <= 8)
            .and_then(|close| {
                inside[close + 1..]
                    .trim_start_matches(['.', ' '])
                    .strip_prefix('(')
            })
            .is_some_and(|r| r.get(..4).is_some_and(crate::grammar::is_year))
    };
    // Scripts without capitals (Persian `بشیریه, حسین (1395).`, CJK)
    // open names as well.
    !names.is_empty()
        && names.starts_with(|c: char| c.is_uppercase() || crate::text::is_caseless_letter(c))
        && !names.contains(|c: char| {
            c.is_ascii_digit() || matches!(c, '“' | '"' | '«' | '„' | ':' | '『' | '「' | '(')
        })
        && (year || undated || role_then_year())
}

/// Whether `s` is a line of names alone, as a long list of authors in an
/// author-date list fills one before its year (`Hooghe, L., Marks, G.,
/// Schakel, A. H., Chapman Osterkatz, S., Niedzwiecki, S., &
/// Shair-Rosenfield, S.`): four or more parts between commas, each a
/// family name of one to three capitalised words or a group of initials
/// (`A. H.`, `J.-P.`), after `&` or `and` for the last; one at least of
/// initials.
fn names_alone_line(s: &str) -> bool {
    let t = s.trim().trim_end_matches([',', '&']).trim_end();
    let initials = |p: &str| {
        p.split([' ', '-']).filter(|w| !w.is_empty()).all(|w| {
            let mut c = w.chars();
            c.next().is_some_and(char::is_uppercase) && c.as_str() == "."
        })
    };
    let family = |p: &str| {
        let words: Vec<&str> = p.split(' ').collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().count() >= 2
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            })
    };
    let parts: Vec<&str> = t
        .split(", ")
        .map(|p| p.trim().trim_start_matches("& ").trim_start_matches("and "))
        .collect();
    parts.len() >= 4
        && parts.iter().all(|p| initials(p) || family(p))
        && parts.iter().any(|p| initials(p))
}

/// Whether `s` opens with a family name in capitals of one to four words
/// and a comma (`GARCÍA SANZ, Á.`, `TOMÁS Y VALIENTE, F.`, `SILVA, José`).
fn capitals_family_comma(s: &str) -> bool {
    let Some((head, _)) = s.split_once(", ") else {
        return false;
    };
    opens_with_capitals(head)
        && (1..=4).contains(&head.split(' ').count())
        && head.split(' ').all(|w| {
            w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’'))
                && !w.is_empty()
        })
}

/// Could this line open a bibliography entry? (author-like start)
fn looks_like_entry_head(s: &str) -> bool {
    let t = s.trim();
    if ditto_prefix(t).is_some() {
        return true;
    }
    // A number alone (`2013.`, `45-67.`) is the year or the pages of the
    // entry above, broken off by the line end.
    if t.trim_end_matches(['.', ',', ';', ')'])
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'))
    {
        return false;
    }
    if standard_number_line(t) || extent_line(t) {
        return false;
    }
    let first = t.chars().next().unwrap_or(' ');
    let particles = [
        "de ", "van ", "von ", "al-", "d'", "du ", "le ", "la ", "del ", "della ", "di ", "ten ",
        "ter ", "da ", "dos ",
    ];
    let lower_ok = particles.iter().any(|p| t.starts_with(p));
    if !(first.is_uppercase()
        || lower_ok
        || is_cjk(first)
        || first.is_ascii_digit() && t.chars().nth(1).is_some_and(|c| c.is_ascii_digit()))
    {
        return false;
    }
    // A statute's short title and year, as lists of legislation give it
    // (`Human Rights Act 1998`).
    if t.len() <= 120
        && t.rsplit(' ').next().is_some_and(crate::grammar::is_year)
        && t.split(' ').count() >= 3
    {
        return true;
    }
    // The author part ends at a comma, period or title delimiter within
    // a reasonable distance.
    t.chars()
        .take(80)
        .any(|c| matches!(c, ',' | '.' | '“' | '"' | '『' | '「' | '(' | '·'))
}

/// True for Hangul, kana and CJK ideographs, and the iteration mark `々`
/// that repeats an ideograph in names (`佐々木`).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF | 0x3005 |
        0x3040..=0x30FF | 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF)
}

fn bibliography_entries(lines: &[Line], view: &str, grammar: &Grammar) -> Vec<RawEntry> {
    // How the paper spells its words, read at the first word broken after
    // a hyphen at a line's end ([`keeps_hyphen`]).
    let spellings = std::sync::OnceLock::new();
    let text = |l: &Line| view.get(l.start..l.end).unwrap_or("");
    let nonblank: Vec<&Line> = lines
        .iter()
        .filter(|l| !text(l).trim().is_empty())
        .collect();
    let n = nonblank.len().max(1);
    let bulleted = nonblank
        .iter()
        .filter(|l| bullet_len(text(l)).is_some())
        .count()
        * 2
        >= n;
    // Numbered: half the lines open with a label, or the labels run 1, 2,
    // 3 … (nine steps in ten) on lines that open an entry (four in five
    // hold 25 characters and a comma or period), as in an IEEE list whose
    // entries fill two to five lines each. (Numbered sub-headings, `1. 史料`
    // / `2. 단행본`, are short lines without punctuation, with more lines
    // under each.)
    let mut last_label = None;
    let labelled: Vec<(u32, &str)> = nonblank
        .iter()
        .filter_map(|l| {
            let t = text(l);
            let (label, len) = list_label(t)?;
            let n = label.parse().ok()?;
            if !label_in_sequence(&label, n, last_label) {
                return None;
            }
            last_label = Some(n);
            Some((n, t.get(len..)?.trim()))
        })
        .collect();
    let steps = labelled.windows(2).filter(|w| w[1].0 == w[0].0 + 1).count();
    let entry_heads = labelled
        .iter()
        .filter(|(_, rest)| rest.chars().count() >= 25 && rest.contains([',', '.', '，', '。']))
        .count()
        * 5
        >= labelled.len() * 4;
    let numbered = labelled.len() * 2 >= n
        || (labelled.len() >= 3
            && labelled[0].0 == 1
            && steps * 10 >= (labelled.len() - 1) * 9
            && labelled.len() * 5 >= n
            && entry_heads);
    let indents: Vec<usize> = nonblank
        .iter()
        .map(|l| text(l).len() - text(l).trim_start().len())
        .collect();
    let min_indent = indents.iter().copied().min().unwrap_or(0);
    let hanging = indents.iter().filter(|&&i| i > min_indent).count() * 5 >= n
        && indents.iter().any(|&i| i > min_indent);
    // Entries separated by blank lines (ABNT asks for one): blocks of a
    // few lines each (four at most on average), where a list without them
    // has long blocks broken only at its pages. An entry without a date
    // then goes on in a line of its block that holds one, though the line
    // opens with a capitalised name and a comma (`SILVA, Maria. Título.` /
    // `Cadernos CEDES, Campinas, v. 29, p. 216-226, 2009.`).
    let blank_separated = {
        let mut blocks = 0;
        let mut after_blank = true;
        for l in lines {
            let blank = text(l).trim().is_empty();
            if !blank && after_blank {
                blocks += 1;
            }
            after_blank = blank;
        }
        blocks >= 3 && nonblank.len() <= 4 * blocks
    };
    // Blocks that each open with a name in capitals or a ditto mark (ABNT's
    // `SILVA, José Afonso da.`, `BRASIL. Lei n. …`, `______. Título`): a
    // line inside a block that opens with no such name goes on with the
    // entry, though it looks like an entry's head (`Diário Oficial da
    // União, Brasília, DF, 15 ago. 2018.` after a ditto entry).
    let capitals_heads = blank_separated && {
        let (mut heads, mut capitals) = (0, 0);
        let mut after_blank = true;
        for l in lines {
            let t = text(l).trim();
            if !t.is_empty() && after_blank && !is_page_number_line(t) {
                heads += 1;
                if opens_with_capitals(t) || ditto_len(t, grammar).is_some() {
                    capitals += 1;
                }
            }
            after_blank = t.is_empty();
        }
        heads >= 3 && capitals * 10 >= heads * 9
    };
    // Lists without blank lines whose entries open with a family name in
    // capitals and a comma (`GARCÍA SANZ, Á. (1977): …`, `SILVA, José.`),
    // as Spanish, Portuguese and Italian lists write them: at least three
    // lines open so, and at most half as many other lines could open an
    // entry. A line that opens with no capitals then goes on with the
    // entry above (`Economía y sociedad en tierras de Segovia, 1500-1814,
    // Madrid, Akal.` after a title's first sentence).
    let capitals_lines = !blank_separated && {
        let (mut capitals, mut others) = (0, 0);
        for l in lines {
            let t = text(l).trim();
            if t.is_empty() || is_page_number_line(t) {
                continue;
            }
            if capitals_family_comma(t) || ditto_len(t, grammar).is_some() {
                capitals += 1;
            } else if !opens_with_capitals(t) && looks_like_entry_head(t) {
                others += 1;
            }
        }
        capitals >= 3 && capitals >= 2 * others
    };

    // Lists whose entries open with names and a year in brackets (APA,
    // Harvard: `Rodden, J. (2006). Hamilton's paradox …`): at least three
    // lines open so, and at most half as many other lines could open an
    // entry. A line without such a head then goes on with the entry above
    // (`Cambridge University Press.`, `Journal of Urban Economics, 65(3),
    // 279–293.`, `(2016). Measuring regional authority …` after authors
    // that fill a line), as a list converted from PDF loses its hanging
    // indent.
    let dated_heads = !blank_separated && !numbered && !bulleted && {
        let (mut dated, mut others) = (0, 0);
        for l in lines {
            let t = text(l).trim();
            if t.is_empty() || is_page_number_line(t) {
                continue;
            }
            if names_then_year_head(t) {
                dated += 1;
            } else if looks_like_entry_head(t) {
                others += 1;
            }
        }
        dated >= 3 && dated >= 2 * others
    };

    let mut entries: Vec<RawEntry> = Vec::new();
    // The delimiters of the last entry's text, read as its lines come.
    let mut last_open = Delimiters::default();
    // The last list label read, which a label of five digits or more
    // must go on from.
    let mut last_label: Option<u32> = None;
    let mut prev_blank = true;
    // Under a sub-heading over periodicals (`Newspapers`, `신문`).
    let mut periodicals = false;
    for (i, l) in lines.iter().enumerate() {
        let t = text(l);
        if t.trim().is_empty() {
            prev_blank = true;
            continue;
        }
        // `Newspapers`, `신문`: no end of an entry (`Cambridge University` /
        // `Press.`).
        if !t.trim_end().ends_with('.')
            && !entries
                .last()
                .is_some_and(|e| entry_incomplete(&e.text, last_open.open(), grammar))
            && Grammar::is_heading(&grammar.periodical_headings, t)
        {
            periodicals = true;
            prev_blank = true;
            continue;
        }
        // The next line that is no sub-heading: `Primary Sources` /
        // `Newspapers` / `Daily Herald (London).` (at most two sub-headings
        // of two levels before it).
        let next = || {
            lines[i + 1..]
                .iter()
                .map(text)
                .filter(|n| !n.trim().is_empty())
                .take(3)
                .find(|n| !sub_heading_shape(n))
        };
        // Under periodicals, whose names have a sub-heading's shape, a
        // sub-heading that is no heading of the grammars stands after a
        // blank line, and an entry follows it at once.
        let next_line = || {
            lines[i + 1..]
                .iter()
                .map(text)
                .find(|n| !n.trim().is_empty())
        };
        if Grammar::is_heading(&grammar.bibliography_headings, t)
            || (sub_heading_shape(t)
                && (periodicals
                    || !entries
                        .last()
                        .is_some_and(|e| entry_incomplete(&e.text, last_open.open(), grammar)))
                && if periodicals {
                    i > 0
                        && text(&lines[i - 1]).trim().is_empty()
                        && next_line()
                            .is_some_and(|n| !sub_heading_shape(n) && looks_like_entry_head(n))
                } else {
                    next().is_some_and(looks_like_entry_head)
                        && !entry_of_next_kind(t, next_line(), grammar)
                })
        {
            // A sub-list heading (`국외문헌`, `Secondary Sources`, `Archival
            // Collections`).
            prev_blank = true;
            periodicals = false;
            continue;
        }
        // Page furniture between entries (`― 49 ―`, a form feed).
        if is_page_number_line(t) {
            continue;
        }
        let indent = t.len() - t.trim_start().len();
        let mut content_start = indent;
        let mut had_bullet = false;
        let mut label = None;
        if numbered {
            if let Some((lab, len)) = list_label(t) {
                let n = lab.parse().ok();
                if n.is_some_and(|n| {
                    label_in_sequence(&lab, n, last_label)
                        && !range_goes_on(entries.last(), n, last_label)
                }) {
                    last_label = n;
                    label = Some(lab);
                    content_start = len;
                }
            }
        }
        if label.is_none() {
            if let Some(len) = bullet_len(t) {
                had_bullet = true;
                content_start = len;
            }
        }
        let rest = t[content_start..].trim();
        if rest.is_empty() {
            // An empty bullet.
            continue;
        }
        let span = Span::new(
            l.start + content_start,
            l.start + content_start + t[content_start..].trim_end().len(),
        );
        // Read only where a branch below asks for it: a numbered list
        // never does, and an entry of many lines would otherwise be read
        // again whole at each of them.
        let prev_incomplete = std::cell::LazyCell::new(|| {
            entries
                .last()
                .is_some_and(|e| entry_incomplete(&e.text, last_open.open(), grammar))
        });
        let head = looks_like_entry_head(rest);
        let first = rest.chars().next().unwrap_or(' ');
        let starts_lower = first.is_lowercase()
            || first.is_ascii_digit()
            || matches!(
                first,
                ',' | '.' | ')' | ']' | '”' | '’' | '»' | '/' | ':' | ';' | '<'
            );
        // `Chicago Tribune` / `The Nation`: sources named alone, a line
        // each, with no period after them, as lists of periodicals give
        // them; a line of such a list is no part of the one before.
        let named_alone = entries.last().is_some_and(|e| {
            e.pieces.len() == 1 && sub_heading_shape(&e.text) && !ends_with_small_word(&e.text)
        }) && sub_heading_shape(rest);
        let continuation = if entries.is_empty() {
            false
        } else if periodicals
            && entries.last().is_some_and(|e| {
                crate::syntax::official::periodical_entry(&e.text, grammar).is_some()
            })
        {
            starts_lower
                || entries
                    .last()
                    .is_some_and(|e| e.text.trim_end().ends_with([',', '-', '–', '&', ':']))
        } else if named_alone {
            false
        } else if numbered {
            label.is_none()
        } else if hanging && indent > min_indent && !had_bullet {
            true
        } else if bulleted {
            (starts_lower && (*prev_incomplete || !head))
                || (*prev_incomplete && !head)
                || (!had_bullet && (!head || *prev_incomplete))
                // `• Doe, Jane. *Title*.` / `New York: Norton, 2001.`: an
                // entry without a date goes on in a line without a bullet
                // that holds one.
                || (!had_bullet
                    && ditto_len(rest, grammar).is_none()
                    && entries
                        .last()
                        .is_some_and(|e| grammar.dates.first(&e.text).is_none())
                    && grammar.dates.first(rest).is_some())
        } else {
            (starts_lower && (*prev_incomplete || !head))
                || (*prev_incomplete && !head)
                || (!prev_blank && *prev_incomplete)
                // (A title alone in CJK title marks, `『每日申報』`, names
                // its source whole: the dated line after it is another; so
                // does a constitution, `Constitution of the United States`,
                // cited without a year.)
                // (`。` closes a CJK entry: `《淡新檔案》，國立臺灣大學圖書館藏。`
                // names an archive's source whole.)
                || (!prev_blank
                    && blank_separated
                    && ditto_len(rest, grammar).is_none()
                    && grammar.dates.first(rest).is_some()
                    && entries.last().is_some_and(|e| {
                        grammar.dates.first(&e.text).is_none()
                            && !cjk_title_alone(&e.text)
                            && !e.text.trim_end().ends_with('。')
                            && crate::syntax::law_report::constitution(&e.text, grammar).is_none()
                    }))
                || (!prev_blank
                    && entries
                        .last()
                        .is_some_and(|e| edition_broken(&e.text, rest, grammar)))
                // `…，1999年1` / `月，頁1-50。`: a date broken between its
                // number and the word of its month or day.
                || (!prev_blank
                    && entries
                        .last()
                        .is_some_and(|e| e.text.trim_end().ends_with(|c: char| c.is_ascii_digit()))
                    && [&grammar.month_suffix, &grammar.day_suffix, &grammar.year_suffix]
                        .iter()
                        .any(|words| {
                            words.iter().any(|w| {
                                w.starts_with(is_cjk)
                                    && rest.strip_prefix(w.as_str()).is_some_and(|r| {
                                        r.chars().next().is_none_or(|c| !c.is_alphanumeric())
                                    })
                            })
                        }))
                || (!prev_blank && standard_number_line(rest))
                // `Pitlo/Reehuis & Heisterkamp 2012` / `W.H.M. Reehuis &
                // A.H.T. Heisterkamp, Pitlo. Het Nederlands burgerlijk
                // recht …`: a handbook's volume as the notes cite it, then
                // its full reference.
                || (!prev_blank
                    && entries.last().is_some_and(|e| {
                        e.pieces.len() == 1
                            && crate::syntax::item::handbook_volume_alone(&e.text)
                    }))
                || (!prev_blank && year_numbers_line(rest))
                || (!prev_blank && journal_numbers_line(rest, grammar))
                || (!prev_blank
                    && (capitals_heads || capitals_lines)
                    && !opens_with_capitals(rest)
                    && ditto_len(rest, grammar).is_none())
                || (!prev_blank
                    && dated_heads
                    && !names_then_year_head(rest)
                    && !names_alone_line(rest)
                    && ditto_len(rest, grammar).is_none())
                // `Doe, Jane. *Title*.` / `New York: Norton, 2001.`: a
                // dateless entry goes on in the next line when that line is
                // its imprint.
                || (!prev_blank
                    && ditto_len(rest, grammar).is_none()
                    && crate::syntax::reference::is_imprint_line(rest, grammar)
                    && entries.last().is_some_and(|e| !dated_outside_title(&e.text, grammar)))
                // `Bell, Adrian R., …, The English Wool Market, c. 1230–1327`
                // / `(Cambridge: Cambridge University Press, 2007)`: MHRA's
                // imprint in brackets opens no entry; it goes on with the
                // title its line follows, though a year ended that line.
                || (!prev_blank
                    && rest
                        .strip_prefix('(')
                        .is_some_and(|r| crate::syntax::reference::is_imprint_line(r, grammar)))
                // `Kant, Immanuel: Grundlegung …, Berlin 1903` / `(zitiert
                // als AA IV).`, `(first published 1923)`, `(= Studien 12)`:
                // a bracket that opens with a small word or `=` says more
                // of the entry its line follows; no entry opens so.
                || (!prev_blank && bracket_remark_line(rest))
                // `Blom, Ida (2019). Kvinner i norsk historie.` / `Oslo:
                // Gyldendal.`: an entry dated after its names goes on in an
                // imprint line without a year.
                || (!prev_blank
                    && ditto_len(rest, grammar).is_none()
                    && crate::syntax::reference::is_dateless_imprint_line(rest)
                    && entries
                        .last()
                        .is_some_and(|e| grammar.dates.first(&e.text).is_some()))
                // `Doe, Jane, and John Roe.` / `“Title.” *Journal* 2 (2001).`:
                // names alone go on in a line that opens with the title.
                || (!prev_blank
                    && rest.starts_with(['“', '"', '«', '„', '『', '「', '*'])
                    && grammar.dates.first(rest).is_some()
                    && entries.last().is_some_and(|e| {
                        grammar.dates.first(&e.text).is_none()
                            && crate::syntax::reference::find_title(&e.text).is_none()
                    }))
        };
        prev_blank = false;
        if continuation {
            if let Some(e) = entries.last_mut() {
                e.pieces.push(span);
                let piece = view.get(span.start..span.end).unwrap_or("");
                push_entry_line(&mut e.text, piece, false, view, grammar, &spellings);
                last_open.read(piece);
            }
            continue;
        }
        // `『매일신보』, 『동아일보』, 『조선일보』`: works named by their
        // titles alone, several to a line: an entry each.
        if let Some(titles) = titles_alone(rest) {
            let base = span.start;
            for (a, b) in titles {
                let pieces = vec![Span::new(base + a, base + b)];
                entries.push(RawEntry {
                    text: join_entry_lines(view, &pieces, grammar, &spellings),
                    pieces,
                    ditto: false,
                    label: None,
                    periodical: periodicals,
                });
            }
            last_open = Delimiters::default();
            last_open.read(entries.last().map_or("", |e| e.text.as_str()));
            continue;
        }
        let (ditto, pieces) = match ditto_len(rest, grammar) {
            Some(_) => (true, vec![span]),
            None => (false, vec![span]),
        };
        entries.push(RawEntry {
            text: join_entry_lines(view, &pieces, grammar, &spellings),
            pieces,
            ditto,
            label,
            periodical: periodicals,
        });
        last_open = Delimiters::default();
        last_open.read(entries.last().map_or("", |e| e.text.as_str()));
    }
    entries
}

/// Whether a list label read as the number `n` opens an entry after the
/// label `last`: any label of up to four digits does; a longer one
/// ([`crate::syntax::marker::is_long_label`]) only as the number after
/// `last`, so a list of more than 9,999 entries is read to its end while a
/// postcode or a count that opens a broken line (`10115. Berlin`) is not
/// taken for a label.
///
/// So too a year of four digits (1500 to 2099) after labels that stay
/// under 1,000, unless it is the next: AMA and Vancouver entries break
/// before a date's year (`Published October 3,` / `2023. Accessed May 1,
/// 2024.`), and that line goes on the entry before.
fn label_in_sequence(label: &str, n: u32, last: Option<u32>) -> bool {
    let next = last.and_then(|l| l.checked_add(1)) == Some(n);
    if crate::syntax::marker::is_long_label(label) {
        return next;
    }
    let year = label.len() == 4 && (1500..=2099).contains(&n);
    !(year && last.is_some_and(|l| l < 1000) && !next)
}

/// Whether a line whose label reads as `n` goes on with a page range that
/// the entry before broke after its dash (`…, 333–` / `389. https://…`):
/// the entry ends with a digit and a dash, and `n` is not the label after
/// `last`.
fn range_goes_on(before: Option<&RawEntry>, n: u32, last: Option<u32>) -> bool {
    let Some(text) = before.map(|e| e.text.trim_end()) else {
        return false;
    };
    let Some(open) = text.strip_suffix(['–', '-', '—']) else {
        return false;
    };
    open.ends_with(|c: char| c.is_ascii_digit()) && last.and_then(|l| l.checked_add(1)) != Some(n)
}

/// Whether an entry's line ends on the number of an edition whose word
/// opens the next line (`…, Kommentar, 3.` / `Aufl., München 2020.`):
/// the line broke inside the edition statement. The number of one to
/// three digits and its period after a comma or a space, the next line
/// opening with a word of the grammars' `edition`, then a comma or a
/// space.
fn edition_broken(text: &str, next: &str, grammar: &Grammar) -> bool {
    let t = text.trim_end();
    let Some(number) = t.strip_suffix('.') else {
        return false;
    };
    let digits = number.len() - number.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let before = &number[..number.len() - digits];
    if !(1..=3).contains(&digits) || !before.ends_with([' ', ',']) {
        return false;
    }
    // The grammars keep their edition words in lowercase.
    let head = next[..crate::source::floor_char_boundary(next, 32)].to_lowercase();
    grammar.edition.iter().any(|w| {
        !w.is_empty()
            && head
                .strip_prefix(w.as_str())
                .is_some_and(|r| r.starts_with([',', ' ']))
    })
}

/// Whether a list entry's text so far waits for more ([`is_incomplete`]),
/// unless it is a title alone in CJK title marks (`『동아일보』`) or a
/// constitution's name (`Australian Constitution`), which names its work
/// whole.
///
/// `open` is whether the text leaves a delimiter open ([`Delimiters`]),
/// read as its lines came.
fn entry_incomplete(text: &str, open: bool, grammar: &Grammar) -> bool {
    let t = text.trim_end();
    !cjk_title_alone(text)
        && (!t.is_empty() && (open || ends_incomplete(t, grammar))
            || ends_with_joined_initials(text, grammar))
        && crate::syntax::law_report::constitution(text, grammar).is_none()
}

/// Whether a list entry's text ends on the initials of a name after a word
/// that joins names (`in J. Karabel and A. H.` / `Halsey (eds) Power and
/// Ideology …`): the line broke between a name's initials and its family
/// name, as natural-order editors in UK Harvard chapters are written, and
/// the entry goes on. One to three initials, each a capital and a period.
///
/// So also after a word that puts editors' or translators' names after a
/// title (`in Trattato di diritto civile, diretto da A.` / `Cicu e F.
/// Messineo, Milano, 2014.`, `edited by J.` / `Smith`): the grammars'
/// `names.editor` and `names.translator`.
fn ends_with_joined_initials(text: &str, grammar: &Grammar) -> bool {
    let t = text.trim_end();
    if !t.ends_with('.') {
        return false;
    }
    let mut rest = t;
    let mut initials = 0;
    while let Some((before, w)) = rest.rsplit_once(' ') {
        let mut c = w.chars();
        let initial = c.next().is_some_and(char::is_uppercase) && c.as_str() == ".";
        if !initial {
            if !(1..=3).contains(&initials) {
                return false;
            }
            if grammar.and_words.iter().any(|a| a == w) {
                return true;
            }
            // The words are short: the last 128 bytes hold them.
            let lower = rest
                [crate::source::floor_char_boundary(rest, rest.len().saturating_sub(128))..]
                .to_lowercase();
            return grammar.contributor_words.iter().any(|(word, _)| {
                lower
                    .strip_suffix(word.as_str())
                    .is_some_and(|b| !b.ends_with(char::is_alphanumeric))
            });
        }
        initials += 1;
        if initials > 3 {
            return false;
        }
        rest = before;
    }
    false
}

/// Whether a list entry's text is one title alone in CJK title marks
/// (`『每日申報』`, `《申报》`), a period after it or none: a work named
/// whole, as lists of sources name newspapers and gazettes.
fn cjk_title_alone(text: &str) -> bool {
    let t = text.trim_end_matches(['.', '。', ' ']);
    (t.starts_with('『') && t.ends_with('』') || t.starts_with('《') && t.ends_with('》'))
        && t.matches(['『', '《']).count() == 1
}

/// Whether the last word of `s` is a small lowercase word (`the`, `of`,
/// `und`): a line broken inside a title, not a name that ends there.
fn ends_with_small_word(s: &str) -> bool {
    s.split_whitespace()
        .next_back()
        .is_some_and(|w| w.chars().count() <= 4 && w.starts_with(char::is_lowercase))
}

/// A line of two or more works named only by their titles in CJK title
/// marks, separated by commas, middle dots or spaces (`『매일신보』,
/// 『동아일보』`, `《申报》、《大公报》`): each title's span, marks included.
fn titles_alone(s: &str) -> Option<Vec<(usize, usize)>> {
    if !s.starts_with(['『', '《']) || s.len() > 400 {
        return None;
    }
    let mut out = Vec::new();
    let mut i = 0;
    let t = s.trim_end_matches(['.', '。', '．', ' ']);
    while i < t.len() {
        let rest = &t[i..];
        let sep = rest.len()
            - rest
                .trim_start_matches([',', '，', '、', '·', '・', ';', ' ', '\u{3000}'])
                .len();
        if sep > 0 {
            i += sep;
            continue;
        }
        let close = match rest.chars().next()? {
            '『' => '』',
            '《' => '》',
            _ => return None,
        };
        let end = rest.find(close)? + close.len_utf8();
        if rest[3..end - 3].contains(['『', '《', '\n']) {
            return None;
        }
        out.push((i, i + end));
        i += end;
    }
    (out.len() >= 2).then_some(out)
}

/// An entry's lines joined by one space, but a word hyphenated at a line's
/// end (`Barcelo-` / `na, Debate`, `com-` / `parada`) is joined whole: a
/// lowercase letter and a hyphen end the line, a lowercase letter opens the
/// next, and the word is no address (`…-quarenta-anos-` / `depois>` of a
/// URL keeps its hyphen).
/// Whether the last word of `t` is a link: it opens with `http://`,
/// `https://`, `www.` or `doi:`.
fn ends_with_link(t: &str) -> bool {
    let word = t.rsplit(char::is_whitespace).next().unwrap_or("");
    ["http://", "https://", "www.", "doi:"]
        .iter()
        .any(|p| word.starts_with(p))
}

/// Whether the last word of `s` is a link to a site's home page
/// (`https://www.ine.es/`): a host and one slash, no path. It ends an
/// entry as a link ending in a letter does; a resolver's address
/// (`https://doi.org/`, `hdl.handle.net/`) waits for its identifier.
fn site_home_at_end(s: &str) -> bool {
    let host = link_at_end(s, false).and_then(|r| r.strip_suffix('/'));
    host.is_some_and(|h| {
        h.contains('.') && !h.contains('/') && !RESOLVERS.iter().any(|r| h.eq_ignore_ascii_case(r))
    })
}

/// The last word of `s` past its `https://` or `http://` (or, where `www`,
/// its `www.`), if it is a link.
fn link_at_end(s: &str, www: bool) -> Option<&str> {
    let word = s.split_whitespace().next_back()?;
    word.strip_prefix("https://")
        .or_else(|| word.strip_prefix("http://"))
        .or_else(|| word.strip_prefix("www.").filter(|_| www))
}

/// Whether `s` ends with a URL broken after a slash (`https://doi.org/10.3989/`):
/// its last word opens with `http://`, `https://` or `www.`, and ends
/// with `/` past the host's, or after a resolver's host (`https://doi.org/`);
/// or it is a DOI broken after its prefix's slash (`doi:10.1056/`).
fn url_open_at_end(s: &str) -> bool {
    let rest = link_at_end(s, true);
    let doi = || {
        s.split_whitespace().next_back().is_some_and(|w| {
            w.get(..4).is_some_and(|d| d.eq_ignore_ascii_case("doi:"))
                && w[4..].trim_start().starts_with("10.")
                && w.ends_with('/')
        })
    };
    rest.is_some_and(|r| {
        let host = r.trim_end_matches('/');
        r.ends_with('/')
            && (host.contains('/') || RESOLVERS.iter().any(|h| host.eq_ignore_ascii_case(h)))
    }) || doi()
}

/// The words of a paper as it spells them, each without its first letter
/// (which a sentence's start capitalises): every run of letters
/// (`nonrandomized` as `onrandomized`), and every two runs joined by one
/// hyphen (`meta-analysis` as `eta`, `analysis`). Read once, in one pass,
/// so that each word broken at a line's end is looked up, not searched
/// for in the whole text.
struct Spellings<'v> {
    whole: HashSet<&'v str>,
    hyphened: HashSet<(&'v str, &'v str)>,
}

impl<'v> Spellings<'v> {
    fn of(view: &'v str) -> Spellings<'v> {
        let mut whole = HashSet::default();
        let mut hyphened = HashSet::default();
        // The runs of letters, with whether a lone hyphen joins each to the
        // one before it.
        let mut prev: Option<(usize, usize)> = None;
        let mut iter = view.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if !c.is_alphabetic() {
                if c != '-' {
                    prev = None;
                }
                continue;
            }
            let start = i;
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                iter.next();
            }
            let tail = |a: usize, b: usize| {
                let w = &view[a..b];
                &w[w.chars().next().map_or(0, char::len_utf8)..]
            };
            whole.insert(tail(start, end));
            if let Some((a, b)) = prev.filter(|&(_, b)| view[b..start] == *"-") {
                hyphened.insert((tail(a, b), &view[start..end]));
            }
            prev = Some((start, end));
        }
        Spellings { whole, hyphened }
    }
}

/// Whether a word broken after a hyphen at a line's end, `out` ending in
/// its first part and the hyphen and `next` opening with the rest, is a
/// compound that keeps its hyphen. The paper's own spelling decides first:
/// the word written with its hyphen elsewhere (`meta-` / `analysis` where
/// `meta-analysis` stands in a line) keeps it, written without one
/// (`nonrandomized`) joins. Otherwise it keeps it after one of the
/// grammars' `names.hyphen_prefixes` (`self-` / `controlled`, `non-` /
/// `randomized`), and a word only broken joins (`inter-` / `national`).
fn keeps_hyphen(out: &str, next: &str, spellings: &Spellings<'_>, grammar: &Grammar) -> bool {
    let head = &out[..out.len() - 1];
    let first = head
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let second = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if first.is_empty() || second.is_empty() {
        return false;
    }
    // The word as written elsewhere, its first letter aside (which a
    // sentence's start capitalises: `Laboratory-confirmed`), whole: no
    // letter after it.
    let skip = first.chars().next().map_or(0, char::len_utf8);
    let tail = &first[skip..];
    if tail.chars().count() >= 2 && second.chars().count() >= 3 {
        if spellings.hyphened.contains(&(tail, second)) {
            return true;
        }
        // `non-` / `randomized` where the paper writes `nonrandomized`.
        if spellings.whole.contains(format!("{tail}{second}").as_str()) {
            return false;
        }
    }
    grammar
        .hyphen_prefixes
        .binary_search(&first.to_lowercase())
        .is_ok()
}

/// Hosts whose address is followed by an identifier (`https://doi.org/`
/// `10.1000/xyz`): a link ending after their slash is unfinished.
const RESOLVERS: [&str; 3] = ["doi.org", "dx.doi.org", "hdl.handle.net"];

/// The lines of an entry joined: a word broken after a hyphen at a line's
/// end joined again, save a suspended hyphen before a word of the grammars'
/// `names.suspended_hyphen` (`Kommunal-` / `und Staatspolitik`); the
/// hyphen kept in a compound ([`keeps_hyphen`]: `self-` / `controlled`); a
/// URL or DOI broken after a slash or before a dot (`https://www.cdc` /
/// `.gov/flu/`) and a range after its dash joined without a space, and CJK
/// text without one.
fn join_entry_lines<'v>(
    view: &'v str,
    pieces: &[Span],
    grammar: &Grammar,
    spellings: &std::sync::OnceLock<Spellings<'v>>,
) -> String {
    let mut out = String::new();
    for (i, p) in pieces.iter().enumerate() {
        let piece = view.get(p.start..p.end).unwrap_or("");
        push_entry_line(&mut out, piece, i == 0, view, grammar, spellings);
    }
    out
}

/// Adds one line of an entry to the text of the lines before it, as
/// [`join_entry_lines`] joins them. Only the end of `out` is read, so an
/// entry of many lines costs the sum of its lines, not their square.
fn push_entry_line<'v>(
    out: &mut String,
    piece: &str,
    first: bool,
    view: &'v str,
    grammar: &Grammar,
    spellings: &std::sync::OnceLock<Spellings<'v>>,
) {
    if !first {
        let next_lower = piece
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        if next_lower
            && crate::text::hyphenated_at_end(out)
            && !crate::text::suspended_before(piece, &grammar.suspended_hyphen)
        {
            if !keeps_hyphen(
                out,
                piece.trim_start(),
                spellings.get_or_init(|| Spellings::of(view)),
                grammar,
            ) {
                out.pop();
            }
            out.push_str(piece.trim_start());
            return;
        }
        // A URL broken after a slash (`https://doi.org/10.3989/` /
        // `ris.2015.73.2.e012`, `doi:10.1056/` / `NEJMoa1702090`), or
        // before a dot of its host or path (`https://www.cdc` /
        // `.gov/flu/about/index.html`).
        let next = piece.trim_start();
        let dotted = next.strip_prefix('.').is_some_and(|r| {
            r.starts_with(|c: char| c.is_ascii_alphanumeric())
                && !r.starts_with(|c: char| c.is_ascii_digit())
        }) && link_at_end(out, true).is_some();
        if (url_open_at_end(out) || dotted)
            && next.starts_with(|c: char| c.is_alphanumeric() || c == '.')
        {
            out.push_str(next);
            return;
        }
        // A span of years or pages broken after its dash (`1799–` /
        // `1914`).
        if crate::text::range_open_at_end(out)
            && piece.trim_start().starts_with(|c: char| c.is_ascii_digit())
        {
            out.push_str(piece.trim_start());
            return;
        }
        // Chinese or Japanese text broken at the line's width (`生活·读
        // 书·新` / `知三联书店`, `中央公論新` / `　社`): no space.
        let next = piece.trim_start();
        if next.starts_with(crate::text::unspaced_script)
            && out.trim_end().ends_with(crate::text::unspaced_script)
        {
            out.truncate(out.trim_end().len());
            out.push_str(next);
            return;
        }
        out.push(' ');
    }
    out.push_str(piece);
}

/// Whether `text` holds a date other than a span of years in brackets,
/// which a history's title holds (`documentos (1889-1930).`) and which
/// dates no entry.
fn dated_outside_title(text: &str, grammar: &Grammar) -> bool {
    let dates = grammar.dates.find_all(text);
    let in_span = |d: &crate::syntax::date::DateMatch| {
        let open = text[..d.start].ends_with('(') && text[d.start..d.end].len() == 4;
        let after = text[d.end..].trim_start_matches(['-', '–']);
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let opened = open
            && after.len() < text.len() - d.end
            && (2..=4).contains(&digits)
            && after[digits..].starts_with(')');
        let close = text[d.end..].starts_with(')')
            && text[..d.start]
                .trim_end_matches(['-', '–'])
                .strip_suffix(|c: char| c.is_ascii_digit())
                .is_some()
            && text[..d.start].ends_with(['-', '–']);
        // `Business Culture in the British Atlantic, 1750–1815.`: a span of
        // two full years after a comma ends a title, as history books'
        // subtitles do. (A span may also date a work in several volumes
        // after its imprint, `Oxford: Clarendon, 1973–1980.`; but a line
        // that is an imprint alone is then no entry of its own either.)
        let first =
            if text[d.start..d.end].len() == 4 && digits == 4 && after.len() < text.len() - d.end {
                Some(d.start)
            } else {
                text[..d.start].strip_suffix(['-', '–']).and_then(|before| {
                    let year = before.trim_end_matches(|c: char| c.is_ascii_digit());
                    (text[d.start..d.end].len() == 4 && before.len() - year.len() == 4)
                        .then_some(year.len())
                })
            };
        let title_span = first.is_some_and(|at| text[..at].ends_with(", "));
        opened || close || title_span
    };
    dates.iter().any(|d| !in_span(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> Grammar {
        Grammar::builtin()
    }

    #[test]
    fn a_bracketed_remark_goes_on_with_the_entry_above() {
        for t in [
            "(zitiert als AA IV).",
            "(first published 1923)",
            "( = Studien zur Rechtsgeschichte 12)",
            "[trad. it. 1998]",
        ] {
            assert!(bracket_remark_line(t), "{t}");
        }
        for t in [
            "(Hrsg.): Handbuch",
            "(a) first",
            "(1923)",
            "Kant, Immanuel",
            "(AA IV)",
        ] {
            assert!(!bracket_remark_line(t), "{t}");
        }
        let text = "Literatur\n\nKant, Immanuel: Grundlegung zur Metaphysik der Sitten, Berlin 1903\n(zitiert als AA IV).\nKant, Immanuel: Kritik der praktischen Vernunft, Berlin 1908.\n";
        let s = segment(text, InputFormat::Text, &g());
        let entries: Vec<&str> = s.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(entries.len(), 2, "{entries:?}");
        assert!(entries[0].ends_with("(zitiert als AA IV)."), "{entries:?}");
    }

    /// The lines of `text`, each a piece, joined as an entry's are.
    fn joined(text: &str, g: &Grammar) -> String {
        let mut pieces = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            pieces.push(Span::new(at, at + line.len()));
            at += line.len() + 1;
        }
        join_entry_lines(text, &pieces, g, &std::sync::OnceLock::new())
    }

    #[test]
    fn a_page_number_with_the_next_pages_running_head_under_it_ends_a_note() {
        let g = g();
        // No form feed and no blank line: the running head, a line the
        // paper repeats, stands right under the page number.
        let text = "中外法学 2021 年第 2 期\n\n正文甲①。正文乙②。\n\n\
                    ① 参见王泽鉴：《侵权行为》，北京大学出版社2016年版，第45页。\n\
                    ② 参见最高人民法院（2019）最高法民终123号民事判决书。\n\
                    \u{20}               · 301 ·\n\
                    中外法学 2021 年第 2 期\n\n正文丙。\n";
        let seg = segment(text, InputFormat::Text, &g);
        let last = seg.notes.last().unwrap();
        let note = crate::source::join_pieces(&seg.view, &last.pieces);
        assert!(note.trim_end().ends_with("判决书。"), "{note:?}");
    }

    #[test]
    fn a_numbered_cjk_section_heading_is_no_note() {
        let g = g();
        assert!(cjk_section_heading(" 结果与讨论", &g));
        assert!(cjk_section_heading(" 研究方法", &g));
        assert!(cjk_section_heading(" はじめに", &g));
        // A note's text: a sentence, a work in title marks, a back-reference.
        assert!(!cjk_section_heading(
            " 参见王利明：《民法总论》，第45页。",
            &g
        ));
        assert!(!cjk_section_heading(" 王利明《民法总论》", &g));
        assert!(!cjk_section_heading(" 同上", &g));
        assert!(!cjk_section_heading(" Results and discussion", &g));
        // `3 结果与讨论` after `[1,3,7]` in the text is a heading, not note 3.
        let text = "一、引言\n\n已有研究多从内容分析入手[1,3,7]，较少关注语义关联。\n\n3 结果与讨论\n\n国外高校更重视数据的长期保存。\n";
        assert!(segment(text, InputFormat::Text, &g).notes.is_empty());
    }

    #[test]
    fn a_compound_keeps_its_hyphen_at_a_lines_end_and_a_broken_word_joins() {
        let g = g();
        // A first part of `names.hyphen_prefixes`.
        assert_eq!(
            joined("a self-\ncontrolled design", &g),
            "a self-controlled design"
        );
        assert_eq!(
            joined("Non-\nrandomized trials", &g),
            "Non-randomized trials"
        );
        // A word broken only.
        assert_eq!(
            joined("an inter-\nnational cohort", &g),
            "an international cohort"
        );
        assert_eq!(joined("a co-\nhort study", &g), "a cohort study");
        // The compound written whole elsewhere in the paper.
        let text = "a meta-\nanalysis of trials\nLaboratory-confirmed cases and\na meta-analysis";
        assert!(joined(text, &g).starts_with("a meta-analysis of trials"));
        assert_eq!(
            joined(
                "after laboratory-\nconfirmed influenza; Laboratory-confirmed",
                &g
            ),
            "after laboratory-confirmed influenza; Laboratory-confirmed"
        );
        // Written whole elsewhere, a prefix's word joins.
        assert_eq!(
            joined("non-\nrandomized trials; nonrandomized", &g),
            "nonrandomized trials; nonrandomized"
        );
        // Only as a whole word: `meta-analyses` is no `meta-analysis`.
        assert_eq!(
            joined("a meta-\nanalysis x meta-analyses", &g),
            "a metaanalysis x meta-analyses"
        );
    }

    #[test]
    fn a_link_or_doi_broken_at_a_lines_end_joins_without_a_space() {
        let g = g();
        assert_eq!(
            joined(
                "Accessed 2023. https://www.cdc\n.gov/flu/about/index.html",
                &g
            ),
            "Accessed 2023. https://www.cdc.gov/flu/about/index.html"
        );
        assert_eq!(
            joined("2020;323(5):1-2. doi:10.1001/\njama.2020.1234", &g),
            "2020;323(5):1-2. doi:10.1001/jama.2020.1234"
        );
        // A sentence after a link that ends its line opens a word.
        assert_eq!(
            joined("https://www.cdc.gov/flu\nAccessed 2023.", &g),
            "https://www.cdc.gov/flu Accessed 2023."
        );
        // A number after a period is no part of a host (`www.x.org` / `.5`).
        assert_eq!(joined("https://x.org\n.5 mg", &g), "https://x.org .5 mg");
    }

    #[test]
    fn a_line_of_journal_numbers_opens_no_entry() {
        let g = g();
        for line in [
            "№ 2. С. 12–25.",
            "1988. Vol. 94. P. S95–S120.",
            "2012. № 2. С. 12–25.",
            "Vol. 12, no. 3, pp. 4–9.",
            "Bd. 45, S. 12–30.",
        ] {
            assert!(journal_numbers_line(line, &g), "{line}");
        }
        for line in [
            "Volkov A. Trust. M.: Nauka, 2004.",
            "1988. The Year of the Dragon. London: Penguin.",
            "Nováková, J. (2019). Důvěra. Praha: Karolinum.",
            "Vol. of essays.",
        ] {
            assert!(!journal_numbers_line(line, &g), "{line}");
        }
    }

    #[test]
    fn a_number_alone_is_no_entry_head() {
        assert!(!looks_like_entry_head("2013."));
        assert!(!looks_like_entry_head("45-67."));
        assert!(!looks_like_entry_head("ISBN 80-7203-314-8."));
        assert!(looks_like_entry_head("SILVA, João. Título."));
    }

    #[test]
    fn a_note_that_ends_on_a_locator_word_waits_for_its_number() {
        let g = g();
        assert!(is_incomplete(
            "Bisariyadi, \"Judul\", Jurnal Konstitusi, Vol.",
            &g
        ));
        assert!(is_incomplete("Soekanto, Pengantar, hlm.", &g));
        // An initial, or a word that is no locator, ends a note.
        assert!(!is_incomplete("Letter from John S.", &g));
        assert!(!is_incomplete("Smith, Title, London.", &g));
    }

    #[test]
    fn a_form_feed_ends_the_last_note_of_a_page() {
        let text = "Text one1 and two2.\n\n1 SILVA, op. cit., p. 3.\n2 Ibid., p. 4.\n\u{c}Revista de Estudos, v. 8, n. 2, 2021     116\n\nMore text.\n";
        let s = segment(text, InputFormat::Text, &g());
        assert_eq!(s.notes.len(), 2);
        let last = &s.notes[1];
        let end = last.pieces.last().unwrap().end;
        assert_eq!(&text[last.pieces[0].start..end], "Ibid., p. 4.");
    }

    /// Text copied from a PDF viewer has no form feed: a page number
    /// alone after a complete note, a blank line after it, is the page's;
    /// after an open end (`pp. 45–`) it is the note's last line.
    #[test]
    fn a_page_number_after_a_complete_note_ends_the_page_without_a_form_feed() {
        let note_text = |text: &str, n: usize| {
            let s = segment(text, InputFormat::Text, &g());
            crate::source::join_pieces(&s.view, &s.notes[n].pieces)
        };
        let text = "Text one1 and two.2\n\n1 Donkin, op. cit., p. 12 n. 4.\n                              12\n\n2 Ibid., p. 4.\n\nMore text.\n";
        assert_eq!(note_text(text, 0), "Donkin, op. cit., p. 12 n. 4.");
        let text = "Text one1 and two.2\n\n1 Donkin, The Cistercians (Toronto, 1978), pp. 45–\n67\n\n2 Ibid., p. 4.\n\nMore text.\n";
        assert!(
            note_text(text, 0).ends_with("45–\n67"),
            "{:?}",
            note_text(text, 0)
        );
    }

    #[test]
    fn bracketed_labels_need_their_markers_and_are_no_headings() {
        let text = "はじめに\n\n問題がある（1）。議論もある（2）。\n\n（1）学説の展開\n\n本文である。\n\n（1）小林健二『司法審査の理論』弘文堂、2005年、3頁。\n（2）同上、5頁。\n（3）同書、7頁。\n";
        let seg = segment(text, InputFormat::Text, &g());
        let numbers: Vec<u32> = seg.notes.iter().map(|n| n.number).collect();
        // `（1）学説の展開` is a heading; `（3）` has no marker, but it is
        // the next number on the line after note 2: a note whose marker
        // is missing, not a line of note 2.
        assert_eq!(numbers, [1, 2, 3]);
        assert!(crate::source::join_pieces(&seg.view, &seg.notes[0].pieces).starts_with("小林健二"));
        assert_eq!(
            crate::source::join_pieces(&seg.view, &seg.notes[1].pieces),
            "同上、5頁。"
        );
        assert_eq!(seg.markers.len(), 2);
        // A paper whose notes are not labelled `(1)` has no such markers:
        // `Art. 6(1)` and `Courts(2)` name subsections.
        let text = "The state decides.¹ See Courts(2) and Art. 6(1).\n\n¹ Smith, Title, 4.\n";
        let seg = segment(text, InputFormat::Text, &g());
        assert_eq!(seg.markers.len(), 1);
    }

    #[test]
    fn a_note_whose_marker_was_lost_is_a_note_of_its_own() {
        let text = "Stern shows it.1 The Company acted as a sovereign. Others differ.3\n\n\
                    1. Philip J. Stern, The Company-State (Oxford: Oxford University Press,\n\
                    2011), 4.\n\
                    2. Ibid., 9-12.\n\
                    3. K. N. Chaudhuri, The Trading World of Asia (Cambridge, 1978), 19.\n";
        let seg = segment(text, InputFormat::Text, &g());
        let numbers: Vec<u32> = seg.notes.iter().map(|n| n.number).collect();
        assert_eq!(numbers, [1, 2, 3]);
        let note = |i: usize| crate::source::join_pieces(&seg.view, &seg.notes[i].pieces);
        assert!(note(0).ends_with("2011), 4."), "{}", note(0));
        assert_eq!(note(1), "Ibid., 9-12.");
        // Only the next number goes on without its marker: `5.` after
        // note 3 skips one and stays a line of it.
        let skipped = text.replace("3. K. N.", "5. K. N.");
        let seg = segment(&skipped, InputFormat::Text, &g());
        let numbers: Vec<u32> = seg.notes.iter().map(|n| n.number).collect();
        assert_eq!(numbers, [1, 2]);
        // After a blank line the block of notes has ended: a numbered
        // line there is no note without its marker.
        let apart = "Stern shows it.1 More text.\n\n1. Philip J. Stern, The Company-State (Oxford, 2011), 4.\n\n2. The second point of a list.\n";
        let seg = segment(apart, InputFormat::Text, &g());
        assert_eq!(seg.notes.len(), 1);
    }

    #[test]
    fn a_label_alone_on_its_line_labels_the_lines_after_it() {
        let g = g();
        for indent in ["", "  "] {
            let text = format!(
                "Varios estudios1. Lohmann fue pionero2.\n\n1\n{indent}Guillermo Lohmann Villena, Los regidores, Sevilla,\n1983, p. 25.\n2\n{indent}Ibid., p. 30.\n"
            );
            let s = segment(&text, InputFormat::Text, &g);
            let notes: Vec<(u32, String)> = s
                .notes
                .iter()
                .map(|n| (n.number, crate::source::join_pieces(&s.view, &n.pieces)))
                .collect();
            assert_eq!(
                notes,
                [
                    (
                        1,
                        "Guillermo Lohmann Villena, Los regidores, Sevilla,\n1983, p. 25."
                            .to_string()
                    ),
                    (2, "Ibid., p. 30.".to_string()),
                ],
                "indent {indent:?}"
            );
            assert_eq!(s.markers.len(), 2);
        }
    }

    #[test]
    fn a_page_number_alone_on_its_line_is_no_label() {
        let g = g();
        // Before a page's first line, on it, before a running head, after
        // a sentence broken off at the page's foot, before text in
        // mid-sentence: each `2` follows the marker `2`, the next number.
        for page in [
            "2\n\u{c}CLAIRE DUMOULIN, La Peur.\n",
            "\u{c}2\nLa Grande Peur de 1789.\n",
            "2\nLA GRANDE PEUR\n\n",
            "de la panique\n2\nLa foule se leva.\n",
            "2\nde la panique de 1789.\n",
        ] {
            let text = format!(
                "La peur1 naît de la misère2 et de la disette.\n\n1 Georges Lefebvre, La Grande Peur, Paris, 1932, p. 45.\n\n{page}\nLa suite du texte.\n\n2 Ibid., p. 61.\n"
            );
            let s = segment(&text, InputFormat::Text, &g);
            let labels: Vec<(u32, &str)> = s
                .notes
                .iter()
                .map(|n| (n.number, &s.view[n.label.start..n.label.end]))
                .collect();
            assert_eq!(labels, [(1, "1 "), (2, "2 ")], "{page:?}");
        }
    }

    #[test]
    fn a_later_label_with_its_marker_wins_over_an_unmarked_one() {
        // `2. …` on the line after note 1 is the note's own list: the note
        // 2 that the text marks comes later.
        let text = "One claim.1\n\n1. Two readings exist:\n2. the narrow one.\n\nA second claim.2\n\n2. Smith, Title, 4.\n";
        let seg = segment(text, InputFormat::Text, &g());
        let numbers: Vec<u32> = seg.notes.iter().map(|n| n.number).collect();
        assert_eq!(numbers, [1, 2]);
        let second = crate::source::join_pieces(&seg.view, &seg.notes[1].pieces);
        assert_eq!(second, "Smith, Title, 4.");
    }

    #[test]
    fn list_labels_past_four_digits_go_on_from_the_label_before() {
        let mut text = String::from("Body [1].\n\nReferences\n\n");
        for n in 9_998..=10_002 {
            text.push_str(&format!(
                "{n}. Doe J, Roe K. A study of case {n}. J Things. 2019;3:1-5.\n"
            ));
        }
        let s = segment(&text, InputFormat::Text, &g());
        let labels: Vec<&str> = s
            .entries
            .iter()
            .filter_map(|e| e.label.as_deref())
            .collect();
        assert_eq!(labels, ["9998", "9999", "10000", "10001", "10002"]);
        // A number of five digits that opens a broken line out of sequence
        // (a postcode) goes on the entry before it.
        let text = "Body [1].\n\nReferences\n\n1. Doe J. A study of things. Berlin Institute,\n10115. Berlin, 2019.\n2. Roe K. Another study of things. J Things. 2020;4:5-9.\n3. Poe E. A third study of things. J Things. 2021;5:1-4.\n";
        let s = segment(text, InputFormat::Text, &g());
        let texts: Vec<&str> = s.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[0].ends_with("10115. Berlin, 2019."), "{texts:?}");
    }

    #[test]
    fn a_year_opening_a_broken_line_of_a_numbered_list_is_no_label() {
        let text = "Body [1], [2].\n\nReferences\n\n1. World Health Organization. Influenza (seasonal). Published October 3,\n2023. Accessed May 1, 2024. https://www.who.int/news-room/fact-sheets\n2. Doe J, Roe K. A trial of things. N Engl J Med. 2020;382:1-9.\n3. Poe E. Another trial. Lancet. 2021;397:5-9.\n";
        let s = segment(text, InputFormat::Text, &g());
        let got: Vec<(Option<&str>, &str)> = s
            .entries
            .iter()
            .map(|e| (e.label.as_deref(), e.text.as_str()))
            .collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].0, Some("1"));
        assert!(
            got[0]
                .1
                .ends_with("2023. Accessed May 1, 2024. https://www.who.int/news-room/fact-sheets"),
            "{got:?}"
        );
        assert_eq!(got[1].0, Some("2"));
    }

    #[test]
    fn delimiters_read_a_line_at_a_time_agree_with_the_whole_text() {
        for text in [
            "Smith, „Titel“ und «titre» (vol. 2) [n.p.] 『書名』 *Title*",
            "Doe, “Open quote (and bracket",
            "»Zitat« and \"straight\" and „Titlu\" done",
            "（全角）〔注〕「引用」 ) ] 』 ",
        ] {
            let whole = unbalanced(text);
            for (cut, _) in text.char_indices() {
                let mut d = Delimiters::default();
                d.read(&text[..cut]);
                d.read(&text[cut..]);
                assert_eq!(d.open(), whole, "{text:?} cut at {cut}");
            }
        }
        assert!(unbalanced("Doe, “Open quote (and bracket"));
        assert!(!unbalanced(
            "Smith, „Titel“ und «titre» (vol. 2) [n.p.] 『書名』 *Title*"
        ));
    }

    #[test]
    fn numbered_lists_in_the_body_are_no_notes() {
        // No marker, no note heading, texts that cite nothing: a list.
        let list = "We test three hypotheses:\n\n(1) Remote teams write more messages.\n(2) Remote teams talk less often.\n(3) Newcomers lose most.\n\nResults follow.\n";
        for text in [
            list.to_string(),
            list.replace("(1)", "1)")
                .replace("(2)", "2)")
                .replace("(3)", "3)"),
            list.replace("(1)", "1.")
                .replace("(2)", "2.")
                .replace("(3)", "3."),
        ] {
            let seg = segment(&text, InputFormat::Text, &g());
            assert!(seg.notes.is_empty(), "{text}");
            assert!(seg.markers.is_empty(), "{text}");
        }
        // In a paper with superscript notes, the list's items are text and
        // their markers count.
        let text = "Intro text.¹ More.²\n\nWe test:\n\n(1) Remote work changes how often teams talk.³\n(2) New members lose most of their contacts.\n\n¹ John Smith, Remote Work (London: Verso, 1999), 12.\n² Ibid., 14.\n³ Smith, Remote Work, 20.\n";
        let seg = segment(text, InputFormat::Text, &g());
        assert_eq!(seg.notes.len(), 3);
        let marked: Vec<(u32, &str)> = seg
            .markers
            .iter()
            .map(|m| (m.number, &text[m.span.start..m.span.end]))
            .collect();
        assert_eq!(marked, [(1, "¹"), (2, "²"), (3, "³")]);
        // Texts that read as citations are notes.
        let text = "Body text.\n\n(1) John Smith, Remote Work (London: Verso, 1999), 12.\n(2) Ibid., 14.\n(3) Smith, Remote Work, 20.\n";
        let seg = segment(text, InputFormat::Text, &g());
        assert_eq!(seg.notes.len(), 3);
    }

    #[test]
    fn a_list_in_the_body_stays_out_of_the_notes_under_a_heading() {
        let notes = |text: &str| {
            let seg = segment(text, InputFormat::Text, &g());
            let texts: Vec<String> = seg
                .notes
                .iter()
                .map(|n| crate::source::join_pieces(&seg.view, &n.pieces))
                .collect();
            (texts, seg.markers.len())
        };
        // Notes labelled `(1)` under `Notes`, no markers; a list before.
        let text = "We test two hypotheses:\n\n(1) Remote work changes how often teams talk.\n(2) New members lose most of their contacts.\n\nNotes\n\n(1) John Smith, Remote Work (London: Verso, 1999), 12.\n(2) Ibid., 14.\n";
        let (firsts, _) = notes(text);
        assert_eq!(firsts.len(), 2, "{firsts:?}");
        assert!(firsts[0].starts_with("John Smith"));
        assert!(firsts[1].starts_with("Ibid."));
        // The same with markers in the text before the list, which would
        // let the list's labels pass for notes, and a note heading `注`.
        let text = "本文である（1）。議論もある（2）。\n\n次の二点を検討する。\n\n（1）制度の沿革を確認したうえで検討する。\n（2）判例の展開を整理したうえで検討する。\n\n注\n\n（1）小林健二『司法審査の理論』弘文堂、2005年、3頁。\n（2）同上、5頁。\n";
        let (firsts, markers) = notes(text);
        assert_eq!(firsts.len(), 2, "{firsts:?}");
        assert!(firsts[0].starts_with("小林健二"));
        assert!(firsts[1].starts_with("同上"));
        assert_eq!(markers, 2);
    }

    #[test]
    fn spaced_bracketed_markers_only_where_notes_are_labelled_so() {
        let markers = |text: &str| -> Vec<(u32, String)> {
            let seg = segment(text, InputFormat::Text, &g());
            seg.markers
                .iter()
                .map(|m| {
                    // The word before the marker, and the marker.
                    let before = text[..m.span.start].split_whitespace().last();
                    let at = &text[m.span.start..m.span.end];
                    (m.number, format!("{} {at}", before.unwrap_or("")))
                })
                .collect()
        };
        let notes = "\n\n(1) G. Vedel, Droit administratif, Paris, PUF, 1958, p. 12.\n(2) Ibid., p. 14.\n(3) CE, 10 févr. 1905, Tomaso Grecco, Rec. p. 139.\n";
        // In sequence; not a number a label word names (`l'équation (2)`),
        // nor a repeat out of the sequence (`(1)` after `(3)`).
        let body = "La faute (1) est définie par l'équation (2). Le juge l'admet (2), \
                    en 1905 (3), puis (1).";
        let want: Vec<(u32, String)> = [(1, "faute (1)"), (2, "l'admet (2)"), (3, "1905 (3)")]
            .iter()
            .map(|&(n, s)| (n, s.to_string()))
            .collect();
        assert_eq!(markers(&format!("{body}{notes}")), want);
        // With notes labelled otherwise, a spaced `(1)` marks nothing.
        let body = "La faute (1) est admise.¹ Le juge (2) aussi.²";
        let notes =
            "\n\n¹ G. Vedel, Droit administratif, Paris, PUF, 1958, p. 12.\n² Ibid., p. 14.\n";
        let got = markers(&format!("{body}{notes}"));
        assert_eq!(
            got.iter().map(|m| m.0).collect::<Vec<_>>(),
            [1, 2],
            "{got:?}"
        );
        assert!(got.iter().all(|m| !m.1.contains('(')), "{got:?}");
    }

    #[test]
    fn page_numbers_in_many_forms_are_furniture() {
        for line in [
            "12",
            "- 12 -",
            "― 46 ―",
            "－ 7 －",
            "４６",
            "· 52 ·",
            "·53·",
            "\u{c}",
        ] {
            assert!(is_page_number_line(line), "{line:?}");
        }
        for line in ["2010年", "12345", "― ―x"] {
            assert!(!is_page_number_line(line), "{line:?}");
        }
    }

    #[test]
    fn ditto_marks() {
        assert_eq!(ditto_prefix("_____. “Title.”"), Some(7));
        assert_eq!(ditto_prefix("———. Title"), Some(11));
        assert_eq!(ditto_prefix("——, Title"), Some(8));
        assert_eq!(ditto_prefix("- Title"), None);
        // German lists: one long dash before a colon.
        assert_eq!(ditto_prefix("–: Der Titel"), Some("–: ".len()));
        assert_eq!(ditto_prefix("—: Titel"), Some("—: ".len()));
        assert_eq!(ditto_prefix("– Titel"), None);
        assert_eq!(ditto_prefix("—, Título"), Some("—, ".len()));
        assert_eq!(ditto_prefix("—. Título"), Some("—. ".len()));
        assert_eq!(ditto_prefix("— Título"), None);
        assert_eq!(ditto_prefix("–, Titel"), None);
        assert_eq!(ditto_prefix("-: Titel"), None);
        assert_eq!(ditto_prefix("Smith"), None);
    }

    #[test]
    fn incomplete_notes() {
        let g = g();
        assert!(is_incomplete(
            "Hosoe, “Russia following the invasion of",
            &g
        ));
        assert!(is_incomplete("“The Case,” *Policy", &g));
        assert!(!is_incomplete(
            "Jervis(1978), op. cit.; Brown(1997), op. cit. 참조",
            &g
        ));
        assert!(!is_incomplete(
            "김철수·박영희(2024), op. cit., pp. 215-219",
            &g
        ));
        assert!(!is_incomplete("Smith, Title (2020).", &g));
    }

    #[test]
    fn split_note_takes_the_tail_before_the_next_block() {
        let text = "Body one.¹⁾ More body.²⁾\n\n1) Smith, “A Title,” *Journal*, 2020.\n\n2) Jones, “Broken\n\nBody continues on the next page.³⁾\n\nTitle,” *Review*, 2021.\n\n3) Ibid., p. 4.\n";
        let s = segment(text, InputFormat::Text, &g());
        assert_eq!(s.notes.len(), 3);
        let t2 = crate::source::join_pieces(&s.view, &s.notes[1].pieces);
        assert_eq!(t2, "Jones, “Broken Title,” *Review*, 2021.");
        assert_eq!(s.markers.len(), 3);
        assert!(s
            .body
            .iter()
            .any(|b| s.view[b.start..b.end].starts_with("Body continues")));
    }

    #[test]
    fn split_note_takes_a_tail_at_the_foot_of_a_page_without_notes() {
        // Page 2 has no notes of its own: the tail of note 2 sits at its
        // foot, before the page number, and body text follows on page 3.
        let text = "Body one.¹⁾ More body.²⁾\n\n1) Smith, “A Title,” *Journal*, 2020.\n\n2) Jones, “Broken Title,”\n\n- 2 -\n\nBody of page two.\n\n*Review* 12, no. 3 (2021), pp. 4-9.\n\n- 3 -\n\nBody of page three.³⁾\n\n3) Ibid., p. 4.\n";
        let s = segment(text, InputFormat::Text, &g());
        assert_eq!(s.notes.len(), 3);
        let t2 = crate::source::join_pieces(&s.view, &s.notes[1].pieces);
        assert_eq!(
            t2,
            "Jones, “Broken Title,” *Review* 12, no. 3 (2021), pp. 4-9."
        );
        // Prose at a page foot is not taken.
        let text = "Body one.¹⁾\n\n1) Jones, “Broken Title,”\n\n- 2 -\n\nThe argument goes on here.\n\n- 3 -\n\nMore.²⁾\n\n2) Ibid.\n";
        let s = segment(text, InputFormat::Text, &g());
        let t1 = crate::source::join_pieces(&s.view, &s.notes[0].pieces);
        assert_eq!(t1, "Jones, “Broken Title,”");
    }

    #[test]
    fn notes_ending_in_a_name_are_incomplete() {
        let g = g();
        // `s.` is a German signal word, but the `s` of `James` is no signal.
        assert!(is_incomplete(
            "Welenfield, Charles, Robert Jervis, and James",
            &g
        ));
        assert!(!is_incomplete("이 논문을 참조", &g));
        assert!(!is_incomplete("Smith 2020, 45.", &g));
    }

    #[test]
    fn bulleted_entry_without_a_date_goes_on_unbulleted() {
        let text = "References\n\n• Doe, Jane. *Order of Things*.\nNew York: W. W. Norton, 2001.\n• Doe, Jane. *Second*. Boston: Beacon, 2005.\nRoe, Ann. *Third*. Boston: Beacon, 2006.\n• Poe, Al. *Fourth*. Boston: Beacon, 2007.\n";
        let s = segment(text, InputFormat::Text, &g());
        let texts: Vec<&str> = s.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Doe, Jane. *Order of Things*. New York: W. W. Norton, 2001.",
                "Doe, Jane. *Second*. Boston: Beacon, 2005.",
                "Roe, Ann. *Third*. Boston: Beacon, 2006.",
                "Poe, Al. *Fourth*. Boston: Beacon, 2007.",
            ]
        );
    }

    #[test]
    fn sub_headings_of_a_list_are_known_by_their_shape() {
        for line in [
            "Primary Sources",
            "Secondary sources:",
            "B. Archival Collections",
            "II. Books and Articles",
            "(a) Newspapers",
            "A Articles/Books/Reports",
        ] {
            assert!(sub_heading_shape(line), "{line}");
        }
        for line in [
            "Smith, John. Title. London, 2001.",
            "Press, 1998.",
            "1983.",
            "the rest of a title that runs on and on here",
            "A Very Long Line Of Capitalised Words That Goes On Past Six",
            "“Quoted Title”",
            "Maunz/Dürig/",
            "Palandt/ Sprau",
        ] {
            assert!(!sub_heading_shape(line), "{line}");
        }
        let text = "Body.\n\nBibliography\n\nArchival Collections\n\nBritish Library, Add. MS 44529, Gladstone Papers.\n\nPublished Works\n\nAnderson, Olive. A Liberal State at War. London:\n  Macmillan, 1967.\nBrewer, John. The Sinews of Power. London: Unwin\n  Hyman, 1989.\n";
        let s = segment(text, InputFormat::Text, &g());
        let entries: Vec<&str> = s.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            entries,
            vec![
                "British Library, Add. MS 44529, Gladstone Papers.",
                "Anderson, Olive. A Liberal State at War. London: Macmillan, 1967.",
                "Brewer, John. The Sinews of Power. London: Unwin Hyman, 1989.",
            ]
        );
    }

    #[test]
    fn a_list_split_by_sub_headings_is_read_whole() {
        let text = "제목\n\n본문에서 참고문헌을 말한다.\n\n참고문헌\n\n1. 국내문헌\n\n(1) 단행본\n\n김철수, 『동맹의 정치』, 한울, 2010.\n박영희, 『억지의 논리』,\n나남, 2015.\n\n(2) 논문\n\n이민호, 「동맹과 억지」, 『국제정치논총』 제50권, 2012.\n\n2. 외국문헌\n\nSmith, John, The Alliance, New York: Norton, 2001.\n";
        let s = segment(text, InputFormat::Text, &g());
        let texts: Vec<&str> = s.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "김철수, 『동맹의 정치』, 한울, 2010.",
                "박영희, 『억지의 논리』, 나남, 2015.",
                "이민호, 「동맹과 억지」, 『국제정치논총』 제50권, 2012.",
                "Smith, John, The Alliance, New York: Norton, 2001.",
            ]
        );
        // A heading word in the body before a list of its own is not its start.
        let text = "참고문헌\n\n이 글은 여러 문헌을 살펴보았으나 그 목록은 아래에 따로 붙였다.\n이 문단에는 연도가 없다.\n\n국외문헌\n\nSmith, John, The Alliance, New York: Norton, 2001.\n";
        let s = segment(text, InputFormat::Text, &g());
        assert_eq!(s.entries.len(), 1);
    }

    #[test]
    fn an_appendix_by_its_letter_ends_the_list() {
        let g = g();
        for heading in [
            "A TUNING",
            "B  ADDITIONAL RESULTS",
            "APPENDIX A. PROOFS",
            "Appendix B: Data",
        ] {
            assert!(appendix_heading(heading, &g), "{heading}");
        }
        // Entries and their broken lines hold punctuation or lowercase.
        for line in [
            "A Survey of Methods. 2020.",
            "A Multiscale Representation for Anti-Aliasing",
            "Appendix to the Report of the Commission, 1880.",
            "A",
        ] {
            assert!(!appendix_heading(line, &g), "{line}");
        }
        let text = "Text [1].\n\nREFERENCES\n[1] Ann Lee. 2020. A Title. In Proceedings of X. 1–2.\n\nA TUNING\nWe tune k as in [1]; see Table 5.\n";
        let s = segment(text, InputFormat::Text, &g);
        assert_eq!(s.entries.len(), 1);
        assert!(!s.entries[0].text.contains("TUNING"));
    }

    #[test]
    fn a_history_line_after_the_list_ends_it() {
        let g = g();
        assert!(dated_end_heading(
            "Received January 2024; revised April 2024; accepted May 2024",
            &g
        ));
        assert!(!dated_end_heading(
            "Ann Lee. 2020. Received Wisdom. Press.",
            &g
        ));
    }

    #[test]
    fn a_page_range_broken_after_its_dash_is_no_label() {
        let text = "Text [1], [2].\n\nREFERENCES\n[1] Ann Lee. 2009. A Title. Journal 3, 4 (2009), 333–\n    389. https://doi.org/10.1/x\n[2] Bo Kim. 2010. Other. Journal 4, 1 (2010), 1–9.\n";
        let s = segment(text, InputFormat::Text, &g());
        let texts: Vec<&str> = s.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].contains("333–389"), "{texts:?}");
        // The next label after a dash opens its entry.
        let entry = |t: &str| RawEntry {
            text: t.into(),
            pieces: Vec::new(),
            ditto: false,
            label: None,
            periodical: false,
        };
        assert!(range_goes_on(Some(&entry("…, 333–")), 389, Some(21)));
        assert!(!range_goes_on(Some(&entry("…, 333–")), 22, Some(21)));
        assert!(!range_goes_on(Some(&entry("…, 333–389.")), 389, Some(21)));
    }

    #[test]
    fn a_line_opening_two_pages_alike_is_a_running_head() {
        let text = "Body one.\n\n\u{c}Conf ’24, May 2024, Lisbon      Lee and Kim\nBody two.\n\n\u{c}Conf ’24, May 2024, Lisbon      Lee and Kim\nBody three.\n\n\u{c}A different first line of prose\nBody four.\n";
        let lines = lines_of(text);
        let heads = running_heads(text, &lines, |_| false);
        let texts: Vec<&str> = heads
            .iter()
            .map(|&i| text[lines[i].start..lines[i].end].trim_start_matches('\u{c}'))
            .collect();
        assert_eq!(heads.len(), 2, "{texts:?}");
        assert!(texts.iter().all(|t| t.starts_with("Conf")));
    }

    #[test]
    fn broken_bibliography_entries_are_rejoined() {
        let text = "References\n\n- Smith, John. “A Title.” *Journal*, November\n\n- 22, 2024.\n-\n- _____. “Second.” *Review*, 2021.\nJones, Ann. *Book*. Press, 2019.\n- Lee, K. “Title of the\n- and more.” 2020.\n";
        let s = segment(text, InputFormat::Text, &g());
        let texts: Vec<&str> = s.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Smith, John. “A Title.” *Journal*, November 22, 2024.",
                "_____. “Second.” *Review*, 2021.",
                "Jones, Ann. *Book*. Press, 2019.",
                "Lee, K. “Title of the and more.” 2020.",
            ]
        );
        assert!(s.entries[1].ditto);
    }

    #[test]
    fn a_short_list_of_short_cjk_entries_is_a_bibliography() {
        // Entries of 18 and 19 characters, 30 columns and more as set.
        let text = "兵法研究\n\n孙子的生平见于史书①。\n\n① 司马迁：《史记》，中华书局1982年版，第5页。\n\n参考文献\n\n司马迁：《史记》，中华书局1982年版。\n班固：《汉书》，中华书局1962年版。\n";
        let s = segment(text, InputFormat::Text, &g());
        let texts: Vec<&str> = s.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "司马迁：《史记》，中华书局1982年版。",
                "班固：《汉书》，中华书局1962年版。"
            ]
        );
        // A heading followed by short lines only opens none.
        let text = "Title\n\nBody.\n\nReferences\n\nSee above.\nNone here.\n";
        assert!(segment(text, InputFormat::Text, &g()).entries.is_empty());
    }

    #[test]
    fn a_link_to_a_home_page_ends_an_entry_and_a_resolver_waits() {
        assert!(site_home_at_end("Encuesta. https://www.inei.gob.pe/"));
        assert!(site_home_at_end("Report. http://example.org/"));
        // A resolver's address waits for its identifier on the next line.
        assert!(!site_home_at_end("Title. https://doi.org/"));
        assert!(!site_home_at_end("Title. https://hdl.handle.net/"));
        // A path broken after a slash goes on, and so does a bare slash.
        assert!(!site_home_at_end("Title. https://www.ine.es/datos/"));
        assert!(!site_home_at_end("Title. https://"));
        assert!(!site_home_at_end("and/"));
        let text = "References\n\nInstituto Nacional. (2020). Encuesta.\nhttps://www.ine.es/\nPérez, M. (2019). Trabajo. CEPAL.\nRoe, A. (2018). Data. https://doi.org/\n10.1000/xyz\n";
        let s = segment(text, InputFormat::Text, &g());
        let texts: Vec<&str> = s.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Instituto Nacional. (2020). Encuesta. https://www.ine.es/",
                "Pérez, M. (2019). Trabajo. CEPAL.",
                "Roe, A. (2018). Data. https://doi.org/10.1000/xyz",
            ]
        );
    }

    #[test]
    fn a_line_ending_in_an_initial_after_a_join_or_a_contributor_word_goes_on() {
        let g = Grammar::builtin();
        for t in [
            "Karabel, J. (1977) Power and Ideology, in J. Karabel and A. H.",
            "ALPA G., Il contratto, in Trattato, diretto da A.",
            "SACCO R., La conclusione, in Trattato dei contratti, a cura di P.",
            "Smith, J. (2001) Essays, edited by R. J.",
        ] {
            assert!(ends_with_joined_initials(t, &g), "{t}");
        }
        for t in [
            // An entry that ends on a name's initials, or on initials
            // after a word that names nobody.
            "Roppo V., Il contratto, Milano, 2011, rec. di A.",
            "Report of the Board, written by staff of the U. S.",
            "Essays, diretto da A. B. C. D.",
            "Freed. J.",
        ] {
            assert!(!ends_with_joined_initials(t, &g), "{t}");
        }
    }

    #[test]
    fn an_imprint_line_continues_a_dateless_entry() {
        let text = "Bibliography\n\nDoe, Jane. *The Book*.\nNew York: W. W. Norton, 1984.\n_____. 『책』.\n파주: 나남, 1971.\nRoe, Ann. *Other*. Boston: Beacon, 2001.\nReading, MA: Addison-Wesley, 1983.\n";
        let s = segment(text, InputFormat::Text, &g());
        let texts: Vec<&str> = s.entries.iter().map(|e| e.text.as_str()).collect();
        // The last line follows an entry that has its date: an entry of its own.
        assert_eq!(
            texts,
            vec![
                "Doe, Jane. *The Book*. New York: W. W. Norton, 1984.",
                "_____. 『책』. 파주: 나남, 1971.",
                "Roe, Ann. *Other*. Boston: Beacon, 2001.",
                "Reading, MA: Addison-Wesley, 1983.",
            ]
        );
    }

    #[test]
    fn a_span_of_years_ending_a_title_leaves_the_entry_dateless() {
        // Chicago: a book's subtitle may end in a span of years; the
        // imprint on the next line is the entry's own.
        let text = "Bibliography\n\nHaggerty, Sheryllynne. Business Culture in the British Atlantic, 1750–1815.\nLiverpool: Liverpool University Press, 2012.\nHancock, David. Oceans of Wine. New Haven, CT: Yale University Press, 2009.\nSheridan, Richard B. Sugar and Slavery: An Economic History of the British West Indies, 1623–1775.\nBaltimore: Johns Hopkins University Press, 1973.\nMorgan, Kenneth. Bristol Trade (1500–1800).\nOxford: Clarendon, 1993.\nRoe, Ann. Letters. Oxford: Clarendon, 1973–1980.\nPoe, Ed. Tales. London: Routledge, 1983.\n";
        let s = segment(text, InputFormat::Text, &g());
        let texts: Vec<&str> = s.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Haggerty, Sheryllynne. Business Culture in the British Atlantic, 1750–1815. Liverpool: Liverpool University Press, 2012.",
                "Hancock, David. Oceans of Wine. New Haven, CT: Yale University Press, 2009.",
                "Sheridan, Richard B. Sugar and Slavery: An Economic History of the British West Indies, 1623–1775. Baltimore: Johns Hopkins University Press, 1973.",
                // A span in brackets or after an imprint is the entry's date.
                "Morgan, Kenneth. Bristol Trade (1500–1800). Oxford: Clarendon, 1993.",
                "Roe, Ann. Letters. Oxford: Clarendon, 1973–1980.",
                "Poe, Ed. Tales. London: Routledge, 1983.",
            ]
        );
    }

    #[test]
    fn a_title_line_continues_an_entry_of_names_alone() {
        let text = "References\n\nDoe, Jane, and John Roe.\n“Archive Power.” *Security* 25, no. 4 (1971): 281–321.\nRoe, Ann. 2001. *Other*. Boston: Beacon.\n“Anonymous Title.” *Gazette*, 1999.\n";
        let s = segment(text, InputFormat::Text, &g());
        let texts: Vec<&str> = s.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Doe, Jane, and John Roe. “Archive Power.” *Security* 25, no. 4 (1971): 281–321.",
                "Roe, Ann. 2001. *Other*. Boston: Beacon.",
                "“Anonymous Title.” *Gazette*, 1999.",
            ]
        );
    }

    /// (chapter, number) pairs.
    type Numbered = Vec<(u32, u32)>;

    /// (chapter, number) of every note, and of every marker.
    fn numbered(s: &Segments) -> (Numbered, Numbered) {
        (
            s.notes.iter().map(|n| (n.chapter, n.number)).collect(),
            s.markers.iter().map(|m| (m.chapter, m.number)).collect(),
        )
    }

    #[test]
    fn a_numbered_list_after_the_notes_is_no_chapter() {
        let chapters = "Text.1 More.2\n\n1. Smith, *Book* (Press, 2000), 4.\n2. Ibid., 5.\n\nChapter 2\n\nNew.1 Again.2\n\n1. Roe, *Other* (Press, 2001), 3.\n2. Ibid., 6.\n";
        let s = segment(chapters, InputFormat::Text, &g());
        assert_eq!(s.chapters, 2);
        assert_eq!(
            numbered(&s),
            (
                vec![(1, 1), (1, 2), (2, 1), (2, 2)],
                vec![(1, 1), (1, 2), (2, 1), (2, 2)]
            )
        );
        let appendix = "Text.1 More.2\n\n1. Smith, *Book* (Press, 2000), 4.\n2. Ibid., 5.\n\nAppendix\n\n1. Data were cleaned.\n2. Code is online.\n";
        let s = segment(appendix, InputFormat::Text, &g());
        assert_eq!(s.chapters, 1);
        assert_eq!(numbered(&s).0, vec![(1, 1), (1, 2)]);
    }

    #[test]
    fn a_longer_first_chapter_does_not_take_the_next_chapters_numbers() {
        // Chapter 1 has notes 1–3, chapter 2 notes 1–5: the first run must
        // not read chapter 2's `4.` and `5.` as its own.
        let text = format!(
            "One.{a} Two.{b} Three.{c}\n\n1. Doe, *A* (P, 2000), 1.\n2. Ibid., 2.\n3. Ibid., 3.\n\n\
             Chapter 2\n\nUno.{a} Dos.{b} Tres.{c} Cuatro.{d} Cinco.{e}\n\n\
             1. Roe, *B* (P, 2001), 1.\n2. Ibid., 2.\n3. Ibid., 3.\n4. Ibid., 4.\n5. Ibid., 5.\n",
            a = sup(1),
            b = sup(2),
            c = sup(3),
            d = sup(4),
            e = sup(5)
        );
        let s = segment(&text, InputFormat::Text, &g());
        let (notes, markers) = numbered(&s);
        let expected = vec![
            (1, 1),
            (1, 2),
            (1, 3),
            (2, 1),
            (2, 2),
            (2, 3),
            (2, 4),
            (2, 5),
        ];
        assert_eq!(notes, expected);
        assert_eq!(markers, expected);
    }

    #[test]
    fn endnotes_of_every_chapter_at_the_end_of_a_book_are_read() {
        // Every chapter's text first, then one block of notes per chapter.
        let text = format!(
            "Chapter 1\n\nA.{a} B.{b}\n\nChapter 2\n\nC.{a} D.{b} E.{c}\n\nNotes\n\n\
             Chapter 1\n\n1. Doe, *A* (P, 2000), 1.\n2. Ibid., 2.\n\n\
             Chapter 2\n\n1. Roe, *B* (P, 2001), 1.\n2. Ibid., 2.\n3. Doe, *A*, 9.\n",
            a = sup(1),
            b = sup(2),
            c = sup(3)
        );
        let s = segment(&text, InputFormat::Text, &g());
        let (notes, markers) = numbered(&s);
        assert_eq!(notes, vec![(1, 1), (1, 2), (2, 1), (2, 2), (2, 3)]);
        assert_eq!(markers, notes);
        assert_eq!(s.notes[4].pieces.len(), 1);
        let last = &text[s.notes[4].pieces[0].start..s.notes[4].pieces[0].end];
        assert_eq!(last, "Doe, *A*, 9.");
    }

    #[test]
    fn a_chapter_may_start_on_the_page_where_the_last_one_ends() {
        // Chapter 2's first marker stands above chapter 1's last notes at
        // the foot of the same page.
        let text = format!(
            "Old text.{a} More.{b}\n\nChapter 2\n\nNew text.{a}\n\n\
             1. Doe, *A* (P, 2000), 1.\n2. Ibid., 2.\n1. Roe, *B* (P, 2001), 1.\n\n\
             12\n\nMore new text.{b}\n\n2. Ibid., 7.\n",
            a = sup(1),
            b = sup(2)
        );
        let s = segment(&text, InputFormat::Text, &g());
        let (notes, markers) = numbered(&s);
        assert_eq!(notes, vec![(1, 1), (1, 2), (2, 1), (2, 2)]);
        assert_eq!(markers, notes);
    }

    /// `n` in superscript digits.
    fn sup(n: u32) -> String {
        n.to_string()
            .chars()
            .map(|d| {
                "⁰¹²³⁴⁵⁶⁷⁸⁹"
                    .chars()
                    .nth(d as usize - '0' as usize)
                    .unwrap_or('⁰')
            })
            .collect()
    }

    #[test]
    fn notes_run_past_ten_thousand_where_the_sequence_reaches_them() {
        let mut text = String::new();
        for n in 1..=10_002 {
            text.push_str(&format!("Claim {n}.{}⁾\n\n{n}) Ibid., {n}.\n\n", sup(n)));
        }
        let s = segment(&text, InputFormat::Text, &g());
        assert_eq!(s.notes.len(), 10_002);
        assert_eq!(s.notes.last().map(|n| n.number), Some(10_002));
        assert_eq!(s.markers.len(), 10_002);
    }

    #[test]
    fn five_digit_numbers_start_no_note_sequence() {
        let text = "Text.¹⁾ Value x¹²³⁴⁵ here.\n\n1) Smith, *Book* (Press, 2000).\n\n12345) Postcode line here.\n12346) Another line.\n";
        let s = segment(text, InputFormat::Text, &g());
        let numbers: Vec<u32> = s.notes.iter().map(|n| n.number).collect();
        assert_eq!(numbers, [1]);
        let markers: Vec<u32> = s.markers.iter().map(|m| m.number).collect();
        assert_eq!(markers, [1]);
    }

    #[test]
    fn body_enumeration_is_not_a_footnote() {
        let text = "Two reasons: 1) cost and\n\n1) price here.\n\nBody text.¹⁾\n\n1) Smith, *Book* (Press, 2000).\n";
        let s = segment(text, InputFormat::Text, &g());
        assert_eq!(s.notes.len(), 1);
        assert!(s.view[s.notes[0].pieces[0].start..].starts_with("Smith"));
    }

    #[test]
    fn html_links_between_notes_and_markers_are_markers_and_labels() {
        // Google Docs: `[1]` linking to `#ftnt1`, the note linking back.
        let gdocs = "<p><span>Text.</span><sup><a href=\"#ftnt1\" id=\"ftnt_ref1\">[1]</a></sup> More.</p><hr><div><p><a href=\"#ftnt_ref1\" id=\"ftnt1\">[1]</a><span>&nbsp;Hobbes, Leviathan, 62.</span></p></div>";
        // pandoc: the marker links to `#fn1`, the note ends on a `↩︎` back.
        let pandoc = "<p>Text.<a href=\"#fn1\" class=\"footnote-ref\" id=\"fnref1\" role=\"doc-noteref\"><sup>1</sup></a> More.</p>\n<section class=\"footnotes\"><ol>\n<li id=\"fn1\"><p>Hobbes, Leviathan, 62.<a href=\"#fnref1\" class=\"footnote-back\" role=\"doc-backlink\">↩︎</a></p></li>\n</ol></section>";
        for text in [gdocs, pandoc] {
            let s = segment(text, InputFormat::Html, &g());
            assert_eq!(s.markers.len(), 1, "{text}");
            assert_eq!(s.markers[0].number, 1);
            let marker = &text[s.markers[0].span.start..s.markers[0].span.end];
            assert!(marker.starts_with('<') && marker.ends_with('>'), "{marker}");
            assert_eq!(s.notes.len(), 1, "{text}");
            let note = crate::text::decode_entities(&crate::source::join_pieces(
                &s.view,
                &s.notes[0].pieces,
            ));
            assert_eq!(note.trim(), "Hobbes, Leviathan, 62.", "{text}");
        }
        // Links to reference-list entries are left to the citation reader.
        let numeric =
            "<p>Reefs<sup><a href=\"#ref-CR1\">1</a></sup>. Heat<a href=\"#b2\">2</a>.</p>";
        let (_, markers) = make_view(numeric, InputFormat::Html);
        assert_eq!(markers.len(), 1, "only the <sup>");
    }

    #[test]
    fn html_notes_after_a_bibliography_are_notes() {
        // Word writes its footnotes at the end of the page, after the
        // bibliography.
        let text = "<p>Body.<a href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span class=MsoFootnoteReference>[1]</span></a></p>\n<h2>Bibliography</h2>\n<p>Ostrom, Elinor. <i>Governing the Commons</i>. Cambridge: Cambridge University Press, 1990.</p>\n<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href=\"#_ftnref1\" name=\"_ftn1\" title=\"\"><span class=MsoFootnoteReference>[1]</span></a> Ostrom, <i>Governing the Commons</i>, 90.</p></div>";
        let s = segment(text, InputFormat::Html, &g());
        assert_eq!(s.notes.len(), 1);
        assert_eq!(s.notes[0].number, 1);
        assert_eq!(s.entries.len(), 1);
        assert_eq!(s.markers.len(), 1);
    }

    #[test]
    fn html_tags_are_blanked_and_sup_markers_found() {
        let text = "<p>Text<sup>1</sup> more</p>\n<p>x</p>";
        let (view, markers) = make_view(text, InputFormat::Html);
        assert_eq!(view.len(), text.len());
        assert_eq!(markers.len(), 1);
        assert_eq!(markers[0].number, 1);
        assert!(!view.contains('<'));
    }
}
