//! In-text citations: the citations of papers that cite in the running text
//! rather than in footnotes.
//!
//! - numeric: `[12]`, `[3–5, 9]`, `[4]–[6]`, `[12, p. 4]`, superscripts
//!   after a word (`shown¹²`, `shown¹⁻³`, `shown<sup>3,4</sup>`) when the
//!   paper has no footnotes, `(12)`, `(3–5)` only when the paper cites that
//!   way throughout (at least two such groups that no maths or list reading
//!   explains), and digits glued to words (`shown.12`, as `pdftotext` writes
//!   superscripts) only against a numbered list, when nothing else cites by
//!   number and the numbers come in citation order;
//! - author-date: parenthetical groups (`(Smith & Lee, 2019a; Kim et al.
//!   2020, p. 4)`, `(e.g., Smith 2019: 45)`, `(Müller/Schmidt 2019, S. 4)`,
//!   `(Smith, n.d.)`, `(Lee, in press)`) and narrative citations
//!   (`Smith (2020)`, `Smith and Lee (2019, 2020a)`, `Müller u. a. (2018)`).
//!
//! Not citations, and never reported: years on their own (`in 2019`,
//! `(1939–1945)`), figure, table, equation and section numbers (`Fig. 3`,
//! `Table 2`, `Eq. (4)`, `Section (2)`), quantities, intervals and exponents
//! (`[0, 1]`, `x ∈ [2, 5]`, `10⁶`, `5 m²`), enumerations (`(1) the cost`).
//!
//! Extraction never resolves: this module finds shapes and says what they
//! name; `resolve::in_text` links them to the reference list. Narrative
//! citations are *tentative*: `the Human Genome Project (2003)` has the same
//! shape as `Smith (2003)`, so the resolver keeps a narrative citation only
//! when its names match an entry.
//!
//! Every scan is one left-to-right pass over each body paragraph; the cost
//! is linear in the length of the body.

use crate::grammar::Grammar;
use crate::model::{CitationKind, Locator, Site};
use crate::segment::InputFormat;
use crate::source::Span;
use crate::syntax::marker::superscript_digit;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

mod author_page;
pub use author_page::{in_prose, InProse};

/// What the scanner needs to know about the document.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The segment view (same offsets as the input, markup blanked).
    pub view: &'a str,
    /// The input text (for HTML `<sup>` groups, which the view blanks).
    pub source: &'a str,
    /// Body paragraphs, in document order.
    pub body: &'a [Span],
    /// Input format.
    pub format: InputFormat,
    /// The paper has footnotes (superscripts are then note markers).
    pub has_footnotes: bool,
    /// Number of reference-list entries, or the highest list label: numbers
    /// above it are not citations unless the paper cites by number
    /// throughout.
    pub entries: usize,
    /// The reference list is numbered (`[12]`, `12.`): only then are digits
    /// glued to words (`infections.12`, as `pdftotext` writes superscripts)
    /// read as citations.
    pub numbered: bool,
    /// The works of the reference list as `family key|year` of their first
    /// author (`smith|2010a`, `geertz|1962`): a surname and year written
    /// in the prose without brackets cite only such a work
    /// ([`prose_years`]).
    pub listed: &'a std::collections::HashSet<String>,
    /// The paper's notes are labelled `(1)` and marked so in the text
    /// (`la notion de faute (1).`): a number in parentheses is then a
    /// note's marker, never a citation of the list.
    pub notes_in_brackets: bool,
}

/// One in-text citation before resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct InTextCitation {
    /// Where it is in the input.
    pub span: Span,
    /// Its text as written (for a number of a range, the whole range `3–5`).
    pub text: String,
    /// [`CitationKind::Numeric`], [`CitationKind::AuthorDate`] or
    /// [`CitationKind::AuthorPage`].
    pub kind: CitationKind,
    /// The number of a numeric citation.
    pub label: Option<String>,
    /// The authors named, as written (`Smith & Lee`, `Müller u. a.`).
    pub authors: Option<String>,
    /// The short title of an author-page citation (`Orientalism` of
    /// `(Said, Orientalism 3)`), without its quotation marks.
    pub title: Option<String>,
    /// The year as written, with its suffix (`2019a`), or `n.d.`, `in press`.
    pub date: Option<String>,
    /// A signal before it (`e.g.`, `see`, `vgl.`).
    pub signal: Option<String>,
    /// A pinpoint (`p. 4`, `S. 4`, `: 45`).
    pub locator: Option<Locator>,
    /// Paragraph and section; `narrative` set for `Smith (2020)`.
    pub site: Site,
    /// A bare four-digit year after another year of the same group
    /// (`1530` of `Smith 2007, 1530`): a page of the citation before it
    /// unless the author has a work of that year (see
    /// [`crate::model::Citation::page_or_year`]).
    pub page_or_year: bool,
    /// A work quoted through another: `Freire, 1970` of `(FREIRE, 1970
    /// apud GADOTTI, 2001)` or `(Freire, 1970, as cited in Gadotti, 2001)`
    /// (the grammars' `signals.cited_in`), which the reference list need
    /// not hold.
    pub indirect: bool,
}

impl InTextCitation {
    /// The model citation, with id `id` (unresolved).
    pub fn into_citation(self, id: String) -> crate::model::Citation {
        let named = matches!(
            self.kind,
            CitationKind::AuthorDate | CitationKind::AuthorPage
        );
        let short = named.then(|| crate::model::ShortFormInfo {
            author: self.authors.clone(),
            date: self.date.clone(),
            title: self.title.clone(),
            ..Default::default()
        });
        crate::model::Citation {
            signal: self.signal,
            locator: self.locator,
            short: short.map(Box::new),
            label: self.label,
            site: Some(self.site),
            indirect: self.indirect,
            page_or_year: self.page_or_year,
            ..crate::model::Citation::unlinked(id, self.kind, self.text, self.span)
        }
    }
}

/// `[ … ]` with no nested brackets and at most one line break (a group a
/// hard-wrapped paragraph or a PDF conversion breaks, `[Putnam, 1993;` /
/// `Coleman, 1988]`, as GOST papers cite by author and year in brackets):
/// a candidate citation group. Its content is checked by [`numeric_list`]
/// and the author-date readers, so `[sic]`, `[0, 1]` and `[a, b]` are
/// dropped there. Contents over [`MAX_GROUP`] characters are skipped in
/// code (a bound in the pattern would make its automaton huge).
/// Full-width brackets (`［6］`, `王飞等 ［9］`) stand for the ASCII ones, as
/// Chinese papers set a citation number in their own script's brackets.
static BRACKET: LazyLock<Regex> =
    LazyLock::new(|| compile(r"[\[［]([^\[\]［］\n]+(?:\n[^\[\]［］\n]+)?)[\]］]"));

/// The longest content of a bracket or parenthesis read as a citation group.
const MAX_GROUP: usize = 400;

/// The longest content of a parenthesis read as a citation group.
const MAX_PAREN: usize = 600;

/// Whether a group's content is longer than `max` characters.
fn too_long(content: &str, max: usize) -> bool {
    content.len() > max && content.chars().nth(max).is_some()
}

/// `( … )` with no nested parentheses, at most a few lines: a candidate
/// author-date group or numeric group. Square brackets inside are whole
/// (`[NSSE]` of `(National Survey of Student Engagement [NSSE], 2019)`). Years alone (`(2019)`) are handled as
/// narrative citations, never as parenthetical ones. Full-width parentheses
/// of Chinese and Japanese text (`（王逸舟，2003：45）`) hold author-date
/// groups only.
static PAREN: LazyLock<Regex> =
    LazyLock::new(|| compile(r"[(（]((?:[^()（）\[\]]|\[[^()（）\[\]\n]+\])+)[)）]"));

/// `s` with its full-width comma, colon and semicolon (`，`, `：`, `；`) as
/// the ASCII mark and two spaces, so that every offset stays where it was.
fn ascii_separators(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['，', '：', '；']) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '，' => out.push_str(",  "),
            '：' => out.push_str(":  "),
            '；' => out.push_str(";  "),
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `<sup …>…</sup>` in HTML input (content checked by [`numeric_list`], so
/// `<sup>th</sup>` and `<sup>2+</sup>` are dropped).
static HTML_SUP: LazyLock<Regex> = LazyLock::new(|| compile(r"(?is)<sup\b[^>]*>(.*?)</sup\s*>"));

/// A name word: capitalised, with particles (`van der Berg`, `de la Cruz`,
/// `O’Brien`, `al-Farabi`), hyphens and diacritics. Needs two letters, so
/// that an initial or a single capital (`A`, `T`) is no author. In the
/// Arabic and Hebrew scripts, which have no capitals, any word of two
/// letters or more, the zero-width non-joiner of Persian words
/// (`گل‌محمدی`) inside it.
const NAME_WORD: &str = r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|[Dd]os|[Ll]e|[Ll]a|[Tt]en|[Tt]er|[Zz]u)\s+|[DdOoLl]['’]|[Aa]l-)*(?:\p{Lu}[\p{L}\p{M}'’\-]*[\p{L}\p{M}]|[\p{Arabic}\p{Hebrew}&&\p{L}][\p{L}\p{M}\x{200C}'’\-]*[\p{L}\p{M}])";

/// Lowercase particles that open a family name (`de Vries`, `van der Berg`).
const PARTICLES: [&str; 16] = [
    "van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "dos", "le", "la", "ten",
    "ter", "zu",
];

/// Whether `w` is a lowercase particle that opens a family name (`van`,
/// `de`, `von`).
pub fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w)
}

/// The connectors allowed between name words: a comma, or the grammars'
/// `in_text.join_words` (`&`, `/`, `and`, `und`, `et`, `y`, `og`, `och`,
/// `ja`, `và`, Arabic `و`, and the small words of organisation names,
/// `of`, `for`), a comma before them (`Zhou, Huang, and Cadenasso`), or
/// white space alone. A word of letters is matched whole.
fn name_join(grammar: &Grammar) -> String {
    let alts: Vec<String> = grammar
        .in_text_join
        .iter()
        .map(|w| {
            let e = regex::escape(w);
            if w.chars().all(char::is_alphanumeric) {
                format!(r"\b{e}\b")
            } else {
                e
            }
        })
        .collect();
    if alts.is_empty() {
        return r"(?:\s*,?\s*)".to_string();
    }
    format!(r"(?:\s*,?\s*(?:{})?\s*)", alts.join("|"))
}

/// The grammars' `in_text.et_al` words after the names (`et al.`, `u. a.`,
/// `m.fl.`, `ym.`, `ja muut`, `và cộng sự`), a comma before them allowed;
/// a space in a word stands for any white space, or none. Empty without
/// words.
fn et_al(grammar: &Grammar) -> String {
    let alts: Vec<String> = grammar
        .in_text_et_al
        .iter()
        .map(|w| {
            w.split_whitespace()
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s*")
        })
        .collect();
    if alts.is_empty() {
        return String::new();
    }
    format!(r"(?:\s*,?\s*(?:{}))?", alts.join("|"))
}

/// The names of a citation in the text: name words joined by
/// [`name_join`], then [`et_al`] words.
fn names_pattern(grammar: &Grammar) -> String {
    let join = name_join(grammar);
    format!(r"{NAME_WORD}(?:{join}{NAME_WORD})*{}", et_al(grammar))
}

/// A pattern made of a grammar's words, or none when it does not compile
/// (words are escaped, so only a pattern grown past the size limit fails).
fn compile_words(src: &str) -> Option<Regex> {
    Regex::new(src).ok()
}

/// The start of a parenthetical author-date part: an optional signal of up
/// to four lowercase words (`e.g.,`, `see also`, `for a review, see`,
/// `vgl.`, `z. B.`), then the names. Anchored at the start of the part, so
/// that prose in parentheses (`(as in Europe, 2019 was dry)`) does not fit.
/// Its signal words are unbounded: [`part_head`] counts them (a bounded
/// repetition of a Unicode class is slow to compile).
fn part_head_pattern(grammar: &Grammar) -> Option<&Regex> {
    grammar
        .in_text_patterns
        .part_head
        .get_or_init(|| {
            compile_words(&format!(
                r"^\s*(?P<pre>(?:z\.\s?B\.,?\s+|(?:[\p{{Ll}}][\p{{Ll}}.]*(?:,|\s?:)?\s+)+))?(?P<names>{})(?:['’]s?)?\s*,?\s*",
                names_pattern(grammar)
            ))
        })
        .as_ref()
}

/// The head of a parenthetical part (byte offsets in the part).
#[derive(Debug, PartialEq)]
struct PartHead {
    /// Where the head ends (after the names and the `'s`, spaces and comma
    /// that follow them).
    end: usize,
    /// The signal, when there is one.
    pre: Option<Range<usize>>,
    /// The names.
    names: Range<usize>,
}

/// The head of a parenthetical part, as [`part_head_pattern`] captures it with at
/// most four signal words (`(?:[\p{Ll}][\p{Ll}.]*(?:,|\s?:)?\s+){1,4}`; a
/// colon after a word, as Russian and French write `см.:`, `voir :`). Each
/// word runs to a comma, a colon or a space and the spaces to the next word, so the words
/// split one way only; the bound decides how many the signal takes. The
/// names cannot start at one of these lowercase words unless it is one of
/// the [`PARTICLES`] followed by a space (the only lowercase start of
/// [`NAME_WORD`]): so if they can start after some of the words, they can
/// after all of them, and the bounded pattern, trying four words first,
/// matches more than four only when the fifth to the last are such
/// particles, which it leaves to the names.
fn part_head(part: &str, grammar: &Grammar) -> Option<PartHead> {
    let c = crate::re::captures(part_head_pattern(grammar)?, part)?;
    let mut head = PartHead {
        end: c.get(0)?.end(),
        pre: None,
        names: c.name("names")?.range(),
    };
    let Some(pre) = c.name("pre") else {
        return Some(head);
    };
    // `z. B.` is two words at most: only a signal of lowercase words can
    // have a fifth.
    let text = pre.as_str();
    let mut after_space = true;
    let fifth = text
        .char_indices()
        .filter(|&(_, ch)| {
            // A colon after a space (`voir : Dupont`) opens no word.
            let starts = after_space && !ch.is_whitespace() && ch != ':';
            after_space = ch.is_whitespace();
            starts
        })
        .nth(4);
    match fifth {
        None => head.pre = Some(pre.range()),
        Some((i, _)) => {
            if !text[i..].split_whitespace().all(|w| PARTICLES.contains(&w)) {
                return None;
            }
            head.pre = Some(pre.start()..pre.start() + i);
            head.names.start = pre.start() + i;
        }
    }
    Some(head)
}

