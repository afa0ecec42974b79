#[path = "papers_support/mod.rs"]
mod papers_support;

// A Canadian law-review article in McGill Guide style as pdftotext gives
// it (running heads with the journal's volume and issue, notes at the page
// foot wrapped with an indent): `Ibid at para 72.`, `Supra note 6 at 360.`,
// `Oakes, supra note 1 at 139.`, cases with a comma after the parties, a
// pinpoint after `at` and a parallel report with its series (`R v Oakes,
// [1986] 1 SCR 103 at 138, 26 DLR (4th) 200 [Oakes].`), neutral citations
// with their year unbracketed (`2015 SCC 5 at para 66`), short names in
// square brackets (`[Charter]`, then `Charter, s 12.`), statutes by their
// statute book and chapter (`Criminal Code, RSC 1985, c C-46, s 718.`,
// `Code civil du Québec, CQLR c CCQ-1991, art 1457.`), books `(Toronto:
// Carswell, 2007) at 45`, articles `(2005) 50:2 McGill LJ 345 at 350`,
// French titles in « » and a list under LEGISLATION, JURISPRUDENCE and
// SECONDARY MATERIAL. Expected values were written by reading the fixture.
//
// Besides it, the AGLC notes of the Australian fixture: journal articles
// with an issue in brackets and medium-neutral citations.

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{entry, entry_number, findings, only, run, work};

const MCGILL: &str = "fixtures/proportionality_mcgill_pdf_en.txt";
const AGLC: &str = "fixtures/native_title_aglc_pdf_en.txt";

#[test]
fn every_note_links_to_the_work_it_cites() {
    use CitationKind::{Full, Ibid, Supra};
    let (_, doc) = run(MCGILL);
    // (note, kind, the list's entry, pinpoint)
    let expected = [
        (1, Full, 8, Some("138")),
        (2, Full, 11, Some("45")),
        (3, Full, 1, Some("s 7")),
        (4, Ibid, 1, Some("1")),
        (5, Full, 3, Some("s 718")),
        (6, Full, 16, Some("350")),
        (7, Ibid, 16, Some("352")),
        (8, Full, 4, Some("66")),
        (9, Ibid, 4, Some("72")),
        (10, Supra, 8, Some("139")),
        (11, Full, 10, Some("112")),
        (12, Supra, 16, Some("360")),
        (13, Full, 7, Some("5")),
        (14, Supra, 1, Some("12")),
        (15, Full, 13, Some("570")),
        (16, Supra, 11, Some("47")),
        (17, Full, 15, Some("155")),
        (18, Full, 9, Some("139")),
        (20, Full, 5, Some("45")),
        (21, Full, 2, Some("art 1457")),
        (22, Supra, 10, Some("115")),
        (23, Supra, 4, Some("80")),
        (24, Full, 14, Some("4")),
        (25, Supra, 13, Some("575")),
        (26, Full, 12, Some("790")),
        (27, Full, 6, Some("93")),
        (28, Supra, 16, Some("361")),
        (29, Supra, 11, Some("50–52")),
        (30, Ibid, 11, Some("51")),
    ];
    for (n, kind, listed, pin) in expected {
        let c = only(&doc, n);
        assert_eq!(c.kind, kind, "note {n}");
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        assert_eq!(entry_number(&doc, c), Some(listed), "note {n}");
        assert_eq!(
            c.locator.as_ref().map(|l| l.value.as_str()),
            pin,
            "note {n}"
        );
    }
    // `Ibid.` after Vriend: the same case.
    let c = only(&doc, 19);
    assert_eq!(c.kind, Ibid);
    assert_eq!(entry_number(&doc, c), Some(9));
}

#[test]
fn paragraphs_after_at_are_paragraphs() {
    let (_, doc) = run(MCGILL);
    for n in [8, 9, 13, 18, 20, 23, 27] {
        let c = only(&doc, n);
        assert_eq!(
            c.locator.as_ref().map(|l| l.label.as_str()),
            Some("paragraph"),
            "note {n}"
        );
    }
    for n in [1, 2, 6, 7, 10, 12] {
        let c = only(&doc, n);
        assert_eq!(
            c.locator.as_ref().map(|l| l.label.as_str()),
            Some("page"),
            "note {n}"
        );
    }
}

