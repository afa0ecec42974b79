//! Footnote labels at line start (`12) `, `- 12) `, `12. `, `[^12]: `, `¹² `)
//! and note markers in running text (`¹²⁾`, `¹²`, `[^12]`, `(12)`).
//!
//! These parsers only recognise shapes; whether a `12. ` line really is a
//! footnote is decided by `segment`, which sees the whole document.

use nom::{
    branch::alt,
    bytes::complete::{tag, take_while, take_while1, take_while_m_n},
    character::complete::{char, digit1, space0, space1},
    combinator::{map, map_res, opt, recognize},
    sequence::{delimited, preceded, terminated, tuple},
    IResult,
};

/// How a footnote label is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LabelStyle {
    /// `12) text` (also `- 12) text` with a stray bullet).
    Paren,
    /// `12. text`.
    Dot,
    /// `[^12]: text` (pandoc Markdown).
    Pandoc,
    /// `¹² text` (superscript digits at line start).
    Superscript,
    /// `[12] text`.
    Bracket,
    /// `12 text` (a plain number and a space, as `pdftotext` writes notes).
    Plain,
    /// `① text` (circled numbers, common in Chinese, Japanese and Korean
    /// papers).
    Circled,
    /// `(12) text` or `（12）text`: a number in round brackets, as Japanese
    /// papers label notes (and mark them in the text).
    Enclosed,
    /// `注1 text`, `注 1 text`, `（注1）text`: a note word of the grammars
    /// before the number (marked `（注1）` or `注1)` in the text).
    Word,
    /// `＊1　text`, `*1 text`, `※1 text`, `＊１ text`: an asterisk or a
    /// reference mark before the number, as Japanese papers in history and
    /// law label notes (and mark them `…された＊1。` in the text).
    Asterisk,
}

/// A footnote label found at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label {
    /// The note number.
    pub number: u32,
    /// How it is written.
    pub style: LabelStyle,
    /// Bytes from line start to the first byte of the note text.
    pub len: usize,
}

/// Superscript digit to its value.
pub fn superscript_digit(c: char) -> Option<u32> {
    match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴'..='⁹' => Some(c as u32 - '⁴' as u32 + 4),
        _ => None,
    }
}

/// Circled number to its value: `①`–`⑳`, `㉑`–`㉟`, `㊱`–`㊿`.
pub fn circled_number(c: char) -> Option<u32> {
    let u = c as u32;
    match u {
        0x2460..=0x2473 => Some(u - 0x2460 + 1),
        0x3251..=0x325F => Some(u - 0x3251 + 21),
        0x32B1..=0x32BF => Some(u - 0x32B1 + 36),
        _ => None,
    }
}

/// `① ` or `①` at line start.
fn circled_label(i: &str) -> IResult<&str, u32> {
    let Some(c) = i.chars().next() else {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Eof,
        )));
    };
    match circled_number(c) {
        Some(n) => {
            let (rest, _) = space0(&i[c.len_utf8()..])?;
            Ok((rest, n))
        }
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Char,
        ))),
    }
}

fn is_superscript_digit(c: char) -> bool {
    superscript_digit(c).is_some()
}

