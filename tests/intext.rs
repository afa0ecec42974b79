//! In-text citations of STEM papers: every marker of each fixture and the
//! reference-list entry it must link to, written by reading the fixture
//! (like eyecite's resolution tables), and the traps that must yield no
//! citation. A row is (line, citation text, number, expected link); the
//! table must match the citations found exactly, so a trap that turned
//! into a citation fails it too.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use opcit::diagnostic::Code;
use opcit::grammar::Grammar;
use opcit::model::{CitationStyle, Document, Status};
use opcit::source::SourceFile;
use opcit::{analyze, Options};
use std::sync::LazyLock;

/// Compiled once for every test.
static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

fn run(path: &str) -> (SourceFile, Document) {
    let bytes = std::fs::read(path).unwrap();
    let source = SourceFile::from_bytes(path, &bytes);
    let doc = analyze(&source, &GRAMMAR, Options::default());
    (source, doc)
}

/// Where a citation must point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    /// The n-th entry of the reference list (1-based).
    Entry(usize),
    /// No entry fits: `unresolved-citation`.
    Unresolved,
    /// Two entries fit: `ambiguous-citation`.
    Ambiguous,
}
use Link::{Ambiguous, Entry, Unresolved};

type Row = (usize, &'static str, &'static str, Link);

fn table(source: &SourceFile, doc: &Document) -> Vec<(usize, String, String, Link)> {
    doc.citations
        .iter()
        .filter(|c| c.site.is_some())
        .map(|c| {
            let link = match c.status {
                Some(Status::Resolved) => Entry(
                    c.reference
                        .as_deref()
                        .and_then(|r| doc.reference(r))
                        .and_then(|r| r.bibliography_index)
                        .unwrap_or(0),
                ),
                Some(Status::Ambiguous) => Ambiguous,
                _ => Unresolved,
            };
            (
                source.line_col(c.span.start).line,
                c.text.clone(),
                c.label.clone().unwrap_or_default(),
                link,
            )
        })
        .collect()
}

fn check_table(path: &str, want: &[Row]) -> (SourceFile, Document) {
    let (source, doc) = run(path);
    let got = table(&source, &doc);
    let want: Vec<(usize, String, String, Link)> = want
        .iter()
        .map(|&(l, t, n, k)| (l, t.to_string(), n.to_string(), k))
        .collect();
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g, w, "{path}: citation {}", i + 1);
    }
    assert_eq!(got.len(), want.len(), "{path}: number of citations");
    (source, doc)
}

/// No citation may touch any occurrence of these strings.
fn assert_traps(source: &SourceFile, doc: &Document, traps: &[&str]) {
    let text = source.text();
    for trap in traps {
        let mut found = false;
        for (at, _) in text.match_indices(trap) {
            found = true;
            let end = at + trap.len();
            for c in &doc.citations {
                assert!(
                    c.span.end <= at || c.span.start >= end,
                    "{}: `{trap}` became citation `{}`",
                    source.name(),
                    c.text
                );
            }
        }
        assert!(found, "trap `{trap}` is not in {}", source.name());
    }
}

fn codes(doc: &Document) -> Vec<Code> {
    let mut v: Vec<Code> = doc.diagnostics.iter().map(|d| d.code).collect();
    v.sort();
    v
}

