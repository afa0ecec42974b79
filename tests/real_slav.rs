#[path = "papers_support/mod.rs"]
mod papers_support;

// Papers of the Slavonic languages: a Polish history article as pdftotext
// gives it (notes at the pages' feet, `Tamże`, `Taż`, `Tenże`, `dz. cyt.`,
// `op. cit.`, `Zob.`, `Por. też`, `w: …, red. …`, `(red.)`, `t. 2`, a
// `Bibliografia` list), and Russian and Ukrainian court decisions, GOST
// theses and author-date citations with the year in brackets. Expected
// values were written by reading the papers.

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, findings, note_links, only, run, run_text};
use CitationKind::{Full, Ibid, Short};
use Status::Resolved;

const PAPER: &str = "fixtures/prasa_pdf_pl.txt";

#[test]
fn every_note_of_the_polish_paper_links_to_the_work_it_cites() {
    let (_, doc) = run(PAPER);
    // Entries: 1 Kaczmarek, Czytelnicy; 2 Kaczmarek, Czytelnik; 3
    // Kaczmarek, Obieg; 4 Kmiecik; 5 Kot; 6 Łojek, Gazety; 7 Łojek, Prasa
    // polska (chapter); 8 Łojek, Myśliński, Władyka; 9 Nowak (red.); 10
    // Nowicki; 11 Paczkowski; 12 Wójcicki; 13 Zarzycka, Cenzura; 14
    // Zarzycka, Cenzor; 15 Żmigrodzka.
    let one: [(u32, CitationKind, Option<usize>); 25] = [
        (1, Full, Some(6)),
        (2, Ibid, Some(6)),
        (3, Full, Some(4)),
        (4, Full, Some(7)),
        (6, Full, Some(2)),
        (7, Full, Some(13)),
        (8, Full, Some(1)),
        (9, Full, Some(3)),
        (10, Ibid, Some(3)),
        (11, Short, Some(6)),
        (12, Full, Some(5)),
        (13, Ibid, Some(5)),
        (14, Short, Some(5)),
        (17, Short, Some(13)),
        (18, Full, Some(9)),
        (19, Full, Some(12)),
        (20, Short, Some(11)),
        (21, Short, Some(3)),
        (22, Full, Some(10)),
        (23, Short, Some(10)),
        (24, Ibid, Some(10)),
        (26, Short, Some(4)),
        (27, Full, Some(14)),
        (15, Full, None),
        (16, Ibid, None),
    ];
    for (n, kind, target) in one {
        assert_eq!(note_links(&doc, n), [(kind, Resolved, target)], "note {n}");
    }
    // `…; por. też A. Paczkowski, …`: two works, three authors for the first.
    assert_eq!(
        note_links(&doc, 5),
        [(Full, Resolved, Some(8)), (Full, Resolved, Some(11))]
    );
    // `Gazety warszaw-` / `skie…, s. 60`: a short title broken at the line's end.
    assert_eq!(
        note_links(&doc, 25),
        [(Short, Resolved, Some(1)), (Short, Resolved, Some(6))]
    );
}

#[test]
fn the_polish_paper_reports_the_archive_and_the_uncited_book() {
    let (source, doc) = run(PAPER);
    let found = findings(&source, &doc);
    // AGAD's file is cited (notes 15 and 16) but the list has no sources;
    // Żmigrodzka's book is listed and cited nowhere.
    // The list's `Wójcicki K. Wł.,` is note 19's `K. Wł. Wójcicki`: no
    // disagreement on the author.
    for want in [
        (Code::MissingFromBibliography, 72),
        (Code::UncitedReference, 126),
    ] {
        assert!(found.contains(&want), "{found:?}");
    }
    assert!(
        found.iter().all(|f| f.0 != Code::DanglingShortForm
            && f.0 != Code::MissingFromBibliography
            && f.0 != Code::BibliographyMismatch
            || f.1 == 72),
        "{found:?}"
    );
}

