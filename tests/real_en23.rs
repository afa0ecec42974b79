//! A law review article in Bluebook form as PDF conversion gives it:
//! articles followed by an explanatory parenthetical or a short name in
//! square brackets, acts by public law or by popular name before the
//! code, congressional reports in small capitals, newspapers in print and
//! online, a blog, a restatement cited by its title, cases cited by docket
//! number and documents filed in them, and a short case form whose name
//! also stands in two articles' titles.
//! Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{authors, in_note, only, run, work};

const PAPER: &str = "fixtures/data_brokers_bluebook_pdf_en.txt";

#[test]
fn the_paper_has_no_finding() {
    let (_, doc) = run(PAPER);
    assert_eq!(doc.footnotes.len(), 21);
    let codes: Vec<Code> = doc.diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.is_empty(), "{:#?}", doc.diagnostics);
}

#[test]
fn an_article_with_a_parenthetical_or_a_defined_name_after_its_year() {
    let (_, doc) = run(PAPER);
    // `Orin S. Kerr, Buying Data and the Fourth Amendment, 2021 U. CHI.
    // LEGAL F. 241, 245 (2021) (arguing that purchase is not a search)`.
    let notes = in_note(&doc, 4);
    assert_eq!(notes.len(), 2, "{notes:#?}");
    let kerr = work(&doc, notes[0]);
    assert_eq!(kerr.kind, "article-journal");
    assert_eq!(
        kerr.title.as_deref(),
        Some("Buying Data and the Fourth Amendment")
    );
    assert_eq!(kerr.container_title.as_deref(), Some("U. CHI. LEGAL F."));
    assert_eq!(kerr.volume.as_deref(), Some("2021"));
    assert_eq!(kerr.page.as_deref(), Some("241"));
    assert_eq!(notes[0].locator.as_ref().unwrap().value, "245");
    // `Matthew Tokson, The Aftermath of Carpenter, 135 HARV. L. REV.
    // 1790, 1801 (2022) [hereinafter Tokson, Aftermath]`.
    let tokson = work(&doc, notes[1]);
    assert_eq!(tokson.kind, "article-journal");
    assert_eq!(authors(tokson), vec![("Tokson", "Matthew")]);
    assert_eq!(tokson.container_title.as_deref(), Some("HARV. L. REV."));
    assert_eq!(tokson.volume.as_deref(), Some("135"));
    assert_eq!(tokson.page.as_deref(), Some("1790"));
    assert_eq!(notes[1].locator.as_ref().unwrap().value, "1801");
    // `Tokson, Aftermath, supra note 4, at 1810` finds it by the name.
    let later = in_note(&doc, 15);
    assert_eq!(later.len(), 2);
    assert_eq!(later[1].reference, notes[1].reference);
    assert_eq!(later[0].reference, notes[0].reference);
    // `(proposing a positive-law test)` after Baude and Stern's year.
    let baude = work(&doc, only(&doc, 14));
    assert_eq!(baude.kind, "article-journal");
    assert_eq!(baude.page.as_deref(), Some("1821"));
    assert_eq!(baude.issued.as_ref().and_then(|d| d.year()), Some(2016));
}

#[test]
fn acts_by_public_law_and_by_popular_name() {
    let (_, doc) = run(PAPER);
    // `Electronic Communications Privacy Act of 1986, Pub. L. No. 99-508,
    // 100 Stat. 1848 (codified as amended …)`.
    let ecpa = work(&doc, only(&doc, 6));
    assert_eq!(ecpa.kind, "legislation");
    assert_eq!(
        ecpa.title.as_deref(),
        Some("Electronic Communications Privacy Act of 1986")
    );
    assert_eq!(ecpa.number.as_deref(), Some("Pub. L. No. 99-508"));
    assert_eq!(ecpa.volume.as_deref(), Some("100"));
    assert_eq!(ecpa.page.as_deref(), Some("1848"));
    assert_eq!(ecpa.issued.as_ref().and_then(|d| d.year()), Some(1986));
    assert!(ecpa.author.is_empty());
    // `Stored Communications Act, 18 U.S.C. §§ 2701–2713 (2018)`: the code
    // is the work, as in note 10 (`18 U.S.C. § 2702(a)(3) (2018)`).
    let sca = only(&doc, 7);
    let code = work(&doc, sca);
    assert_eq!(code.kind, "legislation");
    assert_eq!(code.title.as_deref(), Some("18 U.S.C."));
    assert!(code.author.is_empty());
    assert_eq!(sca.locator.as_ref().unwrap().value, "§§ 2701–2713");
    assert_eq!(only(&doc, 10).reference, sca.reference);
}