#[test]
fn ieee_brackets_link_by_label() {
    let (source, doc) = check_table(
        "fixtures/numeric_ieee_en.txt",
        &[
            (10, "1", "1", Entry(1)),
            (10, "2", "2", Entry(2)),
            (10, "3", "3", Entry(3)),
            (10, "4", "4", Entry(4)),
            (10, "[4]–[6]", "5", Entry(5)),
            (10, "6", "6", Entry(6)),
            (10, "7", "7", Entry(7)),
            (10, "8", "8", Entry(8)),
            (10, "9", "9", Entry(9)),
            (10, "10", "10", Entry(10)),
            (12, "3–5", "3", Entry(3)),
            (12, "3–5", "4", Entry(4)),
            (12, "3–5", "5", Entry(5)),
            (12, "11", "11", Entry(11)),
            (12, "12", "12", Entry(12)),
            (16, "4", "4", Entry(4)),
            (16, "13", "13", Entry(13)),
            (16, "12", "12", Entry(12)),
            (28, "7", "7", Entry(7)),
            (28, "14", "14", Entry(14)),
            (28, "16", "16", Unresolved),
            (32, "8", "8", Entry(8)),
        ],
    );
    assert_eq!(doc.style, CitationStyle::Numeric);
    assert!(
        doc.footnotes.is_empty(),
        "numbered headings and the list are no notes"
    );
    assert_eq!(doc.references.len(), 15);
    assert_traps(
        &source,
        &doc,
        &[
            "[0, 1]",
            "[2, 5]",
            "a[1]",
            "wx + b (1)",
            "Eq. (2)",
            "(2)\n",
            "Fig. 3",
            "Table 2",
            "Table [1]",
            "In 2019",
            "94.2%",
            "Section 4",
        ],
    );
    let c10 = doc
        .citations
        .iter()
        .find(|c| c.label.as_deref() == Some("10"))
        .unwrap();
    assert_eq!(c10.locator.as_ref().map(|l| l.value.as_str()), Some("12"));
    let site = doc.citations[0].site.as_ref().unwrap();
    assert_eq!(site.section.as_deref(), Some("1. Introduction"));
    // An undelimited IEEE book: natural-order initials, the title up to
    // the `Place: Publisher` sentence.
    let book = &doc.references[9].fields;
    let families: Vec<_> = book
        .author
        .iter()
        .filter_map(|n| n.family.as_deref())
        .collect();
    assert_eq!(families, ["Kanya", "Ito"]);
    assert_eq!(
        book.title.as_deref(),
        Some("Reference Parsing: A Practical Guide")
    );
    assert_eq!(book.publisher_place.as_deref(), Some("Berlin, Germany"));
    assert_eq!(book.publisher.as_deref(), Some("Springer"));
    assert_eq!(
        codes(&doc),
        [Code::UncitedReference, Code::UnresolvedCitation]
    );
}

#[test]
fn nature_html_superscripts_link_by_position_in_an_unnumbered_list() {
    let (source, doc) = check_table(
        "fixtures/numeric_nature.html",
        &[
            (17, "1", "1", Entry(1)),
            (17, "2", "2", Entry(2)),
            (17, "3", "3", Entry(3)),
            (17, "4-6", "4", Entry(4)),
            (17, "4-6", "5", Entry(5)),
            (17, "4-6", "6", Entry(6)),
            (18, "7", "7", Entry(7)),
            (18, "8", "8", Entry(8)),
            (18, "9", "9", Entry(9)),
            (18, "10", "10", Entry(10)),
            (22, "5", "5", Entry(5)),
            (23, "11", "11", Entry(11)),
            (23, "12-14", "12", Entry(12)),
            (23, "12-14", "13", Entry(13)),
            (23, "12-14", "14", Entry(14)),
        ],
    );
    assert_eq!(doc.style, CitationStyle::Numeric);
    assert!(
        doc.markers.is_empty(),
        "superscripts are citations, not note markers"
    );
    assert_eq!(doc.references[0].label.as_deref(), Some("1"));
    assert_traps(
        &source,
        &doc,
        &[
            "10<sup>3</sup>",
            "Okafor<sup>1</sup>",
            "<sup>1</sup>Institute",
            "10<sup>4</sup>",
            "km<sup>2</sup>",
            "<i>R</i><sup>2</sup>",
            "6<sup>th</sup>",
            "(Fig. 2 and Table 1)",
        ],
    );
    assert_eq!(codes(&doc), [Code::UncitedReference]);
}

