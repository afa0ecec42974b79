//! A Spanish data protection article as pdftotext gives it (running
//! headers, page numbers, a note broken over a page): decisions by the
//! court's abbreviation (`STS 574/2016, de 14 de marzo`, `SAN de 29 de
//! diciembre de 2014`, `STC 292/2000, FJ 8`) and by the word and the court
//! written out (`Tribunal Supremo, Sentencia 574/2016`, `Sentencia del
//! Tribunal Constitucional 254/1993`, `Audiencia Nacional, Auto de 27 de
//! febrero de 2012`), provisions of codes and acts by their abbreviation
//! (`art. 17 LOPDGDD`, `Art. 18.4 CE`), and ordinary forms around them
//! (`op. cit.`, `cit.`, `Ibid.`, `Ídem`, `supra, nota 9`); and German,
//! Italian and Portuguese law notes: a court's decision by `a.a.O.`, a
//! part of a handbook after `in:`, a commentary renamed after its editor,
//! an online commentary's field abbreviated, a volume with its part, an
//! Italian article's paragraph (`c. 1`), and `apud`. Expected values were
//! written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, Document, Status};
use papers_support::{authors, entry, entry_number, in_note, only, run, run_text};

const ES: &str = "fixtures/olvido_datos_sentencias_pdf_es.txt";
const DE: &str = "fixtures/vergessenwerden_spanien_pdf_de.txt";

fn locator(c: &Citation) -> Option<(String, String)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.clone(), l.value.clone()))
}

fn pair(label: &str, value: &str) -> Option<(String, String)> {
    Some((label.to_string(), value.to_string()))
}

fn day(c: &Citation) -> Option<Vec<i32>> {
    c.fields
        .as_deref()
        .and_then(|f| f.issued.as_ref())
        .and_then(|d| d.date_parts.first().cloned())
}

fn codes(doc: &Document, code: Code) -> Vec<String> {
    doc.diagnostics
        .iter()
        .filter(|d| d.code == code)
        .map(|d| d.message.clone())
        .collect()
}

#[test]
fn the_spanish_list_has_seven_entries() {
    let (_, doc) = run(ES);
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 7);
    // Every work of the list is cited.
    assert!(codes(&doc, Code::UncitedReference).is_empty());
}

#[test]
fn decisions_by_the_court_s_abbreviation_are_cases() {
    let (_, doc) = run(ES);
    // (note, court, number, day, ground of law)
    for (n, court, number, date, fj) in [
        (1, "STC", Some("292/2000"), vec![2000, 11, 30], "7"),
        (9, "SAN", None, vec![2014, 12, 29], "5"),
        (12, "STC", Some("58/2018"), vec![2018, 6, 4], "5"),
    ] {
        let c = only(&doc, n);
        let f = c.fields.as_deref().unwrap();
        assert_eq!(c.kind, CitationKind::Full, "note {n}");
        assert_eq!(f.kind, "legal_case", "note {n}");
        assert_eq!(f.publisher.as_deref(), Some(court), "note {n}");
        assert_eq!(f.title.as_deref(), number, "note {n}");
        assert!(f.author.is_empty(), "note {n}");
        assert_eq!(day(c), Some(date), "note {n}");
        assert_eq!(locator(c), pair("paragraph", fj), "note {n}");
    }
    // `STC 292/2000, FJ 8.` and `STC 58/2018, FJ 7.`: the decisions cited
    // before, at another ground.
    for (n, first, fj) in [(13, 1, "8"), (28, 12, "7")] {
        let again = only(&doc, n);
        assert_eq!(again.reference, only(&doc, first).reference, "note {n}");
        assert_eq!(locator(again), pair("paragraph", fj), "note {n}");
    }
    // `SAN de 29 de diciembre de 2014` is no author `SAN de` of 2014.
    assert!(!doc
        .citations
        .iter()
        .any(|c| c.kind == CitationKind::AuthorDate));
}

