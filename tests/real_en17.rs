//! Three English social-science papers in author-date style as pdftotext
//! gives them (running heads, page numbers, a reference list under
//! `References`): APA 7 (`social_capital_apa_en`), Harvard as British
//! journals use it (`class_mobility_harvard_en`, `Goldthorpe (1980:
//! 39-42)`) and Chicago author-date (`rosca_networks_chicago_en`). They
//! give the year and page alone after a sentence that names the author
//! (`As Putnam put it, "…" (1993, 167).`), pages that a letter opens
//! (`S105`, `e1002345`, `A12`), and the narrative forms of the styles.
//! Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{Citation, CitationKind, Document, Status};
use papers_support::{entry, entry_number, run, run_text};

const APA: &str = "fixtures/social_capital_apa_en.txt";
const HARVARD: &str = "fixtures/class_mobility_harvard_en.txt";
const CHICAGO: &str = "fixtures/rosca_networks_chicago_en.txt";

// APA list: 1 Coleman 1988, 2 Fukuyama 1995, 3 Hampton et al. 2011,
// 4 Lin 2001a, 5 Lin 2001b, 6 Putnam 1993, 7 Putnam 2000, 8 Putnam and
// Goss 2002, 9 Putnam et al. 2004, 10 Smith 2010a, 11 Smith 2010b.
// Harvard list: 1 Boliver 2013, 2 Bourdieu 1977, 3 Bourdieu and Passeron
// [1970] 1990, 4 Bradley 2014, 5 Bukodi and Goldthorpe 2019, 6 Erikson
// and Goldthorpe 1992, 7 Goldthorpe 1980, 8 Goldthorpe 2016a,
// 9 Goldthorpe 2016b, 10 Mills 2014, 11 Reay 2017, 12 Savage et al. 2013.
// Chicago list: 1 Anderson and Baland 2002, 2 Ardener (1964) 1995,
// 3 Ardener 1964, 4 Besley, Coate and Loury 1993, 5 Coleman 1988,
// 6 Geertz 1962, 7 Granovetter 1985, 8 Karlan et al. 2014, 9 Ofori 2019,
// 10 Ostrom 2000, 11 Smith 2010a, 12 Smith 2010b.

/// The paper's text and what opcit reads of it.
fn paper(path: &str) -> (String, Document) {
    let (_, doc) = run(path);
    (std::fs::read_to_string(path).unwrap(), doc)
}

/// The citations whose span holds the first byte of the `k`-th (from 0)
/// `needle` of `text`.
fn at<'d>(text: &str, doc: &'d Document, needle: &str, k: usize) -> Vec<&'d Citation> {
    let pos = text
        .match_indices(needle)
        .nth(k)
        .unwrap_or_else(|| panic!("`{needle}` #{k} is not in the paper"))
        .0;
    doc.citations
        .iter()
        .filter(|c| c.span.start <= pos && pos < c.span.end.max(c.span.start + 1))
        .collect()
}

/// The one citation at `needle` (see [`at`]): its entry number, status
/// and locator value.
fn read(
    text: &str,
    doc: &Document,
    needle: &str,
    k: usize,
) -> (Option<usize>, Status, Option<String>) {
    let found = at(text, doc, needle, k);
    assert_eq!(found.len(), 1, "`{needle}`: {found:#?}");
    let c = found[0];
    (
        entry_number(doc, c),
        c.status.unwrap(),
        c.locator.as_ref().map(|l| l.value.clone()),
    )
}

fn page(v: &str) -> Option<String> {
    Some(v.to_string())
}

