#[path = "papers_support/mod.rs"]
mod papers_support;

// Russian and Ukrainian notes in the GOST manner often name the city and
// the year without a publisher (`М., 2005`). Expected values were written
// by reading the snippets.

use opcit::model::Status;
use papers_support::{entry_number, run_text};

#[test]
fn place_and_year_without_a_publisher_close_the_title() {
    let doc = run_text(
        "Реформа\n\nВопрос изучался1. Его рассматривали2. Позднее3. Ещё4.\n\n\
         1 Сидоров С. С. Россия и Европа в 1920-е годы. М., 2005. С. 45.\n\
         2 Там же. С. 47.\n\
         3 Орлова О. О. Россия и мир. Очерки, 1990–2000. СПб., 2011. С. 3.\n\
         4 Сидоров С. С. Указ. соч. С. 50.\n\n\
         Список литературы\n\n\
         Сидоров С. С. Россия и Европа в 1920-е годы. М., 2005. 300 с.\n\
         Орлова О. О. Россия и мир. Очерки, 1990–2000. СПб., 2011. 200 с.\n",
    );
    let note = |n: u32| {
        doc.citations
            .iter()
            .find(|c| c.footnote == Some(n))
            .unwrap()
    };
    let first = note(1).fields.as_deref().unwrap();
    assert_eq!(first.kind, "book");
    assert_eq!(
        first.title.as_deref(),
        Some("Россия и Европа в 1920-е годы")
    );
    assert_eq!(first.publisher_place.as_deref(), Some("М."));
    assert_eq!(first.publisher, None);
    assert_eq!(first.year(), Some(2005));
    assert_eq!(
        note(1).locator.as_ref().map(|l| l.value.as_str()),
        Some("45")
    );
    // A span of years inside the title is no imprint.
    let third = note(3).fields.as_deref().unwrap();
    assert_eq!(
        third.title.as_deref(),
        Some("Россия и мир. Очерки, 1990–2000")
    );
    assert_eq!(third.publisher_place.as_deref(), Some("СПб."));
    for (n, e) in [(1, 1), (2, 1), (3, 2), (4, 1)] {
        assert_eq!(note(n).status, Some(Status::Resolved), "note {n}");
        assert_eq!(entry_number(&doc, note(n)), Some(e), "note {n}");
    }
}

#[test]
fn a_word_for_the_same_author_opens_a_gost_note_and_entry() {
    let doc = run_text(
        "Реформа\n\nВопрос изучался1. Его рассматривали2. Позднее3. Ещё4.\n\n\
         1 Сидоров С. С. Россия и Европа. М.: Наука, 2005. С. 45.\n\
         2 Он же. Дипломатия и война. М., 1999. С. 12.\n\
         3 Там же. С. 14.\n\
         4 Его же. Россия и мир // Вопросы истории. 2011. № 3. С. 3–20.\n\n\
         Список литературы\n\n\
         Сидоров С. С. Россия и Европа. М.: Наука, 2005. 300 с.\n\
         Он же. Дипломатия и война. М., 1999. 200 с.\n\
         ———. Россия и мир // Вопросы истории. 2011. № 3. С. 3–20.\n",
    );
    for n in 1..=3 {
        let e = papers_support::entry(&doc, n);
        assert_eq!(
            papers_support::authors(e),
            vec![("Сидоров", "С. С.")],
            "entry {n}"
        );
    }
    let second = papers_support::entry(&doc, 2);
    assert_eq!(second.title.as_deref(), Some("Дипломатия и война"));
    assert_eq!(second.publisher_place.as_deref(), Some("М."));
    assert_eq!(second.publisher, None);
    assert_eq!(
        papers_support::entry(&doc, 3).container_title.as_deref(),
        Some("Вопросы истории")
    );
    let note = |n: u32| {
        doc.citations
            .iter()
            .find(|c| c.footnote == Some(n))
            .unwrap()
    };
    let two = note(2).fields.as_deref().unwrap();
    assert_eq!(two.title.as_deref(), Some("Дипломатия и война"));
    assert_eq!(papers_support::authors(two)[0].0, "Сидоров");
    for (n, e) in [(1, 1), (2, 2), (3, 2), (4, 3)] {
        assert_eq!(note(n).status, Some(Status::Resolved), "note {n}");
        assert_eq!(entry_number(&doc, note(n)), Some(e), "note {n}");
    }
}
