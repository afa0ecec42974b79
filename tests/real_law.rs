//! Law papers as they reach the tool: a US law review article in
//! Bluebook footnotes, a Korean law paper (법학논문) and a German law
//! article, as `pdftotext` gives them (running heads, page numbers, notes
//! split across pages), and the misreads such notes showed: citations of
//! different signals in one note (`Compare A, with B. See generally C.`),
//! a code cited by title and section (`18 U.S.C. § 2703`), and `Id.` after
//! a note citing several works. Expected values were written by reading
//! the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;
use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Document, Status};
use papers_support::run_text;

/// (footnote, kind, text) of every citation.
fn cites(doc: &Document) -> Vec<(u32, CitationKind, &str)> {
    doc.citations
        .iter()
        .map(|c| (c.footnote.unwrap_or(0), c.kind, c.text.as_str()))
        .collect()
}

/// The id of the reference the citation whose text starts with `text`
/// links to.
fn linked<'d>(doc: &'d Document, text: &str) -> Option<&'d str> {
    doc.citations
        .iter()
        .find(|c| c.text.starts_with(text))
        .unwrap_or_else(|| panic!("no citation `{text}`"))
        .reference
        .as_deref()
}

const COMPARE: &str = "\
THE DIGITAL HOME

The home is first among equals.1 Scholars disagree.2 Yet the doctrine lags.3 Courts split.4 Congress acted.5

1 See Orin S. Kerr, The Fourth Amendment and New Technologies, 102 MICH. L. REV. 801, 805 (2004).
2 Id. at 810; see also Daniel J. Solove, Digital Dossiers and the Dissipation of Fourth Amendment Privacy, 75 S. CAL. L. REV. 1083, 1090 (2002).
3 Smith v. Maryland, 442 U.S. 735, 743-44 (1979).
4 Compare Kerr, supra note 1, at 820, with Solove, supra note 2, at 1100. See generally 18 U.S.C. § 2703 (2018).
5 Id.
";

#[test]
fn compare_with_and_a_new_signal_sentence_are_citations_of_their_own() {
    let doc = run_text(COMPARE);
    let note4: Vec<_> = cites(&doc).into_iter().filter(|c| c.0 == 4).collect();
    assert_eq!(
        note4,
        [
            (4, CitationKind::Supra, "Kerr, supra note 1, at 820"),
            (4, CitationKind::Supra, "Solove, supra note 2, at 1100."),
            (4, CitationKind::Full, "18 U.S.C. § 2703 (2018)."),
        ]
    );
    // Kerr's article of note 1; Solove's of note 2, though note 2 opens
    // with an `Id.` to Kerr.
    assert_eq!(linked(&doc, "Kerr, supra"), linked(&doc, "Orin S. Kerr"));
    assert_eq!(
        linked(&doc, "Solove, supra"),
        linked(&doc, "Daniel J. Solove")
    );
    let statute = doc
        .citations
        .iter()
        .find(|c| c.text.starts_with("18 U.S.C."))
        .unwrap();
    assert_eq!(statute.signal.as_deref(), Some("See generally"));
    let fields = statute.fields.as_deref().unwrap();
    assert_eq!(fields.kind, "legislation");
    assert_eq!(fields.title.as_deref(), Some("18 U.S.C."));
    assert_eq!(statute.locator.as_ref().unwrap().value, "§ 2703");
}

#[test]
fn id_after_a_note_citing_several_works_is_ambiguous() {
    let doc = run_text(COMPARE);
    let id = doc
        .citations
        .iter()
        .find(|c| c.footnote == Some(5))
        .unwrap();
    assert_eq!(id.kind, CitationKind::Ibid);
    assert_eq!(id.status, Some(Status::Ambiguous));
    let d = doc
        .diagnostics
        .iter()
        .find(|d| d.footnote == Some(5))
        .unwrap();
    assert_eq!(d.code, Code::AmbiguousShortForm);
    assert!(d.message.contains("3 different works"), "{}", d.message);
    // `Id. at 810` inside note 2 repeats the citation just before it, in
    // the same note: no finding.
    let id2 = doc
        .citations
        .iter()
        .find(|c| c.text.starts_with("Id. at 810"))
        .unwrap();
    assert_eq!(id2.status, Some(Status::Resolved));
    assert_eq!(id2.reference.as_deref(), linked(&doc, "Orin S. Kerr"));
}

