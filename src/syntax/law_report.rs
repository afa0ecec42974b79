//! Cases and statutes cited as the law reports and short titles of the
//! United Kingdom, Ireland and the Commonwealth cite them (OSCOLA, AGLC).
//!
//! ```text
//! R v Secretary of State for the Home Department, ex p Simms [2000] 2 AC 115 (HL) 131.
//! R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61 [82].
//! Donoghue v Stevenson [1932] AC 562 (HL)
//! Human Rights Act 1998, s 3(1).
//! ```
//!
//! A case is its parties joined by `v` (no period, or one), then one or more
//! reports: a year in square brackets (the year is the volume) or in round
//! ones (the year the case was decided), a volume, the report's
//! abbreviation and its first page, or a neutral citation of the same shape
//! (`[2017] UKSC 5`). The court may follow in round brackets, a pinpoint
//! (a page, a paragraph in square brackets, `para 41`) after that, and a
//! judge's name in brackets last. A statute is its short title, ending in a
//! word of the grammars' `statutes` and its year, and a provision after a
//! comma (`s 3(1)`, `sch 2`). Both are read whole or not at all: this
//! module never looks past the item it is given.

use crate::grammar::Grammar;
use crate::model::{CslDate, CslItem, Locator};
use regex::Regex;
use std::sync::LazyLock;

/// A case in the form of the law reports: parties with ` v ` between them
/// (no `[`, `]` or `;` in them), the first report (year in brackets,
/// volume, abbreviation, page), more reports after commas, the court in
/// brackets, a pinpoint and a bracket naming a judge. A parallel report
/// after a comma may leave out its year (`(1854) 9 Exch 341, 156 ER 145`); AGLC
/// joins parallel reports by a semicolon (`[2002] HCA 28; (2002) 213 CLR
/// 1`). The parties may end with the case's number in square brackets
/// (`Mabo v Queensland [No 2]`); a page may come with a paragraph after it
/// (`361 [40]`), and the bracket last may define the case's short name
/// (`('Mabo')`). The parties' run is unbounded: [`case`] checks its length.
static CASE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(&format!(
        r"^(?P<name>\p{{Lu}}[^;\[\]]*? v\.? [^;\[\]]+?(?: \[No [0-9]{{1,2}}\])?){CASE_REPORTS}"
    ))
});

/// [`CASE`] for a case brought in a matter ([`LawWords::opens_matter`]:
/// `Re B (A Minor) [1990] 1 AC 1`, `Ex parte Pinochet [2000] 1 AC 147`):
/// its name needs no ` v ` between parties.
static CASE_MATTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(&format!(
        r"^(?P<name>\p{{Lu}}[^;\[\]]+?(?: \[No [0-9]{{1,2}}\])?){CASE_REPORTS}"
    ))
});

/// What follows the name in [`CASE`] and [`CASE_MATTER`]: the reports, the
/// court, the pinpoint and a judge's bracket.
const CASE_REPORTS: &str = r",? (?P<open>[\[(])(?P<year>[0-9]{4})[\])] (?:(?P<vol>[0-9]{1,3}) )?(?P<rep>[A-Z][A-Za-z]{0,9}(?: (?:&|[A-Z][A-Za-z]{0,6}))*) (?P<page>[0-9]{1,5})(?P<more>(?:[,;] (?:[\[(][0-9]{4}[\])] )?(?:[0-9]{1,3} )?[A-Z][A-Za-z]{0,9}(?: (?:&|[A-Z][A-Za-z]{0,6}))* [0-9]{1,5})*)(?: \((?P<court>[A-Z][A-Za-z]{0,5}(?: [A-Z][A-Za-z]{0,5})?)\))?(?:,? (?P<pin>[0-9]{1,5}(?:[-–][0-9]{1,5})?(?: \[[0-9]{1,4}\](?:[-–]\[[0-9]{1,4}\])?)?|\[[0-9]{1,4}\](?:[-–]\[[0-9]{1,4}\])?|paras? [0-9]{1,4}(?:[-–][0-9]{1,4})?))?(?: \([^()]{1,60}\))?(?:\.?$|(?P<prose>,? \p{Ll}))";

/// The words of cases and statutes cited as the McGill Guide, AGLC and
/// OSCOLA cite them, from the grammars, and the patterns made of them
/// ([`LawPatterns`]), compiled at their first use: most papers cite no
/// case or statute of those forms.
#[derive(Debug, Clone, Default)]
pub struct LawWords {
    /// Words before a case's pinpoint ([`crate::grammar::Locators::case_pinpoint`]).
    pinpoint: Vec<String>,
    /// Words of a page in a pinpoint ([`crate::grammar::Locators::case_page`]).
    page: Vec<String>,
    /// Words of paragraphs in a pinpoint ([`crate::grammar::Locators::case_paragraph`]).
    paragraph: Vec<String>,
    /// Words before a statute's chapter ([`crate::grammar::Signals::statute_chapter`]).
    chapter: Vec<String>,
    /// Words of a statute's provision ([`crate::grammar::Signals::statute_provisions`]).
    provisions: Vec<String>,
    /// Words that open a case's name without two parties
    /// ([`crate::grammar::Signals::case_matter`]).
    matter: Vec<String>,
    /// The patterns, each compiled at its own first use: a paper that
    /// cites no constitution never pays for the case's pattern.
    patterns: LawPatterns,
}

