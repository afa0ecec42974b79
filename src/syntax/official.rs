//! Newspaper issues and parliamentary or official papers cited in notes.
//!
//! ```text
//! The Times (London), 23 January 1855, 8.
//! "Strike Spreads," New York Times, October 3, 1921, 1.
//! „Die Krise der Koalition", in: Der Spiegel, Nr. 12 vom 18.3.1974, S. 22.
//! Hansard, HC Deb 12 March 1855, vol. 137, col. 345.
//! Report of the Select Committee on the Army, PP 1854–55 (318) IX.1.
//! BT-Drs. 17/1234, S. 5.
//! Cong. Rec. 112 (1966): 4567.
//! ```
//!
//! A newspaper is a name holding a word of the grammars'
//! `names.newspapers` followed by a full date (day, month and year); a
//! series of official papers is one of the grammars'
//! `signals.parliamentary`, with the CSL type of what it prints, followed
//! by the paper's number, session or date, volume and column.

use crate::grammar::Grammar;
use crate::model::{CslDate, CslItem, Locator};

/// Opening quotation marks of an article's title.
const OPEN_QUOTES: [char; 6] = ['"', '“', '„', '«', '‘', '‚'];
/// Closing quotation marks.
const CLOSE_QUOTES: [char; 6] = ['"', '”', '“', '»', '’', '‘'];

/// A quoted title at the start of `s`: the title (without its closing
/// comma) and the text after the closing mark, or `None`.
fn quoted_title(s: &str) -> Option<(&str, &str)> {
    let first = s.chars().next().filter(|c| OPEN_QUOTES.contains(c))?;
    let inner = &s[first.len_utf8()..];
    let close = inner.find(|c: char| CLOSE_QUOTES.contains(&c))?;
    let title = inner[..close].trim().trim_end_matches([',', '.', ' ']);
    let after = inner[close..].chars().next().map_or(0, char::len_utf8);
    (!title.is_empty()).then(|| (title, &inner[close + after..]))
}

/// Strips a container word (`in:`, `In`) before the newspaper.
fn after_container<'s>(s: &'s str, g: &Grammar) -> &'s str {
    let t = s.trim_start_matches([',', ' ']);
    match g.container_prefix(t) {
        Some(n) => t[n..].trim_start(),
        None => t,
    }
}

/// Skips the kind of a piece named after its title in lowercase words
/// (`"The Mob Rules," editorial, Lawrence Evening Tribune`, `letter to the
/// editor, The Times`): at most four words of lowercase letters before a
/// comma.
fn after_kind(s: &str) -> &str {
    match s.split_once(", ") {
        Some((kind, rest))
            if !kind.is_empty()
                && kind.split(' ').count() <= 4
                && kind.chars().all(|c| c.is_lowercase() || c == ' ') =>
        {
            rest
        }
        _ => s,
    }
}

/// Whether `name` is a newspaper's name: capitalised words (short
/// lowercase particles allowed), no digit, one of them a word of
/// `names.newspapers`.
pub(crate) fn newspaper_name(name: &str, g: &Grammar) -> bool {
    if name.starts_with(crate::segment::is_cjk) {
        return cjk_newspaper_name(name, g);
    }
    if name.is_empty()
        || name.len() > 60
        || !name.starts_with(char::is_uppercase)
        || name.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | ';' | '"' | '“'))
    {
        return false;
    }
    let words = || {
        name.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
    };
    // `N.Y. TIMES`, `WASH. POST`: small capitals come out of a PDF as
    // capitals.
    // The words are sorted (and deduplicated) when the grammar is built:
    // a word as written is looked up by bisection.
    let newspaper_word = |w: &str| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let capitals = bare.chars().nth(1).is_some() && !bare.chars().any(char::is_lowercase);
        g.newspaper_words
            .binary_search_by(|n| n.as_str().cmp(bare))
            .is_ok()
            || capitals
                && g.newspaper_words
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(bare))
    };
    // A romanized name keeps the word for a daily in lowercase (`Tonga
    // ilbo`, `Asahi shinbun`).
    words().nth(6).is_none()
        && words().all(|w| {
            w.starts_with(char::is_uppercase) || w.chars().count() <= 3 || newspaper_word(w)
        })
        && (words().any(newspaper_word) || abbreviated_newspaper_name(name, g))
}

/// Whether `name` holds a word of `names.newspapers` abbreviated as The
/// Bluebook's table T13 abbreviates it (`WALL ST. J.`, `CHI. TRIB.`,
/// `ATLANTA J.-CONST.`): the grammars list the abbreviations with their
/// period, and a word matches one written with it (or without it as the
/// name's last word, whose period a field's end may take). Never the
/// name's first word (`J. Smith`). A one-letter one (`J.`, Journal) only
/// in the name's last word and after another abbreviated word or in
/// capitals: `WALL ST. J.`, not `Denning J.`, and not a journal's `J.`
/// followed by its subject (`AM. J. INT'L L.`, `YALE J. ON REG.`).
fn abbreviated_newspaper_name(name: &str, g: &Grammar) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitals = !name.chars().any(char::is_lowercase);
    words.iter().enumerate().skip(1).any(|(i, word)| {
        word.split('-').enumerate().any(|(k, part)| {
            let stem = match part.strip_suffix('.') {
                Some(s) => s,
                None if i + 1 == words.len() && !word.contains('-') => part,
                None => return false,
            };
            let single = stem.chars().nth(1).is_none();
            let before = words[..i].iter().any(|w| w.ends_with('.'));
            !stem.is_empty()
                && (!single || i + 1 == words.len() && k == 0 && (capitals || before))
                && g.newspaper_words.iter().any(|e| {
                    e.strip_suffix('.')
                        .is_some_and(|e| e.eq_ignore_ascii_case(stem))
                })
        })
    })
}

/// Whether `name`, written in CJK characters, is a newspaper's: a name of
/// at most sixteen characters that ends with, and is longer than, a CJK
/// word of `names.newspapers` (`동아일보`, `朝日新聞`, `人民日报`). A body
/// that issues it may stand before it, a space between (`조선총독부 관보`,
/// `朝鮮總督府 官報`): one word, not one of prose (ending in a word of the
/// grammars' `names.prose_endings`: `이에 대해서는 동아일보`).
fn cjk_newspaper_name(name: &str, g: &Grammar) -> bool {
    let (issuer, paper) = name.split_once(' ').unwrap_or(("", name));
    let issuer_ok = issuer.is_empty()
        || (issuer.chars().nth(1).is_some()
            && issuer.chars().all(crate::segment::is_cjk)
            && !g
                .prose_endings
                .iter()
                .any(|e| !e.is_empty() && issuer.ends_with(e.as_str())));
    name.chars().count() <= 16
        && issuer_ok
        && paper.chars().all(crate::segment::is_cjk)
        && g.newspaper_words.iter().any(|w| {
            w.starts_with(crate::segment::is_cjk)
                && name.len() > w.len()
                && name.ends_with(w.as_str())
        })
}

/// The periodical's name in CJK title marks that opens `s` (`『동아일보』`,
/// `《申报》`) and the text after the closing mark.
fn bracketed_name(s: &str) -> Option<(&str, &str)> {
    let close = match s.chars().next()? {
        '『' => '』',
        '《' => '》',
        _ => return None,
    };
    let inner = &s[3..];
    let end = inner.find(close)?;
    Some((inner[..end].trim(), &inner[end + close.len_utf8()..]))
}

/// A CJK article title in its marks (`「독자의 소리」`, `〈社説〉`) at the
/// start of `s`: the title and the text after the closing mark.
fn cjk_article_title(s: &str) -> Option<(&str, &str)> {
    let close = match s.chars().next()? {
        '「' => '」',
        '〈' => '〉',
        '“' => '”',
        _ => return None,
    };
    let inner = &s[s.chars().next()?.len_utf8()..];
    let end = inner.find(close)?;
    let title = inner[..end].trim();
    (!title.is_empty()).then(|| (title, &inner[end + close.len_utf8()..]))
}

