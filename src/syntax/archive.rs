//! Archival sources: a manuscript or file cited by the archive that holds
//! it and its shelfmark, as history papers cite them in every language.
//!
//! ```text
//! The National Archives, Kew (hereafter TNA), ADM 3/265, Board Minutes, 12 April 1854, fol. 12.
//! TNA, MT 23/4, Transport Department In-Letters, 1854.
//! British Library, Add. MS 44529, Gladstone to Wood, 14 March 1855.
//! Bundesarchiv (BArch), R 43 I/1234, Bl. 12.
//! ГАРФ. Ф. Р-5446. Оп. 1. Д. 23. Л. 45.
//! ```
//!
//! The archive is a name with a word of the grammars' `archives` list
//! (`Archives`, `Archiv` of `Bundesarchiv`, `Library`, `档案馆`) or an
//! abbreviation; its place and an abbreviation in brackets may follow. The
//! shelfmark is a run of words each of which is a number, a word in
//! capitals or a short abbreviation (`ADM 3/265`, `Add. MS 44529`, `Ф.
//! Р-5446. Оп. 1`), ending where a part of the citation ends. What follows
//! is the document's description, its date and the leaf cited (the
//! grammars' `folio` locators).

use crate::grammar::Grammar;
use crate::model::{Archive, CslDate, CslItem, Locator};

/// The most words a shelfmark runs over.
const MOST_WORDS: usize = 12;

/// An archival source read from a note's item or a bibliography entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Archival {
    /// Its fields: CSL type `manuscript`, the description as title, the
    /// date, and the archive with its place and shelfmark.
    pub item: CslItem,
    /// The leaf or page cited (`fol. 12`), if any.
    pub pin: Option<Locator>,
}

/// Reads `text` as an archival source, or `None` when it is no archive and
/// shelfmark. Cheap to reject: the text must hold a digit, and its first
/// part name an archive or be an abbreviation.
pub fn archival(text: &str, g: &Grammar) -> Option<Archival> {
    let t = text.trim().trim_end_matches(['.', ';']).trim_end();
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (head_end, named) = archive_head(t, g)?;
    let name = t[..head_end].trim();
    let abbreviated = (!named).then(|| name.to_string());
    within(name, abbreviated, &t[head_end..], named, g)
}

/// [`archival`], only when the archive is named in words (`Bodleian
/// Library, MS Eng. hist. c. 12, fol. 4`): then a shelfmark's words that
/// look like a locator (`c. 12`) are read before any short form.
pub fn archival_named(text: &str, g: &Grammar) -> Option<Archival> {
    let t = text.trim().trim_end_matches(['.', ';']).trim_end();
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (head_end, named) = archive_head(t, g)?;
    if !named {
        return None;
    }
    within(t[..head_end].trim(), None, &t[head_end..], true, g)
}

/// `BArch R 43 I/1234 und R 43 I/2650`, `AN, F7 12345 et F7 12346`: two
/// shelfmarks of one archive joined by a word of the grammars' `and`
/// list are two sources. `whole` is what [`archival`] read of all of
/// `text`. The end of the first in `text` and the start of the second,
/// each with what was read of it; `None` unless the text after the word
/// is a shelfmark.
pub fn joined_shelfmarks(
    text: &str,
    whole: &Archival,
    g: &Grammar,
) -> Option<(usize, Archival, usize, Archival)> {
    let title = whole.item.title.as_deref()?;
    let word = g
        .and_words
        .iter()
        .filter(|w| w.chars().all(char::is_alphabetic))
        .find(|w| {
            title
                .strip_prefix(w.as_str())
                .is_some_and(|r| r.starts_with(' '))
        })?;
    let location = whole.item.archive.as_deref()?.location.as_deref()?;
    let from = text.find(location)? + location.len();
    let needle = format!(" {word} ");
    let at = from + text[from..].find(&needle)?;
    let cut = text[..at].trim_end().len();
    let first = archival(&text[..cut], g)?;
    let start = at + needle.len();
    let second = in_archive(first.item.archive.as_deref()?, &text[start..], g)?;
    Some((cut, first, start, second))
}

/// Reads `rest` as the shelfmark, description, date and leaf of a source
/// in the archive named earlier: the entry after a ditto mark (`———. MT
/// 23/4, Transport Department In-Letters, 1854.`) repeats the entry
/// before's archive.
pub fn in_archive(archive: &Archive, rest: &str, g: &Grammar) -> Option<Archival> {
    let t = rest.trim().trim_end_matches(['.', ';']).trim_end();
    let mut found = within(&archive.archive, archive.abbreviation.clone(), t, true, g)?;
    if let Some(a) = found.item.archive.as_mut() {
        a.place = a.place.take().or_else(|| archive.place.clone());
    }
    Some(found)
}

