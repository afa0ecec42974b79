//! Language data: back-reference lexicons, locator words, month names,
//! section headings, name connectors, signal words.
//!
//! The data lives in `grammars/*.toml` (one file per language, documented in
//! `grammars/README.md`); every file there is built into the binary, and more
//! can be loaded at run time with `--grammar FILE`. All languages are merged
//! into one [`Grammar`]: a Korean paper cites English, Russian and Korean
//! works in the same footnote, so every rule must know every language.
//!
//! This module turns the word lists into compiled regexes once per run. It
//! never decides what a piece of text *is*; the `syntax` module does.

use regex::Regex;
use serde::Deserialize;
use std::fmt;

include!(concat!(env!("OUT_DIR"), "/builtin_grammars.rs"));

/// A grammar file as written in `grammars/*.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageFile {
    /// Who this file is for.
    pub language: LanguageInfo,
    /// Section headings.
    #[serde(default)]
    pub headings: Headings,
    /// Short-form back-reference words.
    #[serde(default)]
    pub back_references: BackReferences,
    /// Locator and field words.
    #[serde(default)]
    pub locators: Locators,
    /// Name connectors and organisation words.
    #[serde(default)]
    pub names: Names,
    /// Citation signals (`see`, `cf.`, `vgl.`, `참조`).
    #[serde(default)]
    pub signals: Signals,
    /// Month names.
    #[serde(default)]
    pub months: Months,
    /// Date suffixes for CJK-style dates (`2025년 2월 28일`, `2025年2月28日`).
    #[serde(default)]
    pub dates: Dates,
    /// Words that tell a number in the text from a citation.
    #[serde(default)]
    pub in_text: InText,
}

/// Words around numbers in the text that are not citations.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InText {
    /// Words after which a number labels the paper's own parts (`Fig. 3`,
    /// `Table [2]`, `Eq. (4)`, `Abb. 2`): never a citation.
    #[serde(default)]
    pub label_words: Vec<String>,
    /// Words before a pair of numbers in brackets that make it an interval
    /// (`the interval [2, 5]`), not citations 2 and 5.
    #[serde(default)]
    pub interval_words: Vec<String>,
    /// Words and marks that join names in an author-date citation of the
    /// text (`and`, `&`, `/`, `und`), and the small words inside an
    /// organisation's name (`of`, `for`): `Smith and Lee (2019)`, `(Müller/
    /// Schmidt 2019)`, `(Bank for International Settlements 2020)`. A word
    /// of letters is matched whole.
    #[serde(default)]
    pub join_words: Vec<String>,
    /// Words that end a list of names in an author-date citation of the
    /// text, for the authors not named (`et al.`, `u. a.`, `m.fl.`,
    /// `và cộng sự`): `Kim et al. (2020)`. A space stands for any white
    /// space, or none (`u. a.` is also `u.a.`).
    #[serde(default)]
    pub et_al: Vec<String>,
    /// Words that open a sentence before the names of a narrative
    /// citation (`Following Lee and Park (2011)`, `Unlike Smith (2004)`):
    /// prose, no given name, though the paper may never write them in
    /// lowercase. One word each, matched whole, without regard to case.
    /// In a note, such a word opening a phrase before a comma and names
    /// makes the phrase a lead-in (`On France, Moreau, Petit and Durand
    /// (2012)`).
    #[serde(default)]
    pub lead_words: Vec<String>,
}

/// Identity of a language file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageInfo {
    /// BCP 47 code, e.g. `en`.
    pub code: String,
    /// Human name, e.g. `English`.
    pub name: String,
}

/// Section headings that open or close regions of a paper.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Headings {
    /// Headings that open the bibliography.
    #[serde(default)]
    pub bibliography: Vec<String>,
    /// Headings that open a block of endnotes.
    #[serde(default)]
    pub notes: Vec<String>,
    /// Headings that end the bibliography (abstract, appendix, author notes).
    #[serde(default)]
    pub end: Vec<String>,
    /// Words before a note's number in its label and its marker (`注1`,
    /// `（注1）`, `注 1`).
    #[serde(default)]
    pub note_label: Vec<String>,
    /// Sub-headings of a bibliography over newspapers and magazines named
    /// by title alone (`Newspapers`, `Periodicals`, `Presse`, `신문`): each
    /// line under one, up to the next sub-heading, names a periodical, which
    /// the notes then cite by issue or article.
    #[serde(default)]
    pub periodicals: Vec<String>,
}

/// Back-reference lexicon. Patterns: case-insensitive, a space matches any
/// white space (or none), `{n}` matches a note number, `{c}` a circled
/// one (`前注⑤`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackReferences {
    /// Same work (and place) as the citation just before.
    #[serde(default)]
    pub ibid: Vec<String>,
    /// An earlier work by the named author.
    #[serde(default)]
    pub op_cit: Vec<String>,
    /// `op_cit` words that say the earlier work is a book (`前引书`,
    /// `앞의 책`, `a.g.e.`): of two works by the author, the book.
    #[serde(default)]
    pub op_cit_book: Vec<String>,
    /// `op_cit` words that say the earlier work is an article or a chapter
    /// (`前引文`, `앞의 논문`, `art. cit.`): of two works, the one that is no book.
    #[serde(default)]
    pub op_cit_article: Vec<String>,
    /// The same place in an earlier work by the named author.
    #[serde(default)]
    pub loc_cit: Vec<String>,
    /// The work cited in note `{n}`.
    #[serde(default)]
    pub supra_note: Vec<String>,
    /// An earlier work, named by author (no note number).
    #[serde(default)]
    pub supra: Vec<String>,
    /// Words that define a short name in brackets after a source's first
    /// full citation (`(hereafter TNA)`, `[hereinafter Restatement]`,
    /// `(im Folgenden: BArch)`), which later notes cite it by. Matched
    /// without regard to case at the bracket's start.
    #[serde(default)]
    pub hereafter: Vec<String>,
    /// `ibid` words that may open a note only after a note citing one work
    /// (en `id.`: The Bluebook 4.1): after a note citing several, such a
    /// word at the start of a note fits each of them.
    #[serde(default)]
    pub ibid_one_work: Vec<String>,
    /// `ibid` words that name the note before (ja, zh `同前註`, "as the
    /// note before"): they repeat what that note cites, and after a note
    /// citing several works fit each of them, in papers of every style.
    #[serde(default)]
    pub ibid_note: Vec<String>,
    /// `ibid` words that name a court's decision (ko `위의 판결`, `위의
    /// 결정`): they repeat the last decision cited, though other works were
    /// cited after it.
    #[serde(default)]
    pub ibid_decision: Vec<String>,
    /// `ibid` words that name a book (ko `위의 책`, `상게서`): after a note
    /// whose last work is an article, they repeat the last book of that
    /// note.
    #[serde(default)]
    pub ibid_book: Vec<String>,
    /// `ibid` words that name an article or a chapter (ko `위의 논문`,
    /// `상게논문`): after a note whose last work is a book, they repeat the
    /// last article or chapter of that note.
    #[serde(default)]
    pub ibid_article: Vec<String>,
    /// Words after a `supra` word with no author that point into the
    /// paper itself (en `part`, `section`: `See supra Part I`): a cross
    /// reference, no citation.
    #[serde(default)]
    pub cross_reference: Vec<String>,
}

/// Locator words. Patterns as in [`BackReferences`]; `{n}` is a number or range.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locators {
    /// Page locators (`p. {n}`, `S. {n}`, `{n}쪽`).
    #[serde(default)]
    pub page: Vec<String>,
    /// Volume (`Vol. {n}`, `제{n}권`).
    #[serde(default)]
    pub volume: Vec<String>,
    /// Issue (`No. {n}`, `제{n}호`).
    #[serde(default)]
    pub issue: Vec<String>,
    /// Margin numbers of law books and commentaries (`Rn. {n}`, `Rz.
    /// {n}`): a pinpoint like a page, labelled `margin`.
    #[serde(default)]
    pub margin: Vec<String>,
    /// Leaves of a manuscript or archival file (`fol. {n}`, `Bl. {n}`,
    /// `Л. {n}`): a pinpoint like a page, labelled `folio`.
    #[serde(default)]
    pub folio: Vec<String>,
    /// Columns of parliamentary debates and records (`col. {n}`, `cols.
    /// {n}`): a pinpoint like a page, labelled `column`.
    #[serde(default)]
    pub column: Vec<String>,
    /// Article numbers of a journal that numbers its articles instead of
    /// paging them (`Art. no. {n}`, `Article {n}`): after the volume or
    /// issue in a reference entry, the number is its page.
    #[serde(default)]
    pub article_number: Vec<String>,
    /// Media and genres a reference entry writes in square brackets right
    /// after a title (`Online`, `Fact sheet`, `Dataset`): no part of the
    /// title, they are its CSL `genre`.
    #[serde(default)]
    pub medium: Vec<String>,
    /// A note on the page cited (`n. {n}`, `nn. {n}`, `Fn. {n}`, `note
    /// {n}`): after a page and ending the pinpoint (`p. 12 n. 4`, `S. 12
    /// Fn. 4`, `12 n.4`), it is the locator's `note`, the page its value.
    #[serde(default)]
    pub note: Vec<String>,
    /// A newspaper's page after its date, where the word is no page of a
    /// book (`《申报》1919年6月6日，第3版`: `版` is a book's edition
    /// elsewhere): a pinpoint labelled `page`, read after a newspaper's
    /// date only.
    #[serde(default)]
    pub newspaper_page: Vec<String>,
    /// Provisions of a statute cited in law notes (`Art. {n}`, `§ {n}`):
    /// what a commentary's part comments on, before its margin number.
    #[serde(default)]
    pub provision: Vec<String>,
    /// Words that introduce an access date (`accessed`, `검색일`).
    #[serde(default)]
    pub accessed: Vec<String>,
    /// Words that open the state of a loose-leaf edition (de `Stand`), as
    /// written: after a place, a loose-leaf word or with a supplement
    /// (`München, Stand: 1.3.2020`, `Loseblatt, Stand: März 2021`, `(Stand:
    /// 12. Erg.-Lfg. 2019)`), the date or supplement that the printed work
    /// was brought up to, no publisher nor access date.
    #[serde(default)]
    pub state: Vec<String>,
    /// Words that say a work is published in loose leaves (de
    /// `Loseblatt`, `Loseblattsammlung`), as written: the reference's CSL
    /// `genre`, no publisher nor place.
    #[serde(default)]
    pub loose_leaf: Vec<String>,
    /// Names of series of numbered papers (en `Working Paper`, `Discussion
    /// Paper`, de `Diskussionspapier`), as written: where a reference's
    /// container ends with one and a number follows it (`NBER Working
    /// Paper 25434`, `IZA Discussion Paper No. 2570`), the container is the
    /// series (CSL `collection-title`), the number the report's `number`.
    #[serde(default)]
    pub report_series: Vec<String>,
    /// Words of a loose-leaf work's supplement after its number (de `EL`
    /// of `95. EL`, `Erg.-Lfg.` of `12. Erg.-Lfg.`), as written: the
    /// state of the edition, its CSL `edition`.
    #[serde(default)]
    pub supplement: Vec<String>,
    /// Words glued after a page that cite it and the pages after it (ja
    /// `45頁以下`), part of the pinpoint, even across a line break.
    #[serde(default)]
    pub following: Vec<String>,
    /// Words of an edition statement (`ed.`, `Aufl.`, `wyd.`, `изд.`, `판`,
    /// `版`), matched without regard to case. The edition's number stands
    /// on either side, with its ordinal marks (`2nd ed.`, `2. Aufl.`, `2e
    /// éd.`, `3.ª ed.`, `2판`; `wyd. 2`, `изд. 2-е`, `Wyd. II`), or
    /// qualifiers stand in its place (`rev. ed.`, `개정판`): see
    /// [`Locators::edition_qualifiers`]. The statement is the reference's
    /// CSL `edition`, and no part of its title, book, place or publisher.
    #[serde(default)]
    pub edition: Vec<String>,
    /// Words that name a thesis or dissertation (`PhD diss.`, `Doctoral
    /// dissertation`, `Diss.`, `thèse de doctorat`, `박사학위논문`,
    /// `博士学位论文`), matched without regard to case. A reference that
    /// gives one, alone in its part or with the institution beside it
    /// (`[Doctoral dissertation, University of Michigan]`, `PhD diss.,
    /// University of Chicago`, `서울대학교 박사학위논문`), is typed `thesis`:
    /// the words are its CSL `genre`, the institution its `publisher`.
    #[serde(default)]
    pub thesis: Vec<String>,
    /// Words that qualify an edition (`rev.`, `new`, `überarb.`, `revue`,
    /// `испр.`, `개정`, `改訂`), matched without regard to case: before or
    /// after its word and number (`3rd rev. ed.`, `3rd ed. rev.`, `2.,
    /// überarb. Aufl.`), several joined by commas or the `names.and` words
    /// (`revue et augmentée`, `испр. и доп.`), and in place of the number
    /// (`rev. ed.`, `nouvelle éd.`, `개정판`). After the edition word they
    /// are written in lowercase (`ed. Rev. John Roe` names an editor).
    #[serde(default)]
    pub edition_qualifiers: Vec<String>,
    /// Marks written before a number to make it an ordinal (`제` of
    /// `제2판`, `第` of `第2版`); after one, the number of an edition may
    /// be written in Chinese numerals (`第二版`).
    #[serde(default)]
    pub ordinal_prefix: Vec<String>,
    /// Words between an edition word and its number, which an ordinal mark
    /// after it closes (ro `a` of `ed. a II-a`, `ediția a 3-a`; `ediția a
    /// doua` with an ordinal in words).
    #[serde(default)]
    pub ordinal_article: Vec<String>,
    /// Words before a case's pinpoint after its reports, as the McGill
    /// Guide writes it (en `at`: `R v Oakes, [1986] 1 SCR 103 at 138`; fr
    /// `au`: `au para 12`), as written.
    #[serde(default)]
    pub case_pinpoint: Vec<String>,
    /// Words of a page after a [`Locators::case_pinpoint`] word (fr `la
    /// p`, `p`: `à la p 138`), as written; a page may also stand alone
    /// (`at 138`).
    #[serde(default)]
    pub case_page: Vec<String>,
    /// Words of paragraphs after a [`Locators::case_pinpoint`] word (en
    /// `para`, `paras`: `at para 66`), as written.
    #[serde(default)]
    pub case_paragraph: Vec<String>,
    /// Words before the consideration (Erwägung) of a decision's reasons
    /// cited, as Swiss notes write it after the decision (de `E.`, `Erw.`:
    /// `BGE 140 III 86 E. 4.2`, `BGer 4A_123/2019 vom 12.3.2019 E. 3.1`),
    /// as written: a locator labelled `paragraph`.
    #[serde(default)]
    pub consideration: Vec<String>,
    /// Words after a book's imprint saying the work cited is in it, before
    /// the page (ja `『…』（信山社、2001年）所収、35頁`).
    #[serde(default)]
    pub contained_after: Vec<String>,
    /// Words for the parts of a work in two or three volumes, written
    /// alone after a book's title as its volume (ko `『한국사신론』 상`, ja
    /// `『日本政治史』 上`).
    #[serde(default)]
    pub book_parts: Vec<String>,
    /// Ordinal numbers written in words, first to last, each with all its
    /// spellings (`[["first"], ["second"], …]`, `[["erste", "ersten"], …]`):
    /// an edition's number in words (`Second edition`, `Zweite Auflage`).
    #[serde(default)]
    pub ordinals: Vec<Vec<String>>,
    /// Words before the book of a chapter or the journal of an article
    /// (`In:`, `dans`, `в:`), matched without regard to case and followed
    /// by a space.
    #[serde(default)]
    pub container: Vec<String>,
    /// Words before the series a book is published in (`coll.` of `coll.
    /// « Bibliothèque des histoires »`, `Reihe`), matched without regard to
    /// case and followed by a space.
    #[serde(default)]
    pub series: Vec<String>,
    /// Words before the number of a book (juan) of a classical work cited
    /// by its title (`卷78` of `『高麗史』 卷78, 志32`, `卷六十五` of
    /// `《史记》卷六十五`): the number, in digits or Chinese numerals, is
    /// the work's volume, and what follows is no imprint.
    #[serde(default)]
    pub divisions: Vec<String>,
    /// Pinpoints other than pages, by their CSL locator label (`chapter =
    /// ["chap. {n}", "Kap. {n}"]`, `table = ["Table {n}"]`): what an
    /// author-date citation may point to after its year (`Putnam 2000,
    /// chap. 8`, `OECD 2019, Table 2`). Patterns as in [`BackReferences`].
    #[serde(default)]
    pub pinpoints: std::collections::BTreeMap<String, Vec<String>>,
}

/// What a contributor other than an author did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Edited the work.
    Editor,
    /// Translated it.
    Translator,
    /// Wrote its introduction or foreword (`Introd. Krystyna Pomorska`):
    /// CSL has no variable for it, so the names are read and set aside.
    Introducer,
}

/// Words used in author lists.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// Connectors between names (`and`, `&`, `·`).
    #[serde(default)]
    pub and: Vec<String>,
    /// "And others" (`et al.`, `외`, `u. a.`).
    #[serde(default)]
    pub et_al: Vec<String>,
    /// Conjunctions after a suspended hyphen (German `Kommunal- und
    /// Staatspolitik`, Dutch `binnen- of buitenland`, Swedish `för- och
    /// nackdelar`): a hyphen at a line's end before one of them ends a
    /// word that shares its second part with the next, and keeps its
    /// hyphen and the space, where a word broken at the line's end is
    /// joined.
    #[serde(default)]
    pub suspended_hyphen: Vec<String>,
    /// Words for "or" that join the items of a list in a sentence (fr
    /// `ou`, es `o`, it `o`, en `or`): `retenir (1) la garde matérielle
    /// ou (2) la garde juridique` numbers two items, as `et` joins them;
    /// no marker of a note. Never a connector of names.
    #[serde(default)]
    pub or: Vec<String>,
    /// First parts of compounds that keep their hyphen (en `self`, `non`,
    /// `well`): a word broken after one at a line's end (`self-` /
    /// `controlled`) is joined with its hyphen, where another broken
    /// word (`inter-` / `national`) is joined without it.
    #[serde(default)]
    pub hyphen_prefixes: Vec<String>,
    /// Words that mark an organisation rather than a person.
    #[serde(default)]
    pub organisation_words: Vec<String>,
    /// One-syllable words that end the name of a government body
    /// (`부`, `청`, `처`: `교육부`, `통계청`, `법제처`) and hardly any
    /// person's given name: a name of three syllables written alone,
    /// ending in one, is the body's, not a family name and a given name
    /// (the other one-syllable `organisation_words`, such as `원`, end
    /// many given names, and mark only names of four or more).
    #[serde(default)]
    pub organisation_endings: Vec<String>,
    /// Words that end a periodical's name in a script written without
    /// spaces (`論叢` of `臺大法學論叢`, `評論` of `政大法學評論`, `雜誌` of
    /// `月旦法學雜誌`): a part of a citation written without title marks,
    /// after the title, that ends in one names the journal
    /// ([`crate::syntax::unmarked`]).
    #[serde(default)]
    pub journal_endings: Vec<String>,
    /// Words that end a publisher's name written alone in a script
    /// without spaces (`出版` of `元照出版`, `書局` of `三民書局`, `自版`):
    /// such a part of a citation written without title marks is the
    /// publisher ([`crate::syntax::unmarked`]).
    #[serde(default)]
    pub publisher_endings: Vec<String>,
    /// Whole short names of bodies that the endings cannot tell from a
    /// person's (`감사원`: `원` ends many given names): written alone as
    /// an author, such a name is the body's.
    #[serde(default)]
    pub organisation_names: Vec<String>,
    /// Words of the names of archives and manuscript libraries
    /// (`Archives`, `Archiv`, `Library`, `档案馆`), matched without regard
    /// to case at a word's end (`Archiv` is in `Bundesarchiv`) or, in CJK,
    /// anywhere: a note that opens with such a name (or an abbreviation of
    /// one) and goes on with a shelfmark (`ADM 3/265`, `Add. MS 44529`)
    /// cites an archival source.
    #[serde(default)]
    pub archives: Vec<String>,
    /// Words of newspapers' names (`Times`, `Gazette`, `Zeitung`, `Monde`),
    /// as written, whole words: a note that is such a name and a full date
    /// (`The Times (London), 23 January 1855, 8`) cites that issue. Written
    /// in CJK, they end a name (`일보` of `동아일보`, `新聞` of `朝日新聞`).
    #[serde(default)]
    pub newspapers: Vec<String>,
    /// Towns where books are published (`London`, `Oxford`, `New York`),
    /// as written: in brackets before a year after a comma (`(London,
    /// 1954)`) such a town is the place, no publisher.
    #[serde(default)]
    pub places: Vec<String>,
    /// Kinds of unsigned pieces of a newspaper or weekly named first, in
    /// place of an author (`Editorial`, `Leader`, `Obituary`): `Editorial,
    /// The Nation, March 16, 1921, 380` cites that issue, by no one.
    #[serde(default)]
    pub unsigned_pieces: Vec<String>,
    /// Articles that open a title (`The`, `A`, `An`): `The Survey, March
    /// 2, 1912` names a periodical, no person, though two capitalised
    /// words (`John Smith, 12 April 1793`) before a day name a person.
    #[serde(default)]
    pub articles: Vec<String>,
    /// Capitalised abbreviations that open a shelfmark (`Add.` of `Add. MS
    /// 44529`, `Rep.`, `Leg.`), as written: a capitalised word with a
    /// period after an archive's name is otherwise its place (`The National
    /// Archives, Kew. ADM 3/265`).
    #[serde(default)]
    pub shelfmarks: Vec<String>,
    /// Words glued after an institution's name that say it holds the
    /// document cited (`藏` of `四川省档案馆藏`, `所蔵` of
    /// `国立公文書館所蔵`): a collection, a file number and its holder so
    /// written are an archival source.
    #[serde(default)]
    pub held_by: Vec<String>,
    /// Lowercase words that name a part an author wrote of another's work,
    /// before the work's title in a note (`introduction to`, `preface to`:
    /// `Ernest Sirluck, introduction to Complete Prose Works of John
    /// Milton`): the title cited is the work's, after them.
    #[serde(default)]
    pub part_of_work: Vec<String>,
    /// Family names longer than a name's length makes them by default:
    /// two characters where family names are mostly one (`남궁`, `선우`,
    /// `欧阳`, `司马`: `남궁민` is 남궁 + 민), a Japanese one of two before a
    /// one-character given name (`中村`: `中村哲`), or of three (`長谷川`).
    #[serde(default)]
    pub compound_family: Vec<String>,
    /// Characters that end Japanese family names of three characters
    /// (`原` of `小川原`, `寺` of `小野寺`): the third character of a Han name
    /// of five or more written without a space, where it is one of these,
    /// ends the family name, though the first two make one of
    /// `compound_family` (`小川原宏幸` is 小川原 + 宏幸, not 小川 + 原宏幸;
    /// `淺見倫太郎` stays 淺見 + 倫太郎).
    #[serde(default)]
    pub family_final: Vec<String>,
    /// Words of a work's imprint that mark it as Japanese where nothing
    /// else does (`書店` of `岩波書店`, `出版会` of `東京大学出版会`): a
    /// three-character Han name of such a work is mostly a family name of
    /// two characters and a given name of one (`旗田巍`).
    #[serde(default)]
    pub japanese_imprints: Vec<String>,
    /// Han characters that are a one-character family name in Chinese or
    /// Korean and open hardly any Japanese family name (`陳`, `李`, `朴`):
    /// a three-character name opening with one is one and two characters
    /// (`陳寅恪` is 陳 / 寅恪) even in a Japanese work.
    #[serde(default)]
    pub single_family: Vec<String>,
    /// Han characters that alone are a common Japanese family name (`辻`,
    /// `堀`, `関`): a three-character name of a Japanese work opening with
    /// one, whose second character ends no family name
    /// ([`Names::family_final`]), is one and two characters (`辻清明` is 辻
    /// / 清明), while `堀田明` stays 堀田 / 明.
    #[serde(default)]
    pub japanese_single_family: Vec<String>,
    /// Han characters that write foreign names and hardly any Chinese or
    /// Japanese one (`斯`, `尔`, `茨` of `罗尔斯`, `拉伦茨`): a Han name
    /// holding one is a transliterated foreign name, all family name when
    /// written alone, and its parts joined by `·` are one person's.
    #[serde(default)]
    pub transliteration: Vec<String>,
    /// Words for the paper's author's own work, standing where a citation
    /// names its authors (ja `拙稿「…」`, zh `拙著《…》`): no name.
    #[serde(default)]
    pub own_work: Vec<String>,
    /// Words that end the phrase naming whom a book honours, written
    /// before its title in place of its editors (ja `西原道雄先生古稀記念
    /// 『…』`, ko `김철수 교수 정년기념 『…』`, zh `王泽鉴先生七十华诞
    /// 祝寿文集《…》`): the book after them is a chapter's.
    #[serde(default)]
    pub festschrift: Vec<String>,
    /// Words that open a family name and are written with it (ar `ابن`
    /// of `ابن خلدون`, `أبو` of `أبو زيد`): a name of such a word and one
    /// more is all family name, and after given names the word belongs to
    /// the family name.
    #[serde(default)]
    pub particles: Vec<String>,
    /// How a family name changes when the prose declines it, as
    /// `oblique>nominative` endings (ru `ова>ов` is wrong, `а>` right:
    /// `По мнению Петрова [2012]` names `Петров`; `ой>а`: `Смирновой` names
    /// `Смирнова`; pl `ego>i`: `Kowalskiego` names `Kowalski`). A
    /// narrative citation whose names fit no entry is tried with each
    /// ending replaced in turn, longest ending first; the list's names are
    /// written in the nominative. An empty nominative drops the ending.
    #[serde(default)]
    pub case_endings: Vec<String>,
    /// Family names of a language that writes names family name first,
    /// without a comma (vi: `Nguyễn`, `Trần`): a name of two to four
    /// capitalised words that opens with one is read so (`Trần Văn Giàu`:
    /// family `Trần`, given `Văn Giàu`), and compared whole.
    #[serde(default)]
    pub leading_family_names: Vec<String>,
    /// Words found in publishers' names (`Press`, `Verlag`, `Éditions`):
    /// `Paris, Éditions de Minuit` is a place and a publisher, but
    /// `Presses universitaires, Lyon` is not read as one.
    #[serde(default)]
    pub publisher_words: Vec<String>,
    /// Words found in periodicals' names (`Journal`, `Review`,
    /// `Zeitschrift`, `Revista`): an APA entry whose one name after the
    /// title holds one and no [`Names::publisher_words`] word names the
    /// journal of an article published online before its issue (`Title.
    /// Journal of Educational Computing Research. https://doi.org/…`), not
    /// a book's publisher.
    #[serde(default)]
    pub journal_words: Vec<String>,
    /// First words of the name of a series or report a book appears in,
    /// written after the book's title with no word before it (`Gutachten`
    /// of `Gutachten A zum 73. Deutschen Juristentag`, `Schriften` of
    /// `Schriften zum Wirtschaftsrecht`): such a comma part between a
    /// book's title and its imprint is the item's `collection-title`.
    #[serde(default)]
    pub collection_words: Vec<String>,
    /// Endings of the nouns that make up titles (de `recht`, `ung`,
    /// `keit`, `geschichte`): a capitalised word that ends with one, at
    /// least four letters before it (`Verwaltungsrecht`, not `Albrecht`),
    /// is a title's word, no given name (`Müller, Verwaltungsrecht,
    /// Tübingen 2019` cites a title after the family name).
    #[serde(default)]
    pub title_noun_endings: Vec<String>,
    /// Journals' abbreviations written in lowercase or without two
    /// capitals (Austrian `wobl`, `ecolex`, `Zak`; Swiss `sic!`, `recht`,
    /// `jusIT`, `mp`), as written: such a name before a year and a page
    /// (`wobl 2017, 12`) is a journal, as `NJW 2005, 1234` is.
    #[serde(default)]
    pub journal_abbreviations: Vec<String>,
    /// Endings of words that lead into a citation in languages written
    /// without a signal word (`자세한 논의는`, `이에 대해서는` end in `는`):
    /// a space-separated word ending so before CJK names is prose.
    #[serde(default)]
    pub prose_endings: Vec<String>,
    /// Words that stand for the author named just before (`Ders.`,
    /// `Dies.`, `Он же`): a bibliography entry opening with one is a ditto
    /// entry, a note citation by one has the previous citation's authors.
    #[serde(default)]
    pub same_author: Vec<String>,
    /// Words before the names of a work's editors, after its title
    /// (`ed.`, `edited by`, `hrsg. v.`): `Title, ed. Ann Poe (Boston…)`.
    #[serde(default)]
    pub editor: Vec<String>,
    /// Words before the names of a work's translators, after its title
    /// (`trans.`, `translated by`, `übers. v.`).
    #[serde(default)]
    pub translator: Vec<String>,
    /// Words before the names of whoever wrote a work's introduction or
    /// foreword, after its title (`Introd.`, `introduction by`, `foreword
    /// by`): read so that the names are not taken for the imprint.
    #[serde(default)]
    pub introducer: Vec<String>,
    /// Words after names that give their role (`(eds.)`, `(Hrsg.)`,
    /// `(Org.)`, `편`): an editor is named as an author is, less the word.
    /// Matched as written, at the end of the names.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Words of `roles` that name no editor of the work (de `(Begr.)`, who
    /// founded a commentary, `(Bearb.)`, who revised it): the names before
    /// them stay its authors.
    #[serde(default)]
    pub author_roles: Vec<String>,
    /// Words after the names of a work's translators, as CJK references
    /// write them (`황경식 옮김`, `何怀宏等译`, `（川本隆史ほか訳）`):
    /// matched as written, glued to the names or, where written with a
    /// space first (ko ` 역`), only after a space.
    #[serde(default)]
    pub translator_after: Vec<String>,
    /// The language writes a person's family name before the given names,
    /// without a comma (hu: `Szekfű Gyula`). A paper whose bibliography
    /// heading or back-reference words are this language's reads names
    /// written without a comma so: `Szekfű Gyula: Magyar történet` is by
    /// `Szekfű`.
    #[serde(default)]
    pub family_first: bool,
}

