//! A reference (a full citation in a note, or a bibliography entry) split
//! into CSL fields: authors, title, container, publisher, place, volume,
//! issue, pages, date, URL, access date. Text no rule takes is kept in
//! `unparsed`, never dropped.
//!
//! The title is found first, by its delimiters (“…”, "…", *…*, 『…』, 「…」,
//! «…», „…“), because everything else is placed relative to it: the authors
//! stand before it, the container and the publication details after it.
//! References without delimiters (APA, Chicago author-date) are read from
//! their `(Year)` or `. Year.` instead.

use crate::grammar::{Grammar, LexMatch, Role};
use crate::model::{CslDate, CslItem, CslName};
use crate::syntax::edition::{self, Edition};
use crate::syntax::name::{is_generation, parse_names, NameOrder};
use crate::text::clean_field;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A parsed reference.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParsedReference {
    /// The fields.
    pub item: CslItem,
    /// Leftover text.
    pub unparsed: Option<String>,
    /// Byte range of the author part in the parsed text.
    pub authors: Option<(usize, usize)>,
    /// Byte range of the title (inside the delimiters).
    pub title: Option<(usize, usize)>,
    /// The title was in italics or book brackets (a book, a report).
    pub title_is_book: bool,
    /// A year suffix (`2019a`).
    pub year_suffix: Option<char>,
    /// The reference names its own type (GB/T 7714 `[M]`, `[J]`, `[D]`):
    /// [`CslItem::kind`] is that, not a guess from the fields.
    pub kind_written: bool,
}

/// `<https://…>` or a bare `https://…`.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"<(https?://[^>\s]+)>|(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:'”’]",
    )
});

/// `doi:10.…` or `https://doi.org/10.…` are kept as URL too.
static DOI: LazyLock<Regex> =
    LazyLock::new(|| crate::re::constant(r"(?i)\bdoi:\s*(10\.[0-9]{4,9}/[^\s]+[^\s.,;])"));

/// APA volume(issue): `12(3)`, not a year in parentheses; also right
/// after a journal's CJK title marks (`『経済研究』46(12)`).
static VOL_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(r"(?:^|[\s,*』」》〉])([0-9]{1,4})\s?\(([0-9]{1,4}(?:[-–][0-9]{1,4})?)\)")
});

/// A page range after a comma at the end: `, 45–67.` or `: 45-67` (the
/// full-width period of lists that write `，．` too: `, 4-17．`).
static TRAILING_PAGES: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(r"[,:]\s*([0-9]{1,5}\s*[-–—]\s*[0-9]{1,5}|[0-9]{1,5})\s*[.。．]?\s*$")
});

/// A journal's volume, its issue in brackets and its pages after a colon
/// closing an entry (`『社会学評論』61 (2): 123-140。`, `American Journal of
/// Sociology, 94: S95-S120.`, `62（3）：123-140`, `46(12): 4-17．`), as
/// Japanese author-date lists write them. The volume and the issue have one to three digits
/// (not a year's four: `12 (2012): 1–20` is Chicago's volume and year),
/// the volume after a space, a comma or a closing bracket; pages may carry
/// a supplement's letter, and an online journal's article number its `e`
/// and up to eight digits (`PLoS Medicine 11 (4): e1003012`).
static JOURNAL_NUMBERS_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"(?:^|[\s,，』」*])([0-9]{1,3})\s?(?:[(（]([0-9]{1,3}(?:[-–][0-9]{1,3})?)[)）])?\s?[:：]\s?((?:[0-9]{1,5}|[A-Ze][0-9]{1,8})(?:\s?[-–—]\s?[A-Z]?[0-9]{1,5})?)\s*[.。．]?\s*$",
    )
});

/// A chapter's page range after its book's publisher and a comma
/// (`ミネルヴァ書房，19-29`), as Japanese lists write it.
static PAGES_AFTER_PUBLISHER: LazyLock<Regex> =
    LazyLock::new(|| crate::re::constant(r"[,，]\s*([0-9]{1,5}\s*[-–—]\s*[0-9]{1,5})$"));

/// `Place: Publisher` (`New York: W. W. Norton & Company`, `MA: Addison-Wesley`,
/// `بيروت: دار الشروق`: a place in a script without capitals opens with any letter),
/// `Cambridge, MA: Harvard University Press`, `Ithaca, N.Y.: Cornell`,
/// `New York, NY, USA: McGraw-Hill` as IEEE writes it), with
/// its runs unbounded: [`place_publisher`] checks their lengths. (Bounded
/// repetitions of Unicode classes, `[^:,()]{0,40}`, made this one regex
/// cost 4.5 ms to compile, a twentieth of a small paper's run.)
static PLACE_PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^\s*((?:\p{Lu}|[\p{Arabic}\p{Hebrew}&&\p{L}])([^:,()]*)((?:,\s*\p{Lu}[\p{L}.]*){0,2})):([^,()]*)",
    )
});

/// The place and the publisher of `Place: Publisher` at the start of `t`
/// (byte ranges): what `^\s*([\p{Lu}][^:,()]{0,40}(?:,\s*\p{Lu}[\p{L}.]{0,12})?):\s*([^,()]{2,80})`
/// captures. After its first capital the place runs to the first `:` or
/// `,` (the 40 characters are all of them), a state after a comma to the
/// `:` (12); the publisher is the run of characters other than `,()`
/// after the colon, less its leading spaces, but at least two characters
/// (a space kept if it must be), and 80 at most.
fn place_publisher(t: &str) -> Option<(Range<usize>, Range<usize>)> {
    let c = crate::re::captures(&PLACE_PUBLISHER, t)?;
    let chars = |i| crate::re::group_chars(&c, i);
    // Each state or country part: a capital and at most twelve more.
    let parts_fit = c.get(3).is_none_or(|m| {
        m.as_str()
            .split(',')
            .skip(1)
            .all(|p| p.trim_start().chars().count() <= 13)
    });
    if chars(2) > 40 || !parts_fit {
        return None;
    }
    let (place, rest) = (c.get(1)?, c.get(4)?);
    let run = rest.as_str();
    let total = crate::re::group_chars(&c, 4);
    if total < 2 {
        return None;
    }
    let spaces = run.chars().take_while(|ch| ch.is_whitespace()).count();
    let first = spaces.min(total - 2);
    let last = (first + 80).min(total);
    // Byte offsets of the `first`th and `last`th characters of the run.
    let mut offsets = run.char_indices().map(|(i, _)| i).chain([run.len()]);
    let start = offsets.nth(first)?;
    let end = offsets.nth(last - first - 1)?;
    let end = end + partners_after(&run[start..end], &t[rest.start() + end..]);
    Some((place.range(), rest.start() + start..rest.start() + end))
}

/// The length of the partners' names that go on a publisher named after
/// its founders (`Little, Brown`, `Farrar, Straus and Giroux`, `Harcourt,
/// Brace & World`), as American houses are, in `after`, what follows the
/// publisher's first name `publ` up to its first comma: `publ` is one
/// capitalised word, and `after` a comma, then one to three capitalised
/// words of three letters or more (an `and` or `&` between them) without
/// digits, which end the imprint (the text's end, a period, a closing bracket, a semicolon) or
/// stand before a comma and a number (`, 2008`). 0 when there are none.
fn partners_after(publ: &str, after: &str) -> usize {
    let single = publ.trim_end();
    if single.is_empty()
        || single.contains(' ')
        || !single.chars().next().is_some_and(char::is_uppercase)
        || !single.chars().all(char::is_alphabetic)
    {
        return 0;
    }
    let Some(tail) = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(",\n"))
    else {
        return 0;
    };
    let len = tail
        .find(|c: char| matches!(c, ',' | '.' | ')' | ';' | ':' | '(') || c.is_ascii_digit())
        .unwrap_or(tail.len());
    let part = tail[..len].trim_end();
    let words: Vec<&str> = part.split_whitespace().collect();
    // `Campus, S. 241`, `Beck, Bd. 2`: an abbreviated page or volume word
    // is no partner's name.
    let capitalised = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
            && w.chars().count() >= 3
    };
    let plain = (1..=4).contains(&words.len())
        && words.first().is_some_and(capitalised)
        && words.last().is_some_and(capitalised)
        && words
            .iter()
            .all(|w| capitalised(w) || matches!(*w, "and" | "&"));
    let next = &tail[len..];
    let numbered = next
        .strip_prefix('.')
        .is_some_and(|n| n.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    let closes = next.is_empty()
        || next.starts_with(['.', ')', ';']) && !numbered
        || next
            .strip_prefix(", ")
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
    if plain && closes && !next.starts_with(|c: char| c.is_ascii_digit()) {
        after.len() - tail.len() + part.len()
    } else {
        0
    }
}

/// Whether a line is a book's imprint alone (`New York: W. W. Norton,
/// 1984.`, `Reading, MA: Addison-Wesley, 1983.`): a place, a publisher and
/// a year that ends the line, as a broken entry's second line reads.
pub fn is_imprint_line(line: &str, g: &Grammar) -> bool {
    let t = line.trim();
    let place = match place_publisher(t) {
        Some((place, _)) => &t[place],
        // `파주: 나남, 1971.`, `東京: 岩波書店, 1990.`
        None => match t.split_once([':', '：']) {
            Some((p, _)) if is_cjk_place(p) => p,
            _ => return false,
        },
    };
    t.chars().count() <= 100
        && place.split_whitespace().count() <= 4
        && !place.contains(|c: char| c.is_ascii_digit())
        && g.dates.find_all(t).last().is_some_and(|d| {
            let tail = t[d.end..].trim_start_matches([')', '.', ' ']);
            // `Niterói: EdUFF, 2011. p. 141-170.`: a chapter's pages.
            let pages = || {
                g.page.find(tail).is_some_and(|m| {
                    m.start == 0 && tail[m.end..].trim_matches(['.', ' ']).is_empty()
                })
            };
            tail.is_empty() || extent(tail) || pages()
        })
}

/// Whether `t` is a book's extent alone: a number of one to four digits
/// and an abbreviated word of one to five letters (`2 v.`, `3 vols.`,
/// `320 p.`, `2 Bde.`), as ABNT and German lists close an imprint.
fn extent(t: &str) -> bool {
    let Some((number, word)) = t.split_once(' ') else {
        return false;
    };
    let letters = word.strip_suffix('.').unwrap_or("");
    (1..=4).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && (1..=5).contains(&letters.chars().count())
        && letters.chars().all(char::is_alphabetic)
}

/// A count of volumes opening `t` before a bracket (`4 vols. (London`,
/// `2 vols (London`, `3 Bde. (München`): the count's number, and where the
/// bracket opens. The count is an [`extent`] whose word is in lowercase
/// letters or capitalised, with or without its period.
fn extent_before_bracket(t: &str) -> Option<(&str, usize)> {
    let open = t.find('(')?;
    let count = t[..open].trim_end().trim_end_matches(',');
    let (number, word) = count.split_once(' ')?;
    let word = word.trim_end_matches('.');
    let ok = !word.is_empty()
        && word.chars().skip(1).all(char::is_lowercase)
        && extent(&format!("{number} {word}."));
    ok.then_some((number, open))
}

/// `A History of Kent, 2 vols. London: …`: a count of volumes closing a
/// title after a comma (the period that ended it trimmed) is no part of
/// it, as `2 vols., London` is no part of the imprint. The count's word is
/// in lowercase (`vols`, `v`, `voll`, `t`), so a title's last words
/// (`Poems, 12 Songs`) stay.
fn title_without_extent(item: &mut CslItem) {
    let Some(title) = item.title.as_deref() else {
        return;
    };
    let Some(comma) = title.rfind(", ") else {
        return;
    };
    let part = title[comma + 2..].trim_end_matches('.');
    let lowercase = part
        .split_once(' ')
        .is_some_and(|(_, w)| w.chars().all(|c| c.is_lowercase()));
    if lowercase && extent(&format!("{part}.")) {
        item.title = Some(title[..comma].trim_end().to_string());
    }
}

/// `. Journal Name 99 (2001): 2, 101–115.` after a title: the journal
/// (capitalised words), volume, year, issue and pages.
static JOURNAL_VOLUME_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^\.\s+(\p{Lu}[\p{L}\- ]*[\p{L}])\s+([0-9]{1,4})\s*\(([0-9]{4})\)(?::\s*([0-9]{1,3}))?,\s*([0-9]+(?:[–-][0-9]+)?)\.?\s*$",
    )
});

/// Whether a line is an imprint without a year (`Oslo: Cappelen Damm.`),
/// as an author-date entry's last line reads when its year stood after the
/// names: a place of four words at most, a colon, a publisher, a period,
/// and no digit.
pub fn is_dateless_imprint_line(line: &str) -> bool {
    let t = line.trim();
    let Some((place, _)) = place_publisher(t) else {
        return false;
    };
    t.chars().count() <= 60
        && t.ends_with('.')
        && t[place].split_whitespace().count() <= 4
        && !t.contains(|c: char| c.is_ascii_digit())
}

/// A place of publication in CJK script before a colon (`서울`, `東京`):
/// short, with no punctuation or title brackets.
fn is_cjk_place(p: &str) -> bool {
    p.chars().next().is_some_and(crate::segment::is_cjk)
        && p.chars().count() <= 12
        && !p.contains([',', '.', '(', '『', '「'])
}

/// A book's imprint in CJK alone (`서울: 후마니타스.`, `東京: 岩波書店`):
/// the place before the colon, the publisher after it up to a final
/// period. `None` unless the place is [`is_cjk_place`] and the publisher
/// one short name without a sentence end inside.
pub(crate) fn cjk_place_publisher(t: &str) -> Option<(Range<usize>, Range<usize>)> {
    let colon = t.find([':', '：'])?;
    let place = t[..colon].trim_end();
    let after = colon + t[colon..].chars().next().map_or(1, char::len_utf8);
    let publ = t[after..].trim_start();
    let start = t.len() - publ.len();
    let publ = publ.trim_end().trim_end_matches(['.', '。']).trim_end();
    let ok = is_cjk_place(place)
        && !publ.is_empty()
        && publ.chars().count() <= 40
        && !publ.contains(['.', '。', ',', ':', '：']);
    ok.then(|| (0..place.len(), start..start + publ.len()))
}

/// An ordinal of the grammars' `ordinal_prefix` and a number alone, in
/// digits or Han numerals, opening `t` (`第一, 1965`, `第3(東京: …)`): the
/// volume of a book that names no volume word. Its length and value;
/// `None` when a letter follows (`第一版`, `第3条`).
fn bare_ordinal(t: &str, g: &Grammar) -> Option<(usize, String)> {
    let prefix = g
        .ordinal_prefix
        .iter()
        .filter(|p| p.chars().all(crate::segment::is_cjk))
        .find(|p| !p.is_empty() && t.starts_with(p.as_str()))?;
    let rest = &t[prefix.len()..];
    let digits = rest
        .find(|c: char| !c.is_ascii_digit() && !crate::grammar::is_han_numeral(c))
        .unwrap_or(rest.len());
    let number = &rest[..digits];
    let next = rest[digits..].chars().next();
    let ends = next.is_none_or(|c| matches!(c, ',' | '，' | '、' | ' ' | '(' | '（' | '.'));
    let value = crate::grammar::locator_value(number);
    (!number.is_empty() && number.chars().count() <= 4 && ends && value.parse::<u32>().is_ok())
        .then(|| (prefix.len() + digits, value))
}

/// A volume written alone right after a book's title marks (`『…』 2(`,
/// `『…』 상,`): after spaces only, one or two digits or a word of the
/// grammars' `locators.book_parts`, then a comma, a bracket, a period, a
/// space or the end. Its offset and length in `t`.
fn volume_after_book(t: &str, g: &Grammar) -> Option<(usize, usize)> {
    let rest = t.trim_start_matches(' ');
    let lead = t.len() - rest.len();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let len = if digits > 0 {
        digits
    } else {
        g.book_parts
            .iter()
            .find(|w| rest.starts_with(w.as_str()))?
            .len()
    };
    let ends = rest[len..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ',' | '，' | '、' | ' ' | '(' | '（' | '.' | '\n'));
    (ends && digits <= 2).then_some((lead, len))
}

/// The length of a part word of the grammars' `locators.book_parts`
/// glued to the volume just read (`上` of `第一卷上`, `下` of `제2권 하`
/// is none: only right after it), as a volume printed in parts is cited:
/// a comma, a bracket, a period, a space or the end after it. 0 when none.
fn part_after_volume(rest: &str, g: &Grammar) -> usize {
    let Some(w) = g.book_parts.iter().find(|w| {
        rest.strip_prefix(w.as_str()).is_some_and(|r| {
            r.chars().next().is_none_or(|c| {
                matches!(c, ',' | '，' | '、' | ' ' | '(' | '（' | '.' | '。' | '\n')
            })
        })
    }) else {
        return 0;
    };
    w.len()
}

/// A publisher's name in CJK alone, as a book's imprint in brackets gives
/// it (`有斐閣`, `笠井出版`, `中国人民大学出版社`): CJK letters (`・` between
/// them), no digit, up to 20.
fn cjk_publisher(p: &str) -> bool {
    let n = p.chars().count();
    (2..=20).contains(&n)
        && p.chars()
            .all(|c| c == '・' || (crate::segment::is_cjk(c) && c.is_alphabetic()))
}

/// A delimited span: (open start, inner start, inner end, close end,
/// is_book).
type Delimited = (usize, usize, usize, usize, bool);

/// Finds the title: the first delimited span that stands for a title or a
/// journal. Returns (open start, inner start, inner end, close end,
/// is_book).
///
/// Quotes inside a title written without marks are passed over (`Il
/// «contatto sociale» nella giurisprudenza`, `Itinerari europei nella
/// «terra di nessuno tra contratto e fatto illecito»`, `Università di Roma
/// «La Sapienza»`): Italian and Spanish notes set titles in italics, which
/// text converted from PDF loses, and quote words within them. A quote
/// that opens after a word (no comma, period, colon or bracket before it;
/// not a container word like `in`) is such a quote, and so the next span
/// is looked for, a few times at most.
pub fn find_title(s: &str) -> Option<Delimited> {
    let mut from = 0;
    for _ in 0..MOST_INNER_QUOTES {
        let rest = s.get(from..)?;
        let found = first_delimited(rest)?;
        let (open, inner, end, close, book) = found;
        let found = (from + open, from + inner, from + end, from + close, book);
        if !inner_quote(s, found.0) {
            return Some(found);
        }
        from = found.3;
    }
    None
}

/// What closes a low opening quote `„`: `“` (German), `”` (Polish,
/// Romanian) and, in PDF conversions, a straight `"` (`„Titlu"`).
const LOW_QUOTE_CLOSERS: &[char] = &['“', '”', '"'];

/// The most quotes inside an unmarked title [`find_title`] passes over.
const MOST_INNER_QUOTES: usize = 4;

/// Whether the quote opening at `open` in `s` (`«`, `“`, `„`) stands
/// inside words: a word ends right before it, and that word is no
/// container word (`in «Rivista»`, `dans « Revue »`, `w: „Czasopismo”`)
/// and no signal (`see “Title”`).
fn inner_quote(s: &str, open: usize) -> bool {
    if !s[open..].starts_with(['«', '“', '„']) {
        return false;
    }
    let before = &s[..open];
    let Some(word) = before
        .strip_suffix(' ')
        .and_then(|b| b.split([' ', '\n']).next_back())
    else {
        return false;
    };
    const OPENERS: [&str; 16] = [
        "in", "In", "en", "En", "em", "Em", "dans", "Dans", "w", "W", "im", "i", "see", "See",
        "also", "and",
    ];
    !word.is_empty() && word.chars().all(char::is_alphabetic) && !OPENERS.contains(&word)
}

/// The first delimited span of `s`: (open start, inner start, inner end,
/// close end, is_book).
///
/// Each kind of delimiter is looked for only before the earliest span found
/// so far: a later one could not be the first.
fn first_delimited(s: &str) -> Option<Delimited> {
    type Finder<'a> = &'a dyn Fn(usize) -> Option<Delimited>;
    let mut best: Option<Delimited> = None;
    // Each kind with its opening marks: a kind none of whose marks occur
    // in the text is not looked for.
    let finders: [(&[char], Finder<'_>); 13] = [
        (&['“'], &|limit| nested(s, limit, '“', '”', false)),
        (&['«'], &|limit| guillemets(s, limit)),
        // Danish and German `»Titel«`: a `»` before any `«` opens.
        (&['»'], &|limit| {
            let limit = s.find('«').map_or(limit, |q| limit.min(q));
            nested(s, limit, '»', '«', false)
        }),
        (&['„'], &|limit| {
            pair(s, limit, '„', LOW_QUOTE_CLOSERS, false)
        }),
        (&['『'], &|limit| nested(s, limit, '『', '』', true)),
        (&['「'], &|limit| nested(s, limit, '「', '」', false)),
        (&['《'], &|limit| nested(s, limit, '《', '》', true)),
        (&['〈'], &|limit| nested(s, limit, '〈', '〉', false)),
        (&['"'], &|limit| straight(s, limit, '"')),
        (&['”'], &|limit| same_marks(s, limit, '”')),
        (&['*'], &|limit| italic(s, limit, '*')),
        (&['_'], &|limit| italic(s, limit, '_')),
        (&['‘', '\''], &|limit| single_quoted(s, limit)),
    ];
    let bytes = crate::text::ByteSet::of(s);
    for (marks, find) in finders {
        if !marks
            .iter()
            .any(|m| bytes.has_all(m.encode_utf8(&mut [0; 4])))
        {
            continue;
        }
        // A finder only opens before `limit`.
        if let Some(c) = find(best.map_or(s.len(), |b| b.0)) {
            if c.2 > c.1 {
                best = Some(c);
            }
        }
    }
    best
}

/// The first span in `«` `»` before `limit` that is a title: a span that
/// follows a lowercase word which is none of a container's (`in`,
/// `dans`) quotes words inside a title without marks (`Alsace-Lorraine.
/// Histoire d'un « pays perdu » de 1870 à nos jours`) and is passed over.
fn guillemets(s: &str, limit: usize) -> Option<Delimited> {
    /// Words after which a mark opens a journal's or a book's name.
    const CONTAINER: [&str; 7] = ["in", "dans", "en", "em", "w", "v", "u"];
    let mut from = 0;
    // A few spans at most are passed over.
    for _ in 0..4 {
        let rest = s.get(from..)?;
        let d = nested(rest, limit.checked_sub(from)?, '«', '»', false)?;
        let before = rest[..d.0].trim_end();
        let word = before
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("");
        let inside = word.chars().next().is_some_and(char::is_lowercase)
            && word.chars().next_back().is_some_and(char::is_alphabetic)
            && !CONTAINER.contains(&word);
        if !inside {
            return Some((d.0 + from, d.1 + from, d.2 + from, d.3 + from, d.4));
        }
        from += d.3;
    }
    None
}

/// The first `open` that starts before `limit`.
fn opening(s: &str, limit: usize, open: char) -> Option<usize> {
    s.get(..limit)?.find(open)
}

/// The first span opened by `open` before `limit` and closed by `close`
/// at the same depth.
fn nested(s: &str, limit: usize, open: char, close: char, book: bool) -> Option<Delimited> {
    let start = opening(s, limit, open)?;
    let inner = start + open.len_utf8();
    let mut depth = 1;
    for (i, c) in s[inner..].char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                let end = inner + i;
                return Some((start, inner, end, end + close.len_utf8(), book));
            }
        }
    }
    // Unclosed: a nested pair that closed once only (`“A “B”,”` mis-typed);
    // take up to the last close.
    let last = s[inner..].rfind(close)?;
    let end = inner + last;
    Some((start, inner, end, end + close.len_utf8(), book))
}

fn pair(s: &str, limit: usize, open: char, closes: &[char], book: bool) -> Option<Delimited> {
    let start = opening(s, limit, open)?;
    let inner = start + open.len_utf8();
    let (i, c) = s[inner..]
        .char_indices()
        .find(|(_, c)| closes.contains(c))?;
    let end = inner + i;
    Some((start, inner, end, end + c.len_utf8(), book))
}

fn straight(s: &str, limit: usize, q: char) -> Option<Delimited> {
    let start = opening(s, limit, q)?;
    let inner = start + 1;
    let rel = s[inner..].find(q)?;
    Some((start, inner, inner + rel, inner + rel + 1, false))
}

/// `”Titel”` (Swedish and Finnish: the same mark opens and closes) opened
/// before `limit`: the opening mark stands after a space, a bracket or at
/// the start, before a non-space; an English closing `”` does not.
fn same_marks(s: &str, limit: usize, q: char) -> Option<Delimited> {
    let len = q.len_utf8();
    let mut from = 0;
    loop {
        let start = from + s.get(from..limit)?.find(q)?;
        let inner = start + len;
        let opens = s[..start]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | ':'))
            && s[inner..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_whitespace());
        if opens {
            let rel = s[inner..].find(q)?;
            return Some((start, inner, inner + rel, inner + rel + len, false));
        }
        from = inner;
    }
}

/// `*Title*` (Markdown italics) opened before `limit`: the opening star
/// must be followed by a non-space and the closing one preceded by a
/// non-space.
fn italic(s: &str, limit: usize, m: char) -> Option<Delimited> {
    let b = s.as_bytes();
    let mc = m as u8;
    let limit = limit.min(b.len());
    let mut i = 0;
    while let Some(k) = memchr::memchr(mc, &b[i..limit]) {
        i += k;
        if b.get(i + 1)
            .is_some_and(|c| !c.is_ascii_whitespace() && *c != mc)
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
        {
            let inner = i + 1;
            let mut j = inner;
            while let Some(k) = memchr::memchr(mc, &b[j..]) {
                j += k;
                if !b[j - 1].is_ascii_whitespace()
                    && b.get(j + 1).is_none_or(|c| !c.is_ascii_alphanumeric())
                {
                    return Some((i, inner, j, j + 1, true));
                }
                j += 1;
            }
            return None;
        }
        i += 1;
    }
    None
}

/// ‘Title’ opened before `limit`, only when the opening quote follows a
/// space or starts the text (so that the apostrophe in `Russia’s` is no
/// delimiter).
fn single_quoted(s: &str, limit: usize) -> Option<Delimited> {
    let head = s.get(..limit)?;
    let mut from = 0;
    while let Some(k) = head[from..].find(['‘', '\'']) {
        let i = from + k;
        // `‘Title’` or, in British style, `'Title'`.
        let (c, close) = if head[i..].starts_with('‘') {
            ('‘', '’')
        } else {
            ('\'', '\'')
        };
        let prev = s[..i].chars().next_back().unwrap_or(' ');
        if prev.is_whitespace() || prev == ',' || prev == '(' || i == 0 {
            let inner = i + c.len_utf8();
            if let Some(j) = closing_quote(s, inner, close) {
                if j > 0 {
                    return Some((i, inner, inner + j, inner + j + close.len_utf8(), false));
                }
            }
        }
        from = i + c.len_utf8();
    }
    None
}

/// Where a quote opened before `inner` closes with `close`, counted from
/// `inner`: the first `close` that no letter follows (one that a letter
/// follows is an apostrophe, `Russia’s`).
fn closing_quote(s: &str, inner: usize, close: char) -> Option<usize> {
    s[inner..]
        .char_indices()
        .find(|(k, ch)| {
            *ch == close
                && s[inner + k + ch.len_utf8()..]
                    .chars()
                    .next()
                    .is_none_or(|n| !n.is_alphabetic())
        })
        .map(|(j, _)| j)
}

/// `in Id., Scritti minori`, `in: ders., Gesammelte Schriften`: a container
/// whose title opens with a word of the grammars' `same_author` is the
/// author's own book; the word names the author, and is no part of the
/// title.
fn own_book_container(item: &mut CslItem, g: &Grammar) {
    let Some(t) = item.container_title.as_deref() else {
        return;
    };
    let book = g
        .same_author_prefix(t)
        .and_then(|n| t.get(n..))
        .map(str::trim_start)
        .filter(|b| b.starts_with(char::is_uppercase));
    if let Some(b) = book {
        item.container_title = Some(b.to_string());
    }
}

/// `G. Bianchi, Titolo, in Riv. dir. civ., 2011, II, p. 155`, `in Corr.
/// giur., 1999, p. 446`: Italian and Spanish notes name the journal of an
/// article after `in`/`en`, abbreviated and without quotes, where a book
/// would have its place and publisher. A "publisher" read right after
/// `in ` with no place, two to five words of letters of which two at
/// least are abbreviated with a period, is that journal.
fn abbreviated_journal_after_in(s: &str, item: &mut CslItem) {
    if item.publisher_place.is_some() || item.container_title.is_some() || !item.editor.is_empty() {
        return;
    }
    let Some(p) = item.publisher.as_deref() else {
        return;
    };
    let Some(at) = s.find(p) else {
        return;
    };
    let before = s[..at].trim_end();
    let after_in = [" in", " en", ",in", ",en"]
        .iter()
        .any(|w| before.ends_with(w));
    let written = &s[at..];
    let written = match written[p.len()..].starts_with('.') {
        true => &written[..p.len() + 1],
        false => &written[..p.len()],
    };
    let words: Vec<&str> = written.split_whitespace().collect();
    let shaped = (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.trim_end_matches('.').chars().all(char::is_alphabetic)
                && w.chars().next().is_some_and(char::is_alphabetic)
        })
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().filter(|w| w.ends_with('.')).count() >= 2;
    if after_in && shaped {
        item.container_title = Some(written.to_string());
        item.publisher = None;
        item.kind = "article-journal".into();
    }
}

/// A delimited span right at the start of `s` (after separators): the container.
fn leading_delimited(s: &str) -> Option<(usize, usize, usize)> {
    let mut lead = s.len()
        - s.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '.' | ':' | '，' | '、' | '：' | '。')
        })
        .len();
    // `In: *Journal*` / `in *Book*` / `In *Book*`
    for prefix in ["In:", "in:", "In ", "in "] {
        if s[lead..].starts_with(prefix) {
            lead += prefix.len();
            lead += s[lead..].len() - s[lead..].trim_start().len();
            break;
        }
    }
    let t = &s[lead..];
    let (open_start, inner, end, close_end, _) = find_title(t)?;
    if open_start != 0 {
        return None;
    }
    Some((lead + inner, lead + end, lead + close_end))
}

/// The editors and the book of a chapter written the CJK way, right after
/// the chapter's title: names, a role word of the grammars in CJK script
/// (`편`, `엮음`, `編`), then the book in `『』` (`, 박영희 편, 『한국정치론』`,
/// `山田太郎編『現代法』`), or a dedication ending in a word of the
/// grammars' `festschrift` in their place (`西原道雄先生古稀記念『現代民事法学の
/// 理論 上巻』`, `, 김철수 교수 정년기념, 『…』`), whose names are no
/// editors': an empty range. Chinese writes the book in `《》`, after a
/// colon, the names after a container word of the grammars (`，载王亚新、
/// 梁治平编：《明清时期的民事审判与民间契约》`, as the Chinese legal
/// citation manual has it); what stands before that word (a translator)
/// is no editor. The names' range and the book's [`leading_delimited`]
/// offsets, in `rest`.
fn cjk_editors_book(rest: &str, g: &Grammar) -> Option<(Range<usize>, (usize, usize, usize))> {
    let open = rest.find(['『', '《'])?;
    // `記念\n『…』`: the line may break before the book.
    let seps = [' ', ',', '、', '，', '.', '\n', '\r'];
    let head = rest[..open]
        .trim_end_matches(seps)
        .trim_end_matches(['：', ':'])
        .trim_end_matches(seps);
    let mut lead = head.len() - head.trim_start_matches(seps).len();
    // `，王亚新译，载王亚新、梁治平编`: the names after the last container
    // word.
    if let Some(after) = g
        .container_words
        .iter()
        .filter(|w| w.ends_with(crate::segment::is_cjk))
        .filter_map(|w| head.rfind(w.as_str()).map(|i| i + w.len()))
        .max()
    {
        lead = lead.max(after);
    }
    let cjk_word =
        |w: &&String| w.chars().all(crate::segment::is_cjk) && head.ends_with(w.as_str());
    let role = g.roles.iter().filter(cjk_word).max_by_key(|r| r.len());
    let dedication = g.festschrift.iter().find(cjk_word);
    let word = role.or(dedication)?;
    let names = head.get(lead..head.len() - word.len())?.trim_end();
    let plain = !names.chars().any(|c| {
        c.is_ascii_digit()
            || matches!(
                c,
                '『' | '』' | '「' | '」' | '“' | '”' | '"' | '(' | ')' | ':'
            )
    });
    if names.is_empty()
        || names.chars().count() > 40
        || !names.chars().any(crate::segment::is_cjk)
        || !plain
    {
        return None;
    }
    let (a, b, c) = leading_delimited(&rest[open..])?;
    let names = if role.is_some() {
        lead..lead + names.len()
    } else {
        lead..lead
    };
    Some((names, (open + a, open + b, open + c)))
}

/// Two or more inverted names at the start of a reference joined by a dash
/// between spaces, as Czech and Slovak lists after ČSN ISO 690 write
/// several authors (`JANÁK, Jan – HLEDÍKOVÁ, Zdeňka – DOBEŠ, Jan.`,
/// `NOVÁK, J. – SVOBODA, P.,`): the text with each such dash and its
/// spaces turned into a semicolon and spaces of the same length, so that
/// the names read as a list and every span stays where it was. None when
/// the reference does not open so.
fn dash_joined_inverted_names(s: &str) -> Option<String> {
    static NAMES: LazyLock<Regex> = LazyLock::new(|| {
        let name = r"\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+)?, \p{Lu}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*)?";
        crate::re::constant(&format!(r"^{name}(?: [–—] {name})+[.,]\s"))
    });
    let head = s.get(..crate::source::floor_char_boundary(s, 240))?;
    if !head.contains(" – ") && !head.contains(" — ") {
        return None;
    }
    let m = crate::re::captures(&NAMES, s)?.get(0)?;
    let names = &s[..m.end()];
    let joined = names.replace(" – ", ";    ").replace(" — ", ";    ");
    Some(format!("{joined}{}", &s[m.end()..]))
}

/// `NJB 2015/123, p. 40-48`, `AB 2018/27`: a slash and the number of the
/// article or decision within the year's volume, right after the year of a
/// work in a journal, as Dutch law reviews and reports are cited; read as
/// the work's `number` where it has none. Whether it was read.
fn year_slash_article(s: &str, item: &mut CslItem, used: &mut Used) -> bool {
    if item.container_title.is_none() || item.number.is_some() || !s.contains('/') {
        return false;
    }
    let Some(year) = item.issued.as_ref().and_then(|d| d.year()) else {
        return false;
    };
    let year = year.to_string();
    for (at, _) in s.match_indices(&format!("{year}/")) {
        let end = at + year.len();
        let before_digit = s[..at].ends_with(|c: char| c.is_ascii_digit());
        if before_digit || !used.contains(at, end) {
            continue;
        }
        if let Some(n) = crate::syntax::item::year_slash_number(&s[end..]) {
            if !used.contains(end, end + n) {
                item.number = Some(s[end + 1..end + n].to_string());
                used.add(end, end + n);
                return true;
            }
        }
    }
    false
}

struct Used(Vec<(usize, usize)>);

impl Used {
    fn add(&mut self, a: usize, b: usize) {
        if b > a {
            self.0.push((a, b));
        }
    }
    fn contains(&self, a: usize, b: usize) -> bool {
        self.0.iter().any(|&(x, y)| a < y && b > x)
    }
    /// The first start of a range inside `a..b`, after `a`.
    fn first_start_in(&self, a: usize, b: usize) -> Option<usize> {
        self.0
            .iter()
            .map(|&(x, _)| x)
            .filter(|&x| x > a && x < b)
            .min()
    }
    /// The stretches of a text of `len` bytes that no range covers, in
    /// order.
    fn gaps(&self, len: usize) -> Vec<(usize, usize)> {
        let mut ranges = self.0.clone();
        ranges.sort_unstable();
        let mut gaps = Vec::new();
        let mut last = 0;
        for (a, b) in ranges {
            if a > last {
                gaps.push((last, a));
            }
            last = last.max(b);
        }
        gaps.push((last, len.max(last)));
        gaps
    }
}

/// `Очерки истории. – М.: Наука, 2001. – 300 с.`: the dash that opens
/// each area of a GOST description after a period (`. – `, `. — `, `. - `)
/// is written as spaces of the same length, so that the areas read as the
/// sentences of other styles and every offset stays where it was.
fn without_area_dashes(s: &str) -> std::borrow::Cow<'_, str> {
    let dashes: Vec<(usize, usize)> = s
        .match_indices(". ")
        .filter_map(|(i, _)| {
            let after = &s[i + 1..];
            let rest = after.trim_start_matches([' ', '\u{a0}']);
            let dash = rest
                .chars()
                .next()
                .filter(|c| matches!(c, '–' | '—' | '-'))?;
            let spaced = rest[dash.len_utf8()..].starts_with(char::is_whitespace);
            let at = i + 1 + after.len() - rest.len();
            spaced.then(|| (at, at + dash.len_utf8()))
        })
        .collect();
    blanked(s, &dashes)
}

/// What a reference says of a printed loose-leaf work ([`loose_leaf`]).
#[derive(Debug, Default, PartialEq)]
struct LooseLeaf {
    /// The byte ranges of the state and of the loose-leaf word, each with
    /// the comma or bracket that opens it, in order and apart: the
    /// reference is read without them.
    cuts: Vec<(usize, usize)>,
    /// The date the work was brought up to (`1.3.2020`, `März 2021`, the
    /// year of a supplement).
    date: Option<crate::model::CslDate>,
    /// The supplement it was brought up to, as written (`95. EL`).
    supplement: Option<String>,
    /// The loose-leaf word (`Loseblatt`).
    genre: Option<String>,
    /// The words before the state, where only their being read as the
    /// imprint makes the state a printed work's (`München, Stand: …`,
    /// `München: C.H. Beck, Stand: …`).
    imprint: Option<String>,
}

/// The state of a printed loose-leaf work and its loose-leaf word in a
/// reference (German law books: `Handbuch, München, Stand: 1.3.2020`,
/// `Polizeigesetz, Loseblatt, Stuttgart, Stand: März 2021`, `Kommentar,
/// Köln (Stand: 12. Erg.-Lfg. 2019)`, `München, Stand: 95. EL Juli
/// 2021`). A word of the grammars' `state` opens a part of the reference
/// (after a comma or in brackets) and a date or a supplement (a number, a
/// period and a word of the grammars' `supplement`) follows it. It states
/// how far the leaves were brought up to date, not when an online
/// commentary was last read, where the imprint stands before it (the
/// words that the reference is then read to end its place or publisher
/// with, a place read, and no edition of its own: an online
/// commentary's `45. Ed., München, Stand: …` is dated by its edition),
/// where a loose-leaf word stands in the reference or where it names a
/// supplement, and no link is in the reference: its date is then the
/// work's date where there is no other, its supplement the edition. A part that is a word of the
/// grammars' `loose_leaf` alone is the work's genre, no publisher nor
/// place. `None` where the reference has neither.
fn loose_leaf(s: &str, g: &Grammar) -> Option<LooseLeaf> {
    // A cheap test first: a state or loose-leaf word in the text, no link.
    let has = |words: &[String]| words.iter().any(|w| s.contains(w.as_str()));
    if !(has(&g.state_words) || has(&g.loose_leaf_words)) || s.contains("://") || s.contains("www.")
    {
        return None;
    }
    let mut out = LooseLeaf::default();
    // `, Loseblatt,`: a part of its own.
    for w in &g.loose_leaf_words {
        for (i, _) in s.match_indices(w.as_str()) {
            let before = s[..i].trim_end_matches(' ');
            let after = s[i + w.len()..].trim_start_matches(' ');
            let opens =
                before.ends_with([',', '(']) || before.ends_with('.') && !before.ends_with("..");
            let closes = after.is_empty()
                || after.starts_with([',', ')', ';'])
                || after.starts_with('.') && !w.ends_with('.');
            if !opens || !closes || out.genre.is_some() {
                continue;
            }
            let bracketed = before.ends_with('(') && after.starts_with(')');
            let (a, b) = if bracketed {
                (
                    s[..before.len() - 1].trim_end().len(),
                    s.len() - after.len() + 1,
                )
            } else if before.ends_with(',') {
                (before.len() - 1, i + w.len())
            } else {
                // `Kommentar. Loseblatt, München`: after a sentence, the
                // comma after it goes with it.
                let end = i + w.len();
                (
                    i,
                    if after.starts_with(',') {
                        s.len() - after.len() + 1
                    } else {
                        end
                    },
                )
            };
            out.cuts.push((a, b));
            out.genre = Some(w.clone());
        }
    }
    let genre_at = out.cuts.first().copied();
    for w in &g.state_words {
        for (i, _) in s.match_indices(w.as_str()) {
            if out.date.is_some() || out.supplement.is_some() {
                break;
            }
            // `Stand:` or `Stand 1.3.2020`, not `Standard`.
            let rest = &s[i + w.len()..];
            if rest.starts_with(char::is_alphanumeric) {
                continue;
            }
            let before = s[..i].trim_end_matches(' ');
            let bracket = before.ends_with('(');
            if !bracket && !before.ends_with(',') {
                continue;
            }
            let lead = before[..before.len() - 1].trim_end();
            let from = i + w.len() + (rest.len() - rest.trim_start_matches([':', ' ']).len());
            let to = if bracket {
                from + s[from..].find(')')?
            } else {
                // At the end, the reference's final period stays.
                let end = s.trim_end().trim_end_matches('.').len().max(from);
                from + s[from..].find([',', ';', '(']).unwrap_or(end - from)
            };
            let body = s[from..to].trim_end();
            let supplement = supplement_in(body, g);
            let dated = match &supplement {
                Some((end, _)) => &body[*end..],
                None => body,
            };
            let date = g.dates.first(dated).filter(|d| {
                dated[..d.start].trim().is_empty()
                    && dated[d.end..].trim_matches(['.', ' ']).is_empty()
            });
            if date.is_none() && supplement.is_none() {
                continue;
            }
            // A place before it (`München, Stand`), the loose-leaf word, or a
            // supplement.
            // `München`, `Neuwied`, `München: C.H. Beck`: capitalised words,
            // no number.
            let imprint = lead.rsplit([',', '(']).next().map_or("", str::trim);
            let imprint_like = imprint.starts_with(char::is_uppercase)
                && imprint.split(' ').count() <= 5
                && !imprint.bytes().any(|c| c.is_ascii_digit());
            let proven = genre_at.is_some() || supplement.is_some();
            if !proven && !imprint_like {
                continue;
            }
            if !proven {
                out.imprint = Some(imprint.to_string());
            }
            let a = if bracket {
                s[..before.len() - 1].trim_end().len()
            } else {
                before.len() - 1
            };
            let b = if bracket { to + 1 } else { to };
            out.cuts.push((a, b));
            out.date = date.map(|d| d.date);
            out.supplement = supplement.map(|(_, written)| written);
        }
    }
    out.cuts.sort_unstable();
    // Two pieces that meet (`, Loseblatt, Stand: …`) are cut as one.
    out.cuts.dedup_by(|b, a| {
        if b.0 <= a.1 {
            a.1 = a.1.max(b.1);
            true
        } else {
            false
        }
    });
    (!out.cuts.is_empty()).then_some(out)
}

/// `s` without the byte ranges `cuts` (in order, apart, on char
/// boundaries): the pieces a reference is read without, where spaces
/// in their place would stand between the words around them (`Kommentar,
/// München.` of `Kommentar, Loseblatt, München, Stand: 95. EL.`).
fn without(s: &str, cuts: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut from = 0;
    for &(a, b) in cuts {
        out.push_str(&s[from..a]);
        from = b;
    }
    out.push_str(&s[from..]);
    out
}

/// The offset in the text before [`without`] took `cuts` out of it of
/// offset `x` in the text after: moved past each cut that stood before
/// it.
fn offset_before_cuts(x: usize, cuts: &[(usize, usize)]) -> usize {
    let mut taken = 0;
    for &(a, b) in cuts {
        if x > a - taken {
            taken += b - a;
        } else {
            break;
        }
    }
    x + taken
}

/// A supplement of a loose-leaf work opening `body` (`95. EL`, `12.
/// Erg.-Lfg.` of `12. Erg.-Lfg. 2019`): a number, a period, a word of
/// the grammars' `supplement`, ending at a space or the end. Where it
/// ends in `body`, and the supplement with its word whole (`12.
/// Erg.-Lfg.` of `12. Erg.-Lfg`, whose period the reference's end took).
fn supplement_in(body: &str, g: &Grammar) -> Option<(usize, String)> {
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) {
        return None;
    }
    let rest = body[digits..].strip_prefix('.')?;
    let word_at = digits + 1 + (rest.len() - rest.trim_start().len());
    let word = &body[word_at..];
    // `Erg.-Lfg` at the end of a body whose final period was left out.
    let (w, len) = g.supplement_words.iter().find_map(|w| {
        let whole = word.starts_with(w.as_str())
            && word[w.len()..]
                .chars()
                .next()
                .is_none_or(|c| c == ' ' || c == ',' || c == ')');
        let cut = w.strip_suffix('.').filter(|c| word == *c);
        if whole {
            Some((w, w.len()))
        } else {
            cut.map(|c| (w, c.len()))
        }
    })?;
    Some((word_at + len, format!("{}{w}", &body[..word_at])))
}

/// `s` with each of the byte ranges `blanks` (in order, apart, on char
/// boundaries) written as spaces of the same length, so that every offset
/// stays where it was; `s` itself when there are none.
fn blanked<'s>(s: &'s str, blanks: &[(usize, usize)]) -> std::borrow::Cow<'s, str> {
    if blanks.is_empty() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut from = 0;
    for &(a, b) in blanks {
        out.push_str(&s[from..a]);
        out.extend(std::iter::repeat_n(' ', b - a));
        from = b;
    }
    out.push_str(&s[from..]);
    std::borrow::Cow::Owned(out)
}

/// A reference with each series statement made of a series word and a
/// delimited name (`, coll. « Bibliothèque des histoires »`) written as
/// spaces of the same length, comma before it included: the quoted name of
/// a series is no title, and every offset stays where it was.
pub(crate) fn without_series<'s>(s: &'s str, g: &Grammar) -> std::borrow::Cow<'s, str> {
    if g.series_words.is_empty() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut blanks: Vec<(usize, usize)> = Vec::new();
    for (i, _) in s.match_indices(", ") {
        let at = i + 2;
        let Some(n) = s.get(at..).and_then(|rest| g.series_prefix(rest)) else {
            continue;
        };
        let from = at + n;
        let Some((open, _, _, close, _)) = find_title(&s[from..]) else {
            continue;
        };
        if s[from..from + open].trim().is_empty() && blanks.last().is_none_or(|b| b.1 <= i) {
            blanks.push((i, from + close + series_number_len(&s[from + close..], g)));
        }
    }
    blanked(s, &blanks)
}

/// The length of the book's number in its series after the series' name
/// (`, n° 1234` of `coll. « Que sais-je ? », n° 1234, 2004`, `, vol. 12`
/// of `collana «Saggi», vol. 12`): an issue or volume word and its number
/// after a comma, which a comma, a period or the end closes; 0 when none
/// follows. It numbers the book in the series, no issue of a journal.
fn series_number_len(after: &str, g: &Grammar) -> usize {
    let Some(t) = after.strip_prefix(", ") else {
        return 0;
    };
    [&g.issue, &g.volume]
        .iter()
        .find_map(|lex| lex.find(t).filter(|m| m.start == 0))
        .filter(|m| {
            t[m.end..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | ';'))
        })
        .map_or(0, |m| 2 + m.end)
}

/// `ISBN 978-80-200-1234-5`, `ISBN: 0-19-282120-9`, `ISBN-13 …`: the
/// number (digits, hyphens, spaces, a final `X`).
static ISBN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(r"\bISBN(?:-1[03])?:?[ \t]*([0-9][0-9 -]{8,15}[0-9Xx])\b")
});

/// A book's extent and ISBN after its imprint (`Praha: Academia, 2010.
/// 320 s. ISBN 978-80-200-1234-5.`, `Berlin 2005, 320 S.`, `2001. xii,
/// 320 pp.`): the number of pages is a number followed by a page word
/// written before its number (`s.` of `s. {n}`, `pp.` of `pp. {n}`) that
/// stands alone between periods or commas, the last thing but the ISBN.
/// Returns the number of pages, the ISBN and the byte ranges they take.
fn extent_and_isbn(s: &str, g: &Grammar) -> (Option<String>, Option<String>, Vec<(usize, usize)>) {
    let mut blanks = Vec::new();
    let mut isbn = None;
    let mut end = s.trim_end().trim_end_matches([',', ';']).trim_end().len();
    if let Some(c) = crate::re::captures(&ISBN, s) {
        if let (Some(w), Some(n)) = (c.get(0), c.get(1)) {
            let after = s[w.end()..].trim_start_matches(['.', ',', ';', ' ']);
            if after.trim().is_empty() || after.starts_with(['(', '[']) {
                isbn = Some(n.as_str().split_whitespace().collect::<String>());
                blanks.push((w.start(), w.end()));
                end = s[..w.start()]
                    .trim_end()
                    .trim_end_matches([',', ';'])
                    .trim_end()
                    .len();
            }
        }
    }
    let mut pages = None;
    let head = &s[..end];
    for word in &g.page_count_words {
        let Some(before) = head.strip_suffix(word.as_str()) else {
            continue;
        };
        let number = before.trim_end_matches([' ', '\u{a0}']);
        let digits = number.len() - number.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let start = number.len() - digits;
        let lead = number[..start].trim_end();
        // `S. 12 f.`: a page cited and the pages after it, no extent.
        let opens = lead.ends_with(['.', ',', ';'])
            && !g
                .page_count_words
                .iter()
                .any(|w| lead.ends_with(w.as_str()));
        if (1..=4).contains(&digits) && opens && !number[start..].starts_with('0') {
            pages = Some(number[start..].to_string());
            blanks.push((start, end));
            break;
        }
    }
    blanks.sort_unstable();
    (pages, isbn, blanks)
}

/// The brackets of `s` that define a short name for the work (`(이하
/// ‘사회론’이라 한다)`, `(hereafter WN)`, `（以下「民法」という）`: they open
/// with a `hereafter` word of the grammars): no part of its title, imprint
/// or any other field, they are blanked before the reference is read.
/// Each bracket's byte range, in order.
fn hereafter_brackets(s: &str, g: &Grammar) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if g.hereafter.is_empty() || !s.contains(['(', '（', '[']) {
        return out;
    }
    const PAIRS: [(char, char); 3] = [('(', ')'), ('（', '）'), ('[', ']')];
    for (open, from, close) in crate::text::brackets_closed(s, &PAIRS) {
        if out.last().is_some_and(|&(_, end)| open < end) {
            continue;
        }
        if g.after_hereafter(s[from..close].trim()).is_some() {
            let close_len = s[close..].chars().next().map_or(1, char::len_utf8);
            out.push((open, close + close_len));
        }
    }
    out
}

/// A closing title mark of CJK and other quotes (`』`, `》`, `」`, `〉`, `”`).
fn title_close(c: char) -> bool {
    matches!(c, '』' | '》' | '」' | '〉' | '”' | '»' | '"')
}

/// An opening title mark of CJK and other quotes (`『`, `《`, `「`, `〈`, `“`).
fn title_open(c: char) -> bool {
    matches!(c, '『' | '《' | '「' | '〈' | '“' | '«' | '„')
}

/// A library's call number in brackets at the start of `s` (`(규장각
/// 奎15037) 英祖 13年`, `(奎 12175)`): at most 30 characters holding a digit
/// and no year, with the text after the bracket. A year in brackets
/// (`(1871)`) dates an edition and is none.
fn call_number_bracket(s: &str) -> Option<(&str, &str)> {
    let inner = s.strip_prefix(['(', '（'])?;
    let close = inner.find([')', '）'])?;
    let mark = inner[..close].trim();
    let digits = mark.split(|c: char| !c.is_ascii_digit());
    if mark.is_empty()
        || mark.chars().nth(30).is_some()
        || !mark.contains(|c: char| c.is_ascii_digit())
        || !mark.chars().any(crate::segment::is_cjk)
        || digits.clone().any(crate::grammar::is_year)
    {
        return None;
    }
    let rest = inner[close..].trim_start_matches([')', '）']);
    Some((mark, rest.trim_start_matches([' ', ',', '，', '、'])))
}

/// A classical work cited by its title in book brackets and a book
/// (juan) of it, without author or date (`『高麗史』 卷78, 志32, 食貨1,
/// 田制`, `《史记》卷六十五《孙子吴起列传》`): a word of the grammars'
/// `locators.divisions` right after the title, then a number in digits or
/// Chinese numerals. It is a CSL `classic`, its number the volume; the rest (the
/// treatise, chapter or biography within it) is left unread, not taken
/// for a publisher.
///
/// An author's collected works are cited the same way, by the author's
/// name before the title (`李瀷, 『星湖僿說』 권30, 「詩文門」`, `丁若鏞,
/// 『與猶堂全書』 卷12`): with no year anywhere in the citation, the number
/// after the division word is the volume and the section after it no
/// publisher. A dated one (`홍길동, 『한국사』 권3, 일조각, 1990`) is a modern
/// book in volumes, read as such.
fn classical_division(s: &str, out: &mut ParsedReference, g: &Grammar) {
    let item = &out.item;
    if !out.title_is_book {
        return;
    }
    if !item.author.is_empty() {
        authored_classic(s, out, g);
        return;
    }
    let Some((_, end)) = out.title else {
        return;
    };
    let Some(close) = s.get(end..).and_then(|t| t.chars().next()) else {
        return;
    };
    let from = end + close.len_utf8();
    let after = s[from..].trim_start_matches([' ', ',', '，', '、']);
    // `『備邊司謄錄』(규장각 奎15037) 英祖 13年`: the library's call number in
    // brackets after the title; the rest is read after it. The work stays
    // known by its title: a list names such a source by its title alone.
    let after = match call_number_bracket(after) {
        Some((_, rest)) if matches!(close, '』' | '》') => rest,
        _ => after,
    };
    // `『高麗史』.`, `《史记》`: a title in book brackets alone is a classical
    // or anonymous work, complete as it stands.
    let opened = s
        .get(..start_of_title(s, out))
        .is_some_and(|b| b.trim().is_empty());
    if opened
        && matches!(close, '』' | '》')
        && after.trim_matches(['.', '。', ' ']).is_empty()
        && item.publisher.is_none()
        && item.container_title.is_none()
    {
        out.kind_written = true;
        out.item.kind = "classic".into();
        return;
    }
    // `『朝鮮王朝實錄』 世宗 12年 3月 5日`: a reign and a year of it after the
    // title date the passage; they name no publisher, nor (`《清实录》光绪三十年
    // 三月`, read as a date of an era) when the work was issued.
    if opened && matches!(close, '』' | '》') && reign_year(after, g) {
        out.kind_written = true;
        let item = &mut out.item;
        item.kind = "classic".into();
        item.publisher = None;
        item.publisher_place = None;
        item.issued = None;
        out.unparsed = Some(clean_field(after.trim_end_matches(['.', '。', ',', '，'])));
        return;
    }
    let Some((number, number_end)) = division_number(after, g) else {
        // `『萬機要覽』 財用編 2, 田稅`: a part of a work in book brackets
        // named by its section and number, no date anywhere: a classical
        // work's part, not a publisher.
        let numbered_part = after
            .split(|c: char| !c.is_ascii_digit())
            .any(|d| !d.is_empty() && d.len() <= 3);
        let dated = item.issued.is_some()
            || after
                .split(|c: char| !c.is_ascii_digit())
                .any(crate::grammar::is_year);
        if opened
            && matches!(close, '』' | '》')
            && numbered_part
            && !dated
            // `《史记·项羽本纪》，第300页`: a page cited is no part.
            && g.page.find(after).is_none()
            && after.starts_with(|c: char| crate::segment::is_cjk(c))
            && item.publisher_place.is_none()
        {
            out.kind_written = true;
            let item = &mut out.item;
            item.kind = "classic".into();
            item.publisher = None;
            out.unparsed = Some(clean_field(after.trim_end_matches(['.', '。', ',', '，'])));
        }
        return;
    };
    // `《清高宗实录》卷一二八，乾隆五年七月，第812页`: a reign's year right
    // after the book, no year of printing anywhere, dates the passage, not
    // the edition.
    let reign_dated = after
        .get(number_end..)
        .map(|r| r.trim_start_matches([' ', ',', '，', '、']))
        .is_some_and(|r| reign_year(r, g))
        && !after
            .split(|c: char| !c.is_ascii_digit())
            .any(crate::grammar::is_year);
    // A modern edition of it (`《史记》卷六《秦始皇本纪》，中华书局1959年
    // 版`, `《明实录·太祖实录》卷五八，洪武三年十一月辛亥条，台北…研究所
    // 1962年校印本`): the book is its volume; the chapter and the entry
    // before the last comma are no part of the publisher.
    if item.issued.is_some() && !reign_dated {
        let item = &mut out.item;
        item.volume = Some(number);
        if let Some(p) = item.publisher.as_deref() {
            if let Some((_, last)) = p.rsplit_once(['，', ',']) {
                let last = last.trim();
                // `北京：中华书局`: the place before its colon.
                let (place, name) = match last.split_once(['：', ':']) {
                    Some((place, name))
                        if item.publisher_place.is_none()
                            && !place.trim().is_empty()
                            && !name.trim().is_empty() =>
                    {
                        (Some(place.trim().to_string()), name.trim())
                    }
                    _ => (None, last),
                };
                if place.is_some() {
                    item.publisher_place = place;
                }
                item.publisher = (!name.is_empty()).then(|| name.to_string());
            }
        }
        return;
    }
    out.kind_written = true;
    let item = &mut out.item;
    item.kind = "classic".into();
    item.volume = Some(number);
    item.publisher = None;
    item.publisher_place = None;
    if reign_dated {
        item.issued = None;
    }
    let left = clean_field(after.trim_end_matches(['.', '。', ',', '，']));
    out.unparsed = Some(left);
}

/// A bare number right after a book's title in book brackets, before the
/// imprint (`『韓國文集叢刊』 199, 민족문화추진회, 1997`, `『한국사』 35,
/// 국사편찬위원회, 1998`): East Asian notes number the volume of a series
/// or a set so, without a counter word. It is the volume, not the start of
/// the publisher. A year there (`『…』 1990, …`) is none.
fn series_volume_after_title(s: &str, out: &mut ParsedReference) {
    if !out.title_is_book || out.item.volume.is_some() || out.item.container_title.is_some() {
        return;
    }
    let Some((_, end)) = out.title else {
        return;
    };
    let Some(close) = s.get(end..).and_then(|t| t.chars().next()) else {
        return;
    };
    if !matches!(close, '』' | '》') {
        return;
    }
    let after = s[end + close.len_utf8()..].trim_start_matches(' ');
    let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let number = &after[..digits];
    if !(1..=4).contains(&digits) || crate::grammar::is_year(number) {
        return;
    }
    if !after[digits..].starts_with([',', '，']) {
        return;
    }
    let Some(rest) = out
        .item
        .publisher
        .as_deref()
        .and_then(|p| p.strip_prefix(number))
        .and_then(|p| p.strip_prefix([',', '，']))
        .map(|p| p.trim().to_string())
    else {
        return;
    };
    out.item.volume = Some(number.to_string());
    out.item.publisher = (!rest.is_empty()).then_some(rest);
}

/// An author's collected works cited by a book of them, undated
/// (`李瀷, 『星湖僿說』 권30, 「詩文門」, ‘詩本性情’`): see
/// [`classical_division`].
fn authored_classic(s: &str, out: &mut ParsedReference, g: &Grammar) {
    let Some((_, end)) = out.title else {
        return;
    };
    let Some(close) = s.get(end..).and_then(|t| t.chars().next()) else {
        return;
    };
    let dated = out.item.issued.is_some()
        || s.split(|c: char| !c.is_ascii_digit())
            .any(crate::grammar::is_year);
    if dated || !matches!(close, '』' | '》') || out.item.container_title.is_some() {
        return;
    }
    let after = s[end + close.len_utf8()..].trim_start_matches([' ', ',', '，', '、']);
    let Some((number, _)) = division_number(after, g) else {
        return;
    };
    out.kind_written = true;
    let item = &mut out.item;
    item.kind = "classic".into();
    item.volume = Some(number);
    item.publisher = None;
    item.publisher_place = None;
    out.unparsed = Some(clean_field(after.trim_end_matches(['.', '。', ',', '，'])));
}

/// A thesis statement in a reference: its words (the CSL `genre`), the
/// institution named beside them, and the bytes they take.
struct Thesis {
    genre: String,
    institution: Option<String>,
    blanks: Vec<(usize, usize)>,
    /// The imprint after the statement names the place of printing (`/
    /// … ; Моск. гос. ун-т. М., 2005`), which the institution leaves as
    /// it is.
    imprint: bool,
}

/// The thesis statement of a reference ([`crate::grammar::Locators::thesis`]):
/// the thesis words opening a part of it (after a bracket, a comma or a
/// sentence's end), or closing a CJK institution's name, and followed by
/// the institution after a comma or by the part's end. `[Doctoral
/// dissertation, University of Michigan]`, `(PhD diss., University of
/// Chicago, 2010)`, `U of Chicago, PhD dissertation.`, `서울대학교 대학원
/// 박사학위논문,`, `北京大学博士学位论文，`. Thesis words inside running words
/// (a title such as `La thèse et l'antithèse`) state nothing.
fn thesis_statement(s: &str, g: &Grammar) -> Option<Thesis> {
    let mut from = 0;
    while let Some(m) = g.thesis.find_at(s, from) {
        if let Some(t) = thesis_at(s, m.start, m.end) {
            return Some(t);
        }
        from = m.end;
    }
    None
}

/// Separators between the parts of a reference, around a thesis statement.
const PART_MARKS: [char; 9] = [',', ';', '，', '、', '،', '[', '(', '；', ':'];

/// Where a thesis statement ends when its words are an abbreviation and
/// the degree follows in small words (`дис. … канд. ист. наук`, `Diss.
/// phil.`, `дис. д-ра экон. наук`): an ellipsis may stand between them,
/// and the small words run to the first word that is not one. A period
/// after the last of them closes the statement when a place and its
/// comma or colon follow (`наук. М., 2005`); `end` itself otherwise.
fn thesis_degree_end(s: &str, end: usize) -> usize {
    if !s[..end].ends_with('.') {
        return end;
    }
    let mut at = end;
    let mut words = 0;
    let mut rest = &s[end..];
    let ws = |r: &str| r.len() - r.trim_start().len();
    // The ellipsis standing for the words the degree leaves out.
    let gap = ws(rest);
    if let Some(r) = rest[gap..]
        .strip_prefix('…')
        .or_else(|| rest[gap..].strip_prefix("..."))
    {
        at = s.len() - r.len();
        rest = r;
    }
    loop {
        let gap = ws(rest);
        if gap == 0 {
            break;
        }
        let word = rest[gap..]
            .char_indices()
            .find(|&(_, c)| !(c.is_alphabetic() || c == '-' || c == '.'))
            .map_or(rest.len() - gap, |(i, _)| i);
        let w = &rest[gap..gap + word];
        if !w.starts_with(|c: char| c.is_lowercase()) {
            break;
        }
        at = s.len() - rest.len() + gap + word;
        rest = &s[at..];
        words += 1;
    }
    if words == 0 {
        return end;
    }
    if s[..at].ends_with('.') {
        let next = rest.trim_start();
        let place = next
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map(|(i, _)| next[i..].trim_start_matches('.'));
        if next.starts_with(char::is_uppercase)
            && place.is_some_and(|p| p.starts_with([',', ':', ';']))
        {
            at -= 1;
        }
    }
    at
}

/// Where the field of study a thesis was written in ends, when its code
/// follows the statement after a colon (`дис. … канд. ист. наук :
/// 07.00.02`: groups of digits joined by periods); `end` otherwise.
fn field_code_end(s: &str, end: usize) -> usize {
    let rest = &s[end..];
    let Some(r) = rest.trim_start().strip_prefix(':') else {
        return end;
    };
    let r = r.trim_start();
    let code = r
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.'))
        .map_or(r.len(), |(i, _)| i);
    let code = r[..code].trim_end_matches('.');
    let groups = code.split('.').collect::<Vec<_>>();
    let is_code = groups.len() >= 2
        && groups
            .iter()
            .all(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
    if is_code {
        s.len() - r.len() + code.len()
    } else {
        end
    }
}

fn thesis_at(s: &str, start: usize, end: usize) -> Option<Thesis> {
    let end = thesis_degree_end(s, end);
    let genre = s[start..end].trim_end_matches([',', ' ']).to_string();
    let end = field_code_end(s, end);
    // The part the words stand in opens after a mark or a sentence's end.
    let head = &s[..start];
    let mark = head
        .char_indices()
        .rev()
        .find(|&(_, c)| PART_MARKS.contains(&c));
    let sentence = last_sentence_end(head);
    let (part_start, bracket) = match (mark, sentence) {
        (Some((i, c)), sentence) if sentence.is_none_or(|d| d <= i) => {
            (i + c.len_utf8(), matches!(c, '[' | '('))
        }
        (_, Some(d)) => (d, false),
        _ => (0, false),
    };
    let pre = s[part_start..start].trim();
    // Words before them: a CJK institution (`서울대학교 대학원 박사학위논문`).
    let mut institution = None;
    if !pre.is_empty() {
        let cjk = pre.chars().next_back().is_some_and(crate::segment::is_cjk);
        if !cjk || pre.chars().count() > 30 {
            return None;
        }
        institution = Some(pre.to_string());
    }
    let lead = s[part_start..start].len() - s[part_start..start].trim_start().len();
    let mut blank_start = match institution {
        Some(_) => part_start + lead,
        None => start,
    };
    let mut blank_end = end;
    // The institution after a comma: `PhD diss., University of Chicago, 2010`.
    let after = &s[end..];
    let gap = after.len() - after.trim_start().len();
    if institution.is_none() && after.trim_start().starts_with([',', '，', '،']) {
        let comma = after.trim_start().chars().next().map_or(1, char::len_utf8);
        let from = end + gap + comma;
        let t = &s[from..];
        let stop = t
            .char_indices()
            .find(|&(i, c)| {
                matches!(c, ',' | ';' | ']' | ')' | '，' | '。' | '、' | '،')
                    || (c == '.' && t[i + 1..].chars().next().is_none_or(char::is_whitespace))
            })
            .map_or(t.len(), |(i, _)| i);
        let name = t[..stop].trim();
        let named = name.chars().next().is_some_and(|c| !c.is_ascii_digit())
            && name.chars().count() <= 120
            && !name.starts_with(|c: char| c.is_lowercase());
        if named {
            institution = Some(name.to_string());
            blank_end = from + t[..stop].trim_end().len();
        }
    }
    // After an abbreviation, the institution may follow without a comma,
    // and a year after it: `Diss. Universität Heidelberg 2003`.
    if institution.is_none()
        && genre.ends_with('.')
        && gap > 0
        && after[gap..].starts_with(char::is_uppercase)
    {
        let t = &after[gap..];
        let stop = t
            .find([',', ';', ']', ')', '.', '，', '。'])
            .unwrap_or(t.len());
        let mut name = t[..stop].trim_end();
        let year = name.len() - name.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if year == 4 {
            name = name[..name.len() - 4].trim_end();
        }
        // Not an abbreviated place (`дис. … наук. М., 2005`).
        let place = name.chars().count() <= 4 && !name.contains(' ') && t[stop..].starts_with('.');
        if !name.is_empty() && name.chars().count() <= 120 && !place {
            institution = Some(name.to_string());
            blank_end = end + gap + name.len();
        }
    }
    // Then the part ends: no running words after the statement.
    let tail = s[blank_end..].trim_start();
    let ends = tail.is_empty()
        || tail.starts_with(['.', ',', ';', ']', ')', '，', '。', '、', '،', '；'])
        || tail.starts_with("/ ")
        || tail.starts_with(|c: char| c.is_ascii_digit());
    if !ends {
        return None;
    }
    // `U of Chicago, PhD dissertation.`: the institution in the part before.
    if institution.is_none() && !bracket && s[..part_start].ends_with(',') && tail.len() <= 1 {
        let before = &s[..part_start - 1];
        if let Some(dot) = before.rfind(". ") {
            let name = before[dot + 2..].trim();
            let plain = name.starts_with(|c: char| c.is_uppercase())
                && name.chars().count() <= 80
                && !name.contains(|c: char| c.is_ascii_digit() || matches!(c, '"' | '“' | '”'));
            if plain {
                institution = Some(name.to_string());
                blank_start =
                    dot + 2 + (before[dot + 2..].len() - before[dot + 2..].trim_start().len());
            }
        }
    }
    // `: 07.00.02 / Иванов Иван Иванович ; Моск. гос. ун-т. М., 2005`:
    // the statement of responsibility after the degree names the author
    // in full and the institution, which is no publisher of the place.
    let mut imprint = false;
    if institution.is_none() {
        if let Some((name, to)) = responsibility_institution(s, blank_end) {
            institution = name;
            blank_end = to;
            imprint = true;
        }
    }
    let mut blanks = vec![(blank_start, blank_end)];
    // In brackets of their own, the brackets go with them.
    if bracket {
        let open = part_start - 1;
        let inside_before = s[part_start..blank_start].trim().is_empty();
        let close = s[blank_end..]
            .char_indices()
            .find(|&(_, c)| !c.is_whitespace())
            .filter(|&(_, c)| c == if s[open..].starts_with('[') { ']' } else { ')' })
            .map(|(i, _)| blank_end + i + 1);
        if let (true, Some(close)) = (inside_before, close) {
            blanks = vec![(open, close)];
        }
    }
    Some(Thesis {
        genre,
        institution,
        blanks,
        imprint,
    })
}

/// Where the last sentence of `head` ends before a space: after a period
/// (`Smith, Jane. PhD diss.`), or after the closing quote of a quoted
/// title that ends in a period, a question or an exclamation mark
/// (`"Cotton and Credit, 1870–1900." PhD diss.`, `"Why Wages?” MA
/// thesis`), the marks inside the title being the title's own.
fn last_sentence_end(head: &str) -> Option<usize> {
    const ENDS: [&str; 9] = [
        ". ", ".\" ", ".” ", ".' ", ".’ ", "?\" ", "?” ", "!\" ", "!” ",
    ];
    ENDS.iter()
        .filter_map(|p| head.rfind(p).map(|i| i + p.len() - 1))
        .max()
}

/// The imprint after a thesis's statement of responsibility, at the start
/// of a text: a dash perhaps, a place (`М.`, `СПб.`, `Н. Новгород`,
/// `Ростов н/Д`), a colon or comma, a publisher perhaps, and the year
/// (`М., 2005`, `– Екатеринбург : УрФУ, 2011`). An initial before a name
/// (`М. В. Ломоносова. М., 2005`) is no place.
static THESIS_IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?:[–—-]\s*)?(?:\p{Lu}\. \p{Lu}[\p{L}\-]+|\p{Lu}[\p{L}\-]*\.?(?: н/Д)?)\s*[,:]\s*(?:[^,.;:0-9]{1,60},\s*)?(?:1[5-9]|20)[0-9][0-9]\b",
    )
});

/// [`THESIS_IMPRINT`] with the publisher's run unbounded (and captured);
/// [`thesis_imprint`] checks its bound.
static THESIS_IMPRINT_RUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?:[–—-]\s*)?(?:\p{Lu}\. \p{Lu}[\p{L}\-]+|\p{Lu}[\p{L}\-]*\.?(?: н/Д)?)\s*[,:]\s*(?:([^,.;:0-9]+),\s*)?(?:1[5-9]|20)[0-9][0-9]\b",
    )
});

/// The match of [`THESIS_IMPRINT`] at the start of `s`.
fn thesis_imprint(s: &str) -> Option<regex::Match<'_>> {
    crate::re::captures_within(&THESIS_IMPRINT_RUN, &THESIS_IMPRINT, s, |c| {
        crate::re::group_chars(c, 1) <= 60
    })
    .and_then(|c| c.get(0))
}

/// Whether `s` is a person's name written in full, as a statement of
/// responsibility gives the author of a thesis (`Иванов Иван Иванович`,
/// `Anna Nowak`): two or three capitalised words of letters (and
/// hyphens), no abbreviation among them.
pub(crate) fn full_personal_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().count() >= 2
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// The statement of responsibility after a thesis's statement, at byte
/// `end` of `s` (GOST: `/ Иванов Иван Иванович ; Моск. гос. ун-т им. М.
/// В. Ломоносова. М., 2005`): a slash, then the author's full name, a
/// semicolon and the institution, or the institution alone (`/ Моск. гос.
/// ун-т. М., 2005`), or the name alone; a bracketed institution (`; [Место
/// защиты: МГУ]`) is the words after its colon. Ends at the period before
/// the imprint ([`THESIS_IMPRINT`]). Returns the institution, if named,
/// and where the statement ends; `None` without a slash or an imprint.
fn responsibility_institution(s: &str, end: usize) -> Option<(Option<String>, usize)> {
    let rest = &s[end..];
    let t = rest.trim_start().strip_prefix('/')?;
    let from = s.len() - t.len();
    // The statement runs to the period before the imprint.
    let stop = t
        .match_indices(". ")
        .map(|(i, _)| i)
        .find(|&i| thesis_imprint(&t[i + 2..]).is_some())?;
    let statement = &t[..stop];
    let (name, institution) = match statement.split_once(" ; ") {
        Some((name, inst)) => (name.trim(), inst.trim()),
        None if full_personal_name(statement.trim()) => (statement.trim(), ""),
        None => ("", statement.trim()),
    };
    if !name.is_empty() && !full_personal_name(name) {
        return None;
    }
    let institution = institution
        .strip_prefix('[')
        .and_then(|i| i.strip_suffix(']'))
        .map_or(institution, |i| i.rsplit_once(": ").map_or(i, |(_, x)| x))
        .trim();
    let named = !institution.is_empty() && institution.chars().count() <= 120;
    Some((named.then(|| institution.to_string()), from + stop))
}

/// Where the title's opening mark stands: the byte before the title.
fn start_of_title(s: &str, out: &ParsedReference) -> usize {
    out.title.map_or(0, |(start, _)| {
        s.get(..start)
            .and_then(|b| b.chars().next_back())
            .map_or(start, |c| start - c.len_utf8())
    })
}

/// A reign and a year of it, as a classical chronicle is cited (`世宗
/// 12年 3月 5日`, `太祖 元年`, `肅宗 3년`), the year glued to the reign
/// as often (`太祖元年`, `光緒三十年`, `世宗十二年三月`): one to four Han
/// characters, then a number of one to three digits, `元` or Chinese
/// numerals, and a word of the grammars' `dates.year_suffix`. A year of
/// the common era has four digits.
fn reign_year(t: &str, g: &Grammar) -> bool {
    let reign = t
        .char_indices()
        .find(|&(_, c)| !matches!(c as u32, 0x4E00..=0x9FFF))
        .map_or(t.len(), |(i, _)| i);
    let suffix = |rest: &str| g.year_suffix.iter().any(|w| rest.starts_with(w.as_str()));
    // The year written in characters: the shortest reign before it.
    let glued = t[..reign].char_indices().skip(1).take(4).any(|(i, _)| {
        let year = &t[i..];
        match year.strip_prefix('元') {
            Some(rest) => suffix(rest),
            None => crate::syntax::edition::chinese_numeral(year)
                .is_some_and(|(_, len)| suffix(&year[len..])),
        }
    });
    if glued {
        return true;
    }
    if !(1..=4).contains(&t[..reign].chars().count()) {
        return false;
    }
    let rest = t[reign..].trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = if digits == 0 {
        match rest.strip_prefix('元') {
            Some(r) => r,
            None => return false,
        }
    } else if digits <= 3 {
        &rest[digits..]
    } else {
        return false;
    };
    // `昭和5年版`: an edition word glued to the year names a yearbook's
    // edition of that year, no passage's date.
    g.year_suffix.iter().any(|w| {
        rest.strip_prefix(w.as_str())
            .is_some_and(|after| crate::syntax::edition::edition_word(after, g).is_none())
    })
}

/// `하버마스, 위르겐. 『공론장의 구조변동』. 한승완 옮김.`: the author of a
/// translated work is a foreign person, and a foreign name in Hangul
/// written family name first takes a comma, where two Korean names parted
/// by a comma are two co-authors (`김철수, 이영희`). Two authors read from
/// two unspaced Hangul words written `A, B`, in a reference that names
/// its translators, are one person: family name `A`, given name `B`.
fn translated_inverted_name(s: &str, out: &mut ParsedReference, g: &Grammar) {
    if out.item.translator.is_empty() {
        return;
    }
    let [a, b] = &out.item.author[..] else {
        return;
    };
    // A long given name (`아마르티아`) was read as an organisation's
    // name, unless it ends in an organisation word.
    let whole = |n: &CslName| -> Option<String> {
        let w = match n.literal.as_deref() {
            Some(l) if !g.organisation_cjk.iter().any(|o| l.ends_with(o.as_str())) => l.to_string(),
            Some(_) => return None,
            None => format!(
                "{}{}",
                n.family.as_deref()?,
                n.given.as_deref().unwrap_or("")
            ),
        };
        (!n.given_first && w.chars().all(|c| matches!(c as u32, 0xAC00..=0xD7A3))).then_some(w)
    };
    let (Some(family), Some(given)) = (whole(a), whole(b)) else {
        return;
    };
    let Some(written) = out.authors.and_then(|(x, y)| s.get(x..y)) else {
        return;
    };
    if !written.contains(&format!("{family}, {given}")) {
        return;
    }
    out.item.author = vec![CslName {
        family: Some(family),
        given: Some(given),
        literal: None,
        static_ordering: false,
        given_first: true,
    }];
}

/// The translation in brackets after a quoted title (`"Xinmin shuo" [On
/// the new citizen], Xinmin congbao 1`), read as the start of the journal
/// or newspaper, belongs with the title, as it does after a title without
/// marks (`Han'guk chŏngch'i sasang [Korean political thought]`).
fn translation_after_quoted_title(item: &mut CslItem) {
    let Some(container) = item.container_title.as_deref() else {
        return;
    };
    let Some((translation, rest)) = container.strip_prefix('[').and_then(|c| c.split_once(']'))
    else {
        return;
    };
    let rest = rest.trim_start_matches([',', '.', ' ']);
    if translation.is_empty() || rest.is_empty() || item.title.is_none() {
        return;
    }
    let translation = format!(" [{translation}]");
    let rest = rest.to_string();
    if let Some(t) = item.title.as_mut() {
        t.push_str(&translation);
    }
    item.container_title = Some(rest);
}

/// A note's one author written as two words of romanized Chinese,
/// Japanese or Korean before a title in that language with its
/// translation in brackets (`Maruyama Masao, Nihon seiji shisōshi kenkyū
/// [Studies in …]`, `Liang Qichao, "Xinmin shuo" [On the new citizen]`),
/// as English-language area studies cite works in those languages, is
/// family name first. Western names (`Bruce Cumings`) hold clusters no
/// romanized syllable has, and so do most titles in European languages.
fn romanized_title_author(s: &str, out: &mut ParsedReference) {
    let ([_], Some((a0, a1)), Some((t0, t1))) = (&out.item.author[..], out.authors, out.title)
    else {
        return;
    };
    let (Some(written), Some(title), Some(after)) = (s.get(a0..a1), s.get(t0..t1), s.get(t1..))
    else {
        return;
    };
    let written = written.trim().trim_end_matches(',').trim_end();
    if !crate::syntax::name::romanized_name_pair(written) {
        return;
    }
    let original = match title.split_once(" [") {
        Some((o, _)) => o,
        None if after
            .trim_start_matches(['"', '”', '’', '\'', ',', ' '])
            .starts_with('[') =>
        {
            title
        }
        None => return,
    };
    let mut words = original
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .filter(|w| !w.is_empty())
        .peekable();
    if words.peek().is_some() && words.all(crate::syntax::name::romanized_word) {
        out.item.author = vec![crate::syntax::name::romanized_person(written)];
    }
}

/// Translators named before a role word of the grammars'
/// `names.translator_after`, as CJK references write them: `존 롤스, 황경식
/// 옮김, 『정의론』`, `『정의론』. 황경식 옮김. 서울: …`, `《正义论》，何怀宏等译，
/// 中国社会科学出版社`, `ジョン・ロールズ（川本隆史ほか訳）『正義論』`. The names
/// run back from the word to the field's start (a comma, semicolon,
/// period, opening bracket or closing title mark; in a reference with kana
/// also `、`, which parts fields there) and are CJK names only, without a
/// digit; the word ends its field. Returns the names and the byte ranges
/// to blank: the field with the separator before it, or the brackets
/// around it.
fn cjk_translators(s: &str, g: &Grammar) -> (Vec<CslName>, Vec<(usize, usize)>) {
    let mut names = Vec::new();
    let mut blanks: Vec<(usize, usize)> = Vec::new();
    if g.translator_after.is_empty() || s.is_ascii() || !s.chars().any(crate::segment::is_cjk) {
        return (names, blanks);
    }
    let kana = s.chars().any(|c| matches!(c as u32, 0x3041..=0x30FF));
    let field_start = |c: char| {
        matches!(
            c,
            ',' | '，' | ';' | '；' | '.' | '。' | '(' | '（' | '[' | '［' | '〔'
        ) || (kana && c == '、')
            || title_close(c)
    };
    // One pass over the text: at each character that opens a word, the
    // words that open with it, longest first.
    let mut firsts: Vec<char> = g
        .translator_after
        .iter()
        .filter_map(|w| w.chars().next())
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    let starts = s
        .char_indices()
        .filter(|(_, c)| firsts.binary_search(c).is_ok())
        .map(|(i, _)| i);
    let found: Vec<(usize, &String)> = starts
        .flat_map(|i| {
            g.translator_after
                .iter()
                .filter(move |w| s[i..].starts_with(w.as_str()))
                .map(move |w| (i, w))
        })
        .collect();
    for (i, word) in found {
        let end = i + word.len();
        let after = s[end..].trim_start();
        let closes = after.starts_with([')', '）', ']', '］', '〕']);
        if !(after.is_empty()
            || closes
            || after.starts_with([',', '，', '、', '.', '。', ';', '；', '(', '（']))
        {
            continue;
        }
        let (start, open) = match s[..i].char_indices().rev().find(|&(_, c)| field_start(c)) {
            Some((k, c)) => (k + c.len_utf8(), Some(c)),
            None => (0, None),
        };
        let part = s[start..i].trim();
        let cjk_name_char =
            |c: char| crate::segment::is_cjk(c) || matches!(c, '·' | '・' | '‧' | '、' | ' ');
        if part.is_empty()
            || part.chars().count() > 24
            || !part.chars().all(cjk_name_char)
            || part.chars().any(title_open)
            || blanks.iter().any(|&(a, b)| a < end && start < b)
        {
            continue;
        }
        let mut read = parse_names(part, NameOrder::Natural, g);
        if read.names.is_empty() || read.names.iter().any(|n| n.literal.is_some()) {
            continue;
        }
        crate::syntax::name::japanese_three_character_names(&mut read.names, s, g);
        let bracketed = matches!(open, Some('(' | '（' | '[' | '［' | '〔')) && closes;
        let blank = if bracketed {
            let close = s.len() - after.len();
            let close_len = after.chars().next().map_or(0, char::len_utf8);
            (start - open.map_or(0, char::len_utf8), close + close_len)
        } else if open.is_some_and(|c| !title_close(c)) {
            (start - open.map_or(0, char::len_utf8), end)
        } else {
            (start, end)
        };
        names.extend(read.names);
        blanks.push(blank);
    }
    blanks.sort_unstable();
    (names, blanks)
}

/// A jurisdiction in capitals and a period before a statute or a court
/// (`BRASIL. `, `PORTUGAL. `, `SÃO PAULO (Estado). `), as ABNT names the
/// author of laws and decisions. Its runs are unbounded, for the automaton
/// of a bounded run of letters is slow to build; [`jurisdiction`] holds
/// them to at most four words and twenty characters in brackets.
static JURISDICTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(r"^(\p{Lu}{2,}((?:[ -]\p{Lu}{2,})*)(?: \(([\p{L} ]+)\))?)\.[ \t\n]+")
});

/// The jurisdiction at the start of `t` ([`JURISDICTION`]): its name and
/// where what follows it starts.
fn jurisdiction(t: &str) -> Option<(&str, usize)> {
    // Two capitals open it (every `\p{Lu}` is uppercase): most texts are
    // ruled out without the regex.
    let mut first = t.chars();
    if !(first.next().is_some_and(char::is_uppercase)
        && first.next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let c = crate::re::captures(&JURISDICTION, t)?;
    let more_words = c
        .get(2)
        .map_or(0, |m| m.as_str().matches([' ', '-']).count());
    if more_words > 3 || crate::re::group_chars(&c, 3) > 20 {
        return None;
    }
    Some((c.get(1)?.as_str(), c.get(0)?.end()))
}

/// A day written in numbers, as Brazilian notes date decisions (`5-5-2011`,
/// `12.11.2014`, `12/11/2014`).
static NUMERIC_DAY: LazyLock<Regex> =
    LazyLock::new(|| crate::re::constant(r"^([0-9]{1,2})[-./]([0-9]{1,2})[-./]([0-9]{4})\b"));

/// The number of a decision after its class (`4.277/DF`, `1.758.799/MG`,
/// `123.456`, `70.000-1/SP`).
static CLASS_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(r"^[0-9]{1,3}(?:\.[0-9]{3})*(?:-[0-9]+)?(?:/[A-Z]{2})?\b")
});

/// A decision cited by its court, the class of its proceedings and their
/// number, as Brazilian notes and lists cite it (`STF, ADI 4.277/DF, Rel.
/// Min. Ayres Britto, j. 5-5-2011`, `BRASIL. Supremo Tribunal Federal. RE
/// 123.456/SP. Rel. Min. Celso de Mello. Julgado em 12 mar. 2015. DJe 20
/// mar. 2015.`): a `legal_case` of that court (its publisher), titled by
/// class and number, dated by the day after a `decided` word (the first
/// date after the number when none). The court is the text before the
/// first comma or period (a jurisdiction in capitals before it is left
/// out), without digits; the class one of the grammars' `case_classes`;
/// the number has its state after a slash, or a `decided` day follows.
pub(crate) fn class_decision(s: &str, g: &Grammar) -> Option<CslItem> {
    if g.case_classes.is_empty() || s.len() > 600 {
        return None;
    }
    let mut t = s.trim_start();
    if let Some((_, end)) = jurisdiction(t) {
        t = &t[end..];
    }
    let cut = t.find([',', '.'])?;
    let court = t[..cut].trim();
    if court.is_empty()
        || court.len() > 80
        || !court.starts_with(|c: char| c.is_uppercase())
        || court.contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let rest = t[cut + 1..].trim_start();
    // A class whose first byte is not the text's is not compared.
    let class = g.case_classes.iter().find(|c| {
        rest.as_bytes().first() == c.as_bytes().first()
            && rest
                .strip_prefix(c.as_str())
                .is_some_and(|r| r.starts_with(' '))
    })?;
    let after_class = rest[class.len()..].trim_start();
    let number = CLASS_NUMBER.find(after_class)?;
    let tail = &after_class[number.end()..];
    let lower = tail.to_ascii_lowercase();
    let day_at = g
        .decided
        .iter()
        .filter_map(|w| {
            lower.match_indices(w.as_str()).find(|&(i, _)| {
                lower[..i].ends_with([' ', ',', '.']) && lower[i + w.len()..].starts_with(' ')
            })
        })
        .map(|(i, w)| i + w.len())
        .min();
    let issued = day_at.and_then(|i| {
        let d = tail[i..].trim_start();
        if let Some(c) = NUMERIC_DAY.captures(d) {
            let n = |k: usize| c.get(k).and_then(|m| m.as_str().parse::<u8>().ok());
            let year = c.get(3)?.as_str().parse().ok()?;
            return Some(CslDate::new(year, n(2), n(1), Some(c[0].to_string())));
        }
        let window = &d[..crate::source::floor_char_boundary(d, 40)];
        g.dates
            .first(window)
            .filter(|m| m.start == 0)
            .map(|m| m.date)
    });
    // A state after the number (`/DF`) or the day after a `decided` word
    // makes it a decision, not a name and a number (`Lee, AI 2020`).
    if !number.as_str().contains('/') && issued.is_none() {
        return None;
    }
    let issued = issued.or_else(|| g.dates.first(tail).map(|m| m.date));
    Some(CslItem {
        kind: "legal_case".into(),
        publisher: Some(court.to_string()),
        title: Some(format!("{class} {}", number.as_str())),
        issued,
        ..Default::default()
    })
}

/// The most words of an act's name after its number and date (`Ley
/// 41/2002, de 14 de noviembre, básica reguladora de la autonomía del
/// paciente y de derechos y obligaciones en materia de información y
/// documentación clínica` has nineteen); more are prose.
const MOST_ACT_NAME_WORDS: usize = 24;

/// The name of an act after its number or day and a comma, at the start
/// of `t` (`, básica reguladora de la autonomía del paciente` of `Ley
/// 41/2002, de 14 de noviembre, …`, `, de Protección de Datos …`, `,
/// občanský zákoník` of `zákon č. 89/2012 Sb., …`, `, o organisaci …`):
/// words that open in lowercase, up to the next comma, semicolon, bracket
/// or sentence (a period after a lowercase word of three letters or more), at most
/// [`MOST_ACT_NAME_WORDS`], without a digit, a provision or a page.
/// Its length after the comma and space.
fn act_name_after_comma(t: &str, g: &Grammar) -> Option<usize> {
    let after = t.strip_prefix(", ")?;
    if !after.starts_with(char::is_lowercase) {
        return None;
    }
    // A sentence ends at a period after a word in lowercase (`paciente.
    // BOE …`), not after an abbreviation (`republicată în M. Of. nr.`).
    let sentence = after.match_indices(". ").map(|(i, _)| i).find(|&i| {
        after[..i]
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.chars().nth(2).is_some() && w.chars().all(char::is_lowercase))
    });
    let clause = after.find([',', ';', '(', '（']).unwrap_or(after.len());
    let len = sentence.map_or(clause, |i| i.min(clause));
    let name = after[..len].trim_end().trim_end_matches('.');
    // A provision or a page in its clause (`, art. 5`) is no name.
    (!name.is_empty()
        && name.split_whitespace().count() <= MOST_ACT_NAME_WORDS
        && !name.contains(|c: char| c.is_ascii_digit())
        && g.provision.find(&after[..clause]).is_none()
        && g.page.find(&after[..clause]).is_none())
    .then_some(len)
}

/// A statute cited by kind, number and year (`Undang-Undang Nomor 24
/// Tahun 2003 tentang Mahkamah Konstitusi`, `UU No. 12 Tahun 2011`:
/// [`Grammar::numbered_statute`]) at the start of `s`: a `legislation`
/// work titled by its name up to the first comma, semicolon, bracket or
/// provision (`Pasal 10`), numbered and dated by its number and year.
/// Returns the work and the byte offset where its name ends.
///
/// A jurisdiction in capitals before it is its author, as ABNT lists
/// give it (`BRASIL. Lei n. 8.078, de 11 de setembro de 1990. Dispõe
/// sobre …`); a statute dated by its day ends at its date or number
/// (`L. 8 marzo 2017, n. 24`), and what follows describes it.
pub(crate) fn numbered_statute(s: &str, g: &Grammar) -> Option<(CslItem, usize)> {
    let mut lead = s.len() - s.trim_start().len();
    let jurisdiction = jurisdiction(&s[lead..]).map(|(name, end)| {
        lead += end;
        name.to_string()
    });
    let found = g.numbered_statute(&s[lead..])?;
    let from = lead + found.end;
    let rest = &s[from..];
    let mut end = if found.date.is_some() {
        // `… № 131-ФЗ «Об общих принципах …»`: the name in quotes after
        // the number is the act's.
        let t = rest.trim_start();
        let lead = rest.len() - t.len();
        let quoted = t
            .chars()
            .next()
            .filter(|c| matches!(c, '«' | '“' | '"'))
            .and_then(|open| {
                let inner = &t[open.len_utf8()..];
                let close = inner.find(['»', '”', '"'])?;
                let mark = inner[close..].chars().next().map_or(0, char::len_utf8);
                Some(lead + open.len_utf8() + close + mark)
            });
        // `loi n° 95-101 du 2 février 1995 relative au renforcement de …`:
        // words in lowercase after the day go on with the act's title.
        let worded = || {
            t.starts_with(char::is_lowercase)
                .then(|| rest.find([',', ';', '(']).unwrap_or(rest.len()))
        };
        // `Ley 41/2002, de 14 de noviembre, básica reguladora de …`.
        let named = || Some(lead + 2 + act_name_after_comma(t, g)?);
        quoted.or_else(worded).or_else(named).unwrap_or(0)
    } else {
        let stop = rest.find([',', ';', '(', '（']).unwrap_or(rest.len());
        // `zákon č. 89/2012 Sb., občanský zákoník`, `zákon č. 125/1927
        // Sb., o organisaci politické správy`.
        stop + act_name_after_comma(&rest[stop..], g).map_or(0, |len| 2 + len)
    };
    if let Some(p) = g.provision.find(rest).filter(|p| p.start < end) {
        end = p.start;
    }
    // `Ústavní zákon č. 1/1993 Sb.`: the period of the collection's
    // abbreviation is the number's, no sentence's end.
    let title = s[lead..from + end].trim();
    let collection = g
        .statute_collections
        .iter()
        .find(|w| title.ends_with(w.as_str()) && found.cited.ends_with(w.as_str()));
    let mut title = clean_field(title.trim_end_matches('.').trim_end());
    if let Some(w) = collection.filter(|w| w.ends_with('.')) {
        if !title.ends_with('.') && title.ends_with(w.trim_end_matches('.')) {
            title.push('.');
        }
    }
    // `Постановление Конституционного Суда РФ от 14.07.2005 № 9-П`: an
    // act of a court is its decision, the court its authority.
    let kind = if found.court.is_some() {
        "legal_case"
    } else {
        "legislation"
    };
    let item = CslItem {
        kind: kind.into(),
        publisher: found.court,
        title: Some(title),
        author: jurisdiction
            .map(|name| {
                vec![CslName {
                    literal: Some(name),
                    ..Default::default()
                }]
            })
            .unwrap_or_default(),
        number: Some(found.cited).filter(|n| !n.is_empty()),
        issued: Some(found.date.unwrap_or_else(|| {
            crate::model::CslDate::new(found.year, None, None, Some(found.year.to_string()))
        })),
        ..Default::default()
    };
    Some((item, from + end))
}

/// An act cited as Polish legal writing cites it: its kind (the grammars'
/// `gazette_acts`, in any case: `ustawa`, `ustawy`, `rozporządzenie`),
/// its issuer's words, a `statute_date` word and its date (`z dnia 23
/// kwietnia 1964 r.`), its name (`– Kodeks cywilny`, `o ochronie danych
/// osobowych`), then in brackets the official journal that printed it
/// (`gazettes`: `Dz.U.`, `M.P.`, perhaps after a short word such as
/// `t.j.`) with its issue and the act's position there (`gazette_position`:
/// `(Dz.U. z 2020 r. poz. 1740 ze zm.)`, `(Dz.U. Nr 78, poz. 483)`). A
/// provision may come before the kind (`art. 6 ust. 1 ustawy z dnia …`).
///
/// A `legislation` work titled by its name (by its kind and issuer when
/// the name is wanting: `Konstytucja Rzeczypospolitej Polskiej z dnia 2
/// kwietnia 1997 r. (Dz.U. Nr 78, poz. 483)`), dated, the journal its
/// container, the position its number and the journal's issue its issue.
pub(crate) struct GazetteAct {
    /// The act.
    pub(crate) item: CslItem,
    /// The provision written before the kind (`art. 6 ust. 1`).
    pub(crate) provision: Option<String>,
    /// Byte offset just after the journal's closing bracket.
    pub(crate) end: usize,
}

/// Reads a [`GazetteAct`] from the start of `s`.
pub(crate) fn gazette_act(s: &str, g: &Grammar) -> Option<GazetteAct> {
    if g.gazettes.is_empty() || g.gazette_acts.is_empty() || !s.contains('(') {
        return None;
    }
    // The first bracket that opens with a journal of the grammars. Each
    // bracket is read only as far as a journal may reach (a lead of at
    // most 16 characters, then the longest journal), and the closing
    // bracket found for one opening serves the openings before it: a text
    // of many brackets costs time in proportion to its length.
    let longest = g.gazettes.iter().map(String::len).max().unwrap_or(0);
    let (open, close, inner, at) =
        crate::text::brackets_closed(s, &[('(', ')')]).find_map(|(open, inner_start, close)| {
            let inner = &s[inner_start..close];
            // `t.j.`, `tekst jedn.:`: a few short words before the journal.
            let lead_max = inner.char_indices().nth(16).map_or(inner.len(), |(i, _)| i);
            let reach = crate::source::floor_char_boundary(inner, lead_max + longest);
            let window = &inner[..reach];
            // A journal with a byte the bracket's opening lacks is not in it
            // (most brackets hold a year): not searched for.
            let bytes = crate::text::ByteSet::of(window);
            let (at, _) = g.gazettes.iter().find_map(|j| {
                if !bytes.has_all(j) {
                    return None;
                }
                // Its first place in the bracket, if that is within reach.
                let at = window.find(j.as_str())?;
                let lead = &inner[..at];
                (lead.chars().count() <= 16 && !lead.contains(|c: char| c.is_ascii_digit()))
                    .then_some((at, j.len()))
            })?;
            Some((open, close, inner, at))
        })?;
    let head = s[..open].trim_end();
    // The kind: the first word that is one, after nothing or a provision.
    let mut kind = None;
    let mut offset = 0;
    for w in head.split(' ') {
        let bare = w.trim_end_matches(',');
        if !bare.is_empty() && g.gazette_acts.contains(&crate::grammar::fold_case(bare)) {
            kind = Some((offset, offset + bare.len()));
            break;
        }
        offset += w.len() + 1;
        if offset > 60 {
            return None;
        }
    }
    let (kind_start, kind_end) = kind?;
    let before = head[..kind_start].trim();
    let provision = if before.is_empty() {
        None
    } else {
        g.provision.find(before).filter(|p| p.start == 0)?;
        if before.contains([',', ';', '(', ':']) {
            return None;
        }
        Some(before.to_string())
    };
    let rest = &head[kind_end..];
    let window = &rest[..crate::source::floor_char_boundary(rest, 160)];
    let d = g.dates.first(window)?;
    d.date.month()?;
    // The issuer's words, then a date word, right before the date.
    let pre = rest[..d.start].trim();
    let issuer = if pre.is_empty() {
        pre
    } else {
        let word = g.statute_dates.iter().find(|w| {
            pre.strip_suffix(w.as_str())
                .is_some_and(|p| p.is_empty() || p.ends_with(' '))
        })?;
        pre[..pre.len() - word.len()].trim_end()
    };
    if issuer.split_whitespace().nth(8).is_some()
        || issuer.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ';' | ':'))
    {
        return None;
    }
    // `r.` (roku): a year word of one letter and its period.
    let mut name = rest[d.end..].trim_start();
    if let Some(r) = name.split_once(' ').map_or(Some(name), |(w, _)| Some(w)) {
        if r.len() <= 3 && r.ends_with('.') && r.starts_with(char::is_lowercase) {
            name = &name[r.len()..];
        }
    }
    let name = name
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '–' | '—' | '-' | ','))
        .trim_end_matches([',', ' ']);
    let title = if name.is_empty() {
        head[kind_start..kind_end + (rest.len() - rest.trim_start().len()) + issuer.len()]
            .trim()
            .to_string()
    } else {
        name.to_string()
    };
    // The journal, its issue and the act's position in it.
    let journal = inner[at..]
        .split_once(|c: char| c.is_whitespace() || c == ',')
        .map_or(&inner[at..], |(j, _)| j);
    let journal = g
        .gazettes
        .iter()
        .find(|j| inner[at..].starts_with(j.as_str()))
        .map_or(journal, |j| j.as_str());
    let after = &inner[at + journal.len()..];
    let number_after = |words: &[String]| {
        words.iter().find_map(|w| {
            let i = after.find(w.as_str())?;
            let n: String = after[i + w.len()..]
                .trim_start()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            (!n.is_empty()).then_some(n)
        })
    };
    let number = number_after(&g.gazette_position)?;
    let issue = g.issue.find(after).and_then(|m| {
        let (x, y) = m.number?;
        Some(after[x..y].to_string())
    });
    let item = CslItem {
        kind: "legislation".into(),
        title: Some(clean_field(&title)),
        issued: Some(d.date),
        container_title: Some(journal.trim().to_string()),
        issue,
        number: Some(number),
        ..Default::default()
    };
    Some(GazetteAct {
        item,
        provision,
        end: close + 1,
    })
}

/// An act cited with the official journal that printed it after a comma
/// or in brackets, as German and French legal writing cite statutes:
/// `Gesetz zur Modernisierung des Schuldrechts vom 26.11.2001, BGBl. I S.
/// 3138`, `… (BGBl. I S. 3138)`, `Loi n° 2016-1321 du 7 octobre 2016 pour
/// une République numérique, JORF n° 0235 du 8 octobre 2016`. The act's
/// words hold its day (a date with its month); the journal is one of the
/// grammars' `gazettes`.
///
/// A `legislation` work, dated by that day. Its title is the act's words,
/// without the date and the short word before it (`vom`) when they end
/// them (German titles), else whole (a French law's title holds its number
/// and date); a `statute_number` word's number is its number. The journal
/// and the part after it that is no number (`BGBl. I`) are its container,
/// the page after a page word its page, a number after a
/// `statute_number` word (`n° 0235`) its issue. Returns the work and where
/// the journal's part ends in `s` (after its bracket).
pub(crate) fn journal_act(s: &str, g: &Grammar) -> Option<(CslItem, usize)> {
    if !g.has_gazette(s) {
        return None;
    }
    // The journal, after `, ` or `(`, and a space or the end after it.
    // Each `,` or `(` is looked after once (a cheap scan on every item).
    let (at, journal) = s.match_indices([',', '(']).find_map(|(i, _)| {
        let at = i + 1 + (s.len() - i - 1 - s[i + 1..].trim_start_matches(' ').len());
        let rest = &s[at..];
        if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        g.gazettes.iter().find_map(|j| {
            let after = rest.strip_prefix(j.as_str())?;
            (after.is_empty() || after.starts_with([' ', ',', ')', '.']))
                .then_some((at, j.as_str()))
        })
    })?;
    let bracket = s[..at].trim_end().ends_with('(');
    let head = s[..at].trim_end().trim_end_matches([',', '(']).trim_end();
    if head.is_empty() || !head.starts_with(char::is_uppercase) {
        return None;
    }
    // `Loi n° 2016-1321 du 7 octobre 2016`: the first date with its day,
    // past the act's number.
    let d = g
        .dates
        .find_all(head)
        .into_iter()
        .find(|d| d.date.month().is_some() && d.date.day().is_some())?;
    // The act's words before its date: no author's comma among them.
    let before = head[..d.start].trim_end();
    if before.is_empty() || before.contains([',', ';', ':']) {
        return None;
    }
    let ends_with_date = head[d.end..].trim().trim_end_matches('.').is_empty();
    let title = if ends_with_date {
        // `… des Schuldrechts vom`: the short word before the date.
        let word_start = before.rfind(' ').map_or(0, |i| i + 1);
        let word = &before[word_start..];
        let short =
            word.trim_end_matches('.').chars().count() <= 3 && word.starts_with(char::is_lowercase);
        if short {
            before[..word_start].trim_end()
        } else {
            before
        }
    } else {
        head
    };
    if title.is_empty() || title.contains(['(', ')']) && !ends_with_date {
        return None;
    }
    let number_after = |t: &str| {
        g.statute_numbers.iter().find_map(|w| {
            let i = t.find(w.as_str())?;
            let n = t[i + w.len()..].trim_start();
            let n = &n[..n
                .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '/'))
                .unwrap_or(n.len())];
            n.starts_with(|c: char| c.is_ascii_digit())
                .then(|| n.trim_end_matches(['-', '/']).to_string())
        })
    };
    // The journal's part: up to a closing bracket, else to the end.
    let rest_start = at + journal.len();
    let rest_end = if bracket {
        rest_start + s[rest_start..].find(')')?
    } else {
        // `…, JORF n° 0064 du 16 mars 2017, art. 2`: up to the provision.
        s[rest_start..]
            .match_indices(", ")
            .map(|(i, _)| rest_start + i)
            .find(|&i| g.provision.find(&s[i + 2..]).is_some_and(|p| p.start == 0))
            .unwrap_or(s.len())
    };
    let rest = s[rest_start..rest_end].trim();
    let mut container = journal.to_string();
    // `BGBl. I`: the journal's part, in roman numerals.
    if let Some(part) = rest.split(' ').next().filter(|w| {
        !w.is_empty() && w.len() <= 4 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
    }) {
        container.push(' ');
        container.push_str(part);
    }
    let page = g.page.find(rest).and_then(|m| {
        let (x, y) = m.number?;
        Some(rest[x..y].to_string())
    });
    let item = CslItem {
        kind: "legislation".into(),
        title: Some(clean_field(title)),
        number: number_after(before),
        issued: Some(d.date),
        container_title: Some(container),
        issue: number_after(rest),
        page,
        ..Default::default()
    };
    let end = if bracket { rest_end + 1 } else { rest_end };
    Some((item, end))
}

/// The dates an entry states for itself in sentences of their own, as
/// AMA writes a web page's (`Published October 3, 2023. Updated May 1,
/// 2024. Accessed June 2, 2024.`) and Chicago a page's revision (`Last
/// modified April 17, 2017.`).
#[derive(Debug, Default, PartialEq)]
struct StatedDates {
    /// The work's date: the one after a `dates.published` word, else the
    /// one after a `dates.updated` word (the version read).
    issued: Option<CslDate>,
    /// The byte ranges of those sentences' words and dates, each read.
    spans: Vec<(usize, usize)>,
}

/// Reads the sentences of `s` that open with a word of the grammars'
/// `dates.published` or `dates.updated` followed at once (after a colon,
/// if any) by a whole date that ends the sentence. A word elsewhere in a
/// sentence (`Original work published 1963`, a title's `Revised edition`)
/// is not read; a revision date where a publication date is given goes
/// to no field, as CSL has none for it.
fn stated_dates(s: &str, g: &Grammar) -> StatedDates {
    let mut out = StatedDates::default();
    if g.published_words.is_empty() && g.updated_words.is_empty() {
        return out;
    }
    let mut updated = None;
    let starts = std::iter::once(0).chain(s.match_indices(". ").map(|(i, _)| i + 2));
    for start in starts {
        let Some(rest) = s.get(start..) else {
            continue;
        };
        // A cheap test first: the sentence opens with a letter of one of
        // the words.
        let Some(first) = rest.chars().next().map(|c| c.to_ascii_lowercase()) else {
            continue;
        };
        let opens = |w: &&String| {
            w.starts_with(first)
                && rest
                    .get(..w.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(w))
                && rest[w.len()..].starts_with([' ', ':'])
        };
        let (word, published) = match g.published_words.iter().find(opens) {
            Some(w) => (w, true),
            None => match g.updated_words.iter().find(opens) {
                Some(w) => (w, false),
                None => continue,
            },
        };
        let after = &rest[word.len()..];
        let lead = after.len() - after.trim_start_matches([' ', ':']).len();
        let Some(d) = g.dates.first(&after[lead..]).filter(|d| d.start == 0) else {
            continue;
        };
        let end = start + word.len() + lead + d.end;
        let tail = s[end..].trim_start();
        if !(tail.is_empty() || tail.starts_with(['.', ';', ','])) {
            continue;
        }
        out.spans.push((start, end));
        if published {
            out.issued.get_or_insert(d.date);
        } else {
            updated.get_or_insert(d.date);
        }
    }
    if out.issued.is_none() {
        out.issued = updated;
    }
    out
}

/// Parses a reference. `order` says whether the first author is inverted
/// (bibliography) or natural (notes).
pub fn parse_reference(s: &str, order: NameOrder, g: &Grammar) -> ParsedReference {
    let mut parsed = parse_reference_read(s, order, g);
    crate::model::read_title_siglum(&mut parsed.item);
    // `in: Kant’s gesammelte Schriften, Bd. V, Berlin 1908`: the volume in
    // Roman numerals, read as the volume, is no part of the book's title
    // (the volume words end a title before a number in digits only).
    let item = &mut parsed.item;
    if let (Some(container), Some(volume)) = (item.container_title.as_mut(), &item.volume) {
        // Only a Roman numeral is left there (`volume_part` reads digits
        // too, but the volume words cut those off already).
        let roman = |c: char| matches!(c, 'I' | 'V' | 'X' | 'L');
        let split = container
            .rsplit_once(", ")
            .filter(|(_, last)| last.trim_end_matches('.').ends_with(roman));
        if let Some((head, last)) = split {
            let last = last.trim_end_matches('.');
            if !head.trim().is_empty() && volume_part(last, g).as_ref() == Some(volume) {
                let head = head.trim_end().to_string();
                *container = head;
            }
        }
    }
    // `Frankfurt a. M.`: a place that ends in an abbreviation keeps its
    // period, which the end of its field took.
    if let Some(place) = parsed
        .item
        .publisher_place
        .as_mut()
        .filter(|p| p.contains('.') && !p.ends_with('.'))
    {
        let words: Vec<&str> = place.split_whitespace().collect();
        if words.len() > 1 && river_abbreviations(&words[1..]) {
            place.push('.');
        }
    }
    parsed
}

/// [`parse_reference`] before the fields read from others are set: the
/// siglum after a title, a volume left in a book's title, a place's period.
fn parse_reference_read(s: &str, order: NameOrder, g: &Grammar) -> ParsedReference {
    // `https:` / `//doi.org/10.1145/…`: a URL broken after its scheme at a
    // line's end is read joined, the offsets moved back to the input's.
    let breaks = url_scheme_breaks(s);
    if !breaks.is_empty() {
        let mut parsed = parse_reference(&without(s, &breaks), order, g);
        let shift = |(a, b): (usize, usize)| {
            (
                offset_before_cuts(a, &breaks),
                offset_before_cuts(b, &breaks),
            )
        };
        parsed.authors = parsed.authors.map(shift);
        parsed.title = parsed.title.map(shift);
        return parsed;
    }
    if let Some(parsed) = standard_entry(s) {
        return parsed;
    }
    // `陳聰富，侵權責任之因果關係，臺大法學論叢，第29卷第2期，頁175-236，2000年1月。`:
    // parts separated by commas, the title in no marks.
    if let Some(u) = crate::syntax::unmarked::read(s, g) {
        let mut item = u.item;
        if item.page.is_none() {
            item.page = u.pin;
        }
        return ParsedReference {
            item,
            authors: Some(u.authors),
            title: Some(u.title),
            ..Default::default()
        };
    }
    // `JANÁK, Jan – HLEDÍKOVÁ, Zdeňka – DOBEŠ, Jan. Dějiny …`: inverted
    // names joined by dashes, read as if joined by semicolons.
    if let Some(joined) = dash_joined_inverted_names(s) {
        return parse_reference(&joined, order, g);
    }
    // `Asser/Hartkamp & Sieburgh 6-IV 2019 C.S. Hartkamp & C.H. Sieburgh,
    // Mr. C. Asser’s Handleiding …`: the way the notes cite a handbook's
    // volume, then its full reference, which is read alone.
    if let Some(head) = crate::syntax::item::handbook_head_len(s) {
        let mut parsed = parse_reference_plain(&s[head..], order, g);
        let shift = |(a, b): (usize, usize)| (a + head, b + head);
        parsed.authors = parsed.authors.map(shift);
        parsed.title = parsed.title.map(shift);
        return parsed;
    }
    // `Handbuch, München, Stand: 1.3.2020.`: a loose-leaf work's state and
    // its loose-leaf word are read on their own, the rest without them.
    if let Some((leaf, mut parsed)) = loose_leaf(s, g).and_then(|leaf| {
        let mut parsed = parse_reference(&without(s, &leaf.cuts), order, g);
        // Offsets after a piece taken out are moved back to the input's.
        let shift = |(a, b): (usize, usize)| {
            (
                offset_before_cuts(a, &leaf.cuts),
                offset_before_cuts(b, &leaf.cuts),
            )
        };
        parsed.authors = parsed.authors.map(shift);
        parsed.title = parsed.title.map(shift);
        // A town that no grammar lists must be read as the place.
        // The words before the state must be read as the imprint, and a
        // work with an edition of its own (`BeckOK Datenschutzrecht, 45.
        // Ed., München, Stand: 1.8.2023`, an online commentary's) is dated
        // by that edition: its state is the day it was brought up to.
        let item = &parsed.item;
        let placed = leaf.imprint.as_deref().is_none_or(|p| {
            let ends = |f: &Option<String>| f.as_deref().is_some_and(|f| p.ends_with(f));
            item.publisher_place.is_some()
                && (ends(&item.publisher_place) || ends(&item.publisher))
                && item.edition.is_none()
        });
        placed.then_some((leaf, parsed))
    }) {
        let item = &mut parsed.item;
        if item.issued.is_none() {
            item.issued = leaf.date;
        }
        if item.edition.is_none() {
            item.edition = leaf.supplement;
        }
        if item.genre.is_none() {
            item.genre = leaf.genre;
        }
        return parsed;
    }
    // `Influenza (seasonal) [Fact sheet]. Geneva: WHO, 2023.`: the medium
    // in brackets after the title is read as its genre, and the rest as
    // the entry without it, the period after it moved to the title's end.
    if let Some((a, b, genre)) = medium_after_title(s, g) {
        let punct = &s[b..b + s[b..].starts_with(['.', ',']) as usize];
        let read = format!(
            "{}{punct}{}{}",
            &s[..a],
            " ".repeat(b - a),
            &s[b + punct.len()..]
        );
        let mut parsed = parse_reference_plain(&read, order, g);
        if parsed.item.genre.is_none() {
            parsed.item.genre = Some(genre);
        }
        return parsed;
    }
    // `arXiv preprint arXiv:1810.04805 (2018)`, `CoRR abs/1706.03762`:
    // the preprint's identifier is read on its own, and the rest without it.
    if let Some(p) = preprint(s) {
        let mut parsed = parse_reference_plain(&blanked(s, &[(p.start, p.end)]), order, g);
        let item = &mut parsed.item;
        if item.container_title.is_none() && item.publisher.is_none() {
            item.container_title = Some(p.server.to_string());
            if !parsed.kind_written {
                item.kind = "article".into();
            }
        }
        item.number = Some(format!("arXiv:{}", p.id));
        if item.issued.is_none() {
            item.issued = p
                .year
                .map(|y| CslDate::new(y, None, None, Some(y.to_string())));
        }
        return parsed;
    }
    parse_reference_plain(s, order, g)
}

/// An arXiv identifier as computing lists write it, with its lead-in:
/// `arXiv:2107.03374`, `arXiv preprint arXiv:1810.04805`, `arXiv
/// 2303.08774`, `arXiv:2001.08361 [cs.LG]`, an old one `arXiv:hep-th/9901001`,
/// or DBLP's `CoRR abs/1706.03762`; a year in brackets after it
/// (`(2018)`) is the preprint's.
static PREPRINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"(?:\barXiv\s+(?:preprint|e-prints?)[,:]?\s+)?\b(?P<s>arXiv|CoRR)(?::\s?|\s+abs/|\s+)(?P<id>[0-9]{4}\.[0-9]{4,5}(?:v[0-9]{1,2})?|[a-z-]{2,12}(?:\.[A-Z]{2})?/[0-9]{7}(?:v[0-9]{1,2})?)\b(?:\s*\[[A-Za-z-]{2,12}(?:\.[A-Za-z-]{2,4})?\])?(?:,?\s*\((?P<y>(?:19|20)[0-9]{2})\))?",
    )
});

/// A preprint's identifier found by [`PREPRINT`].
struct Preprint<'s> {
    /// Byte range of the identifier and its lead-in and year.
    start: usize,
    /// End of that range.
    end: usize,
    /// `arXiv` or `CoRR`, as written.
    server: &'s str,
    /// `1810.04805`.
    id: &'s str,
    /// The year in brackets after it.
    year: Option<i32>,
}

/// The preprint identifier of `s` ([`PREPRINT`]); not one inside a link
/// (`https://arxiv.org/abs/…`, `doi.org/10.48550/arXiv.2308.12950`).
fn preprint(s: &str) -> Option<Preprint<'_>> {
    if !s.contains("arXiv") && !s.contains("CoRR") {
        return None;
    }
    let c = crate::re::captures(&PREPRINT, s)?;
    let whole = c.get(0)?;
    let before = &s[..whole.start()];
    if before.ends_with(['/', '.']) {
        return None;
    }
    Some(Preprint {
        start: whole.start(),
        end: whole.end(),
        server: c.name("s")?.as_str(),
        id: c.name("id")?.as_str(),
        year: c.name("y").and_then(|y| y.as_str().parse().ok()),
    })
}

/// [`parse_reference`] after a medium in brackets is read.
fn parse_reference_plain(s: &str, order: NameOrder, g: &Grammar) -> ParsedReference {
    // `The Origins of the Korean War, Vol. 1. Princeton: Princeton
    // University Press.`, `Capital, Volume 1, Harmondsworth: Penguin.`: a
    // book's volume between its title and its imprint is read on its own,
    // and the rest as a book without it.
    if let Some((a, b, volume)) = volume_before_imprint(s, g) {
        let mut parsed = parse_reference_whole(&blanked(s, &[(a, b)]), order, g);
        if parsed.item.volume.is_none() && parsed.item.publisher.is_some() {
            parsed.item.volume = Some(volume);
            return parsed;
        }
    }
    // `Report of the Royal Commission on Labour, 1880. Part 1. London:
    // HMSO, 1881.`: the part of a work issued in parts, read the same way.
    if let Some((a, b, part)) = part_before_imprint(s, g) {
        let mut parsed = parse_reference_whole(&blanked(s, &[(a, b)]), order, g);
        if parsed.item.part_number.is_none()
            && parsed.item.title.is_some()
            && parsed.item.publisher.is_some()
        {
            parsed.item.part_number = Some(part);
            return parsed;
        }
    }
    // `Settecento riformatore. 5 vols. Turin: Einaudi, 1969–1990.`: the
    // number of a work's volumes between its title and its imprint.
    if let Some((a, b, count)) = extent_before_imprint(s, g) {
        // The separator before the count ends the title, as a period (the
        // same length: spans stay those of `s`).
        let read = format!("{}.{}", &s[..a - 1], blanked(&s[a..], &[(0, b - a)]));
        let mut parsed = parse_reference_whole(&read, order, g);
        if parsed.item.publisher.is_some() {
            parsed.item.number_of_volumes = Some(count);
            return parsed;
        }
    }
    let mut parsed = parse_reference_whole(s, order, g);
    organisation_work(s, &mut parsed);
    parsed
}

/// `Distribution Test Feeders, IEEE PES, 2021. [Online]. Available: …`:
/// a work with no author and no quoted title, named by the body that
/// publishes it (an acronym among its words) and the year.
static ORGANISATION_WORK: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r#"^(?P<t>[A-Z][^“”"\[\],.;:]{6,200}), (?P<p>(?:[A-Z][A-Za-z&-]*\.? ){0,5}[A-Z]{2,}[A-Za-z&-]*(?: [A-Z][A-Za-z&-]*)*), (?:19|20)[0-9]{2}\.(?:$| )"#,
    )
});

/// An entry of [`ORGANISATION_WORK`]'s shape that was read as a person
/// named by the title (`Distribution Test Feeders`) and the body: the
/// title is the work's, the body its author (an organisation).
/// The title holds two words or more and no initials, and was read as one
/// person's name, so that `A. Smith, Title, IEEE, 2020.` keeps its author.
fn organisation_work(s: &str, parsed: &mut ParsedReference) {
    if !s.as_bytes().first().is_some_and(u8::is_ascii_uppercase) || parsed.item.author.len() != 1 {
        return;
    }
    // Cheap first: the one name read opens the entry and a comma ends it.
    let name = parsed.item.author[0]
        .family
        .as_deref()
        .or(parsed.item.author[0].literal.as_deref());
    if !name.is_some_and(|n| {
        n.contains(' ') && s.strip_prefix(n).is_some_and(|rest| rest.starts_with(", "))
    }) {
        return;
    }
    let Some(c) = crate::re::captures(&ORGANISATION_WORK, s) else {
        return;
    };
    let (Some(t), Some(p)) = (c.name("t"), c.name("p")) else {
        return;
    };
    let title = t.as_str();
    let misread =
        parsed.item.author.first().is_some_and(|a| {
            a.family.as_deref() == Some(title) || a.literal.as_deref() == Some(title)
        });
    if !misread || title.split_whitespace().count() < 2 {
        return;
    }
    parsed.item.author = vec![CslName {
        literal: Some(p.as_str().to_string()),
        ..CslName::default()
    }];
    parsed.authors = Some((p.start(), p.end()));
    parsed.item.title = Some(title.to_string());
    parsed.title = Some((t.start(), t.end()));
}

/// A medium or genre in square brackets right after a title's last word
/// ([`Grammar::medium`]: `Title [Fact sheet].`, `Title [Dataset],`): the
/// span from the space before it to its closing bracket, and its words as
/// written. After a sentence's period (`2021. [Online]. Available:`) it
/// ends no title and is left alone.
fn medium_after_title(s: &str, g: &Grammar) -> Option<(usize, usize, String)> {
    if g.medium.is_empty() || !s.contains(" [") {
        return None;
    }
    for (i, _) in s.match_indices(" [") {
        let open = i + 1;
        let Some(len) = s[open..].find(']') else {
            continue;
        };
        let close = open + len + 1;
        let inner = &s[open + 1..close - 1];
        if inner.is_empty() || inner.len() > 40 {
            continue;
        }
        let after_word = s[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ')' | '?' | '!'));
        let ends = s[close..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | ' '));
        if after_word && ends && g.medium.contains(&inner.to_lowercase()) {
            return Some((i, close, inner.to_string()));
        }
    }
    None
}

/// A standard as IEEE lists it: its title, its number after the body's
/// letters (`IEEE Std 1547-2018`, `ISO 9001:2015`, `IEC 61850-7-420`,
/// `ISO/IEC 27001:2013`), a bracket on it (`(Revision of IEEE Std
/// 1547-2003)`), a publisher at most, and the year.
static STANDARD: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r#"^(?P<t>[^“”"\[\]]{8,300}?),\s+(?P<n>(?:[A-Z]{2,6}(?:/[A-Z]{2,6})?\s+){1,2}(?:Std\.?\s+)?[A-Z]{0,2}[0-9]{2,6}(?:[-.:][0-9A-Z]{1,4}){0,4})(?:\s*\([^()]{1,80}\))?(?:,\s+(?P<p>[^,0-9]{2,60}))?,\s+(?P<y>(?:19|20)[0-9]{2})\.?\s*$"#,
    )
});

/// The words of an inverted entry's family part that are no particles:
/// `GARCÍA DE ENTERRÍA` and `LUCAS MURILLO DE LA CUEVA` count 2 and 3.
/// Particles in capitals (`DE`, `LA`, `DEL`, and `Y` joining a double
/// surname: `ORTEGA Y GASSET`) are skipped only in a part written all in
/// capitals, where they cannot be title words.
fn family_words(t: &str, g: &Grammar) -> usize {
    let capitals = !t.chars().any(char::is_lowercase);
    t.split_whitespace()
        .filter(|w| {
            let particle = crate::syntax::name::is_particle(w, g)
                || capitals
                    && w.chars().count() <= 4
                    && crate::text::with_lowercase(w, |l| {
                        l == "y" || crate::syntax::name::PARTICLES.contains(&l)
                    });
            !particle
        })
        .count()
}

/// An entry that cites a standard ([`STANDARD`]): its number is no year
/// and no pages (the `1547` of `IEEE Std 1547-2018`), its title the text
/// before it, and it names no author. The title holds three words or
/// more and opens with no initials (`J. Smith, Title, …` names a person).
fn standard_entry(s: &str) -> Option<ParsedReference> {
    // Cheap tests first: a digit, a comma and two capitals in a row.
    let b = s.as_bytes();
    if !b.iter().any(u8::is_ascii_digit)
        || !b.contains(&b',')
        || !b
            .windows(2)
            .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
    {
        return None;
    }
    let c = crate::re::captures(&STANDARD, s.trim())?;
    let (t, n, y) = (c.name("t")?, c.name("n")?, c.name("y")?);
    let title = t.as_str().trim();
    if title.split_whitespace().count() < 3 || INITIALS_FIRST.is_match(title) {
        return None;
    }
    let year: i32 = y.as_str().parse().ok()?;
    let lead = s.len() - s.trim_start().len();
    let mut out = ParsedReference {
        item: CslItem {
            kind: "standard".into(),
            title: Some(clean_field(title)),
            number: Some(n.as_str().split_whitespace().collect::<Vec<_>>().join(" ")),
            publisher: c.name("p").map(|p| clean_field(p.as_str())),
            issued: Some(CslDate::new(year, None, None, Some(y.as_str().into()))),
            ..Default::default()
        },
        ..Default::default()
    };
    out.title = Some((lead + t.start(), lead + t.start() + title.len()));
    out.title_is_book = true;
    out.kind_written = true;
    Some(out)
}

/// A count of volumes (an [`extent`] whose word is in lowercase: `5
/// vols.`, `2 v.`, `3 t.`) that stands between a title and an imprint
/// `Place: Publisher, Year` closing `s`, after a period or a comma
/// (`Settecento riformatore. 5 vols. Turin: Einaudi, 1969–1990.`, `The
/// Mediterranean …, 2 vols. New York: Harper & Row, 1972.`): the range to
/// blank (the count, after its separator) and the count.
fn extent_before_imprint(s: &str, g: &Grammar) -> Option<(usize, usize, String)> {
    // Cheap tests first: a colon before a capital, and a digit before it.
    let colon = s.rfind(':')?;
    if !s[colon + 1..].trim_start().starts_with(char::is_uppercase)
        || !s[..colon].contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let head = &s[..colon];
    head.match_indices([',', '.']).find_map(|(sep, _)| {
        let start = sep + 1;
        let rest = head[start..].strip_prefix(' ')?;
        if !rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let (number, after_number) = rest.split_once(' ')?;
        let word_end = after_number.find('.')?;
        let word = &after_number[..word_end];
        let count = format!("{number} {word}.");
        if !extent(&count) || !word.chars().all(char::is_lowercase) {
            return None;
        }
        let end = start + 1 + number.len() + 1 + word_end + 1;
        let after = s[end..].trim_start();
        let mut body = after.trim_end().trim_end_matches('.').trim_end();
        // The year, or the span of years of a work in volumes.
        while let Some(d) = g
            .dates
            .find_all(body)
            .last()
            .filter(|d| d.end == body.len())
        {
            body = body[..d.start].trim_end_matches([' ', ',', '–', '-']);
        }
        let (place, publ) = place_publisher(body)?;
        let plain = publ.end == body.len()
            && !body[place.clone()].contains(|c: char| c.is_ascii_digit() || c == '.')
            && !body[publ].contains(|c: char| c.is_ascii_digit());
        plain.then(|| (sep + 1, end, number.to_string()))
    })
}

/// A volume statement of the grammars (`Vol. 1`, `Volume 2`, `vol. 3`)
/// that stands between a title and an imprint closing `s`, after a comma
/// or a period and before one (`…War, Vol. 1. Princeton: Princeton
/// University Press.`, `…Philip II. Vol. 1. New York: Harper and Row.`,
/// `Capital, Volume 1, Harmondsworth: Penguin.`): the range to blank (the
/// separator before it and the statement) and the volume.
fn volume_before_imprint(s: &str, g: &Grammar) -> Option<(usize, usize, String)> {
    // Cheap tests first: a colon before a capital (`Princeton: Princeton
    // …`), and before it a volume word in Latin letters.
    let colon = s.rfind(':')?;
    if !s[colon + 1..].trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    let b = s.as_bytes();
    if !memchr::memmem::find_iter(&b[..colon], b"ol")
        .any(|i| i > 0 && matches!(b[i - 1], b'V' | b'v'))
    {
        return None;
    }
    g.volume.iter(s).find_map(|m| {
        let (x, y) = m.number?;
        let before = &s[..m.start];
        let sep = before.trim_end();
        if !sep.ends_with([',', '.']) || sep.len() < 2 {
            return None;
        }
        let after = s[m.end..].strip_prefix(['.', ','])?.trim_start();
        let body = after.trim_end().trim_end_matches('.').trim_end();
        let body = match g.dates.find_all(body).last() {
            Some(d) if d.end == body.len() => body[..d.start].trim_end().trim_end_matches(','),
            _ => body,
        };
        let (place, publ) = place_publisher(body)?;
        let plain = publ.end == body.len()
            && !body[place].contains(|c: char| c.is_ascii_digit())
            && !body[publ].contains(|c: char| c.is_ascii_digit());
        plain.then(|| (sep.len() - 1, m.end, s[x..y].to_string()))
    })
}

/// A part statement of the grammars (`Part 1`, `pt. 2`, `Pt. II`: the
/// pinpoints labelled `part`) between a title and its imprint, as works
/// issued in numbered parts are cited (Chicago 14.120): after a comma or
/// a period, and before an imprint that closes `s` as a sentence
/// (`Report of the Royal Commission on Labour, 1880. Part 1. London:
/// HMSO, 1881.`) or before one in brackets (`…, 1880, pt. 1 (London:
/// HMSO, 1881), 22`). The range to blank (the separator before it and
/// the statement) and the part's number.
fn part_before_imprint(s: &str, g: &Grammar) -> Option<(usize, usize, String)> {
    // Cheap tests first: a colon (every imprint read has one), and a word
    // opening with `P` or `p` then `art` or `t` (the English words).
    let b = s.as_bytes();
    let worded = memchr::memchr2_iter(b'P', b'p', b).any(|i| {
        i > 0
            && b[i - 1] == b' '
            && b.get(i + 1..)
                .is_some_and(|r| r.starts_with(b"art") || r.starts_with(b"t"))
    });
    if !worded || !s.contains(':') {
        return None;
    }
    let words = g.pinpoint_words("part")?;
    words.iter(s).find_map(|m| {
        let (x, y) = m.number?;
        let sep = s[..m.start].trim_end();
        if !sep.ends_with([',', '.']) || sep.len() < 2 || !s[..m.start].ends_with(' ') {
            return None;
        }
        let value = crate::grammar::locator_value(s.get(x..y)?);
        let rest = &s[m.end..];
        if rest.starts_with(" (") && paren_imprint(&rest[1..], g) {
            return Some((sep.len() - 1, m.end, value));
        }
        let after = rest.strip_prefix(['.', ','])?.trim_start();
        let body = after.trim_end().trim_end_matches('.').trim_end();
        let body = match g.dates.find_all(body).last() {
            Some(d) if d.end == body.len() => body[..d.start].trim_end().trim_end_matches(','),
            _ => body,
        };
        let (place, publ) = place_publisher(body)?;
        let plain = publ.end == body.len()
            && !body[place].contains(|c: char| c.is_ascii_digit())
            && !body[publ].contains(|c: char| c.is_ascii_digit());
        plain.then_some((sep.len() - 1, m.end, value))
    })
}

/// [`parse_reference`] of the whole of `s`.
fn parse_reference_whole(s: &str, order: NameOrder, g: &Grammar) -> ParsedReference {
    // `Zeitschrift für Kommunal-` / `und Staatspolitik`: a suspended
    // hyphen at a line's end is no broken word (the same length, so the
    // spans found stay those of `s`).
    let kept = crate::text::keep_suspended_hyphens(s, &g.suspended_hyphen);
    let s = kept.as_ref();
    // `Bourdieu, P. and Passeron, J.-C. ([1970] 1990) Reproduction …`,
    // `Marx, K. (1867/1976) Capital`: the edition's year alone is read.
    let edition_year = edition_year_only(s);
    let s = edition_year.as_deref().unwrap_or(s);
    if let Some(item) = class_decision(s, g) {
        return ParsedReference {
            item,
            title: Some((0, s.len())),
            ..Default::default()
        };
    }
    // `Terré (F.), Simler (Ph.) et Lequette (Y.), Droit civil…`: French
    // legal writing's several authors, each with the initials in brackets;
    // the work is read after the first name alone (`Terré (F.), Droit
    // civil…`), then given all the names.
    if let Some((names, editors, first_end, head_end)) =
        crate::syntax::name::bracketed_initials_names(s)
    {
        let comma = head_end - 2;
        let mut parsed = parse_reference(&format!("{}{}", &s[..first_end], &s[comma..]), order, g);
        if parsed.item.title.is_some() && parsed.item.author.len() == 1 {
            let shift = |(a, b): (usize, usize)| {
                if a >= first_end {
                    (a + comma - first_end, b + comma - first_end)
                } else {
                    (a, b)
                }
            };
            parsed.title = parsed.title.map(shift);
            parsed.authors = Some((0, comma));
            if editors {
                parsed.item.editor = names;
                parsed.item.author.clear();
            } else {
                parsed.item.author = names;
            }
            return parsed;
        }
    }
    // `Ustawa z dnia 23 kwietnia 1964 r. – Kodeks cywilny (Dz.U. z 2020 r.
    // poz. 1740 ze zm.).`: a list of legal acts.
    if let Some(act) = gazette_act(s, g).filter(|a| a.provision.is_none()) {
        let left = clean_field(s[act.end..].trim().trim_matches(['.', ',', ' ']));
        return ParsedReference {
            item: act.item,
            unparsed: (left.chars().filter(|c| c.is_alphanumeric()).count() >= 3).then_some(left),
            title: Some((0, act.end)),
            ..Default::default()
        };
    }
    // `Gesetz zur Modernisierung des Schuldrechts vom 26.11.2001 (BGBl. I
    // S. 3138).`: an act with its official journal.
    let listed_act = || {
        (order == NameOrder::InvertedFirst)
            .then(|| journal_act(s, g))
            .flatten()
    };
    if let Some((item, end)) = listed_act().or_else(|| numbered_statute(s, g)) {
        let left = clean_field(s[end..].trim().trim_matches(['.', ',', ' ']));
        return ParsedReference {
            item,
            unparsed: (left.chars().filter(|c| c.is_alphanumeric()).count() >= 3).then_some(left),
            title: Some((0, end)),
            ..Default::default()
        };
    }
    // `Donoghue v Stevenson [1932] AC 562 (HL)`, `Human Rights Act 1998`:
    // a case or a statute in a list of cases and legislation.
    if let Some((item, _)) = crate::syntax::law_report::case(s, g)
        .or_else(|| crate::syntax::law_report::act(s, g))
        .or_else(|| crate::syntax::law_report::mcgill_statute(s, g))
        .or_else(|| crate::syntax::law_report::constitution(s, g))
    {
        return ParsedReference {
            item,
            title: Some((0, s.len())),
            ..Default::default()
        };
    }
    // `Hansard, Parliamentary Debates, 5th ser., vols 130 and 40 (1920).`:
    // a list's entry for a series of debates, the volumes of a year.
    if order == NameOrder::InvertedFirst {
        if let Some((item, _)) = crate::syntax::official::official_paper(s, g)
            .filter(|(i, _)| i.kind == "hearing" && i.title.is_none() && i.issued.is_some())
        {
            return ParsedReference {
                item,
                ..Default::default()
            };
        }
    }
    let areas = without_area_dashes(s);
    let series = without_series(areas.as_ref(), g);
    let (pages, isbn, mut blanks) = extent_and_isbn(series.as_ref(), g);
    let (translators, more) = cjk_translators(series.as_ref(), g);
    if !more.is_empty() {
        blanks.retain(|&(a, b)| !more.iter().any(|&(c, d)| a < d && c < b));
        blanks.extend(more);
        blanks.sort_unstable();
    }
    let defining = hereafter_brackets(series.as_ref(), g);
    if !defining.is_empty() {
        blanks.retain(|&(a, b)| !defining.iter().any(|&(c, d)| a < d && c < b));
        blanks.extend(defining);
        blanks.sort_unstable();
    }
    let thesis = thesis_statement(series.as_ref(), g);
    if let Some(t) = &thesis {
        blanks.retain(|&(a, b)| !t.blanks.iter().any(|&(c, d)| a < d && c < b));
        blanks.extend(t.blanks.iter().copied());
        blanks.sort_unstable();
    }
    let extent = blanked(series.as_ref(), &blanks);
    let s = extent.as_ref();
    let mut out = ParsedReference::default();
    out.item.number_of_pages = pages;
    out.item.isbn = isbn;
    out.item.translator = translators;
    let mut used = Used(Vec::new());
    // APA `Author (Year). Title. *Journal*, …`: the italics there mark the
    // journal, not the title, so the head is read first.
    let apa = parse_apa(s, &mut out, &mut used, g);
    let item = &mut out.item;

    // URL and DOI.
    if let Some(c) = crate::re::captures(&URL, s) {
        let mut whole = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
        let mut url = c.get(1).map_or_else(
            || s[whole.0..whole.1].to_string(),
            |m| m.as_str().to_string(),
        );
        // `https://www.mkri.id/public/` / `content/file.pdf`: a URL broken
        // after a slash at a line's end.
        if c.get(1).is_none() {
            let end = url_continued(s, whole.1);
            if end > whole.1 {
                url = s[whole.0..end].split_whitespace().collect();
                whole.1 = end;
            }
        }
        item.url = Some(if url.starts_with("www.") {
            format!("https://{url}")
        } else {
            url
        });
        used.add(whole.0, whole.1);
        // `Available at: https://…`, `Disponível em: <https://…>`: the
        // words leading to the link.
        let before = s[..whole.0].trim_end().trim_end_matches('<').trim_end();
        if let Some(start) = link_lead_in(before).filter(|&a| a > 0) {
            used.add(start, whole.0);
        }
    } else if let Some(c) = crate::re::captures(&DOI, s) {
        if let (Some(w), Some(d)) = (c.get(0), c.get(1)) {
            item.url = Some(format!("https://doi.org/{}", d.as_str()));
            used.add(w.start(), w.end());
        }
    }

    // Access date: an access word followed by a date.
    for m in g.accessed.iter(s) {
        let after = &s[m.end..];
        if let Some(d) = g.dates.first(after) {
            if d.start <= 4 {
                item.accessed = Some(d.date.clone());
                let mut a = m.start;
                let mut b = m.end + d.end;
                // Swallow enclosing parentheses.
                if s[..a].trim_end().ends_with('(') {
                    a = s[..a].trim_end().len() - 1;
                    if let Some(close) = s[b..].find(')') {
                        if close <= 3 {
                            b += close + 1;
                        }
                    }
                }
                used.add(a, b);
                break;
            }
        }
    }

    // `Published October 3, 2023. Updated May 1, 2024.`: the dates a web
    // page states for itself.
    let stated = stated_dates(s, g);
    if let Some(d) = stated.issued {
        item.issued = Some(d);
    }
    for &(a, b) in &stated.spans {
        used.add(a, b);
    }

    let title = find_title(s)
        .filter(|t| !apa && !used.contains(t.0, t.3))
        .map(|t| quoted_book_title(s, t, g).unwrap_or(t));
    match title {
        Some((open, inner, end, close, book)) => {
            let t = s[inner..end].trim();
            let mut t = t.trim_end_matches([',', '.']).trim_end();
            // `『民法I〔第4版〕』`: the edition in the title's brackets.
            if let Some((cut, e)) = trailing_edition(t, g) {
                set_edition(item, e);
                t = &t[..cut];
            }
            let mut quoted = crate::text::decode_entities(&crate::text::join_unspaced_breaks(t));
            // A title broken over lines reads as one line, a word or a span
            // of years hyphenated at the break joined (`Transfor-` /
            // `mation`, `1739–` / `1783`).
            if quoted.contains('\n') {
                quoted = clean_field(&quoted);
            }
            // `A. Nowak, Tytuł artykułu, „Czasopismo” 2003, nr 2`: the
            // quotes hold the journal, the title is before them.
            let split = (!book)
                .then(|| title_before_quoted_journal(s, open, close, g))
                .flatten();
            // Where the details after the title start.
            let mut details = close;
            let names_end = if let Some((a, b)) = split {
                item.title = Some(clean_field(&s[a..b]));
                item.container_title = Some(quoted);
                out.title = Some((a, b));
                used.add(a, close);
                if let Some((v, at)) = roman_volume_after(s, close) {
                    item.volume = Some(v.to_string());
                    used.add(close, at);
                    details = at;
                }
                a
            } else {
                item.title = Some(quoted);
                out.title = Some((inner, end));
                out.title_is_book = book;
                used.add(open, close);
                open
            };
            // Authors before the title.
            let before = &s[..names_end];
            let (author_text, date_in_authors) = split_author_date(before, g);
            if let Some(d) = date_in_authors {
                out.year_suffix = d.suffix;
                item.issued = Some(d.date);
            }
            let mut at = clean_field(author_text);
            // `Smith, J. "Title,"`: the initial keeps the period that
            // `clean_field` trims as a separator.
            // `Carval S., « Titre »`: so with the comma after it.
            if ends_with_initial_period(author_text.trim_end().trim_end_matches(',').trim_end())
                && !at.ends_with('.')
            {
                at.push('.');
            }
            // `正德《明会典》`, `嘉靖《宁波府志》`: the reign before the
            // title names the edition (of that reign), not an author.
            let reign_edition = g.dates.is_era_name(at.trim());
            if reign_edition {
                item.edition = Some(at.trim().to_string());
            }
            if !reign_edition && !at.is_empty() && ditto_free(&at) {
                // `Poel, J. van der, ‘Titel’`: one name, its particles last.
                let one = (order == NameOrder::InvertedFirst)
                    .then(|| family_comma_initials_list(&format!("{at}, ")))
                    .flatten()
                    .filter(|(_, end)| *end == at.len());
                let names = match one {
                    Some((names, _)) => crate::syntax::name::Names {
                        names,
                        et_al: false,
                    },
                    None => parse_names(&at, natural_if_initials_first(&at, order), g),
                };
                item.author = names.names;
                item.et_al = names.et_al;
                // The range of the names as written (not as folded by
                // `clean_field`): from the first to the last non-separator.
                let base = (author_text.as_ptr() as usize).saturating_sub(before.as_ptr() as usize);
                let is_sep =
                    |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '–' | '—');
                let lead = author_text.len() - author_text.trim_start_matches(is_sep).len();
                let end = author_text.trim_end_matches(is_sep).len().max(lead);
                out.authors = Some((base + lead, base + end));
            }
            used.add(0, names_end);
            // `'Title' [1997] PL 467, 470`, `'Title' (2005) 121 LQR 101`.
            if let Some(n) = law_journal_after_title(&s[details..], item) {
                used.add(details, details + n);
                details += n;
            }
            // Volume, issue and page words after the title are taken first,
            // so that `No. 2024-19` is not read as a year.
            locators(s, &mut out.item, &mut used, g);
            parse_after_title(
                s,
                details,
                book,
                &mut out.item,
                &mut used,
                &mut out.year_suffix,
                g,
            );
        }
        None if apa => {}
        None => {
            // Compact numbered-list styles first: their year in parentheses
            // at the end (Nature) would read as an APA `(Year)` otherwise.
            if !parse_compact(s, &mut out, &mut used, g) {
                parse_undelimited(s, order, &mut out, &mut used, g);
            }
        }
    }

    // Volume, issue, pages anywhere not yet used.
    let item = &mut out.item;
    locators(s, item, &mut used, g);
    if item.volume.is_none() {
        if let Some(c) = crate::re::captures(&VOL_ISSUE, s) {
            if let (Some(v), Some(i)) = (c.get(1), c.get(2)) {
                if !used.contains(v.start(), i.end()) && v.as_str().len() < 4 {
                    item.volume = Some(v.as_str().to_string());
                    item.issue = Some(i.as_str().to_string());
                    used.add(v.start(), i.end() + 1);
                }
            }
        }
    } else if item.issue.is_none() {
        glued_issue(s, item);
    }
    if item.page.is_none() && item.container_title.is_some() {
        journal_numbers_at_end(s, item, &mut used);
    }
    if item.page.is_none() && item.volume.is_some() {
        if let Some(c) = crate::re::captures(&TRAILING_PAGES, s) {
            if let Some(p) = c.get(1) {
                if !used.contains(p.start(), p.end()) {
                    item.page = Some(crate::grammar::locator_value(p.as_str()));
                    used.add(p.start(), p.end());
                }
            }
        }
    }
    // A date anywhere not yet used.
    if item.issued.is_none() {
        if let Some(d) = g.dates.find_all(s).into_iter().find(|d| {
            !used.contains(d.start, d.end) && !crate::syntax::item::record_date(&s[d.end..])
        }) {
            used.add(d.start, d.end);
            out.year_suffix = out.year_suffix.or(d.suffix);
            item.issued = Some(d.date);
        }
    }
    split_year_from_pages(item, &mut out.year_suffix);
    volume_title_in_publisher(s, item, g);
    title_without_extent(item);
    journal_numbers_glued(item, g);
    if item.edition.is_none() {
        leftover_edition(s, item, &mut used, g);
    }
    classical_division(s, &mut out, g);
    series_volume_after_title(s, &mut out);
    translated_inverted_name(s, &mut out, g);
    translation_after_quoted_title(&mut out.item);
    if order == NameOrder::Natural {
        romanized_title_author(s, &mut out);
    }
    journal_year_issue(s, &mut out, &mut used);
    quoted_journal(&mut out.item, g);
    editors_by_role(s, &mut out, g);
    let item = &mut out.item;
    // `Hogg, Peter W. Constitutional Law of Canada, 5th ed (Toronto:
    // Carswell, 2007).`: a title read up to the imprint may end in the
    // book's edition statement after a comma.
    if item.edition.is_none() && item.container_title.is_none() {
        let cut = item
            .title
            .as_deref()
            .filter(|t| t.contains(", "))
            .and_then(|t| trailing_edition(t, g));
        if let (Some((cut, e)), Some(t)) = (cut, item.title.as_mut()) {
            t.truncate(cut);
            set_edition(item, e);
        }
    }
    comma_title_journal(s, &mut out, &mut used, g);
    let item = &mut out.item;
    publisher_is_author(item);
    day_of_issue_in_container(s, item, g);
    abbreviated_journal_after_in(s, item);
    own_book_container(item, g);
    newspaper_for_publisher(item, g);
    let series = numbered_series(s, item, &mut used, g);
    if !out.kind_written {
        item.kind = if series {
            "report"
        } else {
            csl_type(item, out.title_is_book)
        }
        .to_string();
    }
    one_name_family(item);
    if let Some(t) = thesis {
        item.kind = "thesis".into();
        item.genre = Some(t.genre);
        if t.institution.is_some() {
            item.publisher = t.institution;
            if !t.imprint {
                item.publisher_place = None;
            }
        }
    }
    for names in [&mut item.author, &mut item.editor, &mut item.translator] {
        crate::syntax::name::japanese_three_character_names(names, s, g);
    }

    // `J. de Vries, ‘…’, NJB 2015/123`: a work numbered within its
    // container's year is an item of a journal (its article, or the
    // decision it prints with a note), not a report of a series.
    if year_slash_article(s, item, &mut used)
        && !out.kind_written
        && !series
        && item.kind == "report"
    {
        item.kind = "article-journal".into();
    }

    // Leftovers.
    let left = used
        .gaps(s.len())
        .into_iter()
        .map(|(a, b)| s.get(a..b).unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" ");
    let left = clean_field(&left.replace(['(', ')', '*', '“', '”', '"'], " "));
    if left.chars().filter(|c| c.is_alphanumeric()).count() >= 3 {
        out.unparsed = Some(left);
    }
    out
}

/// A paper in a numbered series, read where a container was: `NBER
/// Working Paper 25434`, `IZA Discussion Paper No. 2570, Institute for the
/// Study of Labor`. Where the container read ends with a name of the
/// grammars' `locators.report_series` (or a number word after it) and a
/// number follows in the entry, unread, the series is the collection
/// (CSL `collection-title`), the number the report's `number`, and there
/// is no container; words without digits after the number, where no
/// publisher is read, are the publisher (the institution that issues the
/// series) or its town. Whether it read one: the work is a report.
fn numbered_series(s: &str, item: &mut CslItem, used: &mut Used, g: &Grammar) -> bool {
    if g.report_series_words.is_empty() || item.number.is_some() || item.page.is_some() {
        return false;
    }
    if series_after_title(item, g) {
        return true;
    }
    let Some(container) = item.container_title.as_deref() else {
        return false;
    };
    // The series' name ends the container, a number word (`No`) at most
    // after it; looked for in the container before the entry is searched.
    let Some(end) = series_word_end(container, g).filter(|&e| container[e..].trim().len() <= 3)
    else {
        return false;
    };
    let Some(at) = s.find(container) else {
        return false;
    };
    let series_end = at + end;
    let Some((k, token)) = series_number(&s[series_end..]) else {
        return false;
    };
    let token_end = series_end + k + token.len();
    // `NBER Working Paper no. 25434.` (Chicago): read as the issue of a
    // journal so named.
    let as_issue = item.issue.as_deref() == Some(token);
    if used.contains(series_end + k, token_end) && !as_issue {
        return false;
    }
    if as_issue {
        item.issue = None;
    }
    let series = clean_field(&s[at..series_end]);
    if series.is_empty() {
        return false;
    }
    item.collection_title = Some(series);
    item.number = Some(token.to_string());
    item.container_title = None;
    used.add(at, token_end);
    // `, Institute for the Study of Labor.`: the issuer, where nothing
    // else follows.
    let after = &s[token_end..];
    let tail = after.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.'));
    let tail_at = token_end
        + (after.len()
            - after
                .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.'))
                .len());
    if item.publisher.is_none()
        && !tail.is_empty()
        && tail.chars().count() <= 120
        && !tail.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | ':' | '/'))
        && tail.starts_with(char::is_uppercase)
        && !used.contains(tail_at, tail_at + tail.len())
    {
        // `IZA Discussion Paper Nr. 11234, Bonn.`: a town is the place.
        if g.places.iter().any(|p| p == tail) {
            item.publisher_place.get_or_insert_with(|| tail.to_string());
        } else {
            item.publisher = Some(clean_field(tail));
        }
        used.add(tail_at, tail_at + tail.len());
    } else if let Some((place, house)) = tail
        .split_once(": ")
        .filter(|(p, h)| !p.is_empty() && p.chars().count() <= 40 && !h.contains(':'))
        .filter(|_| item.publisher.is_none() && item.publisher_place.is_none())
        .filter(|_| !tail.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | '/')))
        .filter(|_| !used.contains(tail_at, tail_at + tail.len()))
    {
        // `Cambridge, MA: National Bureau of Economic Research.`
        item.publisher_place = Some(clean_field(place));
        item.publisher = Some(clean_field(house));
        used.add(tail_at, tail_at + tail.len());
    }
    true
}

/// Where the last name of a series of the grammars'
/// `locators.report_series` in `hay` ends (matched without regard to the
/// case of ASCII letters), the longest name first.
fn series_word_end(hay: &str, g: &Grammar) -> Option<usize> {
    g.report_series_words.iter().find_map(|w| {
        let n = w.len();
        hay.as_bytes()
            .windows(n)
            .rposition(|win| win.eq_ignore_ascii_case(w.as_bytes()))
            .map(|i| i + n)
            .filter(|&e| hay.is_char_boundary(e))
    })
}

/// The number of a paper at the start of `rest`, after its series' name:
/// a number word perhaps (`No.`, `no.`, `Nr.`, `n°`, `#`), then digits,
/// perhaps after up to three letters (`w25434`, `DP1234`) and with
/// hyphens, slashes or periods inside (`2019-04`, `12/2020`). The offset
/// of the number in `rest`, and the number.
fn series_number(rest: &str) -> Option<(usize, &str)> {
    let mut k = rest.len() - rest.trim_start().len();
    for word in ["No.", "no.", "No", "Nr.", "n°", "nº", "núm.", "#"] {
        if let Some(r) = rest[k..].strip_prefix(word) {
            if r.starts_with([' ', '\u{a0}']) || word.ends_with(['.', '#', '°', 'º']) {
                k += word.len();
                k += rest[k..].len() - rest[k..].trim_start().len();
                break;
            }
        }
    }
    let len = rest[k..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.')))
        .unwrap_or(rest.len() - k);
    let token = rest[k..k + len].trim_end_matches('.');
    let letters = token.len()
        - token
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    let digit = token[letters..].starts_with(|c: char| c.is_ascii_digit());
    (digit && token.len() <= 20 && letters <= 3).then_some((k, token))
}

/// `The effect of minimum wages on low-wage jobs (NBER Working Paper No.
/// 25434)`: APA gives a report's series and number in brackets after its
/// title. Takes them out of the title into the collection and the number;
/// whether it did.
fn series_after_title(item: &mut CslItem, g: &Grammar) -> bool {
    let Some(title) = item.title.as_deref() else {
        return false;
    };
    let Some(inner) = title.strip_suffix(')') else {
        return false;
    };
    let Some(open) = inner.rfind(" (") else {
        return false;
    };
    let bracket = &inner[open + 2..];
    let Some(series_end) = series_word_end(bracket, g) else {
        return false;
    };
    let Some((k, number)) = series_number(&bracket[series_end..]) else {
        return false;
    };
    if !bracket[series_end + k + number.len()..].trim().is_empty() {
        return false;
    }
    item.collection_title = Some(clean_field(&bracket[..series_end]));
    item.number = Some(number.to_string());
    item.title = Some(inner[..open].trim_end().to_string());
    true
}

/// The volume, issue and pages of [`JOURNAL_NUMBERS_END`] at the end of
/// `s`, where a journal is named and no page found yet; they are no part
/// of the journal's name (`American Journal of Sociology, 94: S95-S120`
/// read as one name), and a volume read before stays unless they name
/// another. A chapter's pages after its publisher (`ミネルヴァ書房，19-29`)
/// are taken off the publisher.
fn journal_numbers_at_end(s: &str, item: &mut CslItem, used: &mut Used) {
    if let Some(publisher) = item.publisher.as_deref() {
        if let Some(c) = crate::re::captures(&PAGES_AFTER_PUBLISHER, publisher) {
            if let (Some(whole), Some(p)) = (c.get(0), c.get(1)) {
                let name = publisher[..whole.start()].trim_end().to_string();
                item.page = Some(crate::grammar::locator_value(p.as_str()));
                if let Some(at) = s.rfind(p.as_str()) {
                    used.add(at, at + p.len());
                }
                item.publisher = Some(name);
            }
        }
        return;
    }
    let Some(c) = crate::re::captures(&JOURNAL_NUMBERS_END, s) else {
        return;
    };
    let (Some(v), Some(p)) = (c.get(1), c.get(3)) else {
        return;
    };
    if item.volume.as_deref().is_some_and(|x| x != v.as_str()) {
        return;
    }
    let numbers = &s[v.start()..p.end()];
    if let Some(name) = item.container_title.as_mut() {
        if let Some(at) = name.find(numbers) {
            name.truncate(at);
            let kept = name.trim_end_matches([',', '，', ' ']).len();
            name.truncate(kept);
        }
    }
    item.volume = Some(v.as_str().to_string());
    if let (Some(i), None) = (c.get(2), &item.issue) {
        item.issue = Some(i.as_str().to_string());
    }
    item.page = Some(crate::grammar::locator_value(p.as_str()));
    used.add(v.start(), p.end());
}

/// Volume, issue and page words (`Vol. 3`, `제34권`, `No. 2`, `pp. 1-17`)
/// in text not yet used.
fn locators(s: &str, item: &mut CslItem, used: &mut Used, g: &Grammar) {
    type Field = fn(&mut CslItem) -> &mut Option<String>;
    let fields: [(&crate::grammar::Lexicon, Field); 3] = [
        (&g.volume, |i| &mut i.volume),
        (&g.issue, |i| &mut i.issue),
        (&g.page, |i| &mut i.page),
    ];
    let mut volume_end = None;
    for (n, (lex, field)) in fields.into_iter().enumerate() {
        if n == 1 {
            article_number(s, item, used, g);
        }
        if n == 1 && item.issue.is_none() {
            if let Some(v) = volume_end {
                issue_between(s, v, item, used, g);
            }
        }
        if field(item).is_some() {
            continue;
        }
        if let Some(m) = lex.iter(s).find(|m| !used.contains(m.start, m.end)) {
            if let Some((a, mut b)) = m.number {
                // `Bd. 2, 3. Aufl.`: the number after the last comma is an
                // edition's, not the second of a list.
                let mut end = m.end;
                if let Some(comma) = s[a..b].rfind(',') {
                    if edition::statement(&s[a + comma + 1..], g).is_some() {
                        b = a + comma;
                        end = b;
                    }
                }
                *field(item) = Some(crate::grammar::locator_value(&s[a..b]));
                // `第一卷上，東京：…`: the part of the volume glued to it.
                if n == 0 && end == m.end {
                    end += part_after_volume(&s[end..], g);
                }
                used.add(m.start, end);
                if n == 0 {
                    volume_end = Some(end);
                }
            }
        }
    }
    // `Bd. I`, `t. III`: a volume word and a Roman numeral, a comma part of
    // its own (`vol. I` after an imprint, `Bd. I` before one).
    if item.volume.is_none() && (s.contains(" I") || s.contains(" V") || s.contains(" X")) {
        let mut at = 0;
        for part in s.split(", ") {
            let start = at;
            at += part.len() + 2;
            let p = part.trim_end_matches('.');
            let roman = p.rsplit_once(' ').is_some_and(|(_, last)| {
                !last.is_empty() && last.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
            });
            if !roman {
                continue;
            }
            // Read where an imprint took it as its place or house too.
            if let Some(v) = volume_part(p, g) {
                item.volume = Some(v);
                used.add(start, start + p.len());
                // `Bd. II, 3. Aufl., München 2019`: the edition after the
                // volume, as German books give it.
                if let Some((lead, e)) = s.get(at..).and_then(|rest| leading_edition(rest, g)) {
                    let from = at + lead;
                    if !used.contains(from, from + e.len) {
                        used.add(from, from + e.len);
                    }
                    set_edition(item, e);
                }
                for field in [&mut item.publisher, &mut item.publisher_place] {
                    if field.as_deref() == Some(p) {
                        *field = None;
                    }
                }
                if let Some(t) = item.title.as_mut() {
                    if let Some(head) = t.strip_suffix(p).and_then(|h| h.strip_suffix(", ")) {
                        *t = head.to_string();
                    }
                }
                break;
            }
        }
    }
}

/// A journal's article number after its volume (`vol. 262, Art. no.
/// 117345`, `30(2), Article 104512`): the page of an article in a journal
/// that numbers instead of paging them, as `e0170550` is. Read only in an
/// entry with a journal and a volume, after the volume, so that an article
/// of a treaty or statute (`Article 5`) is never taken for it.
fn article_number(s: &str, item: &mut CslItem, used: &mut Used, g: &Grammar) {
    if item.page.is_some() || !s.contains(['r', 'R']) {
        return;
    }
    let Some(volume) = item.volume.as_deref() else {
        return;
    };
    let Some(m) = g
        .article_number()
        .iter(s)
        .find(|m| !used.contains(m.start, m.end))
    else {
        return;
    };
    let Some((a, b)) = m.number else { return };
    // The volume stands right before it, or its issue does: `vol. 262,`,
    // `30(2),`, `vol. 30, no. 2,`.
    let before = &s[..m.start];
    let Some(at) = before.rfind(volume) else {
        return;
    };
    let gap = before[at + volume.len()..].trim_matches([',', ' ', ';', ':']);
    let bracketed = |t: &str| {
        t.strip_prefix('(')
            .and_then(|t| t.strip_suffix(')'))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let issue = |t: &str| {
        g.issue
            .find(t)
            .is_some_and(|i| i.start == 0 && i.end == t.trim_end_matches([',', ' ']).len())
    };
    if !(gap.is_empty() || bracketed(gap) || issue(gap)) {
        return;
    }
    item.page = Some(crate::grammar::locator_value(&s[a..b]));
    used.add(m.start, m.end);
}

/// An issue word that is also another language's page word (tr `S. 3`,
/// de `S. 3`) is the issue right after the volume that ends at `volume_end`
/// and before a page word: `C. 12, S. 3, s. 45-67`. `Bd. 2, S. 45` keeps its
/// page.
fn issue_between(s: &str, volume_end: usize, item: &mut CslItem, used: &mut Used, g: &Grammar) {
    let rest = &s[volume_end..];
    let gap = rest.len() - rest.trim_start_matches([',', ' ', '\t', '\n']).len();
    let Some(m) = g.issue_between.find_at(s, volume_end + gap) else {
        return;
    };
    let Some((a, b)) = m.number else { return };
    let page_after = g
        .page
        .iter(&s[m.end..])
        .any(|p| !used.contains(m.end + p.start, m.end + p.end));
    if m.start == volume_end + gap && page_after && !used.contains(m.start, m.end) {
        item.issue = Some(crate::grammar::locator_value(&s[a..b]));
        used.add(m.start, m.end);
    }
}

/// `『한국사회학』 35(4): 193-222`, `American Journal 35(4): 193-222`: a
/// volume read by the journal's name keeps the issue glued to it in
/// brackets. The issue is of one to three digits (or a span of them), so
/// that a year in brackets after a volume (`Der Staat 45 (2006)`) stays
/// the year.
fn glued_issue(s: &str, item: &mut CslItem) {
    let Some(volume) = item.volume.as_deref() else {
        return;
    };
    if !s.contains('(') {
        return;
    }
    let Some(c) = crate::re::captures(&VOL_ISSUE, s) else {
        return;
    };
    let (Some(v), Some(i)) = (c.get(1), c.get(2)) else {
        return;
    };
    let small = i
        .as_str()
        .split(['-', '–'])
        .all(|n| (1..=3).contains(&n.len()));
    if v.as_str() == volume && small {
        item.issue = Some(i.as_str().to_string());
    }
}

fn ditto_free(s: &str) -> bool {
    crate::segment::ditto_prefix(s).is_none()
}

/// The word an entry writes in place of its date (`Gómez, A. (en
/// prensa).`, `Smith, Alan. n.d.`, `Müller, Hans (o. J.):`), as written:
/// one of the grammars' `dates.no_date` or `dates.unpublished` words,
/// opening the entry's text or a bracket, or after a comma or a period
/// and a space, and ending there: at a mark, or at a space after a word
/// that ends in a period (`n.d. Title`).
pub fn stated_no_date(s: &str, g: &Grammar) -> Option<String> {
    if g.no_year.is_empty() {
        return None;
    }
    let b = s.as_bytes();
    let starts = std::iter::once(0).chain((1..b.len()).filter(|&i| {
        matches!(b[i - 1], b'(' | b'[')
            || i >= 2 && b[i - 1] == b' ' && matches!(b[i - 2], b'.' | b',')
    }));
    starts.filter(|&i| s.is_char_boundary(i)).find_map(|i| {
        let (w, len) = g.no_year_word(&s[i..])?;
        // A word ending in a letter ends at a mark (`in press).`, not
        // `in press coverage`); one ending in a period may go on.
        let spaced = w.text.ends_with('.');
        let after = s[i + len..].chars().next();
        after
            .is_none_or(|c| matches!(c, ')' | ']' | '.' | ',' | ':' | ';') || spaced && c == ' ')
            .then(|| s[i..i + len].to_string())
    })
}

/// Splits `Smith, J. (2020).` into the author part and its date.
fn split_author_date<'a>(
    before: &'a str,
    g: &Grammar,
) -> (&'a str, Option<crate::syntax::date::DateMatch>) {
    let t = before.trim_end();
    // `(2020).` or `(2020a),` at the end of the author part; in Japanese
    // full-width (`山田太郎（2005）『…』`).
    if let Some(open) = t.rfind(['(', '（']) {
        let inside = &t[open..];
        let inside = &inside[inside.chars().next().map_or(1, char::len_utf8)..];
        if let Some(close) = inside.find([')', '）']) {
            let tail = inside[close..].trim_start_matches([')', '）']).trim();
            if tail
                .chars()
                .all(|c| matches!(c, '.' | ',' | ':' | '。' | '、' | '，'))
            {
                let wide = t[open..].starts_with('（');
                if let Some(d) = g.dates.first(&inside[..close]) {
                    // In full-width brackets the year stands alone (not
                    // `（有斐閣、2017年）`, not life dates).
                    if !wide || (d.start == 0 && inside[d.end..close].trim().is_empty()) {
                        return (&t[..open], Some(d));
                    }
                }
            }
        }
    }
    // Chicago author-date: `Smith, John. 2019.`; Chinese: `王逸舟，2003，`.
    let trimmed = t.trim_end_matches(['.', ',', '，', '。']).trim_end();
    if let Some(d) = g.dates.find_all(trimmed).into_iter().last() {
        let d = given_name_month(trimmed, d, g);
        if d.end == trimmed.len() && d.start > 0 {
            let pre = trimmed[..d.start].trim_end();
            if pre.ends_with(['.', ',', '，']) {
                return (&t[..d.start], Some(d));
            }
            // `Ostrom, Elinor. (1990) 2015.`: the original's year in
            // brackets before the edition's.
            let bracket = pre
                .len()
                .checked_sub(6)
                .filter(|&b| pre.is_char_boundary(b));
            if let Some(b) = bracket.filter(|&b| {
                crate::intext::original_then_edition(&trimmed[b..]).is_some()
                    && trimmed[..b].trim_end().ends_with(['.', ','])
            }) {
                return (&t[..b], Some(d));
            }
        }
    }
    // `Smith, Alan. n.d.`, `Lee, Jin-ho. Forthcoming.`: a word in place of
    // the year is no part of the names.
    // The word follows a sentence's end, one of the last three (`n. d.`
    // holds one).
    let mut end = trimmed.len();
    for _ in 0..3 {
        let Some(dot) = trimmed[..end].rfind(". ") else {
            break;
        };
        let at = dot + 2;
        if g.no_year_word(&t[at..])
            .is_some_and(|(_, len)| at + len >= trimmed.len())
        {
            return (&t[..at], None);
        }
        end = dot;
    }
    (t, None)
}

/// Brackets that may hold an edition statement alone: `(2nd ed.)`,
/// `（第二版）`, `〔第4版〕`, `[2. Aufl.]`.
const EDITION_BRACKETS: [(char, char); 5] = [
    ('(', ')'),
    ('（', '）'),
    ('〔', '〕'),
    ('[', ']'),
    ('［', '］'),
];

/// The edition statement ([`edition::statement`]) that opens `t` after
/// separators (white space, `,`, `.`, `，`, `、`), bare or alone in
/// brackets ([`EDITION_BRACKETS`]): where it starts, and the statement
/// (its length with the brackets and the white space after them).
fn leading_edition(t: &str, g: &Grammar) -> Option<(usize, Edition)> {
    let body =
        t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '，' | '、'));
    let lead = t.len() - body.len();
    let open = body.chars().next()?;
    let Some(&(_, close)) = EDITION_BRACKETS.iter().find(|(o, _)| *o == open) else {
        return edition::statement(body, g).map(|e| (lead, e));
    };
    let inner = &body[open.len_utf8()..];
    let e = edition::statement(inner, g)?;
    let after = inner[e.len..].strip_prefix(close)?;
    let len = body.len() - after.trim_start().len();
    Some((
        lead,
        Edition {
            len,
            value: e.value,
        },
    ))
}

/// Sets the item's edition, unless it has one already.
fn set_edition(item: &mut CslItem, e: Edition) {
    if item.edition.is_none() {
        item.edition = Some(e.value);
    }
}

/// An edition statement at `at` in `s` ([`leading_edition`]): the item's
/// edition, and used. Returns where the text after it starts, `at` when
/// there is none.
fn edition_at(s: &str, at: usize, item: &mut CslItem, used: &mut Used, g: &Grammar) -> usize {
    let Some((lead, e)) = leading_edition(&s[at..], g) else {
        return at;
    };
    let end = at + lead + e.len;
    used.add(at + lead, end);
    set_edition(item, e);
    end
}

/// A volume alone in brackets at the end of an APA title (`Measuring
/// regional authority (Vol. 1)`, `(Vols. 1–2)`): where the title ends
/// without it, and the volume's number.
fn trailing_volume(title: &str, g: &Grammar) -> Option<(usize, String)> {
    let t = title.trim_end();
    let inner_end = t.strip_suffix(')')?.len();
    let open = t[..inner_end].rfind('(')?;
    let inner = &t[open + 1..inner_end];
    let m = g.volume.find(inner)?;
    let (a, b) = m.number?;
    (m.start == 0 && m.end == inner.len() && open > 0)
        .then(|| (t[..open].trim_end().len(), inner[a..b].to_string()))
}

/// Editors or translators in brackets at the end of an APA title, their
/// role last (`Mind in society (M. Cole, V. John-Steiner, & E. Souberman,
/// Eds.)`, `The psychology of intelligence (M. Piercy & D. E. Berlyne,
/// Trans.)`): where the title ends without them, their role and names.
fn trailing_contributors(title: &str, g: &Grammar) -> Option<(usize, Role, Vec<CslName>)> {
    let t = title.trim_end();
    let inner_end = t.strip_suffix(')')?.len();
    let open = t[..inner_end].rfind('(')?;
    let inner = &t[open + 1..inner_end];
    let (names, role) = inner.rsplit_once(',')?;
    let role = role.trim().to_lowercase();
    let role = g
        .contributor_words
        .iter()
        .find(|(w, _)| *w == role)
        .map(|&(_, r)| r)?;
    if names.trim().is_empty() || names.len() > 400 {
        return None;
    }
    let names = parse_names(names, NameOrder::Natural, g).names;
    (!names.is_empty()).then(|| (t[..open].trim_end().len(), role, names))
}

/// An edition statement in brackets at the end of a title (`Title (2nd
/// ed.)` of APA, `民法I〔第4版〕`), or after its last comma as the McGill
/// Guide writes it before the imprint (`Constitutional Law of Canada, 5th
/// ed (Toronto: Carswell, 2007)`): where the title ends without it, and
/// the statement.
fn trailing_edition(title: &str, g: &Grammar) -> Option<(usize, Edition)> {
    let t = title.trim_end();
    if let Some(at) = t.rfind(", ").filter(|&at| at > 0) {
        let after = &t[at + 2..];
        if let Some((0, e)) = leading_edition(after, g).filter(|(_, e)| e.len >= after.len()) {
            return Some((at, e));
        }
    }
    let close = t.chars().next_back()?;
    let &(open, _) = EDITION_BRACKETS.iter().find(|(_, c)| *c == close)?;
    let at = t.rfind(open)?;
    let (lead, e) = leading_edition(&t[at..], g)?;
    (lead == 0 && at + e.len >= t.len() && at > 0).then(|| (t[..at].trim_end().len(), e))
}

/// An edition statement in the text no rule took (`Title. 3rd ed. Boston:
/// Little Brown; 2005.` of Vancouver, `– 2-е изд. –` of GOST), at the start
/// of a piece of it or after a comma, a period, a dash or a bracket in it.
fn leftover_edition(s: &str, item: &mut CslItem, used: &mut Used, g: &Grammar) {
    for (a, b) in used.gaps(s.len()) {
        let Some(gap) = s.get(a..b) else { continue };
        let starts = std::iter::once(0).chain(
            gap.char_indices()
                .filter(|&(_, c)| {
                    matches!(c, ',' | '.' | ';' | '(' | '（' | '–' | '—' | '，' | '、')
                })
                .map(|(i, c)| i + c.len_utf8()),
        );
        for at in starts {
            if let Some((lead, e)) = leading_edition(&gap[at..], g) {
                used.add(a + at + lead, a + at + lead + e.len);
                set_edition(item, e);
                return;
            }
        }
    }
}

fn parse_after_title(
    s: &str,
    close: usize,
    book: bool,
    item: &mut CslItem,
    used: &mut Used,
    suffix: &mut Option<char>,
    g: &Grammar,
) {
    let rest = &s[close..];
    let mut after_container_start = close;
    // Container: a delimited span right after the title, or after a CJK
    // container word glued to it (`，载《中国法学》2015年第3期`).
    let word = g.cjk_container_prefix(rest);
    if let Some((a, b, c)) =
        leading_delimited(&rest[word..]).map(|(a, b, c)| (a + word, b + word, c + word))
    {
        let name = clean_field(&rest[a..b]);
        if !name.is_empty() {
            item.container_title = Some(crate::text::decode_entities(&name));
            used.add(close, close + c);
            after_container_start = close + c;
        }
    }
    // ISO 690 journals: `Title. Hospodářské dějiny. 2016, roč. 31, č. 1,
    // s. 45–78.`: a sentence after the title, then the year and a volume,
    // issue or page word, names the journal.
    if item.container_title.is_none() {
        if let Some((end, at, d)) = journal_sentence(rest, g) {
            item.container_title = Some(
                clean_field(&rest[..end])
                    .trim_start_matches(['.', ' '])
                    .to_string(),
            );
            if item.issued.is_none() {
                *suffix = d.suffix;
                item.issued = Some(d.date);
            }
            used.add(close, close + at);
            after_container_start = close + at;
        }
    }
    // `Otsikko. Historiallinen Aikakauskirja 99 (2001): 2, 101–115.`
    // (Finnish and Scandinavian journals): a sentence of capitalised
    // words after the title, then the volume, the year in brackets, the
    // issue after a colon and the pages.
    let journal_shape = rest.starts_with(". ") && (rest.contains("):") || rest.contains("),"));
    if item.container_title.is_none() && journal_shape {
        if let Some(c) = crate::re::captures(&JOURNAL_VOLUME_YEAR, rest) {
            let field = |i: usize| c.get(i).map(|m| m.as_str().to_string());
            item.container_title = field(1);
            item.volume = field(2);
            item.issue = field(4).or(item.issue.take());
            item.page = field(5);
            if item.issued.is_none() {
                item.issued = c
                    .get(3)
                    .and_then(|m| m.as_str().parse().ok())
                    .map(|y| CslDate::new(y, None, None, field(3)));
            }
            if item.kind == "book" || item.kind.is_empty() {
                item.kind = "article-journal".into();
            }
            used.add(close, s.len());
            return;
        }
    }
    // `「論文」, 박영희 편, 『책』`, `「論文」山田太郎編『本』`: a chapter's
    // book after its editors and a role word.
    if item.container_title.is_none() {
        if let Some((names, (a, b, c))) = cjk_editors_book(rest, g) {
            if !names.is_empty() {
                item.editor
                    .extend(parse_names(&rest[names.clone()], NameOrder::Natural, g).names);
            }
            // A book's editors or its dedication: the container is a book.
            item.kind = "chapter".into();
            // `『現代民事法学の理論 上』`: the part of a work in two or three
            // volumes after the title, as `上巻` is.
            let mut book = &rest[a..b];
            if let Some(head) = book
                .strip_suffix(['上', '中', '下'])
                .and_then(|h| h.strip_suffix(' '))
                .filter(|h| !h.trim().is_empty() && item.volume.is_none())
            {
                item.volume = Some(book[head.len() + 1..].to_string());
                book = head;
            }
            item.container_title = Some(clean_field(book));
            used.add(close, close + c);
            after_container_start = close + c;
        }
    }
    // `, in The Big Book, ed. John Roe (Chicago: …)`, `, in War and
    // Memory, 3rd ed. (London: …)`: a book named without delimiters, up to
    // its editors or translators, or its edition.
    if item.container_title.is_none() {
        let inner = strip_in(rest, g);
        let head = rest.trim_start_matches([' ', ',', '.']);
        if inner.len() < head.len() {
            let stop = inner.find(['(', ';']).unwrap_or(inner.len());
            let by = inner[..stop]
                .match_indices(", ")
                .map(|(i, _)| i)
                .find(|&i| {
                    let next = &inner[i + 2..];
                    g.contributor_prefix(next).is_some() || edition::statement(next, g).is_some()
                });
            if let Some(comma) = by {
                // `in: Festschrift für Müller, Bd. 7, 8. Aufl.`: the volume
                // between the book and its edition is no part of its name.
                let volume = inner[..comma].rfind(", ").and_then(|c| {
                    let part = &inner[c + 2..comma];
                    let m = g.volume.find(part)?;
                    let (a, b) = m.number?;
                    (m.start == 0 && m.end == part.trim_end().len())
                        .then(|| (c, crate::grammar::locator_value(&part[a..b])))
                });
                let name_end = volume.as_ref().map_or(comma, |(c, _)| *c);
                let name = clean_field(&inner[..name_end]);
                if !name.is_empty() && name.chars().count() <= 150 {
                    if let Some((_, v)) = volume {
                        item.volume.get_or_insert(v);
                    }
                    let start = close + rest.len() - inner.len();
                    item.container_title = Some(crate::text::decode_entities(&name));
                    used.add(close, start + comma);
                    after_container_start = start + comma;
                }
            }
        }
    }
    // Chicago journals: `*Journal* 88, no. 2 (2016): 301–330` — a bare
    // number right after the container is its volume.
    if item.container_title.is_some() && item.volume.is_none() {
        let t = &s[after_container_start..];
        let lead = t.len() - t.trim_start_matches([' ', ',']).len();
        let mut digits = t[lead..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(t.len() - lead);
        // `『역사교육』 30·31, 1982`: two volumes bound as one, joined by a
        // middle dot as Korean and Japanese journals number them.
        let plain = digits;
        if (1..=4).contains(&plain) {
            let rest = &t[lead + digits..];
            if let Some(dot) = rest.strip_prefix(['·', '・']) {
                let second = dot.find(|c: char| !c.is_ascii_digit()).unwrap_or(dot.len());
                if (1..=4).contains(&second) {
                    digits += rest.len() - dot.len() + second;
                }
            }
        }
        let next = t[lead + digits..].chars().next();
        let start = after_container_start + lead;
        // `Festschrift für Müller, 8. Aufl., München 2020`: the number of
        // an edition statement is the book's edition, read after this.
        if (1..=4).contains(&plain)
            && next.is_none_or(|c| matches!(c, ',' | ' ' | '(' | '.' | ':'))
            && !used.contains(start, start + digits)
            && leading_edition(&t[lead..], g).is_none()
        {
            // Not the start of a date (`28 апреля 2025`, `2016`).
            let starts_date = g.dates.first(&t[lead..]).is_some_and(|d| d.start == 0);
            if !starts_date {
                item.volume = Some(t[lead..lead + digits].to_string());
                used.add(start, start + digits);
                // `『진단학보』 58, 진단학회, 1984`: after a journal in CJK
                // title marks and its bare volume stands the society that
                // publishes it, read as after a volume word (`제58집,
                // 진단학회`).
                if s[..after_container_start].ends_with(['』', '》']) && next == Some(',') {
                    after_container_start = start + digits;
                }
            }
        }
    }
    after_container_start = contributors(s, after_container_start, item, used, g);
    after_container_start = volume_then_contributors(s, after_container_start, item, used, g);
    // Chicago chapters: `In *Book*, edited by X, 10–30. Chicago: Press,
    // 2001.`: the chapter's pages before the book's imprint.
    if item.container_title.is_some() && item.page.is_none() {
        let t = &s[after_container_start..];
        let lead = t.len() - t.trim_start_matches([' ', ',']).len();
        if let Some(range) = leading_page_range(&t[lead..]) {
            let start = after_container_start + lead;
            item.page = Some(crate::grammar::locator_value(&t[lead..lead + range]));
            used.add(start, start + range);
            // What follows opens a clause of its own (`2nd ed. Oxford:`).
            let after = &t[lead + range..];
            after_container_start =
                start + range + after.len() - after.trim_start_matches(['.', ',', ';', ' ']).len();
            after_container_start = edition_at(s, after_container_start, item, used, g);
        }
    }
    // `『靑丘史草』 第一, 1965`, `第一(笠井出版, 1965)`: an ordinal alone
    // after a book in title marks numbers its volume, no publisher.
    if item.volume.is_none() {
        let t = &s[after_container_start..];
        let lead = t.len() - t.trim_start_matches([' ', ',', '，', '、']).len();
        if let Some((len, value)) = bare_ordinal(&t[lead..], g) {
            item.volume = Some(value);
            let end = after_container_start + lead + len;
            used.add(after_container_start + lead, end);
            after_container_start = end;
            // A journal numbers its issues with a word (`第1號`, `제6집`)
            // or a bare number: the container is a book.
            if item.container_title.is_some() {
                item.kind = "chapter".into();
            }
        }
    }
    // `『한국근대사』 2(서울: …)`, `『한국공산주의운동사』 1, 한홍구 옮김`,
    // `『한국사신론』 상, 개정판`: Korean notes write the volume of a work in
    // volumes as a bare number or a part word (the grammars'
    // `locators.book_parts`) right after the book's title marks.
    if item.volume.is_none() && after_container_start == close && s[..close].ends_with('』') {
        if let Some((lead, len)) = volume_after_book(&s[close..], g) {
            let at = close + lead;
            item.volume = Some(s[at..at + len].to_string());
            used.add(at, at + len);
            after_container_start = at + len;
            // `상, 개정판(서울: …)`: an edition may follow.
            let t = &s[after_container_start..];
            let next = after_container_start + t.len() - t.trim_start_matches([',', ' ']).len();
            let edited = edition_at(s, next, item, used, g);
            if edited > next {
                after_container_start = edited;
            }
        }
    }
    // `『朝鮮總督府統計年報』 大正14年版`, `『한국통계연감』 2010년판`: a
    // yearbook's edition named by its year, an edition word glued to it,
    // right after the title's marks. The year is the work's date, whatever
    // year its imprint gives after it; the imprint is read on.
    let mut edition_year = false;
    if item.issued.is_none() && s[..after_container_start].ends_with(['』', '》', '」']) {
        let t = &s[after_container_start..];
        let lead = t.len() - t.trim_start_matches([' ', ',', '，', '、']).len();
        if let Some(d) = g.dates.first(&t[lead..]).filter(|d| d.start == 0) {
            let after = &t[lead + d.end..];
            if let Some(len) = crate::syntax::edition::edition_word(after, g) {
                *suffix = d.suffix;
                item.issued = Some(d.date);
                let end = after_container_start + lead + d.end + len;
                used.add(after_container_start + lead, end);
                after_container_start = end;
                edition_year = true;
            }
        }
    }
    let tail = &s[after_container_start..];
    // `(Place: Publisher, Year)` or `(Publisher, Year)` for books.
    let lead = tail.len()
        - tail
            .trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '.')
            .len();
    let mut lead = lead;
    // `dl. 2 (Amsterdam 1986)`, `vol. 2 (Paris: Seuil, 1990)`: a book's
    // volume before its imprint in brackets (the volume is taken already).
    if let Some(mut m) = g.volume.find(&tail[lead..]).filter(|m| m.start == 0) {
        // `第一卷上(東京: …)`: the part of the volume glued to it.
        m.end += part_after_volume(&tail[lead + m.end..], g);
        let after = &tail[lead + m.end..];
        // `vol. 2, 2nd ed. (London: Verso, 2001)`: an edition between them.
        let edition = leading_edition(after, g);
        let gap = match &edition {
            Some((at, e)) => at + e.len,
            None => after.len() - after.trim_start().len(),
        };
        // `第3卷(京城: 朝鮮印刷, 1932)`: CJK writing puts no space between.
        let glued = tail[lead..lead + m.end]
            .chars()
            .next_back()
            .is_some_and(crate::segment::is_cjk);
        if (gap > 0 || glued) && paren_imprint(&after[gap..], g) {
            if let Some((at, e)) = edition {
                let start = after_container_start + lead + m.end + at;
                used.add(start, start + e.len);
                set_edition(item, e);
            }
            if item.volume.is_none() {
                if let Some((a, b)) = m.number {
                    item.volume = Some(crate::grammar::locator_value(&tail[lead + a..lead + b]));
                }
            }
            used.add(
                after_container_start + lead,
                after_container_start + lead + m.end,
            );
            lead += m.end + gap;
        }
    }
    // `English History, 4 vols. (London: Macmillan, 1940)`: the number of
    // a work's volumes before its imprint in brackets is its extent.
    if let Some((count, gap)) = extent_before_bracket(&tail[lead..]) {
        if paren_imprint(&tail[lead + gap..], g) {
            item.number_of_volumes = Some(count.to_string());
            used.add(
                after_container_start + lead,
                after_container_start + lead + gap,
            );
            lead += gap;
        }
    }
    // `Les marchands de la ville (Toulouse), Paris, Plon, 1954`,
    // `Commerces (XIVe-XVe siècles), Paris, …`, `(vers 1350-vers 1450)`:
    // a bracket of a book's title, no imprint, before the comma that
    // leads to the imprint.
    if book && item.container_title.is_none() {
        if let Some(len) = title_bracket(&tail[lead..], g) {
            if let Some(t) = item.title.as_mut() {
                t.push(' ');
                t.push_str(&tail[lead..lead + len]);
            }
            let at = after_container_start + lead + len;
            used.add(after_container_start + lead, at);
            parse_after_title(s, at, book, item, used, suffix, g);
            return;
        }
    }
    // `《德国民法通论》（下卷），王晓晔等译，法律出版社2004年版`: the volume of
    // a book in volumes in brackets right after its title, the imprint
    // after it.
    if book {
        if let Some((len, volume)) = bracketed_volume(&tail[lead..], g) {
            item.volume.get_or_insert(volume);
            let at = after_container_start + lead + len;
            used.add(after_container_start + lead, at);
            parse_after_title(s, at, book, item, used, suffix, g);
            return;
        }
    }
    let t = &tail[lead..];
    // `(London: Verso, 1999)`; `（岩波書店、2000年）` in full width.
    let bracket = [('(', ')'), ('（', '）')]
        .into_iter()
        .find_map(|(open, close)| Some((t.strip_prefix(open)?, open.len_utf8(), close)));
    if let Some((inner, open_len, close)) = bracket {
        if let Some(end) = inner.find(close) {
            // `(Baltimore: Johns Hopkins University Press, 1973; repr.,
            // Kingston: Canoe Press, 1994)`: of two dated imprints, the
            // first is the work's, as a bibliography's `… 1973. Reprint,
            // Kingston …` reads it (a year only after the second joins two
            // houses: `Guarapuava: Unicentro; Niterói: EdUFF, 2011`).
            let content = match inner[..end].split_once(';') {
                Some((first, _)) if g.dates.first(first).is_some() => first,
                _ => &inner[..end],
            };
            let base = after_container_start + lead + open_len;
            // `(2d ed. 2010)`, `(2nd ed., London: Verso, 1999)`: the
            // edition first, then the imprint.
            let from = match edition::statement(content, g) {
                Some(e) => {
                    let rest = &content[e.len..];
                    let from = e.len + rest.len() - rest.trim_start_matches([',', ' ']).len();
                    set_edition(item, e);
                    from
                }
                None => 0,
            };
            if let Some(d) = g
                .dates
                .find_all(content)
                .into_iter()
                .last()
                .filter(|d| d.start >= from)
            {
                let pubpart = clean_field(&content[from..d.start]);
                // After a container, only an imprint (`in *Book*, ed. X
                // (Chicago: Press, 2001)`): a journal's parentheses hold a
                // season or month (`(Spring 1990)`).
                // A journal's volume before brackets holds no imprint.
                let journal = item.container_title.is_some()
                    && (item.volume.is_some() || item.issue.is_some());
                if let Some(number) = paper_number(&pubpart, g) {
                    // `(Cm 3782, 1997)`: a command or House paper's
                    // number, no publisher.
                    item.number = Some(number.to_string());
                } else if !pubpart.is_empty()
                    && !journal
                    && (place_then_year(&content[from..d.start], g)
                        || g.places.binary_search(&pubpart).is_ok())
                {
                    // `(Nijmegen 1983)`, `in Book, ed. X (Amsterdam 1986)`,
                    // `(London, 1954)` (a town of `names.places`): a place
                    // and the year, no publisher.
                    item.publisher_place = Some(pubpart);
                } else if !pubpart.is_empty()
                    && (item.container_title.is_none() || is_imprint(&pubpart))
                {
                    set_imprint(item, &pubpart, false, g);
                } else if item.issue.is_none() && cjk_publisher(&pubpart) {
                    // `『靑丘史草』 第一(笠井出版, 1965)`, `『…』（信山社、
                    // 2001年）`: a publisher in brackets after a book in
                    // title marks (a journal's brackets hold its date).
                    item.publisher = Some(pubpart);
                    item.kind = "chapter".into();
                }
                if item.issued.is_none() {
                    *suffix = d.suffix;
                    item.issued = Some(d.date);
                }
                used.add(base - open_len, base + end + close.len_utf8());
                return;
            }
        }
    }
    // Plain text up to the first date: a container (after an article title)
    // or a publisher (after a book title).
    let dates = g.dates.find_all(tail);
    // The date of a chronicle's entry (`洪武三年十一月辛亥条`) is no
    // imprint's.
    let unused = |d: &&crate::syntax::date::DateMatch| {
        !used.contains(
            after_container_start + d.start,
            after_container_start + d.end,
        ) && !crate::syntax::item::record_date(&tail[d.end..])
    };
    let first_date = dates
        .iter()
        .find(unused)
        .map(|first| past_year_span(tail, &dates, first, unused));
    let seg_end = first_date.map_or(tail.len(), |d| d.start);
    let seg = &tail[..seg_end];
    // Stop at a locator or volume word, or an opening parenthesis.
    let mut cut = seg.len();
    for lex in [&g.volume, &g.issue, &g.page] {
        if let Some(m) = lex.find(seg) {
            cut = cut.min(m.start);
        }
    }
    if let Some(p) = seg.find(['(', '（']) {
        cut = cut.min(p);
    }
    if let Some(p) = seg.find('<') {
        cut = cut.min(p);
    }
    // `"Title", accessed on 12 August 2020, https://…`: text read already
    // (an access date, a URL) ends the plain text.
    if let Some(p) = used.first_start_in(after_container_start, after_container_start + cut) {
        cut = p - after_container_start;
    }
    let plain_ok = |plain: &str| {
        !plain.is_empty()
            && plain.chars().count() <= 120
            && plain.chars().any(char::is_alphabetic)
            && !plain.starts_with("http")
    };
    // An edition statement before the place (`2nd ed. London: Verso`) was
    // taken before the tail.
    let mut from = 0;
    let mut plain_end = cut;
    let mut plain = clean_field(strip_in(&seg[from..cut], g));
    // The plain text stands before the first volume, issue or page word.
    let mut before_volume = true;
    // `Die Haftung des Staates, Schriften zum Öffentlichen Recht, Bd. 1234,
    // Berlin 2019`: a book's series before its number in the series; the
    // imprint follows the number.
    let series_first = book
        && item.container_title.is_none()
        && item.collection_title.is_none()
        && collection_name(&plain, g)
        && [&g.volume, &g.issue]
            .iter()
            .any(|lex| lex.find(seg).is_some_and(|m| m.start == cut));
    if series_first {
        let head = &seg[..cut];
        let lead = head.len() - head.trim_start_matches([' ', ',', '.']).len();
        let end = head.trim_end_matches([' ', ',', '.']).len().max(lead);
        used.add(after_container_start + lead, after_container_start + end);
        item.collection_title = Some(std::mem::take(&mut plain));
    }
    if !plain_ok(&plain) {
        // Nothing before the first volume word of a book: the place or
        // publisher follows the volume (`Titel, Bd. 3, München 1995`);
        // after a chapter's book, only a place and a publisher do
        // (`「矛盾論」, 『毛澤東選集』 第1卷, 北京: 人民出版社, 1991`), as a
        // journal's volume is followed by its issue or year, or by the
        // society that publishes it (`『법사학연구』 제46호, 한국법사학회,
        // 2012`).
        let mut after_volume = [&g.volume, &g.issue]
            .iter()
            .filter_map(|lex| lex.find(seg))
            .filter(|m| m.start == cut)
            .map(|m| {
                let mut end = number_before_edition(seg, &m, g);
                // `第一卷上，東京：…`: the part of the volume glued to it.
                if end == m.end {
                    end += part_after_volume(&seg[end..], g);
                }
                // `Bd. 2, 3. Aufl.`: the volume is the number before the
                // edition's comma.
                if let (Some((a, _)), true) = (m.number, end < m.end) {
                    if item.volume.is_none() {
                        item.volume = Some(crate::grammar::locator_value(seg[a..end].trim()));
                    }
                    used.add(after_container_start + m.start, after_container_start + end);
                }
                end
            })
            .max();
        // `『공법연구』 제30집 제2호, 한국공법학회, 2001`: the issue after
        // the volume, then the society.
        while let Some(at) = after_volume {
            let Some(next) = seg.get(at..) else { break };
            let lead = next.len() - next.trim_start_matches([' ', ',']).len();
            match g.issue.find(&next[lead..]).filter(|m| m.start == 0) {
                Some(m) if lead > 0 => after_volume = Some(at + lead + m.end),
                _ => break,
            }
        }
        if let Some(after) = after_volume {
            // `Bd. 3, 2. Aufl., München 1995`: the edition after the volume.
            let after = (edition_at(s, after_container_start + after, item, used, g)
                - after_container_start)
                .min(seg.len());
            let rest = &seg[after..];
            let mut end = rest.len();
            for lex in [&g.volume, &g.issue, &g.page] {
                if let Some(m) = lex.find(rest) {
                    end = end.min(m.start);
                }
            }
            if let Some(p) = rest.find(['(', '<']) {
                end = end.min(p);
            }
            let candidate = clean_field(strip_in(&rest[..end], g));
            let society = || crate::syntax::name::is_cjk_organisation(&candidate, g);
            if plain_ok(&candidate)
                && (item.container_title.is_none() || is_imprint(&candidate) || society())
            {
                from = after;
                plain_end = after + end;
                plain = candidate;
                before_volume = false;
            }
        }
    }
    // `In: MOURA, Paulo (Org.). Título do livro. São Paulo: Alameda, 2011`:
    // a chapter names the book's editors, then the book and its imprint.
    // The editors are left over.
    if item.container_title.is_none() {
        if let Some(book) = chapter_book(seg, g) {
            let base = after_container_start;
            let (title, mut imprint) = (book.title, book.imprint);
            item.container_title = Some(clean_field(&seg[title.clone()]));
            used.add(base + title.start, base + title.end);
            let mut editors = seg[book.editors.clone()].trim_matches([' ', ':', ',']);
            // `in: dies./Siemann, Wolfram (Hg.)`: the chapter's author is
            // the book's first editor.
            if let Some(n) = g.same_author_prefix(editors) {
                item.editor.extend(item.author.iter().cloned());
                editors = editors[n..].trim_start_matches(['/', ' ', ',', ';', '&']);
                let and = g.and_words.iter().find_map(|w| {
                    editors
                        .strip_prefix(w.as_str())
                        .filter(|r| r.starts_with(' '))
                });
                editors = and.map_or(editors, str::trim_start);
            }
            // `în E. Chelaru, R. Constantinovici (coord.)`: names written
            // initials first, then their commas, are in natural order.
            let natural_first = editors
                .split(", ")
                .next()
                .is_some_and(|first| initials_name(crate::syntax::name::strip_roles(first, g)));
            let order = if editors.contains(", ") && !natural_first {
                NameOrder::InvertedFirst
            } else {
                NameOrder::Natural
            };
            item.editor.extend(parse_names(editors, order, g).names);
            // The container word (`dans`, `In:`) with the editors.
            used.add(base, base + book.editors.end);
            // `Título do livro. 2. ed. São Paulo`, `Handbuch, 2. Aufl.,
            // Köln`: the book's edition before its imprint.
            imprint.start =
                (edition_at(s, base + imprint.start, item, used, g) - base).min(imprint.end);
            if book.commas {
                imprint = comma_imprint(seg, imprint, base, item, used, g);
            }
            let imprint_text = clean_field(&seg[imprint.clone()]);
            // `Köln 2008`: a place with the year glued on.
            let glued_year = first_date.is_some()
                && imprint.end == seg.len()
                && seg.ends_with(|c: char| c.is_whitespace())
                && !seg.trim_end().ends_with([',', ':', ';']);
            if glued_year && is_place(&imprint_text, g) {
                item.publisher_place = Some(imprint_text);
                used.add(base + imprint.start, base + imprint.end);
            } else if plain_ok(&imprint_text) {
                set_imprint(item, &imprint_text, book.commas, g);
                used.add(base + imprint.start, base + imprint.end);
            }
            plain.clear();
        }
    }
    // `Título. Revista X, São Paulo, v. 12, n. 3`: after a title without
    // delimiters, the text before a volume or issue word is a journal and
    // the place it is published in, not a book's publisher.
    let journal = book
        && before_volume
        && item.container_title.is_none()
        && plain_ok(&plain)
        && !plain.contains(':')
        && [&g.volume, &g.issue]
            .iter()
            .any(|lex| lex.find(seg).is_some_and(|m| m.start == cut));
    if plain_ok(&plain) {
        if journal {
            let name = match plain.rsplit_once(", ") {
                Some((name, place)) if is_place(place, g) => name.to_string(),
                _ => plain.clone(),
            };
            item.container_title = Some(crate::text::decode_entities(&name));
            plain = name;
        } else if book || item.container_title.is_some() {
            // `München 1995`, `…, Bd. 1: Untertitel, München 1992`: a place
            // with the year after a space, no comma, and no publisher (the
            // German notes' `Ort Jahr`).
            let glued_year = first_date.is_some()
                && plain_end == seg.len()
                && seg.ends_with(|c: char| c.is_whitespace())
                && !seg.trim_end().ends_with([',', ':', ';']);
            let place = plain.rsplit(", ").next().unwrap_or("");
            // `Titel, NJW 2005, S. 1234–1240`, `Titel, DVBl. 1999, 445`: a
            // journal's abbreviation with the year glued on and pages
            // after it is no place.
            // `Titel, VerwArch 95 (2004), 233`: the volume, then the year
            // in brackets.
            let bracket_year = first_date
                .is_some_and(|d| seg[cut..].trim() == "(" && tail[d.end..].starts_with(')'));
            let (name, volume, _) = journal_volume(&plain);
            // `Titel, in: Zeitschrift für Geschichte 12 (1988), S. 1–20`:
            // after the container word, any name with a volume and the year
            // in brackets is a journal's.
            let after_in = || {
                let head = seg.get(from..plain_end).unwrap_or("");
                strip_in(head, g).len() < head.trim_start_matches([' ', ',', '.']).len()
            };
            let journal = if bracket_year
                && volume.is_some()
                && (journal_abbreviation(name, true) || after_in())
            {
                Some((name.to_string(), volume.map(str::to_string)))
            } else if glued_year && plain == place && journal_abbreviation(place, false) {
                Some((place.to_string(), None))
            } else {
                None
            };
            let pages_follow = first_date.is_some_and(|d| {
                let after = tail[d.end..].trim_start_matches([')', ',', ' ']);
                after.starts_with(|c: char| c.is_ascii_digit())
                    || g.page.find(after).is_some_and(|m| m.start == 0)
            });
            if let (Some((name, volume)), Some(d), true, None, None) = (
                journal,
                first_date,
                pages_follow,
                &item.publisher,
                &item.container_title,
            ) {
                item.container_title = Some(name);
                if item.volume.is_none() {
                    item.volume = volume;
                }
                let after_date = after_container_start + d.end;
                let close = usize::from(s[after_date..].starts_with(')'));
                journal_first_page(s, after_date + close, item, used);
            } else if item.publisher.is_none()
                && glued_year
                && !plain.contains(':')
                && is_place(place, g)
            {
                // `Łódź 2008`, also after a chapter's book (`w: Książka,
                // red. X, Łódź 2008`): a place, no publisher.
                item.publisher_place = Some(place.to_string());
                // `il Mulino, Bologna 1994`: a publisher before the place.
                if let Some((head, _)) = plain.rsplit_once(", ") {
                    let named = article_publisher(head, g)
                        || !head.contains(',')
                            && head
                                .split_whitespace()
                                .any(|w| g.publisher_words.contains(&w.to_lowercase()));
                    if item.container_title.is_none() && named {
                        item.publisher = Some(clean_field(head));
                    } else if item.container_title.is_none() && after_in() {
                        // `Titel, in: Festschrift für Karl Larenz, München
                        // 1973, S. 301–320`, `in: ders., Gesammelte
                        // Schriften, Tübingen 1921`: after the container
                        // word, with no editors named, the book's title
                        // stands before its place; a word for the author
                        // before it says the book is the author's own.
                        let book = g
                            .same_author_prefix(head)
                            .and_then(|n| head.get(n..))
                            .filter(|t| t.starts_with(char::is_uppercase))
                            .unwrap_or(head);
                        item.container_title = Some(clean_field(book));
                    } else if let Some((words, e)) = (item.container_title.is_none())
                        .then(|| title_before_edition(head, g))
                        .flatten()
                    {
                        // `Kersting, Christian: Wettbewerbsrecht,
                        // Datenschutz, 2. Aufl., München 2021`: German
                        // books write `Titel, N. Aufl., Ort Jahr`, and no
                        // publisher stands before the edition: the parts
                        // before it go on with the title.
                        if let Some(t) = item.title.as_mut() {
                            t.push_str(", ");
                            t.push_str(&words);
                        }
                        if item.edition.is_none() {
                            set_edition(item, e);
                        }
                    } else if item.container_title.is_none()
                        && item.title.is_some()
                        && collection_name(head, g)
                    {
                        // `Entscheidungen digitaler autonomer Systeme,
                        // Gutachten A zum 73. Deutschen Juristentag,
                        // München 2020`, `Titel, Schriften zum
                        // Wirtschaftsrecht, Berlin 2019`: between a book's
                        // title and its `Ort Jahr` (German notes), the part
                        // naming a series or report is the one the book
                        // appears in.
                        item.collection_title = Some(clean_field(head));
                    }
                }
            } else if let Some(book) =
                (item.publisher.is_none() && item.container_title.is_none() && after_in())
                    .then(|| book_then_imprint(&plain, g))
                    .flatten()
            {
                // `L'obbligazione senza prestazione, in Le ragioni del
                // diritto. Scritti in onore di Luigi Mengoni, I, Milano,
                // 1995`, `voce Obbligazioni, in Enc. dir., XXIX, Milano,
                // 1979`: after the container word, the book, its volume
                // and its imprint, in comma parts.
                item.container_title = Some(book.title);
                if item.volume.is_none() {
                    item.volume = book.volume;
                }
                item.publisher_place = Some(book.place);
                item.publisher = book.publisher;
            } else if item.publisher.is_none() {
                set_publisher(item, &plain, g);
            }
        } else if item.volume.is_none()
            && !plain.contains(|c: char| c.is_ascii_digit())
            && place_publisher(&plain).is_some_and(|(place, _)| is_place(&plain[place], g))
            && strip_in(&seg[..cut], g).len()
                == seg[..cut].trim_start_matches([' ', ',', '.']).len()
        {
            // `"An Essay." London: W. Phillips, 1786.`: a place and a
            // publisher after a quoted title are an imprint, not a
            // container.
            set_imprint(item, &plain, false, g);
        } else {
            // Chicago journals as plain text: `International Security 15,
            // no. 1 (1990)`, the bare number after the name is its volume;
            // `Nature Communications 12: 6763`, volume and article number.
            // `Historisk tidskrift 120:2 (2000)`: the volume and issue
            // joined by a colon.
            let colon_issue = volume_colon_issue(&plain);
            let (mut name, volume, article) = match colon_issue {
                Some((name, volume, _)) => (name, Some(volume), None),
                None => journal_volume(&plain),
            };
            if let (Some((_, _, issue)), None) = (colon_issue, &item.issue) {
                item.issue = Some(issue.to_string());
            }
            // `in Crisi della ragione, Torino, Einaudi`: a chapter's book,
            // then its place and publisher.
            let head = &seg[..cut];
            let chapter = strip_in(head, g).len() < head.trim_start_matches([' ', ',', '.']).len();
            if chapter && volume.is_none() {
                if let Some((book_title, imprint)) = name.split_once(", ") {
                    let place = imprint.split(", ").next().unwrap_or("");
                    if imprint.contains(", ") && is_place(place, g) {
                        set_publisher(item, imprint, g);
                        name = book_title;
                    }
                }
            }
            if item.page.is_none() {
                item.page = article.map(str::to_string);
            }
            item.container_title = Some(crate::text::decode_entities(name));
            if let Some(v) = volume {
                item.volume = Some(v.to_string());
            }
        }
        let start = after_container_start
            + from
            + seg
                .get(from..)
                .and_then(|rest| rest.find(plain.as_str()))
                .unwrap_or(0);
        // A book's `Place: Publisher Year` with the year glued on.
        used.add(start, start + plain.len());
    }
    // `w: Historia prasy polskiej, red. J. Łojek, t. 1, Warszawa 1976`:
    // after a chapter's book and its volume, a place with the year glued
    // on.
    if item.publisher_place.is_none()
        && item.publisher.is_none()
        && item.container_title.is_some()
        && first_date.is_some()
        && seg.ends_with(char::is_whitespace)
    {
        if let Some((head, place)) = seg.trim_end().rsplit_once(", ") {
            let last = head.rsplit(", ").next().unwrap_or(head);
            let chapter = strip_in(head, g).len() < head.trim_start_matches([' ', ',', '.']).len();
            // The editors (`red. J. Łojek`) may have been read before.
            let book = chapter || !item.editor.is_empty();
            if book && volume_part(last.trim(), g).is_some() && is_place(place, g) {
                item.publisher_place = Some(place.to_string());
                let at = after_container_start + head.len() + 2;
                used.add(at, at + place.len());
            }
        }
    }
    if let Some(d) = first_date {
        // After an edition's year, the imprint's year is read too: the
        // edition's stays the date.
        if item.issued.is_none() || edition_year {
            if item.issued.is_none() {
                *suffix = d.suffix;
                item.issued = Some(d.date.clone());
            }
            used.add(
                after_container_start + d.start,
                after_container_start + d.end,
            );
        }
    }
}

/// A chapter's book read from the comma parts after the container word,
/// before the year ([`book_then_imprint`]).
#[derive(Debug, Clone, PartialEq)]
struct BookImprint {
    /// The book's title.
    title: String,
    /// Its volume (`I`, `XXIX`, `vol. 2`), when one stands before the place.
    volume: Option<String>,
    /// The place of publication.
    place: String,
    /// The publisher after the place, when one is named.
    publisher: Option<String>,
}

/// The book, volume and imprint of the comma parts `plain` (the text
/// after a container word, before the year): the book's title, then a
/// volume in Roman numerals or with its word (`I`, `XXIX`, `vol. II`),
/// then a place, and a publisher after it (`Le ragioni del diritto.
/// Scritti in onore di Luigi Mengoni, I, Milano`, `Enc. dir., XXIX,
/// Milano`, `Crisi della ragione, Torino, Einaudi`), as Italian, Spanish
/// and French notes cite a chapter. The place is a town of the grammars,
/// or one capitalised word closing the parts; the publisher one part
/// opening with a capital, no number. None when no place stands after
/// the title.
fn book_then_imprint(plain: &str, g: &Grammar) -> Option<BookImprint> {
    let parts: Vec<&str> = plain.split(", ").map(str::trim).collect();
    let n = parts.len();
    if n < 2 {
        return None;
    }
    let house = |p: &str| {
        p.starts_with(char::is_uppercase)
            && !p.contains(|c: char| c.is_ascii_digit())
            && !roman_numeral(p)
            && volume_part(p, g).is_none()
            && !known_place(p, g)
    };
    let (at, publisher) = if n >= 3 && known_place(parts[n - 2], g) && house(parts[n - 1]) {
        (n - 2, Some(parts[n - 1]))
    } else {
        let last = parts[n - 1];
        let town = known_place(last, g) || (!last.contains(' ') && is_place(last, g));
        (town && !roman_numeral(last)).then_some((n - 1, None))?
    };
    let mut head = &parts[..at];
    let mut volume = None;
    if let [rest @ .., last] = head {
        if !rest.is_empty() {
            if roman_numeral(last) {
                volume = Some(last.to_string());
                head = rest;
            } else if let Some(v) = volume_part(last, g) {
                volume = Some(v);
                head = rest;
            }
        }
    }
    let raw = head.join(", ");
    let mut title = clean_field(&raw);
    // `Enc. dir.`: an abbreviated title keeps its last period.
    let abbreviated = raw
        .trim_end()
        .strip_suffix('.')
        .and_then(|r| r.rsplit(' ').next())
        .is_some_and(|w| {
            (1..=5).contains(&w.chars().count()) && w.chars().all(char::is_alphabetic)
        });
    if abbreviated && !title.ends_with('.') {
        title.push('.');
    }
    if title.is_empty() || !title.chars().any(char::is_alphabetic) {
        return None;
    }
    Some(BookImprint {
        title,
        volume,
        place: clean_field(parts[at]),
        publisher: publisher.map(clean_field),
    })
}

/// Whether `t` is a number in Roman numerals alone, in capitals (`I`,
/// `XXIX`), as a volume is written.
fn roman_numeral(t: &str) -> bool {
    !t.is_empty() && t.len() <= 8 && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// The comma parts of `head` (after a book's title, before its place)
/// that stand before an edition statement closing it, when they read as a
/// title's words (`Datenschutz` of `Datenschutz, 2. Aufl`), with the
/// edition: capitalised,
/// at most three parts of at most six words, no digits, periods or
/// brackets.
fn title_before_edition(head: &str, g: &Grammar) -> Option<(String, Edition)> {
    let (at, e) = trailing_edition(head, g)?;
    let words = head[..at].trim();
    let ok = !words.is_empty()
        && words.split(", ").count() <= 3
        && words.split(", ").all(|p| {
            p.starts_with(char::is_uppercase)
                && p.split_whitespace().count() <= 6
                && !p.contains(|c: char| c.is_ascii_digit() || "().:;\"„“".contains(c))
        });
    ok.then(|| (clean_field(words), e))
}

/// Whether `part`, one comma part after a book's title, names the series
/// or report the book appears in: it opens with a capitalised word of
/// [`Grammar::collection_words`] (`Gutachten A zum 73. Deutschen
/// Juristentag`, `Schriften zum Wirtschaftsrecht`) and is one part, with
/// no colon (`Bd. 1: Untertitel` is a volume's title).
fn collection_name(part: &str, g: &Grammar) -> bool {
    let part = part.trim();
    !part.contains([',', ':', ';'])
        && part.starts_with(char::is_uppercase)
        && part
            .split_whitespace()
            .next()
            .is_some_and(|w| g.collection_words.contains(&w.to_lowercase()))
}

/// The fields of a contribution cited by its author and its book, without
/// its own title (`Vogel, in: Kramer (Hrsg.), Handbuch des
/// Staatshaftungsrechts, Bd. 2, Rn. 88`), read from `rest`, the text from
/// the container word on: the book's editors, title, volume and imprint
/// ([`chapter_book`]). None unless `rest` opens with a container word and
/// names editors with a role word and a book.
pub fn contribution_in_book(rest: &str, g: &Grammar) -> Option<CslItem> {
    book_after_container(rest, g).filter(|item| !item.editor.is_empty())
}

/// The fields of the book a contribution is in, read from `rest`, the text
/// from the container word on, as [`contribution_in_book`] reads them but
/// with or without editors. None unless a container word opens `rest`
/// and a book is named.
fn book_after_container(rest: &str, g: &Grammar) -> Option<CslItem> {
    g.container_prefix(rest.trim_start_matches([' ', ',']))?;
    let mut item = CslItem::default();
    let mut used = Used(Vec::new());
    let mut suffix = None;
    parse_after_title(rest, 0, false, &mut item, &mut used, &mut suffix, g);
    item.container_title.as_ref()?;
    item.kind = "chapter".into();
    Some(item)
}

/// Whether `title` names a commentary of the grammars' `commentaries`:
/// its key opens with the commentary's words or abbreviation
/// (`Münchener Kommentar zum Bürgerlichen Gesetzbuch`, `BeckOK BGB`).
fn names_commentary(title: &str, g: &Grammar) -> bool {
    let key = crate::text::title_key(title);
    g.commentaries.iter().any(|(abbreviation, words)| {
        [words, abbreviation].iter().any(|w| {
            key.strip_prefix(w.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
    })
}

/// Where the names that open a list entry end, when a container word
/// follows them (`Olejniczak A., [w:] …`, `Vogel, Hans, in: …`,
/// `Papier, Hans-Jürgen/Shirvani, Foroud, in: …`): the comma before the
/// container word. After the first comma any name will do; after a later
/// one, every name of the part, German lists joining them with `/`, must
/// be a family name and given names of capitalised words, never a title.
fn names_before_container(s: &str, g: &Grammar) -> Option<usize> {
    let first = s.find(", ")?;
    if g.container_prefix(&s[first + 2..]).is_some() {
        return Some(first);
    }
    let mut at = first;
    for _ in 0..8 {
        let next = at + 2 + s[at + 2..].find(", ")?;
        if g.container_prefix(&s[next + 2..]).is_some() {
            // A family name may open with particles (`van der Meer`).
            let family = |f: &str| {
                let words: Vec<&str> = f.split_whitespace().collect();
                (1..=4).contains(&words.len()) && words.last().is_some_and(|w| name_word(w))
            };
            let inverted = |name: &str| match name.split_once(", ") {
                Some((f, given)) => family(f) && capitalised_words(given, 3),
                None => family(name),
            };
            return s[..next].split('/').all(inverted).then_some(next);
        }
        at = next;
    }
    None
}

/// A list's entry for a contribution to an edited book without its own
/// title, as Polish and German law lists give commentaries: inverted
/// names, a comma, a container word, then the book with its editors
/// (`Olejniczak A., [w:] Kodeks cywilny. Komentarz, t. III, red. A.
/// Kidyba, Warszawa 2014.`, `Vogel, Hans, in: Kramer (Hrsg.), Handbuch
/// des Staatshaftungsrechts, Bd. 2, 2010.`), read as a note citing it is
/// ([`contribution_in_book`]).
pub fn contribution_entry(s: &str, g: &Grammar) -> Option<CslItem> {
    // The container word right after the names: after the first comma
    // (`Olejniczak A.,`) or after a given name of capitalised words
    // (`Vogel, Hans,`), never after a title.
    let at = names_before_container(s, g)?;
    if at > 120 || s[..at].contains(['(', '"', '“', '„', ':']) {
        return None;
    }
    // German lists join inverted names with `/`: `Papier, Hans-Jürgen/
    // Shirvani, Foroud`.
    let mut authors = Vec::new();
    let mut et_al = false;
    for part in s[..at].split('/') {
        let names = crate::syntax::name::parse_names(part, NameOrder::InvertedFirst, g);
        authors.extend(names.names);
        et_al |= names.et_al;
    }
    if authors.is_empty() {
        return None;
    }
    // The book's editors say it is a book of contributions; a commentary
    // of the grammars is one without them (`Wagner, Gerhard, in:
    // Münchener Kommentar zum Bürgerlichen Gesetzbuch, Bd. 7, 8. Aufl.,
    // München 2020`).
    let mut item = book_after_container(&s[at + 2..], g).filter(|item| {
        !item.editor.is_empty()
            || item
                .container_title
                .as_deref()
                .is_some_and(|t| names_commentary(t, g))
    })?;
    item.author = authors;
    item.et_al = et_al;
    Some(item)
}

/// A book's volume before the people who translated, edited or introduced
/// it (`Capital, vol. 1, trans. Ben Fowkes (London: …`, `Capital. Vol. 1.
/// Trans. Ben Fowkes. Introd. Ernest Mandel. London: …`): the volume is
/// the item's and the names are read by [`contributors`]. Returns where
/// the text after them starts (`from` when no volume word opens the text
/// or no role word or edition follows its number).
fn volume_then_contributors(
    s: &str,
    from: usize,
    item: &mut CslItem,
    used: &mut Used,
    g: &Grammar,
) -> usize {
    let t = &s[from..];
    let lead = t.len() - t.trim_start_matches([' ', ',', '.']).len();
    // A cheap test first: a volume word opens with a letter.
    if !t[lead..].starts_with(char::is_alphabetic) {
        return from;
    }
    let Some(m) = g.volume.find(&t[lead..]).filter(|m| m.start == 0) else {
        return from;
    };
    let Some((a, b)) = m.number else {
        return from;
    };
    let after_volume = from + lead + m.end;
    let next = s[after_volume..].trim_start_matches([' ', ',', '.']);
    if g.contributor_prefix(next).is_none() {
        return from;
    }
    let end = contributors(s, after_volume, item, used, g);
    if end == after_volume {
        return from;
    }
    if item.volume.is_none() {
        item.volume = Some(crate::grammar::locator_value(&t[lead + a..lead + b]));
    }
    used.add(from + lead, after_volume);
    end
}

/// Editors and translators named after the title (and the container):
/// `, ed. Ann Poe`, `, trans. Eric Prenowitz`, `. Translated by Eric
/// Prenowitz.`, `. Trans. Willard R. Trask.`, `. Introd. Krystyna
/// Pomorska.` (names set aside), each a word of
/// [`Grammar::contributor_prefix`] and names
/// that run to the next ` (`, `, `, `;` or sentence end, and on across
/// commas while the parts read as personal names ([`more_names`]: `ed. A.
/// Smith, B. Jones, and C. Brown (London`, `red. A. Nowak, B. Kowalski,
/// Łódź 2008`). An edition statement before, between or after them is
/// the item's edition ([`edition_at`]). Returns where the text after the
/// last of them starts (`from` when there is none).
fn contributors(s: &str, from: usize, item: &mut CslItem, used: &mut Used, g: &Grammar) -> usize {
    let mut at = from;
    loop {
        // `in *Book*, 2nd ed., ed. Tim Ray`, `Translated by Eric
        // Prenowitz. 2nd ed. Chicago:`: an edition statement before or
        // after the names is the item's edition.
        at = edition_at(s, at, item, used, g);
        let t = &s[at..];
        let lead = t.len() - t.trim_start_matches([' ', ',', '.']).len();
        // `Machiavelli, trad. it., Bologna, il Mulino, 1999`: a translator
        // word (one ending in a period) alone in its comma part says the
        // book is a translation and names nobody.
        if let Some(len) = role_word_alone(&t[lead..], g) {
            used.add(at, at + lead + len);
            at += lead + len;
            continue;
        }
        let Some((_, len)) = g.contributor_prefix(&t[lead..]) else {
            return at;
        };
        let names_start = at + lead + len;
        let rest = &s[names_start..];
        let mut end = [" (", ", ", ";"]
            .iter()
            .filter_map(|p| rest.find(p))
            .min()
            .unwrap_or(rest.len());
        match sentence_bounds(&rest[..end]) {
            Some((e, _)) => end = e,
            None => end = more_names(rest, end, g),
        }
        if publisher_not_editor(&t[lead..lead + len], &rest[end..], g) {
            return at;
        }
        let text = rest[..end].trim_end_matches('.');
        // `trad. fr.` / `Paris, Tallandier, 2008` (no comma at the line's
        // end): a town of the grammars after the word opens the imprint,
        // and the word names nobody.
        if g.places.binary_search(&text.trim().to_string()).is_ok() {
            used.add(at, names_start);
            at = names_start;
            continue;
        }
        let names = parse_names(text, NameOrder::Natural, g).names;
        if names.is_empty() {
            return at;
        }
        // `Edited and translated by Michael Holquist`: a word the grammars
        // list under more than one role names people who did each.
        let word = crate::grammar::fold_case(t[lead..lead + len].trim_end());
        for &(_, r) in g.contributor_words.iter().filter(|(w, _)| *w == word) {
            match r {
                Role::Editor => item.editor.extend(names.iter().cloned()),
                Role::Translator => item.translator.extend(names.iter().cloned()),
                Role::Introducer => {}
            }
        }
        used.add(at, names_start + end);
        at = names_start + end;
    }
}

/// The length of a translator word of the grammars that ends with a
/// period and stands alone in a comma part opening `t` (`trad. it., Bologna`,
/// `trad. esp., Madrid`): a translation whose translator is not named.
fn role_word_alone(t: &str, g: &Grammar) -> Option<usize> {
    let part = &t[..t.find(", ")?];
    let word = crate::grammar::fold_case(part);
    g.contributor_words
        .iter()
        .any(|(w, r)| *r == Role::Translator && w.ends_with('.') && *w == word)
        .then_some(part.len())
}

/// Whether a contributor word (`word`, as written) opens a publisher's
/// name instead: a capitalised word that the grammars' `publisher_words`
/// list too (ro `Ed.` of Editura, es `Ed.` of Editorial), before the
/// name's comma and a town of the grammars or a year (`Ed. Universul
/// Juridic, București, 2012`, `Ed. Academiei, 1972`), or a town of one to
/// three capitalised words and then the year (`Ed. Sfera Juridică,
/// Cluj-Napoca, 2006`). `after` is the text after the name.
fn publisher_not_editor(word: &str, after: &str, g: &Grammar) -> bool {
    let word = word.trim();
    if !word.starts_with(char::is_uppercase) || !g.publisher_words.contains(&word.to_lowercase()) {
        return false;
    }
    let Some(next) = after.strip_prefix(',').map(str::trim_start) else {
        return false;
    };
    let year = |p: &str| {
        p.trim()
            .trim_end_matches('.')
            .parse::<u16>()
            .is_ok_and(|y| (1450..=2100).contains(&y))
    };
    let (part, then) = next.split_once(',').unwrap_or((next, ""));
    // `Ed. Sfera Juridică, Cluj-Napoca, 2006`: a town the grammars do not
    // list, one to three capitalised words, then the year.
    let town = || {
        let words: Vec<&str> = part.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit())
            })
            && year(then.split(',').next().unwrap_or(""))
    };
    known_place(part, g) || year(part) || town()
}

/// How a part of a list of editors' or translators' names reads
/// ([`names_part`]).
#[derive(Debug, Clone, Copy)]
struct NamesPart {
    /// A name is written with initials (`A. Smith`), which no place is.
    initials: bool,
    /// A joining word of the grammars opens the part or joins two names in
    /// it (`and C. Brown`, `Anna Schulz und Bernd Weber`): the list's last.
    joined: bool,
}

/// One person written given names (or initials) first: two to five words,
/// the first a capitalised given name or an initial, the last a family name
/// of two letters or more (a capitalised word, no initial), particles
/// (`van`, `de`) between them; no digit and no publisher word (`Oxford
/// University Press`). Returns whether initials are among the words.
pub(crate) fn natural_person(part: &str, g: &Grammar) -> Option<bool> {
    let words: Vec<&str> = part.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) {
        return None;
    }
    let (last, before) = words.split_last()?;
    let given = |w: &str| initial(w) || family_word(w);
    let particle = |w: &str| crate::syntax::name::PARTICLES.contains(&w);
    let ok = family_word(last)
        && before.first().is_some_and(|w| given(w))
        && before.iter().all(|w| given(w) || particle(w))
        && !words
            .iter()
            .any(|w| g.publisher_words.contains(&w.to_lowercase()));
    ok.then(|| before.iter().any(|w| initial(w)))
}

/// A part of a list of names between commas read as one or more persons
/// ([`natural_person`]), which a joining word of the grammars may open
/// (`and C. Brown`, after an Oxford comma) or join (`B. Jones and C.
/// Brown`). None when a part is no such name.
fn names_part(part: &str, g: &Grammar) -> Option<NamesPart> {
    let part = part.trim();
    let joining = |w: &String| w.chars().all(char::is_alphabetic) || w.as_str() == "&";
    let lower = part.to_lowercase();
    let mut rest = part;
    let mut joined = false;
    if let Some(w) = g.and_words.iter().filter(|w| joining(w)).find(|w| {
        lower.starts_with(w.as_str()) && part.get(w.len()..).is_some_and(|r| r.starts_with(' '))
    }) {
        rest = part.get(w.len()..)?.trim_start();
        joined = true;
    }
    // The names the joining words inside the part separate.
    let mut pieces = vec![rest];
    for w in g.and_words.iter().filter(|w| joining(w)) {
        let spaced = format!(" {w} ");
        pieces = pieces
            .into_iter()
            .flat_map(|p| p.split(spaced.as_str()).collect::<Vec<_>>())
            .collect();
    }
    joined |= pieces.len() > 1;
    let mut initials = false;
    for p in pieces {
        initials |= natural_person(p, g)?;
    }
    Some(NamesPart { initials, joined })
}

/// Where a list of editors' or translators' names that opens `rest` ends,
/// when its first part, up to `first` (a `, ` or the end), is one or more
/// persons ([`names_part`]): the list runs on across `, ` over parts that
/// read as persons, up to the last part a joining word opens or joins
/// (`A. Smith, B. Jones, and C. Brown`, `Anna Schulz, Bernd Weber und Carl
/// Braun`) and on over parts written with initials after it (`A. Nowak, B.
/// Kowalski, C. Wiśniewski`). A name without initials after the last
/// joining word may be a place (`ed. John Roe, New York`), and the list
/// stops at a part that reads as no person: a place (`Łódź 2008`,
/// `Paris`), a year, a locator, a publisher, or a part before a colon
/// (`New York: Penguin`). `first` when the list does not run on.
fn more_names(rest: &str, first: usize, g: &Grammar) -> usize {
    // A comma and the white space after it (a line may end there).
    let comma = |t: &str| {
        let after = t.strip_prefix(',')?;
        let skip = after.len() - after.trim_start().len();
        (skip > 0).then_some(1 + skip)
    };
    if comma(&rest[first..]).is_none() || names_part(&rest[..first], g).is_none() {
        return first;
    }
    // (end, how it reads) of each part after the first.
    let mut parts: Vec<(usize, NamesPart)> = Vec::new();
    let mut at = first;
    while let Some(skip) = comma(&rest[at..]).filter(|_| parts.len() < 12) {
        let start = at + skip;
        let t = &rest[start..];
        // Up to the next `,` before white space, `;`, `:` or ` (`.
        let mut prev = ' ';
        let mut end = t.len();
        for (i, c) in t.char_indices() {
            let next_space = t[i + c.len_utf8()..].starts_with(char::is_whitespace);
            if matches!(c, ';' | ':')
                || (c == ',' && next_space)
                || (c == '(' && prev.is_whitespace())
            {
                end = i;
                break;
            }
            prev = c;
        }
        end = t[..end].trim_end().len();
        let sentence = sentence_bounds(&t[..end]);
        if let Some((e, _)) = sentence {
            end = e;
        }
        if sentence.is_none() && t[end..].trim_start().starts_with(':') {
            break;
        }
        let Some(part) = names_part(t[..end].trim_end_matches('.'), g) else {
            break;
        };
        parts.push((start + end, part));
        if sentence.is_some() {
            break;
        }
        at = start + end;
    }
    let mut keep = parts.iter().rposition(|p| p.1.joined).map_or(0, |i| i + 1);
    while parts.get(keep).is_some_and(|p| p.1.initials) {
        keep += 1;
    }
    keep.checked_sub(1).map_or(first, |k| parts[k].0)
}

/// The parts of a chapter's book named after its editors
/// ([`chapter_book`]), as byte ranges in the searched text.
struct ChapterBook {
    /// The editors' names, with the role word after them.
    editors: Range<usize>,
    /// The book's title.
    title: Range<usize>,
    /// What follows the title: volume, place, publisher.
    imprint: Range<usize>,
    /// The parts are separated by commas (`in: Kramer, Hans (Hrsg.):
    /// Handbuch, Bd. 2, Köln`), not sentences.
    commas: bool,
}

/// The editors, book title and imprint of a chapter's book after the
/// container word: after `In`, the editors end at a role word of the
/// grammars (`(Org.)`, `(eds.)`, `(Hrsg.)`, `(dir.)`). Then either the book
/// title is the next sentence (`In: MOURA, Paulo (Org.). Título do livro.
/// São Paulo: Alameda,`), or, after a colon or comma, it runs to the next
/// comma (`in: Kramer, Hans (Hrsg.): Handbuch des Staatshaftungsrechts, Bd.
/// 2, Köln`, `dans : NOM (dir.), Titre, Paris, Éditeur,`).
fn chapter_book(seg: &str, g: &Grammar) -> Option<ChapterBook> {
    let inner = strip_in(seg, g);
    if inner.len() >= seg.trim_start_matches([' ', ',', '.']).len() {
        return None;
    }
    let at = seg.len() - inner.len();
    let (pos, role) = g
        .roles
        .iter()
        .filter_map(|r| inner.find(r.as_str()).map(|p| (p, r)))
        .min_by_key(|&(p, _)| p)?;
    // Names before the role word: no sentence of prose (`so auch in: der
    // Rechtsprechung (Hrsg.)` names no one).
    // `in: dies./Siemann, Wolfram (Hg.)`: a word for the author opens them.
    let names = inner[..pos].trim_matches([' ', ':']);
    if names.is_empty()
        || names.chars().count() > 80
        || !names.chars().next().is_some_and(char::is_uppercase)
            && g.same_author_prefix(names).is_none()
    {
        return None;
    }
    let editors = at..at + pos + role.len();
    let after = &inner[pos + role.len()..];
    let rest = after.trim_start_matches(['.', ' ', ',', ':']);
    if rest.len() == after.len() {
        return None;
    }
    let rest_at = at + pos + role.len() + (after.len() - rest.len());
    let mut commas = after.trim_start().starts_with([':', ',']);
    // `in J. Karabel and A. H. Halsey (eds) Power and Ideology in
    // Education, New York: Oxford University Press, pp. 487–511` (UK
    // Harvard): the title follows the role word after a space alone and
    // runs to the comma before the book's volume, edition or `Place:
    // Publisher`; the imprint is comma parts.
    let harvard = (!commas && after[..after.len() - rest.len()].trim().is_empty())
        .then(|| harvard_book_title_end(rest, g))
        .flatten();
    commas |= harvard.is_some();
    let (title_end, next) = match harvard {
        Some(c) => (c, c + 2),
        None if commas => comma_title_end(rest, g),
        None => sentence_bounds(rest)?,
    };
    if title_end == 0 {
        return None;
    }
    let imprint = &rest[next..];
    let lead = imprint.len() - imprint.trim_start().len();
    Some(ChapterBook {
        editors,
        title: rest_at..rest_at + title_end,
        imprint: rest_at + next + lead..seg.len(),
        commas,
    })
}

/// Where a volume or issue match `m` in `s` ends: before the comma of its
/// numbers when an edition statement follows it (`Bd. 2, 3. Aufl.`,
/// `Bd. II, 3. Aufl.`: German books give the volume, then the edition,
/// and the second number is no volume of a list), else at its end.
fn number_before_edition(s: &str, m: &crate::grammar::LexMatch, g: &Grammar) -> usize {
    let Some((a, b)) = m.number else {
        return m.end;
    };
    match s.get(a..b).and_then(|n| n.rfind(',')) {
        Some(comma) if edition::statement(&s[a + comma + 1..], g).is_some() => a + comma,
        _ => m.end,
    }
}

/// Where the book title of [`chapter_book`]'s UK Harvard form ends in
/// `rest` (`Power and Ideology in Education, New York: Oxford University
/// Press, pp. 487–511`, `Class, Codes and Control, Vol. 3, London:
/// Routledge`): at the first comma of its first sentence before a volume
/// word, an edition statement, or a `Place: Publisher` whose place is one
/// or two capitalised words. `None` when there is no such comma.
fn harvard_book_title_end(rest: &str, g: &Grammar) -> Option<usize> {
    let sentence = sentence_bounds(rest).map_or(rest.len(), |(e, _)| e);
    rest.match_indices(", ")
        .map(|(i, _)| i)
        .take_while(|&i| i < sentence)
        .find(|&i| {
            let after = &rest[i + 2..];
            let head = &after[..crate::source::floor_char_boundary(after, 64)];
            g.volume.find(head).is_some_and(|m| m.start == 0)
                || edition::statement(head, g).is_some()
                || opens_imprint(after, g)
        })
}

/// Whether `t` opens with `Place: Publisher` whose place (its first comma
/// part) is a place (`New York: Oxford University Press, …`).
fn opens_imprint(t: &str, g: &Grammar) -> bool {
    place_publisher(t)
        .is_some_and(|(place, _)| t[place].split(", ").next().is_some_and(|p| is_place(p, g)))
}

/// Where the book title of [`chapter_book`]'s comma form ends in `rest`,
/// and where its imprint starts: at the first comma before a volume,
/// issue, page or margin word, an edition statement or a place (`Handbuch,
/// Bd. 2`, `Handbuch, 2. Aufl.`, `Mélanges, Paris, Dalloz`); else before
/// an imprint in brackets (`De verzuiling voorbij. Godsdienst, stand en
/// natie (Amsterdam`), else at the first comma. A title may hold commas (`Recht, Staat und Verwaltung, Bd.
/// 2`); a comma after the imprint's bracket opens is no title's end.
fn comma_title_end(rest: &str, g: &Grammar) -> (usize, usize) {
    // A comma inside the imprint's brackets (`The Changing Constitution
    // (7th edn, OUP 2011)`) is the imprint's own.
    let bracket = rest.find(" (");
    let imprint_at = rest.match_indices(", ").map(|(i, _)| i).find(|&i| {
        if bracket.is_some_and(|p| p < i) {
            return false;
        }
        let after = &rest[i + 2..];
        let part = after.split(", ").next().unwrap_or("").trim_end();
        [&g.volume, &g.issue, &g.page, &g.margin]
            .iter()
            .any(|lex| lex.find(after).is_some_and(|m| m.start == 0))
            || volume_part(part, g).is_some()
            || is_place(part, g)
            || edition::statement(after, g).is_some()
            // `(ed.), Power and Ideology in Education, New York: Oxford
            // University Press`: a place and its publisher after a colon,
            // at the first comma (a part before it may be a volume no
            // lexicon reads: `τ. Α2`).
            || !rest[..i].contains(", ") && opens_imprint(after, g)
    });
    if let Some(c) = imprint_at {
        return (c, c + 2);
    }
    if let Some(p) = rest.find(" (") {
        return (p, p + 1);
    }
    match rest.find(", ") {
        Some(c) => (c, c + 2),
        None => (rest.trim_end().len(), rest.len()),
    }
}

/// A book whose title opens with a quotation in quotes, its subtitle
/// after a period: `Κωστής, Κ., «Τα κακομαθημένα παιδιά της Ιστορίας». Η
/// διαμόρφωση του νεοελληνικού κράτους, 18ος-21ος αιώνας, Αθήνα: Πόλις,
/// 2013.` The quotes `t` close, a period and a capitalised sentence
/// follow, and its comma parts end in a book's imprint `Place: Publisher,
/// Year` with no container word, role, bracket or colon before it: the
/// title is the quotation and the subtitle (marks and all), a book's.
fn quoted_book_title(s: &str, t: Delimited, g: &Grammar) -> Option<Delimited> {
    let (open, _, _, close, book) = t;
    if book {
        return None;
    }
    if let Some(title) = quoted_phrase_title(s, open, close, g) {
        return Some(title);
    }
    let after = s.get(close..)?.strip_prefix('.')?;
    let sub = after.trim_start();
    if sub.len() == after.len() || !sub.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let sub_start = s.len() - sub.len();
    if g.container_prefix(sub).is_some() {
        return None;
    }
    let (comma, _) = sub.match_indices(", ").find(|&(i, _)| {
        place_publisher(&sub[i + 2..]).is_some_and(|(_, publ)| {
            let year = sub[i + 2 + publ.end..].trim_start_matches([',', ' ']);
            year.len() >= 4 && year.get(..4).is_some_and(crate::grammar::is_year)
        })
    })?;
    let subtitle = &sub[..comma];
    let plain = !subtitle.contains(['(', ')', ':', '«', '»', '“', '”', '"'])
        && !subtitle.contains("//")
        && g.volume.find(subtitle).is_none()
        && g.issue.find(subtitle).is_none()
        && g.page.find(subtitle).is_none();
    plain.then_some((open, open, sub_start + comma, sub_start + comma, true))
}

/// A book whose title opens with a quoted phrase that a question or
/// exclamation mark or a colon joins to more title words (`“Merely for
/// Money”? Business Culture in the British Atlantic, 1750–1815`), as
/// Chicago and MHRA keep such a title whole: the quotes close at `close`,
/// the mark and a space and a capitalised word follow (no container word),
/// and the title runs to the book's imprint, in brackets (`(Liverpool:
/// Liverpool University Press, 2012)`, a note or an MHRA list) or after a
/// period (`. Liverpool: Liverpool University Press, 2012.`, a Chicago
/// list). The title is the quotation and the rest, marks and all.
fn quoted_phrase_title(s: &str, open: usize, close: usize, g: &Grammar) -> Option<Delimited> {
    let after = s.get(close..)?;
    let sub = after
        .strip_prefix(['?', '!', ':'])?
        .strip_prefix([' ', '\n'])?;
    if !sub.starts_with(char::is_uppercase) || g.container_prefix(sub).is_some() {
        return None;
    }
    let sub_start = s.len() - sub.len();
    let bracket = sub.match_indices(" (").map(|(i, _)| i).find(|&i| {
        let b = &sub[i + 1..];
        b.find(')').is_some_and(|e| paren_imprint(&b[..=e], g))
    });
    let period = sub
        .match_indices(". ")
        .map(|(i, _)| i)
        .find(|&i| imprint_next(&sub[i + 2..]) && !ends_with_initial_period(&sub[..=i]));
    let end = match (bracket, period) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    let subtitle = &sub[..end];
    let plain = !subtitle.contains(['(', ')', '«', '»', '“', '”', '"'])
        && !subtitle.contains("//")
        && g.volume.find(subtitle).is_none()
        && g.issue.find(subtitle).is_none()
        && g.page.find(subtitle).is_none();
    plain.then_some((open, open, sub_start + end, sub_start + end, true))
}

/// Where the title of `rest` ends when comma parts follow it: at the
/// comma before the first part that is a volume or issue statement (`t.
/// 1`, `tập 2`) or holds a `publisher_words` word (`Nxb. Giáo dục`,
/// `Harvard University Press`), where only comma parts of a place and a
/// publisher, and the volume, follow it, no sentence ends before it, and
/// nothing after it holds a digit but the volume. `None` when there is no
/// such part.
fn comma_title_before_imprint(rest: &str, g: &Grammar) -> Option<usize> {
    let sentence = sentence_bounds(rest).map_or(rest.len(), |(e, _)| e);
    let (c, _) = rest
        .match_indices(", ")
        .take_while(|&(i, _)| i < sentence)
        .find(|&(i, _)| {
            let after = &rest[i + 2..];
            let part = after.split(", ").next().unwrap_or("");
            // A statement that opens the part is short: the lexicons read
            // its start only, not the whole rest at every comma.
            let head = &after[..crate::source::floor_char_boundary(after, 64)];
            [&g.volume, &g.issue]
                .iter()
                .any(|lex| lex.find(head).is_some_and(|m| m.start == 0))
                || has_publisher_word(part, g)
        })?;
    let parts: Vec<&str> = rest[c + 2..]
        .trim_end_matches(['.', ' '])
        .split(", ")
        .collect();
    let numbered = parts
        .iter()
        .filter(|p| p.contains(|ch: char| ch.is_ascii_digit()))
        .count();
    let volume = parts.first().and_then(|p| volume_part(p, g)).is_some();
    let plain = numbered == usize::from(volume) && parts.len() <= 4;
    plain.then_some(c)
}

/// Where a title without a sentence end ends before `, Place: Publisher`
/// closing `rest` (`Bowling Alone, New York: Simon & Schuster.`, an
/// edition statement allowed before the place: `Bowling Alone, 2nd edn,
/// New York: …`): at the first of its first eight commas after which a
/// place of one or two
/// capitalised words (a state after a comma allowed: `Cambridge, MA`), a
/// colon and a publisher run to the end. The place and publisher hold no
/// digit, and the title none but in years (`Education at a Glance 2019`).
pub(crate) fn comma_title_before_place_publisher(rest: &str, g: &Grammar) -> Option<usize> {
    let body = rest.trim_end().trim_end_matches(['.', ',']).trim_end();
    if sentence_bounds(body).is_some() {
        return None;
    }
    let only_years = |t: &str| {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.contains(|c: char| c.is_ascii_digit()))
            .all(crate::grammar::is_year)
    };
    body.match_indices(", ").take(8).map(|(i, _)| i).find(|&i| {
        let after = &body[i + 2..];
        // `A Book Title, 2nd edn, London: Routledge` (UK Harvard): an
        // edition statement may stand between the title and the place.
        let after = edition::statement(after, g)
            .and_then(|e| after[e.len..].strip_prefix(','))
            .map_or(after, str::trim_start);
        only_years(&body[..i])
            && !after.contains(|c: char| c.is_ascii_digit())
            && place_publisher(after).is_some_and(|(place, publ)| {
                after[publ.end..].trim().is_empty()
                    && after[place]
                        .split(", ")
                        .next()
                        .is_some_and(|p| is_place(p, g))
            })
    })
}

/// A page statement (`p. 120`, `45쪽`) that is the last comma part of
/// `rest`: where the comma before it stands, and the page. Only the last
/// 32 bytes are read.
fn trailing_page(rest: &str, g: &Grammar) -> Option<(usize, String)> {
    let body = rest.trim_end().trim_end_matches('.').trim_end();
    let comma = body.rfind(", ").filter(|&c| body.len() - c <= 32)?;
    let part = &body[comma + 2..];
    let m = g
        .page
        .find(part)
        .filter(|m| m.start == 0 && m.end == part.len())?;
    let (a, b) = m.number?;
    Some((comma, crate::grammar::locator_value(&part[a..b])))
}

/// A volume word that opens a chapter's imprint (`Bd. 2, Köln`) gives the
/// volume; the imprint then runs to the next locator word or bracket
/// (`Bd. 2, Rn. 88`: no place). Returns what is left of the imprint.
fn comma_imprint(
    seg: &str,
    imprint: Range<usize>,
    base: usize,
    item: &mut CslItem,
    used: &mut Used,
    g: &Grammar,
) -> Range<usize> {
    let mut start = imprint.start;
    // `(Amsterdam 2000)`: the imprint in brackets.
    if seg[start..imprint.end].starts_with('(') {
        start += 1;
    }
    let t = &seg[start..imprint.end];
    if let Some(m) = g.volume.find(t).filter(|m| m.start == 0) {
        if let (Some((a, b)), None) = (m.number, &item.volume) {
            item.volume = Some(t[a..b].to_string());
        }
        used.add(base + start, base + start + m.end);
        let after = &t[m.end..];
        start += m.end + after.len() - after.trim_start_matches([',', ' ', '.']).len();
        // `Bd. 2, 2. Aufl., Köln`
        if let Some((lead, e)) = leading_edition(&seg[start..imprint.end], g) {
            used.add(base + start + lead, base + start + lead + e.len);
            start += lead + e.len;
            set_edition(item, e);
        }
    }
    let rest = &seg[start..imprint.end];
    let mut end = rest.len();
    for lex in [&g.volume, &g.issue, &g.page, &g.margin] {
        if let Some(m) = lex.find(rest) {
            end = end.min(m.start);
        }
    }
    if let Some(p) = rest.find(['(', '<']) {
        end = end.min(p);
    }
    start..start + end
}

/// Splits a journal name written as plain text from the volume (and article
/// number or pages) after it: `International Security 15` → (`International
/// Security`, `15`), `Nature Communications 12: 6763` → (`Nature
/// Communications`, `12`, `6763`), `Solar Energy 103: 682–703` and
/// `American Journal of Sociology 94: S95-S120` (Chicago author-date) →
/// the pages third. A volume has one to four digits and follows a word.
fn journal_volume(plain: &str) -> (&str, Option<&str>, Option<&str>) {
    let digits =
        |t: &str, max: usize| (1..=max).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    // `S95`, `e0123`: a page may open with a letter.
    let page = |t: &str| {
        let t = t
            .strip_prefix(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(t);
        digits(t, 7)
    };
    let number = |t: &str, max: usize| {
        digits(t, max)
            || max == 7
                && (page(t)
                    || t.split_once(['-', '–', '—'])
                        .is_some_and(|(a, b)| page(a) && page(b)))
    };
    let after_word = |name: &str| {
        name.chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic() || matches!(c, '.' | ')'))
    };
    if let Some((name, last)) = plain.rsplit_once(' ') {
        let name = name.trim_end_matches(',').trim_end();
        if let Some(before) = name.strip_suffix(':') {
            if let Some((journal, volume)) = before.rsplit_once(' ') {
                if number(volume, 4) && number(last, 7) && after_word(journal) {
                    return (journal, Some(volume), Some(last));
                }
            }
        } else if number(last, 4) && after_word(name) {
            return (name, Some(last), None);
        }
    }
    (plain, None, None)
}

/// A journal's name, volume and issue written `Name 120:2` (Nordic
/// journals): a volume of one to four digits and an issue of one to three
/// after a colon, glued, after a word.
fn volume_colon_issue(plain: &str) -> Option<(&str, &str, &str)> {
    let (name, last) = plain.rsplit_once(' ')?;
    let (volume, issue) = last.split_once(':')?;
    let digits =
        |t: &str, max: usize| (1..=max).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    let after_word = name.chars().next_back().is_some_and(char::is_alphabetic);
    (digits(volume, 4) && digits(issue, 3) && after_word).then_some((name, volume, issue))
}

/// Whether `s` is written like a journal's abbreviation: at most three
/// words and forty characters, with a word of two capitals or more between
/// hyphens (`NJW`, `DVBl.`, `JuS`, `DÖV`, `VerwArch`, `NVwZ-RR`, `JBl`,
/// `SJZ`), which places (`Baden-Baden`, `München`, `Frankfurt/M.`) and
/// months have not.
/// After a volume with the year in brackets (`Der Staat 45 (2006)`,
/// `volume`), any capitalised words will do.
pub fn journal_abbreviation(s: &str, volume: bool) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let capitals = |w: &str| {
        w.split('-')
            .any(|p| p.chars().filter(|c| c.is_uppercase()).count() >= 2)
    };
    // Letters and hyphens, a period only at the end: not `Frankfurt/M.`,
    // `München:` or a publisher's initials (`C.H. Beck`).
    let word_ok = |w: &str| {
        let body = w.strip_suffix('.').unwrap_or(w);
        w.chars().next().is_some_and(char::is_uppercase)
            && body.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    (1..=3).contains(&words.len())
        && s.chars().nth(40).is_none()
        && words.iter().all(|w| word_ok(w))
        && (volume || words.iter().any(|w| capitals(w)))
}

/// Whether `s` is one of the grammars' journal abbreviations written in
/// lowercase or with one capital (`wobl`, `ecolex`, `sic!`, `Zak`), which
/// [`journal_abbreviation`] does not take for one by its look.
pub fn known_journal(s: &str, g: &Grammar) -> bool {
    !g.journal_abbreviations.is_empty() && g.journal_abbreviations.contains(s)
}

/// `Spindler, Roboter, Automation, künstliche Intelligenz, CR 2015, 766`:
/// German legal citation writes an article `Autor, Titel, ZEITSCHRIFT
/// JAHR, ERSTE SEITE`, the title between the author and the journal's
/// abbreviation whatever commas it holds. The title read up to its first
/// comma left the journal as a book's place (`CR`) and its year: where the
/// reference ends in that place written as a journal's abbreviation, the
/// year and bare pages (or a page word and pages, `NJW 2005, S. 1234–1240`),
/// the title runs to the journal, which is the container, the pages its
/// first page or range. A book's place (`München 2019, S. 5`) is no
/// abbreviation, and a book's edition, volume or container word between the
/// title and the place keeps the reading as it was.
fn comma_title_journal(s: &str, out: &mut ParsedReference, used: &mut Used, g: &Grammar) {
    let item = &out.item;
    // `ders., Wohnrecht, wobl 2017, 12`: a journal abbreviated in
    // lowercase read as the publisher.
    let (place, publisher) = match (&item.publisher_place, &item.publisher) {
        (None, Some(p)) if known_journal(p, g) => (Some(p.as_str()), None),
        (place, publisher) => (place.as_deref(), publisher.as_ref()),
    };
    let (Some(place), None, None, Some((a, b))) =
        (place, publisher, &item.container_title, out.title)
    else {
        return;
    };
    let place = place.to_string();
    let Some(year) = item
        .issued
        .as_ref()
        .and_then(|d| d.date_parts.first()?.first().copied())
    else {
        return;
    };
    if !(journal_abbreviation(&place, false) || known_journal(&place, g))
        || item.volume.is_some()
        || item.edition.is_some()
    {
        return;
    }
    let Some(rest) = s.get(b..) else {
        return;
    };
    let key = format!(", {place} {year},");
    // `Titel, NJW 2005` where a note's page after a page word was cut off
    // as its pinpoint.
    let bare = rest.trim_end_matches([',', '.', ' ']);
    let key_bare = &key[..key.len() - 1];
    let at_end = bare.ends_with(key_bare);
    let Some(at) = rest
        .rfind(&key)
        .or_else(|| at_end.then(|| bare.len() - key_bare.len()))
    else {
        return;
    };
    let after = rest.get(at + key.len()..).unwrap_or("");
    let lead = after.len() - after.trim_start().len();
    let mut pages = after.trim_start();
    let mut skip = lead;
    if let Some((n, _)) = g
        .page
        .find(pages)
        .filter(|m| m.start == 0)
        .and_then(|m| m.number)
    {
        skip += n;
        pages = &pages[n..];
    }
    let pages_end = pages.trim_end().trim_end_matches('.').trim_end().len();
    let pages = &pages[..pages_end];
    let page_range = (at_end && pages.is_empty())
        || pages.starts_with(|c: char| c.is_ascii_digit())
            && pages.len() <= 13
            && pages
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'));
    let middle = &rest[..at];
    let bookish = middle.split(", ").any(|part| {
        g.container_prefix(part.trim_start_matches([',', ' ']))
            .is_some()
    }) || g.volume.find(middle).is_some()
        || middle
            .split_whitespace()
            .any(|w| g.edition.iter().any(|e| e == w.trim_end_matches(',')));
    let other_page = out.item.page.as_deref().is_some_and(|p| p != pages);
    if !page_range || bookish || other_page || middle.contains([';', '(', '[']) {
        return;
    }
    let title = s[a..b + at].trim().trim_end_matches([',', '.']).trim_end();
    let item = &mut out.item;
    item.title = Some(clean_field(title));
    item.container_title = item
        .publisher_place
        .take()
        .or_else(|| item.publisher.take());
    if !pages.is_empty() {
        item.page = Some(pages.to_string());
    }
    out.title = Some((a, b + at));
    let start = b + at + key.len() + skip;
    used.add(b, (start + pages.len()).min(s.len()));
}

/// The first page of a journal article written bare after its year
/// (`NJW 2005, 1234`, `2005, 1234–1240`), from `at` in `s`: the page field,
/// when no page word gave it.
fn journal_first_page(s: &str, at: usize, item: &mut CslItem, used: &mut Used) {
    if item.page.is_some() {
        return;
    }
    let rest = &s[at..];
    let lead = rest.len() - rest.trim_start_matches([',', ' ']).len();
    let r = &rest[lead..];
    let end = r
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '–')))
        .unwrap_or(r.len());
    let pages = r[..end].trim_end_matches(['-', '–']);
    if (1..=13).contains(&pages.len()) && pages.starts_with(|c: char| c.is_ascii_digit()) {
        item.page = Some(pages.to_string());
        used.add(at + lead, at + lead + pages.len());
    }
}

/// Drops a leading container word (`In:`, `dans`, `w:`: the grammars'
/// [`crate::grammar::Locators::container`]) before a container name.
fn strip_in<'s>(s: &'s str, g: &Grammar) -> &'s str {
    let t = s.trim_start_matches([' ', ',', '.']);
    match g.container_prefix(t) {
        Some(n) => &t[n..],
        None => t,
    }
}

fn set_publisher(item: &mut CslItem, text: &str, g: &Grammar) {
    // `in Trattato di diritto privato, diretto da G. Iudica e P. Zatti,
    // Milano, 2011`: after a book and its editors, a town of the grammars
    // alone is the place.
    if item.container_title.is_some()
        && !item.editor.is_empty()
        && !text.contains(',')
        && known_place(text, g)
    {
        item.publisher_place = Some(clean_field(text));
        return;
    }
    // A journal's or a site's (`*Policy Commons*, November 12, 2024`)
    // name is no place.
    let commas = item.container_title.is_none();
    set_imprint(item, text, commas, g);
}

/// Sets the place and publisher of an imprint. `commas`: the imprint is
/// one of comma parts (`Título, Madrid, 1995`), where one capitalised word
/// before the year is the place alone; not so in brackets (`(Addison-Wesley,
/// 1979)`) or after a title's sentence (`*Policy Commons*, November 12`).
fn set_imprint(item: &mut CslItem, text: &str, commas: bool, g: &Grammar) {
    let without = without_edition(text, item, g);
    let text = without.as_deref().unwrap_or(text);
    // `2 voll., Torino, Einaudi`, `3 vols., Madrid, Alianza`: the count of
    // a work's volumes before its imprint is no part of the publisher.
    let text = match text.split_once(", ") {
        Some((count, rest)) if extent(count.trim()) && !rest.trim().is_empty() => rest,
        _ => text,
    };
    let whole = text;
    let text = imprint_after_volume(text, item, g);
    // `t. I, Paris, 1847`: the imprint of comma parts after a volume.
    let commas = commas || text.len() < whole.len();
    if let Some((place, publ)) = place_publisher(text) {
        let mut town = clean_field(&text[place.clone()]);
        // `New Haven, Conn.:` keeps its abbreviation's period.
        let raw = text[place].trim_end();
        if raw.ends_with('.') && place_with_state(raw) && !town.ends_with('.') {
            town.push('.');
        }
        item.publisher_place = Some(town);
        item.publisher = Some(clean_field(&text[publ]));
        return;
    }
    // `서울: 나남`, `東京: 岩波書店`, `北京：中信出版社`.
    if let Some((place, publ)) = text.split_once([':', '：']) {
        if is_cjk_place(place) && !publ.trim().is_empty() {
            item.publisher_place = Some(clean_field(place));
            item.publisher = Some(clean_field(publ));
            return;
        }
    }
    // `Paris, Seuil, Points Histoire`, `Torino, Einaudi, Piccola
    // Biblioteca`: French and Italian notes name the collection after the
    // house, in the imprint's comma run: a place, a house (a publisher's
    // word of the grammars, or one capitalised word: no state's
    // abbreviation as in `Cambridge, Mass., Harvard University Press`),
    // then a collection of a few words that opens with a capital.
    if let [place, house, collection] = text.split(", ").collect::<Vec<_>>()[..] {
        let (place, house, collection) = (place.trim(), house.trim(), collection.trim());
        let one_word = !house.contains(' ')
            && house.starts_with(char::is_uppercase)
            && house.chars().filter(|c| c.is_lowercase()).count() >= 3
            && house.chars().all(|c| c.is_alphabetic() || c == '-');
        let named = collection.starts_with(char::is_uppercase)
            && (1..=5).contains(&collection.split_whitespace().count())
            && !collection.contains(|c: char| c.is_ascii_digit() || "():;.[]".contains(c))
            && !known_place(collection, g)
            && !has_publisher_word(collection, g)
            && g.container_prefix(collection).is_none();
        if (known_place(place, g) || is_place(place, g))
            && (has_publisher_word(house, g) || one_word)
            && named
        {
            item.publisher_place = Some(clean_field(place));
            item.publisher = Some(clean_field(house));
            item.collection_title = Some(clean_field(collection));
            return;
        }
    }
    // `Paris, Éditions de Minuit`, `Torino, Einaudi`: a place of one or two
    // capitalised words without digits or publisher words, then the house.
    if let Some((place, publ)) = text.split_once(", ") {
        let publ = publ.trim();
        // `Il Mulino, Bologna`, `Laterza, Roma-Bari`, `Einaudi, Torino`
        // (Italian and Spanish notes): a town of the grammars' places
        // after a house that is none is the place.
        if !publ.contains(", ")
            && known_place(publ, g)
            && !known_place(place, g)
            && publisher_name(place, g)
            && !place.contains(|c: char| c.is_ascii_digit())
        {
            item.publisher_place = Some(clean_field(publ));
            item.publisher = Some(clean_field(place));
            return;
        }
        if is_place(place, g) && !publ.contains(", ") && publisher_name(publ, g) {
            item.publisher_place = Some(clean_field(place));
            item.publisher = Some(clean_field(publ));
            return;
        }
        // `Gallimard, Paris`: a house named by a publisher word, then its
        // place.
        if !publ.contains(", ") && is_place(publ, g) && has_publisher_word(place, g) {
            item.publisher_place = Some(clean_field(publ));
            item.publisher = Some(clean_field(place));
            return;
        }
    }
    // `Madrid, 1995`, `Paris, 1847`: one capitalised word and the year is
    // the place alone. A house named so is one of the publisher words
    // (`Seuil`), or written in capitals (`PUF`).
    let word = clean_field(text);
    if commas
        && !word.contains(' ')
        && is_place(&word, g)
        && word.chars().skip(1).any(char::is_lowercase)
    {
        item.publisher_place = Some(word);
        return;
    }
    item.publisher = Some(clean_field(text));
}

/// `Les obligations, LGDJ` of `Traité élémentaire de droit civil, t. 2,
/// Les obligations, LGDJ, 1926`: a publisher read right after the volume's
/// number (in `s`), whose first comma part is neither a place nor a house
/// and whose last is a house of the grammars' publisher words, opens with
/// the volume's title. It goes to `volume_title`.
fn volume_title_in_publisher(s: &str, item: &mut CslItem, g: &Grammar) {
    let (Some(volume), Some(publisher), None) = (&item.volume, &item.publisher, &item.volume_title)
    else {
        return;
    };
    let Some((title, house)) = publisher.split_once(", ") else {
        return;
    };
    let after_volume = s.find(title).is_some_and(|at| {
        s[..at]
            .trim_end()
            .trim_end_matches([',', '.'])
            .ends_with(volume.as_str())
    });
    let titled = title.starts_with(char::is_uppercase)
        && title.split_whitespace().count() >= 2
        && !title.bytes().any(|b| b.is_ascii_digit())
        && !is_place(title, g)
        && !has_publisher_word(title, g);
    if after_volume && titled && !house.contains(", ") && has_publisher_word(house, g) {
        item.volume_title = Some(title.to_string());
        item.publisher = Some(house.to_string());
    }
}

/// Whether one of the words of `t` is a publisher word (`Gallimard`,
/// `Éditions`, `Verlag`).
/// Where a plain title that runs to the end of its entry ends before a
/// house's name after its last comma (`Hamilton's Paradox, Cambridge
/// University Press`): the part holds a word of the grammars'
/// `publisher_words`, no digit, at most six words, each capitalised or a
/// short joining word (`of`, `and`, `&`), and a title stands before it.
fn house_after_comma(title: &str, g: &Grammar) -> Option<usize> {
    let cut = title.rfind(", ")?;
    let part = title[cut + 2..].trim_end_matches(['.', ' ']);
    let words: Vec<&str> = part.split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "&" | "for" | "the")
    };
    let ok = (1..=6).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(capitalised)
        && !part.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '(' | '"' | '“'))
        && has_publisher_word(part, g)
        && title[..cut].trim().chars().count() >= 3;
    ok.then_some(cut)
}

pub(crate) fn has_publisher_word(t: &str, g: &Grammar) -> bool {
    t.split_whitespace()
        .any(|w| g.publisher_words.contains(&w.to_lowercase()))
}

/// Whether `part` is a volume statement alone: a volume word and its
/// number in digits or in Roman numerals (`t. II`, `vol. 3`, `Bd. IV`).
fn volume_part(part: &str, g: &Grammar) -> Option<String> {
    let whole = |t: &str| {
        g.volume
            .find(t)
            .filter(|m| m.start == 0 && m.end == t.len())
            .and_then(|m| m.number)
    };
    if let Some((a, b)) = whole(part) {
        return Some(part[a..b].to_string());
    }
    let (head, last) = part.rsplit_once(' ')?;
    let roman = !last.is_empty() && last.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    (roman && whole(&format!("{head} 1")).is_some()).then(|| last.to_string())
}

/// The imprint of `text` (the comma parts before a book's year) without
/// what stands before it: a volume statement (`t. I, L'Anarchie, Paris,
/// Hachette`: volume `I`, and `L'Anarchie` the volume's own title, where
/// no other rule gave one), or a span of
/// years the title ends with (`1789-1799, Paris, Gallimard` of `La Fête
/// révolutionnaire, 1789-1799`), which goes back to the title. The
/// imprint is the last part (`Paris` of `t. I, Paris`) or the last two
/// when they read as a place and a house, in either order.
fn imprint_after_volume<'t>(text: &'t str, item: &mut CslItem, g: &Grammar) -> &'t str {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices(", ").map(|(i, _)| i + 2))
        .collect();
    let n = starts.len();
    if n < 2 {
        return text;
    }
    let part = |i: usize| {
        let end = starts.get(i + 1).map_or(text.len(), |&e| e - 2);
        text[starts[i]..end].trim()
    };
    let years = |t: &str| year_span(t).is_some();
    let volume = (0..n - 1).find_map(|i| volume_part(part(i), g).map(|v| (i, v)));
    let before = match &volume {
        Some((i, _)) => *i,
        None if years(part(0)) => 1,
        None => return text,
    };
    // Parts before the volume extend the title, if they are a span of
    // years; anything else there leaves the imprint as it is.
    if !(0..before).all(|i| years(part(i))) {
        return text;
    }
    let pair = |a: &str, b: &str| {
        (is_place(a, g) && publisher_name(b, g) && !years(b))
            || (has_publisher_word(a, g) && is_place(b, g))
    };
    let first = if n - before >= 2 && pair(part(n - 2), part(n - 1)) {
        n - 2
    } else {
        n - 1
    };
    if first < before {
        return text;
    }
    if let (Some(title), true) = (item.title.as_mut(), before > 0) {
        for i in 0..before {
            title.push_str(", ");
            title.push_str(part(i));
        }
    }
    if let Some((at, v)) = volume {
        if item.volume.is_none() {
            item.volume = Some(v);
        }
        // `vol. I, Partea generală, Ed. Academiei, București`: the parts
        // between the volume and an imprint read as a place and a house are
        // the volume's title. Where the house was not told, a part may be
        // it (`partea I, Atelierele Grafice Socec, București`): none is.
        let titled: Vec<&str> = (at + 1..first)
            .map(part)
            .filter(|p| !p.is_empty())
            .collect();
        if first + 2 == n && !titled.is_empty() && item.volume_title.is_none() {
            item.volume_title = Some(clean_field(&titled.join(", ")));
        }
    }
    &text[starts[first]..]
}

/// An imprint without the edition statement that is one of its comma
/// parts (`Paris, PUF, 2e éd.`, `박영사, 제5판`, `岩波書店、第3版`), which is
/// the item's edition; None when it has none.
fn without_edition(text: &str, item: &mut CslItem, g: &Grammar) -> Option<String> {
    // `7th edn, OUP`: the statement may open the imprint too.
    let (at, e) = std::iter::once(0)
        .chain(
            text.match_indices([',', '，', '、'])
                .map(|(i, sep)| i + sep.len()),
        )
        .find_map(|at| leading_edition(&text[at..], g).map(|(lead, e)| (at + lead, e)))?;
    let end = at + e.len;
    // The statement is the whole part: the text after it is another one.
    let rest = text[end..].trim_start();
    if !rest.is_empty() && !rest.starts_with([',', '，', '、']) {
        return None;
    }
    let before = text[..at].trim_end().trim_end_matches([',', '，', '、']);
    set_edition(item, e);
    if before.is_empty() {
        return Some(rest.trim_start_matches([',', '，', '、', ' ']).to_string());
    }
    Some(format!("{before}{rest}"))
}

/// Whether `t` may name a publishing house after its place: it opens with
/// a capital (`Seuil`, `Éditions de Minuit`), or is a lowercase article
/// before a capitalised name ([`article_publisher`]).
fn publisher_name(t: &str, g: &Grammar) -> bool {
    t.chars().next().is_some_and(char::is_uppercase) || article_publisher(t, g)
}

/// Whether `t` is a publisher's name that opens with a short lowercase
/// article (`il Mulino`, `la Nuova Italia`, `le Monnier`): up to five
/// words, no digits, the second capitalised.
fn article_publisher(t: &str, g: &Grammar) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let article = |w: &str| {
        w.chars().count() <= 3
            && w.chars()
                .all(|c| c.is_lowercase() || matches!(c, '\'' | '’'))
            && !g.publisher_words.contains(&w.to_lowercase())
    };
    (2..=5).contains(&words.len())
        && !t.chars().any(|c| c.is_ascii_digit() || c == ',')
        && g.container_prefix(t).is_none()
        && article(words[0])
        && words[1].chars().next().is_some_and(char::is_uppercase)
}

/// Whether `raw`, the text of an imprint before its year, is a place and
/// the year after a space alone (`Nijmegen ` of `(Nijmegen 1983)`, `Paris `
/// of `Paris 1990`): no comma or colon before the year, which in `(Verso,
/// 2010)` follows a publisher, and no house's initials (`OUP `).
fn place_then_year(raw: &str, g: &Grammar) -> bool {
    let t = clean_field(raw);
    raw.ends_with(char::is_whitespace)
        && !raw.trim_end().ends_with([',', ':', ';'])
        && is_place(&t, g)
        && !house_initials(&t)
}

/// The number of an official paper written where an imprint stands (en
/// `Cm 3782`, `Cmnd. 6404`, `HL Paper 151`): a mark of
/// `signals.paper_numbers` (its final period optional), then a number of
/// up to five digits and nothing else.
fn paper_number<'t>(t: &'t str, g: &Grammar) -> Option<&'t str> {
    let t = t.trim();
    let (mark, number) = t.rsplit_once(' ')?;
    let mark = mark.trim().trim_end_matches('.');
    let digits = (1..=5).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
    (digits && g.paper_numbers.iter().any(|m| m == mark)).then_some(t)
}

/// Whether `t` is one word of two to six capitals, as a publishing house
/// is abbreviated in brackets before its year (`(OUP 2011)`, `(CUP 2009)`,
/// `(7th edn, OUP 2019)`, OSCOLA's imprint): no place is written so.
fn house_initials(t: &str) -> bool {
    (2..=6).contains(&t.chars().count()) && t.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether `t` reads as a book's imprint: `Place: Publisher` (`Chicago:
/// University of Chicago Press`, `서울: 나남`).
fn is_imprint(t: &str) -> bool {
    place_publisher(t).is_some()
        || t.split_once([':', '：'])
            .is_some_and(|(place, publ)| is_cjk_place(place) && !publ.trim().is_empty())
}

/// The length of a page range that opens `t` and ends a clause (`10–30.`,
/// `10-30,`, `10–30` at the end): two numbers of up to five digits joined
/// by a hyphen or a dash, the second not below the first when both are
/// written in full.
fn leading_page_range(t: &str) -> Option<usize> {
    let digits = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let a = digits(t);
    if !(1..=5).contains(&a) {
        return None;
    }
    let dash = t[a..]
        .chars()
        .next()
        .filter(|&c| matches!(c, '-' | '–' | '—'))?;
    let mut from = a + dash.len_utf8();
    // `10–` / `30.`: the range wraps its line after the dash.
    let wrapped = t[from..]
        .strip_prefix("\r\n")
        .or_else(|| t[from..].strip_prefix('\n'))
        .map(|rest| rest.trim_start_matches([' ', '\t']));
    if let Some(rest) = wrapped {
        from = t.len() - rest.len();
    }
    let b = digits(&t[from..]);
    if !(1..=5).contains(&b) {
        return None;
    }
    let end = from + b;
    if !t[end..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';'))
    {
        return None;
    }
    let (first, second) = (&t[..a], &t[from..end]);
    // `45–7` is written short; a range written in full must not fall
    // (`30-10` is no range of pages).
    if a == b && second < first {
        return None;
    }
    Some(end)
}

/// Where the title of a work without an author ends, when `s` opens with
/// it and its imprint follows, in brackets (`Report of the Indian Famine
/// Commission (London: HMSO, 1880), 35`) or as a sentence of its own
/// (`Report of the Indian Famine Commission. London: HMSO, 1880.`), with
/// an edition or a volume between them (`The Chicago Manual of Style, 17th
/// ed. (Chicago: …)`, `…. 17th ed. Chicago: …`). The title is one
/// sentence in headline case ([`headline_case`]) that opens with a
/// capital, whose first part holds a word in lowercase (`of` of `Report
/// of …`: no organisation's name such as `World Bank`) or, before an
/// imprint in brackets, three words or more, no date (there, none within
/// its first two words), and is no person's name, and whose other comma parts open with no capital
/// (`Ministry of the Interior, Annual Report (London: …)` names its
/// author first). A sentence after it other than
/// an edition or a volume makes the first the name of the work's author
/// (`Ministry of the Interior. Annual Report. London: …`): no such title.
fn title_first_work(s: &str, g: &Grammar) -> Option<usize> {
    if !s.starts_with(char::is_uppercase) || g.same_author_prefix(s).is_some() {
        return None;
    }
    // Where the imprint opens: a bracket that holds one, or a sentence.
    let bracket = s
        .match_indices(" (")
        .map(|(i, _)| i)
        .take(8)
        .find(|&i| paren_imprint(&s[i + 1..], g));
    let sentence = || {
        s.match_indices(". ").map(|(i, _)| i).take(8).find(|&i| {
            // The place is the next sentence's start (`Annual Report.
            // London: …` holds a sentence before it).
            let next = s[i + 1..].trim_start();
            let place = next.split(':').next().unwrap_or(next);
            !place.contains('.') && place_publisher_year(next, g)
        })
    };
    let imprint = bracket.or_else(sentence)?;
    let head = &s[..imprint];
    // The title ends at the first comma or period an edition or a volume
    // follows, else where the imprint opens.
    let cut = head
        .match_indices([',', '.'])
        .map(|(i, _)| i)
        .find(|&i| {
            let next = head[i + 1..].trim_start();
            // `17th ed.`, `2nd edn`: a number opens the edition here.
            head[i + 1..].starts_with(' ')
                && (next.starts_with(|c: char| c.is_ascii_digit())
                    && leading_edition(next, g).is_some_and(|(lead, _)| lead == 0)
                    || g.volume.find(next).is_some_and(|m| m.start == 0))
        })
        .unwrap_or(imprint);
    let title = &head[..cut];
    // One sentence, no brackets or quotation marks (those are read
    // elsewhere), and no sentence but an edition or a volume after it.
    let after_title = head[cut..].trim_start_matches([',', '.', ' ']);
    let rest_read = after_title.is_empty()
        || after_title.starts_with(|c: char| c.is_ascii_digit())
            && leading_edition(after_title, g).is_some()
        || g.volume.find(after_title).is_some_and(|m| m.start == 0);
    let first = title.split([',', '.']).next().unwrap_or(title).trim();
    // Before an imprint in brackets, a title of three capitalised words or
    // more that is no person's name is no author's either: a note names
    // its author before a comma and the title. A year may close it there
    // (`Famine Inquiry Report 1880 (Calcutta: …)`), after two words.
    let bracketed = bracket == Some(imprint);
    let words = || first.split_whitespace();
    let small_word = words().skip(1).any(|w| w.starts_with(char::is_lowercase));
    let dated = g.dates.first(first).is_some();
    let named = small_word || bracketed && words().count() >= 3;
    let undated = !dated
        || bracketed
            && !words()
                .take(2)
                .any(|w| w.contains(|c: char| c.is_ascii_digit()));
    let ok = rest_read
        && !title.contains(". ")
        && !title.contains(['(', ')', '"', '“', '”', '«', '„', ';'])
        && (2..=30).contains(&title.split_whitespace().count())
        && named
        && undated
        && title
            .split(", ")
            .skip(1)
            .all(|part| !part.starts_with(char::is_uppercase))
        && headline_case(title)
        && natural_person(first, g).is_none()
        && inverted_author_bounds(s, g).is_none();
    ok.then_some(cut)
}

/// Whether `title` is written in headline case, as English titles are:
/// its words in lowercase are short words of grammar (`of`, `the`, `and`,
/// `for`, `with`), every other word capitalised. Prose before a citation
/// (`The standard account remains Christopher Hill, …`) has longer words
/// in lowercase.
pub(crate) fn headline_case(title: &str) -> bool {
    title.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        !w.starts_with(char::is_lowercase) || w.chars().count() <= 4
    })
}

/// Where the title of a work without an author ends, when `s` opens with
/// it and the imprint of comma parts follows (`Recopilación de leyes de
/// los reynos de las Indias, Madrid, Julián de Paredes, 1681`, `Storia
/// d'Italia, Einaudi, Torino, 1972`, `Dictionnaire de droit, Paris,
/// 1840`), as Romance notes and lists write it: the first comma part has
/// three words or more, opens with a capital and holds a lowercase word of
/// four letters or more that is no particle (no name is written so); then
/// a place and a house, a house and a town of the grammars' places, or a
/// town of them alone, then the year.
fn title_before_comma_imprint(s: &str, g: &Grammar) -> Option<usize> {
    let first = s.find(", ").filter(|&c| c <= 300)?;
    let head = &s[..first];
    let words: Vec<&str> = head.split_whitespace().collect();
    let prose = words.iter().any(|w| {
        w.chars().count() >= 4
            && w.chars().all(char::is_lowercase)
            && !crate::syntax::name::is_particle(w, g)
            && !g.and_words.iter().any(|a| a == w)
    });
    if words.len() < 3
        || !head.starts_with(char::is_uppercase)
        || !prose
        || head.contains(['(', ':', '«', '“', '"'])
        || g.same_author_prefix(head).is_some()
        || g.contributor_prefix(head).is_some()
    {
        return None;
    }
    let mut parts = s[first + 2..].splitn(4, ", ");
    let (a, b) = (parts.next()?.trim(), parts.next()?.trim());
    let year_opens = |t: &str| {
        g.dates
            .first(&t[..crate::source::floor_char_boundary(t, 12)])
            .is_some_and(|d| d.start == 0)
    };
    let plain = |t: &str| !t.contains(|c: char| c.is_ascii_digit()) && !t.contains(['.', ':']);
    let imprint = if known_place(a, g) && year_opens(b) {
        true
    } else {
        let c = parts.next()?.trim();
        year_opens(c)
            && plain(a)
            && plain(b)
            && (is_place(a, g) && publisher_name(b, g) && !known_place(b, g)
                || known_place(b, g) && publisher_name(a, g))
    };
    imprint.then_some(first)
}

/// Where a list's first inverted name, ending at `end` in `s` (`Pop,
/// Liviu`), and the inverted names after it written the same way between
/// commas end (`Pop, Liviu, Popa, Ionuț-Florin, Vidu, Stelian Ioan, Tratat
/// elementar …`, as Romanian, Spanish and Italian lists write them): each
/// further pair is a family name of one or two capitalised words, then one
/// to three capitalised given names or initials (`Barasch, Eugen A.`),
/// neither a town of the grammars nor a publisher's word, and a title
/// (a capital or a quote) opens after the last pair. `end` when no pair
/// follows.
fn more_inverted_pairs(s: &str, end: usize, g: &Grammar) -> usize {
    let mut end = end;
    for _ in 0..8 {
        let Some(rest) = s.get(end..).and_then(|r| r.strip_prefix(", ")) else {
            break;
        };
        let Some(c1) = rest.find(", ") else { break };
        let Some(c2) = rest[c1 + 2..].find(", ").map(|c| c1 + 2 + c) else {
            break;
        };
        let (family, given) = (&rest[..c1], &rest[c1 + 2..c2]);
        let plain = |t: &str| {
            !known_place(t, g)
                && !t
                    .split_whitespace()
                    .any(|w| g.publisher_words.contains(&w.to_lowercase()))
        };
        let titled = rest[c2 + 2..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || title_open(c));
        let pair = (1..=2).contains(&family.split_whitespace().count())
            && family.split_whitespace().all(family_word)
            && capitalised_words(given, 3)
            && plain(family)
            && plain(given)
            && titled;
        if !pair {
            break;
        }
        end += 2 + c2;
    }
    end
}

/// Where a second inverted name ends in `next`, the text after a list's
/// first family name and its comma, when the given names of the first
/// (up to `c2`, the next comma) close with a joining word of the grammars'
/// `names.and` and the second family name (`Eduardo y FERNÁNDEZ,
/// Tomás-Ramón, Curso …`, as Spanish and Portuguese lists join two
/// authors): one to three capitalised given names, the joining word, a
/// family name of one to three words, then one to three capitalised given
/// names and a capitalised title after a comma. None when not so.
fn joined_inverted_pair(next: &str, c2: usize, g: &Grammar) -> Option<usize> {
    let part = &next[..c2];
    let words: Vec<&str> = part.split_whitespace().collect();
    let join = words.iter().position(|w| {
        *w == "&"
            || g.and_words
                .iter()
                .any(|a| a == w && a.chars().all(char::is_alphabetic))
    })?;
    let (given, family) = (&words[..join], &words[join + 1..]);
    // `de`, `del`, `da`: a particle inside the family name.
    let particle = |w: &str| w.chars().count() <= 3 && w.chars().all(char::is_lowercase);
    let ok = (1..=3).contains(&given.len())
        && (1..=3).contains(&family.len())
        && capitalised_words(&given.join(" "), 3)
        && family.first().is_some_and(|w| family_word(w))
        && family.iter().all(|w| family_word(w) || particle(w));
    if !ok {
        return None;
    }
    let rest = &next[c2 + 2..];
    let c3 = rest.find(", ")?;
    let titled = rest[c3 + 2..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || title_open(c));
    (capitalised_words(&rest[..c3], 3) && titled && !known_place(&rest[..c3], g))
        .then_some(c2 + 2 + c3)
}

/// A plain book title after an author-date head, then a town of the
/// grammars' places and a house between commas to the end (`Bienes
/// comunales, Madrid, Revista de Derecho Privado.`, `Il denaro e la
/// salvezza, Bologna, il Mulino.`), as Spanish and Italian author-date
/// lists write a book: where the title ends, the town and the house. No
/// quoted title, container word, digit or bracket in the house.
fn comma_town_house(rest: &str, g: &Grammar) -> Option<(usize, Range<usize>, Range<usize>)> {
    let body = rest.trim_end().trim_end_matches('.').trim_end();
    let c2 = body.rfind(", ")?;
    let c1 = body[..c2].rfind(", ")?;
    let (place, house) = (&body[c1 + 2..c2], &body[c2 + 2..]);
    let plain_house = house.split_whitespace().count() <= 8
        && !house
            .contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | '[' | ':' | ';' | '.'))
        && publisher_name(house, g)
        && !known_place(house, g);
    if !known_place(place, g) || !plain_house || body[..c1].trim().is_empty() {
        return None;
    }
    let head = &body[..c1];
    if find_title(head).is_some()
        || head
            .split(", ")
            .chain(head.split(". "))
            .any(|p| g.container_prefix(p.trim_start()).is_some())
    {
        return None;
    }
    Some((c1, c1 + 2..c2, c2 + 2..c2 + 2 + house.len()))
}

/// Whether `t` is a town of the grammars' `names.places` (`Bologna`,
/// `Madrid`), or towns of it joined by hyphens, as Italian imprints name
/// a house's two seats (`Roma-Bari`, `Milano-Napoli`).
pub(crate) fn known_place(t: &str, g: &Grammar) -> bool {
    let t = t.trim().trim_end_matches(['.', ',']).trim_end();
    !t.is_empty()
        && t.split('-')
            .all(|p| g.places.binary_search_by(|x| x.as_str().cmp(p)).is_ok())
}

/// Whether `t` may be a place of publication: one or two capitalised words
/// (`Paris`, `Bad Heilbrunn`) without digits or publisher words.
pub(crate) fn is_place(t: &str, g: &Grammar) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let town = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            && !g.publisher_words.contains(&w.to_lowercase())
    };
    ((1..=2).contains(&words.len()) && words.iter().all(town))
        || (words.first().is_some_and(town) && river_abbreviations(&words[1..]))
}

/// Whether `words`, after a town's name, are the abbreviations that tell
/// which town it is by its river or region (`a. M.` of `Frankfurt a. M.`,
/// `i. Br.` of `Freiburg i. Br.`, `a. d. S.`, `a.M.`): one to three words,
/// each pieces of one to three letters, each closed by a period (the last
/// perhaps not, as a field's end drops it: `Frankfurt a. M`).
fn river_abbreviations(words: &[&str]) -> bool {
    (1..=3).contains(&words.len())
        && words.iter().enumerate().all(|(i, w)| {
            let last = i + 1 == words.len();
            let body = w.strip_suffix('.').unwrap_or(if last { w } else { "" });
            !body.is_empty()
                && body.split('.').all(|p| {
                    (1..=3).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic)
                })
        })
        // A small word opens them (`a.`, `i.`, `an der`), as the town's
        // preposition is written.
        && words[0].starts_with(|c: char| c.is_lowercase())
}

/// `s` with the first bracket of its first 300 bytes written as the year
/// of the edition alone, when it holds the original year too (`([1970]
/// 1990)`, `(1867/1976)`, as UK Harvard and APA date a reprint or a
/// translation): `(1990)`, moved right and with spaces before it so that
/// every offset after the bracket stays where it was. `None` when there
/// is no such bracket.
fn edition_year_only(s: &str) -> Option<String> {
    let head = &s[..crate::source::floor_char_boundary(s, 300)];
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let inner = &head[open + 1..close];
    let year = |t: &str| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit());
    let (first, second) = match inner.strip_prefix('[') {
        Some(rest) => rest.split_once("] ")?,
        None => inner.split_once('/')?,
    };
    if !year(first) || !year(second) || second < first {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..open]);
    out.extend(std::iter::repeat_n(' ', close - open - 5));
    out.push('(');
    out.push_str(second);
    out.push_str(&s[close..]);
    Some(out)
}

/// Where `(1990) ` starts in `Ostrom, Elinor. (1990) 2015. Title`: after
/// a sentence end within the first 200 bytes, a bracketed year, the
/// edition's year and a period.
fn original_year_after_names(s: &str) -> Option<usize> {
    if !s.contains(") ") && !s.contains("] ") {
        return None;
    }
    let head = &s[..crate::source::floor_char_boundary(s, 200)];
    head.match_indices(". ").map(|(i, _)| i + 2).find(|&at| {
        crate::intext::original_then_edition(&s[at..])
            .is_some_and(|len| s[at + len..].starts_with(". "))
    })
}

/// References without title delimiters: APA (`Smith, J. (2020). Title.
/// Journal, 1(2), 3–4.`), Chicago author-date (`Smith, John. 2020. Title.`),
/// notes (`John Smith, Title of Book (Press, 2000), 45.`).
fn parse_undelimited(
    s: &str,
    order: NameOrder,
    out: &mut ParsedReference,
    used: &mut Used,
    g: &Grammar,
) {
    if order == NameOrder::Ditto && authorless(s, out, used, g) {
        return;
    }
    // `P. Kundur, Power System Stability and Control. New York, NY, USA:
    // McGraw-Hill, 1994.`: a list entry that opens with initials writes
    // its names in order (IEEE), whatever the list's other entries do.
    let order = if order == NameOrder::InvertedFirst {
        natural_if_initials_first(s, order)
    } else {
        order
    };
    // `Ostrom, Elinor. (1990) 2015. Governing the Commons.`: Chicago's
    // original year in brackets before the year of the edition the entry
    // lists; read as `Ostrom, Elinor. 2015. …`, the bracket kept as read.
    if let Some(at) = original_year_after_names(s) {
        let rest = blanked(s, &[(at, at + 7)]);
        parse_undelimited(&rest, order, out, used, g);
        used.add(at, at + 7);
        return;
    }
    if titled_paper(s, out, used, g) {
        return;
    }
    // `Soekanto, Soerjono, 1986, Pengantar Penelitian Hukum, Jakarta: UI
    // Press.`: the year after the names is the date, and the rest reads as
    // `Family, Given, Title, …` does.
    if order == NameOrder::InvertedFirst {
        if let Some((a, b, d)) = year_after_names(s, g) {
            let rest = blanked(s, &[(a, b)]);
            parse_undelimited(&rest, order, out, used, g);
            used.add(a, b);
            out.year_suffix = d.suffix;
            out.item.issued = Some(d.date);
            return;
        }
    }
    // `Nürnberger Polizeiordnungen aus dem XIII. bis XV. Jahrhundert, hg.
    // v. Joseph Baader, Stuttgart 1861.`: an editor's word after the first
    // comma part makes that part the title of a work without an author.
    if let Some(first) = s.find(", ").filter(|&c| c <= 300) {
        let head = &s[..first];
        if matches!(
            g.contributor_prefix(&s[first + 2..]),
            Some((Role::Editor, _))
        ) && head.split_whitespace().count() >= 2
            && natural_person(head, g).is_none()
            && g.same_author_prefix(head).is_none()
            && !year_sentence(head)
        {
            out.item.title = Some(clean_field(head));
            out.title = Some((0, first));
            out.title_is_book = true;
            used.add(0, first);
            let mut suffix = None;
            parse_after_title(s, first, true, &mut out.item, used, &mut suffix, g);
            out.year_suffix = suffix;
            return;
        }
    }
    // `Recopilación de leyes de los reynos de las Indias, Madrid, Julián de
    // Paredes, 1681`: a title with no author before its imprint.
    if let Some(first) = title_before_comma_imprint(s, g) {
        out.item.title = Some(clean_field(&s[..first]));
        out.title = Some((0, first));
        out.title_is_book = true;
        used.add(0, first);
        let mut suffix = None;
        parse_after_title(s, first, true, &mut out.item, used, &mut suffix, g);
        out.year_suffix = suffix;
        return;
    }
    // `Report of the Indian Famine Commission. London: HMSO, 1880.`, `The
    // Chicago Manual of Style, 17th ed. (Chicago: University of Chicago
    // Press, 2017)`: a work with no author, cited by its title (Chicago
    // 14.75), then its edition or volume, then its imprint.
    if let Some(cut) = title_first_work(s, g) {
        out.item.title = Some(clean_field(&s[..cut]));
        out.title = Some((0, cut));
        out.title_is_book = true;
        used.add(0, cut);
        let mut suffix = None;
        parse_after_title(s, cut, true, &mut out.item, used, &mut suffix, g);
        out.year_suffix = suffix;
        return;
    }
    // Chicago bibliography without italics: `Doe, Jane. Title. Place: Press, 2015.`
    // A note that opens with a family name in capitals and a comma, or with
    // an organisation in capitals and a period, is written so too (ABNT:
    // `SILVA, João da. Título. São Paulo: Editora, 2010. p. 45.`).
    let head = &s[..s.find([',', '.']).unwrap_or(s.len())];
    let capitals_first = crate::syntax::name::is_capitalised_family(head)
        || head.split_whitespace().count() <= 9
            && capitals_only(without_jurisdiction(head))
            && s[head.len()..].starts_with(". ");
    // `Topolski J., Metodologia historii, Warszawa 1984.`: names written
    // `Family I.` before a comma end at the first part that is none.
    // `Poel, J. van der, Titel (Plaats jaar).`: one name written `Family,
    // Initials particles` before a comma.
    let comma_initials = if order == NameOrder::InvertedFirst {
        family_comma_initials_list(s)
    } else {
        None
    };
    // `Reay, D., Crozier, G. and James, D. (2011) Title.` (UK Harvard):
    // names ending in an initial before a bracketed year are all the
    // authors, the last after an `and`; the year after them anchors the
    // entry.
    let bracketed_year_after_initials = || {
        g.dates.first(s).is_some_and(|d| {
            let before = s[..d.start].trim_end();
            s[d.end..].starts_with(')')
                && before
                    .strip_suffix('(')
                    .is_some_and(|names| ends_with_initial_period(names.trim_end()))
        })
    };
    let initials_head = if order == NameOrder::InvertedFirst {
        family_initials_head(s, g)
            .or(comma_initials.as_ref().map(|(_, end)| *end))
            .filter(|_| !bracketed_year_after_initials())
    } else {
        None
    };
    if initials_head.is_none()
        && (order == NameOrder::InvertedFirst || capitals_first)
        && chicago_bibliography(s, out, used, g)
    {
        return;
    }
    let mut dates = g.dates.find_all(s);
    if let Some(first) = dates.first_mut() {
        *first = given_name_month(s, first.clone(), g);
    }
    let item = &mut out.item;
    // APA / author-date: the first date in parentheses, or `. 2020.`
    // `Enrique Moradiellos, 1936. Los mitos de la Guerra Civil, Barcelona,
    // Península, 2004`: a year after the names' comma that a later imprint
    // year (`, 2004`) follows is the title's first word.
    let imprint_year_after = |at: usize| {
        dates
            .iter()
            .any(|d| d.start > at && s[..d.start].trim_end().ends_with(','))
    };
    let anchor = dates.iter().find(|d| {
        let before = s[..d.start].trim_end();
        let after = s[d.end..].trim_start();
        // `Smith, J. 2020. Title` — not a date that ends the reference
        // (`…, Paris, Minuit, 1979.`).
        // `Zeitschrift 95 (2004)`: a volume before the bracketed year makes
        // it a journal's year, not the date after the names.
        let volume = before
            .trim_end_matches('(')
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit());
        // `Andersson, Karin (red.) 2010. Titel`: the editors' role ends
        // the names.
        let role = before.ends_with(')') && closes_with_role(before, g);
        // `Putnam, Robert D. 2000, Bowling Alone. New York: …` (Chinese
        // journals' lists of works in Western languages): the first date,
        // a comma after it, right after one inverted name.
        // Not a journal's year (`Schoch, Friedrich: Amtshaftung, Jura
        // 2009, S. 12–20`): one comma before it, no colon, and no page
        // after it.
        let year_comma = after.starts_with(',')
            && dates.first().is_some_and(|f| f.start == d.start)
            && before.matches(',').count() == 1
            && !before.contains(':')
            && !before.ends_with([',', '('])
            && inverted_names_shape(before, order)
            && after[1..].trim_start().starts_with(char::is_uppercase)
            && after
                .get(1..)
                .map(str::trim_start)
                .and_then(|t| g.page.find(&t[..crate::source::floor_char_boundary(t, 24)]))
                .is_none_or(|m| m.start != 0)
            && !imprint_year_after(d.end);
        // `J. Kowalski, Historia Polski (1918). Zarys, Warszawa: PWN,
        // 1990`: a year in the title that the names open.
        let in_title =
            || year_in_title_after_name(before.trim_end_matches('(').trim_end(), after, g);
        year_comma
            || (before.ends_with('(') && after.starts_with(')') && !volume && !in_title())
            || ((before.ends_with('.')
                || before.ends_with(',') && !imprint_year_after(d.end)
                || role)
                && after.starts_with('.')
                && !after[1..].trim().is_empty())
    });
    if let Some(d) = anchor.filter(|_| initials_head.is_none()) {
        let before = s[..d.start].trim_end().trim_end_matches('(').trim_end();
        // `…, and Ren Ng. 2020.`: in names written in order the period
        // before the year closes the last family name, however short.
        let named = match before.strip_suffix('.') {
            Some(b) if natural_names_before_year(s) => b,
            _ => before,
        };
        let names = parse_names(named, order, g);
        // `Nowak, Jan (red.). 2004. Miasto i obywatele. Warszawa: PWN.`:
        // names with an editor's role edited the book that is the title.
        if closes_with_role(before, g) {
            out.title_is_book = true;
        }
        item.author = names.names;
        item.et_al = names.et_al;
        out.authors = Some((0, before.len()));
        out.year_suffix = d.suffix;
        item.issued = Some(d.date.clone());
        let mut after_start = d.end;
        let after = &s[after_start..];
        let skip = after.len() - after.trim_start_matches([')', '.', ',', ' ']).len();
        after_start += skip;
        used.add(0, after_start);
        let rest = &s[after_start..];
        // `Trần Văn Giàu (1973), Sự phát triển …, t. 1, Nxb. Khoa học Xã
        // hội, Hà Nội.`: after a comma, the title runs to the volume or
        // the publisher, and the rest is the imprint in any order.
        let after_date = s[d.end..].trim_start_matches([')', ' ']);
        // `Putnam, R. D. (2000) Bowling Alone, New York: Simon & Schuster.`
        // (Harvard and Japanese lists, no period after the year's bracket):
        // the title runs to the comma before the place and publisher that
        // close the entry.
        let bracketed = s[..d.start].trim_end().ends_with('(');
        // `OECD(2019), Education at a Glance 2019, Paris: OECD Publishing.`:
        // after a comma, the title also runs to a place and publisher that
        // close the entry.
        // A note's page after the imprint (`…, Paris: OECD Publishing, p.
        // 120`) is the page cited.
        let (rest, page) = match trailing_page(rest, g) {
            Some((cut, page)) if after_date.starts_with(',') => (&rest[..cut], Some(page)),
            _ => (rest, None),
        };
        let comma_title = if after_date.starts_with(',') {
            comma_title_before_imprint(rest, g)
                .or_else(|| comma_title_before_place_publisher(rest, g))
        } else if bracketed && !after_date.starts_with(['.', ':']) {
            comma_title_before_place_publisher(rest, g)
        } else {
            None
        };
        if let Some(title_end) = comma_title {
            let title = clean_field(&rest[..title_end]);
            if !title.is_empty() {
                item.title = Some(title);
                out.title = Some((after_start, after_start + title_end));
                let imprint = rest[title_end..].trim_start_matches([',', ' ']);
                set_publisher(item, imprint.trim_end_matches(['.', ',', ' ']), g);
                if page.is_some() {
                    item.page = page;
                }
                out.title_is_book = true;
                used.add(after_start, s.len());
                return;
            }
        }
        // Title: up to the first sentence end.
        let (title_end, next) = sentence_bounds(rest).unwrap_or((rest.len(), rest.len()));
        // `Rodden, Jonathan (2006) Hamilton's Paradox, Cambridge University
        // Press.`: a sentence that ends the entry, its last comma part a
        // house's name, is a book's title and its publisher.
        if let Some(cut) = rest[next..]
            .trim()
            .is_empty()
            .then(|| house_after_comma(&rest[..title_end], g))
            .flatten()
        {
            let title = clean_field(&rest[..cut]);
            item.title = Some(title);
            out.title = Some((after_start, after_start + cut));
            set_publisher(
                item,
                rest[cut + 2..title_end].trim_end_matches(['.', ' ']),
                g,
            );
            out.title_is_book = true;
            used.add(after_start, s.len());
            return;
        }
        let title = clean_field(&rest[..title_end]);
        if !title.is_empty() {
            item.title = Some(title);
            out.title = Some((after_start, after_start + title_end));
            used.add(after_start, after_start + next);
        }
        // `Title. 2nd ed. London: Verso.`: the edition before the imprint.
        let rest2_start = edition_at(s, after_start + next, item, used, g);
        // `Title. Available at: https://… (Accessed: …)`: a link and the
        // words leading to it are no imprint.
        let rest2 = link_free_and_lead_in(&s[rest2_start..]);
        // `Cambridge, MA: MIT Press.`, `Sioux Falls, SD: USGS.`: all that is
        // left is a book's imprint, its place holding a comma.
        if let Some((_, publ)) = place_publisher(rest2) {
            let after = rest2[publ.end..].trim_matches(|c: char| c.is_whitespace() || c == '.');
            if after.is_empty() && !rest2.contains(|c: char| c.is_ascii_digit()) {
                set_publisher(item, rest2, g);
                used.add(rest2_start, s.len());
                out.title_is_book = true;
                return;
            }
        }
        // ACM's `Journal 42, 2 (2016), 103–119.` and the proceedings
        // of ACM, ACL and NeurIPS lists after `In`.
        if let Some(end) = acm_journal_tail(rest2, item) {
            used.add(rest2_start, rest2_start + end);
            return;
        }
        // `In Handbook of Labor Economics, Vol. 3A, ed. by O. Ashenfelter
        // and D. Card. Amsterdam: Elsevier, 1801–1863.`: a book with its
        // editors named after a comma is a chapter's.
        if editors_after_in(rest2, g) {
            // `Amsterdam: Elsevier, 1801–1863.`: the pages after the
            // publisher, as Econometrica writes them.
            let body = rest2.trim_end().trim_end_matches('.');
            let pages = body
                .rfind(", ")
                .and_then(|c| match imprint_part(&body[c + 2..]) {
                    ImprintPart::Page(p)
                        if body[c + 2..]
                            .trim()
                            .starts_with(|c: char| c.is_ascii_digit()) =>
                    {
                        Some((c, p))
                    }
                    _ => None,
                });
            let book_text = pages.as_ref().map_or(rest2, |(c, _)| &body[..*c]);
            if let Some(mut book) = contribution_in_book(book_text, g) {
                if book.page.is_none() {
                    book.page = pages.map(|(_, p)| p);
                }
                // `…, edited by Orley Ashenfelter and David Card, volume
                // 3A, pages 1463–1555. Elsevier, Amsterdam.` (natbib): the
                // volume, pages and imprint after the editors are read as
                // a proceedings' are.
                let mut tail = CslItem::default();
                if book.page.is_none()
                    && proceedings_tail(rest2, &mut tail, g).is_some()
                    && tail.page.is_some()
                {
                    book.volume = tail.volume.or(book.volume);
                    book.page = tail.page;
                    book.publisher = tail.publisher;
                    book.publisher_place = tail.publisher_place;
                }
                chapter_fields(item, book);
                used.add(rest2_start, s.len());
                return;
            }
        }
        if let Some(end) = proceedings_tail(rest2, item, g) {
            used.add(rest2_start, rest2_start + end);
            return;
        }
        // Container: up to the first comma or volume.
        let mut cut = rest2.find([',', '(']).unwrap_or(rest2.len());
        if let Some(m) = g.volume.find(rest2) {
            cut = cut.min(m.start);
        }
        if let Some(p) = rest2.find(|c: char| c.is_ascii_digit()) {
            cut = cut.min(p);
        }
        let cont = clean_field(&rest2[..cut]);
        if !cont.is_empty() && cont.chars().count() < 150 && !cont.starts_with("http") {
            if rest2[cut..]
                .trim_start()
                .starts_with(|c: char| c == ',' || c.is_ascii_digit())
                && s[rest2_start..].contains(|c: char| c.is_ascii_digit())
            {
                item.container_title = Some(cont.clone());
            } else {
                set_imprint(item, &cont, false, g);
                // `신광영(2013). 한국 사회 불평등 연구. 서울: 후마니타스.`: a
                // title, then a place and a publisher alone, is a book's.
                out.title_is_book |= cut == rest2.len()
                    && item.publisher_place.is_some()
                    && item.publisher.is_some();
            }
            used.add(rest2_start, rest2_start + cut);
        }
        return;
    }
    // German style: `Müller, Hans: Archiv und Staat, Berlin: Verlag 1998.`
    if let Some(colon) = s
        .find(": ")
        .filter(|&c| c <= 100 && initials_head.is_none())
    {
        let author = &s[..colon];
        // `Müller, Hans (Hrsg.): Titel`: the names without their role.
        let bare = crate::syntax::name::strip_roles(author, g);
        // `TANDETER, Enrique y WACHTEL, Nathan:`: an `and` word between
        // two inverted names stands for the comma of a list.
        let listed = inverted_names_joined(bare, g);
        let inverted = bare.contains(',')
            && bare.split_whitespace().count() <= 8
            && !bare.contains('(')
            && inverted_names_shape(&listed, order)
            && !title_after_inverted_name(&listed, g);
        // `——: Los Austrias, …`: a ditto mark for the author before.
        let ditto = crate::segment::ditto_prefix(s).is_some_and(|n| n >= colon);
        if inverted || ditto || lone_family_before_colon(bare, &s[colon + 2..]) {
            let names = if ditto {
                crate::syntax::name::Names {
                    names: vec![crate::model::CslName {
                        literal: Some(author.trim().to_string()),
                        ..Default::default()
                    }],
                    et_al: false,
                }
            } else {
                parse_names(author, order, g)
            };
            let rest_start = colon + 2;
            let rest = &s[rest_start..];
            // `im 18. Jahrhundert`: an ordinal's period ends no title.
            let stop = rest
                .match_indices(". ")
                .map(|(i, _)| i)
                .find(|&i| !ordinal_after_word(&rest[..i]) || imprint_next(&rest[i + 1..]));
            let mut cut = [rest.find(", "), stop, bracket_after_title(rest)]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(rest.len());
            // `GARAVAGLIA, Juan Carlos: Economía, sociedad y regiones,
            // Buenos Aires, De la Flor, 1987` (Spanish and Latin-American
            // notes): the imprint follows with commas, so a title runs on
            // across its own commas to a real end.
            // `Schmidt, Karl: Staat, Recht, Macht, München 2021`: so does a
            // German title before a town of the grammars and a year.
            let german = || {
                rest[cut..]
                    .match_indices(", ")
                    .any(|(i, _)| listed_place_year(&rest[cut + i + 2..], g))
            };
            if rest[cut..].starts_with(", ")
                && (rest[cut + 2..].starts_with(char::is_lowercase) || german())
            {
                if let Some(end) = title_across_commas(rest, cut, g) {
                    cut = end;
                }
            }
            // `Titel. Untertitel, Ort: Verlag Jahr`: a subtitle of two words
            // or more before the place belongs to the title.
            if rest[cut..].starts_with(". ") {
                let sub = &rest[cut + 2..];
                // `German Home Towns. Community, State, and General Estate
                // 1648–1871, Ithaca 1971.`: a subtitle with commas runs to
                // the `Place Year` that ends the entry.
                let imprint = imprint_at_end(sub).map(|m| m.start()).filter(|&c| {
                    let subtitle = &sub[..c];
                    subtitle.split_whitespace().count() >= 2
                        && !subtitle.contains(": ")
                        && g.volume.find(subtitle).is_none()
                        // `Kommentar, 15. Aufl., München 2018`: an
                        // edition statement ends the title.
                        && !subtitle
                            .split(", ")
                            .any(|p| edition::statement(p.trim(), g).is_some())
                });
                let comma = imprint.or_else(|| sub.find(", "));
                if let Some(comma) = comma {
                    let words = sub[..comma].split_whitespace().count();
                    let after = &sub[comma + 2..];
                    if words >= 2
                        && !sub[..comma].contains(": ")
                        && (after.contains(": ") || g.dates.first(after).is_some())
                    {
                        cut += 2 + comma;
                    }
                }
                // `Otsikko. Alaotsikko. Paikka: Kustantaja Vuosi` (Finnish):
                // a subtitle of two words or more, a period, then the
                // imprint, belongs to the title.
                if rest[cut..].starts_with(". ") {
                    if let Some(stop) = sub.find(". ").filter(|&p| comma.is_none_or(|c| p < c)) {
                        let words = sub[..stop].split_whitespace().count();
                        let after = &sub[stop + 2..];
                        if words >= 2
                            && !sub[..stop].contains(": ")
                            && place_publisher(after).is_some()
                            && g.dates.first(after).is_some()
                        {
                            cut += 2 + stop;
                        }
                    }
                }
            }
            let title = clean_field(&rest[..cut]);
            if !names.names.is_empty() && !title.is_empty() {
                item.author = names.names;
                item.et_al = names.et_al;
                out.authors = Some((0, colon));
                item.title = Some(title);
                out.title = Some((rest_start, rest_start + cut));
                out.title_is_book = true;
                used.add(0, rest_start + cut);
                let mut suffix = None;
                parse_after_title(s, rest_start + cut, true, item, used, &mut suffix, g);
                out.year_suffix = suffix;
                return;
            }
        }
    }
    // Notes without delimiters: `Author, Title (Place: Publisher, Year), pages.`
    let Some(mut comma) = initials_head.or_else(|| s.find(", ")) else {
        return;
    };
    // `JULIÁ, Santos, Historias…`, `Eco, Umberto, Il nome…`: an inverted
    // entry's given names are the next comma part.
    let mut inverted_pairs = false;
    // `Larenz, Karl/Canaris, Claus-Wilhelm, Lehrbuch …`: inverted names
    // joined by slashes.
    let slashed = initials_head.is_none() && family_words(&s[..comma], g) <= 3 && {
        let end = slashed_inverted_end(s, comma, g);
        let found = end > comma;
        comma = end;
        found
    };
    if order == NameOrder::InvertedFirst
        && !slashed
        && initials_head.is_none()
        && family_words(&s[..comma], g) <= 3
    {
        let next = &s[comma + 2..];
        if let Some(c2) = next.find(", ") {
            // `VINYES, Ricard (ed.), El Estado…`: the role is no given name,
            // nor is the et-al word of `Sörlin, Sverker m.fl., Miljöhistoria`.
            let bare = crate::syntax::name::strip_roles(&next[..c2], g);
            let lower = bare.to_lowercase();
            let bare = g
                .et_al
                .iter()
                .find_map(|w| {
                    let cut = lower.strip_suffix(w.as_str())?;
                    cut.ends_with(' ').then(|| bare.get(..cut.len())).flatten()
                })
                .map_or(bare, str::trim_end);
            // The title may open with a number (`1936. Los mitos…`).
            // A title noun (`Müller, Verwaltungsrecht, Tübingen 2019`) is
            // no given name, nor is a part that only an imprint follows
            // (`Schmidt, Staat, Tübingen: Mohr 2019`): German lists and
            // notes write `Family, Title, Place Year`, and an entry has
            // a title.
            if capitalised_words(bare, 3)
                && !bare.split_whitespace().any(|w| title_noun(w, g))
                && !imprint_only(&next[c2 + 2..], g)
                && next[c2 + 2..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            {
                comma += 2 + c2;
                let pairs_end = more_inverted_pairs(s, comma, g);
                inverted_pairs = pairs_end > comma;
                comma = pairs_end;
            } else if let Some(end) = joined_inverted_pair(next, c2, g) {
                // `GARCÍA DE ENTERRÍA, Eduardo y FERNÁNDEZ, Tomás-Ramón,
                // Curso …`: two inverted names joined by a word.
                comma += 2 + end;
                inverted_pairs = true;
            } else if caseless_inverted_name(&s[..comma], bare, g) {
                // `الجابري، محمد عابد، بنية العقل العربي`: in a script
                // without capitals, a family name of one word (or a
                // particle and a word: `ابن خلدون`) and given names of one
                // to three words before the title.
                comma += 2 + c2;
            }
        }
    }
    // `Williams, George and David Hume, Human Rights …`: the first name
    // inverted, the second written in order after a joining word.
    let inverted_then_joined = initials_head.is_none() && !inverted_pairs && !slashed && {
        let end = inverted_then_joined_end(s, comma, g);
        let end = if end > comma {
            end
        } else {
            natural_names_after_inverted_end(s, comma, g)
        };
        let found = end > comma;
        comma = end;
        found
    };
    if order != NameOrder::InvertedFirst && !inverted_then_joined && !slashed {
        comma = names_list_end(s, comma, g);
    }
    let author = &s[..comma];
    // `dies., Titel, …`: a word for the authors of the citation before,
    // filled in when the notes are read in order.
    let same_author = g
        .same_author_prefix(author)
        .is_some_and(|n| author[n..].trim().is_empty());
    // `de Sadeleer N., Les principes…`: a particle may open the family
    // name of a list's entry.
    let particle_first = initials_head.is_some()
        && author
            .split_whitespace()
            .next()
            .is_some_and(|w| crate::syntax::name::is_particle(w, g));
    if author.chars().count() > 80
        || !same_author
            && !particle_first
            && !author
                .chars()
                .next()
                .is_some_and(|c| crate::text::opens_name(c) || crate::segment::is_cjk(c))
    {
        return;
    }
    let names = if same_author {
        crate::syntax::name::Names {
            names: vec![crate::model::CslName {
                literal: Some(author.trim().to_string()),
                ..Default::default()
            }],
            et_al: false,
        }
    } else if inverted_pairs {
        // `Pop, Liviu, Popa, Ionuț-Florin`: each two parts are one name;
        // so in `GARCÍA DE ENTERRÍA, Eduardo y FERNÁNDEZ, Tomás-Ramón`,
        // whose joining word stands for a comma.
        let listed = inverted_names_joined(author, g);
        let parts: Vec<&str> = listed.split(", ").collect();
        crate::syntax::name::Names {
            names: parts
                .chunks(2)
                .map(|pair| crate::model::CslName {
                    family: pair.first().map(|f| f.trim().to_string()),
                    given: pair.get(1).map(|g| g.trim().to_string()),
                    ..Default::default()
                })
                .collect(),
            et_al: false,
        }
    } else if let Some((names, _)) = comma_initials.filter(|(_, end)| *end == comma) {
        crate::syntax::name::Names {
            names,
            et_al: false,
        }
    } else if initials_head.is_some() {
        // Each `Family I.` part is one name; two joined by an `and` word
        // (`Gollier C. et de Sadeleer N.`) are two.
        let mut all = crate::syntax::name::Names::default();
        for part in author.split(", ") {
            if let Some((a, b)) = joined_family_initials_split(part, g) {
                all.names
                    .extend([family_initials_name(a), family_initials_name(b)]);
                continue;
            }
            let n = parse_names(part, order, g);
            all.names.extend(n.names);
            all.et_al |= n.et_al;
        }
        all
    } else if inverted_then_joined || slashed {
        parse_names(author, NameOrder::InvertedFirst, g)
    } else {
        parse_names(author, natural_if_initials_first(author, order), g)
    };
    if names.names.is_empty() {
        return;
    }
    let rest_start = comma + 2;
    let rest = &s[rest_start..];
    // `Reform (1836-1856), Eren Yayıncılık, İstanbul 1993`: the years a
    // title is about, in brackets, are part of it, not its imprint; so
    // are they, and a year alone, before a subtitle when the entry's own
    // date follows (`Dzieło Sejmu Czteroletniego (1788–1792). Studium
    // historyczno-prawne, Wrocław 1951`).
    let mut from = 0;
    while let Some(p) = rest[from..].find(" (").map(|p| from + p) {
        let years = span_of_years(&rest[p + 1..]);
        let before_subtitle = years
            .or_else(|| bracketed_year(&rest[p + 1..]))
            .filter(|&len| {
                rest[p + 1 + len..].strip_prefix(". ").is_some_and(|sub| {
                    sub.starts_with(char::is_uppercase) && g.dates.first(sub).is_some()
                })
            });
        // `Review of the Racial Discrimination Act 1975 (Cth) (Report
        // No 126, 2015)`: a statute's jurisdiction is part of the title.
        let part_of_title = years
            .filter(|&len| rest[p + 1 + len..].starts_with(", "))
            .or(before_subtitle)
            .or_else(|| statute_jurisdiction(&rest[..p], &rest[p + 1..]));
        match part_of_title {
            Some(len) => from = p + 1 + len,
            None => break,
        }
    }
    let mut cut = rest[from..].find(" (").map_or(rest.len(), |p| from + p);
    if let Some(p) = rest[from..].find(", ") {
        cut = cut.min(from + p);
    }
    // `Verzuiling, kapitalisme en patriarchaat. Aspecten … (Nijmegen 1983)`:
    // a title runs to its imprint `(Place Year)`, commas and all, when no
    // contributor or volume word stands before it. (A line may break
    // before the bracket.)
    if let Some(p) = [" (", "\n("].iter().filter_map(|b| rest.find(b)).min() {
        let title = &rest[..p];
        let plain = !title.contains(['(', '“', '‘', '"', '«', '„'])
            && !title
                .match_indices(", ")
                .any(|(i, _)| g.contributor_prefix(&title[i + 2..]).is_some())
            && g.volume.find(title).is_none()
            && g.issue.find(title).is_none()
            && g.page.find(title).is_none();
        if plain && place_year_imprint(&rest[p + 1..]) {
            cut = p;
        }
    }
    // IEEE books: `Title: Subtitle. Berlin, Germany: Springer, 2020.` — the
    // title ends at the sentence that a `Place: Publisher` follows.
    if let Some(stop) = rest.match_indices(". ").map(|(i, _)| i).find(|&i| {
        let next = &rest[i + 2..];
        // A place is a few words without digits (not a subtitle with dates),
        // within the next 80 bytes: each sentence end looks no further, so
        // an item of many sentences is read in linear time.
        let head = &next[..crate::source::floor_char_boundary(next, 80)];
        let place_words = head.split(':').next().unwrap_or("");
        // The publisher a name without digits (not the rest of a subtitle
        // after its colon: `Ελλάς. Η σύγχρονη συνέχεια: από το 1821 μέχρι
        // σήμερα, Αθήνα: Καστανιώτης`).
        let publisher = || {
            place_publisher(next).is_some_and(|(_, publ)| {
                let p = next[publ].trim();
                publisher_name(p, g) && !p.contains(|c: char| c.is_ascii_digit())
            })
        };
        // `New York, NY, USA`, `Upper Saddle River, NJ, USA`: up to five
        // capitalised words when commas part the town from its state and
        // country, as IEEE writes them.
        let words = place_words.split_whitespace().count();
        let parts = words <= 5
            && place_words.contains(", ")
            && place_words
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        // Names written `Family I.` (`Kowalski J., Historia Polski
        // 1795–1918. Zarys, Warszawa: PWN, 1990`) come with a place of one
        // part: a comma before it ends a subtitle.
        let one_part = initials_head.is_none() || !place_words.contains(',');
        i > 0
            && (words <= 3 || parts)
            && one_part
            && !place_words.contains(|c: char| c.is_ascii_digit())
            && publisher()
    }) {
        // Not past the editors or translators that follow a title
        // (`Titel, hg. v. Anna Roth, Tübingen: Mohr 1980`), nor past its
        // edition (`Titel, 2., überarb. Aufl., Tübingen: Mohr 1980`).
        let names_roles = rest[..stop].match_indices(", ").any(|(i, _)| {
            let next = &rest[i + 2..];
            g.contributor_prefix(next).is_some() || edition::statement(next, g).is_some()
        });
        if rest[..stop].find(" (").is_none() && !names_roles {
            cut = stop;
        }
    }
    // `State Corporatism and Proto-Industry. The Württemberg Black Forest,
    // 1580–1797, Cambridge 1997`: the years a title is about, after a
    // comma, are part of it when more follows them.
    if let Some(after) = rest[cut..].strip_prefix(", ") {
        let span = after
            .find(", ")
            .filter(|&e| year_span(&after[..e]).is_some());
        if let Some(e) = span {
            cut += 2 + e;
        }
    }
    // `Reform, Devrim ve Cumhuriyet: …, çev. Mehmet Harmancı`, `War, Peace,
    // and Memory (Chicago: …)`: a title without delimiters runs on across
    // its commas to a real end.
    if rest[cut..].starts_with([',']) {
        if let Some(end) = title_across_commas(rest, cut, g) {
            cut = end;
        }
    }
    let title = clean_field(&rest[..cut]);
    if title.is_empty()
        || title
            .chars()
            .all(|c| c.is_ascii_digit() || !c.is_alphanumeric())
    {
        return;
    }
    item.author = names.names;
    item.et_al = names.et_al;
    out.authors = Some((0, comma));
    item.title = Some(title);
    out.title = Some((rest_start, rest_start + cut));
    out.title_is_book = true;
    used.add(0, rest_start + cut);
    let mut suffix = None;
    parse_after_title(s, rest_start + cut, true, item, used, &mut suffix, g);
    out.year_suffix = suffix;
}

/// Where inverted names joined by slashes end, the first family name
/// ending at `comma` (`Larenz, Karl/Canaris, Claus-Wilhelm, Lehrbuch …`,
/// `Maunz, Theodor/Dürig, Günter (Begr.), Grundgesetz …`, as German lists
/// write them): each comma part after it is a given name glued by `/` to
/// the next family name, the last a given name alone (a role after it
/// allowed), capitalised words each, no title noun, and a part opening
/// with a capital or a digit follows. `comma` when there are none.
fn slashed_inverted_end(s: &str, comma: usize, g: &Grammar) -> usize {
    let words =
        |t: &str| capitalised_words(t, 3) && !t.split_whitespace().any(|w| title_noun(w, g));
    let mut end = comma;
    let mut found = comma;
    for _ in 0..6 {
        let Some(next) = s.get(end + 2..) else {
            break;
        };
        let Some(c2) = next.find(", ") else {
            break;
        };
        let Some((given, family)) = next[..c2].split_once('/') else {
            break;
        };
        let after = &next[c2 + 2..];
        let Some(c3) = after.find(", ") else {
            break;
        };
        let last = crate::syntax::name::strip_roles(&after[..c3], g);
        let opens = after[c3 + 2..]
            .trim_start()
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if !(words(given) && words(family) && opens) {
            break;
        }
        end += 2 + c2;
        // `Canaris, Claus-Wilhelm`: the given name of the name after the
        // slash, or another given name glued to a family name.
        if words(last) {
            found = end + 2 + c3;
        }
        if !last.contains('/') {
            break;
        }
    }
    found
}

/// `names` with each `and` word of the grammars that stands between two
/// inverted names (`TANDETER, Enrique y WACHTEL, Nathan`) written as the
/// comma of a list (`TANDETER, Enrique, WACHTEL, Nathan`), so that the
/// names' shape and count read as a list's. Only an `and` word after a
/// comma part and before a capitalised word counts.
fn inverted_names_joined<'s>(names: &'s str, g: &Grammar) -> std::borrow::Cow<'s, str> {
    if !names.contains(',') {
        return std::borrow::Cow::Borrowed(names);
    }
    let mut out = String::with_capacity(names.len());
    let mut changed = false;
    let words: Vec<&str> = names.split(' ').collect();
    let mut after_comma = false;
    for (i, w) in words.iter().enumerate() {
        let between = after_comma
            && g.and_words.iter().any(|a| a == w && a != "&")
            && words
                .get(i + 1)
                .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase))
            // The next name is inverted too: its family name ends at a
            // comma (`WACHTEL, Nathan`, `DE LA FUENTE, Ana`), not `Palais,
            // James B., Confucian Statecraft and Korean Institutions: …`.
            && words[i + 1..]
                .iter()
                .take(3)
                .position(|n| n.ends_with(','))
                .is_some_and(|p| words[i + 1..=i + 1 + p].iter().all(|n| !n.chars().any(char::is_lowercase)) || p == 0);
        if between {
            out.truncate(out.trim_end().len());
            out.push_str(", ");
            changed = true;
            continue;
        }
        if i > 0 && !out.ends_with(", ") {
            out.push(' ');
        }
        out.push_str(w);
        after_comma |= w.ends_with(',');
    }
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(names)
    }
}

/// Whether the last comma part of `names`, written `Family, Given, Part`,
/// is a third part of one name rather than a name: an odd count of parts
/// (`Rahardjo, Satjipto, Hukum Progresif` before `: Sebuah Sintesa…`),
/// with no `/`, `;` or `&` between names and no `and` word opening the
/// last. Inverted names come in pairs (`Müller, Hans, Roth, Eva: Titel`).
fn title_after_inverted_name(names: &str, g: &Grammar) -> bool {
    let parts: Vec<&str> = names.split(',').collect();
    let last = parts.last().map_or("", |p| p.trim());
    let first_word = last.split_whitespace().next().unwrap_or("").to_lowercase();
    parts.len() >= 3
        && parts.len() % 2 == 1
        && !names.contains(['/', ';', '&'])
        && !g.and_words.contains(&first_word)
}

/// The end of a URL that ends at `end` in `s`, carried on over line
/// breaks after a slash (`https://www.mkri.id/public/` / `content/a.pdf`):
/// each next line's first word, when it has a `/` or a `.` inside, no
/// `://`, and opens with a letter or digit. After a hyphen (`…/open-data-`
/// / `policy-review.pdf`, the break also read as a space) the next word
/// goes on when it is all URL characters. After the `?` or `&` of a
/// query (`view.do?` / `boardID=294&boardSeq=83650`) the next word goes on
/// when it has a `=`. Its final period or comma is no part of it. `end`
/// itself when the URL does not go on.
pub(crate) fn url_continued(s: &str, end: usize) -> usize {
    let mut end = end;
    while let Some(last) = s
        .get(..end)
        .and_then(|u| u.chars().next_back())
        .filter(|c| matches!(c, '/' | '?' | '&' | '-'))
    {
        // The next line may be indented (a hanging indent); after a
        // hyphen, the line break may have become a space (an entry's
        // lines joined).
        let Some(rest) = s.get(end..).and_then(|r| {
            r.strip_prefix('\n')
                .or_else(|| r.strip_prefix(' ').filter(|_| last == '-'))
        }) else {
            break;
        };
        let indent = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let rest = &rest[indent..];
        let word = rest.split(char::is_whitespace).next().unwrap_or("");
        let word = word.trim_end_matches(['.', ',', ';', ')', '>']);
        let inner = word.get(..word.len().saturating_sub(1)).unwrap_or("");
        let goes_on = match last {
            '/' => inner.contains(['/', '.']),
            // `…/open-data-` / `policy-review.pdf`: a URL ends in no
            // hyphen, so the next word of URL characters goes on.
            '-' => word.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || matches!(
                        c,
                        '-' | '.' | '_' | '~' | '/' | '?' | '#' | '=' | '&' | '%' | '+'
                    )
            }),
            _ => inner.contains('='),
        };
        if word.is_empty()
            || word.contains("://")
            || !word.starts_with(|c: char| c.is_ascii_alphanumeric())
            || !goes_on
        {
            break;
        }
        end += 1 + indent + word.len();
    }
    end
}

/// The line breaks inside URLs broken right after their scheme, as a PDF's
/// text puts them at a line's end: `https:` / `//doi.org/10.1145/…` or
/// `https://` / `doi.org/…`. The break (a line break or a space, with the
/// next line's indent) is one only where the next line starts with the
/// rest of a URL: `//` and a host after a bare scheme, a host with a dot
/// (`doi.org`, `openreview.net/forum`) after `://`. A scheme at the end of
/// a sentence, with words after it, is left alone.
fn url_scheme_breaks(s: &str) -> Vec<(usize, usize)> {
    let mut cuts = Vec::new();
    // Cheap precheck: no scheme, no break.
    if !s.contains("http") {
        return cuts;
    }
    let mut from = 0;
    while let Some(i) = s.get(from..).and_then(|t| t.find("http")) {
        let at = from + i;
        from = at + 4;
        let Some(rest) = s.get(at + 4..) else {
            break;
        };
        let rest = rest.strip_prefix('s').unwrap_or(rest);
        let Some(after) = rest.strip_prefix(':') else {
            continue;
        };
        let slashes = after.starts_with("//");
        let after = if slashes { &after[2..] } else { after };
        let gap = after.len() - after.trim_start().len();
        let space = &after[..gap];
        if gap == 0 || space.matches('\n').count() > 1 {
            continue;
        }
        let next = after[gap..].split(char::is_whitespace).next().unwrap_or("");
        let host_of = |w: &str| {
            let host = w.split(['/', '?', '#']).next().unwrap_or("");
            host.contains('.')
                && !host.ends_with('.')
                && host.starts_with(|c: char| c.is_ascii_alphanumeric())
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
        };
        let rest_of_url = if slashes {
            host_of(next.trim_end_matches(['.', ',', ';']))
        } else {
            next.strip_prefix("//")
                .is_some_and(|w| host_of(w.trim_end_matches(['.', ',', ';'])))
        };
        if rest_of_url {
            let start = s.len() - after.len();
            cuts.push((start, start + gap));
            from = start + gap;
        }
    }
    cuts
}

/// The journal of an ISO 690 article at the start of `rest` (what follows
/// its title): `. Hospodářské dějiny. 2016, roč. 31, …` — a sentence of
/// no more than 150 characters without a colon (`Praha: Academia` is an
/// imprint), then a date and, after a comma, a volume, issue or page
/// word. Returns where the name ends in `rest`, where the date ends, and
/// the date.
fn journal_sentence(
    rest: &str,
    g: &Grammar,
) -> Option<(usize, usize, crate::syntax::date::DateMatch)> {
    let head = rest.trim_start_matches([' ', '.', '\n']);
    let start = rest.len() - head.len();
    if !head.starts_with(char::is_uppercase) {
        return None;
    }
    let (end, next) = sentence_bounds(head)?;
    let name = &head[..end];
    if name.contains(':') || name.chars().count() > 150 || g.dates.first(name).is_some() {
        return None;
    }
    let after = &head[next..];
    let lead = after.len() - after.trim_start().len();
    let d = g.dates.first(&after[lead..]).filter(|d| d.start == 0)?;
    let tail = &after[lead + d.end..];
    let tail = tail.strip_prefix(',')?.trim_start();
    let numbered = [&g.volume, &g.issue, &g.page]
        .iter()
        .any(|lex| lex.find(tail).is_some_and(|m| m.start == 0));
    numbered.then_some((start + end, start + next + lead + d.end, d))
}

/// `Jansen, Jan. 2008.`, `Novák, Jan, 1999.`: a month's name (`Jan.` is
/// January in English lists, `May` a month too) right after a family name
/// and its comma at the start of a reference, a period or comma parting it
/// from the year, is the given name (Dutch, Czech, Polish, Scandinavian
/// `Jan`): the date `d` is then the year alone. A month in the middle of a
/// reference, or written before its year without a stop, stays a month.
fn given_name_month(
    s: &str,
    d: crate::syntax::date::DateMatch,
    g: &Grammar,
) -> crate::syntax::date::DateMatch {
    let Some(raw) = s.get(d.start..d.end) else {
        return d;
    };
    if d.date.month().is_none() || !raw.starts_with(char::is_uppercase) {
        return d;
    }
    let Some(family) = s
        .get(..d.start)
        .and_then(|h| h.trim_end().strip_suffix(','))
    else {
        return d;
    };
    let words = family.split_whitespace().count();
    let family_like = (1..=4).contains(&words)
        && family.split_whitespace().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        })
        && family
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    if !family_like {
        return d;
    }
    let word = raw.find(|c: char| !c.is_alphabetic()).unwrap_or(raw.len());
    let rest = &raw[word..];
    let gap = rest.len() - rest.trim_start_matches(['.', ',', ' ']).len();
    if !rest.starts_with(['.', ',']) || !rest[gap..].bytes().take(4).all(|b| b.is_ascii_digit()) {
        return d;
    }
    let at = d.start + word + gap;
    match s.get(at..).and_then(|t| g.dates.first(t)) {
        Some(y) if y.start == 0 && y.date.month().is_none() => crate::syntax::date::DateMatch {
            start: at,
            end: at + y.end,
            ..y
        },
        _ => d,
    }
}

/// `G. Cornu (dir.), Vocabulaire juridique`, `F. Terré, Ph. Simler et Y.
/// Lequette (dir.), Droit civil`, `S. Rodotà (a cura di), Il diritto
/// privato`, `J. Miranda (org.), Estudos`: the names that open a reference
/// followed by an editor's role of the grammars (`names.roles`, in
/// brackets; not a translator's, `(trans.)`) edited the work: they are its
/// editors, and it has no author. A chapter's editors after its book word
/// are read elsewhere; this reads the head only.
fn editors_by_role(s: &str, out: &mut ParsedReference, g: &Grammar) {
    let item = &mut out.item;
    let Some((a, b)) = out.authors else {
        return;
    };
    if item.author.is_empty() || !item.editor.is_empty() || item.container_title.is_some() {
        return;
    }
    let Some(names) = s.get(a..b) else {
        return;
    };
    let after = s[b..].trim_start();
    // `Nowak, Jan (red.). 2004.`: the period after the bracket closes the
    // names.
    let tail = names.trim_end().trim_end_matches(['.', ',']).trim_end();
    let role = g
        .roles
        .iter()
        .filter(|r| r.starts_with('(') && r.ends_with(')'))
        .find(|r| {
            after.starts_with(r.as_str()) || tail.ends_with(r.as_str()) && tail.len() > r.len()
        });
    let Some(role) = role else {
        if cjk_editor_role(names, after, g) {
            item.editor = std::mem::take(&mut item.author);
            out.title_is_book = true;
        }
        return;
    };
    let inner = format!("{} ", &role[1..role.len() - 1]);
    if g.author_roles.iter().any(|r| r == role)
        || matches!(g.contributor_prefix(&inner), Some((Role::Translator, _)))
    {
        return;
    }
    item.editor = std::mem::take(&mut item.author);
    out.title_is_book = true;
}

/// Whether the names that open a reference (`names`, and `after`, the
/// text after them) end with an editor's role written in CJK script, as
/// Korean, Chinese and Japanese references write it after the names with
/// no bracket (`국립중앙박물관 편, 『…』`, `김철수 엮음`, `梁治平主编：《…》`,
/// `山田太郎編『…』`): the names edited the work. A role that says the
/// names also wrote it (`편저`, `編著`: with `저`/`著`) or an author's role
/// (`names.author_roles`) leaves them its authors.
fn cjk_editor_role(names: &str, after: &str, g: &Grammar) -> bool {
    let tail = names
        .trim_end()
        .trim_end_matches([',', '，', ':', '：'])
        .trim_end();
    // Most references have no CJK letter where a role would stand.
    let cjk = |c: Option<char>| c.is_some_and(crate::segment::is_cjk);
    if !cjk(tail.chars().next_back()) && !cjk(after.chars().next()) {
        return false;
    }
    g.roles
        .iter()
        .map(|r| r.trim())
        .filter(|r| {
            r.starts_with(crate::segment::is_cjk)
                && !r.contains(['저', '著'])
                && !g.author_roles.iter().any(|a| a.trim() == *r)
        })
        .any(|r| {
            let opens_after = after.strip_prefix(r).is_some_and(|rest| {
                rest.chars()
                    .next()
                    .is_none_or(|c| !crate::segment::is_cjk(c) || matches!(c, '『' | '《' | '「'))
            });
            opens_after || tail.ends_with(r) && tail.len() > r.len()
        })
}

/// The names `s` end with an editor's role of the grammars (`Nowak, Jan
/// (red.)`, `Müller, Hans (Hrsg.).`), before the period that may close them.
fn closes_with_role(s: &str, g: &Grammar) -> bool {
    let t = s.trim_end().trim_end_matches(['.', ',']).trim_end();
    crate::syntax::name::strip_roles(t, g).len() < t.len()
}

/// A year alone between commas after the names that open `s` (`Marzuki,
/// Peter Mahmud, 2010, Penelitian Hukum`): one to four comma parts of one
/// to four capitalised words each, or an `et_al` word (`Bisariyadi, dkk.,
/// 2017, …`), then the year and a comma. Returns the byte range of the
/// year and its comma, and the date.
fn year_after_names(
    s: &str,
    g: &Grammar,
) -> Option<(usize, usize, crate::syntax::date::DateMatch)> {
    let mut at = 0;
    for parts in 0..5 {
        let end = s.get(at..)?.find(", ").map(|i| at + i)?;
        let part = s.get(at..end)?;
        if parts > 0 {
            if let Some(d) = g.dates.first(part) {
                let whole = d.start == 0 && d.end == part.len();
                let year = part.bytes().take(4).all(|b| b.is_ascii_digit());
                return (whole && year).then_some((at + d.start, end + 1, d));
            }
        }
        let names = capitalised_words(part, 4)
            || parts > 0 && g.et_al.contains(&part.trim().to_lowercase());
        if !names {
            return None;
        }
        at = end + 2;
    }
    None
}

/// The next break between the comma parts of `s`: a comma and a white
/// space after it (`, `, `,\n`), or a white space and an opening bracket
/// (` (`). Returns where the break starts, where the text after it starts,
/// and whether it is a bracket. A span of years in brackets (`Reform
/// (1836-1856)`) is no break.
fn part_break(s: &str) -> Option<(usize, usize, bool)> {
    let mut from = 0;
    loop {
        let (i, c) = s
            .get(from..)?
            .char_indices()
            .map(|(i, c)| (from + i, c))
            .find(|&(i, c)| {
                let next = s[i + c.len_utf8()..].chars().next();
                (c == ',' && next.is_some_and(char::is_whitespace))
                    || (c.is_whitespace() && next == Some('('))
            })?;
        if c == ',' {
            let ws = s[i + 1..].chars().next().map_or(1, char::len_utf8);
            return Some((i, i + 1 + ws, false));
        }
        let open = i + c.len_utf8();
        match span_of_years(&s[open..]) {
            Some(len) => from = open + len,
            None => return Some((i, open, true)),
        }
    }
}

/// Where a title without delimiters that holds commas ends in `rest` (the
/// text after the names), when the title's first comma part ends at
/// `first` (a comma): `Czas przeszły, pamięć, mit, Warszawa 2006`, `Reform,
/// Devrim ve Cumhuriyet: Modern Türkiye'nin Doğuşu, çev. Mehmet Harmancı`,
/// `War, Peace, and Memory: Essays (Chicago: University of Chicago Press,
/// 2001)`. The title runs on, part by part, while each part reads as
/// title text ([`continues_title`]), to a part that opens with a real end
/// ([`strong_title_end`]): a translator or editor word, a volume, issue,
/// page or edition word, a container word, an imprint `(Place: Publisher,
/// Year)`, `(Place Year)` or `Place: Publisher, Year`. When every part it
/// ran over holds a lowercase word of three letters or more (no name, no
/// publisher, no place), a year, a `Place Year`, a publisher or a place
/// followed by a year end it as well ([`weak_title_end`]). `None` when no
/// such end follows: the title ends at `first`.
fn title_across_commas(rest: &str, first: usize, g: &Grammar) -> Option<usize> {
    let (_, mut next, bracket) =
        part_break(rest.get(first..)?).map(|(a, b, k)| (a, first + b, k))?;
    // `Ann Poe, ed., Title`: a role word is no first part of a title.
    let head = rest[..first].trim();
    if bracket || g.roles.iter().any(|r| r == head) {
        return None;
    }
    let mut end = first;
    let mut title_like = true;
    // A title of more than a dozen comma parts is a list of something else.
    for _ in 0..12 {
        let after = &rest[next..];
        // `Staatsrecht, München, 6. Aufl. 2013`: a place, then the edition
        // statement, follows the title's first part.
        if end == first {
            // `Title, Cambridge, MA: Harvard University Press, 1974`: a
            // place with its state after a comma, then the publisher, ends
            // the title at its first part (the place's comma is no title's).
            if place_publisher_year(after, g)
                && place_publisher(after).is_some_and(|(place, _)| place_with_state(&after[place]))
            {
                return None;
            }
            if let Some((stop, after_stop, false)) = part_break(after) {
                if is_place(&after[..stop], g)
                    && edition::statement(&after[after_stop..], g).is_some()
                {
                    return None;
                }
            }
        }
        if end > first {
            // `Título, Revista, núm. 3`, `Title, Journal, vol. 12, no. 3`:
            // the part before a journal's numbers is the journal.
            if journal_numbers(after, g) {
                return None;
            }
            // `Staat, Recht, Macht, München 2021`: German nouns open in
            // capitals, so a title may hold no lowercase word; a town of
            // the grammars' `places` and a year after it end it all the
            // same (author, title, place and year, as German legal
            // citation writes a book).
            // The part before the town opens with a capital and holds no
            // publisher's word: `Destra e sinistra, il Mulino, Bologna
            // 1994` names its house there (Italian notes).
            let german = || {
                let last = rest[..end].rsplit(", ").next().unwrap_or("").trim();
                last.starts_with(char::is_uppercase)
                    && !has_publisher_word(last, g)
                    && listed_place_year(after, g)
            };
            if strong_title_end(after, g) || (title_like || german()) && weak_title_end(after, g) {
                return Some(end);
            }
        }
        let (stop, after_stop, bracket) =
            part_break(after).unwrap_or((after.len(), after.len(), false));
        let part = &after[..stop];
        if !continues_title(part, g) {
            return None;
        }
        title_like &= lowercase_word(part, g);
        // `Schriften zum Recht der Digitalisierung, Bd. 4`: a series' name
        // is no part of the title.
        if collection_name(part, g) {
            return None;
        }
        if bracket {
            return paren_imprint(&after[after_stop..], g).then_some(next + stop);
        }
        if after_stop >= after.len() {
            return None;
        }
        end = next + stop;
        next += after_stop;
    }
    None
}

/// Whether `t` opens with a town of the grammars' `names.places` and a
/// year, before a comma or the end (`München 2021, S. 45`).
fn listed_place_year(t: &str, g: &Grammar) -> bool {
    let t = t.trim_start();
    let part = t[..t.find(", ").unwrap_or(t.len())].trim_end_matches(['.', ' ']);
    let Some((place, year)) = part.rsplit_once(' ') else {
        return false;
    };
    year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && known_place(place, g)
}

/// Whether `t` opens with a journal's numbers: an issue word (`núm. 3`,
/// `no. 2`, `S. 3`), or a volume word followed by one (`vol. 12, no. 3`,
/// `C. 28, S. 112`), by a page word or a number (`vol. 12, 2004`, `vol. 12,
/// pp. 3-5`) or by a year alone in brackets (`vol. 12 (2003)`). A volume of
/// a book (`dl. 2 (Amsterdam 1986)`, `Bd. 2, München`) is none.
fn journal_numbers(t: &str, g: &Grammar) -> bool {
    let t = t.trim_start();
    let at_start =
        |lex: &crate::grammar::Lexicon, s: &str| lex.find(s).is_some_and(|m| m.start == 0);
    if at_start(&g.issue, t) {
        return true;
    }
    let Some(v) = g.volume.find(t).filter(|m| m.start == 0) else {
        return false;
    };
    let after = t[v.end..].trim_start_matches([',', ' ', '\n']);
    // `vol. 12, no. 3`, `vol. 12, 2004, pp. 3-5`, `vol. 12, 45-67`: no
    // place or publisher after the volume.
    if at_start(&g.issue, after)
        || at_start(&g.page, after)
        || after.starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    // `C. 12, S. 3, s. 45`; not `Bd. 2, S. 45`, a page.
    if let Some(m) = g.issue_between.find(after).filter(|m| m.start == 0) {
        let next = after[m.end..].trim_start_matches([',', ' ', '\n']);
        if at_start(&g.page, next) {
            return true;
        }
    }
    after
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .is_some_and(|(inner, _)| {
            g.dates.first(inner).is_some_and(|d| {
                inner[..d.start].trim().is_empty() && inner[d.end..].trim().is_empty()
            })
        })
}

/// Whether a comma part may be a piece of a title ([`title_across_commas`]):
/// text with no quotes or brackets, no digits but a span of years
/// (`w Polsce 1949–1969`, `Royal Navy, 1815–54`), no URL, no initials (a name), and no word of a
/// locator, a contributor, a container, an edition or a publisher.
fn continues_title(part: &str, g: &Grammar) -> bool {
    let p = part.trim();
    let year_span = |w: &str| year_span(w.trim_end_matches(['.', ',', ';', ':'])).is_some();
    !p.is_empty()
        && p.chars().count() <= 200
        && !p.contains(['(', ')', '[', ']', '“', '”', '"', '«', '»', '„', '<'])
        && !p.starts_with(['‘', '\'', '*', '_'])
        && !p.contains("http")
        && !p.contains("www.")
        && p.split_whitespace().enumerate().all(|(i, w)| {
            // `1799–` / `1914` of a span broken at a line's end.
            let broken_span = || {
                let joined = |a: &str, b: &str| year_span(&format!("{a}{b}"));
                p.split_whitespace()
                    .nth(i + 1)
                    .is_some_and(|next| w.ends_with(['-', '–']) && joined(w, next))
                    || i.checked_sub(1)
                        .and_then(|j| p.split_whitespace().nth(j))
                        .is_some_and(|prev| prev.ends_with(['-', '–']) && joined(prev, w))
            };
            (!w.contains(|c: char| c.is_ascii_digit()) || year_span(w) || broken_span())
                && !initial(w)
                && !g
                    .publisher_words
                    .contains(&w.trim_end_matches([',', '.', ':']).to_lowercase())
        })
        && g.contributor_prefix(p).is_none()
        && g.container_prefix(p).is_none()
        && edition::statement(p, g).is_none()
        && g.same_author_prefix(p).is_none()
        && [&g.volume, &g.issue, &g.page, &g.margin]
            .iter()
            .all(|lex| lex.find(p).is_none())
}

/// Whether `part` holds a word of title text: a word of three letters or
/// more that opens in lowercase and is no particle of a name or joining
/// word (`pamięć`, `kapitalisme en patriarchaat`, not `il Mulino` or
/// `Weidenfeld and Nicolson`).
fn lowercase_word(part: &str, g: &Grammar) -> bool {
    part.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        w.chars().next().is_some_and(char::is_lowercase)
            && w.chars().count() >= 3
            && !crate::syntax::name::PARTICLES.contains(&w)
            && !g.and_words.iter().any(|a| a == w)
    })
}

/// Whether `t` opens with an end of a title that no title text has: a
/// translator or editor word (`çev.`, `trans.`, `red.`), a volume, issue,
/// page, margin or edition word (`dl. 2`, `vol. 3`, `s. 45`, `2nd ed.`),
/// a container word (`in`, `w:`), an imprint in brackets
/// ([`paren_imprint`]) or a `Place: Publisher` with a year.
fn strong_title_end(t: &str, g: &Grammar) -> bool {
    let t = t.trim_start();
    // `Éd. du Seuil, 1990`, `Ed. Humanitas, București`: a role word that
    // opens a house's name is no role.
    let role = g.contributor_prefix(t).is_some_and(|(_, len)| {
        let rest = &t[len..];
        let name_end = rest.find(", ").unwrap_or(rest.len());
        !publisher_not_editor(&t[..len], &rest[name_end..], g)
    });
    if role
        || g.container_prefix(t).is_some()
        || edition::statement(t, g).is_some()
        || [&g.volume, &g.issue, &g.page, &g.margin]
            .iter()
            .any(|lex| lex.find(t).is_some_and(|m| m.start == 0))
    {
        return true;
    }
    if t.starts_with('(') {
        return paren_imprint(t, g);
    }
    // `Bd. II, 3. Aufl.`, `t. III, Paris`: a volume word and a Roman
    // numeral, a comma part of its own.
    let part = t.split(", ").next().unwrap_or(t).trim_end_matches('.');
    if part.ends_with(['I', 'V', 'X']) && volume_part(part, g).is_some() {
        return true;
    }
    place_publisher_year(t, g)
}

/// `Place: Publisher, Year` or `Ort: Verlag Jahr` at the start of `t`: a
/// place of one to three words, capitalised at both ends, without digits,
/// and a date in the publisher's run or right after it.
fn place_publisher_year(t: &str, g: &Grammar) -> bool {
    let Some((place, publ)) = place_publisher(t) else {
        return false;
    };
    let words: Vec<&str> = t[place].split_whitespace().collect();
    let capital =
        |w: Option<&&str>| w.is_some_and(|w| w.chars().next().is_some_and(crate::text::opens_name));
    (1..=3).contains(&words.len())
        && capital(words.first())
        && capital(words.last())
        && !words
            .iter()
            .any(|w| w.contains(|c: char| c.is_ascii_digit()))
        && g.dates
            .first(&t[publ.start..])
            .is_some_and(|d| d.start <= publ.len() + 2)
}

/// Whether `place` is a town and its state or county after a comma, as
/// American and British imprints write them (`Cambridge, MA`, `Ithaca,
/// N.Y.`, `New Haven, Conn.`): the part after the comma one word of two
/// to four capitals (periods between them allowed) or an abbreviation
/// ending in a period. `Part Two, London` is none: its comma is a title's.
fn place_with_state(place: &str) -> bool {
    let Some((town, state)) = place.split_once(',') else {
        return false;
    };
    let state = state.trim();
    let letters = state.chars().filter(|c| *c != '.').count();
    let capitals =
        (2..=4).contains(&letters) && state.chars().all(|c| c.is_uppercase() || c == '.');
    let abbreviation = state.ends_with('.') && state.chars().count() <= 7 && !state.contains(' ');
    !town.trim().is_empty() && (capitals || abbreviation)
}

/// Whether `t` opens with an imprint in brackets: `(Amsterdam 1986)`,
/// `(Chicago: University of Chicago Press, 2001)`, `(Princeton University
/// Press, 2001)`, `（創文社、1960年）`: a date last, and before it a place
/// and a year alone, a `Place: Publisher`, or a publisher's name (in full
/// width brackets, a name in CJK letters).
fn paren_imprint(t: &str, g: &Grammar) -> bool {
    if place_year_imprint(t) {
        return true;
    }
    // `(Paris: Seuil, 1990)`; `（創文社、1960年）` in full width.
    let Some((content, wide)) = [('(', ')'), ('（', '）')]
        .into_iter()
        .find_map(|(open, close)| Some((t.strip_prefix(open)?.split(close).next()?, open != '(')))
    else {
        return false;
    };
    let Some(d) = g.dates.find_all(content).into_iter().last() else {
        return false;
    };
    if !content[d.end..].trim().is_empty() {
        return false;
    }
    let before = content[..d.start]
        .trim_end()
        .trim_end_matches([',', '、', '，'])
        .trim_end();
    !before.is_empty()
        && ((wide && cjk_publisher(before))
            || is_imprint(before)
            || before.split_whitespace().any(|w| {
                g.publisher_words
                    .contains(&w.trim_end_matches([',', '.']).to_lowercase())
            }))
}

/// Whether `t` opens with an end of a title that a title's own comma part
/// might also read as, taken only after title text ([`title_across_commas`]):
/// a year (`, 1990, 45`), a place and a year (`Warszawa 2006`), a publisher
/// (`Eren Yayıncılık, İstanbul 1993`), or a place followed by a year within
/// two parts (`Torino, Einaudi, 1986`, `Paris, 1990`).
fn weak_title_end(t: &str, g: &Grammar) -> bool {
    let t = t.trim_start();
    let opens_with_date = |s: &str| {
        let s = s.trim_start();
        g.dates.first(s).is_some_and(|d| {
            d.start == 0 && {
                let after = &s[d.end..];
                // `1870-1918, …`: a span of years is title text.
                !after.starts_with(['-', '–'])
                    && after
                        .chars()
                        .next()
                        .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ')'))
            }
        })
    };
    if opens_with_date(t) {
        return true;
    }
    let (stop, after_stop) = part_break(t).map_or((t.len(), t.len()), |(a, b, _)| (a, b));
    let part = t[..stop].trim().trim_end_matches('.');
    // `Warszawa 2006`, `Den Haag 1992`.
    if let Some(d) = g.dates.first(part) {
        if d.start > 0 && part[d.end..].trim().is_empty() && is_place(part[..d.start].trim(), g) {
            return true;
        }
    }
    let publisher = part.split_whitespace().any(|w| {
        g.publisher_words
            .contains(&w.trim_end_matches([',', '.']).to_lowercase())
    });
    if publisher && g.dates.first(&t[stop..]).is_some() {
        return true;
    }
    if !is_place(part, g) {
        return false;
    }
    // `Torino, Einaudi, 1986`, `Paris, 1990`: a place, at most one part that
    // is no title text, then a year.
    let mut rest = &t[after_stop.min(t.len())..];
    for _ in 0..2 {
        // `München, 6. Aufl. 2013`: a place, then the edition and year.
        if opens_with_date(rest) || edition::statement(rest, g).is_some() {
            return true;
        }
        let Some((stop, after, false)) = part_break(rest) else {
            return false;
        };
        let p = &rest[..stop];
        if lowercase_word(p, g) || p.contains(|c: char| c.is_ascii_digit()) {
            return false;
        }
        rest = &rest[after..];
    }
    false
}

/// The title before a journal in quotes (`A. Szpociński, Pamięć zbiorowa
/// jako czynnik integracji, „Kultura i Społeczeństwo” 2003, nr 2`), as a byte
/// range: the comma part between the names and the quotes, when the quotes
/// are followed by a year or volume number. The part must read as a title,
/// not as given names (`SMITH, John, “Title”`): two words or more, one of
/// them in lowercase, no comma part that is a locator or an imprint
/// ([`locator_or_imprint_part`]); a number of the title's own is kept
/// (`Sejm w roku 1791`, `Konstytucja 3 maja`). Italian notes put a container word
/// before the journal and may number its volume in Roman numerals (`M.
/// Rossi, Titolo del saggio, in «Rivista storica italiana», CXII (2000)`).
pub(crate) fn title_before_quoted_journal(
    s: &str,
    open: usize,
    close: usize,
    g: &Grammar,
) -> Option<(usize, usize)> {
    let head = s[..open].trim_end();
    let in_word = head
        .rsplit_once(", ")
        .filter(|(_, w)| g.container_prefix(&format!("{w} ")) == Some(w.len() + 1))
        .map(|(h, _)| h);
    let after = s[close..].trim_start();
    let after = match in_word {
        Some(_) => after.strip_prefix(',').map_or(after, str::trim_start),
        None => after,
    };
    let roman_volume = || {
        let n = after.len() - after.trim_start_matches(|c| "IVXLC".contains(c)).len();
        in_word.is_some() && (1..=7).contains(&n) && after[n..].starts_with([' ', ',', '('])
    };
    if !after.starts_with(|c: char| c.is_ascii_digit()) && !roman_volume() {
        return None;
    }
    let head = match in_word {
        Some(h) => h,
        None => head.strip_suffix(',')?,
    };
    let names_end = family_initials_head(&s[..open], g)
        .or_else(|| family_comma_initials_list(head).map(|(_, end)| end))
        .or_else(|| head.find(", "))?;
    let start = names_end + 2;
    if start >= head.len() {
        return None;
    }
    let title = head[start..].trim();
    let words: Vec<&str> = title.split_whitespace().collect();
    let names = &head[..names_end];
    let readable = words.len() >= 2
        && words
            .iter()
            .any(|w| w.chars().next().is_some_and(char::is_lowercase))
        && !title
            .split(',')
            .any(|part| locator_or_imprint_part(part, g))
        && names.split_whitespace().count() <= 8
        && names.chars().next().is_some_and(char::is_uppercase);
    readable.then_some((start, head.len()))
}

/// Whether a comma part of what stands between the names and a journal in
/// quotes is a locator or an imprint rather than title text: it holds no
/// letter (`1991`, `12–14`), opens with a page, volume or issue word of the
/// grammars (`t. 2`, `nr 3`, `s. 45`), or is a place and a year (`Warszawa
/// 1990`: capitalised words, then the year alone).
fn locator_or_imprint_part(part: &str, g: &Grammar) -> bool {
    let part = part.trim();
    if !part.contains(char::is_alphabetic) {
        return true;
    }
    let opens =
        |lexicon: &crate::grammar::Lexicon| lexicon.find(part).is_some_and(|m| m.start == 0);
    if opens(&g.page) || opens(&g.volume) || opens(&g.issue) {
        return true;
    }
    let words: Vec<&str> = part.split_whitespace().collect();
    match words.split_last() {
        Some((year, place)) => {
            crate::grammar::is_year(year.trim_end_matches('.'))
                && (1..=3).contains(&place.len())
                && place.iter().all(|w| family_word(w))
        }
        None => false,
    }
}

/// A journal's volume in Roman numerals after its quoted name (`«Rivista
/// storica italiana», CXII (2000)`): the numeral and where it ends, when a
/// comma stands before it and a bracket or comma after it.
fn roman_volume_after(s: &str, close: usize) -> Option<(&str, usize)> {
    let rest = s.get(close..)?;
    let after = rest.trim_start().strip_prefix(',')?.trim_start();
    let n = after.len() - after.trim_start_matches(|c| "IVXLC".contains(c)).len();
    let next = after[n..].trim_start();
    let ok = (1..=7).contains(&n) && (next.starts_with('(') || next.starts_with(','));
    let at = close + rest.len() - after.len();
    ok.then(|| (&after[..n], at + n))
}

/// Where a bibliography entry's names written `Family I.` end (`Topolski
/// J., Metodologia…`, `Nowinowski S. M., Pomorski J., Stobiecki R. (red.),
/// Pamięć…`): the comma after the last part that is a family name of one
/// or two capitalised words and one to three initials with periods (a role
/// word after them allowed). `None` when the first part is no such name,
/// or when the part after the last one opens with one (`Иванов И. И.,
/// Петров П. П. Title`: names that end otherwise).
fn family_initials_head(s: &str, g: &Grammar) -> Option<usize> {
    let mut end = None;
    let mut at = 0;
    while let Some(c) = s[at..].find(", ") {
        let part = crate::syntax::name::strip_roles(&s[at..at + c], g);
        if !family_initials(part, g) && !joined_family_initials(part, g) {
            break;
        }
        end = Some(at + c);
        at += c + 2;
    }
    let end = end?;
    let next: Vec<&str> = s[end + 2..].split_whitespace().take(2).collect();
    let opens_with_name = next.len() == 2 && family_word(next[0]) && initial(next[1]);
    (!opens_with_name).then_some(end)
}

/// Two names written `Family I.` joined by a word of the grammars'
/// `names.and` (`Lequette Y. et Chénedé F.`, `Nowak J. i Kowalski A.`),
/// as the last of a list's names are.
fn joined_family_initials(part: &str, g: &Grammar) -> bool {
    joined_family_initials_split(part, g).is_some()
}

/// The two names of a part that [`joined_family_initials`] accepts, without
/// the `and` word between them.
fn joined_family_initials_split<'p>(part: &'p str, g: &Grammar) -> Option<(&'p str, &'p str)> {
    g.and_words
        .iter()
        .filter(|w| w.chars().all(char::is_alphabetic) || w.as_str() == "&")
        .find_map(|w| {
            // The first ` w ` of the part, found at its spaces without
            // writing the pattern out for each word on every entry.
            memchr::memchr_iter(b' ', part.as_bytes())
                .find_map(|i| {
                    let after = part[i + 1..].strip_prefix(w.as_str())?.strip_prefix(' ')?;
                    Some((&part[..i], after))
                })
                .filter(|&(a, b)| family_initials(a, g) && family_initials(b, g))
        })
}

/// The name of a part that [`family_initials`] accepts: the particles and
/// family name before the initials, and the initials as the given names
/// (`van der Berg J.` is `van der Berg`, `J.`).
fn family_initials_name(part: &str) -> CslName {
    let words: Vec<&str> = part.split_whitespace().collect();
    let family = words.iter().take_while(|w| !initial(w)).count();
    CslName {
        family: Some(words[..family].join(" ")),
        given: Some(words[family..].join(" ")),
        ..CslName::default()
    }
}

/// Whether `family` and `given`, the first two comma parts of an entry,
/// are one inverted name in a script without capitals
/// ([`crate::text::is_caseless_letter`]): the family name one word or a
/// particle ([`crate::syntax::name::is_particle`]) and a word, the given
/// names one to three words of letters.
fn caseless_inverted_name(family: &str, given: &str, g: &Grammar) -> bool {
    let caseless = |w: &str| {
        w.chars()
            .next()
            .is_some_and(crate::text::is_caseless_letter)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '\u{200c}' || c == '-')
    };
    let fam: Vec<&str> = family.split_whitespace().collect();
    let giv: Vec<&str> = given.split_whitespace().collect();
    let family_ok = match fam.as_slice() {
        [w] => caseless(w),
        [p, w] => crate::syntax::name::is_particle(p, g) && caseless(w),
        _ => false,
    };
    family_ok
        && (1..=3).contains(&giv.len())
        && giv.iter().all(|w| caseless(w))
        && g.contributor_prefix(given).is_none()
}

/// Whether `w` is a capitalised compound noun of the kind titles are made
/// of, no given name: it ends with one of the grammars'
/// `names.title_noun_endings` after at least four letters
/// (`Verwaltungsrecht`, `Staatshaftung`; `Albrecht` is a name).
pub(crate) fn title_noun(w: &str, g: &Grammar) -> bool {
    if g.title_noun_endings.is_empty() || !w.starts_with(char::is_uppercase) {
        return false;
    }
    let lower = crate::grammar::fold_case(w);
    g.title_noun_endings.iter().any(|e| {
        lower
            .strip_suffix(e.as_str())
            .is_some_and(|stem| stem.chars().count() >= 4 && stem.chars().all(char::is_alphabetic))
    })
}

/// Whether `t`, the rest of an entry, is its imprint and nothing more: a
/// `Place Year` (`Tübingen 2019.`) or `Place: Publisher Year` (`Tübingen:
/// Mohr 2019.`), perhaps with a page cited after a comma.
fn imprint_only(t: &str, g: &Grammar) -> bool {
    let t = t.trim().trim_end_matches('.').trim_end();
    let t = match t.rsplit_once(", ") {
        Some((head, pin)) if g.page.find(pin).is_some_and(|m| m.start == 0) => head,
        _ => t,
    };
    if t.contains(", ") {
        return false;
    }
    if let Some((place, year)) = t.rsplit_once(' ') {
        if crate::grammar::is_year(year) && is_place(place, g) {
            return true;
        }
    }
    t.contains(": ") && is_imprint_line(t, g)
}

/// One to `most` words, each capitalised and made of letters, periods,
/// hyphens and apostrophes: given names or initials (`Ricard`, `J.-P.`,
/// `Luisa`), or a family name written before them (`PASSERINI`, `Reig
/// Tapia`).
pub(crate) fn capitalised_words(s: &str, most: usize) -> bool {
    let mut words = 0;
    s.split_whitespace().all(|w| {
        words += 1;
        name_word(w)
    }) && (1..=most).contains(&words)
}

/// A word of a name: capitalised, made of letters, periods, hyphens and
/// apostrophes, a period only after an initial or a short abbreviation
/// (`J.`, `J.-P.`, `Ph.`, `Jr.`), never after a longer word (`Control.`
/// of `Power System Stability and Control. New York` ends a sentence).
pub(crate) fn name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        && (!w.contains('.') || w.chars().filter(|c| c.is_alphabetic()).count() <= 3)
}

/// The date of a work after `first`, the first of `dates` (those found in
/// `t`, in order): a span of years in a book's title (`in Italia 1945-48.
/// Le origini…, Torino, Giappichelli, 1974`, `Violencia roja y azul.
/// España, 1936-1950, Barcelona, Crítica, 2010`, `German Home Towns …
/// 1648–1871, Ithaca 1971`) is none when an imprint year after a comma,
/// or after a comma and a place, follows, of the dates `ok` allows; else
/// `first`.
pub(crate) fn past_year_span<'d>(
    t: &str,
    dates: &'d [crate::syntax::date::DateMatch],
    first: &'d crate::syntax::date::DateMatch,
    ok: impl Fn(&&crate::syntax::date::DateMatch) -> bool,
) -> &'d crate::syntax::date::DateMatch {
    let in_span = |d: &crate::syntax::date::DateMatch| {
        let mut after = t.get(d.end..).unwrap_or("").chars();
        matches!(after.next(), Some('-' | '–')) && after.next().is_some_and(|c| c.is_ascii_digit())
    };
    if !in_span(first) {
        return first;
    }
    // `…, Ithaca 1971`, `…, Frankfurt a. M. 1985`: a place of a few
    // capitalised words after a comma, then the year.
    let place_before = |b: &str| {
        // A place of four words at most: the last few bytes are searched.
        let b = b.trim_end();
        let mut from = b.len().saturating_sub(64);
        while !b.is_char_boundary(from) {
            from -= 1;
        }
        b[from..].rsplit_once(", ").is_some_and(|(_, p)| {
            let words = p.split_whitespace().count();
            (1..=4).contains(&words)
                && !p.contains(|c: char| c.is_ascii_digit())
                && p.split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase) || w.ends_with('.') && w.len() <= 3)
        })
    };
    dates
        .iter()
        .filter(|d| ok(d))
        .find(|d| {
            d.start > first.end
                && !in_span(d)
                && t.get(..d.start)
                    .is_some_and(|b| b.trim_end().ends_with(',') || place_before(b))
        })
        .unwrap_or(first)
}

/// A book's volume alone in brackets opening `t`, as Chinese notes write
/// it after the title: `（下卷）`, `（第二卷）`, `(第1册)`, or the part word
/// alone, `（上）` (the grammars' `{u}`: 上, 中, 下). A comma, a period or
/// the end follows it. The bracket's length and the volume.
fn bracketed_volume(t: &str, g: &Grammar) -> Option<(usize, String)> {
    let (inner, close) = match t.strip_prefix('（') {
        Some(inner) => (inner, '）'),
        None => (t.strip_prefix('(')?, ')'),
    };
    let end = inner.find(close)?;
    let content = inner[..end].trim();
    if content.is_empty() || content.chars().count() > 8 {
        return None;
    }
    let len = t.len() - inner.len() + end + close.len_utf8();
    let after = t[len..].trim_start();
    if !(after.is_empty() || after.starts_with([',', '，', '.', '。', '、'])) {
        return None;
    }
    if matches!(content, "上" | "中" | "下") {
        return Some((len, content.to_string()));
    }
    let m = g
        .volume
        .find(content)
        .filter(|m| m.start == 0 && m.end == content.len())?;
    let (a, b) = m.number?;
    Some((len, crate::grammar::locator_value(&content[a..b])))
}

/// The length of a bracket opening `t` that belongs to a book's title
/// before it and is no imprint: a place or a period (`(Toulouse)`,
/// `(XIVe-XVe siècles)`), or a span of years with words of its own
/// (`(vers 1350-vers 1450)`, `(c. 1650-c. 1750)`), then a comma and more
/// text with a date (the imprint), or a period and `Place: Publisher`
/// with a date. No colon, semicolon, comma or nested
/// bracket in it, no role, edition or abbreviation alone (`(dir.)`); a
/// number only in a span (`(Paris 1990)`, `(1990)` are imprints or
/// dates).
fn title_bracket(t: &str, g: &Grammar) -> Option<usize> {
    let inner = t.strip_prefix('(')?;
    let close = inner.find(')')?;
    let content = inner[..close].trim();
    let len = close + 2;
    // `(vers 1350-vers 1450). Paris: Plon, 1954.` (a Chicago or French
    // list): a period, then `Place: Publisher`, closes the title too.
    let after = t[len..].strip_prefix(", ").or_else(|| {
        t[len..]
            .strip_prefix(". ")
            .filter(|a| place_publisher(a).is_some())
    })?;
    let plain = !content.is_empty()
        && content.chars().count() <= 60
        && !content.contains([':', ';', ',', '(', '[', '.'])
        && content.chars().next().is_some_and(char::is_alphanumeric);
    let numbers_in_span = !content.contains(|c: char| c.is_ascii_digit())
        || content.contains(['-', '–'])
            && content
                .split_whitespace()
                .filter(|w| w.contains(|c: char| c.is_ascii_digit()))
                .all(|w| w.contains(['-', '–']) || w.len() == 4);
    if !(plain || circa_spans(content))
        || !numbers_in_span
        || g.contributor_prefix(content).is_some()
        || edition::statement(content, g).is_some()
        || g.dates.first(after).is_none()
    {
        return None;
    }
    Some(len)
}

/// Whether `t` is a span of years with circa words before them
/// (`c. 1650-c. 1750`, `ca. 1500-1600`, `vers 1350-vers 1450`): each end
/// a year, perhaps after a short lowercase word (a period after it
/// allowed), the two a [`year_span`].
fn circa_spans(t: &str) -> bool {
    let Some((a, b)) = t.split_once(['-', '–']) else {
        return false;
    };
    fn bare(side: &str) -> Option<&str> {
        match side.trim().rsplit_once(' ') {
            Some((word, year)) => (!word.is_empty()
                && word.len() <= 4
                && word.trim_end_matches('.').chars().all(char::is_lowercase))
            .then_some(year),
            None => Some(side.trim()),
        }
    }
    match (bare(a), bare(b)) {
        (Some(x), Some(y)) => year_span(&format!("{x}-{y}")).is_some(),
        _ => false,
    }
}

/// The length of a span of years in brackets opening `t`: `(1836-1856)`,
/// `(1789–1922)`, `(1815–54)`.
fn span_of_years(t: &str) -> Option<usize> {
    let inner = t.strip_prefix('(')?;
    let close = inner.find(')')?;
    year_span(&inner[..close]).map(|_| close + 2)
}

/// The length of a year alone in brackets opening `t`: `(1918)`.
fn bracketed_year(t: &str) -> Option<usize> {
    let inner = t.strip_prefix('(')?;
    let close = inner.find(')')?;
    crate::grammar::is_year(&inner[..close]).then_some(close + 2)
}

/// The first and last year of `t` when it is a span of years and nothing
/// else: four digits, a hyphen or an en dash, and four digits after them
/// (`1949–1969`) or two with the century left out (`1815–54`, `1998–02`
/// for 2002). The last year comes after the first.
pub(crate) fn year_span(t: &str) -> Option<(u32, u32)> {
    let (a, b) = t.split_once(['-', '–'])?;
    let digits = |y: &str| y.bytes().all(|c| c.is_ascii_digit());
    if a.len() != 4 || !digits(a) || !digits(b) {
        return None;
    }
    let first: u32 = a.parse().ok()?;
    let n: u32 = b.parse().ok()?;
    let last = match b.len() {
        4 => n,
        2 if first - first % 100 + n > first => first - first % 100 + n,
        2 => first - first % 100 + 100 + n,
        _ => return None,
    };
    (last > first).then_some((first, last))
}

/// Whether `t` opens with an imprint `(Place Year)` of capitalised place
/// words and a year, nothing else: `(Amsterdam 1968)`, `(Den Haag 1992)`,
/// and with a comma before the year, as Oxford and MHRA references write
/// it (`(London, 1981)`, `(New York, 1996)`).
fn place_year_imprint(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('(').and_then(|r| r.split(')').next()) else {
        return false;
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    let Some((year, place)) = words.split_last() else {
        return false;
    };
    let Some((last, before)) = place.split_last() else {
        return false;
    };
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && place.len() <= 3
        && before.iter().all(|w| family_word(w))
        && family_word(last.strip_suffix(',').unwrap_or(last))
}

/// `Family, given words, …` opening `s`: the family name (one or two
/// words of a family name), the words between the two commas, and where
/// the second comma is.
fn family_comma_given(s: &str) -> Option<(&str, Vec<&str>, usize)> {
    let c1 = s.find(", ")?;
    let family = &s[..c1];
    let words = family.split_whitespace().count();
    if !(1..=2).contains(&words) || !family.split_whitespace().all(family_word) {
        return None;
    }
    let c2 = c1 + 2 + s[c1 + 2..].find(", ")?;
    Some((family, s[c1 + 2..c2].split_whitespace().collect(), c2))
}

/// A first name written `Family, Initials [particles],` (`Blom, J.C.H.,
/// Titel`, `Poel, J. van der, Titel`: Dutch lists put the particles after
/// the initials) and the end of its given part, where the title's comma is.
fn family_comma_initials(s: &str) -> Option<(CslName, usize)> {
    let (family, given, c2) = family_comma_given(s)?;
    let initials = given.iter().take_while(|w| initial(w)).count();
    let particles = &given[initials..];
    let ok = (1..=3).contains(&initials)
        && particles.len() <= 3
        && particles
            .iter()
            .all(|p| crate::syntax::name::PARTICLES.contains(p));
    if !ok {
        return None;
    }
    let family = if particles.is_empty() {
        family.to_string()
    } else {
        format!("{} {family}", particles.join(" "))
    };
    let name = CslName {
        family: Some(family),
        given: Some(given[..initials].join(" ")),
        ..CslName::default()
    };
    Some((name, c2))
}

/// The names `Family, Initials` opening `s`, one after another with
/// commas (`Βερέμης, Θ., Κολιόπουλος, Ι., Ελλάς…`, `Dupont, J., Martin,
/// P., Titre…`), and the end of the last; the text after them opens with a
/// capital or a quote (a title) or is empty (`Paris, P.U.F., 2006` after a
/// name is no second name).
fn family_comma_initials_list(s: &str) -> Option<(Vec<CslName>, usize)> {
    let Some((first, mut end)) = family_comma_initials(s) else {
        return initials_joined_pair(s).or_else(|| inverted_then_natural(s));
    };
    let mut names = vec![first];
    while names.len() < 8 {
        let Some(rest) = s.get(end + 2..) else {
            break;
        };
        let Some((name, len)) = family_comma_initials(rest) else {
            // `Terré, F., Simler, Ph. et Lequette, Y., Droit civil`: the
            // last two names joined by an `and` word.
            if let Some((pair, len)) = initials_joined_pair(rest) {
                names.extend(pair);
                end += 2 + len;
            }
            break;
        };
        if !titled_after(s.get(end + 2 + len + 2..).unwrap_or("")) {
            break;
        }
        names.push(name);
        end += 2 + len;
    }
    Some((names, end))
}

/// Whether `rest`, the text after a list's names and their comma, is
/// empty or opens a title (a capital or a quote).
fn titled_after(rest: &str) -> bool {
    let rest = rest.trim_start();
    rest.is_empty()
        || rest
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || title_open(c))
}

/// `Simler, Ph. et Lequette, Y., Droit civil`, `Dupont, J. and Martin,
/// P., Title`: two names each written `Family, Initials`, joined by an
/// `and` word between the first's initials and the second's family name,
/// as French and other continental lists invert every author; a title
/// follows. The names and the end of the second's initials.
fn initials_joined_pair(s: &str) -> Option<(Vec<CslName>, usize)> {
    // A cheap test first: a joining word among the first words.
    if !s
        .split_whitespace()
        .take(8)
        .any(|w| JOINING_WORDS.contains(&w))
    {
        return None;
    }
    let (family, given, c2) = family_comma_given(s)?;
    let join = given.iter().position(|w| JOINING_WORDS.contains(w))?;
    let family2 = &given[join + 1..];
    let initials: &[&str] = &given[..join];
    let rest = &s[c2 + 2..];
    let c3 = rest.find(", ").unwrap_or(rest.len());
    let initials2: Vec<&str> = rest[..c3].split_whitespace().collect();
    let ok = (1..=3).contains(&initials.len())
        && initials.iter().all(|w| initial(w))
        && (1..=2).contains(&family2.len())
        && family2.iter().all(|w| family_word(w))
        && (1..=3).contains(&initials2.len())
        && initials2.iter().all(|w| initial(w))
        && titled_after(rest.get(c3 + 2..).unwrap_or(""));
    if !ok {
        return None;
    }
    let name = |family: String, given: &[&str]| CslName {
        family: Some(family),
        given: Some(given.join(" ")),
        ..CslName::default()
    };
    Some((
        vec![
            name(family.to_string(), initials),
            name(family2.join(" "), &initials2),
        ],
        c2 + 2 + c3,
    ))
}

/// Words that join the last of two authors in a list's entry written
/// `Family, Initials & Initials Family`.
const JOINING_WORDS: [&str; 5] = ["&", "en", "and", "et", "und"];

/// `Barkhuysen, T. & M.L. van Emmerik, Titel`, `Hartkamp, C.S. en C.H.
/// Sieburgh, Titel`: two authors, the first written `Family, Initials
/// [particles]`, the second after `&` (or `en`, `and`) initials first, with
/// its particles, as Dutch and English lists join them; the title follows
/// the comma after them. The names and the end of the second.
fn inverted_then_natural(s: &str) -> Option<(Vec<CslName>, usize)> {
    let (family, given, c2) = family_comma_given(s)?;
    let join = given.iter().position(|w| JOINING_WORDS.contains(w))?;
    let initials = given.iter().take_while(|w| initial(w)).count();
    let particles = &given[initials..join];
    let second = &given[join + 1..];
    let initials2 = second.iter().take_while(|w| initial(w)).count();
    let particles2 = second[initials2..]
        .iter()
        .take_while(|w| crate::syntax::name::PARTICLES.contains(w))
        .count();
    let family2 = &second[initials2 + particles2..];
    let rest = s[c2 + 2..].trim_start();
    let titled = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || title_open(c));
    let ok = (1..=3).contains(&initials)
        && (1..=3).contains(&initials2)
        && particles.len() <= 3
        && particles2 <= 3
        && particles
            .iter()
            .all(|p| crate::syntax::name::PARTICLES.contains(p))
        && (1..=2).contains(&family2.len())
        && family2.iter().all(|w| family_word(w))
        && titled;
    if !ok {
        return None;
    }
    let with_particles = |ps: &[&str], family: String| {
        if ps.is_empty() {
            family
        } else {
            format!("{} {family}", ps.join(" "))
        }
    };
    let first = CslName {
        family: Some(with_particles(particles, family.to_string())),
        given: Some(given[..initials].join(" ")),
        ..CslName::default()
    };
    let second = CslName {
        family: Some(with_particles(
            &second[initials2..initials2 + particles2],
            family2.join(" "),
        )),
        given: Some(second[..initials2].join(" ")),
        ..CslName::default()
    };
    Some((vec![first, second], c2))
}

/// `Topolski J.`, `Nijakowski L. M.`, `Kowalska-Nowak A.-M.`: a family name
/// of one or two capitalised words, then one to three initials; lowercase
/// particles of the grammars may open the family name (`de Sadeleer N.`,
/// `van der Berg J.`).
fn family_initials(part: &str, g: &Grammar) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let particles = words
        .iter()
        .take(2)
        .take_while(|w| w.starts_with(char::is_lowercase) && crate::syntax::name::is_particle(w, g))
        .count();
    let words = &words[particles..];
    let family = words.iter().take_while(|w| family_word(w)).count();
    let initials = words.len() - family;
    (1..=2).contains(&family)
        && (1..=3).contains(&initials)
        && words[family..].iter().all(|w| initial(w))
}

/// Whether a year in brackets after `head` belongs to the title that a
/// name opens, not to an author-date head: `head` is `Kowalski J.,
/// Historia Polski` of `Kowalski J., Historia Polski (1918). Zarys,
/// Warszawa: PWN, 1990` (or `J. Kowalski, Historia Polski` of a note),
/// `after` the text after the year. The first comma part of `head` is a
/// name whole with its initials (`Kowalski J.`, `J. Kowalski`), whose given
/// names no later part can be; its last part holds no initial, so it is no
/// second name either but the title's words; and after the bracket the
/// title goes on, a capitalised subtitle after a period, before a date of
/// the work's own. An author-date head stands right after the names
/// (`Kowalski J. (1990). Historia Polski, Warszawa`), with no such part.
pub(crate) fn year_in_title_after_name(head: &str, after: &str, g: &Grammar) -> bool {
    let Some((first, rest)) = head.split_once(", ") else {
        return false;
    };
    let words: Vec<&str> = first.split_whitespace().collect();
    let leading = words.iter().take_while(|w| initial(w)).count();
    let initials_first = (1..=3).contains(&leading)
        && (1..=2).contains(&(words.len() - leading))
        && words[leading..].iter().all(|w| family_word(w));
    let last = rest.rsplit(", ").next().unwrap_or(rest).trim();
    let titled = last.starts_with(char::is_uppercase)
        && !last.split_whitespace().any(initial)
        && !g.et_al.contains(&last.to_lowercase());
    let subtitle = after
        .trim_start_matches(')')
        .strip_prefix(". ")
        .is_some_and(|sub| sub.starts_with(char::is_uppercase) && g.dates.first(sub).is_some());
    (family_initials(first, g) || initials_first) && titled && subtitle
}

/// A capitalised word of two letters or more without a period.
fn family_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 2
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
}

/// Whether `s` ends with an initial and its period (`Smith, J.`, `Roe,
/// J. A.`, `Poe, J.-P.`, `Lee, J.A.`) after white space or a comma, so that
/// the period belongs to the name and not to the sentence.
fn ends_with_initial_period(s: &str) -> bool {
    let word = s.rsplit([' ', '\n', '\t', ',']).next().unwrap_or("");
    word.len() < s.len() && initial(word)
}

/// Initials with their periods: `J.`, `Ch.`, `J.-P.`, `J.C.H.`.
fn initial(w: &str) -> bool {
    w.ends_with('.')
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.split(['.', '-']).filter(|p| !p.is_empty()).all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase)
                && p.chars().count() <= 2
                && cs.all(char::is_lowercase)
        })
}

/// Where a list of two names ends whose first is inverted and whose
/// second is written in order after a joining word, as AGLC lists write
/// them (`Williams, George and David Hume, Human Rights under the
/// Australian Constitution (…)`): the family name before `first` is one
/// capitalised word, the part after it one to three given names
/// (or initials), a joining word and a name of two to four words, and a
/// capitalised title follows, no imprint (`Hobbes, Leviathan and Its
/// Critics, Cambridge: …` is a title). `first` when the text is not so.
fn inverted_then_joined_end(s: &str, first: usize, g: &Grammar) -> usize {
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    // `G. Viney, P. Jourdain et S. Carval, …`, `Anna Becker, Klaus Holz
    // und Eva Roth, …`: names in order, each.
    let family = &s[..first];
    if family.contains(' ') || !capitalised(family) || family.ends_with('.') {
        return first;
    }
    let rest = &s[first + 2..];
    let Some(next) = rest.find(", ") else {
        return first;
    };
    let part = &rest[..next];
    let words: Vec<&str> = part.split_whitespace().collect();
    let Some(join) = words.iter().position(|w| {
        *w == "&"
            || g.and_words
                .iter()
                .any(|a| a == w && a.chars().all(char::is_alphabetic))
    }) else {
        return first;
    };
    let (given, second) = (&words[..join], &words[join + 1..]);
    let ok = (1..=3).contains(&given.len())
        && (2..=4).contains(&second.len())
        && given.iter().chain(second).all(|w| capitalised(w))
        && rest[next + 2..].starts_with(char::is_uppercase)
        && !imprint_next(&rest[next + 2..]);
    if ok {
        first + 2 + next
    } else {
        first
    }
}

/// Where a list's names end whose first is inverted, its given names
/// ending at `first`, and whose others are written in order between commas,
/// the last after a joining word of the grammars' `names.and`, as MHRA
/// lists write several authors (MHRA Style Guide 11.2.2: `Bell, Adrian R.,
/// Chris Brooks and Paul R. Dryburgh, The English Wool Market`; also with
/// a serial comma, `…, Chris Brooks, and Paul R. Dryburgh, …`): each name
/// of two to four capitalised words or initials, a capitalised title or a
/// quote after the last, no imprint. `first` when the text is not so.
fn natural_names_after_inverted_end(s: &str, first: usize, g: &Grammar) -> usize {
    let Some((family, given)) = s[..first].split_once(", ") else {
        return first;
    };
    if given.contains(',') || !capitalised_words(family, 2) || !capitalised_words(given, 3) {
        return first;
    }
    let joiner = |w: &str| {
        w == "&"
            || g.and_words
                .iter()
                .any(|a| a == w && a.chars().all(char::is_alphabetic))
    };
    let name =
        |words: &[&str]| (2..=4).contains(&words.len()) && words.iter().all(|w| name_word(w));
    let mut end = first;
    for _ in 0..8 {
        let Some(rest) = s.get(end..).and_then(|r| r.strip_prefix(", ")) else {
            return first;
        };
        let Some(next) = rest.find(", ") else {
            return first;
        };
        let words: Vec<&str> = rest[..next].split_whitespace().collect();
        let last = match words.iter().position(|w| joiner(w)) {
            // `, and Paul R. Dryburgh`: a serial comma.
            Some(0) => name(&words[1..]),
            Some(j) => name(&words[..j]) && name(&words[j + 1..]),
            None if name(&words) => {
                end += 2 + next;
                continue;
            }
            None => return first,
        };
        let after = &rest[next + 2..];
        let titled = after
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || title_open(c));
        return if last && titled && !imprint_next(after) {
            end + 2 + next
        } else {
            first
        };
    }
    first
}

/// Where a note's list of three or more names ends (`Jane Doe, John Roe,
/// and Ann Poe, Title…`, `Anna Becker, Klaus Holz und Eva Roth, Titel…`):
/// the comma after the part that a joining word (`and`, `&`, `und`, `et`
/// …) opens or joins two names in, when every part before it, from the
/// first comma at `first` on, is a name of two to four capitalised words
/// or initials; or the comma after a name that a role word follows
/// (`(red.)`, `(eds.)`); or the comma after the last of names each written
/// with initials (`J. Łojek, J. Myśliński, W. Władyka, Dzieje prasy
/// polskiej`: [`initials_name`]). `first` when the parts after it are no
/// such list.
fn names_list_end(s: &str, first: usize, g: &Grammar) -> usize {
    // `N. de Sadeleer`, `J. van der Berg`: particles before the family
    // name.
    let name_like = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        let particles = words
            .iter()
            .filter(|w| !name_word(w) && crate::syntax::name::is_particle(w, g))
            .count();
        (2..=4).contains(&(words.len() - particles))
            && words.last().is_some_and(|w| name_word(w))
            && words
                .iter()
                .all(|w| name_word(w) || crate::syntax::name::is_particle(w, g))
    };
    // `J. Łojek, J. Myśliński, W. Władyka, Dzieje prasy polskiej`: names
    // written with their initials, each, run on without a joining word.
    let mut initials = initials_name(&s[..first]);
    let mut initials_end = first;
    let mut at = first;
    for _ in 0..8 {
        let rest = &s[at + 2..];
        let Some(next) = rest.find(", ") else {
            return initials_end;
        };
        let part = &rest[..next];
        // `and Ann Poe` (a comma before the joining word) or `Klaus Holz
        // und Eva Roth` (none): the last name, and the one before it.
        let joined = g
            .and_words
            .iter()
            .filter(|w| w.chars().all(char::is_alphabetic) || w.as_str() == "&")
            .find_map(|w| {
                let w = w.as_str();
                if let Some(last) = part.strip_prefix(w).and_then(|p| p.strip_prefix(' ')) {
                    return Some(("", last));
                }
                part.match_indices(w)
                    .find(|&(i, _)| {
                        part[..i].ends_with(' ') && part[i + w.len()..].starts_with(' ')
                    })
                    .map(|(i, _)| (&part[..i - 1], &part[i + w.len() + 1..]))
            });
        match joined {
            Some((before, last)) => {
                // `Ph. Simler et Y. Lequette (dir.)`: the role after the
                // last name ends the list.
                let last = crate::syntax::name::strip_roles(last, g);
                let ok = name_like(last) && (before.is_empty() || name_like(before));
                return if ok { at + 2 + next } else { initials_end };
            }
            None if name_like(part) => {
                initials &= initials_name(part);
                at += 2 + next;
                if initials {
                    initials_end = at;
                }
            }
            // `S. M. Nowinowski, J. Pomorski, R. Stobiecki (red.), Tytuł`:
            // a role word after the last name ends the list.
            None => {
                let bare = crate::syntax::name::strip_roles(part, g);
                let role = bare.len() < part.trim().len();
                return if role && name_like(bare) {
                    at + 2 + next
                } else {
                    initials_end
                };
            }
        }
    }
    initials_end
}

/// Whether `part` is a name written with its initials before one family
/// name (`J. Myśliński`, `K. Wł. Wójcicki`, `S. M. Nowinowski`,
/// `A. Kowalska-Nowak`): one to three initials of a capital (and a
/// small letter) and a period, then a capitalised word of letters.
fn initials_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let Some((family, given)) = words.split_last() else {
        return false;
    };
    (1..=3).contains(&given.len())
        && given
            .iter()
            .all(|w| crate::syntax::name::initial_with_period(w))
        && family.chars().next().is_some_and(char::is_uppercase)
        && family.chars().count() >= 2
        && family.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// A ditto entry without delimiters (`______. Título. Revista, v. 2, 2016.`,
/// `———. Title. Place: Press, 2015.`): its title is the first sentence, the
/// publication details follow.
fn authorless(s: &str, out: &mut ParsedReference, used: &mut Used, g: &Grammar) -> bool {
    let Some((title_end, next)) = sentence_bounds(s) else {
        return false;
    };
    let title = clean_field(&s[..title_end]);
    if title.is_empty() || s[next..].trim().is_empty() {
        return false;
    }
    let lead = s.len() - s.trim_start().len();
    out.item.title = Some(title);
    out.title = Some((lead, title_end));
    out.title_is_book = true;
    used.add(0, next);
    let mut suffix = None;
    parse_after_title(s, next, true, &mut out.item, used, &mut suffix, g);
    out.year_suffix = suffix;
    true
}

/// `Family, Given. Title. Place: Publisher, Year.` with no delimiters:
/// the names end at the first sentence end, the title at the next.
fn chicago_bibliography(s: &str, out: &mut ParsedReference, used: &mut Used, g: &Grammar) -> bool {
    let Some((author_end, rest_start)) =
        inverted_author_bounds(s, g).or_else(|| sentence_bounds(s))
    else {
        return false;
    };
    let author = &s[..author_end];
    let parenthesized_year = s[author_end..].trim_start().starts_with('(');
    // `BOURDIEU Pierre, La Distinction, Paris, …`: French names with the
    // family name in capitals end at the first comma; read as a note is.
    // `BOURDIEU Pierre et PASSERON Jean-Claude, …` too.
    if s.split_whitespace()
        .next()
        .is_some_and(|w| crate::syntax::name::is_capitalised_name(w.trim_end_matches(',')))
        && s.find(", ").is_some_and(|c| {
            crate::syntax::name::split_tokens(&s[..c], g)
                .iter()
                .all(|t| crate::syntax::name::is_capitalised_person(t))
        })
    {
        return false;
    }
    // `Krüger, Hans: Akten und Ämter. Untertitel, Ort Jahr.`: names hold no
    // colon; the German form is read elsewhere.
    // An organisation in capitals needs no comma (`COMISSÃO NACIONAL DA
    // VERDADE. Relatório.`); a list of names joined by `;` (ABNT) may be
    // long, each name is not.
    // `GINZBURG, Carlo, Miti, emblemi, spie. Morfologia…`: a comma part
    // with title words in lowercase is no name; the first period ends a
    // sentence of the title, not the names.
    let title_words = author
        .split(',')
        .skip(1)
        .any(|part| lowercase_word(part, g));
    if author.contains(": ")
        || title_words
        || !author.contains(',')
            && !capitals_only(without_jurisdiction(author))
            && !crate::syntax::name::romanized_family_first(author)
            && !one_name_author(author, &s[rest_start..], g)
        || author.split(';').any(|a| a.split_whitespace().count() > 8)
            && !inverted_then_natural_list(author, g)
        || parenthesized_year
        || g.dates.first(author).is_some()
        || title_after_given_names(author, g)
    {
        return false;
    }
    // APA puts the year right after the names: `Smith, J. 2019. Title.`
    let rest = &s[rest_start..];
    let lead = rest.len() - rest.trim_start().len();
    if g.dates.first(rest).is_some_and(|d| d.start == lead) {
        return false;
    }
    let Some((mut title_len, mut title_next)) = sentence_bounds(rest) else {
        return false;
    };
    // `Smith, John. The Smoke of Cities (New York, 1996).`: an imprint in
    // brackets at the sentence's end closes the title (Oxford, MHRA).
    if let Some(open) = rest[..title_len].rfind(" (") {
        let bracket = &rest[open + 1..title_len];
        if bracket.ends_with(')') && paren_imprint(bracket, g) && open > lead {
            title_len = open;
            title_next = open + 1;
        }
    }
    // `ŠTAIF, Jiří. Obezřetná elita. Česká společnost … 1830–1851. Praha:
    // Dokořán, 2005.`: a subtitle written as a sentence of its own before
    // the imprint that closes the entry.
    if let Some(end) = subtitle_before_imprint(&rest[title_next..], g) {
        title_len = title_next + end;
        title_next = title_len + 1;
    }
    let title = clean_field(&rest[..title_len]);
    let names = parse_names(author, NameOrder::InvertedFirst, g);
    if names.names.is_empty() || title.is_empty() {
        return false;
    }
    let item = &mut out.item;
    item.author = names.names;
    item.et_al = names.et_al;
    item.title = Some(title);
    out.authors = Some((0, author_end));
    out.title = Some((rest_start + lead, rest_start + title_len));
    out.title_is_book = true;
    used.add(0, rest_start + title_next);
    let mut suffix = None;
    parse_after_title(s, rest_start + title_next, true, item, used, &mut suffix, g);
    out.year_suffix = suffix;
    true
}

/// Where a subtitle written as a sentence ends in `t`, the text after a
/// title's period, when only a `Place: Publisher, Year` line follows it
/// ([`is_imprint_line`]): the subtitle opens with a capital and is no
/// volume, issue, edition or contributor's statement (`Sv. 2.`, `2. vyd.`,
/// `Edited by …`, `Trans. Willard R. Trask.`, `Ed. John Smith.`, whose
/// role word's own period is no sentence end), nor an imprint itself.
fn subtitle_before_imprint(t: &str, g: &Grammar) -> Option<usize> {
    let lead = t.len() - t.trim_start().len();
    let body = &t[lead..];
    let (end, next) = sentence_bounds(body)?;
    let sub = &body[..end];
    let statement = [&g.volume, &g.issue, &g.page]
        .iter()
        .any(|lex| lex.find(sub).is_some())
        || edition::statement(sub, g).is_some()
        || leading_edition(sub, g).is_some()
        || g.contributor_prefix(body).is_some()
        || g.container_prefix(sub).is_some();
    let ok = body.starts_with(char::is_uppercase)
        && !statement
        && !is_imprint_line(sub, g)
        && place_publisher(sub).is_none()
        && is_imprint_line(&body[next..], g);
    ok.then_some(lead + end)
}

/// A book's one author written as one capitalised word (`Ovid`, `Homer`,
/// `Augustine`) is a person known by one name, the family name of the
/// fields, where the book has a title and an imprint, and its publisher
/// does not carry that word (`Oxfam. … Oxford: Oxfam, 2005.` is an
/// organisation publishing its own work). Other one-word names stay
/// literal.
fn one_name_family(item: &mut CslItem) {
    if item.kind != "book" || item.author.len() != 1 || item.title.is_none() {
        return;
    }
    let Some(word) = item.author[0].literal.as_deref() else {
        return;
    };
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && (3..=20).contains(&word.chars().count());
    let imprint = item.publisher.is_some() || item.publisher_place.is_some();
    let own = item.publisher.as_deref().is_some_and(|p| p.contains(word));
    if capitalised && imprint && !own {
        let name = &mut item.author[0];
        name.family = name.literal.take();
    }
}

/// Whether the first sentence of a list entry is an author known by one
/// name (`Ovid. Metamorphoses. Trans. A. D. Melville. Oxford: Oxford UP,
/// 1986.`, `Homer. The Odyssey. …`, `Augustine. Confessions. …`): one
/// capitalised word of letters, then `rest`, a title sentence that is no
/// role, volume or edition statement (`Beowulf. Trans. Seamus Heaney. …`
/// is a title), and an imprint (`Place: Publisher, Year.`) that ends the
/// entry after it. A word opening a title or an institution's name has
/// no title sentence and imprint after it so.
fn one_name_author(author: &str, rest: &str, g: &Grammar) -> bool {
    let mut chars = author.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && (3..=20).contains(&author.chars().count());
    if !capitalised {
        return false;
    }
    let body = rest.trim_start();
    if !body.starts_with(char::is_uppercase)
        || g.contributor_prefix(body).is_some()
        || g.volume.find(body).is_some_and(|m| m.start == 0)
        || leading_edition(body, g).is_some_and(|(at, _)| at == 0)
    {
        return false;
    }
    let Some((title_end, _)) = sentence_bounds(body) else {
        return false;
    };
    // The imprint: the last sentence that holds a colon.
    let Some(colon) = body.rfind(": ").filter(|&c| c > title_end) else {
        return false;
    };
    let start = body[..colon].rfind(". ").map_or(0, |p| p + 2);
    start > title_end && is_imprint_line(&body[start..], g)
}

/// Whether what runs to the first sentence end of an entry written
/// `Family, Given, …` goes on past the given names into the title: a third
/// comma part that neither opens with a joining word (`, and John Roe`,
/// `, y Ana Gil`), nor is a family name in capitals (`BOURDIEU, Pierre,
/// PASSERON, Jean-Claude.`), nor is only a role, `et al.` or a suffix
/// (`, ed.`, `, Jr.`), in a list not joined by `;`. The Spanish and Italian
/// `PRESTON, Paul, El holocausto español. Odio y exterminio…, Barcelona,
/// Debate, 2011.` has its title after the second comma, and the period is
/// the title's own; a list of names that long would be joined by `and`.
fn title_after_given_names(author: &str, g: &Grammar) -> bool {
    if author.contains(';') {
        return false;
    }
    let parts: Vec<&str> = author.split(',').map(str::trim).collect();
    if parts.len() < 3 {
        return false;
    }
    let joined = parts[2..].iter().any(|p| {
        g.and_words.iter().any(|w| {
            p.strip_prefix(w.as_str())
                .is_some_and(|r| r.starts_with(' ') || r.is_empty())
        })
    });
    let third = parts[2];
    let bare = crate::syntax::name::strip_roles(third, g);
    let lower = bare.to_lowercase();
    let minor = bare.is_empty()
        || g.et_al.iter().any(|e| lower.starts_with(e.as_str()))
        || matches!(bare, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV");
    let capitals = bare
        .split_whitespace()
        .next()
        .is_some_and(crate::syntax::name::is_capitalised_name);
    !(joined || minor || capitals)
}

/// Whether `author`, the names of a list's entry up to their period, is
/// a Chicago list of three or more names (CMOS 14.76: `Bell, Adrian R.,
/// Chris Brooks, and Paul R. Dryburgh`): the first name inverted, the
/// others written in order, the last opened by a joining word of the
/// grammars' `names.and`; each comma part is a name of one to four
/// capitalised words or initials. Such a list may hold more words than one
/// name does.
fn inverted_then_natural_list(author: &str, g: &Grammar) -> bool {
    if author.contains(';') {
        return false;
    }
    let parts: Vec<&str> = author.split(',').map(str::trim).collect();
    let Some((last, _)) = parts.split_last() else {
        return false;
    };
    let last = g
        .and_words
        .iter()
        .filter(|w| w.chars().all(char::is_alphabetic) || w.as_str() == "&")
        .find_map(|w| last.strip_prefix(w.as_str())?.strip_prefix(' '));
    let Some(last) = last else {
        return false;
    };
    let name = |part: &str| {
        let n = part.split_whitespace().count();
        (1..=4).contains(&n)
            && part.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || crate::syntax::name::PARTICLES.contains(&w)
            })
    };
    parts.len() >= 3 && parts[..parts.len() - 1].iter().all(|p| name(p)) && name(last)
}

/// An organisation's name in capitals without the country or state in
/// brackets after it (`AUTORIDADE NACIONAL DE PROTEÇÃO DE DADOS
/// (Brasil)`), which ABNT NBR 6023 adds to a body whose name does not say
/// whose it is; the whole of `s` when there is none.
fn without_jurisdiction(s: &str) -> &str {
    match s.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((name, place))
            if place.starts_with(char::is_uppercase)
                && place.split_whitespace().count() <= 3
                && !place.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')'))
                && !capitals_only(place) =>
        {
            name
        }
        _ => s,
    }
}

/// Whether `s` is written in capitals only, word by word (`BRASIL`,
/// `COMISSÃO NACIONAL DA VERDADE`): a name so written is an author.
fn capitals_only(s: &str) -> bool {
    let mut words = s.split_whitespace().peekable();
    words.peek().is_some() && words.all(crate::syntax::name::is_capitalised_name)
}

/// Whether `s` has the shape of inverted names (`Müller, Hans`,
/// `Becker, Anna/Holz, Klaus`, `van der Berg, Jan`): a family name of one
/// or two words before each comma, a few given names after it. A note's
/// `Anna Becker, Die Ordnung der Dinge, Berlin` (author, title, place) does
/// not have it.
///
/// In a note (`order` natural), whose names are mostly written `Given
/// Family`, the family name must be one word: two capitalised words before
/// the comma are a name, and the words after it the start of a title
/// (`Benedict Anderson, Imagined Communities: Reflections…` with its
/// italics lost), not `Family, Given`.
fn inverted_names_shape(s: &str, order: NameOrder) -> bool {
    let particle = |w: &str| {
        matches!(
            w,
            "von"
                | "van"
                | "de"
                | "der"
                | "den"
                | "da"
                | "di"
                | "du"
                | "le"
                | "la"
                | "zu"
                | "dos"
                | "del"
                | "ten"
                | "ter"
                | "d'"
        )
    };
    let capitalised = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || crate::segment::is_cjk(c))
    };
    let mut segments = s.split(',');
    let family = segments.next().unwrap_or("");
    let family_words: Vec<&str> = family.split_whitespace().filter(|w| !particle(w)).collect();
    let most = if order == NameOrder::InvertedFirst {
        2
    } else {
        1
    };
    if family_words.is_empty() || family_words.len() > most {
        return false;
    }
    segments.all(|seg| {
        let words: Vec<&str> = seg.split_whitespace().collect();
        // `Haapala, Pertti & Hoppu, Tuomas`: `&` joins two inverted names.
        words.len() <= 3
            && words
                .iter()
                .all(|w| capitalised(w) || particle(w) || *w == "&")
    })
}

/// Where the first sentence of `s` ends (a period, `?` or `!` followed by
/// white space, not after an initial), as (end of its text, start of what
/// follows): `?` and `!` stay with the text, a period does not, and the
/// following part starts right after the mark. Both are char boundaries
/// within `s`.
/// The end of a first author written `Family, Given M.` whose given names
/// end with an initial (`Hull, Matthew S. Government of Paper.`, `Smith,
/// J. R. Title.`): the initial's period ends the names when the next word is
/// no initial and no other name has begun (one comma so far). `None` when
/// the names end otherwise (then [`sentence_bounds`] decides), as after
/// a first initial and a given name that other names follow (`Ramseyer, J.
/// Mark, and Minoru Nakazato.`, `Ramseyer, J. Mark and Minoru Nakazato
/// (1998)`: a word of the grammars' `names.and` after it).
fn inverted_author_bounds(s: &str, g: &Grammar) -> Option<(usize, usize)> {
    let comma = s.find(',')?;
    let after = &s[comma + 1..];
    let mut offset = comma + 1;
    let mut words = 0;
    // Words of a family name after `;` (ABNT `SILVA, Ana; HALL, Michael
    // M.`), up to its comma.
    let mut family = None;
    for word in after.split(' ') {
        let start = offset;
        offset += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        if let Some(n) = family {
            family = (!word.ends_with(',')).then_some(n + 1);
            if n >= 3 || word.trim_end_matches(',').contains([',', '.', ';']) {
                return None;
            }
            continue;
        }
        words += 1;
        if words > 4 || word.contains(',') {
            return None;
        }
        if word.len() > 1 && word.ends_with(';') {
            family = Some(0);
            words = 0;
            continue;
        }
        let mut chars = word.chars();
        let initial = matches!(
            (chars.next(), chars.next(), chars.next()),
            (Some(c), Some('.'), None) if c.is_uppercase()
        );
        if !initial {
            if word.ends_with(['.', '?', '!']) {
                return None;
            }
            continue;
        }
        let next = s.get(offset..).unwrap_or("").trim_start();
        let mut nc = next.chars();
        let next_is_initial = matches!(
            (nc.next(), nc.next()),
            (Some(c), Some('.')) if c.is_uppercase()
        );
        let next_starts_sentence = next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"' | '«' | '„' | '*'));
        // `Ramseyer, J. Mark, and Minoru Nakazato.`: a first initial, a
        // given name, then a word joining other names to the first.
        if words == 1 && !next_is_initial {
            let mut ahead = next.split(' ');
            let given = ahead.next().unwrap_or("").trim_end_matches(',');
            let joined = ahead
                .next()
                .is_some_and(|w| g.and_words.iter().any(|a| a == w));
            // The other name: capitalised words up to a period, a comma
            // or a bracket (`and the State.` is a title's).
            let mut named = false;
            for (i, w) in ahead.take(5).enumerate() {
                if w.starts_with('(') {
                    named = i > 0;
                    break;
                }
                if !w.starts_with(char::is_uppercase) {
                    break;
                }
                if w.ends_with(['.', ',']) {
                    named = true;
                    break;
                }
            }
            if joined
                && named
                && given.chars().count() > 1
                && given.chars().next().is_some_and(char::is_uppercase)
                && given.chars().skip(1).all(char::is_lowercase)
            {
                return None;
            }
        }
        // `Hoppen, K. Theodore. The Mid-Victorian…`: a first initial and
        // then one given name that ends the sentence.
        if words == 1 && !next_is_initial {
            if let Some(given) = next
                .split(' ')
                .next()
                .and_then(|w| w.strip_suffix('.'))
                .filter(|w| {
                    w.chars().count() > 1
                        && w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().skip(1).all(char::is_lowercase)
                })
            {
                let at = s.len() - next.len() + given.len();
                let after = s.get(at + 1..).unwrap_or("").trim_start();
                // `Smith, J. Leviathan. London: Faber, 1948.`: the word is the
                // title when only the imprint follows.
                if after
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"' | '«' | '„' | '*'))
                    && place_publisher(after).is_none()
                {
                    return Some((at, at + 1));
                }
            }
        }
        if !next_is_initial && next_starts_sentence {
            let end = start + word.len();
            return Some((end, end));
        }
    }
    None
}

/// Whether the period between `before` and `after` closes an abbreviation
/// of one or two small letters that a number follows (`c. 1230–1327`,
/// `ca. 1500`, English and Latin circa before a year in a title, also as
/// the second end of a span: `c. 1650-c. 1750`): no sentence ends there.
fn abbreviation_before_number(before: &str, after: &str) -> bool {
    let word = before
        .rsplit([' ', '\n', '(', '[', '-', '–'])
        .next()
        .unwrap_or("");
    (1..=2).contains(&word.len())
        && word.len() < before.len()
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether a period between `before` and `after` stands inside a round
/// bracket that closes within a few words, with no other period before
/// it: an abbreviation in a bracket after an APA title (`(Vol. 1)`,
/// `(Vols. 1–2)`, `(Report No. 12)`), no end of a sentence.
fn inside_short_bracket(before: &str, after: &str) -> bool {
    // Only the last few bytes are looked at: a title's periods are many,
    // and a search back to its start at each would cost its square.
    let near_before =
        &before[crate::source::floor_char_boundary(before, before.len().saturating_sub(24))..];
    let open = near_before
        .rfind('(')
        .is_some_and(|o| !near_before[o..].contains(')'));
    let near = &after[..crate::source::floor_char_boundary(after, 24)];
    open && near.find(')').is_some_and(|c| !near[..c].contains('.'))
}

/// `im 18. Jahrhundert`, `am 9. November`, `des 2. Bandes`: a number of
/// one or two digits that `before` (the text up to a period) ends with,
/// after a word in lowercase, is an ordinal, whatever follows it (German
/// nouns are capitalised), not the end of a sentence.
fn ordinal_after_word(before: &str) -> bool {
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let head = &before[..before.len() - digits];
    let Some(rest) = head.strip_suffix(' ') else {
        return false;
    };
    let word = rest.rsplit(' ').next().unwrap_or("");
    !word.is_empty() && word.chars().all(char::is_lowercase)
}

/// An official paper cited by its title alone, its number and year in
/// brackets after it (`Report of the Committee on Ministers' Powers (Cmd
/// 4060, 1932) 58`, `Royal Commission on the Press: Final Report (Cmnd
/// 6810, 1977)`): a `report` titled so, numbered by a mark of
/// `signals.paper_numbers`. The title opens with a capital and holds no
/// comma (`Author, Title (Cm 1, 1990)` names its author). Whether it was
/// read.
fn titled_paper(s: &str, out: &mut ParsedReference, used: &mut Used, g: &Grammar) -> bool {
    // A cheap test first: a bracket, and a capital opening the text.
    let Some(open) = s.find(" (") else {
        return false;
    };
    let title = &s[..open];
    if !title.starts_with(char::is_uppercase) || title.contains(',') || title.len() > 300 {
        return false;
    }
    let inner = &s[open + 2..];
    let Some(close) = inner.find(')') else {
        return false;
    };
    let Some((number, year)) = inner[..close].rsplit_once(", ") else {
        return false;
    };
    let year = year.trim();
    let dated = year.len() == 4 && crate::grammar::is_year(year);
    let Some(number) = paper_number(number, g).filter(|_| dated) else {
        return false;
    };
    let item = &mut out.item;
    item.title = Some(clean_field(title));
    item.number = Some(number.to_string());
    item.issued = year
        .parse()
        .ok()
        .map(|y| CslDate::new(y, None, None, Some(year.to_string())));
    item.kind = "report".into();
    out.kind_written = true;
    out.title = Some((0, open));
    used.add(0, open + 2 + close + 1);
    true
}

/// The length of a statute's jurisdiction in brackets that `after` opens
/// (`(Cth)`, `(NSW)`, `(UK)`), where `before` ends with the statute's year
/// (`… Act 1975`) and another bracket follows (the imprint or a paper's
/// number: `(Cth) (Report No 126, 2015)`): a capital and at most five
/// letters.
fn statute_jurisdiction(before: &str, after: &str) -> Option<usize> {
    let year = before.len() >= 5
        && before.as_bytes()[before.len() - 5] == b' '
        && before.as_bytes()[before.len() - 4..]
            .iter()
            .all(u8::is_ascii_digit);
    if !year {
        return None;
    }
    let inner = after.strip_prefix('(')?;
    let close = inner.find(')')?;
    let word = &inner[..close];
    let ok = (1..=6).contains(&word.len())
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && inner[close + 1..].starts_with(" (");
    ok.then_some(close + 2)
}

/// The first ` (` of `rest` that opens no span of years: `Handel und
/// Wandel (1650–1800), in: …` holds the period it studies in its title,
/// and the bracket after it opens the details.
fn bracket_after_title(rest: &str) -> Option<usize> {
    rest.match_indices(" (").map(|(i, _)| i).find(|&i| {
        let inner = &rest[i + 2..];
        // A span of years is 11 bytes at most (`1650–1800`).
        let close = inner.get(..inner.len().min(12)).and_then(|t| t.find(')'));
        close.is_none_or(|c| year_span(&inner[..c]).is_none())
    })
}

/// Whether `after` (the text after a period) opens with an imprint: a
/// place of one to three capitalised words, its colon and a capitalised
/// publisher (`London: Macmillan`) that the year or the end follows, or a
/// year. A number that such a period follows is no ordinal but the end of
/// a title (`The History of England, part 2. London: Macmillan, 1990`). A
/// German title whose ordinal's noun opens a capitalised subtitle (`im 18.
/// Jahrhundert: Eine Studie, Berlin 1995`) goes on after the subtitle to
/// its imprint, not to a year.
fn imprint_next(after: &str) -> bool {
    let t = after.trim_start();
    if t.len() >= 4 && t.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
        return true;
    }
    let head = &t[..crate::source::floor_char_boundary(t, t.len().min(40))];
    let Some(colon) = head.find(':') else {
        return false;
    };
    let publ = t[colon + 1..].trim_start();
    // The publisher runs to a comma, a bracket or a sentence's end.
    let end = [publ.find([',', ';', '(']), publ.find(". ")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(publ.len());
    let year_at = |s: &str| s.len() >= 4 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    let next = publ[end..].trim_start_matches([',', ';', '.', ' ']);
    let name = publ[..end].trim_end_matches(['.', ' ']);
    let dated = next.is_empty()
        || year_at(next)
        || name.len() > 5 && name.get(name.len() - 4..).is_some_and(year_at);
    let publisher = publ.starts_with(char::is_uppercase) && dated;
    let words: Vec<&str> = head[..colon].split(' ').collect();
    publisher
        && words.len() <= 3
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
        })
}

/// `Temporary work as a stepping stone? Evidence from Korea. Journal of
/// Labor Research, 40(2), 1–20.`: a plain APA title ending in a question
/// or an exclamation (`end`, `next` as [`sentence_bounds`] gives them) goes
/// on with a subtitle, a sentence without digits, when another part that
/// is no link follows it: that part is the container or the publisher.
/// Returns the title's end and where the rest starts, perhaps unchanged.
fn subtitle_after_question(rest: &str, end: usize, next: usize) -> (usize, usize) {
    if !rest[..end].ends_with(['?', '!']) {
        return (end, next);
    }
    let after = &rest[next..];
    let Some((sub_end, sub_next)) = sentence_bounds(after) else {
        return (end, next);
    };
    let subtitle = &after[..sub_end];
    let then = after[sub_next..].trim_start();
    let lowered = then.to_ascii_lowercase();
    let linked = ["http", "doi", "www.", "retrieved", "available"]
        .iter()
        .any(|p| lowered.starts_with(p));
    if subtitle.trim().is_empty()
        || subtitle.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | '[' | ']'))
        || !subtitle.trim_start().starts_with(char::is_uppercase)
        || then.is_empty()
        || linked
    {
        return (end, next);
    }
    (next + sub_end, next + sub_next)
}

fn sentence_bounds(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    for (i, c) in s.char_indices() {
        if matches!(c, '.' | '?' | '!') {
            let next_space = b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace());
            if !next_space {
                continue;
            }
            // `J. Smith` — a single capital before the period is an initial;
            // not a roman numeral before an imprint (`… and Edward I.
            // Princeton: Princeton University Press, 1973.`, `Henry V.
            // London: …`): a ruler's ordinal ends the title.
            let prev: Vec<char> = s[..i].chars().rev().take(2).collect();
            let initial = prev.first().is_some_and(|c| c.is_uppercase())
                && prev.get(1).is_none_or(|c| !c.is_alphabetic())
                && !(prev.first().is_some_and(|c| matches!(c, 'I' | 'V' | 'X'))
                    && prev.get(1) == Some(&' ')
                    && imprint_next(&s[i + 1..]));
            // `Československo 30. let 20. století`: a number with a period
            // before a word in lowercase is an ordinal.
            let ordinal = c == '.'
                && prev.first().is_some_and(char::is_ascii_digit)
                && s[i + 1..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase);
            if !initial
                && !ordinal
                && (c != '.' || !abbreviation_before_number(&s[..i], &s[i + 1..]))
                && (c != '.' || !inside_short_bracket(&s[..i], &s[i + 1..]))
                && (!ordinal_after_word(&s[..i]) || imprint_next(&s[i + 1..]))
            {
                return Some((i + if c == '.' { 0 } else { 1 }, i + 1));
            }
        }
    }
    None
}

/// A Japanese or Chinese journal named without brackets, its numbers glued
/// to its name (`ジュリスト1234号45頁`, `法律時報80巻5号12頁`, `法学教室400号`):
/// the volume, issue and page words of the grammars that end the container
/// one after another give up their numbers, and the name is what is before
/// them.
fn journal_numbers_glued(item: &mut CslItem, g: &Grammar) {
    let Some(c) = item.container_title.as_deref() else {
        return;
    };
    let t = c.trim_end();
    if !t.chars().any(crate::segment::is_cjk) {
        return;
    }
    let mut found: Vec<(LexMatch, u8)> = Vec::new();
    for (kind, lex) in [(0u8, &g.volume), (1, &g.issue), (2, &g.page)] {
        found.extend(lex.find_all(t).into_iter().map(|m| (m, kind)));
    }
    found.sort_by_key(|(m, _)| (m.start, std::cmp::Reverse(m.end)));
    // The chain of matches that runs, one after another, to the end.
    let mut chain: Vec<(LexMatch, u8)> = Vec::new();
    let mut at = t.len();
    for &(m, kind) in found.iter().rev() {
        if m.end == at && m.start < at && chain.iter().all(|&(_, k)| k > kind) {
            chain.push((m, kind));
            at = m.start;
        }
    }
    let name = t[..at].trim_end();
    if chain.is_empty() || name.chars().count() < 2 || !name.ends_with(crate::segment::is_cjk) {
        return;
    }
    for (m, kind) in chain {
        let Some((a, b)) = m.number else { continue };
        let value = crate::grammar::locator_value(&t[a..b]);
        let field = match kind {
            0 => &mut item.volume,
            1 => &mut item.issue,
            _ => &mut item.page,
        };
        if field.is_none() {
            *field = Some(value);
        }
    }
    item.container_title = Some(name.to_string());
}

/// The imprint that ends a German or Nordic entry after its last comma:
/// a place of capitalised words (`Frankfurt a. M.`), a publisher after a
/// colon or none, and the year or a span of years (`Ithaca 1971.`,
/// `Stuttgart: Steiner 1999`, `Leipzig 1800–1802`).
static IMPRINT_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r",\s+\p{Lu}[\p{L}\-]*\.?(?:\s+(?:\p{Lu}[\p{L}\-]*\.?|\p{Ll}{1,3}\.))*(?:\s*:\s*[^0-9\s,:;][^,:;]{0,59}?)?\s+[0-9]{4}(?:\s*[–-]\s*[0-9]{4})?\.?\s*$",
    )
});

/// [`IMPRINT_AT_END`] with the publisher's run unbounded (and captured);
/// [`imprint_at_end`] checks its bound.
static IMPRINT_AT_END_RUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r",\s+\p{Lu}[\p{L}\-]*\.?(?:\s+(?:\p{Lu}[\p{L}\-]*\.?|\p{Ll}{1,3}\.))*(?:\s*:\s*[^0-9\s,:;]([^,:;]*?))?\s+[0-9]{4}(?:\s*[–-]\s*[0-9]{4})?\.?\s*$",
    )
});

/// The match of [`IMPRINT_AT_END`] in `s`.
fn imprint_at_end(s: &str) -> Option<regex::Match<'_>> {
    crate::re::captures_within(&IMPRINT_AT_END_RUN, &IMPRINT_AT_END, s, |c| {
        crate::re::group_chars(c, 1) <= 59
    })
    .and_then(|c| c.get(0))
}

/// A journal's name, the year and the issue at the end of a reference,
/// with the pages after them or none: `Aikakauskirja 1995, 3.`,
/// `Historisk tidskrift 2003:2, 45–67.` (Nordic lists number a journal's
/// issues within its year). The name opens with a capital after the
/// title's stop or closing quote.
static JOURNAL_YEAR_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r#"(?:^|[.,”"»’']\s+)(\p{Lu}[\p{L}\p{M}'’&\- ]{0,80}?)\s+([0-9]{4})\s*[,:]\s*([0-9]{1,3})(?:\s*[,:]\s*([0-9]{1,5}(?:\s*[-–—]\s*[0-9]{1,5})?))?\s*\.?\s*$"#,
    )
});

/// `în „Revista română de drept privat” nr. 3/2012, p. 45`, `în „Dreptul"
/// nr. 5/2014`: Romanian law writing puts a journal's name in quotes, as
/// it does a title; the quotes are no part of the name. An issue word of
/// the grammars and `number/year` after the closing quote are the issue
/// and the year (where the citation has no other).
fn quoted_journal(item: &mut CslItem, g: &Grammar) {
    let Some(container) = item.container_title.as_deref() else {
        return;
    };
    let Some(open) = container.chars().next() else {
        return;
    };
    let closes: &[char] = match open {
        '„' => &['”', '“', '"'],
        '«' => &['»'],
        '“' => &['”'],
        '"' => &['"'],
        _ => return,
    };
    let inner = &container[open.len_utf8()..];
    let Some(close) = inner.find(closes) else {
        return;
    };
    let name = inner[..close].trim();
    let close_len = inner[close..].chars().next().map_or(1, char::len_utf8);
    let rest = inner[close + close_len..].trim_start_matches([',', ' ']);
    if name.is_empty() || name.contains(['„', '«', '“', '"', '”', '»']) {
        return;
    }
    let mut number_year = None;
    if !rest.is_empty() {
        // `nr. 3/2012`: nothing else after the quote.
        let Some(m) = g.issue.find(rest).filter(|m| m.start == 0) else {
            return;
        };
        let after = rest[m.end..].trim_end_matches(['.', ',', ' ']);
        let Some((x, y)) = m.number else {
            return;
        };
        let issue = &rest[x..y];
        let year = after
            .strip_prefix('/')
            .filter(|y| y.len() == 4 && crate::grammar::is_year(y))
            .and_then(|y| y.parse::<i32>().ok());
        match year {
            Some(year) if issue.bytes().all(|b| b.is_ascii_digit()) => {
                number_year = Some((issue.to_string(), year));
            }
            _ => return,
        }
    }
    let name = name.to_string();
    if let Some((issue, year)) = number_year {
        if item.issue.is_none() {
            item.issue = Some(issue);
        }
        if item.issued.is_none() {
            item.issued = Some(crate::model::CslDate::new(
                year,
                None,
                None,
                Some(year.to_string()),
            ));
        }
    }
    item.container_title = Some(name);
}

/// [`JOURNAL_YEAR_ISSUE`] with the name's run unbounded, quick to build;
/// [`journal_year_issue_captures`] checks the bound.
static JOURNAL_YEAR_ISSUE_RUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r#"(?:^|[.,”"»’']\s+)(\p{Lu}[\p{L}\p{M}'’&\- ]*?)\s+([0-9]{4})\s*[,:]\s*([0-9]{1,3})(?:\s*[,:]\s*([0-9]{1,5}(?:\s*[-–—]\s*[0-9]{1,5})?))?\s*\.?\s*$"#,
    )
});

/// The captures of [`JOURNAL_YEAR_ISSUE`] in `tail`: a name of at most 81
/// characters.
fn journal_year_issue_captures(tail: &str) -> Option<regex::Captures<'_>> {
    crate::re::captures_within(&JOURNAL_YEAR_ISSUE_RUN, &JOURNAL_YEAR_ISSUE, tail, |c| {
        crate::re::group_chars(c, 1) <= 81
    })
}

/// `Nimi, Etu. 1995. "Otsikko." Aikakauskirja 1995, 3.`: in an
/// author-date list, a name, the year the names gave and a small number
/// after the title are a journal, its year and its issue
/// ([`JOURNAL_YEAR_ISSUE`]), then its pages; not a place, a year and a
/// page, as a note's `Helsinki 1995, 3` would be (the list's date stands
/// before the title there, the imprint's year is the same).
fn journal_year_issue(s: &str, out: &mut ParsedReference, used: &mut Used) {
    let (Some((title_start, title_end)), Some(year)) = (out.title, year_of(&out.item)) else {
        return;
    };
    if out.item.volume.is_some() || out.item.issue.is_some() {
        return;
    }
    // The year stands after the names, before the title.
    let head = s.get(..title_start).unwrap_or("");
    let year_text = year.to_string();
    if !head.contains(year_text.as_str()) {
        return;
    }
    // The title's own closing stop or quote opens the tail.
    let Some(tail) = s.get(title_end..) else {
        return;
    };
    let Some(c) = journal_year_issue_captures(tail) else {
        return;
    };
    let (Some(name), Some(y), Some(issue)) = (c.get(1), c.get(2), c.get(3)) else {
        return;
    };
    if y.as_str() != year_text {
        return;
    }
    let name_text = clean_field(name.as_str());
    let item = &mut out.item;
    if item.publisher_place.as_deref() == Some(name_text.as_str()) {
        item.publisher_place = None;
    }
    item.container_title = Some(name_text);
    item.issue = Some(issue.as_str().to_string());
    if let Some(p) = c.get(4) {
        item.page = Some(crate::grammar::locator_value(p.as_str()));
    }
    out.title_is_book = false;
    used.add(title_end + name.start(), s.len());
}

/// A law journal after an article's quoted title, as OSCOLA and AGLC cite
/// it: the year in square brackets where it is the volume, or in round
/// ones before the volume, then the journal's name or abbreviation and the
/// first page, a pinpoint after a comma (`[1997] PL 467, 470`, `(2005) 121
/// LQR 101, 105`, `(2017) 76 CLJ 257`). An issue may follow the volume,
/// in brackets as AGLC writes it (`(1997) 5(1) Australian Humanities
/// Review 1, 3`) or after a colon as the McGill Guide does, whose
/// pinpoint follows `at` (`(2005) 50:2 McGill LJ 345 at 350`). The journal's run is unbounded:
/// [`law_journal_after_title`] checks its length.
static LAW_JOURNAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^[\s,]*(?:\[(?P<sy>[0-9]{4})\](?:\s+(?P<svol>[0-9]{1,4}))?|\((?P<ry>[0-9]{4})\)\s+(?P<rvol>[0-9]{1,4})(?:\((?P<pi>[0-9]{1,4})\)|:(?P<ci>[0-9]{1,4}))?)\s+(?P<journal>\p{Lu}[\p{L}&.'\s]*?)\s+(?P<page>[0-9]{1,6})(?:(?:,\s+|\s+at\s+)[0-9]{1,6}(?:[-–][0-9]{1,6})?)?\s*\.?\s*$",
    )
});

/// The end of a [`LAW_JOURNAL`] opening `rest` (its pinpoint included),
/// when only a `;` or nothing follows it: where a note's citation of an
/// article in a law journal ends.
pub fn law_journal_end(rest: &str) -> Option<usize> {
    if !rest.trim_start_matches([' ', ',']).starts_with(['[', '(']) {
        return None;
    }
    let mut cut = rest.len().min(120);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &rest[..cut];
    let m = crate::re::captures(&LAW_JOURNAL_HEAD, head)?.get(0)?;
    let after = rest[m.end()..].trim_start();
    (after.is_empty() || after.starts_with(';')).then_some(m.end())
}

/// [`LAW_JOURNAL`] at the start of a note's text, with what follows it
/// left open.
static LAW_JOURNAL_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^[\s,]*(?:\[[0-9]{4}\](?:\s+[0-9]{1,4})?|\([0-9]{4}\)\s+[0-9]{1,4}(?:\([0-9]{1,4}\)|:[0-9]{1,4})?)\s+\p{Lu}[\p{L}&.'\s]*?\s+[0-9]{1,6}(?:(?:,\s+|\s+at\s+)[0-9]{1,6}(?:[-–][0-9]{1,6})?)?\.?",
    )
});

/// Reads a [`LAW_JOURNAL`] that is all of `rest` into `item`: the
/// journal, volume, first page and year. Returns the length read.
fn law_journal_after_title(rest: &str, item: &mut CslItem) -> Option<usize> {
    if rest.len() > 120 || !rest.trim_start_matches([' ', ',']).starts_with(['[', '(']) {
        return None;
    }
    let c = crate::re::captures(&LAW_JOURNAL, rest)?;
    let journal = c.name("journal")?.as_str();
    if journal.chars().nth(60).is_some() {
        return None;
    }
    let year = c.name("sy").or_else(|| c.name("ry"))?;
    // A journal's name wrapped over lines is read with one space.
    item.container_title = Some(journal.split_whitespace().collect::<Vec<_>>().join(" "));
    item.volume = c
        .name("svol")
        .or_else(|| c.name("rvol"))
        .map(|m| m.as_str().to_string());
    if let Some(issue) = c.name("pi").or_else(|| c.name("ci")) {
        item.issue = Some(issue.as_str().to_string());
    }
    item.page = Some(c.name("page")?.as_str().to_string());
    if item.issued.is_none() {
        let y: i32 = year.as_str().parse().ok()?;
        item.issued = Some(CslDate::new(y, None, None, Some(year.as_str().to_string())));
    }
    Some(rest.len())
}

/// `Charlie Savage, Judge Rules on Phone Data, N.Y. TIMES, Mar. 3, 2020,
/// at A1.`: a newspaper's name read as the publisher of a work dated to
/// the day, with no place, is the newspaper the work appeared in (its title
/// unquoted, as a law review's italics come out of a PDF).
fn newspaper_for_publisher(item: &mut CslItem, g: &Grammar) {
    if item.container_title.is_none()
        && item.publisher_place.is_none()
        && item.volume.is_none()
        && item.title.is_some()
        && item.issued.as_ref().and_then(CslDate::day).is_some()
        && item
            .publisher
            .as_deref()
            .is_some_and(|p| crate::syntax::official::newspaper_name(p, g))
    {
        item.container_title = item.publisher.take();
    }
}

/// A CSL type from what was found.
fn csl_type(item: &CslItem, book: bool) -> &'static str {
    let journalish = item.volume.is_some() || item.issue.is_some() || item.page.is_some();
    match (&item.container_title, book) {
        // Read as a part of a book where the book was found
        // (`「論文」西原道雄先生古稀記念『…』`).
        (Some(_), _) if item.kind == "chapter" => "chapter",
        // Read as a paper in proceedings (`In Proceedings of …`) or as a
        // preprint (`arXiv:2107.03374`) where the list says so.
        (Some(_), _) if item.kind == "paper-conference" => "paper-conference",
        (Some(_), _) if item.kind == "article" => "article",
        // A part of a book: the container has a place of publication.
        (Some(_), _) if item.publisher_place.is_some() => "chapter",
        // Its editors are a book's.
        (Some(_), _) if !item.editor.is_empty() => "chapter",
        // A page of the issue of a day, no volume or number: a newspaper's
        // (`The Times, 12 January 1999, p. 18`).
        (Some(_), _)
            if item.volume.is_none()
                && item.issue.is_none()
                && item.url.is_none()
                && item.issued.as_ref().and_then(CslDate::day).is_some() =>
        {
            "article-newspaper"
        }
        (Some(_), _) if journalish => "article-journal",
        (Some(_), _) if item.url.is_some() => "webpage",
        // A dated piece in a named outlet: news or a magazine; otherwise a
        // report in a series (CSL's plain `article` means a preprint).
        (Some(_), _) if item.issued.as_ref().and_then(CslDate::day).is_some() => {
            "article-newspaper"
        }
        (Some(_), _) => "report",
        // `(Cm 3782, 1997)`: an official paper by its number.
        (None, _) if item.number.is_some() && item.publisher.is_none() => "report",
        (None, true) if item.publisher.is_some() || item.url.is_none() => "book",
        // Only books have editions.
        (None, false) if item.edition.is_some() && item.url.is_none() => "book",
        (None, _) if item.url.is_some() => "webpage",
        // A place and a publisher: a work published on its own.
        (None, _) if item.publisher.is_some() && item.publisher_place.is_some() => "book",
        (None, _) if item.publisher.is_some() => "report",
        _ => "document",
    }
}

/// The year of a parsed reference (a convenience for callers).
pub fn year_of(item: &CslItem) -> Option<i32> {
    item.issued.as_ref().and_then(CslDate::year)
}

// ---------------------------------------------------------------------------
// Compact styles of numbered reference lists: Vancouver, Nature, IEEE.
//
//   Vancouver  Smith J, Lee K. Title. J Name. 2019;12(3):45–67.
//   Nature     Smith, J. & Lee, K. Title. Nature 12, 45–67 (2019).
//   IEEE       J. Smith and K. Lee, “Title,” J. Name, vol. 12, no. 3,
//              pp. 45–67, 2019.      (delimited: only the name order differs)
// ---------------------------------------------------------------------------

/// A Vancouver author: family name (with particles, hyphens, two words at
/// most) and up to four initials without periods: `Smith J`, `van der Berg
/// P`, `Garcia-Lopez MA`. The initials must be capitals only, so that a
/// title word (`Deep learning`) is no author. Their run is unbounded:
/// [`vancouver_authors`] checks that it is four at most (bounded
/// repetitions of Unicode classes are slow to compile). A generation may
/// follow the initials (`Douglas GR Jr`, `Ortiz R III`), as AMA writes it
/// without a comma; the name is read without it, as names in other styles
/// are.
const VANCOUVER_AUTHOR: &str = r"(?:(?:van|von|de|der|den|da|di|du|le|la|del|ten|ter)\s+)*\p{Lu}[\p{L}\p{M}'’\-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’\-]+)?\s+\p{Lu}+(?:\s(?:Jr|Sr|II|III|IV)\b)?";

/// The Vancouver author list: authors separated by commas (`l`), optionally
/// `et al`, closed by a period and a space.
static VANCOUVER_AUTHORS: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(&format!(
        r"^(?P<a>(?P<l>{VANCOUVER_AUTHOR}(?:,\s+{VANCOUVER_AUTHOR})*)(?:,?\s+et\s+al)?(?:;\s+\p{{Lu}}[^.;,:0-9]{{1,80}})?)\.\s+"
    ))
});

/// The author list of a Vancouver entry and the end of the head (past the
/// period and the spaces after it), as `^(?P<a>{author}(?:,\s+{author})*(?:,?\s+et\s+al)?)\.\s+`
/// captures them, each author's initials being `\p{Lu}{1,4}`. The initials
/// run to a comma, a space or the period, none of which they can take, so
/// the bound is a check of whole runs: each author's last word, 4
/// characters at most.
fn vancouver_authors(s: &str) -> Option<(&str, usize)> {
    let c = crate::re::captures(&VANCOUVER_AUTHORS, s)?;
    let fits = c.name("l")?.as_str().split(',').all(|author| {
        let words: Vec<&str> = author.split_whitespace().collect();
        let initials = match words[..] {
            [.., initials, last] if words.len() > 2 && is_generation(last) => Some(initials),
            [.., last] => Some(last),
            [] => None,
        };
        initials.is_some_and(|initials| initials.chars().count() <= 4)
    });
    if !fits {
        return None;
    }
    Some((c.name("a")?.as_str(), c.get(0)?.end()))
}

/// The Vancouver publication block: `2019;12(3):45–67`, `2020 Mar;180(5):
/// 1012-1025`, `2019:45-67`. A year followed by `;` or `:` is never a title
/// word, so this does not fire on `Global tuberculosis report 2021.`
static VANCOUVER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"(?P<y>(?:1[5-9]|20)[0-9][0-9])(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+[0-9]{1,2})?)?\s*(?:;\s*(?P<v>[0-9A-Za-z\-]+)?\s*(?:\((?P<i>[^)]{1,20})\))?)?\s*:\s*(?P<p>[A-Za-z]?[0-9]+(?:\s*[-–]\s*[A-Za-z]?[0-9]+)?)|(?P<y2>(?:1[5-9]|20)[0-9][0-9])(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+[0-9]{1,2})?)?\s*;\s*(?P<v2>[0-9A-Za-z\-]+)\s*(?:\((?P<i2>[^)]{1,20})\))?",
    )
});

/// A Vancouver entry that ends on its year alone (`R package version 3.2.
/// 2020.`, a report or software), or on a word and its year (AMA's
/// `Published 2022.`): used only after a Vancouver author list.
static VANCOUVER_END_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(r"\.\s(?:\p{Lu}\p{Ll}{2,12}\s)?(?P<y>(?:1[5-9]|20)[0-9][0-9])[a-z]?\.?\s*$")
});

/// A Vancouver book: `City: Publisher; 2019.`
static VANCOUVER_BOOK: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"(?P<place>[\p{Lu}][^:;.]{1,40}):\s*(?P<pub>[^;]{2,80});\s*(?P<y>(?:1[5-9]|20)[0-9][0-9])[a-z]?\.?",
    )
});

/// [`VANCOUVER_BOOK`] with its runs unbounded; [`vancouver_book`] checks
/// the bounds.
static VANCOUVER_BOOK_RUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"(?P<place>[\p{Lu}][^:;.]+):\s*(?P<pub>[^;]{2,});\s*(?P<y>(?:1[5-9]|20)[0-9][0-9])[a-z]?\.?",
    )
});

/// The captures of [`VANCOUVER_BOOK`] in `s`.
fn vancouver_book(s: &str) -> Option<regex::Captures<'_>> {
    crate::re::captures_within(&VANCOUVER_BOOK_RUN, &VANCOUVER_BOOK, s, |c| {
        crate::re::group_chars(c, 1) <= 41 && crate::re::group_chars(c, 2) <= 80
    })
}

/// A Nature / inverted-initials author: `Smith, J.`, `Garcia-Lopez, M. A.`,
/// `van der Berg, P.-J.`.
static INVERTED_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?:(?:van|von|de|der|den|da|di|du|le|la|del|ten|ter)\s+)*\p{Lu}[\p{L}\p{M}'’\-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’\-]+)?,\s(?:\p{Lu}[\p{Ll}]?\.(?:\s?-?\s?))+",
    )
});

/// The Nature tail: `Nature 12, 45–67 (2019).`, `Phys. Rev. Lett. 99,
/// 123-130 (2007)`, `Science 367, eaax1234 (2020)`.
static NATURE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<j>[^()]+?)\s+(?P<v>[0-9]{1,5}[A-Z]?),\s*(?P<p>[A-Za-z]*[0-9]+(?:\s*[-–]\s*[A-Za-z]*[0-9]+)?)\s*\((?P<y>(?:1[5-9]|20)[0-9][0-9])[a-z]?\)",
    )
});

/// Initials before a family name: `J. Smith`, `A. B. Chen`, `J.-P. Dupont`.
static INITIALS_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(r"^\p{Lu}[\p{Ll}]?\.(?:\s?-?\s?\p{Lu}[\p{Ll}]?\.)*\s+\p{Lu}")
});

/// `pp. 45–67, 2019`: the page lexicon takes a list, so a year after the
/// pages (IEEE) lands in `page`; give it back to `issued`.
static PAGES_THEN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(r"^(?P<p>.+?),\s*(?P<y>(?:1[5-9]|20)[0-9][0-9])(?P<s>[a-z])?$")
});

/// ACM's journal tail after an article's title: the journal, the volume,
/// the issue, the article's number in some journals, the month and year
/// in brackets, then the pages or the count of the article's pages:
/// `IEEE Transactions on Software Engineering 42, 2 (2016), 103–119.`,
/// `ACM Trans. Graph. 41, 4, Article 102 (July 2022), 15 pages.`,
/// `ACM Transactions on Graphics 42, 4 (July 2023), 139:1–139:14.` The
/// issue is a short number or a name (`CSCW2`), never a range: Nature's
/// `Nature 12, 45–67 (2019)` gives its pages there, and nothing follows
/// its bracket.
static ACM_JOURNAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<j>[^,()0-9][^,()]*?)\s+(?P<v>[0-9]{1,4}),\s*(?P<i>[0-9]{1,3}|[A-Z]{1,6}[0-9]{0,2})(?:,\s*Article\s+(?P<a>[0-9A-Za-z]{1,10}))?\s*\((?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[5-9]|20)[0-9]{2}\)(?:,\s*(?:(?P<n>[0-9]{1,4})\s+pages|(?P<p>[0-9]{1,5}(?::[0-9]{1,5})?(?:\s*[-–]\s*[0-9]{1,5}(?::[0-9]{1,5})?)?)))?\s*\.?\s*$",
    )
});

/// [`ACM_JOURNAL`] read into `item`: the length of `t` it takes, all of it.
/// An article's number stands for its pages, as [`article_number`] reads
/// it; the count of its pages is its extent.
fn acm_journal_tail(t: &str, item: &mut CslItem) -> Option<usize> {
    // Every such tail holds `(` and a comma after a digit.
    if !t.contains('(') || !t.contains(',') {
        return None;
    }
    let c = crate::re::captures(&ACM_JOURNAL, t)?;
    let field = |name: &str| c.name(name).map(|m| m.as_str().to_string());
    item.container_title = Some(clean_field(c.name("j")?.as_str()));
    item.volume = field("v");
    item.issue = field("i");
    item.page =
        field("a").or_else(|| field("p").map(|p| p.replace(['-', ' '], "–").replace("––", "–")));
    item.number_of_pages = field("n");
    Some(t.len())
}

/// A part of a proceedings' imprint: `pages 311–318`, `pp. 1–10`, a bare
/// range `2073–2083`, ACM's `Article 177` and `5 pages`.
enum ImprintPart<'t> {
    /// Pages or an article's number.
    Page(String),
    /// The count of the paper's pages.
    Extent(&'t str),
    /// Any other words: a place or a publisher.
    Words(&'t str),
}

/// What one comma part of a proceedings' imprint is ([`ImprintPart`]).
fn imprint_part(p: &str) -> ImprintPart<'_> {
    let bare = p.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace());
    let range = |t: &str| {
        let mut halves = t.splitn(2, ['–', '-']);
        let number = |h: Option<&str>| {
            h.map(str::trim).is_some_and(|h| {
                !h.is_empty() && h.len() <= 11 && h.bytes().all(|b| b.is_ascii_digit() || b == b':')
            })
        };
        number(halves.next()) && halves.next().is_none_or(|h| number(Some(h)))
    };
    for word in ["pages ", "pp. ", "p. ", "Article "] {
        if let Some(n) = bare.strip_prefix(word).filter(|n| range(n)) {
            return ImprintPart::Page(n.trim().to_string());
        }
    }
    if let Some(n) = bare
        .strip_suffix(" pages")
        .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
    {
        return ImprintPart::Extent(n);
    }
    if bare.contains(['–', '-']) && range(bare) {
        return ImprintPart::Page(bare.to_string());
    }
    ImprintPart::Words(bare)
}

/// Where the name of the proceedings after `In ` ends in `body`: at its
/// first sentence's end (a period, then a space and a capital or a
/// digit, not after an initial or an abbreviation of the grammars'
/// volume words, `Vol. 33`), or at the pages or volume after a comma or
/// in brackets (`, pages 1–10`, `(pp. 1–10)`, `, Vol. 33`).
fn proceedings_name_end(body: &str, g: &Grammar) -> usize {
    let mut end = body.len();
    for stop in [", pages ", ", pp. ", " (pp. ", " (Vol. "] {
        if let Some(at) = body.find(stop) {
            end = end.min(at);
        }
    }
    if let Some(m) = g
        .volume
        .find(body)
        .filter(|m| body[..m.start].ends_with(", "))
    {
        end = end.min(m.start - 2);
    }
    let sentence = body[..end].match_indices(". ").map(|(i, _)| i).find(|&i| {
        let next = body[i + 2..].chars().next();
        let word = body[..i].rsplit(' ').next().unwrap_or("");
        next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && word.chars().count() > 1
            && g.volume
                .find(&body[i - word.len()..])
                .is_none_or(|m| m.start != 0)
    });
    sentence.map_or(end, |i| end.min(i))
}

/// The proceedings a paper is in, as ACM, ACL and NeurIPS lists give them
/// after the title: `In` and the proceedings' name, then its volume,
/// pages, places and publisher in any of their orders:
/// `In Proceedings of the 58th Annual Meeting of the Association for
/// Computational Linguistics, pages 1–10, Online. Association for
/// Computational Linguistics.` (ACL: the places, then the publisher in a
/// sentence of its own), `In Proceedings of the 44th International ACM
/// SIGIR Conference … (SIGIR ’21). ACM, New York, NY, USA, 2356–2362.`
/// (ACM: the publisher, then the places), `In Advances in Neural
/// Information Processing Systems, Vol. 33. Curran Associates, Inc.,
/// 9459–9474.` A book with editors (`In Handbook …, J. Doe (Ed.).`) is
/// left to the reading of chapters. The length of `t` read, all of it.
fn proceedings_tail(t: &str, item: &mut CslItem, g: &Grammar) -> Option<usize> {
    let body = t.trim_start().strip_prefix("In ")?.trim_start();
    // `In 17th Working Conference on …`: an ordinal may open the name.
    if !body.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || g.roles
            .iter()
            .any(|r| r.starts_with('(') && body.contains(r.as_str()))
    {
        return None;
    }
    let name_end = proceedings_name_end(body, g);
    let name = clean_field(&body[..name_end]);
    if name.is_empty() || name.chars().count() > 250 {
        return None;
    }
    let mut rest = body[name_end..].trim_start_matches([',', '.', ' ']);
    // `, Vol. 33.` / `(Vol. 33)`: the volume of a series of proceedings.
    if let Some(m) = g.volume.find(rest).filter(|m| m.start <= 1) {
        item.volume = m.number.map(|(a, b)| rest[a..b].to_string());
        rest = rest[m.end..].trim_start_matches([')', ',', '.', ' ']);
    }
    // Comma parts, and which sentence each is in.
    let mut words: Vec<(usize, String)> = Vec::new();
    // The last period ends the entry, unless it is a firm's (`Curran
    // Associates, Inc.`).
    let mut rest = rest.trim_end();
    while let Some(r) = rest.strip_suffix('.') {
        if crate::text::ends_in_corporate_abbreviation(r) {
            break;
        }
        rest = r.trim_end();
    }
    for (n, sentence) in rest.split(". ").enumerate() {
        for p in sentence.split(", ") {
            match imprint_part(p) {
                ImprintPart::Page(page) => item.page = Some(page),
                ImprintPart::Extent(count) => item.number_of_pages = Some(count.to_string()),
                ImprintPart::Words("") => {}
                ImprintPart::Words(w) => match words.last_mut() {
                    // `Curran Associates, Inc.`: a firm's legal form that a
                    // comma parts from its name is no part of its own.
                    Some((_, last)) if crate::text::corporate_form(w) => {
                        last.push_str(", ");
                        last.push_str(w);
                    }
                    _ => words.push((n, w.to_string())),
                },
            }
        }
    }
    // The publisher: the last sentence of words where there are two
    // (ACL), else the first part (ACM); the rest are places.
    let last = words.last().map(|(n, _)| *n);
    let split = words.first().is_some_and(|(n, _)| Some(*n) != last);
    let (publisher, places): (Vec<&str>, Vec<&str>) = if split {
        let (p, q): (Vec<_>, Vec<_>) = words.iter().partition(|(n, _)| Some(*n) == last);
        (
            p.iter().map(|(_, w)| w.as_str()).collect(),
            q.iter().map(|(_, w)| w.as_str()).collect(),
        )
    } else {
        let mut all = words.iter().map(|(_, w)| w.as_str());
        (all.next().into_iter().collect(), all.collect())
    };
    item.container_title = Some(name);
    if !publisher.is_empty() {
        item.publisher = Some(clean_field(&publisher.join(", ")));
    }
    if !places.is_empty() {
        item.publisher_place = Some(clean_field(&places.join(", ")));
    }
    item.kind = "paper-conference".into();
    Some(t.len())
}

/// Whether `head` holds a year standing as a sentence of its own after
/// names (`Lawrence F. Katz and David H. Autor. 1999. Changes …`,
/// `Roe, Ann (1999). Title`): the date of an author-date entry, so the
/// words before it are its authors and `head` is no authorless title.
fn year_sentence(head: &str) -> bool {
    let b = head.as_bytes();
    b.windows(7).any(|w| {
        let year = w[1..5].iter().all(u8::is_ascii_digit);
        year && (w[0] == b' ' && (w[5] == b'.' || w[5].is_ascii_lowercase() && w[6] == b'.')
            || w[0] == b'(' && (w[5] == b')' || w[5].is_ascii_lowercase() && w[6] == b')'))
    }) && head
        .split(['.', '('])
        .next()
        .is_some_and(|first| !first.trim().is_empty())
}

/// Whether `t`, the text after a title, opens with `In` and a book whose
/// editors a role word names after a comma (`In Handbook of Labor
/// Economics, Vol. 3A, ed. by O. Ashenfelter and D. Card.`, `In Handbook
/// of Labor Economics, edited by Orley Ashenfelter and David Card, volume
/// 3A, pages 1463–1555.`): a chapter's book, no proceedings.
fn editors_after_in(t: &str, g: &Grammar) -> bool {
    let Some(body) = t.trim_start().strip_prefix("In ") else {
        return false;
    };
    body.match_indices(", ").any(|(i, _)| {
        g.contributor_prefix(&body[i + 2..])
            .is_some_and(|(role, _)| role == Role::Editor)
    })
}

/// Moves the fields of the book a chapter is in (read by
/// [`contribution_in_book`]) into the chapter's `item`, where it has none
/// of its own, and types it `chapter`.
fn chapter_fields(item: &mut CslItem, book: CslItem) {
    fn keep(mine: &mut Option<String>, theirs: Option<String>) {
        if mine.is_none() {
            *mine = theirs;
        }
    }
    keep(&mut item.container_title, book.container_title);
    keep(&mut item.volume, book.volume);
    keep(&mut item.publisher, book.publisher);
    keep(&mut item.publisher_place, book.publisher_place);
    keep(&mut item.page, book.page);
    keep(&mut item.edition, book.edition);
    keep(&mut item.collection_title, book.collection_title);
    keep(&mut item.url, book.url);
    if item.editor.is_empty() {
        item.editor = book.editor;
    }
    if item.issued.is_none() {
        item.issued = book.issued;
    }
    item.kind = "chapter".into();
}

/// IEEE and other natural-order lists start with initials (`J. Smith and K.
/// Lee`): read them in natural order even in a bibliography.
fn natural_if_initials_first(authors: &str, order: NameOrder) -> NameOrder {
    if INITIALS_FIRST.is_match(authors.trim_start()) || natural_names_before_year(authors) {
        NameOrder::Natural
    } else {
        order
    }
}

/// ACM, NeurIPS and ACL lists write every name in order, given names
/// first, then `. Year.`: `Ofir Press, Noah A. Smith, and Mike Lewis.
/// 2022. Train Short, Test Long …`. Read as inverted, `Press, Noah A.`
/// would be one name and `Smith, …` the title. The names are so when,
/// before the first `. Year.` (or `, et al. Year.`), three names or more
/// (two commas at least; or two joined by `and` alone) each hold two
/// to five words, each a capitalised word, an initial or a particle, the last a capitalised word of two
/// letters or more: an inverted list has a family name or a given name
/// of one word, or a given name ending in an initial (`Doe, Jane, and
/// John Roe. 2020.`, `Smith, John A., and Mary Jones. 2020.`).
fn natural_names_before_year(s: &str) -> bool {
    let b = s.as_bytes();
    // `. 2022.` / ` 2022a.`: the first year after a period and a space.
    let Some(year) = (2..s.len().saturating_sub(5)).find(|&i| {
        b[i - 2] == b'.'
            && b[i - 1] == b' '
            && b[i..i + 4].iter().all(u8::is_ascii_digit)
            && matches!(&b[i..i + 2], b"19" | b"20")
            && matches!(b.get(i + 4), Some(b'.'))
    }) else {
        return false;
    };
    let names = s[..year - 2].trim_end();
    let et_al = names.strip_suffix(", et al");
    let names = et_al.unwrap_or(names);
    // `Thomas Porter and Tom Duff. 1984.`: two names joined without a
    // comma are in order too, each of two words or more.
    let commas = names.matches(", ").count() + usize::from(et_al.is_some());
    if names.len() > 600 || commas == 1 || commas == 0 && !names.contains(" and ") {
        return false;
    }
    names
        .split(", ")
        .map(|p| p.strip_prefix("and ").unwrap_or(p))
        .flat_map(|p| p.split(" and "))
        .all(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            let word_fits = |w: &&str| {
                family_word(w) || initial(w) || crate::syntax::name::PARTICLES.contains(w)
            };
            (2..=5).contains(&words.len())
                && words.iter().all(word_fits)
                && words.last().is_some_and(|w| family_word(w))
        })
}

fn split_year_from_pages(item: &mut CslItem, suffix: &mut Option<char>) {
    let Some(page) = item.page.clone() else {
        return;
    };
    let Some(c) = crate::re::captures(&PAGES_THEN_YEAR, &page) else {
        return;
    };
    let (Some(p), Some(y)) = (c.name("p"), c.name("y")) else {
        return;
    };
    let Ok(year) = y.as_str().parse::<i32>() else {
        return;
    };
    item.page = Some(p.as_str().to_string());
    if item.issued.is_none() {
        item.issued = Some(CslDate::new(year, None, None, Some(y.as_str().to_string())));
        *suffix = suffix.or_else(|| c.name("s").and_then(|m| m.as_str().chars().next()));
    }
}

/// Vancouver and Nature entries. Returns false (and touches nothing) when
/// the entry has neither shape.
fn parse_compact(s: &str, out: &mut ParsedReference, used: &mut Used, g: &Grammar) -> bool {
    parse_gbt(s, out, used, g)
        || parse_gost(s, out, used, g)
        || parse_colon_names(s, out, used, g)
        || parse_vancouver(s, out, used, g)
        || parse_nature(s, out, used, g)
}

/// The head of a GB/T 7714 reference (the Chinese national standard):
/// authors (a foreign one after a nationality in brackets: `[德]卡尔·拉伦茨`),
/// a period, the title and its type code in brackets (`[M]` book, `[J]` journal, `[C]` proceedings, `[D]` thesis, `[R]` report,
/// `[N]` newspaper, `[EB/OL]` web page …), then what the code calls for,
/// after a period or, for a part of a book, `//`.
static GBT_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<a>(?:[^.\[\]]|\[\p{Han}{1,3}\]){1,120}?)\.\s*(?P<t>[^\[\]]{1,300}?)\s*\[(?P<code>[A-Z]{1,2}(?:/OL)?)\]\s*(?P<sep>//|\.)?\s*",
    )
});

/// [`GBT_HEAD`] with the runs of authors and title unbounded, quick to
/// build; [`gbt_head_captures`] checks the bounds.
static GBT_HEAD_RUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<a>(?:[^.\[\]]|\[\p{Han}{1,3}\])+?)\.\s*(?P<t>[^\[\]]+?)\s*\[(?P<code>[A-Z]{1,2}(?:/OL)?)\]\s*(?P<sep>//|\.)?\s*",
    )
});

/// The captures of [`GBT_HEAD`] in `s`. Authors of at most 120 characters
/// are at most 120 of its pieces (a character, or a nationality in
/// brackets); longer ones are left to the bounded pattern.
fn gbt_head_captures(s: &str) -> Option<regex::Captures<'_>> {
    crate::re::captures_within(&GBT_HEAD_RUN, &GBT_HEAD, s, |c| {
        crate::re::group_chars(c, 1) <= 120 && crate::re::group_chars(c, 2) <= 300
    })
}

/// GB/T 7714 journal details: `法学研究, 2005, 27(3): 12-20`.
static GBT_JOURNAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<j>[^,，]{1,120}?)\s*[,，]\s*(?P<y>(?:1[5-9]|20)[0-9][0-9])(?:\s*[,，]\s*(?P<v>[0-9]{1,5}))?(?:\s*[(（](?P<i>[^)）]{1,20})[)）])?(?:\s*[:：]\s*(?P<p>[0-9]{1,6}(?:\s*[-–]\s*[0-9]{1,6})?))?",
    )
});

/// [`GBT_JOURNAL`] with the journal's and the issue's runs unbounded;
/// [`gbt_journal_captures`] checks the bounds.
static GBT_JOURNAL_RUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<j>[^,，]+?)\s*[,，]\s*(?P<y>(?:1[5-9]|20)[0-9][0-9])(?:\s*[,，]\s*(?P<v>[0-9]{1,5}))?(?:\s*[(（](?P<i>[^)）]+)[)）])?(?:\s*[:：]\s*(?P<p>[0-9]{1,6}(?:\s*[-–]\s*[0-9]{1,6})?))?",
    )
});

/// The captures of [`GBT_JOURNAL`] in `s`.
fn gbt_journal_captures(s: &str) -> Option<regex::Captures<'_>> {
    crate::re::captures_within(&GBT_JOURNAL_RUN, &GBT_JOURNAL, s, |c| {
        crate::re::group_chars(c, 1) <= 120 && crate::re::group_chars(c, 4) <= 20
    })
}

/// The dates of a GB/T 7714 online reference: `(2019-01-01)[2020-02-02]`,
/// published and read, either of them alone.
static GBT_ONLINE_DATES: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"[(（](?P<issued>[0-9]{4}(?:-[0-9]{1,2}){0,2})[)）]\s*(?:\[(?P<accessed>[0-9]{4}(?:-[0-9]{1,2}){0,2})\])?|\[(?P<read>[0-9]{4}-[0-9]{1,2}(?:-[0-9]{1,2})?)\]",
    )
});

/// A GB/T 7714 imprint: `北京: 中国人民大学出版社, 2009: 45`.
static GBT_IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"(?:(?P<place>[^:：,，.]{1,40}?)\s*[:：]\s*)?(?P<pub>[^,，:：]{1,80}?)\s*[,，]\s*(?P<y>(?:1[5-9]|20)[0-9][0-9])(?:\s*[:：]\s*(?P<p>[0-9]{1,6}(?:\s*[-–]\s*[0-9]{1,6})?))?",
    )
});

/// [`GBT_IMPRINT`] with the place's and the publisher's runs unbounded;
/// [`gbt_imprint_captures`] checks the bounds.
static GBT_IMPRINT_RUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"(?:(?P<place>[^:：,，.]+?)\s*[:：]\s*)?(?P<pub>[^,，:：]+?)\s*[,，]\s*(?P<y>(?:1[5-9]|20)[0-9][0-9])(?:\s*[:：]\s*(?P<p>[0-9]{1,6}(?:\s*[-–]\s*[0-9]{1,6})?))?",
    )
});

/// The captures of [`GBT_IMPRINT`] in `s`.
fn gbt_imprint_captures(s: &str) -> Option<regex::Captures<'_>> {
    crate::re::captures_within(&GBT_IMPRINT_RUN, &GBT_IMPRINT, s, |c| {
        crate::re::group_chars(c, 1) <= 40 && crate::re::group_chars(c, 2) <= 80
    })
}

/// GB/T 7714 references: `王利明. 民法总论[M]. 北京: 中国人民大学出版社,
/// 2009: 45.`, `张三. 论物权[J]. 法学研究, 2005, 27(3): 12-20.`, `李四.
/// 析出题名[M]//王五. 书名. 北京: 法律出版社, 2010: 30-45.`, and the same
/// in English (`SMITH J, LEE K. Title[J]. Journal, 2019, 12(3): 45-67.`).
/// Returns false (and touches nothing) without the bracketed type code.
fn parse_gbt(s: &str, out: &mut ParsedReference, used: &mut Used, g: &Grammar) -> bool {
    if !s.contains('[') {
        return false;
    }
    let Some(head) = gbt_head_captures(s) else {
        return false;
    };
    let (Some(a), Some(t), Some(code), Some(whole)) = (
        head.name("a"),
        head.name("t"),
        head.name("code"),
        head.get(0),
    ) else {
        return false;
    };
    let title = clean_field(t.as_str());
    if title.is_empty() || a.as_str().trim().is_empty() {
        return false;
    }
    // `张三, 李四, 等`, `王利明，崔建远`: commas of either width, `等` for
    // "and others".
    let authors = a.as_str().replace(['，', '、'], ",");
    let mut et_al = false;
    let mut authors: Vec<&str> = authors
        .split(',')
        .map(str::trim)
        .filter(|p| {
            let others = matches!(*p, "等" | "et al" | "et al.");
            et_al |= others;
            !p.is_empty() && !others
        })
        .collect();
    // The author-date system (著者-出版年制) puts the year after the
    // names, a letter after it for a second work of the year: `王明,
    // 2019.`, `李华, 张强, 2018a.`; the details after the title then
    // give none.
    let dated = authors.last().and_then(|p| gbt_year(p));
    if dated.is_some() {
        authors.pop();
        if authors.is_empty() {
            return false;
        }
    }
    // `MERRILL T W`: the initials one letter each, written together.
    let authors: Vec<String> = authors
        .iter()
        .map(|p| {
            let words: Vec<&str> = p.split_whitespace().collect();
            let initials = words
                .iter()
                .rev()
                .take_while(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                .count();
            if initials > 1 && initials < words.len() {
                let (family, given) = words.split_at(words.len() - initials);
                format!("{} {}", family.join(" "), given.concat())
            } else {
                (*p).to_string()
            }
        })
        .collect();
    let (names, others) = vancouver_names(&authors.join(", "), g);
    out.item.author = names;
    out.item.et_al = et_al || others;
    out.authors = Some((a.start(), a.end()));
    out.item.title = Some(title);
    out.title = Some((t.start(), t.end()));
    if let Some((year, suffix)) = dated {
        let written = a
            .as_str()
            .trim_end()
            .rsplit([',', '，'])
            .next()
            .unwrap_or("");
        out.item.issued = Some(CslDate::new(year, None, None, Some(written.trim().into())));
        out.year_suffix = suffix;
    }
    used.add(0, whole.end());
    let code = code.as_str();
    out.item.kind = match code {
        "M" | "G" | "A" | "Z" => "book",
        "J" | "J/OL" => "article-journal",
        "C" => "paper-conference",
        "D" => "thesis",
        "R" => "report",
        "N" => "article-newspaper",
        "P" => "patent",
        "S" => "standard",
        _ if code.ends_with("/OL") => "webpage",
        _ => "document",
    }
    .into();
    out.kind_written = true;
    if matches!(code, "S" | "P") {
        gbt_number_in_title(&mut out.item);
    }
    let mut rest = &s[whole.end()..];
    let mut base = whole.end();
    // `题名[A]. 吴建中. 开放科学与图书馆[C]. 上海: …`: a part (the 2005
    // edition's analytic `[A]`), then the editors and the title of the
    // book it is in, with the book's code.
    if code == "A" {
        if let Some(book) = gbt_head_captures(rest) {
            if let (Some(e), Some(t), Some(w)) = (book.name("a"), book.name("t"), book.get(0)) {
                out.item.kind = "chapter".into();
                out.item.editor = vancouver_names(&e.as_str().replace(['，', '、'], ","), g).0;
                out.item.container_title = Some(clean_field(t.as_str()));
                used.add(base, base + w.end());
                base += w.end();
                rest = &rest[w.end()..];
            }
        }
    }
    let chapter = head.name("sep").is_some_and(|m| m.as_str() == "//");
    if chapter {
        // `//王五. 书名. 北京: …`: the book's editors, then its title;
        // `//Proceedings of NAACL-HLT 2019. Minneapolis: ACL, 2019`: the
        // title alone, the imprint right after it.
        let (editors, after) = match rest.split_once(". ") {
            Some((_, after))
                if gbt_imprint_captures(after)
                    .and_then(|c| c.get(0))
                    .is_some_and(|m| m.start() == 0) =>
            {
                ("", rest)
            }
            Some(parts) => parts,
            None => ("", rest),
        };
        let book_end = after.find(". ").unwrap_or(after.len());
        let book = clean_field(&after[..book_end]);
        if !book.is_empty() {
            out.item.kind = "chapter".into();
            if !editors.trim().is_empty() {
                out.item.editor = vancouver_names(&editors.replace(['，', '、'], ","), g).0;
            }
            out.item.container_title = Some(book);
            used.add(base, base + rest.len() - after.len() + book_end);
        }
    }
    // `[EB/OL]. (2019-01-01)[2020-02-02]. URL`: the date of publication in
    // brackets, then the date the page was read in square ones.
    if code.ends_with("/OL") {
        if let Some(c) = crate::re::captures(&GBT_ONLINE_DATES, rest) {
            fn date<'t>(
                m: Option<regex::Match<'t>>,
                g: &Grammar,
            ) -> Option<(regex::Match<'t>, CslDate)> {
                m.and_then(|m| g.dates.first(m.as_str()).map(|d| (m, d.date)))
            }
            if let Some((m, d)) = date(c.name("issued"), g) {
                out.item.issued = Some(d);
                used.add(base + m.start(), base + m.end());
            }
            if let Some((m, d)) = date(c.name("accessed").or_else(|| c.name("read")), g) {
                out.item.accessed = Some(d);
                used.add(base + m.start() - 1, base + m.end() + 1);
            }
        }
    }
    // `光明日报, 2020-06-12(7).`: a newspaper's day, its page in brackets.
    if code == "N" {
        if let Some(c) = crate::re::captures(&GBT_NEWSPAPER_DAY, rest) {
            let (Some(j), Some(d), Some(w)) = (c.name("j"), c.name("d"), c.get(0)) else {
                return true;
            };
            if let Some(day) = g
                .dates
                .first(d.as_str())
                .filter(|_| j.as_str().chars().nth(60).is_none())
            {
                out.item.container_title = Some(clean_field(j.as_str()));
                out.item.issued = Some(day.date);
                out.item.page = c.name("p").map(|m| m.as_str().to_string());
                used.add(base + w.start(), base + w.end());
                return true;
            }
        }
    }
    if code.starts_with('J') || code == "N" {
        if let Some(c) = gbt_journal_captures(rest) {
            if let (Some(j), Some(y), Some(w)) = (c.name("j"), c.name("y"), c.get(0)) {
                out.item.container_title = Some(clean_field(j.as_str()));
                if let Ok(n) = y.as_str().parse::<i32>() {
                    out.item.issued = Some(CslDate::new(n, None, None, Some(y.as_str().into())));
                }
                out.item.volume = c.name("v").map(|m| m.as_str().to_string());
                out.item.issue = c.name("i").map(|m| m.as_str().trim().to_string());
                out.item.page = c
                    .name("p")
                    .map(|m| crate::grammar::locator_value(m.as_str()));
                used.add(base + w.start(), base + w.end());
            }
        } else if dated.is_some() {
            gbt_undated_journal(rest, base, out, used);
        }
        return true;
    }
    if dated.is_some() && gbt_imprint_captures(rest).is_none() {
        gbt_undated_imprint(rest, base, out, used);
        return true;
    }
    if let Some(c) = gbt_imprint_captures(rest) {
        if let (Some(publ), Some(y), Some(w)) = (c.name("pub"), c.name("y"), c.get(0)) {
            if let Some(place) = c.name("place") {
                out.item.publisher_place = Some(clean_field(place.as_str()));
            }
            out.item.publisher = Some(clean_field(publ.as_str()));
            if let Ok(n) = y.as_str().parse::<i32>() {
                out.item.issued = Some(CslDate::new(n, None, None, Some(y.as_str().into())));
            }
            out.item.page = c
                .name("p")
                .map(|m| crate::grammar::locator_value(m.as_str()));
            out.title_is_book = out.item.kind == "book";
            used.add(base + w.start(), base + w.end());
        }
    }
    true
}

/// A standard's number: a body's letters (`GB`, `GB/T`, `JGJ`, `ISO`,
/// `ISO/IEC`), its number (`7714`, `27001`, `3.1`) and maybe its year
/// after a dash or a colon (`GB/T 7714—2015`, `ISO 690:2010`).
static STANDARD_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?:ISO(?:/IEC)?|IEC|[A-Z]{1,4}(?:/[A-Z])?)\s*[0-9]+(?:[.-][0-9]+)*(?:\s*[—–-]\s*(?:19|20)[0-9]{2}|:(?:19|20)[0-9]{2})?$",
    )
});

/// A patent's number: an office's letters (`CN`, `ZL` of a Chinese
/// patent granted, `US`, `EP`, `JP`, `WO`) and its digits, with a check
/// digit after a period (`ZL201510123456.7`) or a kind code (`A`, `B2`).
static PATENT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?:ZL|CN|US|EP|JP|WO|KR|DE|GB|FR)\s?[0-9][0-9,/]{4,}(?:\.[0-9X])?(?:\s?[A-Z][0-9]?)?$",
    )
});

/// Whether `t` is a standard's number ([`STANDARD_NUMBER`]) or a patent's
/// ([`PATENT_NUMBER`]).
fn standard_or_patent_number(t: &str) -> bool {
    t.bytes().any(|b| b.is_ascii_digit())
        && (STANDARD_NUMBER.is_match(t) || PATENT_NUMBER.is_match(t))
}

/// The number a GB/T 7714 standard or patent writes in its title, moved
/// to the item's `number`: after a colon (`信息与文献 参考文献著录规则:
/// GB/T 7714—2015[S]`, `一种数据处理方法: CN105123456A[P]`, after the
/// country that grants a patent, kept as the place: `一种图像识别装置: 中国,
/// ZL201510123456.7[P]`), or before the title, the older order
/// (`GB/T 7714—2015 信息与文献 参考文献著录规则[S]`). A title of nothing
/// but the number is left as it is.
fn gbt_number_in_title(item: &mut CslItem) {
    let Some(title) = item.title.as_deref() else {
        return;
    };
    if let Some((head, tail)) = title.rsplit_once([':', '：']) {
        let tail = tail.trim();
        let (place, number) = match tail.split_once([',', '，']) {
            Some((place, number)) if place.trim().chars().all(crate::segment::is_cjk) => {
                (Some(place.trim()), number.trim())
            }
            _ => (None, tail),
        };
        let head = head.trim();
        if !head.is_empty() && standard_or_patent_number(number) {
            item.number = Some(number.to_string());
            if let Some(place) = place.filter(|p| !p.is_empty()) {
                item.publisher_place
                    .get_or_insert_with(|| place.to_string());
            }
            item.title = Some(head.to_string());
            return;
        }
    }
    // The number first: its words up to the title's, the year's dash
    // glued to it or spaced.
    let words: Vec<&str> = title.split(' ').collect();
    for n in (1..words.len().min(4)).rev() {
        let number = words[..n].join(" ");
        let rest = words[n..].join(" ");
        if !rest.trim().is_empty() && standard_or_patent_number(&number) {
            item.number = Some(number);
            item.title = Some(rest.trim().to_string());
            return;
        }
    }
}

/// A GB/T 7714 newspaper's name, day and page: `光明日报, 2020-06-12(7)`.
static GBT_NEWSPAPER_DAY: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^\s*(?P<j>[^,，]+?)\s*[,，]\s*(?P<d>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})\s*(?:[(（](?P<p>[0-9A-Za-z]{1,6})[)）])?",
    )
});

/// A year after a GB/T 7714 author-date list's names (`2019`, `2018a`):
/// the year and its letter.
fn gbt_year(p: &str) -> Option<(i32, Option<char>)> {
    let digits = p.get(..4)?;
    let suffix = &p[4..];
    let year: i32 = digits
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| digits.parse().ok())
        .flatten()?;
    let letter = match suffix.as_bytes() {
        [] => None,
        [c] if c.is_ascii_lowercase() => Some(*c as char),
        _ => return None,
    };
    (1500..=2099).contains(&year).then_some((year, letter))
}

/// A GB/T 7714 journal's details without the year, as the author-date
/// system gives them after the title: `社会学研究, 33(3): 45-68`,
/// `中国农村观察, (5): 2-17`, `The China Quarterly, 241: 1-20`.
static GBT_UNDATED_NUMBERS: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^\s*(?P<v>[0-9]{1,5})?\s*(?:[(（](?P<i>[0-9A-Za-z/\-–]{1,12})[)）])?(?:\s*[:：]\s*(?P<p>[A-Za-z]?[0-9]{1,8}(?:\s*[-–]\s*[A-Za-z]?[0-9]{1,8})?))?\s*[.。．]?\s*$",
    )
});

/// Reads [`GBT_UNDATED_NUMBERS`] after the journal's name (up to the
/// first comma) in `rest`, at `base` of the entry: a volume or an issue
/// at least.
fn gbt_undated_journal(rest: &str, base: usize, out: &mut ParsedReference, used: &mut Used) {
    let Some(comma) = rest.find([',', '，']) else {
        return;
    };
    let journal = clean_field(&rest[..comma]);
    let after = &rest[comma..];
    let after = &after[after.chars().next().map_or(0, char::len_utf8)..];
    let Some(c) = crate::re::captures(&GBT_UNDATED_NUMBERS, after) else {
        return;
    };
    if journal.is_empty() || (c.name("v").is_none() && c.name("i").is_none()) {
        return;
    }
    out.item.container_title = Some(journal);
    out.item.volume = c.name("v").map(|m| m.as_str().to_string());
    out.item.issue = c.name("i").map(|m| m.as_str().to_string());
    out.item.page = c
        .name("p")
        .map(|m| crate::grammar::locator_value(m.as_str()));
    used.add(base, base + rest.len());
}

/// A GB/T 7714 imprint without the year, as the author-date system gives
/// it after the title: `北京: 北京大学出版社.`, `Cambridge, MA: Harvard
/// University Press.`, a thesis's `北京: 中国农业大学.`; the place before
/// the first colon (after an edition statement and its period: `修订版.
/// 北京`), the publisher after it, pages after a second colon.
fn gbt_undated_imprint(rest: &str, base: usize, out: &mut ParsedReference, used: &mut Used) {
    let t = rest.trim_end().trim_end_matches(['.', '。', '．']);
    let Some((head, after)) = t.split_once([':', '：']) else {
        return;
    };
    let place = head.rsplit(['.', '。', '．']).next().unwrap_or(head);
    let from = head.len() - place.len();
    let (publ, pages) = match after.split_once([':', '：']) {
        Some((p, pages))
            if pages
                .trim()
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'-')
                && pages.trim().starts_with(|c: char| c.is_ascii_digit()) =>
        {
            (p, Some(pages.trim()))
        }
        Some(_) => return,
        None => (after, None),
    };
    let (place, publ) = (clean_field(place), clean_field(publ));
    if place.is_empty()
        || publ.is_empty()
        || place.chars().nth(40).is_some()
        || publ.chars().nth(80).is_some()
        || place.contains(['.', '。'])
        || publ.contains(['.', '。'])
    {
        return;
    }
    out.item.publisher_place = Some(place);
    out.item.publisher = Some(publ);
    out.item.page = pages.map(crate::grammar::locator_value);
    out.title_is_book = out.item.kind == "book";
    used.add(base + from, base + rest.len());
}

/// A GOST author (Russian and Soviet-style references): the family name,
/// then one to three dotted initials (`Иванов И. И.`, `Smith J. A.`).
const GOST_AUTHOR: &str =
    r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?\s+\p{Lu}\.(?:\s?-?\p{Lu}\.){0,2}";

/// The GOST head's authors: `Иванов И. И., Петров П. П.`. An et-al word
/// of the grammars and the title follow ([`gost_head`]).
static GOST_HEAD: LazyLock<Regex> =
    LazyLock::new(|| crate::re::constant(&format!(r"^(?P<a>{GOST_AUTHOR}(?:,\s+{GOST_AUTHOR})*)")));

/// The GOST head of `s`: the end of its authors, whether a `names.et_al`
/// word of the grammars follows them (`и др.`, `та ін.`, `et al.`), and
/// where the title starts (a capital or an opening quote).
fn gost_head(s: &str, g: &Grammar) -> Option<(usize, bool, usize)> {
    let Some(authors) = GOST_HEAD.find(s).map(|m| m.end()) else {
        return same_author_head(s, g);
    };
    let after = s.get(authors..)?;
    let after = after.strip_prefix(',').unwrap_or(after);
    let lead = after.len() - after.trim_start().len();
    let mut at = s.len() - after.len();
    let mut et_al = false;
    if lead > 0 {
        let lower = after[lead..]
            .chars()
            .take(24)
            .collect::<String>()
            .to_lowercase();
        // The longest et-al word that ends at a space (`и др.`, not `и др`
        // of `и др.`).
        let word = g
            .et_al
            .iter()
            .filter(|w| {
                lower
                    .strip_prefix(w.as_str())
                    .is_some_and(|r| r.starts_with(char::is_whitespace))
            })
            .max_by_key(|w| w.len());
        if let Some(w) = word {
            // Lowercasing keeps the length of these words' letters.
            let len = after[lead..]
                .char_indices()
                .nth(w.chars().count())
                .map_or(after.len() - lead, |(i, _)| i);
            et_al = true;
            at += lead + len;
        }
    }
    let rest = &s[at..];
    let title = rest.trim_start();
    if title.len() == rest.len() {
        return None;
    }
    let opens = title
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || matches!(c, '«' | '“' | '"'));
    opens.then(|| (authors, et_al, s.len() - title.len()))
}

/// Where the names of a GOST entry end (`Иванов И. И., Петров П. П.`
/// before its title), when `s` opens with them.
pub fn gost_authors_end(s: &str) -> Option<usize> {
    GOST_HEAD.find(s).map(|m| m.end())
}

/// A GOST head that is a word for the authors of the citation before
/// (`Он же. Дипломатия и война. М., 1999.`, `Его же. Title …`): the end
/// of the word and where the title starts, after its period; no et al.
fn same_author_head(s: &str, g: &Grammar) -> Option<(usize, bool, usize)> {
    let end = g.same_author_prefix(s)?;
    let head = s[..end].trim_end();
    let word = head.trim_end_matches(['.', ',', ':']);
    let title = &s[end..];
    (head.ends_with('.')
        && title.starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '“' | '"')))
    .then_some((word.len(), false, end))
}

/// A GOST imprint: `. М.: Наука, 1990`, `. СПб.: Алетейя, 2004`,
/// `. Oxford: Clarendon Press, 1990`, a place with its state
/// `. Cambridge, Mass. : Harvard University Press, 1988`, two places
/// `. М.; Л.: Изд-во АН СССР, 1946`. The publisher's run has no upper
/// bound, for the automaton of a bounded one is slow to build;
/// [`gost_imprint`] holds it to 80 characters.
static GOST_IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"\.\s+(?P<place>\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*)?(?:\s\p{Ll}/\p{Lu}\.?)?(?:,\s\p{Lu}\p{L}{1,4}\.?)?(?:;\s?\p{Lu}[\p{L}.\-]*){0,2})\s*:\s*(?P<pub>[^,:]{2,}?),\s*(?P<y>(?:1[5-9]|20)[0-9][0-9])",
    )
});

/// The first GOST imprint in `body` ([`GOST_IMPRINT`]) whose publisher
/// has at most 80 characters. The publisher runs from the colon to the next
/// comma, so a match whose publisher is too long or too short is passed
/// over for one that starts further on.
fn gost_imprint(body: &str) -> Option<regex::Captures<'_>> {
    let mut from = 0;
    while from <= body.len() {
        // The fast engine rejects most texts before the capture engine runs.
        let start = GOST_IMPRINT.find_at(body, from)?.start();
        let c = GOST_IMPRINT.captures_at(body, start)?;
        if crate::re::group_chars(&c, 2) <= 80 {
            return Some(c);
        }
        from = c.get(0)?.start() + 1;
        while !body.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// A GOST imprint without a publisher, as notes and older lists write it:
/// `. М., 2005`, `. СПб., 1999`, `. Киев, 1987`, `. М.; Л., 1946`: one
/// capitalised word for each place (the first may open with an initial,
/// `Н. Новгород`, and close with a river's abbreviation, `Ростов н/Д`),
/// then the year, which no other digit or dash continues
/// ([`gost_place_year`]).
static GOST_PLACE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"\.\s+(?P<place>\p{Lu}(?:\.\s\p{Lu})?[\p{L}\-]*\.?(?:\s\p{Ll}/\p{Lu}\.?)?(?:\s?;\s?\p{Lu}[\p{L}\-]*\.?){0,2}),\s*(?P<y>(?:1[5-9]|20)[0-9][0-9])",
    )
});

/// The first place and year of `body` ([`GOST_PLACE_YEAR`]) that end a
/// sentence: the year is followed by a period, a space, a semicolon or
/// the end, not by a dash of a span of years.
fn gost_place_year(body: &str) -> Option<regex::Captures<'_>> {
    let mut from = 0;
    while let Some(whole) = GOST_PLACE_YEAR.find_at(body, from) {
        let next = body[whole.end()..].chars().next();
        if next.is_none_or(|n| matches!(n, '.' | ';' | ',') || n.is_whitespace()) {
            return GOST_PLACE_YEAR.captures_at(body, whole.start());
        }
        from = whole.start() + 1;
        while !body.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// GOST 7.0.5 references: `Иванов И. И. Название. М.: Наука, 1990. С. 23.`
/// (a book) and `Петров П. П. Статья // Вопросы истории. 2005. № 3.
/// С. 45–60.` (a part of a journal or collection, after `//`).
fn parse_gost(s: &str, out: &mut ParsedReference, used: &mut Used, g: &Grammar) -> bool {
    let Some((authors_end, et_al, title_start)) = gost_head(s, g) else {
        return parse_gost_titled(s, out, used, g);
    };
    let authors = &s[..authors_end];
    let body = &s[title_start..];
    // The title ends at `//` (a part of a container), at ` / ` (the
    // statement of responsibility) or at the imprint.
    let container_at = body.find(" // ").or_else(|| body.find("// "));
    let imprint = gost_imprint(body).or_else(|| gost_place_year(body));
    let imprint_at = imprint.as_ref().and_then(|c| c.get(0)).map(|m| m.start());
    let Some(mut title_end) = container_at.or(imprint_at) else {
        return false;
    };
    if let Some(slash) = body[..title_end].find(" / ") {
        title_end = slash;
    }
    // `Название. 2-е изд., испр. и доп. М.: Наука`: an edition statement
    // after a sentence of the title is no part of it.
    let edition_at = body[..title_end]
        .match_indices(". ")
        .map(|(i, _)| i)
        .find_map(|i| edition::statement(&body[i + 2..], g).map(|e| (i, e)));
    if let Some((i, e)) = edition_at {
        used.add(title_start + i + 2, title_start + i + 2 + e.len);
        set_edition(&mut out.item, e);
        title_end = i;
    }
    let title = clean_field(&body[..title_end]);
    if title.is_empty() {
        return false;
    }
    let mut names = Vec::new();
    let placeholder = g.same_author_prefix(authors).is_some();
    if placeholder {
        // Filled in from the citation before when the notes are read.
        names.push(crate::model::CslName {
            literal: Some(authors.trim().to_string()),
            ..Default::default()
        });
    }
    for part in authors.split(", ").filter(|_| !placeholder) {
        let part = part.trim();
        let Some(space) = part.find(char::is_whitespace) else {
            continue;
        };
        names.push(crate::model::CslName {
            family: Some(part[..space].to_string()),
            given: Some(part[space..].trim().to_string()),
            literal: None,
            static_ordering: false,
            given_first: false,
        });
    }
    out.item.author = names;
    out.item.et_al = et_al;
    out.authors = Some((0, authors_end));
    out.item.title = Some(crate::text::decode_entities(&title));
    out.title = Some((title_start, title_start + title_end));
    used.add(0, title_start + title_end);
    if let Some(at) = container_at {
        // `// Вопросы истории. 2005. № 3. С. 45–60.`
        let start = title_start + at + body[at..].find("//").unwrap_or(0) + 2;
        let after = &s[start..];
        let end = after
            .find(". ")
            .into_iter()
            .chain(after.find(", "))
            .min()
            .unwrap_or(after.len());
        let container = clean_field(&after[..end]);
        if !container.is_empty() {
            out.item.container_title = Some(container);
            used.add(start, start + end);
        }
        if let Some((date, len)) = sentence_day(&after[end..], g) {
            // `// Правда. 1930. 2 марта.`: a newspaper's issue.
            used.add(start + end, start + end + len);
            out.item.issued = Some(date);
            out.item.kind = "article-newspaper".into();
            out.kind_written = true;
        } else if let Some(d) = g.dates.first(&after[end..]) {
            used.add(start + end + d.start, start + end + d.end);
            out.year_suffix = d.suffix;
            out.item.issued = Some(d.date);
        }
    } else if let Some(c) = imprint {
        if let (Some(place), Some(y), Some(w)) = (c.name("place"), c.name("y"), c.get(0)) {
            // `М.`, `СПб.`: the abbreviated city keeps its period.
            out.item.publisher_place = Some(place.as_str().trim().to_string());
            out.item.publisher = c.name("pub").map(|p| clean_field(p.as_str()));
            if let Ok(n) = y.as_str().parse::<i32>() {
                out.item.issued = Some(CslDate::new(n, None, None, Some(y.as_str().into())));
            }
            out.title_is_book = true;
            used.add(title_start + w.start(), title_start + w.end());
        }
    }
    true
}

/// `. 1930. 2 марта`: a year and a day and month in sentences of their
/// own, as GOST dates a newspaper's issue. The date and the length read.
fn sentence_day(s: &str, g: &Grammar) -> Option<(CslDate, usize)> {
    let rest = s.strip_prefix(". ")?;
    let (year, rest) = rest.split_once(". ")?;
    if !crate::grammar::is_year(year) {
        return None;
    }
    let day_len = rest.find(['.', ',', ';']).unwrap_or(rest.len());
    let (d, month) = rest[..day_len].split_once(' ')?;
    if d.is_empty() || d.len() > 2 || !d.bytes().all(|b| b.is_ascii_digit()) || month.contains(' ')
    {
        return None;
    }
    let date = g.dates.first(&format!("{d} {month} {year}"))?;
    date.date.day()?;
    Some((date.date, s.len() - rest.len() + day_len))
}

/// GOST references that open with the title, as collective works, editions
/// of documents and reference works are described: `Трагедия советской
/// деревни: документы и материалы / под ред. В. П. Данилова. М.: РОССПЭН,
/// 2000. Т. 2.`, `Очерки истории Урала. М.: Наука, 1990.`. The title runs
/// to the statement of responsibility after ` / ` or to the imprint. Either
/// the slash or an abbreviated place (`М.`, `СПб.`, `Л.`), which only GOST
/// writes, must be there: `Smith, John. Title. New York: Norton, 2001.`
/// opens with its names.
fn parse_gost_titled(s: &str, out: &mut ParsedReference, used: &mut Used, g: &Grammar) -> bool {
    if !s.starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '“' | '"'))
        || g.same_author_prefix(s).is_some()
    {
        return false;
    }
    // A title is no list of names (below): a comma before the first period
    // that ends a sentence, or before the first slash, rules the reference
    // out before the imprint is looked for.
    let head_end = s
        .char_indices()
        .find(|&(i, c)| {
            (c == '.' && s[i + 1..].starts_with(char::is_whitespace)) || s[i..].starts_with(" / ")
        })
        .map_or(s.len(), |(i, _)| i);
    if s[..head_end].contains(", ") {
        return false;
    }
    let Some(c) = gost_imprint(s) else {
        return false;
    };
    let (Some(whole), Some(place), Some(publisher), Some(y)) =
        (c.get(0), c.name("place"), c.name("pub"), c.name("y"))
    else {
        return false;
    };
    // `… / под ред. Л. Виолы. М.: РОССПЭН`: the place is the last
    // sentence before the colon, not an editor's name with it.
    let (place, imprint_start) = match place.as_str().rfind(". ") {
        Some(i) => (&place.as_str()[i + 2..], place.start() + i),
        None => (place.as_str(), whole.start()),
    };
    let before = &s[..imprint_start];
    let slash = before.find(" / ");
    // `М.`, `СПб.`, `М.; Л.`: each place a capital and at most three more
    // letters, with its period.
    let abbreviated = place.split(';').all(|p| {
        let p = p.trim();
        p.ends_with('.') && (2..=5).contains(&p.chars().count())
    });
    let title_end = slash.unwrap_or(before.len());
    // A title is no list of names: no comma before its first sentence ends.
    let first_sentence = before[..title_end].split(". ").next().unwrap_or("");
    if !(slash.is_some() || abbreviated) || first_sentence.contains(", ") {
        return false;
    }
    let title = clean_field(&before[..title_end]);
    if title.is_empty() {
        return false;
    }
    out.item.title = Some(crate::text::decode_entities(&title));
    out.title = Some((0, title_end));
    used.add(0, title_end);
    if let Some(at) = slash {
        // `/ под ред. В. П. Данилова, Р. Маннинг`: the editors.
        contributors(s, at + 2, &mut out.item, used, g);
    }
    out.item.publisher_place = Some(place.trim().to_string());
    out.item.publisher = Some(clean_field(publisher.as_str()));
    let (date, end) = gost_years(s, y.start(), y.end());
    out.item.issued = date;
    out.title_is_book = true;
    used.add(imprint_start, end);
    true
}

/// The year of a GOST imprint at `start..end` of `s`, with the last year
/// of a work published over years after a dash (`1999–2006`, `1946-58`),
/// and where the years end.
fn gost_years(s: &str, start: usize, end: usize) -> (Option<CslDate>, usize) {
    let Ok(first) = s[start..end].parse::<i32>() else {
        return (None, end);
    };
    let after = &s[end..];
    let dash = after.strip_prefix('–').or_else(|| after.strip_prefix('-'));
    let digits = dash.map_or(0, |d| d.bytes().take_while(u8::is_ascii_digit).count());
    let last = dash
        .filter(|_| matches!(digits, 2 | 4))
        .and_then(|d| d[..digits].parse::<i32>().ok())
        .map(|n| {
            if digits == 2 {
                first / 100 * 100 + n
            } else {
                n
            }
        })
        .filter(|&n| n > first);
    match last {
        Some(n) => {
            let to = end + (after.len() - dash.map_or(0, str::len)) + digits;
            let date = CslDate {
                date_parts: vec![vec![first], vec![n]],
                raw: Some(s[start..to].to_string()),
            };
            (Some(date), to)
        }
        None => (
            Some(CslDate::new(first, None, None, Some(s[start..end].into()))),
            end,
        ),
    }
}

/// `Palandt: Bürgerliches Gesetzbuch, 79. Aufl. 2020`: a family name alone
/// before the colon of a German-style entry (a commentary known by its
/// founder's name, an author without given names). One capitalised word
/// of letters (a hyphen allowed) with small letters after its first,
/// then a capitalised title.
fn lone_family_before_colon(head: &str, rest: &str) -> bool {
    let mut chars = head.chars();
    chars.next().is_some_and(char::is_uppercase)
        && head.chars().nth(1).is_some()
        && chars.all(|c| c.is_lowercase() || c == '-')
        && !head.ends_with('-')
        && rest.starts_with(|c: char| c.is_uppercase())
}

/// The names of a reference whose authors are separated from the title by
/// a colon without a comma in any name: `Szekfű Gyula: Magyar történet.`,
/// `Gergely Jenő – Pritz Pál: Title.`, `Max Weber: Title`. Each name is
/// two or three capitalised words; names are joined by a dash or a
/// `names.and` word (not a comma: `Jacques Derrida, Archive Fever:` is a
/// name and a title), and may end with a `names.et_al` word; or the head
/// is one `Family, Initials` (`Macartney, C. A.:`). Returns the
/// names as written, in order, the end of the author part and whether it
/// ended with et al.; the colon follows.
fn colon_names(s: &str, g: &Grammar) -> Option<(Vec<String>, usize, bool)> {
    let colon = s.get(..160).map_or(s, |h| h).find(": ")?;
    let head = s.get(..colon)?;
    let lower = head.to_lowercase();
    let ending = g
        .et_al
        .iter()
        .find(|w| lower.ends_with(w.as_str()) && lower.len() > w.len())
        .and_then(|w| head.get(..head.len() - w.len()));
    let (head_names, et_al) = match ending {
        Some(h) => (h.trim_end().trim_end_matches(','), true),
        None => (head, false),
    };
    // `Macartney, C. A.: October Fifteenth.`: one name, family and initials.
    if let Some((family, initials)) = head_names.split_once(", ") {
        let family_ok = family.chars().next().is_some_and(char::is_uppercase)
            && family
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        let initials_ok = !initials.is_empty()
            && initials.split_whitespace().all(|w| {
                let mut c = w.chars();
                c.next().is_some_and(char::is_uppercase) && c.as_str() == "."
            });
        if family_ok && initials_ok {
            return Some((vec![format!("{initials} {family}")], colon, et_al));
        }
    }
    if head_names.contains(['.', ';', '(', ')', '[', ']', '"', '«', '„', '“', '/']) {
        return None;
    }
    let mut names = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let flush = |current: &mut Vec<&str>, names: &mut Vec<String>| -> bool {
        let ok = (2..=3).contains(&current.len());
        if ok {
            names.push(current.join(" "));
        }
        current.clear();
        ok
    };
    for word in head_names.split_whitespace() {
        if matches!(word, "–" | "—" | "-") || g.and_words.iter().any(|w| w == word) {
            if !flush(&mut current, &mut names) {
                return None;
            }
            continue;
        }
        let mut chars = word.chars();
        let capitalised = chars.next().is_some_and(char::is_uppercase)
            && word.chars().count() >= 2
            && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            && word.chars().skip(1).any(char::is_lowercase);
        if !capitalised {
            return None;
        }
        current.push(word);
    }
    if !flush(&mut current, &mut names) {
        return None;
    }
    Some((names, colon, et_al))
}

/// References whose names stand before a colon, without a comma in any
/// name, and whose title ends at the first sentence break before a
/// capital, with no other colon after it: `Szekfű Gyula: Magyar történet.
/// Budapest, Királyi Magyar Egyetemi Nyomda, 1935.`, `Pritz Pál: Magyar külpolitika Trianon után.
/// Történelmi Szemle, 42. évf. (2000) 3–4. sz. 245–268.` The names are
/// read given name first (`Max Weber: …`); a paper in a language that
/// writes them family name first has them turned by
/// `family_first_names` of the library. What follows the title is read as
/// after any other title. Returns false (and touches nothing) without that
/// head.
fn parse_colon_names(s: &str, out: &mut ParsedReference, used: &mut Used, g: &Grammar) -> bool {
    let Some((names, colon, et_al)) = colon_names(s, g) else {
        return false;
    };
    let start = colon + 1 + (s.len() - colon - 1 - s[colon + 1..].trim_start().len());
    let body = &s[start..];
    // The title ends at `. ` before a capital or a digit that opens the
    // details (`. Budapest,`, `. I–II. k.`), not after an initial or a
    // Roman numeral inside it (`a XX. században`).
    let title_end = body
        .match_indices(". ")
        .map(|(i, _)| i)
        .find(|&i| {
            body[i + 2..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                && body[..i]
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| w.chars().count() > 1 || w.chars().all(char::is_numeric))
        })
        .unwrap_or(body.len());
    let title = clean_field(body[..title_end].trim_end_matches('.'));
    // The colon is the names' alone: the imprint is `Place, Publisher,
    // Year`, not `Place: Publisher` (`Unemployment Insurance: A Study ….
    // Geneva: International Labour Office, 1925` has a title before it).
    if title.chars().filter(|c| c.is_alphabetic()).count() < 3
        || title_end == body.len()
        || body[title_end..].contains(": ")
    {
        return false;
    }
    out.item.author = names
        .iter()
        .map(|n| {
            let (given, family) = n.rsplit_once(' ').unwrap_or(("", n));
            CslName {
                family: Some(family.to_string()),
                given: Some(given.to_string()),
                literal: None,
                static_ordering: false,
                given_first: false,
            }
        })
        .collect();
    out.item.et_al = et_al;
    out.authors = Some((0, colon));
    out.item.title = Some(title);
    out.title = Some((start, start + title_end));
    out.title_is_book = true;
    used.add(0, start + title_end);
    locators(s, &mut out.item, used, g);
    parse_after_title(
        s,
        start + title_end,
        true,
        &mut out.item,
        used,
        &mut out.year_suffix,
        g,
    );
    // `Budapest, Osiris, 1999. 112.`, `Szemle, 42. évf. (2000) 3–4. sz.
    // 245–268.`: a bare number or range after all that was read is the
    // page.
    if out.item.page.is_none() {
        if let Some(at) = used.0.iter().map(|&(_, b)| b).max() {
            let tail = s[at..]
                .trim_start_matches(['.', ' '])
                .trim_end_matches(['.', ' ']);
            let pages = !tail.is_empty()
                && tail.len() <= 12
                && tail.starts_with(|c: char| c.is_ascii_digit())
                && tail
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'));
            if pages {
                out.item.page = Some(crate::grammar::locator_value(tail));
                used.add(at, s.len());
            }
        }
    }
    true
}

/// `Smith J, Lee K. Title. J Name. 2019;12(3):45–67.` and the book form
/// `Smith J. Title. City: Publisher; 2019.`; an organisation author
/// (`World Health Organization. Title. Geneva: WHO; 2021.`) is taken when
/// the publication block is there.
fn parse_vancouver(s: &str, out: &mut ParsedReference, used: &mut Used, g: &Grammar) -> bool {
    let date = crate::re::captures(&VANCOUVER_DATE, s).or_else(|| {
        // The year ends the entry but for its access date and link (AMA:
        // `Published 2022. Accessed November 2, 2022. https://…`).
        let head = link_free_and_lead_in(s);
        let head = g
            .accessed
            .iter(head)
            .next()
            .map_or(head, |m| &head[..m.start]);
        vancouver_authors(s)
            .is_some()
            .then(|| crate::re::captures(&VANCOUVER_END_YEAR, head.trim_end()))
            .flatten()
    });
    let book = vancouver_book(s);
    if date.is_none() && book.is_none() {
        return false;
    }
    let (author_text, authors_end) = match vancouver_authors(s) {
        Some((a, end)) => (a.to_string(), end),
        None => {
            // An organisation: a first sentence of a few capitalised words
            // (not one that ends in an initial, as `E. P. Thompson, …` and
            // `Richard B. Sheridan, …` do).
            let Some(end) = s.find(". ") else {
                return false;
            };
            let head = &s[..end];
            let words = head.split_whitespace().count();
            let initial = head
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.chars().count() == 1);
            if words == 0
                || initial
                || words > 8
                || head.chars().any(|c| c.is_ascii_digit())
                || !head.starts_with(|c: char| c.is_uppercase())
            {
                return false;
            }
            (head.to_string(), end + 2)
        }
    };
    let block_start = date
        .as_ref()
        .and_then(|c| c.get(0))
        .map(|m| m.start())
        .or_else(|| book.as_ref().and_then(|c| c.get(0)).map(|m| m.start()))
        .unwrap_or(s.len());
    if block_start < authors_end {
        return false;
    }
    // A year inside an imprint's brackets (`Richard B. Sheridan, Sugar and
    // Slavery (Baltimore: …, 1973; repr., …)`) is a note's, whose first
    // sentence ends at a middle initial: a Vancouver block stands outside
    // brackets.
    let between = &s[authors_end..block_start];
    if between.matches(['(', '（']).count() > between.matches([')', '）']).count() {
        return false;
    }
    // Authors: `Smith J` is family + initials.
    let (names, et_al) = vancouver_names(&author_text, g);
    out.item.author = names;
    out.item.et_al = et_al;
    out.authors = Some((0, author_text.len()));
    used.add(0, authors_end);
    // Title: the next sentence; container: what stands before the block.
    let rest = &s[authors_end..block_start];
    let (title_end, next) = sentence_bounds(rest).unwrap_or((rest.len(), rest.len()));
    let title = clean_field(&rest[..title_end]);
    if !title.is_empty() {
        out.item.title = Some(title);
        out.title = Some((authors_end, authors_end + title_end));
        used.add(authors_end, authors_end + next);
    }
    let between = clean_field(&rest[next..]);
    if let Some(c) = date {
        if !between.is_empty() {
            out.item.container_title = Some(between);
            used.add(authors_end + title_end, block_start);
        }
        let year = c.name("y").or_else(|| c.name("y2"));
        if let Some(y) = year {
            if let Ok(n) = y.as_str().parse::<i32>() {
                out.item.issued = Some(CslDate::new(n, None, None, Some(y.as_str().into())));
            }
        }
        let field = |a: &str, b: &str| {
            c.name(a)
                .or_else(|| c.name(b))
                .map(|m| m.as_str().trim().to_string())
        };
        out.item.volume = field("v", "v2");
        out.item.issue = field("i", "i2");
        out.item.page = c.name("p").map(|m| m.as_str().replace(' ', ""));
        if let Some(w) = c.get(0) {
            used.add(w.start(), w.end());
        }
    } else if let Some(c) = book {
        if let (Some(place), Some(publ), Some(y)) = (c.name("place"), c.name("pub"), c.name("y")) {
            out.item.publisher_place = Some(clean_field(place.as_str()));
            out.item.publisher = Some(clean_field(publ.as_str()));
            if let Ok(n) = y.as_str().parse::<i32>() {
                out.item.issued = Some(CslDate::new(n, None, None, Some(y.as_str().into())));
            }
            out.title_is_book = true;
        }
        if let Some(w) = c.get(0) {
            used.add(w.start(), w.end());
        }
    }
    true
}

/// `Smith J, van der Berg P, et al` → names with initials as given names.
fn vancouver_names(text: &str, g: &Grammar) -> (Vec<crate::model::CslName>, bool) {
    let mut et_al = false;
    let mut names = Vec::new();
    // `von Elm E, …, Vandenbroucke JP; STROBE Initiative`: a group named
    // after the persons, behind a semicolon, is one more author.
    let (text, group) = match text.split_once(';') {
        Some((persons, group)) => (persons, Some(group.trim())),
        None => (text, None),
    };
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if part == "et al" || part.ends_with(" et al") {
            et_al = true;
            let p = part.trim_end_matches("et al").trim();
            if p.is_empty() {
                continue;
            }
        }
        let mut words: Vec<&str> = part.split_whitespace().collect();
        // `Douglas GR Jr`: the generation after the initials is left.
        if words.len() > 2 && words.last().is_some_and(|w| is_generation(w)) {
            words.pop();
        }
        match words.split_last() {
            Some((last, family))
                if !family.is_empty() && last.chars().all(|c| c.is_uppercase()) =>
            {
                names.push(crate::model::CslName {
                    family: Some(family.join(" ")),
                    given: Some(last.to_string()),
                    literal: None,
                    static_ordering: false,
                    given_first: false,
                });
            }
            _ => {
                let parsed = parse_names(part, NameOrder::InvertedFirst, g);
                names.extend(parsed.names);
            }
        }
    }
    if let Some(group) = group.filter(|g| !g.is_empty()) {
        names.push(crate::model::CslName {
            literal: Some(group.to_string()),
            ..Default::default()
        });
    }
    (names, et_al)
}

/// `Smith, J. & Lee, K. Title. Nature 12, 45–67 (2019).`
fn parse_nature(s: &str, out: &mut ParsedReference, used: &mut Used, g: &Grammar) -> bool {
    // The authors: inverted names with initials, joined by `,`, `&`, `and`.
    let mut pos = 0;
    let mut count = 0;
    while let Some(m) = INVERTED_AUTHOR.find(&s[pos..]) {
        count += 1;
        pos += m.end();
        let rest = &s[pos..];
        let sep = ["& ", ", & ", "and ", ", and ", ", "]
            .iter()
            .find(|sep| rest.starts_with(**sep) && INVERTED_AUTHOR.is_match(&rest[sep.len()..]));
        match sep {
            Some(sep) => pos += sep.len(),
            None => break,
        }
    }
    if count == 0 {
        return false;
    }
    let mut authors_end = pos;
    let rest = &s[pos..];
    if let Some(r) = rest.strip_prefix("et al. ") {
        authors_end = s.len() - r.len();
    }
    let after = &s[authors_end..];
    // Title, then the tail with the year in parentheses.
    let Some((title_end, next)) = sentence_bounds(after) else {
        return false;
    };
    let tail_start = authors_end + next;
    let tail = s[tail_start..].trim_start();
    let tail_at = s.len() - s[tail_start..].trim_start().len();
    let Some(c) = crate::re::captures(&NATURE_TAIL, tail) else {
        return false;
    };
    let names = parse_names(&s[..authors_end], NameOrder::InvertedFirst, g);
    out.item.author = names.names;
    out.item.et_al = names.et_al || s[pos..authors_end].contains("et al");
    out.authors = Some((0, pos));
    used.add(0, authors_end);
    out.item.title = Some(clean_field(&after[..title_end]));
    out.title = Some((authors_end, authors_end + title_end));
    used.add(authors_end, tail_start);
    let get = |n: &str| c.name(n).map(|m| m.as_str().trim().to_string());
    out.item.container_title = get("j").map(|j| clean_field(&j));
    out.item.volume = get("v");
    out.item.page = get("p").map(|p| p.replace(' ', ""));
    if let Some(y) = c.name("y") {
        if let Ok(n) = y.as_str().parse::<i32>() {
            out.item.issued = Some(CslDate::new(n, None, None, Some(y.as_str().into())));
        }
    }
    if let Some(w) = c.get(0) {
        used.add(tail_at + w.start(), tail_at + w.end());
    }
    true
}

/// The APA head: authors, then the date in parentheses and a period:
/// `Smith, J., & Lee, K. (2019a).`, `World Health Organization. (n.d.).`,
/// `Nguyen, T. (in press).`, `Reuters. (2020, March 3).` The authors may not
/// hold a parenthesis, so a Nature entry's `(2019)` at its end never fits.
/// A date of words (`w`) must be one of the grammars' words in place of a
/// year, which [`apa_head`] checks; it is not capitals alone, which are
/// an organisation's abbreviation (`(WHO)`), read before the date.
/// The abbreviation of an organisation (`(WHO)`) and the day of the date
/// are unbounded runs: [`apa_head`] checks their lengths (bounded
/// repetitions of Unicode classes are slow to compile). Editors' names
/// with their role (`Shavit, Y., & Müller, W. (Eds.). (1998).`) are read
/// by [`parse_apa`] with the role blanked out ([`role_blanked`]).
static APA_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<a>[^()“”„«»\x22*_:0-9]{2,}?)(?:\s\((?P<abbr>\p{Lu}+)\))?\.?\s\((?P<d>(?P<y>(?:1[5-9]|20)[0-9][0-9])(?P<s>[a-z])?(?:,\s[\p{L}]+(?:\s(?P<day>[0-9]+))?)?|(?P<w>[^()0-9\s]*[^()0-9\p{Lu}\s][^()0-9]*?))\)[.:]\s+",
    )
});

/// The APA head of `s`, as the pattern with `(?P<abbr>\p{Lu}{2,10})` and
/// `(?:\s[0-9]{1,2})?` captures it. Both runs end at a closing bracket, which
/// they cannot take, and the text decides which of them there is: the
/// authors hold no `(`, so the first one opens the abbreviation if a
/// capital follows it, the date if not. So the bounds are checks of whole
/// runs: an abbreviation of 2 to 10 capitals, a day of 1 or 2 digits. A
/// date of words is a word of the grammars in place of a year (`n.d.`,
/// `in press`, `o. J.`), whole.
fn apa_head<'s>(s: &'s str, g: &Grammar) -> Option<regex::Captures<'s>> {
    // The date opens the first bracket, or the second after an
    // abbreviation: a year's digit or a word in place of it. Most entries
    // fail here, before the pattern.
    let dated = s.match_indices('(').take(2).any(|(i, _)| {
        let inner = &s[i + 1..];
        inner.starts_with(|c: char| c.is_ascii_digit()) || g.no_year_word(inner).is_some()
    });
    if !dated {
        return None;
    }
    let c = crate::re::captures(&APA_HEAD, s)?;
    let within = |name, bounds: std::ops::RangeInclusive<usize>| {
        c.name(name)
            .is_none_or(|m| bounds.contains(&m.as_str().chars().count()))
    };
    let word = c.name("w").is_none_or(|w| {
        g.no_year_word(w.as_str())
            .is_some_and(|(_, len)| len == w.len())
    });
    (within("abbr", 2..=10) && within("day", 1..=2) && word).then_some(c)
}

/// Every `. ` inside an APA author part follows an initial (`J. `,
/// `M.-Y. `) or `et al.`: otherwise a title sentence stands before the date
/// (`Doe, Jane. The Archive. Chicago: Press (2015).` is no APA head).
fn author_sentences_only(a: &str) -> bool {
    a.match_indices(". ").all(|(i, _)| {
        let word: String = a[..i]
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect();
        word == "la" || word.chars().count() == 1 && word.chars().all(char::is_uppercase)
    })
}

/// APA and its German and Spanish kin: author (date). title. container,
/// volume(issue), pages. The title may be italic (a book) or plain (an
/// article, then the italic or plain text after it is the container).
fn parse_apa(s: &str, out: &mut ParsedReference, used: &mut Used, g: &Grammar) -> bool {
    // `Shavit, Y., & Müller, W. (Eds.). (1998).`: the names edited the book
    // that is the title; the head is read with their role blanked.
    let blanked;
    let (c, edited) = match apa_head(s, g) {
        Some(c) => (c, false),
        None => {
            let Some(b) = role_blanked(s, g) else {
                return false;
            };
            blanked = b;
            let Some(c) = apa_head(&blanked, g) else {
                return false;
            };
            (c, true)
        }
    };
    let (Some(a), Some(d), Some(whole)) = (c.name("a"), c.name("d"), c.get(0)) else {
        return false;
    };
    // Names run 400 characters at most (a bound kept out of the pattern,
    // where it would make the automaton huge).
    if a.as_str().chars().nth(400).is_some() || !author_sentences_only(a.as_str()) {
        return false;
    }
    // `Kowalski J., Historia Polski (1918). Zarys, Warszawa: PWN, 1990.`:
    // the year is the title's, after a name written `Family I.`.
    if year_in_title_after_name(a.as_str().trim(), &s[d.end()..], g) {
        return false;
    }
    // `García, M. (2010).`: the pattern leaves the initial's period out of
    // the names.
    let names_text = match s[a.end()..].starts_with('.') {
        true if ends_with_initial_period(&s[..a.end() + 1]) => &s[..a.end() + 1],
        _ => a.as_str(),
    };
    // `Instituto Nacional de Estadística [INE]. (2020).`: the abbreviation
    // the text cites the organisation by is no part of its name.
    // The name before such an abbreviation is a group's (APA 7, 9.11):
    // one name, not split at its `and` words (`Instituto Nacional de
    // Estadística e Informática [INEI]`).
    let names = names_text.trim_end();
    let group = names
        .strip_suffix(']')
        .and_then(|n| n.rfind(" [").map(|open| &names[..open]));
    let names = group.unwrap_or(names);
    // German lists join inverted names with `/`: `Müller, Hans/Schmidt, Eva`.
    let mut authors = Vec::new();
    let mut et_al = false;
    if let Some(name) = group.filter(|n| !n.contains([',', '/', '&'])) {
        authors.push(CslName {
            literal: Some(clean_field(name)),
            ..Default::default()
        });
    }
    let grouped = !authors.is_empty();
    for part in names.split('/').filter(|_| !grouped) {
        let names = parse_names(part, NameOrder::InvertedFirst, g);
        authors.extend(names.names);
        et_al |= names.et_al;
    }
    if authors.is_empty() {
        return false;
    }
    out.item.author = authors;
    out.item.et_al = et_al;
    out.authors = Some((0, a.as_str().trim_end().len()));
    if let Some(y) = c.name("y") {
        out.item.issued = g.dates.first(d.as_str()).map(|m| m.date).or_else(|| {
            y.as_str()
                .parse()
                .ok()
                .map(|n| CslDate::new(n, None, None, Some(y.as_str().into())))
        });
        out.year_suffix = c.name("s").and_then(|m| m.as_str().chars().next());
    }
    used.add(0, whole.end());
    let rest_start = whole.end();
    let rest = &s[rest_start..];
    // `GARCÍA SANZ, Á. (1977): Desarrollo y crisis … Vieja. Economía y
    // sociedad …, Madrid, Akal.`: a book's title, its subtitle after a
    // period kept, then its town and house between commas to the end.
    if let Some((cut, place, house)) = comma_town_house(rest, g) {
        let title = clean_field(&rest[..cut]);
        if !title.is_empty() {
            out.item.title = Some(crate::text::decode_entities(&title));
            out.title = Some((rest_start, rest_start + cut));
            out.item.publisher_place = Some(clean_field(&rest[place]));
            out.item.publisher = Some(clean_field(&rest[house.clone()]));
            out.title_is_book = true;
            used.add(rest_start, rest_start + house.end);
            return true;
        }
    }
    // Title: italic (a book or report) or plain up to the sentence end.
    let delimited = find_title(rest).filter(|d| d.0 == 0);
    let (mut title, title_end, next, mut book) = match delimited {
        Some((0, inner, end, close, book)) => {
            // Past the delimiter and the mark that follows it.
            let next = close + rest[close..].chars().next().map_or(0, char::len_utf8);
            (&rest[inner..end], close, next, book)
        }
        _ => {
            let (end, next) = sentence_bounds(rest).unwrap_or((rest.len(), rest.len()));
            let (end, next) = subtitle_after_question(rest, end, next);
            (&rest[..end], end, next, false)
        }
    };
    // `Title (2nd ed.). Publisher.`: an edition after a plain title (in
    // its sentence) or an italic one makes it a book's.
    if let Some((cut, e)) = trailing_edition(title, g) {
        set_edition(&mut out.item, e);
        title = &title[..cut];
    }
    // `Title (Vol. 1). Publisher.`: the volume, in brackets after it.
    if let Some((cut, volume)) = trailing_volume(title, g) {
        out.item.volume.get_or_insert(volume);
        title = &title[..cut];
    }
    let mut title_end = title_end;
    if let Some((cut, role, names)) = trailing_contributors(title, g) {
        match role {
            Role::Editor => out.item.editor = names,
            Role::Translator => out.item.translator = names,
            Role::Introducer => {}
        }
        title = &title[..cut];
        title_end = cut;
    }
    // `Rodden, J. (2006) Hamilton's Paradox, Cambridge University Press.`:
    // a plain title that runs to the end of the entry, its last comma
    // part a house's name, names the book and its publisher.
    let mut house = None;
    if delimited.is_none() && rest[next..].trim().is_empty() {
        if let Some(cut) = house_after_comma(title, g) {
            house = Some(clean_field(&title[cut + 2..]));
            title = &title[..cut];
            title_end = cut;
        }
    }
    let title = clean_field(title);
    if title.is_empty() {
        return true;
    }
    out.item.title = Some(crate::text::decode_entities(&title));
    out.title = Some((rest_start, rest_start + title_end));
    used.add(rest_start, rest_start + next);
    if let Some(house) = house {
        out.item.publisher = Some(house);
        out.title_is_book = true;
        return true;
    }
    // Container: italic or plain text up to a comma, a volume or a digit.
    let after_start = edition_at(s, rest_start + next, &mut out.item, used, g);
    book |= edited || out.item.edition.is_some();
    out.title_is_book = book;
    let after = &s[after_start..];
    let lead = after.len() - after.trim_start().len();
    let body = &after[lead..];
    if body.starts_with("http") || body.starts_with("Retrieved") || body.is_empty() {
        return true;
    }
    // APA 7 names a book's publisher without its place: `Title.
    // Cambridge University Press.` A plain title, then one name without
    // digits or brackets up to the end or a link, is a book's and its
    // publisher; a dated piece (`(2020, March 3)`) names its outlet there.
    let mut name_only = link_free(body).trim_end();
    // `Recuperado de https://…`, `OECD Publishing. Available at https://…`,
    // `Advance online publication. https://…`: two or three words before
    // the link, the first capitalised and the rest lowercase, lead to it
    // and name nobody.
    if name_only.len() < body.trim_end().len() {
        if let Some(start) = link_lead_in(name_only) {
            name_only = name_only[..start].trim_end();
        }
        // Nothing but the link and its lead-in: no outlet is named.
        if name_only.is_empty() {
            return true;
        }
    }
    // `Sage. (Original work published 1963)`: a note in brackets after
    // the publisher's sentence.
    if let Some(open) = name_only.rfind(". (").filter(|_| name_only.ends_with(')')) {
        name_only = &name_only[..open];
    }
    let name_only = name_only.trim_end_matches('.').trim_end();
    if !book
        && c.name("day").is_none()
        && !d.as_str().contains(',')
        && !name_only.is_empty()
        && name_only.chars().count() < 100
        && !name_only.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | '[' | ':' | ';'))
        && !["In: ", "In "].iter().any(|p| body.starts_with(p))
        && find_title(name_only).is_none()
    {
        let words = || name_only.split_whitespace().map(str::to_lowercase);
        let periodical = words().any(|w| g.journal_words.contains(&w))
            && !words().any(|w| g.publisher_words.contains(&w));
        if periodical {
            out.item.container_title = Some(clean_field(name_only));
            out.item.kind = "article-journal".into();
            out.kind_written = true;
        } else {
            out.item.publisher = Some(clean_field(name_only));
            out.title_is_book = true;
        }
        used.add(after_start, after_start + lead + name_only.len());
        return true;
    }
    // `In A. Editor (Ed.), Book`, and the same after a container word of
    // another language that opens the sentence (`En A. Pérez (Ed.)`,
    // `Em J. Silva (Org.)`).
    let in_prefix = ["In: ", "In "]
        .iter()
        .find(|p| body.starts_with(**p))
        .map(|p| p.len())
        .or_else(|| {
            body.starts_with(char::is_uppercase)
                .then(|| g.container_prefix(body))
                .flatten()
        })
        .unwrap_or(0);
    let body = &body[in_prefix..];
    let lead = lead + in_prefix;
    if in_prefix > 0 && apa_chapter(body, after_start + lead, out, used, g) {
        return true;
    }
    // A book's `Place: Publisher.` (a link after it is no publisher:
    // `https://…` has a colon).
    let body = link_free(body);
    if in_prefix == 0 && !body.contains(|c: char| c.is_ascii_digit()) {
        // A subtitle too long for a place's run (`Å byggje ein stat og
        // skape ein nasjon. Oslo: Det Norske Samlaget.`): the place is
        // read after the last sentence end before the colon.
        let imprint = place_publisher(body)
            .or_else(|| {
                let colon = body.find(':')?;
                let dot = body[..colon].rfind(". ")?;
                let (place, publ) = place_publisher(&body[dot + 2..])?;
                Some((
                    0..dot + 2 + place.end,
                    dot + 2 + publ.start..dot + 2 + publ.end,
                ))
            })
            .or_else(|| cjk_place_publisher(body));
        if let Some((place, publ)) = imprint {
            let mut place_text = &body[place.clone()];
            // `Titel. Eine Bestandsaufnahme. Weinheim: Beltz.`: the
            // sentences before the place are the subtitle.
            if let Some(dot) = place_text.rfind(". ") {
                let sub = clean_field(&place_text[..dot]);
                if !sub.is_empty() {
                    if let Some(t) = out.item.title.as_mut() {
                        t.push_str(". ");
                        t.push_str(&sub);
                    }
                    if let Some((a, _)) = out.title {
                        out.title = Some((a, after_start + lead + place.start + dot));
                    }
                }
                place_text = &place_text[dot + 2..];
            }
            out.item.publisher_place = Some(clean_field(place_text));
            out.item.publisher = Some(clean_field(&body[publ.clone()]));
            out.title_is_book = true;
            used.add(after_start + lead, after_start + lead + publ.end);
            return true;
        }
    }
    let (name, len) = match find_title(body) {
        Some((0, inner, end, close, _)) => (body[inner..end].to_string(), close),
        _ => {
            // `Inside Higher Ed. https://…`: the name ends before the link.
            let body = body.trim_end();
            let mut cut = body.find([',', '(']).unwrap_or(body.len());
            if let Some(p) = body.find(|c: char| c.is_ascii_digit()) {
                cut = cut.min(p);
            }
            (body[..cut].to_string(), cut)
        }
    };
    let name = clean_field(&name);
    if !name.is_empty() && name.chars().count() < 150 {
        if book {
            out.item.publisher = Some(name);
        } else {
            out.item.container_title = Some(name);
            apa_numbers(s, after_start + lead + len, &mut out.item, used);
        }
        used.add(after_start, after_start + lead + len);
    }
    true
}

/// A newspaper article as UK Harvard lists write it, its year in brackets
/// after the author and the day and month after the paper (`Blunkett, D.
/// (1999) 'Standards not structures', The Times, 12 January, p. 18.`), or
/// the paper in the author's place when the piece is unsigned (`Observer
/// (1998) 'Naming and shaming', 13 March, p. 4.`): a container ending in a
/// day and month without a year, the year read alone, is the newspaper's
/// issue of that day. The day joins the date; a container that was the
/// day alone takes the name written before the year, when that is a name
/// without a comma or a period (a paper's, not a person's), and that name
/// stays in the author's place, where the citations name it.
fn day_of_issue_in_container(s: &str, item: &mut CslItem, g: &Grammar) {
    let Some(container) = item.container_title.as_deref() else {
        return;
    };
    // Cheap tests first: a digit in the container, a year alone.
    if !container.ends_with(|c: char| c.is_ascii_digit() || c.is_alphabetic())
        || !container.contains(|c: char| c.is_ascii_digit())
    {
        return;
    }
    let Some(year) = item
        .issued
        .as_ref()
        .filter(|d| d.date_parts.len() == 1 && d.date_parts[0].len() == 1)
        .and_then(CslDate::year)
    else {
        return;
    };
    let (name, day) = match container.rsplit_once(", ") {
        Some((n, d)) => (Some(n), d),
        None => (None, container),
    };
    if day.len() > 20 || day.split_whitespace().count() != 2 {
        return;
    }
    let date = match g.day_of_year(day, year) {
        Some((n, d)) if n == day.len() => d,
        // `March 13`, as American papers date an issue.
        _ => {
            let whole = format!("{day}, {year}");
            match g.dates.first(&whole) {
                Some(d) if d.start == 0 && d.end == whole.len() && d.date.day().is_some() => d.date,
                _ => return,
            }
        }
    };
    let name = match name {
        Some(n) => n.trim().to_string(),
        None => {
            // The paper written where the author stands.
            let Some(head) = s.find(" (").map(|i| s[..i].trim()) else {
                return;
            };
            if head.is_empty()
                || !head.starts_with(char::is_uppercase)
                || head.contains([',', '.', ';', ':', '&'])
                || head.split_whitespace().nth(5).is_some()
                || item.author.len() != 1
                || !item.editor.is_empty()
            {
                return;
            }
            // The paper keeps the author's place, where author-date
            // citations name it (`(Observer 1998)`), written whole.
            item.author[0] = CslName {
                literal: Some(head.to_string()),
                ..Default::default()
            };
            head.to_string()
        }
    };
    let parts = date.date_parts.first().cloned().unwrap_or_default();
    let part = |i: usize| parts.get(i).and_then(|&x| u8::try_from(x).ok());
    item.issued = Some(CslDate::new(
        year,
        part(1),
        part(2),
        Some(format!("{day} {year}")),
    ));
    item.container_title = Some(name);
}

/// `통계청. 2020. 『…』. 대전: 통계청.`, `Smith, John. Title. London: John
/// Smith.`: one author whose name, written whole, is the publisher's is an
/// organisation (or a person) publishing the work, and its name does not
/// split into family and given names.
fn publisher_is_author(item: &mut CslItem) {
    let [name] = item.author.as_mut_slice() else {
        return;
    };
    let (Some(publisher), Some(family), Some(given)) = (
        item.publisher.as_deref(),
        name.family.as_deref(),
        name.given.as_deref(),
    ) else {
        return;
    };
    if publisher.len() != family.len() + given.len()
        && publisher.len() != family.len() + given.len() + 1
    {
        return;
    }
    let whole = [
        format!("{family}{given}"),
        format!("{given} {family}"),
        format!("{family} {given}"),
    ];
    if whole.iter().any(|w| w == publisher) {
        *name = crate::model::CslName {
            literal: Some(publisher.to_string()),
            ..Default::default()
        };
    }
}

/// `s` with the role in brackets after its names blanked out, when a date
/// in brackets follows it (`Shavit, Y., & Müller, W. (Eds.). (1998).`,
/// `Müller, H. (Hrsg.). (2010).`): the first bracket of `s`, within its
/// first 400 bytes, holds one of the grammars' role words. Every offset
/// stays where it was.
fn role_blanked(s: &str, g: &Grammar) -> Option<String> {
    let open = s.find('(').filter(|&o| o <= 400)?;
    let close = open + s[open..].find(')').filter(|&c| c <= 20)?;
    let after = s[close + 1..].trim_start_matches('.').trim_start();
    if !after.starts_with('(') || !closes_with_role(&format!("- {}", &s[open..=close]), g) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..open]);
    out.extend(std::iter::repeat_n(' ', close + 1 - open));
    out.push_str(&s[close + 1..]);
    Some(out)
}

/// The number of a book (juan) of a classical work after a word of the
/// grammars' `locators.divisions` at the start of `t` (`卷78`, `巻22`,
/// `卷一百二十三`, `卷一二八`), in digits, and where its run of digits or
/// Han numerals ends in `t`. Han numerals are read whole (`卷一百二十三` is
/// 123, `卷一二八` 128).
pub(crate) fn division_number(t: &str, g: &Grammar) -> Option<(String, usize)> {
    let word = g
        .division_words
        .iter()
        .find(|w| !w.is_empty() && t.starts_with(w.as_str()))?;
    let rest = t[word.len()..].trim_start();
    let at = t.len() - rest.len();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        return Some((rest[..digits].to_string(), at + digits));
    }
    let han = rest.len()
        - rest
            .trim_start_matches(crate::grammar::is_han_numeral)
            .len();
    let n = crate::grammar::han_number_value(&rest[..han])
        .or_else(|| crate::syntax::edition::chinese_numeral(rest).map(|(n, _)| n))?;
    Some((n.to_string(), at + han))
}

/// `s` up to the first link in it and the words leading to it
/// ([`link_lead_in`]: `Available at: https://…`), or all of it.
fn link_free_and_lead_in(s: &str) -> &str {
    let t = link_free(s).trim_end();
    if t.len() == s.trim_end().len() {
        return s;
    }
    link_lead_in(t).map_or(t, |start| t[..start].trim_end())
}

/// Where the words that lead to a link start at the end of `t` (the text
/// before the link): `Recuperado de`, `Available at:`, `Advance online
/// publication.`, two or three words after the last sentence's end, the
/// first capitalised and the rest lowercase, or one word and a colon
/// (`Available:`), after the medium in brackets that IEEE writes before
/// it (`[Online]. Available:`). They name nobody.
fn link_lead_in(t: &str) -> Option<usize> {
    let start = t.rfind(". ").map_or(0, |i| i + 2);
    let mut words = t[start..].split_whitespace();
    let first = words.next().unwrap_or("");
    let more = words.clone().count();
    let one_word = more == 0
        && first
            .strip_suffix(':')
            .is_some_and(|w| w.len() > 1 && w.chars().all(char::is_alphabetic));
    let lead = first.starts_with(char::is_uppercase)
        && (one_word
            || (1..=2).contains(&more)
                && words.all(|w| {
                    w.trim_end_matches('.')
                        .chars()
                        .all(|c| c.is_lowercase() || c == ':')
                }));
    if !lead {
        return None;
    }
    // `[Online]. Available:`, `[CD-ROM]. Available:`: a medium of one or
    // two words in brackets.
    let medium = t[..start].trim_end().strip_suffix("].").and_then(|h| {
        let open = h.rfind('[')?;
        let m = &h[open + 1..];
        ((1..=2).contains(&m.split_whitespace().count())
            && m.chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-')))
        .then_some(open)
    });
    Some(medium.unwrap_or(start))
}

/// `s` up to the first link in it (`https://…`, `http://…`, `www.…`,
/// `doi:…`), or all of it.
fn link_free(s: &str) -> &str {
    let cut = ["https://", "http://", "www.", "doi:", "DOI:"]
        .iter()
        .filter_map(|p| {
            s.match_indices(p)
                .map(|(i, _)| i)
                .find(|&i| s[..i].chars().next_back().is_none_or(char::is_whitespace))
        })
        .min()
        .unwrap_or(s.len());
    &s[..cut]
}

/// APA's numbers after a journal's name: `, 31(2), 223–243`, `, 31,
/// 223–243`, `, 94(Suppl.), S95–S120`, `, 15(3), Article e0123`: the volume,
/// the issue in brackets, and the pages or article number, each set where
/// nothing has set it. `at` is where they start in `s`, right after the name.
fn apa_numbers(s: &str, at: usize, item: &mut CslItem, used: &mut Used) {
    let Some(rest) = s.get(at..) else { return };
    let Some(c) = crate::re::captures(&APA_NUMBERS, rest) else {
        return;
    };
    let (Some(whole), Some(v)) = (c.get(0), c.get(1)) else {
        return;
    };
    if used.contains(at, at + whole.end()) {
        return;
    }
    item.volume.get_or_insert_with(|| v.as_str().to_string());
    if let Some(i) = c.get(2) {
        item.issue
            .get_or_insert_with(|| i.as_str().trim_end_matches('.').to_string());
    }
    if let Some(p) = c.get(3) {
        item.page
            .get_or_insert_with(|| crate::grammar::locator_value(p.as_str()));
    }
    used.add(at, at + whole.end());
}

/// See [`apa_numbers`]: a comma, the volume, the issue in brackets (digits,
/// a range, or a word such as `Suppl.`), then a comma and the pages (a
/// letter may open them: `S95`, `e0123`) or `Article` and its number.
static APA_NUMBERS: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^,\s*([0-9]{1,5})(?:\s?\(([0-9A-Za-z.\s–-]{1,20})\))?(?:,\s*(?:Article\s+|Art\.\s+)?((?:[0-9]{1,6}|[A-Za-z][0-9]{1,8})(?:\s*[-–—]\s*[A-Za-z]?[0-9]{1,6})?))?(?:[.,\s]|$)",
    )
});

/// An APA chapter after its `In `: `J. Roe & K. Lee (Eds.), *The Book*
/// (pp. 10–30). Place: Publisher.` (also `(Hrsg.)`, `(Coord.)`, any role
/// word of the grammars): the editors up to the role word, the book, its
/// pages in parentheses, and the imprint. `at` is where `body` starts in
/// the reference. False, with nothing set, when no role word follows the
/// editors' names.
fn apa_chapter(
    body: &str,
    at: usize,
    out: &mut ParsedReference,
    used: &mut Used,
    g: &Grammar,
) -> bool {
    let Some((pos, role)) = g
        .roles
        .iter()
        .filter(|r| r.starts_with('('))
        .filter_map(|r| body.find(r.as_str()).map(|p| (p, r)))
        .min_by_key(|&(p, _)| p)
    else {
        return false;
    };
    // The editors: names only, no sentence before the role word.
    let editors = parse_names(body[..pos].trim(), NameOrder::Natural, g);
    if editors.names.is_empty()
        || body[..pos].contains(". ") && !author_sentences_only(&body[..pos])
    {
        return false;
    }
    let after_role = pos + role.len();
    let rest = &body[after_role..];
    let skip = rest.len() - rest.trim_start_matches([',', ' ']).len();
    let book_at = after_role + skip;
    let book_text = &body[book_at..];
    let (book, book_len) = match find_title(book_text) {
        Some((0, inner, end, close, _)) => {
            // Past the closing delimiter and the character after it, which
            // may be more than a byte.
            let past = close + book_text[close..].chars().next().map_or(0, char::len_utf8);
            (clean_field(&book_text[inner..end]), past)
        }
        _ => {
            let end = book_text
                .find(" (")
                .or_else(|| sentence_bounds(book_text).map(|(e, _)| e))
                .unwrap_or(book_text.len());
            (clean_field(&book_text[..end]), end)
        }
    };
    if book.is_empty() {
        return false;
    }
    out.item.editor.extend(editors.names);
    out.item.container_title = Some(crate::text::decode_entities(&book));
    let mut end = (book_at + book_len).min(body.len());
    // `(pp. 10–30)`, `(S. 10–30)`: the chapter's pages.
    let tail = &body[end..];
    let lead = tail.len() - tail.trim_start().len();
    if let Some(inner) = tail[lead..].strip_prefix('(') {
        if let Some(close) = inner.find(')') {
            let pages = &inner[..close];
            // `(3rd ed., pp. 10–30)`: the book's edition.
            if let Some(e) = edition::statement(pages, g) {
                set_edition(&mut out.item, e);
            }
            if let Some(m) = g.page.find(pages) {
                let range = pages[m.start..m.end].trim_start_matches(|c: char| !c.is_ascii_digit());
                if !range.is_empty() {
                    out.item.page = Some(range.trim().to_string());
                }
            }
            end += lead + 1 + close + 1;
        }
    }
    // `. Place: Publisher.` or `. Publisher.`
    let imprint = clean_field(body[end..].trim_start_matches(['.', ' ']));
    if !imprint.is_empty() && !imprint.starts_with("http") && imprint.chars().count() <= 120 {
        set_publisher(&mut out.item, &imprint, g);
        end = body.len();
    }
    used.add(at, at + end);
    true
}

#[cfg(test)]
mod places_and_volumes {
    use super::*;

    #[test]
    fn names_before_a_cjk_editors_role_are_the_editors() {
        let g = Grammar::builtin();
        let read = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        for s in [
            "국립중앙박물관 편, 『한국의 도자기』, 국립중앙박물관, 2009.",
            "김철수 엮음, 『조선시대 회화』, 서울: 일지사, 2001.",
            "梁治平主编：《法律的文化解释》，北京：三联书店，1994年。",
            "山田太郎編『現代法の課題』有斐閣、2010年。",
        ] {
            let e = read(s);
            assert!(e.author.is_empty(), "{s}: {:?}", e.author);
            assert_eq!(e.editor.len(), 1, "{s}");
        }
        // Names that wrote and edited it, or wrote it, stay its authors.
        for s in [
            "김철수 편저, 『조선시대 회화』, 서울: 일지사, 2001.",
            "山田太郎編著『現代法の課題』有斐閣、2010年。",
            "김철수, 『조선시대 회화』, 서울: 일지사, 2001.",
        ] {
            let e = read(s);
            assert!(e.editor.is_empty(), "{s}: {:?}", e.editor);
            assert!(!e.author.is_empty(), "{s}");
        }
    }

    #[test]
    fn towns_named_with_their_river_are_places() {
        let g = Grammar::builtin();
        for t in [
            "Frankfurt a. M.",
            "Frankfurt a.M.",
            "Frankfurt a. M",
            "Freiburg i. Br.",
            "Halle a. d. S.",
            "München",
            "Bad Heilbrunn",
        ] {
            assert!(is_place(t, &g), "{t}");
        }
        for t in [
            "Frankfurt am Main und",
            "New York Times",
            "Berlin 1903",
            "Kant a. M. Hegel",
        ] {
            assert!(!is_place(t, &g), "{t}");
        }
    }

    fn read(s: &str) -> CslItem {
        parse_reference(s, NameOrder::InvertedFirst, &Grammar::builtin()).item
    }

    #[test]
    fn a_place_ending_in_an_abbreviation_keeps_its_period() {
        let item = read("Habermas, Jürgen: Moralität und Sittlichkeit, in: ders., Erläuterungen zur Diskursethik, Frankfurt a. M. 1991, S. 9–30.");
        assert_eq!(item.publisher_place.as_deref(), Some("Frankfurt a. M."));
        assert_eq!(
            item.container_title.as_deref(),
            Some("Erläuterungen zur Diskursethik")
        );
        assert_eq!(item.publisher, None);
    }

    #[test]
    fn a_volume_in_roman_numerals_leaves_the_books_title() {
        let item = read("Kant, Immanuel: Kritik der praktischen Vernunft, in: Kant’s gesammelte Schriften, Bd. V, Berlin 1908.");
        assert_eq!(
            item.container_title.as_deref(),
            Some("Kant’s gesammelte Schriften")
        );
        assert_eq!(item.volume.as_deref(), Some("V"));
        assert_eq!(item.publisher_place.as_deref(), Some("Berlin"));
        // A title that ends in a comma part with a Roman numeral of its own
        // keeps it when no volume was read from it.
        let item = read("Müller, Hans: Beiträge, in: Studien, Teil II, Berlin 1908.");
        assert!(item.container_title.is_some());
    }

    #[test]
    fn a_siglum_after_an_entrys_title_is_read() {
        let item = read("Kant, Immanuel: Grundlegung zur Metaphysik der Sitten (GMS), in: Kant’s gesammelte Schriften, Bd. IV, Berlin 1903.");
        assert_eq!(
            item.title.as_deref(),
            Some("Grundlegung zur Metaphysik der Sitten (GMS)")
        );
        assert_eq!(item.title_short.as_deref(), Some("GMS"));
    }
}

#[cfg(test)]
mod title_search {
    use super::*;
    use proptest::prelude::*;

    /// `*Title*` found by looking at every byte (what `italic` must agree
    /// with).
    fn italic_bytewise(s: &str, m: u8) -> Option<Delimited> {
        let b = s.as_bytes();
        let open = (0..b.len()).find(|&i| {
            b[i] == m
                && b.get(i + 1)
                    .is_some_and(|c| !c.is_ascii_whitespace() && *c != m)
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
        })?;
        let close = (open + 1..b.len()).find(|&j| {
            b[j] == m
                && !b[j - 1].is_ascii_whitespace()
                && b.get(j + 1).is_none_or(|c| !c.is_ascii_alphanumeric())
        })?;
        Some((open, open + 1, close, close + 1, true))
    }

    /// ‘Title’ found by looking at every character.
    fn single_quoted_charwise(s: &str) -> Option<Delimited> {
        let mut prev = ' ';
        for (i, c) in s.char_indices() {
            let close = match c {
                '‘' => '’',
                '\'' => '\'',
                _ => {
                    prev = c;
                    continue;
                }
            };
            if prev.is_whitespace() || prev == ',' || prev == '(' || i == 0 {
                let inner = i + c.len_utf8();
                if let Some(j) = closing_quote(s, inner, close).filter(|&j| j > 0) {
                    return Some((i, inner, inner + j, inner + j + close.len_utf8(), false));
                }
            }
            prev = c;
        }
        None
    }

    /// Every kind of delimiter searched in the whole text; the earliest
    /// non-empty span wins, the first kind on a tie.
    fn earliest_of_all(s: &str) -> Option<Delimited> {
        let all = s.len();
        [
            nested(s, all, '“', '”', false),
            // Spans after a lowercase word are passed over.
            guillemets(s, all),
            // `»` opens only before any `«`.
            nested(s, s.find('«').unwrap_or(all), '»', '«', false),
            pair(s, all, '„', LOW_QUOTE_CLOSERS, false),
            nested(s, all, '『', '』', true),
            nested(s, all, '「', '」', false),
            nested(s, all, '《', '》', true),
            nested(s, all, '〈', '〉', false),
            straight(s, all, '"'),
            same_marks(s, all, '”'),
            italic_bytewise(s, b'*'),
            italic_bytewise(s, b'_'),
            single_quoted_charwise(s),
        ]
        .into_iter()
        .flatten()
        .filter(|c| c.2 > c.1)
        .fold(None, |best: Option<Delimited>, c| match best {
            Some(b) if b.0 <= c.0 => Some(b),
            _ => Some(c),
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Searching each delimiter only before the earliest span found so
        /// far, and jumping to candidate bytes, finds the same title.
        #[test]
        fn find_title_is_the_earliest_delimited_span(
            s in "[ a,(*_'‘’“”«»„『』「」《》〈〉\"]{0,24}",
        ) {
            prop_assert_eq!(first_delimited(&s), earliest_of_all(&s));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Family names of `item`'s authors.
    fn families(item: &CslItem) -> Vec<&str> {
        item.author
            .iter()
            .map(|a| a.family.as_deref().or(a.literal.as_deref()).unwrap_or(""))
            .collect()
    }

    #[test]
    fn a_book_with_editors_after_in_makes_a_chapter() {
        let g = Grammar::builtin();
        let e = parse_reference(
            "David Card. 1999. The causal effect of education on earnings. In Handbook of Labor Economics, Vol. 3A, ed. by O. Ashenfelter and D. Card. Amsterdam: Elsevier, 1801–1863.",
            NameOrder::InvertedFirst,
            &g,
        )
        .item;
        assert_eq!(e.kind, "chapter");
        assert_eq!(families(&e), ["Card"]);
        assert_eq!(
            e.container_title.as_deref(),
            Some("Handbook of Labor Economics")
        );
        let editors: Vec<_> = e
            .editor
            .iter()
            .filter_map(|n| n.family.as_deref())
            .collect();
        assert_eq!(editors, ["Ashenfelter", "Card"]);
        assert_eq!(e.volume.as_deref(), Some("3A"));
        assert_eq!(e.publisher.as_deref(), Some("Elsevier"));
        assert_eq!(e.publisher_place.as_deref(), Some("Amsterdam"));
        assert_eq!(e.page.as_deref(), Some("1801–1863"));
        assert!(editors_after_in("In Handbook, edited by A. Roe, 1–9.", &g));
        // Proceedings name no editors; editors without `In` open no book.
        assert!(!editors_after_in("In Proceedings of ACL, pages 1–9.", &g));
        assert!(!editors_after_in("Handbook, ed. by A. Roe.", &g));
    }

    #[test]
    fn names_and_a_year_before_an_editors_comma_are_no_authorless_title() {
        let g = Grammar::builtin();
        let e = parse_reference(
            "Lawrence F. Katz and David H. Autor. 1999. Changes in the wage structure. In Handbook of Labor Economics, edited by Orley Ashenfelter and David Card, volume 3A, pages 1463–1555. Elsevier, Amsterdam.",
            NameOrder::InvertedFirst,
            &g,
        )
        .item;
        assert_eq!(families(&e), ["Katz", "Autor"]);
        assert_eq!(e.title.as_deref(), Some("Changes in the wage structure"));
        assert_eq!(e.kind, "chapter");
        assert_eq!(
            e.container_title.as_deref(),
            Some("Handbook of Labor Economics")
        );
        assert_eq!(e.page.as_deref(), Some("1463–1555"));
        assert_eq!(e.volume.as_deref(), Some("3A"));
        assert_eq!(e.publisher.as_deref(), Some("Elsevier"));
        assert_eq!(e.publisher_place.as_deref(), Some("Amsterdam"));
        assert_eq!(year_of(&e), Some(1999));
        assert!(year_sentence("Ann Roe. 1999. Title. In Book"));
        assert!(year_sentence("Roe, Ann (1999a) Title"));
        assert!(!year_sentence("Urkundenbuch der Stadt Augsburg"));
        assert!(!year_sentence("Chronik 1999"));
    }

    #[test]
    fn a_url_broken_after_its_scheme_is_joined() {
        let g = Grammar::builtin();
        let url = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item.url;
        assert_eq!(
            url("Roe, Ann. 2020. Title. In Proceedings of ACL 2020, 1–9. https:\n//doi.org/10.18653/v1/N19-1423"),
            Some("https://doi.org/10.18653/v1/N19-1423".into())
        );
        assert_eq!(
            url("Roe, Ann. 2022. Title. In ICLR. https://\n   openreview.net/forum?id=R8sQPpGCv0"),
            Some("https://openreview.net/forum?id=R8sQPpGCv0".into())
        );
        // The break: only where the next line goes on with a URL.
        let s = "Roe. 2020. Title. https:\n//doi.org/10.1/x";
        assert_eq!(url_scheme_breaks(s), [(24, 25)]);
        assert!(url_scheme_breaks("Roe. 2020. On https:\nThe Scheme. Press.").is_empty());
        assert!(url_scheme_breaks("Roe. 2020. See https://\nthe site. Press.").is_empty());
        assert!(url_scheme_breaks("Roe. 2020. https://doi.org/10.1/x").is_empty());
        assert!(url_scheme_breaks("Roe. 2020. Title.").is_empty());
    }

    #[test]
    fn a_firms_abbreviated_form_keeps_its_period() {
        let g = Grammar::builtin();
        let e = parse_reference(
            "Tom Brown and Ann Roe. 2020. Few-Shot Learners. In Advances in Neural Information Processing Systems, Vol. 33. Curran Associates, Inc.",
            NameOrder::InvertedFirst,
            &g,
        )
        .item;
        assert_eq!(e.publisher.as_deref(), Some("Curran Associates, Inc."));
        assert_eq!(e.volume.as_deref(), Some("33"));
    }

    #[test]
    fn a_thesis_statement_after_a_quoted_title_is_read() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        for (s, genre, school) in [
            (
                "Adams, Jane. \"Cotton and Credit in the South, 1870–1900.\" PhD diss., University of Chicago, 2019.",
                "PhD diss.",
                "University of Chicago",
            ),
            (
                "Davis, Paul. 2016. “Land Tenure in Bengal.” Doctoral dissertation, Columbia University.",
                "Doctoral dissertation",
                "Columbia University",
            ),
            (
                "Grant, L. 2013. \"Why Banks Fail?\" Unpublished MA thesis, University of Toronto.",
                "Unpublished MA thesis",
                "University of Toronto",
            ),
        ] {
            let e = entry(s);
            assert_eq!(e.kind, "thesis", "{s}");
            assert_eq!(e.genre.as_deref(), Some(genre), "{s}");
            assert_eq!(e.publisher.as_deref(), Some(school), "{s}");
            assert_eq!(e.container_title, None, "{s}");
        }
        assert_eq!(last_sentence_end("Roe, A. \"Title.\" "), Some(16));
        assert_eq!(last_sentence_end("Roe, A. Title, 1870–1900, "), Some(7));
        assert_eq!(last_sentence_end("no end here"), None);
    }

    #[test]
    fn a_work_numbered_within_its_journals_year_is_an_article() {
        let g = Grammar::builtin();
        let e = parse_reference(
            "J. de Vries, ‘Overheidsaansprakelijkheid herzien’, NJB 2015/123.",
            NameOrder::Natural,
            &g,
        )
        .item;
        assert_eq!(e.kind, "article-journal");
        assert_eq!(e.container_title.as_deref(), Some("NJB"));
        assert_eq!(e.number.as_deref(), Some("123"));
    }

    #[test]
    fn acts_numbered_anew_each_year_keep_the_year_and_collection_in_their_number() {
        let g = Grammar::builtin();
        let act = |s: &str| numbered_statute(s, &g).unwrap().0;
        let a = act("Ley 41/2002, de 14 de noviembre, básica reguladora de la autonomía del paciente y de derechos y obligaciones en materia de información y documentación clínica.");
        assert_eq!(a.number.as_deref(), Some("41/2002"));
        assert!(a.title.unwrap().ends_with("documentación clínica"));
        assert_eq!(
            act("LO 3/2018, de 5 de diciembre").number.as_deref(),
            Some("3/2018")
        );
        let a = act("Zákon č. 89/2012 Sb., občanský zákoník, ve znění pozdějších předpisů.");
        assert_eq!(a.number.as_deref(), Some("89/2012 Sb."));
        assert_eq!(
            a.title.as_deref(),
            Some("Zákon č. 89/2012 Sb., občanský zákoník")
        );
        let a = act("Ústavní zákon č. 1/1993 Sb., Ústava České republiky");
        assert_eq!(a.title.as_deref(), Some("Ústavní zákon č. 1/1993 Sb."));
        assert_eq!(a.number.as_deref(), Some("1/1993 Sb."));
        // Numbers that run on across years keep the number alone.
        assert_eq!(act("Lei n. 8.078/1990").number.as_deref(), Some("8078"));
        assert_eq!(
            act("Lei n. 8.078, de 11 de setembro de 1990")
                .number
                .as_deref(),
            Some("8078")
        );
    }

    #[test]
    fn names_written_in_order_before_the_year_are_each_a_person() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        let e = entry(
            "Ben Mildenhall, Pratul P. Srinivasan, Matthew Tancik, and Ren Ng. 2020. NeRF: Representing Scenes. In Computer Vision – ECCV 2020. Springer, Cham, 405–421.",
        );
        assert_eq!(families(&e), ["Mildenhall", "Srinivasan", "Tancik", "Ng"]);
        assert_eq!(e.author[3].given.as_deref(), Some("Ren"));
        assert_eq!(e.title.as_deref(), Some("NeRF: Representing Scenes"));
        let e = entry("Thomas Porter and Tom Duff. 1984. Compositing Digital Images. SIGGRAPH Comput. Graph. 18, 3 (Jan. 1984), 253–259.");
        assert_eq!(families(&e), ["Porter", "Duff"]);
        // Inverted lists keep their first name inverted.
        assert!(natural_names_before_year(
            "Ann Lee, Bo Kim, and Cy Poe. 2020. Title."
        ));
        assert!(natural_names_before_year(
            "Ann Lee, Bo Kim, et al. 2020. Title."
        ));
        for inverted in [
            "Doe, Jane, and John Roe. 2020. Title.",
            "Smith, John A., and Mary Jones. 2020. Title.",
            "Smith and Jones. 2020. Title.",
            "García Márquez, Gabriel. 1967. Cien años.",
        ] {
            assert!(!natural_names_before_year(inverted), "{inverted}");
        }
    }

    #[test]
    fn a_preprints_identifier_is_its_number_and_server() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g);
        for (s, server, number, year) in [
            (
                "Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. 2018. BERT: Pre-training of Deep Bidirectional Transformers. arXiv preprint arXiv:1810.04805 (2018).",
                "arXiv",
                "arXiv:1810.04805",
                2018,
            ),
            (
                "Rewon Child, Scott Gray, Alec Radford, and Ilya Sutskever. 2019. Generating Long Sequences with Sparse Transformers. CoRR abs/1904.10509 (2019).",
                "CoRR",
                "arXiv:1904.10509",
                2019,
            ),
            (
                "OpenAI (2023): \"GPT-4 Technical Report,\" arXiv:2303.08774.",
                "arXiv",
                "arXiv:2303.08774",
                2023,
            ),
            (
                "Jared Kaplan, Sam McCandlish, and Dario Amodei. 2020. Scaling Laws for Neural Language Models. arXiv:2001.08361 [cs.LG]",
                "arXiv",
                "arXiv:2001.08361",
                2020,
            ),
        ] {
            let p = entry(s);
            assert_eq!(p.item.container_title.as_deref(), Some(server), "{s}");
            assert_eq!(p.item.number.as_deref(), Some(number), "{s}");
            assert_eq!(year_of(&p.item), Some(year), "{s}");
            assert_eq!(p.item.kind, "article", "{s}");
            assert_eq!(p.unparsed, None, "{s}");
        }
        // Not inside a link.
        assert!(preprint("Title. https://doi.org/10.48550/arXiv.2308.12950").is_none());
        assert!(preprint("Title. https://arxiv.org/abs/2308.12950").is_none());
    }

    #[test]
    fn acms_journal_tail_gives_volume_issue_and_pages() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g);
        let p = entry("Paul W. McBurney and Collin McMillan. 2016. Automatic Source Code Summarization. IEEE Transactions on Software Engineering 42, 2 (2016), 103–119.");
        let e = &p.item;
        assert_eq!(
            e.container_title.as_deref(),
            Some("IEEE Transactions on Software Engineering")
        );
        assert_eq!(
            (e.volume.as_deref(), e.issue.as_deref(), e.page.as_deref()),
            (Some("42"), Some("2"), Some("103–119"))
        );
        assert_eq!(e.kind, "article-journal");
        assert_eq!(p.unparsed, None);
        let e = entry("Thomas Müller, Alex Evans, and Alexander Keller. 2022. Instant Neural Graphics Primitives. ACM Trans. Graph. 41, 4, Article 102 (July 2022), 15 pages.").item;
        assert_eq!(
            (e.volume.as_deref(), e.issue.as_deref(), e.page.as_deref()),
            (Some("41"), Some("4"), Some("102"))
        );
        assert_eq!(e.number_of_pages.as_deref(), Some("15"));
        let mut item = CslItem::default();
        assert!(acm_journal_tail(
            " ACM Transactions on Graphics 42, 4 (July 2023), 139:1–139:14.",
            &mut item
        )
        .is_some());
        assert_eq!(item.page.as_deref(), Some("139:1–139:14"));
        // Nature writes its pages where ACM writes the issue.
        assert!(acm_journal_tail(" Nature 12, 45–67 (2019).", &mut CslItem::default()).is_none());
    }

    #[test]
    fn proceedings_after_in_give_their_name_pages_places_and_publisher() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g);
        // ACL: places, then the publisher in a sentence of its own.
        let p = entry("Kishore Papineni, Salim Roukos, Todd Ward, and Wei-Jing Zhu. 2002. BLEU: a Method for Automatic Evaluation of Machine Translation. In Proceedings of the 40th Annual Meeting of the Association for Computational Linguistics, pages 311–318, Philadelphia, Pennsylvania, USA. Association for Computational Linguistics.");
        let e = &p.item;
        assert_eq!(e.kind, "paper-conference");
        assert_eq!(e.container_title.as_deref(), Some("Proceedings of the 40th Annual Meeting of the Association for Computational Linguistics"));
        assert_eq!(e.page.as_deref(), Some("311–318"));
        assert_eq!(
            e.publisher_place.as_deref(),
            Some("Philadelphia, Pennsylvania, USA")
        );
        assert_eq!(
            e.publisher.as_deref(),
            Some("Association for Computational Linguistics")
        );
        assert_eq!(p.unparsed, None);
        // ACM: the publisher, then the places, the article's number.
        let e = entry("Toufique Ahmed and Premkumar Devanbu. 2022. Few-shot training LLMs. In Proceedings of the 37th IEEE/ACM International Conference on Automated Software Engineering (ASE ’22). ACM, New York, NY, USA, Article 177, 5 pages.").item;
        assert_eq!(e.publisher.as_deref(), Some("ACM"));
        assert_eq!(e.publisher_place.as_deref(), Some("New York, NY, USA"));
        assert_eq!(
            (e.page.as_deref(), e.number_of_pages.as_deref()),
            (Some("177"), Some("5"))
        );
        // NeurIPS: the volume after the name, a corporate ending kept.
        let e = entry("Patrick Lewis, Ethan Perez, and Naman Goyal. 2020. Retrieval-Augmented Generation. In Advances in Neural Information Processing Systems, Vol. 33. Curran Associates, Inc., 9459–9474.").item;
        assert_eq!(
            e.container_title.as_deref(),
            Some("Advances in Neural Information Processing Systems")
        );
        assert_eq!(e.volume.as_deref(), Some("33"));
        assert_eq!(e.publisher.as_deref(), Some("Curran Associates, Inc."));
        assert_eq!(e.page.as_deref(), Some("9459–9474"));
        // A book with editors is a chapter's, read elsewhere.
        assert!(proceedings_tail(
            " In Handbook of Things, Ann Lee (Ed.). Springer, 1–20.",
            &mut CslItem::default(),
            &g
        )
        .is_none());
    }

    #[test]
    fn a_paper_in_a_numbered_series_is_a_report_with_its_number() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        for (s, series, number, publisher, place) in [
            (
                "Neumark, D., and W. Wascher (2007): \"Minimum Wages and Employment,\" IZA Discussion Paper No. 2570, Institute for the Study of Labor.",
                "IZA Discussion Paper",
                "2570",
                Some("Institute for the Study of Labor"),
                None,
            ),
            (
                "Cengiz, D., Dube, A., Lindner, A., & Zipperer, B. (2019). The effect of minimum wages on low-wage jobs (NBER Working Paper No. 25434). National Bureau of Economic Research.",
                "NBER Working Paper",
                "25434",
                Some("National Bureau of Economic Research"),
                None,
            ),
            (
                "Dube, Arindrajit. 2019. \"Impacts of Minimum Wages.\" NBER Working Paper no. 25434. Cambridge, MA: National Bureau of Economic Research.",
                "NBER Working Paper",
                "25434",
                Some("National Bureau of Economic Research"),
                Some("Cambridge, MA"),
            ),
            (
                "Müller, K. (2018). Mindestlohn und Beschäftigung. IZA Discussion Paper Nr. 11234, Bonn.",
                "IZA Discussion Paper",
                "11234",
                None,
                Some("Bonn"),
            ),
        ] {
            let e = entry(s);
            assert_eq!(e.kind, "report", "{s}");
            assert_eq!(e.collection_title.as_deref(), Some(series), "{s}");
            assert_eq!(e.number.as_deref(), Some(number), "{s}");
            assert_eq!(e.container_title, None, "{s}");
            assert_eq!(e.issue, None, "{s}");
            assert_eq!(e.publisher.as_deref(), publisher, "{s}");
            assert_eq!(e.publisher_place.as_deref(), place, "{s}");
        }
        // A journal with a series word in its name, volume and pages: no report.
        let e = entry("Lee, A. (2019). Title. Journal of Working Paper Studies, 12(3), 45–67.");
        assert_eq!(e.kind, "article-journal");
        assert_eq!(e.number, None);
    }

    #[test]
    fn the_state_of_a_loose_leaf_work_dates_it_and_is_no_publisher() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g);
        let date = |i: &CslItem| i.issued.as_ref().map(|d| d.date_parts[0].clone());
        for (s, place, issued, edition, genre) in [
            (
                "Zech, Herbert: Handbuch des Polizeirechts, München, Stand: 1.3.2020.",
                "München",
                vec![2020, 3, 1],
                None,
                None,
            ),
            (
                "Rachor, Frederik: Handbuch des Polizeirechts, Neuwied, Stand: 1.3.2020.",
                "Neuwied",
                vec![2020, 3, 1],
                None,
                None,
            ),
            (
                "Stephan, Ulrich/Deger, Johannes: Polizeigesetz, Loseblatt, Stuttgart, Stand: März 2021.",
                "Stuttgart",
                vec![2021, 3],
                None,
                Some("Loseblatt"),
            ),
            (
                "Schmidbauer, Wilhelm: Polizeiaufgabengesetz, Köln (Stand: 12. Erg.-Lfg. 2019).",
                "Köln",
                vec![2019],
                Some("12. Erg.-Lfg."),
                None,
            ),
            (
                "Maunz, Theodor/Dürig, Günter: Grundgesetz, Loseblatt, München, Stand: 95. EL Juli 2021.",
                "München",
                vec![2021, 7],
                Some("95. EL"),
                Some("Loseblatt"),
            ),
        ] {
            let p = entry(s);
            let i = &p.item;
            assert_eq!(i.publisher_place.as_deref(), Some(place), "{s}");
            assert_eq!(i.publisher, None, "{s}");
            assert_eq!(date(i), Some(issued), "{s}");
            assert_eq!(i.accessed, None, "{s}");
            assert_eq!(i.edition.as_deref(), edition, "{s}");
            assert_eq!(i.genre.as_deref(), genre, "{s}");
            assert_eq!(p.unparsed, None, "{s}");
            // The title's offsets are the input's.
            let (a, b) = p.title.unwrap();
            assert_eq!(s.get(a..b).map(str::trim), i.title.as_deref(), "{s}");
        }
    }

    #[test]
    fn a_state_with_an_edition_or_a_link_is_the_day_it_was_brought_up_to() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        // An online commentary dated by its edition, a web page read on a
        // day: the state is no date of the work.
        for s in [
            "Wolff, Heinrich Amadeus/Brink, Stefan (Hrsg.): BeckOK Datenschutzrecht, 45. Ed., München, Stand: 1.8.2023.",
            "Bundesministerium des Innern: Polizeiliche Kriminalstatistik, Berlin, Stand: 1.3.2020, https://www.bmi.bund.de/pks.",
        ] {
            let i = entry(s);
            assert!(i.accessed.is_some(), "{s}");
            assert_eq!(i.issued, None, "{s}");
        }
        // A year of its own stays the work's date.
        let i = entry("Huber, Peter: Polizeirecht, Loseblatt, München 2019, Stand: März 2021.");
        assert_eq!(i.issued.map(|d| d.date_parts[0].clone()), Some(vec![2019]));
        assert_eq!(i.genre.as_deref(), Some("Loseblatt"));
    }

    #[test]
    fn loose_leaf_pieces_are_cut_with_their_commas() {
        let g = Grammar::builtin();
        let s = "Müller: Polizeigesetz, Loseblatt, Stuttgart, Stand: März 2021.";
        let leaf = loose_leaf(s, &g).unwrap();
        assert_eq!(without(s, &leaf.cuts), "Müller: Polizeigesetz, Stuttgart.");
        assert_eq!(leaf.supplement, None);
        let s = "Müller: Polizeigesetz, Loseblatt, Stand: 12. Erg.-Lfg.";
        let leaf = loose_leaf(s, &g).unwrap();
        assert_eq!(without(s, &leaf.cuts), "Müller: Polizeigesetz.");
        assert_eq!(leaf.supplement.as_deref(), Some("12. Erg.-Lfg."));
        // `Standard`, a state without date or supplement: none.
        assert_eq!(loose_leaf("Müller: Der Standard, München 2020.", &g), None);
        assert_eq!(
            loose_leaf("Müller: Polizeirecht, München, Stand: laufend.", &g),
            None
        );
        assert_eq!(offset_before_cuts(5, &[(3, 6)]), 8);
        assert_eq!(offset_before_cuts(3, &[(3, 6)]), 3);
        assert_eq!(offset_before_cuts(2, &[(3, 6)]), 2);
    }

    #[test]
    fn inverted_names_joined_by_dashes_read_as_a_list() {
        let s = "JANÁK, Jan – HLEDÍKOVÁ, Zdeňka – DOBEŠ, Jan. Dějiny správy. Praha: NLN, 2005.";
        let joined = dash_joined_inverted_names(s).unwrap();
        assert_eq!(joined.len(), s.len());
        assert!(joined.starts_with("JANÁK, Jan;    HLEDÍKOVÁ, Zdeňka;    DOBEŠ, Jan. Dějiny"));
        assert!(
            dash_joined_inverted_names("NOVÁK, J. – SVOBODA, P., Title, Praha 2001.").is_some()
        );
        // A dash in a title, or one name alone, is no list of names.
        assert!(dash_joined_inverted_names("NOVÁK, Jan. Válka – a mír. Praha, 2001.").is_none());
        assert!(dash_joined_inverted_names("Dějiny 1918 – 1938, Praha 2001.").is_none());
    }

    #[test]
    fn a_part_glued_to_a_volume_is_the_volumes() {
        let g = Grammar::builtin();
        assert_eq!(
            part_after_volume("上，東京：臨時臺灣舊慣調查會", &g),
            "上".len()
        );
        assert_eq!(part_after_volume("下(東京: 有斐閣, 1910)", &g), "下".len());
        assert_eq!(part_after_volume("상, 서울", &g), "상".len());
        // A word that opens with a part's character is none.
        assert_eq!(part_after_volume("上海：上海书店", &g), 0);
        assert_eq!(part_after_volume(", 東京", &g), 0);
    }

    #[test]
    fn a_number_in_a_title_before_a_journal_in_quotes_is_the_titles() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        for (s, title, journal, volume) in [
            (
                "Michalski J., Sejm w roku 1791, „Kwartalnik Historyczny” 1991, R. 98, nr 2, s. 3–24.",
                "Sejm w roku 1791",
                "Kwartalnik Historyczny",
                "98",
            ),
            (
                "Michalski J., Konstytucja 3 maja, „Kwartalnik Historyczny” 1991, R. 98, nr 2, s. 3–24.",
                "Konstytucja 3 maja",
                "Kwartalnik Historyczny",
                "98",
            ),
            (
                "Novák J., Ústava z roku 1920, „Český časopis historický” 2001, roč. 99, č. 1, s. 5–30.",
                "Ústava z roku 1920",
                "Český časopis historický",
                "99",
            ),
        ] {
            let e = entry(s);
            assert_eq!(e.kind, "article-journal", "{s}");
            assert_eq!(e.title.as_deref(), Some(title), "{s}");
            assert_eq!(e.container_title.as_deref(), Some(journal), "{s}");
            assert_eq!(e.volume.as_deref(), Some(volume), "{s}");
            assert_eq!(e.author.len(), 1, "{s}");
        }
        // What stands there as a locator or an imprint is no title.
        for part in ["t. 2", "nr 3", "s. 45", "1991", "12–14", "Warszawa 1990"] {
            assert!(locator_or_imprint_part(part, &g), "{part}");
        }
        for part in [
            "Sejm w roku 1791",
            "Konstytucja 3 maja",
            "La crisi del 1848",
        ] {
            assert!(!locator_or_imprint_part(part, &g), "{part}");
        }
    }

    /// (family, given) of each author of `e`.
    fn authors_of(e: &CslItem) -> Vec<(&str, &str)> {
        e.author
            .iter()
            .map(|n| {
                (
                    n.family.as_deref().unwrap_or(""),
                    n.given.as_deref().unwrap_or(""),
                )
            })
            .collect()
    }

    #[test]
    fn a_year_in_brackets_after_a_name_and_a_title_is_the_titles() {
        let g = Grammar::builtin();
        let entry = |s: &str, order| parse_reference(s, order, &g).item;
        for (s, order) in [
            (
                "Kowalski J., Historia Polski (1918). Zarys, Warszawa: PWN, 1990.",
                NameOrder::InvertedFirst,
            ),
            (
                "J. Kowalski, Historia Polski (1918). Zarys, Warszawa: PWN, 1990",
                NameOrder::Natural,
            ),
        ] {
            let e = entry(s, order);
            assert_eq!(
                e.title.as_deref(),
                Some("Historia Polski (1918). Zarys"),
                "{s}"
            );
            assert_eq!(authors_of(&e), [("Kowalski", "J.")], "{s}");
            assert_eq!(e.publisher.as_deref(), Some("PWN"), "{s}");
            assert_eq!(e.publisher_place.as_deref(), Some("Warszawa"), "{s}");
            assert_eq!(e.year(), Some(1990), "{s}");
        }
        // An author-date head right after the names stays one.
        let e = entry(
            "Kowalski J. (1990). Historia Polski, Warszawa: PWN.",
            NameOrder::InvertedFirst,
        );
        assert_eq!(authors_of(&e), [("Kowalski", "J.")]);
        assert_eq!(e.year(), Some(1990));
        assert!(e
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Historia Polski")));
        // The rule itself: a name whole with its initials, then a title's
        // words, then a subtitle and a date of the work's own.
        let t = |head: &str, after: &str| year_in_title_after_name(head, after, &g);
        assert!(t("Kowalski J., Historia Polski", "). Zarys, Warszawa 1990"));
        assert!(t("J. Kowalski, Historia Polski", "). Zarys, Warszawa 1990"));
        // A second name with its initials, given names, no subtitle, no
        // date after it: an author-date head.
        assert!(!t(
            "Kowalski J., Nowak A.",
            "). Historia Polski. Warszawa 1990"
        ));
        assert!(!t("Kowalski, Jan", "). Historia Polski. Warszawa 1990"));
        assert!(!t(
            "Kowalski J., Historia Polski",
            "). zarys, Warszawa 1990"
        ));
        assert!(!t("Kowalski J., Historia Polski", "). Zarys, Warszawa"));
    }

    #[test]
    fn a_part_between_a_title_and_its_imprint_is_the_works_part() {
        let g = Grammar::builtin();
        let entry = |s: &str, order| parse_reference(s, order, &g).item;
        for (s, part) in [
            (
                "Report of the Royal Commission on Labour, 1880. Part 1. London: HMSO, 1881.",
                "1",
            ),
            (
                "Report of the Royal Commission on Labour, 1880. Pt. 2. London: HMSO, 1881.",
                "2",
            ),
            (
                "Report of the Royal Commission on Labour, 1880, pt. 1 (London: HMSO, 1881), 22",
                "1",
            ),
        ] {
            let e = entry(s, NameOrder::InvertedFirst);
            assert_eq!(
                e.title.as_deref(),
                Some("Report of the Royal Commission on Labour, 1880"),
                "{s}"
            );
            assert!(e.author.is_empty(), "{s}");
            assert_eq!(e.part_number.as_deref(), Some(part), "{s}");
            assert_eq!(e.publisher.as_deref(), Some("HMSO"), "{s}");
            assert_eq!(e.year(), Some(1881), "{s}");
        }
        // An author's work in parts.
        let e = entry(
            "Smith, John. A History of Labour. Part 2. London: Macmillan, 1901.",
            NameOrder::InvertedFirst,
        );
        assert_eq!(authors_of(&e), [("Smith", "John")]);
        assert_eq!(e.title.as_deref(), Some("A History of Labour"));
        assert_eq!(e.part_number.as_deref(), Some("2"));
        // The word inside a title, or without an imprint after it, is no
        // part statement.
        assert_eq!(
            part_before_imprint(
                "Smith, John. Part of the Problem. London: Macmillan, 1901.",
                &g
            ),
            None
        );
        assert_eq!(
            part_before_imprint(
                "Smith, John. Labour, Part 2, and Capital. London: Macmillan, 1901.",
                &g
            ),
            None
        );
    }

    #[test]
    fn an_edition_after_a_title_without_an_author_is_read() {
        let g = Grammar::builtin();
        for (s, order) in [
            (
                "The Chicago Manual of Style. 17th ed. Chicago: University of Chicago Press, 2017.",
                NameOrder::InvertedFirst,
            ),
            (
                "The Chicago Manual of Style, 17th ed. (Chicago: University of Chicago Press, 2017), 14.75",
                NameOrder::Natural,
            ),
        ] {
            let e = parse_reference(s, order, &g).item;
            assert_eq!(e.title.as_deref(), Some("The Chicago Manual of Style"), "{s}");
            assert!(e.author.is_empty(), "{s}");
            assert_eq!(e.edition.as_deref(), Some("17"), "{s}");
            assert_eq!(e.publisher.as_deref(), Some("University of Chicago Press"), "{s}");
            assert_eq!(e.publisher_place.as_deref(), Some("Chicago"), "{s}");
            assert_eq!(e.year(), Some(2017), "{s}");
        }
    }

    #[test]
    fn years_in_brackets_before_a_subtitle_belong_to_the_title() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        let e = entry("Leśnodorski B., Dzieło Sejmu Czteroletniego (1788–1792). Studium historyczno-prawne, Wrocław 1951.");
        assert_eq!(
            e.title.as_deref(),
            Some("Dzieło Sejmu Czteroletniego (1788–1792). Studium historyczno-prawne")
        );
        assert_eq!(e.publisher, None);
        assert_eq!(e.publisher_place.as_deref(), Some("Wrocław"));
        assert_eq!(e.year(), Some(1951));
        // A subtitle before `Place: Publisher, Year`, after years in
        // brackets or not, is no part of the place.
        for (s, title) in [
            (
                "Kowalski J., Historia Polski (1795–1918). Zarys, Warszawa: PWN, 1990.",
                "Historia Polski (1795–1918). Zarys",
            ),
            (
                "Kowalski J., Historia Polski 1795–1918. Zarys, Warszawa: PWN, 1990.",
                "Historia Polski 1795–1918. Zarys",
            ),
        ] {
            let e = entry(s);
            assert_eq!(e.title.as_deref(), Some(title), "{s}");
            assert_eq!(e.publisher_place.as_deref(), Some("Warszawa"), "{s}");
            assert_eq!(e.publisher.as_deref(), Some("PWN"), "{s}");
            assert_eq!(e.year(), Some(1990), "{s}");
        }
        // An imprint in brackets still ends the title.
        let e = entry("Nowak A., Dzieje Polski (Kraków: Biały Kruk, 2004).");
        assert_eq!(e.title.as_deref(), Some("Dzieje Polski"));
        assert_eq!(e.publisher.as_deref(), Some("Biały Kruk"));
    }

    #[test]
    fn a_translation_word_of_a_language_names_the_translator_or_nobody() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        for (s, translator) in [
            (
                "Skinner Q., Machiavelli, trad. it. di A. Ghibellini, Bologna, il Mulino, 1999.",
                Some("Ghibellini"),
            ),
            (
                "Skinner Q., Machiavelli, tr. it. di A. Ghibellini, Bologna, il Mulino, 1999.",
                Some("Ghibellini"),
            ),
            (
                "Skinner Q., Machiavelli, trad. it., Bologna, il Mulino, 1999.",
                None,
            ),
            (
                "Skinner Q., Maquiavelo, trad. cast. de M. Benavides, Madrid, Alianza, 1984.",
                Some("Benavides"),
            ),
            (
                "Skinner Q., Machiavel, trad. de l'anglais par M. Plon, Paris, Seuil, 1989.",
                Some("Plon"),
            ),
        ] {
            let e = entry(s);
            let got: Vec<&str> = e
                .translator
                .iter()
                .filter_map(|n| n.family.as_deref())
                .collect();
            assert_eq!(got, translator.into_iter().collect::<Vec<_>>(), "{s}");
            assert_eq!(e.translator.len(), got.len(), "{s}");
            assert!(e.publisher_place.is_some(), "{s}");
            assert!(!e.publisher.as_deref().unwrap_or("").contains(','), "{s}");
            assert_eq!(e.kind, "book", "{s}");
        }
        // A town after the word, the comma lost at a line's end, opens the
        // imprint.
        let e = entry("Caron V., L'Asile incertain, trad. fr.\nParis, Tallandier, 2008.");
        assert!(e.translator.is_empty());
        assert_eq!(e.publisher_place.as_deref(), Some("Paris"));
    }

    #[test]
    fn names_with_initials_joined_by_and_may_open_with_a_particle() {
        let g = Grammar::builtin();
        let e = parse_reference(
            "Ewald F., Gollier C. et de Sadeleer N., Le principe de précaution, Paris, PUF, coll. « Que sais-je ? », 2001.",
            NameOrder::InvertedFirst,
            &g,
        )
        .item;
        let names: Vec<(&str, &str)> = e
            .author
            .iter()
            .map(|n| (n.family.as_deref().unwrap(), n.given.as_deref().unwrap()))
            .collect();
        assert_eq!(
            names,
            vec![("Ewald", "F."), ("Gollier", "C."), ("de Sadeleer", "N.")]
        );
        assert_eq!(e.title.as_deref(), Some("Le principe de précaution"));
        assert!(family_initials("van der Berg J.", &g));
        assert!(family_initials("von Moltke H.", &g));
        // A lowercase word that is no particle opens no name.
        assert!(!family_initials("und Berg J.", &g));
    }

    #[test]
    fn a_call_number_in_brackets_after_a_title_is_passed_over() {
        assert_eq!(
            call_number_bracket("(규장각 奎15037) 英祖 13年 8月 5日."),
            Some(("규장각 奎15037", "英祖 13年 8月 5日."))
        );
        assert_eq!(
            call_number_bracket("(奎 12175), 1871"),
            Some(("奎 12175", "1871"))
        );
        // A year, a note without digits or letters of a Latin script are none.
        assert_eq!(call_number_bracket("(1871)"), None);
        assert_eq!(call_number_bracket("(초판)"), None);
        assert_eq!(call_number_bracket("(Seoul 2001)"), None);
    }
    use crate::syntax::name::name_key;

    #[test]
    fn a_house_after_the_last_comma_of_a_title_ends_it() {
        let g = Grammar::builtin();
        let cut = |t: &'static str| house_after_comma(t, &g).map(|c| (&t[..c], &t[c + 2..]));
        assert_eq!(
            cut("Hamilton's Paradox, Cambridge University Press"),
            Some(("Hamilton's Paradox", "Cambridge University Press"))
        );
        assert_eq!(
            cut("Democracy and Its Critics, Yale University Press"),
            Some(("Democracy and Its Critics", "Yale University Press"))
        );
        assert_eq!(
            cut("Fiscal Federalism, Routledge"),
            Some(("Fiscal Federalism", "Routledge"))
        );
        // No word of a house, a lowercase word, a digit, a title too short.
        for t in [
            "Federalism: Origin, Operation, Significance",
            "Markets, hierarchies and the university press",
            "Essays, Press Freedom in 1990",
            "On, Press",
            "War and Peace",
        ] {
            assert_eq!(cut(t), None, "{t}");
        }
    }

    #[test]
    fn a_dated_entry_ending_in_title_comma_house_is_a_book() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        for s in [
            "Rodden, Jonathan (2006) Hamilton's Paradox, Cambridge University Press.",
            "Rodden, J. (2006). Hamilton's Paradox, Cambridge University Press.",
            "Rodden, Jonathan. 2006. Hamilton's Paradox, Cambridge University Press.",
        ] {
            let e = entry(s);
            assert_eq!(e.title.as_deref(), Some("Hamilton's Paradox"), "{s}");
            assert_eq!(
                e.publisher.as_deref(),
                Some("Cambridge University Press"),
                "{s}"
            );
            assert_eq!(e.kind, "book", "{s}");
        }
        // A container after the title keeps it whole.
        let e = entry("Rodden, J. (2006). Paradox, Cambridge University Press. Journal of Politics, 12(3), 4-9.");
        assert_ne!(e.publisher.as_deref(), Some("Cambridge University Press"));
    }

    #[test]
    fn inverted_names_joined_by_slashes_end_before_the_title() {
        let g = Grammar::builtin();
        let end = |s: &'static str| {
            let comma = s.find(", ").unwrap();
            &s[..slashed_inverted_end(s, comma, &g)]
        };
        assert_eq!(
            end("Larenz, Karl/Canaris, Claus-Wilhelm, Lehrbuch des Schuldrechts, München 1994."),
            "Larenz, Karl/Canaris, Claus-Wilhelm"
        );
        assert_eq!(
            end("Maunz, Theodor/Dürig, Günter (Begr.), Grundgesetz. Kommentar, München 2023."),
            "Maunz, Theodor/Dürig, Günter (Begr.)"
        );
        assert_eq!(
            end("Jarass, Hans/Pieroth, Bodo/Kment, Martin, Grundgesetz, 17. Aufl., München 2022."),
            "Jarass, Hans/Pieroth, Bodo/Kment, Martin"
        );
        // A title holding a slash, a title noun, no slash: no names.
        for s in [
            "Schmidt, Staat/Verwaltungsrecht, Grundlagen, Tübingen 2019.",
            "Schmidt, Staat, Recht, Macht, 2021.",
            "Müller, Hans, Staat/Gesellschaft, Berlin 1990.",
        ] {
            assert_eq!(end(s), &s[..s.find(", ").unwrap()], "{s}");
        }
        let r = parse_reference(
            "Larenz, Karl/Canaris, Claus-Wilhelm, Lehrbuch des Schuldrechts, München 1994.",
            NameOrder::InvertedFirst,
            &g,
        );
        let names: Vec<_> = r
            .item
            .author
            .iter()
            .map(|n| (n.family.as_deref(), n.given.as_deref()))
            .collect();
        assert_eq!(
            names,
            [
                (Some("Larenz"), Some("Karl")),
                (Some("Canaris"), Some("Claus-Wilhelm"))
            ]
        );
        assert_eq!(r.item.title.as_deref(), Some("Lehrbuch des Schuldrechts"));
    }

    #[test]
    fn a_span_of_years_has_four_digits_then_two_or_four_after_a_dash() {
        assert_eq!(year_span("1949–1969"), Some((1949, 1969)));
        assert_eq!(year_span("1836-1856"), Some((1836, 1856)));
        assert_eq!(year_span("1815–54"), Some((1815, 1854)));
        assert_eq!(year_span("1998–02"), Some((1998, 2002)));
        // Backwards, too short, or more than years.
        assert_eq!(year_span("1969–1949"), None);
        assert_eq!(year_span("1815–5"), None);
        assert_eq!(year_span("815–854"), None);
        assert_eq!(year_span("1815–54a"), None);
        assert_eq!(year_span("1815"), None);
        assert_eq!(span_of_years("(1815–54) London"), Some("(1815–54)".len()));
        assert_eq!(span_of_years("(1815) London"), None);
    }

    #[test]
    fn a_question_title_goes_on_with_a_subtitle_before_its_container() {
        let title = |rest: &str| {
            let (end, next) = sentence_bounds(rest).unwrap();
            let (end, _) = subtitle_after_question(rest, end, next);
            rest[..end].to_string()
        };
        assert_eq!(
            title("Why sleep? Evidence from teens. Sleep Health, 5(1), 10–20."),
            "Why sleep? Evidence from teens"
        );
        // The next part is the container, with its volume.
        assert_eq!(title("Why sleep? Sleep Health, 5(1), 10–20."), "Why sleep?");
        // The next part is the last, or a link follows it.
        assert_eq!(title("Why sleep? Basic Books."), "Why sleep?");
        assert_eq!(
            title("Why sleep? Sleep Health. https://doi.org/10.1/x"),
            "Why sleep?"
        );
        // A title ending in a period has no such subtitle.
        assert_eq!(title("Sleep. Evidence. Journal."), "Sleep");
    }

    #[test]
    fn an_entry_states_its_missing_date_in_a_bracket_or_a_sentence() {
        let g = Grammar::builtin();
        let stated = |s: &str| stated_no_date(s, &g);
        assert_eq!(
            stated("Gómez, A. (en prensa). Título."),
            Some("en prensa".into())
        );
        assert_eq!(
            stated("Smith, Alan. n.d. \"Clubs.\" Manuscript."),
            Some("n.d.".into())
        );
        assert_eq!(stated("Müller, Hans (o. J.): Titel."), Some("o. J.".into()));
        assert_eq!(
            stated("WALTZ, Mon village, Paris, Floury, s.d."),
            Some("s.d.".into())
        );
        // Only whole, in a date's place.
        assert_eq!(stated("Roe, A. Notes on in press coverage. Boston."), None);
        assert_eq!(stated("Roe, A. (2019). Forthcoming changes. Boston."), None);
        assert_eq!(stated("Roe, A. Title. Boston: Beacon, 2001."), None);
    }

    #[test]
    fn a_contribution_entry_has_names_then_a_container_word() {
        let g = Grammar::builtin();
        let pl = contribution_entry(
            "Olejniczak A., [w:] Kodeks cywilny. Komentarz, t. III, red. A. Kidyba, Warszawa 2014.",
            &g,
        )
        .unwrap();
        assert_eq!(pl.kind, "chapter");
        assert_eq!(pl.author[0].family.as_deref(), Some("Olejniczak"));
        assert_eq!(pl.editor[0].family.as_deref(), Some("Kidyba"));
        assert_eq!(pl.title, None);
        let de = contribution_entry(
            "Vogel, Hans, in: Kramer, Peter (Hrsg.), Handbuch des Staatshaftungsrechts, Bd. 2, München 2010.",
            &g,
        )
        .unwrap();
        assert_eq!(de.author[0].family.as_deref(), Some("Vogel"));
        assert_eq!(de.author[0].given.as_deref(), Some("Hans"));
        assert_eq!(
            de.container_title.as_deref(),
            Some("Handbuch des Staatshaftungsrechts")
        );
        // A chapter with its own title is no such entry.
        assert_eq!(
            contribution_entry(
                "Vogel, Hans, Amtshaftung, in: Kramer, Peter (Hrsg.), Handbuch, München 2010.",
                &g
            ),
            None
        );
    }

    #[test]
    fn a_commentary_s_part_needs_no_editors_and_names_may_be_joined_by_slashes() {
        let g = Grammar::builtin();
        // A commentary of the grammars' `commentaries`, without editors.
        let wagner = contribution_entry(
            "Wagner, Gerhard, in: Münchener Kommentar zum Bürgerlichen Gesetzbuch, Bd. 7, 8. Aufl., München 2020.",
            &g,
        )
        .unwrap();
        assert_eq!(wagner.kind, "chapter");
        assert_eq!(wagner.title, None);
        assert_eq!(wagner.author[0].family.as_deref(), Some("Wagner"));
        assert_eq!(wagner.author[0].given.as_deref(), Some("Gerhard"));
        assert_eq!(
            wagner.container_title.as_deref(),
            Some("Münchener Kommentar zum Bürgerlichen Gesetzbuch")
        );
        assert_eq!(wagner.volume.as_deref(), Some("7"));
        assert_eq!(wagner.edition.as_deref(), Some("8"));
        // Two authors joined by `/`, each inverted.
        let both = contribution_entry(
            "Papier, Hans-Jürgen/Shirvani, Foroud, in: Münchener Kommentar zum Bürgerlichen Gesetzbuch, Bd. 7, 8. Aufl., München 2020.",
            &g,
        )
        .unwrap();
        let names: Vec<(Option<&str>, Option<&str>)> = both
            .author
            .iter()
            .map(|n| (n.family.as_deref(), n.given.as_deref()))
            .collect();
        assert_eq!(
            names,
            [
                (Some("Papier"), Some("Hans-Jürgen")),
                (Some("Shirvani"), Some("Foroud"))
            ]
        );
        // A family name with particles.
        let meer = contribution_entry(
            "van der Meer, Jan, in: Kramer, Peter (Hrsg.), Handbuch, München 2010.",
            &g,
        )
        .unwrap();
        assert_eq!(meer.author[0].family.as_deref(), Some("van der Meer"));
        // Without editors, a book that is no listed commentary, or a
        // journal, may follow an author and a one-word title: no such entry.
        assert_eq!(
            contribution_entry("Meier, Hans, in: Festschrift für Müller, München 2020.", &g),
            None
        );
        assert_eq!(
            contribution_entry(
                "Smith, Democracy, in: Journal of Politics 12 (2001), 3-20.",
                &g
            ),
            None
        );
        // A title between the names: no such entry.
        assert_eq!(
            contribution_entry(
                "Papier, Hans-Jürgen/Shirvani, Foroud, Amtshaftung, in: Münchener Kommentar zum BGB, München 2020.",
                &g
            ),
            None
        );
    }

    #[test]
    fn a_work_without_an_author_opens_with_its_title_before_its_imprint() {
        let g = Grammar::builtin();
        let title = |s: &str| title_first_work(s, &g).map(|cut| s[..cut].to_string());
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            title("Report of the Indian Famine Commission. London: HMSO, 1880."),
            some("Report of the Indian Famine Commission")
        );
        assert_eq!(
            title("Report of the Indian Famine Commission (London: HMSO, 1880), 35."),
            some("Report of the Indian Famine Commission")
        );
        // An edition between the title and the imprint ends the title.
        assert_eq!(
            title("The Chicago Manual of Style, 17th ed. (Chicago: University of Chicago Press, 2017), 14.23."),
            some("The Chicago Manual of Style")
        );
        // A sentence that is no edition after the first: the first names
        // the author.
        assert_eq!(
            title("Ministry of the Interior. Annual Report. London: HMSO, 1990."),
            None
        );
        // An organisation before the title: no such work.
        assert_eq!(
            title("Ministry of the Interior, Annual Report (London: HMSO, 1990), 3."),
            None
        );
        assert_eq!(
            title("World Health Organization, Global Report on Diabetes (Geneva: WHO, 2016), 3."),
            None
        );
        // Names first, prose before a name, sentence case: no such work.
        assert_eq!(
            title("Doe, Jane. The Archive of the Republic. Chicago: Press, 2015."),
            None
        );
        assert_eq!(
            title("The standard account remains Christopher Hill, Milton and the English Revolution (London: Faber, 1977), 95."),
            None
        );
        assert_eq!(
            title("It was first raised in The Rise of Puritanism (New York: Columbia University Press, 1938), 360."),
            None
        );
        // No imprint: no such work.
        assert_eq!(title("Report of the Indian Famine Commission, 1880."), None);
        // Three capitalised words or more before an imprint in brackets,
        // a year closing them; not before an imprint as a sentence, nor
        // two words, nor a year among the first two words.
        assert_eq!(
            title("Famine Inquiry Report 1880 (Calcutta: Government Printing, 1881), 44."),
            some("Famine Inquiry Report 1880")
        );
        assert_eq!(
            title("Indian Famine Inquiry Report 1880 (Calcutta: Government Printing, 1881), 44."),
            some("Indian Famine Inquiry Report 1880")
        );
        // Without the year, three capitalised words may be a person's.
        assert_eq!(title("John Stuart Mill (London: Parker, 1859), 4."), None);
        assert_eq!(
            title("Famine Inquiry Report. Calcutta: Government Printing, 1881."),
            None
        );
        assert_eq!(title("Famine Report (London: HMSO, 1880), 12."), None);
        assert_eq!(title("Smith 1880 Report (London: HMSO, 1880), 12."), None);
    }

    #[test]
    fn headline_case_has_only_short_words_in_lowercase() {
        assert!(headline_case("Report of the Indian Famine Commission"));
        assert!(headline_case("The Rise and Fall of the Third Reich"));
        assert!(!headline_case(
            "The standard account remains Christopher Hill"
        ));
        assert!(!headline_case("Rapport sur la situation financière"));
    }

    #[test]
    fn an_edition_after_a_book_of_contributions_is_no_volume() {
        let g = Grammar::builtin();
        let read = |s: &str| {
            let i = parse_reference(s, NameOrder::InvertedFirst, &g).item;
            (i.container_title, i.volume, i.edition)
        };
        let some = |s: &str| Some(s.to_string());
        // `8. Aufl.` after the book: its edition, not a journal's volume.
        assert_eq!(
            read("Meier, Hans, Haftung, in: Festschrift für Müller, 8. Aufl., München 2020."),
            (some("Festschrift für Müller"), None, some("8"))
        );
        // The volume between the book and its edition.
        assert_eq!(
            read(
                "Meier, Hans, Haftung, in: Festschrift für Müller, Bd. 7, 8. Aufl., München 2020."
            ),
            (some("Festschrift für Müller"), some("7"), some("8"))
        );
        assert_eq!(
            read("Smith, John, Liability, in: Handbook of Torts, vol. 2, 2nd ed., London 2020."),
            (some("Handbook of Torts"), some("2"), some("2"))
        );
        // A journal's volume after its name is still read.
        assert_eq!(
            read("Meier, Hans, Haftung, in: Juristische Rundschau 12 (2001), 3-20."),
            (some("Juristische Rundschau"), some("12"), None)
        );
    }

    #[test]
    fn a_paper_number_is_a_mark_and_up_to_five_digits() {
        let g = Grammar::builtin();
        assert_eq!(paper_number("Cm 3782", &g), Some("Cm 3782"));
        assert_eq!(paper_number("HL Paper 151", &g), Some("HL Paper 151"));
        assert_eq!(paper_number("Cm 3782a", &g), None);
        assert_eq!(paper_number("Verso 1999", &g), None);
    }

    #[test]
    fn a_place_with_its_state_has_an_abbreviation_after_its_comma() {
        assert!(place_with_state("Cambridge, MA"));
        assert!(place_with_state("Ithaca, N.Y."));
        assert!(place_with_state("New Haven, Conn."));
        assert!(!place_with_state("Part Two, London"));
        assert!(!place_with_state("Cambridge"));
        assert!(!place_with_state(", MA"));
    }

    #[test]
    fn a_number_after_a_lowercase_word_is_an_ordinal_unless_an_imprint_follows() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        // `book 2.` ends the title: the place and its colon follow.
        let e = entry("Smith, John. The History of England, book 2. London: Macmillan, 1990.");
        assert_eq!(e.title.as_deref(), Some("The History of England, book 2"));
        assert_eq!(e.publisher_place.as_deref(), Some("London"));
        assert_eq!(e.year(), Some(1990));
        // `part 2.` there is the part of a work issued in parts.
        let e = entry("Smith, John. The History of England, part 2. London: Macmillan, 1990.");
        assert_eq!(e.title.as_deref(), Some("The History of England"));
        assert_eq!(e.part_number.as_deref(), Some("2"));
        assert_eq!(e.publisher_place.as_deref(), Some("London"));
        // `im 18. Jahrhundert`: the title runs on past the ordinal.
        let e = entry("Meier, Hans: Handwerk im 18. Jahrhundert, Stuttgart 1986.");
        assert_eq!(e.title.as_deref(), Some("Handwerk im 18. Jahrhundert"));
        assert!(imprint_next(" London: Macmillan"));
        assert!(imprint_next(" New York: Knopf"));
        assert!(imprint_next(" 1990."));
        assert!(!imprint_next(" Jahrhundert, Stuttgart"));
        assert!(!imprint_next(" Jahrhundert: eine Studie der Zünfte"));
        assert!(!imprint_next(""));
    }

    #[test]
    fn cjk_chapters_name_their_book_after_its_editors_or_volume() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        let fields = |e: &CslItem| {
            (
                e.kind.clone(),
                e.title.clone().unwrap_or_default(),
                e.container_title.clone().unwrap_or_default(),
                e.volume.clone(),
                e.publisher_place.clone().unwrap_or_default(),
                e.publisher.clone().unwrap_or_default(),
                e.year(),
            )
        };
        let editors = |e: &CslItem| e.editor.iter().map(name_key).collect::<Vec<_>>();
        // A volume of collected works, then the imprint.
        let e = entry("毛澤東, 「矛盾論」, 『毛澤東選集』 第1卷, 北京: 人民出版社, 1991.");
        assert_eq!(
            fields(&e),
            (
                "chapter".into(),
                "矛盾論".into(),
                "毛澤東選集".into(),
                Some("1".into()),
                "北京".into(),
                "人民出版社".into(),
                Some(1991)
            )
        );
        // Editors with a role word before the book.
        let e = entry(
            "김철수, 「동맹론」, 박영희·이민호 엮음, 『한국정치론』, 서울: 한울, 2010, 33-58쪽.",
        );
        assert_eq!(
            fields(&e),
            (
                "chapter".into(),
                "동맹론".into(),
                "한국정치론".into(),
                None,
                "서울".into(),
                "한울".into(),
                Some(2010)
            )
        );
        assert_eq!(editors(&e), ["박영희", "이민호"]);
        assert_eq!(e.page.as_deref(), Some("33-58"));
        let e =
            entry("佐藤花子「行政法の展開」山田太郎編『現代法の課題』東京: 有斐閣, 2001年, 45頁。");
        assert_eq!(e.container_title.as_deref(), Some("現代法の課題"));
        assert_eq!(editors(&e), ["山田太郎"]);
        assert_eq!(e.publisher.as_deref(), Some("有斐閣"));
        // A journal's volume and issue: no imprint, an article.
        let e = entry("김철수, 「한미동맹」, 『국제정치논총』 제50권 제2호, 2010, 33-58쪽.");
        assert_eq!(e.kind, "article-journal");
        assert_eq!(
            (e.volume.as_deref(), e.issue.as_deref(), e.page.as_deref()),
            (Some("50"), Some("2"), Some("33-58"))
        );
        assert!(e.editor.is_empty() && e.publisher.is_none());
        // The society that publishes the journal, after its issue.
        let e = entry(
            "심희기, 「관습법 개념의 검토」, 『법사학연구』 제46호, 한국법사학회, 2012, 205-246면.",
        );
        assert_eq!(e.kind, "article-journal");
        assert_eq!(
            (
                e.issue.as_deref(),
                e.publisher.as_deref(),
                e.page.as_deref(),
                e.year()
            ),
            (
                Some("46"),
                Some("한국법사학회"),
                Some("205-246"),
                Some(2012)
            )
        );
        assert_eq!(e.publisher_place, None);
        // So after a volume written as a bare number.
        let e = entry("한상권, 「향약의 기구」, 『진단학보』 58, 진단학회, 1984, 17~68쪽.");
        assert_eq!(
            (
                e.volume.as_deref(),
                e.publisher.as_deref(),
                e.page.as_deref()
            ),
            (Some("58"), Some("진단학회"), Some("17~68"))
        );
        let e = entry("권연웅, 「경연의 운영」, 『韓國史論』 9, 서울大 國史學科, 1983.");
        assert_eq!(e.publisher.as_deref(), Some("서울大 國史學科"));
        // A journal in other marks keeps its bare volume only.
        let e = entry("Kim, C., \"Title,\" Journal of Korean Studies 58, 2010, 17-68.");
        assert_eq!(e.publisher, None);
    }

    /// GB/T 7714 parts of books written the 2005 way (`[A]`), proceedings
    /// cited after `//` without editors, a newspaper's day and page.
    #[test]
    fn gbt_7714_parts_proceedings_and_newspapers() {
        let g = Grammar::builtin();
        let parse = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g);
        let p = parse(
            "顾立平. 科研数据伦理规范[A]. 吴建中. 开放科学与图书馆[C]. 上海: 上海科学技术文献出版社, 2017: 88-97.",
        );
        let e = &p.item;
        assert_eq!(
            (e.kind.as_str(), e.container_title.as_deref()),
            ("chapter", Some("开放科学与图书馆"))
        );
        assert_eq!(e.editor.len(), 1);
        assert_eq!(
            (e.publisher.as_deref(), e.page.as_deref()),
            (Some("上海科学技术文献出版社"), Some("88-97"))
        );
        assert_eq!(p.unparsed, None);
        let e = parse(
            "DEVLIN J, CHANG M W. BERT: pre-training of deep bidirectional transformers[C]//Proceedings of NAACL-HLT 2019. Minneapolis: ACL, 2019: 4171-4186.",
        )
        .item;
        assert_eq!(
            (e.container_title.as_deref(), e.editor.len()),
            (Some("Proceedings of NAACL-HLT 2019"), 0)
        );
        assert_eq!(
            (e.publisher_place.as_deref(), e.page.as_deref()),
            (Some("Minneapolis"), Some("4171-4186"))
        );
        // Editors before the book's title stay editors.
        let e = parse("刘桂锋. 博弈分析[C]//中国科学技术情报学会. 第十届年会论文集. 北京: 科学技术文献出版社, 2018: 112-120.").item;
        assert_eq!(e.container_title.as_deref(), Some("第十届年会论文集"));
        assert_eq!(e.editor.len(), 1);
        let p = parse("王亮. 科学数据共享平台访问量持续增长[N]. 光明日报, 2020-06-12(7).");
        assert_eq!(p.item.container_title.as_deref(), Some("光明日报"));
        assert_eq!(
            p.item.issued.as_ref().map(|d| d.date_parts.clone()),
            Some(vec![vec![2020, 6, 12]])
        );
        assert_eq!(p.item.page.as_deref(), Some("7"));
        assert_eq!(p.unparsed, None);
    }

    /// GB/T 7714 author-date lists (著者-出版年制): the year after the
    /// names, none in the details after the title.
    /// Standards and patents (`[S]`, `[P]`) write their number in the
    /// title: it is the item's number, before the title or after a colon.
    #[test]
    fn gbt_7714_standards_and_patents_keep_their_number_apart() {
        let g = Grammar::builtin();
        let read = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        for s in [
            "全国信息与文献标准化技术委员会. GB/T 7714—2015 信息与文献 参考文献著录规则[S]. 北京: 中国标准出版社, 2015.",
            "全国信息与文献标准化技术委员会. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社, 2015.",
        ] {
            let p = read(s);
            assert_eq!(p.kind, "standard", "{s}");
            assert_eq!(p.number.as_deref(), Some("GB/T 7714—2015"), "{s}");
            assert_eq!(p.title.as_deref(), Some("信息与文献 参考文献著录规则"), "{s}");
            assert_eq!(p.publisher.as_deref(), Some("中国标准出版社"), "{s}");
        }
        let p = read("张三, 李四. 一种数据处理方法: CN105123456A[P]. 2015-12-02.");
        assert_eq!(p.kind, "patent");
        assert_eq!(p.number.as_deref(), Some("CN105123456A"));
        assert_eq!(p.title.as_deref(), Some("一种数据处理方法"));
        let p = read("王五. 一种图像识别装置: 中国, ZL201510123456.7[P]. 2017-03-01.");
        assert_eq!(p.number.as_deref(), Some("ZL201510123456.7"));
        assert_eq!(p.title.as_deref(), Some("一种图像识别装置"));
        assert_eq!(p.publisher_place.as_deref(), Some("中国"));
        // A title with a colon and no number keeps both halves.
        let p = read("王五. 数据治理: 理论与实践[M]. 北京: 法律出版社, 2020.");
        assert_eq!(p.number, None);
        assert_eq!(p.title.as_deref(), Some("数据治理: 理论与实践"));
    }

    #[test]
    fn gbt_7714_author_date_entries_date_the_work_after_the_names() {
        let g = Grammar::builtin();
        let parse = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g);
        let p =
            parse("李华, 张强, 刘洋, 2018a. 合作社成员的社会网络[J]. 社会学研究, 33(3): 45-68.");
        let e = &p.item;
        assert_eq!(e.author.len(), 3);
        assert_eq!(e.issued.as_ref().and_then(|d| d.year()), Some(2018));
        assert_eq!(p.year_suffix, Some('a'));
        assert_eq!(
            (
                e.container_title.as_deref(),
                e.volume.as_deref(),
                e.issue.as_deref(),
                e.page.as_deref()
            ),
            (Some("社会学研究"), Some("33"), Some("3"), Some("45-68"))
        );
        assert_eq!(p.unparsed, None);
        let e = parse("仝志辉, 温铁军, 2009. 资本和部门下乡[J]. 开放时代, (4): 5-26.").item;
        assert_eq!(
            (e.volume.as_deref(), e.issue.as_deref(), e.page.as_deref()),
            (None, Some("4"), Some("5-26"))
        );
        let p = parse("贺雪峰, 2013. 新乡土中国[M]. 修订版. 北京: 北京大学出版社.");
        assert_eq!(p.unparsed, None);
        assert_eq!(
            (
                p.item.publisher_place.as_deref(),
                p.item.publisher.as_deref()
            ),
            (Some("北京"), Some("北京大学出版社"))
        );
        assert_eq!(p.item.issued.as_ref().and_then(|d| d.year()), Some(2013));
        let e = parse(
            "OLSON M, 1965. The logic of collective action[M]. Cambridge, MA: Harvard University Press.",
        )
        .item;
        assert_eq!(e.author.len(), 1);
        assert_eq!(e.publisher_place.as_deref(), Some("Cambridge, MA"));
        assert_eq!(e.publisher.as_deref(), Some("Harvard University Press"));
        let e = parse("王明, 2019. 农民合作社的治理结构研究[D]. 北京: 中国农业大学.").item;
        assert_eq!(
            (e.kind.as_str(), e.publisher.as_deref()),
            ("thesis", Some("中国农业大学"))
        );
        // The numeric system keeps its year in the details.
        let e = parse("王明. 治理结构[J]. 中国农村经济, 2019, 35(6): 12-20.").item;
        assert_eq!(e.issued.as_ref().and_then(|d| d.year()), Some(2019));
        assert_eq!(e.volume.as_deref(), Some("35"));
    }

    #[test]
    fn gbt_7714_books_articles_chapters_and_english_entries() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        let families = |e: &CslItem| -> Vec<String> {
            e.author
                .iter()
                .map(|n| {
                    format!(
                        "{}{}",
                        n.family.as_deref().unwrap_or(""),
                        n.given.as_deref().unwrap_or("")
                    )
                })
                .collect()
        };
        let e = entry("王利明. 民法总论[M]. 北京: 中国人民大学出版社, 2009.");
        assert_eq!(
            (e.kind.as_str(), e.title.as_deref()),
            ("book", Some("民法总论"))
        );
        assert_eq!(families(&e), ["王利明"]);
        assert_eq!(
            (e.publisher_place.as_deref(), e.publisher.as_deref()),
            (Some("北京"), Some("中国人民大学出版社"))
        );
        assert_eq!(e.issued.as_ref().and_then(|d| d.year()), Some(2009));
        let e = entry("张三, 李四, 等. 论物权[J]. 法学研究, 2005, 27(3): 12-20.");
        assert_eq!(
            (
                e.kind.as_str(),
                e.title.as_deref(),
                e.container_title.as_deref()
            ),
            ("article-journal", Some("论物权"), Some("法学研究"))
        );
        assert_eq!(families(&e), ["张三", "李四"]);
        assert!(e.et_al);
        assert_eq!(
            (e.volume.as_deref(), e.issue.as_deref(), e.page.as_deref()),
            (Some("27"), Some("3"), Some("12-20"))
        );
        let e = entry("李四. 物权的结构[M]//王五. 民法论丛. 北京: 法律出版社, 2010: 30-45.");
        assert_eq!(
            (
                e.kind.as_str(),
                e.container_title.as_deref(),
                e.page.as_deref()
            ),
            ("chapter", Some("民法论丛"), Some("30-45"))
        );
        assert_eq!(e.editor.len(), 1);
        let e = entry("SMITH J, LEE K. Property and power[J]. Law Review, 2019, 12(3): 45-67.");
        assert_eq!(families(&e), ["SMITHJ", "LEEK"]);
        assert_eq!(e.container_title.as_deref(), Some("Law Review"));
        let e = entry("刘七. 论文题目[D]. 上海: 复旦大学, 2015.");
        assert_eq!(
            (e.kind.as_str(), e.publisher.as_deref()),
            ("thesis", Some("复旦大学"))
        );
        // Brackets that are no type code leave the other readers to it.
        let e = entry("Smith J. Title [Internet]. London: Verso; 2019.");
        assert_ne!(e.kind, "webpage");
    }

    /// AMA web pages: `Published DATE` is the issued date, `Updated DATE`
    /// a revision read into no field (the issued date where nothing is
    /// published), `Accessed DATE` the accessed date; none is a place.
    #[test]
    fn ama_web_pages_take_issued_from_published_not_updated_or_accessed() {
        let g = Grammar::builtin();
        let ymd = |d: &Option<CslDate>| d.as_ref().map(|d| (d.year(), d.month(), d.day()));
        for (s, issued) in [
            (
                "RSV vaccine guidance for older adults. Published October 3, 2023. Updated May 1, 2024. Accessed June 2, 2024. https://www.cdc.gov/rsv/older-adults.html",
                (Some(2023), Some(10), Some(3)),
            ),
            // The revision first: the published date still wins.
            (
                "Measles cases and outbreaks. Updated: May 1, 2024. Published: March 2, 2019. Accessed June 2, 2024. https://www.cdc.gov/measles/cases.html",
                (Some(2019), Some(3), Some(2)),
            ),
            (
                "Disease burden of flu. Updated October 4, 2024. Accessed March 1, 2025. https://www.cdc.gov/flu-burden/index.html",
                (Some(2024), Some(10), Some(4)),
            ),
            (
                "Guidelines for the clinical management of influenza. Published 2024. Accessed March 3, 2025. https://www.who.int/item/guidelines",
                (Some(2024), None, None),
            ),
        ] {
            let p = parse_reference(s, NameOrder::Ditto, &g);
            assert_eq!(ymd(&p.item.issued), Some(issued), "{s}");
            assert_eq!(ymd(&p.item.accessed).and_then(|d| d.0).map(|y| y >= 2024), Some(true), "{s}");
            assert_eq!(p.item.publisher_place, None, "{s}");
            assert_eq!(p.unparsed, None, "{s}");
            assert!(p.item.title.as_deref().is_some_and(|t| !t.contains("ublished") && !t.contains("pdated")), "{s}");
        }
    }

    /// A date word inside a sentence, or one not followed by a whole
    /// date that ends its sentence, states no date.
    #[test]
    fn a_date_word_inside_a_sentence_states_no_date() {
        let g = Grammar::builtin();
        for s in [
            "Sage. (Original work published 1963).",
            "Smith J. Revised edition of the guide. 2019.",
            "Published papers on the flu, 2010 to 2020. Geneva: WHO; 2021.",
            "Updated guidance. London: HMSO; 1999.",
        ] {
            assert_eq!(stated_dates(s, &g), StatedDates::default(), "{s}");
        }
        let d = stated_dates("Title. Last modified April 17, 2017. https://x.org", &g);
        assert_eq!(
            d.issued.as_ref().map(|d| (d.year(), d.month())),
            Some((Some(2017), Some(4)))
        );
        assert_eq!(d.spans, vec![(7, 35)]);
    }

    /// GB/T 7714 online references: `(published)[read]`, or the date read
    /// alone, which is no date of publication.
    #[test]
    fn gbt_7714_online_references_give_issued_and_accessed_dates() {
        let g = Grammar::builtin();
        let ymd = |d: &Option<CslDate>| d.as_ref().map(|d| (d.year(), d.month(), d.day()));
        for (s, issued, accessed) in [
            (
                "国家互联网信息办公室. 数据出境安全评估办法[EB/OL]. (2022-07-07)[2023-03-01]. http://www.cac.gov.cn/2022-07/07/c_1658811536396503.htm.",
                Some((Some(2022), Some(7), Some(7))),
                Some((Some(2023), Some(3), Some(1))),
            ),
            (
                "SMITH J. Data rules[EB/OL]. (2019-01-01)[2020-02-02]. https://example.org/b.",
                Some((Some(2019), Some(1), Some(1))),
                Some((Some(2020), Some(2), Some(2))),
            ),
            (
                "王五. 论数据治理[EB/OL]. [2023-03-01]. http://example.org/a.",
                None,
                Some((Some(2023), Some(3), Some(1))),
            ),
        ] {
            let p = parse_reference(s, NameOrder::Natural, &g);
            assert_eq!(p.item.kind, "webpage", "{s}");
            assert_eq!(ymd(&p.item.issued), issued, "{s}");
            assert_eq!(ymd(&p.item.accessed), accessed, "{s}");
            assert_eq!(p.unparsed, None, "{s}");
        }
    }

    /// Japanese journals named without brackets, their numbers glued to the
    /// name; Chinese journals after `载`.
    #[test]
    fn cjk_journals_give_up_the_numbers_glued_to_their_names() {
        let g = Grammar::builtin();
        for (s, journal, volume, issue, page) in [
            (
                "山田太郎「行政裁量の統制」法学教室400号（2014年）",
                "法学教室",
                None,
                Some("400"),
                None,
            ),
            (
                "山田太郎「行政裁量の統制」ジュリスト1234号45頁（2002年）",
                "ジュリスト",
                None,
                Some("1234"),
                Some("45"),
            ),
            (
                "鈴木花子「契約の解釈」法律時報80巻5号12頁",
                "法律時報",
                Some("80"),
                Some("5"),
                Some("12"),
            ),
            (
                "佐藤一郎「信託法の課題」民商法雑誌123巻4号（2001年）",
                "民商法雑誌",
                Some("123"),
                Some("4"),
                None,
            ),
            (
                "万方：《隐私政策》，载《法律科学》2019年第2期，第61-68页",
                "法律科学",
                None,
                Some("2"),
                Some("61-68"),
            ),
        ] {
            let p = parse_reference(s, NameOrder::Natural, &g).item;
            assert_eq!(p.kind, "article-journal", "{s}");
            assert_eq!(p.container_title.as_deref(), Some(journal), "{s}");
            assert_eq!(p.volume.as_deref(), volume, "{s}");
            assert_eq!(p.issue.as_deref(), issue, "{s}");
            assert_eq!(p.page.as_deref(), page, "{s}");
        }
    }

    #[test]
    fn an_imprint_in_full_width_brackets_is_read_as_in_ascii_ones() {
        let g = Grammar::builtin();
        let e = parse_reference(
            "山田太郎『戦後日本外交史』（岩波書店、2000年）",
            NameOrder::Natural,
            &g,
        )
        .item;
        assert_eq!(e.title.as_deref(), Some("戦後日本外交史"));
        assert_eq!(e.publisher.as_deref(), Some("岩波書店"));
        assert_eq!(e.issued.as_ref().and_then(|d| d.year()), Some(2000));
        let e = parse_reference(
            "宇賀克也「行政手続の現在」法学教室400号（2014年）",
            NameOrder::Natural,
            &g,
        )
        .item;
        assert_eq!(e.container_title.as_deref(), Some("法学教室"));
        assert_eq!(e.issue.as_deref(), Some("400"));
        assert_eq!(e.issued.as_ref().and_then(|d| d.year()), Some(2014));
    }

    #[test]
    fn gost_areas_opened_by_dashes_read_as_sentences() {
        let g = Grammar::builtin();
        let entry = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g).item;
        for (text, title, place, publisher, year) in [
            (
                "Иванов И. И. Очерки истории. – М.: Наука, 2001. – 300 с.",
                "Очерки истории",
                "М.",
                "Наука",
                2001,
            ),
            (
                "Петров П. П. Очерки права. — СПб.: Питер, 2010. — 250 с.",
                "Очерки права",
                "СПб.",
                "Питер",
                2010,
            ),
            (
                "Сидоров С. С. Право и власть. - Казань: Феникс, 1999. - 120 с.",
                "Право и власть",
                "Казань",
                "Феникс",
                1999,
            ),
        ] {
            let e = entry(text);
            assert_eq!(
                e.author.first().and_then(|n| n.family.as_deref()),
                Some(text.split(' ').next().unwrap()),
                "{text}"
            );
            assert_eq!(e.title.as_deref(), Some(title), "{text}");
            assert_eq!(e.publisher_place.as_deref(), Some(place), "{text}");
            assert_eq!(e.publisher.as_deref(), Some(publisher), "{text}");
            assert_eq!(
                e.issued.as_ref().and_then(|d| d.year()),
                Some(year),
                "{text}"
            );
        }
        let e = entry("Петров П. П. Архивы // Вопросы истории. – 2005. – № 3. – С. 45–60.");
        assert_eq!(e.container_title.as_deref(), Some("Вопросы истории"));
        assert_eq!(
            (e.issue.as_deref(), e.page.as_deref()),
            (Some("3"), Some("45–60"))
        );
        // A dash inside a title, or after no period, stays.
        assert_eq!(
            without_area_dashes("Smith J. War – and Peace. London, 2001."),
            "Smith J. War – and Peace. London, 2001."
        );
        assert_eq!(without_area_dashes("Очерки. – М."), "Очерки.     М.");
    }

    #[test]
    fn german_journal_abbreviation_with_year_and_pages_is_the_container() {
        let g = Grammar::builtin();
        let entry = |s: &str, order| parse_reference(s, order, &g).item;
        let e = entry(
            "Schmidt, Peter: Die Staatshaftung im Wandel, NJW 2005, S. 1234–1240.",
            NameOrder::InvertedFirst,
        );
        assert_eq!(e.container_title.as_deref(), Some("NJW"));
        assert_eq!(e.publisher_place, None);
        assert_eq!(e.page.as_deref(), Some("1234–1240"));
        assert_eq!(e.kind, "article-journal");
        // In a note, the first page written bare; the volume before the
        // year in brackets.
        let e = entry(
            "Weiss, Amtspflicht und Drittbezug, DVBl. 1999, 445",
            NameOrder::Natural,
        );
        assert_eq!(
            (e.container_title.as_deref(), e.page.as_deref(), e.volume),
            (Some("DVBl"), Some("445"), None)
        );
        let e = entry(
            "Richter, Amtshaftung bei Ermessensfehlern, VerwArch 95 (2004), 233",
            NameOrder::Natural,
        );
        assert_eq!(
            (
                e.container_title.as_deref(),
                e.volume.as_deref(),
                e.page.as_deref(),
                e.year()
            ),
            (Some("VerwArch"), Some("95"), Some("233"), Some(2004))
        );
        // Places stay places: no pages after the year, or no abbreviation.
        let e = entry(
            "Krause, Martina: Verwaltungsorganisation und Haftung, Baden-Baden 2010.",
            NameOrder::InvertedFirst,
        );
        assert_eq!(e.publisher_place.as_deref(), Some("Baden-Baden"));
        assert_eq!(e.container_title, None);
        let e = entry(
            "Berger, Staatshaftungsrecht, München 2013, S. 12",
            NameOrder::Natural,
        );
        assert_eq!(e.publisher_place.as_deref(), Some("München"));
        assert!(journal_abbreviation("NVwZ-RR", false));
        assert!(!journal_abbreviation("Baden-Baden", false));
        assert!(!journal_abbreviation("Frankfurt/M.", false));
        assert!(!journal_abbreviation("C.H. Beck", false));
        assert!(!journal_abbreviation("München: C.H. Beck", false));
        assert!(journal_abbreviation("DVBl.", false));
        assert!(journal_abbreviation("Der Staat", true));
        assert!(!journal_abbreviation("Der Staat", false));
    }

    #[test]
    fn abnt_books_articles_chapters_organisations_and_ditto_entries() {
        let g = Grammar::builtin();
        let book = parse_reference(
            "SILVA, João da. Memória: um estudo. 2. ed. São Paulo: Companhia das Letras, 2010. p. 45.",
            NameOrder::Natural,
            &g,
        )
        .item;
        assert_eq!(book.author[0].family.as_deref(), Some("SILVA"));
        assert_eq!(book.title.as_deref(), Some("Memória: um estudo"));
        assert_eq!(book.publisher_place.as_deref(), Some("São Paulo"));
        assert_eq!(book.publisher.as_deref(), Some("Companhia das Letras"));
        assert_eq!(book.year(), Some(2010));
        let article = parse_reference(
            "SOUZA, Maria. Título do artigo. Revista Brasileira, São Paulo, v. 12, n. 3, p. 45-67, jan./mar. 2015.",
            NameOrder::InvertedFirst,
            &g,
        )
        .item;
        assert_eq!(article.kind, "article-journal");
        assert_eq!(
            article.container_title.as_deref(),
            Some("Revista Brasileira")
        );
        assert_eq!(
            (
                article.volume.as_deref(),
                article.issue.as_deref(),
                article.page.as_deref()
            ),
            (Some("12"), Some("3"), Some("45-67"))
        );
        let chapter = parse_reference(
            "FERREIRA, Ricardo. Os arquivos. In: MOURA, Paulo (Org.). Arquivos e democracia. São Paulo: Alameda, 2011. p. 33-58.",
            NameOrder::InvertedFirst,
            &g,
        )
        .item;
        assert_eq!(chapter.kind, "chapter");
        assert_eq!(chapter.title.as_deref(), Some("Os arquivos"));
        assert_eq!(
            chapter.container_title.as_deref(),
            Some("Arquivos e democracia")
        );
        assert_eq!(chapter.publisher.as_deref(), Some("Alameda"));
        let ditto = parse_reference(
            "O passado que não passa. Novos Estudos, São Paulo, n. 95, p. 7-25, mar. 2013.",
            NameOrder::Ditto,
            &g,
        )
        .item;
        assert_eq!(ditto.title.as_deref(), Some("O passado que não passa"));
        assert_eq!(ditto.container_title.as_deref(), Some("Novos Estudos"));
        assert_eq!(ditto.issue.as_deref(), Some("95"));
        let organisation = parse_reference(
            "COMISSÃO NACIONAL DA VERDADE. Relatório. Brasília: CNV, 2014.",
            NameOrder::Natural,
            &g,
        )
        .item;
        assert_eq!(
            organisation.author[0].literal.as_deref(),
            Some("COMISSÃO NACIONAL DA VERDADE")
        );
        assert_eq!(organisation.title.as_deref(), Some("Relatório"));
        // An English edition statement is no part of the place either.
        let english = parse_reference(
            "Doe, Jane. The Archive. 2nd ed. London: Verso, 2001.",
            NameOrder::InvertedFirst,
            &g,
        )
        .item;
        assert_eq!(english.publisher_place.as_deref(), Some("London"));
    }

    struct Want {
        authors: &'static [&'static str],
        title: &'static str,
        container: Option<&'static str>,
        date: &'static [i32],
    }

    fn check(s: &str, order: NameOrder, w: Want) -> ParsedReference {
        let g = Grammar::builtin();
        let p = parse_reference(s, order, &g);
        let authors: Vec<String> = p.item.names().iter().map(name_key).collect();
        assert_eq!(
            authors,
            w.authors.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            "authors of {s}"
        );
        assert_eq!(p.item.title.as_deref(), Some(w.title), "title of {s}");
        assert_eq!(
            p.item.container_title.as_deref(),
            w.container,
            "container of {s}"
        );
        assert_eq!(
            p.item.issued.as_ref().map(|d| d.date_parts[0].clone()),
            Some(w.date.to_vec()),
            "date of {s}"
        );
        p
    }

    #[test]
    fn a_notes_title_with_a_subtitle_is_no_inverted_name() {
        // Italics lost in conversion: a short title and its subtitle after
        // `Given Family,`.
        check(
            "Carolyn Steedman, Dust: The Archive and Cultural History (Manchester: Manchester University Press, 2001), 9.",
            NameOrder::Natural,
            Want {
                authors: &["steedman"],
                title: "Dust: The Archive and Cultural History",
                container: None,
                date: &[2001],
            },
        );
        check(
            "Benedict Anderson, Imagined Communities: Reflections on the Origin and Spread of Nationalism (London: Verso, 1983), 6.",
            NameOrder::Natural,
            Want {
                authors: &["anderson"],
                title: "Imagined Communities: Reflections on the Origin and Spread of Nationalism",
                container: None,
                date: &[1983],
            },
        );
        // German notes invert one-word family names before a colon, with
        // an editor's role word after them.
        check(
            "Müller, Hans (Hrsg.): Archiv und Staat, Berlin: Verlag 1998.",
            NameOrder::InvertedFirst,
            Want {
                authors: &["muller"],
                title: "Archiv und Staat",
                container: None,
                date: &[1998],
            },
        );
        check(
            "Müller, Hans: Archiv und Staat, Berlin: Verlag 1998, S. 5.",
            NameOrder::Natural,
            Want {
                authors: &["muller"],
                title: "Archiv und Staat",
                container: None,
                date: &[1998],
            },
        );
    }

    /// Contributions to edited books as German, French and Polish notes and
    /// bibliographies write them: the editors end at a role word, the book
    /// title runs to the next comma, then volume, place and year.
    #[test]
    fn chapters_with_editors_before_the_book_separated_by_commas() {
        let g = Grammar::builtin();
        let entry = |s: &str, order| parse_reference(s, order, &g).item;
        let name = |n: &CslName| (n.family.clone().or(n.literal.clone()), n.given.clone());
        let c = entry(
            "Vogel, Sabine: § 839 BGB, in: Kramer, Hans (Hrsg.): Handbuch des Staatshaftungsrechts, Bd. 2, Köln 2008, S. 301–389.",
            NameOrder::InvertedFirst,
        );
        assert_eq!(c.kind, "chapter");
        assert_eq!(c.title.as_deref(), Some("§ 839 BGB"));
        assert_eq!(
            c.editor.iter().map(name).collect::<Vec<_>>(),
            [(Some("Kramer".to_string()), Some("Hans".to_string()))]
        );
        assert_eq!(
            c.container_title.as_deref(),
            Some("Handbuch des Staatshaftungsrechts")
        );
        assert_eq!(
            (
                c.volume.as_deref(),
                c.publisher_place.as_deref(),
                c.publisher.as_deref(),
                c.year(),
                c.page.as_deref()
            ),
            (Some("2"), Some("Köln"), None, Some(2008), Some("301–389"))
        );
        // A note: the editor's family name alone, `(Hg.)`, a comma.
        let c = entry(
            "Vogel, § 839 BGB, in: Kramer (Hg.), Handbuch des Staatshaftungsrechts, Bd. 2, Köln 2008, S. 301",
            NameOrder::Natural,
        );
        assert_eq!(c.kind, "chapter");
        assert_eq!(
            c.container_title.as_deref(),
            Some("Handbuch des Staatshaftungsrechts")
        );
        assert_eq!(c.editor.len(), 1);
        assert_eq!(
            (c.volume.as_deref(), c.publisher_place.as_deref()),
            (Some("2"), Some("Köln"))
        );
        // Two editors joined by a slash; given names first.
        let c = entry(
            "Roth, Eva: Haftung, in: Kramer/Schulz (Hrsg.), Festschrift für Otto Lang, Berlin 2010, S. 5–20.",
            NameOrder::InvertedFirst,
        );
        assert_eq!(c.editor.len(), 2);
        assert_eq!(
            c.container_title.as_deref(),
            Some("Festschrift für Otto Lang")
        );
        assert_eq!(c.publisher_place.as_deref(), Some("Berlin"));
        let c = entry(
            "Roth, Eva: Haftung, in: Hans Kramer (Hrsg.), Verwaltungsrecht, München 2010, S. 5–20.",
            NameOrder::InvertedFirst,
        );
        assert_eq!(
            c.editor.iter().map(name).collect::<Vec<_>>(),
            [(Some("Kramer".to_string()), Some("Hans".to_string()))]
        );
        assert_eq!(c.container_title.as_deref(), Some("Verwaltungsrecht"));
        // French: `dans : NOM (dir.), Titre, Paris, Éditeur, 2005`.
        let c = entry(
            "DUPONT, Jean, « Le droit », dans : MARTIN, Paul (dir.), Mélanges, Paris, Dalloz, 2005, p. 3-20.",
            NameOrder::InvertedFirst,
        );
        assert_eq!(c.kind, "chapter");
        assert_eq!(c.container_title.as_deref(), Some("Mélanges"));
        assert_eq!(
            (c.publisher_place.as_deref(), c.publisher.as_deref()),
            (Some("Paris"), Some("Dalloz"))
        );
        assert_eq!(c.editor.len(), 1);
        // Italian and Spanish notes: `in A. Rossi (a cura di), Titolo`,
        // `en S. Juliá (coord.), Título` (the grammars' `names.roles`).
        for (s, editor, book) in [
            (
                "Luisa Passerini, «Memoria e storia», in Anna Rossi (a cura di), La storia orale, Bologna, il Mulino, 2001, pp. 12-30.",
                "Rossi",
                "La storia orale",
            ),
            (
                "Julián Casanova, «Rebelión», en Santos Juliá (comp.), Víctimas de la guerra civil, Madrid, Temas de Hoy, 1999, pp. 57-177.",
                "Juliá",
                "Víctimas de la guerra civil",
            ),
        ] {
            let c = entry(s, NameOrder::Natural);
            assert_eq!(c.kind, "chapter", "{s}");
            assert_eq!(c.container_title.as_deref(), Some(book), "{s}");
            assert_eq!(
                c.editor.iter().map(name).map(|n| n.0).collect::<Vec<_>>(),
                [Some(editor.to_string())],
                "{s}"
            );
        }
    }

    /// `in:` in prose names no editors and no book.
    #[test]
    fn gost_places_of_two_words_before_the_year() {
        let g = Grammar::builtin();
        for (s, place, publisher) in [
            (
                "Козлов В. В. Налоги. – Н. Новгород, 2012. – 180 с.",
                "Н. Новгород",
                None,
            ),
            (
                "Смирнов А. А. Регионы России. – Ростов н/Д, 2010. – 150 с.",
                "Ростов н/Д",
                None,
            ),
            (
                "Смирнов А. А. Регионы России. – Ростов н/Д : Феникс, 2010. – 150 с.",
                "Ростов н/Д",
                Some("Феникс"),
            ),
            (
                "Иванов И. И. Бюджетный федерализм. – М., 2019. – 320 с.",
                "М.",
                None,
            ),
        ] {
            let e = parse_reference(s, NameOrder::InvertedFirst, &g).item;
            assert_eq!(e.publisher_place.as_deref(), Some(place), "{s}");
            assert_eq!(e.publisher.as_deref(), publisher, "{s}");
            assert!(e.number_of_pages.is_some(), "{s}");
        }
    }

    #[test]
    fn a_book_its_volume_and_imprint_in_comma_parts() {
        let g = Grammar::builtin();
        let b = book_then_imprint(
            "Le ragioni del diritto. Scritti in onore di Luigi Mengoni, I, Milano",
            &g,
        )
        .unwrap();
        assert_eq!(
            b.title,
            "Le ragioni del diritto. Scritti in onore di Luigi Mengoni"
        );
        assert_eq!(b.volume.as_deref(), Some("I"));
        assert_eq!(b.place, "Milano");
        assert_eq!(b.publisher, None);
        let b = book_then_imprint("Enc. dir., XXIX, Milano", &g).unwrap();
        assert_eq!(b.title, "Enc. dir.");
        assert_eq!(b.volume.as_deref(), Some("XXIX"));
        let b = book_then_imprint("Crisi della ragione, Torino, Einaudi", &g).unwrap();
        assert_eq!(b.title, "Crisi della ragione");
        assert_eq!(b.place, "Torino");
        assert_eq!(b.publisher.as_deref(), Some("Einaudi"));
        // No place after the book: none; a lone part is no book and place.
        assert_eq!(book_then_imprint("Foro it., I", &g), None);
        assert_eq!(book_then_imprint("Milano", &g), None);
        assert_eq!(book_then_imprint("Scritti minori, vol. I", &g), None);
    }

    #[test]
    fn in_as_prose_is_no_chapter() {
        let g = Grammar::builtin();
        for s in [
            "so auch in: der Rechtsprechung, Bd. 2, Köln 2008",
            "Müller, Haftung, so auch in: der Rechtsprechung (Hrsg.), Köln 2008",
        ] {
            let c = parse_reference(s, NameOrder::Natural, &g).item;
            assert!(c.editor.is_empty(), "{s}");
            assert_ne!(c.kind, "chapter", "{s}");
        }
    }

    /// `『日本法制史』上巻（創文社、1960年）`: a volume before an imprint
    /// in full-width brackets; the bracket is no part of the publisher.
    #[test]
    fn a_volume_before_a_full_width_imprint_leaves_the_bracket_out() {
        let g = Grammar::builtin();
        for (s, volume) in [
            ("石井良助『日本法制史』上巻（創文社、1960年）45頁。", "上"),
            ("石井良助『日本法制史』第1卷（創文社、1960年）45頁。", "1"),
            ("石井良助『日本法制史』上卷 （創文社、1960年）45頁。", "上"),
        ] {
            let p = parse_reference(s, NameOrder::Natural, &g).item;
            assert_eq!(p.title.as_deref(), Some("日本法制史"), "{s}");
            assert_eq!(p.volume.as_deref(), Some(volume), "{s}");
            assert_eq!(p.publisher.as_deref(), Some("創文社"), "{s}");
            assert_eq!(p.issued.map(|d| d.date_parts[0][0]), Some(1960), "{s}");
        }
    }

    /// `Title. 5 vols. Place: Publisher, Years.`: the number of volumes
    /// between a book's title and its imprint in a list entry.
    #[test]
    fn a_count_of_volumes_before_the_imprint_in_a_list_entry_is_no_publisher() {
        let g = Grammar::builtin();
        assert_eq!(
            extent_before_imprint(
                "Venturi, Franco. Settecento riformatore. 5 vols. Turin: Einaudi, 1969–1990.",
                &g
            ),
            Some((40, 48, "5".to_string()))
        );
        for (s, count, title, place, publisher) in [
            (
                "Venturi, Franco. Settecento riformatore. 5 vols. Turin: Einaudi, 1969–1990.",
                "5",
                "Settecento riformatore",
                "Turin",
                "Einaudi",
            ),
            (
                "Gibbon, Edward. The History of the Decline and Fall of the Roman Empire, 6 vols. London: Strahan and Cadell, 1776–1789.",
                "6",
                "The History of the Decline and Fall of the Roman Empire",
                "London",
                "Strahan and Cadell",
            ),
        ] {
            let p = parse_reference(s, NameOrder::InvertedFirst, &g).item;
            assert_eq!(p.number_of_volumes.as_deref(), Some(count), "{s}: {p:?}");
            assert_eq!(p.title.as_deref(), Some(title), "{s}");
            assert_eq!(
                (p.publisher_place.as_deref(), p.publisher.as_deref()),
                (Some(place), Some(publisher)),
                "{s}"
            );
        }
        // A translator between the count and the imprint: not this form.
        let s = "Braudel, Fernand. The Mediterranean. 2 vols. Translated by Siân Reynolds. New York: Harper & Row, 1972.";
        assert_eq!(extent_before_imprint(s, &g), None);
    }

    /// `Title, 4 vols. (Place: Publisher, Year)`: the number of volumes
    /// before a book's imprint in brackets is its extent, no publisher.
    #[test]
    fn a_count_of_volumes_before_the_imprint_in_brackets_is_no_publisher() {
        let g = Grammar::builtin();
        for (s, count, place, publisher, year) in [
            (
                "A. J. P. Taylor, English History, 4 vols. (London: Macmillan, 1940), 12.",
                "4",
                "London",
                "Macmillan",
                1940,
            ),
            (
                "Edward Porritt, The Unreformed House of Commons, 2 vols (Cambridge: Cambridge University Press, 1903)",
                "2",
                "Cambridge",
                "Cambridge University Press",
                1903,
            ),
        ] {
            let p = parse_reference(s, NameOrder::Natural, &g).item;
            assert_eq!(p.number_of_volumes.as_deref(), Some(count), "{s}");
            assert_eq!(
                (p.publisher_place.as_deref(), p.publisher.as_deref()),
                (Some(place), Some(publisher)),
                "{s}"
            );
            assert_eq!(p.issued.map(|d| d.date_parts[0][0]), Some(year), "{s}");
        }
    }

    /// A law commission's report cited by series and number where a book's
    /// imprint stands (`(Law Com No 261, 1999)`) is a numbered report.
    #[test]
    fn a_law_commission_report_is_cited_by_its_number() {
        let g = Grammar::builtin();
        for (s, number) in [
            (
                "Law Commission, Damages (Law Com No 261, 1999)",
                "Law Com No 261",
            ),
            (
                "Law Commission, Contempt of Court (Law Com CP No 154, 1999)",
                "Law Com CP No 154",
            ),
            (
                "Australian Law Reform Commission, Native Title (Report No 126, 2015)",
                "Report No 126",
            ),
        ] {
            let p = parse_reference(s, NameOrder::Natural, &g).item;
            assert_eq!(p.number.as_deref(), Some(number), "{s}");
            assert_eq!(p.publisher, None, "{s}");
            assert_eq!(p.kind, "report", "{s}");
        }
    }

    /// `Title, 2nd ed. (Place: Publisher, Year)`: the edition statement
    /// before a book's imprint in brackets is no publisher.
    #[test]
    fn an_edition_before_the_imprint_in_brackets_is_left_over() {
        let g = Grammar::builtin();
        for (s, place, publisher) in [
            (
                "John Smith, War and Memory, 2nd ed. (London: Verso, 1999), 45.",
                "London",
                "Verso",
            ),
            (
                "Jan Kowalski, Historia, 2. wyd. (Warszawa: PWN, 1999), 45.",
                "Warszawa",
                "PWN",
            ),
        ] {
            let p = parse_reference(s, NameOrder::Natural, &g).item;
            assert_eq!(
                (p.publisher_place.as_deref(), p.publisher.as_deref()),
                (Some(place), Some(publisher)),
                "{s}"
            );
            assert_eq!(p.edition.as_deref(), Some("2"), "{s}");
            assert_eq!(p.issued.map(|d| d.date_parts[0][0]), Some(1999), "{s}");
        }
    }

    /// Edition statements in every bundled language, in notes and
    /// bibliography entries, of books and of the books chapters are in:
    /// the edition is its own field, never part of the title, the book, the
    /// place or the publisher. Its number is the edition (`3rd rev. ed.` is
    /// `3`); a statement without one is kept as written (`rev. ed.`).
    #[test]
    fn edition_statements_are_the_edition_in_every_language() {
        struct Case {
            text: &'static str,
            order: NameOrder,
            edition: &'static str,
            title: &'static str,
            container: Option<&'static str>,
            place: Option<&'static str>,
            publisher: Option<&'static str>,
        }
        use NameOrder::{InvertedFirst as Inv, Natural as Nat};
        let case = |text, order, edition, title, container, place, publisher| Case {
            text,
            order,
            edition,
            title,
            container,
            place,
            publisher,
        };
        let london = (Some("London"), Some("Verso"));
        let cases = [
            // English notes: before an imprint in brackets, after a
            // chapter's book named with or without italics, before its
            // editors, with and without a number.
            case("John Smith, War and Memory, 2nd ed. (London: Verso, 1999), 45.", Nat, "2", "War and Memory", None, london.0, london.1),
            case("Anna Lee, \"Title,\" in War and Memory, 3rd ed. (London: Verso, 1999), 12.", Nat, "3", "Title", Some("War and Memory"), london.0, london.1),
            case("Anna Lee, “The Chapter,” in *War and Memory*, 3rd ed., ed. Tim Ray (London: Verso, 1999), 12.", Nat, "3", "The Chapter", Some("War and Memory"), london.0, london.1),
            case("Jane Doe, *The Archive*, 3rd ed. rev. (London: Verso, 2001), 5.", Nat, "3", "The Archive", None, london.0, london.1),
            case("Jane Doe, *The Archive*, new ed. (London: Verso, 2001), 5.", Nat, "new ed.", "The Archive", None, london.0, london.1),
            case("Jane Doe, *The Archive*, 2nd edn (London: Verso, 2001), 5.", Nat, "2", "The Archive", None, london.0, london.1),
            // Chicago bibliography: the statement as a sentence of its own,
            // after the title, a translator, or a chapter's pages.
            case("Doe, Jane. The Archive. Rev. ed. London: Verso, 2001.", Inv, "Rev. ed.", "The Archive", None, london.0, london.1),
            case("Doe, Jane. *The Archive*. 2nd rev. ed. London: Verso, 2001.", Inv, "2", "The Archive", None, london.0, london.1),
            case("Lee, Anna. “The Chapter.” In *War and Memory*, edited by Tim Ray, 10–30. 3rd ed. London: Verso, 1999.", Inv, "3", "The Chapter", Some("War and Memory"), london.0, london.1),
            case("Lee, Anna. “The Chapter.” In War and Memory, 3rd ed., edited by Tim Ray, 10–30. London: Verso, 1999.", Inv, "3", "The Chapter", Some("War and Memory"), london.0, london.1),
            case("Derrida, Jacques. *Archive Fever*. Translated by Eric Prenowitz. 2nd ed. Chicago: University of Chicago Press, 1998.", Inv, "2", "Archive Fever", None, Some("Chicago"), Some("University of Chicago Press")),
            case("Smith, John. 2019. The Archive. 2nd ed. London: Verso.", Inv, "2", "The Archive", None, london.0, london.1),
            case("Wooldridge, Jeffrey M. 2010. Econometric Analysis. 2nd ed. Cambridge, MA: MIT Press.", Inv, "2", "Econometric Analysis", None, Some("Cambridge, MA"), Some("MIT Press")),
            // APA: in brackets after the title, or with the chapter's pages.
            case("Doe, J. (2001). *The archive* (2nd ed.). Verso.", Inv, "2", "The archive", None, None, Some("Verso")),
            case("Doe, J. (2001). The archive (2nd ed.). Verso.", Inv, "2", "The archive", None, None, Some("Verso")),
            case("Doe, J. (2001). The chapter. In J. Roe (Ed.), *The big book* (3rd ed., pp. 10–30). Verso.", Inv, "3", "The chapter", Some("The big book"), None, Some("Verso")),
            // Vancouver.
            case("Smith J, Lee K. Clinical Epidemiology. 3rd ed. Boston: Little Brown; 2005.", Inv, "3", "Clinical Epidemiology", None, Some("Boston"), Some("Little Brown")),
            // German: words between the number and `Aufl.`; a chapter's book.
            case("Max Weber, Wirtschaft und Gesellschaft, 2., überarb. Aufl., Tübingen: Mohr 1980, S. 5.", Nat, "2", "Wirtschaft und Gesellschaft", None, Some("Tübingen"), Some("Mohr")),
            case("Müller, Hans: Archiv und Staat, 3. Aufl., Berlin: Duncker & Humblot 1998.", Inv, "3", "Archiv und Staat", None, Some("Berlin"), Some("Duncker & Humblot")),
            case("Vogel, Anna: Haftung, in: Kramer, Hans (Hrsg.): Handbuch des Staatshaftungsrechts, 2. Aufl., Köln 2008, S. 10–30.", Inv, "2", "Haftung", Some("Handbuch des Staatshaftungsrechts"), Some("Köln"), None),
            // French, Spanish, Italian, Portuguese.
            case("Pierre Bourdieu, *La Distinction*, 2e éd. revue et augmentée, Paris, Éditions de Minuit, 1982, p. 12.", Nat, "2", "La Distinction", None, Some("Paris"), Some("Éditions de Minuit")),
            case("BOURDIEU Pierre, La Distinction, nouvelle éd., Paris, Minuit, 1982.", Inv, "nouvelle éd.", "La Distinction", None, Some("Paris"), Some("Minuit")),
            case("Paul Preston, *La guerra civil española*, 3.ª ed., Barcelona, Debate, 2006, p. 45.", Nat, "3", "La guerra civil española", None, Some("Barcelona"), Some("Debate")),
            case("Umberto Eco, *Il nome della rosa*, 2a ed., Milano, Bompiani, 1981, p. 5.", Nat, "2", "Il nome della rosa", None, Some("Milano"), Some("Bompiani")),
            case("Luigi Rossi, *Storia d'Italia*, II ed., Torino, Einaudi, 1990, p. 5.", Nat, "2", "Storia d'Italia", None, Some("Torino"), Some("Einaudi")),
            // After the publisher, or after a volume.
            case("Jean Dupont, *Histoire de France*, Paris, PUF, 2e éd., 1990, p. 4.", Nat, "2", "Histoire de France", None, Some("Paris"), Some("PUF")),
            case("Jane Doe, *The Archive*, vol. 2, rev. ed. (London: Verso, 2001), 45.", Nat, "rev. ed.", "The Archive", None, london.0, london.1),
            case("SILVA, João da. Memória: um estudo. 2. ed. rev. e ampl. São Paulo: Companhia das Letras, 2010.", Inv, "2", "Memória: um estudo", None, Some("São Paulo"), Some("Companhia das Letras")),
            case("FERREIRA, Ricardo. Os arquivos. In: MOURA, Paulo (Org.). Arquivos e democracia. 2. ed. São Paulo: Alameda, 2011. p. 33-58.", Inv, "2", "Os arquivos", Some("Arquivos e democracia"), Some("São Paulo"), Some("Alameda")),
            // Polish and Russian: the word before the number.
            case("Jan Kowalski, Historia Polski, wyd. 2 popr., Warszawa 2005, s. 45.", Nat, "2", "Historia Polski", None, Some("Warszawa"), None),
            case("Kowalski J., Historia Polski, Wyd. II, Warszawa 2005.", Inv, "2", "Historia Polski", None, Some("Warszawa"), None),
            case("A. Nowak, Historia, wyd. II popr. i uzup., Warszawa 2001, s. 5.", Nat, "2", "Historia", None, Some("Warszawa"), None),
            case("Иванов И. И. История России. 2-е изд., испр. и доп. М.: Наука, 2005. 300 с.", Inv, "2", "История России", None, Some("М."), Some("Наука")),
            case("Иванов И. И. История России. Изд. 3-е. М.: Наука, 2005.", Inv, "3", "История России", None, Some("М."), Some("Наука")),
            // Dutch and Turkish.
            case("J. de Vries, *Geschiedenis van Nederland*, 3e herz. dr. (Amsterdam 1990), 12.", Nat, "3", "Geschiedenis van Nederland", None, Some("Amsterdam"), None),
            case("Halil İnalcık, *Osmanlı İmparatorluğu*, 2. baskı, İstanbul, Yapı Kredi Yayınları, 2005, s. 45.", Nat, "2", "Osmanlı İmparatorluğu", None, Some("İstanbul"), Some("Yapı Kredi Yayınları")),
            // Korean: `제2판`, and `개정판` (revised) in brackets.
            case("홍길동, 『민법총칙』, 제2판, 박영사, 2010, 45쪽.", Nat, "2", "민법총칙", None, None, Some("박영사")),
            case("홍길동, 『민법총칙』(개정판), 박영사, 2010, 45쪽.", Nat, "개정판", "민법총칙", None, None, Some("박영사")),
            case("홍길동, 『헌법학원론』, 박영사, 제5판, 2015, 45쪽.", Nat, "5", "헌법학원론", None, None, Some("박영사")),
        ];
        let g = Grammar::builtin();
        for c in cases {
            let p = parse_reference(c.text, c.order, &g).item;
            let s = c.text;
            assert_eq!(p.edition.as_deref(), Some(c.edition), "edition of {s}");
            assert_eq!(p.title.as_deref(), Some(c.title), "title of {s}");
            assert_eq!(p.container_title.as_deref(), c.container, "book of {s}");
            assert_eq!(p.publisher_place.as_deref(), c.place, "place of {s}");
            assert_eq!(p.publisher.as_deref(), c.publisher, "publisher of {s}");
        }
        // Japanese and Chinese: `第4版` in the title's brackets, after it or
        // after the publisher, the number written in figures or in Chinese
        // numerals.
        for (s, edition, title) in [
            (
                "内田貴『民法I〔第4版〕』（東京大学出版会、2008年）12頁。",
                "4",
                "民法I",
            ),
            (
                "王利明：《民法总论》（第二版），中国人民大学出版社2015年版，第45页。",
                "2",
                "民法总论",
            ),
            (
                "我妻栄『新訂 民法総則』（岩波書店、第3版、1965年）12頁。",
                "3",
                "新訂 民法総則",
            ),
        ] {
            let p = parse_reference(s, NameOrder::Natural, &g).item;
            assert_eq!(p.edition.as_deref(), Some(edition), "edition of {s}");
            assert_eq!(p.title.as_deref(), Some(title), "title of {s}");
        }
    }

    /// What only looks like an edition statement: an editor word before a
    /// name or a number of volumes, a year of printing (`2015年版`).
    #[test]
    fn no_edition_where_there_is_none() {
        let g = Grammar::builtin();
        for s in [
            "Jane Doe, *The Sermons*, ed. Rev. John Roe (Boston: Beacon, 2001), 5.",
            "Jane Doe, *New Perspectives*, 2 vols. (Boston: Beacon, 2001), 5.",
            "Jane Doe, *The Reader*, ed. John Roe (Boston: Beacon, 2001), 5.",
            "王利明：《民法总论》，中国人民大学出版社2015年版，第45页。",
            "SILVA, João da. Memória. São Paulo: Ed. 34, 2010.",
        ] {
            let p = parse_reference(s, NameOrder::Natural, &g).item;
            assert_eq!(p.edition, None, "{s}");
        }
    }

    /// Chapters in edited books, as Chicago notes and bibliographies and
    /// APA write them: the book, its editors, the chapter's pages and the
    /// book's imprint each in their field.
    #[test]
    fn chapters_in_edited_books() {
        let g = Grammar::builtin();
        // (reference, order, book, editors, pages, place, publisher)
        type Case = (
            &'static str,
            NameOrder,
            &'static str,
            &'static [&'static str],
            Option<&'static str>,
            Option<&'static str>,
            &'static str,
        );
        let cases: [Case; 5] = [
            (
                "Jane Doe, “The Chapter,” in *The Big Book*, ed. John Roe (Chicago: University of Chicago Press, 2001), 12.",
                NameOrder::Natural,
                "The Big Book",
                &["roe"],
                None,
                Some("Chicago"),
                "University of Chicago Press",
            ),
            (
                "Jane Doe, “The Chapter,” in The Big Book, ed. John Roe and Ann Poe (Chicago: University of Chicago Press, 2001), 12.",
                NameOrder::Natural,
                "The Big Book",
                &["roe", "poe"],
                None,
                Some("Chicago"),
                "University of Chicago Press",
            ),
            (
                "Lee Hall, “Third Chapter,” in *Volume*, 2nd ed., ed. Tim Ray (Oxford: Clarendon Press, 1995), 3.",
                NameOrder::Natural,
                "Volume",
                &["ray"],
                None,
                Some("Oxford"),
                "Clarendon Press",
            ),
            (
                "Doe, Jane. “The Chapter.” In *The Big Book*, edited by John Roe, 10–30. Chicago: University of Chicago Press, 2001.",
                NameOrder::InvertedFirst,
                "The Big Book",
                &["roe"],
                Some("10–30"),
                Some("Chicago"),
                "University of Chicago Press",
            ),
            (
                "Doe, J. (2001). The chapter. In J. Roe & A. Poe (Eds.), *The big book* (pp. 10–30). University of Chicago Press.",
                NameOrder::InvertedFirst,
                "The big book",
                &["roe", "poe"],
                Some("10–30"),
                None,
                "University of Chicago Press",
            ),
        ];
        for (s, order, book, editors, pages, place, publisher) in cases {
            let p = parse_reference(s, order, &g).item;
            assert_eq!(p.kind, "chapter", "{s}");
            assert_eq!(p.container_title.as_deref(), Some(book), "{s}");
            let got: Vec<String> = p.editor.iter().map(name_key).collect();
            assert_eq!(got, editors, "{s}");
            assert_eq!(p.page.as_deref(), pages, "{s}");
            assert_eq!(p.publisher_place.as_deref(), place, "{s}");
            assert_eq!(p.publisher.as_deref(), Some(publisher), "{s}");
            let year = if s.contains("1995") { 1995 } else { 2001 };
            assert_eq!(p.year(), Some(year), "{s}");
        }
        // A character of more than a byte after the book: no panic.
        let quoted = parse_reference(
            "Doe, J. (2001). The chapter. In J. Roe (Ed.), *The big book*\u{3000}(pp. 10–30). Verso.",
            NameOrder::InvertedFirst,
            &g,
        )
        .item;
        assert_eq!(quoted.container_title.as_deref(), Some("The big book"));
        assert_eq!(quoted.page.as_deref(), Some("10–30"));
        // A journal's parentheses hold its date, not an imprint.
        let journal = parse_reference(
            "Kim Park, “Fourth,” *Journal of Things* 12, no. 3 (Spring 1990): 301–330.",
            NameOrder::Natural,
            &g,
        )
        .item;
        assert_eq!(journal.kind, "article-journal");
        assert_eq!(journal.publisher, None);
        assert_eq!(leading_page_range("30-10, and"), None);
        assert_eq!(leading_page_range("301–330. Next"), Some(9));
        assert_eq!(leading_page_range("45-7."), Some(4));
        assert_eq!(leading_page_range("12 and"), None);
    }

    /// Editors' names run across commas while each part reads as a person
    /// (initials or given names and a family name), in every language's
    /// way of joining the last one, and stop at a place, a year, a locator
    /// or a publisher.
    #[test]
    fn editor_lists_run_across_commas() {
        let g = Grammar::builtin();
        // (reference, editors, place and publisher)
        let cases: [(&str, &[&str], &str); 12] = [
            (
                "John Doe, “A Chapter,” in The Big Book, ed. A. Smith, B. Jones, and C. Brown (London: Verso, 1999), 12.",
                &["smith", "jones", "brown"],
                "London Verso",
            ),
            (
                "John Doe, “A Chapter,” in The Big Book, ed. A. Smith, B. Jones and C. Brown (London: Verso, 1999), 12.",
                &["smith", "jones", "brown"],
                "London Verso",
            ),
            (
                "John Doe, “A Chapter,” in The Big Book, ed. A. Smith and B. Jones (London: Verso, 1999), 12.",
                &["smith", "jones"],
                "London Verso",
            ),
            (
                "John Doe, “A Chapter,” in The Big Book, ed. A. Smith, B. Jones (London: Verso, 1999), 12.",
                &["smith", "jones"],
                "London Verso",
            ),
            (
                "John Doe, “A Chapter,” in The Big Book, edited by John Roe, Ann Poe, and Tim Ray (Chicago: University of Chicago Press, 2001), 12.",
                &["roe", "poe", "ray"],
                "Chicago University of Chicago Press",
            ),
            (
                "Jan Kowalski, „Rozdział”, w: Tytuł książki, red. A. Nowak, B. Kowalski, C. Wiśniewski, Łódź 2008, s. 12.",
                &["nowak", "kowalski", "wisniewski"],
                "Łódź",
            ),
            (
                "Jan Kowalski, „Rozdział”, w: Tytuł książki, red. A. Nowak, B. Kowalski i C. Wiśniewski, Łódź 2008, s. 12.",
                &["nowak", "kowalski", "wisniewski"],
                "Łódź",
            ),
            (
                "Hans Meier, „Ein Aufsatz“, in: Das Buch, hrsg. v. Anna Schulz und Bernd Weber, Berlin 2003, S. 7.",
                &["schulz", "weber"],
                "Berlin",
            ),
            (
                "Hans Meier, „Ein Aufsatz“, in: Das Buch, hrsg. v. Anna Schulz, Bernd Weber und Carl Braun, Berlin 2003, S. 7.",
                &["schulz", "weber", "braun"],
                "Berlin",
            ),
            (
                "Jean Dupont, « Un chapitre », dans Le Livre, dir. Marie Curie et Pierre Martin, Paris, Seuil, 2004, p. 8.",
                &["curie", "martin"],
                "Paris Seuil",
            ),
            (
                "Jean Dupont, « Un chapitre », dans Le Livre, dir. M. Curie, P. Martin et J. Durand, Paris, Seuil, 2004, p. 8.",
                &["curie", "martin", "durand"],
                "Paris Seuil",
            ),
            // A name without initials and no joining word after it may be
            // a place: the list stops before it.
            (
                "John Doe, “A Chapter,” in The Big Book, ed. John Roe, New Haven, 2001, 12.",
                &["roe"],
                "New Haven",
            ),
        ];
        for (s, editors, imprint) in cases {
            let p = parse_reference(s, NameOrder::Natural, &g).item;
            assert_eq!(p.kind, "chapter", "{s}");
            let got: Vec<String> = p.editor.iter().map(name_key).collect();
            assert_eq!(got, editors, "{s}");
            let got = [&p.publisher_place, &p.publisher]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(got, imprint, "{s}");
        }
        // Stops at a volume word, a publisher and a colon after a place.
        for s in [
            "John Doe, “A Chapter,” in The Big Book, ed. A. Smith, vol. 2 (London: Verso, 1999), 12.",
            "John Doe, “A Chapter,” in The Big Book, ed. A. Smith, Oxford University Press, 1999, 12.",
            "John Doe, “A Chapter,” in The Big Book, ed. A. Smith, New York: Penguin, 1999, 12.",
        ] {
            let p = parse_reference(s, NameOrder::Natural, &g).item;
            let got: Vec<String> = p.editor.iter().map(name_key).collect();
            assert_eq!(got, ["smith"], "{s}");
        }
    }

    #[test]
    fn classical_works_are_cited_by_title_and_book() {
        let g = Grammar::builtin();
        let read = |s: &str| parse_reference(s, NameOrder::Natural, &g);
        let p = read("『高麗史』 卷78, 志32, 食貨1, 田制.");
        assert_eq!(p.item.kind, "classic");
        assert_eq!(p.item.volume.as_deref(), Some("78"));
        assert_eq!(p.item.publisher, None);
        // In Chinese numerals, a chapter's title after it.
        let p = read("《史记》卷六十五《孙子吴起列传》。");
        assert_eq!(
            (p.item.title.as_deref(), p.item.volume.as_deref()),
            (Some("史记"), Some("65"))
        );
        assert_eq!(p.item.publisher, None);
        // A modern book by an author, or with a date, is no classical
        // work, whatever follows its title.
        assert_eq!(
            read("司马迁：《史记》卷六十五，中华书局1982年版。")
                .item
                .kind,
            "book"
        );
        assert_eq!(
            read("『高麗史』 卷78, 서울: 아세아문화사, 1972.").item.kind,
            "book"
        );
    }

    #[test]
    fn the_author_of_a_translated_work_inverted_with_a_comma_is_one_person() {
        let g = Grammar::builtin();
        let authors = |s: &str| -> Vec<(String, String, bool)> {
            parse_reference(s, NameOrder::InvertedFirst, &g)
                .item
                .author
                .into_iter()
                .map(|n| {
                    (
                        n.family.unwrap_or_default(),
                        n.given.unwrap_or_default(),
                        n.given_first,
                    )
                })
                .collect()
        };
        let one = |f: &str, g: &str| vec![(f.to_string(), g.to_string(), true)];
        assert_eq!(
            authors("하버마스, 위르겐. 『공론장의 구조변동』. 한승완 옮김. 서울: 나남, 2001."),
            one("하버마스", "위르겐")
        );
        assert_eq!(
            authors("푸코, 미셸, 『감시와 처벌』, 오생근 역, 나남, 2003."),
            one("푸코", "미셸")
        );
        assert_eq!(
            authors("센, 아마르티아. 『자유로서의 발전』. 김원기 옮김. 서울: 갈라파고스, 2013."),
            one("센", "아마르티아")
        );
        // Without a translator, two Korean co-authors; with `·`, two
        // authors even of a translated work.
        let korean = |a: (&str, &str), b: (&str, &str)| {
            vec![
                (a.0.to_string(), a.1.to_string(), false),
                (b.0.to_string(), b.1.to_string(), false),
            ]
        };
        assert_eq!(
            authors("김철수, 이영희. 『한국 사회의 이해』. 서울: 한울, 2010."),
            korean(("김", "철수"), ("이", "영희"))
        );
        assert_eq!(
            authors("김철수·이영희. 『한국 사회의 이해』. 박민수 옮김. 서울: 한울, 2010."),
            korean(("김", "철수"), ("이", "영희"))
        );
        assert_eq!(
            authors("김철수, 이영희, 박민수. 『한국 사회의 이해』. 서울: 한울, 2010.").len(),
            3
        );
    }

    #[test]
    fn a_title_alone_in_book_brackets_is_a_classical_work() {
        let g = Grammar::builtin();
        let read = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g);
        for s in ["『高麗史』.", "『三國史記』", "《史记》", "《资治通鉴》。"]
        {
            let p = read(s);
            assert_eq!(p.item.kind, "classic", "{s}");
            assert!(p.item.title.is_some() && p.unparsed.is_none(), "{s}");
        }
        // A reign's year after the title is no publisher.
        let p = read("『朝鮮王朝實錄』 世宗 12年 3月 5日");
        assert_eq!(p.item.kind, "classic");
        assert_eq!(p.item.title.as_deref(), Some("朝鮮王朝實錄"));
        assert_eq!(p.item.publisher, None);
        assert_eq!(p.unparsed.as_deref(), Some("世宗 12年 3月 5日"));
        // A modern book with a publisher and year is none.
        let p = read("『韓國史新論』, 一潮閣, 1990年.");
        assert_eq!(p.item.kind, "book");
        assert_eq!(p.item.publisher.as_deref(), Some("一潮閣"));
        // A section and its number, no date: a part, no publisher.
        let p = read("『萬機要覽』 財用編 2, 田稅.");
        assert_eq!(p.item.kind, "classic");
        assert_eq!(p.item.publisher, None);
        assert_eq!(p.unparsed.as_deref(), Some("財用編 2, 田稅"));
        let p = read("『備邊司謄錄』(규장각 奎15037) 英祖 13年 8月 5日.");
        assert_eq!(p.item.kind, "classic");
        assert_eq!(p.item.title.as_deref(), Some("備邊司謄錄"));
        assert!(reign_year("世宗 12年 3月 5日", &g));
        assert!(reign_year("肅宗 3년", &g));
        assert!(reign_year("太祖 元年", &g));
        assert!(!reign_year("一潮閣 2001年", &g));
        assert!(!reign_year("서울: 나남", &g));
        assert!(!reign_year("昭和5年版, 京城: 朝鮮總督府, 1932", &g));
    }

    #[test]
    fn an_authors_collected_works_cited_by_a_book_of_them_is_a_classic() {
        let g = Grammar::builtin();
        let read = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g);
        let p = read("李瀷, 『星湖僿說』 권30, 「詩文門」, ‘詩本性情’");
        assert_eq!(p.item.kind, "classic");
        assert_eq!(p.item.title.as_deref(), Some("星湖僿說"));
        assert_eq!(p.item.volume.as_deref(), Some("30"));
        assert_eq!(p.item.publisher, None);
        assert_eq!(p.item.author.len(), 1);
        let p = read("丁若鏞, 『與猶堂全書』 卷12.");
        assert_eq!(p.item.kind, "classic");
        assert_eq!(p.item.volume.as_deref(), Some("12"));
        // Dated, it is a modern book in volumes.
        let p = read("홍길동, 『한국사』 권3, 일조각, 1990.");
        assert_eq!(p.item.kind, "book");
        assert_eq!(p.item.publisher.as_deref(), Some("일조각"));
    }

    #[test]
    fn a_bare_number_after_a_book_title_is_the_volume_of_its_series() {
        let g = Grammar::builtin();
        let read = |s: &str| parse_reference(s, NameOrder::InvertedFirst, &g);
        let p = read("『韓國文集叢刊』 199, 민족문화추진회, 1997, 345면.");
        assert_eq!(p.item.volume.as_deref(), Some("199"));
        assert_eq!(p.item.publisher.as_deref(), Some("민족문화추진회"));
        let p = read("국사편찬위원회, 『한국사』 35, 국사편찬위원회, 1998.");
        assert_eq!(p.item.volume.as_deref(), Some("35"));
        assert_eq!(p.item.publisher.as_deref(), Some("국사편찬위원회"));
        // A journal's number after an article keeps to the journal.
        let p = read("안대회, 「천기론」, 『한국한문학연구』 15, 1992, 201~226면.");
        assert_eq!(p.item.container_title.as_deref(), Some("한국한문학연구"));
        assert_eq!(p.item.volume.as_deref(), Some("15"));
    }

    #[test]
    fn a_yearbooks_edition_year_is_its_date_and_its_imprint_is_read_on() {
        let g = Grammar::builtin();
        let p = parse_reference(
            "朝鮮總督府, 『朝鮮總督府統計年報』 大正14年版, 京城: 朝鮮總督府, 1927.",
            NameOrder::InvertedFirst,
            &g,
        );
        let i = &p.item;
        assert_eq!(i.issued.as_ref().map(|d| d.date_parts[0][0]), Some(1925));
        assert_eq!(i.publisher.as_deref(), Some("朝鮮總督府"));
        assert_eq!(i.publisher_place.as_deref(), Some("京城"));
        assert_eq!(p.unparsed, None);
        let p = parse_reference(
            "통계청, 『한국통계연감』 2010년판, 대전: 통계청, 2011.",
            NameOrder::InvertedFirst,
            &g,
        );
        assert_eq!(
            p.item.issued.as_ref().map(|d| d.date_parts[0][0]),
            Some(2010)
        );
        assert_eq!(p.item.publisher_place.as_deref(), Some("대전"));
        assert_eq!(p.unparsed, None);
    }

    #[test]
    fn a_bracket_defining_a_short_name_is_no_part_of_the_title() {
        let g = Grammar::builtin();
        let p = parse_reference(
            "김철수, 『한국사회론』(이하 ‘사회론’이라 한다), 서울: 박영사, 2001.",
            NameOrder::InvertedFirst,
            &g,
        );
        assert_eq!(p.item.title.as_deref(), Some("한국사회론"));
        assert_eq!(p.item.publisher.as_deref(), Some("박영사"));
        assert_eq!(
            hereafter_brackets("Smith, Wealth (London, 1776) (hereafter WN), 45.", &g),
            [(29, 43)]
        );
    }

    #[test]
    fn cjk_translators_are_named_before_their_role_word() {
        let g = Grammar::builtin();
        let translators = |s: &str| -> Vec<String> {
            parse_reference(s, NameOrder::Natural, &g)
                .item
                .translator
                .iter()
                .map(|n| {
                    format!(
                        "{}{}",
                        n.family.as_deref().unwrap_or(""),
                        n.given.as_deref().unwrap_or("")
                    )
                })
                .collect()
        };
        // After the title, before it, in brackets after the author, and
        // between periods as bibliographies write it.
        assert_eq!(
            translators("《正义论》，何怀宏等译，中国社会科学出版社1988年版"),
            ["何怀宏"]
        );
        assert_eq!(
            translators("존 롤스, 황경식 옮김, 『정의론』, 이학사, 2003"),
            ["황경식"]
        );
        assert_eq!(
            translators("ジョン・ロールズ（川本隆史ほか訳）『正義論』紀伊國屋書店、2010年"),
            ["川本隆史"]
        );
        assert_eq!(
            translators("롤스, 존. 『정의론』. 황경식 역. 서울: 이학사, 2003."),
            ["황경식"]
        );
        let p = parse_reference(
            "《正义论》，何怀宏等译，中国社会科学出版社1988年版",
            NameOrder::Natural,
            &g,
        );
        assert_eq!(p.item.publisher.as_deref(), Some("中国社会科学出版社"));
        // A spaced role word (` 역`) stands after a space only: `지역` is a
        // word; a role word inside a title, or after no name, names no one.
        assert!(translators("홍길동, 『동아시아 지역』, 서울: 한울, 2003").is_empty());
        assert!(translators("홍길동, 『번역과 옮김』, 서울: 한울, 2003").is_empty());
        assert!(translators("《翻译与译》，北京：商务印书馆，2001年").is_empty());
        // An organisation before the word is no translator.
        assert!(translators("『正義論』日本評論社訳、2010年").is_empty());
    }

    /// `《…》（下卷），…译，法律出版社2004年版`: the volume in brackets after a
    /// book's title, then translators, then the publisher and year.
    #[test]
    fn a_bracketed_volume_after_a_title_leaves_the_imprint_after_it() {
        let g = Grammar::builtin();
        for (s, volume, year) in [
            (
                "[德]卡尔·拉伦茨：《德国民法通论》（下卷），王晓晔等译，法律出版社2004年版",
                "下",
                2004,
            ),
            (
                "[德]卡尔·拉伦茨：《德国民法通论》（下卷），王晓晔译，北京：法律出版社，2004年",
                "下",
                2004,
            ),
            (
                "[美]波斯纳：《法律的经济分析》（上），蒋兆康译，法律出版社1997年版",
                "上",
                1997,
            ),
            (
                "[德]卡尔·拉伦茨：《德国民法通论》（第二卷），法律出版社2004年版",
                "2",
                2004,
            ),
        ] {
            let p = parse_reference(s, NameOrder::Natural, &g).item;
            assert_eq!(p.volume.as_deref(), Some(volume), "{s}");
            assert_eq!(p.publisher.as_deref(), Some("法律出版社"), "{s}");
            assert_eq!(p.issued.map(|d| d.date_parts[0][0]), Some(year), "{s}");
        }
        // A bracket holding an imprint stays one.
        let p = parse_reference(
            "王利明：《民法总论》（法律出版社，2015年）",
            NameOrder::Natural,
            &g,
        )
        .item;
        assert_eq!(p.volume, None);
        assert_eq!(p.publisher.as_deref(), Some("法律出版社"));
    }

    #[test]
    fn editors_and_translators_after_the_title_are_no_publisher() {
        let g = Grammar::builtin();
        let names = |v: &[crate::model::CslName]| v.iter().map(name_key).collect::<Vec<_>>();
        let p = check(
            "Jacques Derrida, Archive Fever: A Freudian Impression, trans. Eric Prenowitz (Chicago: University of Chicago Press, 1996), 91.",
            NameOrder::Natural,
            Want {
                authors: &["derrida"],
                title: "Archive Fever: A Freudian Impression",
                container: None,
                date: &[1996],
            },
        );
        assert_eq!(names(&p.item.translator), ["prenowitz"]);
        assert_eq!(
            p.item.publisher.as_deref(),
            Some("University of Chicago Press")
        );
        assert_eq!(p.item.publisher_place.as_deref(), Some("Chicago"));
        let p = parse_reference(
            "Max Weber, *Economy and Society*, ed. Guenther Roth and Claus Wittich, trans. Ephraim Fischoff (Berkeley: University of California Press, 1978), 956.",
            NameOrder::Natural,
            &g,
        );
        assert_eq!(names(&p.item.editor), ["roth", "wittich"]);
        assert_eq!(names(&p.item.translator), ["fischoff"]);
        assert_eq!(
            p.item.publisher.as_deref(),
            Some("University of California Press")
        );
        // A bibliography's `Translated by …` sentence.
        let p = check(
            "Derrida, Jacques. Archive Fever: A Freudian Impression. Translated by Eric Prenowitz. Chicago: University of Chicago Press, 1996.",
            NameOrder::InvertedFirst,
            Want {
                authors: &["derrida"],
                title: "Archive Fever: A Freudian Impression",
                container: None,
                date: &[1996],
            },
        );
        assert_eq!(names(&p.item.translator), ["prenowitz"]);
        assert_eq!(
            p.item.publisher.as_deref(),
            Some("University of Chicago Press")
        );
        // German `hg. v.`; an edition (`2. Aufl.`, `2nd ed.`) names no one.
        let p = parse_reference(
            "Max Weber, Wirtschaft und Gesellschaft, hg. v. Johannes Winckelmann, Tübingen: Mohr 1980, S. 5.",
            NameOrder::Natural,
            &g,
        );
        assert_eq!(names(&p.item.editor), ["winckelmann"]);
        let p = parse_reference(
            "Jane Doe, *The Reader*, 2nd ed. (Boston: Beacon, 2001), 5.",
            NameOrder::Natural,
            &g,
        );
        assert!(p.item.editor.is_empty());
    }

    #[test]
    fn a_role_sentence_after_a_bibliography_title_names_people() {
        let g = Grammar::builtin();
        let names = |v: &[crate::model::CslName]| v.iter().map(name_key).collect::<Vec<_>>();
        // MLA `Trans. X.` / `Ed. X.` (and lowercase): the role word's period
        // ends neither the title nor opens the place.
        for (entry, title, place) in [
            (
                "Eliade, Mircea. Shamanism: Archaic Techniques of Ecstasy. Trans. Willard R. Trask. Princeton: Princeton University Press, 1964.",
                "Shamanism: Archaic Techniques of Ecstasy",
                "Princeton",
            ),
            (
                "Eliade, Mircea. Shamanism: Archaic Techniques of Ecstasy. trans. Willard R. Trask. Princeton: Princeton University Press, 1964.",
                "Shamanism: Archaic Techniques of Ecstasy",
                "Princeton",
            ),
            (
                "Durkheim, Émile. Les formes élémentaires. Trad. Jean Dupont. Paris: Alcan, 1912.",
                "Les formes élémentaires",
                "Paris",
            ),
        ] {
            let p = parse_reference(entry, NameOrder::InvertedFirst, &g);
            assert_eq!(p.item.title.as_deref(), Some(title), "{entry}");
            assert_eq!(p.item.publisher_place.as_deref(), Some(place), "{entry}");
            assert_eq!(p.item.translator.len(), 1, "{entry}");
        }
        let p = parse_reference(
            "Smith, Adam. Essays on Philosophical Subjects. Ed. John Smith. Oxford: Clarendon Press, 1980.",
            NameOrder::InvertedFirst,
            &g,
        );
        assert_eq!(
            p.item.title.as_deref(),
            Some("Essays on Philosophical Subjects")
        );
        assert_eq!(names(&p.item.editor), ["smith"]);
        assert_eq!(p.item.publisher_place.as_deref(), Some("Oxford"));
        // A word listed under both roles names people who did both.
        let p = parse_reference(
            "Bakhtin, Mikhail. The Dialogic Imagination. Edited and translated by Michael Holquist. Austin: University of Texas Press, 1981.",
            NameOrder::InvertedFirst,
            &g,
        );
        assert_eq!(p.item.title.as_deref(), Some("The Dialogic Imagination"));
        assert_eq!(names(&p.item.editor), ["holquist"]);
        assert_eq!(names(&p.item.translator), ["holquist"]);
        let p = parse_reference(
            "Mikhail Bakhtin, The Dialogic Imagination, ed. and trans. Michael Holquist (Austin: University of Texas Press, 1981), 291.",
            NameOrder::Natural,
            &g,
        );
        assert_eq!(names(&p.item.editor), ["holquist"]);
        assert_eq!(names(&p.item.translator), ["holquist"]);
        // An introducer is read and set aside: no place, no contributor.
        let p = parse_reference(
            "Bakhtin, Mikhail. Rabelais and His World. Trans. Hélène Iswolsky. Introd. Krystyna Pomorska. Bloomington: Indiana University Press, 1984.",
            NameOrder::InvertedFirst,
            &g,
        );
        assert_eq!(names(&p.item.translator), ["iswolsky"]);
        assert!(p.item.editor.is_empty());
        assert_eq!(p.item.publisher_place.as_deref(), Some("Bloomington"));
    }

    #[test]
    fn a_volume_before_role_sentences_and_one_name_authors() {
        let g = Grammar::builtin();
        let names = |v: &[crate::model::CslName]| v.iter().map(name_key).collect::<Vec<_>>();
        for (s, order) in [
            (
                "Marx, Karl. Capital. Vol. 1. Trans. Ben Fowkes. Introd. Ernest Mandel. London: Penguin, 1976.",
                NameOrder::InvertedFirst,
            ),
            (
                "Karl Marx, Capital, vol. 1, trans. Ben Fowkes (London: Penguin, 1976)",
                NameOrder::Natural,
            ),
        ] {
            let p = parse_reference(s, order, &g).item;
            assert_eq!(p.title.as_deref(), Some("Capital"), "{s}");
            assert_eq!(p.volume.as_deref(), Some("1"), "{s}");
            assert_eq!(names(&p.translator), ["fowkes"], "{s}");
            assert_eq!(p.publisher_place.as_deref(), Some("London"), "{s}");
            assert_eq!(p.publisher.as_deref(), Some("Penguin"), "{s}");
        }
        // A volume alone before the imprint is no role sentence.
        assert_eq!(
            volume_then_contributors(
                ". Vol. 2. London: X, 1990.",
                0,
                &mut CslItem::default(),
                &mut Used(Vec::new()),
                &g
            ),
            0
        );
        let p = parse_reference(
            "Ovid. Metamorphoses. Trans. A. D. Melville. Oxford: Oxford UP, 1986.",
            NameOrder::InvertedFirst,
            &g,
        )
        .item;
        assert_eq!(p.author[0].family.as_deref(), Some("Ovid"));
        assert!(p.author[0].literal.is_none());
        assert_eq!(p.title.as_deref(), Some("Metamorphoses"));
        // A title opening an entry with a role sentence after it, a word
        // without an imprint after its title, a word in capitals: no
        // author known by one name.
        let rest = "Metamorphoses. Trans. A. D. Melville. Oxford: Oxford UP, 1986.";
        assert!(one_name_author("Ovid", rest, &g));
        assert!(!one_name_author(
            "Beowulf",
            "Trans. Seamus Heaney. New York: Norton, 2000.",
            &g
        ));
        assert!(!one_name_author("Ovid", "Metamorphoses. Oxford, 1986.", &g));
        assert!(!one_name_author("UNESCO", rest, &g));
        assert!(!one_name_author("Ovid Naso", rest, &g));
        // An organisation publishing its own book stays a literal name.
        let p = parse_reference(
            "Oxfam, Hidden Hunger (Oxford: Oxfam, 2005)",
            NameOrder::Natural,
            &g,
        )
        .item;
        assert!(p.author.iter().all(|a| a.family.is_none()), "{p:?}");
    }

    #[test]
    fn reports_by_title_or_after_a_statutes_jurisdiction_and_joined_names() {
        let g = Grammar::builtin();
        let p = parse_reference(
            "Report of the Committee on Ministers' Powers (Cmd 4060, 1932)",
            NameOrder::Natural,
            &g,
        )
        .item;
        assert_eq!(p.kind, "report");
        assert_eq!(
            p.title.as_deref(),
            Some("Report of the Committee on Ministers' Powers")
        );
        assert_eq!(p.number.as_deref(), Some("Cmd 4060"));
        // A title with a comma names its author first; a bracket without
        // a paper's number is no paper's.
        let mut out = ParsedReference::default();
        assert!(!titled_paper(
            "Law Commission, Damages (Law Com No 261, 1999)",
            &mut out,
            &mut Used(Vec::new()),
            &g
        ));
        assert!(!titled_paper(
            "The Big Book (London, 1999)",
            &mut out,
            &mut Used(Vec::new()),
            &g
        ));
        let p = parse_reference(
            "Australian Law Reform Commission, Review of the Racial Discrimination Act 1975 (Cth) (Report No 126, 2015)",
            NameOrder::Natural,
            &g,
        )
        .item;
        assert_eq!(
            p.title.as_deref(),
            Some("Review of the Racial Discrimination Act 1975 (Cth)")
        );
        assert_eq!(p.number.as_deref(), Some("Report No 126"));
        assert_eq!(statute_jurisdiction("Act 1975", "(Cth) (Report"), Some(5));
        assert_eq!(statute_jurisdiction("Act 1975", "(Cth), 5"), None);
        assert_eq!(statute_jurisdiction("Act", "(Cth) (Report"), None);
        assert_eq!(statute_jurisdiction("Act 1975", "(1850–1900) (X"), None);
        // `Family, Given and Given Family, Title`.
        let s = "Williams, George and David Hume, Human Rights (OUP, 2013)";
        assert_eq!(inverted_then_joined_end(s, 8, &g), 31);
        let s = "Hobbes, Leviathan and Its Critics, Cambridge: CUP, 1990.";
        assert_eq!(inverted_then_joined_end(s, 6, &g), 6);
        let s = "Smith, John, Title (OUP, 2013)";
        assert_eq!(inverted_then_joined_end(s, 5, &g), 5);
        let s = "G. Viney, P. Jourdain et S. Carval, Les conditions, 4e éd., LGDJ, 2013";
        assert_eq!(inverted_then_joined_end(s, 8, &g), 8);
        let s = "Anna Becker, Klaus Holz und Eva Roth, Die Ordnung der Dinge, Berlin 2004";
        assert_eq!(inverted_then_joined_end(s, 11, &g), 11);
    }

    #[test]
    fn a_notes_list_of_names_runs_to_the_joined_last_name() {
        check(
            "Jane Doe, John Roe, and Ann Poe, Big Data: A Revolution (Boston: Beacon, 2013), 4.",
            NameOrder::Natural,
            Want {
                authors: &["doe", "roe", "poe"],
                title: "Big Data: A Revolution",
                container: None,
                date: &[2013],
            },
        );
        check(
            "Anna Becker, Klaus Holz und Eva Roth, Die Ordnung der Dinge, Berlin 2004, S. 9.",
            NameOrder::Natural,
            Want {
                authors: &["becker", "holz", "roth"],
                title: "Die Ordnung der Dinge",
                container: None,
                date: &[2004],
            },
        );
        // Parts that are no names end nothing: the first comma ends the
        // names, and the title runs on across its commas to the imprint.
        check(
            "John Smith, Theory and Practice, and Other Essays, Big Ideas (Boston: Beacon, 2013), 4.",
            NameOrder::Natural,
            Want {
                authors: &["smith"],
                title: "Theory and Practice, and Other Essays, Big Ideas",
                container: None,
                date: &[2013],
            },
        );
    }

    #[test]
    fn a_middle_initial_ends_an_inverted_first_author() {
        fn ends(s: &str) -> Option<&str> {
            inverted_author_bounds(s, &Grammar::builtin()).map(|(e, _)| &s[..e])
        }
        assert_eq!(
            ends("Hull, Matthew S. Government of Paper."),
            Some("Hull, Matthew S.")
        );
        assert_eq!(ends("Smith, J. R. Title of a Book."), Some("Smith, J. R."));
        assert_eq!(ends("Smith, J. R. “A Title.”"), Some("Smith, J. R."));
        // Other names follow, or the names end without an initial.
        assert_eq!(ends("Smith, John R., and Jane K. Doe. Title."), None);
        assert_eq!(ends("Doe, Jane. The Archive."), None);
        // A given name after the initial, then other names.
        assert_eq!(
            ends("Ramseyer, J. Mark, and Minoru Nakazato. 1999. Japanese Law."),
            None
        );
        assert_eq!(
            ends("Ramseyer, J. Mark and Minoru Nakazato (1998) Japanese Law."),
            None
        );
        // A title word after the initial is no given name.
        assert_eq!(
            ends("Smith, J. Leviathan and the State. London."),
            Some("Smith, J.")
        );
    }

    #[test]
    fn urls_broken_after_a_slash_go_on_in_the_next_line() {
        let s = "https://www.mkri.id/public/\ncontent/a/b.pdf. Next";
        assert_eq!(url_continued(s, 27), s.find(". Next").unwrap());
        // Broken in its query: the next word goes on where it has a `=`.
        let s = "https://x.kr/view.do?\nid=294&seq=8 (검색일";
        assert_eq!(url_continued(s, 21), s.find(" (").unwrap());
        // A new URL, a word without a slash or a period, or no slash at
        // the break: the URL ends.
        for s in [
            "https://x.id/a/\nhttps://y.id/b",
            "https://x.id/a/\nDiakses pada",
            "https://x.id/a?\nDiakses pada",
            "https://x.id/a\ncontent/b.pdf",
        ] {
            let end = s.find('\n').unwrap();
            assert_eq!(url_continued(s, end), end, "{s}");
        }
    }

    #[test]
    fn the_year_after_the_names_and_nordic_volume_issue_and_quotes() {
        let g = Grammar::builtin();
        let s = "Marzuki, Peter Mahmud, 2010, Penelitian Hukum, Jakarta: Kencana.";
        let (a, b, d) = year_after_names(s, &g).unwrap();
        assert_eq!(&s[a..b], "2010,");
        assert_eq!(d.date.year(), Some(2010));
        assert!(year_after_names("Bisariyadi, dkk., 2017, Judul", &g).is_some());
        // A year that opens the title, or one after a title word.
        assert!(year_after_names("MORADIELLOS, Enrique, 1936. Los mitos, 2004", &g).is_none());
        assert!(year_after_names("Smith, the war, 1990, London", &g).is_none());
        assert_eq!(
            volume_colon_issue("Historisk tidskrift 120:2"),
            Some(("Historisk tidskrift", "120", "2"))
        );
        assert_eq!(volume_colon_issue("Nature Communications 12: 6763"), None);
        // `”Titel”`: the Swedish mark opens after a space; an English
        // closing mark does not open a title.
        let t = "Glete, ”Krig och skatter”, s. 200";
        let (_, inner, end, _, _) = find_title(t).unwrap();
        assert_eq!(&t[inner..end], "Krig och skatter");
        assert!(find_title("He said,” and left”").is_none());
    }

    #[test]
    fn journal_names_in_plain_text_give_up_their_volume() {
        let cases = [
            (
                "International Security 15",
                ("International Security", Some("15"), None),
            ),
            (
                "Nature Communications 12: 6763",
                ("Nature Communications", Some("12"), Some("6763")),
            ),
            ("Osteuropa 58", ("Osteuropa", Some("58"), None)),
            // Pages after the volume, a letter opening them.
            (
                "Solar Energy 103: 682–703",
                ("Solar Energy", Some("103"), Some("682–703")),
            ),
            (
                "American Journal of Sociology 94: S95-S120",
                (
                    "American Journal of Sociology",
                    Some("94"),
                    Some("S95-S120"),
                ),
            ),
            ("Foreign Affairs", ("Foreign Affairs", None, None)),
            // A number that follows no word, or is too long, is no volume.
            ("Report 2-1 12345", ("Report 2-1 12345", None, None)),
            ("12", ("12", None, None)),
        ];
        for (plain, want) in cases {
            assert_eq!(journal_volume(plain), want, "{plain}");
        }
    }

    #[test]
    fn undelimited_titles_run_across_their_commas_to_a_real_end() {
        let n = NameOrder::Natural;
        let inv = NameOrder::InvertedFirst;
        // English notes and entries from PDFs: an imprint in brackets, a
        // translator's word.
        let p = check(
            "John Smith, War, Peace, and Memory: Essays (Chicago: University of Chicago Press, 2001), 45.",
            n,
            Want { authors: &["smith"], title: "War, Peace, and Memory: Essays", container: None, date: &[2001] },
        );
        assert_eq!(
            p.item.publisher.as_deref(),
            Some("University of Chicago Press")
        );
        assert_eq!(p.item.publisher_place.as_deref(), Some("Chicago"));
        let p = check(
            "Mary Jones, Power, Knowledge, and the State, trans. Anne Poe (London: Verso, 1999), 12.",
            n,
            Want { authors: &["jones"], title: "Power, Knowledge, and the State", container: None, date: &[1999] },
        );
        assert_eq!(p.item.translator.len(), 1);
        assert_eq!(p.item.publisher.as_deref(), Some("Verso"));
        check(
            "Smith, John. War, Peace, and Memory: Essays. Chicago: University of Chicago Press, 2001.",
            inv,
            Want { authors: &["smith"], title: "War, Peace, and Memory: Essays", container: None, date: &[2001] },
        );
        // Turkish: to the translator's word `çev.`.
        let p = check(
            "Stanford J. Shaw ve Ezel Kural Shaw, Reform, Devrim ve Cumhuriyet: Modern Türkiye'nin\nDoğuşu, çev. Mehmet Harmancı, E Yayınları, İstanbul 1983, s. 94.",
            n,
            Want { authors: &["shaw", "shaw"], title: "Reform, Devrim ve Cumhuriyet: Modern Türkiye'nin Doğuşu", container: None, date: &[1983] },
        );
        assert_eq!(p.item.translator.len(), 1);
        assert_eq!(p.item.publisher_place.as_deref(), Some("İstanbul"));
        // Polish notes and entries: to the translator's word, or to `Place
        // Year` after lowercase title words.
        check(
            "P. Ricoeur, Pamięć, historia, zapomnienie, przeł. J. Margański, Kraków 2006",
            n,
            Want {
                authors: &["ricour"],
                title: "Pamięć, historia, zapomnienie",
                container: None,
                date: &[2006],
            },
        );
        let p = check(
            "Szacka B., Czas przeszły, pamięć, mit, Warszawa 2006.",
            inv,
            Want {
                authors: &["szacka"],
                title: "Czas przeszły, pamięć, mit",
                container: None,
                date: &[2006],
            },
        );
        assert_eq!(p.item.publisher_place.as_deref(), Some("Warszawa"));
        // Dutch: to a volume word, whose imprint in brackets follows.
        let p = check(
            "E.H. Kossmann, De Lage Landen 1780-1980. Twee eeuwen Nederland en België, dl. 2\n(Amsterdam 1986)",
            n,
            Want { authors: &["kossmann"], title: "De Lage Landen 1780-1980. Twee eeuwen Nederland en België", container: None, date: &[1986] },
        );
        assert_eq!(p.item.volume.as_deref(), Some("2"));
        assert_eq!(p.item.publisher_place.as_deref(), Some("Amsterdam"));
        assert_eq!(p.item.publisher, None);
        // `(Place Year)` after a line break.
        check(
            "H. Righart, De katholieke zuil. Een onderzoek in Oostenrijk, Zwitserland, België en Nederland\n(Meppel 1986)",
            n,
            Want { authors: &["righart"], title: "De katholieke zuil. Een onderzoek in Oostenrijk, Zwitserland, België en Nederland", container: None, date: &[1986] },
        );
        // Italian: a place, a publisher and a year after title words.
        let p = check(
            "Carlo Ginzburg, Miti, emblemi, spie. Morfologia e storia, Torino, Einaudi, 1986",
            n,
            Want {
                authors: &["ginzburg"],
                title: "Miti, emblemi, spie. Morfologia e storia",
                container: None,
                date: &[1986],
            },
        );
        assert_eq!(p.item.publisher.as_deref(), Some("Einaudi"));
        // The entry: a period in the title ends no names.
        let p = check(
            "GINZBURG, Carlo, Miti, emblemi, spie. Morfologia e storia, Torino, Einaudi, 1986.",
            inv,
            Want {
                authors: &["ginzburg"],
                title: "Miti, emblemi, spie. Morfologia e storia",
                container: None,
                date: &[1986],
            },
        );
        assert_eq!(p.item.publisher_place.as_deref(), Some("Torino"));
    }

    #[test]
    fn comma_parts_that_are_no_title_text_end_an_undelimited_title() {
        let n = NameOrder::Natural;
        // A journal and its volume (read as a publisher here, as before:
        // only the title's end is checked).
        let g = Grammar::builtin();
        let p = parse_reference(
            "Ann Poe, Memory and the State, Past and Present 12 (2003), 45",
            n,
            &g,
        );
        assert_eq!(p.item.title.as_deref(), Some("Memory and the State"));
        // A place and a publisher in capitals, no title words.
        let p = check(
            "Pierre Bourdieu, La Distinction, Paris, Minuit, 1979",
            n,
            Want {
                authors: &["bourdieu"],
                title: "La Distinction",
                container: None,
                date: &[1979],
            },
        );
        assert_eq!(p.item.publisher.as_deref(), Some("Minuit"));
        // Publishers that hold a particle or a joining word are no title.
        for (s, title) in [
            ("Norberto Bobbio, Destra e sinistra, il Mulino, Bologna 1994", "Destra e sinistra"),
            ("Ann Poe, Cities of memory, Weidenfeld and Nicolson, London 1990", "Cities of memory"),
            ("Musa Çadırcı, Tanzimat Döneminde Anadolu Kentleri, Türk Tarih Kurumu Yayınları, Ankara 1991", "Tanzimat Döneminde Anadolu Kentleri"),
        ] {
            let p = parse_reference(s, n, &g);
            assert_eq!(p.item.title.as_deref(), Some(title), "{s}");
        }
        // A chapter's book after a container word.
        check(
            "Ann Poe, Memory, in The Big Book, ed. John Roe (Chicago: Press, 2001)",
            n,
            Want {
                authors: &["poe"],
                title: "Memory",
                container: Some("The Big Book"),
                date: &[2001],
            },
        );
        // A journal's numbers after the part: that part is the journal.
        for s in [
            "Juan Pérez, La memoria, Revista de historia, vol. 12, 2004, pp. 3-5",
            "Juan Pérez, La memoria, Revista de historia, núm. 3, 2004, pp. 3-5",
            "Ahmet Kara, Mahalle idaresi, Tarih dergisi, C. 12, S. 3, s. 50",
        ] {
            let p = parse_reference(s, n, &g);
            let title = s.split(", ").nth(1);
            assert_eq!(p.item.title.as_deref(), title, "{s}");
        }
        // A book's volume, then its place: the title runs to the volume.
        let p = parse_reference(
            "Juan Pérez, La memoria, olvido y silencio, vol. 2, Madrid, Taurus, 2004",
            n,
            &g,
        );
        assert_eq!(
            p.item.title.as_deref(),
            Some("La memoria, olvido y silencio")
        );
        assert_eq!(p.item.volume.as_deref(), Some("2"));
        // A chapter's book after Spanish `en`.
        let p = parse_reference(
            "Juan Pérez, La memoria, en Historia de la memoria, ed. Ana Ruiz, Madrid, Taurus, 2004",
            n,
            &g,
        );
        assert_eq!(p.item.title.as_deref(), Some("La memoria"));
        assert_eq!(
            p.item.container_title.as_deref(),
            Some("Historia de la memoria")
        );
        // A role word after the names is no part of the title.
        let p = parse_reference(
            "Ann Poe, ed., Memory, Place, and Identity (London: Routledge, 2001)",
            n,
            &g,
        );
        assert!(!p.item.title.unwrap_or_default().starts_with("ed."));
        // No end signal: the first comma ends the title.
        let p = parse_reference("Ann Poe, Memory, Peace and war, 45", n, &g);
        assert_eq!(p.item.title.as_deref(), Some("Memory"));
    }

    /// Comma imprints of French, Spanish and Italian notes: a place and the
    /// year alone (`Madrid, 1995`), a volume before the imprint (`t. I,
    /// Paris, Hachette`, the volume's own title left out), a house before
    /// its place (`Gallimard, Paris`), a span of years ending the title,
    /// and a series in quotes that is no title.
    #[test]
    fn comma_imprints_with_volumes_series_and_no_publisher() {
        let g = Grammar::builtin();
        let n = NameOrder::Natural;
        let read = |s: &str| parse_reference(s, n, &g).item;
        let p = read("Juan Pérez, Historia de Castilla, Madrid, 1995, p. 4.");
        assert_eq!(p.publisher_place.as_deref(), Some("Madrid"));
        assert_eq!(p.publisher, None);
        assert_eq!(p.title.as_deref(), Some("Historia de Castilla"));
        // A house alone stays one: a publisher word, or capitals.
        let p = read("Mona Ozouf, La Fête révolutionnaire, Gallimard, 1976.");
        assert_eq!(p.publisher.as_deref(), Some("Gallimard"));
        assert_eq!(p.publisher_place, None);
        let p = read("Ernest Labrousse, La Crise, PUF, 1944.");
        assert_eq!(p.publisher.as_deref(), Some("PUF"));
        let p =
            read("Jules Michelet, Histoire de la Révolution française, t. II, Paris, 1847, p. 3.");
        assert_eq!(p.volume.as_deref(), Some("II"));
        assert_eq!(p.publisher_place.as_deref(), Some("Paris"));
        assert_eq!(p.publisher, None);
        let p = read("Hippolyte Taine, Les Origines de la France contemporaine, t. I, L'Anarchie, Paris, Hachette, 1878.");
        assert_eq!(p.volume.as_deref(), Some("I"));
        assert_eq!(
            p.title.as_deref(),
            Some("Les Origines de la France contemporaine")
        );
        assert_eq!(p.publisher_place.as_deref(), Some("Paris"));
        assert_eq!(p.publisher.as_deref(), Some("Hachette"));
        let p =
            read("Mona Ozouf, La Fête révolutionnaire, 1789-1799, Gallimard, Paris, 1976, p. 41.");
        assert_eq!(
            p.title.as_deref(),
            Some("La Fête révolutionnaire, 1789-1799")
        );
        assert_eq!(p.publisher.as_deref(), Some("Gallimard"));
        assert_eq!(p.publisher_place.as_deref(), Some("Paris"));
        let p = read("François Furet, Penser la Révolution française, Paris, Gallimard, coll. « Bibliothèque des histoires », 1978, p. 13.");
        assert_eq!(p.title.as_deref(), Some("Penser la Révolution française"));
        assert_eq!(p.publisher.as_deref(), Some("Gallimard"));
        assert_eq!(p.issued.as_ref().and_then(CslDate::year), Some(1978));
        // `Titel, München, 6. Aufl. 2013`: the title ends before the place.
        let p = read("Karl Weber, Staatsrecht, München, 6. Aufl. 2013, S. 5.");
        assert_eq!(p.title.as_deref(), Some("Staatsrecht"));
        assert_eq!(p.publisher_place.as_deref(), Some("München"));
        assert_eq!(p.edition.as_deref(), Some("6"));
        // In brackets, one word is the house (Chicago).
        let p = read("K. Waltz, *Theory of International Politics* (Addison-Wesley, 1979).");
        assert_eq!(p.publisher.as_deref(), Some("Addison-Wesley"));
        assert_eq!(p.publisher_place, None);
    }

    /// A place and a year with no publisher is the place of publication;
    /// the Italian and French `Place, Publisher, Year` keeps both, a
    /// lowercase article opening the publisher's name too.
    #[test]
    fn places_without_a_publisher_and_comma_imprints() {
        let g = Grammar::builtin();
        let imprint = |s: &str, order: NameOrder| {
            let p = parse_reference(s, order, &g).item;
            (p.publisher_place, p.publisher)
        };
        let place = |p: &str| (Some(p.to_string()), None);
        let both = |p: &str, q: &str| (Some(p.to_string()), Some(q.to_string()));
        let (n, inv) = (NameOrder::Natural, NameOrder::InvertedFirst);
        // Polish: a book, and a chapter whose book names its editors.
        assert_eq!(
            imprint("J. Kowalski, Historia miasta, Łódź 2008, s. 5.", n),
            place("Łódź")
        );
        assert_eq!(
            imprint(
                "Stobiecki R., Historycy wobec polityki historycznej, w: Pamięć i polityka historyczna. Doświadczenia Polski i jej sąsiadów, red. S. M. Nowinowski, J. Pomorski, R. Stobiecki, Łódź 2008, s. 179–196.",
                inv
            ),
            place("Łódź")
        );
        // German.
        assert_eq!(
            imprint("Hans Meier, Geschichte der Stadt, Berlin 2003, S. 7.", n),
            place("Berlin")
        );
        // Dutch: the imprint in brackets, also after a volume.
        assert_eq!(
            imprint(
                "J.A. Bornewasser, Katholieke volksorganisaties (Nijmegen 1983) 60.",
                n
            ),
            place("Nijmegen")
        );
        assert_eq!(
            imprint(
                "E.H. Kossmann, De Lage Landen 1780-1980. Twee eeuwen Nederland en België, dl. 2\n(Amsterdam 1986)",
                n
            ),
            place("Amsterdam")
        );
        // French.
        assert_eq!(
            imprint("Jean Dupont, Histoire de la ville, Paris 1990, p. 4.", n),
            place("Paris")
        );
        assert_eq!(
            imprint(
                "Pierre Bourdieu, Le Sens pratique, Paris, Seuil, 2004, p. 9.",
                n
            ),
            both("Paris", "Seuil")
        );
        // Italian: place, publisher, year, and publisher, place and year.
        assert_eq!(
            imprint(
                "Norberto Bobbio, Destra e sinistra, Bologna, il Mulino, 1990, p. 5.",
                n
            ),
            both("Bologna", "il Mulino")
        );
        assert_eq!(
            imprint(
                "Carlo Ginzburg, Il formaggio e i vermi, Torino, Einaudi, 1974.",
                n
            ),
            both("Torino", "Einaudi")
        );
        assert_eq!(
            imprint(
                "Norberto Bobbio, Destra e sinistra, il Mulino, Bologna 1994",
                n
            ),
            both("Bologna", "il Mulino")
        );
        // `Place: Publisher, Year` as before, and a publisher before a comma.
        assert_eq!(
            imprint(
                "Ann Poe, Cities of Memory (Chicago: University of Chicago Press, 2001), 45.",
                n
            ),
            both("Chicago", "University of Chicago Press")
        );
        assert_eq!(
            imprint("Ann Poe, Cities of Memory (Verso, 2010), 45.", n)
                .1
                .as_deref(),
            Some("Verso")
        );
    }

    /// A page range that PDF text wraps after its dash is one range, in a
    /// note's pinpoint and in an entry's pages.
    #[test]
    fn page_ranges_wrapped_after_the_dash() {
        let g = Grammar::builtin();
        let p = parse_reference(
            "Pamięć społeczna a polityka, „Studia Socjologiczne” 2011, nr 4, s. 5–\n25.",
            NameOrder::Natural,
            &g,
        );
        assert_eq!(p.item.page.as_deref(), Some("5–25"));
        let p = parse_reference(
            "Doe, Jane. \"The Archive.\" In *The Big Book*, edited by John Roe, 10-\n30. Chicago: Press, 2001.",
            NameOrder::InvertedFirst,
            &g,
        );
        assert_eq!(p.item.page.as_deref(), Some("10-30"));
        // Not across a line break before the dash, nor without a dash.
        assert_eq!(crate::grammar::locator_value("437-\r\n440"), "437-440");
        let p = parse_reference(
            "Ann Poe, \"Title,\" Journal 3 (2001): pp. 45\n-47.",
            NameOrder::Natural,
            &g,
        );
        assert_ne!(p.item.page.as_deref(), Some("45-47"));
    }

    #[test]
    fn note_forms() {
        let p = check(
            "김철수·박영희, “러우전쟁 이후 한미 밀착과 전략적 이해,” 『러시아연구』, 제34권, 제1호 (2024), pp. 203-235.",
            NameOrder::Natural,
            Want { authors: &["김철수", "박영희"], title: "러우전쟁 이후 한미 밀착과 전략적 이해", container: Some("러시아연구"), date: &[2024] },
        );
        assert_eq!(p.item.volume.as_deref(), Some("34"));
        assert_eq!(p.item.issue.as_deref(), Some("1"));
        assert_eq!(p.item.page.as_deref(), Some("203-235"));
        let p = check(
            "K. Waltz, *Theory of International Politics* (MA: Addison-Wesley, 1979)",
            NameOrder::Natural,
            Want {
                authors: &["waltz"],
                title: "Theory of International Politics",
                container: None,
                date: &[1979],
            },
        );
        assert_eq!(p.item.publisher.as_deref(), Some("Addison-Wesley"));
        assert_eq!(p.item.publisher_place.as_deref(), Some("MA"));
        assert_eq!(p.item.kind, "book");
        check(
            "Du Hyeogn Cha, “Implications of the DPRK-Russia “Treaty on Comprehensive Strategic Partnership”,” *Asan Issue Brief*, No. 2024-19 (October 8, 2024).",
            NameOrder::Natural,
            Want { authors: &["cha"], title: "Implications of the DPRK-Russia “Treaty on Comprehensive Strategic Partnership”", container: Some("Asan Issue Brief"), date: &[2024, 10, 8] },
        );
        let p = check(
            "Hyonhee Shin, “North Korea received Russian aid,” Reuters, November 23, 2023. <https://www.reuters.com/x> (검색일: 2025.2.23).",
            NameOrder::Natural,
            Want { authors: &["shin"], title: "North Korea received Russian aid", container: Some("Reuters"), date: &[2023, 11, 23] },
        );
        assert_eq!(p.item.url.as_deref(), Some("https://www.reuters.com/x"));
        assert_eq!(
            p.item.accessed.as_ref().map(|d| d.date_parts[0].clone()),
            Some(vec![2025, 2, 23])
        );
        assert_eq!(p.unparsed, None);
        check(
            "Анастасия Алимпиева, “Путин поблагодарил Ким Чен Ына,” *Lenta*, 28 апреля 2025 г.",
            NameOrder::Natural,
            Want {
                authors: &["алимпиева"],
                title: "Путин поблагодарил Ким Чен Ына",
                container: Some("Lenta"),
                date: &[2025, 4, 28],
            },
        );
    }

    #[test]
    fn bibliography_forms() {
        check(
            "Gonzalez, Joseph, Victor Cha and Jennifer Jun. “Dramatic Increase.” *CSIS Beyond Parallel*, October 9, 2023.",
            NameOrder::InvertedFirst,
            Want { authors: &["gonzalez", "cha", "jun"], title: "Dramatic Increase", container: Some("CSIS Beyond Parallel"), date: &[2023, 10, 9] },
        );
        let p = check(
            "Mearsheimer, John. *The Tragedy of Great Power Politics*. New York: W. W. Norton & Company, 2001.",
            NameOrder::InvertedFirst,
            Want { authors: &["mearsheimer"], title: "The Tragedy of Great Power Politics", container: None, date: &[2001] },
        );
        assert_eq!(p.item.publisher.as_deref(), Some("W. W. Norton & Company"));
        check(
            "U.S. Department of State. \"Press Briefing on North Korea's Arms Transfers to Russia.\" October 20, 2023.",
            NameOrder::InvertedFirst,
            Want { authors: &["usdepartmentofstate"], title: "Press Briefing on North Korea's Arms Transfers to Russia", container: None, date: &[2023, 10, 20] },
        );
        let p = check(
            "Smith, J., & Lee, K. (2019a). Deep learning for citation parsing. Journal of Informetrics, 12(3), 45–67.",
            NameOrder::InvertedFirst,
            Want { authors: &["smith", "lee"], title: "Deep learning for citation parsing", container: Some("Journal of Informetrics"), date: &[2019] },
        );
        assert_eq!(p.year_suffix, Some('a'));
        assert_eq!(p.item.volume.as_deref(), Some("12"));
        assert_eq!(p.item.issue.as_deref(), Some("3"));
        assert_eq!(p.item.page.as_deref(), Some("45–67"));
    }

    #[test]
    fn vancouver() {
        let p = check(
            "Smith J, Lee K. Deep learning for citation parsing. J Inf Sci. 2019;12(3):45–67.",
            NameOrder::InvertedFirst,
            Want {
                authors: &["smith", "lee"],
                title: "Deep learning for citation parsing",
                container: Some("J Inf Sci"),
                date: &[2019],
            },
        );
        assert_eq!(p.item.volume.as_deref(), Some("12"));
        assert_eq!(p.item.issue.as_deref(), Some("3"));
        assert_eq!(p.item.page.as_deref(), Some("45–67"));
        let p = check(
            "Garcia-Lopez M, van der Berg P, O'Neil T, et al. Protein folding in vivo. Cell. 2020 Mar;180(5):1012-1025.",
            NameOrder::InvertedFirst,
            Want { authors: &["garcialopez", "berg", "oneil"], title: "Protein folding in vivo", container: Some("Cell"), date: &[2020] },
        );
        assert!(p.item.et_al);
        assert_eq!(p.item.page.as_deref(), Some("1012-1025"));
        let p = check(
            "World Health Organization. Global tuberculosis report 2021. Geneva: WHO; 2021.",
            NameOrder::InvertedFirst,
            Want {
                authors: &["worldhealthorganization"],
                title: "Global tuberculosis report 2021",
                container: None,
                date: &[2021],
            },
        );
        assert_eq!(p.item.publisher.as_deref(), Some("WHO"));
    }

    #[test]
    fn ieee() {
        let p = check(
            "J. Smith and K. Lee, “Neural parsing of references,” IEEE Trans. Knowl. Data Eng., vol. 12, no. 3, pp. 45–67, 2019.",
            NameOrder::InvertedFirst,
            Want { authors: &["smith", "lee"], title: "Neural parsing of references", container: Some("IEEE Trans. Knowl. Data Eng"), date: &[2019] },
        );
        assert_eq!(p.item.volume.as_deref(), Some("12"));
        assert_eq!(p.item.issue.as_deref(), Some("3"));
        assert_eq!(p.item.page.as_deref(), Some("45–67"));
        check(
            "A. B. Chen, “Title here,” in Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR), 2018, pp. 1–9.",
            NameOrder::InvertedFirst,
            Want { authors: &["chen"], title: "Title here", container: Some("Proc. IEEE Conf. Comput. Vis. Pattern Recognit"), date: &[2018] },
        );
    }

    #[test]
    fn words_leading_to_a_link_and_the_medium_before_them() {
        fn lead(t: &str) -> Option<&str> {
            link_lead_in(t).map(|a| &t[a..])
        }
        assert_eq!(
            lead("NREL, 2017. [Online]. Available:"),
            Some("[Online]. Available:")
        );
        assert_eq!(lead("Київ : Основи, 1996. 223 с. URL:"), Some("URL:"));
        assert_eq!(lead("Title. Available at:"), Some("Available at:"));
        assert_eq!(lead("Title. Recuperado de"), Some("Recuperado de"));
        // A name, a word without its colon, or a long bracket: none.
        assert_eq!(lead("Title. Smith"), None);
        assert_eq!(lead("Title. Available"), None);
        assert_eq!(
            lead("Title [Report of the Royal Commission]. Available:"),
            Some("Available:")
        );
    }

    #[test]
    fn ieee_books_name_their_authors_in_order_and_the_place_in_parts() {
        // One author before a title with `and` in it; a place of town,
        // state and country; three authors with a serial comma and an
        // edition after the title.
        let p = check(
            "P. Kundur, Power System Stability and Control. New York, NY, USA: McGraw-Hill, 1994.",
            NameOrder::InvertedFirst,
            Want {
                authors: &["kundur"],
                title: "Power System Stability and Control",
                container: None,
                date: &[1994],
            },
        );
        assert_eq!(p.item.publisher_place.as_deref(), Some("New York, NY, USA"));
        assert_eq!(p.item.publisher.as_deref(), Some("McGraw-Hill"));
        let p = check(
            "A. J. Wood, B. F. Wollenberg, and G. B. Sheblé, Power Generation, Operation, and Control, 3rd ed. Hoboken, NJ, USA: Wiley, 2014.",
            NameOrder::InvertedFirst,
            Want { authors: &["wood", "wollenberg", "sheble"], title: "Power Generation, Operation, and Control", container: None, date: &[2014] },
        );
        assert_eq!(p.item.publisher_place.as_deref(), Some("Hoboken, NJ, USA"));
        assert_eq!(p.item.edition.as_deref(), Some("3"));
    }

    #[test]
    fn nature() {
        let p = check(
            "Smith, J. & Lee, K. Citation graphs at scale. Nature 12, 45–67 (2019).",
            NameOrder::InvertedFirst,
            Want {
                authors: &["smith", "lee"],
                title: "Citation graphs at scale",
                container: Some("Nature"),
                date: &[2019],
            },
        );
        assert_eq!(p.item.volume.as_deref(), Some("12"));
        assert_eq!(p.item.page.as_deref(), Some("45–67"));
        check(
            "Okafor, C. N., Brown, A. B. & Zhou, Y. Coral bleaching under heat stress. Phys. Rev. Lett. 99, 123-130 (2007).",
            NameOrder::InvertedFirst,
            Want { authors: &["okafor", "brown", "zhou"], title: "Coral bleaching under heat stress", container: Some("Phys. Rev. Lett"), date: &[2007] },
        );
    }

    #[test]
    fn inverted_names_are_told_from_author_title_place() {
        for yes in [
            "Müller, Hans",
            "Becker, Anna/Holz, Klaus",
            "Becker, Anna/Klaus Holz",
            "van der Berg, Jan",
            "Smith, J. R.",
        ] {
            for order in [NameOrder::InvertedFirst, NameOrder::Natural] {
                assert!(inverted_names_shape(yes, order), "{yes}");
            }
        }
        for no in [
            "Anna Becker/Klaus Holz, Die Ordnung der Dinge, Berlin",
            "Hans Müller, Archiv und Staat, Berlin",
            "Smith, John, Theory Of International Politics, New York",
        ] {
            for order in [NameOrder::InvertedFirst, NameOrder::Natural] {
                assert!(!inverted_names_shape(no, order), "{no}");
            }
        }
        // A family name of two words is inverted in a bibliography only: in
        // a note, `Carolyn Steedman, Dust` is a name and a title.
        assert!(inverted_names_shape(
            "Le Goff, Jacques",
            NameOrder::InvertedFirst
        ));
        for note in ["Carolyn Steedman, Dust", "Jacques Derrida, Archive Fever"] {
            assert!(
                inverted_names_shape(note, NameOrder::InvertedFirst),
                "{note}"
            );
            assert!(!inverted_names_shape(note, NameOrder::Natural), "{note}");
        }
    }

    /// A question or exclamation mark may end the text, and a title
    /// delimiter may be followed by a wide character: the parts after them
    /// start on a character boundary, never past the end.
    #[test]
    fn sentence_marks_at_the_end_or_before_wide_characters() {
        let g = Grammar::builtin();
        for s in [
            "Smith, John Why?",
            "Smith, John. Who Governs?",
            "Smith, John. Who Governs!",
            "Smith, J. 2019. Who Governs?",
            "Smith J, Lee K. Why?",
            "Smith, J. & Lee, K. Why?",
            "Smith, J. (2019). *Title*가 2020.",
            "Smith, J. (2019). Title?",
            "1. Smith J. Title? 2019;3:1-2.",
        ] {
            for order in [NameOrder::InvertedFirst, NameOrder::Natural] {
                let p = parse_reference(s, order, &g);
                if let Some((a, b)) = p.title {
                    assert!(a <= b && b <= s.len() && s.is_char_boundary(b), "{s}");
                }
            }
        }
        let p = parse_reference(
            "Smith, John. Who Governs? New Haven: Yale, 1961.",
            NameOrder::InvertedFirst,
            &g,
        );
        assert_eq!(p.item.title.as_deref(), Some("Who Governs?"));
    }

    #[test]
    fn turkish_volume_and_issue_letters_and_german_page_letters() {
        let g = Grammar::builtin();
        let fields = |s: &str| {
            let i = parse_reference(s, NameOrder::Natural, &g).item;
            let year = i.year();
            (i.volume, i.issue, i.page, year)
        };
        let some = |s: &str| Some(s.to_string());
        // `C.` cilt, `S.` sayı, `s.` sayfa; the year in brackets after the
        // issue.
        assert_eq!(
            fields("Ayşe Yılmaz, \"Kamu Hizmeti ve Sorumluluk\", Ankara Üniversitesi Hukuk Fakültesi Dergisi, C. 12, S. 3 (2015), s. 45-67."),
            (some("12"), some("3"), some("45-67"), Some(2015))
        );
        // German `S.` is a page, after a volume too.
        assert_eq!(
            fields("Anna Roth, Staat und Haftung, Bd. 2, Köln 2008, S. 45."),
            (some("2"), None, some("45"), Some(2008))
        );
        assert_eq!(
            fields("Anna Roth, Staat und Haftung, Köln 2008, S. 45-50."),
            (None, None, some("45-50"), Some(2008))
        );
        // `Bd. 2, 3. Aufl.`: the volume, then an edition statement.
        assert_eq!(
            fields("Dreier, Horst (Hrsg.): Grundgesetz-Kommentar, Bd. 2, 3. Aufl., Tübingen 2015."),
            (some("2"), None, None, Some(2015))
        );
    }
}

#[cfg(test)]
mod place_publisher_search {
    use super::*;
    use proptest::prelude::*;

    /// The bounded pattern [`place_publisher`] stands for.
    static BOUNDED: LazyLock<Regex> = LazyLock::new(|| {
        crate::re::constant(
            r"^\s*([\p{Lu}][^:,()]{0,40}(?:,\s*\p{Lu}[\p{L}.]{0,12}){0,2}):\s*([^,()]{2,80})",
        )
    });

    /// Texts made of runs of characters that matter to the pattern (capitals
    /// and not, `Ⅳ` an uppercase letter that is not `Lu`, letters, spaces,
    /// the four stops, a digit), each run long enough to cross 2, 12, 40
    /// and 80.
    fn texts() -> impl Strategy<Value = String> {
        let piece = (
            prop::sample::select(vec![
                'A', 'É', 'b', 'ß', 'Ⅳ', '가', ' ', '\t', '\u{3000}', ':', ',', '(', ')', '.', '1',
                '-',
            ]),
            prop_oneof![1usize..4, 10usize..15, 38usize..43, 78usize..83],
        );
        prop::collection::vec(piece, 0..8).prop_map(|runs| {
            runs.into_iter()
                .map(|(c, n)| c.to_string().repeat(n))
                .collect()
        })
    }

    /// Imprints near every bound: a place of 38 to 43 characters, a state
    /// of 10 to 14, a publisher of 0 to 3 or 78 to 83 after 0 to 3 spaces.
    fn imprints() -> impl Strategy<Value = String> {
        let run = |lens: std::ops::Range<usize>| {
            (
                prop::sample::select(vec!['x', 'É', ' ', '.', 'Ⅳ', '1']),
                lens,
            )
                .prop_map(|(c, n)| c.to_string().repeat(n))
        };
        (
            run(37..43),
            prop::option::of(run(9..14)),
            prop::sample::select(vec!["", " ", "  \t"]),
            prop_oneof![run(0..4), run(77..83)],
            texts(),
        )
            .prop_map(|(place, state, spaces, publisher, tail)| {
                let state = state.map(|s| format!(", M{s}")).unwrap_or_default();
                format!("P{place}{state}:{spaces}{publisher}{tail}")
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn place_publisher_captures_what_the_bounded_pattern_does(
            t in prop_oneof![texts(), imprints()],
            prefix in prop::sample::select(vec!["", "Paris", "New York", "Cambridge, MA", " Ithaca, N.Y."]),
        ) {
            let t = format!("{prefix}{t}");
            let want = BOUNDED.captures(&t).map(|c| {
                (c.get(1).unwrap().range(), c.get(2).unwrap().range())
            });
            prop_assert_eq!(place_publisher(&t), want, "{:?}", t);
        }
    }

    #[test]
    fn place_publisher_reads_imprints() {
        fn read(t: &str) -> Option<(&str, &str)> {
            place_publisher(t).map(|(p, q)| (&t[p], &t[q]))
        }
        assert_eq!(
            read("Cambridge, MA: Harvard University Press, 1979."),
            Some(("Cambridge, MA", "Harvard University Press"))
        );
        assert_eq!(
            read("New York:  W. W. Norton"),
            Some(("New York", "W. W. Norton"))
        );
        // Two characters at least: a space is kept to make them.
        assert_eq!(read("Paris:  a, 1990"), Some(("Paris", " a")));
        assert_eq!(read("Paris: a"), Some(("Paris", " a")));
        assert_eq!(read("Paris:a"), None);
        assert_eq!(read(&format!("P{}: Verso", "x".repeat(41))), None);
    }
}

#[cfg(test)]
mod vancouver_authors_search {
    use super::*;
    use crate::re::strategies::pick;
    use proptest::prelude::*;

    /// The bounded pattern [`vancouver_authors`] stands for.
    static BOUNDED: LazyLock<Regex> = LazyLock::new(|| {
        let author = r"(?:(?:van|von|de|der|den|da|di|du|le|la|del|ten|ter)\s+)*\p{Lu}[\p{L}\p{M}'’\-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’\-]+)?\s+\p{Lu}{1,4}(?:\s(?:Jr|Sr|II|III|IV)\b)?";
        crate::re::constant(&format!(
            r"^(?P<a>{author}(?:,\s+{author})*(?:,?\s+et\s+al)?)\.\s+"
        ))
    });

    /// Initials: 0 to 6 or 9 to 12 characters (4 at most mostly, so that
    /// lists of several authors often fit), capitals (Latin, Cyrillic)
    /// mostly, sometimes a letter that is no `Lu` (`Ⅳ` uppercase, `ǅ`
    /// titlecase, `a`, `가`), a period or a hyphen.
    fn initials() -> impl Strategy<Value = String> {
        prop_oneof![
            1 => Just(0usize),
            12 => 1usize..5,
            2 => 5usize..7,
            1 => 9usize..13,
        ]
        .prop_flat_map(|n| {
            let char = prop_oneof![
                40 => prop::sample::select(vec!['A', 'É', 'Ж', 'Q']),
                1 => prop::sample::select(vec!['Ⅳ', 'ǅ', 'a', '가', '.', '-']),
            ];
            prop::collection::vec(char, n).prop_map(|cs| cs.into_iter().collect())
        })
    }

    /// An author: particles, a family name of one or two words, spaces
    /// (ASCII, a tab, an ideographic space) and initials.
    fn author() -> impl Strategy<Value = String> {
        (
            pick(
                vec!["", "", "", "van ", "van der  ", "de la "],
                vec!["et ", "van"],
                20,
            ),
            pick(
                vec![
                    "Smith",
                    "SMITH",
                    "Иванов",
                    "O’Neil",
                    "Garcia-Lopez",
                    "Garcia Lopez",
                    "Kim김",
                    "Xé",
                ],
                vec!["X", "smith", "Ⅳx", "Garcia lopez"],
                20,
            ),
            pick(vec![" ", " ", "  ", "\t", "\u{3000}"], vec!["", "-"], 20),
            initials(),
        )
            .prop_map(|(particles, family, space, initials)| {
                format!("{particles}{family}{space}{initials}")
            })
    }

    /// Lists of one to four authors, separated by commas and spaces or
    /// not, with or without `et al`, then a period and a title or anything.
    fn lists() -> impl Strategy<Value = String> {
        (
            prop::collection::vec(
                (
                    author(),
                    pick(vec![", ", ", ", ",  ", ",\t"], vec![",", " "], 20),
                ),
                0..4,
            ),
            author(),
            pick(
                vec!["", "", " et al", ", et al", ",  et\tal"],
                vec!["et al", ", et", " et al al"],
                20,
            ),
            pick(vec![". ", ". ", ".  ", ". T"], vec![".", "", ", ", " "], 20),
            prop::sample::select(vec![
                "",
                "Title. J Name. 2019;12(3):45–67.",
                "ABCDE. x",
                ".",
            ]),
        )
            .prop_map(|(firsts, last, et_al, end, tail)| {
                let mut t: String = firsts.into_iter().map(|(a, sep)| a + sep).collect();
                t.push_str(&format!("{last}{et_al}{end}{tail}"));
                t
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn vancouver_authors_capture_what_the_bounded_pattern_does(t in lists()) {
            let want = BOUNDED.captures(&t).map(|c| {
                [0, 1].map(|i| c.get(i).map_or("", |m| m.as_str()))
            });
            let got = vancouver_authors(&t).map(|(a, end)| [&t[..end], a]);
            prop_assert_eq!(got, want, "{:?}", t);
        }
    }

    #[test]
    fn an_act_s_name_after_a_comma_ends_at_a_sentence_not_an_abbreviation() {
        let g = Grammar::builtin();
        let name = |t: &str| act_name_after_comma(t, &g).map(|n| t[2..2 + n].to_string());
        assert_eq!(
            name(", básica reguladora del paciente. BOE núm. 274."),
            Some("básica reguladora del paciente".to_string())
        );
        assert_eq!(
            name(", občanský zákoník, § 2").as_deref(),
            Some("občanský zákoník")
        );
        // An abbreviation's period goes on; the digits after it end the
        // reading.
        assert_eq!(name(", republicată în M. Of. nr. 543 din 2012."), None);
        assert_eq!(name(", Ústava České republiky"), None);
        assert_eq!(name(", art. 5"), None);
    }

    #[test]
    fn vancouver_authors_keep_a_generation_out_of_the_name() {
        let g = Grammar::builtin();
        let t = "Douglas GR Jr, Smith AB, Ortiz R III. Household transmission. N Engl J Med. 2019;380(4):345-353.";
        assert_eq!(
            vancouver_authors(t),
            Some(("Douglas GR Jr, Smith AB, Ortiz R III", 38))
        );
        let p = parse_reference(t, NameOrder::Ditto, &g);
        let names: Vec<(Option<&str>, Option<&str>)> = p
            .item
            .author
            .iter()
            .map(|n| (n.family.as_deref(), n.given.as_deref()))
            .collect();
        assert_eq!(
            names,
            [
                (Some("Douglas"), Some("GR")),
                (Some("Smith"), Some("AB")),
                (Some("Ortiz"), Some("R"))
            ]
        );
        assert_eq!(p.item.container_title.as_deref(), Some("N Engl J Med"));
        // Initials of two capitals that spell a generation are initials.
        assert_eq!(
            vancouver_authors("Ivanov II, Petrov PP. Title."),
            Some(("Ivanov II, Petrov PP", 22))
        );
        // Too many initials before a generation are none.
        assert_eq!(vancouver_authors("Douglas GRABC Jr. Title."), None);
    }

    #[test]
    fn vancouver_authors_read_lists() {
        assert_eq!(
            vancouver_authors("Smith J, Lee K. Deep learning. J Inf Sci. 2019;12(3):45–67."),
            Some(("Smith J, Lee K", 16))
        );
        assert_eq!(
            vancouver_authors("Garcia-Lopez MA, van der Berg P, et al.  Title."),
            Some(("Garcia-Lopez MA, van der Berg P, et al", 41))
        );
        assert_eq!(
            vancouver_authors("SMITH ABCD. Title."),
            Some(("SMITH ABCD", 12))
        );
        assert_eq!(vancouver_authors("Smith ABCDE. Title."), None);
        assert_eq!(vancouver_authors("Smith J, Lee ABCDE. Title."), None);
        assert_eq!(vancouver_authors("Deep learning. Title."), None);
    }
}

#[cfg(test)]
mod apa_head_search {
    use super::*;
    use crate::re::strategies::pick;
    use proptest::prelude::*;

    /// The built-in grammar, whose words in place of a year include those
    /// the bounded pattern lists.
    static G: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

    /// The bounded pattern [`apa_head`] stands for, with the built-in
    /// grammar's words in place of a year that [`heads`] writes.
    static BOUNDED: LazyLock<Regex> = LazyLock::new(|| {
        crate::re::constant(
            r"^(?P<a>[^()“”„«»\x22*_:0-9]{2,}?)(?:\s\((?P<abbr>\p{Lu}{2,10})\))?\.?\s\((?P<d>(?P<y>(?:1[5-9]|20)[0-9][0-9])(?P<s>[a-z])?(?:,\s[\p{L}]+(?:\s[0-9]{1,2})?)?|n\.\s?d\.|in press|forthcoming|o\.\s?J\.|im Druck|s\.\s?f\.)\)[.:]\s+",
        )
    });

    /// The match and the groups of the bounded pattern.
    fn groups<'h>(c: &regex::Captures<'h>) -> (Option<&'h str>, [Option<&'h str>; 5]) {
        let text = |m: regex::Match<'h>| m.as_str();
        (
            c.get(0).map(text),
            ["a", "abbr", "d", "y", "s"].map(|n| c.name(n).map(text)),
        )
    }

    /// A run of `n` characters, each one of `chars`, the first of them
    /// mostly.
    fn run(chars: Vec<char>, lens: impl Strategy<Value = usize>) -> impl Strategy<Value = String> {
        lens.prop_flat_map(move |n| {
            let char = prop_oneof![
                20 => Just(chars[0]),
                1 => prop::sample::select(chars.clone()),
            ];
            prop::collection::vec(char, n).prop_map(|cs| cs.into_iter().collect::<String>())
        })
    }

    /// Lengths of a run bounded by `lo` and `hi`: each bound, one less, one
    /// more, and far above.
    fn near(lo: usize, hi: usize) -> impl Strategy<Value = usize> {
        prop_oneof![
            lo.saturating_sub(1)..lo + 2,
            hi - 1..hi + 2,
            hi + 8..hi + 12,
        ]
    }

    /// APA heads: authors (now and then one character, a colon or a bracket),
    /// maybe an abbreviation of capitals (Latin, Cyrillic, now and then
    /// `Ⅳ`, uppercase but no `Lu`, or a letter, Hangul or a digit), then a
    /// date whose day has ASCII, Arabic-Indic or fullwidth digits, or
    /// another date form, and a tail.
    fn heads() -> impl Strategy<Value = String> {
        let abbr = prop_oneof![
            Just(String::new()),
            run(vec!['A', 'É', 'Ж', 'Ⅳ', 'a', '가', '1'], near(2, 10))
                .prop_map(|caps| format!(" ({caps})")),
        ];
        let day = prop_oneof![
            Just(String::new()),
            run(vec!['3', '٣', '４', 'x'], near(1, 2)).prop_map(|d| format!(" {d}")),
            run(vec!['٣'], near(1, 2)).prop_map(|d| format!("  {d}")),
        ];
        let date = prop_oneof![
            4 => (
                pick(vec!["2019", "2019a", "1999"], vec!["1499", "2019,", "2019ab"], 10),
                prop_oneof![
                    1 => Just(String::new()),
                    3 => (pick(vec![", March", ", März", ", марта"], vec![", 3", ",March"], 10), day)
                        .prop_map(|(m, d)| format!("{m}{d}")),
                ],
            )
                .prop_map(|(y, md)| format!("{y}{md}")),
            1 => pick(vec!["n.d.", "n. d.", "in press", "s.f.", "o. J.", "im Druck"], vec!["WHO", ""], 10)
                .prop_map(String::from),
        ];
        (
            pick(
                vec![
                    "Smith, J., & Lee, K.",
                    "World Health Organization",
                    "World Health Organization.",
                    "Müller, Hans/Schmidt, Eva",
                    "Иванов, И. И.",
                    "김철수",
                    "X.",
                    "AB",
                ],
                vec!["X", "Doe: J.", "Doe (J.)"],
                10,
            ),
            abbr,
            pick(vec![" ", ". ", "\u{3000}", " . "], vec!["", ".", ".  "], 10),
            date,
            pick(vec![").", "):", "). (2020)."], vec![")", "),"], 10),
            pick(vec![" ", "  ", "\t"], vec![""], 10),
            prop::sample::select(vec![
                "",
                "Title. Journal, 12(3), 45–67.",
                "(WHO). (2020). T",
            ]),
        )
            .prop_map(|(authors, abbr, before, date, close, space, tail)| {
                format!("{authors}{abbr}{before}({date}{close}{space}{tail}")
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn apa_head_captures_what_the_bounded_pattern_does(t in heads()) {
            let want = BOUNDED.captures(&t).map(|c| groups(&c));
            prop_assert_eq!(apa_head(&t, &G).map(|c| groups(&c)), want, "{:?}", t);
        }
    }

    #[test]
    fn apa_head_reads_abbreviations_and_days() {
        let abbr =
            |t: &str| apa_head(t, &G).map(|c| c.name("abbr").map(|m| m.as_str().to_string()));
        assert_eq!(
            abbr("World Health Organization (WHO). (2020). T"),
            Some(Some("WHO".into()))
        );
        assert_eq!(abbr("World Health Organization (W). (2020). T"), None);
        assert_eq!(
            abbr("Org (ABCDEFGHIJ). (2020). T"),
            Some(Some("ABCDEFGHIJ".into()))
        );
        assert_eq!(abbr("Org (ABCDEFGHIJK). (2020). T"), None);
        assert_eq!(abbr("Reuters. (2020, March 3). T"), Some(None));
        assert_eq!(abbr("Reuters. (2020, March 31). T"), Some(None));
        assert_eq!(abbr("Reuters. (2020, March 312). T"), None);
    }
    #[test]
    fn a_volume_before_a_bracketed_year_is_no_author_date() {
        let g = Grammar::builtin();
        let p = parse_reference(
            "Hans Richter, Amtshaftung bei Ermessensfehlern, VerwArch 95 (2004), 233.",
            NameOrder::Natural,
            &g,
        );
        assert_eq!(p.item.author.len(), 1);
        assert_eq!(p.item.author[0].family.as_deref(), Some("Richter"));
        assert_eq!(
            p.item.title.as_deref(),
            Some("Amtshaftung bei Ermessensfehlern")
        );
        assert_eq!(p.item.year(), Some(2004));
    }

    #[test]
    fn gost_et_al_words_are_the_grammars() {
        let g = Grammar::builtin();
        let s = "Шевченко О. М., Петренко І. В. та ін. Історія України. Київ, 2005.";
        let (authors, et_al, title) = gost_head(s, &g).unwrap();
        assert_eq!(&s[..authors], "Шевченко О. М., Петренко І. В.");
        assert!(et_al);
        assert!(s[title..].starts_with("Історія України"));
        let s = "Иванов И. И. и др. История. М.: Наука, 1990.";
        let (_, et_al, title) = gost_head(s, &g).unwrap();
        assert!(et_al);
        assert!(s[title..].starts_with("История"));
        let s = "Иванов И. И. История. М.: Наука, 1990.";
        assert_eq!(gost_head(s, &g).map(|h| h.1), Some(false));
        // A word in lowercase after the names is no title.
        assert_eq!(gost_head("Иванов И. И. под ред. X", &g), None);
    }

    #[test]
    fn names_with_initials_one_after_another() {
        let (names, end) =
            family_comma_initials_list("Βερέμης, Θ., Κολιόπουλος, Ι., Ελλάς, Αθήνα, 2006").unwrap();
        assert_eq!(names.len(), 2);
        assert_eq!(names[1].family.as_deref(), Some("Κολιόπουλος"));
        assert_eq!(end, "Βερέμης, Θ., Κολιόπουλος, Ι.".len());
        // No title after the second: one name.
        let (names, _) = family_comma_initials_list("Dupont, J., Paris, P.U.F., 2006").unwrap();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_quotation_opens_a_book_title_before_its_imprint() {
        let g = Grammar::builtin();
        let s =
            "Κωστής, Κ., «Τα παιδιά της Ιστορίας». Η διαμόρφωση του κράτους, Αθήνα: Πόλις, 2013.";
        let t = find_title(s).unwrap();
        let (open, inner, end, _, book) = quoted_book_title(s, t, &g).unwrap();
        assert!(book);
        assert_eq!(open, inner);
        assert_eq!(
            &s[inner..end],
            "«Τα παιδιά της Ιστορίας». Η διαμόρφωση του κράτους"
        );
        // An article's journal, a chapter's book: no book title.
        for s in [
            "Mazower, M., «The Messiah». The Historical Journal, τ. 35, 1992, σσ. 885-904.",
            "Χατζηιωσήφ, Χ., «Η άνοδος». Στο: Χ. Χατζηιωσήφ (επιμ.), Ιστορία, Αθήνα: Βιβλιόραμα, 1999.",
            "Κωστής, Κ., «Τίτλος», Νέα Εστία, Αθήνα: Εστία, 2001.",
        ] {
            let t = find_title(s).unwrap();
            assert_eq!(quoted_book_title(s, t, &g), None, "{s}");
        }
    }

    #[test]
    fn a_subtitle_after_a_colon_is_no_place_and_publisher() {
        let g = Grammar::builtin();
        let p = parse_reference(
            "Σβολόπουλος, Κ., Ελλάς. Η σύγχρονη συνέχεια: από το 1821 μέχρι σήμερα, Αθήνα: Εστία, 2008.",
            NameOrder::InvertedFirst,
            &g,
        );
        assert_eq!(
            p.item.title.as_deref(),
            Some("Ελλάς. Η σύγχρονη συνέχεια: από το 1821 μέχρι σήμερα")
        );
        assert_eq!(p.item.publisher.as_deref(), Some("Εστία"));
        assert_eq!(p.item.publisher_place.as_deref(), Some("Αθήνα"));
        assert_eq!(p.item.year(), Some(2008));
        // An IEEE book's subtitle sentence before `Place: Publisher` still
        // ends the title.
        let p = parse_reference(
            "J. Doe, Data Mining. Berlin, Germany: Springer, 2020.",
            NameOrder::Natural,
            &g,
        );
        assert_eq!(p.item.title.as_deref(), Some("Data Mining"));
        assert_eq!(p.item.publisher.as_deref(), Some("Springer"));
    }

    #[test]
    fn a_comma_title_ends_before_the_volume_or_the_publisher() {
        let g = Grammar::builtin();
        let r = "Lịch sử Việt Nam, tập 2, Nxb. Giáo dục, Hà Nội.";
        assert_eq!(
            comma_title_before_imprint(r, &g),
            Some("Lịch sử Việt Nam".len())
        );
        let r = "Vietnam and the Chinese Model, Harvard University Press, Cambridge.";
        assert_eq!(
            comma_title_before_imprint(r, &g),
            Some("Vietnam and the Chinese Model".len())
        );
        // Numbers after the publisher (a journal's): not an imprint.
        let r = "Title, Nxb. X, số 4, tr. 23-31.";
        assert_eq!(comma_title_before_imprint(r, &g), None);
    }
}

#[cfg(test)]
mod jurisdiction_search {
    use super::*;
    use crate::re::strategies::{pick, run};
    use proptest::prelude::*;

    /// The bounded pattern [`jurisdiction`] stands for.
    static BOUNDED: LazyLock<Regex> = LazyLock::new(|| {
        crate::re::constant(
            r"^(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3}(?: \([\p{L} ]{1,20}\))?)\.[ \t\n]+",
        )
    });

    /// Jurisdictions near every bound: three to five words in capitals,
    /// joined by spaces or hyphens, and now and then a bracket of 18 to 23
    /// letters or spaces; pieces that break the form now and then.
    fn heads() -> impl Strategy<Value = String> {
        let word = pick(
            vec!["SÃO", "PAULO", "BRASIL", "RIO", "ÉTAT"],
            vec!["A", "Rio", "1"],
            8,
        );
        (
            prop::collection::vec((word, pick(vec![" ", "-"], vec![", "], 8)), 1..6),
            prop::option::of(run(vec!['a', 'é', ' ', 'E', '1'], 17..24)),
            pick(vec![". ", ".\n", ".\t "], vec![".", " ", ", "], 6),
        )
            .prop_map(|(words, bracket, end)| {
                let mut s: String = words.iter().map(|(w, sep)| format!("{w}{sep}")).collect();
                s.pop();
                if let Some(b) = bracket {
                    s.push_str(&format!(" ({b})"));
                }
                format!("{s}{end}Lei n. 1")
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn jurisdiction_reads_what_the_bounded_pattern_does(t in heads()) {
            let want = BOUNDED
                .captures(&t)
                .map(|c| (c.get(1).unwrap().as_str(), c.get(0).unwrap().end()));
            prop_assert_eq!(jurisdiction(&t), want, "{:?}", t);
        }
    }

    #[test]
    fn jurisdiction_reads_abnt_heads() {
        assert_eq!(jurisdiction("BRASIL. Lei n. 8.078"), Some(("BRASIL", 8)));
        assert_eq!(
            jurisdiction("SÃO PAULO (Estado). Lei n. 1"),
            Some(("SÃO PAULO (Estado)", 21))
        );
        assert_eq!(jurisdiction("AA BB CC DD EE. Lei"), None);
        assert_eq!(
            jurisdiction("BRASIL (Estado do Rio Grande do Sul). Lei"),
            None
        );
    }
}

#[cfg(test)]
mod gost_imprint_search {
    use super::*;
    use crate::re::strategies::{pick, run};
    use proptest::prelude::*;

    /// The bounded pattern [`gost_imprint`] stands for.
    static BOUNDED: LazyLock<Regex> = LazyLock::new(|| {
        crate::re::constant(
            r"\.\s+(?P<place>\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*)?(?:,\s\p{Lu}\p{L}{1,4}\.?)?(?:;\s?\p{Lu}[\p{L}.\-]*){0,2})\s*:\s*(?P<pub>[^,:]{2,80}?),\s*(?P<y>(?:1[5-9]|20)[0-9][0-9])",
        )
    });

    /// Bodies with one or two imprints whose publishers have 0 to 3 or 77
    /// to 83 characters, among pieces that break the form now and then.
    fn bodies() -> impl Strategy<Value = String> {
        let imprint = (
            pick(
                vec![". М.", ". СПб.", ". Oxford", ". Cambridge, Mass. "],
                vec![". м.", ", М.", "М."],
                8,
            ),
            pick(vec![": ", ":", " : "], vec![" ", ";"], 8),
            prop_oneof![
                run(vec!['Н', 'a', ' ', '.', '-'], 0..4),
                run(vec!['Н', 'a', ' ', '.'], 77..84)
            ],
            pick(
                vec![", 1990", ",2004", ", 1946."],
                vec![", 199", " 1990", ", 90"],
                8,
            ),
        )
            .prop_map(|(place, colon, publisher, year)| format!("{place}{colon}{publisher}{year}"));
        (
            pick(
                vec!["Название", "Title. Sub", ""],
                vec!["Title:", "A, b"],
                6,
            ),
            prop::collection::vec(imprint, 1..3),
        )
            .prop_map(|(title, imprints)| format!("{title}{}", imprints.concat()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn gost_imprint_captures_what_the_bounded_pattern_does(t in bodies()) {
            let ranges = |c: regex::Captures<'_>| {
                (0..4).map(|i| c.get(i).map(|m| m.range())).collect::<Vec<_>>()
            };
            let want = BOUNDED.captures(&t).map(ranges);
            prop_assert_eq!(gost_imprint(&t).map(ranges), want, "{:?}", t);
        }
    }

    #[test]
    fn gost_imprint_reads_place_publisher_and_year() {
        let c = gost_imprint("Очерки. М.: Наука, 1990. 320 с.").unwrap();
        assert_eq!(&c["place"], "М.");
        assert_eq!(&c["pub"], "Наука");
        assert_eq!(&c["y"], "1990");
        let long = format!(
            "Title. М.: {}, 1990. Other. Л.: Изд-во, 1946",
            "н".repeat(81)
        );
        assert_eq!(&gost_imprint(&long).unwrap()["pub"], "Изд-во");
    }
}

#[cfg(test)]
mod bounded_runs {
    use super::*;
    use crate::re::strategies::{pick, run, spans};
    use proptest::prelude::*;

    /// Tails of author-date entries: a stop, a journal's name of 76 to 84
    /// characters (now and then with a stop inside), its year, issue and
    /// pages.
    fn journal_tails() -> impl Strategy<Value = String> {
        (
            pick(
                vec!["", "Otsikko. ", "Title” ", "x' "],
                vec!["Title ", "a, "],
                6,
            ),
            run(vec!['a', 'é', ' ', '\'', '&', '-'], 74..86),
            pick(vec![" ", "  "], vec!["", ". "], 8),
            pick(
                vec!["1995, 3", "2003:2", "1995 , 12"],
                vec!["95, 3", "1995"],
                8,
            ),
            pick(vec!["", ", 45–67", ": 4-5"], vec![", x"], 8),
            pick(vec![".", "", " . "], vec![";"], 8),
        )
            .prop_map(|(lead, name, gap, year, pages, end)| {
                format!("{lead}Ab{name}{gap}{year}{pages}{end}")
            })
    }

    /// GB/T heads: authors of 116 to 124 pieces (a nationality in brackets
    /// now and then), a title of 296 to 304 characters, a type code.
    fn gbt_heads() -> impl Strategy<Value = String> {
        (
            pick(vec!["", "[德]", "[美]"], vec!["[德国人]", "."], 6),
            run(vec!['张', 'a', ' ', ',', '·'], 114..126),
            pick(vec![". ", "."], vec![" "], 8),
            run(vec!['论', 'x', ' ', '.', '，'], 294..306),
            pick(vec!["[J]. ", "[M]//", "[EB/OL]"], vec!["[j]", "J]"], 8),
        )
            .prop_map(|(nat, a, stop, t, code)| format!("{nat}{a}{stop}{t}{code}法学研究"))
    }

    /// GB/T journal details: a name of 116 to 124 characters, year,
    /// volume, an issue of 18 to 23 characters, pages.
    fn gbt_journals() -> impl Strategy<Value = String> {
        (
            run(vec!['法', 'a', ' ', '('], 114..126),
            pick(vec![", 2005", "，1999"], vec![", 99"], 8),
            pick(vec!["", ", 27"], vec![", x"], 8),
            prop::option::of(run(vec!['3', 'a', '）'], 16..24)),
            pick(vec!["", ": 12-20", "：5"], vec![":"], 8),
        )
            .prop_map(|(j, y, v, i, p)| {
                let i = i.map(|i| format!("({i})")).unwrap_or_default();
                format!("{j}{y}{v}{i}{p}")
            })
    }

    /// GB/T imprints: something before, a place of 37 to 43 characters, a
    /// publisher of 77 to 83, the year and a page.
    fn gbt_imprints() -> impl Strategy<Value = String> {
        (
            pick(vec!["", "译. ", "2版. "], vec!["a, b: "], 6),
            run(vec!['北', 'a', ' ', '.'], 35..45),
            pick(vec![": ", "："], vec![", "], 8),
            run(vec!['社', 'b', ' ', ':'], 75..85),
            pick(vec![", 2009", "，2010"], vec![", 209"], 8),
            pick(vec!["", ": 45", "：30-45"], vec![":"], 8),
        )
            .prop_map(|(lead, place, colon, publisher, year, page)| {
                format!("{lead}{place}{colon}{publisher}{year}{page}")
            })
    }

    /// GOST thesis imprints: a place, a publisher of 57 to 63 characters
    /// now and then, the year.
    fn thesis_imprints() -> impl Strategy<Value = String> {
        (
            pick(vec!["", "– "], vec!["1 "], 6),
            pick(
                vec!["М.", "Екатеринбург", "М. В. Ломоносова"],
                vec!["м."],
                8,
            ),
            pick(vec![", ", " : "], vec![" "], 8),
            prop::option::of(run(vec!['У', 'р', ' ', 'Ф'], 56..64)),
            pick(vec!["2005", "1999."], vec!["99"], 8),
        )
            .prop_map(|(dash, place, sep, publisher, year)| {
                let publisher = publisher.map(|p| format!("{p}, ")).unwrap_or_default();
                format!("{dash}{place}{sep}{publisher}{year}")
            })
    }

    /// Ends of German entries: a place, a publisher of 56 to 62 characters
    /// after a colon now and then, the year.
    fn imprint_ends() -> impl Strategy<Value = String> {
        (
            pick(vec!["Titel, ", "Titel. Untertitel, "], vec!["Titel "], 8),
            pick(
                vec!["Frankfurt a. M.", "Ithaca", "Stuttgart"],
                vec!["ithaca"],
                8,
            ),
            prop::option::of(run(vec!['V', 'e', ' ', 'ö', '-'], 55..63)),
            pick(vec![" 1999", " 1800–1802.", "  2018 "], vec!["1999"], 8),
        )
            .prop_map(|(head, place, publisher, year)| {
                let publisher = publisher.map(|p| format!(": S{p}")).unwrap_or_default();
                format!("{head}{place}{publisher}{year}")
            })
    }

    /// Vancouver imprints: a place of 38 to 44 characters, a publisher of
    /// 77 to 83, the year.
    fn vancouver_books() -> impl Strategy<Value = String> {
        (
            pick(vec!["", "2nd ed. ", "Title. "], vec!["x: "], 6),
            run(vec!['a', 'N', ' ', 'é', ','], 37..45),
            pick(vec![": ", ":"], vec![" "], 8),
            run(vec!['b', 'P', ' ', ':', '.'], 76..84),
            pick(vec!["; 2019.", ";2020"], vec!["; 19"], 8),
        )
            .prop_map(|(lead, place, colon, publisher, year)| {
                format!("{lead}C{place}{colon}{publisher}{year}")
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn thesis_imprint_reads_what_the_bounded_pattern_does(t in thesis_imprints()) {
            prop_assert_eq!(
                thesis_imprint(&t).map(|m| m.range()),
                THESIS_IMPRINT.find(&t).map(|m| m.range()),
                "{:?}", t
            );
        }

        #[test]
        fn imprint_at_end_reads_what_the_bounded_pattern_does(t in imprint_ends()) {
            prop_assert_eq!(
                imprint_at_end(&t).map(|m| m.range()),
                IMPRINT_AT_END.find(&t).map(|m| m.range()),
                "{:?}", t
            );
        }

        #[test]
        fn vancouver_book_reads_what_the_bounded_pattern_does(t in vancouver_books()) {
            prop_assert_eq!(spans(vancouver_book(&t)), spans(VANCOUVER_BOOK.captures(&t)), "{:?}", t);
        }

        #[test]
        fn journal_year_issue_reads_what_the_bounded_pattern_does(t in journal_tails()) {
            prop_assert_eq!(
                spans(journal_year_issue_captures(&t)),
                spans(JOURNAL_YEAR_ISSUE.captures(&t)),
                "{:?}", t
            );
        }

        #[test]
        fn gbt_head_reads_what_the_bounded_pattern_does(t in gbt_heads()) {
            prop_assert_eq!(spans(gbt_head_captures(&t)), spans(GBT_HEAD.captures(&t)), "{:?}", t);
        }

        #[test]
        fn gbt_journal_reads_what_the_bounded_pattern_does(t in gbt_journals()) {
            prop_assert_eq!(
                spans(gbt_journal_captures(&t)),
                spans(GBT_JOURNAL.captures(&t)),
                "{:?}", t
            );
        }

        #[test]
        fn gbt_imprint_reads_what_the_bounded_pattern_does(t in gbt_imprints()) {
            prop_assert_eq!(
                spans(gbt_imprint_captures(&t)),
                spans(GBT_IMPRINT.captures(&t)),
                "{:?}", t
            );
        }
    }
}
