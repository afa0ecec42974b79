#[path = "papers_support/mod.rs"]
mod papers_support;

// A British parliamentary-history article as pdftotext gives it (running
// heads, notes at the page foot, hyphenated line breaks), its notes mixing
// MHRA-style books (`(London, 1954)`, `(Place: Publisher, Year)`, `2 vols.`),
// OSCOLA law (`(8th edn, Macmillan 1915) 37`, command papers `(Cd 9038,
// 1918) para 6`, cases, statutes), Hansard, unsigned newspaper pieces
// (`Editorial, The Nation, …`), and back-references `Ibid.`, `op. cit.`,
// `above n 3` and `(n 20)`; a bibliography split into primary and
// secondary sources with hanging indents. Expected values were written by
// reading the fixture.

use opcit::diagnostic::Code;
use opcit::model::CitationKind;
use papers_support::{entry, entry_number, findings, in_note, only, run, work};

const LORDS: &str = "fixtures/lords_reform_pdf_en.txt";

#[test]
fn the_list_is_read_from_its_primary_sources_on() {
    let (_, doc) = run(LORDS);
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 15);
    // `Conference on the Reform of the Second Chamber, Letter from Viscount
    // Bryce to / the Prime Minister (Cd 9038, 1918).`: a command paper.
    let bryce = entry(&doc, 1);
    assert_eq!(bryce.number.as_deref(), Some("Cd 9038"));
    assert_eq!(bryce.kind, "report");
    assert_eq!(bryce.publisher, None);
    assert_eq!(
        bryce.title.as_deref(),
        Some("Letter from Viscount Bryce to the Prime Minister")
    );
    assert_eq!(entry(&doc, 2).number.as_deref(), Some("Cm 4534"));
    // `Jenkins, Roy, Mr Balfour's Poodle (London, 1954).`: a place, no
    // publisher.
    let jenkins = entry(&doc, 9);
    assert_eq!(jenkins.publisher_place.as_deref(), Some("London"));
    assert_eq!(jenkins.publisher, None);
    // `Beer, Samuel H., Modern British Politics, Cambridge, MA: Harvard /
    // University Press, 1965.`
    let beer = entry(&doc, 7);
    assert_eq!(beer.title.as_deref(), Some("Modern British Politics"));
    assert_eq!(beer.publisher_place.as_deref(), Some("Cambridge, MA"));
    assert_eq!(beer.publisher.as_deref(), Some("Harvard University Press"));
}

#[test]
fn command_papers_are_cited_by_number_and_paragraph() {
    let (_, doc) = run(LORDS);
    let n5 = only(&doc, 5);
    assert_eq!(entry_number(&doc, n5), Some(1));
    let pin = n5.locator.as_ref().unwrap();
    assert_eq!((pin.label.as_str(), pin.value.as_str()), ("paragraph", "6"));
    let n28 = only(&doc, 28);
    assert_eq!(entry_number(&doc, n28), Some(2));
    let pin = n28.locator.as_ref().unwrap();
    assert_eq!(
        (pin.label.as_str(), pin.value.as_str()),
        ("paragraph", "3.12")
    );
    let n29 = only(&doc, 29);
    assert_eq!(n29.kind, CitationKind::Ibid);
    assert_eq!(entry_number(&doc, n29), Some(2));
}

#[test]
fn a_place_and_year_in_brackets_name_no_publisher() {
    let (_, doc) = run(LORDS);
    // `Roy Jenkins, Mr Balfour's Poodle (London, 1954), 112.`
    let n2 = only(&doc, 2);
    let f = n2.fields.as_deref().unwrap();
    assert_eq!(f.publisher_place.as_deref(), Some("London"));
    assert_eq!(f.publisher, None);
    assert_eq!(n2.locator.as_ref().unwrap().value, "112");
    assert_eq!(entry_number(&doc, n2), Some(9));
    // `Harold Nicolson, King George the Fifth: … (London, 1952), / 129.`
    let n31 = only(&doc, 31);
    let f = n31.fields.as_deref().unwrap();
    assert_eq!(f.publisher_place.as_deref(), Some("London"));
    assert_eq!(n31.locator.as_ref().unwrap().value, "129");
}

#[test]
fn unsigned_newspaper_pieces_have_no_author() {
    let (_, doc) = run(LORDS);
    // (note, kind, newspaper's entry)
    for (n, kind, listed) in [
        (7, "Editorial", 3),
        (8, "Leader", 5),
        (16, "Obituary", 5),
        (22, "Letter to the editor", 4),
    ] {
        let c = only(&doc, n);
        assert_eq!(c.kind, CitationKind::Full, "note {n}");
        let f = c.fields.as_deref().unwrap();
        assert!(f.author.is_empty(), "note {n}");
        assert_eq!(f.genre.as_deref(), Some(kind), "note {n}");
        assert_eq!(f.kind, "article-newspaper", "note {n}");
        assert_eq!(entry_number(&doc, c), Some(listed), "note {n}");
    }
    let f = only(&doc, 7).fields.as_deref().unwrap().clone();
    assert_eq!(f.container_title.as_deref(), Some("The Nation"));
    assert_eq!(
        f.issued.as_ref().map(|d| d.date_parts[0].clone()),
        Some(vec![1921, 3, 16])
    );
}

