//! Danish, Norwegian and Vietnamese papers: what must come out of each.
//! Expected values were written by reading the fixtures.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use opcit::diagnostic::Code;
use opcit::model::{CitationKind, Status};
use CitationKind::{AuthorDate, Full, Ibid, Short, Supra};
use Status::{Dangling, Resolved};
#[path = "papers_support/mod.rs"]
mod papers_support;
use papers_support::{authors, editors, entry, entry_number, findings, note_entries, run, GRAMMAR};

#[test]
fn danish_notes_link_smst_anf_arb_and_a_st() {
    let (source, doc) = run("fixtures/fodnoter_da.txt");
    assert_eq!(
        doc.footnotes.iter().map(|f| f.number).collect::<Vec<_>>(),
        (1..=20).collect::<Vec<u32>>()
    );
    assert!(doc.footnotes.iter().all(|f| f.markers.len() == 1));
    // Entries: 1 Johansen og Stevnsborg, 2 Jørgensen J. U., 3 Jørgensen
    // P. J., 4 Kruse, 5 Pedersen, 6 Sunde, 7 Tamm, 8 Vogt, 9 Østergaard.
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, Full, Resolved, Some(7)),
            (2, Ibid, Resolved, Some(7)),
            (3, Full, Resolved, Some(4)),
            (4, Full, Resolved, Some(3)),
            (5, Short, Resolved, Some(7)),
            (6, Full, Resolved, Some(8)),
            // The archive: the list names no sources.
            (7, Full, Resolved, None),
            (8, Full, Resolved, Some(5)),
            (9, Ibid, Resolved, Some(5)),
            (10, Full, Resolved, Some(1)),
            // `Se note 8, s. 95.`
            (11, Supra, Resolved, Some(5)),
            // `Vinding Kruse, a.st.`: the two family words of note 3.
            (12, Short, Resolved, Some(4)),
            (13, Short, Resolved, Some(8)),
            (13, Short, Resolved, Some(7)),
            (14, Full, Resolved, Some(2)),
            (15, Ibid, Resolved, Some(2)),
            (16, Full, Resolved, Some(6)),
            (17, Short, Resolved, Some(5)),
            // No note cites Feldbæk in full.
            (17, Short, Dangling, None),
            // Holmgaard is not in the list.
            (18, Full, Resolved, None),
            (19, Ibid, Resolved, None),
            // Two Jørgensens: the given names say which.
            (20, Short, Resolved, Some(2)),
            (20, Short, Resolved, Some(6)),
        ]
    );
    let note = |n: u32| doc.footnote(n).unwrap();
    // Journal line and page number at the foot of the page are no part of
    // note 6, nor the next page's running head of note 13.
    assert!(note(6).text.ends_with("nr. 2, 2009, s. 421–450."));
    assert!(note(13).text.ends_with("s. 70."), "{}", note(13).text);
    let signals: Vec<(u32, Option<&str>)> = doc
        .citations
        .iter()
        .map(|c| (c.footnote.unwrap_or(0), c.signal.as_deref()))
        .filter(|c| c.1.is_some())
        .collect();
    assert_eq!(
        signals,
        vec![
            (3, Some("Jf.")),
            (6, Some("Se")),
            (11, Some("Se")),
            (13, Some("jf."))
        ]
    );
    let e = entry(&doc, 7);
    assert_eq!(authors(e), vec![("Tamm", "Ditlev")]);
    assert_eq!(
        e.title.as_deref(),
        Some("Retshistorie. Danmark – Europa – globale perspektiver")
    );
    assert_eq!(e.edition.as_deref(), Some("2"));
    assert_eq!(e.publisher_place.as_deref(), Some("København"));
    assert_eq!(
        e.publisher.as_deref(),
        Some("Jurist- og Økonomforbundets Forlag")
    );
    assert_eq!(e.year(), Some(2002));
    // `»…«` quotes hold the title; `og` joins the authors.
    let e = entry(&doc, 1);
    assert_eq!(
        authors(e),
        vec![("Johansen", "Jens Chr. V."), ("Stevnsborg", "Henrik")]
    );
    assert_eq!(
        e.title.as_deref(),
        Some("Hasard eller myte? Byfogeden og den lokale retspleje")
    );
    assert_eq!(e.container_title.as_deref(), Some("Fortid og Nutid"));
    assert_eq!(e.page.as_deref(), Some("81–104"));
    let e = entry(&doc, 8);
    assert_eq!(e.volume.as_deref(), Some("109"));
    assert_eq!(e.issue.as_deref(), Some("2"));
    assert_eq!(e.page.as_deref(), Some("421–450"));
    let e = entry(&doc, 2);
    assert_eq!(
        e.container_title.as_deref(),
        Some("Danske og Norske Lov i 300 år")
    );
    assert_eq!(e.page.as_deref(), Some("277–301"));
    assert_eq!(
        findings(&source, &doc),
        vec![
            (Code::DanglingShortForm, 66),
            (Code::MissingFromBibliography, 41),
            (Code::MissingFromBibliography, 67),
            (Code::UncitedReference, 91),
        ]
    );
}

