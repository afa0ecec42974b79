//! Greek, Hungarian, Ukrainian and Russian, Vietnamese, Norwegian and
//! Danish, and Finnish references: names with initials before a title, a
//! quotation opening a book's title, Roman volumes, GOST et-al words,
//! comma imprints, subtitles, pinpoints after `Place Year,`, and archival
//! files. Expected values were written by reading the papers.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use opcit::diagnostic::Code;
use opcit::model::{Citation, CitationKind, CslItem, Document, Status};
use CitationKind::{Full, Ibid, Short};
use Status::{Dangling, Resolved};
#[path = "papers_support/mod.rs"]
mod papers_support;
use papers_support::{authors, editors, entry, findings, note_entries, run, run_text};

/// The first citation of note `n`.
fn note(doc: &Document, n: u32) -> &Citation {
    doc.citations
        .iter()
        .find(|c| c.footnote == Some(n))
        .unwrap()
}

/// The fields a note's citation was read with.
fn fields(c: &Citation) -> &CslItem {
    c.fields.as_deref().unwrap()
}

/// (label, value) of a citation's pinpoint.
fn pin(c: &Citation) -> Option<(&str, &str)> {
    c.locator
        .as_ref()
        .map(|l| (l.label.as_str(), l.value.as_str()))
}

/// A paper of `body` (with its markers), the notes, a bibliography
/// heading and its entries.
fn paper(title: &str, body: &str, notes: &[&str], heading: &str, list: &[&str]) -> String {
    let notes: Vec<String> = notes
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{} {n}", i + 1))
        .collect();
    format!(
        "{title}\n\n{body}\n\n{}\n\n{heading}\n\n{}\n",
        notes.join("\n"),
        list.join("\n")
    )
}

#[test]
fn greek_two_inverted_names_with_initials_then_the_title() {
    let (_, doc) = run("fixtures/simeioseis_el.txt");
    // Note 10: `Βερέμης, Θ., Κολιόπουλος, Ι., Ελλάς. …`: two authors.
    let c = note(&doc, 10);
    assert_eq!(
        authors(fields(c)),
        vec![("Βερέμης", "Θ."), ("Κολιόπουλος", "Ι.")]
    );
    assert_eq!(pin(c), Some(("page", "233")));
    // `Ελλάς. Η σύγχρονη συνέχεια: από το 1821 μέχρι σήμερα, Αθήνα:
    // Καστανιώτης, 2006`: the subtitle's colon is no imprint's.
    let f = fields(c);
    assert_eq!(
        f.title.as_deref(),
        Some("Ελλάς. Η σύγχρονη συνέχεια: από το 1821 μέχρι σήμερα")
    );
    assert_eq!(f.publisher.as_deref(), Some("Καστανιώτης"));
    assert_eq!(f.publisher_place.as_deref(), Some("Αθήνα"));
    assert_eq!(f.year(), Some(2006));

    let text = paper(
        "Η ΕΛΛΗΝΙΚΗ ΠΟΛΙΤΙΚΗ ΜΕΤΑ ΤΟ 1974",
        "Η μεταπολίτευση εξετάζεται στη μακρά διάρκεια1, και η οικονομία μαζί της2.",
        &[
            "Βερέμης, Θ., Κολιόπουλος, Ι., Ελλάς. Η σύγχρονη συνέχεια, Αθήνα: Καστανιώτης, 2006, σ. 45.",
            "Αλογοσκούφης, Γ., Λαζαρέτου, Σ., Παπαγεωργίου, Δ., Η δραχμή, Αθήνα: Λιβάνης, 1997, σ. 12.",
        ],
        "Βιβλιογραφία",
        &[
            "Αλογοσκούφης, Γ., Λαζαρέτου, Σ., Παπαγεωργίου, Δ., Η δραχμή, Αθήνα: Λιβάνης, 1997.",
            "Βερέμης, Θ., Κολιόπουλος, Ι., Ελλάς. Η σύγχρονη συνέχεια, Αθήνα: Καστανιώτης, 2006.",
        ],
    );
    let doc = run_text(&text);
    assert_eq!(
        note_entries(&doc),
        vec![(1, Full, Resolved, Some(2)), (2, Full, Resolved, Some(1))]
    );
    let e = entry(&doc, 2);
    assert_eq!(authors(e), vec![("Βερέμης", "Θ."), ("Κολιόπουλος", "Ι.")]);
    assert_eq!(e.title.as_deref(), Some("Ελλάς. Η σύγχρονη συνέχεια"));
    assert_eq!(e.publisher.as_deref(), Some("Καστανιώτης"));
    assert_eq!(e.publisher_place.as_deref(), Some("Αθήνα"));
    assert_eq!(e.year(), Some(2006));
    let e = entry(&doc, 1);
    assert_eq!(
        authors(e),
        vec![
            ("Αλογοσκούφης", "Γ."),
            ("Λαζαρέτου", "Σ."),
            ("Παπαγεωργίου", "Δ.")
        ]
    );
    assert_eq!(e.title.as_deref(), Some("Η δραχμή"));
    assert_eq!(e.publisher.as_deref(), Some("Λιβάνης"));
    assert_eq!(pin(note(&doc, 1)), Some(("page", "45")));
    assert_eq!(pin(note(&doc, 2)), Some(("page", "12")));
}

