#[path = "papers_support/mod.rs"]
mod papers_support;

// An English law and humanities paper (AGLC notes, a list with
// sub-headings) that cites classical authors known by one name (`Ovid`,
// `Homer`, `Augustine`) by book and line, a volume with its translator
// and introducer in sentences after the title (`Capital. Vol. 1. Trans.
// Ben Fowkes. Introd. Ernest Mandel.`), reports of law reform bodies by
// their number (`(Report No 129, 2015) 89 [4.12]`), a statute's
// jurisdiction before that number (`Act 1993 (Cth) (Report No 126,
// 2015)`), a UK command paper cited by its title (`(Cmd 4060, 1932) 58`),
// the Commons' debates (`HC Deb …, col 782`, `Parl. Deb., 5th ser.`) and
// constitutions named alone under `Legislation`. Expected values were
// written by reading the paper.

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, CslItem, Status};
use papers_support::{authors, entry, findings, note_links, only, run, work};

const PAPER: &str = "fixtures/classical_rights_pdf_en.txt";

/// The translators' family names of `item`.
fn translators(item: &CslItem) -> Vec<&str> {
    item.translator
        .iter()
        .filter_map(|n| n.family.as_deref())
        .collect()
}

/// The year of `item`.
fn year(item: &CslItem) -> Option<i32> {
    item.issued.as_ref().and_then(|d| d.year())
}

#[test]
fn every_note_links_to_the_work_it_cites() {
    use CitationKind::{Full, Ibid, Short, Supra};
    let (_, doc) = run(PAPER);
    let listed: [(u32, CitationKind, usize); 22] = [
        (1, Full, 4),
        (2, Ibid, 4),
        (3, Full, 2),
        (4, Short, 1),
        (5, Full, 3),
        (6, Full, 5),
        (7, Full, 13),
        (8, Full, 9),
        (9, Ibid, 9),
        (10, Full, 8),
        (11, Full, 7),
        (12, Supra, 13),
        (13, Full, 10),
        (14, Ibid, 10),
        (17, Short, 4),
        (18, Supra, 13),
        (19, Full, 12),
        (20, Supra, 9),
        (21, Supra, 3),
        (22, Supra, 2),
        (23, Short, 1),
        (24, Full, 11),
    ];
    for (n, kind, target) in listed {
        assert_eq!(
            note_links(&doc, n),
            [(kind, Status::Resolved, Some(target))],
            "note {n}"
        );
    }
    // The debates are no work of the list, and are not asked of it.
    for n in [15, 16] {
        assert_eq!(
            note_links(&doc, n),
            [(Full, Status::Resolved, None)],
            "note {n}"
        );
    }
}

#[test]
fn only_the_uncited_constitution_is_a_finding() {
    let (source, doc) = run(PAPER);
    // `Constitution of the United States`, listed under `Legislation`, is
    // cited nowhere; every other entry and note is read.
    assert_eq!(
        findings(&source, &doc),
        [(Code::UncitedReference, 99)],
        "{:#?}",
        doc.diagnostics
    );
}

#[test]
fn one_name_authors_are_family_names_and_books_are_cited_by_book_and_line() {
    let (_, doc) = run(PAPER);
    for (n, author, title, translator, place, publisher, y) in [
        (
            1,
            "Augustine",
            "Confessions",
            "Chadwick",
            "Oxford",
            "Oxford UP",
            1991,
        ),
        (
            2,
            "Homer",
            "The Odyssey",
            "Fagles",
            "New York",
            "Viking",
            1996,
        ),
        (
            4,
            "Ovid",
            "Metamorphoses",
            "Melville",
            "Oxford",
            "Oxford UP",
            1986,
        ),
    ] {
        let e = entry(&doc, n);
        assert_eq!(authors(e), [(author, "")], "entry {n}");
        assert!(e.author[0].literal.is_none(), "entry {n}");
        assert_eq!(e.title.as_deref(), Some(title), "entry {n}");
        assert_eq!(translators(e), [translator], "entry {n}");
        assert_eq!(e.publisher_place.as_deref(), Some(place), "entry {n}");
        assert_eq!(e.publisher.as_deref(), Some(publisher), "entry {n}");
        assert_eq!(year(e), Some(y), "entry {n}");
    }
    // A book and its lines, a range of them, after the imprint, after the
    // title with or without a comma, after a back-reference.
    for (n, value) in [
        (1, "1.89–112"),
        (2, "1.113"),
        (3, "22.35"),
        (4, "8.12"),
        (17, "15.165–72"),
        (22, "24.480–6"),
        (23, "10.8"),
    ] {
        let loc = only(&doc, n).locator.as_ref().unwrap();
        assert_eq!(
            (loc.label.as_str(), loc.value.as_str()),
            ("section", value),
            "note {n}"
        );
    }
    let homer = only(&doc, 3).fields.as_deref().unwrap();
    assert_eq!(authors(homer), [("Homer", "")]);
    let short = only(&doc, 4).short.as_deref().unwrap();
    assert_eq!(short.author.as_deref(), Some("Augustine"));
    assert_eq!(short.title.as_deref(), Some("Confessions"));
}

