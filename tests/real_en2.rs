#[path = "papers_support/mod.rs"]
mod papers_support;

// English humanities papers: archival letters cited with their archive
// last, quoted short titles alone, MLA notes that mix a full citation with
// author-page citations and pages alone, parliamentary and congressional
// papers; and two papers as `pdftotext` gives them, a British history
// article in MHRA notes and an MLA essay with endnotes. Expected values
// were written by reading the inputs.
use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, Status};
use papers_support::{entry_number, in_note, note_entries, run, run_text};

/// A paper's type, series, volume or number, and pinpoint.
type Paper = (String, Option<String>, Option<String>, Option<String>);

/// The archive, its place and the shelfmark of citation `c`.
#[allow(clippy::unwrap_used)]
fn held(c: &Citation) -> (String, Option<String>, Option<String>) {
    let a = c.fields.as_ref().unwrap().archive.as_ref().unwrap();
    (a.archive.clone(), a.place.clone(), a.location.clone())
}

/// The locator of `c`, as `label value`.
fn pin(c: &Citation) -> Option<String> {
    c.locator
        .as_ref()
        .map(|l| format!("{} {}", l.label, l.value))
}

#[test]
fn a_letter_cited_with_its_archive_last_is_an_archival_source() {
    let text = "The Barings\n\nThe house lent to the state.1 It lent again.2 More.3\n\n\
        1 Hollis to Baring, 12 March 1842, Baring Papers, Library of Congress.\n\
        2 Thomas Hollis to John Baring, 12 March 1774, Box 4, Folder 12, Papers of the \
        Hollis Family, Library of Congress, Washington, DC.\n\
        3 John Baring, memorandum book, 1771–75, Baring Archive, London, HC 1.14.\n";
    let doc = run_text(text);
    let c = in_note(&doc, 1);
    assert_eq!(c.len(), 1);
    let f = c[0].fields.as_ref().unwrap();
    assert_eq!(f.kind, "manuscript");
    assert_eq!(f.title.as_deref(), Some("Hollis to Baring"));
    assert_eq!(f.issued.as_ref().unwrap().date_parts, [vec![1842, 3, 12]]);
    assert_eq!(
        held(c[0]),
        (
            "Library of Congress".into(),
            None,
            Some("Baring Papers".into())
        )
    );
    // The collection first, then its box and folder.
    let c = in_note(&doc, 2);
    assert_eq!(
        held(c[0]),
        (
            "Library of Congress".into(),
            Some("Washington, DC".into()),
            Some("Papers of the Hollis Family, Box 4, Folder 12".into())
        )
    );
    // The archive, its place and the shelfmark after the description;
    // the span of years dates the book whole.
    let c = in_note(&doc, 3);
    let f = c[0].fields.as_ref().unwrap();
    assert_eq!(f.title.as_deref(), Some("John Baring, memorandum book"));
    assert_eq!(
        f.issued.as_ref().unwrap().date_parts,
        [vec![1771], vec![1775]]
    );
    assert_eq!(
        held(c[0]),
        (
            "Baring Archive".into(),
            Some("London".into()),
            Some("HC 1.14".into())
        )
    );
}

#[test]
fn a_book_or_article_with_a_library_in_its_title_is_no_archive() {
    let text = "Books\n\nOne.1 Two.2 Three.3\n\n\
        1 Ian Philip, The Bodleian Library in the Seventeenth and Eighteenth Centuries \
        (Oxford: Clarendon Press, 1983), 12.\n\
        2 Jones, 1998, The Library of Babel, 45.\n\
        3 Mary Smith, \"Letters to the Library of Congress,\" Library Quarterly 12 (1942): 4–9.\n";
    let doc = run_text(text);
    for c in &doc.citations {
        let kind = c.fields.as_ref().map(|f| f.kind.as_str());
        assert_ne!(kind, Some("manuscript"), "{}", c.text);
    }
}

