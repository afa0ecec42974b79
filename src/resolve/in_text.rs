//! Linking in-text citations (numeric and author-date) to reference-list
//! entries. Runs before the footnote pass, which then skips them.
//!
//! - A numeric citation takes the entry with its label (`[12]` → entry
//!   labelled `12` or `[12]`); in a list without labels, the entry at that
//!   position.
//! - An author-date citation takes the entry whose first author's family
//!   name and year match, then narrows by the year letter (`2019a`), then by
//!   the other authors (`Smith & Lee` wants a second author Lee; `Smith`
//!   alone prefers single-author works; `et al.` prefers three or more).
//!   Two entries that still fit are an ambiguity, never a guess.
//!
//! Entries are indexed once by label and by surname key, so each citation
//! costs a hash look-up plus the few entries that share its surname.
//!
//! Tentative citations are dropped rather than reported: a narrative
//! `Name (2020)` whose names match no entry (`the Human Genome Project
//! (2003)`), numbers in a list without labels when the paper cites by
//! author and year, and anything unresolved in a paper whose footnotes carry
//! the citations.

use crate::diagnostic::{Code, Diagnostic};
use crate::grammar::Grammar;
use crate::model::{CitationKind, CslName, Document, Provenance, Reference, Status};
use crate::syntax::name::name_key;
use foldhash::{HashMap, HashSet};
use regex::Regex;
use std::sync::LazyLock;

mod author_page;
use author_page::{is_page_alone, link_author_page, notes_by_page};

/// An abbreviation in parentheses or square brackets right after an
/// organisation author at the head of an entry:
/// `Kultusministerkonferenz (KMK) (2016)`, `World Health Organization
/// (WHO). 2020.`, `Instituto Nacional de Estadística [INE]. (2020).`,
/// `Department for Education (DfE) (2016)`: letters that
/// [`crate::text::is_abbreviation`] takes, so that a year or `(Hrsg.)` is
/// no abbreviation. Its runs are
/// unbounded: [`abbreviation`] checks their lengths (bounded repetitions
/// of Unicode classes are slow to compile).
static ABBREVIATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^([^()\[\]]{2,}?)\s(?:\((\p{Lu}[\p{Lu}\p{Ll}]+)\)|\[(\p{Lu}[\p{Lu}\p{Ll}]+)\])",
    )
});

/// The abbreviation of an entry's head, as
/// `^[^()\[\]]{2,120}?\s(?:\((\p{Lu}{2,10})\)|\[(\p{Lu}{2,10})\])` captures
/// it: the head runs to the first bracket, which must open after a space,
/// 2 to 120 characters in; the letters inside run to the closing bracket
/// of the same kind, 2 to 10 of them.
fn abbreviation(raw: &str) -> Option<&str> {
    // `한국개발연구원[KDI]. (2020).`: glued to a name in CJK script.
    if let Some((name, rest)) = raw
        .get(..160.min(raw.len()))
        .and_then(|h| h.split_once('['))
    {
        if name.chars().count() >= 2 && name.chars().all(crate::segment::is_cjk) {
            let (abbr, _) = rest.split_once(']')?;
            let capitals =
                (2..=10).contains(&abbr.len()) && abbr.bytes().all(|b| b.is_ascii_uppercase());
            return capitals.then_some(abbr);
        }
    }
    let c = crate::re::captures(&ABBREVIATION, raw)?;
    let chars = |i| crate::re::group_chars(&c, i);
    let inner = if c.get(2).is_some() { 2 } else { 3 };
    let abbr = c.get(inner)?.as_str();
    (chars(1) <= 120 && chars(inner) <= 10 && crate::text::is_abbreviation(abbr)).then_some(abbr)
}

/// The reference list, indexed.
struct Index {
    /// Label (`12`) → reference index.
    labels: HashMap<String, usize>,
    /// Surname key (`smith`, `vanderberg`, `berg`) → reference indices.
    surnames: HashMap<String, Vec<usize>>,
    /// The first authors' family names that open with a particle, whole
    /// ([`crate::text::key`]: `vanryzin`, `devries`): a citation's particle
    /// before such a name is the name's.
    particled: foldhash::HashSet<String>,
    /// Position in the list (1-based) → reference index.
    order: HashMap<usize, usize>,
}

impl Index {
    fn new(refs: &[Reference]) -> Index {
        let mut labels = HashMap::default();
        let mut surnames: HashMap<String, Vec<usize>> = HashMap::default();
        let mut particled = foldhash::HashSet::default();
        let mut order = HashMap::default();
        for (i, r) in refs.iter().enumerate() {
            let Some(pos) = r.bibliography_index else {
                continue;
            };
            order.insert(pos, i);
            if let Some(l) = &r.label {
                let l = l.trim_matches(|c: char| !c.is_ascii_digit());
                labels.entry(l.to_string()).or_insert(i);
            }
            let Some(first) = r.fields.names().first() else {
                continue;
            };
            let mut keys = vec![name_key(first)];
            // `van der Berg` is cited as `van der Berg` or `Berg`.
            let part = first.key_part();
            if crate::text::particles_len(part) > 0 {
                particled.insert(crate::text::key(part));
            }
            if let Some(last) = part.split_whitespace().next_back() {
                keys.push(crate::text::family_key(last));
            }
            // An organisation is also cited by its initials (`WHO`), and
            // without what it adds in parentheses (`USGS (U.S. Geological
            // Survey)` is cited as `USGS`).
            if let Some(lit) = &first.literal {
                if let Some(open) = lit.find(" (") {
                    keys.push(crate::text::family_key(&lit[..open]));
                }
                let initials: String = lit
                    .split_whitespace()
                    .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                    .collect();
                if initials.chars().count() >= 2 {
                    keys.push(crate::text::family_key(&initials));
                }
            }
            // `Kultusministerkonferenz (KMK) (2016)` is cited as `KMK`.
            if let Some(abbr) = abbreviation(&r.raw) {
                keys.push(crate::text::family_key(abbr));
            }
            keys.sort();
            keys.dedup();
            for k in keys.into_iter().filter(|k| !k.is_empty()) {
                surnames.entry(k).or_default().push(i);
            }
        }
        Index {
            particled,
            labels,
            surnames,
            order,
        }
    }
}

/// Counts kept for the document-level decisions.
#[derive(Default)]
struct Tally {
    author_date_resolved: usize,
    numeric_resolved: usize,
    /// Author-page citations with names or a title (not a page alone)
    /// that link.
    author_page_resolved: usize,
    /// Narrative citations (`Smith (2020)`) that link.
    narrative_resolved: usize,
}