#[test]
fn a_volume_before_role_sentences_is_no_publisher() {
    let (_, doc) = run(PAPER);
    for e in [entry(&doc, 3), only(&doc, 5).fields.as_deref().unwrap()] {
        assert_eq!(authors(e), [("Marx", "Karl")]);
        assert_eq!(e.title.as_deref(), Some("Capital"));
        assert_eq!(e.volume.as_deref(), Some("1"));
        assert_eq!(translators(e), ["Fowkes"]);
        assert_eq!(e.publisher_place.as_deref(), Some("London"));
        assert_eq!(e.publisher.as_deref(), Some("Penguin"));
        assert_eq!(year(e), Some(1976));
        // The introducer is nobody's editor.
        assert!(e.editor.is_empty());
    }
}

#[test]
fn reports_are_read_by_their_number_year_and_page() {
    let (_, doc) = run(PAPER);
    let commission = [("", "")];
    for (n, title, number, y) in [
        (
            8,
            "Connection to Country: Review of the Native Title Act 1993 (Cth)",
            "Report No 126",
            2015,
        ),
        (
            9,
            "Traditional Rights and Freedoms — Encroachments by Commonwealth Laws",
            "Report No 129",
            2015,
        ),
        (
            10,
            "Report of the Committee on Ministers' Powers",
            "Cmd 4060",
            1932,
        ),
    ] {
        let e = entry(&doc, n);
        assert_eq!(e.kind, "report", "entry {n}");
        assert_eq!(e.title.as_deref(), Some(title), "entry {n}");
        assert_eq!(e.number.as_deref(), Some(number), "entry {n}");
        assert_eq!(year(e), Some(y), "entry {n}");
        assert!(e.publisher.is_none(), "entry {n}");
    }
    assert_eq!(authors(entry(&doc, 9)), commission);
    assert_eq!(
        entry(&doc, 9).author[0].literal.as_deref(),
        Some("Australian Law Reform Commission")
    );
    // The committee's report has no author.
    assert!(entry(&doc, 10).author.is_empty());
    // The page, the paragraphs on it left aside.
    for (n, page) in [
        (8, "89"),
        (9, "90"),
        (10, "112"),
        (13, "58"),
        (14, "59"),
        (20, "91"),
    ] {
        let loc = only(&doc, n).locator.as_ref().unwrap();
        assert_eq!(
            (loc.label.as_str(), loc.value.as_str()),
            ("page", page),
            "note {n}"
        );
    }
}

#[test]
fn debates_are_read_by_volume_date_and_column() {
    let (_, doc) = run(PAPER);
    for (n, series, date) in [
        (15, "HC Deb", vec![1998, 3, 3]),
        (16, "Parl. Deb.", vec![1998]),
    ] {
        let c = only(&doc, n);
        let f = work(&doc, c);
        assert_eq!(f.kind, "hearing", "note {n}");
        assert_eq!(f.container_title.as_deref(), Some(series), "note {n}");
        assert_eq!(f.volume.as_deref(), Some("307"), "note {n}");
        assert_eq!(f.issued.as_ref().unwrap().date_parts[0], date, "note {n}");
        let loc = c.locator.as_ref().unwrap();
        assert_eq!(
            (loc.label.as_str(), loc.value.as_str()),
            ("column", "782"),
            "note {n}"
        );
    }
}

#[test]
fn constitutions_under_legislation_are_entries_not_headings() {
    let (_, doc) = run(PAPER);
    for (n, title) in [
        (5, "Australian Constitution"),
        (6, "Constitution of the United States"),
        (7, "Racial Discrimination Act 1975"),
    ] {
        let e = entry(&doc, n);
        assert_eq!(e.kind, "legislation", "entry {n}");
        assert_eq!(e.title.as_deref(), Some(title), "entry {n}");
    }
    assert_eq!(
        doc.references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count(),
        13
    );
}

#[test]
fn an_inverted_name_then_a_name_in_order_are_two_authors() {
    let (_, doc) = run(PAPER);
    for e in [entry(&doc, 13), only(&doc, 7).fields.as_deref().unwrap()] {
        assert_eq!(authors(e), [("Williams", "George"), ("Hume", "David")]);
        assert_eq!(
            e.title.as_deref(),
            Some("Human Rights under the Australian Constitution")
        );
        assert_eq!(e.edition.as_deref(), Some("2"));
        assert_eq!(e.publisher.as_deref(), Some("Oxford University Press"));
        assert_eq!(year(e), Some(2013));
    }
}
