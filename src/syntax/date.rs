//! Dates as papers write them: `June 17, 2024`, `Nov 21, 2024`,
//! `28 апреля 2025 г.`, `28. April 2025`, `2025년 2월 28일`, `2025年2月28日`,
//! `2025.1.10.`, `2024-06-17`, `(2024)`, `2019a`.
//!
//! Month names and CJK suffixes come from the grammar; the rules are compiled
//! once per grammar into [`DateRules`].

use crate::model::CslDate;
use regex::Regex;

/// A date found in a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// Start byte in the searched string.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The date.
    pub date: CslDate,
    /// A year suffix letter (`a` of `2019a`).
    pub suffix: Option<char>,
}

/// Compiled date patterns.
#[derive(Debug, Clone)]
pub struct DateRules {
    full: Regex,
    months: Vec<(String, u8)>,
    /// The pattern stands for a month name with a run of the letters month
    /// names are made of ([`month_letters`]), not with the names
    /// themselves: a run is then a month only if [`DateRules::is_month`]
    /// says so. The names of every language make an automaton slow to build
    /// and to warm up; the run makes a small one.
    runs: bool,
    /// The month names without their final period, letter by letter
    /// [`fold`]ed, for [`DateRules::is_month`].
    folded: std::collections::HashSet<String>,
    /// The most characters other than white space that a date may have
    /// before its year ([`DateRules::search_from`]).
    lead: usize,
    /// Years of an era (`平成12年`), with the era names' first years; `None`
    /// when the grammars name no era. The pattern is compiled at the first
    /// text that holds an era's name: most papers have none.
    eras: Option<Eras>,
}

/// The pattern of era years and the eras' first years ([`DateRules::eras`]).
#[derive(Debug, Clone)]
struct Eras {
    /// The pattern's source.
    source: String,
    /// The pattern, compiled at the first need; `None` if it does not
    /// compile.
    compiled: std::sync::OnceLock<Option<Regex>>,
    /// Each era's name and first year.
    firsts: Vec<(String, i32)>,
    /// The bytes the era names open with: a text with none of them holds
    /// no era name, and is passed over without a search for each name.
    lead_bytes: [bool; 256],
}

/// Characters other than white space, besides the month name, that a date
/// may have before its year: the day, its `st`, a period and a comma
/// (`May 12th, 2019`: `12th,` and the period of `May.`), or `12.05.` of
/// `12.05.2019` (or `12. 5. 2019`). Kept with the forms of
/// [`DateRules::source`].
const LEAD_BESIDES_MONTH: usize = 6;

/// The first year read as a date in text written in Arabic script: the
/// solar Hijri years of Persian papers (`1398`) and the lunar Hijri years
/// of Arabic ones (`1420`) are from 1300 on; elsewhere dates start in 1400.
pub const FIRST_HIJRI_YEAR: i64 = 1300;

fn alternation(words: &[String]) -> String {
    let mut w: Vec<&String> = words.iter().filter(|s| !s.is_empty()).collect();
    w.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    w.dedup();
    if w.is_empty() {
        return r"[^\x00-\x{10FFFF}]".to_string();
    }
    w.iter()
        .map(|s| regex::escape(s.trim_end_matches('.')))
        .collect::<Vec<_>>()
        .join("|")
}

impl DateRules {
    /// Rules with no month names and no suffixes (numeric dates and years
    /// only). Its patterns are fixed, so it always compiles.
    pub fn empty() -> DateRules {
        DateRules {
            full: crate::re::constant(&Self::source(&[], &[], &[], &[], false)),
            months: Vec::new(),
            runs: false,
            folded: std::collections::HashSet::new(),
            lead: LEAD_BESIDES_MONTH,
            eras: None,
        }
    }

    /// Compiles the rules for these month spellings and suffixes.
    pub fn new(
        months: &[(String, u8)],
        year_suffix: &[String],
        month_suffix: &[String],
        day_suffix: &[String],
        eras: &[crate::grammar::Era],
    ) -> Result<DateRules, regex::Error> {
        Self::build(months, year_suffix, month_suffix, day_suffix, eras, true)
    }

    /// [`DateRules::new`], with month names matched as runs of their letters
    /// when `runs` is true and the names allow it ([`month_letters`]), or
    /// each spelled out in the pattern.
    fn build(
        months: &[(String, u8)],
        year_suffix: &[String],
        month_suffix: &[String],
        day_suffix: &[String],
        eras: &[crate::grammar::Era],
        runs: bool,
    ) -> Result<DateRules, regex::Error> {
        let runs = runs && month_letters(months).is_some();
        let src = Self::source(months, year_suffix, month_suffix, day_suffix, runs);
        let names: Vec<String> = eras.iter().map(|e| e.name.clone()).collect();
        let eras = if eras.is_empty() {
            None
        } else {
            // `平成12年`, `平成20年6月4日`, and the numeric form of law
            // papers, `平成17・9・14`, `昭和60.4.23`. Older texts write the
            // numbers in Chinese numerals (`明治三十年三月五日`, `光绪三十年`).
            let sp = r"[ \t\u{3000}]*";
            let kanji = "[一二三四五六七八九十]{1,3}";
            let src = format!(
                r"(?:{})(?:{sp})([0-9]{{1,4}}|元|{kanji})(?:{sp})(?:(?:{})(?:(?:{sp})([0-9]{{1,2}}|{kanji})(?:{sp})(?:{})(?:(?:{sp})([0-9]{{1,2}}|{kanji})(?:{sp})(?:{}))?)?|[・.．]([0-9]{{1,2}})[・.．]([0-9]{{1,2}}))",
                alternation(&names),
                alternation(year_suffix),
                alternation(month_suffix),
                alternation(day_suffix),
            );
            let firsts: Vec<(String, i32)> = eras
                .iter()
                .map(|e| (e.name.clone(), e.first_year))
                .collect();
            let mut lead_bytes = [false; 256];
            for (name, _) in &firsts {
                if let Some(&b) = name.as_bytes().first() {
                    lead_bytes[usize::from(b)] = true;
                }
            }
            Some(Eras {
                source: src,
                compiled: std::sync::OnceLock::new(),
                firsts,
                lead_bytes,
            })
        };
        // A month name matches as many characters as it has: case folding
        // maps each character to one other.
        let longest_month = months
            .iter()
            .map(|(s, _)| s.trim_end_matches('.').chars().count())
            .max()
            .unwrap_or(0);
        Ok(DateRules {
            full: Regex::new(&src)?,
            months: months.to_vec(),
            runs,
            folded: months
                .iter()
                .map(|(m, _)| m.trim_end_matches('.').chars().map(fold).collect())
                .collect(),
            lead: longest_month + LEAD_BESIDES_MONTH,
            eras,
        })
    }