/// Links every in-text citation of `doc` (those with a `site`), drops the
/// tentative ones that link nowhere, and reports the rest.
/// `notes_carry_citations` is true for a paper with footnotes: there an
/// in-text citation is kept only when it links, unless more in-text
/// citations link than the notes hold.
/// `text` is the text the citations' spans point into.
pub fn resolve_in_text(
    doc: &mut Document,
    text: &str,
    grammar: &Grammar,
    notes_carry_citations: bool,
) {
    let index = Index::new(&doc.references);
    let labelled = !index.labels.is_empty();
    let mut tally = Tally::default();
    let mut diags = Vec::new();
    let mut titles = None;
    // Each `(ibid., p. 4)` of the text and the citation it repeats.
    // (What it reports is kept apart until it is known to stay.)
    let mut repeats: HashMap<usize, (usize, Vec<Diagnostic>)> = HashMap::default();
    for ci in 0..doc.citations.len() {
        if doc.citations[ci].site.is_none() {
            continue;
        }
        let kind = doc.citations[ci].kind;
        match kind {
            CitationKind::Ibid => {
                let mut own = Vec::new();
                if let Some(prev) = ibid_in_text(doc, ci, text, &mut own) {
                    repeats.insert(ci, (prev, own));
                }
            }
            CitationKind::AuthorDate
                if link_author_date(doc, ci, (&index, text), grammar, &mut diags) =>
            {
                tally.author_date_resolved += 1;
                if doc.citations[ci].site.as_ref().is_some_and(|s| s.narrative) {
                    tally.narrative_resolved += 1;
                }
            }
            CitationKind::Numeric if link_numeric(doc, ci, &index, labelled) => {
                tally.numeric_resolved += 1;
            }
            CitationKind::AuthorPage
                if !is_page_alone(&doc.citations[ci])
                    && link_author_page(
                        doc,
                        ci,
                        (&index, text),
                        &mut titles,
                        grammar,
                        &mut diags,
                    ) =>
            {
                tally.author_page_resolved += 1;
            }
            _ => {}
        }
    }
    // A paper cites by author and page when two such citations link, and
    // more than by author and year: only then is a page alone (`(19)`) a
    // citation of the author named before it, and a number in
    // parentheses no numeric citation.
    let by_page =
        tally.author_page_resolved >= 2 && tally.author_page_resolved > tally.author_date_resolved;
    // Such a paper's notes cite that way too, in their prose (`See Said
    // 45-46.`).
    let renumber = by_page && notes_by_page(doc, (&index, text), &mut titles, grammar, &mut diags);
    let mut pages_alone: Vec<(usize, usize)> = Vec::new();
    if by_page {
        for ci in 0..doc.citations.len() {
            let c = &doc.citations[ci];
            if c.site.is_some() && c.kind == CitationKind::AuthorPage && is_page_alone(c) {
                pages_alone.push((c.span.start, c.span.end));
                link_author_page(doc, ci, (&index, text), &mut titles, grammar, &mut diags);
            }
        }
    }
    let in_page_alone = |c: &crate::model::Citation| {
        let i = pages_alone.partition_point(|&(_, end)| end < c.span.end);
        pages_alone
            .get(i)
            .is_some_and(|&(start, end)| start <= c.span.start && c.span.end <= end)
    };
    let shadowed: Vec<bool> = doc
        .citations
        .iter()
        .map(|c| c.site.is_some() && c.kind == CitationKind::Numeric && in_page_alone(c))
        .collect();
    tally.numeric_resolved -= doc
        .citations
        .iter()
        .zip(&shadowed)
        .filter(|(c, &s)| s && c.status == Some(Status::Resolved))
        .count();
    let merged = pages_after_years(doc);
    let narrative_kept = narrative_missing(doc, text, grammar, tally.narrative_resolved);
    // A paper whose in-text citations link more often than its notes cite
    // cites by author and year, its notes comment (Persian papers'
    // `پی‌نوشت‌ها`): there an unresolved citation is reported too.
    let note_citations = doc.citations.iter().filter(|c| c.site.is_none()).count();
    let notes_carry_citations = notes_carry_citations
        && tally.author_date_resolved + tally.author_page_resolved <= note_citations;
    // Numbers against an unnumbered list in an author-date paper are
    // something else (list items, claims); so are unresolved names in a
    // paper that does not cite by author and year.
    let drop = |c: &crate::model::Citation| {
        let Some(site) = &c.site else { return false };
        let resolved = c.status == Some(Status::Resolved);
        let ambiguous = c.status == Some(Status::Ambiguous);
        match c.kind {
            CitationKind::Numeric => {
                (!labelled && tally.author_date_resolved >= 2 && tally.numeric_resolved < 2)
                    || (!resolved && (notes_carry_citations || tally.numeric_resolved < 2))
            }
            CitationKind::AuthorDate => {
                !resolved
                    && !ambiguous
                    && !c.indirect
                    && (site.narrative || notes_carry_citations || tally.author_date_resolved < 2)
            }
            // An author-page citation that links nowhere is reported only
            // where the paper cites that way, and only with names and a
            // page (`(Jameson 65)`): a title alone or a page alone may be
            // anything.
            CitationKind::AuthorPage => {
                let named = c.short.as_ref().is_some_and(|s| s.author.is_some());
                if is_page_alone(c) {
                    !by_page || !(resolved || ambiguous)
                } else {
                    !resolved
                        && !ambiguous
                        && (!by_page || notes_carry_citations || !named || c.locator.is_none())
                }
            }
            _ => false,
        }
    };
    let mut dropped: Vec<bool> = doc
        .citations
        .iter()
        .zip(&merged)
        .zip(&shadowed)
        .zip(&narrative_kept)
        .map(|(((c, &m), &s), &kept)| m || s || (!kept && drop(c)))
        .collect();
    // An `ibid.` of the text goes with the citation it repeats: with
    // nothing before it in the text, it may repeat a note's (which the
    // text's citations do not see), and is left out.
    for ci in 0..doc.citations.len() {
        let c = &doc.citations[ci];
        if c.site.is_some() && c.kind == CitationKind::Ibid {
            dropped[ci] = repeats.get(&ci).is_none_or(|&(prev, _)| dropped[prev]);
            if !dropped[ci] {
                if let Some((_, own)) = repeats.get_mut(&ci) {
                    diags.append(own);
                }
            }
        }
    }
    let mut keep = dropped.iter().map(|d| !d);
    doc.citations.retain(|_| keep.next().unwrap_or(true));
    // Ids stay `c1…` in order: in-text citations follow the note citations
    // (and those of the notes, when some were added, move).
    let mut renamed: HashMap<String, String> = HashMap::default();
    for (i, c) in doc.citations.iter_mut().enumerate() {
        if c.site.is_some() || renumber {
            let id = format!("c{}", i + 1);
            if !repeats.is_empty() && id != c.id {
                renamed.insert(std::mem::replace(&mut c.id, id), c.id.clone());
            } else {
                c.id = id;
            }
            if let Some(fields) = c.fields.as_deref_mut() {
                fields.id.clone_from(&c.id);
            }
        }
    }
    if !renamed.is_empty() {
        for c in doc.citations.iter_mut().filter(|c| c.site.is_some()) {
            if let Some(new) = c.antecedent.as_ref().and_then(|a| renamed.get(a)) {
                c.antecedent = Some(new.clone());
            }
        }
    }
    // Unresolved ones still here are reported.
    for c in &doc.citations {
        // A work quoted through another (`FREIRE, 1970 apud GADOTTI,
        // 2001`) is cited as the list gives it: the work quoted from.
        let in_text = c.site.is_some() || c.kind == CitationKind::AuthorPage;
        if in_text && c.status == Some(Status::Dangling) && !c.indirect {
            let what = match c.kind {
                CitationKind::Numeric => format!(
                    "citation `{}` points to no entry of the reference list",
                    c.label.as_deref().unwrap_or(&c.text)
                ),
                _ => format!("`{}` matches no entry of the reference list", c.text),
            };
            diags.push(
                Diagnostic::new(Code::UnresolvedCitation, c.span, what)
                    .with_label("no reference-list entry fits"),
            );
        }
    }
    doc.diagnostics.extend(diags);
}

