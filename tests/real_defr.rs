//! German and French humanities papers: `Ders., a.a.O.` after a note
//! citing one work of an author the paper cites with more, margin numbers
//! written `Rn. 5/112`, nobiliary particles written before the family name
//! in the notes and after the given names in the list (`v. Bar` / `Bar,
//! Christian von`), a Festschrift contribution cited by a short name of
//! the book (`FS Larenz`), an archive's abbreviation with no comma before
//! the shelfmark (`BArch R 43 I/1234, Bl. 5`), and two papers as
//! pdftotext gives them. Expected values were written by reading the
//! inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;
use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Document, Status};
use papers_support::{authors, entry, entry_number, in_note, note_links, run, run_text};

/// The codes of every finding.
fn codes(doc: &Document) -> Vec<Code> {
    doc.diagnostics.iter().map(|d| d.code).collect()
}

const SCHMITT: &str = "Einleitung

Die Frage ist alt.1 Sie wurde oft gestellt.2 Dann wieder.3 Und nochmals.4 Noch.5 Mehr.6

1 Schmitt, Carl: Der Begriff des Politischen, Berlin 1932, S. 12.
2 Schmitt, Carl: Politische Theologie, München 1922, S. 40.
3 Ders., a.a.O., S. 315.
4 Vgl. Schmitt, Der Begriff des Politischen, S. 20; ders., a.a.O., S. 22.
5 Weber, Max: Wirtschaft und Gesellschaft, Tübingen 1922, S. 5; ders., Politik als Beruf, München 1919, S. 3.
6 Vgl. Schmitt, a.a.O., S. 44.

Literaturverzeichnis

Schmitt, Carl: Der Begriff des Politischen, Berlin 1932.
Schmitt, Carl: Politische Theologie, München 1922.
Weber, Max: Politik als Beruf, München 1919.
Weber, Max: Wirtschaft und Gesellschaft, Tübingen 1922.
";

#[test]
fn ders_a_a_o_repeats_the_work_of_the_citation_before() {
    let doc = run_text(SCHMITT);
    // Note 2 cites Schmitt's second book: `Ders., a.a.O.` is that one,
    // though the paper cites two of his books.
    assert_eq!(
        note_links(&doc, 3),
        [(CitationKind::Short, Status::Resolved, Some(2))]
    );
    // In lowercase after `;`, within the note: the short form before it.
    assert_eq!(
        note_links(&doc, 4),
        [
            (CitationKind::Short, Status::Resolved, Some(1)),
            (CitationKind::Short, Status::Resolved, Some(1)),
        ]
    );
    let ders = in_note(&doc, 4)[1];
    assert!(ders.text.starts_with("ders., a.a.O."), "{}", ders.text);
    assert_eq!(ders.locator.as_ref().unwrap().value, "22");
    // `ders.` then a title and imprint: the same author's other work.
    assert_eq!(
        note_links(&doc, 5),
        [
            (CitationKind::Full, Status::Resolved, Some(4)),
            (CitationKind::Full, Status::Resolved, Some(3)),
        ]
    );
    // Named, `Schmitt, a.a.O.` after two of his works stays ambiguous.
    assert_eq!(
        note_links(&doc, 6),
        [(CitationKind::Short, Status::Ambiguous, None)]
    );
}

const LAW: &str = "Einleitung

Text.1 Text.2 Text.3 Text.4 Text.5

1 v. Bar, Gemeineuropäisches Deliktsrecht, Bd. 2, Rn. 12.
2 Müller, in: FS Larenz, 1973, S. 301 (305).
3 von Savigny, System des heutigen römischen Rechts, Bd. 1, S. 5.
4 Wagner, Deliktsrecht, 14. Aufl. 2021, Rn. 5/112.
5 Vgl. van der Berg, Tort Law, S. 3; Schmidt, in: FS Flume, 1978, S. 401 (410).

Literaturverzeichnis

Bar, Christian von: Gemeineuropäisches Deliktsrecht, Bd. 2, München 1999.
Berg, Jan van der: Tort Law, Den Haag 2001.
Müller, Hans: Die Haftung des Gehilfen, in: Paulus, Gotthard/Diederichsen, Uwe/Canaris, Claus-Wilhelm (Hrsg.): Festschrift für Karl Larenz, München 1973, S. 301–320.
Savigny, Friedrich Carl von: System des heutigen römischen Rechts, Bd. 1, Berlin 1840.
Schmidt, Eike: Gefährdungshaftung, in: Jakobs, Horst Heinrich (Hrsg.): Festschrift für Werner Flume, Köln 1978, S. 380–399.
Wagner, Gerhard: Deliktsrecht, 14. Aufl., München 2021.
";

