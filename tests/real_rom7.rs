#[path = "papers_support/mod.rs"]
mod papers_support;

// Lead-in phrases before a back-reference's author, German `S.` as an
// initial and as a page, authorless works cited by title, and a series'
// number after its name.

use opcit::diagnostic::Code;
use opcit::model::CitationKind::{Ibid, Short, Supra};
use opcit::model::Status::Resolved;
use papers_support::{note_links, only, paper_of_notes, run, run_text, work};

const CARVAL: &str = "S. Carval, La responsabilité civile dans sa fonction de peine privée, Paris, LGDJ, 1995, p. 12.";
const VINEY: &str = "G. Viney, Introduction à la responsabilité, Paris, LGDJ, 2008, p. 30.";
const LIST: &str = "\n\nBibliographie\n\nCarval S., La responsabilité civile dans sa fonction de peine privée, Paris, LGDJ, 1995.\nViney G., Introduction à la responsabilité, Paris, LGDJ, 2008.\n";

/// The notes `notes` over the list of Carval's and Viney's books.
fn with_list(notes: &[&str]) -> opcit::model::Document {
    let body: String = (1..=notes.len()).map(|n| format!("Texte.{n} ")).collect();
    let list: String = notes
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{} {t}\n", i + 1))
        .collect();
    run_text(&format!("{body}\n\n{list}{LIST}"))
}

#[test]
fn a_lead_in_phrase_before_the_author_leaves_the_author_to_the_short_form() {
    for lead in [
        "Sur ce point,",
        "En ce sens,",
        "En este sentido,",
        "In tal senso,",
        "Cu privire la această chestiune,",
    ] {
        let note = format!("{lead} S. Carval, La responsabilité civile, op. cit., p. 45.");
        let doc = with_list(&[CARVAL, VINEY, &note]);
        assert_eq!(note_links(&doc, 3), [(Short, Resolved, Some(1))], "{lead}");
        let short = only(&doc, 3).short.as_deref().unwrap();
        assert_eq!(short.author.as_deref(), Some("S. Carval"), "{lead}");
    }
    // Italian `cit.` and a signal before the names (`Voir aussi`).
    let doc = with_list(&[
        CARVAL,
        VINEY,
        "In tal senso, S. Carval, La responsabilité civile, cit., p. 48.",
        "Voir aussi S. Carval, La responsabilité civile, op. cit., p. 46.",
    ]);
    assert_eq!(note_links(&doc, 3), [(Short, Resolved, Some(1))]);
    assert_eq!(note_links(&doc, 4), [(Short, Resolved, Some(1))]);
    // A title alone before the word names no author: the work just before.
    let doc = with_list(&[CARVAL, VINEY, "La responsabilité civile, op. cit., p. 49."]);
    assert_eq!(note_links(&doc, 3), [(Ibid, Resolved, Some(2))]);
}

#[test]
fn german_capital_s_is_a_page_or_an_initial_as_the_words_say() {
    let doc = run_text(
        "Text.1 Text.2 Text.3 Text.4 Text.5 Text.6 Text.7 Text.8\n\n\
         1 Hans Müller, Das Recht der Schuldverhältnisse, Berlin 1990, S. 10.\n\
         2 Müller, a.a.O., S. 12.\n\
         3 Vgl. S. 45 ff.\n\
         4 Peter Schmidt, Grundlagen des Verwaltungsrechts, München 2001, S. 5.\n\
         5 Ebd., S. 3.\n\
         6 S. Müller, a.a.O., S. 7.\n\
         7 S. dazu Müller (Fn. 1), S. 12.\n\
         8 Vgl. Müller, a.a.O., S. 3; s. Schmidt, a.a.O., S. 9.\n\n\
         Literaturverzeichnis\n\n\
         Müller, Hans: Das Recht der Schuldverhältnisse, Berlin 1990.\n\
         Schmidt, Peter: Grundlagen des Verwaltungsrechts, München 2001.\n",
    );
    let page = |n: u32| {
        only(&doc, n)
            .locator
            .as_ref()
            .map(|l| (l.label.clone(), l.value.clone()))
    };
    assert_eq!(note_links(&doc, 2), [(Short, Resolved, Some(1))]);
    assert_eq!(page(2), Some(("page".into(), "12".into())));
    // `Vgl. S. 45 ff.` points into the paper itself: no work.
    assert!(note_links(&doc, 3).is_empty());
    assert_eq!(note_links(&doc, 5), [(Ibid, Resolved, Some(2))]);
    assert_eq!(page(5), Some(("page".into(), "3".into())));
    assert_eq!(note_links(&doc, 6), [(Short, Resolved, Some(1))]);
    assert_eq!(page(6), Some(("page".into(), "7".into())));
    assert_eq!(note_links(&doc, 7), [(Supra, Resolved, Some(1))]);
    assert_eq!(
        note_links(&doc, 8),
        [(Short, Resolved, Some(1)), (Short, Resolved, Some(2))]
    );
}

#[test]
fn an_authorless_work_cited_by_title_needs_no_author() {
    let (source, doc) = run("fixtures/cabildo_lima_pdf_es.txt");
    let unread: Vec<usize> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnparsedReference)
        .map(|d| source.line_col(d.span.start).line)
        .collect();
    assert!(unread.is_empty(), "{unread:?}");
    let title = work(&doc, only(&doc, 14)).title.as_deref();
    assert_eq!(
        title,
        Some("Recopilación de leyes de los reinos de las Indias")
    );
}

#[test]
fn a_series_number_after_the_series_is_no_issue() {
    let doc = paper_of_notes(
        "Texte",
        &["P. Malaurie, Les personnes, Paris, PUF, coll. « Que sais-je ? », n° 1234, 2004, p. 45."],
    );
    let c = only(&doc, 1);
    let f = work(&doc, c);
    assert_eq!(f.kind, "book");
    assert_eq!(f.publisher.as_deref(), Some("PUF"));
    assert_eq!(f.publisher_place.as_deref(), Some("Paris"));
    assert_eq!(f.issue, None);
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("45"));
}
