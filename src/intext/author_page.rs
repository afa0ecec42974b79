//! Author-page citations (MLA): `(Said 45)`, `(Said, Orientalism 3)`,
//! `("Can the Subaltern Speak?" 283)`, `(Boehmer and Tickell 22-25)`,
//! `(Smith et al. 12)`, `(qtd. in Lee 4)` (Lee's work is the one read), and a page alone (`(19)`,
//! `(par. 4)`) after a sentence that names the author.
//!
//! They carry no year, so their shape alone says little: `(Table 2)`,
//! `(Phase 3)` and `(London 12)` have it too. The scanner only finds the
//! shapes; `resolve::in_text` keeps those whose names or title match a
//! reference-list entry, and reports the others only in a paper that
//! clearly cites this way (see there).

use super::{collapse, reject_names, InTextCitation};
use crate::grammar::Grammar;
use crate::model::{CitationKind, Locator, Site};
use crate::source::Span;

/// Most words a name part may have (`Boehmer and Tickell`, `van der Berg
/// et al.`).
const MAX_NAME_WORDS: usize = 8;

/// Most bytes of a locator with its word (`pp. 1234-1240, 1302`).
const MAX_LOCATOR: usize = 40;

/// Most characters of a short title.
const MAX_TITLE: usize = 120;

/// One part of a parenthetical group, read as an author-page citation.
#[derive(Debug, Clone, PartialEq)]
struct Part {
    /// Where the cited text (names or title) starts in the part.
    start: usize,
    /// The signal before it (`see`, `cf.`).
    signal: Option<String>,
    /// The names, as written.
    names: Option<String>,
    /// The short title, without its quotation marks.
    title: Option<String>,
    /// The pinpoint.
    locator: Option<Locator>,
}

/// The author-page citations of the parenthetical group `content` (the
/// text inside the parentheses, at byte `base` of the input), pushed to
/// `out`. A group that holds nothing but a locator (`(19)`, `(par. 4)`) is
/// a page alone: a narrative citation whose author is named before it.
pub(super) fn group(
    content: &str,
    base: usize,
    site: &Site,
    grammar: &Grammar,
    out: &mut Vec<InTextCitation>,
) {
    let mut at = 0;
    let pieces: Vec<(usize, &str)> = content
        .split(';')
        .map(|p| {
            let piece = (at, p);
            at += p.len() + 1;
            piece
        })
        .collect();
    if let [(_, only)] = pieces.as_slice() {
        if let Some(c) = page_alone(only, base, site, grammar) {
            out.push(c);
            return;
        }
    }
    for (offset, piece) in pieces {
        let Some(p) = part(piece, grammar) else {
            continue;
        };
        let text = piece[p.start..].trim_end();
        let start = base + offset + p.start;
        out.push(InTextCitation {
            span: Span::new(start, start + text.len()),
            text: collapse(text),
            kind: CitationKind::AuthorPage,
            label: None,
            authors: p.names,
            title: p.title,
            date: None,
            signal: p.signal,
            locator: p.locator,
            site: site.clone(),
            page_or_year: false,
            indirect: false,
        });
    }
}

/// Reads an author-page citation of an HTML paper again from `view` (the
/// text with its markup blanked, entities as written), its character
/// references decoded: the scan reads a reference as its character and
/// spaces (offsets stay true), so `&quot;Three Women&#x27;s Texts&quot;`
/// would keep those spaces in its text and title.
pub(super) fn decode(c: &mut InTextCitation, view: &str, grammar: &Grammar) {
    let Some(raw) = view
        .get(c.span.start..c.span.end)
        .filter(|r| r.contains('&'))
    else {
        return;
    };
    let decoded = crate::text::decode_entities(raw);
    match part(&decoded, grammar) {
        Some(p) if c.authors.is_some() || c.title.is_some() => {
            c.text = collapse(&decoded[p.start..]);
            c.authors = p.names;
            c.title = p.title;
        }
        _ => c.text = collapse(&decoded),
    }
}

