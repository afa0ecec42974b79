//! The linking pass: one walk over the citations in document order.
//!
//! - A full citation is matched to a bibliography entry (normalised author
//!   keys, year, title; tolerant of name order, initials, diacritics, quotes,
//!   ditto entries and small typos). A link made despite a difference in
//!   author, title or year is kept and reported. A work the bibliography does
//!   not list becomes a note-only reference.
//! - `ibid.` takes the citation just before it, whatever that was: an
//!   unresolved citation still takes its slot, so an `ibid.` after it fails
//!   loudly instead of silently skipping back.
//! - `op. cit.`, `a. a. O.`, `앞의 글` with an author (and year or date) take
//!   the earlier full citation of that author whose date fits; two different
//!   works that both fit are an ambiguity, never a guess.
//! - `supra note N` takes what note N cites.
//!
//! Every link records which rule made it and, for fuzzy ones, a score.

use crate::diagnostic::{Code, Diagnostic};
use crate::grammar::{BackRefKind, Grammar};
use crate::model::{
    Archive, Citation, CitationKind, CslDate, CslItem, Document, Provenance, Reference, Status,
};
use crate::source::Span;
use crate::syntax::date::dates_fit;
use crate::syntax::name::{display_name, name_key, parse_names, NameOrder};
use crate::text::{title_key, title_key_similarity, CharSketch, NearIndex, NEAR_EDITS};
use foldhash::{HashMap, HashSet};
use rayon::prelude::*;
use std::collections::BTreeSet;

pub mod in_text;

/// What the short-form state machine remembers between citations.
///
/// Following the Chicago Manual (14.34): "ibid." refers to the single source
/// cited in the immediately preceding citation. We keep the preceding
/// citation itself, resolved or not, so that an `ibid.` after a failed
/// citation fails too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IbidState {
    /// Nothing cited yet.
    Start,
    /// The previous citation (index into the citation list).
    After(usize),
}

/// A value for some of the references, by reference index: a slot per
/// index rather than a hash map's entry (three times the size) and hash.
struct ByEntry<T>(Vec<Option<T>>);

impl<T> Default for ByEntry<T> {
    fn default() -> Self {
        ByEntry(Vec::new())
    }
}

impl<T> ByEntry<T> {
    /// Sets the value of reference `i`, in place of any it had.
    fn insert(&mut self, i: usize, value: T) {
        if self.0.len() <= i {
            self.0.resize_with(i + 1, || None);
        }
        if let Some(slot) = self.0.get_mut(i) {
            *slot = Some(value);
        }
    }

    /// The value of reference `i`, if it has one.
    fn get(&self, i: &usize) -> Option<&T> {
        self.0.get(*i).and_then(Option::as_ref)
    }

    /// The references that have a value, ascending.
    fn keys(&self) -> impl Iterator<Item = usize> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.is_some().then_some(i))
    }
}

/// Bibliography entries indexed by title, author and title words, so that
/// matching a citation costs a few comparisons, not one per entry.
struct BibIndex {
    entries: usize,
    /// Entries by the short form the notes cite them by
    /// ([`BibIndex::index_cited_as`]), as [`journal_key`].
    cited_as: HashMap<String, Vec<usize>>,
    /// Entries of a commentary cited by its abbreviation (the grammars'
    /// `commentaries`): the abbreviation's key and the entries whose title
    /// opens with the commentary's words ([`BibIndex::index_cited_as`]).
    commentaries: Vec<(String, Vec<usize>)>,
    authors: ByEntry<Vec<String>>,
    title_keys: ByEntry<String>,
    /// Title keys of the series or reports entries appear in
    /// ([`CslItem::collection_title`]).
    collection_keys: ByEntry<String>,
    by_title: HashMap<String, Vec<usize>>,
    by_author: HashMap<String, Vec<usize>>,
    /// (author key, year) → entries, for authors with more than [`MANY`]
    /// entries only.
    by_author_year: HashMap<(String, i32), Vec<usize>>,
    /// Author keys and their CJK family-name prefixes (`山田` and `山` for
    /// `山田太郎`).
    by_lookup: HashMap<String, Vec<usize>>,
    by_word: HashMap<String, Vec<usize>>,
    /// Entries of archival sources by their archive's name and
    /// abbreviation, as [`journal_key`].
    by_archive: HashMap<String, Vec<usize>>,
    /// Statutes of the list by their number and year (`24`, 2003 of
    /// `Undang-Undang Nomor 24 Tahun 2003`).
    by_statute_number: HashMap<(String, i32), Vec<usize>>,
}

/// The keys a work is found under by a short form's author: each author
/// key, and for an all-CJK key its prefixes (`山田` finds `山田太郎`; `梅`
/// finds `梅謙次郎`, where [`fits`] then asks for that family name).
fn lookup_keys(keys: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in keys {
        if k.chars().all(crate::segment::is_cjk) {
            let ends: Vec<usize> = k.char_indices().map(|(i, _)| i).skip(1).collect();
            out.extend(ends.into_iter().map(|e| k[..e].to_string()));
        }
        out.push(k.clone());
    }
    out.sort();
    out.dedup();
    out
}

/// The number of `key` in `ids`, numbering it when it is new.
fn key_id(ids: &mut HashMap<String, u32>, key: &str) -> u32 {
    if let Some(&id) = ids.get(key) {
        return id;
    }
    let id = u32::try_from(ids.len()).unwrap_or(u32::MAX);
    ids.insert(key.to_string(), id);
    id
}