#[test]
fn decisions_by_their_word_and_the_court_written_out_are_cases() {
    let (_, doc) = run(ES);
    // `Audiencia Nacional, Auto de 27 de febrero de 2012, rec. 725/2010.`
    let auto = only(&doc, 7);
    let f = auto.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("Audiencia Nacional"));
    assert!(f.author.is_empty());
    assert_eq!(day(auto), Some(vec![2012, 2, 27]));
    // `Tribunal Supremo, Sentencia 574/2016, de 14 de marzo, FJ 4.`
    let ts = only(&doc, 10);
    let f = ts.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("Tribunal Supremo"));
    assert_eq!(f.title.as_deref(), Some("574/2016"));
    assert_eq!(day(ts), Some(vec![2016, 3, 14]));
    assert_eq!(locator(ts), pair("paragraph", "4"));
    // `STS 574/2016, de 14 de marzo, FJ 6; en el mismo sentido, Sentencia
    // del Tribunal Supremo 545/2015, de 15 de octubre.`: the same judgment
    // by the abbreviation, then another.
    let eleven = in_note(&doc, 11);
    assert_eq!(eleven.len(), 2);
    assert_eq!(eleven[0].reference, ts.reference);
    assert_eq!(locator(eleven[0]), pair("paragraph", "6"));
    let other = eleven[1].fields.as_deref().unwrap();
    assert_eq!(other.kind, "legal_case");
    assert_eq!(other.publisher.as_deref(), Some("Tribunal Supremo"));
    assert_eq!(other.title.as_deref(), Some("545/2015"));
    assert_eq!(day(eleven[1]), Some(vec![2015, 10, 15]));
    assert_ne!(eleven[1].reference, ts.reference);
    // No decision is reported missing from the list.
    assert_eq!(
        codes(&doc, Code::MissingFromBibliography),
        ["Agencia Española de Protección de Datos (2015), `Memoria 2014` is cited but not in the bibliography"]
    );
}

#[test]
fn a_decision_then_a_sentence_with_a_book_are_two_citations() {
    let (_, doc) = run(ES);
    // `Sentencia del Tribunal Constitucional 254/1993, de 20 de julio, FJ
    // 6. Sobre la tensión …, vid. P. Lucas Murillo de la Cueva, El derecho
    // a la autodeterminación informativa, Madrid, Tecnos, 1990, pp.
    // 155-160.`
    let two = in_note(&doc, 22);
    assert_eq!(two.len(), 2);
    let f = two[0].fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("Tribunal Constitucional"));
    assert_eq!(f.title.as_deref(), Some("254/1993"));
    assert_eq!(day(two[0]), Some(vec![1993, 7, 20]));
    assert_eq!(locator(two[0]), pair("paragraph", "6"));
    assert_eq!(two[1].kind, CitationKind::Full);
    assert_eq!(entry_number(&doc, two[1]), Some(3));
    assert_eq!(
        two[1].fields.as_deref().unwrap().title.as_deref(),
        Some("El derecho a la autodeterminación informativa")
    );
    // `Lucas Murillo de la Cueva, op. cit., p. 200.`: that book.
    let later = only(&doc, 27);
    assert_eq!(later.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, later), Some(3));
    assert!(codes(&doc, Code::DanglingShortForm).is_empty());
}

#[test]
fn a_provision_then_a_sentence_with_a_book_across_a_page() {
    let (_, doc) = run(ES);
    // `Vid. art. 11.1 LJCA y la SAN …, ya citada. Sobre …, J. A.
    // Santamaría Pastor, Principios de derecho administrativo` / page
    // break / `general, t. II, 5.ª ed., Madrid, Iustel, 2018, p. 412.`
    let notes = in_note(&doc, 24);
    let act = notes[0].fields.as_deref().unwrap();
    assert_eq!(act.kind, "legislation");
    assert_eq!(act.title.as_deref(), Some("LJCA"));
    let book = notes.last().unwrap();
    assert_eq!(entry_number(&doc, book), Some(5));
    assert_eq!(locator(book), pair("page", "412"));
    // `Ídem, p. 415.`: the book, not the act.
    let idem = only(&doc, 25);
    assert_eq!(idem.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, idem), Some(5));
    assert_eq!(locator(idem), pair("page", "415"));
}

#[test]
fn provisions_of_spanish_codes_and_acts_by_abbreviation_are_legislation() {
    let (_, doc) = run(ES);
    for (n, code, provision) in [
        (2, "CE", "Art. 18.4"),
        (5, "RGPD", "Art. 17"),
        (18, "LOPDGDD", "Art. 93"),
        (19, "LOPDGDD", "arts. 94 y 95"),
    ] {
        let c = only(&doc, n);
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.kind, "legislation", "note {n}");
        assert_eq!(f.title.as_deref(), Some(code), "note {n}");
        assert_eq!(locator(c), pair("section", provision), "note {n}");
        assert_eq!(entry_number(&doc, c), None, "note {n}");
    }
    assert_eq!(only(&doc, 18).reference, only(&doc, 19).reference);
    // `Ley Orgánica 3/2018, de 5 de diciembre, …`
    let lo = only(&doc, 4).fields.as_deref().unwrap();
    assert_eq!(lo.kind, "legislation");
    assert_eq!(lo.number.as_deref(), Some("3/2018"));
}