#[test]
fn id_after_a_note_citing_one_work_twice_is_that_work() {
    let text = "\
TITLE

Text.1 More.2 And more.3

1 Jane Doe, The Archive and the State, 128 HARV. L. REV. 345, 350 (2015).
2 Id. at 352; see also Doe, supra note 1, at 360.
3 Id. at 361.
";
    let doc = run_text(text);
    let last = doc.citations.last().unwrap();
    assert_eq!(last.footnote, Some(3));
    assert_eq!(last.status, Some(Status::Resolved));
    assert_eq!(last.reference.as_deref(), linked(&doc, "Jane Doe"));
    assert!(doc
        .diagnostics
        .iter()
        .all(|d| d.code != Code::AmbiguousShortForm));
}

#[test]
fn french_id_with_a_comma_repeats_the_last_work() {
    // `Id., p. 220` of French notes (idem) is not the Bluebook's `Id.`.
    let text = "\
TITRE

Texte.1 Suite.2

1 Alphonse AULARD, Histoire politique de la Révolution française, Paris, Armand Colin, 1901, p. 8 ; Jean JAURÈS, Histoire socialiste de la Révolution française, Paris, Jules Rouff, 1901, p. 214.
2 Id., p. 220.
";
    let doc = run_text(text);
    let last = doc.citations.last().unwrap();
    assert_eq!(last.status, Some(Status::Resolved));
    assert_eq!(last.reference.as_deref(), linked(&doc, "Jean JAURÈS"));
}

