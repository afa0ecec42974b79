#[path = "papers_support/mod.rs"]
mod papers_support;

// An Australian law-review article in AGLC4 style as pdftotext gives it
// (running heads with the volume, notes at the page foot wrapped with an
// indent): `Ibid 45.` without a period after Ibid, `(n 3) 7` and the older
// `above n 17, 30` cross-references, cases with medium-neutral and
// parallel reports (`[2002] HCA 28; (2002) 213 CLR 1, 65 [88]`), short
// names defined in brackets (`('Mabo')`), statutes with their
// jurisdiction (`Native Title Act 1993 (Cth) s 223`), `Australian
// Constitution s 51(xxxi)`, books `(Federation Press, 2nd ed, 2010) 45`,
// and a bibliography split by `A Articles/Books/Reports`, `B Cases`, `C
// Legislation`, `D Other`. Expected values were written by reading the
// fixture.
//
// Besides it, the OSCOLA and MHRA notes of the British fixtures: an
// ibid's own locator, a count of volumes before an imprint, and law
// commissions' reports cited by number.

use opcit::model::CitationKind;
use papers_support::{entry, entry_number, only, run, run_text};

const AGLC: &str = "fixtures/native_title_aglc_pdf_en.txt";
const LORDS: &str = "fixtures/lords_reform_pdf_en.txt";

#[test]
fn the_list_opens_at_its_first_sub_heading() {
    let (_, doc) = run(AGLC);
    // `A Articles/Books/Reports` is a sub-heading, no entry.
    let first = entry(&doc, 1);
    assert_eq!(
        first.author[0].literal.as_deref(),
        Some("Australian Law Reform Commission")
    );
    assert_eq!(
        entry(&doc, 2).title.as_deref(),
        Some("Native Title in Australia")
    );
    // `B Cases`: `Mabo v Queensland [No 2] (1992) 175 CLR 1`.
    let mabo = entry(&doc, 11);
    assert_eq!(mabo.kind, "legal_case");
    assert_eq!(mabo.title.as_deref(), Some("Mabo v Queensland [No 2]"));
    assert_eq!(mabo.volume.as_deref(), Some("175"));
}

#[test]
fn cases_with_short_names_and_parallel_reports_are_cases() {
    let (_, doc) = run(AGLC);
    // (note, the list's entry, page cited)
    for (n, listed, page) in [
        (1, 11, None),
        (6, 12, Some("444")),
        (11, 10, Some("361")),
        (18, 8, Some("232")),
        (22, 14, Some("65")),
    ] {
        let c = only(&doc, n);
        assert_eq!(c.kind, CitationKind::Full, "note {n}");
        assert_eq!(
            c.fields.as_deref().map(|f| f.kind.as_str()),
            Some("legal_case"),
            "note {n}"
        );
        assert_eq!(entry_number(&doc, c), Some(listed), "note {n}");
        assert_eq!(
            c.locator.as_ref().map(|l| l.value.as_str()),
            page,
            "note {n}"
        );
    }
    // `Western Australia v Ward [2002] HCA 28; (2002) 213 CLR 1, 65 [88]
    // ('Ward').`: one citation, not two.
    assert_eq!(papers_support::in_note(&doc, 22).len(), 1);
}

#[test]
fn statutes_and_the_constitution_are_legislation() {
    let (_, doc) = run(AGLC);
    // `Native Title Act 1993 (Cth) s 223.`
    for (n, section) in [(2, "s 223"), (14, "s 223(1)(a)"), (32, "s 51")] {
        let c = only(&doc, n);
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.kind, "legislation", "note {n}");
        assert_eq!(
            f.title.as_deref(),
            Some("Native Title Act 1993"),
            "note {n}"
        );
        assert_eq!(c.locator.as_ref().unwrap().value, section, "note {n}");
        assert_eq!(entry_number(&doc, c), Some(16), "note {n}");
    }
    // `Australian Constitution s 51(xxxi).`, listed under `C Legislation`
    // as an entry (15), no sub-heading.
    let n7 = only(&doc, 7);
    let f = n7.fields.as_deref().unwrap();
    assert_eq!(f.kind, "legislation");
    assert_eq!(f.title.as_deref(), Some("Australian Constitution"));
    assert_eq!(n7.locator.as_ref().unwrap().value, "s 51(xxxi)");
    assert_eq!(entry_number(&doc, n7), Some(15));
    assert_eq!(
        entry(&doc, 15).title.as_deref(),
        Some("Australian Constitution")
    );
    // `Australian Constitution s 51(xxvi).`: the same work at another
    // section.
    let n10 = only(&doc, 10);
    assert_eq!(n10.reference, n7.reference);
    assert_eq!(n10.locator.as_ref().unwrap().value, "s 51(xxvi)");
    // `Racial Discrimination Act 1975 (Cth) s 10.` then `Ibid s 10(1).`,
    // the ibid at its own subsection.
    let (n19, n20) = (only(&doc, 19), only(&doc, 20));
    assert_eq!(entry_number(&doc, n19), Some(17));
    assert_eq!(n20.kind, CitationKind::Ibid);
    assert_eq!(n20.reference, n19.reference);
    let pin = n20.locator.as_ref().unwrap();
    assert_eq!(
        (pin.label.as_str(), pin.value.as_str()),
        ("section", "10(1)")
    );
}