#[test]
fn french_two_inverted_names_with_initials_then_the_title() {
    let text = paper(
        "LA RÉFORME DE L'ÉTAT",
        "La réforme de l'administration a été étudiée de près1.",
        &["Dupont, J., Martin, P., Histoire de l'administration française, Paris: Seuil, 2006, p. 45."],
        "Bibliographie",
        &["Dupont, J., Martin, P., Histoire de l'administration française, Paris: Seuil, 2006."],
    );
    let doc = run_text(&text);
    assert_eq!(note_entries(&doc), vec![(1, Full, Resolved, Some(1))]);
    let e = fields(note(&doc, 1));
    assert_eq!(authors(e), vec![("Dupont", "J."), ("Martin", "P.")]);
    assert_eq!(
        e.title.as_deref(),
        Some("Histoire de l'administration française")
    );
    assert_eq!(e.publisher.as_deref(), Some("Seuil"));
    assert_eq!(e.publisher_place.as_deref(), Some("Paris"));
    assert_eq!(e.year(), Some(2006));
    // `Paris, P.U.F., 2006` after a name is no second name: no title
    // follows it.
    let text = paper(
        "LA RÉFORME DE L'ÉTAT",
        "La réforme de l'administration a été étudiée de près1.",
        &["Dupont, J., L'État, Paris, P.U.F., 2006, p. 45."],
        "Bibliographie",
        &["Dupont, J., L'État, Paris, P.U.F., 2006."],
    );
    let doc = run_text(&text);
    assert_eq!(authors(entry(&doc, 1)), vec![("Dupont", "J.")]);
}

#[test]
fn greek_book_title_that_opens_with_a_quotation() {
    let (_, doc) = run("fixtures/simeioseis_el.txt");
    // `Κωστής, Κ., «Τα κακομαθημένα παιδιά της Ιστορίας». Η διαμόρφωση
    // του νεοελληνικού κράτους, 18ος-21ος αιώνας, Αθήνα: Πόλις, 2013.`
    let e = entry(&doc, 2);
    assert_eq!(e.kind, "book");
    assert_eq!(
        e.title.as_deref(),
        Some("«Τα κακομαθημένα παιδιά της Ιστορίας». Η διαμόρφωση του νεοελληνικού κράτους, 18ος-21ος αιώνας")
    );
    assert_eq!(e.container_title, None);
    assert_eq!(e.publisher.as_deref(), Some("Πόλις"));
    assert_eq!(e.publisher_place.as_deref(), Some("Αθήνα"));
    assert_eq!(e.year(), Some(2013));
    // An article in guillemets, then its journal, stays an article; a
    // chapter in guillemets, then `στο:`, stays a chapter.
    let e = entry(&doc, 7);
    assert_eq!(e.kind, "article-journal");
    assert_eq!(e.container_title.as_deref(), Some("The Historical Journal"));
    let e = entry(&doc, 5);
    assert_eq!(e.kind, "chapter");
    assert_eq!(e.title.as_deref(), Some("Η άνοδος της αστικής τάξης"));
}

