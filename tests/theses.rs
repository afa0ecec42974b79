#[path = "papers_support/mod.rs"]
mod papers_support;

// Theses and dissertations, as reference lists and notes in several
// languages state them: the degree in brackets after an APA title, in a
// Chicago note's parentheses, after an MLA entry's date, after a German
// title as `Diss.`, and after a Korean or Chinese university's name.
// Expected values were written by reading the snippets.

use opcit::model::{CslItem, Document, Status};
use papers_support::{entry, run_text};

/// The fields of the first citation of note `n`.
#[allow(clippy::unwrap_used)]
fn note_fields(doc: &Document, n: u32) -> &CslItem {
    papers_support::in_note(doc, n)[0]
        .fields
        .as_deref()
        .unwrap()
}

/// (type, title, genre, publisher) of an item.
fn thesis(item: &CslItem) -> (&str, &str, Option<&str>, Option<&str>) {
    (
        item.kind.as_str(),
        item.title.as_deref().unwrap_or(""),
        item.genre.as_deref(),
        item.publisher.as_deref(),
    )
}

#[test]
fn apa_degree_in_brackets_types_the_entry_and_leaves_the_title() {
    let doc = run_text(
        "Tutoring\n\nPrior work (Baker, 2019; Lee, 2020; Urbano, 2019) shows gains.\n\n\
         References\n\n\
         Baker, R. (2019). Tutoring and engagement in rural schools [Doctoral dissertation, University of Michigan]. ProQuest Dissertations and Theses Global.\n\
         Lee, J. (2020). Reading growth in middle school [Master's thesis, Seoul National University].\n\
         Urbano, F. (2019). Los jóvenes y el Estado de bienestar (Tesis doctoral). Universidad Complutense de Madrid.\n",
    );
    assert_eq!(
        thesis(entry(&doc, 1)),
        (
            "thesis",
            "Tutoring and engagement in rural schools",
            Some("Doctoral dissertation"),
            Some("University of Michigan")
        )
    );
    assert_eq!(
        thesis(entry(&doc, 2)),
        (
            "thesis",
            "Reading growth in middle school",
            Some("Master's thesis"),
            Some("Seoul National University")
        )
    );
    // The degree alone in brackets: the publisher after it is the university.
    assert_eq!(
        thesis(entry(&doc, 3)),
        (
            "thesis",
            "Los jóvenes y el Estado de bienestar",
            Some("Tesis doctoral"),
            Some("Universidad Complutense de Madrid")
        )
    );
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
}

#[test]
fn notes_state_theses_in_their_own_languages() {
    let doc = run_text(
        "Theses\n\nText.1 More.2 More.3 More.4\n\n\
         1 John Smith, \"Labor and Empire\" (PhD diss., University of Chicago, 2010), 45.\n\
         2 홍길동, 「한국 정당의 형성」, 서울대학교 대학원 박사학위논문, 2015, 23쪽.\n\
         3 王小明：《近代上海的商会》，复旦大学博士学位论文，2008年，第12页。\n\
         4 Müller, Hans: Die Zunft im Wandel, Diss. Universität Heidelberg 2003, S. 12.\n",
    );
    let item = |n: u32| note_fields(&doc, n);
    let expected = [
        (
            1,
            "Labor and Empire",
            "PhD diss.",
            "University of Chicago",
            2010,
        ),
        (
            2,
            "한국 정당의 형성",
            "박사학위논문",
            "서울대학교 대학원",
            2015,
        ),
        (3, "近代上海的商会", "博士学位论文", "复旦大学", 2008),
        (
            4,
            "Die Zunft im Wandel",
            "Diss.",
            "Universität Heidelberg",
            2003,
        ),
    ];
    for (n, title, genre, school, year) in expected {
        let it = item(n);
        assert_eq!(
            thesis(it),
            ("thesis", title, Some(genre), Some(school)),
            "note {n}"
        );
        assert_eq!(it.year(), Some(year), "note {n}");
    }
}

#[test]
fn mla_names_the_university_before_the_degree() {
    let doc = run_text(
        "Parish\n\nAs Gray argues (Gray 12).\n\nWorks Cited\n\n\
         Gray, Tom. Parish Life in Norfolk. 2004. U of East Anglia, PhD dissertation.\n",
    );
    assert_eq!(
        thesis(entry(&doc, 1)),
        (
            "thesis",
            "Parish Life in Norfolk",
            Some("PhD dissertation"),
            Some("U of East Anglia")
        )
    );
}

