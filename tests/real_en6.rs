#[path = "papers_support/mod.rs"]
mod papers_support;

// An English-language Korean studies article in Chicago notes and
// bibliography as pdftotext gives it (running heads, page numbers, notes
// at the page foot and split across pages, hyphenated line breaks), with
// romanized Korean, Japanese and Chinese names written family name first,
// works in those languages with a translated title in brackets, romanized
// dailies, and a bibliography that inverts only Western names; and
// English notes that were misread (OSCOLA initials without periods).
// Expected values were written by reading the fixture and the snippets.

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use papers_support::{authors, entry, entry_number, findings, in_note, only, run, run_text, work};

const AREA: &str = "fixtures/area_studies_korea_pdf_en.txt";

#[test]
fn romanized_names_are_read_family_name_first_in_notes_and_list() {
    let (_, doc) = run(AREA);
    assert_eq!(
        doc.references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .count(),
        20
    );
    // `Kim Ch'ŏl-su. Han'guk chŏngch'i sasang [Korean political thought].`
    let kim = entry(&doc, 9);
    assert_eq!(authors(kim), [("Kim", "Ch'ŏl-su")]);
    assert_eq!(
        kim.title.as_deref(),
        Some("Han'guk chŏngch'i sasang [Korean political thought]")
    );
    assert_eq!(kim.publisher_place.as_deref(), Some("Seoul"));
    assert_eq!(kim.publisher.as_deref(), Some("Ilchogak"));
    // `Maruyama Masao.`, `Wang Hui.`, `Park Chung-hee.`, `Liang Qichao.`:
    // uninverted in a list that inverts `Gluck, Carol.`
    assert_eq!(authors(entry(&doc, 11)), [("Maruyama", "Masao")]);
    assert_eq!(authors(entry(&doc, 18)), [("Wang", "Hui")]);
    assert_eq!(authors(entry(&doc, 13)), [("Park", "Chung-hee")]);
    assert_eq!(authors(entry(&doc, 10)), [("Liang", "Qichao")]);
    // `Chŏng Yong-uk 정용욱.`, the name in Hangul after the romanized one,
    // is read (its note links to it).
    assert_eq!(entry_number(&doc, only(&doc, 41)), Some(1));
    assert!(entry(&doc, 1)
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("Haebang chŏnhu")));
    assert_eq!(authors(entry(&doc, 7)), [("Gluck", "Carol")]);
    assert_eq!(authors(entry(&doc, 16)), [("Shin", "Gi-Wook")]);
    // The note's own reading: `Kim Ch'ŏl-su, Han'guk …`, `Maruyama Masao,
    // Nihon seiji shisōshi kenkyū [Studies …]`, `Tokutomi Sohō, Dai Nihon
    // bōchōron [On the expansion of greater Japan]` (in no list).
    let note = |n: u32| only(&doc, n).fields.as_deref().unwrap().clone();
    assert_eq!(authors(&note(2)), [("Kim", "Ch'ŏl-su")]);
    assert_eq!(authors(&note(7)), [("Maruyama", "Masao")]);
    assert_eq!(authors(&note(26)), [("Tokutomi", "Sohō")]);
    assert_eq!(authors(&note(15)), [("Shin", "Gi-Wook")]);
    assert_eq!(authors(&note(1)), [("Cumings", "Bruce")]);
    assert_eq!(note(26).publisher.as_deref(), Some("Min'yūsha"));
    assert_eq!(
        note(7).issued.as_ref().map(|d| d.date_parts[0][0]),
        Some(1952)
    );
}

#[test]
fn short_forms_of_romanized_authors_find_their_works() {
    let (_, doc) = run(AREA);
    let linked = |n: u32| -> Vec<(CitationKind, Option<usize>)> {
        in_note(&doc, n)
            .iter()
            .map(|c| (c.kind, entry_number(&doc, c)))
            .collect()
    };
    use CitationKind::{Ibid, Short};
    // `Kim, Han'guk chŏngch'i sasang, 50.` and `77–80.`
    assert_eq!(linked(6), [(Short, Some(9))]);
    assert_eq!(linked(30), [(Short, Some(9))]);
    // `Maruyama, Nihon seiji shisōshi kenkyū, 30.`
    assert_eq!(linked(14), [(Short, Some(11))]);
    // `Maruyama, …, 45; Gluck, Japan's Modern Myths, 110.`
    assert_eq!(linked(38), [(Short, Some(11)), (Short, Some(7))]);
    assert_eq!(linked(33), [(Short, Some(18))]);
    assert_eq!(linked(35), [(Short, Some(12))]);
    // Quoted titles: `Yi, "Minjok chŏk kyŏngnyun," 3.`, `Liang, "Xinmin
    // shuo," 4.`, `Kang, "Ilche sidae …," 120.`
    assert_eq!(linked(25), [(Short, Some(19))]);
    assert_eq!(linked(28), [(Short, Some(10))]);
    assert_eq!(linked(40), [(Short, Some(8))]);
    // `Ibid., 230.` after Pak's book; `Ibid.` after Yun's diary.
    assert_eq!(linked(9), [(Ibid, Some(12))]);
    assert_eq!(linked(20), [(Ibid, Some(20))]);
    assert_eq!(only(&doc, 9).locator.as_ref().unwrap().value, "230");
    // Note 22 follows a marker glued to `the 1900s;`.
    assert_eq!(linked(22), [(Short, Some(15))]);
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Status::Resolved)));
}

