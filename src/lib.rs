//! # opcit
//!
//! Reads an academic paper, pulls out every footnote, in-text citation,
//! short-form back-reference (op. cit., ibid., supra, 앞의 글 …) and
//! bibliography entry, links each citation to the full reference it stands
//! for, reports sourcing defects, and exports the source network as a graph.
//!
//! ## The pipeline
//!
//! ```text
//! read file ─▶ source   (text + line index; spans are byte ranges of the input)
//!           ─▶ segment  (body / footnotes / bibliography, page-break repair)
//!           ─▶ syntax   (markers, citation items, short forms, references → fields)
//!           ─▶ resolve  (one ordered pass: short form → antecedent → reference)
//!           ─▶ graph    (petgraph: document, notes, citations, references, authors, venues)
//!           ─▶ export   (json, dot, …)   and   check (diagnostics → exit code)
//! ```
//!
//! Each stage is one module. Only the command line does I/O; the library
//! takes text and returns a [`model::Document`] with its diagnostics: odd
//! input is data, never an error.
//!
//! ```
//! use opcit::{analyze, grammar::Grammar, source::SourceFile};
//!
//! let text = "Realism explains it.¹⁾ So does structure.²⁾\n\n\
//!             1) K. Waltz, *Theory of International Politics* (Addison-Wesley, 1979).\n\n\
//!             2) Waltz(1979), op. cit., p. 105.\n";
//! let doc = analyze(&SourceFile::new("paper.txt", text), &Grammar::builtin(), Default::default());
//! assert_eq!(doc.footnotes.len(), 2);
//! let short = &doc.citations[1];
//! assert_eq!(short.kind, opcit::model::CitationKind::Short);
//! assert_eq!(short.reference, doc.citations[0].reference);
//! assert_eq!(short.locator.as_ref().unwrap().value, "105");
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod batch;
pub mod cli;
pub mod corpus;
pub mod diagnostic;
pub mod export;
pub mod grammar;
pub mod graph;
pub mod intext;

pub mod model;
pub mod re;
pub mod resolve;
pub mod segment;
pub mod source;
pub mod syntax;
pub mod text;

use diagnostic::{Code, Diagnostic};
use grammar::Grammar;
use model::{Citation, CitationKind, CitationStyle, Document, Footnote, Reference};
use rayon::prelude::*;
use segment::InputFormat;
use source::{DecodeIssue, SourceFile, Span};
use std::collections::HashSet;
use syntax::name::NameOrder;

/// Options for [`analyze`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Input format; `None` detects it from the name and content.
    pub format: Option<InputFormat>,
}