/// Splits `The Times (London)` into the name and the place in brackets.
fn name_and_place(head: &str) -> (&str, Option<&str>) {
    if let Some(open) = head.rfind('(') {
        if head.ends_with(')') {
            let place = head[open + 1..head.len() - 1].trim();
            if !place.is_empty() && place.starts_with(char::is_uppercase) {
                return (head[..open].trim_end(), Some(place));
            }
        }
    }
    (head, None)
}

/// A page or column pinpoint that is all of `s` (`8`, `85–86`, `p. 3`,
/// `S. 22`, `col. 345`).
fn whole_pin(s: &str, g: &Grammar) -> Option<Locator> {
    let t = s.trim().trim_end_matches(['.', ' ']);
    if t.is_empty() {
        return None;
    }
    if !t.is_empty()
        && t.len() <= 12
        && t.starts_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | 'f'))
    {
        return Some(Locator {
            label: "page".into(),
            value: crate::grammar::locator_value(t),
            ..Default::default()
        });
    }
    // A section's page (`A12`, `B3`), as American papers number them.
    let b = t.as_bytes();
    if (2..=4).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b[1..].iter().all(u8::is_ascii_digit)
    {
        return Some(Locator {
            label: "page".into(),
            value: t.to_string(),
            ..Default::default()
        });
    }
    for (label, lex) in [
        ("page", &g.page),
        ("column", g.column()),
        ("page", g.newspaper_page()),
    ] {
        if let Some(m) = lex.find(t).filter(|m| m.start == 0 && m.end == t.len()) {
            let (a, b) = m.number?;
            return Some(Locator {
                label: label.into(),
                value: crate::grammar::locator_value(&t[a..b]),
                ..Default::default()
            });
        }
    }
    None
}

/// A newspaper article or issue: `The Times (London), 23 January 1855,
/// 8`, `Le Monde, 12 mars 1968, p. 3`, `"Strike Spreads," New York Times,
/// October 3, 1921, 1`, `„Titel", in: Der Spiegel, Nr. 12 vom 18.3.1974,
/// S. 22`. The name holds a word of `names.newspapers`; a full date (with
/// its day) follows it, an issue number before the date allowed, a page or
/// column after it. An `article-newspaper` with the newspaper as its
/// container, the place in brackets as its place, and the page as both
/// its page and the pinpoint.
pub fn newspaper(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    if item.len() > 300 {
        return None;
    }
    let body = item.trim().trim_end_matches(['.', ' ', '。', '．']);
    if let Some(found) = sentence_issue(body, g) {
        return Some(found);
    }
    if g.newspaper_words.is_empty() {
        return None;
    }
    if let Some(found) = cjk_newspaper(body, g) {
        return Some(found);
    }
    let (title, rest) = match quoted_title(body) {
        Some((t, r)) => (Some(t), after_kind(after_container(r, g))),
        None => (None, body),
    };
    let comma = rest.find(", ")?;
    let (name, place) = name_and_place(rest[..comma].trim());
    let mut tail = &rest[comma + 2..];
    // The paper named first, then the article's title (`New York Times,
    // "Title," March 3, 1998, A12`), as lists name an unsigned article.
    let mut title = title;
    let paper = newspaper_name(name, g);
    if title.is_none() && paper {
        if let Some((t, r)) = quoted_title(tail) {
            title = Some(t);
            tail = r.trim_start_matches([',', ' ']);
        }
    }
    if !(paper || title.is_none() && titled_issue(name, tail, g)) {
        return None;
    }
    issue_of(title, name, place, tail, g)
}

/// Whether `name`, a comma and `tail` cite a periodical's issue by its
/// title alone (`Lloyd's List, 12 April 1793`, `Felix Farley's Bristol
/// Journal, 3 May 1760, 2`), as Chicago and MHRA notes cite newspapers: a
/// title of two to six words, each capitalised or a short lowercase word,
/// no digit, and a full date with its day right after the comma. An
/// author is cited by a year, not by a day.
fn titled_issue(name: &str, tail: &str, g: &Grammar) -> bool {
    let words = name.split_whitespace().count();
    (2..=6).contains(&words)
        && name.len() <= 60
        && name.starts_with(char::is_uppercase)
        && !name.contains(|c: char| {
            c.is_ascii_digit() || matches!(c, ':' | ';' | '"' | '“' | '(' | '.')
        })
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || w.chars().count() <= 3)
        // A small word between names (`Gladstone to Wood`, a letter) makes
        // a newspaper's name only with a newspaper word (`Journal of
        // Commerce`).
        && (name.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
            || newspaper_name(name, g))
        && tail
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        && g.dates
            .first(tail)
            .is_some_and(|d| d.start == 0 && d.date.day().is_some())
        && !personal_name(name, g)
}

/// Whether `name`, before a full date in a note, is a person's given name
/// and family name (`John Smith, 12 April 1793`: a letter or a diary's
/// entry of that day, as Chicago and MHRA notes cite manuscripts), not a
/// periodical's title: two words of letters alone, each a capital and
/// lowercase letters, no possessive (`Lloyd's List`), no word of
/// `names.newspapers` (`Bristol Mercury`) and no article of
/// `names.articles` first (`The Survey`).
fn personal_name(name: &str, g: &Grammar) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words
        .first()
        .is_some_and(|w| g.title_articles.binary_search(&w.to_lowercase()).is_ok())
    {
        return false;
    }
    let name_word = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && w.chars().nth(1).is_some()
            && c.all(|c| c.is_lowercase() || c == '-')
    };
    words.len() == 2 && words.iter().all(|w| name_word(w)) && !newspaper_name(name, g)
}

/// An unsigned piece of a newspaper or weekly named by its kind first, in
/// place of an author (`Editorial, The Nation, March 16, 1921, 380`,
/// `Leader, The Times, 4 May 1921, 13`, `Letter to the editor, The
/// Spectator, 12 March 1921, 330`): a word of `names.unsigned_pieces`, a
/// comma, then a name of one to six words that opens with a capital and a
/// full date ([`issue_of`]). The kind, which names the periodical, stands
/// for a word of `names.newspapers`; it is the piece's genre, and the piece
/// has no author.
pub fn unsigned_piece(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    if item.len() > 300 || g.unsigned_pieces.is_empty() {
        return None;
    }
    let body = item.trim().trim_end_matches(['.', ' ']);
    let (kind, rest) = body.split_once(", ")?;
    if g.unsigned_pieces
        .binary_search(&kind.trim().to_lowercase())
        .is_err()
    {
        return None;
    }
    let comma = rest.find(", ")?;
    let (name, place) = name_and_place(rest[..comma].trim());
    if !name.starts_with(char::is_uppercase)
        || name.split_whitespace().nth(6).is_some()
        || name.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let (mut fields, pin) = issue_of(None, name, place, &rest[comma + 2..], g)?;
    fields.genre = Some(kind.trim().to_string());
    Some((fields, pin))
}

