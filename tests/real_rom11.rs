//! Romance-language papers as pdftotext gives them: Italian notes whose
//! `Id.` stands for a double surname (`G. Petti Balbi`), a Brazilian ABNT
//! paper whose title holds a span of circa years (`(c. 1650-c. 1750)`),
//! and a Spanish author-date list (`GARCÍA SANZ, Á. (1977): Título,
//! Madrid, Akal.`) with titles broken over lines and a surname joined by
//! `y` (`Tomás y Valiente`); a French history paper whose list writes
//! `WOLFF (Philippe), Title (vers 1350-vers 1450), Paris, Plon, 1954.` and
//! whose notes point back with `supra, n. 3`. Expected values were
//! written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{authors, editors, entry, findings, in_note, note_links, only, run, run_text};

/// How many bibliography entries the paper has.
fn listed(doc: &opcit::model::Document) -> usize {
    doc.references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count()
}

const ITALIAN: &str = "fixtures/credito_medievale_notes_it.txt";
const BRAZILIAN: &str = "fixtures/credito_escravidao_abnt_pt.txt";
const FRENCH: &str = "fixtures/consulats_credit_notes_fr.txt";
const SPANISH: &str = "fixtures/bienes_comunales_autor_ano_es.txt";

#[test]
fn id_before_a_short_title_stands_for_a_double_surname() {
    let (_, doc) = run(ITALIAN);
    // The list: 1 Goldthwaite, 2 Melis, 3 Muzzarelli, 4 Petti Balbi,
    // 5 Todeschini. Note 7 cites Petti Balbi in full, note 8 is `Ibidem.`,
    // note 9 `Id., Negoziare fuori patria, cit., p. 90.`
    use CitationKind::{Full, Ibid, Short};
    use Status::Resolved;
    assert_eq!(note_links(&doc, 7), [(Full, Resolved, Some(4))]);
    assert_eq!(note_links(&doc, 8), [(Ibid, Resolved, Some(4))]);
    assert_eq!(note_links(&doc, 9), [(Short, Resolved, Some(4))]);
    let id = only(&doc, 9);
    assert_eq!(id.locator.as_ref().unwrap().value, "90");
    assert!(
        !doc.diagnostics
            .iter()
            .any(|d| d.code == Code::DanglingShortForm),
        "{:#?}",
        doc.diagnostics
    );
}

#[test]
fn id_keeps_a_single_surname_where_the_list_has_no_double_one() {
    let doc = run_text(
        "Testo.1 Testo.2\n\n1 G. Petti Balbi, Negoziare fuori patria, Bologna, Clueb, 2005, p. 88.\n2 Id., Negoziare fuori patria, cit., p. 90.\n",
    );
    assert_eq!(
        note_links(&doc, 2),
        [(CitationKind::Short, Status::Resolved, None)]
    );
    assert_eq!(only(&doc, 2).antecedent.as_deref(), Some("c1"));
}

#[test]
fn a_span_of_circa_years_ends_no_sentence_of_a_title() {
    let (source, doc) = run(BRAZILIAN);
    // The list: 1 FARIA, 2 FLORENTINO, 3 FRAGOSO, 4 MATTOS, 5 SAMPAIO.
    let sampaio = entry(&doc, 5);
    assert_eq!(
        sampaio.title.as_deref(),
        Some("Na encruzilhada do império: hierarquias sociais e conjunturas econômicas no Rio de Janeiro (c. 1650-c. 1750)")
    );
    assert_eq!(sampaio.publisher.as_deref(), Some("Arquivo Nacional"));
    assert_eq!(sampaio.publisher_place.as_deref(), Some("Rio de Janeiro"));
    assert_eq!(sampaio.issued.as_ref().unwrap().date_parts[0][0], 2003);
    // Note 4 cites Sampaio in full before `FRAGOSO, op. cit.`; note 5's
    // `apud SAMPAIO, op. cit.` then points back to it.
    use CitationKind::{Full, Short};
    use Status::Resolved;
    assert_eq!(
        note_links(&doc, 4),
        [(Full, Resolved, Some(5)), (Short, Resolved, Some(3))]
    );
    assert_eq!(in_note(&doc, 4)[0].signal.as_deref(), Some("Cf."));
    assert_eq!(
        note_links(&doc, 5),
        [(Full, Resolved, Some(1)), (Short, Resolved, Some(5))]
    );
    assert!(findings(&source, &doc)
        .iter()
        .all(|(code, _)| *code != Code::DanglingShortForm));
}

