//! Edition statements: `2nd ed.`, `2. Aufl.`, `2e éd.`, `3.ª ed.`, `wyd.
//! 2`, `изд. 2-е`, `제2판`, `第二版`, `3rd rev. ed.`, `2., überarb. Aufl.`,
//! `2e éd. revue et augmentée`, `rev. ed.`, `개정판`.
//!
//! A statement is one edition word of the grammars
//! ([`crate::grammar::Locators::edition`]) with its number on either side
//! of it (`2. wyd.` and `wyd. 2` are both Polish), and words that qualify
//! the edition ([`crate::grammar::Locators::edition_qualifiers`]) before
//! or after either, joined by commas or the names' joining words; a
//! statement without a number has a qualifier instead (`rev. ed.`).
//!
//! This module only reads a statement where it is asked to: the reference
//! parser asks at the places one stands (after a title, a book or its
//! editors, before an imprint), so that a title's `New` or an editor's
//! `ed.` is never taken for one.

use crate::grammar::{starting_with, Grammar};
use crate::segment::is_cjk;

/// An edition statement at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    /// Its length, with the white space before and after it.
    pub len: usize,
    /// The CSL `edition`: the number when the statement has one (`2` of
    /// `2nd rev. ed.`, `II` and `二` as figures), else the statement as
    /// written, its white space folded (`rev. ed.`, `개정판`).
    pub value: String,
}

/// What a piece of a statement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Number,
    Word,
    Qualifier,
}

/// The edition statement at the start of `s` (after white space), if one
/// is there: pieces ([`Piece`]) one after another, separated by white
/// space or none, with exactly one edition word and a number or a
/// qualifier. A number after the word stands right after it (`wyd. 2`,
/// not `ed., 2 vols.`) and before no other word (`ed. 2 vols.`); a
/// qualifier after the word is in lowercase (`ed. Rev. John Roe` names an
/// editor); a comma or a joining word stands only before a qualifier.
pub fn statement(s: &str, g: &Grammar) -> Option<Edition> {
    let lead = s.len() - s.trim_start().len();
    if !s[lead..].chars().next().is_some_and(|c| may_open(c, g)) {
        return None;
    }
    let mut end = lead;
    let mut last: Option<Piece> = None;
    let mut number: Option<u32> = None;
    let mut word = false;
    // Where the edition word starts.
    let mut word_at = lead;
    let mut qualifiers = 0;
    loop {
        let gap = s[end..].len() - s[end..].trim_start().len();
        let at = end + gap;
        let rest = &s[at..];
        if rest.is_empty() {
            break;
        }
        // `2., überarb.`, `ed., rev.`, `revue et augmentée`, `испр. и доп.`
        if last.is_some() {
            if let Some(j) = joiner(rest, last == Some(Piece::Qualifier), g) {
                let q_at = at + j;
                match qualifier(&s[q_at..], word, g) {
                    Some(q) => {
                        qualifiers += 1;
                        end = q_at + q;
                        last = Some(Piece::Qualifier);
                        continue;
                    }
                    None => break,
                }
            }
        }
        // Two pieces written together must not be one word (`2판`, `개정판`,
        // `2.Aufl.`, but not `2ed`).
        let glued = gap == 0 && last.is_some();
        if glued && !may_glue(&s[..at], rest) {
            break;
        }
        let after_word = last == Some(Piece::Word);
        // fi `2. p.` (painos) has its number before the word: after it,
        // a word that is also a page word is a page (`p. 45`).
        let page_after = || {
            after_word
                && g.page
                    .find(&s[word_at..])
                    .is_some_and(|m| m.start == 0 && m.number.is_some())
        };
        if number.is_none() && (!word || after_word && !s[end..at].contains('\n')) && !page_after()
        {
            if let Some((n, len)) = ordinal(rest, after_word, g) {
                // `ed. 2 vols.`: a number after the word before any other word
                // is no edition's.
                let next = s[at + len..].trim_start();
                let word_follows = next.chars().next().is_some_and(char::is_lowercase)
                    && qualifier(next, true, g).is_none();
                if !(after_word && word_follows) {
                    number = Some(n);
                    end = at + len;
                    last = Some(Piece::Number);
                    continue;
                }
            }
        }
        if !word {
            if let Some(len) = edition_word(rest, g) {
                word = true;
                word_at = at;
                end = at + len;
                last = Some(Piece::Word);
                continue;
            }
        }
        if let Some(len) = qualifier(rest, word, g) {
            qualifiers += 1;
            end = at + len;
            last = Some(Piece::Qualifier);
            continue;
        }
        break;
    }
    if !word || number.is_none() && qualifiers == 0 {
        return None;
    }
    let value = match number {
        Some(n) => n.to_string(),
        None => s[lead..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    };
    let trailing = s[end..].len() - s[end..].trim_start().len();
    Some(Edition {
        len: end + trailing,
        value,
    })
}

/// Whether a statement may open with `c`: a digit (a Chinese one too, of
/// `三版`), a capital of a Roman
/// numeral, or the first letter of a word, qualifier or ordinal mark of
/// the grammars.
fn may_open(c: char, g: &Grammar) -> bool {
    c.is_ascii_digit()
        || c == '十'
        || crate::grammar::han_digit(c).is_some_and(|d| d > 0)
        || matches!(c, 'I' | 'V' | 'X')
        || c.to_lowercase()
            .any(|l| g.edition_initials.binary_search(&l).is_ok())
}

/// Whether the piece that opens `rest` may follow the text `before`
/// without white space: after a period (`2.Aufl.`) or on a CJK side
/// (`2판`, `개정판`, `第2版`), not inside a word of letters or digits.
fn may_glue(before: &str, rest: &str) -> bool {
    let prev = before.chars().next_back();
    let next = rest.chars().next();
    !(prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric))
        || prev.is_some_and(is_cjk)
        || next.is_some_and(is_cjk)
}

