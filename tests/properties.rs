//! Properties of the whole pipeline on generated and mutated papers.
//!
//! Papers are assembled from the pieces real ones are made of (body prose
//! with superscript markers, `N) …` footnotes with full citations and short
//! forms, a bibliography under a heading) mixed with junk and odd line
//! ends; others are random windows of the bundled Korean paper
//! `fixtures/003_6aea26d404a189d0.txt` with bytes deleted, duplicated,
//! swapped or inserted. For each, every invariant of `tests/invariants`
//! must hold (spans inside the input on character boundaries with true
//! line/column, links to things that exist, renderers that cannot be
//! broken out of, extract JSON that parses back) and two runs must give the
//! same output.
//!
//! Case counts are kept small so that the suite stays fast in debug builds;
//! `PROPTEST_CASES=1000 cargo test --release --test properties` digs deeper.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod invariants;

use opcit::grammar::Grammar;
use opcit::segment::InputFormat;
use opcit::source::{Encoding, SourceFile};
use opcit::{analyze, Options};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::sync::LazyLock;

static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

/// The bundled long paper, as bytes and split into lines (with their ends).
static PAPER: &str = include_str!("../fixtures/003_6aea26d404a189d0.txt");
static PAPER_LINES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| PAPER.split_inclusive('\n').collect());

/// `cases` cases, unless `PROPTEST_CASES` asks for another number.
fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        max_shrink_iters: 200,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------
// Fragments

fn superscript(n: u32) -> String {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    n.to_string()
        .chars()
        .map(|d| SUP[d.to_digit(10).unwrap() as usize])
        .collect()
}

fn author() -> BoxedStrategy<String> {
    prop::sample::select(vec![
        "K. Waltz",
        "Kenneth N. Waltz",
        "John J. Mearsheimer",
        "이상준·서동주",
        "홍민",
        "Anna Müller",
        "Jean-Paul Dupont",
        "Иван Петров",
        "United Nations Security Council",
        "Smith et al.",
        "",
    ])
    .prop_map(str::to_string)
    .boxed()
}

fn title() -> BoxedStrategy<String> {
    prop_oneof![
        prop::sample::select(vec![
            "Theory of International Politics",
            "북한의 핵전략",
            "Die Ordnung der Dinge",
            "Paper Empires: \"Quoted\" Words",
            "x\"]; x -> y; [",
            "</node>",
            "\u{1b}[2J",
            "back\\slash",
        ])
        .prop_map(str::to_string),
        "[A-Za-z가-힣 ,.:;()\"'«»“”-]{0,40}",
    ]
    .boxed()
}

fn year() -> BoxedStrategy<String> {
    prop_oneof![
        (1900u32..2030).prop_map(|y| y.to_string()),
        (1900u32..2030, "[a-c]").prop_map(|(y, s)| format!("{y}{s}")),
        Just("n.d.".to_string()),
        Just("June 17, 2024".to_string()),
        Just("2025년 2월 28일".to_string()),
    ]
    .boxed()
}

fn locator() -> BoxedStrategy<String> {
    prop_oneof![
        (1u32..999).prop_map(|p| format!("p. {p}")),
        (1u32..99, 1u32..99).prop_map(|(a, b)| format!("pp. {a}-{}", a + b)),
        (1u32..99).prop_map(|p| format!("{p}쪽")),
        (1u32..99).prop_map(|p| format!("S. {p}")),
        Just(String::new()),
    ]
    .boxed()
}