/// Links `ci`, an `ibid.` of the text (`(ibid., p. 45)`, `[Там же, с.
/// 5]`), to what the citation before it in the text links to, and returns
/// that citation's index; none without one. Where that citation stands in
/// a group that names several works (`(Putnam, 1993; Coleman, 1988)`),
/// the `ibid.` fits each of them and is ambiguous.
fn ibid_in_text(
    doc: &mut Document,
    ci: usize,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let prev = (0..ci).rev().find(|&j| doc.citations[j].site.is_some())?;
    // The citations of the group `prev` ends: nothing but separators
    // between them.
    let mut group = vec![prev];
    let mut j = prev;
    while j > 0 {
        let (a, b) = (&doc.citations[j - 1], &doc.citations[j]);
        if a.site.is_none() || a.span.end > b.span.start {
            break;
        }
        let gap = text.get(a.span.end..b.span.start).unwrap_or(")");
        if gap.len() > 40 || gap.contains(['(', ')', '[', ']', '（', '）']) {
            break;
        }
        group.push(j - 1);
        j -= 1;
    }
    let works: std::collections::BTreeSet<&str> = group
        .iter()
        .filter_map(|&g| doc.citations[g].reference.as_deref())
        .collect();
    if works.len() > 1 {
        group.reverse();
        super::ibid_of_several(doc, ci, super::IbidState::After(prev), &group, diags);
    } else {
        super::resolve_ibid(doc, ci, super::IbidState::After(prev), None, diags);
    }
    Some(prev)
}

/// The narrative citations that fit no entry and are reported all the
/// same (by index in `doc.citations`), their leading word of prose
/// dropped. `Name (Year)` has the shape of many things besides a citation
/// (`the Human Genome Project (2003)`, `Katrina (2005)`), so the paper
/// must write its citations so: at least two narrative citations link to
/// entries, and no more of those below fail than link. Each one's names
/// must be surnames:
/// one capitalised word each, after lowercase particles (`van der Berg`),
/// joined as names are, `et al.` after them; the first may follow one
/// word that opens the sentence (`As Smith (2004) argues`) and that the
/// paper writes in lowercase elsewhere, a word of prose. A surname the
/// paper also writes in lowercase (`Project`, `Report`) is a word, no
/// name. After a word that is no sentence's opening, the names must
/// follow one that stands before a narrative citation that links (`by`,
/// `folgen`): `im Herbst (2021)` names a season.
fn narrative_missing(
    doc: &mut Document,
    text: &str,
    grammar: &Grammar,
    linked: usize,
) -> Vec<bool> {
    let mut kept = vec![false; doc.citations.len()];
    let failed: Vec<usize> = doc
        .citations
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.kind == CitationKind::AuthorDate
                && c.site.as_ref().is_some_and(|s| s.narrative)
                && c.status == Some(Status::Dangling)
                && !c.indirect
        })
        .map(|(i, _)| i)
        .collect();
    if linked < 2 {
        return kept;
    }
    // The words just before the names of the narrative citations that
    // link (`by`, `folgen`; none at a sentence's start).
    let leads: std::collections::BTreeSet<String> = doc
        .citations
        .iter()
        .filter(|c| {
            c.site.as_ref().is_some_and(|s| s.narrative) && c.status == Some(Status::Resolved)
        })
        .filter_map(|c| word_before(text.get(..c.span.start)?))
        .collect();
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut lowercase = None;
    for ci in failed {
        // Past as many as link, the shape is no citation in this paper.
        if found.len() > linked {
            return kept;
        }
        let c = &doc.citations[ci];
        let Some(authors) = c.short.as_ref().and_then(|s| s.author.as_deref()) else {
            continue;
        };
        let before = text.get(..c.span.start).unwrap_or("");
        let words = lowercase.get_or_insert_with(|| lowercase_words(text));
        let Some(start) = surnames_start(authors, before, words, grammar) else {
            continue;
        };
        // After a word, only one that leads to a citation elsewhere
        // (`im Herbst (2021)` is a season, `by Smith (2004)` a citation).
        if start == 0 && word_before(before).is_some_and(|w| !leads.contains(&w)) {
            continue;
        }
        found.push((ci, start));
    }
    if found.len() > linked {
        return kept;
    }
    for (ci, start) in found {
        if start > 0 {
            trim_names(&mut doc.citations[ci], start, None, text);
        }
        kept[ci] = true;
    }
    kept
}

/// The word just before the end of `before`, lowercase, or `None` at the
/// start of a paragraph, a sentence or a clause after `;`.
fn word_before(before: &str) -> Option<String> {
    let head = before.trim_end();
    if head.is_empty() || head.ends_with(['.', '!', '?', ':', ';']) || before.ends_with("\n\n") {
        return None;
    }
    let word = head
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    Some(word.to_lowercase())
}

/// Where the surnames of a narrative citation's names start (see
/// [`narrative_missing`]), or `None` when they are not all surnames.
/// `before` is the text before the names, `lowercase_words` the words
/// the paper writes in lowercase ([`lowercase_words`]).
fn surnames_start(
    authors: &str,
    before: &str,
    lowercase_words: &HashSet<&str>,
    grammar: &Grammar,
) -> Option<usize> {
    let (pieces, _) = crate::intext::author_pieces(authors, grammar);
    let first = pieces.first()?;
    // A word of the paper's prose: written in lowercase somewhere.
    let prose_word = |w: &str| {
        let lower = w.to_lowercase();
        lower != w && lowercase_words.contains(lower.as_str())
    };
    let surname = |piece: &str| {
        let words: Vec<&str> = piece.split_whitespace().collect();
        let (last, lead) = words.split_last()?;
        let capital = last.starts_with(char::is_uppercase)
            && last.chars().nth(1).is_some()
            && last
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        (capital && lead.iter().all(|w| crate::intext::is_particle(w)) && !prose_word(last))
            .then_some(())
    };
    for p in &pieces[1..] {
        surname(&p.text)?;
    }
    if surname(&first.text).is_some() {
        return Some(first.start);
    }
    // One word of prose opening the sentence: `As Smith`, `Following Lee`
    // (written in lowercase elsewhere, or a lead word of the grammars).
    let (word, rest) = first.text.split_once(' ')?;
    surname(rest.trim_start())?;
    let lead_word = || {
        grammar
            .in_text_lead
            .binary_search(&word.to_lowercase())
            .is_ok()
    };
    (word_before(before).is_none() && (prose_word(word) || lead_word()))
        .then(|| first.start + first.text.len() - rest.trim_start().len())
}