#[test]
fn a_short_title_names_the_work_whose_title_it_opens() {
    let (_, doc) = run(ES);
    // `Troncoso Reigada, La protección de datos personales, cit., p. 101`
    // after his article `Hacia un nuevo marco jurídico europeo de la
    // protección de datos personales` and his book `La protección de
    // datos personales. En busca del equilibrio`: the book.
    let c = in_note(&doc, 16)[1];
    assert_eq!(c.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, c), Some(7));
    assert_eq!(entry_number(&doc, in_note(&doc, 16)[0]), Some(6));
    // The ordinary forms around them.
    assert_eq!(entry_number(&doc, only(&doc, 8)), Some(4));
    assert_eq!(entry_number(&doc, only(&doc, 15)), Some(1));
    assert_eq!(locator(only(&doc, 15)), pair("page", "110"));
    assert_eq!(entry_number(&doc, only(&doc, 23)), Some(1));
    let supra = only(&doc, 26);
    assert_eq!(supra.reference, only(&doc, 9).reference);
}

/// A German paper's notes and list of the forms the task is about.
const DE_NOTES: &str = "Der Schutz personenbezogener Daten

Erster Satz.1 Zweiter Satz.2 Dritter Satz.3 Vierter Satz.4 Fünfter Satz.5 Sechster Satz.6 Siebter.7 Achter.8 Neunter.9 Zehnter.10

1 BGH, Urt. v. 12.7.2018 – III ZR 183/17, BGHZ 219, 243 Rn. 21.
2 BGH, a.a.O., Rn. 30.
3 Schantz, in: Schantz/Wolff, Das neue Datenschutzrecht, 2017, Rn. 1220.
4 Dürig, in: Maunz/Dürig, Grundgesetz, Art. 1 Abs. 1 Rn. 28 (Erstbearbeitung 1958).
5 Palandt/Sprau, BGB, 79. Aufl. 2020, § 823 Rn. 12.
6 BeckOK DatenschutzR/Worms, Art. 17 DS-GVO, Rn. 35.
7 Stern, Das Staatsrecht der Bundesrepublik Deutschland, Bd. IV/1, 2006, S. 45.
8 Schantz, a.a.O., Rn. 1225.
9 BGH, Urt. v. 27.7.2020 – VI ZR 405/18, NJW 2020, 3436 Rn. 23.
10 BGH, a.a.O., Rn. 40.

Literaturverzeichnis

Grüneberg, Christian (Hrsg.), Bürgerliches Gesetzbuch, 81. Aufl., München 2022.
Maunz, Theodor/Dürig, Günter (Begr.), Grundgesetz, Kommentar, Loseblatt, München 2023.
Schantz, Peter/Wolff, Heinrich Amadeus, Das neue Datenschutzrecht, München 2017.
Stern, Klaus, Das Staatsrecht der Bundesrepublik Deutschland, Bd. IV/1, München 2006.
Wolff, Heinrich Amadeus/Brink, Stefan (Hrsg.), BeckOK Datenschutzrecht, 45. Ed., München 2023.
";

#[test]
fn a_court_s_decision_by_a_a_o_is_its_last_cited() {
    let doc = run_text(DE_NOTES);
    let second = only(&doc, 2);
    assert_eq!(second.status, Some(Status::Resolved));
    assert_eq!(second.reference, only(&doc, 1).reference);
    assert_eq!(locator(second), pair("margin", "30"));
    // After a second decision of the court, the second.
    let tenth = only(&doc, 10);
    assert_eq!(tenth.status, Some(Status::Resolved));
    assert_eq!(tenth.reference, only(&doc, 9).reference);
    assert_ne!(tenth.reference, only(&doc, 1).reference);
    // The same in the comparative article: `BGH, a.a.O., Rn. 30`.
    let (_, de) = run(DE);
    let bgh = in_note(&de, 25)[0];
    assert_eq!(bgh.status, Some(Status::Resolved));
    assert_eq!(bgh.reference, only(&de, 24).reference);
    assert!(codes(&de, Code::DanglingShortForm).is_empty());
}