#[test]
fn cases_name_their_report_or_their_court_and_number() {
    let (_, doc) = run(MCGILL);
    // `R v Oakes, [1986] 1 SCR 103 at 138, 26 DLR (4th) 200 [Oakes].`
    let oakes = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(oakes.kind, "legal_case");
    assert_eq!(oakes.title.as_deref(), Some("R v Oakes"));
    assert_eq!(oakes.container_title.as_deref(), Some("SCR"));
    assert_eq!(oakes.volume.as_deref(), Some("1"));
    assert_eq!(oakes.page.as_deref(), Some("103"));
    // `Carter v Canada (Attorney General), 2015 SCC 5 at para 66`: the
    // Supreme Court's fifth decision of 2015, no report's page.
    let carter = only(&doc, 8).fields.as_deref().unwrap();
    assert_eq!(carter.kind, "legal_case");
    assert_eq!(
        carter.title.as_deref(),
        Some("Carter v Canada (Attorney General)")
    );
    assert_eq!(carter.publisher.as_deref(), Some("SCC"));
    assert_eq!(carter.number.as_deref(), Some("5"));
    assert_eq!(carter.page, None);
    assert_eq!(carter.year(), Some(2015));
    // The list's `R v Jordan, 2016 SCC 27.`
    let jordan = entry(&doc, 7);
    assert_eq!(jordan.kind, "legal_case");
    assert_eq!(jordan.number.as_deref(), Some("27"));
    assert_eq!(entry(&doc, 6).title.as_deref(), Some("R v Gladue"));
}

#[test]
fn statutes_are_legislation_with_book_and_chapter() {
    let (_, doc) = run(MCGILL);
    let code = only(&doc, 5).fields.as_deref().unwrap();
    assert_eq!(code.kind, "legislation");
    assert_eq!(code.title.as_deref(), Some("Criminal Code"));
    assert_eq!(code.container_title.as_deref(), Some("RSC"));
    assert_eq!(code.number.as_deref(), Some("C-46"));
    assert_eq!(code.year(), Some(1985));
    let charter = entry(&doc, 1);
    assert_eq!(charter.kind, "legislation");
    assert_eq!(
        charter.title.as_deref(),
        Some("Canadian Charter of Rights and Freedoms")
    );
    let ccq = entry(&doc, 2);
    assert_eq!(ccq.title.as_deref(), Some("Code civil du Québec"));
    assert_eq!(ccq.number.as_deref(), Some("CCQ-1991"));
}

#[test]
fn articles_have_volume_issue_and_first_page() {
    let (_, doc) = run(MCGILL);
    // (note, journal, volume, issue, first page)
    for (n, journal, volume, issue, page) in [
        (6, "McGill LJ", "50", "2", "345"),
        (15, "C de D", "50", "3", "563"),
        (24, "Man LJ", "37", "2", "1"),
        (26, "RIDC", "52", "4", "781"),
    ] {
        let f = only(&doc, n).fields.as_deref().unwrap();
        assert_eq!(f.kind, "article-journal", "note {n}");
        assert_eq!(f.container_title.as_deref(), Some(journal), "note {n}");
        assert_eq!(f.volume.as_deref(), Some(volume), "note {n}");
        assert_eq!(f.issue.as_deref(), Some(issue), "note {n}");
        assert_eq!(f.page.as_deref(), Some(page), "note {n}");
    }
    assert_eq!(
        work(&doc, only(&doc, 15)).title.as_deref(),
        Some("Liberté de choix et protection juridique des femmes")
    );
}