/// A newspaper's issue as GOST notes cite it, each part a sentence: the
/// name, the year, the day and month, then an issue number or a page
/// (`Правда. 1930. 2 марта.`, `Известия. 1925. 12 марта. № 58. С. 3.`).
/// The name is one to five words, no digit, no back-reference word.
fn sentence_issue(body: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    let mut parts = body.split(". ");
    let (name, year, day) = (parts.next()?.trim(), parts.next()?, parts.next()?);
    if !crate::grammar::is_year(year)
        || !name.starts_with(char::is_uppercase)
        || name.split_whitespace().nth(5).is_some()
        || name.bytes().any(|b| b.is_ascii_digit())
        || g.back_reference(name).is_some()
        || g.same_author_prefix(name).is_some()
    {
        return None;
    }
    let (d, month) = day.split_once(' ')?;
    if d.is_empty() || d.len() > 2 || !d.bytes().all(|b| b.is_ascii_digit()) || month.contains(' ')
    {
        return None;
    }
    // `№ 58` goes before the date, the page after it.
    let (mut issue, mut pin) = (String::new(), String::new());
    for part in parts {
        if issue.is_empty() && pin.is_empty() && g.issue.find(part).is_some_and(|m| m.start == 0) {
            issue = format!("{part} ");
        } else {
            pin.push_str(if pin.is_empty() { ", " } else { ". " });
            pin.push_str(part);
        }
    }
    issue_of(None, name, None, &format!("{issue}{day} {year}{pin}"), g)
}

/// A newspaper cited in CJK title marks: `『동아일보』 1926. 5. 6., 3면`,
/// `「독자의 소리」, 『동아일보』, 1925년 3월 4일자, 2면`, `『朝日新聞』1930年5月6日`,
/// `《申报》1930年5月6日`. The name ends with a CJK word of
/// `names.newspapers`.
fn cjk_newspaper(body: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    let first = body.chars().next()?;
    if !matches!(first, '『' | '《' | '「' | '〈' | '“') {
        return None;
    }
    let (title, rest) = match cjk_article_title(body) {
        Some((t, r)) => (Some(t), r.trim_start_matches([',', '，', '、', ' '])),
        None => (None, body),
    };
    let (name, after) = bracketed_name(rest)?;
    if !cjk_newspaper_name(name, g) {
        return None;
    }
    let tail = after.trim_start_matches([',', '，', '、', ' ', '\u{3000}']);
    if title.is_none() {
        if let Some(found) = headline_after_date(name, tail, g) {
            return Some(found);
        }
    }
    issue_of(title, name, None, tail, g)
}

/// A newspaper's issue whose article's headline follows the date
/// (`『동아일보』 1925. 3. 4., 「群山 米穀商의 活動」, 2면`), as Korean and
/// Japanese notes often cite an article: the date, a word of the piece's
/// kind allowed (`사설`, the genre), then the headline in CJK title marks,
/// then at most a page. `tail` is what follows the name.
fn headline_after_date(name: &str, tail: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    // Cheap test first: no title mark, no headline.
    if !tail.contains(['「', '〈', '“']) {
        return None;
    }
    let date = g.dates.first(tail)?;
    let after = tail[date.end..]
        .trim_start_matches(['.', ',', '，', '、', ' ', '\u{3000}'])
        .trim_start();
    // `1925년 3월 4일자 사설, 「…」`: a word of the piece's kind (an
    // editorial, a column) before the headline, of CJK letters alone.
    let (genre, after) = match after.find(['「', '〈', '“']) {
        Some(at) if at > 0 => {
            let word = after[..at]
                .trim_end()
                .trim_end_matches([',', '，', '、'])
                .trim();
            let kind_word = !word.is_empty()
                && word.chars().count() <= 4
                && word.chars().all(crate::segment::is_cjk);
            if !kind_word {
                return None;
            }
            (Some(word), &after[at..])
        }
        _ => (None, after),
    };
    let (title, rest) = cjk_article_title(after)?;
    let rest = rest.trim_start_matches([',', '，', '、', ' ', '\u{3000}']);
    let dated = tail[..date.end].trim_end();
    let (mut fields, pin) = issue_of(Some(title), name, None, &format!("{dated}, {rest}"), g)?;
    fields.genre = genre.map(str::to_string);
    Some((fields, pin))
}

/// The rest of a newspaper citation after the name (`tail`): a full date,
/// an issue number before it allowed, a page or column after it.
fn issue_of(
    title: Option<&str>,
    name: &str,
    place: Option<&str>,
    tail: &str,
    g: &Grammar,
) -> Option<(CslItem, Option<Locator>)> {
    let date = g.dates.first(tail)?;
    date.date.day()?;
    // Before the date only an issue number and a short joining word
    // (`Nr. 12 vom`).
    let before = tail[..date.start].trim();
    let mut issue = None;
    if !before.is_empty() {
        let m = g.issue.find(before).filter(|m| m.start == 0)?;
        let left = before[m.end..].trim().trim_start_matches(',').trim();
        if left.chars().count() > 4 || left.chars().any(|c| !c.is_lowercase()) {
            return None;
        }
        issue = m.number.map(|(a, b)| before[a..b].to_string());
    }
    let after = tail[date.end..].trim();
    // `1912. 3. 18.(이하 "관보"), 3면`: a short name defined after the date.
    let after = match crate::syntax::item::hereafter_bracket_len(after.trim_start_matches('.'), g) {
        0 => after,
        n => &after.trim_start_matches('.')[n..],
    };
    let after = after.trim().trim_start_matches([',', '，', '、']).trim();
    let pin = if after.is_empty() || edition_of_day(after) {
        None
    } else {
        Some(whole_pin(after, g)?)
    };
    let fields = CslItem {
        kind: "article-newspaper".into(),
        title: title.map(str::to_string),
        container_title: Some(name.to_string()),
        publisher_place: place.map(str::to_string),
        issue,
        page: pin
            .as_ref()
            .filter(|l| l.label == "page")
            .map(|l| l.value.clone()),
        issued: Some(date.date),
        ..Default::default()
    };
    Some((fields, pin))
}

/// Whether `after`, what follows a newspaper's date, names the day's
/// edition (`evening edition`, `final ed.`, Chicago's way of telling one
/// edition of the day from another): a few lowercase words ending so.
fn edition_of_day(after: &str) -> bool {
    let words: Vec<&str> = after.trim_end_matches('.').split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '.'))
        && matches!(words[words.len() - 1], "edition" | "ed")
}

/// The series of official papers that opens `s` at a word's start, as
/// written, and its CSL type.
fn series_at<'g>(s: &str, g: &'g Grammar) -> Option<(usize, &'g str)> {
    let first = s.as_bytes().first()?;
    g.official_series_starts.binary_search(first).ok()?;
    g.official_series.iter().find_map(|(name, kind)| {
        // `H.R. REP.`: small capitals, as text converted from PDF gives
        // them, spell the name in capitals (never the other way round:
        // `pp.` is no `PP`).
        let same = s.as_bytes().get(..name.len()).is_some_and(|t| {
            t.iter()
                .zip(name.as_bytes())
                .all(|(&t, &n)| t == n || (n.is_ascii() && t == n.to_ascii_uppercase()))
        });
        if !same {
            return None;
        }
        let next = s[name.len()..].chars().next();
        let ends = next.is_none_or(|c| !c.is_alphanumeric()) || name.ends_with('.');
        ends.then_some((name.len(), kind.as_str()))
    })
}

/// Whether `s` opens with the name of a series of official papers (`S.
/// Rep.`, `H.R. Doc.`): its first word is then no signal (German `s.`).
pub fn opens_series(s: &str, g: &Grammar) -> bool {
    series_at(s, g).is_some()
}

/// The length of a bill's number at the start of `s`: a mark of the
/// grammars' `signals.bills` (`H.R.`, `S. Res.`), a space and up to five
/// digits, which end there (`H.R. 4639`).
fn bill_number(s: &str, g: &Grammar) -> Option<usize> {
    g.bills.iter().find_map(|mark| {
        let rest = s.strip_prefix(mark.as_str())?.strip_prefix(' ')?;
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let end = s.len() - rest.len() + digits;
        ((1..=5).contains(&digits) && !s[end..].starts_with(|c: char| c.is_alphanumeric()))
            .then_some(end)
    })
}

