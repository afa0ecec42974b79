//! Resolution cases, one table row each: the notes of a small paper and, for
//! every citation in order, what it must resolve to (the title of the work)
//! or that it must fail. Every short-form word of every language in the
//! grammars appears at least once, with its failure cases.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use opcit::grammar::Grammar;
use opcit::model::Status;
use opcit::source::SourceFile;
use opcit::{analyze, Options};
use std::sync::LazyLock;

/// Compiled once for every case.
static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

/// The expected outcome of one citation.
#[derive(Debug, Clone, PartialEq)]
enum Want {
    /// Resolved to the work with this title.
    To(&'static str),
    /// Dangling: no antecedent.
    Dangling,
    /// Ambiguous: more than one work fits.
    Ambiguous,
}
use Want::*;

/// Builds a paper: one body sentence with a marker per note, then the notes.
fn paper(notes: &[&str]) -> String {
    const SUP: [&str; 10] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"];
    let mut body = String::new();
    let mut list = String::new();
    for (i, n) in notes.iter().enumerate() {
        let num = i + 1;
        let sup: String = num
            .to_string()
            .chars()
            .map(|c| SUP[c.to_digit(10).unwrap() as usize])
            .collect();
        body.push_str(&format!("Sentence {num} of the body.{sup}⁾ "));
        list.push_str(&format!("{num}) {n}\n\n"));
    }
    format!("{body}\n\n{list}")
}

fn outcomes(notes: &[&str]) -> Vec<Want> {
    let text = paper(notes);
    let doc = analyze(
        &SourceFile::new("case.txt", text),
        &GRAMMAR,
        Options::default(),
    );
    assert_eq!(doc.footnotes.len(), notes.len(), "notes of {notes:?}");
    doc.citations
        .iter()
        .map(|c| match c.status {
            Some(Status::Resolved) => {
                let r = doc.reference(c.reference.as_deref().unwrap()).unwrap();
                To(Box::leak(
                    r.fields.title.clone().unwrap_or_default().into_boxed_str(),
                ))
            }
            Some(Status::Ambiguous) => Ambiguous,
            _ => Dangling,
        })
        .collect()
}

struct Case {
    name: &'static str,
    notes: &'static [&'static str],
    want: &'static [Want],
}

const BOOK: &str =
    "Jane Doe, *The Archive and the State* (Chicago: University of Chicago Press, 2015), 23.";
const ARTICLE: &str =
    "John Smith, “Paper Empires,” *Journal of Modern History* 88, no. 2 (2016): 301–330.";
const ARTICLE2: &str = "John Smith, “Ink and Power,” *Past & Present* 200 (2018): 1–30.";