#[test]
fn apa_author_date_by_surname_year_and_letter() {
    let (source, doc) = check_table(
        "fixtures/author_date_apa_en.md",
        &[
            (11, "Walker & Stickgold, 2006", "", Entry(12)),
            (11, "Diekelmann & Born, 2010", "", Entry(5)),
            (11, "Twenge et al., 2017", "", Entry(11)),
            (11, "Hale & Guan, 2015", "", Entry(6)),
            (11, "Carter et al., 2016", "", Entry(3)),
            (11, "Carskadon (2011)", "", Entry(2)),
            (11, "Crowley et al. (2018)", "", Entry(4)),
            (13, "Lemola, 2019a", "", Entry(7)),
            (13, "Lemola, 2019b", "", Entry(8)),
            (13, "Lemola (2019a)", "", Entry(7)),
            (13, "Lemola, 2019b", "", Entry(8)),
            (13, "Lemola, 2019", "", Ambiguous),
            (
                17,
                "American Psychological Association (2020)",
                "",
                Entry(1),
            ),
            (17, "WHO, n.d.", "", Entry(13)),
            (21, "Walker and Stickgold (2006)", "", Entry(12)),
            (21, "Nguyen & Osei, in press", "", Entry(9)),
            (21, "Hale and Guan (2015)", "", Entry(6)),
            (21, "Smithson, 2012", "", Unresolved),
        ],
    );
    assert_eq!(doc.style, CitationStyle::AuthorDate);
    assert_traps(
        &source,
        &doc,
        &[
            "(n = 412, age 13–17)",
            "June (2019)",
            "Table 2 (2020)",
            "(2020–2021)",
            "(1939–1945)",
            "2023-04-02",
        ],
    );
    let eg = doc
        .citations
        .iter()
        .find(|c| c.text.starts_with("Hale & Guan"))
        .unwrap();
    assert_eq!(eg.signal.as_deref(), Some("e.g."));
    let lemola = doc.reference("b7").unwrap();
    assert_eq!(lemola.year_suffix, Some('a'));
    let narrative = doc
        .citations
        .iter()
        .filter(|c| c.site.as_ref().unwrap().narrative)
        .count();
    assert_eq!(narrative, 6);
    let c = codes(&doc);
    assert!(c.contains(&Code::AmbiguousCitation));
    assert!(c.contains(&Code::UnresolvedCitation));
    assert!(c.contains(&Code::UncitedReference));
}

#[test]
fn german_author_date_with_slashes_and_u_a() {
    let (source, doc) = check_table(
        "fixtures/author_date_de.txt",
        &[
            (7, "Müller/Schmidt, 2019", "", Entry(4)),
            (7, "Becker u. a., 2021", "", Entry(1)),
            (7, "Hartmann, 2015", "", Entry(2)),
            (7, "Wagner und Keller (2018)", "", Entry(7)),
            (7, "Becker u. a. (2021)", "", Entry(1)),
            (9, "Schulz, 2020a", "", Entry(5)),
            (9, "Schulz, 2020b", "", Entry(6)),
            (9, "Schulz (2020a)", "", Entry(5)),
            (9, "KMK, 2016", "", Entry(3)),
            (13, "Hartmann (2015)", "", Entry(2)),
            (13, "Vogel, 2017", "", Unresolved),
            (17, "Müller und Schmidt (2019)", "", Entry(4)),
        ],
    );
    assert_eq!(doc.style, CitationStyle::AuthorDate);
    assert_eq!(
        doc.citations[0].locator.as_ref().map(|l| l.value.as_str()),
        Some("4")
    );
    assert_eq!(doc.citations[2].signal.as_deref(), Some("vgl."));
    // `Titel. Untertitel. Weinheim: Beltz.`: the subtitle stays in the
    // title, the place is the place.
    let schulz = &doc.references[4].fields;
    assert_eq!(
        schulz.title.as_deref(),
        Some("Digitale Medien in der Grundschule. Eine Bestandsaufnahme")
    );
    assert_eq!(schulz.publisher_place.as_deref(), Some("Weinheim"));
    assert_eq!(schulz.publisher.as_deref(), Some("Beltz"));
    assert_traps(
        &source,
        &doc,
        &[
            "(Stand: März 2022)",
            "Herbst (2021)",
            "(vgl. Tabelle 2)",
            "Abschnitt 3 (S. 7)",
        ],
    );
    assert_eq!(
        codes(&doc),
        [Code::UncitedReference, Code::UnresolvedCitation]
    );
}