/// A comma or a joining word of the grammars' names (`and`, `et`, `u.`,
/// `и`) at the start of `rest`, with the white space after it: its length.
/// A joining word stands only between qualifiers (`after_qualifier`).
fn joiner(rest: &str, after_qualifier: bool, g: &Grammar) -> Option<usize> {
    let len = if rest.starts_with([',', '，']) {
        rest.chars().next().map_or(1, char::len_utf8)
    } else if after_qualifier {
        g.and_words.iter().find_map(|w| word_len(rest, w))?
    } else {
        return None;
    };
    let after = &rest[len..];
    Some(len + after.len() - after.trim_start().len())
}

/// An edition word ([`Grammar::edition`]) at the start of `s`: its length.
/// Its end is a word's end (`판` is not the start of `판례`), unless it
/// ends with a period.
pub(crate) fn edition_word(s: &str, g: &Grammar) -> Option<usize> {
    candidates(&g.edition, s).iter().find_map(|w| {
        let len = word_len(s, w)?;
        let whole =
            w.ends_with('.') || s[len..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        whole.then_some(len)
    })
}

/// A qualifier ([`Grammar::edition_qualifiers`]) at the start of `s`: its
/// length. After the edition word (`after_word`) it must be written in
/// lowercase. One written in CJK may be glued to what follows (`개정판`).
fn qualifier(s: &str, after_word: bool, g: &Grammar) -> Option<usize> {
    if after_word && s.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    candidates(&g.edition_qualifiers, s).iter().find_map(|w| {
        let len = word_len(s, w)?;
        let last = s[..len].chars().next_back();
        let whole = last.is_some_and(|c| c == '.' || is_cjk(c))
            || s[len..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        whole.then_some(len)
    })
}

/// The words of `words` (sorted by their first letter) that may open `s`:
/// those that start with its first letter in lowercase.
fn candidates<'w>(words: &'w [String], s: &str) -> &'w [String] {
    match s.chars().next().and_then(|c| c.to_lowercase().next()) {
        Some(c) => starting_with(words, c),
        None => &[],
    }
}

/// The length of the lowercase word `w` at the start of `s`, matched
/// without regard to case, a space in `w` matching any run of white space;
/// the match must not end inside a word of letters, unless `w` ends with a
/// period or a mark. At the end of `s` the final period may be missing:
/// a field is cleaned of it (`Paris, PUF, 2e éd`).
fn word_len(s: &str, w: &str) -> Option<usize> {
    let mut text = s.char_indices().peekable();
    let mut end = 0;
    let mut want = w.chars().peekable();
    while let Some(wc) = want.next() {
        if wc == ' ' {
            let mut spaces = 0;
            while let Some(&(i, c)) = text.peek() {
                if !c.is_whitespace() {
                    break;
                }
                text.next();
                spaces += 1;
                end = i + c.len_utf8();
            }
            if spaces == 0 {
                return None;
            }
            continue;
        }
        let Some((i, c)) = text.next() else {
            return (wc == '.' && want.peek().is_none() && end > 0).then_some(end);
        };
        let mut lower = c.to_lowercase();
        if lower.next() != Some(wc) {
            return None;
        }
        for extra in lower {
            if want.next() != Some(extra) {
                return None;
            }
        }
        end = i + c.len_utf8();
    }
    let last = w.chars().next_back()?;
    let inside_word = last.is_alphabetic()
        && !is_cjk(last)
        && s[end..].chars().next().is_some_and(char::is_alphabetic);
    (end > 0 && !inside_word).then_some(end)
}

