#[path = "papers_support/mod.rs"]
mod papers_support;

// Korean papers as PDF-to-text gives them, round three: a history paper
// citing chronicles in Han characters and Korean works in page notes; a
// sociology paper citing by author and year with a list split into
// 국내문헌 and 국외문헌; an education-policy paper whose notes cite
// reports, press releases and web pages. Expected values were written by
// reading the fixtures; the small cases are the misreads fixed with them.

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{authors, entries, entry, findings, note_entries, run, run_text};
use CitationKind::{AuthorDate, Full, Ibid, Short, Supra};
use Status::{Dangling, Resolved};

/// The page cited by each note's citations, in order.
fn pins(doc: &opcit::model::Document, note: u32) -> Vec<Option<&str>> {
    doc.citations
        .iter()
        .filter(|c| c.footnote == Some(note))
        .map(|c| c.locator.as_ref().map(|l| l.value.as_str()))
        .collect()
}

/// A history paper: `1)` notes at the foot of each page, running heads with
/// the journal's name and page, a note broken over a page, chronicles cited
/// by reign and day (`『承政院日記』 仁祖 5年 3月 2日`), `위의 책`, `같은
/// 책`, `상게서`, `전게서`, `前揭書`, `앞의 논문`, `앞의 책`, `주 12) 참조`
/// after a lead-in, `재인용`, and a list in three parts (사료, 단행본, 논문).
#[test]
fn history_paper_with_chronicles_and_back_references() {
    let (source, doc) = run("fixtures/hoeran_pdf_ko.txt");
    assert_eq!(doc.footnotes.len(), 22);
    assert_eq!(doc.references.len(), 12);
    assert_eq!(
        note_entries(&doc),
        [
            (1, Full, Resolved, Some(1)),
            (2, Full, Resolved, Some(7)),
            (3, Ibid, Resolved, Some(7)),
            (4, Full, Resolved, Some(9)),
            (5, Full, Resolved, Some(2)),
            (6, Ibid, Resolved, Some(2)),
            (7, Full, Resolved, Some(4)),
            (8, Ibid, Resolved, Some(4)),
            (9, Full, Resolved, Some(11)),
            (10, Full, Resolved, Some(8)),
            // 한명기 has a book and an article: `앞의 논문` is the article.
            (11, Short, Resolved, Some(11)),
            (12, Full, Resolved, Some(10)),
            (13, Short, Resolved, Some(8)),
            // The chronicle, quoted through 오수창's book (`…에서 재인용`).
            (14, Full, Resolved, Some(1)),
            (14, Full, Resolved, Some(5)),
            (15, Short, Resolved, Some(7)),
            // `이에 대해서는 주 12) 참조`: the work note 12 cites.
            (16, Supra, Resolved, Some(10)),
            (17, Short, Resolved, Some(4)),
            (18, Full, Resolved, Some(3)),
            (19, Full, Resolved, Some(6)),
            (20, Ibid, Resolved, Some(6)),
            (21, Short, Resolved, Some(9)),
            (22, Ibid, Resolved, Some(9)),
        ]
    );
    for (note, pin) in [
        (3, "45"),
        (8, "115~118"),
        (11, "12~15"),
        (13, "305"),
        (15, "60"),
        (17, "130"),
        (20, "92"),
        (22, "182"),
    ] {
        assert_eq!(pins(&doc, note), [Some(pin)], "note {note}");
    }
    assert_eq!(pins(&doc, 14), [None, Some("67")]);
    // Note 15 runs over the page's foot into the next page's.
    let n15 = doc.footnotes.iter().find(|f| f.number == 15).unwrap();
    assert!(n15.text.ends_with("60쪽."), "{}", n15.text);
    assert!(!n15.text.contains("148"), "{}", n15.text);
    assert_eq!(findings(&source, &doc), [(Code::UncitedReference, 113)]);
    let e = entry(&doc, 10);
    assert_eq!(e.kind, "article-journal");
    assert_eq!(e.container_title.as_deref(), Some("東洋史學硏究"));
    assert_eq!(e.volume.as_deref(), Some("12·13"));
    assert_eq!(authors(entry(&doc, 4)), [("김", "용흠")]);
    assert_eq!(authors(entry(&doc, 8)), [("稻葉", "岩吉")]);
    assert_eq!(entry(&doc, 2).title.as_deref(), Some("承政院日記"));
}