/// Whether a code's spelling is an abbreviation in capitals (`BGB`, `GG`,
/// `SGB II`, `DS-GVO`): two capital letters or more, no lowercase letter
/// and no period.
fn is_capital_code(w: &str) -> bool {
    w.chars().filter(|c| c.is_uppercase()).nth(1).is_some()
        && !w.chars().any(|c| c.is_lowercase() || c == '.')
}

/// One entry of [`Signals::codes`]: a code's spelling, or its spellings
/// with its name in full first.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum CodeSpellings {
    /// One spelling (`C. com.`).
    One(String),
    /// The full name, then the other spellings (`["Codul civil", "C. civ."]`).
    Many(Vec<String>),
}

impl CodeSpellings {
    /// Every spelling of the entry.
    pub fn spellings(&self) -> &[String] {
        match self {
            CodeSpellings::One(s) => std::slice::from_ref(s),
            CodeSpellings::Many(s) => s,
        }
    }
}

/// Citation signals.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signals {
    /// Signal words or phrases.
    #[serde(default)]
    pub words: Vec<String>,
    /// Words between a work and the work it is quoted through, which
    /// follows (`apud`, `quoted in`, `zit. n.`): in `X apud Y` the note
    /// cites Y and quotes X through it. Signals too at an item's start.
    #[serde(default)]
    pub cited_in: Vec<String>,
    /// Words after the work another is quoted through (`재인용`, `再引用`):
    /// in `X, 10쪽(Y, 20쪽에서 재인용)` the note cites Y and quotes X through
    /// it. Signals too at an item's end.
    #[serde(default)]
    pub cited_in_after: Vec<String>,
    /// Signal words (also in [`Signals::words`]) before the original of a
    /// passage that the note quotes through another work (zh `原文见`):
    /// the work they open is cited through the other, as after
    /// [`Signals::cited_in`], and no bibliography need list it.
    #[serde(default)]
    pub original: Vec<String>,
    /// Words in a bibliography entry before the short form the notes cite
    /// it by (de `zit.:` of `Münchener Kommentar zum BGB (zit.:
    /// MüKoBGB/Bearbeiter)`).
    #[serde(default)]
    pub cited_as: Vec<String>,
    /// Particles glued to the closing mark of a title that tie the work
    /// into the note's sentence (ko `을` of `「…」을 참조`, `에서는` of
    /// `『…』에서는 이를 …`, `의` of `『…』의 해설`): the citation ends at the
    /// mark, and the words after the particle are prose, but for a page
    /// cited right after it (`「…」에서 36면`).
    #[serde(default)]
    pub title_particles: Vec<String>,
    /// Words after a court's name before the date of its decision (de
    /// `Urt. v.` of `BGH, Urt. v. 12.3.2019 – VI ZR 123/18`).
    #[serde(default)]
    pub decision: Vec<String>,
    /// Courts, or the words that end a court's name (ko `대법원`,
    /// `지방법원`, `헌재`), that open a decision cited by court, date and
    /// docket number (`대법원 2010. 4. 22. 선고 2008다38288 판결`).
    #[serde(default)]
    pub courts: Vec<String>,
    /// Courts named before a comma and the decision's date, as French
    /// notes cite them (`Cass. civ. 1re, 12 mai 2010, n° 09-12.345`, `CE,
    /// ass., 3 juill. 2015`, `CEDH, 7 déc. 1976, Handyside c/
    /// Royaume-Uni`): the court's words, its chamber's after it.
    #[serde(default)]
    pub court_names: Vec<String>,
    /// Courts' abbreviations that open a decision cited by court, date and
    /// number in the Italian and Spanish way (it `Cass. civ.`, `Corte
    /// cost.`, `Trib.`; es `STS`, `STC`, which name the judgment too:
    /// `Cass. civ., sez. III, 12 maggio 2010, n. 11234`, `STS 123/2015, de
    /// 10 de marzo`).
    #[serde(default)]
    pub decision_courts: Vec<String>,
    /// Classes of proceedings that name a decision with its number and the
    /// state it came from, after its court, as Brazilian notes cite them
    /// (pt `RE`, `REsp`, `ADI`, `HC`: `STF, ADI 4.277/DF, Rel. Min. Ayres
    /// Britto, j. 5-5-2011`).
    #[serde(default)]
    pub case_classes: Vec<String>,
    /// Words before the day a decision was given (pt `j.`, `julgado em`).
    #[serde(default)]
    pub decided: Vec<String>,
    /// Words that end a statute's name (ko `법`, `령`; ja `法`, `規則`):
    /// a note that is such a name and a `provision` (`민법 제750조`,
    /// `憲法21条1項`) cites that statute.
    #[serde(default)]
    pub statutes: Vec<String>,
    /// Words that end a constitution's name, cited without a year (en
    /// `Constitution`: `Australian Constitution s 51(xxxi)`).
    #[serde(default)]
    pub constitutions: Vec<String>,
    /// Words between a decision's docket number and its date, as Swiss
    /// notes cite a decision by court, docket and date (de `vom`: `BGer
    /// 4A_123/2019 vom 12.3.2019`, `Urteil des Bundesgerichts 4A_123/2019
    /// vom 12. März 2019`), as written.
    #[serde(default)]
    pub docket_date: Vec<String>,
    /// Legal databases whose document number alone cites a decision or a
    /// court's headnote (de `RIS-Justiz`: `RIS-Justiz RS0012345`, the
    /// Austrian Rechtssatz), as written.
    #[serde(default)]
    pub case_databases: Vec<String>,
    /// Courts' identifiers in medium-neutral citations, where a law
    /// report's abbreviation would stand (en `HCA`, `UKSC`, `EWCA Civ`,
    /// `SCC`: `[2013] HCA 33` is the High Court's decision 33 of 2013).
    #[serde(default)]
    pub neutral_courts: Vec<String>,
    /// Words that end the kind of a court's decision after its docket (zh
    /// `判決`, `裁定`, `判例`: `最高法院101年度台上字第1234號民事判決`), as
    /// written: what stands after the docket ends with one, or the item is
    /// no such decision.
    #[serde(default)]
    pub decision_kinds: Vec<String>,
    /// Words that end the kind of a court's document after its docket (zh
    /// `判决书`, `裁定书`: `最高人民法院（2015）民一终字第123号民事判决书`),
    /// as written.
    #[serde(default)]
    pub decision_documents: Vec<String>,
    /// Words before a statute's chapter in the McGill Guide's form (en,
    /// fr `c`: `Criminal Code, RSC 1985, c C-46`), as written.
    #[serde(default)]
    pub statute_chapter: Vec<String>,
    /// Words that open the name of a case brought in a matter rather than
    /// between two parties (en `In re`, `Re`, `Reference re`, `Ex parte`;
    /// fr `Renvoi relatif à`), as written: `In re Gault, 387 U.S. 1
    /// (1967)`, `Re B (A Minor) [1990] 1 AC 1`, `Reference re Secession of
    /// Quebec, [1998] 2 SCR 217`. The name needs no ` v ` between parties.
    #[serde(default)]
    pub case_matter: Vec<String>,
    /// Words of a statute's provision before its number, as written (en
    /// `s`, `ss`, `sch`, `Part`, `cl`; fr `art`): in the McGill Guide's
    /// form (`Criminal Code, RSC 1985, c C-46, s 718`), after a short
    /// title and year (`Human Rights Act 1998, s 3(1)`) and after a
    /// constitution's name (`Australian Constitution s 51(xxxi)`).
    #[serde(default)]
    pub statute_provisions: Vec<String>,
    /// Statutes cited by kind, number and year (id `Undang-Undang Nomor
    /// 24 Tahun 2003 tentang Mahkamah Konstitusi`, `UU No. 24 Tahun
    /// 2003`): each kind with all its spellings, as written (`[
    /// "Undang-Undang", "UU"]`).
    #[serde(default)]
    pub numbered_statutes: Vec<Vec<String>>,
    /// Words before a numbered statute's number (id `Nomor`, `No.`).
    #[serde(default)]
    pub statute_number: Vec<String>,
    /// Whether this language's acts are numbered anew each year, so that
    /// the year after a slash belongs to the act's number (es `Ley
    /// 41/2002` is act 41 of 2002, its number `41/2002`; cs `zákon č.
    /// 89/2012 Sb.`). Elsewhere the number runs on across years (pt `Lei
    /// n. 8.078/1990` is act 8078) and the year is the date's alone.
    #[serde(default)]
    pub numbered_by_year: bool,
    /// The official collection that numbers acts, written after the
    /// number and year (cs `Sb.`, the Collection of Laws, and `Sb. m. s.`,
    /// of international treaties): part of the act's number, `89/2012
    /// Sb.`, not the end of a sentence.
    #[serde(default)]
    pub statute_collections: Vec<String>,
    /// Words before a numbered statute's year (id `Tahun`).
    #[serde(default)]
    pub statute_year: Vec<String>,
    /// Words between a statute's kind (and its issuer) and its date, as
    /// acts are cited by kind, date and number (ru `от`: `Указ Президента
    /// РФ от 12.05.2009 № 537`, `Федеральный закон от 06.10.2003 №
    /// 131-ФЗ`).
    #[serde(default)]
    pub statute_date: Vec<String>,
    /// Kinds of acts cited by kind, date and name with the official
    /// journal that printed them in brackets, each spelling (and case)
    /// as written (pl `ustawa`, `ustawy`, `rozporządzenie`: `ustawa z
    /// dnia 23 kwietnia 1964 r. – Kodeks cywilny (Dz.U. z 2020 r. poz.
    /// 1740 ze zm.)`); matched without regard to case.
    #[serde(default)]
    pub gazette_acts: Vec<String>,
    /// Official journals that print acts, as written (pl `Dz.U.`, `M.P.`):
    /// in brackets after an act of [`Signals::gazette_acts`], the act's
    /// container.
    #[serde(default)]
    pub gazettes: Vec<String>,
    /// Words before an act's position in its official journal (pl
    /// `poz.`): the act's number there.
    #[serde(default)]
    pub gazette_position: Vec<String>,
    /// Words before a decision's docket number (pl `sygn. akt`, `sygn.`:
    /// `wyrok NSA z dnia 5 marca 2019 r., sygn. akt II OSK 123/18`): no
    /// part of the docket.
    #[serde(default)]
    pub docket_words: Vec<String>,
    /// Words of a court's name (ru `суд`, `Суда`, `ВС`; uk `Суду`): an act
    /// cited by kind, date and number ([`Signals::statute_date`]) whose
    /// issuer holds one is a decision of that court (`Постановление
    /// Конституционного Суда РФ от 14.07.2005 № 9-П`, `Определение ВС РФ
    /// от 12.03.2019 № 5-КГ18-300`), not an act of legislation. Whole
    /// words, matched without regard to case.
    #[serde(default)]
    pub court_words: Vec<String>,
    /// Words naming a court's decision before the court and its number
    /// (ro `Decizia`, `Sentința`: `Decizia Curții Constituționale nr.
    /// 1/2012`, `Decizia ÎCCJ nr. 12/2015`): with a court of the grammars
    /// (`court_words`, `decision_courts`) among the words after it and a
    /// `statute_number` word before a number and year (`nr. 1/2012`), a
    /// `legal_case` of that court.
    #[serde(default)]
    pub decision_words: Vec<String>,
    /// Names of codes of law as notes write them after an article cited
    /// (ro `C. civ.`, `Codul civil`; fr `C. civ.`, `C. com.`; it `c.c.`,
    /// `c.p.c.`): `Art. 1366 alin. (2) C. civ.`, `art. 1357 din Codul
    /// civil`, `art. 2043 c.c.` cite the code (`legislation`, titled as
    /// written) at that provision (the grammars' `provision`). An entry is
    /// one spelling, or a list of one code's spellings whose first is its
    /// name in full (`["Codul civil", "C. civ."]`): a paper that cites the
    /// code by both cites one work, titled by the full name.
    #[serde(default)]
    pub codes: Vec<CodeSpellings>,
    /// Words joining two provisions cited together, each with its code
    /// (pl `art. 361 § 1 k.c. w zw. z art. 415 k.c.`, `art. 5 Konstytucji
    /// RP oraz art. 415 k.c.`): two citations of legislation, one each.
    #[serde(default)]
    pub provision_joins: Vec<String>,
    /// Commentaries of law cited by an abbreviation, each with the words
    /// its title opens with (de `["MüKo", "Münchener Kommentar"]`): a note
    /// citing a commentator `in: MüKo BGB` or `MüKoBGB/Wagner` cites the
    /// one list entry whose title opens with those words.
    #[serde(default)]
    pub commentaries: Vec<Vec<String>>,
    /// Commentaries renamed after a new editor, each as its former and its
    /// present editor's name (de `["Palandt", "Grüneberg"]`): a note citing
    /// `Palandt/Sprau, BGB` cites the list's entry under `Grüneberg` when
    /// the list has none under `Palandt`.
    #[serde(default)]
    pub renamed_commentaries: Vec<Vec<String>>,
    /// Series of parliamentary and official papers, as written (`HC Deb`,
    /// `BT-Drs.`, `Cong. Rec.`, `PP`), each with the CSL type of what it
    /// prints (`hearing` for debates and records of proceedings, `report`
    /// for sessional papers, `bill`): a note naming one, then its number,
    /// date, volume and column, cites that paper.
    #[serde(default)]
    pub parliamentary: Vec<OfficialSeries>,
    /// A signal that compares two citations and the word, after a comma,
    /// that opens the second (en `["compare", "with"]`): `Compare A, at 5,
    /// with B, at 9` cites A and B, each an item of its own.
    #[serde(default)]
    pub compared: Vec<[String; 2]>,
    /// Remarks on the cited place that close an item (de `m.w.N.`, with
    /// further references): no part of the citation's title or pinpoint.
    #[serde(default)]
    pub remarks: Vec<String>,
    /// Words that open a bracket after a citation and name a work the cited
    /// one quotes or cites (en `quoting`, `citing`: `Riley v. California,
    /// 573 U.S. 373 (2014) (quoting Smith v. Maryland, …)`): that work is
    /// cited too, indirectly.
    #[serde(default)]
    pub quoting: Vec<String>,
    /// Marks of official papers cited by their number where a book's
    /// imprint stands (en `Cm`, `Cmnd`, `HC`: `Rights Brought Home (Cm
    /// 3782, 1997)`): the paper's number, no publisher.
    #[serde(default)]
    pub paper_numbers: Vec<String>,
    /// Marks of a bill's number (en `H.R.`, `S.`, `H.R. Res.`): a part
    /// that is one and a number, right before a series of
    /// [`Signals::parliamentary`] (`H.R. 4639, 118th Cong. (2023)`), makes
    /// the paper a `bill` with that `number`.
    #[serde(default)]
    pub bills: Vec<String>,
}

/// A statute cited by kind, number and year ([`Grammar::numbered_statute`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberedStatute {
    /// The kind: the index of its spellings in the merged
    /// [`Signals::numbered_statutes`] (`UU` and `Undang-Undang` are one).
    pub kind: usize,
    /// The number (`24`).
    pub number: String,
    /// The year (`2003`).
    pub year: i32,
    /// The number as the act is known by it: the number alone, or where
    /// acts are numbered anew each year ([`Signals::numbered_by_year`])
    /// the number and the year after a slash, with the collection that
    /// numbers them ([`Signals::statute_collections`]): `41/2002`,
    /// `89/2012 Sb.`.
    pub cited: String,
    /// Byte offset just after the year.
    pub end: usize,
    /// The whole date, when the statute gives its day (`de 11 de
    /// setembro de 1990`, `8 marzo 2017`).
    pub date: Option<crate::model::CslDate>,
    /// The court that gave it, when the issuer's words between the kind
    /// and the date word name a court ([`Grammar::court_words`]:
    /// `Конституционного Суда РФ` of `Постановление Конституционного
    /// Суда РФ от 14.07.2005 № 9-П`): the act is that court's decision.
    pub court: Option<String>,
}

/// A series of parliamentary or official papers ([`Signals::parliamentary`]).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficialSeries {
    /// The series' name or abbreviation, as written (`HC Deb`).
    pub name: String,
    /// The CSL type of a paper of the series (`hearing`, `report`, `bill`).
    #[serde(rename = "type")]
    pub kind: String,
}

/// Month names, January first; each month lists its spellings.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Months {
    /// Twelve lists (or none) of spellings.
    #[serde(default)]
    pub names: Vec<Vec<String>>,
}

/// Suffixes of numeric date parts.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dates {
    /// After the year (`년`, `年`, `г.`).
    #[serde(default)]
    pub year_suffix: Vec<String>,
    /// After the month (`월`, `月`).
    #[serde(default)]
    pub month_suffix: Vec<String>,
    /// After the day (`일`, `日`).
    #[serde(default)]
    pub day_suffix: Vec<String>,
    /// Eras that count years from their own first year (`平成12年` is 2000).
    #[serde(default)]
    pub eras: Vec<Era>,
    /// Words in place of a year for a work that bears no date (`n.d.`,
    /// `o. J.`, `s.f.`), in author-date citations and list entries.
    #[serde(default)]
    pub no_date: Vec<String>,
    /// Words in place of a year for a work not yet published (`in
    /// press`, `forthcoming`, `im Druck`, `sous presse`).
    #[serde(default)]
    pub unpublished: Vec<String>,
    /// Words that open a sentence of a web page's or report's entry and
    /// give the date it was published (AMA `Published October 3, 2023.`,
    /// `Published online …`): that date is the work's `issued` date.
    #[serde(default)]
    pub published: Vec<String>,
    /// Words that open a sentence giving the date a page was last revised
    /// (AMA `Updated May 1, 2024.`, `Last reviewed …`): the issued date
    /// where no date of publication is given, else a revision CSL has no
    /// variable for.
    #[serde(default)]
    pub updated: Vec<String>,
}

/// A word in place of a year ([`Dates::no_date`], [`Dates::unpublished`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoYearWord {
    /// The word as the grammar writes it.
    pub text: String,
    /// Its first letter in lowercase, for a quick test.
    first: char,
    /// The work is not yet published (`in press`); otherwise it bears no
    /// date (`n.d.`).
    pub unpublished: bool,
}

impl NoYearWord {
    fn new(text: &str, unpublished: bool) -> Option<NoYearWord> {
        let first = text.chars().next()?.to_lowercase().next()?;
        Some(NoYearWord {
            text: text.to_string(),
            first,
            unpublished,
        })
    }
}

/// The words in place of a year of the merged grammars, each once (the
/// first kind given wins), longest first.
fn no_year_words(dates: &Dates) -> Vec<NoYearWord> {
    let mut words: Vec<NoYearWord> = Vec::new();
    let given = dates
        .no_date
        .iter()
        .map(|w| (w, false))
        .chain(dates.unpublished.iter().map(|w| (w, true)));
    for (w, unpublished) in given {
        let w = w.trim();
        if !words
            .iter()
            .any(|n| n.text.to_lowercase() == w.to_lowercase())
        {
            words.extend(NoYearWord::new(w, unpublished));
        }
    }
    words.sort_by(|a, b| b.text.len().cmp(&a.text.len()).then(a.text.cmp(&b.text)));
    words
}

/// The length in `s` of `word` opening it, letters compared in any case.
pub(crate) fn prefix_ignoring_case(s: &str, word: &str) -> Option<usize> {
    if let Some(head) = s.get(..word.len()) {
        if head.eq_ignore_ascii_case(word) {
            return Some(word.len());
        }
        if word.is_ascii() {
            return None;
        }
    }
    let mut chars = s.char_indices();
    for w in word.chars() {
        let (_, c) = chars.next()?;
        if c != w && !c.to_lowercase().eq(w.to_lowercase()) {
            return None;
        }
    }
    Some(chars.next().map_or(s.len(), |(i, _)| i))
}

/// An era of a calendar that counts years from its start: `平成` began in
/// 1989, so `平成12年` is 2000 and `平成元年` 1989.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Era {
    /// The era's name as written before the year number.
    pub name: String,
    /// The Western year of its first year.
    pub first_year: i32,
}

/// An error in a grammar file.
#[derive(Debug, Clone)]
pub struct GrammarError {
    /// The file at fault.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for GrammarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "grammar `{}`: {}", self.file, self.message)
    }
}

impl std::error::Error for GrammarError {}

/// Which back-reference a lexicon word stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackRefKind {
    /// `ibid.`, `ebd.`, `위의 글`.
    Ibid,
    /// `op. cit.`, `a. a. O.`, `앞의 글`.
    OpCit,
    /// `loc. cit.`.
    LocCit,
    /// `supra note 4`, `note 4 above`.
    SupraNote,
    /// `supra` with an author.
    Supra,
}

/// The `oblique>nominative` endings of [`Names::case_endings`], lowercase,
/// each pair once, the longest oblique ending first (in the order listed
/// among equals).
fn case_endings(listed: &[String]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for e in listed {
        let Some((oblique, nominative)) = e.split_once('>') else {
            continue;
        };
        let pair = (
            oblique.trim().to_lowercase(),
            nominative.trim().to_lowercase(),
        );
        if !pair.0.is_empty() && !out.contains(&pair) {
            out.push(pair);
        }
    }
    out.sort_by_key(|(oblique, _)| std::cmp::Reverse(oblique.chars().count()));
    out
}

/// A word-list pattern, compiled at its first search: building the
/// automata of every lexicon of every language was most of the start-up,
/// and most papers read a few of them.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// The patterns as listed (see [`in_order_tried`]).
    patterns: Vec<String>,
    anchored: bool,
    /// No pattern is left once blank ones are: the lexicon matches nothing.
    blank: bool,
    /// The regex and what the patterns hold, built at the first search;
    /// `None` inside when there is no pattern or the regex did not compile
    /// (then the lexicon matches nothing).
    compiled: std::sync::OnceLock<Option<Compiled>>,
}

/// The regex of a [`Lexicon`] and what its patterns hold.
#[derive(Debug, Clone)]
struct Compiled {
    regex: Regex,
    has_number: bool,
    /// Some pattern has a digit outside `{n}`: the number is then read from
    /// the capture group, not from the digits of the match.
    literal_digits: bool,
    /// Some pattern has a number in Han numerals (`{h}`) or a part word
    /// (`{u}`): a match without digits reads its number from them.
    han: bool,
}

impl Compiled {
    /// Compiles `patterns` (none blank; see [`in_order_tried`]).
    fn new(pats: &[&String], anchored_start: bool) -> Result<Compiled, String> {
        let han = pats.iter().any(|p| p.contains("{h}") || p.contains("{u}"));
        let has_number = han
            || pats
                .iter()
                .any(|p| p.contains("{n}") || p.contains("{c}") || p.contains("{r}"));
        let literal_digits = pats
            .iter()
            .any(|p| p.replace("{n}", "").chars().any(|c| c.is_ascii_digit()));
        let mut src = lexicon_source(&factor_number_tails(&alternatives(pats)));
        if anchored_start {
            // Searched only where a match may start (see `find_at`): the
            // automaton stops at the first byte no pattern starts with,
            // rather than reading the whole text for a word it must reject.
            src = format!("^{src}");
        }
        let regex = Regex::new(&src).map_err(|e| e.to_string())?;
        Ok(Compiled {
            regex,
            has_number,
            literal_digits,
            han,
        })
    }
}

/// What an `op_cit` word says the earlier work is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum OpCitKind {
    /// A book (`前引书`, `앞의 책`).
    Book,
    /// An article or a chapter (`前引文`, `앞의 논문`).
    Article,
}

