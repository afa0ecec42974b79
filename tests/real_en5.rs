#[path = "papers_support/mod.rs"]
mod papers_support;

// A UK education paper in UK Harvard (Cite Them Right) as pdftotext gives
// it (running heads, page numbers, footnotes, a name hyphenated at a
// line's end, a link broken at a hyphen, a reference list running over a
// page break), and English notes that were misread: a count of volumes
// after a title, OSCOLA's publisher before the year, AGLC's page after
// `above n`, a case followed by prose, Hansard's series, a peer's name.
// Expected values were written by reading the fixture and the snippets.

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, Document, Status};
use papers_support::{authors, entry, entry_number, findings, in_note, only, run, run_text, work};

const HARVARD: &str = "fixtures/harvard_education_pdf_en.txt";

/// (label, value) of a citation's locator.
fn pin(c: &Citation) -> Option<(&str, &str)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

/// A citation's entry number and its locator (label, value).
type Linked = (Option<usize>, Option<(String, String)>);

/// The running-text citations whose text is `text`: (entry number,
/// locator).
fn body(doc: &Document, text: &str) -> Vec<Linked> {
    doc.citations
        .iter()
        .filter(|c| c.footnote.is_none() && c.text == text)
        .map(|c| {
            (
                entry_number(doc, c),
                c.locator
                    .as_ref()
                    .map(|l| (l.label.clone(), l.value.clone())),
            )
        })
        .collect()
}

fn page(v: &str) -> Option<(String, String)> {
    Some(("page".to_string(), v.to_string()))
}

#[test]
fn harvard_list_reads_editions_supplement_pages_and_three_authors() {
    let (_, doc) = run(HARVARD);
    assert_eq!(doc.references.len(), 19);
    // `Bryman, A. (2016) Social research methods, 5th edn, Oxford: Oxford
    // University Press.`: the edition between title and imprint.
    let bryman = entry(&doc, 4);
    assert_eq!(bryman.kind, "book");
    assert_eq!(bryman.title.as_deref(), Some("Social research methods"));
    assert_eq!(bryman.edition.as_deref(), Some("5"));
    assert_eq!(bryman.publisher_place.as_deref(), Some("Oxford"));
    assert_eq!(bryman.publisher.as_deref(), Some("Oxford University Press"));
    // `American Journal of Sociology, 94, pp. S95–S120.`
    let coleman = entry(&doc, 5);
    assert_eq!(coleman.kind, "article-journal");
    assert_eq!(
        coleman.container_title.as_deref(),
        Some("American Journal of Sociology")
    );
    assert_eq!(coleman.volume.as_deref(), Some("94"));
    assert_eq!(coleman.page.as_deref(), Some("S95–S120"));
    // `Reay, D., Crozier, G. and James, D. (2011) White middle-class …`
    let reay = entry(&doc, 16);
    assert_eq!(
        authors(reay),
        [("Reay", "D."), ("Crozier", "G."), ("James", "D.")]
    );
    assert_eq!(
        reay.title.as_deref(),
        Some("White middle-class identities and urban schooling")
    );
    assert_eq!(reay.publisher_place.as_deref(), Some("Basingstoke"));
    assert_eq!(reay.publisher.as_deref(), Some("Palgrave Macmillan"));
    let field = entry(&doc, 8);
    assert_eq!(field.edition.as_deref(), Some("2"));
    assert_eq!(field.publisher.as_deref(), Some("Routledge"));
    // `PhD thesis. University of Leeds.`
    let patel = entry(&doc, 13);
    assert_eq!(patel.kind, "thesis");
    assert_eq!(patel.publisher.as_deref(), Some("University of Leeds"));
    // `In: Apple, M.W., Ball, S.J. and Gandin, L.A. (eds.) The Routledge …`
    let vincent = entry(&doc, 19);
    assert_eq!(vincent.kind, "chapter");
    assert_eq!(vincent.editor.len(), 3);
    assert_eq!(vincent.page.as_deref(), Some("109–120"));
    let green_b = entry(&doc, 10);
    assert_eq!(
        green_b.container_title.as_deref(),
        Some("British Educational Research Journal")
    );
    assert_eq!(green_b.page.as_deref(), Some("301–319"));
}

#[test]
fn harvard_links_broken_at_a_hyphen_and_their_lead_in_are_read() {
    let (_, doc) = run(HARVARD);
    let guidance = entry(&doc, 7);
    assert_eq!(
        guidance.url.as_deref(),
        Some("https://www.gov.uk/government/publications/parental-engagement-guidance-for-schools")
    );
    // `Available at:` leads to the link: no place, no publisher.
    assert_eq!(guidance.publisher_place, None);
    assert_eq!(guidance.publisher, None);
    assert!(guidance.accessed.is_some());
    let ons = entry(&doc, 11);
    assert_eq!(
        ons.url.as_deref(),
        Some("https://www.ons.gov.uk/peoplepopulationand-community/housing")
    );
    assert_eq!(ons.publisher_place, None);
}