/// An archival source in the archive `name` (an abbreviation, unless
/// `named`), read from `rest`, the text after its name.
fn within(
    name: &str,
    abbreviation: Option<String>,
    rest: &str,
    named: bool,
    g: &Grammar,
) -> Option<Archival> {
    // `Archivo General de Indias (AGI), Lima, 654`: past the abbreviation
    // defined in brackets.
    let skip = match rest.trim_start().starts_with('(') {
        true => rest.find(')').map_or(0, |c| c + 1),
        false => 0,
    };
    let bundle = section_bundle(&rest[skip..]).map(|(a, b)| (a + skip, b + skip));
    let (loc_start, loc_end) = shelfmark(rest, named, g)
        .or_else(|| named.then(|| named_parts(rest, g)).flatten())
        .or(bundle)?;
    let bundled = bundle.is_some_and(|(a, _)| a == loc_start);
    // Between the archive and the shelfmark: an abbreviation defined in
    // brackets (`(hereafter TNA)`, `(BArch)`), the archive's place (`Kew`),
    // then a collection's name, which the shelfmark is read within.
    let mut between = rest[..loc_start].to_string();
    let mut abbreviation = abbreviation;
    let mut name = name.to_string();
    if let Some(open) = between.find(['(', '[', '（']) {
        if let Some((abbr, len)) = bracketed_abbreviation(&between[open..], g) {
            abbreviation = Some(abbr.to_string());
            between.replace_range(open..open + len, "");
        } else if let Some((full, len)) = (!named && between[..open].trim().is_empty())
            .then(|| bracketed_expansion(&between[open..]))
            .flatten()
        {
            // `ЦДООСО (Центр документации общественных организаций
            // Свердловской области). Ф. 4`, `AGN (Archivo General de la
            // Nación), Tierras`: the archive's name in full after its
            // abbreviation.
            name = full;
            between.replace_range(open..open + len, "");
        }
    }
    let between = between.trim_matches([',', '.', ' ', '\n']);
    let (place, collection) = match between.split_once([',', '.']) {
        _ if between.is_empty() => (None, None),
        // `AHN, Consejos, leg. 1234`, `ASV, Segr. Stato, b. 12`: after an
        // abbreviation the parts before the shelfmark name the archive's
        // section, not its place.
        _ if !named => (None, Some(between)),
        // `Archivo General de Indias, Lima, 654`: a bundle's number alone
        // needs the section it is numbered in.
        None if bundled => (None, Some(between)),
        Some((p, more)) if place_like(p) => (Some(p.trim()), Some(more.trim())),
        None if place_like(between) => (Some(between), None),
        _ => (None, Some(between)),
    };
    // After an abbreviation a section's name may be abbreviated (`Segr.
    // Stato`): a period ends a part only after a word of five letters or
    // more (`MENDES, Lucas Ribeiro. A Lei …` is a book), and each part is
    // a few words (`ABRUCIO, Fernando Luiz. A coordenação federativa …`
    // is no section).
    let parts = |c: &str| match named {
        true => c.split([',', '.']).count(),
        false if c.split(',').any(|p| p.split_whitespace().count() > 4) => usize::MAX,
        false => {
            let breaks = c
                .match_indices(". ")
                .filter(|&(i, _)| {
                    c[..i]
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.chars().count() >= 5)
                })
                .count();
            c.split(',').count() + breaks
        }
    };
    if collection.is_some_and(|c| parts(c) > 2) {
        return None;
    }
    let shelf = rest[loc_start..loc_end].trim_end_matches([',', '.']).trim();
    // `Archive Fever, 12.`: a number alone, or a range, is a page.
    if bare_number(shelf) && !bundled {
        return None;
    }
    let location = match collection.filter(|c| !c.is_empty()) {
        Some(c) => format!("{c}, {shelf}"),
        None => shelf.to_string(),
    };
    // After the shelfmark: a description, a date and the leaf cited. A
    // short name the paper defines for the source last, in brackets that
    // open with a `hereafter` word (`…, fol. 12r (hereafter LFP)`), is the
    // archive's abbreviation where the text gave none before.
    let mut after = rest[loc_end..].to_string();
    if let Some(open) = after.rfind(['(', '[', '（']) {
        let bracket = &after[open..];
        let open_len = bracket.chars().next().map_or(1, char::len_utf8);
        let defined = g
            .after_hereafter(bracket[open_len..].trim_start())
            .is_some();
        if let Some((abbr, len)) = bracketed_abbreviation(bracket, g).filter(|_| defined) {
            if after[open + len..]
                .trim_matches(['.', ';', ' ', '\n'])
                .is_empty()
            {
                abbreviation = abbreviation.or_else(|| Some(abbr.to_string()));
                after.truncate(open);
            }
        }
    }
    let mut pin = None;
    if let Some(m) = g.folio().find_all(&after).into_iter().last() {
        let at_word = after[..m.start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if let Some((x, y)) = m.number.filter(|_| at_word) {
            pin = Some(Locator {
                label: "folio".into(),
                value: crate::grammar::locator_value(&after[x..y]),
                ..Default::default()
            });
            after.replace_range(m.start..m.end, "");
        }
    }
    if pin.is_none() {
        if let Some(m) = g.page.find_all(&after).into_iter().last() {
            if let Some((x, y)) = m.number {
                pin = Some(Locator {
                    label: "page".into(),
                    value: crate::grammar::locator_value(&after[x..y]),
                    ..Default::default()
                });
                after.replace_range(m.start..m.end, "");
            }
        }
    }
    let mut issued = None;
    if let Some((start, end, date)) = first_date(&after, g) {
        issued = Some(date);
        after.replace_range(start..end, "");
    }
    let title = crate::text::clean_field(
        after
            .split([',', ';'])
            .map(|p| p.trim_matches([' ', '.', '\n', '(', ')']))
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
            .as_str(),
    );
    let title = (title.chars().any(char::is_alphabetic)).then_some(title);
    Some(Archival {
        item: CslItem {
            kind: "manuscript".into(),
            title,
            issued,
            archive: Some(Box::new(Archive {
                archive: crate::text::clean_field(&name),
                place: place.map(crate::text::clean_field),
                location: Some(crate::text::clean_field(&location)),
                abbreviation,
            })),
            ..Default::default()
        },
        pin,
    })
}

