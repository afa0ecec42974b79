//! The owned, resolved document model: footnotes, citations, references.
//!
//! These are opcit's internal types. Output formats never serialize them
//! directly; each exporter in `export/` owns its wire types, so the JSON
//! schema can stay stable while these change. The one exception is
//! [`CslItem`], which *is* a wire format (CSL-JSON) and is used as such.
//!
//! Nothing here parses or resolves; it only holds results.

use crate::diagnostic::Diagnostic;
use crate::source::Span;
use serde::Serialize;

/// The citation style a document uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CitationStyle {
    /// Footnotes or endnotes carry the citations.
    Notes,
    /// Bracketed or superscript numbers point into a numbered reference list.
    Numeric,
    /// `(Author Year)` in the running text.
    AuthorDate,
    /// `(Author Page)` in the running text (MLA).
    AuthorPage,
    /// More than one of the above.
    Mixed,
    /// No citation found.
    None,
}

/// A footnote (or endnote).
#[derive(Debug, Clone, PartialEq)]
pub struct Footnote {
    /// The number printed before it.
    pub number: u32,
    /// Which run of note numbers it belongs to, from 1: always 1 unless
    /// the numbering starts again (notes numbered per chapter).
    pub chapter: u32,
    /// Its text, pieces joined by one space, label removed.
    pub text: String,
    /// The label (`12)`, `[^12]:`).
    pub label: Span,
    /// The pieces of the input that make up its text (two or more when the
    /// note is split across a page break).
    pub pieces: Vec<Span>,
    /// Markers in the body that point to it.
    pub markers: Vec<Span>,
    /// Where the bytes of `text` sit in its joined pieces, when decoding
    /// (HTML entities, escaped punctuation) changed their offsets.
    pub text_map: crate::text::OffsetMap,
}

impl Footnote {
    /// From the label to the end of the first piece.
    pub fn span(&self) -> Span {
        let first = self.pieces.first().copied().unwrap_or(self.label);
        self.label.join(first)
    }

    /// Maps a byte offset in [`Footnote::text`] back to the input.
    pub fn map_offset(&self, offset: usize) -> usize {
        crate::source::map_joined(&self.pieces, self.text_map.to_input(offset))
    }

    /// Maps a range of [`Footnote::text`] back to an input span.
    pub fn map_span(&self, start: usize, end: usize) -> Span {
        Span::new(self.map_offset(start), self.map_offset(end.max(start)))
    }
}

/// A body marker (`¹²⁾`, `[^12]`, `<sup>12</sup>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// The note number it points to.
    pub number: u32,
    /// The run of note numbers it belongs to, as [`Footnote::chapter`].
    pub chapter: u32,
    /// Where it is.
    pub span: Span,
}

/// What kind of citation an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CitationKind {
    /// A full reference: author, title, publication details.
    Full,
    /// A short form naming an earlier work: `Waltz(1979), op. cit.`,
    /// `Müller, a. a. O.`, `Smith, Short Title, 4`.
    Short,
    /// `Ibid.`, `Id.`, `ebd.`, `위의 글`: the citation just before.
    Ibid,
    /// `supra note 4`, `note 4 above`: what note N cites.
    Supra,
    /// `(Al Jazeera, June 30, 2024)` inside a note's prose.
    Parenthetical,
    /// `[12]`, `[3–5]`, superscript numbers in running text.
    Numeric,
    /// `(Smith & Lee, 2019a)` or `Smith (2020)` in running text.
    AuthorDate,
    /// `(Said 45)`, `(Said, Orientalism 3)`, `("Can the Subaltern Speak?"
    /// 283)` in running text (MLA): an author or a short title and a page,
    /// no year; or a page alone (`(19)`) after a sentence that names the
    /// author.
    AuthorPage,
}