/// Words that name a book and words that name an article, each with what
/// it names, squeezed ([`squeezed`]), sorted.
fn word_kinds(book: &[String], article: &[String]) -> Vec<(String, OpCitKind)> {
    let mut v: Vec<(String, OpCitKind)> = book
        .iter()
        .map(|w| (squeezed(w), OpCitKind::Book))
        .chain(article.iter().map(|w| (squeezed(w), OpCitKind::Article)))
        .filter(|(w, _)| !w.is_empty())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// What `word` (as written) says the work is, among `kinds`.
fn kind_of_word(kinds: &[(String, OpCitKind)], word: &str) -> Option<OpCitKind> {
    let w = squeezed(word);
    kinds.iter().find(|(k, _)| *k == w).map(|&(_, kind)| kind)
}

/// `s` lowercased, without white space: how `op_cit` words are compared.
fn squeezed(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A match of a [`Lexicon`] pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexMatch {
    /// Byte range of the whole match in the searched text.
    pub start: usize,
    /// End of the whole match.
    pub end: usize,
    /// Byte range of the `{n}` part, if the pattern had one.
    pub number: Option<(usize, usize)>,
}

impl Lexicon {
    /// A lexicon of no pattern: it matches nothing.
    fn empty() -> Lexicon {
        Lexicon::lazy(&[], false)
    }

    /// A lexicon of `patterns`, compiled at its first search; if it does
    /// not compile, it matches nothing. Only patterns known to compile
    /// (the built-in grammars', which the tests compile) are left to this:
    /// others go through [`Lexicon::new`], which reports the error.
    fn lazy(patterns: &[String], anchored_start: bool) -> Lexicon {
        Lexicon {
            patterns: patterns.to_vec(),
            anchored: anchored_start,
            blank: patterns.iter().all(|p| unmarked(p).0.trim().is_empty()),
            compiled: std::sync::OnceLock::new(),
        }
    }

    /// A lexicon of `patterns`, compiled now: the error if they do not
    /// compile.
    fn new(patterns: &[String], anchored_start: bool) -> Result<Lexicon, String> {
        let lexicon = Lexicon::lazy(patterns, anchored_start);
        let pats = in_order_tried(patterns);
        let compiled = if pats.is_empty() {
            None
        } else {
            Some(Compiled::new(&pats, anchored_start)?)
        };
        // A fresh cell: it is empty, and the value is set.
        let _ = lexicon.compiled.set(compiled);
        Ok(lexicon)
    }

    /// The compiled regex, built at the first call.
    fn compiled(&self) -> Option<&Compiled> {
        self.compiled
            .get_or_init(|| {
                let pats = in_order_tried(&self.patterns);
                if pats.is_empty() {
                    return None;
                }
                Compiled::new(&pats, self.anchored).ok()
            })
            .as_ref()
    }

    /// Finds the first match at or after `from`. A match must not start or
    /// end inside a word (`id.` is not in `valid.`), except on a CJK side,
    /// where words are not separated (`前掲書32頁`, `ジュリスト1234号`).
    pub fn find_at(&self, text: &str, from: usize) -> Option<LexMatch> {
        let c = self.compiled()?;
        let re = &c.regex;
        // Where an anchored lexicon's match may start: at `from` or after,
        // with only white space before it.
        let lead = text.len() - text.trim_start().len();
        let mut at = from;
        while at <= text.len() {
            let m = if self.anchored {
                // The leftmost start the whole search would find is the
                // first of these positions where the pattern matches.
                let mut found = None;
                while at <= lead && found.is_none() {
                    found = text
                        .get(at..)
                        .and_then(|rest| re.find(rest))
                        .map(|m| (at + m.start(), at + m.end()));
                    at += 1;
                }
                found?
            } else {
                let m = re.find_at(text, at)?;
                (m.start(), m.end())
            };
            let (start, mut end) = m;
            let word = |c: char| c.is_alphanumeric();
            let first = text[start..end].chars().next();
            // `박영사, 2017.5, 1-30쪽`: a number after another and a period
            // with no space (a year and its month, a decimal) opens no match.
            let glued = first.is_some_and(|c| c.is_ascii_digit())
                && text.as_bytes()[..start].ends_with(b".")
                && text.as_bytes()[..start.saturating_sub(1)]
                    .last()
                    .is_some_and(u8::is_ascii_digit);
            let before_ok = !glued
                && (first.is_some_and(crate::segment::is_cjk)
                    || text[..start]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !word(c) || crate::segment::is_cjk(c)));
            let after_ok = |end: usize| {
                let last = text[start..end].chars().next_back();
                // `前引[7]文`, `前掲注(3)書`: a closing bracket bounds the
                // word as a period does.
                last.is_some_and(crate::segment::is_cjk)
                    || matches!(last, Some('.' | ')' | ']' | '）' | '］' | '〕'))
                    || text[end..].chars().next().is_none_or(|c| !word(c))
            };
            // `vol. 2, 2nd ed.`: a list of numbers that ends the match and
            // whose last one runs into a word ends before it.
            let ends_in_number = text[start..end].ends_with(|c: char| c.is_ascii_digit());
            if c.has_number && ends_in_number && !after_ok(end) {
                if let Some(comma) = text[start..end].rfind(',') {
                    let cut = start + text[start..start + comma].trim_end().len();
                    if text[start..cut].ends_with(|c: char| c.is_ascii_digit()) {
                        end = cut;
                    }
                }
            }
            let after_ok = after_ok(end);
            let anchored_ok = !self.anchored || text[..start].trim().is_empty();
            if end > start && before_ok && after_ok && anchored_ok {
                let mut end = end;
                let number = if c.has_number && !c.literal_digits {
                    number_in(&text[start..end], c.han).map(|(a, b)| (start + a, start + b))
                } else if c.has_number {
                    // Groups of just the match (a short haystack keeps the
                    // capture engine cheap).
                    re.captures(&text[start..end]).and_then(|caps| {
                        (1..caps.len())
                            .filter_map(|i| caps.get(i))
                            .next()
                            .map(|g| (start + g.start(), start + g.end()))
                    })
                } else {
                    None
                };
                // `no 2, 2011`: a year after a comma ends the list of numbers.
                let number = number.map(|(a, b)| {
                    let cut = trailing_year_cut(&text[a..b]);
                    if a + cut < b && end == b {
                        end = a + cut;
                    }
                    (a, a + cut)
                });
                // `박영사, 2002, 45면`, `1922, 312頁`: where the word follows
                // its number, a year before a comma opens no list of pages.
                let mut start = start;
                let number = number.map(|(a, b)| {
                    if start != a {
                        return (a, b);
                    }
                    let mut skip = leading_year_len(&text[a..b]);
                    if skip == 0 {
                        skip = leading_volume_len(&text[..a], &text[a..b]);
                    }
                    start = a + skip;
                    (a + skip, b)
                });
                return Some(LexMatch { start, end, number });
            }
            if self.anchored {
                return None;
            }
            // Retry one character further.
            at = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// Finds the first match anywhere.
    pub fn find(&self, text: &str) -> Option<LexMatch> {
        self.find_at(text, 0)
    }

    /// All non-overlapping matches.
    pub fn find_all(&self, text: &str) -> Vec<LexMatch> {
        self.iter(text).collect()
    }

    /// The non-overlapping matches, in order, each found when asked for:
    /// taking the first that will do searches no further.
    pub fn iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = LexMatch> + 'a {
        let mut at = 0;
        std::iter::from_fn(move || {
            if at > text.len() {
                return None;
            }
            let m = self.find_at(text, at)?;
            at = m.end.max(at + 1);
            Some(m)
        })
    }

    /// True when the lexicon has no pattern.
    pub fn is_empty(&self) -> bool {
        self.blank
    }
}

/// The `{n}` part of a match whose pattern has no other digit: from its
/// first digit (or the capital glued before it, `S95`) to its last (and a
/// letter right after it, `12f`, `12a`). Where the lexicon has `{h}` or
/// `{u}` patterns (`han`), a match without digits has its number in Han
/// numerals (`一` of `第一卷`, `七百九` of `第七百九条`) or is a part word
/// (`上` of `上卷`).
fn number_in(m: &str, han: bool) -> Option<(usize, usize)> {
    let Some(first) = m.find(|c: char| c.is_ascii_digit()) else {
        if han {
            if let Some(found) = han_number_in(m) {
                return Some(found);
            }
        }
        // `前注⑤`: a circled number.
        if let Some((i, c)) = m
            .char_indices()
            .find(|&(_, c)| crate::syntax::marker::circled_number(c).is_some())
        {
            return Some((i, i + c.len_utf8()));
        }
        // `II. k.`, `I–II. k.`: a Roman numeral (`{r}`), the first word
        // of them, and a second after a dash.
        let roman = |c: char| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M');
        let numeral = |w: &str| !w.is_empty() && w.chars().all(roman);
        let mut at = 0;
        for word in m.split(|c: char| !c.is_alphanumeric()) {
            if numeral(word) {
                let end = at + word.len();
                let second = m[end..]
                    .strip_prefix(['-', '–'])
                    .map(|r| r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""))
                    .filter(|w| numeral(w));
                let dash = m[end..].chars().next().map_or(0, char::len_utf8);
                return Some((at, second.map_or(end, |w| end + dash + w.len())));
            }
            at += word.len()
                + m[at + word.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
        }
        return None;
    };
    // `pp. S95-S120`: a capital glued to the number after a space opens it.
    let b = m.as_bytes();
    let first = if first >= 2
        && b[first - 1].is_ascii_uppercase()
        && !b[first - 2].is_ascii_alphanumeric()
        && b[first - 2] != b'.'
    {
        first - 1
    } else if let Some(letter) = spaced_part_letter(&m[..first]) {
        letter
    } else if let Some(roman) = roman_before_slash(&m[..first]) {
        roman
    } else {
        first
    };
    let last = m.rfind(|c: char| c.is_ascii_digit())?;
    let mut end = last + 1;
    if m.as_bytes().get(end).is_some_and(u8::is_ascii_alphabetic) {
        end += 1;
    }
    Some((first, end))
}

/// `Bd. IV/1`: a volume in Roman numerals and its part after a slash
/// (`{r}/{n}`): where the numeral starts in `head`, the text before the
/// part's number.
fn roman_before_slash(head: &str) -> Option<usize> {
    let before = head.strip_suffix('/')?;
    let numeral = before.len()
        - before
            .trim_end_matches(['I', 'V', 'X', 'L', 'C', 'D', 'M'])
            .len();
    let at = before.len() - numeral;
    let alone = before[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    ((1..=8).contains(&numeral) && alone).then_some(at)
}

/// `S. A 45`: a capital standing alone, a space after it, before a
/// number is its part's letter (the Gutachten of the Deutscher Juristentag
/// are paged by part, `A 45`, `B 12`): where it starts in `head`, the text
/// before the number.
fn spaced_part_letter(head: &str) -> Option<usize> {
    let before = head
        .strip_suffix(' ')
        .or_else(|| head.strip_suffix('\u{a0}'))?;
    let letter = before.len().checked_sub(1)?;
    let b = before.as_bytes();
    let prev = *b.get(letter.checked_sub(1)?)?;
    let alone = !(prev.is_ascii_alphanumeric() || prev == b'.');
    (b[letter].is_ascii_uppercase() && alone).then_some(letter)
}

/// The first run of Han numerals in `m` (`一`, `七百九`, `一〇五`), else a
/// part word of a work in two or three volumes (`上`, `中`, `下`) opening
/// it: its byte range.
fn han_number_in(m: &str) -> Option<(usize, usize)> {
    if let Some(a) = m.find(is_han_numeral) {
        let len = m[a..]
            .find(|c: char| !is_han_numeral(c))
            .unwrap_or(m.len() - a);
        return Some((a, a + len));
    }
    m.starts_with(HAN_PARTS).then(|| (0, '上'.len_utf8()))
}

/// The value of a Han digit (`〇`/`零` 0, `一` 1 … `九` 9).
pub(crate) fn han_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '零' => Some(0),
        '一' => Some(1),
        '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

/// A Han numeral of a number written out (`一` … `九`, `十`, `百`, `千`,
/// `〇`, `零`).
pub(crate) fn is_han_numeral(c: char) -> bool {
    matches!(
        c,
        '〇' | '零'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
    )
}

/// The part words of a work in two or three volumes (`上卷`, `中卷`,
/// `下卷`), as the grammars' `{u}` matches them.
const HAN_PARTS: [char; 3] = ['上', '中', '下'];

/// The value of a number in Han numerals (`七百九` is 709, `一百二十` 120,
/// `十二` 12, `三` 3), or digit by digit where it has no `十`, `百` or `千`
/// (`一〇五` is 105). `None` for other text or above 9999.
pub fn han_number_value(s: &str) -> Option<u32> {
    let digit = han_digit;
    if s.is_empty() || s.chars().count() > 8 {
        return None;
    }
    if s.chars().all(|c| digit(c).is_some()) {
        return s.chars().try_fold(0u32, |v, c| Some(v * 10 + digit(c)?));
    }
    let (mut total, mut current) = (0u32, None::<u32>);
    let mut last_unit = 10_000;
    for c in s.chars() {
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => {
                let d = digit(c)?;
                // `一百零五`: a zero stands for a missing unit.
                if d != 0 {
                    if current.is_some() {
                        return None;
                    }
                    current = Some(d);
                }
                continue;
            }
        };
        if unit >= last_unit {
            return None;
        }
        last_unit = unit;
        total += current.take().unwrap_or(1) * unit;
    }
    Some(total + current.unwrap_or(0))
}

/// Whether `s` is a year from 1500 to 2099, written in four digits.
pub(crate) fn is_year(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && matches!(&s[..2], "15" | "16" | "17" | "18" | "19" | "20")
}

/// Length of a number list without a trailing `, YYYY` (a year from 1500
/// to 2099 after a comma: `2, 2011` → `2`).
fn trailing_year_cut(n: &str) -> usize {
    let Some(comma) = n.rfind(',') else {
        return n.len();
    };
    let last = n[comma + 1..].trim();
    let year = is_year(last);
    let head = n[..comma].trim_end();
    if year && !head.is_empty() {
        head.len()
    } else {
        n.len()
    }
}

/// Length of the head of a number list up to its last `YYYY, ` with more
/// after it (a year from 1500 to 2099, its comma and the spaces after it:
/// `2002, 45` → 6): the pages are what follows the year. Before the year
/// may stand a journal's volume (`17, 2008, 77~80` of `『…』 17, 2008,
/// 77~80쪽` → 10). 0 where no year is followed by more.
fn leading_year_len(n: &str) -> usize {
    let mut skip = 0;
    let mut at = 0;
    for piece in n.split(',') {
        let end = at + piece.len();
        if end < n.len() && is_year(piece.trim()) {
            let tail = n[end + 1..].trim_start();
            if tail.starts_with(|c: char| c.is_ascii_digit()) {
                skip = n.len() - tail.len();
            }
        }
        at = end + 1;
    }
    skip
}

/// Length of the first number of a list and the comma after it, where
/// that number is a volume's: glued to the word before it (`3` of `권3,
/// 12쪽`, `卷4, 35頁`: a counter written before its number, as CJK notes
/// number a book's volumes) or right after a book's title marks (`199` of
/// `『韓國文集叢刊』 199, 350면`: the volume of a series, written bare). `n`
/// is the list, `before` the text before it. 0 otherwise, and for a
/// number alone.
fn leading_volume_len(before: &str, n: &str) -> usize {
    let Some(comma) = n.find(',') else {
        return 0;
    };
    if !n[..comma].bytes().all(|b| b.is_ascii_digit()) {
        return 0;
    }
    let glued = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic());
    let after_title = before.ends_with(' ') && before.trim_end_matches(' ').ends_with(['』', '》']);
    if !glued && !after_title {
        return 0;
    }
    let tail = n[comma + 1..].trim_start();
    if !tail.starts_with(|c: char| c.is_ascii_digit()) {
        return 0;
    }
    n.len() - tail.len()
}

/// White space between the words of a lexicon pattern: spaces, tabs, line
/// ends, no-break and ideographic spaces.
const SPACES: &str = r"[ \t\r\n\u{a0}\u{202f}\u{3000}]*";

/// The regex of a pattern's `{n}`: a number, a range, or a list of them
/// (`5`, `5a`, `5–7`, `5, 7 and 9`), a capital opening a number or a
/// range's ends (`S95–S120`, a supplement's pages; `A12`, a section's;
/// `A 45`, `A 1–A 120`, a part of the Gutachten of the Deutscher
/// Juristentag, paged by its letter, a space after it), or two numbers joined by a middle
/// dot (`4・5号`, `제4·5호`: a double issue). ASCII digits and a short list of
/// spaces (not Unicode `\d` and `\s`): a small automaton the fast engine
/// can always run. A range may break its line after the dash (`437-` /
/// `440`, as PDF text wraps it); [`locator_value`] joins it again.
const NUMBER: &str = r"((?-i:[A-Z] ?)?[0-9]+[a-z]?(?:[ \t\u{a0}\u{202f}\u{3000}]*[-–—~][ \t\u{a0}\u{202f}\u{3000}]*(?:\r?\n[ \t\u{a0}\u{202f}\u{3000}]*)?(?-i:[A-Z] ?)?[0-9]+[a-z]?|[・·][0-9]+)?(?:[ \t\u{a0}\u{202f}\u{3000}]*(?:,|and|&)[ \t\u{a0}\u{202f}\u{3000}]*[0-9]+(?:[ \t\u{a0}\u{202f}\u{3000}]*[-–—~][ \t\u{a0}\u{202f}\u{3000}]*(?:\r?\n[ \t\u{a0}\u{202f}\u{3000}]*)?[0-9]+)?)*)";

/// The regex of a pattern's `{c}`: a circled number (`①`–`⑳`, `㉑`–`㉟`,
/// `㊱`–`㊿`), as notes labelled with them are cited (`前注⑤`).
const CIRCLED: &str = r"([\u{2460}-\u{2473}\u{3251}-\u{325F}\u{32B1}-\u{32BF}])";

/// The regex of a pattern's `{h}`: a number in Han numerals (`一`, `十二`,
/// `七百九`, `一〇五`), as CJK writing gives volumes and provisions
/// (`第一卷`, `第七百九条`).
const HAN_NUMBER: &str = r"([〇零一二三四五六七八九十百千]{1,8})";

/// The regex of a pattern's `{u}`: a part word of a work in two or three
/// volumes (`上`, `中`, `下` of `上卷`, `下卷`).
const HAN_PART: &str = r"([上中下])";

/// The regex of a pattern's `{r}`: a Roman numeral in capitals, or a
/// range of two, whatever the case of the pattern's words (`II. k.`,
/// `I–II. k.`: Hungarian volumes).
const ROMAN: &str = r"((?-i:[IVXLCDM]{1,8}(?:[-–][IVXLCDM]{1,8})?))";

/// A locator's number as written in `s` (a [`LexMatch::number`] span),
/// without its spaces and the line break of a range wrapped after its
/// dash: `437-\n440` is `437-440`, `45 - 47` is `45-47`; a number in Han
/// numerals in digits: `七百九` is `709`.
pub fn locator_value(s: &str) -> String {
    if let Some(v) = han_number_value(s) {
        return v.to_string();
    }
    s.chars()
        .filter(|&c| !matches!(c, ' ' | '\n' | '\r'))
        .collect()
}

/// The patterns of a lexicon in the order they are tried: longest first,
/// so that `see also` wins over `see`; blank ones and repeats left out.
fn in_order_tried(patterns: &[String]) -> Vec<&String> {
    let mut pats: Vec<&String> = patterns
        .iter()
        .filter(|p| !unmarked(p).0.trim().is_empty())
        .collect();
    pats.sort_by_key(|p| std::cmp::Reverse(unmarked(p).0.chars().count()));
    pats.dedup();
    pats
}

/// The regexes of patterns in the order they are tried, each written once.
/// Two languages may list the same word (`supra note {n}`), or words that
/// differ only in their spacing: the first of them is tried first and
/// finds whatever the second would, so the second is left out.
fn alternatives(pats: &[&String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    pats.iter()
        .map(|p| pattern_to_regex(p))
        .filter(|alt| seen.insert(alt.clone()))
        .collect()
}

/// The regex source of a lexicon whose patterns are `alts`, in the order
/// they are tried.
fn lexicon_source(alts: &[String]) -> String {
    format!(r"(?i)(?:{})", alts.join("|"))
}

/// Neighbouring alternatives that end alike from their first [`NUMBER`]
/// on, written once with their heads grouped: `p\.N|pp\.N` becomes
/// `(?:p\.|pp\.)N`. Most patterns end in `{n}`, and the number's regex,
/// written out in each of them, was most of a lexicon's source and of the
/// time to compile it.
///
/// Only alternatives side by side are grouped, so the order in which they
/// are tried stays the same: `(?:a|b)c` tries what `ac|bc` tries, in the
/// same order, and finds the same match. Grouping the other way,
/// `c(?:a|b)` for `ca|cb`, would not: it tries every way of matching `c`
/// with `a` before the first with `b`.
fn factor_number_tails(alts: &[String]) -> Vec<String> {
    fn split(alt: &str) -> Option<(&str, &str)> {
        alt.find(NUMBER).map(|i| alt.split_at(i))
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < alts.len() {
        let Some((_, tail)) = split(&alts[i]) else {
            out.push(alts[i].clone());
            i += 1;
            continue;
        };
        let run = alts[i..]
            .iter()
            .take_while(|a| split(a).is_some_and(|(_, t)| t == tail))
            .count();
        if run == 1 {
            out.push(alts[i].clone());
        } else {
            let heads: Vec<&str> = alts[i..i + run]
                .iter()
                .filter_map(|a| split(a).map(|(h, _)| h))
                .collect();
            out.push(format!("(?:{}){tail}", heads.join("|")));
        }
        i += run;
    }
    out
}

/// The mark of a case-sensitive pattern: `"=S. {n}"` matches `S. 3`, not
/// `s. 3`. Every other pattern is matched without regard to case.
const CASE_SENSITIVE: char = '=';

/// A pattern without its [`CASE_SENSITIVE`] mark, and whether it had one.
fn unmarked(p: &str) -> (&str, bool) {
    let p = p.trim();
    match p.strip_prefix(CASE_SENSITIVE) {
        Some(rest) => (rest.trim_start(), true),
        None => (p, false),
    }
}

/// Turns a lexicon pattern into regex source. The letters of a
/// case-sensitive pattern (`"=S. {n}"`) are matched as written, each in
/// its own `(?-i:…)` group, so that the pattern's pieces stay where
/// [`factor_number_tails`] looks for them.
fn pattern_to_regex(p: &str) -> String {
    let mut out = String::new();
    let (mut rest, exact) = unmarked(p);
    // CJK text has no spaces between words, but PDF conversion puts them
    // around digits (`第 3 期`) and breaks lines anywhere (`第\n194页`):
    // between a CJK character and the number, any white space may stand.
    let mut after_cjk = false;
    while !rest.is_empty() {
        // `前注⑤`: a circled note number, as notes labelled so are cited.
        if let Some(r) = rest.strip_prefix("{c}") {
            out.push_str(CIRCLED);
            rest = r;
            after_cjk = false;
            continue;
        }
        if let Some(r) = rest.strip_prefix("{r}") {
            out.push_str(ROMAN);
            rest = r;
            after_cjk = false;
            continue;
        }
        // `第一卷`, `第七百九条`: a number in Han numerals; `上卷`: a part.
        if let Some((r, src)) = rest
            .strip_prefix("{h}")
            .map(|r| (r, HAN_NUMBER))
            .or_else(|| rest.strip_prefix("{u}").map(|r| (r, HAN_PART)))
        {
            out.push_str(src);
            rest = r;
            after_cjk = false;
            continue;
        }
        if let Some(r) = rest.strip_prefix("{n}") {
            if after_cjk && !out.ends_with(SPACES) {
                out.push_str(SPACES);
            }
            out.push_str(NUMBER);
            if r.chars().next().is_some_and(crate::segment::is_cjk) {
                out.push_str(SPACES);
            }
            rest = r;
            after_cjk = false;
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        rest = &rest[c.len_utf8()..];
        after_cjk = crate::segment::is_cjk(c);
        if c.is_whitespace() {
            if !out.ends_with(SPACES) {
                out.push_str(SPACES);
            }
        } else if c == '.' {
            out.push_str(r"\.");
            out.push_str(SPACES);
        } else if exact && c.is_alphabetic() {
            out.push_str("(?-i:");
            out.push_str(&regex::escape(&c.to_string()));
            out.push(')');
        } else {
            out.push_str(&regex::escape(&c.to_string()));
        }
        // `재\n인용`, `前揭\n書`: PDF conversion breaks a line inside a
        // word written in CJK characters, as it does before a number.
        if after_cjk && rest.chars().next().is_some_and(crate::segment::is_cjk) {
            out.push_str(r"\r?\n?");
        }
    }
    // A trailing period pattern must not swallow the following space: the
    // boundary check needs it. Trim trailing spaces.
    while out.ends_with(SPACES) {
        out.truncate(out.len() - SPACES.len());
    }
    out
}

/// All languages merged and compiled.
#[derive(Debug, Clone)]
pub struct Grammar {
    /// Languages present, in load order.
    pub languages: Vec<LanguageInfo>,
    /// Bibliography headings (all languages), lowercase, sorted (see
    /// [`Grammar::is_heading`]).
    pub bibliography_headings: Vec<String>,
    /// Endnote headings, lowercase, sorted.
    pub notes_headings: Vec<String>,
    /// Headings that close the bibliography, lowercase, sorted.
    pub end_headings: Vec<String>,
    /// Sub-headings of a bibliography over periodicals named alone
    /// ([`Headings::periodicals`]), lowercase, sorted.
    pub periodical_headings: Vec<String>,
    /// Words before a note's number in its label ([`Headings::note_label`]),
    /// longest first.
    pub note_label_words: Vec<String>,
    /// A marker made with one of those words, with a closing bracket
    /// (`（注1）`, `注1)`): group 1 is the word and number, group 2 the number.
    pub note_word_marker: Option<Regex>,
    /// `ibid`-type words.
    pub ibid: Lexicon,
    /// `op. cit.`-type words.
    pub op_cit: Lexicon,
    /// `op_cit` words that name a book, and those that name an article
    /// ([`BackReferences::op_cit_book`]), lowercased without white space.
    pub op_cit_kinds: Vec<(String, OpCitKind)>,
    /// `ibid` words that name a book, and those that name an article
    /// ([`BackReferences::ibid_book`], [`BackReferences::ibid_article`]),
    /// lowercased without white space.
    pub ibid_kinds: Vec<(String, OpCitKind)>,
    /// `loc. cit.`-type words.
    pub loc_cit: Lexicon,
    /// `supra note {n}` patterns.
    pub supra_note: Lexicon,
    /// Bare `supra`.
    pub supra: Lexicon,
    /// Page locators.
    pub page: Lexicon,
    /// Margin-number locators ([`Locators::margin`]).
    pub margin: Lexicon,
    /// Folio locators ([`Locators::folio`]), compiled at their first use
    /// (only archival sources read them): see [`Grammar::folio`].
    folio: std::sync::OnceLock<Lexicon>,
    /// The patterns of [`Grammar::folio`].
    folio_patterns: Vec<String>,
    /// Column locators ([`Locators::column`]), compiled at their first
    /// use (only official papers read them).
    column: std::sync::OnceLock<Lexicon>,
    /// The patterns of [`Grammar::column`].
    column_patterns: Vec<String>,
    /// Article numbers ([`Locators::article_number`]), compiled at their
    /// first use (only journal entries with a volume read them).
    article_number: std::sync::OnceLock<Lexicon>,
    /// The patterns of [`Grammar::article_number`].
    article_number_patterns: Vec<String>,
    /// Media and genres in brackets after a title ([`Locators::medium`]),
    /// lowercased.
    pub medium: Vec<String>,
    /// Notes on a page ([`Locators::note`]), compiled at their first use.
    note_locator: std::sync::OnceLock<Lexicon>,
    /// The patterns of [`Grammar::note_locator`].
    note_locator_patterns: Vec<String>,
    /// Newspaper pages ([`Locators::newspaper_page`]), compiled at their
    /// first use.
    newspaper_page: std::sync::OnceLock<Lexicon>,
    /// The patterns of [`Grammar::newspaper_page`].
    newspaper_page_patterns: Vec<String>,
    /// Pinpoint locators other than pages ([`Locators::pinpoints`]), by
    /// label, compiled at their first use: see [`Grammar::pinpoint`].
    pinpoints: std::sync::OnceLock<Vec<(String, Lexicon)>>,
    /// The patterns of [`Grammar::pinpoint`], by label in label order.
    pinpoint_patterns: Vec<(String, Vec<String>)>,
    /// Statute provisions ([`Locators::provision`]).
    pub provision: Lexicon,
    /// Volume markers.
    pub volume: Lexicon,
    /// Edition words ([`Locators::edition`]), lowercase, by first letter
    /// and longest first ([`by_first_letter`]): read by
    /// [`crate::syntax::edition::statement`], without a regex to compile.
    pub edition: Vec<String>,
    /// Words that qualify an edition ([`Locators::edition_qualifiers`]),
    /// lowercase, by first letter and longest first.
    pub edition_qualifiers: Vec<String>,
    /// Ordinal marks before a number ([`Locators::ordinal_prefix`]),
    /// longest first.
    pub ordinal_prefix: Vec<String>,
    /// Words before an edition's number after the edition word
    /// ([`Locators::ordinal_article`]), lowercase.
    pub ordinal_article: Vec<String>,
    /// Words saying the work is in the book before them
    /// ([`Locators::contained_after`]), longest first.
    pub contained_after: Vec<String>,
    /// Words for the parts of a work in volumes, alone after a book's
    /// title ([`Locators::book_parts`]), as written.
    pub book_parts: Vec<String>,
    /// Words after a page for it and the pages after it
    /// ([`Locators::following`]), longest first.
    pub page_following: Vec<String>,
    /// Ordinal numbers in words ([`Locators::ordinals`]), lowercase, with
    /// their values; in order of their first letter and, among those,
    /// longest first.
    pub ordinal_words: Vec<(String, u32)>,
    /// The first letters (lowercase) of the edition words, qualifiers and
    /// ordinal prefixes: a statement opens with one of them or a number.
    pub edition_initials: Vec<char>,
    /// Words before a container ([`Locators::container`]), lowercase,
    /// longest first.
    pub container_words: Vec<String>,
    /// Words before a series ([`Locators::series`]), lowercase, longest
    /// first.
    pub series_words: Vec<String>,
    /// Words before a classical work's book number ([`Locators::divisions`]),
    /// longest first.
    pub division_words: Vec<String>,
    /// Page words written before their number (`s.` of `s. {n}`, `pp.`
    /// of `pp. {n}`), as written, longest first, but no leaf word (`f.`):
    /// after a number they give a book's number of pages (`320 s.`).
    pub page_count_words: Vec<String>,
    /// Words that open a loose-leaf edition's state ([`Locators::state`]),
    /// longest first.
    pub state_words: Vec<String>,
    /// Loose-leaf words ([`Locators::loose_leaf`]), longest first.
    pub loose_leaf_words: Vec<String>,
    /// Names of series of numbered papers ([`Locators::report_series`]),
    /// in lowercase, longest first.
    pub report_series_words: Vec<String>,
    /// Supplement words ([`Locators::supplement`]), longest first.
    pub supplement_words: Vec<String>,
    /// Issue markers.
    pub issue: Lexicon,
    /// Issue patterns that another language has for pages (tr `=S. {n}`,
    /// de `S. {n}`): an issue only between a volume and a page
    /// (`C. 12, S. 3, s. 45`), a page everywhere else.
    pub issue_between: Lexicon,
    /// Access-date words.
    pub accessed: Lexicon,
    /// Thesis words ([`Locators::thesis`]).
    pub thesis: Lexicon,
    /// Courts' abbreviations that open an Italian or Spanish decision
    /// ([`Signals::decision_courts`]), longest first.
    pub decision_courts: Vec<String>,
    /// Classes of proceedings before a decision's number
    /// ([`Signals::case_classes`]), longest first.
    pub case_classes: Vec<String>,
    /// Words before a decision's day ([`Signals::decided`]), longest
    /// first, lowercase.
    pub decided: Vec<String>,
    /// Signal words at the start of an item.
    pub signals: Lexicon,
    /// Signal words anywhere (for suffix signals such as `참조`).
    pub signal_words: Vec<String>,
    /// Comparing signals and the word that opens their second citation
    /// ([`Signals::compared`]), lowercase.
    pub compared: Vec<(String, String)>,
    /// The signal words with a CJK character, trimmed, in the order of
    /// [`Grammar::signal_words`]: the ones that may close an item (`… 참조`).
    pub trailing_signal_words: Vec<String>,
    /// Particles after a title's closing mark ([`Signals::title_particles`]),
    /// longest first.
    pub title_particles: Vec<String>,
    /// Remarks that may close an item ([`Signals::remarks`]), lowercase,
    /// without white space, longest first.
    pub remarks: Vec<String>,
    /// Words opening a bracket that cites what the citation before it
    /// quotes ([`Signals::quoting`]), lowercase, with a space after each.
    pub quoting: Vec<String>,
    /// Words before the work another is quoted through ([`Signals::cited_in`]).
    pub cited_in: Lexicon,
    /// Words after the work another is quoted through
    /// ([`Signals::cited_in_after`]).
    pub cited_in_after: Lexicon,
    /// Signals before the original of a passage quoted through another
    /// work ([`Signals::original`]), lowercase.
    pub original: Vec<String>,
    /// Words before an entry's short form ([`Signals::cited_as`]).
    pub cited_as: Lexicon,
    /// Words before a decision's date ([`Signals::decision`]).
    pub decision: Lexicon,
    /// Courts that open a decision cited by court, date and docket
    /// ([`Signals::courts`]).
    pub courts: Vec<String>,
    /// Courts named before a decision's date ([`Signals::court_names`]),
    /// longest first.
    pub court_names: Vec<String>,
    /// Words that end a statute's name ([`Signals::statutes`]).
    pub statutes: Vec<String>,
    /// Words that end a constitution's name ([`Signals::constitutions`]).
    pub constitutions: Vec<String>,
    /// Words before a decision's consideration ([`Locators::consideration`]),
    /// longest first.
    pub consideration: Vec<String>,
    /// Words between a docket number and a date ([`Signals::docket_date`]),
    /// longest first.
    pub docket_date: Vec<String>,
    /// Legal databases cited by document number ([`Signals::case_databases`]).
    pub case_databases: Vec<String>,
    /// Courts of medium-neutral citations ([`Signals::neutral_courts`]).
    pub neutral_courts: Vec<String>,
    /// Words ending a decision's kind after its docket
    /// ([`Signals::decision_kinds`]), longest first.
    pub decision_kinds: Vec<String>,
    /// Words ending a court document's kind after its docket
    /// ([`Signals::decision_documents`]), longest first.
    pub decision_documents: Vec<String>,
    /// The words of cases and statutes cited as the McGill Guide, AGLC
    /// and OSCOLA cite them ([`Locators::case_pinpoint`],
    /// [`Signals::statute_chapter`], [`Signals::statute_provisions`]), and
    /// the patterns made of them, compiled at their first use.
    pub law_words: crate::syntax::law_report::LawWords,
    /// One of [`Grammar::statutes`] before a space and a digit (`Act
    /// 1998`, `法 2004`): the cheap test a statute's pattern waits for.
    pub statute_before_year: Option<Regex>,
    /// Marks of official papers' numbers in an imprint's place
    /// ([`Signals::paper_numbers`]), without a final period.
    pub paper_numbers: Vec<String>,
    /// Marks of bills' numbers ([`Signals::bills`]), longest first.
    pub bills: Vec<String>,
    /// Words of a court's name among an act's issuer
    /// ([`Signals::court_words`]), lowercase.
    pub court_words: Vec<String>,
    /// The kinds of statutes (indexes of their spellings in the merged
    /// [`Signals::numbered_statutes`]) whose acts are numbered anew each
    /// year ([`Signals::numbered_by_year`]), sorted.
    pub yearly_statute_kinds: Vec<usize>,
    /// Official collections written after an act's number and year
    /// ([`Signals::statute_collections`]), longest first.
    pub statute_collections: Vec<String>,
    /// Words naming a decision before its court and number
    /// ([`Signals::decision_words`]), lowercase.
    pub decision_words: Vec<String>,
    /// Kinds of acts cited with their official journal
    /// ([`Signals::gazette_acts`]), lowercase.
    pub gazette_acts: Vec<String>,
    /// Official journals ([`Signals::gazettes`]), as written, longest
    /// first.
    pub gazettes: Vec<String>,
    /// Any of [`Grammar::gazettes`], as written: one search for all of
    /// them ([`Grammar::has_gazette`]).
    gazette_search: Option<Regex>,
    /// Words before an act's position in its journal
    /// ([`Signals::gazette_position`]), as written, longest first.
    pub gazette_position: Vec<String>,
    /// Words between an act's kind (and issuer) and its date
    /// ([`Signals::statute_date`]), as written, longest first.
    pub statute_dates: Vec<String>,
    /// Words before a decision's docket ([`Signals::docket_words`]), as
    /// written, longest first.
    pub docket_words: Vec<String>,
    /// Codes' names after an article ([`Signals::codes`]), lowercase,
    /// longest first, without a final period.
    pub codes: Vec<String>,
    /// Codes' spellings in capitals only (`BGB`, `GG`, `SGB II`, `OR`),
    /// without a final period ([`Signals::codes`]): an abbreviation that
    /// a note writes so, which must be matched as written (`or`, `gg` in
    /// lowercase are words, no codes).
    pub capital_codes: Vec<String>,
    /// Words joining two provisions ([`Signals::provision_joins`]), as
    /// written, longest first.
    pub provision_joins: Vec<String>,
    /// Commentaries' abbreviations and the words their titles open with
    /// ([`Signals::commentaries`]), both as [`crate::text::title_key`]
    /// gives them, longest abbreviation first.
    pub commentaries: Vec<(String, String)>,
    /// Former and present editors' family keys ([`crate::text::family_key`])
    /// of renamed commentaries ([`Signals::renamed_commentaries`]).
    pub renamed_commentaries: Vec<(String, String)>,
    /// Each code listed with several spellings ([`Signals::codes`]): its
    /// name in full as written, and its spellings lowercase without a
    /// final period.
    pub code_names: Vec<(String, Vec<String>)>,
    /// Words before a statute's or decision's number
    /// ([`Signals::statute_number`]), as written.
    pub statute_numbers: Vec<String>,
    /// Each spelling of a numbered statute's kind with its kind's index
    /// ([`Signals::numbered_statutes`]), sorted by spelling (a spelling of
    /// two kinds keeps the first kind first).
    numbered_statute_kinds: Vec<(String, usize)>,
    /// A numbered statute at a text's start: kind, number word, number,
    /// year word, year ([`Grammar::numbered_statute`]).
    numbered_statute: Option<crate::re::Deferred>,
    /// The kind and number of a statute dated the Romance way, at a
    /// text's start ([`Grammar::numbered_statute`]): kind, number word,
    /// number, `/year` (`Lei n. 8.078`, `Ley 41/2002`).
    statute_by_number: Option<crate::re::Deferred>,
    /// The kind of a statute dated before its number, at a text's start
    /// (it `L.`, `d.lgs.` of `d.lgs. 30 giugno 2003, n. 196`).
    statute_by_date: Option<crate::re::Deferred>,
    /// The number word and number after a statute's date (`, n. 196`).
    statute_number_after_date: Option<crate::re::Deferred>,
    /// Series of official papers and their CSL types
    /// ([`Signals::parliamentary`]), longest name first.
    pub official_series: Vec<(String, String)>,
    /// The first bytes of the [`Grammar::official_series`] names, sorted:
    /// text that starts with none of them opens no series.
    pub official_series_starts: Vec<u8>,
    /// Words of newspapers' names ([`Names::newspapers`]).
    pub newspaper_words: Vec<String>,
    /// Towns where books are published ([`Names::places`]), sorted.
    pub places: Vec<String>,
    /// Kinds of unsigned pieces ([`Names::unsigned_pieces`]), lowercase.
    pub unsigned_pieces: Vec<String>,
    /// Articles opening a title ([`Names::articles`]), lowercase, sorted.
    pub title_articles: Vec<String>,
    /// The bibliography headings (lowercase) and the `ibid` and `op_cit`
    /// words (lowercase, without white space or `=` marks) of the
    /// languages that write names family name first ([`Names::family_first`]):
    /// a paper that uses one is read so.
    pub family_first_words: Vec<String>,
    /// Name connectors.
    pub and_words: Vec<String>,
    /// Words that join the items of a list in a sentence: the name
    /// connectors and the words for "or" ([`Names::or`]).
    pub list_words: Vec<String>,
    /// Conjunctions after a suspended hyphen, as written
    /// ([`Names::suspended_hyphen`]).
    pub suspended_hyphen: Vec<String>,
    /// First parts of compounds that keep their hyphen at a line's end
    /// ([`Names::hyphen_prefixes`]), lowercase and sorted.
    pub hyphen_prefixes: Vec<String>,
    /// "et al." words, lowercase.
    pub et_al: Vec<String>,
    /// The "et al." words as a name list may end with them: each word, and
    /// those with inner periods also without their last (`m.fl` of a field
    /// cleaned of its final period).
    pub et_al_endings: Vec<String>,
    /// The separators between names in an author list, in the order they
    /// are tried: `;`, `,`, then the `and` words ([`NameSeparator`]).
    pub name_separators: Vec<NameSeparator>,
    /// Organisation marker words, lowercase.
    pub organisation_words: Vec<String>,
    /// Words that end a short organisation name written alone
    /// ([`Names::organisation_endings`]).
    pub organisation_endings: Vec<String>,
    /// Words that end a periodical's name written without spaces
    /// ([`Names::journal_endings`]), longest first.
    pub journal_endings: Vec<String>,
    /// Words that end a publisher's name written alone
    /// ([`Names::publisher_endings`]), longest first.
    pub publisher_endings: Vec<String>,
    /// Short names of bodies written alone ([`Names::organisation_names`]).
    pub organisation_names: Vec<String>,
    /// Words of archives' names ([`Names::archives`]), lowercase.
    pub archive_words: Vec<String>,
    /// [`Grammar::archive_words`] as one pattern, compiled at its first use
    /// ([`Grammar::names_archive`]).
    archive_pattern: std::sync::OnceLock<Option<Regex>>,
    /// Words that open a shelfmark ([`Names::shelfmarks`]), as written.
    pub shelfmark_words: Vec<String>,
    /// Words that say an institution holds a document ([`Names::held_by`]),
    /// longest first.
    pub held_by: Vec<String>,
    /// Words that name a part of another's work before its title
    /// ([`Names::part_of_work`]), as written, longest first.
    pub part_of_work: Vec<String>,
    /// Words that define a short name ([`BackReferences::hereafter`]),
    /// lowercase, longest first.
    pub hereafter: Vec<String>,
    /// `ibid` words that repeat only a note citing one work
    /// ([`BackReferences::ibid_one_work`]), lowercase.
    pub ibid_one_work: Vec<String>,
    /// `ibid` words that name the note before
    /// ([`BackReferences::ibid_note`]), lowercase.
    pub ibid_note: Vec<String>,
    /// Signal words of the languages with `ibid_one_work` words that no
    /// other language has (en `see`, `see also`), lowercase: a paper whose
    /// notes use one is written in such a language, and its `ibid_one_work`
    /// words follow the rule.
    pub ibid_one_work_signals: Vec<String>,
    /// `ibid` words that repeat the last decision cited
    /// ([`BackReferences::ibid_decision`]), lowercase, without white space.
    pub ibid_decision: Vec<String>,
    /// Words of a cross reference after a `supra` word
    /// ([`BackReferences::cross_reference`]), lowercase.
    pub cross_reference: Vec<String>,
    /// Publisher name words ([`Names::publisher_words`]), lowercase.
    pub publisher_words: foldhash::HashSet<String>,
    /// Periodical name words ([`Names::journal_words`]), lowercase.
    pub journal_words: foldhash::HashSet<String>,
    /// First words of series' names ([`Names::collection_words`]),
    /// lowercase.
    pub collection_words: foldhash::HashSet<String>,
    /// Endings of title nouns ([`Names::title_noun_endings`]), lowercase.
    pub title_noun_endings: Vec<String>,
    /// Journals' abbreviations of unusual case
    /// ([`Names::journal_abbreviations`]), as written.
    pub journal_abbreviations: foldhash::HashSet<String>,
    /// CJK family names of two or three characters ([`Names::compound_family`]).
    pub compound_family: Vec<String>,
    /// Last characters of three-character family names ([`Names::family_final`]).
    pub family_final: Vec<char>,
    /// Imprint words of a Japanese work ([`Names::japanese_imprints`]).
    pub japanese_imprints: Vec<String>,
    /// One-character Chinese and Korean family names ([`Names::single_family`]).
    pub single_family: Vec<char>,
    /// One-character Japanese family names
    /// ([`Names::japanese_single_family`]).
    pub japanese_single_family: Vec<char>,
    /// Characters of transliterated foreign names ([`Names::transliteration`]).
    pub transliteration: Vec<char>,
    /// Words for the author's own work ([`Names::own_work`]).
    pub own_work: Vec<String>,
    /// Words ending a book's dedication before its title
    /// ([`Names::festschrift`]), longest first.
    pub festschrift: Vec<String>,
    /// Words that open a family name ([`Names::particles`]), as written.
    pub particles: Vec<String>,
    /// The endings of declined family names and their nominatives
    /// ([`Names::case_endings`]), lowercase, longest ending first.
    pub case_endings: Vec<(String, String)>,
    /// Family names of names written family name first ([`Names::leading_family_names`]).
    pub leading_family_names: foldhash::HashSet<String>,
    /// Endings of lead-in words before CJK names ([`Names::prose_endings`]).
    pub prose_endings: Vec<String>,
    /// Words for "the same author" ([`Names::same_author`]), lowercase,
    /// [`by_first_letter`].
    pub same_author: Vec<String>,
    /// Words before editors' and translators' names ([`Names::editor`],
    /// [`Names::translator`]), lowercase, by first letter and, among
    /// those, longest first.
    pub contributor_words: Vec<(String, Role)>,
    /// Role words after names ([`Names::roles`]), as written, longest
    /// first.
    pub roles: Vec<String>,
    /// The last bytes of `roles`, and of each without its final period.
    pub role_ends: crate::text::ByteSet,
    /// Role words after the names of a work's authors, not editors
    /// ([`Names::author_roles`]), as written.
    pub author_roles: Vec<String>,
    /// Words after translators' names ([`Names::translator_after`]), as
    /// written, longest first.
    pub translator_after: Vec<String>,
    /// The organisation words written in letters (not CJK), for look-ups.
    pub organisation_latin: foldhash::HashSet<String>,
    /// The organisation words written in CJK characters, which end a name
    /// (`외교부`, `研究所`).
    pub organisation_cjk: Vec<String>,
    /// Month spellings (lowercase) with their number 1-12.
    pub months: Vec<(String, u8)>,
    /// Year suffixes.
    pub year_suffix: Vec<String>,
    /// Month suffixes.
    pub month_suffix: Vec<String>,
    /// Day suffixes.
    pub day_suffix: Vec<String>,
    /// Compiled date patterns.
    pub dates: crate::syntax::date::DateRules,
    /// Words in place of a year ([`Dates::no_date`], [`Dates::unpublished`]),
    /// as written, each once, longest first.
    pub no_year: Vec<NoYearWord>,
    /// Words giving a work's date of publication ([`Dates::published`]),
    /// in lowercase, each once, longest first.
    pub published_words: Vec<String>,
    /// Words giving a page's date of revision ([`Dates::updated`]), in
    /// lowercase, each once, longest first.
    pub updated_words: Vec<String>,
    /// A label word ([`InText::label_words`]) ending the text it is tried
    /// on, compiled at its first use.
    pub label_word_before: Option<crate::re::Deferred>,
    /// An interval word ([`InText::interval_words`]) ending the text,
    /// compiled at its first use.
    pub interval_word_before: Option<crate::re::Deferred>,
    /// Words joining names in the text's author-date citations
    /// ([`InText::join_words`]), each once, longest first.
    pub in_text_join: Vec<String>,
    /// Words ending a list of names in the text's author-date citations
    /// ([`InText::et_al`]), each once, longest first.
    pub in_text_et_al: Vec<String>,
    /// Words opening a sentence before a narrative citation's names
    /// ([`InText::lead_words`]), in lowercase, each once.
    pub in_text_lead: Vec<String>,
    /// The patterns of in-text names made of those words, compiled at
    /// their first use (`intext`).
    pub in_text_patterns: InTextPatterns,
}

/// Patterns of `intext` built from a grammar's words, compiled at their
/// first use; `None` inside when a pattern could not be compiled.
#[derive(Debug, Clone, Default)]
pub struct InTextPatterns {
    /// The head of a parenthetical author-date part.
    pub part_head: std::sync::OnceLock<Option<Regex>>,
    /// The names before a narrative `(2020)`.
    pub narrative_names: std::sync::OnceLock<Option<Regex>>,
}

impl Grammar {
    /// Whether `name` holds a word of [`Names::archives`], without regard
    /// to case: at a word's end (`Archiv` in `Bundesarchiv`, not in
    /// `Archivar`), or anywhere for CJK words and words of several words
    /// (`Record Office`). One automaton finds the candidates, compiled at
    /// the first use.
    pub fn names_archive(&self, name: &str) -> bool {
        let re = self.archive_pattern.get_or_init(|| {
            if self.archive_words.is_empty() {
                return None;
            }
            let mut words: Vec<&String> = self.archive_words.iter().collect();
            words.sort_by_key(|w| std::cmp::Reverse(w.len()));
            let alts: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
            Regex::new(&format!("(?i)(?:{})", alts.join("|"))).ok()
        });
        let Some(re) = re else {
            return false;
        };
        re.find_iter(name).any(|m| {
            let word = m.as_str();
            word.contains(' ')
                || word.chars().any(crate::segment::is_cjk)
                || name[m.end()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    }

    /// The text after the [`BackReferences::hereafter`] words that open
    /// `s` (`WN` of `hereafter cited as WN`, `BArch` of `im Folgenden:
    /// BArch`), or `None` when none opens it. The words are compared
    /// without regard to case (`Hereafter`, `ДАЛЕЕ`), and must end a word.
    pub fn after_hereafter<'s>(&self, s: &'s str) -> Option<&'s str> {
        let strip = |t: &'s str| -> Option<&'s str> {
            // The words are lowercase: only those that open with the
            // text's first letter, lowercased, are compared.
            let first = t.chars().next()?;
            let first_lower = first.to_lowercase().next().unwrap_or(first);
            self.hereafter.iter().find_map(|w| {
                if !w.starts_with(first_lower) {
                    return None;
                }
                let head = t.get(..w.len())?;
                let after = &t[w.len()..];
                let ends = after
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric() || crate::segment::is_cjk(c));
                let lower = |t: &'s str| t.chars().flat_map(char::to_lowercase);
                let same = head.eq_ignore_ascii_case(w)
                    || (!w.is_ascii() && lower(head).eq(w.chars().flat_map(char::to_lowercase)));
                (ends && same).then_some(after)
            })
        };
        let tidy = |t: &'s str| t.trim_start_matches([':', ' ', '：']).trim();
        let rest = tidy(strip(s.trim())?);
        // `hereafter cited as`: a second word of the kind.
        Some(strip(rest).map_or(rest, tidy))
    }

    /// Whether `s` names one of the official journals of
    /// [`Grammar::gazettes`] (`Dz.U.`, `BGBl.`, `JORF`), as written: one
    /// search for all of them, so that a note without one costs little.
    pub fn has_gazette(&self, s: &str) -> bool {
        self.gazette_search.as_ref().is_some_and(|r| r.is_match(s))
    }

    /// Folio locators ([`Locators::folio`]: `fol. {n}`, `Bl. {n}`, `Л.
    /// {n}`), compiled at their first use: only archival sources read
    /// them, and most papers have none. Patterns that do not compile match
    /// nothing.
    pub fn folio(&self) -> &Lexicon {
        self.folio.get_or_init(|| {
            Lexicon::new(&self.folio_patterns, false).unwrap_or_else(|_| Lexicon::empty())
        })
    }

    /// Column locators ([`Locators::column`]: `col. {n}`), compiled at
    /// their first use. Patterns that do not compile match nothing.
    pub fn column(&self) -> &Lexicon {
        self.column.get_or_init(|| {
            Lexicon::new(&self.column_patterns, false).unwrap_or_else(|_| Lexicon::empty())
        })
    }

    /// Article numbers ([`Locators::article_number`]: `Art. no. {n}`),
    /// compiled at their first use. Patterns that do not compile match
    /// nothing.
    pub fn article_number(&self) -> &Lexicon {
        self.article_number.get_or_init(|| {
            Lexicon::new(&self.article_number_patterns, false).unwrap_or_else(|_| Lexicon::empty())
        })
    }

    /// Words of a note on the page cited ([`Locators::note`]: `n. {n}`,
    /// `Fn. {n}`), compiled at their first use: only a pinpoint with a
    /// second number reads them. Patterns that do not compile match
    /// nothing.
    pub fn note_locator(&self) -> &Lexicon {
        self.note_locator.get_or_init(|| {
            Lexicon::new(&self.note_locator_patterns, false).unwrap_or_else(|_| Lexicon::empty())
        })
    }

    /// A newspaper's page after its date ([`Locators::newspaper_page`]:
    /// `第{n}版`), compiled at its first use. Patterns that do not compile
    /// match nothing.
    pub fn newspaper_page(&self) -> &Lexicon {
        self.newspaper_page.get_or_init(|| {
            Lexicon::new(&self.newspaper_page_patterns, false).unwrap_or_else(|_| Lexicon::empty())
        })
    }

    /// A pinpoint other than a page ([`Locators::pinpoints`]) opening `s`
    /// (after one character at most: `(`, a space): its label and match.
    /// The lexicons are compiled at their first use, as few papers need
    /// them; patterns that do not compile match nothing.
    pub fn pinpoint(&self, s: &str) -> Option<(&str, LexMatch)> {
        self.pinpoint_lexicons().iter().find_map(|(label, lex)| {
            let m = lex.find(s)?;
            let (a, _) = m.number?;
            // `S105` is a supplement's page, not `s 105`: a word of one or
            // two letters needs its space before the number.
            let word = s.get(m.start..a).unwrap_or("");
            let glued = word.len() <= 2 && word.chars().all(|c| c.is_ascii_alphabetic());
            (m.start <= 1 && !glued).then_some((label.as_str(), m))
        })
    }

    /// The lexicons of [`Grammar::pinpoint`] by label, compiled at their
    /// first use.
    fn pinpoint_lexicons(&self) -> &[(String, Lexicon)] {
        self.pinpoints.get_or_init(|| {
            self.pinpoint_patterns
                .iter()
                .map(|(label, pats)| {
                    let lex = Lexicon::new(pats, false).unwrap_or_else(|_| Lexicon::empty());
                    (label.clone(), lex)
                })
                .collect()
        })
    }

    /// The words of the pinpoints labelled `label` ([`Locators::pinpoints`]:
    /// `part` of `Part 1`, `pt. 2`), compiled at their first use; `None`
    /// when no grammar gives that label.
    pub fn pinpoint_words(&self, label: &str) -> Option<&Lexicon> {
        self.pinpoint_lexicons()
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, lex)| lex)
    }

    /// The built-in grammar: every file of `grammars/`.
    pub fn builtin() -> Grammar {
        // The built-in files are tested (see tests below), so this cannot fail
        // in a released binary; fall back to an empty grammar rather than panic.
        Self::builtin_with(&[]).unwrap_or_else(|_| Self::empty())
    }

    /// The built-in grammar plus extra files (later files add words).
    pub fn builtin_with(extra: &[(String, String)]) -> Result<Grammar, GrammarError> {
        Self::from_sources_trusting(
            BUILTIN
                .iter()
                .map(|(n, s)| (n.to_string(), s.to_string()))
                .chain(extra.iter().cloned()),
            BUILTIN.len(),
        )
    }

    fn empty() -> Grammar {
        unreachable_grammar()
    }

    /// Parses and merges grammar files given as (name, TOML text).
    pub fn from_sources(
        sources: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Grammar, GrammarError> {
        Self::from_sources_trusting(sources, 0)
    }

    /// [`Grammar::from_sources`], of which the first `trusted` files are
    /// built-in ones, whose patterns the tests compile: the lexicons made
    /// of their patterns alone are compiled at their first use, and the
    /// others at once, so that a pattern of another file that does not
    /// compile is refused here, with its error.
    fn from_sources_trusting(
        sources: impl IntoIterator<Item = (String, String)>,
        trusted: usize,
    ) -> Result<Grammar, GrammarError> {
        let mut files = Vec::new();
        for (name, text) in sources {
            let file: LanguageFile = toml::from_str(&text).map_err(|e| GrammarError {
                file: name.clone(),
                message: e.to_string(),
            })?;
            if !file.months.names.is_empty() && file.months.names.len() != 12 {
                return Err(GrammarError {
                    file: name,
                    message: format!(
                        "`months.names` must list 12 months, found {}",
                        file.months.names.len()
                    ),
                });
            }
            if let Some(bad) = file.names.case_endings.iter().find(|e| {
                e.split_once('>')
                    .is_none_or(|(oblique, _)| oblique.is_empty())
            }) {
                return Err(GrammarError {
                    file: name,
                    message: format!(
                        "`names.case_endings` entries are `oblique>nominative` with a non-empty oblique ending, found `{bad}`"
                    ),
                });
            }
            files.push((name, file));
        }
        Self::build(files, trusted)
    }

    fn build(files: Vec<(String, LanguageFile)>, trusted: usize) -> Result<Grammar, GrammarError> {
        // Whether a file past the built-in ones lists a word `words` picks.
        let untrusted = files.get(trusted..).unwrap_or_default();
        let added = |words: fn(&LanguageFile) -> Vec<&Vec<String>>| {
            untrusted
                .iter()
                .any(|(_, f)| words(f).iter().any(|w| !w.is_empty()))
        };
        let mut all = LanguageFile::default();
        let mut yearly_statute_kinds: Vec<usize> = Vec::new();
        let mut languages = Vec::new();
        let mut months = Vec::new();
        let mut family_first_words = Vec::new();
        let (mut one_work_signals, mut other_signals) = (Vec::new(), Vec::new());
        for (_, f) in &files {
            if f.back_references.ibid_one_work.is_empty() {
                other_signals.extend(lowercase(&f.signals.words));
            } else {
                one_work_signals.extend(lowercase(&f.signals.words));
            }
            languages.push(f.language.clone());
            if f.names.family_first {
                family_first_words.extend(lowercase(&f.headings.bibliography));
                let b = &f.back_references;
                family_first_words.extend(
                    b.ibid
                        .iter()
                        .chain(&b.op_cit)
                        .map(|w| compact_word(w.trim_start_matches('='))),
                );
            }
            let h = &f.headings;
            all.headings
                .bibliography
                .extend(h.bibliography.iter().cloned());
            all.headings.notes.extend(h.notes.iter().cloned());
            all.headings.end.extend(h.end.iter().cloned());
            all.headings
                .periodicals
                .extend(h.periodicals.iter().cloned());
            all.headings.note_label.extend(h.note_label.iter().cloned());
            let b = &f.back_references;
            all.back_references.ibid.extend(b.ibid.iter().cloned());
            all.back_references.op_cit.extend(b.op_cit.iter().cloned());
            all.back_references
                .op_cit_book
                .extend(b.op_cit_book.iter().cloned());
            all.back_references
                .op_cit_article
                .extend(b.op_cit_article.iter().cloned());
            all.back_references
                .loc_cit
                .extend(b.loc_cit.iter().cloned());
            all.back_references
                .supra_note
                .extend(b.supra_note.iter().cloned());
            all.back_references.supra.extend(b.supra.iter().cloned());
            let l = &f.locators;
            all.locators.page.extend(l.page.iter().cloned());
            all.locators.volume.extend(l.volume.iter().cloned());
            all.locators.issue.extend(l.issue.iter().cloned());
            all.locators.margin.extend(l.margin.iter().cloned());
            all.locators.folio.extend(l.folio.iter().cloned());
            all.locators.column.extend(l.column.iter().cloned());
            all.locators
                .article_number
                .extend(l.article_number.iter().cloned());
            all.locators.medium.extend(l.medium.iter().cloned());
            all.locators.note.extend(l.note.iter().cloned());
            all.locators
                .newspaper_page
                .extend(l.newspaper_page.iter().cloned());
            all.back_references
                .hereafter
                .extend(b.hereafter.iter().cloned());
            all.back_references
                .ibid_one_work
                .extend(b.ibid_one_work.iter().cloned());
            all.back_references
                .ibid_note
                .extend(b.ibid_note.iter().cloned());
            all.back_references
                .ibid_decision
                .extend(b.ibid_decision.iter().cloned());
            all.back_references
                .ibid_book
                .extend(b.ibid_book.iter().cloned());
            all.back_references
                .ibid_article
                .extend(b.ibid_article.iter().cloned());
            all.back_references
                .cross_reference
                .extend(b.cross_reference.iter().cloned());
            all.locators.provision.extend(l.provision.iter().cloned());
            all.locators.accessed.extend(l.accessed.iter().cloned());
            all.locators.state.extend(l.state.iter().cloned());
            all.locators.loose_leaf.extend(l.loose_leaf.iter().cloned());
            all.locators
                .report_series
                .extend(l.report_series.iter().cloned());
            all.locators.supplement.extend(l.supplement.iter().cloned());
            all.locators.following.extend(l.following.iter().cloned());
            all.locators.edition.extend(l.edition.iter().cloned());
            all.locators.thesis.extend(l.thesis.iter().cloned());
            all.locators
                .edition_qualifiers
                .extend(l.edition_qualifiers.iter().cloned());
            all.locators
                .ordinal_prefix
                .extend(l.ordinal_prefix.iter().cloned());
            all.locators
                .ordinal_article
                .extend(l.ordinal_article.iter().cloned());
            all.locators
                .case_pinpoint
                .extend(l.case_pinpoint.iter().cloned());
            all.locators.case_page.extend(l.case_page.iter().cloned());
            all.locators
                .case_paragraph
                .extend(l.case_paragraph.iter().cloned());
            all.locators
                .consideration
                .extend(l.consideration.iter().cloned());
            all.locators
                .contained_after
                .extend(l.contained_after.iter().cloned());
            all.locators.book_parts.extend(l.book_parts.iter().cloned());
            all.locators.container.extend(l.container.iter().cloned());
            for (i, words) in l.ordinals.iter().enumerate() {
                if all.locators.ordinals.len() <= i {
                    all.locators.ordinals.push(Vec::new());
                }
                all.locators.ordinals[i].extend(words.iter().cloned());
            }
            all.locators.series.extend(l.series.iter().cloned());
            all.locators.divisions.extend(l.divisions.iter().cloned());
            for (label, pats) in &l.pinpoints {
                all.locators
                    .pinpoints
                    .entry(label.clone())
                    .or_default()
                    .extend(pats.iter().cloned());
            }
            all.names.and.extend(f.names.and.iter().cloned());
            all.names.or.extend(f.names.or.iter().cloned());
            all.names
                .suspended_hyphen
                .extend(f.names.suspended_hyphen.iter().cloned());
            all.names
                .hyphen_prefixes
                .extend(f.names.hyphen_prefixes.iter().cloned());
            all.names.et_al.extend(f.names.et_al.iter().cloned());
            all.names
                .organisation_words
                .extend(f.names.organisation_words.iter().cloned());
            all.names
                .organisation_endings
                .extend(f.names.organisation_endings.iter().cloned());
            all.names
                .journal_endings
                .extend(f.names.journal_endings.iter().cloned());
            all.names
                .publisher_endings
                .extend(f.names.publisher_endings.iter().cloned());
            all.names
                .organisation_names
                .extend(f.names.organisation_names.iter().cloned());
            all.names.archives.extend(f.names.archives.iter().cloned());
            all.names
                .newspapers
                .extend(f.names.newspapers.iter().cloned());
            all.names.places.extend(f.names.places.iter().cloned());
            all.names
                .unsigned_pieces
                .extend(f.names.unsigned_pieces.iter().cloned());
            all.names.articles.extend(f.names.articles.iter().cloned());
            all.names
                .shelfmarks
                .extend(f.names.shelfmarks.iter().cloned());
            all.names.held_by.extend(f.names.held_by.iter().cloned());
            all.names
                .part_of_work
                .extend(f.names.part_of_work.iter().cloned());
            all.names
                .publisher_words
                .extend(f.names.publisher_words.iter().cloned());
            all.names
                .journal_words
                .extend(f.names.journal_words.iter().cloned());
            all.names
                .collection_words
                .extend(f.names.collection_words.iter().cloned());
            all.names
                .title_noun_endings
                .extend(f.names.title_noun_endings.iter().cloned());
            all.names
                .journal_abbreviations
                .extend(f.names.journal_abbreviations.iter().cloned());
            all.names
                .compound_family
                .extend(f.names.compound_family.iter().cloned());
            all.names
                .family_final
                .extend(f.names.family_final.iter().cloned());
            all.names
                .japanese_imprints
                .extend(f.names.japanese_imprints.iter().cloned());
            all.names
                .single_family
                .extend(f.names.single_family.iter().cloned());
            all.names
                .japanese_single_family
                .extend(f.names.japanese_single_family.iter().cloned());
            all.names
                .transliteration
                .extend(f.names.transliteration.iter().cloned());
            all.names.own_work.extend(f.names.own_work.iter().cloned());
            all.names
                .festschrift
                .extend(f.names.festschrift.iter().cloned());
            all.names
                .particles
                .extend(f.names.particles.iter().cloned());
            all.names
                .case_endings
                .extend(f.names.case_endings.iter().cloned());
            all.names
                .leading_family_names
                .extend(f.names.leading_family_names.iter().cloned());
            all.names
                .prose_endings
                .extend(f.names.prose_endings.iter().cloned());
            all.names
                .same_author
                .extend(f.names.same_author.iter().cloned());
            all.names.editor.extend(f.names.editor.iter().cloned());
            all.names
                .translator
                .extend(f.names.translator.iter().cloned());
            all.names
                .introducer
                .extend(f.names.introducer.iter().cloned());
            all.names.roles.extend(f.names.roles.iter().cloned());
            all.names
                .author_roles
                .extend(f.names.author_roles.iter().cloned());
            all.names
                .translator_after
                .extend(f.names.translator_after.iter().cloned());
            all.signals.words.extend(f.signals.words.iter().cloned());
            all.signals
                .cited_in
                .extend(f.signals.cited_in.iter().cloned());
            all.signals
                .cited_in_after
                .extend(f.signals.cited_in_after.iter().cloned());
            all.signals
                .original
                .extend(f.signals.original.iter().cloned());
            all.signals
                .cited_as
                .extend(f.signals.cited_as.iter().cloned());
            all.signals
                .title_particles
                .extend(f.signals.title_particles.iter().cloned());
            all.signals
                .remarks
                .extend(f.signals.remarks.iter().cloned());
            all.signals
                .quoting
                .extend(f.signals.quoting.iter().cloned());
            all.signals
                .decision
                .extend(f.signals.decision.iter().cloned());
            all.signals.courts.extend(f.signals.courts.iter().cloned());
            all.signals
                .decision_courts
                .extend(f.signals.decision_courts.iter().cloned());
            all.signals
                .case_classes
                .extend(f.signals.case_classes.iter().cloned());
            all.signals
                .decided
                .extend(f.signals.decided.iter().cloned());
            all.signals
                .court_names
                .extend(f.signals.court_names.iter().cloned());
            all.signals
                .statutes
                .extend(f.signals.statutes.iter().cloned());
            all.signals
                .constitutions
                .extend(f.signals.constitutions.iter().cloned());
            all.signals
                .docket_date
                .extend(f.signals.docket_date.iter().cloned());
            all.signals
                .case_databases
                .extend(f.signals.case_databases.iter().cloned());
            all.signals
                .neutral_courts
                .extend(f.signals.neutral_courts.iter().cloned());
            all.signals
                .statute_chapter
                .extend(f.signals.statute_chapter.iter().cloned());
            all.signals
                .case_matter
                .extend(f.signals.case_matter.iter().cloned());
            all.signals
                .decision_kinds
                .extend(f.signals.decision_kinds.iter().cloned());
            all.signals
                .decision_documents
                .extend(f.signals.decision_documents.iter().cloned());
            all.signals
                .statute_provisions
                .extend(f.signals.statute_provisions.iter().cloned());
            all.signals
                .paper_numbers
                .extend(f.signals.paper_numbers.iter().cloned());
            all.signals.bills.extend(f.signals.bills.iter().cloned());
            if f.signals.numbered_by_year {
                let from = all.signals.numbered_statutes.len();
                yearly_statute_kinds.extend(from..from + f.signals.numbered_statutes.len());
            }
            all.signals
                .numbered_statutes
                .extend(f.signals.numbered_statutes.iter().cloned());
            all.signals
                .statute_collections
                .extend(f.signals.statute_collections.iter().cloned());
            all.signals
                .statute_number
                .extend(f.signals.statute_number.iter().cloned());
            all.signals
                .statute_date
                .extend(f.signals.statute_date.iter().cloned());
            all.signals
                .court_words
                .extend(f.signals.court_words.iter().cloned());
            all.signals
                .gazette_acts
                .extend(f.signals.gazette_acts.iter().cloned());
            all.signals
                .gazettes
                .extend(f.signals.gazettes.iter().cloned());
            all.signals
                .gazette_position
                .extend(f.signals.gazette_position.iter().cloned());
            all.signals
                .docket_words
                .extend(f.signals.docket_words.iter().cloned());
            all.signals
                .decision_words
                .extend(f.signals.decision_words.iter().cloned());
            all.signals.codes.extend(f.signals.codes.iter().cloned());
            all.signals
                .provision_joins
                .extend(f.signals.provision_joins.iter().cloned());
            all.signals
                .commentaries
                .extend(f.signals.commentaries.iter().cloned());
            all.signals
                .renamed_commentaries
                .extend(f.signals.renamed_commentaries.iter().cloned());
            all.signals
                .statute_year
                .extend(f.signals.statute_year.iter().cloned());
            all.signals
                .parliamentary
                .extend(f.signals.parliamentary.iter().cloned());
            all.signals
                .compared
                .extend(f.signals.compared.iter().cloned());
            all.in_text
                .label_words
                .extend(f.in_text.label_words.iter().cloned());
            all.in_text
                .interval_words
                .extend(f.in_text.interval_words.iter().cloned());
            all.in_text
                .join_words
                .extend(f.in_text.join_words.iter().cloned());
            all.in_text.et_al.extend(f.in_text.et_al.iter().cloned());
            all.in_text
                .lead_words
                .extend(f.in_text.lead_words.iter().map(|w| w.to_lowercase()));
            for (i, spellings) in f.months.names.iter().enumerate() {
                for s in spellings {
                    months.push((s.to_lowercase(), (i + 1) as u8));
                }
            }
            all.dates
                .year_suffix
                .extend(f.dates.year_suffix.iter().cloned());
            all.dates
                .month_suffix
                .extend(f.dates.month_suffix.iter().cloned());
            all.dates
                .day_suffix
                .extend(f.dates.day_suffix.iter().cloned());
            all.dates.eras.extend(f.dates.eras.iter().cloned());
            all.dates.no_date.extend(f.dates.no_date.iter().cloned());
            all.dates
                .unpublished
                .extend(f.dates.unpublished.iter().cloned());
            all.dates
                .published
                .extend(f.dates.published.iter().cloned());
            all.dates.updated.extend(f.dates.updated.iter().cloned());
        }
        months.sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
        months.dedup();
        // Lexicons of built-in patterns alone are compiled at their first
        // use; one with another file's patterns now, to report its error.
        let lex = |what: &str, pats: &[String], anchored: bool, eager: bool| {
            if !eager {
                return Ok(Lexicon::lazy(pats, anchored));
            }
            Lexicon::new(pats, anchored).map_err(|message| GrammarError {
                file: format!("<merged {what}>"),
                message,
            })
        };
        // `apud Y` opens an item as a signal does, `Y 재인용` closes one;
        // tried first, so that `재인용` is not taken for `인용`.
        let mut signal_words = all.signals.cited_in_after.clone();
        signal_words.extend(all.signals.cited_in.iter().cloned());
        signal_words.extend(all.signals.words.iter().cloned());
        let br = &all.back_references;
        let lo = &all.locators;
        let statute_words_added = added(|f| {
            f.signals
                .numbered_statutes
                .iter()
                .chain([&f.signals.statute_number, &f.signals.statute_date])
                .collect()
        });
        let (statute_by_number, statute_by_date, statute_number_after_date) =
            statute_regexes(&all.signals, statute_words_added)?;
        // The lexicons compiled now (those with patterns of files other
        // than the built-in ones) are built side by side, and their errors
        // taken in the order of the fields below.
        let issue_patterns = issue_words(&lo.issue, &lo.page, false);
        let issue_between_patterns = issue_words(&lo.issue, &lo.page, true);
        let issue_added = added(|f| vec![&f.locators.issue, &f.locators.page]);
        let specs: [(&str, &[String], bool, bool); 18] = [
            (
                "ibid",
                &br.ibid,
                false,
                added(|f| vec![&f.back_references.ibid]),
            ),
            (
                "op_cit",
                &br.op_cit,
                false,
                added(|f| vec![&f.back_references.op_cit]),
            ),
            (
                "loc_cit",
                &br.loc_cit,
                false,
                added(|f| vec![&f.back_references.loc_cit]),
            ),
            (
                "supra_note",
                &br.supra_note,
                false,
                added(|f| vec![&f.back_references.supra_note]),
            ),
            (
                "supra",
                &br.supra,
                false,
                added(|f| vec![&f.back_references.supra]),
            ),
            ("page", &lo.page, false, added(|f| vec![&f.locators.page])),
            (
                "margin",
                &lo.margin,
                false,
                added(|f| vec![&f.locators.margin]),
            ),
            (
                "provision",
                &lo.provision,
                false,
                added(|f| vec![&f.locators.provision]),
            ),
            (
                "volume",
                &lo.volume,
                false,
                added(|f| vec![&f.locators.volume]),
            ),
            ("issue", &issue_patterns, false, issue_added),
            ("issue", &issue_between_patterns, false, issue_added),
            (
                "accessed",
                &lo.accessed,
                false,
                added(|f| vec![&f.locators.accessed]),
            ),
            (
                "thesis",
                &lo.thesis,
                false,
                added(|f| vec![&f.locators.thesis]),
            ),
            (
                "signals",
                &signal_words,
                true,
                added(|f| {
                    vec![
                        &f.signals.words,
                        &f.signals.cited_in,
                        &f.signals.cited_in_after,
                    ]
                }),
            ),
            (
                "cited_in",
                &all.signals.cited_in,
                false,
                added(|f| vec![&f.signals.cited_in]),
            ),
            (
                "cited_in_after",
                &all.signals.cited_in_after,
                false,
                added(|f| vec![&f.signals.cited_in_after]),
            ),
            (
                "cited_as",
                &all.signals.cited_as,
                false,
                added(|f| vec![&f.signals.cited_as]),
            ),
            (
                "decision",
                &all.signals.decision,
                true,
                added(|f| vec![&f.signals.decision]),
            ),
        ];
        let built: Vec<Result<Lexicon, GrammarError>> = {
            use rayon::prelude::*;
            specs
                .par_iter()
                .map(|&(what, pats, anchored, eager)| lex(what, pats, anchored, eager))
                .collect()
        };
        let [ibid, op_cit, loc_cit, supra_note, supra, page, margin, provision, volume, issue, issue_between, accessed, thesis, signals, cited_in, cited_in_after, cited_as, decision] =
            <[Result<Lexicon, GrammarError>; 18]>::try_from(built).map_err(|_| GrammarError {
                file: "<merged lexicons>".to_string(),
                message: "a lexicon was not built".to_string(),
            })?;
        Ok(Grammar {
            languages,
            bibliography_headings: sorted(lowercase(&all.headings.bibliography)),
            notes_headings: sorted(lowercase(&all.headings.notes)),
            end_headings: sorted(lowercase(&all.headings.end)),
            periodical_headings: sorted(lowercase(&all.headings.periodicals)),
            note_label_words: {
                let mut v = all.headings.note_label.clone();
                v.retain(|w| !w.trim().is_empty());
                v.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
                v.dedup();
                v
            },
            note_word_marker: note_word_marker(&all.headings.note_label)?,
            ibid: ibid?,
            op_cit: op_cit?,
            op_cit_kinds: word_kinds(&br.op_cit_book, &br.op_cit_article),
            ibid_kinds: word_kinds(&br.ibid_book, &br.ibid_article),
            loc_cit: loc_cit?,
            supra_note: supra_note?,
            supra: supra?,
            page: page?,
            margin: margin?,
            folio: std::sync::OnceLock::new(),
            folio_patterns: lo.folio.clone(),
            column: std::sync::OnceLock::new(),
            column_patterns: lo.column.clone(),
            article_number: std::sync::OnceLock::new(),
            article_number_patterns: lo.article_number.clone(),
            medium: lo.medium.iter().map(|w| w.to_lowercase()).collect(),
            note_locator: std::sync::OnceLock::new(),
            note_locator_patterns: lo.note.clone(),
            newspaper_page: std::sync::OnceLock::new(),
            newspaper_page_patterns: lo.newspaper_page.clone(),
            pinpoints: std::sync::OnceLock::new(),
            pinpoint_patterns: lo
                .pinpoints
                .iter()
                .map(|(label, pats)| (label.clone(), pats.clone()))
                .collect(),
            provision: provision?,
            volume: volume?,
            edition: by_first_letter(lowercase(&lo.edition)),
            edition_qualifiers: by_first_letter(lowercase(&lo.edition_qualifiers)),
            ordinal_prefix: by_first_letter(lo.ordinal_prefix.clone()),
            ordinal_article: lowercase(&lo.ordinal_article),
            contained_after: longest_first(lo.contained_after.clone()),
            book_parts: lo.book_parts.clone(),
            page_following: by_first_letter(lo.following.clone()),
            ordinal_words: {
                let mut v: Vec<(String, u32)> = lo
                    .ordinals
                    .iter()
                    .zip(1u32..)
                    .flat_map(|(words, n)| lowercase(words).into_iter().map(move |w| (w, n)))
                    .filter(|(w, _)| !w.is_empty())
                    .collect();
                v.sort_by(|a, b| {
                    a.0.chars()
                        .next()
                        .cmp(&b.0.chars().next())
                        .then_with(|| b.0.len().cmp(&a.0.len()))
                        .then_with(|| a.cmp(b))
                });
                v.dedup();
                v
            },
            edition_initials: {
                let mut v: Vec<char> = lowercase(&lo.edition)
                    .iter()
                    .chain(&lowercase(&lo.edition_qualifiers))
                    .chain(&lo.ordinal_prefix)
                    .chain(
                        &lo.ordinals
                            .iter()
                            .flat_map(|w| lowercase(w))
                            .collect::<Vec<_>>(),
                    )
                    .filter_map(|w| w.trim().chars().next())
                    .collect();
                v.sort_unstable();
                v.dedup();
                v
            },
            container_words: longest_first(lowercase(&lo.container)),
            series_words: longest_first(lowercase(&lo.series)),
            division_words: longest_first(lo.divisions.clone()),
            state_words: longest_first_once(&lo.state),
            loose_leaf_words: longest_first_once(&lo.loose_leaf),
            report_series_words: longest_first(lowercase(&lo.report_series)),
            supplement_words: longest_first_once(&lo.supplement),
            page_count_words: {
                let mut v: Vec<String> = lo
                    .page
                    .iter()
                    .filter_map(|p| unmarked(p).0.strip_suffix(" {n}"))
                    .filter(|w| w.ends_with('.') && !w.contains("{n}"))
                    // `12 f.` is a page and the next (de): a word that is
                    // also a leaf word (cs, it `f. {n}`) gives no extent.
                    .filter(|w| {
                        !lo.folio
                            .iter()
                            .any(|f| unmarked(f).0.strip_suffix(" {n}") == Some(*w))
                    })
                    .map(str::to_string)
                    .collect();
                v.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
                v.dedup();
                v
            },
            issue: issue?,
            issue_between: issue_between?,
            accessed: accessed?,
            thesis: thesis?,
            signals: signals?,
            cited_in: cited_in?,
            cited_in_after: cited_in_after?,
            decision_courts: {
                let mut c = all.signals.decision_courts.clone();
                c.sort();
                c.dedup();
                c.sort_by_key(|w| std::cmp::Reverse(w.len()));
                c
            },
            case_classes: {
                let mut c = all.signals.case_classes.clone();
                c.sort();
                c.dedup();
                c.sort_by_key(|w| std::cmp::Reverse(w.len()));
                c
            },
            decided: {
                let mut c = lowercase(&all.signals.decided);
                c.sort();
                c.dedup();
                c.sort_by_key(|w| std::cmp::Reverse(w.len()));
                c
            },
            original: lowercase(&all.signals.original),
            cited_as: cited_as?,
            decision: decision?,
            courts: all.signals.courts.clone(),
            court_names: {
                let mut v = all.signals.court_names.clone();
                v.sort_by_key(|w| std::cmp::Reverse(w.len()));
                v.dedup();
                v
            },
            statutes: all.signals.statutes.clone(),
            constitutions: all.signals.constitutions.clone(),
            consideration: longest_first_once(&all.locators.consideration),
            docket_date: longest_first_once(&all.signals.docket_date),
            case_databases: longest_first_once(&all.signals.case_databases),
            neutral_courts: all.signals.neutral_courts.clone(),
            decision_kinds: longest_first_once(&all.signals.decision_kinds),
            decision_documents: longest_first_once(&all.signals.decision_documents),
            law_words: crate::syntax::law_report::LawWords::new(
                &all.locators.case_pinpoint,
                &all.locators.case_page,
                &all.locators.case_paragraph,
                &all.signals.statute_chapter,
                &all.signals.statute_provisions,
                &all.signals.case_matter,
            ),
            statute_before_year: {
                let words = word_alternation(&all.signals.statutes);
                if words.is_empty() {
                    None
                } else {
                    Some(
                        Regex::new(&format!("(?:{words}) [0-9]")).map_err(|e| GrammarError {
                            file: "<merged signals>".into(),
                            message: e.to_string(),
                        })?,
                    )
                }
            },
            paper_numbers: {
                let mut v: Vec<String> = all
                    .signals
                    .paper_numbers
                    .iter()
                    .map(|w| w.trim().trim_end_matches('.').to_string())
                    .filter(|w| !w.is_empty())
                    .collect();
                v.sort();
                v.dedup();
                v
            },
            bills: {
                let mut v: Vec<String> = all
                    .signals
                    .bills
                    .iter()
                    .map(|w| w.trim().to_string())
                    .filter(|w| !w.is_empty())
                    .collect();
                v.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
                v.dedup();
                v
            },
            court_words: lowercase(&all.signals.court_words),
            yearly_statute_kinds,
            statute_collections: {
                let mut v = all.signals.statute_collections.clone();
                v.sort_by_key(|w| std::cmp::Reverse(w.len()));
                v
            },
            decision_words: lowercase(&all.signals.decision_words),
            gazette_acts: lowercase(&all.signals.gazette_acts),
            gazettes: longest_first(all.signals.gazettes.clone()),
            gazette_search: {
                let alts: Vec<String> = all
                    .signals
                    .gazettes
                    .iter()
                    .filter(|j| !j.is_empty())
                    .map(|j| regex::escape(j))
                    .collect();
                (!alts.is_empty())
                    .then(|| Regex::new(&alts.join("|")).ok())
                    .flatten()
            },
            gazette_position: longest_first(all.signals.gazette_position.clone()),
            statute_dates: longest_first(all.signals.statute_date.clone()),
            docket_words: longest_first(all.signals.docket_words.clone()),
            provision_joins: longest_first(all.signals.provision_joins.clone()),
            statute_numbers: all.signals.statute_number.clone(),
            codes: {
                let mut c: Vec<String> = all
                    .signals
                    .codes
                    .iter()
                    .flat_map(CodeSpellings::spellings)
                    .map(|w| fold_case(w.trim_end_matches('.')))
                    .filter(|w| !w.is_empty())
                    .collect();
                c.sort();
                c.dedup();
                c.sort_by_key(|w| std::cmp::Reverse(w.len()));
                c
            },
            capital_codes: all
                .signals
                .codes
                .iter()
                .flat_map(CodeSpellings::spellings)
                .map(|w| w.trim_end_matches('.'))
                .filter(|w| is_capital_code(w))
                .map(str::to_string)
                .collect(),
            renamed_commentaries: all
                .signals
                .renamed_commentaries
                .iter()
                .filter_map(|e| match &e[..] {
                    [former, present] => Some((
                        crate::text::family_key(former),
                        crate::text::family_key(present),
                    )),
                    _ => None,
                })
                .filter(|(a, b)| !a.is_empty() && !b.is_empty())
                .collect(),
            commentaries: {
                let mut c: Vec<(String, String)> = all
                    .signals
                    .commentaries
                    .iter()
                    .filter_map(|e| match &e[..] {
                        [abbreviation, title] => Some((
                            crate::text::title_key(abbreviation).replace(' ', ""),
                            crate::text::title_key(title),
                        )),
                        _ => None,
                    })
                    .filter(|(a, t)| !a.is_empty() && !t.is_empty())
                    .collect();
                c.sort();
                c.dedup();
                c.sort_by_key(|(a, _)| std::cmp::Reverse(a.len()));
                c
            },
            code_names: all
                .signals
                .codes
                .iter()
                .filter_map(|c| match c {
                    CodeSpellings::Many(s) if s.len() > 1 => Some((
                        s[0].clone(),
                        s.iter()
                            .map(|w| fold_case(w.trim_end_matches('.')))
                            .collect(),
                    )),
                    _ => None,
                })
                .collect(),
            numbered_statute_kinds: by_spelling(
                all.signals
                    .numbered_statutes
                    .iter()
                    .enumerate()
                    .flat_map(|(i, kind)| kind.iter().map(move |w| (w.trim().to_string(), i)))
                    .collect(),
            ),
            numbered_statute: numbered_statute_regex(
                &all.signals,
                added(|f| {
                    f.signals
                        .numbered_statutes
                        .iter()
                        .chain([&f.signals.statute_number, &f.signals.statute_year])
                        .collect()
                }),
            )?,
            statute_by_number,
            statute_by_date,
            statute_number_after_date,
            official_series: {
                let mut v: Vec<(String, String)> = all
                    .signals
                    .parliamentary
                    .iter()
                    .map(|s| (s.name.clone(), s.kind.clone()))
                    .collect();
                v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
                v.dedup();
                v
            },
            official_series_starts: {
                let mut v: Vec<u8> = all
                    .signals
                    .parliamentary
                    .iter()
                    .filter_map(|s| s.name.bytes().next())
                    .collect();
                v.sort_unstable();
                v.dedup();
                v
            },
            family_first_words,
            newspaper_words: {
                let mut v = all.names.newspapers.clone();
                v.sort();
                v.dedup();
                v
            },
            places: {
                let mut v = all.names.places.clone();
                v.sort();
                v.dedup();
                v
            },
            unsigned_pieces: {
                let mut v: Vec<String> = all
                    .names
                    .unsigned_pieces
                    .iter()
                    .map(|w| w.trim().to_lowercase())
                    .collect();
                v.sort();
                v.dedup();
                v
            },
            title_articles: {
                let mut v: Vec<String> = all
                    .names
                    .articles
                    .iter()
                    .map(|w| w.trim().to_lowercase())
                    .collect();
                v.sort();
                v.dedup();
                v
            },
            title_particles: longest_first(all.signals.title_particles.clone()),
            trailing_signal_words: signal_words
                .iter()
                .map(|w| w.trim())
                .filter(|w| w.chars().any(crate::segment::is_cjk))
                .map(str::to_string)
                .collect(),
            signal_words,
            remarks: {
                let mut v: Vec<String> = all.signals.remarks.iter().map(|w| squeezed(w)).collect();
                v.retain(|w| !w.is_empty());
                v.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
                v.dedup();
                v
            },
            quoting: all
                .signals
                .quoting
                .iter()
                .map(|w| format!("{} ", fold_case(w.trim())))
                .collect(),
            compared: all
                .signals
                .compared
                .iter()
                .map(|[s, w]| (s.to_lowercase(), w.to_lowercase()))
                .collect(),
            and_words: all.names.and.clone(),
            list_words: all.names.and.iter().chain(&all.names.or).cloned().collect(),
            suspended_hyphen: all.names.suspended_hyphen.clone(),
            hyphen_prefixes: {
                let mut v = lowercase(&all.names.hyphen_prefixes);
                v.sort();
                v.dedup();
                v
            },
            et_al: lowercase(&all.names.et_al),
            et_al_endings: {
                let words = lowercase(&all.names.et_al);
                let trimmed: Vec<String> = words
                    .iter()
                    .filter_map(|w| w.strip_suffix('.').filter(|b| b.contains('.')))
                    .map(str::to_string)
                    .collect();
                words.into_iter().chain(trimmed).collect()
            },
            name_separators: name_separators(&all.names.and),
            organisation_words: lowercase(&all.names.organisation_words),
            organisation_endings: all.names.organisation_endings.clone(),
            journal_endings: longest_first(all.names.journal_endings.clone()),
            publisher_endings: longest_first(all.names.publisher_endings.clone()),
            organisation_names: all.names.organisation_names.clone(),
            archive_words: {
                let mut v = lowercase(&all.names.archives);
                v.sort();
                v.dedup();
                v
            },
            archive_pattern: std::sync::OnceLock::new(),
            shelfmark_words: all.names.shelfmarks.clone(),
            held_by: longest_first(all.names.held_by.clone()),
            part_of_work: longest_first(all.names.part_of_work.clone()),
            hereafter: longest_first(lowercase(&br.hereafter)),
            ibid_one_work: lowercase(&br.ibid_one_work),
            ibid_note: lowercase(&br.ibid_note),
            ibid_one_work_signals: {
                one_work_signals.retain(|w| !other_signals.contains(w));
                one_work_signals.sort();
                one_work_signals.dedup();
                one_work_signals
            },
            ibid_decision: br.ibid_decision.iter().map(|w| compact_word(w)).collect(),
            cross_reference: lowercase(&br.cross_reference),
            compound_family: all.names.compound_family.clone(),
            family_final: {
                let mut v: Vec<char> = all
                    .names
                    .family_final
                    .iter()
                    .filter_map(|w| {
                        let mut cs = w.trim().chars();
                        cs.next().filter(|_| cs.next().is_none())
                    })
                    .collect();
                v.sort_unstable();
                v.dedup();
                v
            },
            japanese_imprints: all.names.japanese_imprints.clone(),
            single_family: all
                .names
                .single_family
                .iter()
                .flat_map(|w| w.chars())
                .collect(),
            japanese_single_family: all
                .names
                .japanese_single_family
                .iter()
                .flat_map(|w| w.chars())
                .collect(),
            own_work: all.names.own_work.clone(),
            festschrift: longest_first(all.names.festschrift.clone()),
            transliteration: all
                .names
                .transliteration
                .iter()
                .flat_map(|w| w.chars())
                .collect(),
            particles: all.names.particles.clone(),
            case_endings: case_endings(&all.names.case_endings),
            leading_family_names: all.names.leading_family_names.iter().cloned().collect(),
            publisher_words: lowercase(&all.names.publisher_words).into_iter().collect(),
            journal_words: lowercase(&all.names.journal_words).into_iter().collect(),
            collection_words: lowercase(&all.names.collection_words).into_iter().collect(),
            title_noun_endings: lowercase(&all.names.title_noun_endings),
            journal_abbreviations: all.names.journal_abbreviations.iter().cloned().collect(),
            prose_endings: all.names.prose_endings.clone(),
            same_author: by_first_letter(lowercase(&all.names.same_author)),
            contributor_words: {
                let mut v: Vec<(String, Role)> = lowercase(&all.names.editor)
                    .into_iter()
                    .map(|w| (w, Role::Editor))
                    .chain(
                        lowercase(&all.names.translator)
                            .into_iter()
                            .map(|w| (w, Role::Translator)),
                    )
                    .chain(
                        lowercase(&all.names.introducer)
                            .into_iter()
                            .map(|w| (w, Role::Introducer)),
                    )
                    .collect();
                // By first letter, then longest first: the words that may
                // open a text are one run (`contributor_prefix`).
                v.retain(|(w, _)| !w.is_empty());
                v.sort_by(|a, b| {
                    a.0.chars()
                        .next()
                        .cmp(&b.0.chars().next())
                        .then_with(|| b.0.len().cmp(&a.0.len()))
                        .then_with(|| a.cmp(b))
                });
                v.dedup();
                v
            },
            roles: longest_first(all.names.roles.clone()),
            role_ends: crate::syntax::name::role_ends(&all.names.roles),
            author_roles: longest_first(all.names.author_roles.clone()),
            translator_after: longest_first(all.names.translator_after.clone()),
            organisation_latin: lowercase(&all.names.organisation_words)
                .into_iter()
                .filter(|w| !w.chars().any(crate::segment::is_cjk))
                .collect(),
            organisation_cjk: all
                .names
                .organisation_words
                .iter()
                .filter(|w| w.chars().all(crate::segment::is_cjk))
                .cloned()
                .collect(),
            months: months.clone(),
            year_suffix: all.dates.year_suffix.clone(),
            month_suffix: all.dates.month_suffix.clone(),
            day_suffix: all.dates.day_suffix.clone(),
            no_year: no_year_words(&all.dates),
            published_words: longest_first(lowercase(&all.dates.published)),
            updated_words: longest_first(lowercase(&all.dates.updated)),
            dates: crate::syntax::date::DateRules::new(
                &months,
                &all.dates.year_suffix,
                &all.dates.month_suffix,
                &all.dates.day_suffix,
                &all.dates.eras,
            )
            .map_err(|e| GrammarError {
                file: "<merged dates>".into(),
                message: e.to_string(),
            })?,
            label_word_before: word_before(
                &all.in_text.label_words,
                added(|f| vec![&f.in_text.label_words]),
            )?,
            interval_word_before: word_before(
                &all.in_text.interval_words,
                added(|f| vec![&f.in_text.interval_words]),
            )?,
            in_text_join: longest_first_once(&all.in_text.join_words),
            in_text_et_al: longest_first_once(&all.in_text.et_al),
            in_text_lead: {
                let mut words = all.in_text.lead_words.clone();
                words.sort();
                words.dedup();
                words
            },
            in_text_patterns: InTextPatterns::default(),
        })
    }

    /// Whether `before` (the text up to a number) ends with a label word:
    /// the number labels a figure, table, equation or section.
    pub fn ends_with_label_word(&self, before: &str) -> bool {
        self.label_word_before
            .as_ref()
            .and_then(crate::re::Deferred::get)
            .is_some_and(|r| r.is_match(before))
    }

    /// Whether `before` ends with a word that opens an interval.
    pub fn ends_with_interval_word(&self, before: &str) -> bool {
        self.interval_word_before
            .as_ref()
            .and_then(crate::re::Deferred::get)
            .is_some_and(|r| r.is_match(before))
    }

    /// The word in place of a year ([`Grammar::no_year`]) that opens `s`,
    /// in any case, with its length in `s`. A word ending in a letter
    /// must not run on into another letter (`in press`, not `in pressure`).
    pub fn no_year_word(&self, s: &str) -> Option<(&NoYearWord, usize)> {
        let first = s.chars().next()?.to_lowercase().next()?;
        self.no_year.iter().find_map(|w| {
            if w.first != first {
                return None;
            }
            let len = prefix_ignoring_case(s, &w.text)?;
            let open = w.text.ends_with(char::is_alphanumeric)
                && s[len..].starts_with(char::is_alphanumeric);
            (!open).then_some((w, len))
        })
    }

    /// The month number of a spelling (`"Nov."`, `"апреля"`), if known.
    pub fn month(&self, word: &str) -> Option<u8> {
        let w = word.to_lowercase();
        self.months.iter().find(|(s, _)| *s == w).map(|(_, m)| *m)
    }

    /// Which back-reference word starts at or near the start of `text`, if any:
    /// returns the kind and the match.
    pub fn back_reference(&self, text: &str) -> Option<(BackRefKind, LexMatch)> {
        let candidates = [
            (BackRefKind::SupraNote, &self.supra_note),
            (BackRefKind::LocCit, &self.loc_cit),
            (BackRefKind::OpCit, &self.op_cit),
            (BackRefKind::Ibid, &self.ibid),
            (BackRefKind::Supra, &self.supra),
        ];
        let mut best: Option<(BackRefKind, LexMatch)> = None;
        for (kind, lex) in candidates {
            let mut found = lex.find(text);
            while let Some(m) = found.filter(|m| {
                initials_before_name(text, m)
                    || (kind == BackRefKind::SupraNote && self.note_on_page(text, m))
            }) {
                found = lex.find_at(text, m.end);
            }
            if let Some(m) = found {
                let better = match &best {
                    None => true,
                    Some((_, b)) => m.start < b.start || (m.start == b.start && m.end > b.end),
                };
                if better {
                    best = Some((kind, m));
                }
            }
        }
        best
    }

    /// Whether the match `m` in `text` is a note on the page cited just
    /// before it (`S. 12 Fn. 4`, `第45页注3`, `p. 12, note 4`): a word of
    /// [`Locators::note`] right after a page's word and number, not a
    /// note of the paper cited back.
    fn note_on_page(&self, text: &str, m: &LexMatch) -> bool {
        let before = text[..m.start].trim_end_matches([',', ' ', '，', '、']);
        if !before.ends_with(|c: char| c.is_ascii_digit() || crate::segment::is_cjk(c)) {
            return false;
        }
        let tail =
            &before[crate::source::floor_char_boundary(before, before.len().saturating_sub(36))..];
        self.note_locator()
            .find(&text[m.start..])
            .is_some_and(|n| n.start == 0)
            && self
                .page
                .find_all(tail)
                .last()
                .is_some_and(|p| p.end == tail.len())
    }

    /// Length of a "same author" word at the start of `s` (`Ders.: Titel`,
    /// `Dies., „Titel“`) or of a ditto mark (`—, Título`, `——: Título`),
    /// with the punctuation and space after it.
    pub fn same_author_prefix(&self, s: &str) -> Option<usize> {
        // `—, Título`, `——: Título`: a ditto mark says the same.
        if let Some(n) = crate::segment::ditto_prefix(s) {
            return Some(n);
        }
        let t = s.trim_start();
        let lead = s.len() - t.len();
        // The first character lowercased is the first of the head
        // lowercased (the one rule of context, for a final `Σ`, needs a
        // letter before it): no word opening with it, no word at all.
        let first = t.chars().next()?.to_lowercase().next()?;
        let words = starting_with(&self.same_author, first);
        if words.is_empty() {
            return None;
        }
        // The words are short: only the head of `s` is lowercased, not a
        // whole note on every call.
        let head = &t[..crate::source::floor_char_boundary(t, 48)];
        let lower = head.to_lowercase();
        if lower.len() != head.len() {
            return None;
        }
        let w = words.iter().find(|w| {
            lower.starts_with(w.as_str())
                && t.get(w.len()..)
                    .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
        })?;
        let rest = &t[w.len()..];
        let punct: usize = rest
            .chars()
            .take_while(|c| matches!(c, '.' | ',' | ':' | ' ' | '\t'))
            .map(char::len_utf8)
            .sum();
        Some(lead + w.len() + punct)
    }

    /// The length of a container word at the start of `s` (`In: `, `dans `),
    /// with the space after it: a whole word of [`Locators::container`],
    /// matched without regard to case.
    pub fn container_prefix(&self, s: &str) -> Option<usize> {
        self.container_words.iter().find_map(|w| {
            let head = s.get(..w.len())?;
            let space = s[w.len()..].starts_with(' ');
            (space && head.to_lowercase() == *w).then_some(w.len() + 1)
        })
    }

    /// The length of a series word at the start of `s` (`coll. `), with the
    /// space after it: a whole word of [`Locators::series`], matched without
    /// regard to case.
    pub fn series_prefix(&self, s: &str) -> Option<usize> {
        self.series_words.iter().find_map(|w| {
            let head = s.get(..w.len())?;
            let space = s[w.len()..].starts_with(' ');
            let same = || head.chars().flat_map(char::to_lowercase).eq(w.chars());
            (space && same()).then_some(w.len() + 1)
        })
    }

    /// What the `op_cit` word `word` (as written) says the earlier work is,
    /// if it says.
    pub fn op_cit_kind(&self, word: &str) -> Option<OpCitKind> {
        kind_of_word(&self.op_cit_kinds, word)
    }

    /// What the `ibid` word `word` (as written) says the work is, if it
    /// says ([`BackReferences::ibid_book`], [`BackReferences::ibid_article`]).
    pub fn ibid_kind(&self, word: &str) -> Option<OpCitKind> {
        kind_of_word(&self.ibid_kinds, word)
    }

    /// A statute cited by kind, number and year at the start of `s`
    /// (`Undang-Undang Nomor 24 Tahun 2003`, `UU No. 24 Tahun 2003`,
    /// `Peraturan Pemerintah Nomor 9 Tahun 1975`): the grammars'
    /// `numbered_statutes`, `statute_number` and `statute_year`.
    ///
    /// Romance statutes give the year by a date or after the number (pt
    /// `Lei n. 8.078, de 11 de setembro de 1990`, es `Ley 41/2002, de 14
    /// de noviembre`, it `L. 8 marzo 2017, n. 24`, `d.lgs. 30 giugno
    /// 2003, n. 196`): [`Grammar::dated_statute`].
    pub fn numbered_statute(&self, s: &str) -> Option<NumberedStatute> {
        // Every reading opens with a kind's spelling, as written: a text
        // that opens with none is no such statute, and the patterns are
        // neither built nor run for it.
        // The spellings are sorted: those that open with the text's first
        // byte stand together.
        let kinds = &self.numbered_statute_kinds;
        let first = s.as_bytes().first();
        let from = kinds.partition_point(|(k, _)| k.as_bytes().first() < first);
        let to = kinds.partition_point(|(k, _)| k.as_bytes().first() <= first);
        if !kinds[from..to]
            .iter()
            .any(|(k, _)| s.starts_with(k.as_str()))
        {
            return None;
        }
        let re = self.numbered_statute.as_ref()?.get()?;
        if !s.starts_with(|c: char| c.is_uppercase()) {
            return self.dated_statute(s);
        }
        let Some(c) = crate::re::captures(re, s) else {
            return self.dated_statute(s);
        };
        let (kind, number, year) = (c.get(1)?, c.get(2)?, c.get(3)?);
        let kind = self
            .numbered_statute_kinds
            .iter()
            .find(|(w, _)| w == kind.as_str())?
            .1;
        Some(NumberedStatute {
            kind,
            number: number.as_str().to_string(),
            cited: number.as_str().to_string(),
            year: year.as_str().parse().ok()?,
            end: year.end(),
            date: None,
            court: None,
        })
    }

    /// A statute cited by kind, number and date the Romance way, at the
    /// start of `s`: the kind's spelling, a number word and the number
    /// with its year after a slash (`Ley 41/2002`, `Lei n. 8.078/1990`) or
    /// a date after a comma and `de`/`del` (`Lei n. 8.078, de 11 de
    /// setembro de 1990`); or the kind, its date and then the number word
    /// and number (`L. 8 marzo 2017, n. 24`). A number without a number
    /// word needs its year after a slash, and the year is always there:
    /// `Lei 8` or `L. 24` alone cites nothing. The number is read without
    /// its thousands' dots (`8.078` is `8078`), as lists and notes differ.
    pub fn dated_statute(&self, s: &str) -> Option<NumberedStatute> {
        let kind_of = |w: &str| {
            self.numbered_statute_kinds
                .iter()
                .find(|(k, _)| k == w)
                .map(|&(_, i)| i)
        };
        let number_of = |n: &str| n.replace('.', "");
        let by_number = crate::re::captures(self.statute_by_number.as_ref()?.get()?, s);
        if let Some(c) = by_number.filter(|c| c.get(2).is_some() || c.get(4).is_some()) {
            let (kind, number) = (c.get(1)?, c.get(3)?);
            let kind = kind_of(kind.as_str())?;
            let year = c.get(4).and_then(|y| y.as_str().parse().ok());
            let mut after = c.get(4).map_or(number.end(), |y| y.end());
            // `41/2002`, `89/2012 Sb.`: where acts are numbered anew each
            // year, the year and the collection are the number's.
            let mut cited = number_of(number.as_str());
            if let Some(y) = c
                .get(4)
                .filter(|_| self.yearly_statute_kinds.binary_search(&kind).is_ok())
            {
                cited = format!("{cited}/{}", y.as_str());
                let t = &s[after..];
                let spaced = t.trim_start_matches(' ');
                if let Some(w) = self.statute_collections.iter().find(|w| {
                    spaced.len() < t.len()
                        && spaced
                            .strip_prefix(w.as_str())
                            .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
                }) {
                    cited = format!("{cited} {w}");
                    after += t.len() - spaced.len() + w.len();
                }
            }
            let rest = &s[after..];
            let t = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
            // `Ley 41/2002, de 14 de noviembre`, `loi n° 2005-205 du 1er
            // mars 2005`: the word before the day.
            let t = ["de ", "del ", "du ", "of "]
                .iter()
                .find_map(|w| t.strip_prefix(w))
                .unwrap_or(t)
                .trim_start();
            let at = after + rest.len() - t.len();
            let window = &s[at..crate::source::floor_char_boundary(s, at + 40)];
            let d = self.dates.first(window).filter(|d| d.start == 0);
            // `Ley 41/2002, de 14 de noviembre`: the day of the year given.
            let d = d.filter(|d| year.is_none() || d.date.year().is_none_or(|y| Some(y) == year));
            let Some(d) = d else {
                let day = year.and_then(|y| self.day_of_year(window, y));
                return Some(NumberedStatute {
                    kind,
                    number: number_of(number.as_str()),
                    cited,
                    year: year?,
                    end: day.as_ref().map_or(after, |(n, _)| at + n),
                    date: day.map(|(_, d)| d),
                    court: None,
                });
            };
            let year = year.or(d.date.year())?;
            let parts = d.date.date_parts.first();
            let part = |i: usize| {
                parts
                    .and_then(|p| p.get(i))
                    .and_then(|&x| u8::try_from(x).ok())
            };
            return Some(NumberedStatute {
                kind,
                number: number_of(number.as_str()),
                cited,
                year,
                end: at + d.end,
                date: part(1).map(|m| {
                    let raw = Some(window[..d.end].to_string());
                    crate::model::CslDate::new(year, Some(m), part(2), raw)
                }),
                court: None,
            });
        }
        let c = crate::re::captures(self.statute_by_date.as_ref()?.get()?, s)?;
        let kind = kind_of(c.get(1)?.as_str())?;
        let court = c
            .get(2)
            .map(|m| m.as_str().split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|issuer| self.names_court(issuer));
        let at = c.get(0)?.end();
        let window = &s[at..crate::source::floor_char_boundary(s, at + 40)];
        let d = self.dates.first(window).filter(|d| d.start == 0)?;
        d.date.month()?;
        let n = self
            .statute_number_after_date
            .as_ref()?
            .get()?
            .captures(&s[at + d.end..])
            .and_then(|c| c.get(1));
        // `Решение Арбитражного суда г. Москвы от 15.05.2018`: a court's
        // decision is known by its court and day where no number follows.
        let (number, end) = match n {
            Some(n) => (number_of(n.as_str()), at + d.end + n.end()),
            None if court.is_some() && d.date.day().is_some() => (String::new(), at + d.end),
            None => return None,
        };
        Some(NumberedStatute {
            kind,
            cited: number.clone(),
            number,
            year: d.date.year()?,
            end,
            date: Some(d.date.clone()),
            court,
        })
    }

    /// Whether the words `issuer` name a court: one of them is a word of
    /// the grammars' `court_words`, matched whole and without regard to
    /// case (`Конституционного Суда РФ`, `ВС РФ`, `Верховного Суду`).
    pub fn names_court(&self, issuer: &str) -> bool {
        !self.court_words.is_empty()
            && issuer
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .any(|w| self.court_words.contains(&w.to_lowercase()))
    }

    /// The day and month opening `t`, of the year `year` given before them
    /// (`14 de noviembre` of `Ley 41/2002, de 14 de noviembre`): the part
    /// of `t` up to a comma, semicolon or bracket read as a date once the
    /// year is put after it, joined as the day is to the month (`14 de
    /// noviembre de 2002`, `8 marzo 2017`). Its length in `t` and the date.
    pub fn day_of_year(&self, t: &str, year: i32) -> Option<(usize, crate::model::CslDate)> {
        let piece = t[..t.find([',', ';', '(', '.']).unwrap_or(t.len())].trim_end();
        let mut words = piece.split_whitespace();
        let (day, join) = (words.next()?, words.next()?);
        if !(1..=2).contains(&day.len()) || !day.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let joined = (join.chars().count() <= 3 && join.chars().all(char::is_lowercase))
            .then(|| format!("{piece} {join} {year}"));
        [format!("{piece} {year}")]
            .into_iter()
            .chain(joined)
            .find_map(|whole| {
                let d = self.dates.first(&whole).filter(|d| d.start == 0)?;
                (d.end == whole.len() && d.date.day().is_some()).then_some(d)
            })
            .map(|d| {
                let parts = d.date.date_parts.first();
                let part = |i: usize| {
                    parts
                        .and_then(|p| p.get(i))
                        .and_then(|&x| u8::try_from(x).ok())
                };
                let date =
                    crate::model::CslDate::new(year, part(1), part(2), Some(piece.to_string()));
                (piece.len(), date)
            })
    }

    /// The length of a CJK container word glued to the delimited name of
    /// a journal or book (`载《中国法学》`), with the separators before
    /// it: `，载` of `，载《…》`.
    pub fn cjk_container_prefix(&self, s: &str) -> usize {
        let t = s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | '、'));
        let lead = s.len() - t.len();
        // `，收於：《信託法原理與實務》`: a colon may follow the word.
        self.container_words
            .iter()
            .filter(|w| w.ends_with(crate::segment::is_cjk))
            .find_map(|w| {
                let r = t.strip_prefix(w.as_str())?;
                let after = r.trim_start_matches(['：', ':']);
                after
                    .starts_with(['《', '〈', '『', '「'])
                    .then(|| lead + t.len() - after.len())
            })
            .unwrap_or(0)
    }

    /// The role and length of an editor or translator word at the start of
    /// `s` (`ed. `, `translated by `), with the space after it: a whole
    /// word, matched without regard to case, followed by white space.
    pub fn contributor_prefix(&self, s: &str) -> Option<(Role, usize)> {
        // Only the words that open with `s`'s first letter, lowercased, can
        // match; they are one run of the sorted list.
        let c = s.chars().next()?.to_lowercase().next()?;
        run_opening_with(&self.contributor_words, |(w, _)| w.as_str(), c)
            .iter()
            .find_map(|(w, role)| {
                let head = s.get(..w.len())?;
                let next = s[w.len()..].chars().next()?;
                let whole = w.ends_with('.') || !next.is_alphanumeric();
                (next.is_whitespace()
                    && whole
                    && head.chars().flat_map(char::to_lowercase).eq(w.chars()))
                .then(|| (*role, w.len() + next.len_utf8()))
            })
    }

    /// True when `line` (trimmed, numbering and markup removed) is one of
    /// `headings`, a sorted list (as the grammar's heading lists are).
    pub fn is_heading(headings: &[String], line: &str) -> bool {
        Self::is_any_heading(&[headings], line)
    }

    /// True when `line` is a heading of one of the sorted `lists`: its
    /// [`heading_core`] is made once for all of them.
    pub fn is_any_heading(lists: &[&[String]], line: &str) -> bool {
        // Headings are short: skip the work for body lines (at most 60
        // characters of heading and some numbering or markup).
        if line.len() > 240 || line.trim().chars().nth(90).is_some() {
            return false;
        }
        let raw = heading_unfolded(line);
        // Lowercased character by character ([`fold_case`], `İ` as `i`;
        // but a final sigma depends on its context), the core's first
        // three characters open it, and a list holding the core has an
        // entry that opens so, first among those not sorted before them.
        // Most lines have none, and their core is not built.
        if !raw.contains('Σ') {
            let mut opening = String::with_capacity(12);
            opening.extend(
                raw.chars()
                    .map(|c| if c == 'İ' { 'i' } else { c })
                    .flat_map(char::to_lowercase)
                    .take(3),
            );
            let possible = lists.iter().any(|headings| {
                let i = headings.partition_point(|h| h.as_str() < opening.as_str());
                headings.get(i).is_some_and(|h| h.starts_with(&opening))
            });
            if !possible {
                return false;
            }
        }
        let core = fold_case(raw);
        if core.is_empty() || core.chars().count() > 60 {
            return false;
        }
        lists.iter().any(|headings| {
            debug_assert!(headings.is_sorted(), "heading lists are sorted");
            headings.binary_search(&core).is_ok()
        })
    }
}

/// Whether the back-reference `m` in `text` is a person's initials before
/// the family name (`A. V. Dicey, Introduction …`, `L. C. Green, …`,
/// `O. C. Holmes`): it is written in capitals only, single letters with
/// their periods (`a.v.`, `l.c.`, `o.c.` are back-references written so
/// in lowercase), and a capitalised word of lowercase letters follows.
fn initials_before_name(text: &str, m: &LexMatch) -> bool {
    let word = &text[m.start..m.end];
    let mut letters = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        } else if !(c == '.' || c.is_whitespace()) {
            return false;
        }
    }
    let single = word.split('.').all(|p| p.trim().chars().count() <= 1);
    let mut next = text[m.end..].trim_start().chars();
    letters > 0
        && single
        && next.next().is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase)
}

