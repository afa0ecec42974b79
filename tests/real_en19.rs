//! An English literary-history paper in Chicago notes as pdftotext gives
//! it, whose notes are discursive: a clause of the note's own names the
//! work with no signal word (`The standard account remains Christopher
//! Hill, Milton and the English Revolution (London: …, 1977), 95–117.`),
//! a short form is followed by a remark (`Achinstein, Milton and the
//! Revolutionary Reader, 30. Achinstein's reading …`), and an introduction
//! is cited by the work it introduces. Expected values were written by
//! reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{findings, in_note, note_links, only, run, run_text};

const PAPER: &str = "fixtures/milton_sermons_chicago_pdf_en.txt";

// The list: 1 Achinstein, Literature and Dissent, 2 Achinstein, Milton and
// the Revolutionary Reader, 3 Corns, 4 Cressy, 5 Haller, 6 Hill, 7 Palmer,
// 8 Sirluck, 9 Wilson.

use CitationKind::{Full, Ibid, Short};
use Status::Resolved;

#[test]
fn a_work_named_after_a_clause_of_the_note_is_cited() {
    let (_, doc) = run(PAPER);
    // Note 1: `The standard account remains Christopher Hill, …, 95–117.
    // It is challenged in Thomas N. Corns, Uncloistered Virtue: …, 12–15.`
    // Before, the note gave no citation at all.
    assert_eq!(
        note_links(&doc, 1),
        [(Full, Resolved, Some(6)), (Full, Resolved, Some(3))]
    );
    let cited = in_note(&doc, 1);
    assert!(cited[0].text.starts_with("Christopher Hill, Milton"));
    assert_eq!(cited[0].locator.as_ref().unwrap().value, "95–117");
    assert!(cited[1].text.starts_with("Thomas N. Corns, Uncloistered"));
    assert_eq!(cited[1].locator.as_ref().unwrap().value, "12–15");
    // Note 5: `It was first raised by William Haller, The Rise of
    // Puritanism (New York: …, 1938), 360.`
    assert_eq!(note_links(&doc, 5), [(Full, Resolved, Some(5))]);
    assert_eq!(only(&doc, 5).locator.as_ref().unwrap().value, "360");
}

#[test]
fn a_short_form_before_a_remark_keeps_its_own_page() {
    let (_, doc) = run(PAPER);
    // Note 4: `Achinstein, Milton and the Revolutionary Reader, 30.
    // Achinstein's reading is developed further in her Literature and
    // Dissent … (…, 2003), 55.` Before, one item ran to the end of the
    // note and took page 55.
    let first = in_note(&doc, 4)[0];
    assert_eq!(first.kind, Short);
    assert_eq!(note_links(&doc, 4)[0], (Short, Resolved, Some(2)));
    assert_eq!(first.locator.as_ref().unwrap().value, "30");
    // Note 11: `Wilson, Pulpit in Parliament, 80. The Assembly's own
    // minutes are silent on the matter. The case is restated in Corns,
    // Milton's Language (Oxford: Blackwell, 1990), 4.`: the short form,
    // then a work by a surname alone after a clause, which the list lacks.
    let cited = in_note(&doc, 11);
    assert_eq!(cited.len(), 2, "{cited:#?}");
    assert_eq!(note_links(&doc, 11)[0], (Short, Resolved, Some(9)));
    assert_eq!(cited[0].locator.as_ref().unwrap().value, "80");
    assert_eq!(cited[1].kind, Full);
    let corns = cited[1].fields.as_deref().unwrap();
    assert_eq!(corns.title.as_deref(), Some("Milton's Language"));
    assert_eq!(corns.author[0].family.as_deref(), Some("Corns"));
    assert_eq!(cited[1].locator.as_ref().unwrap().value, "4");
}

#[test]
fn an_introduction_is_cited_by_the_work_it_introduces() {
    let (source, doc) = run(PAPER);
    // Note 7: `Ernest Sirluck, introduction to Complete Prose Works of John
    // Milton, vol. 2, …`: the title is the work's, as the list gives it;
    // before, `introduction to` made it disagree with entry 8.
    let c = only(&doc, 7);
    assert_eq!(note_links(&doc, 7), [(Full, Resolved, Some(8))]);
    assert_eq!(
        c.fields.as_deref().unwrap().title.as_deref(),
        Some("Complete Prose Works of John Milton")
    );
    let mismatches = findings(&source, &doc)
        .into_iter()
        .filter(|(code, _)| *code == Code::BibliographyMismatch)
        .count();
    assert_eq!(mismatches, 0);
}

