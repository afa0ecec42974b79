//! Fields of short papers in several languages: a book's extent and
//! ISBN, a double issue, a decision's number in a legal database,
//! statutes cited by kind, number and year, and names whose split a
//! language decides. Expected values were written from the inputs.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use opcit::grammar::Grammar;
use opcit::model::{CslItem, Document};
use opcit::source::SourceFile;
use opcit::{analyze, Options};
use std::sync::LazyLock;

static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

fn run(text: &str) -> Document {
    let source = SourceFile::from_bytes("paper.txt", text.as_bytes());
    analyze(&source, &GRAMMAR, Options::default())
}

/// The fields of the reference citation `i` links to.
fn cited(doc: &Document, i: usize) -> (&str, &CslItem) {
    let id = doc.citations[i].reference.as_deref().unwrap();
    (id, &doc.reference(id).unwrap().fields)
}

fn family_given(item: &CslItem) -> (&str, &str) {
    let a = &item.author[0];
    (a.family.as_deref().unwrap(), a.given.as_deref().unwrap())
}

#[test]
fn czech_entries_keep_their_extent_and_isbn() {
    let doc = run("Text.1 Další.2\n\n\
         1 NOVÁK, Jan. Dějiny. Praha: Academia, 2010, s. 45.\n\
         2 DVOŘÁK, Petr. Stát a právo. 2. vyd. Brno: Host, 2015, s. 12.\n\n\
         Seznam literatury\n\n\
         NOVÁK, Jan. Dějiny. Praha: Academia, 2010. 320 s. ISBN 978-80-200-1234-5.\n\
         DVOŘÁK, Petr. Stát a právo. 2. vyd. Brno: Host, 2015. 210 s.\n");
    let entries: Vec<_> = doc.references.iter().collect();
    assert_eq!(entries.len(), 2);
    let novak = &entries[0];
    assert_eq!(novak.unparsed, None);
    assert_eq!(novak.fields.title.as_deref(), Some("Dějiny"));
    assert_eq!(novak.fields.publisher.as_deref(), Some("Academia"));
    assert_eq!(novak.fields.number_of_pages.as_deref(), Some("320"));
    assert_eq!(novak.fields.isbn.as_deref(), Some("978-80-200-1234-5"));
    let dvorak = &entries[1];
    assert_eq!(dvorak.unparsed, None);
    assert_eq!(dvorak.fields.edition.as_deref(), Some("2"));
    assert_eq!(dvorak.fields.number_of_pages.as_deref(), Some("210"));
    assert_eq!(dvorak.fields.isbn, None);
    assert_eq!(cited(&doc, 0).0, novak.id);
    assert_eq!(cited(&doc, 1).0, dvorak.id);
    // A page cited and the next is no extent.
    let doc =
        run("Text.¹ Mehr.²\n\n¹ Jürgen Kocka, Arbeiterexistenzen, Bonn 1990, S. 12 f.\n² Ebd.\n");
    assert_eq!(
        doc.citations[0].fields.as_ref().unwrap().number_of_pages,
        None
    );
    assert_eq!(doc.citations[0].locator.as_ref().unwrap().value, "12");
}

#[test]
fn japanese_double_issues_database_numbers_and_three_character_names() {
    let doc = run("本文である（1）。次の文（2）。第三（3）。\n\n\
         （1）末川博「権利濫用の研究」法学論叢133巻4・5号（1993年）45頁。\n\
         （2）東京地判令和4年3月1日LEX/DB 25593157。\n\
         （3）李基白『韓國史新論』（一潮閣、1990年）45頁。\n");
    let (_, article) = cited(&doc, 0);
    assert_eq!(article.volume.as_deref(), Some("133"));
    assert_eq!(article.issue.as_deref(), Some("4・5"));
    // A reference with kana: 2 + 1.
    assert_eq!(family_given(article), ("末川", "博"));
    let (_, decision) = cited(&doc, 1);
    assert_eq!(decision.kind, "legal_case");
    assert_eq!(decision.container_title.as_deref(), Some("LEX/DB"));
    assert_eq!(decision.number.as_deref(), Some("25593157"));
    // No kana: a three-character name stays 1 + 2.
    assert_eq!(family_given(cited(&doc, 2).1), ("李", "基白"));
    let doc =
        run("본문.¹⁾\n\n1) 淺見倫太郎, 「朝鮮の法制」, 『法學協會雜誌』 第4·5호, 1922, 12쪽.\n");
    assert_eq!(cited(&doc, 0).1.issue.as_deref(), Some("4·5"));
}

#[test]
fn indonesian_statutes_by_kind_number_and_year_link_to_the_list() {
    let doc = run("Teks pertama.1 Teks kedua.2 Teks ketiga.3 Teks keempat.4\n\n\
         1 Undang-Undang Nomor 24 Tahun 2003 tentang Mahkamah Konstitusi, Pasal 10.\n\
         2 UU No. 12 Tahun 2011, Pasal 7 ayat (1).\n\
         3 PP No. 12 Tahun 2011, Pasal 2.\n\
         4 I Dewa Gede Palguna, Pengaduan Konstitusional, Jakarta: Sinar Grafika, 2013, hlm. 12.\n\n\
         DAFTAR PUSTAKA\n\n\
         Palguna, I Dewa Gede. 2013. Pengaduan Konstitusional. Jakarta: Sinar Grafika.\n\
         Undang-Undang Nomor 24 Tahun 2003 tentang Mahkamah Konstitusi.\n\
         Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan.\n");
    let list: Vec<_> = doc
        .references
        .iter()
        .filter(|r| r.bibliography_index.is_some())
        .collect();
    assert_eq!(list.len(), 3);
    assert_eq!(family_given(&list[0].fields), ("Palguna", "I Dewa Gede"));
    let law = &list[2].fields;
    assert_eq!(law.kind, "legislation");
    assert_eq!(
        law.title.as_deref(),
        Some("Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan")
    );
    assert_eq!(law.number.as_deref(), Some("12"));
    assert_eq!(law.year(), Some(2011));
    assert_eq!(cited(&doc, 0).0, list[1].id);
    assert_eq!(doc.citations[0].locator.as_ref().unwrap().value, "Pasal 10");
    // `UU` is `Undang-Undang`: the same statute.
    assert_eq!(cited(&doc, 1).0, list[2].id);
    assert_eq!(
        doc.citations[1].locator.as_ref().unwrap().value,
        "Pasal 7 ayat (1)"
    );
    // A government regulation of the same number and year is another
    // statute, known from the notes only.
    let (id, pp) = cited(&doc, 2);
    assert!(id.starts_with('n'));
    assert_eq!(pp.kind, "legislation");
    assert_eq!(pp.title.as_deref(), Some("PP No. 12 Tahun 2011"));
    assert_eq!(cited(&doc, 3).0, list[0].id);
    let note_name = &doc.citations[3].fields.as_ref().unwrap().author[0];
    assert_eq!(note_name.family.as_deref(), Some("Palguna"));
    assert_eq!(note_name.given.as_deref(), Some("I Dewa Gede"));
}