impl CitationKind {
    /// The kebab-case name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            CitationKind::Full => "full",
            CitationKind::Short => "short",
            CitationKind::Ibid => "ibid",
            CitationKind::Supra => "supra",
            CitationKind::Parenthetical => "parenthetical",
            CitationKind::Numeric => "numeric",
            CitationKind::AuthorDate => "author-date",
            CitationKind::AuthorPage => "author-page",
        }
    }
}

/// A pinpoint: `p. 63`, `pp. 169-172`, `30쪽`, `S. 5`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Locator {
    /// `page` for every page locator.
    pub label: String,
    /// The number or range as written (`169-172`).
    pub value: String,
    /// The note on that page the pinpoint cites, as written (`4` of `p.
    /// 12 n. 4`, `3–5` of `p. 45 nn. 3–5`, `4` of `S. 12 Fn. 4`): the
    /// grammars' `locators.note` words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The whole pinpoint as written, where it holds more than its value
    /// (`p. 12 n. 4`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// What a short form says about its antecedent.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ShortFormInfo {
    /// The back-reference word as written (`op. cit.`, `ebd.`), if any.
    pub word: Option<String>,
    /// Author(s) named, as written (`Waltz`, `김철수·박영희`, `Picheta et al.`).
    pub author: Option<String>,
    /// Date or year given (`1979`, `October 8, 2024`).
    pub date: Option<String>,
    /// Short title given (`Theory`), for `Author, Short Title` forms.
    pub title: Option<String>,
    /// Note number of `supra note N`.
    pub note: Option<u32>,
}

/// How a citation was resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Linked to exactly one reference.
    Resolved,
    /// Points nowhere.
    Dangling,
    /// Fits more than one work.
    Ambiguous,
}

/// Which rule made a link, and how sure it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Provenance {
    /// Rule name, e.g. `ibid-previous`, `op-cit-author-year`, `bibliography-fuzzy`.
    pub rule: &'static str,
    /// 1.0 for exact rules; the match score for fuzzy ones.
    pub score: f64,
}

/// One citation: an item in a footnote, or an in-text citation.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    /// Stable id, `c1`, `c2` … in document order.
    pub id: String,
    /// The footnote it stands in, if any.
    pub footnote: Option<u32>,
    /// The run of note numbers of that footnote ([`Footnote::chapter`]);
    /// 1 for a citation in the running text.
    pub chapter: u32,
    /// What it is.
    pub kind: CitationKind,
    /// Its text (for a footnote item, commentary and signal removed).
    pub text: String,
    /// Where it is in the input.
    pub span: Span,
    /// A signal before it (`see`, `cf.`, `vgl.`).
    pub signal: Option<String>,
    /// A pinpoint.
    pub locator: Option<Locator>,
    /// What a short form names (short, ibid and supra kinds).
    pub short: Option<Box<ShortFormInfo>>,
    /// Parsed fields (full citations).
    pub fields: Option<Box<CslItem>>,
    /// Labels a numeric citation carries (`12` of `[12]`).
    pub label: Option<String>,
    /// The reference it is linked to.
    pub reference: Option<String>,
    /// The earlier citation a short form stands for.
    pub antecedent: Option<String>,
    /// Resolution outcome (none before resolution).
    pub status: Option<Status>,
    /// How the link was made.
    pub provenance: Option<Provenance>,
    /// Where an in-text citation stands in the running text (`None` for
    /// citations inside footnotes).
    pub site: Option<Site>,
    /// Quoted through another work that the same note cites (`X` of `X
    /// apud Y`, `X, quoted in Y`): the bibliography lists the work quoted
    /// from, so this one missing from it is no finding.
    pub indirect: bool,
    /// A bare four-digit number after an earlier year of the same
    /// author-date group (`1530` of `Smith 2007, 1530`): a year when the
    /// author has a work of that year in the reference list, else a page of
    /// the citation before it. Set by the in-text scanner, settled when the
    /// citations are linked.
    pub page_or_year: bool,
}