#[test]
fn a_year_and_page_alone_cite_the_author_the_sentence_named() {
    let (text, doc) = paper(APA);
    // `As Putnam put it, "…" (1993, 167).`
    assert_eq!(
        read(&text, &doc, "1993, 167", 0),
        (Some(6), Status::Resolved, page("167"))
    );
    // `Coleman argues that … (1988: 98).`
    assert_eq!(
        read(&text, &doc, "1988: 98", 0),
        (Some(1), Status::Resolved, page("98"))
    );
    let c = at(&text, &doc, "1988: 98", 0)[0];
    assert_eq!(
        c.short.as_ref().and_then(|s| s.author.as_deref()),
        Some("Coleman")
    );
    // `the closures of (1984)`: a date, no author named with a work of it.
    assert!(at(&text, &doc, "1984", 0).is_empty());
    assert!(at(&text, &doc, "In 1993", 0).is_empty());

    let (text, doc) = paper(HARVARD);
    // `As Bourdieu observed, "…" (1977: 487).`, a quotation over a line
    // break, and a sentence after another's quotation.
    assert_eq!(
        read(&text, &doc, "1977: 487", 0),
        (Some(2), Status::Resolved, page("487"))
    );
    assert_eq!(
        read(&text, &doc, "2013: 344", 0),
        (Some(1), Status::Resolved, page("344"))
    );

    let (text, doc) = paper(CHICAGO);
    // `Ardener notes that such groups are found "…" (1964, 201).`: the
    // article of 1964, not the reprint of 1995.
    assert_eq!(
        read(&text, &doc, "1964, 201", 0),
        (Some(3), Status::Resolved, page("201"))
    );
    assert_eq!(
        read(&text, &doc, "2000, 138", 0),
        (Some(10), Status::Resolved, page("138"))
    );
}

#[test]
fn a_year_alone_without_its_author_in_the_sentence_is_no_citation() {
    let list = "\n\nReferences\n\nPutnam, R. D. (1993). Making democracy work. Princeton University Press.\n\
                Coleman, J. S. (1988). Social capital. American Journal of Sociology, 94, S95–S120.\n";
    // The author named in the sentence before; a year of no work of the
    // author named; a table's number before the year; a name before
    // another citation.
    let doc = run_text(&format!(
        "Intro\n\nPutnam (1993) and Coleman (1988) wrote on trust. The reforms began \
         in Italy (1993, 4). Putnam wrote again later (1995). The values of Table 2 \
         (1988) differ. Coleman (1988) and the survey of that year (1993) agree.{list}"
    ));
    let years_alone: Vec<&str> = doc
        .citations
        .iter()
        .filter(|c| c.short.as_ref().is_some_and(|s| s.author.is_none()) || c.text.len() == 4)
        .map(|c| c.text.as_str())
        .collect();
    assert!(years_alone.is_empty(), "{years_alone:?}");
    assert_eq!(doc.citations.len(), 3);
    assert!(doc.diagnostics.iter().all(|d| !d.message.contains("1995")));
    // Named, with a work of that year: read.
    let doc = run_text(&format!(
        "Intro\n\nPutnam (1993) and Coleman (1988) wrote on trust. Putnam's claim that \
         \"trust is a moral resource\" (1993, 170) is widely quoted.{list}"
    ));
    assert_eq!(doc.citations.len(), 3);
    let c = &doc.citations[2];
    assert_eq!(c.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, c), Some(1));
    assert_eq!(c.locator.as_ref().unwrap().value, "170");
}

