//! Korean, Japanese and Chinese papers: foreign names in Hangul, classical
//! works cited by title alone. Expected values were written by reading the
//! fixtures.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, CslItem, Status};
use opcit::syntax::name::display_name;
use CitationKind::{Full, Ibid, Short};
use Status::{Dangling, Resolved};
#[path = "papers_support/mod.rs"]
mod papers_support;
use papers_support::{authors, entry, findings, note_entries, run, run_text};

/// Each author of `item` as displayed.
fn shown(item: &CslItem) -> Vec<String> {
    item.author.iter().map(display_name).collect()
}

/// A Korean paper citing translated Western works: foreign authors in the
/// bibliography inverted with a comma (`하버마스, 위르겐`), two of them
/// joined by `·`, one known as foreign only by its translator (`센,
/// 아마르티아`, cited nowhere); Korean co-authors parted by commas.
#[test]
fn korean_paper_citing_translated_works() {
    let (source, doc) = run("fixtures/sasang_ko.txt");
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, Full, Resolved, Some(6)),
            (2, Ibid, Resolved, Some(6)),
            (3, Full, Resolved, Some(7)),
            (4, Full, Resolved, Some(4)),
            (5, Ibid, Resolved, Some(4)),
            (6, Short, Resolved, Some(6)),
            (7, Full, Resolved, Some(1)),
            (8, Ibid, Resolved, Some(1)),
            // Taylor's book is not in the list: a note-only work.
            (9, Full, Resolved, None),
            // No earlier note cites Fraser.
            (10, Short, Dangling, None),
            (11, Full, Resolved, Some(5)),
            (12, Full, Resolved, Some(2)),
        ]
    );
    // Korean co-authors, two and three, stay apart and print whole.
    assert_eq!(authors(entry(&doc, 1)), [("김", "철수"), ("이", "영희")]);
    assert_eq!(shown(entry(&doc, 1)), ["김철수", "이영희"]);
    assert_eq!(
        authors(entry(&doc, 2)),
        [("박", "민수"), ("정", "다은"), ("최", "준호")]
    );
    // One foreign person each, printed given name first.
    assert_eq!(authors(entry(&doc, 3)), [("센", "아마르티아")]);
    assert_eq!(shown(entry(&doc, 3)), ["아마르티아 센"]);
    assert_eq!(
        authors(entry(&doc, 4)),
        [("아도르노", "테오도르"), ("호르크하이머", "막스")]
    );
    assert_eq!(
        shown(entry(&doc, 4)),
        ["테오도르 아도르노", "막스 호르크하이머"]
    );
    assert_eq!(authors(entry(&doc, 5)), [("푸코", "미셸")]);
    assert_eq!(shown(entry(&doc, 5)), ["미셸 푸코"]);
    assert_eq!(authors(entry(&doc, 6)), [("하버마스", "위르겐")]);
    assert_eq!(authors(entry(&doc, 7)), [("호네트", "악셀")]);
    assert_eq!(shown(entry(&doc, 7)), ["악셀 호네트"]);
    // Translators, joined by `·` too.
    let translators: Vec<String> = entry(&doc, 7).translator.iter().map(display_name).collect();
    assert_eq!(translators, ["문성훈", "이현재"]);
    // The note-only work's author, written given name first in the note.
    let taylor = doc
        .references
        .iter()
        .find(|r| r.bibliography_index.is_none())
        .unwrap();
    assert_eq!(authors(&taylor.fields), [("테일러", "찰스")]);
    assert_eq!(shown(&taylor.fields), ["찰스 테일러"]);
    assert_eq!(
        findings(&source, &doc),
        vec![
            (Code::DanglingShortForm, 22),
            (Code::MissingFromBibliography, 21),
            (Code::UncitedReference, 30),
        ]
    );
}

/// Without a translator or a note naming the person, `하버마스, 위르겐`
/// could be two Korean co-authors; with one it is one person, whom a short
/// form by family name finds.
#[test]
fn an_inverted_foreign_name_of_a_translated_work_is_one_person() {
    let doc = run_text(
        "공론장\n\n본문이다.1)\n\n1) 하버마스, 『공론장의 구조변동』, 45쪽.\n\n참고문헌\n\n하버마스, 위르겐. 『공론장의 구조변동』. 한승완 옮김. 서울: 나남, 2001.\n김철수, 이영희. 『한국 사회의 이해』. 서울: 한울, 2010.\n",
    );
    assert_eq!(authors(entry(&doc, 1)), [("하버마스", "위르겐")]);
    assert_eq!(shown(entry(&doc, 1)), ["위르겐 하버마스"]);
    assert_eq!(authors(entry(&doc, 2)), [("김", "철수"), ("이", "영희")]);
    // The short form, with no full citation before it, finds the entry by
    // its author and title: a paper with a full bibliography may shorten
    // every note.
    assert_eq!(note_entries(&doc), [(1, Short, Resolved, Some(1))]);
}

/// A Korean history paper's list of sources names its chronicles by title
/// alone (`『高麗史』`): classical works, complete, and the note citing one
/// by book links to it.
#[test]
fn chronicles_listed_by_title_alone_are_classical_works() {
    let (_, doc) = run("fixtures/jeonje_ko.txt");
    for (n, title) in [(1, "高麗史"), (2, "朝鮮王朝實錄"), (3, "經國大典")] {
        let e = entry(&doc, n);
        assert_eq!(
            (e.kind.as_str(), e.title.as_deref()),
            ("classic", Some(title))
        );
    }
    let unread: Vec<usize> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnparsedReference && d.footnote.is_none())
        .map(|d| d.span.start)
        .collect();
    assert_eq!(unread, Vec::<usize>::new());
    let note4 = note_entries(&doc).into_iter().find(|c| c.0 == 4).unwrap();
    assert_eq!(note4, (4, Full, Resolved, Some(1)));
}

/// Chinese and Korean lists naming a classic by title alone, and a
/// chronicle cited by reign and date: no publisher is read from the date.
#[test]
fn a_reign_date_after_a_classic_is_no_publisher() {
    let doc = run_text(
        "조선 초기\n\n본문이다.1) 다시.2) 또.3)\n\n1) 『朝鮮王朝實錄』 世宗 12年 3月 5日.\n2) 《史记》卷六十五《孙子吴起列传》.\n3) 李基白, 『韓國史新論』, 一潮閣, 1990年, 45쪽.\n\n참고문헌\n\n『朝鮮王朝實錄』\n《史记》\n李基白, 『韓國史新論』, 一潮閣, 1990年.\n",
    );
    let sillok = doc.citations[0].fields.as_deref().unwrap();
    assert_eq!(sillok.kind, "classic");
    assert_eq!(sillok.publisher, None);
    assert_eq!(entry(&doc, 1).kind, "classic");
    assert_eq!(entry(&doc, 2).kind, "classic");
    // A modern book keeps its publisher and year.
    let sinnon = entry(&doc, 3);
    assert_eq!(sinnon.kind, "book");
    assert_eq!(sinnon.publisher.as_deref(), Some("一潮閣"));
    assert_eq!(
        sinnon.issued.as_ref().map(|d| d.date_parts[0][0]),
        Some(1990)
    );
    let links: Vec<_> = note_entries(&doc)
        .into_iter()
        .map(|(n, _, _, e)| (n, e))
        .collect();
    assert_eq!(links, [(1, Some(1)), (2, Some(2)), (3, Some(3))]);
    assert!(doc
        .diagnostics
        .iter()
        .all(|d| d.code != Code::UnparsedReference));
}