/// The words of `text` written in lowercase (`project` of `the project
/// ran`): read once, so that each narrative citation asks in constant time.
fn lowercase_words(text: &str) -> HashSet<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_lowercase) && !w.chars().any(char::is_uppercase))
        .collect()
}

/// Settles the bare four-digit numbers after a year (`Smith 2007, 1530`,
/// [`crate::model::Citation::page_or_year`]): one that names no work of
/// the author and is no year within thirty of the one before it (`Smith
/// 2007, 2009` cites two works), after a year that does, is a page of that year's citation
/// and joins its locator (before a locator written after it). Returns, for
/// each citation, whether it was such a page (and is to be dropped).
fn pages_after_years(doc: &mut Document) -> Vec<bool> {
    let mut merged = vec![false; doc.citations.len()];
    // The citation whose year names a work, and the pages given to it.
    let mut anchor: Option<usize> = None;
    let mut pages: Vec<(usize, Vec<String>)> = Vec::new();
    for (ci, c) in doc.citations.iter().enumerate() {
        let names_work = matches!(c.status, Some(Status::Resolved | Status::Ambiguous));
        if c.site.is_none() || c.kind != CitationKind::AuthorDate {
            anchor = None;
            continue;
        }
        let author = |c: &crate::model::Citation| c.short.as_ref().and_then(|s| s.author.clone());
        // `Smith 2007, 2009`: a number within a generation of the year
        // before it is another year, a work the list lacks, not a page.
        let year = |c: &crate::model::Citation| {
            let date = c.short.as_ref().and_then(|s| s.date.as_deref())?;
            date.get(..4).and_then(|y| y.parse::<i32>().ok())
        };
        let near_year = |a: usize| {
            year(&doc.citations[a])
                .zip(year(c))
                .is_some_and(|(y, n)| (y - n).abs() <= 30)
        };
        let page_of = anchor.filter(|&a| {
            c.page_or_year
                && c.status == Some(Status::Dangling)
                && author(&doc.citations[a]) == author(c)
                && !near_year(a)
        });
        match page_of {
            Some(a) => {
                merged[ci] = true;
                let number = c.short.as_ref().and_then(|s| s.date.clone());
                let number = number.unwrap_or_default();
                match pages.last_mut() {
                    Some((last, list)) if *last == a => list.push(number),
                    _ => pages.push((a, vec![number])),
                }
            }
            None => anchor = names_work.then_some(ci),
        }
    }
    for (a, list) in pages {
        let mut value = list.join(",");
        if let Some(l) = &doc.citations[a].locator {
            value = format!("{value},{}", l.value);
        }
        doc.citations[a].locator = Some(crate::model::Locator {
            label: "page".into(),
            value,
            ..Default::default()
        });
    }
    merged
}

/// Numeric: by label, or by position in a list without labels.
fn link_numeric(doc: &mut Document, ci: usize, index: &Index, labelled: bool) -> bool {
    let c = &doc.citations[ci];
    let Some(n) = c.label.clone() else {
        return false;
    };
    let (found, rule) = if labelled {
        (index.labels.get(&n).copied(), "numeric-label")
    } else {
        (
            n.parse::<usize>()
                .ok()
                .and_then(|k| index.order.get(&k).copied()),
            "numeric-order",
        )
    };
    let c = &mut doc.citations[ci];
    match found {
        Some(r) => {
            c.reference = Some(doc.references[r].id.clone());
            c.status = Some(Status::Resolved);
            c.provenance = Some(Provenance { rule, score: 1.0 });
            true
        }
        None => {
            c.status = Some(Status::Dangling);
            false
        }
    }
}

/// What the year part of an author-date citation asks for.
enum Wanted {
    /// A year, with its letter if any, and the second year of `1963/1989`
    /// (first published, then the edition the list gives).
    Year(i32, Option<char>, Option<i32>),
    /// `n.d.`, `o. J.`: an entry without a date.
    NoDate,
    /// `in press`, `forthcoming`: an entry that says so.
    InPress,
}

fn wanted(date: &str, grammar: &Grammar) -> Option<Wanted> {
    let d = date.trim();
    // A word of the grammars in place of the year (`n.d.`, `in press`).
    if let Some((w, _)) = grammar.no_year_word(d) {
        return Some(match w.unpublished {
            true => Wanted::InPress,
            false => Wanted::NoDate,
        });
    }
    // `[1990] 2015`: the edition cited, first published in 1990.
    if crate::intext::original_then_edition(d) == Some(d.len()) {
        return Some(Wanted::Year(
            d[7..].parse().ok()?,
            None,
            d[1..5].parse().ok(),
        ));
    }
    if !d.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(Wanted::InPress);
    }
    let year: i32 = d.get(..4)?.parse().ok()?;
    let suffix = d[4..].chars().next().filter(char::is_ascii_lowercase);
    let second = d
        .get(4..)
        .and_then(|r| r.strip_prefix('/'))
        .filter(|r| r.len() == 4)
        .and_then(|r| r.parse().ok());
    Some(Wanted::Year(year, suffix, second))
}

/// Does entry `r` carry the year asked for (parsed, or written in its text
/// when the parser missed it)?
fn year_fits(r: &Reference, w: &Wanted, grammar: &Grammar) -> bool {
    match w {
        Wanted::Year(y, _, second) => match r.fields.year() {
            Some(ry) => ry == *y || Some(ry) == *second,
            None => r.raw.contains(&y.to_string()),
        },
        Wanted::NoDate => r.fields.year().is_none(),
        Wanted::InPress => {
            let lower = r.raw.to_lowercase();
            grammar
                .no_year
                .iter()
                .filter(|w| w.unpublished)
                .any(|w| lower.contains(&w.text.to_lowercase()))
        }
    }
}

/// The entries whose first author a citation names ([`by_author`]).
struct ByAuthor {
    /// The candidates.
    cands: Vec<usize>,
    /// The author keys used, first author first.
    keys: Vec<String>,
    /// The names ended with `et al.`.
    et_al: bool,
    /// Where the names used start in the author string: past the words
    /// that name no author (`As` of `As Levi and Stoker`, `正如` of
    /// `正如王逸舟`).
    start: usize,
}