    /// The regex source for these spellings; with `runs`, a month is a run
    /// of [`month_letters`]. A day may carry the French ordinal of the
    /// first (`1er mars 2005`).
    fn source(
        months: &[(String, u8)],
        year_suffix: &[String],
        month_suffix: &[String],
        day_suffix: &[String],
        runs: bool,
    ) -> String {
        let names: Vec<String> = months.iter().map(|(s, _)| s.clone()).collect();
        let m = match month_letters(months).filter(|_| runs) {
            Some(letters) => format!("[{letters}]+"),
            None => alternation(&names),
        };
        let ys = alternation(year_suffix);
        let ms = alternation(month_suffix);
        let ds = alternation(day_suffix);
        // Each alternative has its own group names (the regex crate does not
        // allow a name twice).
        format!(
            r"(?ix)
            (?P<a_m>{m})\.?\s+(?P<a_d>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<a_y>[0-9]{{4}})(?P<a_s>[a-z])?
          | (?P<b_d>[0-9]{{1,2}})(?:er)?\.?\s+(?:de\s+)?(?P<b_m>{m})\.?,?\s+(?:de\s+)?(?P<b_y>[0-9]{{4}})(?:\s*(?:{ys})\.?)?
          | (?P<i_y>[0-9]{{4}})\.\s(?P<i_m>{m})\s(?P<i_d>[0-9]{{1,2}})\.?
          | (?P<c_y>[0-9]{{4}})\s*(?:{ys})\s*(?:(?P<c_m>[0-9]{{1,2}})\s*(?:{ms})(?:\s*(?P<c_d>[0-9]{{1,2}})\s*(?:{ds}))?)?
          | (?P<d_y>[0-9]{{4}})-(?P<d_m>[0-9]{{2}})-(?P<d_d>[0-9]{{2}})
          | (?P<e_y>[0-9]{{4}})\.\s?(?P<e_m>[0-9]{{1,2}})\.\s?(?P<e_d>[0-9]{{1,2}})\.?
          | (?P<g_d>[0-9]{{1,2}})\.\s?(?P<g_m>[0-9]{{1,2}})\.\s?(?P<g_y>[0-9]{{4}})
          | (?P<j_y>[0-9]{{4}})\.\s?(?P<j_m>[0-9]{{1,2}})\.?
          | (?P<f_m>{m})\.?,?\s+(?P<f_y>[0-9]{{4}})(?P<f_s>[a-z])?
          | (?P<h_y>[0-9]{{4}})(?P<h_s>[a-z])?
            "
        )
    }

    fn month_number(&self, word: &str) -> Option<u8> {
        let w = word.to_lowercase();
        let w = w.trim_end_matches('.');
        self.months
            .iter()
            .find(|(s, _)| s.trim_end_matches('.') == w)
            .map(|(_, n)| *n)
    }

    /// Whether `word` is one of the month names, as the pattern's
    /// case-insensitive alternation of them would match it: letter by
    /// letter, up to case ([`fold`]).
    fn is_month(&self, word: &str) -> bool {
        let mut buf = [0u8; 64];
        let mut len = 0;
        for c in word.chars().map(fold) {
            let n = c.len_utf8();
            // Longer than any name the buffer holds: a name is at most a
            // few dozen bytes, or looked up the slow way.
            let Some(slot) = buf.get_mut(len..len + n) else {
                let folded: String = word.chars().map(fold).collect();
                return self.folded.contains(&folded);
            };
            c.encode_utf8(slot);
            len += n;
        }
        std::str::from_utf8(&buf[..len]).is_ok_and(|w| self.folded.contains(w))
    }

    /// Where the search goes on after a match whose month run `run` (at
    /// `run_start`, the match starting at `start`) is no month. Only the
    /// forms that start with the month (`May 12, 2019`, `May 2019`) can
    /// start at a letter; there, the names' own pattern would have matched
    /// at the first month that ends the run, if any, and otherwise after
    /// it. A run after a day (`12 Mayor 2019`) rules out only its day's first
    /// character.
    fn after_false_month(&self, text: &str, start: usize, run_start: usize, run: &str) -> usize {
        if run_start == start {
            return run
                .char_indices()
                .skip(1)
                .find(|&(i, _)| self.is_month(&run[i..]))
                .map_or(run_start + run.len(), |(i, _)| run_start + i);
        }
        start + text[start..].chars().next().map_or(1, char::len_utf8)
    }

    /// The month written just before `text`'s final slash (`jan./` of
    /// `jan./mar. 2015`): where its word starts, and its number.
    fn month_before_slash(&self, text: &str) -> Option<(usize, u8)> {
        let word = text.strip_suffix('/')?.trim_end_matches('.');
        let at = word
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        if at == word.len() || word[..at].ends_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        Some((at, self.month_number(&word[at..])?))
    }

    /// Every date in `text`, left to right, without overlaps.
    pub fn find_all(&self, text: &str) -> Vec<DateMatch> {
        self.scan(text, usize::MAX)
    }