#[test]
fn spanish_author_date_list_with_comma_imprints() {
    let (source, doc) = run(SPANISH);
    assert_eq!(listed(&doc), 4, "{:#?}", doc.references);
    // The first entry's title goes on in a line of its own after a period
    // (`… Castilla la Vieja.` / `Economía y sociedad …, Madrid, Akal.`).
    let first = entry(&doc, 1);
    assert_eq!(first.kind, "book");
    assert_eq!(
        first.title.as_deref(),
        Some("Desarrollo y crisis del Antiguo Régimen en Castilla la Vieja. Economía y sociedad en tierras de Segovia, 1500-1814")
    );
    assert_eq!(first.publisher_place.as_deref(), Some("Madrid"));
    assert_eq!(first.publisher.as_deref(), Some("Akal"));
    let nieto = entry(&doc, 3);
    assert_eq!(nieto.title.as_deref(), Some("Bienes comunales"));
    assert_eq!(
        nieto.publisher.as_deref(),
        Some("Revista de Derecho Privado")
    );
    assert_eq!(nieto.publisher_place.as_deref(), Some("Madrid"));
    let tomas = entry(&doc, 4);
    assert_eq!(authors(tomas), [("TOMÁS Y VALIENTE", "F.")]);
    assert_eq!(tomas.publisher.as_deref(), Some("Ariel"));
    // The article keeps its journal.
    assert_eq!(entry(&doc, 2).container_title.as_deref(), Some("Hispania"));
    // Note 5 names `F. Tomás y Valiente`: one person, as the list has it.
    let cited = in_note(&doc, 5)[0];
    assert_eq!(
        authors(cited.fields.as_deref().unwrap()),
        [("Tomás y Valiente", "F.")]
    );
    use CitationKind::{Full, Ibid, Short};
    use Status::Resolved;
    assert_eq!(
        note_links(&doc, 5),
        [(Full, Resolved, Some(4)), (Short, Resolved, Some(3))]
    );
    assert_eq!(note_links(&doc, 6), [(Ibid, Resolved, Some(3))]);
    assert_eq!(note_links(&doc, 1), [(Full, Resolved, Some(1))]);
    assert_eq!(findings(&source, &doc), []);
}

#[test]
fn names_in_capitals_of_a_few_organisations_join_no_lines() {
    // Organisations in capitals open some entries of an APA list; the
    // entries by persons stay entries of their own.
    let doc = run_text(
        "Text (OECD, 2019; Putnam, 2000; UNESCO, 2020; Smith, 2010).\n\nReferences\nOECD. (2019). Education at a glance. OECD Publishing.\nPutnam, R. D. (2000). Bowling alone. Simon & Schuster.\nUNESCO. (2020). Global education monitoring report. UNESCO.\nSmith, J. (2010). Trust and power. Polity.\n",
    );
    assert_eq!(listed(&doc), 4, "{:#?}", doc.references);
}

#[test]
fn a_list_in_capitals_keeps_its_organisation_entries_apart() {
    // A Spanish list in capitals, one entry by a body written in capitals
    // without a comma: it opens an entry of its own.
    let doc = run_text(
        "Texto.1\n\n1 Nieto, ob. cit.\n\nBIBLIOGRAFÍA\nGARCÍA SANZ, Á. (1977): Desarrollo y crisis, Madrid, Akal.\nINE (1990): Censo de población, Madrid, INE.\nNIETO, A. (1964): Bienes comunales, Madrid, Revista de Derecho Privado.\nPÉREZ, J. (2001): Historia agraria, Madrid, Akal.\n",
    );
    assert_eq!(listed(&doc), 4, "{:#?}", doc.references);
}