#[test]
fn an_archive_first_then_its_shelfmark_and_leaf() {
    let text = "The Barings\n\nThe house lent.1 Again.2\n\n\
        1 Baring Archive, London. HC 1.14, fol. 3.\n\
        2 Ibid., fol. 4.\n\n\
        Bibliography\n\n\
        Baring Archive, London. HC 1.14, John Baring, Memorandum Book, 1771–75.\n\
        Library of Congress, Washington, DC. Papers of the Hollis Family.\n";
    let doc = run_text(text);
    let c = in_note(&doc, 1);
    assert_eq!(pin(c[0]).as_deref(), Some("folio 3"));
    assert_eq!(
        held(c[0]),
        (
            "Baring Archive".into(),
            Some("London".into()),
            Some("HC 1.14".into())
        )
    );
    assert_eq!(
        note_entries(&doc),
        [
            (1, CitationKind::Full, Status::Resolved, Some(1)),
            (2, CitationKind::Ibid, Status::Resolved, Some(1)),
        ]
    );
    // The list's entry keeps its span of years out of its title; the
    // collection named in words is read with its archive.
    let e = papers_support::entry(&doc, 1);
    assert_eq!(e.title.as_deref(), Some("John Baring, Memorandum Book"));
    let e = papers_support::entry(&doc, 2);
    assert_eq!(e.kind, "manuscript");
    let a = e.archive.as_ref().unwrap();
    assert_eq!(a.archive, "Library of Congress");
    assert_eq!(a.location.as_deref(), Some("Papers of the Hollis Family"));
}

#[test]
fn a_quoted_title_and_a_page_alone_is_a_short_form() {
    let text = "Trade\n\nTrade grew.1 It grew again.2 The phrase recurs.3\n\n\
        1 Robert Jones, \"Empire and Trade,\" Past & Present 12 (2001): 3–40, at 12.\n\
        2 \"Empire and Trade,\" 35.\n\
        3 I borrow \"empire of trade\" from the debates of the 1840s.\n\n\
        Bibliography\n\n\
        Jones, Robert. \"Empire and Trade.\" Past & Present 12 (2001): 3–40.\n";
    let doc = run_text(text);
    assert_eq!(
        note_entries(&doc),
        [
            (1, CitationKind::Full, Status::Resolved, Some(1)),
            (2, CitationKind::Short, Status::Resolved, Some(1)),
        ]
    );
    let c = in_note(&doc, 2)[0];
    assert_eq!(pin(c).as_deref(), Some("page 35"));
    assert_eq!(
        c.short.as_ref().unwrap().title.as_deref(),
        Some("Empire and Trade")
    );
}

#[test]
fn parliamentary_and_congressional_papers() {
    let text = "Parliament\n\nOne.1 Two.2 Three.3 Four.4\n\n\
        1 HC Deb 12 May 1910, vol. 17, col. 45.\n\
        2 Hansard, 5th ser., vol. 17 (1910), col. 46.\n\
        3 H.R. Rep. No. 89-123, at 4 (1965).\n\
        4 Civil Rights Act: Hearings before the Committee on the Judiciary, 89th Cong., \
        1st sess. (1965), 23.\n";
    let doc = run_text(text);
    let read: Vec<Paper> = doc
        .citations
        .iter()
        .map(|c| {
            let f = c.fields.as_ref().unwrap();
            (
                f.kind.clone(),
                f.container_title.clone(),
                f.volume.clone().or_else(|| f.number.clone()),
                pin(c),
            )
        })
        .collect();
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        read,
        [
            ("hearing".into(), s("HC Deb"), s("17"), s("column 45")),
            ("hearing".into(), s("Hansard"), s("17"), s("column 46")),
            ("report".into(), s("H.R. Rep."), s("89-123"), s("page 4")),
            ("hearing".into(), s("89th Cong."), None, s("page 23")),
        ]
    );
    assert_eq!(doc.citations[2].fields.as_ref().unwrap().year(), Some(1965));
}

#[test]
fn mla_notes_keep_a_page_alone_and_citations_beside_a_full_one() {
    let text = "Reading Empire\n\n\
        Said's claim is strong (Said, Orientalism 3).1 Bhabha disagrees (Bhabha 88).2 \
        Others too (Bhabha 89).3\n\n\
        Notes\n\n\
        1 See Said, Orientalism 45-46; Bhabha 90; 112.\n\
        2 Edward W. Said, Culture and Imperialism (New York: Knopf, 1993), 12; see also \
        Said, Orientalism 45.\n\
        3 Cf. Bhabha, Location 90.\n\n\
        Works Cited\n\n\
        Bhabha, Homi K. The Location of Culture. Routledge, 1994.\n\
        Said, Edward W. Orientalism. Pantheon, 1978.\n\
        Said, Edward W. Culture and Imperialism. Knopf, 1993.\n";
    let doc = run_text(text);
    let notes: Vec<(u32, CitationKind, Option<usize>, Option<String>)> = doc
        .citations
        .iter()
        .filter(|c| c.footnote.is_some())
        .map(|c| (c.footnote.unwrap(), c.kind, entry_number(&doc, c), pin(c)))
        .collect();
    let p = |x: &str| Some(format!("page {x}"));
    assert_eq!(
        notes,
        [
            (1, CitationKind::AuthorPage, Some(2), p("45-46")),
            (1, CitationKind::AuthorPage, Some(1), p("90")),
            // The page alone cites Bhabha again.
            (1, CitationKind::AuthorPage, Some(1), p("112")),
            (2, CitationKind::Full, Some(3), p("12")),
            (2, CitationKind::AuthorPage, Some(2), p("45")),
            (3, CitationKind::AuthorPage, Some(1), p("90")),
        ]
    );
}