impl Citation {
    /// A citation of `kind` read at `span` as `text`, in chapter 1, before
    /// anything is known of it: no note, signal, locator, parsed parts or
    /// link yet. The readers fill in what they know with struct update
    /// syntax.
    pub fn unlinked(id: String, kind: CitationKind, text: String, span: Span) -> Citation {
        Citation {
            id,
            footnote: None,
            chapter: 1,
            kind,
            text,
            span,
            signal: None,
            locator: None,
            short: None,
            fields: None,
            label: None,
            reference: None,
            antecedent: None,
            status: None,
            provenance: None,
            site: None,
            indirect: false,
            page_or_year: false,
        }
    }
}

/// The place of an in-text citation in the body: which paragraph, under
/// which section heading. Lets the graph make the citing paragraph a node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Site {
    /// 0-based index of the body paragraph, counting every paragraph of the
    /// body (headings included) in document order.
    pub paragraph: usize,
    /// The nearest section heading before it, as written (`2. Methods`),
    /// if any.
    pub section: Option<String>,
    /// The authors are part of the sentence (`Smith (2020) shows`) rather
    /// than in parentheses.
    pub narrative: bool,
}

/// A source: a bibliography entry, or a work known only from the footnotes.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// Stable id: `b1`… for bibliography entries, `n1`… for note-only works.
    pub id: String,
    /// 1-based position in the bibliography, or `None` for note-only works.
    pub bibliography_index: Option<usize>,
    /// The text as written (entry, or the first full citation).
    pub raw: String,
    /// Where it is.
    pub span: Span,
    /// The entry opened with a ditto mark (`_____.`, `———.`) and took the
    /// previous entry's authors.
    pub ditto: bool,
    /// The label of a numbered list entry (`12` of `[12]`).
    pub label: Option<String>,
    /// The letter after the year (`a` of `2019a`) that tells apart two works
    /// of the same authors and year.
    pub year_suffix: Option<char>,
    /// Parsed fields.
    pub fields: CslItem,
    /// Text no field took.
    pub unparsed: Option<String>,
}

/// A CSL-JSON name.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct CslName {
    /// Family name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// Given names or initials.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given: Option<String>,
    /// An organisation, or a name that does not split.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub literal: Option<String>,
    /// Written family name first without a comma, and compared whole
    /// (Vietnamese `Trần Văn Giàu`: family `Trần`, given `Văn Giàu`).
    #[serde(rename = "static-ordering", skip_serializing_if = "std::ops::Not::not")]
    pub static_ordering: bool,
    /// A foreign person's name in a CJK script that writes its own names
    /// family name first and unspaced: written given names first with
    /// spaces (`미셸 푸코`) or inverted with a comma (`푸코, 미셸`), it is
    /// printed given names first (`미셸 푸코`), where a Korean name is
    /// printed whole (`김철수`). Not part of CSL-JSON.
    #[serde(skip)]
    pub given_first: bool,
}

impl CslName {
    /// The name as one would print it, family name first for persons.
    pub fn display(&self) -> String {
        match (&self.literal, &self.family, &self.given) {
            (Some(l), _, _) => l.clone(),
            (None, Some(f), Some(g)) if self.static_ordering => format!("{f} {g}"),
            (None, Some(f), Some(g)) => format!("{f}, {g}"),
            (None, Some(f), None) => f.clone(),
            (None, None, Some(g)) => g.clone(),
            (None, None, None) => String::new(),
        }
    }

    /// The part used for matching: family name, or the literal.
    pub fn key_part(&self) -> &str {
        self.family
            .as_deref()
            .or(self.literal.as_deref())
            .or(self.given.as_deref())
            .unwrap_or("")
    }
}

/// A CSL-JSON date: `{"date-parts": [[2024, 6, 17]]}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct CslDate {
    /// `[[year, month?, day?]]`.
    #[serde(rename = "date-parts")]
    pub date_parts: Vec<Vec<i32>>,
    /// The date as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
}