#[test]
fn vancouver_numbers_in_parentheses_when_the_paper_cites_that_way() {
    let (source, doc) = check_table(
        "fixtures/numeric_vancouver_fr.txt",
        &[
            (8, "1", "1", Entry(1)),
            (8, "2", "2", Entry(2)),
            (8, "3", "3", Entry(3)),
            (8, "4–6", "4", Entry(4)),
            (8, "4–6", "5", Entry(5)),
            (8, "4–6", "6", Entry(6)),
            (8, "7", "7", Entry(7)),
            (12, "8", "8", Entry(8)),
            (12, "9", "9", Entry(9)),
            (16, "10", "10", Entry(10)),
            (20, "11", "11", Entry(11)),
            (20, "14", "14", Unresolved),
        ],
    );
    assert_eq!(doc.style, CitationStyle::Numeric);
    assert_traps(
        &source,
        &doc,
        &[
            "(1) la dose",
            "(2) la durée",
            "(3) le nombre",
            "/ 3                                   (1)",
            "(Fig. 2 et tableau 1)",
            "(voir section 3)",
            "(IC 95 % : 9–19)",
            "2019–2021",
        ],
    );
    assert_eq!(
        codes(&doc),
        [Code::UncitedReference, Code::UnresolvedCitation]
    );
}

#[test]
fn chicago_author_date_in_a_hard_wrapped_paper() {
    let (source, doc) = check_table(
        "fixtures/author_date_chicago_en.txt",
        &[
            (13, "Howard, 1818", "", Entry(3)),
            (14, "Oke (1982)", "", Entry(6)),
            (15, "Bowler et al., 2010", "", Entry(1)),
            (16, "Ziter et al., 2019", "", Entry(13)),
            (17, "Schwaab et al., 2021", "", Entry(9)),
            (17, "Santamouris, 2014", "", Entry(7)),
            (18, "Santamouris and Kolokotsa, 2016", "", Entry(8)),
            (20, "Zhou, Huang, and Cadenasso (2011)", "", Entry(12)),
            (22, "Li et al. (2020a)", "", Entry(4)),
            (23, "Li et al., 2020b", "", Entry(5)),
            (28, "USGS, 2022", "", Entry(10)),
            (29, "Dewitz, 2019", "", Entry(2)),
            (32, "Wooldridge (2010)", "", Entry(11)),
            (37, "Ziter et al. (2019)", "", Entry(13)),
            (38, "Bowler et al., 2010", "", Entry(1)),
            (38, "Peters, 2016", "", Unresolved),
        ],
    );
    assert!(
        doc.footnotes.is_empty(),
        "`2022). Canopy` at a line start is no note"
    );
    assert_traps(
        &source,
        &doc,
        &[
            "equation\n(3)",
            "(Table 1)",
            "(50,000 to",
            "(95% CI 0.7–1.1)",
        ],
    );
    // Hard-wrapped first lines are no headings.
    let sections: Vec<Option<&str>> = doc
        .citations
        .iter()
        .map(|c| c.site.as_ref().unwrap().section.as_deref())
        .collect();
    assert_eq!(sections[0], Some("Introduction"));
    assert_eq!(sections[11], Some("Data and Methods"));
    let oke = &doc.citations[1];
    assert_eq!(oke.locator.as_ref().map(|l| l.value.as_str()), Some("7–9"));
    assert_eq!(
        codes(&doc),
        [Code::UncitedReference, Code::UnresolvedCitation]
    );
}

#[test]
fn superscript_numbers_after_words_not_after_units() {
    let (source, doc) = check_table(
        "fixtures/numeric_superscript_en.txt",
        &[
            (7, "¹", "1", Entry(1)),
            (7, "²,³", "2", Entry(2)),
            (7, "²,³", "3", Entry(3)),
            (7, "⁴⁻⁶", "4", Entry(4)),
            (7, "⁴⁻⁶", "5", Entry(5)),
            (7, "⁴⁻⁶", "6", Entry(6)),
            (7, "⁷", "7", Entry(7)),
            (7, "⁸", "8", Entry(8)),
            (7, "⁹", "9", Entry(9)),
            (10, "¹⁰", "10", Entry(10)),
            (10, "¹¹", "11", Entry(11)),
            (10, "¹²", "12", Entry(12)),
            (13, "⁸", "8", Entry(8)),
            (13, "⁹,¹³", "9", Entry(9)),
            (13, "⁹,¹³", "13", Entry(13)),
        ],
    );
    assert_eq!(doc.style, CitationStyle::Numeric);
    assert!(doc.markers.is_empty());
    assert_traps(
        &source,
        &doc,
        &["height²", "m²", "25-hydroxyvitamin", "(Table 2, Fig. 1)"],
    );
    assert_eq!(codes(&doc), [Code::UncitedReference]);
}