#[test]
fn norwegian_author_date_and_notes() {
    let (source, doc) = run("fixtures/fotnoter_nb.txt");
    assert_eq!(
        doc.footnotes.iter().map(|f| f.number).collect::<Vec<_>>(),
        (1..=7).collect::<Vec<u32>>()
    );
    // Entries: 1 Aarnes mfl., 2 Blom, 3 Fure og Steine, 4 Kaartvedt,
    // 5 Myhre, 6 Pryser 1977, 7 Pryser 1985, 8 Sejersted 2003, 9 Sejersted
    // og Myhre 2010, 10 Seip, 11 Slagstad, 12 Sørensen.
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, AuthorDate, Resolved, Some(10)),
            // Not in the list.
            (1, Full, Resolved, None),
            (2, Ibid, Resolved, None),
            (3, Full, Resolved, None),
            // `Samme sted.` repeats note 3.
            (4, Ibid, Resolved, None),
            (5, AuthorDate, Resolved, Some(6)),
            (5, AuthorDate, Resolved, Some(7)),
            (6, Full, Resolved, Some(2)),
            (7, Ibid, Resolved, Some(2)),
            (7, Short, Dangling, None),
        ]
    );
    // In the text, in order.
    let in_text: Vec<(&str, Option<usize>)> = doc
        .citations
        .iter()
        .filter(|c| c.footnote.is_none())
        .map(|c| (c.text.as_str(), entry_number(&doc, c)))
        .collect();
    let want: Vec<Option<usize>> = vec![
        Some(10), // (Seip 1974, s. 12)
        Some(11), // (Slagstad 1998: 45;
        Some(5),  //  jf. Myhre 2012: 88–90)
        Some(11), // Slagstad (1998)
        Some(8),  // Sejersted (2003, s. 101)
        Some(1),  // (se Aarnes mfl. 2009: 17–24)
        Some(5),  // (Myhre 2012: 102)
        Some(5),  // Myhre (2012)
        Some(10), // (Seip 1974, s. 40–42;
        Some(7),  //  Pryser 1985: 77)
        Some(9),  // (Sejersted og Myhre 2010: 233)
        Some(6),  // (Pryser 1977: 15)
        Some(3),  // (Fure og Steine 2021: 9)
        Some(2),  // (Blom 2019: 62)
        Some(4),  // (Kaartvedt 1964, s. 210)
        Some(11), // Slagstad (1998: 112)
        Some(10), // Seip (1974, s. 60)
    ];
    assert_eq!(
        in_text.iter().map(|c| c.1).collect::<Vec<_>>(),
        want,
        "{in_text:?}"
    );
    assert!(doc
        .citations
        .iter()
        .all(|c| c.status == Some(Resolved) || c.text.starts_with("Hodne")));
    let e = entry(&doc, 11);
    assert_eq!(authors(e), vec![("Slagstad", "Rune")]);
    assert_eq!(e.title.as_deref(), Some("De nasjonale strateger"));
    assert_eq!(e.publisher_place.as_deref(), Some("Oslo"));
    assert_eq!(e.publisher.as_deref(), Some("Pax"));
    assert_eq!(e.year(), Some(1998));
    // The imprint on a line of its own belongs to the entry.
    let e = entry(&doc, 1);
    assert_eq!(
        authors(e),
        vec![
            ("Aarnes", "Sigurd Aa."),
            ("Eriksen", "Tore Linné"),
            ("Kjeldstadli", "Knut")
        ]
    );
    assert_eq!(e.publisher.as_deref(), Some("Cappelen Damm"));
    assert_eq!(e.year(), Some(2009));
    let e = entry(&doc, 8);
    assert_eq!(e.edition.as_deref(), Some("2"));
    let e = entry(&doc, 9);
    assert_eq!(e.title.as_deref(), Some("Embetsmannsstaten revisited"));
    assert_eq!(e.container_title.as_deref(), Some("Historisk tidsskrift"));
    assert_eq!(e.volume.as_deref(), Some("89"));
    assert_eq!(e.issue.as_deref(), Some("2"));
    assert_eq!(e.page.as_deref(), Some("225–248"));
    assert_eq!(
        findings(&source, &doc),
        vec![
            (Code::DanglingShortForm, 50),
            (Code::MissingFromBibliography, 24),
            (Code::MissingFromBibliography, 27),
            (Code::UncitedReference, 71),
        ]
    );
}