/// The numbers in `ids` ([`key_id`]) of the [`lookup_keys`] of `keys`,
/// ascending, each once: the lookup keys without copying them.
fn lookup_key_ids(ids: &mut HashMap<String, u32>, keys: &[String]) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    for k in keys {
        if k.chars().all(crate::segment::is_cjk) {
            for (e, _) in k.char_indices().skip(1) {
                out.push(key_id(ids, &k[..e]));
            }
        }
        out.push(key_id(ids, k));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// More entries than this by one author: look-ups narrow them by year.
const MANY: usize = 64;

/// Title words worth indexing, from a title key ([`title_key`]): three
/// characters or more (two for CJK).
fn key_words(key: &str) -> Vec<String> {
    let mut words: Vec<String> = key
        .split(' ')
        .filter(|w| {
            let n = w.chars().count();
            n >= 3 || (n >= 2 && w.chars().all(crate::segment::is_cjk))
        })
        .map(str::to_string)
        .collect();
    words.sort();
    words.dedup();
    words
}

impl BibIndex {
    fn new(doc: &Document) -> Self {
        let mut idx = BibIndex {
            entries: doc
                .references
                .iter()
                .filter(|r| r.bibliography_index.is_some())
                .count(),
            cited_as: HashMap::default(),
            commentaries: Vec::new(),
            by_title: HashMap::default(),
            title_keys: ByEntry::default(),
            collection_keys: ByEntry::default(),
            authors: ByEntry::default(),
            by_author: HashMap::default(),
            by_author_year: HashMap::default(),
            by_lookup: HashMap::default(),
            by_word: HashMap::default(),
            by_archive: HashMap::default(),
            by_statute_number: HashMap::default(),
        };
        // Keys of each entry on every core; the maps in order.
        use rayon::prelude::*;
        type EntryKeys = (usize, Option<(String, Vec<String>)>, Vec<String>);
        let computed: Vec<EntryKeys> = doc
            .references
            .par_iter()
            .enumerate()
            .with_min_len(256)
            .filter(|(_, r)| r.bibliography_index.is_some())
            .map(|(i, r)| {
                let title = r.fields.title.as_deref().map(|t| {
                    let k = title_key(t);
                    let words = key_words(&k);
                    (k, words)
                });
                (i, title, keys(&r.fields))
            })
            .collect();
        for (i, title, ks) in computed {
            if let Some((k, words)) = title {
                idx.title_keys.insert(i, k.clone());
                idx.by_title.entry(k).or_default().push(i);
                for w in words {
                    idx.by_word.entry(w).or_default().push(i);
                }
            }
            for k in &ks {
                idx.by_author.entry(k.clone()).or_default().push(i);
            }
            for k in lookup_keys(&ks) {
                idx.by_lookup.entry(k).or_default().push(i);
            }
            idx.authors.insert(i, ks);
        }
        for (i, r) in doc.references.iter().enumerate() {
            if r.bibliography_index.is_none() {
                continue;
            }
            if let Some(c) = r.fields.collection_title.as_deref() {
                idx.collection_keys.insert(i, title_key(c));
            }
            if let (Some(n), Some(y)) = (r.fields.number.as_ref(), r.fields.year()) {
                if matches!(r.fields.kind.as_str(), "legislation" | "legal_case") {
                    idx.by_statute_number
                        .entry((n.clone(), y))
                        .or_default()
                        .push(i);
                }
            }
            let Some(a) = r.fields.archive.as_deref() else {
                continue;
            };
            let mut names = vec![journal_key(&a.archive)];
            names.extend(a.abbreviation.as_deref().map(journal_key));
            names.dedup();
            for k in names {
                idx.by_archive.entry(k).or_default().push(i);
            }
        }
        // Years are indexed for the authors that `authored` narrows by year.
        for (k, all) in &idx.by_author {
            if all.len() > MANY {
                for &i in all {
                    if let Some(y) = doc.references[i].fields.year() {
                        idx.by_author_year
                            .entry((k.clone(), y))
                            .or_default()
                            .push(i);
                    }
                }
            }
        }
        idx
    }

    /// Indexes the entries that say how the notes cite them (`Münchener
    /// Kommentar zum BGB, … (zit.: MüKoBGB/Bearbeiter)`): a word of the
    /// grammars' `cited_as`, then the short form's first word, up to a
    /// `/`, comma, bracket or space (`MüKoBGB`).
    fn index_cited_as(&mut self, doc: &Document, grammar: &Grammar) {
        for (i, r) in doc.references.iter().enumerate() {
            if r.bibliography_index.is_none() {
                continue;
            }
            if !grammar.commentaries.is_empty() {
                if let Some(title) = commentary_key(&self.title_keys, r, i).as_deref() {
                    for (abbreviation, words) in &grammar.commentaries {
                        // `BeckOK Datenschutzrecht`: a list may title the
                        // commentary by its abbreviation too.
                        let opens = [words.as_str(), abbreviation.as_str()].iter().any(|w| {
                            title
                                .strip_prefix(w)
                                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
                        });
                        if !opens {
                            continue;
                        }
                        match self
                            .commentaries
                            .iter_mut()
                            .find(|(a, _)| a == abbreviation)
                        {
                            Some((_, entries)) => entries.push(i),
                            None => self.commentaries.push((abbreviation.clone(), vec![i])),
                        }
                    }
                }
            }
            // `Grundlegung zur Metaphysik der Sitten (GMS)`: the siglum
            // the entry declares after its title.
            if let Some(short) = r.fields.title_short.as_deref() {
                let key = journal_key(short);
                if !key.is_empty() {
                    self.cited_as.entry(key).or_default().push(i);
                }
            }
            let Some(m) = grammar.cited_as.find(&r.raw) else {
                continue;
            };
            let after = r.raw[m.end..].trim_start_matches([':', ' ']);
            let word = after
                .split(['/', ',', ')', ';', ' '])
                .next()
                .unwrap_or("")
                .trim_end_matches('.');
            let key = journal_key(word);
            if !key.is_empty() {
                let entries = self.cited_as.entry(key).or_default();
                if !entries.contains(&i) {
                    entries.push(i);
                }
            }
        }
    }

    /// Entries by the author with this key: all of them, or, when the
    /// author has more than [`MANY`] entries and a year is known, those of
    /// that year (ten thousand works by one surname must not make every
    /// look-up scan them all).
    fn authored(&self, key: &str, year: Option<i32>) -> &[usize] {
        let all = self.by_author.get(key).map_or(&[][..], Vec::as_slice);
        match year {
            Some(y) if all.len() > MANY => self
                .by_author_year
                .get(&(key.to_string(), y))
                .map_or(&[][..], Vec::as_slice),
            _ => all,
        }
    }

    /// Entries whose authors may fit a short form's (its first author key,
    /// or its whole author text as one key, CJK family names included),
    /// ascending; every entry when the short form names no author.
    fn by_author_lookup(&self, author_keys: &[String], whole: &str) -> Vec<usize> {
        if author_keys.is_empty() {
            let mut all: Vec<usize> = self.authors.keys().collect();
            all.sort_unstable();
            return all;
        }
        let mut out: Vec<usize> = [author_keys[0].as_str(), whole]
            .into_iter()
            .filter_map(|k| self.by_lookup.get(k))
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Entries that may match: same title, a shared author, or shared title
    /// words. `title` is the item's title key, `own_keys` its author keys.
    fn candidates(&self, item: &CslItem, title: Option<&str>, own_keys: &[String]) -> Vec<usize> {
        // A word shared by more than a tenth of the entries says little.
        let common = (self.entries / 10).max(3);
        let mut out: Vec<usize> = Vec::new();
        let mut word_hits: HashMap<usize, usize> = HashMap::default();
        let mut n_words = 0;
        if let Some(t) = title {
            // Entries with the very same title settle it: no fuzzy search
            // (ten thousand works by one surname cost one look-up each).
            if let Some(v) = self.by_title.get(t) {
                let ka = own_keys;
                if ka.is_empty()
                    || v.iter().any(|&i| {
                        self.authors
                            .get(&i)
                            .is_some_and(|kb| kb.first() == ka.first())
                    })
                {
                    return v.clone();
                }
                out.extend(v);
            }
            let words = key_words(t);
            n_words = words.len();
            for w in words {
                if let Some(v) = self.by_word.get(&w).filter(|v| v.len() <= common) {
                    for &i in v {
                        *word_hits.entry(i).or_default() += 1;
                    }
                }
            }
        }
        for k in own_keys {
            out.extend(self.authored(k, item.year()));
        }
        let need = if n_words <= 2 { 1 } else { 2 };
        out.extend(
            word_hits
                .into_iter()
                .filter(|&(_, n)| n >= need)
                .map(|(i, _)| i),
        );
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// A work cited in full so far.
struct Work {
    /// Index of its reference.
    reference: usize,
    /// Index of its latest full citation.
    latest: usize,
    /// Author keys of its reference.
    keys: Vec<String>,
    /// Numbers ([`History::key_ids`]) of the keys it is indexed under in
    /// [`History::by_key`].
    indexed: Vec<u32>,
    /// The year of its reference.
    year: Option<i32>,
    /// The title key ([`title_key`]) of its reference, computed once.
    title: Option<String>,
    /// The words of `title`, numbered as in [`History::word_ids`].
    words: Vec<u32>,
    /// For an article linked to the entry of its periodical, named alone
    /// (`"The Trouble at Lawrence," Harper's Weekly, …` and `Harper's
    /// Weekly`): the article's own fields, which short forms name.
    article: Option<Box<CslItem>>,
}

impl Work {
    /// Whether the work fits what a short form asks for ([`fits`]), with
    /// the keys and title key it keeps.
    fn fits(&self, doc: &Document, want: &Want) -> bool {
        let item = match &self.article {
            Some(own) => own,
            None => &doc.references[self.reference].fields,
        };
        fits(item, &self.keys, self.title.as_deref(), want)
    }
}

/// How many near candidates a dangling short form's diagnostic lists.
const MAX_CANDIDATES: usize = 5;

/// Works cited in full so far, indexed by author key, so that a short form
/// looks at the works of its author only.
#[derive(Default)]
struct History {
    /// Distinct works in the order of their first full citation.
    works: Vec<Work>,
    /// Reference index → position in `works`.
    work_of: HashMap<usize, usize>,
    /// Articles linked to the entry of their periodical ([`Work::article`]),
    /// by [`work_key`] → position in `works`.
    article_of: HashMap<String, usize>,
    /// Each lookup key ([`lookup_keys`]) a work is indexed under, numbered
    /// once: the maps below are keyed by these numbers, not by copies of
    /// the keys.
    key_ids: HashMap<String, u32>,
    /// Number of a lookup key ([`History::key_ids`]) → positions in
    /// `works`, ascending.
    by_key: Vec<Vec<usize>>,
    /// Number ([`History::key_ids`]) of the first author key of the
    /// reference → positions in `works`, ascending.
    by_first: HashMap<u32, Vec<usize>>,
    /// Each key of [`History::by_first`], once, in the order first cited.
    first_keys: Vec<NearKey>,
    /// The keys of [`History::first_keys`] filed by their position for
    /// finding near names ([`History::similar_first_authors`]), and how
    /// many of them are filed: filed when a short form first asks, so a
    /// paper whose short forms all resolve never builds it.
    near: std::cell::RefCell<(NearIndex, usize)>,
    /// Number of a lookup key ([`History::key_ids`]) and the reference's
    /// year → positions in `works`, ascending: a dated short form looks at
    /// its author's works of that year only (an author cited with a
    /// thousand works stays cheap).
    by_key_year: HashMap<(u32, Option<i32>), Vec<usize>>,
    /// Each word of the works' title keys, numbered.
    word_ids: HashMap<String, u32>,
    /// Number of a lookup key ([`History::key_ids`]) of more than [`MANY`]
    /// works → title word → positions in `works` (those indexed under the
    /// key whose titles have the word): an undated short title by an author
    /// with many works looks at that author's works with the short title's
    /// rarest word.
    by_key_word: HashMap<u32, HashMap<u32, Vec<usize>>>,
    /// Works that fit a short form naming an author and perhaps a date but
    /// no title (`Smith, op. cit.`, `Smith(2019), op. cit.`), by what it
    /// asks for; brought up to date at each look-up, so that the works of
    /// an author cited a thousand times are each checked once, not at every
    /// short form.
    author_fits: std::cell::RefCell<HashMap<FitsKey, AuthorFits>>,
    /// Descriptions ([`describe`]) of the references findings have listed
    /// as candidates, by reference: the short forms of an author of many
    /// works list the same first few again and again.
    described: std::cell::RefCell<HashMap<usize, std::rc::Rc<str>>>,
    /// The author parts of short forms, parsed, by their author as
    /// written: an author cited by short form a hundred times is parsed
    /// once.
    short_authors: std::cell::RefCell<HashMap<String, ShortAuthor>>,
    /// The dates of short forms, by their date as written, each with its
    /// number (in the order they are first seen), for [`FitsKey`].
    short_dates: std::cell::RefCell<HashMap<String, (Option<CslDate>, u32)>>,
    /// The editors' keys of the books whose chapters were cited in full so
    /// far → the chapters' (reference, latest full citation, book's title
    /// key), each reference once: `M. Uliescu (coord.), op. cit.` after
    /// `I. Popa, „Titlu”, în M. Uliescu (coord.), Noul Cod civil …` names
    /// that book ([`History::edited_container`]).
    container_editors: HashMap<String, Vec<EditedBook>>,
}

/// A chapter cited in full, as the book it is in is known by
/// ([`History::container_editors`]).
struct EditedBook {
    /// The chapter's reference.
    reference: usize,
    /// Its latest full citation.
    latest: usize,
    /// The book's title key.
    book: String,
    /// The book's editors' keys, in order.
    editors: Vec<String>,
}

/// A short form's author part as written, parsed once
/// ([`History::short_authors`]).
#[derive(Clone)]
struct ShortAuthor {
    /// Its author keys ([`short_author_keys`]).
    keys: std::rc::Rc<[String]>,
    /// The whole author part as one key ([`crate::text::family_key`]).
    whole: std::rc::Rc<str>,
    /// Whether it names every author: two names or more and no et-al
    /// word ([`short_author_keys`]).
    all_named: bool,
    /// Its number among the author parts written differently, in the order
    /// they are first seen, for [`FitsKey`].
    id: u32,
}

/// What a short form asks for ([`History::short_parts`]).
struct ShortParts {
    /// Its author part, parsed.
    author: ShortAuthor,
    /// Its author part as written.
    author_raw: String,
    /// Its date.
    date: Option<CslDate>,
    /// The number of its date as written ([`History::short_dates`]) when
    /// it has one that reads as a date.
    date_id: Option<u32>,
    /// Its short title.
    title: Option<String>,
}

impl ShortParts {
    /// What the short form asks for, to match works against.
    fn want(&self) -> Want<'_> {
        Want::new(
            &self.author,
            self.date.as_ref(),
            self.date_id,
            self.title.as_deref(),
        )
    }
}

/// A key of [`History::first_keys`], with what rules most keys out
/// without reading them: its ends and its [`CharSketch`].
struct NearKey {
    ends: [char; 2],
    sketch: CharSketch,
    key: String,
    /// The number of `key` in [`History::key_ids`].
    id: u32,
}

/// What a short form without a title asks for, as the key of
/// [`History::author_fits`]: the numbers of its author part as written
/// ([`ShortAuthor::id`]) and of its date as written
/// ([`History::short_dates`]; `None` without a date). Its author keys,
/// whole author key and date follow from these, so a short form written
/// the same way finds what an earlier one found without copying a key.
type FitsKey = (u32, Option<u32>);

/// What [`History::author_fits`] knows of one short form.
#[derive(Default)]
struct AuthorFits {
    /// How many positions of each list the works are looked for in
    /// ([`History::author_lists`]) have been checked.
    checked: [usize; 4],
    /// Positions in `works` that fit, ascending.
    fitting: Vec<usize>,
}

impl History {
    /// Records full citation `ci` of reference `r`, written with the
    /// fields `cited`. A bibliography entry's author and title keys are
    /// taken from `bib`, which has them already.
    fn push(&mut self, ci: usize, r: usize, cited: &CslItem, reference: &CslItem, bib: &BibIndex) {
        // An article of a periodical the list names alone is a work of its
        // own, by its own authors and title.
        let article = (cited.title.is_some() && outlet(reference)).then(|| work_key(cited));
        let is_article = article.is_some();
        let found = match &article {
            Some(key) => self.article_of.get(key),
            None => self.work_of.get(&r),
        };
        let w = match found {
            Some(&w) => {
                self.works[w].latest = ci;
                w
            }
            None => {
                let w = self.works.len();
                let (keys, title) = match article {
                    Some(key) => {
                        self.article_of.insert(key, w);
                        (keys(cited), cited.title.as_deref().map(title_key))
                    }
                    None => {
                        self.work_of.insert(r, w);
                        let mut keys = bib
                            .authors
                            .get(&r)
                            .cloned()
                            .unwrap_or_else(|| keys(reference));
                        // `BGH, a.a.O., Rn. 30`: a decision is known by
                        // its court, as short forms name it.
                        if keys.is_empty() && reference.kind == "legal_case" {
                            let court = reference
                                .publisher
                                .as_deref()
                                .map(crate::text::family_key)
                                .filter(|k| !k.is_empty());
                            keys.extend(court);
                        }
                        let title = bib
                            .title_keys
                            .get(&r)
                            .cloned()
                            .or_else(|| reference.title.as_deref().map(title_key));
                        (keys, title)
                    }
                };
                let mut words: Vec<u32> = Vec::new();
                for word in title.as_deref().unwrap_or("").split(' ') {
                    if word.is_empty() {
                        continue;
                    }
                    let id = match self.word_ids.get(word) {
                        Some(&id) => id,
                        None => {
                            let id = u32::try_from(self.word_ids.len()).unwrap_or(u32::MAX);
                            self.word_ids.insert(word.to_string(), id);
                            id
                        }
                    };
                    words.push(id);
                }
                words.sort_unstable();
                words.dedup();
                let article = is_article.then(|| Box::new(cited.clone()));
                self.works.push(Work {
                    reference: r,
                    latest: ci,
                    indexed: Vec::new(),
                    keys,
                    year: article.as_deref().unwrap_or(reference).year(),
                    title,
                    words,
                    article,
                });
                let own = lookup_key_ids(&mut self.key_ids, &self.works[w].keys);
                self.index(w, own);
                if let Some(first) = self.works[w].keys.first() {
                    // The first key is one of the lookup keys: numbered.
                    let id = key_id(&mut self.key_ids, first);
                    let by_first = self.by_first.entry(id).or_default();
                    by_first.push(w);
                    if by_first.len() == 1 {
                        if let [Some(start), end] = key_ends(first) {
                            self.first_keys.push(NearKey {
                                ends: [start, end.unwrap_or(start)],
                                sketch: CharSketch::of(first),
                                key: first.clone(),
                                id,
                            });
                        }
                    }
                }
                w
            }
        };
        // A chapter: the book it is in is known by its editors too.
        if let (Some(book), Some(_), false) = (
            cited.container_title.as_deref(),
            cited.title.as_deref(),
            cited.editor.is_empty() || cited.author.is_empty(),
        ) {
            let book = title_key(book);
            let editors: Vec<String> = cited
                .editor
                .iter()
                .map(name_key)
                .filter(|k| !k.is_empty())
                .collect();
            for k in &editors {
                let chapters = self.container_editors.entry(k.clone()).or_default();
                match chapters.iter_mut().find(|c| c.reference == r) {
                    Some(c) => c.latest = ci,
                    None => chapters.push(EditedBook {
                        reference: r,
                        latest: ci,
                        book: book.clone(),
                        editors: editors.clone(),
                    }),
                }
            }
        }
        // The note may spell the authors otherwise than the reference; when
        // it spells them alike, its keys are indexed already. The work's
        // keys are the reference's (the resolver never changes a
        // reference's authors), so names written the same need no keys.
        if cited.author == reference.author {
            return;
        }
        let cited_keys = keys(cited);
        if cited_keys != self.works[w].keys {
            let ids = lookup_key_ids(&mut self.key_ids, &cited_keys);
            self.index(w, ids);
        }
    }

    /// The book an undated short form names by its editor (`M. Uliescu
    /// (coord.), op. cit.`, `G. Cornu (dir.), op. cit.`, `Müller (Hrsg.),
    /// a.a.O.`) when no work of that author was cited in full but chapters
    /// of one book edited by them were ([`History::container_editors`]):
    /// the latest such chapter's (reference, citation) and the book's
    /// title key. A short title must fit the book's or name the other
    /// editors; chapters of two books of the editor tell nothing.
    fn edited_container(&self, want: &Want, g: &Grammar) -> Option<(usize, usize, &str)> {
        if want.date.is_some() {
            return None;
        }
        let wanted = want.keys.first()?;
        let chapters = match self.container_editors.get(wanted) {
            Some(c) => c,
            None => self.cjk_editor_by_family(wanted)?,
        };
        let first = chapters.first()?;
        if chapters.iter().any(|c| c.book != first.book) {
            return None;
        }
        // `Fl.A. Baias, E. Chelaru, R. Constantinovici, I. Macovei
        // (coord.), op. cit.`: the other editors, read as a short title,
        // with their role after them.
        if let Some(short) = &want.title {
            let named = |short: &str| {
                crate::text::short_title_fits(short, &first.book)
                    || co_authors_named(short, &first.editors)
            };
            let bare = || {
                g.roles
                    .iter()
                    .map(|r| title_key(r))
                    .filter(|r| !r.is_empty())
                    .find_map(|r| short.strip_suffix(r.as_str()).map(str::trim_end))
            };
            if !named(short) && !bare().is_some_and(named) {
                return None;
            }
        }
        let latest = chapters.iter().max_by_key(|c| c.latest)?;
        Some((latest.reference, latest.latest, first.book.as_str()))
    }

    /// The chapters of books edited by the one editor whose name, in CJK
    /// script, is `family` and a given name of one to three characters
    /// (`北村・前掲書` after `北村亘編『地方自治論』`: names in CJK script are
    /// keyed whole, family and given name, and a short form writes the
    /// family name alone). `None` unless exactly one editor's name fits.
    fn cjk_editor_by_family(&self, family: &str) -> Option<&Vec<EditedBook>> {
        if family.is_empty() || !family.chars().all(crate::segment::is_cjk) {
            return None;
        }
        let mut found = self.container_editors.iter().filter(|(k, _)| {
            k.strip_prefix(family).is_some_and(|given| {
                (1..=3).contains(&given.chars().count())
                    && given.chars().all(crate::segment::is_cjk)
            })
        });
        let (_, chapters) = found.next()?;
        found.next().is_none().then_some(chapters)
    }

    /// Indexes work `w` under the lookup keys numbered `keys`
    /// ([`History::key_ids`]) it is not indexed under yet.
    fn index(&mut self, w: usize, keys: Vec<u32>) {
        let year = self.works[w].year;
        for k in keys {
            if !self.works[w].indexed.contains(&k) {
                let slot = k as usize;
                if self.by_key.len() <= slot {
                    self.by_key.resize_with(slot + 1, Vec::new);
                }
                let Some(all) = self.by_key.get_mut(slot) else {
                    continue;
                };
                all.push(w);
                // Title words are indexed for the authors of more than
                // [`MANY`] works only: only their look-ups use them.
                let newly_many = (all.len() == MANY + 1).then(|| all.clone());
                let many = all.len() > MANY;
                self.by_key_year.entry((k, year)).or_default().push(w);
                if many {
                    let by_word = self.by_key_word.entry(k).or_default();
                    for p in newly_many.unwrap_or_else(|| vec![w]) {
                        for &word in &self.works[p].words {
                            by_word.entry(word).or_default().push(p);
                        }
                    }
                }
                self.works[w].indexed.push(k);
            }
        }
    }

    /// Works whose authors may fit what a short form asks for, in the
    /// order of their first full citation; every work when it names no
    /// author. With a year, only the works of that year (or of no known
    /// year): the others cannot fit. With a title and an author of more
    /// than [`MANY`] works, only the works whose titles have the short
    /// title's rarest known word (a title that fits shares its words).
    fn candidates(&self, want: &Want) -> Vec<&Work> {
        let author_keys = want.keys;
        if author_keys.is_empty() {
            return self.works.iter().collect();
        }
        let mut pos: Vec<usize> = match want.title.as_deref() {
            Some(t) if want.year().is_none() => {
                let mut pos = Vec::new();
                for k in [author_keys[0].as_str(), want.whole] {
                    let Some(id) = self.key_ids.get(k).copied() else {
                        continue;
                    };
                    let Some(all) = self.by_key.get(id as usize) else {
                        continue;
                    };
                    let rarest = (all.len() > MANY)
                        .then(|| {
                            let by_word = self.by_key_word.get(&id);
                            t.split(' ')
                                .filter_map(|word| self.word_ids.get(word))
                                .map(|id| {
                                    by_word
                                        .and_then(|m| m.get(id))
                                        .map_or(&[][..], Vec::as_slice)
                                })
                                .min_by_key(|v| v.len())
                        })
                        .flatten();
                    match rarest {
                        Some(v) if v.len() < all.len() => pos.extend(v),
                        _ => pos.extend(all),
                    }
                }
                pos
            }
            // With a year, or without a title, nothing narrows the lists.
            _ => self.author_lists(want).concat(),
        };
        pos.sort_unstable();
        pos.dedup();
        pos.into_iter().filter_map(|p| self.works.get(p)).collect()
    }

    /// Earlier works that fit `want` ([`fits`]), in the order of their
    /// first full citation.
    fn fitting(&self, doc: &Document, want: &Want) -> Vec<&Work> {
        if want.names_author_and_date_only() {
            return self.fitting_untitled(doc, want, |fitting| {
                fitting.iter().filter_map(|&p| self.works.get(p)).collect()
            });
        }
        self.candidates(want)
            .into_iter()
            .filter(|w| w.fits(doc, want))
            .collect()
    }

    /// [`describe`] of reference `r`, written once.
    fn describe(&self, doc: &Document, r: usize) -> std::rc::Rc<str> {
        self.described
            .borrow_mut()
            .entry(r)
            .or_insert_with(|| describe(&doc.references[r].fields).into())
            .clone()
    }

    /// The earlier works a short form names: those that fit it
    /// ([`History::fitting`]), and of them, when its short title is part of
    /// some of their titles, those alone (`Work 720` names the work of that
    /// title, though near spellings such as `Work 7920` fit it too).
    ///
    /// A title has the short title as a part only if it has every word of
    /// it: the works with all those words are looked at first, and when
    /// one of them has it as a part, the others are not compared at all.
    fn named(&self, doc: &Document, want: &Want) -> Vec<&Work> {
        let Some(short) = want.title.as_deref() else {
            return self.fitting(doc, want);
        };
        let candidates = self.candidates(want);
        if let Some(ids) = self.title_word_ids(short) {
            let part: Vec<&Work> = candidates
                .iter()
                .copied()
                .filter(|w| ids.iter().all(|id| w.words.binary_search(id).is_ok()))
                .filter(|w| {
                    w.title
                        .as_deref()
                        .is_some_and(|full| crate::text::key_is_title_part(short, full))
                })
                .filter(|w| w.fits(doc, want))
                .collect();
            // `Troncoso Reigada, La protección de datos personales, cit.`
            // of the book of that title and an article whose title ends
            // with the same words: the title it opens names it.
            if part.len() > 1 {
                let opening: Vec<&Work> = part
                    .iter()
                    .copied()
                    .filter(|w| {
                        w.title.as_deref().is_some_and(|full| {
                            full.strip_prefix(short)
                                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                        })
                    })
                    .collect();
                if opening.len() == 1 {
                    return opening;
                }
            }
            if !part.is_empty() {
                return part;
            }
        }
        candidates
            .into_iter()
            .filter(|w| w.fits(doc, want))
            .collect()
    }

    /// The numbers of the words of a title key, sorted; `None` when it has
    /// none or one that no work's title has (then it is part of no title).
    fn title_word_ids(&self, key: &str) -> Option<Vec<u32>> {
        let mut ids: Vec<u32> = key
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| self.word_ids.get(w).copied())
            .collect::<Option<_>>()?;
        ids.sort_unstable();
        ids.dedup();
        (!ids.is_empty()).then_some(ids)
    }

    /// How many earlier works fit `want`, which names an author and no
    /// title, and the first `keep` of them: the answer of
    /// [`History::fitting`] without listing every work that fits.
    fn count_fitting_untitled(
        &self,
        doc: &Document,
        want: &Want,
        keep: usize,
    ) -> (usize, Vec<&Work>) {
        self.fitting_untitled(doc, want, |fitting| {
            let first = fitting
                .iter()
                .take(keep)
                .filter_map(|&p| self.works.get(p))
                .collect();
            (fitting.len(), first)
        })
    }

    /// The lists of positions in `works` that a short form naming an
    /// author, and perhaps a date, finds its works in: those under its
    /// first author key and under its whole author key, of its year (or of
    /// no known year) when it gives one; [`History::candidates`] unless a
    /// short title narrows them. Always the same number of lists for the
    /// same short form, empty ones included.
    fn author_lists(&self, want: &Want) -> Vec<&[usize]> {
        let Some(first) = want.keys.first() else {
            return Vec::new();
        };
        let ids = [first.as_str(), want.whole].map(|k| self.key_ids.get(k).copied());
        match want.year() {
            Some(y) => ids
                .into_iter()
                .flat_map(|id| [(id, Some(y)), (id, None)])
                .map(|(id, year)| {
                    id.and_then(|id| self.by_key_year.get(&(id, year)))
                        .map_or(&[][..], Vec::as_slice)
                })
                .collect(),
            None => ids
                .into_iter()
                .map(|id| {
                    id.and_then(|id| self.by_key.get(id as usize))
                        .map_or(&[][..], Vec::as_slice)
                })
                .collect(),
        }
    }

    /// Calls `f` with the positions of the works that fit `want`, which
    /// names an author and no title, ascending: the same works as
    /// [`History::candidates`] filtered by [`fits`].
    ///
    /// The lists the works are found in ([`History::author_lists`]) only
    /// grow, so checking what was added to them since the last look-up of
    /// the same short form keeps the answer whole.
    fn fitting_untitled<R>(&self, doc: &Document, want: &Want, f: impl FnOnce(&[usize]) -> R) -> R {
        let lists = self.author_lists(want);
        let mut cache = self.author_fits.borrow_mut();
        let known = cache.entry(want.fits_key).or_default();
        let mut added: Vec<usize> = Vec::new();
        // Each list has its own count; two lists that are the same (a
        // one-word author is its own whole key) give the same positions.
        let mut slots = known.checked.iter_mut();
        for all in lists {
            let Some(checked) = slots.next() else {
                break;
            };
            for &p in all.get(*checked..).unwrap_or_default() {
                if self.works[p].fits(doc, want) {
                    added.push(p);
                }
            }
            *checked = all.len();
        }
        if !added.is_empty() {
            added.sort_unstable();
            // Works are mostly added after every work already known: then
            // the list stays in order as it is extended.
            let in_order = known
                .fitting
                .last()
                .is_none_or(|&last| added.first().is_some_and(|&p| p > last));
            known.fitting.extend(added);
            if !in_order {
                known.fitting.sort_unstable();
            }
            known.fitting.dedup();
        }
        f(&known.fitting)
    }

    /// What short form `ci` asks for: its author keys, its author as
    /// written, its date and its short title. Author parts and dates are
    /// parsed once for each way they are written.
    fn short_parts(&self, doc: &Document, ci: usize, grammar: &Grammar) -> ShortParts {
        let info = doc.citations[ci].short.as_deref();
        let author_raw = info.and_then(|i| i.author.clone()).unwrap_or_default();
        let author = {
            let mut known = self.short_authors.borrow_mut();
            match known.get(&author_raw) {
                Some(author) => author.clone(),
                None => {
                    let (keys, all_named) = short_author_keys(&author_raw, grammar);
                    let author = ShortAuthor {
                        keys: keys.into(),
                        all_named,
                        whole: crate::text::family_key(without_initials(&author_raw)).into(),
                        id: u32::try_from(known.len()).unwrap_or(u32::MAX),
                    };
                    known.insert(author_raw.clone(), author.clone());
                    author
                }
            }
        };
        let (date, date_id) = info
            .and_then(|i| i.date.as_deref())
            .map(|d| {
                let mut known = self.short_dates.borrow_mut();
                if let Some((date, id)) = known.get(d) {
                    return (date.clone(), Some(*id));
                }
                let date = grammar.dates.first(d).map(|m| m.date);
                let id = u32::try_from(known.len()).unwrap_or(u32::MAX);
                known.insert(d.to_string(), (date.clone(), id));
                (date, Some(id))
            })
            .unwrap_or((None, None));
        // `Gazety warszaw-` / `skie…`: a short title broken at a line's end.
        let title = info.and_then(|i| {
            i.title
                .as_deref()
                .map(|t| crate::text::unwrap_hyphens(t, &grammar.suspended_hyphen).into_owned())
        });
        ShortParts {
            author,
            author_raw,
            date,
            date_id,
            title,
        }
    }

    /// Positions of the works whose first author's key is near `key`: at
    /// most [`NEAR_EDITS`] edits from it, similarity 0.7 or more
    /// (`Schmidt` for `Schmid`), sharing its first or last character;
    /// ascending. Found through a [`NearIndex`], so the cost does not grow
    /// with the number of authors in the paper.
    fn similar_first_authors(&self, key: &str) -> Vec<usize> {
        if key.is_empty() {
            return Vec::new();
        }
        let mut near = self.near.borrow_mut();
        let (index, filed) = &mut *near;
        index.extend(self.first_keys[*filed..].iter().enumerate().map(|(i, k)| {
            (
                k.key.as_str(),
                u32::try_from(*filed + i).unwrap_or(u32::MAX),
            )
        }));
        *filed = self.first_keys.len();
        let sketch = CharSketch::of(key);
        let ends = key_ends(key);
        let mut out: Vec<usize> = Vec::new();
        for at in index.candidates(key) {
            let Some(k) = self.first_keys.get(at as usize) else {
                continue;
            };
            if !k.ends.iter().any(|&e| ends.contains(&Some(e)))
                || !sketch.may_be_similar(&k.sketch, 0.7)
            {
                continue;
            }
            if crate::text::similarity_at_least(key, &k.key, 0.7)
                && strsim::levenshtein(key, &k.key) <= NEAR_EDITS
            {
                if let Some(ws) = self.by_first.get(&k.id) {
                    out.extend(ws);
                }
            }
        }
        out.sort_unstable();
        out
    }
}

/// The first and the last character of `key`, the last only when it is
/// another character.
fn key_ends(key: &str) -> [Option<char>; 2] {
    let first = key.chars().next();
    let last = key.chars().next_back().filter(|&l| Some(l) != first);
    [first, last]
}

/// Citations by footnote, and references by id, for `supra note N`.
struct NoteIndex {
    /// (Chapter, footnote number) of each citation in a footnote, sorted,
    /// and beside it the citation, ascending within a note: the
    /// citations of a note are a run of `cited`.
    notes: Vec<(u32, u32)>,
    cited: Vec<usize>,
    /// Reference id → index, grown as references are added.
    ref_ids: HashMap<String, usize>,
    refs_seen: usize,
}

impl NoteIndex {
    fn new(doc: &Document) -> Self {
        let mut by_note: Vec<((u32, u32), usize)> = doc
            .citations
            .iter()
            .enumerate()
            .filter_map(|(i, c)| Some(((c.chapter, c.footnote?), i)))
            .collect();
        // Stable: each note's citations stay in document order.
        by_note.sort_by_key(|&(note, _)| note);
        let (notes, cited) = by_note.into_iter().unzip();
        NoteIndex {
            notes,
            cited,
            ref_ids: HashMap::default(),
            refs_seen: 0,
        }
    }

    /// The citations of footnote `n` of `chapter`, in document order.
    fn in_note(&self, chapter: u32, n: u32) -> &[usize] {
        let start = self.notes.partition_point(|&k| k < (chapter, n));
        let end = self.notes.partition_point(|&k| k <= (chapter, n));
        self.cited.get(start..end).unwrap_or(&[])
    }

    /// The index of the reference with this id.
    fn reference(&mut self, doc: &Document, id: &str) -> Option<usize> {
        for (i, r) in doc.references.iter().enumerate().skip(self.refs_seen) {
            self.ref_ids.entry(r.id.clone()).or_insert(i);
        }
        self.refs_seen = doc.references.len();
        self.ref_ids.get(id).copied()
    }
}

/// A bibliography match and how the two disagree.
struct Match {
    index: usize,
    score: f64,
    differences: Vec<String>,
}

/// Resolves every citation of `doc` in place and adds the findings.
pub fn resolve(doc: &mut Document, grammar: &Grammar) {
    one_name_per_code(doc, grammar);
    names_read_as_title(doc, grammar);
    let has_bibliography = doc
        .references
        .iter()
        .any(|r| r.bibliography_index.is_some());
    let mut state = IbidState::Start;
    // Full citations seen so far: (citation index, reference index).
    let mut history = History::default();
    let mut notes = NoteIndex::new(doc);
    let mut bib_index = BibIndex::new(doc);
    bib_index.index_cited_as(doc, grammar);
    let mut note_only: NoteOnly = HashMap::default();
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut note_positions = None;
    let in_text = InTextFirst::new(doc);
    let no_fields = CslItem::default();
    // Which bibliography entry each full citation in a note matches does
    // not depend on what came before it: found on every core up front.
    let mut matches: Vec<Option<Match>> = {
        let doc = &*doc;
        doc.citations
            .par_iter()
            .with_min_len(64)
            .map(|c| match (&c.site, c.kind, &c.fields) {
                (None, CitationKind::Full, Some(fields)) => {
                    match_bibliography(doc, &bib_index, fields, grammar)
                }
                (None, CitationKind::Full, None) => {
                    match_bibliography(doc, &bib_index, &no_fields, grammar)
                }
                _ => None,
            })
            .collect()
    };
    named_outlets(doc, &mut matches, grammar);
    shortened_papers(doc, &matches, grammar);
    // A full citation in a note that matches no entry adds a reference
    // known only from the notes, unless it cites a work already added:
    // room for that many at once, not a vector doubled (and copied) as it
    // grows. References are large, and this is the run's peak of memory.
    let unmatched = doc
        .citations
        .iter()
        .zip(&matches)
        .filter(|(c, m)| c.site.is_none() && c.kind == CitationKind::Full && m.is_none())
        .count();
    doc.references.reserve(unmatched);

    // The Bluebook's `Id.` rule holds in papers of its language: those
    // whose notes use a signal only that language has (`See`, `see also`).
    let one_work_paper = !grammar.ibid_one_work.is_empty()
        && doc.citations.iter().any(|c| {
            c.signal.as_deref().is_some_and(|s| {
                grammar
                    .ibid_one_work_signals
                    .contains(&crate::grammar::fold_case(s))
            })
        });
    for ci in 0..doc.citations.len() {
        // In-text citations were linked by `in_text::resolve_in_text`; they
        // take no slot in the ibid sequence of the notes.
        if doc.citations[ci].site.is_some() {
            continue;
        }
        let kind = doc.citations[ci].kind;
        match kind {
            CitationKind::Full => {
                // Lent out of the citation while it is linked, not copied.
                let own = doc.citations[ci].fields.take();
                let fields = own.as_deref().unwrap_or(&no_fields);
                let found = matches.get_mut(ci).and_then(Option::take);
                let r = link_full(
                    doc,
                    found,
                    ci,
                    fields,
                    has_bibliography,
                    &mut note_only,
                    &mut diags,
                );
                history.push(ci, r, fields, &doc.references[r].fields, &bib_index);
                doc.citations[ci].fields = own;
            }
            CitationKind::Ibid => {
                let skipped = unread_note_before(doc, ci, state, grammar, &mut note_positions);
                let several = if one_work_paper || names_note_before(doc, ci, grammar) {
                    works_of_note_before(doc, ci, state, grammar)
                } else {
                    Vec::new()
                };
                let fitting = works_fitting_page(doc, ci, &several);
                if several.len() > 1 && fitting.len() == 1 {
                    // The page cited fits one of the works only.
                    resolve_ibid(doc, ci, IbidState::After(fitting[0]), skipped, &mut diags)
                } else if several.len() > 1 {
                    ibid_of_several(doc, ci, state, &several, &mut diags);
                } else {
                    let decision = last_decision(doc, ci, state, grammar);
                    let named = last_of_named_kind(doc, ci, decision, grammar);
                    resolve_ibid(doc, ci, named, skipped, &mut diags)
                }
            }
            CitationKind::Short => {
                if !same_author_op_cit(doc, ci, state, grammar) {
                    resolve_short(
                        doc,
                        ci,
                        (&history, &in_text),
                        &bib_index,
                        grammar,
                        &mut diags,
                    )
                }
            }
            CitationKind::Supra => {
                resolve_supra(doc, ci, &mut notes, &history, grammar, &mut diags)
            }
            CitationKind::Parenthetical | CitationKind::AuthorDate => {
                if let Some(r) = resolve_author_date(
                    doc,
                    &bib_index,
                    ci,
                    &history,
                    grammar,
                    has_bibliography,
                    &mut note_only,
                    &mut diags,
                ) {
                    let fields = &doc.references[r].fields;
                    history.push(ci, r, fields, fields, &bib_index);
                }
            }
            CitationKind::Numeric | CitationKind::AuthorPage => {}
        }
        // A work quoted through the one cited (`(quoting Smith v.
        // Maryland, …)`, `X apud Y`) is no antecedent of an `Id.`.
        if !doc.citations[ci].indirect {
            state = IbidState::After(ci);
        }
    }

    // The linking's indexes are read no more: freed before the findings
    // on uncited entries are written, which is the run's peak of memory.
    drop((history, notes, bib_index, note_only, matches, in_text));

    // Bibliography entries nothing cites.
    let cited: BTreeSet<&str> = doc
        .citations
        .iter()
        .filter_map(|c| c.reference.as_deref())
        .collect();
    for r in &doc.references {
        if r.bibliography_index.is_some() && !cited.contains(r.id.as_str()) {
            diags.push(
                Diagnostic::new(
                    Code::UncitedReference,
                    r.span,
                    format!(
                        "bibliography entry {} is cited nowhere",
                        describe(&r.fields)
                    ),
                )
                .with_label("not cited in any footnote or in the text"),
            );
        }
    }
    relabel_locators(doc, grammar);
    doc.diagnostics.extend(diags);
}

/// `Smith, Jones, Lee and Brown (2010), 45`, `Smith, Jones, Lee, & Brown,
/// 2010, p. 12` in a note: family names joined by commas and a last `and`
/// word (the grammars' `names.and`) before a year, as author-date papers
/// (APA, Harvard) name a work's authors in their notes. Read alone, the
/// first two names look like an author written family name first and the
/// others like a title (`Kötz, Hein, Trust und Treuhand (1963)`): where the
/// reference list holds the one work of that year by those authors, in
/// that order, the note cites it by author and date.
fn names_read_as_title(doc: &mut Document, g: &Grammar) {
    let mut entries: Option<Vec<(i32, Vec<String>)>> = None;
    for ci in 0..doc.citations.len() {
        let c = &doc.citations[ci];
        // A cheap test first: a full citation in a note with one or two
        // authors read, and two commas.
        let Some(fields) = c.fields.as_deref() else {
            continue;
        };
        if c.site.is_some()
            || c.kind != CitationKind::Full
            || !(1..=2).contains(&fields.author.len())
            || c.text.matches(',').count() < 2
        {
            continue;
        }
        let Some(year) = fields.year() else {
            continue;
        };
        let Some((head, date, tail)) = names_before_year(&c.text, year) else {
            continue;
        };
        let Some(names) = surname_list(head, g) else {
            continue;
        };
        let entries = entries.get_or_insert_with(|| {
            doc.references
                .iter()
                .filter(|r| r.bibliography_index.is_some())
                .filter_map(|r| {
                    let keys = r.fields.author.iter().map(name_key).collect();
                    Some((r.fields.year()?, keys))
                })
                .collect()
        });
        let keys: Vec<String> = names.iter().map(|n| crate::text::family_key(n)).collect();
        let fitting = entries
            .iter()
            .filter(|(y, authors)| *y == year && *authors == keys)
            .count();
        if fitting != 1 {
            continue;
        }
        let author = head.to_string();
        let date = date.to_string();
        let locator = c
            .locator
            .clone()
            .or_else(|| crate::syntax::item::pinpoint(tail, g));
        let c = &mut doc.citations[ci];
        c.kind = CitationKind::AuthorDate;
        c.fields = None;
        c.locator = locator;
        c.short = Some(Box::new(crate::model::ShortFormInfo {
            author: Some(author),
            date: Some(date),
            ..Default::default()
        }));
    }
}

/// The names before the year `year` in `text`, the year as written (with
/// its letter, `2010a`) and what follows it (`Smith, Jones, Lee and Brown
/// (2010), 45` → `Smith, Jones, Lee and Brown`, `2010`, `45`).
fn names_before_year(text: &str, year: i32) -> Option<(&str, &str, &str)> {
    let y = year.to_string();
    let at = text.find(y.as_str())?;
    let end = at
        + y.len()
        + text[at + y.len()..]
            .bytes()
            .take_while(u8::is_ascii_lowercase)
            .count()
            .min(1);
    let head = text[..at].trim_end().trim_end_matches(['(', ',']).trim();
    let tail = text[end..].trim_start_matches([')', ',', ':', ' ']);
    Some((head, &text[at..end], tail))
}

/// Three or more family names joined by commas and a last `and` word
/// (`Smith, Jones, Lee and Brown`, `Smith, Jones, Lee, & Brown`, `García,
/// Pérez y López`), each of one or two capitalised words.
fn surname_list<'a>(head: &'a str, g: &Grammar) -> Option<Vec<&'a str>> {
    let name_ok = |n: &str| {
        let mut words = 0;
        n.split_whitespace().all(|w| {
            words += 1;
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        }) && (1..=2).contains(&words)
    };
    let parts: Vec<&str> = head.split(',').map(str::trim).collect();
    let (last, first) = parts.split_last()?;
    // The names before the last part first: most heads fail there.
    if first.is_empty() || !first.iter().all(|n| name_ok(n)) {
        return None;
    }
    let and = |w: &str| g.and_words.iter().any(|a| a == w);
    let mut names: Vec<&str> = first.to_vec();
    let words: Vec<&str> = last.split_whitespace().collect();
    match words.iter().position(|w| and(w)) {
        // A serial comma: `Lee, & Brown`.
        Some(0) => names.push(last[last.find(' ')?..].trim()),
        Some(i) => {
            let cut = last.find(&format!(" {} ", words[i]))?;
            names.push(last[..cut].trim());
            names.push(last[cut + words[i].len() + 2..].trim());
        }
        None => return None,
    }
    (names.len() >= 3 && names.iter().all(|n| name_ok(n))).then_some(names)
}