    /// Where the search for the next date at or after `at` may start, or
    /// `None` when no date follows. Every form has a year of four ASCII
    /// digits, and before it at most [`DateRules::lead`] characters other
    /// than white space (a month name, a day, `st`, `.`, `,`): a date that
    /// starts at or after `at` has its year at or after the first four
    /// digits there, so it cannot start further back from them than that.
    /// The text before is not searched: most of a note or an entry is words,
    /// and the automaton, large with the month names of every language,
    /// would read every byte of them (and build its states for them).
    fn search_from(&self, text: &str, at: usize) -> Option<usize> {
        let year = four_digits_from(text, at)?;
        // `at` is where a match ended: a character boundary. Were it not,
        // the search would start there, as it did before.
        let Some(before) = text.get(at..year) else {
            return Some(at);
        };
        let mut from = year;
        let mut budget = self.lead;
        for (i, c) in before.char_indices().rev() {
            if !c.is_whitespace() {
                if budget == 0 {
                    break;
                }
                budget -= 1;
            }
            from = at + i;
        }
        Some(from)
    }

    /// Years of an era in `text` (`平成12年` → 2000, `平成元年` → 1989).
    fn era_years(&self, text: &str) -> Vec<DateMatch> {
        let Some(Eras {
            source,
            compiled,
            firsts,
            lead_bytes,
        }) = &self.eras
        else {
            return Vec::new();
        };
        // A text holds an era's name only where it holds the byte the name
        // opens with (for names in CJK characters, no ASCII or Hangul text
        // does).
        if !text.bytes().any(|b| lead_bytes[usize::from(b)]) {
            return Vec::new();
        }
        if !firsts.iter().any(|(name, _)| text.contains(name.as_str())) {
            return Vec::new();
        }
        // The names and suffixes are escaped: the pattern compiles.
        let Some(re) = compiled.get_or_init(|| Regex::new(source).ok()) else {
            return Vec::new();
        };
        re.captures_iter(text)
            .filter_map(|c| {
                let whole = c.get(0)?;
                let n = c.get(1)?;
                let first = firsts
                    .iter()
                    .find(|(name, _)| whole.as_str().starts_with(name.as_str()))?
                    .1;
                let offset = match n.as_str() {
                    "元" => 0,
                    written => i32::try_from(era_number(written)?).ok()?.checked_sub(1)?,
                };
                let number =
                    |i: usize| -> Option<u8> { u8::try_from(era_number(c.get(i)?.as_str())?).ok() };
                let (month, day) = match number(2).or_else(|| number(4)) {
                    Some(m) if (1..=12).contains(&m) => (
                        Some(m),
                        number(3)
                            .or_else(|| number(5))
                            .filter(|d| (1..=31).contains(d)),
                    ),
                    // `平成17・9・14` with no month is no date.
                    _ if c.get(4).is_some() => return None,
                    _ => (None, None),
                };
                Some(DateMatch {
                    start: whole.start(),
                    end: whole.end(),
                    date: CslDate::new(
                        first.checked_add(offset)?,
                        month,
                        day,
                        Some(whole.as_str().to_string()),
                    ),
                    suffix: None,
                })
            })
            .collect()
    }

    /// The first `max` dates of `text`, era years among them.
    fn scan(&self, text: &str, max: usize) -> Vec<DateMatch> {
        let eras = self.era_years(text);
        if eras.is_empty() {
            return self.scan_western(text, max);
        }
        let mut all = self.scan_western(text, usize::MAX);
        all.retain(|d| !eras.iter().any(|e| d.start < e.end && e.start < d.end));
        all.extend(eras);
        all.sort_by_key(|d| d.start);
        all.truncate(max);
        all
    }