impl CslDate {
    /// A date from its parts.
    pub fn new(year: i32, month: Option<u8>, day: Option<u8>, raw: Option<String>) -> Self {
        let mut parts = vec![year];
        if let Some(m) = month {
            parts.push(i32::from(m));
            if let Some(d) = day {
                parts.push(i32::from(d));
            }
        }
        CslDate {
            date_parts: vec![parts],
            raw,
        }
    }

    /// The year, if any.
    pub fn year(&self) -> Option<i32> {
        self.date_parts.first().and_then(|p| p.first()).copied()
    }

    /// The month, if any.
    pub fn month(&self) -> Option<i32> {
        self.date_parts.first().and_then(|p| p.get(1)).copied()
    }

    /// The day, if any.
    pub fn day(&self) -> Option<i32> {
        self.date_parts.first().and_then(|p| p.get(2)).copied()
    }
}

/// A CSL-JSON item (the fields opcit parses out of a reference).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CslItem {
    /// Item id (the reference id).
    pub id: String,
    /// CSL type: `article-journal`, `book`, `webpage`, `report`, …
    #[serde(rename = "type")]
    pub kind: String,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The short title the work declares in brackets after its title
    /// (CSL `title-short`), as the notes cite it: `GMS` of `Grundlegung zur
    /// Metaphysik der Sitten (GMS)` ([`read_title_siglum`]).
    #[serde(rename = "title-short", skip_serializing_if = "Option::is_none")]
    pub title_short: Option<String>,
    /// Authors, persons or organisations.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub author: Vec<CslName>,
    /// Editors named after the title (`ed. Ann Poe`): of the book a
    /// chapter is in, or of the work itself.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub editor: Vec<CslName>,
    /// Translators named after the title (`trans. Eric Prenowitz`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub translator: Vec<CslName>,
    /// Journal, site, series or newspaper.
    #[serde(rename = "container-title", skip_serializing_if = "Option::is_none")]
    pub container_title: Option<String>,
    /// The series or report a book is part of, named after its title
    /// (CSL `collection-title`): `Gutachten A zum 73. Deutschen
    /// Juristentag` of `Zech, Herbert: Entscheidungen digitaler autonomer
    /// Systeme, Gutachten A zum 73. Deutschen Juristentag, München 2020`.
    #[serde(rename = "collection-title", skip_serializing_if = "Option::is_none")]
    pub collection_title: Option<String>,
    /// Publisher; of a thesis, the institution that granted the degree.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Place of publication.
    #[serde(rename = "publisher-place", skip_serializing_if = "Option::is_none")]
    pub publisher_place: Option<String>,
    /// Edition: its number when the statement has one (`2` of `2nd ed.`,
    /// `2. Aufl.`, `wyd. 2`, `제2판`, `3rd rev. ed.`), else the statement as
    /// written (`rev. ed.`, `nouvelle éd.`, `개정판`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    /// Kind of the work within its type, as written: of a thesis, its
    /// degree (`PhD diss.`, `Doctoral dissertation`, `박사학위논문`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub genre: Option<String>,
    /// Volume.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume: Option<String>,
    /// The title of the volume cited, after its number (`Les obligations`
    /// of `Traité élémentaire de droit civil, t. 2, Les obligations`).
    #[serde(rename = "volume-title", skip_serializing_if = "Option::is_none")]
    pub volume_title: Option<String>,
    /// The part of the work cited, as a work issued in numbered parts
    /// names it after its title (CSL `part-number`): `1` of `Report of
    /// the Royal Commission on Labour, 1880. Part 1. London: HMSO, 1881.`,
    /// `pt. 1`; the words are the grammars' `locators.pinpoints.part`.
    #[serde(rename = "part-number", skip_serializing_if = "Option::is_none")]
    pub part_number: Option<String>,
    /// Issue or number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue: Option<String>,
    /// A number identifying the work (CSL `number`): of a report, bill or
    /// official paper within its series (`318` of `PP 1854–55 (318)`,
    /// `17/1234` of `BT-Drs. 17/1234`), a statute's number (`Nomor 24
    /// Tahun 2003`), a decision's identifier in a legal database (`LEX/DB
    /// 25470123`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// Number of volumes of a work in several (`4` of `English History, 4
    /// vols. (London: Macmillan, 1940)`): its extent, no publisher.
    #[serde(rename = "number-of-volumes", skip_serializing_if = "Option::is_none")]
    pub number_of_volumes: Option<String>,
    /// Number of pages of a book (`320 s.`, `320 pp.` after its imprint).
    #[serde(rename = "number-of-pages", skip_serializing_if = "Option::is_none")]
    pub number_of_pages: Option<String>,
    /// ISBN, digits and hyphens as written (`978-80-200-1234-5`).
    #[serde(rename = "ISBN", skip_serializing_if = "Option::is_none")]
    pub isbn: Option<String>,
    /// Publication date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued: Option<CslDate>,
    /// What an entry writes in place of its date, as written (CSL
    /// `status`): not yet published (`in press`, `forthcoming`, `im
    /// Druck`), or no date (`n.d.`, `o. J.`, `s. f.`). Set only when
    /// `issued` is not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// URL.
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Access date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accessed: Option<CslDate>,
    /// The archive that holds the work, for a manuscript or archival file
    /// (CSL `archive`, `archive-place`, `archive_location`).
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub archive: Option<Box<Archive>>,
    /// Whether the author list ended with `et al.`.
    #[serde(skip)]
    pub et_al: bool,
}