/// A group that is a locator alone: `(19)`, `(45-46)`, `(xii)`, `(par.
/// 4)`, `(2: 45)`.
pub(super) fn page_alone(
    content: &str,
    base: usize,
    site: &Site,
    grammar: &Grammar,
) -> Option<InTextCitation> {
    let (at, locator) = trailing_locator(content, grammar)?;
    if !content[..at].trim().is_empty() {
        return None;
    }
    let lead = content.len() - content.trim_start().len();
    let text = content.trim();
    Some(InTextCitation {
        span: Span::new(base + lead, base + lead + text.len()),
        text: text.to_string(),
        kind: CitationKind::AuthorPage,
        label: None,
        authors: None,
        title: None,
        date: None,
        signal: None,
        locator: Some(locator),
        site: Site {
            narrative: true,
            ..site.clone()
        },
        page_or_year: false,
        indirect: false,
    })
}

/// Most bytes from the first name of an author-page citation in a note's
/// prose to its page (`Young, White Mythologies: Writing History and the
/// West 12`).
const MAX_IN_PROSE: usize = 200;

/// An author-page citation written in the prose of a note, without
/// parentheses: where it is in the note's text, and what it names.
#[derive(Debug, Clone, PartialEq)]
pub struct InProse {
    /// Where it starts (its first name) in the note's text.
    pub start: usize,
    /// Where it ends (after its page).
    pub end: usize,
    /// The signal right before it (`see`, `see also`, `compare`).
    pub signal: Option<String>,
    /// The names, as written.
    pub names: String,
    /// The short title, without its quotation marks.
    pub title: Option<String>,
    /// The pinpoint.
    pub locator: Locator,
}

/// The author-page citations written in the prose of a note (MLA notes:
/// `See Said 45-46 and Bhabha 90 for the two positions.`, `For a
/// different view, see Young, White Mythologies 12.`). Each opens with a
/// capitalised word that `is_author` knows as a first author's family
/// name, and ends with the first page number after it in the same clause
/// (no semicolon, bracket or sentence end between, at most
/// [`MAX_IN_PROSE`] bytes on); what lies between must read as a part of a
/// group does (`Names[, Title] Page`), so `Said argues in chapter 3` is
/// none. A year alone is no page: `Said 1978` cites by author and year.
pub fn in_prose(note: &str, is_author: impl Fn(&str) -> bool, grammar: &Grammar) -> Vec<InProse> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some((start, word)) = next_capitalised_word(note, from) {
        from = start + word.len();
        if !is_author(word) {
            continue;
        }
        let Some(end) = page_end(note, start) else {
            continue;
        };
        let Some(p) = part(&note[start..end], grammar) else {
            continue;
        };
        if let (Some(names), Some(locator)) = (p.names, p.locator) {
            let cited = InProse {
                start,
                end,
                signal: signal_before(&note[..start], grammar),
                names,
                title: p.title,
                locator,
            };
            from = end;
            // `Bhabha 90; 112`: a page alone after the group's part cites
            // the same work again.
            let mut more = Vec::new();
            while let Some((a, b, signal, locator)) = page_after_part(note, from, grammar) {
                more.push(InProse {
                    start: a,
                    end: b,
                    signal,
                    locator,
                    ..cited.clone()
                });
                from = b;
            }
            out.push(cited);
            out.extend(more);
        }
    }
    out
}