/// An edition's number at the start of `s`, and its length: figures of
/// one or two digits with their ordinal marks (`2`, `2.`, `2nd`, `2d`,
/// `2e`, `2ème`, `2ª`, `2.ª`, `2-е`, `2de`), after an ordinal prefix of
/// the grammars (`제2`, `第2`) also Chinese numerals (`第二`), or a Roman
/// numeral (`II`, `XII`). After the edition word (`after_word`) a Roman
/// numeral has two letters at least: `ed. V. Smith` names an editor.
fn ordinal(s: &str, after_word: bool, g: &Grammar) -> Option<(u32, usize)> {
    if after_word {
        if let Some(found) = after_article(s, g) {
            return Some(found);
        }
    }
    let prefix = g
        .ordinal_prefix
        .iter()
        .find(|p| s.starts_with(p.as_str()))
        .map_or(0, String::len);
    let t = &s[prefix..];
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let n: u32 = t[..digits].parse().ok()?;
        let marks: usize = t[digits..]
            .chars()
            .take_while(|&c| {
                (c.is_lowercase() && !is_cjk(c))
                    || matches!(c, '.' | 'ª' | 'º' | '°' | '-' | '‐' | '‑')
            })
            .take(4)
            .map(char::len_utf8)
            .sum();
        let end = prefix + digits + marks;
        let next = s[end..].chars().next();
        let bounded =
            s[..end].ends_with('.') || next.is_none_or(|c| !c.is_alphanumeric() || is_cjk(c));
        return (n > 0 && bounded).then_some((n, end));
    }
    if digits > 0 {
        return None;
    }
    if prefix > 0 {
        let (n, len) = chinese_numeral(t)?;
        return Some((n, prefix + len));
    }
    // `三版`, `增訂三版`: a number in Chinese numerals without the ordinal
    // prefix, glued to the edition word after it, as Taiwanese and
    // Japanese imprints write it.
    if !after_word {
        if let Some((n, len)) = chinese_numeral(t).filter(|&(n, _)| n > 0) {
            if t[len..].starts_with(|c: char| is_cjk(c)) && edition_word(&t[len..], g).is_some() {
                return Some((n, len));
            }
        }
    }
    // `Second edition`, `Zweite Auflage`, `deuxième édition`: an ordinal
    // in words of the grammars, before the edition word, or after it
    // capitalised as a statement's last word (`Edisi Kedua,`, `Cetakan
    // Ketiga.`; not `edition second`; in a script without capitals any
    // such last word: `الطبعة الثانية،`).
    let last_capital = |len: usize| {
        t.starts_with(crate::text::opens_name)
            && t[len..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | ')' | ';'))
    };
    if let Some(c) = t.chars().next().and_then(|c| c.to_lowercase().next()) {
        if let Some(found) =
            crate::grammar::run_opening_with(&g.ordinal_words, |(w, _)| w.as_str(), c)
                .iter()
                .find_map(|(w, n)| word_len(t, w).map(|len| (*n, len)))
                .filter(|&(_, len)| !after_word || last_capital(len))
        {
            return Some(found);
        }
    }
    let (n, letters, len) = roman(t)?;
    (letters >= 2 || !after_word).then_some((n, len))
}