/// Whether `s` opens with a bill's number before its congress (`S. 1409,
/// 117th Cong. § 3 (2021)`): its first word is then no signal (German
/// `s.`).
pub fn opens_bill(s: &str, g: &Grammar) -> bool {
    bill_number(s, g).is_some_and(|n| {
        let rest = s[n..].strip_prefix(", ").unwrap_or("");
        matches!(find_series(rest, g), Some((0, ..)))
    })
}

/// Where a series of official papers starts in `s`: at its start, after a
/// comma, or after an ordinal (`89th Cong.`) that opens a part. Returns
/// the start of the part, the series' start and length, and its type.
fn find_series<'g>(s: &str, g: &'g Grammar) -> Option<(usize, usize, usize, &'g str)> {
    let mut part = 0;
    loop {
        let piece = &s[part..];
        if let Some((len, kind)) = series_at(piece, g) {
            return Some((part, part, len, kind));
        }
        // `89th Cong.`: an ordinal, then the series.
        if let Some(sp) = piece.find(' ') {
            let word = &piece[..sp];
            if ordinal_word(word) {
                if let Some((len, kind)) = series_at(&piece[sp + 1..], g) {
                    return Some((part, part + sp + 1, len, kind));
                }
            }
        }
        // A part starts after a comma, or after a period that ends a
        // title (`Report from the Select Committee. PP 1855 (318)`).
        part += next_part(piece)? + 2;
    }
}

/// Where the next part of `s` starts, less two: the first `, ` or `. `.
/// One pass over the bytes, where two searches would each read on to
/// their own first match.
fn next_part(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memchr_iter(b' ', b)
        .find(|&i| i > 0 && matches!(b[i - 1], b',' | b'.'))
        .map(|i| i - 1)
}

/// Where the series at `at` is named with its ordinal before it (`89th
/// Cong.` of the part opening at `part`): the ordinal's start, else `at`.
fn part_start_of_ordinal(body: &str, part: usize, at: usize) -> usize {
    match body.get(part..at) {
        Some(w) if ordinal_word(w.trim_end()) => part,
        _ => at,
    }
}

/// `2d`, `3rd`, `89th`, `1st`.
fn ordinal_word(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && digits <= 3 && matches!(&w[digits..], "st" | "nd" | "rd" | "th" | "d")
}

/// The length of an ordinal and the word after it at the start of `s`
/// (`5th ser.`, `3d series`): a series' part, in lowercase.
fn ordinal_part(s: &str) -> Option<usize> {
    let (word, rest) = s.split_once(' ')?;
    if !ordinal_word(word) {
        return None;
    }
    let next = rest
        .find(|c: char| c.is_whitespace() || c == ',')
        .unwrap_or(rest.len());
    let part = &rest[..next];
    part.starts_with(|c: char| c.is_lowercase())
        .then_some(word.len() + 1 + next)
}

/// A session of parliament at the start of `s` (`1854–55`, `1854-1855`):
/// its length and last year, the year most of its papers were printed.
fn session(s: &str) -> Option<(usize, i32)> {
    let sep = s
        .get(4..)?
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '/'))?;
    let from = 4 + sep.len_utf8();
    let digits = s[from..].bytes().take_while(u8::is_ascii_digit).count();
    let end = from + digits;
    if sep == '/' {
        // `2019/20`, `1986/1987`: a session over two calendar years, as
        // Dutch and Belgian parliamentary papers date it; only the next
        // year after the slash (`NJ 2001/123` numbers an item).
        let first: i32 = s[..4].parse().ok()?;
        let last: i32 = s[from..end].parse().ok()?;
        let next = match digits {
            2 => (first + 1) % 100,
            4 => first + 1,
            _ => return None,
        };
        return (last == next).then_some((end, first + 1));
    }
    let (_, last) = crate::syntax::reference::year_span(&s[..end])?;
    Some((end, i32::try_from(last).ok()?))
}

/// `35 300`, `26 643`: a number of five or six digits written in groups of
/// three, as the files (dossiers) of Dutch parliamentary papers are; the
/// length of the whole number at the start of `s`, else `None`.
fn grouped_number(s: &str) -> Option<usize> {
    let head = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&head) || s.as_bytes().get(head) != Some(&b' ') {
        return None;
    }
    let tail = s[head + 1..].bytes().take_while(u8::is_ascii_digit).count();
    let after = s.as_bytes().get(head + 1 + tail);
    (tail == 3 && after.is_none_or(|b| matches!(b, b',' | b' ' | b'.' | b';' | b')')))
        .then_some(head + 1 + tail)
}

/// A Roman numeral in capitals.
fn roman(w: &str) -> bool {
    !w.is_empty() && w.len() <= 7 && w.chars().all(|c| "IVXLC".contains(c))
}