/// A page alone that follows a part of a group at byte `from` of `note`,
/// after a semicolon and perhaps a signal (`Bhabha 90; 112`, `Said 45; see
/// also 67-69.`): its start and end, the signal and the locator. It ends
/// the group, the note or the sentence; a year alone (`; 1978`) is none.
fn page_after_part(
    note: &str,
    from: usize,
    grammar: &Grammar,
) -> Option<(usize, usize, Option<String>, Locator)> {
    let rest = note[from..].strip_prefix(';')?;
    let mut at = from + 1 + (rest.len() - rest.trim_start().len());
    let mut signal = None;
    if let Some(m) = grammar.signals.find(&note[at..]).filter(|m| m.start == 0) {
        signal = Some(note[at..at + m.end].trim().to_string());
        at += m.end;
        at += note[at..].len() - note[at..].trim_start().len();
    }
    if !note[at..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let end = page_end(note, at)?;
    let page = &note[at..end];
    let after = note[end..].trim_start();
    let closes =
        matches!(after, "" | ".") || after.starts_with([';', ')']) || after.starts_with(". ");
    let year = page.len() == 4 && crate::grammar::is_year(page);
    (closes && !year && page.len() <= 15).then(|| {
        (
            at,
            end,
            signal,
            Locator {
                label: "page".into(),
                value: crate::grammar::locator_value(page),
                ..Default::default()
            },
        )
    })
}

/// The signal that ends `before` (`see`, `see also`, `cf.`), a word of
/// the grammars' signals that starts a word: looked for in its last 24
/// bytes.
fn signal_before(before: &str, grammar: &Grammar) -> Option<String> {
    let t = before.trim_end().trim_end_matches(',');
    let from = crate::source::floor_char_boundary(t, t.len().saturating_sub(24));
    t[from..]
        .char_indices()
        .map(|(i, _)| from + i)
        .filter(|&at| at == 0 || t[..at].ends_with(' '))
        .find_map(|at| {
            let word = &t[at..];
            grammar
                .signals
                .find(word)
                .filter(|m| m.start == 0 && m.end == word.len())
                .map(|_| word.to_string())
        })
}

/// The next word of `s` at or after byte `from` that opens with a
/// capital, and where it starts. A word is a run of letters, apostrophes
/// and hyphens.
fn next_capitalised_word(s: &str, from: usize) -> Option<(usize, &str)> {
    let in_word = |c: char| c.is_alphabetic() || matches!(c, '\'' | '’' | '-');
    let mut start = None;
    let mut prev_in_word = s[..from].ends_with(in_word);
    for (i, c) in s[from..].char_indices() {
        let i = from + i;
        let inside = in_word(c);
        match start {
            None if inside && !prev_in_word && c.is_uppercase() => start = Some(i),
            Some(a) if !inside => return Some((a, &s[a..i])),
            _ => {}
        }
        prev_in_word = inside;
    }
    start.map(|a| (a, &s[a..]))
}

/// Where the page that ends an author-page citation opening at byte
/// `start` of `note` ends: after the first number in the same clause and
/// the ranges and numbers joined to it (`45-46`, `45, 48`).
fn page_end(note: &str, start: usize) -> Option<usize> {
    let limit = crate::source::floor_char_boundary(note, (start + MAX_IN_PROSE).min(note.len()));
    let window = &note[start..limit];
    for (i, c) in window.char_indices() {
        match c {
            ';' | '(' | ')' | '[' | ']' | '\n' => return None,
            '.' | '!' | '?' => {
                // A sentence ends where a capital follows the space.
                let after = window[i + 1..].strip_prefix(' ');
                if after.is_some_and(|a| a.starts_with(char::is_uppercase)) {
                    return None;
                }
            }
            _ if c.is_ascii_digit() => {
                let mut end = i + window[i..]
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(window.len() - i);
                // `45-46`, `45–46`, `45, 48`: a range or a list of pages.
                loop {
                    let rest = &window[end..];
                    let joiner = ["-", "–", ", ", ","].iter().find(|j| {
                        rest.starts_with(**j)
                            && rest[j.len()..].starts_with(|c: char| c.is_ascii_digit())
                    });
                    let Some(j) = joiner else { break };
                    let digits = &rest[j.len()..];
                    end += j.len()
                        + digits
                            .find(|c: char| !c.is_ascii_digit())
                            .unwrap_or(digits.len());
                }
                return Some(start + end);
            }
            _ => {}
        }
    }
    None
}

/// Reads one part of a group: `[signal] [qtd. in] Names[, Title] Locator`,
/// `[signal] "Title" Locator`, or `Names, Title` without a locator.
fn part(piece: &str, grammar: &Grammar) -> Option<Part> {
    let mut start = piece.len() - piece.trim_start().len();
    let mut signal = None;
    // `see`, `cf.`, and `qtd. in`: the work named after `qtd. in` is the
    // one read (the list holds it), so its words are a signal here.
    let rest = &piece[start..];
    let opening = grammar
        .cited_in
        .find(rest)
        .or_else(|| grammar.signals.find(rest))
        .filter(|m| m.start == 0);
    if let Some(m) = opening {
        signal = Some(rest[..m.end].trim().trim_end_matches(',').to_string());
        start += m.end;
        start += piece[start..].len() - piece[start..].trim_start().len();
    }
    let rest = &piece[start..];
    let (head, locator) = match trailing_locator(rest, grammar) {
        Some((at, loc)) => (&rest[..at], Some(loc)),
        None => (rest, None),
    };
    let head = head.trim().trim_end_matches(',').trim_end();
    if head.is_empty() {
        return None;
    }
    // `("Can the Subaltern Speak?" 283)`: a title alone.
    if let Some(title) = quoted(head) {
        locator.as_ref()?;
        return Some(Part {
            start,
            signal,
            names: None,
            title: Some(title.to_string()),
            locator,
        });
    }
    let (names, title) = match head.split_once(',') {
        Some((names, title)) => {
            let title = title.trim();
            let title = quoted(title).unwrap_or(title);
            (names.trim(), Some(title).filter(|t| !locator_word(t)))
        }
        None => (head, None),
    };
    if !name_shaped(names, grammar) {
        return None;
    }
    if let Some(t) = title {
        if t.is_empty() || t.chars().count() > MAX_TITLE || t.contains(['(', ')']) {
            return None;
        }
    }
    // Names alone, with neither title nor page, are as often an
    // abbreviation defined (`the World Health Organization (WHO)`) as a
    // citation of a whole work.
    if locator.is_none() && title.is_none() {
        return None;
    }
    Some(Part {
        start,
        signal,
        names: Some(names.to_string()),
        title: title.map(str::to_string),
        locator,
    })
}

/// A word of a locator no grammar lists (`sc. 2`, `bk. 4`): one
/// lowercase abbreviation. It stands where a short title would, but
/// titles open with a capital.
fn locator_word(s: &str) -> bool {
    s.ends_with('.') && !s.contains(' ') && s.chars().next().is_some_and(char::is_lowercase)
}

/// The text between the quotation marks of `s`, when `s` is a quoted
/// title (`"Can the Subaltern Speak?"`, `“Of Mimicry and Man”`), its last
/// punctuation left out.
fn quoted(s: &str) -> Option<&str> {
    let inner = s
        .strip_prefix(['"', '“', '„', '«'])?
        .trim_end()
        .strip_suffix(['"', '”', '“', '»'])?;
    let inner = inner.trim().trim_end_matches([',', '.']);
    (!inner.is_empty() && !inner.contains(['"', '“', '”'])).then_some(inner)
}

/// Whether `s` reads as the names of a citation: capitalised words (and
/// the particles, and the grammars' `in_text` join and et-al words between
/// them), no digits, none of the words that label a figure, a table or a
/// month.
fn name_shaped(s: &str, grammar: &Grammar) -> bool {
    if s.is_empty() || s.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '"' | '“')) {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_NAME_WORDS {
        return false;
    }
    // `de Man`, `van Gogh`: a particle may open the names.
    let first = words
        .iter()
        .find(|w| !super::is_particle(w))
        .copied()
        .unwrap_or("");
    if !first.starts_with(crate::text::opens_name) || reject_names(s) {
        return false;
    }
    // `Figure 3`, `Abb. 2`: the first word labels what the number counts.
    if grammar.ends_with_label_word(words[0]) {
        return false;
    }
    words.iter().all(|w| {
        let bare = w.trim_end_matches([',', '.']);
        w.starts_with(crate::text::opens_name)
            || bare.is_empty()
            || super::is_particle(bare)
            || grammar.in_text_join.iter().any(|a| a == bare || a == *w)
            || grammar
                .in_text_et_al
                .iter()
                .any(|e| e.split_whitespace().any(|x| x == *w))
    })
}