#[test]
fn html_author_date_with_particles_entities_and_links() {
    let (source, doc) = check_table(
        "fixtures/author_date_particles_en.html",
        &[
            (10, "Sanderman et al., 2017", "", Entry(13)),
            (10, "Poeplau & Don, 2015", "", Entry(12)),
            (10, "Jian et al., 2020", "", Entry(6)),
            (10, "de Vries et al., 2015", "", Entry(3)),
            (10, "van der Berg (2017)", "", Entry(1)),
            (10, "O’Brien and Nakamura (2019a)", "", Entry(10)),
            (11, "O’Brien & Nakamura, 2019a", "", Entry(10)),
            (11, "O’Brien & Nakamura, 2019b", "", Entry(11)),
            (11, "Chaplot & Smith, 2023", "", Entry(2)),
            (11, "Lal, 2004", "", Entry(8)),
            (13, "Moher et al., 2009", "", Entry(9)),
            (13, "Hedges et al., 1999", "", Entry(5)),
            (15, "Poeplau and Don (2015)", "", Entry(12)),
            (15, "Kaye & Quemada (2017)", "", Entry(7)),
            (15, "de Vries et al. (2015)", "", Entry(3)),
        ],
    );
    assert_eq!(doc.style, CitationStyle::AuthorDate);
    assert_traps(
        &source,
        &doc,
        &[
            "van der Berg<sup>a</sup>",
            "(n = 17)",
            "Table 1 (2015–2022)",
            "ha<sup>−1</sup>",
            "(Fig. 2)",
            "March 2023",
        ],
    );
    let lal = doc
        .citations
        .iter()
        .find(|c| c.text == "Lal, 2004")
        .unwrap();
    assert_eq!(lal.signal.as_deref(), Some("e.g."));
    // `(R Core Team, 2022)`: a one-letter first word is not read as a name
    // (a known gap); the entry list has no such work either.
    assert_eq!(codes(&doc), [Code::UncitedReference]);
}

/// The superscript paper as `pdftotext` writes it: the citation numbers
/// glued to the words, `4-6` for `⁴⁻⁶`.
#[test]
fn glued_numbers_of_a_pdftotext_paper_in_citation_order() {
    let (source, doc) = check_table(
        "fixtures/numeric_pdftotext_en.txt",
        &[
            (7, "1", "1", Entry(1)),
            (7, "2", "2", Entry(2)),
            (7, "3", "3", Entry(3)),
            (7, "4-6", "4", Entry(4)),
            (7, "4-6", "5", Entry(5)),
            (7, "4-6", "6", Entry(6)),
            (7, "7", "7", Entry(7)),
            (7, "8", "8", Entry(8)),
            (7, "9", "9", Entry(9)),
            (10, "10", "10", Entry(10)),
            (10, "11", "11", Entry(11)),
            (10, "12", "12", Entry(12)),
            (13, "8", "8", Entry(8)),
            (13, "9", "9", Entry(9)),
            (13, "13", "13", Entry(13)),
        ],
    );
    assert!(doc.footnotes.is_empty());
    assert_traps(
        &source,
        &doc,
        &[
            "2.1 years",
            "25,871",
            "height2",
            "kg/m2",
            "25-hydroxyvitamin",
            "3.2 of",
        ],
    );
}