fn cases() -> Vec<Case> {
    vec![
        // English.
        Case { name: "ibid after a full citation", notes: &[BOOK, "Ibid., 24."], want: &[To("The Archive and the State"), To("The Archive and the State")] },
        Case { name: "ibidem", notes: &[BOOK, "Ibidem, p. 30."], want: &[To("The Archive and the State"), To("The Archive and the State")] },
        Case { name: "ibid in the same note", notes: &["John Smith, “Paper Empires,” *Journal of Modern History* 88 (2016): 301–330; ibid., 305."], want: &[To("Paper Empires"), To("Paper Empires")] },
        Case { name: "ibid takes the last of several", notes: &[BOOK, ARTICLE, "Ibid., 310."], want: &[To("The Archive and the State"), To("Paper Empires"), To("Paper Empires")] },
        Case { name: "ibid with nothing before it", notes: &["Ibid., 5."], want: &[Dangling] },
        Case { name: "ibid after a failed citation fails", notes: &[BOOK, "Brown, op. cit., 4.", "Ibid., 5."], want: &[To("The Archive and the State"), Dangling, Dangling] },
        Case { name: "OCR slip lbid.", notes: &[BOOK, "lbid., 9."], want: &[To("The Archive and the State"), To("The Archive and the State")] },
        Case { name: "id. at", notes: &[ARTICLE, "Id. at 305."], want: &[To("Paper Empires"), To("Paper Empires")] },
        Case { name: "op. cit. by author", notes: &[BOOK, ARTICLE, "Doe, op. cit., 40."], want: &[To("The Archive and the State"), To("Paper Empires"), To("The Archive and the State")] },
        Case { name: "op. cit. with two works by the author is ambiguous", notes: &[ARTICLE, ARTICLE2, "Smith, op. cit., 5."], want: &[To("Paper Empires"), To("Ink and Power"), Ambiguous] },
        Case { name: "op. cit. sees works cited after an earlier op. cit.", notes: &[ARTICLE, "Smith, op. cit., 5.", ARTICLE2, "Smith, op. cit., 6."], want: &[To("Paper Empires"), To("Paper Empires"), To("Ink and Power"), Ambiguous] },
        Case { name: "op. cit. with a year sees works of that year cited after an earlier one", notes: &[ARTICLE, "Smith (2016), op. cit., 5.", "John Smith, *Ink and Paper* (London: Verso, 2016), 3.", "Smith (2016), op. cit., 6.", "Smith (June 2016), op. cit., 7."], want: &[To("Paper Empires"), To("Paper Empires"), To("Ink and Paper"), Ambiguous, Ambiguous] },
        Case { name: "op. cit. with a year picks the work", notes: &[ARTICLE, ARTICLE2, "Smith (2018), op. cit., 5."], want: &[To("Paper Empires"), To("Ink and Power"), To("Ink and Power")] },
        Case { name: "op. cit. names the first author, not a co-author", notes: &[ARTICLE, "Mary Jones and John Smith, *Ledgers* (London: Verso, 2010), 4.", "Smith, op. cit., 5."], want: &[To("Paper Empires"), To("Ledgers"), To("Paper Empires")] },
        Case { name: "short title without the subtitle", notes: &["Jane Doe, *The Archive and the State: Paper Rule in Prussia* (Chicago: University of Chicago Press, 2015), 23.", "Doe, *The Archive and the State*, 30."], want: &[To("The Archive and the State: Paper Rule in Prussia"), To("The Archive and the State: Paper Rule in Prussia")] },
        Case { name: "a short title that is part of one title beats near spellings", notes: &["John Smith, *Theory of Politics* (London: Verso, 2001), 4.", "Jane Smith, *Theory of Polities* (London: Verso, 2003), 9.", "Smith, *Theory of Politics*, 30.", "Smith, *Theory of Polity*, 31."], want: &[To("Theory of Politics"), To("Theory of Polities"), To("Theory of Politics"), Ambiguous] },
        Case { name: "op. cit. with a wrong year dangles", notes: &[ARTICLE, "Smith(1999), op. cit."], want: &[To("Paper Empires"), Dangling] },
        Case { name: "op. cit. of an author never cited", notes: &[BOOK, "Brown, op. cit."], want: &[To("The Archive and the State"), Dangling] },
        Case { name: "loc. cit.", notes: &[BOOK, "Doe, loc. cit."], want: &[To("The Archive and the State"), To("The Archive and the State")] },
        Case { name: "supra note N", notes: &[BOOK, ARTICLE, "Doe, supra note 1, at 30."], want: &[To("The Archive and the State"), To("Paper Empires"), To("The Archive and the State")] },
        Case { name: "supra note N without author", notes: &[BOOK, "See supra note 1."], want: &[To("The Archive and the State"), To("The Archive and the State")] },
        Case { name: "note N above", notes: &[BOOK, ARTICLE, "Smith, note 2 above, at 310."], want: &[To("The Archive and the State"), To("Paper Empires"), To("Paper Empires")] },
        Case { name: "supra note to a missing note", notes: &[BOOK, "Doe, supra note 7."], want: &[To("The Archive and the State"), Dangling] },
        Case { name: "supra note to a note citing two works needs the author", notes: &["Jane Doe, *The Archive and the State* (Chicago: UCP, 2015); John Smith, “Paper Empires,” *JMH* 88 (2016).", "Smith, supra note 1.", "Supra note 1."], want: &[To("The Archive and the State"), To("Paper Empires"), To("Paper Empires"), Ambiguous] },
        Case { name: "bare supra with author", notes: &[BOOK, "Doe, supra, at 4."], want: &[To("The Archive and the State"), To("The Archive and the State")] },
        Case { name: "short title", notes: &[BOOK, "Doe, *Archive and the State*, 40."], want: &[To("The Archive and the State"), To("The Archive and the State")] },
        Case { name: "short title picks between two works", notes: &[ARTICLE, ARTICLE2, "Smith, “Paper Empires,” 310."], want: &[To("Paper Empires"), To("Ink and Power"), To("Paper Empires")] },
        Case { name: "italic ibid", notes: &[BOOK, "*Ibid.*, 45."], want: &[To("The Archive and the State"), To("The Archive and the State")] },
        Case { name: "author-year in a note", notes: &[BOOK, "Doe 2015, 40.", "Doe (2015), 41.", "Doe 1999, 2."], want: &[To("The Archive and the State"), To("The Archive and the State"), To("The Archive and the State"), To("")] },
        Case { name: "case law: full, id., short, dangling short", notes: &["Brown v. Board of Education, 347 U.S. 483, 495 (1954).", "Id. at 494.", "Brown, 347 U.S. at 493.", "Roe, 410 U.S. at 153."], want: &[To("Brown v. Board of Education"), To("Brown v. Board of Education"), To("Brown v. Board of Education"), Dangling] },
        Case { name: "British single quotes", notes: &["J. Smith, 'Paper Empires', Journal of Modern History, 88 (2016), pp. 301-30.", "Smith, 'Paper Empires', p. 305.", "Ibid., p. 306."], want: &[To("Paper Empires"), To("Paper Empires"), To("Paper Empires")] },
        Case { name: "cross-reference in prose, then a full citation", notes: &[BOOK, "On this point see note 1 and John Smith, “Paper Empires,” *Journal of Modern History* 88 (2016): 301–330.", "On this point see note 1."], want: &[To("The Archive and the State"), To("Paper Empires"), To("The Archive and the State")] },
        // French.
        Case { name: "fr ibid", notes: &["Pierre Dupont, *L'Archive et le pouvoir* (Paris : Gallimard, 2005), p. 33.", "Ibid., p. 40."], want: &[To("L'Archive et le pouvoir"), To("L'Archive et le pouvoir")] },
        Case { name: "fr op. cit. and art. cit.", notes: &["Pierre Dupont, *L'Archive et le pouvoir* (Paris : Gallimard, 2005).", "Marie Durand, « Lire les archives », *Annales*, vol. 60, no 2 (2005), p. 301-325.", "Dupont, op. cit., p. 50 ; Durand, art. cit., p. 310."], want: &[To("L'Archive et le pouvoir"), To("Lire les archives"), To("L'Archive et le pouvoir"), To("Lire les archives")] },
        Case { name: "fr loc. cit. and ouvr. cité", notes: &["Pierre Dupont, *L'Archive et le pouvoir* (Paris : Gallimard, 2005).", "Dupont, loc. cit.", "Dupont, ouvr. cité, p. 7."], want: &[To("L'Archive et le pouvoir"), To("L'Archive et le pouvoir"), To("L'Archive et le pouvoir")] },
        Case { name: "fr op. cit. dangling", notes: &["Lefèvre, op. cit., p. 3."], want: &[Dangling] },
        // German.
        Case { name: "de ebd. and ebenda", notes: &["Hans Müller, *Archiv und Staat* (Berlin: Duncker & Humblot, 1998), S. 12.", "Ebd., S. 13.", "Ebenda, S. 14."], want: &[To("Archiv und Staat"), To("Archiv und Staat"), To("Archiv und Staat")] },
        Case { name: "de a. a. O. in both spellings", notes: &["Hans Müller, *Archiv und Staat* (Berlin: Duncker & Humblot, 1998).", "Müller, a. a. O., S. 40.", "Müller, a.a.O., S. 41."], want: &[To("Archiv und Staat"), To("Archiv und Staat"), To("Archiv und Staat")] },
        Case { name: "de daselbst", notes: &["Hans Müller, *Archiv und Staat* (Berlin: Duncker & Humblot, 1998).", "Daselbst, S. 9."], want: &[To("Archiv und Staat"), To("Archiv und Staat")] },
        Case { name: "de Anm. cross-reference", notes: &["Hans Müller, *Archiv und Staat* (Berlin: Duncker & Humblot, 1998).", "Peter Schmidt, „Akten“, *Historische Zeitschrift*, Bd. 2 (2000).", "Müller (Anm. 1), S. 5."], want: &[To("Archiv und Staat"), To("Akten"), To("Archiv und Staat")] },
        Case { name: "de wie Anm.", notes: &["Hans Müller, *Archiv und Staat* (Berlin: Duncker & Humblot, 1998).", "Peter Schmidt, „Akten“, *Historische Zeitschrift*, Bd. 2 (2000).", "Müller, Archiv (wie Anm. 1), S. 5."], want: &[To("Archiv und Staat"), To("Akten"), To("Archiv und Staat")] },
        Case { name: "de a. a. O. dangling", notes: &["Schneider, a. a. O., S. 5."], want: &[Dangling] },
        // Spanish and Italian.
        Case { name: "es ibíd. and op. cit.", notes: &["Juan Pérez, *El archivo y el Estado* (Madrid: Alianza, 2003), p. 9.", "Ibíd., p. 10.", "Pérez, op. cit., p. 11."], want: &[To("El archivo y el Estado"), To("El archivo y el Estado"), To("El archivo y el Estado")] },
        Case { name: "it ivi and cit.", notes: &["Mario Rossi, *L'archivio e lo Stato* (Torino: Einaudi, 2001), p. 9.", "Ivi, p. 10.", "Rossi, op. cit., p. 11."], want: &[To("L'archivio e lo Stato"), To("L'archivio e lo Stato"), To("L'archivio e lo Stato")] },
        // Korean.
        Case { name: "ko 위의 글 and 위의 책", notes: &["박영희, “한미동맹의 변화,” 『국제정치논총』, 제50권 (2012).", "위의 글, 40쪽.", "김철수, 『동맹의 정치』 (서울: 한울, 2010).", "위의 책, 20쪽."], want: &[To("한미동맹의 변화"), To("한미동맹의 변화"), To("동맹의 정치"), To("동맹의 정치")] },
        Case { name: "ko 앞의 글 and 앞의 책", notes: &["박영희, “한미동맹의 변화,” 『국제정치논총』, 제50권 (2012).", "김철수, 『동맹의 정치』 (서울: 한울, 2010).", "박영희, 앞의 글, 41쪽.", "김철수, 앞의 책, 30쪽."], want: &[To("한미동맹의 변화"), To("동맹의 정치"), To("한미동맹의 변화"), To("동맹의 정치")] },
        Case { name: "ko 상게서 전게서 같은 책", notes: &["김철수, 『동맹의 정치』 (서울: 한울, 2010).", "상게서, 5면.", "같은 책, 6쪽.", "김철수, 전게서, 7면."], want: &[To("동맹의 정치"), To("동맹의 정치"), To("동맹의 정치"), To("동맹의 정치")] },
        Case { name: "ko author-year op. cit.", notes: &["이상준·서동주, “러우전쟁 이후 북러 밀착,” 『러시아연구』, 제34권 (2024).", "이상준·서동주(2024), op. cit., pp. 215-219."], want: &[To("러우전쟁 이후 북러 밀착"), To("러우전쟁 이후 북러 밀착")] },
        Case { name: "ko 앞의 글 dangling", notes: &["이민호, 앞의 글, 5쪽."], want: &[Dangling] },
        // Japanese and Chinese.
        Case { name: "ja 前掲 and 同上", notes: &["山田太郎『国家と文書』(東京：岩波書店、2001年)、30頁。", "同上、31頁。", "山田、前掲書、32頁。"], want: &[To("国家と文書"), To("国家と文書"), To("国家と文書")] },
        Case { name: "ja 前掲 by family name sees a later work of the family", notes: &["山田太郎『国家と文書』(東京：岩波書店、2001年)。", "山田、前掲書、3頁。", "山田花子『文書の国家』(東京：岩波書店、2005年)。", "山田、前掲書、4頁。"], want: &[To("国家と文書"), To("国家と文書"), To("文書の国家"), Ambiguous] },
        Case { name: "ja 同前", notes: &["山田太郎『国家と文書』(東京：岩波書店、2001年)。", "同前、12頁。"], want: &[To("国家と文書"), To("国家と文書")] },
        Case { name: "ja 同上 after a statute stands for it", notes: &["山田太郎『国家と文書』(東京：岩波書店、2001年)、30頁。", "民法709条。", "同上。"], want: &[To("国家と文書"), To("民法"), To("民法")] },
        Case { name: "ja 同上 after a decision", notes: &["山田太郎『国家と文書』(東京：岩波書店、2001年)、30頁。", "最判昭和60年4月23日民集39巻3号850頁。", "同上、853頁。"], want: &[To("国家と文書"), To(""), To("")] },
        Case { name: "ja 同上 after an unread note with an era date fails", notes: &["山田太郎『国家と文書』(東京：岩波書店、2001年)、30頁。", "第169回国会衆議院法務委員会議録第5号（平成20年4月11日）3頁。", "同上、5頁。"], want: &[To("国家と文書"), Dangling] },
        Case { name: "ko 위의 법 after a statute stands for it", notes: &["김철수, 『동맹의 정치』 (서울: 한울, 2010).", "민법 제750조.", "위의 법."], want: &[To("동맹의 정치"), To("민법"), To("민법")] },
        Case { name: "zh 同上", notes: &["王小明：《国家与档案》(北京：中华书局，2010年)，第5页。", "同上，第6页。"], want: &[To("国家与档案"), To("国家与档案")] },
        // A work quoted through another: the note cites the other, and
        // ibid. after it is the other.
        Case { name: "pt apud in the middle of an item", notes: &["SILVA, João da. O passado que não passa. São Paulo: Brasiliense, 2013. p. 9.", "HALBWACHS, Maurice. A memória coletiva apud SILVA, 2013, p. 12.", "Ibid., p. 14."], want: &[To("O passado que não passa"), To("O passado que não passa"), To("O passado que não passa")] },
        Case { name: "pt apud as the last word splits nothing", notes: &["SILVA, João da. O passado que não passa. São Paulo: Brasiliense, 2013.", "SILVA, op. cit., p. 3 apud."], want: &[To("O passado que não passa"), To("O passado que não passa")] },
        Case { name: "en quoted in: the quoted work, then the one quoted in", notes: &[BOOK, "Louis Zukofsky, “Sincerity and Objectification,” *Poetry* 37 (1931): 269, quoted in Doe, *The Archive and the State*, 30.", "Ibid., 31."], want: &[To("The Archive and the State"), To("Sincerity and Objectification"), To("The Archive and the State"), To("The Archive and the State")] },
        Case { name: "de zit. n.", notes: &["Hans Müller, *Archiv und Staat* (Berlin: Duncker & Humblot, 1998), S. 12.", "Max Weber, zit. n. Müller, a. a. O., S. 40.", "Ebd., S. 41."], want: &[To("Archiv und Staat"), To("Archiv und Staat"), To("Archiv und Staat")] },
        Case { name: "fr cité par", notes: &["Pierre Dupont, *L'Archive et le pouvoir* (Paris : Gallimard, 2005), p. 33.", "Marc Bloch, cité par Dupont, op. cit., p. 40.", "Ibid., p. 41."], want: &[To("L'Archive et le pouvoir"), To("L'Archive et le pouvoir"), To("L'Archive et le pouvoir")] },
        Case { name: "es citado por", notes: &["Juan Pérez, *El archivo y el Estado* (Madrid: Alianza, 2003), p. 9.", "Ortega, citado por Pérez, op. cit., p. 11.", "Ibíd., p. 12."], want: &[To("El archivo y el Estado"), To("El archivo y el Estado"), To("El archivo y el Estado")] },
        Case { name: "ko 재인용 in brackets", notes: &["김철수, 『동맹의 정치』 (서울: 한울, 2010).", "박정희의 연설(김철수, 앞의 책, 20쪽에서 재인용).", "위의 책, 21쪽."], want: &[To("동맹의 정치"), To("동맹의 정치"), To("동맹의 정치")] },
        Case { name: "ja 再引用 in brackets", notes: &["山田太郎『国家と文書』(東京：岩波書店、2001年)、30頁。", "吉野作造の言葉（山田・前掲書、45頁より再引用）。", "同上、46頁。"], want: &[To("国家と文書"), To("国家と文書"), To("国家と文書")] },
        // Short names the paper defines, and archives.
        Case { name: "hereafter a short name", notes: &["Jane Doe, *The Archive and the State* (Chicago: UCP, 2015) (hereafter AS), 23.", ARTICLE, "AS, 40."], want: &[To("The Archive and the State"), To("Paper Empires"), To("The Archive and the State")] },
        Case { name: "hereinafter in a note citing two works", notes: &["Jane Doe, *The Archive and the State* (Chicago: UCP, 2015) [hereinafter Archive]; John Smith, “Paper Empires,” *JMH* 88 (2016) [hereinafter Empires].", "Empires, at 5.", "Archive, at 7."], want: &[To("The Archive and the State"), To("Paper Empires"), To("Paper Empires"), To("The Archive and the State")] },
        Case { name: "ko 이하 short name", notes: &["김철수, 『동맹의 정치』(이하 '동맹'이라 한다) (서울: 한울, 2010), 3쪽.", "박영희, “한미동맹의 변화,” 『국제정치논총』, 제50권 (2012).", "동맹, 20쪽."], want: &[To("동맹의 정치"), To("한미동맹의 변화"), To("동맹의 정치")] },
        Case { name: "ja 以下 short name", notes: &["山田太郎『国家と文書』（以下「山田・文書」という）(東京：岩波書店、2001年)、30頁。", "同上、31頁。", "山田・文書、40頁。"], want: &[To("国家と文書"), To("国家と文書"), To("国家と文書")] },
        Case { name: "an undefined name is no short name", notes: &[BOOK, "AS, 40."], want: &[To("The Archive and the State")] },
        Case { name: "archive, its abbreviation, ibid.", notes: &["The National Archives, Kew (hereafter TNA), FO 371/1234, Minute by Eyre Crowe, 1 January 1907, fol. 5.", "TNA, FO 371/1234, fol. 7.", "Ibid., fol. 8.", "TNA, FO 371/999."], want: &[To("Minute by Eyre Crowe"), To("Minute by Eyre Crowe"), To("Minute by Eyre Crowe"), To("")] },
        // Russian.
        Case { name: "ru там же and указ. соч.", notes: &["Иван Иванов, «Архив и государство», *Вопросы истории*, № 3 (2015), с. 10–20.", "Там же, с. 12.", "Иванов, указ. соч., с. 15."], want: &[To("Архив и государство"), To("Архив и государство"), To("Архив и государство")] },
        Case { name: "ru указ. соч. dangling", notes: &["Петров, указ. соч., с. 1."], want: &[Dangling] },
    ]
}