/// The first date of `t`, its start and end, a span of years taken whole
/// (`1771–75`, `1914-1918`: the years a memorandum book or a file runs
/// over; the date rules match its first year alone).
fn first_date(t: &str, g: &Grammar) -> Option<(usize, usize, CslDate)> {
    let d = g.dates.first(t)?;
    let spanned = d
        .date
        .raw
        .as_deref()
        .filter(|r| d.date.date_parts.len() == 2 && t[d.start..].starts_with(r))
        .map_or(d.end, |r| d.start + r.len());
    Some((d.start, spanned.max(d.end), d.date))
}

/// Reads `text` as an archival source cited with its archive after the
/// document, as Chicago and MHRA notes write letters and papers: the
/// description, its date, the box and folder and the collection, then
/// the archive and its place (`Thomas Hollis to John Baring, 12 March
/// 1774, Box 4, Folder 12, Papers of the Hollis Family, Library of
/// Congress, Washington, DC.`, `Hollis to Baring, 12 March 1842, Baring
/// Papers, Library of Congress.`), or the archive, its place and the
/// shelfmark (`John Baring, memorandum book, 1771–75, Baring Archive,
/// London, HC 1.14.`). Cheap to reject: a part after the first must name
/// an archive, a date stand before it, and nothing but its place or a
/// shelfmark after it; before it there are no brackets or quotation
/// marks, which a published work's citation has.
pub fn archive_later(text: &str, g: &Grammar) -> Option<Archival> {
    let t = text.trim().trim_end_matches(['.', ';']).trim_end();
    if !t.bytes().any(|b| b.is_ascii_digit()) || t.len() > 600 {
        return None;
    }
    let mut from = 0;
    for _ in 0..MOST_PARTS {
        let at = from + t[from..].find(", ")? + 2;
        from = at;
        let end = t[at..].find([',', '(']).map_or(t.len(), |e| at + e);
        let name = &t[at..end];
        if !archive_name_shaped(name) || !g.names_archive(name) {
            continue;
        }
        let before = &t[..at - 2];
        if before.contains(['(', ')', '[', '"', '“', '”', '«', '„', ':', ';']) {
            return None;
        }
        let (d_start, d_end, date) = first_date(before, g)?;
        let title = before[..d_start].trim().trim_end_matches(',').trim();
        let between = before[d_end..].trim_matches([',', ' ', '.']);
        let rest = &t[end..];
        let places = rest.trim_start_matches([',', ' ']);
        let found = if rest.is_empty() || placed(places) {
            // The collection named in words goes first, then its box and
            // folder: `Papers of the Hollis Family, Box 4, Folder 12`.
            let (named, numbered): (Vec<&str>, Vec<&str>) = between
                .split(", ")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .partition(|p| !p.bytes().any(|b| b.is_ascii_digit()));
            let location = named.into_iter().chain(numbered).collect::<Vec<_>>();
            Archival {
                item: CslItem {
                    kind: "manuscript".into(),
                    archive: Some(Box::new(Archive {
                        archive: crate::text::clean_field(name),
                        place: (!places.is_empty()).then(|| crate::text::clean_field(places)),
                        location: (!location.is_empty())
                            .then(|| crate::text::clean_field(&location.join(", "))),
                        abbreviation: None,
                    })),
                    ..Default::default()
                },
                pin: None,
            }
        } else if between.is_empty() {
            within(name, None, rest, true, g)?
        } else {
            return None;
        };
        let mut found = found;
        found.item.title =
            (title.chars().any(char::is_alphabetic)).then(|| crate::text::clean_field(title));
        found.item.issued = Some(date);
        return Some(found);
    }
    None
}

/// Reads a bibliography entry of a collection, named in words with no
/// shelfmark, and the archive that holds it, in either order: `Library of
/// Congress, Washington, DC. Papers of the Hollis Family.`, `Hollis
/// Family Papers. Library of Congress, Washington, DC.` The collection is
/// the source's location in the archive.
pub fn collection(text: &str, g: &Grammar) -> Option<Archival> {
    let t = text.trim().trim_end_matches('.').trim_end();
    if t.len() > 300 || t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (first, second) = t.split_once(". ")?;
    let held = |holder: &str, named: &str| -> Option<Archival> {
        let (name, places) = holder.split_once(", ").unwrap_or((holder, ""));
        let named = named.trim();
        let ok = archive_name_shaped(name)
            && g.names_archive(name)
            && (places.is_empty() || placed(places))
            && named.split_whitespace().count() <= 10
            && archive_name_shaped(named)
            && !g.names_archive(named);
        ok.then(|| Archival {
            item: CslItem {
                kind: "manuscript".into(),
                archive: Some(Box::new(Archive {
                    archive: crate::text::clean_field(name),
                    place: (!places.is_empty()).then(|| crate::text::clean_field(places)),
                    location: Some(crate::text::clean_field(named)),
                    abbreviation: None,
                })),
                ..Default::default()
            },
            pin: None,
        })
    };
    held(first, second).or_else(|| held(second, first))
}

