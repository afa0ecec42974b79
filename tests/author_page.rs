//! Author-page citations (MLA): `(Said 45)`, `(Said, Orientalism 3)`,
//! `("Can the Subaltern Speak?" 283)`, a page alone after a sentence that
//! names the author, and what they must not take for citations.

#![allow(clippy::unwrap_used)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, CitationStyle, Document, Status};
use papers_support::{findings, run, run_text};

/// (text, status, title of the entry linked, locator value) of every
/// in-text citation.
fn in_text(doc: &Document) -> Vec<(String, Status, Option<String>, Option<String>)> {
    doc.citations
        .iter()
        .filter(|c| c.site.is_some())
        .map(|c| {
            let title = c.reference.as_ref().and_then(|id| {
                let r = doc.references.iter().find(|r| &r.id == id)?;
                r.fields.title.clone()
            });
            (
                c.text.clone(),
                c.status.unwrap(),
                title,
                c.locator.as_ref().map(|l| l.value.clone()),
            )
        })
        .collect()
}

fn row(
    text: &str,
    status: Status,
    title: Option<&str>,
    page: &str,
) -> (String, Status, Option<String>, Option<String>) {
    (
        text.into(),
        status,
        title.map(String::from),
        Some(page.into()),
    )
}

#[test]
fn an_mla_paper_links_names_titles_and_pages_alone() {
    let (source, doc) = run("fixtures/works_cited_mla_en.txt");
    assert_eq!(doc.style, CitationStyle::AuthorPage);
    assert_eq!(doc.references.len(), 14);
    assert!(doc
        .citations
        .iter()
        .all(|c| c.kind == CitationKind::AuthorPage));
    use Status::{Ambiguous, Dangling, Resolved};
    let culture = Some("Culture and Imperialism");
    let orientalism = Some("Orientalism");
    let maps = Some("Maps of Englishness: Writing Identity in the Culture of Colonialism");
    let grain = Some("Along the Archival Grain: Epistemic Anxieties and Colonial Common Sense");
    assert_eq!(
        in_text(&doc),
        vec![
            row("Said, Culture and Imperialism 52", Resolved, culture, "52"),
            row("Said, Orientalism 202-03", Resolved, orientalism, "202-03"),
            row(
                "\"Three Women's Texts\" 243",
                Resolved,
                Some("Three Women's Texts and a Critique of Imperialism"),
                "243"
            ),
            row(
                "\"Can the Subaltern Speak?\" 283",
                Resolved,
                Some("Can the Subaltern Speak?"),
                "283"
            ),
            row("Bhabha 86", Resolved, Some("The Location of Culture"), "86"),
            row(
                "Young 147-49",
                Resolved,
                Some("White Mythologies: Writing History and the West"),
                "147-49"
            ),
            row("Gikandi 14", Resolved, maps, "14"),
            row(
                "Boehmer and Tickell 22-25",
                Resolved,
                Some("The 1890s: An Introduction"),
                "22-25"
            ),
            // `As Gikandi notes, … (19)`.
            row("19", Resolved, maps, "19"),
            row(
                "Moretti 40",
                Resolved,
                Some("Atlas of the European Novel, 1800-1900"),
                "40"
            ),
            row("Jameson 65", Dangling, None, "65"),
            row("Stoler 50", Resolved, grain, "50"),
            row("Stoler, Along the Archival Grain 21", Resolved, grain, "21"),
            row("Gikandi xii", Resolved, maps, "xii"),
            row(
                "Cohn 4",
                Resolved,
                Some("Colonialism and Its Forms of Knowledge: The British in India"),
                "4"
            ),
            row(
                "Brantlinger et al. 227",
                Resolved,
                Some("Rule of Darkness: British Literature and Imperialism, 1830-1914"),
                "227"
            ),
            // Two works of Said, and no title to tell them apart.
            row("Said 12", Ambiguous, None, "12"),
            row(
                "Nair, par. 6",
                Resolved,
                Some("Reading on the Veranda"),
                "6"
            ),
        ]
    );
    // The signals, and the author found for the page alone.
    let by_text = |t: &str| doc.citations.iter().find(|c| c.text == t).unwrap();
    assert_eq!(by_text("Young 147-49").signal.as_deref(), Some("see also"));
    assert_eq!(by_text("Cohn 4").signal.as_deref(), Some("qtd. in"));
    assert_eq!(
        by_text("19")
            .short
            .as_ref()
            .and_then(|s| s.author.as_deref()),
        Some("Gikandi")
    );
    assert_eq!(
        by_text("Nair, par. 6").locator.as_ref().unwrap().label,
        "paragraph"
    );
    // Jameson is cited but missing, Said 12 could be either work, Suleri
    // is listed but cited nowhere. `(WHO)`, `(see Figure 2 …)`, `(1)`,
    // `(2)` and `(and of the two novels …)` are no citations.
    assert_eq!(
        findings(&source, &doc),
        vec![
            (Code::UncitedReference, 81),
            (Code::UnresolvedCitation, 31),
            (Code::AmbiguousCitation, 53),
        ]
    );
}