#[test]
fn hungarian_volumes_in_roman_and_arabic_numerals() {
    let (_, doc) = run("fixtures/labjegyzet_hu.txt");
    // Note 10: `… Edinburgh University Press, 1956. I. k. 34.`
    let c = note(&doc, 10);
    assert_eq!(fields(c).volume.as_deref(), Some("I"));
    assert_eq!(pin(c), Some(("page", "34")));
    // Entry 3: `… 1929–1945. I–II. k. Edinburgh, Edinburgh University
    // Press, 1956.`
    let e = entry(&doc, 3);
    assert_eq!(e.volume.as_deref(), Some("I–II"));
    assert_eq!(e.publisher.as_deref(), Some("Edinburgh University Press"));
    assert_eq!(e.publisher_place.as_deref(), Some("Edinburgh"));
    assert_eq!(e.container_title, None);

    let text = paper(
        "A MAGYAR TÖRTÉNETÍRÁS A KÉT HÁBORÚ KÖZÖTT",
        "Szekfű a kora újkort a nemzeti hanyatlás koraként írta le,1 Hóman a középkort másként.2 \
         Szekfű később maga is módosította nézeteit.3",
        &[
            "Szekfű Gyula: Magyar történet. II. k. Budapest, 1935. 45.",
            "Hóman Bálint: Magyar történet. 2. k. Budapest, 1936. 112.",
            "Szekfű: i. m. 50.",
        ],
        "Felhasznált irodalom",
        &[
            "Hóman Bálint: Magyar történet. 2. k. Budapest, 1936.",
            "Szekfű Gyula: Magyar történet. II. k. Budapest, 1935.",
        ],
    );
    let doc = run_text(&text);
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, Full, Resolved, Some(2)),
            (2, Full, Resolved, Some(1)),
            (3, Short, Resolved, Some(2)),
        ]
    );
    let c = note(&doc, 1);
    let f = fields(c);
    assert_eq!(authors(f), vec![("Szekfű", "Gyula")]);
    assert_eq!(f.title.as_deref(), Some("Magyar történet"));
    assert_eq!(f.volume.as_deref(), Some("II"));
    assert_eq!(f.publisher_place.as_deref(), Some("Budapest"));
    assert_eq!(f.publisher, None);
    assert_eq!(f.year(), Some(1935));
    assert_eq!(pin(c), Some(("page", "45")));
    let c = note(&doc, 2);
    assert_eq!(fields(c).volume.as_deref(), Some("2"));
    assert_eq!(pin(c), Some(("page", "112")));
    assert_eq!(entry(&doc, 2).volume.as_deref(), Some("II"));
}

