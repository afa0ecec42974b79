#[path = "papers_support/mod.rs"]
mod papers_support;

// Korean, Chinese and Japanese papers, round six: an older Korean history
// paper in Han characters (前揭書, 上揭書, 同書, 同上, 註 7) 參照, 주 25)의
// 글, sources in a list of 史料), and small cases of the misreads fixed
// with it: statutes in title marks, a newspaper's page, a Chinese note
// broken across pages, circled notes whose marker was lost, a stray
// bracket after a back-reference. Expected values were written by reading
// the papers.

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, findings, in_note, note_links, only, run, run_text, work};
use CitationKind::{Full, Ibid, Short, Supra};
use Status::Resolved;

/// A citation's kind and the list's entry it is.
type Link = (CitationKind, Option<usize>);

/// The older Korean paper: each note's citations, in order, with the
/// list's entry each one is (1–4 the sources of `1. 史料`, 5–12 `2. 國內
/// 文獻`, 13–16 `3. 國外文獻`). Sino-Korean back-references (`上揭書`,
/// `前揭論文`, `전게서`, `상게서`, `同書`, `同上`) and the Hangul ones (`위의
/// 논문`, `같은 책`, `앞의 책`) stand for the work just before or the
/// author's listed work; `註 7) 參照` and `주 25)의 글` for the work of
/// that note.
#[test]
fn older_korean_paper_links_every_back_reference_to_its_work() {
    let (_, doc) = run("fixtures/gyeongyeon_hanja_ko.txt");
    let expected: &[(u32, &[Link])] = &[
        (1, &[(Full, Some(8))]),
        (2, &[(Full, Some(7)), (Full, Some(5))]),
        (3, &[(Full, Some(13))]),
        (4, &[(Ibid, Some(13))]),
        (5, &[(Full, Some(1))]),
        (6, &[(Ibid, Some(1))]),
        (7, &[(Full, Some(10))]),
        (8, &[(Short, Some(7))]),
        (9, &[(Full, Some(16))]),
        (10, &[(Ibid, Some(16))]),
        (11, &[(Full, Some(1))]),
        (12, &[(Full, Some(2))]),
        (13, &[(Short, Some(8))]),
        (14, &[(Full, Some(14))]),
        (15, &[(Ibid, Some(14))]),
        (16, &[(Full, Some(11))]),
        (17, &[(Ibid, Some(11))]),
        (18, &[(Short, Some(5))]),
        (19, &[(Short, Some(16))]),
        (20, &[(Full, Some(15))]),
        (21, &[(Ibid, Some(15))]),
        (22, &[(Supra, Some(10))]),
        (23, &[(Short, Some(10))]),
        (24, &[(Full, Some(3))]),
        (25, &[(Full, Some(9))]),
        (26, &[(Ibid, Some(9))]),
        (27, &[(Short, Some(13))]),
        (28, &[(Full, None)]),
        (29, &[(Ibid, None)]),
        (30, &[(Full, Some(6))]),
        (31, &[(Short, Some(6))]),
        (32, &[(Full, Some(4))]),
        (33, &[(Supra, Some(9))]),
        (34, &[(Short, Some(7))]),
        (35, &[(Short, Some(15))]),
        (36, &[(Full, Some(1))]),
        (37, &[(Ibid, Some(1))]),
        (38, &[(Short, Some(14))]),
        (39, &[(Short, Some(8)), (Short, Some(10))]),
        (40, &[(Short, Some(5))]),
        (41, &[(Supra, Some(16))]),
    ];
    assert_eq!(doc.footnotes.len(), 41);
    for &(n, cites) in expected {
        let want: Vec<_> = cites.iter().map(|&(k, e)| (k, Resolved, e)).collect();
        assert_eq!(note_links(&doc, n), want, "note {n}");
    }
    // 池斗煥's book is known from notes 28 and 29 only: one work.
    assert_eq!(
        in_note(&doc, 28)[0].reference,
        in_note(&doc, 29)[0].reference
    );
}