#[test]
fn harvard_citations_link_to_their_entries_with_their_pages() {
    let (_, doc) = run(HARVARD);
    assert_eq!(body(&doc, "Coleman, 1988"), [(Some(5), page("S105"))]);
    // `(Putnam 2000: 22–24)`: the page after a colon.
    assert_eq!(body(&doc, "Putnam, 2000"), [(Some(14), page("22–24"))]);
    assert_eq!(body(&doc, "Bryman (2016)"), [(Some(4), page("381–383"))]);
    assert_eq!(body(&doc, "Reay (2017)"), [(Some(15), page("45"))]);
    assert_eq!(body(&doc, "Smith and Jones (2010)"), [(Some(17), None)]);
    assert_eq!(body(&doc, "Brown et al., 2012"), [(Some(3), None)]);
    // `Green, 2019a, 2019b`: two works of one author.
    assert_eq!(body(&doc, "Green, 2019a"), [(Some(9), None)]);
    assert_eq!(body(&doc, "Green, 2019b"), [(Some(10), None)]);
    assert_eq!(body(&doc, "Green (2019b)"), [(Some(10), page("310"))]);
    assert_eq!(
        body(&doc, "Reay, Crozier and James, 2011"),
        [(Some(16), None), (Some(16), None)]
    );
    // `(Depart-` / `ment for Education [DfE], 2016)`, then `(DfE, 2017)`:
    // a name hyphenated at the line's end, an abbreviation with a
    // lowercase letter.
    assert_eq!(
        body(&doc, "Department for Education, 2016"),
        [(Some(6), None)]
    );
    assert_eq!(body(&doc, "DfE, 2017"), [(Some(7), None)]);
    assert_eq!(
        body(&doc, "Office for National Statistics, 2020"),
        [(Some(11), None)]
    );
    // `(Bourdieu, 1986, cited in Field, 2008)`: Field is the work read.
    assert_eq!(body(&doc, "Field, 2008"), [(Some(8), None)]);
    let bourdieu = doc
        .citations
        .iter()
        .find(|c| c.text == "Bourdieu, 1986")
        .unwrap();
    assert!(bourdieu.indirect);
}

#[test]
fn harvard_findings_are_the_work_missing_and_the_work_never_cited() {
    let (source, doc) = run(HARVARD);
    // Gewirtz, Ball and Bowe (1995) is cited but not listed; Tomlinson
    // (2005) is listed but never cited. Bourdieu, cited through Field, is
    // no finding, nor is any entry the paper cites.
    assert_eq!(
        findings(&source, &doc),
        [
            (Code::UncitedReference, 114),
            (Code::UnresolvedCitation, 30)
        ]
    );
}

#[test]
fn a_count_of_volumes_after_a_title_is_no_part_of_it() {
    let doc = run_text(
        "Text.1\n\n1 Edward Hasted, A History of Kent, 2 vols. London: W. Phillips, 1810.\n",
    );
    let c = only(&doc, 1);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.title.as_deref(), Some("A History of Kent"));
    assert_eq!(f.publisher_place.as_deref(), Some("London"));
    assert_eq!(f.publisher.as_deref(), Some("W. Phillips"));
}

#[test]
fn oscola_houses_before_the_year_are_publishers() {
    let doc = run_text(
        "Text.1 More.2\n\n1 Tom Bingham, The Rule of Law (Allen Lane 2010) 37.\n2 Jane Roe, Constitutional Theory (Hart 2003) 12.\n",
    );
    for n in [1, 2] {
        let f = only(&doc, n).fields.as_deref().unwrap();
        assert_eq!(f.publisher_place, None, "note {n}");
    }
    assert_eq!(
        only(&doc, 1)
            .fields
            .as_deref()
            .unwrap()
            .publisher
            .as_deref(),
        Some("Allen Lane")
    );
    assert_eq!(pin(only(&doc, 1)), Some(("page", "37")));
    assert_eq!(
        only(&doc, 2)
            .fields
            .as_deref()
            .unwrap()
            .publisher
            .as_deref(),
        Some("Hart")
    );
}

#[test]
fn a_place_and_year_in_brackets_stay_a_place() {
    let doc = run_text("Text.1\n\n1 J. de Vries, De economie van Nederland (Nijmegen 1983) 60.\n");
    let f = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(f.publisher_place.as_deref(), Some("Nijmegen"));
    assert_eq!(f.publisher, None);
}

