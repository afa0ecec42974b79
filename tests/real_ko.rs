#[path = "papers_support/mod.rs"]
mod papers_support;

// Korean journal papers as PDF-to-text gives them: a history paper with
// `1)` notes, running heads and notes split over pages; a sociology paper
// citing by author and year; foreign names in Hangul with an initial;
// the back-reference words of Korean notes. Expected values were written
// by reading the fixtures.

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use opcit::syntax::name::display_name;
use papers_support::{authors, entries, entry, findings, run, run_text};
use CitationKind::{AuthorDate, Full, Ibid, Short, Supra};
use Status::{Dangling, Resolved};

/// A history paper: notes `1)` at the foot of each page, running heads and
/// page numbers between them and the next page's text, a note broken over
/// two pages, titles in Han characters, `위의 책`, `앞의 논문`, `같은 곳`,
/// Japanese and English works, a list split into 국내문헌 and 국외문헌 with
/// `_____` and `――――` for the same author.
#[test]
fn history_paper_with_page_notes() {
    let (source, doc) = run("fixtures/yeoksa_pdf_ko.txt");
    assert_eq!(doc.footnotes.len(), 20);
    // Note 10 runs over the page's foot into the next page's.
    let n10 = doc.footnotes.iter().find(|f| f.number == 10).unwrap();
    assert!(
        n10.text.ends_with("『서울학연구』 3, 1994, 30쪽."),
        "{}",
        n10.text
    );
    assert!(!n10.text.contains("321"));
    assert_eq!(
        entries(&doc),
        [
            (1, Full, Resolved, Some(2)),
            (1, Full, Resolved, Some(8)),
            (2, Full, Resolved, Some(3)),
            (3, Ibid, Resolved, Some(3)),
            (4, Full, Resolved, Some(6)),
            (5, Full, Resolved, Some(1)),
            (6, Ibid, Resolved, Some(1)),
            (7, Full, Resolved, Some(11)),
            (8, Full, Resolved, Some(12)),
            // `앞의 논문`: 이헌창's article.
            (9, Short, Resolved, Some(6)),
            (10, Full, Resolved, Some(4)),
            (11, Full, Resolved, Some(9)),
            // 고동환 has a book and an article: `앞의 책` is the book.
            (12, Short, Resolved, Some(3)),
            (13, Full, Resolved, Some(10)),
            (14, Short, Resolved, Some(12)),
            (15, Full, Resolved, Some(5)),
            (16, Ibid, Resolved, Some(5)),
            // Cited, not in the list.
            (17, Full, Resolved, None),
            // `앞의 논문` is the article, `앞의 책` 최완기's book.
            (18, Short, Resolved, Some(4)),
            (19, Short, Resolved, Some(8)),
            (20, Full, Resolved, Some(13)),
        ]
    );
    let pages: Vec<(u32, Option<String>)> = doc
        .citations
        .iter()
        .filter(|c| matches!(c.footnote, Some(3 | 9 | 16)))
        .map(|c| {
            (
                c.footnote.unwrap(),
                c.locator.as_ref().map(|l| l.value.clone()),
            )
        })
        .collect();
    assert_eq!(
        pages,
        [
            (3, Some("123".into())),
            (9, Some("45~47".into())),
            (16, Some("23".into()))
        ]
    );
    assert_eq!(
        findings(&source, &doc),
        [
            (Code::MissingFromBibliography, 74),
            (Code::UncitedReference, 97)
        ]
    );
    // The ditto lines name the author of the line above.
    assert_eq!(authors(entry(&doc, 4)), [("고", "동환")]);
    assert_eq!(authors(entry(&doc, 9)), [("최", "완기")]);
    // A journal's volume, its year and the page cited: `『…』 17, 2008,
    // 77~80쪽`; a double volume `30·31`.
    let e = entry(&doc, 9);
    assert_eq!(e.kind, "article-journal");
    assert_eq!(e.volume.as_deref(), Some("30·31"));
    let c = doc
        .citations
        .iter()
        .find(|c| c.footnote == Some(4))
        .unwrap();
    let f = c.fields.as_ref().unwrap();
    assert_eq!(
        (f.volume.as_deref(), f.page.as_deref(), f.year()),
        (Some("17"), Some("77~80"), Some(2008))
    );
}