/// The patterns of [`LawWords`]: a case and a statute of the McGill Guide
/// ([`LawPatterns::case`], [`LawPatterns::statute`]), a statute by its short
/// title ([`LawPatterns::act`]) and a constitution's provision
/// ([`LawPatterns::constitution_provision`]).
#[derive(Debug, Clone, Default)]
struct LawPatterns {
    /// A case as the McGill Guide cites it: the parties (` v `, or ` c `
    /// in French) or a matter's name after a [`LawWords::matter`] word
    /// (`Reference re Secession of Quebec`), a comma, the first report (`[1986] 1 SCR 103`) or a
    /// medium-neutral citation with its year unbracketed (`2015 SCC 5`), a
    /// pinpoint after a [`LawWords::pinpoint`] word (`at 138`, `at para
    /// 66`, `à la p 138`), parallel reports after commas, each with its
    /// series in brackets (`26 DLR (4th) 200`), and the short name the
    /// paper gives it in square brackets last (`[Oakes]`). The parties'
    /// run is unbounded: [`case`] checks its length.
    case: std::sync::OnceLock<Option<Regex>>,
    /// A statute as the McGill Guide cites it: its title, a comma, the
    /// statute book and year or the year alone, and the chapter after a
    /// [`LawWords::chapter`] word (`Criminal Code, RSC 1985, c C-46`,
    /// `Code civil du Québec, CQLR c CCQ-1991`), a provision after the
    /// chapter or right after the title (`Canadian Charter of Rights and
    /// Freedoms, s 7, Part I of the Constitution Act, 1982, being Schedule
    /// B to the Canada Act 1982 (UK), 1982, c 11`: where the statute is
    /// printed comes between), and the short name the paper gives it in
    /// square brackets last (`[Charter]`). The runs of the title and of
    /// where it is printed are unbounded: [`mcgill_statute`] checks the
    /// item's length.
    statute: std::sync::OnceLock<Option<Regex>>,
    /// A statute by its short title, its year and a provision after a
    /// [`LawWords::provisions`] word: `Human Rights Act 1998, s 3(1)`,
    /// `European Communities Act 1972, sch 2`, `Constitutional Reform Act
    /// 2005, ss 1-3`, and as AGLC writes it, with the jurisdiction and no
    /// comma, `Native Title Act 1993 (Cth) s 223(1)(a)`. The title's words
    /// are checked in code ([`act`]).
    act: std::sync::OnceLock<Option<Regex>>,
    /// A provision ending an item after a space, its word one of
    /// [`LawWords::provisions`]: `s 51(xxxi)`, `ss 7-24`, `ch III`, `sch 1`.
    constitution_provision: std::sync::OnceLock<Option<Regex>>,
}

impl LawWords {
    /// The words, as the grammars write them; no pattern is compiled yet.
    pub fn new(
        pinpoint: &[String],
        page: &[String],
        paragraph: &[String],
        chapter: &[String],
        provisions: &[String],
        matter: &[String],
    ) -> LawWords {
        let clean = |w: &[String]| -> Vec<String> {
            w.iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        };
        LawWords {
            pinpoint: clean(pinpoint),
            page: clean(page),
            paragraph: clean(paragraph),
            chapter: clean(chapter),
            provisions: clean(provisions),
            matter: clean(matter),
            patterns: LawPatterns::default(),
        }
    }

    /// Whether `item` has a pinpoint word between spaces (` at `, ` au `):
    /// the cheap test before the case's pattern.
    fn has_pinpoint_word(&self, item: &str) -> bool {
        self.pinpoint.iter().any(|w| {
            item.match_indices(w.as_str())
                .any(|(i, _)| item[..i].ends_with(' ') && item[i + w.len()..].starts_with(' '))
        })
    }