/// Runs the whole pipeline on one document.
pub fn analyze(source: &SourceFile, grammar: &Grammar, options: Options) -> Document {
    // The text read: the input, or a copy with its spaces and Unicode
    // normalised, whose spans are mapped back to the input at the end.
    let normalized = source::analysis_text(source.text());
    let text = normalized
        .as_ref()
        .map_or(source.text(), |(text, _)| text.as_str());
    let format = options
        .format
        .unwrap_or_else(|| InputFormat::detect(source.name(), text));
    let mut diagnostics = decode_diagnostics(source);
    let mut seg = segment::segment(text, format, grammar);
    let view = &seg.view;

    // Footnotes with their markers.
    let mut markers_by_number: foldhash::HashMap<(u32, u32), Vec<Span>> =
        foldhash::HashMap::default();
    for m in &seg.markers {
        markers_by_number
            .entry((m.chapter, m.number))
            .or_default()
            .push(m.span);
    }
    let notes = std::mem::take(&mut seg.notes);
    let footnotes: Vec<Footnote> = notes
        .into_iter()
        .map(|n| {
            let joined = source::join_pieces(view, &n.pieces);
            let (text, text_map) = if format == InputFormat::Html {
                text::decode_entities_mapped(&joined)
            } else {
                (joined, text::OffsetMap::default())
            };
            Footnote {
                number: n.number,
                chapter: n.chapter,
                text,
                label: n.label,
                pieces: n.pieces,
                markers: markers_by_number
                    .get(&(n.chapter, n.number))
                    .cloned()
                    .unwrap_or_default(),
                text_map,
            }
        })
        .collect();
    // Each note has its markers: the map goes before the notes are parsed.
    drop(markers_by_number);

    // Bibliography entries.
    // Entries and notes are parsed each on their own, on every core; what
    // links them (ditto marks, numbering) is done in order afterwards.
    let parsed_entries: Vec<syntax::reference::ParsedReference> = seg
        .entries
        .par_iter()
        .enumerate()
        .with_min_len(64)
        .map(|(i, e)| {
            let dittoed;
            let (body, order) = match segment::ditto_len(&e.text, grammar) {
                Some(len) if e.ditto => {
                    let rest = &e.text[len..];
                    // `–: Titel, Ort 2001`, `Ders.: Titel …`: the title is
                    // read as in the entry the mark repeats, after its names;
                    // after other marks (`______. Título.`) there are no
                    // names to read.
                    match ditto_head(&seg.entries[..i], &e.text[..len]) {
                        Some((head, sep)) => {
                            dittoed = format!("{head}{sep} {rest}");
                            (dittoed.as_str(), NameOrder::InvertedFirst)
                        }
                        None => match ditto_year_head(&seg.entries[..i], rest, grammar) {
                            Some(head) => {
                                dittoed = format!("{head} {rest}");
                                (dittoed.as_str(), NameOrder::InvertedFirst)
                            }
                            None => (rest, NameOrder::Ditto),
                        },
                    }
                }
                _ => (e.text.as_str(), NameOrder::InvertedFirst),
            };
            let body = clean(body, format);
            // `The Nation`, `Vorwärts (Berlin), 1918–1933` under
            // `Newspapers`: a periodical named alone.
            let outlet = e
                .periodical
                .then(|| syntax::official::periodical_entry(&body, grammar))
                .flatten();
            match outlet {
                Some(item) => syntax::reference::ParsedReference {
                    item,
                    ..Default::default()
                },
                None => {
                    let mut parsed = read_entry(&body, order, grammar);
                    if parsed.item.issued.is_none() {
                        parsed.item.status = syntax::reference::stated_no_date(&body, grammar);
                    }
                    parsed
                }
            }
        })
        .collect();
    let mut references: Vec<Reference> = Vec::with_capacity(parsed_entries.len());
    let entries = std::mem::take(&mut seg.entries);
    for (i, (e, parsed)) in entries.into_iter().zip(parsed_entries).enumerate() {
        let mut fields = parsed.item;
        if e.ditto {
            if let Some(prev) = references.last() {
                fields.author = prev.fields.author.clone();
                fields.et_al = prev.fields.et_al;
                // `———. MT 23/4, …` after an entry of an archive: its
                // archive again.
                let archival = prev.fields.archive.as_ref().and_then(|a| {
                    let len = segment::ditto_len(&e.text, grammar)?;
                    syntax::archive::in_archive(a, &e.text[len..], grammar)
                });
                if let Some(found) = archival {
                    fields = found.item;
                }
            }
        }
        let id = format!("b{}", i + 1);
        fields.id = id.clone();
        abbreviation_periods(&mut fields, &e.text);
        // The entry's own text, unless HTML entities had to be decoded.
        let raw = match clean(&e.text, format) {
            std::borrow::Cow::Owned(decoded) => decoded,
            std::borrow::Cow::Borrowed(_) => e.text,
        };
        references.push(Reference {
            id,
            bibliography_index: Some(i + 1),
            raw,
            span: resolve::pieces_span(&e.pieces),
            ditto: e.ditto,
            label: e.label,
            year_suffix: parsed.year_suffix,
            fields,
            unparsed: parsed.unparsed,
        });
    }

    // Citations in notes and in the running text are found side by side:
    // the notes on every core, the running text (numeric and author-date
    // citations, which need only the reference list) alongside them.
    let has_footnotes = !footnotes.is_empty();
    if !references.is_empty() {
        number_html_list(text, format, seg.bibliography_span, &mut references);
    }
    let (note_items, found) = rayon::join(
        || -> Vec<Vec<syntax::item::RawItem>> {
            footnotes
                .par_iter()
                .with_min_len(64)
                .map(|f| syntax::item::note_items(&f.text, grammar))
                .collect()
        },
        || {
            if references.is_empty() {
                Vec::new()
            } else {
                in_text_citations(text, &seg, format, has_footnotes, &references, grammar)
            }
        },
    );
    // Sized once: a citation is large, and a vector grown by doubling
    // copies them all again at every step.
    // `WN, 52.` after `… (hereafter WN), 45.`
    let mut note_items = note_items;
    let numbered: Vec<(u32, &str)> = footnotes
        .iter()
        .map(|f| (f.number, f.text.as_str()))
        .collect();
    let declared = body_short_names(&seg, &footnotes, grammar);
    syntax::item::defined_short_names(&numbered, &declared, &mut note_items, grammar);
    drop(numbered);
    let mut citations: Vec<Citation> =
        Vec::with_capacity(note_items.iter().map(Vec::len).sum::<usize>() + found.len());
    // A paper that cites author and date in its text does so in its
    // notes' prose too (`… the archived copy (DfE, 2017, p. 4).`): a note
    // where no citation was read, or only such ones, and where the text
    // finds more, is read so.
    let author_date_paper = found
        .iter()
        .filter(|c| c.kind == CitationKind::AuthorDate && c.authors.is_some())
        .count()
        >= 3;
    for (f, items) in footnotes.iter().zip(note_items) {
        if author_date_paper && items.iter().all(|i| i.kind == CitationKind::AuthorDate) {
            let in_prose = intext::in_note(&f.text, grammar);
            if in_prose.len() > items.len() {
                for c in in_prose {
                    let id = format!("c{}", citations.len() + 1);
                    let span = f.map_span(c.span.start, c.span.end);
                    citations.push(Citation {
                        footnote: Some(f.number),
                        chapter: f.chapter,
                        span,
                        ..c.into_citation(id)
                    });
                }
                continue;
            }
        }
        for item in items {
            let id = format!("c{}", citations.len() + 1);
            let text = f.text.get(item.start..item.end).unwrap_or("").to_string();
            citations.push(Citation {
                footnote: Some(f.number),
                chapter: f.chapter,
                signal: item.signal,
                locator: item.locator,
                short: item.short,
                fields: item.fields.map(|mut fields| {
                    fields.id = id.clone();
                    abbreviation_periods(&mut fields, &text);
                    fields
                }),
                indirect: item.indirect,
                ..Citation::unlinked(id, item.kind, text, f.map_span(item.start, item.end))
            });
        }
    }

    // Before the same-author words take their names: `Id.` after `G.
    // Petti Balbi, …` stands for `Petti Balbi` where the list writes it so.
    compound_family_names(&mut citations, &references, grammar);
    same_author_in_notes(&mut citations, grammar);
    archive_abbreviations(&mut citations, &mut references);
    inverted_foreign_names(&citations, &mut references);
    if family_first_paper(text, seg.bibliography_span, &citations, grammar) {
        family_first_names(&mut citations, &mut references);
    }

    // In-text citations (numeric, author-date), after the note citations.
    let mut markers = std::mem::take(&mut seg.markers);
    if !references.is_empty() {
        if !has_footnotes {
            // Without footnotes, superscripts are citations or exponents,
            // never note markers.
            markers.clear();
        }
        // A note marker (`archives.[1]` in a paper with notes `[1] …`) is
        // never also a citation of the reference list.
        let mut marker_spans: Vec<Span> = markers.iter().map(|m| m.span).collect();
        marker_spans.sort_unstable();
        let in_marker = |s: Span| {
            let k = marker_spans.partition_point(|m| m.start <= s.start);
            k > 0 && marker_spans.get(k - 1).is_some_and(|m| s.end <= m.end)
        };
        for c in found {
            if in_marker(c.span) {
                continue;
            }
            let id = format!("c{}", citations.len() + 1);
            citations.push(c.into_citation(id));
        }
    }

    han_family_splits(text, &mut citations, &mut references);

    // What the resolver needs has been moved or copied out: the segments
    // (the text of the bibliography entries among them) go before it runs.
    let bibliography = seg.bibliography_span;
    drop(seg);
    let mut doc = Document {
        style: CitationStyle::None,
        footnotes,
        markers,
        citations,
        references,
        bibliography,
        diagnostics: Vec::new(),
    };
    resolve::check_notes(&mut doc);
    resolve::in_text::resolve_in_text(&mut doc, text, grammar, has_footnotes);
    // The normalised copy of the text is read no more.
    let to_input = normalized.map(|(_, map)| map);
    resolve::resolve(&mut doc, grammar);
    doc.style = citation_style(&doc);
    resolve::check_parsing(&mut doc);
    if let Some(map) = &to_input {
        doc.map_spans(|s| map.span(s));
    }
    diagnostics.append(&mut doc.diagnostics);
    diagnostics.sort_by_key(|d| (d.span.start, d.code));
    doc.diagnostics = diagnostics;
    doc
}

