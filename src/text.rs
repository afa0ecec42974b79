//! Normalisation used for matching: name keys, title keys, similarity.
//!
//! `Götz` and `Gotz`, `Kim–Putin` and `Kim-Putin`, “curly” and "straight"
//! quotes must compare equal; Hangul, Cyrillic and Latin alike.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lowercase letters and digits only, diacritics removed (`Götz` → `gotz`,
/// `김철수 · 박영희` → `김철수박영희`).
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if is_plain(s) {
        out.extend(
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase),
        );
        return out;
    }
    // Hangul syllables would be decomposed into jamo by NFKD: compose back.
    for c in s.nfkd().filter(|c| !is_combining_mark(*c)).nfc() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Text with nothing to fold: ASCII, Hangul syllables, CJK ideographs, kana
/// (fast path: no Unicode decomposition needed).
fn is_plain(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_ascii()
            || matches!(c as u32, 0xAC00..=0xD7AF | 0x4E00..=0x9FFF | 0x3040..=0x30FF | 0x3000..=0x303F | 0x2000..=0x206F)
    })
}

/// Title key: like [`key`] but keeps word boundaries as single spaces.
pub fn title_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let folded: Box<dyn Iterator<Item = char>> = if is_plain(s) {
        Box::new(s.chars())
    } else {
        Box::new(s.nfkd().filter(|c| !is_combining_mark(*c)).nfc())
    };
    for c in folded {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else {
            space = true;
        }
    }
    out
}

/// Similarity of two strings in 0..=1 (normalised Levenshtein over chars).
pub fn similarity(a: &str, b: &str) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    strsim::normalized_levenshtein(a, b)
}

/// Title similarity: keys compared, and a shortened title that is a prefix
/// of the full one counts as similar (`Theory` ~ `Theory of International Politics`).
pub fn title_similarity(a: &str, b: &str) -> f64 {
    let (ka, kb) = (title_key(a), title_key(b));
    if ka.is_empty() || kb.is_empty() {
        return 0.0;
    }
    title_key_similarity(&ka, &kb)
}

/// [`title_similarity`] of two titles already turned into [`title_key`]s.
pub fn title_key_similarity(ka: &str, kb: &str) -> f64 {
    if ka.is_empty() || kb.is_empty() {
        return 0.0;
    }
    if ka == kb {
        return 1.0;
    }
    // Bound the cost on pathological input: compare at most 400 chars.
    let cut = |k: &str| k.char_indices().nth(400).map_or(k.len(), |(i, _)| i);
    similarity(&ka[..cut(ka)], &kb[..cut(kb)])
}

/// True when `short` is a word-prefix of `long` (`Theory` of `Theory of …`).
pub fn is_title_prefix(short: &str, long: &str) -> bool {
    let (ks, kl) = (title_key(short), title_key(long));
    if ks.is_empty() {
        return false;
    }
    // A short title may drop a leading article (`Archive and the State` for
    // `The Archive and the State`): accept it at any word boundary.
    kl == ks
        || kl.starts_with(&format!("{ks} "))
        || kl.ends_with(&format!(" {ks}"))
        || kl.contains(&format!(" {ks} "))
}

/// Cleans a field value: trims white space and stray punctuation at the ends,
/// folds runs of white space.
pub fn clean_field(s: &str) -> String {
    let s = unescape_punctuation(s);
    let folded = s.split_whitespace().collect::<Vec<_>>().join(" ");
    folded
        .trim_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    ',' | ';' | ':' | '.' | '–' | '—' | '、' | '。' | '，' | '；' | '：'
                )
        })
        .trim_start_matches(['-', ')'])
        .trim()
        .to_string()
}

/// Drops the backslash of a mark that Markdown converters escape in prose
/// (`$ * _ [ ] # < > ` | ~ ^ &`): `\$1.5bn` → `$1.5bn`, `\*` → `*`, `\&`
/// → `&`. Other backslashes (`\"`, `\\`, `C:\Users`) stay as written.
pub fn unescape_punctuation(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('\\') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let escaped = |n: &char| {
            matches!(
                n,
                '$' | '*' | '_' | '[' | ']' | '#' | '<' | '>' | '`' | '|' | '~' | '^' | '&'
            )
        };
        if c == '\\' && chars.peek().is_some_and(escaped) {
            continue;
        }
        out.push(c);
    }
    std::borrow::Cow::Owned(out)
}

/// Decodes the common HTML entities (`&amp;`, `&lt;`, `&#39;`, `&nbsp;`),
/// after [`unescape_punctuation`].
pub fn decode_entities(s: &str) -> String {
    let s = &*unescape_punctuation(s);
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let ent = &tail[1..e];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                _ => ent
                    .strip_prefix("#x")
                    .or_else(|| ent.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_diacritics_case_and_punctuation() {
        assert_eq!(key("Götz"), "gotz");
        assert_eq!(key("김철수 · 박영희"), "김철수박영희");
        assert_eq!(key("Алимпиева"), "алимпиева");
        assert_eq!(
            title_key("Kim–Putin “Summit”"),
            title_key("Kim-Putin \"Summit\"")
        );
    }

    #[test]
    fn short_titles_are_prefixes() {
        assert!(is_title_prefix(
            "Theory",
            "Theory of International Politics"
        ));
        assert!(!is_title_prefix("Theo", "Theory of International Politics"));
        assert!(is_title_prefix(
            "Archive and the State",
            "The Archive and the State"
        ));
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("A &amp; B &#39;x&#x27; &bogus; &"),
            "A & B 'x' &bogus; &"
        );
    }

    #[test]
    fn escaped_punctuation_loses_its_backslash() {
        assert_eq!(
            unescape_punctuation(r"behind \$1.5bn hack"),
            "behind $1.5bn hack"
        );
        assert_eq!(unescape_punctuation(r"a \* b \_c\_ \& d"), "a * b _c_ & d");
        assert_eq!(unescape_punctuation(r"C:\Users\x"), r"C:\Users\x");
        assert_eq!(unescape_punctuation(r"a\\b"), r"a\\b");
        assert_eq!(unescape_punctuation(r#"say \"x\""#), r#"say \"x\""#);
        assert_eq!(clean_field(r" \$5, "), "$5");
    }
}
