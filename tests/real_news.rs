//! Newspapers in reference lists and notes: UK Harvard entries that name
//! the paper, the day and the month after the year in brackets (`Observer
//! (1998) 'Title', 13 March, p. 4.`), Chicago bibliographies that list an
//! issue or an unsigned article by the paper's name (`The Times (London),
//! 3 May 1790.`, `New York Times, "Title," March 3, 1791, A12.`), a paper
//! named with its town and years, and eighteenth-century notes that
//! shorten a paper's title (`Felix Farley, 10 May 1760, 2`). Expected
//! values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::model::{CitationKind, Status};
use papers_support::{entries, entry, note_links, run};

const HARVARD: &str = "fixtures/press_standards_harvard_en.txt";
const CHICAGO: &str = "fixtures/bristol_press_chicago_en.txt";

/// `[year, month, day]` of an entry's date.
fn date(item: &opcit::model::CslItem) -> Vec<i32> {
    item.issued.as_ref().unwrap().date_parts[0].clone()
}

#[test]
fn a_harvard_newspaper_entry_is_an_article_of_that_day() {
    let (_, doc) = run(HARVARD);
    // 2 Blunkett in The Times, 4 Daily Mail, 6 Guardian, 7 Observer,
    // 8 Times Educational Supplement.
    let blunkett = entry(&doc, 2);
    assert_eq!(blunkett.kind, "article-newspaper");
    assert_eq!(blunkett.container_title.as_deref(), Some("The Times"));
    assert_eq!(date(blunkett), [1999, 1, 12]);
    assert_eq!(blunkett.page.as_deref(), Some("18"));
    assert_eq!(blunkett.author[0].family.as_deref(), Some("Blunkett"));

    let observer = entry(&doc, 7);
    assert_eq!(observer.kind, "article-newspaper");
    assert_eq!(observer.container_title.as_deref(), Some("Observer"));
    assert_eq!(
        observer.title.as_deref(),
        Some("Naming and shaming the failing schools")
    );
    assert_eq!(date(observer), [1998, 3, 13]);
    assert_eq!(observer.page.as_deref(), Some("4"));

    let guardian = entry(&doc, 6);
    assert_eq!(guardian.kind, "article-newspaper");
    assert_eq!(guardian.container_title.as_deref(), Some("Guardian"));
    assert_eq!(date(guardian), [2004, 6, 2]);

    // The paper's name in the author's place is kept whole.
    let mail = entry(&doc, 4);
    assert_eq!(mail.kind, "article-newspaper");
    assert_eq!(mail.container_title.as_deref(), Some("Daily Mail"));
    assert_eq!(mail.author[0].literal.as_deref(), Some("Daily Mail"));
    assert_eq!(date(mail), [2003, 10, 14]);

    let tes = entry(&doc, 8);
    assert_eq!(
        tes.container_title.as_deref(),
        Some("Times Educational Supplement")
    );
    assert_eq!(date(tes), [2001, 3, 9]);
    assert_eq!(tes.page.as_deref(), Some("3"));

    // A book stays a book.
    assert_eq!(entry(&doc, 1).kind, "book");
}

#[test]
fn harvard_citations_of_a_paper_find_its_article() {
    let (source, doc) = run(HARVARD);
    let got = entries(&doc);
    use CitationKind::AuthorDate;
    use Status::Resolved;
    assert_eq!(
        got,
        [
            (0, AuthorDate, Resolved, Some(7)),
            (0, AuthorDate, Resolved, Some(6)),
            (0, AuthorDate, Resolved, Some(1)),
            (0, AuthorDate, Resolved, Some(5)),
            (0, AuthorDate, Resolved, Some(8)),
            (0, AuthorDate, Resolved, Some(3)),
            (0, AuthorDate, Resolved, Some(7)),
            (0, AuthorDate, Resolved, Some(2)),
            (0, AuthorDate, Resolved, Some(4)),
        ]
    );
    assert!(
        papers_support::findings(&source, &doc).is_empty(),
        "{:?}",
        doc.diagnostics
    );
}