/// The locator that ends `s`, and where it starts: page numbers (`45`,
/// `22-25`, `45, 48`, `xii`), a volume and page (`2: 45`), or a locator
/// word of the grammars with its number (`p. 45`, `par. 4`, `ch. 2`).
/// A year alone (`1978`) is no page: that part cites by author and year.
fn trailing_locator(s: &str, grammar: &Grammar) -> Option<(usize, Locator)> {
    let t = s.trim_end();
    // Every locator has a number (the lexicons of pinpoints are compiled
    // at their first use: most papers never need them).
    if !t.contains(|c: char| c.is_ascii_digit() || is_roman_char(c)) {
        return None;
    }
    // A locator word first (`par. 6` is no title `par.` and page 6): tried
    // where a word starts, from the left, so that the longest locator
    // that runs to the end wins.
    let starts = std::iter::once(0)
        .chain(
            t.char_indices()
                .filter(|&(_, c)| c == ' ' || c == ',')
                .map(|(i, c)| i + c.len_utf8()),
        )
        .filter(|&at| t.len() - at <= MAX_LOCATOR);
    for at in starts {
        let rest = &t[at..];
        let lead = rest.len() - rest.trim_start().len();
        let rest = rest.trim_start();
        if !rest.contains(|c: char| c.is_ascii_digit()) {
            break;
        }
        // A bare number is read below, without the lexicons; and a word
        // of a locator stands apart from its number (`par. 6`, `¶ 6`, not
        // `Y01234567`).
        if rest.starts_with(|c: char| c.is_ascii_digit()) || !word_then_number(rest) {
            continue;
        }
        let found = grammar
            .page
            .find(rest)
            .filter(|m| m.start == 0)
            .map(|m| ("page", m))
            .or_else(|| grammar.pinpoint(rest).filter(|(_, m)| m.start == 0));
        if let Some((label, m)) = found {
            if m.end == rest.len() {
                let (a, b) = m.number?;
                return Some((
                    at + lead,
                    Locator {
                        label: label.to_string(),
                        value: crate::grammar::locator_value(&rest[a..b]),
                        ..Default::default()
                    },
                ));
            }
        }
    }
    // Bare numbers, read back from the end.
    let mut at = t.len();
    let mut seen = false;
    for (i, c) in t.char_indices().rev() {
        if c.is_ascii_digit() || matches!(c, '-' | '–' | ',' | ' ' | ':') || is_roman_char(c) {
            at = i;
            seen |= c.is_ascii_digit() || is_roman_char(c);
        } else {
            break;
        }
    }
    if seen {
        // Back to the start of a number: `Smith, Title 45` stops after
        // `Title `, not inside a word that ends in a roman letter.
        let mut at = at;
        if t[..at].ends_with(char::is_alphabetic) {
            // Roman letters that end a word (`Gikandi 14`) are no number.
            at += t[at..].find([' ', ',']).unwrap_or(t.len() - at);
        }
        let span = &t[at..];
        let lead = span.len() - span.trim_start_matches([' ', ',', '-', '–', ':']).len();
        let at = at + lead;
        let value = &t[at..];
        let before_ok = t[..at].is_empty() || t[..at].ends_with([' ', ',']);
        if before_ok && pages_shaped(value) && !year_alone(value) {
            return Some((
                at,
                Locator {
                    label: "page".into(),
                    value: collapse(value),
                    ..Default::default()
                },
            ));
        }
    }
    None
}