/// A sociology paper in the author-date style of Korean journals:
/// `(홍길동, 2015: 23)`, `(김철수 외, 2018)`, `홍길동(2015)에 따르면`,
/// `(Putnam, 2000)`, an organisation as author (`(통계청, 2020)`, `(교육부
/// 2019)`), a supplement's page (`(Coleman, 1988: S105)`); the list in
/// `저자. 연도. "제목." 『학술지』 권(호): 쪽.` form, with a ditto line.
#[test]
fn sociology_paper_in_author_date_with_organisations() {
    let (source, doc) = run("fixtures/sahoejabon_apa_ko.txt");
    assert_eq!(
        entries(&doc),
        [
            (0, AuthorDate, Resolved, Some(10)),
            (0, AuthorDate, Resolved, Some(9)),
            (0, AuthorDate, Resolved, Some(11)),
            (0, AuthorDate, Resolved, Some(5)),
            (0, AuthorDate, Resolved, Some(7)),
            (0, AuthorDate, Resolved, Some(7)),
            (0, AuthorDate, Resolved, Some(3)),
            (0, AuthorDate, Resolved, Some(2)),
            (0, AuthorDate, Resolved, Some(4)),
            (0, AuthorDate, Resolved, Some(4)),
            (0, AuthorDate, Resolved, Some(11)),
            (0, AuthorDate, Resolved, Some(1)),
            (0, AuthorDate, Resolved, Some(6)),
            (0, AuthorDate, Resolved, Some(8)),
            (0, AuthorDate, Dangling, None),
            (0, AuthorDate, Resolved, Some(2)),
            (0, AuthorDate, Resolved, Some(9)),
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
            None,
            None,
            Some("70-72"),
            None,
            Some("23"),
            Some("200"),
            None,
            None,
            Some("95"),
            Some("287"),
            None,
            None,
            Some("50"),
            None,
            Some("15"),
            Some("S105"),
        ]
    );
    assert_eq!(
        findings(&source, &doc),
        [(Code::UncitedReference, 79), (Code::UnresolvedCitation, 42)]
    );
    // Organisations of three syllables are one name, whoever publishes.
    for (n, name, publisher) in [(1, "교육부", "한국교육개발원"), (6, "통계청", "통계개발원")]
    {
        let e = entry(&doc, n);
        assert_eq!(e.author.len(), 1);
        assert_eq!(e.author[0].literal.as_deref(), Some(name));
        assert_eq!(e.publisher.as_deref(), Some(publisher));
    }
    // `『한국사회학』 35(4): 193-222`: volume, issue and pages.
    let e = entry(&doc, 3);
    assert_eq!(authors(e), [("방", "하남"), ("김", "기헌")]);
    assert_eq!(
        (
            e.kind.as_str(),
            e.container_title.as_deref(),
            e.volume.as_deref(),
            e.issue.as_deref(),
            e.page.as_deref()
        ),
        (
            "article-journal",
            Some("한국사회학"),
            Some("35"),
            Some("4"),
            Some("193-222")
        )
    );
    assert_eq!(entry(&doc, 2).issue.as_deref(), Some("3"));
    // `American Journal of Sociology 94: S95-S120` after a quoted title.
    let e = entry(&doc, 9);
    assert_eq!(
        (
            e.kind.as_str(),
            e.container_title.as_deref(),
            e.volume.as_deref(),
            e.page.as_deref()
        ),
        (
            "article-journal",
            Some("American Journal of Sociology"),
            Some("94"),
            Some("S95-S120")
        )
    );
    // `______. 2000. Bowling Alone: …`: the ditto line's year and title.
    let e = entry(&doc, 11);
    assert_eq!(authors(e), [("Putnam", "Robert D.")]);
    assert_eq!(
        e.title.as_deref(),
        Some("Bowling Alone: The Collapse and Revival of American Community")
    );
    assert_eq!(e.year(), Some(2000));
    assert_eq!(e.publisher.as_deref(), Some("Simon & Schuster"));
}

