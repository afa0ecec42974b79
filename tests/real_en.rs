//! English papers as they reach the tool: a history article in Chicago
//! notes and bibliography and a US law review article in Bluebook, both
//! as `pdftotext` gives them (running heads, page numbers, notes split
//! across pages), and the misreads such papers showed: a quoted word of a
//! content note taken for a title, a running head glued to a page's last
//! note, a narrative citation after a sentence's opening word. Expected
//! values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;
use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Document};
use papers_support::{entry_number, run_text};

/// (footnote, kind, bibliography entry number) of every citation.
fn cites(doc: &Document) -> Vec<(Option<u32>, CitationKind, Option<usize>)> {
    doc.citations
        .iter()
        .map(|c| (c.footnote, c.kind, entry_number(doc, c)))
        .collect()
}

/// The codes of the findings, with their footnote.
fn codes(doc: &Document) -> Vec<(Code, Option<u32>)> {
    doc.diagnostics
        .iter()
        .map(|d| (d.code, d.footnote))
        .collect()
}

const BIBLIOGRAPHY: &str = "\
Bibliography

Jones, Robert. \"Empire and Trade.\" Past & Present 12 (2001): 3–40.
Stoler, Ann Laura. Along the Archival Grain. Princeton: Princeton University Press, 2009.
Thompson, E. P. \"The Moral Economy of the English Crowd in the Eighteenth Century.\" Past & Present 50 (1971): 76–136.
";

#[test]
fn a_quoted_word_in_a_content_note_is_no_citation() {
    let text = format!(
        "The Archive\n\nThe archive was never neutral.1 Jones said so.2 Others agreed.3 \
         More.4 And more.5\n\n\
         1 Robert Jones, \"Empire and Trade,\" Past & Present 12 (2001): 3–40.\n\
         2 I use \"archive\" in Stoler's sense throughout.\n\
         3 On the phrase \"moral economy\" see the discussion below.\n\
         4 The phrase \"moral economy\" comes from E. P. Thompson, \"The Moral Economy of the \
         English Crowd in the Eighteenth Century,\" Past & Present 50 (1971): 76–136.\n\
         5 Jones, \"Empire and Trade,\" 36.\n\n{BIBLIOGRAPHY}"
    );
    let doc = run_text(&text);
    assert_eq!(doc.footnotes.len(), 5);
    assert_eq!(
        cites(&doc),
        [
            (Some(1), CitationKind::Full, Some(1)),
            // The quoted phrase opens nothing: the note cites Thompson.
            (Some(4), CitationKind::Full, Some(3)),
            (Some(5), CitationKind::Short, Some(1)),
        ]
    );
    // Stoler is named, not cited: her entry is the only finding.
    assert_eq!(codes(&doc), [(Code::UncitedReference, None)]);
}

#[test]
fn a_title_with_its_own_punctuation_still_opens_a_citation() {
    // `"Title," Container`: the comma inside the quotes closes a title.
    let text = "The Press\n\nThe press was loud.1 Louder still.2\n\n\
        1 \"The Transport Scandal,\" Economist, 27 January 1855, 4.\n\
        2 « La crise », Le Temps, 3 mars 1855, 2.\n";
    let doc = run_text(text);
    let titles: Vec<Option<&str>> = doc
        .citations
        .iter()
        .map(|c| c.fields.as_ref().and_then(|f| f.title.as_deref()))
        .collect();
    assert_eq!(titles, [Some("The Transport Scandal"), Some("La crise")]);
}

#[test]
fn a_running_head_glued_to_a_page_s_last_note_is_left_out() {
    // Converted without form feeds or blank lines after the notes: each
    // page's footer follows its last note directly.
    let text = "THE LEDGER AND THE STATE\n\n\
        The merchants kept their own books.1 The state relied on them.2\n\n\
        1 Robert Jones, \"Empire and Trade,\" Past & Present 12 (2001): 3–40.\n\
        2 Mary Brown, The Counting House: Merchants and Empire (London: Verso, 1998), 45.\n\
        JOURNAL OF MODERN HISTORY 213\n\n\
        Their ledgers survive in part.3 Others are lost.4\n\n\
        3 Anne Lee, Paper Trails (Oxford: Clarendon Press, 2005), 12.\n\
        4 Brown, Counting House, 50.\n\
        214 Smith\n\n\
        Body again.5 And again.6\n\n\
        5 Lee, Paper Trails, 14.\n\
        JOURNAL OF MODERN HISTORY 215\n\n\
        The end.7\n\n\
        6 Jones, \"Empire and Trade,\" 12.\n\
        7 Brown, Counting House, 51.\n\
        216 Smith\n\n\
        Bibliography\n\n\
        Brown, Mary. The Counting House: Merchants and Empire. London: Verso, 1998.\n\
        Jones, Robert. \"Empire and Trade.\" Past & Present 12 (2001): 3–40.\n\
        Lee, Anne. Paper Trails. Oxford: Clarendon Press, 2005.\n";
    let doc = run_text(text);
    let notes: Vec<&str> = doc.footnotes.iter().map(|f| f.text.trim()).collect();
    assert_eq!(
        notes,
        [
            "Robert Jones, \"Empire and Trade,\" Past & Present 12 (2001): 3–40.",
            "Mary Brown, The Counting House: Merchants and Empire (London: Verso, 1998), 45.",
            "Anne Lee, Paper Trails (Oxford: Clarendon Press, 2005), 12.",
            "Brown, Counting House, 50.",
            "Lee, Paper Trails, 14.",
            "Jones, \"Empire and Trade,\" 12.",
            "Brown, Counting House, 51.",
        ]
    );
    assert_eq!(
        cites(&doc),
        [
            (Some(1), CitationKind::Full, Some(2)),
            (Some(2), CitationKind::Full, Some(1)),
            (Some(3), CitationKind::Full, Some(3)),
            (Some(4), CitationKind::Short, Some(1)),
            (Some(5), CitationKind::Short, Some(3)),
            (Some(6), CitationKind::Short, Some(2)),
            (Some(7), CitationKind::Short, Some(1)),
        ]
    );
    assert!(doc.diagnostics.is_empty(), "{:?}", codes(&doc));
}

