//! Shared by the graph and export tests: fixture loading and documents
//! built by hand (in-text sites, repeated note numbers, hostile text) that
//! the extractor cannot be relied on to produce.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(dead_code)]

use opcit::diagnostic::{Code, Diagnostic};
use opcit::grammar::Grammar;
use opcit::model::{
    Citation, CitationKind, CitationStyle, CslDate, CslItem, CslName, Document, Footnote, Locator,
    Reference, Status,
};
use opcit::source::{SourceFile, Span};
use std::path::PathBuf;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Reads and analyses a fixture.
pub fn fixture(name: &str) -> Document {
    let path = root().join("fixtures").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    opcit::analyze(
        &SourceFile::new(name, text),
        &Grammar::builtin(),
        Default::default(),
    )
}

/// The bundled Korean paper.
pub const PAPER: &str = "003_6aea26d404a189d0.txt";

/// The bundled paper, analysed once per test binary.
pub fn paper() -> Document {
    static DOC: std::sync::OnceLock<Document> = std::sync::OnceLock::new();
    DOC.get_or_init(|| fixture(PAPER)).clone()
}

pub fn person(family: &str, given: &str) -> CslName {
    CslName {
        family: Some(family.into()),
        given: Some(given.into()),
        literal: None,
        static_ordering: false,
        given_first: false,
    }
}

pub fn org(name: &str) -> CslName {
    CslName {
        literal: Some(name.into()),
        ..CslName::default()
    }
}

pub fn citation(id: &str, footnote: Option<u32>, span: Span, text: &str) -> Citation {
    Citation {
        footnote,
        ..Citation::unlinked(id.into(), CitationKind::Full, text.into(), span)
    }
}

pub fn reference(id: &str, index: Option<usize>, span: Span, fields: CslItem) -> Reference {
    let mut fields = fields;
    fields.id = id.into();
    Reference {
        id: id.into(),
        bibliography_index: index,
        raw: fields.title.clone().unwrap_or_default(),
        span,
        ditto: false,
        label: None,
        year_suffix: None,
        fields,
        unparsed: None,
    }
}

pub fn footnote(number: u32, span: Span, text: &str) -> Footnote {
    Footnote {
        number,
        chapter: 1,
        text: text.into(),
        label: Span::new(span.start, span.start + 2),
        pieces: vec![span],
        markers: vec![],
        text_map: Default::default(),
    }
}

pub fn empty_document() -> Document {
    Document {
        style: CitationStyle::Mixed,
        footnotes: vec![],
        markers: vec![],
        citations: vec![],
        references: vec![],
        bibliography: None,
        diagnostics: vec![],
    }
}

/// Titles that try to break out of every format's quoting.
pub const HOSTILE: [&str; 13] = [
    "Quotes \"double\" and 'single'",
    "Back\\slash \\n not a newline \\\\ and a trailing \\",
    "a < b & c > d",
    "line one\nline two\r\nline three",
    "\"]; x -> y; [",
    "</node></graph><node id=\"evil\">",
    "\u{1b}[2J cleared the screen",
    "nul\u{0}byte",
    "한국어 제목: 북러 군사협력",
    "Русский заголовок",
    "{braces} 50% $x$ #1 a_b ~ ^ \\textbf{bold}",
    "TY  - JOUR\nER  - ",
    "@misc{evil, title={x}} %",
];

/// A document whose every string is hostile: one bibliography entry per
/// hostile title (authors and venues hostile too), one note citing each,
/// a dangling ibid, and an uncited entry.
pub fn hostile_document() -> Document {
    let mut doc = empty_document();
    doc.style = CitationStyle::Notes;
    let mut pos = 0;
    let mut next_span = |len: usize| {
        let s = Span::new(pos, pos + len);
        pos += len + 1;
        s
    };
    let n = HOSTILE.len();
    for (i, title) in HOSTILE.iter().enumerate() {
        let fspan = next_span(50);
        let number = u32::try_from(i + 1).unwrap();
        doc.footnotes
            .push(footnote(number, fspan, &format!("{}) {title}", i + 1)));
        let mut c = citation(
            &format!("c{}", i + 1),
            Some(number),
            Span::new(fspan.start + 3, fspan.end),
            title,
        );
        c.reference = Some(format!("b{}", i + 1));
        c.status = Some(Status::Resolved);
        c.locator = Some(Locator {
            label: "page".into(),
            value: format!("{}–{}", i + 1, i + 3),
            ..Default::default()
        });
        doc.citations.push(c);
        let authors = match i % 4 {
            0 => vec![person(title, "J. \"Q\"")],
            1 => vec![person("김", "철수"), person("Иванов", "Иван")],
            2 => vec![org(title)],
            _ => vec![person("O'Brien <x>", "A & B")],
        };
        let item = CslItem {
            kind: ["article-journal", "book", "webpage", "chapter"][i % 4].into(),
            title: Some((*title).into()),
            author: authors,
            container_title: (i % 2 == 0).then(|| format!("Journal of {title}")),
            publisher: (i % 2 == 1).then(|| format!("Press {title}")),
            publisher_place: Some("Seoul & {Moscow}".into()),
            volume: Some("9".into()),
            issue: Some("4".into()),
            page: Some("3–43".into()),
            issued: Some(CslDate::new(2000 + i as i32, Some(6), Some(17), None)),
            url: (i % 3 == 0).then(|| format!("https://example.org/{i}?q=a_b&x={{y}} z")),
            accessed: Some(CslDate::new(2025, Some(1), Some(2), None)),
            ..CslItem::default()
        };
        doc.references.push(reference(
            &format!("b{}", i + 1),
            Some(i + 1),
            Span::new(10_000 + i * 100, 10_050 + i * 100),
            item,
        ));
    }
    // A dangling ibid in a last note, and an entry nothing cites.
    let fspan = next_span(20);
    let last = u32::try_from(n + 1).unwrap();
    doc.footnotes
        .push(footnote(last, fspan, "Ibid. \"]; z -> w; ["));
    let mut ibid = citation(
        &format!("c{}", n + 1),
        Some(last),
        fspan,
        "Ibid. \"]; z -> w; [",
    );
    ibid.kind = CitationKind::Ibid;
    ibid.status = Some(Status::Dangling);
    doc.citations.push(ibid);
    doc.diagnostics.push(Diagnostic::new(
        Code::DanglingShortForm,
        fspan,
        "`Ibid.` has no citation before it",
    ));
    let uncited_span = Span::new(20_000, 20_040);
    doc.references.push(reference(
        &format!("b{}", n + 1),
        Some(n + 1),
        uncited_span,
        CslItem {
            kind: "book".into(),
            title: Some("Uncited </graph> \"]; u -> v; [".into()),
            author: vec![person("Nobody", "N.")],
            ..CslItem::default()
        },
    ));
    doc.diagnostics.push(Diagnostic::new(
        Code::UncitedReference,
        uncited_span,
        "bibliography entry is cited nowhere",
    ));
    doc
}

/// The text a format that cannot carry XML-illegal characters keeps.
pub fn xml_kept(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || ('\u{20}'..='\u{D7FF}').contains(&c)
                || ('\u{E000}'..='\u{FFFD}').contains(&c)
                || c >= '\u{10000}'
        })
        .collect()
}