#[test]
fn prose_that_mentions_a_work_cites_nothing_of_its_own() {
    let (_, doc) = run(PAPER);
    // Note 10: `… such as Richard Baxter, whose Reliquiae Baxterianae
    // (London, 1696) records it.`: a relative clause is no title, and
    // `(London, 1696)` is an imprint, no author and date. The sentence
    // after it cites on its own: `The point is also made in Haller, The
    // Rise of Puritanism, 362.`
    let ten = in_note(&doc, 10);
    assert_eq!(ten.len(), 1, "{ten:#?}");
    assert_eq!(ten[0].text, "Haller, The Rise of Puritanism, 362.");
    assert_eq!(note_links(&doc, 10), [(Short, Resolved, Some(5))]);
    // Note 9: `Ibid., 60. But see Hill, Milton and the English Revolution,
    // 130.`
    assert_eq!(
        note_links(&doc, 9),
        [(Ibid, Resolved, Some(7)), (Short, Resolved, Some(6))]
    );
}

#[test]
fn a_clause_before_names_is_read_in_other_languages_and_with_a_surname_alone() {
    let doc = run_text(
        "Testo.1 Texte.2 Text.3\n\n1 Il tema è ripreso da Guido Alpa, La responsabilità civile (Milano: Giuffrè, 1999), 45.\n2 Le sujet est traité par Jean Carbonnier, Flexible droit (Paris: LGDJ, 1969), 45.\n3 The argument is extended in Marino, Becoming Neapolitan: Citizen Culture in Baroque Naples (Baltimore: Johns Hopkins University Press, 2011), chap. 3.\n",
    );
    let alpa = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(alpa.author[0].family.as_deref(), Some("Alpa"));
    assert_eq!(alpa.title.as_deref(), Some("La responsabilità civile"));
    let carbonnier = only(&doc, 2).fields.as_deref().unwrap();
    assert_eq!(carbonnier.author[0].family.as_deref(), Some("Carbonnier"));
    let marino = only(&doc, 3);
    let fields = marino.fields.as_deref().unwrap();
    assert_eq!(fields.author.len(), 1);
    assert_eq!(fields.author[0].family.as_deref(), Some("Marino"));
    assert_eq!(
        fields.title.as_deref(),
        Some("Becoming Neapolitan: Citizen Culture in Baroque Naples")
    );
    assert_eq!(marino.locator.as_ref().unwrap().value, "3");
}

#[test]
fn a_german_ordinal_after_a_title_is_no_page() {
    // `Politik und Medien im 20. Jahrhundert, Hamburg 2018`: the title
    // ends on a small word, and a place follows; the note is one citation.
    let doc = run_text(
        "Text.1\n\n1 Daniel, Politik und Medien im 20. Jahrhundert, Hamburg 2018, S. 120–125.\n",
    );
    let c = only(&doc, 1);
    assert_eq!(c.locator.as_ref().unwrap().value, "120–125");
}

#[test]
fn a_clause_before_a_comma_imprint_and_titles_that_hold_small_words() {
    // Spanish notes give the imprint with commas: `Una opinión distinta en
    // Carlos Marichal, La bancarrota del virreinato, México, El Colegio de
    // México, 1999, pp. 33-35.` A work cited by its title, whose last
    // words (`… de las Indias`) or whose editor's words (`hg. v. Martin
    // Vogt`) stand before a comma, names no author after a clause.
    let doc = run_text(
        "Texto.1 Texto.2 Text.3\n\n1 Pietschmann, op. cit., p. 130. Una opinión distinta en Carlos Marichal, La bancarrota del virreinato, México, El Colegio de México, 1999, pp. 33-35.\n2 Recopilación de leyes de los reinos de las Indias, Madrid, Julián de Paredes, 1681, lib. IV, tít. 9.\n3 Akten der Reichskanzlei. Das Kabinett Müller II, hg. v. Martin Vogt, Bd. 2, Boppard am Rhein 1970.\n",
    );
    let marichal = in_note(&doc, 1);
    assert_eq!(marichal.len(), 2, "{marichal:#?}");
    let fields = marichal[1].fields.as_deref().unwrap();
    assert_eq!(fields.author[0].family.as_deref(), Some("Marichal"));
    assert_eq!(
        fields.title.as_deref(),
        Some("La bancarrota del virreinato")
    );
    assert_eq!(marichal[1].locator.as_ref().unwrap().value, "33-35");
    let indias = only(&doc, 2).fields.as_deref().unwrap();
    assert!(indias.author.is_empty(), "{indias:#?}");
    assert_eq!(
        indias.title.as_deref(),
        Some("Recopilación de leyes de los reinos de las Indias")
    );
    let akten = only(&doc, 3).fields.as_deref().unwrap();
    assert!(akten.author.is_empty(), "{akten:#?}");
    assert_eq!(akten.editor[0].family.as_deref(), Some("Vogt"));
}