    /// Whether `item` opens with a word of a case brought in a matter
    /// (`In re Gault`, `Re B (A Minor)`, `Reference re Secession of
    /// Quebec`, `Ex parte Pinochet`, `Renvoi relatif à la sécession du
    /// Québec`) and a letter after a space: such a case's name has no ` v `
    /// between parties.
    pub fn opens_matter(&self, item: &str) -> bool {
        // Cheap test first: the word's first two bytes.
        let head = |s: &str| (s.as_bytes().first().copied(), s.as_bytes().get(1).copied());
        let opening = head(item);
        self.matter.iter().any(|w| {
            (head(w) == opening)
                .then_some(())
                .and_then(|()| item.strip_prefix(w.as_str()))
                .and_then(|rest| rest.strip_prefix(' '))
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphabetic)
        })
    }

    /// Whether `item` has a chapter word between spaces (` c `): the cheap
    /// test before the statute's pattern.
    fn has_chapter_word(&self, item: &str) -> bool {
        self.chapter.iter().any(|w| {
            item.match_indices(w.as_str())
                .any(|(i, _)| item[..i].ends_with(' ') && item[i + w.len()..].starts_with(' '))
        })
    }

    /// The pattern of a McGill case ([`LawPatterns::case`]), compiled at
    /// the first call; `None` if it does not compile.
    fn case_pattern(&self) -> Option<&Regex> {
        compiled(&self.patterns.case, || {
            let pinpoint = alternation(&self.pinpoint);
            let page = alternation(&self.page);
            let paragraph = alternation(&self.paragraph);
            let matter = alternation(&self.matter);
            format!(
                r"^(?P<name>\p{{Lu}}[^;\[\]]*? [vc] [^;\[\]]+?|(?:{matter}) [^;\[\]]+?), (?:(?P<open>[\[(])(?P<year>[0-9]{{4}})[\])] (?:(?P<vol>[0-9]{{1,3}}) )?(?P<rep>[A-Z][A-Za-z]{{0,9}}(?: (?:&|[A-Z][A-Za-z]{{0,6}}))*)(?: \([0-9]{{1,2}}[a-z]{{1,2}}\))?|(?P<nyear>[0-9]{{4}}) (?P<court>[A-Z][A-Za-z]{{1,7}}(?: [A-Z][a-z]{{2,4}})?)) (?P<page>[0-9]{{1,5}})(?: (?:{pinpoint}) (?:(?P<para>{paragraph}) |(?:{page}) )?(?P<pin>[0-9]{{1,5}}(?:[-–][0-9]{{1,5}})?))?(?P<more>(?:, (?:[\[(][0-9]{{4}}[\])] )?(?:[0-9]{{1,3}} )?[A-Z][A-Za-z]{{0,9}}(?: (?:&|[A-Z][A-Za-z]{{0,6}}))*(?: \([0-9]{{1,2}}[a-z]{{1,2}}\))? [0-9]{{1,5}})*)(?: \[[^\[\]0-9]+\])?\.?$"
            )
        })
    }

    /// The pattern of a McGill statute ([`LawPatterns::statute`]).
    fn statute_pattern(&self) -> Option<&Regex> {
        compiled(&self.patterns.statute, || {
            let chapter = alternation(&self.chapter);
            let provisions = alternation(&self.provisions);
            format!(
                r"^(?P<title>\p{{Lu}}[^,\[\]]*?)(?:, (?P<prov1>(?:{provisions}) [0-9]{{1,4}}[A-Za-z]{{0,3}}(?:\([0-9a-z]{{1,5}}\)){{0,4}}))?, (?:(?P<printed>[^\[\]]*?), )?(?P<book>[A-Z][A-Za-z]{{1,5}}(?: [0-9]{{4}})?|[0-9]{{4}}),? (?:{chapter}) (?P<chap>[0-9A-Z][0-9A-Za-z\-]{{0,11}})(?:, (?P<prov2>(?:{provisions}) [0-9IVX]{{1,4}}[A-Za-z]{{0,3}}(?:\([0-9a-z]{{1,5}}\)){{0,4}}(?:[-–][0-9]{{1,4}}[A-Za-z]{{0,2}})?))?(?: \[[^\[\]0-9]+\])?\.?$"
            )
        })
    }

    /// The pattern of a statute by its short title ([`LawPatterns::act`]).
    fn act_pattern(&self) -> Option<&Regex> {
        compiled(&self.patterns.act, || {
            let provisions = alternation(&self.provisions);
            format!(
                r"^(?P<title>\p{{Lu}}[\p{{L}}'’ ()\-]*?) (?P<year>[0-9]{{4}})(?: \((?P<juris>[A-Z][A-Za-z]{{0,5}})\))?(?:,? (?P<prov>(?:{provisions}) [0-9]{{1,4}}[A-Z]{{0,2}}(?:\([0-9a-z]{{1,5}}\)){{0,4}}(?:[-–][0-9]{{1,4}}[A-Z]{{0,2}})?(?: and [0-9]{{1,4}}[A-Z]{{0,2}}(?:\([0-9a-z]{{1,4}}\)){{0,4}})?))?\.?$"
            )
        })
    }

    /// The pattern of a constitution's provision
    /// ([`LawPatterns::constitution_provision`]).
    fn constitution_pattern(&self) -> Option<&Regex> {
        compiled(&self.patterns.constitution_provision, || {
            let provisions = alternation(&self.provisions);
            format!(
                r" (?:{provisions}) (?:[0-9]{{1,4}}[A-Z]{{0,2}}|[IVX]{{1,6}})(?:\([0-9a-z]{{1,5}}\)){{0,4}}(?:[-–][0-9]{{1,4}}[A-Z]{{0,2}})?$"
            )
        })
    }
}

/// The pattern in `cell`, compiled from `pattern` at the first call;
/// `None` if it does not compile.
fn compiled(
    cell: &std::sync::OnceLock<Option<Regex>>,
    pattern: impl FnOnce() -> String,
) -> Option<&Regex> {
    cell.get_or_init(|| Regex::new(&pattern()).ok()).as_ref()
}