/// Reads a collection held by an institution, as Chinese and Japanese
/// history papers cite archives: the collection in title brackets, its
/// file number, and the holder with a word of the grammars' `held_by` list
/// glued after it, in the last part or in brackets at the end
/// (`《巴县档案》6-3-1234，四川省档案馆藏`, `《内阁大库档案》，编号038472，
/// 台北“中央研究院”历史语言研究所藏`, `『公文類聚』第5編巻12、国立公文書館所蔵`,
/// `「大石家文書」A-12（長野県立歴史館所蔵）`), or the holder first
/// (`四川省档案馆藏《巴县档案》6-3-1234`). The holder must name an archive
/// or an organisation (`…研究所`). The collection is the title, the holder
/// the archive and the file number, kept as written, its location.
pub fn held_collection(text: &str, g: &Grammar) -> Option<Archival> {
    let t = text
        .trim()
        .trim_end_matches(['。', '.', ';', '；'])
        .trim_end();
    if g.held_by.is_empty() || t.len() > 400 || !g.held_by.iter().any(|w| t.contains(w.as_str())) {
        return None;
    }
    // `…研究所藏`: the longest word that leaves an institution's name
    // (`所藏` would leave `…研究`).
    let holder_named = |holder: &str| -> Option<String> {
        let org = |n: &str| {
            g.names_archive(n)
                || g.organisation_words
                    .iter()
                    .any(|w| w.chars().any(crate::segment::is_cjk) && n.ends_with(w.as_str()))
        };
        g.held_by
            .iter()
            .filter_map(|w| holder.strip_suffix(w.as_str()))
            .map(str::trim)
            .find(|n| !n.is_empty() && n.chars().count() <= 40 && org(n))
            .map(str::to_string)
    };
    let opens_title = |c: char| matches!(c, '《' | '『' | '「' | '〈');
    let (holder, work) = if let Some(open) = t.find(opens_title).filter(|&i| i > 0) {
        // `四川省档案馆藏《巴县档案》…`: the holder first.
        let before = t[..open].trim_end_matches(['：', ':', '，', ',', ' ']);
        match holder_named(before) {
            Some(h) => (h, &t[open..]),
            None => return None,
        }
    } else if let Some(inner) = t.strip_suffix(['）', ')']) {
        let open = inner.rfind(['（', '('])?;
        let bracket = inner[open..].chars().next()?.len_utf8();
        (holder_named(inner[open + bracket..].trim())?, &t[..open])
    } else {
        let sep = t.rfind(['，', ',', '、'])?;
        let comma = t[sep..].chars().next()?.len_utf8();
        (holder_named(t[sep + comma..].trim())?, &t[..sep])
    };
    let work = work.trim();
    let open = work.chars().next().filter(|&c| opens_title(c))?;
    let close = match open {
        '《' => '》',
        '『' => '』',
        '「' => '」',
        _ => '〉',
    };
    let end = work.find(close)?;
    let title = work[open.len_utf8()..end].trim();
    let number = work[end + close.len_utf8()..]
        .trim_matches(['，', ',', '、', ' ', '\u{3000}', '：', ':'])
        .trim();
    // No other work, no sentence: what stands between is a file number.
    if title.is_empty()
        || number.chars().count() > 40
        || number.contains(['《', '『', '「', '。'])
        || !number.is_empty() && !number.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    Some(Archival {
        item: CslItem {
            kind: "manuscript".into(),
            title: Some(crate::text::clean_field(title)),
            archive: Some(Box::new(Archive {
                archive: crate::text::clean_field(&holder),
                place: None,
                location: (!number.is_empty()).then(|| crate::text::clean_field(number)),
                abbreviation: None,
            })),
            ..Default::default()
        },
        pin: None,
    })
}

/// The most parts of a note looked at for an archive named after its
/// document.
const MOST_PARTS: usize = 8;

/// An archive's name as a part of a citation: two to ten words, the
/// first capitalised, the others capitalised or short lowercase words
/// (`Library of Congress`, `The National Archives`, `Baring Archive`); no
/// digits, no sentence inside.
fn archive_name_shaped(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=10).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && !name.contains(['.', '"', '“', ':'])
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || (w.len() <= 3 && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()))
        })
        && !name.bytes().any(|b| b.is_ascii_digit())
}

/// The place after an archive named last: a city, and a state or
/// country after a comma (`London`, `Washington, DC`, `Kew, Richmond`).
fn placed(t: &str) -> bool {
    let parts: Vec<&str> = t.split(", ").collect();
    (1..=2).contains(&parts.len())
        && place_like(parts[0])
        && parts[1..].iter().all(|p| place_like(p) || state_code(p))
}

/// A state's or country's abbreviation in capitals (`DC`, `MA`, `UK`).
fn state_code(p: &str) -> bool {
    (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_uppercase())
}

/// The end of the archive's name opening `t`, and whether a word of the
/// grammars' `archives` names it (else it is an abbreviation: `TNA`,
/// `BArch`, `ГАРФ`). The name ends at the first comma, bracket, or period
/// that ends a word of more than one letter (`U.S. National Archives` is
/// one name).
fn archive_head(t: &str, g: &Grammar) -> Option<(usize, bool)> {
    let bytes = t.as_bytes();
    let spaced = |i: usize| matches!(bytes.get(i + 1), Some(b' ' | b'\n'));
    let end = (0..bytes.len()).find(|&i| match bytes[i] {
        b',' => spaced(i),
        b'.' => {
            let word = t[..i].rsplit([' ', '\n']).next().unwrap_or("");
            spaced(i) && word.chars().nth(1).is_some() && !word.contains('.')
        }
        b'(' | b'[' => i > 0,
        // `（`, U+FF08.
        0xEF => i > 0 && t[i..].starts_with('（'),
        _ => false,
    });
    // `BArch NS 19/1234.`: with nothing after the shelfmark, only an
    // abbreviation glued to it opens the text.
    let Some(end) = end else {
        return (t.len() <= 240)
            .then(|| glued_abbreviation(t))
            .flatten()
            .map(|n| (n, false));
    };
    let head = t[..end].trim();
    if head.len() > 240 || head.chars().nth(80).is_some() {
        None
    } else if g.names_archive(head) {
        Some((end, true))
    } else if abbreviation_like(head) {
        Some((end, false))
    } else {
        glued_abbreviation(head).map(|n| (n, false))
    }
}