#[test]
fn gost_et_al_words_come_from_the_grammars() {
    let text = paper(
        "ІСТОРІЯ УКРАЇНСЬКОГО КОЗАЦТВА",
        "Козацтво вивчали як соціальну верству1 і як політичну силу2.",
        &[
            "Шевченко О. М., Петренко І. В. та ін. Історія козацтва. Київ : Наукова думка, 2005. С. 45.",
            "Иванов И. И., Петров П. П. и др. История казачества. Москва : Наука, 2007. С. 12.",
        ],
        "Список використаних джерел",
        &[
            "1. Иванов И. И., Петров П. П. и др. История казачества. Москва : Наука, 2007. 420 с.",
            "2. Шевченко О. М., Петренко І. В. та ін. Історія козацтва. Київ : Наукова думка, 2005. 512 с.",
        ],
    );
    let doc = run_text(&text);
    assert_eq!(
        note_entries(&doc),
        vec![(1, Full, Resolved, Some(2)), (2, Full, Resolved, Some(1))]
    );
    for (n, title, place, publisher, year) in [
        (1, "Історія козацтва", "Київ", "Наукова думка", 2005),
        (2, "История казачества", "Москва", "Наука", 2007),
    ] {
        let c = note(&doc, n);
        let f = fields(c);
        assert_eq!(f.title.as_deref(), Some(title));
        assert!(f.et_al, "{n}");
        assert_eq!(f.publisher_place.as_deref(), Some(place));
        assert_eq!(f.publisher.as_deref(), Some(publisher));
        assert_eq!(f.year(), Some(year));
        assert_eq!(pin(c).map(|p| p.1), Some(if n == 1 { "45" } else { "12" }));
    }
    assert_eq!(
        authors(fields(note(&doc, 1))),
        vec![("Шевченко", "О. М."), ("Петренко", "І. В.")]
    );
    let e = entry(&doc, 2);
    assert_eq!(
        authors(e),
        vec![("Шевченко", "О. М."), ("Петренко", "І. В.")]
    );
    assert_eq!(e.title.as_deref(), Some("Історія козацтва"));
    assert!(e.et_al);
}

#[test]
fn vietnamese_imprints_after_a_comma_and_two_word_roles() {
    let (source, doc) = run("fixtures/chuthich_vi.txt");
    // `Tác giả (Năm), Title, [t. 1,] Nxb. Publisher, Place.`
    let e = entry(&doc, 6);
    assert_eq!(e.kind, "book");
    assert_eq!(
        e.title.as_deref(),
        Some("Sự phát triển của tư tưởng ở Việt Nam từ thế kỷ XIX đến Cách mạng tháng Tám")
    );
    assert_eq!(e.volume.as_deref(), Some("1"));
    assert_eq!(e.publisher.as_deref(), Some("Nxb. Khoa học Xã hội"));
    assert_eq!(e.publisher_place.as_deref(), Some("Hà Nội"));
    assert_eq!(e.year(), Some(1973));
    let e = entry(&doc, 4);
    assert_eq!(e.title.as_deref(), Some("Lịch sử Việt Nam"));
    assert_eq!(e.volume.as_deref(), Some("2"));
    assert_eq!(e.publisher.as_deref(), Some("Nxb. Giáo dục"));
    assert_eq!(e.publisher_place.as_deref(), Some("Hà Nội"));
    let e = entry(&doc, 3);
    assert_eq!(
        e.title.as_deref(),
        Some("Chủ nghĩa thực dân Pháp ở Việt Nam: Thực chất và huyền thoại")
    );
    assert_eq!(e.publisher.as_deref(), Some("Nxb. Nam Sơn"));
    assert_eq!(e.publisher_place.as_deref(), Some("Sài Gòn"));
    let e = entry(&doc, 7);
    assert_eq!(e.title.as_deref(), Some("Vietnam and the Chinese Model"));
    assert_eq!(e.publisher.as_deref(), Some("Harvard University Press"));
    assert_eq!(e.publisher_place.as_deref(), Some("Cambridge"));
    assert_eq!(e.year(), Some(1971));
    assert!(doc
        .references
        .iter()
        .all(|r| r.bibliography_index.is_none() || r.unparsed.is_none()));
    assert!(!findings(&source, &doc)
        .iter()
        .any(|(c, _)| *c == Code::UnparsedReference));

    // `(chủ biên)`, a role of two words, after the editor's name.
    let text = paper(
        "LỊCH SỬ VIỆT NAM THỜI CẬN ĐẠI",
        "Các cuộc cải cách đã được nghiên cứu kỹ.1 Như trên đã nói, triều đình không thay đổi.2",
        &[
            "Phan Huy Lê (chủ biên), Lịch sử Việt Nam, tập 2, Nxb. Giáo dục, Hà Nội, 2012, tr. 301.",
            "Như trên, tr. 305.",
        ],
        "Tài liệu tham khảo",
        &["1. Phan Huy Lê (chủ biên) (2012), Lịch sử Việt Nam, tập 2, Nxb. Giáo dục, Hà Nội."],
    );
    let doc = run_text(&text);
    assert_eq!(
        note_entries(&doc),
        vec![(1, Full, Resolved, Some(1)), (2, Ibid, Resolved, Some(1))]
    );
    let c = note(&doc, 1);
    let f = fields(c);
    // `(chủ biên)`: the editor.
    assert_eq!(editors(f), vec![("Phan", "Huy Lê")]);
    assert!(f.author.is_empty());
    assert_eq!(f.title.as_deref(), Some("Lịch sử Việt Nam"));
    assert_eq!(f.volume.as_deref(), Some("2"));
    assert_eq!(f.publisher.as_deref(), Some("Nxb. Giáo dục"));
    assert_eq!(f.publisher_place.as_deref(), Some("Hà Nội"));
    assert_eq!(f.year(), Some(2012));
    assert_eq!(pin(c), Some(("page", "301")));
}

