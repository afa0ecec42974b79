#[path = "papers_support/mod.rs"]
mod papers_support;

// Korean, Japanese and Chinese papers, round four: a Korean labour-economics
// paper in APA author-date with a mixed Korean and English list, a Japanese
// economics paper in author-date written with `，．`, and small cases of
// the misreads fixed with them. Expected values were written by reading the
// papers.

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Document, Status};
use papers_support::{entries, entry, findings, run, run_text};
use CitationKind::{AuthorDate, Full, Short};
use Status::Resolved;

/// The in-text citations: (names as cited, year, entry number, page).
fn cited(doc: &Document) -> Vec<(String, String, Option<usize>, Option<String>)> {
    doc.citations
        .iter()
        .filter(|c| c.footnote.is_none())
        .map(|c| {
            let short = c.short.as_deref();
            (
                short.and_then(|s| s.author.clone()).unwrap_or_default(),
                short.and_then(|s| s.date.clone()).unwrap_or_default(),
                papers_support::entry_number(doc, c),
                c.locator.as_ref().map(|l| l.value.clone()),
            )
        })
        .collect()
}

/// The literal name of an entry's only author.
fn literal(doc: &Document, n: usize) -> Option<&str> {
    // The names that open the entry: its authors, or its editors where a
    // role word says they edited it (`長野県編`).
    match entry(doc, n).names() {
        [one] => one.literal.as_deref(),
        _ => None,
    }
}

/// `(김철수·이영희, 2018: 45)`, `(Kim & Lee, 2019; 박지성, 2020)`, `김철수
/// 외(2017)`, `(통계청, 2021)`, `(한국개발연구원[KDI], 2020)`, `(OECD,
/// 2019a, 2019b)`: each in-text citation links to its entry, the
/// institute by its name without the abbreviation.
#[test]
fn korean_apa_paper_links_every_in_text_citation() {
    let (_, doc) = run("fixtures/nodong_gyeongje_apa_ko.txt");
    let got: Vec<(String, Option<usize>, Option<String>)> = cited(&doc)
        .into_iter()
        .map(|(a, y, e, p)| (format!("{a} {y}").replace("· ", "·"), e, p))
        .collect();
    let want = [
        ("통계청 2021", 4, None),
        ("김철수·이영희 2018", 1, Some("45")),
        ("OECD 2019a", 11, None),
        ("OECD 2019b", 12, None),
        ("Kim & Lee 2019", 10, None),
        ("박지성 2020", 3, None),
        ("김철수 외 2017", 2, None),
        ("한국개발연구원 2020", 5, None),
        ("Becker 1993", 7, None),
        ("Doeringer & Piore 1971", 8, None),
        ("박지성 2020", 3, Some("112-115")),
        ("Kim & Lee 2019", 10, Some("1023")),
        ("한국노동연구원 2022", 6, None),
        ("Heckman 1979", 9, None),
        ("OECD 2019b", 12, None),
    ];
    let want: Vec<(String, Option<usize>, Option<String>)> = want
        .iter()
        .map(|&(a, e, p)| (a.to_string(), Some(e), p.map(str::to_string)))
        .collect();
    assert_eq!(got, want);
    assert_eq!(doc.references.len(), 12);
    // The institute's abbreviation glued to its name is no part of it.
    assert_eq!(literal(&doc, 5), Some("한국개발연구원"));
    assert_eq!(literal(&doc, 4), Some("통계청"));
    let e = entry(&doc, 2);
    assert_eq!(e.author.len(), 3);
    assert_eq!(e.container_title.as_deref(), Some("노동경제논집"));
    assert_eq!(
        (e.volume.as_deref(), e.issue.as_deref(), e.page.as_deref()),
        (Some("40"), Some("3"), Some("1-30"))
    );
    let e = entry(&doc, 12);
    assert_eq!(
        e.title.as_deref(),
        Some("OECD employment outlook 2019: The future of work")
    );
    assert_eq!(e.publisher.as_deref(), Some("OECD Publishing"));
    let e = entry(&doc, 10);
    assert_eq!(e.container_title.as_deref(), Some("Labour Economics"));
    // Every entry is cited in the text: no entry is reported uncited.
    assert!(!doc
        .diagnostics
        .iter()
        .any(|d| d.code == Code::UncitedReference));
}