    /// The first `max` dates of `text` with a four-digit year.
    fn scan_western(&self, text: &str, max: usize) -> Vec<DateMatch> {
        let mut out = Vec::new();
        let mut at = 0;
        while at < text.len() && out.len() < max {
            // A text without four digits in a row (most author parts, most
            // short forms) is not searched at all.
            let Some(from) = self.search_from(text, at) else {
                break;
            };
            // Find with the fast engine, then read the groups of just the match.
            let Some(found) = self.full.find_at(text, from) else {
                break;
            };
            let (mut start, mut end) = (found.start(), found.end());
            at = end.max(start + 1);
            // A bare year (`1987`, `2019a`), the most common date, needs no
            // capture groups: only the last alternative matches it whole.
            let bare = bare_year(found.as_str());
            // A month starts a word (`ian. 2010`, not the `ian` of
            // `shudian, 2010`): a match that opens with a letter right after
            // another letter (not a CJK one) is no date, and the search goes
            // on after that word, where its year may still stand alone.
            if bare.is_none() {
                if let Some(word) = inside_word(text, start) {
                    at = start + word;
                    continue;
                }
            }
            // A match that starts with a letter starts with its month's run
            // (the run ends at the first character that is no letter), so
            // a run that is no month is passed over before its groups are read.
            if self.runs && bare.is_none() {
                let run = found
                    .as_str()
                    .find(|c: char| !c.is_alphabetic())
                    .map_or(found.as_str(), |end| &found.as_str()[..end]);
                if !run.is_empty() && !self.is_month(run) {
                    at = self.after_false_month(text, start, start, run);
                    continue;
                }
            }
            let mut bare = bare;
            let mut caps = if bare.is_some() {
                None
            } else {
                match self.full.captures(found.as_str()) {
                    Some(c) => Some(c),
                    None => break,
                }
            };
            // `2009 مركز`: a year suffix of one letter (`م` of `1999م`) that
            // opens the next word is none; the year stands alone.
            let lettered = caps
                .as_ref()
                .is_some_and(|c| c.name("c_y").is_some() && c.name("c_m").is_none());
            let glued_word = !found.as_str().ends_with(char::is_whitespace)
                && text[end..]
                    .starts_with(|c: char| c.is_alphabetic() && !crate::segment::is_cjk(c));
            if lettered && glued_word {
                let digits = &text[start..(start + 4).min(end)];
                if let Some(y) = digits.parse::<i64>().ok().filter(|_| digits.len() == 4) {
                    bare = Some((y, None));
                    caps = None;
                    end = start + 4;
                    at = end;
                }
            }
            if self.runs {
                let run = caps
                    .as_ref()
                    .and_then(|c| ["a_m", "b_m", "f_m", "i_m"].iter().find_map(|n| c.name(n)));
                if let Some(run) = run.filter(|r| !self.is_month(r.as_str())) {
                    if caps.as_ref().is_some_and(|c| c.name("i_y").is_some()) {
                        // `2005. Vol 12`: no month after the year, which
                        // stands alone.
                        end = start + 4;
                        at = end;
                        bare = text.get(start..end).and_then(bare_year);
                        caps = None;
                    } else {
                        at = self.after_false_month(text, start, start + run.start(), run.as_str());
                        continue;
                    }
                }
            }
            // `(2017.12)`, `(2017. 5.)`, `2017.12, 1-30쪽`: a year and a
            // month by number (Korean, Japanese, Chinese notes) close the
            // date before a bracket or a comma; elsewhere (`1999. 3. sz.`,
            // Hungarian's year and issue, `2017.5 million`) and with no
            // month of the year, the year stands alone.
            if caps.as_ref().is_some_and(|c| c.name("j_y").is_some()) {
                let month = caps
                    .as_ref()
                    .and_then(|c| c.name("j_m"))
                    .and_then(|m| m.as_str().parse::<u8>().ok());
                let closes = text[end..].trim_end().is_empty()
                    || text[end..].starts_with([')', ']', ',', ';', ':', '，', '、', '）']);
                if !closes || !month.is_some_and(|m| (1..=12).contains(&m)) {
                    end = start + 4;
                    at = end;
                    bare = text.get(start..end).and_then(bare_year);
                    caps = None;
                }
            }
            // Digits and letters must not continue on either side
            // (`12024`, `2024x5`, `Mayday`).
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            let foreign =
                |c: char| c.is_ascii_digit() || (c.is_alphabetic() && !crate::segment::is_cjk(c));
            if before.is_some_and(foreign) || after.is_some_and(foreign) {
                continue;
            }
            let (mut y, m, d, suffix) = match (&caps, bare) {
                (_, Some((y, suffix))) => (y, None, None, suffix),
                (Some(caps), None) => match self.groups(caps) {
                    Some(v) => v,
                    None => continue,
                },
                (None, None) => continue,
            };
            // `1420هـ/1999م`, `1999م/1420هـ`: a year of each calendar, each
            // with its letter; the date is the Gregorian year (the later
            // number of the two), the raw text both.
            let dated_by_letter = caps
                .as_ref()
                .is_some_and(|c| c.name("c_y").is_some() && c.name("c_m").is_none())
                && !found.as_str().ends_with(|c: char| c.is_ascii_digit());
            if dated_by_letter {
                if let Some((len, other)) = calendar_pair(&text[end..]) {
                    y = y.max(other);
                    end += len;
                    at = end;
                }
            }
            // `jan./mar. 2015`: the first month of a range, read back from
            // the month and year (one more month alternation in the pattern
            // would cost every run its compilation).
            let mut first_month = None;
            if caps.as_ref().is_some_and(|c| c.name("f_m").is_some()) {
                if let Some((at, m)) = self.month_before_slash(&text[..start]) {
                    first_month = Some(m);
                    start = at;
                }
            }
            let hijri =
                (FIRST_HIJRI_YEAR..1400).contains(&y) && crate::text::has_arabic_script(text);
            if !((1400..=2100).contains(&y) || hijri) {
                continue;
            }
            let month = m.filter(|m| (1..=12).contains(m));
            let day = d
                .and_then(|d| u8::try_from(d).ok())
                .filter(|d| (1..=31).contains(d) && month.is_some());
            // A bare suffix letter is only a year suffix when nothing follows it.
            let suffix = suffix.filter(|_| after.is_none_or(|c| !c.is_alphabetic()));
            // `1874–76`, `1874-1876`: the years of a work in several
            // volumes, a span CSL writes as its two ends. The match stays
            // the first year, as the rules that read what stands around a
            // date expect (`Reform (1836-1856)` is a title's span).
            let mut raw_end = end;
            let mut last_year = None;
            if month.is_none() && suffix.is_none() {
                if let Some((len, last)) = year_span_end(&text[end..], y) {
                    raw_end += len;
                    last_year = Some(last);
                }
            }
            let raw = text[start..raw_end].trim().to_string();
            let mut date = CslDate::new(y as i32, month, day, Some(raw));
            if let Some(last) = last_year {
                date.date_parts.push(vec![last]);
            }
            if let (Some(first), Some(last)) = (first_month, month) {
                if first < last {
                    // CSL writes a range as its two ends.
                    let end_part = date.date_parts[0].clone();
                    date.date_parts = vec![vec![y as i32, i32::from(first)], end_part];
                }
            }
            out.push(DateMatch {
                start,
                end,
                date,
                suffix,
            });
        }
        out
    }

    /// Year, month, day and year letter from the groups of a date match.
    fn groups(&self, caps: &regex::Captures<'_>) -> Option<DateParts> {
        let num = |n: &str| caps.name(n).and_then(|m| m.as_str().parse::<i64>().ok());
        let suffix = ["a_s", "f_s", "h_s"]
            .iter()
            .find_map(|n| caps.name(n))
            .and_then(|m| m.as_str().chars().next())
            .map(|c| c.to_ascii_lowercase());
        let (y, m, d) = if let Some(y) = num("a_y") {
            (
                y,
                caps.name("a_m").and_then(|m| self.month_number(m.as_str())),
                num("a_d"),
            )
        } else if let Some(y) = num("b_y") {
            (
                y,
                caps.name("b_m").and_then(|m| self.month_number(m.as_str())),
                num("b_d"),
            )
        } else if let Some(y) = num("i_y") {
            (
                y,
                caps.name("i_m").and_then(|m| self.month_number(m.as_str())),
                num("i_d"),
            )
        } else if let Some(y) = num("c_y") {
            (y, num("c_m").and_then(|m| u8::try_from(m).ok()), num("c_d"))
        } else if let Some(y) = num("d_y") {
            (y, num("d_m").and_then(|m| u8::try_from(m).ok()), num("d_d"))
        } else if let Some(y) = num("e_y") {
            (y, num("e_m").and_then(|m| u8::try_from(m).ok()), num("e_d"))
        } else if let Some(y) = num("g_y") {
            (y, num("g_m").and_then(|m| u8::try_from(m).ok()), num("g_d"))
        } else if let Some(y) = num("j_y") {
            (y, num("j_m").and_then(|m| u8::try_from(m).ok()), None)
        } else if let Some(y) = num("f_y") {
            (
                y,
                caps.name("f_m").and_then(|m| self.month_number(m.as_str())),
                None,
            )
        } else {
            (num("h_y")?, None, None)
        };
        Some((y, m, d, suffix))
    }