#[test]
fn reports_in_small_capitals_and_a_restatement() {
    let (_, doc) = run(PAPER);
    for (n, series, number, page) in [
        (8, "S. REP.", "99-541", "3"),
        (9, "H.R. REP.", "99-647", "17"),
    ] {
        let c = only(&doc, n);
        let w = work(&doc, c);
        assert_eq!(w.kind, "report", "note {n}");
        assert_eq!(w.container_title.as_deref(), Some(series));
        assert_eq!(w.number.as_deref(), Some(number));
        assert_eq!(c.locator.as_ref().unwrap().value, page);
    }
    // `RESTATEMENT (SECOND) OF TORTS § 652B (AM. L. INST. 1977)`: no
    // author-date citation of `AM. L. INST.`.
    let r = only(&doc, 13);
    assert_eq!(r.kind, CitationKind::Full);
    let w = work(&doc, r);
    assert_eq!(w.title.as_deref(), Some("RESTATEMENT (SECOND) OF TORTS"));
    assert_eq!(w.publisher.as_deref(), Some("AM. L. INST."));
    assert_eq!(w.issued.as_ref().and_then(|d| d.year()), Some(1977));
    assert_eq!(r.locator.as_ref().unwrap().label, "section");
    assert_eq!(r.locator.as_ref().unwrap().value, "§ 652B");
}

#[test]
fn newspapers_and_sites_online() {
    let (_, doc) = run(PAPER);
    // `Charlie Warzel & Stuart A. Thompson, Twelve Million Phones, One
    // Dataset, N.Y.\nTIMES (Dec. 19, 2019), https://…`.
    let nyt = work(&doc, only(&doc, 3));
    assert_eq!(nyt.kind, "article-newspaper");
    assert_eq!(
        nyt.title.as_deref(),
        Some("Twelve Million Phones, One Dataset")
    );
    assert_eq!(
        authors(nyt),
        vec![("Warzel", "Charlie"), ("Thompson", "Stuart A.")]
    );
    assert!(nyt.container_title.as_deref().unwrap().ends_with("TIMES"));
    assert!(nyt
        .url
        .as_deref()
        .unwrap()
        .starts_with("https://www.nytimes.com/"));
    // `Byron Tau, Federal Agencies Buy Cellphone Location Data, WALL ST.
    // J., Feb. 7,\n2020, at A1.`: the paper abbreviated by table T13, no
    // book published by it.
    let c = only(&doc, 1);
    let wsj = work(&doc, c);
    assert_eq!(wsj.kind, "article-newspaper");
    assert_eq!(wsj.container_title.as_deref(), Some("WALL ST. J."));
    assert!(wsj.publisher.is_none());
    assert_eq!(wsj.issued.as_ref().and_then(|d| d.day()), Some(7));
    assert_eq!(c.locator.as_ref().unwrap().value, "A1");
    // `… LAWFARE (Apr. 6, 2022, 9:01 AM), https://…`: a site, no newspaper.
    let blog = work(&doc, only(&doc, 18));
    assert_eq!(blog.kind, "webpage");
    assert_eq!(blog.container_title.as_deref(), Some("LAWFARE"));
    assert_eq!(authors(blog), vec![("Rozenshtein", "Alan Z.")]);
    // `Warzel & Thompson, supra note 3.` links to the article.
    assert_eq!(in_note(&doc, 19)[1].reference, only(&doc, 3).reference);
}

#[test]
fn a_bill_by_its_number_is_a_bill() {
    let (_, doc) = run(PAPER);
    // `Fourth Amendment Is Not For Sale Act, H.R. 4639, 118th Cong.
    // (2023).`: no hearing.
    let w = work(&doc, only(&doc, 20));
    assert_eq!(w.kind, "bill");
    assert_eq!(
        w.title.as_deref(),
        Some("Fourth Amendment Is Not For Sale Act")
    );
    assert_eq!(w.number.as_deref(), Some("H.R. 4639"));
    assert_eq!(w.container_title.as_deref(), Some("118th Cong."));
    assert_eq!(w.issued.as_ref().and_then(|d| d.year()), Some(2023));
}