/// A sociology paper citing by author and year in the style of Korean
/// social-science journals: `(신광영, 2013: 45)`, `(김영미·한준, 2007)`,
/// `정이환(2013)은`, `(Breen & Jonsson, 2005; 남재욱 외, 2019)`, lettered
/// years; a reference list of Korean, then English works in APA form.
#[test]
fn sociology_paper_in_author_date() {
    let (source, doc) = run("fixtures/sahoehak_apa_ko.txt");
    assert_eq!(
        entries(&doc),
        [
            (0, AuthorDate, Resolved, Some(1)),
            (0, AuthorDate, Resolved, Some(3)),
            (0, AuthorDate, Resolved, Some(6)),
            (0, AuthorDate, Resolved, Some(8)),
            (0, AuthorDate, Resolved, Some(2)),
            (0, AuthorDate, Resolved, Some(9)),
            (0, AuthorDate, Resolved, Some(4)),
            (0, AuthorDate, Resolved, Some(5)),
            (0, AuthorDate, Resolved, Some(7)),
            (0, AuthorDate, Resolved, Some(10)),
            (0, AuthorDate, Dangling, None),
            (0, AuthorDate, Resolved, Some(3)),
        ]
    );
    let pins: Vec<Option<&str>> = doc
        .citations
        .iter()
        .map(|c| c.locator.as_ref().map(|l| l.value.as_str()))
        .collect();
    assert_eq!(
        pins,
        [
            None,
            Some("45"),
            None,
            None,
            None,
            Some("33-35"),
            Some("12"),
            None,
            None,
            None,
            None,
            Some("50")
        ]
    );
    let codes: Vec<Code> = findings(&source, &doc).into_iter().map(|f| f.0).collect();
    assert!(codes.contains(&Code::UnresolvedCitation));
    // A Korean book in APA form: the title, then `서울: 후마니타스.`, with
    // or without a space before the year.
    for n in [3, 6] {
        let e = entry(&doc, n);
        assert_eq!(e.kind, "book", "{n}");
        assert_eq!(
            (e.publisher_place.as_deref(), e.publisher.as_deref()),
            (Some("서울"), Some("후마니타스"))
        );
        assert!(e.container_title.is_none());
    }
    let e = entry(&doc, 1);
    assert_eq!(e.kind, "article-journal");
    assert_eq!(authors(e), [("김", "영미"), ("한", "준")]);
}

/// A foreign name in Hangul with an initial (`테오도르 W. 아도르노`, and
/// inverted `아도르노, 테오도르 W.`) is one person, displayed with the
/// initial's period; note and list agree.
#[test]
fn foreign_hangul_name_keeps_its_initial() {
    let doc = run_text(
        "제목\n\n본문.1) 또.2)\n\n\
         1) 테오도르 W. 아도르노, 『부정변증법』, 홍승용 옮김(한길사, 1999), 23쪽.\n\
         2) 위르겐 하버마스, 『의사소통행위이론』, 장춘익 옮김(나남, 2006), 45쪽.\n\n\
         참고문헌\n\n\
         아도르노, 테오도르 W., 『부정변증법』, 홍승용 옮김, 한길사, 1999.\n\
         하버마스, 위르겐, 『의사소통행위이론』, 장춘익 옮김, 나남, 2006.\n",
    );
    let e = entry(&doc, 1);
    assert_eq!(authors(e), [("아도르노", "테오도르 W.")]);
    assert_eq!(display_name(&e.author[0]), "테오도르 W. 아도르노");
    let c = &doc.citations[0];
    let f = c.fields.as_ref().unwrap();
    assert_eq!(f.author.len(), 1);
    assert_eq!(display_name(&f.author[0]), "테오도르 W. 아도르노");
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

/// The back-reference words of Korean notes, each linked to the work it
/// stands for.
#[test]
fn korean_back_reference_words() {
    let words = [
        ("위의 글, 5쪽.", Ibid),
        ("위의 책, 5쪽.", Ibid),
        ("위의 논문, 5쪽.", Ibid),
        ("같은 글, 5쪽.", Ibid),
        ("같은 책, 5쪽.", Ibid),
        ("상게서, 5쪽.", Ibid),
        ("상게논문, 5쪽.", Ibid),
        ("上揭書, 5쪽.", Ibid),
        ("위의 주.", Ibid),
        ("위의 주 참조.", Ibid),
        ("주 1)의 글, 5쪽.", Supra),
        ("주 1)의 책, 5쪽.", Supra),
        ("각주 1), 5쪽.", Supra),
        ("앞의 주 1)의 글, 5쪽.", Supra),
    ];
    for (word, kind) in words {
        let text = format!(
            "제목\n\n본문.1) 또.2)\n\n\
             1) 홍길동, 「조선 후기의 시장」, 『역사학보』 제200집, 2008, 45쪽.\n\
             2) {word}\n\n\
             참고문헌\n\n\
             홍길동, 「조선 후기의 시장」, 『역사학보』 제200집, 2008.\n"
        );
        let doc = run_text(&text);
        assert_eq!(
            entries(&doc),
            [(1, Full, Resolved, Some(1)), (2, kind, Resolved, Some(1))],
            "{word}"
        );
    }
    // `앞의 글`, `앞의 책`, `전게서`, `전게논문`, `前揭書` after the author's name.
    for word in [
        "앞의 글",
        "앞의 책",
        "앞의 논문",
        "전게서",
        "전게논문",
        "前揭書",
    ] {
        let text = format!(
            "제목\n\n본문.1) 또.2) 또.3)\n\n\
             1) 홍길동, 「조선 후기의 시장」, 『역사학보』 제200집, 2008, 45쪽.\n\
             2) 김철수, 『한국 상업사』, 일조각, 1990, 12쪽.\n\
             3) 홍길동, {word}, 50쪽.\n\n\
             참고문헌\n\n\
             김철수, 『한국 상업사』, 일조각, 1990.\n\
             홍길동, 「조선 후기의 시장」, 『역사학보』 제200집, 2008.\n"
        );
        let doc = run_text(&text);
        assert_eq!(entries(&doc)[2], (3, Short, Resolved, Some(2)), "{word}");
    }
}