#[test]
fn polish_names_with_initials_keep_their_initials() {
    let (_, doc) = run(PAPER);
    // `J. Łojek, J. Myśliński, W. Władyka, Dzieje prasy polskiej`: three
    // authors written with initials, no joining word.
    let n5 = &papers_support::in_note(&doc, 5)[0];
    let f = n5.fields.as_deref().unwrap();
    assert_eq!(
        authors(f),
        [("Łojek", "J."), ("Myśliński", "J."), ("Władyka", "W.")]
    );
    assert_eq!(f.title.as_deref(), Some("Dzieje prasy polskiej"));
    // `S. Kot, …`: the initial is no German signal `s.` (siehe).
    let kot = only(&doc, 12);
    assert_eq!(kot.signal, None);
    assert_eq!(authors(kot.fields.as_deref().unwrap()), [("Kot", "S.")]);
    // `K. Wł. Wójcicki`: an initial of two letters before the name.
    assert_eq!(
        authors(only(&doc, 19).fields.as_deref().unwrap()),
        [("Wójcicki", "K. Wł.")]
    );
    // `Cenzor i redaktor. Z dziejów „Gazety Kaliskiej”, „Rocznik Kaliski”
    // 2016`: the subtitle with a quoted name is the title's, the journal
    // after it in quotes.
    let z = only(&doc, 27);
    assert_eq!(z.signal.as_deref(), Some("Por. też"));
    let f = z.fields.as_deref().unwrap();
    assert_eq!(
        f.title.as_deref(),
        Some("Cenzor i redaktor. Z dziejów „Gazety Kaliskiej”")
    );
    assert_eq!(f.container_title.as_deref(), Some("Rocznik Kaliski"));
    assert_eq!(authors(f), [("Zarzycka", "M.")]);
}

#[test]
fn russian_court_decisions_are_cases_of_their_court_and_acts_stay_legislation() {
    let doc = papers_support::paper_of_notes(
        "Текст",
        &[
            "Постановление Конституционного Суда РФ от 14.07.2005 № 9-П «По делу о проверке конституционности положений статьи 113 Налогового кодекса Российской Федерации» // СЗ РФ. 2005. № 30. Ст. 3200.",
            "Определение Верховного Суда РФ от 12.03.2019 № 5-КГ18-300.",
            "Решение Арбитражного суда г. Москвы от 15.05.2018 по делу № А40-12345/2018.",
            "Федеральный закон от 06.10.2003 № 131-ФЗ «Об общих принципах организации местного самоуправления в Российской Федерации» // СЗ РФ. 2003. № 40. Ст. 3822.",
            "Постановление Правительства РФ от 01.12.2012 № 1234.",
            "Рішення Конституційного Суду України від 01.12.2004 № 18-рп/2004.",
            "Постанова Верховного Суду від 12.03.2019 у справі № 910/1234/18.",
        ],
    );
    let f = |n: u32| only(&doc, n).fields.as_deref().unwrap();
    for (n, court, number, date) in [
        (1, "Конституционного Суда РФ", "9-П", [2005, 7, 14]),
        (2, "Верховного Суда РФ", "5-КГ18-300", [2019, 3, 12]),
        (
            3,
            "Арбитражного суда г. Москвы",
            "А40-12345/2018",
            [2018, 5, 15],
        ),
        (
            6,
            "Конституційного Суду України",
            "18-рп/2004",
            [2004, 12, 1],
        ),
        (7, "Верховного Суду", "910/1234/18", [2019, 3, 12]),
    ] {
        assert_eq!(f(n).kind, "legal_case", "note {n}");
        assert_eq!(f(n).publisher.as_deref(), Some(court), "note {n}");
        assert_eq!(f(n).number.as_deref(), Some(number), "note {n}");
        assert_eq!(f(n).issued.as_ref().unwrap().date_parts, [date], "note {n}");
    }
    // Acts of a legislature or a government stay legislation.
    for n in [4, 5] {
        assert_eq!(f(n).kind, "legislation", "note {n}");
        assert_eq!(f(n).publisher, None, "note {n}");
    }
    assert_eq!(f(4).number.as_deref(), Some("131-ФЗ"));
    // Neither kind is missing from a list.
    assert!(doc
        .diagnostics
        .iter()
        .all(|d| d.code != Code::MissingFromBibliography));
}

#[test]
fn a_decision_in_a_list_of_sources_is_linked_by_kind_number_and_year() {
    let doc = run_text(
        "Текст.1 Текст.2\n\n\
         1 Определение ВС РФ от 12.03.2019 № 5-КГ18-300.\n\
         2 Иванов И. И. Судебная практика. М.: Статут, 2020. С. 5.\n\n\
         Список литературы\n\n\
         Определение Судебной коллегии по гражданским делам Верховного Суда РФ от 12 марта 2019 г. № 5-КГ18-300.\n\
         Иванов И. И. Судебная практика. М.: Статут, 2020. 300 с.\n",
    );
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(1))]);
    assert_eq!(entry(&doc, 1).kind, "legal_case");
    assert_eq!(note_links(&doc, 2), [(Full, Resolved, Some(2))]);
}

