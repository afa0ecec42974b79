#[path = "papers_support/mod.rs"]
mod papers_support;

// APA 7 reference lists as papers print them: books with a publisher and
// no place, journal numbers without volume words and a DOI after them,
// editors' `(Eds.)` before the date, organisations as authors with the
// abbreviation the text cites them by, and links at the end of entries.
// Expected values were written by reading the fixtures and the snippets.

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{authors, editors, entries, entry, findings, run, run_text};

/// An education paper as pdftotext gives it: running heads with page
/// numbers, hanging indents, a DOI broken off on its own line, citations
/// by organisations with a bracketed abbreviation, a possessive narrative
/// citation and a reprint cited `(1938/1997)`.
#[test]
fn education_paper_in_apa_seven() {
    let (source, doc) = run("fixtures/apa7_pdf_en.txt");
    assert_eq!(doc.references.len(), 18);

    let article = |n: usize, journal: &str, volume: &str, issue: Option<&str>, page: &str| {
        let e = entry(&doc, n);
        assert_eq!(e.kind, "article-journal", "entry {n}");
        assert_eq!(e.container_title.as_deref(), Some(journal), "entry {n}");
        assert_eq!(e.volume.as_deref(), Some(volume), "entry {n}");
        assert_eq!(e.issue.as_deref(), issue, "entry {n}");
        assert_eq!(e.page.as_deref(), Some(page), "entry {n}");
    };
    article(
        1,
        "Research in the Teaching of English",
        "51",
        Some("3"),
        "351–360",
    );
    article(
        2,
        "Assessment & Evaluation in Higher Education",
        "43",
        Some("8"),
        "1315–1325",
    );
    article(
        5,
        "Journal of Educational Psychology",
        "99",
        Some("3"),
        "445–476",
    );
    // The pages on the next line, the DOI after them.
    article(
        6,
        "Review of Educational Research",
        "77",
        Some("1"),
        "81–112",
    );
    // A volume without an issue.
    article(13, "Educational Research Review", "9", None, "129–144");
    assert_eq!(
        entry(&doc, 2).url.as_deref(),
        Some("https://doi.org/10.1080/02602938.2018.1463354")
    );

    let book = |n: usize, publisher: &str| {
        let e = entry(&doc, n);
        assert_eq!(e.kind, "book", "entry {n}");
        assert_eq!(e.publisher.as_deref(), Some(publisher), "entry {n}");
        assert_eq!(e.container_title, None, "entry {n}");
    };
    // `Touchstone. (Original work published 1938)`.
    book(3, "Touchstone");
    book(8, "Indiana University Center for Postsecondary Research");
    book(12, "OECD Publishing");
    book(16, "Harvard University Press");
    // `(Eds.). (2020).`: an edited book, its DOI after the publisher.
    book(18, "Frontiers Media");
    assert_eq!(
        editors(entry(&doc, 18)),
        [("Wisniewski", "B."), ("Zierer", "K."), ("Hattie", "J.")]
    );
    assert_eq!(
        entry(&doc, 18).title.as_deref(),
        Some("The power of feedback revisited")
    );
    // A news site dated to the day keeps its outlet, not the link.
    assert_eq!(
        entry(&doc, 4).container_title.as_deref(),
        Some("Inside Higher Ed")
    );
    // An organisation whose name holds `and` is one author.
    assert_eq!(
        entry(&doc, 12).author[0].literal.as_deref(),
        Some("Organisation for Economic Co-operation and Development")
    );
    assert_eq!(entry(&doc, 12).author.len(), 1);

    let cited: Vec<(Status, Option<usize>)> = entries(&doc)
        .into_iter()
        .map(|(_, kind, status, n)| {
            assert_eq!(kind, CitationKind::AuthorDate);
            (status, n)
        })
        .collect();
    let resolved = |ns: &[usize]| -> Vec<(Status, Option<usize>)> {
        ns.iter().map(|&n| (Status::Resolved, Some(n))).collect()
    };
    assert_eq!(
        cited,
        resolved(&[
            6, 17, 15, 11, // Hattie, Winstone, Topping, Nicol et al.
            10, 14, 2, // Nicol 2021, Sadler, Carless and Boud
            8, 9, // National Survey … [NSSE], 2019; NSSE, 2020
            5, 1, 16, 3, // Graham, Bazerman, Vygotsky, Dewey (1938/1997)
            12, 4, 7, // OECD [OECD], Flaherty, Li's (2022)
            13, 5, 8, // Panadero, Graham and Perin, the Survey (2019)
        ])
    );
    let texts: Vec<&str> = doc.citations.iter().map(|c| c.text.as_str()).collect();
    assert!(
        texts.contains(&"National Survey of Student Engagement, 2019"),
        "{texts:?}"
    );
    assert!(texts.contains(&"Li (2022)"), "{texts:?}");
    // The edited book is the one entry nothing cites.
    assert_eq!(findings(&source, &doc), [(Code::UncitedReference, 72)]);
}