/// A code cited by two of its spellings in one paper (`C. civ.` and
/// `Codul civil`, `c.c.` and `codice civile`, as the grammars' `codes`
/// list them) is one work: its articles are titled by the code's name in
/// full. A spelling two languages share (French and Romanian `C. civ.`)
/// is taken for the code whose other spelling the paper writes; a paper
/// that writes one spelling only keeps it as written.
fn one_name_per_code(doc: &mut Document, g: &Grammar) {
    if g.code_names.is_empty() {
        return;
    }
    // Each article of a code: its citation and the code's spelling.
    let written: Vec<(usize, String)> = doc
        .citations
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let f = c.fields.as_ref()?;
            if c.kind != CitationKind::Full || f.kind != "legislation" {
                return None;
            }
            let folded = crate::grammar::fold_case(f.title.as_deref()?.trim_end_matches('.'));
            g.code_names
                .iter()
                .any(|(_, s)| s.contains(&folded))
                .then_some((i, folded))
        })
        .collect();
    let mut spellings: Vec<&String> = written.iter().map(|(_, s)| s).collect();
    spellings.sort();
    spellings.dedup();
    if spellings.len() < 2 {
        return;
    }
    // The name in full of each spelling, where one code of its own writes
    // another spelling in the paper.
    let names: Vec<(String, String)> = spellings
        .iter()
        .filter_map(|&s| {
            // Two languages may list one code (es and pt `Código Civil`).
            let mut codes = g
                .code_names
                .iter()
                .filter(|(_, all)| {
                    all.contains(s) && spellings.iter().any(|&o| o != s && all.contains(o))
                })
                .map(|(name, _)| name);
            let name = codes.next()?;
            codes
                .all(|other| other == name)
                .then(|| (s.clone(), name.clone()))
        })
        .collect();
    for (i, s) in written {
        if let Some((_, name)) = names.iter().find(|(w, _)| *w == s) {
            if let Some(f) = doc.citations[i].fields.as_mut() {
                f.title = Some(name.clone());
            }
        }
    }
}

/// Locator words that the grammars give two meanings are read after the
/// work a citation is linked to: `f. 4` is a page of a book in Portuguese
/// (`f.`, folha) but a leaf of an archival file (`Ibid., f. 4.` after `AGI,
/// Escribanía, 512A`); `c. 2347` is a leaf (`carta`) of a manuscript but a
/// column of a printed work (`Ivi, c. 2347.` after an article of the
/// `Foro italiano`, printed in columns).
fn relabel_locators(doc: &mut Document, g: &Grammar) {
    let manuscripts: HashSet<&str> = doc
        .references
        .iter()
        .filter(|r| r.fields.kind == "manuscript" || r.fields.archive.is_some())
        .map(|r| r.id.as_str())
        .collect();
    let mut changes = Vec::new();
    for (i, c) in doc.citations.iter().enumerate() {
        let (Some(loc), Some(r)) = (&c.locator, c.reference.as_deref()) else {
            continue;
        };
        let manuscript = manuscripts.contains(r);
        let (lex, label) = match loc.label.as_str() {
            "page" if manuscript => (g.folio(), "folio"),
            "folio" if !manuscript => (g.column(), "column"),
            _ => continue,
        };
        let written = lex.find_all(&c.text).into_iter().any(|m| {
            m.number
                .and_then(|(a, b)| c.text.get(a..b))
                .is_some_and(|n| crate::grammar::locator_value(n) == loc.value)
        });
        if written {
            changes.push((i, label));
        }
    }
    for (i, label) in changes {
        if let Some(loc) = doc.citations[i].locator.as_mut() {
            loc.label = label.into();
        }
    }
}

/// A short description of a work: `Waltz (1979), “Theory of …”`.
pub fn describe(item: &CslItem) -> String {
    // An edited work without authors is known by its editors.
    let names = item.names();
    let author = names.first().map(display_name).unwrap_or_default();
    let author = if names.len() > 1 || item.et_al {
        format!("{author} et al.")
    } else {
        author
    };
    let year = item.year().map(|y| format!(" ({y})")).unwrap_or_default();
    let title = item
        .title
        .as_deref()
        .map(|t| {
            let short: String = t.chars().take(60).collect();
            let ell = if t.chars().count() > 60 { "…" } else { "" };
            // The part of a work issued in parts says which (`…, 1880`,
            // part 1).
            let part = item
                .part_number
                .as_deref()
                .map(|p| format!(", part {p}"))
                .unwrap_or_default();
            format!(", `{short}{ell}`{part}")
        })
        .unwrap_or_default();
    // A decision without a name: its court, collection, volume and page
    // (`BVerfGE 7, 198`, `BGH, NJW 2003, 1308`).
    if item.kind == "legal_case" && item.title.is_none() && author.is_empty() {
        if let (Some(c), Some(p)) = (&item.container_title, &item.page) {
            let court = item
                .publisher
                .as_deref()
                .map(|c| format!("{c}, "))
                .unwrap_or_default();
            let number = item
                .volume
                .clone()
                .or_else(|| item.year().map(|y| y.to_string()))
                .unwrap_or_default();
            return format!("{court}{c} {number}, {p}");
        }
    }
    // A newspaper's issue or an untitled paper: its outlet or series,
    // number and date (`HC Deb, 12 March 1855`, `PP (318), 1854–55`).
    if outlet(item) && item.title.is_none() {
        let mut s = item.container_title.clone().unwrap_or_default();
        if let Some(n) = &item.number {
            s.push_str(&format!(" ({n})"));
        }
        if let Some(raw) = item.issued.as_ref().and_then(|d| d.raw.as_deref()) {
            s.push_str(", ");
            s.push_str(raw);
        }
        return s;
    }
    // An archival source: where it is kept (`The National Archives, Kew,
    // ADM 3/265 (1854), `Board Minutes``).
    if let (Some(a), true) = (item.archive.as_deref(), author.is_empty()) {
        return format!("{}{year}{title}", a.held_at());
    }
    let s = format!("{author}{year}{title}");
    if s.is_empty() {
        "`(no author, title or year)`".into()
    } else {
        s.trim_start_matches(", ").trim_start().to_string()
    }
}

/// The name keys of a work's authors; of its editors where it has none
/// (`G. Cornu (dir.), Vocabulaire juridique` is Cornu's, as `Cornu, op.
/// cit.` names it).
fn keys(item: &CslItem) -> Vec<String> {
    item.names()
        .iter()
        .map(name_key)
        .filter(|k| !k.is_empty())
        .collect()
}

/// A key that identifies a work across notes: first author, year, title
/// (for an article cited without its title, the journal and first page).
fn work_key(item: &CslItem) -> String {
    if let Some(a) = item.archive.as_deref() {
        return format!(
            "archive|{}|{}",
            journal_key(&a.archive),
            shelf_words(a.location.as_deref().unwrap_or("")).join(" ")
        );
    }
    // A newspaper's issue is one work, whatever page is cited: `The Times
    // (London), 23 January 1855, 8` and `Times, 23 January 1855` are one,
    // the issue of the day after another.
    if untitled_source(item) {
        if item.kind == "article-newspaper" {
            return format!(
                "news|{}|{:?}",
                newspaper_key(item.container_title.as_deref().unwrap_or("")),
                item.issued.as_ref().map(|d| &d.date_parts)
            );
        }
        return official_key(item);
    }
    // A paper of a series with a number is that paper, titled or not.
    if item.number.is_some() && matches!(item.kind.as_str(), "report" | "bill" | "hearing") {
        return official_key(item);
    }
    // `Cass. civ. 1re, 12 mai 2010, n° 09-12.345, Bull. civ. I` and `Cass.
    // civ. 1re, 12 mai 2010, préc.`: a decision without a name is its
    // court's of that day, wherever it is reported.
    let full_date = item
        .issued
        .as_ref()
        .is_some_and(|d| d.date_parts.first().is_some_and(|p| p.len() == 3));
    if item.kind == "legal_case" && item.title.is_none() && full_date {
        if let Some(court) = &item.publisher {
            return format!(
                "case|{}|{:?}",
                journal_key(court),
                item.issued.as_ref().map(|d| &d.date_parts)
            );
        }
    }
    let title = match (&item.title, &item.container_title, &item.page) {
        // `BVerfGE 7, 198` and `BVerfGE 12, 198` are two decisions.
        (None, Some(journal), Some(page)) if item.kind == "legal_case" => format!(
            "{}@{}@{page}",
            journal_key(journal),
            item.volume.as_deref().unwrap_or("")
        ),
        (None, Some(journal), Some(page)) => format!("{}@{page}", journal_key(journal)),
        // `最判平成20年1月1日裁判所ウェブサイト`: a decision without a
        // name or a page is its court's of that day; one numbered by its
        // docket (`最高法院101年度台上字第1234號`) is that docket's, of
        // the court's many in a year.
        (None, _, None) if item.kind == "legal_case" => format!(
            "{}@{:?}@{}@{}",
            item.publisher.as_deref().unwrap_or(""),
            item.issued.as_ref().map(|d| &d.date_parts),
            item.container_title
                .as_deref()
                .map(journal_key)
                .unwrap_or_default(),
            item.number.as_deref().unwrap_or("")
        ),
        // `『日本法制史』上卷` and `下卷`, `《中国法制史》上册` and `下册`:
        // Chinese, Japanese and Korean writing cites each volume of a set
        // as a book of its own.
        // A journal's volume is no part of an article's name.
        (Some(t), None, _) if item.volume.is_some() && t.chars().any(crate::segment::is_cjk) => {
            format!("{}#{}", title_key(t), item.volume.as_deref().unwrap_or(""))
        }
        // `Ley 39/2015, de 1 de octubre, del Procedimiento …` and `Ley
        // 39/2015, de 1 de octubre`, `zákon č. 89/2012 Sb., občanský
        // zákoník` and `zákon č. 89/2012 Sb.`: a numbered act is its kind
        // and number, whether its name follows or not.
        (Some(t), _, _) if item.kind == "legislation" && item.number.is_some() => {
            title_key(t.split_once(", ").map_or(t.as_str(), |(head, _)| head))
        }
        // `Report …, 1880, pt. 1` and `pt. 2`: each part of a work issued
        // in parts is a work of its own.
        _ => match &item.part_number {
            Some(p) => format!("{}#pt{p}", title_key(item.title.as_deref().unwrap_or(""))),
            None => title_key(item.title.as_deref().unwrap_or("")),
        },
    };
    format!(
        "{}|{}|{}",
        keys(item).first().cloned().unwrap_or_default(),
        item.year().unwrap_or(0),
        title
    )
}