#[test]
fn a_spanish_paper_cites_by_author_and_page_too() {
    let doc = run_text(
        "El laberinto y el espejo\n\n\
         La crítica ha leído a Borges como un escritor de bibliotecas (Sarlo 45). \
         Paz, en cambio, vio en la soledad el rasgo mexicano por excelencia \
         (Paz, El laberinto 12), y Monsiváis discutió esa tesis con ironía (Monsiváis 88-90). \
         Como señala Sarlo, Borges escribe «en las orillas» (17).\n\n\
         Obras citadas\n\n\
         Monsiváis, Carlos. Aires de familia: cultura y sociedad en América Latina. Anagrama, 2000.\n\
         Paz, Octavio. El laberinto de la soledad. Cuadernos Americanos, 1950.\n\
         Sarlo, Beatriz. Borges, un escritor en las orillas. Ariel, 1995.\n",
    );
    assert_eq!(doc.style, CitationStyle::AuthorPage);
    let linked: Vec<(String, Option<String>)> = in_text(&doc)
        .into_iter()
        .map(|(t, _, title, _)| (t, title))
        .collect();
    let sarlo = Some("Borges, un escritor en las orillas".to_string());
    assert_eq!(
        linked,
        vec![
            ("Sarlo 45".to_string(), sarlo.clone()),
            (
                "Paz, El laberinto 12".to_string(),
                Some("El laberinto de la soledad".to_string())
            ),
            (
                "Monsiváis 88-90".to_string(),
                Some("Aires de familia: cultura y sociedad en América Latina".to_string())
            ),
            ("17".to_string(), sarlo),
        ]
    );
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn an_author_date_paper_keeps_its_pages_with_its_years() {
    // `(p. 45)` after a narrative citation is that citation's page, not a
    // citation of its own.
    let doc = run_text(
        "Trust in institutions\n\n\
         Putnam (2000) argued that \"social capital is declining\" (p. 45). \
         Others disagree (Skocpol, 2003; Ladd, 1999), and the data are mixed (Table 2).\n\n\
         References\n\n\
         Ladd, E. C. (1999). The Ladd report. Free Press.\n\
         Putnam, R. D. (2000). Bowling alone. Simon & Schuster.\n\
         Skocpol, T. (2003). Diminished democracy. University of Oklahoma Press.\n",
    );
    assert_eq!(doc.style, CitationStyle::AuthorDate);
    assert!(doc
        .citations
        .iter()
        .all(|c| c.kind == CitationKind::AuthorDate));
    assert_eq!(doc.citations.len(), 3);
}

#[test]
fn name_shaped_parentheses_that_name_no_entry_are_left_alone() {
    // No entry's author is named: `(London 12)`, `(Phase 3)` and `(Study
    // 2, 14)` are no citations, and nothing is reported.
    let doc = run_text(
        "Field notes\n\n\
         The interviews took place in two cities (London 12; Leeds 9) over two \
         rounds (Phase 3), as the earlier report describes (Study 2, 14).\n\n\
         References\n\n\
         Ahmed, Sara. The Cultural Politics of Emotion. Routledge, 2004.\n\
         Back, Les. The Art of Listening. Berg, 2007.\n",
    );
    assert!(doc.citations.is_empty(), "{:?}", doc.citations);
    assert!(doc
        .diagnostics
        .iter()
        .all(|d| d.code == Code::UncitedReference));
}

#[test]
fn numbers_in_parentheses_stay_numeric_where_the_paper_cites_by_number() {
    let doc = run_text(
        "Sleep and memory\n\n\
         Sleep consolidates memory (1), and Walker showed the effect in adults (2). \
         Later work confirmed it in children (3).\n\n\
         References\n\n\
         1. Stickgold R. Sleep-dependent memory consolidation. Nature. 2005;437:1272-8.\n\
         2. Walker MP. The role of sleep in cognition. Ann N Y Acad Sci. 2009;1156:168-97.\n\
         3. Wilhelm I, Diekelmann S. Sleep in children. Sleep. 2008;31:1531-7.\n",
    );
    let kinds: Vec<CitationKind> = doc.citations.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, vec![CitationKind::Numeric; 3]);
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
}

