//! Chinese, Japanese and Korean notes: Taiwanese decisions by docket, a
//! statute that shares its name with a book, editions written 增訂三版, a
//! note broken inside a word at a page's foot, the volume a back-reference
//! names, a language's name alone in the body, and a Korean humanities
//! paper whose notes mix Korean, Japanese, classical Chinese and Western
//! sources. Expected values were written by reading the notes.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::CitationKind::*;
use opcit::model::Status::{Dangling, Resolved};
use papers_support::{
    authors, entry, findings, in_note, note_links, only, paper_of_notes, run, run_text, work,
};

/// `最高法院101年度台上字第1234號民事判決`: a decision of the court, of
/// the year 101 of the Republic (2012), numbered by its docket; no work
/// the list should hold. Two dockets of one court and year are two
/// decisions.
#[test]
fn taiwanese_decisions_are_cases_by_court_year_and_docket() {
    let doc = paper_of_notes(
        "本文",
        &[
            "最高法院101年度台上字第1234號民事判決。",
            "參見臺灣高等法院臺南分院98年度上字第56號判決，頁5。",
            "最高法院29年上字第1234號判例。",
            "最高法院101年度台上字第999號民事判決。",
            "王澤鑑，《民法總則》，臺北：三民書局，2014年，頁45。",
        ],
    );
    let c = only(&doc, 1);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("最高法院"));
    assert_eq!(f.number.as_deref(), Some("101年度台上字第1234號"));
    assert_eq!(f.genre.as_deref(), Some("民事判決"));
    assert_eq!(f.year(), Some(2012));

    let c = only(&doc, 2);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("臺灣高等法院臺南分院"));
    assert_eq!(f.year(), Some(2009));
    assert_eq!(c.signal.as_deref(), Some("參見"));
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("5"));

    // An old precedent, its year without `度`.
    let f = only(&doc, 3).fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.number.as_deref(), Some("29年上字第1234號"));
    assert_eq!(f.genre.as_deref(), Some("判例"));
    assert_eq!(f.year(), Some(1940));

    assert_ne!(only(&doc, 1).reference, only(&doc, 4).reference);
    // A book is no decision.
    assert_eq!(only(&doc, 5).fields.as_deref().unwrap().kind, "book");
}

/// `信託法第11條` where the list holds the book `《信託法》`: the statute
/// is cited, not the book.
#[test]
fn a_statute_at_a_provision_never_links_to_a_book_of_its_name() {
    let doc = run_text(
        "本文.1 本文.2\n\n\
         1 信託法第11條。\n\
         2 方嘉麟，《信託法》，臺北：元照，2015年，頁3。\n\n\
         參考文獻\n\n\
         方嘉麟，《信託法》，臺北：元照，2015年。\n\
         王澤鑑，《民法總則》，臺北：三民書局，2014年。\n",
    );
    let c = only(&doc, 1);
    assert_eq!(c.fields.as_deref().unwrap().kind, "legislation");
    assert_eq!(work(&doc, c).kind, "legislation");
    assert_eq!(note_links(&doc, 1)[0].2, None);
    assert_eq!(note_links(&doc, 2), [(Full, Resolved, Some(1))]);
    // A statute is no finding though the list leaves it out.
    assert!(!doc
        .diagnostics
        .iter()
        .any(|d| d.code == Code::MissingFromBibliography));
}

/// `增訂三版` before the place is the edition, not the place; after the
/// year, before a page broken over a line, it keeps the page.
#[test]
fn an_edition_in_chinese_numerals_before_the_place_or_after_the_year() {
    let doc = paper_of_notes(
        "本文",
        &[
            "方嘉麟，《信託法》，增訂三版，臺北：元照，2015年，頁7。",
            "賴源河、王志誠，《現代信託法論》，臺北：五南圖書，2002年，增訂三版，頁\n   77。",
            "方嘉麟，《信託法》，三版，臺北：元照，2015年，頁9。",
        ],
    );
    let f = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(f.publisher_place.as_deref(), Some("臺北"));
    assert_eq!(f.publisher.as_deref(), Some("元照"));
    assert_eq!(f.edition.as_deref(), Some("3"));
    let c = only(&doc, 2);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.publisher.as_deref(), Some("五南圖書"));
    assert_eq!(f.edition.as_deref(), Some("3"));
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("77"));
    let f = only(&doc, 3).fields.as_deref().unwrap();
    assert_eq!(f.publisher_place.as_deref(), Some("臺北"));
    assert_eq!(f.edition.as_deref(), Some("3"));
}