    /// Whether `text` is the name of an era of the grammars (`正德`,
    /// `平成`).
    pub fn is_era_name(&self, text: &str) -> bool {
        self.eras
            .as_ref()
            .is_some_and(|e| e.firsts.iter().any(|(name, _)| name == text))
    }

    /// Whether `text` holds a year of an era (`平成12年`, `昭和60・4・23`).
    pub fn has_era_year(&self, text: &str) -> bool {
        !self.era_years(text).is_empty()
    }

    /// The first date in `text`, preferring one with a month over a bare year
    /// when both appear at the same place.
    pub fn first(&self, text: &str) -> Option<DateMatch> {
        self.scan(text, 1).pop()
    }

    /// The era date at the start of `text` whose era is written by the
    /// first letter of its name, as law papers abbreviate it (`昭60・4・23`,
    /// `平17.9.14`, `平元年12月14日`): the letter must start one era's name
    /// only and a number follow it. Its span is that of `text`.
    pub fn abbreviated_era(&self, text: &str) -> Option<DateMatch> {
        let eras = self.eras.as_ref()?;
        let letter = text.chars().next()?;
        let after = &text[letter.len_utf8()..];
        if !after.starts_with(|c: char| c.is_ascii_digit() || c == '元') {
            return None;
        }
        let mut named = eras.firsts.iter().filter(|(n, _)| n.starts_with(letter));
        let (name, _) = named.next()?;
        if named.next().is_some() {
            return None;
        }
        let full = format!("{name}{after}");
        let mut d = self.first(&full).filter(|d| d.start == 0)?;
        let grown = name.len() - letter.len_utf8();
        d.end = d.end.checked_sub(grown)?;
        d.date.raw = text.get(..d.end).map(str::to_string);
        Some(d)
    }
}

/// The number of an era date's year, month or day, in digits (`12`) or
/// whole in Chinese numerals (`三十`, `二十三`).
fn era_number(written: &str) -> Option<u32> {
    if written.bytes().all(|b| b.is_ascii_digit()) {
        return written.parse().ok();
    }
    crate::syntax::edition::chinese_numeral(written)
        .filter(|&(_, len)| len == written.len())
        .map(|(n, _)| n)
}

/// The letters of the month names, escaped for a regex class, when every
/// name (without its final period) is made of letters only; `None` when
/// there are no names or one has another character (a space, a digit, an
/// inner period), which a run of letters could not stand for.
fn month_letters(months: &[(String, u8)]) -> Option<String> {
    let mut letters: Vec<char> = Vec::new();
    for (name, _) in months {
        let name = name.trim_end_matches('.');
        if name.is_empty() || !name.chars().all(char::is_alphabetic) {
            return None;
        }
        letters.extend(name.chars());
    }
    if letters.is_empty() {
        return None;
    }
    letters.sort_unstable();
    letters.dedup();
    Some(
        letters
            .iter()
            .map(|c| regex::escape(c.encode_utf8(&mut [0; 4])))
            .collect(),
    )
}

/// A letter as case-insensitive matching compares it: its lower case when
/// that is one letter (`K`, the Kelvin sign → `k`), the final sigma as the
/// other, and the letter itself otherwise (`İ`, whose lower case is two).
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some('ς'), None) => 'σ',
        (Some('ſ'), None) => 's',
        (Some(l), None) => l,
        _ => c,
    }
}

/// The length of the run of letters at `start` when it goes on a word
/// begun before it (`ian` of `shudian`: the letter before is a letter, not a
/// CJK one), and `None` when `start` opens a word (`ian. 2010`, `(May`,
/// `3March` is left to the check of the digit) or holds no letter.
fn inside_word(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start..)?;
    if !rest.starts_with(char::is_alphabetic) {
        return None;
    }
    let before = text[..start].chars().next_back()?;
    if !before.is_alphabetic() || crate::segment::is_cjk(before) {
        return None;
    }
    Some(
        rest.find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len()),
    )
}

/// Where the first four ASCII digits in a row at or after `at` start.
fn four_digits_from(s: &str, at: usize) -> Option<usize> {
    let mut run = 0;
    for (i, b) in s.as_bytes().iter().enumerate().skip(at) {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return Some(i - 3);
        }
    }
    None
}

/// Year, month, day and year letter of a date as written.
type DateParts = (i64, Option<u8>, Option<i64>, Option<char>);

/// `1987` or `2019a`: a bare year (four ASCII digits and perhaps a letter),
/// with its letter in lower case.
fn bare_year(s: &str) -> Option<(i64, Option<char>)> {
    let b = s.as_bytes();
    let digits = b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit);
    let suffix = match b.len() {
        4 => None,
        5 if b[4].is_ascii_alphabetic() => Some(char::from(b[4].to_ascii_lowercase())),
        _ => return None,
    };
    if !digits {
        return None;
    }
    Some((s[..4].parse().ok()?, suffix))
}

