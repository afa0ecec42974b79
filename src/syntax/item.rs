//! A footnote's citation items: split on `;` outside quotes and brackets,
//! told apart as full citation, short form (`Waltz(1979), op. cit., pp.
//! 105-123.`, `Ibid., p. 5`, `Id. at 3`, `Smith, supra note 4`, `앞의 글,
//! 30쪽`, `Smith, Short Title, 45`), parenthetical mention (`(Al Jazeera,
//! June 30, 2024)`) or commentary (discussion that cites nothing).
//!
//! Extraction never resolves: this module labels, `resolve` links.

use crate::grammar::{BackRefKind, Grammar, LexMatch};
use crate::model::{CitationKind, CslItem, Locator, ShortFormInfo};
use crate::syntax::name::NameOrder;
use crate::syntax::reference::{
    find_title, is_place, known_place, parse_reference, ParsedReference,
};
use regex::Regex;
use std::sync::LazyLock;

/// A citation item found in a note, with byte offsets into the note text.
#[derive(Debug, Clone, PartialEq)]
pub struct RawItem {
    /// Start in the note text.
    pub start: usize,
    /// End in the note text.
    pub end: usize,
    /// What it is.
    pub kind: CitationKind,
    /// Signal before or after it (`see`, `vgl.`, `참조`).
    pub signal: Option<String>,
    /// Pinpoint.
    pub locator: Option<Locator>,
    /// What a short form names.
    pub short: Option<Box<ShortFormInfo>>,
    /// The back-reference word's kind, for short forms.
    pub back_ref: Option<BackRefKind>,
    /// Parsed fields of a full citation (boxed, like the short form: most
    /// items are one or the other, and a note's items are all kept until
    /// every note is read).
    pub fields: Option<Box<CslItem>>,
    /// Quoted through another work of the same item (`X` of `X apud Y`),
    /// which the note cites: no bibliography need list it.
    pub indirect: bool,
}

/// Short names a paper defines for the works it cites, in brackets after
/// a work's first full citation (`… (London: Strahan, 1776) (hereafter
/// WN), 45.`, `[hereinafter Restatement]`, `（以下「民法」という）`, the
/// grammars' `hereafter` words): a later citation that opens with the
/// name (`WN, 52.`, also after a semicolon: `…, 50쪽; 법 제2조.`) cites
/// what the defining note cites, as `supra note N` does.
/// `notes` are each note's number and text, `items` what
/// [`note_items`] found in each; an item read otherwise where the name
/// stands (`Capital, 125.` taken for an author, `Archive, at 7.` for an
/// archive) is replaced. Abbreviations of archives' names are left to
/// [`crate::syntax::archive`].
///
/// `declared` are the names the running text defines
/// ([`body_short_names`]), each in force from the note
/// [`BodyShortName::from`] on: the name stands for the work of its title
/// that the note of the nearest marker before (or at) the definition
/// cites; failing that, for the work of that title, as a short title
/// does (a work cited before, or the list's entry of that title); a
/// statute's name (`「地方自治法」(이하 '법'이라 한다)`) for the statute,
/// cited at the provision after the name (`법 제2조`).
pub fn defined_short_names(
    notes: &[(u32, &str)],
    declared: &[BodyShortName],
    items: &mut [Vec<RawItem>],
    g: &Grammar,
) {
    if g.hereafter.is_empty() {
        return;
    }
    // (name, defining note, its author when the note cites several works,
    // the title named when no item of the note cites the work)
    let mut defined: Vec<Defined> = Vec::new();
    // Archives given a short name last in an archival citation (`Bristol
    // Archives, Lindo Family Papers, 28049/1, fol. 12r (hereafter LFP)`).
    let mut archives: Vec<crate::model::Archive> = Vec::new();
    let mut declared = declared.iter().peekable();
    for k in 0..notes.len().min(items.len()) {
        while let Some(d) = declared.next_if(|d| d.from <= k) {
            if !defined.iter().any(|e| e.0 == d.name) {
                defined.push(body_defined(d, notes, items, g));
            }
        }
        let (number, text) = notes[k];
        let items = &mut items[k];
        let lead = text.len() - text.trim_start().len();
        let t = &text[lead..];
        defined_archive(t, lead, &archives, items, g);
        for it in items.iter() {
            let archive = it.fields.as_deref().and_then(|f| f.archive.as_deref());
            if let Some(a) = archive.filter(|a| a.abbreviation.is_some()) {
                if !archives.iter().any(|b| b.abbreviation == a.abbreviation) {
                    archives.push(a.clone());
                }
            }
        }
        // `Positive Law Model, supra note 12, at 1840`: a defined name
        // before a supra word names the work the defining note cites, not
        // an author.
        for it in items.iter_mut() {
            let Some(short) = it.short.as_deref_mut() else {
                continue;
            };
            if it.kind != CitationKind::Supra {
                continue;
            }
            let defining = short.author.as_deref().and_then(|a| {
                defined.iter().find(|(name, n, _, title)| {
                    name == a && title.is_none() && short.note.is_none_or(|m| m == *n)
                })
            });
            if let Some((_, n, author, _)) = defining {
                short.author = author.clone();
                short.note = Some(*n);
            }
        }
        if !defined.is_empty() {
            for at in piece_starts(text) {
                named_at(text, at, &defined, items, g);
            }
        }
        let full = items
            .iter()
            .filter(|it| it.kind == CitationKind::Full && it.fields.is_some())
            .count();
        for (k, it) in items.iter().enumerate() {
            let Some(fields) = it.fields.as_deref() else {
                continue;
            };
            if it.kind != CitationKind::Full || fields.archive.is_some() {
                continue;
            }
            // The definition may follow the item as read (`… (2016)
            // [hereinafter Empires].`): up to the next item.
            let upto = items.get(k + 1).map_or(text.len(), |next| next.start);
            let Some(name) = text.get(it.start..upto).and_then(|s| short_name(s, g)) else {
                continue;
            };
            if !defined.iter().any(|d| d.0 == name) {
                let author = (full > 1)
                    .then(|| fields.author.first().and_then(|a| a.family.clone()))
                    .flatten();
                defined.push((name, number, author, None));
            }
        }
        for (_, name, title) in titled_short_names(text, g) {
            if !defined.iter().any(|d| d.0 == name) {
                defined.push((name, number, None, Some(title)));
            }
        }
    }
}

/// Where the citations of a note may open: its first word, and the first
/// word after each semicolon (`…, 50쪽; 법 제2조.`).
fn piece_starts(text: &str) -> Vec<usize> {
    let lead = text.len() - text.trim_start().len();
    let mut out = vec![lead];
    for (i, c) in text.match_indices([';', '；']) {
        let after = &text[i + c.len()..];
        let at = text.len() - after.trim_start().len();
        if at < text.len() {
            out.push(at);
        }
    }
    out
}

/// A citation of a note opening at `at` with a name of `defined`, alone
/// or in title marks (`『사회론』, 50면` after `(이하 『사회론』이라 한다)`),
/// becomes what the name stands for: an item read otherwise at the name
/// is replaced; nothing read in the name's piece of the note (up to its
/// semicolon), the item is added.
fn named_at(text: &str, at: usize, defined: &[Defined], items: &mut Vec<RawItem>, g: &Grammar) {
    let Some(t) = text.get(at..) else {
        return;
    };
    let marked = |name: &str| -> Option<usize> {
        let open = t.chars().next().filter(|c| matches!(c, '『' | '「'))?;
        let close = if open == '『' { '』' } else { '」' };
        let inner = t[open.len_utf8()..].strip_prefix(name)?;
        inner
            .starts_with(close)
            .then(|| name.len() + open.len_utf8() + close.len_utf8())
    };
    let named = defined.iter().find_map(|d| {
        let name = d.0.as_str();
        let len = marked(name).or_else(|| t.starts_with(name).then_some(name.len()))?;
        t[len..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ' ' | ':' | ';' | '、' | '，'))
            .then_some((d, len))
    });
    let Some(((name, note, author, title), len)) = named else {
        return;
    };
    // The item at the name, or the first after it.
    let k = items
        .iter()
        .position(|it| it.end > at)
        .unwrap_or(items.len());
    let first = items.get(k);
    let replace = first.is_some_and(|it| {
        it.start <= at + len && !matches!(it.kind, CitationKind::Supra | CitationKind::Ibid)
    });
    // The name's piece of the note ends at its first semicolon: an item
    // read after it (`통계연보, 40쪽; 송규진, 위의 논문, 250쪽`) leaves the
    // name unread.
    let piece_end = at + t.find([';', '；']).unwrap_or(t.trim_end().len());
    let after = first.is_some_and(|it| it.start >= piece_end);
    if !(first.is_none() || replace || after) {
        return;
    }
    let end = match first {
        Some(it) if replace => it.end,
        _ => piece_end,
    };
    let rest = text.get(at + len..end).unwrap_or("");
    let item = match title {
        // A statute's short name, then a provision: the statute cited
        // at it.
        Some(title) if statute_provision(title, rest, g).is_some() => {
            let provision = statute_provision(title, rest, g).unwrap_or_default();
            code_at_provision(at, end, None, title.clone(), &provision)
        }
        _ => {
            // A name defined for a title named in a sentence is a short
            // form of that title; else it cites what the defining note
            // cites.
            let (kind, note) = match title {
                Some(_) => (CitationKind::Short, None),
                None => (CitationKind::Supra, Some(*note)),
            };
            RawItem {
                start: at,
                end,
                kind,
                signal: None,
                locator: locator_in(rest, g),
                short: Some(Box::new(ShortFormInfo {
                    // A title's short name is no back-reference word: the
                    // title stands for the work, cited in full or not.
                    word: title.is_none().then(|| name.clone()),
                    author: author.clone(),
                    title: title.clone(),
                    note,
                    ..Default::default()
                })),
                back_ref: None,
                fields: None,
                indirect: false,
            }
        }
    };
    if replace {
        items[k] = item;
    } else {
        items.insert(k, item);
    }
}

/// The provision cited after a statute's short name (`제2조` of `법
/// 제2조.`), where `title`, the name it stands for, is a statute's (it ends
/// with a word of the grammars' `statutes`: `地方自治法`, `민법`) and `rest`
/// is that provision alone.
fn statute_provision(title: &str, rest: &str, g: &Grammar) -> Option<String> {
    if !g.statutes.iter().any(|w| title.ends_with(w.as_str())) {
        return None;
    }
    let provision = rest
        .trim()
        .trim_start_matches([',', '，'])
        .trim()
        .trim_end_matches(['.', '。', ' ']);
    let m = g.provision.find(provision)?;
    (m.start == 0 && provision.chars().nth(40).is_none()).then(|| provision.to_string())
}

/// A short name the running text defines right after a title in title
/// marks (`이익의 『星湖僿說』(이하 『사설』로 약칭)은`, `「地方自治法」(이하
/// '법'이라 한다)은`, `『朝鮮王朝實錄』(이하 『실록』)에`), as Korean and
/// Japanese papers do in their text as often as in a note: the later
/// notes cite the work by the name alone (`『사설』 권3, 12쪽.`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyShortName {
    /// The name (`사설`).
    pub name: String,
    /// The title it stands for (`星湖僿說`).
    pub title: String,
    /// The index of the first note it is in force for: the one after the
    /// nearest marker before the definition, or at it.
    pub from: usize,
    /// The index of the note of that marker, if any.
    pub note: Option<usize>,
    /// The marker stands at the definition (`『…』¹⁾(이하 …)`,
    /// `『…』(이하 …)¹⁾`): its note cites the work named.
    pub at_marker: bool,
}

/// The short names a paragraph of the running text defines
/// ([`BodyShortName`]): the byte offsets in `paragraph` where each
/// definition's bracket starts and ends, the name and the title.
pub fn body_short_names(paragraph: &str, g: &Grammar) -> Vec<(usize, usize, String, String)> {
    if g.hereafter.is_empty() || !paragraph.contains(['』', '」', '》']) {
        return Vec::new();
    }
    titled_short_names(paragraph, g)
        .into_iter()
        .map(|(open, name, title)| {
            let inner = &paragraph[open..];
            let close = inner.find([')', '）']).map_or(paragraph.len(), |c| {
                open + c + inner[c..].chars().next().map_or(1, char::len_utf8)
            });
            (open, close, name, title)
        })
        .collect()
}

/// What a name defined in the running text stands for
/// ([`defined_short_names`]): the work of its title in the note of the
/// nearest marker (by its author where that note cites several works),
/// or the work the note of a marker at the definition cites alone, else
/// the title.
fn body_defined(
    d: &BodyShortName,
    notes: &[(u32, &str)],
    items: &[Vec<RawItem>],
    g: &Grammar,
) -> Defined {
    let by_title = (d.name.clone(), 0, None, Some(d.title.clone()));
    let Some(k) = d.note else {
        return by_title;
    };
    let (Some(&(number, _)), Some(cited)) = (notes.get(k), items.get(k)) else {
        return by_title;
    };
    // A statute is cited by its name and provision, not by a note.
    if g.statutes.iter().any(|w| d.title.ends_with(w.as_str())) {
        return by_title;
    }
    let full: Vec<&CslItem> = cited
        .iter()
        .filter(|it| it.kind == CitationKind::Full)
        .filter_map(|it| it.fields.as_deref())
        .collect();
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let title = squeeze(&d.title);
    let fits = full
        .iter()
        .find(|f| f.title.as_deref().is_some_and(|t| squeeze(t) == title));
    let work = fits.or_else(|| full.first().filter(|_| d.at_marker && full.len() == 1));
    match work {
        Some(f) => {
            let author = (full.len() > 1)
                .then(|| f.author.first().and_then(|a| a.family.clone()))
                .flatten();
            (d.name.clone(), number, author, None)
        }
        None => by_title,
    }
}

/// A short name defined in a note ([`defined_short_names`]): the name,
/// the defining note, the author of the work when that note cites several,
/// and the title the name stands for when the note names it in a sentence
/// that cites nothing.
type Defined = (String, u32, Option<String>, Option<String>);

/// Short names defined right after a title in CJK title marks, in a note
/// that names the work in a sentence (`분석 대상은 『朝鮮高等法院民事判決錄』(이하
/// ‘판결록’이라 한다)에 수록된 판결이다`) or in the running text: where each
/// bracket opens, the name, and the title in the marks before its bracket.
/// The marks are the outer ones (`「…「差異化」」`); a note's marker may
/// stand between them and the bracket (`『星湖僿說』¹⁾(이하 『사설』)`).
fn titled_short_names(text: &str, g: &Grammar) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    if !text.contains(['』', '」', '》']) {
        return out;
    }
    for (open, c) in text.match_indices(['(', '（']) {
        // The bracket right here defines it, not one further on.
        let bracket = &text[open + c.len()..];
        if g.after_hereafter(bracket.trim_start()).is_none() {
            continue;
        }
        let before = text[..open]
            .trim_end()
            .trim_end_matches(|c| crate::syntax::marker::superscript_digit(c).is_some() || c == '⁾')
            .trim_end();
        let Some(close) = before.chars().next_back() else {
            continue;
        };
        let opener = match close {
            '』' => '『',
            '」' => '「',
            '》' => '《',
            _ => continue,
        };
        // The opening mark that matches, counting nested pairs.
        let inner_end = before.len() - close.len_utf8();
        let mut depth = 0usize;
        let mut start = None;
        for (i, ch) in before[..inner_end].char_indices().rev() {
            if ch == close {
                depth += 1;
            } else if ch == opener {
                if depth == 0 {
                    start = Some(i + ch.len_utf8());
                    break;
                }
                depth -= 1;
            }
        }
        let Some(start) = start else {
            continue;
        };
        let title = before[start..inner_end].trim();
        if title.is_empty() || title.chars().count() > 120 {
            continue;
        }
        let Some(name) = short_name(&text[open..], g) else {
            continue;
        };
        out.push((open, name, title.to_string()));
    }
    out
}

/// A note that opens with the short name of an archive defined before
/// (`LFP, 28049/3, letter of 4 March 1791.` after `… (hereafter LFP)`)
/// cites a source in that archive, whose shelfmark may then be a number
/// alone. Read so where nothing was read at the name; `t` is the note's
/// text from `lead` on.
fn defined_archive(
    t: &str,
    lead: usize,
    archives: &[crate::model::Archive],
    items: &mut Vec<RawItem>,
    g: &Grammar,
) {
    if items.first().is_some_and(|it| it.start <= lead) {
        return;
    }
    let Some((archive, rest)) = archives.iter().find_map(|a| {
        let rest = t.strip_prefix(a.abbreviation.as_deref()?)?;
        rest.starts_with([',', ' ']).then_some((a, rest))
    }) else {
        return;
    };
    let end = t.find(';').unwrap_or(t.trim_end().len());
    let from = t.len() - rest.len();
    if end <= from {
        return;
    }
    if let Some(found) = crate::syntax::archive::in_archive(archive, &t[from..end], g) {
        // What was read inside the source's text misread it.
        items.retain(|it| it.start >= lead + end);
        items.insert(0, full_raw(lead, lead + end, None, found.pin, found.item));
    }
}

/// The short name defined in `s` by a bracket that opens with a
/// `hereafter` word: `WN` of `(hereafter WN)`, `Restatement` of
/// `[hereinafter Restatement]`, `民法` of `（以下「民法」という）`.
fn short_name(s: &str, g: &Grammar) -> Option<String> {
    const PAIRS: [(char, char); 3] = [('(', ')'), ('[', ']'), ('（', '）')];
    for (_, inner_start, close) in crate::text::brackets_closed(s, &PAIRS) {
        let inner = s[inner_start..close].trim();
        let Some(rest) = g.after_hereafter(inner) else {
            continue;
        };
        // A quoted name, with words after it (`「民法」という`, `'민법'이라 한다`).
        let quoted = [
            ('「', '」'),
            ('『', '』'),
            ('“', '”'),
            ('"', '"'),
            ('\'', '\''),
            ('‘', '’'),
            ('«', '»'),
        ]
        .iter()
        .find_map(|&(a, b)| {
            let r = rest.strip_prefix(a)?;
            r.find(b).map(|e| &r[..e])
        });
        let name = quoted
            .unwrap_or(rest)
            .trim()
            .trim_end_matches([',', '.', ';']);
        let words = name.split_whitespace().count();
        if !name.is_empty() && name.chars().count() <= 40 && words <= 5 {
            return Some(name.to_string());
        }
    }
    bare_short_name(s)
}

/// The short name the McGill Guide defines in square brackets without a
/// word, last in a work's full citation (`R v Oakes, [1986] 1 SCR 103
/// [Oakes].`, `… 1982, c 11 [Charter].`): one to four capitalised words
/// without digits, after the citation.
fn bare_short_name(s: &str) -> Option<String> {
    let t = s.trim_end().trim_end_matches(['.', ';']).trim_end();
    let inner = t.strip_suffix(']')?;
    let open = inner.rfind('[')?;
    let name = inner[open + 1..].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    });
    let cited = inner[..open].trim_end().chars().count() >= 10;
    (cited && capitalised && (1..=4).contains(&words.len()) && name.chars().count() <= 40)
        .then(|| name.to_string())
}

/// Whether a piece of a note between `;` is one name with its family name
/// in capitals (`SILVA`, `BARBOSA, Helena Maria`, after a signal): ABNT
/// joins the authors of one work with `;` (`TELES, Edson; SAFATLE,
/// Vladimir (Org.). Título…`, `TELES; SAFATLE, op. cit.`), so it is no
/// citation of its own but the start of the next piece's.
fn lone_name(piece: &str, g: &Grammar) -> bool {
    let p = match leading_signal(piece, g) {
        Some((len, _)) => &piece[len..],
        None => piece,
    };
    let (family, given) = match p.trim().split_once(", ") {
        Some((f, given)) => (f, Some(given)),
        None => (p.trim(), None),
    };
    crate::syntax::name::is_capitalised_family(family)
        && given.is_none_or(crate::syntax::name::given_with_particles)
}

/// The name with its family name in capitals that ends a short form's head
/// after words of prose (`e, em perspectiva comparada, PEREIRA, op. cit.`
/// → `PEREIRA`): the prose ends at the comma before it.
fn name_after_prose<'h>(head: &'h str, g: &Grammar) -> Option<&'h str> {
    if lone_name(head, g) {
        return None;
    }
    head.match_indices(", ").map(|(i, _)| i).find_map(|i| {
        let rest = &head[i + 2..];
        let prose = head[..i]
            .split_whitespace()
            .any(|w| w.chars().next().is_some_and(char::is_lowercase));
        (prose && lone_name(rest, g)).then_some(rest)
    })
}

/// A semicolon between a case's report and a parallel report of it, as
/// AGLC joins them (`Western Australia v Ward [2002] HCA 28; (2002) 213 CLR
/// 1`): the parties (` v `) and a report's number before it, a year in
/// brackets and a volume or a report's name after it. The case is one item.
fn joins_parallel_report(before: &str, after: &str) -> bool {
    // Compared as bytes: `after` may open with any character.
    let b = after.trim_start().as_bytes();
    let year_bracket = b.len() > 7
        && matches!(b[0], b'(' | b'[')
        && b[1..5].iter().all(u8::is_ascii_digit)
        && matches!(b[5], b')' | b']')
        && b[6] == b' '
        && (b[7].is_ascii_digit() || b[7].is_ascii_uppercase());
    year_bracket
        && (before.contains(" v ") || before.contains(" v. "))
        && before.trim_end().ends_with(|c: char| c.is_ascii_digit())
}

/// `М.; Л.: Изд-во АН СССР, 1946`, `M.; L.: Nauka`: a semicolon between
/// two places of one imprint (GOST writes Moscow and Leningrad so) joins
/// them: an abbreviated capitalised word before it, and a capitalised word
/// and a colon after it.
fn joins_places(before: &str, after: &str) -> bool {
    let place = |w: &str| {
        let w = w.strip_suffix('.').unwrap_or(w);
        (1..=15).contains(&w.chars().count())
            && w.starts_with(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
    };
    // The last word, looked for among the last few characters only.
    let before = before.trim_end();
    let Some(word_start) = before
        .char_indices()
        .rev()
        .take(17)
        .find(|&(_, c)| c.is_whitespace())
        .map(|(i, c)| i + c.len_utf8())
    else {
        return false;
    };
    let last = &before[word_start..];
    let after = after.trim_start();
    let Some((colon, _)) = after.char_indices().take(18).find(|&(_, c)| c == ':') else {
        return false;
    };
    let next_place = after[..colon].trim_end();
    last.ends_with('.') && place(last) && place(next_place) || two_imprints(before, next_place)
}

/// `Guarapuava: Unicentro; Niterói: EdUFF, 2011` (ABNT): a semicolon
/// between two `Place: Publisher` of one book joins them. Before it, in
/// its last sentence (at most 80 bytes back), a place of one to three
/// capitalised words, a colon and a publisher without digits; after it,
/// the place `next` of one to three capitalised words.
fn two_imprints(before: &str, next: &str) -> bool {
    let capitalised = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && w.chars().next().is_some_and(|c| {
                        c.is_uppercase() || c.is_lowercase() && w.chars().count() <= 3
                    })
            })
            && p.starts_with(char::is_uppercase)
    };
    let from = crate::source::floor_char_boundary(before, before.len().saturating_sub(80));
    let tail = &before[from..];
    let sentence = tail.rfind(". ").map_or(tail, |d| &tail[d + 2..]);
    let Some((place, publisher)) = sentence.split_once(": ") else {
        return false;
    };
    capitalised(next)
        && capitalised(place.trim())
        && !publisher.trim().is_empty()
        && !publisher.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | ','))
}

/// Whether a `;` between `before` (the item so far) and `after` goes on
/// with a statement of responsibility after ` / `, as GOST writes one
/// (`: дис. … канд. ист. наук / Иванов Иван Иванович ; Моск. гос. ун-т.
/// М., 2005`, `/ под ред. И. И. Иванова ; пер. с англ. …`, `; [Место
/// защиты: МГУ]`): after an author's full name, or before a bracket, or
/// before a lowercase word where no digit stands after the slash (an
/// imprint's year and a page cited close the work before `; см. также`).
fn joins_responsibility(before: &str, after: &str) -> bool {
    let Some(slash) = before.rfind(" / ") else {
        return false;
    };
    let statement = before[slash + 3..].trim();
    let after = after.trim_start();
    crate::syntax::reference::full_personal_name(statement)
        || after.starts_with('[')
        || (after.starts_with(char::is_lowercase)
            && !statement.contains(|c: char| c.is_ascii_digit()))
}

/// Splits `text` on `;` that stand outside quotes, parentheses and brackets.
pub fn split_items(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // What closes each open quote or bracket: German and Polish quotes open
    // low (`„`) and close with `“` or `”`.
    let mut open: Vec<(char, char)> = Vec::new();
    let mut straight = false;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        // A low quote (`„`, pushed as `('“', '”')`) may close with a
        // straight one in PDF conversions (`„Titlu"`).
        if open.last().is_some_and(|&(x, y)| c == x || c == y)
            || (c == '"' && open.last() == Some(&('“', '”')))
        {
            open.pop();
            continue;
        }
        match c {
            '„' => open.push(('“', '”')),
            '“' => open.push(('”', '”')),
            '(' => open.push((')', ')')),
            '[' => open.push((']', ']')),
            '『' => open.push(('』', '』')),
            '「' => open.push(('」', '」')),
            '«' => open.push(('»', '»')),
            // Danish and German quotes open with `»` and close with `«`.
            '»' if open.is_empty() => open.push(('«', '«')),
            '《' => open.push(('》', '》')),
            '（' => open.push(('）', '）')),
            '”' | ')' | ']' | '』' | '」' | '»' | '》' | '）' => {
                open.pop();
            }
            '"' => straight = !straight,
            ';' | '；'
                if open.is_empty()
                    && !straight
                    && !joins_places(&text[..i], &text[i + c.len_utf8()..])
                    && !joins_parallel_report(&text[start..i], &text[i + c.len_utf8()..])
                    && !joins_responsibility(&text[start..i], &text[i + c.len_utf8()..]) =>
            {
                out.push((start, i));
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push((start, text.len()));
    // Trim white space off each piece.
    out.into_iter()
        .filter_map(|(a, b)| {
            let piece = &text[a..b];
            let lead = piece.len() - piece.trim_start().len();
            let t = piece.trim();
            (!t.is_empty()).then(|| (a + lead, a + lead + t.len()))
        })
        .collect()
}

/// Finds the citation items of one note.
pub fn note_items(text: &str, g: &Grammar) -> Vec<RawItem> {
    let joined = joined_lines(text);
    let series = crate::syntax::reference::without_series(joined.as_ref(), g);
    let text = series.as_ref();
    let mut out: Vec<RawItem> = Vec::new();
    let pieces = cjk_short_cuts(text, signal_sentences(text, split_items(text), g), g);
    // Where the item being gathered starts, when pieces are joined.
    let mut from = None;
    for (i, &(a, b)) in pieces.iter().enumerate() {
        let a = from.take().unwrap_or(a);
        if i + 1 < pieces.len() && lone_name(&text[pieces[i].0..b], g) {
            from = Some(a);
            continue;
        }
        // `Cass. civ. 1re, 12 mai 2010, … ; D. 2011, p. 123, note M.
        // Roussel`: the decision's other report is part of its citation.
        if let Some(last) = out.last_mut().filter(|l| {
            l.fields.as_deref().is_some_and(|f| f.kind == "legal_case")
                && l.end <= a
                && text[l.end..a].trim() == ";"
        }) {
            let piece = text[a..b].trim_end_matches(['.', ' ']);
            if piece.len() < 160 && PARALLEL_REPORT.is_match(piece) {
                last.end = b;
                continue;
            }
        }
        classify(text, a, b, g, &mut out);
    }
    // `原文见 X`: the original of a passage quoted through another work.
    if !g.original.is_empty() {
        for item in &mut out {
            if item
                .signal
                .as_deref()
                .is_some_and(|w| g.original.contains(&crate::grammar::fold_case(w)))
            {
                item.indirect = true;
            }
        }
    }
    // A note's few items are kept until every note is read: without the
    // room a growing vector reserves (four items for the first).
    out.shrink_to_fit();
    out
}

/// The pieces of [`split_items`] cut again where a citation sentence of
/// its own starts: after the end of a sentence, at a signal written with a
/// capital (`…, at 820. See generally 18 U.S.C. § 2703`, `… S. 12. Vgl.
/// auch …`), as law notes separate citations of different signals by
/// periods rather than semicolons; and in a piece opened by a comparing
/// signal ([`Grammar::compared`]), at the comma before the word that opens
/// the citation compared (`Compare Kerr, supra note 2, at 820, with Solove,
/// supra note 3`), which opens the second ([`compared_second`] reads it as
/// its signal); and after a sentence that ends on a page cited
/// ([`ends_on_pinpoint`]), as notes go on with a remark or a citation of
/// their own in the next sentence. One pass over each piece.
fn signal_sentences(text: &str, pieces: Vec<(usize, usize)>, g: &Grammar) -> Vec<(usize, usize)> {
    // Cheap gate: a period, `?` or `!` then a space and a capital, or a
    // comparing signal, somewhere in the note.
    let bytes = text.as_bytes();
    let sentences = bytes.windows(3).any(|w| {
        matches!(w[0], b'.' | b'?' | b'!')
            && w[1] == b' '
            && (w[2].is_ascii_uppercase() || w[2] >= 0xE1)
    }) || text
        .trim_end()
        .find('。')
        .is_some_and(|i| i + '。'.len_utf8() < text.trim_end().len());
    if !sentences && g.compared.is_empty() {
        return pieces;
    }
    let mut out = Vec::with_capacity(pieces.len());
    for (a, b) in pieces {
        let mut start = a;
        if sentences {
            for end in sentence_ends(&text[a..b]) {
                let rest = &text[a + end..b];
                let next = rest.trim_start();
                let at = b - next.len();
                // A signal of one letter (de `S.`) may be an initial.
                let signal = next.starts_with(char::is_uppercase)
                    && g.signals.find(next).is_some_and(|m| {
                        m.start == 0
                            && next[..m.end].chars().filter(|c| c.is_alphabetic()).count() > 1
                    });
                let paged = || ends_on_pinpoint(&text[start..a + end], next, g);
                let statute = || {
                    statute_sentence(&text[start..a + end], next, g)
                        || numbered_source_sentence(&text[start..a + end], next)
                        || ends_in_hangul_prose(&text[start..a + end], next, g)
                };
                if (signal || paged() || statute()) && at > start {
                    out.push((start, a + end));
                    start = at;
                }
            }
        }
        out.push((start, b));
    }
    if g.compared.is_empty() {
        return out;
    }
    let mut split = Vec::with_capacity(out.len());
    for (a, b) in out {
        match compared_cut(&text[a..b], g) {
            Some((x, y)) => {
                split.push((a, a + x));
                split.push((a + y, b));
            }
            None => split.push((a, b)),
        }
    }
    split
}

/// Whether `sentence` (up to its closing period) is a statute's name and
/// provision alone ([`statute_citation`]: `民法709条。`, `民法第758條。`,
/// `민법 제750조.`), and `next` opens a sentence of its own after it in
/// CJK script (`同条の沿革については、我妻栄『…』参照。`, `另參見黃宗智，前引書，
/// 頁120。`): the note cites the statute, then goes on with a remark or a
/// work of its own.
fn statute_sentence(sentence: &str, next: &str, g: &Grammar) -> bool {
    let s = sentence.trim();
    // A cheap test first: a short sentence closed by a period, CJK text
    // after it.
    s.len() <= 120
        && s.ends_with(['。', '.'])
        && next.starts_with(|c: char| {
            crate::segment::is_cjk(c) || matches!(c, '「' | '『' | '《' | '〈' | '（' | '〔' | '［')
        })
        && !g.statutes.is_empty()
        && statute_citation(s, 0, s.len(), g, None).is_some()
}

/// Whether `sentence` (up to its closing period) ends on a word of Korean
/// prose (`…의 형성을 자세히 다룬다.`): a word of two syllables or more
/// ending in one of the grammars' `names.prose_endings`, and `next`
/// opens a sentence in CJK script after it (`관습조사의 방법에 대해서는 윤대성,
/// 앞의 논문, 40면`). A note that remarks on a work cited, then cites
/// another, does so in two sentences: the second is read on its own.
/// Citations end on no such word (`45면.` holds a digit, `위의 책.` ends
/// in none).
fn ends_in_hangul_prose(sentence: &str, next: &str, g: &Grammar) -> bool {
    let Some(body) = sentence.trim_end().strip_suffix('.') else {
        return false;
    };
    let word = body.rsplit(char::is_whitespace).next().unwrap_or(body);
    let hangul = |c: char| matches!(c as u32, 0xAC00..=0xD7AF);
    word.chars().nth(1).is_some()
        && word.chars().all(hangul)
        && next.starts_with(crate::segment::is_cjk)
        && g.prose_endings
            .iter()
            .any(|e| !e.is_empty() && word.ends_with(e.as_str()))
}

/// Whether `sentence` (up to its closing `。`) is a source cited by its
/// title in book brackets and the number of a file or document in it
/// alone (`《淡新檔案》22105-2。`, `『大日本古文書』3-45。`), and `next` a
/// sentence of CJK prose after it (`需要指出的是，…`): the note cites the
/// source, then goes on with a remark that is no part of it.
fn numbered_source_sentence(sentence: &str, next: &str) -> bool {
    let s = sentence.trim();
    let Some(body) = s.strip_suffix('。') else {
        return false;
    };
    if body.len() > 120 || !next.starts_with(crate::segment::is_cjk) {
        return false;
    }
    let Some(inner) = body.strip_prefix(['《', '『']) else {
        return false;
    };
    let Some(close) = inner.find(['》', '』']) else {
        return false;
    };
    let number = inner[close + '》'.len_utf8()..].trim();
    (1..=24).contains(&number.len())
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b'.'))
        && !inner[..close].contains(['《', '『', '。'])
}

/// Whether `sentence` (up to its closing period) ends on the page a
/// citation points to, and `next` opens a sentence of its own after it:
/// - in Korean, Japanese or Chinese script after a page word (`이승종, 위의
///   글, 115쪽. 또한 김순은, 「…」 참조.`), as those notes separate citations
///   by sentences and have no capitals to tell them;
/// - with a capital and a small letter (a word, not an initial or an
///   abbreviation such as `Aufl.`) after a page word (`S. 12. Anders …`,
///   `p. 45. The …`), or after a bare page that follows a bracket, a
///   title's closing quote or a back-reference (`(Turin: Einaudi, 1987),
///   212. For a different view, see …`, `“Feudal Question,” 101. On …`,
///   `Ibid., 72. Marin’s account …`): the Chicago and Oxford notes that go
///   on with a remark. A bare number after a plain word is left alone
///   (`Staat, 3. Aufl.` is an edition), and so is a sentence that says
///   where the work is found online (`s. 1–32. Dostupné z: https://…`).
fn ends_on_pinpoint(sentence: &str, next: &str, g: &Grammar) -> bool {
    let cjk = next.starts_with(crate::segment::is_cjk);
    let mut first = next.chars();
    let word = first.next().is_some_and(char::is_uppercase)
        && first
            .next()
            .is_some_and(|c| c.is_lowercase() || c == '’' || c == '\'')
        && !next
            .split(' ')
            .next()
            .unwrap_or(next)
            .trim_end_matches([',', ';', ':'])
            .ends_with('.');
    if !cjk && !word {
        return false;
    }
    // `s. 1–32. Dostupné z: https://…`, `Available at: www.…`: where the
    // work is found online is part of its citation.
    let near = &next[..crate::source::floor_char_boundary(next, 120)];
    if near.contains("://") || near.contains("www.") || near.contains("doi") {
        return false;
    }
    let before = sentence.trim_end_matches(['.', '?', '!', '。']).trim_end();
    let from = crate::source::floor_char_boundary(before, before.len().saturating_sub(24));
    let tail = &before[from..];
    if g.page
        .find_all(tail)
        .last()
        .is_some_and(|m| m.end == tail.len())
    {
        // After `。` (Japanese, Chinese), where sentences of prose follow
        // citations as often (`同書は…を検討している。`), the next must
        // open as a citation does.
        return !sentence.trim_end().ends_with('。')
            || opens_cjk_citation(next, g)
            || cjk_prose_to_signal(next, g).is_some();
    }
    if cjk {
        return false;
    }
    // A bare page: `212`, `95–117`, `5:230–34` (volume and pages).
    let (head, number) = before.rsplit_once(' ').unwrap_or(("", before));
    let bare = number.split_once(':').map_or(number, |(v, p)| {
        if v.bytes().all(|b| b.is_ascii_digit()) && !v.is_empty() {
            p
        } else {
            "x"
        }
    });
    // A year (`1795-1824` closing a title, `1987`) is no page.
    let mut range = bare.splitn(2, ['–', '-']);
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let pages =
        range.next().is_some_and(|p| digits(p) && !year_like(p)) && range.next().is_none_or(digits);
    if !pages {
        return false;
    }
    let head = head.trim_end();
    let head = head.strip_suffix(',').unwrap_or(head).trim_end();
    // The back-reference closes the citation (`Ibid., 72`, `Venturi, op.
    // cit., 45`), not a word for the same author that opens it (`Idem.
    // Title, …`).
    head.ends_with([')', ']', '”', '"', '’', '»'])
        || g.back_reference(head).is_some_and(|(_, m)| {
            head.get(m.end..)
                .is_some_and(|r| r.bytes().all(|b| matches!(b, b' ' | b',' | b'.')))
        })
        || short_title_head(head, next, g)
}

/// Whether `head`, a sentence before its page, is the name and short title
/// of a Chicago or Oxford short form (`Marino, Pastoral Economics`, `See
/// Achinstein, Milton and the Revolutionary Reader`), and `next` a sentence
/// of prose after it (`The phrase … is Hancock's`): one to three
/// capitalised words of a name, a comma, and a title of words alone (no
/// digit, comma or period) that opens and ends with a capital; a lowercase
/// word among the first words of `next`. A German ordinal is none
/// (`Daniel, Politik und Medien im 20. Jahrhundert, Hamburg 2018`: the
/// title ends on a small word, and a place follows).
fn short_title_head(head: &str, next: &str, g: &Grammar) -> bool {
    let head = head.trim_start();
    // `See Achinstein, …`, and after a lead-in of prose, `On the sermons
    // see Achinstein, …`.
    let head = leading_signal(head, g)
        .or_else(|| signal_after_prose(head, g))
        .and_then(|(len, _)| head.get(len..))
        .map_or(head, str::trim_start);
    let Some((name, title)) = head.split_once(", ") else {
        return false;
    };
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let words = name.split_whitespace().count();
    (1..=3).contains(&words)
        && name.split_whitespace().all(capital)
        && capital(title)
        && title.split_whitespace().next_back().is_some_and(capital)
        && !title.contains([',', '.'])
        && !head.bytes().any(|b| b.is_ascii_digit())
        && next
            .split_whitespace()
            .skip(1)
            .take(3)
            .any(|w| w.starts_with(char::is_lowercase))
}

/// A name as Japanese and Chinese notes write it before a back-reference
/// or a title's mark: at most eight characters of CJK script and `・`.
fn cjk_short_name(name: &str) -> bool {
    name.chars().count() <= 8
        && name
            .chars()
            .all(|ch| crate::segment::is_cjk(ch) || ch == '・')
}

/// Whether a number of four digits reads as a year (1400 to 2099), not a
/// page.
fn year_like(n: &str) -> bool {
    n.len() == 4 && ("1400".."2100").contains(&n)
}

/// Whether `next` opens as a citation of Japanese or Chinese notes: a
/// back-reference word, after a name of at most eight characters (`同書、
/// 72頁`, `石川、前掲論文、16頁`), then a comma, a bracket or a page; or such
/// a name right before a title's mark (`石川一三夫「地方自治」…`). Prose
/// that speaks of the work (`同書は…`, `なお、…については同書、…`) is none.
fn opens_cjk_citation(next: &str, g: &Grammar) -> bool {
    let window = &next[..crate::source::floor_char_boundary(next, 36)];
    let short = g.back_reference(window).is_some_and(|(_, m)| {
        let name = window[..m.start].trim_end_matches(['・', '、', '，', ',', ' ']);
        cjk_short_name(name)
            && window[m.end..].starts_with(|c: char| {
                matches!(c, '、' | '，' | ',' | '（' | '(' | '注' | '書' | '論')
                    || c.is_ascii_digit()
            })
    });
    short
        || window
            .find(['「', '『', '《'])
            .filter(|&t| t > 0)
            .is_some_and(|t| cjk_short_name(&window[..t]))
}

/// The pieces of [`signal_sentences`] cut again where Japanese and
/// Chinese notes list short forms with `、` or `，` (`大石・前掲注(1)書40頁、
/// 山中・前掲注(2)書50頁参照`): at such a mark outside brackets after a
/// page (a page word ending there, or a word for the pages after it), where
/// a back-reference word follows within a name's length (eight characters
/// of CJK script and `・`), or a title's opening mark after such a name or a
/// word for the same author (`…220頁、同「…」`). Each mark looks at 36
/// bytes on either side.
fn cjk_short_cuts(text: &str, pieces: Vec<(usize, usize)>, g: &Grammar) -> Vec<(usize, usize)> {
    if !text.contains(['、', '，']) {
        return pieces;
    }
    let mut out = Vec::with_capacity(pieces.len());
    for (a, b) in pieces {
        let piece = &text[a..b];
        let mut start = 0;
        let mut depth = 0usize;
        for (i, c) in piece.char_indices() {
            match c {
                '(' | '（' | '「' | '『' | '《' | '〔' => depth += 1,
                ')' | '）' | '」' | '』' | '》' | '〕' => depth = depth.saturating_sub(1),
                '、' | '，' if depth == 0 => {
                    let before = piece[..i].trim_end();
                    let mut from = before.len().saturating_sub(36);
                    while !before.is_char_boundary(from) {
                        from += 1;
                    }
                    let tail = &before[from..];
                    let paged = g.page_following.iter().any(|w| tail.ends_with(w.as_str()))
                        || g.page
                            .find_all(tail)
                            .last()
                            .is_some_and(|m| m.end == tail.len());
                    if !paged {
                        continue;
                    }
                    let after = &piece[i + c.len_utf8()..];
                    let window = &after[..crate::source::floor_char_boundary(after, 36)];
                    let short = g.back_reference(window).is_some_and(|(_, m)| {
                        cjk_short_name(window[..m.start].trim_end_matches('・'))
                    });
                    // `山本・前掲注（1）220頁、同「行政裁量の統制」…`,
                    // `…330頁、橋本博之「…」`: a name, or a word for the
                    // same author, right before a title's mark opens a
                    // full citation.
                    let full = || {
                        window
                            .find(['「', '『', '《', '〈'])
                            .filter(|&t| t > 0)
                            .is_some_and(|t| cjk_short_name(&window[..t]))
                    };
                    if (short || full()) && i > start {
                        out.push((a + start, a + i));
                        start = i + c.len_utf8();
                        start += piece[start..].len() - piece[start..].trim_start().len();
                    }
                }
                _ => {}
            }
        }
        out.push((a + start, b));
    }
    out
}

/// In a piece opened by a comparing signal (`Compare A, with B`), the end
/// of the first citation (at the comma) and the start of the second
/// (at the word that opens it): the first such comma outside brackets.
fn compared_cut(piece: &str, g: &Grammar) -> Option<(usize, usize)> {
    let (_, with) = g.compared.iter().find(|(signal, _)| {
        piece
            .get(..signal.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(signal))
            && piece[signal.len()..].starts_with(' ')
    })?;
    let mut depth = 0usize;
    for (i, c) in piece.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                let after = &piece[i + 1..];
                let next = after.trim_start();
                let word = next
                    .get(..with.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(with))
                    && next[with.len()..].starts_with(' ');
                if word {
                    let second = piece.len() - next.len();
                    return Some((i, second));
                }
            }
            _ => {}
        }
    }
    None
}

/// The word that opens the second citation of a comparing signal
/// ([`Grammar::compared`], `with` of `Compare A, with B`), at the start of
/// `s` before a capital: the signal of that citation. Its length, spaces
/// after it included, and the word.
fn compared_second(s: &str, g: &Grammar) -> Option<(usize, String)> {
    let t = s.trim_start();
    g.compared.iter().find_map(|(_, with)| {
        let word = t
            .get(..with.len())
            .filter(|w| w.eq_ignore_ascii_case(with))?;
        let rest = &t[with.len()..];
        let after = rest.trim_start_matches(' ');
        (after.len() < rest.len() && after.starts_with(char::is_uppercase))
            .then(|| (s.len() - after.len(), word.to_string()))
    })
}

/// At most this many bytes of an item are searched for a
/// [`quoting_bracket`].
const MAX_QUOTING_ITEM: usize = 2000;

/// A bracket after a citation opened by a word of the grammars'
/// `signals.quoting` (`(quoting Smith v. Maryland, …)`, `(citing …)`),
/// outside other brackets, with text before it: where it opens, where the
/// work in it starts (after the word) and where it closes.
fn quoting_bracket(item: &str, g: &Grammar) -> Option<(usize, usize, usize)> {
    if g.quoting.is_empty() || !item.contains(" (") {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in item.char_indices() {
        if i > MAX_QUOTING_ITEM {
            return None;
        }
        match c {
            '(' if depth == 0 => {
                let inner = &item[i + 1..];
                let word = g.quoting.iter().find(|w| {
                    inner
                        .get(..w.len())
                        .is_some_and(|x| x.eq_ignore_ascii_case(w))
                });
                if let Some(w) = word {
                    if item[..i].trim().is_empty() {
                        return None;
                    }
                    let close = bracket_close(item, i);
                    let from = i + 1 + w.len();
                    return (close > from).then_some((i, from, close));
                }
                depth += 1;
            }
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// A note's text with each line break read as the space it stands for
/// (`française,` / `Paris, Seuil, 1990` is `française, Paris, Seuil`), byte
/// for byte, so every offset is one in `text`. A break stays where the
/// readers that know it join the two lines without a space: after a hyphen
/// (a word or a range of pages wrapped there: `his-` / `toires`, `437-` /
/// `440`), after a number and a dash (`1799–` / `1914`), after the slash
/// of a URL (`https://x.id/public/` / `content/a.pdf`), and between two
/// characters of Chinese or Japanese text (`为中` / `心`).
fn joined_lines(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['\n', '\r']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    // The last two characters before the line break being read.
    let (mut last, mut before_last) = (None::<char>, None::<char>);
    for (i, c) in text.char_indices() {
        if !matches!(c, '\n' | '\r') {
            (last, before_last) = (Some(c), last);
            continue;
        }
        let keep = match last {
            Some('-' | '\u{AD}') => true,
            Some('–') => before_last.is_some_and(|p| p.is_ascii_digit()),
            // A URL broken after a slash (`https://x.id/public/` /
            // `content/a.pdf`) or in its query (`view.do?` / `id=3`):
            // read on by `url_continued`.
            Some('/' | '?' | '&') => text[..i]
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.contains("://") || w.starts_with("www.")),
            Some(p) if crate::text::unspaced_script(p) => text[i + 1..]
                .trim_start()
                .starts_with(crate::text::unspaced_script),
            _ => false,
        };
        if !keep {
            bytes[i] = b' ';
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes: still UTF-8.
    String::from_utf8(bytes).map_or(std::borrow::Cow::Borrowed(text), std::borrow::Cow::Owned)
}

/// Position just after the last sentence end in `s` (0 when none): a period,
/// `?`, `!` or `。` followed by white space, not after an initial (`R.`) or
/// an abbreviation made of initials (`U.S.`).
pub fn after_last_sentence_end(s: &str) -> usize {
    sentence_ends(s).last().unwrap_or(0)
}

/// Positions just after each sentence end in `s`, in order, as
/// [`after_last_sentence_end`] tells them.
fn sentence_ends(s: &str) -> impl Iterator<Item = usize> + '_ {
    // The two characters before the current one.
    let mut before: (Option<char>, Option<char>) = (None, None);
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((i, c)) = chars.next() {
            let (prev2, prev) = before;
            before = (prev, Some(c));
            let next_ws = chars.peek().is_some_and(|(_, n)| n.is_whitespace());
            let end_char = matches!(c, '.' | '?' | '!') && next_ws || c == '。';
            if !end_char {
                continue;
            }
            let initial =
                prev.is_some_and(char::is_uppercase) && prev2.is_none_or(|p| !p.is_alphabetic());
            let abbrev = prev.is_some_and(|p| p.is_lowercase())
                && prev2.is_some_and(|p| p == '.' || p.is_whitespace())
                && c == '.';
            if initial
                || abbrev
                || given_abbreviation(&s[..i], &s[i + c.len_utf8()..])
                || numbering_abbreviation(&s[..i], &s[i + c.len_utf8()..])
            {
                continue;
            }
            return Some(i + c.len_utf8());
        }
        None
    })
}

/// Whether the period between `before` and `after` closes an abbreviated
/// word that numbers what follows (`THE FEDERALIST NO. 78`, `Vol. 5`, `Nr.
/// 12`, `Bd. 3`): a word of two or three letters opening with a capital,
/// then a number.
fn numbering_abbreviation(before: &str, after: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    (2..=3).contains(&word.chars().count())
        && word.starts_with(char::is_uppercase)
        && after.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the period between `before` and `after` closes an abbreviated
/// given name before an initial (`Jens Chr. V. Johansen`, `Wm. H.
/// Taft`): a capitalised word of two or three letters, the others
/// lowercase, then a capital and a period.
fn given_abbreviation(before: &str, after: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let mut cs = word.chars();
    let short = cs.next().is_some_and(char::is_uppercase)
        && (2..=3).contains(&word.chars().count())
        && cs.all(char::is_lowercase);
    let mut next = after.trim_start().chars();
    short && next.next().is_some_and(char::is_uppercase) && next.next() == Some('.')
}

/// Does this look like a list of author names rather than prose?
fn looks_like_authors(s: &str) -> bool {
    let t = s.trim().trim_end_matches([',', '.', ':']).trim();
    // `한국교육개발원(2020)`: the year in brackets after the names is none
    // of them.
    let t = t
        .strip_suffix([')', '）'])
        .and_then(|x| x.rsplit_once(['(', '（']))
        .filter(|(_, year)| {
            let b = year.as_bytes();
            (4..=5).contains(&b.len())
                && b[..4].iter().all(u8::is_ascii_digit)
                && b[4..].iter().all(u8::is_ascii_lowercase)
        })
        .map_or(t, |(names, _)| names.trim_end());
    if t.is_empty() {
        return true;
    }
    let chars = t.chars().count();
    let words = t.split_whitespace().count();
    let cjk = t.chars().filter(|c| crate::segment::is_cjk(*c)).count();
    if cjk * 2 > chars {
        // Korean/Japanese/Chinese names: short, or names joined by `·`.
        let parts = t.split(['·', 'ㆍ', '・', ',', '、']).count();
        return chars <= 12 * parts.max(1) && words <= 3 * parts.max(1) && chars <= 60;
    }
    chars <= 160 && words <= 18 && !t.ends_with(" in")
}

/// Words that may stand in lowercase inside an author list.
/// Organisation names keep their `of`, `for`, `the` (`President of Russia`).
const NAME_LOWER_WORDS: [&str; 38] = [
    "and", "und", "et", "y", "e", "и", "&", "van", "von", "de", "der", "den", "du", "da", "di",
    "del", "della", "le", "la", "al", "bin", "ibn", "ten", "ter", "do", "dos", "das", "al.", "ed.",
    "eds.", "trans.", "of", "for", "the", "on", "des", "für", "d'",
];

/// Length of discussion before the names of an author part (`An earlier
/// note with Benjamin N. Cardozo` → up to `Benjamin`): everything up to the
/// last lowercase word that cannot stand in a list of names (those of
/// [`NAME_LOWER_WORDS`], the grammars' words joining names, tr `ve`, and
/// their et-al words of one word, id `dkk.`).
fn prose_prefix_len(part: &str, g: &Grammar) -> usize {
    if part.chars().any(crate::segment::is_cjk) {
        return cjk_prose_prefix_len(part, g);
    }
    let mut cut = 0;
    let mut offset = 0;
    // A role word after the names (`Phan Huy Lê (chủ biên)`, `Anna Roth
    // (red.)`) is no prose.
    // `strip_roles` trims the start and cuts the end: what is left starts
    // where the trimmed part does.
    let bare = crate::syntax::name::strip_roles(part, g);
    let end = part.len() - part.trim_start().len() + bare.len();
    let names = part.get(..end).unwrap_or(part);
    // `Staatscommissie parlementair stelsel`, `Commission on the …`: a
    // body named by an organisation's word first keeps its lowercase
    // words.
    let first = names.split_whitespace().next().unwrap_or("");
    if first.starts_with(char::is_uppercase)
        && g.organisation_latin.contains(&first.to_lowercase())
        && names.split_whitespace().count() <= 6
    {
        return 0;
    }
    for w in names.split_inclusive(char::is_whitespace) {
        let word = w.trim().trim_end_matches(',');
        let lower_start = word.chars().next().is_some_and(char::is_lowercase);
        if lower_start
            && !NAME_LOWER_WORDS.contains(&word)
            && !same_author_word(word, g)
            && !g.and_words.iter().any(|a| a == word)
            && !g.et_al.iter().any(|a| a == word)
        {
            cut = offset + w.len();
        }
        offset += w.len();
    }
    cut
}

/// The work a discursive note cites after a clause of its own
/// ([`name_after_clause`]) that ends at one of the first commas of `item`,
/// read from the names on: the names' start in `item`, the fields and the
/// pinpoint. The item needs a digit; the work needs a title that opens with a capital
/// or a mark (`Richard Baxter, whose Reliquiae Baxterianae (London, 1696)
/// records it` cites nothing), and the names read must be those after the
/// clause. A surname alone (`The argument is extended in Marino, Becoming
/// Neapolitan: … (Baltimore: …, 2011)`) is the author of a work whose
/// title follows its comma.
fn cited_after_clause(
    item: &str,
    g: &Grammar,
) -> Option<(usize, crate::model::CslItem, Option<Locator>)> {
    // The clause may hold commas of its own (`Here, as elsewhere, the
    // standard account is …`): the names end at one of the first three.
    if !item.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (head, x) = item
        .match_indices(", ")
        .take(3)
        .take_while(|(c, _)| *c < 320)
        .find_map(|(c, _)| Some((&item[..c], name_after_clause(&item[..c], g)?)))?;
    // `Akten der Reichskanzlei …, hg. v. Martin Vogt, Bd. 2`: the names
    // after a contributor's word are an editor's, of a work cited by its
    // title.
    let part = head[..x].rsplit(", ").next().unwrap_or(&head[..x]).trim();
    if g.contributor_prefix(part).is_some() {
        return None;
    }
    let rest = item.get(x..)?;
    // A town (`… de las Indias, Madrid, Julián de Paredes, 1681`) is no
    // title.
    let titled = |q: &ParsedReference, text: &str| {
        q.title
            .and_then(|(x, _)| text.get(x..))
            .is_some_and(|t| t.starts_with(|c: char| c.is_uppercase() || "“\"«„'‘".contains(c)))
            && !q
                .item
                .title
                .as_deref()
                .is_some_and(|t| crate::syntax::reference::known_place(t, g))
    };
    // `Marino, Becoming Neapolitan` reads as a surname and given names:
    // the names cited are those before a comma.
    let names = head[x..].trim_end();
    let (mut q, pinpoint) = parse_full(rest, g);
    let named = q.authors.and_then(|(x, y)| rest.get(x..y)).unwrap_or("");
    if !names.contains(' ') && named.trim_end_matches([',', ' ']) != names {
        // The title's first words were read as given names: the title runs
        // from the comma after the surname.
        let from = names.len() + 2;
        let (_, end) = q.title?;
        let authors = q.authors.and_then(|(x, y)| rest.get(x..y))?;
        if !authors.starts_with(&format!("{names}, "))
            || !rest.get(from..)?.starts_with(char::is_uppercase)
            || q.item.publisher.is_none() && q.item.publisher_place.is_none()
        {
            return None;
        }
        let title = rest.get(from..end)?.split_whitespace().collect::<Vec<_>>();
        q.item.title = Some(title.join(" "));
        q.item.author = vec![crate::model::CslName {
            family: Some(names.to_string()),
            ..Default::default()
        }];
        return (titled(&q, rest) && full_without_marks(&q.item, names))
            .then_some((x, q.item, pinpoint));
    }
    (q.authors.is_some_and(|(x, _)| x == 0)
        && named.trim_end_matches([',', ' ']) == names
        && titled(&q, rest)
        && full_without_marks(&q.item, named))
    .then_some((x, q.item, pinpoint))
}

/// Where the names start in the author part of a discursive note, after a
/// clause of the note's own that ends on a word of prose (`The standard
/// account remains Christopher Hill`, `It was first raised by William
/// Haller`, `Il tema è ripreso da Guido Alpa`): the clause is at most
/// fifteen words with no digit, and the names after it are two to six
/// words, each a capitalised word or a word that may stand in a list of
/// names, or a surname alone that is no town of publication (`extended in
/// Marino`). `None` where `part` has no such clause.
fn name_after_clause(part: &str, g: &Grammar) -> Option<usize> {
    let cut = prose_prefix_len(part, g);
    let clause = part.get(..cut)?;
    if cut == 0
        || clause.split_whitespace().count() > 15
        || clause.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let mut names = part[cut..].trim_start();
    // `Il tema è ripreso da Guido Alpa`: a small word of a name's list
    // (`da`, `de`) before a given name and a surname is the clause's.
    while let Some((word, rest)) = names.split_once(' ') {
        let after: Vec<&str> = rest.split_whitespace().collect();
        if capital(word) || after.len() < 2 || !after.iter().all(|w| capital(w)) {
            break;
        }
        names = rest.trim_start();
    }
    let words = names.split_whitespace().count();
    let name_word =
        |w: &str| capital(w) || NAME_LOWER_WORDS.contains(&w) || g.and_words.iter().any(|a| a == w);
    // One word (`The argument is extended in Marino, Becoming Neapolitan
    // …`) is a name only where it is no town of publication.
    let one_name = words == 1 && !g.places.iter().any(|p| p == names);
    (capital(names)
        && ((2..=6).contains(&words) || one_name)
        && names.split_whitespace().all(name_word))
    .then(|| part.len() - names.len())
}

/// Length of an introductory phrase set off by a comma before the names of
/// a short form (`Sur ce point, S. Carval, La responsabilité civile, op.
/// cit.`, `En este sentido, J. Pérez, …`, `In tal senso, M. Rossi, …, cit.`)
/// up to the names: `first`, the part of `head` before its first comma, is
/// a few words opening with a capital and ending with a word of prose, and
/// the part after the comma is names alone (a capital first, no prose) that
/// a comma closes. `None` where `head` is not so built.
fn lead_in_phrase_len(head: &str, first: &str, g: &Grammar) -> Option<usize> {
    let rest = head.get(first.len()..)?.strip_prefix(", ")?;
    let names = rest.split(", ").next().unwrap_or(rest);
    let phrase_words = first.split_whitespace().count();
    let name_words = names.split_whitespace().count();
    let opens = |s: &str| s.starts_with(char::is_uppercase);
    let names_alone = names.len() < rest.len() && opens(names) && prose_prefix_len(names, g) == 0;
    (opens(first)
        && (2..=5).contains(&phrase_words)
        && (1..=6).contains(&name_words)
        && names_alone)
        .then_some(first.len() + 2)
}

/// Length of a lead-in before CJK names (`자세한 논의는 홍길동` → up to
/// `홍길동`): everything up to the last space-separated word that ends in one
/// of the grammar's prose endings, when a word follows it.
fn cjk_prose_prefix_len(part: &str, g: &Grammar) -> usize {
    // `拙稿「…」`: the author's own work, no name.
    let bare = part
        .trim()
        .trim_end_matches(['、', '，', ',', '：', ':'])
        .trim_end();
    if g.own_work.iter().any(|w| w == bare) {
        return part.len();
    }
    let words: Vec<(usize, &str)> = part
        .split_inclusive(char::is_whitespace)
        .scan(0, |offset, w| {
            let at = *offset;
            *offset += w.len();
            Some((at, w))
        })
        .filter(|(_, w)| !w.trim().is_empty())
        .collect();
    let mut cut = 0;
    for (at, w) in words.iter().take(words.len().saturating_sub(1)) {
        let word = w.trim().trim_end_matches([',', '、']);
        let lead_in = word.chars().count() >= 2
            && g.prose_endings
                .iter()
                .any(|e| !e.is_empty() && word.ends_with(e.as_str()));
        if lead_in {
            cut = at + w.len();
        }
    }
    if let Some((at, w)) = words.last() {
        if let Some(k) = glued_lead_in_len(w.trim_end()) {
            let ends = &w[..k];
            if ends.chars().count() >= 2
                && g.prose_endings
                    .iter()
                    .any(|e| !e.is_empty() && ends.ends_with(e.as_str()))
            {
                cut = cut.max(at + k);
            }
        }
    }
    cut
}

/// `例えば辻清明`, `詳しくは村松岐夫`: Japanese prose glued to the names
/// before a title's mark, kana, then two to four Han characters up to the
/// end, the names (`辻清明`, 1 + 2; `村松岐夫`, 2 + 2): where the kana end,
/// for the caller to ask whether they end in a prose ending. Names in
/// kana (`ハンス・ケルゼン`), or ending in kana (`山田はるみ`), have no
/// Han characters after their kana.
fn glued_lead_in_len(word: &str) -> Option<usize> {
    let kana = |c: char| matches!(c as u32, 0x3041..=0x309F | 0x30A1..=0x30FA);
    let han = |c: char| matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF);
    let (i, c) = word.char_indices().rev().find(|&(_, c)| kana(c))?;
    let after = i + c.len_utf8();
    let names = &word[after..];
    (names.chars().all(han) && (2..=4).contains(&names.chars().count())).then_some(after)
}

/// Whether `part`, the words right before a title's mark, is a clause of
/// prose that names the title as its object (`분석 대상 판결은 『…』(이하
/// …)에 수록된 것으로 한정한다`): two words or more of CJK script, the last
/// ending in one of the grammars' `names.prose_endings`, then a space and
/// the mark: no comma or `・` after it, as after names (`홍길동, 『…』`), and
/// no mark glued to it, as to Japanese names (`山中永之佑『…』`). One word
/// is a name (`김지은 『…』`).
fn cjk_clause_before_title(part: &str, g: &Grammar) -> bool {
    let t = part.trim_end_matches([' ', '\u{3000}']);
    if t.len() == part.len() {
        return false;
    }
    let mut words = t.split_whitespace();
    let Some(last) = words.next_back() else {
        return false;
    };
    words.next_back().is_some()
        && t.chars()
            .all(|c| c.is_whitespace() || crate::segment::is_cjk(c))
        && last.chars().count() >= 2
        && g.prose_endings
            .iter()
            .any(|e| !e.is_empty() && last.ends_with(e.as_str()))
}

/// `이에 대해서는 주 12) 참조`, `これについては前掲注(3)参照`: CJK words
/// right before a back-reference word, with no comma or `・` between, the
/// last ending in one of the grammars' `names.prose_endings`, are a
/// lead-in, not names; a name before the word is set off by a comma
/// (`홍길동, 앞의 책`) or `・`. `head_full` is the item up to the word,
/// `head` the part of it read as names.
fn cjk_prose_before_word(head_full: &str, head: &str, g: &Grammar) -> bool {
    if head.is_empty()
        || head_full
            .trim_end()
            .ends_with([',', '、', '，', '・', '·', ':', '：'])
        || !head.chars().all(|c| crate::segment::is_cjk(c) || c == ' ')
    {
        return false;
    }
    let last = head.rsplit(' ').next().unwrap_or(head);
    last.chars().count() >= 2
        && g.prose_endings
            .iter()
            .any(|e| !e.is_empty() && last.ends_with(e.as_str()))
}

/// Whether `s` is only a word for the same author (`ders.`, `Dies.`).
fn same_author_word(s: &str, g: &Grammar) -> bool {
    g.same_author_prefix(s)
        .is_some_and(|n| s[n..].trim().is_empty())
}

/// Strips a leading signal (`See also`, `Cf.`, `Vgl.`); returns its length.
fn leading_signal(s: &str, g: &Grammar) -> Option<(usize, String)> {
    let m = g.signals.find(s)?;
    // `S. Rep. No. 94-755`, `S. 1409, 117th Cong.`: a series' name or a
    // bill's number is no signal (German `s.`).
    if m.start > 1
        || crate::syntax::official::opens_series(&s[m.start..], g)
        || crate::syntax::official::opens_bill(&s[m.start..], g)
    {
        return None;
    }
    let word = s[m.start..m.end].trim().to_string();
    let rest = &s[m.end..];
    // `v. Bar, Deliktsrecht, Rn. 12`: German's particle `v.` (von) in
    // lowercase before one capitalised name and its comma is no `v.` of
    // French `voir` or Italian `vedi`, which a work or a name in full
    // follows.
    if word == "v." && particle_before_name(rest) {
        return None;
    }
    // `S. Kot, Historia wychowania`, `S. Stuurman, Verzuiling`: a
    // capital letter and its period before one capitalised name, its
    // comma and a capitalised title is an initial, not German `s.`.
    if initial_before_name(&word, rest) {
        return None;
    }
    // `同旨、辻・前掲注(1)書`: CJK commas too.
    let skip = rest.len()
        - rest
            .trim_start_matches([',', ' ', ':', '、', '，', '：'])
            .len();
    let mut end = m.end + skip;
    // `Véase, en general, LYNCH, John: …`, `Cfr., ad esempio, M. Rossi`,
    // `See, generally, Jane Roe`: a few lowercase words between commas
    // after the signal qualify it; the citation opens after them.
    if rest.trim_start().starts_with(',') {
        end += qualifier_len(&s[end..]);
    }
    Some((end, word))
}

/// Whether `rest`, after a `v.`, is one capitalised name and a comma
/// (` Bar, …`, ` Savigny, …`): the `v.` is the particle of that name.
fn particle_before_name(rest: &str) -> bool {
    let Some(t) = rest.strip_prefix(' ') else {
        return false;
    };
    let name = t.find(',').map_or("", |c| &t[..c]);
    let mut chars = name.chars();
    chars.next().is_some_and(char::is_uppercase)
        && name.chars().count() >= 2
        && chars.all(|c| c.is_lowercase() || c == '-')
}

/// Whether the signal `word`, of one capital letter and a period, is an
/// initial: a second initial follows it without a space (`V.E. Orlando`),
/// or `rest` after it is one capitalised name and a comma (` Kot,
/// Historia …`, ` Carval, op. cit.`, ` Rodotà, Il diritto…`), as a name
/// written with its initial opens a citation in any language; `S. dazu
/// Müller` and `S. 45` keep the signal or the page, and German's `s.
/// Müller` in lowercase is the signal.
fn initial_before_name(word: &str, rest: &str) -> bool {
    let mut w = word.chars();
    let capital = w.next().is_some_and(char::is_uppercase) && w.as_str() == ".";
    // `V.E. Orlando`, `S.I. Popa`: initials written together, the second
    // right after the first's period.
    let mut r = rest.chars();
    let joined = r.next().is_some_and(char::is_uppercase) && r.next() == Some('.');
    capital && (joined || particle_before_name(rest) || capitals_before_title(rest))
}

/// Whether `rest`, after a capital and its period, is a family name in
/// capitals of four letters or more, a comma and a title's first word (`
/// ROPPO, Il contratto`), as Italian, French and Brazilian notes write a
/// name after its initial; a court's abbreviation (` BGH, Urt. v. …`, `
/// CJUE, 12 mai …`) is none.
fn capitals_before_title(rest: &str) -> bool {
    let Some((name, after)) = rest.strip_prefix(' ').and_then(|t| t.split_once(", ")) else {
        return false;
    };
    let word = after.split(' ').next().unwrap_or("");
    let mut w = word.chars();
    name.chars().count() >= 4
        && name
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '\'')
        && w.next().is_some_and(char::is_uppercase)
        && w.next().is_some_and(char::is_lowercase)
        && !word.ends_with('.')
}

/// The length of a phrase of one to three lowercase words and the comma
/// and space after it, at the start of `s`, when a capital opens what
/// follows (`en general, LYNCH`, `por ejemplo, J. Pérez`); 0 otherwise.
fn qualifier_len(s: &str) -> usize {
    let Some(comma) = s[..crate::source::floor_char_boundary(s, 40)].find(", ") else {
        return 0;
    };
    let phrase = &s[..comma];
    let words = phrase.split_whitespace().count();
    let lower = phrase
        .split_whitespace()
        .all(|w| w.chars().all(char::is_lowercase));
    let capital = s[comma + 2..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    if (1..=3).contains(&words) && lower && capital {
        comma + 2
    } else {
        0
    }
}

/// `前引杜赞奇：《文化、权力与国家》，第15页`: a word of the grammars'
/// `back_references.op_cit` glued before an author's name in Han
/// characters, a colon and a title in book brackets, opens a short form by
/// author and title; the word is no part of the name. Its length, or 0.
fn op_cit_before_name_len(s: &str, g: &Grammar) -> usize {
    let is_han = |c: char| matches!(c as u32, 0x4E00..=0x9FFF);
    if !s.starts_with(is_han) {
        return 0;
    }
    let Some(m) = g.op_cit.find_at(s, 0).filter(|m| m.start == 0) else {
        return 0;
    };
    let rest = &s[m.end..];
    // The name: one to eight Han characters or dots, then `：` and `《`.
    let name = rest
        .char_indices()
        .take(9)
        .find(|&(_, c)| !(is_han(c) || matches!(c, '·' | '‧' | '•')))
        .map_or(rest.len(), |(i, _)| i);
    let named = name > 0
        && rest[name..]
            .strip_prefix(['：', ':'])
            .is_some_and(|t| t.trim_start().starts_with(['《', '『']));
    if named {
        m.end
    } else {
        0
    }
}

/// The length of a joining word of the grammar written in letters (`and`,
/// `und`, `et`, `y`) and the spaces after it that open an item: the last
/// item of a list (`…; and Gordon Jackson, …`).
fn joining_word_len(s: &str, g: &Grammar) -> usize {
    let t = s.trim_start();
    g.and_words
        .iter()
        .filter(|w| w.chars().all(char::is_alphabetic))
        .find_map(|w| {
            let rest = t.strip_prefix(w.as_str())?;
            let after = rest.trim_start_matches(' ');
            (after.len() < rest.len() && !after.is_empty()).then(|| s.len() - after.len())
        })
        .unwrap_or(0)
}

/// A signal written in lowercase after a lead-in of prose (`For a
/// different view, see John Brewer, …`, `On "borrowed capacity" see …`):
/// the length up to the cited work and the signal. The lead-in is short,
/// holds no number (no citation of its own) and reads as prose: it holds
/// a lowercase word that is no name particle or joining word (`Berger,
/// a. a. O.` has none), or, as German capitalises its nouns, is two to
/// four capitalised words with no comma before a signal of three letters
/// or more (`Zur Begrifflichkeit vgl.`, `Zum Ganzen siehe`). The work
/// opens with a capital or a quote.
fn signal_after_prose(s: &str, g: &Grammar) -> Option<(usize, String)> {
    // The signals lexicon is anchored: it is tried at each lowercase word
    // after a word of prose, within the lead-in, which ends at the first
    // digit.
    let lead_in = &s[..s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len())];
    let mut prose = false;
    let mut at = 0;
    let mut previous = 0;
    let mut found = None;
    for (words, w) in lead_in.split_inclusive(char::is_whitespace).enumerate() {
        let i = at;
        at += w.len();
        if i > 320 {
            break;
        }
        // Words of a script without capitals may be prose or a signal.
        let lower_or_caseless = |w: &str| {
            w.starts_with(|c: char| c.is_lowercase() || crate::text::is_caseless_letter(c))
        };
        // `Zur Begrifflichkeit vgl.`: capitalised words before a signal.
        let capitals_lead = !prose
            && (2..=4).contains(&words)
            && !s[..i].contains(',')
            && w.trim_end().trim_end_matches('.').chars().count() >= 3;
        // `…, hg. v. Joseph Baader`: the `v.` (French `voir`, Italian
        // `vedi`) that ends an editor's words is none.
        if (prose || capitals_lead)
            && lower_or_caseless(w)
            && g.contributor_prefix(&s[previous..]).is_none()
        {
            if let Some(m) = g.signals.find(&s[i..]).filter(|m| {
                prose
                    || s[i + m.start..i + m.end]
                        .trim()
                        .trim_end_matches('.')
                        .chars()
                        .count()
                        >= 3
            }) {
                found = Some((i + m.start, i + m.end));
                break;
            }
        }
        previous = i;
        // Once prose, always prose: the next words need not be read for it.
        if !prose {
            let word = w.trim_matches(|c: char| !c.is_alphabetic());
            // `ders., a.a.O.`: a word for the same author is no prose.
            prose = word.chars().nth(1).is_some()
                && lower_or_caseless(word)
                && !same_author_word(w, g)
                && !crate::syntax::name::PARTICLES.contains(&word)
                && !g.and_words.iter().any(|a| a == word);
        }
    }
    let (start, end) = found?;
    let word = &s[start..end];
    if s[..start].chars().nth(160).is_some() {
        return None;
    }
    // `Leaders of a Beautiful Struggle v. Baltimore Police Dep't, 2 F.4th
    // 330`: the `v.` between a case's parties, with no comma before it
    // (it vedi, fr voir follow a lead-in's comma), is no signal.
    // Italian lead-ins write it after a lowercase word (`Sul punto v.
    // Franzoni`), a case's parties end with a capitalised one.
    let before_capitalised = s[..start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    if word.trim() == "v." && !s[..start].contains(',') && before_capitalised {
        return None;
    }
    let rest = &s[end..];
    let mut skip = rest.len() - rest.trim_start_matches([',', ' ', ':']).len();
    let opens = |t: &str| {
        t.starts_with(|c: char| {
            crate::text::opens_name(c) || matches!(c, '“' | '"' | '«' | '„' | '*' | '_')
        })
    };
    // `v., per tutti, Castronovo`: a qualifier of a few lowercase words
    // between commas after the signal.
    if !opens(&rest[skip..]) && rest[..skip].contains(',') {
        skip += qualifier_len(&rest[skip..]);
    }
    opens(&rest[skip..]).then(|| (end + skip, word.trim().to_string()))
}

/// Strips a trailing signal (`참조`, `참고`); returns the new end.
fn trailing_signal(s: &str, g: &Grammar) -> Option<(usize, String)> {
    let t = s.trim_end_matches(['.', ' ', '。']);
    g.trailing_signal_words
        .iter()
        .find_map(|w| Some((t.strip_suffix(w.as_str())?.trim_end().len(), w.clone())))
}

/// Strips a remark on the cited place that closes an item (the grammars'
/// `signals.remarks`: `Canaris, JZ 1987, 993 (995) m.w.N.`, `m. w. N.`),
/// matched without regard to case or white space after a space, a comma
/// or a closing bracket; returns the new end.
fn trailing_remark(s: &str, g: &Grammar) -> Option<usize> {
    let t = s.trim_end();
    g.remarks.iter().find_map(|w| {
        let mut want = w.chars().rev().peekable();
        let mut cut = None;
        for (i, c) in t.char_indices().rev() {
            if c.is_whitespace() {
                continue;
            }
            let next = want.next()?;
            if !c.to_lowercase().eq(std::iter::once(next)) {
                return None;
            }
            if want.peek().is_none() {
                cut = Some(i);
                break;
            }
        }
        let before = t.get(..cut?)?;
        if !before.ends_with([' ', ')', ',']) {
            return None;
        }
        let end = before.trim_end_matches([' ', ',']).len();
        (end > 0).then_some(end)
    })
}

/// The pinpoint in brackets after the pages of an article or a chapter,
/// as MHRA writes it: `Analecta, 13 (1957), 3–60 (p. 14)`, `in The Book,
/// ed. by John Doe (London: Verso, 1990), pp. 12–30 (pp. 15–16)`. The
/// bracket holds a page word of the grammars and its number alone, and
/// a range stands right before it: where the range ends, and the locator.
fn pin_after_range_in_brackets(cit: &str, g: &Grammar) -> Option<(usize, Locator)> {
    let t = cit.trim_end().trim_end_matches('.').trim_end();
    let inner = t.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let inner = &inner[open + 1..];
    if inner.len() > 30 || inner.contains(')') {
        return None;
    }
    let m = g.page.find(inner).filter(|m| m.start == 0)?;
    let (a, b) = m.number?;
    if !inner[b..].trim().is_empty() {
        return None;
    }
    let before = t[..open].trim_end();
    // The range before: figures, a dash, figures.
    let last = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let first = last.strip_suffix(['-', '–', '—'])?;
    let ranged = last.len() < before.len() && first.ends_with(|c: char| c.is_ascii_digit());
    ranged.then(|| {
        (
            before.len(),
            Locator {
                label: "page".into(),
                value: crate::grammar::locator_value(&inner[a..b]),
                ..Default::default()
            },
        )
    })
}

/// A pinpoint after a page range: `5–56, 12` or `5–56, at 12`.
static PIN_AFTER_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"[0-9]\s*[-–—]\s*[0-9]{1,5}\s*(,\s*(?:at\s+)?([0-9]{1,5}(?:\s*[-–—]\s*[0-9]{1,5})?))\s*\.?\s*$",
    )
});

/// A pinpoint after an article's first page in a journal cited by its
/// abbreviation and year without brackets, as German law notes write it
/// (`VersR 2020, 717, 720`, `NJW 2009, 2952, 2954 f.`): the first page
/// (group 1, where the work ends) and the page cited (group 2).
static PIN_AFTER_JOURNAL_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"\p{L}[\p{L}.!-]*\s(?:1[5-9]|20)[0-9][0-9],\s*[0-9]{1,5}()(?:,\s*)([0-9]{1,5}(?:\s*[-–]\s*[0-9]{1,5})?)(?:\s*ff?\.)?\s*\.?\s*$",
    )
});

/// A pinpoint after an article's first page in a law journal cited by
/// its year in brackets (`[1997] PL 467, 470`, `(2005) 121 LQR 101,
/// 105`, `(1997) 5(1) AHR 1, 3`), as OSCOLA and AGLC write it, or after
/// `at` as the McGill Guide does (`(2005) 50:2 McGill LJ 345 at 350`).
static PIN_AFTER_LAW_JOURNAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"(?:\[[0-9]{4}\](?:\s+[0-9]{1,4})?|\([0-9]{4}\)\s+[0-9]{1,4}(?:\([0-9]{1,4}\)|:[0-9]{1,4})?)\s+\p{Lu}[\p{L}&.'\s]*?\s+[0-9]{1,6}((?:,\s*|\s+at\s+)([0-9]{1,6}(?:\s*[-–]\s*[0-9]{1,6})?))\s*\.?\s*$",
    )
});

/// A bare number or range after the closing parenthesis of a book's
/// publication details: `(Princeton: Princeton University Press, 1976), 58.`
static PIN_AFTER_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(r"\)\s*(,\s*(?:at\s+)?([0-9]{1,5}(?:\s*[-–—]\s*[0-9]{1,5})?))\s*\.?\s*$")
});

/// A pinpoint after an imprint in brackets without a comma, as Dutch notes
/// write it: `Katholieke volksorganisaties (Nijmegen 1983) 60.`, a place
/// and a year in the brackets; OSCOLA writes a publisher there, after an
/// edition statement of an ordinal and a word (`(2nd edn, Clarendon Press
/// 1994) 12`).
static PIN_AFTER_IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"\((?:[0-9]{1,3}(?:\p{L}{1,3}\.?|\.)\s+\p{L}+\.?,\s+)?\p{Lu}[^()0-9]*\s(?:1[5-9]|20)[0-9][0-9]\)(\s+([0-9]{1,5}(?:\s*[-–—]\s*[0-9]{1,5})?))\s*\.?\s*$",
    )
});

/// A pinpoint after an imprint without brackets, as Finnish and German
/// notes write it: `Suomen historian suuret myytit. Helsinki: WSOY 2007,
/// 45.`, a publisher without digits after a colon, a year, a comma, a
/// page or range.
static PIN_AFTER_COLON_IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r":\s\p{Lu}[^:()0-9,;]*\s(?:1[5-9]|20)[0-9][0-9](,\s*([0-9]{1,5}(?:\s*[-–—]\s*[0-9]{1,5})?))\s*\.?\s*$",
    )
});

/// A pinpoint after an imprint of a place and a year alone, as Finnish
/// notes write it: `Vankileirit 1918. Helsinki 2004, 31.` A sentence's
/// end, the place in one capitalised word, the year, a comma, a page or
/// range and nothing after it. (A journal's name is mostly longer, and
/// the reference read before it must be a book.)
static PIN_AFTER_PLACE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"\.\s\p{Lu}[\p{Ll}\-]+\s(?:1[5-9]|20)[0-9][0-9](,\s*([0-9]{1,5}(?:\s*[-–—]\s*[0-9]{1,5})?))\s*\.?\s*$",
    )
});

/// A pinpoint in brackets after a journal's year and first page, as law
/// notes write it: `NJW 2005, 1234 (1238)`, `DVBl. 1999, 445 (447 f.)`,
/// `VerwArch 95 (2004), 233 (240)`. The year follows a letter or a period
/// (the journal's abbreviation), or stands in brackets after the volume.
static PIN_IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"(?:\p{L}\.? (?:1[5-9]|20)[0-9][0-9]|\((?:1[5-9]|20)[0-9][0-9]\)),\s*[0-9]{1,6}(?:\s*ff?\.)?\s*(\(([0-9]{1,6}(?:\s*[-–]\s*[0-9]{1,6})?)(?:\s*ff?\.)?\))\s*\.?\s*$",
    )
});

/// Whether `s` is one capitalised word of letters (`Jura`, `Berlin`).
fn one_word_name(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
        && s.chars().nth(1).is_some()
        && s.chars().all(char::is_alphabetic)
}

/// `Titel, Jura 2009, 12 (14)`: a journal's name of one word reads as a
/// book's place, which no shape tells apart, but a book's place and year
/// are never followed by a bare first page and a pinpoint in brackets
/// (books are cited `Berlin 2009, S. 12`). With that pinpoint cut off,
/// `head` ends in `Name YEAR, PAGE`: the place read is the journal, the
/// page its first page.
fn one_word_journal(parsed: &mut ParsedReference, head: &str) {
    let item = &mut parsed.item;
    let Some(place) = item.publisher_place.as_deref() else {
        return;
    };
    let year = item
        .issued
        .as_ref()
        .and_then(|d| d.date_parts.first()?.first().copied());
    let (Some(year), true, None, None) = (
        year,
        one_word_name(place),
        &item.publisher,
        &item.container_title,
    ) else {
        return;
    };
    let t = head.trim_end().trim_end_matches(['f', '.', ' ']);
    let Some((before, page)) = t.rsplit_once(", ") else {
        return;
    };
    let page = page.trim();
    if !(1..=6).contains(&page.len())
        || !page.bytes().all(|c| c.is_ascii_digit())
        || !before.ends_with(&format!(", {place} {year}"))
    {
        return;
    }
    item.container_title = item.publisher_place.take();
    item.page = Some(page.to_string());
    item.kind = "article-journal".into();
    if parsed.unparsed.as_deref() == Some(page) {
        parsed.unparsed = None;
    }
}

/// Parses the full citation `cit` and finds its pinpoint, which belongs to
/// the citation, not to the work: a number in brackets after a journal's
/// first page (`NJW 2005, 1234 (1238)`), a number after the work's page range
/// (`(1990): 5–56, 12`), a number after a book's publication details
/// (`(Princeton: Press, 1976), 58`), or the page of a book
/// (`Paris, Minuit, 1979, p. 45`, `(Seoul: Hanul, 2010), 30쪽`).
fn parse_full(cit: &str, g: &Grammar) -> (ParsedReference, Option<Locator>) {
    // `Madeleine Zelin, ed., Contract and Property…`: the names are the
    // editors'; the role word, blanked, is read as no title.
    if let Some((x, y)) = role_after_names(cit, g) {
        let blanked = format!("{}{}{}", &cit[..x], " ".repeat(y - x), &cit[y..]);
        let (mut parsed, locator) = parse_full_ordered(&blanked, note_name_order(cit, g), g);
        if parsed.item.editor.is_empty() && !parsed.item.author.is_empty() {
            parsed.item.editor = std::mem::take(&mut parsed.item.author);
            let locator = paragraph_number(&mut parsed, locator);
            return (parsed, locator);
        }
    }
    let (mut parsed, locator) = parse_full_ordered(cit, note_name_order(cit, g), g);
    let locator = paragraph_number(&mut parsed, locator);
    part_of_work(&mut parsed, cit, g);
    (parsed, locator)
}

/// `Madeleine Zelin, ed., Title`, `Zelin, Ocko and Gardella, eds., Title`:
/// a role word of the grammars' `names.roles` ending in a period, written
/// as a part of its own between commas after the names that open a note's
/// citation (Chicago 14.76). Where `, ed.` starts and ends. The names hold
/// no digit, quote or bracket.
fn role_after_names(cit: &str, g: &Grammar) -> Option<(usize, usize)> {
    // A cheap test first: a short word ending in a period between commas.
    let head = &cit[..crate::source::floor_char_boundary(cit, 160)];
    if !head.contains(".,") || !cit.starts_with(char::is_uppercase) {
        return None;
    }
    let mut from = 0;
    while let Some(i) = head[from..].find(", ") {
        let at = from + i;
        let names = &head[..at];
        if names.contains(|c: char| {
            c.is_ascii_digit() || matches!(c, '"' | '“' | '”' | '(' | ')' | '[' | '«' | '*' | '_')
        }) {
            return None;
        }
        let rest = &head[at + 2..];
        if let Some(role) = g.roles.iter().find(|r| {
            r.ends_with('.')
                && r.chars().next().is_some_and(char::is_alphabetic)
                && rest
                    .strip_prefix(r.as_str())
                    .is_some_and(|t| t.starts_with(", "))
        }) {
            return Some((at, at + 2 + role.len()));
        }
        from = at + 2;
    }
    None
}

/// `Ernest Sirluck, introduction to Complete Prose Works of John Milton,
/// vol. 2`: a note that cites the introduction, preface or afterword an
/// author wrote to a work names the part in lowercase before the work's
/// title (the grammars' `names.part_of_work`, Chicago 14.110); the title
/// is the work's, after those words.
pub(crate) fn part_of_work(parsed: &mut ParsedReference, cit: &str, g: &Grammar) {
    let Some((x, y)) = parsed.title else {
        return;
    };
    let Some(title) = cit.get(x..y) else {
        return;
    };
    let opens = |r: &str| r.starts_with(|c: char| c.is_uppercase() || "“\"«„".contains(c));
    let Some((word, rest)) = g.part_of_work.iter().find_map(|w| {
        let rest = title
            .strip_prefix(w.as_str())?
            .strip_prefix(char::is_whitespace)?;
        opens(rest.trim_start()).then_some((w, rest.trim_start()))
    }) else {
        return;
    };
    parsed.title = Some((y - rest.len(), y));
    if let Some(t) = parsed.item.title.as_mut() {
        if let Some(r) = t.strip_prefix(word.as_str()) {
            *t = r.trim_start().to_string();
        }
    }
}

/// `title` without the words of the grammars' `part_of_work` that open it
/// (`voce Obbligazioni`: `Obbligazioni`), when a capital or a quote
/// follows them.
fn without_part_words(title: String, g: &Grammar) -> String {
    let rest = g.part_of_work.iter().find_map(|w| {
        let rest = title
            .strip_prefix(w.as_str())?
            .strip_prefix(char::is_whitespace)?
            .trim_start();
        rest.starts_with(|c: char| c.is_uppercase() || "“\"«„".contains(c))
            .then_some(rest)
    });
    match rest {
        Some(r) => r.to_string(),
        None => title,
    }
}

/// `Droit civil. Les obligations, 12e éd., Dalloz, 2018, n° 915`: an
/// issue number read in a book cited in a note, after its imprint, is the
/// numbered paragraph cited, as French law books are cited (`n° 915, p.
/// 305` cites a page of it). A book has no issue: the number leaves the
/// work, and is the locator where no page is cited.
fn paragraph_number(parsed: &mut ParsedReference, locator: Option<Locator>) -> Option<Locator> {
    let item = &parsed.item;
    let book = item.kind == "book"
        && item.container_title.is_none()
        && (item.publisher.is_some() || item.publisher_place.is_some())
        && item.issued.is_some();
    if !book {
        return locator;
    }
    let Some(number) = parsed.item.issue.take() else {
        return locator;
    };
    locator.or(Some(Locator {
        label: "paragraph".into(),
        value: number,
        ..Default::default()
    }))
}

/// A full citation whose pinpoint ends with a note on the page cited
/// (`(Oxford: Clarendon Press, 2015), 45 n. 3`, `2. Aufl. 2010, S. 12 Fn.
/// 4`, `法律出版社2010年版，第45页注3`): the citation read without the
/// note, whose page is then the locator's value and the note its `note`.
fn full_with_note(
    cit: &str,
    order: NameOrder,
    g: &Grammar,
) -> Option<(ParsedReference, Option<Locator>)> {
    let (cut, (a, b)) = note_tail(cit, g)?;
    let (parsed, pin) = parse_full_ordered(&cit[..cut], order, g);
    let before = &cit[..cut];
    // `Journal of Economic History 53, no. 3 (1993): 185n2`: the page read
    // as the article's is one page, and a note on it is cited: the page is
    // the pinpoint (CMOS 14.158).
    let pin = pin.or_else(|| {
        let page = parsed.item.page.as_deref()?;
        (parsed.item.container_title.is_some()
            && page.bytes().all(|b| b.is_ascii_digit())
            && before.trim_end().ends_with(&format!(": {page}")))
        .then(|| Locator {
            label: "page".into(),
            value: page.to_string(),
            ..Default::default()
        })
    });
    let pin = pin.filter(|p| p.label == "page" && !may_be_year(&p.value))?;
    let from = crate::source::floor_char_boundary(before, cut.saturating_sub(40));
    let worded = g
        .page
        .find_all(&before[from..])
        .last()
        .filter(|m| from + m.end == cut)
        .map(|m| from + m.start);
    let start = worded.or_else(|| before.rfind(pin.value.as_str()))?;
    Some((
        parsed,
        Some(Locator {
            note: Some(crate::grammar::locator_value(&cit[a..b])),
            text: Some(cit[start..b].to_string()),
            ..pin
        }),
    ))
}

/// [`parse_full`], its names read in `order`.
fn parse_full_ordered(
    cit: &str,
    order: NameOrder,
    g: &Grammar,
) -> (ParsedReference, Option<Locator>) {
    let page = |m: regex::Match<'_>| Locator {
        label: "page".into(),
        value: crate::grammar::locator_value(m.as_str()),
        ..Default::default()
    };
    // `pp. 10–20, 2019`: a year after the pages is the date, not a page.
    let not_year = |m: &regex::Match<'_>| {
        !(m.len() == 4
            && m.as_str()
                .parse::<u32>()
                .is_ok_and(|y| (1400..=2100).contains(&y)))
    };
    if let Some(found) = full_with_note(cit, order, g) {
        return found;
    }
    if let Some((cut, pin)) = pin_after_word(cit, g) {
        return (parse_reference(&cit[..cut], order, g), Some(pin));
    }
    let digit_end = cit
        .trim_end_matches(['.', ' '])
        .ends_with(|c: char| c.is_ascii_digit());
    let law_journal = (digit_end && cit.contains(['[', '(']))
        .then(|| crate::re::captures(&PIN_AFTER_LAW_JOURNAL, cit))
        .flatten();
    if let Some(c) = law_journal {
        if let (Some(cut), Some(pin)) = (c.get(1), c.get(2)) {
            return (
                parse_reference(&cit[..cut.start()], order, g),
                Some(page(pin)),
            );
        }
    }
    // `Wagner, Titel, VersR 2020, 717, 720`: a German journal's year,
    // the article's first page and the page cited.
    let journal_pin = (digit_end && cit.contains(", "))
        .then(|| crate::re::captures(&PIN_AFTER_JOURNAL_PAGE, cit))
        .flatten();
    if let Some(c) = journal_pin {
        if let (Some(cut), Some(pin)) = (c.get(1), c.get(2)) {
            let parsed = parse_reference(&cit[..cut.end()], order, g);
            if parsed.item.container_title.is_some() && parsed.item.page.is_some() {
                return (parsed, Some(page(pin)));
            }
        }
    }
    if let Some((cut, pin)) = pin_after_range_in_brackets(cit, g) {
        return (parse_reference(&cit[..cut], order, g), Some(pin));
    }
    if let Some(c) = crate::re::captures(&PIN_IN_BRACKETS, cit) {
        if let (Some(cut), Some(pin)) = (c.get(1), c.get(2)) {
            let mut parsed = parse_reference(&cit[..cut.start()], order, g);
            one_word_journal(&mut parsed, &cit[..cut.start()]);
            return (parsed, Some(page(pin)));
        }
    }
    if let Some(c) = crate::re::captures(&PIN_AFTER_RANGE, cit) {
        if let (Some(cut), Some(pin)) = (c.get(1), c.get(2).filter(not_year)) {
            let parsed = parse_reference(&cit[..cut.start()], order, g);
            return (parsed, Some(page(pin)));
        }
    }
    if let Some(c) = crate::re::captures(&PIN_AFTER_PAREN, cit) {
        if let (Some(cut), Some(pin)) = (c.get(1), c.get(2).filter(not_year)) {
            let parsed = parse_reference(&cit[..cut.start()], order, g);
            if parsed.item.container_title.is_none() {
                return (parsed, Some(page(pin)));
            }
        }
    }
    if let Some((cut, pin)) = division_after_paren(cit) {
        let parsed = parse_reference(&cit[..cut], order, g);
        if parsed.item.container_title.is_none() {
            return (parsed, Some(pin));
        }
    }
    if let Some(c) = crate::re::captures(&PIN_AFTER_IMPRINT, cit) {
        if let (Some(cut), Some(pin)) = (c.get(1), c.get(2)) {
            let parsed = parse_reference(&cit[..cut.start()], order, g);
            if parsed.item.container_title.is_none() {
                return (parsed, Some(page(pin)));
            }
        }
    }
    if let Some((cut, pin)) =
        pin_word_after_paren(cit, g).filter(|&(cut, _)| !volume_then_year(&cit[..cut]))
    {
        // An article's pages after its year (`(2024), pp. 203-235`) are
        // no pinpoint.
        let parsed = parse_reference(&cit[..cut], order, g);
        if parsed.item.container_title.is_none() {
            return (parsed, Some(pin));
        }
    }
    if let Some((cut, pin)) = pin_word_after_cjk_year(cit, g) {
        let parsed = parse_reference(&cit[..cut], order, g);
        if parsed.item.container_title.is_none() {
            return (parsed, Some(pin));
        }
    }
    if let Some((cut, pin)) = pin_after_town_and_year(cit, g) {
        let parsed = parse_reference(&cit[..cut], order, g);
        if parsed.item.container_title.is_none() {
            return (parsed, Some(pin));
        }
    }
    if let Some(c) = crate::re::captures(&PIN_AFTER_COLON_IMPRINT, cit) {
        if let (Some(cut), Some(pin)) = (c.get(1), c.get(2).filter(not_year)) {
            let parsed = parse_reference(&cit[..cut.start()], NameOrder::Natural, g);
            if parsed.item.container_title.is_none() {
                return (parsed, Some(page(pin)));
            }
        }
    }
    if let Some(c) = crate::re::captures(&PIN_AFTER_PLACE_YEAR, cit) {
        if let (Some(cut), Some(pin)) = (c.get(1), c.get(2).filter(not_year)) {
            let parsed = parse_reference(&cit[..cut.start()], order, g);
            let book = parsed.item.container_title.is_none()
                && parsed.item.publisher_place.is_some()
                && parsed.item.issue.is_none();
            if book {
                return (parsed, Some(page(pin)));
            }
        }
    }
    if let Some((cut, pin)) = pin_after_details(cit, g).or_else(|| margin_in_brackets(cit, g)) {
        return (parse_reference(&cit[..cut], order, g), Some(pin));
    }
    if let Some((cut, pin)) = pin_after_day(cit, g) {
        let parsed = parse_reference(&cit[..cut], order, g);
        if parsed.item.kind == "article-newspaper" {
            return (parsed, Some(pin));
        }
    }
    if let Some((cut, pin)) = margin_after_comma(cit, g) {
        let parsed = parse_reference(&cit[..cut], order, g);
        if parsed.item.container_title.is_none() && parsed.item.kind == "book" {
            return (parsed, Some(pin));
        }
    }
    let mut parsed = parse_reference(cit, order, g);
    // A chapter cited with one page (`In: … São Paulo: Alameda, 2011. p.
    // 41.`) is cited at that page; its range would be the chapter's.
    let chapter_page = parsed.item.kind == "chapter"
        && parsed
            .item
            .page
            .as_deref()
            .is_some_and(|p| p.chars().all(|c| c.is_ascii_digit()));
    // `载《中国法学》2015年第3期，第38页`, `…第3期，第38—59页`: the pages
    // written as an ordinal (`第38页`) after a journal's issue in a note
    // are the pages cited, as the Chinese legal citation manual (《法学
    // 引注手册》) has notes cite them; a list of works gives the article's.
    let ordinal_page = parsed.item.kind == "article-journal"
        && parsed.item.page.is_some()
        && g.page.find_all(cit).last().is_some_and(|m| {
            cit[m.start..m.end]
                .trim_end()
                .ends_with(|c: char| !c.is_ascii())
                && g.ordinal_prefix
                    .iter()
                    .any(|o| !o.is_empty() && cit[m.start..].starts_with(o.as_str()))
        });
    let locator = if chapter_page
        || ordinal_page
        || page_after_year_number(cit, &parsed.item)
        || parsed.item.container_title.is_none()
            && matches!(parsed.item.kind.as_str(), "book" | "classic" | "thesis")
    {
        parsed.item.page.take().map(|value| Locator {
            label: "page".into(),
            value,
            ..Default::default()
        })
    } else {
        None
    };
    (parsed, locator)
}

/// A journal that numbers its articles within each year is cited by year
/// and number (Dutch `NJB 2015/123`, `AB 2012/45`, `JB 2019/12`): the
/// number names the article, so a page after it in a note (`NJB 2015/123,
/// p. 45`) is the place cited, not the article's first page. A range
/// there (`NTB 2020/12, p. 80-88`) may be the article's pages, as a list
/// gives them, and stays so. True where `item` is an article with a
/// number and one page, and `cit` writes the year, a slash and that
/// number.
fn page_after_year_number(cit: &str, item: &crate::model::CslItem) -> bool {
    let (Some(number), Some(page)) = (&item.number, &item.page) else {
        return false;
    };
    let Some(year) = item
        .issued
        .as_ref()
        .and_then(|d| d.date_parts.first())
        .and_then(|p| p.first())
    else {
        return false;
    };
    item.kind == "article-journal"
        && number.bytes().all(|b| b.is_ascii_digit())
        && !page.is_empty()
        && page.bytes().all(|b| b.is_ascii_digit())
        && cit.contains(&format!("{year}/{number}"))
}

/// A classical work's divisions after the brackets of its imprint and a
/// comma (`Homer, The Odyssey, trans. Robert Fagles (New York: Viking,
/// 1996), 9.105.`): where the brackets end and the locator, a section
/// ([`classical_division`]). The caller checks that they close a book's
/// imprint.
fn division_after_paren(cit: &str) -> Option<(usize, Locator)> {
    let t = cit.trim_end().trim_end_matches('.').trim_end();
    // A cheap test first: the citation ends on a digit.
    if !t.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let close = t.rfind(')')?;
    let rest = t[close + 1..].strip_prefix(", ")?;
    classical_division(rest).then(|| {
        (
            close + 1,
            Locator {
                label: "section".into(),
                value: crate::grammar::locator_value(rest),
                ..Default::default()
            },
        )
    })
}

/// A pinpoint by its word after the brackets that close a work's details,
/// as OSCOLA writes it: `(Cm 3782, 1997) para 2.5`, `(OUP 2010) ch 4`,
/// `(London, 1954), p. 12`: a page word or a word of `locators.pinpoints`
/// and its number, and nothing after them. Returns where the brackets end
/// and the locator; the caller checks that they close a book's imprint,
/// not a journal's year.
fn pin_word_after_paren(cit: &str, g: &Grammar) -> Option<(usize, Locator)> {
    let t = cit.trim_end().trim_end_matches(['.', '。']).trim_end();
    // `（有斐閣、2009年）第3章`: a full-width bracket, a CJK comma after it.
    let close = t.rfind([')', '）'])?;
    let width = if t[close..].starts_with(')') {
        1
    } else {
        '）'.len_utf8()
    };
    let rest = t[close + width..].trim_start_matches([',', ' ', '、', '，']);
    if rest.is_empty() || rest.len() > 40 {
        return None;
    }
    let found = match g.pinpoint(rest) {
        Some((label, m)) => Some((label.to_string(), m)),
        None => g.page.find(rest).map(|m| ("page".to_string(), m)),
    };
    let Some((label, m)) = found else {
        return (width == 1)
            .then(|| bare_pin_after_year(t, close, rest))
            .flatten();
    };
    let (a, b) = m.number?;
    let b = dotted_end(rest, b);
    // A word after its number (`第2章`) ends the pinpoint as well.
    if m.start != 0 || !rest[b.max(m.end)..].trim().is_empty() {
        return None;
    }
    Some((
        close + width,
        Locator {
            label,
            value: pinpoint_value(&rest[a..b]),
            ..Default::default()
        },
    ))
}

/// Whether `s` ends with a journal's volume and its year in brackets
/// (`Law Quarterly Review 12 (2024)`, `Past & Present 5(1) (1997)`): a
/// number, then a bracket that holds a year alone. Pages after it are the
/// article's, so the part before them is not parsed as a book on its own.
fn volume_then_year(s: &str) -> bool {
    let Some(inner) = s.trim_end().strip_suffix(')') else {
        return false;
    };
    let Some(open) = inner.rfind('(') else {
        return false;
    };
    let year = inner[open + 1..].trim();
    year.len() == 4
        && crate::grammar::is_year(year)
        && inner[..open]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit() || c == ')')
}

/// `…，北京：中华书局，2013年，第2章`, `…出版社2009年版，第3章`: a pinpoint
/// of the grammars' `locators.pinpoints` after a CJK comma that follows a
/// year written with its suffix (`年`, `年版`), and nothing after it, as
/// Chinese notes cite a book's chapter. Returns where the year ends and
/// the locator.
fn pin_word_after_cjk_year(cit: &str, g: &Grammar) -> Option<(usize, Locator)> {
    let t = cit.trim_end().trim_end_matches(['.', '。']).trim_end();
    // A cheap test first: a CJK comma and a word after a number at the end.
    if t.is_ascii() || !t.contains(['，', '、']) {
        return None;
    }
    let (head, rest) = t.rsplit_once(['，', '、'])?;
    let year = head.trim_end();
    let year = year.strip_suffix('版').unwrap_or(year);
    let dated = g.year_suffix.iter().filter(|w| !w.is_empty()).any(|w| {
        year.strip_suffix(w.as_str())
            .is_some_and(|y| y.ends_with(|c: char| c.is_ascii_digit()))
    });
    if !dated || rest.len() > 30 {
        return None;
    }
    let (label, m) = g.pinpoint(rest)?;
    let (a, b) = m.number?;
    (m.start == 0 && rest[b.max(m.end)..].trim().is_empty()).then(|| {
        (
            head.len(),
            Locator {
                label: label.to_string(),
                value: pinpoint_value(&rest[a..b]),
                ..Default::default()
            },
        )
    })
}

/// The value of a pinpoint's number: as written, or in digits where it is
/// written in Han numerals (`二` of `第二章` is `2`).
fn pinpoint_value(number: &str) -> String {
    if number.is_ascii() {
        return crate::grammar::locator_value(number);
    }
    crate::grammar::han_number_value(number)
        .map_or_else(|| crate::grammar::locator_value(number), |n| n.to_string())
}

/// `…, Essays on Reform, London, 1971, 60.`: a page after a town of the
/// grammars' `names.places` and a year, each after a comma, as notes write
/// a book's imprint without brackets. Returns where the year ends and the
/// page (a number or a range).
fn pin_after_town_and_year(cit: &str, g: &Grammar) -> Option<(usize, Locator)> {
    let t = cit.trim_end().trim_end_matches('.').trim_end();
    let (head, pin) = t.rsplit_once(", ")?;
    let page = !pin.is_empty()
        && pin.len() <= 11
        && pin.starts_with(|c: char| c.is_ascii_digit())
        && pin
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'));
    let (before, year) = head.rsplit_once(", ")?;
    let (_, town) = before.rsplit_once(", ")?;
    let dated = year.len() == 4 && crate::grammar::is_year(year);
    let listed = g.places.binary_search(&town.trim().to_string()).is_ok();
    (page && dated && listed).then(|| {
        (
            head.len(),
            Locator {
                label: "page".into(),
                value: crate::grammar::locator_value(pin),
                ..Default::default()
            },
        )
    })
}

/// A page without its word after brackets that end with a year: after
/// the bracket with no comma, as OSCOLA cites a paper by its number
/// (`(Cm 3782, 1997) 58`, `(Law Com CP No 154, 1999) 23`, AGLC with the
/// paragraphs on it, `(Report No 129, 2015) 89 [4.12]`), or a volume
/// and its page joined by a colon, with or without a comma (`4 vols.
/// (London: Macmillan, 1940), 1:154`). `rest` is what follows the bracket
/// that closes at `close` in `t`: a number, a range (`23–5`) or a volume
/// and a page, and nothing else; the caller checks that the brackets close
/// a book's or a paper's details, not a journal's year.
fn bare_pin_after_year(t: &str, close: usize, rest: &str) -> Option<(usize, Locator)> {
    let open = t[..close].rfind('(')?;
    let content = t[open + 1..close].trim_end();
    let year = content.len() >= 4
        && content.is_char_boundary(content.len() - 4)
        && content[content.len() - 4..]
            .bytes()
            .all(|b| b.is_ascii_digit());
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let first = digits(rest);
    let mut end = first;
    if let Some(r) = rest[end..].strip_prefix(':') {
        let d = digits(r);
        end = if d > 0 { end + 1 + d } else { end };
    }
    if let Some(dash) = rest[end..]
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–'))
    {
        let d = digits(&rest[end + dash.len_utf8()..]);
        if d > 0 {
            end += dash.len_utf8() + d;
        }
    }
    let colon = rest[..end].contains(':');
    // `(Report No 129, 2015) 89 [4.12]` (AGLC): the paragraphs on the
    // page after it.
    let whole = end == rest.len();
    let paragraphs = !whole && !colon && page_before_paragraph(rest).is_some();
    let page = if paragraphs { &rest[..first] } else { rest };
    let ok = year
        && (1..=5).contains(&first)
        && (whole || paragraphs)
        && (colon || !t[close + 1..].trim_start().starts_with(','));
    ok.then(|| {
        (
            close + 1,
            Locator {
                label: "page".into(),
                value: crate::grammar::locator_value(page),
                ..Default::default()
            },
        )
    })
}

/// Where a number that ends at `b` in `s` ends with the parts a report
/// numbers its paragraphs by (`para 2.5`, `para 3.12`, `para 4.3.1`,
/// `paras 4.3–4.5`): after each period followed by digits, and after a
/// dash and a number so numbered. `b` itself where none follows.
pub(crate) fn dotted_end(s: &str, b: usize) -> usize {
    let digits = |d: &str| d.len() - d.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let parts = |mut b: usize| {
        while let Some(d) = s.get(b..).and_then(|r| r.strip_prefix('.')) {
            let n = digits(d);
            if n == 0 {
                break;
            }
            b += 1 + n;
        }
        b
    };
    let end = parts(b);
    if end == b {
        return b;
    }
    let dash = s[end..].chars().next().filter(|c| matches!(c, '-' | '–'));
    match dash.map(|c| end + c.len_utf8()) {
        Some(at) if digits(&s[at..]) > 0 => parts(at + digits(&s[at..])).max(end),
        _ => end,
    }
}

/// `Justus Ebert, "Title," New York Call, January 20, 1912, 2.`: a page
/// after a full date (day, month and year) that ends the work, as notes
/// cite a newspaper. Returns where the date ends and the page.
fn pin_after_day(cit: &str, g: &Grammar) -> Option<(usize, Locator)> {
    let t = cit.trim_end().trim_end_matches('.');
    let (head, pin) = t.rsplit_once(", ")?;
    // `at A1`, `B12`: a page word of the grammar, and a section's letter
    // before the page (American newspapers).
    let (word, pin) = match pin.rsplit_once(' ') {
        Some((w, p)) if w.len() <= 6 => (Some(w), p),
        Some(_) => return None,
        None => (None, pin),
    };
    let digits = pin
        .strip_prefix(|c: char| c.is_ascii_uppercase())
        .unwrap_or(pin);
    if digits.is_empty()
        || pin.len() > 9
        || !digits.starts_with(|c: char| c.is_ascii_digit())
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'))
        || word.is_some_and(|w| {
            let probe = format!("{w} 1");
            g.page
                .find(&probe)
                .is_none_or(|m| m.start != 0 || m.end != probe.len())
        })
    {
        return None;
    }
    let from = crate::source::floor_char_boundary(head, head.len().saturating_sub(40));
    let d = g.dates.find_all(&head[from..]).pop()?;
    (from + d.end == head.len() && d.date.day().is_some()).then(|| {
        (
            head.len(),
            Locator {
                label: "page".into(),
                value: crate::grammar::locator_value(pin),
                ..Default::default()
            },
        )
    })
}

/// `…, S. 112–202, hier S. 130`, `…, p. 643-650, ici p. 645`, `…, pp.
/// 1–20, here p. 5`, `…, pp. 109-129, esp. p. 115`: a page after the
/// work's page range and a short word, or its abbreviation (`hier`, `ici`,
/// `here`, `здесь`, `esp.`), is the pinpoint. Returns where the
/// work ends (its comma) and the pinpoint.
fn pin_after_word(cit: &str, g: &Grammar) -> Option<(usize, Locator)> {
    let t = cit.trim_end().trim_end_matches('.').trim_end();
    // Only the tail is searched: the page word is among its last bytes.
    let mut from = t.len().saturating_sub(48);
    while !t.is_char_boundary(from) {
        from -= 1;
    }
    let m = g.page.find_all(&t[from..]).into_iter().last()?;
    let (a, b) = m.number?;
    let after = t[from + b..].trim();
    if !matches!(after, "" | "f." | "ff." | "f" | "ff") {
        return None;
    }
    // `, hier ` before the page word.
    let before = t[..from + m.start].trim_end();
    let (head, word) = before.rsplit_once(' ')?;
    if !here_word(word) {
        return None;
    }
    let head = head.trim_end().strip_suffix(',')?;
    // The work's page range just before.
    let digits = head.trim_end_matches(|c: char| c.is_ascii_digit());
    let range = digits.len() < head.len()
        && digits
            .trim_end()
            .strip_suffix(['-', '–', '—'])
            .is_some_and(|r| r.trim_end().ends_with(|c: char| c.is_ascii_digit()));
    if !range {
        return None;
    }
    Some((
        head.len(),
        Locator {
            label: "page".into(),
            value: crate::grammar::locator_value(&t[from + a..from + b]),
            ..Default::default()
        },
    ))
}

/// A margin number after the last comma that ends a full citation
/// (Austrian `Koziol, Haftpflichtrecht I, 4. Aufl., Wien 2020, Rz. 12`,
/// German `…, München 2013, Rn. 5/12`): the pinpoint, as German and
/// Austrian law books are cited by their margin numbers (the grammars'
/// `margin`). Returns where the work ends and the pinpoint.
fn margin_after_comma(cit: &str, g: &Grammar) -> Option<(usize, Locator)> {
    let t = cit.trim_end().trim_end_matches('.').trim_end();
    let (head, pin) = t.rsplit_once(", ")?;
    // A cheap test first: a short last part that opens with a capital
    // (`Rz.`, `Art.`) or a section sign and holds a number.
    if g.margin.is_empty()
        || pin.len() > 40
        || !pin.starts_with(|c: char| c.is_uppercase() || c == '§')
        || !pin.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let ends_pin = |rest: &str| matches!(rest.trim(), "" | "f" | "ff" | "f." | "ff.");
    // The work ends before the pinpoint's comma; its number, and the
    // provision with it where one is cited.
    let margin = |number: &str, text: Option<String>| {
        (
            head.len(),
            Locator {
                label: "margin".into(),
                value: crate::grammar::locator_value(number),
                text,
                ..Default::default()
            },
        )
    };
    // `Grundgesetz, Bd. II, 3. Aufl., Tübingen 2015, Art. 20 Rn. 12`: a
    // commentary cited as a book, at the margin number of its commentary
    // on a provision (the grammars' `provision`), as German and Austrian
    // law writing cites commentaries; the provision stays in the
    // locator's text. Its subdivisions (`Abs. 1`, `S. 2`) may stand
    // between.
    if let Some(p) = g.provision.find(pin).filter(|p| p.start == 0) {
        let m = g.margin.find_at(pin, p.end);
        return match m {
            Some(m) => {
                let (a, b) = m.number?;
                let between = &pin[p.end..m.start];
                if between.len() > 16 || between.contains([',', ';']) || !ends_pin(&pin[m.end..]) {
                    return None;
                }
                Some(margin(&pin[a..b], Some(pin.trim_end().to_string())))
            }
            // `…, Tübingen 2015, Art. 20`: the provision alone.
            None => {
                let rest = &pin[p.end..];
                (rest.len() <= 16 && !rest.contains([',', ';'])).then(|| {
                    (
                        head.len(),
                        Locator {
                            label: "section".into(),
                            value: pin.trim_end().to_string(),
                            ..Default::default()
                        },
                    )
                })
            }
        };
    }
    if let Some(found) = part_then_margin(pin, g) {
        return Some((head.len(), found));
    }
    if pin.len() > 24 {
        return None;
    }
    if let Some(found) = lettered_margin(pin) {
        return Some((head.len(), found));
    }
    let m = g.margin.find(pin)?;
    let (a, b) = m.number?;
    // `Rz. 12 f.`, its final period trimmed with the citation's.
    if m.start != 0 || !ends_pin(&pin[m.end..]) {
        return None;
    }
    Some(margin(&pin[a..b], None))
}

/// A margin number that a capital letter opens, alone in the pinpoint
/// (`A 45`, `B 12 f.`, `C 3-5`): German handbooks and loose-leaf
/// commentaries number the margins of each part with the part's letter
/// (`Zech, a.a.O., A 45`), cited without the word `Rn.`. The letter and
/// the number are the locator's value, without the space between them
/// (`A45`, as `Rn. A 45` and `S. A 45` give it), labelled `margin`. A roman numeral that may be a volume (`I 45`, `V 12`, `X
/// 3`) and `S` (`S 45`, a page or a sentence written without its period)
/// are no such letter.
fn lettered_margin(pin: &str) -> Option<Locator> {
    let t = pin
        .trim_start_matches([',', ' '])
        .trim_end()
        .trim_end_matches('.')
        .trim_end();
    let t = t
        .strip_suffix(" ff")
        .or_else(|| t.strip_suffix(" f"))
        .unwrap_or(t)
        .trim_end();
    let b = t.as_bytes();
    // A cheap test first: a capital, one space, a digit.
    if b.len() < 3
        || b.len() > 16
        || !b[0].is_ascii_uppercase()
        || matches!(b[0], b'I' | b'V' | b'X' | b'S')
        || b[1] != b' '
        || !b[2].is_ascii_digit()
    {
        return None;
    }
    let number = &t[2..];
    let range = number
        .split_once(['-', '–'])
        .map_or((number, None), |(x, y)| (x, Some(y)));
    let digits = |s: &str| !s.is_empty() && s.len() <= 5 && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(range.0) || !range.1.is_none_or(digits) {
        return None;
    }
    Some(Locator {
        label: "margin".into(),
        value: crate::grammar::locator_value(t),
        ..Default::default()
    })
}

/// `Kap. 7 Rn. 12`, `Kap. 7`: a part of a law book numbered by a word of
/// the grammars' `locators.pinpoints` (a chapter), then perhaps the margin
/// number or page within it, and nothing after them but `f.` or `ff.`, as German
/// notes cite a handbook at a chapter's margin number (`Datenschutzrecht,
/// 5. Aufl. 2021, Kap. 7 Rn. 12`). The margin number is the locator, the
/// part stays in its text; the part alone is the locator of its label.
fn part_then_margin(pin: &str, g: &Grammar) -> Option<Locator> {
    // A cheap test first: a capital and a digit in a short part.
    if pin.len() > 40
        || !pin.starts_with(char::is_uppercase)
        || !pin.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let ends_pin = |rest: &str| matches!(rest.trim(), "" | "f" | "ff" | "f." | "ff.");
    let (label, p) = g.pinpoint(pin).filter(|(_, p)| p.start == 0)?;
    let (x, y) = p.number?;
    let after = y.max(p.end);
    if ends_pin(&pin[after..]) {
        return Some(Locator {
            label: label.to_string(),
            value: crate::grammar::locator_value(&pin[x..y]),
            ..Default::default()
        });
    }
    // `Kap. 7 S. 12`: a page within the part is read the same way.
    let (m, within) = match g.margin.find_at(pin, after) {
        Some(m) => (m, "margin"),
        None => (g.page.find_at(pin, after)?, "page"),
    };
    let (a, b) = m.number?;
    if !pin[after..m.start].trim().is_empty() || !ends_pin(&pin[m.end..]) {
        return None;
    }
    Some(Locator {
        label: within.into(),
        value: crate::grammar::locator_value(&pin[a..b]),
        text: Some(pin.trim_end().to_string()),
        ..Default::default()
    })
}

/// A margin number in brackets that ends a full citation (`…, Köln 2008,
/// S. 301 (Rn. 45)`, `DÖV 2011, 521 (Rn. 12)`): the pinpoint, after the
/// work's first page. Returns where the work ends and the pinpoint.
fn margin_in_brackets(cit: &str, g: &Grammar) -> Option<(usize, Locator)> {
    let t = cit.trim_end().trim_end_matches('.').trim_end();
    let inner = t.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let m = g.margin.find(&inner[open + 1..])?;
    let (a, b) = m.number?;
    let rest = inner[open + 1 + m.end..].trim();
    if m.start != 0 || !matches!(rest, "" | "f." | "ff.") {
        return None;
    }
    let at = open + 1;
    Some((
        open,
        Locator {
            label: "margin".into(),
            value: crate::grammar::locator_value(&inner[at + a..at + b]),
            ..Default::default()
        },
    ))
}

/// The pinpoint that ends a full citation written in the Japanese (and
/// Korean, Chinese) way, where the page word follows the number: glued to
/// the bracket that closes the publication details (`『書名』（有斐閣、2010年）
/// 45頁`, `法学協会雑誌127巻3号（2010年）45頁`) or after it and a comma
/// (`『책』(박영사, 2010), 45쪽`), or after the work's own page
/// range (`120-140頁、125頁`). Returns where the work ends and the pinpoint.
/// A locator written before its number (`pp. 167-214`) after a bracket is
/// the work's pages, not a pinpoint; so is a range after a comma and a
/// bracket holding a date alone (`『철학연구』 제90집(2010), 101-130쪽`: an
/// article's pages, where `『論叢』 6(서울대, 1980), 120~125쪽` cites a few).
/// One page after a year and a comma is cited too (`『韓國史硏究』 6, 1980,
/// 120쪽`).
fn pin_after_details(cit: &str, g: &Grammar) -> Option<(usize, Locator)> {
    let t = cit.trim_end().trim_end_matches(['。', '.']).trim_end();
    if !t.ends_with(|c: char| !c.is_ascii()) {
        return None;
    }
    let pages = g.page.find_all(t);
    let last = pages.last()?;
    let (a, b) = last.number?;
    // `頁以下`, `頁f.`: a few letters may follow the locator.
    let after = &t[last.end..];
    if after.chars().count() > 3 || after.chars().any(|c| c.is_ascii_digit()) || a != last.start {
        return None;
    }
    let before = &t[..last.start];
    let glued = before.trim_end();
    // Korean notes put a comma between the bracket and the page (`『책』
    // (박영사, 2010), 45쪽`).
    let unglued = glued.trim_end_matches([',', '，', '、']).trim_end();
    let comma = unglued.len() < glued.len();
    let bracket = unglued.ends_with([')', '）'])
        && !(comma && is_range(&t[a..b]) && !bracket_holds_imprint(unglued));
    let range = pages.len() >= 2
        && pages[pages.len() - 2].end <= last.start
        && before[pages[pages.len() - 2].end..]
            .chars()
            .all(|c| matches!(c, '、' | ',' | '，' | ' '));
    // `『韓國史硏究』 6, 1980, 120쪽`: one page after the year and a comma
    // is the page cited (a range there is the article's).
    let after_year = comma
        && !is_range(&t[a..b])
        && unglued.len() >= 4
        && unglued.is_char_boundary(unglued.len() - 4)
        && unglued[unglued.len() - 4..]
            .bytes()
            .all(|c| c.is_ascii_digit())
        && !unglued[..unglued.len() - 4].ends_with(|c: char| c.is_ascii_digit());
    if !(bracket || range || after_year) {
        return None;
    }
    let cut = if range {
        pages[pages.len() - 2].end
    } else {
        unglued.len()
    };
    Some((
        cut,
        Locator {
            label: "page".into(),
            value: crate::grammar::locator_value(&t[a..b]),
            ..Default::default()
        },
    ))
}

/// A page range (`101-130`, `120~125`, `45–47`), not one page (`45`).
fn is_range(value: &str) -> bool {
    value.contains(['-', '–', '—', '~', '～', '〜'])
}

/// The bracket that ends `s` holds an imprint, a publisher and a year (`(서울대,
/// 1980)`, `（有斐閣、2010年）`, `(서울: 박영사, 2010)`), not a date alone
/// (`(2010)`, `(2010. 3)`).
fn bracket_holds_imprint(s: &str) -> bool {
    let Some(inner) = s.strip_suffix([')', '）']) else {
        return false;
    };
    let inner = inner.rfind(['(', '（']).map_or(inner, |i| &inner[i..]);
    inner.contains([',', '，', '、', ':', '：'])
}

/// A pinpoint in `s`: a page locator word, a margin number (`Rn. 47`), a
/// bare trailing number, or a leaf (`Bl. 15`); a note on the page cited
/// after it (`p. 12 n. 4`, `S. 12 Fn. 4`, `第45页注3`) is its `note`.
fn locator_in(s: &str, g: &Grammar) -> Option<Locator> {
    note_on_page(s, g).or_else(|| locator_plain(s, g))
}

/// The pinpoint that `s` gives ([`locator_in`]): a page, a margin
/// number, a note on a page, a bare number.
pub fn pinpoint(s: &str, g: &Grammar) -> Option<Locator> {
    locator_in(s, g)
}

/// A page, then a note on it that ends the pinpoint, as notes of every
/// style cite a footnote of the work (en `p. 12 n. 4`, `12 n.4`, `p. 45 nn.
/// 3–5`, de `S. 12 Fn. 4`, fr `p. 12, note 4`, zh `第45页注3`): the words
/// are the grammars' `locators.note`. Before the note stands a page, with
/// its word or bare; a bare number that may be a year is none (it `2010,
/// n. 3`: the issue of a journal's year).
fn note_on_page(s: &str, g: &Grammar) -> Option<Locator> {
    let (cut, (a, b)) = note_tail(s, g)?;
    let before = &s[..cut];
    let page = locator_plain(before, g).filter(|l| l.label == "page")?;
    let bare = before
        .trim()
        .trim_start_matches([',', ' '])
        .bytes()
        .all(|b| b.is_ascii_digit());
    if bare && may_be_year(&page.value) {
        return None;
    }
    let start = s.len() - s.trim_start_matches([',', ' ', '，', '\n', '\r']).len();
    Some(Locator {
        note: Some(crate::grammar::locator_value(&s[a..b])),
        text: s.get(start..b).map(str::to_string),
        ..page
    })
}

/// Four digits that may be a year (`2010` of it `2010, n. 3`).
fn may_be_year(value: &str) -> bool {
    value.len() == 4
        && value.bytes().all(|b| b.is_ascii_digit())
        && matches!(value.as_bytes()[0], b'1' | b'2')
}

/// Length of a note glued to the page before it (`n2` of `185n2`, `nn14–15`
/// of `203nn14–15`, CMOS 14.158): one to three lowercase letters that
/// the grammars' `locators.note` give as a note word, then its number, a
/// punctuation mark, a space or the end after it.
fn glued_note_len(s: &str, g: &Grammar) -> Option<usize> {
    let letters = s.bytes().take_while(u8::is_ascii_lowercase).count();
    if !(1..=3).contains(&letters) || !s[letters..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = s[letters..]
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '–')))
        .unwrap_or(s.len() - letters);
    let end = letters + digits;
    if !(s[end..].is_empty() || s[end..].starts_with(['.', ',', ';', ' ', '\n'])) {
        return None;
    }
    let probe = format!("{} 1", &s[..letters]);
    g.note_locator()
        .find(&probe)
        .is_some_and(|m| m.start == 0 && m.end == probe.len())
        .then_some(end)
}

/// A note word and its number ending `s` (the grammars' `locators.note`)
/// after a number or a CJK page word (`… 12 n. 4.`, `…, p. 12, note 4`,
/// `第45页注3。`): where the text before it ends (without the comma
/// between), and the note's number.
fn note_tail(s: &str, g: &Grammar) -> Option<(usize, (usize, usize))> {
    let end = s.trim_end_matches(['.', '。', ' ', '\n', '\r']).len();
    // A cheap test first: a number, or a bracketed one (ja `注(3)`), ends
    // the text.
    if !s[..end].ends_with(|c: char| c.is_ascii_digit() || c == ')' || c == '）') {
        return None;
    }
    // And a word before that number, with a number or a CJK page word
    // before the word (`12 n. 4`, `第45页注3`; not `p. 45`, `Theory, 45`).
    let number = s[..end].trim_end_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '–' | '-' | '(' | ')' | '（' | '）')
    });
    let spaced = number.trim_end();
    let word = spaced.trim_end_matches(|c: char| c.is_alphabetic() || c == '.');
    if word.len() == spaced.len()
        || !word
            .trim_end_matches([',', ' ', '，', '、'])
            .ends_with(|c: char| c.is_ascii_digit() || crate::segment::is_cjk(c))
    {
        return None;
    }
    // Chicago (CMOS 14.158) writes the note glued to its page, without
    // spaces or a period (`201n14`, `203nn14–15`): letters right after the
    // page's digits and right before the note's, read as `n 14` would be.
    let letters = &spaced[word.len()..];
    if number.len() == spaced.len()
        && word.ends_with(|c: char| c.is_ascii_digit())
        && !letters.is_empty()
        && letters.len() <= 3
        && letters.bytes().all(|b| b.is_ascii_lowercase())
    {
        let probe = format!("{letters} 1");
        let glued = g
            .note_locator()
            .find(&probe)
            .is_some_and(|m| m.start == 0 && m.end == probe.len());
        return glued.then_some((word.len(), (number.len(), end)));
    }
    let from = crate::source::floor_char_boundary(s, end.saturating_sub(40));
    let tail = &s[from..];
    let m = g
        .note_locator()
        .iter(tail)
        .find(|m| from + m.end >= end && m.number.is_some())?;
    let (a, b) = m.number?;
    let before = s[..from + m.start].trim_end_matches([',', ' ', '，', '、']);
    if !before.ends_with(|c: char| c.is_ascii_digit() || crate::segment::is_cjk(c)) {
        return None;
    }
    Some((before.len(), (from + a, from + b)))
}

/// [`locator_in`] without a note after the page.
fn locator_plain(s: &str, g: &Grammar) -> Option<Locator> {
    for (lex, label) in [(&g.page, "page"), (&g.margin, "margin")] {
        if let Some(m) = lex.find(s) {
            let Some((a, b)) = m.number else { continue };
            return Some(Locator {
                label: label.into(),
                value: crate::grammar::locator_value(&s[a..b]),
                text: chapter_before_page(s, m.start, m.end, g),
                ..Default::default()
            });
        }
    }
    // `Ibid., 45.` / `Smith, Theory, 45–47`, a range also wrapped after
    // its dash (`437-` / `440.`), a volume before its page (`4:212`).
    let t = s
        .trim()
        .trim_start_matches([',', ' '])
        .trim_end_matches(['.', ' ']);
    let wrapped_after_dash = |i: usize| {
        t[..i]
            .trim_end_matches([' ', '\r'])
            .ends_with(['-', '–', '—'])
    };
    if !t.is_empty()
        && t.len() <= 15
        && t.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, '-' | '–' | '—' | ' ' | ',' | 'f' | '\n' | '\r' | ':')
        })
        && t.match_indices(':').all(|(i, _)| {
            i > 0
                && t[..i].ends_with(|c: char| c.is_ascii_digit())
                && t[i + 1..].starts_with(|c: char| c.is_ascii_digit())
                && !t[..i].contains(':')
        })
        && t.match_indices('\n').all(|(i, _)| wrapped_after_dash(i))
        && t.match_indices('\r')
            .all(|(i, _)| t[i + 1..].starts_with('\n'))
        && t.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return Some(Locator {
            label: "page".into(),
            value: crate::grammar::locator_value(t),
            ..Default::default()
        });
    }
    // `Ibid., S107`, `Ibid., e1002345`: a supplement's page, an online
    // journal's article number, a newspaper's section page.
    if t.len() <= 20 && crate::intext::lettered_page(t) {
        return Some(Locator {
            label: "page".into(),
            value: crate::grammar::locator_value(t),
            ..Default::default()
        });
    }
    // `Ovid, Metamorphoses, trans. … (Oxford: …, 1986), 4.55`, `Ibid.,
    // 8.12.29`: a classical work's book and line, chapter and section.
    if classical_division(t) && g.dates.first(t).is_none() {
        return Some(Locator {
            label: "section".into(),
            value: crate::grammar::locator_value(t),
            ..Default::default()
        });
    }
    // `Ibid 93 [4.25]`, `(n 6) 445 [47]`, `(n 1) 58 (Brennan J)`: a page,
    // then the paragraphs on it or the judge's name in brackets (AGLC).
    if let Some(page) = page_before_paragraph(t) {
        return Some(Locator {
            label: "page".into(),
            value: page.to_string(),
            ..Default::default()
        });
    }
    // `같은 법 제756조 제1항`, `同法710条`: a statute's provision; in
    // alphabetic writing one provision alone (`Ibid., art. 24.`, `Ivi,
    // art. 7.`), with nothing after its number.
    let t = t.trim_end_matches('。');
    if t.chars().nth(40).is_none()
        && g.provision.find(t).is_some_and(|m| {
            m.start == 0 && (!t.is_ascii() || m.end == t.len() && m.number.is_some())
        })
    {
        return Some(Locator {
            label: "section".into(),
            value: t.to_string(),
            ..Default::default()
        });
    }
    // `ibid [68]`, `ibid [29]-[33] (Lord Toulson)`: paragraphs of a
    // judgment in square brackets, a judge's name after them.
    if let Some(n) = bracketed_paragraphs(t) {
        return Some(Locator {
            label: "paragraph".into(),
            value: t[..n].to_string(),
            ..Default::default()
        });
    }
    // `Ebd., Bl. 15.` after an archival source: a leaf; `Ibid., col.
    // 1031.` after a day's debates: a column. Tried last, where a digit is
    // left: most notes never compile the folio or column words.
    let digits = t.bytes().any(|b| b.is_ascii_digit());
    if digits {
        for (lex, label) in [(g.folio(), "folio"), (g.column(), "column")] {
            if let Some((a, b)) = lex.find(s).and_then(|m| m.number) {
                return Some(Locator {
                    label: label.into(),
                    value: crate::grammar::locator_value(&s[a..b]),
                    ..Default::default()
                });
            }
        }
    }
    // A number in Han numerals (`同上、第二章`) is a pinpoint's as well.
    if digits || t.chars().any(crate::grammar::is_han_numeral) {
        // `ibid para 41`, `Ibid., para 4.3.`, `Bingham (n 3) ch 4`, `ibid s
        // 12`: a pinpoint word of the grammars opening what is left, a
        // report's paragraph numbered with periods, nothing but a bracket
        // after it.
        // `、第5章` after a CJK back-reference (`宮本・前掲書、第5章`).
        let t = t.trim_start_matches(['、', '，']);
        if let Some((label, m)) = g.pinpoint(t).filter(|(_, m)| m.start == 0) {
            let number = m
                .number
                .map(|(a, b)| (a, subsections_end(t, dotted_end(t, b))));
            let rest = t[number.map_or(m.end, |(_, b)| b.max(m.end))..].trim_start();
            // `제3장에서 … 다룬다`: a particle glued to the chapter ties it
            // into the note's sentence.
            let particle = || {
                t[number.map_or(m.end, |(_, b)| b.max(m.end))..]
                    .starts_with(|c: char| crate::segment::is_cjk(c))
                    && g.title_particles.iter().any(|p| {
                        rest.strip_prefix(p.as_str())
                            .is_some_and(|r| r.is_empty() || r.starts_with(char::is_whitespace))
                    })
            };
            if let (Some((a, b)), true) = (
                number,
                rest.is_empty() || rest.starts_with('(') || particle(),
            ) {
                return Some(Locator {
                    label: label.into(),
                    value: pinpoint_value(&t[a..b]),
                    ..Default::default()
                });
            }
        }
        if let Some(volume) = division_alone(t, g) {
            return Some(Locator {
                label: "volume".into(),
                value: volume,
                ..Default::default()
            });
        }
    }
    None
}

/// `、第3章、112頁`: a chapter or section of the grammars'
/// `locators.pinpoints` right before the page word found at `start..end`
/// of `s`, a CJK comma between, as CJK notes cite a page of a chapter: the
/// whole pinpoint as written (`第3章、112頁`), the page being its value.
fn chapter_before_page(s: &str, start: usize, end: usize, g: &Grammar) -> Option<String> {
    let before = s[..start].trim_end_matches(['、', '，', ',', ' ']);
    // `書、第3章、150頁` after `前掲注（13）`: the part right before the
    // page, after the last comma.
    let part = before.rfind(['、', '，', ',']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let lead = before[part..].trim_start_matches(['、', '，', ',', ' ']);
    // A cheap test first: a short CJK run before the page.
    if lead.is_empty() || lead.len() > 30 || !lead.chars().any(crate::segment::is_cjk) {
        return None;
    }
    let (_, m) = g.pinpoint(lead).filter(|(_, m)| m.start == 0)?;
    let (_, b) = m.number?;
    let from = before.len() - lead.len();
    lead[b.max(m.end)..]
        .is_empty()
        .then(|| s[from..end].to_string())
}

/// `卷一百二十五`, `卷3`, `巻22`: a word of the grammars'
/// `locators.divisions` and the number of a book (juan) of a classical
/// work, in digits or Han numerals, and nothing after it, as a
/// back-reference cites another book of the work (`同上书，卷一百二十五`):
/// the number in digits.
fn division_alone(t: &str, g: &Grammar) -> Option<String> {
    let t = t.trim_end();
    let (number, end) = crate::syntax::reference::division_number(t, g)?;
    (end == t.len() && number.len() <= 4).then_some(number)
}

/// Whether `t` is a classical work's divisions alone: two or three
/// numbers joined by periods, the first of one to three digits and the
/// others of one to four, or a range of them (`4.55`, `8.12.29`, `1.1–20`,
/// `4.55-4.60`), as a book and line, or a book, chapter and section, are
/// cited without a page.
fn classical_division(t: &str) -> bool {
    // A cheap test first: a digit, a period and at most a range's length.
    if t.len() > 24 || !t.starts_with(|c: char| c.is_ascii_digit()) || !t.contains('.') {
        return false;
    }
    let dotted = |s: &str, parts: std::ops::RangeInclusive<usize>| {
        let p: Vec<&str> = s.split('.').collect();
        parts.contains(&p.len())
            && p.iter().enumerate().all(|(i, n)| {
                let max = if i == 0 { 3 } else { 4 };
                (1..=max).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
            })
    };
    match t.split_once(['-', '–']) {
        Some((from, to)) => dotted(from, 2..=3) && dotted(to, 1..=3),
        None => dotted(t, 2..=3),
    }
}

/// The page that opens `t` when paragraphs in square brackets or a
/// judge's name in round ones follow it and nothing else, as AGLC
/// pinpoints a report or a judgment (`93 [4.25]`, `445 [47]`, `382 [89]
/// (Kirby J)`, `58 (Brennan J)`).
fn page_before_paragraph(t: &str) -> Option<&str> {
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=5).contains(&digits) {
        return None;
    }
    let mut rest = t[digits..].trim_start();
    let mut parts = 0;
    if let Some(inner) = rest.strip_prefix('[') {
        let close = inner.find(']')?;
        let para = &inner[..close];
        if para.is_empty() || !para.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return None;
        }
        rest = inner[close + 1..].trim_start();
        parts += 1;
    }
    if let Some(inner) = rest.strip_prefix('(') {
        let judge = inner.strip_suffix(')')?;
        let named = judge.starts_with(char::is_uppercase)
            && judge.chars().count() <= 40
            && !judge.contains(['(', ')']);
        if !named {
            return None;
        }
        rest = "";
        parts += 1;
    }
    (parts > 0 && rest.is_empty()).then(|| &t[..digits])
}

/// Where the subsections in brackets after a provision's number that ends
/// at `b` in `s` end (`s 51(xxvi)`, `s 223(1)(a)`): each bracket of one to
/// five letters or digits. `b` itself where none follows.
fn subsections_end(s: &str, mut b: usize) -> usize {
    while let Some(inner) = s.get(b..).and_then(|r| r.strip_prefix('(')) {
        let Some(close) = inner.find(')') else { break };
        let part = &inner[..close];
        if !(1..=5).contains(&part.len()) || !part.chars().all(|c| c.is_ascii_alphanumeric()) {
            break;
        }
        b += close + 2;
    }
    b
}

/// The length of paragraph numbers in square brackets opening `t`, as
/// judgments with numbered paragraphs are cited (`[68]`, `[29]-[33]`),
/// when nothing but a bracket (a judge's name) follows them.
fn bracketed_paragraphs(t: &str) -> Option<usize> {
    let one = |s: &str| -> Option<usize> {
        let inner = s.strip_prefix('[')?;
        let d = inner.bytes().take_while(u8::is_ascii_digit).count();
        ((1..=4).contains(&d) && inner[d..].starts_with(']')).then_some(d + 2)
    };
    let mut n = one(t)?;
    if let Some(dash) = t[n..].strip_prefix(['-', '–']) {
        n += t[n..].len() - dash.len() + one(dash)?;
    }
    let rest = t[n..].trim_start();
    (rest.is_empty() || rest.starts_with('(')).then_some(n)
}

/// An item that quotes one work through another: where each stands in the
/// item, and the word between them.
#[derive(Debug, PartialEq)]
struct CitedIn {
    /// The work quoted through the other (`X` of `X apud Y`), if written.
    quoted: Option<(usize, usize)>,
    /// The work the note cites (`Y`).
    citing: (usize, usize),
    /// `apud`, `quoted in`, `재인용` …
    word: String,
}

/// The bracket left open at `pos` in `s` (its byte offset), if any.
fn open_bracket_at(s: &str, pos: usize) -> Option<usize> {
    let mut open = Vec::new();
    for (i, c) in s[..pos].char_indices() {
        match c {
            '(' | '（' | '[' => open.push(i),
            ')' | '）' | ']' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// Where the bracket opened at `open` closes in `s` (or the end of `s`).
fn bracket_close(s: &str, open: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in s[open..].char_indices() {
        match c {
            '(' | '（' | '[' => depth += 1,
            ')' | '）' | ']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return open + i;
                }
            }
            _ => {}
        }
    }
    s.len()
}

/// `(start, end)` of `s[a..b]` without white space and the punctuation
/// that separates the parts of an item; `None` when no letter or digit is
/// left.
fn trimmed_range(s: &str, a: usize, b: usize) -> Option<(usize, usize)> {
    let part = &s[a..b];
    let sep = |c: char| matches!(c, ',' | ';' | ':' | '、' | '，' | '：');
    let lead = part.len()
        - part
            .trim_start_matches(|c: char| c.is_whitespace() || sep(c) || c == '.' || c == '。')
            .len();
    let end = part
        .trim_end_matches(|c: char| c.is_whitespace() || sep(c))
        .len();
    (end > lead && part[lead..end].chars().any(char::is_alphanumeric))
        .then_some((a + lead, a + end))
}

/// Splits an item that quotes one work through another ([`CitedIn`]):
/// `X apud Y` (a [`Grammar::cited_in`] word; `Y` runs to the end of the
/// item, or of the brackets the word stands in: `X (apud Y), 3`), or
/// `X (Y에서 재인용)` (a [`Grammar::cited_in_after`] word closing the
/// brackets after `X`). A word with no work after it (`… apud.`), or an
/// after-word outside brackets (`Y, 10쪽 재인용`, a trailing signal), splits
/// nothing.
fn cited_in_split(item: &str, g: &Grammar) -> Option<CitedIn> {
    if let Some(m) = g.cited_in.find(item) {
        let open = open_bracket_at(item, m.start);
        let end = open.map_or(item.len(), |o| bracket_close(item, o));
        let citing = trimmed_range(item, m.end, end)?;
        return Some(CitedIn {
            quoted: trimmed_range(item, 0, open.unwrap_or(m.start)),
            citing,
            word: item[m.start..m.end].trim().to_string(),
        });
    }
    let m = g
        .cited_in_after
        .find(item)
        .or_else(|| broken_after_word(item, g))?;
    let open = open_bracket_at(item, m.start)?;
    let close = bracket_close(item, open);
    let only_punctuation = item[m.end..close]
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '.' | '。' | ',' | '、'));
    if !only_punctuation {
        return None;
    }
    let inner = open + item[open..].chars().next().map_or(1, char::len_utf8);
    Some(CitedIn {
        quoted: Some(trimmed_range(item, 0, open)?),
        citing: trimmed_range(item, inner, m.start)?,
        word: item[m.start..m.end].trim().to_string(),
    })
}

/// A [`Grammar::cited_in_after`] word closing an item's brackets, broken
/// in two by a line break that joining the note's lines made a space (`(전성호,
/// 앞의 글, 20쪽에서 재\n인용).`, as PDF conversion breaks Korean lines
/// inside words): the word as it would match without that last space, its
/// range in `item` running to the closing bracket.
fn broken_after_word(item: &str, g: &Grammar) -> Option<LexMatch> {
    let body = item
        .trim_end()
        .trim_end_matches(['.', '。', ','])
        .trim_end();
    let inside = body.strip_suffix([')', '）'])?;
    let (head, last) = inside.rsplit_once(' ')?;
    let hangul = |c: char| ('\u{AC00}'..='\u{D7A3}').contains(&c);
    if last.is_empty()
        || last.chars().nth(4).is_some()
        || !last.chars().all(hangul)
        || !head.ends_with(hangul)
    {
        return None;
    }
    let joined = format!("{head}{last}");
    let m = g
        .cited_in_after
        .find(&joined)
        .filter(|m| m.end == joined.len() && m.start < head.len())?;
    Some(LexMatch {
        start: m.start,
        end: inside.len(),
        number: None,
    })
}

/// Length of a lead-in clause before a citation in a language written
/// without spaces (`比較法的検討として、Richard Hale, …`, `この点については、
/// 山田太郎『…』`): clauses closed by an ideographic comma (`、`, `，`), each
/// ending in one of the grammars' prose endings and holding no digit,
/// bracket or quote (no name, title or date). 0 when there is none, or
/// nothing follows it. A name is never cut so: CJK names end in no such
/// ending, and a list of them (`山田太郎、鈴木花子`) keeps its `、`.
fn cjk_lead_in_len(item: &str, g: &Grammar) -> usize {
    // Most items, in letters, are passed over at their first character.
    if !item.starts_with(crate::segment::is_cjk) {
        return 0;
    }
    let mut cut = 0;
    while let Some(i) = item[cut..].find(['、', '，']) {
        let clause = item[cut..cut + i].trim();
        let lead_in = clause.chars().count() >= 2
            && clause.chars().any(crate::segment::is_cjk)
            && !clause.chars().any(|c| {
                c.is_ascii_digit()
                    || matches!(
                        c,
                        '(' | '（' | '[' | '『' | '「' | '《' | '“' | '"' | '«' | '*' | '_'
                    )
            })
            && (g.prose_endings
                .iter()
                .any(|e| !e.is_empty() && clause.ends_with(e.as_str()))
                // `关于类推适用的一般原理，参见前引[8]`: a clause before a
                // signal is a lead-in too.
                || g.signals
                    .find(item[cut + i + 3..].trim_start())
                    .is_some_and(|m| m.start == 0));
        if !lead_in {
            break;
        }
        // `、` and `，` are three bytes each.
        cut += i + 3;
    }
    if let Some(n) = cjk_prose_to_signal(&item[cut..], g) {
        cut += n;
    }
    let rest = &item[cut..];
    if rest.trim().is_empty() {
        return 0;
    }
    cut + (rest.len() - rest.trim_start().len())
}

/// A clause of CJK prose free of the marks of a citation: two characters
/// or more, some CJK, no digit, bracket, title mark or quote.
fn cjk_prose_clause(clause: &str) -> bool {
    clause.chars().count() >= 2
        && clause.chars().any(crate::segment::is_cjk)
        && !clause.chars().any(|c| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '(' | '（' | '[' | '『' | '「' | '《' | '〈' | '“' | '"' | '«' | '*' | '_'
                )
        })
}

/// `此一調查雖以清代舊慣為對象，但其分類架構深受日本民法之影響，學者對此已多有討論，
/// 參見王泰升，《…》`: clauses of prose ([`cjk_prose_clause`]), each closed
/// by `，` or `、`, then a signal of the grammars that opens the next
/// clause. The length up to the signal. The prose runs at most 400 bytes.
fn cjk_prose_to_signal(s: &str, g: &Grammar) -> Option<usize> {
    if !s.starts_with(crate::segment::is_cjk) {
        return None;
    }
    let mut at = 0;
    while let Some(i) = s[at..].find(['、', '，']) {
        if at + i > 400 || !cjk_prose_clause(&s[at..at + i]) {
            return None;
        }
        // `、` and `，` are three bytes each.
        at += i + 3;
        let rest = s[at..].trim_start();
        if g.signals.find(rest).is_some_and(|m| m.start == 0) {
            return Some(s.len() - rest.len());
        }
    }
    None
}

fn classify(text: &str, a: usize, b: usize, g: &Grammar, out: &mut Vec<RawItem>) {
    let Some(split) = cited_in_split(&text[a..b], g) else {
        classify_item(text, a, b, g, None, out);
        return;
    };
    if let Some((x, y)) = split.quoted {
        let before = out.len();
        classify_item(text, a + x, a + y, g, None, out);
        // `汪辉祖：《佐治药言》，转引自张晋藩：《…》`: a work quoted through
        // another, named by its author and a title in brackets, no
        // back-reference word, is no short form of an earlier citation: it
        // is read as a work of its own.
        if let [item] = &mut out[before..] {
            let named = item.kind == CitationKind::Short
                && item.back_ref.is_none()
                && item
                    .short
                    .as_deref()
                    .is_some_and(|s| s.word.is_none() && s.title.is_some());
            let quoted = &text[item.start..item.end];
            if named && quoted.contains(['《', '『', '「']) {
                let (p, pinpoint) = parse_full(quoted, g);
                if p.item.author.first().is_some_and(|n| n.family.is_some())
                    && p.item.title.is_some()
                {
                    *item = full_raw(item.start, item.end, None, pinpoint, p.item);
                }
            }
        }
        // `Arthur YOUNG, Voyages en France, cité par …`: the work quoted is
        // named by its author and title; the imprint, if any, is that of
        // the work it is quoted from.
        if out.len() == before {
            let quoted = &text[a + x..a + y];
            let (p, pinpoint) = parse_full(quoted, g);
            let first = p.authors.and_then(|(i, j)| quoted.get(i..j)).unwrap_or("");
            if p.item.author.first().is_some_and(|n| n.family.is_some())
                && p.item.title.is_some()
                && p.item.issued.is_some()
                && looks_like_authors(first)
                && prose_prefix_len(first, g) == 0
            {
                out.push(full_raw(a + x, a + y, None, pinpoint, p.item));
            }
        }
        for item in &mut out[before..] {
            item.indirect = true;
        }
    }
    let (x, y) = split.citing;
    classify_item(text, a + x, a + y, g, Some(split.word), out);
}

/// `Idem. Direito à terra no Brasil. São Paulo: Alameda, 2009. p. 112.`
/// (ABNT): a word for the same author and its period, then a work cited
/// in full without its names. The word stands as the author and is filled
/// in with the authors of the citation before when the notes are read in
/// order. The work needs a title, a date and a publisher, place or
/// journal; `Idem, p. 5` and `Id. ibid.` are back-references.
fn same_author_full(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    let n = g.same_author_prefix(item)?;
    let word = item[..n].trim_end();
    let rest = &item[n..];
    if !word.ends_with('.') || !rest.starts_with(char::is_uppercase) {
        return None;
    }
    let (p, pin) = parse_full_ordered(rest, NameOrder::Ditto, g);
    let mut f = p.item;
    let placed = f.publisher.is_some() || f.publisher_place.is_some();
    if f.title.is_none() || f.issued.is_none() || !placed && f.container_title.is_none() {
        return None;
    }
    f.author = vec![crate::model::CslName {
        literal: Some(word.to_string()),
        ..Default::default()
    }];
    Some(full_raw(start, end, signal, pin, f))
}

/// The length of the first sentence of `item` where it is a back-reference
/// word with what follows it (`同上、70頁。`, `Ibid., 14.`) and the next
/// sentence cites a work in full (a title and a date): the sentence ends
/// at the first `。` outside brackets after the word, or at a period after
/// a page number before a space and a capital. Nothing stands before the
/// word but a few characters of names (`山田・前掲書、12頁。`); the
/// sentence itself holds no title. Only the first 200 bytes after the
/// word are looked at for the sentence end. `back` gives the item's
/// back-reference word, searched for only past the cheap test.
fn back_reference_sentence_len(
    item: &str,
    g: &Grammar,
    back: impl FnOnce() -> Option<(BackRefKind, LexMatch)>,
) -> Option<usize> {
    // Cheap test first: a sentence end at all.
    if !item.contains('。') && !item.contains(". ") {
        return None;
    }
    let (_, m) = back()?;
    let head = item.get(..m.start)?;
    if head.chars().count() > 12 || head.contains(['。', '.', '「', '『', '"', '“']) {
        return None;
    }
    let after = item.get(m.end..)?;
    let mut depth = 0usize;
    let mut prev = None::<char>;
    // `Ibid. 参见…`: the word's own period ends the sentence.
    let opens_sentence = |rest: &str| {
        let next = rest.trim_start();
        next.len() < rest.len()
            && next.starts_with(|c: char| c.is_uppercase() || crate::segment::is_cjk(c))
    };
    let mut cut = (item[m.start..m.end].ends_with('.') && opens_sentence(after)).then_some(0);
    for (i, c) in after.char_indices() {
        if cut.is_some() || i > 200 {
            break;
        }
        match c {
            '(' | '（' | '[' | '「' | '『' | '“' | '《' => depth += 1,
            ')' | '）' | ']' | '」' | '』' | '”' | '》' => depth = depth.saturating_sub(1),
            '。' if depth == 0 => {
                cut = Some(i + c.len_utf8());
                break;
            }
            // `Ibid., 14. See also …`, `Ibid. 参见…`: a period after a page
            // or the word's own abbreviation.
            '.' if depth == 0
                && (prev.is_some_and(|p| p.is_ascii_digit())
                    || prev.is_none() && item[m.start..m.end].ends_with(char::is_alphabetic))
                && opens_sentence(&after[i + 1..]) =>
            {
                cut = Some(i + 1);
                break;
            }
            _ => {}
        }
        prev = Some(c);
    }
    let cut = m.end + cut?;
    let (sentence, tail) = (item.get(..cut)?, item.get(cut..)?);
    let cites = find_title(tail).is_some() && g.dates.first(tail).is_some()
        || find_title(tail).is_none() && undelimited_full(tail, g);
    (cites && find_title(sentence).is_none() && !tail.trim().is_empty()).then_some(cut)
}

/// Does `s`, after a signal it may open with, cite a work in full without
/// marks around its title, as text converted from PDF loses italics
/// (`See also Jane Roe, Another Book (New York: X, 2001), 5.`): names that
/// open it, a title, a date and an imprint or a journal.
fn undelimited_full(s: &str, g: &Grammar) -> bool {
    let s = s.trim_start();
    let s = leading_signal(s, g)
        .and_then(|(len, _)| s.get(len..))
        .unwrap_or(s);
    if !s.starts_with(char::is_uppercase) {
        return false;
    }
    let (p, _) = parse_full(s, g);
    let first = p.authors.and_then(|(x, y)| s.get(x..y)).unwrap_or("");
    full_without_marks(&p.item, first) && prose_prefix_len(first, g) == 0
}

/// Whether a work read without title marks is cited in full: names
/// (`first`, as written, must read as names), a title, a date, and an
/// imprint, a journal, a paper's number (`(Cm 3782, 1997)`) or a volume
/// (`Bd. I, 2014`).
fn full_without_marks(item: &crate::model::CslItem, first: &str) -> bool {
    !item.author.is_empty()
        && item.title.is_some()
        && item.issued.is_some()
        && (item.publisher.is_some()
            || item.publisher_place.is_some()
            || item.container_title.is_some()
            || item.number.is_some()
            || item.volume.is_some())
        && looks_like_authors(first)
}

/// Classifies one item (or the part of one that [`cited_in_split`] made),
/// whose signal may already be known. Where the item reads as no citation
/// and holds sentences, each later sentence that opens with a capital is
/// read in turn, from the first, until one cites: a discursive note may
/// cite only in its last sentence, after one of prose that names a work
/// without citing it (`The phrase is Baxter's, whose Reliquiae Baxterianae
/// (London, 1696) records it. The point is also made in Haller, The Rise
/// of Puritanism, 362.`).
fn classify_item(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
    out: &mut Vec<RawItem>,
) {
    let before = out.len();
    // `水野直樹, 「…」을 참조.`, `『…』에서는 이를 …`: the citation ends at the
    // title's mark; a page right after the particle is its pinpoint.
    if let Some((cut, rest)) = title_particle_cut(&text[a..b], g) {
        classify_item_as(text, a, a + cut, g, signal, true, out);
        let rest = &text[a + rest..b];
        if let [.., item] = &mut out[before..] {
            if item.locator.is_none() {
                let lead = rest.len() - rest.trim_start_matches([' ', ',', '\n']).len();
                item.locator = g
                    .page
                    .find(rest)
                    .filter(|m| m.start == lead)
                    .and_then(|_| locator_in(rest, g));
            }
            if item.signal.is_none() {
                item.signal = trailing_signal(rest, g).map(|(_, w)| w);
            }
        }
        return;
    }
    classify_item_as(text, a, b, g, signal, true, out);
    // A decision that ended at a sentence's end ([`decision_after_court`]),
    // or a provision read in the note's first sentence (`Vid. art. 11.1
    // LJCA y la SAN …, ya citada. Sobre …, J. A. Santamaría Pastor, …`):
    // the sentences after it are read as those of a note without one.
    let (a, ended) = match out[before..] {
        [ref item] if out.len() > before => {
            let legal = item
                .fields
                .as_deref()
                .is_some_and(|f| matches!(f.kind.as_str(), "legal_case" | "legislation"));
            if legal && item.end < b && !text[item.end..b].trim().is_empty() {
                (item.end, text[..item.end].ends_with('.'))
            } else {
                return;
            }
        }
        _ if out.len() > before => return,
        _ => (a, false),
    };
    if !text[a..b].bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    let before = out.len();
    // A few sentences at most: a note of many is an essay, read once.
    for end in std::iter::once(0)
        .filter(|_| ended)
        .chain(sentence_ends(&text[a..b]))
        .take(LATER_SENTENCES)
    {
        let at = b - text[a + end..b].trim_start().len();
        if at >= b
            || !text[at..b].starts_with(char::is_uppercase)
            || !text[at..b].bytes().any(|b| b.is_ascii_digit())
        {
            continue;
        }
        classify_item_as(text, at, b, g, None, true, out);
        if out.len() > before {
            return;
        }
    }
}

/// Where an item ends that names a work by its title in marks with a
/// particle of the grammars' `title_particles` glued to the closing mark
/// (`「…」을 참조`, `『…』에서는 이를 …`, `『…』의 해설 부분`), the particle
/// ending a word there: the end of the mark, and where the text after the
/// particle starts. The mark closes the outermost title (`「…「差異化」」을`);
/// text after the particle that names another title (`「…」의 서문, 『전집』
/// 3권`) leaves the item whole.
fn title_particle_cut(item: &str, g: &Grammar) -> Option<(usize, usize)> {
    if g.title_particles.is_empty() || !item.contains(['』', '」', '》']) {
        return None;
    }
    let mut depth = 0usize;
    // The end of a bracket defining a short name: the marks in it
    // (`(이하 『사설』로 약칭)`) name the short name, not the work.
    let mut skip_to = 0usize;
    for (i, c) in item.char_indices() {
        if i < skip_to {
            continue;
        }
        match c {
            '(' | '（' if depth == 0 => skip_to = i + hereafter_bracket_len(&item[i..], g),
            '『' | '「' | '《' => depth += 1,
            '』' | '」' | '》' => {
                depth = depth.saturating_sub(1);
                if depth > 0 {
                    continue;
                }
                // A short name defined between the mark and the particle
                // (`『…』(이하 ‘판결록’이라 한다)에`) stays with the title.
                let end = i + c.len_utf8();
                let end = end + hereafter_bracket_len(&item[end..], g);
                skip_to = end;
                let after = &item[end..];
                let Some(p) = g.title_particles.iter().find(|p| {
                    after.strip_prefix(p.as_str()).is_some_and(|r| {
                        r.chars()
                            .next()
                            .is_none_or(|n| n.is_whitespace() || matches!(n, '.' | ',' | ')'))
                    })
                }) else {
                    continue;
                };
                let rest = end + p.len();
                if item[rest..].contains(['『', '「', '《']) {
                    return None;
                }
                return Some((end, rest));
            }
            _ => {}
        }
    }
    None
}

/// The length of the bracket that opens `s` when it defines a short name
/// (it opens with a `hereafter` word: `(이하 ‘판결록’이라 한다)`), else 0.
pub(crate) fn hereafter_bracket_len(s: &str, g: &Grammar) -> usize {
    let close = match s.chars().next() {
        Some('(') => ')',
        Some('（') => '）',
        _ => return 0,
    };
    let from = s.chars().next().map_or(0, char::len_utf8);
    let Some(len) = s[from..].find(close) else {
        return 0;
    };
    if g.after_hereafter(s[from..from + len].trim()).is_some() {
        from + len + close.len_utf8()
    } else {
        0
    }
}

/// How many sentences after the first of an item that cites nothing
/// [`classify_item`] reads on their own.
const LATER_SENTENCES: usize = 4;

/// [`classify_item`], with the rule of author-date references followed by
/// more of the note ([`author_year_then_more`]) only when `more`: the rest
/// it leaves is read without it, so that it never calls itself.
fn classify_item_as(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
    more: bool,
    out: &mut Vec<RawItem>,
) {
    let mut a = a;
    let mut b = b;
    let mut signal = signal;
    // `…: 46–68; and Gordon Jackson, The History…`: the joining word of
    // the note's last item is no part of it. A signal that opens with a
    // joining word of another language (Romanian `a se vedea și`, whose
    // `a` is Czech `and`) is read whole, as the signal.
    let joining = joining_word_len(&text[a..b], g);
    if joining > 0 && leading_signal(&text[a..b], g).is_none() {
        a += joining;
    }
    // A whole item in the form of the law reports (`Members of the Yorta
    // Yorta Aboriginal Community v Victoria (2002) 214 CLR 422`) has no
    // prose before a signal in its parties.
    let whole_case = crate::syntax::law_report::case(&text[a..b], g).is_some();
    if let Some((len, word)) = leading_signal(&text[a..b], g)
        .or_else(|| compared_second(&text[a..b], g))
        .or_else(|| {
            if whole_case {
                None
            } else {
                signal_after_prose(&text[a..b], g)
            }
        })
    {
        a += len;
        signal = signal.or(Some(word));
    }
    a += op_cit_before_name_len(&text[a..b], g);
    // `比較法的検討として、Hale, …`: the lead-in is the signal.
    let lead = cjk_lead_in_len(&text[a..b], g);
    if lead > 0 {
        let words = text[a..a + lead]
            .trim()
            .trim_end_matches(['、', '，'])
            .trim();
        a += lead;
        // The signal after the lead-in is the item's.
        if let Some((len, word)) = leading_signal(&text[a..b], g) {
            a += len;
            signal = signal.or(Some(word));
        }
        signal = signal.or(Some(words.to_string()));
    }
    if let Some((end, word)) = trailing_signal(&text[a..b], g) {
        b = a + end;
        signal = signal.or(Some(word));
    }
    if let Some(end) = trailing_remark(&text[a..b], g) {
        b = a + end;
    }
    let item = &text[a..b];
    if item.trim().is_empty() {
        return;
    }
    // Whether the item has no title in marks, asked by several rules
    // below: searched for once.
    let no_title = std::cell::OnceCell::new();
    let untitled = || *no_title.get_or_init(|| find_title(item).is_none());
    // `Riley v. California, 573 U.S. 373 (2014) (quoting Smith v. Maryland,
    // 442 U.S. 735 (1979))`: the work in the bracket is cited through the
    // one before it.
    if let Some((open, from, close)) = quoting_bracket(item, g) {
        let first = a + item[..open].trim_end().len();
        classify_item_as(text, a, first, g, signal, more, out);
        let word = item[open + 1..from].trim().to_string();
        let before = out.len();
        classify_item_as(text, a + from, a + close, g, Some(word), more, out);
        for quoted in &mut out[before..] {
            quoted.indirect = true;
        }
        return;
    }
    // `art. 361 § 1 k.c. w zw. z art. 415 k.c.`: two provisions, each
    // with its code, joined by a word of the grammars' `provision_joins`;
    // `Art. 2 Abs. 1 i.V.m. Art. 1 Abs. 1 GG`: the first of the code of
    // the second.
    if let Some(both) = joined_code_articles(text, a, b, g, signal.clone()) {
        out.extend(both);
        return;
    }
    if let Some(raw) = same_author_full(text, a, b, g, signal.clone()) {
        out.push(raw);
        return;
    }
    // `同上、70頁。なお、能見善久「…」（信山社、2001年）35頁も参照。`,
    // `Ibid., 14. See also Jane Roe, Another Book (…, 2001), 5.`: a
    // back-reference and its page, then a sentence that cites another work
    // in full: two items.
    // The back-reference word of the item, searched for once by the rules
    // below that need it.
    let back = std::cell::OnceCell::new();
    let back_ref = || *back.get_or_init(|| g.back_reference(item));
    if let Some(cut) = back_reference_sentence_len(item, g, back_ref) {
        classify_item_as(text, a, a + cut, g, signal, more, out);
        let tail = &item[cut..];
        let lead = tail.len() - tail.trim_start().len();
        classify_item_as(text, a + cut + lead, b, g, None, more, out);
        return;
    }
    // `Hansard, HC Deb 12 March 1855, col. 345`, `The Times (London), 23
    // January 1855, 8`: a paper or an issue, whose series or newspaper is
    // no author of a short form.
    {
        let (trimmed, start, end) = trimmed_item(text, a, b);
        if let Some((fields, pin)) = crate::syntax::official::official_paper(trimmed, g)
            .or_else(|| crate::syntax::official::unsigned_piece(trimmed, g))
            .or_else(|| crate::syntax::official::newspaper(trimmed, g))
        {
            out.push(full_raw(start, end, signal, pin, fields));
            return;
        }
    }
    // `Cass. civ., sez. III, 12 maggio 2010, n. 11234`, `STS 123/2015`:
    // a decision, whose `n.` and `cit.` are no short form's.
    if let Some(raw) = romance_decision_citation(text, a, b, g, signal.clone()) {
        out.push(raw);
        return;
    }
    // `Cass. civ. 1re, 12 mai 2010, n° 09-12.345, Bull. civ. I, n° 112`,
    // `Cass. com., 3 févr. 2015, préc.`: a decision by its court and date.
    if let Some(raw) = named_court_decision(text, a, b, g, signal.clone()) {
        out.push(raw);
        return;
    }
    if cross_reference(item, g, back_ref) {
        return;
    }
    // `FED. R. EVID. 702`, `Exec. Order No. 12,333, 3 C.F.R. 200 (1982)`:
    // a rule of court or an order, whose abbreviations are no archive's.
    {
        let (trimmed, start, end) = trimmed_item(text, a, b);
        if let Some((fields, pin)) = court_rule(trimmed).or_else(|| numbered_order(trimmed)) {
            out.push(full_raw(start, end, signal, pin, fields));
            return;
        }
    }
    // `Bodleian Library, MS Eng. hist. c. 12, fol. 4`: an archive named in
    // words and a shelfmark, whose `c. 12` is no column of a short form.
    {
        let (trimmed, start, end) = trimmed_item(text, a, b);
        if let Some(found) = crate::syntax::archive::archival_named(trimmed, g)
            .or_else(|| crate::syntax::archive::held_collection(trimmed, g))
        {
            out.push(full_raw(start, end, signal, found.pin, found.item));
            return;
        }
    }
    // `Members of the Yorta Yorta Aboriginal Community v Victoria (2002)
    // 214 CLR 422, 444 [46] ('Yorta Yorta')`: a whole item in the form of
    // the law reports is a case, though its short name in quotes and
    // brackets, or its parties before a year, would read as a short form.
    {
        let (trimmed, start, end) = trimmed_item(text, a, b);
        if let Some((fields, pin)) = crate::syntax::law_report::case(trimmed, g) {
            out.push(full_raw(start, end, signal, pin, fields));
            return;
        }
    }
    if let Some(raw) = short_form(text, a, b, g, signal.clone(), back_ref()) {
        // `… 김철수·이영희(2018)의 정리를 보라. 다만 … 한정된다(위의 글,
        // 52쪽).`: the sentences before a short form may name works
        // of their own, by author and year.
        if raw.start > a {
            parentheticals(text, a, raw.start, g, out);
        }
        out.push(raw);
        return;
    }
    if let Some(raw) = case_citation(text, a, b, g, signal.clone()) {
        out.push(raw);
        return;
    }
    // `Donoghue v Stevenson [1932] AC 562 (HL) 580`, `Human Rights Act
    // 1998, s 3(1)`: a case in the form of the law reports, a statute by
    // its short title.
    {
        // Prose after a case (`… (HL) 580 for the older use`) is no part
        // of it.
        let (trimmed, start, end) = trimmed_item(text, a, b);
        let found = crate::syntax::law_report::case_before_prose(trimmed, g)
            .map(|(fields, pin, len)| (fields, pin, start + len))
            .or_else(|| crate::syntax::law_report::act(trimmed, g).map(|(f, p)| (f, p, end)))
            .or_else(|| {
                crate::syntax::law_report::mcgill_statute(trimmed, g).map(|(f, p)| (f, p, end))
            })
            .or_else(|| {
                crate::syntax::law_report::constitution(trimmed, g).map(|(f, p)| (f, p, end))
            });
        if let Some((fields, pin, end)) = found {
            out.push(full_raw(start, end, signal, pin, fields));
            return;
        }
    }
    if let Some(raw) = handbook_citation(text, a, b, signal.clone())
        .or_else(|| commentary_citation(text, a, b, g, signal.clone()))
    {
        out.push(raw);
        return;
    }
    if let Some(raw) = decision_citation(text, a, b, g, signal.clone())
        .or_else(|| swiss_decision_citation(text, a, b, g, signal.clone()))
        .or_else(|| dated_decision_citation(text, a, b, g, signal.clone()))
        .or_else(|| undocketed_decision_citation(text, a, b, g, signal.clone()))
        .or_else(|| glued_decision_citation(text, a, b, g, signal.clone()))
        .or_else(|| docketed_decision_citation(text, a, b, g, signal.clone()))
        .or_else(|| roc_decision_citation(text, a, b, g, signal.clone()))
        .or_else(|| dated_roc_decision_citation(text, a, b, g, signal.clone()))
        .or_else(|| class_decision_citation(text, a, b, g, signal.clone()))
        .or_else(|| statute_citation(text, a, b, g, signal.clone()))
        .or_else(|| code_article_citation(text, a, b, g, signal.clone()))
        .or_else(|| worded_decision_citation(text, a, b, g, signal.clone()))
        .or_else(|| worded_court_decision_citation(text, a, b, g, signal.clone()))
        .or_else(|| dated_docket_decision(text, a, b, g, signal.clone()))
        .or_else(|| gazette_act_citation(text, a, b, g, signal.clone()))
        .or_else(|| journal_act_citation(text, a, b, g, signal.clone()))
        .or_else(|| numbered_statute_citation(text, a, b, g, signal.clone()))
        .or_else(|| named_text_act_citation(text, a, b, g, signal.clone()))
        .or_else(|| code_section_citation(text, a, b, g, signal.clone()))
    {
        out.push(raw);
        return;
    }
    // `The National Archives, Kew (hereafter TNA), ADM 3/265, …, fol. 12`.
    let (trimmed, start, end) = trimmed_item(text, a, b);
    if let Some(found) = crate::syntax::archive::archival(trimmed, g)
        .or_else(|| crate::syntax::archive::archive_later(trimmed, g))
    {
        if let Some((cut, first, from, second)) =
            crate::syntax::archive::joined_shelfmarks(trimmed, &found, g)
        {
            out.push(full_raw(start, start + cut, signal, first.pin, first.item));
            out.push(full_raw(start + from, end, None, second.pin, second.item));
            return;
        }
        out.push(full_raw(start, end, signal, found.pin, found.item));
        return;
    }
    // `Muldrew 1998, 95–119. For the older view, see Hatcher 1977, 63.`:
    // an author-date reference with its page, then more of the note.
    if more && author_year_then_more(text, a, b, g, &signal, out) {
        return;
    }
    match author_journal(text, a, b, g, signal.clone()) {
        Ok(raw) => {
            out.push(raw);
            return;
        }
        // `BGH, NJW 2003, 1308`: a decision cited by the journal that
        // prints it, no work of a bibliography.
        Err(true) => return,
        Err(false) => {}
    }
    let opening = JournalAuthorsOnce::new(g);
    if let Some(raw) = contribution_citation(text, a, b, g, signal.clone(), &opening)
        .or_else(|| law_book_citation(text, a, b, g, signal.clone(), &opening))
    {
        out.push(raw);
        return;
    }
    if untitled() {
        if let Some(raw) = bluebook_citation(text, a, b, g, signal.clone()) {
            out.push(raw);
            return;
        }
    }
    // `王澤鑑，侵權行為法，頁245，2015年6月。`: a Taiwanese note's parts
    // separated by commas, the title in no marks; a page of a book, or one
    // after an article's range, is the pinpoint.
    if untitled() && back_ref().is_none() {
        let (trimmed, start, end) = trimmed_item(text, a, b);
        if let Some(u) = crate::syntax::unmarked::read(trimmed, g) {
            out.push(full_raw(
                start,
                end,
                signal,
                u.pin.map(|p| page_locator(&p)),
                u.item,
            ));
            return;
        }
    }
    let before = out.len();
    full_citations(text, a, b, g, signal.clone(), out);
    if out.len() > before {
        return;
    }
    // An undelimited reference (`John Smith, Title (Place: Press, 2000), 45.`,
    // as text converted from PDF loses italics) needs authors, a title and
    // a date, and must start with the names.
    let (p, pinpoint) = parse_full(item, g);
    let first = p.authors.and_then(|(x, y)| item.get(x..y)).unwrap_or("");
    // `Here, as elsewhere, the standard account is Christopher Hill, …`:
    // a title opening with a small word of prose is the note's clause
    // (read after it, by [`cited_after_clause`]).
    let prose_title = || {
        p.title
            .and_then(|(x, _)| item.get(x..))
            .is_some_and(|t| t.starts_with(char::is_lowercase))
    };
    if untitled()
        && full_without_marks(&p.item, first)
        && (prose_prefix_len(first, g) == 0 || same_author_word(first, g))
        && !prose_title()
    {
        out.push(full_raw(a, b, signal, pinpoint, p.item));
        return;
    }
    // `Müller, Polizeigesetz, Loseblatt, Stand: März 2021, Rn. 3`,
    // `Müller, Polizeigesetz, Stand: März 2021, Rn. 3`: a work cited by its
    // author and title with the state its leaves or pages were brought up
    // to, without an imprint, is cited in full: a loose-leaf work (its
    // genre) with its date, or any work with the date of its state.
    let stated = p.item.issued.is_some() && p.item.genre.is_some() || p.item.accessed.is_some();
    if untitled()
        && stated
        && !p.item.author.is_empty()
        && p.item.title.is_some()
        && p.item.url.is_none()
        && looks_like_authors(first)
        && prose_prefix_len(first, g) == 0
        && !prose_title()
    {
        out.push(full_raw(a, b, signal, pinpoint, p.item));
        return;
    }
    // `Nürnberger Polizeiordnungen …, hg. v. Joseph Baader, Stuttgart
    // 1861, S. 178`: an edited work cited by its title, its editors after
    // it; or a work that opens with its title and has a full imprint
    // (`Очерки истории Урала. М.: Наука, 1990. С. 5.`).
    if untitled()
        && p.item.author.is_empty()
        && (!p.item.editor.is_empty()
            || p.title.is_some_and(|(x, _)| x == 0)
                && p.item.publisher.is_some()
                && p.item.publisher_place.is_some())
        && p.item.title.is_some()
        && p.item.issued.is_some()
        && (p.item.publisher.is_some() || p.item.publisher_place.is_some())
    {
        out.push(full_raw(a, b, signal, pinpoint, p.item));
        return;
    }
    // `Real Ordenanza para el establecimiento e instrucción de intendentes
    // …, Madrid, 1786, art. 28.`: a work cited by its title alone, with a
    // place and a year, and an article as the pinpoint, is a law.
    let first_part = item.split(", ").next().unwrap_or(item);
    if untitled() && (p.item.author.is_empty() || !name_like(first_part, g)) {
        if let Some((fields, pin)) = titled_law(item, g) {
            out.push(full_raw(a, b, signal, Some(pin), fields));
            return;
        }
    }
    // `Report of the Committee on Ministers' Powers (Cmd 4060, 1932) 58`:
    // an official paper cited by its title, number and year.
    if untitled()
        && p.item.author.is_empty()
        && p.item.kind == "report"
        && p.title.is_some_and(|(x, _)| x == 0)
        && p.item.number.is_some()
        && p.item.issued.is_some()
    {
        out.push(full_raw(a, b, signal, pinpoint, p.item));
        return;
    }
    // A web page without a date of its own, read on a day it names:
    // `UNHCR, Global Trends 2020, https://… (abgerufen am 3.5.2021)`.
    if untitled()
        && !p.item.author.is_empty()
        && p.item.title.is_some()
        && p.item.url.is_some()
        && p.item.accessed.is_some()
        && looks_like_authors(first)
        && prose_prefix_len(first, g) == 0
    {
        let mut fields = p.item;
        fields.kind = "webpage".into();
        out.push(full_raw(a, b, signal, pinpoint, fields));
        return;
    }
    // `The standard account remains Christopher Hill, Milton and the
    // English Revolution (London: Faber and Faber, 1977), 95–117.`: a
    // discursive note names the work after a clause of its own, with no
    // signal word.
    if untitled() {
        if let Some((x, q, pinpoint)) = cited_after_clause(item, g) {
            out.push(full_raw(a + x, b, signal, pinpoint, q));
            return;
        }
    }
    if let Some(raw) = inverted_author_title_year(text, a, b, g, signal.clone()) {
        out.push(raw);
        return;
    }
    // `Stobart, Hann and Morgan 2007, 86`: a list of names before the
    // year is the authors, no `Author, Title, page` short form.
    if let Some(raw) = author_year(text, a, b, g, signal.clone()).filter(|r| names_list(r, g)) {
        out.push(raw);
        return;
    }
    if let Some(raw) = cjk_title_short(text, a, b, g, signal.clone())
        .or_else(|| undelimited_short(text, a, b, g, signal.clone()))
        .or_else(|| cut_title_short(text, a, b, g, signal.clone()))
        .or_else(|| author_page_short(text, a, b, g, signal.clone()))
        .or_else(|| title_page_short(text, a, b, g, signal.clone()))
    {
        out.push(raw);
        return;
    }
    if let Some(raw) = author_year(text, a, b, g, signal) {
        out.push(raw);
        return;
    }
    parentheticals(text, a, b, g, out);
}

/// Two provisions joined by a word of the grammars' `provision_joins`
/// (`art. 361 § 1 k.c. w zw. z art. 415 k.c.`, `§ 823 Abs. 2 BGB iVm §
/// 263 StGB`), each read by [`code_article_citation`]: two citations.
/// The first may be written without its code where the second has one
/// (`Art. 2 Abs. 1 i.V.m. Art. 1 Abs. 1 GG`): it is an article of that
/// code.
fn joined_code_articles(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<[RawItem; 2]> {
    let (cut, from) = joined_provisions(&text[a..b], g)?;
    let second = code_article_citation(text, a + from, b, g, None)?;
    let first = code_article_citation(text, a, a + cut, g, signal.clone()).or_else(|| {
        let (item, start, end) = trimmed_item(text, a, a + cut);
        let provision = item.trim_end_matches([',', ' ']);
        let fields = second.fields.as_deref()?.clone();
        bare_provision(provision, g).then(|| {
            let locator = Some(Locator {
                label: "section".into(),
                value: provision.to_string(),
                ..Default::default()
            });
            full_raw(start, end, signal, locator, fields)
        })
    })?;
    Some([first, second])
}

/// Whether `s` is a provision alone, with its subdivisions (`Art. 2 Abs.
/// 1`, `§ 15 Abs. 2 S. 1`, `§§ 249 ff.`): a `provision` of the grammars
/// opens it, a number is in it, and no word of more than four letters
/// nor punctuation of a sentence follows.
fn bare_provision(s: &str, g: &Grammar) -> bool {
    s.chars().nth(50).is_none()
        && s.contains(|c: char| c.is_ascii_digit())
        && !s.contains([',', ';', ':', '"', '“', '„', '«', '(', ')'])
        && g.provision.find(s).is_some_and(|p| p.start == 0)
        && !s
            .split_whitespace()
            .skip(1)
            .any(|w| w.chars().count() > 4 && w.chars().all(char::is_alphabetic))
}

/// Articles of codes cited inside a sentence of prose (`Nach § 242 BGB
/// schuldet der Schuldner …`, `Siehe § 1004 Abs. 1 S. 2 BGB analog`): at
/// each `provision` of the grammars that opens a word, the shortest run
/// of words that [`joined_code_articles`] or [`code_article_citation`]
/// reads, up to twenty words; the search goes on after it. A provision
/// with no code after it (`nach Art. 5`) is no citation.
fn code_articles_in_prose(text: &str, a: usize, b: usize, g: &Grammar) -> Vec<RawItem> {
    let item = &text[a..b];
    let mut found = Vec::new();
    if g.codes.is_empty() || !item.contains(|c: char| c.is_ascii_digit()) {
        return found;
    }
    let mut from = 0;
    for p in g.provision.find_all(item) {
        let at = p.start;
        if at < from
            || !item[..at]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == '(')
        {
            continue;
        }
        // The ends of the words after the provision, without the
        // punctuation that closes a clause.
        let mut ends = Vec::new();
        let mut word_end = None;
        for (i, c) in item[at..].char_indices() {
            if c.is_whitespace() {
                if let Some(e) = word_end.take() {
                    ends.push(e);
                }
                if ends.len() >= 20 {
                    break;
                }
            } else {
                word_end = Some(at + i + c.len_utf8());
            }
        }
        ends.extend(word_end);
        for e in ends {
            let e = at
                + item[at..e]
                    .trim_end_matches([',', ';', ':', ')', ']'])
                    .len();
            if e <= at + p.end - p.start {
                continue;
            }
            if let Some(both) = joined_code_articles(text, a + at, a + e, g, None) {
                from = e;
                found.extend(both);
                break;
            }
            if let Some(one) = code_article_citation(text, a + at, a + e, g, None) {
                from = e;
                found.push(one);
                break;
            }
        }
    }
    found
}

/// Where the first provision of `item` ends and the second starts, when a
/// word of the grammars' `provision_joins` stands between them, and the
/// item opens with a provision (`art. 361 § 1 k.c. w zw. z art. 415
/// k.c.`); the second opens with a provision too.
fn joined_provisions(item: &str, g: &Grammar) -> Option<(usize, usize)> {
    // Cheap tests first: a joining word, then a provision opening the item.
    if !g.provision_joins.iter().any(|w| item.contains(w.as_str()))
        || g.provision.find(item).is_none_or(|p| p.start != 0)
    {
        return None;
    }
    g.provision_joins.iter().find_map(|w| {
        let at = item.match_indices(w.as_str()).find_map(|(i, _)| {
            let before = item[..i].ends_with(' ');
            let after = item[i + w.len()..].strip_prefix(' ')?;
            let from = item.len() - after.len();
            (before && g.provision.find(after).is_some_and(|p| p.start == 0)).then_some((i, from))
        })?;
        Some((item[..at.0].trim_end().len(), at.1))
    })
}

/// A full case citation: `Brown v. Board of Education, 347 U.S. 483, 495
/// (1954)` — parties, volume, reporter, first page, pinpoint, court and year.
/// Its runs of Unicode classes are unbounded: [`case_full`] checks their
/// lengths (bounded repetitions of Unicode classes are slow to compile).
static CASE_FULL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(&format!(
        r"^(?P<name>\p{{Lu}}[^,;]*? v\. [^,;]+?){US_REPORT}"
    ))
});

/// [`CASE_FULL`] for a case brought in a matter (`In re Gault, 387 U.S.
/// 1, 30 (1967)`, `Ex parte Milligan, 71 U.S. 2 (1866)`; the grammars'
/// `case_matter` words): its name needs no ` v. ` between parties.
static CASE_FULL_MATTER: LazyLock<Regex> =
    LazyLock::new(|| crate::re::constant(&format!(r"^(?P<name>\p{{Lu}}[^,;]+?){US_REPORT}")));

/// What follows the name in [`CASE_FULL`] and [`CASE_FULL_MATTER`]: volume,
/// reporter, first page, pinpoint, court and year, and explanatory
/// parentheticals.
const US_REPORT: &str = r", (?P<vol>[0-9]+) (?P<rep>[A-Z][A-Za-z0-9.' ]{0,30}?) (?P<page>[0-9]+)(?:, (?P<pin>([0-9]+)(?:[-–]([0-9]+))?))? \((?P<court>[^()]*?)\s?(?P<year>[0-9]{4})\)(?: \(.*\))?\.?$";

/// The groups of a full case citation, as
/// `^(?P<name>\p{Lu}[^,;]{0,120}? v\. [^,;]{1,120}?), (?P<vol>[0-9]{1,4})
/// (?P<rep>[A-Z][A-Za-z0-9.' ]{0,30}?) (?P<page>[0-9]{1,5})(?:, (?P<pin>[0-9]{1,5}(?:[-–][0-9]{1,5})?))?
/// \((?P<court>[^()]*?)\s?(?P<year>[0-9]{4})\)(?: \(.*\))?\.?$` captures them;
/// explanatory parentheticals may follow the year's (`(en banc)`,
/// `(Harlan, J., concurring)`, `(quoting …)`). Every run
/// ends where the next part must start, so the bounds decide whether there
/// is a match, never which:
/// - no part of the name takes `,` or `;`: it runs to the first of them,
///   which must be the comma before the volume, and is captured whole
///   whichever ` v. ` splits it; the bounds ask that some ` v. ` in it
///   stand at most 120 characters after the first capital and 1 to 120
///   before its end;
/// - the volume runs to a space; court and year fill the last brackets, so
///   the page runs from the last space before them (or before the
///   pinpoint's comma) and the pinpoint's numbers to a dash or that space:
///   4, 5, 5 and 5 digits are checks of whole runs.
///
/// The reporter (ASCII, cheap to compile) and the year (exactly four
/// digits, the court taking those before them) keep their bounds.
fn case_full(item: &str) -> Option<regex::Captures<'_>> {
    if !name_then_volume(item, true) {
        return None;
    }
    let c = crate::re::captures(&CASE_FULL, item)?;
    if !us_report_numbers_fit(&c) {
        return None;
    }
    let mut name = c.name("name")?.as_str().chars();
    name.next()?;
    let parties = name.as_str();
    let total = parties.chars().count();
    let split = parties
        .char_indices()
        .take(121)
        .enumerate()
        .any(|(before, (i, _))| {
            parties[i..].starts_with(" v. ") && (1..=120).contains(&(total - before - 4))
        });
    split.then_some(c)
}

/// Whether the numbers of a US case's report keep within their bounds
/// (groups 2, 4, 6 and 7: the volume, the page and the pinpoint's numbers,
/// 4, 5, 5 and 5 digits), as [`case_full`] explains.
fn us_report_numbers_fit(c: &regex::Captures<'_>) -> bool {
    let chars = |i| crate::re::group_chars(c, i);
    chars(2) <= 4 && chars(4) <= 5 && chars(6) <= 5 && chars(7) <= 5
}

/// [`case_full`] for a case brought in a matter ([`CASE_FULL_MATTER`]),
/// its name of 240 characters at most.
fn case_full_matter(item: &str) -> Option<regex::Captures<'_>> {
    if !name_then_volume(item, false) {
        return None;
    }
    let c = crate::re::captures(&CASE_FULL_MATTER, item)?;
    let short = c.name("name")?.as_str().chars().nth(240).is_none();
    (short && us_report_numbers_fit(&c)).then_some(c)
}

/// Whether `s` may be read by [`CASE_FULL`] (`versus`), [`CASE_FULL_MATTER`]
/// or [`CASE_SHORT`], as a cheap test before the pattern is built or run:
/// the name or party they open with holds no `,` nor `;`, so the first of
/// these in `s` must be the comma, the space and the digit of the volume
/// after it, and, for `versus`, ` v. ` must stand before it.
fn name_then_volume(s: &str, versus: bool) -> bool {
    s.find([',', ';']).is_some_and(|i| {
        s[i..].starts_with(", ")
            && s.as_bytes().get(i + 2).is_some_and(u8::is_ascii_digit)
            && (!versus || s[..i].contains(" v. "))
    })
}

/// A short case citation: `Brown, 347 U.S. at 495`, explanatory
/// parentheticals after it (`(Alito, J., dissenting)`) (party length
/// checked in code).
static CASE_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<party>\p{Lu}[\p{L}.'’& ]*?), (?P<vol>[0-9]{1,4}) (?P<rep>[A-Z][A-Za-z0-9.' ]{0,30}?) at (?P<pin>[0-9]{1,5}(?:[-–][0-9]{1,5})?)(?: \(.*\))?\.?$",
    )
});

/// An American case not (yet) in a reporter, cited by its docket number,
/// perhaps a database's number (`2023 WL 3249809`) and its pinpoint, and
/// the court and day in brackets: `FTC v. Kochava, Inc., No.
/// 2:22-cv-00377, 2023 WL 3249809, at *4 (D. Idaho May 4, 2023)`. A
/// document filed in the case may open it (`Complaint at 4, …`, `Brief
/// for Petitioner at 12, …`). Its runs are unbounded: [`docketed_us_case`]
/// checks the name's length.
static DOCKETED_US_CASE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?:(?P<doc>\p{Lu}[^,;]*? at \*?[0-9]+), )?(?P<name>\p{Lu}[^,;]*? v\. [^,;]+?(?:, (?:Inc|L\.L\.C|LLC|Ltd|Co|Corp|L\.P|LP)\.?)?), (?P<docket>Nos?\. [0-9A-Za-z:\-–]+(?:, [0-9A-Za-z:\-–]+)*)(?:, (?P<db>[0-9]{4} (?:WL|U\.S\. (?:Dist|App)\. LEXIS) [0-9]+))?(?:, at \*?(?P<pin>[0-9]+(?:[-–]\*?[0-9]+)?))? \((?P<court>[^()]*?)\s?(?P<date>[A-Z][a-z]{2,8}\.? [0-9]{1,2}, (?P<year>[0-9]{4}))\)(?: \(.*\))?\.?$",
    )
});

/// [`DOCKETED_US_CASE`] read: a `legal_case` titled by its parties, its
/// docket as its number, the database as its container, the court as its
/// authority (publisher) and the day as its date; the page after `at` is
/// the pinpoint.
fn docketed_us_case(
    item: &str,
    start: usize,
    end: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    if !item.contains(" v. ") || !item.contains("No") {
        return None;
    }
    let c = crate::re::captures(&DOCKETED_US_CASE, item)?;
    let name = c.name("name")?.as_str().trim();
    if name.chars().nth(240).is_some() {
        return None;
    }
    let year: i32 = c.name("year")?.as_str().parse().ok()?;
    let raw = c.name("date")?.as_str();
    let get = |n: &str| c.name(n).map(|m| m.as_str().trim().to_string());
    let fields = crate::model::CslItem {
        kind: "legal_case".into(),
        title: Some(name.to_string()),
        number: get("docket"),
        container_title: get("db"),
        publisher: get("court").filter(|c| !c.is_empty()),
        issued: Some(
            g.dates
                .first(raw)
                .filter(|d| d.start == 0 && d.end == raw.len())
                .map_or_else(
                    || crate::model::CslDate::new(year, None, None, Some(raw.to_string())),
                    |d| d.date,
                ),
        ),
        ..Default::default()
    };
    // A page of a document filed in the case is no page of the decision.
    let locator = get("pin")
        .filter(|_| c.name("doc").is_none())
        .map(|value| Locator {
            label: "page".into(),
            value,
            ..Default::default()
        });
    Some(full_raw(start, end, signal, locator, fields))
}

/// The length of a document's name and page, and the comma after them,
/// that open a case citation (`Brief for Petitioner at 12, `, `Complaint
/// at 4, `): capitalised words of 80 bytes at most without a comma, `at`
/// and a page, with a case's `v.` after them.
fn filed_document_len(item: &str) -> Option<usize> {
    let at = item.get(..item.len().min(90))?.find(" at ")?;
    let head = &item[..at];
    let rest = &item[at + 4..];
    let digits = rest.trim_start_matches('*');
    let n = digits.find(|c: char| !c.is_ascii_digit())?;
    let after = digits[n..].strip_prefix(", ")?;
    (n > 0
        && head.starts_with(char::is_uppercase)
        && !head.contains([',', ';', '('])
        && after.contains(" v. "))
    .then(|| item.len() - after.len())
}

/// Case law in US style: full (`X v. Y, 347 U.S. 483 (1954)`) and short
/// (`X, 347 U.S. at 495`) forms. The case name is the title; the reporter
/// the container.
fn case_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    // `Brief for Petitioner at 12, Carpenter v. United States, 138 S. Ct.
    // 2206 (2018) (No. 16-402)`: a document filed in the case, cited at
    // its own page, before the case.
    let (case, filed) = match filed_document_len(item) {
        Some(n) => (&item[n..], true),
        None => (item, false),
    };
    let full = if g.law_words.opens_matter(case) {
        case_full_matter(case)
    } else {
        case_full(case)
    };
    if let Some(c) = full {
        let get = |n: &str| c.name(n).map(|m| m.as_str().trim().to_string());
        let year: i32 = get("year")?.parse().ok()?;
        let mut fields = crate::model::CslItem {
            kind: "legal_case".into(),
            title: get("name"),
            container_title: get("rep"),
            volume: get("vol"),
            page: get("page"),
            issued: Some(crate::model::CslDate::new(year, None, None, get("year"))),
            ..Default::default()
        };
        if let Some(court) = get("court").filter(|c| !c.is_empty()) {
            fields.publisher = Some(court);
        }
        let parsed = ParsedReference {
            item: fields,
            ..Default::default()
        };
        let pin = get("pin").filter(|_| !filed);
        return Some(full_item(start, end, signal, pin, parsed));
    }
    if let Some(raw) = docketed_us_case(item, start, end, g, signal.clone()) {
        return Some(raw);
    }
    if !name_then_volume(item, false) || !item.contains(" at ") {
        return None;
    }
    let c = crate::re::captures(&CASE_SHORT, item)?;
    // A party of 61 characters at most (kept out of the pattern, where the
    // bound would make the automaton huge).
    if c.name("party")
        .is_some_and(|p| p.as_str().chars().nth(61).is_some())
    {
        return None;
    }
    Some(named_short(
        start,
        end,
        signal,
        c.name("pin").map(|m| Locator {
            label: "page".into(),
            value: m.as_str().to_string(),
            ..Default::default()
        }),
        None,
        c.name("party").map(|m| m.as_str().trim().to_string()),
    ))
}

/// A law-review article in Bluebook form: `Jane Doe, The Archive and the
/// State, 12 Harv. L. Rev. 345, 350 (2015)` — authors, title, volume,
/// journal, first page, pinpoint, year (lengths checked in code).
static BLUEBOOK_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<authors>\p{Lu}[^,;]*(?:, (?:Jr\.|Sr\.|II|III))?(?:,? (?:&|and) [^,;]+)?), (?P<title>[^;]+?), (?P<vol>[0-9]{1,4}) (?P<journal>\p{Lu}[\p{L}.&' ]*?) (?P<page>[0-9]{1,6})(?:, (?P<pin>[0-9]{1,6}(?:[-–][0-9]{1,6})?))?(?: n\.\s?[0-9]{1,4})? \((?P<year>[0-9]{4})\)\.?$",
    )
});

/// A book in Bluebook form: `Richard Roe, Paper Rights 45 (2d ed. 2010)` —
/// authors, title, pinpoint (a page, or a treatise's section: `§ 2.1`),
/// edition (or publisher) and year. The pinpoint is left out where the
/// work is cited whole (`U.S. Dep't of State, Country Reports on Human
/// Rights Practices (2020)`), and follows `, at` after a title that ends
/// in a number (rule 3.2(a): `… Practices for 2021, at 3 (2022)`). An
/// agency's report may give its number between the author and the title
/// (`U.S. Gov't Accountability Off., GAO-12-561R, Human Rights: … 7
/// (2012)`, `Cong. Rsch. Serv., RL33110, …`): capitals, then two groups
/// of digits and capitals after hyphens, or four digits or more (a word
/// with one number, `COVID-19`, opens a title).
static BLUEBOOK_BOOK: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<authors>\p{Lu}[^,;]*(?:,? (?:&|and) [^,;]+)?), (?:(?P<number>\p{Lu}{1,6}(?:[-–][0-9]{1,4}(?:[-–][0-9A-Z]+)+|[0-9]{4,8}[A-Z]?)), )?(?P<title>[^;,]+?)(?:(?:, at)? (?P<pin>[0-9]{1,6}(?:[-–][0-9]{1,6})?|§§? ?[0-9][0-9.]*(?:\([a-z0-9]{1,4}\)){0,4}(?:[-–][0-9][0-9.]*)?))? \((?P<ed>[^()]*\s)?(?P<year>[0-9]{4})\)\.?$",
    )
});

/// A work cited by its title alone in Bluebook form, its title in capitals
/// as small capitals come out of a PDF (checked in [`bluebook_citation`]):
/// `RESTATEMENT (SECOND) OF TORTS § 652B (AM. L. INST. 1977)`, `BLACK'S
/// LAW DICTIONARY 1234 (11th ed. 2019)` — title, pinpoint, edition or
/// publisher, and year.
static BLUEBOOK_TITLED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<title>\p{Lu}[^,;§]*?) (?P<pin>[0-9]{1,6}(?:[-–][0-9]{1,6})?|§§? ?[0-9][0-9A-Za-z.]*(?:\([a-z0-9]{1,4}\)){0,4}(?:[-–][0-9][0-9.]*)?) \((?P<ed>[^()]*\s)?(?P<year>[0-9]{4})\)\.?$",
    )
});

/// An article in a law journal cited without its title, as German,
/// Austrian and Swiss law notes cite it: `Schmidt, NJW 2005, 1234 (1238)`,
/// `ders., DVBl. 1999, 445 (449)`, `Richter, VerwArch 95 (2004), 233
/// (240)`, `Weiß, JBl 2001, 45, 47` — authors, the journal's abbreviation,
/// the year (or the volume and the year in brackets), the first page, and a
/// pinpoint in brackets or after a comma. Its runs are unbounded: names and
/// abbreviation are checked in code ([`journal_authors`],
/// [`crate::syntax::reference::journal_abbreviation`]).
static AUTHOR_JOURNAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<authors>[^,;()0-9]+), (?P<journal>\p{L}[\p{L}.\-!]*(?: \p{L}[\p{L}.\-]*)*) (?:(?P<vol>[0-9]{1,4}) \((?P<vyear>[0-9]{4})\)|(?P<year>[0-9]{4})),\s*(?P<page>[0-9]{1,6})(?:\s*ff?\.)?(?:\s*\((?P<pin>[^()]+)\)|,\s*(?P<pin2>[0-9]{1,6}(?:\s*[-–]\s*[0-9]{1,6})?)(?:\s*ff?\.)?)?\s*\.?$",
    )
});

/// Whether `s` may be read by [`AUTHOR_JOURNAL`], as a cheap test before
/// the pattern is built or run: the authors hold no `,`, `;`, bracket nor
/// digit, so the first of these in `s` must be the comma and space after
/// them (not at the start); the journal after it holds no `,`, `(` nor
/// digit, so a digit of its volume or year comes before the next `,` or
/// `(`.
fn authors_then_journal(s: &str) -> bool {
    let Some(i) = s.find(|c: char| matches!(c, ',' | ';' | '(' | ')') || c.is_ascii_digit()) else {
        return false;
    };
    let Some(rest) = s[i..].strip_prefix(", ").filter(|_| i > 0) else {
        return false;
    };
    let j = rest.find([',', '(']).unwrap_or(rest.len());
    rest[..j].bytes().any(|b| b.is_ascii_digit())
}

/// Whether `word` is written like a person's family name (`Schmidt`,
/// `Müller-Graff`, `McDonald`, `O’Neill`), not like a court's or an
/// institution's abbreviation (`BGH`, `BVerfG`, `EuGH`, `OLG`): each part
/// between hyphens starts with a capital followed by a small letter or an
/// apostrophe, ends in a small letter and has at most two capitals.
fn family_name_word(word: &str) -> bool {
    let apostrophe = |c: char| matches!(c, '\'' | '’');
    word.split('-').all(|part| {
        let mut chars = part.chars();
        let capitals = part.chars().filter(|c| c.is_uppercase()).count();
        chars.next().is_some_and(char::is_uppercase)
            && chars
                .next()
                .is_some_and(|c| c.is_lowercase() || apostrophe(c))
            && part.chars().all(|c| c.is_alphabetic() || apostrophe(c))
            && part.chars().next_back().is_some_and(char::is_lowercase)
            && capitals <= 2
    })
}

/// The authors of an [`AUTHOR_JOURNAL`] citation, from `s` (the text before
/// the journal): a word for the same author (`ders.`, `dies.`), or at most
/// four persons' names joined by `/`, `&` or an `and` word, each of at most
/// four words: family names ([`family_name_word`]), initials (`H.`,
/// `H.-J.`) and particles (`von`). Returns where they start in `s` (after
/// words of prose such as `dazu`) and whether they stand for the same
/// author. Courts (`BGH, NJW 2003, 1308`) are no authors.
fn journal_authors(s: &str, g: &Grammar) -> Option<(usize, bool)> {
    let lead = s.len() - s.trim_start().len();
    if same_author_word(s, g) {
        return Some((lead, true));
    }
    let cut = prose_prefix_len(s, g);
    let names = s[cut..].trim();
    if names.is_empty() || names.chars().nth(120).is_some() {
        return None;
    }
    let initial = |w: &str| {
        w.ends_with('.')
            && w.split(['-', '.'])
                .filter(|p| !p.is_empty())
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
    };
    // Names end at `/`, `&` and the `and` words between them (`und`,
    // `u.`); each is one to four words, at most four names.
    let mut count = 0;
    let mut name: Vec<&str> = Vec::new();
    let mut one_more = |name: &mut Vec<&str>| {
        count += 1;
        let ok = (1..=4).contains(&name.len())
            && name.iter().any(|w| family_name_word(w))
            && name
                .iter()
                .all(|w| family_name_word(w) || initial(w) || NAME_LOWER_WORDS.contains(w));
        name.clear();
        ok && count <= 4
    };
    for token in names.split_whitespace() {
        if g.and_words.iter().any(|w| w == token) {
            if !one_more(&mut name) {
                return None;
            }
            continue;
        }
        let mut parts = token.split(['/', '&']).peekable();
        while let Some(part) = parts.next() {
            if !part.is_empty() {
                name.push(part);
            }
            if parts.peek().is_some() && !one_more(&mut name) {
                return None;
            }
        }
    }
    if !one_more(&mut name) {
        return None;
    }
    Some((cut + (s[cut..].len() - s[cut..].trim_start().len()), false))
}

/// A pinpoint written in brackets after the first page: a page or range
/// (`1238`, `1238 f.`, `12–14`), or a locator word (`Rn. 12`, `S. 5`).
fn bracketed_pin(pin: &str, g: &Grammar) -> Option<Locator> {
    let t = pin.trim();
    let digits = t
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '–' | ' ')))
        .unwrap_or(t.len());
    let number = t[..digits].trim();
    let rest = t[digits..].trim();
    if !number.is_empty()
        && number.starts_with(|c: char| c.is_ascii_digit())
        && matches!(rest, "" | "f." | "ff." | "f" | "ff")
    {
        return Some(Locator {
            label: "page".into(),
            value: crate::grammar::locator_value(number),
            ..Default::default()
        });
    }
    locator_in(t, g)
}

/// A law-journal article cited without its title ([`AUTHOR_JOURNAL`]): a
/// full citation whose fields are its authors (`ders.` stands for those of
/// the citation before it), the journal as container, the year, volume and
/// first page; the pinpoint is its locator. `Err(true)` when the shape is
/// there but what stands before the journal is no author (a court:
/// `BGH, NJW 2003, 1308`), `Err(false)` when the shape is not.
fn author_journal(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Result<RawItem, bool> {
    let (item, start, end) = trimmed_item(text, a, b);
    if !authors_then_journal(item) {
        return Err(false);
    }
    let c = crate::re::captures(&AUTHOR_JOURNAL, item).ok_or(false)?;
    let group = |n: &str| c.name(n).map(|m| m.as_str());
    let (Some(authors), Some(journal), Some(year_text)) = (
        group("authors"),
        group("journal"),
        group("vyear").or_else(|| group("year")),
    ) else {
        return Err(false);
    };
    let volume = group("vol").map(str::to_string);
    let year: i32 = year_text.parse().map_err(|_| false)?;
    // `Schoch, Jura 2009, 12 (14)`: a journal's name of one word, told
    // from a place by the pinpoint in brackets after the first page.
    let one_word = group("pin").is_some() && one_word_name(journal);
    // `Hügel, ecolex 2018, 45`: a journal abbreviated in lowercase, of the
    // grammars' `journal_abbreviations`.
    if !(crate::syntax::reference::journal_abbreviation(journal, volume.is_some())
        || one_word
        || crate::syntax::reference::known_journal(journal, g))
        || !(1500..=2100).contains(&year)
    {
        return Err(false);
    }
    let (from, same) = journal_authors(authors, g).ok_or(true)?;
    let names_text = authors[from..].trim();
    let (author, et_al) = if same {
        (
            vec![crate::model::CslName {
                literal: Some(names_text.to_string()),
                ..Default::default()
            }],
            false,
        )
    } else {
        let names = crate::syntax::name::parse_names(names_text, NameOrder::Natural, g);
        (names.names, names.et_al)
    };
    if author.is_empty() {
        return Err(true);
    }
    let fields = crate::model::CslItem {
        kind: "article-journal".into(),
        author,
        et_al,
        container_title: Some(journal.trim_end_matches('.').to_string()),
        volume,
        page: c.name("page").map(|m| m.as_str().to_string()),
        issued: Some(crate::model::CslDate::new(
            year,
            None,
            None,
            Some(year_text.to_string()),
        )),
        ..Default::default()
    };
    let locator = match (group("pin"), group("pin2")) {
        (Some(p), _) | (None, Some(p)) => bracketed_pin(p, g),
        (None, None) => None,
    };
    Ok(full_raw(start + from, end, signal, locator, fields))
}

/// Whether `word` is written like a court's or a law report's
/// abbreviation (`BGH`, `BVerfG`, `BVerfGE`, `BGHZ`, `OLG`, `EuGH`): letters
/// only, two capitals or more, no family name ([`family_name_word`]).
fn court_abbreviation(word: &str) -> bool {
    word.chars().all(char::is_alphabetic)
        && word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word.chars().next().is_some_and(char::is_uppercase)
        && !family_name_word(word)
}

/// A court's name before a decision: an abbreviation ([`court_abbreviation`])
/// and at most two capitalised words or numerals of its seat (`OLG Köln`,
/// `LG München I`, `VGH Baden-Württemberg`).
fn court_name(s: &str) -> bool {
    let mut words = s.split_whitespace();
    words.next().is_some_and(court_abbreviation)
        && words.clone().count() <= 2
        && words.all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// `OGH 12.3.2019, 4 Ob 123/18x`: a court ([`court_name`]) and the date
/// of its decision with no comma between them, then the docket number
/// (Geschäftszahl, with digits and a slash), as Austrian notes cite
/// decisions. From `court` (the part before the first comma) and `after`
/// (the rest): the court, the date, the docket and what follows it.
fn dated_court<'s>(
    court: &'s str,
    after: &'s str,
    g: &Grammar,
) -> Option<(&'s str, crate::model::CslDate, &'s str, &'s str)> {
    let (name, date) = court.rsplit_once(' ')?;
    if !date.starts_with(|c: char| c.is_ascii_digit()) || !court_name(name) {
        return None;
    }
    let d = g
        .dates
        .first(date)
        .filter(|d| d.start == 0 && d.end == date.len())?;
    let (docket, more) = after.split_once(", ").unwrap_or((after, ""));
    let docket = docket.trim();
    let ok = docket.contains('/')
        && docket.chars().any(|c| c.is_ascii_digit())
        && docket.chars().nth(30).is_none();
    ok.then_some((name, d.date, docket, more))
}

/// A court decision cited in the German way. The decision is a source of
/// its own (`legal_case`), never expected in the bibliography:
///
/// - `BVerfGE 7, 198 (205)`, `BGHZ 154, 88, 95`: the official collection
///   ([`court_abbreviation`]), its volume, first page and pinpoint;
/// - `BVerfG, NJW 2019, 1234 (1236)`, `OLG Köln, NJW-RR 1999, 3`: the
///   court ([`court_name`]), then the journal printing the decision
///   ([`crate::syntax::reference::journal_abbreviation`]), year and page;
/// - `BGH, Urt. v. 12.3.2019 – VI ZR 123/18, NJW 2019, 2000 Rn. 15`: the
///   court, a decision word of the grammars (`decision`), the date, a dash
///   and the docket number (the title), then the journal if any;
/// - `OGH 12.3.2019, 4 Ob 123/18x, JBl 2019, 456`: the court and the date,
///   then the docket number, as Austrian notes write it ([`dated_court`]).
///
/// The court is the publisher, the collection or journal the container;
/// the pinpoint is the bracketed page or the margin number.
fn decision_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    let body = item.trim_end_matches('.').trim_end();
    let mut fields = crate::model::CslItem {
        kind: "legal_case".into(),
        ..Default::default()
    };
    let mut rest = body;
    if let Some((court, after)) = body.split_once(", ") {
        if court_name(court) {
            fields.publisher = Some(court.to_string());
            rest = after;
            if let Some(m) = g.decision.find(after) {
                // `Urt. v. 12.3.2019 – VI ZR 123/18`: date, dash, docket.
                let decision = &after[m.end..];
                let (date, docket) = decision.split_once(['–', '—'])?;
                let (docket, more) = match docket.split_once(", ") {
                    Some((d, more)) => (d, more),
                    None => (docket, ""),
                };
                // `– C-131/12 – Google Spain`, `…, BVerfGE 152, 152 Rn. 95
                // – Recht auf Vergessen I`: the decision's name closes it.
                let docket = &docket[..decision_name_start(docket)];
                let more = &more[..decision_name_start(more)];
                // `C-131/12, ECLI:EU:C:2014:317, Rn. 80`: the European Case
                // Law Identifier after the docket is no report.
                let more = more
                    .strip_prefix("ECLI:")
                    .map_or(more, |e| e.split_once(", ").map_or("", |(_, r)| r));
                let docket = docket.trim();
                if docket.is_empty()
                    || !docket.chars().any(|c| c.is_ascii_digit())
                    || docket.chars().nth(30).is_some()
                {
                    return None;
                }
                fields.title = Some(docket.to_string());
                let date = g.dates.first(date.trim()).filter(|d| d.start == 0)?;
                fields.issued = Some(date.date);
                rest = more;
            } else if rest.is_empty() {
                return None;
            }
        } else if let Some((name, date, docket, more)) = dated_court(court, after, g) {
            fields.publisher = Some(name.to_string());
            fields.issued = Some(date);
            fields.title = Some(docket.to_string());
            rest = more;
        }
    }
    let court = fields.publisher.is_some();
    let mut locator = None;
    // `EuGH, Urt. v. 13.5.2014 – C-131/12, Rn. 80`: a decision cited by
    // its docket alone, at a margin number of its reasons.
    let margin_alone = (fields.title.is_some() && !rest.is_empty())
        .then(|| g.margin.find(rest))
        .flatten()
        .filter(|m| m.start == 0 && matches!(rest[m.end..].trim(), "" | "f." | "ff."));
    if let Some(m) = margin_alone {
        let (x, y) = m.number?;
        locator = Some(Locator {
            label: "margin".into(),
            value: crate::grammar::locator_value(&rest[x..y]),
            ..Default::default()
        });
    } else if !rest.is_empty() {
        // `REPORTER VOL, PAGE`, `JOURNAL YEAR, PAGE`, then `(PIN)`, `, PIN`
        // or a margin number.
        let (reporter, numbers) = rest.split_once(", ")?;
        let (name, number) = reporter.rsplit_once(' ')?;
        if number.is_empty() || !number.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let year = number.len() == 4;
        if year {
            if !court
                || !(crate::syntax::reference::journal_abbreviation(name, false)
                    || crate::syntax::reference::known_journal(name, g))
            {
                return None;
            }
            let y: i32 = number.parse().ok()?;
            if !(1800..=2100).contains(&y) {
                return None;
            }
            if fields.issued.is_none() {
                fields.issued = Some(crate::model::CslDate::new(
                    y,
                    None,
                    None,
                    Some(number.to_string()),
                ));
            }
        } else if number.len() <= 3 && court_abbreviation(name) {
            fields.volume = Some(number.to_string());
        } else {
            return None;
        }
        let digits = numbers
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(numbers.len());
        if digits == 0 || digits > 6 {
            return None;
        }
        fields.page = Some(numbers[..digits].to_string());
        let tail = numbers[digits..].trim();
        let tail = tail
            .strip_prefix("f.")
            .or_else(|| tail.strip_prefix("ff."))
            .unwrap_or(tail)
            .trim();
        if let Some(pin) = tail.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
            locator = Some(bracketed_pin(pin, g)?);
        } else if let Some(pin) = tail.strip_prefix(", ") {
            locator = Some(bracketed_pin(pin, g)?);
        } else if !tail.is_empty() {
            let m = g
                .margin
                .find(tail)
                .filter(|m| m.start == 0 && m.end == tail.len())?;
            let (x, y) = m.number?;
            locator = Some(Locator {
                label: "margin".into(),
                value: crate::grammar::locator_value(&tail[x..y]),
                ..Default::default()
            });
        }
        fields.container_title = Some(name.to_string());
    } else if fields.title.is_none() {
        return None;
    }
    Some(full_raw(start, end, signal, locator, fields))
}

/// Where the name of a decision starts at the end of `s`, after a dash
/// written with spaces (`VI ZR 405/18 – Google Spain`, `BVerfGE 152, 152
/// Rn. 95 – Recht auf Vergessen I`), as German notes name a decision after
/// its docket or report: a name opening with a capital, with no digit, of
/// at most eight words; `s.len()` where there is none.
fn decision_name_start(s: &str) -> usize {
    let Some(i) = s.rfind(['–', '—']) else {
        return s.len();
    };
    let before = &s[..i];
    let name = s[i..].trim_start_matches(['–', '—']);
    let named = before.ends_with(' ')
        && name.starts_with(' ')
        && name.trim_start().starts_with(char::is_uppercase)
        && !name.bytes().any(|b| b.is_ascii_digit())
        && name.split_whitespace().count() <= 8;
    if named {
        before.trim_end().len()
    } else {
        s.len()
    }
}

/// A decision named by a word of the grammars' `decision_words`, the
/// court's abbreviation (with its seat), the date and then the docket
/// number, as Polish notes cite them (`wyrok SN z dnia 12 marca 2019 r.,
/// II CSK 123/18, LEX nr 2654321`, `uchwała SN z 5.06.2020 r., III CZP
/// 7/20, OSNC 2021, nr 1, poz. 3`, `postanowienie WSA w Warszawie z dnia
/// …`): short lowercase words may join the court to the date (`z dnia`),
/// an abbreviated year word may follow it (`r.`), and the docket holds a
/// digit and a slash or hyphen. A `legal_case` whose court is the
/// publisher and docket the title; what follows the docket (the report)
/// is its container.
fn dated_docket_decision(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    if g.decision_words.is_empty() || item.len() > 300 {
        return None;
    }
    let (word, rest) = item.split_once(' ')?;
    // A cheap test first: a word of a decision word's length.
    let len = word.chars().count();
    if !g.decision_words.iter().any(|w| w.chars().count() == len)
        || !g.decision_words.contains(&crate::grammar::fold_case(word))
    {
        return None;
    }
    if let Some(found) = docket_before_date(rest, g) {
        return Some(full_raw(start, end, signal, None, found));
    }
    let (head, after) = rest.split_once(", ")?;
    let words: Vec<&str> = head.split_whitespace().collect();
    // The court by its abbreviation (`SN`, `NSA`), or written out with a
    // word of the grammars' `court_words` (cs `Nejvyššího soudu`,
    // `Nejvyššího správního soudu`).
    let abbreviated = words.first().is_some_and(|w| court_abbreviation(w));
    if !abbreviated
        && !words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    let mut named = abbreviated;
    // The court and its seat, then joining words, then the date.
    let mut i = 1;
    while i < words.len().min(5) && !words[i].starts_with(|c: char| c.is_ascii_digit()) {
        let w = words[i];
        let court = g.names_court(w);
        let seat = w.starts_with(char::is_uppercase) || w.chars().count() <= 2;
        let joining = w.chars().all(char::is_lowercase) && w.chars().count() <= 4;
        // A written-out court's words before its court word (`správního`).
        let worded = !abbreviated && !named && w.chars().all(char::is_lowercase);
        if !(seat || joining || court || worded) {
            return None;
        }
        named |= court;
        i += 1;
    }
    if !named {
        return None;
    }
    let court_end = words[..i]
        .iter()
        .rposition(|w| w.starts_with(char::is_uppercase) || g.names_court(w))
        .map_or(1, |p| p + 1);
    let date_text = words.get(i..)?.join(" ");
    let d = g.dates.first(&date_text).filter(|d| d.start == 0)?;
    let left = date_text[d.end..].trim();
    // `r.` (roku), `g.`: a year word of one letter and its period.
    if !(left.is_empty() || left.len() <= 3 && left.ends_with('.')) {
        return None;
    }
    let (docket, more) = after.split_once(", ").unwrap_or((after, ""));
    let docket = docket.trim().trim_end_matches('.');
    // `sygn. akt II OSK 123/18`: the word before the docket is none of it.
    let docket = after_word(docket, g.docket_words.iter().map(String::as_str)).unwrap_or(docket);
    let ok = docket.contains(['/', '-'])
        && docket.bytes().any(|c| c.is_ascii_digit())
        && docket.chars().nth(30).is_none();
    if !ok {
        return None;
    }
    let report = more.trim().trim_end_matches('.').trim();
    let fields = crate::model::CslItem {
        kind: "legal_case".into(),
        publisher: Some(words[..court_end].join(" ")),
        issued: Some(d.date),
        title: Some(docket.to_string()),
        container_title: (!report.is_empty()).then(|| report.to_string()),
        ..Default::default()
    };
    Some(full_raw(start, end, signal, None, fields))
}

/// The rest of a decision after its word, where the docket comes before
/// the date, as Czech notes often cite: the court (its abbreviation, or
/// its name with a word of the grammars' `court_words`), a word of the
/// grammars' `docket_words`, the docket (up to the first word in
/// lowercase: `Pl. ÚS 19/93`, `25 Cdo 1234/2013`), short joining words
/// and the date (`nález ÚS sp. zn. Pl. ÚS 19/93 ze dne 21. 12. 1993`,
/// `usnesení Nejvyššího soudu sp. zn. 25 Cdo 1234/2013 ze dne 12. 3.
/// 2015`). A `legal_case` whose court is the publisher and docket the
/// title; a report after a comma is its container.
fn docket_before_date(rest: &str, g: &Grammar) -> Option<crate::model::CslItem> {
    let (court, after) = g.docket_words.iter().find_map(|w| {
        let at = rest.find(&format!(" {w} "))?;
        Some((&rest[..at], &rest[at + w.len() + 2..]))
    })?;
    let words: Vec<&str> = court.split_whitespace().collect();
    let named = words.first().is_some_and(|w| court_abbreviation(w))
        || words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words.iter().any(|w| g.names_court(w));
    if !named || words.len() > 5 || court.contains(|c: char| c.is_ascii_digit() || c == ',') {
        return None;
    }
    // The docket: up to the first word in lowercase.
    let lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    let docket_end = after
        .match_indices(' ')
        .map(|(i, _)| i)
        .find(|&i| lower(&after[i + 1..]))?;
    let docket = after[..docket_end].trim_end_matches(',');
    let ok = docket.contains('/')
        && docket.bytes().any(|c| c.is_ascii_digit())
        && docket.chars().nth(30).is_none();
    if !ok {
        return None;
    }
    // Joining words (`ze dne`, `z`), then the date.
    let mut t = &after[docket_end + 1..];
    for _ in 0..2 {
        match t.split_once(' ') {
            Some((w, r)) if lower(w) && w.chars().count() <= 4 => t = r,
            _ => break,
        }
    }
    let d = g.dates.first(t).filter(|d| d.start == 0)?;
    let left = t[d.end..].trim_start_matches(['.', ' ']);
    let report = left
        .strip_prefix(',')
        .map(|r| r.trim().trim_end_matches('.').trim())
        .filter(|r| !r.is_empty());
    if report.is_none() && !left.trim().is_empty() {
        return None;
    }
    Some(crate::model::CslItem {
        kind: "legal_case".into(),
        publisher: Some(words.join(" ")),
        issued: Some(d.date),
        title: Some(docket.to_string()),
        container_title: report.map(str::to_string),
        ..Default::default()
    })
}

/// The consideration (Erwägung) cited after a Swiss decision: `E. 4.2`,
/// `, E. 5`, `Erw. 3.1.2` (a word of the grammars' `consideration`, then
/// numbers joined by periods, perhaps a lowercase letter or a slash's
/// part, `E. 2.3/bb`), and all of `t`. None when `t` is something else; a
/// locator labelled `paragraph`, or none for an empty `t`.
fn consideration(t: &str, g: &Grammar) -> Option<Option<Locator>> {
    let t = t.trim().trim_start_matches(',').trim_start();
    if t.is_empty() {
        return Some(None);
    }
    // `BGE 140 III 86 S. 90`: a page of the reports; after a
    // consideration (`E. 4.2 S. 90`) the consideration is the pinpoint.
    if let Some(m) = g.page.find(t).filter(|m| m.end == t.len()) {
        if m.start == 0 {
            let (x, y) = m.number?;
            return Some(Some(Locator {
                label: "page".into(),
                value: crate::grammar::locator_value(&t[x..y]),
                ..Default::default()
            }));
        }
        return consideration(t[..m.start].trim_end().trim_end_matches(','), g);
    }
    let word = g.consideration.iter().find(|w| {
        t.strip_prefix(w.as_str())
            .is_some_and(|r| r.starts_with(' '))
    })?;
    let pin = t[word.len()..].trim();
    let ok = pin.starts_with(|c: char| c.is_ascii_digit())
        && pin.len() <= 20
        && pin.chars().all(|c| {
            c.is_ascii_digit() || c.is_ascii_lowercase() || matches!(c, '.' | '/' | '-' | '–')
        });
    ok.then(|| {
        Some(Locator {
            label: "paragraph".into(),
            value: pin.trim_end_matches('.').to_string(),
            ..Default::default()
        })
    })
}

/// Whether `t` is a Roman numeral of the parts of a Swiss report's
/// volume, perhaps with a letter after it (`III`, `IV`, `Ia`, `Ib`).
fn report_part(t: &str) -> bool {
    let numeral = t.trim_end_matches(['a', 'b']);
    !numeral.is_empty()
        && numeral.len() <= 4
        && numeral.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// A decision cited as Swiss and Austrian notes cite them, a source of its
/// own (`legal_case`), never expected in the bibliography:
///
/// - `BGE 140 III 86 E. 4.2`, `ATF 140 III 86`: the official reports
///   ([`court_abbreviation`]), the volume and its part in Roman numerals
///   (the volume `140 III`), the first page, then the consideration
///   cited ([`consideration`]);
/// - `BGer 4A_123/2019 vom 12.3.2019`, `Urteil des Bundesgerichts
///   4A_123/2019 vom 12. März 2019 E. 3.1`: the court (the publisher), the
///   docket number (with a slash and digits: the title), a word of the
///   grammars' `docket_date` and the date, then the consideration;
/// - `RIS-Justiz RS0012345`: a legal database of the grammars'
///   `case_databases` and the number of its document.
fn swiss_decision_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    let body = item.trim_end_matches(['.', ';']).trim_end();
    // A cheap test first: each form has a digit among its first words.
    if !body.as_bytes()[..body.len().min(48)]
        .iter()
        .any(u8::is_ascii_digit)
    {
        return None;
    }
    let mut fields = crate::model::CslItem {
        kind: "legal_case".into(),
        ..Default::default()
    };
    // The database and its document's number.
    if let Some(db) = g.case_databases.iter().find(|d| {
        body.strip_prefix(d.as_str())
            .is_some_and(|r| r.starts_with(' '))
    }) {
        let number = body[db.len()..].trim();
        let ok = !number.is_empty()
            && number.len() <= 20
            && number.bytes().any(|c| c.is_ascii_digit())
            && number.bytes().all(|c| c.is_ascii_alphanumeric());
        if !ok {
            return None;
        }
        fields.container_title = Some(db.clone());
        fields.number = Some(number.to_string());
        fields.title = Some(format!("{db} {number}"));
        return Some(full_raw(start, end, signal, None, fields));
    }
    let words: Vec<&str> = body.splitn(5, ' ').collect();
    // The reports: name, volume, part, first page.
    if let [name, volume, part, page, ..] = words[..] {
        let page = page.trim_end_matches(',');
        let digits = |t: &str, most: usize| {
            !t.is_empty() && t.len() <= most && t.bytes().all(|c| c.is_ascii_digit())
        };
        if court_abbreviation(name) && digits(volume, 3) && report_part(part) && digits(page, 4) {
            let rest = words.get(4).copied().unwrap_or("");
            let locator = consideration(rest, g)?;
            fields.container_title = Some(name.to_string());
            fields.volume = Some(format!("{volume} {part}"));
            fields.page = Some(page.to_string());
            return Some(full_raw(start, end, signal, locator, fields));
        }
    }
    if g.docket_date.is_empty() {
        return None;
    }
    // The court, the docket, the date.
    let docket_at = body
        .match_indices(' ')
        .map(|(i, _)| i + 1)
        .take(7)
        .find(|&i| {
            let w = body[i..].split(' ').next().unwrap_or("");
            w.contains('/')
                && w.bytes().any(|c| c.is_ascii_digit())
                && w.len() <= 24
                && w.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'/' | b'.' | b'-'))
        })?;
    let court = body[..docket_at].trim().trim_end_matches(',');
    let court_ok = court.starts_with(char::is_uppercase)
        && !court.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | ';' | ':'))
        && court.split_whitespace().count() <= 6;
    if !court_ok {
        return None;
    }
    let after = &body[docket_at..];
    let docket = after.split(' ').next().unwrap_or("");
    let rest = after[docket.len()..].trim_start_matches([',', ' ']);
    let word = g.docket_date.iter().find(|w| {
        rest.strip_prefix(w.as_str())
            .is_some_and(|r| r.starts_with(' '))
    })?;
    let dated = rest[word.len()..].trim_start();
    let d = g.dates.first(dated).filter(|d| d.start == 0)?;
    if d.date.date_parts.first().is_none_or(|p| p.len() < 3) {
        return None;
    }
    let locator = consideration(&dated[d.end..], g)?;
    fields.publisher = Some(court.to_string());
    fields.title = Some(docket.to_string());
    fields.issued = Some(d.date);
    Some(full_raw(start, end, signal, locator, fields))
}

/// The most comma parts of a chamber between a court's name and the
/// decision's date (`CA Paris, 1re ch., sect. A, 12 mai 2010`).
const MOST_CHAMBER_PARTS: usize = 3;

/// A decision cited as French notes cite them: a court of the grammars'
/// `court_names` (`Cass.`, `CE`, `Cons. const.`, `CEDH`, `CJCE`), its
/// chamber's comma parts (`civ. 1re`, `ass.`, at most
/// [`MOST_CHAMBER_PARTS`] of four words or fewer), the date in full, then
/// the docket (`n° 09-12.345`, `req. n° 123456`, `aff. 6/64`, `n° 71-44
/// DC`), the parties (`Handyside c/ Royaume-Uni`), the reporter (`Bull.
/// civ. I, n° 112`, `Lebon p. 245`, `Rec. p. 1141`, `JCP G 2015, 456`) and
/// the paragraph cited (`§ 49`), each if written. `préc.` (précité) after
/// the date or the parties names a decision cited earlier in the same
/// words. A `legal_case` whose court is the publisher, parties the title
/// and docket the number, never expected in the bibliography.
fn named_court_decision(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    if g.court_names.is_empty() {
        return None;
    }
    let (item, start, end) = trimmed_item(text, a, b);
    let court_at = |t: &str| {
        g.court_names.iter().find(|c| {
            t.strip_prefix(c.as_str())
                .is_some_and(|r| r.starts_with([',', ' ']))
        })
    };
    // `et, sur la primauté du droit de l'Union, CJCE, 15 juill. 1964, …`:
    // a lead-in of prose in lowercase, within its first 160 bytes, ends
    // at the comma before the court.
    let lead = if court_at(item).is_some() || !item.starts_with(char::is_lowercase) {
        0
    } else {
        let near = &item[..crate::source::floor_char_boundary(item, 160)];
        near.match_indices(", ")
            .map(|(i, _)| i + 2)
            .find(|&i| court_at(&item[i..]).is_some())?
    };
    let (item, start) = (&item[lead..], start + lead);
    let court = court_at(item)?;
    let body = item.trim_end_matches(['.', ' ']);
    let mut parts = body[court.len()..]
        .trim_start_matches([',', ' '])
        .split(", ")
        .map(str::trim);
    // The chamber, then the date.
    let mut chamber = Vec::new();
    let date = loop {
        let part = parts.next()?;
        if let Some(d) = g.dates.first(part).filter(|d| {
            d.start == 0
                && part[d.end..].trim_matches(['.', ' ']).is_empty()
                && d.date.date_parts.first().is_some_and(|p| p.len() == 3)
        }) {
            break d.date;
        }
        if chamber.len() == MOST_CHAMBER_PARTS
            || part.split_whitespace().count() > 4
            || part.contains(['(', '«', '"'])
        {
            return None;
        }
        chamber.push(part);
    };
    let court_name = std::iter::once(court.trim_end_matches(','))
        .chain(chamber.iter().copied())
        .collect::<Vec<_>>()
        .join(", ");
    let mut fields = crate::model::CslItem {
        kind: "legal_case".into(),
        publisher: Some(court_name),
        issued: Some(date),
        ..Default::default()
    };
    let mut locator = None;
    let rest: Vec<&str> = parts.collect();
    let mut i = 0;
    // The docket: a number after `n°`, `req. n°`, `aff.`.
    let docket = |part: &str| -> Option<String> {
        g.issue
            .find(part)
            .filter(|m| {
                m.start <= 5
                    && part[..m.start]
                        .chars()
                        .all(|c| c.is_lowercase() || c == '.' || c == ' ')
            })
            .and_then(|m| m.number)
            .map(|(x, _)| part[x..].trim())
            .or_else(|| part.strip_prefix("aff. ").map(str::trim))
            .filter(|d| d.starts_with(|c: char| c.is_ascii_alphanumeric()))
            .map(str::to_string)
    };
    if let Some(d) = rest.get(i).and_then(|part| docket(part)) {
        fields.number = Some(d);
        i += 1;
    }
    // The parties: a name, `c/` or `v.`, a name; or one capitalised name
    // before the reporter (`Franck`).
    if let Some(part) = rest.get(i) {
        let versus = part.contains(" c/ ") || part.contains(" c. ");
        let named = versus
            || !part.contains(|c: char| c.is_ascii_digit() || c == '.')
                && part.split_whitespace().count() <= 3
                && part.starts_with(char::is_uppercase)
                && rest
                    .get(i + 1)
                    .is_some_and(|n| n.contains(|c: char| c.is_ascii_digit()));
        if named && g.supra.find(part).is_none_or(|m| m.start != 0) {
            fields.title = Some(part.to_string());
            i += 1;
        }
    }
    // The reporter, its page or number; `§ 49`: the paragraph cited.
    // `CEDH, 7 déc. 1976, Handyside c/ Royaume-Uni, req. n° 5493/72`: the
    // docket after the parties, as the European court's decisions are
    // cited.
    for (k, part) in rest[i..].iter().enumerate() {
        if g.supra.find(part).is_some_and(|m| m.start == 0) {
            continue;
        }
        if k == 0 && fields.number.is_none() && fields.title.is_some() {
            if let Some(d) = docket(part) {
                fields.number = Some(d);
                continue;
            }
        }
        if let Some(p) = part.strip_prefix("§ ").or_else(|| part.strip_prefix("§")) {
            locator = Some(Locator {
                label: "paragraph".into(),
                value: crate::grammar::locator_value(p.trim()),
                ..Default::default()
            });
            continue;
        }
        if fields.container_title.is_none() && part.starts_with(char::is_uppercase) {
            let name_end = part
                .find(|c: char| c.is_ascii_digit())
                .map_or(part.len(), |d| d);
            let name = part[..name_end]
                .trim_end_matches(|c: char| !c.is_alphabetic())
                .trim_end_matches(" p")
                .trim_end_matches(" n°")
                .trim_end_matches(" n")
                .trim();
            if !name.is_empty() {
                fields.container_title = Some(name.to_string());
            }
        }
    }
    Some(full_raw(start, end, signal, locator, fields))
}

/// `D. 2011, p. 123, note M. Roussel`, `JCP G 2015, 456, obs. J. Moreau`:
/// a law report's abbreviation, a year and a page or number, perhaps the
/// annotator's words after it, as French notes print a decision's other
/// reports after a semicolon: no work of its own.
static PARALLEL_REPORT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^\p{Lu}[\p{L}.]*(?: [\p{L}.]+){0,3} (?:1[89]|20)[0-9][0-9],? (?:(?:p\.|n°|I+,?) ?)?[0-9]{1,6}(?:,? (?:note|obs\.|concl\.|comm\.|chron\.|rapp\.) .{0,80})?$",
    )
});

/// A decision cited in the Italian or Spanish way: a court's abbreviation
/// of the grammars' `decision_courts`, its section or seat, the date and
/// the number, then the law report that prints it.
///
/// - `Cass. civ., sez. III, 12 maggio 2010, n. 11234, in Foro it., 2010,
///   I, c. 2345`; `Corte cost., sent. n. 238/2014`; `Trib. Milano, 3
///   febbraio 2015, in Giur. it., 2015, p. 1234`;
/// - `STS 123/2015, de 10 de marzo (RJ 2015, 1234)`; `STC 11/1981, de 8
///   de abril, FJ 7`: the abbreviation names the judgment, its number
///   follows with the year, the day and month after it.
///
/// A `legal_case` whose court (with its section and seat) is the
/// publisher and number the title, the report the container and its first
/// page or column the page; the page cited after it (`p. 45`, `FJ 7`) is
/// the locator. It needs a date or a number; prose after them ends it.
fn romance_decision_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    if g.decision_courts.is_empty() {
        return None;
    }
    let (item, start, end) = trimmed_item(text, a, b);
    let court = g.decision_courts.iter().find(|c| {
        item.starts_with(c.as_str())
            && item[c.len()..]
                .chars()
                .next()
                .is_none_or(|n| n == ',' || n.is_whitespace())
    })?;
    let spaced = item[court.len()..].starts_with(char::is_whitespace);
    let court_at = CourtAt {
        len: court.len(),
        publisher: court.to_string(),
        spaced,
        // `STS 123/2015`, `STC 11/1981`: the number right after the
        // abbreviation, with the year of the judgment.
        abbreviated: !court.ends_with('.') && spaced,
    };
    decision_after_court(item, (start, end), court_at, g, signal)
}

/// Where a decision's court ends in an item and how it is written
/// ([`decision_after_court`]).
struct CourtAt {
    /// The bytes of the item the court (and a decision word) take.
    len: usize,
    /// The court as the decision's publisher.
    publisher: String,
    /// Whether a space, no comma, follows the court: its seat or the date
    /// may follow without a comma.
    spaced: bool,
    /// Whether the decision's number may follow the court at once.
    abbreviated: bool,
}

/// A decision named by a word of the grammars' `decision_words` with its
/// court written out, as Spanish, Italian and Portuguese notes cite them:
///
/// - the court, a comma, the word and the number or date (`Tribunal
///   Supremo, Sentencia 574/2016, de 14 de marzo`, `Audiencia Nacional,
///   Auto de 27 de febrero de 2012, rec. 725/2010`, `Corte costituzionale,
///   sentenza n. 238/2014`);
/// - the word, a joining word and the court, then the number or date
///   (`Sentencia del Tribunal Constitucional 254/1993, de 20 de julio`,
///   `Sentencia de la Audiencia Nacional de 29 de diciembre de 2014`).
///
/// The court (up to eight words, no digit, one of them a word of the
/// grammars' `court_words`) is the publisher; what follows is read as
/// [`romance_decision_citation`] reads it after a court's abbreviation.
fn worded_court_decision_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    if g.decision_words.is_empty() || g.court_words.is_empty() || item.len() > 300 {
        return None;
    }
    let court_name = |c: &str| {
        let words = c.split_whitespace().count();
        (1..=8).contains(&words)
            && c.starts_with(char::is_uppercase)
            && !c.contains(|ch: char| ch.is_ascii_digit() || matches!(ch, ',' | ';' | ':'))
            && g.names_court(c)
    };
    // The decision word at `at` and what follows it: the length up to
    // its number (after a number word of the grammars, if any).
    let word_len = |at: &str| -> Option<usize> {
        let w = at.split([' ', ',']).next()?;
        if !g.decision_words.contains(&crate::grammar::fold_case(w)) {
            return None;
        }
        let after = at[w.len()..].trim_start();
        let words = g.statute_numbers.iter().map(String::as_str).chain(["n."]);
        let after = after_word(after, words).unwrap_or(after);
        Some(at.len() - after.len())
    };
    // A number, not a day (`sentenza 12 maggio 1995, n. 5189`), right
    // after the word.
    let numbered = |after: &str| {
        after.starts_with(|c: char| c.is_ascii_digit())
            && g.dates.first(after).is_none_or(|d| d.start > 0)
    };
    // `Tribunal Supremo, Sentencia 574/2016, …`
    if let Some((court, after)) = item.split_once(", ") {
        if court_name(court) {
            if let Some(n) = word_len(after) {
                let court_at = CourtAt {
                    len: item.len() - after.len() + n,
                    publisher: court.to_string(),
                    spaced: false,
                    abbreviated: numbered(&after[n..]),
                };
                return decision_after_court(item, (start, end), court_at, g, signal);
            }
        }
    }
    // `Sentencia del Tribunal Constitucional 254/1993, …`
    let (w, rest) = item.split_once(' ')?;
    if !w.starts_with(char::is_uppercase)
        || !g.decision_words.contains(&crate::grammar::fold_case(w))
    {
        return None;
    }
    // The joining words before the court: short and lowercase.
    let mut court_start = w.len() + 1;
    for j in rest.split(' ').take(2) {
        if j.chars().count() > 3 || !j.chars().all(char::is_lowercase) {
            break;
        }
        court_start += j.len() + 1;
    }
    let tail = item.get(court_start..)?;
    // The court ends before a number, or before a joining word and a
    // day, or at a comma.
    let mut court_end = tail.find([',', '(']).unwrap_or(tail.len());
    let mut from = 0;
    while let Some(i) = tail[from..court_end].find(' ') {
        let at = from + i + 1;
        let next = &tail[at..];
        let dated = next.split_once(' ').is_some_and(|(j, r)| {
            j.chars().count() <= 3 && r.starts_with(|c: char| c.is_ascii_digit())
        });
        if next.starts_with(|c: char| c.is_ascii_digit()) || dated {
            court_end = at - 1;
            break;
        }
        from = at;
    }
    let court = tail[..court_end].trim_end();
    if court_start == w.len() + 1 || !court_name(court) {
        return None;
    }
    let after = tail[court.len()..].trim_start();
    let after = after_word(after, g.statute_numbers.iter().map(String::as_str)).unwrap_or(after);
    let court_at = CourtAt {
        len: item.len() - after.len(),
        publisher: court.to_string(),
        spaced: false,
        abbreviated: numbered(after),
    };
    decision_after_court(item, (start, end), court_at, g, signal)
}

/// The rest of a decision after its court ([`CourtAt`]): the date, the
/// number, the report and the pinpoint, as [`romance_decision_citation`]
/// describes them. `None` without a date or a number.
fn decision_after_court(
    item: &str,
    (start, end): (usize, usize),
    court: CourtAt,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    // `STC 254/1993, de 20 de julio, FJ 6. Sobre la tensión …, vid. …`:
    // a sentence of its own after the decision is no part of it (the
    // item ends there, the note's reader goes on with the sentence).
    // The sentence opens with a word (`Sobre`), not an initial (`m.nt.
    // J. Hijma`) nor a numeral (`sez. III`).
    let opens_sentence = |rest: &str| {
        let word = rest.trim_start().split([' ', ',']).next().unwrap_or("");
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.clone().count() >= 2
            && chars.all(char::is_lowercase)
    };
    let (item, end) = match sentence_ends(item)
        .filter(|&e| e > court.len)
        .find(|&e| opens_sentence(&item[e..]))
    {
        Some(e) => (&item[..e], start + e),
        None => (item, end),
    };
    let body = item.trim_end_matches(['.', ';']).trim_end();
    let mut fields = crate::model::CslItem {
        kind: "legal_case".into(),
        ..Default::default()
    };
    let mut locator = None;
    let mut publisher = court.publisher;
    let mut rest = body
        .get(court.len..)?
        .trim_start_matches(|c: char| c == ',' || c.is_whitespace());
    let mut year = None;
    let (spaced, abbreviated) = (court.spaced, court.abbreviated);
    // `HR 12 mei 2000`, `Rb. Den Haag 5 februari 2020`, `Cass. 3 maart
    // 2015`: the date after the court and its seat, with no comma
    // between them, as Dutch and Belgian notes write it.
    if let Some((seat, date, len)) = spaced.then(|| seat_and_date(rest, g)).flatten() {
        if !seat.is_empty() {
            publisher = format!("{publisher} {seat}");
        }
        fields.issued = Some(date);
        rest = rest[len..].trim_start_matches([',', ' ']);
    } else if let Some((number, y)) = docket_number(rest).filter(|_| abbreviated) {
        fields.title = Some(rest[..number].to_string());
        year = y;
        rest = rest[number..].trim_start_matches([',', ' ']);
    } else if let Some((seat, at, (number, y))) =
        abbreviated.then(|| seat_and_number(rest)).flatten()
    {
        // `SAP Madrid 123/2019, de 5 de marzo`, `STSJ Cataluña
        // 1234/2018`: the seat of a court of a province or region between
        // its abbreviation and the judgment's number.
        publisher = format!("{publisher} {seat}");
        fields.title = Some(rest[at..at + number].to_string());
        year = y;
        rest = rest[at + number..].trim_start_matches([',', ' ']);
    }
    // The court's seat glued to its name (`Trib. Milano`, `App. Roma`).
    if fields.title.is_none() && fields.issued.is_none() && spaced {
        let seat_end = rest.find([',', '(']).unwrap_or(rest.len());
        let seat = rest[..seat_end].trim();
        if !seat.is_empty()
            && seat.split_whitespace().count() <= 3
            && seat
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) && !w.contains(char::is_numeric))
        {
            publisher = format!("{publisher} {seat}");
            rest = rest[seat_end..].trim_start_matches([',', ' ']);
        }
    }
    let mut in_report = false;
    for _ in 0..MOST_DECISION_PARTS {
        if rest.is_empty() {
            break;
        }
        // `(RJ 2015, 1234)`: the report in brackets.
        if let Some(inner) = rest.strip_prefix('(') {
            let close = inner.find(')')?;
            let report = inner[..close]
                .rsplit_once(", ")
                .and_then(|(report, page)| Some((report.rsplit_once(' ')?, page)))
                .filter(|((_, y), page)| {
                    crate::grammar::is_year(y) && page.bytes().all(|b| b.is_ascii_digit())
                });
            if let Some(((name, _), page)) = report {
                fields.container_title = Some(name.to_string());
                fields.page = Some(page.to_string());
            } else if let Some(docket) = decision_docket(inner[..close].trim(), g) {
                // `STS 545/2015, de 15 de octubre (rec. 2772/2013)`: the
                // appeal's docket in brackets.
                fields.number.get_or_insert_with(|| docket.to_string());
            } else if let Some(parties) = bracketed_parties(&inner[..close]) {
                // `(Staat/Hoffmann-La Roche)`, `(SCHUFA)`: the parties,
                // or the name the decision is known by.
                fields.title.get_or_insert(parties);
            } else {
                return None;
            }
            rest = inner[close + 1..].trim_start_matches([',', ' ']);
            continue;
        }
        // A part ends at a comma or before a bracket (`de 10 de marzo
        // (RJ 2015, 1234)`).
        let part_end = [rest.find(", "), rest.find(" (")]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(rest.len());
        let part = &rest[..part_end];
        let next = rest[part_end..].trim_start_matches([',', ' ']);
        let lower = part.to_lowercase();
        // `in Foro it.`, `en …`, ro `în „Buletinul Jurisprudenței” 2013`:
        // a container word of the grammars before the report.
        let report = part
            .strip_prefix("in ")
            .or_else(|| part.strip_prefix("en "))
            .or_else(|| g.container_prefix(part).and_then(|n| part.get(n..)));
        if let Some(report) = report.filter(|_| !in_report) {
            // `in Foro it., 2010, I, c. 2345`: the report, its year and
            // part, then the first column or page.
            fields.container_title = Some(report.trim().to_string());
            in_report = true;
        } else if in_report && fields.page.is_none() && located(part, g).is_some() {
            fields.page = located(part, g).map(|(_, v)| v);
        } else if in_report
            && fields.page.is_none()
            && (crate::grammar::is_year(part) || roman_part(part))
        {
            // The report's year and its part (`2010, I`).
        } else if let Some((label, value)) = located(part, g)
            .or_else(|| reasons_part(part))
            .or_else(|| pinpoint_part(part, g))
        {
            locator = Some(Locator {
                label,
                value,
                ..Default::default()
            });
        } else if let Some(id) = part.strip_prefix("ECLI:") {
            // The European Case Law Identifier: the number, unless a
            // docket names the decision.
            fields
                .number
                .get_or_insert_with(|| format!("ECLI:{}", id.trim()));
        } else if let Some((name, page)) = numbered_report(part) {
            // `NJ 2001/123`, `AB 2018/27`: the first report that prints
            // it; the others (after `m.nt.` or a comma) are left.
            if fields.container_title.is_none() {
                fields.container_title = Some(name.to_string());
                fields.page = Some(page.to_string());
            }
        } else if annotation(part) {
            // `m.nt. J. Hijma`: the annotator's note on it.
        } else if fields.issued.is_none() && (lower.starts_with("sez") || section_part(part)) {
            publisher = format!("{publisher}, {part}");
        } else if let Some(d) = decision_date(part, year, g) {
            fields.issued = Some(d);
        } else if let Some(number) = part_number(part).filter(|_| fields.title.is_none()) {
            fields.title = Some(number.0.to_string());
            year = year.or(number.1);
            // ro `decizia nr. 1234 din 12 martie 2013`: the day after it.
            if let Some(d) = number.2.and_then(|d| decision_date(d, year, g)) {
                fields.issued = Some(d);
            }
        } else if let Some(docket) = decision_docket(part, g) {
            fields.number = Some(docket.to_string());
        } else if let Some(parties) = (fields.title.is_none() && {
            // `STJUE de 13 de mayo de 2014, Google Spain y Google,
            // C-131/12`: the parties' names before the docket or the ECLI.
            let following = next.split(", ").next().unwrap_or("").trim_end_matches('.');
            following.starts_with("ECLI:") || decision_docket(following, g).is_some()
        })
        .then(|| bracketed_parties(part))
        .flatten()
        {
            fields.title = Some(parties);
        } else {
            break;
        }
        rest = next;
    }
    if fields.title.is_none() && fields.issued.is_none() {
        return None;
    }
    if fields.issued.is_none() {
        fields.issued = year.map(|y| crate::model::CslDate::new(y, None, None, None));
    }
    fields.publisher = Some(publisher);
    Some(full_raw(start, end, signal, locator, fields))
}

/// `Den Haag 5 februari 2020`, `12 mei 2000`: a court's seat of at most
/// three capitalised words and the decision's full date, the whole of the
/// first comma part of `rest`. The seat, the date and the part's length.
fn seat_and_date<'r>(
    rest: &'r str,
    g: &Grammar,
) -> Option<(&'r str, crate::model::CslDate, usize)> {
    let end = rest.find([',', '(', ';']).unwrap_or(rest.len());
    let part = rest[..end].trim_end();
    if part.len() > 60 {
        return None;
    }
    let d = g.dates.first(part).filter(|d| {
        d.end >= part.len() && d.date.date_parts.first().is_some_and(|p| p.len() == 3)
    })?;
    let seat = part[..d.start].trim();
    let words = seat.split_whitespace().count();
    if words > 3
        || !seat
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    Some((seat, d.date, part.len()))
}

/// The parties of a decision in brackets, or the name it is known by
/// (`Staat/Hoffmann-La Roche`, `S. en Marper/Verenigd Koninkrijk`,
/// `SCHUFA`): capitalised, short, no year and no report's numbers. Its
/// words joined by one space, none after a slash that ended a line.
fn bracketed_parties(inner: &str) -> Option<String> {
    let t = inner.trim();
    if t.len() > 100
        || !t.starts_with(char::is_uppercase)
        || t.contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    Some(
        t.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace("/ ", "/"),
    )
}

/// A pinpoint of the grammars' `locators.pinpoints` that is all of `part`
/// (`r.o. 3.4`, `punt 50`, `par. 103`): its label and value.
fn pinpoint_part(part: &str, g: &Grammar) -> Option<(String, String)> {
    let (label, m) = g.pinpoint(part)?;
    // `r.o. 3.4`, `par. 4.2.1`: a consideration numbered with periods is
    // read whole, the citation's final period left.
    let (x, y) = m.number.map(|(x, y)| (x, dotted_end(part, y)))?;
    let rest = part[y.max(m.end)..].trim();
    if m.start != 0 || !matches!(rest, "" | ".") {
        return None;
    }
    Some((
        label.to_string(),
        crate::grammar::locator_value(&part[x..y]),
    ))
}

/// A decision's docket (`nr. 30562/04`, `zaaknr. 200.123.456/01`, `rec.
/// 725/2010`) after a docket word or an issue word of the grammars, or a
/// case number of the courts of the
/// European Union (`C-634/21`, `T-201/04`).
fn decision_docket<'p>(part: &'p str, g: &Grammar) -> Option<&'p str> {
    static EU_CASE: LazyLock<Regex> = LazyLock::new(|| {
        crate::re::constant(r"^(?:zaak |aff\. |Case |Rs\. )?[CTF]-[0-9]{1,4}/[0-9][0-9](?:\s*P)?$")
    });
    if EU_CASE.is_match(part) {
        return Some(part.rsplit(' ').next().unwrap_or(part));
    }
    let docket = match after_word(part, g.docket_words.iter().map(String::as_str)) {
        Some(d) => d,
        None => {
            let m = g.issue.find(part).filter(|m| m.start == 0)?;
            let (x, _) = m.number?;
            &part[x..]
        }
    };
    let docket = docket.trim();
    (docket.starts_with(|c: char| c.is_ascii_digit()) && !docket.contains(' ')).then_some(docket)
}

/// `NJ 2001/123`, `AB 2018/27`, `JB 2019/12 en 13`: a Dutch law report's
/// abbreviation, the year, a slash and the number of the decision in that
/// year. The report and the number.
fn numbered_report(part: &str) -> Option<(&str, &str)> {
    static REPORT: LazyLock<Regex> = LazyLock::new(|| {
        crate::re::constant(
            r"^(?P<name>\p{Lu}[\p{L}.]*(?: \p{L}[\p{L}.]*){0,2}) (?:1[89]|20)[0-9][0-9]/(?P<n>[0-9]{1,5})(?: en [0-9]{1,5})?$",
        )
    });
    let c = crate::re::captures(&REPORT, part)?;
    Some((c.name("name")?.as_str(), c.name("n")?.as_str()))
}

/// `m.nt. J. Hijma`, `m. nt. M.R. Mok`, `nt. Wolswinkel`, `noot Hijma`:
/// the annotator's note printed with a decision.
fn annotation(part: &str) -> bool {
    ["m.nt. ", "m. nt. ", "m.nt ", "nt. ", "noot ", "annotatie "]
        .iter()
        .any(|w| part.starts_with(w))
}

/// The most parts of a decision's citation read after its court.
const MOST_DECISION_PARTS: usize = 12;

/// A court's seat and then the decision's number at the start of `t`
/// (`Madrid 123/2019` of `SAP Madrid 123/2019`, `Cataluña 1234/2018` of
/// `STSJ Cataluña 1234/2018`, `STSJ Castilla y León 45/2020`): up to
/// five words without a digit, capitalised but for short joining words
/// inside (`y`, `de`), then a number with its year after a slash
/// ([`docket_number`]). The seat, the byte offset of the number and the
/// number's length and year.
fn seat_and_number(t: &str) -> Option<(&str, usize, Docket)> {
    let mut at = 0;
    for _ in 0..5 {
        let word = t[at..].split(' ').next()?;
        let joining = at > 0 && word.chars().count() <= 3 && word.chars().all(char::is_lowercase);
        if !(word.starts_with(char::is_uppercase) || joining)
            || word.contains(|c: char| c.is_numeric() || c == ',')
        {
            return None;
        }
        at += word.len() + 1;
        let next = t.get(at..)?;
        if let Some(found) = docket_number(next).filter(|(_, y)| y.is_some()) {
            return Some((t[..at - 1].trim_end(), at, found));
        }
    }
    None
}

/// A decision's number as [`docket_number`] reads it: its length and the
/// year after its slash.
type Docket = (usize, Option<i32>);

/// A decision's number at the start of `t` (`123/2015`, `11/1981`, `238`):
/// its length and the year after its slash.
fn docket_number(t: &str) -> Option<Docket> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 6 {
        return None;
    }
    let after = &t[digits..];
    // `Hof 2010`: a year alone is no docket (a name and a year).
    if digits == 4 && !after.starts_with('/') && crate::grammar::is_year(&t[..4]) {
        return None;
    }
    if let Some(y) = after.strip_prefix('/') {
        let yd = y.bytes().take_while(u8::is_ascii_digit).count();
        let year = y[..yd].parse::<i32>().ok().filter(|_| yd == 4);
        let len = digits + 1 + yd;
        let ends = t[len..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        return (yd > 0 && ends).then_some((len, year));
    }
    after
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
        .then_some((digits, None))
}

/// A part naming a decision's number (`n. 11234`, `sent. n. 238/2014`,
/// `ord. n. 12`, ro `decizia nr. 1234`): the number and its year, after
/// at most two words (one or two before `nr.`, which alone numbers an
/// application or a docket: nl `nr. 30562/04`), and the date after `din`
/// that may follow it (ro `decizia nr. 1234 din 12 martie 2013`).
fn part_number(part: &str) -> Option<(&str, Option<i32>, Option<&str>)> {
    let (at, word) = [("n. ", 3), ("nr. ", 4)]
        .iter()
        .filter_map(|&(w, n)| {
            let at = part.find(w)?;
            let whole = part[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let named = n == 3 || part[..at].split_whitespace().next().is_some();
            (whole && named).then_some((at, n))
        })
        .min()?;
    if part[..at].split_whitespace().count() > 2 {
        return None;
    }
    let t = &part[at + word..];
    let (len, year) = docket_number(t)?;
    let date = t[len..].trim_start().strip_prefix("din ");
    (len == t.trim_end().len() || date.is_some()).then_some((&t[..len], year, date))
}

/// A section of a court named by a word and its Roman number (ro `Secția
/// I civilă`, `s. a II-a civ.`): up to four words, no digit, the first
/// capitalised or abbreviated, a Roman numeral among the next two.
fn section_part(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let roman = |w: &&str| {
        let w = w.trim_end_matches(['-', 'a']);
        !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
    };
    (2..=4).contains(&words.len())
        && !part.contains(|c: char| c.is_ascii_digit())
        && words[0].chars().all(|c| c.is_alphabetic() || c == '.')
        && words[1..words.len().min(3)].iter().any(roman)
}

/// A date of a decision (`12 maggio 2010`; `de 10 de marzo` after a
/// number that gave its year).
fn decision_date(part: &str, year: Option<i32>, g: &Grammar) -> Option<crate::model::CslDate> {
    let p = part.trim();
    let p = p.strip_prefix("de ").unwrap_or(p);
    if p.len() > 40 {
        return None;
    }
    let whole = |s: &str| {
        g.dates
            .first(s)
            .filter(|d| d.start == 0 && d.end >= s.trim_end().len())
    };
    let day = |d: &crate::syntax::date::DateMatch| {
        d.date.date_parts.len() == 1 && d.date.date_parts[0].len() == 3
    };
    if let Some(d) = whole(p).filter(day) {
        return Some(d.date);
    }
    let y = year?;
    whole(&format!("{p} de {y}")).filter(day).map(|d| d.date)
}

/// A page or column locator that is all of `part` (`p. 45`, `c. 2345`,
/// `p. 45 ss.`): its label and value.
fn located(part: &str, g: &Grammar) -> Option<(String, String)> {
    let whole = |m: &crate::grammar::LexMatch| {
        m.start == 0 && matches!(part[m.end..].trim(), "" | "ss." | "ss" | "s." | "e ss.")
    };
    for (label, lex) in [("page", &g.page), ("column", g.column())] {
        if let Some(m) = lex.find(part).filter(whole) {
            let (x, y) = m.number?;
            return Some((
                label.to_string(),
                crate::grammar::locator_value(&part[x..y]),
            ));
        }
    }
    None
}

/// A Spanish judgment's ground of law cited (`FJ 7`, `FJ 3.º`, `F. J.
/// 4`): a paragraph.
fn reasons_part(part: &str) -> Option<(String, String)> {
    let t = part
        .strip_prefix("FJ ")
        .or_else(|| part.strip_prefix("F. J. "))
        .or_else(|| part.strip_prefix("FD "))?;
    let n = t.trim_end_matches(['.', 'º', '°', 'o']).trim();
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| ("paragraph".to_string(), n.to_string()))
}

/// A report's part in Roman numerals (`I`, `III`), as Italian law reports
/// divide a year's volume.
fn roman_part(part: &str) -> bool {
    (1..=4).contains(&part.len()) && part.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// A decision cited by court, date and docket number: `대법원 2010. 4.
/// 22. 선고 2008다38288 전원합의체 판결`, `헌재 2004. 10. 21. 2004헌마554
/// 등, 판례집 16-2하, 1, 40면`. The court ends with one of the grammars'
/// `courts`; the docket is a year, a case-type word and a number
/// (`2008다38288`). Unbounded runs are checked in
/// [`dated_decision_citation`].
static DATED_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(\S+)\s+([0-9]{4}\s*\.\s*[0-9]{1,2}\s*\.\s*[0-9]{1,2}\s*[.,]?)\s*(?:\p{Hangul}+\s+)?([0-9]{2,4}\p{Hangul}+[0-9]+)",
    )
});

/// Whether `s` opens with a word (no white space), white space and four
/// ASCII digits, as [`DATED_DECISION`] and [`UNDOCKETED_DECISION`] ask
/// (`^(\S+)\s+[0-9]{4}`): a cheap test before the pattern is built or run.
fn word_then_year(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| !c.is_whitespace());
    let after = rest.trim_start();
    rest.len() < s.len()
        && after.len() < rest.len()
        && after
            .as_bytes()
            .get(..4)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
}

/// A decision written court, date and docket number ([`DATED_DECISION`]):
/// a `legal_case` whose court is the publisher and docket the title, with
/// the page cited after it, never expected in the bibliography.
fn dated_decision_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    if g.courts.is_empty() {
        return None;
    }
    let (item, start, end) = trimmed_item(text, a, b);
    if !word_then_year(item) {
        return None;
    }
    let c = crate::re::captures(&DATED_DECISION, item)?;
    let (court, date, docket) = (c.get(1)?.as_str(), c.get(2)?.as_str(), c.get(3)?);
    if !g.courts.iter().any(|w| court.ends_with(w.as_str()))
        || court.chars().count() > 12
        || docket.as_str().chars().count() > 20
    {
        return None;
    }
    let issued = g
        .dates
        .first(date.trim_end_matches(','))
        .filter(|d| d.start == 0)?
        .date;
    let rest = &item[docket.end()..];
    let mut fields = crate::model::CslItem {
        kind: "legal_case".into(),
        publisher: Some(court.to_string()),
        title: Some(docket.as_str().to_string()),
        issued: Some(issued),
        ..Default::default()
    };
    // `판례집 16-2하, 1, 40면`: the reporter's first page, then the page
    // cited.
    let mut locator = g.page.find_all(rest).last().and_then(|m| {
        let (x, y) = m.number?;
        let pages = &rest[x..y];
        let pin = pages.rsplit(',').next().unwrap_or(pages);
        Some(Locator {
            label: "page".into(),
            value: crate::grammar::locator_value(pin),
            ..Default::default()
        })
    });
    if let Some((reporter, first, pin)) = decision_reporter(rest, g) {
        let (name, volume) = match reporter.rsplit_once(' ') {
            Some((n, v)) if v.starts_with(|c: char| c.is_ascii_digit()) => (n, Some(v)),
            _ => (reporter, None),
        };
        fields.container_title = Some(name.to_string());
        fields.volume = volume.map(str::to_string);
        fields.page = Some(first.to_string());
        locator = Some(Locator {
            label: "page".into(),
            value: crate::grammar::locator_value(pin),
            ..Default::default()
        });
    }
    Some(full_raw(start, end, signal, locator, fields))
}

/// A decision cited by court, date and the word of its kind, without a
/// docket, as decisions of courts before dockets were numbered so are
/// cited: `朝鮮高等法院 1913. 2. 14. 判決, 『民事判決錄』 第2卷, 31면`,
/// `조선고등법원 1913. 9. 26. 판결`. The court ends with one of the
/// grammars' `courts`; the kind (a word of `decision_kinds`, `선고` or
/// another word allowed before it) comes right after the date.
static UNDOCKETED_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(\S+)\s+([0-9]{4}\s*\.\s*[0-9]{1,2}\s*\.\s*[0-9]{1,2}\s*[.,]?)\s*(?:\p{Hangul}+\s+)?([\p{Hangul}\p{Han}]{1,10})\s*(?:[,.(（]|$)",
    )
});

/// A decision of [`UNDOCKETED_DECISION`]: a `legal_case` whose court is
/// the publisher and kind the genre, with the reporter (`『民事判決錄』 第2卷`)
/// as its container and volume and the page cited after it, never
/// expected in the bibliography. Known by its court and day.
fn undocketed_decision_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    if g.courts.is_empty() || g.decision_kinds.is_empty() {
        return None;
    }
    let (item, start, end) = trimmed_item(text, a, b);
    // Cheap test first: a decision so cited opens with a court's name, in
    // Hangul or Han characters, and has a date's digits.
    if !item.starts_with(|c: char| crate::segment::is_cjk(c))
        || !item.contains(". ")
        || !word_then_year(item)
    {
        return None;
    }
    let c = crate::re::captures(&UNDOCKETED_DECISION, item)?;
    let (court, date, kind) = (c.get(1)?.as_str(), c.get(2)?.as_str(), c.get(3)?);
    if !g.courts.iter().any(|w| court.ends_with(w.as_str()))
        || court.chars().count() > 12
        || !ends_with_kind(kind.as_str(), &g.decision_kinds, 10)
    {
        return None;
    }
    let issued = g
        .dates
        .first(date.trim_end_matches(','))
        .filter(|d| d.start == 0)?
        .date;
    // `判決, 『民事判決錄』 第2卷, 31면`: the reporter in title marks, then
    // its volume and the page; nothing else after the kind.
    let rest = item[kind.end()..].trim_start_matches([',', '.', ' ', '(', '（']);
    let rest = rest.trim_end_matches(['.', ')', '）', ' ', '。']);
    let mut fields = crate::model::CslItem {
        kind: "legal_case".into(),
        publisher: Some(court.to_string()),
        genre: Some(kind.as_str().to_string()),
        issued: Some(issued),
        ..Default::default()
    };
    let mut locator = None;
    if !rest.is_empty() {
        let (name, after) =
            ["『", "《", "「"]
                .iter()
                .zip(["』", "》", "」"])
                .find_map(|(open, close)| {
                    let inner = rest.strip_prefix(open)?;
                    let at = inner.find(close)?;
                    Some((&inner[..at], &inner[at + close.len()..]))
                })?;
        let name = name.trim();
        if name.is_empty() || name.chars().nth(30).is_some() {
            return None;
        }
        let volume = g.volume.find(after);
        let pages = g.page.find_all(after);
        // Only a volume, pages and their joining marks after the name.
        let mut covered: Vec<(usize, usize)> = pages.iter().map(|m| (m.start, m.end)).collect();
        covered.extend(volume.map(|m| (m.start, m.end)));
        covered.sort_unstable();
        let mut at = 0;
        for (x, y) in covered {
            if after
                .get(at..x.max(at))?
                .chars()
                .any(|c| !matches!(c, ',' | ' ' | '，' | '、'))
            {
                return None;
            }
            at = at.max(y);
        }
        if after
            .get(at..)?
            .chars()
            .any(|c| !matches!(c, ',' | ' ' | '.' | '。'))
        {
            return None;
        }
        let number = |m: &LexMatch| m.number.and_then(|(x, y)| after.get(x..y));
        fields.container_title = Some(name.to_string());
        fields.volume = volume.as_ref().and_then(number).map(str::to_string);
        locator = pages.last().and_then(number).map(|pin| Locator {
            label: "page".into(),
            value: crate::grammar::locator_value(pin),
            ..Default::default()
        });
    }
    Some(full_raw(start, end, signal, locator, fields))
}

/// The reporter after a decision's docket, its first page and the page
/// cited: `(공2010상, 1234)` → (`공2010상`, `1234`, `1234`), `, 판례집 16-2하,
/// 1, 40면` → (`판례집 16-2하`, `1`, `40`), `, 판례집 1, 357, 360` →
/// (`판례집 1`, `357`, `360`). The reporter follows the first comma or
/// bracket and starts with no digit; one or two numbers come after it, the
/// last with a page word of the grammars or none.
fn decision_reporter<'t>(rest: &'t str, g: &Grammar) -> Option<(&'t str, &'t str, &'t str)> {
    let at = rest.find([',', '(', '（'])?;
    let part = rest[at..]
        .trim_start_matches([',', '(', '（', ' '])
        .trim_end_matches(['.', ')', '）', ' ']);
    let mut parts = part.split(',').map(str::trim);
    let reporter = parts.next()?;
    if reporter.is_empty()
        || reporter.starts_with(|c: char| c.is_ascii_digit())
        || reporter.chars().nth(15).is_some()
        || !reporter.chars().any(|c| c.is_ascii_digit())
        || reporter.contains(['「', '『', '“', '"', '《'])
    {
        return None;
    }
    let numbers: Vec<&str> = parts.collect();
    if numbers.is_empty() || numbers.len() > 2 {
        return None;
    }
    let mut pages = numbers.iter().map(|n| {
        let digits = n.find(|c: char| !c.is_ascii_digit()).unwrap_or(n.len());
        let unit = &n[digits..];
        (digits > 0
            && digits <= 5
            && (unit.is_empty()
                || g.page
                    .find(n)
                    .is_some_and(|m| m.start == 0 && m.end == n.len())))
        .then(|| &n[..digits])
    });
    let first = pages.next()??;
    let pin = match pages.next() {
        Some(p) => p?,
        None => first,
    };
    Some((reporter, first, pin))
}

/// A decision cited by its court glued to the date, then the reporter
/// that prints it, as Japanese papers write them: `最判昭和60年4月23日民集39巻3号850頁`,
/// `東京地判平成15年3月26日判時1830号63頁`, `最判平成17・9・14民集59巻7号2087頁`,
/// `大判大正5年12月22日民録22輯2474頁`. The court is at most 12 letters
/// ending with one of the grammars' `courts` (`最判`, `東京地判`), the date
/// starts right after it (an era date: [`crate::syntax::date`]); the reporter
/// is the text before the first number, its volume, issue and pages the
/// grammars' `volume`, `issue` and `page` locators after it. A `legal_case`
/// whose court is the publisher and reporter the container, its first page
/// the page and its last page cited the pinpoint, never expected in the
/// bibliography.
fn glued_decision_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    if g.courts.is_empty() || item.is_ascii() {
        return None;
    }
    let at = item
        .char_indices()
        .take(13)
        .skip(1)
        .map(|(i, _)| i)
        .take_while(|&i| item[..i].chars().all(char::is_alphabetic))
        .find(|&i| {
            g.courts.iter().any(|w| item[..i].ends_with(w.as_str()))
                && item[i..].starts_with(|c: char| !c.is_whitespace())
        })?;
    let court = &item[..at];
    let date = g
        .dates
        .first(&item[at..])
        .filter(|d| d.start == 0)
        .or_else(|| g.dates.abbreviated_era(&item[at..]))?;
    let rest = item[at + date.end..].trim_end_matches(['。', '.']);
    // `判決・民集…`, `、判時…`: the word of the decision and the joining
    // mark before the reporter.
    let rest = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '・' | '、' | '，' | ',' | '（' | '(')
    });
    let name_end = rest
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(rest.len());
    let name = rest[..name_end].trim_end_matches(['、', ' ', '・']).trim();
    // `大法廷判決・民集`, `判決（判時`: the bench and kind of decision, then
    // the reporter.
    let name = name
        .rsplit(['・', '、', '，', ',', '（', '('])
        .next()
        .unwrap_or(name)
        .trim();
    let numbers = &rest[name_end..];
    let mut fields = crate::model::CslItem {
        kind: "legal_case".into(),
        publisher: Some(court.to_string()),
        issued: Some(date.date),
        ..Default::default()
    };
    if !name.is_empty() && name.chars().nth(20).is_none() {
        fields.container_title = Some(name.to_string());
    }
    let number = |m: Option<LexMatch>| m.and_then(|m| numbers.get(m.number?.0..m.number?.1));
    fields.volume = number(g.volume.find(numbers)).map(str::to_string);
    fields.issue = number(g.issue.find(numbers)).map(str::to_string);
    let pages = g.page.find_all(numbers);
    fields.page = number(pages.first().cloned()).map(str::to_string);
    let locator = number(pages.last().cloned()).map(|pin| Locator {
        label: "page".into(),
        value: crate::grammar::locator_value(pin),
        ..Default::default()
    });
    // `LEX/DB 25470123`, `Westlaw Japan 2010WLJPCA03018001`: a database
    // and the decision's identifier in it, no volume or page.
    let id = numbers.trim();
    if fields.volume.is_none()
        && fields.issue.is_none()
        && fields.page.is_none()
        && id.len() >= 5
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        fields.number = Some(id.to_string());
    }
    Some(full_raw(start, end, signal, locator, fields))
}

/// A Chinese court's decision by its docket: the court (a name ending in
/// `法院`), the year in brackets, the docket number ending in `号`, then
/// the kind of document (`最高人民法院（2015）民一终字第123号民事判决书`,
/// `北京市第一中级人民法院（2018）京01民终4567号民事裁定书`), which
/// [`docketed_decision_citation`] checks against the grammars'
/// `decision_documents`.
static DOCKETED_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<court>\p{Han}{2,30}法院)\s?[（(](?P<year>[0-9]{4})[）)](?P<docket>[\p{Han}0-9]{1,24}?[号號])(?P<kind>\p{Han}+)?\s*[。.]?\s*$",
    )
});

/// A decision of [`DOCKETED_DECISION`]: a `legal_case` of the court and
/// year, numbered by its docket, never expected in the bibliography. The
/// kind after the docket, if any, ends with one of the grammars'
/// `decision_documents` (`民事判决书`), with at most ten characters before it.
fn docketed_decision_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    if !item.contains(['号', '號']) {
        return None;
    }
    let c = crate::re::captures(&DOCKETED_DECISION, item)?;
    let kind = c.name("kind").map(|k| k.as_str());
    if kind.is_some_and(|k| !ends_with_kind(k, &g.decision_documents, 10)) {
        return None;
    }
    let year = c.name("year")?.as_str();
    let fields = decided_case(
        c.name("court")?.as_str(),
        format!("（{year}）{}", c.name("docket")?.as_str()),
        kind,
        year.parse().ok()?,
        year,
    );
    Some(full_raw(start, end, signal, None, fields))
}

/// Whether `kind` ends with one of `words` (`民事判决书` with `判决书`),
/// with at most `before` characters before it (`民事`).
fn ends_with_kind(kind: &str, words: &[String], before: usize) -> bool {
    words.iter().any(|w| {
        kind.strip_suffix(w.as_str())
            .is_some_and(|head| head.chars().nth(before).is_none())
    })
}

/// A court's decision cited by its docket (`（2015）民一终字第123号`,
/// `101年度台上字第1234號`): a `legal_case` whose publisher is the court,
/// number the docket, genre the kind of decision (`民事判決`), and date
/// the year (`year`, written `written`).
fn decided_case(
    court: &str,
    docket: String,
    kind: Option<&str>,
    year: i32,
    written: &str,
) -> crate::model::CslItem {
    crate::model::CslItem {
        kind: "legal_case".into(),
        publisher: Some(court.to_string()),
        number: Some(docket),
        genre: kind.map(str::to_string),
        issued: Some(crate::model::CslDate::new(
            year,
            None,
            None,
            Some(written.to_string()),
        )),
        ..Default::default()
    }
}

/// A Taiwanese court's decision by its docket: the court (a name ending in
/// `法院` or, for a branch of a high court, `分院`), the year of the
/// Republic with `年度` or `年`, the docket's word and number between `字第`
/// and `號`, then the kind of decision (`最高法院101年度台上字第1234號民事判決`,
/// `臺灣高等法院臺南分院98年度上字第56號判決`, `最高法院29年上字第1234號判例`),
/// and a page after a comma (`，頁5`). The court's, word's and kind's runs
/// are unbounded: [`roc_decision_citation`] checks their lengths, and that
/// the kind ends with one of the grammars' `decision_kinds`.
static ROC_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<court>\p{Han}+?(?:法院|分院))\s?(?P<docket>(?P<written>(?P<year>[0-9]{1,4})\s?年度?)\s?(?P<word>\p{Han}+?)字\s?第\s?[0-9]{1,7}\s?[號号])(?P<kind>\p{Han}+)?(?P<rest>[，,][^。]+)?\s*[。.]?\s*$",
    )
});

/// A decision of [`ROC_DECISION`]: a `legal_case` of the court, numbered by
/// its docket (`101年度台上字第1234號`), of the year of the Republic read as
/// the common era's (year n is 1911 + n; a year of four digits is taken as
/// written), never expected in the bibliography. Only a page of the
/// grammars may follow the decision, as its pinpoint.
fn roc_decision_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    if !item.contains("字") || !item.contains(['號', '号']) {
        return None;
    }
    let c = crate::re::captures(&ROC_DECISION, item)?;
    let court = c.name("court")?.as_str();
    let word = c.name("word")?.as_str();
    let kind = c.name("kind").map(|k| k.as_str());
    if court.chars().count() > 30
        || word.chars().count() > 6
        || kind.is_some_and(|k| k.chars().count() > 10 || !ends_with_kind(k, &g.decision_kinds, 10))
    {
        return None;
    }
    let locator = match c.name("rest") {
        Some(rest) => {
            let rest = rest
                .as_str()
                .trim_start_matches([',', '，', ' '])
                .trim_end();
            let m = g
                .page
                .find(rest)
                .filter(|m| m.start == 0 && m.end == rest.len())?;
            let (x, y) = m.number?;
            Some(Locator {
                label: "page".into(),
                value: crate::grammar::locator_value(&rest[x..y]),
                ..Default::default()
            })
        }
        None => None,
    };
    let raw_year = c.name("year")?.as_str();
    let n: i32 = raw_year.parse().ok()?;
    let year = if raw_year.len() == 4 { n } else { 1911 + n };
    let fields = decided_case(
        court,
        c.name("docket")?.as_str().to_string(),
        kind,
        year,
        c.name("written")?.as_str(),
    );
    Some(full_raw(start, end, signal, locator, fields))
}

/// A Taiwanese decision of [`roc_decision_citation`] with the day it was
/// given in brackets after it (`最高法院101年度台上字第1234號民事判決（2012年7月5日）`,
/// `…號判決（民國101年7月5日）`): the decision, dated that day (the
/// bracket a whole date of the grammars' `dates`, an era's year read as
/// the common era's).
fn dated_roc_decision_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    let body = item.trim_end_matches(['。', '.', ' ']);
    if !body.ends_with(['）', ')']) || !item.contains(['號', '号']) {
        return None;
    }
    let open = body.rfind(['（', '('])?;
    let inner = body[open..]
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')'])
        .trim();
    let date = g.dates.first(inner)?;
    if date.start != 0 || date.end != inner.len() || date.date.date_parts.first()?.len() < 3 {
        return None;
    }
    let mut raw = roc_decision_citation(text, start, start + open, g, signal)?;
    if raw.locator.is_some() {
        return None;
    }
    raw.end = end;
    if let Some(fields) = raw.fields.as_deref_mut() {
        fields.issued = Some(crate::model::CslDate {
            raw: Some(inner.to_string()),
            ..date.date
        });
    }
    Some(raw)
}

/// A statute cited by its name and a provision: `민법 제750조`, `헌법
/// 제37조 제2항`, `民法709条`, `憲法21条1項`, `「民法」第七百九条`. The name ends with one of the
/// grammars' `statutes` words and stands alone before the first of their
/// `provision` patterns; after it come only the provision's subdivisions
/// (no page, no year, no title). A `legislation` work titled by the name,
/// cited at the provision (a `section` locator), never expected in the
/// bibliography.
fn statute_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    // At most 90 characters: a name in title marks holds up to 60 (a
    // judicial interpretation's `《最高人民法院关于审理…若干问题的规定》`,
    // three bytes a character), the provision and a signal the rest.
    if g.statutes.is_empty()
        || item.is_ascii()
        || (item.len() > 120 && item.chars().nth(90).is_some())
    {
        return None;
    }
    let body = item.trim_end_matches(['。', '.', ' ']);
    let provision = g.provision.find(body)?;
    let mut name = body[..provision.start].trim();
    // `이에 대하여는 헌법 제37조`: a lead-in before a name of one word.
    // A name of several words keeps them (`독점규제 및 공정거래에 관한 법률`).
    let (start, name) = match cjk_prose_prefix_len(name, g) {
        0 => (start, name),
        lead if !name[lead..].trim().contains(' ') => {
            name = name[lead..].trim();
            (start + lead, name)
        }
        _ => (start, name),
    };
    let tail = without_amendment(body[provision.start..].trim());
    // `「민법」 제750조`, `《中华人民共和国民法典》第1165条`: the name in the
    // marks of a statute's title, which may hold any words of a long name
    // (`「독점규제 및 공정거래에 관한 법률」`, `《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》`).
    let (name, marked) = match statute_title_marks(name) {
        Some(inner) => (inner, true),
        None => (name, false),
    };
    // After the provision's last number only its subdivision's word and a
    // short qualifier (`제2항 단서`, `1項但書`), no prose.
    let last_digit = tail
        .char_indices()
        .rfind(|&(_, c)| c.is_ascii_digit() || crate::grammar::is_han_numeral(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    if name.is_empty()
        || name.chars().nth(if marked { 60 } else { 30 }).is_some()
        || !(marked
            || name
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '・'))
        || !g.statutes.iter().any(|w| name.ends_with(w.as_str()))
        || tail.chars().nth(40).is_some()
        || tail[last_digit..]
            .chars()
            .filter(|c| !c.is_whitespace())
            .nth(4)
            .is_some()
        || tail.contains(['(', '（', ':', '：', '「', '『', '《', '“', '"', '«'])
        || g.page.find(tail).is_some()
        || tail
            .split(|c: char| !c.is_ascii_digit())
            .any(crate::grammar::is_year)
    {
        return None;
    }
    // A long name broken over two lines (`…适用法律若` / `干问题的规定`)
    // is one name again.
    let name = crate::text::clean_field(name);
    Some(code_at_provision(start, end, signal, name, tail))
}

/// `tail`, a statute's provision, without the note in brackets after it
/// on the act that amended or deleted it (`제778조(2005. 3. 31. 법률
/// 제7427호로 삭제)`, `제11조（1912. 3. 18. 制令 第7號）`): brackets that close
/// `tail` and hold a year, after a provision's number or word. `tail`
/// itself when it has none.
fn without_amendment(tail: &str) -> &str {
    let Some(inner_end) = tail.strip_suffix([')', '）']) else {
        return tail;
    };
    let Some(open) = inner_end.rfind(['(', '（']) else {
        return tail;
    };
    let before = inner_end[..open].trim_end();
    let inner = &inner_end[open..];
    let dated = inner
        .split(|c: char| !c.is_ascii_digit())
        .any(crate::grammar::is_year);
    if dated
        && !inner.contains([')', '）'])
        && before.ends_with(|c: char| c.is_ascii_digit() || crate::segment::is_cjk(c))
    {
        before
    } else {
        tail
    }
}

/// An article of a code cited by the code's name after it (ro `Art. 1366
/// alin. (2) C. civ.`, `art. 1357 din Codul civil`; it `art. 2043 c.c.`,
/// `art. 2043 del codice civile`; fr `art. 1240 C. civ.`, `l'article L.
/// 121-1 du Code de la consommation`; es `artículo 1902 del Código
/// Civil`; pt `art. 186 do Código Civil`): the item opens with a
/// `provision` of the grammars (after French's elided article `l'`) and
/// ends with one of their `codes`, matched without regard to case, with
/// at most one short lowercase word between (`din`, `al`, `du`, `del`,
/// `do`, `della`) and no punctuation but a provision's, save the commas
/// around an article's subdivisions (pt `art. 5º, inciso X, da
/// Constituição Federal`). A `legislation`
/// work titled by the code as written, cited at the provision (a
/// `section` locator), never expected in the bibliography; `resolve`
/// makes a code's spellings one work.
fn code_article_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    // `l'article 1240`: French elides the article before a vowel.
    let elided = ["l'", "l’", "L'", "L’"]
        .iter()
        .find_map(|e| item.strip_prefix(e))
        .filter(|rest| rest.starts_with(|c: char| c.is_alphabetic()));
    let (item, start) = match elided {
        Some(rest) => (rest, end - rest.len()),
        None => (item, start),
    };
    if g.codes.is_empty()
        || item.len() > 120
        || !item.starts_with(|c: char| c.is_alphabetic() || c == '§')
        || !item.contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    if g.provision.find(item).filter(|p| p.start == 0).is_none() {
        return code_first_article(item, start, end, g, signal);
    }
    let body = item.trim_end_matches(['.', ' ']);
    let folded = crate::grammar::fold_case(body);
    // Lowercasing may change a letter's length: the code must be found
    // where the written text has it.
    if folded.len() != body.len() {
        return None;
    }
    let code = g.codes.iter().find(|c| {
        folded.ends_with(c.as_str()) && folded[..folded.len() - c.len()].ends_with(' ')
    })?;
    let at = body.len() - code.len();
    // `Art. 41 OR`, `Art. 2 GG`: a code abbreviated in capitals is read
    // only as written (`art. 5 or` is no code).
    if g.capital_codes
        .iter()
        .any(|w| crate::grammar::fold_case(w) == *code)
        && !g.capital_codes.iter().any(|w| *w == body[at..])
    {
        return None;
    }
    let mut provision = body[..at].trim_end();
    // `art. 1357 din Codul civil`, `art. 3 della Costituzione`: the word
    // joining the article to its code.
    if let Some((head, word)) = provision.rsplit_once(' ') {
        if word.chars().count() <= 5 && word.chars().all(char::is_lowercase) {
            provision = head.trim_end();
        }
    }
    let name = &body[at..];
    // `§ 823 Abs. 1 BGB und § 1004 BGB`: a code inside is another
    // article's, two citations, no provision of one.
    if provision
        .split_whitespace()
        .any(|w| g.capital_codes.iter().any(|c| c == w))
    {
        return None;
    }
    // `art. 5º, inciso X, da Constituição Federal`, `art. 1º, III, da CF`:
    // Brazilian writing puts a provision's subdivisions between commas,
    // each a provision of the grammars or a roman numeral.
    let provision = provision.trim_end_matches([',', ' ']);
    let mut parts = provision.split(", ");
    let first = parts.next().unwrap_or("");
    let roman = |t: &str| !t.is_empty() && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    let whole = |t: &str| {
        g.provision
            .find(t)
            .is_some_and(|m| m.start == 0 && m.end == t.len())
    };
    // it `art. 2043, c. 1, c.c.`: a subdivision's abbreviated word (a few
    // small letters and a period) and its number.
    let abbreviated = |t: &str| {
        t.split_once(' ').is_some_and(|(w, n)| {
            let letters = w.strip_suffix('.').unwrap_or("");
            (1..=4).contains(&letters.chars().count())
                && letters.chars().all(char::is_lowercase)
                && (1..=3).contains(&n.len())
                && n.bytes().all(|b| b.is_ascii_digit())
        })
    };
    // `inciso X`: a subdivision's word and its roman numeral.
    let subdivisions = parts.all(|p| {
        roman(p)
            || whole(p)
            || abbreviated(p)
            || p.rsplit_once(' ')
                .is_some_and(|(w, n)| roman(n) && whole(&format!("{w} 1")))
    });
    if provision.chars().count() > 50
        || !subdivisions
        || first.contains([',', ';', ':', '"', '“', '„', '«'])
        || first
            .split_whitespace()
            .skip(1)
            .any(|w| w.chars().count() > 4 && w.chars().all(char::is_alphabetic))
    {
        return None;
    }
    // `C. civ.`, `c.c.`: an abbreviated name keeps its final period.
    let title =
        if name.contains('.') && item[at..].starts_with(name) && item.len() > at + name.len() {
            format!("{name}.")
        } else {
            name.to_string()
        };
    Some(code_at_provision(start, end, signal, title, provision))
}

/// A citation of a code (`legislation`, titled `code` as written) at a
/// provision (the `section` locator).
fn code_at_provision(
    start: usize,
    end: usize,
    signal: Option<String>,
    code: impl Into<String>,
    provision: &str,
) -> RawItem {
    let fields = crate::model::CslItem {
        kind: "legislation".into(),
        title: Some(code.into()),
        ..Default::default()
    };
    let locator = Some(Locator {
        label: "section".into(),
        value: provision.to_string(),
        ..Default::default()
    });
    full_raw(start, end, signal, locator, fields)
}

/// A code named first, then the article cited after a comma (`Código
/// Civil, art. 1902.`, `Codice civile, art. 2043`), as Spanish and Italian
/// notes write it too: the code is one of the grammars' `codes`, and the
/// rest is one provision with its subdivisions (`art. 1902, párr. 2`
/// stops the rule: only provisions and Roman numerals). The code, typed
/// `legislation`, and the article as the pinpoint.
fn code_first_article(
    item: &str,
    start: usize,
    end: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (head, rest) = item.split_once(", ")?;
    let folded = crate::grammar::fold_case(head.trim());
    if !g.codes.contains(&folded) {
        return None;
    }
    let provision = rest.trim().trim_end_matches(['.', ' ']);
    let whole = |t: &str| {
        g.provision
            .find(t)
            .is_some_and(|m| m.start == 0 && m.end == t.len())
    };
    let roman = |t: &str| !t.is_empty() && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    let mut parts = provision.split(", ");
    if provision.chars().count() > 50
        || !parts.next().is_some_and(whole)
        || !parts.all(|p| roman(p) || whole(p))
    {
        return None;
    }
    Some(code_at_provision(
        start,
        end,
        signal,
        head.trim(),
        provision,
    ))
}

/// A law cited by its title first, its imprint, then an article
/// (`Real Ordenanza para el establecimiento e instrucción de intendentes
/// de ejército y provincia en el reino de la Nueva España, Madrid, 1786,
/// art. 28.`): the item closes with `, ` and one provision of the grammars
/// (`art. 28`, with Roman numerals or provisions after it); before it
/// stand comma parts: the title (which may hold commas: `… de intendentes,
/// subdelegados y demás empleados en Indias`), a place (a town of the
/// grammars, or one or two capitalised words), a publisher after the
/// place where one is named, and a year. The caller makes sure no
/// author's names open the item. The fields, typed `legislation`, and the
/// article as the pinpoint.
fn titled_law(item: &str, g: &Grammar) -> Option<(crate::model::CslItem, Locator)> {
    // Cheap tests first: a capital opens the item, a digit closes it.
    let body = item.trim_end_matches(['.', ' ']);
    if !item.starts_with(char::is_uppercase) || !body.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let roman = |t: &str| !t.is_empty() && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    let whole = |t: &str| {
        g.provision
            .find(t)
            .is_some_and(|p| p.start == 0 && p.end == t.len())
    };
    let m = g.provision.iter(body).find(|m| {
        body[..m.start].ends_with(", ")
            && (m.end == body.len() || body[m.end..].starts_with(", "))
            && body[m.end..]
                .split(", ")
                .skip(1)
                .all(|p| roman(p) || whole(p))
    })?;
    let head = body[..m.start].trim_end_matches([',', ' ']);
    let parts: Vec<&str> = head.split(", ").map(str::trim).collect();
    let n = parts.len();
    if n < 3 {
        return None;
    }
    let year = parts[n - 1]
        .parse::<i32>()
        .ok()
        .filter(|y| parts[n - 1].len() == 4 && (1400..=2100).contains(y))?;
    let place = |p: &str| known_place(p, g) || is_place(p, g);
    let house =
        |p: &str| p.starts_with(char::is_uppercase) && !p.contains(|c: char| c.is_ascii_digit());
    let (at, publisher) = if place(parts[n - 2]) {
        (n - 2, None)
    } else if n >= 4 && place(parts[n - 3]) && house(parts[n - 2]) {
        (n - 3, Some(parts[n - 2]))
    } else {
        return None;
    };
    let title = parts[..at].join(", ");
    if title.split_whitespace().count() < 2 || !title.starts_with(char::is_uppercase) {
        return None;
    }
    let fields = crate::model::CslItem {
        kind: "legislation".into(),
        title: Some(crate::text::clean_field(&title)),
        publisher_place: Some(crate::text::clean_field(parts[at])),
        publisher: publisher.map(crate::text::clean_field),
        issued: Some(crate::model::CslDate::new(
            year,
            None,
            None,
            Some(parts[n - 1].to_string()),
        )),
        ..Default::default()
    };
    let locator = Locator {
        label: "section".into(),
        value: body[m.start..].to_string(),
        ..Default::default()
    };
    Some((fields, locator))
}

/// Whether `part` may be a list of names: at most six words, and no
/// lowercase word but those names hold ([`NAME_LOWER_WORDS`]) or the
/// grammars' joining words (`Eduardo García de Enterría y Tomás-Ramón
/// Fernández` may be; `Ordenanza general formada de orden de Su Majestad`
/// may not).
fn name_like(part: &str, g: &Grammar) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    words.len() <= 6
        && words.iter().all(|w| {
            !w.starts_with(char::is_lowercase)
                || NAME_LOWER_WORDS.contains(w)
                || g.and_words.iter().any(|a| a == w)
        })
}

/// A court's decision cited by a word naming it, the court and its
/// number with its year (ro `Decizia Curții Constituționale nr. 1/2012`,
/// `Decizia ÎCCJ nr. 12/2015, publicată în M. Of. nr. 53 din 23 ianuarie
/// 2012`): the item opens with one of the grammars' `decision_words`,
/// the words up to a `statute_number` word name a court (`court_words`
/// or `decision_courts`), and the number is digits, a slash and a year,
/// or digits and the day it was given (`Decizia Curții Constituționale
/// nr. 1234 din 12 martie 2013`); with the day, the court may follow it
/// after a short lowercase word (`Decizia nr. 1234 din 12 martie 2013 a
/// Curții Constituționale`, as Romanian writes a decision's number
/// first). What follows after a comma describes where it was published;
/// a page there is the pinpoint. A `legal_case` of that court (its
/// publisher) with that number and year (or the day of `din 12 martie
/// 2013` just after the number), never expected in the bibliography.
fn worded_decision_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    if g.decision_words.is_empty() || item.len() > 300 || !item.starts_with(char::is_uppercase) {
        return None;
    }
    let (word, rest) = item.split_once(' ')?;
    if !g.decision_words.contains(&crate::grammar::fold_case(word)) {
        return None;
    }
    let (court, after) = g.statute_numbers.iter().find_map(|n| {
        // `Decizia nr. 1234 din …`: the number right after the word.
        if let Some(after) = rest
            .strip_prefix(n.as_str())
            .and_then(|t| t.strip_prefix(' '))
        {
            return Some(("", after));
        }
        let at = rest.find(&format!(" {n} "))?;
        Some((rest[..at].trim(), &rest[at + n.len() + 2..]))
    })?;
    let named = |court: &str| {
        !court.is_empty()
            && court.chars().count() <= 60
            && !court.contains([',', ';'])
            && (g.names_court(court) || g.decision_courts.iter().any(|c| court == c.as_str()))
    };
    // `Decizia nr. 1234 din 12 martie 2013 a Curții Constituționale`: the
    // court may follow the number and day instead.
    if !court.is_empty() && !named(court) {
        return None;
    }
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 6 {
        return None;
    }
    let year_at = digits + 1;
    // `nr. 12/2015`: number and year; `nr. 1234 din 12 martie 2013`: the
    // number of the year of the day after it.
    let slash_year: Option<i32> = after
        .get(year_at..year_at + 4)
        .filter(|_| after.as_bytes().get(digits) == Some(&b'/'))
        .filter(|y| crate::grammar::is_year(y))
        .and_then(|y| y.parse().ok());
    let number_end = if slash_year.is_some() {
        year_at + 4
    } else {
        digits
    };
    let number = &after[..number_end];
    let tail = &after[number_end..];
    if tail.starts_with(|c: char| c.is_alphanumeric())
        || slash_year.is_none() && tail.starts_with('/')
    {
        return None;
    }
    let mut tail = tail.trim_start_matches([',', ' ']);
    // `nr. 1234 din 12 martie 2013`: the day the decision was given.
    let day = tail.split_once(' ').and_then(|(w, t)| {
        let d = g.dates.first(t).filter(|d| {
            d.start == 0
                && w.chars().count() <= 3
                && (slash_year.is_some() || d.date.date_parts.first().is_some_and(|p| p.len() == 3))
        })?;
        slash_year
            .is_none_or(|y| d.date.year() == Some(y))
            .then(|| (d.date, tail.len() - t.len() + d.end))
    });
    let year = match (slash_year, &day) {
        (Some(y), _) => y,
        (None, Some((d, _))) => d.year()?,
        (None, None) => return None,
    };
    let mut court = court;
    if court.is_empty() {
        // After the day, a short lowercase word (ro `a`, `al`) and the
        // court's name, up to a comma or the end.
        let rest = &tail[day.as_ref()?.1..];
        let (w, name) = rest.trim_start().split_once(' ')?;
        let name_end = name.find([',', ';']).unwrap_or(name.len());
        let name_only = name[..name_end].trim_end_matches(['.', ' ']);
        if w.chars().count() > 3 || !w.chars().all(char::is_lowercase) || !named(name_only) {
            return None;
        }
        court = name_only;
        tail = &name[name_end..];
    }
    let locator = g.page.find(tail).and_then(|m| {
        let (x, y) = m.number?;
        Some(Locator {
            label: "page".into(),
            value: crate::grammar::locator_value(&tail[x..y]),
            ..Default::default()
        })
    });
    let fields = crate::model::CslItem {
        kind: "legal_case".into(),
        publisher: Some(court.to_string()),
        number: Some(number.to_string()),
        issued: Some(day.map(|(d, _)| d).unwrap_or_else(|| {
            crate::model::CslDate::new(year, None, None, Some(year.to_string()))
        })),
        ..Default::default()
    };
    Some(full_raw(start, end, signal, locator, fields))
}

/// The name inside the marks that enclose all of `name` as a statute's
/// title: Korean `「」` and Chinese `《》` (the marks of a title that Korean
/// law writing and Chinese writing give statutes), with no mark of the
/// same kind inside and no sentence punctuation.
fn statute_title_marks(name: &str) -> Option<&str> {
    let (open, close) = match name.chars().next()? {
        '「' => ('「', '」'),
        '《' => ('《', '》'),
        _ => return None,
    };
    let inner = name.strip_prefix(open)?.strip_suffix(close)?.trim();
    (!inner.contains([open, close, '。', '，', ',', '；', ';', '：', ':'])).then_some(inner)
}

/// A decision cited by court, class of proceedings and number
/// ([`crate::syntax::reference::class_decision`]: `STF, ADI 4.277/DF,
/// Rel. Min. Ayres Britto, j. 5-5-2011`): a `legal_case`, the whole item.
fn class_decision_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    let fields = crate::syntax::reference::class_decision(item, g)?;
    Some(full_raw(start, end, signal, None, fields))
}

/// An act cited by kind, date and name with its official journal in
/// brackets, as Polish notes cite it (`ustawa z dnia 23 kwietnia 1964 r.
/// – Kodeks cywilny (Dz.U. z 2020 r. poz. 1740 ze zm.)`, `art. 6 ust. 1
/// ustawy z dnia 10 maja 2018 r. o ochronie danych osobowych (Dz.U. z
/// 2019 r. poz. 1781)`: [`crate::syntax::reference::gazette_act`]): a
/// `legislation` work cited at the provision written before its kind or
/// after its bracket (a `section` locator). Nothing but a provision may
/// follow the bracket.
fn gazette_act_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    if !item.contains('(') || !g.has_gazette(item) {
        return None;
    }
    let act = crate::syntax::reference::gazette_act(item, g)?;
    let tail = item[act.end..].trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.'));
    let provision = if tail.is_empty() {
        act.provision
    } else {
        g.provision.find(tail).filter(|p| p.start == 0)?;
        if act.provision.is_some() || tail.chars().nth(40).is_some() {
            return None;
        }
        Some(tail.to_string())
    };
    let locator = provision.map(|value| Locator {
        label: "section".into(),
        value,
        ..Default::default()
    });
    Some(full_raw(start, end, signal, locator, act.item))
}

/// An act cited by its words, its day and the official journal that
/// printed it (`Gesetz zur Modernisierung des Schuldrechts vom
/// 26.11.2001, BGBl. I S. 3138`, `Loi n° 2016-1321 du 7 octobre 2016 pour
/// une République numérique, JORF n° 0235 du 8 octobre 2016`): a
/// `legislation` work ([`crate::syntax::reference::journal_act`]); a
/// provision after the journal's bracket is the pinpoint.
fn journal_act_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    let (fields, act_end) = crate::syntax::reference::journal_act(item, g)?;
    let tail = item[act_end..].trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.'));
    let locator = if tail.is_empty() {
        None
    } else {
        g.provision.find(tail).filter(|p| p.start == 0)?;
        if tail.chars().nth(40).is_some() {
            return None;
        }
        Some(Locator {
            label: "section".into(),
            value: tail.to_string(),
            ..Default::default()
        })
    };
    Some(full_raw(start, end, signal, locator, fields))
}

/// A statute cited by kind, number and year, then the provision or page
/// cited (`Undang-Undang Nomor 24 Tahun 2003 tentang Mahkamah
/// Konstitusi, Pasal 10`, `UU No. 12 Tahun 2011, Pasal 7 ayat (1)`): a
/// `legislation` work ([`crate::syntax::reference::numbered_statute`])
/// cited at that provision (a `section` locator) or page.
fn numbered_statute_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    // `§ 2 odst. 1 zákona č. 89/2012 Sb., občanský zákoník`: the provision
    // cited may come first, the act after it (its kind declined, as the
    // grammars spell it).
    let Some((fields, name_end)) = crate::syntax::reference::numbered_statute(item, g) else {
        let before = provisions_before(item, g);
        if before == 0 {
            return None;
        }
        // `Art. 93 de la Ley Orgánica 3/2018`, `art. 5 della legge n.
        // 241/1990`, `art. 2 da Lei n. 8.078`: up to two short lowercase
        // words join the provision to its act.
        let mut act = before;
        let (fields, _) = loop {
            if let Some(found) = crate::syntax::reference::numbered_statute(&item[act..], g) {
                break found;
            }
            let word = item[act..].split(' ').next().unwrap_or("");
            let joins = act - before < 12
                && (1..=6).contains(&word.chars().count())
                && word.chars().all(char::is_lowercase);
            if !joins {
                return None;
            }
            act += word.len() + 1;
            if act >= item.len() {
                return None;
            }
        };
        let locator = Locator {
            label: "section".into(),
            value: item[..before].trim().to_string(),
            ..Default::default()
        };
        return Some(full_raw(start, end, signal, Some(locator), fields));
    };
    let tail =
        item[name_end..].trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';'));
    let locator = if let Some(p) = g.provision.find(tail) {
        Some(Locator {
            label: "section".into(),
            value: tail[p.start..].to_string(),
            ..Default::default()
        })
    } else {
        g.page.find(tail).and_then(|m| {
            let (x, y) = m.number?;
            Some(Locator {
                label: "page".into(),
                value: crate::grammar::locator_value(&tail[x..y]),
                ..Default::default()
            })
        })
    };
    Some(full_raw(start, end, signal, locator, fields))
}

/// The length of the provisions at the start of `item` (`§ 2 odst. 1 `,
/// `čl. 10 `): one or more of the grammars' `provision` words with their
/// numbers, each right after the one before, and the space after them; 0
/// when it opens with none.
fn provisions_before(item: &str, g: &Grammar) -> usize {
    if !item.starts_with(|c: char| c == '§' || c.is_alphabetic()) {
        return 0;
    }
    let mut end = 0;
    // A provision at the start is a word and a number: the next 48 bytes
    // hold it, and the rest of the item is not searched.
    let head = |from: usize| &item[from..crate::source::floor_char_boundary(item, from + 48)];
    while let Some(p) = g.provision.find(head(end)).filter(|p| p.start == 0) {
        let after = &item[end + p.end..];
        let space = after.len() - after.trim_start().len();
        if space == 0 {
            break;
        }
        end += p.end + space;
    }
    end
}

/// A text cited by its name, a provision and the act that made it law
/// (`Charte de l'environnement, art. 5, loi constitutionnelle n° 2005-205
/// du 1er mars 2005`; the provision may follow the act): a `legislation`
/// work titled by the name, with the act's number and day
/// ([`crate::syntax::reference::numbered_statute`]), cited at that
/// provision. The name is a few words opening with a capital, without
/// digits.
fn named_text_act_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    let (name, rest) = item.split_once(", ")?;
    let words = name.split_whitespace().count();
    if !name.starts_with(char::is_uppercase)
        || !(1..=8).contains(&words)
        || name.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | ';' | ':'))
    {
        return None;
    }
    // The provision between the name and the act; its number may be the
    // French ordinal of the first (`art. 1er`).
    let (part, _) = rest.split_once(", ")?;
    let bare = part.strip_suffix("er").unwrap_or(part);
    let (between, act) = match g.provision.find(bare).filter(|p| p.start == 0) {
        Some(_) => {
            let (p, act) = rest.split_once(", ")?;
            (Some(p.trim()), act)
        }
        None => (None, rest),
    };
    let (mut fields, act_end) = crate::syntax::reference::numbered_statute(act, g)?;
    let tail =
        act[act_end..].trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';'));
    let after = if tail.is_empty() {
        None
    } else {
        g.provision.find(tail).filter(|p| p.start == 0)?;
        Some(tail)
    };
    if between.is_some() && after.is_some() {
        return None;
    }
    fields.title = Some(crate::text::clean_field(name));
    let locator = between.or(after).map(|value| Locator {
        label: "section".into(),
        value: value.to_string(),
        ..Default::default()
    });
    Some(full_raw(start, end, signal, locator, fields))
}

/// A section of a code cited as American notes cite it: the title's
/// number, the code's abbreviation, the section and the code's year or
/// publisher in brackets (`18 U.S.C. § 2703(d) (2018)`, `47 C.F.R. §
/// 64.2010`, `CAL. PENAL CODE § 1546.1 (West 2016)`). Its runs are
/// unbounded: [`code_section_citation`] checks their lengths.
static CODE_SECTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^((?:([0-9]+) )?([A-Z][A-Za-z.'&]*(?: [A-Z][A-Za-z.'&]*)*)) (§§? ?[0-9][0-9A-Za-z.:()\-–]*(?:(?:, ?| to | & |–|-)[0-9][0-9A-Za-z.:()\-–]*)*)(?: \(([^()]*)\))?\.?$",
    )
});

/// An act cited by its public law ([`public_law`]): the act's name, the
/// law's number, its volume and page in the Statutes at Large with a
/// pinpoint, and brackets after it (a year, or where it was codified).
/// Its runs are bounded by [`statute_name`].
static PUBLIC_LAW: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<name>[^,;()]+), (?P<number>Pub\. ?L\. (?:No\. )?[0-9]{1,3}-[0-9]{1,4})(?:, (?P<vol>[0-9]{1,4}) Stat\. (?P<page>[0-9]{1,5})(?:, (?P<pin>[0-9]{1,5}(?:[-–][0-9]{1,5})?))?)?(?: \((?P<year>[0-9]{4})\))?(?: \([^()]*(?:\([^()]*\)[^()]*)*\))?\.?$",
    )
});

/// A constitution cited at an article or amendment (`U.S. CONST. amend.
/// IV`, `U.S. Const. art. I, § 8, cl. 3`, `CAL. CONST. art. I, § 1`).
static CONSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^((?:U\.S\.|[A-Z][A-Za-z.]*) (?:CONST|Const)\.) ((?:amend|art|pmbl|preamble)\.?(?: [^;()]*)?)\.?$",
    )
});

/// `18 U.S.C. § 2703 (2018)`, `U.S. CONST. amend. IV` ([`CODE_SECTION`],
/// [`CONSTITUTION`]): a `legislation` work titled by the code (`18
/// U.S.C.`) or the constitution, cited at the section or article (a
/// `section` locator), as [`statute_citation`] reads `민법 제750조`. The
/// code's name is a short abbreviation (a period in it, or a last word
/// `Code`, `Law`); the bracket, if any, holds a year.
fn code_section_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    if item.contains("Pub. L.") {
        return public_law(item, g).map(|(fields, pin)| full_raw(start, end, signal, pin, fields));
    }
    if item.len() > 160 || !(item.contains('§') || item.contains("ONST.") || item.contains("onst."))
    {
        return None;
    }
    let legislation = |title: &str, at: &str| {
        let fields = crate::model::CslItem {
            kind: "legislation".into(),
            title: Some(title.to_string()),
            ..Default::default()
        };
        let locator = Some(Locator {
            label: "section".into(),
            value: at.trim().to_string(),
            ..Default::default()
        });
        full_raw(start, end, signal.clone(), locator, fields)
    };
    if let Some(c) = crate::re::captures(&CONSTITUTION, item) {
        if crate::re::group_chars(&c, 2) <= 40 {
            let at = c.get(2)?.as_str().trim_end_matches('.');
            return Some(legislation(c.get(1)?.as_str(), at));
        }
        return None;
    }
    // `Stored Communications Act, 18 U.S.C. § 2703(d) (2018)`: the act's
    // popular name before the code; the code is the work cited.
    let c = crate::re::captures(&CODE_SECTION, item).or_else(|| {
        let (name, rest) = item.split_once(", ")?;
        statute_name(name, g).then_some(())?;
        crate::re::captures(&CODE_SECTION, rest)
    })?;
    let code = c.get(3)?.as_str();
    let last = code.rsplit(' ').next().unwrap_or(code);
    let abbreviated =
        code.contains('.') || ["code", "law"].iter().any(|w| last.eq_ignore_ascii_case(w));
    let dated = c.get(5).is_none_or(|y| {
        y.as_str()
            .split(|c: char| !c.is_ascii_digit())
            .any(crate::grammar::is_year)
    });
    if crate::re::group_chars(&c, 2) > 3 || code.chars().count() > 40 || !abbreviated || !dated {
        return None;
    }
    Some(legislation(c.get(1)?.as_str(), c.get(4)?.as_str()))
}

/// A rule of court cited by its abbreviated rules and number, as
/// American notes cite them (`FED. R. EVID. 702`, `Fed. R. Civ. P.
/// 12(b)(6)`, `SUP. CT. R. 10`): a `legislation` work titled by the
/// rules, cited at the rule (a `rule` locator).
static COURT_RULE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<rules>(?:[A-Z][A-Za-z']{0,8}\. ){0,3}R\.(?: [A-Z][A-Za-z']{0,8}\.){1,3}) (?P<rule>[0-9]{1,4}(?:\.[0-9]{1,3})*(?:\([a-z0-9]{1,4}\)){0,4})(?: \([^()]{0,40}\))?\.?$",
    )
});

/// [`COURT_RULE`] read.
fn court_rule(item: &str) -> Option<(CslItem, Option<Locator>)> {
    if !item.contains(" R.") || item.len() > 120 {
        return None;
    }
    let c = crate::re::captures(&COURT_RULE, item)?;
    let fields = CslItem {
        kind: "legislation".into(),
        title: Some(c.name("rules")?.as_str().to_string()),
        ..Default::default()
    };
    let pin = Locator {
        label: "rule".into(),
        value: c.name("rule")?.as_str().to_string(),
        ..Default::default()
    };
    Some((fields, Some(pin)))
}

/// An order or proclamation cited by its number and where it is printed:
/// `Exec. Order No. 12,333, 3 C.F.R. 200 (1982)`, `Proclamation No.
/// 10,043, 85 Fed. Reg. 34,353 (June 1, 2020)`. A `legislation` work
/// titled by its name and number, with the volume, the printing series
/// and the page, and the year in brackets. Its runs are bounded by
/// [`numbered_order`].
static NUMBERED_ORDER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<name>\p{Lu}[^,;()]*? No\. [0-9][0-9,\-]*), (?P<vol>[0-9]{1,4}) (?P<series>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,3}) (?P<page>[0-9][0-9,]{0,7})(?:, (?P<pin>[0-9][0-9,]{0,7}))?(?: \((?P<date>[^()]*?(?P<year>[0-9]{4}))\))?\.?$",
    )
});

/// Whether ` No. ` stands before the first `,`, `;` or bracket of `s`, as
/// in the name of [`NUMBERED_ORDER`], which holds none of these: a cheap
/// test before the pattern is built or run.
fn order_number_first(s: &str) -> bool {
    let name_end = s.find([',', ';', '(', ')']).unwrap_or(s.len());
    s[..name_end].contains(" No. ")
}

/// [`NUMBERED_ORDER`] read.
fn numbered_order(item: &str) -> Option<(CslItem, Option<Locator>)> {
    if !order_number_first(item) || item.len() > 200 {
        return None;
    }
    let c = crate::re::captures(&NUMBERED_ORDER, item)?;
    let name = c.name("name")?.as_str();
    if name.chars().nth(80).is_some() {
        return None;
    }
    let get = |n: &str| c.name(n).map(|m| m.as_str().to_string());
    let year = c.name("year").and_then(|y| y.as_str().parse().ok());
    let fields = CslItem {
        kind: "legislation".into(),
        title: Some(name.to_string()),
        container_title: get("series"),
        volume: get("vol"),
        page: get("page"),
        issued: year.map(|y| crate::model::CslDate::new(y, None, None, get("date"))),
        ..Default::default()
    };
    Some((fields, get("pin").map(|v| page_locator(&v))))
}

/// Whether `name` is a statute's name as American notes give it before
/// its code or public law: capitalised words ending with a word of the
/// grammars' `signals.statutes`, perhaps with its year (`Stored
/// Communications Act`, `Electronic Communications Privacy Act of 1986`).
fn statute_name(name: &str, g: &Grammar) -> bool {
    let bare = statute_year(name).map_or(name, |(n, _)| n);
    let last = bare.rsplit(' ').next().unwrap_or(bare);
    name.len() <= 160
        && bare.contains(' ')
        && bare.starts_with(|c: char| c.is_uppercase())
        && !bare.contains([',', ';', '(', ')'])
        && g.statutes.iter().any(|w| w == last)
}

/// A statute's name without its year, and the year (`Privacy Act` and
/// `1974` of `Privacy Act of 1974`); `None` where no year ends it.
fn statute_year(name: &str) -> Option<(&str, &str)> {
    name.rsplit_once(" of ")
        .filter(|(_, y)| crate::grammar::is_year(y))
}

/// An American statute cited by its public law (`Electronic Communications
/// Privacy Act of 1986, Pub. L. No. 99-508, 100 Stat. 1848, 1860`, perhaps
/// with a year or a note on its codification in brackets after it): a
/// `legislation` work titled by the act, its number and its place in the
/// Statutes at Large, with the pinpoint page.
fn public_law(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    let c = crate::re::captures(&PUBLIC_LAW, item)?;
    let name = c.name("name")?.as_str();
    if !statute_name(name, g) {
        return None;
    }
    let year = statute_year(name)
        .map(|(_, y)| y)
        .or_else(|| c.name("year").map(|m| m.as_str()));
    let fields = CslItem {
        kind: "legislation".into(),
        title: Some(name.to_string()),
        number: Some(c.name("number")?.as_str().to_string()),
        container_title: c.name("vol").map(|_| "Stat.".to_string()),
        volume: c.name("vol").map(|m| m.as_str().to_string()),
        page: c.name("page").map(|m| m.as_str().to_string()),
        issued: year.and_then(|y| {
            Some(crate::model::CslDate::new(
                y.parse().ok()?,
                None,
                None,
                Some(y.to_string()),
            ))
        }),
        ..Default::default()
    };
    Some((fields, c.name("pin").map(|m| page_locator(m.as_str()))))
}

/// A `page` locator of `value` as written.
fn page_locator(value: &str) -> Locator {
    Locator {
        label: "page".into(),
        value: value.to_string(),
        ..Default::default()
    }
}

/// A full citation of `text[start..end]` with its fields.
fn full_raw(
    start: usize,
    end: usize,
    signal: Option<String>,
    locator: Option<Locator>,
    fields: CslItem,
) -> RawItem {
    RawItem {
        start,
        end,
        kind: CitationKind::Full,
        signal,
        locator,
        short: None,
        back_ref: None,
        fields: Some(Box::new(fields)),
        indirect: false,
    }
}

/// A short form named by its author or its short title (no back-reference
/// word): `Venturi, Settecento riformatore, 5:230`, `MüKoBGB/Wagner, §
/// 823 Rn. 14`.
fn named_short(
    start: usize,
    end: usize,
    signal: Option<String>,
    locator: Option<Locator>,
    author: Option<String>,
    title: Option<String>,
) -> RawItem {
    RawItem {
        start,
        end,
        kind: CitationKind::Short,
        signal,
        locator,
        short: Some(Box::new(ShortFormInfo {
            word: None,
            author,
            date: None,
            title,
            note: None,
        })),
        back_ref: None,
        fields: None,
        indirect: false,
    }
}

/// What one comma part of a book's details was ([`book_detail`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BookDetail {
    Volume,
    Edition,
    Year,
    Other,
}

/// Reads one comma part of a book's details in a law citation into
/// `fields`: a volume (`Bd. 2`), an edition with its year after it (`14.
/// Aufl. 2021`), or a year as `year` reads it. `None` when the part is
/// one of these but malformed (a volume word without its number, an
/// edition followed by no year).
fn book_detail(
    part: &str,
    fields: &mut crate::model::CslItem,
    year: impl Fn(&str) -> Option<crate::model::CslDate>,
    g: &Grammar,
) -> Option<BookDetail> {
    if let Some(v) = g
        .volume
        .find(part)
        .filter(|m| m.start == 0 && m.end == part.len())
    {
        let (x, y) = v.number?;
        fields.volume = Some(part[x..y].to_string());
        return Some(BookDetail::Volume);
    }
    if let Some(e) = crate::syntax::edition::statement(part, g) {
        let rest = part.get(e.len..).unwrap_or("").trim();
        fields.edition = Some(e.value);
        if !rest.is_empty() {
            fields.issued = Some(year(rest)?);
        }
        return Some(BookDetail::Edition);
    }
    Some(match year(part) {
        Some(y) => {
            fields.issued = Some(y);
            BookDetail::Year
        }
        None => BookDetail::Other,
    })
}

/// A commentary cited by the part a commentator wrote: the commentator,
/// the commentary and the provision commented on, with its margin number
/// (the grammars' `provision` and `margin` locators), without a title:
///
/// - `Papier, in: Maunz/Dürig, GG, Art. 34 Rn. 12`, `Wieland, in: Dreier
///   (Hrsg.), GG, Bd. 2, 3. Aufl. 2015, Art. 34 Rn. 7`: the commentator, a
///   container word, the editors or founders (joined by `/`, a role word
///   after them allowed) and the commentary's short title;
/// - `Palandt/Sprau, BGB, 79. Aufl. 2020, § 823 Rn. 1`: the founder or
///   editor, then the commentators after `/`, then the short title;
/// - `MüKoBGB/Wagner, 8. Aufl. 2020, § 823 Rn. 45`: the commentary's
///   abbreviation (a word of two capitals or more, which no family name
///   is), then the commentators;
/// - `Palandt/Sprau, § 823 Rn. 3`, `Maunz/Dürig/Herzog, Art. 20 Rn. 12`:
///   names alone before the provision, the commentary's founder or editor
///   first: a short form by that name, the list's entry being the work.
///
/// Between the short title and the provision stand only a volume, an
/// edition statement and a year. The citation is a `chapter`: the
/// commentator its author, the editors its editors, the commentary its
/// container; the pinpoint is the margin number, else the provision.
fn commentary_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    let body = item.trim_end_matches('.');
    // `BeckOK DatenschutzR/Worms, Art. 17 DS-GVO, Stand: 1.8.2023, Rn.
    // 35`: the day an online commentary was brought up to date, a part of
    // its own, is no part of the provision nor the work's date.
    let (body, state) = without_state_part(body, g);
    let body = body.as_ref();
    // The provision starts a part of the item (after `, `) and the item
    // ends with it, its subdivisions and its margin number.
    // `Staudinger/Hager (2017) § 823 Rn. 12`: the year of the revision
    // cited, in brackets, may stand before the provision without a comma.
    fn bracketed_year(h: &str) -> Option<(&str, &str)> {
        let h = h.trim_end().strip_suffix(')')?;
        let open = h.rfind('(')?;
        let year = &h[open + 1..];
        (year.len() == 4 && year.bytes().all(|c| c.is_ascii_digit()))
            .then(|| (h[..open].trim_end(), year))
    }
    let opens_part = |m: &LexMatch| {
        body.get(..m.start).is_some_and(|h| {
            h.trim_end().ends_with(',') || bracketed_year(h).is_some_and(|(l, _)| l.contains('/'))
        })
    };
    // `Schantz, in: Schantz/Wolff, Das neue Datenschutzrecht, 2017, Rn.
    // 1220`: a handbook its authors wrote in parts, cited by the part's
    // author and a margin number without a provision, after a container
    // word.
    let contained = || {
        body.split(", ")
            .nth(1)
            .is_some_and(|p| g.container_prefix(p.trim_start()).is_some())
    };
    let provision = match g.provision.find_all(body).into_iter().find(opens_part) {
        Some(m) => m,
        None if contained() => g.margin.find_all(body).into_iter().find(opens_part)?,
        None => return None,
    };
    let before = body[..provision.start].trim_end();
    let (head, revision) = match before.strip_suffix(',') {
        Some(head) => (head, None),
        None => bracketed_year(before).map(|(h, y)| (h, Some(y)))?,
    };
    let tail = &body[provision.start..];
    // `Art. 17 DS-GVO, Rn. 35`: the margin number after a comma of its own.
    let tail = match tail.rsplit_once(", ") {
        Some((provision, margin))
            if !provision.contains([',', ';'])
                && g.margin
                    .find(margin)
                    .is_some_and(|m| m.start == 0 && m.end + 4 >= margin.len()) =>
        {
            std::borrow::Cow::Owned(format!("{provision} {margin}"))
        }
        _ => std::borrow::Cow::Borrowed(tail),
    };
    let tail = tail.as_ref();
    // `Art. 1 Abs. 1 Rn. 28 (Erstbearbeitung 1958)`: a remark in brackets
    // after the margin number, words and a year, says when the part was
    // first written; it is no part of the pinpoint.
    let tail = match tail.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((pin, remark))
            if remark.starts_with(char::is_uppercase)
                && !remark.contains(['(', ',', ';'])
                && remark
                    .rsplit(' ')
                    .next()
                    .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())) =>
        {
            pin.trim_end()
        }
        _ => tail,
    };
    if tail.contains([',', ';', '(', '„', '"', '“']) || tail.chars().nth(60).is_some() {
        return None;
    }
    let mut parts = head.split(", ");
    let first = parts.next()?.trim();
    let name = |family: &str| crate::model::CslName {
        family: Some(family.to_string()),
        ..Default::default()
    };
    let slash_names = |s: &str| -> Option<Vec<crate::model::CslName>> {
        let names: Vec<_> = s
            .split('/')
            .map(str::trim)
            .map(|w| family_name_word(w).then(|| name(w)))
            .collect::<Option<_>>()?;
        (!names.is_empty()).then_some(names)
    };
    // `MüKoBGB/Wagner, 8. Aufl. 2020, § 823 Rn. 12`, `HK-BGB/Schulze`.
    let glued = |s: &str| {
        !s.contains(' ')
            && !family_name_word(s)
            && s.chars().filter(|c| c.is_uppercase()).count() >= 2
            && s.split('-')
                .all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic))
    };
    // `BeckOK DatenschutzR/Worms`, `MüKo BGB/Wagner`: a commentary of the
    // grammars' `commentaries` by its abbreviation, a space, and the
    // abbreviation of the field or code it comments on.
    let spaced = |s: &str| {
        let mut words = s.split_whitespace();
        let (Some(series), Some(field), None) = (words.next(), words.next(), words.next()) else {
            return false;
        };
        let key = crate::text::title_key(series).replace(' ', "");
        glued(field) && g.commentaries.iter().any(|(a, _)| *a == key)
    };
    let abbreviation = |s: &str| glued(s) || spaced(s);
    // `BeckOK DatenschutzR/Worms, Art. 17 DS-GVO, Stand: 1.8.2023, Rn.
    // 35`: an online commentary cited with the day of its state is cited
    // in full, though without an edition.
    if let (Some(state), false, None) = (&state, head.contains(", "), revision) {
        let (lead, commentators) = first.split_once('/')?;
        if abbreviation(lead) {
            let fields = crate::model::CslItem {
                kind: "chapter".into(),
                author: slash_names(commentators)?,
                container_title: Some(lead.to_string()),
                accessed: Some(state.clone()),
                ..Default::default()
            };
            let locator = commentary_locator(tail, g);
            return Some(full_raw(start, end, signal, locator, fields));
        }
    }
    let second = match (parts.next(), revision) {
        (Some(second), _) => second.trim(),
        // `Staudinger/Hager (2017)`: the commentary goes by its founder's
        // name alone.
        (None, Some(_)) => "",
        // `MüKoBGB/Wagner, § 823 Rn. 14`: a commentary cited again by its
        // abbreviation and commentator alone, without edition or year, is
        // the short form of its full citation (German legal citation): the
        // commentator its author, the abbreviation its short title.
        (None, None) => {
            let (lead, commentators) = first.split_once('/')?;
            let author = slash_names(commentators)?;
            let locator = commentary_locator(tail, g);
            // `Palandt/Sprau, § 823 Rn. 3`, `Maunz/Dürig/Herzog, Art. 20
            // Rn. 12`: a commentary by its founder's or editor's name (the
            // first), its commentator last, cited without its title: the
            // work of the first name, as a list gives it.
            if !abbreviation(lead) {
                let founder = slash_names(lead)?;
                return Some(named_short(
                    start,
                    end,
                    signal,
                    locator,
                    founder[0].family.clone(),
                    None,
                ));
            }
            return Some(named_short(
                start,
                end,
                signal,
                locator,
                author[0].family.clone(),
                Some(lead.to_string()),
            ));
        }
    };
    // `DS-GVO/BDSG`: two codes' abbreviations, no names.
    let codes_joined = |s: &str| {
        !s.contains(' ')
            && s.split('/').count() == 2
            && s.split('/').all(|p| {
                p.chars().filter(|c| c.is_uppercase()).count() >= 2 && !family_name_word(p)
            })
    };
    let short_title = |s: &str| {
        (1..=3).contains(&s.split_whitespace().count())
            && s.chars().nth(40).is_none()
            && s.chars().next().is_some_and(char::is_uppercase)
            && !s.chars().any(|c| c.is_ascii_digit())
            && (!s.contains('/') || codes_joined(s))
    };
    let (author, editor, work, details): (_, Vec<_>, _, Vec<&str>) = if second.is_empty() {
        // `Staudinger/Hager (2017) § 823 Rn. 12`: the founder, then
        // the commentators.
        let (lead, commentators) = first.split_once('/')?;
        let founder = slash_names(lead)?;
        (slash_names(commentators)?, founder, lead, Vec::new())
    } else if let Some(n) = g.container_prefix(second) {
        let author = slash_names(first)?;
        let editors = crate::syntax::name::strip_roles(second[n..].trim(), g);
        let rest: Vec<&str> = parts.collect();
        match slash_names(editors) {
            // `Papier, in: Maunz/Dürig, GG, …`
            Some(editors) if rest.first().is_some_and(|w| short_title(w.trim())) => {
                (author, editors, rest[0].trim(), rest[1..].to_vec())
            }
            // `Papier/Shirvani, in: MüKo BGB, 8. Aufl. 2020, …`,
            // `Wagner, in: MüKoBGB, …`: the commentary by its short
            // title or abbreviation, no editors named.
            _ => (author, Vec::new(), second[n..].trim(), rest),
        }
    } else {
        let (lead, commentators) = first.split_once('/')?;
        let author = slash_names(commentators)?;
        if abbreviation(lead) {
            // `MüKoBGB/Wagner, 8. Aufl. 2020, …`
            let mut details = vec![second];
            details.extend(parts);
            (author, Vec::new(), lead, details)
        } else {
            // `Palandt/Sprau, BGB, …`
            (author, slash_names(lead)?, second, parts.collect())
        }
    };
    if !short_title(work) {
        return None;
    }
    let mut fields = crate::model::CslItem {
        kind: "chapter".into(),
        author,
        editor,
        container_title: Some(work.to_string()),
        ..Default::default()
    };
    let year = |t: &str| {
        let t = t.trim();
        (t.len() == 4 && t.bytes().all(|c| c.is_ascii_digit()))
            .then(|| t.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1800..=2100).contains(y))
            .map(|y| crate::model::CslDate::new(y, None, None, Some(t.to_string())))
    };
    for part in details {
        if book_detail(part.trim(), &mut fields, year, g)? == BookDetail::Other {
            return None;
        }
    }
    if let Some(y) = revision {
        fields.issued = Some(year(y)?);
    }
    fields.accessed = state;
    let locator = commentary_locator(tail, g);
    Some(full_raw(start, end, signal, locator, fields))
}

/// `body` without a part between commas that opens with a word of the
/// grammars' `accessed` and holds a date alone (`…, Stand: 1.8.2023, …`,
/// `…, abgerufen am 3.5.2021`), and that date: online commentaries and
/// web pages say when they were brought up to date or read. `body` whole
/// when there is none.
fn without_state_part<'b>(
    body: &'b str,
    g: &Grammar,
) -> (std::borrow::Cow<'b, str>, Option<crate::model::CslDate>) {
    let mut from = 0;
    while let Some(i) = body[from..].find(", ") {
        let at = from + i;
        let part_start = at + 2;
        from = part_start;
        let part_end = body[part_start..]
            .find(", ")
            .map_or(body.len(), |j| part_start + j);
        let part = &body[part_start..part_end];
        let Some(w) = g.accessed.find(part).filter(|w| w.start == 0) else {
            continue;
        };
        let after = &part[w.end..];
        let Some(d) = g.dates.first(after) else {
            continue;
        };
        if after[..d.start].trim().is_empty() && after[d.end..].trim().is_empty() {
            let mut kept = body[..at].to_string();
            kept.push_str(&body[part_end..]);
            return (std::borrow::Cow::Owned(kept), Some(d.date));
        }
    }
    (std::borrow::Cow::Borrowed(body), None)
}

/// The pinpoint of a commentary citation, from `tail`, the provision
/// commented on and what follows it: the margin number, else the
/// provision.
fn commentary_locator(tail: &str, g: &Grammar) -> Option<Locator> {
    g.margin
        .find(tail)
        .and_then(|m| m.number)
        .map(|(x, y)| Locator {
            label: "margin".into(),
            value: crate::grammar::locator_value(&tail[x..y]),
            ..Default::default()
        })
        .or_else(|| {
            Some(Locator {
                label: "section".into(),
                value: tail.trim().to_string(),
                ..Default::default()
            })
        })
}

/// [`journal_authors`] of the names that open an item, which
/// [`contribution_citation`] and [`law_book_citation`] ask of the same
/// text in turn (the part before the item's first `, `): read once. A
/// text other than the first asked is read anew.
struct JournalAuthorsOnce<'t, 'g> {
    g: &'g Grammar,
    read: std::cell::OnceCell<(&'t str, Option<(usize, bool)>)>,
}

impl<'t, 'g> JournalAuthorsOnce<'t, 'g> {
    fn new(g: &'g Grammar) -> Self {
        JournalAuthorsOnce {
            g,
            read: std::cell::OnceCell::new(),
        }
    }

    /// [`journal_authors`] of `s`.
    fn get(&self, s: &'t str) -> Option<(usize, bool)> {
        let &(first, found) = self.read.get_or_init(|| (s, journal_authors(s, self.g)));
        if first == s {
            found
        } else {
            journal_authors(s, self.g)
        }
    }
}

/// A contribution to an edited book cited by its author and its book,
/// without its own title (`Vogel, in: Kramer (Hrsg.), Handbuch des
/// Staatshaftungsrechts, Bd. 2, Rn. 88`): names ([`journal_authors`]), a
/// comma, then a container word, the editors with a role word and the book
/// ([`crate::syntax::reference::contribution_in_book`]). The pinpoint is
/// the last locator (`Rn. 88`, `S. 310 (Rn. 12)`).
fn contribution_citation<'t>(
    text: &'t str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
    opening: &JournalAuthorsOnce<'t, '_>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    let (authors, rest) = item.split_once(", ")?;
    let (from, same) = opening.get(authors)?;
    if same {
        return None;
    }
    let mut fields = crate::syntax::reference::contribution_in_book(rest, g)?;
    let names = crate::syntax::name::parse_names(authors[from..].trim(), NameOrder::Natural, g);
    if names.names.is_empty() {
        return None;
    }
    fields.author = names.names;
    fields.et_al = names.et_al;
    let locator = margin_in_brackets(item, g)
        .map(|(_, l)| l)
        .or_else(|| locator_in(rest, g));
    fields.page = None;
    Some(full_raw(start + from, end, signal, locator, fields))
}

/// Whether every number in `title` is an ordinal written with its period
/// before a word (`Gutachten zum 73. Deutschen Juristentag`): a title may
/// hold those, where a journal's year (`NJW 2003`) says the part is no
/// title.
fn ordinals_only(title: &str) -> bool {
    let mut rest = title;
    while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        let after = rest[i..].trim_start_matches(|c: char| c.is_ascii_digit());
        if !after.starts_with(". ") {
            return false;
        }
        rest = after;
    }
    true
}

/// At most this many parts, split at `, `, in a [`law_book_citation`].
const MAX_LAW_BOOK_PARTS: usize = 8;

/// At most this many more comma parts in a [`law_book_citation`]'s title
/// (`Staat, Recht, Macht`).
const MAX_TITLE_PARTS: usize = 3;

/// A book, or a contribution to a book, cited the way German law notes
/// cite them: the authors, a short title, the edition and year, then the
/// pinpoint, with no place or publisher:
///
/// - `Wagner, Deliktsrecht, 14. Aufl. 2021, Rn. 45`, `Larenz,
///   Methodenlehre der Rechtswissenschaft, 6. Aufl. 1991, S. 312`: a book;
///   an edition statement is needed, or the year alone and then a page or
///   margin number (`Hofmann, Mittelbare Verantwortlichkeit, 2017, S. 80`);
/// - `Müller, in: Festschrift für Karl Larenz, 1973, S. 301 (305)`: a
///   contribution to the book after the container word, by its year (or
///   edition and year) and its first page, the pinpoint after it in
///   brackets or after a comma.
///
/// A volume (`Bd. 2`) may stand before the edition. The pinpoint is a
/// page, a margin number or a provision with its margin number
/// (`§ 5 Rn. 3`) that ends the item.
fn law_book_citation<'t>(
    text: &'t str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
    opening: &JournalAuthorsOnce<'t, '_>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    let body = item.trim_end_matches('.').trim_end();
    let parts: Vec<&str> = body.split(", ").collect();
    if !(3..=MAX_LAW_BOOK_PARTS).contains(&parts.len()) {
        return None;
    }
    let (from, same) = opening.get(parts[0])?;
    let in_book = g.container_prefix(parts[1]);
    let title = parts[1][in_book.unwrap_or(0)..].trim();
    if !title.starts_with(|c: char| c.is_uppercase())
        || title.chars().nth(150).is_some()
        || title.contains(['(', '"', '„', '“', ':'])
        || (in_book.is_none() && !ordinals_only(title))
    {
        return None;
    }
    let names_text = parts[0][from..].trim();
    let (author, et_al) = if same {
        let literal = crate::model::CslName {
            literal: Some(names_text.to_string()),
            ..Default::default()
        };
        (vec![literal], false)
    } else {
        let names = crate::syntax::name::parse_names(names_text, NameOrder::Natural, g);
        (names.names, names.et_al)
    };
    if author.is_empty() {
        return None;
    }
    let mut fields = crate::model::CslItem {
        author,
        et_al,
        ..Default::default()
    };
    let year = |t: &str| {
        let t = t.trim();
        crate::grammar::is_year(t)
            .then(|| t.parse::<i32>().ok())
            .flatten()
            .map(|y| crate::model::CslDate::new(y, None, None, Some(t.to_string())))
    };
    // `Schmidt, Staat, Recht, Macht, 2. Aufl. 2021, S. 45`: a book's
    // title may hold commas; German notes end a book with `N. Aufl. Jahr,
    // S. X`, the edition and its year in one part, so everything between
    // the author and that part is the title, where those parts read as a
    // title's words (capitalised, no digits or brackets). A place and a
    // year in parts of their own (`Título, Madrid, 1995`) are no such end.
    let mut k = 2;
    let mut title = title.to_string();
    if in_book.is_none() {
        let detail = |t: usize| {
            let mut probe = crate::model::CslItem::default();
            parts.get(t).is_some_and(|p| {
                book_detail(p.trim(), &mut probe, year, g) == Some(BookDetail::Edition)
                    && probe.issued.is_some()
            })
        };
        if !detail(2) {
            let words = |p: &str| {
                p.starts_with(char::is_uppercase)
                    && p.split_whitespace().count() <= 6
                    && !p.contains(|c: char| c.is_ascii_digit() || "()\"„“:;".contains(c))
            };
            let most = parts.len().min(MAX_TITLE_PARTS + 2);
            // `Staatsrecht, München, 6. Aufl. 2013`: a town of the
            // grammars' `places` before the edition is the place.
            let end = (3..most).find(|&t| detail(t)).filter(|&t| {
                parts[2..t].iter().all(|p| words(p.trim()))
                    && g.places
                        .binary_search(&parts[t - 1].trim().to_string())
                        .is_err()
            });
            // `Schmidt, Staat, Recht, Macht, 2021, S. 14`: German law
            // notes often cite a book by its author, title and year alone,
            // with no place; a year alone in its part, then the pinpoint
            // (or nothing), ends a title whose comma parts all read as
            // title words. A part that looks like a place or a house (a
            // town of the grammars' `places`, a publisher's word, an
            // abbreviation in capitals: `Paris, PUF, 1990`) is an
            // imprint, no title. The pinpoint is written as German notes
            // write it, its word capitalised (`S. 14`, `Rn. 5`, `§ 3`):
            // Romance notes, which cite `Lieu, Éditeur, année, p. 4`, put
            // a lowercase page word there.
            let end = end.or_else(|| {
                let t = (3..most).find(|&t| {
                    parts.get(t).is_some_and(|p| year(p).is_some())
                        && parts.get(t + 1).is_some_and(|p| {
                            let p = p.trim();
                            p.starts_with(|c: char| c.is_uppercase() || c == '§')
                                && ([&g.page, &g.margin, &g.provision]
                                    .iter()
                                    .any(|lex| lex.find(p).is_some_and(|m| m.start == 0))
                                    || part_then_margin(p, g).is_some())
                        })
                })?;
                let imprint_like = |p: &str| {
                    crate::syntax::reference::known_place(p, g)
                        || crate::syntax::reference::has_publisher_word(p, g)
                        || p.split_whitespace().any(|w| {
                            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                                && !w.chars().any(char::is_lowercase)
                        })
                };
                parts[2..t]
                    .iter()
                    .all(|p| words(p.trim()) && !imprint_like(p.trim()))
                    .then_some(t)
            });
            if let Some(t) = end {
                title = parts[1..t].join(", ").trim().to_string();
                k = t;
            }
        }
    }
    // The details: a volume, then the edition and year, or the year alone.
    let mut edition = false;
    while let Some(part) = parts.get(k).map(|p| p.trim()) {
        match book_detail(part, &mut fields, year, g)? {
            BookDetail::Edition => edition = true,
            BookDetail::Other => break,
            BookDetail::Volume | BookDetail::Year => {}
        }
        k += 1;
    }
    fields.issued.as_ref()?;
    // The rest is the pinpoint (or, in a book, the first page and it).
    let rest = parts[k.min(parts.len())..].join(", ");
    let rest = rest.trim();
    if rest.chars().nth(60).is_some() {
        return None;
    }
    let opens_locator =
        |lex: &crate::grammar::Lexicon| lex.find(rest).is_some_and(|m| m.start == 0);
    let locator = if in_book.is_some() {
        // `S. 301 (305)`, `S. 301, 305`, `S. 301 ff.`
        let m = g.page.find(rest).filter(|m| m.start == 0)?;
        let (x, y) = m.number?;
        let after = rest[m.end..].trim().trim_start_matches(',').trim();
        let pin = match after {
            "" | "f." | "ff." => None,
            _ => {
                let inner = after
                    .strip_prefix('(')
                    .and_then(|t| t.strip_suffix(')'))
                    .unwrap_or(after);
                Some(bracketed_pin(inner, g)?)
            }
        };
        fields.page = Some(crate::grammar::locator_value(&rest[x..y]));
        fields.container_title = Some(title.to_string());
        fields.kind = "chapter".into();
        pin
    } else {
        // `Hofmann, Mittelbare Verantwortlichkeit im Internet, 2017, S.
        // 80 ff.`: without an edition, a year and then a pinpoint.
        // `Kap. 7 Rn. 12`: a chapter's margin number.
        let part = part_then_margin(rest, g);
        if !(edition || opens_locator(&g.page) || opens_locator(&g.margin) || part.is_some()) {
            return None;
        }
        let located =
            opens_locator(&g.page) || opens_locator(&g.margin) || opens_locator(&g.provision);
        if !(rest.is_empty() || located || part.is_some()) {
            return None;
        }
        fields.title = Some(title);
        fields.kind = "book".into();
        part.or_else(|| locator_in(rest, g))
    };
    if !rest.is_empty() && locator.is_none() && in_book.is_none() {
        return None;
    }
    let from = start + item[..].find(names_text).unwrap_or(0);
    Some(full_raw(from, end, signal, locator, fields))
}

/// Whether `s` ends with four ASCII digits and a closing bracket, a period
/// after them allowed, as every Bluebook form ([`BLUEBOOK_ARTICLE`],
/// [`BLUEBOOK_BOOK`], [`BLUEBOOK_TITLED`]) ends (`(2015)`, `(2d ed.
/// 2010).`): a cheap test before the patterns are built or run.
fn ends_with_bracketed_year(s: &str) -> bool {
    let t = s.strip_suffix('.').unwrap_or(s);
    t.strip_suffix(')')
        .is_some_and(|t| t.len() >= 4 && t.as_bytes()[t.len() - 4..].iter().all(u8::is_ascii_digit))
}

/// Law-review articles and books in Bluebook form, which name the volume
/// before the journal and put the year in parentheses at the end.
fn bluebook_citation(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (whole, start, end) = trimmed_item(text, a, b);
    let item = bluebook_core(whole, g);
    if let Some(fields) = bluebook_online(item, g) {
        return Some(full_raw(start, end, signal, None, fields));
    }
    if let Some((fields, pin)) = bluebook_newspaper(item, g) {
        return Some(full_raw(start, end, signal, pin, fields));
    }
    if let Some((fields, pin)) = bluebook_bracketed_author(item, g) {
        return Some(full_raw(start, end, signal, pin, fields));
    }
    if let Some((fields, pin)) = bluebook_chapter(item, g) {
        return Some(full_raw(start, end, signal, pin, fields));
    }
    if !ends_with_bracketed_year(item) {
        return None;
    }
    let (c, article) = match crate::re::captures(&BLUEBOOK_ARTICLE, item) {
        Some(c) => (c, true),
        None => match crate::re::captures(&BLUEBOOK_BOOK, item) {
            Some(c) => (c, false),
            None => (crate::re::captures(&BLUEBOOK_TITLED, item)?, false),
        },
    };
    let get = |n: &str| c.name(n).map(|m| m.as_str().trim().to_string());
    let title = get("title")?;
    let too_long = |s: &str, n: usize| s.chars().nth(n).is_some();
    if too_long(&title, 400) || get("journal").is_some_and(|j| too_long(&j, 60)) {
        return None;
    }
    let names = match get("authors") {
        Some(authors) => bluebook_authors(&authors, g)?,
        // A work cited by its title in capitals (`RESTATEMENT (SECOND) OF
        // TORTS § 652B (AM. L. INST. 1977)`): two words or more, and no
        // word of it in small letters.
        None if title.split_whitespace().nth(1).is_some()
            && !title.chars().any(char::is_lowercase)
            && !too_long(&title, 120) =>
        {
            Default::default()
        }
        None => return None,
    };
    let year: i32 = get("year")?.parse().ok()?;
    // What precedes the year in its bracket: an edition (`2d ed.`), or
    // else the publisher (`AM. L. INST.`).
    let ed = c
        .name("ed")
        .map(|m| m.as_str().trim().trim_end_matches(','));
    // A work cited whole, without a pinpoint, is read so only where an
    // institution wrote it (`U.S. Dep't of State, Country Reports …
    // (2020)`): names and a year in brackets alone are an author-date
    // reference (`Moreau, Petit et Durand (2012)`), and a court before a
    // journal's year and page (`BGH NJW 2005, 1234 (1236)`) a decision.
    // Nor does the Bluebook name a place before the publisher: `Title
    // (London: Macmillan, 2001)` is a note of another style.
    let whole_work = !article && c.name("authors").is_some() && c.name("pin").is_none();
    // A paper's number in the bracket (`Report (Cmnd. 5460, 1973)`) is
    // read by the rules for official papers.
    let numbered = |e: &str| {
        e.contains(|c: char| c.is_ascii_digit())
            && crate::syntax::edition::statement(e, g).is_none()
    };
    if whole_work
        && (ed.is_some_and(|e| e.contains(':') || numbered(e))
            || get("authors").is_none_or(|a| institutional_author(&a, g).is_none())
            || !title.starts_with(char::is_uppercase))
    {
        return None;
    }
    let edition = ed
        .and_then(|e| crate::syntax::edition::statement(e, g))
        .map(|e| e.value);
    // `(Clinton Rossiter ed., 1961)`: an editor, whose word is in small
    // letters, is no publisher.
    let by_editor = |e: &str| {
        e.rsplit(' ')
            .next()
            .is_some_and(|w| w.chars().all(|c| c.is_lowercase() || c == '.'))
    };
    let publisher = ed
        .filter(|e| {
            edition.is_none() && !e.is_empty() && !e.contains(char::is_numeric) && !by_editor(e)
        })
        .map(str::to_string);
    let number = get("number");
    let kind = match (article, &number) {
        (true, _) => "article-journal",
        (false, Some(_)) => "report",
        (false, None) => "book",
    };
    let fields = crate::model::CslItem {
        kind: kind.into(),
        title: Some(title),
        number,
        author: names.names,
        et_al: names.et_al,
        container_title: get("journal"),
        volume: get("vol"),
        page: get("page"),
        publisher,
        edition,
        issued: Some(crate::model::CslDate::new(year, None, None, get("year"))),
        ..Default::default()
    };
    let parsed = ParsedReference {
        item: fields,
        title_is_book: !article,
        ..Default::default()
    };
    // A treatise cited at a section (`LAFAVE, SEARCH AND SEIZURE § 2.1 (5th
    // ed. 2012)`) rather than a page.
    let locator = get("pin").map(|value| Locator {
        label: if value.starts_with('§') {
            "section"
        } else {
            "page"
        }
        .into(),
        value,
        ..Default::default()
    });
    Some(full_raw(start, end, signal, locator, parsed.item))
}

/// An institution as the author of a Bluebook citation (rule 15.1(c):
/// `U.S. Dep't of State`, `Fed. Trade Comm'n`, `Nat'l Rsch. Council`): a
/// few words without a comma or a colon (a title's), one of them a word of
/// the grammars' `names.organisation_words`, is one literal name, never persons. Two
/// capitalised words alone may be a person's (`Emily Post`): the name
/// needs a third word, a word in small letters (`of`) or an abbreviated
/// one (`Dep't`, `U.S.`).
fn institutional_author(authors: &str, g: &Grammar) -> Option<crate::syntax::name::Names> {
    let words: Vec<&str> = authors.split_whitespace().collect();
    let body = words
        .iter()
        .any(|w| crate::text::with_lowercase(w, |l| g.organisation_latin.contains(l)));
    let not_a_person = words.len() > 2
        || words
            .iter()
            .any(|w| w.starts_with(char::is_lowercase) || w.contains(['.', '\'', '’']));
    let fits = body
        && not_a_person
        && words.len() <= 10
        && !authors.contains([',', ';', ':'])
        && !authors.contains(|c: char| c.is_ascii_digit())
        && !authors.contains(" v. ");
    fits.then(|| crate::syntax::name::Names {
        names: vec![crate::model::CslName {
            literal: Some(authors.trim().to_string()),
            ..Default::default()
        }],
        et_al: false,
    })
}

/// The authors that open a Bluebook citation, read in natural order:
/// `None` where they are too long to be names, read as a case's parties
/// (`v.`), or open with prose.
fn bluebook_authors(authors: &str, g: &Grammar) -> Option<crate::syntax::name::Names> {
    if let Some(body) = institutional_author(authors, g) {
        return Some(body);
    }
    if authors.chars().nth(120).is_some()
        || authors.contains(" v. ")
        || !looks_like_authors(authors)
        || prose_prefix_len(authors, g) > 0
    {
        return None;
    }
    let names = crate::syntax::name::parse_names(authors, NameOrder::Natural, g);
    (!names.names.is_empty()).then_some(names)
}

/// A chapter of an edited book in Bluebook form: authors, title, `in`, the
/// book's title, the chapter's first page and the pinpoint, and the
/// editors and year in brackets (`Jane Doe, Privacy and Its Limits, in THE
/// CAMBRIDGE HANDBOOK OF PRIVACY 45, 50 (John Roe ed., 2010)`). The
/// editors are the names before a role word of the grammars.
fn bluebook_chapter(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    if !item.contains(", in ") {
        return None;
    }
    let c = crate::re::captures(&BLUEBOOK_CHAPTER, item)?;
    let names = bluebook_authors(c.name("authors")?.as_str().trim(), g)?;
    let title = c.name("title")?.as_str().trim();
    let book = c.name("book")?.as_str().trim();
    if title.chars().nth(300).is_some() || book.chars().nth(300).is_some() {
        return None;
    }
    let year: i32 = c.name("year")?.as_str().parse().ok()?;
    let ed = c.name("ed").map_or("", |m| m.as_str().trim());
    let named = crate::syntax::name::strip_roles(ed, g);
    let editor = if !ed.is_empty() && named.len() < ed.len() {
        crate::syntax::name::parse_names(named, NameOrder::Natural, g).names
    } else {
        Vec::new()
    };
    let fields = CslItem {
        kind: "chapter".into(),
        title: Some(title.to_string()),
        author: names.names,
        et_al: names.et_al,
        editor,
        container_title: Some(book.to_string()),
        page: c.name("page").map(|m| m.as_str().to_string()),
        issued: Some(crate::model::CslDate::new(
            year,
            None,
            None,
            Some(year.to_string()),
        )),
        ..Default::default()
    };
    Some((fields, c.name("pin").map(|m| page_locator(m.as_str()))))
}

/// [`bluebook_chapter`]'s form. Its runs are unbounded: the function
/// checks their lengths.
static BLUEBOOK_CHAPTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<authors>\p{Lu}[^,;]*(?:,? (?:&|and) [^,;]+)?), (?P<title>[^;]+?), in (?P<book>\p{Lu}[^;]*?) (?P<page>[0-9]{1,6})(?:, (?P<pin>[0-9]{1,6}(?:[-–][0-9]{1,6})?))? \((?:(?P<ed>[^()]*?),? )?(?P<year>[0-9]{4})\)\.?$",
    )
});

/// A piece online in Bluebook form: authors (if any), title, the site or
/// paper in capitals, the date in brackets and the address (`Adam Liptak,
/// Justices Weigh Privacy, N.Y. TIMES (June 22, 2018), https://…`, `Jane
/// Doe, Privacy Matters, LAWFARE (Mar. 1, 2021, 9:00 AM), https://…`). A
/// newspaper's name makes it an `article-newspaper`, any other site a
/// `webpage`; the site is its container either way.
fn bluebook_online(item: &str, g: &Grammar) -> Option<CslItem> {
    if !item.contains(" (") {
        return None;
    }
    let c = crate::re::captures(&BLUEBOOK_ONLINE, item)?;
    let site = c.name("site")?.as_str().trim();
    let paper = crate::syntax::official::newspaper_name(site, g);
    if site.chars().count() > 60 || (!paper && site.chars().any(char::is_lowercase)) {
        return None;
    }
    let date = c.name("date")?.as_str();
    let d = g.dates.first(date).filter(|d| d.start == 0)?;
    d.date.month()?;
    let (title, names) = headline_and_authors(&c, g)?;
    Some(CslItem {
        kind: if paper {
            "article-newspaper"
        } else {
            "webpage"
        }
        .into(),
        title: Some(title.to_string()),
        author: names.names,
        et_al: names.et_al,
        container_title: Some(site.to_string()),
        issued: Some(d.date),
        url: c.name("url").map(|m| m.as_str().to_string()),
        ..Default::default()
    })
}

/// The headline (300 characters at most) and the authors (if any) of a
/// Bluebook article read by [`bluebook_online`] or [`bluebook_newspaper`]
/// (groups `title` and `authors`); `None` when either will not do.
fn headline_and_authors<'t>(
    c: &regex::Captures<'t>,
    g: &Grammar,
) -> Option<(&'t str, crate::syntax::name::Names)> {
    let title = c.name("title")?.as_str().trim();
    if title.chars().count() > 300 {
        return None;
    }
    let names = match c.name("authors").map(|m| m.as_str().trim()) {
        Some(authors) => bluebook_authors(authors, g)?,
        None => Default::default(),
    };
    Some((title, names))
}

/// [`bluebook_online`]'s form. Its runs are unbounded: the function checks
/// their lengths.
static BLUEBOOK_ONLINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?:(?P<authors>\p{Lu}[^,;()]*(?:,? (?:&|and) [^,;()]+)?), )?(?P<title>\p{Lu}[^;]*?), (?P<site>\p{Lu}[^,;()]*?) \((?P<date>[^()]{6,40})\)(?:, (?P<url>https?://\S+?))?\.?$",
    )
});

/// A printed newspaper's article in Bluebook form (rule 16.6): authors
/// (if any), the headline, the paper's name (abbreviated by table T13 and
/// in small capitals, which come out of a PDF as capitals), the day of the
/// issue and the page after `at` (`John Roe, Council Weighs Limits, WASH.
/// POST, Apr. 2, 2019, at B3`, `Wall St. J., June 1, 2018, at A2`). The
/// name must be a newspaper's ([`crate::syntax::official::newspaper_name`])
/// and the date hold a month and day, so that a journal cited by volume and
/// year is never one; a comma inside the headline (`Police Bought Phone
/// Data, Records Show`) stays in it. The page is the pinpoint.
fn bluebook_newspaper(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    let c = crate::re::captures(&BLUEBOOK_NEWSPAPER, item)?;
    let paper = c.name("paper")?.as_str().trim();
    if paper.chars().count() > 60 || !crate::syntax::official::newspaper_name(paper, g) {
        return None;
    }
    let d = g
        .dates
        .first(c.name("date")?.as_str())
        .filter(|d| d.start == 0)?;
    d.date.day()?;
    let (title, names) = headline_and_authors(&c, g)?;
    let fields = CslItem {
        kind: "article-newspaper".into(),
        title: Some(title.to_string()),
        author: names.names,
        et_al: names.et_al,
        container_title: Some(paper.to_string()),
        issued: Some(d.date),
        ..Default::default()
    };
    Some((fields, c.name("pin").map(|m| page_locator(m.as_str()))))
}

/// [`bluebook_newspaper`]'s form: the date is a word (the month), the day
/// and the year, and the page a number with an optional section letter
/// (`A1`, `B3`, `12`), a range or list of them allowed. Its runs are
/// unbounded: the function checks their lengths.
static BLUEBOOK_NEWSPAPER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?:(?P<authors>\p{Lu}[^,;()]*(?:,? (?:&|and) [^,;()]+)?), )?(?P<title>\p{Lu}[^;]*?), (?P<paper>\p{Lu}[^,;()]*?), (?P<date>\p{L}+\.? [0-9]{1,2}, [0-9]{4})(?:,? at (?P<pin>[A-Z]?[0-9]{1,4}[A-Z]?(?:(?:[-–]|, )[A-Z]?[0-9]{1,4}[A-Z]?)*))?\.?$",
    )
});

/// A work cited by its title in capitals with its author's name in a
/// bracket after it, as The Bluebook cites a collection's numbered piece
/// whose title names the collection (`THE FEDERALIST NO. 10 (James
/// Madison)`, `THE FEDERALIST NO. 78, at 465 (Alexander Hamilton) (Clinton
/// Rossiter ed., 1961)`): the title as written, the page after `at` the
/// pinpoint, the person in the first bracket the author, the names before
/// a role word in the second (if any) the editors, and its year; a work
/// known by its title, CSL's `classic`, that needs no date. The title
/// has two words or more and no small letter (small capitals), unless it
/// ends in a piece's number (`The Federalist No. 10`); the first bracket holds
/// a person's name alone: no digit, no role word, so a publisher's and
/// year's bracket (`RESTATEMENT (SECOND) OF TORTS § 652B (AM. L. INST.
/// 1977)`) is none.
fn bluebook_bracketed_author(item: &str, g: &Grammar) -> Option<(CslItem, Option<Locator>)> {
    if !item.ends_with(')') && !item.ends_with(").") {
        return None;
    }
    let c = crate::re::captures(&BLUEBOOK_BRACKETED_AUTHOR, item)?;
    let title = c.name("title")?.as_str().trim();
    let person = c.name("author")?.as_str().trim();
    // A numbered piece (`No. 10`) may be titled in roman.
    let numbered = title
        .rsplit_once(' ')
        .is_some_and(|(h, n)| h.ends_with('.') && n.bytes().all(|b| b.is_ascii_digit()));
    if title.chars().nth(120).is_some()
        || title.split_whitespace().nth(1).is_none()
        || title.chars().any(char::is_lowercase) && !numbered
        || person.chars().any(|c| c.is_ascii_digit())
        || crate::syntax::name::strip_roles(person, g).len() < person.len()
    {
        return None;
    }
    let names = bluebook_authors(person, g)?;
    // Each name a person's: capitalised words with small letters
    // (`James Madison`), no body in capitals (`AM. L. INST.`).
    if names.names.iter().any(|n| n.family.is_none()) {
        return None;
    }
    let ed = c.name("ed").map_or("", |m| m.as_str().trim());
    let named = crate::syntax::name::strip_roles(ed, g);
    let editor = if !ed.is_empty() && named.len() < ed.len() {
        crate::syntax::name::parse_names(named, NameOrder::Natural, g).names
    } else {
        Vec::new()
    };
    let issued = match c.name("year") {
        Some(y) => Some(crate::model::CslDate::new(
            y.as_str().parse().ok()?,
            None,
            None,
            Some(y.as_str().to_string()),
        )),
        None => None,
    };
    // A work known by its title (CSL's `classic`), in the edition cited
    // if any.
    let fields = CslItem {
        kind: "classic".into(),
        title: Some(title.to_string()),
        author: names.names,
        et_al: names.et_al,
        editor,
        issued,
        ..Default::default()
    };
    Some((fields, c.name("pin").map(|m| page_locator(m.as_str()))))
}

/// [`bluebook_bracketed_author`]'s form. Its runs are unbounded: the
/// function checks their lengths.
static BLUEBOOK_BRACKETED_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?P<title>\p{Lu}[^,;()]*?)(?:, at (?P<pin>[0-9]{1,6}(?:[-–][0-9]{1,6})?))? \((?P<author>\p{Lu}[^()]*?)\)(?: \((?:(?P<ed>[^()]*?),? )?(?P<year>[0-9]{4})\))?\.?$",
    )
});

/// A Bluebook citation without what may follow its year in brackets: an
/// explanatory parenthetical (`… (2011) (arguing that …).`) and a short
/// name defined for it (`… (2006) [hereinafter Solove, Taxonomy].`). Each
/// is cut from the end only when a bracket closing on a year stands before
/// it, so a title's own brackets stay.
fn bluebook_core<'s>(item: &'s str, g: &Grammar) -> &'s str {
    let mut core = item.trim_end_matches(['.', ' ']);
    loop {
        let Some(last) = core.chars().last() else {
            return item;
        };
        let (open, close) = match last {
            ')' => ('(', ')'),
            ']' => ('[', ']'),
            _ => return core,
        };
        // The bracket that closes `core`, with the brackets nested in it.
        let mut depth = 0usize;
        let mut from = None;
        for (i, c) in core.char_indices().rev() {
            if c == close {
                depth += 1;
            } else if c == open {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    from = Some(i);
                    break;
                }
            }
        }
        let Some(from) = from else {
            return core;
        };
        let inner = &core[from + 1..core.len() - 1];
        let before = core[..from].trim_end();
        let dated = |s: &str| {
            s.strip_suffix(')')
                .map(|s| s.trim_end())
                .and_then(|s| s.get(s.len().saturating_sub(4)..))
                .is_some_and(crate::grammar::is_year)
        };
        if !dated(before) || (open == '[' && g.after_hereafter(inner.trim()).is_none()) {
            return core;
        }
        core = before;
    }
}

/// `s` after the first of `words` that opens it with a space after it,
/// the white space trimmed (`II OSK 123/18` of `sygn. akt II OSK 123/18`,
/// `574/2016` of `n. 574/2016`); `None` where none opens it so.
fn after_word<'s, 'w>(s: &'s str, words: impl IntoIterator<Item = &'w str>) -> Option<&'s str> {
    words.into_iter().find_map(|w| {
        s.strip_prefix(w)
            .filter(|r| r.starts_with(' '))
            .map(str::trim_start)
    })
}

/// The item `text[a..b]` without surrounding white space, with its range.
fn trimmed_item(text: &str, a: usize, b: usize) -> (&str, usize, usize) {
    let raw = &text[a..b];
    let lead = raw.len() - raw.trim_start().len();
    let item = raw.trim();
    (item, a + lead, a + lead + item.len())
}

/// A full citation already parsed, with its pinpoint page.
fn full_item(
    start: usize,
    end: usize,
    signal: Option<String>,
    pin: Option<String>,
    parsed: ParsedReference,
) -> RawItem {
    let locator = pin.map(|value| Locator {
        label: "page".into(),
        value,
        ..Default::default()
    });
    full_raw(start, end, signal, locator, parsed.item)
}

/// The last part of `head` (after its last comma) is a word of the
/// grammars' `state` or `accessed` (`Müller, Polizeigesetz, Loseblatt,
/// Stand:` before `März 2021`): the date after it is the state of a
/// loose-leaf work or the day a page was read, and the parts before it
/// are no authors.
fn ends_with_state_word(head: &str, g: &Grammar) -> bool {
    let last = head
        .rsplit(',')
        .next()
        .unwrap_or(head)
        .trim()
        .trim_end_matches(':');
    !last.is_empty()
        && (g.state_words.iter().any(|w| w == last)
            || g.accessed
                .find(last)
                .is_some_and(|m| m.start == 0 && m.end + 1 >= last.len()))
}

/// `Müller 1998, S. 12`, `Smith (2019), 45`, `Kim and Lee 2020: 3`: an
/// author-date reference inside a note, linked by author and year like an
/// in-text citation. The names must stand alone before the year and only a
/// locator may follow it.
fn author_year(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let item = text[a..b].trim_end().trim_end_matches('.');
    let lead = item.len() - item.trim_start().len();
    let item = item.trim_start();
    let mut d = g.dates.find_all(item).into_iter().next()?;
    // `On France, Moreau, Petit and Durand (2012), p. 45`: the lead-in
    // before the names is no author.
    let cut = note_lead_in_len(&item[..d.start], g);
    let (lead, item) = (lead + cut, &item[cut..]);
    d.start -= cut;
    d.end -= cut;
    let head = item[..d.start].trim().trim_end_matches(['(', ',']).trim();
    let tail = item[d.end..].trim_start_matches([')', ',', ':', ' ']);
    let locator = locator_in(tail, g);
    let starts_ok = head
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || crate::segment::is_cjk(c));
    // `Ogilvie, State Corporatism, 1580–1797, Cambridge 1997`: a year that
    // opens a span of years belongs to a title.
    let span = item[d.end..].starts_with(['–', '-', '—']);
    // `한국교육개발원(2020), 『정책 연구』, 진천: 한국교육개발원, 45쪽`: a
    // title between the year and the page makes the note a full citation,
    // whose year follows the names.
    let before_page = g.page.find(tail).map_or(tail, |m| &tail[..m.start]);
    // `OECD(2019), Education at a Glance 2019, Paris: OECD Publishing, p.
    // 120`: so does a title without marks before a place and publisher.
    let imprint = before_page.trim_end().trim_end_matches(',');
    let titled = find_title(before_page).is_some()
        || imprint.contains(':')
            && crate::syntax::reference::comma_title_before_place_publisher(imprint, g).is_some();
    // `J. Kowalski, Historia Polski (1918). Zarys, Warszawa: PWN, 1990`:
    // a year in brackets in the title that the name opens.
    let in_title = || crate::syntax::reference::year_in_title_after_name(head, &item[d.end..], g);
    if head.is_empty()
        || span
        || titled
        || in_title()
        || !starts_ok
        || head.chars().any(|c| c.is_ascii_digit())
        || head.chars().count() > 60
        || head.split_whitespace().count() > 6
        || prose_prefix_len(head, g) > 0
        || head.contains(['(', '（', '[', '"', '“', '«', '„'])
        || !looks_like_authors(head)
        || inverted_name_then_title(head, g)
        || ends_with_state_word(head, g)
        || (!tail.trim().is_empty() && locator.is_none())
    {
        return None;
    }
    Some(RawItem {
        start: a + lead,
        end: a + lead + item.len(),
        kind: CitationKind::AuthorDate,
        signal,
        locator,
        short: Some(Box::new(ShortFormInfo {
            word: None,
            author: Some(head.to_string()),
            date: Some(item[d.start..d.end].to_string()),
            title: None,
            note: None,
        })),
        back_ref: None,
        fields: None,
        indirect: false,
    })
}

/// Length, with its comma and space, of a lead-in phrase before the names
/// of a note's author-date reference or author list (`On France, Moreau,
/// Petit and Durand (2012)`, `Sur ce point, Moreau, Petit et Durand
/// (2012)`): one to five words before the first comma, the first written
/// in lowercase or a word the grammars' `in_text.lead_words` give as
/// prose opening a sentence (`On`, `Sur`, `Following`), then a capital.
/// A name never opens with such a word. 0 where `head` has none.
pub(crate) fn note_lead_in_len(head: &str, g: &Grammar) -> usize {
    let Some((first, rest)) = head.split_once(", ") else {
        return 0;
    };
    let mut words = first.split_whitespace();
    let Some(word) = words.next() else {
        return 0;
    };
    let count = 1 + words.count();
    let lead_word = || {
        word.starts_with(char::is_lowercase)
            || g.in_text_lead.binary_search(&word.to_lowercase()).is_ok()
    };
    if count > 5
        || first.len() != first.trim_start().len()
        || first.bytes().any(|b| b.is_ascii_digit())
        || !rest.starts_with(char::is_uppercase)
        || !lead_word()
    {
        return 0;
    }
    first.len() + 2
}

/// Whether `head`, the words before an author-date item's year, is a
/// first author written family name first with a given name of one word,
/// then a title (`Kötz, Hein, Trust und Treuhand`, `Kötz, H., Trust und
/// Treuhand`): a comma part after them of two single words joined by an
/// `and` word of the grammars is no pair of authors, since authors after
/// one named with a given name are not named by the family name alone.
/// A serial comma (`Smith, Jones, and Lee`) or a second author inverted
/// too (`Kötz, Hein, Müller, Hans und Weber, Klaus`) keeps the list.
fn inverted_name_then_title(head: &str, g: &Grammar) -> bool {
    let mut parts = head.split(',').map(str::trim);
    let (Some(family), Some(given)) = (parts.next(), parts.next()) else {
        return false;
    };
    let single = |w: &str| !w.is_empty() && !w.contains(' ') && w.starts_with(char::is_uppercase);
    if !single(family) || !single(given) {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    rest.len() == 1 && {
        let words: Vec<&str> = rest[0].split_whitespace().collect();
        words.len() == 3
            && single(words[0])
            && single(words[2])
            && g.and_words.iter().any(|a| a == words[1])
    }
}

/// A book cited by its author written family name first, the title
/// without marks and the year in brackets, then perhaps a pinpoint, as
/// Chinese and Japanese papers cite German and other works (`Kötz, Hein,
/// Trust und Treuhand (1963), S. 12`, `Larenz, Karl, Methodenlehre der
/// Rechtswissenschaft (1991)`): a family name and a given name of one
/// word each, then a title of two words or more, a `book` of that year.
/// The title holds no comma (`Kötz, Hein, Müller, Hans (1963)` is two
/// names).
fn inverted_author_title_year(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    if item.len() > 300 || !item.starts_with(char::is_uppercase) || !item.contains(" (") {
        return None;
    }
    let body = item.trim_end_matches('.');
    let open = body.find(" (")?;
    let after = &body[open + 2..];
    let year = after.get(..4).filter(|y| crate::grammar::is_year(y))?;
    let tail = after[4..].strip_prefix(')')?.trim_start_matches([',', ' ']);
    let locator = locator_in(tail, g);
    if !tail.is_empty() && locator.is_none() {
        return None;
    }
    let head = &body[..open];
    let mut parts = head.splitn(3, ',').map(str::trim);
    let (family, given, title) = (parts.next()?, parts.next()?, parts.next()?);
    // `Larenz, Karl, Methodenlehre der Rechtswissenschaft`: words with no
    // word joining names are one title (or one name, which would follow
    // a joining word); with one, only the shape of
    // [`inverted_name_then_title`] is a title.
    let joined = title
        .split_whitespace()
        .any(|w| g.and_words.iter().any(|a| a == w));
    let single = |w: &str| !w.is_empty() && !w.contains(' ') && w.starts_with(char::is_uppercase);
    if !single(family)
        || !single(given)
        || title.contains(',')
        || !title.starts_with(char::is_uppercase)
        || title.split_whitespace().nth(1).is_none()
        || title.chars().count() > 200
        || (joined && !inverted_name_then_title(head, g))
    {
        return None;
    }
    let fields = crate::model::CslItem {
        kind: "book".into(),
        author: vec![crate::model::CslName {
            family: Some(family.to_string()),
            given: Some(given.to_string()),
            ..Default::default()
        }],
        title: Some(title.to_string()),
        issued: Some(crate::model::CslDate::new(
            year.parse().ok()?,
            None,
            None,
            Some(year.to_string()),
        )),
        ..Default::default()
    };
    Some(full_raw(start, end, signal, locator, fields))
}

/// Whether the names of an author-date item are a list: names separated
/// by commas, the last joined by a word or mark of the grammars that joins
/// names (`Stobart, Hann and Morgan`, `Stobart, Hann, & Morgan`).
fn names_list(item: &RawItem, g: &Grammar) -> bool {
    let Some(head) = item.short.as_ref().and_then(|s| s.author.as_deref()) else {
        return false;
    };
    let Some((_, last)) = head.rsplit_once(',') else {
        return false;
    };
    last.split_whitespace()
        .any(|w| g.and_words.iter().any(|a| a == w))
}

/// Most bytes of an author-date reference with its page
/// ([`author_year_then_more`]): a cut further from the start of a piece
/// is no end of one.
const MAX_AUTHOR_YEAR: usize = 300;

/// `Muldrew 1998, 95–119. For the older view, see Hatcher 1977, 63.`,
/// `Dyrvik 1999, 45, and Hansen, Norsk historie, 12.`: an author-date
/// reference with a pinpoint, then, after the end of its sentence or a
/// comma and a word joining items (the grammars' `and` words written in
/// letters, or a signal), more of the note, which is read as items of
/// its own. Such references one after another are each an item; the
/// rest after the last is read as items as usual (without this rule).
/// Pushes the items, and says whether it did: only when the rest holds a
/// citation. One pass over the item's cuts, each piece read once: a note
/// of thousands of such references costs in proportion to its length.
fn author_year_then_more(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: &Option<String>,
    out: &mut Vec<RawItem>,
) -> bool {
    let Some(item) = text.get(a..b) else {
        return false;
    };
    // Cheap gate: a capital or CJK letter opens the names, and a digit
    // follows somewhere.
    let opens = item
        .trim_start()
        .starts_with(|c: char| c.is_uppercase() || crate::segment::is_cjk(c));
    if !opens || !item.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut firsts: Vec<(usize, RawItem)> = Vec::new();
    let mut start = 0;
    for (cut, next) in item_cuts(item, g) {
        if cut <= start {
            continue;
        }
        if cut - start > MAX_AUTHOR_YEAR {
            break;
        }
        let signal = if firsts.is_empty() {
            signal.clone()
        } else {
            None
        };
        let Some(first) = author_year(text, a + start, a + cut, g, signal) else {
            continue;
        };
        if first.locator.is_none() {
            continue;
        }
        firsts.push((start, first));
        start = next;
    }
    // The rest after the last reference must hold a citation; if it does
    // not, the last reference and the rest are read together, as usual.
    let Some((last_start, _)) = firsts.last() else {
        return false;
    };
    let last_start = *last_start;
    let mut rest = Vec::new();
    classify_item_as(text, a + start, b, g, None, false, &mut rest);
    if rest.is_empty() {
        firsts.pop();
        if firsts.is_empty() {
            return false;
        }
        classify_item_as(text, a + last_start, b, g, None, false, &mut rest);
    }
    out.extend(firsts.into_iter().map(|(_, f)| f));
    out.extend(rest);
    true
}

/// Where an item may end before more of the note, and where the more
/// starts (byte offsets in `item`), in order: after a page and the end of
/// its sentence (a digit, a period and a space), and before `, and`, `,
/// see` (a joining word or a signal after a comma; the more starts after
/// the comma).
fn item_cuts(item: &str, g: &Grammar) -> Vec<(usize, usize)> {
    let mut cuts = Vec::new();
    let mut prev: Option<char> = None;
    let mut chars = item.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_space = chars.peek().is_some_and(|&(_, n)| n == ' ');
        if c == '.' && next_space && prev.is_some_and(|p| p.is_ascii_digit()) {
            cuts.push((i + 1, i + 1));
        } else if c == ',' && next_space {
            let after = item[i + 1..].trim_start();
            // A joining word written in letters (`and`, not `&`).
            let joins = g.and_words.iter().any(|w| {
                after
                    .strip_prefix(w.as_str())
                    .is_some_and(|r| r.starts_with(' '))
                    && w.chars().all(char::is_alphabetic)
            });
            let signal = g.signals.find(after).is_some_and(|m| m.start == 0);
            if joins || signal {
                cuts.push((i, i + 1));
            }
        }
        prev = Some(c);
    }
    cuts
}

/// `Doe, The Archive and the State, 40.`: a short form whose title lost its
/// italics. Only this tight shape counts (a name of one or two capitalised
/// words after at most two initials, `R. Traba`, or two names joined by a
/// word or `&`, `Greenhill and Giffard`; a title, which may hold commas,
/// `Steam, Politics and Patronage`; a page number, after a volume and a
/// colon in `4:207`), so that prose is never taken for it.
/// Its runs are unbounded: [`undelimited_short_parts`] checks their lengths
/// (bounded repetitions of Unicode classes are slow to compile).
static UNDELIMITED_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^((?:[a-z][a-z.]* ){0,2}(?:\p{Lu}\. ){0,2}\p{Lu}[\p{L}'’\-]+\.?(?: \p{Lu}[\p{L}'’\-]+)?), (\p{Lu}([^;()]{2,}?)), (?:((\p{L}+)\.\s?(?:[0-9]+|[IVX]+)), )?(?:(\p{L}+)\.\s?)?((?:([0-9]+):)?(?:([0-9]+)\.(?:([0-9]+)\.)?)?([0-9]+)(?:\s*[-–]\s*([0-9]+))?)\.?$",
    )
});

/// The author, title and pages of `Doe, The Archive and the State, 40.`, as
/// `^((?:[a-z][a-z.]* ){0,2}(?:\p{Lu}\. ){0,2}\p{Lu}[\p{L}'’\-]+\.?(?: \p{Lu}[\p{L}'’\-]+)?),
/// (\p{Lu}[^;()]{2,100}?), (?:\p{L}{1,5}\.\s?(?:[0-9]{1,5}|[IVX]+), )?(?:\p{L}{1,3}\.\s?)?((?:[0-9]{1,5}:)?(?:[0-9]{1,5}\.(?:[0-9]{1,5}\.)?)?[0-9]{1,5}(?:\s*[-–]\s*[0-9]{1,5})?)\.?$`
/// (with a volume before the pages, `Bd. 2, Rn. 12`, name particles
/// before the name, `v. Bar`, and a classical work's book and line or
/// chapter and section before the last number, `Ovid, Metamorphoses,
/// 4.55`)
/// captures them. The title is the shortest that lets the rest match in
/// both; every other run ends where the next part must start (a comma, a
/// period, a colon, a digit, a dash or the end), so the bounds are checks
/// of whole runs: the title 3 to 101 characters, a page word of 1 to 3
/// letters, numbers of 1 to 5 digits.
#[cfg(test)]
fn undelimited_short_parts(t: &str) -> Option<[&str; 3]> {
    undelimited_short_read(t).map(|r| r.parts)
}

/// What [`UNDELIMITED_SHORT`] reads of a short form: the name, title and
/// pages, the volume before the pages (`Bd. 2`) and the word before the
/// pages (`S.`, `Rn.`), as written.
struct UndelimitedShort<'t> {
    parts: [&'t str; 3],
    volume: Option<&'t str>,
    pin_word: Option<&'t str>,
}

/// [`undelimited_short_parts`], with the volume and the pages' word. The
/// lowercase words before the name are name particles only (`v. Bar`,
/// `von Savigny`, `van der Berg`).
fn undelimited_short_read(t: &str) -> Option<UndelimitedShort<'_>> {
    // A cheap test first: the pattern ends with a page's digit, a period
    // after it allowed.
    if !t
        .strip_suffix('.')
        .unwrap_or(t)
        .ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let c = crate::re::captures(&UNDELIMITED_SHORT, t)?;
    let chars = |i| crate::re::group_chars(&c, i);
    if chars(3) > 100
        || chars(5) > 5
        || chars(6) > 3
        || chars(8) > 5
        || chars(9) > 5
        || chars(10) > 5
        || chars(11) > 5
        || chars(12) > 5
    {
        return None;
    }
    let name = c.get(1)?.as_str();
    let particles_only = name
        .split(' ')
        .take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        .all(|w| crate::syntax::name::PARTICLES.contains(&w) || matches!(w, "v." | "zu"));
    if !particles_only {
        return None;
    }
    Some(UndelimitedShort {
        parts: [name, c.get(2)?.as_str(), c.get(7)?.as_str()],
        volume: c.get(4).map(|m| m.as_str()),
        pin_word: c.get(6).map(|m| m.as_str()),
    })
}

/// `Greenhill and Giffard, Steam, …`: where a second name joined to the
/// first by a word of the grammar (`and`, `und`, `et`) or `&` starts and
/// ends in the head of `item` (before its first comma): one or two
/// capitalised words. The first name is what stands before the word.
fn second_name(item: &str, g: &Grammar) -> Option<(usize, usize)> {
    let head = &item[..item.find(", ")?];
    let (at, len) = g
        .and_words
        .iter()
        .map(String::as_str)
        .filter(|w| w.chars().all(char::is_alphabetic) || *w == "&")
        .find_map(|w| {
            let i = head.match_indices(' ').map(|(i, _)| i).find(|&i| {
                head[i + 1..]
                    .strip_prefix(w)
                    .is_some_and(|r| r.starts_with(' '))
            })?;
            Some((i, w.len() + 2))
        })?;
    let second = &head[at + len..];
    let words: Vec<&str> = second.split(' ').collect();
    let name_word = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && w.chars().count() > 1
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
    };
    ((1..=2).contains(&words.len()) && words.iter().all(name_word)).then_some((at, head.len()))
}

/// Where a classical work's divisions follow its title after a space and
/// end the item (`Augustine, Confessions 8.12.`, `Cicero, De officiis
/// 1.22.76`, `Ovid, Metamorphoses 15.165–72`): the offset of that space.
/// The divisions are those of [`classical_division`], after a word of
/// letters; None when a comma stands before them or they are one number
/// (`Title 12` may be a title's own number).
fn division_after_title(item: &str) -> Option<usize> {
    let t = item.strip_suffix('.').unwrap_or(item);
    // A cheap test first: the item ends on a digit.
    if !t.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let space = t.rfind(' ')?;
    let numbers = classical_division(&t[space + 1..]);
    let after_word = t[..space]
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic);
    (numbers && after_word && t[..space].contains(", ")).then_some(space)
}

/// `정긍식, 한국근대법사고, 120면`, `김철수, 한국사회론, 제3장`: a short form
/// that names the author and the title without its marks, then the page
/// or the chapter cited, as Korean notes repeat a work cited in full
/// before. Only this tight shape counts: three comma parts and no more;
/// the first names in CJK script ([`looks_like_authors`], no words of
/// prose before them); the second a title of two to forty characters of
/// CJK script, spaces and the marks joining names or subtitles, no digit,
/// no title marks and no back-reference word; the third a page or a
/// chapter of the grammars (`locators.page`, `locators.pinpoints`), whole.
/// The title is matched against the works cited before by that author, as
/// `Smith, Short Title, 45` is.
fn cjk_title_short(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let item = text[a..b].trim_end();
    // A cheap test first: CJK script opens the item, two commas in it.
    if !item.starts_with(crate::segment::is_cjk)
        || item.matches([',', '，']).count() != 2
        || item.chars().nth(120).is_some()
    {
        return None;
    }
    let body = item.trim_end_matches(['.', '。']);
    let mut parts = body.split([',', '，']);
    let (name, title, pin) = (parts.next()?, parts.next()?.trim(), parts.next()?.trim());
    let name = name.trim();
    let name_chars =
        |c: char| crate::segment::is_cjk(c) || c == ' ' || matches!(c, '·' | 'ㆍ' | '・');
    if name.is_empty()
        || !name.chars().all(name_chars)
        || !looks_like_authors(name)
        || prose_prefix_len(name, g) != 0
    {
        return None;
    }
    let count = title.chars().count();
    let title_chars = |c: char| {
        crate::segment::is_cjk(c) || matches!(c, ' ' | '·' | 'ㆍ' | '・' | ':' | '：' | '-')
    };
    if !(2..=40).contains(&count)
        || !title.starts_with(crate::segment::is_cjk)
        || !title.chars().all(title_chars)
        || g.back_reference(title).is_some_and(|(_, m)| m.start == 0)
    {
        return None;
    }
    let whole =
        |m: Option<crate::grammar::LexMatch>| m.is_some_and(|m| m.start == 0 && m.end == pin.len());
    if !whole(g.page.find(pin)) && !whole(g.pinpoint(pin).map(|(_, m)| m)) {
        return None;
    }
    let locator = locator_in(pin, g);
    Some(named_short(
        a,
        a + item.len(),
        signal,
        locator,
        Some(name.to_string()),
        Some(title.to_string()),
    ))
}

fn undelimited_short(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let whole = text[a..b].trim();
    // `Morgan, Bristol and the Atlantic Trade, 201 n. 14.` (`201n14` in
    // Chicago): a note on the page cited ends the pinpoint; the form is
    // read without it, and the note goes into its locator.
    let noted = note_tail(whole, g);
    let item = noted.map_or(whole, |(cut, _)| &whole[..cut]);
    // `Greenhill and Giffard, Steam, …`: the first name stands for both in
    // the pattern, the author is the two.
    let joined =
        second_name(item, g).map(|(at, end)| (end, format!("{}{}", &item[..at], &item[end..])));
    // `ders., Zwischen Kaiserreich und Diktatur, S. 141` after a `;`: the
    // word for the same author read as the capitalised word it is.
    let capitalised = (joined.is_none()
        && item.starts_with(|c: char| c.is_ascii_lowercase())
        && g.same_author_prefix(item).is_some())
    .then(|| format!("{}{}", item[..1].to_ascii_uppercase(), &item[1..]));
    // `Augustine, Confessions 8.12`: a classical work's divisions right
    // after its title, read as if a comma stood between them.
    let divided = (joined.is_none() && capitalised.is_none())
        .then(|| division_after_title(item))
        .flatten()
        .map(|at| format!("{},{}", &item[..at], &item[at..]));
    let read = joined
        .as_ref()
        .map(|(_, t)| t.as_str())
        .or(capitalised.as_deref())
        .or(divided.as_deref())
        .unwrap_or(item);
    // `the discussion in Skinner, Visions of Politics, 2:14–16`: words of
    // prose before the name.
    let (prose, read) = match undelimited_short_read(read) {
        Some(parts) => (0, parts),
        None if joined.is_none() => {
            let head = &item[..item.find(", ")?];
            let cut = prose_prefix_len(head, g);
            if cut == 0 || cut >= head.len() {
                return None;
            }
            (cut, undelimited_short_read(&item[cut..])?)
        }
        None => return None,
    };
    let [first, title, pages] = read.parts;
    // `Kant, GMS, AA IV, 440`, `Nietzsche, Genealogie der Moral, KSA 5, S.
    // 293`: an edition's siglum and volume after the short title are the
    // pinpoint's, no part of the title.
    let edition = edition_volume_at(title).map(|at| &title[at + 2..]);
    let title = edition.map_or(title, |siglum| {
        title[..title.len() - siglum.len() - 2].trim_end()
    });
    // `Ovid, Metamorphoses, 4.55`: a book and line (or chapter and
    // section) of a classical work is no page.
    let mut label = if read.pin_word.is_none() && pages.contains('.') {
        "section"
    } else {
        "page"
    };
    // `v. Bar, Gemeineuropäisches Deliktsrecht, Bd. 2, Rn. 12`: a volume
    // word of the grammars, then the pinpoint after its own word.
    if let Some(volume) = read.volume {
        let word = read.pin_word.unwrap_or("");
        let pin = format!("{word}. {pages}");
        let margin = g.margin.find(&pin).is_some_and(|m| m.start == 0);
        let page = g.page.find(&pin).is_some_and(|m| m.start == 0);
        if g.volume.find(volume).is_none_or(|m| m.start != 0) || !(margin || page) {
            return None;
        }
        if margin {
            label = "margin";
        }
    }
    let author = match &joined {
        Some((end, _)) => &item[..*end],
        None => first,
    };
    // A title with commas holds no number (`Title, vol. 4, 207` is more).
    if title.contains(',') && title.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let lead = text[a..b].len() - text[a..b].trim_start().len();
    Some(named_short(
        a + lead + prose,
        b,
        signal,
        Some(Locator {
            label: label.into(),
            value: crate::grammar::locator_value(pages),
            note: noted.map(|(_, (x, y))| crate::grammar::locator_value(&whole[x..y])),
            text: match edition {
                // From the siglum on: `AA IV, 440`.
                Some(siglum) => item
                    .rfind(siglum)
                    .map(|at| item[at..].trim_end_matches('.').to_string()),
                None => noted
                    .and_then(|(_, (_, y))| whole.get(item.rfind(pages)?..y).map(str::to_string)),
            },
        }),
        Some(author.to_string()),
        Some(title.to_string()),
    ))
}

/// Where an edition's siglum and volume end a short title (`, AA IV` of
/// `GMS, AA IV`, `, KSA 5` of `Genealogie der Moral II 2, KSA 5`, `, MEW
/// 23`, `, WA 7`): the offset of the comma before them. The siglum is
/// one word of two to five letters, two or more of them capitals
/// ([`crate::model::is_siglum`]); the volume a Roman numeral in capitals
/// or a number of one to three digits, and nothing after it.
fn edition_volume_at(title: &str) -> Option<usize> {
    let at = title.rfind(", ")?;
    let (siglum, volume) = title[at + 2..].split_once(' ')?;
    let roman = !volume.is_empty()
        && volume.len() <= 6
        && volume
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
    let number = (1..=3).contains(&volume.len()) && volume.chars().all(|c| c.is_ascii_digit());
    let head = title[..at].trim();
    (siglum.chars().count() <= 5
        && crate::model::is_siglum(siglum)
        && (roman || number)
        && head.chars().any(char::is_alphabetic))
    .then_some(at)
}

/// `Venturi, 240.`, `Schmidt, S. 14 f.`, `Venturi, 5:240`: an author
/// named alone with the page, the short form of Chicago, Oxford and German
/// notes for an author cited with one work. The name is as tight as in
/// [`UNDELIMITED_SHORT`]; the page is bare (a volume and a colon may stand
/// before it) or after a page word of the grammars (`p.`, `S.`, `s.`).
static AUTHOR_PAGE_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^((?:[a-z][a-z.]* ){0,2}(?:\p{Lu}\. ){0,2}\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+)?), (?:(\p{L}+\.) ?)?((?:[0-9]+:)?[0-9]+(?: ?[-–] ?[0-9]+)?)(?: ff?\.)?\.?$",
    )
});

/// A short form of [`AUTHOR_PAGE_SHORT`] (`Venturi, 240.`, `Berry and
/// Berry, 410`, `Schmidt, S. 14 f.`): the author and the page, no title.
/// A bare number that reads as a year (`Paris, 1990`) is none, nor is a
/// name that holds a back-reference of the grammars (`Ibid, 45`), opens
/// with a title's article (`The World, 23`) or is an abbreviation of three
/// capitals or fewer (`AS, 40`, a short name defined nowhere).
fn author_page_short(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let whole = text[a..b].trim();
    // Cheap tests first: short, a comma, a digit at or near the end.
    if whole.len() > 80
        || !whole.contains(", ")
        || !whole
            .trim_end_matches(['.', 'f', ' '])
            .ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let joined =
        second_name(whole, g).map(|(at, end)| (end, format!("{}{}", &whole[..at], &whole[end..])));
    let read = joined.as_ref().map_or(whole, |(_, t)| t.as_str());
    let c = crate::re::captures(&AUTHOR_PAGE_SHORT, read)?;
    let name = c.get(1)?.as_str();
    let pages = c.get(3)?.as_str();
    let particles_only = name
        .split(' ')
        .take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        .all(|w| crate::syntax::name::PARTICLES.contains(&w) || matches!(w, "v." | "zu"));
    // `see The World, 23`: a title's article opens no name (a name that
    // opens with one, `Le Goff`, is read with its title).
    let article = name
        .split(' ')
        .next()
        .is_some_and(|w| g.title_articles.binary_search(&w.to_lowercase()).is_ok());
    // `AS, 40.`, `TNA, 40.`: a short name or an abbreviation in capitals
    // of three letters or fewer is no surname a bare page follows; before
    // a page word it is one (`LEE, p. 4.`, ABNT's family name in capitals).
    let siglum =
        name.chars().count() <= 3 && name.chars().all(char::is_uppercase) && c.get(2).is_none();
    if !particles_only || article || siglum || g.back_reference(name).is_some() {
        return None;
    }
    let label = match c.get(2) {
        Some(word) => {
            let pin = format!("{} {pages}", word.as_str());
            if g.margin.find(&pin).is_some_and(|m| m.start == 0) {
                "margin"
            } else if g.page.find(&pin).is_some_and(|m| m.start == 0) {
                "page"
            } else {
                return None;
            }
        }
        None => {
            let first = pages.split(['-', '–', ':']).next().unwrap_or(pages);
            if !pages.contains(':') && year_like(first) {
                return None;
            }
            "page"
        }
    };
    let author = match &joined {
        Some((end, _)) => &whole[..*end],
        None => name,
    };
    let lead = text[a..b].len() - text[a..b].trim_start().len();
    Some(named_short(
        a + lead,
        b,
        signal,
        Some(Locator {
            label: label.into(),
            value: crate::grammar::locator_value(pages),
            note: None,
            text: None,
        }),
        Some(author.to_string()),
        None,
    ))
}

/// `Трагедия советской деревни… Т. 2. С. 540.`, `Akten der
/// Reichskanzlei…, S. 12`: a work with no author cited again by the start
/// of its title, cut with an ellipsis, then its locators or nothing. The
/// title opens the item, has two words or more and no comma (names before
/// a title are read by [`undelimited_short`]).
fn cut_title_short(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    let (cut, len) = match (item.find('…'), item.find("...")) {
        (Some(i), _) => (i, '…'.len_utf8()),
        (None, Some(i)) => (i, 3),
        (None, None) => return None,
    };
    let title = item[..cut].trim_end();
    if !title.starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '“' | '"'))
        || title.split_whitespace().nth(1).is_none()
        || title.contains([',', ';', '(', ')'])
        || title.chars().nth(120).is_some()
    {
        return None;
    }
    let after = item[cut + len..]
        .trim_start_matches(['.', ',', ' '])
        .trim_end_matches('.');
    let locator = if after.is_empty() {
        None
    } else {
        Some(locator_in(after, g).filter(|_| after.chars().nth(40).is_none())?)
    };
    Some(named_short(
        start,
        end,
        signal,
        locator,
        None,
        Some(crate::text::clean_field(title)),
    ))
}

/// `Annual Report of the Sanitary Commissioner for Madras, 1877, 15.`,
/// `Indian Famine Commission, 35.`, `Chicago Manual of Style, 14.76.`: a
/// work without an author cited again by its title, whole or shortened to
/// its key words, then the page (Chicago 14.30, 14.75: a work cited by its
/// title in full is shortened by its title alone). The title, which
/// `resolve` matches against the titles cited before as it matches the
/// short title of `Author, Short Title, 45`, is one clause in headline
/// case ([`crate::syntax::reference::headline_case`]) that opens with a
/// capital: two to fifteen words, three at least unless a short word in
/// lowercase stands between them (`Famine Commission, 35` is an author's
/// page, read by [`author_page_short`]), without digits, commas,
/// brackets, quotes or a sentence's end, no person's name (`Indian Famine
/// Commission` has a word of the grammars' `organisation_words`, which no
/// person's name has) and no back-reference or same-author word; a year may follow it as a part of
/// its own (`…for Madras, 1877`). The page is bare (not a year), a
/// section (`14.76`), or after a page word of the grammars. Prose in a
/// discursive note has longer words in lowercase and is none.
fn title_page_short(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    let body = item.strip_suffix('.').unwrap_or(item);
    // Cheap tests first: short, a digit last, a comma before it.
    if body.len() > 200 || !body.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (head, pin) = body.rsplit_once(", ")?;
    // `…for Madras, 1877`: a year as the title's last part.
    let title = match head.rsplit_once(", ") {
        Some((t, y)) if y.len() == 4 && year_like(y) => t,
        _ => head,
    };
    let words: Vec<&str> = title.split_whitespace().collect();
    let small = words.iter().any(|w| w.starts_with(char::is_lowercase));
    if !(2..=15).contains(&words.len())
        || words.len() < 3 && !small
        || !title.starts_with(char::is_uppercase)
        || title.contains(|c: char| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    ',' | ';'
                        | ':'
                        | '('
                        | ')'
                        | '['
                        | ']'
                        | '"'
                        | '“'
                        | '”'
                        | '«'
                        | '»'
                        | '„'
                        | '…'
                )
        })
        || title.contains(". ")
        || !crate::syntax::reference::headline_case(title)
        || crate::syntax::reference::natural_person(title, g).is_some()
            && !words
                .iter()
                .any(|w| g.organisation_words.contains(&w.to_lowercase()))
        || g.back_reference(title).is_some()
        || g.same_author_prefix(title).is_some()
    {
        return None;
    }
    let bare = |p: &str| {
        let mut parts = p.splitn(2, ['-', '–']);
        let first = parts.next().unwrap_or("");
        let digits = |t: &str| (1..=5).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_digit());
        digits(first) && parts.next().is_none_or(digits) && !year_like(first)
    };
    let locator = if bare(pin) {
        Locator {
            label: "page".into(),
            value: crate::grammar::locator_value(pin),
            note: None,
            text: None,
        }
    } else if let Some((x, y)) = pin
        .split_once('.')
        .filter(|(x, y)| bare(x) && bare(y) && !y.contains(['-', '–']))
    {
        Locator {
            label: "section".into(),
            value: format!("{x}.{y}"),
            note: None,
            text: None,
        }
    } else if g.page.find(pin).is_some_and(|m| m.start == 0) {
        locator_in(pin, g)?
    } else {
        return None;
    };
    Some(named_short(
        start,
        end,
        signal,
        Some(locator),
        None,
        Some(crate::text::clean_field(head)),
    ))
}

/// `supra Part I`, `supra Section II.B`, `supra text accompanying note
/// 12`: a `supra` word opening the item, then a word of the grammars'
/// `cross_reference`: the paper points into itself, and cites nothing.
/// `back` gives the item's back-reference word, searched for once.
fn cross_reference(
    item: &str,
    g: &Grammar,
    back: impl FnOnce() -> Option<(BackRefKind, LexMatch)>,
) -> bool {
    if g.cross_reference.is_empty() {
        return false;
    }
    let Some((BackRefKind::Supra, m)) = back() else {
        return false;
    };
    if !item[..m.start].trim().is_empty() {
        return false;
    }
    let after = item[m.end..].trim_start_matches([',', ' ']);
    g.cross_reference.iter().any(|w| {
        after
            .get(..w.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
            && after[w.len()..].starts_with(' ')
    })
}

/// A short form: a back-reference word with (for op. cit. and supra) the
/// author named before it, or `Author, Short Title, page`. `back` is the
/// back-reference word of `text[a..b]` as [`Grammar::back_reference`]
/// finds it.
fn short_form(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
    back: Option<(BackRefKind, LexMatch)>,
) -> Option<RawItem> {
    let item = &text[a..b];
    let (mut kind, mut m) = back?;
    if kind == BackRefKind::SupraNote {
        m = one_note_number(item, m);
    }
    // `Id., La Tyrannie du national, op. cit., p. 95`: `Id.` is a word for
    // the same author there, before a short title and the word that
    // points back.
    if kind == BackRefKind::Ibid && g.same_author_prefix(&item[m.start..]).is_some() {
        let after = &item[m.end..];
        if let Some((BackRefKind::OpCit, later)) = g.back_reference(after) {
            if find_title(&after[..later.start]).is_none()
                && after[..later.start].trim_matches([',', ' ']).contains(' ')
            {
                let base = m.end;
                kind = BackRefKind::OpCit;
                m = LexMatch {
                    start: base + later.start,
                    end: base + later.end,
                    number: later.number.map(|(x, y)| (base + x, base + y)),
                };
            }
        }
    }
    // `[cit. 2021-03-15]`: an access word before a date (cs `cit.`, also
    // a back-reference elsewhere) dates the reading; it is no short form.
    let after_word = &item[m.start..];
    if let Some(w) = g.accessed.find(after_word).filter(|w| w.start == 0) {
        let rest = &after_word[w.end..];
        if g.dates
            .first(rest)
            .is_some_and(|d| rest[..d.start].trim().is_empty())
        {
            return None;
        }
    }
    let head_full = &item[..m.start];
    // Commentary before the short form: keep only the last sentence.
    let head_start = after_last_sentence_end(head_full);
    // A full citation in an earlier sentence is the item; the word after it
    // speaks about that work (`『書名』（成文堂、2000年）101頁。同書は…`).
    let earlier = &head_full[..head_start];
    if find_title(earlier).is_some() && g.dates.first(earlier).is_some() {
        return None;
    }
    // Italics around the word (`*Ibid.*`) are no author.
    let head = head_full[head_start..]
        .trim()
        .trim_matches(['*', '_'])
        .trim_end_matches([',', ' ', '、', '，', '(', '（', '：', '・'])
        .trim();
    // Back-reference words inside a title (`“The Ibid. Problem”`) are no short form.
    if let Some((open, _, _, _, _)) = find_title(head) {
        if !head[..open].trim().is_empty() && head.len() > 200 {
            return None;
        }
    }
    // Discussion before the names (`On this point see note 4`), looked for
    // in the names only: a short title after them (`Eco, Lector in fabula,
    // cit.`) has lowercase words of its own.
    let names_part = head.split(['(', '（']).next().unwrap_or(head);
    let first = names_part.split(", ").next().unwrap_or(names_part);
    // `ders., a.a.O.`, `id., op. cit.` in lowercase after a `;` stand for
    // the author cited before: no prose.
    let prose = match prose_prefix_len(first, g) {
        _ if same_author_word(first, g) => 0,
        cut if cut < first.len() => cut,
        _ => lead_in_phrase_len(names_part, first, g)
            .unwrap_or_else(|| prose_prefix_len(names_part, g)),
    };
    let head = head[prose..].trim();
    // `L'espressione è di CASTRONOVO, …, cit.`: after prose, a lowercase
    // word before a family name in capitals is the prose's last word, no
    // particle (styles that write names in capitals write their particles
    // so too: `DI MAJO`, `DE CUPIS`).
    let head = match head.split_once(' ') {
        Some((word, rest))
            if prose > 0
                && word.chars().all(char::is_lowercase)
                && rest.split([' ', ',']).next().is_some_and(|w| {
                    w.chars().count() >= 3 && w.chars().all(char::is_uppercase)
                }) =>
        {
            rest
        }
        _ => head,
    };
    let head = name_after_prose(head, g).unwrap_or(head);
    let head = if cjk_prose_before_word(head_full, head, g) {
        ""
    } else {
        head
    };
    if !looks_like_authors(head.split('(').next().unwrap_or(head)) {
        return None;
    }
    let after = &item[m.end..];
    // A full citation after the word (`see note 4 and Smith, “Title,” 2000`)
    // is cited in its own right.
    if find_title(after).is_some() && g.dates.first(after).is_some() {
        return None;
    }
    // A word for the same author opening the item, then a title without
    // quotes and a date (`Ídem, Políticas de la memoria, Madrid, Alianza,
    // 2008, p. 41`, `Ead., Memoria e utopia, Torino, …`): that author's
    // other work, cited in full. `Id., 2010, p. 12` and `Idem, p. 5` stay
    // back-references.
    if head.is_empty() && g.same_author_prefix(&item[m.start..]).is_some() {
        let rest = after.trim_start_matches([',', '.', ':', ' ']);
        // A capital word, no abbreviation (`S. 5`, `Vol. 2`).
        let first_word = rest.split([' ', ',']).next().unwrap_or("");
        let titled =
            first_word.chars().next().is_some_and(char::is_uppercase) && !first_word.ends_with('.');
        if titled && g.dates.first(rest).is_some() {
            return None;
        }
    }
    let word = item[m.start..m.end]
        .trim()
        .trim_end_matches(',')
        .to_string();
    let mut info = ShortFormInfo {
        word: Some(word),
        ..Default::default()
    };
    // Where the name and the kind's word end, after a word with the
    // author's name glued to it (`前引里赞书`).
    let mut named_kind = None;
    let mut kind_out = match kind {
        BackRefKind::Ibid => CitationKind::Ibid,
        BackRefKind::SupraNote => CitationKind::Supra,
        _ => CitationKind::Short,
    };
    // `Wagner, a.a.O. (Fn. 6), Rn. 50`: the note in brackets after the
    // word says where the author's work is cited, as `Wagner (Fn. 6)` does.
    if kind == BackRefKind::OpCit && !head.is_empty() {
        if let Some(n) = bracketed_note(after, g) {
            info.note = Some(n);
            kind_out = CitationKind::Supra;
        }
    }
    if kind == BackRefKind::SupraNote {
        info.note = m.number.and_then(|(x, y)| {
            let n = item.get(x..y)?;
            n.split(|c: char| !c.is_ascii_digit())
                .next()
                .and_then(|n| n.parse().ok())
                .or_else(|| {
                    n.chars()
                        .next()
                        .and_then(crate::syntax::marker::circled_number)
                })
        });
    }
    if !head.is_empty() {
        if kind == BackRefKind::Ibid {
            // `Smith, ibid.` is unusual; `Id.` after a name is not ibid.
            // Treat a named ibid as a short form naming its author.
            kind_out = CitationKind::Short;
        }
        // Italian notes write the short title before a bare `cit.`
        // (`Jemolo, Chiesa e Stato cit.`): what a comma leaves there is a
        // title, however its words are joined; the other words stand for
        // the title (`Bell, Brooks and Dryburgh, op. cit.`).
        let after_title = info
            .word
            .as_deref()
            .is_some_and(|w| w.eq_ignore_ascii_case("cit."));
        let (author, date, title) = split_short_head(head, !after_title, g);
        info.author = author;
        info.date = date;
        // `Rescigno, voce Obbligazioni, cit.`: the words before a title
        // that name the part cited are no part of the short title, as
        // they are none of the full one ([`part_of_work`]).
        info.title = title.map(|t| without_part_words(t, g));
    } else if let Some((author, title)) = (kind == BackRefKind::OpCit)
        .then(|| names_after_word(after))
        .flatten()
    {
        // `前掲・小林『司法審査の理論』12頁`: the word first, then the work.
        info.author = Some(author.to_string());
        info.title = Some(title.to_string());
    } else if let Some(author) = (kind == BackRefKind::OpCit)
        .then(|| name_before_kind(&item[m.start..m.end], after, g))
        .flatten()
    {
        // `前掲・大島論文、210頁`: the word, then the author.
        info.author = Some(author.to_string());
        named_kind = after.find(author).map(|i| i + author.len());
    } else if let Some(author) = (kind == BackRefKind::SupraNote)
        .then(|| {
            let x = m.number.map_or(m.end, |(x, _)| x);
            name_after_supra(&item[m.start..x], after, g)
        })
        .flatten()
    {
        // `前引[2]，张新宝文，第45页`: the note, then the author.
        info.author = Some(author.to_string());
    } else if kind == BackRefKind::OpCit || kind == BackRefKind::LocCit {
        // `Op. cit., p. 5` with no author: the work cited just before.
        kind_out = CitationKind::Ibid;
    }
    // `Weiß (Fn. 13), JuS 2003, 12 (17)`: the journal and year after the
    // word say which of the author's works is meant.
    // `Ohly (Fn. 17), 312.`: a page alone after the bracket of the note.
    // `Thomas, op. cit. (n. 1), 50.`: the page after the note's bracket.
    let past_note = match (kind, info.note) {
        (BackRefKind::OpCit, Some(_)) => after
            .trim_start_matches([',', ' '])
            .strip_prefix('(')
            .and_then(|t| Some(&t[t.find(')')?..])),
        _ => None,
    };
    let mut locator = locator_in(after, g).or_else(|| {
        let after = past_note.unwrap_or(after);
        let t = after.trim_start_matches([')', '）', ' ']);
        (t.len() < after.len()).then(|| locator_in(t, g)).flatten()
    });
    // `Zech, a.a.O., A 45`, `Ebd., B 12`: a margin number that the part's
    // letter opens.
    if locator.is_none() {
        locator = lettered_margin(past_note.unwrap_or(after).trim_start_matches([')', '）']));
    }
    // `前引里赞书，第3章`: the pinpoint after the name and the kind's word.
    if let (None, Some(at)) = (&locator, named_kind) {
        let t = after[at..].trim_start_matches(|c: char| {
            !c.is_ascii_punctuation() && !matches!(c, '，' | '、' | '第')
        });
        locator = locator_in(t, g);
    }
    // `朝鮮總督府, 앞의 책(大正14年版), 40쪽`: the year of the edition in
    // brackets after the word says which of the author's works is meant.
    if kind == BackRefKind::OpCit && !head.is_empty() && info.date.is_none() {
        info.date = bracketed_edition_year(after, g);
    }
    if let (Some((year, pin)), false, None) = (journal_tail(after, g), head.is_empty(), &info.date)
    {
        info.date = Some(year.to_string());
        locator = pin.or(locator);
    }
    // Where the citation starts: at its names, or at the word itself.
    let item_start = if head.is_empty() {
        a + m.start
    } else {
        a + (head.as_ptr() as usize).saturating_sub(item.as_ptr() as usize)
    };
    Some(RawItem {
        start: item_start,
        // `주 13)` writes the note as its label is written: its bracket stays.
        end: if kind == BackRefKind::SupraNote {
            b
        } else {
            end_before_stray_bracket(text, item_start, b)
        },
        kind: kind_out,
        signal,
        locator,
        short: Some(Box::new(info)),
        back_ref: Some(kind),
        fields: None,
        indirect: false,
    })
}

/// The year in brackets that opens `after` (after a back-reference word),
/// written alone or with an edition word glued to it, as the edition of a
/// yearbook is named (`(大正14年版)`, `(2010년판)`, `(1925)`), across a line
/// break. The year in digits, or `None`.
fn bracketed_edition_year(after: &str, g: &Grammar) -> Option<String> {
    let t = after.trim_start();
    let close = match t.chars().next()? {
        '(' => ')',
        '（' => '）',
        _ => return None,
    };
    let inner = &t[close.len_utf8()..];
    let inner = &inner[..inner.find(close)?];
    if inner.len() > 40 {
        return None;
    }
    let joined: String = inner.split_whitespace().collect();
    let d = g.dates.first(&joined).filter(|d| d.start == 0)?;
    let rest = &joined[d.end..];
    let edition = rest.is_empty()
        || crate::syntax::edition::edition_word(rest, g).is_some_and(|len| len == rest.len());
    let year = d.date.date_parts.first()?.first()?;
    edition.then(|| year.to_string())
}

/// The end of a short form at `text[start..end]` before the bracket that
/// closes the prose around it (`…에 한정된다(위의 글, 52쪽).`, `…と
/// する（同上、12頁）。`): a closing bracket at its end, a period after
/// it allowed, that no bracket inside the short form opens.
fn end_before_stray_bracket(text: &str, start: usize, end: usize) -> usize {
    let Some(s) = text.get(start..end) else {
        return end;
    };
    let body = s.trim_end_matches(['.', '。', '．', ' ']);
    let Some(close) = body.chars().next_back().filter(|c| matches!(c, ')' | '）')) else {
        return end;
    };
    let opens = s.matches(['(', '（']).count();
    let closes = s.matches([')', '）']).count();
    if closes > opens {
        start + body.len() - close.len_utf8()
    } else {
        end
    }
}

/// A `supra_note` match whose word names one note (`above n 11, 230`,
/// AGLC's page after the note without a page word) ends at its first
/// number: the numbers after the comma are the page cited, not more
/// notes. After a plural word (`supra notes 4, 7`, `nn 3, 5`) the list is
/// the notes'.
fn one_note_number(item: &str, m: LexMatch) -> LexMatch {
    let Some((x, y)) = m.number else {
        return m;
    };
    let Some(comma) = item.get(x..y).and_then(|n| n.find(',')) else {
        return m;
    };
    let word = item
        .get(m.start..x)
        .unwrap_or("")
        .trim_end_matches(['.', ' '])
        .to_lowercase();
    if word.ends_with('s') || word.ends_with("nn") || y != m.end {
        return m;
    }
    let end = x + item[x..x + comma].trim_end().len();
    LexMatch {
        start: m.start,
        end,
        number: Some((x, end)),
    }
}

/// The note number of a `supra_note` pattern of the grammars in brackets
/// at the start of `after` (`, (Fn. 6), Rn. 50`, ` (Anm. 3)`), or of one
/// written with its brackets (`(n. 1)`, as MHRA and OSCOLA write it).
fn bracketed_note<'a>(after: &'a str, g: &Grammar) -> Option<u32> {
    let t = after.trim_start_matches([',', ' ']);
    let inner = t.strip_prefix('(')?;
    let close = inner.find(')')?;
    let whole = |s: &'a str| {
        g.supra_note
            .find(s)
            .filter(|m| m.start == 0 && m.end == s.trim_end().len())
            .map(|m| (s, m))
    };
    let (inside, m) = whole(&inner[..close]).or_else(|| whole(&t[..close + 2]))?;
    let (x, y) = m.number?;
    inside
        .get(x..y)?
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// A journal, its year and first page after a short form's word
/// (`(Fn. 13), JuS 2003, 12 (17)`, `a.a.O., VerwArch 95 (2004), 233`): the
/// year, and the pinpoint in brackets if there is one.
static JOURNAL_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^[\s,)]*(\p{L}[\p{L}.\-!]*(?: \p{L}[\p{L}.\-]*)*) (?:([0-9]{1,4}) \()?((?:1[5-9]|20)[0-9][0-9])\)?,\s*[0-9]{1,6}(?:\s*ff?\.)?(?:\s*\(([^()]+)\))?\s*\.?\s*$",
    )
});

/// Whether `s` holds four ASCII digits followed by a comma, or by a
/// closing bracket and a comma, as the year of [`JOURNAL_TAIL`] is: a
/// cheap test before the pattern is built or run.
fn year_then_comma(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(4)).any(|p| {
        b[p..p + 4].iter().all(u8::is_ascii_digit)
            && (b[p + 4] == b',' || b[p + 4] == b')' && b.get(p + 5) == Some(&b','))
    })
}

/// The year and bracketed pinpoint of a [`JOURNAL_TAIL`] after a short
/// form's word, when the journal is written like one
/// ([`crate::syntax::reference::journal_abbreviation`]).
fn journal_tail<'a>(after: &'a str, g: &Grammar) -> Option<(&'a str, Option<Locator>)> {
    if !year_then_comma(after) {
        return None;
    }
    let c = crate::re::captures(&JOURNAL_TAIL, after)?;
    let journal = c.get(1)?.as_str();
    if !(crate::syntax::reference::journal_abbreviation(journal, c.get(2).is_some())
        || crate::syntax::reference::known_journal(journal, g))
    {
        return None;
    }
    let pin = c.get(4).and_then(|p| bracketed_pin(p.as_str(), g));
    Some((c.get(3)?.as_str(), pin))
}

/// The author and short title written after an op. cit. word, as Japanese
/// notes do (`前掲・小林『司法審査の理論』12頁`, `前掲 Hale, *Discretion*, 45`):
/// a few words of names, then a delimited title.
fn names_after_word(after: &str) -> Option<(&str, &str)> {
    let t = after.trim_start_matches(['・', '、', ',', ' ', '\u{3000}']);
    let (open, inner, inner_end, _, _) = find_title(t)?;
    let author = t[..open].trim().trim_end_matches([',', '、', '・']).trim();
    let title = t.get(inner..inner_end)?.trim();
    let names = !author.is_empty()
        && author.chars().count() <= 40
        && !author.chars().any(|c| c.is_ascii_digit())
        && looks_like_authors(author);
    (names && !title.is_empty()).then_some((author, title))
}

/// `前掲・大島論文、210頁`, `前掲・山田書12頁`: after the op. cit. `word`,
/// `・` and the author's family name, then the rest of a longer word of
/// the grammars that names the work's kind (`論文` of `前掲論文`, `書` of
/// `前掲書`). The name ([`name_then_kind`]). Chinese notes glue the name
/// to the word (`前引里赞书，第3章`, `前揭张晋藩书`, `前引滋贺秀三文`):
/// there the kind's rest is followed by a comma, a page or the end.
fn name_before_kind<'a>(word: &str, after: &'a str, g: &Grammar) -> Option<&'a str> {
    match after.strip_prefix('・') {
        Some(t) => name_then_kind(word.trim(), t, g, |_| true),
        None => name_then_kind(word.trim(), after, g, |rest| {
            rest.is_empty() || rest.starts_with([',', '，', '、', ' ', '第', '。', '.'])
        }),
    }
}

/// `前引[2]，张新宝文，第45页`, `前引〔2〕，王利明书`: after a supra note
/// word whose text before its number is `word` (`前引`), a comma and the
/// author's name, then the rest of an `op_cit` word of the grammars that
/// opens as `word` does and names the work's kind (`文` of `前引文`, `书`
/// of `前引书`), and a comma, a page or the end, as the Chinese legal
/// citation manual cites a work of a note that cites several. The name
/// ([`name_then_kind`]).
fn name_after_supra<'a>(word: &str, after: &'a str, g: &Grammar) -> Option<&'a str> {
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let t = after.trim_start_matches([',', '，', '、', ' ']);
    if word.is_empty() || t.len() == after.len() {
        return None;
    }
    let ends =
        |rest: &str| rest.is_empty() || rest.starts_with([',', '，', '、', ' ', '第', '。', '.']);
    name_then_kind(word, t, g, ends).or_else(|| {
        // `前注[2]，张新宝文`: a supra word that opens no `op_cit` word
        // names the kinds of those of two characters and a kind that open
        // with one of its characters (`文` of `前引文`, `书` of `前揭书`;
        // `同前注③，王利明文`, `同前引[5]，王泽鉴书` with `同` before it).
        g.op_cit_kinds
            .iter()
            .filter(|(full, _)| {
                full.chars().next().is_some_and(|f| word.contains(f)) && !full.starts_with(word)
            })
            .find_map(|(full, _)| {
                let base = full.char_indices().nth(2)?.0;
                name_then_kind(&full[..base], t, g, ends)
            })
    })
}

/// At the start of `t`, an author's name (one to ten characters of CJK
/// script or `・`, within 40 bytes) and then the rest of one of the
/// grammars' `op_cit` kind words that opens with `word` (`論文` of
/// `前掲論文`, `文` of `前引文`), where `ends` accepts what follows it.
/// The name.
fn name_then_kind<'a>(
    word: &str,
    t: &'a str,
    g: &Grammar,
    ends: impl Fn(&str) -> bool,
) -> Option<&'a str> {
    let word = crate::grammar::fold_case(word);
    let head = &t[..crate::source::floor_char_boundary(t, 40)];
    g.op_cit_kinds.iter().find_map(|(full, _)| {
        let kind = full.strip_prefix(word.as_str()).filter(|k| !k.is_empty())?;
        let at = head.find(kind)?;
        let name = &head[..at];
        (ends(&t[at + kind.len()..])
            && (1..=10).contains(&name.chars().count())
            && name.chars().all(|c| crate::segment::is_cjk(c) || c == '・'))
        .then_some(name)
    })
}

/// The head of an author-date short form: names, then a parenthesised date
/// closing the head: `Waltz(1979)`, `Reuters (November 22, 2023)`,
/// `Picheta et al.(October 14, 2024)`, `김철수·박영희(2024)`. The date is
/// checked by the caller against the date rules.
fn author_paren_date(i: &str) -> nom::IResult<&str, (&str, &str)> {
    use nom::branch::alt;
    use nom::bytes::complete::take_till1;
    use nom::character::complete::{char, space0};
    use nom::combinator::eof;
    use nom::sequence::{delimited, terminated, tuple};
    let open = alt((char('('), char('（')));
    let close = alt((char(')'), char('）')));
    let inner = take_till1(|c| c == ')' || c == '）' || c == '(' || c == '（');
    terminated(
        tuple((
            take_till1(|c| c == '(' || c == '（'),
            delimited(open, inner, close),
        )),
        tuple((space0, eof)),
    )(i)
}

/// `Waltz(1979)`, `Reuters (November 22, 2023)`, `Smith, Theory`, `김철수·박영희(2024)`.
/// Where `names_only` (the word after `head` stands for the title), family
/// names joined by commas and an `and` are all names ([`surnames_joined`]).
fn split_short_head(
    head: &str,
    names_only: bool,
    g: &Grammar,
) -> (Option<String>, Option<String>, Option<String>) {
    // `Szekfű: i. m.`, `Romsics Ignác: i. m.`: the colon that ends the
    // names before a title ends them before the back-reference too.
    let head = head.trim().trim_end_matches(':').trim_end();
    // `Szekfű: Magyar történet, i. m.`: names, a colon, a short title.
    if let Some((author, title)) = head.split_once(": ") {
        let names = author.split_whitespace().count();
        if (1..=3).contains(&names)
            && !author.contains([',', '(', '"', '“', '«', '„'])
            && author.chars().next().is_some_and(char::is_uppercase)
            && !title.trim().is_empty()
        {
            return (
                Some(author.to_string()),
                None,
                Some(title.trim().trim_end_matches(',').to_string()),
            );
        }
    }
    if let Ok((_, (author, inner))) = author_paren_date(head) {
        if g.dates.first(inner).is_some() {
            let author = author.trim().trim_end_matches(',').trim();
            return (
                (!author.is_empty()).then(|| author.to_string()),
                Some(inner.trim().to_string()),
                None,
            );
        }
    }
    // `Smith 1979` / `Smith, 1979`; not `La Grande Peur de 1789`, a title
    // whose last word before the year is in lowercase.
    if let Some(d) = g.dates.find_all(head).into_iter().last() {
        let word_before = head[..d.start].split_whitespace().next_back().unwrap_or("");
        let title_word = word_before.chars().next().is_some_and(char::is_lowercase)
            && !word_before.ends_with('.');
        if head[d.end..].trim().is_empty() && d.start > 0 && !title_word {
            let author = head[..d.start].trim().trim_end_matches(',').trim();
            return (
                Some(author.to_string()),
                Some(head[d.start..d.end].to_string()),
                None,
            );
        }
    }
    // `Smith, Short Title` or `Smith, “Short Title”`.
    if let Some((open, inner, end, _, _)) = find_title(head) {
        let author = head[..open].trim().trim_end_matches(',').trim();
        return (
            (!author.is_empty()).then(|| author.to_string()),
            None,
            Some(head[inner..end].trim().trim_end_matches(',').to_string()),
        );
    }
    // `Bell, Brooks and Dryburgh, op. cit.`, `Bell, Brooks, and
    // Dryburgh, ibid.`: family names joined by commas and a joining word
    // are the authors of a work cited with several, no title.
    if names_only && surnames_joined(head, g) {
        return (Some(head.to_string()), None, None);
    }
    match head.split_once(", ") {
        // `SOUZA, Maria, op. cit.`: a family name in capitals and the given
        // names, no title.
        Some((family, given))
            if crate::syntax::name::is_capitalised_family(family)
                && crate::syntax::name::given_with_particles(given)
                && !crate::syntax::name::particle_before_name(given) =>
        {
            (Some(head.to_string()), None, None)
        }
        // `Bisariyadi, dkk., Loc.Cit.`: the et-al word after a comma ends
        // the names; it is no title.
        Some((_, rest)) if g.et_al.contains(&rest.trim().to_lowercase()) => {
            (Some(head.to_string()), None, None)
        }
        // `Смолій В., Степанков В. Вказ. праця`: names with their
        // initials after the comma, no title.
        Some((_, rest)) if family_and_initials(rest) => (Some(head.to_string()), None, None),
        // `Wolff, P., op. cit.`, `Passeron, J.-C., op. cit.` (French and
        // Chicago notes): the initials of the given names after the
        // family name, no short title.
        Some((_, rest)) if initials_alone(rest) => (Some(head.to_string()), None, None),
        Some((author, title)) if !title.trim().is_empty() => (
            Some(author.trim().to_string()),
            None,
            Some(title.trim().to_string()),
        ),
        _ => (Some(head.to_string()), None, None),
    }
}

/// Whether `t` is the initials of given names alone: one to three words,
/// each capitals with a period after each (`P.`, `J.-C.`, `A. H.`).
fn initials_alone(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.split_inclusive('.').all(|piece| {
                let letters = piece.trim_start_matches('-');
                let mut c = letters.chars();
                c.next().is_some_and(char::is_uppercase) && c.as_str() == "."
            })
        })
}

/// Whether `head`, the text before a back-reference word, is a list of
/// family names joined by commas and, before the last, a joining word of
/// the grammars' `names.and` (`Bell, Brooks and Dryburgh`, `Bell,
/// Brooks, and Dryburgh`, `Müller, Schmidt und Weber`), as short forms
/// name a work of several authors: each name one capitalised word, or a
/// particle and one; at least one comma.
fn surnames_joined(head: &str, g: &Grammar) -> bool {
    if head.len() > 200 || !head.contains(", ") {
        return false;
    }
    let surname = |part: &str| {
        let mut words = part.split_whitespace().peekable();
        if words
            .peek()
            .is_some_and(|w| crate::syntax::name::is_particle(w, g))
        {
            words.next();
        }
        words.next().is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().count() >= 2
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        }) && (words.peek().is_none() || words.next().is_some_and(bracketed_initials))
            && words.next().is_none()
    };
    let joiner = |w: &str| {
        w == "&"
            || g.and_words
                .iter()
                .any(|a| a == w && a.chars().all(char::is_alphabetic))
    };
    let parts: Vec<&str> = head.split(',').map(str::trim).collect();
    let Some((last, before)) = parts.split_last() else {
        return false;
    };
    // The joining word opens the last part (`, and Dryburgh`) or joins the
    // last two names within it (`, Brooks and Dryburgh`).
    let words: Vec<&str> = last.split_whitespace().collect();
    let Some(join) = words.iter().position(|w| joiner(w)) else {
        return false;
    };
    let (a, b) = (words[..join].join(" "), words[join + 1..].join(" "));
    (a.is_empty() || surname(&a)) && surname(&b) && before.iter().all(|p| surname(p))
}

/// Whether `w` is a person's initials in brackets after the family name,
/// as French legal writing names authors (`Terré (F.)`, `Simler (Ph.)`,
/// `Malaurie (J.-L.)`): each part a capital, at most one lowercase
/// letter after it, and a period.
fn bracketed_initials(w: &str) -> bool {
    let Some(inner) = w.strip_prefix('(').and_then(|w| w.strip_suffix(')')) else {
        return false;
    };
    !inner.is_empty()
        && inner.ends_with('.')
        && inner
            .split_terminator('.')
            .map(|p| p.trim_start_matches('-'))
            .all(|p| {
                let mut c = p.chars();
                c.next().is_some_and(char::is_uppercase)
                    && c.next().is_none_or(char::is_lowercase)
                    && c.next().is_none()
            })
}

/// A note that opens `Family, I., ` (`Σβολόπουλος, Κ., Η ελληνική
/// εξωτερική πολιτική …`, `Mazower, M., «…»`) writes its first name as a
/// bibliography does: it is read so. So does one that opens `Family,
/// Given, Title, …` with a date after (`Pérez, Ana, La prensa obrera,
/// Sevilla, 2001, p. 4.`): a given name of one or two capitalised words,
/// then a part opening with a capital and holding a lowercase word, that a
/// part opening in lowercase does not follow (`Garavaglia, Economía, sociedad y regiones` is a
/// family name and a title).
fn note_name_order(cit: &str, g: &Grammar) -> NameOrder {
    let mut parts = cit.splitn(3, ", ");
    let (Some(family), Some(initials), Some(rest)) = (parts.next(), parts.next(), parts.next())
    else {
        return NameOrder::Natural;
    };
    let word_of_letters = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && c.as_str().chars().count() >= 1
            && c.all(|c| c.is_lowercase() || c == '-')
    };
    // `SANTAMARÍA PASTOR, Juan Alfonso, …`, `GARCÍA DE ENTERRÍA, Eduardo`:
    // a family name of two or three words written in capitals, as Spanish
    // and Portuguese notes write double surnames and their particles.
    let capitals = |f: &str| {
        (2..=3).contains(&f.split_whitespace().count())
            && f.split_whitespace().all(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase)
            })
    };
    let given_name = (1..=2).contains(&initials.split_whitespace().count())
        && initials.split_whitespace().all(word_of_letters)
        && (family.split_whitespace().count() == 1 || capitals(family))
        && family.chars().next().is_some_and(char::is_uppercase)
        && family
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'))
        && rest.starts_with(char::is_uppercase)
        // The title holds a lowercase word (`La prensa obrera`), which a
        // journal and its year do not (`Weiß, Der Amtshaftungsanspruch,
        // JuS 2003, 12`: a family name, a title and a journal).
        && rest.split_once(", ").is_some_and(|(title, _)| {
            title
                .split_whitespace()
                .any(|w| w.chars().count() >= 3 && w.starts_with(char::is_lowercase))
        })
        && rest.split_once(", ").is_some_and(|(_, next)| {
            // `…, tesis doctoral, Universidad de Sevilla`.
            !next.starts_with(char::is_lowercase)
                || g.thesis.find(next).is_some_and(|m| m.start == 0)
        })
        && rest[..crate::source::floor_char_boundary(rest, 200)]
            .bytes()
            .any(|b| b.is_ascii_digit());
    if given_name {
        return NameOrder::InvertedFirst;
    }
    let family_ok = family.chars().next().is_some_and(char::is_uppercase)
        && family.chars().count() > 1
        && family.split_whitespace().count() <= 2
        && family
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'));
    // `J.`, `J.-`, and the two letters French lists write for some given
    // names (`Ph.`, `Ch.`, `Th.`).
    let initials_ok = initials.split_whitespace().all(|w| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && (matches!(c.as_str(), "." | "-.")
                || c.next().is_some_and(char::is_lowercase) && c.as_str() == ".")
    }) && !initials.trim().is_empty();
    if family_ok && initials_ok {
        NameOrder::InvertedFirst
    } else {
        NameOrder::Natural
    }
}

/// A family name followed by initials (`Степанков В.`, `Kohut Z. E.`), or
/// names so joined by commas: the names of a GOST-style short form.
fn family_and_initials(s: &str) -> bool {
    s.split(", ").all(|name| {
        let mut words = name.split_whitespace();
        let family = words.next().is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().count() > 2
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        });
        let mut initials = 0;
        let all_initials = words.all(|w| {
            initials += 1;
            let mut c = w.chars();
            c.next().is_some_and(char::is_uppercase) && c.as_str() == "."
        });
        family && all_initials && initials > 0
    })
}

/// Full citations with delimited titles; several may stand in one item
/// separated by commentary.
/// How many quoted or italic titles one item is searched for: more is not
/// a list of citations but pathological text (quotes nested thousands deep),
/// which must cost time in proportion to its length.
const MAX_TITLES: usize = 32;

fn full_citations(
    text: &str,
    a: usize,
    b: usize,
    g: &Grammar,
    signal: Option<String>,
    out: &mut Vec<RawItem>,
) {
    let mut pos = a;
    let mut first = true;
    let mut tries = 0;
    while pos < b && tries < MAX_TITLES {
        tries += 1;
        let seg = &text[pos..b];
        let Some((open, _inner, inner_end, close, _)) = find_title(seg) else {
            break;
        };
        let head = &seg[..open];
        let author_start = after_last_sentence_end(head);
        // `A. Nowak, Tytuł artykułu, „Czasopismo” 2003`, `M. Rossi, Titolo,
        // in «Rivista», CXII (2000)`: the title before a journal in quotes
        // is no discussion; only the names are read so.
        let journal_title =
            crate::syntax::reference::title_before_quoted_journal(seg, open, close, g);
        // `M. Zarzycka, Cenzor i redaktor. Z dziejów gazety, „Rocznik
        // Kaliski” 2016`: the title before the journal may hold a
        // subtitle's sentence end; the names before it hold none.
        let author_start = match journal_title {
            Some((t, _)) if t < author_start && after_last_sentence_end(&seg[..t]) == 0 => 0,
            _ => author_start,
        };
        let author_part = &head[author_start..];
        let journal_title = journal_title.filter(|&(t, _)| t >= author_start);
        let names = journal_title.map_or(author_part, |(t, _)| &seg[author_start..t]);
        if !looks_like_authors(names) {
            // A quoted phrase in prose: look further.
            pos += close;
            continue;
        }
        // `ders.`, `dies.` stand for the previous authors: not prose.
        let same_author = same_author_word(author_part, g);
        let prose = if same_author {
            author_part.len() - author_part.trim_start().len()
        } else if let Some((t, _)) = journal_title {
            prose_prefix_len(&seg[author_start..t], g)
        } else if cjk_clause_before_title(author_part, g) {
            author_part.len()
        } else {
            prose_prefix_len(author_part, g)
        };
        // `…45頁以下、山中永之佑『…』`: the mark that lists the next
        // citation is no part of it.
        let lead = &author_part[prose..];
        let start = pos
            + author_start
            + prose
            + (lead.len()
                - lead
                    .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '、' | '，'))
                    .len());
        // `…第36页。原文见正德《明会典》…`: a signal opening a later
        // sentence of the item is that citation's own.
        let (start, own_signal) = match leading_signal(&text[start..pos + open], g) {
            Some((len, word)) if start > a => (start + len, Some(word)),
            _ => (start, None),
        };
        let signal_here = own_signal.or_else(|| if first { signal.clone() } else { None });
        // `I use "archive" in Stoler's sense`: a quoted word of the prose,
        // with no names before it (lowercase words are none: `"weather" and
        // "climate"`), runs on into the sentence.
        let no_names = text[start..pos + open]
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_lowercase());
        if no_names && !same_author && quoted_in_prose(seg, inner_end, close) {
            pos += close;
            continue;
        }
        let end = pos + citation_end(seg, close, g);
        let cit = &text[start..end];
        let (parsed, pinpoint) = parse_full(cit, g);
        let has_detail = parsed.item.issued.is_some()
            || parsed.item.container_title.is_some()
            || parsed.item.publisher.is_some()
            || parsed.item.publisher_place.is_some()
            || parsed.item.url.is_some()
            // `『高麗史』 卷78`: a classical work and its book.
            || parsed.item.kind == "classic";
        // `Smith, “Short,” 190n7.`: a page and a note on it after the
        // title are a pinpoint, no container.
        let noted_pin = || {
            !parsed.item.author.is_empty()
                && title_then_locator(seg, close, g)
                && note_tail(seg.get(close..).unwrap_or(""), g).is_some()
        };
        if !has_detail || noted_pin() {
            // A short form with a title (`Smith, “Short,” 45`), or with
            // the title alone when the work has no author or the note
            // names it in the prose (`"Empire and Trade," 35.`).
            let title_alone = parsed.item.author.is_empty()
                && start == pos + open
                && title_then_locator(seg, close, g);
            if !parsed.item.author.is_empty() || title_alone {
                let title = parsed.item.title.clone();
                let author = parsed
                    .authors
                    .and_then(|(x, y)| cit.get(x..y))
                    // `罗尔斯：《正义论》`: the colon closes the names.
                    .map(|a| {
                        a.trim()
                            .trim_end_matches([':', '：'])
                            .trim_end()
                            .to_string()
                    });
                let after_title = parsed.title.map_or(cit.len(), |(_, e)| e);
                let locator = locator_in(
                    cit.get(after_title..)
                        .unwrap_or("")
                        .trim_start_matches(['”', '*', '"', '』', '」', '》', ',', '，', ' ']),
                    g,
                );
                out.push(named_short(start, end, signal_here, locator, author, title));
                first = false;
            }
            pos = end.max(pos + close);
            continue;
        }
        out.push(full_raw(start, end, signal_here, pinpoint, parsed.item));
        first = false;
        pos = end.max(pos + close);
    }
}

/// Whether only a locator follows the title that closes at `close` in
/// `seg`, up to the item's end: `"Empire and Trade," 35.`, `*Empire*,
/// 35–36.`, `"Empire," p. 35`, `《史记》，第300页。`. A title with nothing after it, or words
/// after it, is a phrase of the note's prose or a work cited in full.
fn title_then_locator(seg: &str, close: usize, g: &Grammar) -> bool {
    let after = seg
        .get(close..)
        .unwrap_or("")
        .trim_start_matches(['”', '*', '"', '_', '’', '»', ',', '，', ' '])
        .trim_end_matches(['.', ';', '。', '；', ' ', '\n']);
    !after.is_empty()
        && after.len() <= 24
        && after.bytes().any(|b| b.is_ascii_digit())
        && (after.starts_with(|c: char| c.is_ascii_digit())
            || g.page.find(after).is_some_and(|m| m.start == 0))
        && locator_in(after, g).is_some()
}

/// Whether the delimited words ending at `inner_end` (their closing mark
/// ending at `close`) are a phrase of the sentence rather than a title: no
/// punctuation closes them (a title is followed by its own comma or period:
/// `"Empire and Trade," 35`, `« Titre », dans`), and the sentence runs on
/// in lowercase after a space (`"archive" in Stoler's sense`, `"moral
/// economy" comes from`).
fn quoted_in_prose(seg: &str, inner_end: usize, close: usize) -> bool {
    let inner = seg.get(..inner_end).unwrap_or("").trim_end();
    if inner.ends_with(|c: char| c.is_ascii_punctuation() || matches!(c, '…' | '，' | '、' | '。'))
    {
        return false;
    }
    let after = seg.get(close..).unwrap_or("");
    let rest = after.trim_start_matches([' ', '\t', '\n', '\r']);
    rest.len() < after.len() && rest.starts_with(char::is_lowercase)
}

/// Whether the text after a date makes it the date of an entry of a
/// chronicle (`《明实录·太祖实录》卷五八，洪武三年十一月辛亥条`,
/// `万历十年正月丁未朔條`): a day of the sexagenary cycle (a heavenly stem
/// and an earthly branch), perhaps `朔`, then `条`; or such a day alone,
/// closing its part of the citation (`《清高宗实录》卷一二八，乾隆五年七月丙子，
/// 第812页`), as no date of printing names one. Such a date says where in
/// the work the passage stands, not when the work was printed.
pub(crate) fn record_date(after: &str) -> bool {
    const STEMS: &str = "甲乙丙丁戊己庚辛壬癸";
    const BRANCHES: &str = "子丑寅卯辰巳午未申酉戌亥";
    let mut cs = after.chars().peekable();
    let mut day = false;
    if cs.peek().is_some_and(|&c| STEMS.contains(c)) {
        cs.next();
        if !cs.next().is_some_and(|c| BRANCHES.contains(c)) {
            return false;
        }
        day = true;
    }
    if cs.peek() == Some(&'朔') {
        cs.next();
    }
    match cs.next() {
        Some('条' | '條') => true,
        None => day,
        Some(c) => day && matches!(c, '，' | ',' | '、' | '。' | '；' | ';' | ' ' | '）' | ')'),
    }
}

/// Where a full citation whose title closes at `close` ends in `seg`: after
/// its date and what may follow a date (URL, access date, pages), at the
/// next sentence end.
fn citation_end(seg: &str, close: usize, g: &Grammar) -> usize {
    // `'Title' [1997] PL 467, 470.`: a law journal after the title, read
    // whole (its abbreviation is no date's word, its brackets no end).
    if let Some(n) = seg
        .get(close..)
        .and_then(crate::syntax::reference::law_journal_end)
    {
        return close + n;
    }
    // The next title that follows a sentence end begins another citation
    // (a container such as `*Journal*` right after the title does not).
    let next_title = next_citation_title(seg, close, g);
    let limit = next_title.unwrap_or(seg.len());
    let window = &seg[close..limit];
    // Numbers of `No. 2024-19` or `pp. 1999-2001` are no dates.
    let taken: Vec<(usize, usize)> = [&g.volume, &g.issue, &g.page]
        .iter()
        .flat_map(|lex| lex.find_all(window))
        .map(|m| (m.start, m.end))
        .collect();
    let free = |d: &&crate::syntax::date::DateMatch| {
        !taken.iter().any(|&(a, b)| d.start < b && d.end > a) && !record_date(&window[d.end..])
    };
    let dates = g.dates.find_all(window);
    let date = dates
        .iter()
        .find(free)
        .map(|first| crate::syntax::reference::past_year_span(window, &dates, first, free));
    let Some(d) = date else {
        return cut_before_next(seg, close, next_title);
    };
    // `『朝鮮總督府統計年報』 大正14年版, 京城: 朝鮮總督府, 1927, 36쪽`: the year
    // of a yearbook's edition right after the title, an edition word glued
    // to it; the imprint's year after it is the one the citation goes on
    // from.
    let d = if window[..d.start]
        .trim_matches([' ', ',', '，', '、'])
        .is_empty()
        && crate::syntax::edition::edition_word(&window[d.end..], g).is_some()
    {
        dates
            .iter()
            .filter(free)
            .find(|e| e.start > d.end)
            .map_or(d, |e| {
                crate::syntax::reference::past_year_span(window, &dates, e, free)
            })
    } else {
        d
    };
    let mut p = close + d.end;
    // Whether the last part taken was a page or a range of pages.
    let mut pages = false;
    loop {
        let rest = &seg[p..limit];
        let skip = rest.len()
            - rest
                .trim_start_matches([
                    ' ', '.', ',', ')', '）', '*', '\t', ':', '、', '，', '\n', '\r',
                ])
                .len();
        let r = &rest[skip..];
        let mut took_pages = false;
        // `出版社2018年版`: the edition word glued to the year names the
        // printing of that year.
        // So does a kind of printing ending in that word (`1962年校印本`,
        // `1986年影印本`): up to three Han characters before it.
        let year_edition = (skip == 0)
            .then(|| {
                r.char_indices()
                    .take(4)
                    .take_while(|&(_, c)| matches!(c as u32, 0x4E00..=0x9FFF))
                    .find_map(|(i, _)| {
                        g.edition
                            .iter()
                            .find(|w| {
                                w.starts_with(crate::segment::is_cjk)
                                    && r[i..].starts_with(w.as_str())
                            })
                            .map(|w| i + w.len())
                    })
            })
            .flatten()
            // `1925년판`: an edition word of other scripts, glued to the
            // date the citation's own.
            .or_else(|| {
                (skip == 0 && p == close + d.end)
                    .then(|| crate::syntax::edition::edition_word(r, g))
                    .flatten()
            });
        let number_token = r
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '–' | '—' | 'f')))
            .unwrap_or(r.len());
        let after_number = &r[number_token..];
        // `1023` / `頁。`: a page word after the number and a line break
        // makes it a pinpoint, no bare pages.
        let page_word_after = || {
            let head = &r[..crate::source::floor_char_boundary(r, 48)];
            g.page
                .find(head)
                .is_some_and(|m| m.start == 0 && m.end > number_token)
        };
        // `45頁以下`, `45頁以` / `下`: a word for the pages that follow.
        let following = (pages && skip == 0)
            .then(|| {
                g.page_following.iter().find_map(|w| {
                    let mut len = 0;
                    for c in w.chars() {
                        let t = r[len..].trim_start_matches(['\n', '\r']);
                        len = r.len() - t.len();
                        if !t.starts_with(c) {
                            return None;
                        }
                        len += c.len_utf8();
                    }
                    Some(len)
                })
            })
            .flatten();
        // `（信山社、2001年）所収、35頁`: a word saying the work is in the
        // book just named, before the page.
        let contained = g
            .contained_after
            .iter()
            .find(|w| r.starts_with(w.as_str()))
            .map(String::len);
        if let Some(len) = year_edition {
            p += len;
        } else if let Some(len) = contained {
            p += skip + len;
        } else if let Some(len) = following {
            p += len;
        } else if number_token > 0
            && r.starts_with(|c: char| c.is_ascii_digit())
            && (after_number.is_empty()
                || after_number.starts_with(['.', ',', ';', ' ', '、', '。', '，']))
            && !page_word_after()
        {
            // Pages after the date: `(2016): 301–330.`, `2015), 23–25.`
            p += skip + number_token;
            took_pages = true;
        } else if let Some(n) = (number_token > 0 && r.starts_with(|c: char| c.is_ascii_digit()))
            .then(|| glued_note_len(after_number, g))
            .flatten()
        {
            // `(1993): 185n2`: a page and a note glued to it (CMOS 14.158).
            p += skip + number_token + n;
            took_pages = true;
        } else if let Some(n) = (skip == 0 && p == close + d.end)
            .then(|| year_slash_number(r))
            .flatten()
        {
            // `NJB 2015/123`, `AB 2018/27`: the year, then the number of
            // the article or decision in that year's volume.
            p += n;
        } else if let Some(n) = pages.then(|| pin_after_here_word(r, g)).flatten() {
            // `p. 643-650, ici p. 645`: the page cited within the work's.
            p += skip + n;
        } else if r.starts_with('<') {
            p += skip + r.find('>').map_or(r.len(), |x| x + 1);
        } else if r.starts_with("http") || r.starts_with("www.") || r.starts_with("doi") {
            let end = r.find(char::is_whitespace).unwrap_or(r.len());
            p += skip + crate::syntax::reference::url_continued(r, end);
        } else if r.starts_with('(') {
            let close_paren = r.find(')').map_or(r.len(), |x| x + 1);
            p += skip + close_paren;
        } else if let Some(m) = g.page.find(r).filter(|m| m.start == 0) {
            p += skip + m.end;
            took_pages = true;
        } else if let Some((_, m)) = g
            .pinpoint(r)
            .filter(|(_, m)| m.start == 0 && m.number.is_some())
        {
            // `（岩波書店、2014年）第2章`, `2006年，第3章`: a chapter or
            // section of the work, a page perhaps after it.
            p += skip + m.end;
        } else if let Some(m) = pages
            .then(|| g.note_locator().find(r))
            .flatten()
            .filter(|m| m.start == 0 && m.number.is_some())
        {
            // `第45页注3`, `p. 12, n. 4`: a note on the page just taken.
            p += skip + m.end;
        } else if let Some(m) = g
            .volume
            .find(r)
            .filter(|m| m.start == 0)
            .or_else(|| g.issue.find(r).filter(|m| m.start == 0))
        {
            p += skip + m.end;
        } else if let Some(e) = (skip > 0)
            .then(|| crate::syntax::edition::statement(r, g))
            .flatten()
            .filter(|e| r[..e.len].contains(crate::segment::is_cjk))
        {
            // `2002年，增訂三版，頁77`, `2010, 제2판, 45쪽`: an edition
            // statement in CJK after the year, before the page.
            p += skip + e.len;
        } else {
            // Trailing punctuation belongs to the citation.
            let punct = rest.len() - rest.trim_start_matches(['.', ')', '）', ' ', '。']).len();
            let end = p + punct.min(
                rest.find(|c: char| c != '.' && c != ')' && c != '）' && c != '。')
                    .unwrap_or(rest.len()),
            );
            return if r.is_empty() {
                limit.min(seg.len())
            } else {
                end.min(limit)
            };
        }
        pages = took_pages;
        if p >= limit {
            return limit;
        }
    }
}

/// `Asser/Hartkamp & Sieburgh 6-IV 2019/45`, `Asser/Kortmann 2-I
/// 2016/123`, `Pitlo/Reehuis & Heisterkamp 2012/45`: a volume of a Dutch
/// handbook series, its series' name, a slash, the authors of the volume
/// (joined by `&` or `en`), the part, the year of the edition, a slash and
/// the margin number (randnummer) cited.
static HANDBOOK: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(&format!(
        r"^{HANDBOOK_VOLUME}/(?P<n>[0-9]{{1,4}}(?:-[0-9]{{1,4}})?)\.?$"
    ))
});

/// The series, authors, part and year of [`HANDBOOK`], without the margin
/// number.
const HANDBOOK_VOLUME: &str = r"(?P<series>\p{Lu}\p{Ll}+)/(?P<authors>\p{Lu}[\p{L}'’-]+(?: (?:[a-z]{1,3} )*\p{Lu}[\p{L}'’-]+)*(?: (?:&|en) (?:[a-z]{1,3} )*\p{Lu}[\p{L}'’-]+)*)(?: (?P<part>[0-9]{1,2}(?:-[IVX]{1,4})?\*{0,3}))? (?P<year>(?:19|20)[0-9][0-9])";

/// Whether a list's line is only a volume of a handbook series as the
/// notes cite it (`Pitlo/Reehuis & Heisterkamp 2012`): a list that names
/// its works so gives the full reference on the next line.
pub fn handbook_volume_alone(line: &str) -> bool {
    static ALONE: LazyLock<Regex> =
        LazyLock::new(|| crate::re::constant(&format!(r"^{HANDBOOK_VOLUME}$")));
    let line = line.trim();
    line.len() <= 120
        && line.split(' ').next().is_some_and(series_then_slash)
        && crate::re::captures(&ALONE, line).is_some()
}

/// A volume of a handbook series as a list names it before its full
/// reference, the way the notes cite it (`Asser/Hartkamp & Sieburgh 6-IV
/// 2019` / `C.S. Hartkamp & C.H. Sieburgh, Mr. C. Asser’s Handleiding …,
/// Deventer: Wolters Kluwer 2019.`): [`HANDBOOK`] without the margin
/// number, then white space and a capital. Its length with the space.
pub fn handbook_head_len(entry: &str) -> Option<usize> {
    static HEAD: LazyLock<Regex> =
        LazyLock::new(|| crate::re::constant(&format!(r"^{HANDBOOK_VOLUME}\s+\p{{Lu}}")));
    if !entry.split(' ').next().is_some_and(series_then_slash) {
        return None;
    }
    let c = crate::re::captures(&HEAD, entry)?;
    let end = c.get(0)?.end();
    // The capital after the space is the full reference's first letter.
    let len = end - entry[..end].chars().next_back()?.len_utf8();
    // The reference after it names its year again, with a comma before.
    let rest = &entry[len..];
    (rest.contains(',') && rest.contains(c.name("year")?.as_str())).then_some(len)
}

/// Whether `s` opens with two letters or more and a slash, as the series'
/// name of [`HANDBOOK`] (`^\p{Lu}\p{Ll}+/`, letters all): a cheap test
/// before the pattern is built or run.
fn series_then_slash(s: &str) -> bool {
    s.find('/')
        .is_some_and(|i| s[..i].chars().nth(1).is_some() && s[..i].chars().all(char::is_alphabetic))
}

/// A citation of a volume of a handbook series ([`HANDBOOK`]): a `book`
/// whose title is the series and the part (`Asser 6-IV`), in the series
/// (`collection-title`), the volume's authors, the edition's year, and the
/// margin number as the locator.
fn handbook_citation(text: &str, a: usize, b: usize, signal: Option<String>) -> Option<RawItem> {
    let (item, start, end) = trimmed_item(text, a, b);
    if item.len() > 120 || !series_then_slash(item) {
        return None;
    }
    let c = crate::re::captures(&HANDBOOK, item)?;
    let series = c.name("series")?.as_str();
    let title = match c.name("part") {
        Some(part) => format!("{series} {}", part.as_str()),
        None => series.to_string(),
    };
    let author = c
        .name("authors")?
        .as_str()
        .split(" & ")
        .flat_map(|p| p.split(" en "))
        .map(|family| crate::model::CslName {
            family: Some(family.trim().to_string()),
            ..Default::default()
        })
        .collect();
    let year = c.name("year")?.as_str();
    let fields = crate::model::CslItem {
        kind: "book".into(),
        title: Some(title),
        author,
        // The series, by which the resolver finds the volume in a list
        // that gives its full title (`Mr. C. Assers Handleiding …`).
        collection_title: Some(series.to_string()),
        issued: Some(crate::model::CslDate::new(
            year.parse().ok()?,
            None,
            None,
            Some(year.to_string()),
        )),
        ..Default::default()
    };
    let locator = Locator {
        label: "margin".into(),
        value: crate::grammar::locator_value(c.name("n")?.as_str()),
        ..Default::default()
    };
    Some(full_raw(start, end, signal, Some(locator), fields))
}

/// `/123` after a year (`NJB 2015/123`, `NJ 2001/123`): a slash and the
/// number of an article or decision within that year, as Dutch law
/// reviews and reports are cited. Its length.
pub(crate) fn year_slash_number(r: &str) -> Option<usize> {
    let digits = r
        .strip_prefix('/')?
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    let after = r.as_bytes().get(1 + digits);
    ((1..=5).contains(&digits) && after.is_none_or(|b| !b.is_ascii_alphanumeric()))
        .then_some(1 + digits)
}

/// Whether `word` is the short word, or its abbreviation, that says a
/// page within a work's pages follows (`hier`, `ici`, `here`, `qui`,
/// `esp.`, `bes.`): two to six lowercase letters, a period after them
/// allowed.
fn here_word(word: &str) -> bool {
    let word = word.strip_suffix('.').unwrap_or(word);
    (2..=6).contains(&word.chars().count()) && word.chars().all(char::is_lowercase)
}

/// `ici p. 645` (`hier S. 130`, `here p. 5`, `aquí p. 12`, `esp. p. 115`)
/// at the start of `r`, after a work's pages: a short lowercase word or
/// its abbreviation, a page and the end of the citation. The length of the word and the page.
fn pin_after_here_word(r: &str, g: &Grammar) -> Option<usize> {
    let word = &r[..r.find(char::is_whitespace)?];
    if !here_word(word) {
        return None;
    }
    let after = r[word.len()..].trim_start();
    let m = g
        .page
        .find(after)
        .filter(|m| m.start == 0 && m.number.is_some())?;
    let tail = after[m.end..].trim_start();
    let ends = tail.is_empty() || tail.starts_with(['.', ';', ')']);
    ends.then(|| r.len() - after.len() + m.end)
}

/// The first delimited title after `from` with a sentence end before it.
fn next_citation_title(seg: &str, from: usize, g: &Grammar) -> Option<usize> {
    let mut at = from;
    for _ in 0..MAX_TITLES {
        if at >= seg.len() {
            break;
        }
        let (open, _, _, close, _) = find_title(&seg[at..])?;
        if after_last_sentence_end(&seg[from..at + open]) > 0
            && !in_hereafter_bracket(&seg[from..at + open], g)
        {
            return Some(at + open);
        }
        at += close.max(1);
    }
    None
}

/// Whether `before` ends inside a bracket that opens with a `hereafter`
/// word (`…, 1912. 3. 18.(이하 `, `… (hereafter `): a title that follows
/// is the short name the bracket defines (`(이하 "관보"), 3면`), no
/// citation of its own. Looks at the last 48 bytes.
fn in_hereafter_bracket(before: &str, g: &Grammar) -> bool {
    if g.hereafter.is_empty() {
        return false;
    }
    let from = crate::source::floor_char_boundary(before, before.len().saturating_sub(48));
    let tail = &before[from..];
    let Some((open, c)) = tail.rmatch_indices(['(', '（', '[']).next() else {
        return false;
    };
    let inner = &tail[open + c.len()..];
    !inner.contains([')', '）', ']']) && g.after_hereafter(inner.trim()).is_some()
}

/// With no date: the citation runs to the sentence end before the next
/// title's author part, or to the end.
fn cut_before_next(seg: &str, close: usize, next_title: Option<usize>) -> usize {
    match next_title {
        Some(nt) => {
            let between = &seg[close..nt];
            let cut = after_last_sentence_end(between);
            if cut > 0 {
                close + cut
            } else {
                seg.len()
            }
        }
        None => seg.len(),
    }
}

/// `(Al Jazeera, June 30, 2024)`, `(United Nations, March 28, 2024)`,
/// `(Ministry of Foreign Affairs of North Korea, 2024)`: an author and a
/// date in parentheses inside a note's prose.
///
/// A name before a parenthesis of years (`이에 대해서는 김철수(2018: 45)를
/// 참조`, `see Smith (2019, p. 4) on this`) is a narrative author-date
/// citation, as in the running text.
fn parentheticals(text: &str, a: usize, b: usize, g: &Grammar, out: &mut Vec<RawItem>) {
    let item = &text[a..b];
    let before = out.len();
    out.extend(code_articles_in_prose(text, a, b, g));
    for c in crate::intext::note_narratives(item, g) {
        let (start, end) = (a + c.span.start, a + c.span.end);
        if c.authors.is_none() || end > b {
            continue;
        }
        out.push(RawItem {
            start,
            end,
            kind: CitationKind::AuthorDate,
            signal: c.signal,
            locator: c.locator,
            short: Some(Box::new(ShortFormInfo {
                word: None,
                author: c.authors,
                date: c.date,
                title: None,
                note: None,
            })),
            back_ref: None,
            fields: None,
            indirect: false,
        });
    }
    let mut i = 0;
    while let Some(open) = item[i..].find('(').map(|p| i + p) {
        let Some(close) = item[open..].find(')').map(|p| open + p) else {
            break;
        };
        let content = &item[open + 1..close];
        i = close + 1;
        let Some(d) = g.dates.find_all(content).into_iter().last() else {
            continue;
        };
        if !content[d.end..].trim().trim_end_matches('.').is_empty() {
            continue;
        }
        let author = content[..d.start]
            .trim()
            .trim_end_matches(',')
            .trim()
            .trim_matches('*')
            .trim();
        let starts_ok = author.chars().next().is_some_and(|c| c.is_alphabetic());
        // `whose Reliquiae Baxterianae (London, 1696) records it`: a town
        // of publication and a year are a work's imprint, no author's.
        if author.is_empty()
            || g.places.iter().any(|p| p == author)
            || author.contains(':')
            || !starts_ok
            || author.chars().any(|c| c.is_ascii_digit())
            || author.chars().count() > 80
        {
            continue;
        }
        let start = a + open + 1;
        let end = a + close;
        out.push(RawItem {
            start,
            end,
            kind: CitationKind::Parenthetical,
            signal: None,
            locator: None,
            short: Some(Box::new(ShortFormInfo {
                word: None,
                author: Some(author.to_string()),
                date: Some(content[d.start..d.end].trim().to_string()),
                title: None,
                note: None,
            })),
            back_ref: None,
            fields: None,
            indirect: false,
        });
    }
    out[before..].sort_by_key(|r| r.start);
}

#[cfg(test)]
mod edition_sigla {
    use super::*;

    #[test]
    fn an_editions_siglum_and_volume_end_a_short_title() {
        assert_eq!(edition_volume_at("GMS, AA IV"), Some(3));
        assert_eq!(
            edition_volume_at("Zur Genealogie der Moral II 2, KSA 5"),
            Some(29)
        );
        assert_eq!(edition_volume_at("Das Kapital, MEW 23"), Some(11));
        assert_eq!(edition_volume_at("Steam, Politics and Patronage"), None);
        assert_eq!(edition_volume_at("Kritik, AA"), None);
        assert_eq!(edition_volume_at("Kritik, AA 1234"), None);
        assert_eq!(edition_volume_at("Kritik, Aa IV"), None);
        assert_eq!(edition_volume_at("Kritik, AA IV 3"), None);
        assert_eq!(edition_volume_at(", AA IV"), None);
    }

    #[test]
    fn short_forms_by_siglum_keep_the_title_and_give_the_pinpoint() {
        let g = Grammar::builtin();
        for (note, author, title, page, text) in [
            ("Kant, GMS, AA IV, 440.", "Kant", "GMS", "440", "AA IV, 440"),
            (
                "Nietzsche, Zur Genealogie der Moral II 2, KSA 5, S. 293.",
                "Nietzsche",
                "Zur Genealogie der Moral II 2",
                "293",
                "KSA 5, S. 293",
            ),
        ] {
            let items = note_items(note, &g);
            let [item] = &items[..] else {
                panic!("{note}: {items:?}");
            };
            assert_eq!(item.kind, CitationKind::Short, "{note}");
            let short = item.short.as_deref().expect("a short form");
            assert_eq!(short.author.as_deref(), Some(author));
            assert_eq!(short.title.as_deref(), Some(title));
            let locator = item.locator.as_ref().expect("a pinpoint");
            assert_eq!(locator.value, page);
            assert_eq!(locator.text.as_deref(), Some(text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The short title and pinpoint of the one short form of `note`, if
    /// it reads as one by its title alone.
    fn title_short(note: &str, g: &Grammar) -> Option<(String, String, String)> {
        let items = note_items(note, g);
        let [item] = &items[..] else {
            return None;
        };
        let short = item.short.as_deref()?;
        let pin = item.locator.as_ref()?;
        let title = short.title.clone()?;
        (item.kind == CitationKind::Short && short.author.is_none() && short.word.is_none())
            .then(|| (title, pin.label.clone(), pin.value.clone()))
    }

    #[test]
    fn a_work_without_an_author_is_cited_again_by_its_title() {
        let g = Grammar::builtin();
        let t = |s: &str| title_short(s, &g);
        let want = |title: &str, label: &str, value: &str| {
            Some((title.to_string(), label.to_string(), value.to_string()))
        };
        assert_eq!(
            t("Annual Report of the Sanitary Commissioner for Madras, 1877, 15."),
            want(
                "Annual Report of the Sanitary Commissioner for Madras, 1877",
                "page",
                "15"
            )
        );
        assert_eq!(
            t("Indian Famine Commission, 41."),
            want("Indian Famine Commission", "page", "41")
        );
        assert_eq!(
            t("Chicago Manual of Style, 14.76."),
            want("Chicago Manual of Style", "section", "14.76")
        );
        assert_eq!(
            t("Report of the Famine Commission, pp. 41–42."),
            want("Report of the Famine Commission", "page", "41–42")
        );
    }

    #[test]
    fn prose_and_names_before_a_page_are_no_title_short_form() {
        let g = Grammar::builtin();
        for note in [
            // Prose: long words in lowercase.
            "The commissioners relied on district officers, who rarely counted deaths, 57.",
            "Madras mortality was understated by a third, on most estimates, 12.",
            // A year is no page.
            "Report of the Famine Commission, 1880.",
            // A person's name, no body's.
            "John Maynard Keynes, 45.",
            // Digits or a sentence's end in the title.
            "Report of the Commission of 1880, 35.",
            "Report of the Commission. London, 35.",
        ] {
            assert_eq!(title_short(note, &g), None, "{note}");
            let items = note_items(note, &g);
            assert!(
                items
                    .iter()
                    .all(|i| i.short.as_deref().is_none_or(|s| s.author.is_some())),
                "{note}: {items:?}"
            );
        }
    }

    #[test]
    fn provisions_before_an_act_are_measured() {
        let g = &Grammar::builtin();
        let item = "§ 2 odst. 1 zákona č. 89/2012 Sb., občanský zákoník.";
        let n = provisions_before(item, g);
        assert!(item[n..].starts_with("zákona "));
        assert_eq!(provisions_before("zákon č. 89/2012 Sb.", g), 0);
        assert_eq!(provisions_before("Smith, Title, 12.", g), 0);
    }

    #[test]
    fn a_provision_is_joined_to_its_act_by_short_words() {
        let g = &Grammar::builtin();
        let act = |item: &str| {
            let raw = numbered_statute_citation(item, 0, item.len(), g, None)?;
            let f = raw.fields?;
            Some((f.title?, raw.locator?.value))
        };
        let (title, at) = act("Art. 93 de la Ley Orgánica 3/2018, de 5 de diciembre.").unwrap();
        assert_eq!(title, "Ley Orgánica 3/2018, de 5 de diciembre");
        assert_eq!(at, "Art. 93");
        let (title, at) = act("art. 5 della legge 7 agosto 1990, n. 241.").unwrap();
        assert_eq!(title, "legge 7 agosto 1990, n. 241");
        assert_eq!(at, "art. 5");
        // Words that are no joining words, or too many of them, join
        // nothing.
        assert_eq!(act("Art. 93 Verfassung und die Ley 3/2018."), None);
        assert_eq!(
            act("Art. 93 de la reforma de la ley de la Ley 3/2018, de 5 de diciembre."),
            None
        );
    }

    #[test]
    fn czech_decisions_give_the_docket_after_sp_zn_before_or_after_the_date() {
        let g = &Grammar::builtin();
        let read = |item: &str| {
            dated_docket_decision(item, 0, item.len(), g, None)
                .and_then(|r| r.fields)
                .map(|f| {
                    let year = f.year();
                    (f.publisher.unwrap(), f.title.unwrap(), year)
                })
        };
        let found = |p: &str, t: &str, y: i32| Some((p.to_string(), t.to_string(), Some(y)));
        assert_eq!(
            read("Rozsudek Nejvyššího soudu ze dne 12. 3. 2015, sp. zn. 25 Cdo 1234/2013."),
            found("Nejvyššího soudu", "25 Cdo 1234/2013", 2015)
        );
        assert_eq!(
            read("usnesení Nejvyššího správního soudu ze dne 5. 6. 2018, sp. zn. 4 As 12/2018"),
            found("Nejvyššího správního soudu", "4 As 12/2018", 2018)
        );
        assert_eq!(
            read("Nález ÚS sp. zn. Pl. ÚS 19/93 ze dne 21. 12. 1993."),
            found("ÚS", "Pl. ÚS 19/93", 1993)
        );
        assert_eq!(
            read("nález Ústavního soudu sp. zn. I. ÚS 123/05 ze dne 3. 4. 2006, N 75/41 SbNU 1"),
            found("Ústavního soudu", "I. ÚS 123/05", 2006)
        );
        // A court written out needs a court's word; a docket needs its date.
        assert_eq!(
            read("Rozsudek Nového města ze dne 12. 3. 2015, sp. zn. 25 Cdo 1234/2013."),
            None
        );
        assert_eq!(read("Nález ÚS sp. zn. Pl. ÚS 19/93 a další."), None);
        // The Polish form is read as before.
        assert_eq!(
            read("wyrok SN z dnia 12 marca 2019 r., II CSK 123/18"),
            found("SN", "II CSK 123/18", 2019)
        );
    }

    #[test]
    fn a_court_of_a_province_gives_its_seat_before_the_number() {
        let g = &Grammar::builtin();
        let read = |item: &str| {
            romance_decision_citation(item, 0, item.len(), g, None)
                .and_then(|r| r.fields)
                .map(|f| {
                    let year = f.year();
                    (f.publisher, f.title, year)
                })
        };
        let found = |p: &str, t: &str, y: i32| Some((Some(p.into()), Some(t.into()), Some(y)));
        assert_eq!(
            read("SAP Madrid 123/2019, de 5 de marzo."),
            found("SAP Madrid", "123/2019", 2019)
        );
        assert_eq!(
            read("STSJ Castilla y León 45/2020, de 3 de febrero."),
            found("STSJ Castilla y León", "45/2020", 2020)
        );
        assert_eq!(
            read("STSJ Cataluña 1234/2018, de 12 de julio."),
            found("STSJ Cataluña", "1234/2018", 2018)
        );
        assert_eq!(
            seat_and_number("Madrid 123/2019"),
            Some(("Madrid", 7, (8, Some(2019))))
        );
        // A number without its year is no judgment's.
        assert_eq!(seat_and_number("Madrid 123"), None);
        assert_eq!(seat_and_number("Madrid, 123/2019"), None);
    }

    #[test]
    fn a_decision_keeps_its_appeal_docket() {
        let g = &Grammar::builtin();
        let docket = |part: &str| decision_docket(part, g).map(str::to_string);
        assert_eq!(docket("rec. 725/2010").as_deref(), Some("725/2010"));
        assert_eq!(
            docket("recurso de casación núm. 2772/2013").as_deref(),
            Some("2772/2013")
        );
        assert_eq!(docket("C-131/12").as_deref(), Some("C-131/12"));
        assert_eq!(docket("rec. del Tribunal"), None);
        let item = "STS 545/2015, de 15 de octubre (rec. 2772/2013), FJ 6.";
        let raw = romance_decision_citation(item, 0, item.len(), g, None).unwrap();
        let f = raw.fields.unwrap();
        assert_eq!(f.title.as_deref(), Some("545/2015"));
        assert_eq!(f.number.as_deref(), Some("2772/2013"));
        assert_eq!(raw.locator.unwrap().value, "6");
        // Names before a docket are the parties'; before anything else
        // they end the decision.
        let item = "STJUE de 13 de mayo de 2014, Google Spain y Google, C-131/12.";
        let f = romance_decision_citation(item, 0, item.len(), g, None)
            .and_then(|r| r.fields)
            .unwrap();
        assert_eq!(f.title.as_deref(), Some("Google Spain y Google"));
        let item = "STJUE de 13 de mayo de 2014, Google Spain y Google.";
        let f = romance_decision_citation(item, 0, item.len(), g, None)
            .and_then(|r| r.fields)
            .unwrap();
        assert_eq!(f.title, None);
    }

    #[test]
    fn a_title_inside_a_bracket_defining_a_short_name_starts_no_citation() {
        let g = Grammar::builtin();
        for before in [
            "조선총독부 관보, 1912. 3. 18.(이하 ",
            "『관보』, 1912.(이하 ",
            "Smith, Wealth (London, 1776) (hereafter ",
        ] {
            assert!(in_hereafter_bracket(before, &g), "{before}");
        }
        for before in [
            "『관보』, 1912. (",
            "『관보』(이하 관보), ",
            "Smith, Wealth (see ",
        ] {
            assert!(!in_hereafter_bracket(before, &g), "{before}");
        }
    }

    #[test]
    fn a_korean_sentence_of_prose_ends_on_a_verb() {
        let g = Grammar::builtin();
        let next = "관습조사의 방법에 대해서는 윤대성, 앞의 논문, 40면";
        assert!(ends_in_hangul_prose(
            "정긍식, 앞의 책, 제3장에서 자세히 다룬다.",
            next,
            &g
        ));
        // Citations end on a page, a back-reference or a title's mark.
        for sentence in [
            "김철수, 앞의 책, 45면.",
            "위의 책.",
            "김철수, 『한국사회론』.",
        ] {
            assert!(!ends_in_hangul_prose(sentence, next, &g), "{sentence}");
        }
        // Nor is a sentence in Latin letters after it one of Korean prose.
        assert!(!ends_in_hangul_prose(
            "자세히 다룬다.",
            "See Kim, supra note 3.",
            &g
        ));
    }

    #[test]
    fn an_author_after_a_note_cited_by_another_word_names_the_work() {
        let g = Grammar::builtin();
        assert_eq!(
            name_after_supra("前注[", "，张三文，第34页。", &g),
            Some("张三")
        );
        assert_eq!(
            name_after_supra("前注〔", "，李四书，第9页", &g),
            Some("李四")
        );
        assert_eq!(name_after_supra("前引[", "，王泽鉴书", &g), Some("王泽鉴"));
        // `同` ("the same as") before the word.
        assert_eq!(
            name_after_supra("同前注", "，王利明文，第36页。", &g),
            Some("王利明")
        );
        assert_eq!(
            name_after_supra("同前引[", "，王泽鉴书", &g),
            Some("王泽鉴")
        );
        assert_eq!(name_after_supra("同前注", "，第36页。", &g), None);
        // No kind's word after the name: none.
        assert_eq!(name_after_supra("前注[", "，第34页。", &g), None);
        assert_eq!(name_after_supra("前注[", "，张三认为，", &g), None);
    }

    #[test]
    fn a_bare_title_after_a_korean_name_is_a_short_form() {
        let g = Grammar::builtin();
        let read = |s: &str| {
            cjk_title_short(s, 0, s.len(), &g, None).map(|r| {
                let short = r.short.unwrap();
                (
                    short.author.unwrap(),
                    short.title.unwrap(),
                    r.locator.map(|l| (l.label, l.value)),
                )
            })
        };
        assert_eq!(
            read("정긍식, 한국근대법사고, 120면."),
            Some((
                "정긍식".into(),
                "한국근대법사고".into(),
                Some(("page".into(), "120".into()))
            ))
        );
        assert_eq!(
            read("김철수, 한국사회론, 제3장."),
            Some((
                "김철수".into(),
                "한국사회론".into(),
                Some(("chapter".into(), "3".into()))
            ))
        );
        for s in [
            // A back-reference word, not a title.
            "김철수, 위의 책, 120면.",
            // Prose before the name, or no pinpoint that ends the item.
            "이에 대해서는, 위와 같이, 120면 참조.",
            "김철수, 한국사회론, 120면 이하를 참조.",
            // A title with its marks is read elsewhere.
            "김철수, 『한국사회론』, 120면.",
            // Four parts.
            "김철수, 한국사회론, 서울, 120면.",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }

    #[test]
    fn a_provisions_amendment_in_brackets_is_no_part_of_it() {
        assert_eq!(
            without_amendment("제778조(2005. 3. 31. 법률 제7427호로 삭제)"),
            "제778조"
        );
        assert_eq!(
            without_amendment("第11條（1912. 3. 18. 制令 第7號）"),
            "第11條"
        );
        // Brackets without a year, or none, are left.
        assert_eq!(without_amendment("제3조(정의)"), "제3조(정의)");
        assert_eq!(without_amendment("제750조 제1항"), "제750조 제1항");
    }

    #[test]
    fn a_cited_in_word_broken_over_a_line_still_closes_its_brackets() {
        let g = Grammar::builtin();
        let item = "X, 40쪽(전성호, 앞의 글, 20쪽에서 재 인용).";
        let m = broken_after_word(item, &g).unwrap();
        assert_eq!(&item[m.start..m.end], "재 인용");
        // A space between words of its own is no broken word.
        assert!(broken_after_word("X, 40쪽(전성호, 앞의 글, 20쪽 참조).", &g).is_none());
        assert!(broken_after_word("X, 40쪽.", &g).is_none());
    }

    #[test]
    fn a_clause_of_prose_before_a_title_is_no_name() {
        let g = Grammar::builtin();
        assert!(cjk_clause_before_title("분석 대상 판결은 ", &g));
        // Names: one word, names before a comma, a name glued to the mark.
        assert!(!cjk_clause_before_title("김지은 ", &g));
        assert!(!cjk_clause_before_title("홍길동, ", &g));
        assert!(!cjk_clause_before_title("존 헨리 메리먼 저, ", &g));
        assert!(!cjk_clause_before_title("山中永之佑", &g));
    }

    #[test]
    fn a_decision_of_court_day_and_kind_without_a_docket() {
        let g = Grammar::builtin();
        let text = "朝鮮高等法院 1913. 2. 14. 判決, 『民事判決錄』 第2卷, 31면.";
        let raw = undocketed_decision_citation(text, 0, text.len(), &g, None).unwrap();
        let f = raw.fields.as_deref().unwrap();
        assert_eq!(f.publisher.as_deref(), Some("朝鮮高等法院"));
        assert_eq!(f.container_title.as_deref(), Some("民事判決錄"));
        assert_eq!(f.volume.as_deref(), Some("2"));
        assert_eq!(raw.locator.unwrap().value, "31");
        let bare = "조선고등법원 1913. 9. 26. 판결.";
        assert!(undocketed_decision_citation(bare, 0, bare.len(), &g, None).is_some());
        // Prose after the kind, or a court of no court's word, is none.
        for t in [
            "조선고등법원 1913. 9. 26. 판결은 이를 부정하였다.",
            "총독부 1913. 9. 26. 판결.",
            "朝鮮高等法院 1913. 2. 14. 判決, 『民事判決錄』 第2卷에 실린 것이다.",
        ] {
            assert!(
                undocketed_decision_citation(t, 0, t.len(), &g, None).is_none(),
                "{t}"
            );
        }
    }

    #[test]
    fn a_title_may_hold_ordinals_but_no_other_numbers() {
        assert!(ordinals_only("Gutachten zum 73. Deutschen Juristentag"));
        assert!(ordinals_only("Deliktsrecht"));
        assert!(!ordinals_only("NJW 2003"));
        assert!(!ordinals_only("Band 2"));
        assert!(!ordinals_only("Gutachten 73."));
    }

    /// MHRA's pinpoint in brackets after a work's pages; no other bracket.
    #[test]
    fn a_page_in_brackets_after_a_range_is_the_pinpoint() {
        let g = Grammar::builtin();
        let pin = |s: &'static str| {
            pin_after_range_in_brackets(s, &g).map(|(cut, l)| (&s[..cut], l.value))
        };
        assert_eq!(
            pin("Roe, ‘Title’, Journal, 13 (1957), 3–60 (p. 14)."),
            Some(("Roe, ‘Title’, Journal, 13 (1957), 3–60", "14".into()))
        );
        assert_eq!(
            pin("in Book, ed. by X (London: Verso, 1990), pp. 12–30 (pp. 15–16)"),
            Some((
                "in Book, ed. by X (London: Verso, 1990), pp. 12–30",
                "15–16".into()
            ))
        );
        for s in [
            // No range before it, no page word in it, more than a page.
            "Roe, Title (London, 1990), p. 12 (p. 14).",
            "Roe, Journal, 13 (1957), 3–60 (1958).",
            "Roe, Journal, 13 (1957), 3–60 (p. 14, n. 2).",
            "Roe, Journal, 13 (1957), 3–60 (see p. 14)",
        ] {
            assert_eq!(pin(s), None, "{s}");
        }
    }

    #[test]
    fn a_volume_and_a_bracketed_year_close_a_journal_not_a_book() {
        for s in [
            "Jane Roe, \"Title,\" Law Quarterly Review 12 (2024)",
            "Past & Present 5(1) (1997)",
            "Roe, Title, Journal 12 ( 2024 ) ",
        ] {
            assert!(volume_then_year(s), "{s}");
        }
        for s in [
            "Jane Roe, Title (London, 1954)",
            "Jane Roe, Title (2010)",
            "Roe, Title, Journal 12 (Spring 2024)",
            "Roe, Title, Journal 12 (2024",
            "Roe, Title, Journal 12 (1234)",
            "",
        ] {
            assert!(!volume_then_year(s), "{s}");
        }
    }

    #[test]
    fn pages_after_a_journal_year_are_the_article_s_and_a_book_s_are_cited() {
        let g = Grammar::builtin();
        let (article, pin) = parse_full(
            "Jane Roe, \"On Courts,\" Law Journal 12 (2024), pp. 203-235.",
            &g,
        );
        assert_eq!(article.item.container_title.as_deref(), Some("Law Journal"));
        assert_eq!(article.item.page.as_deref(), Some("203-235"));
        assert!(pin.is_none(), "{pin:?}");
        let (book, pin) = parse_full("Jane Roe, On Courts (London, 1954), p. 12.", &g);
        assert!(book.item.container_title.is_none());
        assert_eq!(pin.map(|p| p.value), Some("12".to_string()));
    }

    /// A decision's kind ends with one of the grammars' words, with a few
    /// characters before it at most.
    #[test]
    fn decision_kinds_end_with_a_word_of_the_grammars() {
        let g = Grammar::builtin();
        assert!(ends_with_kind("民事判決", &g.decision_kinds, 10));
        assert!(ends_with_kind("判例", &g.decision_kinds, 10));
        assert!(!ends_with_kind("民事判決要旨", &g.decision_kinds, 10));
        assert!(ends_with_kind("民事判决书", &g.decision_documents, 10));
        assert!(!ends_with_kind("民事判决", &g.decision_documents, 10));
        assert!(!ends_with_kind(
            "一二三四五六七八九十一判决书",
            &g.decision_documents,
            10
        ));
        let f = decided_case(
            "最高法院",
            "29年上字第1234號".into(),
            Some("判例"),
            1940,
            "29年",
        );
        assert_eq!(
            (f.kind.as_str(), f.publisher.as_deref(), f.genre.as_deref()),
            ("legal_case", Some("最高法院"), Some("判例"))
        );
    }

    fn kinds(text: &str) -> Vec<(CitationKind, String)> {
        let g = Grammar::builtin();
        note_items(text, &g)
            .into_iter()
            .map(|i| (i.kind, text[i.start..i.end].to_string()))
            .collect()
    }

    /// The one item of `text`: kind, fields' author families (or literal),
    /// container, volume, page, year, and locator.
    type JournalItem = (
        CitationKind,
        Vec<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<i32>,
        Option<(String, String)>,
    );

    fn journal_item(text: &str) -> Vec<JournalItem> {
        let g = Grammar::builtin();
        note_items(text, &g)
            .into_iter()
            .map(|i| {
                let f = i.fields.unwrap_or_default();
                (
                    i.kind,
                    f.author
                        .iter()
                        .filter_map(|n| n.family.clone().or(n.literal.clone()))
                        .collect(),
                    f.container_title.clone(),
                    f.volume.clone(),
                    f.page.clone(),
                    f.year(),
                    i.locator.map(|l| (l.label, l.value)),
                )
            })
            .collect()
    }

    fn loc(label: &str, value: &str) -> Option<(String, String)> {
        Some((label.into(), value.into()))
    }

    #[test]
    fn initials_before_a_reprint_are_no_vancouver_organisation() {
        let text = "E. P. Thompson, The Making of the English Working Class (London: Gollancz, 1963; repr., Harmondsworth: Penguin, 1968), 213.";
        let items = note_items(text, &Grammar::builtin());
        assert_eq!(items.len(), 1);
        let f = items[0].fields.as_deref().unwrap();
        assert_eq!(f.author[0].family.as_deref(), Some("Thompson"));
        assert_eq!(
            f.title.as_deref(),
            Some("The Making of the English Working Class")
        );
        assert_eq!(items[0].locator.as_ref().unwrap().value, "213");
        // A middle initial ends the first sentence in the same way.
        let text = "Richard B. Sheridan, Sugar and Slavery (Baltimore: Johns Hopkins University Press, 1973; repr., Kingston: Canoe Press, 1994), 36–41.";
        let items = note_items(text, &Grammar::builtin());
        assert_eq!(items.len(), 1);
        let f = items[0].fields.as_deref().unwrap();
        assert_eq!(f.author[0].family.as_deref(), Some("Sheridan"));
        assert_eq!(f.title.as_deref(), Some("Sugar and Slavery"));
        assert_eq!(items[0].locator.as_ref().unwrap().value, "36–41");
        // The first imprint is the work's: publisher and year agree.
        assert_eq!(
            f.publisher.as_deref(),
            Some("Johns Hopkins University Press")
        );
        assert_eq!(f.issued.as_ref().map(|d| d.year()), Some(Some(1973)));
    }

    #[test]
    fn a_short_title_cited_at_a_note_on_its_page() {
        let g = Grammar::builtin();
        let items = note_items("Morgan, Bristol and the Atlantic Trade, 201 n. 14.", &g);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].kind, CitationKind::Short);
        let short = items[0].short.as_deref().unwrap();
        assert_eq!(short.author.as_deref(), Some("Morgan"));
        assert_eq!(
            short.title.as_deref(),
            Some("Bristol and the Atlantic Trade")
        );
        let loc = items[0].locator.as_ref().unwrap();
        assert_eq!(loc.value, "201");
        assert_eq!(loc.note.as_deref(), Some("14"));
        assert_eq!(loc.text.as_deref(), Some("201 n. 14"));
        // Without a note, the page alone.
        let items = note_items("Morgan, Bristol and the Atlantic Trade, 201.", &g);
        let loc = items[0].locator.as_ref().unwrap();
        assert_eq!((loc.value.as_str(), loc.note.as_deref()), ("201", None));
    }

    #[test]
    fn a_signal_after_prose_opens_the_work() {
        use CitationKind::*;
        let g = Grammar::builtin();
        let signal = |text: &str| note_items(text, &g).first().and_then(|i| i.signal.clone());
        let text = "For a different view, see John Brewer, The Sinews of Power (London: Unwin Hyman, 1989), 17.";
        assert_eq!(
            kinds(text),
            vec![(
                Full,
                "John Brewer, The Sinews of Power (London: Unwin Hyman, 1989), 17.".into()
            )]
        );
        assert_eq!(signal(text).as_deref(), Some("see"));
        assert_eq!(
            kinds("On this point see, e.g., Brewer, Sinews of Power, 17."),
            vec![(Short, "Brewer, Sinews of Power, 17.".into())]
        );
        // A back-reference after a name is no prose (`a. A.` is a German
        // signal), nor is a lowercase title word after a capital.
        assert_eq!(signal("Berger, a. a. O., S. 61."), None);
        assert_eq!(signal("Smith, How to see The World, 23."), None);
    }

    #[test]
    fn short_forms_with_two_names_commas_and_volume_pins() {
        use CitationKind::*;
        assert_eq!(
            kinds("Greenhill and Giffard, Steam, Politics and Patronage, 150."),
            vec![(
                Short,
                "Greenhill and Giffard, Steam, Politics and Patronage, 150.".into()
            )]
        );
        let items = note_items(
            "Lindsay, History of Merchant Shipping, 4:207; and the discussion in Skinner, Visions of Politics, 2:14–16.",
            &Grammar::builtin(),
        );
        let got: Vec<(Option<String>, Option<String>)> = items
            .iter()
            .map(|i| {
                (
                    i.short.as_ref().and_then(|s| s.author.clone()),
                    i.locator.as_ref().map(|l| l.value.clone()),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (Some("Lindsay".into()), Some("4:207".into())),
                (Some("Skinner".into()), Some("2:14–16".into())),
            ]
        );
        // A word that joins no names is prose before the name; a title with
        // commas and numbers is no short title.
        let items = note_items("Greenhill or Giffard, Steam, 150.", &Grammar::builtin());
        let author = items[0].short.as_ref().and_then(|s| s.author.as_deref());
        assert_eq!(author, Some("Giffard"));
        assert!(kinds("Lindsay, History, vol. 4, 207.")
            .iter()
            .all(|(k, _)| *k != Short));
    }

    #[test]
    fn journal_citation_without_title_is_full_with_journal_and_first_page() {
        use CitationKind::*;
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            journal_item("Schmidt, NJW 2005, 1234 (1238)."),
            [(
                Full,
                vec![s("Schmidt").unwrap()],
                s("NJW"),
                None,
                s("1234"),
                Some(2005),
                loc("page", "1238")
            )]
        );
        // The volume with the year in brackets; a pinpoint `f.`.
        assert_eq!(
            journal_item("Müller, VerwArch 95 (2004), 233 (240 f.)"),
            [(
                Full,
                vec![s("Müller").unwrap()],
                s("VerwArch"),
                s("95"),
                s("233"),
                Some(2004),
                loc("page", "240")
            )]
        );
        // `ders.` is kept as written, for the notes to fill in.
        assert_eq!(
            journal_item("Vgl. ders., DVBl. 1999, 445 (449)"),
            [(
                Full,
                vec![s("ders.").unwrap()],
                s("DVBl"),
                None,
                s("445"),
                Some(1999),
                loc("page", "449")
            )]
        );
        // Two authors; a pinpoint after a comma; a margin number in brackets.
        assert_eq!(
            journal_item("Schmidt/Müller, NJW 2005, 1234, 1236"),
            [(
                Full,
                vec![s("Schmidt").unwrap(), s("Müller").unwrap()],
                s("NJW"),
                None,
                s("1234"),
                Some(2005),
                loc("page", "1236")
            )]
        );
        assert_eq!(
            journal_item("Krause, DÖV 2011, 521 (Rn. 12)")[0].6,
            loc("margin", "12")
        );
        // Austrian and Swiss journals, keyed on the shape alone.
        assert_eq!(journal_item("Weiß, JBl 2001, 45")[0].2, s("JBl"));
        assert_eq!(journal_item("Meier, SJZ 1999, 3 (5)")[0].2, s("SJZ"));
    }

    /// `Vogel, in: Kramer (Hrsg.), Handbuch, Bd. 2, Rn. 88`: a contribution
    /// cited by its author and its book; `in:` in prose is none.
    #[test]
    fn contributions_cited_by_author_and_book() {
        let g = Grammar::builtin();
        let text = "Vogel, in: Kramer (Hrsg.), Handbuch des Staatshaftungsrechts, Bd. 2, Rn. 88.";
        let items = note_items(text, &g);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].kind, CitationKind::Full);
        let f = items[0].fields.as_deref().unwrap();
        assert_eq!(f.kind, "chapter");
        let name = |n: &crate::model::CslName| n.family.clone().or(n.literal.clone());
        assert_eq!(name(&f.author[0]).as_deref(), Some("Vogel"));
        assert_eq!(name(&f.editor[0]).as_deref(), Some("Kramer"));
        assert_eq!(
            f.container_title.as_deref(),
            Some("Handbuch des Staatshaftungsrechts")
        );
        assert_eq!(f.volume.as_deref(), Some("2"));
        assert_eq!(f.title, None);
        assert_eq!(
            items[0].locator,
            Some(Locator {
                label: "margin".into(),
                value: "88".into(),
                ..Default::default()
            })
        );
        for prose in [
            "So auch in: der Rechtsprechung, Rn. 4.",
            "Vgl. Müller, so auch in: der Rechtsprechung (Hrsg.), Bd. 2, Rn. 4.",
            "Müller, in: der Rechtsprechung, Bd. 2, Rn. 4.",
        ] {
            for item in note_items(prose, &g) {
                let chapter = item.fields.as_deref().is_some_and(|f| f.kind == "chapter");
                assert!(!chapter, "{prose}");
            }
        }
    }

    #[test]
    fn courts_places_and_prose_are_no_journal_citations() {
        let full = |t: &str| {
            let g = Grammar::builtin();
            note_items(t, &g)
                .iter()
                .any(|i| i.kind == CitationKind::Full)
        };
        // No journal before the year.
        assert!(!full("Vgl. BGH, 2005, 12"));
        // A place is no journal's abbreviation.
        assert!(!full("Meier, Berlin 2005, 12"));
        assert!(!full("Meier, Baden-Baden 2005, 12"));
        // Prose with a year and a number.
        assert!(!full("Das Gesetz, BGBl. 2005, 12, gilt seit Mai."));
        // A statute is the code's article, no work of an author.
        for (t, code, provision) in [
            ("Vgl. § 823 Abs. 1 BGB.", "BGB", "§ 823 Abs. 1"),
            ("Art. 34 S. 1 GG.", "GG", "Art. 34 S. 1"),
        ] {
            let items = note_items(t, &Grammar::builtin());
            assert_eq!(items.len(), 1, "{t}");
            let f = items[0].fields.as_deref().unwrap();
            assert_eq!(f.kind, "legislation");
            assert_eq!(f.title.as_deref(), Some(code));
            assert!(f.author.is_empty());
            assert_eq!(items[0].locator.as_ref().unwrap().value, provision);
        }
        let g = Grammar::builtin();
        let items = note_items("Vgl. BGH, 2005, 12", &g);
        assert!(items.iter().all(|i| i
            .fields
            .as_ref()
            .is_none_or(|f| f.container_title.is_none())));
    }

    #[test]
    fn commentaries_are_cited_by_commentator_editors_and_provision() {
        let g = Grammar::builtin();
        // (item, authors, editors, commentary, year, margin number)
        type Case<'a> = (
            &'a str,
            &'a [&'a str],
            &'a [&'a str],
            &'a str,
            Option<i32>,
            &'a str,
        );
        let cases: &[Case] = &[
            (
                "Papier, in: Maunz/Dürig, GG, Art. 34 Rn. 12.",
                &["Papier"],
                &["Maunz", "Dürig"],
                "GG",
                None,
                "12",
            ),
            (
                "Jarass, in: Jarass/Pieroth, GG, 15. Aufl. 2018, Art. 3 Rn. 5",
                &["Jarass"],
                &["Jarass", "Pieroth"],
                "GG",
                Some(2018),
                "5",
            ),
            (
                "Wieland, in: Dreier (Hrsg.), GG, Bd. 2, 3. Aufl. 2015, Art. 34 Rn. 7",
                &["Wieland"],
                &["Dreier"],
                "GG",
                Some(2015),
                "7",
            ),
            (
                "Palandt/Sprau, BGB, 79. Aufl. 2020, § 823 Rn. 1.",
                &["Sprau"],
                &["Palandt"],
                "BGB",
                Some(2020),
                "1",
            ),
            (
                "Grüneberg/Ellenberger, BGB, § 242 Rn. 3",
                &["Ellenberger"],
                &["Grüneberg"],
                "BGB",
                None,
                "3",
            ),
            (
                "MüKoBGB/Wagner, 8. Aufl. 2020, § 823 Rn. 45",
                &["Wagner"],
                &[],
                "MüKoBGB",
                Some(2020),
                "45",
            ),
            (
                "vgl. Dürig, in: Maunz/Dürig, GG, Art. 3 Abs. 1 Rn. 300",
                &["Dürig"],
                &["Maunz", "Dürig"],
                "GG",
                None,
                "300",
            ),
        ];
        let family =
            |n: &crate::model::CslName| n.family.clone().or(n.literal.clone()).unwrap_or_default();
        for &(text, authors, editors, work, year, margin) in cases {
            let items = note_items(text, &g);
            assert_eq!(items.len(), 1, "{text}");
            let f = items[0].fields.as_deref().unwrap();
            assert_eq!(f.kind, "chapter", "{text}");
            assert_eq!(
                f.author.iter().map(family).collect::<Vec<_>>(),
                authors,
                "{text}"
            );
            assert_eq!(
                f.editor.iter().map(family).collect::<Vec<_>>(),
                editors,
                "{text}"
            );
            assert_eq!(f.container_title.as_deref(), Some(work), "{text}");
            assert_eq!(f.year(), year, "{text}");
            assert_eq!(f.title, None, "{text}");
            let l = items[0].locator.as_ref().unwrap();
            assert_eq!(
                (l.label.as_str(), l.value.as_str()),
                ("margin", margin),
                "{text}"
            );
        }
        // Without a margin number the provision is the pinpoint.
        let items = note_items("Papier, in: Maunz/Dürig, GG, Art. 34.", &g);
        let l = items[0].locator.as_ref().unwrap();
        assert_eq!((l.label.as_str(), l.value.as_str()), ("section", "Art. 34"));
        // A book with a title before the provision, or words between the
        // commentary and the provision, is no commentary citation.
        for text in [
            "Vogel, § 839 BGB, in: Kramer (Hrsg.), Handbuch des Staatshaftungsrechts, Bd. 2, Köln 2008, S. 301 (Rn. 45).",
            "Müller, Die Amtshaftung nach Art. 34 GG, Berlin 2001, S. 3.",
            "Schmidt/Meier, Das Grundgesetz und die Haftung des Staates im Wandel, § 3 Rn. 4",
        ] {
            assert!(
                commentary_citation(text, 0, text.len(), &g, None).is_none(),
                "{text}"
            );
        }
    }

    /// Notes broken over lines, a Dutch pinpoint after the imprint in
    /// brackets, a German place before the edition, a short title ending
    /// in a year, and a work quoted through another named by author and
    /// title alone.
    #[test]
    fn notes_of_european_humanities_papers() {
        let g = Grammar::builtin();
        let one = |t: &str| note_items(t, &g).into_iter().next().unwrap();
        let item = one("J. de Vries, De Nederlandse economie (Nijmegen 1983) 60.");
        let f = item.fields.as_deref().unwrap();
        assert_eq!(f.publisher_place.as_deref(), Some("Nijmegen"));
        assert_eq!(item.locator.map(|l| l.value).as_deref(), Some("60"));
        let item = one("Karl Weber, Staatsrecht, München, 6. Aufl. 2013, S. 5.");
        let f = item.fields.as_deref().unwrap();
        assert_eq!(f.title.as_deref(), Some("Staatsrecht"));
        assert_eq!(f.publisher_place.as_deref(), Some("München"));
        assert_eq!(f.edition.as_deref(), Some("6"));
        assert_eq!(item.locator.map(|l| l.value).as_deref(), Some("5"));
        // `française,` / `Paris`: a line break is a space.
        let item = one("Michel VOVELLE, La Mentalité révolutionnaire. Société et mentalités sous la Révolution française,\nParis, Messidor, 1985, p. 9.");
        let f = item.fields.as_deref().unwrap();
        assert_eq!(f.publisher_place.as_deref(), Some("Paris"));
        assert_eq!(f.publisher.as_deref(), Some("Messidor"));
        let item = one("G. LEFEBVRE, La Grande Peur de 1789, op. cit., p. 79.");
        let short = item.short.as_deref().unwrap();
        assert_eq!(short.author.as_deref(), Some("G. LEFEBVRE"));
        assert_eq!(short.title.as_deref(), Some("La Grande Peur de 1789"));
        assert_eq!(short.date, None);
        let item = one("LEFEBVRE, Les Paysans du Nord, ouvr. cité, p. 412.");
        let short = item.short.as_deref().unwrap();
        assert_eq!(short.author.as_deref(), Some("LEFEBVRE"));
        assert_eq!(short.title.as_deref(), Some("Les Paysans du Nord"));
        let items = note_items(
            "Arthur YOUNG, Voyages en France en 1787, 1788 et 1789, cité par Georges LEFEBVRE, La Grande Peur de 1789, Paris, Armand Colin, 1932, p. 52.",
            &g,
        );
        assert_eq!(items.len(), 2);
        assert!(items[0].indirect);
        let f = items[0].fields.as_deref().unwrap();
        assert_eq!(f.author[0].family.as_deref(), Some("YOUNG"));
        // The title holds years, and is cut at the first of them (not
        // read right yet).
        assert!(f.title.as_deref().unwrap().starts_with("Voyages en France"));
        assert!(!items[1].indirect);
    }

    #[test]
    fn a_text_cited_by_its_name_and_the_act_that_made_it_is_legislation() {
        let g = Grammar::builtin();
        let one = |t: &str| note_items(t, &g).into_iter().next().unwrap();
        for t in [
            "Charte de l'environnement, art. 5, loi constitutionnelle n° 2005-205 du 1er mars 2005.",
            "Charte de l'environnement, loi constitutionnelle n° 2005-205 du 1er mars 2005, art. 5.",
        ] {
            let item = one(t);
            assert_eq!(item.kind, CitationKind::Full, "{t}");
            let f = item.fields.as_deref().unwrap();
            assert_eq!(f.kind, "legislation", "{t}");
            assert_eq!(f.title.as_deref(), Some("Charte de l'environnement"), "{t}");
            assert_eq!(f.number.as_deref(), Some("2005-205"), "{t}");
            let d = f.issued.as_ref().unwrap();
            assert_eq!((d.year(), d.month(), d.day()), (Some(2005), Some(3), Some(1)), "{t}");
            assert_eq!(item.locator.unwrap().value, "art. 5", "{t}");
        }
        // The act alone is cited by its own words.
        let f = one("Loi organique n° 2001-692 du 1er août 2001 relative aux lois de finances.")
            .fields
            .unwrap();
        assert_eq!(f.number.as_deref(), Some("2001-692"));
        // Prose with a provision is no such citation.
        assert!(
            named_text_act_citation("Voir surtout, art. 5, la loi.", 0, 28, &g, None).is_none()
        );
    }

    /// A command or House paper's number in the imprint's place: no
    /// publisher, and the paper a report (`(Cm 3782, 1997) para 2.5`).
    #[test]
    fn a_paper_number_stands_where_an_imprint_does() {
        let g = Grammar::builtin();
        let one = |t: &str| note_items(t, &g).into_iter().next().unwrap();
        let item = one(
            "Home Office, Rights Brought Home: The Human Rights Bill (Cm 3782, 1997) para 2.5.",
        );
        assert_eq!(item.kind, CitationKind::Full);
        let f = item.fields.as_deref().unwrap();
        assert_eq!(
            f.title.as_deref(),
            Some("Rights Brought Home: The Human Rights Bill")
        );
        assert_eq!(f.number.as_deref(), Some("Cm 3782"));
        assert_eq!(f.kind, "report");
        assert_eq!(f.publisher, None);
        assert_eq!(f.year(), Some(1997));
        let f = one("Royal Commission on the Constitution, Report (Cmnd. 5460, 1973).")
            .fields
            .unwrap();
        assert_eq!(f.number.as_deref(), Some("Cmnd. 5460"));
        // A house mark with words after the number is a publisher's name.
        let f = one("Jane Roe, A History of Print (HC Press 1990).")
            .fields
            .unwrap();
        assert_eq!(f.number, None);
    }

    /// OSCOLA's pinpoint after the brackets: a number after an edition and
    /// a publisher, a paragraph or chapter by its word.
    #[test]
    fn a_pinpoint_follows_an_oscola_imprint() {
        let g = Grammar::builtin();
        let one = |t: &str| note_items(t, &g).into_iter().next().unwrap();
        let item = one("HLA Hart, The Concept of Law (2nd edn, Clarendon Press 1994) 12.");
        let f = item.fields.as_deref().unwrap();
        assert_eq!(f.publisher.as_deref(), Some("Clarendon Press"));
        assert_eq!(f.edition.as_deref(), Some("2"));
        assert_eq!(item.locator.map(|l| l.value).as_deref(), Some("12"));
        let item = one("Paul Craig, Administrative Law (8th edn, Sweet & Maxwell 2016) 112–14.");
        assert_eq!(item.locator.map(|l| l.value).as_deref(), Some("112–14"));
        let pin = |t: &str| {
            let l = one(t).locator.unwrap();
            (l.label, l.value)
        };
        assert_eq!(
            pin("Home Office, Rights Brought Home (Cm 3782, 1997) para 2.5."),
            ("paragraph".into(), "2.5".into())
        );
        assert_eq!(
            pin("Tom Bingham, The Rule of Law (Allen Lane 2010) ch 4."),
            ("chapter".into(), "4".into())
        );
        // An article's pages after its year are no pinpoint.
        let item = one("Jane Roe, 'A Title' (2004) 12 Modern Law Review, pp. 3-20.");
        assert_ne!(item.locator.map(|l| l.value).as_deref(), Some("3-20"));
    }

    /// `Title, Cambridge, MA: Press, 1971`: the place's comma before its
    /// state is no title's; a comma before a town alone may be.
    #[test]
    fn a_place_with_its_state_ends_an_undelimited_title() {
        let g = Grammar::builtin();
        let one = |t: &str| note_items(t, &g).into_iter().next().unwrap();
        let item =
            one("John Rawls, A Theory of Justice, Cambridge, MA: Harvard University Press, 1971.");
        let f = item.fields.as_deref().unwrap();
        assert_eq!(f.title.as_deref(), Some("A Theory of Justice"));
        assert_eq!(f.publisher_place.as_deref(), Some("Cambridge, MA"));
        assert_eq!(f.publisher.as_deref(), Some("Harvard University Press"));
        let f = one(
            "Lon L. Fuller, The Morality of Law, New Haven, Conn.: Yale University Press, 1964.",
        )
        .fields
        .unwrap();
        assert_eq!(f.title.as_deref(), Some("The Morality of Law"));
        assert_eq!(f.publisher_place.as_deref(), Some("New Haven, Conn."));
        let f = one("John Smith, Essays, Second Series, London: Macmillan, 1990.")
            .fields
            .unwrap();
        assert_eq!(f.title.as_deref(), Some("Essays, Second Series"));
        assert_eq!(f.publisher_place.as_deref(), Some("London"));
    }

    #[test]
    fn a_parallel_report_is_told_by_its_bytes_whatever_opens_the_next_item() {
        let case = "Western Australia v Ward [2002] HCA 28";
        assert!(joins_parallel_report(case, " (2002) 213 CLR 1"));
        assert!(!joins_parallel_report(case, " (2002), 213 CLR 1"));
        assert!(!joins_parallel_report(
            "Smith, Title, 28",
            " (2002) 213 CLR 1"
        ));
        // Multibyte characters where the year would stand: no panic.
        assert!(!joins_parallel_report(case, "[.+ᬲ$Ѩ*?𐴋} x"));
        assert!(!joins_parallel_report(case, "(ᬲᬲ) 1"));
    }

    #[test]
    fn a_short_name_is_defined_in_square_brackets_last_in_a_citation() {
        assert_eq!(
            bare_short_name("R v Oakes, [1986] 1 SCR 103 at 138, 26 DLR (4th) 200 [Oakes]."),
            Some("Oakes".into())
        );
        assert_eq!(
            bare_short_name("Part I of the Constitution Act, 1982, c 11 [Charter]"),
            Some("Charter".into())
        );
        // A case's number, a year, an editorial mark, a bracket alone.
        assert_eq!(bare_short_name("Mabo v Queensland [No 2]"), None);
        assert_eq!(bare_short_name("Smith, The Law of Trusts [1990]."), None);
        assert_eq!(bare_short_name("Smith, The Law of Trusts [sic]."), None);
        assert_eq!(bare_short_name("[Oakes]"), None);
    }

    #[test]
    fn a_short_name_defined_in_the_running_text_is_found_with_its_bracket() {
        let g = Grammar::builtin();
        let text = "이익의 『星湖僿說』(이하 『사설』로 약칭)은 실학의 저술이다.";
        let found = body_short_names(text, &g);
        assert_eq!(found.len(), 1);
        let (open, close, name, title) = &found[0];
        assert_eq!(&text[*open..*close], "(이하 『사설』로 약칭)");
        assert_eq!((name.as_str(), title.as_str()), ("사설", "星湖僿說"));
        let found = body_short_names("「地方自治法」(이하 '법'이라 한다)은 사무를 정한다.", &g);
        assert_eq!(found[0].2, "법");
        // A bracket of an imprint, or none at all.
        assert!(body_short_names("『朝鮮史』(서울: 일조각, 1990)에 보인다.", &g).is_empty());
        assert!(body_short_names("The hereafter (WN) is not a title.", &g).is_empty());
    }

    #[test]
    fn a_statute_s_short_name_then_a_provision_cites_the_statute() {
        let g = Grammar::builtin();
        assert_eq!(
            statute_provision("地方自治法", " 제2조.", &g).as_deref(),
            Some("제2조")
        );
        assert_eq!(
            statute_provision("민법", ", 제750조 제1항", &g).as_deref(),
            Some("제750조 제1항")
        );
        // A work that is no statute, or no provision after the name.
        assert_eq!(statute_provision("星湖僿說", " 제2조.", &g), None);
        assert_eq!(statute_provision("地方自治法", " 45쪽.", &g), None);
    }

    #[test]
    fn a_name_defined_in_the_running_text_opens_later_citations() {
        let g = Grammar::builtin();
        let notes = [
            (1, "李瀷, 『星湖僿說』 권1, 경인문화사, 1970, 5쪽."),
            (2, "김철수, 『지방자치법론』, 박영사, 2010, 45쪽."),
            (3, "『사설』 권3, 12쪽; 법 제2조."),
        ];
        let mut items: Vec<Vec<RawItem>> = notes.iter().map(|(_, t)| note_items(t, &g)).collect();
        let declared = [
            // Defined after marker 1, whose note cites the work.
            BodyShortName {
                name: "사설".into(),
                title: "星湖僿說".into(),
                from: 1,
                note: Some(0),
                at_marker: false,
            },
            // Defined after marker 2, whose note cites another work.
            BodyShortName {
                name: "법".into(),
                title: "地方自治法".into(),
                from: 2,
                note: Some(1),
                at_marker: false,
            },
        ];
        defined_short_names(&notes, &declared, &mut items, &g);
        let third = &items[2];
        assert_eq!(third.len(), 2);
        assert_eq!(third[0].kind, CitationKind::Supra);
        assert_eq!(third[0].short.as_ref().and_then(|s| s.note), Some(1));
        assert_eq!(
            third[0].locator.as_ref().map(|l| l.value.as_str()),
            Some("12")
        );
        let statute = third[1].fields.as_deref().unwrap();
        assert_eq!(statute.kind, "legislation");
        assert_eq!(statute.title.as_deref(), Some("地方自治法"));
        assert_eq!(
            third[1].locator.as_ref().map(|l| l.value.as_str()),
            Some("제2조")
        );
        // Before the definition, the name is read as it stands.
        let mut items: Vec<Vec<RawItem>> = notes.iter().map(|(_, t)| note_items(t, &g)).collect();
        let late = [BodyShortName {
            from: 3,
            ..declared[0].clone()
        }];
        defined_short_names(&notes, &late, &mut items, &g);
        assert_ne!(items[2][0].kind, CitationKind::Supra);
        // A marker at the definition whose note cites one work under
        // another title: that work.
        let notes = [
            (1, "李瀷, 『성호사설』, 1970, 5쪽."),
            (2, "『사설』, 12쪽."),
        ];
        let mut items: Vec<Vec<RawItem>> = notes.iter().map(|(_, t)| note_items(t, &g)).collect();
        let at = [BodyShortName {
            from: 1,
            note: Some(0),
            at_marker: true,
            ..declared[0].clone()
        }];
        defined_short_names(&notes, &at, &mut items, &g);
        assert_eq!(items[1][0].kind, CitationKind::Supra);
        // Not at the definition: the title alone.
        let mut items: Vec<Vec<RawItem>> = notes.iter().map(|(_, t)| note_items(t, &g)).collect();
        let near = [BodyShortName {
            at_marker: false,
            ..at[0].clone()
        }];
        defined_short_names(&notes, &near, &mut items, &g);
        assert_eq!(items[1][0].kind, CitationKind::Short);
        let title = items[1][0].short.as_ref().and_then(|s| s.title.clone());
        assert_eq!(title.as_deref(), Some("星湖僿說"));
    }

    #[test]
    fn a_short_name_is_defined_in_brackets_that_open_with_a_hereafter_word() {
        let g = Grammar::builtin();
        let name = |s: &str| short_name(s, &g);
        for (s, defined) in [
            ("Smith, Wealth (London, 1776) (hereafter WN), 45.", "WN"),
            ("Doe, Archive [hereinafter Archive]", "Archive"),
            ("Smith, Wealth (hereafter cited as WN), 45.", "WN"),
            ("Müller, Akten (im Folgenden: Akten), S. 4", "Akten"),
            (
                "山田『文書』（以下「山田・文書」という）、3頁",
                "山田・文書",
            ),
            ("김철수, 『정치』(이하 '정치'라 한다)", "정치"),
            // Written in capitals, in any script.
            ("Smith, Wealth (Hereafter WN), 45.", "WN"),
            ("Иванов И. И. Записки (ДАЛЕЕ – Записки). С. 4", "Записки"),
            ("Müller, Akten (Im Folgenden: Akten), S. 4", "Akten"),
        ] {
            assert_eq!(name(s).as_deref(), Some(defined), "{s}");
        }
        // Brackets of other kinds define nothing.
        assert_eq!(name("Smith, Wealth (London: Strahan, 1776), 45."), None);
        assert_eq!(name("Smith, Wealth (hereafterwards), 45."), None);
    }

    #[test]
    fn a_short_name_after_a_title_named_in_a_sentence_stands_for_the_title() {
        let g = Grammar::builtin();
        let titled = |s: &str| -> Vec<(String, String)> {
            titled_short_names(s, &g)
                .into_iter()
                .map(|(_, name, title)| (name, title))
                .collect()
        };
        assert_eq!(
            titled("분석 대상 판결은 『朝鮮高等法院民事判決錄』(이하 ‘판결록’이라 한다)에 수록된 것이다."),
            [("판결록".to_string(), "朝鮮高等法院民事判決錄".to_string())]
        );
        // The outer marks give the title.
        assert_eq!(
            titled("水野, 「名前の「差異化」」(이하 \"차이화\")을 보라."),
            [("차이화".to_string(), "名前の「差異化」".to_string())]
        );
        // A note's marker between the marks and the bracket.
        assert_eq!(
            titled("이익의 『星湖僿說』¹⁾(이하 『사설』로 약칭)은 실학의 저술이다."),
            [("사설".to_string(), "星湖僿說".to_string())]
        );
        // A bracket of another kind, or one not right after the marks.
        assert!(titled("『朝鮮史』(서울: 일조각, 1990)에 수록된 것").is_empty());
        assert!(titled("『朝鮮史』, 45면(이하 ‘조선사’)").is_empty());
    }

    #[test]
    fn a_particle_glued_to_a_titles_mark_ends_the_citation() {
        let g = Grammar::builtin();
        fn cut<'s>(s: &'s str, g: &Grammar) -> Option<&'s str> {
            title_particle_cut(s, g).map(|(end, _)| &s[..end])
        }
        let cut = |s: &'static str| cut(s, &g);
        assert_eq!(
            cut("水野直樹, 「名前の「差異化」」을 참조."),
            Some("水野直樹, 「名前の「差異化」」")
        );
        assert_eq!(
            cut("김철수, 『한국사회론』에서는 이를 부정한다."),
            Some("김철수, 『한국사회론』")
        );
        assert_eq!(
            cut("『慶尙北道統計年報』의 해설 부분."),
            Some("『慶尙北道統計年報』")
        );
        assert_eq!(cut("『한국사회론』에서, 41면."), Some("『한국사회론』"));
        assert_eq!(
            cut("『判決錄』(이하 ‘판결록’이라 한다)에 수록된 것"),
            Some("『判決錄』(이하 ‘판결록’이라 한다)")
        );
        // The short name's marks inside the bracket, with a particle of
        // its own (`『사설』로 약칭`), cut nothing: the citation goes on.
        assert_eq!(
            cut("李瀷, 『星湖僿說』(이하 『사설』로 약칭) 권1, 경인문화사, 1970, 5쪽."),
            None
        );
        assert_eq!(
            cut("『星湖僿說』(이하 『사설』로 약칭)에 보인다."),
            Some("『星湖僿說』(이하 『사설』로 약칭)")
        );
        assert_eq!(
            cut("李瀷, 『星湖僿說』, 경인문화사, 1970, 5쪽(이하 『사설』로 약칭)."),
            None
        );
        // A nested title's mark, a particle going on as a word, another
        // title after the particle: no cut.
        assert_eq!(
            cut("「『삼국유사』의 서사 구조」, 『국문학연구』 제3호, 2001"),
            None
        );
        assert_eq!(cut("김철수, 『한국사회론』이라는 책"), None);
        assert_eq!(cut("홍길동, 「서문」의 일부, 『전집』 3권, 45면"), None);
        assert_eq!(cut("Smith, “Title,” 45."), None);
    }

    #[test]
    fn the_year_of_an_edition_in_brackets_after_a_back_reference() {
        let g = Grammar::builtin();
        let year = |s: &str| bracketed_edition_year(s, &g);
        assert_eq!(year("(大正14年版), 40쪽").as_deref(), Some("1925"));
        assert_eq!(year("(大正14年\n版), 40쪽").as_deref(), Some("1925"));
        assert_eq!(year("(2010년판), 33면").as_deref(), Some("2010"));
        assert_eq!(year("(1925), 3면").as_deref(), Some("1925"));
        assert_eq!(year("(서울: 박영사, 2001), 3면"), None);
        assert_eq!(year(", 40쪽"), None);
    }

    #[test]
    fn one_word_journal_is_told_from_a_place_by_its_bracketed_pinpoint() {
        let g = Grammar::builtin();
        let fields = |t: &str| {
            note_items(t, &g)
                .first()
                .and_then(|i| i.fields.as_deref().cloned())
        };
        for text in [
            "Schoch, Amtshaftung, Jura 2009, 12 (14).",
            "Schoch, Jura 2009, 12 (14 f.)",
        ] {
            let f = fields(text).unwrap();
            assert_eq!(f.kind, "article-journal", "{text}");
            assert_eq!(f.container_title.as_deref(), Some("Jura"), "{text}");
            assert_eq!(f.page.as_deref(), Some("12"), "{text}");
            assert_eq!(f.publisher_place, None, "{text}");
        }
        // A book's place: its page has a page word.
        let f = fields("Meier, Staatshaftung, Berlin 2005, S. 12 (14)").unwrap();
        assert_eq!(
            (f.container_title, f.publisher_place.as_deref()),
            (None, Some("Berlin"))
        );
        // Without the pinpoint a place and a number say nothing.
        assert!(fields("Roth, Berlin 2005, 12.").is_none_or(|f| f.container_title.is_none()));
    }

    #[test]
    fn decisions_glued_to_era_dates_and_korean_reporters() {
        let g = Grammar::builtin();
        // (item, court, date, reporter, volume, issue, first page, pin)
        type Case<'a> = (
            &'a str,
            &'a str,
            [i32; 3],
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        let cases: &[Case] = &[
            (
                "最判昭和60年4月23日民集39巻3号850頁、853頁",
                "最判",
                [1985, 4, 23],
                Some("民集"),
                Some("39"),
                Some("3"),
                Some("850"),
                Some("853"),
            ),
            (
                "最判昭60・4・23民集39巻3号850頁",
                "最判",
                [1985, 4, 23],
                Some("民集"),
                Some("39"),
                Some("3"),
                Some("850"),
                Some("850"),
            ),
            (
                "東京高判平元.12.14判タ721号134頁",
                "東京高判",
                [1989, 12, 14],
                Some("判タ"),
                None,
                Some("721"),
                Some("134"),
                Some("134"),
            ),
            (
                "最高裁平成20年6月4日大法廷判決・民集62巻6号1367頁",
                "最高裁",
                [2008, 6, 4],
                Some("民集"),
                Some("62"),
                Some("6"),
                Some("1367"),
                Some("1367"),
            ),
            (
                "東京地裁平成15年3月26日判決（判時1830号63頁）",
                "東京地裁",
                [2003, 3, 26],
                Some("判時"),
                None,
                Some("1830"),
                Some("63"),
                Some("63"),
            ),
            (
                "大判大正5年12月22日民録22輯2474頁",
                "大判",
                [1916, 12, 22],
                Some("民録"),
                Some("22"),
                None,
                Some("2474"),
                Some("2474"),
            ),
            (
                "札幌地決平成元年5月1日判時1320号96頁参照。",
                "札幌地決",
                [1989, 5, 1],
                Some("判時"),
                None,
                Some("1320"),
                Some("96"),
                Some("96"),
            ),
            (
                "最判平成30年12月7日裁判所ウェブサイト",
                "最判",
                [2018, 12, 7],
                Some("裁判所ウェブサイト"),
                None,
                None,
                None,
                None,
            ),
            (
                "대법원 2010. 4. 22. 선고 2008다38288 판결(공2010상, 1234)",
                "대법원",
                [2010, 4, 22],
                Some("공2010상"),
                None,
                None,
                Some("1234"),
                Some("1234"),
            ),
            (
                "헌재 1989. 9. 4. 88헌마22, 판례집 1, 357, 360",
                "헌재",
                [1989, 9, 4],
                Some("판례집"),
                Some("1"),
                None,
                Some("357"),
                Some("360"),
            ),
            (
                "대판 1995. 5. 23, 94다36421",
                "대판",
                [1995, 5, 23],
                None,
                None,
                None,
                None,
                None,
            ),
        ];
        for &(text, court, date, reporter, volume, issue, page, pin) in cases {
            let items = note_items(text, &g);
            assert_eq!(items.len(), 1, "{text}");
            let f = items[0].fields.as_deref().unwrap();
            assert_eq!(f.kind, "legal_case", "{text}");
            assert_eq!(f.publisher.as_deref(), Some(court), "{text}");
            assert_eq!(
                f.issued.as_ref().unwrap().date_parts,
                vec![date.to_vec()],
                "{text}"
            );
            assert_eq!(f.container_title.as_deref(), reporter, "{text}");
            assert_eq!(f.volume.as_deref(), volume, "{text}");
            assert_eq!(f.issue.as_deref(), issue, "{text}");
            assert_eq!(f.page.as_deref(), page, "{text}");
            let l = items[0].locator.as_ref().map(|l| l.value.as_str());
            assert_eq!(l, pin, "{text}");
        }
        // No court word before the date, or prose: no decision.
        for text in ["東京平成15年3月26日判時1830号63頁", "大判の意義について"]
        {
            assert_ne!(
                first_kind(text, &g).as_deref(),
                Some("legal_case"),
                "{text}"
            );
        }
    }

    /// The CSL type of the first item read in `text`, if it has fields.
    fn first_kind(text: &str, g: &Grammar) -> Option<String> {
        note_items(text, g)
            .first()
            .and_then(|i| i.fields.as_deref())
            .map(|f| f.kind.clone())
    }

    #[test]
    fn a_web_page_read_on_a_day_is_a_full_citation_without_a_date() {
        let g = Grammar::builtin();
        let text = "UNHCR, Global Trends 2020, https://www.unhcr.org/globaltrends (abgerufen am 3.5.2021).";
        let items = note_items(text, &g);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].kind, CitationKind::Full);
        let f = items[0].fields.as_deref().unwrap();
        assert_eq!(
            (
                f.kind.as_str(),
                f.title.as_deref(),
                f.author[0].literal.as_deref(),
                f.accessed.as_ref().map(|d| d.date_parts.clone())
            ),
            (
                "webpage",
                Some("Global Trends 2020"),
                Some("UNHCR"),
                Some(vec![vec![2021, 5, 3]])
            )
        );
        // Without the day it was read, no full citation of a web page.
        assert_ne!(
            first_kind(
                "UNHCR, Global Trends 2020, https://www.unhcr.org/globaltrends.",
                &g
            )
            .as_deref(),
            Some("webpage")
        );
    }

    #[test]
    fn an_article_then_a_code_cites_the_code() {
        let g = Grammar::builtin();
        for (text, code, section) in [
            (
                "Art. 1366 alin. (2) C. civ.",
                "C. civ.",
                "Art. 1366 alin. (2)",
            ),
            ("art. 1357 din Codul civil.", "Codul civil", "art. 1357"),
            ("Art. 249 C. proc. civ.", "C. proc. civ.", "Art. 249"),
            ("art. 2043 c.c.", "c.c.", "art. 2043"),
            ("Art. 1240 C. civ.", "C. civ.", "Art. 1240"),
            // The code named first, then the article alone (`Código
            // Civil, art. 1902.`): the code, at that article.
            ("Codul civil, art. 1357.", "Codul civil", "art. 1357"),
            ("Código Civil, art. 1902.", "Código Civil", "art. 1902"),
            (
                "Codice civile, art. 2043, comma 2.",
                "Codice civile",
                "art. 2043, comma 2",
            ),
        ] {
            let items = note_items(text, &g);
            assert_eq!(items.len(), 1, "{text}");
            let f = items[0].fields.as_deref().unwrap();
            assert_eq!(
                (f.kind.as_str(), f.title.as_deref()),
                ("legislation", Some(code)),
                "{text}"
            );
            let l = items[0].locator.as_ref().unwrap();
            assert_eq!((l.label.as_str(), l.value.as_str()), ("section", section));
        }
        for text in [
            "Art. 1357 reglementează răspunderea pentru fapta proprie din Codul civil.",
            // A code named first, then more than a provision after it.
            "Codul civil, art. 1357 reglementează răspunderea.",
            "Codul civil, în special art. 1357.",
        ] {
            assert_ne!(
                first_kind(text, &g).as_deref(),
                Some("legislation"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_decision_by_word_court_and_number() {
        let g = Grammar::builtin();
        for (text, court, number, date) in [
            (
                "Decizia Curții Constituționale nr. 1/2012.",
                "Curții Constituționale",
                "1/2012",
                vec![2012],
            ),
            ("Decizia ÎCCJ nr. 12/2015.", "ÎCCJ", "12/2015", vec![2015]),
            (
                "Decizia ÎCCJ nr. 12/2015 din 9 martie 2015, publicată în M. Of. nr. 200.",
                "ÎCCJ",
                "12/2015",
                vec![2015, 3, 9],
            ),
        ] {
            let items = note_items(text, &g);
            assert_eq!(items.len(), 1, "{text}");
            let f = items[0].fields.as_deref().unwrap();
            assert_eq!(f.kind, "legal_case", "{text}");
            assert_eq!(f.publisher.as_deref(), Some(court), "{text}");
            assert_eq!(f.number.as_deref(), Some(number), "{text}");
            assert_eq!(f.issued.as_ref().unwrap().date_parts, [date], "{text}");
        }
        // No court, or no year after the number: no decision read.
        for text in ["Decizia autorului nr. 1/2012.", "Decizia ÎCCJ nr. 12."] {
            assert_ne!(
                first_kind(text, &g).as_deref(),
                Some("legal_case"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_taiwanese_decision_with_its_day_in_brackets() {
        let g = Grammar::builtin();
        for (text, day) in [
            (
                "最高法院101年度台上字第1234號民事判決（2012年7月5日）。",
                "2012年7月5日",
            ),
            (
                "最高法院101年度台上字第1234號判決（民國101年7月5日）。",
                "民國101年7月5日",
            ),
        ] {
            let items = note_items(text, &g);
            assert_eq!(items.len(), 1, "{text}");
            let f = items[0].fields.as_deref().unwrap();
            assert_eq!(f.kind, "legal_case", "{text}");
            assert_eq!(f.number.as_deref(), Some("101年度台上字第1234號"));
            let issued = f.issued.as_ref().unwrap();
            assert_eq!(issued.date_parts, [vec![2012, 7, 5]], "{text}");
            assert_eq!(issued.raw.as_deref(), Some(day));
        }
        // A bracket that is no day is no part of the decision.
        let text = "最高法院101年度台上字第1234號民事判決（本件）。";
        assert_ne!(first_kind(text, &g).as_deref(), Some("legal_case"));
    }

    #[test]
    fn an_inverted_author_then_a_title_and_its_year() {
        let g = Grammar::builtin();
        for (text, family, title) in [
            (
                "Kötz, Hein, Trust und Treuhand (1963), S. 12.",
                "Kötz",
                "Trust und Treuhand",
            ),
            (
                "Larenz, Karl, Methodenlehre der Rechtswissenschaft (1991), S. 45.",
                "Larenz",
                "Methodenlehre der Rechtswissenschaft",
            ),
        ] {
            let items = note_items(text, &g);
            assert_eq!(items.len(), 1, "{text}");
            assert_eq!(items[0].kind, CitationKind::Full, "{text}");
            let f = items[0].fields.as_deref().unwrap();
            assert_eq!(f.author.len(), 1, "{text}");
            assert_eq!(f.author[0].family.as_deref(), Some(family), "{text}");
            assert_eq!(f.title.as_deref(), Some(title), "{text}");
        }
        // Names only: still an author-date reference.
        for text in [
            "Stobart, Hann and Morgan (2007), 86.",
            "Smith, Jones (2010), 4.",
        ] {
            let items = note_items(text, &g);
            assert_eq!(items.len(), 1, "{text}");
            assert_eq!(items[0].kind, CitationKind::AuthorDate, "{text}");
        }
    }

    #[test]
    fn statutes_are_a_name_and_a_provision_without_prose() {
        let g = Grammar::builtin();
        for (text, name, section) in [
            ("민법 제750조.", "민법", "제750조"),
            ("헌법 제37조 제2항 참조.", "헌법", "제37조 제2항"),
            (
                "이에 대하여는 헌법 제37조 제2항 참조.",
                "헌법",
                "제37조 제2항",
            ),
            ("민법 제750조, 제751조.", "민법", "제750조, 제751조"),
            (
                "독점규제 및 공정거래에 관한 법률 제3조의2 제1항.",
                "독점규제 및 공정거래에 관한 법률",
                "제3조의2 제1항",
            ),
            ("民法709条。", "民法", "709条"),
            ("憲法21条1項。", "憲法", "21条1項"),
            ("憲法第21条1項参照。", "憲法", "第21条1項"),
            // A judicial interpretation's long name in title marks, broken
            // over two lines.
            (
                "参见《最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若\n干问题的规定》第5条。",
                "最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定",
                "第5条",
            ),
        ] {
            let items = note_items(text, &g);
            assert_eq!(items.len(), 1, "{text}");
            let f = items[0].fields.as_deref().unwrap();
            assert_eq!(
                (f.kind.as_str(), f.title.as_deref()),
                ("legislation", Some(name)),
                "{text}"
            );
            let l = items[0].locator.as_ref().unwrap();
            assert_eq!((l.label.as_str(), l.value.as_str()), ("section", section));
        }
        for text in [
            "이 점은 민법 제2조의 해석 문제이다.",
            "헌법 제37조 제2항에 관한 자세한 논의는 생략한다.",
            "民法709条の解釈が問題となる。",
            "김철수, 『민법 제750조의 연구』, 박영사, 2001, 12면.",
        ] {
            assert_ne!(
                first_kind(text, &g).as_deref(),
                Some("legislation"),
                "{text}"
            );
        }
    }

    #[test]
    fn decisions_are_cases_with_court_collection_and_page() {
        let g = Grammar::builtin();
        // (item, court, container, volume, page, year, title, pinpoint)
        type Case<'a> = (
            &'a str,
            Option<&'a str>,
            &'a str,
            Option<&'a str>,
            &'a str,
            Option<i32>,
            Option<&'a str>,
            Option<(&'a str, &'a str)>,
        );
        let cases: &[Case] = &[
            (
                "BGHZ 106, 323 (331)",
                None,
                "BGHZ",
                Some("106"),
                "323",
                None,
                None,
                Some(("page", "331")),
            ),
            (
                "BVerfGE 7, 198, 205.",
                None,
                "BVerfGE",
                Some("7"),
                "198",
                None,
                None,
                Some(("page", "205")),
            ),
            (
                "BGH, NJW 2003, 1308 (1309)",
                Some("BGH"),
                "NJW",
                None,
                "1308",
                Some(2003),
                None,
                Some(("page", "1309")),
            ),
            (
                "BVerfG, NVwZ 2005, 12 (14)",
                Some("BVerfG"),
                "NVwZ",
                None,
                "12",
                Some(2005),
                None,
                Some(("page", "14")),
            ),
            (
                "EuGH, EuZW 2005, 12",
                Some("EuGH"),
                "EuZW",
                None,
                "12",
                Some(2005),
                None,
                None,
            ),
            (
                "OLG Köln, NJW-RR 1999, 3",
                Some("OLG Köln"),
                "NJW-RR",
                None,
                "3",
                Some(1999),
                None,
                None,
            ),
            (
                "So BGH, NJW 2003, 1308.",
                Some("BGH"),
                "NJW",
                None,
                "1308",
                Some(2003),
                None,
                None,
            ),
            (
                "BGH, Urt. v. 12.3.2019 – VI ZR 123/18, NJW 2019, 2000 Rn. 15",
                Some("BGH"),
                "NJW",
                None,
                "2000",
                Some(2019),
                Some("VI ZR 123/18"),
                Some(("margin", "15")),
            ),
        ];
        for &(text, court, container, volume, page, year, title, pin) in cases {
            let items = note_items(text, &g);
            assert_eq!(items.len(), 1, "{text}");
            let f = items[0].fields.as_deref().unwrap();
            assert_eq!(f.kind, "legal_case", "{text}");
            assert!(f.author.is_empty(), "{text}");
            assert_eq!(f.publisher.as_deref(), court, "{text}");
            assert_eq!(f.container_title.as_deref(), Some(container), "{text}");
            assert_eq!(f.volume.as_deref(), volume, "{text}");
            assert_eq!(f.page.as_deref(), Some(page), "{text}");
            assert_eq!(f.year(), year, "{text}");
            assert_eq!(f.title.as_deref(), title, "{text}");
            let l = items[0].locator.as_ref();
            assert_eq!(
                l.map(|l| (l.label.as_str(), l.value.as_str())),
                pin,
                "{text}"
            );
        }
        // A decision known by its date and docket number only.
        let items = note_items("BVerfG, Beschl. v. 5.5.2020 – 2 BvR 859/15.", &g);
        let f = items[0].fields.as_deref().unwrap();
        assert_eq!(
            (
                f.kind.as_str(),
                f.title.as_deref(),
                f.year(),
                f.container_title.as_deref()
            ),
            ("legal_case", Some("2 BvR 859/15"), Some(2020), None)
        );
        // A journal with a volume after an author is an article, not a
        // decision; a family name is no court.
        for text in ["Richter, VerwArch 95 (2004), 233", "Weber, NJW 2003, 1308"] {
            let items = note_items(text, &g);
            assert_eq!(
                items[0].fields.as_deref().unwrap().kind,
                "article-journal",
                "{text}"
            );
        }
    }

    #[test]
    fn family_names_are_told_from_abbreviations() {
        for name in ["Schmidt", "Müller-Graff", "McDonald", "O’Neill", "Weiß"] {
            assert!(family_name_word(name), "{name}");
        }
        for court in [
            "BGH", "BGHZ", "BVerfG", "EuGH", "EuG", "OLG", "BGer", "BayObLG",
        ] {
            assert!(!family_name_word(court), "{court}");
        }
    }

    /// The label and value of the locator of `note`'s first item.
    fn first_locator(note: &str, g: &Grammar) -> Option<(String, String)> {
        note_items(note, g)[0]
            .locator
            .clone()
            .map(|l| (l.label, l.value))
    }

    #[test]
    fn margin_numbers_are_locators() {
        let g = Grammar::builtin();
        let locator = |t: &str| first_locator(t, &g);
        assert_eq!(locator("Ebd., Rn. 47."), loc("margin", "47"));
        assert_eq!(locator("Vogel (Fn. 8), Rn. 50 ff."), loc("margin", "50"));
        assert_eq!(locator("Ebd., Rdnr. 3."), loc("margin", "3"));
        assert_eq!(locator("Ebd., Rz. 12."), loc("margin", "12"));
        assert_eq!(locator("Ebd., S. 5."), loc("page", "5"));
    }

    #[test]
    fn a_margin_number_opened_by_its_part_letter_is_the_pinpoint() {
        let g = Grammar::builtin();
        let locator = |t: &str| first_locator(t, &g);
        assert_eq!(locator("Zech, a.a.O., A 45."), loc("margin", "A45"));
        assert_eq!(locator("Zech, a.a.O., B 12 f."), loc("margin", "B12"));
        assert_eq!(locator("Ebd., C 3-5."), loc("margin", "C3-5"));
        assert_eq!(locator("Zech (Fn. 1), D 7."), loc("margin", "D7"));
        // The words of pages and margin numbers keep theirs.
        assert_eq!(locator("Zech, a.a.O., S. 45."), loc("page", "45"));
        assert_eq!(locator("Zech, a.a.O., Rn. 12."), loc("margin", "12"));
        // In full, after the town and year of a book.
        assert_eq!(
            locator("Zech, Handbuch des Polizeirechts, 2. Aufl., München 2020, A 12."),
            loc("margin", "A12")
        );
    }

    #[test]
    fn a_loose_leaf_work_cited_with_its_state_is_cited_in_full() {
        let g = Grammar::builtin();
        for (t, place, genre) in [
            (
                "Stephan/Deger, Polizeigesetz, Loseblatt, Stand: März 2021, § 3 Rn. 4.",
                None,
                Some("Loseblatt"),
            ),
            (
                "Rachor, Handbuch des Polizeirechts, Neuwied, Stand: 1.3.2020, E 110.",
                Some("Neuwied"),
                None,
            ),
        ] {
            let items = note_items(t, &g);
            assert_eq!(items.len(), 1, "{t}");
            assert_eq!(items[0].kind, CitationKind::Full, "{t}");
            let f = items[0].fields.as_deref().unwrap();
            let first = f.author[0]
                .family
                .as_deref()
                .or(f.author[0].literal.as_deref());
            assert_eq!(first, t.split(['/', ',']).next(), "{t}");
            assert!(f.issued.is_some() && f.accessed.is_none(), "{t}");
            assert_eq!(f.publisher_place.as_deref(), place, "{t}");
            assert_eq!(f.genre.as_deref(), genre, "{t}");
        }
        // Without a place, the state is the day the work was brought up
        // to: still no author-date citation of four names.
        let items = note_items("Müller, Polizeigesetz, Stand: März 2021, Rn. 3.", &g);
        assert_eq!(items[0].kind, CitationKind::Full);
        assert!(items[0].fields.as_deref().unwrap().accessed.is_some());
    }

    #[test]
    fn a_state_word_ends_no_list_of_names() {
        let g = Grammar::builtin();
        assert!(ends_with_state_word(
            "Müller, Polizeigesetz, Loseblatt, Stand:",
            &g
        ));
        assert!(ends_with_state_word("Müller, Polizeigesetz, Stand", &g));
        assert!(ends_with_state_word("Müller, Bericht, abgerufen am", &g));
        assert!(!ends_with_state_word("Müller/Stand", &g));
        assert!(!ends_with_state_word("Müller, Standke", &g));
        assert!(!ends_with_state_word("", &g));
    }

    #[test]
    fn a_page_after_a_year_and_number_in_a_note_is_the_place_cited() {
        let g = Grammar::builtin();
        let read = |t: &str| {
            let item = note_items(t, &g).remove(0);
            let page = item.fields.as_deref().and_then(|f| f.page.clone());
            (item.locator.map(|l| (l.label, l.value)), page)
        };
        assert_eq!(
            read("J. de Vries, ‘Overheidsaansprakelijkheid herzien’, NJB 2015/123, p. 45."),
            (loc("page", "45"), None)
        );
        // A range may be the article's pages.
        assert_eq!(
            read("W. Hoff, ‘Algoritmische besluitvorming’, NTB 2020/12, p. 80-88."),
            (None, Some("80-88".to_string()))
        );
        // A journal paged through its volume keeps its first page.
        assert_eq!(
            read("J. Smith, ‘Liability’, Law Quarterly 12 (2015), p. 45."),
            (None, Some("45".to_string()))
        );
    }

    #[test]
    fn a_consideration_numbered_with_periods_after_a_report_is_the_pinpoint() {
        let g = Grammar::builtin();
        let locator = |t: &str| {
            note_items(t, &g)[0]
                .locator
                .clone()
                .map(|l| (l.label, l.value))
        };
        assert_eq!(
            locator("HR 12 april 2013, AB 2013/45, m.nt. F.J. van Ommeren, r.o. 3.4."),
            loc("paragraph", "3.4")
        );
        assert_eq!(
            locator("ABRvS 3 juli 2019, JB 2019/12, par. 4.2.1."),
            loc("paragraph", "4.2.1")
        );
        assert_eq!(pinpoint_part("r.o. 3.4 en verder", &g), None);
    }

    #[test]
    fn a_letter_that_may_be_a_volume_or_a_page_opens_no_margin_number() {
        for pin in [
            "A 45", "B 12 f.", ", C 3-5.", "A 45 ff.", "Z 99999", "E 110",
        ] {
            assert!(lettered_margin(pin).is_some(), "{pin}");
        }
        for pin in [
            "I 45",
            "V 12",
            "X 3",
            "S 45",
            "A45",
            "a 45",
            "A 45a",
            "AB 12",
            "A 1234567",
            "A 12, 14",
            "A 12-",
            "",
        ] {
            assert_eq!(lettered_margin(pin), None, "{pin}");
        }
    }

    #[test]
    fn journal_after_a_supra_note_gives_the_year() {
        let g = Grammar::builtin();
        let items = note_items("a.A. Weiß (Fn. 13), JuS 2003, 12 (17).", &g);
        let short = items[0].short.as_deref().unwrap();
        assert_eq!(short.note, Some(13));
        assert_eq!(short.date.as_deref(), Some("2003"));
        assert_eq!(
            items[0].locator.clone().map(|l| l.value).as_deref(),
            Some("17")
        );
        // A place after the word says nothing.
        let items = note_items("Weiß (Fn. 13), Berlin 2003, 12.", &g);
        assert_eq!(items[0].short.as_deref().unwrap().date, None);
    }

    #[test]
    fn same_author_word_opens_an_undelimited_full_citation() {
        let g = Grammar::builtin();
        let t = "Krause, Verwaltung, Baden-Baden 2010, S. 77; dies., Haftung für Organisationsmängel, DÖV 2011, 521 (525).";
        let items = note_items(t, &g);
        assert_eq!(items.len(), 2);
        let f = items[1].fields.as_deref().unwrap();
        assert_eq!(f.author[0].literal.as_deref(), Some("dies."));
        assert_eq!(f.title.as_deref(), Some("Haftung für Organisationsmängel"));
        assert_eq!(f.container_title.as_deref(), Some("DÖV"));
        assert_eq!(f.page.as_deref(), Some("521"));
        assert_eq!(
            items[1].locator.clone().map(|l| l.value).as_deref(),
            Some("525")
        );
    }

    #[test]
    fn abnt_authors_joined_by_semicolons_are_one_citation() {
        use CitationKind::*;
        assert_eq!(
            kinds("BARBOSA; FERREIRA; NUNES, op. cit., p. 101."),
            [(Short, "BARBOSA; FERREIRA; NUNES, op. cit., p. 101.".into())]
        );
        let t = "Ver TELES, Edson; SAFATLE, Vladimir (Org.). O que resta da ditadura. São Paulo: Boitempo, 2010.";
        assert_eq!(kinds(t), [(Full, t[4..].to_string())]);
        // Short forms of two works, and names not in capitals, still split.
        assert_eq!(
            kinds("SILVA, op. cit., p. 3; SOUZA, op. cit., p. 4.").len(),
            2
        );
        assert_eq!(kinds("Smith, op. cit., 3; Jones, op. cit., 4.").len(), 2);
        // `SOUZA, Maria, op. cit.` names an author, with no short title; prose
        // before a name in capitals is no part of it.
        let g = Grammar::builtin();
        let short = |t: &str| {
            let items = note_items(t, &g);
            let s = items[0].short.as_deref().unwrap();
            (s.author.clone(), s.title.clone())
        };
        assert_eq!(
            short("SOUZA, Maria, op. cit., p. 63."),
            (Some("SOUZA, Maria".into()), None)
        );
        assert_eq!(
            short("e, em perspectiva comparada, PEREIRA, op. cit., p. 40."),
            (Some("PEREIRA".into()), None)
        );
    }

    #[test]
    fn korean_lead_in_words_are_not_names() {
        let g = Grammar::builtin();
        let text = "자세한 논의는 홍길동, 『한국 정치의 이해』(서울: 한울, 2020), 12쪽; 이에 대해서는 김철수·박영희, 앞의 글, 5쪽.";
        let items = note_items(text, &g);
        assert_eq!(items.len(), 2);
        let full = items[0].fields.as_deref().unwrap();
        let names: Vec<String> = full
            .author
            .iter()
            .map(crate::syntax::name::name_key)
            .collect();
        assert_eq!(names, ["홍길동"]);
        assert_eq!(
            items[1].short.as_ref().unwrap().author.as_deref(),
            Some("김철수·박영희")
        );
        // A name that happens to end like a particle, alone, stays a name.
        assert_eq!(cjk_prose_prefix_len("김지은", &g), 0);
        // Japanese prose glued to the names before a title's mark.
        assert_eq!(cjk_prose_prefix_len("例えば辻清明", &g), "例えば".len());
        assert_eq!(
            cjk_prose_prefix_len("詳しくは村松岐夫", &g),
            "詳しくは".len()
        );
        assert_eq!(cjk_prose_prefix_len("山田はるみ", &g), 0);
        assert_eq!(cjk_prose_prefix_len("ハンス・ケルゼン", &g), 0);
    }

    /// (kind, text, signal, indirect) of each item.
    fn cited(text: &str) -> Vec<(CitationKind, &str, Option<String>, bool)> {
        let g = Grammar::builtin();
        note_items(text, &g)
            .into_iter()
            .map(|i| (i.kind, &text[i.start..i.end], i.signal, i.indirect))
            .collect()
    }

    #[test]
    fn a_work_quoted_through_another_cites_the_other() {
        use CitationKind::*;
        let apud = Some("apud".to_string());
        // ABNT: the work after `apud` is the citation; the one before it,
        // without the details of a reference, is text.
        assert_eq!(
            cited("HALBWACHS, Maurice. A memória coletiva apud SILVA, 2013, p. 12."),
            [(AuthorDate, "SILVA, 2013, p. 12", apud.clone(), false)]
        );
        // At the start of an item it is a signal, as before.
        assert_eq!(
            cited("apud SILVA, 2013, p. 12."),
            [(AuthorDate, "SILVA, 2013, p. 12", apud.clone(), false)]
        );
        // In brackets: the citation ends with them.
        assert_eq!(
            cited("HALBWACHS (apud SILVA, op. cit., p. 12)."),
            [(Short, "SILVA, op. cit., p. 12", apud, false)]
        );
        // A quoted work written in full is a citation of its own, marked
        // indirect; the work it is quoted in follows it.
        let t = "Louis Zukofsky, “Sincerity and Objectification,” *Poetry* 37 (1931): 269, quoted in Jane Doe, *The Archive and the State* (Chicago: UCP, 2015), 23.";
        let got = cited(t);
        assert_eq!(got.len(), 2);
        assert_eq!((got[0].0, got[0].3), (Full, true));
        assert!(got[0].1.starts_with("Louis Zukofsky"));
        assert_eq!(
            (got[1].0, got[1].1, got[1].2.as_deref(), got[1].3),
            (
                Full,
                "Jane Doe, *The Archive and the State* (Chicago: UCP, 2015), 23.",
                Some("quoted in"),
                false
            )
        );
        // Other languages.
        let after = |t: &str| {
            cited(t)
                .into_iter()
                .map(|(k, s, w, _)| (k, s.to_string(), w.unwrap_or_default()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            after("Max Weber, zit. n. Müller, a. a. O., S. 40."),
            [(Short, "Müller, a. a. O., S. 40.".into(), "zit. n.".into())]
        );
        assert_eq!(
            after("Marc Bloch, cité par Dupont, op. cit., p. 40."),
            [(Short, "Dupont, op. cit., p. 40.".into(), "cité par".into())]
        );
        assert_eq!(
            after("Ortega, citado por Pérez, op. cit., p. 11."),
            [(Short, "Pérez, op. cit., p. 11.".into(), "citado por".into())]
        );
        // Korean and Japanese: the word closes the brackets of the work
        // quoted from.
        assert_eq!(
            after("박정희의 연설(김철수, 앞의 책, 20쪽에서 재인용)."),
            [(Short, "김철수, 앞의 책, 20쪽에서".into(), "재인용".into())]
        );
        assert_eq!(
            after("吉野作造の言葉（山田・前掲書、45頁より再引用）。"),
            [(Short, "山田・前掲書、45頁より".into(), "再引用".into())]
        );
    }

    #[test]
    fn a_cited_in_word_with_nothing_after_it_splits_nothing() {
        use CitationKind::*;
        // `apud` as the last word: the item is read as if it were not there.
        assert_eq!(
            cited("SILVA, op. cit., p. 3 apud."),
            [(Short, "SILVA, op. cit., p. 3 apud.", None, false)]
        );
        assert!(cited("Assim escreveu o autor apud.").is_empty());
        // `재인용` after the work, outside brackets, is a trailing signal.
        assert_eq!(
            cited("김철수, 앞의 책, 20쪽 재인용."),
            [(Short, "김철수, 앞의 책, 20쪽", Some("재인용".into()), false)]
        );
        // Brackets closed by more than punctuation after the word: no split.
        assert_eq!(cited("吉野（山田・前掲書、45頁より再引用した）。").len(), 1);
    }

    #[test]
    fn a_chapter_after_a_cjk_imprint_is_the_pinpoint() {
        let g = Grammar::builtin();
        let chapter = |t: &str| {
            let (_, pin) = parse_full(t, &g);
            pin.map(|l| (l.label, l.value))
        };
        let ch = |v: &str| Some(("chapter".to_string(), v.to_string()));
        assert_eq!(
            chapter("北村亘『政令指定都市』（中央公論新社、2013年）第3章。"),
            ch("3")
        );
        assert_eq!(
            chapter("那思陆：《清代州县衙门审判制度》，北京：中国政法大学出版社，2006年，第3章。"),
            ch("3")
        );
        assert_eq!(
            chapter("王利明：《物权法研究》，中国人民大学出版社2016年版，第二章。"),
            ch("2")
        );
        // A word after the chapter, or no year before it: no pinpoint.
        assert_eq!(
            pin_word_after_cjk_year("《史记》卷六十五，第3章注释", &g),
            None
        );
        assert_eq!(pin_word_after_cjk_year("某某，见第3章", &g), None);
        // The item ends after the chapter, the page after it kept.
        let items = note_items(
            "宮本憲一『戦後日本公害史論』（岩波書店、2014年）第2章、45頁。",
            &g,
        );
        assert_eq!(items.len(), 1);
        assert_eq!(
            items[0].locator.as_ref().map(|l| l.value.as_str()),
            Some("45")
        );
    }

    #[test]
    fn a_role_word_after_a_note_s_names_makes_them_editors() {
        let g = Grammar::builtin();
        let t = "Madeleine Zelin, Jonathan K. Ocko and Robert Gardella, eds., Contract and Property in Early Modern China (Stanford: Stanford University Press, 2004), p. 32.";
        let items = note_items(t, &g);
        assert_eq!(items.len(), 1);
        let f = items[0].fields.as_deref().unwrap();
        assert!(f.author.is_empty());
        assert_eq!(f.editor.len(), 3);
        assert_eq!(
            f.title.as_deref(),
            Some("Contract and Property in Early Modern China")
        );
        assert_eq!(
            items[0].locator.as_ref().map(|l| l.value.as_str()),
            Some("32")
        );
        // A title's comma or a quoted title before such a word: no names.
        assert_eq!(role_after_names("Smith, \"Essays, ed.\", 12", &g), None);
        assert_eq!(role_after_names("Smith, 1990, ed., Title", &g), None);
    }

    #[test]
    fn an_author_glued_to_an_op_cit_word_names_the_work() {
        let g = Grammar::builtin();
        let short = |t: &str| {
            let items = note_items(t, &g);
            let it = items.first().unwrap();
            let s = it.short.as_deref().unwrap();
            (
                it.kind,
                s.author.clone(),
                it.locator
                    .as_ref()
                    .map(|l| (l.label.clone(), l.value.clone())),
            )
        };
        assert_eq!(
            short("前引里赞书，第3章。"),
            (
                CitationKind::Short,
                Some("里赞".to_string()),
                Some(("chapter".to_string(), "3".to_string()))
            )
        );
        assert_eq!(
            short("前引滋贺秀三文，第30页。"),
            (
                CitationKind::Short,
                Some("滋贺秀三".to_string()),
                Some(("page".to_string(), "30".to_string()))
            )
        );
        // The word alone is the work cited just before.
        assert_eq!(short("前引书，第30页。").0, CitationKind::Ibid);
    }

    #[test]
    fn japanese_lead_in_clauses_are_signals_not_names() {
        let g = Grammar::builtin();
        let families = |item: &RawItem| -> Vec<String> {
            item.fields
                .as_deref()
                .unwrap()
                .author
                .iter()
                .map(crate::syntax::name::name_key)
                .collect()
        };
        let t = "比較法的検討として、Richard Hale, Discretion and the Courts (Oxford: Clarendon Press, 1998), p. 12.";
        let items = note_items(t, &g);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].signal.as_deref(), Some("比較法的検討として"));
        assert_eq!(families(&items[0]), ["hale"]);
        // Several clauses; a delimited title after them.
        let t = "この点については、なお、山田太郎『行政法』（有斐閣、2010年）12頁。";
        let items = note_items(t, &g);
        assert_eq!(items[0].signal.as_deref(), Some("この点については、なお"));
        assert_eq!(families(&items[0]), ["山田太郎"]);
        // Names joined by `、` are no lead-in: both authors stay.
        let t = "山田太郎、鈴木花子『行政法』（有斐閣、2010年）12頁。";
        let items = note_items(t, &g);
        assert_eq!(items[0].signal, None);
        assert_eq!(families(&items[0]), ["山田太郎", "鈴木花子"]);
        // A clause with a title or a digit, or nothing after the clause, is
        // not cut.
        assert_eq!(cjk_lead_in_len("『行政法』について、12頁", &g), 0);
        assert_eq!(cjk_lead_in_len("2010年には、山田", &g), 0);
        assert_eq!(cjk_lead_in_len("この点については、", &g), 0);
        assert_eq!(cjk_lead_in_len("山田太郎、鈴木花子", &g), 0);
        // Korean lead-ins are words before a space, read with the names.
        let t = "이에 대해서는 김철수, 『동맹의 정치』 (서울: 한울, 2010), 20쪽.";
        assert_eq!(families(&note_items(t, &g)[0]), ["김철수"]);
        let t = "자세한 것은 김철수, 『동맹의 정치』 (서울: 한울, 2010), 20쪽.";
        assert_eq!(families(&note_items(t, &g)[0]), ["김철수"]);
    }

    #[test]
    fn a_sentence_after_a_page_cited_opens_an_item_of_its_own() {
        let g = Grammar::builtin();
        let cuts = |t: &str| {
            signal_sentences(t, split_items(t), &g)
                .into_iter()
                .map(|(a, b)| t[a..b].to_string())
                .collect::<Vec<_>>()
        };
        // After a bare page that follows a bracket, a closing quote or a
        // back-reference; after a page word; in Korean after `쪽`.
        for (t, second) in [
            (
                "F. Venturi, Settecento riformatore (Turin: Einaudi, 1987), 212. For a different view, see A. M. Rao, “The Feudal Question,” Past & Present 9 (1990): 5–9.",
                "A. M. Rao",
            ),
            (
                "Ibid., 72. Marin’s account draws on the records of the court.",
                "Marin’s account",
            ),
            (
                "이승종, 위의 글, 115쪽. 또한 김순은, “주민참여 조례의 확산,” 『지방정부연구』 제12권 제4호(2008), 7-28쪽 참조.",
                "김순은",
            ),
        ] {
            let items = cuts(t);
            assert_eq!(items.len(), 2, "{t}: {items:?}");
            assert!(items[1].contains(second), "{t}: {items:?}");
        }
        // No cut: an edition after a title (`GG, 9. Aufl.`), a span of years
        // closing a title, a word for the same author that opens the
        // citation, a sentence giving where the work is online.
        for t in [
            "Sachs/Höfling, GG, 9. Aufl. 2021, Art. 1 Rn. 5.",
            "Idem. Direito à terra no Brasil: a gestação do conflito, 1795-1824. São Paulo: Alameda, 2009, p. 112.",
            "ŠOUŠA, Jiří. Pozemková reforma. Moderní dějiny. 2010, roč. 18, č. 1, s. 1–32. Dostupné z: https://www.hiu.cas.cz/md [cit. 2021-03-15].",
        ] {
            assert_eq!(cuts(t).len(), 1, "{t}: {:?}", cuts(t));
        }
    }

    #[test]
    fn an_author_named_alone_with_a_page_is_a_short_form() {
        let g = Grammar::builtin();
        let read = |t: &str| {
            author_page_short(t, 0, t.len(), &g, None).map(|r| {
                let s = r.short.unwrap();
                (s.author.unwrap(), r.locator.unwrap().value)
            })
        };
        for (t, author, page) in [
            ("Venturi, 240.", "Venturi", "240"),
            ("Venturi, 5:240.", "Venturi", "5:240"),
            ("Schmidt, S. 14 f.", "Schmidt", "14"),
            ("Berry and Berry, 410.", "Berry and Berry", "410"),
            ("v. Bar, S. 12.", "v. Bar", "12"),
        ] {
            assert_eq!(read(t), Some((author.to_string(), page.to_string())), "{t}");
        }
        // A year, a back-reference, prose, a title, an unknown word before
        // the number.
        for t in [
            "Paris, 1990.",
            "Ibid, 45.",
            "The argument is old, 45.",
            "Venturi, Settecento, 45.",
            "Venturi, no. 45.",
            "The World, 23.",
            "AS, 40.",
            "TNA, 40.",
        ] {
            assert_eq!(read(t), None, "{t}");
        }
    }

    #[test]
    fn splits_on_semicolons_outside_quotes() {
        let t = "A, “x; y,” *J*, 2020; B, *Book* (P, 2001)";
        assert_eq!(split_items(t).len(), 2);
        // German quotes open low and close with `“` (or `”` in Polish).
        for t in [
            "A, „x; y“, in: J 5 (2001), S. 3; B, a. a. O.",
            "A, „x; y”, in: J 5 (2001), s. 3; B, dz. cyt.",
            "A, «x; y», J, 2001; B, op. cit.",
        ] {
            assert_eq!(split_items(t).len(), 2, "{t}");
        }
        // An unclosed quote keeps the rest together rather than guessing.
        assert_eq!(split_items("A, “x; y").len(), 1);
        // A full-width semicolon splits too; what follows it starts after
        // its three bytes.
        assert_eq!(split_items("甲，《书》；乙，《文》").len(), 2);
    }

    #[test]
    fn classifies_items() {
        use CitationKind::*;
        let cases: Vec<(&str, Vec<(CitationKind, &str)>)> = vec![
            ("Waltz(1979), op. cit.; Mearsheimer(2001), op. cit.", vec![(Short, "Waltz(1979), op. cit."), (Short, "Mearsheimer(2001), op. cit.")]),
            ("Ibid., p. 5.", vec![(Ibid, "Ibid., p. 5.")]),
            ("Id. at 3.", vec![(Ibid, "Id. at 3.")]),
            ("Smith, supra note 4, at 7.", vec![(Supra, "Smith, supra note 4, at 7.")]),
            ("앞의 글, 30쪽.", vec![(Ibid, "앞의 글, 30쪽.")]),
            ("홍길동, 앞의 글, 30쪽.", vec![(Short, "홍길동, 앞의 글, 30쪽.")]),
            ("Müller, a. a. O., S. 12.", vec![(Short, "Müller, a. a. O., S. 12.")]),
            (
                "러시아 항에서 추적된 바 있다. Mia Jankowicz, \"Satellite images,\" *Business Insider*, November 22, 2024.",
                vec![(Full, "Mia Jankowicz, \"Satellite images,\" *Business Insider*, November 22, 2024.")],
            ),
            (
                "패널이 만료되었다(United Nations, March 28, 2024).",
                vec![(Parenthetical, "United Nations, March 28, 2024")],
            ),
            ("이 제재에는 결의안 2270호 등이 포함되었다.", vec![]),
            ("Smith, *Theory*, 45.", vec![(Short, "Smith, *Theory*, 45.")]),
        ];
        for (text, want) in cases {
            let got = kinds(text);
            let want: Vec<(CitationKind, String)> =
                want.into_iter().map(|(k, s)| (k, s.to_string())).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn the_pinpoint_of_a_full_citation_is_its_locator_not_the_work_s_pages() {
        let g = Grammar::builtin();
        // (note text, pinpoint, the work's page range, container, volume)
        type Case<'a> = (
            &'a str,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        let cases: &[Case] = &[
            (
                "Robert Jervis, Perception and Misperception in International Politics (Princeton: Princeton University Press, 1976), 58.",
                Some("58"), None, None, None,
            ),
            (
                "Kenneth N. Waltz, Theory of International Politics (Reading, MA: Addison-Wesley, 1979), 105–23.",
                Some("105–23"), None, None, None,
            ),
            (
                "John J. Mearsheimer, \"Back to the Future,\" International Security 15, no. 1 (1990): 5–56, at 12.",
                Some("12"), Some("5–56"), Some("International Security"), Some("15"),
            ),
            (
                "John J. Mearsheimer, \"Back to the Future,\" International Security 15, no. 1 (1990): 5–56.",
                None, Some("5–56"), Some("International Security"), Some("15"),
            ),
            (
                "John Smith, “Paper Empires,” *Journal of Modern History* 88, no. 2 (2016): 301–330, 305.",
                Some("305"), Some("301–330"), Some("Journal of Modern History"), Some("88"),
            ),
            (
                "Pierre Bourdieu, La Distinction. Critique sociale du jugement, Paris, Minuit, 1979, p. 45.",
                Some("45"), None, None, None,
            ),
            (
                "Hans Müller, *Archiv und Staat* (Berlin: Duncker & Humblot, 1998), S. 12.",
                Some("12"), None, None, None,
            ),
            (
                "김철수, 『동맹의 정치』 (서울: 한울, 2010), 15쪽.",
                Some("15"), None, None, None,
            ),
            // A year after the pages is the date, not a pinpoint.
            (
                "홍길동, “동맹 연구,” 『국제정치논총』 제50권 2호, pp. 10-20, 2019.",
                None, Some("10-20"), Some("국제정치논총"), Some("50"),
            ),
        ];
        for &(text, pin, pages, container, volume) in cases {
            let items = note_items(text, &g);
            assert_eq!(items.len(), 1, "{text}: {items:?}");
            let item = &items[0];
            assert_eq!(item.kind, CitationKind::Full, "{text}");
            assert_eq!(
                item.locator.as_ref().map(|l| l.value.as_str()),
                pin,
                "{text}"
            );
            let fields = item.fields.as_deref().unwrap();
            assert_eq!(fields.page.as_deref(), pages, "{text}");
            assert_eq!(fields.container_title.as_deref(), container, "{text}");
            assert_eq!(fields.volume.as_deref(), volume, "{text}");
            assert!(fields.issued.is_some(), "{text}");
        }
    }

    /// An ibid's own locator, whatever its word (`para 4.3`, a report's
    /// paragraph numbered with periods; OSCOLA's `s 12`, `art 5`), is the
    /// pinpoint, not the one of the note before.
    #[test]
    fn an_ibid_keeps_its_own_locator_whatever_its_word() {
        let g = Grammar::builtin();
        for (t, label, value) in [
            ("Ibid., para 4.3.", "paragraph", "4.3"),
            ("Ibid., paras 4.3–4.5.", "paragraph", "4.3–4.5"),
            ("ibid para 3.12.1", "paragraph", "3.12.1"),
            ("Ibid., s 12.", "section", "12"),
            ("Ibid 45.", "page", "45"),
            ("Ibid., art 5.", "article-locator", "5"),
            ("Ibid., at 45.", "page", "45"),
            ("Ibid., col 1028.", "column", "1028"),
        ] {
            let items = note_items(t, &g);
            assert_eq!(items.len(), 1, "{t}");
            assert_eq!(items[0].kind, CitationKind::Ibid, "{t}");
            let pin = items[0].locator.as_ref().expect(t);
            assert_eq!(
                (pin.label.as_str(), pin.value.as_str()),
                (label, value),
                "{t}"
            );
        }
        // A word that is no pinpoint's leaves the ibid without a locator.
        let items = note_items("Ibid., passim.", &g);
        assert!(items[0].locator.is_none());
    }

    /// A page after an imprint of a town and a year between commas, no
    /// brackets: the pinpoint; after a journal's volume and year it is not.
    #[test]
    fn a_page_after_a_town_and_a_year_between_commas() {
        let g = Grammar::builtin();
        let items = note_items("J. Smith, Essays on Reform, London, 1971, 60.", &g);
        let loc = items[0].locator.as_ref().expect("a pinpoint");
        assert_eq!(loc.value, "60");
        let f = items[0].fields.as_deref().unwrap();
        assert_eq!(f.publisher_place.as_deref(), Some("London"));
        assert_eq!(f.issued.as_ref().map(|d| d.date_parts[0][0]), Some(1971));
        let items = note_items("J. Smith, Essays on Reform, Camelot, 1971, 60.", &g);
        assert!(pin_after_town_and_year("J. Smith, Essays, Camelot, 1971, 60.", &g).is_none());
        assert!(!items.is_empty());
    }

    /// A page after the brackets of a paper's number and year, without a
    /// comma (OSCOLA), and a volume and page after a book's imprint.
    #[test]
    fn a_bare_page_after_a_paper_number_or_a_volume_and_page() {
        let g = Grammar::builtin();
        for (t, pin) in [
            (
                "Law Commission, Contempt of Court (Law Com CP No 154, 1999) 23.",
                "23",
            ),
            (
                "Home Office, Rights Brought Home (Cm 3782, 1997) 12–14.",
                "12–14",
            ),
            (
                "A. J. P. Taylor, English History, 4 vols. (London: Macmillan, 1940), 1:154.",
                "1:154",
            ),
        ] {
            let items = note_items(t, &g);
            assert_eq!(items.len(), 1, "{t}");
            let loc = items[0].locator.as_ref().expect(t);
            assert_eq!(
                (loc.label.as_str(), loc.value.as_str()),
                ("page", pin),
                "{t}"
            );
        }
        // A journal's year in brackets and its first page: no pinpoint.
        let items = note_items("Jane Roe, 'Reform' (1999) 62 MLR 23.", &g);
        assert!(items[0].locator.as_ref().is_none_or(|l| l.value != "23"));
    }

    #[test]
    fn two_citations_with_commentary_between() {
        let t = "A. Mehta, “Cyber Allies,” *Daily NK*, July 17, 2024. <https://x.org/a> (검색일: 2025.3.21). 한편 조약은 영향을 미칠 것이다. Sunha Bae, “Deterrence Under Pressure,” CSIS, April 1, 2025.";
        let got = kinds(t);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1, "A. Mehta, “Cyber Allies,” *Daily NK*, July 17, 2024. <https://x.org/a> (검색일: 2025.3.21).");
        assert_eq!(
            got[1].1,
            "Sunha Bae, “Deterrence Under Pressure,” CSIS, April 1, 2025."
        );
    }

    #[test]
    fn author_date_heads() {
        assert_eq!(
            author_paren_date("Waltz(1979)").map(|x| x.1),
            Ok(("Waltz", "1979"))
        );
        assert_eq!(
            author_paren_date("Reuters (November 22, 2023)").map(|x| x.1),
            Ok(("Reuters ", "November 22, 2023"))
        );
        assert_eq!(
            author_paren_date("김철수·박영희(2024)").map(|x| x.1),
            Ok(("김철수·박영희", "2024"))
        );
        assert!(author_paren_date("Müller (Anm. 3) extra").is_err());
        assert!(author_paren_date("(1979)").is_err());
    }

    #[test]
    fn short_form_parts() {
        let g = Grammar::builtin();
        let items = note_items(
            "Picheta et al.(October 14, 2024), op. cit., pp. 169-172.",
            &g,
        );
        let s = items[0].short.clone().unwrap();
        assert_eq!(s.author.as_deref(), Some("Picheta et al."));
        assert_eq!(s.date.as_deref(), Some("October 14, 2024"));
        assert_eq!(
            items[0].locator.as_ref().map(|l| l.value.as_str()),
            Some("169-172")
        );
    }
}

#[cfg(test)]
mod classical_divisions {
    use super::*;

    #[test]
    fn a_book_and_its_lines_are_a_section() {
        for t in ["4.55", "8.12.29", "1.89–112", "4.55-4.60", "24.480–6"] {
            assert!(classical_division(t), "{t}");
        }
        for t in [
            "45",
            "1234.5",
            "4.",
            ".5",
            "4.55.12.3",
            "4.55x",
            "2001.12.5",
        ] {
            assert!(!classical_division(t), "{t}");
        }
        assert_eq!(
            division_after_title("Augustine, Confessions 8.12."),
            Some(22)
        );
        assert_eq!(division_after_title("Augustine, Confessions, 8.12."), None);
        assert_eq!(division_after_title("Windows 3.1"), None);
        assert_eq!(division_after_title("Smith, Theory 12."), None);
        let (cut, pin) =
            division_after_paren("Homer, The Odyssey (New York: Viking, 1996), 9.105.").unwrap();
        assert_eq!(cut, 43);
        assert_eq!(
            (pin.label.as_str(), pin.value.as_str()),
            ("section", "9.105")
        );
        assert!(division_after_paren("Homer, The Odyssey (Viking, 1996), 105.").is_none());
    }
}

#[cfg(test)]
mod undelimited_short_search {
    use super::*;
    use crate::re::strategies::run;
    use proptest::prelude::*;

    /// The bounded pattern [`undelimited_short_parts`] stands for.
    static BOUNDED: LazyLock<Regex> = LazyLock::new(|| {
        crate::re::constant(
            r"^((?:[a-z][a-z.]* ){0,2}(?:\p{Lu}\. ){0,2}\p{Lu}[\p{L}'’\-]+\.?(?: \p{Lu}[\p{L}'’\-]+)?), (\p{Lu}[^;()]{2,100}?), (?:\p{L}{1,5}\.\s?(?:[0-9]{1,5}|[IVX]+), )?(?:\p{L}{1,3}\.\s?)?((?:[0-9]{1,5}:)?(?:[0-9]{1,5}\.(?:[0-9]{1,5}\.)?)?[0-9]{1,5}(?:\s*[-–]\s*[0-9]{1,5})?)\.?$",
        )
    });

    /// `Author, Title, p. 12–345.` with each run near its bound, and the
    /// characters that end runs (`,`, `;`, `(`, `.`, Arabic-Indic digits,
    /// `Ⅳ`, an uppercase letter that is no `Lu`) inside them.
    fn shorts() -> impl Strategy<Value = String> {
        let digits = || {
            prop_oneof![
                run(vec!['4', '٣'], 0..2),
                run(vec!['4', '٣'], 4..7),
                run(vec!['4', 'x'], 1..3)
            ]
        };
        (
            prop::sample::select(vec![
                "Doe",
                "Van Dam",
                "O’Neil-Ray.",
                "doe",
                "Doe Ray Me",
                "R. Doe",
                "A. B. C. Doe",
                "A.B. Doe",
                "Doe and Roe",
                "Doe & Roe",
                "Doe andor Roe",
                "Doe und Roe Ray",
                "Doe, Roe",
            ]),
            prop_oneof![
                run(vec!['x', 'É', ' ', '.', ';', 'Ⅳ', ','], 1..4),
                run(vec!['x', 'É', ' ', '.', ','], 98..103)
            ],
            prop::sample::select(vec![", ", ",", "; "]),
            prop_oneof![
                Just(String::new()),
                digits().prop_map(|d| format!("{d}:")),
                digits().prop_map(|d| format!("{d}.")),
                (digits(), digits()).prop_map(|(a, b)| format!("{a}.{b}.")),
                (digits(), digits()).prop_map(|(a, b)| format!("{a}.{b}.{a}.")),
                run(vec!['p', 'S', 'Ⅳ', '1'], 1..5).prop_map(|w| format!("{w}.")),
                run(vec!['p', 'S'], 1..5).prop_map(|w| format!("{w}. ")),
                run(vec!['p'], 1..3).prop_map(|w| format!("{w}.  ")),
            ],
            digits(),
            prop::sample::select(vec!["", "-", " – ", "–", " x "]),
            digits(),
            prop::sample::select(vec!["", ".", "..", " x"]),
        )
            .prop_map(|(author, title, sep, word, d1, dash, d2, end)| {
                format!("{author}, T{title}{sep}{word}{d1}{dash}{d2}{end}")
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn undelimited_short_parts_capture_what_the_bounded_pattern_does(t in shorts()) {
            let want = BOUNDED.captures(&t).map(|c| {
                [1, 2, 3].map(|i| c.get(i).map_or("", |m| m.as_str()))
            });
            prop_assert_eq!(undelimited_short_parts(&t), want, "{:?}", t);
        }
    }
}

#[cfg(test)]
mod case_full_search {
    use super::*;
    use crate::re::strategies::run;
    use proptest::prelude::*;

    /// The bounded pattern [`case_full`] stands for.
    static BOUNDED: LazyLock<Regex> = LazyLock::new(|| {
        crate::re::constant(
            r"^(?P<name>\p{Lu}[^,;]{0,120}? v\. [^,;]{1,120}?), (?P<vol>[0-9]{1,4}) (?P<rep>[A-Z][A-Za-z0-9.' ]{0,30}?) (?P<page>[0-9]{1,5})(?:, (?P<pin>[0-9]{1,5}(?:[-–][0-9]{1,5})?))? \((?P<court>[^()]*?)\s?(?P<year>[0-9]{4})\)\.?$",
        )
    });

    /// Parties: runs of 0 to 3, 115 to 124 or 236 to 245 characters
    /// (spaces, a `v`, periods, non-ASCII letters) joined by one to four
    /// ` v. ` and its near misses, so that the first, a middle or the last
    /// ` v. ` is the one that keeps both sides within 120, or none is; a
    /// `,` or `;` may end the name early.
    fn parties() -> impl Strategy<Value = String> {
        let side = || {
            prop_oneof![
                3 => run(vec!['x', 'É', ' ', '.', 'v', 'ß'], 1..4),
                1 => Just(String::new()),
                3 => run(vec!['x', 'É', ' ', '.'], 115..125),
                1 => run(vec!['x', 'É'], 236..246)
            ]
        };
        let join = prop_oneof![
            12 => Just(" v. "),
            1 => prop::sample::select(vec![" v.", "v. ", " V. ", " v, ", "; v. ", " v. ;"]),
        ];
        (
            prop_oneof![
                12 => prop::sample::select(vec!["B", "É"]),
                1 => prop::sample::select(vec!["b", "Ⅳ"])
            ],
            side(),
            prop::collection::vec((join, side()), 1..5),
        )
            .prop_map(|(first, head, rest)| {
                let mut s = format!("{first}{head}");
                for (join, side) in rest {
                    s.push_str(join);
                    s.push_str(&side);
                }
                s
            })
    }

    /// Digits (ASCII and Arabic-Indic): a few, one fewer than `bound` to
    /// one more, far more, none, or followed by a letter.
    fn digits(bound: usize) -> impl Strategy<Value = String> {
        prop_oneof![
            4 => run(vec!['4', '٣'], 1..3),
            4 => run(vec!['4', '٣'], bound - 1..bound + 2),
            1 => run(vec!['4'], bound + 5..bound + 8),
            1 => prop::sample::select(vec!["", "4x"]).prop_map(String::from),
        ]
    }

    /// `, 347 U.S. 483, 495–497 (9th Cir. 1954).` with each run near its
    /// bound: the reporter of 1 to 35 characters after its capital, with
    /// spaces and digits (so that its last space decides where the page
    /// starts).
    fn tails() -> impl Strategy<Value = String> {
        let rep = prop::collection::vec(
            prop_oneof![
                4 => run(vec!['S', 'b', '.', '\'', ' ', '2'], 1..4),
                2 => run(vec!['S', '.', ' '], 27..31),
                1 => Just(" 12".to_string())
            ],
            1..3,
        )
        .prop_map(|r| format!("U{}", r.concat()));
        let dash = prop_oneof![
            8 => prop::sample::select(vec!["-", "–"]),
            1 => prop::sample::select(vec!["x", " "])
        ];
        let pin = prop_oneof![
            Just(String::new()),
            digits(5).prop_map(|d| format!(", {d}")),
            (digits(5), dash, digits(5)).prop_map(|(a, dash, b)| format!(", {a}{dash}{b}")),
        ];
        (
            prop_oneof![12 => Just(", "), 1 => prop::sample::select(vec![",", ";"])],
            digits(4),
            rep,
            digits(5),
            pin,
            prop_oneof![
                12 => prop::sample::select(vec!["", "9th Cir. ", "Cir.", "1 ", " "]),
                1 => Just("(x ")
            ],
            prop_oneof![8 => run(vec!['1', '٣'], 4..5), 1 => run(vec!['1'], 3..7)],
            prop_oneof![
                12 => prop::sample::select(vec![")", ")."]),
                1 => prop::sample::select(vec![")..", ") x", ""])
            ],
        )
            .prop_map(|(comma, vol, rep, page, pin, court, year, end)| {
                format!("{comma}{vol} {rep} {page}{pin} ({court}{year}{end}")
            })
    }

    /// Parties then a tail, each near its bounds or (a third of the time)
    /// plain, so that the other's bounds decide.
    fn cases() -> impl Strategy<Value = String> {
        let name = prop_oneof![
            2 => parties(),
            1 => prop::sample::select(vec!["Brown v. Board", "É v. F v. G", "Roe v. Wade"])
                .prop_map(String::from)
        ];
        let tail = prop_oneof![
            2 => tails(),
            1 => prop::sample::select(vec![", 347 U.S. 483 (1954)", ", 1 F.3d 2, 3-4 (9th Cir. 1999)."])
                .prop_map(String::from)
        ];
        (name, tail).prop_map(|(name, tail)| format!("{name}{tail}"))
    }

    /// Every named group's text, or `None` when there is no match.
    fn groups<'h>(c: Option<regex::Captures<'h>>) -> Option<Vec<Option<&'h str>>> {
        let names: Vec<&str> = BOUNDED.capture_names().flatten().collect();
        c.map(|c| {
            names
                .iter()
                .map(|n| c.name(n).map(|m| m.as_str()))
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn case_full_captures_what_the_bounded_pattern_does(t in cases()) {
            prop_assert_eq!(groups(case_full(&t)), groups(BOUNDED.captures(&t)), "{:?}", t);
        }
    }

    #[test]
    fn case_full_reads_cases() {
        let name =
            |t: &str| case_full(t).and_then(|c| c.name("name").map(|m| m.as_str().to_string()));
        assert_eq!(
            name("Brown v. Board of Education, 347 U.S. 483, 495 (1954)."),
            Some("Brown v. Board of Education".to_string())
        );
        // A later ` v. ` splits the name when the first leaves too much
        // after it; none does when every split breaks a bound.
        let x = |n| "x".repeat(n);
        let t = format!("A v. {} v. B, 1 U.S. 2 (1999)", x(116));
        assert!(case_full(&t).is_some() && BOUNDED.is_match(&t));
        let t = format!("A v. {} v. B, 1 U.S. 2 (1999)", x(117));
        assert!(case_full(&t).is_none() && !BOUNDED.is_match(&t));
        let t = format!("A{} v. {}, 1 U.S. 2 (1999)", x(120), x(120));
        assert!(case_full(&t).is_some() && BOUNDED.is_match(&t));
        let t = format!("A{} v. B, 1 U.S. 2 (1999)", x(121));
        assert!(case_full(&t).is_none() && !BOUNDED.is_match(&t));
        let t = format!("A v. {}, 1 U.S. 2 (1999)", x(121));
        assert!(case_full(&t).is_none() && !BOUNDED.is_match(&t));
    }

    #[test]
    fn an_abbreviated_given_name_before_an_initial_ends_no_sentence() {
        let s = "Jens Chr. V. Johansen og Henrik Stevnsborg, »Hasard«";
        assert_eq!(after_last_sentence_end(s), 0);
        let s = "So it was. Wm. H. Taft, Title";
        assert_eq!(after_last_sentence_end(s), "So it was.".len());
        // A word of four letters, or one in capitals, ends a sentence.
        assert_eq!(
            after_last_sentence_end("Seen in Oslo. A. Roe"),
            "Seen in Oslo.".len()
        );
        assert_eq!(
            after_last_sentence_end("In the USA. J. Roe"),
            "In the USA.".len()
        );
    }

    #[test]
    fn a_numbering_abbreviation_before_its_number_ends_no_sentence() {
        assert_eq!(after_last_sentence_end("THE FEDERALIST NO. 78, "), 0);
        assert_eq!(after_last_sentence_end("Reports, Vol. 5, "), 0);
        assert_eq!(after_last_sentence_end("Gesammelte Werke, Bd. 3, "), 0);
        // Before a word, or after a longer word, the period ends one.
        assert_eq!(
            after_last_sentence_end("So said the NO. Roe, "),
            "So said the NO.".len()
        );
        assert_eq!(
            after_last_sentence_end("It was said in 1990. 12 Roe, "),
            "It was said in 1990.".len()
        );
    }

    #[test]
    fn a_classic_by_its_title_with_its_author_in_a_bracket() {
        let g = crate::grammar::Grammar::builtin();
        let (f, pin) = bluebook_bracketed_author(
            "THE FEDERALIST NO. 78, at 465 (Alexander Hamilton) (Clinton Rossiter ed., 1961)",
            &g,
        )
        .unwrap();
        assert_eq!(f.kind, "classic");
        assert_eq!(f.title.as_deref(), Some("THE FEDERALIST NO. 78"));
        assert_eq!(f.author[0].family.as_deref(), Some("Hamilton"));
        assert_eq!(f.editor[0].family.as_deref(), Some("Rossiter"));
        assert_eq!(f.issued.as_ref().and_then(|d| d.year()), Some(1961));
        assert_eq!(pin.unwrap().value, "465");
        let (f, pin) =
            bluebook_bracketed_author("THE FEDERALIST NO. 10 (James Madison)", &g).unwrap();
        assert_eq!(f.author[0].family.as_deref(), Some("Madison"));
        assert!(f.issued.is_none() && pin.is_none());
        // A publisher and year, an editor, a title in small letters: none.
        for s in [
            "RESTATEMENT (SECOND) OF TORTS (AM. L. INST. 1977)",
            "BLACK'S LAW DICTIONARY (Bryan A. Garner ed.)",
            "The Law of Torts (James Madison)",
            "FEDERALIST (James Madison)",
        ] {
            let f = bluebook_bracketed_author(s, &g).map(|(f, _)| f.kind);
            assert!(f.is_none(), "{s}: {f:?}");
        }
        // In roman, a numbered piece of a collection.
        let (f, _) =
            bluebook_bracketed_author("The Federalist No. 10 (James Madison)", &g).unwrap();
        assert_eq!(f.title.as_deref(), Some("The Federalist No. 10"));
    }

    #[test]
    fn a_role_word_after_names_is_no_prose() {
        let g = Grammar::builtin();
        assert_eq!(prose_prefix_len("Phan Huy Lê (chủ biên)", &g), 0);
        assert_eq!(prose_prefix_len("Anna Roth (biên soạn)", &g), 0);
        assert!(prose_prefix_len("see the work of Anna Roth", &g) > 0);
    }
}

#[cfg(test)]
mod cjk_sentences_and_divisions {
    use super::*;

    #[test]
    fn a_book_of_a_classic_alone_is_a_volume() {
        let g = Grammar::builtin();
        assert_eq!(division_alone("卷一百二十五", &g).as_deref(), Some("125"));
        assert_eq!(division_alone("卷一二八", &g).as_deref(), Some("128"));
        assert_eq!(division_alone("卷3", &g).as_deref(), Some("3"));
        // Something after the number, or no number: none.
        assert_eq!(division_alone("卷3，第45页", &g), None);
        assert_eq!(division_alone("卷上", &g), None);
        assert_eq!(division_alone("第3章", &g), None);
    }

    #[test]
    fn a_chapter_before_the_page_is_part_of_the_pinpoint() {
        let g = Grammar::builtin();
        let l = locator_plain("、第3章、112頁。", &g).unwrap();
        assert_eq!((l.label.as_str(), l.value.as_str()), ("page", "112"));
        assert_eq!(l.text.as_deref(), Some("第3章、112頁"));
        let l = locator_plain("，第二章，第45页。", &g).unwrap();
        assert_eq!(l.text.as_deref(), Some("第二章，第45页"));
        // A page alone, or other words before it, keep no text.
        assert_eq!(locator_plain("、112頁。", &g).unwrap().text, None);
        assert_eq!(locator_plain("、前掲書、112頁。", &g).unwrap().text, None);
    }

    #[test]
    fn a_day_of_the_cycle_after_a_month_dates_a_record() {
        assert!(record_date("丙子，第812页"));
        assert!(record_date("丙子"));
        assert!(record_date("辛亥条，台北"));
        assert!(record_date("条"));
        // No day of the cycle: a date of printing may go on.
        assert!(!record_date("，北京：中华书局"));
        assert!(!record_date("丙，"));
        assert!(!record_date("丙子年"));
    }

    #[test]
    fn a_statute_or_a_numbered_source_alone_ends_its_sentence() {
        let g = Grammar::builtin();
        assert!(statute_sentence(
            "民法709条。",
            "同条の沿革については、",
            &g
        ));
        assert!(statute_sentence(
            "民法第758條。",
            "關於登記之沿革，參見",
            &g
        ));
        // A work's sentence, or Latin prose after it, is none.
        assert!(!statute_sentence(
            "我妻栄『民法講義』（岩波書店、1954年）。",
            "同書は",
            &g
        ));
        assert!(!statute_sentence("民法709条。", "See also", &g));
        assert!(numbered_source_sentence(
            "《淡新檔案》22105-2。",
            "需要指出的是，"
        ));
        assert!(numbered_source_sentence(
            "『大日本古文書』3-45。",
            "この文書は"
        ));
        assert!(!numbered_source_sentence(
            "《淡新檔案》22105-2。",
            "《巴县档案》"
        ));
        assert!(!numbered_source_sentence(
            "《淡新檔案》，第3頁。",
            "需要指出的是"
        ));
        assert!(!numbered_source_sentence(
            "《淡新檔案》22105-2",
            "需要指出的是"
        ));
    }

    #[test]
    fn clauses_of_prose_lead_to_a_signal() {
        let g = Grammar::builtin();
        let s = "此一調查雖以舊慣為對象，但其架構深受民法之影響，學者對此已多有討論，參見王泰升，《臺灣法律史概論》";
        let n = cjk_prose_to_signal(s, &g).unwrap();
        assert!(s[n..].starts_with("參見王泰升"), "{}", &s[n..]);
        // A clause with a title or a number is a citation's, no prose.
        assert_eq!(
            cjk_prose_to_signal("王泰升，《臺灣法律史概論》，參見戴炎輝", &g),
            None
        );
        assert_eq!(cjk_prose_to_signal("頁45，參見戴炎輝", &g), None);
        // No signal: none.
        assert_eq!(
            cjk_prose_to_signal("此一調查雖以舊慣為對象，但其架構", &g),
            None
        );
    }
}

#[cfg(test)]
mod pattern_prechecks {
    use super::*;
    use proptest::prelude::*;

    /// Texts of pieces that the patterns' parts are made of, and pieces
    /// that break them, so that some match and some nearly do.
    fn pieces(extra: &'static [&'static str]) -> impl Strategy<Value = String> {
        const COMMON: &[&str] = &[
            "Brown",
            "Board",
            "Ä",
            "é",
            "x",
            "A",
            " ",
            "  ",
            "\n",
            ", ",
            ",",
            ";",
            "(",
            ")",
            ".",
            "/",
            "-",
            "–",
            "1",
            "12",
            "347",
            "1954",
            "2015",
            "2010",
            "0",
            " v. ",
            "v.",
            " at ",
            "U.S.",
            "NJW",
            "ders.",
            "대법원",
            "판결",
            "선고",
            "2008다38288",
            "1913",
            "§",
        ];
        let all: Vec<&'static str> = COMMON.iter().chain(extra).copied().collect();
        prop::collection::vec(prop::sample::select(all), 0..16).prop_map(|v| v.concat())
    }

    /// Each precheck holds wherever its pattern matches: it only skips
    /// texts the pattern would reject.
    fn holds(re: &Regex, precheck: impl Fn(&str) -> bool, t: &str) -> bool {
        !re.is_match(t) || precheck(t)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn case_prechecks_hold(t in pieces(&[", 347 U.S. 483 (1954)", " (1999)", "In re "])) {
            prop_assert!(holds(&CASE_FULL, |s| name_then_volume(s, true), &t), "{:?}", t);
            prop_assert!(holds(&CASE_FULL_MATTER, |s| name_then_volume(s, false), &t), "{:?}", t);
            prop_assert!(
                holds(&CASE_SHORT, |s| name_then_volume(s, false) && s.contains(" at "), &t),
                "{:?}",
                t
            );
        }

        #[test]
        fn decision_prechecks_hold(t in pieces(&["2010. 4. 22. ", " 2010.4.22.", "헌재 ", "朝鮮高等法院 "])) {
            prop_assert!(holds(&DATED_DECISION, word_then_year, &t), "{:?}", t);
            prop_assert!(holds(&UNDOCKETED_DECISION, word_then_year, &t), "{:?}", t);
        }

        #[test]
        fn journal_prechecks_hold(t in pieces(&["Schmidt, NJW 2005, 1234 (1238)", " 95 (2004), 233", " (17)", "JuS "])) {
            prop_assert!(holds(&AUTHOR_JOURNAL, authors_then_journal, &t), "{:?}", t);
            prop_assert!(holds(&JOURNAL_TAIL, year_then_comma, &t), "{:?}", t);
        }

        #[test]
        fn book_prechecks_hold(t in pieces(&["Asser/Hartkamp", " 6-IV 2019/45", "Jane Doe, The State, 12 Harv. L. Rev. 345, 350 (2015)", " (2d ed. 2010)", "Doe, The Archive, 40", "Bd. 2, "])) {
            prop_assert!(holds(&BLUEBOOK_ARTICLE, ends_with_bracketed_year, &t), "{:?}", t);
            prop_assert!(holds(&BLUEBOOK_BOOK, ends_with_bracketed_year, &t), "{:?}", t);
            prop_assert!(holds(&BLUEBOOK_TITLED, ends_with_bracketed_year, &t), "{:?}", t);
            prop_assert!(holds(&HANDBOOK, series_then_slash, &t), "{:?}", t);
            let digit_end = |s: &str| s.strip_suffix('.').unwrap_or(s).ends_with(|c: char| c.is_ascii_digit());
            prop_assert!(holds(&UNDELIMITED_SHORT, digit_end, &t), "{:?}", t);
        }

        #[test]
        fn order_precheck_holds(t in pieces(&["Exec. Order", " No. ", "12,333", ", 3 C.F.R. 200", " (1982)", "Proclamation"])) {
            prop_assert!(holds(&NUMBERED_ORDER, order_number_first, &t), "{:?}", t);
        }
    }

    /// The prechecks pass the forms their patterns read.
    /// Bluebook rule 15.1(c): an agency named as the author of a report
    /// cited whole, or at `, at` a page after a title that ends in a
    /// number, is one literal name; a place before the publisher, or a
    /// paper's number in the bracket, is no Bluebook book's.
    #[test]
    fn an_agency_as_the_author_of_a_bluebook_report() {
        let g = Grammar::builtin();
        let read = |t: &str| {
            let raw = bluebook_citation(t, 0, t.len(), &g, None)?;
            let f = raw.fields?;
            let author: Vec<String> = f
                .author
                .iter()
                .map(|n| n.literal.clone().or(n.family.clone()).unwrap_or_default())
                .collect();
            Some((
                author,
                f.title,
                f.issued.and_then(|d| d.year()),
                raw.locator.map(|l| l.value),
            ))
        };
        assert_eq!(
            read("U.S. Department of State, Country Reports on Human Rights Practices (2020)."),
            Some((
                vec!["U.S. Department of State".to_string()],
                Some("Country Reports on Human Rights Practices".to_string()),
                Some(2020),
                None
            ))
        );
        assert_eq!(
            read("U.S. Dep't of State, Country Reports on Human Rights Practices for 2021, at 3 (2022)."),
            Some((
                vec!["U.S. Dep't of State".to_string()],
                Some("Country Reports on Human Rights Practices for 2021".to_string()),
                Some(2022),
                Some("3".to_string())
            ))
        );
        assert_eq!(
            read("Fed. Trade Comm'n, Data Brokers 46 (2014).").map(|r| r.0),
            Some(vec!["Fed. Trade Comm'n".to_string()])
        );
        // A report's number between the agency and the title.
        let gao = "U.S. Gov't Accountability Off., GAO-12-561R, Human Rights: State Department Could Improve Its Reporting 7 (2012).";
        assert_eq!(
            read(gao),
            Some((
                vec!["U.S. Gov't Accountability Off.".to_string()],
                Some("Human Rights: State Department Could Improve Its Reporting".to_string()),
                Some(2012),
                Some("7".to_string())
            ))
        );
        let f = bluebook_citation(gao, 0, gao.len(), &g, None)
            .unwrap()
            .fields
            .unwrap();
        assert_eq!(
            (f.kind.as_str(), f.number.as_deref()),
            ("report", Some("GAO-12-561R"))
        );
        let crs = "Cong. Rsch. Serv., RL33110, The Cost of Iraq 12 (2014).";
        assert_eq!(
            bluebook_citation(crs, 0, crs.len(), &g, None)
                .unwrap()
                .fields
                .unwrap()
                .number
                .as_deref(),
            Some("RL33110")
        );
        // A word with one number opens a title: no report number.
        assert_eq!(read("Fed. Trade Comm'n, COVID-19, Scams 4 (2021)."), None);
        // Two capitalised words may be a person's name, whatever the words.
        assert!(institutional_author("Emily Post", &g).is_none());
        assert!(institutional_author("Nat'l Rsch. Council", &g).is_some());
        assert_eq!(
            read("Royal Commission on the Constitution, Report (Cmnd. 5460, 1973)."),
            None
        );
        // A place before the publisher: another style's note; names and a
        // year alone, an author-date reference; a court and a journal, a
        // decision. An article needs no pinpoint.
        assert_eq!(
            read("U.S. Dep't of State, The Book (London: HMSO, 2001)."),
            None
        );
        assert_eq!(read("Moreau, Petit et Durand (2012)."), None);
        assert_eq!(read("BGH NJW 2005, 1234 (1236)."), None);
        assert_eq!(
            read("Daniel J. Solove, Digital Dossiers, 75 S. CAL. L. REV. 1083 (2002).")
                .and_then(|r| r.1),
            Some("Digital Dossiers".to_string())
        );
    }

    #[test]
    fn prechecks_pass_the_forms_read() {
        let cases = [
            (
                &*CASE_FULL,
                "Brown v. Board of Education, 347 U.S. 483, 495 (1954).",
            ),
            (&*CASE_FULL_MATTER, "In re Gault, 387 U.S. 1, 30 (1967)"),
            (&*CASE_SHORT, "Brown, 347 U.S. at 495"),
            (
                &*DATED_DECISION,
                "대법원 2010. 4. 22. 선고 2008다38288 전원합의체 판결",
            ),
            (&*UNDOCKETED_DECISION, "조선고등법원 1913. 9. 26. 판결"),
            (&*AUTHOR_JOURNAL, "Schmidt, NJW 2005, 1234 (1238)"),
            (&*AUTHOR_JOURNAL, "Richter, VerwArch 95 (2004), 233 (240)"),
            (&*JOURNAL_TAIL, ", VerwArch 95 (2004), 233"),
            (
                &*BLUEBOOK_ARTICLE,
                "Jane Doe, The Archive and the State, 12 Harv. L. Rev. 345, 350 (2015)",
            ),
            (
                &*BLUEBOOK_BOOK,
                "Richard Roe, Paper Rights 45 (2d ed. 2010).",
            ),
            (&*HANDBOOK, "Asser/Hartkamp & Sieburgh 6-IV 2019/45"),
            (&*UNDELIMITED_SHORT, "Doe, The Archive and the State, 40."),
            (
                &*NUMBERED_ORDER,
                "Exec. Order No. 12,333, 3 C.F.R. 200 (1982)",
            ),
        ];
        for (re, t) in cases {
            assert!(re.is_match(t), "{t}");
        }
        assert!(name_then_volume(cases[0].1, true));
        assert!(name_then_volume(cases[1].1, false));
        assert!(name_then_volume(cases[2].1, false));
        assert!(word_then_year(cases[3].1) && word_then_year(cases[4].1));
        assert!(authors_then_journal(cases[5].1) && authors_then_journal(cases[6].1));
        assert!(year_then_comma(cases[7].1));
        assert!(ends_with_bracketed_year(cases[8].1) && ends_with_bracketed_year(cases[9].1));
        assert!(series_then_slash(cases[10].1));
        assert!(order_number_first(cases[12].1));
        assert!(!order_number_first(
            "David Schelling, “Region,” *Security Studies*, Vol. 52, No. 4 (1978)"
        ));
        // And turn away what they are for.
        assert!(!name_then_volume(
            "Sophie Chabapont, « Le alliance », p. 1-38.",
            false
        ));
        assert!(!authors_then_journal(
            "Алексей Мороцов, Пётр Иванов, «И о», № 1 (1951)"
        ));
        assert!(!series_then_slash("Petra Schmidt/Karin Neumann, „Archiv“"));
        assert!(!word_then_year("이영희(1970), op. cit., pp. 99-103."));
    }

    #[test]
    fn a_handbook_volume_named_before_its_reference_is_its_head() {
        let entry = "Asser/Hartkamp & Sieburgh 6-IV 2019 C.S. Hartkamp & C.H. Sieburgh, Mr. C. Asser’s Handleiding, Deventer: Wolters Kluwer 2019.";
        let head = handbook_head_len(entry).unwrap();
        assert!(entry[head..].starts_with("C.S. Hartkamp"));
        // The reference after the head must name the year again.
        assert_eq!(
            handbook_head_len("Asser/Sieburgh 6-IV 2019 Some text, without its year."),
            None
        );
        assert_eq!(
            handbook_head_len("Sieburgh, C.H., Mr. C. Assers Handleiding, 2019."),
            None
        );
        assert!(handbook_volume_alone("Pitlo/Reehuis & Heisterkamp 2012"));
        assert!(handbook_volume_alone(
            "  Asser/Hartkamp & Sieburgh 6-IV 2019 "
        ));
        assert!(!handbook_volume_alone(
            "Asser/Hartkamp & Sieburgh 6-IV 2019/45."
        ));
        assert!(!handbook_volume_alone(
            "Dam, C.C. van, Aansprakelijkheidsrecht 2020"
        ));
    }
}