#[test]
fn a_page_a_letter_opens_is_a_pinpoint() {
    let (text, doc) = paper(APA);
    assert_eq!(
        read(&text, &doc, "Coleman 1988, S105", 0),
        (Some(1), Status::Resolved, page("S105"))
    );
    // `(ibid., S107)` repeats it, with its own page.
    let ibid = at(&text, &doc, "ibid., S107", 0);
    assert_eq!(ibid.len(), 1);
    assert_eq!(ibid[0].kind, CitationKind::Ibid);
    assert_eq!(entry_number(&doc, ibid[0]), Some(1));
    assert_eq!(ibid[0].locator.as_ref().unwrap().value, "S107");
    assert_eq!(
        read(&text, &doc, "Hampton et al. 2011", 0),
        (Some(3), Status::Resolved, page("e1002345"))
    );
    assert_eq!(
        read(&text, &doc, "Lin 2001a, A12", 0),
        (Some(4), Status::Resolved, page("A12"))
    );
    // The list: APA's volume, issue and article number.
    assert_eq!(entry(&doc, 3).page.as_deref(), Some("e1002345"));
    assert_eq!(entry(&doc, 3).volume.as_deref(), Some("6"));
    assert_eq!(entry(&doc, 1).page.as_deref(), Some("S95–S120"));

    let (text, doc) = paper(CHICAGO);
    assert_eq!(
        read(&text, &doc, "Coleman (1988, S98)", 0),
        (Some(5), Status::Resolved, page("S98"))
    );
    assert_eq!(
        read(&text, &doc, "Karlan et al. 2014", 0),
        (Some(8), Status::Resolved, page("e1003012"))
    );
    assert_eq!(
        read(&text, &doc, "Ofori 2019, A12", 0),
        (Some(9), Status::Resolved, page("A12"))
    );
    // Chicago's `Journal 94: S95–S120` and `Journal 11 (4): e1003012`.
    assert_eq!(entry(&doc, 5).page.as_deref(), Some("S95–S120"));
    assert_eq!(entry(&doc, 5).volume.as_deref(), Some("94"));
    assert_eq!(entry(&doc, 8).page.as_deref(), Some("e1003012"));
    assert_eq!(entry(&doc, 8).issue.as_deref(), Some("4"));
    assert_eq!(
        entry(&doc, 8).container_title.as_deref(),
        Some("PLoS Medicine")
    );
    // A letter and digits that are no page stay no locator.
    let doc = run_text(
        "Intro\n\nTrust matters (Coleman 1988, H2 tested). Also (Coleman 1988, S).\n\n\
         References\n\nColeman, J. S. (1988). Social capital. American Journal of Sociology, 94, S95–S120.\n",
    );
    assert!(doc.citations.iter().all(|c| c.locator.is_none()));
}

/// The entries (by number) of the citations at `needle`, in order.
fn linked(text: &str, doc: &Document, needle: &str) -> Vec<Option<usize>> {
    let pos = text.find(needle).unwrap();
    let end = pos + needle.len();
    doc.citations
        .iter()
        .filter(|c| c.span.start < end && pos < c.span.end)
        .map(|c| entry_number(doc, c))
        .collect()
}

#[test]
fn the_narrative_and_parenthetical_forms_of_the_styles() {
    let (text, doc) = paper(APA);
    assert_eq!(linked(&text, &doc, "Putnam's (1993)"), [Some(6)]);
    assert_eq!(
        linked(&text, &doc, "Putnam (1993, 2000)"),
        [Some(6), Some(7)]
    );
    assert_eq!(
        linked(&text, &doc, "Lin (2001a, 2001b)"),
        [Some(4), Some(5)]
    );
    assert_eq!(linked(&text, &doc, "Putnam and Goss (2002)"), [Some(8)]);
    assert_eq!(linked(&text, &doc, "Putnam et al.'s\n(2004)"), [Some(9)]);
    assert_eq!(
        read(&text, &doc, "Putnam (1993: 171)", 0),
        (Some(6), Status::Resolved, page("171"))
    );
    let group = at(&text, &doc, "Coleman 1988)", 0);
    assert_eq!(group[0].signal.as_deref(), Some("see also"));
    assert_eq!(
        linked(&text, &doc, "Putnam\n1993, 2000; Fukuyama 1995"),
        [Some(6), Some(7), Some(2)]
    );
    // `[1993] 2000`: the original year, then the edition the list dates
    // the entry by (Chicago 15.13), not the work of 1993.
    assert_eq!(linked(&text, &doc, "Putnam [1993] 2000"), [Some(7)]);
    assert_eq!(
        read(&text, &doc, "Fukuyama, 1995, pp. 26-7", 0),
        (Some(2), Status::Resolved, page("26-7"))
    );
    let chap = at(&text, &doc, "Fukuyama, 1995, chap. 4", 0);
    assert_eq!(chap[0].locator.as_ref().unwrap().label, "chapter");
    // A surname and years in the prose, no brackets.
    assert_eq!(
        linked(&text, &doc, "Smith 2010a, 2010b"),
        [Some(10), Some(11)]
    );

    let (text, doc) = paper(CHICAGO);
    assert_eq!(linked(&text, &doc, "Ardener [1964] 1995"), [Some(2)]);
    assert_eq!(
        linked(&text, &doc, "Smith 2010a, 2010b"),
        [Some(11), Some(12)]
    );
    assert_eq!(linked(&text, &doc, "Geertz 1962 for"), [Some(6)]);
    assert!(linked(&text, &doc, "in 1964 Ardener").is_empty());
    let (text, doc) = paper(HARVARD);
    assert_eq!(
        linked(&text, &doc, "Bourdieu and Passeron ([1970] 1990)"),
        [Some(3)]
    );
}