/// A journal's name or abbreviation as compared: its letters and digits,
/// lowercase (`DVBl.` and `DVBl` are one journal).
fn journal_key(journal: &str) -> String {
    journal
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `item` is a source known by its outlet or series and its date
/// or number, without a title of its own: a newspaper's issue (`The Times
/// (London), 23 January 1855`), a day's debates (`HC Deb 12 March 1855`),
/// a numbered paper (`BT-Drs. 17/1234`, `PP 1854–55 (318)`). Like a
/// decision, it is a source of its own, which no bibliography need list.
pub fn untitled_source(item: &CslItem) -> bool {
    item.title.is_none()
        && item.author.is_empty()
        && item.container_title.is_some()
        && match item.kind.as_str() {
            "article-newspaper" => item.issued.as_ref().and_then(CslDate::day).is_some(),
            "hearing" | "bill" => item.issued.is_some() || item.number.is_some(),
            "report" => item.number.is_some(),
            _ => false,
        }
}

/// Whether `item` is a newspaper or a series of official papers, or a
/// paper of one: an outlet or series with no author.
fn outlet(item: &CslItem) -> bool {
    item.author.is_empty()
        && item.container_title.is_some()
        && match item.kind.as_str() {
            "article-newspaper" => item.title.is_none(),
            "hearing" | "bill" => true,
            "report" => item.number.is_some(),
            _ => false,
        }
}

/// A newspaper's name as compared: its letters and digits, lowercase,
/// without a short first word of a name of two (`The Times`, `Le Monde`,
/// `Die Zeit` are `times`, `monde`, `zeit`) or a place in brackets.
fn newspaper_key(name: &str) -> String {
    let name = match name.rfind(" (") {
        Some(i) if name.ends_with(')') => &name[..i],
        _ => name,
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [first, rest] if first.chars().count() <= 3 => journal_key(rest),
        _ => journal_key(name),
    }
}

/// The key of a paper of an official series: its number and year when it
/// has a number (`PP 1854–55 (318)` and `House of Commons Papers, 1854–55
/// (318)` are one paper), else its series, date and volume.
fn official_key(item: &CslItem) -> String {
    let date = item.issued.as_ref().map(|d| &d.date_parts);
    match &item.number {
        Some(n) => format!("official|{}|{}", journal_key(n), item.year().unwrap_or(0)),
        None => format!(
            "official|{}|{:?}|{}",
            journal_key(item.container_title.as_deref().unwrap_or("")),
            date,
            if item.issued.as_ref().and_then(CslDate::day).is_some() {
                ""
            } else {
                item.volume.as_deref().unwrap_or("")
            }
        ),
    }
}

/// The bibliography entry of the outlet or paper an untitled source is
/// from: the entry naming the newspaper alone (`The Times (London).`), or
/// the entry of the same numbered paper.
fn match_outlet(doc: &Document, item: &CslItem) -> Option<Match> {
    let found = if item.kind == "article-newspaper" {
        let own = newspaper_key(item.container_title.as_deref()?);
        doc.references.iter().position(|r| {
            r.bibliography_index.is_some()
                && r.fields.kind == "article-newspaper"
                && r.fields.title.is_none()
                && r.fields.author.is_empty()
                && r.fields
                    .container_title
                    .as_deref()
                    .is_some_and(|c| newspaper_key(c) == own)
        })?
    } else if item.number.is_none() {
        // `HL Deb 25 June 1920, vol. 40, col. 890`: a day's debates is in
        // the list's entry for the debates of its year (`Hansard,
        // Parliamentary Debates, 5th ser., vols 130 and 40 (1920).`), the
        // one of its volume where the entry names volumes.
        let year = item.year()?;
        let volume = item.volume.as_deref();
        let in_volumes = |r: &CslItem| match (volume, r.volume.as_deref()) {
            (Some(v), Some(vs)) => vs.split(|c: char| !c.is_ascii_digit()).any(|n| n == v),
            _ => true,
        };
        let mut found = doc.references.iter().enumerate().filter(|(_, r)| {
            let f = &r.fields;
            r.bibliography_index.is_some()
                && f.kind == item.kind
                && f.title.is_none()
                && f.author.is_empty()
                && f.issued
                    .as_ref()
                    .is_some_and(|d| d.date_parts.first().is_some_and(|p| p.len() == 1))
                && f.year() == Some(year)
                && in_volumes(f)
        });
        let (index, _) = found.next()?;
        if found.next().is_some() {
            return None;
        }
        index
    } else {
        let own = official_key(item);
        doc.references.iter().position(|r| {
            r.bibliography_index.is_some()
                && r.fields.kind == item.kind
                && r.fields.number.is_some()
                && official_key(&r.fields) == own
        })?
    };
    Some(Match {
        index: found,
        score: 1.0,
        differences: Vec::new(),
    })
}

/// `Die Rote Fahne, 9. März 1930, S. 2` where the list names `Die Rote
/// Fahne (Berlin)` alone: a full citation in a note that matches no entry,
/// opens with the name of a periodical the list names alone (then a comma
/// or its place in brackets) and has a full date, is an issue of that
/// periodical, though its name has no newspaper's word to tell it by; so
/// is a name and a full date read as an author and a date. Its fields
/// become the issue's.
fn named_outlets(doc: &mut Document, matches: &mut [Option<Match>], grammar: &Grammar) {
    let outlets: HashMap<&str, usize> = doc
        .references
        .iter()
        .enumerate()
        .filter(|(_, r)| r.bibliography_index.is_some() && outlet(&r.fields))
        .filter_map(|(i, r)| Some((r.fields.container_title.as_deref()?, i)))
        .collect();
    if outlets.is_empty() {
        return;
    }
    let mut found = Vec::new();
    let mut dated = Vec::new();
    for (ci, (c, m)) in doc.citations.iter().zip(matches.iter()).enumerate() {
        if m.is_some() || c.site.is_some() {
            continue;
        }
        // Read as a name and a date (`Die Rote Fahne, 9. März 1930, S. 2`).
        if c.kind == CitationKind::AuthorDate {
            let Some(short) = c.short.as_deref() else {
                continue;
            };
            let (Some(author), Some(date)) = (&short.author, &short.date) else {
                continue;
            };
            let day = grammar.dates.first(date).filter(|d| d.date.day().is_some());
            let author = author.trim();
            // Or by its title shortened to its first words (`Felix Farley,
            // 10 May 1760` of `Felix Farley's Bristol Journal`), as Chicago
            // and MHRA notes shorten a paper's title once given whole.
            let outlet = outlets.get(author).copied().or_else(|| {
                let mut opening = outlets
                    .iter()
                    .filter(|(name, _)| shortened_paper(author, name));
                match (opening.next(), opening.next()) {
                    (Some((_, &r)), None) => Some(r),
                    _ => None,
                }
            });
            if let (Some(r), Some(d)) = (outlet, day) {
                dated.push((ci, r, d.date));
            }
            continue;
        }
        if c.kind != CitationKind::Full {
            continue;
        }
        let Some(f) = c.fields.as_deref() else {
            continue;
        };
        if f.issued.as_ref().and_then(CslDate::day).is_none() {
            continue;
        }
        let head = c.text.split(',').next().unwrap_or("");
        let name = match head.find(" (") {
            Some(i) if head.ends_with(')') => &head[..i],
            _ => head,
        };
        if head.len() < c.text.len() {
            if let Some(&r) = outlets.get(name.trim()) {
                found.push((ci, r));
            }
        }
    }
    for (ci, r, date) in dated {
        let page = doc.citations[ci]
            .locator
            .as_ref()
            .filter(|l| l.label == "page")
            .map(|l| l.value.clone());
        let c = &mut doc.citations[ci];
        c.kind = CitationKind::Full;
        c.short = None;
        c.fields = Some(Box::new(CslItem {
            kind: "article-newspaper".into(),
            container_title: doc.references[r].fields.container_title.clone(),
            issued: Some(date),
            page,
            ..Default::default()
        }));
        found.push((ci, r));
    }
    for (ci, r) in found {
        let name = doc.references[r].fields.container_title.clone();
        if let Some(f) = doc.citations[ci].fields.as_deref_mut() {
            f.kind = "article-newspaper".into();
            f.author.clear();
            f.title = None;
            f.container_title = name;
        }
        matches[ci] = Some(Match {
            index: r,
            score: 1.0,
            differences: Vec::new(),
        });
    }
}

/// Whether `short`, a name read as an author, is the title of the paper
/// `name` shortened to its first words (`Felix Farley` of `Felix Farley's
/// Bristol Journal`), as Chicago and MHRA notes shorten a paper's title
/// once given whole: two words or more, then the possessive or a space.
fn shortened_paper(short: &str, name: &str) -> bool {
    short.contains(' ')
        && name.strip_prefix(short).is_some_and(|rest| {
            rest.starts_with("'s ") || rest.starts_with("’s ") || rest.starts_with(' ')
        })
}

/// `Felix Farley, 10 May 1760, 2` after a note that cites `Felix Farley's
/// Bristol Journal, 3 May 1760`: a name and a full date read as an author
/// and a date, the name the opening words of a newspaper an earlier note
/// cites by its whole title, is an issue of that paper ([`shortened_paper`]);
/// a person's name before a date (a letter of that day) is left alone
/// where no note names such a paper.
fn shortened_papers(doc: &mut Document, matches: &[Option<Match>], grammar: &Grammar) {
    let mut papers: Vec<String> = Vec::new();
    let mut found = Vec::new();
    for (ci, (c, m)) in doc.citations.iter().zip(matches).enumerate() {
        if c.site.is_some() {
            continue;
        }
        if c.kind == CitationKind::Full {
            if let Some(name) = c
                .fields
                .as_deref()
                .filter(|f| f.kind == "article-newspaper")
                .and_then(|f| f.container_title.as_deref())
            {
                if !papers.iter().any(|p| p == name) {
                    papers.push(name.to_string());
                }
            }
            continue;
        }
        if papers.is_empty() || m.is_some() || c.kind != CitationKind::AuthorDate {
            continue;
        }
        let Some(short) = c.short.as_deref() else {
            continue;
        };
        let (Some(author), Some(date)) = (&short.author, &short.date) else {
            continue;
        };
        let Some(day) = grammar.dates.first(date).filter(|d| d.date.day().is_some()) else {
            continue;
        };
        let author = author.trim();
        let mut opening = papers.iter().filter(|p| shortened_paper(author, p));
        if let (Some(p), None) = (opening.next(), opening.next()) {
            found.push((ci, p.clone(), day.date));
        }
    }
    for (ci, name, date) in found {
        let c = &mut doc.citations[ci];
        let page = c
            .locator
            .as_ref()
            .filter(|l| l.label == "page")
            .map(|l| l.value.clone());
        c.kind = CitationKind::Full;
        c.short = None;
        c.fields = Some(Box::new(CslItem {
            id: c.id.clone(),
            kind: "article-newspaper".into(),
            container_title: Some(name),
            issued: Some(date),
            page,
            ..Default::default()
        }));
    }
}

/// The first and last page of a page field (`1234–1240`, `521`).
fn page_bounds(page: &str) -> Option<(u32, u32)> {
    let mut parts = page.split(['-', '–', '—']).map(str::trim);
    let first: u32 = parts.next()?.parse().ok()?;
    let last = match parts.next() {
        Some(l) => l.parse().ok()?,
        None => first,
    };
    (parts.next().is_none() && last >= first).then_some((first, last))
}

/// An article cited without its title (`Schmidt, NJW 2005, 1234 (1238)`):
/// the one entry by the same first author in the same journal whose pages
/// start at or contain the cited first page, of the same year when both
/// name one. None when no entry, or more than one, fits.
fn match_journal_page(doc: &Document, index: &BibIndex, item: &CslItem) -> Option<Match> {
    let journal = journal_key(item.container_title.as_deref()?);
    let (first, _) = page_bounds(item.page.as_deref()?)?;
    let own_keys = keys(item);
    let no_keys = Vec::new();
    // `Müller, in: FS Larenz, 1973, S. 301 (305)`: a contribution to a book
    // cited by a short name of the book; the list names it in full
    // (`Festschrift für Karl Larenz`), with each longer word of the short
    // name.
    let chapter = item.kind == "chapter";
    let short_book = title_key(item.container_title.as_deref().unwrap_or(""));
    let names_book = |e: &CslItem| {
        let long = e
            .container_title
            .as_deref()
            .map(title_key)
            .unwrap_or_default();
        let mut words = short_book.split(' ').filter(|w| w.chars().count() >= 3);
        let first = words.next();
        first.is_some()
            && first
                .into_iter()
                .chain(words)
                .all(|w| long.split(' ').any(|l| l == w))
    };
    let found = only_fitting_entry(doc, index, item, &own_keys, |e, kb| {
        author_agreement(&own_keys, kb) >= 0.6
            && (e.container_title.as_deref().map(journal_key).as_ref() == Some(&journal)
                || chapter && item.year().is_some() && names_book(e))
            && !matches!((item.year(), e.year()), (Some(a), Some(b)) if a != b)
            && e.page
                .as_deref()
                .and_then(page_bounds)
                .is_some_and(|(lo, hi)| (lo..=hi).contains(&first))
    })?;
    let e = &doc.references[found].fields;
    let kb = index.authors.get(&found).unwrap_or(&no_keys);
    let mut differences = Vec::new();
    let authors_differ = if item.et_al || e.et_al {
        own_keys.first() != kb.first()
    } else {
        own_keys.iter().collect::<BTreeSet<_>>() != kb.iter().collect::<BTreeSet<_>>()
    };
    if authors_differ {
        differences.push(format!(
            "author: the citation has `{}`, the bibliography has `{}`",
            names_of(item),
            names_of(e)
        ));
    }
    Some(Match {
        index: found,
        score: if differences.is_empty() { 1.0 } else { 0.9 },
        differences,
    })
}

/// A contribution cited by its author and its book, without its own title
/// (`Vogel, in: Kramer (Hrsg.), Handbuch des Staatshaftungsrechts, Bd. 2,
/// Rn. 88`): the one entry by the same first author whose container is the
/// same book (titles compared as [`title_key`]), of the same year and
/// volume when both name one. None when no entry, or more than one, fits.
fn match_contribution(doc: &Document, index: &BibIndex, item: &CslItem) -> Option<Match> {
    let book = title_key(item.container_title.as_deref()?);
    let own_keys = keys(item);
    let found = only_fitting_entry(doc, index, item, &own_keys, |e, kb| {
        !book.is_empty()
            && !own_keys.is_empty()
            && own_keys.first() == kb.first()
            && e.container_title.as_deref().map(title_key).as_ref() == Some(&book)
            && !matches!((item.year(), e.year()), (Some(a), Some(b)) if a != b)
            && !matches!((&item.volume, &e.volume), (Some(a), Some(b)) if a != b)
    })?;
    Some(Match {
        index: found,
        score: 1.0,
        differences: Vec::new(),
    })
}

/// A chapter of a collection of its author's own writings, when the
/// bibliography lists the collection and not the chapter (`Max Weber,
/// Politik als Beruf, in: ders., Gesammelte politische Schriften,
/// Tübingen 1921, S. 396–450` / `Weber, Max: Gesammelte politische
/// Schriften, Tübingen 1921.`): the one entry of the same first author
/// whose title is the chapter's book (titles compared as [`title_key`],
/// a subtitle left out allowed), itself no part of another work, of the
/// same year when both name one.
fn match_own_collection(
    doc: &Document,
    index: &BibIndex,
    item: &CslItem,
    own_keys: &[String],
) -> Option<Match> {
    item.title.as_ref()?;
    let book = title_key(item.container_title.as_deref()?);
    if book.is_empty() || own_keys.is_empty() {
        return None;
    }
    let found = only_fitting_entry(doc, index, item, own_keys, |e, kb| {
        own_keys.first() == kb.first()
            && e.container_title.is_none()
            && e.title
                .as_deref()
                .map(title_key)
                .is_some_and(|t| t == book || subtitle_dropped(&t, &book))
            && !matches!((item.year(), e.year()), (Some(a), Some(b)) if a != b)
    })?;
    Some(Match {
        index: found,
        score: 1.0,
        differences: Vec::new(),
    })
}

/// A volume of a handbook series cited by the series and its part
/// (`Asser/Sieburgh 6-IV 2019/35`, title `Asser 6-IV` in the series
/// `Asser`) where the list gives the volume's full title, which names the
/// series, often in the genitive (`Sieburgh, C.H., Mr. C. Assers
/// Handleiding tot de beoefening van het Nederlands Burgerlijk Recht. 6.
/// Verbintenissenrecht. Deel IV …, 2019`): the one entry by the same first
/// author, of the same year, with the series' name as a word of its title
/// (or that word and `s`). None when none fits, or more than one.
fn match_handbook_volume(
    doc: &Document,
    index: &BibIndex,
    item: &CslItem,
    own_keys: &[String],
) -> Option<Match> {
    let series = item.collection_title.as_deref()?.to_lowercase();
    let year = item.year()?;
    let in_series = item
        .title
        .as_deref()
        .is_some_and(|t| t.to_lowercase().starts_with(&series));
    if !in_series || series.chars().count() < 3 || own_keys.is_empty() {
        return None;
    }
    let names_series = |title: &str| {
        title
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .any(|w| {
                let w = w.to_lowercase();
                let w = w.trim_end_matches(['\'', '’']);
                w == series
                    || w.strip_suffix('s')
                        .is_some_and(|stem| stem.trim_end_matches(['\'', '’']) == series)
            })
    };
    let found = only_fitting_entry(doc, index, item, own_keys, |e, kb| {
        own_keys.first() == kb.first()
            && e.year() == Some(year)
            && e.title.as_deref().is_some_and(names_series)
    })?;
    Some(Match {
        index: found,
        score: 0.85,
        differences: Vec::new(),
    })
}

/// A part of an edited work cited by its author and the work, without a
/// title of its own, when the bibliography lists the whole work and not
/// the part: a commentary by its commentator (`Papier, in: Maunz/Dürig,
/// GG, Art. 34 Rn. 12`, `Palandt/Sprau, BGB, § 823 Rn. 1`) is the entry of
/// the commentary (`Maunz, Theodor/Dürig, Günter (Begr.): Grundgesetz`).
/// The entry is the one whose first author or editor is the citation's
/// first editor, and which is no part of another work itself; of several,
/// the one of the citation's year. None when none fits, or more than one.
///
/// A commentary renamed after a new editor (the grammars'
/// `renamed_commentaries`: `Palandt/Sprau, BGB` of the list's `Grüneberg
/// (Hrsg.), Bürgerliches Gesetzbuch`) is found under the present editor
/// when the list has no entry of the former.
fn match_edited_work(
    doc: &Document,
    index: &BibIndex,
    item: &CslItem,
    grammar: &Grammar,
) -> Option<Match> {
    let first = item.editor.iter().map(name_key).find(|k| !k.is_empty())?;
    let of_editor = |key: &str| -> Vec<usize> {
        index
            .authored(key, None)
            .iter()
            .copied()
            .filter(|i| {
                let e = &doc.references[*i].fields;
                let heads = e.author.first().or(e.editor.first()).map(name_key);
                heads.as_deref() == Some(key) && e.container_title.is_none() && e.title.is_some()
            })
            .collect()
    };
    let mut fitting = of_editor(&first);
    if fitting.is_empty() {
        if let Some((_, present)) = grammar
            .renamed_commentaries
            .iter()
            .find(|(former, _)| *former == first)
        {
            fitting = of_editor(present);
        }
    }
    one_of_year(doc, item, fitting)
}

/// The one bibliography entry among the candidates of `item` (by its
/// author keys `own_keys`) for which `fits(fields, author keys)` holds;
/// None when none does, or more than one.
fn only_fitting_entry(
    doc: &Document,
    index: &BibIndex,
    item: &CslItem,
    own_keys: &[String],
    fits: impl Fn(&CslItem, &[String]) -> bool,
) -> Option<usize> {
    let mut found = None;
    for i in index.candidates(item, None, own_keys) {
        let kb = index.authors.get(&i).map_or(&[][..], Vec::as_slice);
        if fits(&doc.references[i].fields, kb) {
            if found.is_some() {
                return None;
            }
            found = Some(i);
        }
    }
    found
}

/// How well two author lists (as keys) agree, in 0..=1.
fn author_agreement(ka: &[String], kb: &[String]) -> f64 {
    if ka.is_empty() || kb.is_empty() {
        return 0.0;
    }
    let common = ka.iter().filter(|k| kb.contains(k)).count();
    if ka.first() == kb.first() {
        return (0.6 + 0.4 * common as f64 / ka.len().max(kb.len()) as f64).min(1.0);
    }
    // Small typos in the first author (`김철수` / `김철소`, `Schmidt` / `Schmid`).
    let sim = crate::text::similarity(
        ka.first().map_or("", String::as_str),
        kb.first().map_or("", String::as_str),
    );
    if sim >= 0.5 && common == 0 {
        return 0.3 * sim;
    }
    0.5 * common as f64 / ka.len().max(kb.len()) as f64
}

fn match_bibliography(
    doc: &Document,
    index: &BibIndex,
    item: &CslItem,
    grammar: &Grammar,
) -> Option<Match> {
    if let Some(found) = match_numbered_statute(doc, index, item, grammar) {
        return Some(found);
    }
    let found =
        match_entry(doc, index, item, grammar).or_else(|| match_collection(doc, index, item));
    // An article of a newspaper the bibliography lists by name alone
    // (`Daily Herald (London).`): that entry, as for its issues.
    if found.is_none() && item.kind == "article-newspaper" && item.title.is_some() {
        return match_outlet(doc, item);
    }
    found
}

/// `《史记·项羽本纪》` where the list has `《史记》`, `《明实录·太祖实录》`
/// where it has `《明太祖实录》`: a part of a collection, with no entry of
/// its own, cites the one entry listing the collection or the part under
/// its other name ([`crate::text::collection_titles`]).
fn match_collection(doc: &Document, index: &BibIndex, item: &CslItem) -> Option<Match> {
    let title = item.title.as_deref().filter(|t| t.contains('·'))?;
    crate::text::collection_titles(&title_key(title))
        .iter()
        .find_map(|k| match index.by_title.get(k).map(Vec::as_slice) {
            Some(&[i]) => Some(i),
            _ => None,
        })
        .filter(|&i| {
            let e = &doc.references[i].fields;
            e.author.is_empty() || item.author.is_empty() || keys(e) == keys(item)
        })
        .map(|index| Match {
            index,
            score: 1.0,
            differences: Vec::new(),
        })
}

/// `Papier/Shirvani, in: MüKo BGB, 8. Aufl. 2020, § 839 Rn. 150`,
/// `MüKoBGB/Wagner, § 823 Rn. 45`: a commentary cited by an abbreviation
/// of the grammars' `commentaries` (`MüKo`, the law's abbreviation after
/// it) is the one entry whose title opens with the commentary's words
/// (`Münchener Kommentar zum Bürgerlichen Gesetzbuch`); of several, the one
/// of the item's edition, then of its year.
fn match_commentary(doc: &Document, index: &BibIndex, item: &CslItem) -> Option<Match> {
    if index.commentaries.is_empty() {
        return None;
    }
    let cited = title_key(item.container_title.as_deref()?).replace(' ', "");
    let (_, entries) = index
        .commentaries
        .iter()
        .find(|(abbreviation, _)| cited.starts_with(abbreviation.as_str()))?;
    let mut fitting = entries.clone();
    // `BeckOK DatenschutzR` of the list's `BeckOK Datenschutzrecht` and
    // `BeckOK BGB`: the field after the abbreviation, shortened, says which.
    if fitting.len() > 1 {
        let kept: Vec<usize> = fitting
            .iter()
            .copied()
            .filter(|&i| {
                commentary_key(&index.title_keys, &doc.references[i], i)
                    .is_some_and(|t| field_abbreviated(&cited, &t))
            })
            .collect();
        if !kept.is_empty() {
            fitting = kept;
        }
    }
    // `Förster, in: BeckOK BGB` where the list gives each author's part
    // (`Förster, Christian, in: Beck'scher Online-Kommentar BGB`): the
    // part of the author cited; another author's part is no match.
    let own = keys(item);
    let parts: Vec<usize> = fitting
        .iter()
        .copied()
        .filter(|&i| doc.references[i].fields.title.is_none())
        .collect();
    if !own.is_empty() && !parts.is_empty() {
        let by_author: Vec<usize> = parts
            .iter()
            .copied()
            .filter(|&i| keys(&doc.references[i].fields) == own)
            .collect();
        if by_author.is_empty() {
            fitting.retain(|i| !parts.contains(i));
        } else {
            fitting = by_author;
        }
    }
    if fitting.len() > 1 && item.edition.is_some() {
        fitting.retain(|&i| doc.references[i].fields.edition == item.edition);
    }
    one_of_year(doc, item, fitting)
}

/// The key a list entry names a commentary by: its title's, or, for an
/// author's part of it listed without a title of its own (`Förster,
/// Christian, in: Beck'scher Online-Kommentar BGB, 66. Ed., München
/// 2023`), the title of the work it is in.
fn commentary_key<'k>(
    title_keys: &'k ByEntry<String>,
    r: &Reference,
    i: usize,
) -> Option<std::borrow::Cow<'k, str>> {
    if let Some(t) = title_keys.get(&i) {
        return Some(std::borrow::Cow::Borrowed(t.as_str()));
    }
    r.fields
        .container_title
        .as_deref()
        .filter(|_| r.fields.title.is_none())
        .map(|c| std::borrow::Cow::Owned(title_key(c)))
}

/// Whether `cited`, a commentary's abbreviation with the field it
/// comments on, spaces taken out (`beckokdatenschutzr`, `mükobgb`), names
/// the field of `title`, a list entry's title key (`beckok
/// datenschutzrecht`): the cited field, after the title's first word, is
/// the start of the rest of the title written without spaces
/// (`datenschutzr…`), or the initials of its words (`bgb` of `bürgerliches
/// gesetzbuch`).
fn field_abbreviated(cited: &str, title: &str) -> bool {
    let Some((first, rest)) = title.split_once(' ') else {
        return false;
    };
    let Some(field) = cited.strip_prefix(first).filter(|f| !f.is_empty()) else {
        return false;
    };
    let joined: String = rest.split(' ').collect();
    let initials: String = rest.split(' ').filter_map(|w| w.chars().next()).collect();
    joined.starts_with(field) || initials == field
}

/// The one entry of `fitting` that a citation's fields match, narrowed by
/// its year where several fit.
fn one_of_year(doc: &Document, item: &CslItem, mut fitting: Vec<usize>) -> Option<Match> {
    if fitting.len() > 1 {
        fitting.retain(|&i| {
            matches!((item.year(), doc.references[i].fields.year()), (Some(a), Some(b)) if a == b)
        });
    }
    match fitting[..] {
        [found] => Some(Match {
            index: found,
            score: 1.0,
            differences: Vec::new(),
        }),
        _ => None,
    }
}