/// A separator between names in an author list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSeparator {
    /// What to look for: a mark (`;`, `&`, `·`) as written, or a word
    /// lowercased and between spaces (` and `, ` und `).
    pub pattern: String,
    /// Whether it is a word, looked for in lowercased text.
    pub word: bool,
}

/// `;` and `,`, then each `and` word: written in letters (not CJK) it is a
/// word that splits only between spaces (in any case, but a word of one
/// letter only in lowercase), otherwise a mark that splits anywhere.
fn name_separators(and_words: &[String]) -> Vec<NameSeparator> {
    let mark = |m: &str| NameSeparator {
        pattern: m.to_string(),
        word: false,
    };
    let mut seps = vec![mark(";"), mark(",")];
    for w in and_words {
        if w.chars().all(char::is_alphabetic) && !w.chars().any(crate::segment::is_cjk) {
            // A word of one letter (cs `a`, pl `i`, es `y`) splits only as
            // written: capitalised it is part of a name (`Palguna, I Dewa
            // Gede`, the Balinese `I`) or an initial.
            let one = w.chars().nth(1).is_none();
            seps.push(NameSeparator {
                pattern: format!(" {} ", w.to_lowercase()),
                word: !one,
            });
        } else {
            seps.push(mark(w));
        }
    }
    // A separator listed by several languages (`&`) splits once.
    let mut seen = std::collections::HashSet::new();
    seps.retain(|s| seen.insert((s.pattern.clone(), s.word)));
    seps
}