#[test]
fn french_list_names_with_given_names_in_brackets() {
    let (_, doc) = run(FRENCH);
    // The list: 1 CONTAMINE, KERHERVÉ et RIGAUDIÈRE (dir.), 2 GARNIER,
    // 3 RIGAUDIÈRE, 4 WOLFF.
    assert_eq!(listed(&doc), 4);
    let volume = entry(&doc, 1);
    assert!(volume.author.is_empty(), "{volume:#?}");
    assert_eq!(
        editors(volume),
        [
            ("CONTAMINE", "Philippe"),
            ("KERHERVÉ", "Jean"),
            ("RIGAUDIÈRE", "Albert")
        ]
    );
    let wolff = entry(&doc, 4);
    assert_eq!(authors(wolff), [("WOLFF", "Philippe")]);
    assert_eq!(
        wolff.title.as_deref(),
        Some("Commerces et marchands de Toulouse (vers 1350-vers 1450)")
    );
    assert_eq!(wolff.publisher.as_deref(), Some("Plon"));
    assert_eq!(wolff.publisher_place.as_deref(), Some("Paris"));
    assert_eq!(wolff.issued.as_ref().unwrap().date_parts[0][0], 1954);
    assert_eq!(authors(entry(&doc, 3)), [("RIGAUDIÈRE", "Albert")]);
    use CitationKind::{Full, Short, Supra};
    use Status::Resolved;
    assert_eq!(
        note_links(&doc, 1),
        [(Full, Resolved, Some(4)), (Full, Resolved, Some(3))]
    );
    assert_eq!(note_links(&doc, 2), [(Short, Resolved, Some(4))]);
    assert_eq!(note_links(&doc, 6), [(Full, Resolved, Some(2))]);
    assert_eq!(note_links(&doc, 7), [(Short, Resolved, Some(3))]);
    // `Cf. supra, n. 3.`: note 3's chapter, which the list does not hold.
    let supra = only(&doc, 8);
    assert_eq!((supra.kind, supra.status), (Supra, Some(Resolved)));
    let chapter = in_note(&doc, 3)[0];
    assert_eq!(supra.reference, chapter.reference);
    assert!(!doc
        .diagnostics
        .iter()
        .any(|d| matches!(d.code, Code::DanglingShortForm | Code::AmbiguousShortForm)));
}

#[test]
fn a_bracket_of_a_title_before_a_comma_imprint() {
    let doc = run_text(
        "T.1 T.2 T.3\n\n1 Philippe Wolff, Les marchands de la ville (Toulouse), Paris, Plon, 1954, p. 12.\n2 Philippe Wolff, Commerces et marchands (XIVe-XVe siècles), Paris, Plon, 1954, p. 13.\n3 Philippe Wolff, Les consulats (c. 1250-c. 1350), Paris, Plon, 1956, p. 14.\n",
    );
    let read: Vec<_> = (1..=3)
        .map(|n| {
            let c = only(&doc, n);
            let f = c.fields.as_deref().unwrap();
            (
                f.title.clone().unwrap(),
                f.publisher.clone().unwrap(),
                c.locator.as_ref().unwrap().value.clone(),
            )
        })
        .collect();
    let want = [
        ("Les marchands de la ville (Toulouse)", "Plon", "12"),
        ("Commerces et marchands (XIVe-XVe siècles)", "Plon", "13"),
        ("Les consulats (c. 1250-c. 1350)", "Plon", "14"),
    ]
    .map(|(t, p, l)| (t.to_string(), p.to_string(), l.to_string()));
    assert_eq!(read, want);
}

#[test]
fn a_body_with_its_country_in_brackets_is_no_person() {
    // ABNT names a body's country in brackets after it: `Brasil` is no
    // given name.
    let doc = run_text(
        "Texto.1\n\n1 Ver o guia.\n\nREFERÊNCIAS\nAUTORIDADE NACIONAL DE PROTEÇÃO DE DADOS (Brasil). Guia orientativo para definições dos agentes de tratamento. Brasília: ANPD, 2021.\nSILVA, José. Direito digital. São Paulo: Atlas, 2020.\n",
    );
    let body = entry(&doc, 1);
    assert!(
        !body
            .author
            .iter()
            .any(|n| n.given.as_deref() == Some("Brasil")),
        "{body:#?}"
    );
    assert_eq!(authors(entry(&doc, 2)), [("SILVA", "José")]);
}