#[test]
fn a_note_s_own_line_that_repeats_is_kept() {
    // Two notes end on the same archival line: it has a comma, so it is
    // no running head, and stays in each note.
    let text = "Letters\n\nHe wrote often.1 And again.2\n\n\
        1 John Hay to Clara Hay, 3 May 1861, Papers of John Hay, Library of Congress,\n\
        Box 4\n\n\
        2 John Hay to Clara Hay, 9 May 1861, Papers of John Hay, Library of Congress,\n\
        Box 4\n";
    let doc = run_text(text);
    assert!(doc.footnotes.iter().all(|f| f.text.ends_with("Box 4")));
}

#[test]
fn a_narrative_citation_after_a_lead_word_is_reported_missing() {
    // `Following` opens sentences only: the paper never writes it in
    // lowercase, and it is no given name.
    let text = "Trade Networks\n\nIntroduction\n\n\
        Merchants relied on kin. Smith (2004) showed that credit followed family ties. \
        Jones (2010) extended the argument to shipping.\n\n\
        Following Lee and Park (2011), we treat partnerships as networks. As Smith (2004) \
        notes, the evidence is thin. Brown (2015) disagrees.\n\n\
        References\n\n\
        Brown, A. 2015. Atlantic Credit. London: Verso.\n\
        Jones, R. 2010. Ships and Kin. Oxford: Clarendon Press.\n\
        Smith, J. 2004. Family Firms. Cambridge: Cambridge University Press.\n";
    let doc = run_text(text);
    let missing: Vec<&str> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnresolvedCitation)
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        missing,
        ["`Lee and Park (2011)` matches no entry of the reference list"]
    );
}

#[test]
fn chicago_history_article_from_pdftotext() {
    let (_, doc) = papers_support::run("fixtures/ledgers_chicago_pdf_en.txt");
    // Entries: 1 Baring Archive, 2 Library of Congress, 3 Beawes, 4 Breen,
    // 5 Devine, 6 Haggerty, 7 Hancock, 8 Hoppit 1986, 9 ——— (Hoppit) 1987,
    // 10 Morgan, 11 Muldrew, 12 Price 1980, 13 ——— (Price) 1954, 14
    // Sheridan; the footer at the list's end is no entry.
    assert_eq!(
        doc.references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count(),
        14
    );
    assert_eq!(
        papers_support::authors(papers_support::entry(&doc, 9)),
        [("Hoppit", "Julian")]
    );
    assert_eq!(
        papers_support::authors(papers_support::entry(&doc, 13)),
        [("Price", "Jacob M.")]
    );
    assert_eq!(doc.footnotes.len(), 26);
    // Footers glued to notes are left out; note 4 goes on over the page.
    for f in &doc.footnotes {
        assert!(!f.text.contains("JOURNAL OF ATLANTIC"), "note {}", f.number);
        assert!(!f.text.contains("ASHWORTH"), "note {}", f.number);
    }
    assert!(doc.footnotes[3]
        .text
        .ends_with("Library of Congress, Washington, DC."));
    let link = |note: u32| -> Vec<(CitationKind, Option<usize>)> {
        doc.citations
            .iter()
            .filter(|c| c.footnote == Some(note))
            .map(|c| (c.kind, entry_number(&doc, c)))
            .collect()
    };
    // A content note cites nothing; its quoted word is no title.
    assert!(link(3).is_empty());
    assert_eq!(link(1), [(CitationKind::Full, Some(12))]);
    assert_eq!(link(8), [(CitationKind::Short, Some(12))]);
    assert_eq!(link(10), [(CitationKind::Short, Some(4))]);
    assert_eq!(link(12), [(CitationKind::Ibid, Some(11))]);
    assert_eq!(link(15), [(CitationKind::Full, Some(8))]);
    assert_eq!(link(20), [(CitationKind::Short, Some(14))]);
    assert_eq!(
        link(21),
        [
            (CitationKind::Short, Some(5)),
            (CitationKind::Short, Some(10))
        ]
    );
    assert_eq!(link(22), [(CitationKind::Ibid, Some(10))]);
    assert_eq!(link(24), [(CitationKind::Short, Some(8))]);
    assert_eq!(link(25), [(CitationKind::Full, Some(6))]);
    // The works the notes never cite are reported, Hoppit's and Price's
    // ditto entries among them.
    let uncited: Vec<&str> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UncitedReference)
        .map(|d| d.message.as_str())
        .collect();
    assert!(uncited.iter().any(|m| m.contains("Risk and Failure")));
    assert!(uncited.iter().any(|m| m.contains("The Rise of Glasgow")));
    assert!(!doc
        .diagnostics
        .iter()
        .any(|d| d.code == Code::MissingFromBibliography));
}
