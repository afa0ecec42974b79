//! German and Korean law papers and Bluebook notes: German books and
//! Festschrift contributions cited by author, short title, edition and
//! year (`Wagner, Deliktsrecht, 14. Aufl. 2021, Rn. 45`), remarks such as
//! `m.w.N.` after a citation, `a.a.O. (Fn. 6)`, a commentary known by its
//! founder (`Palandt: Bürgerliches Gesetzbuch`), Korean `위의 결정`, cases
//! in `(quoting …)` brackets, `Compare … with …`, and the Bluebook's `Id.`
//! rule kept to papers in its language. Expected values were written by
//! reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;
use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, Document, Status};
use papers_support::{findings, run, run_text};

/// The citation whose text starts with `text`.
fn cite<'d>(doc: &'d Document, text: &str) -> &'d Citation {
    doc.citations
        .iter()
        .find(|c| c.text.starts_with(text))
        .unwrap_or_else(|| panic!("no citation `{text}`"))
}

/// The reference the citation starting with `text` links to.
fn linked<'d>(doc: &'d Document, text: &str) -> Option<&'d str> {
    cite(doc, text).reference.as_deref()
}

/// The locator of the citation starting with `text`, as (label, value).
fn pin<'d>(doc: &'d Document, text: &str) -> Option<(&'d str, &'d str)> {
    cite(doc, text)
        .locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

const GERMAN_NOTES: &str = "\
Haftung im Deliktsrecht

Der Text beginnt.1 Weiter.2 Noch.3 Dann.4 Mehr.5 Ende.6 Schluss.7 Fin.8

1 Wagner, Deliktsrecht, 14. Aufl. 2021, Rn. 45.
2 Ebd., Rn. 47.
3 Canaris, JZ 1987, 993 (995) m.w.N.
4 Müller, in: Festschrift für Karl Larenz, 1973, S. 301 (305).
5 Palandt/Grüneberg, BGB, 79. Aufl. 2020, § 280 Rn. 12.
6 Wagner, a.a.O. (Fn. 1), Rn. 50.
7 Larenz, NJW 1960, 1 (3) m. w. N.; Flume, AcP 161 (1962), 52 (60) m.Nachw.
8 Müller (Fn. 4), S. 307.

Literaturverzeichnis

Palandt: Bürgerliches Gesetzbuch, 79. Aufl., München 2020.
Wagner, Gerhard: Deliktsrecht, 14. Aufl., München 2021.
";

#[test]
fn a_german_book_cited_by_short_title_edition_and_year_is_read() {
    let doc = run_text(GERMAN_NOTES);
    let book = cite(&doc, "Wagner, Deliktsrecht");
    assert_eq!(book.kind, CitationKind::Full);
    let fields = book.fields.as_deref().unwrap();
    assert_eq!(fields.kind, "book");
    assert_eq!(fields.title.as_deref(), Some("Deliktsrecht"));
    assert_eq!(fields.edition.as_deref(), Some("14"));
    assert_eq!(pin(&doc, "Wagner, Deliktsrecht"), Some(("margin", "45")));
    // The bibliography lists it; `Ebd.` and `a.a.O. (Fn. 1)` repeat it.
    let wagner = linked(&doc, "Wagner, Deliktsrecht");
    assert!(wagner.is_some_and(|r| r.starts_with('b')));
    assert_eq!(linked(&doc, "Ebd."), wagner);
    assert_eq!(cite(&doc, "Ebd.").status, Some(Status::Resolved));
    let aao = cite(&doc, "Wagner, a.a.O.");
    assert_eq!(aao.short.as_ref().unwrap().note, Some(1));
    assert_eq!(aao.reference.as_deref(), wagner);
    assert_eq!(pin(&doc, "Wagner, a.a.O."), Some(("margin", "50")));
}

#[test]
fn remarks_after_a_journal_citation_are_no_part_of_it() {
    let doc = run_text(GERMAN_NOTES);
    for (text, journal, pinpoint) in [
        ("Canaris, JZ 1987, 993 (995)", "JZ", "995"),
        ("Larenz, NJW 1960, 1 (3)", "NJW", "3"),
        ("Flume, AcP 161 (1962), 52 (60)", "AcP", "60"),
    ] {
        let c = cite(&doc, text);
        assert_eq!(c.text, text, "the remark is left out");
        assert_eq!(c.kind, CitationKind::Full);
        let fields = c.fields.as_deref().unwrap();
        assert_eq!(fields.container_title.as_deref(), Some(journal));
        assert_eq!(pin(&doc, text), Some(("page", pinpoint)));
    }
}

#[test]
fn a_festschrift_contribution_by_first_page_and_pinpoint_is_read() {
    let doc = run_text(GERMAN_NOTES);
    let c = cite(&doc, "Müller, in: Festschrift");
    let fields = c.fields.as_deref().unwrap();
    assert_eq!(fields.kind, "chapter");
    assert_eq!(
        fields.container_title.as_deref(),
        Some("Festschrift für Karl Larenz")
    );
    assert_eq!(fields.page.as_deref(), Some("301"));
    assert_eq!(fields.issued.as_ref().unwrap().year(), Some(1973));
    assert_eq!(pin(&doc, "Müller, in: Festschrift"), Some(("page", "305")));
    // `Müller (Fn. 4)` finds it in note 4.
    assert_eq!(linked(&doc, "Müller (Fn. 4)"), c.reference.as_deref());
    assert_eq!(cite(&doc, "Müller (Fn. 4)").status, Some(Status::Resolved));
}

#[test]
fn a_commentary_known_by_its_founder_names_him_as_author() {
    let doc = run_text(GERMAN_NOTES);
    let palandt = &doc
        .references
        .iter()
        .find(|r| r.bibliography_index == Some(1))
        .unwrap()
        .fields;
    assert_eq!(palandt.title.as_deref(), Some("Bürgerliches Gesetzbuch"));
    assert_eq!(palandt.author.len(), 1);
    assert_eq!(palandt.author[0].display(), "Palandt");
    assert_eq!(palandt.edition.as_deref(), Some("79"));
    // `Palandt/Grüneberg, BGB`: Grüneberg's part of Palandt's commentary.
    let c = cite(&doc, "Palandt/Grüneberg");
    let fields = c.fields.as_deref().unwrap();
    assert_eq!(fields.kind, "chapter");
    assert_eq!(fields.author[0].family.as_deref(), Some("Grüneberg"));
    assert_eq!(fields.editor[0].family.as_deref(), Some("Palandt"));
    assert_eq!(pin(&doc, "Palandt/Grüneberg"), Some(("margin", "12")));
}

#[test]
fn a_korean_word_for_the_decision_repeats_the_last_decision() {
    let doc = run_text(
        "헌법재판의 한계\n\n본문이다.1 다음이다.2 또한.3 끝.4\n\n\
         1 헌법재판소 2004. 10. 21. 선고 2004헌마554 결정.\n\
         2 김철수, 헌법학개론, 박영사, 2010, 123면.\n\
         3 위의 결정.\n\
         4 대법원 2010. 4. 22. 선고 2008다38288 판결; 허영, 한국헌법론, 박영사, 2015, 45면; 같은 판결.\n",
    );
    let decision = linked(&doc, "헌법재판소 2004. 10. 21.");
    assert!(decision.is_some());
    let same = cite(&doc, "위의 결정");
    assert_eq!(same.kind, CitationKind::Ibid);
    assert_eq!(same.reference.as_deref(), decision);
    // The book's page is not the decision's.
    assert_eq!(same.locator, None);
    assert_eq!(
        linked(&doc, "같은 판결"),
        linked(&doc, "대법원 2010. 4. 22.")
    );
}

#[test]
fn a_case_in_a_quoting_bracket_is_cited_through_the_case_before_it() {
    let doc = run_text(
        "THE DIGITAL HOME\n\nText.1 More.2 Again.3\n\n\
         1 See Riley v. California, 573 U.S. 373, 393 (2014) (quoting Smith v. Maryland, 442 U.S. 735, 743 (1979)).\n\
         2 Id. at 395.\n\
         3 Compare Kerr, The Fourth Amendment, 102 MICH. L. REV. 801, 805 (2004), with Solove, Digital Dossiers, 75 S. CAL. L. REV. 1083, 1090 (2002).\n",
    );
    let riley = cite(&doc, "Riley v. California");
    assert_eq!(riley.text, "Riley v. California, 573 U.S. 373, 393 (2014)");
    assert_eq!(riley.signal.as_deref(), Some("See"));
    assert!(!riley.indirect);
    let smith = cite(&doc, "Smith v. Maryland");
    assert_eq!(smith.kind, CitationKind::Full);
    assert_eq!(smith.signal.as_deref(), Some("quoting"));
    assert!(smith.indirect);
    assert_eq!(pin(&doc, "Smith v. Maryland"), Some(("page", "743")));
    // `Id.` repeats Riley, not the case it quotes.
    assert_eq!(linked(&doc, "Id. at 395"), riley.reference.as_deref());
    // `with` is the signal of the second half of `Compare … with …`.
    assert_eq!(cite(&doc, "Kerr").signal.as_deref(), Some("Compare"));
    assert_eq!(cite(&doc, "Solove").signal.as_deref(), Some("with"));
}

#[test]
fn the_bluebook_id_rule_holds_in_english_notes_only() {
    let spanish = run_text(
        "La reforma\n\nTexto.1 Más.2\n\n\
         1 Véase García, Derecho civil, Madrid, Tecnos, 2010, p. 45; Pérez, Derecho penal, Madrid, Civitas, 2012, p. 30.\n\
         2 Id. p. 50.\n",
    );
    // Spanish `Id.` repeats the work cited just before.
    let id = cite(&spanish, "Id.");
    assert_eq!(id.status, Some(Status::Resolved));
    assert_eq!(id.reference.as_deref(), linked(&spanish, "Pérez"));
    let english = run_text(
        "The Reform\n\nText.1 More.2\n\n\
         1 See García, Civil Law, 20 YALE L.J. 45, 50 (2010); Pérez, Criminal Law, 30 HARV. L. REV. 30, 33 (2012).\n\
         2 Id. at 50.\n",
    );
    assert_eq!(cite(&english, "Id.").status, Some(Status::Ambiguous));
}

#[test]
fn german_law_journal_article_as_pdftotext_gives_it() {
    let (source, doc) = run("fixtures/zeitschrift_haftung_pdf_de.txt");
    assert_eq!(doc.footnotes.len(), 40);
    // Books by short title, edition and year, and by year and page.
    for text in [
        "Wagner, Deliktsrecht, 14. Aufl. 2021",
        "Larenz/Canaris, Lehrbuch des Schuldrechts",
        "Hofmann, Mittelbare Verantwortlichkeit im Internet, 2017, S. 80",
        "Larenz, Methodenlehre der Rechtswissenschaft, 6. Aufl. 1991",
        "Medicus/Lorenz, Schuldrecht II, 18. Aufl. 2018",
    ] {
        let c = cite(&doc, text);
        assert_eq!(c.kind, CitationKind::Full, "{text}");
        assert!(
            linked(&doc, text).is_some_and(|r| r.starts_with('b')),
            "{text}"
        );
    }
    // The Festschrift contribution of note 6, again by `Ebd.` and `(Fn. 6)`.
    let canaris = linked(&doc, "Canaris, in: Festschrift");
    assert_eq!(pin(&doc, "Canaris, in: Festschrift"), Some(("page", "84")));
    assert_eq!(linked(&doc, "Ebd., S. 88"), canaris);
    assert_eq!(linked(&doc, "Canaris (Fn. 6)"), canaris);
    // `m.w.N.`, `m. w. N.` (across a line break), `w.N.`, `m.N.`,
    // `m.Nachw.` close citations without being part of them.
    for text in [
        "Spindler, Haftung der Plattformbetreiber",
        "Ohly, Die Verantwortlichkeit",
        "Spindler, GRUR 2021",
        "Wagner, GRUR 2020",
        "Canaris, JZ 1987",
    ] {
        let c = cite(&doc, text);
        assert!(c.text.ends_with(')'), "{}", c.text);
    }
    // Decisions: the court, the date and docket, the report.
    assert_eq!(pin(&doc, "BGH, Urt. v. 12.3.2015"), Some(("margin", "17")));
    assert_eq!(
        linked(&doc, "Ebd., Rn. 21"),
        linked(&doc, "BGH, Urt. v. 12.3.2015")
    );
    assert_eq!(pin(&doc, "BVerfGE 65, 1 (43)"), Some(("page", "43")));
    // `a.a.O. (Fn. 3)` and `(Fn. 17), 312`.
    assert_eq!(
        linked(&doc, "Wagner, a.a.O. (Fn. 3), Rn. 5/115"),
        linked(&doc, "Wagner, Deliktsrecht")
    );
    assert_eq!(pin(&doc, "Ohly (Fn. 17)"), Some(("page", "312")));
    assert_eq!(
        linked(&doc, "Ebd., 313"),
        linked(&doc, "Ohly, Die Verantwortlichkeit")
    );
    // `Palandt/Sprau` is Sprau's part of Palandt's commentary.
    assert!(linked(&doc, "Palandt/Sprau").is_some_and(|r| r.starts_with('b')));
    // Found: works cited but not listed (MüKoBGB twice, articles in
    // JuS, GRUR and JZ), and no dangling back-reference.
    let found = findings(&source, &doc);
    assert!(
        !found.iter().any(|(c, _)| *c == Code::DanglingShortForm),
        "{found:?}"
    );
    let missing = found
        .iter()
        .filter(|(c, _)| *c == Code::MissingFromBibliography)
        .count();
    assert!(missing >= 5, "{found:?}");
}
