#[path = "papers_support/mod.rs"]
mod papers_support;

// Russian papers as journals print them and PDF conversion gives them:
// archival notes (`Ф. 4. Оп. 8. Д. 114. Л. 23`), works cited by their
// title (`Трагедия советской деревни … / под ред. …`), newspapers' issues
// (`Правда. 1930. 2 марта.`), and the list printed twice, the second time
// transliterated for the indexes. Expected values were written by reading
// the paper.

use opcit::model::{CitationKind, Status};
use papers_support::{entry, findings, note_links, only, run, run_text, work};
use CitationKind::{Full, Ibid, Short, Supra};
use Status::Resolved;

const PAPER: &str = "fixtures/arkhiv_pdf_ru.txt";

#[test]
fn every_note_links_to_the_work_it_cites() {
    let (_, doc) = run(PAPER);
    let expected: [(u32, CitationKind, Option<usize>); 25] = [
        (1, Full, Some(6)),
        (2, Ibid, Some(6)),
        (3, Full, Some(11)),
        (4, Full, Some(5)),
        (5, Full, Some(2)),
        (6, Ibid, Some(2)),
        (7, Full, Some(1)),
        (8, Full, Some(3)),
        (9, Ibid, Some(3)),
        (10, Full, Some(4)),
        (11, Full, Some(10)),
        (12, Full, None),
        (13, Short, Some(11)),
        (14, Full, None),
        (15, Short, Some(11)),
        (16, Short, Some(6)),
        (17, Full, Some(2)),
        (18, Ibid, Some(2)),
        (19, Full, Some(9)),
        (20, Ibid, Some(9)),
        (21, Short, Some(5)),
        (22, Supra, Some(3)),
        (23, Short, Some(3)),
        (24, Full, Some(7)),
        (25, Full, Some(8)),
    ];
    for (n, kind, target) in expected {
        assert_eq!(note_links(&doc, n), [(kind, Resolved, target)], "note {n}");
    }
}

#[test]
fn the_transliterated_copy_of_the_list_lists_no_works_of_its_own() {
    let (source, doc) = run(PAPER);
    // Three sources and eight studies; the `References` copy after them
    // and the date of receipt are no entries.
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 11);
    // The one finding: Stalin's article in Pravda is not in the list.
    let found = findings(&source, &doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0.as_str(), "missing-from-bibliography");
    assert_eq!(found[0].1, 59);
}

#[test]
fn a_work_listed_by_its_title_has_its_editors_and_years() {
    let (_, doc) = run(PAPER);
    let e = entry(&doc, 3);
    assert_eq!(
        e.title.as_deref(),
        Some(
            "Трагедия советской деревни. Коллективизация и раскулачивание: документы и материалы: в 5 т"
        )
    );
    assert!(e.author.is_empty());
    let editors: Vec<_> = e
        .editor
        .iter()
        .filter_map(|n| n.family.as_deref())
        .collect();
    assert_eq!(editors, ["Данилова", "Маннинг", "Виолы"]);
    assert_eq!(e.publisher_place.as_deref(), Some("М."));
    assert_eq!(e.publisher.as_deref(), Some("РОССПЭН"));
    let issued = e.issued.as_ref().unwrap();
    assert_eq!(issued.date_parts, [[1999], [2006]]);
    // Its second volume (2000) is within the years: no disagreement.
    assert!(doc
        .diagnostics
        .iter()
        .all(|d| d.code.as_str() != "bibliography-mismatch"));
    // An entry whose page count was broken onto a line of its own is one
    // entry (`… М.: Магистр, 1996.` / `320 с.`).
    assert_eq!(
        entry(&doc, 6).title.as_deref(),
        Some("Коллективизация и раскулачивание (начало 30-х годов)")
    );
}

#[test]
fn archives_named_in_full_after_their_abbreviation() {
    let (_, doc) = run(PAPER);
    let a = entry(&doc, 2).archive.as_deref().unwrap();
    assert_eq!(
        a.archive,
        "Центр документации общественных организаций Свердловской области"
    );
    assert_eq!(a.abbreviation.as_deref(), Some("ЦДООСО"));
    assert_eq!(a.location.as_deref(), Some("Ф. 4. Оп. 8"));
    let c = only(&doc, 5);
    let cited = c.fields.as_deref().unwrap().archive.as_deref().unwrap();
    assert_eq!(cited.location.as_deref(), Some("Ф. 4. Оп. 8. Д. 114"));
    assert_eq!(c.locator.as_ref().unwrap().value, "23–24");
}

