//! Linking author-page citations (MLA, [`CitationKind::AuthorPage`]):
//!
//! - names (`(Said 45)`): the entries whose first author the names give,
//!   narrowed by the short title when there is one (`(Said, Orientalism
//!   3)`), then by the co-authors;
//! - a title alone (`("Can the Subaltern Speak?" 283)`), or names that are
//!   no entry's author (`(Culture and Imperialism 52)`): the entries whose
//!   title the text opens or is part of;
//! - a page alone (`(19)`): the nearest name before it, in its paragraph
//!   and outside quotation marks, that is an entry's first author; among
//!   that author's works, the one whose title the sentence names.

use super::{by_author, narrow_by_authors, settle, Index};
use crate::diagnostic::Diagnostic;
use crate::grammar::Grammar;
use crate::model::{Citation, CitationKind, Document, Reference, ShortFormInfo};
use crate::text::{family_key, key_is_title_part, title_key};
use foldhash::HashMap;

/// How far before a page alone its author is looked for, in bytes.
const NAME_WINDOW: usize = 600;

/// Whether `c` is a page alone (`(19)`): an author-page citation that
/// names nothing and is read as part of its sentence.
pub(super) fn is_page_alone(c: &Citation) -> bool {
    c.kind == CitationKind::AuthorPage && c.site.as_ref().is_some_and(|s| s.narrative)
}

/// Entries by the words of their titles: each entry under the first two
/// words of its [`title_key`] (a short title may drop a leading article).
pub(super) struct Titles {
    by_word: HashMap<String, Vec<usize>>,
    keys: Vec<String>,
}

impl Titles {
    fn new(refs: &[Reference]) -> Titles {
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::default();
        let mut keys = Vec::with_capacity(refs.len());
        for (i, r) in refs.iter().enumerate() {
            let key = r
                .fields
                .title
                .as_deref()
                .filter(|_| r.bibliography_index.is_some())
                .map(title_key)
                .unwrap_or_default();
            let mut words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).take(2).collect();
            words.dedup();
            for w in words {
                by_word.entry(w.to_string()).or_default().push(i);
            }
            keys.push(key);
        }
        Titles { by_word, keys }
    }

    /// The entries whose title `short` (a [`title_key`]) is the start of,
    /// or of which it is a part after a leading word.
    fn find(&self, short: &str) -> Vec<usize> {
        let Some(first) = short.split(' ').next().filter(|w| !w.is_empty()) else {
            return Vec::new();
        };
        self.by_word.get(first).map_or_else(Vec::new, |cands| {
            cands
                .iter()
                .copied()
                .filter(|&r| key_is_title_part(short, &self.keys[r]))
                .collect()
        })
    }
}

/// Links author-page citation `ci` (see the module's text). `text` is the
/// text its span points into; `titles` is built at the first title looked
/// up. Returns whether it links.
pub(super) fn link_author_page(
    doc: &mut Document,
    ci: usize,
    (index, text): (&Index, &str),
    titles: &mut Option<Titles>,
    grammar: &Grammar,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let c = &doc.citations[ci];
    let alone = is_page_alone(c);
    let info = c.short.as_deref().cloned().unwrap_or_default();
    let mut names = info.author.clone();
    let mut window = "";
    if alone {
        window = paragraph_before(text, c.span.start);
        names = named_before(window, index).map(str::to_string);
        if let Some(short) = doc.citations[ci].short.as_deref_mut() {
            short.author.clone_from(&names);
        }
    }
    let refs = &doc.references;
    let mut rule = "author-page";
    let (mut cands, keys, et_al) = match &names {
        Some(n) => {
            let by = by_author(index, n, grammar);
            (by.cands, by.keys, by.et_al)
        }
        None => (Vec::new(), Vec::new(), false),
    };
    let title = info
        .title
        .as_deref()
        .map(title_key)
        .filter(|t| !t.is_empty());
    let titles = titles.get_or_insert_with(|| Titles::new(refs));
    if cands.is_empty() && !alone {
        // `(Culture and Imperialism 52)`: a short title where names stand.
        let short = title.clone().or_else(|| names.as_deref().map(title_key));
        if let Some(short) = short.filter(|s| !s.is_empty()) {
            cands = titles.find(&short);
            rule = "author-page-title";
        }
    } else if let Some(short) = &title {
        // The author's work of that title; none is a work the list lacks.
        cands.retain(|&r| key_is_title_part(short, &titles.keys[r]));
        rule = "author-page-title";
    } else {
        if narrow_by_authors(refs, &mut cands, &keys, et_al) {
            rule = "author-page-authors";
        }
        // `In Orientalism, Said argues … (3)`: the title in the sentence.
        if alone && cands.len() > 1 {
            let said = title_key(window);
            let named: Vec<usize> = cands
                .iter()
                .copied()
                .filter(|&r| {
                    let words: Vec<&str> = titles.keys[r].split(' ').take(2).collect();
                    !words.is_empty() && key_is_title_part(&words.join(" "), &said)
                })
                .collect();
            if named.len() == 1 {
                cands = named;
                rule = "author-page-title";
            }
        }
    }
    settle(
        doc,
        ci,
        &cands,
        rule,
        "a short title (`(Said, Orientalism 3)`) tells the works of one author apart",
        diags,
    )
}

