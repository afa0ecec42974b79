//! Citations and list entries in Chinese script whose parts are separated
//! by commas and whose title stands in no marks, as Taiwanese law papers
//! write them: `王澤鑑，侵權行為法，頁245，2015年6月。`, `王澤鑑，民法總則，
//! 增訂新版，2014年，頁88。`, `陳聰富，侵權責任之因果關係，臺大法學論叢，第29卷
//! 第2期，頁175-236，2000年1月。`, and the list's `王澤鑑（2014），民法總則，
//! 增訂新版，臺北：自版。`.
//!
//! Each part is read by its form alone: the names first, the title next,
//! then a journal, a volume and issue, pages, a date, an edition, a place
//! and publisher, in any order. A text with a part that is none of these
//! is not read here. This module reads one text into fields; it never
//! resolves, and reads nothing with a title in marks (the reference
//! parser's [`crate::syntax::reference::parse_reference`] does).

use crate::grammar::Grammar;
use crate::model::{CslDate, CslItem};
use crate::syntax::name::NameOrder;
use regex::Regex;
use std::sync::LazyLock;

/// A citation or entry read by [`read`].
#[derive(Debug, Clone, PartialEq)]
pub struct Unmarked {
    /// The fields.
    pub item: CslItem,
    /// Byte range of the names in the text read.
    pub authors: (usize, usize),
    /// Byte range of the title in the text read.
    pub title: (usize, usize),
    /// A page cited: a page of a book, or one after an article's range
    /// (`頁175-236，…，頁200`). A note's pinpoint; a list entry's pages.
    pub pin: Option<String>,
}

/// A part that is pages alone: `頁175-236`, `頁 245`, `頁88以下`, `第45頁`,
/// `45頁` (simplified `页` too). Group `p` or `q` is the page or range.
static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?:[頁页]\s*(?P<p>[0-9]+(?:\s*[-–~－—]\s*[0-9]+)?)|第?\s*(?P<q>[0-9]+(?:\s*[-–~－—]\s*[0-9]+)?)\s*[頁页])(?:\s*以下)?$",
    )
});

/// A part that is a journal's volume, issue or both: `第29卷第2期`,
/// `29卷2期`, `第176期`, `140期`, `第12卷`.
static VOLUME_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(r"^(?:第?\s*(?P<v>[0-9]+)\s*卷)?\s*(?:第?\s*(?P<i>[0-9]+)\s*期)?$")
});

/// Whether `c` is a Han character (no kana, no Hangul).
fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF)
}

/// One name of a part of names: two to four Han characters (`王澤鑑`,
/// `歐陽正`), maybe with the grammars' `et_al` word glued after it
/// (`王澤鑑等`), or a Western name in Latin letters (`Richard A. Posner`).
fn one_name(name: &str, g: &Grammar) -> bool {
    let name = g
        .et_al
        .iter()
        .find_map(|w| name.strip_suffix(w.as_str()))
        .filter(|n| !n.is_empty())
        .unwrap_or(name);
    let han = name.chars().count();
    if name.chars().all(is_han) {
        return (2..=4).contains(&han);
    }
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.len() <= 40
        && name.contains(char::is_lowercase)
        && name
            .chars()
            .all(|c| c.is_alphabetic() && !is_han(c) || matches!(c, ' ' | '.' | '-' | '\''))
}

/// The names that open the text, joined by `、` (`賴源河、王志誠`), each
/// [`one_name`]; with a year in brackets after them (`王澤鑑（2014）`, a
/// list's author-date form), that year. The names' length.
fn names_part<'p>(part: &'p str, g: &Grammar) -> Option<(&'p str, Option<CslDate>)> {
    let (names, year) = match part.find(['（', '(']) {
        Some(open) => {
            let inner = part[open..]
                .trim_start_matches(['（', '('])
                .trim_end_matches(['）', ')'])
                .trim();
            let m = g.dates.first(inner)?;
            if m.start != 0 || m.end != inner.len() || !part.ends_with(['）', ')']) {
                return None;
            }
            (part[..open].trim_end(), Some(m.date))
        }
        None => (part, None),
    };
    (!names.is_empty() && names.split('、').all(|n| one_name(n.trim(), g))).then_some((names, year))
}

/// The kind of one part after the title.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    /// Pages.
    Pages(String),
    /// A volume, an issue or both.
    Numbers(Option<String>, Option<String>),
    /// A date.
    Date(CslDate),
    /// An edition statement.
    Edition(String),
    /// A place and publisher (`臺北：元照出版`): the two ranges.
    Imprint(String, String),
    /// Any other part: a journal's or a publisher's name, as its place says.
    Name,
}