#[test]
fn norwegian_subtitles_and_danish_abbreviated_given_names() {
    let (_, doc) = run("fixtures/fotnoter_nb.txt");
    // `Myhre, Jan Eivind (2012). Norsk historie 1814–1905. Å byggje ein
    // stat og skape ein nasjon. Oslo: Det Norske Samlaget.`
    let e = entry(&doc, 5);
    assert_eq!(e.kind, "book");
    assert_eq!(
        e.title.as_deref(),
        Some("Norsk historie 1814–1905. Å byggje ein stat og skape ein nasjon")
    );
    assert_eq!(e.container_title, None);
    assert_eq!(e.publisher.as_deref(), Some("Det Norske Samlaget"));
    assert_eq!(e.publisher_place.as_deref(), Some("Oslo"));
    assert_eq!(e.year(), Some(2012));
    // `Slagstad, Rune (1998). De nasjonale strateger. Oslo: Pax.`
    let e = entry(&doc, 11);
    assert_eq!(e.title.as_deref(), Some("De nasjonale strateger"));
    assert_eq!(e.publisher.as_deref(), Some("Pax"));
    assert_eq!(e.publisher_place.as_deref(), Some("Oslo"));

    let (_, doc) = run("fixtures/fodnoter_da.txt");
    // Note 10: `Jens Chr. V. Johansen og Henrik Stevnsborg, »Hasard eller
    // myte? …«, Fortid og Nutid 1986, s. 81–104.`
    let c = note(&doc, 10);
    assert!(c
        .text
        .starts_with("Jens Chr. V. Johansen og Henrik Stevnsborg"));
    assert_eq!(
        authors(fields(c)),
        vec![("Johansen", "Jens Chr. V."), ("Stevnsborg", "Henrik")]
    );
    assert_eq!(note_entries(&doc)[9], (10, Full, Resolved, Some(1)));
}