/// A run of one to six superscript digits as a number.
fn superscript_number(i: &str) -> IResult<&str, u32> {
    let mut value = 0u32;
    let mut len = 0;
    for (count, c) in i.chars().enumerate() {
        match superscript_digit(c) {
            Some(d) if count < MAX_NUMBER_DIGITS => {
                value = value * 10 + d;
                len += c.len_utf8();
            }
            _ => break,
        }
    }
    // Seven digits or more are no note number (as with labels): never read
    // `¹⁰⁰⁰⁰⁰⁰` as note 100000.
    let longer = i[len..].chars().next().is_some_and(is_superscript_digit);
    if len == 0 || value == 0 || longer {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((&i[len..], value))
}

/// Digits a note number has at most: notes run to 999,999. Numbers of five
/// digits or more are notes only where the sequence of notes reaches them
/// (see [`LONG_NUMBER`]).
pub const MAX_NUMBER_DIGITS: usize = 6;

/// The first number of more than four digits: years, page numbers and
/// postcodes at the start of a line have up to four or five digits, so a
/// longer number is never where a note sequence starts.
pub const LONG_NUMBER: u32 = 10_000;

/// A note number of one to six digits (no leading zero), not followed by
/// another digit.
fn note_number(i: &str) -> IResult<&str, u32> {
    let (rest, n) = map_res(
        recognize(tuple((
            take_while_m_n(1, 1, |c: char| ('1'..='9').contains(&c)),
            take_while_m_n(0, MAX_NUMBER_DIGITS - 1, |c: char| c.is_ascii_digit()),
        ))),
        str::parse,
    )(i)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((rest, n))
}

/// A stray list bullet before a label: `- `, `• `, `· `, `– `.
fn bullet(i: &str) -> IResult<&str, &str> {
    recognize(tuple((
        alt((tag("-"), tag("•"), tag("–"), tag("·"), tag("*"))),
        space1,
    )))(i)
}

/// `12) ` or `12）`.
fn paren_label(i: &str) -> IResult<&str, u32> {
    terminated(note_number, tuple((alt((char(')'), char('）'))), space0)))(i)
}

/// An opening round bracket, half or full width.
fn open_paren(i: &str) -> IResult<&str, char> {
    alt((char('('), char('（')))(i)
}

/// A closing round bracket, half or full width.
fn close_paren(i: &str) -> IResult<&str, char> {
    alt((char(')'), char('）')))(i)
}

/// `(12)` or `（12）`: a note number in round brackets of either width; or
/// `)12(`, the brackets mirrored, as text extracted from a right-to-left
/// PDF page writes them (Arabic, Persian, Hebrew papers).
fn enclosed_number(i: &str) -> IResult<&str, u32> {
    alt((
        delimited(open_paren, note_number, close_paren),
        delimited(char(')'), note_number, char('(')),
    ))(i)
}

/// `(12) ` or `（12）` at line start.
fn enclosed_label(i: &str) -> IResult<&str, u32> {
    terminated(enclosed_number, space0)(i)
}

/// `12. ` (the period must be followed by a space: `1.5` is no label).
fn dot_label(i: &str) -> IResult<&str, u32> {
    terminated(note_number, tuple((char('.'), space1)))(i)
}

/// `[^12]: ` or `[^note]: ` with a numeric name.
fn pandoc_label(i: &str) -> IResult<&str, u32> {
    terminated(
        delimited(tag("[^"), note_number, char(']')),
        tuple((char(':'), space0)),
    )(i)
}

/// `¹² ` at line start.
fn superscript_label(i: &str) -> IResult<&str, u32> {
    terminated(
        superscript_number,
        tuple((opt(alt((char('⁾'), char(')')))), space0)),
    )(i)
}

/// `[12] ` at line start.
fn bracket_label(i: &str) -> IResult<&str, u32> {
    terminated(delimited(char('['), note_number, char(']')), space1)(i)
}

/// `12 Text` at line start: the number must be followed by a space and a
/// letter, quote or bracket (`2019 saw` is rejected later by the sequence),
/// a CJK title mark or bracket (`5 《淡新檔案》22105-2`, `3 〈論文〉`, `8
/// （清）汪辉祖：…`, `4 ［日］滋贺秀三：…`), or by a code's title or a
/// reporter's volume and its abbreviation (`12 42 U.S.C. § 1983`, `3 410
/// U.S. 113`, `7 99 F.3d 12`).
fn plain_label(i: &str) -> IResult<&str, u32> {
    let (rest, n) = terminated(note_number, space1)(i)?;
    let ok = rest.chars().next().is_some_and(|c| {
        c.is_alphabetic()
            || matches!(
                c,
                '“' | '"'
                    | '„'
                    | '«'
                    | '‘'
                    | '*'
                    | '_'
                    | '『'
                    | '「'
                    | '('
                    | '['
                    | '《'
                    | '〈'
                    | '（'
                    | '〔'
                    | '［'
                    | '【'
            )
    }) || volume_and_abbreviation(rest)
        || section_sign_and_number(rest)
        || crate::segment::ditto_prefix(rest).is_some();
    if ok {
        Ok((rest, n))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// `§ 823 Abs. 1 BGB.`, `§§ 249 ff. BGB.`: a note that opens with a
/// provision of a statute, its sign (or two), a space and a number.
fn section_sign_and_number(s: &str) -> bool {
    let s = s.strip_prefix("§§").or_else(|| s.strip_prefix('§'));
    s.and_then(|r| r.strip_prefix(' '))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// `42 U.S.C. § 1983`, `410 U.S. 113`, `99 F.3d 12`: one to four digits, a
/// space, then a capital and a word with a period in its first eight
/// characters (an abbreviation).
fn volume_and_abbreviation(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let Some(word) = s.get(digits..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    (1..=4).contains(&digits)
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word
            .chars()
            .take(8)
            .take_while(|c| !c.is_whitespace())
            .any(|c| c == '.')
}

/// Parses a footnote label at the start of `line` (leading white space and
/// one stray bullet allowed). The note text must not be empty.
pub fn footnote_label(line: &str) -> Option<Label> {
    let (after_ws, _) = space0::<_, nom::error::Error<&str>>(line).ok()?;
    let (after_bullet, _) = opt(bullet)(after_ws).ok()?;
    let styled = alt((
        map(pandoc_label, |n| (n, LabelStyle::Pandoc)),
        map(paren_label, |n| (n, LabelStyle::Paren)),
        map(dot_label, |n| (n, LabelStyle::Dot)),
        map(superscript_label, |n| (n, LabelStyle::Superscript)),
        map(bracket_label, |n| (n, LabelStyle::Bracket)),
        map(plain_label, |n| (n, LabelStyle::Plain)),
        map(circled_label, |n| (n, LabelStyle::Circled)),
        map(enclosed_label, |n| (n, LabelStyle::Enclosed)),
    ));
    let (rest, (number, style)) = preceded(space0, styled)(after_bullet).ok()?;
    if rest.trim().is_empty() {
        return None;
    }
    Some(Label {
        number,
        style,
        len: line.len() - rest.len(),
    })
}

/// A note label made with one of `words` (`注1 `, `注 1 `, `（注1）`,
/// `注1）`) at the start of `line`: the word, the number, and a closing
/// bracket (required after an opening one) or white space; the note text
/// must not be empty. `注1を参照` is no label.
pub fn word_label(line: &str, words: &[String]) -> Option<Label> {
    let t = line.trim_start();
    let (open, t) = match t.strip_prefix(['(', '（']) {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let word = words.iter().find(|w| t.starts_with(w.as_str()))?;
    let t = t[word.len()..].trim_start_matches([' ', '\u{3000}']);
    let (rest, number) = note_number(t).ok()?;
    let rest = match rest.strip_prefix([')', '）']) {
        Some(after) => after,
        None if !open && rest.starts_with(char::is_whitespace) => rest,
        None => return None,
    };
    let rest = rest.trim_start();
    if rest.is_empty() {
        return None;
    }
    Some(Label {
        number,
        style: LabelStyle::Word,
        len: line.len() - rest.len(),
    })
}

/// Is `c` a note asterisk: `*`, `＊` (full width) or `※` (the reference
/// mark)?
fn is_note_asterisk(c: char) -> bool {
    matches!(c, '*' | '＊' | '※')
}

/// A note number written in ASCII or full-width digits (`1`, `１２`), of one
/// to six digits with no leading zero, not mixing the two widths: the
/// number and the bytes it takes.
fn wide_note_number(s: &str) -> Option<(u32, usize)> {
    let wide = s.starts_with(|c: char| ('０'..='９').contains(&c));
    let mut value = 0u32;
    let mut len = 0;
    for (count, c) in s.chars().enumerate() {
        let digit = if wide {
            ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32)
        } else {
            c.to_digit(10).filter(|_| c.is_ascii_digit())
        };
        match digit {
            Some(d) if count < MAX_NUMBER_DIGITS && !(count == 0 && d == 0) => {
                value = value * 10 + d;
                len += c.len_utf8();
            }
            Some(_) => return None,
            None => break,
        }
    }
    // No digit of the other width right after (`1２` is no number).
    let other = s[len..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    (len > 0 && !other).then_some((value, len))
}

/// A note label made with an asterisk or the reference mark (`＊1　text`,
/// `*1 text`, `※1 text`, `＊１ text`, `＊1）text`) at the start of `line`:
/// the mark, the number in ASCII or full-width digits, then white space, a
/// closing bracket or the note's first (non-ASCII) letter. The note text
/// must not be empty; `*p < .05` and `**bold**` are no labels.
pub fn asterisk_label(line: &str) -> Option<Label> {
    let t = line.trim_start();
    let mark = t.chars().next().filter(|&c| is_note_asterisk(c))?;
    let t = t[mark.len_utf8()..].trim_start_matches([' ', '\u{3000}']);
    let (number, len) = wide_note_number(t)?;
    let after = &t[len..];
    let rest = match after.strip_prefix([')', '）']) {
        Some(r) => r,
        None if after.starts_with(|c: char| c.is_whitespace() || !c.is_ascii()) => after,
        None => return None,
    };
    let rest = rest.trim_start();
    if rest.is_empty() {
        return None;
    }
    Some(Label {
        number,
        style: LabelStyle::Asterisk,
        len: line.len() - rest.len(),
    })
}

/// Asterisk markers glued to the text before them (`…を変えた＊1。`,
/// `研究である*2`, `※3`, `＊１`): the mark and a number in ASCII or
/// full-width digits, not after white space, a digit (`5*3`) or another
/// asterisk (`**1**`), and not followed by another asterisk or a decimal
/// part. Only used where notes are labelled so, and filtered against their
/// sequence by `segment`.
pub fn asterisk_markers(line: &str) -> Vec<TextMarker> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in line.char_indices() {
        let glued = prev.is_some_and(|p| {
            !(p.is_whitespace()
                || p.is_ascii_digit()
                || ('０'..='９').contains(&p)
                || is_note_asterisk(p))
        });
        prev = Some(c);
        if !is_note_asterisk(c) || !glued {
            continue;
        }
        let start = i + c.len_utf8();
        let Some((number, len)) = line.get(start..).and_then(wide_note_number) else {
            continue;
        };
        let end = start + len;
        let after = line.get(end..).unwrap_or("");
        let decimal =
            after.starts_with(['.', ',']) && after[1..].starts_with(|d: char| d.is_ascii_digit());
        if after.starts_with(is_note_asterisk) || decimal {
            continue;
        }
        out.push(TextMarker {
            number,
            start: i,
            end,
        });
    }
    out
}

/// A marker found in running text: number and byte range within the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextMarker {
    /// The note number.
    pub number: u32,
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
}

/// `¹²⁾` or `¹²`: superscript digits with an optional superscript parenthesis.
fn superscript_marker(i: &str) -> IResult<&str, u32> {
    terminated(superscript_number, opt(alt((char('⁾'), char(')')))))(i)
}

/// A superscript `²` or `³` (at `rest`) after a unit of length that follows
/// a number (`20 m²`, `20m²`, `4,5 km²`, `3 cm³`, `12 ft²`), or after a
/// rate whose divisor is a length or a time (`9.8 m/s²`, `20 kg/m²`), or
/// any superscript digit after a superscript sign (`s⁻¹`): an exponent,
/// no note's marker. Only lengths are squared and cubed in running text,
/// so an abbreviation after a number that a note may follow (`§ 823 BGB³`,
/// `45 BC²`) is not taken for a unit.
fn unit_exponent(before: &str, rest: &str) -> bool {
    const LENGTHS: [&str; 10] = ["m", "km", "cm", "mm", "dm", "µm", "ft", "in", "mi", "yd"];
    if before.ends_with(['⁻', '⁺']) {
        return true;
    }
    if !rest.starts_with(['²', '³']) {
        return false;
    }
    // The unit and what stands before it, after an optional space.
    let unit_at = |s: &str| -> Option<(usize, usize)> {
        let head = s.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == 'µ');
        let unit = &s[head.len()..];
        let head = head
            .strip_suffix([' ', '\u{a0}', '\u{202f}'])
            .unwrap_or(head);
        Some((head.len(), unit.len())).filter(|_| !unit.is_empty())
    };
    // A few bytes are enough to tell; a long line is not read again.
    let from = (before.len().saturating_sub(24)..before.len())
        .find(|&k| before.is_char_boundary(k))
        .unwrap_or(before.len());
    let tail = &before[from..];
    let Some((head, len)) = unit_at(tail) else {
        return false;
    };
    let unit = &tail[tail.len() - len..];
    let number_before = |h: &str| h.ends_with(|c: char| c.is_ascii_digit());
    if let Some(num) = tail[..tail.len() - len].strip_suffix('/') {
        // `m/s²`, `kg/m²`: the divisor is squared; the dividend is a unit
        // after a number.
        return (LENGTHS.contains(&unit) || unit == "s")
            && unit_at(num).is_some_and(|(h, _)| number_before(&num[..h]));
    }
    LENGTHS.contains(&unit) && number_before(&tail[..head])
}

/// `[^12]` not followed by `:` (that would be a definition).
fn pandoc_marker(i: &str) -> IResult<&str, u32> {
    delimited(tag("[^"), note_number, char(']'))(i)
}

/// Finds note markers in a line of running text. A superscript must follow
/// a letter, digit or punctuation mark (not stand alone after a space, where
/// it is more likely an exponent or a stray glyph), or another marker and a
/// space (`Text.¹ ²`).
pub fn text_markers(line: &str) -> Vec<TextMarker> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    // The number of the last circled number read as a list's item.
    let mut last_item: Option<u32> = None;
    let mut i = 0;
    while i < line.len() {
        let rest = &line[i..];
        let Some(c) = rest.chars().next() else { break };
        // `Text.¹ ²`: after a space, a superscript that follows a marker
        // is a marker too.
        let after_marker = || {
            out.last().is_some_and(|m: &TextMarker| {
                line.get(m.end..i).is_some_and(|gap| gap.trim().is_empty())
            })
        };
        if is_superscript_digit(c)
            && (prev.is_some_and(|p| !p.is_whitespace() && !is_superscript_digit(p))
                || after_marker())
            && !unit_exponent(&line[..i], rest)
        {
            if let Ok((after, n)) = superscript_marker(rest) {
                let len = rest.len() - after.len();
                out.push(TextMarker {
                    number: n,
                    start: i,
                    end: i + len,
                });
                prev = Some('⁾');
                i += len;
                continue;
            }
        }
        // `변화①`, `变化①。`: a circled number glued to the text before it;
        // after a colon or bracket it enumerates (`如下：①…，②…`), and so
        // after a comma where it goes on or starts a list
        // ([`circled_item`]); otherwise a comma before it is the
        // sentence's (`……的关系，① 而……`).
        if let Some(n) = circled_number(c) {
            let glued = prev.is_some_and(|p| {
                let list = matches!(p, ',' | '，' | '、' | ';' | '；')
                    && circled_item(n, last_item, &line[i + c.len_utf8()..]);
                !(p.is_whitespace() || matches!(p, ':' | '：' | '(' | '（') || list)
            });
            if glued {
                out.push(TextMarker {
                    number: n,
                    start: i,
                    end: i + c.len_utf8(),
                });
            } else if prev.is_some_and(|p| !p.is_whitespace()) {
                last_item = Some(n);
            }
            prev = Some(c);
            i += c.len_utf8();
            continue;
        }
        // `されている（1）。`, `Courts(3),`: a bracketed number glued to the
        // text before it. Not after a digit or letter-digit code (`Art.
        // 6(1)`, `s. 3(1)` are subsections) nor after an opening bracket;
        // `segment` keeps these only where notes are labelled `(1)`.
        let glued_paren =
            prev.is_some_and(|p| !p.is_whitespace() && !p.is_ascii_digit() && !is_opening(p));
        if matches!(c, '(' | '（' | ')') && glued_paren {
            if let Ok((after, n)) = enclosed_number(rest) {
                let len = rest.len() - after.len();
                out.push(TextMarker {
                    number: n,
                    start: i,
                    end: i + len,
                });
                prev = Some(')');
                i += len;
                continue;
            }
        }
        if c == '[' {
            if let Ok((after, n)) = pandoc_marker(rest) {
                if !after.starts_with(':') {
                    let len = rest.len() - after.len();
                    out.push(TextMarker {
                        number: n,
                        start: i,
                        end: i + len,
                    });
                    i += len;
                    prev = Some(']');
                    continue;
                }
            }
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    out
}

/// Bracketed numbers set off from the word before by one space (`la notion
/// de faute (1).`, `admise en 1905 (2),`, `«…» (3)`), as papers converted
/// from Word or PDF in French, Italian, Spanish, Portuguese and older
/// English mark notes labelled `(1)`. The space follows a letter, a
/// closing quote or bracket, or a year (four digits from 1500 to 2099);
/// not a sentence's or clause's mark (`: (1)`, `, (2)` open an item of a
/// list) nor another number (`Art. 6 (1)` is a subsection). Nothing but
/// white space, punctuation or a closing bracket follows it.
///
/// An item of a list in the running text is none: `(n)` followed by a
/// word, with `(n + 1)` later in its sentence after a comma, a semicolon
/// or one of `list_words`, the grammars' words for "and" and "or"
/// (`distinguer (1) la faute, (2) le dommage et (3) le lien`, `retenir (1)
/// la garde matérielle ou (2) la garde juridique`), and each item after
/// it so. Only used where notes are
/// labelled `(1)`, and filtered against their sequence by `segment`.
pub fn spaced_enclosed_markers(line: &str, list_words: &[String]) -> Vec<TextMarker> {
    let mut out = Vec::new();
    // The number of the last item of a list read in the line.
    let mut last_item: Option<u32> = None;
    for (i, c) in line.char_indices() {
        if !matches!(c, '(' | '（') {
            continue;
        }
        let Some((end, n)) = spaced_number_at(line, i) else {
            continue;
        };
        let before = line.get(..i).unwrap_or("");
        let Some(head) = before.strip_suffix(' ') else {
            continue;
        };
        let after = line.get(end..).unwrap_or("");
        let joined = joined_item(head, list_words);
        if last_item.is_some_and(|l| l + 1 == n) && joined || opens_list(n, after, list_words) {
            last_item = Some(n);
            continue;
        }
        let closes = after
            .chars()
            .next()
            .is_none_or(|a| a.is_whitespace() || matches!(a, '.' | ',' | ';' | ':' | ')' | '）'));
        if closes && marker_head(head, after) {
            out.push(TextMarker {
                number: n,
                start: i,
                end,
            });
        }
    }
    out
}

/// The end and number of the bracketed number (`(12)`, `（12）`) that starts
/// at byte `i` of `line`.
fn spaced_number_at(line: &str, i: usize) -> Option<(usize, u32)> {
    let rest = line.get(i..)?;
    let (after, n) = delimited(open_paren, note_number, close_paren)(rest).ok()?;
    Some((line.len() - after.len(), n))
}

/// Does `head`, the text before a spaced bracketed number, end as a note
/// marker's word does: a letter, a closing quote or bracket, a year, or
/// another number of three digits or more (`l'article 1382 (4)`, `p. 312
/// (5)`: shorter ones are provisions' subsections, `Art. 6 (1)`); or a
/// sentence's period after a word of four letters or more, a year or a
/// closing quote, where a capital or the line's end follows (`after`:
/// `n'a pas été admise. (1) Les …`, as a PDF conversion places a marker
/// set after the period).
fn marker_head(head: &str, after: &str) -> bool {
    let Some(last) = head.chars().next_back() else {
        return false;
    };
    if last.is_alphabetic() || matches!(last, '»' | '”' | '"' | '’' | ')' | ']' | '）') {
        return true;
    }
    let word = head.rsplit(' ').next().unwrap_or("");
    let digits = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
    if digits {
        return (3..=6).contains(&word.len());
    }
    let Some(sentence) = word.strip_suffix('.') else {
        return false;
    };
    let closed = sentence.ends_with(['»', '”', '"', '’']);
    let long_word = sentence.chars().count() >= 4
        && (sentence.chars().all(char::is_alphabetic)
            || sentence.len() == 4 && sentence.bytes().all(|b| b.is_ascii_digit()));
    (closed || long_word)
        && after
            .trim_start()
            .chars()
            .next()
            .is_none_or(char::is_uppercase)
}

/// Does `head` end with a comma, a semicolon or one of `list_words`, as
/// the text before an item of a list does (`…, (2)`, `… et (3)`, `… ou
/// (2)`)?
fn joined_item(head: &str, list_words: &[String]) -> bool {
    let head = head.trim_end();
    head.ends_with([',', ';'])
        || list_words.iter().any(|w| {
            head.strip_suffix(w.as_str()).is_some_and(|b| {
                w.chars().any(char::is_alphabetic) && (b.is_empty() || b.ends_with(' '))
            })
        })
}

/// How far after a spaced bracketed number its list's next item is looked
/// for, in characters (`(1) une faute du service, (2)` has it within a
/// few words); the bound keeps a long line from being read again at each
/// number.
const SPACED_ITEM_WINDOW: usize = 160;

/// Does `(n)`, followed by `after`, open a list in its sentence: a word
/// after it, and `(n + 1)` later in the sentence (within
/// [`SPACED_ITEM_WINDOW`] characters) after a comma, a semicolon or one
/// of `list_words`?
fn opens_list(n: u32, after: &str, list_words: &[String]) -> bool {
    if !after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(char::is_alphabetic))
    {
        return false;
    }
    let window = after
        .char_indices()
        .nth(SPACED_ITEM_WINDOW)
        .map_or(after, |(k, _)| after.get(..k).unwrap_or(after));
    let sentence = window
        .find(['.', '?', '!', '。'])
        .map_or(window, |e| window.get(..e).unwrap_or(window));
    sentence.char_indices().any(|(k, c)| {
        matches!(c, '(' | '（')
            && spaced_number_at(sentence, k).is_some_and(|(_, m)| m == n + 1)
            && joined_item(sentence.get(..k).unwrap_or(""), list_words)
    })
}

/// How far after a circled number its list's next item is looked for, in
/// characters (`包括三个方面，①经济，②政治` has it within a few words).
const LIST_ITEM_WINDOW: usize = 24;

/// Is circled number `n`, after a comma, an item of a list rather than a
/// note marker: the list's item before it was `n - 1`, or its next item,
/// `n + 1` after a comma, follows within [`LIST_ITEM_WINDOW`] characters
/// of `after`, in the same sentence (a marker closing the sentence, `…
/// 的终结。③`, is none) and before any other circled number.
fn circled_item(n: u32, last_item: Option<u32>, after: &str) -> bool {
    if last_item.is_some_and(|l| l + 1 == n) {
        return true;
    }
    let mut prev = None;
    for c in after.chars().take(LIST_ITEM_WINDOW) {
        if matches!(c, '。' | '？' | '！') {
            return false;
        }
        // Another circled number first belongs to another list.
        if let Some(m) = circled_number(c) {
            return m == n + 1 && prev.is_some_and(|p| matches!(p, ',' | '，' | '、' | ';' | '；'));
        }
        prev = Some(c);
    }
    false
}

/// An opening bracket or quote, after which a number is not glued to a word.
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '(' | '（' | '[' | '［' | '「' | '『' | '〔' | '“' | '„' | '«' | '‘'
    )
}

/// Is the marker at the start of `s` written `(12)` or `（12）` (or `)12(`,
/// mirrored)?
pub fn is_enclosed_marker(s: &str) -> bool {
    s.starts_with(['(', '（']) || s.starts_with(')') && enclosed_number(s).is_ok()
}

/// Abbreviations after which a glued number is a locator, not a marker
/// (`p.12`, `S.5`, `Fig.3`, `No.4`).
const LOCATOR_ABBREVIATIONS: [&str; 14] = [
    "p", "pp", "s", "vol", "no", "nr", "fig", "art", "ch", "sec", "ed", "tab", "abb", "hrsg",
];

/// Bracketed numbers glued to the end of a word or sentence
/// (`archives.[1] Others`, `Staat[12],`), as `pandoc -t plain` and word
/// processors' text exports write note references. Only used when a
/// document has no other markers and its notes are labelled `[1] …`, and
/// filtered against the footnote sequence by `segment`.
pub fn bracket_markers(line: &str) -> Vec<TextMarker> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(pos) = line[from..].find('[') {
        let start = from + pos;
        from = start + 1;
        let glued = line[..start]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace() && c != '[' && c != '(');
        if !glued {
            continue;
        }
        let Ok((rest, number)) = note_number(&line[start + 1..]) else {
            continue;
        };
        if let Some(after) = rest.strip_prefix(']') {
            // Not a link (`[1](url)`) nor a pandoc note (`[^1]`).
            if after.starts_with(['(', '[']) {
                continue;
            }
            let end = line.len() - after.len();
            out.push(TextMarker { number, start, end });
            from = end;
        }
    }
    out
}