/// The kind of `part` by its form.
fn part_kind(part: &str, g: &Grammar) -> Part {
    if let Some(c) = crate::re::captures(&PAGES, part) {
        let pages = c
            .name("p")
            .or_else(|| c.name("q"))
            .map_or("", |m| m.as_str());
        return Part::Pages(crate::grammar::locator_value(pages));
    }
    if let Some(c) = crate::re::captures(&VOLUME_ISSUE, part) {
        let v = c.name("v").map(|m| m.as_str().to_string());
        let i = c.name("i").map(|m| m.as_str().to_string());
        if v.is_some() || i.is_some() {
            return Part::Numbers(v, i);
        }
    }
    if let Some(m) = g
        .dates
        .first(part)
        .filter(|m| m.start == 0 && m.end == part.len())
    {
        return Part::Date(m.date);
    }
    if let Some(e) = crate::syntax::edition::statement(part, g).filter(|e| e.len == part.len()) {
        return Part::Edition(e.value);
    }
    if let Some((place, publisher)) = crate::syntax::reference::cjk_place_publisher(part) {
        return Part::Imprint(part[place].to_string(), part[publisher].to_string());
    }
    Part::Name
}

/// Whether `part` names a journal by its last word (the grammars'
/// `names.journal_endings`: `臺大法學論叢`, `月旦法學雜誌`).
fn journal_name(part: &str, g: &Grammar) -> bool {
    part.chars().count() > 2
        && part.chars().all(|c| is_han(c) || c == '・' || c == '·')
        && g.journal_endings.iter().any(|w| part.ends_with(w.as_str()))
}

/// Whether `part` names a publisher alone (`自版`, `元照出版`, `三民書局`):
/// Han characters only, two to twenty, ending in a word of the grammars'
/// `names.publisher_endings`.
fn publisher_name(part: &str, g: &Grammar) -> bool {
    (2..=20).contains(&part.chars().count())
        && part.chars().all(is_han)
        && g.publisher_endings
            .iter()
            .any(|w| part.ends_with(w.as_str()))
}