#[test]
fn books_have_their_publisher_and_edition() {
    let (_, doc) = run(MCGILL);
    // `Peter W Hogg, Constitutional Law of Canada, 5th ed (Toronto:
    // Carswell, 2007) at 45.`
    let hogg = only(&doc, 2).fields.as_deref().unwrap();
    assert_eq!(hogg.kind, "book");
    assert_eq!(hogg.title.as_deref(), Some("Constitutional Law of Canada"));
    assert_eq!(hogg.edition.as_deref(), Some("5"));
    assert_eq!(hogg.publisher.as_deref(), Some("Carswell"));
    assert_eq!(hogg.publisher_place.as_deref(), Some("Toronto"));
    // The list's `Hogg, Peter W. Constitutional Law of Canada, 5th ed
    // (Toronto: Carswell, 2007).`
    let listed = entry(&doc, 11);
    assert_eq!(
        listed.title.as_deref(),
        Some("Constitutional Law of Canada")
    );
    assert_eq!(listed.edition.as_deref(), Some("5"));
}

#[test]
fn the_only_finding_is_the_uncited_entry() {
    let (source, doc) = run(MCGILL);
    let found = findings(&source, &doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Code::UncitedReference);
}

#[test]
fn aglc_articles_have_their_journal_and_issue() {
    let (_, doc) = run(AGLC);
    // `Noel Pearson, 'The Concept of Native Title at Common Law' (1997)
    // 5(1) Australian Humanities Review 1, 3.`
    let c = only(&doc, 3);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-journal");
    assert_eq!(
        f.container_title.as_deref(),
        Some("Australian Humanities Review")
    );
    assert_eq!(
        (f.volume.as_deref(), f.issue.as_deref(), f.page.as_deref()),
        (Some("5"), Some("1"), Some("1"))
    );
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("3"));
    // The list's entries of the three articles.
    for n in [3, 4, 5] {
        assert_eq!(entry(&doc, n).kind, "article-journal", "entry {n}");
    }
    assert_eq!(
        entry(&doc, 3).container_title.as_deref(),
        Some("Melbourne University Law Review")
    );
}

#[test]
fn aglc_neutral_citations_are_a_court_and_a_number() {
    let (_, doc) = run(AGLC);
    // `Al-Kateb v Godwin [2004] HCA 37, [31] (McHugh J).`
    let c = only(&doc, 29);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.publisher.as_deref(), Some("HCA"));
    assert_eq!(f.number.as_deref(), Some("37"));
    assert_eq!(f.page, None);
    assert_eq!(
        c.locator
            .as_ref()
            .map(|l| (l.label.as_str(), l.value.as_str())),
        Some(("paragraph", "[31]"))
    );
    // `Akiba v Commonwealth [2013] HCA 33; (2013) 250 CLR 209, 232 [44].`:
    // the report is the parallel one, as the list has it.
    let f = only(&doc, 18).fields.as_deref().unwrap();
    assert_eq!(f.number.as_deref(), Some("33"));
    assert_eq!(
        (
            f.container_title.as_deref(),
            f.volume.as_deref(),
            f.page.as_deref()
        ),
        (Some("CLR"), Some("250"), Some("209"))
    );
}

#[test]
fn aglc_debates_are_titled_by_house_and_day() {
    let (_, doc) = run(AGLC);
    // `Commonwealth, Parliamentary Debates, Senate, 16 December 1993, 5092
    // (Gareth Evans).`: the jurisdiction speaks; 5092 is the page.
    let c = only(&doc, 21);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "hearing");
    assert_eq!(f.title.as_deref(), Some("Senate, 16 December 1993"));
    assert_eq!(f.author[0].literal.as_deref(), Some("Commonwealth"));
    assert_eq!(f.volume, None);
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("5092"));
    let doc = papers_support::run_text(
        "Title\n\nText.1\n\n   1 Commonwealth, Parliamentary Debates, House of Representatives, 16 November 1993, 2877 (Paul Keating, Prime Minister).\n",
    );
    let c = only(&doc, 1);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(
        f.title.as_deref(),
        Some("House of Representatives, 16 November 1993")
    );
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("2877"));
}