#[test]
fn commentaries_and_handbooks_link_to_their_entries() {
    let doc = run_text(DE_NOTES);
    // `Schantz, in: Schantz/Wolff, Das neue Datenschutzrecht, 2017, Rn.
    // 1220.`: a part of the handbook, by its author.
    let schantz = only(&doc, 3);
    let f = schantz.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(authors(f), [("Schantz", "")]);
    assert_eq!(
        f.container_title.as_deref(),
        Some("Das neue Datenschutzrecht")
    );
    assert_eq!(entry_number(&doc, schantz), Some(3));
    assert_eq!(locator(schantz), pair("margin", "1220"));
    assert_eq!(entry_number(&doc, only(&doc, 8)), Some(3));
    // `(Erstbearbeitung 1958)` after the margin number: no place, no year.
    let durig = only(&doc, 4);
    let f = durig.fields.as_deref().unwrap();
    assert_eq!(f.kind, "chapter");
    assert_eq!(authors(f), [("Dürig", "")]);
    assert_eq!(f.container_title.as_deref(), Some("Grundgesetz"));
    assert_eq!(f.publisher_place, None);
    assert_eq!(entry_number(&doc, durig), Some(2));
    assert_eq!(locator(durig), pair("margin", "28"));
    // `Palandt/Sprau` of the list's `Grüneberg`: the commentary renamed.
    assert_eq!(entry_number(&doc, only(&doc, 5)), Some(1));
    // `BeckOK DatenschutzR` of the list's `BeckOK Datenschutzrecht`.
    let beckok = only(&doc, 6);
    assert_eq!(beckok.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, beckok), Some(5));
    assert!(codes(&doc, Code::MissingFromBibliography).is_empty());
    assert!(codes(&doc, Code::UncitedReference).is_empty());
    assert!(codes(&doc, Code::DanglingShortForm).is_empty());
    // The comparative article: `Palandt/Sprau` and `Grüneberg/Sprau` both
    // the list's Grüneberg; Schantz and BeckOK cited.
    let (_, de) = run(DE);
    assert_eq!(entry_number(&de, only(&de, 27)), Some(3));
    assert_eq!(entry_number(&de, only(&de, 28)), Some(3));
    assert_eq!(entry_number(&de, only(&de, 22)), Some(11));
    assert_eq!(entry_number(&de, in_note(&de, 2)[1]), Some(9));
    assert!(codes(&de, Code::UncitedReference).is_empty());
}

#[test]
fn a_volume_with_its_part_is_no_publisher() {
    let doc = run_text(DE_NOTES);
    let f = only(&doc, 7).fields.as_deref().unwrap();
    assert_eq!(f.volume.as_deref(), Some("IV/1"));
    assert_eq!(f.publisher, None);
    assert_eq!(entry(&doc, 4).volume.as_deref(), Some("IV/1"));
}

#[test]
fn an_italian_article_s_paragraph_is_no_author_date() {
    let doc = papers_support::paper_of_notes(
        "Testo",
        &[
            "Art. 2043, c. 1, c.c.",
            "Corte di Cassazione, sentenza 12 maggio 1995, n. 5189.",
            "Cass. civ., sez. III, 12 maggio 1995, n. 5189, in Foro it., 1995, I, c. 3332.",
        ],
    );
    let art = only(&doc, 1);
    let f = art.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(f.title.as_deref(), Some("c.c."));
    assert_eq!(locator(art), pair("section", "Art. 2043, c. 1"));
    assert!(!doc
        .citations
        .iter()
        .any(|c| c.kind == CitationKind::AuthorDate));
    let cass = only(&doc, 2);
    let f = cass.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("Corte di Cassazione"));
    assert_eq!(f.title.as_deref(), Some("5189"));
    assert_eq!(day(cass), Some(vec![1995, 5, 12]));
    // `c. 3332`: the column the report prints the decision from.
    let foro = only(&doc, 3).fields.as_deref().unwrap();
    assert_eq!(foro.container_title.as_deref(), Some("Foro it."));
    assert_eq!(foro.page.as_deref(), Some("3332"));
}

#[test]
fn a_portuguese_apud_cites_the_work_read() {
    let doc = run_text(
        "A formação do Brasil\n\nTexto.1\n\n1 HOLANDA apud FREYRE, 2003, p. 45.\n\n\
         REFERÊNCIAS\n\nFREYRE, Gilberto. Casa-grande & senzala. 48. ed. São Paulo: Global, 2003.\n",
    );
    let c = only(&doc, 1);
    assert_eq!(c.signal.as_deref(), Some("apud"));
    assert_eq!(c.status, Some(Status::Resolved));
    assert_eq!(entry_number(&doc, c), Some(1));
    assert_eq!(locator(c), pair("page", "45"));
    assert!(codes(&doc, Code::MissingFromBibliography).is_empty());
}