/// An education-policy paper: notes citing ministries' reports
/// (`교육부(2019), 『…』, 세종: 교육부, 12쪽.`), a press release on the web
/// with its link broken in its query and `(검색일: 2021.3.5.)`, an
/// institute's report by author and year, `Ibid.` and `op. cit.` beside
/// `위의 책`, `상게서`, `앞의 책`, `앞의 논문`, `주 13) 참조`.
#[test]
fn policy_paper_with_reports_and_web_sources() {
    let (source, doc) = run("fixtures/gyoyuk_jeongchaek_ko.txt");
    assert_eq!(doc.footnotes.len(), 15);
    let mut cited = note_entries(&doc);
    // Note 4 (`OECD(2019), Education at a Glance 2019: OECD Indicators,
    // Paris: OECD Publishing, p. 120.`) is linked by its author and year.
    let oecd = cited.remove(3);
    assert_eq!((oecd.0, oecd.2, oecd.3), (4, Resolved, Some(9)));
    assert_eq!(
        cited,
        [
            (1, Full, Resolved, Some(2)),
            (2, Full, Resolved, Some(7)),
            (3, Ibid, Resolved, Some(7)),
            (5, Ibid, Resolved, Some(9)),
            (6, Full, Resolved, Some(3)),
            (7, Full, Resolved, Some(4)),
            (8, Short, Resolved, Some(2)),
            (9, Short, Resolved, Some(9)),
            (10, Full, Resolved, Some(6)),
            (11, Full, Resolved, Some(5)),
            (12, Ibid, Resolved, Some(5)),
            (13, Short, Resolved, Some(4)),
            (14, Full, Resolved, Some(1)),
            (15, Supra, Resolved, Some(4)),
        ]
    );
    for (note, pin) in [
        (1, "12"),
        (2, "45"),
        (3, "50"),
        (4, "120"),
        (5, "125"),
        (8, "15"),
        (9, "130"),
        (10, "8"),
        (11, "88"),
        (12, "90"),
        (13, "12"),
    ] {
        assert_eq!(pins(&doc, note), [Some(pin)], "note {note}");
    }
    assert_eq!(findings(&source, &doc), [(Code::UncitedReference, 70)]);
    let fields = |n: u32| {
        doc.citations
            .iter()
            .find(|c| c.footnote == Some(n))
            .and_then(|c| c.fields.as_deref())
            .unwrap()
    };
    // The press release: its link read on over the line break in its
    // query, the day it was read.
    let f = fields(6);
    assert_eq!(
        f.url.as_deref(),
        Some("https://www.moe.go.kr/boardCnt/view.do?boardID=294&boardSeq=83650")
    );
    assert_eq!(
        f.accessed.as_ref().map(|d| d.date_parts.clone()),
        Some(vec![vec![2021, 3, 5]])
    );
    assert_eq!(f.author[0].literal.as_deref(), Some("교육부"));
    // The institute's report, cited by author and year, is a full citation.
    let f = fields(2);
    assert_eq!(f.title.as_deref(), Some("고교학점제 정책 연구"));
    assert_eq!(f.publisher.as_deref(), Some("한국교육개발원"));
    let f = fields(7);
    assert_eq!(
        (f.volume.as_deref(), f.issue.as_deref()),
        (Some("25"), Some("3"))
    );
    let e = entry(&doc, 4);
    assert_eq!(
        (e.volume.as_deref(), e.issue.as_deref(), e.page.as_deref()),
        (Some("25"), Some("3"), Some("1-25"))
    );
    assert_eq!(entry(&doc, 6).author[0].literal.as_deref(), Some("통계청"));
    assert_eq!(authors(entry(&doc, 8)), [("황보", "정민")]);
}