/// Reads the author-page citations written in the prose of the notes
/// that hold no other citation (MLA notes: `See Said 45-46 and Bhabha
/// 90.`; see [`crate::intext::in_prose`]), puts them among the notes'
/// citations in note order, and links each. Their names must open with
/// the family name of an entry's first author. Returns whether any was
/// found; the ids of the citations are then out of order.
pub(super) fn notes_by_page(
    doc: &mut Document,
    (index, text): (&Index, &str),
    titles: &mut Option<Titles>,
    grammar: &Grammar,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    // The spans of the citations each note holds already: a note that
    // cites in full or by a short form (`Edward W. Said, Culture and
    // Imperialism (New York: Knopf, 1993), 12; see also Said 45.`) may
    // cite by author and page besides, outside them.
    let mut citing: HashMap<(u32, u32), Vec<(usize, usize)>> = HashMap::default();
    for c in doc.citations.iter().filter(|c| c.site.is_none()) {
        if let Some(n) = c.footnote {
            citing
                .entry((c.chapter, n))
                .or_default()
                .push((c.span.start, c.span.end));
        }
    }
    let is_author = |w: &str| index.surnames.contains_key(&family_key(w));
    // Each found citation, after the note citations of which footnote.
    let mut found: Vec<(usize, Citation)> = Vec::new();
    for (k, f) in doc.footnotes.iter().enumerate() {
        let held = citing.get(&(f.chapter, f.number));
        for p in crate::intext::in_prose(&f.text, is_author, grammar) {
            let span = f.map_span(p.start, p.end);
            if held.is_some_and(|h| h.iter().any(|&(a, b)| a < span.end && span.start < b)) {
                continue;
            }
            let cited = crate::intext::collapse(&f.text[p.start..p.end]);
            found.push((
                k,
                Citation {
                    footnote: Some(f.number),
                    chapter: f.chapter,
                    signal: p.signal,
                    locator: Some(p.locator),
                    short: Some(Box::new(ShortFormInfo {
                        author: Some(p.names),
                        title: p.title,
                        ..ShortFormInfo::default()
                    })),
                    ..Citation::unlinked(String::new(), CitationKind::AuthorPage, cited, span)
                },
            ));
        }
    }
    if found.is_empty() {
        return false;
    }
    // Merged into the citations in order: those of the notes come in
    // note order, then those of the running text.
    let position: HashMap<(u32, u32), usize> = doc
        .footnotes
        .iter()
        .enumerate()
        .map(|(k, f)| ((f.chapter, f.number), k))
        .collect();
    let old = std::mem::take(&mut doc.citations);
    let mut merged = Vec::with_capacity(old.len() + found.len());
    let mut added = Vec::with_capacity(found.len());
    let mut pending = found.into_iter().peekable();
    for c in old {
        let at = match (&c.site, c.footnote) {
            (None, Some(n)) => position.get(&(c.chapter, n)).copied(),
            _ => None,
        }
        .unwrap_or(usize::MAX);
        while let Some((_, new)) = pending.next_if(|(k, _)| *k < at) {
            added.push(merged.len());
            merged.push(new);
        }
        merged.push(c);
    }
    for (_, new) in pending {
        added.push(merged.len());
        merged.push(new);
    }
    doc.citations = merged;
    for ci in added {
        link_author_page(doc, ci, (index, text), titles, grammar, diags);
    }
    true
}

/// The text of the paragraph before byte `at` of `text`, at most
/// [`NAME_WINDOW`] bytes.
fn paragraph_before(text: &str, at: usize) -> &str {
    let at = crate::source::floor_char_boundary(text, at);
    let from = crate::source::floor_char_boundary(text, at.saturating_sub(NAME_WINDOW));
    let window = &text[from..at];
    window.rfind("\n\n").map_or(window, |i| &window[i + 2..])
}

/// The last capitalised word of `window` outside quotation marks that is
/// the family name of an entry's first author.
fn named_before<'a>(window: &'a str, index: &Index) -> Option<&'a str> {
    let mut quoted = false;
    let mut words: Vec<&str> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in window.char_indices() {
        let in_word = c.is_alphabetic() || matches!(c, '\'' | '’' | '-');
        if in_word {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            if !quoted {
                words.push(&window[s..i]);
            }
        }
        match c {
            '"' => quoted = !quoted,
            '“' | '„' | '«' => quoted = true,
            '”' | '»' => quoted = false,
            _ => {}
        }
    }
    if let Some(s) = start.filter(|_| !quoted) {
        words.push(&window[s..]);
    }
    // `Brantlinger's reading … (230)`: a possessive names its owner.
    words
        .into_iter()
        .rev()
        .map(|w| {
            ["'s", "’s", "'", "’"]
                .iter()
                .find_map(|p| w.strip_suffix(p))
                .unwrap_or(w)
        })
        .find(|w| w.starts_with(char::is_uppercase) && index.surnames.contains_key(&family_key(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_ends_at_the_paragraph_start() {
        let text = "First paragraph names Said.\n\nAs Gikandi notes, it is so (19).";
        let at = text.find("(19)").unwrap();
        assert_eq!(paragraph_before(text, at), "As Gikandi notes, it is so ");
        // A cut inside a character moves back to its start.
        assert_eq!(paragraph_before("é (1)", 1), "");
    }
}