/// The pages the back-references cite, in 頁, 쪽 and `p.`, and the
/// page of the Western book whose note ran over the page break (`(Cam-`
/// / `bridge, Mass.: …, 1992), p. 89.` at the next page's notes).
#[test]
fn older_korean_paper_reads_the_pages_of_its_short_forms() {
    let (_, doc) = run("fixtures/gyeongyeon_hanja_ko.txt");
    let page = |n: u32, i: usize| {
        in_note(&doc, n)[i]
            .locator
            .as_ref()
            .map(|l| (l.label.clone(), l.value.clone()))
    };
    let p = |v: &str| Some(("page".to_string(), v.to_string()));
    assert_eq!(page(4, 0), p("15"));
    assert_eq!(page(15, 0), p("92"));
    assert_eq!(page(17, 0), p("40"));
    assert_eq!(page(20, 0), p("89"));
    assert_eq!(page(27, 0), p("20"));
    assert_eq!(page(33, 0), p("18"));
    assert_eq!(page(39, 1), p("70"));
    assert_eq!(page(41, 0), p("30"));
    let deuchler = &doc.footnotes[19];
    assert_eq!(deuchler.number, 20);
    assert!(deuchler.text.ends_with("Harvard University, 1992), p. 89."));
    assert!(!doc.footnotes[20].text.contains("bridge"));
}

/// The list's entries: sources named by their titles alone are classical
/// sources, authors written in Han characters are split into family and
/// given names (Korean `李基白`, Japanese `末松保和`), and the findings are
/// the one work the list leaves out and the one entry cited nowhere. A
/// title whose line broke at a space in the note (`「朝鮮前期` /
/// `經筵의 運營」`) agrees with the list.
#[test]
fn older_korean_paper_reads_its_list_and_findings() {
    let (source, doc) = run("fixtures/gyeongyeon_hanja_ko.txt");
    for n in 1..=4 {
        assert_eq!(entry(&doc, n).kind, "classic", "entry {n}");
    }
    assert_eq!(entry(&doc, 1).title.as_deref(), Some("朝鮮王朝實錄"));
    assert_eq!(authors(entry(&doc, 8)), [("李", "基白")]);
    assert_eq!(authors(entry(&doc, 14)), [("末松", "保和")]);
    assert_eq!(entry(&doc, 8).title.as_deref(), Some("韓國史新論"));
    assert_eq!(
        findings(&source, &doc),
        [
            (Code::MissingFromBibliography, 91),
            (Code::UncitedReference, 145),
        ]
    );
}

/// `《中华人民共和国民法典》第1165条第2款`, `「민법」 제750조`: a statute
/// named in title marks, then its provision, is the statute (a
/// `legislation` work cited at the provision), never a missing book; the
/// marks may hold a long name of several words.
#[test]
fn statutes_in_title_marks_are_legislation() {
    let doc = run_text(
        "侵权法\n\n正文。[1]再一句。[2]\n\n\
         [1] 《中华人民共和国民法典》第1165条第2款。\n\
         [2] 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第91条。\n",
    );
    for (n, title, at) in [
        (1, "中华人民共和国民法典", "第1165条第2款"),
        (
            2,
            "最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释",
            "第91条",
        ),
    ] {
        let c = only(&doc, n);
        assert_eq!(work(&doc, c).kind, "legislation", "note {n}");
        assert_eq!(work(&doc, c).title.as_deref(), Some(title));
        assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some(at));
    }
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);

    let doc = run_text(
        "불법행위\n\n본문이다.1) 다음 문장.2)\n\n\
         1) 「민법」 제750조.\n\
         2) 「독점규제 및 공정거래에 관한 법률」 제3조 제1항.\n",
    );
    assert_eq!(work(&doc, only(&doc, 1)).kind, "legislation");
    assert_eq!(work(&doc, only(&doc, 1)).title.as_deref(), Some("민법"));
    assert_eq!(
        work(&doc, only(&doc, 2)).title.as_deref(),
        Some("독점규제 및 공정거래에 관한 법률")
    );
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

/// `《申报》1919年6月6日，第3版。`: after a newspaper's date `第N版` is the
/// page (a book's edition elsewhere).
#[test]
fn a_chinese_newspapers_edition_word_after_its_date_is_the_page() {
    let doc = run_text("报刊\n\n正文。[1]\n\n[1] 《申报》1919年6月6日，第3版。\n");
    let c = only(&doc, 1);
    assert_eq!(work(&doc, c).kind, "article-newspaper");
    assert_eq!(work(&doc, c).container_title.as_deref(), Some("申报"));
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("3"));
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