/// A paper of a series of official papers: `Hansard, HC Deb 12 March 1855,
/// vol. 137, col. 345`, `Parl. Deb. (3d ser.) (1855) 137 col. 345`, `PP
/// 1854–55 (318) IX.1`, `Report of the Select Committee on …, PP 1861
/// (438) V`, `BT-Drs. 17/1234, S. 5`, `Cong. Rec. 112 (1966): 4567`,
/// `Journal officiel, Débats parlementaires, Assemblée nationale, 12 mars
/// 1968, p. 745`. The series (one of `signals.parliamentary`) opens the
/// item or a part of it after a comma; what stands before it is the
/// paper's title. After it come, in any order, the session or date, the
/// number (in brackets, or `17/1234`), the volume (a `volume` locator, a
/// Roman numeral or a number before the column), the column or page (the
/// pinpoint), and words naming the house or the series' part, which may
/// not follow a number. The paper takes the series' CSL type, the series
/// as its container.
pub fn official_paper(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    if g.official_series.is_empty() || item.len() > 400 {
        return None;
    }
    // `Kamer-` / `stukken II`: a word broken at a line's end is read
    // whole (the fields are owned, so no span is lost).
    let joined;
    let body = if item.contains("-\n") {
        joined = item.replace("-\n", "");
        joined.as_str()
    } else {
        item
    };
    let body = body.trim().trim_end_matches(['.', ' ']);
    let (part, mut at, mut len, mut kind) = find_series(body, g)?;
    // `Hansard, HC Deb …`: a series named after another, the more exact,
    // the other's part between them (`Hansard, 5th ser., HL Deb …`).
    let after = body[at + len..].trim_start_matches([',', ' ']);
    let after = ordinal_part(after).map_or(after, |n| after[n..].trim_start_matches([',', ' ']));
    if let Some((l2, k2)) = series_at(after, g) {
        at = body.len() - after.len();
        len = l2;
        kind = k2;
    }
    // `89th Cong.`: the congress's ordinal is part of the series' name.
    let series = &body[part.max(at.min(part_start_of_ordinal(body, part, at)))..at + len];
    // `Hearing … Before the S. Comm. on the Judiciary, 117th Cong. 45
    // (2021)`: a series named by a congress's ordinal is one session, in
    // no volumes, so the number after it is the page cited (Bluebook rule
    // 13.3), where `Cong. Rec. 112 (1966)` gives a volume.
    let congress = series.split_whitespace().next().is_some_and(ordinal_word);
    let lead = body[..part].trim().trim_end_matches([',', '.', ' ']);
    let title = match quoted_title(lead) {
        Some((t, _)) => Some(t),
        None if lead.is_empty() => None,
        None => Some(lead),
    };
    if title.is_some_and(|t| {
        t.len() > 250 || !t.starts_with(char::is_uppercase) || t.contains(['(', ')', ';'])
    }) {
        return None;
    }
    // `U.S. Congress, Senate, Committee on Foreign Relations, Hearings on
    // …`: the parts that name bodies (a word of
    // `names.organisation_words` in the first and the last of them) are
    // the author, the rest the title.
    let mut author = Vec::new();
    let mut title = title;
    if let Some(t) = title {
        let parts: Vec<&str> = t.split(", ").collect();
        let body = |p: &str| {
            p.split_whitespace()
                .any(|w| g.organisation_latin.contains(&w.to_lowercase()))
        };
        let last = parts.iter().rposition(|p| body(p));
        if let Some(last) = last.filter(|&l| l + 1 < parts.len() && body(parts[0])) {
            author.push(crate::model::CslName {
                literal: Some(parts[..=last].join(", ")),
                ..Default::default()
            });
            title = t.get(parts[..=last].iter().map(|p| p.len() + 2).sum::<usize>()..);
        }
    }
    // `Fourth Amendment Is Not For Sale Act, H.R. 4639, 118th Cong.`: a
    // bill's number as the title's last part makes the paper that bill,
    // titled by what stands before the number, if anything.
    let mut bill = None;
    if let Some(t) = title {
        let (name, last) = t.rsplit_once(", ").unwrap_or(("", t));
        if bill_number(last, g) == Some(last.len()) {
            bill = Some(last);
            title = (!name.is_empty()).then_some(name);
        }
    }
    let mut fields = CslItem {
        kind: if bill.is_some() { "bill" } else { kind }.to_string(),
        title: title.map(str::to_string),
        author,
        container_title: Some(series.to_string()),
        number: bill.map(str::to_string),
        ..Default::default()
    };
    let mut pin: Option<Locator> = None;
    let mut numbers = false;
    let mut words = 0;
    // Where the words naming the house stand in `body`.
    let mut house: Option<(usize, usize)> = None;
    let mut s = &body[at + len..];
    loop {
        s = s.trim_start_matches([',', ' ', ';']);
        if s.is_empty() {
            break;
        }
        if let Some(inner) = s.strip_prefix('(') {
            let close = inner.find(')')?;
            let inside = inner[..close].trim();
            s = &inner[close + 1..];
            if let Some((n, year)) = session(inside).filter(|(n, _)| *n == inside.len()) {
                fields.issued.get_or_insert_with(|| {
                    CslDate::new(year, None, None, Some(inside[..n].to_string()))
                });
            } else if fields.issued.is_none() && crate::grammar::is_year(inside) {
                let year: i32 = inside.parse().ok()?;
                fields.issued.get_or_insert_with(|| {
                    CslDate::new(year, None, None, Some(inside.to_string()))
                });
            } else if !inside.is_empty() && inside.bytes().all(|b| b.is_ascii_digit()) {
                fields.number = Some(inside.to_string());
            } else if let Some(d) = g
                .dates
                .first(inside)
                .filter(|d| fields.issued.is_none() && d.start == 0 && d.end == inside.len())
            {
                // `vol. 45, col. 345 (3 May 1921)`: the day's date last.
                fields.issued = Some(d.date);
            }
            numbers = true;
            continue;
        }
        if let Some(r) = s.strip_prefix(':') {
            let r = r.trim_start();
            let n = r
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'-')
                .count();
            if n == 0 {
                return None;
            }
            let n = r[n..]
                .char_indices()
                .take_while(|&(_, c)| c.is_ascii_digit() || c == '–')
                .last()
                .map_or(n, |(i, c)| n + i + c.len_utf8());
            pin = Some(Locator {
                label: "page".into(),
                value: crate::grammar::locator_value(&r[..n]),
                ..Default::default()
            });
            s = &r[n..];
            numbers = true;
            continue;
        }
        let located = [("column", g.column()), ("page", &g.page)]
            .into_iter()
            .find_map(|(label, lex)| {
                let m = lex.find(s).filter(|m| m.start == 0)?;
                Some((label, m))
            });
        if let Some((label, m)) = located {
            let (a, b) = m.number?;
            pin = Some(Locator {
                label: label.into(),
                value: crate::grammar::locator_value(&s[a..b]),
                ..Default::default()
            });
            s = &s[m.end..];
            numbers = true;
            continue;
        }
        if let Some(m) = g.volume.find(s).filter(|m| m.start == 0) {
            let (a, b) = m.number?;
            fields.volume = Some(s[a..b].to_string());
            s = &s[m.end..];
            numbers = true;
            continue;
        }
        if let Some(m) = g.issue.find(s).filter(|m| m.start == 0) {
            let (a, b) = m.number?;
            fields.number = Some(s[a..b].to_string());
            s = &s[m.end..];
            numbers = true;
            continue;
        }
        if let Some((n, year)) = session(s) {
            fields
                .issued
                .get_or_insert_with(|| CslDate::new(year, None, None, Some(s[..n].to_string())));
            s = &s[n..];
            numbers = true;
            continue;
        }
        if let Some(d) = g.dates.first(s).filter(|d| d.start == 0) {
            fields.issued.get_or_insert(d.date);
            s = &s[d.end..];
            numbers = true;
            continue;
        }
        let word_end = s
            .find(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ':')
            .unwrap_or(s.len());
        let word = &s[..word_end];
        let next = s[word_end..].trim_start();
        // `2d sess.`, `3d ser.`: an ordinal and its word.
        if ordinal_word(word) {
            let skip = next
                .find(|c: char| c.is_whitespace() || c == ',')
                .unwrap_or(next.len());
            s = &next[skip..];
            numbers = true;
            continue;
        }
        // `35 300, nr. 3`: the file's number, in groups of three digits,
        // before the paper's; the file is the volume.
        if let Some(n) = grouped_number(s).filter(|_| fields.volume.is_none()) {
            fields.volume = Some(s[..n].to_string());
            s = &s[n..];
            numbers = true;
            continue;
        }
        // `nr. 45, item 9`: the item of a day's debates, with its number.
        if word == "item"
            && fields.number.is_some()
            && next.starts_with(|c: char| c.is_ascii_digit())
        {
            let n = next.bytes().take_while(u8::is_ascii_digit).count();
            if let Some(number) = fields.number.as_mut() {
                number.push_str(", item ");
                number.push_str(&next[..n]);
            }
            s = &next[n..];
            continue;
        }
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            // `17/1234`: a paper's number.
            if let Some((x, y)) = word.split_once('/') {
                if x.bytes().all(|b| b.is_ascii_digit()) && y.bytes().all(|b| b.is_ascii_digit()) {
                    fields.number.get_or_insert_with(|| word.to_string());
                    s = &s[word_end..];
                    numbers = true;
                    continue;
                }
            }
            let value = word.trim_end_matches('.');
            if !value
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'))
            {
                return None;
            }
            // A number before a bracket or a column is the volume; the
            // last one is the page.
            let opens_more = next.starts_with('(')
                || g.column().find(next).is_some_and(|m| m.start == 0)
                || g.page.find(next).is_some_and(|m| m.start == 0);
            // AGLC: `16 November 1993, 2877 (Paul Keating, Prime
            // Minister)`: a number after the day's date is its page.
            let after_day =
                fields.volume.is_none() && fields.issued.as_ref().and_then(CslDate::day).is_some();
            if next.is_empty() && fields.volume.is_some()
                || !opens_more && next.is_empty()
                || after_day
                || congress && pin.is_none()
            {
                pin = Some(Locator {
                    label: "page".into(),
                    value: crate::grammar::locator_value(value),
                    ..Default::default()
                });
            } else if fields.volume.is_none() {
                fields.volume = Some(value.to_string());
            } else {
                return None;
            }
            s = &s[word_end..];
            numbers = true;
            continue;
        }
        // `S. 1409, 117th Cong. § 3 (2021)`: a bill's section cited, as
        // the Bluebook writes it.
        if matches!(word, "§" | "§§") && fields.number.is_some() && pin.is_none() {
            let n = next
                .find(|c: char| c.is_whitespace() || c == ',')
                .unwrap_or(next.len());
            if n == 0 {
                return None;
            }
            pin = Some(Locator {
                label: "section".into(),
                value: format!("{word} {}", &next[..n]),
                ..Default::default()
            });
            s = &next[n..];
            numbers = true;
            continue;
        }
        // `H.R. Rep. No. 89-123, at 4`: the page cited, as the Bluebook
        // writes it.
        if word == "at" && next.starts_with(|c: char| c.is_ascii_digit()) {
            let n = next
                .char_indices()
                .take_while(|&(_, c)| c.is_ascii_digit() || matches!(c, '-' | '–'))
                .last()
                .map_or(0, |(i, c)| i + c.len_utf8());
            pin = Some(Locator {
                label: "page".into(),
                value: crate::grammar::locator_value(&next[..n]),
                ..Default::default()
            });
            s = &next[n..];
            numbers = true;
            continue;
        }
        // `IX`, `IX.1`: a volume of the sessional papers, and a page.
        let (numeral, page) = word.split_once('.').unwrap_or((word, ""));
        if roman(numeral) && fields.volume.is_none() {
            fields.volume = Some(numeral.to_string());
            if !page.is_empty() && page.bytes().all(|b| b.is_ascii_digit()) {
                pin = Some(Locator {
                    label: "page".into(),
                    value: page.to_string(),
                    ..Default::default()
                });
            } else if !page.is_empty() {
                return None;
            }
            s = &s[word_end..];
            numbers = true;
            continue;
        }
        // Words naming the house (`Débats parlementaires, Assemblée
        // nationale`): before any number only.
        if numbers || word.is_empty() || !word.chars().all(|c| c.is_alphabetic() || c == '.') {
            return None;
        }
        words += 1;
        if words > 6 {
            return None;
        }
        let from = body.len() - s.len();
        house = Some((house.map_or(from, |(a, _)| a), from + word_end));
        s = &s[word_end..];
    }
    // `Commonwealth, Parliamentary Debates, Senate, 16 December 1993`: a
    // single capitalised word before a day's debates of a house, as AGLC
    // writes it, is the jurisdiction whose parliament speaks, not the
    // title; the house and the day are.
    if kind == "hearing" && fields.author.is_empty() {
        let day = fields.issued.as_ref().filter(|d| d.day().is_some());
        let jurisdiction = fields.title.as_deref().filter(|t| {
            t.split_whitespace().count() <= 2
                && t.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                })
        });
        if let (Some(j), Some((a, b)), Some(d)) = (jurisdiction, house, day) {
            let raw = d.raw.clone().unwrap_or_default();
            fields.author.push(crate::model::CslName {
                literal: Some(j.to_string()),
                ..Default::default()
            });
            fields.title = Some(
                format!("{}, {raw}", &body[a..b])
                    .trim_end_matches([',', ' '])
                    .to_string(),
            );
        }
    }
    if fields.issued.is_none() && fields.number.is_none() && fields.volume.is_none() {
        return None;
    }
    Some((fields, pin))
}