/// The bibliography entry a full citation's fields match.
fn match_entry(
    doc: &Document,
    index: &BibIndex,
    item: &CslItem,
    grammar: &Grammar,
) -> Option<Match> {
    if let Some(a) = item.archive.as_deref() {
        // `GMS, AA IV, 440`: a siglum the list declares for one work
        // (`Grundlegung zur Metaphysik der Sitten (GMS)`) and a place in
        // its edition read as an archive's abbreviation and a shelfmark.
        if let Some(&[found]) = (item.title.is_none() && a.place.is_none())
            .then(|| index.cited_as.get(&journal_key(&a.archive)))
            .flatten()
            .map(Vec::as_slice)
        {
            return Some(Match {
                index: found,
                score: 1.0,
                differences: Vec::new(),
            });
        }
        return match_archive(doc, index, a, item.title.as_deref());
    }
    if untitled_source(item) {
        return match_outlet(doc, item);
    }
    if item.title.is_none() && item.container_title.is_some() && item.page.is_some() {
        return match_journal_page(doc, index, item);
    }
    if item.title.is_none() && item.page.is_none() && item.editor.is_empty() {
        // `MüKoBGB/Wagner, § 823 Rn. 45`: the entry cited as `MüKoBGB`.
        if let Some(&[found]) = item
            .container_title
            .as_deref()
            .and_then(|t| index.cited_as.get(&journal_key(t)))
            .map(Vec::as_slice)
        {
            return Some(Match {
                index: found,
                score: 1.0,
                differences: Vec::new(),
            });
        }
        if let Some(found) = match_commentary(doc, index, item) {
            return Some(found);
        }
    }
    if item.title.is_none() && item.container_title.is_some() && !item.editor.is_empty() {
        return match_contribution(doc, index, item)
            .or_else(|| match_edited_work(doc, index, item, grammar));
    }
    let mut best: Option<(usize, f64)> = None;
    // Entries whose series or report, not their title, the item's title
    // names, with the best score of them.
    let mut by_collection: Vec<usize> = Vec::new();
    let mut collection_best: Option<(usize, f64)> = None;
    // Keys of the item, computed once.
    let title = item.title.as_deref().map(title_key);
    let own_title = title.as_ref().filter(|k| !k.is_empty());
    let own_title_chars = own_title.map_or(0, |k| k.chars().count().min(400));
    let own_keys = keys(item);
    let no_keys = Vec::new();
    for i in index.candidates(item, title.as_deref(), &own_keys) {
        let Some(r) = doc.references.get(i) else {
            continue;
        };
        let e = &r.fields;
        if statute_and_book(item, e) {
            continue;
        }
        let au = author_agreement(&own_keys, index.authors.get(&i).unwrap_or(&no_keys));
        let year_ok = match (item.year(), e.year()) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        // `Моон Д. Отмена крепостного права в России. 1762–1907. М.,
        // 2023` is not `Зайончковский П. А. Отмена крепостного права в
        // России. М., 1968`: a shared title with no author in common and
        // another year is another work.
        let other_work = au == 0.0
            && !year_ok
            && !own_keys.is_empty()
            && index.authors.get(&i).is_some_and(|k| !k.is_empty());
        if other_work {
            continue;
        }
        let need = if au >= 0.6 && year_ok { 0.45 } else { 0.8 };
        let rest = 0.3 * au + if year_ok { 0.1 } else { 0.0 };
        // `Zech, Gutachten A zum 73. Deutschen Juristentag, 2020` for the
        // entry `Zech, Herbert: Entscheidungen digitaler autonomer Systeme,
        // Gutachten A zum 73. Deutschen Juristentag, München 2020`: a note
        // may name a book by the report or series it appears in, where
        // author and year agree.
        if au >= 0.6 && year_ok {
            if let (Some(a), Some(c)) = (own_title, index.collection_keys.get(&i)) {
                if a == c || spacing_only(a, c) || subtitle_dropped(a, c) {
                    by_collection.push(i);
                    let score = 0.6 * 0.85 + rest;
                    if collection_best.is_none_or(|(_, s)| score > s) {
                        collection_best = Some((i, score));
                    }
                }
            }
        }
        let ts = match (
            own_title,
            index.title_keys.get(&i).filter(|k| !k.is_empty()),
        ) {
            (Some(a), Some(b)) if a == b || spacing_only(a, b) => 1.0,
            // One title is the other without its subtitle (or with a
            // shortened one): `Akten und Ämter` / `Akten und Ämter.
            // Preußische Verwaltung 1871–1914`.
            (Some(a), Some(b)) if subtitle_dropped(a, b) => 0.9,
            (Some(a), Some(b)) => {
                // Levenshtein similarity is at most the ratio of the
                // lengths: skip the comparison when that cannot be enough
                // to accept the entry or to beat the best one so far.
                let bc = b.chars().count().min(400);
                let bound = own_title_chars.min(bc) as f64 / own_title_chars.max(bc) as f64;
                let bound = bound + 1e-9;
                if bound < need || best.is_some_and(|(_, s)| 0.6 * bound + rest <= s) {
                    continue;
                }
                title_key_similarity(a, b)
            }
            _ => 0.0,
        };
        if ts < need {
            continue;
        }
        // `『朝鮮佛敎通史』 下卷` of a list with its 上卷 and 下卷: of
        // entries alike in all else, the one of the volume cited.
        // So too of a work issued in parts (`Part 1`, `Part 2`).
        let other_volume = matches!((&item.volume, &e.volume), (Some(a), Some(b)) if a != b)
            || matches!((&item.part_number, &e.part_number), (Some(a), Some(b)) if a != b);
        let score = 0.6 * ts + rest - if other_volume { 1e-4 } else { 0.0 };
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((i, score));
        }
    }
    // The title first; the series only where no title fits and one entry
    // alone is in it (an author's works of one series are told apart by
    // their titles).
    let via_collection = best.is_none() && by_collection.len() == 1;
    if via_collection {
        best = collection_best;
    }
    let Some((found, score)) = best else {
        return match_own_collection(doc, index, item, &own_keys)
            .or_else(|| match_handbook_volume(doc, index, item, &own_keys));
    };
    let e = &doc.references[found].fields;
    let mut differences = Vec::new();
    let ka = &own_keys;
    let kb = index.authors.get(&found).unwrap_or(&no_keys);
    let authors_differ = if item.et_al || e.et_al {
        ka.first() != kb.first()
    } else {
        ka.iter().collect::<BTreeSet<_>>() != kb.iter().collect::<BTreeSet<_>>()
    };
    if authors_differ && !ka.is_empty() && !kb.is_empty() && !same_names_reordered(item, e) {
        differences.push(format!(
            "author: the citation has `{}`, the bibliography has `{}`",
            names_of(item),
            names_of(e)
        ));
    }
    // An entry with a title has its title key in the index.
    if let (Some(a), Some(b), Some(ka), Some(kb)) =
        (&item.title, &e.title, &title, index.title_keys.get(&found))
    {
        // A note that leaves out the subtitle agrees with the entry.
        if ka != kb && !subtitle_dropped(ka, kb) && !spacing_only(ka, kb) && !via_collection {
            differences.push(format!(
                "title: the citation has `{a}`, the bibliography has `{b}`"
            ));
        }
    }
    if let (Some(a), Some(b)) = (item.year(), e.year()) {
        // A volume of a work published over years (`1874–76`) has one year.
        let within = |one: &CslItem, other: i32| {
            one.issued
                .as_ref()
                .is_some_and(|d| crate::syntax::date::year_within(d, other))
        };
        if a != b && !within(e, a) && !within(item, b) {
            differences.push(format!(
                "year: the citation has {a}, the bibliography has {b}"
            ));
        }
    }
    // Two numbered editions (`3rd ed.` and `4th ed.`): their pages differ.
    // A side without an edition, or with one named only in words (`rev.
    // ed.`), may mean the same one.
    if let (Some(a), Some(b)) = (numbered_edition(item), numbered_edition(e)) {
        if a != b {
            differences.push(format!(
                "edition: the citation has {a}, the bibliography has {b}"
            ));
        }
    }
    Some(Match {
        index: found,
        score: (score * 1000.0).round() / 1000.0,
        differences,
    })
}

/// Whether `item`, a statute (`信託法第11條`, `민법 제750조`), meets in
/// `entry` a work that is no statute: one with authors,
/// a publisher or a container (`方嘉麟，《信託法》，臺北：元照，2015年`, a
/// book of the same title). A statute never links to such an entry, however
/// alike the titles; an entry of the statute alone (`信託法。`) may be it.
fn statute_and_book(item: &CslItem, entry: &CslItem) -> bool {
    item.kind == "legislation"
        && entry.kind != "legislation"
        && (!entry.author.is_empty()
            // `Kühling/Buchner (Hrsg.): Datenschutz-Grundverordnung/BDSG,
            // Kommentar`: a commentary named after the act, by its editors.
            || !entry.editor.is_empty()
            || entry.publisher.is_some()
            || entry.container_title.is_some())
}

/// The bibliography entry of an archival source: an entry of the same
/// archive (by name or abbreviation) with the same shelfmark, or one that
/// is the other's start at a word (`ADM 3` holds `ADM 3/265`), or, failing
/// both, one of the archive with no shelfmark at all. Of two such entries,
/// the one with the citation's title (the collection of
/// `《巴县档案》6-3-1234，四川省档案馆藏` and of `《巴县档案》，四川省档案馆藏`)
/// wins.
fn match_archive(
    doc: &Document,
    index: &BibIndex,
    a: &Archive,
    title: Option<&str>,
) -> Option<Match> {
    let own = shelf_words(a.location.as_deref().unwrap_or(""));
    let mut keys = vec![journal_key(&a.archive)];
    keys.extend(a.abbreviation.as_deref().map(journal_key));
    let mut best: Option<(usize, f64, bool)> = None;
    for &i in keys
        .iter()
        .filter_map(|k| index.by_archive.get(k))
        .flatten()
    {
        let Some(e) = doc.references[i].fields.archive.as_deref() else {
            continue;
        };
        let location = e.location.as_deref().unwrap_or("");
        let theirs = shelf_words(location);
        let compared = |theirs: &Vec<String>| {
            if theirs == &own {
                Some(1.0)
            } else if own.starts_with(theirs) || theirs.starts_with(&own) {
                Some(0.9)
            } else {
                None
            }
        };
        let score = if theirs.is_empty() {
            Some(0.6)
        } else {
            std::iter::once(theirs)
                .chain(listed_shelfmarks(location))
                .filter_map(|t| compared(&t))
                .max_by(f64::total_cmp)
        };
        let Some(score) = score else {
            continue;
        };
        let titled = title.is_some() && doc.references[i].fields.title.as_deref() == title;
        if best.is_none_or(|(_, s, t)| score > s || score == s && titled && !t) {
            best = Some((i, score, titled));
        }
    }
    best.map(|(index, score, _)| Match {
        index,
        score,
        differences: Vec::new(),
    })
}

/// The shelfmarks a list's entry names one after another (`F7 12345,
/// 12346, 13394`, `3 M 45, 3 M 46`), each as [`shelf_words`]: a part
/// shorter than the first takes the first's words before its own (`12346`
/// is `F7 12346`). Parts without a digit (a collection's name) are none;
/// `None` when there is one part.
fn listed_shelfmarks(location: &str) -> Vec<Vec<String>> {
    let parts: Vec<Vec<String>> = location
        .split([',', ';'])
        .filter(|p| p.bytes().any(|b| b.is_ascii_digit()))
        .map(shelf_words)
        .collect();
    let Some(first) = parts.first().filter(|_| parts.len() > 1) else {
        return Vec::new();
    };
    parts
        .iter()
        .map(|p| match first.len().checked_sub(p.len()) {
            Some(k) if k > 0 => first[..k].iter().chain(p).cloned().collect(),
            _ => p.clone(),
        })
        .collect()
}

/// A shelfmark's words as compared: its runs of letters and digits,
/// lowercase (`Add. MS 44529` is `add`, `ms`, `44529`).
fn shelf_words(location: &str) -> Vec<String> {
    location
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The edition of `item` when it is a number (`2` of `2nd ed.`).
fn numbered_edition(item: &CslItem) -> Option<u32> {
    item.edition.as_deref()?.parse().ok()
}

/// Two title keys that differ only in where their words divide: the
/// same letters in the same order, a space more or less here and there.
/// CJK text joins a line broken at a space without one (`朝鮮前期經筵의
/// 運營` and `朝鮮前期 經筵의 運營`); a line broken after a suspended
/// hyphen is read as a word broken there (`Kommunal-` / `und
/// Staatspolitik` joined as `Kommunalund Staatspolitik`); and `Data
/// base` is `Database`. No reader takes these for two titles.
fn spacing_only(a: &str, b: &str) -> bool {
    if a.len().abs_diff(b.len()) > 8 {
        return false;
    }
    let space = |c: &char| *c != ' ';
    a.chars().filter(space).eq(b.chars().filter(space))
}

/// Whether one title key is the other cut after a word, keeping two words
/// or more (a dropped subtitle).
fn subtitle_dropped(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.split(' ').count() >= 2
        && long.len() > short.len()
        && long.starts_with(short)
        && long.as_bytes().get(short.len()) == Some(&b' ')
}

/// The names a work is compared by ([`CslItem::names`]: its authors, or
/// its editors where it has none), as a diagnostic shows them.
fn names_of(item: &CslItem) -> String {
    let mut s = item
        .names()
        .iter()
        .map(display_name)
        .collect::<Vec<_>>()
        .join("; ");
    if item.et_al {
        s.push_str(" et al.");
    }
    s
}

/// Whether `a` and `b` name the same persons in the same order, each by
/// the same words, read in another order (`Jun Seong Ho` of a note, read
/// given names first, and `Jun, Seong Ho` of the list: an East Asian name
/// written family name first without a comma).
fn same_names_reordered(a: &CslItem, b: &CslItem) -> bool {
    fn words(n: &crate::model::CslName) -> Vec<String> {
        let mut v: Vec<String> = [&n.family, &n.given, &n.literal]
            .into_iter()
            .flatten()
            .flat_map(|p| p.split_whitespace())
            .map(crate::grammar::fold_case)
            .collect();
        v.sort_unstable();
        v
    }
    // `Santamaría Pastor, Principios …` of a note, read as a given name
    // and a family name, and `Santamaría Pastor, Juan Alfonso` of the list:
    // a family name of two words (Spanish and Portuguese double surnames)
    // written without the given names.
    fn surnames_alone(x: &crate::model::CslName, y: &crate::model::CslName) -> bool {
        let (Some(given), Some(family), Some(listed)) = (&x.given, &x.family, &y.family) else {
            return false;
        };
        let cited = format!("{given} {family}");
        y.given.is_some()
            && listed.contains(' ')
            && crate::grammar::fold_case(&cited)
                .split_whitespace()
                .eq(crate::grammar::fold_case(listed).split_whitespace())
    }
    !a.author.is_empty()
        && a.author.len() == b.author.len()
        && a.author
            .iter()
            .zip(&b.author)
            .all(|(x, y)| words(x).len() > 1 && words(x) == words(y) || surnames_alone(x, y))
}

/// A statute cited by kind, number and year (`UU No. 12 Tahun 2011`) →
/// the bibliography's statute of the same kind, number and year, however
/// each spells its kind (`Undang-Undang Nomor 12 Tahun 2011 tentang …`);
/// a court's decision cited so (`Определение ВС РФ от 12.03.2019 №
/// 5-КГ18-300`) → the list's decision of that kind, number and year.
fn match_numbered_statute(
    doc: &Document,
    index: &BibIndex,
    item: &CslItem,
    grammar: &Grammar,
) -> Option<Match> {
    if !matches!(item.kind.as_str(), "legislation" | "legal_case") {
        return None;
    }
    let key = grammar.numbered_statute(item.title.as_deref()?)?;
    let same_number = index.by_statute_number.get(&(key.number, key.year))?;
    let index = same_number.iter().copied().find(|&i| {
        doc.references[i]
            .fields
            .title
            .as_deref()
            .and_then(|t| grammar.numbered_statute(t))
            .is_some_and(|k| k.kind == key.kind)
    })?;
    Some(Match {
        index,
        score: 1.0,
        differences: Vec::new(),
    })
}

/// Links citation `ci` to `found`, the bibliography entry its `fields`
/// match, or else to the work known only from the notes (made on first
/// sight).
fn link_full(
    doc: &mut Document,
    found: Option<Match>,
    ci: usize,
    fields: &CslItem,
    has_bibliography: bool,
    note_only: &mut NoteOnly,
    diags: &mut Vec<Diagnostic>,
) -> usize {
    if let Some(m) = found {
        let r = &doc.references[m.index];
        let (rid, rspan) = (r.id.clone(), r.span);
        let exact = m.differences.is_empty() && m.score >= 0.999;
        let c = &mut doc.citations[ci];
        c.reference = Some(rid);
        c.status = Some(Status::Resolved);
        c.provenance = Some(Provenance {
            rule: if exact {
                "bibliography-exact"
            } else {
                "bibliography-fuzzy"
            },
            score: m.score,
        });
        if !m.differences.is_empty() {
            let fields_list = m
                .differences
                .iter()
                .filter_map(|d| d.split(':').next())
                .collect::<Vec<_>>()
                .join(", ");
            let mut d = Diagnostic::new(
                Code::BibliographyMismatch,
                c.span,
                format!("citation and bibliography entry disagree on {fields_list}"),
            )
            .with_label(format!(
                "linked to bibliography entry {}",
                doc.references[m.index].bibliography_index.unwrap_or(0)
            ))
            .with_secondary(rspan, "the bibliography entry")
            .in_footnote(c.footnote, c.chapter);
            for diff in &m.differences {
                d = d.with_note(diff.clone());
            }
            diags.push(d);
        }
        return m.index;
    }
    // Known only from the notes.
    let key = work_key(fields);
    // A work quoted through another (`X apud Y`) is listed as the one
    // quoted from: its absence from the bibliography is no finding, until
    // a note cites it in its own right.
    // A decision is a source of its own, which no bibliography lists.
    let report = has_bibliography
        && !doc.citations[ci].indirect
        && !matches!(fields.kind.as_str(), "legal_case" | "legislation")
        && !untitled_source(fields);
    if let Some(&(idx, reported)) = note_only.get(&key) {
        if report && !reported {
            diags.push(missing_from_bibliography(&doc.citations[ci], fields));
            note_only.insert(key, (idx, true));
        }
        let rid = doc.references[idx].id.clone();
        let c = &mut doc.citations[ci];
        c.reference = Some(rid);
        c.status = Some(Status::Resolved);
        c.provenance = Some(Provenance {
            rule: "same-work",
            score: 1.0,
        });
        return idx;
    }
    // Every work known only from the notes is in `note_only`, once.
    let id = format!("n{}", note_only.len() + 1);
    let c = &doc.citations[ci];
    let mut item = fields.clone();
    item.id = id.clone();
    doc.references.push(Reference {
        id: id.clone(),
        bibliography_index: None,
        raw: c.text.clone(),
        span: c.span,
        ditto: false,
        label: None,
        year_suffix: None,
        fields: item,
        unparsed: None,
    });
    let idx = doc.references.len() - 1;
    note_only.insert(key, (idx, report));
    if report {
        diags.push(missing_from_bibliography(c, fields));
    }
    let c = &mut doc.citations[ci];
    c.reference = Some(id);
    c.status = Some(Status::Resolved);
    c.provenance = Some(Provenance {
        rule: "note-only",
        score: 1.0,
    });
    idx
}

/// The works known only from the notes, by [`work_key`]: the index of
/// each one's reference, and whether its absence from the bibliography has
/// been reported.
type NoteOnly = HashMap<String, (usize, bool)>;

/// `missing-from-bibliography` for citation `c` of a work with `fields`.
fn missing_from_bibliography(c: &Citation, fields: &CslItem) -> Diagnostic {
    Diagnostic::new(
        Code::MissingFromBibliography,
        c.span,
        format!("{} is cited but not in the bibliography", describe(fields)),
    )
    .with_label("no bibliography entry matches this citation")
    .in_footnote(c.footnote, c.chapter)
}

/// The footnote just before the note of the `ibid.` at `ci`, when it comes
/// after the note of the citation before the `ibid.` and holds a year (of
/// four digits, or of an era: `平成20年4月11日`): a
/// note that cites a work this reading could not make out, which the
/// `ibid.` repeats (Chicago 14.34: the work of the note immediately
/// before). A note of prose alone, or of a statute, in between is passed
/// over.
/// Returns its index in `doc.footnotes`; `positions` maps (chapter, number)
/// to that index, made at the first need.
fn unread_note_before(
    doc: &Document,
    ci: usize,
    state: IbidState,
    grammar: &Grammar,
    positions: &mut Option<HashMap<(u32, u32), usize>>,
) -> Option<usize> {
    let IbidState::After(prev) = state else {
        return None;
    };
    let (c, p) = (&doc.citations[ci], &doc.citations[prev]);
    let (n, pn) = (c.footnote?, p.footnote?);
    if p.chapter != c.chapter || pn.saturating_add(1) >= n {
        return None;
    }
    let positions = positions.get_or_insert_with(|| {
        doc.footnotes
            .iter()
            .enumerate()
            .map(|(i, f)| ((f.chapter, f.number), i))
            .collect()
    });
    let before = *positions.get(&(c.chapter, n - 1))?;
    let text = &doc.footnotes[before].text;
    // `最高裁昭和60年…判決`: a year of an era.
    (has_year(text) || grammar.dates.has_era_year(text)).then_some(before)
}

/// Whether `s` holds a run of exactly four digits that is a year
/// ([`crate::grammar::is_year`]): the date of a work cited, which a note
/// that cites a statute (`민법 제2조`, `§ 823 BGB`) does not have.
fn has_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit())
        .any(crate::grammar::is_year)
}

/// How many citations of the note before are looked at for
/// [`works_of_note_before`]: a note rarely cites more.
const MAX_NOTE_CITATIONS: usize = 64;