/// The regex of [`Grammar::note_word_marker`]: an optional opening
/// bracket, a note-label word, a note number and a closing bracket.
fn note_word_marker(words: &[String]) -> Result<Option<regex::Regex>, GrammarError> {
    words_regex(
        words,
        |any| format!(r"[(（]?((?:{any})[ \u{{3000}}]?([1-9][0-9]{{0,5}}))[)）]"),
        "<merged headings>",
    )
}

/// A case-insensitive pattern for any of `words` at the end of a text,
/// not glued to a letter before it (`Fig.` but not `config.`), compiled
/// at its first use unless `now` ([`crate::re::Deferred`]).
fn word_before(words: &[String], now: bool) -> Result<Option<crate::re::Deferred>, GrammarError> {
    let Some(src) = words_source(words, |any| format!(r"(?i)(?:^|[^\p{{L}}])(?:{any})\s*$")) else {
        return Ok(None);
    };
    crate::re::Deferred::new(src, now)
        .map(Some)
        .map_err(|e| GrammarError {
            file: "<merged in_text>".into(),
            message: e.to_string(),
        })
}

/// The regex `pattern` makes of the alternation of `words` (escaped,
/// longest first, each once); `None` without words. `file` names the
/// merged table in an error.
fn words_regex(
    words: &[String],
    pattern: impl Fn(&str) -> String,
    file: &str,
) -> Result<Option<regex::Regex>, GrammarError> {
    let Some(src) = words_source(words, pattern) else {
        return Ok(None);
    };
    regex::Regex::new(&src).map(Some).map_err(|e| GrammarError {
        file: file.into(),
        message: e.to_string(),
    })
}