/// A Japanese paper in author-date whose entries end in the full-width
/// period `．`: one entry a line (with their hanging continuations), and
/// `（山田・佐藤 2010: 23）`, `（Smith 2000; 田中 2005a）`, `総務省（2020）`,
/// `長野県編（1970）`, `（玄田ほか 2004: 45-47）` each linked.
#[test]
fn japanese_author_date_paper_with_full_width_periods() {
    let (source, doc) = run("fixtures/keizai_author_date_ja.txt");
    assert_eq!(doc.references.len(), 10);
    let got: Vec<(String, Option<usize>, Option<String>)> = cited(&doc)
        .into_iter()
        .map(|(a, y, e, p)| (format!("{a} {y}"), e, p))
        .collect();
    let want = [
        ("山田・佐藤 2010", 7, Some("23")),
        ("Smith 2000", 10, None),
        ("田中 2005a", 4, None),
        ("総務省 2020", 3, None),
        ("田中 2005b", 5, None),
        ("長野県編 1970", 6, None),
        ("Doeringer and Piore 1971", 8, None),
        ("玄田ほか 2004", 2, Some("45-47")),
        ("Smith 2000", 10, Some("310")),
        ("山田・佐藤 2010", 7, None),
        ("厚生労働省 2019", 1, None),
        ("玄田ほか 2004", 2, None),
        ("田中 2005a", 4, None),
        ("総務省 2020", 3, None),
        ("Heckman 1979", 9, None),
    ];
    let want: Vec<(String, Option<usize>, Option<String>)> = want
        .iter()
        .map(|&(a, e, p)| (a.to_string(), Some(e), p.map(str::to_string)))
        .collect();
    assert_eq!(got, want);
    // The prefecture that edited the history is one body, not 長 / 野県.
    assert_eq!(literal(&doc, 6), Some("長野県"));
    assert_eq!(literal(&doc, 1), Some("厚生労働省"));
    assert_eq!(entry(&doc, 1).publisher.as_deref(), Some("日経印刷"));
    assert_eq!(entry(&doc, 5).publisher.as_deref(), Some("東洋経済新報社"));
    assert_eq!(entry(&doc, 6).year(), Some(1970));
    assert_eq!(entry(&doc, 7).author.len(), 2);
    // No citation dangles, and every entry is cited: Latin names glued to
    // the Japanese before them (`推定にはHeckman（1979）`) are read too.
    assert!(!findings(&source, &doc)
        .iter()
        .any(|(c, _)| matches!(*c, Code::UnresolvedCitation | Code::UncitedReference)));
}

/// `OECD(2019), Education at a Glance 2019, Paris: OECD Publishing, p.
/// 120.` in a note is a full citation at page 120, and the list entry of
/// the same form has its title, place and publisher apart.
#[test]
fn organisation_with_bracketed_year_and_title_without_marks() {
    let doc = run_text(
        "국제 비교\n\n교육 성과를 비교한다.1)\n\n\
         1) OECD(2019), Education at a Glance 2019, Paris: OECD Publishing, p. 120.\n\n\
         참고문헌\n\n\
         OECD(2019), Education at a Glance 2019, Paris: OECD Publishing.\n\
         World Bank(2016), World Development Report 2016, Washington, DC: World Bank.\n",
    );
    let c = &doc.citations[0];
    assert_eq!((c.kind, c.status), (Full, Some(Resolved)));
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("120"));
    let e = entry(&doc, 1);
    assert_eq!(e.kind, "book");
    assert_eq!(e.title.as_deref(), Some("Education at a Glance 2019"));
    assert_eq!(e.publisher.as_deref(), Some("OECD Publishing"));
    assert_eq!(e.publisher_place.as_deref(), Some("Paris"));
    let e = entry(&doc, 2);
    assert_eq!(e.title.as_deref(), Some("World Development Report 2016"));
    assert_eq!(e.publisher.as_deref(), Some("World Bank"));
}