/// Whether `s` ends in numbers (`6`, `45-46`, `3, 5`) set apart from the
/// word before them by a space or a period (`par. 6`, `ch 2`, `¶ 6`).
fn word_then_number(s: &str) -> bool {
    let head =
        s.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | ',' | ' '));
    let number = &s[head.len()..];
    !head.is_empty()
        && number.contains(|c: char| c.is_ascii_digit())
        && (number.starts_with(' ') || head.ends_with(['.', '¶', '§']))
}

/// Letters of lowercase roman numerals (`xii`, `iv`).
fn is_roman_char(c: char) -> bool {
    matches!(c, 'i' | 'v' | 'x' | 'l' | 'c')
}

/// Whether `v` is a list of pages: numbers or lowercase roman numerals,
/// each alone or a range, separated by commas, a volume before a colon
/// at most once (`2: 45`).
fn pages_shaped(v: &str) -> bool {
    let (volume, pages) = match v.split_once(':') {
        Some((vol, p)) => (Some(vol.trim()), p),
        None => (None, v),
    };
    if volume.is_some_and(|vol| vol.is_empty() || !vol.chars().all(|c| c.is_ascii_digit())) {
        return false;
    }
    let number = |n: &str| {
        let n = n.trim();
        (!n.is_empty() && n.len() <= 6 && n.chars().all(|c| c.is_ascii_digit())) || is_roman(n)
    };
    pages.split(',').all(|item| {
        let mut ends = item.split(['-', '–']);
        let first = ends.next().is_some_and(number);
        let second = ends.next().is_none_or(number);
        first && second && ends.next().is_none()
    })
}