/// One citation item as notes write it.
fn item() -> BoxedStrategy<String> {
    prop_oneof![
        3 => (author(), title(), year(), locator()).prop_map(|(a, t, y, l)| {
            format!("{a}, *{t}* (Seoul: Publisher, {y}), {l}.")
        }),
        2 => (author(), title(), year(), locator()).prop_map(|(a, t, y, l)| {
            format!("{a}, “{t},” *Journal of Tests* 12, no. 3 ({y}): {l}.")
        }),
        2 => locator().prop_map(|l| format!("Ibid., {l}.")),
        1 => locator().prop_map(|l| format!("Ebd., {l}.")),
        1 => locator().prop_map(|l| format!("위의 글, {l}.")),
        2 => (author(), year(), locator()).prop_map(|(a, y, l)| format!("{a}({y}), op. cit., {l}.")),
        1 => (author(), locator()).prop_map(|(a, l)| format!("{a}, 앞의 글, {l}.")),
        1 => (author(), 1u32..30, locator()).prop_map(|(a, n, l)| format!("{a}, supra note {n}, at {l}.")),
        1 => (author(), title(), locator()).prop_map(|(a, t, l)| format!("{a}, {t}, {l}.")),
        1 => "\\PC{0,60}",
    ]
    .boxed()
}

/// A footnote line: a label and one to three items.
fn footnote(n: u32) -> impl Strategy<Value = String> {
    let label = prop_oneof![
        Just(format!("{n}) ")),
        Just(format!("- {n}) ")),
        Just(format!("{n}. ")),
        Just(format!("[^{n}]: ")),
        Just(format!("{} ", superscript(n))),
    ];
    (label, prop::collection::vec(item(), 1..4)).prop_map(|(l, items)| l + &items.join("; "))
}

/// A sentence of body text, perhaps ending in a note marker.
fn body(n: u32) -> impl Strategy<Value = String> {
    (
        "[A-Za-z가-힣 ,]{5,60}",
        prop_oneof![
            Just(format!("{}⁾", superscript(n))),
            Just(superscript(n)),
            Just(format!("[^{n}]")),
            Just(String::new()),
        ],
    )
        .prop_map(|(s, m)| format!("{s}.{m}"))
}

/// A bibliography entry.
fn entry() -> BoxedStrategy<String> {
    prop_oneof![
        (author(), title(), year()).prop_map(|(a, t, y)| format!("{a}. *{t}*. Publisher, {y}.")),
        (author(), title(), year())
            .prop_map(|(a, t, y)| format!("{a}. “{t}.” *Journal* 3 ({y}): 1-20.")),
        (author(), title(), year()).prop_map(|(a, t, y)| format!("{a}, 『{t}』, 출판사, {y}.")),
        title().prop_map(|t| format!("_____. *{t}*. 2001.")),
        "\\PC{0,60}",
    ]
    .boxed()
}

fn line_end() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "\n",
        "\n",
        "\n\n",
        "\r\n",
        "\r\n\r\n",
        "\r",
        "\n\u{c}\n",
    ])
}

/// Junk: control characters, stray markup, lone marks and labels.
fn junk() -> BoxedStrategy<String> {
    prop_oneof![
        "\\PC{0,30}",
        "[\\x00-\\x1f\\x7f\u{80}-\u{9f}\u{202a}-\u{202e}\u{feff}]{1,5}",
        prop::sample::select(vec![
            "¹⁾",
            "⁾",
            "[^",
            "]:",
            "1)",
            "12)",
            "0)",
            "99999)",
            "<sup>3</sup>",
            "&amp;",
            "---",
            "References",
            "참고문헌",
            "Notes",
            "Ibid.",
            "op. cit.",
            "\t",
            "\u{3000}",
        ])
        .prop_map(str::to_string),
    ]
    .boxed()
}

/// A whole paper: body, notes, bibliography and junk, in a random order
/// weighted towards the usual one.
fn paper() -> impl Strategy<Value = String> {
    (1u32..12).prop_flat_map(|notes| {
        let bodies: Vec<_> = (1..=notes).map(body).collect();
        let foots: Vec<_> = (1..=notes).map(footnote).collect();
        (
            bodies,
            foots,
            prop::collection::vec(entry(), 0..6),
            prop::sample::select(vec![
                "References",
                "Bibliography",
                "참고문헌",
                "Literaturverzeichnis",
                "",
            ]),
            prop::collection::vec((0usize..40, junk()), 0..4),
            prop::collection::vec(line_end(), 64),
            any::<bool>(),
        )
            .prop_map(|(bodies, foots, entries, heading, junk, ends, shuffle)| {
                let mut parts: Vec<String> = Vec::new();
                parts.push(bodies.join(" "));
                if shuffle {
                    // Notes interleaved with body, as page breaks leave them.
                    for (b, f) in bodies.iter().zip(&foots) {
                        parts.push(b.clone());
                        parts.push(f.clone());
                    }
                } else {
                    parts.extend(foots);
                }
                if !heading.is_empty() {
                    parts.push(heading.to_string());
                }
                parts.extend(entries);
                for (at, j) in junk {
                    let at = at % (parts.len() + 1);
                    parts.insert(at, j);
                }
                let mut out = String::new();
                for (i, p) in parts.iter().enumerate() {
                    out.push_str(p);
                    out.push_str(ends[i % ends.len()]);
                }
                out
            })
    })
}