/// `BArch R 43 I/1234`, `BArch NS 19/1234`: an archive's abbreviation
/// with no comma before the shelfmark, which opens with a group's letters
/// (one to three capitals, perhaps with digits: `R`, `NS`, `F7`) and a
/// number. The length of the abbreviation.
fn glued_abbreviation(head: &str) -> Option<usize> {
    let mut words = head.split(' ');
    let (first, group) = (words.next()?, words.next()?);
    let letters = group.trim_end_matches(|c: char| c.is_ascii_digit());
    let group_ok = (1..=3).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && (letters.len() < group.len()
            || words.next().is_some_and(|w| {
                // `BVerfG NJW 2019`: a journal's year is no shelfmark's number.
                let digits = w.trim_end_matches(|c: char| !c.is_ascii_digit());
                w.starts_with(|c: char| c.is_ascii_digit()) && !crate::grammar::is_year(digits)
            }));
    (group_ok && abbreviation_word(first)).then_some(first.len())
}

/// An abbreviation: one or two words of two to eight letters and digits,
/// each with at least two capitals and opening with one (`TNA`, `BArch`,
/// `GStA PK`, `ГАРФ`); or an abbreviation of three capitals or more and
/// the capitalised word of the country or city that holds the archive
/// (`ЦДІАК України`, `ЦДАВО України`).
fn abbreviation_like(w: &str) -> bool {
    let words: Vec<&str> = w.split(' ').collect();
    match words[..] {
        [a, b] if !abbreviation_word(b) => {
            capitals_word(a) && a.chars().count() >= 3 && abbreviation_word(a) && holder_word(b)
        }
        _ => words.len() <= 2 && words.into_iter().all(abbreviation_word),
    }
}

/// A capitalised word of three letters or more, the others lowercase:
/// the name of a country or city after an archive's abbreviation.
fn holder_word(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 3
        && cs.all(|c| c.is_alphabetic() && c.is_lowercase())
}

/// One word of an abbreviation ([`abbreviation_like`]).
fn abbreviation_word(w: &str) -> bool {
    let n = w.chars().count();
    (2..=8).contains(&n)
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(char::is_alphanumeric)
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// An abbreviation defined in brackets opening `t` (`(hereafter TNA)`,
/// `(BArch)`, `[hereinafter BL]`, `(im Folgenden: BArch)`), and the length
/// read.
fn bracketed_abbreviation<'t>(t: &'t str, g: &Grammar) -> Option<(&'t str, usize)> {
    let close = match t.chars().next()? {
        '(' => ')',
        '[' => ']',
        '（' => '）',
        _ => return None,
    };
    let open_len = t.chars().next()?.len_utf8();
    let end = t.find(close)?;
    let inner = t[open_len..end].trim();
    let abbr = g
        .after_hereafter(inner)
        .unwrap_or(inner)
        .trim_matches(['"', '\'', '“', '”', '‘', '’', '«', '»', '「', '」']);
    abbreviation_like(abbr).then_some((abbr, end + close.len_utf8()))
}

/// The name in full in brackets after an archive's abbreviation: two
/// words or more, the first capitalised, no digit. The name and the
/// length of the brackets.
fn bracketed_expansion(t: &str) -> Option<(String, usize)> {
    let (open, close) = match t.chars().next()? {
        '(' => ('(', ')'),
        '（' => ('（', '）'),
        _ => return None,
    };
    let end = t.find(close)?;
    let inner = t[open.len_utf8()..end].trim();
    (inner.split_whitespace().nth(1).is_some()
        && inner.starts_with(char::is_uppercase)
        && !inner.contains(['(', '（'])
        && !inner.bytes().any(|b| b.is_ascii_digit()))
    .then(|| (crate::text::clean_field(inner), end + close.len_utf8()))
}