/// `방하남·김기헌. 2001. "…" 『한국사회학』 35(4): 193-222.` and the same
/// in English Chicago author-date: the issue glued to the volume is kept;
/// a year in brackets after a volume (`Der Staat 45 (2006)`) is no issue.
#[test]
fn issue_in_brackets_after_the_volume_in_author_date_lists() {
    for (line, journal) in [
        (
            "방하남·김기헌. 2001. \"변화와 세습.\" 『한국사회학』 35(4): 193-222.",
            "한국사회학",
        ),
        (
            "Smith, John. 2001. \"A Title.\" American Journal 35(4): 193-222.",
            "American Journal",
        ),
    ] {
        let doc = run_text(&format!(
            "Title\n\nText (Smith 2001; 방하남·김기헌, 2001).\n\nReferences\n\n{line}\n"
        ));
        let e = entry(&doc, 1);
        assert_eq!(
            (
                e.container_title.as_deref(),
                e.volume.as_deref(),
                e.issue.as_deref(),
                e.page.as_deref()
            ),
            (Some(journal), Some("35"), Some("4"), Some("193-222")),
            "{line}"
        );
    }
}

/// Chicago author-date journals with pages after the volume (`Solar Energy
/// 103: 682–703.`) are articles, not reports.
#[test]
fn journal_volume_and_pages_after_a_quoted_title() {
    let doc = run_text(
        "Title\n\nText (Santamouris 2014).\n\nReferences\n\n\
         Santamouris, Mat. 2014. \"Cooling the Cities.\" Solar Energy 103: 682–703.\n",
    );
    let e = entry(&doc, 1);
    assert_eq!(
        (
            e.kind.as_str(),
            e.container_title.as_deref(),
            e.volume.as_deref(),
            e.page.as_deref()
        ),
        (
            "article-journal",
            Some("Solar Energy"),
            Some("103"),
            Some("682–703")
        )
    );
}

/// A Korean organisation of three syllables ending in `부`, `청` or `처`,
/// written alone, is one name in the list and in notes, whether or not it
/// publishes the work itself; persons' names joined by `·` stay persons,
/// and `원` (which ends many given names) marks no three-syllable name.
#[test]
fn three_syllable_organisations_are_not_split_into_names() {
    let doc = run_text(
        "제목\n\n본문(통계청, 2020). 또(교육부 2019). 또(법제처, 2018). 또(김지원, 2017). \
         또(김영부·이철수, 2016).\n\n참고문헌\n\n\
         교육부. 2019. 『교육 통계 연보』. 세종: 한국교육개발원.\n\
         김영부·이철수. 2016. 『지역과 복지』. 서울: 나남.\n\
         김지원. 2017. 『청년과 노동』. 서울: 한울.\n\
         법제처. 2018. 『법령 해설집』.\n\
         통계청. 2020. 『경제활동인구조사』. 대전: 통계청.\n",
    );
    assert!(
        entries(&doc).iter().all(|e| e.2 == Resolved),
        "{:?}",
        entries(&doc)
    );
    for (n, name) in [(1, "교육부"), (4, "법제처"), (5, "통계청")] {
        let e = entry(&doc, n);
        assert_eq!(e.author.len(), 1, "{name}");
        assert_eq!(e.author[0].literal.as_deref(), Some(name));
    }
    assert_eq!(authors(entry(&doc, 2)), [("김", "영부"), ("이", "철수")]);
    assert_eq!(authors(entry(&doc, 3)), [("김", "지원")]);
}

/// `이에 대해서는 주 12) 참조`: words of prose before a `주 N)` word,
/// with no comma after them, are no author; the note cites the work note
/// N cites.
#[test]
fn lead_in_prose_before_a_note_reference_is_no_author() {
    for lead in ["이에 대해서는 ", "자세한 내용은 ", ""] {
        let doc = run_text(&format!(
            "제목\n\n본문.1) 또.2)\n\n\
             1) 김종원, 「後金의 出兵動機」, 『東洋史學硏究』 12, 1978, 45쪽.\n\
             2) {lead}주 1) 참조.\n\n\
             참고문헌\n\n\
             김종원, 「後金의 出兵動機」, 『東洋史學硏究』 12, 1978.\n"
        ));
        assert_eq!(
            entries(&doc),
            [(1, Full, Resolved, Some(1)), (2, Supra, Resolved, Some(1))],
            "{lead}"
        );
    }
}