/// Reads a siglum in brackets at the end of `item`'s title into its
/// `title_short`: `GMS` of `Grundlegung zur Metaphysik der Sitten (GMS)`,
/// as editions of collected works, commentaries and statutes declare the
/// abbreviation the notes cite them by (`Kritik der praktischen Vernunft
/// (KpV)`, `Bürgerliches Gesetzbuch (BGB)`). The title stays as written.
/// A siglum is one word of two to eight letters with two capitals or
/// more ([`is_siglum`]); a bracket of other words (`(Hrsg.)`, `(1923)`,
/// `(Report No. 12)`) declares none.
pub fn read_title_siglum(item: &mut CslItem) {
    if item.title_short.is_some() {
        return;
    }
    let Some(title) = item.title.as_deref() else {
        return;
    };
    let Some(inner) = title.trim_end().strip_suffix(')') else {
        return;
    };
    let Some(open) = inner.rfind('(') else {
        return;
    };
    let siglum = &inner[open + 1..];
    // The title before it must be words of its own, not the siglum alone.
    let head = &inner[..open];
    if is_siglum(siglum)
        && head.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && abbreviates(siglum, head)
    {
        item.title_short = Some(siglum.to_string());
    }
}

/// Whether `siglum` abbreviates the whole `title`, as a work's siglum
/// does: its first letter opens one of the title's first two words, and
/// its other letters follow in the title in order, whatever their case
/// (`GMS` of `Grundlegung zur Metaphysik der Sitten`, `BGB` of
/// `Bürgerliches Gesetzbuch`, `KSA` of `Kritische Studienausgabe`). An
/// abbreviation of the last words only (`… Association for the Study of
/// Diabetes (EASD)`, `Data resource profile: Clinical Practice Research
/// Datalink (CPRD)`) names a body or a thing the title speaks of, not
/// the work.
fn abbreviates(siglum: &str, title: &str) -> bool {
    let mut letters = siglum.chars().flat_map(char::to_lowercase);
    let Some(first) = letters.next() else {
        return false;
    };
    let mut offset = 0;
    let mut words = 0;
    for w in title.split(' ') {
        let at = offset;
        offset += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        words += 1;
        if words > 2 {
            break;
        }
        let Some((i, c)) = w.char_indices().find(|(_, c)| c.is_alphabetic()) else {
            continue;
        };
        if c.to_lowercase().eq(std::iter::once(first)) {
            let after = title.get(at + i + c.len_utf8()..).unwrap_or("");
            let mut rest = after.chars().flat_map(char::to_lowercase);
            return letters.all(|l| rest.any(|c| c == l));
        }
    }
    false
}

