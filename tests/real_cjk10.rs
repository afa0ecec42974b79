#[path = "papers_support/mod.rs"]
mod papers_support;

// A Taiwanese law paper as pdftotext gives it, with no bibliography: the
// 上冊 and 下冊 of one treatise cited as two books, decisions of the
// Supreme Court with the day they were given in brackets
// (`最高法院101年度台上字第1234號民事判決（2012年7月5日）`, `…判決（民國103年
// 3月20日）`), and German works cited `Kötz, Hein, Trust und Treuhand
// (1963), S. 12`, then `Kötz, a.a.O.`. Expected values were written by
// reading the paper.

use opcit::model::CitationKind;
use opcit::model::Status::Resolved;
use papers_support::{authors, findings, in_note, only, run, work};
use CitationKind::{Full, Short};

const PAPER: &str = "fixtures/xintuo_falv_pdf_zh.txt";

#[test]
fn every_note_links_to_the_work_it_cites() {
    let (_, doc) = run(PAPER);
    // Notes that cite the same work, by the note of its first citation.
    let works: [(u32, &[u32]); 8] = [
        (1, &[14, 19]),
        (2, &[6, 11]),
        (3, &[16]),
        (4, &[12, 20]),
        (5, &[13]),
        (7, &[15]),
        (8, &[18]),
        (17, &[]),
    ];
    for (first, later) in works {
        let c = only(&doc, first);
        assert_eq!((c.kind, c.status), (Full, Some(Resolved)), "note {first}");
        for &n in later {
            let l = only(&doc, n);
            assert_eq!(l.status, Some(Resolved), "note {n}");
            assert_eq!(
                l.reference, c.reference,
                "note {n} cites note {first}'s work"
            );
        }
    }
    for n in [12, 13, 14, 15, 16, 19, 20] {
        assert_eq!(only(&doc, n).kind, Short, "note {n}");
    }
    // Twenty notes, each one citation.
    for n in 1..=20 {
        assert_eq!(in_note(&doc, n).len(), 1, "note {n}");
    }
}

#[test]
fn the_two_volumes_of_a_treatise_are_two_works() {
    let (_, doc) = run(PAPER);
    assert_ne!(only(&doc, 3).reference, only(&doc, 7).reference);
    assert_eq!(work(&doc, only(&doc, 3)).volume.as_deref(), Some("上"));
    assert_eq!(work(&doc, only(&doc, 7)).volume.as_deref(), Some("下"));
    // `史尚寬，前揭書，下冊` and `上冊`: the volume named says which.
    assert_eq!(only(&doc, 15).reference, only(&doc, 7).reference);
    assert_eq!(only(&doc, 16).reference, only(&doc, 3).reference);
}

#[test]
fn a_decision_with_its_day_in_brackets() {
    let (_, doc) = run(PAPER);
    // (note, kind of decision, docket, day)
    let cases = [
        (8, "民事判決", "101年度台上字第1234號", [2012, 7, 5]),
        (9, "判決", "103年度台上字第567號", [2014, 3, 20]),
    ];
    for (n, kind, docket, day) in cases {
        let f = work(&doc, only(&doc, n));
        assert_eq!(f.kind, "legal_case", "note {n}");
        assert_eq!(f.publisher.as_deref(), Some("最高法院"), "note {n}");
        assert_eq!(f.genre.as_deref(), Some(kind), "note {n}");
        assert_eq!(f.number.as_deref(), Some(docket), "note {n}");
        let issued = f.issued.as_ref().unwrap();
        assert_eq!(issued.date_parts, [day.to_vec()], "note {n}");
    }
    // Without a day, the year of the docket.
    let f = work(&doc, only(&doc, 10));
    assert_eq!(f.number.as_deref(), Some("98年度台抗字第89號"));
    assert_eq!(f.year(), Some(2009));
}

#[test]
fn a_conjunction_in_a_title_joins_no_authors() {
    let (_, doc) = run(PAPER);
    // (note, author, title, year, page)
    let cases = [
        (4, ("Kötz", "Hein"), "Trust und Treuhand", 1963, "12"),
        (
            5,
            ("Coing", "Helmut"),
            "Die Treuhand kraft privaten Rechtsgeschäfts",
            1973,
            "85",
        ),
        (
            17,
            ("Larenz", "Karl"),
            "Methodenlehre der Rechtswissenschaft",
            1991,
            "210",
        ),
    ];
    for (n, author, title, year, page) in cases {
        let c = only(&doc, n);
        let f = work(&doc, c);
        assert_eq!(authors(f), [author], "note {n}");
        assert_eq!(f.title.as_deref(), Some(title), "note {n}");
        assert_eq!(f.year(), Some(year), "note {n}");
        assert_eq!(
            c.locator.as_ref().map(|l| l.value.as_str()),
            Some(page),
            "note {n}"
        );
    }
}

#[test]
fn no_finding() {
    let (source, doc) = run(PAPER);
    let found = findings(&source, &doc);
    assert!(found.is_empty(), "{found:?}");
}