/// An edition's number after an article of the grammars'
/// `ordinal_article` and white space, at the start of `s`, and the length
/// of both: figures or a Roman numeral closed by an ordinal mark of a
/// hyphen and up to two small letters (ro `a 2-a`, `a IX-a`), or an
/// ordinal in words (`a doua`, listed with its article).
fn after_article(s: &str, g: &Grammar) -> Option<(u32, usize)> {
    let art = g.ordinal_article.iter().find_map(|a| {
        let len = word_len(s, a)?;
        let gap = s[len..].len() - s[len..].trim_start().len();
        (gap > 0).then_some(len + gap)
    })?;
    // `a doua`: an ordinal in words listed with its article.
    if let Some(c) = s.chars().next().and_then(|c| c.to_lowercase().next()) {
        let word = crate::grammar::run_opening_with(&g.ordinal_words, |(w, _)| w.as_str(), c)
            .iter()
            .find_map(|(w, n)| word_len(s, w).filter(|&len| len > art).map(|len| (*n, len)));
        if word.is_some() {
            return word;
        }
    }
    let t = &s[art..];
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let (n, len) = if (1..=2).contains(&digits) {
        (t[..digits].parse().ok()?, digits)
    } else {
        let letters = t
            .bytes()
            .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
            .count();
        let (n, _, _) = roman(&t[..letters])?;
        (n, letters)
    };
    let mark = t[len..].strip_prefix('-')?;
    let small = mark
        .chars()
        .take_while(|c| c.is_lowercase())
        .map(char::len_utf8)
        .sum::<usize>();
    let end = art + len + 1 + small;
    let bounded = s[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    ((1..=2).contains(&mark[..small].chars().count()) && n > 0 && bounded).then_some((n, end))
}

/// A number in Chinese numerals of up to three characters (`二`, `十二`,
/// `二十一`) at the start of `s`, and its length. Two or three digits
/// without `十` are read digit by digit, as books of a classic are
/// numbered (`卷二四`, `卷一〇五`).
pub(crate) fn chinese_numeral(s: &str) -> Option<(u32, usize)> {
    let digit = crate::grammar::han_digit;
    let (mut value, mut count, mut plen) = (0u32, 0, 0);
    for c in s.chars().take(3) {
        let Some(d) = digit(c) else { break };
        value = value * 10 + d;
        count += 1;
        plen += c.len_utf8();
    }
    let tens_after = s[plen..].starts_with(['十', '百']);
    if count >= 2 && !tens_after && !s.starts_with(['〇', '零']) {
        return Some((value, plen));
    }
    let (mut total, mut current, mut len) = (0, 0, 0);
    for c in s.chars().take(3) {
        if let Some(d) = digit(c).filter(|&d| d > 0) {
            current = d;
        } else if c == '十' {
            total += current.max(1) * 10;
            current = 0;
        } else {
            break;
        }
        len += c.len_utf8();
    }
    (len > 0).then_some((total + current, len))
}

/// A Roman numeral in capitals (`II`, `IV`, `XII`) at the start of `s`,
/// ending a word (a period may follow), of value 1 to 39: its value, its
/// number of letters, and its length.
fn roman(s: &str) -> Option<(u32, usize, usize)> {
    let letters = s
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
        .count();
    if letters == 0
        || letters > 6
        || s[letters..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let value = |b: u8| match b {
        b'I' => 1,
        b'V' => 5,
        _ => 10,
    };
    let bytes = &s.as_bytes()[..letters];
    let mut n = 0i32;
    for (i, &b) in bytes.iter().enumerate() {
        let v = value(b);
        if bytes.get(i + 1).is_some_and(|&next| value(next) > v) {
            n -= v;
        } else {
            n += v;
        }
    }
    let n = u32::try_from(n).ok().filter(|n| (1..40).contains(n))?;
    let dot = usize::from(s[letters..].starts_with('.'));
    Some((n, letters, letters + dot))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(&str, String)> {
        let g = Grammar::builtin();
        statement(s, &g).map(|e| (s[..e.len].trim(), e.value))
    }

    /// (text, the statement, the edition).
    #[test]
    fn statements_in_every_language_with_the_number_on_either_side() {
        for (s, whole, value) in [
            ("2nd ed. London: Verso", "2nd ed.", "2"),
            ("Edisi Kedua, (Jakarta", "Edisi Kedua", "2"),
            ("Cetakan Ketiga. Jakarta", "Cetakan Ketiga", "3"),
            ("Cet. ke-6, (Jakarta", "Cet. ke-6", "6"),
            ("2. ed. São Paulo: Editora", "2. ed.", "2"),
            ("2nd edition, London", "2nd edition", "2"),
            ("2e éd", "2e éd", "2"),
            ("2nd edn (London", "2nd edn", "2"),
            ("3rd rev. ed. (London", "3rd rev. ed.", "3"),
            ("3rd ed. rev. (London", "3rd ed. rev.", "3"),
            (
                "2nd ed., rev. and enl., ed. Tim Ray",
                "2nd ed., rev. and enl.",
                "2",
            ),
            ("2nd ed., ed. Tim Ray", "2nd ed.", "2"),
            ("Rev. ed. London: Verso", "Rev. ed.", "Rev. ed."),
            ("new ed. (London", "new ed.", "new ed."),
            ("2d ed. 2010", "2d ed.", "2"),
            ("2. Aufl., Berlin", "2. Aufl.", "2"),
            (
                "2., überarb. u. erw. Aufl. München",
                "2., überarb. u. erw. Aufl.",
                "2",
            ),
            (
                "2e éd. revue et augmentée, Paris",
                "2e éd. revue et augmentée",
                "2",
            ),
            ("nouvelle éd., Paris", "nouvelle éd.", "nouvelle éd."),
            ("3.ª ed., Barcelona", "3.ª ed.", "3"),
            ("2a ed., Milano", "2a ed.", "2"),
            ("II ed., Torino", "II ed.", "2"),
            ("2. ed. rev. e ampl. São Paulo", "2. ed. rev. e ampl.", "2"),
            ("wyd. 2 popr., Warszawa", "wyd. 2 popr.", "2"),
            ("Wyd. II, Warszawa", "Wyd. II", "2"),
            (
                "2-е изд., испр. и доп. М.: Наука",
                "2-е изд., испр. и доп.",
                "2",
            ),
            ("Изд. 3-е. М.: Наука", "Изд. 3-е.", "3"),
            ("3e herz. dr. (Amsterdam", "3e herz. dr.", "3"),
            ("2. baskı, İstanbul", "2. baskı", "2"),
            ("제2판, 박영사", "제2판", "2"),
            ("개정판, 박영사", "개정판", "개정판"),
            ("第4版〕", "第4版", "4"),
            ("第二版）", "第二版", "2"),
            ("第十二版", "第十二版", "12"),
            // A Chinese numeral glued to the word, no `第` before it.
            ("三版，臺北", "三版", "3"),
            ("增訂三版，臺北", "增訂三版", "3"),
            ("十二版，臺北", "十二版", "12"),
            // Ordinals in words, before the word.
            ("Second edition, London", "Second edition", "2"),
            ("third edition (London", "third edition", "3"),
            ("Zweite Auflage, München", "Zweite Auflage", "2"),
            ("deuxième édition, Paris", "deuxième édition", "2"),
            ("segunda edición, Madrid", "segunda edición", "2"),
            ("seconda edizione, Torino", "seconda edizione", "2"),
            ("tweede druk (Amsterdam", "tweede druk", "2"),
        ] {
            assert_eq!(read(s), Some((whole, value.to_string())), "{s}");
        }
    }

    /// A language added as a grammar file alone: Swedish `uppl.` with its
    /// number before it, and its qualifiers.
    #[test]
    fn a_grammar_file_brings_its_own_words() {
        let g = Grammar::from_sources([(
            "sv".to_string(),
            "[language]\ncode = \"sv\"\nname = \"Svenska\"\n[locators]\nedition = [\"uppl.\", \"upplagan\"]\nedition_qualifiers = [\"omarb.\", \"utök.\"]\n[names]\nand = [\"och\"]\n"
                .to_string(),
        )])
        .unwrap();
        let read = |s: &str| statement(s, &g).map(|e| (s[..e.len].trim().to_string(), e.value));
        assert_eq!(
            read("2., omarb. och utök. uppl. Stockholm: Norstedts"),
            Some(("2., omarb. och utök. uppl.".into(), "2".into()))
        );
        assert_eq!(
            read("omarb. uppl., Lund"),
            Some(("omarb. uppl.".into(), "omarb. uppl.".into()))
        );
        assert_eq!(read("2nd ed. London"), None);
    }

    #[test]
    fn editors_volumes_years_and_titles_are_no_statements() {
        for s in [
            "ed. John Roe (Boston",
            "ed. Rev. John Roe (Boston",
            "ed. V. Smith",
            "ed., 2 vols. (London",
            "ed. 2 vols. (London",
            "2 vols. (London",
            "2010. p. 4",
            "New Perspectives on the Archive",
            "São Paulo: Editora",
            "Ed. Unesp, 2010",
            "Dr. Smith",
            "2015年版",
            "판례집",
            "出版社",
            "三版本",
            "一",
            "45–67",
            // An ordinal in words with no edition word, or after it in
            // lowercase or before more words.
            "Second Empire, Paris",
            "edition second",
            "Edisi Kedua Belas",
            "Secondary sources",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }
}