/// The names a ditto mark ending in a colon repeats (`Weiß, Thomas` of
/// `Weiß, Thomas: Titel` for `–: Titel`): the nearest earlier entry without
/// a mark, up to its first colon, when that part is short and holds no
/// title.
///
/// A mark ending in a comma (`_____, Memoria e utopia. Il primato…,
/// Torino, …`) repeats the `Family, Given` that opens the nearest earlier
/// entry without a mark, when that entry is written `Family, Given, Title`:
/// the entry is then read as that one is, its title running past periods.
/// Writes out the abbreviations of archives that the paper defines (`The
/// National Archives, Kew (hereafter TNA)`, an entry `Bundesarchiv
/// (BArch)`): a source cited as `TNA, MT 23/4` is in The National
/// Archives, at Kew. The bibliography's definitions come first, then the
/// notes' in order; the first definition of an abbreviation holds.
fn archive_abbreviations(citations: &mut [Citation], references: &mut [Reference]) {
    let mut defined: foldhash::HashMap<String, (String, Option<String>)> =
        foldhash::HashMap::default();
    let archives = references
        .iter()
        .map(|r| &r.fields)
        .chain(citations.iter().filter_map(|c| c.fields.as_deref()))
        .filter_map(|f| f.archive.as_deref());
    for a in archives {
        if let Some(abbr) = a.abbreviation.as_ref().filter(|&ab| *ab != a.archive) {
            defined
                .entry(abbr.clone())
                .or_insert_with(|| (a.archive.clone(), a.place.clone()));
        }
    }
    if defined.is_empty() {
        return;
    }
    let items = references
        .iter_mut()
        .map(|r| &mut r.fields)
        .chain(citations.iter_mut().filter_map(|c| c.fields.as_deref_mut()));
    for f in items {
        let Some(a) = f.archive.as_deref_mut() else {
            continue;
        };
        if let Some((name, place)) = defined.get(&a.archive) {
            a.abbreviation = Some(std::mem::replace(&mut a.archive, name.clone()));
            if a.place.is_none() {
                a.place.clone_from(place);
            }
        }
    }
}

