#[path = "papers_support/mod.rs"]
mod papers_support;

// English reference lists read as they are printed: APA editors and
// translators in brackets after a title, articles published online before
// their issue, and Oxford/MHRA imprints `(Place, Year)` closing a title in
// a list written with periods. Expected values were written by reading the
// snippets and the fixtures.

use opcit::model::Status;
use papers_support::{entry, run, run_text};

/// Family names of a list of names.
fn families(names: &[opcit::model::CslName]) -> Vec<&str> {
    names.iter().filter_map(|n| n.family.as_deref()).collect()
}

#[test]
fn apa_contributors_after_the_title_leave_it() {
    let doc = run_text(
        "Mind\n\nAs Vygotsky (1978) and Piaget (1952/2001) argued.\n\nReferences\n\n\
         Piaget, J. (2001). The psychology of intelligence (M. Piercy & D. E. Berlyne, Trans.). Routledge. (Original work published 1952)\n\
         Vygotsky, L. S. (1978). Mind in society: The development of higher psychological processes (M. Cole, V. John-Steiner, S. Scribner, & E. Souberman, Eds.). Harvard University Press.\n",
    );
    let piaget = entry(&doc, 1);
    assert_eq!(
        piaget.title.as_deref(),
        Some("The psychology of intelligence")
    );
    assert_eq!(families(&piaget.translator), ["Piercy", "Berlyne"]);
    assert!(piaget.editor.is_empty());
    assert_eq!(piaget.publisher.as_deref(), Some("Routledge"));
    let vygotsky = entry(&doc, 2);
    assert_eq!(
        vygotsky.title.as_deref(),
        Some("Mind in society: The development of higher psychological processes")
    );
    assert_eq!(
        families(&vygotsky.editor),
        ["Cole", "John-Steiner", "Scribner", "Souberman"]
    );
    assert_eq!(vygotsky.kind, "book");
    // The education paper cites Vygotsky's book the same way.
    let (_, doc) = run("fixtures/apa7_pdf_en.txt");
    let cole = doc
        .references
        .iter()
        .find(|r| {
            r.fields
                .author
                .iter()
                .any(|a| a.family.as_deref() == Some("Vygotsky"))
        })
        .unwrap();
    assert_eq!(families(&cole.fields.editor).first(), Some(&"Cole"));
    assert!(!cole.fields.title.as_deref().unwrap().contains("Eds."));
}

#[test]
fn apa_article_online_before_its_issue_names_its_journal() {
    let doc = run_text(
        "Scale\n\nText (Kim, 2021; Park, 2022; Lee, 2020).\n\nReferences\n\n\
         Kim, S. (2021). Peer feedback in online courses. Journal of Educational Computing Research. https://doi.org/10.1177/0735633121999999\n\
         Lee, J. (2020). Teaching with data. Routledge. https://doi.org/10.4324/9780429000000\n\
         Park, H. (2022). Online tutoring at scale. Review of Educational Research. Advance online publication. https://doi.org/10.3102/00346543221000000\n",
    );
    let kim = entry(&doc, 1);
    assert_eq!(kim.kind, "article-journal");
    assert_eq!(
        kim.container_title.as_deref(),
        Some("Journal of Educational Computing Research")
    );
    assert_eq!(kim.publisher, None);
    // A publisher's name holds no journal word: a book with a DOI.
    let lee = entry(&doc, 2);
    assert_eq!(lee.kind, "book");
    assert_eq!(lee.publisher.as_deref(), Some("Routledge"));
    // `Advance online publication.` leads to the link and names nobody.
    let park = entry(&doc, 3);
    assert_eq!(park.kind, "article-journal");
    assert_eq!(
        park.container_title.as_deref(),
        Some("Review of Educational Research")
    );
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
}

#[test]
fn bracketed_place_and_year_close_a_title_written_with_periods() {
    let doc = run_text(
        "Fog\n\nText.\n\nBibliography\n\n\
         Wallach, J. Desert Queen (New York, 1996).\n\
         Smith, John. Fog and Fire (London: Methuen, 1981).\n\
         Roe, Ann. The Smoke of Cities (1850-1900). London: Verso, 1996.\n",
    );
    let wallach = entry(&doc, 1);
    assert_eq!(wallach.title.as_deref(), Some("Desert Queen"));
    assert_eq!(wallach.year(), Some(1996));
    let smith = entry(&doc, 2);
    assert_eq!(smith.title.as_deref(), Some("Fog and Fire"));
    assert_eq!(smith.publisher_place.as_deref(), Some("London"));
    assert_eq!(smith.publisher.as_deref(), Some("Methuen"));
    assert_eq!(smith.year(), Some(1981));
    // Years a title is about are no imprint.
    let roe = entry(&doc, 3);
    assert_eq!(
        roe.title.as_deref(),
        Some("The Smoke of Cities (1850-1900)")
    );
    assert_eq!(roe.publisher.as_deref(), Some("Verso"));

    // The British history paper's list: every entry is dated.
    let (_, doc) = run("fixtures/mhra_history_pdf_en.txt");
    let dates: Vec<_> = (6..=9).map(|n| entry(&doc, n).year()).collect();
    assert_eq!(dates, [Some(1981), Some(2006), Some(2007), Some(1996)]);
    assert_eq!(entry(&doc, 9).title.as_deref(), Some("Desert Queen"));
}

#[test]
fn a_shelfmark_with_a_size_letter_is_no_short_form() {
    let (_, doc) = run("fixtures/mhra_history_pdf_en.txt");
    let note = |n: u32| {
        doc.citations
            .iter()
            .find(|c| c.footnote == Some(n))
            .unwrap()
    };
    // `14 Bodleian Library, MS Eng. hist. c. 12, fol. 4.`, then `15 Idem, fol. 9; …`.
    let bodleian = note(14);
    assert_eq!(bodleian.status, Some(Status::Resolved));
    let n = papers_support::entry_number(&doc, bodleian).unwrap();
    let listed = entry(&doc, n);
    assert_eq!(listed.kind, "manuscript");
    assert_eq!(
        listed.archive.as_ref().and_then(|a| a.location.as_deref()),
        Some("MS Eng. hist. c. 12")
    );
    assert_eq!(
        bodleian.locator.as_ref().map(|l| l.value.as_str()),
        Some("4")
    );
    let idem = note(15);
    assert_eq!(idem.status, Some(Status::Resolved));
    assert_eq!(papers_support::entry_number(&doc, idem), Some(n));

    // After a number, `c.` is the leaf (Italian `carta`).
    let doc = run_text("Firenze\n\nTesto.1\n\n1 Archivio di Stato di Firenze, MP 123, c. 45.\n");
    let c = &doc.citations[0];
    let fields = c.fields.as_deref().unwrap();
    assert_eq!(fields.kind, "manuscript");
    assert_eq!(
        fields.archive.as_ref().and_then(|a| a.location.as_deref()),
        Some("MP 123")
    );
    assert_eq!(c.locator.as_ref().map(|l| l.value.as_str()), Some("45"));
}
