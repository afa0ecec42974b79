#[path = "papers_support/mod.rs"]
mod papers_support;

// Korean, Japanese and Chinese papers, round five: notes of author-date
// papers that name works by author and year in their prose, short forms
// of works the running text cited, and small cases of the misreads fixed
// with them. Expected values were written by reading the papers.

use opcit::model::{CitationKind, Document, Status};
use papers_support::{in_note, note_entries, run, run_text};
use CitationKind::{AuthorDate, Ibid, Short};
use Status::Resolved;

/// (kind, author named, year, entry number, page) of a citation.
type NoteCitation = (
    CitationKind,
    Option<String>,
    Option<String>,
    Option<usize>,
    Option<String>,
);

/// [`NoteCitation`] of each citation of note `n`.
fn note(doc: &Document, n: u32) -> Vec<NoteCitation> {
    in_note(doc, n)
        .into_iter()
        .map(|c| {
            let short = c.short.as_deref();
            (
                c.kind,
                short.and_then(|s| s.author.clone()),
                short.and_then(|s| s.date.clone()),
                papers_support::entry_number(doc, c),
                c.locator.as_ref().map(|l| l.value.clone()),
            )
        })
        .collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

/// `1) 이에 대해서는 김철수(2018: 45)를 참조.` then `2) 위의 글, 50쪽.`:
/// the note names the work by author and year as the running text does,
/// and the next note's `위의 글` is that work.
#[test]
fn narrative_author_date_in_a_note_is_the_antecedent_of_the_next_ibid() {
    let doc = run_text(
        "서론\n\n청년 고용은 낮다(김철수, 2018).1) 다른 연구도 있다(박지성, 2020).2)\n\n\
         1) 이에 대해서는 김철수(2018: 45)를 참조.\n\
         2) 위의 글, 50쪽.\n\n\
         참고문헌\n\n\
         김철수. (2018). 노동시장 이중구조의 형성과 변화. 『경제학연구』, 66(2), 33-61.\n\
         박지성. (2020). 『비정규직의 함정』. 서울: 한울아카데미.\n",
    );
    assert_eq!(
        note(&doc, 1),
        [(AuthorDate, s("김철수"), s("2018"), Some(1), s("45"))]
    );
    assert_eq!(note(&doc, 2), [(Ibid, None, None, Some(1), s("50"))]);
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

/// The Korean APA paper's notes: `김철수·이영희(2018)의 정리를 보라.
/// 다만 … 한정된다(위의 글, 52쪽).` names the work and then its page
/// (the verb before the bracket is no author); `박지성, 앞의 글, 120쪽`
/// is the one work by 박지성 in the list, cited in the running text
/// before the note.
#[test]
fn korean_apa_notes_cite_by_author_and_year_and_point_back_to_the_text() {
    let (_, doc) = run("fixtures/nodong_gyeongje_apa_ko.txt");
    assert_eq!(
        note(&doc, 1),
        [
            (AuthorDate, s("김철수·이영희"), s("2018"), Some(1), None),
            (Ibid, None, None, Some(1), s("52")),
        ]
    );
    assert_eq!(
        note(&doc, 2),
        [
            (AuthorDate, s("김철수 외"), s("2017"), Some(2), None),
            (Short, s("박지성"), None, Some(3), s("120")),
        ]
    );
    assert!(note_entries(&doc).iter().all(|e| e.2 == Resolved));
    // The short form points back to the running text's `(박지성, 2020)`.
    let short = &in_note(&doc, 2)[1];
    let antecedent = doc
        .citations
        .iter()
        .find(|c| Some(&c.id) == short.antecedent.as_ref())
        .unwrap();
    assert!(antecedent.footnote.is_none());
    assert_eq!(antecedent.text, "박지성, 2020");
    assert!(doc.diagnostics.is_empty(), "{:#?}", doc.diagnostics);
}

/// A short form by an author the running text never cited before the
/// note still dangles, though the list has the work: only the text's
/// citation is an antecedent.
#[test]
fn short_form_of_a_work_the_text_cites_only_later_still_dangles() {
    let doc = run_text(
        "서론\n\n청년 고용은 낮다(김철수, 2018).1) 다른 연구도 있다(박지성, 2020).\n\n\
         1) 함정 가설에 대해서는 박지성, 앞의 글, 120쪽.\n\n\
         참고문헌\n\n\
         김철수. (2018). 노동시장 이중구조의 형성과 변화. 『경제학연구』, 66(2), 33-61.\n\
         박지성. (2020). 『비정규직의 함정』. 서울: 한울아카데미.\n",
    );
    let c = in_note(&doc, 1);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].status, Some(Status::Dangling));
}