/// Reads `s` as a citation or entry of parts separated by `，` with no
/// title marks (the module's doc): names, a title of Han characters, then
/// parts of known forms, and a date among them or after the names. The
/// part after the title is the journal where it ends in a word of the
/// grammars' `names.journal_endings` or a volume or issue follows it; a
/// name ending in a word of the grammars' `names.publisher_endings`
/// elsewhere is the publisher. A part that reads
/// as none of these, a second journal or publisher, or a title holding a
/// digit or a back-reference word, and the text is not read.
pub fn read(s: &str, g: &Grammar) -> Option<Unmarked> {
    // Cheap tests first: a full-width comma soon, no title marks.
    let first = s.find('，')?;
    if first > 60 || s.contains(['《', '『', '「', '〈', '“', '"', '»', '«']) {
        return None;
    }
    let body = s
        .trim_end()
        .trim_end_matches(['。', '.', '；', ';'])
        .trim_end();
    // The parts with their offsets, trimmed.
    let mut parts: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for piece in body.split('，') {
        let lead = piece.len() - piece.trim_start().len();
        parts.push((at + lead, piece.trim()));
        at += piece.len() + '，'.len_utf8();
    }
    if parts.len() < 3 || parts.iter().any(|(_, p)| p.is_empty()) {
        return None;
    }
    let (names, year) = names_part(parts[0].1, g)?;
    let (title_at, title) = parts[1];
    let titled = title.chars().any(is_han)
        && title.chars().count() <= 80
        && !title.contains(|c: char| c.is_ascii_digit())
        && g.back_reference(title).is_none()
        && part_kind(title, g) == Part::Name;
    if !titled {
        return None;
    }
    let mut item = CslItem {
        author: crate::syntax::name::parse_names(names, NameOrder::Natural, g).names,
        title: Some(title.to_string()),
        issued: year,
        ..Default::default()
    };
    if item.author.is_empty() {
        return None;
    }
    let mut pages: Vec<String> = Vec::new();
    let kinds: Vec<Part> = parts[2..].iter().map(|(_, p)| part_kind(p, g)).collect();
    for (i, kind) in kinds.iter().enumerate() {
        let part = parts[i + 2].1;
        match kind {
            Part::Pages(p) => pages.push(p.clone()),
            Part::Numbers(v, n) => {
                if item.volume.is_some() || item.issue.is_some() {
                    return None;
                }
                item.volume.clone_from(v);
                item.issue.clone_from(n);
            }
            Part::Date(d) => {
                // A date after the year of the names says the month too.
                if item
                    .issued
                    .as_ref()
                    .is_none_or(|y| y.date_parts == [[d.date_parts[0][0]]])
                {
                    item.issued = Some(d.clone());
                }
            }
            Part::Edition(e) => item.edition = Some(e.clone()),
            Part::Imprint(place, publisher) => {
                if item.publisher.is_some() {
                    return None;
                }
                item.publisher_place = Some(place.clone());
                item.publisher = Some(publisher.clone());
            }
            Part::Name => {
                let numbers_next = matches!(kinds.get(i + 1), Some(Part::Numbers(..)));
                if i == 0 && (journal_name(part, g) || numbers_next) && part.chars().any(is_han) {
                    item.container_title = Some(part.to_string());
                } else if item.publisher.is_none()
                    && item.container_title.is_none()
                    && publisher_name(part, g)
                {
                    item.publisher = Some(part.to_string());
                } else {
                    return None;
                }
            }
        }
    }
    item.issued.as_ref()?;
    let mut pages = pages.into_iter();
    if item.container_title.is_some() {
        item.kind = "article-journal".into();
        item.page = pages.next();
    } else {
        item.kind = "book".into();
    }
    let pin = pages.next();
    if pages.next().is_some() {
        return None;
    }
    let names_at = parts[0].0;
    Some(Unmarked {
        item,
        authors: (names_at, names_at + names.len()),
        title: (title_at, title_at + title.len()),
        pin,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grammar() -> Grammar {
        Grammar::builtin()
    }

    fn names(u: &Unmarked) -> Vec<String> {
        u.item
            .author
            .iter()
            .map(crate::syntax::name::display_name)
            .collect()
    }

    #[test]
    fn a_book_cited_with_its_page_before_its_date() {
        let g = grammar();
        let u = read("王澤鑑，侵權行為法，頁245，2015年6月。", &g).unwrap();
        assert_eq!(names(&u), ["王澤鑑"]);
        assert_eq!(u.item.title.as_deref(), Some("侵權行為法"));
        assert_eq!(u.item.kind, "book");
        assert_eq!(u.pin.as_deref(), Some("245"));
        assert_eq!(u.item.page, None);
        let issued = u.item.issued.unwrap();
        assert_eq!(issued.date_parts, [[2015, 6]]);
    }

    #[test]
    fn a_book_with_its_edition_and_page_after_its_year() {
        let g = grammar();
        let u = read("王澤鑑，民法總則，增訂新版，2014年，頁88。", &g).unwrap();
        assert_eq!(u.item.title.as_deref(), Some("民法總則"));
        assert!(u.item.edition.is_some());
        assert_eq!(u.pin.as_deref(), Some("88"));
        let u = read("陳聰富，醫療責任的形成與展開，三版，2019年，頁311。", &g).unwrap();
        assert_eq!(u.item.edition.as_deref(), Some("3"));
    }

    #[test]
    fn an_article_names_its_journal_volume_issue_and_pages() {
        let g = grammar();
        let u = read(
            "陳聰富，侵權責任之因果關係，臺大法學論叢，第29卷第2期，頁175-236，2000年1月。",
            &g,
        )
        .unwrap();
        assert_eq!(u.item.kind, "article-journal");
        assert_eq!(u.item.container_title.as_deref(), Some("臺大法學論叢"));
        assert_eq!(u.item.volume.as_deref(), Some("29"));
        assert_eq!(u.item.issue.as_deref(), Some("2"));
        assert_eq!(u.item.page.as_deref(), Some("175-236"));
        assert_eq!(u.pin, None);
        // A journal named by its last word, with an issue only.
        let u = read(
            "陳忠五，醫療事故與消費者保護，月旦法學雜誌，第176期，頁5-28，2010年1月",
            &g,
        )
        .unwrap();
        assert_eq!(u.item.container_title.as_deref(), Some("月旦法學雜誌"));
        assert_eq!(u.item.issue.as_deref(), Some("176"));
        assert_eq!(u.item.volume, None);
    }

    #[test]
    fn a_list_entry_with_its_year_after_the_names_and_an_imprint() {
        let g = grammar();
        let u = read("王澤鑑（2014），民法總則，增訂新版，臺北：自版。", &g).unwrap();
        assert_eq!(u.item.issued.unwrap().date_parts, [[2014]]);
        assert_eq!(u.item.publisher_place.as_deref(), Some("臺北"));
        assert_eq!(u.item.publisher.as_deref(), Some("自版"));
        let u = read("賴源河、王志誠，現代信託法論，五南圖書，2002年。", &g).unwrap();
        assert_eq!(names(&u), ["賴源河", "王志誠"]);
        assert_eq!(u.item.publisher.as_deref(), Some("五南圖書"));
    }

    #[test]
    fn back_references_prose_and_marked_titles_are_not_read() {
        let g = grammar();
        for text in [
            "王澤鑑，前揭註1，頁250。",
            "同前註，頁12。",
            "王澤鑑，《民法總則》，臺北：三民書局，2014年，頁45。",
            // No date: no citation in full.
            "王澤鑑，侵權行為法，頁245。",
            // Prose: a part of no known form after the title.
            "學者認為，此一見解值得贊同，惟仍有疑義，2015年。",
            "王澤鑑，侵權行為法，此說可資贊同，2015年。",
            // Names of more than four Han characters are a clause.
            "最高法院向來認為，相當因果關係，2015年。",
        ] {
            assert_eq!(read(text, &g), None, "{text}");
        }
    }
}
