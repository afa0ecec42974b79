//! Papers in right-to-left scripts: an Arabic law article with footnotes
//! and a Persian author-date article with endnotes. Expected values were
//! written by reading the fixtures, not by copying program output.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, CslItem, Document, Status};
use opcit::source::{analysis_text, Span};
use CitationKind::{AuthorDate, Full, Ibid, Short};
#[path = "papers_support/mod.rs"]
mod papers_support;
use papers_support::{findings, run};

const ARABIC: &str = "fixtures/hawamish_ar.txt";
const PERSIAN: &str = "fixtures/payvast_fa.txt";

/// (footnote, kind, status, title of the linked reference) of every note
/// citation.
fn note_links(doc: &Document) -> Vec<(u32, CitationKind, Status, Option<String>)> {
    doc.citations
        .iter()
        .filter(|c| c.site.is_none())
        .map(|c| {
            let title = c
                .reference
                .as_deref()
                .and_then(|r| doc.reference(r))
                .and_then(|r| r.fields.title.clone());
            let status = c.status.unwrap_or(Status::Dangling);
            (c.footnote.unwrap_or(0), c.kind, status, title)
        })
        .collect()
}

/// The bibliography entry (not a work known from the notes alone) whose
/// first author's family name is `family`.
fn entry<'d>(doc: &'d Document, family: &str) -> &'d CslItem {
    let found: Vec<&CslItem> = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .map(|r| &r.fields)
        .filter(|f| f.author.first().and_then(|a| a.family.as_deref()) == Some(family))
        .collect();
    assert_eq!(found.len(), 1, "one entry by {family}");
    found[0]
}

/// (family, given, title, place, publisher, first year) of an entry.
type Fields<'a> = (
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<i32>,
);

/// The [`Fields`] of an entry.
fn fields(f: &CslItem) -> Fields<'_> {
    let a = f.author.first();
    (
        a.and_then(|a| a.family.as_deref()),
        a.and_then(|a| a.given.as_deref()),
        f.title.as_deref(),
        f.publisher_place.as_deref(),
        f.publisher.as_deref(),
        f.issued
            .as_ref()
            .and_then(|d| d.date_parts.first())
            .and_then(|p| p.first())
            .copied(),
    )
}

fn s(t: &str) -> Option<String> {
    Some(t.to_string())
}

#[test]
fn arabic_notes_with_mirrored_markers_are_all_read() {
    let (_, doc) = run(ARABIC);
    // Notes 1–7 are labelled `(1)`, notes 8–22 `)8(` as PDF extraction of
    // right-to-left text mirrors the brackets; note 14 runs on to the next
    // page.
    let numbers: Vec<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, (1..=22).collect::<Vec<_>>());
    assert_eq!(doc.markers.len(), 22);
    assert!(doc.footnotes.iter().all(|f| f.markers.len() == 1));
    let n14 = &doc.footnotes[13];
    assert_eq!(n14.pieces.len(), 2);
    assert!(n14.text.ends_with("2001, صص 201-240."), "{}", n14.text);
    // The list, split by `أولاً: المصادر`, `ثانياً: المراجع العربية` and
    // `ثالثاً: المراجع الأجنبية`, has its twelve entries and no heading.
    let listed = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .count();
    assert_eq!(listed, 12);
    assert!(doc.references.iter().all(|r| !r.raw.contains("ثانياً")));
}

