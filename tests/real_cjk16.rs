//! A Japanese law-and-society paper with footnotes `（1）` at page ends
//! (`同上、第3章`, `前掲注（9）書`, `淡路・前掲書`, court decisions of
//! branch courts, `津地四日市支判…`) and a Chinese history paper whose
//! notes ①② restart on each page (`前引里赞书`, `前引滋贺秀三文`,
//! `吴佩林前引书，第5章`, a book's chapter after its year). Expected
//! values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, Document, Status};
use papers_support::{entry_number, findings, note_links, only, run};

const JA: &str = "fixtures/kogai_fuhokoi_pdf_ja.txt";
const ZH: &str = "fixtures/qingmo_tiandi_jiufen_pdf_zh.txt";

use CitationKind::{Full, Ibid, Short, Supra};
use Status::Resolved;

/// The locator of `c` as (label, value).
fn loc(c: &Citation) -> Option<(&str, &str)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

/// The one citation whose text opens with `text`.
fn cited<'d>(doc: &'d Document, text: &str) -> &'d Citation {
    let v: Vec<&Citation> = doc
        .citations
        .iter()
        .filter(|c| c.text.starts_with(text))
        .collect();
    assert_eq!(v.len(), 1, "{text}: {v:#?}");
    v[0]
}

#[test]
fn a_chapter_after_a_japanese_imprint_or_back_reference_is_the_pinpoint() {
    let (_, doc) = run(JA);
    // `宮本憲一『戦後日本公害史論』（岩波書店、2014年）第2章。`: entry 7.
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(7))]);
    assert_eq!(loc(only(&doc, 1)), Some(("chapter", "2")));
    // `加藤一郎『不法行為〔増補版〕』（有斐閣、1974年）第2節。`
    assert_eq!(loc(only(&doc, 6)), Some(("section", "2")));
    // `宮本・前掲書、第5章。`, `川島・前掲書、第1章。`, `宮本・上掲書、第6章。`
    assert_eq!(note_links(&doc, 22), [(Short, Resolved, Some(7))]);
    assert_eq!(loc(only(&doc, 22)), Some(("chapter", "5")));
    assert_eq!(note_links(&doc, 25), [(Short, Resolved, Some(4))]);
    assert_eq!(loc(only(&doc, 25)), Some(("chapter", "1")));
    assert_eq!(note_links(&doc, 27), [(Short, Resolved, Some(7))]);
    assert_eq!(loc(only(&doc, 27)), Some(("chapter", "6")));
}

#[test]
fn decisions_of_branch_courts_are_cases_not_missing_works() {
    let (source, doc) = run(JA);
    // `津地四日市支判昭和47年7月24日判時672号30頁`, `名古屋高金沢支判…`:
    // decisions, never expected in the list.
    for n in [11, 15] {
        let c = only(&doc, n);
        assert_eq!(c.kind, Full, "note {n}");
        assert_eq!(loc(c), Some(("page", if n == 11 { "30" } else { "25" })));
    }
    let missing: Vec<usize> = findings(&source, &doc)
        .into_iter()
        .filter(|(code, _)| *code == Code::MissingFromBibliography)
        .map(|(_, line)| line)
        .collect();
    let text = std::fs::read_to_string(JA).unwrap();
    let line_of = |s: &str| text[..text.find(s).unwrap()].lines().count() + 1;
    assert!(!missing.contains(&line_of("（11） 津地")), "{missing:?}");
    assert!(!missing.contains(&line_of("（15） 名古屋")), "{missing:?}");
}

#[test]
fn the_japanese_back_references_link_as_written() {
    let (_, doc) = run(JA);
    // `同上、第3章、112頁。` after note 1: 宮本, at page 112.
    assert_eq!(note_links(&doc, 2), [(Ibid, Resolved, Some(7))]);
    assert_eq!(loc(only(&doc, 2)), Some(("page", "112")));
    // `同書、52頁。` after 淡路 (entry 1); `前掲注（9）書、60頁。`
    assert_eq!(note_links(&doc, 10), [(Ibid, Resolved, Some(1))]);
    assert_eq!(note_links(&doc, 16), [(Supra, Resolved, Some(1))]);
    // `淡路・前掲書、210頁、吉村・前掲論文、1625頁。`
    assert_eq!(
        note_links(&doc, 20),
        [(Short, Resolved, Some(1)), (Short, Resolved, Some(9))]
    );
    // `Upham, supra note 7, p. 28.`: the English book, entry 13.
    assert_eq!(note_links(&doc, 23), [(Supra, Resolved, Some(13))]);
    // `平井・前掲注（13）書、第3章、150頁。`, then `同右。`
    assert_eq!(note_links(&doc, 29), [(Supra, Resolved, Some(6))]);
    assert_eq!(note_links(&doc, 30), [(Ibid, Resolved, Some(6))]);
}