#[test]
fn chicago_list_entries_by_a_paper_s_name_are_issues_and_articles() {
    let (_, doc) = run(CHICAGO);
    // 1 Felix Farley's Bristol Journal, 2 Money, 3 The Times, 4 New York
    // Times, 5 Bristol Mercury.
    let farley = entry(&doc, 1);
    assert_eq!(farley.kind, "article-newspaper");
    assert_eq!(
        farley.container_title.as_deref(),
        Some("Felix Farley's Bristol Journal")
    );
    assert_eq!(farley.publisher_place.as_deref(), Some("Bristol"));

    let times = entry(&doc, 3);
    assert_eq!(times.kind, "article-newspaper");
    assert_eq!(times.container_title.as_deref(), Some("The Times"));
    assert_eq!(times.publisher_place.as_deref(), Some("London"));
    assert_eq!(date(times), [1790, 5, 3]);
    assert!(times.author.is_empty());

    let nyt = entry(&doc, 4);
    assert_eq!(nyt.kind, "article-newspaper");
    assert_eq!(nyt.container_title.as_deref(), Some("New York Times"));
    assert_eq!(nyt.title.as_deref(), Some("Bristol Failures"));
    assert_eq!(date(nyt), [1791, 3, 3]);
    assert_eq!(nyt.page.as_deref(), Some("A12"));
    assert!(nyt.author.is_empty());

    let mercury = entry(&doc, 5);
    assert_eq!(mercury.kind, "article-newspaper");
    assert_eq!(mercury.container_title.as_deref(), Some("Bristol Mercury"));
    assert_eq!(date(mercury), [1790, 6, 17]);
}

#[test]
fn notes_of_newspaper_issues_find_their_papers() {
    let (source, doc) = run(CHICAGO);
    use CitationKind::{Full, Ibid, Short};
    use Status::Resolved;
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(1))]);
    assert_eq!(note_links(&doc, 3), [(Full, Resolved, Some(2))]);
    assert_eq!(
        note_links(&doc, 4),
        [(Full, Resolved, Some(3)), (Full, Resolved, Some(4))]
    );
    assert_eq!(note_links(&doc, 5), [(Full, Resolved, Some(5))]);
    assert_eq!(note_links(&doc, 6), [(Short, Resolved, Some(2))]);
    assert_eq!(note_links(&doc, 7), [(Full, Resolved, Some(1))]);
    assert_eq!(note_links(&doc, 8), [(Ibid, Resolved, Some(1))]);
    // Every entry is cited and read: no finding at all.
    assert!(
        papers_support::findings(&source, &doc).is_empty(),
        "{:?}",
        doc.diagnostics
    );
}

#[test]
fn a_person_named_before_a_day_stays_a_person_without_a_paper_of_that_name() {
    // `John Smith, 12 April 1793`: a letter or a diary of that day.
    let doc = papers_support::run_text(
        "Text.1\n\n1 John Smith, 12 April 1793.\n\nBibliography\nFelix Farley's Bristol Journal. Bristol, 1752–1800.\n",
    );
    let c = &doc.citations[0];
    assert_ne!(
        c.fields.as_deref().map(|f| f.kind.as_str()),
        Some("article-newspaper")
    );
}