/// The head of a parenthetical part of CJK names (no signal words), with
/// an "and others" word of the grammars after them (`김철수 외 2020`).
fn cjk_part_head(part: &str, grammar: &Grammar) -> Option<PartHead> {
    let c = crate::re::captures(&CJK_PART_HEAD, part)?;
    let names = c.name("names")?;
    if !cjk_names_ok(names.as_str()) {
        return None;
    }
    // `(김민수, 인쇄 중)`: a word in place of the year after a comma is no
    // name of the list.
    let names_end = names
        .as_str()
        .match_indices([',', '、'])
        .map(|(i, sep)| (names.start() + i, names.start() + i + sep.len()))
        .find(|&(_, after)| grammar.no_year_word(part[after..].trim_start()).is_some())
        .map_or(names.end(), |(at, _)| at);
    let names = names.start()..names_end;
    let end = names.end + cjk_et_al_after(&part[names.end..], grammar);
    let rest = &part[end..];
    // `(한국개발연구원[KDI], 2020)`: the abbreviation in square brackets
    // glued to an organisation's name is left out of it.
    let rest = rest
        .strip_prefix('[')
        .and_then(|r| r.split_once(']'))
        .filter(|(abbr, _)| {
            (2..=10).contains(&abbr.len())
                && abbr
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'&')
        })
        .map_or(rest, |(_, after)| after);
    let gap = rest.len() - rest.trim_start().len();
    let comma = usize::from(rest[gap..].starts_with(','));
    let after = &rest[gap + comma..];
    Some(PartHead {
        end: part.len() - after.trim_start().len(),
        pre: c.name("pre").map(|p| p.range()),
        names: names.start..end,
    })
}

/// The CJK "and others" words of the grammars (`외`, `등`, `ほか`).
fn cjk_et_al(grammar: &Grammar) -> impl Iterator<Item = &str> {
    grammar
        .et_al
        .iter()
        .map(String::as_str)
        .filter(|w| !w.is_empty() && w.chars().all(crate::segment::is_cjk))
}

/// The length of a space and a CJK "and others" word opening `s` (` 외`
/// of ` 외 2020`), or 0: the word must end there.
fn cjk_et_al_after(s: &str, grammar: &Grammar) -> usize {
    let t = s.trim_start();
    let gap = s.len() - t.len();
    if gap == 0 {
        return 0;
    }
    cjk_et_al(grammar)
        .filter(|w| {
            t.strip_prefix(w)
                .is_some_and(|r| !r.starts_with(crate::segment::is_cjk))
        })
        .map(|w| gap + w.len())
        .max()
        .unwrap_or(0)
}

/// Where a space and a CJK "and others" word ending `s` start (`김철수 외`
/// → 9), if they do.
fn cjk_et_al_before(s: &str, grammar: &Grammar) -> Option<usize> {
    cjk_et_al(grammar)
        .filter_map(|w| {
            let head = s.strip_suffix(w)?;
            let name = head.trim_end();
            (name.len() < head.len() && name.ends_with(crate::segment::is_cjk))
                .then_some(name.len())
        })
        .min()
}

/// The names just before a narrative `(2020)`: matched at the end of the
/// preceding text. Takes the longest run; the resolver drops leading words
/// that name nothing (`Following Smith`). The names start at a word's
/// start: the `le` that ends `while` is no particle of `Zmerli`; a CJK
/// character glued before them is no part of the word (`推定にはHeckman（1979）`,
/// `이는Smith(2000)`).
fn narrative_names_pattern(grammar: &Grammar) -> Option<&Regex> {
    grammar
        .in_text_patterns
        .narrative_names
        .get_or_init(|| {
            compile_words(&format!(
                r"(?:^|[^\p{{L}}\p{{N}}\p{{M}}_]|[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}\p{{Hangul}}])(?P<names>{})(?:['’]s?)?\s*$",
                names_pattern(grammar)
            ))
        })
        .as_ref()
}

/// A name written in Hangul, Han characters or kana (`황보영조`, `丸山眞男`,
/// `통일연구원`): a run of them, with no space, of two or more
/// ([`cjk_names_ok`] bounds it: a bounded run of these classes is slow to
/// compile), or a Japanese family name of one Han character (`林 2012`).
const CJK_NAME: &str = r"(?:[\p{Hangul}\p{Han}\p{Katakana}\p{Hiragana}々・]{2,}|\p{Han})";

/// The longest CJK name (in characters) of an author-date citation: a
/// person or an organisation (`국가안보전략연구원`), not a clause.
const CJK_NAME_MAX: usize = 15;

/// Every name of a CJK name list is at most [`CJK_NAME_MAX`] characters.
fn cjk_names_ok(names: &str) -> bool {
    names
        .split(|c: char| c.is_whitespace() || matches!(c, '·' | 'ㆍ' | ',' | '、'))
        .all(|n| n.chars().count() <= CJK_NAME_MAX)
}

/// CJK names in a list: joined by `·`, `ㆍ` (and `,` or `、` where
/// `commas`): `김철수·박영희 2011`.
fn cjk_names(commas: bool) -> String {
    let joins = if commas { "·ㆍ,、" } else { "·ㆍ" };
    format!(r"{CJK_NAME}(?:\s*[{joins}]\s*{CJK_NAME})*")
}

/// The head of a parenthetical part in a CJK paper: the names, then a
/// comma or a space before the year (`(황보영조 2010)`, `(김철수, 2011: 23)`),
/// perhaps after a signal of lowercase Latin words (`cf. 山田 2005a`).
static CJK_PART_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^\s*(?P<pre>(?:\p{{Ll}}[\p{{Ll}}.]*,?\s+){{1,3}})?(?P<names>{})\s*,?\s*",
        cjk_names(true)
    ))
});

/// CJK names just before a narrative `(2012)`: a whole run of CJK
/// characters glued to the parenthesis or one space before it
/// (`선우현(2012)은`), after a space, punctuation or the paragraph's start;
/// a comma before them ends the prose before them.
static CJK_NARRATIVE_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?:^|[^\p{{Hangul}}\p{{Han}}\p{{Katakana}}\p{{Hiragana}}々・·ㆍ])(?P<names>{})\s?$",
        cjk_names(false)
    ))
});

/// A maths symbol just before a bracket or parenthesis on the same line
/// (`x ∈ [0, 1]`, `f(x) = … (2)`): intervals and equation numbers, not
/// citations. `and/or [3]` is not caught: the symbol must be the last
/// thing before the group.
static MATHS_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?:[=<>≤≥∈∉⊂⊆×±∑∫√≈∼~^+*/]|\\in)\s*$"));

/// Compiles one of the constant patterns above (each is exercised by the
/// tests below, so the error arm is never taken).
fn compile(src: &str) -> Regex {
    crate::re::constant(src)
}

/// Finds the in-text citations of a document, in document order.
pub fn scan(input: &Input<'_>, grammar: &Grammar) -> Vec<InTextCitation> {
    let mut out: Vec<InTextCitation> = Vec::new();
    let mut paren_numeric: Vec<InTextCitation> = Vec::new();
    let mut glued: Vec<InTextCitation> = Vec::new();
    let mut section: Option<String> = None;
    // Front matter (title, authors with affiliation numbers `Okafor¹`,
    // journal line) is the run of short paragraphs before the first prose
    // paragraph: nothing there is a citation.
    let first_prose = input
        .body
        .iter()
        .position(|p| is_prose(input.view.get(p.start..p.end).unwrap_or("")))
        .unwrap_or(0);
    // The years of the listed works (`2010` of `smith|2010a`), asked
    // before a surname's key is made.
    let listed_years: std::collections::HashSet<&str> = input
        .listed
        .iter()
        .filter_map(|k| k.rsplit_once('|')?.1.get(..4))
        .collect();
    for (index, para) in input.body.iter().enumerate() {
        let Some(text) = input.view.get(para.start..para.end) else {
            continue;
        };
        let masked;
        let text = if input.format == InputFormat::Html && text.contains('&') {
            masked = mask_entities(text);
            masked.as_str()
        } else {
            text
        };
        let mut lines = text.trim_start().lines();
        let first_line = lines.next().unwrap_or("");
        // In a hard-wrapped paragraph every first line is short and bare: a
        // heading glued to its text must look like one (`## Methods`, or a
        // few words without a comma before a capitalised line).
        let glued_heading_ok = match lines.next() {
            None => true,
            Some(next) => {
                first_line.trim_start().starts_with('#')
                    || (first_line.trim().chars().count() <= 50
                        && !first_line.contains(',')
                        && next.trim_start().starts_with(char::is_uppercase))
            }
        };
        if let Some(h) = heading(first_line).filter(|_| glued_heading_ok) {
            section = Some(h);
            if text.trim() == first_line.trim() {
                continue;
            }
        }
        if index < first_prose {
            // A short abstract among the front matter (`Abstract—… is a
            // growing concern [1], [2].`): a sentence of eight words or
            // more cites by the numbers in its brackets. Affiliation
            // numbers stand glued to names, not in brackets.
            if text.split_whitespace().nth(7).is_some() && text.trim_end().ends_with('.') {
                let site = Site {
                    paragraph: index,
                    section: section.clone(),
                    narrative: false,
                };
                let mut found: Vec<InTextCitation> = Vec::new();
                brackets(text, para.start, &site, grammar, &mut found);
                out.extend(
                    found
                        .into_iter()
                        .filter(|c| c.kind == CitationKind::Numeric),
                );
            }
            continue;
        }
        let site = Site {
            paragraph: index,
            section: section.clone(),
            narrative: false,
        };
        let mut found: Vec<InTextCitation> = Vec::new();
        if input.format == InputFormat::Html && !input.has_footnotes {
            html_superscripts(input, *para, &site, &mut found);
        }
        if !input.has_footnotes {
            unicode_superscripts(text, para.start, &site, input.entries, &mut found);
        }
        brackets(text, para.start, &site, grammar, &mut found);
        if !input.has_footnotes && input.numbered {
            glued_numbers(text, para.start, &site, &mut glued);
        }
        let taken: Vec<Span> = found.iter().map(|c| c.span).collect();
        if !listed_years.is_empty() && !input.numbered {
            prose_years(
                text,
                para.start,
                &site,
                (input.listed, &listed_years),
                &mut found,
            );
        }
        parentheses(
            text,
            para.start,
            &site,
            grammar,
            &taken,
            &mut found,
            &mut paren_numeric,
        );
        out.extend(found);
    }
    if input.format == InputFormat::Html {
        for c in out
            .iter_mut()
            .filter(|c| c.kind == CitationKind::AuthorPage)
        {
            author_page::decode(c, input.view, grammar);
        }
    }
    // A page alone (`(19)`) may cite only in a paper with author-page
    // citations that name something.
    if !out
        .iter()
        .any(|c| c.kind == CitationKind::AuthorPage && !c.site.narrative)
    {
        out.retain(|c| c.kind != CitationKind::AuthorPage);
    }
    // Numbers in parentheses are citations only where the paper cites that
    // way: no bracket or superscript numbers elsewhere, and two groups or
    // more; and never where they mark the paper's notes, out of sequence
    // as some may be.
    let other_numeric = out.iter().any(|c| c.kind == CitationKind::Numeric);
    let groups: std::collections::BTreeSet<usize> =
        paren_numeric.iter().map(|c| c.span.start).collect();
    if !other_numeric && groups.len() >= 2 && !input.notes_in_brackets {
        out.extend(paren_numeric);
    }
    // Digits glued to words count only where nothing else cites by number,
    // and only as a citation-order sequence: each new number at most three
    // above the highest so far (`Python3` or a stray `word2` breaks it).
    if !out.iter().any(|c| c.kind == CitationKind::Numeric) {
        let kept = citation_order(glued, input.entries);
        if kept.len() >= 3 {
            out.extend(kept);
        }
    }
    // Out-of-range numbers are kept only when the paper clearly cites by
    // number (they are then reported as unresolved).
    let in_range = out
        .iter()
        .filter(|c| c.kind == CitationKind::Numeric && label_in_range(c, input.entries))
        .count();
    if in_range < 3 {
        out.retain(|c| c.kind != CitationKind::Numeric || label_in_range(c, input.entries));
    }
    out.sort_by_key(|c| (c.span.start, c.span.end));
    out
}

/// The author-date citations in parentheses in a note's text (`… the
/// archived copy (DfE, 2017, p. 4).`, `Patel (2015) used …`), as a paper
/// citing author and date writes them in its footnotes' prose: spans are
/// offsets into `text`.
pub fn in_note(text: &str, grammar: &Grammar) -> Vec<InTextCitation> {
    let site = Site {
        paragraph: 0,
        section: None,
        narrative: false,
    };
    let mut found = Vec::new();
    let mut numeric = Vec::new();
    parentheses(text, 0, &site, grammar, &[], &mut found, &mut numeric);
    // Years alone are read in the running text only.
    found.retain(|c| c.kind == CitationKind::AuthorDate && c.authors.is_some());
    found.sort_by_key(|c| (c.span.start, c.span.end));
    found
}