/// `감사원`, a state body of three syllables ending in 원, is one name, as
/// `長野県`, `東京都` and `教育部` are; a person of three syllables is not.
#[test]
fn short_names_of_bodies_are_not_split() {
    let doc = run_text(
        "감사 연구\n\n감사원(2018)은 교원 수급을 지적하였다(김지원, 2019).\n\n참고문헌\n\n\
         감사원. 2018. 『초등학교 교원 수급 실태 감사보고서』. 서울.\n\
         김지원. 2019. 『교원 정책론』. 서울: 박영사.\n",
    );
    assert_eq!(literal(&doc, 1), Some("감사원"));
    let person = &entry(&doc, 2).author[0];
    assert_eq!(
        (person.family.as_deref(), person.given.as_deref()),
        (Some("김"), Some("지원"))
    );
    assert!(doc.citations.iter().all(|c| c.status == Some(Resolved)));
    let doc = run_text(
        "東京の研究\n\n都史に詳しい（東京都編 1985: 12）。\n\n参考文献\n\n\
         東京都編（1985）『東京百年史』ぎょうせい。\n",
    );
    assert_eq!(literal(&doc, 1), Some("東京都"));
    assert_eq!(entries(&doc), [(0, AuthorDate, Resolved, Some(1))]);
}

/// `详见`, `又见`, `另见`, `另参见` are signals; a part of a collection cites
/// the collection (`《史记·项羽本纪》` → `《史记》`) or the part the list
/// names under its other name (`《明实录·太祖实录》` → `《明太祖实录》`).
#[test]
fn chinese_signals_and_parts_of_collections() {
    let doc = run_text(
        "明代财政研究\n\n赋役制度已有讨论。①洪武年间的记载见于实录。②项羽事迹另见史书。③\n\n\
         ① 详见《明太祖实录》卷五十，第12页。\n\
         ② 又见《明实录·太祖实录》卷五十一。\n\
         ③ 另参见《史记·项羽本纪》，第300页；另见《汉书》卷一。\n\n\
         参考文献\n\n\
         《明太祖实录》，台北：中研院史语所，1962年。\n\
         《史记》，北京：中华书局，1959年。\n\
         《汉书》，北京：中华书局，1962年。\n",
    );
    let signals: Vec<Option<&str>> = doc.citations.iter().map(|c| c.signal.as_deref()).collect();
    assert_eq!(
        signals,
        [Some("详见"), Some("又见"), Some("另参见"), Some("另见")]
    );
    let got: Vec<(u32, Option<usize>)> = entries(&doc)
        .into_iter()
        .map(|(n, _, _, e)| (n, e))
        .collect();
    assert_eq!(
        got,
        [(1, Some(1)), (2, Some(1)), (3, Some(2)), (3, Some(3))]
    );
    assert!(doc.citations.iter().all(|c| c.status == Some(Resolved)));
    // The classic cited by its title and a page after a full-width comma.
    assert_eq!(doc.citations[2].kind, Short);
    assert_eq!(
        doc.citations[2].locator.as_ref().map(|l| l.value.as_str()),
        Some("300")
    );
}

/// `이는Smith(2000)`: a Latin name glued to the Korean before it is a
/// narrative citation; a name glued to Latin letters is not one
/// (`whileSmith (2000)` names nobody).
#[test]
fn latin_names_glued_to_cjk_text_are_narrative_citations() {
    let doc = run_text(
        "서론\n\n이 문제는Smith(2000)이 처음 제기하였다. 그러나whileJones (2001) is no name.\n\n\
         참고문헌\n\n\
         Smith, A. (2000). Temporary work. Journal of Labor Economics, 18(2), 300-325.\n\
         Jones, B. (2001). Wages. Journal of Labor Economics, 19(1), 1-20.\n",
    );
    let got: Vec<(String, Option<usize>)> = cited(&doc)
        .into_iter()
        .map(|(a, y, e, _)| (format!("{a} {y}"), e))
        .collect();
    assert_eq!(got, [("Smith 2000".to_string(), Some(1))]);
}