/// The source `pattern` makes of the alternation of `words` (escaped,
/// longest first, each once); `None` without words.
fn words_source(words: &[String], pattern: impl Fn(&str) -> String) -> Option<String> {
    let mut words: Vec<&str> = words
        .iter()
        .map(|w| w.trim())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words.dedup();
    let alternatives: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    Some(pattern(&alternatives.join("|")))
}

/// The words as a regex alternation, escaped, the longest first (so that
/// a word is not cut short by one that starts it).
fn word_alternation(words: &[String]) -> String {
    let mut v: Vec<&str> = words
        .iter()
        .map(|w| w.trim())
        .filter(|w| !w.is_empty())
        .collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v.dedup();
    v.iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// The regex of [`Grammar::numbered_statute`]: at the start, a kind's
/// spelling, a number word, the number, an optional comma, a year word
/// and a four-digit year.
fn numbered_statute_regex(
    signals: &Signals,
    now: bool,
) -> Result<Option<crate::re::Deferred>, GrammarError> {
    let kinds: Vec<String> = signals.numbered_statutes.concat();
    let (kinds, number, year) = (
        word_alternation(&kinds),
        word_alternation(&signals.statute_number),
        word_alternation(&signals.statute_year),
    );
    if kinds.is_empty() || number.is_empty() || year.is_empty() {
        return Ok(None);
    }
    crate::re::Deferred::new(
        format!(
            r"^({kinds})[ \t\n]+(?:{number})[ \t\n]*([0-9]{{1,4}}[A-Z]?)[ \t\n]*,?[ \t\n]*(?:{year})[ \t\n]+([0-9]{{4}})\b"
        ),
        now,
    )
    .map(Some)
    .map_err(|e| GrammarError {
        file: "<merged signals>".into(),
        message: e.to_string(),
    })
}

/// The regexes of [`Grammar::dated_statute`]: a kind's spelling and its
/// number (with an optional number word and `/year`); a kind's spelling
/// before a date; a number word and number after a date's comma.
type StatuteRegexes = (
    Option<crate::re::Deferred>,
    Option<crate::re::Deferred>,
    Option<crate::re::Deferred>,
);

/// Builds [`StatuteRegexes`] from the merged `numbered_statutes` and
/// `statute_number` words, compiled at their first use unless `now`.
fn statute_regexes(signals: &Signals, now: bool) -> Result<StatuteRegexes, GrammarError> {
    let kinds = word_alternation(&signals.numbered_statutes.concat());
    let number = word_alternation(&signals.statute_number);
    let date = word_alternation(&signals.statute_date);
    if kinds.is_empty() || number.is_empty() {
        return Ok((None, None, None));
    }
    let build = |p: String| {
        crate::re::Deferred::new(p, now).map_err(|e| GrammarError {
            file: "<merged signals>".into(),
            message: e.to_string(),
        })
    };
    // `8.078`, `2.200-2`, `41`; a year of four digits after a slash.
    let n = r"([0-9]{1,3}(?:\.[0-9]{3})+(?:-[0-9]+)?|[0-9]{1,5}(?:-[0-9]+)?)";
    Ok((
        Some(build(format!(
            r"^({kinds})[ \t\n]+((?:{number})[ \t\n]*)?{n}(?:/([0-9]{{4}})\b)?"
        ))?),
        // `Указ Президента РФ от 12.05.2009`, `Определение Судебной
        // коллегии по гражданским делам Верховного Суда РФ от …`: issuer's
        // words before a date word.
        Some(build(if date.is_empty() {
            format!(r"^({kinds})[ \t\n]+")
        } else {
            format!(r"^({kinds})(?:((?:[ \t\n]+[^\s0-9]\S*){{0,10}}?)[ \t\n]+(?:{date}))?[ \t\n]+")
        })?),
        // `, n. 24`, ` № 131-ФЗ`, ` № 4-П`; a court's docket after words
        // in lowercase (`по делу № А40-12345/2018`, `у справі №
        // 910/1234/18`, `№ 5-КГ18-300`).
        Some(build(format!(
            r"^[ \t\n]*,?(?:[ \t\n]*\p{{Ll}}+\.?){{0,2}}[ \t\n]*(?:{number})[ \t\n]*(\p{{Lu}}{{0,3}}[0-9]{{1,6}}(?:[-/][\p{{L}}0-9]{{1,6}}){{0,3}})\b"
        ))?),
    ))
}

/// The issue patterns that are (`between`) or are not also page patterns,
/// compared without their case mark and without regard to case.
fn issue_words(issue: &[String], page: &[String], between: bool) -> Vec<String> {
    let key = |p: &String| unmarked(p).0.to_lowercase();
    let pages: std::collections::HashSet<String> = page.iter().map(key).collect();
    issue
        .iter()
        .filter(|p| pages.contains(&key(p)) == between)
        .cloned()
        .collect()
}

/// `words` without repeats, longest first (then in order): the longer of
/// two words that start alike is tried first.
fn longest_first(mut words: Vec<String>) -> Vec<String> {
    words.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    words.dedup();
    words
}

/// A word lowercase and without white space: `I. m.` and `i.m.` are
/// `i.m.`.
pub fn compact_word(w: &str) -> String {
    fold_case(w).split_whitespace().collect()
}

/// `words` sorted, without repeats: a list searched by binary search.
fn sorted(mut words: Vec<String>) -> Vec<String> {
    words.sort();
    words.dedup();
    words
}

fn lowercase(words: &[String]) -> Vec<String> {
    words.iter().map(|w| fold_case(w)).collect()
}

/// Words without blank ones and repeats, their white space folded, in
/// order of their first letter and, among those, longest first: the words
/// that may open a text are one run ([`starting_with`]), and the longer of
/// two that start alike is tried first (`edn.` before `edn`).
fn by_first_letter(words: Vec<String>) -> Vec<String> {
    let mut v: Vec<String> = words
        .iter()
        .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|w| !w.is_empty())
        .collect();
    v.sort_by(|a, b| {
        a.chars()
            .next()
            .cmp(&b.chars().next())
            .then_with(|| b.chars().count().cmp(&a.chars().count()))
            .then_with(|| a.cmp(b))
    });
    v.dedup();
    v
}