/// Plain digits glued to the end of a word or sentence (`state.1 Recent`,
/// `archives,12 and`), as `pdftotext` renders superscript markers. Not
/// numbers inside words or codes (`H2O`, `G20`, `KN-23`), decimals (`3.5`),
/// or locators (`p.12`). Only used when a document has no other markers,
/// and filtered against the footnote sequence by `segment`.
pub fn plain_markers(line: &str) -> Vec<TextMarker> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if !c.is_ascii_digit() || c == '0' || k == 0 {
            k += 1;
            continue;
        }
        let prev = chars[k - 1].1;
        let before_prev = k.checked_sub(2).map(|p| chars[p].1);
        let mut j = k;
        while j < chars.len() && chars[j].1.is_ascii_digit() {
            j += 1;
        }
        let end = chars.get(j).map_or(line.len(), |x| x.0);
        let next = chars.get(j).map(|x| x.1);
        k = j;
        // `el verano de 193617,`, `il 19452,`: a year with the marker glued
        // to it, a word of its own of five or six digits whose first four
        // are a year from 1500 to 2099. Only a number the note sequence
        // expects there is kept (see `segment`).
        let after_year =
            next.is_none_or(|n| n.is_whitespace() || matches!(n, '.' | ',' | ';' | ':'));
        if (5..=6).contains(&(end - i)) && prev.is_whitespace() && after_year {
            let year = line[i..i + 4].parse::<u32>().unwrap_or(0);
            let tail = &line[i + 4..end];
            if (1500..=2099).contains(&year) && !tail.starts_with('0') {
                if let Ok(n) = tail.parse::<u32>() {
                    out.push(TextMarker {
                        number: n,
                        start: i + 4,
                        end,
                    });
                }
            }
            continue;
        }
        if end - i > 4 {
            continue;
        }
        let glued_ok = prev.is_alphabetic()
            || matches!(
                prev,
                '.' | ',' | ';' | ':' | ')' | '”' | '"' | '’' | '»' | '*' | '?' | '!' | '」' | '』'
                // German quotes close with `“` (`„Eifersucht der Meister“9`)
                // and `‘`, Danish and German ones also with `«`.
                | '“' | '‘' | '«'
            );
        // An English `“` or `‘` opens a quotation after a space (`“2 of
        // them”`): a closing one follows a word.
        // (`k` has moved past the number: the mark before `prev` is
        // `before_prev`.)
        let glued_ok = glued_ok
            && (!matches!(prev, '“' | '‘') || before_prev.is_some_and(|b| !b.is_whitespace()));
        // A caret some conversions write before a superscript, after a
        // sentence's or clause's mark (`confounding.^22`); after a letter,
        // a digit or a bracket it raises to a power (`m^2`, `(x+1)^2`).
        let glued_ok =
            glued_ok || (prev == '^' && matches!(before_prev, Some('.' | ',' | ';' | ':')));
        let after_ok = next
            .is_none_or(|n| n.is_whitespace() || matches!(n, '.' | ',' | ';' | ':' | ')' | '('));
        if !glued_ok || !after_ok {
            continue;
        }
        // The word the number is glued to; text written without spaces
        // (Japanese, Chinese) ends a word at each CJK character.
        let word_start = line[..i]
            .char_indices()
            .rev()
            .find(|(_, ch)| ch.is_whitespace() || crate::segment::is_cjk(*ch))
            .map_or(0, |(p, ch)| p + ch.len_utf8());
        let word = &line[word_start..i];
        let letters: String = word.chars().filter(|ch| ch.is_alphabetic()).collect();
        // Decimals and codes: a digit in the word (`3.5`, `F-16s2`), or a
        // hyphenated code whose last part is no lowercase word (`SARS-CoV2`,
        // `Su-Ka2`); a hyphenated word of prose keeps its marker
        // (`latino-americana22`, `revê-la20`, `well-known3`), and so does a
        // word with digits closed by punctuation (`in 1920.4`, `the
        // 1900s;22`).
        let code_part = word.rsplit_once('-').is_some_and(|(_, last)| {
            let mut cs = last.chars().filter(|ch| ch.is_alphabetic());
            cs.next().is_none() || cs.any(char::is_uppercase) || last.chars().count() < 2
        });
        if (word.chars().any(|ch| ch.is_ascii_digit()) || code_part)
            && !word.ends_with(['.', ',', ';', ')', '”', '"', '“'])
        {
            continue;
        }
        // Short all-capital codes (`G20`, `CO2`); not a Roman numeral of
        // I, V and X after a word (`en l'an II11`, `Louis XIV3`): a marker
        // the note sequence must still expect.
        let roman = word == letters
            && letters.chars().all(|ch| matches!(ch, 'I' | 'V' | 'X'))
            && line[..word_start].trim_end().ends_with(char::is_alphabetic);
        if prev.is_alphabetic()
            && !letters.is_empty()
            && letters.chars().count() <= 3
            && letters.chars().all(char::is_uppercase)
            && !roman
        {
            continue;
        }
        // Locators (`p.12`, `S.5`).
        let stem = word.trim_end_matches('.').to_lowercase();
        if prev == '.' && LOCATOR_ABBREVIATIONS.contains(&stem.as_str()) {
            continue;
        }
        // A subdivided number after a locator (`art. 18.4`, `S. 12.3`,
        // `§ 5.2`): the number goes on, no marker follows it.
        if prev == '.'
            && word.len() > 1
            && word[..word.len() - 1].bytes().all(|b| b.is_ascii_digit())
        {
            let before: &str = line[..word_start].trim_end();
            let last = before
                .rsplit(|ch: char| ch.is_whitespace())
                .next()
                .unwrap_or("");
            let last_stem = last.trim_end_matches('.').to_lowercase();
            if last == "§"
                || last.ends_with('.') && LOCATOR_ABBREVIATIONS.contains(&last_stem.as_str())
            {
                continue;
            }
        }
        if let Ok(n) = line[i..end].parse::<u32>() {
            out.push(TextMarker {
                number: n,
                start: i,
                end,
            });
        }
    }
    out
}

