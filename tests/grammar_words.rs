#[path = "papers_support/mod.rs"]
mod papers_support;

// Words that the grammars hold, seen in what a reader of a note gets: the
// McGill Guide's pinpoint and statute words, the kinds of Chinese and
// Taiwanese decisions, month words that start a word, and Japanese family
// names of two kanji. Expected values were written by reading the notes.

use papers_support::{authors, only, paper_of_notes};

/// The label and value of note `n`'s one citation's pinpoint.
fn pin(doc: &opcit::model::Document, n: u32) -> Option<(String, String)> {
    only(doc, n)
        .locator
        .as_ref()
        .map(|l| (l.label.clone(), l.value.clone()))
}

/// The McGill Guide's pinpoints (`at para 5`, `at 138`, French `au para
/// 12`, `à la p 138`) and statutes (`c C-46, s 718`), read with the
/// grammars' `case_pinpoint`, `case_paragraph`, `case_page`,
/// `statute_chapter` and `statute_provisions`.
#[test]
fn mcgill_pinpoints_and_statutes() {
    let doc = paper_of_notes(
        "Text",
        &[
            "Vriend v Alberta, [1998] 1 SCR 493 at para 5.",
            "R v Oakes, [1986] 1 SCR 103 at 138, 26 DLR (4th) 200 [Oakes].",
            "Chaoulli c Québec (Procureur général), [2005] 1 RCS 791 au para 12.",
            "Roncarelli c Duplessis, [1959] RCS 121 à la p 140.",
            "Criminal Code, RSC 1985, c C-46, s 718.",
            "Code civil du Québec, RLRQ c CCQ-1991, art 1457.",
        ],
    );
    let para = |v: &str| Some(("paragraph".to_string(), v.to_string()));
    let page = |v: &str| Some(("page".to_string(), v.to_string()));
    assert_eq!(pin(&doc, 1), para("5"));
    assert_eq!(pin(&doc, 2), page("138"));
    assert_eq!(pin(&doc, 3), para("12"));
    assert_eq!(pin(&doc, 4), page("140"));
    for n in 1..=4 {
        let f = only(&doc, n).fields.as_deref().unwrap();
        assert_eq!(f.kind, "legal_case", "note {n}");
    }
    let f = only(&doc, 5).fields.as_deref().unwrap();
    assert_eq!(
        (f.kind.as_str(), f.title.as_deref(), f.number.as_deref()),
        ("legislation", Some("Criminal Code"), Some("C-46"))
    );
    assert_eq!(pin(&doc, 5), Some(("section".into(), "s 718".into())));
    let f = only(&doc, 6).fields.as_deref().unwrap();
    assert_eq!(
        (f.container_title.as_deref(), f.number.as_deref()),
        (Some("RLRQ"), Some("CCQ-1991"))
    );
    assert_eq!(pin(&doc, 6), Some(("section".into(), "art 1457".into())));
}

/// Taiwanese decisions by court, docket and the kind of decision (the
/// grammars' `decision_kinds`) and Chinese ones by docket and the kind of
/// document (`decision_documents`): the court is the publisher, the docket
/// the number, the kind the genre; a docket followed by other words is no
/// decision of that form.
#[test]
fn decisions_by_docket_and_kind() {
    let doc = paper_of_notes(
        "本文",
        &[
            "最高法院101年度台上字第1234號民事判決，頁5。",
            "臺灣高等法院臺南分院98年度上字第56號判決。",
            "最高人民法院（2015）民一终字第123号民事判决书。",
        ],
    );
    let f = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(f.kind, "legal_case");
    assert_eq!(f.publisher.as_deref(), Some("最高法院"));
    assert_eq!(f.number.as_deref(), Some("101年度台上字第1234號"));
    assert_eq!(f.genre.as_deref(), Some("民事判決"));
    assert_eq!(f.issued.as_ref().and_then(|d| d.year()), Some(2012));
    assert_eq!(pin(&doc, 1), Some(("page".into(), "5".into())));
    let f = only(&doc, 2).fields.as_deref().unwrap();
    assert_eq!(f.publisher.as_deref(), Some("臺灣高等法院臺南分院"));
    assert_eq!(f.genre.as_deref(), Some("判決"));
    assert_eq!(f.issued.as_ref().and_then(|d| d.year()), Some(2009));
    let f = only(&doc, 3).fields.as_deref().unwrap();
    assert_eq!(f.publisher.as_deref(), Some("最高人民法院"));
    assert_eq!(f.number.as_deref(), Some("（2015）民一终字第123号"));
    assert_eq!(f.genre.as_deref(), Some("民事判决书"));
}