#[test]
fn a_surname_and_year_in_prose_cite_only_a_listed_work() {
    let list = "\n\nReferences\n\nSmith, A. (2010a). Trust. Journal of Trust, 1, 1–20.\n\
                Smith, A. (2010b). Default. Journal of Trust, 2, 1–20.\n\
                Paris, J. (1970). Cities. Sage.\n";
    // No letter where the list has letters; a year of no work; a place
    // and a year; a year inside parentheses is read as a group.
    let doc = run_text(&format!(
        "Intro\n\nSee Smith 2010 on this, and Smith 2011 too. In Paris 1968 the students \
         marched (see Smith 2010a).{list}"
    ));
    let texts: Vec<&str> = doc.citations.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["Smith, 2010a"]);
}

#[test]
fn an_original_year_in_the_bracket_of_a_harvard_entry() {
    // `Bourdieu, P. and Passeron, J.-C. ([1970] 1990) Reproduction …`:
    // the entry is dated by the edition cited, its names and title read
    // as without the original year.
    let (_, doc) = paper(HARVARD);
    let e = entry(&doc, 3);
    let names: Vec<_> = e
        .author
        .iter()
        .map(|n| (n.family.as_deref(), n.given.as_deref()))
        .collect();
    assert_eq!(
        names,
        [
            (Some("Bourdieu"), Some("P.")),
            (Some("Passeron"), Some("J.-C."))
        ]
    );
    assert_eq!(
        e.title.as_deref(),
        Some("Reproduction in Education, Society and Culture")
    );
    assert_eq!(e.issued.as_ref().unwrap().date_parts[0][0], 1990);
    // The same with a slash (`1867/1976`).
    let doc = run_text(
        "Text (Marx 1867/1976; Goffman 1959).\n\nReferences\nGoffman, E. (1959) The Presentation of Self in Everyday Life, New York: Doubleday.\nMarx, K. (1867/1976) Capital, Harmondsworth: Penguin.\n",
    );
    let marx = entry(&doc, 2);
    assert_eq!(marx.title.as_deref(), Some("Capital"));
    assert_eq!(marx.publisher.as_deref(), Some("Penguin"));
    assert_eq!(marx.issued.as_ref().unwrap().date_parts[0][0], 1976);
}

#[test]
fn a_volume_between_a_title_and_its_imprint() {
    // Chicago author-date and Harvard lists give a book's volume after its
    // title, before the imprint.
    let doc = run_text(
        "Text (Braudel 1972; Cumings 1981; Marx 1976).\n\nReferences\nBraudel, Fernand. 1972. The Mediterranean and the Mediterranean World in the Age of Philip II. Vol. 1. New York: Harper and Row.\nCumings, Bruce. 1981. The Origins of the Korean War, Vol. 1. Princeton: Princeton University Press.\nMarx, K. (1976) Capital, Volume 1, Harmondsworth: Penguin.\n",
    );
    let read: Vec<_> = (1..=3)
        .map(|n| {
            let e = entry(&doc, n);
            (
                e.title.clone().unwrap(),
                e.volume.clone().unwrap(),
                e.publisher_place.clone().unwrap(),
                e.publisher.clone().unwrap(),
            )
        })
        .collect();
    let want = [
        (
            "The Mediterranean and the Mediterranean World in the Age of Philip II",
            "1",
            "New York",
            "Harper and Row",
        ),
        (
            "The Origins of the Korean War",
            "1",
            "Princeton",
            "Princeton University Press",
        ),
        ("Capital", "1", "Harmondsworth", "Penguin"),
    ]
    .map(|(t, v, p, h)| (t.to_string(), v.to_string(), p.to_string(), h.to_string()));
    assert_eq!(read, want);
}