#[test]
fn a_clause_with_commas_of_its_own_is_no_author_and_title() {
    // Before, `Here` was read as the author and `as elsewhere, the standard
    // account is Christopher Hill, Milton and the English Revolution` as
    // the title.
    let doc = run_text(
        "Text.1\n\n1 Here, as elsewhere, the standard account is Christopher Hill, Milton and the English Revolution (London: Faber and Faber, 1977), 95–117.\n",
    );
    let c = only(&doc, 1);
    assert!(c.text.starts_with("Christopher Hill"), "{c:#?}");
    let fields = c.fields.as_deref().unwrap();
    assert_eq!(fields.author[0].family.as_deref(), Some("Hill"));
    assert_eq!(
        fields.title.as_deref(),
        Some("Milton and the English Revolution")
    );
}

#[test]
fn an_initial_before_a_surname_in_capitals_is_no_signal() {
    // Italian notes write `V. ROPPO, Il contratto`: `V.` is the initial,
    // not `vedi`; `V. Cass., …` and German `S. BGH, Urt. v. …` keep the
    // signal.
    let doc = run_text(
        "Testo.1 Text.2\n\n1 V. ROPPO, Il contratto, 2a ed., Milano, Giuffrè, 2011, p. 178.\n2 S. BGH, Urt. v. 12.3.2019 – VI ZR 123/18, NJW 2019, 1234.\n",
    );
    let roppo = only(&doc, 1);
    assert_eq!(roppo.signal, None);
    let fields = roppo.fields.as_deref().unwrap();
    assert_eq!(fields.author[0].family.as_deref(), Some("ROPPO"));
    assert_eq!(fields.author[0].given.as_deref(), Some("V."));
    assert_eq!(only(&doc, 2).signal.as_deref(), Some("S."));
}

#[test]
fn a_later_sentence_cites_where_the_first_is_prose() {
    // Only the last sentence cites; the first names a work and its
    // imprint in prose, which cites nothing.
    let doc = run_text(
        "Text.1\n\n1 Calamy's Abridgment (London, 1702) shortens the text. It is discussed \
         in Keeble, The Literary Culture of Nonconformity, 94.\n",
    );
    let one = in_note(&doc, 1);
    assert_eq!(one.len(), 1, "{one:#?}");
    assert_eq!(one[0].kind, Short);
    let short = one[0].short.as_deref().unwrap();
    assert_eq!(short.author.as_deref(), Some("Keeble"));
    assert_eq!(
        short.title.as_deref(),
        Some("The Literary Culture of Nonconformity")
    );
    // A note of prose alone still cites nothing.
    let doc = run_text(
        "Text.1\n\n1 The edition of 1696 is the one Calamy abridged. Its second part \
         was printed in 1702 with 40 pages more.\n",
    );
    assert!(in_note(&doc, 1).is_empty(), "{:#?}", in_note(&doc, 1));
}

#[test]
fn a_short_title_after_prose_and_a_signal_ends_before_a_remark() {
    // `On the sermons see Achinstein, …, 30.` then a remark: the page is
    // the short form's, and the remark is no part of its title.
    let doc = run_text(
        "Text.1\n\n1 On the sermons see Achinstein, Milton and the Revolutionary Reader, 30. \
         Achinstein's reading is developed further in later work.\n",
    );
    let one = in_note(&doc, 1);
    assert_eq!(one.len(), 1, "{one:#?}");
    assert_eq!(one[0].kind, Short);
    assert_eq!(
        one[0].text,
        "Achinstein, Milton and the Revolutionary Reader, 30."
    );
    let locator = one[0].locator.as_ref().unwrap();
    assert_eq!(locator.value, "30");
}