#[test]
fn a_paper_s_shortened_title_in_notes_alone_cites_its_issue() {
    // No bibliography: the paper is named whole in note 1 only.
    let doc = papers_support::run_text(
        "Text.1 Text.2 Text.3 Text.4\n\n1 Felix Farley's Bristol Journal, 3 May 1760.\n2 Felix Farley, 10 May 1760, 2.\n3 Felix Farley, 3 May 1760.\n4 John Smith, 12 April 1793.\n",
    );
    let paper = |n: u32| {
        let c = papers_support::only(&doc, n);
        let f = c.fields.as_deref().unwrap();
        (
            c.kind,
            f.kind.clone(),
            f.container_title.clone(),
            f.issued.as_ref().unwrap().date_parts[0].clone(),
            c.reference.clone(),
        )
    };
    let journal = Some("Felix Farley's Bristol Journal".to_string());
    let (k2, t2, c2, d2, r2) = paper(2);
    assert_eq!(
        (k2, t2.as_str(), c2, d2),
        (
            CitationKind::Full,
            "article-newspaper",
            journal.clone(),
            vec![1760, 5, 10]
        )
    );
    // The issue of 3 May is the one note 1 cites.
    let (_, _, c3, d3, r3) = paper(3);
    assert_eq!((c3, d3), (journal, vec![1760, 5, 3]));
    assert_eq!(r3, papers_support::only(&doc, 1).reference);
    assert_ne!(r2, r3);
    // A person's name before a day names no paper.
    assert_ne!(
        papers_support::only(&doc, 4)
            .fields
            .as_deref()
            .map(|f| f.kind.as_str()),
        Some("article-newspaper")
    );
}

const ABNT: &str = "fixtures/protecao_dados_abnt_pt.txt";

#[test]
fn an_abnt_organisation_with_its_country_in_brackets_is_the_author() {
    let (_, doc) = run(ABNT);
    // 1 ANPD, 2 BRASIL. Lei, 3 LEE, 4 SILVA.
    let anpd = entry(&doc, 1);
    assert_eq!(
        anpd.author[0].literal.as_deref(),
        Some("AUTORIDADE NACIONAL DE PROTEÇÃO DE DADOS (Brasil)")
    );
    assert_eq!(
        anpd.title.as_deref(),
        Some("Guia orientativo para definições dos agentes de tratamento")
    );
    assert_eq!(anpd.publisher.as_deref(), Some("ANPD"));
    assert_eq!(anpd.publisher_place.as_deref(), Some("Brasília"));
    // The country named first stays the author of a statute.
    let lei = entry(&doc, 2);
    assert_eq!(lei.kind, "legislation");
    assert_eq!(lei.author[0].literal.as_deref(), Some("BRASIL"));
    use CitationKind::Full;
    use Status::Resolved;
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(2))]);
    // The note citing the guide at its page is read and finds it.
    assert_eq!(note_links(&doc, 2), [(Full, Resolved, Some(1))]);
    let page = papers_support::only(&doc, 2).locator.as_ref().unwrap();
    assert_eq!(page.value, "7");
}

#[test]
fn an_abnt_surname_of_three_capitals_before_a_page_word_is_a_short_form() {
    let (_, doc) = run(ABNT);
    use CitationKind::Short;
    use Status::Resolved;
    // `LEE, p. 4.` after the full citation of LEE in note 3.
    assert_eq!(note_links(&doc, 4), [(Short, Resolved, Some(3))]);
    let lee = papers_support::only(&doc, 4);
    assert_eq!(lee.locator.as_ref().unwrap().value, "4");
    // `SILVA, p. 45.`: the list's SILVA, though no note cited it whole.
    assert_eq!(
        papers_support::only(&doc, 5).reference.as_deref(),
        Some("b4")
    );
    // `AS, 40.`: an abbreviation with a bare page stays unread.
    assert!(papers_support::in_note(&doc, 6).is_empty());
}

#[test]
fn a_gost_organisation_in_sentence_case_is_the_author() {
    let (_, doc) = run("fixtures/regional_budgets_gost_ru.txt");
    let rosstat = entry(&doc, 1);
    assert_eq!(
        rosstat.author[0].literal.as_deref(),
        Some("Федеральная служба государственной статистики")
    );
    assert!(rosstat
        .title
        .as_deref()
        .unwrap()
        .starts_with("Российский статистический ежегодник"));
    let minfin = entry(&doc, 2);
    assert_eq!(
        minfin.author[0].literal.as_deref(),
        Some("Министерство финансов Российской Федерации")
    );
    assert!(minfin
        .title
        .as_deref()
        .unwrap()
        .starts_with("Основные направления бюджетной"));
    // A person stays a person.
    assert_eq!(entry(&doc, 3).author[0].family.as_deref(), Some("Иванов"));
}