#[test]
fn british_history_article_in_mhra_notes() {
    let (_, doc) = run("fixtures/mhra_history_pdf_en.txt");
    assert_eq!(doc.footnotes.len(), 19);
    // Entries: 1 TNA CAB 23/24, 2 TNA FO 371/5227, 3 Bodleian MS, 4 Bell,
    // 5 Hansard, 6 Darwin, 7 Fieldhouse, 8 Sluglett, 9 Wallach; the
    // sub-headings are none.
    assert_eq!(
        doc.references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count(),
        9
    );
    let link = |n: u32| -> Vec<(CitationKind, Option<usize>)> {
        in_note(&doc, n)
            .iter()
            .map(|c| (c.kind, entry_number(&doc, c)))
            .collect()
    };
    // Full citations with an imprint of place and year in brackets.
    assert_eq!(link(1), [(CitationKind::Full, Some(6))]);
    assert_eq!(link(2), [(CitationKind::Full, Some(8))]);
    assert_eq!(link(5), [(CitationKind::Full, Some(7))]);
    assert_eq!(link(17), [(CitationKind::Full, Some(9))]);
    // Archival references and the ibid. after one.
    assert_eq!(link(3), [(CitationKind::Full, Some(2))]);
    assert_eq!(link(4), [(CitationKind::Ibid, Some(2))]);
    assert_eq!(link(13), [(CitationKind::Full, Some(1))]);
    // op. cit. by author, and a lowercase ibid. inside a sentence.
    assert_eq!(link(6), [(CitationKind::Short, Some(8))]);
    assert_eq!(link(7), [(CitationKind::Ibid, Some(8))]);
    assert_eq!(link(8), [(CitationKind::Short, Some(7))]);
    assert_eq!(link(9), [(CitationKind::Short, Some(6))]);
    assert_eq!(link(18), [(CitationKind::Short, Some(4))]);
    assert_eq!(link(19), [(CitationKind::Ibid, Some(4))]);
    // The Commons debate is a day's debates, column 2225.
    let c = in_note(&doc, 10)[0];
    assert_eq!(pin(c).as_deref(), Some("column 2225"));
    assert_eq!(c.fields.as_ref().unwrap().kind, "hearing");
    // A letter in a collection named after the archive holding it.
    let c = in_note(&doc, 15);
    let letter = c.iter().find(|c| c.kind == CitationKind::Full).unwrap();
    assert_eq!(
        held(letter),
        (
            "Churchill Archives Centre".into(),
            Some("Cambridge".into()),
            Some("Churchill Papers".into())
        )
    );
}

#[test]
fn mla_essay_with_endnotes_that_mix_styles() {
    let (_, doc) = run("fixtures/mla_mixed_notes_en.txt");
    assert_eq!(doc.footnotes.len(), 5);
    let notes: Vec<(u32, CitationKind, Option<usize>, Option<String>)> = doc
        .citations
        .iter()
        .filter(|c| c.footnote.is_some())
        .map(|c| (c.footnote.unwrap(), c.kind, entry_number(&doc, c), pin(c)))
        .collect();
    let p = |x: &str| Some(format!("page {x}"));
    // Entries: 1 Bhabha, 2 Gikandi, 3 Kipling, 4 Said 1993, 5 ——— (Said)
    // 1978. Note 4 only comments; Poovey is cited in full in note 3 and
    // missing from the list.
    assert_eq!(
        notes,
        [
            (1, CitationKind::AuthorPage, Some(5), p("3")),
            (1, CitationKind::AuthorPage, Some(1), p("85")),
            (1, CitationKind::AuthorPage, Some(1), p("88")),
            (2, CitationKind::AuthorPage, Some(2), p("46-47")),
            (2, CitationKind::AuthorPage, Some(1), p("90")),
            (3, CitationKind::Full, None, p("29-33")),
            (3, CitationKind::AuthorPage, Some(4), p("52")),
            (5, CitationKind::AuthorPage, Some(1), p("92")),
            (5, CitationKind::AuthorPage, Some(1), p("101")),
        ]
    );
    let codes: Vec<Code> = doc.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::MissingFromBibliography]);
    assert!(doc.diagnostics[0].message.contains("Poovey"));
}