/// The Bluebook (4.1): "id." repeats the authority cited just before in
/// the same note, or in the note before "when the preceding footnote
/// contains only one authority". For a word of the grammars'
/// `ibid_one_work` that opens its note, no comma after it, the citations of the note before
/// that cite different works (the first citation of each; an unresolved
/// one is a work of its own): two or more say the word is ambiguous.
/// Empty otherwise. Looks at the citations of that note only.
fn works_of_note_before(
    doc: &Document,
    ci: usize,
    state: IbidState,
    grammar: &Grammar,
) -> Vec<usize> {
    let IbidState::After(prev) = state else {
        return Vec::new();
    };
    let (c, p) = (&doc.citations[ci], &doc.citations[prev]);
    // Written as The Bluebook writes it, with no comma after it (`Id. at
    // 5`, `Id.`): `Id., p. 5` of French notes repeats the last work.
    let one_work = c
        .short
        .as_ref()
        .and_then(|s| s.word.as_deref())
        .is_some_and(|w| {
            grammar
                .ibid_one_work
                .iter()
                .any(|o| o.eq_ignore_ascii_case(w))
                && c.text
                    .get(w.len()..)
                    .is_some_and(|rest| !rest.starts_with(','))
        })
        || names_note_before(doc, ci, grammar);
    if !one_work || p.footnote.is_none() || (p.footnote, p.chapter) == (c.footnote, c.chapter) {
        return Vec::new();
    }
    let mut works: Vec<usize> = Vec::new();
    for j in (0..=prev).rev().take(MAX_NOTE_CITATIONS) {
        let q = &doc.citations[j];
        if (q.footnote, q.chapter) != (p.footnote, p.chapter) {
            break;
        }
        if q.site.is_some() || q.indirect {
            continue;
        }
        let known = q.reference.is_some()
            && works
                .iter()
                .any(|&k| doc.citations[k].reference == q.reference);
        if !known {
            works.push(j);
        }
    }
    works.reverse();
    works
}

/// Of `works` (citations of the note before, [`works_of_note_before`]),
/// those whose pages hold the page that citation `ci` cites: an article or
/// a chapter printed on pages 45 to 62 holds no page 120. A work whose
/// pages are not known holds every page; so do all of them when `ci`
/// cites no page.
fn works_fitting_page(doc: &Document, ci: usize, works: &[usize]) -> Vec<usize> {
    let first = |v: &str| -> Option<u32> {
        let digits: String = v.trim().chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    };
    let pin = doc.citations[ci]
        .locator
        .as_ref()
        .filter(|l| l.label == "page")
        .and_then(|l| first(&l.value));
    let Some(pin) = pin else {
        return works.to_vec();
    };
    let range = |j: usize| -> Option<(u32, u32)> {
        let c = &doc.citations[j];
        let own = c.fields.as_deref().and_then(|f| f.page.as_deref());
        let linked = || {
            c.reference
                .as_deref()
                .and_then(|id| doc.reference(id))
                .and_then(|r| r.fields.page.as_deref())
        };
        let pages = own.or_else(linked)?;
        let (a, b) = pages.split_once(['-', '–'])?;
        Some((first(a)?, first(b)?))
    };
    works
        .iter()
        .copied()
        .filter(|&j| range(j).is_none_or(|(a, b)| a > b || (a..=b).contains(&pin)))
        .collect()
}

/// Whether citation `ci` is a word of the grammars' `ibid_note` (`同前註`,
/// "as the note before"): it repeats the whole note before, which
/// [`works_of_note_before`] looks at in papers of every style.
fn names_note_before(doc: &Document, ci: usize, grammar: &Grammar) -> bool {
    !grammar.ibid_note.is_empty()
        && doc.citations[ci]
            .short
            .as_ref()
            .and_then(|s| s.word.as_deref())
            .is_some_and(|w| {
                let w = crate::grammar::fold_case(w);
                grammar.ibid_note.contains(&w)
            })
}

/// A word of the grammars' `ibid_decision` (`위의 결정`, `같은 판결`)
/// repeats the last decision cited: the state after it, when a citation
/// of another kind of work came between. Looks back over
/// [`MAX_NOTE_CITATIONS`] citations at most; `state` when none is a
/// decision.
fn last_decision(doc: &Document, ci: usize, state: IbidState, grammar: &Grammar) -> IbidState {
    let IbidState::After(prev) = state else {
        return state;
    };
    let is_decision = |j: usize| {
        doc.citations[j]
            .fields
            .as_deref()
            .is_some_and(|f| f.kind == "legal_case")
    };
    let names_decision = doc.citations[ci]
        .short
        .as_ref()
        .and_then(|s| s.word.as_deref())
        .is_some_and(|w| {
            grammar
                .ibid_decision
                .contains(&crate::grammar::compact_word(w))
        });
    if !names_decision || is_decision(prev) {
        return state;
    }
    (0..prev)
        .rev()
        .take(MAX_NOTE_CITATIONS)
        .filter(|&j| doc.citations[j].site.is_none())
        .find(|&j| is_decision(j))
        .map_or(state, IbidState::After)
}

/// A word of the grammars' `ibid_book` or `ibid_article` (`위의 논문`
/// after `4) 이인호, “…”, 『토지공법연구』 …; 권영성, 앞의 책, 455면.`)
/// repeats the last work of the kind it names in the note of the citation
/// before, where that citation's work is of the other kind (an article
/// for a book word, a book for an article word): the state after it.
/// `state` where the word names no kind, the kinds agree, or the note
/// has no such work.
fn last_of_named_kind(doc: &Document, ci: usize, state: IbidState, grammar: &Grammar) -> IbidState {
    let IbidState::After(prev) = state else {
        return state;
    };
    let Some(kind) = doc.citations[ci]
        .short
        .as_ref()
        .and_then(|s| s.word.as_deref())
        .and_then(|w| grammar.ibid_kind(w))
    else {
        return state;
    };
    let wants_book = kind == crate::grammar::OpCitKind::Book;
    // Whether citation `j`'s work is a book (`Some(true)`), an article or
    // a chapter (`Some(false)`), or neither.
    let book = |j: usize| {
        let k = work_kind(doc, j)?;
        if k == "book" {
            Some(true)
        } else {
            matches!(
                k,
                "article-journal"
                    | "article-magazine"
                    | "article-newspaper"
                    | "article"
                    | "chapter"
                    | "paper-conference"
            )
            .then_some(false)
        }
    };
    if book(prev) != Some(!wants_book) {
        return state;
    }
    let note = (doc.citations[prev].chapter, doc.citations[prev].footnote);
    (0..prev)
        .rev()
        .take(MAX_NOTE_CITATIONS)
        .take_while(|&j| (doc.citations[j].chapter, doc.citations[j].footnote) == note)
        .filter(|&j| doc.citations[j].site.is_none())
        .find(|&j| book(j) == Some(wants_book))
        .map_or(state, IbidState::After)
}

/// The CSL type of the work citation `j` stands for: its own fields', or
/// the work it was linked to.
fn work_kind(doc: &Document, j: usize) -> Option<&str> {
    let c = &doc.citations[j];
    if let Some(f) = c.fields.as_deref() {
        return Some(f.kind.as_str());
    }
    let id = c.reference.as_deref()?;
    doc.reference(id).map(|r| r.fields.kind.as_str())
}

/// An `Id.` that opens a note after a note citing several works
/// ([`works_of_note_before`]): ambiguous, each work a candidate.
fn ibid_of_several(
    doc: &mut Document,
    ci: usize,
    state: IbidState,
    works: &[usize],
    diags: &mut Vec<Diagnostic>,
) {
    let IbidState::After(prev) = state else {
        return;
    };
    let (span, fnote, chapter, text) = {
        let c = &doc.citations[ci];
        (c.span, c.footnote, c.chapter, c.text.clone())
    };
    let pnote = doc.citations[prev].footnote;
    let pid = doc.citations[prev].id.clone();
    let c = &mut doc.citations[ci];
    c.antecedent = Some(pid);
    c.status = Some(Status::Ambiguous);
    let mut d = Diagnostic::new(
        Code::AmbiguousShortForm,
        span,
        format!(
            "`{}` fits {} different works",
            short_word(&text),
            works.len()
        ),
    )
    .with_label(match pnote {
        Some(n) => format!("note {n} cites several works"),
        None => "the citation before it names several works".to_string(),
    })
    .in_footnote(fnote, chapter);
    for &w in works.iter().take(MAX_CANDIDATES) {
        let q = &doc.citations[w];
        let text: String = q.text.trim_end_matches('.').chars().take(60).collect();
        d = d.with_note(format!("candidate: `{text}`"));
        d = d.with_secondary(q.span, "a work that fits");
    }
    diags.push(d);
}

fn resolve_ibid(
    doc: &mut Document,
    ci: usize,
    state: IbidState,
    skipped: Option<usize>,
    diags: &mut Vec<Diagnostic>,
) {
    let (span, fnote, chapter, text) = {
        let c = &doc.citations[ci];
        (c.span, c.footnote, c.chapter, c.text.clone())
    };
    if let Some(f) = skipped {
        let note = &doc.footnotes[f];
        let (nspan, number) = (note.span(), note.number);
        doc.citations[ci].status = Some(Status::Dangling);
        diags.push(
            Diagnostic::new(
                Code::DanglingShortForm,
                span,
                format!(
                    "`{}` repeats note {number}, whose citation could not be read",
                    short_word(&text)
                ),
            )
            .with_label("points to the note before it")
            .with_secondary(nspan, format!("note {number}: no citation found here"))
            .in_footnote(fnote, chapter),
        );
        return;
    }
    match state {
        IbidState::Start => {
            doc.citations[ci].status = Some(Status::Dangling);
            diags.push(
                Diagnostic::new(
                    Code::DanglingShortForm,
                    span,
                    format!("`{}` has no citation before it", short_word(&text)),
                )
                .with_label("nothing is cited before this")
                .in_footnote(fnote, chapter),
            );
        }
        IbidState::After(prev) => {
            let p = &doc.citations[prev];
            let (pid, pref, pstatus, pspan, pnote) = (
                p.id.clone(),
                p.reference.clone(),
                p.status,
                p.span,
                p.footnote,
            );
            let plocator = p.locator.clone();
            let c = &mut doc.citations[ci];
            c.antecedent = Some(pid);
            match (pstatus, pref) {
                (Some(Status::Resolved), Some(r)) => {
                    // `Ibid.`, `同上`, `같은 곳` without a page: the same
                    // work at the same place.
                    if c.locator.is_none() {
                        c.locator = plocator;
                    }
                    c.reference = Some(r);
                    c.status = Some(Status::Resolved);
                    c.provenance = Some(Provenance {
                        rule: "ibid-previous",
                        score: 1.0,
                    });
                }
                (st, _) => {
                    c.status = Some(Status::Dangling);
                    let what = match st {
                        Some(Status::Ambiguous) => "ambiguous",
                        _ => "unresolved",
                    };
                    diags.push(
                        Diagnostic::new(
                            Code::DanglingShortForm,
                            span,
                            format!("`{}` repeats a citation that is {what}", short_word(&text)),
                        )
                        .with_label("points to the citation before it")
                        .with_secondary(
                            pspan,
                            format!(
                                "the citation before it{}",
                                pnote.map(|n| format!(" (note {n})")).unwrap_or_default()
                            ),
                        )
                        .in_footnote(fnote, chapter),
                    );
                }
            }
        }
    }
}

fn short_word(text: &str) -> String {
    text.split(',')
        .next()
        .unwrap_or(text)
        .trim()
        .chars()
        .take(40)
        .collect()
}

/// Does reference `r` fit what a short form names (author, date, title)?
/// The author, date and title a short form asks for, with the author's
/// keys computed once.
struct Want<'a> {
    /// Keys of the names in the short form.
    keys: &'a [String],
    /// The whole author text as one key (`United Nations` →
    /// `united nations`), for organisations.
    whole: &'a str,
    /// Whether the short form names every author of the work.
    all_named: bool,
    date: Option<&'a CslDate>,
    /// The short title as a [`title_key`], computed once.
    title: Option<String>,
    /// Its key in [`History::author_fits`] when it has no title.
    fits_key: FitsKey,
}

impl<'a> Want<'a> {
    /// What a short form with these parts ([`History::short_parts`]) asks for.
    fn new(
        author: &'a ShortAuthor,
        date: Option<&'a CslDate>,
        date_id: Option<u32>,
        title: Option<&'a str>,
    ) -> Self {
        Want {
            keys: &author.keys,
            whole: &author.whole,
            all_named: author.all_named,
            date,
            title: title.map(title_key),
            fits_key: (author.id, date.and(date_id)),
        }
    }

    /// The year asked for, if any.
    fn year(&self) -> Option<i32> {
        self.date.and_then(CslDate::year)
    }

    /// Whether it names an author, perhaps a date, and no title.
    fn names_author_and_date_only(&self) -> bool {
        !self.keys.is_empty() && self.title.is_none()
    }

    /// The same author, any date and title.
    fn author_only(&self) -> Want<'a> {
        Want {
            keys: self.keys,
            whole: self.whole,
            all_named: self.all_named,
            date: None,
            title: None,
            fits_key: (self.fits_key.0, None),
        }
    }
}

/// Whether a work (`item`, with author keys `rk`) fits what a short form
/// asks for.
/// `title` is the title key of `item` ([`title_key`]), when the caller has
/// it already; it is computed otherwise.
fn fits(item: &CslItem, rk: &[String], title: Option<&str>, want: &Want) -> bool {
    let (author_keys, whole) = (want.keys, want.whole);
    let author_ok = if author_keys.is_empty() {
        true
    } else {
        // Japanese and Chinese short forms may give the family name alone
        // (`山田` for `山田太郎`).
        let cjk_family = |f: &String| {
            let a = &author_keys[0];
            a.chars().count() >= 2
                && a.chars().all(crate::segment::is_cjk)
                && f.starts_with(a.as_str())
        };
        // A short form names the first author (or the whole organisation):
        // `Martin` is not the work of `Kendsen and Martin`.
        // A family name of one Han character (`梅` of `梅・前掲注(3)`) is
        // no prefix to go by: it must be the family name read.
        let family_named = || {
            item.author
                .first()
                .and_then(|n| n.family.as_deref())
                .is_some_and(|f| {
                    f.chars().all(crate::segment::is_cjk) && crate::text::key(f) == author_keys[0]
                })
        };
        let first_ok = rk
            .first()
            .is_some_and(|f| *f == author_keys[0] || cjk_family(f) || f == whole || family_named());
        // `Terré, Simler et Lequette, op. cit.` names all the authors of
        // the work, not a later edition with a fourth: a list of names
        // without an et-al word is whole, as notes shorten a longer list
        // to `et al.`.
        first_ok
            && author_keys.iter().skip(1).all(|k| rk.contains(k))
            && (!want.all_named || rk.len() == author_keys.len())
    };
    // Cheapest first: the title comparison only runs for the works of the
    // right author and date.
    let date_ok = || match (want.date, &item.issued) {
        (Some(d), Some(i)) => dates_fit(d, i),
        (Some(_), None) => false,
        (None, _) => true,
    };
    // `MüKoBGB/Wagner, § 823 Rn. 14`: a chapter without a title of its
    // own (a commentary cited by the part a commentator wrote) is known by
    // its book.
    let own_title = item.title.as_ref().or_else(|| {
        item.container_title
            .as_ref()
            .filter(|_| item.kind == "chapter")
    });
    let title_ok = || match (&want.title, own_title) {
        // `Terré, Simler et Lequette, op. cit.`: the names after the first
        // are the work's other authors, no title.
        (Some(short), _) if co_authors_named(short, rk) => true,
        // `Kant, GMS, AA IV, 440`: the siglum the work declares.
        (Some(short), _)
            if item
                .title_short
                .as_deref()
                .is_some_and(|t| title_key(t) == *short) =>
        {
            true
        }
        (Some(short), Some(full)) => match title {
            Some(key) => crate::text::short_title_fits(short, key),
            None => crate::text::short_title_fits(short, &title_key(full)),
        },
        (Some(_), None) => false,
        (None, _) => true,
    };
    author_ok && date_ok() && title_ok()
}

/// The volume a short form names after its back-reference word, as the
/// grammars' `volume` locators read it: `上` of `李丙燾, 上揭書, 上卷,
/// 45쪽`, `2` of `王澤鑑，前揭書，第2卷，頁5`. The number alone, as a
/// work's `volume` field holds it.
fn short_volume<'t>(text: &'t str, grammar: &Grammar) -> Option<&'t str> {
    let m = grammar.volume.find(text)?;
    let (x, y) = m.number?;
    text.get(x..y)
}

/// Whether `short`, read as a short title after a first author's name,
/// is rather the names of the work's other authors (`Simler et Lequette`
/// of `Terré, Simler et Lequette, op. cit.`, `Terré, Lequette et
/// Chénedé`; the short title as a key or as written): names joined by
/// commas and short joining words, each the family name of an author
/// after the first of `rk`, all of them named.
fn co_authors_named(short: &str, rk: &[String]) -> bool {
    let words: Vec<&str> = short
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let others = rk.get(1..).unwrap_or(&[]);
    let (names, joins): (Vec<&str>, Vec<&str>) = words
        .iter()
        .partition(|w| others.contains(&crate::text::family_key(w)));
    !names.is_empty()
        && names.len() == others.len()
        && joins.iter().all(|w| *w == "&" || w.chars().count() <= 3)
}

/// A short form's author part without the initials that open it (`M.
/// Aragón Reyes` → `Aragón Reyes`, `J.-P. Sartre` → `Sartre`): a family
/// name of several words (Spanish and Portuguese double surnames) is then
/// whole, to be compared with a work's family name. Text that opens with
/// no initial followed by a space or a hyphen (`U.S. Department of
/// State`) is returned as it is.
fn without_initials(author: &str) -> &str {
    let mut rest = author.trim_start();
    loop {
        let mut chars = rest.chars();
        let initial = chars.next().is_some_and(char::is_uppercase) && chars.next() == Some('.');
        if !initial {
            return rest;
        }
        // An initial stands before a space or a hyphen (`J.-P.`); `U.S.
        // Department` and `M.Aragón` open with no initial of a person.
        let after = chars.as_str();
        let next = after.trim_start_matches('-').trim_start();
        if next.is_empty() || next.len() == after.len() {
            return rest;
        }
        rest = next;
    }
}

/// The author keys of a short form's author part (`Smith and Jones` →
/// `smith`, `jones`); a single word is a family name. And whether the
/// part names every author: two names or more, no et-al word.
fn short_author_keys(author_raw: &str, grammar: &Grammar) -> (Vec<String>, bool) {
    let names = parse_names(author_raw, NameOrder::Natural, grammar);
    let mut author_keys: Vec<String> = names
        .names
        .iter()
        .map(name_key)
        .filter(|k| !k.is_empty())
        .collect();
    // A single-word short author (`Cha`) is a family name, never a given name.
    if author_keys.is_empty() && !author_raw.trim().is_empty() {
        author_keys.push(crate::text::family_key(author_raw));
    }
    let all_named = author_keys.len() >= 2 && !names.et_al;
    (author_keys, all_named)
}

/// Links short form `ci` to reference `reference` through citation
/// `antecedent`, the earlier one it stands for, by the resolver's `rule`.
fn resolve_through(
    doc: &mut Document,
    ci: usize,
    reference: String,
    antecedent: String,
    rule: &'static str,
) {
    let c = &mut doc.citations[ci];
    c.reference = Some(reference);
    c.antecedent = Some(antecedent);
    c.status = Some(Status::Resolved);
    c.provenance = Some(Provenance { rule, score: 1.0 });
}

/// `Ders., a.a.O., S. 315`, `Id., op. cit., p. 5`: a word for the same
/// author and a back-reference word, with no title or date, name the
/// author of the citation just before and the work cited there, even
/// when the paper cites other works of that author. Links `ci` to the
/// work of the previous citation if that one is resolved; whether it did.
fn same_author_op_cit(doc: &mut Document, ci: usize, state: IbidState, g: &Grammar) -> bool {
    let IbidState::After(p) = state else {
        return false;
    };
    let c = &doc.citations[ci];
    let Some(short) = c.short.as_deref() else {
        return false;
    };
    if short.title.is_some() || short.date.is_some() || short.note.is_some() {
        return false;
    }
    let op_cit = short
        .word
        .as_deref()
        .and_then(|w| g.back_reference(w))
        .is_some_and(|(kind, _)| kind == BackRefKind::OpCit);
    let Some(at) = g.same_author_prefix(&c.text).filter(|_| op_cit) else {
        return false;
    };
    // The back-reference word follows the same-author word directly.
    if g.back_reference(&c.text[at..])
        .is_none_or(|(_, m)| m.start != 0)
    {
        return false;
    }
    let before = &doc.citations[p];
    let Some(rid) = before
        .reference
        .clone()
        .filter(|_| before.status == Some(Status::Resolved))
    else {
        return false;
    };
    let hid = before.id.clone();
    resolve_through(doc, ci, rid, hid, "same-author-previous");
    true
}

/// The running text's first citation of each work, and where each note's
/// first marker stands: an author-date paper cites its works in the
/// text, and a note's `박지성, 앞의 글, 120쪽` then points back to the
/// text's `(박지성, 2020)`. Read once; empty for a paper with no
/// in-text citation.
#[derive(Default)]
struct InTextFirst {
    /// Reference id → (start, index) of its first in-text citation.
    by_reference: HashMap<String, (usize, usize)>,
    /// (Chapter, note number) → start of the note's first marker.
    marker: HashMap<(u32, u32), usize>,
}

impl InTextFirst {
    fn new(doc: &Document) -> Self {
        let mut first = InTextFirst::default();
        for (i, c) in doc.citations.iter().enumerate() {
            let (Some(_), Some(r)) = (&c.site, &c.reference) else {
                continue;
            };
            let at = first
                .by_reference
                .entry(r.clone())
                .or_insert((c.span.start, i));
            if c.span.start < at.0 {
                *at = (c.span.start, i);
            }
        }
        if first.by_reference.is_empty() {
            return first;
        }
        for f in &doc.footnotes {
            if let Some(m) = f.markers.iter().map(|m| m.start).min() {
                first.marker.insert((f.chapter, f.number), m);
            }
        }
        first
    }

    /// The in-text citation of `reference` that stands before the marker
    /// of note `note` of `chapter` (before the note itself, when it has
    /// no marker).
    fn before(&self, reference: &str, chapter: u32, note: u32, note_start: usize) -> Option<usize> {
        let &(at, ci) = self.by_reference.get(reference)?;
        let limit = self
            .marker
            .get(&(chapter, note))
            .copied()
            .unwrap_or(note_start);
        (at < limit).then_some(ci)
    }
}