/// A bibliography entry of an official paper (`Report from the Select
/// Committee on the Army before Sebastopol. PP 1854–55 (318), IX.`), its
/// page as the page, or of a newspaper named alone, with its place and
/// years (`The Times (London).`, `Manchester Guardian, 1854–1856.`): an
/// `article-newspaper` without a title or date of its own.
pub fn entry(text: &str, g: &Grammar) -> Option<CslItem> {
    if let Some((mut fields, pin)) = official_paper(text, g) {
        fields.page = pin.filter(|l| l.label == "page").map(|l| l.value);
        return Some(fields);
    }
    if g.newspaper_words.is_empty() || text.len() > 300 {
        return None;
    }
    // An issue or an unsigned article listed by the paper's name (`The
    // Times (London), 3 May 1760.`, `New York Times, "Title," March 3,
    // 1998, A12.`; Chicago's `New York Times. "Title." March 3, 1998.`),
    // read as notes cite one; the page as the page.
    if let Some((mut fields, pin)) = newspaper(&listed_article(text), g) {
        fields.page = pin.filter(|l| l.label == "page").map(|l| l.value);
        return Some(fields);
    }
    if text.len() > 120 {
        return None;
    }
    let (name, place, issued) = outlet_parts(text, g, false)?;
    if !newspaper_name(name, g) {
        return None;
    }
    Some(outlet_item(name, place, issued))
}

/// A list entry of an unsigned article that names the paper first and
/// closes each part with a period, as Chicago bibliographies do (`New York
/// Times. "Title." March 3, 1998.`), with commas between the parts, as
/// notes write them (`New York Times, "Title," March 3, 1998`).
fn listed_article(text: &str) -> std::borrow::Cow<'_, str> {
    let Some(open) = text.find(". ").filter(|&i| {
        text[i + 2..].starts_with(OPEN_QUOTES) && !text[..i].contains([',', '"', '“'])
    }) else {
        return text.into();
    };
    let rest = &text[open + 2..];
    let Some((title, after)) = quoted_title(rest) else {
        return text.into();
    };
    // `." ` or `". `: the title's period, then the date.
    let after = after.trim_start_matches(['.', ' ']);
    format!("{}, \u{201c}{title},\u{201d} {after}", &text[..open]).into()
}

/// A periodical named alone under a bibliography's sub-heading for
/// periodicals ([`crate::grammar::Headings::periodicals`]): `The Nation`,
/// `Vorwärts (Berlin), 1918–1933`, `Le Temps, Paris`, `『동아일보』`. Its
/// name is a few words with no digit, quotation mark or colon; an
/// `article-newspaper` without a title, as [`entry`] reads one.
pub fn periodical_entry(text: &str, g: &Grammar) -> Option<CslItem> {
    if text.len() > 160 {
        return None;
    }
    let (name, place, issued) = outlet_parts(text, g, true)?;
    let words = name.split_whitespace().count();
    if words == 0
        || words > 8
        || name.contains(|c: char| {
            c.is_ascii_digit() || matches!(c, ':' | '"' | '“' | '”' | '«' | '»' | '„' | '『' | '《')
        })
    {
        return None;
    }
    Some(outlet_item(name, place, issued))
}

/// A periodical's name, place and years as an entry names it alone: `The
/// Times (London).`, `Manchester Guardian, 1854–1856.`, `『동아일보』`; with
/// `loose`, a place may follow a comma (`Le Temps, Paris`).
fn outlet_parts<'t>(
    text: &'t str,
    g: &Grammar,
    loose: bool,
) -> Option<(&'t str, Option<&'t str>, Option<CslDate>)> {
    let body = text
        .trim()
        .trim_end_matches(['.', ' ', '。', '．'])
        .trim_matches(['*', '_']);
    let (head, after) = match body.split_once(", ") {
        Some((h, y)) => (h, Some(y.trim())),
        None => (body, None),
    };
    let mut place = None;
    let issued = match after {
        Some(y)
            if y.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–')) =>
        {
            Some(g.dates.first(y).filter(|d| d.start == 0)?.date)
        }
        Some(p)
            if loose
                && p.split_whitespace().count() <= 3
                && p.starts_with(char::is_uppercase)
                && !p.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':')) =>
        {
            place = Some(p);
            None
        }
        Some(_) => return None,
        None => None,
    };
    let head = match bracketed_name(head) {
        Some((name, rest)) if rest.trim().is_empty() => name,
        _ => head,
    };
    let (mut name, mut in_brackets) = name_and_place(head.trim());
    // `Felix Farley's Bristol Journal. Bristol, 1752–1800.`: the place
    // after the name as a sentence of its own, as lists of sources name a
    // paper with its town and years.
    if in_brackets.is_none() && issued.is_some() {
        if let Some((n, p)) = name.rsplit_once(". ") {
            if p.starts_with(char::is_uppercase)
                && p.split_whitespace().count() <= 3
                && !p.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | '.'))
                && !n.contains(". ")
            {
                (name, in_brackets) = (n, Some(p));
            }
        }
    }
    Some((name, in_brackets.or(place), issued))
}