#[test]
fn back_references_keep_their_own_pinpoints() {
    let (_, doc) = run(AGLC);
    // (note, kind, the list's entry, page)
    for (n, kind, listed, page) in [
        (4, CitationKind::Ibid, 5, "5"),
        (9, CitationKind::Ibid, 3, "45"),
        (15, CitationKind::Supra, 12, "445"),
        (16, CitationKind::Supra, 5, "7"),
        (24, CitationKind::Supra, 6, "30"),
        (25, CitationKind::Supra, 2, "112"),
        (28, CitationKind::Supra, 3, "52"),
        (30, CitationKind::Supra, 10, "382"),
        (31, CitationKind::Supra, 11, "58"),
    ] {
        let c = only(&doc, n);
        assert_eq!(c.kind, kind, "note {n}");
        assert_eq!(entry_number(&doc, c), Some(listed), "note {n}");
        assert_eq!(c.locator.as_ref().unwrap().value, page, "note {n}");
    }
}

#[test]
fn books_with_an_edition_in_their_imprint() {
    let (_, doc) = run(AGLC);
    // `Richard H Bartlett, Native Title in Australia (LexisNexis
    // Butterworths, 3rd ed, 2015) / 45.`
    let n5 = only(&doc, 5);
    let f = n5.fields.as_deref().unwrap();
    assert_eq!(f.publisher.as_deref(), Some("LexisNexis Butterworths"));
    assert_eq!(f.edition.as_deref(), Some("3"));
    assert_eq!(n5.locator.as_ref().unwrap().value, "45");
    assert_eq!(entry_number(&doc, n5), Some(2));
}

#[test]
fn an_ibid_s_own_paragraph_wins_over_the_note_before() {
    let (_, doc) = run(LORDS);
    // `28 … A House for the Future (Cm 4534, 2000) para 3.12.` / `29
    // Ibid., para 4.3.`
    let n29 = only(&doc, 29);
    let pin = n29.locator.as_ref().unwrap();
    assert_eq!(
        (pin.label.as_str(), pin.value.as_str()),
        ("paragraph", "4.3")
    );
    let doc = run_text(
        "Text.1 Text.2 Text.3 Text.4\n\n1 Home Office, Rights Brought Home (Cm 3782, 1997) para 2.1.\n2 Ibid., s 12.\n3 Ibid., art 5.\n4 Ibid., col 33.\n",
    );
    for (n, label, value) in [
        (2, "section", "12"),
        (3, "article-locator", "5"),
        (4, "column", "33"),
    ] {
        let c = only(&doc, n);
        let pin = c.locator.as_ref().unwrap();
        assert_eq!(
            (pin.label.as_str(), pin.value.as_str()),
            (label, value),
            "note {n}"
        );
    }
}

#[test]
fn a_count_of_volumes_is_no_publisher() {
    let (_, doc) = run(LORDS);
    // `Arthur Berriedale Keith, The Constitution of England from Queen
    // Victoria to George VI, 4 vols. (London: Macmillan, 1940), 1:154.`
    let n32 = only(&doc, 32);
    let f = n32.fields.as_deref().unwrap();
    assert_eq!(f.publisher.as_deref(), Some("Macmillan"));
    assert_eq!(f.publisher_place.as_deref(), Some("London"));
    assert_eq!(f.number_of_volumes.as_deref(), Some("4"));
    assert_eq!(n32.locator.as_ref().unwrap().value, "1:154");
    // The list's entry the same.
    let keith = entry(&doc, 11);
    assert_eq!(keith.publisher.as_deref(), Some("Macmillan"));
    assert_eq!(keith.number_of_volumes.as_deref(), Some("4"));
    // `Edward Porritt, The Unreformed House of Commons, 2 vols. (Cambridge:
    // / Cambridge University Press, 1903), 1:45.`
    let n12 = only(&doc, 12);
    let f = n12.fields.as_deref().unwrap();
    assert_eq!(f.publisher.as_deref(), Some("Cambridge University Press"));
    assert_eq!(n12.locator.as_ref().unwrap().value, "1:45");
}

#[test]
fn law_commission_reports_are_cited_by_number() {
    let doc = run_text(
        "Text.1 Text.2 Text.3\n\n1 Law Commission, Contempt of Court (Law Com CP No 154, 1999) 23.\n2 Law Commission, Damages (Law Com No 261, 1999) para 2.4.\n3 Ibid 45.\n",
    );
    let n1 = only(&doc, 1);
    let f = n1.fields.as_deref().unwrap();
    assert_eq!(f.kind, "report");
    assert_eq!(f.number.as_deref(), Some("Law Com CP No 154"));
    assert_eq!(f.publisher, None);
    assert_eq!(n1.locator.as_ref().unwrap().value, "23");
    let n2 = only(&doc, 2);
    let f = n2.fields.as_deref().unwrap();
    assert_eq!(f.number.as_deref(), Some("Law Com No 261"));
    assert_eq!(n2.locator.as_ref().unwrap().value, "2.4");
    let n3 = only(&doc, 3);
    assert_eq!(n3.reference, n2.reference);
    assert_eq!(n3.locator.as_ref().unwrap().value, "45");
}