/// Whether `s` is written as a siglum: one word of two to eight letters,
/// the first a capital and two or more of them capitals (`GMS`, `KpV`,
/// `BGB`, `MEW`, `HWPh`), not a number in Roman numerals (`II`, `XIV`).
pub fn is_siglum(s: &str) -> bool {
    let n = s.chars().count();
    (2..=8).contains(&n)
        && s.chars().all(char::is_alphabetic)
        && s.starts_with(char::is_uppercase)
        && s.chars().filter(|c| c.is_uppercase()).count() >= 2
        // `(II)`: a part's number in Roman numerals.
        && !s.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// Where an archival source is kept: the archive, its place and the
/// shelfmark (`The National Archives`, `Kew`, `ADM 3/265`).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Archive {
    /// The archive or library, as written out in full where the paper
    /// defines an abbreviation for it.
    pub archive: String,
    /// Its place (`Kew`), when the citation names one.
    #[serde(rename = "archive-place", skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The shelfmark or call number within the archive (`ADM 3/265`,
    /// `Add. MS 44529`, `Ф. Р-5446. Оп. 1. Д. 23`).
    #[serde(rename = "archive_location", skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The abbreviation the paper defines for the archive (`TNA` of `The
    /// National Archives, Kew (hereafter TNA)`), or the one this citation
    /// wrote before it was written out.
    #[serde(skip)]
    pub abbreviation: Option<String>,
}

impl Archive {
    /// The archive, its place and the shelfmark, as one line (`The
    /// National Archives, Kew, ADM 3/265`).
    pub fn held_at(&self) -> String {
        let mut at = self.archive.clone();
        for part in [&self.place, &self.location].into_iter().flatten() {
            at.push_str(", ");
            at.push_str(part);
        }
        at
    }
}

impl CslItem {
    /// The names a work is known by: its authors, or its editors where it
    /// has none (`G. Cornu (dir.), Vocabulaire juridique`, `Zmerli, S., &
    /// van der Meer, T. (Eds.). (2017)`, cited as `Cornu` and `(Zmerli &
    /// van der Meer, 2017)`).
    pub fn names(&self) -> &[CslName] {
        if self.author.is_empty() {
            &self.editor
        } else {
            &self.author
        }
    }

    /// The year of publication.
    pub fn year(&self) -> Option<i32> {
        self.issued.as_ref().and_then(CslDate::year)
    }
}

/// Everything opcit found in one document.
#[derive(Debug, Clone)]
pub struct Document {
    /// The style detected.
    pub style: CitationStyle,
    /// Footnotes in number order.
    pub footnotes: Vec<Footnote>,
    /// Body markers in document order.
    pub markers: Vec<Marker>,
    /// Citations in document order.
    pub citations: Vec<Citation>,
    /// References: bibliography entries first (in list order), then
    /// note-only works in order of first citation.
    pub references: Vec<Reference>,
    /// The bibliography's heading and extent, if there is one.
    pub bibliography: Option<Span>,
    /// Findings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// Applies `f` to every span of the document: those of its footnotes,
    /// markers, citations, references, bibliography and findings. The
    /// analysis maps its spans to the input with it
    /// ([`crate::source::InputMap`]); `f` must keep the order of offsets.
    pub fn map_spans(&mut self, f: impl Fn(Span) -> Span) {
        for n in &mut self.footnotes {
            n.label = f(n.label);
            n.pieces.iter_mut().for_each(|s| *s = f(*s));
            n.markers.iter_mut().for_each(|s| *s = f(*s));
        }
        for m in &mut self.markers {
            m.span = f(m.span);
        }
        for c in &mut self.citations {
            c.span = f(c.span);
        }
        for r in &mut self.references {
            r.span = f(r.span);
        }
        self.bibliography = self.bibliography.map(&f);
        for d in &mut self.diagnostics {
            d.span = f(d.span);
            for l in &mut d.labels {
                l.span = f(l.span);
            }
        }
    }