/// The words as a regex alternation, escaped, the longest first (so that
/// `paras` is not cut short by `para`); a class that matches nothing when
/// there are none.
fn alternation(words: &[String]) -> String {
    let mut v: Vec<&str> = words.iter().map(String::as_str).collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v.dedup();
    if v.is_empty() {
        return r"[^\x00-\x{10FFFF}]".to_string();
    }
    v.iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// A case cited in the form of the law reports, with the pinpoint after
/// its reports: the case's name is the title, the first report its
/// container, volume and first page, the first year its date, the court
/// its publisher. The case is the whole item.
pub fn case(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    case_before_prose(item, g)
        .filter(|(_, _, end)| item[*end..].trim_matches(['.', ' ']).is_empty())
        .map(|(fields, pin, _)| (fields, pin))
}

/// [`case`] where prose in lowercase may follow the case in its note
/// (`See also Donoghue v Stevenson [1932] AC 562 (HL) 580 for the older
/// use of the principle.`): the case, its pinpoint, and where the case
/// ends in `item`.
pub fn case_before_prose(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>, usize)> {
    // Cheap tests first: most items have no ` v `, open with no word of a
    // matter, and have no report's year.
    let matter = g.law_words.opens_matter(item.trim_start());
    if item.len() > 600
        || !(matter || item.contains(" v ") || item.contains(" v. ") || item.contains(" c "))
    {
        return None;
    }
    let lead = item.len() - item.trim_start().len();
    let item = item.trim();
    if let Some(found) = mcgill_case(item, g) {
        return Some((found.0, found.1, lead + item.len()));
    }
    if !item.contains(['[', '(']) {
        return None;
    }
    // A case wrapped over lines (`(2002) 214 CLR 422, 444` / `[46]`, the
    // line's indent left as spaces) is read with each run of white space
    // as one space; it then ends the item, no prose after it.
    let wrapped = item.contains(['\n', '\r']) || item.contains("  ");
    let joined = if wrapped {
        std::borrow::Cow::Owned(item.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        std::borrow::Cow::Borrowed(item)
    };
    let pattern: &Regex = if matter { &CASE_MATTER } else { &CASE };
    let c = crate::re::captures(pattern, &joined)?;
    if wrapped && c.name("prose").is_some() {
        return None;
    }
    let end = lead + c.name("prose").map_or(item.len(), |p| p.start());
    let name = c.name("name")?.as_str().trim();
    // A name of at most 200 characters, and no sentence in it: a period
    // ends a sentence unless it closes an abbreviation (`Ltd.`, `v.`).
    if name.chars().nth(200).is_some() || name.contains(". ") && !abbreviated_periods(name) {
        return None;
    }
    let get = |n: &str| c.name(n).map(|m| m.as_str().to_string());
    let year: i32 = c.name("year")?.as_str().parse().ok()?;
    let mut item = CslItem {
        kind: "legal_case".into(),
        title: Some(name.to_string()),
        container_title: get("rep"),
        volume: get("vol"),
        page: get("page"),
        publisher: get("court"),
        issued: Some(CslDate::new(year, None, None, get("year"))),
        ..Default::default()
    };
    let neutral = c.name("open").is_some_and(|m| m.as_str() == "[")
        && item.volume.is_none()
        && item
            .container_title
            .as_deref()
            .is_some_and(|r| g.neutral_courts.iter().any(|w| w == r));
    if neutral {
        neutral_citation(&mut item, c.name("more").map_or("", |m| m.as_str()));
    }
    let pin = c.name("pin").map(|m| {
        let v = m.as_str();
        match v.strip_prefix("paras ").or_else(|| v.strip_prefix("para ")) {
            Some(n) => Locator {
                label: "paragraph".into(),
                value: n.to_string(),
                ..Default::default()
            },
            None if v.starts_with('[') => Locator {
                label: "paragraph".into(),
                value: v.to_string(),
                ..Default::default()
            },
            // `361 [40]`: the page, then the paragraph on it.
            None => Locator {
                label: "page".into(),
                value: v.split(" [").next().unwrap_or(v).to_string(),
                ..Default::default()
            },
        }
    });
    Some((item, pin, end))
}

/// [`LawPatterns::case`] read into a case and its pinpoint: the whole item,
/// its white space read as single spaces. A medium-neutral citation
/// (`2015 SCC 5`, `[2013] HCA 33`) is read as [`neutral_citation`] says.
fn mcgill_case(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    // Cheap test first: the comma after the parties and a pinpoint word,
    // a second report or a short name of the McGill form.
    if !(item.contains(", ")
        && (g.law_words.has_pinpoint_word(item)
            || item.ends_with(']')
            || item
                .trim_end_matches('.')
                .ends_with(|c: char| c.is_ascii_digit())))
    {
        return None;
    }
    let joined = item.split_whitespace().collect::<Vec<_>>().join(" ");
    let c = crate::re::captures(g.law_words.case_pattern()?, &joined)?;
    let name = c.name("name")?.as_str().trim();
    if name.chars().nth(200).is_some() || name.contains(". ") && !abbreviated_periods(name) {
        return None;
    }
    let get = |n: &str| c.name(n).map(|m| m.as_str().to_string());
    let year_m = c.name("year").or_else(|| c.name("nyear"))?;
    let year: i32 = year_m.as_str().parse().ok()?;
    let mut fields = CslItem {
        kind: "legal_case".into(),
        title: Some(name.to_string()),
        container_title: get("rep").or_else(|| get("court")),
        volume: get("vol"),
        page: get("page"),
        issued: Some(CslDate::new(
            year,
            None,
            None,
            Some(year_m.as_str().to_string()),
        )),
        ..Default::default()
    };
    let court = fields.container_title.as_deref().unwrap_or("");
    let listed = g.neutral_courts.iter().any(|w| w == court);
    match c.name("nyear") {
        // `2015 SCC 5`: only a court's neutral citation has its year bare.
        Some(_) if !listed => return None,
        Some(_) => neutral_citation(&mut fields, c.name("more").map_or("", |m| m.as_str())),
        None if listed && fields.volume.is_none() => {
            neutral_citation(&mut fields, c.name("more").map_or("", |m| m.as_str()))
        }
        None => {}
    }
    let pin = c.name("pin").map(|m| Locator {
        label: if c.name("para").is_some() {
            "paragraph"
        } else {
            "page"
        }
        .into(),
        value: m.as_str().to_string(),
        ..Default::default()
    });
    Some((fields, pin))
}

/// The first parallel report after a case's first one: `; (2013) 250 CLR
/// 209`, `, [2018] AC 61`: its volume, abbreviation and first page.
static PARALLEL_REPORT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^[,;] (?:[\[(][0-9]{4}[\])] )?(?:(?P<vol>[0-9]{1,3}) )?(?P<rep>[A-Z][A-Za-z]{0,9}(?: (?:&|[A-Z][A-Za-z]{0,6}))*)(?: \([0-9]{1,2}[a-z]{1,2}\))? (?P<page>[0-9]{1,5})",
    )
});