#[test]
fn vietnamese_names_family_name_first_link_by_the_whole_name() {
    let (source, doc) = run("fixtures/chuthich_vi.txt");
    assert_eq!(
        doc.footnotes.iter().map(|f| f.number).collect::<Vec<_>>(),
        (1..=14).collect::<Vec<u32>>()
    );
    // Entries: 1 Đặng Huy Vận, Chu Thiên, 2 Nguyễn Văn Kiệm, 3 Nguyễn Văn
    // Trung, 4 Phan Huy Lê, 5 Trần Quốc Vượng, 6 Trần Văn Giàu, 7 Woodside.
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, Full, Resolved, Some(6)),
            (2, Ibid, Resolved, Some(6)),
            (3, Full, Resolved, Some(5)),
            (4, Full, Resolved, Some(2)),
            // `Trần Văn Giàu, Sđd`: not Trần Quốc Vượng's book.
            (5, Short, Resolved, Some(6)),
            (6, Full, Resolved, Some(7)),
            (7, Full, Resolved, Some(4)),
            (8, Ibid, Resolved, Some(4)),
            (9, Full, Resolved, Some(1)),
            (10, Short, Resolved, Some(2)),
            (11, Short, Resolved, Some(5)),
            // Not in the list.
            (12, Full, Resolved, None),
            (13, Short, Resolved, Some(7)),
            // No note cites Nguyễn Quang Ngọc in full; three other Nguyễns
            // do.
            (14, Short, Dangling, None),
        ]
    );
    let pins: Vec<Option<&str>> = doc
        .citations
        .iter()
        .map(|c| c.locator.as_ref().map(|l| l.value.as_str()))
        .collect();
    assert_eq!(
        pins,
        vec![
            Some("45"),
            Some("52"),
            Some("112"),
            // An article's pages are its extent, no pinpoint.
            None,
            Some("60"),
            Some("88"),
            Some("301"),
            Some("305"),
            None,
            Some("27"),
            Some("118"),
            Some("77"),
            Some("120"),
            Some("15"),
        ]
    );
    let e = entry(&doc, 6);
    assert_eq!(authors(e), vec![("Trần", "Văn Giàu")]);
    assert_eq!(e.year(), Some(1973));
    assert!(e.author[0].static_ordering);
    assert_eq!(e.author[0].display(), "Trần Văn Giàu");
    // Two authors, each family name first, joined by a comma.
    let e = entry(&doc, 1);
    assert_eq!(authors(e), vec![("Đặng", "Huy Vận"), ("Chu", "Thiên")]);
    assert_eq!(
        e.title.as_deref(),
        Some("Những bản điều trần của Nguyễn Trường Tộ")
    );
    assert_eq!(
        e.container_title.as_deref(),
        Some("Tạp chí Nghiên cứu Lịch sử")
    );
    assert_eq!(e.issue.as_deref(), Some("56"));
    assert_eq!(e.page.as_deref(), Some("10-19"));
    assert_eq!(e.year(), Some(1963));
    // Written with decomposed marks in the paper: read composed.
    let e = entry(&doc, 2);
    assert_eq!(authors(e), vec![("Nguyễn", "Văn Kiệm")]);
    assert_eq!(
        e.container_title.as_deref(),
        Some("Tạp chí Nghiên cứu Lịch sử")
    );
    assert_eq!(e.issue.as_deref(), Some("4"));
    assert_eq!(e.page.as_deref(), Some("23-31"));
    assert_eq!(authors(entry(&doc, 7)), vec![("Woodside", "Alexander")]);
    assert_eq!(
        findings(&source, &doc),
        vec![
            (Code::DanglingShortForm, 49),
            (Code::MissingFromBibliography, 46),
            (Code::UncitedReference, 59),
        ]
    );
}