fn resolve_short(
    doc: &mut Document,
    ci: usize,
    (history, in_text): (&History, &InTextFirst),
    index: &BibIndex,
    grammar: &Grammar,
    diags: &mut Vec<Diagnostic>,
) {
    let parts = history.short_parts(doc, ci, grammar);
    let (want, author_keys) = (parts.want(), &parts.author.keys[..]);
    let (author_raw, date, title) = (&parts.author_raw, &parts.date, &parts.title);
    // Distinct works among earlier full citations that fit, in the order of
    // their first full citation: (reference, latest full citation).
    // How many fit, and the works: all of them with a title, the first few
    // otherwise (all that a finding shows).
    let (count, fitting) = if want.names_author_and_date_only() {
        history.count_fitting_untitled(doc, &want, MAX_CANDIDATES)
    } else {
        let named = history.named(doc, &want);
        (named.len(), named)
    };
    let mut works: Vec<(usize, usize)> = fitting
        .into_iter()
        .map(|w| (w.reference, w.latest))
        .collect();
    let mut count = count;
    // `王利明：前引书` of a book and an article by 王利明: the word says which.
    let kind = doc.citations[ci]
        .short
        .as_deref()
        .and_then(|s| s.word.as_deref())
        .and_then(|w| grammar.op_cit_kind(w));
    if let Some(kind) = kind.filter(|_| count > 1 && works.len() == count) {
        let book = |r: usize| doc.references[r].fields.kind == "book";
        let kept: Vec<(usize, usize)> = works
            .iter()
            .copied()
            .filter(|&(r, _)| book(r) == (kind == crate::grammar::OpCitKind::Book))
            .collect();
        if !kept.is_empty() {
            count = kept.len();
            works = kept;
        }
    }
    // `李丙燾, 上揭書, 下卷, 45쪽` of the 上卷 and 下卷 of a work: the
    // volume named says which.
    if count > 1 && works.len() == count {
        if let Some(volume) = short_volume(&doc.citations[ci].text, grammar) {
            let kept: Vec<(usize, usize)> = works
                .iter()
                .copied()
                .filter(|&(r, _)| doc.references[r].fields.volume.as_deref() == Some(volume))
                .collect();
            if !kept.is_empty() {
                count = kept.len();
                works = kept;
            }
        }
    }
    // `Carpenter, 138 S. Ct. at 2220` of a case and of articles whose
    // titles name it: the reporter and volume named say which.
    if count > 1 && works.len() == count {
        let text = &doc.citations[ci].text;
        let kept: Vec<(usize, usize)> = works
            .iter()
            .copied()
            .filter(|&(r, _)| {
                let f = &doc.references[r].fields;
                match (&f.volume, &f.container_title) {
                    (Some(v), Some(rep)) if f.kind == "legal_case" => {
                        text.contains(&format!(" {v} {rep} "))
                    }
                    _ => false,
                }
            })
            .collect();
        if !kept.is_empty() {
            count = kept.len();
            works = kept;
        }
    }
    // `Jens Ulf Jørgensen, anf. arb.` of works by two Jørgensens: the
    // given names written out say which.
    if count > 1 && works.len() == count {
        let given = parse_names(author_raw, NameOrder::Natural, grammar)
            .names
            .first()
            .and_then(|n| n.given.as_deref().map(crate::text::key))
            .filter(|g| !g.is_empty());
        if let Some(given) = given {
            let kept: Vec<(usize, usize)> = works
                .iter()
                .copied()
                .filter(|&(r, _)| {
                    doc.references[r]
                        .fields
                        .author
                        .first()
                        .and_then(|a| a.given.as_deref())
                        .is_some_and(|g| crate::text::key(g) == given)
                })
                .collect();
            if !kept.is_empty() {
                count = kept.len();
                works = kept;
            }
        }
    }
    // `BGH, a.a.O., Rn. 30` after two decisions of the court: the one
    // cited last.
    if count > 1 && works.len() == count && kind.is_none() {
        let cases = works
            .iter()
            .all(|&(r, _)| doc.references[r].fields.kind == "legal_case");
        let worded = doc.citations[ci]
            .short
            .as_deref()
            .is_some_and(|s| s.word.is_some());
        if let Some(&last) = works
            .iter()
            .max_by_key(|&&(_, hc)| hc)
            .filter(|_| cases && worded)
        {
            works = vec![last];
            count = 1;
        }
    }
    let (span, fnote, chapter, text) = {
        let c = &doc.citations[ci];
        (c.span, c.footnote, c.chapter, c.text.clone())
    };
    match count {
        1 => {
            let (r, hc) = works[0];
            let (rid, hid) = (doc.references[r].id.clone(), doc.citations[hc].id.clone());
            // `Indian Famine Commission, 35.`: a work without an author
            // cited again by its title alone (Chicago 14.75).
            let rule = if date.is_some() {
                "short-author-date"
            } else if title.is_some() && author_raw.trim().is_empty() {
                "short-title"
            } else if title.is_some() {
                "short-author-title"
            } else {
                "short-author"
            };
            resolve_through(doc, ci, rid, hid, rule);
        }
        0 => {
            // A short citation by author and title with no back-reference
            // word (`Rawls, Theory of Justice, 12`, `罗尔斯：《正义论》，第
            // 12页`) where the bibliography lists the work: a paper with a
            // full bibliography may shorten every note, the first too.
            // The bibliography entries that fit, though no note cites them in
            // full: whether one fits, or more (two tell).
            let fitting: Vec<usize> = index
                .by_author_lookup(author_keys, want.whole)
                .into_iter()
                .filter(|&i| {
                    let empty = Vec::new();
                    let rk = index.authors.get(&i).unwrap_or(&empty);
                    let title = index.title_keys.get(&i).map(String::as_str);
                    fits(&doc.references[i].fields, rk, title, &want)
                })
                .take(2)
                .collect();
            let worded = doc.citations[ci]
                .short
                .as_deref()
                .is_some_and(|s| s.word.is_some());
            // `M. Uliescu (coord.), op. cit.` after a chapter of the book
            // Uliescu edited: that book, as the list gives it (an entry of
            // the editor with the book's title) or else as the chapter's
            // reference gives it.
            if let Some((r, hc, book)) = history.edited_container(&want, grammar).filter(|_| worded)
            {
                let listed = fitting.iter().copied().find(|&i| {
                    // `Noul Cod civil. Studii și comentarii, vol. III`:
                    // the list may give the volume with the title.
                    index.title_keys.get(&i).is_some_and(|t| {
                        t.strip_prefix(book)
                            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                    })
                });
                let rid = doc.references[listed.unwrap_or(r)].id.clone();
                let hid = doc.citations[hc].id.clone();
                resolve_through(doc, ci, rid, hid, "short-editor-of-book");
                return;
            }
            let margin = doc.citations[ci]
                .locator
                .as_ref()
                .is_some_and(|l| l.label == "margin");
            // `BeckOK DatenschutzR/Worms, Art. 17 DS-GVO, Rn. 35`: a
            // commentary cited by its abbreviation and a commentator at a
            // margin number is the list's entry of that commentary, whoever
            // wrote the part.
            if fitting.is_empty() && !worded && margin {
                let cited = title.as_deref().map(|t| CslItem {
                    container_title: Some(t.to_string()),
                    ..Default::default()
                });
                if let Some(m) = cited.and_then(|c| match_commentary(doc, index, &c)) {
                    let rid = doc.references[m.index].id.clone();
                    let c = &mut doc.citations[ci];
                    c.reference = Some(rid);
                    c.status = Some(Status::Resolved);
                    c.provenance = Some(Provenance {
                        rule: "bibliography-commentary",
                        score: 1.0,
                    });
                    return;
                }
            }
            if let [i] = fitting[..] {
                // `박지성, 앞의 글, 120쪽` in a note of a paper that cites
                // by author and year: the work the running text cited
                // before the note, the one of the list by that author.
                let rid = doc.references[i].id.clone();
                let earlier = fnote.and_then(|n| in_text.before(&rid, chapter, n, span.start));
                if let Some(hc) = earlier.filter(|_| worded) {
                    let hid = doc.citations[hc].id.clone();
                    resolve_through(doc, ci, rid, hid, "short-author-in-text");
                    return;
                }
                // `Palandt/Sprau, § 823 Rn. 83`: a commentary or textbook
                // by its author alone at a margin number, as law notes cite
                // the one work of the list under that name.
                if !worded && (title.is_some() || margin) {
                    let rid = doc.references[i].id.clone();
                    let c = &mut doc.citations[ci];
                    c.reference = Some(rid);
                    c.status = Some(Status::Resolved);
                    c.provenance = Some(Provenance {
                        rule: "bibliography-short",
                        score: 1.0,
                    });
                    return;
                }
            }
            doc.citations[ci].status = Some(Status::Dangling);
            let mut d = Diagnostic::new(
                Code::DanglingShortForm,
                span,
                format!(
                    "`{}` points to no earlier full citation",
                    text.trim_end_matches('.')
                ),
            )
            .with_label(format!(
                "no earlier note cites {} in full",
                wanted(author_raw, date.as_ref(), title.as_deref())
            ))
            .in_footnote(fnote, chapter);
            for note in nearest_candidates(doc, history, author_keys, &want) {
                d = d.with_note(note);
            }
            // A bibliography entry that fits, though no note cites it in full.
            if fitting.len() == 1 {
                let r = &doc.references[fitting[0]];
                d = d.with_note(format!(
                    "the bibliography lists {} (entry {}), but no earlier note cites it",
                    describe(&r.fields),
                    r.bibliography_index.unwrap_or(0)
                ));
                let rid = r.id.clone();
                let c = &mut doc.citations[ci];
                c.reference = Some(rid);
                c.provenance = Some(Provenance {
                    rule: "bibliography-fallback",
                    score: 1.0,
                });
            }
            if d.notes.is_empty() {
                d = d.with_note(match title.as_deref() {
                    Some(t) if author_raw.trim().is_empty() => {
                        format!("no earlier citation of a work titled `{t}`")
                    }
                    _ => format!("no earlier citation by `{}`", author_raw.trim()),
                });
            }
            diags.push(d);
        }
        _ => {
            // The first few candidates, in the order they were cited.
            let ids: Vec<(std::rc::Rc<str>, usize)> = works
                .iter()
                .take(MAX_CANDIDATES)
                .map(|&(r, hc)| (history.describe(doc, r), hc))
                .collect();
            doc.citations[ci].status = Some(Status::Ambiguous);
            let mut d = Diagnostic::new(
                Code::AmbiguousShortForm,
                span,
                format!(
                    "`{}` fits {} different works",
                    text.trim_end_matches('.'),
                    count
                ),
            )
            .with_label(format!(
                "{} could be any of these",
                wanted(author_raw, date.as_ref(), title.as_deref())
            ))
            .in_footnote(fnote, chapter);
            for (desc, hc) in ids {
                let c = &doc.citations[hc];
                d = d.with_note(format!(
                    "candidate: {desc}{}",
                    c.footnote
                        .map(|n| format!(", cited in full in note {n}"))
                        .unwrap_or_default()
                ));
                d = d.with_secondary(c.span, "a work that fits");
            }
            if count > MAX_CANDIDATES {
                d = d.with_note(format!(
                    "and {} more works that fit",
                    count - MAX_CANDIDATES
                ));
            }
            diags.push(d);
        }
    }
}

fn wanted(author: &str, date: Option<&CslDate>, title: Option<&str>) -> String {
    // A work without an author, named by its title alone.
    if let (true, Some(t)) = (author.trim().is_empty(), title) {
        return format!("title `{t}`");
    }
    let mut s = format!("`{}`", author.trim());
    if let Some(d) = date {
        s.push_str(&format!(
            " with date `{}`",
            d.raw
                .clone()
                .unwrap_or_else(|| d.year().map(|y| y.to_string()).unwrap_or_default())
        ));
    }
    if let Some(t) = title {
        s.push_str(&format!(" and title `{t}`"));
    }
    s
}

/// Notes naming the works nearest to a short form that found none: the
/// same author with another date or title first, then the most similar
/// names; [`MAX_CANDIDATES`] at most, and how many more there are.
fn nearest_candidates(
    doc: &Document,
    history: &History,
    author_keys: &[String],
    want: &Want,
) -> Vec<String> {
    let any_date = want.author_only();
    let mut same: Vec<usize> = history
        .fitting(doc, &any_date)
        .into_iter()
        .filter_map(|w| history.work_of.get(&w.reference).copied())
        .collect();
    same.sort_unstable();
    same.dedup();
    let mut similar: Vec<(f64, usize)> = author_keys
        .first()
        .map(|a| {
            history
                .similar_first_authors(a)
                .into_iter()
                .filter(|w| same.binary_search(w).is_err())
                .map(|w| {
                    let k = history.works[w].keys.first().map_or("", String::as_str);
                    (crate::text::similarity(a, k), w)
                })
                .collect()
        })
        .unwrap_or_default();
    similar.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    let total = same.len() + similar.len();
    let shown: Vec<usize> = same
        .iter()
        .copied()
        .chain(similar.iter().map(|&(_, w)| w))
        .take(MAX_CANDIDATES)
        .collect();
    let mut notes: Vec<String> = shown
        .into_iter()
        .filter_map(|w| history.works.get(w))
        .map(|w| {
            let c = &doc.citations[w.latest];
            format!(
                "candidate: {}{}",
                history.describe(doc, w.reference),
                c.footnote
                    .map(|n| format!(", cited in full in note {n}"))
                    .unwrap_or_default()
            )
        })
        .collect();
    if total > MAX_CANDIDATES {
        notes.push(format!(
            "and {} more works by similar names",
            total - MAX_CANDIDATES
        ));
    }
    notes
}

fn resolve_supra(
    doc: &mut Document,
    ci: usize,
    notes: &mut NoteIndex,
    history: &History,
    grammar: &Grammar,
    diags: &mut Vec<Diagnostic>,
) {
    let parts = history.short_parts(doc, ci, grammar);
    let (want, author_keys) = (parts.want(), &parts.author.keys[..]);
    let author_raw = &parts.author_raw;
    // `supra note 4` in a book numbered per chapter is note 4 of the
    // chapter it stands in.
    let (span, fnote, chapter, note) = {
        let c = &doc.citations[ci];
        (
            c.span,
            c.footnote,
            c.chapter,
            c.short.as_ref().and_then(|s| s.note),
        )
    };
    let Some(n) = note else {
        doc.citations[ci].status = Some(Status::Dangling);
        diags.push(
            Diagnostic::new(Code::DanglingShortForm, span, "`supra` names no note")
                .in_footnote(fnote, chapter),
        );
        return;
    };
    let named = !author_raw.trim().is_empty();
    // The works note `n` of chapter `ch` cites before this citation, those
    // of the author named if one is.
    let mut works_of = |ch: u32| -> (bool, Vec<(String, String)>) {
        let mut works: Vec<(String, String)> = Vec::new();
        let earlier: Vec<usize> = notes
            .in_note(ch, n)
            .iter()
            .copied()
            .take_while(|&c| c < ci)
            .collect();
        for &c in &earlier {
            let Some(r) = doc.citations[c].reference.clone() else {
                continue;
            };
            let Some(ri) = notes.reference(doc, &r) else {
                continue;
            };
            let rf = &doc.references[ri];
            let author_ok = !named
                || case_named(&rf.fields, author_raw)
                || title_named(&rf.fields, author_raw)
                || fits(&rf.fields, &keys(&rf.fields), None, &want)
                || doc.citations[c]
                    .fields
                    .as_deref()
                    .is_some_and(|f| part_author_fits(f, &want));
            if author_ok && !works.iter().any(|w| w.0 == r) {
                works.push((r, doc.citations[c].id.clone()));
            }
        }
        (!earlier.is_empty(), works)
    };
    let (found, mut works) = works_of(chapter);
    // Notes numbered again on each page (`①` of Chinese and Japanese law
    // journals) point back to a note of an earlier page: `同前注③，王利明
    // 文` on page 3 is the latest note ③ before it that cites 王利明, and
    // `前引③` where its page has no note ③ yet the latest note ③ of a page
    // before. The chapters of a book numbered per chapter are read alike.
    if works.is_empty() && (named || !found) {
        for ch in (1..chapter).rev() {
            let (found, before) = works_of(ch);
            if !before.is_empty() || (found && !named) {
                works = before;
                break;
            }
        }
    }
    // `Krause (Fn. 15), S. 80` where note 15 cites a book and an article
    // at pages 521–530: the page is not the article's.
    if works.len() > 1 {
        let page = doc.citations[ci]
            .locator
            .as_ref()
            .filter(|l| l.label == "page")
            .and_then(|l| {
                let digits = l.value.find(|c: char| !c.is_ascii_digit());
                l.value[..digits.unwrap_or(l.value.len())]
                    .parse::<u32>()
                    .ok()
            });
        if let Some(page) = page {
            let within: Vec<(String, String)> = works
                .iter()
                .filter(|(r, _)| {
                    notes.reference(doc, r).is_none_or(|ri| {
                        doc.references[ri]
                            .fields
                            .page
                            .as_deref()
                            .and_then(page_bounds)
                            .is_none_or(|(lo, hi)| lo == hi || (lo..=hi).contains(&page))
                    })
                })
                .cloned()
                .collect();
            if !within.is_empty() {
                works = within;
            }
        }
    }
    match works.len() {
        1 => {
            resolve_through(
                doc,
                ci,
                works[0].0.clone(),
                works[0].1.clone(),
                "supra-note",
            );
        }
        0 => {
            doc.citations[ci].status = Some(Status::Dangling);
            let why = if doc.footnote_in(chapter, n).is_none() {
                format!("there is no note {n}")
            } else if fnote.is_some_and(|f| n >= f) {
                format!("note {n} does not come before this note")
            } else {
                format!("note {n} cites nothing that fits")
            };
            let mut d = Diagnostic::new(
                Code::DanglingShortForm,
                span,
                format!("`supra` points to note {n}, which cites no such work"),
            )
            .with_label(why)
            .in_footnote(fnote, chapter);
            if !author_raw.trim().is_empty() {
                for note in nearest_candidates(doc, history, author_keys, &want) {
                    d = d.with_note(note);
                }
            }
            diags.push(d);
        }
        k => {
            doc.citations[ci].status = Some(Status::Ambiguous);
            let mut d = Diagnostic::new(
                Code::AmbiguousShortForm,
                span,
                format!("note {n} cites {k} works; `supra` does not say which"),
            )
            .in_footnote(fnote, chapter);
            for (r, _) in &works {
                if let Some(ri) = notes.reference(doc, r) {
                    let rf = &doc.references[ri];
                    d = d.with_note(format!("candidate: {}", describe(&rf.fields)));
                }
            }
            diags.push(d);
        }
    }
}

/// Whether a short form names the author of a part of a work cited in
/// note N, where the note's citation links to the whole work: `Papier (Fn.
/// 1)` after `Papier, in: Maunz/Dürig, GG, Art. 34 Rn. 12` (the
/// commentator), `Palandt/Sprau (Fn. 10)` (the editor and the
/// commentator), `MüKoBGB/Wagner (Fn. 9)` (the commentary's abbreviation
/// and the commentator). Only parts cited without their own title.
fn part_author_fits(cited: &CslItem, want: &Want) -> bool {
    if cited.title.is_some() || cited.author.is_empty() {
        return false;
    }
    let own = keys(cited);
    let lead: Vec<String> = if cited.editor.is_empty() {
        cited
            .container_title
            .iter()
            .map(|t| {
                name_key(&crate::model::CslName {
                    family: Some(t.clone()),
                    ..Default::default()
                })
            })
            .collect()
    } else {
        cited.editor.iter().map(name_key).collect()
    };
    let led: Vec<String> = lead.into_iter().chain(own.iter().cloned()).collect();
    fits(cited, &own, None, want) || fits(cited, &led, None, want)
}