/// A place: one or two capitalised words, no digit (`Kew`, `College
/// Park`).
fn place_like(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// The shelfmark in `rest` (after the archive): its start and end. It
/// starts at the first part that opens with a word of a shelfmark and runs
/// over such words to the end of a part (a comma, a period or the text's
/// end); it holds a number, and after an abbreviated archive a word in
/// capitals too (`TNA, ADM 3/265`; not `EuGH, Rs. C-123/45`). The leaf
/// cited (a `folio` locator) ends it.
fn shelfmark(rest: &str, named: bool, g: &Grammar) -> Option<(usize, usize)> {
    let words: Vec<(usize, &str)> = rest
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - rest.as_ptr() as usize, w))
        .collect();
    let opens_part = |i: usize| i == 0 || words[i - 1].1.ends_with([',', '.', ')', ']']);
    // The end of the leaf cited that opened a part (`fl. 3v` of `códice
    // 12, fl. 3v`): no shelfmark starts before it.
    let mut leaf_end = 0;
    for i in (0..words.len()).filter(|&i| opens_part(i)) {
        let at = words[i].0;
        if at < leaf_end {
            continue;
        }
        // The leaf word and its number only: the lexicon looks no further.
        let window = &rest[at..crate::source::floor_char_boundary(rest, at + 32)];
        if let Some(m) = g.folio().find(window).filter(|m| m.start == 0) {
            leaf_end = at + m.end;
            continue;
        }
        let mut best = None;
        let mut digit = false;
        let mut capitals = false;
        for (j, &(at, w)) in words.iter().enumerate().skip(i).take(MOST_WORDS) {
            let bare = w.trim_end_matches([',', '.', ';']);
            // The leaf cited (`Л. 45`, `fol. 12`) follows the shelfmark.
            // Before any number, a leaf word is the shelfmark's own (`MS
            // Eng. hist. c. 12, fol. 4`: `c.` is a shelf size there, not
            // Italian's `carta`), which holds a number.
            let leaf = || {
                let window = &rest[at..crate::source::floor_char_boundary(rest, at + 32)];
                digit && g.folio().find(window).is_some_and(|m| m.start == 0)
            };
            // `Add. MS 44529`, but not `Kew. ADM 3/265`: a capitalised
            // abbreviation opens a shelfmark only when a grammar lists it.
            let listed = || {
                g.shelfmark_words
                    .iter()
                    .any(|s| s == w.trim_end_matches(','))
            };
            let capitalised = w.ends_with('.')
                && !capitals_word(bare)
                && bare.chars().next().is_some_and(char::is_uppercase);
            let opens = j > i || !capitalised || listed();
            // `inv. č. 1245`: a number after an abbreviation is none of a
            // date.
            let labelled = j > i && {
                let prev = words[j - 1].1;
                prev.ends_with('.') && prev.chars().filter(|c| c.is_alphabetic()).count() <= 4
            };
            let year = year_like(bare) && !labelled;
            if !opens || !(shelf_word(w, bare) || listed()) || year || leaf() {
                break;
            }
            digit |= bare.chars().any(|c| c.is_ascii_digit());
            capitals |= capitals_word(bare)
                || series_word(bare)
                || labelled_number(&words, j, &rest[at..], g);
            // `R 43 I/1234 und R 43 I/2650`: a joining word ends it too.
            let part_ends = w.ends_with([',', '.'])
                || j + 1 == words.len()
                || words.get(j + 1).is_some_and(|&(_, next)| {
                    next.chars().all(char::is_alphabetic) && g.and_words.iter().any(|a| a == next)
                });
            // A list's `R 43 I Reichskanzlei`: the collection's name after
            // its shelfmark, with no comma between.
            let named_after = || {
                capitals
                    && j > i
                    && words.get(j + 1).is_some_and(|&(_, next)| {
                        next.chars().next().is_some_and(char::is_uppercase)
                            && !shelf_word(next, next.trim_end_matches([',', '.', ';']))
                    })
            };
            if digit && (named || capitals) && (part_ends || named_after()) {
                best = Some((words[i].0, at + w.len()));
            }
            // A part ends at a comma, and the shelfmark may go on in the
            // next (`kart. 312, inv. č. 1245`) if it is one already.
            if w.ends_with(',') && best.is_none() {
                break;
            }
        }
        if best.is_some() {
            return best;
        }
    }
    None
}

/// `AGI, Lima, 654`, `AGI, Escribanía, 512A, memorial …`, `AGS, Guerra
/// Moderna, 4321`, `ASF, Notarile antecosimiano, 1234`: after an
/// archive's name, one or two sections named in one to three words, the
/// first capitalised, then the bundle's number alone (digits and
/// perhaps a letter, no year) ending its part, as Spanish archives number
/// their legajos. Its start and end in `rest`.
fn section_bundle(rest: &str) -> Option<(usize, usize)> {
    let mut at = rest.len() - rest.trim_start_matches([',', ' ', '\n']).len();
    if at == 0 {
        return None;
    }
    let section = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words[0].starts_with(char::is_uppercase)
            && words.iter().all(|w| w.chars().all(char::is_alphabetic))
    };
    for k in 0..3 {
        let part_end = rest[at..].find(',').map_or(rest.len(), |c| at + c);
        let part = rest[at..part_end].trim().trim_end_matches('.');
        let digits = part.bytes().take_while(u8::is_ascii_digit).count();
        let bundle = (1..=5).contains(&digits)
            && part[digits..].chars().count() <= 1
            && part[digits..].chars().all(|c| c.is_ascii_uppercase())
            && !year_like(part);
        if bundle && k > 0 {
            return Some((at, at + part.len()));
        }
        if k == 2 || !section(part) || part_end == rest.len() {
            return None;
        }
        at = part_end + 1;
        at += rest[at..].len() - rest[at..].trim_start().len();
    }
    None
}

/// The parts after an archive's name that locate a source in words, with
/// no shelfmark of numbers and capitals (`Riksarkivet, Kammarkollegiet,
/// Landskapshandlingar, Uppland 1625:3`): two to four short parts, no
/// brackets or quotes, the last with a number that is no date. Their
/// start and end in `rest`. The leaf cited after them (`Arquivo Nacional,
/// códice 12, fl. 3v`) is none of them, and one part will do before it.
fn named_parts(rest: &str, g: &Grammar) -> Option<(usize, usize)> {
    let t = rest.trim_start_matches([',', '.', ' ', '\n']);
    let start = rest.len() - t.len();
    let mut t = t.trim_end_matches([',', '.', ' ']);
    let leaf = t
        .rsplit_once(", ")
        .filter(|(_, last)| g.folio().find(last).is_some_and(|m| m.start == 0));
    if let Some((before, _)) = leaf {
        t = before;
    }
    let parts: Vec<&str> = t.split(", ").collect();
    let last = parts.last()?;
    let short = parts.iter().all(|p| {
        let n = p.split_whitespace().count();
        (1..=4).contains(&n)
            && !p.contains(['(', ')', '[', '"', '“', '”', '«', '„'])
            && !p.contains(": ")
    });
    // `Uppland 1625:3` names a volume; `London, 1953` dates a book.
    let numbered = last
        .split_whitespace()
        .any(|w| w.bytes().any(|b| b.is_ascii_digit()))
        && !bare_number(last)
        && !last
            .split_whitespace()
            .any(|w| year_like(w.trim_end_matches([',', '.'])));
    let least = if leaf.is_some() { 1 } else { 2 };
    (parts.len() >= least && parts.len() <= 4 && short && numbered)
        .then_some((start, start + t.len()))
}