/// A name of the grammars' `leading_family_names` list is split after its first
/// word and keyed whole; other names keep their order.
#[test]
fn names_opening_with_a_leading_family_name_split_after_it() {
    use opcit::syntax::name::{name_key, parse_names, NameOrder};
    let g = &*GRAMMAR;
    let n = parse_names("Nguyễn Văn Kiệm", NameOrder::Natural, g);
    assert_eq!(n.names[0].family.as_deref(), Some("Nguyễn"));
    assert_eq!(n.names[0].given.as_deref(), Some("Văn Kiệm"));
    let other = parse_names("Nguyễn Quang Ngọc", NameOrder::Natural, g);
    assert_ne!(name_key(&n.names[0]), name_key(&other.names[0]));
    // In a bibliography a second name after a comma is no given name.
    let n = parse_names("Đặng Huy Vận, Chu Thiên", NameOrder::InvertedFirst, g);
    assert_eq!(n.names.len(), 2);
    assert_eq!(n.names[1].family.as_deref(), Some("Chu"));
    // Not a family of the list: given name first.
    let n = parse_names("Alexander Woodside", NameOrder::Natural, g);
    assert_eq!(n.names[0].family.as_deref(), Some("Woodside"));
    assert!(!n.names[0].static_ordering);
    // Five words are no Vietnamese person's name.
    let n = parse_names("Trần Văn Giàu Minh Khai", NameOrder::Natural, g);
    assert!(!n.names[0].static_ordering);
}

#[test]
fn finnish_notes_link_emt_sama_mt_and_ma() {
    let (source, doc) = run("fixtures/alaviitteet_fi.txt");
    assert_eq!(
        doc.footnotes.iter().map(|f| f.number).collect::<Vec<_>>(),
        (1..=14).collect::<Vec<u32>>()
    );
    // Entries: 1 the city archive (Arkistolähteet), then 2 Haapala,
    // 3 Haapala & Hoppu, 4 Jussila, 5 Peltonen, 6 Tikka, 7 Upton,
    // 8 Ylikangas (Tutkimuskirjallisuus).
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, Full, Resolved, Some(4)),
            (2, Full, Resolved, Some(2)),
            (3, Ibid, Resolved, Some(2)),
            (4, Full, Resolved, Some(1)),
            (5, Full, Resolved, Some(6)),
            (6, AuthorDate, Resolved, Some(4)),
            // `Haapala, mt.`: only Haapala's book is cited before note 6.
            (6, Short, Resolved, Some(2)),
            (7, Full, Resolved, Some(5)),
            (8, Ibid, Resolved, Some(5)),
            (9, Full, Resolved, Some(3)),
            (10, Short, Resolved, Some(6)),
            // Both names: the edited book, not Haapala's own.
            (11, Short, Resolved, Some(3)),
            (12, Full, Resolved, Some(8)),
            // Not in the list.
            (13, Full, Resolved, None),
            (14, Short, Dangling, None),
        ]
    );
    let pins: Vec<Option<&str>> = doc
        .citations
        .iter()
        .map(|c| c.locator.as_ref().map(|l| l.value.as_str()))
        .collect();
    assert_eq!(
        pins,
        vec![
            Some("45"),
            Some("112–118"),
            Some("120"),
            None,
            None,
            Some("50"),
            Some("130"),
            Some("77"),
            Some("80"),
            Some("203"),
            Some("110"),
            Some("205"),
            Some("488"),
            // `Helsinki 2004, 31.`: the page after the place and year.
            Some("31"),
            Some("15"),
        ]
    );
    let signals: Vec<(u32, &str)> = doc
        .citations
        .iter()
        .filter_map(|c| Some((c.footnote?, c.signal.as_deref()?)))
        .collect();
    assert_eq!(signals, vec![(5, "Ks."), (6, "vrt.")]);
    // `Family, Given: Title. Subtitle. Place: Publisher Year.`
    let e = entry(&doc, 2);
    assert_eq!(authors(e), vec![("Haapala", "Pertti")]);
    assert_eq!(
        e.title.as_deref(),
        Some("Kun yhteiskunta hajosi. Suomi 1914–1920")
    );
    assert_eq!(e.publisher_place.as_deref(), Some("Helsinki"));
    assert_eq!(e.publisher.as_deref(), Some("Painatuskeskus"));
    assert_eq!(e.year(), Some(1995));
    let e = entry(&doc, 3);
    // `(toim.)`: the editors.
    assert_eq!(editors(e), vec![("Haapala", "Pertti"), ("Hoppu", "Tuomas")]);
    assert_eq!(e.title.as_deref(), Some("Tampere 1918"));
    assert_eq!(e.publisher.as_deref(), Some("Vapriikki"));
    assert_eq!(e.year(), Some(2008));
    // `Journal 99 (2001): 2, 101–115.`
    let e = entry(&doc, 6);
    assert_eq!(e.kind, "article-journal");
    assert_eq!(
        e.title.as_deref(),
        Some("Valkoisen hallinnon terrori sisällissodan Suomessa 1918")
    );
    assert_eq!(
        e.container_title.as_deref(),
        Some("Historiallinen Aikakauskirja")
    );
    assert_eq!(e.volume.as_deref(), Some("99"));
    assert_eq!(e.issue.as_deref(), Some("2"));
    assert_eq!(e.page.as_deref(), Some("101–115"));
    assert_eq!(e.year(), Some(2001));
    let archive = entry(&doc, 1).archive.as_deref().unwrap();
    assert_eq!(archive.archive, "Tampereen kaupunginarkisto");
    assert_eq!(archive.location.as_deref(), Some("Ca:45"));
    assert_eq!(archive.abbreviation.as_deref(), Some("TKA"));
    assert_eq!(
        findings(&source, &doc),
        vec![
            (Code::DanglingShortForm, 50),
            (Code::MissingFromBibliography, 49),
            (Code::UncitedReference, 69),
        ]
    );
}