#[test]
fn translations_after_quoted_titles_and_romanized_dailies() {
    let (_, doc) = run(AREA);
    // `Kang Man-gil, "Ilche sidae …" [A study of …], Han'guksa yŏn'gu 22
    // (1978): 105–28`: the journal is `Han'guksa yŏn'gu`.
    let kang = work(&doc, only(&doc, 13));
    assert_eq!(authors(kang), [("Kang", "Man-gil")]);
    assert_eq!(kang.container_title.as_deref(), Some("Han'guksa yŏn'gu"));
    assert_eq!(
        kang.title.as_deref(),
        Some("Ilche sidae pinmin saenghwalsa yŏn'gu [A study of the lives of the poor under Japanese rule]")
    );
    assert_eq!(kang.volume.as_deref(), Some("22"));
    let yi = work(&doc, only(&doc, 21));
    assert_eq!(yi.container_title.as_deref(), Some("Tonga ilbo"));
    // `Tonga ilbo, May 6, 1926.` and `Chosŏn ilbo, January 1, 1925,
    // evening edition.`: issues of dailies.
    for (n, paper) in [(5, "Tonga ilbo"), (12, "Chosŏn ilbo")] {
        let c = only(&doc, n);
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.kind, "article-newspaper", "note {n}");
        assert_eq!(f.container_title.as_deref(), Some(paper));
        assert!(c.locator.is_none(), "note {n}");
    }
}

#[test]
fn area_studies_findings_are_the_missing_and_the_uncited_work() {
    let (source, doc) = run(AREA);
    // Tokutomi's book is in no list; Duus's is cited nowhere.
    let f = findings(&source, &doc);
    assert_eq!(
        f,
        [
            (Code::MissingFromBibliography, 113),
            (Code::UncitedReference, 160)
        ]
    );
}

#[test]
fn oscola_initials_without_periods_are_given_names() {
    let doc = run_text(
        "Title\n\nText.1 More.2 More.3 More.4 More.5\n\n\
         1 TRS Allan, Constitutional Justice (OUP 2001) 45.\n\
         2 AV Dicey, Introduction to the Study of the Law of the Constitution (Macmillan 1885) 3.\n\
         3 Allan, above n 1, 50.\n\
         4 Dicey, above n 2, 7.\n\
         5 LI Wei, Zhongguo falü [Chinese law] (Falü chubanshe 2001) 9.\n",
    );
    let first = |n: u32| {
        authors(only(&doc, n).fields.as_deref().unwrap())
            .iter()
            .map(|(f, g)| (f.to_string(), g.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(first(1), [("Allan".to_string(), "TRS".to_string())]);
    assert_eq!(first(2), [("Dicey".to_string(), "AV".to_string())]);
    assert_eq!(first(5)[0].0, "LI");
    for n in [3, 4] {
        assert_eq!(only(&doc, n).status, Some(Status::Resolved), "note {n}");
    }
}

#[test]
fn western_names_that_open_with_an_east_asian_family_name_stay_given_first() {
    let doc = run_text(
        "Title\n\nText.1 More.2\n\n\
         1 Kim Wilde, Pop Music (London: Faber, 1990), 4.\n\
         2 Mario Rossi, Storia d'Italia [History of Italy] (Rome: Laterza, 1990), 5.\n",
    );
    let fam = |n: u32| {
        only(&doc, n).fields.as_deref().unwrap().author[0]
            .family
            .clone()
    };
    assert_eq!(fam(1).as_deref(), Some("Wilde"));
    assert_eq!(fam(2).as_deref(), Some("Rossi"));
}