/// The entries whose first author the citation names, trying shorter
/// readings of a narrative name run until one is known: whole names
/// first (`However, Smith and Lee` → drop `However`), then leading words
/// of the first name left (`As Levi and Stoker`, `Following Smith` →
/// `Levi`, `Smith`), and in a name of CJK characters, written without
/// spaces, its leading characters (`正如王逸舟` → `王逸舟`).
fn by_author(index: &Index, authors: &str, grammar: &Grammar) -> ByAuthor {
    let (pieces, et_al) = crate::intext::author_pieces(authors, grammar);
    // `Department of Health and Human Services`: one organisation whose
    // name holds an `and` word, as the list writes it whole.
    if pieces.len() >= 2 && !authors.contains([',', ';']) {
        let whole = crate::text::family_key(authors);
        if let Some(c) = index.surnames.get(&whole) {
            return ByAuthor {
                cands: c.clone(),
                keys: vec![whole],
                et_al,
                start: 0,
            };
        }
    }
    let keys: Vec<String> = pieces.iter().map(|p| p.key.clone()).collect();
    for (skip, piece) in pieces.iter().enumerate() {
        let rest = &keys[skip..];
        if let Some(c) = index.surnames.get(&rest[0]) {
            // `la tesis de Ramos Huamán (2019)`: the key leaves out a
            // particle before the name, which is prose (`de`, `of`) unless
            // a listed name opens with it (`de Vries`, `Van Ryzin`).
            let particle = crate::text::particles_len(&piece.text);
            let own = particle == 0 || index.particled.contains(&crate::text::key(&piece.text));
            return ByAuthor {
                cands: c.clone(),
                keys: rest.to_vec(),
                et_al,
                start: piece.start + if own { 0 } else { particle },
            };
        }
        // The first remaining name may hold several words, or prose
        // glued to CJK characters.
        let text = piece.text.as_str();
        let word_starts = text
            .char_indices()
            .zip(text.chars().skip(1))
            .filter(|&((_, c), next)| c == ' ' && next != ' ')
            .map(|((i, _), _)| i + 1);
        let cjk_starts = text
            .char_indices()
            .skip(1)
            .filter(|&(i, c)| {
                crate::segment::is_cjk(c)
                    && text[..i].ends_with(crate::segment::is_cjk)
                    && text[i..].chars().nth(1).is_some()
                    && text[i..].chars().all(crate::segment::is_cjk)
            })
            .map(|(i, _)| i);
        for at in word_starts.chain(cjk_starts) {
            let key = crate::text::family_key(&text[at..]);
            if let Some(c) = index.surnames.get(&key) {
                let mut ks = vec![key];
                ks.extend(rest[1..].iter().cloned());
                return ByAuthor {
                    cands: c.clone(),
                    keys: ks,
                    et_al,
                    start: piece.start + at,
                };
            }
        }
    }
    // `По мнению Петрова [2012]`, `według Kowalskiego (2019)`: names the
    // prose declines, tried in their nominative (the grammars'
    // `names.case_endings`) once no name is known as written.
    if !grammar.case_endings.is_empty() {
        for (skip, piece) in pieces.iter().enumerate() {
            let text = piece.text.as_str();
            let starts = std::iter::once(0).chain(
                text.char_indices()
                    .filter(|&(_, c)| c == ' ')
                    .map(|(i, _)| i + 1),
            );
            for at in starts {
                let Some(key) = nominative_key(&text[at..], index, grammar) else {
                    continue;
                };
                let Some(c) = index.surnames.get(&key) else {
                    continue;
                };
                let mut ks = vec![key];
                ks.extend(pieces[skip + 1..].iter().map(|p| {
                    if index.surnames.contains_key(&p.key) {
                        p.key.clone()
                    } else {
                        nominative_key(&p.text, index, grammar).unwrap_or_else(|| p.key.clone())
                    }
                }));
                return ByAuthor {
                    cands: c.clone(),
                    keys: ks,
                    et_al,
                    start: piece.start + at,
                };
            }
        }
    }
    ByAuthor {
        cands: Vec::new(),
        keys,
        et_al,
        start: 0,
    }
}

/// The key of the family name a declined one stands for (`Петрова` →
/// `петров`, `Смирновой` → `смирнова`, `Kowalskiego` → `kowalski`), where
/// the index knows it: `word`, one word of three letters or more before
/// its ending, with each of the grammars' `names.case_endings` replaced in
/// turn, longest first.
fn nominative_key(word: &str, index: &Index, grammar: &Grammar) -> Option<String> {
    let word = word.trim();
    if word.contains(char::is_whitespace) || !word.starts_with(char::is_uppercase) {
        return None;
    }
    let lower = word.to_lowercase();
    grammar
        .case_endings
        .iter()
        .find_map(|(oblique, nominative)| {
            let stem = lower.strip_suffix(oblique.as_str())?;
            if stem.chars().count() < 3 {
                return None;
            }
            let key = crate::text::family_key(&format!("{stem}{nominative}"));
            index.surnames.contains_key(&key).then_some(key)
        })
}

/// Drops the words before `start` of an in-text citation's names (see
/// [`ByAuthor::start`]) from its author, text and span; a given name of
/// the entry's first author written just before the family name, with
/// a space or a middle dot, stays (`卡尔·拉伦茨`). `text` is the text its
/// span points into.
fn trim_names(c: &mut crate::model::Citation, start: usize, first: Option<&CslName>, text: &str) {
    let Some(short) = c.short.as_mut() else {
        return;
    };
    let Some(authors) = short.author.clone() else {
        return;
    };
    let mut start = start;
    let given = first.and_then(|n| n.given.as_deref()).unwrap_or("");
    if let Some(head) = authors.get(..start) {
        let joined = head.trim_end_matches([' ', '·', '・']);
        if !given.is_empty() && joined.len() < head.len() && joined.ends_with(given) {
            start = joined.len() - given.len();
        }
    }
    let Some(kept) = authors.get(start..).filter(|k| start > 0 && !k.is_empty()) else {
        return;
    };
    // The span's text holds the names with their white space as written:
    // the same words, so the `start` of the collapsed names is found by
    // counting words and the bytes into the last one.
    let words_before = authors[..start].matches(' ').count();
    let into_word = start - authors[..start].rfind(' ').map_or(0, |i| i + 1);
    let Some(written) = text.get(c.span.start..c.span.end) else {
        return;
    };
    // `Following Bardhan and Mookherjee (2006a, 2006b)`: the second year's
    // span holds no names; its text and names drop the words all the same.
    let first_word = authors.split(' ').next().unwrap_or("");
    if !written.starts_with(first_word) {
        if let Some(rest) = c.text.strip_prefix(authors.as_str()) {
            c.text = format!("{kept}{rest}");
            short.author = Some(kept.to_string());
        }
        return;
    }
    let mut at = 0;
    let mut words = 0;
    let mut in_space = false;
    for (i, ch) in written.char_indices() {
        if ch.is_whitespace() {
            in_space = true;
            continue;
        }
        if in_space {
            words += 1;
            in_space = false;
        }
        if words == words_before {
            at = i;
            break;
        }
    }
    let at = at + into_word;
    if at == 0 || !written.is_char_boundary(at) {
        return;
    }
    if let Some(rest) = c.text.strip_prefix(authors.as_str()) {
        c.text = format!("{kept}{rest}");
    }
    short.author = Some(kept.to_string());
    c.span.start += at;
}