#[test]
fn finnish_pinpoint_after_place_and_year() {
    let (_, doc) = run("fixtures/alaviitteet_fi.txt");
    // Note 13: `Westerlund, Lars: Vankileirit 1918. Helsinki 2004, 31.`
    let c = note(&doc, 13);
    assert_eq!(pin(c), Some(("page", "31")));
    let f = fields(c);
    assert_eq!(f.title.as_deref(), Some("Vankileirit 1918"));
    assert_eq!(f.publisher_place.as_deref(), Some("Helsinki"));
    assert_eq!(f.year(), Some(2004));

    let text = paper(
        "SUOMEN HISTORIAN MYYTIT",
        "Myytit ovat sitkeitä.1 Niitä on tutkittu paljon.2 Sama koskee lehtiä.3",
        &[
            "Jussila, Osmo: Suomen historian suuret myytit. Helsinki 2007, 31–33.",
            "Ylikangas, Heikki: Tie Tampereelle. Porvoo 1993, 88.",
            "Emt., 90.",
        ],
        "Lähteet",
        &[
            "Jussila, Osmo: Suomen historian suuret myytit. Helsinki 2007.",
            "Ylikangas, Heikki: Tie Tampereelle. Porvoo 1993.",
        ],
    );
    let doc = run_text(&text);
    let c = note(&doc, 1);
    assert_eq!(pin(c), Some(("page", "31–33")));
    assert_eq!(fields(c).publisher_place.as_deref(), Some("Helsinki"));
    assert_eq!(fields(c).year(), Some(2007));
    let c = note(&doc, 2);
    assert_eq!(pin(c), Some(("page", "88")));
    assert_eq!(fields(c).title.as_deref(), Some("Tie Tampereelle"));
    assert_eq!(fields(c).publisher_place.as_deref(), Some("Porvoo"));
    assert_eq!(fields(c).year(), Some(1993));
    assert_eq!(
        note_entries(&doc),
        vec![
            (1, Full, Resolved, Some(1)),
            (2, Full, Resolved, Some(2)),
            (3, Ibid, Resolved, Some(2)),
        ]
    );
}

#[test]
fn ukrainian_and_russian_archival_files() {
    let (_, doc) = run("fixtures/vynosky_uk.txt");
    // Note 16: `ЦДІАК України. Ф. 51. Оп. 3. Спр. 12. Арк. 4.`
    let c = note(&doc, 16);
    assert_eq!(c.kind, Full);
    let a = fields(c).archive.as_deref().unwrap();
    assert_eq!(a.archive, "ЦДІАК України");
    assert_eq!(a.location.as_deref(), Some("Ф. 51. Оп. 3. Спр. 12"));
    assert_eq!(pin(c), Some(("folio", "4")));

    let text = paper(
        "КРЕСТЬЯНСКАЯ РЕФОРМА В ПЕТЕРБУРГСКОЙ ГУБЕРНИИ",
        "Документы губернского комитета сохранились полностью1, переписка уездов частично2.",
        &[
            "ЦГИА СПб. Ф. 1. Оп. 2. Д. 3. Л. 4.",
            "ЦДІАК України. Ф. 442. Оп. 1. Спр. 85. Арк. 12–14.",
        ],
        "Список литературы",
        &["Захарова Л. Г. Самодержавие и отмена крепостного права в России. М. : Изд-во МГУ, 1984. 256 с."],
    );
    let doc = run_text(&text);
    let c = note(&doc, 1);
    let a = fields(c).archive.as_deref().unwrap();
    assert_eq!(a.archive, "ЦГИА СПб");
    assert_eq!(a.location.as_deref(), Some("Ф. 1. Оп. 2. Д. 3"));
    assert_eq!(pin(c), Some(("folio", "4")));
    let c = note(&doc, 2);
    let a = fields(c).archive.as_deref().unwrap();
    assert_eq!(a.archive, "ЦДІАК України");
    assert_eq!(a.location.as_deref(), Some("Ф. 442. Оп. 1. Спр. 85"));
    assert_eq!(pin(c), Some(("folio", "12–14")));
    assert_eq!(
        note_entries(&doc),
        vec![(1, Full, Resolved, None), (2, Full, Resolved, None)]
    );
}

#[test]
fn short_forms_after_the_new_readings_still_link() {
    // The back-references of the fixtures whose notes now read otherwise
    // still point where they did.
    let (_, doc) = run("fixtures/vynosky_uk.txt");
    let e = note_entries(&doc);
    assert!(e.contains(&(18, Short, Dangling, None)));
    assert!(e.contains(&(21, Short, Resolved, Some(8))));
}