/// A word of a shelfmark: a number or a word with digits (`3/265`,
/// `Р-5446`, `F7`), a word in capitals (`ADM`, `MS`), or a short
/// abbreviation (`Add.`, `Rep.`, `Оп.`, `f.`).
fn shelf_word(w: &str, bare: &str) -> bool {
    if bare.is_empty() || bare.contains(['(', ')', '"', '“', '”']) {
        return false;
    }
    bare.chars().any(|c| c.is_ascii_digit())
        || capitals_word(bare)
        || (w.ends_with('.') && bare.chars().count() <= 4 && bare.chars().all(char::is_alphabetic))
}

/// A lowercase abbreviation that labels the number after it (`leg. 4`,
/// `exp. 12`, `b. 12`, `fasc. 3`, `rubr. 12`): Spanish and Italian
/// archives number their bundles, files and boxes so, and after an
/// archive's abbreviation such a number is as much a shelfmark as a word
/// in capitals (`AHN, Consejos, leg. 1234, exp. 5`; `ASV, Segr. Stato,
/// rubr. 12, b. 12, fasc. 3`). A page or volume word is no label.
fn labelled_number(words: &[(usize, &str)], j: usize, at: &str, g: &Grammar) -> bool {
    let w = words[j].1;
    let Some(bare) = w.strip_suffix('.') else {
        return false;
    };
    let numbered = words.get(j + 1).is_some_and(|&(_, next)| {
        next.trim_end_matches([',', '.', ';'])
            .bytes()
            .all(|b| b.is_ascii_digit())
    });
    // The word and its number only: the lexicons look no further.
    let mut cut = at.len().min(w.len() + 12);
    while !at.is_char_boundary(cut) {
        cut -= 1;
    }
    let here = &at[..cut];
    numbered
        && (1..=5).contains(&bare.chars().count())
        && bare.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        && g.page.find(here).is_none_or(|m| m.start > 0)
        && g.volume.find(here).is_none_or(|m| m.start > 0)
}

/// Letters only, all of them capitals (`ADM`, `MS`, `R`, `Ф`).
fn capitals_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
}

/// A series of an archive written in capitals and its number (`F7` of
/// `AN, F7 12345`, `BB18`).
fn series_word(w: &str) -> bool {
    let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
    letters.len() < w.len() && (1..=3).contains(&letters.len()) && capitals_word(letters)
}

/// A number or a range of numbers and nothing else (`12`, `45–47`).
fn bare_number(t: &str) -> bool {
    t.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | ' ' | ','))
}