/// Author-date: surname and year, then year letter, then co-authors.
fn link_author_date(
    doc: &mut Document,
    ci: usize,
    (index, text): (&Index, &str),
    grammar: &Grammar,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let c = &doc.citations[ci];
    let info = c.short.clone().unwrap_or_default();
    let Some(w) = info.date.as_deref().and_then(|d| wanted(d, grammar)) else {
        doc.citations[ci].status = Some(Status::Dangling);
        return false;
    };
    let Some(authors) = info.author else {
        return link_year_alone(doc, ci, (index, text), &w, grammar);
    };
    let ByAuthor {
        cands: by_name,
        keys,
        et_al,
        start,
    } = by_author(index, &authors, grammar);
    let refs = &doc.references;
    // The names of a known author: the words before them are dropped,
    // whether the year fits or not.
    if start > 0 {
        if let Some(&r) = by_name.first() {
            let first = refs[r].fields.names().first();
            trim_names(&mut doc.citations[ci], start, first, text);
        }
    }
    let refs = &doc.references;
    let mut cands: Vec<usize> = by_name
        .into_iter()
        .filter(|&r| year_fits(&refs[r], &w, grammar))
        .collect();
    let mut rule = "author-date";
    // `Putnam [1993] 2000` (Chicago, a reprint's original year first):
    // the list dates the entry by the edition cited, so an entry of that
    // year is meant before one of the original year.
    let original_first = info
        .date
        .as_deref()
        .is_some_and(|d| d.trim_start().starts_with(['[', '(']));
    if let (Wanted::Year(y, _, Some(_)), true) = (&w, original_first) {
        let y = *y;
        if cands.iter().any(|&r| refs[r].fields.year() == Some(y)) {
            cands.retain(|&r| refs[r].fields.year() == Some(y));
        }
    }
    // The year letter.
    if let Wanted::Year(_, Some(s), _) = w {
        let with: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&r| refs[r].year_suffix == Some(s))
            .collect();
        if !with.is_empty() {
            cands = with;
            rule = "author-date-letter";
        } else if cands.iter().any(|&r| refs[r].year_suffix.is_some()) {
            // The entries have letters, but not this one.
            cands.clear();
        }
    }
    // Co-authors and author count.
    if narrow_by_authors(refs, &mut cands, &keys, et_al) {
        rule = "author-date-authors";
    }
    settle(
        doc,
        ci,
        &cands,
        rule,
        "a year letter (`2019a`, `2019b`) on the entries and in the text tells them apart",
        diags,
    )
}

/// Links `ci`, years alone in parentheses (`As Putnam put it, "…" (1993,
/// 167).`, see [`crate::intext`]), to the one work of that year by the
/// author the sentence names before it: the nearest capitalised word
/// outside quotation marks, back to the sentence's start, that is the
/// family name of an entry's first author with a work of that year. It
/// stays dangling (and is dropped unreported) otherwise.
fn link_year_alone(
    doc: &mut Document,
    ci: usize,
    (index, text): (&Index, &str),
    w: &Wanted,
    grammar: &Grammar,
) -> bool {
    let refs = &doc.references;
    // The names stand before the group's opening parenthesis (and before
    // the years that open it: `(1993, 2000)`).
    let mut start = doc.citations[ci].span.start;
    if let Some(head) = text.get(start.saturating_sub(40)..start) {
        if let Some(i) = head.rfind('(').filter(|&i| {
            head[i + 1..]
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b", \n".contains(&b))
        }) {
            start -= head.len() - i;
        }
    }
    let found = sentence_words_before(text, start)
        .into_iter()
        .filter(|w| w.starts_with(char::is_uppercase) && w.chars().nth(1).is_some())
        .find_map(|word| {
            let cands: Vec<usize> = index
                .surnames
                .get(&crate::text::family_key(word))?
                .iter()
                .copied()
                .filter(|&r| year_fits(&refs[r], w, grammar))
                .collect();
            (!cands.is_empty()).then_some((word, cands))
        });
    let Some((name, mut cands)) = found else {
        doc.citations[ci].status = Some(Status::Dangling);
        return false;
    };
    if let Wanted::Year(_, Some(s), _) = w {
        cands.retain(|&r| refs[r].year_suffix == Some(*s));
    }
    // One author named: a work of that author alone where there are more.
    narrow_by_authors(refs, &mut cands, &[crate::text::family_key(name)], false);
    let c = &mut doc.citations[ci];
    if let [r] = cands[..] {
        if let Some(short) = c.short.as_mut() {
            short.author = Some(name.to_string());
        }
        c.reference = Some(refs[r].id.clone());
        c.status = Some(Status::Resolved);
        c.provenance = Some(Provenance {
            rule: "author-date-named-before",
            score: 1.0,
        });
        return true;
    }
    c.status = Some(Status::Dangling);
    false
}

/// Most bytes looked back for the author of years alone.
const SENTENCE_WINDOW: usize = 400;

/// The words of the sentence that ends at byte `at` of `text` (within its
/// paragraph and [`SENTENCE_WINDOW`] bytes, after the last parenthesis),
/// outside quotation marks, nearest first, each without a possessive ending (`Putnam's` →
/// `Putnam`). Read backwards from `at`, which stands after the quotation
/// (a window's start may fall inside one). A sentence ends at `.`, `?` or
/// `!` outside quotation marks, after a word of three letters or more (no
/// initial, no `et al.`), before a capital.
fn sentence_words_before(text: &str, at: usize) -> Vec<&str> {
    let at = crate::source::floor_char_boundary(text, at);
    let from = crate::source::floor_char_boundary(text, at.saturating_sub(SENTENCE_WINDOW));
    let mut window = &text[from..at];
    if let Some(i) = window.rfind("\n\n") {
        window = &window[i + 2..];
    }
    let in_word = |c: char| c.is_alphabetic() || matches!(c, '\'' | '’' | '-');
    let mut quoted = false;
    let mut words: Vec<&str> = Vec::new();
    let mut end: Option<usize> = None;
    for (i, c) in window.char_indices().rev() {
        if in_word(c) {
            end.get_or_insert(i + c.len_utf8());
            continue;
        }
        if let Some(e) = end.take() {
            if !quoted {
                words.push(&window[i + c.len_utf8()..e]);
            }
        }
        match c {
            '"' => quoted = !quoted,
            '”' | '»' => quoted = true,
            '“' | '«' => quoted = false,
            // Before another parenthesis (`Association (2020) and …`),
            // the names are that one's.
            '(' | ')' if !quoted => return possessives_off(words),
            '.' | '?' | '!' if !quoted => {
                let after = &window[i + 1..];
                let next = after.trim_start();
                let word = window[..i].rsplit(|w: char| !w.is_alphabetic()).next();
                if after.starts_with(char::is_whitespace)
                    && word.is_some_and(|w| w.chars().count() >= 3)
                    && next.starts_with(|n: char| n.is_uppercase() || matches!(n, '"' | '“'))
                {
                    return possessives_off(words);
                }
            }
            _ => {}
        }
    }
    if let Some(e) = end.filter(|_| !quoted) {
        words.push(&window[..e]);
    }
    possessives_off(words)
}