/// `『日本労働研究雑誌』46(12): 4-17．` and `『季刊家計経済研究』68:
/// 30-41．`: the volume, the issue and the pages before the full-width
/// period of a list written with `，．`.
#[test]
fn japanese_journal_numbers_before_a_full_width_period() {
    let (_, doc) = run("fixtures/keizai_author_date_ja.txt");
    let e = papers_support::entry(&doc, 2);
    assert_eq!(e.container_title.as_deref(), Some("日本労働研究雑誌"));
    assert_eq!(
        (e.volume.as_deref(), e.issue.as_deref(), e.page.as_deref()),
        (Some("46"), Some("12"), Some("4-17"))
    );
    let e = papers_support::entry(&doc, 4);
    assert_eq!(
        (e.volume.as_deref(), e.issue.as_deref(), e.page.as_deref()),
        (Some("68"), None, Some("30-41"))
    );
    // The issue glued to the journal's closing mark, pages after a comma.
    let doc = run_text(
        "本文（山田 2010）．\n\n参考文献\n\n山田太郎（2010）「賃金硬直性の再検討」『経済研究』46(12), 4-17．\n",
    );
    let e = papers_support::entry(&doc, 1);
    assert_eq!(
        (e.volume.as_deref(), e.issue.as_deref(), e.page.as_deref()),
        (Some("46"), Some("12"), Some("4-17"))
    );
    assert!(doc.references[0].unparsed.is_none());
}

/// The Chinese law article (法学研究 style, notes `[1]` at the page foot):
/// `前引[2]，王利明书`, `同前注[19]`, `王利明：前引[7]文` cite the work of the
/// note they name, not the citation just before; `关于…，参见前引[8]` after
/// a lead-in clause too; `同上书`, `同上注`, `同上` the one before.
#[test]
fn chinese_law_notes_cite_earlier_notes_by_number() {
    let (_, doc) = run("fixtures/guocuo_tuiding_faxue_zh.txt");
    // (note, note it points to) for each supra-note reference.
    let supra: Vec<(u32, Option<u32>)> = doc
        .citations
        .iter()
        .filter(|c| c.kind == CitationKind::Supra)
        .map(|c| (c.footnote.unwrap(), c.short.as_deref().and_then(|s| s.note)))
        .collect();
    assert_eq!(
        supra,
        [
            (9, Some(2)),
            (13, Some(4)),
            (21, Some(19)),
            (25, Some(6)),
            (27, Some(8)),
            (28, Some(5)),
            (29, Some(12)),
            (30, Some(26)),
            (31, Some(22)),
            (34, Some(17)),
            (36, Some(7)),
            (36, Some(4)),
        ]
    );
    // Each points to the work of that note.
    for c in doc
        .citations
        .iter()
        .filter(|c| c.kind == CitationKind::Supra)
    {
        let target = c.short.as_deref().and_then(|s| s.note).unwrap();
        let cited = &in_note(&doc, target)[0];
        assert_eq!(c.reference, cited.reference, "note {:?}", c.footnote);
        assert_eq!(c.status, Some(Resolved));
    }
    assert_eq!(
        in_note(&doc, 27)[0].signal.as_deref(),
        Some("参见"),
        "the lead-in clause is no author"
    );
    // The author is the one named after the note (`前引[8]，拉伦茨书`),
    // not the lead-in clause.
    assert_eq!(
        in_note(&doc, 27)[0]
            .short
            .as_deref()
            .and_then(|s| s.author.as_deref()),
        Some("拉伦茨")
    );
    // 同上书 / 同上注 / 同上: the citation just before.
    for (n, before) in [(15, 14), (18, 17), (33, 32)] {
        let c = &in_note(&doc, n)[0];
        assert_eq!(c.kind, Ibid);
        assert_eq!(c.reference, in_note(&doc, before)[0].reference);
    }
    assert!(doc
        .diagnostics
        .iter()
        .all(|d| d.level != opcit::diagnostic::Level::Error));
}

/// `最高人民法院（2015）民一终字第123号民事判决书`: a decision of the court,
/// numbered by its docket, no author-date citation of the court; cited
/// again in full, it is the same decision.
#[test]
fn chinese_court_decisions_are_read_by_their_docket() {
    let (_, doc) = run("fixtures/guocuo_tuiding_faxue_zh.txt");
    let c = &in_note(&doc, 10)[0];
    assert_eq!(c.kind, CitationKind::Full);
    let w = papers_support::work(&doc, c);
    assert_eq!(w.kind, "legal_case");
    assert_eq!(w.publisher.as_deref(), Some("最高人民法院"));
    assert_eq!(w.number.as_deref(), Some("（2015）民一终字第123号"));
    assert_eq!(w.genre.as_deref(), Some("民事判决书"));
    assert!(w.author.is_empty());
    assert_eq!(in_note(&doc, 35)[0].reference, c.reference);
    let w = papers_support::work(&doc, in_note(&doc, 19)[0]);
    assert_eq!(w.publisher.as_deref(), Some("北京市第一中级人民法院"));
    // Translated works: the translators are no authors.
    let w = papers_support::work(&doc, in_note(&doc, 8)[0]);
    assert_eq!(w.author.len(), 1);
    assert_eq!(w.translator.len(), 1);
    assert_eq!(w.title.as_deref(), Some("法学方法论"));
}

/// `我妻・前掲注（5）125頁`, `前掲注(2)書60頁`: the note number after the
/// word is read, as `前引[7]文` is, though a letter follows the bracket.
#[test]
fn japanese_supra_note_with_a_letter_after_the_bracket() {
    let (_, doc) = run("fixtures/hoseishi_chochoson_ja.txt");
    let c = &in_note(&doc, 7)[0];
    assert_eq!(c.kind, CitationKind::Supra);
    assert_eq!(c.short.as_deref().and_then(|s| s.note), Some(2));
}