#[test]
fn news_posts_stay_empty() {
    for path in [
        "fixtures/000_9f5e0e2176ba1b1a.txt",
        "fixtures/001_92d0aa518f925328.txt",
    ] {
        let (_, doc) = run(path);
        assert!(doc.footnotes.is_empty(), "{path}");
        assert!(doc.citations.is_empty(), "{path}");
        assert!(doc.references.is_empty(), "{path}");
        assert!(doc.diagnostics.is_empty(), "{path}");
        assert_eq!(doc.style, CitationStyle::None);
    }
}

#[test]
fn footnoted_papers_get_no_in_text_citations() {
    for path in [
        "fixtures/003_6aea26d404a189d0.txt",
        "fixtures/chicago_notes_en.txt",
        "fixtures/pandoc_notes_en.md",
        "fixtures/fussnoten_de.txt",
        "fixtures/notes_fr.txt",
        "fixtures/pdftotext_notes_en.txt",
    ] {
        let (_, doc) = run(path);
        let in_text = doc.citations.iter().filter(|c| c.site.is_some()).count();
        assert_eq!(in_text, 0, "{path}");
        assert_eq!(doc.style, CitationStyle::Notes, "{path}");
    }
}

#[test]
fn html_footnote_lists_without_visible_numbers_are_notes() {
    let html = "<html><body>\n<p>The claim holds.<a href=\"#fn1\" id=\"fnref1\"><sup>1</sup></a> So does this.<a href=\"#fn2\"><sup>2</sup></a></p>\n<section class=\"footnotes\">\n<ol>\n<li id=\"fn1\"><p>Jane Doe, <em>A Book</em> (Oxford: Clarendon, 2001), 4.</p></li>\n<li id=\"fn2\"><p>Ibid., 5.</p></li>\n</ol>\n</section>\n</body></html>\n";
    let source = SourceFile::new("notes.html", html);
    let doc = analyze(&source, &GRAMMAR, Options::default());
    let numbers: Vec<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, [1, 2]);
    assert!(doc.footnotes[1].text.trim().starts_with("Ibid."));
    assert_eq!(doc.style, CitationStyle::Notes);
}

#[test]
fn html_note_citations_point_at_their_own_bytes_after_entities() {
    // `&amp;` and `\\&` are decoded in the note text; the spans of the
    // citations after them must still cover the citations as written.
    let html = "<html><body>\n<p>Claim.<sup>1</sup></p>\n<ol>\n<li id=\"fn1\"><p>Lee &amp; Park, <em>Markets &mdash; and States</em> (Seoul: Hanul, 2001), 4; Jane Doe \\&amp; Bo, <em>A Book</em> (Oxford: Clarendon, 2002), 9.</p></li>\n</ol>\n</body></html>\n";
    let source = SourceFile::new("entities.html", html);
    let doc = analyze(&source, &GRAMMAR, Options::default());
    assert_eq!(doc.footnotes[0].text.matches('&').count(), 2);
    let written: Vec<&str> = doc
        .citations
        .iter()
        .map(|c| source.slice(c.span).trim_end_matches('.'))
        .collect();
    assert_eq!(
        written,
        [
            "Lee &amp; Park, <em>Markets &mdash; and States</em> (Seoul: Hanul, 2001), 4",
            "Jane Doe \\&amp; Bo, <em>A Book</em> (Oxford: Clarendon, 2002), 9",
        ]
    );
}

#[test]
fn label_and_interval_words_come_from_the_grammars() {
    let text = "Introduction\n\nThe method follows earlier work [1]. Scheme [2] shows it; the span [1, 2] is set.\n\nReferences\n\n[1] A. Author, “First,” J. One, vol. 1, pp. 1–2, 2001.\n[2] B. Author, “Second,” J. Two, vol. 2, pp. 3–4, 2002.\n";
    let source = SourceFile::from_bytes("paper.txt", text.as_bytes());
    let labels = |g: &Grammar| -> Vec<String> {
        analyze(&source, g, Options::default())
            .citations
            .iter()
            .filter_map(|c| c.label.clone())
            .collect()
    };
    // Built in, `Scheme` and `span` are ordinary words.
    assert_eq!(labels(&GRAMMAR), ["1", "2", "1", "2"]);
    // A user grammar makes `Scheme [2]` a label and `span [1, 2]` an
    // interval, without touching Rust.
    let extra = "[language]\ncode = \"x-test\"\nname = \"Test\"\n\n[in_text]\nlabel_words = [\"Scheme\"]\ninterval_words = [\"span\"]\n";
    let g = Grammar::builtin_with(&[("extra.toml".into(), extra.into())]).unwrap();
    assert_eq!(labels(&g), ["1"]);
}