/// A bibliography entry (`body`, its ditto mark replaced): an archival
/// source (`The National Archives, Kew. ADM 3/265, …, 1854.`), an
/// official paper or newspaper (`Report from the Select Committee ….
/// PP 1854–55 (318), IX.`, `The Times (London).`), or else a reference,
/// read again as an organisation's work when its names run over the
/// sentence's end (`World Bank. World Development Report …`).
fn read_entry(
    body: &str,
    order: NameOrder,
    grammar: &Grammar,
) -> syntax::reference::ParsedReference {
    if order != NameOrder::Ditto {
        let special = syntax::archive::archival(body, grammar)
            .or_else(|| syntax::archive::collection(body, grammar))
            .or_else(|| syntax::archive::held_collection(body, grammar))
            .map(|found| found.item)
            .or_else(|| syntax::official::entry(body, grammar));
        if let Some(item) = special {
            return syntax::reference::ParsedReference {
                item,
                ..Default::default()
            };
        }
    }
    // `TERRÉ (F.), SIMLER (Ph.) et LEQUETTE (Y.), Droit civil…`: names
    // with their initials in brackets, then the work without them.
    if order != NameOrder::Ditto {
        if let Some((names, editors, end)) = syntax::name::bracketed_initials_head(body) {
            // The work is read after the first name written `BRUN Ph.`,
            // as French lists write one name without brackets.
            let first = names.first().map_or(String::new(), |n| {
                format!(
                    "{} {}, ",
                    n.family.as_deref().unwrap_or(""),
                    n.given.as_deref().unwrap_or("")
                )
            });
            let mut parsed = syntax::reference::parse_reference(
                &format!("{first}{}", &body[end..]),
                order,
                grammar,
            );
            if parsed.item.title.is_some() && parsed.item.author.len() == 1 {
                if editors {
                    parsed.item.editor = names;
                    parsed.item.author.clear();
                } else {
                    parsed.item.author = names;
                }
                return parsed;
            }
        }
    }
    if order != NameOrder::Ditto {
        if let Some(item) = syntax::reference::contribution_entry(body, grammar) {
            return syntax::reference::ParsedReference {
                item,
                ..Default::default()
            };
        }
    }
    let mut parsed = syntax::reference::parse_reference(body, order, grammar);
    // `RESCIGNO P., voce Obbligazioni, in Enc. dir.`: the words before the
    // title that name the part cited, as in a note.
    syntax::item::part_of_work(&mut parsed, body, grammar);
    let run_on = parsed
        .item
        .author
        .first()
        .is_some_and(|a| a.literal.as_deref().is_some_and(|l| l.contains(". ")));
    if parsed.item.author.is_empty() || parsed.item.title.is_none() || run_on {
        organisation_entry(body, order, grammar).unwrap_or(parsed)
    } else {
        parsed
    }
}

/// An entry by an organisation named as a sentence before the title
/// (`International Labour Office. Unemployment Insurance. Geneva: ILO,
/// 1925.`), read when the entry read as a whole has no author or no
/// title: the rest read as a work without names, the organisation its
/// author.
fn organisation_entry(
    body: &str,
    order: NameOrder,
    grammar: &Grammar,
) -> Option<syntax::reference::ParsedReference> {
    if order == NameOrder::Ditto {
        return None;
    }
    let (name, rest) = syntax::official::organisation_head(body, grammar)?;
    let mut parsed =
        syntax::reference::parse_reference(body.get(rest..)?, NameOrder::Ditto, grammar);
    if parsed.item.title.is_none() || !parsed.item.author.is_empty() {
        return None;
    }
    parsed.item.author = vec![model::CslName {
        literal: Some(name),
        ..Default::default()
    }];
    Some(parsed)
}

fn ditto_head<'e>(before: &'e [segment::RawEntry], mark: &str) -> Option<(&'e str, &'static str)> {
    let mark = mark.trim_end();
    if mark.ends_with(',') {
        let prev = before.iter().rev().find(|e| !e.ditto)?;
        return family_given_head(&prev.text).map(|h| (h, ","));
    }
    if mark.ends_with('.') {
        // `Он же. Title. М., 1999.` after a GOST entry: its names, then
        // the title as that entry had it.
        let prev = before.iter().rev().find(|e| !e.ditto)?;
        let end = syntax::reference::gost_authors_end(&prev.text)?;
        return Some((&prev.text[..end], ""));
    }
    if !mark.ends_with(':') {
        return None;
    }
    let prev = before.iter().rev().find(|e| !e.ditto)?;
    let (head, _) = prev.text.split_once(':')?;
    let head = head.trim();
    let names = !head.is_empty()
        && head.chars().count() <= 80
        && !head.contains(['“', '„', '"', '«', '『', '「', '*']);
    names.then_some((head, ":"))
}