/// `words`, each without a possessive ending.
fn possessives_off(words: Vec<&str>) -> Vec<&str> {
    words
        .into_iter()
        .map(|w| {
            ["'s", "’s", "'", "’"]
                .iter()
                .find_map(|p| w.strip_suffix(p))
                .unwrap_or(w)
        })
        .collect()
}

/// Keeps, of several `cands`, those whose authors fit the citation's
/// names: the co-authors `keys[1..]` and their count, or three or more
/// for `et al.`, or one author alone. Returns whether that narrowed them.
fn narrow_by_authors(
    refs: &[Reference],
    cands: &mut Vec<usize>,
    keys: &[String],
    et_al: bool,
) -> bool {
    if cands.len() <= 1 {
        return false;
    }
    let narrowed: Vec<usize> = cands
        .iter()
        .copied()
        .filter(|&r| {
            let ra: Vec<String> = refs[r].fields.names().iter().map(name_key).collect();
            let n = ra.len() + usize::from(refs[r].fields.et_al) * 3;
            if et_al {
                n >= 2
            } else if keys.len() >= 2 {
                keys[1..].iter().all(|k| ra.contains(k)) && n == keys.len()
            } else {
                n == 1
            }
        })
        .collect();
    if narrowed.is_empty() {
        return false;
    }
    *cands = narrowed;
    true
}

/// Links citation `ci` to its one candidate entry, or marks it dangling
/// (none) or ambiguous (several: reported, with `hint` on telling them
/// apart). Returns whether it links.
fn settle(
    doc: &mut Document,
    ci: usize,
    cands: &[usize],
    rule: &'static str,
    hint: &str,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let refs = &doc.references;
    let c = &mut doc.citations[ci];
    match cands.len() {
        1 => {
            c.reference = Some(refs[cands[0]].id.clone());
            c.status = Some(Status::Resolved);
            c.provenance = Some(Provenance { rule, score: 1.0 });
            true
        }
        0 => {
            c.status = Some(Status::Dangling);
            false
        }
        n => {
            c.status = Some(Status::Ambiguous);
            let mut d = Diagnostic::new(
                Code::AmbiguousCitation,
                c.span,
                format!("`{}` fits {n} entries of the reference list", c.text),
            )
            .with_label("which one is meant?")
            .with_note(hint);
            // A handful of labels says enough; hundreds would drown the
            // report (a list of many works by one author in one year).
            const SHOWN: usize = 5;
            for &r in cands.iter().take(SHOWN) {
                d = d.with_secondary(refs[r].span, "an entry that fits");
            }
            if n > SHOWN {
                d = d.with_note(format!("and {} more entries", n - SHOWN));
            }
            diags.push(d);
            false
        }
    }
}

#[cfg(test)]
mod abbreviation_search {
    use super::*;
    use crate::re::strategies::run;
    use proptest::prelude::*;

    /// The bounded pattern [`abbreviation`] stands for.
    static BOUNDED: LazyLock<Regex> = LazyLock::new(|| {
        crate::re::constant(
            r"^[^()\[\]]{2,120}?\s(?:\((\p{Lu}[\p{Lu}\p{Ll}]{1,9})\)|\[(\p{Lu}[\p{Lu}\p{Ll}]{1,9})\])",
        )
    });