#[test]
fn arabic_short_forms_link_to_the_works_they_stand_for() {
    let (_, doc) = run(ARABIC);
    let wasit = s("الوسيط في شرح القانون المدني الجديد");
    let bunya = s("بنية العقل العربي");
    let duverger = s("Institutions politiques et droit constitutionnel");
    let muqaddima = s("المقدمة");
    let mustasfa = s("المستصفى من علم الأصول");
    let raad = s("الرقابة على دستورية القوانين في لبنان");
    let kelsen = s("Pure Theory of Law");
    let shaer = s("النظرية العامة للقانون الدستوري");
    use Status::Resolved;
    let want = vec![
        (1, Full, Resolved, wasit.clone()),
        // المرجع نفسه
        (2, Ibid, Resolved, wasit.clone()),
        (3, Full, Resolved, bunya.clone()),
        // السنهوري، المرجع السابق
        (4, Short, Resolved, wasit.clone()),
        (5, Full, Resolved, duverger.clone()),
        (6, Ibid, Resolved, duverger.clone()),
        (7, Full, Resolved, muqaddima.clone()),
        // المصدر نفسه، ج ٢، ص ٣٥٠
        (8, Ibid, Resolved, muqaddima),
        // الجابري، مرجع سابق
        (9, Short, Resolved, bunya),
        // أبو حامد الغزالي … 1413هـ/1993م
        (10, Full, Resolved, mustasfa.clone()),
        // نفسه
        (11, Ibid, Resolved, mustasfa),
        // Two items split by `؛`.
        (12, Full, Resolved, s("القضاء الدستوري في مصر")),
        (12, Short, Resolved, wasit),
        (13, Short, Resolved, duverger),
        (14, Full, Resolved, raad.clone()),
        // المصدر السابق with no name: the work just cited.
        (15, Ibid, Resolved, raad),
        (16, Full, Resolved, s("Traité de science politique")),
        (17, Full, Resolved, kelsen.clone()),
        (18, Short, Resolved, kelsen),
        // Sorour's work is cited here for the first time.
        (
            19,
            Short,
            Status::Dangling,
            s("الحماية الدستورية للحقوق والحريات"),
        ),
        // Cited in full, missing from the list.
        (20, Full, Resolved, s("النظم السياسية والقانون الدستوري")),
        (21, Full, Resolved, shaer.clone()),
        (22, Ibid, Resolved, shaer),
    ];
    assert_eq!(note_links(&doc), want);
    // Pinpoints after `ص`, `ص ص`, in Arabic-Indic digits too.
    let pin = |note: u32, kind: CitationKind| {
        doc.citations
            .iter()
            .find(|c| c.footnote == Some(note) && c.kind == kind)
            .and_then(|c| c.locator.as_ref())
            .map(|l| (l.label.as_str(), l.value.as_str()))
    };
    assert_eq!(pin(1, Full), Some(("page", "45")));
    assert_eq!(pin(7, Full), Some(("page", "345")));
    assert_eq!(pin(8, Ibid), Some(("page", "350")));
    assert_eq!(pin(12, Full), Some(("page", "77-80")));
    assert_eq!(pin(12, Short), Some(("page", "60")));
}

#[test]
fn arabic_entries_inverted_or_not_with_places_publishers_and_hijri_years() {
    let (_, doc) = run(ARABIC);
    // `الجابري، محمد عابد، …، بيروت: مركز دراسات الوحدة العربية، ط9، 2009.`
    assert_eq!(
        fields(entry(&doc, "الجابري")),
        (
            Some("الجابري"),
            Some("محمد عابد"),
            Some("بنية العقل العربي"),
            Some("بيروت"),
            Some("مركز دراسات الوحدة العربية"),
            Some(2009)
        )
    );
    // Given names first: the family name is the last word.
    assert_eq!(
        fields(entry(&doc, "الجمل")),
        (
            Some("الجمل"),
            Some("يحيى"),
            Some("القضاء الدستوري في مصر"),
            Some("القاهرة"),
            Some("دار النهضة العربية"),
            Some(2000)
        )
    );
    // A family name opened by `ابن` stays whole; `ط 3` is the edition.
    let khaldun = entry(&doc, "ابن خلدون");
    assert_eq!(khaldun.author[0].given.as_deref(), Some("عبد الرحمن"));
    assert_eq!(khaldun.title.as_deref(), Some("المقدمة"));
    assert_eq!(khaldun.edition.as_deref(), Some("3"));
    // `1413هـ/1993م`: the Gregorian year, the raw text both.
    let ghazali = entry(&doc, "الغزالي");
    assert_eq!(ghazali.author[0].given.as_deref(), Some("أبو حامد"));
    let issued = ghazali.issued.as_ref().unwrap();
    assert_eq!(issued.date_parts, vec![vec![1993]]);
    assert_eq!(issued.raw.as_deref(), Some("1413هـ/1993م"));
    // `ج 1، ط 3` and `الطبعة الثانية`.
    let sanhuri = entry(&doc, "السنهوري");
    assert_eq!(
        (sanhuri.volume.as_deref(), sanhuri.edition.as_deref()),
        (Some("1"), Some("3"))
    );
    assert_eq!(entry(&doc, "سرور").edition.as_deref(), Some("2"));
    // The foreign entries read as before.
    assert_eq!(
        fields(entry(&doc, "Duverger")),
        (
            Some("Duverger"),
            Some("Maurice"),
            Some("Institutions politiques et droit constitutionnel"),
            Some("Paris"),
            Some("PUF"),
            Some(1988)
        )
    );
    // The work cited in note 20 only: a name of four words is a person's,
    // `عبد الله` one family name.
    let bassiouni = doc
        .references
        .iter()
        .find(|r| r.bibliography_index.is_none())
        .unwrap();
    assert_eq!(
        bassiouni.fields.author[0].family.as_deref(),
        Some("عبد الله")
    );
    assert_eq!(
        bassiouni.fields.author[0].given.as_deref(),
        Some("عبد الغني بسيوني")
    );
}