/// A medium-neutral citation read as the case's first report (`[1992]
/// HCA 23`, `[2017] UKSC 5`, `[2001] EWCA Civ 1234`: a court of the
/// grammars' `neutral_courts` where a report's abbreviation stands, and
/// no volume) names the court and the decision's number, not a report
/// and a page: the court becomes the publisher, the number the number,
/// and the report, volume and first page are the first parallel report's
/// in `more` (`; (2013) 250 CLR 209`), or none.
fn neutral_citation(item: &mut CslItem, more: &str) {
    let court = item.container_title.take();
    item.number = item.page.take();
    item.publisher = match (court, item.publisher.take()) {
        // `[2005] EWHC 1234 (Admin)`: the court's division in brackets.
        (Some(c), Some(division)) => Some(format!("{c} ({division})")),
        (c, d) => c.or(d),
    };
    if let Some(p) = crate::re::captures(&PARALLEL_REPORT, more) {
        let get = |n: &str| p.name(n).map(|m| m.as_str().to_string());
        item.container_title = get("rep");
        item.volume = get("vol");
        item.page = get("page");
    }
}

/// Whether every `. ` in a case's name follows an abbreviation of one to
/// four letters (`Ltd. v`, `Co. Ltd`, `Inc. v`), as no sentence's end does.
fn abbreviated_periods(name: &str) -> bool {
    name.match_indices(". ").all(|(i, _)| {
        let word = name[..i].rsplit(' ').next().unwrap_or("");
        (1..=4).contains(&word.chars().count()) && word.chars().all(char::is_alphabetic)
    })
}

/// A statute cited by its short title and year, with a provision after a
/// comma: a `legislation` work titled with the short title and year (as
/// the title is written), its provision the pinpoint. The title's last
/// word before the year is a word of the grammars' `statutes` (`Act`).
pub fn act(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    if item.len() > 200 || g.statutes.is_empty() || !statute_word_before_year(item, g) {
        return None;
    }
    let item = item.trim();
    let c = crate::re::captures(g.law_words.act_pattern()?, item)?;
    let title = c.name("title")?.as_str();
    let last = title.rsplit(' ').next()?;
    if !g.statutes.iter().any(|w| w == last) {
        return None;
    }
    let year_m = c.name("year")?;
    let year: i32 = year_m.as_str().parse().ok()?;
    if !crate::grammar::is_year(year_m.as_str()) {
        return None;
    }
    let fields = CslItem {
        kind: "legislation".into(),
        title: Some(item[..year_m.end()].to_string()),
        issued: Some(CslDate::new(year, None, None, Some(year_m.as_str().into()))),
        ..Default::default()
    };
    let pin = c.name("prov").map(|m| Locator {
        label: "section".into(),
        value: m.as_str().to_string(),
        ..Default::default()
    });
    Some((fields, pin))
}