    /// Heads of 118 to 123 characters or of 0 to 3, then a bracket of 0 to
    /// 3 or 9 to 12 capitals (`Ⅳ` is uppercase but no `Lu`), then anything.
    fn heads() -> impl Strategy<Value = String> {
        let any = vec![
            'A', 'É', 'a', ' ', '\u{3000}', '(', ')', '[', ']', 'Ⅳ', '1', '.',
        ];
        (
            prop_oneof![
                run(vec!['x', 'É', ' ', '.'], 0..4),
                run(vec!['x', 'É', ' ', '.'], 117..124)
            ],
            prop::sample::select(vec![" (", "\u{3000}(", "(", " ) (", " [", " ] [", " ( ["]),
            prop_oneof![
                run(vec!['A', 'É', 'Ⅳ', 'a'], 0..4),
                run(vec!['A', 'É'], 8..13)
            ],
            prop::collection::vec(run(any, 0..4), 0..5),
        )
            .prop_map(|(head, open, caps, tail)| format!("{head}{open}{caps}{}", tail.concat()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn abbreviation_captures_what_the_bounded_pattern_does(t in heads()) {
            let want = BOUNDED
                .captures(&t)
                .and_then(|c| c.get(1).or(c.get(2)))
                .map(|m| m.as_str())
                .filter(|a| crate::text::is_abbreviation(a));
            prop_assert_eq!(abbreviation(&t), want, "{:?}", t);
        }
    }

    #[test]
    fn abbreviation_reads_organisations() {
        assert_eq!(
            abbreviation("Kultusministerkonferenz (KMK) (2016)."),
            Some("KMK")
        );
        assert_eq!(
            abbreviation("World Health Organization (WHO). 2020."),
            Some("WHO")
        );
        assert_eq!(abbreviation("Müller, K. (Hrsg.) (2016)."), None);
        assert_eq!(abbreviation("Org (ABCDEFGHIJK)."), None);
        assert_eq!(
            abbreviation("Instituto Nacional de Estadística [INE]. (2020)."),
            Some("INE")
        );
        assert_eq!(abbreviation("Org [ABC). (2020)."), None);
    }
}

#[cfg(test)]
mod pages_after_years {
    use crate::model::{Document, Status};
    use crate::source::SourceFile;

    fn run(body: &str) -> Document {
        let text = format!(
            "Title\n\n{body}\n\nReferences\n\n\
             Lee, Anna. 2015. \"Remote Teams.\" Organization Science 26 (3): 101–20.\n\n\
             Smith, John. 2007. \"Managing at a Distance.\" Academy of Management Journal 50 (6): 1521–40.\n\n\
             Smith, John. 2009. \"Distance and Trust.\" Academy of Management Journal 52 (6): 1401–20.\n"
        );
        let source = SourceFile::from_bytes("t.txt", text.as_bytes());
        crate::analyze(
            &source,
            &crate::grammar::Grammar::builtin(),
            crate::Options::default(),
        )
    }

    /// (text, date, locator, status) of each in-text citation.
    fn rows(doc: &Document) -> Vec<(String, String, Option<String>, Option<Status>)> {
        doc.citations
            .iter()
            .map(|c| {
                (
                    c.text.clone(),
                    c.short
                        .as_ref()
                        .and_then(|s| s.date.clone())
                        .unwrap_or_default(),
                    c.locator.as_ref().map(|l| l.value.clone()),
                    c.status,
                )
            })
            .collect()
    }

    fn row(
        text: &str,
        date: &str,
        locator: Option<&str>,
        status: Status,
    ) -> (String, String, Option<String>, Option<Status>) {
        (
            text.into(),
            date.into(),
            locator.map(Into::into),
            Some(status),
        )
    }

    #[test]
    fn a_number_that_names_no_work_of_the_author_is_a_page() {
        let doc = run(
            "Remote work changes how people work (Smith 2007, 1530; Lee 2015, 1530, 1533), \
             as two studies show (Smith 2007, 2009).",
        );
        assert_eq!(
            rows(&doc),
            [
                row("Smith, 2007", "2007", Some("1530"), Status::Resolved),
                row("Lee, 2015", "2015", Some("1530,1533"), Status::Resolved),
                row("Smith, 2007", "2007", None, Status::Resolved),
                row("Smith, 2009", "2009", None, Status::Resolved),
            ]
        );
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    }

    #[test]
    fn two_years_after_one_name_are_two_works_though_the_list_has_one() {
        let text = "Title\n\nRemote work changes how people work (Smith 2007, 2009), as one \
             study shows (Smith 2007, 1530).\n\nReferences\n\n\
             Smith, John. 2007. \"Managing at a Distance.\" Academy of Management Journal 50 (6): 1521–40.\n";
        let source = SourceFile::from_bytes("t.txt", text.as_bytes());
        let doc = crate::analyze(
            &source,
            &crate::grammar::Grammar::builtin(),
            crate::Options::default(),
        );
        assert_eq!(
            rows(&doc),
            [
                row("Smith, 2007", "2007", None, Status::Resolved),
                row("Smith, 2009", "2009", None, Status::Dangling),
                row("Smith, 2007", "2007", Some("1530"), Status::Resolved),
            ]
        );
    }

    #[test]
    fn a_number_after_a_year_that_names_no_work_stays_a_year() {
        let doc = run(
            "Remote work changes how people work (Smith 2008, 1530), as studies show \
             (Smith 2007; Lee 2015; Smith 2009, 2007).",
        );
        assert_eq!(
            rows(&doc),
            [
                row("Smith, 2008", "2008", None, Status::Dangling),
                row("Smith, 1530", "1530", None, Status::Dangling),
                row("Smith, 2007", "2007", None, Status::Resolved),
                row("Lee, 2015", "2015", None, Status::Resolved),
                row("Smith, 2009", "2009", None, Status::Resolved),
                row("Smith, 2007", "2007", None, Status::Resolved),
            ]
        );
    }
}

#[cfg(test)]
mod sentence_openers {
    use crate::model::Document;
    use crate::source::SourceFile;

    fn run(text: &str) -> Document {
        let source = SourceFile::from_bytes("t.txt", text.as_bytes());
        crate::analyze(
            &source,
            &crate::grammar::Grammar::builtin(),
            crate::Options::default(),
        )
    }

    /// (text, span text, author, linked entry) of each in-text citation.
    fn rows(text: &str, doc: &Document) -> Vec<(String, String, String, Option<String>)> {
        doc.citations
            .iter()
            .map(|c| {
                (
                    c.text.clone(),
                    text[c.span.start..c.span.end].to_string(),
                    c.short
                        .as_ref()
                        .and_then(|s| s.author.clone())
                        .unwrap_or_default(),
                    c.reference.clone(),
                )
            })
            .collect()
    }

    fn row(
        t: &str,
        span: &str,
        a: &str,
        r: Option<&str>,
    ) -> (String, String, String, Option<String>) {
        (t.into(), span.into(), a.into(), r.map(Into::into))
    }

    #[test]
    fn words_that_name_no_author_are_left_out_of_the_names() {
        let text = "Title\n\nAs Levi and Stoker (2000) argue, trust is relational. Following\n\
             Putnam (1993), many agree. Robert Putnam (1993) said so too, as did Dahl (1989).\n\n\
             References\n\n\
             Dahl, R. A. (1989). Democracy and its critics. Yale University Press.\n\n\
             Levi, M., & Stoker, L. (2000). Political trust. Annual Review of Political Science, 3, 475–507.\n\n\
             Putnam, Robert. (1993). Making democracy work. Princeton University Press.\n";
        let doc = run(text);
        assert_eq!(
            rows(text, &doc),
            [
                row(
                    "Levi and Stoker (2000)",
                    "Levi and Stoker (2000",
                    "Levi and Stoker",
                    Some("b2")
                ),
                row("Putnam (1993)", "Putnam (1993", "Putnam", Some("b3")),
                // The entry's given name stays with the family name.
                row(
                    "Robert Putnam (1993)",
                    "Robert Putnam (1993",
                    "Robert Putnam",
                    Some("b3")
                ),
                row("Dahl (1989)", "Dahl (1989", "Dahl", Some("b1")),
            ]
        );
    }

    #[test]
    fn cjk_prose_glued_to_a_name_is_left_out() {
        let text = "标题\n\n正如王逸舟（2003）所指出的，外交转型是一个长期的过程，需要国内政治的支持与社会的广泛参与，\
             德国法学家卡尔·拉伦茨（2003）则强调法学的规范性，这一点同样值得重视，也得到了许多学者的认同与进一步的阐发。\n\n\
             参考文献\n\n\
             王逸舟：《全球政治和中国外交》，北京：世界知识出版社，2003年。\n\n\
             [德]卡尔·拉伦茨：《法学方法论》，陈爱娥译，北京：商务印书馆，2003年。\n";
        let doc = run(text);
        assert_eq!(
            rows(text, &doc),
            [
                row("王逸舟 (2003)", "王逸舟（2003", "王逸舟", Some("b1")),
                row(
                    "卡尔·拉伦茨 (2003)",
                    "卡尔·拉伦茨（2003",
                    "卡尔·拉伦茨",
                    Some("b2")
                ),
            ]
        );
    }
}

#[cfg(test)]
mod years_alone {
    use super::sentence_words_before;

    #[test]
    fn the_words_of_the_sentence_outside_quotations_nearest_first() {
        let text = "Smith wrote. As Putnam's book put it, \"Coleman was right. Trust\" ";
        assert_eq!(
            sentence_words_before(text, text.len()),
            ["it", "put", "book", "Putnam", "As"]
        );
        // Initials and `et al.` end no sentence; a parenthesis ends the
        // search.
        let text = "See R. D. Putnam et al. on this, and Lee (2001) on trust ";
        assert_eq!(sentence_words_before(text, text.len()), ["trust", "on"]);
        let text = "Work by R. D. Putnam et al. on trust ";
        assert_eq!(
            sentence_words_before(text, text.len()),
            ["trust", "on", "al", "et", "Putnam", "D", "R", "by", "Work"]
        );
        // A window that starts inside a quotation reads well backwards.
        let text = "inside a quote\" and Boliver argues ";
        assert_eq!(
            sentence_words_before(text, text.len()),
            ["argues", "Boliver", "and"]
        );
        assert!(sentence_words_before("é", 1).is_empty());
    }
}