/// The narrative author-date citations of a note's prose (`이에 대해서는
/// 김철수(2018: 45)를 참조`, `see Smith (2019, p. 4) on this`): names, then
/// a parenthesis holding only years and a locator, read as the running
/// text reads them ([`narrative`]). Offsets are relative to `text`. One
/// pass over the parentheses of the note, each looking back a bounded
/// window.
pub(crate) fn note_narratives(text: &str, grammar: &Grammar) -> Vec<InTextCitation> {
    let mut out = Vec::new();
    if !text.contains(['(', '（']) {
        return out;
    }
    let site = Site {
        paragraph: 0,
        section: None,
        narrative: true,
    };
    for caps in PAREN.captures_iter(text) {
        let (Some(whole), Some(inner)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        if too_long(inner.as_str(), MAX_PAREN) {
            continue;
        }
        let content = ascii_separators(inner.as_str());
        let Some(tail) = year_tail(content.as_ref(), grammar) else {
            continue;
        };
        if docket_after(&text[whole.end()..]) {
            continue;
        }
        let before = &text[..whole.start()];
        let near = crate::source::floor_char_boundary(before, before.len().saturating_sub(60));
        if years_fit_names(&tail, before.get(near..).unwrap_or("")) {
            let from = out.len();
            narrative(before, &tail, (0, inner.start()), &site, grammar, &mut out);
            if let Some(last) = out[from..].last_mut() {
                last.span.end = whole.end();
            }
        }
    }
    out
}

/// Whether a Chinese docket number runs on from a year in brackets
/// (`最高人民法院（2015）民一终字第123号`): letters glued to the bracket,
/// then digits and `号` within a few characters, no space or punctuation
/// between. The court before it is no author.
fn docket_after(after: &str) -> bool {
    let mut digits = false;
    for c in after.chars().take(16) {
        match c {
            '号' | '號' => return digits,
            '0'..='9' => digits = true,
            c if crate::segment::is_cjk(c) => {}
            _ => return false,
        }
    }
    false
}

/// Digits glued to the end of a word or sentence (`infections.1`,
/// `cathelicidin,2,3`, `group.4-6`), line by line, with the shape rules of
/// [`plain_markers`](crate::syntax::marker::plain_markers); not decimals
/// (`2.1 years`, `25,871`) nor exponents (`weight/height2`, `kg/m2`).
fn glued_numbers(text: &str, base: usize, site: &Site, out: &mut Vec<InTextCitation>) {
    let mut line_start = 0;
    for line in text.split('\n') {
        // A range dash after a digit reads as a space, so that the number
        // before it is seen; the range is read from the line itself.
        let mut shape = String::with_capacity(line.len());
        let mut prev = ' ';
        for c in line.chars() {
            if prev.is_ascii_digit() && matches!(c, '-' | '–' | '‒') {
                shape.extend(std::iter::repeat_n(' ', c.len_utf8()));
            } else {
                shape.push(c);
            }
            prev = c;
        }
        // End of the last number taken on this line: `2,3` continues it.
        let mut last_end = None;
        for m in crate::syntax::marker::plain_markers(&shape) {
            let before = &line[..m.start];
            let mut back = before.chars().rev();
            let glue = back.next();
            let after_digit = back.next().is_some_and(|c| c.is_ascii_digit());
            let continues = glue == Some(',') && last_end == Some(m.start - 1);
            if glue.is_some_and(|g| matches!(g, '.' | ',')) && after_digit && !continues {
                continue;
            }
            if glue.is_some_and(char::is_alphabetic) && exponent_context(before, false) {
                continue;
            }
            let mut end = m.end;
            let mut last = m.number;
            if let Some((dash, _)) = dash_at(line, m.end) {
                if let Some((to, after)) = number_at(line, m.end + dash) {
                    if to > m.number && to - m.number <= 50 {
                        last = to;
                        end = after;
                    }
                }
            }
            last_end = Some(end);
            for n in m.number..=last {
                out.push(InTextCitation {
                    span: Span::new(base + line_start + m.start, base + line_start + end),
                    text: line[m.start..end].to_string(),
                    kind: CitationKind::Numeric,
                    label: Some(n.to_string()),
                    authors: None,
                    title: None,
                    date: None,
                    signal: None,
                    locator: None,
                    site: site.clone(),
                    page_or_year: false,
                    indirect: false,
                });
            }
        }
        line_start += line.len() + 1;
    }
}

/// Keeps the numbers that follow citation order: within the list, and each
/// first mention at most three above the highest seen.
fn citation_order(found: Vec<InTextCitation>, entries: usize) -> Vec<InTextCitation> {
    let mut highest = 0usize;
    let mut kept = Vec::new();
    for c in found {
        let Some(n) = c.label.as_deref().and_then(|l| l.parse::<usize>().ok()) else {
            continue;
        };
        if n == 0 || n > entries || n > highest + 3 {
            continue;
        }
        highest = highest.max(n);
        kept.push(c);
    }
    kept
}

/// A paragraph of running prose: twenty-five words or more.
fn is_prose(text: &str) -> bool {
    text.split_whitespace().count() >= 25
}

fn label_in_range(c: &InTextCitation, entries: usize) -> bool {
    c.label
        .as_deref()
        .and_then(|l| l.parse::<usize>().ok())
        .is_some_and(|n| n >= 1 && n <= entries)
}

/// A paragraph's first line read as a section heading (`2. Methods`,
/// `## Results`, `INTRODUCTION`): one short line, no sentence punctuation at
/// its end, starting with a capital, a number or `#`.
pub fn heading(line: &str) -> Option<String> {
    let t = line.trim();
    let count = t.chars().count();
    if count == 0 || count > 90 || t.split_whitespace().count() > 12 {
        return None;
    }
    let first = t.chars().next()?;
    if !(first.is_uppercase() || first.is_ascii_digit() || first == '#') {
        return None;
    }
    if t.ends_with(['.', ',', ';', ':', ')', ']']) && !t.ends_with("..") {
        // `2.` alone or `Results.` is no heading; numbering `2.1.` is
        // handled by the digit test below.
        let core = t.trim_end_matches('.');
        if !core.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return None;
        }
    }
    // A line with a citation or a sentence inside is body text.
    if t.contains(". ") && !t.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if t.contains('[') || t.contains('(') {
        return None;
    }
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3 {
        return None;
    }
    Some(t.trim_start_matches('#').trim().to_string())
}

/// The character before byte `i` of `text`, skipping blanked markup spaces.
fn prev_visible(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().rev().find(|c| !c.is_whitespace())
}

/// True when what stands before a number makes it an exponent or a unit
/// power (`10⁶`, `5 m²`, `x²`): a digit, or a short word after a number.
/// A list or range (`2,3`, `4–6`) is never an exponent, and neither is a
/// number after a year (`since 1980²`).
fn exponent_context(before: &str, list: bool) -> bool {
    let t = before.trim_end();
    let Some(last) = t.chars().next_back() else {
        return true;
    };
    if matches!(last, '^' | '*' | '×') {
        return true;
    }
    if last.is_ascii_digit() {
        let digits: String = t.chars().rev().take_while(char::is_ascii_digit).collect();
        let before_digits = t[..t.len() - digits.len()].chars().next_back();
        let year = digits.len() == 4
            && digits
                .chars()
                .rev()
                .collect::<String>()
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y))
            && before_digits.is_none_or(|c| c.is_whitespace());
        return !(list || year);
    }
    if list {
        return false;
    }
    if !last.is_alphabetic() {
        return false;
    }
    let word: String = t
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .chars()
        .rev()
        .collect();
    let rest = t[..t.len() - word.len()].trim_end();
    // `weight/height²`, `a*b²`: a formula.
    if t[..t.len() - word.len()].ends_with(['/', '*', '^', '=', '·', '×']) {
        return true;
    }
    let after_number = rest.chars().next_back().is_some_and(|c| c.is_ascii_digit());
    word.chars().count() <= 1 || (word.chars().count() <= 3 && after_number)
}

/// One number or range of a numeric group: (first, last, start, end) with
/// offsets relative to the group content.
type NumberItem = (u32, u32, usize, usize);

/// Parses the content of a numeric group: numbers and ranges separated by
/// commas or semicolons, with an optional final page locator (`12, p. 4`)
/// or other pinpoint of the grammars (`9, Ch. 3`).
/// No zero, no leading zero, at most three digits, ranges of at most 50 and
/// increasing. White space (blanked markup) may stand anywhere.
fn numeric_list(
    content: &str,
    grammar: Option<&Grammar>,
) -> Option<(Vec<NumberItem>, Option<Locator>)> {
    let b = content.as_bytes();
    let mut items: Vec<NumberItem> = Vec::new();
    let mut i = 0;
    let skip_ws = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    };
    loop {
        i = skip_ws(i);
        if i >= b.len() {
            break;
        }
        if !b[i].is_ascii_digit() {
            // A final locator: `p. 4`, `pp. 3–4`, `S. 4`.
            if items.is_empty() {
                return None;
            }
            // Or another pinpoint of the grammars: `[9, Ch. 3]`, `[14,
            // Sec. IV]`, `[2, Fig. 3]`.
            let rest = &content[i..];
            let grammar = grammar?;
            let whole =
                |m: &crate::grammar::LexMatch| m.start <= 1 && rest[m.end..].trim().is_empty();
            if let Some(m) = grammar.page.find(rest).filter(whole) {
                let (a, e) = m.number?;
                let locator = Locator {
                    label: "page".into(),
                    value: crate::grammar::locator_value(&rest[a..e]),
                    ..Default::default()
                };
                return Some((items, Some(locator)));
            }
            // A section numbered with periods (`[2, Section 4.1]`) is read
            // whole.
            let pinpoint = grammar.pinpoint(rest).and_then(|(label, m)| {
                let (a, e) = m.number?;
                let e = crate::syntax::item::dotted_end(rest, e).max(e);
                let end = if e > m.end { e } else { m.end };
                (m.start <= 1 && rest[end..].trim().is_empty()).then_some((label, a, e))
            });
            if let Some((label, a, e)) = pinpoint {
                let locator = Locator {
                    label: label.into(),
                    value: crate::grammar::locator_value(&rest[a..e]),
                    ..Default::default()
                };
                return Some((items, Some(locator)));
            }
            // A part of the work named by a word and a short number or
            // letter (`[2, App. B]`, `[5, Lemma 3]`, `[2, Thm. 2.1]`): the
            // numbers cite; the pinpoint is the grammars' where they know
            // the word, else none.
            return unit_pinpoint(rest, grammar).map(|loc| (items, loc));
        }
        let (first, after) = number_at(content, i)?;
        let start = i;
        i = skip_ws(after);
        let mut last = first;
        if let Some((dash_len, _)) = dash_at(content, i) {
            let j = skip_ws(i + dash_len);
            let (n, after) = number_at(content, j)?;
            if n <= first || n - first > 50 {
                return None;
            }
            last = n;
            i = skip_ws(after);
        }
        items.push((first, last, start, trim_end_at(content, i)));
        if i >= b.len() {
            break;
        }
        if b[i] == b',' || b[i] == b';' {
            i += 1;
            continue;
        }
        return None;
    }
    (!items.is_empty()).then_some((items, None))
}

/// A pinpoint of a word and a short number or letter after the numbers
/// of a bracket (`App. B`, `Lemma 3`, `Thm. 2.1`, `Alg. 1`): the word
/// opens with a capital and holds at most twelve letters, a period or a
/// space after it; the number is one to six characters of digits, periods
/// and capitals, with a digit or a lone capital (`B`). `Some(None)` where
/// the grammars know no such word: the bracket cites all the same.
fn unit_pinpoint(rest: &str, grammar: &Grammar) -> Option<Option<Locator>> {
    let t = rest.trim();
    if t.len() > 24 || !t.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let letters = t.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters > 12 {
        return None;
    }
    let after_word = t[letters..].strip_prefix('.').unwrap_or(&t[letters..]);
    let value = after_word.strip_prefix(' ')?.trim_start();
    let ok = (1..=6).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase() || b == b'.')
        && !value.starts_with('.')
        && !value.ends_with('.')
        && (value.bytes().any(|b| b.is_ascii_digit())
            || (value.len() == 1 && value.as_bytes()[0].is_ascii_uppercase()));
    if !ok {
        return None;
    }
    // The grammars' label of the word, asked with a number in place of
    // the letter (`App. 1`).
    let word = &t[..t.len() - value.len()];
    let label = grammar
        .pinpoint(&format!("{word}1"))
        .filter(|(_, m)| m.start == 0)
        .map(|(label, _)| label.to_string());
    Some(label.map(|label| Locator {
        label,
        value: value.to_string(),
        ..Default::default()
    }))
}

/// The end of the content before `i` with trailing white space removed.
fn trim_end_at(content: &str, i: usize) -> usize {
    content[..i].trim_end().len()
}

/// A citation number at `i`: one to three digits, no leading zero, not
/// followed by a decimal point or a letter (`1.5`, `3D`).
fn number_at(content: &str, i: usize) -> Option<(u32, usize)> {
    let b = content.as_bytes();
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    let digits = &content[i..j];
    if digits.is_empty() || digits.len() > 3 || digits.starts_with('0') {
        return None;
    }
    if b.get(j)
        .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'.')
    {
        return None;
    }
    digits.parse().ok().map(|n| (n, j))
}

/// A range dash at `i`: `-`, `–`, `—`, `‐`, `‑`, `−`. Returns its length.
fn dash_at(content: &str, i: usize) -> Option<(usize, char)> {
    let c = content.get(i..)?.chars().next()?;
    matches!(c, '-' | '–' | '—' | '‐' | '‑' | '−' | '‒').then(|| (c.len_utf8(), c))
}

/// Pushes one numeric citation per number of each item (ranges expanded).
fn push_numbers(
    items: &[NumberItem],
    locator: Option<&Locator>,
    content: &str,
    base: usize,
    site: &Site,
    out: &mut Vec<InTextCitation>,
) {
    for &(first, last, a, b) in items {
        // As written, less the white space of blanked markup (`4–6`).
        let text: String = content
            .get(a..b)
            .unwrap_or("")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        for n in first..=last {
            out.push(InTextCitation {
                span: Span::new(base + a, base + b),
                text: text.clone(),
                kind: CitationKind::Numeric,
                label: Some(n.to_string()),
                authors: None,
                title: None,
                date: None,
                signal: None,
                locator: locator.cloned(),
                site: site.clone(),
                page_or_year: false,
                indirect: false,
            });
        }
    }
}

/// `<sup>12</sup>`, `<sup>3,4</sup>`, `<sup><a href="#r3">3</a>–<a …>5</a></sup>`
/// after a word, in HTML papers without footnotes.
fn html_superscripts(input: &Input<'_>, para: Span, site: &Site, out: &mut Vec<InTextCitation>) {
    let Some(src) = input.source.get(para.start..para.end) else {
        return;
    };
    for caps in HTML_SUP.captures_iter(src) {
        let (Some(whole), Some(inner)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        if too_long(inner.as_str(), MAX_GROUP) {
            continue;
        }
        let before = input
            .view
            .get(para.start..para.start + whole.start())
            .unwrap_or("");
        // The content with tags blanked (offsets kept) and entities for
        // dashes read as dashes.
        let content = blank_tags(inner.as_str());
        let Some((items, _)) = numeric_list(&content, None) else {
            continue;
        };
        let list = items.len() > 1 || items.iter().any(|it| it.0 != it.1);
        if exponent_context(before, list) {
            continue;
        }
        push_numbers(
            &items,
            None,
            &content,
            para.start + inner.start(),
            site,
            out,
        );
    }
}

/// HTML character references read as what they stand for, padded with
/// spaces to their length so that offsets stay true: `&amp;` → `&`,
/// `&ndash;` → `-`, quotation marks and apostrophes as themselves
/// (`&quot;` → `"`: a quoted short title), `&nbsp;` and any other
/// reference → spaces.
fn mask_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let end = tail
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';' || c.is_whitespace())
            .filter(|&(_, c)| c == ';')
            .map(|(i, _)| i + 1);
        let Some(end) = end else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let name = &tail[..end];
        let shown = match name {
            "&amp;" | "&#38;" => '&',
            "&ndash;" | "&mdash;" | "&#8211;" | "&#8212;" | "&minus;" | "&#x2013;" => '-',
            "&rsquo;" | "&#8217;" => '’',
            "&apos;" | "&#39;" | "&#x27;" => '\'',
            "&quot;" | "&#34;" | "&#x22;" => '"',
            "&ldquo;" | "&#8220;" => '“',
            "&rdquo;" | "&#8221;" => '”',
            _ => ' ',
        };
        out.push(shown);
        out.extend(std::iter::repeat_n(' ', end - shown.len_utf8()));
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Replaces tags by spaces and dash entities (`&#8211;`, `&ndash;`) by
/// `-` padded with spaces, keeping byte offsets.
fn blank_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if in_tag => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
            _ => out.push(c),
        }
    }
    for ent in [
        "&#8211;", "&ndash;", "&#x2013;", "&minus;", "&#8722;", "&mdash;",
    ] {
        let pad = format!("-{}", " ".repeat(ent.len() - 1));
        out = out.replace(ent, &pad);
    }
    out
}