/// A link that ends an entry ends it: the next line's names open the next
/// entry, though the line before holds no closing period.
#[test]
fn a_link_ends_an_entry() {
    let doc = run_text(
        "Intro\n\nAs shown (OECD, 2019; Putnam, 2000).\n\nReferences\n\n\
         OECD. (2019). Education at a glance 2019: OECD indicators. OECD Publishing. https://doi.org/10.1787/f8d7880d-en\n\
         Putnam, R. D. (2000). Bowling alone: The collapse and revival of American community. Simon & Schuster.\n",
    );
    assert_eq!(doc.references.len(), 2);
    assert_eq!(entry(&doc, 1).publisher.as_deref(), Some("OECD Publishing"));
    assert_eq!(
        entry(&doc, 1).url.as_deref(),
        Some("https://doi.org/10.1787/f8d7880d-en")
    );
    assert_eq!(
        entry(&doc, 2).publisher.as_deref(),
        Some("Simon & Schuster")
    );
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
    // A URL broken after a slash still goes on in the next line.
    let doc = run_text(
        "Intro\n\nAs shown (OECD, 2019).\n\nReferences\n\n\
         OECD. (2019). Education at a glance. OECD Publishing. https://doi.org/\n\
         10.1787/f8d7880d-en\n",
    );
    assert_eq!(doc.references.len(), 1);
}

/// The words that lead to a link (`Retrieved from`, `Recuperado de`,
/// `Available at`) name no publisher, and a piece dated to the day names its
/// outlet, not a publisher.
#[test]
fn lead_words_before_links_and_dated_pieces() {
    let doc = run_text(
        "Intro\n\nSee (Instituto Nacional de Estadística [INE], 2020; Smith, 2021; Reuters, 2020).\n\nReferences\n\n\
         Instituto Nacional de Estadística [INE]. (2020). Encuesta de población activa. Recuperado de https://www.ine.es/epa.pdf\n\
         Reuters. (2020, March 3). Markets fall on virus fears. Reuters. https://www.reuters.com/article/markets\n\
         Smith, J. (2021). Open data in practice. Data Institute. Available at https://example.org/open\n",
    );
    let ine = entry(&doc, 1);
    assert_eq!(ine.publisher, None);
    assert_eq!(ine.container_title, None);
    assert_eq!(
        ine.author[0].literal.as_deref(),
        Some("Instituto Nacional de Estadística")
    );
    assert_eq!(entry(&doc, 2).container_title.as_deref(), Some("Reuters"));
    assert_eq!(entry(&doc, 2).publisher, None);
    assert_eq!(entry(&doc, 3).publisher.as_deref(), Some("Data Institute"));
    assert_eq!(doc.citations.len(), 3);
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
}

/// An organisation that publishes its own work (`통계청 … 대전: 통계청`) is
/// one name, not a family name and a given name; a person's name stays
/// split.
#[test]
fn an_author_who_is_the_publisher_is_one_name() {
    let doc = run_text(
        "서론\n\n최근 통계는 격차를 보여준다(통계청, 2020; 장상수, 2008).\n\n참고문헌\n\n\
         장상수. 2008. “가족 배경, 학업 성취, 교육 포부.” 『한국사회학』 42(3), 63-97.\n\
         통계청. 2020. 『2020 사회조사 결과』. 대전: 통계청.\n",
    );
    assert_eq!(entry(&doc, 2).author[0].literal.as_deref(), Some("통계청"));
    assert_eq!(entry(&doc, 2).author[0].family, None);
    assert_eq!(authors(entry(&doc, 1)), [("장", "상수")]);
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
}

/// What must not change: a title, then a journal with its numbers, is an
/// article; names that are persons joined by `and` stay two names; a
/// phrase in parentheses that opens with a lowercase word is no
/// organisation citing.
#[test]
fn journals_and_persons_stay_what_they_are() {
    let doc = run_text(
        "Intro\n\nAs argued (Smith and Jones, 2019), and (in the United States, 2019 was dry).\n\nReferences\n\n\
         Smith, J., & Jones, K. (2019). Why trust? Journal of Politics, 12(3), 1–20.\n",
    );
    let e = entry(&doc, 1);
    assert_eq!(e.kind, "article-journal");
    assert_eq!(e.volume.as_deref(), Some("12"));
    assert_eq!(e.page.as_deref(), Some("1–20"));
    let families: Vec<&str> = authors(e).into_iter().map(|(f, _)| f).collect();
    assert_eq!(families, ["Smith", "Jones"]);
    assert_eq!(doc.citations.len(), 1);
    assert_eq!(doc.citations[0].status, Some(Status::Resolved));
}