/// `…；同前注[1]，周友` at a page's foot and `军文，第35页。` on the next
/// page: the name is rejoined without a space.
#[test]
fn a_chinese_word_broken_at_a_page_is_rejoined_without_a_space() {
    let doc = run_text(
        "过错推定的适用\n\n正文第一页说明。[1]再一句话。[2]\n\n\
         [1] 参见周友军：《我国侵权法上过错推定的适用》，载《法学》2011年第5期，第33页。\n\
         [2] 参见周友军：《侵权法学》，中国人民大学出版社2011年版，第120页；同前注[1]，周友\n\
         · 113 ·\n\u{c}法学研究 2022年第4期\n\n\
         正文第二页的内容在此继续展开论述，法院在适用时应当审查。[3]学者们对此也多有\n论述。[4]\n\n\
         军文，第35页。\n\
         [3] 王泽鉴：《侵权行为》，北京大学出版社2009年版，第3页。\n\
         [4] 同上，第5页。\n· 114 ·\n\u{c}",
    );
    let note = doc.footnotes.iter().find(|f| f.number == 2).unwrap();
    assert!(!note.text.contains("周友 军文"), "{}", note.text);
    let c = in_note(&doc, 2);
    assert!(!c[1].text.contains(' '), "{}", c[1].text);
    assert_eq!(c[1].locator.as_ref().map(|l| l.value.as_str()), Some("35"));
}

/// `李丙燾, 上揭書, 下卷, 45쪽` after the 上卷 and 下卷 of a book and an
/// article by the same author: `上揭書` is the book, `下卷` its volume.
#[test]
fn the_volume_a_back_reference_names_chooses_among_volumes() {
    let doc = run_text(
        "본문.1 본문.2 본문.3 본문.4 본문.5\n\n\
         1) 李丙燾, 『韓國史』 上卷(서울: 乙酉文化社, 1959), 12쪽.\n\
         2) 李丙燾, 『韓國史』 下卷(서울: 乙酉文化社, 1959), 30쪽.\n\
         3) 李丙燾, 「三韓問題의 新考察」, 『震檀學報』 1, 1934, 5쪽.\n\
         4) 李丙燾, 上揭書, 下卷, 45쪽.\n\
         5) 李丙燾, 上揭書, 上卷, 15쪽.\n\n\
         참고문헌\n\n\
         李丙燾, 『韓國史』 上卷, 서울: 乙酉文化社, 1959.\n\
         李丙燾, 『韓國史』 下卷, 서울: 乙酉文化社, 1959.\n\
         李丙燾, 「三韓問題의 新考察」, 『震檀學報』 1, 1934.\n",
    );
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(1))]);
    assert_eq!(note_links(&doc, 2), [(Full, Resolved, Some(2))]);
    assert_eq!(note_links(&doc, 4), [(Short, Resolved, Some(2))]);
    assert_eq!(note_links(&doc, 5), [(Short, Resolved, Some(1))]);
    assert!(findings_of(&doc).is_empty(), "{:?}", findings_of(&doc));
}

/// The codes of a document's findings.
fn findings_of(doc: &opcit::model::Document) -> Vec<Code> {
    doc.diagnostics.iter().map(|d| d.code).collect()
}

/// `中文` and `英文` alone over paragraphs of the body open no list: the
/// notes after them stay notes, and the list is the one under `參考文獻`.
#[test]
fn a_language_name_alone_in_the_body_opens_no_list() {
    let doc = run_text(
        "臺大法學論叢 第52卷第3期\n\n壹、前言\n\n本文比較兩種語言之文獻。1 以下分別說明。2\n\n\
         中文\n\n中文文獻對此多有討論，3 惟見解不一。4\n\n英文\n\n英文文獻則較少。5\n\n\
         ________________________\n\
         1 王澤鑑，《民法總則》，臺北：三民書局，2014年，頁45。\n\
         2 同前註，頁47。\n\
         3 方嘉麟，《信託法之理論與實務》，臺北：元照出版，2003年，頁88。\n\
         4 同前註，頁90。\n\
         5 F. W. Maitland, Equity: A Course of Lectures 23 (1909).\n\n\
         參考文獻\n\n\
         王澤鑑，《民法總則》，臺北：三民書局，2014年。\n\
         方嘉麟，《信託法之理論與實務》，臺北：元照出版，2003年。\n",
    );
    assert_eq!(doc.footnotes.len(), 5);
    let list = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(list, 2);
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(1))]);
    assert_eq!(note_links(&doc, 4), [(Ibid, Resolved, Some(2))]);
}

const PAPER: &str = "fixtures/musok_josa_pdf_ko.txt";

