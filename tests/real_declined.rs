//! Author-date papers whose running text repeats the work cited just
//! before (`(ibid., 175-6)`, `(vgl. ebd., S. 122)`, `[Там же, с. 5–9]`,
//! `(tamże, s. 12)`), names authors in a declined form (`По мнению
//! Петрова [2012]`, `w ujęciu Kowalskiego (2019)`, `Luhmanns (1968)`),
//! and wraps a bracketed group across lines (`[Putnam, 1993;` /
//! `Coleman, 1988]`), as GOST 7.0.5 papers and PDF conversions give them.
//! Expected values were written by reading the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{entry, findings, run};

/// Every citation of the paper, in order: (kind, text, status, entry number).
fn cited(path: &str) -> Vec<(CitationKind, String, Status, Option<usize>)> {
    let (_, doc) = run(path);
    doc.citations
        .iter()
        .map(|c| {
            (
                c.kind,
                c.text.clone(),
                c.status.unwrap(),
                papers_support::entry_number(&doc, c),
            )
        })
        .collect()
}

fn ad(text: &str, n: usize) -> (CitationKind, String, Status, Option<usize>) {
    (
        CitationKind::AuthorDate,
        text.to_string(),
        Status::Resolved,
        Some(n),
    )
}

fn ibid(text: &str, n: usize) -> (CitationKind, String, Status, Option<usize>) {
    (
        CitationKind::Ibid,
        text.to_string(),
        Status::Resolved,
        Some(n),
    )
}

#[test]
fn russian_gost_brackets_declined_names_and_tam_zhe() {
    const PAPER: &str = "fixtures/doverie_gost_author_date_ru.txt";
    // The list: 1 Волкова и др. 2020, 2 Иванова, Сидоров 2010, 3 Петров
    // 2004, 4 Петров 2012, 5 Смирнова 2015, 6 Coleman 1988, 7 European
    // Social Survey 2018, 8 Fukuyama 1995, 9 Putnam 1993, 10 Putnam 2000.
    let mut all = cited(PAPER);
    // `[European Social Survey, 2018]` against an entry that opens with the
    // survey's name and the title of its data set: not read as that
    // entry's author.
    all.retain(|c| !c.1.starts_with("European"));
    assert_eq!(
        all,
        [
            ad("Putnam, 1993", 9),
            ad("Coleman, 1988", 6),
            ad("Петров, 2004", 3),
            ad("Иванова, Сидоров, 2010", 2),
            ad("Петров (2004)", 3),
            // `По мнению Петрова [2012]`: the genitive of `Петров`.
            ad("Петрова (2012)", 4),
            ad("Смирнова, 2015", 5),
            ad("Волкова и др., 2020", 1),
            ibid("Там же, с. 5–9", 1),
            ad("Иванова, Сидоров, 2010", 2),
            ad("Putnam, 2000", 10),
            ad("Fukuyama, 1995", 8),
            ad("Иванова и Сидоров (2010)", 2),
        ]
    );
    let (_, doc) = run(PAPER);
    let tam_zhe = doc
        .citations
        .iter()
        .find(|c| c.kind == CitationKind::Ibid)
        .unwrap();
    assert_eq!(tam_zhe.locator.as_ref().unwrap().value, "5–9");
    // The citation it repeats is named by its id.
    let before = doc
        .citations
        .iter()
        .find(|c| c.text == "Волкова и др., 2020")
        .unwrap();
    assert_eq!(tam_zhe.antecedent.as_deref(), Some(before.id.as_str()));
}

#[test]
fn russian_journal_numbers_on_their_own_line_stay_with_the_entry() {
    let (_, doc) = run("fixtures/doverie_gost_author_date_ru.txt");
    // `… // Общественные науки и современность. 2012.` / `№ 2. С. 12–25.`
    // and `… // American Journal of Sociology.` / `1988. Vol. 94. P.
    // S95–S120.` are one entry each.
    assert_eq!(doc.references.len(), 10);
    let petrov = entry(&doc, 4);
    assert_eq!(
        petrov.container_title.as_deref(),
        Some("Общественные науки и современность")
    );
    assert_eq!(petrov.issue.as_deref(), Some("2"));
    assert_eq!(petrov.page.as_deref(), Some("12–25"));
    let coleman = entry(&doc, 6);
    assert_eq!(
        coleman.container_title.as_deref(),
        Some("American Journal of Sociology")
    );
    assert_eq!(coleman.volume.as_deref(), Some("94"));
    assert_eq!(coleman.page.as_deref(), Some("S95–S120"));
}