/// The words of a list sorted [`by_first_letter`] that start with `c`.
pub fn starting_with(words: &[String], c: char) -> &[String] {
    run_opening_with(words, |w| w.as_str(), c)
}

/// The entries of `items`, sorted by the first character of their word
/// (`word`), whose word opens with `c`: one run, found by binary search.
pub fn run_opening_with<T>(items: &[T], word: impl Fn(&T) -> &str, c: char) -> &[T] {
    let first = |t: &T| word(t).chars().next();
    let lo = items.partition_point(|t| first(t) < Some(c));
    let hi = lo + items[lo..].partition_point(|t| first(t) == Some(c));
    &items[lo..hi]
}

/// Lowercased heading text without numbering (`7.`, `VII.`, `Ⅲ.`), markup
/// (`#`, `**`, `[ ]`) or a trailing colon.
pub fn heading_core(line: &str) -> String {
    fold_case(heading_unfolded(line))
}

/// [`heading_core`] before it is lowercased.
fn heading_unfolded(line: &str) -> &str {
    let mut s = line.trim();
    s = s.trim_start_matches('#').trim();
    s = s.trim_matches(|c| c == '*' || c == '_' || c == '=').trim();
    if let Some(inner) = s.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
        s = inner.trim();
    }
    if let Some(inner) = s.strip_prefix('<').and_then(|x| x.strip_suffix('>')) {
        s = inner.trim();
    }
    if let Some(inner) = s.strip_prefix('【').and_then(|x| x.strip_suffix('】')) {
        s = inner.trim();
    }
    // Numbering: arabic, roman (ASCII or Unicode roman numerals), letters.
    let numbering_end = s
        .char_indices()
        .take_while(|(_, c)| {
            c.is_ascii_digit()
                || matches!(c, 'I' | 'V' | 'X' | 'L' | '.' | '(' | ')' | ' ')
                || ('\u{2160}'..='\u{217F}').contains(c)
        })
        .map(|(i, c)| i + c.len_utf8())
        .last();
    if let Some(end) = numbering_end {
        let rest = s[end..].trim();
        let prefix = s[..end].trim();
        let numbered = prefix.ends_with('.')
            || prefix.ends_with(')')
            || prefix
                .chars()
                .all(|c| c.is_ascii_digit() || ('\u{2160}'..='\u{217F}').contains(&c));
        if numbered && !rest.is_empty() && !prefix.is_empty() {
            s = rest;
        }
    }
    without_word_numbering(without_cjk_numbering(s))
        .trim_end_matches([':', '：', '.'])
        .trim()
}

/// `s` without the CJK numbering of a heading: Chinese numerals before `、`
/// or `.` or in brackets (`一、报刊`, `（二）著作`), and a Hangul letter of
/// the Korean series before `.` or `)` (`가. 단행본`, `나) 논문`).
fn without_cjk_numbering(s: &str) -> &str {
    const NUMERALS: &str = "一二三四五六七八九十";
    const HANGUL: &str = "가나다라마바사아자차카타파하";
    let (open, inner) = match s.strip_prefix(['（', '(']) {
        Some(r) => (true, r),
        None => (false, s),
    };
    let digits = inner.len() - inner.trim_start_matches(|c| NUMERALS.contains(c)).len();
    let after = &inner[digits..];
    let rest = if digits > 0 && open {
        after.strip_prefix(['）', ')'])
    } else if digits > 0 {
        after.strip_prefix(['、', '.', '．'])
    } else if !open {
        let mut chars = s.chars();
        chars
            .next()
            .filter(|c| HANGUL.contains(*c))
            .and_then(|_| chars.as_str().strip_prefix(['.', ')']))
            .filter(|r| r.starts_with(' '))
    } else {
        None
    };
    match rest.map(str::trim) {
        Some(r) if !r.is_empty() => r,
        _ => s,
    }
}

/// `s` without a numbering word and its colon or dash, as headings in a
/// script without capitals are numbered (`أولاً: المصادر`, `ثانياً - المراجع
/// العربية`): one word of such letters ([`crate::text::is_caseless_letter`])
/// before `:` or a dash, with more text after it.
pub fn without_word_numbering(s: &str) -> &str {
    let Some((word, rest)) = s.split_once([':', '：', '-', '–']) else {
        return s;
    };
    let word = word.trim();
    let rest = rest.trim();
    let one_word = !word.is_empty()
        && !word.contains(char::is_whitespace)
        && word
            .chars()
            .next()
            .is_some_and(crate::text::is_caseless_letter)
        && word.chars().all(char::is_alphabetic);
    if one_word && !rest.is_empty() {
        rest
    } else {
        s
    }
}

/// Lowercase text, with Turkish dotted capital `İ` as `i`: Unicode lowers
/// `İ` to `i` and a combining dot (`KAYNAKÇA` and `BİBLİYOGRAFYA` are then
/// `kaynakça` and `bibliyografya`, as the grammars write them). Dotless
/// `ı` stays `ı`, and `I` lowers to `i`.
pub fn fold_case(s: &str) -> String {
    if s.contains('İ') {
        s.replace('İ', "i").to_lowercase()
    } else {
        s.to_lowercase()
    }
}

/// `kinds` sorted by spelling, stably: a spelling of two kinds keeps the
/// first kind first.
fn by_spelling(mut kinds: Vec<(String, usize)>) -> Vec<(String, usize)> {
    kinds.sort_by(|a, b| a.0.cmp(&b.0));
    kinds
}

fn unreachable_grammar() -> Grammar {
    let none = Lexicon::empty();
    Grammar {
        languages: Vec::new(),
        decision_courts: Vec::new(),
        case_classes: Vec::new(),
        decided: Vec::new(),
        bibliography_headings: Vec::new(),
        notes_headings: Vec::new(),
        end_headings: Vec::new(),
        periodical_headings: Vec::new(),
        note_label_words: Vec::new(),
        note_word_marker: None,
        ibid: none.clone(),
        page_count_words: Vec::new(),
        state_words: Vec::new(),
        loose_leaf_words: Vec::new(),
        report_series_words: Vec::new(),
        supplement_words: Vec::new(),
        issue_between: none.clone(),
        op_cit: none.clone(),
        op_cit_kinds: Vec::new(),
        ibid_kinds: Vec::new(),
        loc_cit: none.clone(),
        supra_note: none.clone(),
        supra: none.clone(),
        page: none.clone(),
        margin: none.clone(),
        folio: std::sync::OnceLock::new(),
        folio_patterns: Vec::new(),
        column: std::sync::OnceLock::new(),
        column_patterns: Vec::new(),
        article_number: std::sync::OnceLock::new(),
        article_number_patterns: Vec::new(),
        medium: Vec::new(),
        note_locator: std::sync::OnceLock::new(),
        note_locator_patterns: Vec::new(),
        newspaper_page: std::sync::OnceLock::new(),
        newspaper_page_patterns: Vec::new(),
        pinpoints: std::sync::OnceLock::new(),
        pinpoint_patterns: Vec::new(),
        provision: none.clone(),
        volume: none.clone(),
        edition: Vec::new(),
        edition_qualifiers: Vec::new(),
        ordinal_prefix: Vec::new(),
        ordinal_article: Vec::new(),
        contained_after: Vec::new(),
        book_parts: Vec::new(),
        page_following: Vec::new(),
        ordinal_words: Vec::new(),
        edition_initials: Vec::new(),
        container_words: Vec::new(),
        series_words: Vec::new(),
        division_words: Vec::new(),
        issue: none.clone(),
        accessed: none.clone(),
        thesis: none.clone(),
        signals: none.clone(),
        cited_in: none.clone(),
        cited_in_after: none.clone(),
        original: Vec::new(),
        cited_as: none.clone(),
        decision: none,
        courts: Vec::new(),
        court_names: Vec::new(),
        statutes: Vec::new(),
        constitutions: Vec::new(),
        consideration: Vec::new(),
        docket_date: Vec::new(),
        case_databases: Vec::new(),
        neutral_courts: Vec::new(),
        decision_kinds: Vec::new(),
        decision_documents: Vec::new(),
        law_words: crate::syntax::law_report::LawWords::default(),
        statute_before_year: None,
        paper_numbers: Vec::new(),
        bills: Vec::new(),
        court_words: Vec::new(),
        yearly_statute_kinds: Vec::new(),
        statute_collections: Vec::new(),
        decision_words: Vec::new(),
        gazette_acts: Vec::new(),
        gazettes: Vec::new(),
        gazette_search: None,
        gazette_position: Vec::new(),
        statute_dates: Vec::new(),
        provision_joins: Vec::new(),
        docket_words: Vec::new(),
        codes: Vec::new(),
        capital_codes: Vec::new(),
        commentaries: Vec::new(),
        renamed_commentaries: Vec::new(),
        code_names: Vec::new(),
        statute_numbers: Vec::new(),
        numbered_statute_kinds: Vec::new(),
        numbered_statute: None,
        statute_by_number: None,
        statute_by_date: None,
        statute_number_after_date: None,
        official_series: Vec::new(),
        official_series_starts: Vec::new(),
        newspaper_words: Vec::new(),
        places: Vec::new(),
        unsigned_pieces: Vec::new(),
        title_articles: Vec::new(),
        family_first_words: Vec::new(),
        signal_words: Vec::new(),
        compared: Vec::new(),
        trailing_signal_words: Vec::new(),
        title_particles: Vec::new(),
        remarks: Vec::new(),
        quoting: Vec::new(),
        and_words: Vec::new(),
        list_words: Vec::new(),
        suspended_hyphen: Vec::new(),
        hyphen_prefixes: Vec::new(),
        et_al: Vec::new(),
        et_al_endings: Vec::new(),
        name_separators: name_separators(&[]),
        organisation_words: Vec::new(),
        organisation_endings: Vec::new(),
        journal_endings: Vec::new(),
        publisher_endings: Vec::new(),
        organisation_names: Vec::new(),
        archive_words: Vec::new(),
        archive_pattern: std::sync::OnceLock::new(),
        shelfmark_words: Vec::new(),
        held_by: Vec::new(),
        part_of_work: Vec::new(),
        hereafter: Vec::new(),
        ibid_one_work: Vec::new(),
        ibid_note: Vec::new(),
        ibid_decision: Vec::new(),
        ibid_one_work_signals: Vec::new(),
        cross_reference: Vec::new(),
        publisher_words: Default::default(),
        journal_words: Default::default(),
        collection_words: Default::default(),
        title_noun_endings: Vec::new(),
        journal_abbreviations: Default::default(),
        compound_family: Vec::new(),
        family_final: Vec::new(),
        japanese_imprints: Vec::new(),
        single_family: Vec::new(),
        japanese_single_family: Vec::new(),
        transliteration: Vec::new(),
        own_work: Vec::new(),
        festschrift: Vec::new(),
        particles: Vec::new(),
        case_endings: Vec::new(),
        leading_family_names: Default::default(),
        prose_endings: Vec::new(),
        same_author: Vec::new(),
        contributor_words: Vec::new(),
        roles: Vec::new(),
        role_ends: crate::text::ByteSet::default(),
        author_roles: Vec::new(),
        translator_after: Vec::new(),
        organisation_latin: Default::default(),
        organisation_cjk: Vec::new(),
        months: Vec::new(),
        year_suffix: Vec::new(),
        month_suffix: Vec::new(),
        day_suffix: Vec::new(),
        dates: crate::syntax::date::DateRules::empty(),
        no_year: Vec::new(),
        published_words: Vec::new(),
        updated_words: Vec::new(),
        label_word_before: None,
        interval_word_before: None,
        in_text_join: Vec::new(),
        in_text_et_al: Vec::new(),
        in_text_lead: Vec::new(),
        in_text_patterns: InTextPatterns::default(),
    }
}