#[test]
fn an_mla_paper_with_endnotes_still_reports_what_its_text_cites_but_lacks() {
    // Its notes comment; its citations are in the running text, where
    // more link than the notes cite.
    let doc = run_text(
        "Reading the Veranda\n\n\
         The veranda is a threshold (Suleri 12), an archive of overhearing (Stoler 50), \
         and a stage (Gikandi 19).1 Its conversations are never private (Jameson 65).\n\n\
         Notes\n\n\
         1. The word is used in its Anglo-Indian sense throughout.\n\n\
         Works Cited\n\n\
         Gikandi, Simon. Maps of Englishness. Columbia UP, 1996.\n\
         Stoler, Ann Laura. Along the Archival Grain. Princeton UP, 2009.\n\
         Suleri, Sara. The Rhetoric of English India. U of Chicago P, 1992.\n",
    );
    assert_eq!(doc.footnotes.len(), 1);
    let statuses: Vec<(&str, Status)> = doc
        .citations
        .iter()
        .filter(|c| c.kind == CitationKind::AuthorPage)
        .map(|c| (c.text.as_str(), c.status.unwrap()))
        .collect();
    assert_eq!(
        statuses,
        vec![
            ("Suleri 12", Status::Resolved),
            ("Stoler 50", Status::Resolved),
            ("Gikandi 19", Status::Resolved),
            ("Jameson 65", Status::Dangling),
        ]
    );
    let codes: Vec<Code> = doc.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, vec![Code::UnresolvedCitation]);
}

#[test]
fn the_same_paper_as_html_gives_the_same_citations() {
    // Its quotation marks are `&quot;` there: a quoted title is still one.
    let (_, text) = run("fixtures/works_cited_mla_en.txt");
    let (_, html) = run("fixtures/works_cited_mla_en.html");
    assert_eq!(html.style, CitationStyle::AuthorPage);
    assert_eq!(in_text(&html), in_text(&text));
    let codes = |d: &Document| d.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>();
    assert_eq!(codes(&html), codes(&text));
}

/// (footnote, text, signal, title of the entry linked, locator value) of
/// every citation in the notes.
type NoteRow = (u32, String, Option<String>, Option<String>, String);

fn in_notes(doc: &Document) -> Vec<NoteRow> {
    doc.citations
        .iter()
        .filter(|c| c.footnote.is_some() && c.kind == CitationKind::AuthorPage)
        .map(|c| {
            let title = c.reference.as_ref().and_then(|id| {
                let r = doc.references.iter().find(|r| &r.id == id)?;
                r.fields.title.clone()
            });
            (
                c.footnote.unwrap(),
                c.text.clone(),
                c.signal.clone(),
                title,
                c.locator.as_ref().unwrap().value.clone(),
            )
        })
        .collect()
}