#[test]
fn german_genitive_names_and_ebd_in_the_text() {
    const PAPER: &str = "fixtures/vertrauen_author_date_de.txt";
    // 1 Coleman 1988, 2 Luhmann 1968, 3 Offe 1999, 4 Putnam 1993,
    // 5 Schmidt/Wagner 2020, 6 Weber 1922.
    assert_eq!(
        cited(PAPER),
        [
            ad("Putnam, 1993", 4),
            ad("Coleman, 1988", 1),
            ad("Luhmanns (1968)", 2),
            ibid("ebd., S. 23", 2),
            ibid("ebd.", 2),
            ad("Offe (1999)", 3),
            ad("Webers (1922)", 6),
            ibid("ebd., S. 122", 6),
            ad("Schmidt und Wagner, 2020", 5),
            ibid("ebd., S. 12", 5),
        ]
    );
    let (source, doc) = run(PAPER);
    assert!(findings(&source, &doc).is_empty());
    let ebd: Vec<_> = doc
        .citations
        .iter()
        .filter(|c| c.kind == CitationKind::Ibid)
        .collect();
    // `(ebd.)` without a page: the same work at the same place.
    assert_eq!(ebd[1].locator.as_ref().unwrap().value, "23");
    assert_eq!(ebd[2].signal.as_deref(), Some("vgl."));
    assert_eq!(ebd[2].locator.as_ref().unwrap().value, "122");
}

#[test]
fn polish_declined_names_and_tamze() {
    const PAPER: &str = "fixtures/zaufanie_author_date_pl.txt";
    // 1 Czapiński 2015, 2 Kowalski 2019, 3 Nowakowa 2018, 4 Putnam 1993,
    // 5 Sztompka 2007.
    assert_eq!(
        cited(PAPER),
        [
            ad("Putnam, 1993", 4),
            ad("Sztompka, 2007", 5),
            ad("Sztompki (2007)", 5),
            ad("Czapiński (2015)", 1),
            ad("Kowalskiego (2019)", 2),
            ibid("tamże, s. 12", 2),
            ad("Nowakowej (2018)", 3),
        ]
    );
    let (source, doc) = run(PAPER);
    assert!(findings(&source, &doc).is_empty());
}

#[test]
fn english_ibid_in_the_text_repeats_one_work_or_is_ambiguous() {
    const PAPER: &str = "fixtures/trust_ibid_author_date_en.txt";
    // 1 Coleman 1988, 2 Fukuyama 1995, 3 Putnam 1993, 4 Putnam 2000.
    let all = cited(PAPER);
    assert_eq!(all[0], ad("Putnam, 1993", 3));
    assert_eq!(all[1], ibid("ibid., 175-6", 3));
    assert_eq!(all[2], ad("Putnam, 2000", 4));
    assert_eq!(all[3], ad("Fukuyama, 1995", 2));
    // `(ibid.)` after `(Putnam 2000; Fukuyama 1995)` fits both.
    assert_eq!(
        all[4],
        (
            CitationKind::Ibid,
            "ibid.".to_string(),
            Status::Ambiguous,
            None
        )
    );
    let (source, doc) = run(PAPER);
    assert_eq!(findings(&source, &doc), [(Code::AmbiguousShortForm, 7)]);
}

#[test]
fn ibid_in_the_prose_of_a_paper_citing_in_notes_is_no_finding() {
    // `"credit is but opinion" (ibid., 47)` after note 1: the text cites
    // nothing before it, so it repeats the note's work, which the text's
    // citations do not see; it is neither read nor reported.
    let (source, doc) = run("fixtures/credit_ibid_in_prose_chicago_en.txt");
    assert!(findings(&source, &doc).is_empty());
    assert_eq!(doc.citations.len(), 2);
    assert!(doc.citations.iter().all(|c| c.footnote.is_some()));
}