/// Finnish months in the nominative, genitive and partitive.
#[test]
fn finnish_month_forms_are_dates() {
    for (text, month) in [
        ("15. maaliskuuta 1918", 3),
        ("6. huhtikuuta 1918", 4),
        ("joulukuu 1917", 12),
        ("kesäkuun 1920", 6),
    ] {
        let d = GRAMMAR.dates.first(text).expect(text);
        assert_eq!(d.date.date_parts[0].get(1), Some(&month), "{text}");
    }
    let d = GRAMMAR.dates.first("15. maaliskuuta 1918").unwrap();
    assert_eq!(d.date.date_parts[0], vec![1918, 3, 15]);
}

/// `»…«` quotes hold a title and the semicolons in it.
#[test]
fn reversed_guillemets_delimit_a_title() {
    use opcit::syntax::item::split_items;
    use opcit::syntax::reference::find_title;
    let s = "Vogt, »Ret; og praksis«, Historisk Tidsskrift 2009";
    let (_, a, b, _, _) = find_title(s).unwrap();
    assert_eq!(&s[a..b], "Ret; og praksis");
    assert_eq!(split_items(s).len(), 1);
    // French quotes are still read so, with a `»` after them.
    let s = "« Le titre », puis »autre«";
    let (_, a, b, _, _) = find_title(s).unwrap();
    assert_eq!(&s[a..b], " Le titre ");
}

/// `Oslo: Gyldendal.` alone on a line: an imprint without a year.
#[test]
fn an_imprint_line_without_a_year() {
    use opcit::syntax::reference::is_dateless_imprint_line;
    assert!(is_dateless_imprint_line("Oslo: Cappelen Damm."));
    assert!(!is_dateless_imprint_line("Oslo: Cappelen Damm 2009."));
    assert!(!is_dateless_imprint_line(
        "Blom, Ida (2019). Kvinner i norsk historie."
    ));
    assert!(!is_dateless_imprint_line("Oslo: Pax"));
}

/// Two inverted names joined by an `and` word.
#[test]
fn inverted_names_joined_by_and() {
    use opcit::syntax::name::{parse_names, NameOrder};
    let g = &*GRAMMAR;
    for s in [
        "Haapala, Pertti & Hoppu, Tuomas",
        "Fure, Eli og Steine, Gunnar",
    ] {
        let n = parse_names(s, NameOrder::InvertedFirst, g);
        let fam: Vec<Option<&str>> = n.names.iter().map(|n| n.family.as_deref()).collect();
        assert_eq!(fam.len(), 2, "{s}");
        assert!(n.names.iter().all(|n| n.given.is_some()), "{s}");
    }
    // A second name written given name first stays so.
    let n = parse_names("Fure, Eli og Gunnar Steine", NameOrder::InvertedFirst, g);
    assert_eq!(n.names[1].family.as_deref(), Some("Steine"));
    assert_eq!(n.names[1].given.as_deref(), Some("Gunnar"));
}