#[test]
fn an_mla_paper_cites_by_author_and_page_in_its_endnotes_too() {
    let (source, doc) = run("fixtures/mla_endnotes_en.txt");
    assert_eq!(doc.style, CitationStyle::AuthorPage);
    assert_eq!(doc.footnotes.len(), 5);
    let culture = Some("Culture and Imperialism".to_string());
    let rule = Some("Rule of Darkness: British Literature and Imperialism, 1830-1914".to_string());
    let sky = Some(
        "The Sky of Our Manufacture: The London Fog in British Fiction from Dickens to Woolf"
            .to_string(),
    );
    let typhoon = Some("Typhoon and Other Tales".to_string());
    let see = Some("see".to_string());
    assert_eq!(
        in_notes(&doc),
        vec![
            (
                1,
                "Said, Culture and Imperialism 132-62".into(),
                see.clone(),
                culture,
                "132-62".into()
            ),
            (
                1,
                "Brantlinger 238".into(),
                None,
                rule.clone(),
                "238".into()
            ),
            (
                2,
                "Taylor 19, 27".into(),
                Some("see also".into()),
                sky,
                "19, 27".into()
            ),
            (
                2,
                "Haggard 203".into(),
                Some("compare".into()),
                Some("She".into()),
                "203".into()
            ),
            (4, "Conrad, Typhoon 3-4".into(), see, typhoon, "3-4".into()),
        ]
    );
    // Notes 3 and 5 cite nothing: `She` in note 3 is a title in prose,
    // the quoted words of note 5 are words of its sentence.
    assert!(doc
        .citations
        .iter()
        .all(|c| c.footnote != Some(3) && c.footnote != Some(5)));
    // The note citations come first, in note order, their ids in order.
    let ids: Vec<String> = (1..=doc.citations.len()).map(|i| format!("c{i}")).collect();
    assert_eq!(
        doc.citations
            .iter()
            .map(|c| c.id.clone())
            .collect::<Vec<_>>(),
        ids
    );
    let notes: Vec<u32> = doc.citations.iter().filter_map(|c| c.footnote).collect();
    assert!(notes.windows(2).all(|w| w[0] <= w[1]));
    // A page right after a quotation, the sentence going on: Brantlinger's.
    let after_quote = doc
        .citations
        .iter()
        .find(|c| c.site.is_some() && c.text == "230")
        .expect("the page after the quotation");
    assert_eq!(after_quote.status, Some(Status::Resolved));
    let linked = doc
        .references
        .iter()
        .find(|r| Some(&r.id) == after_quote.reference.as_ref())
        .unwrap();
    assert_eq!(linked.fields.title, rule);
    // Every entry is cited and every citation links: nothing to report.
    assert_eq!(findings(&source, &doc), vec![]);
}

#[test]
fn notes_cite_by_author_and_page_only_where_the_running_text_does() {
    // A notes paper: `Said 45` in a note is no citation of its own there.
    let notes_paper = "Empire\n\n\
         The argument is old.1 It was revised.2\n\n\
         Notes\n\n\
         1. Edward W. Said, Orientalism (New York: Pantheon, 1978), 3.\n\
         2. For the later view, Said 45 and Bhabha 90 disagree.\n\n\
         Bibliography\n\n\
         Bhabha, Homi K. The Location of Culture. London: Routledge, 1994.\n\
         Said, Edward W. Orientalism. New York: Pantheon, 1978.\n";
    let doc = run_text(notes_paper);
    assert!(doc
        .citations
        .iter()
        .all(|c| c.kind != CitationKind::AuthorPage));
    // An MLA paper: the same note cites two works; a name the list lacks,
    // a year alone and a chapter in prose cite nothing.
    let mla_paper = "Empire\n\n\
         The argument is old (Said 3), and contested (Bhabha 86).1\n\n\
         Notes\n\n\
         1. For the later view, Said 45 and Bhabha 90 disagree; Jones 12 \
         agrees, Said 1978 was the start, and Bhabha argues in chapter 3 that it holds.\n\n\
         Works Cited\n\n\
         Bhabha, Homi K. The Location of Culture. Routledge, 1994.\n\
         Said, Edward W. Orientalism. Pantheon, 1978.\n";
    let doc = run_text(mla_paper);
    let texts: Vec<&str> = doc
        .citations
        .iter()
        .filter(|c| c.footnote.is_some())
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(texts, vec!["Said 45", "Bhabha 90"]);
    // Its notes cite as its running text does: no style of their own.
    assert_eq!(doc.style, CitationStyle::AuthorPage);
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
}