/// The end of a span of years after its first year `first`: an en dash
/// and two or four digits (`–76`, `–1876`), or a hyphen and four (`-1876`;
/// `1999-02` is a month); the last year must come after the first.
/// Returns the length read and the last year.
/// `/1999م` after a year written with its calendar's letter: the length
/// of the slash, the other year and its letters, and that year.
fn calendar_pair(after: &str) -> Option<(usize, i64)> {
    let rest = after.strip_prefix('/')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    let year = rest.get(..4)?.parse().ok()?;
    let run: usize = rest[4..]
        .chars()
        .take_while(|c| c.is_alphabetic() && !c.is_ascii() || *c == '.')
        .map(char::len_utf8)
        .sum();
    let letters = rest.get(4..4 + run)?.trim_end_matches('.');
    (!letters.is_empty()).then_some((1 + 4 + letters.len(), year))
}

fn year_span_end(after: &str, first: i64) -> Option<(usize, i32)> {
    let (dash, rest) = if let Some(r) = after.strip_prefix('–') {
        ('–', r)
    } else {
        ('-', after.strip_prefix('-')?)
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if rest[digits..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let n: i64 = rest.get(..digits)?.parse().ok()?;
    let last = match digits {
        2 if dash == '–' => first - first % 100 + n,
        4 => n,
        _ => return None,
    };
    (last > first && last - first <= 100)
        .then(|| (dash.len_utf8() + digits, i32::try_from(last).ok()))
        .and_then(|(len, y)| Some((len, y?)))
}

/// Whether `year` falls within `date`: its year, or the span of years it
/// runs over (`1874–76`).
pub fn year_within(date: &CslDate, year: i32) -> bool {
    let first = date.date_parts.first().and_then(|p| p.first());
    let last = date.date_parts.get(1).and_then(|p| p.first()).or(first);
    matches!((first, last), (Some(&a), Some(&b)) if (a..=b).contains(&year))
}

/// Do two dates agree as far as both go? (`2024` fits `June 17, 2024`.)
pub fn dates_fit(a: &CslDate, b: &CslDate) -> bool {
    let (pa, pb) = match (a.date_parts.first(), b.date_parts.first()) {
        (Some(x), Some(y)) => (x, y),
        _ => return false,
    };
    pa.iter().zip(pb.iter()).all(|(x, y)| x == y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::Grammar;
    use proptest::prelude::*;

    static GRAMMAR: std::sync::LazyLock<Grammar> = std::sync::LazyLock::new(Grammar::builtin);

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// The date pattern never matches a text without four digits in a
        /// row, so such a text need not be searched.
        #[test]
        fn no_date_without_four_digits(
            s in "(May|Juni|mars|年|月|日|号|[0-9]{1,5}|[ .,/-]){0,12}",
        ) {
            if four_digits_from(&s, 0).is_none() {
                prop_assert!(GRAMMAR.dates.full.find(&s).is_none(), "{:?}", s);
            }
        }
    }

    /// A month name of a built-in language, upper-cased now and then; the
    /// longest ones (whose dates reach furthest back from their years)
    /// often.
    fn month() -> impl Strategy<Value = String> {
        let mut months: Vec<String> = GRAMMAR.months.iter().map(|(m, _)| m.clone()).collect();
        months.sort_by_key(|m| std::cmp::Reverse(m.trim_end_matches('.').chars().count()));
        let longest: Vec<String> = months.iter().take(3).cloned().collect();
        (
            prop_oneof![
                1 => prop::sample::select(longest),
                2 => prop::sample::select(months),
            ],
            any::<bool>(),
        )
            .prop_map(|(m, upper)| if upper { m.to_uppercase() } else { m })
    }

    /// One of `words`.
    fn one_of(words: Vec<&'static str>) -> impl Strategy<Value = String> {
        prop::sample::select(words).prop_map(String::from)
    }

    /// White space, as long as a date may have it.
    fn space() -> impl Strategy<Value = String> {
        one_of(vec![" ", "  ", "\n", "\t", "\u{3000}", "\u{a0}", " \n  "])
    }

    /// A date in one of the forms with something before its year, each
    /// part at its longest now and then: `September. 12th, 2019`,
    /// `12. September., 2019`, `12.05.2019`, `September., 2019`.
    fn date_shape() -> impl Strategy<Value = String> {
        let dot = || one_of(vec!["", "."]);
        let comma = || one_of(vec!["", ","]);
        let day = || "[0-9]{1,2}";
        let ordinal = || one_of(vec!["", "st", "nd", "rd", "th"]);
        prop_oneof![
            (
                month(),
                dot(),
                space(),
                day(),
                ordinal(),
                comma(),
                space(),
                "[0-9]{4}"
            )
                .prop_map(|(m, d, s1, n, o, c, s2, y)| format!("{m}{d}{s1}{n}{o}{c}{s2}{y}")),
            (
                day(),
                dot(),
                space(),
                month(),
                dot(),
                comma(),
                space(),
                "[0-9]{4}"
            )
                .prop_map(|(n, d1, s1, m, d2, c, s2, y)| format!("{n}{d1}{s1}{m}{d2}{c}{s2}{y}")),
            "[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}",
            (month(), dot(), comma(), space(), "[0-9]{4}")
                .prop_map(|(m, d, c, s, y)| format!("{m}{d}{c}{s}{y}")),
        ]
    }

    /// Pieces of text near dates: dates, month names, digits, white space,
    /// what stands between a day, a month and a year, suffixes and words.
    fn date_texts() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            3 => date_shape(),
            2 => month(),
            3 => "[0-9]{1,6}",
            3 => space(),
            2 => one_of(vec![".", ",", "-", ". ", ", ", "st", "th", "a", "/"]),
            2 => one_of(vec!["년", "월", "일", "年", "月", "日", "г.", "Smith", "논문", "Press"]),
        ];
        prop::collection::vec(piece, 1..16).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Starting the search where [`DateRules::search_from`] says finds,
        /// from every position, the date a search from that position finds.
        #[test]
        fn searches_skip_only_text_no_date_starts_in(text in date_texts()) {
            // Of the names' own pattern: with month runs, a run can start
            // further back, but a run that is no month is passed over
            // ([`month_runs_find_what_month_names_find`]).
            let rules = spelled_out();
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let want = rules.full.find_at(&text, at).map(|m| m.range());
                let got = rules
                    .search_from(&text, at)
                    .and_then(|from| rules.full.find_at(&text, from))
                    .map(|m| m.range());
                prop_assert_eq!(got, want, "from {} of {:?}", at, text);
            }
        }
    }

    /// The rules with every month name written out in the pattern, as
    /// [`DateRules`] stands for them with runs of their letters.
    fn spelled_out() -> &'static DateRules {
        static RULES: std::sync::LazyLock<DateRules> = std::sync::LazyLock::new(|| {
            let g = &*GRAMMAR;
            DateRules::build(
                &g.months,
                &g.year_suffix,
                &g.month_suffix,
                &g.day_suffix,
                &[],
                false,
            )
            .unwrap()
        });
        &RULES
    }

    /// Text near dates, with words made of month names' letters that are
    /// no months (`Marsh`, `Mayday`), end in one (`dismay`) or hold one.
    fn false_month_texts() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => date_texts(),
            2 => one_of(vec![
                "dismay", "Mayday", "Marsh", "amaj", "in", "the", "Juniper", "MAYO",
                "Septembers", "octubre", "Juli", "maja", "Ekims", "ekim",
                "Ağustosu", "K\u{212a}", "ſept", "décembre",
            ]),
            3 => space(),
        ];
        prop::collection::vec(piece, 1..8).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Month runs find the dates the spelled-out names find.
        #[test]
        fn month_runs_find_what_month_names_find(text in false_month_texts()) {
            prop_assert!(GRAMMAR.dates.runs);
            let runs = GRAMMAR.dates.find_all(&text);
            let names = spelled_out().find_all(&text);
            prop_assert_eq!(runs, names, "{:?}", text);
        }
    }

    #[test]
    fn month_runs_skip_words_that_are_no_months() {
        assert_eq!(parse("Mayday 2019"), vec![vec![2019]]);
        assert_eq!(parse("in 12, 2019"), vec![vec![2019]]);
        assert_eq!(parse("12 Mayor 2019"), vec![vec![2019]]);
        assert_eq!(parse("MAY 12, 2019"), vec![vec![2019, 5, 12]]);
        // A month ending a word is no date, and leaves its year alone, as
        // with the names spelled out.
        assert_eq!(parse("dismay 12, 2019"), vec![vec![2019]]);
        assert_eq!(
            spelled_out().find_all("dismay 12, 2019"),
            GRAMMAR.dates.find_all("dismay 12, 2019")
        );
    }

    /// A month name inside a word is no month (`shudian` holds the
    /// Romanian `ian.`), and the year after it stays a year; at a word's
    /// start it is the month, after a space, a bracket or a CJK character.
    #[test]
    fn months_start_words() {
        assert_eq!(parse("Sanlian shudian, 2004"), vec![vec![2004]]);
        assert_eq!(parse("ian. 2010"), vec![vec![2010, 1]]);
        assert_eq!(parse("(mart. 2011)"), vec![vec![2011, 3]]);
        assert_eq!(parse("Lumea, 12 ian. 2010"), vec![vec![2010, 1, 12]]);
        assert_eq!(parse("Romanian 2010"), vec![vec![2010]]);
        assert_eq!(parse("東京March 2010"), vec![vec![2010, 3]]);
        assert_eq!(parse("2025年3月"), vec![vec![2025, 3]]);
        assert_eq!(inside_word("shudian", 4), Some(3));
        assert_eq!(inside_word("shudian", 0), None);
        assert_eq!(inside_word("a 2010", 2), None);
        for text in ["Sanlian shudian, 2004", "Romanian 2010", "dismay 12, 2019"] {
            assert_eq!(spelled_out().find_all(text), GRAMMAR.dates.find_all(text));
        }
    }

    #[test]
    fn names_with_other_characters_are_spelled_out() {
        let months = vec![("sept-ember".to_string(), 9)];
        assert!(month_letters(&months).is_none());
        let rules = DateRules::new(&months, &[], &[], &[], &[]).unwrap();
        assert!(!rules.runs);
        assert_eq!(
            rules.find_all("Sept-ember 2019")[0].date.date_parts[0],
            vec![2019, 9]
        );
        assert_eq!(fold('\u{212a}'), 'k');
        assert_eq!(fold('Σ'), fold('ς'));
    }

    #[test]
    fn searches_start_near_the_first_year() {
        let rules = &GRAMMAR.dates;
        let text = format!("{} on 12 September 2019 and 2020", "word ".repeat(40));
        let from = rules.search_from(&text, 0).unwrap();
        assert!(from > 150 && from <= text.find("12 S").unwrap(), "{from}");
        assert_eq!(rules.search_from("no year, 123 45", 0), None);
    }

    fn parse(s: &str) -> Vec<Vec<i32>> {
        let g = Grammar::builtin();
        g.dates
            .find_all(s)
            .into_iter()
            .map(|d| d.date.date_parts[0].clone())
            .collect()
    }

    #[test]
    fn dates_in_many_languages() {
        let cases: &[(&str, Vec<Vec<i32>>)] = &[
            ("June 17, 2024", vec![vec![2024, 6, 17]]),
            ("jan./mar. 2015", vec![vec![2015, 1]]),
            ("set./out. 2016", vec![vec![2016, 9]]),
            ("Nov 21, 2024.", vec![vec![2024, 11, 21]]),
            ("28 апреля 2025 г.", vec![vec![2025, 4, 28]]),
            ("28. April 2025", vec![vec![2025, 4, 28]]),
            ("1920. június 5. 3.", vec![vec![1920, 6, 5]]),
            ("Budapest, 1935. március 15.", vec![vec![1935, 3, 15]]),
            ("Osiris, 2005. Kossuth 12", vec![vec![2005]]),
            ("15 Μαρτίου 1922", vec![vec![1922, 3, 15]]),
            ("18 січня 1654 р.", vec![vec![1654, 1, 18]]),
            ("2025년 2월 28일", vec![vec![2025, 2, 28]]),
            ("2025年2月28日", vec![vec![2025, 2, 28]]),
            ("(검색일: 2025.1.10.)", vec![vec![2025, 1, 10]]),
            ("제3호 (2017.12), 1-30쪽", vec![vec![2017, 12]]),
            ("(2017. 5.), 1-30쪽", vec![vec![2017, 5]]),
            ("박영사, 2017.5, 45쪽", vec![vec![2017, 5]]),
            ("(2017.13)", vec![vec![2017]]),
            ("Századok, 1999. 3. sz. 45", vec![vec![1999]]),
            ("reached 2017.5 million", vec![vec![2017]]),
            ("Vol. 3 (2000), pp. 251-276", vec![vec![2000]]),
            ("December 2024", vec![vec![2024, 12]]),
            ("3 mars 2020", vec![vec![2020, 3, 3]]),
            ("No. 3856 (2024)", vec![vec![2024]]),
            ("12024 and x2024", vec![]),
            ("成文堂、平成12年", vec![vec![2000]]),
            ("平成元年、昭和64年1月", vec![vec![1989], vec![1989, 1]]),
            ("最大判平成20年6月4日民集", vec![vec![2008, 6, 4]]),
            ("最判平成17・9・14民集", vec![vec![2005, 9, 14]]),
            ("大判大正5年12月22日", vec![vec![1916, 12, 22]]),
            ("東京高判平成元年12月14日", vec![vec![1989, 12, 14]]),
            ("最判昭和60.4.23", vec![vec![1985, 4, 23]]),
            ("昭和60・13・1", vec![]),
            ("令和 3 年（2021年）", vec![vec![2021], vec![2021]]),
            ("哲学書院、明治二十三年", vec![vec![1890]]),
            ("明治三十年三月五日", vec![vec![1897, 3, 5]]),
            ("民國八十九年", vec![vec![2000]]),
        ];
        for (s, want) in cases {
            assert_eq!(&parse(s), want, "{s}");
        }
    }

    #[test]
    fn spans_of_years_give_both_ends_and_months_stay_months() {
        let g = &*GRAMMAR;
        let date = |s: &str| {
            g.dates
                .first(s)
                .map(|d| (d.date.date_parts, d.date.raw, d.end))
        };
        assert_eq!(
            date("4 vols. London: Sampson Low, 1874–76."),
            Some((vec![vec![1874], vec![1876]], Some("1874–76".into()), 33))
        );
        assert_eq!(
            date("(Paris, 1874-1876)").map(|d| d.0),
            Some(vec![vec![1874], vec![1876]])
        );
        // A hyphen and two digits is no span (`1999-02` is a month); a span
        // goes forward.
        assert_eq!(
            date("accessed 1999-02").map(|d| d.0),
            Some(vec![vec![1999]])
        );
        assert_eq!(date("1999–92").map(|d| d.0), Some(vec![vec![1999]]));
        assert_eq!(date("1874–765").map(|d| d.0), Some(vec![vec![1874]]));
        let span = date("1874–76").unwrap();
        let d = CslDate {
            date_parts: span.0,
            raw: None,
        };
        assert!(year_within(&d, 1876) && year_within(&d, 1874) && !year_within(&d, 1877));
    }

    #[test]
    fn month_ranges_before_a_year() {
        let g = Grammar::builtin();
        let range = |s: &str| g.dates.first(s).map(|d| (d.date.date_parts, d.date.raw));
        assert_eq!(
            range("p. 45-67, jan./mar. 2015."),
            Some((
                vec![vec![2015, 1], vec![2015, 3]],
                Some("jan./mar. 2015".into())
            ))
        );
        assert_eq!(
            range("Oct./Nov. 2019"),
            Some((
                vec![vec![2019, 10], vec![2019, 11]],
                Some("Oct./Nov. 2019".into())
            ))
        );
        // A slash after no month is no range.
        assert_eq!(range("x/mar. 2015").map(|r| r.0), Some(vec![vec![2015, 3]]));
    }

    #[test]
    fn numeric_dates_with_spaces_after_the_periods() {
        // Czech, Slovak and German notes write `12. 3. 2015`.
        let g = Grammar::builtin();
        let d = g.dates.first("ze dne 12. 3. 2015, sp. zn.").unwrap();
        assert_eq!(d.date.date_parts, vec![vec![2015, 3, 12]]);
        assert_eq!(
            &"ze dne 12. 3. 2015, sp. zn."[d.start..d.end],
            "12. 3. 2015"
        );
        let d = g.dates.first("vom 1.12.2019").unwrap();
        assert_eq!(d.date.date_parts, vec![vec![2019, 12, 1]]);
    }

    #[test]
    fn year_suffix_letters() {
        let g = Grammar::builtin();
        let d = g.dates.find_all("Smith 2019a; Lee 2019b");
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].suffix, Some('a'));
        assert_eq!(d[1].suffix, Some('b'));
    }

    #[test]
    fn partial_dates_fit_full_ones() {
        let a = CslDate::new(2024, None, None, None);
        let b = CslDate::new(2024, Some(6), Some(17), None);
        let c = CslDate::new(2024, Some(6), Some(18), None);
        assert!(dates_fit(&a, &b));
        assert!(!dates_fit(&b, &c));
    }

    #[test]
    fn bare_years_take_the_short_path_with_the_same_result() {
        assert_eq!(bare_year("1987"), Some((1987, None)));
        assert_eq!(bare_year("2019A"), Some((2019, Some('a'))));
        assert_eq!(bare_year("June 2019"), None);
        assert_eq!(bare_year("2019-05"), None);
        assert_eq!(
            parse("Smith 2019a, and 1987."),
            vec![vec![2019], vec![1987]]
        );
        let g = Grammar::builtin();
        let d = g.dates.find_all("Smith (2019b)");
        assert_eq!(d[0].suffix, Some('b'));
        // Full-width digits are no year.
        assert!(parse("２０２４年").is_empty());
    }
}
