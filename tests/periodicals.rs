#[path = "papers_support/mod.rs"]
mod papers_support;

// Newspapers and magazines that a bibliography names alone, under a
// sub-heading of their own (`Newspapers and Periodicals`, `신문`) or several
// to a line (`『매일신보』, 『동아일보』`), and the notes that cite their
// issues and articles. Expected values were written by reading the papers.

use opcit::model::{CitationKind, Document, Status};
use papers_support::{entry, in_note, note_entries, run, run_text};
use CitationKind::{Full, Ibid, Short};
use Status::Resolved;

/// (container, place) of each entry named alone, in list order.
fn outlets(doc: &Document) -> Vec<(String, Option<String>)> {
    doc.references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .filter(|r| r.fields.kind == "article-newspaper" && r.fields.title.is_none())
        .map(|r| {
            (
                r.fields.container_title.clone().unwrap_or_default(),
                r.fields.publisher_place.clone(),
            )
        })
        .collect()
}

#[test]
fn an_english_history_paper_lists_its_newspapers_by_name_alone() {
    let (_, doc) = run("fixtures/newspapers_history_pdf_en.txt");
    let names: Vec<String> = outlets(&doc).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        [
            "Boston Evening Transcript",
            "Harper's Weekly",
            "Lawrence Daily American",
            "Lawrence Evening Tribune",
            "New York Call",
            "New York Times",
            "The Survey",
        ]
    );
    // `Secondary Sources` is a sub-heading, and the books under it are
    // books.
    assert_eq!(
        doc.references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count(),
        10
    );
    assert_eq!(entry(&doc, 8).kind, "book");
    assert_eq!(entry(&doc, 8).author[0].family.as_deref(), Some("Cameron"));
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
    assert_eq!(
        note_entries(&doc),
        [
            (1, Full, Resolved, Some(4)),
            (2, Full, Resolved, Some(1)),
            (2, Full, Resolved, Some(6)),
            (3, Full, Resolved, Some(6)),
            (4, Full, Resolved, Some(8)),
            (5, Full, Resolved, Some(4)),
            (6, Ibid, Resolved, Some(4)),
            (7, Full, Resolved, Some(3)),
            (8, Full, Resolved, Some(5)),
            (9, Full, Resolved, Some(2)),
            (9, Full, Resolved, Some(7)),
            (10, Short, Resolved, Some(2)),
            (11, Full, Resolved, Some(9)),
            (12, Full, Resolved, Some(10)),
            (13, Short, Resolved, Some(8)),
            (13, Short, Resolved, Some(9)),
        ]
    );
}

#[test]
fn a_signed_article_keeps_its_page_and_is_named_again_by_its_title() {
    let (_, doc) = run("fixtures/newspapers_history_pdf_en.txt");
    // `Justus Ebert, "…," New York Call, January 20, 1912, 2.`
    let ebert = in_note(&doc, 8)[0];
    assert_eq!(ebert.locator.as_ref().map(|l| l.value.as_str()), Some("2"));
    let f = ebert.fields.as_deref().unwrap();
    assert_eq!(f.container_title.as_deref(), Some("New York Call"));
    assert_eq!(f.author[0].family.as_deref(), Some("Ebert"));
    // `"The Mob Rules," editorial, Lawrence Evening Tribune, …`: the kind
    // of piece is no part of the newspaper's name.
    let editorial = in_note(&doc, 5)[0].fields.as_deref().unwrap();
    assert_eq!(editorial.title.as_deref(), Some("The Mob Rules"));
    assert_eq!(
        editorial.container_title.as_deref(),
        Some("Lawrence Evening Tribune")
    );
    // `Vorse, "The Trouble at Lawrence," 11.` names the article of note 9,
    // which links to the entry of Harper's Weekly.
    let vorse = in_note(&doc, 10)[0];
    assert_eq!(
        vorse.antecedent.as_deref(),
        Some(in_note(&doc, 9)[0].id.as_str())
    );
}