/// `words` trimmed, without empty ones, each once, longest first.
fn longest_first_once(words: &[String]) -> Vec<String> {
    longest_first(
        words
            .iter()
            .map(|w| w.trim().to_string())
            .filter(|w| !w.is_empty())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_roman_volume_s_part_after_a_slash_is_one_number() {
        assert_eq!(super::roman_before_slash("Bd. IV/"), Some(4));
        assert_eq!(super::roman_before_slash("Bd. III/"), Some(4));
        assert_eq!(super::roman_before_slash("S. 12/"), None);
        assert_eq!(super::roman_before_slash("Bd. AIV/"), None);
        assert_eq!(super::roman_before_slash("Bd. IV"), None);
    }

    use super::*;

    #[test]
    fn case_endings_are_pairs_longest_ending_first_and_checked() {
        let file = |endings: &str| {
            format!("[language]\ncode = \"xx\"\nname = \"X\"\n[names]\ncase_endings = {endings}\n")
        };
        let g = Grammar::from_sources([(
            "xx.toml".to_string(),
            file(r#"["a>", "iego>i", "OJ>a", "a>"]"#),
        )])
        .unwrap();
        assert_eq!(
            g.case_endings,
            [
                ("iego".to_string(), "i".to_string()),
                ("oj".to_string(), "a".to_string()),
                ("a".to_string(), String::new()),
            ]
        );
        for bad in [r#"["ova"]"#, r#"[">a"]"#] {
            let err = Grammar::from_sources([("xx.toml".to_string(), file(bad))]).unwrap_err();
            assert!(err.message.contains("case_endings"), "{err}");
        }
        // The built-in Russian list turns `Петрова` back into `Петров`.
        let builtin = Grammar::builtin();
        assert!(builtin
            .case_endings
            .contains(&("а".to_string(), String::new())));
    }

    #[test]
    fn words_in_place_of_a_year_are_read_whole_and_in_any_case() {
        let g = Grammar::builtin();
        let word = |s: &str| {
            g.no_year_word(s)
                .map(|(w, len)| (w.text.as_str(), len, w.unpublished))
        };
        assert_eq!(word("n.d.)"), Some(("n.d.", 4, false)));
        assert_eq!(word("N. d."), Some(("n. d.", 5, false)));
        assert_eq!(word("In press)"), Some(("in press", 8, true)));
        assert_eq!(word("im Erscheinen):"), Some(("im Erscheinen", 13, true)));
        assert_eq!(
            word("В печати)"),
            Some(("в печати", "В печати".len(), true))
        );
        assert_eq!(word("인쇄 중)"), Some(("인쇄 중", "인쇄 중".len(), true)));
        // A word ending in a letter must end there.
        assert_eq!(word("in pressure"), None);
        assert_eq!(word("forthcomings"), None);
        assert_eq!(word("2019)"), None);
        assert_eq!(word(""), None);
    }

    #[test]
    fn no_year_words_of_all_files_are_merged_once_longest_first() {
        let en = "[language]\ncode = \"en\"\nname = \"E\"\n[dates]\nno_date = [\"n.d.\"]\nunpublished = [\"in press\"]\n";
        let xx =
            "[language]\ncode = \"xx\"\nname = \"X\"\n[dates]\nno_date = [\"N.D.\", \"s. d.\"]\n";
        let g = Grammar::from_sources([
            ("en".to_string(), en.to_string()),
            ("xx".to_string(), xx.to_string()),
        ])
        .unwrap();
        let words: Vec<(&str, bool)> = g
            .no_year
            .iter()
            .map(|w| (w.text.as_str(), w.unpublished))
            .collect();
        assert_eq!(
            words,
            [("in press", true), ("s. d.", false), ("n.d.", false)]
        );
    }

    #[test]
    fn han_numbers_are_read_as_written_out_or_digit_by_digit() {
        assert_eq!(han_number_value("三"), Some(3));
        assert_eq!(han_number_value("十二"), Some(12));
        assert_eq!(han_number_value("二十一"), Some(21));
        assert_eq!(han_number_value("七百九"), Some(709));
        assert_eq!(han_number_value("一百二十"), Some(120));
        assert_eq!(han_number_value("一百零五"), Some(105));
        assert_eq!(han_number_value("一〇五"), Some(105));
        assert_eq!(han_number_value("千"), Some(1000));
        assert_eq!(han_number_value("十百"), None);
        assert_eq!(han_number_value("三四十"), None);
        assert_eq!(han_number_value("上"), None);
        assert_eq!(han_number_value(""), None);
        assert_eq!(locator_value("七百九"), "709");
        assert_eq!(locator_value("45 - 47"), "45-47");
    }

    #[test]
    fn case_sensitive_patterns_match_only_as_written() {
        let g = Grammar::from_sources([(
            "t".to_string(),
            "[language]\ncode = \"t\"\nname = \"t\"\n[locators]\npage = [\"=s. {n}\"]\nvolume = [\"=C. {n}\", \"Cilt {n}\"]\n"
                .to_string(),
        )])
        .unwrap();
        assert!(g.page.find("s. 12").is_some());
        assert!(g.page.find("S. 12").is_none());
        assert!(g.volume.find("C. 28").is_some());
        assert!(g.volume.find("c. 28").is_none());
        // Unmarked patterns keep ignoring case.
        assert!(g.volume.find("CİLT 2").is_none());
        assert!(g.volume.find("cilt 2").is_some());
        assert!(g.volume.find("CILT 2").is_some());
    }

    #[test]
    fn german_page_and_turkish_issue_share_s_dot() {
        let g = Grammar::builtin();
        // German `S.` is a page in any case; `S.` is an issue only between
        // a volume and a page, and `=s.` is never an issue.
        assert!(g.page.find("S. 45").is_some());
        assert!(g.page.find("s. 45").is_some());
        assert!(g.issue.find("S. 3").is_none());
        assert!(g.issue_between.find("S. 3").is_some());
        assert!(g.issue_between.find("s. 3").is_none());
        assert!(g.issue.find("Sayı 3").is_some());
        assert!(g.volume.find("C. 12").is_some());
        assert!(g.volume.find("c. 1900").is_none());
    }

    #[test]
    fn initials_before_a_family_name_are_no_back_reference() {
        let g = Grammar::builtin();
        for s in [
            "A. V. Dicey, Introduction to the Study of the Law of the Constitution",
            "L. C. Green, International Law",
            "O. C. Holmes, The Common Law",
            "A. A. Milne, Winnie-the-Pooh",
            "A.W. Bradley, Constitutional Law",
        ] {
            assert!(g.back_reference(s).is_none(), "{s}");
        }
        // Written in lowercase, or before no name, they are back-references;
        // one after the initials is still found.
        for (s, kind) in [
            ("Andersen, a.v., s. 45", BackRefKind::OpCit),
            ("Smith, o.c., p. 12", BackRefKind::OpCit),
            ("A. V. Dicey, op. cit., p. 12", BackRefKind::OpCit),
        ] {
            assert_eq!(g.back_reference(s).map(|b| b.0), Some(kind), "{s}");
        }
    }

    #[test]
    fn turkish_back_references_and_headings() {
        let g = Grammar::builtin();
        for s in [
            "Ortaylı, a.g.e., s. 4",
            "Kara, a.g.m., s. 5",
            "Kara, agm, s. 5",
        ] {
            assert_eq!(
                g.back_reference(s).map(|b| b.0),
                Some(BackRefKind::OpCit),
                "{s}"
            );
        }
        assert_eq!(
            g.back_reference("A.y., s. 4").map(|b| b.0),
            Some(BackRefKind::Ibid)
        );
        assert!(g.back_reference("The Age, 3 May 2001").is_none());
        // `İ` lowers to `i`, `I` to `i`, `ı` stays: upper-case headings are found.
        assert_eq!(heading_core("KAYNAKÇA"), "kaynakça");
        assert_eq!(heading_core("BİBLİYOGRAFYA"), "bibliyografya");
        assert_eq!(heading_core("DİPNOTLAR"), "dipnotlar");
        assert_eq!(fold_case("İstanbul"), "istanbul");
        assert_eq!(fold_case("KAYNAKLAR"), "kaynaklar");
        for h in ["kaynakça", "bibliyografya", "kaynaklar"] {
            assert!(g.bibliography_headings.iter().any(|b| b == h), "{h}");
        }
    }

    #[test]
    fn every_builtin_grammar_file_parses() {
        for (name, text) in BUILTIN {
            let r = Grammar::from_sources([(name.to_string(), text.to_string())]);
            assert!(r.is_ok(), "{name}: {:?}", r.err());
        }
        assert!(BUILTIN.len() >= 7);
    }

    /// The built-in grammar's lexicons and word regexes are compiled at
    /// their first use, where an error would make them match nothing: all
    /// of them compile, merged as a paper gets them and file by file.
    #[test]
    fn every_builtin_regex_left_for_later_compiles() {
        let merged = Grammar::builtin();
        let mut grammars = vec![merged];
        grammars.extend(BUILTIN.iter().map(|(name, text)| {
            Grammar::from_sources_trusting([(name.to_string(), text.to_string())], 1)
                .unwrap_or_else(|e| panic!("{name}: {e}"))
        }));
        for g in &grammars {
            let lexicons = [
                &g.ibid,
                &g.op_cit,
                &g.loc_cit,
                &g.supra_note,
                &g.supra,
                &g.page,
                &g.margin,
                &g.provision,
                &g.volume,
                &g.issue,
                &g.issue_between,
                &g.accessed,
                &g.thesis,
                &g.signals,
                &g.cited_in,
                &g.cited_in_after,
                &g.cited_as,
                &g.decision,
            ];
            for lex in lexicons {
                assert!(lex.compiled.get().is_none(), "compiled before its use");
                assert_eq!(lex.compiled().is_none(), lex.is_empty(), "{lex:?}");
            }
            let words = [
                &g.numbered_statute,
                &g.statute_by_number,
                &g.statute_by_date,
                &g.statute_number_after_date,
                &g.label_word_before,
                &g.interval_word_before,
            ];
            for re in words.into_iter().flatten() {
                assert!(re.get().is_some(), "{re:?}");
            }
        }
    }

    /// A lexicon or word regex with words of a file other than the
    /// built-in ones is compiled when the grammar is loaded (so that one
    /// which does not compile is refused then); the others are not.
    #[test]
    fn regexes_with_other_files_words_are_compiled_at_load() {
        let extra = r#"
[language]
code = "xx"
name = "Extra"

[back_references]
ibid = ["ditto"]

[in_text]
label_words = ["Schema"]
"#;
        let g = Grammar::builtin_with(&[("xx.toml".to_string(), extra.to_string())])
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(g.ibid.compiled.get().is_some());
        assert!(g.op_cit.compiled.get().is_none());
        assert!(g.ends_with_label_word("see Schema"));
        let alone = Grammar::from_sources([("xx.toml".to_string(), extra.to_string())])
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(alone.ibid.compiled.get().is_some());
    }

    #[test]
    fn circled_note_numbers_are_read_where_a_pattern_asks_for_them() {
        let lex = Lexicon::new(&["前注{c}".to_string(), "前注{n}".to_string()], false).unwrap();
        let m = lex.find("参见前注⑤，第20页").unwrap();
        let (a, b) = m.number.unwrap();
        assert_eq!(&"参见前注⑤，第20页"[a..b], "⑤");
        let m = lex.find("前注12").unwrap();
        assert_eq!(m.number.map(|(a, b)| &"前注12"[a..b]), Some("12"));
        // `{r}`: a Roman numeral in capitals, whatever the case of the
        // words around it; its number is the numeral.
        let lex = Lexicon::new(&["{n}. k.".to_string(), "={r}. k.".to_string()], false).unwrap();
        let m = lex.find("Magyar történet. II. k. Budapest").unwrap();
        let t = "Magyar történet. II. k. Budapest";
        assert_eq!(m.number.map(|(a, b)| &t[a..b]), Some("II"));
        let t = "Magyar történet. 2. k. Budapest";
        let m = lex.find(t).unwrap();
        assert_eq!(m.number.map(|(a, b)| &t[a..b]), Some("2"));
        assert!(lex.find("Smith, I. K. Title").is_none());
        let t = "Hungary, 1929–1945. I–II. k. Edinburgh";
        let m = lex.find(t).unwrap();
        assert_eq!(m.number.map(|(a, b)| &t[a..b]), Some("I–II"));
        assert!(lex.find("ii. k.").is_none());
        assert!(lex.find("AII. k.").is_none());
        // `{c}` is no other number.
        assert!(Lexicon::new(&["前注{c}".to_string()], false)
            .unwrap()
            .find("前注5")
            .is_none());
    }

    #[test]
    fn lexicon_respects_word_boundaries_and_spacing() {
        let g = Grammar::builtin();
        assert!(g.ibid.find("Ibid., p. 5").is_some());
        assert!(g.ibid.find("valid. text").is_none());
        assert!(g.op_cit.find("Waltz(1979), op. cit., pp. 105").is_some());
        assert!(g.op_cit.find("Müller, a.a.O., S. 3").is_some());
        assert!(g.op_cit.find("Müller, a. a. O., S. 3").is_some());
        assert!(g.op_cit.find("홍길동, 앞의 글, 30쪽").is_some());
        let m = g.supra_note.find("Smith, supra note 4, at 7").unwrap();
        let (s, e) = m.number.unwrap();
        assert_eq!(&"Smith, supra note 4, at 7"[s..e], "4");
    }

    #[test]
    fn heading_core_strips_numbering() {
        assert_eq!(heading_core("## 7. References"), "references");
        assert_eq!(heading_core("Ⅴ. 참고문헌"), "참고문헌");
        assert_eq!(heading_core("[참고문헌]"), "참고문헌");
        assert_eq!(heading_core("(1) 단행본"), "단행본");
        assert_eq!(heading_core("가. 단행본"), "단행본");
        assert_eq!(heading_core("一、报刊"), "报刊");
        assert_eq!(heading_core("（二）著作"), "著作");
        // A word that opens with such a letter or numeral is no numbering.
        assert_eq!(heading_core("가나다"), "가나다");
        assert_eq!(heading_core("一般文献"), "一般文献");
        assert_eq!(heading_core("(Bibliography)"), "(bibliography)");
        assert_eq!(heading_core("**Bibliography:**"), "bibliography");
        // A numbering word of a script without capitals, before a colon or
        // a dash; Latin words before a colon stay.
        assert_eq!(heading_core("ثانياً: المراجع العربية"), "المراجع العربية");
        assert_eq!(heading_core("أولا - المصادر"), "المصادر");
        assert_eq!(heading_core("Sources: Archives"), "sources: archives");
    }

    #[test]
    fn a_list_of_numbers_stops_before_a_number_that_runs_into_a_word() {
        let g = Grammar::builtin();
        let text = "War and Memory, vol. 2, 2nd ed. (London: Verso, 1999)";
        let m = g.volume.find(text).unwrap();
        assert_eq!(&text[m.start..m.end], "vol. 2");
        let text = "pp. 12, 14, 3rd edition";
        let m = g.page.find(text).unwrap();
        assert_eq!(&text[m.start..m.end], "pp. 12, 14");
        let text = "pp. 12, 14 and more";
        let m = g.page.find(text).unwrap();
        assert_eq!(&text[m.start..m.end], "pp. 12, 14");
    }

    #[test]
    fn issue_numbers_stop_before_a_year() {
        let g = Grammar::builtin();
        let text = "vol. 41, no 2, 2011, p. 336-368";
        let m = g.issue.find(text).unwrap();
        let (a, b) = m.number.unwrap();
        assert_eq!(&text[a..b], "2");
        assert_eq!(trailing_year_cut("12, 14"), 6);
        assert_eq!(trailing_year_cut("2, 2011"), 1);
        assert_eq!(trailing_year_cut("2011"), 4);
    }

    #[test]
    fn a_year_before_a_page_written_before_its_word_is_no_page() {
        let g = Grammar::builtin();
        for (text, page) in [
            ("박영사, 2002, 45면.", "45"),
            ("『법사학연구』 제46호, 2012, 205-246면.", "205-246"),
            ("東京: 岩波書店, 1961, 312頁", "312"),
            ("서울: 한울, 1401, 1405쪽", "1401, 1405"),
        ] {
            let m = g.page.find(text).unwrap();
            let (a, b) = m.number.unwrap();
            assert_eq!(&text[a..b], page, "{text}");
            assert_eq!(m.start, a, "{text}");
        }
        // A page word first: its numbers are all pages.
        let text = "Bd. 3, S. 1998, 45";
        let m = g.page.find(text).unwrap();
        let (a, b) = m.number.unwrap();
        assert_eq!(&text[a..b], "1998, 45");
        assert_eq!(leading_year_len("2002, 45"), 6);
        assert_eq!(leading_year_len("1234, 1240"), 0);
        assert_eq!(leading_year_len("2002"), 0);
        // A journal's volume, its year, then the pages.
        assert_eq!(leading_year_len("17, 2008, 77~80"), 10);
        assert_eq!(leading_year_len("30·31, 1982, 200"), 14);
        assert_eq!(leading_year_len("12, 14, 19"), 0);
    }

    #[test]
    fn a_volume_before_a_list_of_pages_is_no_page() {
        assert_eq!(leading_volume_len("위의 책, 권", "3, 12"), 3);
        assert_eq!(leading_volume_len("『韓國文集叢刊』 ", "199, 350"), 5);
        // A list of pages after a comma or a space, and one number alone.
        assert_eq!(leading_volume_len("위의 책, ", "3, 12"), 0);
        assert_eq!(leading_volume_len("박영사 ", "33, 45"), 0);
        assert_eq!(leading_volume_len("『한국사』 ", "45"), 0);
        assert_eq!(leading_volume_len("권", "3-5, 12"), 0);
        let g = Grammar::builtin();
        let page = |s: &str| {
            let m = g.page.find(s).unwrap();
            let (a, b) = m.number.unwrap();
            s[a..b].to_string()
        };
        assert_eq!(page("위의 책, 권3, 12쪽."), "12");
        assert_eq!(page("『韓國文集叢刊』 199, 350면."), "350");
        assert_eq!(page("위의 책, 33, 45쪽."), "33, 45");
    }
}

#[cfg(test)]
mod number_tails {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    /// The built-in lexicons' patterns, each list merged from every file as
    /// [`Grammar::build`] merges them.
    fn builtin_lists() -> Vec<Vec<String>> {
        let mut lists: Vec<Vec<String>> = vec![Vec::new(); 11];
        for (name, text) in BUILTIN {
            let f: LanguageFile = toml::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            let (b, l) = (&f.back_references, &f.locators);
            let of_file = [
                &b.ibid,
                &b.op_cit,
                &b.loc_cit,
                &b.supra_note,
                &b.supra,
                &l.page,
                &l.volume,
                &l.issue,
                &l.margin,
                &l.accessed,
                &f.signals.words,
            ];
            for (list, words) in lists.iter_mut().zip(of_file) {
                list.extend(words.iter().cloned());
            }
        }
        lists
    }

    /// Each built-in lexicon: its patterns in the order tried, its regex
    /// with every alternative written out, repeats included (the oracle),
    /// and its regex as [`Lexicon::new`] compiles it.
    fn lexicons() -> &'static [(Vec<String>, Regex, Regex)] {
        static ALL: OnceLock<Vec<(Vec<String>, Regex, Regex)>> = OnceLock::new();
        ALL.get_or_init(|| {
            builtin_lists()
                .iter()
                .map(|list| {
                    let pats: Vec<String> = in_order_tried(list).into_iter().cloned().collect();
                    let alts: Vec<String> = pats.iter().map(|p| pattern_to_regex(p)).collect();
                    let written_out = Regex::new(&lexicon_source(&alts)).unwrap();
                    let tried: Vec<&String> = pats.iter().collect();
                    let factored =
                        Regex::new(&lexicon_source(&factor_number_tails(&alternatives(&tried))))
                            .unwrap();
                    (pats, written_out, factored)
                })
                .collect()
        })
    }

    /// A byte range.
    type Range = (usize, usize);

    /// The whole match and the first group that took part, from `at`.
    fn found(re: &Regex, text: &str, at: usize) -> Option<(Range, Option<Range>)> {
        let caps = re.captures_at(text, at)?;
        let whole = caps.get(0).map(|m| (m.start(), m.end()))?;
        let group = (1..caps.len())
            .find_map(|i| caps.get(i))
            .map(|g| (g.start(), g.end()));
        Some((whole, group))
    }

    /// What a number in a citation looks like, and what it may run into.
    fn number() -> impl Strategy<Value = String> {
        prop_oneof![
            "[0-9]{1,3}",
            "[0-9]{1,2}[a-c]",
            "[0-9]{1,2} ?[-–~] ?[0-9]{1,3}",
            "[0-9]{1,2}(, [0-9]{1,2}){0,2}( and [0-9]{1,2})?",
            "[0-9]{1,2} ?& ?[0-9]{1,2}[a-z]?",
            "[0-9]{1,2}-",
        ]
    }

    /// Pieces of text: a pattern of the lexicon with numbers for its `{n}`,
    /// upper-cased or not, and what may stand between patterns.
    fn pieces() -> impl Strategy<Value = Vec<(usize, String, bool, usize)>> {
        proptest::collection::vec((0usize..100, number(), any::<bool>(), 0usize..12), 1..8)
    }

    const BETWEEN: [&str; 12] = [
        "", " ", ", ", ". ", " and ", "-", "\n", "5", " above", " supra", "쪽", "a",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Grouping the alternatives that end in the same number pattern
        /// finds what writing each out finds, from every position: the
        /// same match and the same number.
        #[test]
        fn factored_lexicons_find_what_written_out_ones_find(
            which in 0usize..10,
            parts in pieces(),
        ) {
            let (pats, written_out, factored) = &lexicons()[which];
            prop_assume!(!pats.is_empty());
            let mut text = String::new();
            for (p, n, upper, between) in &parts {
                let pattern = pats[p % pats.len()].replace("{n}", n);
                text.push_str(&if *upper { pattern.to_uppercase() } else { pattern });
                text.push_str(BETWEEN[*between]);
            }
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                prop_assert_eq!(
                    found(written_out, &text, at),
                    found(factored, &text, at),
                    "lexicon {} at {} of {:?}", which, at, text
                );
            }
        }
    }

    #[test]
    fn neighbours_ending_alike_are_grouped_and_others_left_in_place() {
        let n = NUMBER;
        let alts = [
            format!("pp{n}"),
            format!("p{n}"),
            "ibid".to_string(),
            format!("s{n}"),
            format!("x{n}y"),
            format!("z{n}y"),
        ];
        assert_eq!(
            factor_number_tails(&alts),
            vec![
                format!("(?:pp|p){n}"),
                "ibid".to_string(),
                format!("s{n}"),
                format!("(?:x|z){n}y"),
            ]
        );
    }

    #[test]
    fn repeated_patterns_are_tried_once_where_they_first_stand() {
        let pats = ["ibid.", "id.", "ibid. ", "op. cit.", "id."].map(String::from);
        let tried: Vec<&String> = pats.iter().collect();
        assert_eq!(
            alternatives(&tried),
            ["ibid.", "id.", "op. cit."].map(pattern_to_regex)
        );
    }

    #[test]
    fn the_builtin_lexicons_get_shorter() {
        let lists = builtin_lists();
        let alts: Vec<String> = in_order_tried(&lists[3])
            .into_iter()
            .map(|p| pattern_to_regex(p))
            .collect();
        let factored = factor_number_tails(&alts);
        assert!(
            factored.len() < alts.len() / 2,
            "{} of {}",
            factored.len(),
            alts.len()
        );
    }

    fn builtin() -> &'static Grammar {
        static G: OnceLock<Grammar> = OnceLock::new();
        G.get_or_init(Grammar::builtin)
    }

    /// The signal words of the built-in grammars, white space, other words
    /// and punctuation, in any order.
    fn signal_texts() -> impl Strategy<Value = String> {
        let signals: Vec<String> = builtin().signal_words.clone();
        let piece = prop_oneof![
            3 => prop::sample::select(signals),
            2 => prop::sample::select(vec![" ", "  ", "\n", "\u{3000}", "\t "])
                .prop_map(String::from),
            2 => prop::sample::select(vec!["Smith", "see", ",", ".", ":", "12", "참조", "vgl"])
                .prop_map(String::from),
        ];
        prop::collection::vec(piece, 1..6).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// An anchored lexicon, searched only where its match may start,
        /// finds what a search of the whole text finds and keeps only where
        /// nothing but white space stands before it.
        #[test]
        fn anchored_lexicons_find_what_a_whole_search_finds(text in signal_texts()) {
            static WHOLE: OnceLock<Lexicon> = OnceLock::new();
            let g = builtin();
            let whole = WHOLE.get_or_init(|| Lexicon {
                anchored: true,
                ..Lexicon::new(&g.signal_words, false).unwrap()
            });
            prop_assert!(g.signals.anchored);
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                prop_assert_eq!(
                    g.signals.find_at(&text, from),
                    whole.find_at(&text, from),
                    "from {} of {:?}", from, text
                );
            }
        }
    }

    /// Texts that open with one of `words`, its letters in random case,
    /// then white space, a letter or punctuation and more text; or a
    /// word cut short.
    fn opening_with(words: Vec<String>) -> impl Strategy<Value = String> {
        (
            prop::sample::select(words),
            prop::collection::vec(any::<bool>(), 12),
            prop::sample::select(vec![" Ann Poe", "\tX", "", "s Poe", ". Poe", ",", "x"]),
            any::<bool>(),
        )
            .prop_map(|(w, upper, tail, cut)| {
                let mut t: String = w
                    .chars()
                    .zip(upper.iter().cycle())
                    .map(|(c, &u)| {
                        if u {
                            c.to_uppercase().to_string()
                        } else {
                            c.to_string()
                        }
                    })
                    .collect();
                if cut {
                    let keep = t.chars().count() / 2;
                    t = t.chars().take(keep).collect();
                }
                t + tail
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Looking only among the contributor words that open with the
        /// text's first letter finds what trying every word, longest
        /// first, finds.
        #[test]
        fn contributor_words_are_found_by_their_first_letter(
            text in opening_with(builtin().contributor_words.iter().map(|(w, _)| w.clone()).collect())
        ) {
            let g = builtin();
            let mut all = g.contributor_words.clone();
            all.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
            let every = all.iter().find_map(|(w, role)| {
                let head = text.get(..w.len())?;
                let next = text[w.len()..].chars().next()?;
                let whole = w.ends_with('.') || !next.is_alphanumeric();
                (next.is_whitespace()
                    && whole
                    && head.chars().flat_map(char::to_lowercase).eq(w.chars()))
                .then(|| (*role, w.len() + next.len_utf8()))
            });
            prop_assert_eq!(g.contributor_prefix(&text), every, "{:?}", text);
        }

        /// The same for the words of "the same author" (`ders.`, `id.`).
        #[test]
        fn same_author_words_are_found_by_their_first_letter(
            text in opening_with(builtin().same_author.clone())
        ) {
            let g = builtin();
            let mut all = g.same_author.clone();
            all.sort_by_key(|w| std::cmp::Reverse(w.len()));
            let head = &text[..crate::source::floor_char_boundary(&text, 48)];
            let lower = head.to_lowercase();
            let every = (lower.len() == head.len())
                .then(|| {
                    all.iter().find(|w| {
                        lower.starts_with(w.as_str())
                            && text
                                .get(w.len()..)
                                .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
                    })
                })
                .flatten();
            let found = g.same_author_prefix(&text);
            prop_assert_eq!(found.is_some(), every.is_some(), "{:?}", text);
            if let (Some(n), Some(w)) = (found, every) {
                prop_assert!(n >= w.len(), "{:?}", text);
                prop_assert!(text[w.len()..n].chars().all(|c| matches!(c, '.' | ',' | ':' | ' ' | '\t')));
            }
        }

        /// A heading is found in a sorted list by binary search as it is
        /// by comparing it with every entry.
        #[test]
        fn headings_are_found_in_sorted_lists(
            pick in 0usize..10_000,
            numbering in prop::sample::select(vec!["", "1. ", "IV. ", "## ", "가. ", "（二）"]),
            colon in any::<bool>(),
        ) {
            let g = builtin();
            let list = &g.bibliography_headings;
            let h = &list[pick % list.len()];
            let line = format!("{numbering}{}{}", h.to_uppercase(), if colon { ":" } else { "" });
            let core = heading_core(&line);
            let every = core.chars().count() <= 60 && list.contains(&core);
            prop_assert_eq!(Grammar::is_heading(list, &line), every, "{:?}", line);
            prop_assert!(list.is_sorted());
        }

        /// A line is a heading of the lists, compared as its core is
        /// lowercased character by character, where it is one with its
        /// core built whole: headings of every list with numbering, markup,
        /// letters whose case takes several characters (`İ`, `ẞ`, `ß`,
        /// Greek sigmas) and too long.
        #[test]
        fn headings_compared_as_lowercased_are_found_as_built(
            pick in 0usize..10_000,
            which in 0usize..4,
            upper in any::<bool>(),
            numbering in prop::sample::select(vec!["", "1. ", "IV. ", "## ", "가. ", "（二）", "**", "[", "Ⅲ. "]),
            extra in prop::sample::select(vec!["", "İ", "Σ", "ΟΣ", "σς", "ẞ", "ß", "K", "ﬁ", ":", " x", "a"]),
            at_end in any::<bool>(),
            repeat in 1usize..30,
        ) {
            let g = builtin();
            let lists: [&[String]; 4] = [
                &g.bibliography_headings,
                &g.notes_headings,
                &g.end_headings,
                &g.periodical_headings,
            ];
            let list = lists[which];
            let h = list.get(pick % list.len().max(1)).cloned().unwrap_or_default();
            let h = if upper { h.to_uppercase() } else { h };
            let h = if at_end { format!("{h}{extra}") } else { format!("{extra}{h}") };
            let h = if repeat > 25 { h.repeat(repeat) } else { h };
            let line = format!("{numbering}{h}");
            let reference = |lists: &[&[String]], line: &str| {
                let core = heading_core(line);
                let long = line.len() > 240 || line.trim().chars().nth(90).is_some();
                !long
                    && !core.is_empty()
                    && core.chars().count() <= 60
                    && lists.iter().any(|l| l.binary_search(&core).is_ok())
            };
            prop_assert_eq!(
                Grammar::is_any_heading(&lists, &line),
                reference(&lists, &line),
                "{:?}", line
            );
            prop_assert_eq!(
                Grammar::is_any_heading(&[list], &line),
                reference(&[list], &line),
                "{:?}", line
            );
        }

        /// A "same author" word is found, or not, as when the head of the
        /// text is lowercased first, in texts that open with any letter.
        #[test]
        fn same_author_words_are_found_in_any_text(
            text in "[a-zA-ZİΣσßẞ—–. ,:дДиИ同他-]{0,12}",
            word in prop::sample::select(builtin().same_author.clone()),
            before in any::<bool>(),
        ) {
            let g = builtin();
            let text = if before { format!("{word}{text}") } else { text };
            let t = text.trim_start();
            let head = &t[..crate::source::floor_char_boundary(t, 48)];
            let lower = head.to_lowercase();
            let reference = (lower.len() == head.len())
                .then(|| lower.chars().next())
                .flatten()
                .and_then(|first| {
                    starting_with(&g.same_author, first).iter().find(|w| {
                        lower.starts_with(w.as_str())
                            && t.get(w.len()..)
                                .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
                    })
                });
            let found = g.same_author_prefix(&text);
            if crate::segment::ditto_prefix(&text).is_none() {
                prop_assert_eq!(found.is_some(), reference.is_some(), "{:?}", text);
            }
        }
    }
}