/// The notes of a Korean paper on colonial surveys of shamanism: every one
/// is read and linked to the work a reader would link it to, and the list
/// (자료, 연구서, 논문, 서양 문헌) leaves nothing uncited.
#[test]
fn a_korean_humanities_paper_with_korean_japanese_and_western_notes() {
    let (source, doc) = run(PAPER);
    assert_eq!(doc.footnotes.len(), 34);
    assert_eq!(findings(&source, &doc), []);
    let list: Vec<usize> = doc
        .references
        .iter()
        .filter_map(|r| r.bibliography_index)
        .collect();
    assert_eq!(list.len(), 19);
    // The newspaper named alone is an entry of its own; the book after it
    // is another.
    assert_eq!(entry(&doc, 2).container_title.as_deref(), Some("每日申報"));
    assert_eq!(entry(&doc, 3).title.as_deref(), Some("朝鮮の巫覡"));
    assert_eq!(authors(entry(&doc, 3)), [("村山", "智順")]);
    assert_eq!(authors(entry(&doc, 7)), [("今村", "鞆")]);

    let r = |n: usize| (Resolved, Some(n));
    let link = |n: u32| {
        note_links(&doc, n)
            .into_iter()
            .map(|(k, s, e)| (k, (s, e)))
            .collect::<Vec<_>>()
    };
    let loc = |n: u32, i: usize| {
        in_note(&doc, n)[i]
            .locator
            .as_ref()
            .map(|l| l.value.clone())
    };
    // 최석영's book, `위의 책`, later `앞의 책`.
    assert_eq!(link(1), [(Full, r(9))]);
    assert_eq!(link(2), [(Ibid, r(9))]);
    assert_eq!(loc(2, 0).as_deref(), Some("22~25"));
    assert_eq!(link(18), [(Short, r(9))]);
    // 남근우's article and `앞의 글`.
    assert_eq!(link(3), [(Full, r(14))]);
    assert_eq!(link(19), [(Short, r(14))]);
    assert_eq!(link(32), [(Short, r(9)), (Short, r(14))]);
    assert_eq!(loc(32, 1).as_deref(), Some("55"));
    // Western books, `Ibid.` and `op. cit.`.
    assert_eq!(link(4), [(Full, r(19))]);
    assert_eq!(link(5), [(Ibid, r(19))]);
    assert_eq!(link(34), [(Short, r(19))]);
    assert_eq!(loc(34, 0).as_deref(), Some("33-34"));
    assert_eq!(link(15), [(Full, r(16))]);
    assert_eq!(link(17), [(Short, r(16))]);
    assert_eq!(link(16), [(Full, r(18))]);
    assert_eq!(loc(16, 0).as_deref(), Some("45"));
    assert_eq!(link(25), [(Short, r(18))]);
    assert_eq!(link(26), [(Ibid, r(18))]);
    assert_eq!(link(30), [(Full, r(17))]);
    let f = only(&doc, 16).fields.as_deref().unwrap();
    assert_eq!(f.publisher_place.as_deref(), Some("Cambridge"));
    assert_eq!(f.publisher.as_deref(), Some("Harvard University Press"));
    // Japanese books in brackets with their place, `前揭書`, `上揭書`.
    assert_eq!(link(6), [(Full, r(3))]);
    assert_eq!(link(29), [(Short, r(3))]);
    assert_eq!(link(7), [(Full, r(10))]);
    assert_eq!(link(11), [(Short, r(10))]);
    assert_eq!(link(12), [(Ibid, r(10))]);
    assert_eq!(loc(12, 0).as_deref(), Some("52"));
    assert_eq!(link(8), [(Full, r(12))]);
    let c = only(&doc, 31);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.publisher_place.as_deref(), Some("東京"));
    assert_eq!(f.publisher.as_deref(), Some("岩波書店"));
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("33"));
    assert_eq!(link(31), [(Full, r(13))]);
    // The gazette and the newspaper, named alone in the list.
    assert_eq!(link(9), [(Full, r(1))]);
    assert_eq!(link(10), [(Full, r(2))]);
    // 李能和's article and `上揭論文`; the 上卷 and 下卷 of his book, and
    // `李能和, 上揭書, 上卷`: the book's first volume.
    assert_eq!(link(13), [(Full, r(6))]);
    assert_eq!(link(14), [(Ibid, r(6))]);
    assert_eq!(link(23), [(Full, r(4))]);
    assert_eq!(link(24), [(Full, r(5))]);
    assert_eq!(link(28), [(Short, r(4))]);
    assert_eq!(loc(28, 0).as_deref(), Some("15"));
    // A volume of a work of two authors.
    let f = only(&doc, 27).fields.as_deref().unwrap();
    assert_eq!(f.volume.as_deref(), Some("下"));
    assert_eq!(authors(f), [("赤松", "智城"), ("秋葉", "隆")]);
    assert_eq!(link(27), [(Full, r(11))]);
    // 孫晉泰's book and `위의 책`; a chapter in an edited book.
    assert_eq!(link(20), [(Full, r(8))]);
    assert_eq!(link(21), [(Ibid, r(8))]);
    let c = only(&doc, 22);
    let f = c.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(f.container_title.as_deref(), Some("한국 민속학의 성찰"));
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("120"));
    assert_eq!(link(22), [(Full, r(15))]);
    // `… 5頁 참조`: the signal after the citation.
    assert_eq!(link(33), [(Full, r(7))]);
    assert_eq!(loc(33, 0).as_deref(), Some("5"));
    assert!(!doc.citations.iter().any(|c| c.status == Some(Dangling)));
}
