//! Regexes written in the source code.
//!
//! Every constant regex of opcit is compiled through [`constant`], once, in
//! a `LazyLock`. They are fixed strings exercised by the test suite, so a
//! failure to compile is a programming error caught before release, never a
//! reaction to input: this is the one place allowed to panic on it.
//!
//! Their automata are built when a paper first needs them, and building
//! is most of a short paper's time, so the patterns keep them small:
//! - digits are written `[0-9]`, not `\d`, which is every Unicode digit
//!   (some seventy ranges, written out again for each repetition). The
//!   text read has ASCII digits for full-width and Arabic-Indic ones
//!   (`crate::source`), and numbers are parsed as ASCII digits;
//! - a long run of a Unicode class (`[^,]{1,120}`, `\p{L}{0,80}`) is
//!   written unbounded, its length checked in code, or the bounded
//!   pattern asked only where the unbounded one passes the bound
//!   ([`captures_within`]).

use regex::Regex;

/// Compiles a regex written in the source.
#[allow(clippy::expect_used)]
pub fn constant(src: &str) -> Regex {
    Regex::new(src).expect("constant regexes are compiled by the tests")
}

/// A regex made of a grammar's words, compiled at its first use: most
/// papers need few of them, and building them was much of the start-up.
/// One made of words of files other than the built-in grammars (whose
/// regexes the tests compile) is compiled at once ([`Deferred::new`] with
/// `now`), so that its error is reported when the grammar is loaded.
#[derive(Debug, Clone)]
pub struct Deferred {
    src: String,
    re: std::sync::OnceLock<Option<Regex>>,
}

impl Deferred {
    /// The regex of `src`: compiled now when `now`, with its error, or at
    /// the first [`Deferred::get`].
    pub fn new(src: String, now: bool) -> Result<Deferred, regex::Error> {
        let re = std::sync::OnceLock::new();
        if now {
            // A fresh cell: it is empty, and the value is set.
            let _ = re.set(Some(Regex::new(&src)?));
        }
        Ok(Deferred { src, re })
    }

    /// The compiled regex, or `None` when it does not compile (only one
    /// left to compile later, which the tests compile, could fail).
    pub fn get(&self) -> Option<&Regex> {
        self.re.get_or_init(|| Regex::new(&self.src).ok()).as_ref()
    }
}

/// `re.captures(hay)`, with a quick rejection first: the fast engine tells
/// whether there is a match at all before the capture engine (whose set-up
/// grows with the pattern and the text) runs. Most texts match none of the
/// special forms tried on them.
pub fn captures<'h>(re: &Regex, hay: &'h str) -> Option<regex::Captures<'h>> {
    if !re.is_match(hay) {
        return None;
    }
    re.captures(hay)
}

/// `captures` of a pattern written with unbounded runs (`fast`: `[^,]*?`,
/// cheap to build) standing for one with bounded runs (`exact`:
/// `[^,]{1,120}?`, whose automaton writes the class out once for each
/// repetition, slow to build for Unicode classes). Where the match of
/// `fast` keeps within the bounds (`within`), it is the match of `exact`:
/// `exact` matches a part of what `fast` matches, in the same order of
/// preference, so no match of `exact` starts earlier or is preferred at
/// the same start. Only where it does not is `exact` built and asked.
pub fn captures_within<'h>(
    fast: &Regex,
    exact: &std::sync::LazyLock<Regex>,
    hay: &'h str,
    within: impl Fn(&regex::Captures<'_>) -> bool,
) -> Option<regex::Captures<'h>> {
    let c = captures(fast, hay)?;
    if within(&c) {
        return Some(c);
    }
    captures(exact, hay)
}

/// How many characters group `i` of `c` took (0 when it took no part).
/// Regexes written with unbounded runs (`[^,()]*`, not `[^,()]{2,80}`,
/// whose automata are slow to build for Unicode classes) check the lengths
/// of their runs with it.
pub fn group_chars(c: &regex::Captures<'_>, i: usize) -> usize {
    c.get(i).map_or(0, |m| m.as_str().chars().count())
}

#[cfg(test)]
mod tests {
    /// No regex written in the source uses `\d`: every line of code (not
    /// of comments) under `src/` is read for a `\d` not itself escaped.
    #[test]
    fn source_patterns_write_digits_in_ascii() {
        fn visit(dir: &std::path::Path, found: &mut Vec<String>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let path = e.path();
                if path.is_dir() {
                    visit(&path, found);
                } else if path.extension().is_some_and(|x| x == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    for (i, line) in text.lines().enumerate() {
                        let code = line.trim_start();
                        let b = code.as_bytes();
                        let unescaped = (1..b.len()).any(|k| {
                            b[k] == b'd' && b[k - 1] == b'\\' && (k < 2 || b[k - 2] != b'\\')
                        });
                        if !code.starts_with("//") && unescaped {
                            found.push(format!("{}:{}", path.display(), i + 1));
                        }
                    }
                }
            }
        }
        let mut found = Vec::new();
        visit(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        assert!(found.is_empty(), "`\\d` in {found:?}");
    }
}

/// Strategies shared by the property tests that hold a rewritten regex to
/// the bounded pattern it stands for: texts made of runs whose lengths
/// cross the bounds, and of pieces that now and then break the form.
#[cfg(test)]
pub mod strategies {
    use proptest::prelude::*;

    /// A run of one of `chars`, repeated, of a length in `lens` (a range
    /// around a bound).
    pub fn run(chars: Vec<char>, lens: std::ops::Range<usize>) -> impl Strategy<Value = String> {
        (prop::sample::select(chars), lens).prop_map(|(c, n)| c.to_string().repeat(n))
    }

    /// Where each group of `c` matched, for comparing the captures of
    /// two patterns.
    pub fn spans(c: Option<regex::Captures<'_>>) -> Option<Vec<Option<(usize, usize)>>> {
        c.map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
    }

    /// One of `good` mostly, one of `bad` (which breaks the form) once in
    /// `odds`.
    pub fn pick(
        good: Vec<&'static str>,
        bad: Vec<&'static str>,
        odds: u32,
    ) -> impl Strategy<Value = &'static str> {
        prop_oneof![
            odds - 1 => prop::sample::select(good),
            1 => prop::sample::select(bad),
        ]
    }
}