#[test]
fn chicago_pages_after_the_year_are_locators_unless_they_name_a_work() {
    let (_, doc) = check_table(
        "fixtures/author_date_pages_en.txt",
        &[
            (5, "Gajendran and Harrison, 2007", "", Entry(2)),
            (6, "Smith (2007)", "", Entry(5)),
            (8, "Smith, 2007", "", Entry(5)),
            (8, "Smith, 2007", "", Entry(5)),
            (9, "Smith, 2009", "", Entry(6)),
            (9, "Lee, 2015a", "", Entry(3)),
            (9, "Lee, 2015b", "", Entry(4)),
            (10, "Smith, 2009", "", Entry(6)),
            (10, "Lee, 2015a", "", Entry(3)),
            (10, "Smith, 2007", "", Entry(5)),
            (11, "Smith, 2009", "", Entry(6)),
            (12, "Bloom et al., 2015", "", Entry(1)),
        ],
    );
    let locators: Vec<Option<&str>> = doc
        .citations
        .iter()
        .map(|c| c.locator.as_ref().map(|l| l.value.as_str()))
        .collect();
    assert_eq!(
        locators,
        [
            Some("1530"),
            Some("1530"),
            Some("1530–32"),
            None,
            None,
            None,
            None,
            None,
            None,
            Some("1530"),
            Some("1412"),
            Some("16540"),
        ]
    );
    assert!(doc.diagnostics.is_empty(), "{:?}", codes(&doc));
}

#[test]
fn korean_author_date_with_compound_family_names_and_organisations() {
    let (source, doc) = check_table(
        "fixtures/author_date_ko.txt",
        &[
            (5, "남궁곤, 2005", "", Entry(2)),
            (5, "황보영조·김민정, 2011", "", Entry(7)),
            (5, "선우현, 2012", "", Entry(3)),
            (5, "행정안전부, 2018", "", Entry(6)),
            (5, "선우현 (2012)", "", Entry(3)),
            (5, "제갈정웅 외 (2015)", "", Entry(4)),
            (9, "Kirchheimer, 1966", "", Entry(9)),
            (9, "Katz and Mair, 1995", "", Entry(8)),
            (9, "김철수, 2009", "", Entry(1)),
            (9, "황보영조·김민정, 2011", "", Entry(7)),
            (9, "남궁곤, 2005", "", Entry(2)),
            (13, "통일선거연구원, 2019", "", Entry(5)),
            (13, "박정호, 2020", "", Unresolved),
            (13, "제갈정웅 외 (2015)", "", Entry(4)),
        ],
    );
    assert_eq!(doc.style, CitationStyle::AuthorDate);
    assert_traps(&source, &doc, &["도입(2006)", "(2004년)", "(2006-2018)"]);
    // `(남궁곤 2005, 12)`, `(선우현 2012: 45)`, `(김철수 2009, 78-80쪽)`.
    let pins: Vec<(&str, &str)> = doc
        .citations
        .iter()
        .filter_map(|c| Some((c.text.as_str(), c.locator.as_ref()?.value.as_str())))
        .collect();
    assert_eq!(
        pins,
        [
            ("남궁곤, 2005", "12"),
            ("선우현, 2012", "45"),
            ("김철수, 2009", "78-80")
        ]
    );
    // The family names of the list: two syllables where the grammar says so.
    let family = |id: &str| doc.reference(id).unwrap().fields.author[0].family.clone();
    assert_eq!(family("b2").as_deref(), Some("남궁"));
    assert_eq!(family("b3").as_deref(), Some("선우"));
    assert_eq!(family("b4").as_deref(), Some("제갈"));
    assert_eq!(family("b7").as_deref(), Some("황보"));
    assert_eq!(codes(&doc), vec![Code::UnresolvedCitation]);
}