/// Byte-level edits of a window of the long paper.
#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Duplicate(usize, usize),
    Insert(usize, String),
    SwapLines(usize, usize),
    Byte(usize, u8),
}

fn mutation() -> BoxedStrategy<Mutation> {
    prop_oneof![
        (any::<usize>(), 1usize..40).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (any::<usize>(), 1usize..200).prop_map(|(a, n)| Mutation::Duplicate(a, n)),
        (any::<usize>(), prop_oneof![junk(), item(), entry()])
            .prop_map(|(a, s)| Mutation::Insert(a, s)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Mutation::Byte(a, b)),
    ]
    .boxed()
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len().max(1);
    match m {
        Mutation::Delete(a, n) => {
            let a = a % len;
            let b = (a + n).min(bytes.len());
            bytes.drain(a.min(b)..b);
        }
        Mutation::Duplicate(a, n) => {
            let a = a % len;
            let b = (a + n).min(bytes.len());
            let copy = bytes[a.min(b)..b].to_vec();
            bytes.splice(b..b, copy);
        }
        Mutation::Insert(a, s) => {
            let a = a % (bytes.len() + 1);
            bytes.splice(a..a, s.bytes());
        }
        Mutation::SwapLines(a, b) => {
            let mut lines: Vec<Vec<u8>> = bytes
                .split_inclusive(|&c| c == b'\n')
                .map(<[u8]>::to_vec)
                .collect();
            if lines.len() > 1 {
                let (a, b) = (a % lines.len(), b % lines.len());
                lines.swap(a, b);
            }
            *bytes = lines.concat();
        }
        Mutation::Byte(a, v) => {
            if !bytes.is_empty() {
                let a = a % bytes.len();
                bytes[a] = *v;
            }
        }
    }
}

/// A window of up to 60 lines of the long paper with up to 6 edits.
fn mutated_window() -> impl Strategy<Value = Vec<u8>> {
    (
        0..PAPER_LINES.len(),
        1usize..60,
        prop::collection::vec(mutation(), 0..6),
    )
        .prop_map(|(start, len, edits)| {
            let end = (start + len).min(PAPER_LINES.len());
            let mut bytes = PAPER_LINES[start..end].concat().into_bytes();
            for e in &edits {
                apply(&mut bytes, e);
            }
            bytes
        })
}

fn format_choice() -> impl Strategy<Value = Option<InputFormat>> {
    prop::sample::select(vec![
        None,
        Some(InputFormat::Text),
        Some(InputFormat::Markdown),
        Some(InputFormat::Html),
    ])
}