#[test]
fn a_gost_thesis_keeps_its_statement_of_responsibility_whole() {
    let doc = run_text(
        "Текст.1 Текст.2 Текст.3\n\n\
         1 Иванов И. И. Земское самоуправление в Тверской губернии : дис. … канд. ист. наук : 07.00.02 / Иванов Иван Иванович ; Моск. гос. ун-т им. М. В. Ломоносова. М., 2005. 210 с.\n\
         2 Там же. С. 12.\n\
         3 Петрова А. С. Городская реформа 1870 г. : автореф. дис. … д-ра ист. наук : 07.00.02 / Петрова Анна Сергеевна ; [Место защиты: Ин-т рос. истории РАН]. М., 2011. 48 с. ; Сидоров С. С. Городские думы. М., 2010. С. 7.\n\n\
         Список литературы\n\n\
         Иванов И. И. Земское самоуправление в Тверской губернии : дис. … канд. ист. наук : 07.00.02 / Иванов Иван Иванович ; Моск. гос. ун-т им. М. В. Ломоносова. М., 2005. 210 с.\n\
         Петрова А. С. Городская реформа 1870 г. : автореф. дис. … д-ра ист. наук : 07.00.02 / Петрова Анна Сергеевна. М., 2011. 48 с.\n",
    );
    // The ` ; ` inside the statement splits no note; the one after the
    // thesis's pages does.
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(1))]);
    assert_eq!(note_links(&doc, 2), [(Ibid, Resolved, Some(1))]);
    assert_eq!(note_links(&doc, 3).len(), 2);
    assert_eq!(note_links(&doc, 3)[0], (Full, Resolved, Some(2)));
    let e = entry(&doc, 1);
    assert_eq!(e.kind, "thesis");
    assert_eq!(
        e.publisher.as_deref(),
        Some("Моск. гос. ун-т им. М. В. Ломоносова")
    );
    assert_eq!(e.publisher_place.as_deref(), Some("М."));
    let r = doc
        .references
        .iter()
        .find(|r| r.bibliography_index == Some(1))
        .unwrap();
    assert_eq!(r.unparsed, None);
    // The name in full alone is no institution.
    assert_eq!(entry(&doc, 2).publisher, None);
    let n3 = &papers_support::in_note(&doc, 3)[0];
    assert_eq!(
        n3.fields.as_deref().unwrap().publisher.as_deref(),
        Some("Ин-т рос. истории РАН")
    );
}

#[test]
fn gost_author_date_citations_with_the_year_in_brackets() {
    let doc = run_text(
        "Введение\n\n\
         Проблема земского самоуправления давно привлекает внимание исследователей. \
         Как показал И. И. Иванов [2005], реформа была компромиссом. Как отмечает \
         Петров [Петров 2010, с. 45], она не достигла цели. Иные авторы судят иначе \
         [Иванов, 2005, с. 12; Петров, 2010]. Эту позицию разделяет Сидорова [2012, \
         с. 7–9], а Смирнов и Козлов [2001] её оспаривают. В деле Smith [2005] UKHL 12 \
         суд решил иначе.\n\n\
         Список литературы\n\n\
         Иванов И. И. Земская реформа 1864 года. М.: Наука, 2005. 320 с.\n\
         Петров П. П. Местное самоуправление в России. СПб.: Алетейя, 2010. 256 с.\n\
         Сидорова А. А. Земство и общество // Вопросы истории. 2012. № 3. С. 5–20.\n\
         Смирнов А. В., Козлов Б. Г. Губернские учреждения. М.: РОССПЭН, 2001. 400 с.\n\
         Smith J. Law and Courts. London, 2005.\n",
    );
    let linked: Vec<(String, Option<usize>, Option<String>)> = doc
        .citations
        .iter()
        .map(|c| {
            (
                c.short
                    .as_ref()
                    .and_then(|s| s.author.clone())
                    .unwrap_or_default(),
                papers_support::entry_number(&doc, c),
                c.locator.as_ref().map(|l| l.value.clone()),
            )
        })
        .collect();
    let want = |a: &str, e: usize, p: Option<&str>| (a.to_string(), Some(e), p.map(str::to_string));
    assert_eq!(
        linked,
        [
            want("Иванов", 1, None),
            want("Петров", 2, Some("45")),
            want("Иванов", 1, Some("12")),
            want("Петров", 2, None),
            want("Сидорова", 3, Some("7–9")),
            want("Смирнов и Козлов", 4, None),
        ]
    );
    // `Smith [2005] UKHL 12` is a law report's year, no citation: Smith's
    // book is cited nowhere.
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.code == Code::UncitedReference));
}