#[test]
fn newspapers_dated_in_sentences() {
    let (_, doc) = run(PAPER);
    let issue = work(&doc, only(&doc, 12));
    assert_eq!(issue.kind, "article-newspaper");
    assert_eq!(issue.container_title.as_deref(), Some("Уральский рабочий"));
    assert_eq!(issue.issued.as_ref().unwrap().date_parts, [[1930, 3, 5]]);
    let article = only(&doc, 14).fields.as_deref().unwrap();
    assert_eq!(article.kind, "article-newspaper");
    assert_eq!(article.container_title.as_deref(), Some("Правда"));
    assert_eq!(article.issued.as_ref().unwrap().date_parts, [[1930, 3, 2]]);
}

#[test]
fn small_cases() {
    // A title-first work with an imprint and no editors; an issue with its
    // number and page; a back-reference word is no newspaper's name.
    let doc = papers_support::paper_of_notes(
        "Текст",
        &[
            "Очерки истории Урала. М.: Наука, 1990. С. 15.",
            "Известия. 1925. 12 марта. № 58. С. 3.",
            "Там же. 1930. 5 марта.",
            "Подробнее см.: Иванов И. И. История города. М., 2005. С. 12.",
            "См., например: Петров П. П. Очерки. СПб., 2001. С. 5.",
        ],
    );
    // Lead-ins of Russian notes are signals, and the work after them is read.
    for (n, word) in [(4, "Подробнее см."), (5, "См., например")] {
        let c = only(&doc, n);
        assert_eq!(c.kind, Full, "note {n}");
        assert_eq!(c.signal.as_deref(), Some(word), "note {n}");
    }
    let book = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(book.title.as_deref(), Some("Очерки истории Урала"));
    assert_eq!(book.publisher.as_deref(), Some("Наука"));
    assert_eq!(only(&doc, 1).locator.as_ref().unwrap().value, "15");
    let issue = only(&doc, 2).fields.as_deref().unwrap();
    assert_eq!(issue.container_title.as_deref(), Some("Известия"));
    assert_eq!(issue.issue.as_deref(), Some("58"));
    assert_eq!(only(&doc, 2).locator.as_ref().unwrap().value, "3");
    assert_eq!(only(&doc, 3).kind, Ibid);

    // An English entry with its names first is not read as a title.
    let doc = run_text(
        "Text.\n\nBibliography\n\nSmith, John. The Title of It. New York: Norton, 2001.\nRoe, Jane. Another Book. London: Verso, 1999.\n",
    );
    assert_eq!(entry(&doc, 1).author[0].family.as_deref(), Some("Smith"));
}

#[test]
fn acts_cited_by_kind_date_and_number() {
    let doc = papers_support::paper_of_notes(
        "Текст",
        &[
            "Федеральный закон от 06.10.2003 № 131-ФЗ «Об общих принципах организации местного самоуправления в Российской Федерации» // СЗ РФ. 2003. № 40. Ст. 3822.",
            "Указ Президента РФ от 12 мая 2009 г. № 537 «О Стратегии национальной безопасности».",
            "Закон України від 12.03.2015 № 123-VIII «Про освіту».",
        ],
    );
    let act = |n: u32| only(&doc, n).fields.as_deref().unwrap();
    for (n, number, date) in [
        (1, "131-ФЗ", [2003, 10, 6]),
        (2, "537", [2009, 5, 12]),
        (3, "123-VIII", [2015, 3, 12]),
    ] {
        assert_eq!(act(n).kind, "legislation", "note {n}");
        assert_eq!(act(n).number.as_deref(), Some(number), "note {n}");
        assert_eq!(
            act(n).issued.as_ref().unwrap().date_parts,
            [date],
            "note {n}"
        );
    }
    // The name in quotes after the number is part of the act's title.
    assert!(act(2)
        .title
        .as_deref()
        .unwrap()
        .ends_with("№ 537 «О Стратегии национальной безопасности»"));
}

#[test]
fn a_latin_list_without_language_marks_is_a_list_of_its_own() {
    // Ukrainian: the copy marked `(In Ukr.)` ends the list; works in Latin
    // letters under a sub-heading of their own, unmarked, stay in it.
    let copy = "Текст1.\n\n1 Петренко П. П. Історія міста. К.: Наукова думка, 2001. С. 5.\n\n\
Список використаних джерел\n\n\
Петренко П. П. Історія міста. К.: Наукова думка, 2001. 300 с.\n\
Коваленко І. І. Нариси. Львів: Світ, 1999. 200 с.\n\n\
References\n\n\
Petrenko P. P. Istoriia mista [History of the city]. Kyiv: Naukova dumka, 2001. 300 p. (In Ukr.)\n\
Kovalenko I. I. Narysy [Essays]. Lviv: Svit, 1999. 200 p. (In Ukr.)\n";
    let doc = run_text(copy);
    let listed = |doc: &opcit::model::Document| {
        doc.references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count()
    };
    assert_eq!(listed(&doc), 2);
    let own = copy.replace(" (In Ukr.)", "");
    assert_eq!(listed(&run_text(&own)), 4);
}