/// [`LawPatterns::statute`] read into a `legislation` work: the title
/// is the statute's title, the statute book its container (`RSC`,
/// `CQLR`), the year its date, the chapter its number (`C-46`); the
/// provision the pinpoint.
pub fn mcgill_statute(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    // Cheap test first: the chapter's word after a comma or a book.
    if item.len() > 300 || !g.law_words.has_chapter_word(item) {
        return None;
    }
    let joined = item.split_whitespace().collect::<Vec<_>>().join(" ");
    let c = crate::re::captures(g.law_words.statute_pattern()?, &joined)?;
    let title = c.name("title")?.as_str();
    if title.split(' ').count() > 12 {
        return None;
    }
    let book = c.name("book")?.as_str();
    let (container, year) = match book.split_once(' ') {
        Some((b, y)) => (Some(b), Some(y)),
        None if book.bytes().all(|b| b.is_ascii_digit()) => (None, Some(book)),
        None => (Some(book), None),
    };
    let issued = year.and_then(|y| {
        let n: i32 = y.parse().ok()?;
        Some(CslDate::new(n, None, None, Some(y.to_string())))
    });
    let fields = CslItem {
        kind: "legislation".into(),
        title: Some(title.to_string()),
        container_title: container.map(str::to_string),
        number: c.name("chap").map(|m| m.as_str().to_string()),
        issued,
        ..Default::default()
    };
    let pin = c
        .name("prov2")
        .or_else(|| c.name("prov1"))
        .map(|m| Locator {
            label: "section".into(),
            value: m.as_str().to_string(),
            ..Default::default()
        });
    Some((fields, pin))
}

/// A constitution cited by its name and a provision, without a year, as
/// AGLC cites it: `Australian Constitution s 51(xxxi)`, `Commonwealth
/// Constitution s 92`, or by its name alone in a list of legislation. The
/// name is one to four capitalised words, the last a word of the grammars'
/// `constitutions`, or that word first, then short lowercase words and the
/// state's name (`Constitution of the United States`, `Grundgesetz für die
/// Bundesrepublik Deutschland`); the provision as a statute's. A `legislation` work
/// titled with the name, its provision the pinpoint.
pub fn constitution(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    let item = item.trim().trim_end_matches('.');
    // Cheap test first: a constitution's word in the item at all.
    if item.len() > 80 || !g.constitutions.iter().any(|w| item.contains(w.as_str())) {
        return None;
    }
    let provision = g
        .law_words
        .constitution_pattern()
        .and_then(|p| p.find(item));
    let (name, prov) = match provision {
        Some(m) => (item[..m.start()].trim_end(), Some(item[m.start()..].trim())),
        None => (item, None),
    };
    let words: Vec<&str> = name.split(' ').collect();
    let last = words.last()?;
    let capital = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
    };
    let small = |w: &str| w.chars().count() <= 3 && w.chars().all(char::is_lowercase);
    let listed = |w: &str| g.constitutions.iter().any(|c| c == w);
    let named_last = words.len() <= 4 && words.iter().all(|w| capital(w)) && listed(last);
    // `Constitution of the United States`, `Grundgesetz für die
    // Bundesrepublik Deutschland`: the word first, then `of` and the state.
    let named_first = (3..=7).contains(&words.len())
        && listed(words[0])
        && small(words[1])
        && words[1..].iter().all(|w| capital(w) || small(w))
        && capital(last);
    if !named_last && !named_first {
        return None;
    }
    let fields = CslItem {
        kind: "legislation".into(),
        title: Some(name.to_string()),
        ..Default::default()
    };
    let pin = prov.map(|p| Locator {
        label: "section".into(),
        value: p.to_string(),
        ..Default::default()
    });
    Some((fields, pin))
}