#[test]
fn apa_paper_with_narrative_names_particles_and_a_reissued_work() {
    let (source, doc) = check_table(
        "fixtures/apa_trust_en.txt",
        &[
            (5, "Putnam, 2000", "", Entry(12)),
            (5, "Norris, 2011", "", Entry(7)),
            (6, "Van Ryzin, 2007", "", Entry(13)),
            (7, "Hetherington & Rudolph, 2015", "", Entry(3)),
            (7, "Cappella & Jamieson, 1997", "", Entry(2)),
            (8, "Mutz, 2015", "", Entry(5)),
            // The sentence's first word names no author in the list: the
            // link passes over it, and the citation leaves it out.
            (8, "Levi and Stoker (2000)", "", Entry(4)),
            (8, "Newton et al. (2018)", "", Entry(6)),
            // `while Zmerli`: the `le` of `while` is no particle.
            (9, "Zmerli and van der Meer (2017)", "", Entry(14)),
            (10, "Putnam (2000)", "", Entry(12)),
            (10, "Putnam (1993)", "", Entry(11)),
            // First published 1963, listed as the 1989 edition.
            (10, "Almond & Verba, 1963/1989", "", Entry(1)),
            (11, "Pew Research Center, 2022", "", Entry(10)),
            (11, "OECD, 2021", "", Entry(9)),
            (12, "Norris, 2011", "", Entry(7)),
            (12, "Norris, 2022", "", Entry(8)),
        ],
    );
    let pins: Vec<Option<&str>> = doc
        .citations
        .iter()
        .map(|c| c.locator.as_ref().map(|l| l.value.as_str()))
        .collect();
    assert_eq!(pins[2], Some("523"));
    assert_eq!(pins[8], Some("1–3"));
    assert!(codes(&doc).is_empty(), "{:?}", codes(&doc));
    assert_traps(&source, &doc, &["while", "Earlier work"]);
}

/// A Chinese paper citing in full-width parentheses with full-width commas,
/// colons and semicolons (`（王逸舟，2003；秦亚青，2012：45）`), narrative
/// `王逸舟（2003）` and `阎学通等（2010）`, against a list written `作者，年份，
/// 《书名》，地点：出版社。` and in English.
#[test]
fn chinese_author_date_in_full_width_parentheses() {
    let (source, doc) = check_table(
        "fixtures/author_date_zh.txt",
        &[
            (5, "王逸舟, 2003", "", Entry(2)),
            (5, "秦亚青, 2012", "", Entry(1)),
            (6, "朱锋, 2007", "", Entry(4)),
            (6, "王逸舟 (2003)", "", Entry(2)),
            (7, "阎学通等 (2010)", "", Entry(3)),
            (13, "Waltz, 1979", "", Entry(5)),
            (13, "阎学通等, 2010", "", Entry(3)),
            (13, "秦亚青, 2012", "", Entry(1)),
            (14, "Wendt, 1999", "", Entry(6)),
            (14, "张三, 2018", "", Unresolved),
        ],
    );
    assert_eq!(doc.style, CitationStyle::AuthorDate);
    assert_traps(&source, &doc, &["（1）", "（2）", "（2004年以后尤为明显）"]);
    let pins: Vec<(&str, &str)> = doc
        .citations
        .iter()
        .filter_map(|c| Some((c.text.as_str(), c.locator.as_ref()?.value.as_str())))
        .collect();
    assert_eq!(pins, [("秦亚青, 2012", "45"), ("Waltz, 1979", "79-101")]);
    // `王逸舟，2003，《…》`: the year after the names is the date.
    let r = &doc.references[1].fields;
    assert_eq!(r.issued.as_ref().and_then(|d| d.year()), Some(2003));
    assert_eq!(r.author.len(), 1);
    // `阎学通、徐进等`: two authors and others.
    let r = &doc.references[2].fields;
    assert_eq!(r.author.len(), 2);
    assert_eq!(r.author[1].given.as_deref(), Some("进"));
    assert!(r.et_al);
    assert_eq!(codes(&doc), vec![Code::UnresolvedCitation]);
}