/// An entry for a periodical named alone.
fn outlet_item(name: &str, place: Option<&str>, issued: Option<CslDate>) -> CslItem {
    CslItem {
        kind: "article-newspaper".into(),
        container_title: Some(name.to_string()),
        publisher_place: place.map(str::to_string),
        issued,
        ..Default::default()
    }
}

/// A bibliography entry whose author is an organisation, written before
/// the title as a sentence of its own (`International Labour Office.
/// Unemployment Insurance. Geneva: ILO, 1925.`, `World Bank. World
/// Development Report 2017. Washington, DC: World Bank, 2017.`): the
/// organisation (capitalised words, short lowercase ones between them, no
/// comma or digit, one of them a word of `names.organisation_words`) and
/// where the rest of the entry starts.
pub fn organisation_head(text: &str, g: &Grammar) -> Option<(String, usize)> {
    let t = text.trim_start();
    let lead = text.len() - t.len();
    let stop = t.find(". ")?;
    let head = &t[..stop];
    let words: Vec<&str> = head.split_whitespace().collect();
    // Russian names of bodies are written in sentence case (`Федеральная
    // служба государственной статистики`, `Министерство финансов
    // Российской Федерации`), as GOST lists give them.
    let cyrillic = head
        .chars()
        .all(|c| c == ' ' || c == '-' || ('\u{400}'..='\u{4ff}').contains(&c));
    if words.len() < 2
        || words.len() > 8
        || head.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | '(' | '"' | '“'))
        || !cyrillic
            && !words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    || (w.len() <= 3 && w.chars().all(char::is_lowercase))
            })
        || !words.first()?.starts_with(char::is_uppercase)
        || !words
            .iter()
            .any(|w| g.organisation_latin.contains(&w.to_lowercase()))
    {
        return None;
    }
    Some((head.to_string(), lead + stop + 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::Grammar;

    /// [`newspaper_name`] looks a word up by bisection: the grammar's
    /// newspaper words are sorted, and each is found so.
    #[test]
    fn newspaper_words_are_sorted_for_bisection() {
        let g = Grammar::builtin();
        let words = &g.newspaper_words;
        assert!(!words.is_empty());
        assert!(words.windows(2).all(|w| w[0] < w[1]));
        for w in words {
            assert!(words.binary_search_by(|n| n.as_str().cmp(w)).is_ok());
        }
        assert!(newspaper_name("Frankfurter Allgemeine Zeitung", &g));
        assert!(newspaper_name("N.Y. TIMES", &g));
        // Bluebook abbreviations of the words (table T13).
        assert!(newspaper_name("WALL ST. J.", &g));
        assert!(newspaper_name("Wall St. J.", &g));
        assert!(newspaper_name("WALL ST. J", &g));
        assert!(newspaper_name("CHI. TRIB.", &g));
        assert!(newspaper_name("S.F. CHRON.", &g));
        assert!(newspaper_name("ATLANTA J.-CONST.", &g));
        // A person or a judge, and law reviews, are none.
        assert!(!newspaper_name("J. Smith", &g));
        assert!(!newspaper_name("Denning J.", &g));
        assert!(!newspaper_name("YALE L.J.", &g));
        assert!(!newspaper_name("HARV. L. REV.", &g));
        assert!(!newspaper_name("AM. J. INT'L L.", &g));
        assert!(!newspaper_name("YALE J. ON REG.", &g));
        assert!(!newspaper_name("Sophie Chabapont et Marie Belricourt", &g));
    }

    #[test]
    fn a_korean_newspaper_cited_by_date_then_headline() {
        assert_eq!(
            news("『동아일보』 1925. 3. 4., 「群山 米穀商의 活動」."),
            Some((
                Some("群山 米穀商의 活動".into()),
                "동아일보".into(),
                vec![vec![1925, 3, 4]],
                None
            ))
        );
        assert_eq!(
            news("『독립신문』 1899년 6월 10일자, 「곡가 고등」, 2면."),
            Some((
                Some("곡가 고등".into()),
                "독립신문".into(),
                vec![vec![1899, 6, 10]],
                Some("2".into())
            ))
        );
        // A word of the piece's kind before the headline is its genre.
        let g = Grammar::builtin();
        let (f, _) = newspaper(
            "『조선일보』 1928년 11월 2일자 사설, 「群山港의 將來」.",
            &g,
        )
        .unwrap();
        assert_eq!(f.genre.as_deref(), Some("사설"));
        assert_eq!(f.title.as_deref(), Some("群山港의 將來"));
        // Prose there is no kind.
        assert!(news("『동아일보』 1925. 3. 4.에 실린 글, 「米價」.").is_none());
    }

    /// Title, newspaper, date and pinpoint.
    type News = (Option<String>, String, Vec<Vec<i32>>, Option<String>);

    fn news(s: &str) -> Option<News> {
        let g = Grammar::builtin();
        let (f, pin) = newspaper(s, &g)?;
        Some((
            f.title,
            f.container_title.unwrap_or_default(),
            f.issued.map(|d| d.date_parts).unwrap_or_default(),
            pin.map(|l| l.value),
        ))
    }

    #[test]
    fn a_gazette_is_cited_by_its_issuer_and_the_date_of_its_issue() {
        let d = |y, m, d| vec![vec![y, m, d]];
        assert_eq!(
            news("조선총독부 관보, 1912. 3. 18., 3면."),
            Some((
                None,
                "조선총독부 관보".into(),
                d(1912, 3, 18),
                Some("3".into())
            ))
        );
        // A short name defined after the date leaves the page.
        assert_eq!(
            news("朝鮮總督府 官報, 1912. 3. 18.(이하 \"관보\"), 3면."),
            Some((
                None,
                "朝鮮總督府 官報".into(),
                d(1912, 3, 18),
                Some("3".into())
            ))
        );
        // Words of prose before the paper's name are no issuer.
        assert_eq!(news("이에 대해서는 동아일보, 1925. 3. 4., 2면."), None);
        assert_eq!(news("자세한 것은 관보, 1925. 3. 4., 2면."), None);
    }

    #[test]
    fn newspaper_issues_and_articles() {
        let d = |y, m, d| vec![vec![y, m, d]];
        assert_eq!(
            news("The Times (London), 23 January 1855, 8."),
            Some((None, "The Times".into(), d(1855, 1, 23), Some("8".into())))
        );
        assert_eq!(
            news("Le Monde, 12 mars 1968, p. 3."),
            Some((None, "Le Monde".into(), d(1968, 3, 12), Some("3".into())))
        );
        assert_eq!(
            news("Frankfurter Allgemeine Zeitung, 4.5.1990, S. 2."),
            Some((
                None,
                "Frankfurter Allgemeine Zeitung".into(),
                d(1990, 5, 4),
                Some("2".into())
            ))
        );
        assert_eq!(
            news("New York Times, Oct. 3, 1921."),
            Some((None, "New York Times".into(), d(1921, 10, 3), None))
        );
        assert_eq!(
            news("\"Strike Spreads,\" New York Times, October 3, 1921, 1."),
            Some((
                Some("Strike Spreads".into()),
                "New York Times".into(),
                d(1921, 10, 3),
                Some("1".into())
            ))
        );
        assert_eq!(
            news("„Die Krise der Koalition\", in: Der Spiegel, Nr. 12 vom 18.3.1974, S. 22."),
            Some((
                Some("Die Krise der Koalition".into()),
                "Der Spiegel".into(),
                d(1974, 3, 18),
                Some("22".into())
            ))
        );
        // No newspaper's word, no day, or prose after the date.
        assert_eq!(news("Gladstone to Wood, 14 March 1855."), None);
        assert_eq!(news("The Times (London), January 1855."), None);
        assert_eq!(
            news("The Times, 23 January 1855, which reported the loss."),
            None
        );
        assert_eq!(news("Smith, Politics and the Press, 1990, 45."), None);
    }

    /// Type, title, series, date, volume, number and pinpoint.
    type Paper = (
        String,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<(String, String)>,
    );

    fn paper(s: &str) -> Option<Paper> {
        let g = Grammar::builtin();
        let (f, pin) = official_paper(s, &g)?;
        Some((
            f.kind,
            f.title,
            f.container_title.unwrap_or_default(),
            f.issued.map(|d| format!("{:?}", d.date_parts)),
            f.volume,
            f.number,
            pin.map(|l| (l.label, l.value)),
        ))
    }

    #[test]
    fn bills_by_their_numbers_and_hearings() {
        let s = |x: &str| Some(x.to_string());
        let pin = |l: &str, v: &str| Some((l.to_string(), v.to_string()));
        assert_eq!(
            paper("Fourth Amendment Is Not For Sale Act, H.R. 4639, 118th Cong. (2023)."),
            Some((
                "bill".into(),
                s("Fourth Amendment Is Not For Sale Act"),
                "118th Cong.".into(),
                s("[[2023]]"),
                None,
                s("H.R. 4639"),
                None
            ))
        );
        assert_eq!(
            paper("S. 1409, 117th Cong. § 3 (2021)."),
            Some((
                "bill".into(),
                None,
                "117th Cong.".into(),
                s("[[2021]]"),
                None,
                s("S. 1409"),
                pin("section", "§ 3")
            ))
        );
        assert_eq!(
            paper("H.R. Res. 112, 116th Cong. (2019)").map(|p| (p.0, p.5)),
            Some(("bill".into(), s("H.R. Res. 112")))
        );
        assert_eq!(
            paper("S. Con. Res. 7, 115th Cong. (2017)").map(|p| (p.0, p.5)),
            Some(("bill".into(), s("S. Con. Res. 7")))
        );
        // A hearing stays one, and a report of a house is no bill.
        assert_eq!(
            paper("Privacy: Hearing Before the S. Comm. on the Judiciary, 116th Cong. (2019).")
                .map(|p| (p.0, p.5)),
            Some(("hearing".into(), None))
        );
        // A number that is no bill's mark (`Title, No. 5`) or a mark with
        // letters after its number makes no bill.
        assert_eq!(
            paper("Data Act, H.R. 12a, 116th Cong. (2019)").map(|p| p.0),
            Some("hearing".into())
        );
        let g = Grammar::builtin();
        assert!(opens_bill("S. 1409, 117th Cong. § 3 (2021).", &g));
        assert!(!opens_bill("S. 12, Rn. 4.", &g));
    }

    /// Bluebook rule 13.3: in a hearing, the number after `NNNth Cong.`
    /// is the page cited, before the year and a statement in brackets;
    /// the Congressional Record's number stays its volume.
    #[test]
    fn a_number_after_a_congress_is_the_page_of_the_hearing() {
        let s = |x: &str| Some(x.to_string());
        let pin = |l: &str, v: &str| Some((l.to_string(), v.to_string()));
        assert_eq!(
            paper("Hearing on Foreign Influence Before the S. Comm. on the Judiciary, 117th Cong. 45 (2021) (statement of Prof. Anne Liu)."),
            Some((
                "hearing".into(),
                s("Hearing on Foreign Influence Before the S. Comm. on the Judiciary"),
                "117th Cong.".into(),
                s("[[2021]]"),
                None,
                None,
                pin("page", "45")
            ))
        );
        assert_eq!(
            paper("Oversight: Hearing Before the Subcomm. on Africa of the H. Comm. on Foreign Affs., 116th Cong. 12–14 (2019).")
                .and_then(|p| p.6),
            Some(("page".into(), "12–14".into()))
        );
        assert_eq!(
            paper("Cong. Rec. 112 (1966): 4567.").map(|p| (p.4, p.6)),
            Some((s("112"), pin("page", "4567")))
        );
    }

    #[test]
    fn parliamentary_papers() {
        let s = |x: &str| Some(x.to_string());
        let pin = |l: &str, v: &str| Some((l.to_string(), v.to_string()));
        assert_eq!(
            paper("Hansard, HC Deb 12 March 1855, vol. 137, col. 345."),
            Some((
                "hearing".into(),
                None,
                "HC Deb".into(),
                s("[[1855, 3, 12]]"),
                s("137"),
                None,
                pin("column", "345")
            ))
        );
        assert_eq!(
            paper("Parl. Deb. (3d ser.) (1855) 137 col. 345"),
            Some((
                "hearing".into(),
                None,
                "Parl. Deb.".into(),
                s("[[1855]]"),
                s("137"),
                None,
                pin("column", "345")
            ))
        );
        assert_eq!(
            paper("House of Commons Papers, 1854–55 (318), IX, 1."),
            Some((
                "report".into(),
                None,
                "House of Commons Papers".into(),
                s("[[1855]]"),
                s("IX"),
                s("318"),
                pin("page", "1")
            ))
        );
        assert_eq!(
            paper("PP 1854–55 (318) IX.1"),
            Some((
                "report".into(),
                None,
                "PP".into(),
                s("[[1855]]"),
                s("IX"),
                s("318"),
                pin("page", "1")
            ))
        );
        assert_eq!(
            paper("Report of the Select Committee on Transport, PP 1861 (438) V."),
            Some((
                "report".into(),
                s("Report of the Select Committee on Transport"),
                "PP".into(),
                s("[[1861]]"),
                s("V"),
                s("438"),
                None
            ))
        );
        assert_eq!(
            paper("BT-Drs. 17/1234, S. 5."),
            Some((
                "report".into(),
                None,
                "BT-Drs.".into(),
                None,
                None,
                s("17/1234"),
                pin("page", "5")
            ))
        );
        assert_eq!(
            paper("Cong. Rec. 112 (1966): 4567."),
            Some((
                "bill".into(),
                None,
                "Cong. Rec.".into(),
                s("[[1966]]"),
                s("112"),
                None,
                pin("page", "4567")
            ))
        );
        assert_eq!(
            paper("Journal officiel, Débats parlementaires, Assemblée nationale, 12 mars 1968, p. 745."),
            Some(("hearing".into(), None, "Journal officiel".into(), s("[[1968, 3, 12]]"), None, None, pin("page", "745")))
        );
        // The bodies before the title are its author.
        let g = Grammar::builtin();
        let (f, pin) = official_paper(
            "U.S. Congress, Senate, Committee on Foreign Relations, Hearings on the Vietnam War, 89th Cong., 2d sess., 1966, 45.",
            &g,
        )
        .unwrap();
        assert_eq!(
            (
                f.kind.as_str(),
                f.author[0].literal.as_deref(),
                f.title.as_deref(),
                f.year(),
                pin.map(|l| l.value)
            ),
            (
                "hearing",
                Some("U.S. Congress, Senate, Committee on Foreign Relations"),
                Some("Hearings on the Vietnam War"),
                Some(1966),
                Some("45".to_string())
            )
        );
        // Prose after the numbers, a series inside prose.
        assert_eq!(
            paper("HC Deb 12 March 1855, col. 345, where Roebuck spoke."),
            None
        );
        assert_eq!(paper("The debate in HC Deb was short."), None);
    }
}