#[test]
fn arabic_check_reports_the_dangling_the_missing_and_the_uncited() {
    let (source, doc) = run(ARABIC);
    assert_eq!(
        findings(&source, &doc),
        vec![
            // )19( فتحي سرور، المرجع السابق
            (Code::DanglingShortForm, 77),
            // )20( عبد الغني بسيوني عبد الله، …
            (Code::MissingFromBibliography, 78),
            // 8. محمد سليم العوا، …
            (Code::UncitedReference, 101),
        ]
    );
}

#[test]
fn persian_in_text_citations_in_extended_digits_link_by_name_and_solar_year() {
    let (_, doc) = run(PERSIAN);
    let rows: Vec<(String, Status, Option<String>, Option<String>)> = doc
        .citations
        .iter()
        .filter(|c| c.kind == AuthorDate)
        .map(|c| {
            let family = c
                .reference
                .as_deref()
                .and_then(|r| doc.reference(r))
                .and_then(|r| r.fields.author.first())
                .and_then(|a| a.family.clone());
            let pin = c.locator.as_ref().map(|l| l.value.clone());
            (c.text.clone(), c.status.unwrap(), family, pin)
        })
        .collect();
    use Status::Resolved;
    let row = |t: &str, st: Status, fam: Option<&str>, pin: Option<&str>| {
        (
            t.to_string(),
            st,
            fam.map(String::from),
            pin.map(String::from),
        )
    };
    assert_eq!(
        rows,
        vec![
            row("بشیریه, 1395", Resolved, Some("بشیریه"), Some("25")),
            // Between bidi embedding marks.
            row("Huntington, 1968", Resolved, Some("Huntington"), Some("45")),
            // Narrative, the name on the line before.
            row("آبراهامیان (1389)", Resolved, Some("آبراهامیان"), None),
            // Two works joined by `؛`.
            row("زیباکلام, 1397", Resolved, Some("زیباکلام"), None),
            row("قاضی, 1383", Resolved, Some("قاضی"), Some("67")),
            row(
                "کاتوزیان, 1390",
                Resolved,
                Some("کاتوزیان"),
                Some("120-122")
            ),
            row("عالم (1394)", Resolved, Some("عالم"), Some("78")),
            row("Skocpol, 1979", Resolved, Some("Skocpol"), Some("4-5")),
            row("Smith, 2010", Resolved, Some("Smith"), Some("45")),
            // Two authors joined by `و`.
            row(
                "طباطبایی و احمدی, 1400",
                Resolved,
                Some("طباطبایی"),
                Some("350")
            ),
            // Not in the list.
            row("فوکویاما, 1396", Status::Dangling, None, Some("88")),
            row("بشیریه (1395)", Resolved, Some("بشیریه"), Some("130")),
        ]
    );
}