#[test]
fn codes_and_constitutions_are_legislation_cited_at_a_section() {
    let text = "\
TITLE

Text.1 More.2 And more.3

1 47 U.S.C. § 230(c)(1) (2018).
2 U.S. CONST. amend. IV.
3 CAL. PENAL CODE § 1546.1 (West 2016).
";
    let doc = run_text(text);
    let read: Vec<(&str, &str)> = doc
        .citations
        .iter()
        .map(|c| {
            (
                c.fields.as_deref().unwrap().title.as_deref().unwrap(),
                c.locator.as_ref().unwrap().value.as_str(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("47 U.S.C.", "§ 230(c)(1)"),
            ("U.S. CONST.", "amend. IV"),
            ("CAL. PENAL CODE", "§ 1546.1"),
        ]
    );
}

#[test]
fn law_review_article_in_bluebook_as_pdftotext_gives_it() {
    let (_, doc) = papers_support::run("fixtures/law_review_pdf_en.txt");
    assert_eq!(doc.footnotes.len(), 36);
    // `See infra Part II.` and `See supra Part I.` point into the article.
    for n in [5, 36] {
        assert!(
            doc.citations.iter().all(|c| c.footnote != Some(n)),
            "note {n} cites nothing"
        );
    }
    let kerr = linked(&doc, "Orin S. Kerr");
    assert!(kerr.is_some());
    for pin in [
        "Kerr, supra note 1, at 90",
        "Kerr, supra note 1, at 70",
        "Kerr, supra note 1, at 95",
    ] {
        assert_eq!(linked(&doc, pin), kerr, "{pin}");
    }
    // A case with explanatory parentheticals after its year, and its
    // short forms.
    let kyllo = linked(&doc, "Kyllo v. United States");
    assert!(kyllo.is_some());
    assert_eq!(linked(&doc, "Kyllo, 533 U.S. at 34"), kyllo);
    assert_eq!(linked(&doc, "Kyllo, 533 U.S. at 29-30"), kyllo);
    // `[hereinafter Positive Law Model]`: the name before `supra note 12`
    // is the work of note 12, not an author.
    let baude = linked(&doc, "William Baude");
    assert!(baude.is_some());
    assert_eq!(
        linked(&doc, "Positive Law Model, supra note 12, at 1840"),
        baude
    );
    assert_eq!(
        linked(&doc, "Positive Law Model, supra note 12, at 1850"),
        baude
    );
    // A treatise cited at a section, and `Id.` at another.
    let lafave = doc
        .citations
        .iter()
        .find(|c| c.text.starts_with("WAYNE R. LAFAVE"))
        .unwrap();
    assert_eq!(lafave.locator.as_ref().unwrap().label, "section");
    assert_eq!(linked(&doc, "Id. § 2.1(a)"), lafave.reference.as_deref());
    // Codes: the same title at two sections is one work.
    assert_eq!(
        linked(&doc, "18 U.S.C. § 2510"),
        linked(&doc, "18 U.S.C. § 2703(a)")
    );
    assert_eq!(
        linked(&doc, "Id. § 2703(d)"),
        linked(&doc, "18 U.S.C. § 2510")
    );
    // `Compare A, with B` in a note broken over lines; a party's `of`
    // before `v.` is no lead-in.
    let note30: Vec<_> = cites(&doc).into_iter().filter(|c| c.0 == 30).collect();
    assert_eq!(note30.len(), 2);
    let leaders = linked(&doc, "Leaders of a Beautiful Struggle v. Baltimore");
    assert!(leaders.is_some());
    assert_eq!(
        linked(&doc, "Leaders of a Beautiful Struggle, 2 F.4th at 342"),
        leaders
    );
    // `Id.` after separate dissents repeats the case.
    assert_eq!(
        linked(&doc, "Id. at 2261"),
        linked(&doc, "Carpenter v. United States")
    );
    // Note 33 cites three works; the `Id.` that opens note 34 is
    // ambiguous, and the only finding.
    let findings: Vec<(Code, Option<u32>)> = doc
        .diagnostics
        .iter()
        .map(|d| (d.code, d.footnote))
        .collect();
    assert_eq!(findings, [(Code::AmbiguousShortForm, Some(34))]);
}

#[test]
fn korean_law_paper_with_decisions_and_back_references() {
    let (_, doc) = papers_support::run("fixtures/beophak_pdf_ko.txt");
    assert_eq!(doc.footnotes.len(), 15);
    let kim = linked(&doc, "김철수, 헌법학개론");
    assert!(kim.is_some());
    assert_eq!(linked(&doc, "김철수, 앞의 책(주 1)"), kim);
    // Decisions of both courts are works of the notes, not of the list.
    for d in [
        "헌법재판소 2005. 5. 26. 99헌마513 결정",
        "대법원 2010. 3. 25. 선고 2009다12345 판결",
    ] {
        let c = doc
            .citations
            .iter()
            .find(|c| c.text.starts_with(d))
            .unwrap();
        assert_eq!(c.kind, CitationKind::Full, "{d}");
    }
    assert_eq!(
        linked(&doc, "같은 판결"),
        linked(&doc, "대법원 2010. 3. 25.")
    );
    // `같은 결정` is a back-reference word as `같은 판결` is.
    let same = doc
        .citations
        .iter()
        .find(|c| c.footnote == Some(7))
        .unwrap();
    assert_eq!(same.kind, CitationKind::Ibid);
    // The article of note 12, by `주 12)의 글` and `앞의 글(주 12)`.
    let lee = linked(&doc, "이인호, \"개인정보");
    assert!(lee.is_some());
    assert_eq!(linked(&doc, "주 12)의 글"), lee);
    assert_eq!(linked(&doc, "이인호, 앞의 글(주 12)"), lee);
    assert_eq!(
        linked(&doc, "성낙인, 앞의 책"),
        linked(&doc, "성낙인, 헌법학")
    );
}

#[test]
fn german_law_article_with_reports_and_commentaries() {
    let (_, doc) = papers_support::run("fixtures/aufsatz_recht_pdf_de.txt");
    assert_eq!(doc.footnotes.len(), 13);
    let bverfge = doc
        .citations
        .iter()
        .find(|c| c.footnote == Some(1))
        .unwrap();
    assert_eq!(bverfge.kind, CitationKind::Full);
    assert_eq!(bverfge.locator.as_ref().unwrap().value, "43");
    // `Palandt/Grüneberg (Fn. 4)` is the commentary of note 4.
    assert_eq!(
        linked(&doc, "Palandt/Grüneberg (Fn. 4)"),
        linked(&doc, "Palandt/Grüneberg, BGB")
    );
    let eugh = doc
        .citations
        .iter()
        .find(|c| c.footnote == Some(10))
        .unwrap();
    assert_eq!(eugh.kind, CitationKind::Full);
}