/// A lowercase roman numeral up to 39 (`xii`, `iv`, `xxxix`).
fn is_roman(n: &str) -> bool {
    let tens = n.len() - n.trim_start_matches('x').len();
    let rest = &n[tens..];
    tens <= 3
        && !n.is_empty()
        && matches!(
            rest,
            "" | "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix"
        )
}

/// A four-digit number alone that reads as a year (`1978`).
fn year_alone(v: &str) -> bool {
    v.len() == 4 && v.chars().all(|c| c.is_ascii_digit()) && crate::grammar::is_year(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grammar() -> &'static Grammar {
        static G: std::sync::LazyLock<Grammar> = std::sync::LazyLock::new(Grammar::builtin);
        &G
    }

    fn read(s: &str) -> Option<(Option<String>, Option<String>, Option<String>)> {
        part(s, grammar()).map(|p| (p.names, p.title, p.locator.map(|l| l.value)))
    }

    fn some(
        n: Option<&str>,
        t: Option<&str>,
        l: Option<&str>,
    ) -> Option<(Option<String>, Option<String>, Option<String>)> {
        Some((
            n.map(String::from),
            t.map(String::from),
            l.map(String::from),
        ))
    }

    #[test]
    fn names_titles_and_pages() {
        assert_eq!(read("Said 45"), some(Some("Said"), None, Some("45")));
        assert_eq!(read("Gikandi 14"), some(Some("Gikandi"), None, Some("14")));
        assert_eq!(
            read("Gikandi xii"),
            some(Some("Gikandi"), None, Some("xii"))
        );
        assert_eq!(
            read("Said, Culture and Imperialism 52"),
            some(Some("Said"), Some("Culture and Imperialism"), Some("52"))
        );
        assert_eq!(
            read(" Boehmer and Tickell 22-25"),
            some(Some("Boehmer and Tickell"), None, Some("22-25"))
        );
        assert_eq!(
            read("Smith et al. 12"),
            some(Some("Smith et al."), None, Some("12"))
        );
        assert_eq!(
            read("Gikandi xii"),
            some(Some("Gikandi"), None, Some("xii"))
        );
        assert_eq!(read("Marx 1: 45"), some(Some("Marx"), None, Some("1: 45")));
        assert_eq!(
            read("Said 45, 48"),
            some(Some("Said"), None, Some("45, 48"))
        );
        assert_eq!(
            read("\"Can the Subaltern Speak?\" 283"),
            some(None, Some("Can the Subaltern Speak?"), Some("283"))
        );
        assert_eq!(
            read("Spivak, “Can the Subaltern” 283"),
            some(Some("Spivak"), Some("Can the Subaltern"), Some("283"))
        );
        assert_eq!(
            read("Said, Orientalism"),
            some(Some("Said"), Some("Orientalism"), None)
        );
        assert_eq!(read("Smith, p. 45"), some(Some("Smith"), None, Some("45")));
        assert_eq!(read("Nair, par. 6"), some(Some("Nair"), None, Some("6")));
        assert_eq!(
            read("Marlowe, sc. 2"),
            some(Some("Marlowe"), None, Some("2"))
        );
    }

    #[test]
    fn signals_and_quoted_through() {
        let p = part("qtd. in Lee 4", grammar()).unwrap();
        assert_eq!(p.signal.as_deref(), Some("qtd. in"));
        assert_eq!(p.names.as_deref(), Some("Lee"));
        let p = part("see Said 45", grammar()).unwrap();
        assert_eq!(p.signal.as_deref(), Some("see"));
        assert_eq!(p.names.as_deref(), Some("Said"));
    }

    #[test]
    fn other_parentheses_are_no_citations() {
        for s in [
            "Table 2",
            "Figure 3",
            "June 12",
            "Said 1978",
            "Said",
            "WHO",
            "see below",
            "de 12",
            "the civil war",
            "London: Verso",
            "2019",
            "n = 45",
            "Said 45 and more",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }

    #[test]
    fn pages_alone() {
        let site = Site {
            paragraph: 0,
            section: None,
            narrative: false,
        };
        let c = page_alone(" 19", 10, &site, grammar()).unwrap();
        assert_eq!((c.span.start, c.span.end), (11, 13));
        assert!(c.site.narrative);
        assert_eq!(c.locator.unwrap().value, "19");
        assert!(page_alone("par. 4", 0, &site, grammar()).is_some());
        assert!(page_alone("Said 4", 0, &site, grammar()).is_none());
        assert!(page_alone("1999", 0, &site, grammar()).is_none());
    }

    #[test]
    fn locator_words_stand_apart_from_their_numbers() {
        for s in ["par. 6", "ch 2", "¶ 6", "pp. 45-46", "§3", "ll. 3, 5"] {
            assert!(word_then_number(s), "{s}");
        }
        for s in ["GR-2017X4Y01234567", "A5", "6", "약칭 2019 협정", "par."] {
            assert!(!word_then_number(s), "{s}");
        }
    }

    #[test]
    fn roman_numerals() {
        for n in ["i", "iv", "ix", "xii", "xxxix"] {
            assert!(is_roman(n), "{n}");
        }
        for n in ["", "civil", "ill", "xxxx", "iiii", "vx"] {
            assert!(!is_roman(n), "{n}");
        }
    }

    /// (text, names, title, page, signal) of a citation in a note's prose.
    type Found<'n> = (&'n str, String, Option<String>, String, Option<String>);

    /// What [`in_prose`] finds in `note`, the known first authors being
    /// Said, Bhabha and Young.
    fn prose(note: &str) -> Vec<Found<'_>> {
        let known = |w: &str| matches!(w, "Said" | "Bhabha" | "Young");
        in_prose(note, known, grammar())
            .into_iter()
            .map(|p| {
                (
                    &note[p.start..p.end],
                    p.names,
                    p.title,
                    p.locator.value,
                    p.signal,
                )
            })
            .collect()
    }

    #[test]
    fn citations_in_a_notes_prose() {
        let found = prose("See Said 45-46 and Bhabha 90 for the two positions.");
        assert_eq!(
            found,
            vec![
                (
                    "Said 45-46",
                    "Said".into(),
                    None,
                    "45-46".into(),
                    Some("See".into())
                ),
                ("Bhabha 90", "Bhabha".into(), None, "90".into(), None),
            ]
        );
        let found = prose("For a different view, see Young, White Mythologies 12, 15.");
        assert_eq!(
            found,
            vec![(
                "Young, White Mythologies 12, 15",
                "Young".into(),
                Some("White Mythologies".into()),
                "12, 15".into(),
                Some("see".into())
            )]
        );
        // After a semicolon and after a sentence end: each clause alone.
        let found = prose("Said. Bhabha 90; Young 3.");
        let texts: Vec<&str> = found.iter().map(|f| f.0).collect();
        assert_eq!(texts, vec!["Bhabha 90", "Young 3"]);
    }

    #[test]
    fn prose_that_only_names_an_author_cites_nothing() {
        // A name the list lacks, a year, a chapter in prose, a page in
        // another clause, a possessive, a number too far on.
        for note in [
            "Jones 12 agrees.",
            "Said 1978 is the start.",
            "Bhabha argues in chapter 3 that it holds.",
            "Said disagrees; the letters of 1881 show it.",
            "Said (45) disagrees.",
            "Young's 12 essays.",
            &format!("Said {} 45", "word ".repeat(60)),
        ] {
            assert_eq!(prose(note), vec![], "{note}");
        }
        // A window cut inside a character moves back to its start.
        assert_eq!(prose(&format!("Said {}", "é".repeat(150))), vec![]);
    }
}