/// Romanian month abbreviations (`ian.`, `mart.`) date a note, and are no
/// part of the publisher's town before them; the same letters inside a
/// word (`ian` of `shudian`) are no month, and the year after the word is
/// still the year.
#[test]
fn romanian_month_abbreviations_and_months_inside_words() {
    let doc = paper_of_notes(
        "Text",
        &[
            "C. Bîrsan, „Dreptul la viață”, Curierul judiciar nr. 1, ian. 2010, p. 12.",
            "M. Ionescu, „Noul Cod civil”, Pandectele Române nr. 3, mart. 2011, p. 5.",
            "Wang Hui, Xiandai Zhongguo sixiang de xingqi (Beijing: Sanlian shudian, 2004), 34.",
            "I. Popescu, Tratat de drept civil, Ed. Hamangiu, București, ian. 2010, p. 45.",
        ],
    );
    let date = |n: u32| {
        only(&doc, n)
            .fields
            .as_deref()
            .and_then(|f| f.issued.as_ref())
            .map(|d| d.date_parts[0].clone())
    };
    assert_eq!(date(1), Some(vec![2010, 1]));
    assert_eq!(date(2), Some(vec![2011, 3]));
    assert_eq!(date(3), Some(vec![2004]));
    let f = only(&doc, 4).fields.as_deref().unwrap();
    assert_eq!(
        (f.publisher.as_deref(), f.publisher_place.as_deref()),
        (Some("Ed. Hamangiu"), Some("București"))
    );
    assert_eq!(date(4), Some(vec![2010, 1]));
}

/// Japanese family names of two kanji (`西尾`, `石田`, `藤原`) are read
/// whole before a one-character given name.
#[test]
fn japanese_family_names_of_two_kanji() {
    let doc = paper_of_notes(
        "本文",
        &[
            "西尾勝『行政学〔新版〕』（有斐閣、2001年）45頁。",
            "石田雄『日本の政治と言葉』（創文社、1989年）12頁。",
            "藤原保『民法講義』（弘文堂、1985年）10頁。",
        ],
    );
    let names = |n: u32| {
        let c = only(&doc, n);
        authors(c.fields.as_deref().unwrap())
            .into_iter()
            .map(|(f, g)| (f.to_string(), g.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(names(1), [("西尾".to_string(), "勝".to_string())]);
    assert_eq!(names(2), [("石田".to_string(), "雄".to_string())]);
    assert_eq!(names(3), [("藤原".to_string(), "保".to_string())]);
}

/// Cases brought in a matter, not between parties, read with the
/// grammars' `case_matter` words in the three forms of cases: the US
/// reports (`In re Gault`), the law reports (`Re B (A Minor)`) and the
/// McGill Guide (`Reference re Secession of Quebec`, French `Renvoi relatif
/// à`). Short forms of them link.
#[test]
fn cases_brought_in_a_matter() {
    let doc = paper_of_notes(
        "Text",
        &[
            "In re Gault, 387 U.S. 1, 30 (1967).",
            "Re B (A Minor) [1990] 1 AC 1 (HL) 5.",
            "Reference re Secession of Quebec, [1998] 2 SCR 217 at para 32 [Secession Reference].",
            "Renvoi relatif à la sécession du Québec, [1998] 2 RCS 217 au para 40.",
            "Ex parte Milligan, 71 U.S. 2, 120 (1866).",
            "Gault, 387 U.S. at 33.",
            "Secession Reference, supra note 3 at para 44.",
        ],
    );
    let case = |n: u32| {
        let c = only(&doc, n);
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.kind, "legal_case", "note {n}");
        (
            f.title.clone().unwrap(),
            f.container_title.clone().unwrap(),
            f.volume.clone(),
            f.page.clone(),
            c.locator
                .as_ref()
                .map(|l| (l.label.clone(), l.value.clone())),
        )
    };
    let s = |v: &str| Some(v.to_string());
    let at = |label: &str, v: &str| Some((label.to_string(), v.to_string()));
    assert_eq!(
        case(1),
        (
            "In re Gault".into(),
            "U.S.".into(),
            s("387"),
            s("1"),
            at("page", "30")
        )
    );
    assert_eq!(
        case(2),
        (
            "Re B (A Minor)".into(),
            "AC".into(),
            s("1"),
            s("1"),
            at("page", "5")
        )
    );
    assert_eq!(
        case(3),
        (
            "Reference re Secession of Quebec".into(),
            "SCR".into(),
            s("2"),
            s("217"),
            at("paragraph", "32")
        )
    );
    assert_eq!(
        case(4).0,
        "Renvoi relatif à la sécession du Québec",
        "the French matter"
    );
    assert_eq!(case(5).0, "Ex parte Milligan");
    // `Gault, 387 U.S. at 33` is the case of note 1; the defined short
    // name `Secession Reference` the case of note 3.
    let target = |n: u32| {
        let c = only(&doc, n);
        assert_eq!(
            c.status,
            Some(opcit::model::Status::Resolved),
            "note {n}: {c:#?}"
        );
        c.reference.clone()
    };
    assert_eq!(target(6), only(&doc, 1).reference);
    assert_eq!(target(7), only(&doc, 3).reference);
}

/// A word of a matter opens no case where the rest is no case: prose, or
/// a title with no report after it.
#[test]
fn a_matter_word_alone_makes_no_case() {
    let doc = paper_of_notes(
        "Text",
        &[
            "Re the question of secession, see the debates of 1998.",
            "Jane Doe, Reference Works in Law (Oxford: Clarendon, 2001), 12.",
        ],
    );
    for n in 1..=2 {
        for c in papers_support::in_note(&doc, n) {
            let kind = c.fields.as_deref().map(|f| f.kind.as_str());
            assert_ne!(kind, Some("legal_case"), "note {n}: {c:#?}");
        }
    }
}