/// Unicode superscripts after a word: `shown¹²`, `shown¹⁻³`, `shown¹,²`.
fn unicode_superscripts(
    text: &str,
    base: usize,
    site: &Site,
    entries: usize,
    out: &mut Vec<InTextCitation>,
) {
    let mut i = 0;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if superscript_digit(c).is_none() {
            i += c.len_utf8();
            continue;
        }
        // The run: superscript digits, superscript minus, commas, dashes.
        let start = i;
        let mut end = i;
        let mut plain = String::new();
        for (k, ch) in text[i..].char_indices() {
            if let Some(d) = superscript_digit(ch) {
                plain.push(char::from_digit(d, 10).unwrap_or('0'));
            } else if matches!(ch, '⁻' | '–' | '-' | '‒') {
                plain.push('-');
            } else if ch == ',' || ch == '˒' {
                // A comma continues the run only when a superscript follows.
                let next = text[i + k + ch.len_utf8()..].chars().next();
                if next.is_none_or(|n| superscript_digit(n).is_none()) {
                    break;
                }
                plain.push(',');
            } else {
                break;
            }
            end = i + k + ch.len_utf8();
        }
        i = end.max(start + 1);
        let plain = plain.trim_end_matches(['-', ',']).to_string();
        let Some((items, _)) = numeric_list(&plain, None) else {
            continue;
        };
        let list = items.len() > 1 || items.iter().any(|it| it.0 != it.1);
        if prev_visible(text, start).is_none() || exponent_context(&text[..start], list) {
            continue;
        }
        if items.iter().any(|it| it.1 as usize > entries.max(1)) {
            continue;
        }
        // Offsets in `plain` are one byte per character; map each item to the
        // whole run (a superscript group is one marker).
        for &(first, last, _, _) in &items {
            for n in first..=last {
                out.push(InTextCitation {
                    span: Span::new(base + start, base + end),
                    text: text[start..end].to_string(),
                    kind: CitationKind::Numeric,
                    label: Some(n.to_string()),
                    authors: None,
                    title: None,
                    date: None,
                    signal: None,
                    locator: None,
                    site: site.clone(),
                    page_or_year: false,
                    indirect: false,
                });
            }
        }
    }
}

/// `[12]`, `[3–5, 9]`, `[12, p. 4]`, unless maths or a label word stands
/// before it, or it follows a short identifier (`x[1]`, `a_i[2]`).
fn brackets(
    text: &str,
    base: usize,
    site: &Site,
    grammar: &Grammar,
    out: &mut Vec<InTextCitation>,
) {
    for caps in BRACKET.captures_iter(text) {
        let (Some(whole), Some(inner)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        if too_long(inner.as_str(), MAX_GROUP) {
            continue;
        }
        if text[inner.start()..].starts_with('^') {
            continue;
        }
        let before = line_before(text, whole.start());
        if (MATHS_BEFORE.is_match(before) && !raised_after_cjk(before))
            || grammar.ends_with_label_word(before)
        {
            continue;
        }
        if identifier_before(before) {
            continue;
        }
        // A half-open interval or a link label follows: `[0, 1)`, `[1](url)`;
        // but `(см.: [Иванова, 2010])` closes the parenthesis it stands in,
        // opened in the 256 bytes before it (a paragraph of many brackets
        // and no parenthesis is not read back to its start at each).
        let near = crate::source::floor_char_boundary(text, whole.start().saturating_sub(256));
        let in_paren = text[near..whole.start()]
            .rfind(['(', ')'])
            .is_some_and(|i| text[near + i..].starts_with('('));
        if text[whole.end()..].starts_with('(')
            || (text[whole.end()..].starts_with(')') && !in_paren)
        {
            continue;
        }
        // `[12，13]`, `[1-3，7]`: full-width commas between the numbers.
        let content = ascii_separators(inner.as_str());
        let Some((items, loc)) = numeric_list(&content, Some(grammar)) else {
            if ibid_group(&content, base + inner.start(), site, grammar, out) {
                continue;
            }
            // `Петров [2010, с. 45]`, `И. И. Иванов [2005]`: a narrative
            // citation with its year in brackets, as GOST papers write it.
            if let Some(tail) = year_tail(&content, grammar) {
                let before = &text[..whole.start()];
                if bracket_year_reads(before, &text[whole.end()..]) {
                    let near =
                        crate::source::floor_char_boundary(before, before.len().saturating_sub(60));
                    if years_fit_names(&tail, before.get(near..).unwrap_or("")) {
                        narrative(before, &tail, (base, inner.start()), site, grammar, out);
                    }
                }
                continue;
            }
            // `[see also OECD, 2021]`: an author-date group in brackets.
            parenthetical(&content, base + inner.start(), site, grammar, out);
            continue;
        };
        let pair = items.len() == 2 && items.iter().all(|it| it.0 == it.1);
        if pair && grammar.ends_with_interval_word(before) {
            continue;
        }
        push_numbers(
            &items,
            loc.as_ref(),
            &content,
            base + inner.start(),
            site,
            out,
        );
        // IEEE ranges `[4]–[6]`: the numbers between are cited too.
        if let (Some(last), None) = (items.last(), &loc) {
            bracket_range(text, base, (whole.start(), whole.end()), last.1, site, out);
        }
    }
}

/// `(ibid., p. 45)`, `(ebd., S. 12)`, `[Там же, с. 5–9]`, `(Ibid.)`: a
/// group holding one of the grammars' `back_references.ibid` words and at
/// most a pinpoint after it, as papers citing by author and year repeat
/// the work cited just before (Chicago author-date 15.26; GOST 7.0.5
/// writes `[Там же. С. 45]`). The resolver links it to the citation before
/// it in the text. `at` is where `content` starts in the input; true when
/// the group was read so.
fn ibid_group(
    content: &str,
    at: usize,
    site: &Site,
    grammar: &Grammar,
    out: &mut Vec<InTextCitation>,
) -> bool {
    let mut lead = content.len() - content.trim_start().len();
    let mut t = content.trim();
    if !t.starts_with(char::is_alphabetic) || t.len() > 80 {
        return false;
    }
    // The word, found first: most groups hold none, and are left at once.
    let Some(word) = grammar.ibid.find(t) else {
        return false;
    };
    // `(vgl. ebd., S. 122)`, `(see ibid., 4)`: a signal before the word,
    // and nothing else.
    let mut signal = None;
    if word.start > 0 {
        let Some(m) = grammar.signals.find(t).filter(|m| m.start == 0) else {
            return false;
        };
        let rest =
            t[m.end..].trim_start_matches(|c: char| c == ',' || c == ':' || c.is_whitespace());
        if t.len() - rest.len() != word.start {
            return false;
        }
        signal = Some(t[..m.end].trim().to_string());
    }
    if t[word.end..].starts_with(char::is_alphanumeric) {
        return false;
    }
    let rest = t[word.end..]
        .trim_start_matches(|c: char| matches!(c, ',' | '.' | ':') || c.is_whitespace());
    lead += word.start;
    t = &t[word.start..];
    let locator = if rest.is_empty() {
        None
    } else {
        // The pinpoint is all there is: a word and the number it ends with.
        let end = rest.trim_end_matches(['.', ' ']);
        match crate::syntax::item::pinpoint(rest, grammar) {
            Some(l) if end.ends_with(l.value.as_str()) && end.len() <= l.value.len() + 16 => {
                Some(l)
            }
            _ => return false,
        }
    };
    out.push(InTextCitation {
        span: Span::new(at + lead, at + lead + t.len()),
        text: t.to_string(),
        kind: CitationKind::Ibid,
        label: None,
        authors: None,
        title: None,
        date: None,
        signal,
        locator,
        site: site.clone(),
        page_or_year: false,
        indirect: false,
    });
    true
}

/// Whether a year in brackets between `before` and `after` may close a
/// narrative citation (`Петров [2010] показал`): not inside parentheses
/// on its line (`(Marx [1867] 1976)` dates a reprint's original) and not
/// before a number or a report's capitals (`Smith [2005] 1 AC 12`, `[2005]
/// UKHL 12`, the year of a law report).
fn bracket_year_reads(before: &str, after: &str) -> bool {
    let line = line_before(before, before.len());
    let open = line.matches(['(', '（']).count() > line.matches([')', '）']).count();
    let next = after.trim_start_matches([' ', '\t']);
    let report = next.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase());
    !open && !report
}

/// After a group ending with number `from` at byte `end` of `text`: a
/// dash and a single-number group `[n]` make the numbers in between
/// citations too, each spanning the whole `[4]–[6]`.
fn bracket_range(
    text: &str,
    base: usize,
    (start, end): (usize, usize),
    from: u32,
    site: &Site,
    out: &mut Vec<InTextCitation>,
) {
    let rest = &text[end..];
    let Some((dash_len, _)) = dash_at(rest, 0) else {
        return;
    };
    let Some(inner) = rest[dash_len..].strip_prefix('[') else {
        return;
    };
    let Some((to, after)) = number_at(inner, 0) else {
        return;
    };
    if !inner[after..].starts_with(']') || to <= from + 1 || to - from > 50 {
        return;
    }
    let stop = end + dash_len + 1 + after + 1;
    // The dash stands for the numbers between: it is their span.
    for n in from + 1..to {
        out.push(InTextCitation {
            span: Span::new(base + end, base + end + dash_len),
            text: text[start..stop].to_string(),
            kind: CitationKind::Numeric,
            label: Some(n.to_string()),
            authors: None,
            title: None,
            date: None,
            signal: None,
            locator: None,
            site: site.clone(),
            page_or_year: false,
            indirect: false,
        });
    }
}

/// The text of the current line before byte `i`, at most 200 bytes of it
/// (so that a paragraph with no line break costs no more per group).
fn line_before(text: &str, i: usize) -> &str {
    let head = text.get(..i).unwrap_or("");
    let mut from = head.len().saturating_sub(200);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    let window = &head[from..];
    let start = window.rfind('\n').map_or(0, |p| p + 1);
    &window[start..]
}

/// `工具^[8]`: a caret glued to a character of Chinese or Japanese text,
/// or to its closing punctuation, before a bracket raises the citation
/// number, as a conversion of a superscript `[8]` writes it; after
/// letters or digits (`x^[2]`) it is a power.
fn raised_after_cjk(before: &str) -> bool {
    before.strip_suffix('^').is_some_and(|b| {
        b.chars().next_back().is_some_and(|c| {
            crate::segment::is_cjk(c) || matches!(c, '。' | '，' | '、' | '”' | '’' | '）' | '》')
        })
    })
}

/// `x[1]`, `a_i[2]`, `f2[3]`: an index, not a citation. A word in Han,
/// kana or Hangul is none, however short: Chinese, Japanese and Korean
/// papers glue the number to the word it follows (`数据管理计划[5]`,
/// `王飞等[9]`, `모형[19]`), and a line may begin with the last character
/// of a word broken at the line before (`划[5]`).
fn identifier_before(before: &str) -> bool {
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    if !(last.is_alphanumeric() || last == '_') || crate::segment::is_cjk(last) {
        return false;
    }
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    word.chars().count() <= 2 || word.chars().any(|c| c.is_ascii_digit() || c == '_')
}

/// Parenthesised groups: numeric candidates (kept aside for the document
/// vote), parenthetical author-date groups, and narrative `Name (2020)`.
fn parentheses(
    text: &str,
    base: usize,
    site: &Site,
    grammar: &Grammar,
    taken: &[Span],
    out: &mut Vec<InTextCitation>,
    paren_numeric: &mut Vec<InTextCitation>,
) {
    for caps in PAREN.captures_iter(text) {
        let (Some(whole), Some(inner)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        if too_long(inner.as_str(), MAX_PAREN) {
            continue;
        }
        let abs = Span::new(base + whole.start(), base + whole.end());
        if taken.iter().any(|t| t.start < abs.end && t.end > abs.start) {
            continue;
        }
        let content = ascii_separators(inner.as_str());
        let content = content.as_ref();
        // A blank line cannot stand inside a citation.
        if content.contains("\n\n") {
            continue;
        }
        if ibid_group(content, base + inner.start(), site, grammar, out) {
            continue;
        }
        let before = &text[..whole.start()];
        // Narrative: `Smith (2020)`, `Smith and Lee (2019, p. 4)`.
        if let Some(tail) = year_tail(content, grammar) {
            let near = crate::source::floor_char_boundary(before, before.len().saturating_sub(60));
            let from = out.len();
            if years_fit_names(&tail, before.get(near..).unwrap_or("")) {
                narrative(before, &tail, (base, inner.start()), site, grammar, out);
            }
            // `Table 2 (2020)`, `Figure (2020)`: a label's number or
            // word before the years makes them no citation.
            let label = before.trim_end().ends_with(|c: char| c.is_ascii_digit())
                || grammar.ends_with_label_word(before);
            if out.len() == from && !label {
                years_alone(&tail, base + inner.start(), site, out);
            }
            continue;
        }
        // `Freire (1970 apud GADOTTI, 2001)`: the named work is quoted
        // through the one after the word.
        if let Some((left, right)) = cited_in_split(content, grammar) {
            if let Some(tail) = year_tail(&content[..left], grammar) {
                let from = out.len();
                narrative(before, &tail, (base, inner.start()), site, grammar, out);
                out[from..].iter_mut().for_each(|c| c.indirect = true);
                parenthetical(
                    &content[right..],
                    base + inner.start() + right,
                    site,
                    grammar,
                    out,
                );
                continue;
            }
        }
        // Numeric `(12)`, `(3–5)`; `（1）` numbers a list of CJK text.
        if content
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
        {
            if whole.as_str().starts_with('（') {
                continue;
            }
            let numbers = paren_numeric.len();
            paren_number(
                text,
                whole.start(),
                whole.end(),
                inner.start(),
                content,
                base,
                site,
                grammar,
                paren_numeric,
            );
            // `(19)` after `As Gikandi notes, …`: a page of the work of an
            // author named before it, in a paper that cites by author and
            // page (the resolver decides which reading stands). Right after
            // a quotation it is a page even where the sentence goes on
            // (`calls it "a Gothic" (230) but`), which no number of a
            // numeric citation is.
            let after_quote = text[..whole.start()]
                .trim_end()
                .ends_with(['"', '”', '’', '»']);
            if paren_numeric.len() > numbers || after_quote {
                out.extend(author_page::page_alone(
                    content,
                    base + inner.start(),
                    site,
                    grammar,
                ));
            }
            continue;
        }
        if pinpoint_for_narrative(content, before, base, grammar, out) {
            continue;
        }
        cited_in_for_narrative(content, before, base, grammar, out);
        let found = out.len();
        parenthetical(content, base + inner.start(), site, grammar, out);
        if out.len() == found {
            author_page::group(content, base + inner.start(), site, grammar, out);
        }
    }
}

/// `As Weingast (2009) observed, "…" (p. 281).`, `Rodden (2006) argued
/// that … (pp. 45–46).`: a bracket holding a pinpoint alone gives it to
/// the narrative citation before it in the same sentence, as the
/// author-date styles place the page of a narrative citation after the
/// quotation or paraphrase (APA 7 §8.25). The citation must be the last
/// one found in the paragraph, name its authors, and have no pinpoint of
/// its own; a sentence end outside quotation marks between them breaks
/// the link. `before` is the paragraph's text before the bracket, `base`
/// its offset.
fn pinpoint_for_narrative(
    content: &str,
    before: &str,
    base: usize,
    grammar: &Grammar,
    out: &mut [InTextCitation],
) -> bool {
    let t = content.trim();
    let Some(&first) = t.as_bytes().first() else {
        return false;
    };
    if !first.is_ascii_alphabetic() || t.len() > 40 {
        return false;
    }
    let Some(last) = narrative_in_sentence(before, base, out) else {
        return false;
    };
    if last.locator.is_some() {
        return false;
    }
    let whole = |m: &crate::grammar::LexMatch| m.start == 0 && m.end == t.len();
    let read = match grammar.page.find(t).filter(whole) {
        Some(m) => m.number.map(|n| ("page", n)),
        None => grammar
            .pinpoint(t)
            .filter(|(_, m)| whole(m))
            .and_then(|(label, m)| Some((label, m.number?))),
    };
    let Some((label, (a, b))) = read else {
        return false;
    };
    let Some(value) = t.get(a..b) else {
        return false;
    };
    last.locator = Some(Locator {
        label: label.to_string(),
        value: crate::grammar::locator_value(value),
        ..Default::default()
    });
    true
}

/// The last citation found, when it is a narrative author-date citation
/// that names its authors and stands in the same sentence as the bracket
/// after `before` (the paragraph's text before the bracket, `base` its
/// offset): no sentence end outside quotation marks between them, and at
/// most 600 bytes.
fn narrative_in_sentence<'a>(
    before: &str,
    base: usize,
    out: &'a mut [InTextCitation],
) -> Option<&'a mut InTextCitation> {
    let last = out.last_mut()?;
    if !last.site.narrative || last.kind != CitationKind::AuthorDate || last.authors.is_none() {
        return None;
    }
    let between = before.get(last.span.end.checked_sub(base)?..)?;
    (between.len() <= 600 && !sentence_end_outside_quotes(between)).then_some(last)
}