#[test]
fn particles_after_the_given_names_belong_to_the_family_name() {
    let doc = run_text(LAW);
    assert_eq!(authors(entry(&doc, 1)), [("Bar", "Christian von")]);
    assert_eq!(authors(entry(&doc, 2)), [("Berg", "Jan van der")]);
    assert_eq!(authors(entry(&doc, 4)), [("Savigny", "Friedrich Carl von")]);
}

#[test]
fn a_family_name_with_its_particle_before_it_finds_the_entry() {
    let doc = run_text(LAW);
    assert_eq!(
        note_links(&doc, 1),
        [(CitationKind::Short, Status::Resolved, Some(1))]
    );
    let bar = in_note(&doc, 1)[0].locator.as_ref().unwrap();
    assert_eq!((bar.label.as_str(), bar.value.as_str()), ("margin", "12"));
    assert_eq!(
        note_links(&doc, 3),
        [(CitationKind::Short, Status::Resolved, Some(4))]
    );
    assert_eq!(
        note_links(&doc, 5)[0],
        (CitationKind::Short, Status::Resolved, Some(2))
    );
}

#[test]
fn a_margin_number_after_a_part_number_is_one_locator() {
    let doc = run_text(LAW);
    let rn = in_note(&doc, 4)[0].locator.as_ref().unwrap();
    assert_eq!((rn.label.as_str(), rn.value.as_str()), ("margin", "5/112"));
}

#[test]
fn a_festschrift_cited_by_its_short_name_is_the_listed_chapter() {
    let doc = run_text(LAW);
    let chapter = entry(&doc, 3);
    assert_eq!(chapter.kind, "chapter");
    assert_eq!(
        chapter.container_title.as_deref(),
        Some("Festschrift für Karl Larenz")
    );
    assert_eq!(chapter.page.as_deref(), Some("301–320"));
    assert_eq!(
        note_links(&doc, 2),
        [(CitationKind::Full, Status::Resolved, Some(3))]
    );
    // Schmidt's first page 401 is outside 380–399 of the entry: no link.
    assert_eq!(note_links(&doc, 5)[1].2, None);
    let uncited: Vec<&str> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UncitedReference)
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(uncited.len(), 1, "{uncited:?}");
    assert!(uncited[0].contains("Gefährdungshaftung"), "{uncited:?}");
    assert!(!codes(&doc).contains(&Code::AmbiguousShortForm));
}

#[test]
fn an_archive_abbreviation_before_its_shelfmark_without_a_comma() {
    let doc = run_text(
        "Einleitung

Text.1 Text.2 Text.3

1 BArch R 43 I/1234, Bl. 5.
2 Ebd., Bl. 7.
3 BArch NS 19/1234, Bl. 12.

Quellen- und Literaturverzeichnis

Bundesarchiv (BArch), R 43 I Reichskanzlei.
Bundesarchiv (BArch), NS 19 Persönlicher Stab Reichsführer-SS.
",
    );
    assert_eq!(
        note_links(&doc, 1),
        [(CitationKind::Full, Status::Resolved, Some(1))]
    );
    let leaf = in_note(&doc, 1)[0].locator.as_ref().unwrap();
    assert_eq!((leaf.label.as_str(), leaf.value.as_str()), ("folio", "5"));
    assert_eq!(
        note_links(&doc, 2),
        [(CitationKind::Ibid, Status::Resolved, Some(1))]
    );
    assert_eq!(
        note_links(&doc, 3),
        [(CitationKind::Full, Status::Resolved, Some(2))]
    );
}

#[test]
fn a_german_lead_in_of_capitalised_words_before_a_signal() {
    let doc = run_text(
        "Einleitung

Text.1

1 Zur Begrifflichkeit vgl. Jörg Requate, Journalismus als Beruf, Göttingen 1995, S. 9 f.

Literatur

Requate, Jörg: Journalismus als Beruf, Göttingen 1995.
",
    );
    let c = in_note(&doc, 1);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].signal.as_deref(), Some("vgl."));
    assert_eq!(
        note_links(&doc, 1),
        [(CitationKind::Full, Status::Resolved, Some(1))]
    );
}