/// `…；同前注[26]，周友` at a page's foot goes on at the top of the next
/// page, under its running head (`军文，第35页。`): the note is rejoined,
/// and the paragraph is no running text.
#[test]
fn a_chinese_note_broken_inside_a_name_goes_on_at_the_next_pages_top() {
    let (_, doc) = run("fixtures/guocuo_tuiding_faxue_zh.txt");
    let note = doc.footnotes.iter().find(|f| f.number == 30).unwrap();
    assert!(note.text.ends_with("军文，第35页。"), "{}", note.text);
    let cites = in_note(&doc, 30);
    assert_eq!(cites.len(), 2);
    assert_eq!(cites[1].kind, Supra);
    assert_eq!(
        cites[1].locator.as_ref().map(|l| l.value.as_str()),
        Some("35")
    );
    assert_eq!(cites[1].reference, in_note(&doc, 26)[0].reference);
}

/// Circled notes numbered per page, the marker of `②` lost on the first
/// page: the `②` line under `①` is a note of its own, and the next
/// page's `①` starts the numbers again.
#[test]
fn an_unmarked_circled_note_under_the_one_before_is_a_note() {
    let doc = run_text(
        "标题\n\n正文第一页说明。①再一句话，此处无标记。\n\n\
         ① 王泽鉴：《侵权行为》，北京大学出版社2009年版，第3页。\n\
         ② 张新宝：《侵权责任法》，中国人民大学出版社2016年版，第36页。\n\n· 12 ·\n\n\
         正文第二页。①又一句话。②\n\n\
         ① 程啸：《侵权责任法》，法律出版社2021年版，第98页。\n\
         ② 同上，第99页。\n\n· 13 ·\n",
    );
    let notes: Vec<(u32, u32, &str)> = doc
        .footnotes
        .iter()
        .map(|f| (f.chapter, f.number, f.text.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            (
                1,
                1,
                "王泽鉴：《侵权行为》，北京大学出版社2009年版，第3页。"
            ),
            (
                1,
                2,
                "张新宝：《侵权责任法》，中国人民大学出版社2016年版，第36页。"
            ),
            (2, 1, "程啸：《侵权责任法》，法律出版社2021年版，第98页。"),
            (2, 2, "同上，第99页。"),
        ]
    );
    let last = doc.citations.last().unwrap();
    assert_eq!(last.kind, Ibid);
    let cheng = &doc.citations[doc.citations.len() - 2];
    assert_eq!(last.reference, cheng.reference);
}

/// `《史记·项羽本纪》` is a part of `《史记》` where the list has it, and
/// one work named by the whole title where it has not.
#[test]
fn a_part_of_a_classic_is_the_listed_classic_or_a_work_of_its_own() {
    let listed = run_text(
        "标题\n\n正文。[1]再一句。[2]\n\n\
         [1] 《史记·项羽本纪》，中华书局1982年版，第300页。\n\
         [2] 《史记·高祖本纪》，中华书局1982年版，第340页。\n\n\
         参考文献\n\n司马迁：《史记》，中华书局1982年版。\n",
    );
    assert_eq!(note_links(&listed, 1), [(Full, Resolved, Some(1))]);
    assert_eq!(note_links(&listed, 2), [(Full, Resolved, Some(1))]);
    assert!(!listed
        .diagnostics
        .iter()
        .any(|d| d.code == Code::MissingFromBibliography));

    let alone = run_text(
        "标题\n\n正文。[1]\n\n\
         [1] 《史记·项羽本纪》，中华书局1982年版，第300页。\n\n\
         参考文献\n\n班固：《汉书》，中华书局1962年版。\n",
    );
    let c = only(&alone, 1);
    assert_eq!(work(&alone, c).title.as_deref(), Some("史记·项羽本纪"));
    assert!(alone
        .diagnostics
        .iter()
        .any(|d| d.code == Code::MissingFromBibliography));
}

/// `…위헌이다(위의 책, 47쪽).`: the back-reference inside the prose's
/// bracket ends before the bracket that closes it.
#[test]
fn a_back_reference_in_brackets_keeps_no_closing_bracket() {
    let doc = run_text(
        "제목\n\n본문이다.1) 다음 문장.2)\n\n\
         1) 김철수, 『헌법학』(박영사, 2010), 45쪽.\n\
         2) 이는 위헌이다(위의 책, 47쪽).\n\n\
         참고문헌\n\n김철수, 『헌법학』, 박영사, 2010.\n",
    );
    let c = only(&doc, 2);
    assert_eq!(c.kind, Ibid);
    assert_eq!(c.text, "위의 책, 47쪽");
    assert_eq!(note_links(&doc, 2), [(Ibid, Resolved, Some(1))]);
}