/// `———. 2000. Bowling Alone. …` after `Putnam, Robert D. 1993. …`
/// (author-date lists): a mark, then the year. The names of the entry the
/// mark repeats, up to its own year (`Putnam, Robert D.`), so that the
/// entry is read as that one was, the year after the names. The previous
/// entry's year is looked for in its first 200 bytes, that entry among the
/// last 64 (a run of marks longer than that is read without names).
fn ditto_year_head<'e>(
    before: &'e [segment::RawEntry],
    rest: &str,
    grammar: &Grammar,
) -> Option<&'e str> {
    // `2010a.`, or a word in place of the year (`n.d.`, `Forthcoming.`).
    let year_then_stop = |t: &str| {
        let b = t.as_bytes();
        let suffix = usize::from(b.get(4).is_some_and(u8::is_ascii_lowercase));
        let year = b.len() > 4 + suffix
            && b[..4].iter().all(u8::is_ascii_digit)
            && matches!(b[4 + suffix], b'.' | b',');
        year || grammar.no_year_word(t).is_some_and(|(w, len)| {
            w.text.ends_with('.') || matches!(t.as_bytes().get(len), Some(b'.' | b','))
        })
    };
    if !year_then_stop(rest.trim_start()) {
        return None;
    }
    let prev = before.iter().rev().take(64).find(|e| !e.ditto)?;
    let text = prev.text.as_str();
    let at = text
        .char_indices()
        .take_while(|&(i, _)| i < 200)
        .find(|&(i, c)| c == ' ' && year_then_stop(&text[i + 1..]))?
        .0;
    let head = text[..at].trim_end();
    (!head.is_empty() && head.ends_with(['.', ','])).then_some(head)
}

/// `PASSERINI, Luisa` of `PASSERINI, Luisa, Torino operaia…`: a family name
/// of one to three words, then one to three capitalised given names (or
/// initials), then a comma and more.
fn family_given_head(text: &str) -> Option<&str> {
    let first = text.find(", ")?;
    let family = &text[..first];
    let rest = &text[first + 2..];
    let second = rest.find(", ")?;
    let given = &rest[..second];
    let names = syntax::reference::capitalised_words;
    (names(family, 3) && names(given, 3)).then(|| &text[..first + 2 + second])
}

/// The periods of abbreviations that end a name of `fields` (a journal,
/// publisher or body: `Curr. Biol.`, `WALL ST. J.`, `U.S. DEP'T OF JUST.`)
/// restored where `raw`, the text they were read from, writes them.
fn abbreviation_periods(fields: &mut model::CslItem, raw: &str) {
    if let Some(c) = fields.container_title.as_mut() {
        text::restore_abbreviation_period(c, raw, true);
    }
    if let Some(p) = fields.publisher.as_mut() {
        text::restore_abbreviation_period(p, raw, false);
    }
    for n in fields.author.iter_mut().chain(fields.editor.iter_mut()) {
        if let Some(l) = n.literal.as_mut() {
            text::restore_abbreviation_period(l, raw, false);
        }
    }
}