const WEIMAR: &str = "fixtures/presse_weimar_pdf_de.txt";

/// The bibliography entry each citation of note `n` links to.
fn linked(doc: &Document, n: u32) -> Vec<Option<usize>> {
    note_links(doc, n).into_iter().map(|(_, _, e)| e).collect()
}

#[test]
fn weimar_press_paper_lists_its_sources_and_literature() {
    let (_, doc) = run(WEIMAR);
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    // One archive, two printed sources, one edition of collected writings
    // and twenty works of literature.
    assert_eq!(listed, 24);
    assert_eq!(
        entry(&doc, 1).archive.as_ref().unwrap().archive,
        "Bundesarchiv"
    );
    // `Dies.:` and `Ders.:` repeat the authors of the entry before.
    assert_eq!(authors(entry(&doc, 6)), [("Daniel", "Ute")]);
    assert_eq!(authors(entry(&doc, 13)), [("Koszyk", "Kurt")]);
    let hz = entry(&doc, 14);
    assert_eq!(
        hz.container_title.as_deref(),
        Some("Historische Zeitschrift")
    );
    assert_eq!(hz.volume.as_deref(), Some("245"));
    assert_eq!(hz.page.as_deref(), Some("1–30"));
    assert_eq!(hz.year(), Some(1987));
}

#[test]
fn weimar_press_paper_links_each_note_to_its_work() {
    let (_, doc) = run(WEIMAR);
    // `S. 12–15, hier S. 13`: the page cited is the one after `hier`.
    assert_eq!(linked(&doc, 1), [Some(19)]);
    assert_eq!(in_note(&doc, 1)[0].locator.as_ref().unwrap().value, "13");
    // Heuss is quoted after Fulda (`zit. n.`): only Fulda is the list's.
    let quoted = in_note(&doc, 2);
    assert!(quoted[0].indirect);
    assert_eq!(entry_number(&doc, quoted[1]), Some(11));
    assert_eq!(linked(&doc, 3), [Some(5)]);
    assert_eq!(linked(&doc, 4), [Some(11)]);
    assert_eq!(
        note_links(&doc, 5),
        [(CitationKind::Ibid, Status::Resolved, Some(11))]
    );
    // `Zur Begrifflichkeit vgl. Jörg Requate, …`.
    assert_eq!(linked(&doc, 6), [Some(17)]);
    assert_eq!(linked(&doc, 8), [Some(2)]);
    assert_eq!(linked(&doc, 9), [Some(20)]);
    // `BArch R 43 I/1234, Bl. 5`, then `Ebd., Bl. 17–19.`
    assert_eq!(linked(&doc, 11), [Some(1)]);
    assert_eq!(
        note_links(&doc, 12),
        [(CitationKind::Ibid, Status::Resolved, Some(1))]
    );
    assert_eq!(linked(&doc, 13), [Some(5)]);
    assert_eq!(linked(&doc, 14), [Some(1)]);
    assert_eq!(linked(&doc, 16)[..2], [Some(12), Some(17)]);
    assert_eq!(linked(&doc, 19), [Some(15), Some(18)]);
    assert_eq!(linked(&doc, 21), [Some(11)]);
    assert_eq!(linked(&doc, 22), [Some(5)]);
    // `Dies., Beziehungsgeschichten. …` after Daniel.
    assert_eq!(linked(&doc, 23), [Some(6)]);
    assert_eq!(linked(&doc, 24), [Some(7), Some(13)]);
    // `Ders., a.a.O.` after `Koszyk, Deutsche Presse`: that book, not
    // his other one; then `ders.` with the other's short title.
    assert_eq!(linked(&doc, 25), [Some(13), Some(12)]);
    assert_eq!(linked(&doc, 26), [Some(21)]);
    assert_eq!(linked(&doc, 27), [Some(3)]);
    assert_eq!(
        note_links(&doc, 28),
        [(CitationKind::Ibid, Status::Resolved, Some(3))]
    );
    assert_eq!(linked(&doc, 30), [Some(9)]);
    assert_eq!(linked(&doc, 31), [Some(16)]);
    assert_eq!(linked(&doc, 32), [Some(1)]);
    assert_eq!(
        note_links(&doc, 33),
        [(CitationKind::Ibid, Status::Resolved, Some(1))]
    );
    assert_eq!(linked(&doc, 35), [Some(16)]);
    assert_eq!(linked(&doc, 36), [Some(10), Some(24)]);
    assert_eq!(linked(&doc, 37), [Some(9)]);
    assert_eq!(linked(&doc, 38), [Some(19)]);
    assert_eq!(linked(&doc, 39), [Some(23), Some(8)]);
    assert_eq!(linked(&doc, 40), [Some(22), Some(14)]);
    assert_eq!(in_note(&doc, 40)[1].locator.as_ref().unwrap().value, "12");
}