/// `Dahl (1996) made the point (as cited in Beebe, 2011).`: a bracket
/// that opens with a `cited_in` word of the grammars makes the narrative
/// citation before it in the same sentence ([`narrative_in_sentence`]) a
/// work quoted through the one in the bracket, as when the words stand in
/// its own bracket (`Dahl (1996, as cited in Beebe, 2011)`).
fn cited_in_for_narrative(
    content: &str,
    before: &str,
    base: usize,
    grammar: &Grammar,
    out: &mut [InTextCitation],
) {
    let t = content.trim_start();
    if !t.starts_with(|c: char| c.is_alphabetic()) {
        return;
    }
    // The words open the bracket: look no further than its first words.
    let head = &t[..crate::source::floor_char_boundary(t, 48)];
    let whole_word = |end: usize| head.len() == t.len() || end < head.len();
    if grammar
        .cited_in
        .find(head)
        .is_some_and(|m| m.start == 0 && whole_word(m.end))
    {
        if let Some(last) = narrative_in_sentence(before, base, out) {
            last.indirect = true;
        }
    }
}

/// Whether `s` holds a sentence end (a period, `?` or `!` before white
/// space and a capital) outside quotation marks.
fn sentence_end_outside_quotes(s: &str) -> bool {
    let mut quoted = false;
    for (i, c) in s.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '“' | '«' | '„' => quoted = true,
            '”' | '»' => quoted = false,
            '.' | '?' | '!' if !quoted => {
                let rest = s[i + 1..].trim_start();
                if rest.len() < s.len() - i - 1 && rest.starts_with(char::is_uppercase) {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Surnames and years written in the running text without brackets (`see
/// also Smith 2010a, 2010b`, `and Geertz 1962 for the classic account`),
/// as authors of every author-date style write them in a sentence: read
/// only outside parentheses and brackets, where the capitalised word before
/// the year is the family name of a listed work's first author and the
/// year (with its letter) that work's (`listed`, see [`Input::listed`];
/// `years_listed` holds their years without letters, asked first);
/// further years after commas likewise.
fn prose_years(
    text: &str,
    base: usize,
    site: &Site,
    (listed, years_listed): (
        &std::collections::HashSet<String>,
        &std::collections::HashSet<&str>,
    ),
    out: &mut Vec<InTextCitation>,
) {
    let b = text.as_bytes();
    let year_at = |i: usize| -> Option<usize> {
        let d = b.get(i..i + 4)?;
        if !d.iter().all(u8::is_ascii_digit) || !matches!(d[0], b'1' | b'2') {
            return None;
        }
        let mut end = i + 4;
        match b.get(end) {
            Some(c) if c.is_ascii_digit() => return None,
            Some(c) if c.is_ascii_lowercase() => {
                if b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric) {
                    return None;
                }
                end += 1;
            }
            Some(c) if c.is_ascii_alphanumeric() => return None,
            _ => {}
        }
        Some(end)
    };
    let site = Site {
        narrative: true,
        ..site.clone()
    };
    // Brackets open before the byte `scanned`, counted only as far as a
    // candidate year needs (most paragraphs have none).
    let mut depth = 0i32;
    let mut scanned = 0;
    let mut next = 0;
    for i in memchr::memchr2_iter(b'1', b'2', b) {
        if i < next || i < 3 || b[i - 1] != b' ' || !b[i - 2].is_ascii_alphabetic() {
            continue;
        }
        let Some(end) = year_at(i).filter(|_| years_listed.contains(&text[i..i + 4])) else {
            continue;
        };
        for k in scanned..i {
            match b[k] {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                // The full-width `（`, `）`, `［`, `］` of CJK text.
                0xEF if b.get(k + 1) == Some(&0xBC) => match b.get(k + 2) {
                    Some(0x88 | 0xBB) => depth += 1,
                    Some(0x89 | 0xBD) => depth -= 1,
                    _ => {}
                },
                _ => {}
            }
        }
        scanned = i;
        if depth > 0 {
            continue;
        }
        let head = &text[..i - 1];
        let word_at = head
            .rfind(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
            .map_or(0, |k| {
                k + head[k..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &head[word_at..];
        if !word.starts_with(char::is_uppercase) || word.chars().nth(1).is_none() {
            next = end;
            continue;
        }
        let key = crate::text::family_key(word);
        let mut years = vec![(i, end)];
        let mut j = end;
        while let Some(next) = text[j..].strip_prefix(", ").map(|_| j + 2) {
            match year_at(next) {
                Some(e) if listed.contains(&format!("{key}|{}", &text[next..e])) => {
                    years.push((next, e));
                    j = e;
                }
                _ => break,
            }
        }
        next = j;
        if !listed.contains(&format!("{key}|{}", &text[years[0].0..years[0].1])) {
            continue;
        }
        for (k, &(a, e)) in years.iter().enumerate() {
            let start = if k == 0 { word_at } else { a };
            let year = &text[a..e];
            out.push(InTextCitation {
                span: Span::new(base + start, base + e),
                text: format!("{word} {year}"),
                kind: CitationKind::AuthorDate,
                label: None,
                authors: Some(word.to_string()),
                title: None,
                date: Some(year.to_string()),
                signal: None,
                locator: None,
                site: site.clone(),
                page_or_year: false,
                indirect: false,
            });
        }
    }
}

/// A numeric group in parentheses that reads as a citation: after a word or
/// punctuation (not at line start, where `(1)` opens a list item), no maths or
/// label word before it, and punctuation or the line end after a single
/// number (`(1) the cost` is an enumeration).
#[allow(clippy::too_many_arguments)]
fn paren_number(
    text: &str,
    open: usize,
    close: usize,
    inner_start: usize,
    content: &str,
    base: usize,
    site: &Site,
    grammar: &Grammar,
    out: &mut Vec<InTextCitation>,
) {
    let before = line_before(text, open);
    if before.trim().is_empty()
        || MATHS_BEFORE.is_match(before)
        || grammar.ends_with_label_word(before)
    {
        return;
    }
    if before.ends_with(|c: char| c.is_alphanumeric()) {
        // `f(2)`, `p(3)`: function application.
        return;
    }
    // `PAM = PAD + … / 3   (1)`: an equation number on a formula line.
    if before.contains('=') {
        return;
    }
    let Some((items, loc)) = numeric_list(content, Some(grammar)) else {
        return;
    };
    let single = items.len() == 1 && items[0].0 == items[0].1;
    let after = text[close..].trim_start_matches([' ', '\t']);
    let punct_after = after.is_empty()
        || after.starts_with(['.', ',', ';', ':', '\n', '\r'])
        || after.starts_with(|c: char| c.is_uppercase());
    if single && !punct_after {
        return;
    }
    push_numbers(&items, loc.as_ref(), content, base + inner_start, site, out);
}

/// The year part of an author-date citation: years (`2019`, `2019a`,
/// `2019a, b`, `2019, 2020`, `n.d.`, `in press`), then an optional locator
/// (`, p. 4`, `: 45`, `, S. 4 f.`) or a short comment. Offsets relative to
/// the parsed text.
#[derive(Debug, Clone, PartialEq)]
struct YearTail {
    /// Each year as written, with its byte range.
    years: Vec<(String, usize, usize)>,
    /// A page locator.
    locator: Option<Locator>,
}

/// A year item at the start of `s`: returns the text and its length. A
/// year suffix of the grammars glued to the year (`2003年`) is read with
/// it and left out of the text.
fn year_item(s: &str, grammar: &Grammar) -> Option<(String, usize)> {
    // `n.d.`, `in press`: a word of the grammars in place of a year.
    if let Some((w, len)) = grammar.no_year_word(s) {
        return Some((w.text.clone(), len));
    }
    // `[1990] 2015` (Chicago): first published, then the edition cited.
    if let Some(len) = original_then_edition(s) {
        return Some((s[..len].to_string(), len));
    }
    let b = s.as_bytes();
    if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year: u32 = s[..4].parse().ok()?;
    if !(crate::syntax::date::FIRST_HIJRI_YEAR..=2100).contains(&i64::from(year))
        || b.get(4).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let mut len = 4;
    // `2003年`: the year and its unit.
    if let Some(unit) = grammar
        .year_suffix
        .iter()
        .filter(|u| !u.is_empty() && s[4..].starts_with(u.as_str()))
        .max_by_key(|u| u.len())
    {
        let after = &s[4 + unit.len()..];
        if !after.starts_with(char::is_alphanumeric) || after.starts_with(crate::segment::is_cjk) {
            return Some((s[..4].to_string(), 4 + unit.len()));
        }
    }
    // `2019a` (not `2019ff`, not a word).
    if let Some(c) = b.get(4) {
        if c.is_ascii_lowercase()
            && b.get(5)
                .is_none_or(|n| !n.is_ascii_alphabetic() && *n != b'.')
        {
            len = 5;
        } else if c.is_ascii_alphabetic() {
            return None;
        }
    }
    // `2019/20`: an academic or double year.
    if b.get(len) == Some(&b'/') {
        let digits = b[len + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits == 2 || digits == 4 {
            len += 1 + digits;
        }
    }
    Some((s[..len].to_string(), len))
}

/// The length of `[1990] 2015` or `(1990) 2015` opening `s`: a reprint's
/// original year in brackets, a space and the year of the edition cited,
/// as Chicago's author-date style writes both.
pub(crate) fn original_then_edition(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let four = |at: usize| {
        b.get(at..at + 4)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && b.get(at + 4).is_none_or(|c| !c.is_ascii_digit())
    };
    let closes = match b.first()? {
        b'[' => b']',
        b'(' => b')',
        _ => return None,
    };
    (four(1) && b.get(5) == Some(&closes) && b.get(6) == Some(&b' ') && four(7)).then_some(11)
}

/// Whether the years of `tail` are years of works cited by `names`: a
/// year before 1500 is the Hijri year (solar `1398`, lunar `1420`) of a
/// work cited by names in Arabic script, never one of a Latin-script name.
fn years_fit_names(tail: &YearTail, names: &str) -> bool {
    tail.years.iter().all(|(y, _, _)| {
        y.get(..4)
            .and_then(|y| y.parse::<u32>().ok())
            .is_none_or(|y| y >= 1500)
    }) || crate::text::has_arabic_script(names)
}

/// Parses `s` as a whole year tail (see [`YearTail`]).
fn year_tail(s: &str, grammar: &Grammar) -> Option<YearTail> {
    let mut years = Vec::new();
    let mut i = s.len() - s.trim_start().len();
    let (first, len) = year_item(&s[i..], grammar)?;
    years.push((first, i, i + len));
    i += len;
    let mut locator = None;
    loop {
        let rest = &s[i..];
        let t = rest.trim_start();
        if t.is_empty() {
            break;
        }
        let lead = rest.len() - t.len();
        if let Some(after_sep) = t.strip_prefix(',') {
            let a = after_sep.trim_start();
            let pos = i + lead + 1 + (after_sep.len() - a.len());
            // `1530–32` is a page range, never a year.
            if let Some((y, len)) = year_item(a, grammar).filter(|&(_, len)| !range_after(a, len)) {
                years.push((y, pos, pos + len));
                i = pos + len;
                continue;
            }
            // `2019a, b`: another suffix of the same year.
            let mut ch = a.chars();
            if let (Some(c), next) = (ch.next(), ch.next()) {
                if c.is_ascii_lowercase()
                    && next.is_none_or(|n| !n.is_alphabetic() && n != '.')
                    && years.last().is_some_and(|(y, _, _)| y.len() == 5)
                {
                    let year = years
                        .last()
                        .map(|(y, _, _)| y[..4].to_string())
                        .unwrap_or_default();
                    years.push((format!("{year}{c}"), pos, pos + 1));
                    i = pos + 1;
                    continue;
                }
            }
            locator = locator_in(a, grammar).or_else(|| bare_pages(a));
            if locator.is_none() && !short_comment(a) {
                return None;
            }
            break;
        }
        if let Some(after_colon) = t.strip_prefix(':') {
            locator = locator_in(after_colon.trim_start(), grammar).or_else(|| {
                let t = after_colon.trim_start();
                // `S105`, `e17` (a supplement's or an online journal's
                // pages): one letter may open the page, a digit after it.
                let letter = t
                    .strip_prefix(['S', 'e'])
                    .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                    .map_or(0, |_| 1);
                let opening = t[..letter].chars().next();
                let digits: String = t[..letter]
                    .chars()
                    .chain(t[letter..].chars().take_while(|&c| {
                        c.is_ascii_digit()
                            || matches!(c, '-' | '–' | 'f' | '.')
                            || Some(c) == opening
                    }))
                    .collect();
                let digits = digits.trim_end_matches(['.', 'f']);
                let digits = match opening {
                    Some(_) => digits.trim_end_matches(['-', '–']).to_string(),
                    None => digits.to_string(),
                };
                let number = digits[letter..].starts_with(|c: char| c.is_ascii_digit());
                number.then(|| Locator {
                    label: "page".into(),
                    value: digits,
                    ..Default::default()
                })
            });
            locator.as_ref()?;
            break;
        }
        return None;
    }
    Some(YearTail { years, locator })
}

/// Whether a dash and a digit follow the first `len` bytes of `s`
/// (`1530–32`, `1530-1532`): the number there is a range of pages.
fn range_after(s: &str, len: usize) -> bool {
    s.get(len..).is_some_and(|rest| {
        let rest = rest.trim_start_matches(['-', '–']);
        rest.len() < s.len() - len && rest.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// A locator at the start of `s`: a page (`p. 4`, `pp. 3–4`, `S. 4 f.`),
/// else another pinpoint of the grammars (`chap. 8`, `Kap. 4`, `Table 2`,
/// `fig. 3`: [`Grammar::pinpoint`]), with its label.
fn locator_in(s: &str, grammar: &Grammar) -> Option<Locator> {
    if let Some(m) = grammar.page.find(s).filter(|m| m.start <= 1) {
        let (a, b) = m.number?;
        return Some(Locator {
            label: "page".into(),
            value: crate::grammar::locator_value(&s[a..b]),
            ..Default::default()
        });
    }
    let (label, m) = grammar.pinpoint(s)?;
    let (a, b) = m.number?;
    Some(Locator {
        label: label.to_string(),
        value: crate::grammar::locator_value(&s[a..b]),
        ..Default::default()
    })
}

/// A short remark after the year (`, for a review`, `, Table 2`, `, chap.
/// 3`): a few words, no sentence (an abbreviation before a number is no
/// sentence end).
fn short_comment(s: &str) -> bool {
    let t = s.trim();
    !t.is_empty()
        && t.chars().count() <= 40
        && t.match_indices(". ")
            .all(|(i, _)| t[i + 2..].starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase()))
}

/// A bare page or page range after the year (`Oke 1982, 7–9`, Chicago),
/// or a page that a letter opens ([`lettered_page`]: `Coleman 1988, S105`).
fn bare_pages(s: &str) -> Option<Locator> {
    let t = s.trim();
    let ok = t.starts_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | ',' | ' ' | 'f'));
    (ok || lettered_page(t)).then(|| Locator {
        label: "page".into(),
        value: t.replace(' ', ""),
        ..Default::default()
    })
}

/// Whether `t` is all a page or page range that a letter opens: a
/// supplement's page (`S105`, `S95–S120`, as the American Journal of
/// Sociology numbers its supplements), an online journal's article
/// number (`e1002345`, PLoS) or a newspaper's section page (`A12`). One
/// capital or `e`, one to eight digits, and after a dash the same letter
/// or none and digits.
pub(crate) fn lettered_page(t: &str) -> bool {
    let b = t.as_bytes();
    let Some(&letter) = b.first().filter(|&&c| c.is_ascii_uppercase() || c == b'e') else {
        return false;
    };
    let digits = |s: &[u8]| s.iter().take_while(|c| c.is_ascii_digit()).count();
    let first = digits(&b[1..]);
    if !(1..=8).contains(&first) {
        return false;
    }
    let rest = t[1 + first..].trim_start();
    if rest.is_empty() {
        return true;
    }
    let Some(second) = rest.strip_prefix(['-', '–']) else {
        return false;
    };
    let second = second.trim_start();
    let second = second.strip_prefix(char::from(letter)).unwrap_or(second);
    !second.is_empty() && digits(second.as_bytes()) == second.len() && second.len() <= 8
}

/// Narrative citation: the names before `(` and the years inside.
fn narrative(
    before: &str,
    tail: &YearTail,
    (base, inner_start): (usize, usize),
    site: &Site,
    grammar: &Grammar,
    out: &mut Vec<InTextCitation>,
) {
    // Look back at most 160 bytes, on the same paragraph.
    let mut from = before.len().saturating_sub(160);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let window = &before[from..];
    let Some(mut names) = narrative_names(window, grammar) else {
        return;
    };
    // `Li's (2022) dissertation`: a name word may hold an apostrophe
    // (`O'Brien`), so the possessive is taken off here.
    if let Some(bare) = ["'s", "’s"]
        .iter()
        .find_map(|p| window[names.clone()].strip_suffix(p))
        .filter(|b| b.chars().count() >= 2)
    {
        names.end = names.start + bare.len();
    }
    let names_text = collapse(&window[names.clone()]);
    let names_text = names_text.as_str();
    if reject_names(names_text) {
        return;
    }
    let names_start = from + names.start;
    let site = Site {
        narrative: true,
        ..site.clone()
    };
    push_years(
        out,
        tail,
        names_text,
        (base + names_start, base + inner_start),
        |year| format!("{names_text} ({year})"),
        None,
        &site,
    );
}

/// Years alone in parentheses, no names before them: `As Putnam put it,
/// "…" (1993, 167).`, `Coleman argues that … (1988: 98)`. The author-date
/// styles (APA, Chicago, Harvard) give only the year and the page where
/// the sentence names the author already. Each year becomes a narrative
/// citation without names, which the resolver links to the surname named
/// earlier in the sentence when that author has a listed work of the
/// year, and drops otherwise (a bare `(1993)` in prose is often a date).
/// `tail_base` is the offset the tail's ranges are relative to.
fn years_alone(tail: &YearTail, tail_base: usize, site: &Site, out: &mut Vec<InTextCitation>) {
    let years = tail.years.iter().all(|(y, _, _)| {
        y.get(..4)
            .and_then(|d| d.parse::<u32>().ok())
            .is_some_and(|d| (1500..=2100).contains(&d))
    });
    if !years {
        return;
    }
    let site = Site {
        narrative: true,
        ..site.clone()
    };
    for (year, a, b) in &tail.years {
        out.push(InTextCitation {
            span: Span::new(tail_base + a, tail_base + b),
            text: year.clone(),
            kind: CitationKind::AuthorDate,
            label: None,
            authors: None,
            title: None,
            date: Some(year.clone()),
            signal: None,
            locator: tail.locator.clone(),
            site: site.clone(),
            page_or_year: false,
            indirect: false,
        });
    }
}

/// The names at the end of `window`, before a narrative `(2020)`: names
/// in letters, else CJK names, with an "and others" word of the grammars
/// after them (`제갈정웅 외(2015)`).
fn narrative_names(window: &str, grammar: &Grammar) -> Option<Range<usize>> {
    if let Some(c) = narrative_names_pattern(grammar).and_then(|re| crate::re::captures(re, window))
    {
        return Some(c.name("names")?.range());
    }
    let trimmed = window.trim_end();
    let (core, end) = match cjk_et_al_before(trimmed, grammar) {
        Some(cut) => (&trimmed[..cut], trimmed.len()),
        None => (window, 0),
    };
    let names = crate::re::captures(&CJK_NARRATIVE_NAMES, core)?.name("names")?;
    let mut start = names.start();
    // `これは林（2012）の`, `また稲葉（2011）は`: the particles and words in
    // hiragana before a name in Han characters or katakana are prose.
    if let Some((i, c)) = names
        .as_str()
        .char_indices()
        .rev()
        .find(|&(_, c)| is_hiragana(c))
        .filter(|&(i, c)| i + c.len_utf8() < names.len())
    {
        start += i + c.len_utf8();
    }
    let name = &core[start..names.end()];
    // A name of one character after a digit or a letter (`第3章`, `表1`)
    // is a label.
    if name.chars().nth(1).is_none()
        && core[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    cjk_names_ok(name).then(|| start..end.max(names.end()))
}

/// A hiragana letter.
fn is_hiragana(c: char) -> bool {
    matches!(c as u32, 0x3041..=0x309F)
}

/// One author-date citation per year of `tail` (`Smith (2019, 2020a)`):
/// the first spans the names too, from `names_start`; the years' ranges
/// are relative to `tail_base`.
fn push_years(
    out: &mut Vec<InTextCitation>,
    tail: &YearTail,
    names_text: &str,
    (names_start, tail_base): (usize, usize),
    text: impl Fn(&str) -> String,
    signal: Option<String>,
    site: &Site,
) {
    for (k, (year, a, b)) in tail.years.iter().enumerate() {
        let start = if k == 0 { names_start } else { tail_base + a };
        out.push(InTextCitation {
            span: Span::new(start, tail_base + b),
            text: text(year),
            kind: CitationKind::AuthorDate,
            label: None,
            authors: Some(names_text.to_string()),
            title: None,
            date: Some(year.clone()),
            signal: signal.clone(),
            locator: tail.locator.clone(),
            site: site.clone(),
            page_or_year: k > 0 && year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()),
            indirect: false,
        });
    }
}

/// White space runs (line breaks of a hard-wrapped paragraph, blanked
/// markup) as one space, ends trimmed; a word hyphenated at a line's end
/// (`Depart-` / `ment`) joined again.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.split('\n') {
        for (i, word) in line.split_whitespace().enumerate() {
            if out.is_empty() {
                // The first word: nothing to join it to.
            } else if i > 0 {
                out.push(' ');
            } else if crate::text::hyphenated_at_end(&out) && word.starts_with(char::is_lowercase) {
                // `Depart-` / `ment for Education`: a word hyphenated at
                // the line's end is one word.
                out.pop();
            } else if !out.ends_with('-') {
                // `Smith-` / `Jones` keeps its hyphen, and no space.
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// Names that are no authors: figure and table words, months, seasons.
pub(crate) fn reject_names(names: &str) -> bool {
    const NOT_AUTHORS: [&str; 24] = [
        "Fig",
        "Figs",
        "Figure",
        "Figures",
        "Table",
        "Tables",
        "Eq",
        "Equation",
        "Section",
        "Chapter",
        "Appendix",
        "Spring",
        "Summer",
        "Autumn",
        "Fall",
        "Winter",
        "Abb",
        "Tab",
        "Tabelle",
        "Abbildung",
        "Kapitel",
        "Abschnitt",
        "Since",
        "Until",
    ];
    let last = names
        .split(|c: char| !c.is_alphabetic())
        .rfind(|w| !w.is_empty())
        .unwrap_or("");
    let first = names
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    NOT_AUTHORS.contains(&last) || NOT_AUTHORS.contains(&first) || month_like(last)
}

/// English, German and French month names (`(June 2019)` is a date).
fn month_like(w: &str) -> bool {
    const MONTHS: [&str; 32] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Januar",
        "Februar",
        "März",
        "Juni",
        "Juli",
        "Oktober",
        "Dezember",
        "Mai",
    ];
    MONTHS.contains(&w)
}

/// A parenthetical group: parts split on `;`, each `signal names year…`.
/// A part of names alone before another part joins its names as
/// co-authors (ABNT `(SILVA; SOUZA, 2010)`); a part with a `cited_in`
/// word of the grammars holds two citations (`FREIRE, 1970 apud GADOTTI,
/// 2001`), the first of a work quoted through the second
/// ([`InTextCitation::indirect`]).
fn parenthetical(
    content: &str,
    base: usize,
    site: &Site,
    grammar: &Grammar,
    out: &mut Vec<InTextCitation>,
) {
    let mut start = 0;
    let mut parts = Vec::new();
    for (i, c) in content.char_indices() {
        if c == ';' {
            parts.push((start, i));
            start = i + 1;
        }
    }
    parts.push((start, content.len()));
    let mut pending: Option<Pending> = None;
    for (a, b) in parts {
        match cited_in_split(&content[a..b], grammar) {
            Some((left, right)) => {
                let from = out.len();
                part_citations(
                    content,
                    (a, a + left),
                    base,
                    site,
                    grammar,
                    &mut pending,
                    out,
                );
                out[from..].iter_mut().for_each(|c| c.indirect = true);
                pending = None;
                part_citations(
                    content,
                    (a + right, b),
                    base,
                    site,
                    grammar,
                    &mut pending,
                    out,
                );
            }
            None => part_citations(content, (a, b), base, site, grammar, &mut pending, out),
        }
    }
}

/// The names of a part of a parenthetical group that holds no year,
/// waiting for the next part (`SILVA` of `(SILVA; SOUZA, 2010)`).
struct Pending {
    /// Where the names start in the group's content.
    start: usize,
    /// The names, collapsed.
    names: String,
    /// The signal before them.
    signal: Option<String>,
}

/// Where a `cited_in` word of the grammars stands in `part` after a
/// citation (`FREIRE, 1970 apud GADOTTI`, `Freire, 1970, as cited in
/// Gadotti`): the end of the text before it (less commas and spaces) and
/// the start of the text after it.
fn cited_in_split(part: &str, grammar: &Grammar) -> Option<(usize, usize)> {
    let m = grammar.cited_in.find(part)?;
    let left = part[..m.start].trim_end_matches([',', ' ', '\n']).len();
    (left > 0 && m.end < part.len()).then_some((left, m.end))
}

/// The citations of one part `content[a..b]` of a parenthetical group.
fn part_citations(
    content: &str,
    (a, b): (usize, usize),
    base: usize,
    site: &Site,
    grammar: &Grammar,
    pending: &mut Option<Pending>,
    out: &mut Vec<InTextCitation>,
) {
    let before = pending.take();
    let part = &content[a..b];
    if before.is_none() {
        if let Some((names, tail_start)) = organisation_head(part, grammar) {
            let names_text = collapse(&part[names.clone()]);
            let names_text = names_text.as_str();
            if let Some(tail) = year_tail(&part[tail_start..], grammar)
                .filter(|t| years_fit_names(t, names_text) && !reject_names(names_text))
            {
                push_years(
                    out,
                    &tail,
                    names_text,
                    (base + a + names.start, base + a + tail_start),
                    |year| format!("{names_text}, {year}"),
                    None,
                    site,
                );
                return;
            }
        }
    }
    let Some(head) = part_head(part, grammar).or_else(|| cjk_part_head(part, grammar)) else {
        return;
    };
    // The signal pattern takes lowercase words, so a name particle
    // (`de Vries`, `van der Berg`) at its end is given back to the names.
    let mut names_start = head.names.start;
    let pre_start = head.pre.as_ref().map_or(names_start, |p| p.start);
    let mut signal_text = head.pre.clone().map_or("", |p| &part[p]);
    while let Some(word) = signal_text.split_whitespace().next_back() {
        if !PARTICLES.contains(&word) {
            break;
        }
        let cut = signal_text.trim_end().len() - word.len();
        names_start = pre_start + cut;
        signal_text = &signal_text[..cut];
    }
    let names_text = collapse(&part[names_start..head.names.end]);
    let names_text = names_text.trim_end_matches(',');
    if reject_names(names_text) {
        return;
    }
    let signal = Some(
        signal_text
            .trim()
            .trim_end_matches([',', ':'])
            .trim_end()
            .to_string(),
    )
    .filter(|s| !s.is_empty());
    // Names alone: co-authors of the next part's names.
    if part[head.end..].trim().is_empty() && head.names.end == part.trim_end().len() {
        *pending = Some(Pending {
            start: before.as_ref().map_or(a + names_start, |p| p.start),
            names: match &before {
                Some(p) => format!("{}; {names_text}", p.names),
                None => names_text.to_string(),
            },
            signal: before.and_then(|p| p.signal).or(signal),
        });
        return;
    }
    let Some(tail) =
        year_tail(&part[head.end..], grammar).filter(|t| years_fit_names(t, names_text))
    else {
        return;
    };
    let tail_base = a + head.end;
    let (names_text, start, signal) = match before {
        Some(p) if signal.is_none() => (format!("{}; {names_text}", p.names), p.start, p.signal),
        _ => (names_text.to_string(), a + names_start, signal),
    };
    let names_text = names_text.as_str();
    push_years(
        out,
        &tail,
        names_text,
        (base + start, base + tail_base),
        |year| format!("{names_text}, {year}"),
        signal,
        site,
    );
}

/// An organisation named as the author of a parenthetical part, up to its
/// comma: `National Survey of Student Engagement [NSSE], 2019`,
/// `Organisation for Economic Co-operation and Development [OECD], 2019`,
/// `Department of Health and Human Services, 2018`. Two to ten words, the
/// first and the last capitalised, the others capitalised or short
/// lowercase joining words (`of`, `for`, `and`, `für`, `de`); a joining
/// word that neither opens a family name (`de`, `van`) nor joins names
/// (`and`), or an abbreviation in square brackets after the name (which is
/// left out of it), tells it from a person's names, which the other heads
/// read. Returns
/// the name's range and where the text after its comma starts.
fn organisation_head(part: &str, grammar: &Grammar) -> Option<(Range<usize>, usize)> {
    let comma = part.find(',')?;
    let lead = part.len() - part.trim_start().len();
    let mut head = part[..comma].trim_end();
    let mut abbreviated = false;
    // `World Health Organization [WHO]`, the bracket also after a line
    // break.
    let bracket = head
        .strip_suffix(']')
        .and_then(|h| h.rfind('['))
        .filter(|&open| head[..open].ends_with(char::is_whitespace));
    if let Some(open) = bracket {
        let abbr = &head[open + 1..head.len() - 1];
        if !crate::text::is_abbreviation(abbr) {
            return None;
        }
        head = head[..open].trim_end();
        abbreviated = true;
    }
    let name = head.get(lead..)?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let joining = |w: &&str| w.chars().count() <= 4 && w.chars().all(char::is_lowercase);
    let fits = (2..=10).contains(&words.len())
        && words.first().is_some_and(capital)
        && words.last().is_some_and(capital)
        && words.iter().all(|w| capital(w) || joining(w))
        && (abbreviated
            || words.iter().any(|w| {
                joining(w)
                    && !PARTICLES.contains(w)
                    && !grammar
                        .name_separators
                        .iter()
                        .any(|sep| sep.word && sep.pattern.trim() == *w)
            }));
    fits.then_some((lead..lead + name.len(), comma + 1))
}

/// Splits an author string into family-name keys: `Smith & Lee` →
/// `[smith, lee]`, `Müller/Schmidt` → `[muller, schmidt]`, `SILVA; SOUZA`
/// → `[silva, souza]`, and says whether it ended with `et al.` (or `u.
/// a.`).
pub fn author_keys(authors: &str, grammar: &Grammar) -> (Vec<String>, bool) {
    let (pieces, et_al) = author_pieces(authors, grammar);
    (pieces.into_iter().map(|p| p.key).collect(), et_al)
}

/// One name of an author string ([`author_pieces`]).
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorPiece {
    /// Where the name starts in the string.
    pub start: usize,
    /// The name as written.
    pub text: String,
    /// Its family-name key.
    pub key: String,
}

/// The names of an author string, each with its offset and key, split as
/// [`author_keys`] splits them; and whether the string ended with `et al.`.
pub fn author_pieces(authors: &str, grammar: &Grammar) -> (Vec<AuthorPiece>, bool) {
    let lead = authors.len() - authors.trim_start().len();
    let mut s = authors.trim();
    let mut et_al = false;
    let lower = s.to_lowercase();
    // The offsets of `lower` are those of `s` only when lowercasing kept
    // every length.
    if lower.len() == s.len() {
        for w in &grammar.et_al {
            let w = w.trim_end_matches('.');
            if let Some(pos) = lower.rfind(w) {
                if pos > 0
                    && s.is_char_boundary(pos)
                    && lower[pos + w.len()..]
                        .trim_matches(['.', ' ', ','])
                        .is_empty()
                {
                    s = &s[..pos];
                    et_al = true;
                    break;
                }
            }
        }
    }
    s = without_cjk_role(s, grammar);
    // The `and` words written in letters (`and`, `und`, `et`, `y`); marks
    // (`&`, `/`) split like commas.
    let and_words: Vec<&str> = grammar
        .and_words
        .iter()
        .map(String::as_str)
        .filter(|w| w.chars().all(char::is_alphabetic))
        .collect();
    // Marks of the grammars that join names (`·`, `ㆍ`) split like commas.
    let and_marks: Vec<char> = grammar
        .and_words
        .iter()
        .filter_map(|w| {
            let mut cs = w.chars();
            cs.next()
                .filter(|c| !c.is_alphanumeric() && cs.next().is_none())
        })
        .collect();
    let mut pieces = Vec::new();
    let mut at = 0;
    for part in
        s.split(|c: char| matches!(c, ',' | '&' | '/' | '、' | ';') || and_marks.contains(&c))
    {
        let part_start = at;
        at += part.len();
        // Past the separator (one character).
        at += s[at..].chars().next().map_or(0, char::len_utf8);
        for (offset, piece) in split_words(part, &and_words) {
            let key = crate::text::family_key(piece);
            if !key.is_empty() {
                pieces.push(AuthorPiece {
                    start: lead + part_start + offset,
                    text: piece.to_string(),
                    key,
                });
            }
        }
    }
    (pieces, et_al)
}

/// `長野県編`, `山田・佐藤編`, `한국사회학회 편`: CJK names with an
/// editor's role word of the grammars (`names.roles`, those in CJK
/// script) after them, glued or after a space, without the role. Two CJK
/// characters at least must stay before it.
fn without_cjk_role<'a>(s: &'a str, grammar: &Grammar) -> &'a str {
    if !s.ends_with(crate::segment::is_cjk) {
        return s;
    }
    grammar
        .roles
        .iter()
        .filter(|r| !r.is_empty() && r.chars().all(crate::segment::is_cjk))
        .find_map(|r| {
            let names = s.strip_suffix(r.as_str())?.trim_end();
            let mut tail = names.chars().rev();
            let cjk = |c: Option<char>| c.is_some_and(crate::segment::is_cjk);
            (cjk(tail.next()) && cjk(tail.next())).then_some(names)
        })
        .unwrap_or(s)
}

/// Splits on whole connector words: each piece, trimmed, with its offset.
fn split_words<'a>(s: &'a str, words: &[&str]) -> Vec<(usize, &'a str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    for w in s.split(' ') {
        let end = pos + w.len();
        if words.contains(&w) {
            out.push((start, &s[start..pos]));
            start = end + 1;
        }
        pos = end + 1;
    }
    if start <= s.len() {
        let from = start.min(s.len());
        out.push((from, &s[from..]));
    }
    out.into_iter()
        .map(|(at, p)| (at + p.len() - p.trim_start().len(), p.trim()))
        .filter(|(_, p)| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> Grammar {
        Grammar::builtin()
    }

    #[test]
    fn pages_a_letter_opens() {
        for page in ["S105", "S95–S120", "S95-120", "e1002345", "A12", "A12-A14"] {
            assert!(lettered_page(page), "{page}");
        }
        for other in [
            "S",
            "s105",
            "H2 tested",
            "AB12",
            "S95–T120",
            "e123456789",
            "12",
            "S95–",
        ] {
            assert!(!lettered_page(other), "{other}");
        }
    }

    #[test]
    fn a_group_of_an_ibid_word_and_a_pinpoint_repeats_a_work() {
        let g = g();
        let site = Site {
            paragraph: 0,
            section: None,
            narrative: false,
        };
        let read = |content: &str| {
            let mut out = Vec::new();
            let taken = ibid_group(content, 100, &site, &g, &mut out);
            assert_eq!(taken, !out.is_empty());
            out.pop()
                .map(|c| (c.text, c.span, c.signal, c.locator.map(|l| l.value)))
        };
        assert_eq!(
            read("ibid., 175-6"),
            Some((
                "ibid., 175-6".into(),
                Span::new(100, 112),
                None,
                Some("175-6".into())
            ))
        );
        assert_eq!(
            read(" vgl. ebd., S. 122"),
            Some((
                "ebd., S. 122".into(),
                Span::new(106, 118),
                Some("vgl.".into()),
                Some("122".into())
            ))
        );
        assert_eq!(read("Ibid.").map(|r| r.3), Some(None));
        assert_eq!(
            read("Там же, с. 5–9").and_then(|r| r.3),
            Some("5–9".to_string())
        );
        // More than a pinpoint after the word, or a word that only opens
        // with it: no repetition.
        assert_eq!(read("ibid., and Smith 2010"), None);
        assert_eq!(read("idem, Essays, 45"), None);
        assert_eq!(read("ebenfalls 12"), None);
        assert_eq!(read("Smith 2010"), None);
    }

    fn scan_text(text: &str, has_footnotes: bool) -> Vec<InTextCitation> {
        scan_with(text, has_footnotes, true)
    }

    /// The citations of `text`, all of it body, before a list of 20
    /// entries, `numbered` or not.
    pub(super) fn scan_with(
        text: &str,
        has_footnotes: bool,
        numbered: bool,
    ) -> Vec<InTextCitation> {
        scan_marked(text, has_footnotes, numbered, false)
    }

    /// [`scan_with`], in a paper whose notes are labelled `(1)` and marked
    /// so in the text when `notes_in_brackets`.
    fn scan_marked(
        text: &str,
        has_footnotes: bool,
        numbered: bool,
        notes_in_brackets: bool,
    ) -> Vec<InTextCitation> {
        let body = vec![Span::new(0, text.len())];
        let input = Input {
            view: text,
            source: text,
            body: &body,
            format: InputFormat::Text,
            has_footnotes,
            entries: 20,
            numbered,
            listed: &std::collections::HashSet::new(),
            notes_in_brackets,
        };
        scan(&input, &g())
    }

    fn labels(cs: &[InTextCitation]) -> Vec<String> {
        cs.iter()
            .map(|c| {
                c.label.clone().unwrap_or_else(|| {
                    format!(
                        "{}|{}",
                        c.authors.clone().unwrap_or_default(),
                        c.date.clone().unwrap_or_default()
                    )
                })
            })
            .collect()
    }

    #[test]
    fn numeric_brackets_and_ranges() {
        let cs = scan_text("Shown before [1], [3–5, 9] and [12, p. 4].", false);
        assert_eq!(labels(&cs), ["1", "3", "4", "5", "9", "12"]);
        assert_eq!(cs[5].locator.as_ref().map(|l| l.value.as_str()), Some("4"));
    }

    #[test]
    fn chinese_numbers_in_brackets_of_either_width() {
        // A number glued to a Han word of one or two characters, one at a
        // line's start, full-width brackets and commas, a raised `^[8]`.
        let cs = scan_text(
            "提交数据管理计\n划[5]。王飞等 ［9］ 构建了图谱；Hogan 等[10]回顾了方法，\
             BERT 模型[19]与激励机制[12，13]、差异[1-3，7]，以及工具^[8]。",
            false,
        );
        assert_eq!(
            labels(&cs),
            ["5", "9", "10", "19", "12", "13", "1", "2", "3", "7", "8"]
        );
        let nine = &cs[1];
        assert_eq!(nine.text, "9");
        // A power and a short Latin identifier stay no citations.
        assert!(scan_text("取 x^[2] 与 a[1] 之和。", false).is_empty());
    }

    #[test]
    fn intervals_and_indices_are_not_citations() {
        let cs = scan_text(
            "Let x ∈ [0, 1] and y in the interval [2, 5]; a[1] and Fig. [3] and [1.5] and [0].",
            false,
        );
        assert!(cs.is_empty(), "{cs:?}");
    }

    #[test]
    fn author_date_groups() {
        let cs = scan_text(
            "It holds (Smith & Lee, 2019a; Kim et al. 2020, p. 4; e.g., Park, n.d.).",
            false,
        );
        assert_eq!(
            labels(&cs),
            ["Smith & Lee|2019a", "Kim et al.|2020", "Park|n.d."]
        );
        assert_eq!(cs[1].locator.as_ref().map(|l| l.value.as_str()), Some("4"));
        assert_eq!(cs[2].signal.as_deref(), Some("e.g."));
    }

    #[test]
    fn pages_after_a_year_are_pages_or_years_to_be_settled() {
        let cs = scan_text(
            "It holds (Gajendran and Harrison 2007, 1530; Smith 2007, 1530–32; Lee 2007, 16540). \
             Smith (2007, 1530) and (Smith 2007, 2009; Lee 2015a, b).",
            false,
        );
        assert_eq!(
            labels(&cs),
            [
                "Gajendran and Harrison|2007",
                "Gajendran and Harrison|1530",
                "Smith|2007",
                "Lee|2007",
                "Smith|2007",
                "Smith|1530",
                "Smith|2007",
                "Smith|2009",
                "Lee|2015a",
                "Lee|2015b"
            ]
        );
        let loc = |i: usize| cs[i].locator.as_ref().map(|l| l.value.as_str());
        // A range or a number that is no year is a page at once.
        assert_eq!(loc(2), Some("1530–32"));
        assert_eq!(loc(3), Some("16540"));
        // A bare four-digit number after a year is settled against the list.
        let flags: Vec<bool> = cs.iter().map(|c| c.page_or_year).collect();
        assert_eq!(
            flags,
            [false, true, false, false, false, true, false, true, false, false]
        );
        assert!(!range_after("2009", 4));
        assert!(!range_after("2009-", 4));
        assert!(range_after("1530-1532", 4));
    }

    #[test]
    fn narrative_and_years() {
        let cs = scan_text(
            "Smith and Lee (2019a, b) and Müller u. a. (2018, S. 4) argue. In 2019 (or 2020) the war (1939–1945) ended in June (2019).",
            false,
        );
        // `June (2019)`: years alone, which the resolver keeps only after
        // a listed author's name.
        let (alone, cs): (Vec<_>, Vec<_>) = cs.into_iter().partition(|c| c.authors.is_none());
        assert_eq!(alone.len(), 1);
        assert_eq!(alone[0].date.as_deref(), Some("2019"));
        assert!(alone[0].site.narrative);
        assert_eq!(
            labels(&cs),
            [
                "Smith and Lee|2019a",
                "Smith and Lee|2019b",
                "Müller u. a.|2018"
            ]
        );
        assert!(cs.iter().all(|c| c.site.narrative));
    }

    #[test]
    fn superscripts_after_words_only() {
        let cs = scan_text("Known¹,³ and shown²⁻⁴. Area 5 m² and 10⁶ cells.", false);
        assert_eq!(labels(&cs), ["1", "3", "2", "3", "4"]);
        assert!(scan_text("Known¹ here.", true).is_empty());
    }

    #[test]
    fn parenthesised_numbers_need_a_document_vote() {
        let one = scan_text("Costs rose (3). We see (1) the cost and Eq. (4).", false);
        assert!(one.is_empty(), "{one:?}");
        let two = scan_text(
            "Costs rose (3). Prices fell (4, 5), as in (1) the cost.",
            false,
        );
        assert_eq!(labels(&two), ["3", "4", "5"]);
    }

    #[test]
    fn parenthesised_numbers_mark_notes_labelled_so() {
        let text = "Costs rose (3). Prices fell (4), as in [2].";
        let marked = scan_marked(text, true, false, true);
        assert_eq!(labels(&marked), ["2"]);
        let unmarked = scan_marked(text, true, false, false);
        assert_eq!(labels(&unmarked), ["2"]);
        let text = "Costs rose (3). Prices fell (4).";
        assert_eq!(labels(&scan_marked(text, true, false, false)), ["3", "4"]);
        assert!(scan_marked(text, true, false, true).is_empty());
    }

    #[test]
    fn headings() {
        assert_eq!(heading("2. Methods").as_deref(), Some("2. Methods"));
        assert_eq!(heading("## Results").as_deref(), Some("Results"));
        assert_eq!(heading("This is a sentence. It goes on."), None);
        assert_eq!(heading("Results [1]"), None);
    }

    #[test]
    fn author_key_lists() {
        let g = g();
        assert_eq!(
            author_keys("Smith & Lee", &g),
            (vec!["smith".to_string(), "lee".to_string()], false)
        );
        assert_eq!(
            author_keys("Kim et al.", &g),
            (vec!["kim".to_string()], true)
        );
        assert_eq!(
            author_keys("Müller/Schmidt", &g),
            (vec!["muller".to_string(), "schmidt".to_string()], false)
        );
        assert_eq!(
            author_keys("Müller u. a.", &g),
            (vec!["muller".to_string()], true)
        );
        assert_eq!(
            author_keys("김철수·황보영조 외", &g),
            (vec!["김철수".to_string(), "황보영조".to_string()], true)
        );
    }

    #[test]
    fn cjk_names_before_years() {
        let cs = scan_text(
            "정당 연구는 오래되었다(남궁곤 2005, 12쪽; 김철수·박영희, 2011: 23). \
             선우현(2012)은 달리 보며, 丸山眞男 (1961)도 그렇다(통일연구원 2023; 김철수 외 2020).",
            false,
        );
        assert_eq!(
            labels(&cs),
            [
                "남궁곤|2005",
                "김철수·박영희|2011",
                "선우현|2012",
                "丸山眞男|1961",
                "통일연구원|2023",
                "김철수 외|2020"
            ]
        );
        assert_eq!(cs[0].locator.as_ref().map(|l| l.value.as_str()), Some("12"));
        assert_eq!(cs[1].locator.as_ref().map(|l| l.value.as_str()), Some("23"));
        assert!(cs[2].site.narrative && !cs[0].site.narrative);
        // Prose in parentheses, and a clause glued to a year, are no names.
        let cs = scan_text(
            "이 조약(1905년 체결)은 무효이며(그 효력에 관하여는 논란이 있다 2010) \
             대한제국의외교권을박탈한을사늑약(1905)이다.",
            false,
        );
        assert!(cs.iter().all(|c| c.authors.is_none()), "{cs:?}");
    }

    /// Chinese and Japanese author-date groups in full-width parentheses,
    /// with full-width commas, colons and semicolons; a full-width `（1）`
    /// numbers a list.
    #[test]
    fn full_width_author_date_groups() {
        let cs = scan_text(
            "外交转型已经开始（王逸舟，2003；秦亚青，2012：45）。王逸舟（2003）认为如此，\
             阎学通等（2010）则不然。其理由有二：（1）体系，（2）国内。",
            false,
        );
        assert_eq!(
            labels(&cs),
            ["王逸舟|2003", "秦亚青|2012", "王逸舟|2003", "阎学通等|2010"]
        );
        assert_eq!(cs[1].locator.as_ref().map(|l| l.value.as_str()), Some("45"));
        assert!(cs[2].site.narrative && !cs[0].site.narrative);
        assert_eq!(
            ascii_separators("（王，2003：4）").len(),
            "（王，2003：4）".len()
        );
    }
}

#[cfg(test)]
mod groups {
    use super::*;

    fn scan_text(text: &str) -> Vec<InTextCitation> {
        super::tests::scan_with(text, false, false)
    }

    /// (authors, date, signal, locator label and value, indirect).
    type Row = (
        String,
        String,
        Option<String>,
        Option<(String, String)>,
        bool,
    );

    fn rows(text: &str) -> Vec<Row> {
        scan_text(text)
            .into_iter()
            .map(|c| {
                (
                    c.authors.unwrap_or_default(),
                    c.date.unwrap_or_default(),
                    c.signal,
                    c.locator.map(|l| (l.label, l.value)),
                    c.indirect,
                )
            })
            .collect()
    }

    fn row(a: &str, d: &str, s: Option<&str>, l: Option<(&str, &str)>, indirect: bool) -> Row {
        (
            a.into(),
            d.into(),
            s.map(Into::into),
            l.map(|(k, v)| (k.into(), v.into())),
            indirect,
        )
    }

    #[test]
    fn pinpoints_other_than_pages() {
        assert_eq!(
            rows(
                "As shown (Putnam 2000, ch. 3; Dahl 1989, pp. 12–14, 37; OECD 2019, Table 2) \
                 and (Müller, 2000, Kap. 4; OECD 2019, fig. 3); Putnam (2000, chap. 8) too."
            ),
            [
                row("Putnam", "2000", None, Some(("chapter", "3")), false),
                row("Dahl", "1989", None, Some(("page", "12–14,37")), false),
                row("OECD", "2019", None, Some(("table", "2")), false),
                row("Müller", "2000", None, Some(("chapter", "4")), false),
                row("OECD", "2019", None, Some(("figure", "3")), false),
                row("Putnam", "2000", None, Some(("chapter", "8")), false),
            ]
        );
    }

    #[test]
    fn author_date_groups_in_square_brackets() {
        assert_eq!(
            rows("Trust fell [see also OECD, 2021; Norris 2011] but not [sic] in [2019]."),
            [
                row("OECD", "2021", Some("see also"), None, false),
                row("Norris", "2011", None, None, false),
            ]
        );
    }

    #[test]
    fn abnt_semicolons_join_co_authors_and_apud_quotes_through() {
        assert_eq!(
            rows(
                "A gestão (SILVA; SOUZA, 2010; SANTOS et al., 2015) e o ato político \
                 (FREIRE, 1970 apud GADOTTI, 2001, p. 12); Freire (1970 apud GADOTTI, 2001) \
                 e (Freire, 1970, as cited in Gadotti, 2001)."
            ),
            [
                row("SILVA; SOUZA", "2010", None, None, false),
                row("SANTOS et al.", "2015", None, None, false),
                row("FREIRE", "1970", None, None, true),
                row("GADOTTI", "2001", None, Some(("page", "12")), false),
                row("Freire", "1970", None, None, true),
                row("GADOTTI", "2001", None, None, false),
                row("Freire", "1970", None, None, true),
                row("Gadotti", "2001", None, None, false),
            ]
        );
    }

    #[test]
    fn a_year_with_its_unit() {
        assert_eq!(
            rows("外交转型（王逸舟，2003年）已经开始，秦亚青（2012年）则不然（1949年以后）。"),
            [
                row("王逸舟", "2003", None, None, false),
                row("秦亚青", "2012", None, None, false),
            ]
        );
    }

    #[test]
    fn author_pieces_keep_their_offsets() {
        let g = Grammar::builtin();
        let (pieces, et_al) = author_pieces("As Levi and Stoker", &g);
        let got: Vec<(usize, &str, &str)> = pieces
            .iter()
            .map(|p| (p.start, p.text.as_str(), p.key.as_str()))
            .collect();
        assert_eq!(got, [(0, "As Levi", "aslevi"), (12, "Stoker", "stoker")]);
        assert!(!et_al);
        let (pieces, et_al) = author_pieces("SILVA; SOUZA et al.", &g);
        let got: Vec<(usize, &str)> = pieces.iter().map(|p| (p.start, p.text.as_str())).collect();
        assert_eq!(got, [(0, "SILVA"), (7, "SOUZA")]);
        assert!(et_al);
    }
}

#[cfg(test)]
mod part_head_search {
    use super::*;
    use proptest::prelude::*;

    /// The built-in grammar, built once.
    static G: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

    /// The bounded pattern [`part_head`] stands for.
    static BOUNDED: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"^\s*(?P<pre>(?:z\.\s?B\.,?\s+|(?:[\p{{Ll}}][\p{{Ll}}.]*(?:,|\s?:)?\s+){{1,4}}))?(?P<names>{})(?:['’]s?)?\s*,?\s*",
            names_pattern(&G)
        ))
    });

    /// Lowercase words, each with what follows it (mostly a space).
    fn words(words: Vec<&'static str>, n: std::ops::Range<usize>) -> impl Strategy<Value = String> {
        let sep = prop_oneof![
            8 => Just(" "),
            1 => prop::sample::select(vec![", ", "  ", "\u{3000}", ",", "", "-", "\n", ": ", " : ", ":"]),
        ];
        prop::collection::vec((prop::sample::select(words), sep), n)
            .prop_map(|ws| ws.into_iter().map(|(w, s)| format!("{w}{s}")).collect())
    }

    /// `see also van der Berg & Lee, 2019`: 0 to 8 signal words, then 0 to
    /// 4 particles (and near misses), so that the words before the names
    /// number one fewer than four to one more and far more, with particles
    /// or not after the fourth; then names and what follows them.
    fn parts() -> impl Strategy<Value = String> {
        let plain = vec![
            "see", "e.g.", "cf.", "also", "für", "ça", "über", "vgl.", "and", "a", "z.", "review",
        ];
        let particles = vec![
            "van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "dos", "le", "la",
            "ten", "ter", "zu", "dem", "vans", "zum", "d", "al",
        ];
        let pre = prop_oneof![
            6 => (words(plain, 0..9), words(particles, 0..5)).prop_map(|(a, b)| format!("{a}{b}")),
            1 => prop::sample::select(vec!["z. B. ", "z.B., ", "z. B.,  van "]).prop_map(String::from),
        ];
        (
            prop::sample::select(vec!["", " ", "\u{3000}", "\n "]),
            pre,
            prop::sample::select(vec![
                "Berg",
                "Smith & Lee",
                "Müller/Schmidt",
                "O’Brien",
                "d'Arc",
                "al-Farabi",
                "Van Dam",
                "Smith et al.",
                "World Health Organization",
                "ÉÉ",
                "A",
                "x",
                "",
            ]),
            prop::sample::select(vec![
                "",
                ", 2019",
                " 2019",
                "’s 2020",
                ", 2019a, p. 4",
                " (2019)",
            ]),
        )
            .prop_map(|(lead, pre, names, tail)| format!("{lead}{pre}{names}{tail}"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn part_head_captures_what_the_bounded_pattern_does(t in parts()) {
            let want = BOUNDED.captures(&t).map(|c| PartHead {
                end: c.get(0).unwrap().end(),
                pre: c.name("pre").map(|m| m.range()),
                names: c.name("names").unwrap().range(),
            });
            prop_assert_eq!(part_head(&t, &G), want, "{:?}", t);
        }
    }

    /// The proof of [`part_head`] needs [`PARTICLES`] to be the lowercase
    /// particles [`NAME_WORD`] opens with.
    #[test]
    fn particles_are_those_of_name_words() {
        let list = NAME_WORD
            .strip_prefix("(?:(?:")
            .and_then(|s| s.split(r")\s+").next())
            .unwrap();
        let mut from_pattern: Vec<String> = list
            .split('|')
            .map(|a| format!("{}{}", &a[2..3], &a[4..]))
            .collect();
        let mut particles: Vec<String> = PARTICLES.iter().map(|p| p.to_string()).collect();
        from_pattern.sort();
        particles.sort();
        assert_eq!(from_pattern, particles);
    }

    #[test]
    fn part_head_gives_particles_after_four_words_to_the_names() {
        let read = |t: &'static str| part_head(t, &G).map(|h| (h.pre.map(|p| &t[p]), &t[h.names]));
        assert_eq!(
            read("for a review see Smith, 2019"),
            Some((Some("for a review see "), "Smith"))
        );
        assert_eq!(read("for a review see also Smith, 2019"), None);
        assert_eq!(
            read("see a b c van der Berg 2019"),
            Some((Some("see a b c "), "van der Berg"))
        );
        assert_eq!(read("see a b c d van Berg 2019"), None);
        assert_eq!(read("z. B. Müller 2019"), Some((Some("z. B. "), "Müller")));
    }

    #[test]
    fn a_signal_may_end_in_a_colon() {
        // GOST 7.0.5 writes `(см.: Иванов, 2019)`, French `(voir : Dupont, 2019)`.
        let read = |t: &'static str| part_head(t, &G).map(|h| (h.pre.map(|p| &t[p]), &t[h.names]));
        assert_eq!(read("см.: Иванов, 2019"), Some((Some("см.: "), "Иванов")));
        assert_eq!(
            read("см. также: Сидоров, 2018"),
            Some((Some("см. также: "), "Сидоров"))
        );
        assert_eq!(
            read("voir : Dupont, 2019"),
            Some((Some("voir : "), "Dupont"))
        );
        let doc = |t: &str| {
            let mut out = Vec::new();
            let site = Site {
                paragraph: 0,
                section: None,
                narrative: false,
            };
            parenthetical(t, 0, &site, &G, &mut out);
            out.into_iter()
                .map(|c| (c.text, c.signal))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            doc("см. также: Сидоров, 2018; Иванов, 2019"),
            [
                ("Сидоров, 2018".to_string(), Some("см. также".to_string())),
                ("Иванов, 2019".to_string(), None)
            ]
        );
    }
}