#[test]
fn resolution_table() {
    let mut failures = Vec::new();
    for case in cases() {
        let got = outcomes(case.notes);
        if got != case.want {
            failures.push(format!(
                "{}: got {:?}, want {:?}",
                case.name, got, case.want
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn locators_stay_on_short_forms() {
    let text = paper(&[
        BOOK,
        "Ibid., pp. 169-172.",
        "Doe, op. cit., p. 63.",
        "위의 책, 30쪽.",
    ]);
    let doc = analyze(
        &SourceFile::new("t.txt", text),
        &GRAMMAR,
        Options::default(),
    );
    let locs: Vec<Option<&str>> = doc
        .citations
        .iter()
        .map(|c| c.locator.as_ref().map(|l| l.value.as_str()))
        .collect();
    // The full citation's pinpoint (`…, 2015), 23.`) is its own too.
    assert_eq!(
        locs,
        vec![Some("23"), Some("169-172"), Some("63"), Some("30")]
    );
}

#[test]
fn every_link_records_its_rule() {
    let text = paper(&[BOOK, "Ibid., 4.", "Doe, op. cit., 5.", "Doe, supra note 1."]);
    let doc = analyze(
        &SourceFile::new("t.txt", text),
        &GRAMMAR,
        Options::default(),
    );
    let rules: Vec<&str> = doc
        .citations
        .iter()
        .map(|c| c.provenance.as_ref().unwrap().rule)
        .collect();
    assert_eq!(
        rules,
        vec!["note-only", "ibid-previous", "short-author", "supra-note"]
    );
    assert_eq!(doc.citations[1].antecedent.as_deref(), Some("c1"));
    assert_eq!(doc.citations[2].antecedent.as_deref(), Some("c1"));
}

/// A work quoted through another (`X, quoted in Y`) is cited, and linked
/// to the bibliography if listed there; but a bibliography lists the work
/// quoted from, so its absence is no finding. The same work cited in its
/// own right, absent, is one.
#[test]
fn a_work_quoted_through_another_need_not_be_in_the_bibliography() {
    use opcit::diagnostic::Code;
    let zukofsky = "Louis Zukofsky, “Sincerity and Objectification,” *Poetry* 37 (1931): 269";
    let list = "\n\nBibliography\n\nDoe, Jane. *The Archive and the State*. Chicago: University of Chicago Press, 2015.\n";
    let analyse = |between: &str| {
        let text = paper(&[&format!("{zukofsky}{between}{BOOK}"), "Ibid., 24."]) + list;
        analyze(
            &SourceFile::new("t.txt", text),
            &GRAMMAR,
            Options::default(),
        )
    };
    let doc = analyse(", quoted in ");
    let indirect: Vec<bool> = doc.citations.iter().map(|c| c.indirect).collect();
    assert_eq!(indirect, [true, false, false]);
    let refs: Vec<&str> = doc
        .citations
        .iter()
        .map(|c| c.reference.as_deref().unwrap())
        .collect();
    assert_eq!(refs, ["n1", "b1", "b1"]);
    assert!(!doc.diagnostics.iter().any(|d| matches!(
        d.code,
        Code::MissingFromBibliography | Code::UncitedReference
    )));
    let doc = analyse("; ");
    assert!(doc.citations.iter().all(|c| !c.indirect));
    let missing = |doc: &opcit::model::Document| -> Vec<Option<u32>> {
        doc.diagnostics
            .iter()
            .filter(|d| d.code == Code::MissingFromBibliography)
            .map(|d| d.footnote)
            .collect()
    };
    assert_eq!(missing(&doc), [Some(1)]);
    // Quoted first, cited in its own right later: reported there.
    let text = paper(&[
        &format!("{zukofsky}, quoted in {BOOK}"),
        &format!("{zukofsky}."),
    ]) + list;
    let doc = analyze(
        &SourceFile::new("t.txt", text),
        &GRAMMAR,
        Options::default(),
    );
    let refs: Vec<&str> = doc
        .citations
        .iter()
        .map(|c| c.reference.as_deref().unwrap())
        .collect();
    assert_eq!(refs, ["n1", "b1", "n1"]);
    assert_eq!(missing(&doc), [Some(2)]);
}

/// The first finding with `code` in the paper made of `notes`.
fn first_finding(notes: &[&str], code: opcit::diagnostic::Code) -> opcit::diagnostic::Diagnostic {
    let doc = analyze(
        &SourceFile::new("t.txt", paper(notes)),
        &GRAMMAR,
        Options::default(),
    );
    doc.diagnostics
        .into_iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no {code:?} finding"))
}

/// Seven works by Smith of 2001 and one of 2002, then `short`: it must fit
/// `fit` of them, list the first five and count the others.
fn lists_five_of(short: &str, fit: usize) {
    let mut notes: Vec<String> = (1..=7)
        .map(|i| format!("John Smith, *Work {i}* (London: Verso, 2001), {i}."))
        .collect();
    notes.push("John Smith, *Work 8* (London: Verso, 2002), 8.".into());
    notes.push(short.into());
    let refs: Vec<&str> = notes.iter().map(String::as_str).collect();
    let d = first_finding(&refs, opcit::diagnostic::Code::AmbiguousShortForm);
    assert!(
        d.message.contains(&format!("fits {fit} different works")),
        "{short}: {}",
        d.message
    );
    let listed: Vec<&String> = d
        .notes
        .iter()
        .filter(|n| n.starts_with("candidate:"))
        .collect();
    assert_eq!(listed.len(), 5, "{short}: {:?}", d.notes);
    assert!(listed[0].contains("Work 1") && listed[4].contains("Work 5"));
    assert!(
        d.notes
            .iter()
            .any(|n| *n == format!("and {} more works that fit", fit - 5)),
        "{short}: {:?}",
        d.notes
    );
}

#[test]
fn ambiguous_short_forms_list_five_candidates_and_count_the_rest() {
    lists_five_of("Smith, op. cit., 5.", 8);
    lists_five_of("Smith (2001), op. cit., 5.", 7);
    lists_five_of("Smith, *Work*, 5.", 8);
}

#[test]
fn dangling_short_forms_list_the_nearest_candidates() {
    let d = first_finding(
        &[ARTICLE, "Smith (1999), op. cit."],
        opcit::diagnostic::Code::DanglingShortForm,
    );
    assert!(
        d.notes
            .iter()
            .any(|n| n.contains("Paper Empires") && n.contains("note 1")),
        "{:?}",
        d.notes
    );
    assert_eq!(d.footnote, Some(2));
}

/// A dangling short form lists the works of the authors whose names are at
/// most two edits from its own (`Kirkpatric` for `Kirkpatrick`), not
/// those three edits away (`Fitzpatrick`, though 73 % alike) nor other
/// names.
#[test]
fn dangling_short_forms_list_names_two_edits_away() {
    let d = first_finding(
        &[
            "Jeane Kirkpatric, *Dictatorships and Double Standards* (New York: Simon and Schuster, 1982), 4.",
            "Sheila Fitzpatrick, *Everyday Stalinism* (Oxford: Oxford University Press, 1999), 9.",
            "David Kirk, *Archive and Nation* (London: Verso, 2001), 12.",
            "Kirkpatrick, op. cit., 5.",
        ],
        opcit::diagnostic::Code::DanglingShortForm,
    );
    let listed: Vec<&String> = d
        .notes
        .iter()
        .filter(|n| n.starts_with("candidate:"))
        .collect();
    assert_eq!(listed.len(), 1, "{:?}", d.notes);
    assert!(listed[0].contains("Dictatorships"), "{:?}", d.notes);
}

/// The works of an author with more than 64 bibliography entries are looked
/// up by year: a full citation in a note whose title has a typo (so that
/// neither its title nor its title words find the entry) still finds its
/// own entry among eighty, and so does the `op. cit.` after it.
#[test]
fn an_author_of_many_entries_is_looked_up_by_year() {
    let mut text = String::from(
        "Sentence one.¹⁾ Sentence two.²⁾\n\n\
         1) Jae-won Kim, *Essays on Topik 1987* (Seoul: Press, 1987), p. 3.\n\n\
         2) Kim(1987), op. cit., p. 4.\n\nReferences\n\n",
    );
    for year in 1920..2000 {
        text.push_str(&format!(
            "Kim, Jae-won. *Essays on Topic {year}*. Seoul: Press, {year}.\n\n"
        ));
    }
    let doc = analyze(
        &SourceFile::new("many.txt", text),
        &GRAMMAR,
        Options::default(),
    );
    assert_eq!(doc.references.len(), 80, "{:#?}", doc.references.first());
    for c in &doc.citations {
        let r = doc.reference(c.reference.as_deref().unwrap()).unwrap();
        assert_eq!(r.bibliography_index, Some(1987 - 1920 + 1), "{}", c.text);
    }
    assert_eq!(
        doc.citations[0].provenance.as_ref().unwrap().rule,
        "bibliography-fuzzy"
    );
}

/// Each citation of a German law paper with a bibliography: the entry it
/// links to (`b1` …, or `n…` for a work known only from the notes) and the
/// codes of the findings.
fn law_links(notes: &[&str], entries: &str) -> (Vec<Option<String>>, Vec<opcit::diagnostic::Code>) {
    let text = format!("{}Literaturverzeichnis\n\n{entries}", paper(notes));
    let doc = analyze(
        &SourceFile::new("case.txt", text),
        &GRAMMAR,
        Options::default(),
    );
    let links = doc.citations.iter().map(|c| c.reference.clone()).collect();
    let mut codes: Vec<_> = doc.diagnostics.iter().map(|d| d.code).collect();
    codes.sort_by_key(|c| format!("{c:?}"));
    (links, codes)
}

#[test]
fn journal_citations_without_title_link_by_author_journal_year_and_first_page() {
    use opcit::diagnostic::Code;
    let entries = "Schmidt, Peter: Die Staatshaftung im Wandel, NJW 2005, S. 1234–1240.\n\
                   Schmidt, Peter: Amtshaftung heute, NJW 2007, S. 88–95.\n\
                   Weiß, Thomas: Amtspflicht und Drittbezug, DVBl. 1999, S. 445–452.\n";
    let b = |s: &str| Some(s.to_string());
    // The first page, a page inside the article, `ders.` after Weiß.
    let (links, codes) = law_links(
        &[
            "Schmidt, NJW 2005, 1234 (1238).",
            "Schmidt, NJW 2007, 90.",
            "Weiß, Amtspflicht und Drittbezug, DVBl. 1999, 445; ders., DVBl 1999, 445 (449).",
        ],
        entries,
    );
    assert_eq!(links, [b("b1"), b("b2"), b("b3"), b("b3")]);
    assert!(codes.is_empty(), "{codes:?}");
    // Another journal, another year, a page outside the article, another
    // author: no entry fits, and the work is missing from the bibliography.
    for note in [
        "Schmidt, DÖV 2005, 1234.",
        "Schmidt, NJW 2006, 1234.",
        "Schmidt, NJW 2005, 1300.",
        "Müller, NJW 2005, 1234.",
    ] {
        let (links, codes) = law_links(&[note], entries);
        assert_eq!(links, [b("n1")], "{note}");
        assert!(codes.contains(&Code::MissingFromBibliography), "{note}");
    }
    // Two articles by the same author in one note: a supra's page says which.
    let (links, _) = law_links(
        &[
            "Schmidt, NJW 2005, 1234; ders., NJW 2007, 88.",
            "Schmidt (Fn. 1), S. 90.",
        ],
        entries,
    );
    assert_eq!(links, [b("b1"), b("b2"), b("b2")]);
}