#[test]
fn a_chinese_author_glued_to_the_op_cit_word_names_the_work() {
    let (_, doc) = run(ZH);
    // `前引里赞书，第3章。` after a note citing Huang: 里赞's book (entry
    // 3), not the work just before.
    let c = cited(&doc, "前引里赞书");
    assert_eq!(c.kind, Short);
    assert_eq!(entry_number(&doc, c), Some(3));
    assert_eq!(loc(c), Some(("chapter", "3")));
    // `前引滋贺秀三文，第30页。` after a note citing 吴佩林: 滋贺秀三's
    // chapter (entry 9).
    let c = cited(&doc, "前引滋贺秀三文");
    assert_eq!(entry_number(&doc, c), Some(9));
    assert_eq!(loc(c), Some(("page", "30")));
    // `前揭张晋藩书，第245页。`: entry 5.
    let c = cited(&doc, "前揭张晋藩书");
    assert_eq!(entry_number(&doc, c), Some(5));
    // `参见吴佩林前引书，第5章。`: entry 2, chapter 5.
    let c = cited(&doc, "吴佩林前引书");
    assert_eq!(entry_number(&doc, c), Some(2));
    assert_eq!(loc(c), Some(("chapter", "5")));
}

#[test]
fn a_chapter_after_a_chinese_imprint_is_the_pinpoint() {
    let (_, doc) = run(ZH);
    // `参见那思陆：《清代州县衙门审判制度》，北京：中国政法大学出版社，2006年，第3章。`
    let c = cited(&doc, "那思陆：");
    assert_eq!(entry_number(&doc, c), Some(1));
    assert_eq!(loc(c), Some(("chapter", "3")));
    let c = cited(&doc, "吴佩林：《");
    assert_eq!(entry_number(&doc, c), Some(2));
    assert_eq!(loc(c), Some(("chapter", "2")));
    // `同上，第90—92页。` after 里赞's book.
    let c = cited(&doc, "同上，第90");
    assert_eq!(entry_number(&doc, c), Some(3));
}

#[test]
fn an_edited_english_book_and_a_work_quoted_through_another_are_read() {
    let (source, doc) = run(ZH);
    // `…；Madeleine Zelin, Jonathan K. Ocko and Robert Gardella, eds.,
    // Contract and Property in Early Modern China (…, 2004), p. 32.`:
    // entry 11, its editors' names.
    let c = cited(&doc, "Madeleine Zelin");
    assert_eq!(c.kind, Full);
    assert_eq!(entry_number(&doc, c), Some(11));
    assert_eq!(loc(c), Some(("page", "32")));
    // `汪辉祖：《佐治药言》，转引自张晋藩：《清代民法综论》…`: the work
    // quoted is no dangling short form; the one quoted from is entry 5.
    let quoted = cited(&doc, "汪辉祖：《佐治药言》");
    assert_eq!(quoted.kind, Full);
    let from = cited(&doc, "张晋藩：《清代民法综论》");
    assert_eq!(entry_number(&doc, from), Some(5));
    let codes: Vec<Code> = findings(&source, &doc)
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    assert!(!codes.contains(&Code::DanglingShortForm), "{codes:?}");
    assert!(!codes.contains(&Code::UncitedReference), "{codes:?}");
}

/// `Ramseyer, J. Mark and Minoru Nakazato (1999) Japanese Law: …`: a
/// given name after the first initial, then the second author; note 24's
/// `J. Mark Ramseyer and Minoru Nakazato, Japanese Law: …` links to it.
#[test]
fn an_initial_and_a_given_name_before_a_second_author_are_one_name() {
    let (source, doc) = run(JA);
    let c = only(&doc, 24);
    let n = entry_number(&doc, c).expect("note 24 links to the list");
    let e = papers_support::entry(&doc, n);
    assert_eq!(
        papers_support::authors(e),
        [("Ramseyer", "J. Mark"), ("Nakazato", "Minoru")]
    );
    assert_eq!(
        e.title.as_deref(),
        Some("Japanese Law: An Economic Approach")
    );
    let codes: Vec<Code> = findings(&source, &doc)
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    assert!(!codes.contains(&Code::UnparsedReference), "{codes:?}");
    assert!(!codes.contains(&Code::MissingFromBibliography), "{codes:?}");
}