/// Skips leading white space and returns how many bytes it took.
pub fn leading_space(line: &str) -> usize {
    let r: IResult<&str, &str> =
        take_while(|c: char| c == ' ' || c == '\t' || c == '\u{3000}')(line);
    r.map_or(0, |(_, s)| s.len())
}

/// True when the line starts with a number label of a numbered list
/// (`[12]`, `12.`, `(12)`, `12)`), used for reference lists. Labels of
/// up to [`MAX_NUMBER_DIGITS`] digits are read; one of more than four
/// (past the years a line may open with) is a label only where it goes on
/// from the label before it, which the caller checks
/// ([`is_long_label`]).
pub fn list_label(line: &str) -> Option<(String, usize)> {
    let trimmed_start = leading_space(line);
    let s = &line[trimmed_start..];
    let parser = alt((
        delimited(char('['), digit1, char(']')),
        delimited(char('('), digit1, char(')')),
        terminated(digit1, alt((tag(". "), tag(") "), tag(".\t")))),
    ));
    let r: IResult<&str, &str> = terminated(parser, space0)(s);
    let (rest, num) = r.ok()?;
    // `(1):1-28.` at a line's head is an issue and its pages, broken off
    // a journal's volume on the line before (`MMWR Recomm Rep. 2022;71`).
    if num.len() > MAX_NUMBER_DIGITS || rest.trim().is_empty() || rest.starts_with([':', ';', ','])
    {
        return None;
    }
    let _ =
        take_while1::<_, _, nom::error::Error<&str>>(|c: char| !c.is_whitespace())(rest).ok()?;
    Some((num.to_string(), line.len() - rest.len()))
}