    /// The reference with this id.
    pub fn reference(&self, id: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.id == id)
    }

    /// The citation with this id.
    pub fn citation(&self, id: &str) -> Option<&Citation> {
        self.citations.iter().find(|c| c.id == id)
    }

    /// The footnote with this number (of the first chapter, when notes
    /// are numbered per chapter).
    pub fn footnote(&self, number: u32) -> Option<&Footnote> {
        self.footnote_in(1, number)
    }

    /// The footnote with this number in this chapter
    /// ([`Footnote::chapter`]).
    pub fn footnote_in(&self, chapter: u32, number: u32) -> Option<&Footnote> {
        self.footnotes
            .iter()
            .find(|f| f.chapter == chapter && f.number == number)
    }

    /// How many runs of note numbers the footnotes form: 1, or the number
    /// of chapters when notes are numbered per chapter (0 without notes).
    pub fn chapters(&self) -> u32 {
        self.footnotes.last().map_or(0, |f| f.chapter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(t: &str) -> CslItem {
        CslItem {
            title: Some(t.to_string()),
            ..Default::default()
        }
    }

    #[test]
    fn a_siglum_after_the_title_is_its_short_title() {
        for (title, short) in [
            ("Grundlegung zur Metaphysik der Sitten (GMS)", Some("GMS")),
            ("Kritik der praktischen Vernunft (KpV)", Some("KpV")),
            (
                "Historisches Wörterbuch der Philosophie (HWPh)",
                Some("HWPh"),
            ),
            ("Bürgerliches Gesetzbuch (BGB)", Some("BGB")),
            ("Sämtliche Werke. Kritische Studienausgabe (KSA)", None),
            ("Kritische Studienausgabe (KSA)", Some("KSA")),
            // An abbreviation of the last words names what the title
            // speaks of.
            ("The German Socio-Economic Panel (SOEP) ", None),
            (
                "Data resource profile: Clinical Practice Research Datalink (CPRD)",
                None,
            ),
            (
                "Management of hyperglycaemia: a report by the European Association for the Study of Diabetes (EASD)",
                None,
            ),
            // Brackets of other words declare none.
            ("Handbuch des Staatsrechts (Hrsg.)", None),
            ("Die Weltbühne (1927)", None),
            ("Education at a Glance (Report No. 12)", None),
            ("Title (Eds)", None),
            ("Über Gewalt (II)", None),
            ("Vom Kriege (VK)", Some("VK")),
            ("Vom Kriege (KV)", None),
            ("(GMS)", None),
            ("GMS", None),
        ] {
            let mut item = titled(title);
            read_title_siglum(&mut item);
            assert_eq!(item.title_short.as_deref(), short, "{title}");
            // The title stays as written.
            assert_eq!(item.title.as_deref(), Some(title));
        }
    }

    #[test]
    fn sigla_are_one_word_with_two_capitals() {
        assert!(is_siglum("GMS"));
        assert!(is_siglum("KpV"));
        assert!(is_siglum("BGB"));
        assert!(!is_siglum("G"));
        assert!(!is_siglum("Eds"));
        assert!(!is_siglum("gms"));
        assert!(!is_siglum("DSM-5"));
        assert!(!is_siglum("AB CD"));
        assert!(!is_siglum("ABCDEFGHI"));
        assert!(!is_siglum("XIV"));
    }
}