#[test]
fn a_korean_list_names_its_newspapers_on_one_line() {
    let (_, doc) = run("fixtures/sinmun_yeonjae_ko.txt");
    let names: Vec<String> = outlets(&doc).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["매일신보", "동아일보", "조선일보"]);
    // `2. 논저` is a sub-heading; the article under it is one entry.
    assert_eq!(
        entry(&doc, 4).title.as_deref(),
        Some("1910년대 ‘신문’의 위상과 동향")
    );
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
    // `『동아일보』 1926. 5. 6., 3면.`: an issue, at page 3.
    let issue = in_note(&doc, 7)[0];
    let f = issue.fields.as_deref().unwrap();
    assert_eq!(f.kind, "article-newspaper");
    assert_eq!(f.container_title.as_deref(), Some("동아일보"));
    assert_eq!(issue.locator.as_ref().map(|l| l.value.as_str()), Some("3"));
    // `1925년 3월 4일자, 2면`: the day `일자`, then the page.
    let article = in_note(&doc, 6)[0];
    assert_eq!(
        article.locator.as_ref().map(|l| l.value.as_str()),
        Some("2")
    );
    let kinds: Vec<(u32, Option<usize>)> = note_entries(&doc)
        .into_iter()
        .map(|(n, _, _, e)| (n, e))
        .collect();
    assert_eq!(
        kinds,
        [
            (1, Some(1)),
            (2, Some(6)),
            (3, Some(5)),
            (3, Some(4)),
            (4, Some(5)),
            (5, Some(6)),
            (6, Some(2)),
            (7, Some(2)),
            (8, Some(3)),
            (9, Some(4)),
        ]
    );
}

#[test]
fn german_japanese_and_chinese_lists_of_newspapers() {
    let doc = run_text(
        "Die Krise.1 Die Partei.2\n\n\
         1 „Die Krise der Koalition“, in: Vorwärts, Nr. 112 vom 8.3.1930, S. 1.\n\
         2 Die Rote Fahne, 9. März 1930, S. 2.\n\n\
         Quellen- und Literaturverzeichnis\n\n\
         Zeitungen:\n\
         Die Rote Fahne (Berlin), 1918–1933\n\
         Vorwärts (Berlin)\n",
    );
    assert_eq!(
        outlets(&doc),
        [
            ("Die Rote Fahne".to_string(), Some("Berlin".to_string())),
            ("Vorwärts".to_string(), Some("Berlin".to_string())),
        ]
    );
    // A name with no newspaper's word, cited by issue: the listed paper.
    assert_eq!(
        note_entries(&doc),
        [(1, Full, Resolved, Some(2)), (2, Full, Resolved, Some(1))]
    );
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);

    let doc = run_text(
        "事件は新聞の煽動によるとされる1)。\n\n\
         1) 「講和反対の国民大会」『東京朝日新聞』1905年9月5日、2面。\n\n\
         参考文献\n新聞\n『東京朝日新聞』\n研究文献\n有山輝雄『徳富蘇峰と国民新聞』吉川弘文館、1992年。\n",
    );
    assert_eq!(outlets(&doc), [("東京朝日新聞".to_string(), None)]);
    let c = in_note(&doc, 1)[0];
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("2"));
    assert_eq!(papers_support::entry_number(&doc, c), Some(1));

    let doc = run_text(
        "五四运动在上海引起强烈反响①。\n\n\
         ①《大公报》1919年6月7日。\n\n\
         参考文献\n一、报刊\n《申报》、《大公报》\n二、著作\n陈平原：《触摸历史与进入五四》，北京大学出版社2005年版。\n",
    );
    assert_eq!(
        outlets(&doc),
        [("申报".to_string(), None), ("大公报".to_string(), None)]
    );
    assert_eq!(note_entries(&doc), [(1, Full, Resolved, Some(2))]);
}

#[test]
fn a_periodicals_heading_ends_at_the_next_sub_heading_after_a_blank_line() {
    let doc = run_text(
        "Text.1\n\n1 Chicago Defender, March 4, 1921, 1.\n\n\
         Bibliography\n\n\
         Newspapers\n\
         Chicago Defender\n\
         Doe, John. \"Strike Ends at the Mills of\n\
         Lawrence.\" New York Times, March 3, 1921.\n\
         Le Temps, Paris\n\n\
         Books\n\
         Smith, John. Labor and the Press. New York: Norton, 1990.\n",
    );
    assert_eq!(
        outlets(&doc),
        [
            ("Chicago Defender".to_string(), None),
            ("Le Temps".to_string(), Some("Paris".to_string())),
        ]
    );
    // A signed article wrapped over two lines stays one entry; the book
    // after the sub-heading is a book.
    assert_eq!(
        entry(&doc, 2).title.as_deref(),
        Some("Strike Ends at the Mills of Lawrence")
    );
    assert_eq!(entry(&doc, 4).kind, "book");
    // `Cambridge University` / `Press.` is no heading over newspapers.
    let doc = run_text(
        "Text (Norris, 2011).\n\nReferences\n\n\
         Norris, P. (2011). Democratic deficit: Critical citizens revisited. Cambridge University\n\
         Press.\n",
    );
    assert_eq!(
        entry(&doc, 1).publisher.as_deref(),
        Some("Cambridge University Press")
    );
    assert!(outlets(&doc).is_empty());
}