/// Text as written, with HTML entities decoded in an HTML paper.
fn clean(s: &str, format: InputFormat) -> std::borrow::Cow<'_, str> {
    if format == InputFormat::Html {
        std::borrow::Cow::Owned(text::decode_entities(s))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Whether a paper writes names family name first ([`grammar::Names::family_first`]):
/// its bibliography heading, or a back-reference word of one of its notes,
/// is a word of such a language.
fn family_first_paper(
    text: &str,
    bibliography: Option<Span>,
    citations: &[Citation],
    grammar: &Grammar,
) -> bool {
    let words = &grammar.family_first_words;
    if words.is_empty() {
        return false;
    }
    let heading = bibliography.and_then(|b| {
        text.get(..b.start)?
            .lines()
            .rev()
            .map(str::trim)
            .find(|l| !l.is_empty())
    });
    heading.is_some_and(|h| words.contains(&grammar::heading_core(h)))
        || citations.iter().any(|c| {
            c.short
                .as_deref()
                .and_then(|s| s.word.as_deref())
                .is_some_and(|w| words.contains(&grammar::compact_word(w)))
        })
}

/// In a paper that writes names family name first, a name written without
/// a comma (`Szekfű Gyula`), which was read given name first, is turned:
/// its first words are the family name. A name written `Family, Given` or
/// `Family Initials` is left as read. The names a short form gives in full
/// (`Romsics Ignác: i. m.`) are written `Family, Given`, as the paper means
/// them.
fn family_first_names(citations: &mut [Citation], references: &mut [Reference]) {
    fn turn(names: &mut [model::CslName], raw: &str) {
        for n in names {
            let (Some(family), Some(given)) = (&n.family, &n.given) else {
                continue;
            };
            if given.is_empty() || given.ends_with('.') {
                continue;
            }
            let written = format!("{given} {family}");
            if raw.contains(&written) && !raw.contains(&format!("{family}, {given}")) {
                let (f, g) = (given.clone(), family.clone());
                n.family = Some(f);
                n.given = Some(g);
            }
        }
    }
    for c in citations.iter_mut() {
        if let Some(f) = c.fields.as_mut() {
            turn(&mut f.author, &c.text);
        }
        if let Some(a) = c.short.as_mut().and_then(|s| s.author.as_mut()) {
            let words: Vec<&str> = a.split_whitespace().collect();
            let full_name = (2..=3).contains(&words.len())
                && !a.contains([',', '.', '&'])
                && words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            if full_name {
                *a = format!("{}, {}", words[0], words[1..].join(" "));
            }
        }
    }
    for r in references.iter_mut() {
        turn(&mut r.fields.author, &r.raw);
    }
}

/// `Paloma Aguilar Fernández` in a note, `AGUILAR FERNÁNDEZ, Paloma` in the
/// bibliography: a family name of several words (Spanish and Portuguese
/// double surnames, `Reig Tapia`) that the bibliography writes apart shows
/// where a note's name `Given Family` splits. A note name whose last given
/// words and family name together are such a family name takes that
/// split, keeping at least one given name. Editors count as authors do
/// (`P. Biglino Campos (dir.)`, `BIGLINO CAMPOS, P. (dir.)`). Two names
/// joined by an and-word that the bibliography writes as one family name
/// (`Tomás y Valiente`) are one.
fn compound_family_names(citations: &mut [Citation], references: &[Reference], grammar: &Grammar) {
    let families: HashSet<String> = references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .flat_map(|r| r.fields.author.iter().chain(&r.fields.editor))
        .filter_map(|n| n.family.as_deref())
        .filter(|f| f.split_whitespace().nth(1).is_some())
        .map(text::key)
        .collect();
    if families.is_empty() {
        return;
    }
    for c in citations.iter_mut() {
        let Some(fields) = c.fields.as_mut() else {
            continue;
        };
        // `F. Tomás y Valiente`, `José Ortega y Gasset`: a Spanish family
        // name of two joined by `y`, read as two people, is one where the
        // bibliography writes it whole.
        for names in [&mut fields.author, &mut fields.editor] {
            let mut i = 0;
            while i + 1 < names.len() {
                let joined = match (&names[i].family, &names[i + 1]) {
                    (Some(first), next) if next.given.is_none() => {
                        let second = next.key_part();
                        grammar.and_words.iter().find_map(|w| {
                            let joined = format!("{first} {w} {second}");
                            (w.chars().all(char::is_alphabetic)
                                && families.contains(&text::key(&joined)))
                            .then_some(joined)
                        })
                    }
                    _ => None,
                };
                match joined {
                    Some(family) => {
                        names[i].family = Some(family);
                        names.remove(i + 1);
                    }
                    None => i += 1,
                }
            }
        }
        for n in fields.author.iter_mut().chain(&mut fields.editor) {
            let (Some(family), Some(given)) = (n.family.as_deref(), n.given.as_deref()) else {
                continue;
            };
            let words: Vec<&str> = given.split_whitespace().collect();
            let split = (1..words.len()).find_map(|k| {
                let joined = format!("{} {family}", words[k..].join(" "));
                families
                    .contains(&text::key(&joined))
                    .then(|| (words[..k].join(" "), joined))
            });
            if let Some((given, family)) = split {
                n.given = Some(given);
                n.family = Some(family);
            }
        }
    }
}

/// `道垣内弘人` in a Japanese paper that cites `道垣内・前掲書`, `梅謙次郎`
/// where it cites `梅・前掲注(3)`, `林拓也` where the text cites `（林
/// 2012）`: the family names the paper writes alone, in its short forms and
/// author-date citations, show where its names in Han characters written
/// without a space split ([`syntax::name::han_names_cut_by_family`]). Only
/// in a paper with kana in it: Chinese short forms name the whole person.
fn han_family_splits(text: &str, citations: &mut [Citation], references: &mut [Reference]) {
    let families: HashSet<String> = citations
        .iter()
        .filter_map(|c| c.short.as_deref()?.author.as_deref())
        .flat_map(syntax::name::han_family_names)
        .map(str::to_string)
        .collect();
    // Kana: U+3041..U+30FF, three bytes opening with E3 81..83.
    let kana = || {
        text.as_bytes()
            .windows(2)
            .any(|w| w[0] == 0xE3 && (0x81..=0x83).contains(&w[1]))
    };
    if families.is_empty() || !kana() {
        return;
    }
    for c in citations.iter_mut() {
        if let Some(f) = c.fields.as_deref_mut() {
            syntax::name::han_names_cut_by_family(&mut f.author, &families, &c.text);
        }
    }
    for r in references.iter_mut() {
        syntax::name::han_names_cut_by_family(&mut r.fields.author, &families, &r.raw);
    }
}

/// `샌델, 마이클` in a bibliography, where a note writes `마이클 샌델`: a
/// foreign name in a CJK script, family name first and a comma, read as
/// two people (a Korean or Chinese name is written without a space, and
/// a comma parts co-authors), is one person when a note's citation names
/// that person with those family and given names.
fn inverted_foreign_names(citations: &[Citation], references: &mut [Reference]) {
    let whole = |n: &model::CslName| -> Option<String> {
        let s = format!(
            "{}{}",
            n.family.as_deref()?,
            n.given.as_deref().unwrap_or("")
        );
        (s.chars().all(segment::is_cjk)).then_some(s)
    };
    let people: HashSet<(&str, &str)> = citations
        .iter()
        .filter_map(|c| c.fields.as_deref())
        .flat_map(|f| f.author.iter())
        .filter_map(|n| Some((n.family.as_deref()?, n.given.as_deref()?)))
        .filter(|(f, g)| f.chars().chain(g.chars()).all(segment::is_cjk))
        .collect();
    if people.is_empty() {
        return;
    }
    for r in references.iter_mut() {
        let [a, b] = &r.fields.author[..] else {
            continue;
        };
        let (Some(family), Some(given)) = (whole(a), whole(b)) else {
            continue;
        };
        if people.contains(&(family.as_str(), given.as_str())) {
            r.fields.author = vec![model::CslName {
                family: Some(family),
                given: Some(given),
                literal: None,
                static_ordering: false,
                given_first: true,
            }];
        }
    }
}

/// `Ders., „Titel“ …` in a note: the authors are those of the full
/// citation before it.
fn same_author_in_notes(citations: &mut [Citation], grammar: &Grammar) {
    let is_placeholder = |written: &str| {
        let written = written
            .trim()
            .trim_end_matches(['.', ',', ':', '・', '、'])
            .to_lowercase();
        !written.is_empty()
            && (grammar
                .same_author
                .iter()
                .any(|w| w.trim_end_matches('.') == written)
                // `—, Título` in a note: a dash for the author before.
                || segment::ditto_prefix(&written).is_some_and(|n| n == written.len()))
    };
    let mut previous: Option<(Vec<model::CslName>, bool)> = None;
    for c in citations.iter_mut() {
        // `Ders., Kurztitel, S. 5`: a short form by the same authors.
        if let Some(short) = c.short.as_mut() {
            let by_placeholder = short.author.as_deref().is_some_and(is_placeholder);
            if by_placeholder {
                if let Some((names, _)) = &previous {
                    let families: Vec<String> = names
                        .iter()
                        .filter_map(|n| {
                            // A CJK name is matched whole (`田中`, not `田`).
                            let cjk = n
                                .family
                                .as_deref()
                                .is_some_and(|f| f.chars().any(segment::is_cjk));
                            if cjk {
                                Some(syntax::name::display_name(n))
                            } else {
                                n.family.clone().or_else(|| n.literal.clone())
                            }
                        })
                        .collect();
                    if !families.is_empty() {
                        short.author = Some(families.join(" & "));
                    }
                }
            } else if let Some(a) = short.author.as_deref() {
                let names = syntax::name::parse_names(a, NameOrder::Natural, grammar);
                if !names.names.is_empty() {
                    previous = Some((names.names, names.et_al));
                }
            }
        }
        let Some(fields) = c.fields.as_mut() else {
            continue;
        };
        let placeholder = match fields.author.as_slice() {
            [n] => {
                let written = n
                    .literal
                    .as_deref()
                    .or(n.family.as_deref())
                    .unwrap_or("")
                    .trim_end_matches('.');
                n.given.is_none() && is_placeholder(written)
            }
            _ => false,
        };
        if placeholder {
            if let Some((names, et_al)) = &previous {
                fields.author = names.clone();
                fields.et_al = *et_al;
            }
        } else if !fields.author.is_empty() {
            previous = Some((fields.author.clone(), fields.et_al));
        }
    }
}

/// The style a document cites in, from what was found: footnotes, numbers
/// or author-date citations in the text, several of these, or nothing.
fn citation_style(doc: &Document) -> CitationStyle {
    let in_text = |k: CitationKind| {
        doc.citations
            .iter()
            .any(|c| c.site.is_some() && c.kind == k)
    };
    let numeric = in_text(CitationKind::Numeric);
    let author_date = in_text(CitationKind::AuthorDate);
    let author_page = in_text(CitationKind::AuthorPage);
    // Notes that only comment, or cite as the running text does (`See
    // Said 45.` in an MLA paper), make no style of their own.
    let notes = !doc.footnotes.is_empty()
        && (!(numeric || author_date || author_page)
            || doc
                .citations
                .iter()
                .any(|c| c.site.is_none() && c.kind != CitationKind::AuthorPage));
    match (notes, numeric, author_date, author_page) {
        (false, false, false, false) if doc.citations.is_empty() => CitationStyle::None,
        (false, false, false, false) => CitationStyle::Mixed,
        (true, false, false, false) => CitationStyle::Notes,
        (false, true, false, false) => CitationStyle::Numeric,
        (false, false, true, false) => CitationStyle::AuthorDate,
        (false, false, false, true) => CitationStyle::AuthorPage,
        _ => CitationStyle::Mixed,
    }
}

/// The short names the running text defines for works it names in title
/// marks ([`syntax::item::BodyShortName`]), in document order, each in
/// force from the note after the nearest marker before it, or at it: a
/// marker between the title and the bracket, or glued to the bracket's
/// end (`『…』(이하 『실록』)¹⁾`), is the note of the work named.
fn body_short_names(
    seg: &segment::Segments<'_>,
    footnotes: &[Footnote],
    grammar: &Grammar,
) -> Vec<syntax::item::BodyShortName> {
    let mut out = Vec::new();
    if grammar.hereafter.is_empty() || footnotes.is_empty() {
        return out;
    }
    let view: &str = &seg.view;
    for span in &seg.body {
        let Some(paragraph) = view.get(span.start..span.end) else {
            continue;
        };
        for (open, close, name, title) in syntax::item::body_short_names(paragraph, grammar) {
            let (open, close) = (span.start + open, span.start + close);
            // A marker glued to the bracket's end stands at it.
            let glued = view.get(close..).map_or(0, |rest| {
                rest.len()
                    - rest
                        .trim_start_matches(|c| {
                            syntax::marker::superscript_digit(c).is_some() || c == '⁾'
                        })
                        .len()
            });
            let nearest = seg.markers.iter().rfind(|m| m.span.start < close + glued);
            let note = nearest.and_then(|m| {
                footnotes
                    .iter()
                    .position(|f| f.number == m.number && f.chapter == m.chapter)
            });
            let at_marker = nearest.is_some_and(|m| {
                m.span.start >= close
                    || view
                        .get(m.span.end..open)
                        .is_some_and(|between| between.trim().is_empty())
            });
            out.push(syntax::item::BodyShortName {
                name,
                title,
                from: note.map_or(0, |k| k + 1),
                note,
                at_marker,
            });
        }
    }
    out.sort_by_key(|d| d.from);
    out
}

/// Scans the body for in-text citations (see [`intext`]).
fn in_text_citations(
    text: &str,
    seg: &segment::Segments<'_>,
    format: InputFormat,
    has_footnotes: bool,
    references: &[Reference],
    grammar: &Grammar,
) -> Vec<intext::InTextCitation> {
    let highest_label = references
        .iter()
        .filter_map(|r| r.label.as_deref()?.parse::<usize>().ok())
        .max()
        .unwrap_or(0);
    let input = intext::Input {
        view: &seg.view,
        source: text,
        body: &seg.body,
        format,
        has_footnotes,
        entries: highest_label.max(references.len()),
        numbered: references.iter().any(|r| r.label.is_some()),
        listed: &listed_works(references),
        notes_in_brackets: seg
            .markers
            .iter()
            .any(|m| segment_marker_in_brackets(&seg.view, m.span)),
    };
    intext::scan(&input, grammar)
}

/// Is the note marker at `span` of `view` a number in round brackets
/// (`(1)`, `（1）`)? `segment` keeps such markers only where the notes are
/// labelled so and the markers follow their sequence.
fn segment_marker_in_brackets(view: &str, span: Span) -> bool {
    syntax::marker::is_enclosed_marker(view.get(span.start..).unwrap_or(""))
}

/// The works of the reference list as `family key|year` of their first
/// author (see [`intext::Input::listed`]), the year with its letter
/// (`2010a`) where the list gives one.
fn listed_works(references: &[Reference]) -> std::collections::HashSet<String> {
    references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .filter_map(|r| {
            let first = r.fields.names().first()?;
            let family = first.key_part().split_whitespace().next_back()?;
            let year = r.fields.year()?;
            let letter = r.year_suffix.map(String::from).unwrap_or_default();
            Some(format!(
                "{}|{year}{letter}",
                crate::text::family_key(family)
            ))
        })
        .collect()
}

/// An HTML reference list written as `<ol>` shows no numbers, yet papers
/// cite its items by number: entries get their position as label.
fn number_html_list(
    text: &str,
    format: InputFormat,
    bibliography: Option<Span>,
    references: &mut [Reference],
) {
    if format != InputFormat::Html || references.iter().any(|r| r.label.is_some()) {
        return;
    }
    let Some(bib) = bibliography else { return };
    let region = text
        .get(bib.start..bib.end)
        .unwrap_or("")
        .to_ascii_lowercase();
    if !region.contains("<ol") {
        return;
    }
    for (i, r) in references.iter_mut().enumerate() {
        r.label = Some((i + 1).to_string());
    }
}

fn decode_diagnostics(source: &SourceFile) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for issue in source.decode_issues() {
        match issue {
            DecodeIssue::InvalidUtf8 { first_offset, count } => out.push(
                Diagnostic::new(
                    Code::InvalidUtf8,
                    Span::new(*first_offset, first_offset + 1),
                    format!("the input has {count} byte(s) that are not UTF-8; the first is at byte {first_offset}"),
                )
                .with_label("replaced by `?`")
                .with_note("offsets still count the original bytes"),
            ),
            DecodeIssue::Transcoded {
                encoding,
                first_offset,
            } => out.push(
                Diagnostic::new(
                    Code::LegacyEncoding,
                    Span::new(*first_offset, *first_offset),
                    format!("the input is not UTF-8; it was read as {encoding}, the encoding its bytes fit best"),
                )
                .with_label(format!("read as {encoding}"))
                .with_note("offsets refer to the text converted to UTF-8; if the text reads wrong, convert the file with `iconv -f ENCODING -t UTF-8`"),
            ),
        }
    }
    out
}