const ALSACE: &str = "fixtures/police_alsace_pdf_fr.txt";

#[test]
fn alsace_police_paper_reads_its_bibliography() {
    let (_, doc) = run(ALSACE);
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 20);
    assert_eq!(
        authors(entry(&doc, 7)),
        [("BERLIÈRE", "Jean-Marc"), ("LÉVY", "René")]
    );
    let grohmann = entry(&doc, 12);
    assert_eq!(
        grohmann.container_title.as_deref(),
        Some("Diplomacy & Statecraft")
    );
    assert_eq!(grohmann.volume.as_deref(), Some("16"));
    assert_eq!(grohmann.issue.as_deref(), Some("3"));
    assert_eq!(grohmann.page.as_deref(), Some("571-587"));
    assert_eq!(entry(&doc, 15).year(), Some(1988));
    assert_eq!(entry(&doc, 16).year(), Some(1991));
}

#[test]
fn alsace_police_paper_links_each_note_to_its_work() {
    let (_, doc) = run(ALSACE);
    assert_eq!(linked(&doc, 1), [Some(11)]);
    assert_eq!(linked(&doc, 3), [Some(12)]);
    assert_eq!(
        note_links(&doc, 4),
        [(CitationKind::Ibid, Status::Resolved, Some(12))]
    );
    assert_eq!(linked(&doc, 6), [Some(2)]);
    assert_eq!(linked(&doc, 10), [Some(17)]);
    // `Gérard NOIRIEL, La Tyrannie du national …; cf. Id., Le Creuset
    // français …`, then `Id., La Tyrannie du national, op. cit.`: the
    // same author's book named by its short title, not the last one cited.
    assert_eq!(linked(&doc, 11), [Some(16), Some(15)]);
    assert_eq!(
        note_links(&doc, 12),
        [(CitationKind::Short, Status::Resolved, Some(16))]
    );
    assert_eq!(linked(&doc, 13), [Some(20)]);
    assert_eq!(linked(&doc, 16), [Some(20)]);
    assert_eq!(linked(&doc, 17), [Some(5), Some(14)]);
    // `ouvr. cité`, `art. cit.`, `loc. cit.`.
    assert_eq!(linked(&doc, 18), [Some(5)]);
    assert_eq!(linked(&doc, 22), [Some(14)]);
    assert_eq!(linked(&doc, 37), [Some(12)]);
    assert_eq!(linked(&doc, 38), [Some(17)]);
    assert_eq!(linked(&doc, 20), [Some(19)]);
    assert_eq!(linked(&doc, 25), [Some(10)]);
    assert_eq!(linked(&doc, 26), [Some(7)]);
    assert_eq!(linked(&doc, 28), [Some(4)]);
    assert_eq!(linked(&doc, 30), [Some(9)]);
    assert_eq!(
        note_links(&doc, 31),
        [(CitationKind::Ibid, Status::Resolved, Some(9))]
    );
    assert_eq!(linked(&doc, 33), [Some(8)]);
    assert_eq!(linked(&doc, 34), [Some(7), Some(6)]);
    assert_eq!(linked(&doc, 35), [Some(13)]);
    assert_eq!(linked(&doc, 36), [Some(16)]);
    assert_eq!(linked(&doc, 40), [Some(8)]);
    // `AN, F7 12345, rapport du commissaire spécial, 12 mars 1919`.
    let an = in_note(&doc, 5);
    assert_eq!(an.len(), 1);
    assert_eq!(an[0].kind, CitationKind::Full);
}