/// A year standing alone (`1854`): a date after the shelfmark, no part of
/// it.
fn year_like(w: &str) -> bool {
    w.len() == 4 && crate::grammar::is_year(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Archive, place, shelfmark, description and leaf.
    type Read = (
        String,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
    );

    fn read(s: &str) -> Option<Read> {
        let g = Grammar::builtin();
        let a = archival(s, &g)?;
        let ar = a.item.archive.clone()?;
        Some((
            ar.archive,
            ar.place,
            ar.location.unwrap_or_default(),
            a.item.title.clone(),
            a.pin.map(|p| format!("{} {}", p.label, p.value)),
        ))
    }

    #[test]
    fn a_bundle_number_after_sections_is_a_shelfmark() {
        let lima = read("AGI, Lima, 654.").unwrap();
        assert_eq!((lima.0.as_str(), lima.2.as_str()), ("AGI", "Lima, 654"));
        let named = read("Archivo General de Indias (AGI), Escribanía, 512A, f. 3.").unwrap();
        assert_eq!(named.2, "Escribanía, 512A");
        assert_eq!(named.4.as_deref(), Some("folio 3"));
        // A number alone right after the name, or a year, is no bundle.
        assert_eq!(section_bundle(", 12"), None);
        assert_eq!(section_bundle(", Lima, 1688"), None);
        assert_eq!(section_bundle(", Guerra Moderna, 4321"), Some((18, 22)));
    }

    #[test]
    fn an_archive_its_place_and_a_shelfmark() {
        assert_eq!(
            read("The National Archives, Kew (hereafter TNA), ADM 3/265, Board Minutes, 12 April 1854, fol. 12."),
            Some((
                "The National Archives".into(),
                Some("Kew".into()),
                "ADM 3/265".into(),
                Some("Board Minutes".into()),
                Some("folio 12".into())
            ))
        );
        assert_eq!(
            read("British Library, Add. MS 44529, Gladstone to Wood, 14 March 1855."),
            Some((
                "British Library".into(),
                None,
                "Add. MS 44529".into(),
                Some("Gladstone to Wood".into()),
                None
            ))
        );
        assert_eq!(
            read("Bundesarchiv (BArch), R 43 I/1234, Bl. 12."),
            Some((
                "Bundesarchiv".into(),
                None,
                "R 43 I/1234".into(),
                None,
                Some("folio 12".into())
            ))
        );
        // A bibliography entry, its parts closed by periods.
        assert_eq!(
            read("The National Archives, Kew. ADM 3/265, Admiralty Board Minutes, 1854."),
            Some((
                "The National Archives".into(),
                Some("Kew".into()),
                "ADM 3/265".into(),
                Some("Admiralty Board Minutes".into()),
                None
            ))
        );
    }

    #[test]
    fn an_abbreviated_archive_needs_a_shelfmark_in_capitals() {
        let g = Grammar::builtin();
        let a = archival("TNA, MT 23/4, Transport Department In-Letters, 1854.", &g).unwrap();
        let ar = a.item.archive.clone().unwrap();
        assert_eq!(ar.archive, "TNA");
        assert_eq!(ar.abbreviation.as_deref(), Some("TNA"));
        assert_eq!(ar.location.as_deref(), Some("MT 23/4"));
        assert_eq!(a.item.year(), Some(1854));
        let a = archival(
            "The National Archives, Kew (hereafter cited as TNA), FO 371/1234, fol. 5.",
            &g,
        )
        .unwrap();
        assert_eq!(a.item.archive.unwrap().abbreviation.as_deref(), Some("TNA"));
        // Ukrainian: the abbreviation and the country it is the archive of;
        // `Спр.` (file) after `Оп.`, and the leaf `Арк.`.
        let a = archival("ЦДІАК України. Ф. 51. Оп. 3. Спр. 120. Арк. 4.", &g).unwrap();
        let ar = a.item.archive.clone().unwrap();
        assert_eq!(ar.archive, "ЦДІАК України");
        assert_eq!(ar.location.as_deref(), Some("Ф. 51. Оп. 3. Спр. 120"));
        assert_eq!(
            a.pin.map(|p| format!("{} {}", p.label, p.value)),
            Some("folio 4".into())
        );
        let a = archival("ЦГИА. Ф. 1. Оп. 2. Д. 3. Л. 4.", &g).unwrap();
        assert_eq!(
            a.item.archive.unwrap().location.as_deref(),
            Some("Ф. 1. Оп. 2. Д. 3")
        );
        assert_eq!(a.pin.map(|p| p.value), Some("4".into()));
        let a = archival("ГАРФ. Ф. Р-5446. Оп. 1. Д. 23. Л. 45.", &g).unwrap();
        assert_eq!(
            a.item.archive.unwrap().location.as_deref(),
            Some("Ф. Р-5446. Оп. 1. Д. 23")
        );
        assert_eq!(a.pin.map(|p| p.value), Some("45".into()));
        // Court decisions, reports and books are no archival sources.
        for s in [
            "EuGH, Rs. C-123/45, Slg. 2001, I-1234.",
            "OECD, PISA 2018 Results (Volume I), Paris: OECD Publishing, 2019.",
            "BGH, NJW 2003, 1308.",
            // A publisher after an abbreviation, and no shelfmark.
            "OECD Publishing, PISA 2018 Results, 45.",
            "John Smith, The Archive and Its Keepers, 2nd ed. (London: Verso, 2001), 45.",
            "Smith, J. (2001). Libraries in 2000. Journal of Archives, 12(3), 45–67.",
            "Library of Congress, Annual Report 2010.",
            "British Library, The Gladstone Papers Catalogue, London, 1953.",
            // Short titles with an archive's word, and a page.
            "Archive Fever, 12.",
            "The Archive and the State, Chicago, 45–47.",
        ] {
            assert_eq!(archival(s, &g), None, "{s}");
        }
    }
}

#[cfg(test)]
mod held_tests {
    use super::*;

    /// (collection, holder, file number) of a held collection.
    fn held(s: &str) -> Option<(String, String, Option<String>)> {
        let g = Grammar::builtin();
        let a = held_collection(s, &g)?;
        let ar = a.item.archive.clone()?;
        Some((a.item.title?, ar.archive, ar.location))
    }

    #[test]
    fn a_collection_its_number_and_its_holder() {
        assert_eq!(
            held("《内阁大库档案》，编号038472，台北“中央研究院”历史语言研究所藏。"),
            Some((
                "内阁大库档案".into(),
                "台北“中央研究院”历史语言研究所".into(),
                Some("编号038472".into())
            ))
        );
        assert_eq!(
            held("《巴县档案》6-3-1234，四川省档案馆藏。"),
            Some((
                "巴县档案".into(),
                "四川省档案馆".into(),
                Some("6-3-1234".into())
            ))
        );
        // The holder first, after it a colon.
        assert_eq!(
            held("四川省档案馆藏：《巴县档案》6-3-1234"),
            Some((
                "巴县档案".into(),
                "四川省档案馆".into(),
                Some("6-3-1234".into())
            ))
        );
    }

    #[test]
    fn japanese_holders_with_shozo() {
        assert_eq!(
            held("『公文類聚』第5編巻12、国立公文書館所蔵。"),
            Some((
                "公文類聚".into(),
                "国立公文書館".into(),
                Some("第5編巻12".into())
            ))
        );
        assert_eq!(
            held("「大石家文書」A-12（長野県立歴史館所蔵）"),
            Some((
                "大石家文書".into(),
                "長野県立歴史館".into(),
                Some("A-12".into())
            ))
        );
    }

    #[test]
    fn no_holder_no_archive() {
        // A publisher, a place ending in 藏, prose after the number.
        assert_eq!(held("《西藏通史》，拉萨：西藏人民出版社，2010年。"), None);
        assert_eq!(
            held("《清史稿》卷12，北京：中华书局，1977年，第45页。"),
            None
        );
        assert_eq!(held("《巴县档案》，参见前文所述的收藏"), None);
        assert_eq!(
            held("王明：《论档案》，载《档案学研究》2001年第2期，国家图书馆藏"),
            None
        );
    }
}