#[test]
fn persian_endnotes_with_haman_and_pishin() {
    let (_, doc) = run(PERSIAN);
    let numbers: Vec<u32> = doc.footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4, 5]);
    let iran = s("ایران بین دو انقلاب");
    use Status::Resolved;
    assert_eq!(
        note_links(&doc),
        vec![
            // After prose and the signal `نک.`.
            (1, Full, Resolved, iran.clone()),
            // همان، ص ۱۲
            (2, Ibid, Resolved, iran.clone()),
            // No note cites Smith in full before: the bibliography's entry.
            (
                3,
                Short,
                Resolved,
                s("Nationalism: Theory, Ideology, History")
            ),
            (
                4,
                Full,
                Resolved,
                s("جامعه‌شناسی سیاسی: نقش نیروهای اجتماعی در زندگی سیاسی")
            ),
            // آبراهامیان، پیشین
            (5, Short, Resolved, iran),
        ]
    );
    assert_eq!(doc.citations[0].signal.as_deref(), Some("نک."));
}

#[test]
fn persian_entries_with_solar_hijri_years() {
    let (_, doc) = run(PERSIAN);
    assert_eq!(
        fields(entry(&doc, "بشیریه")),
        (
            Some("بشیریه"),
            Some("حسین"),
            Some("جامعه‌شناسی سیاسی: نقش نیروهای اجتماعی در زندگی سیاسی"),
            Some("تهران"),
            Some("نشر نی"),
            Some(1395)
        )
    );
    assert_eq!(
        fields(entry(&doc, "کاتوزیان")),
        (
            Some("کاتوزیان"),
            Some("ناصر"),
            Some("مقدمه علم حقوق"),
            Some("تهران"),
            Some("شرکت سهامی انتشار"),
            Some(1390)
        )
    );
    assert_eq!(
        fields(entry(&doc, "Huntington")),
        (
            Some("Huntington"),
            Some("S. P."),
            Some("Political Order in Changing Societies"),
            Some("New Haven"),
            Some("Yale University Press"),
            Some(1968)
        )
    );
}

#[test]
fn persian_check_reports_the_unlisted_the_dangling_and_the_uncited() {
    let (source, doc) = run(PERSIAN);
    assert_eq!(
        findings(&source, &doc),
        vec![
            // میلانی، عباس (۱۳۸۰)
            (Code::UncitedReference, 53),
            // (فوکویاما، ۱۳۹۶: ۸۸)
            (Code::UnresolvedCitation, 32),
        ]
    );
}

/// The input text a span of the analysed text maps back to.
fn input_of<'a>(
    input: &'a str,
    analysed: &str,
    map: &opcit::source::InputMap,
    part: &str,
) -> &'a str {
    let at = analysed.find(part).unwrap();
    let span = map.span(Span::new(at, at + part.len()));
    &input[span.start..span.end]
}

#[test]
fn arabic_indic_digits_are_read_as_ascii_digits_and_map_back() {
    let input = "ج ٢، ص ٣٤٥؛ ۱۳۹۸: ۲۵";
    let (analysed, map) = analysis_text(input).unwrap();
    assert_eq!(analysed, "ج 2, ص 345; 1398: 25");
    assert_eq!(input_of(input, &analysed, &map, "345"), "٣٤٥");
    assert_eq!(input_of(input, &analysed, &map, "1398"), "۱۳۹۸");
    assert_eq!(input_of(input, &analysed, &map, "345;"), "٣٤٥؛");
    assert_eq!(input_of(input, &analysed, &map, "ص"), "ص");
}

#[test]
fn bidi_marks_are_read_as_nothing_and_the_zero_width_non_joiner_stays() {
    let input = "\u{200f}(\u{202a}Smith, 2010\u{202c})\u{200e} و \u{2067}Lee\u{2069}";
    let (analysed, map) = analysis_text(input).unwrap();
    assert_eq!(analysed, "(Smith, 2010) و Lee");
    assert_eq!(
        input_of(input, &analysed, &map, "Smith, 2010"),
        "Smith, 2010"
    );
    assert_eq!(input_of(input, &analysed, &map, "Lee"), "Lee");
    // `می‌شود`: the non-joiner is part of the word, nothing to change.
    assert!(analysis_text("می\u{200c}شود").is_none());
    let (analysed, _) = analysis_text("می\u{200c}شود (نام، 1398)").unwrap();
    assert_eq!(analysed, "می\u{200c}شود (نام, 1398)");
}