/// Whether a word of the grammars' `statutes` stands in `item` before a
/// space and a digit (`Act 1998`): a cheap test before the pattern.
fn statute_word_before_year(item: &str, g: &Grammar) -> bool {
    g.statute_before_year
        .as_ref()
        .is_some_and(|re| re.is_match(item))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Title, report, volume, court and pinpoint of a case.
    type Read = (
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
    );

    fn read(s: &str) -> Option<Read> {
        let (f, pin) = case(s, &Grammar::builtin())?;
        Some((
            f.title?,
            f.container_title?,
            f.volume,
            f.publisher,
            pin.map(|p| format!("{} {}", p.label, p.value)),
        ))
    }

    #[test]
    fn cases_in_the_form_of_the_law_reports() {
        assert_eq!(
            read("R v Secretary of State for the Home Department, ex p Simms [2000] 2 AC 115 (HL) 131 (Lord Hoffmann)."),
            Some((
                "R v Secretary of State for the Home Department, ex p Simms".into(),
                "AC".into(),
                Some("2".into()),
                Some("HL".into()),
                Some("page 131".into())
            ))
        );
        assert_eq!(
            read("R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61 [82]."),
            Some((
                "R (Miller) v Secretary of State for Exiting the European Union".into(),
                "AC".into(),
                None,
                Some("UKSC".into()),
                Some("paragraph [82]".into())
            ))
        );
        assert_eq!(
            read("Donoghue v Stevenson [1932] AC 562 (HL)").map(|r| r.1),
            Some("AC".into())
        );
        assert_eq!(
            read("Hadley v Baxendale (1854) 9 Exch 341, 156 ER 145, 151.").map(|r| (r.1, r.4)),
            Some(("Exch".into(), Some("page 151".into())))
        );
        assert_eq!(
            read("Hadley v Baxendale (1854) 9 Exch 341, 156 ER 145.").map(|r| r.2),
            Some(Some("9".into()))
        );
        assert_eq!(
            read("R (Miller) v Prime Minister [2019] UKSC 41, [2020] AC 373 para 41.").map(|r| r.4),
            Some(Some("paragraph 41".into()))
        );
        // Prose with a `v` in it, a US case, a sentence before the parties.
        assert_eq!(
            read("See the discussion of Plan v [2000] in chapter 2."),
            None
        );
        assert_eq!(
            read("Brown v. Board of Education, 347 U.S. 483 (1954)."),
            None
        );
        assert_eq!(
            read("The court agreed. Smith v Jones [1990] 1 WLR 2."),
            None
        );
    }

    /// Cases as AGLC cites them: the case's number after the parties, a
    /// parallel report after a semicolon, a page and its paragraph, a
    /// short name defined in a bracket last, and a case wrapped over lines.
    #[test]
    fn cases_as_aglc_cites_them() {
        assert_eq!(
            read("Mabo v Queensland [No 2] (1992) 175 CLR 1 ('Mabo').").map(|r| (r.0, r.1)),
            Some(("Mabo v Queensland [No 2]".into(), "CLR".into()))
        );
        assert_eq!(
            read("Western Australia v Ward [2002] HCA 28; (2002) 213 CLR 1, 65 [88] ('Ward').")
                .map(|r| (r.1, r.4)),
            Some(("CLR".into(), Some("page 65".into())))
        );
        assert_eq!(
            read("Members of the Yorta Yorta Aboriginal Community v Victoria (2002) 214 CLR 422, 444\n     [46] ('Yorta Yorta').")
                .map(|r| (r.2, r.4)),
            Some((Some("214".into()), Some("page 444".into())))
        );
    }

    /// A medium-neutral citation names the court and its number for the
    /// decision, not a report and a page; the report is the parallel one.
    #[test]
    fn medium_neutral_citations_name_a_court_and_a_number() {
        let g = Grammar::builtin();
        let (f, pin) = case("Mabo v Queensland [No 2] [1992] HCA 23.", &g).unwrap();
        assert_eq!(f.publisher.as_deref(), Some("HCA"));
        assert_eq!(f.number.as_deref(), Some("23"));
        assert_eq!((f.container_title, f.page, pin), (None, None, None));
        let (f, pin) = case("Akiba v Commonwealth [2013] HCA 33, [45].", &g).unwrap();
        assert_eq!(f.number.as_deref(), Some("33"));
        assert_eq!(
            pin.map(|p| (p.label, p.value)),
            Some(("paragraph".into(), "[45]".into()))
        );
        let (f, _) = case(
            "Akiba v Commonwealth [2013] HCA 33; (2013) 250 CLR 209, 232 [44].",
            &g,
        )
        .unwrap();
        assert_eq!(
            (
                f.container_title.as_deref(),
                f.volume.as_deref(),
                f.page.as_deref()
            ),
            (Some("CLR"), Some("250"), Some("209"))
        );
        // A report cited by its year in square brackets stays a report.
        let (f, _) = case("Donoghue v Stevenson [1932] AC 562 (HL).", &g).unwrap();
        assert_eq!((f.container_title.as_deref(), f.number), (Some("AC"), None));
        let (f, _) = case("R v Smith [2001] EWCA Crim 12, [3].", &g).unwrap();
        assert_eq!(f.publisher.as_deref(), Some("EWCA Crim"));
    }

    /// Cases and statutes as the McGill Guide cites them.
    #[test]
    fn cases_and_statutes_as_the_mcgill_guide_cites_them() {
        let g = Grammar::builtin();
        let (f, pin) = case(
            "R v Oakes, [1986] 1 SCR 103 at 138, 26 DLR (4th) 200 [Oakes].",
            &g,
        )
        .unwrap();
        assert_eq!(f.title.as_deref(), Some("R v Oakes"));
        assert_eq!(
            (f.container_title.as_deref(), f.volume.as_deref()),
            (Some("SCR"), Some("1"))
        );
        assert_eq!(
            pin.map(|p| (p.label, p.value)),
            Some(("page".into(), "138".into()))
        );
        let (f, pin) = case(
            "Carter v Canada (Attorney General), 2015 SCC 5 at para 66 [Carter].",
            &g,
        )
        .unwrap();
        assert_eq!(
            (f.publisher.as_deref(), f.number.as_deref()),
            (Some("SCC"), Some("5"))
        );
        assert_eq!(f.issued.and_then(|d| d.year()), Some(2015));
        assert_eq!(
            pin.map(|p| (p.label, p.value)),
            Some(("paragraph".into(), "66".into()))
        );
        // A year and an unknown word before a number is no neutral citation.
        assert!(case("Smith v Jones, 2015 Annual 5.", &g).is_none());
        let (f, pin) = mcgill_statute("Criminal Code, RSC 1985, c C-46, s 718.", &g).unwrap();
        assert_eq!(f.kind, "legislation");
        assert_eq!(f.title.as_deref(), Some("Criminal Code"));
        assert_eq!(
            (f.container_title.as_deref(), f.number.as_deref()),
            (Some("RSC"), Some("C-46"))
        );
        assert_eq!(pin.map(|p| p.value), Some("s 718".into()));
        let (f, pin) = mcgill_statute("Canadian Charter of Rights and Freedoms, s 7, Part I of the Constitution Act, 1982, being Schedule B to the Canada Act 1982 (UK), 1982, c 11 [Charter].", &g).unwrap();
        assert_eq!(
            f.title.as_deref(),
            Some("Canadian Charter of Rights and Freedoms")
        );
        assert_eq!(pin.map(|p| p.value), Some("s 7".into()));
        let (f, _) = mcgill_statute("Code civil du Québec, CQLR c CCQ-1991.", &g).unwrap();
        assert_eq!(
            (f.container_title.as_deref(), f.number.as_deref()),
            (Some("CQLR"), Some("CCQ-1991"))
        );
        assert!(
            mcgill_statute("Smith, The Law of Trusts (Toronto: Carswell, 2007).", &g).is_none()
        );
    }

    /// The McGill Guide's words come from the grammars: French pinpoints
    /// (`au para 12`, `à la p 140`), and with no words no case or statute
    /// of that form is read.
    #[test]
    fn mcgill_words_come_from_the_grammars() {
        let g = Grammar::builtin();
        let (_, pin) = case("Roncarelli c Duplessis, [1959] RCS 121 à la p 140.", &g).unwrap();
        assert_eq!(
            pin.map(|p| (p.label, p.value)),
            Some(("page".into(), "140".into()))
        );
        let (_, pin) = case("R c Smith, [1990] 1 RCS 5 au paras 12-14.", &g).unwrap();
        assert_eq!(
            pin.map(|p| (p.label, p.value)),
            Some(("paragraph".into(), "12-14".into()))
        );
        let mut bare = g.clone();
        bare.law_words = LawWords::new(&[], &[], &[], &[], &[], &[]);
        assert!(case("Vriend v Alberta, [1998] 1 SCR 493 at para 5.", &bare)
            .is_none_or(|(_, pin)| pin.is_none()));
        assert!(mcgill_statute("Criminal Code, RSC 1985, c C-46, s 718.", &bare).is_none());
        // Without provision words a provision is no pinpoint, and a statute
        // with one is not read whole.
        assert!(act("Human Rights Act 1998, s 3(1).", &bare).is_none());
        assert!(act("Human Rights Act 1998.", &bare).is_some());
        assert_eq!(
            constitution("Australian Constitution s 51(xxxi).", &g).and_then(|(_, p)| p),
            Some(Locator {
                label: "section".into(),
                value: "s 51(xxxi)".into(),
                ..Default::default()
            })
        );
        assert!(constitution("Australian Constitution s 51(xxxi).", &bare).is_none());
        assert!(!g.law_words.has_pinpoint_word("Smith, Battle 2010"));
        assert!(g
            .law_words
            .has_pinpoint_word("R v Oakes, [1986] 1 SCR 103 at 138"));
    }

    /// AGLC's statutes (the jurisdiction after the year, no comma before
    /// the provision) and constitutions cited without a year.
    #[test]
    fn statutes_and_constitutions_as_aglc_cites_them() {
        let g = Grammar::builtin();
        let (f, pin) = act("Native Title Act 1993 (Cth) s 223(1)(a).", &g).unwrap();
        assert_eq!(f.title.as_deref(), Some("Native Title Act 1993"));
        assert_eq!(pin.map(|p| p.value), Some("s 223(1)(a)".into()));
        let (f, pin) = constitution("Australian Constitution s 51(xxxi).", &g).unwrap();
        assert_eq!(f.kind, "legislation");
        assert_eq!(f.title.as_deref(), Some("Australian Constitution"));
        assert_eq!(pin.map(|p| p.value), Some("s 51(xxxi)".into()));
        assert!(constitution("Australian Constitution", &g).is_some_and(|(_, p)| p.is_none()));
        assert!(constitution("A History of the Australian Constitution", &g).is_none());
        assert!(constitution("The constitution was amended in 1967.", &g).is_none());
    }

    #[test]
    fn statutes_by_short_title_and_year() {
        let g = Grammar::builtin();
        let (f, pin) = act("Human Rights Act 1998, s 3(1).", &g).unwrap();
        assert_eq!(f.kind, "legislation");
        assert_eq!(f.title.as_deref(), Some("Human Rights Act 1998"));
        assert_eq!(pin.map(|p| p.value), Some("s 3(1)".into()));
        let (f, pin) = act("European Communities Act 1972, sch 2", &g).unwrap();
        assert_eq!(f.title.as_deref(), Some("European Communities Act 1972"));
        assert_eq!(pin.map(|p| p.value), Some("sch 2".into()));
        assert!(act("Human Rights Act 1998", &g).is_some());
        assert!(act("The Making of the English Working Class 1963", &g).is_none());
        assert!(act("Human Rights Act 1998, which changed much.", &g).is_none());
    }
}