#[test]
fn thesis_words_inside_a_title_state_nothing() {
    let doc = run_text(
        "Words\n\nText.\n\nBibliography\n\n\
         Brown, Ann. The Thesis of Decline. New York: Norton, 1999.\n\
         Dupont, Jean, La thèse et l'antithèse, Paris, Seuil, 1990.\n\
         Weber, Max. Die Dissertation als Gattung. Berlin: Akademie, 1990.\n",
    );
    for n in 1..=3 {
        let e = entry(&doc, n);
        assert_eq!(e.kind, "book", "entry {n}");
        assert_eq!(e.genre, None, "entry {n}");
    }
    assert_eq!(
        entry(&doc, 2).title.as_deref(),
        Some("La thèse et l'antithèse")
    );
}

#[test]
fn gost_theses_name_the_degree_after_an_abbreviation() {
    let doc = run_text(
        "Дипломатия\n\nВопрос изучался1. Его рассматривали и другие2. Позднее3.\n\n\
         1 Иванов И. И. Внешняя политика СССР : дис. … канд. ист. наук : 07.00.02. М., 2005. С. 45.\n\
         2 Іваненко І. І. Зовнішня політика УРСР : автореф. дис. ... д-ра іст. наук. К., 2011. С. 12.\n\
         3 Там же. С. 14.\n\n\
         Список литературы\n\n\
         Иванов И. И. Внешняя политика СССР : дис. ... канд. ист. наук : 07.00.02 / Иванов Иван Иванович ; МГУ. – М., 2005. – 210 с.\n\
         Іваненко І. І. Зовнішня політика УРСР : автореф. дис. ... д-ра іст. наук. К., 2011. 36 с.\n",
    );
    let first = entry(&doc, 1);
    assert_eq!(
        thesis(first),
        (
            "thesis",
            "Внешняя политика СССР",
            Some("дис. ... канд. ист. наук"),
            None
        )
    );
    // The abbreviated city after the degree is the place, no institution.
    assert_eq!(first.publisher_place.as_deref(), Some("М."));
    assert_eq!(first.year(), Some(2005));
    let second = entry(&doc, 2);
    assert_eq!(
        thesis(second),
        (
            "thesis",
            "Зовнішня політика УРСР",
            Some("автореф. дис. ... д-ра іст. наук"),
            None
        )
    );
    assert_eq!(second.publisher_place.as_deref(), Some("К."));
    // Each note links to its entry; the page of a thesis in a note is the
    // place cited, not the work's pages.
    for (n, e) in [(1, 1), (2, 2), (3, 2)] {
        let c = doc
            .citations
            .iter()
            .find(|c| c.footnote == Some(n))
            .unwrap();
        assert_eq!(c.status, Some(Status::Resolved), "note {n}");
        assert_eq!(papers_support::entry_number(&doc, c), Some(e), "note {n}");
    }
    let note = doc
        .citations
        .iter()
        .find(|c| c.footnote == Some(1))
        .unwrap();
    assert_eq!(note.locator.as_ref().map(|l| l.value.as_str()), Some("45"));
    assert_eq!(note.fields.as_deref().and_then(|f| f.page.as_deref()), None);
}

#[test]
fn small_words_after_a_german_abbreviation_are_the_degree() {
    let doc = run_text(
        "Kanzlei\n\nText.1 Mehr.2\n\n\
         1 Müller, Hans: Die Reichskanzlei, Diss. phil. Universität Heidelberg 2003, S. 12.\n\
         2 Schulz, Eva: Die Zunft, Diss. Bonn 1999, S. 4.\n",
    );
    let item = |n: u32| note_fields(&doc, n);
    assert_eq!(
        thesis(item(1)),
        (
            "thesis",
            "Die Reichskanzlei",
            Some("Diss. phil."),
            Some("Universität Heidelberg")
        )
    );
    assert_eq!(
        thesis(item(2)),
        ("thesis", "Die Zunft", Some("Diss."), Some("Bonn"))
    );
}