/// Analyses twice; checks every invariant and that both runs agree.
fn holds(source: &SourceFile, format: Option<InputFormat>) -> Result<(), TestCaseError> {
    let options = Options { format };
    let first = match std::panic::catch_unwind(|| analyze(source, &GRAMMAR, options)) {
        Ok(doc) => doc,
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            return Err(TestCaseError::fail(format!("analyze panicked: {message}")));
        }
    };
    let json = invariants::check_all(source, &first).map_err(TestCaseError::fail)?;
    let second = analyze(source, &GRAMMAR, options);
    let again = invariants::check_wire(source, &second).map_err(TestCaseError::fail)?;
    prop_assert_eq!(json, again, "two runs disagree");
    Ok(())
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn generated_papers_keep_every_invariant(text in paper(), format in format_choice()) {
        holds(&SourceFile::new("generated.txt", text), format)?;
    }

    #[test]
    fn mutated_windows_of_a_real_paper_keep_every_invariant(
        bytes in mutated_window(),
        format in format_choice(),
    ) {
        holds(&SourceFile::from_bytes("mutated.txt", &bytes), format)?;
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// `line_col` agrees with a plain count for any text and offset,
    /// including offsets inside a character (which round down).
    #[test]
    fn line_col_matches_a_plain_count(
        text in "(\\PC|[\r\n\t]|\r\n){0,80}",
        offsets in prop::collection::vec(any::<usize>(), 8),
    ) {
        let src = SourceFile::new("t", text.as_str());
        let table = invariants::naive_line_cols(&text);
        for o in offsets {
            let o = o % (text.len() + 1);
            let at = opcit::source::floor_char_boundary(&text, o);
            let lc = src.line_col(o);
            prop_assert_eq!((lc.line, lc.column), table[at], "offset {}", o);
        }
    }

    /// The shortcut bounds of `similarity_at_least` never change the answer:
    /// it agrees with comparing `similarity` to the threshold. A small
    /// alphabet makes near strings common, and characters 64 apart share a
    /// bucket of the bound (`a` and `¡`).
    #[test]
    fn similarity_bounds_agree_with_the_distance(
        a in "[abcdeé가¡ ]{0,14}",
        b in "[abcdeé가¡ ]{0,14}",
        threshold in prop::sample::select(vec![0.5, 0.7, 0.8, 0.9]),
    ) {
        let exact = opcit::text::similarity(&a, &b) >= threshold;
        prop_assert_eq!(opcit::text::similarity_at_least(&a, &b, threshold), exact);
    }

    /// Two texts whose sketches rule similarity out are never that similar.
    /// Characters 64 apart share a bucket (`a` and `¡`).
    #[test]
    fn sketches_rule_out_only_what_is_not_similar(
        a in "[abcdeé가¡ ]{0,14}",
        b in "[abcdeé가¡ ]{0,14}",
        threshold in prop::sample::select(vec![0.5, 0.7, 0.8, 0.9]),
    ) {
        let (sa, sb) = (opcit::text::CharSketch::of(&a), opcit::text::CharSketch::of(&b));
        if !sa.may_be_similar(&sb, threshold) {
            prop_assert!(opcit::text::similarity(&a, &b) < threshold);
        }
    }

    /// A near-name index finds every key at most two edits away, whether
    /// the keys were filed in one batch or one at a time, and keys too
    /// long to file are never found.
    #[test]
    fn near_index_finds_every_key_two_edits_away(
        keys in prop::collection::vec("[abé가]{0,9}", 0..150),
        query in "[abé가]{0,9}",
        batch in 0usize..150,
    ) {
        let mut index = opcit::text::NearIndex::default();
        let numbered: Vec<(&str, u32)> = keys.iter().map(String::as_str).zip(0..).collect();
        let (first, rest) = numbered.split_at(batch.min(numbered.len()));
        index.extend(first.iter().copied());
        for &one in rest {
            index.extend(std::iter::once(one));
        }
        let found = index.candidates(&query);
        for (key, id) in &numbered {
            if strsim::levenshtein(key, &query) <= opcit::text::NEAR_EDITS {
                prop_assert!(found.binary_search(id).is_ok(), "{key:?} not found for {query:?}");
            }
        }
        prop_assert!(found.windows(2).all(|w| w[0] < w[1]));
    }

    /// Taking the bytes gives the same source as copying them.
    #[test]
    fn owned_bytes_decode_as_borrowed_ones(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let borrowed = SourceFile::from_bytes("t", &bytes);
        let owned = SourceFile::from_vec("t", bytes);
        prop_assert_eq!(borrowed.text(), owned.text());
        prop_assert_eq!(borrowed.encoding(), owned.encoding());
        prop_assert_eq!(borrowed.decode_issues(), owned.decode_issues());
    }

    /// `clean_field` gives what its definition says: the words joined by
    /// single spaces (none where a line breaks between two marks of CJK
    /// text, written without spaces, or inside a range of numbers; a word
    /// hyphenated at a line's end joined whole), then trimmed of white space and stray
    /// punctuation at the ends, of leading `-` and `)`, and of white space
    /// again. The alphabet is mostly the characters the trims look at.
    #[test]
    fn clean_field_folds_then_trims(
        s in "[ \\t\n,;:.\\-)–—、。，；：\u{3000}a가1\\\\\\$*]{0,24}",
    ) {
        let s = s.as_str();
        let unescaped = opcit::text::unescape_punctuation(s);
        let unspaced = |c: char| matches!(c, '、' | '。' | '，' | '；' | '：');
        let mut folded = String::new();
        let mut rest = unescaped.as_ref();
        while !rest.is_empty() {
            let word = rest.trim_start();
            let broken = rest[..rest.len() - word.len()].contains('\n');
            let end = word.find(char::is_whitespace).unwrap_or(word.len());
            if end == 0 {
                break;
            }
            let joined = broken
                && folded.ends_with(unspaced)
                && word.starts_with(unspaced);
            // A word hyphenated at the line's end (`com-` / `parada`), not
            // an address; a range broken after its dash (`1799–` / `1914`).
            let last_word = folded.rsplit(char::is_whitespace).next().unwrap_or("");
            let mut back = folded.chars().rev();
            let hyphenated = broken
                && back.next() == Some('-')
                && back.next().is_some_and(char::is_lowercase)
                && !last_word.contains(['/', '<', '@', ':'])
                && !last_word.contains("www.")
                && word.starts_with(char::is_lowercase);
            let mut back = folded.chars().rev();
            let range = broken
                && back.next().is_some_and(|c| matches!(c, '-' | '–'))
                && back.next().is_some_and(|c| c.is_ascii_digit())
                && word.starts_with(|c: char| c.is_ascii_digit());
            if hyphenated {
                folded.pop();
            } else if !folded.is_empty() && !joined && !range {
                folded.push(' ');
            }
            folded.push_str(&word[..end]);
            rest = &word[end..];
        }
        let edge = |c: char| {
            c.is_whitespace()
                || matches!(c, ',' | ';' | ':' | '.' | '–' | '—' | '、' | '。' | '，' | '；' | '：')
        };
        let expected = folded
            .trim_matches(edge)
            .trim_start_matches(['-', ')'])
            .trim()
            .to_string();
        prop_assert_eq!(opcit::text::clean_field(s), expected);
    }

    /// `with_lowercase` lends the same text as `str::to_lowercase`, on the
    /// stack or not: words of any length, with letters that lower to two
    /// characters (`İ`) or depend on their place (`Σ`).
    #[test]
    fn with_lowercase_lends_the_lowercase(s in "[aZİΣσßÅ가 .]{0,70}") {
        let lent = opcit::text::with_lowercase(&s, str::to_string);
        prop_assert_eq!(lent, s.to_lowercase());
    }

    /// Input read as UTF-8 keeps every valid byte where it was: the text is
    /// as long as the input, and each valid character sits at its original
    /// offset. Input read in a legacy encoding is that encoding's reading
    /// of the bytes, and is chosen only when the bytes are mostly not UTF-8.
    #[test]
    fn decoding_keeps_byte_offsets(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        prop_assume!(!bytes.starts_with(&[0xFF, 0xFE]) && !bytes.starts_with(&[0xFE, 0xFF]));
        let src = SourceFile::from_bytes("t", &bytes);
        if let Encoding::Legacy(name) = src.encoding() {
            let (mut bad, mut good) = (0, 0);
            for chunk in bytes.utf8_chunks() {
                bad += chunk.invalid().len();
                good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
            }
            prop_assert!(good < bad, "{} well-formed against {} bad bytes", good, bad);
            let encoding = encoding_rs::Encoding::for_label(name.as_bytes()).unwrap();
            prop_assert_eq!(src.text(), encoding.decode_without_bom_handling(&bytes).0);
            return Ok(());
        }
        prop_assert_eq!(src.text().len(), bytes.len());
        for (i, c) in src.text().char_indices() {
            let mut buf = [0u8; 4];
            let enc = c.encode_utf8(&mut buf).as_bytes();
            if c != '?' {
                prop_assert_eq!(&bytes[i..i + enc.len()], enc);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Short titles of an author of many works

/// Words the titles of [`short_titles_name_the_works_they_are_part_of`] are
/// made of: few, so that titles share them.
const TITLE_WORDS: [&str; 6] = ["State", "Power", "War", "Order", "Law", "Peace"];

/// Titles of two to four of [`TITLE_WORDS`].
fn word_titles(n: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = Vec<Vec<usize>>> {
    prop::collection::vec(prop::collection::vec(0..TITLE_WORDS.len(), 2..=4), n)
}

proptest! {
    #![proptest_config(config(48))]

    /// A short title that is part of the titles of earlier works by its
    /// author names those works, however many works the author has (the
    /// works of an author of more than 64 are looked up by title word): one
    /// is resolved, and so is the one of several whose title opens with
    /// the short title; several are otherwise ambiguous and counted. Half
    /// the cases have more than 64 works.
    #[test]
    fn short_titles_name_the_works_they_are_part_of(
        titles in word_titles(90..=90),
        n in prop_oneof![1usize..=64, 65usize..=90],
        pick in any::<prop::sample::Index>(),
        from in 0usize..4,
        len in 1usize..3,
    ) {
        // Each title ends in its number, so that no two works are one.
        let titles: Vec<String> = titles[..n]
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let words: Vec<&str> = t.iter().map(|&w| TITLE_WORDS[w]).collect();
                format!("{} {}", words.join(" "), i + 1)
            })
            .collect();
        let source = &titles[pick.index(titles.len())];
        let words: Vec<&str> = source.split(' ').collect();
        let from = from.min(words.len() - 2);
        let short = words[from..(from + len).min(words.len() - 1)].join(" ");
        let mut text = String::new();
        let mut notes = String::new();
        for (i, t) in titles.iter().enumerate() {
            let n = i + 1;
            text.push_str(&format!("Sentence {n}.{}⁾ ", superscript(n as u32)));
            notes.push_str(&format!(
                "{n}) John Smith, *{t}* (London: Verso, {}), 4.\n\n",
                1900 + n
            ));
        }
        let last = titles.len() + 1;
        text.push_str(&format!("Sentence {last}.{}⁾", superscript(last as u32)));
        notes.push_str(&format!("{last}) Smith, *{short}*, 5.\n"));
        let doc = analyze(
            &SourceFile::new("many.txt", format!("{text}\n\n{notes}")),
            &GRAMMAR,
            Options::default(),
        );
        let key = opcit::text::title_key(&short);
        let named: Vec<&String> = titles
            .iter()
            .filter(|t| opcit::text::key_is_title_part(&key, &opcit::text::title_key(t)))
            .collect();
        // Of several, the one whose title opens with the short title is
        // the work named, when it is the only one.
        let opening: Vec<&String> = named
            .iter()
            .copied()
            .filter(|t| {
                opcit::text::title_key(t)
                    .strip_prefix(key.as_str())
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
            })
            .collect();
        let named = if named.len() > 1 && opening.len() == 1 { opening } else { named };
        let c = doc.citations.last().unwrap();
        prop_assert_eq!(c.kind, opcit::model::CitationKind::Short, "{:?}", c.text);
        match named.as_slice() {
            [one] => {
                prop_assert_eq!(c.status, Some(opcit::model::Status::Resolved));
                let r = doc.reference(c.reference.as_deref().unwrap()).unwrap();
                prop_assert_eq!(r.fields.title.as_deref(), Some(one.as_str()));
            }
            many => {
                prop_assert!(many.len() > 1);
                prop_assert_eq!(c.status, Some(opcit::model::Status::Ambiguous));
                let fits = format!("fits {} different works", many.len());
                prop_assert!(
                    doc.diagnostics.iter().any(|d| d.message.contains(&fits)),
                    "{}: {:?}", fits, doc.diagnostics
                );
            }
        }
    }
}