#[test]
fn a_debate_cited_twice_is_one_source() {
    let (_, doc) = run(LORDS);
    // `Hansard, 5th ser., HL Deb, vol. 45, col. 345 (3 May 1921).` and
    // `HL Deb 3 May 1921, vol 45, col 350.`
    let (n6, n26) = (only(&doc, 6), only(&doc, 26));
    assert!(n6.reference.is_some());
    assert_eq!(n6.reference, n26.reference);
    let f = work(&doc, n6);
    assert_eq!(f.volume.as_deref(), Some("45"));
    assert_eq!(
        f.issued.as_ref().map(|d| d.date_parts[0].clone()),
        Some(vec![1921, 5, 3])
    );
    assert_eq!(n6.locator.as_ref().unwrap().value, "345");
    assert_eq!(n26.locator.as_ref().unwrap().value, "350");
}

#[test]
fn back_references_find_their_works() {
    let (_, doc) = run(LORDS);
    use CitationKind::{Ibid, Short, Supra};
    let link = |n: u32| {
        let c = only(&doc, n);
        (c.kind, entry_number(&doc, c))
    };
    assert_eq!(link(4), (Ibid, Some(15)));
    assert_eq!(link(10), (Short, Some(9)));
    assert_eq!(link(11), (Supra, Some(15)));
    assert_eq!(link(17), (Short, Some(14)));
    assert_eq!(link(18), (Ibid, Some(14)));
    assert_eq!(link(23), (Short, Some(9)));
    assert_eq!(link(25), (Short, Some(10)));
    assert_eq!(link(30), (Supra, Some(8)));
    assert_eq!(link(33), (Supra, Some(15)));
    assert_eq!(link(34), (Short, Some(11)));
    // `Jackson (n 20) [102].`: the case of note 20.
    assert_eq!(only(&doc, 21).reference, only(&doc, 20).reference);
    assert_eq!(only(&doc, 21).locator.as_ref().unwrap().value, "[102]");
    // Multi-volume pinpoints: `1:60`, `2:101`.
    assert_eq!(only(&doc, 17).locator.as_ref().unwrap().value, "1:60");
    assert_eq!(only(&doc, 18).locator.as_ref().unwrap().value, "2:101");
}

#[test]
fn oscola_books_and_angle_bracket_links_are_read_whole() {
    let (_, doc) = run(LORDS);
    // `A. V. Dicey, Introduction … (8th / edn, Macmillan 1915) 37.`
    let dicey = in_note(&doc, 9)
        .into_iter()
        .find(|c| c.kind == CitationKind::Full)
        .unwrap();
    assert_eq!(entry_number(&doc, dicey), Some(8));
    assert_eq!(dicey.locator.as_ref().unwrap().value, "37");
    let f = dicey.fields.as_deref().unwrap();
    assert_eq!(f.edition.as_deref(), Some("8"));
    assert_eq!(f.publisher.as_deref(), Some("Macmillan"));
    // `<https://…/SN00675/` / `SN00675.pdf> accessed 3 May 2020.`
    let kelly = only(&doc, 14);
    assert_eq!(entry_number(&doc, kelly), Some(12));
    let f = kelly.fields.as_deref().unwrap();
    assert_eq!(
        f.url.as_deref(),
        Some("https://researchbriefings.files.parliament.uk/documents/SN00675/SN00675.pdf")
    );
    assert_eq!(
        f.accessed.as_ref().map(|d| d.date_parts[0].clone()),
        Some(vec![2020, 5, 3])
    );
    // `See also Samuel H. Beer, Modern British Politics, Cambridge, MA:
    // Harvard / University Press, 1965, p. 87.`
    let beer = only(&doc, 15);
    assert_eq!(entry_number(&doc, beer), Some(7));
    assert_eq!(beer.locator.as_ref().unwrap().value, "87");
}

#[test]
fn only_the_unlisted_and_the_uncited_work_are_reported() {
    let (source, doc) = run(LORDS);
    // Nicolson's book (note 31) is in no list; Ballinger's is cited nowhere.
    assert_eq!(
        findings(&source, &doc),
        [
            (Code::MissingFromBibliography, 117),
            (Code::UncitedReference, 140)
        ]
    );
}