/// `(Author, Date)`: matched on author and date, first against the
/// bibliography, then against earlier full citations.
#[allow(clippy::too_many_arguments)]
fn resolve_author_date(
    doc: &mut Document,
    index: &BibIndex,
    ci: usize,
    history: &History,
    grammar: &Grammar,
    has_bibliography: bool,
    note_only: &mut NoteOnly,
    diags: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let ShortParts {
        author,
        author_raw,
        date,
        date_id,
        ..
    } = history.short_parts(doc, ci, grammar);
    let author_keys: &[String] = &author.keys;
    let want = Want::new(&author, date.as_ref(), date_id, None);
    let empty = Vec::new();
    let mut bib: Vec<usize> = [author_keys.first().map(String::as_str), Some(want.whole)]
        .into_iter()
        .flatten()
        .flat_map(|k| index.authored(k, date.as_ref().and_then(CslDate::year)))
        .copied()
        .filter(|&i| {
            doc.references.get(i).is_some_and(|r| {
                let title = index.title_keys.get(&i).map(String::as_str);
                fits(
                    &r.fields,
                    index.authors.get(&i).unwrap_or(&empty),
                    title,
                    &want,
                )
            })
        })
        .collect();
    bib.sort_unstable();
    bib.dedup();
    // The year letter (`Allen 2009a`) picks among the author's works of
    // that year that carry letters; a letter none of them has fits none.
    let letter = doc.citations[ci]
        .short
        .as_ref()
        .and_then(|s| s.date.as_deref())
        .and_then(|d| d.trim().get(4..))
        .and_then(|r| r.chars().next())
        .filter(char::is_ascii_lowercase);
    if let Some(letter) = letter.filter(|_| bib.len() > 1) {
        let lettered = |r: &usize| doc.references.get(*r).and_then(|r| r.year_suffix);
        if bib.iter().any(|r| lettered(r).is_some()) {
            bib.retain(|r| lettered(r) == Some(letter));
        }
    }
    let earlier: BTreeSet<usize> = history
        .fitting(doc, &want)
        .into_iter()
        .map(|w| w.reference)
        .collect();
    let candidates: Vec<usize> = if bib.is_empty() {
        earlier.into_iter().collect()
    } else {
        bib
    };
    let c = &doc.citations[ci];
    let (span, fnote, chapter) = (c.span, c.footnote, c.chapter);
    match candidates.len() {
        1 => {
            let rid = doc.references[candidates[0]].id.clone();
            let c = &mut doc.citations[ci];
            c.reference = Some(rid);
            c.status = Some(Status::Resolved);
            c.provenance = Some(Provenance {
                rule: "author-date",
                score: 1.0,
            });
            Some(candidates[0])
        }
        0 => {
            if let Some((r, hc)) = title_read_as_author_date(doc, history, ci, &author_raw) {
                let (rid, hid) = (doc.references[r].id.clone(), doc.citations[hc].id.clone());
                doc.citations[ci].kind = CitationKind::Short;
                resolve_through(doc, ci, rid, hid, "short-title");
                return Some(r);
            }
            // A work named only here.
            let mut item = CslItem {
                kind: "document".into(),
                ..Default::default()
            };
            item.author = parse_names(&author_raw, NameOrder::Natural, grammar).names;
            item.issued = date.clone();
            let fields = item.clone();
            let found = match_bibliography(doc, index, &fields, grammar);
            let reported = diags.len();
            let r = link_full(doc, found, ci, &fields, has_bibliography, note_only, diags);
            // `Muldrew 1989` when the bibliography has `Muldrew 1998`: the
            // same author's entries with another year are named.
            let missing = diags
                .iter()
                .skip(reported)
                .position(|d| d.code == Code::MissingFromBibliography)
                .map(|p| p + reported);
            if let Some(pos) = missing {
                let same = want.author_only();
                let mut others: Vec<usize> = author_keys
                    .first()
                    .map(|k| index.authored(k, None))
                    .unwrap_or_default()
                    .iter()
                    .copied()
                    .filter(|&i| {
                        doc.references.get(i).is_some_and(|r| {
                            r.bibliography_index.is_some()
                                && fits(
                                    &r.fields,
                                    index.authors.get(&i).unwrap_or(&empty),
                                    None,
                                    &same,
                                )
                        })
                    })
                    .collect();
                others.sort_unstable();
                others.dedup();
                const SHOWN: usize = 3;
                let mut d = diags[pos].clone();
                for &o in others.iter().take(SHOWN) {
                    let entry = &doc.references[o];
                    d = d
                        .with_secondary(entry.span, "an entry by the same author")
                        .with_note(format!(
                            "the bibliography has {} by the same author",
                            describe(&entry.fields)
                        ));
                }
                if others.len() > SHOWN {
                    d = d.with_note(format!(
                        "and {} more entries by the same author",
                        others.len() - SHOWN
                    ));
                }
                diags[pos] = d;
            }
            Some(r)
        }
        _ => {
            doc.citations[ci].status = Some(Status::Ambiguous);
            let mut d = Diagnostic::new(
                Code::AmbiguousShortForm,
                span,
                format!(
                    "`{}` fits {} different works",
                    doc.citations[ci].text,
                    candidates.len()
                ),
            )
            .in_footnote(fnote, chapter);
            for &r in &candidates {
                d = d.with_note(format!(
                    "candidate: {}",
                    describe(&doc.references[r].fields)
                ));
            }
            diags.push(d);
            None
        }
    }
}

/// `Famine Inquiry Report 1880, 52.`: in a note, what reads as an author
/// and a year (`author_raw`, then the date as written) may be the title of
/// a work without an author, cited in full before, whose title holds that
/// year (a title cited again whole or shortened, Chicago 14.75). The one
/// such work, with its latest full citation; `None` where none or more fit,
/// or where some word of the title is in no earlier work's title (the test
/// that spares the names of persons a look at every work).
fn title_read_as_author_date(
    doc: &Document,
    history: &History,
    ci: usize,
    author_raw: &str,
) -> Option<(usize, usize)> {
    let c = &doc.citations[ci];
    c.footnote?;
    let date = c.short.as_ref()?.date.as_deref()?.trim();
    let short = title_key(&format!("{} {date}", author_raw.trim()));
    history.title_word_ids(&short)?;
    let nobody = ShortAuthor {
        keys: std::rc::Rc::from([]),
        whole: std::rc::Rc::from(""),
        all_named: false,
        id: u32::MAX,
    };
    let want = Want::new(&nobody, None, None, Some(&short));
    let mut found = history
        .named(doc, &want)
        .into_iter()
        .filter(|w| w.keys.is_empty());
    let work = found.next()?;
    found
        .next()
        .is_none()
        .then_some((work.reference, work.latest))
}

/// Marker and numbering checks: markers without notes, notes without
/// markers, gaps, duplicates, order. When notes are numbered per chapter,
/// each chapter's notes and markers are checked on their own.
pub fn check_notes(doc: &mut Document) {
    let mut diags = Vec::new();
    let of = in_chapter(doc.chapters());
    let numbers: HashSet<(u32, u32)> = doc
        .footnotes
        .iter()
        .map(|f| (f.chapter, f.number))
        .collect();
    let marked: HashSet<(u32, u32)> = doc.markers.iter().map(|m| (m.chapter, m.number)).collect();
    for m in &doc.markers {
        if !numbers.contains(&(m.chapter, m.number)) {
            let chapter = of(m.chapter);
            diags.push(
                Diagnostic::new(
                    Code::MissingFootnote,
                    m.span,
                    format!("marker {}{chapter} has no footnote", m.number),
                )
                .with_label(format!("there is no footnote {}{chapter}", m.number))
                .in_footnote(Some(m.number), m.chapter),
            );
        }
    }
    if !doc.markers.is_empty() {
        for f in &doc.footnotes {
            if f.markers.is_empty() {
                diags.push(
                    Diagnostic::new(
                        Code::OrphanFootnote,
                        f.label,
                        format!(
                            "footnote {}{} has no marker in the text",
                            f.number,
                            of(f.chapter)
                        ),
                    )
                    .with_label("nothing in the body points here")
                    .in_footnote(Some(f.number), f.chapter),
                );
            }
        }
    }
    // Footnote numbering.
    let mut prev: Option<(u32, u32)> = None;
    for f in &doc.footnotes {
        let chapter = of(f.chapter);
        if let Some((_, p)) = prev.filter(|&(c, _)| c == f.chapter) {
            if f.number == p {
                diags.push(
                    Diagnostic::new(
                        Code::FootnoteSequence,
                        f.label,
                        format!("footnote {}{chapter} appears twice", f.number),
                    )
                    .in_footnote(Some(f.number), f.chapter),
                );
            } else if f.number > p + 1
                && (p + 1..f.number).any(|n| !marked.contains(&(f.chapter, n)))
            {
                // Numbers that have a marker are reported as `missing-footnote`.
                let missing = if f.number == p + 2 {
                    format!("{}", p + 1)
                } else {
                    format!("{}–{}", p + 1, f.number - 1)
                };
                diags.push(
                    Diagnostic::new(
                        Code::FootnoteSequence,
                        f.label,
                        format!("footnote numbering{chapter} skips from {p} to {}", f.number),
                    )
                    .with_note(format!("expected footnote {}, missing: {missing}", p + 1))
                    .in_footnote(Some(f.number), f.chapter),
                );
            } else if f.number < p {
                diags.push(
                    Diagnostic::new(
                        Code::FootnoteSequence,
                        f.label,
                        format!("footnote {} comes after footnote {p}{chapter}", f.number),
                    )
                    .in_footnote(Some(f.number), f.chapter),
                );
            }
        }
        prev = Some((f.chapter, f.number));
    }
    // Marker order and repeats.
    let mut last: Option<(u32, u32)> = None;
    let mut seen = HashSet::default();
    for m in &doc.markers {
        let chapter = of(m.chapter);
        let last_here = last.filter(|&(c, _)| c == m.chapter).map(|(_, l)| l);
        if !seen.insert((m.chapter, m.number)) {
            diags.push(
                Diagnostic::new(
                    Code::FootnoteSequence,
                    m.span,
                    format!("marker {}{chapter} appears more than once", m.number),
                )
                .in_footnote(Some(m.number), m.chapter),
            );
        } else if let Some(l) = last_here {
            if m.number < l {
                diags.push(
                    Diagnostic::new(
                        Code::FootnoteSequence,
                        m.span,
                        format!("marker {} comes after marker {l}{chapter}", m.number),
                    )
                    .with_label("out of order")
                    .in_footnote(Some(m.number), m.chapter),
                );
            }
        }
        last = Some((m.chapter, last_here.map_or(m.number, |l| l.max(m.number))));
    }
    doc.diagnostics.extend(diags);
}

/// What names a chapter's note in messages: nothing when the notes form one
/// run of numbers, ` of chapter N` when they are numbered per chapter.
fn in_chapter(chapters: u32) -> impl Fn(u32) -> String {
    move |chapter| {
        if chapters > 1 {
            format!(" of chapter {chapter}")
        } else {
            String::new()
        }
    }
}

/// References whose author, title or date could not be read.
pub fn check_parsing(doc: &mut Document) {
    let mut diags = Vec::new();
    for r in &doc.references {
        if r.bibliography_index.is_none() {
            continue;
        }
        let missing = unread_fields(&r.fields, false);
        if !missing.is_empty() {
            diags.push(
                Diagnostic::new(
                    Code::UnparsedReference,
                    r.span,
                    format!(
                        "could not read the {} of bibliography entry {}",
                        missing.join(", "),
                        r.bibliography_index.unwrap_or(0)
                    ),
                )
                .with_label("this entry"),
            );
        }
    }
    for c in &doc.citations {
        if c.kind != CitationKind::Full {
            continue;
        }
        let Some(f) = &c.fields else { continue };
        // A citation may name its outlet instead of an author.
        let mut missing = unread_fields(f, true);
        // A work quoted through another (`X，转引自 Y`) is named by its
        // author and title alone: its date is the other work's business.
        if c.indirect {
            missing.retain(|m| *m != "date");
        }
        if !missing.is_empty() {
            diags.push(
                Diagnostic::new(
                    Code::UnparsedReference,
                    c.span,
                    format!("could not read the {} of this citation", missing.join(", ")),
                )
                .in_footnote(c.footnote, c.chapter),
            );
        }
    }
    doc.diagnostics.extend(diags);
}

/// The fields of `f` that could not be read: author (unless a container
/// stands in for it in a `citation`), title (unless a citation names the
/// journal and first page instead: `Schmidt, NJW 2005, 1234`), date.
fn unread_fields(f: &CslItem, citation: bool) -> Vec<&'static str> {
    let mut missing = Vec::new();
    // An archival source is named by its archive and shelfmark; many
    // have neither author nor date. A collection held by an archive is
    // known by its name and its holder (`《巴县档案》，四川省档案馆藏`).
    if f.archive
        .as_deref()
        .is_some_and(|a| a.location.is_some() || f.title.is_some())
    {
        return missing;
    }
    // A decision has a court, no author (`대법원 2010. 4. 22. 선고 …`).
    // A statute is known by its name alone (`민법`, `民法`).
    // A classical work is known by its title (`『高麗史』 卷78`).
    // A standard is known by its title and its number (`IEEE Std
    // 1547-2018`), its body no author.
    if matches!(f.kind.as_str(), "legislation" | "classic") && f.title.is_some()
        || f.kind == "standard" && f.title.is_some() && f.number.is_some()
    {
        return Vec::new();
    }
    // A newspaper's issue, a day's debates, a numbered paper: known by
    // the outlet or series and the date or number; a newspaper named alone
    // in a list of sources (`The Times (London).`), a paper of an official
    // series with its title.
    if untitled_source(f) || outlet(f) {
        return Vec::new();
    }
    let decision = f.kind == "legal_case" && f.publisher.is_some();
    // A case is known by its parties and its report, in a list of cases
    // too (`Donoghue v Stevenson [1932] AC 562 (HL)`), or by its court's
    // number for it (`Carter v Canada (Attorney General), 2015 SCC 5`).
    let reported = f.kind == "legal_case"
        && f.title.is_some()
        && (f.container_title.is_some() || f.publisher.is_some() && f.number.is_some());
    // An edited work with a title of its own is known by it and its
    // editors (`Title / под ред. …`, `Title, ed. Ann Poe`).
    let edited = !f.editor.is_empty() && f.title.is_some() && f.container_title.is_none();
    // A work known by its title, with no author (`Recopilación de leyes de
    // los reinos de las Indias, Madrid, Julián de Paredes, 1681`,
    // `RESTATEMENT (SECOND) OF TORTS § 652B (AM. L. INST. 1977)`): a book
    // read with its title, its town or publisher, and its year.
    let titled_book = f.kind == "book"
        && f.title.is_some()
        && (f.publisher_place.is_some() || f.publisher.is_some())
        && f.issued.is_some();
    // An official paper by its title, its number and year (`Report of the
    // Committee on Ministers' Powers (Cmd 4060, 1932)`).
    let titled_paper =
        f.kind == "report" && f.title.is_some() && f.number.is_some() && f.issued.is_some();
    // An unsigned newspaper article, known by its paper and day (`New
    // York Times, "Title," March 3, 1998.`).
    let unsigned_news = f.kind == "article-newspaper"
        && f.container_title.is_some()
        && f.issued.as_ref().and_then(CslDate::day).is_some();
    if f.author.is_empty()
        && !reported
        && !edited
        && !titled_book
        && !titled_paper
        && !unsigned_news
        && !(citation && (f.container_title.is_some() || decision))
    {
        missing.push("author");
    }
    // A contribution cited by its book and the book's editors needs no
    // title of its own either (`Vogel, in: Kramer (Hrsg.), Handbuch`).
    // A part of a commentary is cited by the commentary's name
    // (`MüKoBGB/Wagner, § 823 Rn. 45`), a decision by its collection or
    // journal and page (`BVerfGE 7, 198`).
    let by_book = f.container_title.is_some()
        && (f.page.is_some() || !f.editor.is_empty() || f.kind == "chapter");
    // A decision of a court and day needs none (`東京地判令和4年3月1日LEX/DB…`).
    // Nor does a list's entry for such a contribution (`Olejniczak A., [w:]
    // Kodeks cywilny. Komentarz, red. A. Kidyba, Warszawa 2014.`).
    let listed_contribution = f.kind == "chapter" && by_book && !f.editor.is_empty();
    if f.title.is_none()
        && !listed_contribution
        && !(citation && (by_book || (decision && f.issued.is_some())))
    {
        missing.push("title");
    }
    // Nor a date: the entry has it (`Vogel, in: Kramer (Hrsg.), Handbuch,
    // Bd. 2, Rn. 88`), or the collection's volume dates the decision.
    let contribution = citation && f.title.is_none() && by_book && !f.editor.is_empty();
    let collected = citation && f.kind == "legal_case" && f.volume.is_some();
    // A court's headnote in a legal database is known by its number
    // (`RIS-Justiz RS0012345`), which no date goes with.
    let in_database = citation
        && f.kind == "legal_case"
        && f.number.is_some()
        && f.container_title.is_some()
        && f.publisher.is_none();
    // A web page is dated by the day it was read (`accessed 3 May 2021`).
    // So is a work kept up to date, by the day of its state (`BeckOK
    // Datenschutzrecht, 45. Ed., München, Stand: 1.8.2023`, `Grundgesetz.
    // Kommentar, Loseblatt, München, Stand: August 2023`): its one date.
    let read = f.accessed.is_some();
    // An entry that says it has none (`n.d.`, `in press`) is read whole.
    let stated = f.status.is_some();
    if f.issued.is_none() && !stated && !contribution && !collected && !read && !in_database {
        missing.push("date");
    }
    missing
}

/// Whether `f` is a case whose name holds the words of `short`, as a case
/// is named later by one party (`Simms (n 5) 131`, `Miller (n 23) [81]`).
fn case_named(f: &CslItem, short: &str) -> bool {
    let words: Vec<&str> = short.split_whitespace().collect();
    f.kind == "legal_case"
        && f.author.is_empty()
        && (1..=4).contains(&words.len())
        && f.title.as_deref().is_some_and(|t| {
            let title: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).collect();
            words.iter().all(|w| title.contains(w))
        })
}

/// `Akten der Reichskanzlei (wie Anm. 8)`: a work without authors (an
/// edition, a collection of sources) named by the first words of its
/// title in the place of an author, one to six words.
fn title_named(f: &CslItem, short: &str) -> bool {
    let short = short.trim();
    // A work by an author cited by its whole title (`THE FEDERALIST NO.
    // 78, supra note 16`, its author named in a bracket after the title).
    if !f.author.is_empty() {
        return f.title.as_deref() == Some(short);
    }
    (1..=6).contains(&short.split_whitespace().count())
        && f.title.as_deref().is_some_and(|t| {
            t.get(..short.len()).is_some_and(|head| head == short)
                && !t[short.len()..].starts_with(char::is_alphanumeric)
        })
}

/// Span helper for callers that need the whole extent of pieces.
pub fn pieces_span(pieces: &[Span]) -> Span {
    match (pieces.first(), pieces.last()) {
        (Some(a), Some(b)) => Span::new(a.start, b.end),
        _ => Span::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A note's citations, found in the sorted runs, are those a map
        /// from each note to its citations holds, in document order.
        #[test]
        fn a_notes_citations_are_the_maps(
            placed in proptest::collection::vec(
                proptest::option::of((0u32..3, 0u32..6)),
                0..40,
            ),
        ) {
            let mut doc = Document {
                style: crate::model::CitationStyle::None,
                footnotes: Vec::new(),
                markers: Vec::new(),
                citations: Vec::new(),
                references: Vec::new(),
                bibliography: None,
                diagnostics: Vec::new(),
            };
            let mut map: std::collections::HashMap<(u32, u32), Vec<usize>> =
                std::collections::HashMap::new();
            for (i, at) in placed.iter().enumerate() {
                let mut c = Citation::unlinked(
                    format!("c{}", i + 1),
                    CitationKind::Full,
                    String::new(),
                    Span::default(),
                );
                if let Some((chapter, n)) = *at {
                    c.chapter = chapter;
                    c.footnote = Some(n);
                    map.entry((chapter, n)).or_default().push(i);
                }
                doc.citations.push(c);
            }
            let index = NoteIndex::new(&doc);
            for chapter in 0..3 {
                for n in 0..6 {
                    let want = map.get(&(chapter, n)).map_or(&[][..], Vec::as_slice);
                    proptest::prop_assert_eq!(index.in_note(chapter, n), want);
                }
            }
        }
    }

    #[test]
    fn a_value_by_entry_is_found_where_it_was_put() {
        let mut by: ByEntry<String> = ByEntry::default();
        assert_eq!(by.get(&0), None);
        by.insert(3, "c".into());
        by.insert(1, "a".into());
        by.insert(3, "d".into());
        assert_eq!(by.get(&3).map(String::as_str), Some("d"));
        assert_eq!(by.get(&1).map(String::as_str), Some("a"));
        assert_eq!(by.get(&2), None);
        assert_eq!(by.get(&7), None);
        assert_eq!(by.keys().collect::<Vec<_>>(), vec![1, 3]);
    }

    #[test]
    fn a_name_read_in_another_order_is_the_same_persons() {
        let person = |family: &str, given: &str| crate::model::CslName {
            family: Some(family.into()),
            given: Some(given.into()),
            ..Default::default()
        };
        let item = |names: Vec<crate::model::CslName>| CslItem {
            author: names,
            ..Default::default()
        };
        let note = item(vec![person("Ho", "Jun Seong"), person("Lewis", "James B.")]);
        let list = item(vec![person("Jun", "Seong Ho"), person("Lewis", "James B.")]);
        assert!(same_names_reordered(&note, &list));
        // Other persons, or the same in another order, are not.
        let other = item(vec![
            person("Jun", "Seong Min"),
            person("Lewis", "James B."),
        ]);
        assert!(!same_names_reordered(&note, &other));
        let swapped = item(vec![person("Lewis", "James B."), person("Jun", "Seong Ho")]);
        assert!(!same_names_reordered(&note, &swapped));
        // A double surname of a note, read as a given and a family name.
        let note = item(vec![person("Pastor", "Santamaría")]);
        let list = item(vec![person("Santamaría Pastor", "Juan Alfonso")]);
        assert!(same_names_reordered(&note, &list));
        let other = item(vec![person("Santamaría Ruiz", "Juan Alfonso")]);
        assert!(!same_names_reordered(&note, &other));
    }

    #[test]
    fn initials_before_a_short_form_s_names_are_dropped_for_its_whole_key() {
        assert_eq!(without_initials("M. Aragón Reyes"), "Aragón Reyes");
        assert_eq!(without_initials("J.-P. Sartre"), "Sartre");
        assert_eq!(without_initials("  A. B. Smith Jones"), "Smith Jones");
        assert_eq!(
            without_initials("U.S. Department of State"),
            "U.S. Department of State"
        );
        assert_eq!(without_initials("M.Aragón"), "M.Aragón");
        assert_eq!(without_initials("M."), "M.");
        assert_eq!(without_initials("Pérez Royo"), "Pérez Royo");
        assert_eq!(without_initials(""), "");
    }

    #[test]
    fn a_note_passed_over_by_ibid_must_hold_a_year() {
        assert!(has_year("Report, Parliamentary Papers 1855 (318), IX."));
        assert!(has_year("대법원 2010. 4. 22. 선고"));
        assert!(!has_year("민법 제2조 제1항."));
        assert!(!has_year("§ 823 Abs. 1 BGB, Rn. 12345."));
        assert!(!has_year("p. 3000; n. 999"));
    }

    #[test]
    fn a_commentary_s_field_may_be_shortened_or_given_by_initials() {
        assert!(field_abbreviated(
            "beckokdatenschutzr",
            "beckok datenschutzrecht"
        ));
        assert!(field_abbreviated("beckokbv", "beckok bundes verfassung"));
        assert!(!field_abbreviated("beckokbgb", "beckok datenschutzrecht"));
        assert!(!field_abbreviated("beckok", "beckok datenschutzrecht"));
        assert!(!field_abbreviated("beckokdatenschutzr", "beckok"));
    }

    #[test]
    fn titles_that_differ_only_in_word_division_agree() {
        let key = crate::text::title_key;
        let same = |a: &str, b: &str| spacing_only(&key(a), &key(b));
        assert!(same(
            "Die Oberbürgermeister in der Kommunal- und Staatspolitik",
            "Die Oberbürgermeister in der Kommunalund Staatspolitik"
        ));
        assert!(same("朝鮮前期經筵의 運營", "朝鮮前期 經筵의 運營"));
        assert!(same("Data base design", "Database design"));
        // Other letters, or the same letters in another order, differ.
        assert!(!same(
            "Kommunal- und Staatspolitik",
            "Kommunal- oder Staatspolitik"
        ));
        assert!(!same("The Company State", "The State Company"));
        assert!(!same("Rathaus", "Rathäuser"));
    }
}