#[test]
fn aglc_page_after_above_n_is_the_page_cited() {
    let doc = run_text(
        "Text.1 More.2\n\n1 Trevor Allan, Constitutional Justice (Oxford University Press 2001) 12.\n2 Allan, above n 1, 230.\n",
    );
    let c = only(&doc, 2);
    assert_eq!(c.kind, CitationKind::Supra);
    assert_eq!(c.status, Some(Status::Resolved));
    assert_eq!(c.short.as_ref().unwrap().note, Some(1));
    assert_eq!(pin(c), Some(("page", "230")));
}

#[test]
fn supra_notes_in_the_plural_keep_their_list() {
    let doc = run_text(
        "Text.1 More.2 Again.3\n\n1 Jane Roe, The Law of Things (Hart 2001) 12.\n2 Jane Roe, The Law of Persons (Hart 2004) 9.\n3 Roe, supra notes 1, 2.\n",
    );
    let c = only(&doc, 3);
    assert_eq!(c.short.as_ref().unwrap().note, Some(1));
    assert_eq!(pin(c), None);
}

#[test]
fn a_case_followed_by_prose_is_read() {
    let doc = run_text(
        "Text.1\n\n1 See also Donoghue v Stevenson [1932] AC 562 (HL) 580 for the older use of the principle.\n",
    );
    let c = only(&doc, 1);
    assert_eq!(c.kind, CitationKind::Full);
    assert_eq!(c.text, "Donoghue v Stevenson [1932] AC 562 (HL) 580");
    assert_eq!(pin(c), Some(("page", "580")));
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.title.as_deref(), Some("Donoghue v Stevenson"));
    assert_eq!(f.page.as_deref(), Some("562"));
}

#[test]
fn hansard_with_its_series_before_the_house_is_a_day_of_debates() {
    let doc = run_text("Text.1\n\n1 Hansard, 5th ser., HL Deb 25 June 1920, vol. 40, col. 890.\n");
    let c = only(&doc, 1);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "hearing");
    assert_eq!(f.title, None);
    assert_eq!(f.container_title.as_deref(), Some("HL Deb"));
    assert_eq!(f.volume.as_deref(), Some("40"));
    assert_eq!(pin(c), Some(("column", "890")));
    assert_eq!(
        f.issued
            .as_ref()
            .unwrap()
            .date_parts
            .first()
            .map(Vec::as_slice),
        Some(&[1920, 6, 25][..])
    );
}

#[test]
fn a_peer_in_a_note_is_the_peer_of_the_list() {
    let text = "Text.1\n\n1 Lord Irvine of Lairg, Human Rights, Constitutional Law and the Development of the English Legal System (Hart 2003) 12.\n\nBibliography\n\nIrvine of Lairg, Lord, Human Rights, Constitutional Law and the Development of the English Legal System (Hart 2003)\n";
    let doc = run_text(text);
    let c = only(&doc, 1);
    assert_eq!(c.status, Some(Status::Resolved));
    assert_eq!(
        authors(c.fields.as_deref().unwrap()),
        [("Irvine of Lairg", "Lord")]
    );
    assert_eq!(authors(work(&doc, c)), [("Irvine of Lairg", "Lord")]);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn a_link_broken_at_a_hyphen_goes_on_over_the_line() {
    let doc = run_text(
        "Text.1\n\n1 Jane Smith, 'Open Data' (2019) <https://www.example.org/reports/open-data-\npolicy-review.pdf> accessed 3 May 2020.\n",
    );
    let f = in_note(&doc, 1)[0].fields.as_deref().unwrap();
    assert_eq!(
        f.url.as_deref(),
        Some("https://www.example.org/reports/open-data-policy-review.pdf")
    );
}

#[test]
fn harvard_snippets_edition_after_a_comma_and_supplement_pages() {
    let doc = run_text(
        "Text (Doe and Roe, 2005; Coleman, 1988).\n\nReferences\n\nColeman, J. (1988) 'Social capital in the creation of human capital', American Journal of Sociology, 94, pp. S95-S120.\n\nDoe, J. and Roe, K. (2005) A Book Title, 2nd edn, London: Routledge.\n",
    );
    let coleman = entry(&doc, 1);
    assert_eq!(coleman.kind, "article-journal");
    assert_eq!(coleman.volume.as_deref(), Some("94"));
    assert_eq!(coleman.page.as_deref(), Some("S95-S120"));
    let doe = entry(&doc, 2);
    assert_eq!(doe.kind, "book");
    assert_eq!(doe.title.as_deref(), Some("A Book Title"));
    assert_eq!(doe.edition.as_deref(), Some("2"));
    assert_eq!(doe.publisher_place.as_deref(), Some("London"));
    assert_eq!(doe.publisher.as_deref(), Some("Routledge"));
}