#[test]
fn cases_by_docket_and_documents_filed_in_them() {
    let (_, doc) = run(PAPER);
    // `Complaint at 4, FTC v. Kochava, Inc., No. 2:22-cv-00377 (D. Idaho
    // Aug. 29, 2022).`: the case, no author-date `D. Idaho`.
    let c = only(&doc, 16);
    assert_eq!(c.kind, CitationKind::Full);
    let w = work(&doc, c);
    assert_eq!(w.kind, "legal_case");
    assert_eq!(w.title.as_deref(), Some("FTC v. Kochava, Inc."));
    assert_eq!(w.number.as_deref(), Some("No. 2:22-cv-00377"));
    assert_eq!(w.publisher.as_deref(), Some("D. Idaho"));
    let day = w.issued.as_ref().unwrap();
    assert_eq!(
        (day.year(), day.month(), day.day()),
        (Some(2022), Some(8), Some(29))
    );
    // The complaint's page is no page of a decision.
    assert!(c.locator.is_none());
    // `Id. at 7–9.` repeats it.
    let id = only(&doc, 17);
    assert_eq!(id.reference, c.reference);
}

#[test]
fn a_short_case_form_is_told_from_articles_naming_the_case_by_its_reporter() {
    let (_, doc) = run(PAPER);
    // `Carpenter, 138 S. Ct. at 2220.`: `The Aftermath of Carpenter` and
    // `… Reasonableness After Carpenter` name it too.
    let notes = in_note(&doc, 21);
    let short = notes.last().unwrap();
    assert_eq!(short.status, Some(Status::Resolved));
    assert_eq!(short.reference, only(&doc, 5).reference);
    assert_eq!(short.locator.as_ref().unwrap().value, "2220");
}

#[test]
fn chapters_rules_orders_and_bodies_in_bluebook_form() {
    let doc = papers_support::paper_of_notes(
        "Text",
        &[
            "Jane Doe, Privacy and Its Limits, in THE CAMBRIDGE HANDBOOK OF PRIVACY 45, 50 (John Roe ed., 2010).",
            "FED. R. EVID. 702.",
            "Exec. Order No. 12,333, 3 C.F.R. 200 (1982).",
            "U.S. DEP'T OF JUST., INVESTIGATIVE USES OF DATA 5 (2019).",
            "Fed. R. Civ. P. 12(b)(6).",
        ],
    );
    // A chapter: the book after `in`, its first page and the pinpoint,
    // the editor before `ed.`.
    let c = only(&doc, 1);
    let w = work(&doc, c);
    assert_eq!(w.kind, "chapter");
    assert_eq!(w.title.as_deref(), Some("Privacy and Its Limits"));
    assert_eq!(
        w.container_title.as_deref(),
        Some("THE CAMBRIDGE HANDBOOK OF PRIVACY")
    );
    assert_eq!(w.page.as_deref(), Some("45"));
    assert_eq!(papers_support::editors(w), vec![("Roe", "John")]);
    assert_eq!(c.locator.as_ref().unwrap().value, "50");
    // A rule of evidence, no archive `FED`.
    let r = only(&doc, 2);
    let w = work(&doc, r);
    assert_eq!(w.kind, "legislation");
    assert_eq!(w.title.as_deref(), Some("FED. R. EVID."));
    assert!(w.archive.is_none());
    assert_eq!(r.locator.as_ref().unwrap().label, "rule");
    assert_eq!(r.locator.as_ref().unwrap().value, "702");
    let civ = only(&doc, 5);
    assert_eq!(work(&doc, civ).title.as_deref(), Some("Fed. R. Civ. P."));
    assert_eq!(civ.locator.as_ref().unwrap().value, "12(b)(6)");
    // An executive order printed in the C.F.R.
    let o = work(&doc, only(&doc, 3));
    assert_eq!(o.kind, "legislation");
    assert_eq!(o.title.as_deref(), Some("Exec. Order No. 12,333"));
    assert_eq!(o.container_title.as_deref(), Some("C.F.R."));
    assert_eq!(o.volume.as_deref(), Some("3"));
    assert_eq!(o.page.as_deref(), Some("200"));
    assert_eq!(o.issued.as_ref().and_then(|d| d.year()), Some(1982));
    // A department as the author, not a person `DEP'T OF JUST`, `U.S.`.
    let d = work(&doc, only(&doc, 4));
    assert_eq!(d.author.len(), 1);
    assert!(d.author[0].family.is_none(), "{:?}", d.author);
    assert!(d.author[0]
        .literal
        .as_deref()
        .unwrap()
        .starts_with("U.S. DEP'T OF JUST"));
}