/// Whether a list label (from [`list_label`]) has more than four digits:
/// a number a line may open with for other reasons (a postcode, a count),
/// taken as a label only when it is the one after the label before it.
pub fn is_long_label(label: &str) -> bool {
    label.len() > 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squared_and_cubed_units_are_exponents() {
        let numbers =
            |line: &str| -> Vec<u32> { text_markers(line).iter().map(|m| m.number).collect() };
        for line in [
            "plots of 20 m² each",
            "plots of 20m² each",
            "an area of 4,5 km² here",
            "cores of 50 cm³ were",
            "density of 0.5 g/cm³ on average",
            "at 9.8 m/s² throughout",
            "a rate of 3 s⁻¹ here",
            "of 12\u{a0}ft² only",
        ] {
            assert_eq!(numbers(line), Vec::<u32>::new(), "{line}");
        }
        // A note's marker after an abbreviation, a word or a unit with no
        // number before it stays a marker.
        assert_eq!(numbers("nach § 823 BGB³ haftet"), [3]);
        assert_eq!(numbers("in 45 BC² the city"), [2]);
        assert_eq!(numbers("the first m² of it"), [2]);
        assert_eq!(numbers("hemerotecas digitales³. El"), [3]);
        assert_eq!(numbers("of 20 m¹ only"), [1]);
    }

    #[test]
    fn bracket_markers_are_glued_to_the_word_before() {
        let line = "archives.[1] Others[2], not [3] nor x[1234567] nor [4](url) nor a[5](b).";
        let got: Vec<(u32, &str)> = bracket_markers(line)
            .iter()
            .map(|m| (m.number, &line[m.start..m.end]))
            .collect();
        assert_eq!(got, vec![(1, "[1]"), (2, "[2]")]);
        assert!(bracket_markers("[1] at the start of a line").is_empty());
    }

    #[test]
    fn labels_in_the_forms_papers_use() {
        let cases = [
            ("12) Smith, Title", Some((12, LabelStyle::Paren, 4))),
            ("- 10) John Mearsheimer", Some((10, LabelStyle::Paren, 6))),
            ("3. Ibid., p. 4", Some((3, LabelStyle::Dot, 3))),
            ("[^7]: Note text", Some((7, LabelStyle::Pandoc, 6))),
            ("¹² Ebd., S. 5", Some((12, LabelStyle::Superscript, 5))),
            ("1.5 million people", None),
            ("12)", None),
            ("0) zero is no note", None),
            ("123456) Ibid., 4", Some((123_456, LabelStyle::Paren, 8))),
            ("1234567) Ibid., 4", None),
            ("5 § 823 Abs. 1 BGB.", Some((5, LabelStyle::Plain, 2))),
            ("7 §§ 249 ff. BGB.", Some((7, LabelStyle::Plain, 2))),
            ("5 §", None),
            ("5 § Abs.", None),
        ];
        for (line, want) in cases.iter() {
            let got = footnote_label(line).map(|l| (l.number, l.style, l.len));
            assert_eq!(got, *want, "{line}");
        }
    }

    #[test]
    fn labels_with_a_note_word_before_the_number() {
        let words = vec!["注".to_string(), "註".to_string()];
        let label =
            |line: &'static str| word_label(line, &words).map(|l| (l.number, &line[l.len..]));
        assert_eq!(
            label("注1　塩野宏『行政法I』"),
            Some((1, "塩野宏『行政法I』"))
        );
        assert_eq!(label("注 12 同上、285頁。"), Some((12, "同上、285頁。")));
        assert_eq!(label("（注4）塩野・前掲書"), Some((4, "塩野・前掲書")));
        assert_eq!(label("(註5) 同上"), Some((5, "同上")));
        assert_eq!(label("注6）同上"), Some((6, "同上")));
        // Prose that starts with the word, a label with nothing after it, a
        // bracket left open, a number with a leading zero: no labels.
        assert_eq!(label("注1を参照されたい。"), None);
        assert_eq!(label("注1"), None);
        assert_eq!(label("（注1 同上"), None);
        assert_eq!(label("注01 同上"), None);
        assert_eq!(label("注意すべきは"), None);
        assert_eq!(word_label("注1 同上", &[]), None);
    }

    #[test]
    fn bracketed_numbers_label_notes_and_mark_text() {
        let label = footnote_label("（12）小林健二『司法審査の理論』").unwrap();
        assert_eq!((label.number, label.style), (12, LabelStyle::Enclosed));
        assert_eq!(label.len, "（12）".len());
        let label = footnote_label("(3) Hale, op. cit., p. 45.").unwrap();
        assert_eq!((label.number, label.style), (3, LabelStyle::Enclosed));
        assert_eq!(footnote_label("（1）"), None);
        let line = "とされる（1）。Courts(2), not (3) nor Art. 6(4) nor ((5)";
        let found: Vec<(u32, &str)> = text_markers(line)
            .iter()
            .map(|m| (m.number, &line[m.start..m.end]))
            .collect();
        assert_eq!(found, [(1, "（1）"), (2, "(2)")]);
        assert!(is_enclosed_marker("（1）"));
        assert!(!is_enclosed_marker("¹"));
    }

    /// The spaced markers of `line`, as (number, text).
    fn spaced(line: &str) -> Vec<(u32, &str)> {
        let words = ["et", "&", "e", "ou", "o"].map(String::from);
        spaced_enclosed_markers(line, &words)
            .iter()
            .map(|m| (m.number, &line[m.start..m.end]))
            .collect()
    }

    #[test]
    fn spaced_bracketed_numbers_after_a_word_mark_notes() {
        let line = "la notion de faute (1). Le Conseil d'État (2), en 1905 (3) et «la loi» (4)";
        assert_eq!(
            spaced(line),
            [(1, "(1)"), (2, "(2)"), (3, "(3)"), (4, "(4)")]
        );
        assert_eq!(spaced("la dottrina （5） e"), [(5, "（5）")]);
        // A marker before a word goes on in its sentence.
        assert_eq!(
            spaced("la faute (6) et le risque (7) sont liés."),
            [(6, "(6)"), (7, "(7)")]
        );
    }

    #[test]
    fn spaced_bracketed_numbers_that_are_no_markers() {
        // Glued (read by `text_markers`), at a line's start, after a
        // number or a clause's mark, followed by a word's letters.
        for line in [
            "la faute(1) admise",
            "(1) G. Vedel, Droit administratif.",
            "l'article 6 (1) du traité",
            "en 12 (2) ans",
            "deux conditions : (1) une faute",
            "la note (3)b",
            "l'article 13 (2) du code",
            "à l'art. 13 (2).",
            "voir p. (3).",
            "deux conditions. (1) une faute",
            "un accord. (4) alinéa",
        ] {
            assert_eq!(spaced(line), [], "{line}");
        }
    }

    #[test]
    fn spaced_bracketed_numbers_after_a_long_number_or_a_period_mark_notes() {
        assert_eq!(spaced("tirée de l'article 1382 (2). L'arrêt"), [(2, "(2)")]);
        assert_eq!(spaced("l'article 1384 (7) ne cède"), [(7, "(7)")]);
        assert_eq!(spaced("dès 1897. (5) Josserand"), [(5, "(5)")]);
        assert_eq!(spaced("cité p. 312 (5), puis"), [(5, "(5)")]);
        assert_eq!(
            spaced("n'a pas été admise. (1) Les rédacteurs"),
            [(1, "(1)")]
        );
        assert_eq!(spaced("en a fait la théorie. (6)"), [(6, "(6)")]);
        assert_eq!(spaced("le « fait de la chose ». (7)"), [(7, "(7)")]);
    }

    #[test]
    fn a_list_of_items_in_the_text_holds_no_spaced_markers() {
        let line = "il faut distinguer (1) la faute, (2) le dommage et (3) le lien. La doctrine (1) l'admet";
        assert_eq!(spaced(line), [(1, "(1)")]);
        let line = "una norma (1) la colpa e (2) il danno; poi (2).";
        assert_eq!(spaced(line), [(2, "(2)")]);
        // The next item is looked for within a few words only: a long
        // line is not read again at each number.
        let line = format!("la faute (1) {}, (2) plus loin", "mot ".repeat(60));
        assert_eq!(spaced(&line), [(1, "(1)")]);
    }

    #[test]
    fn a_list_joined_by_or_holds_no_spaced_markers() {
        let line = "le juge retient (1) la garde matérielle ou (2) la garde juridique. La doctrine l'a discuté (2).";
        assert_eq!(spaced(line), [(2, "(2)")]);
        let line = "selon (1) la faute ou (2) le risque créé, et (3) le dommage";
        assert_eq!(spaced(line), []);
        let line = "según (1) la culpa o (2) el riesgo creado";
        assert_eq!(spaced(line), []);
        // Markers after the words of a sentence that says "or" stay.
        assert_eq!(
            spaced("la faute (6) ou le risque (7) suffisent."),
            [(6, "(6)"), (7, "(7)")]
        );
    }

    #[test]
    fn mirrored_brackets_of_right_to_left_text_label_notes_and_mark_text() {
        let label = footnote_label(")8( المصدر نفسه، ص 350.").unwrap();
        assert_eq!((label.number, label.style), (8, LabelStyle::Enclosed));
        assert_eq!(label.len, ")8( ".len());
        let line = "على الشاهد)9(. وفي المستصفى)10(، not x)1 nor )2 nor ()3(";
        let found: Vec<(u32, &str)> = text_markers(line)
            .iter()
            .map(|m| (m.number, &line[m.start..m.end]))
            .collect();
        assert_eq!(found, [(9, ")9("), (10, ")10(")]);
        assert!(is_enclosed_marker(")9("));
        assert!(!is_enclosed_marker(") 9"));
    }

    #[test]
    fn a_plain_number_before_a_cjk_title_mark_labels_a_note() {
        let label = footnote_label("5 《淡新檔案》22105-2。").unwrap();
        assert_eq!((label.number, label.style), (5, LabelStyle::Plain));
        for line in [
            "12 〈戶律〉",
            "8 （清）汪辉祖：《佐治药言》",
            "4 ［日］滋贺秀三：《…》",
        ] {
            assert!(footnote_label(line).is_some(), "{line}");
        }
        // A number before a closing mark or a digit is none.
        assert!(footnote_label("5 》").is_none());
        assert!(footnote_label("5 ，").is_none());
    }

    #[test]
    fn circled_numbers_label_notes_and_mark_text() {
        let label = footnote_label("③ 阎学通：《道义现实主义》").unwrap();
        assert_eq!((label.number, label.style), (3, LabelStyle::Circled));
        assert_eq!(footnote_label("㉑王缉思").map(|l| l.number), Some(21));
        let found: Vec<u32> = text_markers("变化①。看法②，如下：③ 一，④ 二 ⑤")
            .iter()
            .map(|m| m.number)
            .collect();
        assert_eq!(found, [1, 2]);
        // After a comma a circled number marks a note, unless a list goes
        // on there or starts.
        let found: Vec<u32> =
            text_markers("二者的关系，① 而李培林则关注村落的终结与城市化进程中的社会变迁和人口流动，②包括三个方面，①经济，②政治，③文化。")
                .iter()
                .map(|m| m.number)
                .collect();
        assert_eq!(found, [1, 2]);
    }

    #[test]
    fn markers_after_words_not_after_spaces() {
        let m = text_markers("해석하였다.²⁾ 홍민은¹⁰⁾ x ² y[^3] [^4]: def");
        let nums: Vec<u32> = m.iter().map(|m| m.number).collect();
        assert_eq!(nums, vec![2, 10, 3]);
        // A superscript after a marker and a space is the next marker; a
        // stray one after a word and a space is not.
        let m = text_markers("shown.¹ ² Then x ³ and y.⁴,⁵");
        let nums: Vec<u32> = m.iter().map(|m| m.number).collect();
        assert_eq!(nums, vec![1, 2, 4, 5]);
        let line = "word¹²⁾ next";
        let m = text_markers(line);
        assert_eq!(&line[m[0].start..m[0].end], "¹²⁾");
        // Six digits at most, as for labels (`segment` keeps five or six
        // only where the notes reach that number).
        let nums: Vec<u32> = text_markers("end.⁹⁹⁹⁹ end.¹⁰⁰⁰⁰ end.⁹⁹⁹⁹⁹⁹⁾ end.¹²³⁴⁵⁶⁷")
            .iter()
            .map(|m| m.number)
            .collect();
        assert_eq!(nums, vec![9999, 10000, 999_999]);
    }

    #[test]
    fn plain_markers_after_hyphenated_words_but_not_codes() {
        let line = "latino-americana22. revê-la20 SARS-CoV2 F-16s4 KN-23 x-ray";
        let got: Vec<u32> = plain_markers(line).iter().map(|m| m.number).collect();
        assert_eq!(got, [22, 20]);
    }

    #[test]
    fn a_caret_after_a_sentence_mark_opens_a_marker_and_a_power_none() {
        let line = "confounding.^22 Then 5 m^2 and (x+1)^3, bias,^4 x^5";
        let got: Vec<u32> = plain_markers(line).iter().map(|m| m.number).collect();
        assert_eq!(got, [22, 4]);
    }

    #[test]
    fn a_number_subdivided_after_a_locator_holds_no_marker() {
        let line = "el art. 18.4 de su texto2, en 1920.4 y § 5.2 fin";
        let got: Vec<u32> = plain_markers(line).iter().map(|m| m.number).collect();
        assert_eq!(got, [2, 4]);
    }

    #[test]
    fn an_opening_quote_after_a_space_holds_no_marker() {
        let line = "he wrote “2 of them” and “Staat“9 and ‘12 things’";
        let got: Vec<u32> = plain_markers(line).iter().map(|m| m.number).collect();
        assert_eq!(got, [9]);
    }

    #[test]
    fn list_labels() {
        assert_eq!(list_label("[12] A. Smith").map(|x| x.0), Some("12".into()));
        assert_eq!(list_label("3. Smith, J.").map(|x| x.0), Some("3".into()));
        assert_eq!(list_label("Smith 2020"), None);
        assert_eq!(list_label("(1):1-28. doi:10.15585/mmwr"), None);
        assert_eq!(
            list_label("10000. Smith J. A study.").map(|x| x.0),
            Some("10000".into())
        );
        assert!(is_long_label("10000") && !is_long_label("9999"));
        assert_eq!(list_label("1234567. Smith J. A study."), None);
    }
}
