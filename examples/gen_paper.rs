//! Writes generated papers of any size, for benchmarks and corpus tests.
//!
//! ```text
//! cargo run --release --example gen_paper -- --size 10MB --seed 1 --lang mixed > big.txt
//! cargo run --release --example gen_paper -- --corner ibid --count 100000 > ibid.txt
//! cargo run --release --example gen_paper -- --papers 1000 --size 20KB --dir corpus/
//! ```
//!
//! A paper reads like a PDF or HWP converted to text: a title block, body
//! paragraphs with superscript note markers (`¹²⁾` and `¹²`), and after each
//! page the notes of that page (`12) …`), the last one sometimes split
//! across the page break, its tail printed just before the next block of
//! notes. Notes cite in full (English Chicago, Korean with `『』` and
//! `·`-joined names, German `„…“` with `S.`, French `« … »`, Russian) and
//! by short form (`Author(Year), op. cit.`, `Ibid., p. 5`, `앞의 글`,
//! `ebd.`, `a. a. O.`, `указ. соч.`, `supra note N`). The paper ends with a
//! bibliography (`References`, `참고문헌` …) with bullets, ditto marks and
//! lines broken in the middle of an entry.
//!
//! Works come from a shared pool (so that papers of one corpus cite some of
//! the same sources) and from a pool of the paper's own. The same arguments
//! always give the same bytes.
//!
//! Sizes take `KB`, `MB`, `GB` (powers of 1000) or `KiB`, `MiB`, `GiB`.
//!
//! Corners (`--corner NAME --count N`), inputs that punish anything
//! quadratic:
//!
//! | corner      | what                                                             |
//! |-------------|------------------------------------------------------------------|
//! | `ibid`      | one full citation, then N−1 consecutive `Ibid.` notes            |
//! | `surname`   | N works by authors who all share one surname, cited, short-cited, listed with ditto marks |
//! | `sameyear`  | N works by one author of one year, each cited in full, then by author and year |
//! | `dangling`  | N works by N authors, then N short forms by N other authors no note cites, each two edits from one of the first |
//! | `line`      | one line of N bytes: markers, notes, quotes, brackets, no newline |
//! | `footnotes` | a paper with N footnotes                                          |
//! | `nested`    | brackets and quotes nested N deep, closed and unclosed, in a note, the body and an entry |
//! | `html`      | an HTML paper of N unclosed `<sup>` markers and note links, and N `<style>` elements |
//! | `list`      | a numbered reference list of N entries (`[1]` … in the text), past 9,999 labels |
//! | `entry`     | one list entry broken over N lines that open in lowercase and leave a quote open |

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

/// splitmix64 then xorshift64*: small, fast, deterministic.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `1 / n`.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

/// Languages of works and of body text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lang {
    En,
    Ko,
    De,
    Fr,
    Ru,
}

const LANGS: [Lang; 5] = [Lang::En, Lang::Ko, Lang::De, Lang::Fr, Lang::Ru];

/// Which languages a paper draws from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LangChoice {
    One(Lang),
    Mixed,
}

impl LangChoice {
    fn parse(s: &str) -> Result<LangChoice, String> {
        Ok(match s {
            "en" => LangChoice::One(Lang::En),
            "ko" => LangChoice::One(Lang::Ko),
            "de" => LangChoice::One(Lang::De),
            "fr" => LangChoice::One(Lang::Fr),
            "ru" => LangChoice::One(Lang::Ru),
            "mixed" => LangChoice::Mixed,
            other => {
                return Err(format!(
                    "unknown language `{other}`: en, ko, de, fr, ru, mixed"
                ))
            }
        })
    }

    /// The language of a work or paragraph: fixed, or mostly the paper's
    /// main language with the others mixed in.
    fn pick(self, rng: &mut Rng, main: Lang) -> Lang {
        match self {
            LangChoice::One(l) => l,
            LangChoice::Mixed if rng.one_in(3) => LANGS[rng.below(LANGS.len())],
            LangChoice::Mixed => main,
        }
    }
}

mod words {
    pub const EN: [&str; 32] = [
        "alliance",
        "security",
        "deterrence",
        "archive",
        "state",
        "cooperation",
        "sanctions",
        "treaty",
        "war",
        "order",
        "balance",
        "power",
        "dilemma",
        "network",
        "strategy",
        "region",
        "institution",
        "evidence",
        "policy",
        "history",
        "the",
        "of",
        "and",
        "in",
        "a",
        "that",
        "regime",
        "arms",
        "nuclear",
        "diplomacy",
        "crisis",
        "border",
    ];
    pub const KO: [&str; 24] = [
        "협력",
        "안보",
        "전쟁",
        "동맹",
        "질서",
        "국제",
        "체제",
        "전략",
        "분석",
        "구조",
        "변화",
        "북한",
        "러시아",
        "군사",
        "외교",
        "제재",
        "이론",
        "현실주의",
        "지역",
        "정책",
        "연구",
        "의",
        "과",
        "에서",
    ];
    pub const DE: [&str; 24] = [
        "Staat",
        "Sicherheit",
        "Bündnis",
        "Ordnung",
        "Krieg",
        "Politik",
        "Geschichte",
        "Macht",
        "Strategie",
        "Region",
        "Abschreckung",
        "Vertrag",
        "und",
        "der",
        "die",
        "das",
        "im",
        "Zusammenarbeit",
        "Sanktionen",
        "Archiv",
        "Wandel",
        "Grenze",
        "Diplomatie",
        "Krise",
    ];
    pub const FR: [&str; 24] = [
        "ordre",
        "sécurité",
        "alliance",
        "guerre",
        "politique",
        "histoire",
        "puissance",
        "stratégie",
        "région",
        "dissuasion",
        "traité",
        "et",
        "de",
        "la",
        "le",
        "des",
        "coopération",
        "sanctions",
        "archives",
        "crise",
        "frontière",
        "diplomatie",
        "État",
        "équilibre",
    ];
    pub const RU: [&str; 24] = [
        "безопасность",
        "союз",
        "порядок",
        "война",
        "политика",
        "история",
        "сила",
        "стратегия",
        "регион",
        "сдерживание",
        "договор",
        "и",
        "в",
        "о",
        "сотрудничество",
        "санкции",
        "архив",
        "кризис",
        "граница",
        "дипломатия",
        "государство",
        "баланс",
        "мир",
        "власть",
    ];
    pub const EN_FAMILY: [&str; 24] = [
        "Smith",
        "Doe",
        "Jervis",
        "Glaser",
        "Waltz",
        "Mearsheimer",
        "Brown",
        "Martin",
        "Garcia",
        "Klingner",
        "Cha",
        "Peters",
        "Blank",
        "Walt",
        "Snyder",
        "Keohane",
        "Nye",
        "Schelling",
        "Fearon",
        "Powell",
        "Posen",
        "Lake",
        "Kydd",
        "Jackson",
    ];
    pub const EN_GIVEN: [&str; 16] = [
        "John", "Jane", "Robert", "Charles", "Kenneth", "Stephen", "Victor", "Mary", "Susan",
        "James", "Joseph", "Anna", "Thomas", "Emily", "David", "Laura",
    ];
    pub const KO_NAME: [&str; 20] = [
        "김철수",
        "이영희",
        "박민수",
        "최지은",
        "정하늘",
        "한서준",
        "이상준",
        "서동주",
        "황일도",
        "김태현",
        "홍민",
        "양육",
        "황성우",
        "윤정원",
        "조은비",
        "강동원",
        "임수빈",
        "신현우",
        "오세영",
        "배지훈",
    ];
    pub const DE_FAMILY: [&str; 16] = [
        "Müller",
        "Schmidt",
        "Weber",
        "Schneider",
        "Fischer",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Zimmermann",
    ];
    pub const DE_GIVEN: [&str; 10] = [
        "Hans", "Anna", "Jürgen", "Ulrike", "Klaus", "Petra", "Stefan", "Sabine", "Uwe", "Karin",
    ];
    pub const FR_FAMILY: [&str; 14] = [
        "Dupont",
        "Durand",
        "Martin",
        "Bernard",
        "Lefèvre",
        "Moreau",
        "Laurent",
        "Girard",
        "Rousseau",
        "Fontaine",
        "Chevalier",
        "Mercier",
        "Blanc",
        "Garnier",
    ];
    pub const FR_GIVEN: [&str; 10] = [
        "Pierre", "Marie", "Jean", "Claire", "Luc", "Sophie", "Michel", "Anne", "Henri", "Élise",
    ];
    pub const RU_FAMILY: [&str; 12] = [
        "Иванов",
        "Петров",
        "Смирнов",
        "Кузнецов",
        "Попов",
        "Соколов",
        "Лебедев",
        "Козлов",
        "Новиков",
        "Морозов",
        "Волков",
        "Фёдоров",
    ];
    pub const RU_GIVEN: [&str; 8] = [
        "Иван",
        "Пётр",
        "Сергей",
        "Алексей",
        "Мария",
        "Анна",
        "Ольга",
        "Николай",
    ];
    pub const EN_JOURNAL: [&str; 8] = [
        "International Security",
        "World Politics",
        "Journal of Strategic Studies",
        "Survival",
        "International Organization",
        "Security Studies",
        "Foreign Affairs",
        "Asian Survey",
    ];
    pub const KO_JOURNAL: [&str; 6] = [
        "국제정치논총",
        "러시아연구",
        "통일정책연구",
        "한국국가전략",
        "슬라브학보",
        "국방정책연구",
    ];
    pub const DE_JOURNAL: [&str; 5] = [
        "Zeitschrift für Internationale Beziehungen",
        "Politische Vierteljahresschrift",
        "Osteuropa",
        "Vierteljahrshefte für Zeitgeschichte",
        "Leviathan",
    ];
    pub const FR_JOURNAL: [&str; 5] = [
        "Revue française de science politique",
        "Politique étrangère",
        "Critique internationale",
        "Cultures & Conflits",
        "Hérodote",
    ];
    pub const RU_JOURNAL: [&str; 4] = [
        "Вопросы истории",
        "Полис",
        "Международные процессы",
        "Мировая экономика",
    ];
    pub const EN_PUBLISHER: [&str; 6] = [
        "New York: W. W. Norton",
        "Princeton: Princeton University Press",
        "Reading, MA: Addison-Wesley",
        "Ithaca: Cornell University Press",
        "Cambridge: Cambridge University Press",
        "Washington, DC: Brookings Institution",
    ];
    pub const KO_PUBLISHER: [&str; 5] = [
        "서울: 한울",
        "통일연구원",
        "서울: 명인문화사",
        "파주: 나남",
        "아산정책연구원",
    ];
    pub const DE_PUBLISHER: [&str; 4] = [
        "Frankfurt am Main: Suhrkamp",
        "München: C. H. Beck",
        "Berlin: Ch. Links",
        "Stuttgart: Kohlhammer",
    ];
    pub const FR_PUBLISHER: [&str; 4] = [
        "Paris, Gallimard",
        "Paris, PUF",
        "Paris, Armand Colin",
        "Paris, Presses de Sciences Po",
    ];
    pub const RU_PUBLISHER: [&str; 3] = ["М.: Наука", "СПб.: Питер", "М.: Аспект Пресс"];
}

/// One work: who, what, where, in each language's way of writing it.
#[derive(Clone)]
struct Work {
    lang: Lang,
    /// Family names (or whole Korean names), in order.
    families: Vec<String>,
    /// Given names, parallel to `families` (empty for Korean).
    given: Vec<String>,
    title: String,
    year: usize,
    /// A book (true) or a journal article.
    book: bool,
    container: String,
    volume: usize,
    issue: usize,
    first_page: usize,
}

/// A family name (a whole name in Korean): a common one, or one made of
/// syllables, so that a long paper has about as many authors as works.
fn family_name(rng: &mut Rng, lang: Lang) -> String {
    let common = rng.one_in(4);
    let (list, heads, mids, tails): (&[&str], &[&str], &[&str], &[&str]) = match lang {
        Lang::En => (
            &words::EN_FAMILY,
            &[
                "Ander", "Bald", "Carl", "Dun", "Eck", "Fair", "Gold", "Hart", "Ing", "Jen",
                "Kend", "Lind", "Mor", "Nor", "Ost", "Pen", "Ross", "Stan", "Thorn", "Wel",
            ],
            &["", "er", "ing", "en", "a", "ow"],
            &[
                "son", "man", "ley", "ford", "ton", "berg", "well", "wood", "ham", "ridge",
                "field", "sen",
            ],
        ),
        Lang::Ko => (
            &words::KO_NAME,
            &[
                "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신",
                "권", "황", "안", "송", "류", "홍",
            ],
            &["민", "서", "지", "현", "영", "수", "준", "하", "은", "도"],
            &["철", "희", "우", "진", "호", "아", "원", "빈", "훈", "주"],
        ),
        Lang::De => (
            &words::DE_FAMILY,
            &[
                "Bau", "Beck", "Berg", "Brand", "Eich", "Falk", "Fried", "Groß", "Hahn", "Holz",
                "Kirch", "Lang", "Lind", "Ober", "Rein", "Stein", "Wald", "Zeh",
            ],
            &["", "en", "el", "er"],
            &[
                "mann", "ner", "hardt", "hofer", "huber", "inger", "stadt", "meier", "müller",
                "schmidt",
            ],
        ),
        Lang::Fr => (
            &words::FR_FAMILY,
            &[
                "Beau", "Bel", "Bon", "Cha", "Du", "Fon", "Gar", "La", "Le", "Mar", "Mon", "Ro",
                "Val", "Ver",
            ],
            &["", "ri", "ba", "lo"],
            &[
                "chard", "mont", "pont", "rand", "nier", "rier", "vin", "tier", "bert", "court",
                "lin", "det",
            ],
        ),
        Lang::Ru => (
            &words::RU_FAMILY,
            &[
                "Ива",
                "Пет",
                "Смир",
                "Кузне",
                "Попо",
                "Соко",
                "Лебе",
                "Козло",
                "Нови",
                "Моро",
                "Вол",
                "Федо",
                "Орло",
                "Бело",
                "Зай",
                "Макар",
            ],
            &["", "ли", "ра", "ко"],
            &["нов", "ров", "цов", "вский", "дев", "кин", "шин", "лов"],
        ),
    };
    if common {
        return rng.pick(list).to_string();
    }
    format!("{}{}{}", rng.pick(heads), rng.pick(mids), rng.pick(tails))
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn title_words(rng: &mut Rng, lang: Lang) -> String {
    let pool: &[&str] = match lang {
        Lang::En => &words::EN,
        Lang::Ko => &words::KO,
        Lang::De => &words::DE,
        Lang::Fr => &words::FR,
        Lang::Ru => &words::RU,
    };
    let n = rng.range(3, 8);
    let mut t = String::new();
    for i in 0..n {
        if i > 0 {
            t.push(' ');
        }
        let w = rng.pick(pool);
        if i == 0 || (lang == Lang::En && w.len() > 3) {
            t.push_str(&capitalise(w));
        } else {
            t.push_str(w);
        }
        if i == 1 && rng.one_in(4) && lang != Lang::Ko {
            t.push(':');
        }
    }
    t
}

impl Work {
    /// The work with this id: the same id is the same work in every paper.
    fn new(id: u64, lang: Lang) -> Work {
        let mut rng = Rng::new(id ^ 0x005E_ED0F_0B5E);
        let authors = match rng.below(10) {
            0..=5 => 1,
            6..=8 => 2,
            _ => 3,
        };
        let (mut families, mut given) = (Vec::new(), Vec::new());
        for _ in 0..authors {
            let g = match lang {
                Lang::En => rng.pick(&words::EN_GIVEN),
                Lang::Ko => "",
                Lang::De => rng.pick(&words::DE_GIVEN),
                Lang::Fr => rng.pick(&words::FR_GIVEN),
                Lang::Ru => rng.pick(&words::RU_GIVEN),
            };
            families.push(family_name(&mut rng, lang));
            given.push(g.to_string());
        }
        let book = rng.one_in(3);
        let container = match (lang, book) {
            (Lang::En, false) => rng.pick(&words::EN_JOURNAL),
            (Lang::En, true) => rng.pick(&words::EN_PUBLISHER),
            (Lang::Ko, false) => rng.pick(&words::KO_JOURNAL),
            (Lang::Ko, true) => rng.pick(&words::KO_PUBLISHER),
            (Lang::De, false) => rng.pick(&words::DE_JOURNAL),
            (Lang::De, true) => rng.pick(&words::DE_PUBLISHER),
            (Lang::Fr, false) => rng.pick(&words::FR_JOURNAL),
            (Lang::Fr, true) => rng.pick(&words::FR_PUBLISHER),
            (Lang::Ru, false) => rng.pick(&words::RU_JOURNAL),
            (Lang::Ru, true) => rng.pick(&words::RU_PUBLISHER),
        }
        .to_string();
        Work {
            lang,
            families,
            given,
            title: title_words(&mut rng, lang),
            year: rng.range(1950, 2025),
            book,
            container,
            volume: rng.range(1, 80),
            issue: rng.range(1, 6),
            first_page: rng.range(1, 400),
        }
    }

    fn last_page(&self) -> usize {
        self.first_page + 15 + (self.volume * 7) % 30
    }

    /// Names as a note writes them: given name first.
    fn note_names(&self) -> String {
        let names: Vec<String> = self
            .families
            .iter()
            .zip(&self.given)
            .map(|(f, g)| {
                if g.is_empty() {
                    f.clone()
                } else {
                    format!("{g} {f}")
                }
            })
            .collect();
        match self.lang {
            Lang::Ko => names.join("·"),
            Lang::De => names.join("/"),
            Lang::Fr => join_and(&names, " et "),
            Lang::Ru => names.join(", "),
            Lang::En => join_and(&names, " and "),
        }
    }

    /// Names as a bibliography writes them: the first inverted.
    fn bib_names(&self) -> String {
        let mut names = Vec::new();
        for (i, (f, g)) in self.families.iter().zip(&self.given).enumerate() {
            names.push(match (i, g.is_empty()) {
                (_, true) => f.clone(),
                (0, false) => format!("{f}, {g}"),
                (_, false) => format!("{g} {f}"),
            });
        }
        match self.lang {
            Lang::Ko => names.join(" · "),
            Lang::De => names.join("/"),
            Lang::Fr => join_and(&names, " et "),
            Lang::Ru => names.join(", "),
            Lang::En => join_and(&names, ", and "),
        }
    }

    /// Family names as a short form writes them.
    fn short_names(&self) -> String {
        match self.lang {
            Lang::Ko => self.families.join("·"),
            _ if self.families.len() > 2 => format!("{} et al.", self.families[0]),
            Lang::En => self.families.join(" and "),
            Lang::Fr => self.families.join(" et "),
            _ => self.families.join("/"),
        }
    }

    /// The first citation, in full, with a pinpoint.
    fn note(&self, page: usize) -> String {
        let (n, t, c, y) = (self.note_names(), &self.title, &self.container, self.year);
        let (v, i, a, b) = (self.volume, self.issue, self.first_page, self.last_page());
        match (self.lang, self.book) {
            (Lang::En, false) => {
                format!("{n}, “{t},” *{c}*, Vol. {v}, No. {i} ({y}), pp. {a}-{b}.")
            }
            (Lang::En, true) => format!("{n}, *{t}* ({c}, {y}), {page}."),
            (Lang::Ko, false) => {
                format!("{n}, “{t},” 『{c}』, 제{v}권, 제{i}호 ({y}), pp. {a}-{b}.")
            }
            (Lang::Ko, true) => format!("{n}, 『{t}』 ({c}, {y}), {page}쪽."),
            (Lang::De, false) => format!("{n}, „{t}“, in: {c} {v} ({y}), H. {i}, S. {a}–{b}."),
            (Lang::De, true) => format!("{n}, *{t}*, {c} {y}, S. {page}."),
            (Lang::Fr, false) => {
                format!("{n}, « {t} », *{c}*, vol. {v}, no {i} ({y}), p. {a}-{b}.")
            }
            (Lang::Fr, true) => format!("{n}, *{t}*, {c}, {y}, p. {page}."),
            (Lang::Ru, false) => format!("{n}, «{t}», *{c}*, № {i} ({y}), с. {a}–{b}."),
            (Lang::Ru, true) => format!("{n}, *{t}* ({c}, {y}), с. {page}."),
        }
    }

    /// The bibliography entry.
    fn bib(&self) -> String {
        let (n, t, c, y) = (self.bib_names(), &self.title, &self.container, self.year);
        let (v, i, a, b) = (self.volume, self.issue, self.first_page, self.last_page());
        match (self.lang, self.book) {
            (Lang::En, false) => format!("{n}. “{t}.” *{c}* {v}, no. {i} ({y}): {a}–{b}."),
            (Lang::En, true) => format!("{n}. *{t}*. {c}, {y}."),
            (Lang::Ko, false) => format!("{n}. “{t}.” 『{c}』, 제{v}권, 제{i}호. {y}."),
            (Lang::Ko, true) => format!("{n}. 『{t}』. {c}, {y}."),
            (Lang::De, false) => format!("{n}: „{t}“, in: {c} {v} ({y}), H. {i}, S. {a}–{b}."),
            (Lang::De, true) => format!("{n}: *{t}*, {c} {y}."),
            (Lang::Fr, false) => format!("{n}, « {t} », *{c}*, vol. {v}, no {i}, {y}, p. {a}-{b}."),
            (Lang::Fr, true) => format!("{n}, *{t}*, {c}, {y}."),
            (Lang::Ru, false) => format!("{n}. «{t}» // {c}. {y}. № {i}. С. {a}–{b}."),
            (Lang::Ru, true) => format!("{n}. *{t}*. {c}, {y}."),
        }
    }

    /// A later, short citation.
    fn short(&self, rng: &mut Rng, first_note: usize) -> String {
        let (n, y, p) = (self.short_names(), self.year, rng.range(1, 400));
        match self.lang {
            Lang::En => match rng.below(3) {
                0 => format!("{n}({y}), op. cit., p. {p}."),
                1 => format!("{n}, supra note {first_note}, at {p}."),
                _ => format!("{n}, {}, {p}.", short_title(&self.title)),
            },
            Lang::Ko => match (rng.below(2), self.book) {
                (0, true) => format!("{n}, 앞의 책, {p}쪽."),
                (0, false) => format!("{n}, 앞의 글, {p}쪽."),
                _ => format!("{n}({y}), op. cit., pp. {p}-{}.", p + 4),
            },
            Lang::De => format!("{n}, a. a. O., S. {p}."),
            Lang::Fr => format!("{n}, op. cit., p. {p}."),
            Lang::Ru => format!("{n}, указ. соч., с. {p}."),
        }
    }
}

fn join_and(names: &[String], and: &str) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

/// The first words of a title, as short-title citations give it.
fn short_title(title: &str) -> String {
    let head = title.split(':').next().unwrap_or(title);
    let words: Vec<&str> = head.split_whitespace().take(3).collect();
    format!("*{}*", words.join(" "))
}

/// `Ibid.` in a language.
fn ibid(rng: &mut Rng, lang: Lang) -> String {
    let p = rng.range(1, 400);
    let bare = rng.one_in(4);
    match (lang, bare) {
        (Lang::En, true) | (Lang::Fr, true) => "Ibid.".into(),
        (Lang::En, false) | (Lang::Fr, false) => format!("Ibid., p. {p}."),
        (Lang::Ko, true) => "위의 글.".into(),
        (Lang::Ko, false) => format!("위의 글, {p}쪽."),
        (Lang::De, true) => "Ebd.".into(),
        (Lang::De, false) => format!("Ebd., S. {p}."),
        (Lang::Ru, true) => "Там же.".into(),
        (Lang::Ru, false) => format!("Там же. С. {p}."),
    }
}

/// A sentence of commentary before a citation, sometimes.
fn lead_in(rng: &mut Rng, lang: Lang) -> &'static str {
    if !rng.one_in(5) {
        return "";
    }
    match lang {
        Lang::En => rng.pick(&["See ", "Cf. ", "On this point, see ", "See, e.g., "]),
        Lang::Ko => rng.pick(&["이에 대해서는 ", "자세한 논의는 "]),
        Lang::De => rng.pick(&["Vgl. ", "Siehe "]),
        Lang::Fr => rng.pick(&["Voir ", "Cf. "]),
        Lang::Ru => rng.pick(&["См.: ", "Ср.: "]),
    }
}

const SUPERSCRIPT: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// `12` as `¹²`.
fn superscript(n: usize) -> String {
    n.to_string()
        .bytes()
        .map(|b| SUPERSCRIPT[usize::from(b - b'0')])
        .collect()
}

/// A body marker: `¹²⁾` or `¹²`.
fn marker(n: usize, paren: bool) -> String {
    let mut s = superscript(n);
    if paren {
        s.push('⁾');
    }
    s
}

/// A sentence of body text in a language.
fn sentence(rng: &mut Rng, lang: Lang) -> String {
    let pool: &[&str] = match lang {
        Lang::En => &words::EN,
        Lang::Ko => &words::KO,
        Lang::De => &words::DE,
        Lang::Fr => &words::FR,
        Lang::Ru => &words::RU,
    };
    let n = rng.range(8, 24);
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        let w = rng.pick(pool);
        if i == 0 {
            s.push_str(&capitalise(w));
        } else {
            s.push_str(w);
        }
        if i > 2 && i + 2 < n && rng.one_in(12) {
            s.push(',');
        }
    }
    match lang {
        Lang::Ko => s.push_str("이다."),
        _ => s.push('.'),
    }
    s
}

/// What to generate up to.
#[derive(Clone, Copy)]
pub enum Target {
    /// About this many bytes.
    Bytes(usize),
    /// Exactly this many footnotes.
    Notes(usize),
}

/// Headings and furniture in the paper's main language.
fn bibliography_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "References",
        Lang::Ko => "참고문헌",
        Lang::De => "Literaturverzeichnis",
        Lang::Fr => "Bibliographie",
        Lang::Ru => "Список литературы",
    }
}

fn abstract_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::Ko => "Abstract",
        _ => "Appendix",
    }
}

/// Number of shared works (cited across a corpus).
const SHARED_POOL: u64 = 3000;

/// A generated paper.
pub fn paper(target: Target, seed: u64, langs: LangChoice) -> String {
    let mut rng = Rng::new(seed);
    let main = match langs {
        LangChoice::One(l) => l,
        LangChoice::Mixed => LANGS[rng.below(LANGS.len())],
    };
    let paren_markers = match (langs, main) {
        (LangChoice::Mixed, _) => None,
        (_, Lang::Ko) => Some(true),
        _ => Some(false),
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "{}\n\n{} {}\n\n",
        title_words(&mut rng, main),
        rng.pick(&words::EN_GIVEN),
        rng.pick(&words::EN_FAMILY)
    );
    for _ in 0..2 {
        out.push_str(&sentence(&mut rng, main));
        out.push(' ');
        out.push_str(&sentence(&mut rng, main));
        out.push_str("\n\n");
    }

    let mut works: Vec<Work> = Vec::new();
    // Work id → (index in `works`, note of its first full citation).
    let mut seen: HashMap<u64, (usize, usize)> = HashMap::new();
    let mut first_note: Vec<usize> = Vec::new();
    let mut fresh = 0u64;
    let mut bib_bytes = 0usize;
    let mut note = 1usize;
    let mut page = 1usize;
    let mut pending_tail: Option<String> = None;
    let mut last_cited: Option<usize> = None;
    let done = |out: &String, note: usize, bib: usize| match target {
        Target::Bytes(n) => out.len() + bib >= n,
        Target::Notes(n) => note > n,
    };
    while !done(&out, note, bib_bytes) {
        // A page: one to three paragraphs, each with a few markers.
        let mut page_notes = Vec::new();
        for _ in 0..rng.range(1, 3) {
            let lang = langs.pick(&mut rng, main);
            let mut p = String::new();
            for _ in 0..rng.range(1, 4) {
                if !p.is_empty() {
                    p.push(' ');
                }
                p.push_str(&sentence(&mut rng, lang));
                let wanted = match target {
                    Target::Notes(n) => note <= n,
                    Target::Bytes(_) => true,
                };
                if wanted && !rng.one_in(3) {
                    p.pop();
                    let paren = paren_markers.unwrap_or_else(|| rng.one_in(2));
                    let _ = write!(p, ".{}", marker(note, paren));
                    page_notes.push(note);
                    note += 1;
                }
            }
            out.push_str(&p);
            out.push_str("\n\n");
        }
        if let Some(tail) = pending_tail.take() {
            out.push_str(&tail);
            out.push_str("\n\n");
        }
        for (k, &n) in page_notes.iter().enumerate() {
            let mut text = String::new();
            let items = if rng.one_in(6) { 2 } else { 1 };
            for item in 0..items {
                if item > 0 {
                    // `…, p. 5.` becomes `…, p. 5; `, but `Ibid.` keeps its period.
                    let before = text.strip_suffix('.').and_then(|t| t.chars().last());
                    if before.is_some_and(|c| !c.is_alphabetic()) {
                        text.pop();
                    }
                    text.push_str("; ");
                }
                let choice = rng.below(10);
                let cite = match (choice, last_cited) {
                    (0..=1, Some(w)) if item == 0 => ibid(&mut rng, works[w].lang),
                    (2..=3, _) if !works.is_empty() => {
                        let w = rng.below(works.len());
                        last_cited = Some(w);
                        works[w].short(&mut rng, first_note[w])
                    }
                    _ => {
                        let shared = rng.one_in(3);
                        let id = if shared {
                            // Skewed: a few classics are cited by most papers.
                            let u = rng.below(1 << 16) as f64 / f64::from(1 << 16);
                            (u * u * u * SHARED_POOL as f64) as u64
                        } else {
                            fresh += 1;
                            (seed << 32) ^ (fresh + SHARED_POOL)
                        };
                        if let Some(&(w, first)) = seen.get(&id) {
                            last_cited = Some(w);
                            works[w].short(&mut rng, first)
                        } else {
                            // A shared work has one language in every paper.
                            let lang = match langs {
                                LangChoice::Mixed if shared => LANGS[(id % 5) as usize],
                                _ => langs.pick(&mut rng, main),
                            };
                            let work = Work::new(id, lang);
                            bib_bytes += work.bib().len() + 3;
                            works.push(work);
                            first_note.push(n);
                            let w = works.len() - 1;
                            seen.insert(id, (w, n));
                            last_cited = Some(w);
                            let lead = lead_in(&mut rng, lang);
                            format!("{lead}{}", works[w].note(rng.range(1, 400)))
                        }
                    }
                };
                text.push_str(&cite);
            }
            // The last note of a page is sometimes split across the break.
            let split = k + 1 == page_notes.len() && rng.one_in(6) && text.len() > 60;
            let cut = if split {
                text.char_indices()
                    .map(|(i, _)| i)
                    .find(|&i| i > text.len() / 2 && text[i..].starts_with(' '))
            } else {
                None
            };
            match cut {
                Some(cut) => {
                    let _ = write!(out, "{n}) {}\n\n", &text[..cut]);
                    pending_tail = Some(text[cut + 1..].to_string());
                }
                None => {
                    let _ = write!(out, "{n}) {text}\n\n");
                }
            }
        }
        let _ = write!(out, "- {page} -\n\n");
        page += 1;
    }
    if let Some(tail) = pending_tail.take() {
        out.push_str(&sentence(&mut rng, main));
        out.push_str("\n\n");
        out.push_str(&tail);
        out.push_str("\n\n");
    }
    bibliography(&mut out, &mut rng, &works, main);
    let _ = write!(
        out,
        "\n{}\n\n{}\n",
        abstract_heading(main),
        sentence(&mut rng, Lang::En)
    );
    out
}

/// The bibliography: sorted, bullets, ditto marks, some entries broken
/// over two lines.
fn bibliography(out: &mut String, rng: &mut Rng, works: &[Work], main: Lang) {
    let mut entries: Vec<(String, String)> =
        works.iter().map(|w| (w.bib_names(), w.bib())).collect();
    entries.sort();
    entries.dedup();
    let bullet = ["- ", "• ", ""][rng.below(3)];
    let ditto = ["_____", "———"][rng.below(2)];
    let _ = write!(out, "{}\n\n", bibliography_heading(main));
    let mut last_author = String::new();
    for (author, entry) in entries {
        let text = if author == last_author && !author.is_empty() {
            let rest = &entry[author.len()..];
            format!("{ditto}{rest}")
        } else {
            entry
        };
        last_author = author;
        let cut = if rng.one_in(8) && text.len() > 60 {
            text.char_indices()
                .map(|(i, _)| i)
                .find(|&i| i > 40 && text[i..].starts_with(' '))
        } else {
            None
        };
        match cut {
            Some(cut) => {
                let _ = writeln!(out, "{bullet}{}\n{}", &text[..cut], &text[cut + 1..]);
            }
            None => {
                let _ = writeln!(out, "{bullet}{text}");
            }
        }
        if bullet.is_empty() {
            out.push('\n');
        }
    }
}

/// Body paragraphs holding `notes` markers, `per` to a paragraph, each
/// paragraph followed by its notes from `note_text`.
fn paged(count: usize, per: usize, mut note_text: impl FnMut(usize) -> String) -> String {
    let mut out = String::from("A Corner Case\n\n");
    let mut n = 1;
    while n <= count {
        let end = (n + per).min(count + 1);
        for i in n..end {
            let _ = write!(out, "Claim number {i} stands here.{} ", marker(i, true));
        }
        out.push_str("\n\n");
        for i in n..end {
            let _ = write!(out, "{i}) {}\n\n", note_text(i));
        }
        n = end;
    }
    out
}

/// The `i`-th of 24⁶ names of six syllables, scattered so that names of
/// neighbouring numbers have little in common; with `other`, the same name
/// with one syllable (the `i mod 6`-th) replaced by another: two edits
/// away, and near it.
fn made_up_name(i: usize, other: bool) -> String {
    const SYLLABLES: [&str; 24] = [
        "ka", "lo", "mi", "ne", "ru", "ta", "be", "so", "di", "fu", "ga", "hi", "jo", "ku", "ma",
        "no", "pe", "ri", "sa", "te", "vu", "wo", "ya", "ze",
    ];
    // 1,000,003 is a prime other than 2 and 3, so i ↦ i·1000003 mod 24⁶
    // is one to one.
    let mut n = (i * 1_000_003) % 191_102_976;
    let mut name = String::new();
    for k in 0..6 {
        let mut s = n % 24;
        if other && k == i % 6 {
            s = (s + 1 + i % 23) % 24;
        }
        name.push_str(SYLLABLES[s]);
        n /= 24;
    }
    capitalise(&name)
}

/// A pathological input.
fn corner(name: &str, count: usize, seed: u64) -> Result<String, String> {
    let mut rng = Rng::new(seed);
    Ok(match name {
        "ibid" => paged(count, 20, |i| {
            if i == 1 {
                "Jane Doe, *The Archive and the State* (Chicago: University of Chicago Press, 2015), 1.".into()
            } else {
                format!("Ibid., p. {}.", 1 + i % 400)
            }
        }),
        "surname" => {
            let given = &words::EN_GIVEN;
            let year = |i: usize| 1900 + i % 120;
            let mut out = paged(count * 2, 20, |i| {
                if i <= count {
                    format!(
                        "{} Smith, “Work {i} on {},” *{}*, Vol. {} ({}), pp. 1-20.",
                        given[i % given.len()],
                        title_words(&mut rng, Lang::En),
                        words::EN_JOURNAL[i % words::EN_JOURNAL.len()],
                        1 + i % 50,
                        year(i)
                    )
                } else {
                    let j = 1 + (i * 7919) % count;
                    match i % 3 {
                        0 => format!("Smith({}), op. cit., p. {}.", year(j), 1 + i % 300),
                        1 => format!("Smith, supra note {j}, at 3."),
                        _ => format!("Smith, *Work {j}*, {}.", 1 + i % 300),
                    }
                }
            });
            out.push_str("References\n\n");
            let mut entries: Vec<(usize, usize)> =
                (1..=count).map(|i| (i % given.len(), i)).collect();
            entries.sort();
            let mut last = usize::MAX;
            for (g, i) in entries {
                let author = if g == last {
                    "_____".to_string()
                } else {
                    format!("Smith, {}", given[g])
                };
                last = g;
                let _ = writeln!(
                    out,
                    "- {author}. “Work {i}.” *{}* {}, no. 1 ({}): 1–20.",
                    words::EN_JOURNAL[i % words::EN_JOURNAL.len()],
                    1 + i % 50,
                    year(i)
                );
            }
            out
        }
        "sameyear" => paged(count * 2, 20, |i| {
            // Report k in full, then a short form by author and year, which
            // fits every report cited so far.
            let k = i.div_ceil(2);
            if i % 2 == 1 {
                format!(
                    "World Bank, “Report {k} on {},” *Policy Research Working Papers* {k} (2020): 1-20.",
                    title_words(&mut rng, Lang::En)
                )
            } else {
                format!("World Bank(2020), op. cit., p. {}.", 1 + k % 300)
            }
        }),
        "dangling" => paged(count * 2, 20, |i| {
            // Works by as many authors, each cited once in full; then short
            // forms by as many other authors, whom no note cites, each two
            // edits from the name of one cited author: each asks for the
            // names near its own and finds about one. (The names are too
            // many to be near one another by chance: were they, the near
            // names of each short form, and the report, would grow with
            // the number of authors.)
            if i <= count {
                format!(
                    "John {}, *Study {i} of {}* (London: Verso, {}), 4.",
                    made_up_name(i, false),
                    title_words(&mut rng, Lang::En),
                    1950 + i % 70
                )
            } else {
                let name = made_up_name(i - count, true);
                format!("{name}, op. cit., p. {}.", 1 + i % 300)
            }
        }),
        "line" => {
            let unit = "Body text makes a claim.¹²⁾ “A quoted (nested [bracketed] phrase)” goes on; \
                        12) John Smith, “A Title,” *Journal*, Vol. 3 (1999), p. 5. Ibid., p. 6. \
                        김철수, 『제목』 (서울: 한울, 2001), 12쪽; 앞의 책. „Titel“, S. 4. « Titre », p. 9. ";
            let mut out = String::with_capacity(count + unit.len());
            while out.len() + unit.len() <= count {
                out.push_str(unit);
            }
            while out.len() < count {
                out.push('x');
            }
            out
        }
        "footnotes" => paper(Target::Notes(count), seed, LangChoice::Mixed),
        "nested" => {
            const OPEN: [char; 7] = ['(', '[', '“', '«', '『', '„', '{'];
            const CLOSE: [char; 7] = [')', ']', '”', '»', '』', '“', '}'];
            let balanced = |depth: usize| {
                let mut s = String::new();
                for i in 0..depth {
                    s.push(OPEN[i % OPEN.len()]);
                }
                s.push_str("core");
                for i in (0..depth).rev() {
                    s.push(CLOSE[i % CLOSE.len()]);
                }
                s
            };
            let open: String = (0..count).map(|i| OPEN[i % OPEN.len()]).collect();
            format!(
                "Nested Brackets\n\nBody {}.¹⁾ More body.²⁾ And more.³⁾\n\n\
                 1) See John Smith, {}, *Journal*, Vol. 1 (2000), p. 1.\n\n\
                 2) Jane Doe, {open}\n\n\
                 3) Ibid., p. 2.\n\n\
                 References\n\n- Smith, John. {}. *Journal* 1 (2000).\n- Doe, Jane. {open}\n",
                balanced(count),
                balanced(count),
                balanced(count)
            )
        }
        "html" => {
            // Tags whose end is far away or never comes: an unclosed
            // `<sup>`, an unclosed link to a note, a closed `<style>`.
            let mut out = String::from("<html><body>\n");
            for i in 0..count {
                let _ = write!(
                    out,
                    "<p>Body<sup>{n}<a href=\"#_ftn{n}\">[{n}<style>p{{}}</style>",
                    n = i + 1
                );
            }
            out.push_str("\n</body></html>\n");
            out
        }
        "list" => {
            // Vancouver: numbered citations in the text, the list's labels
            // past four digits. (The text cites the first 999 entries over
            // and over: opcit reads citation numbers of up to three digits,
            // as four may be a year in brackets.)
            let mut out = String::from("A Numbered List\n\n");
            for i in 0..count.div_ceil(10) {
                let a = 1 + (2 * i) % 998;
                let _ = writeln!(
                    out,
                    "A finding was reported [{a}] and confirmed [{}].",
                    a + 1
                );
            }
            out.push_str("\nReferences\n\n");
            for i in 1..=count {
                let _ = writeln!(
                    out,
                    "{i}. {} {}, {} {}. {}. {}. {};{}:{}-{}.",
                    made_up_name(i, false),
                    ["J", "K", "AB", "M"][i % 4],
                    made_up_name(i + count, false),
                    ["L", "P", "R"][i % 3],
                    title_words(&mut rng, Lang::En),
                    words::EN_JOURNAL[i % words::EN_JOURNAL.len()],
                    1950 + i % 70,
                    1 + i % 50,
                    1 + i % 900,
                    10 + i % 900
                );
            }
            out
        }
        "entry" => {
            // An entry that never ends: every line opens in lowercase, a
            // quote opened in the first stays open, no line ends a
            // sentence. Each line goes on the entry before it.
            let mut out = String::from(
                "One Long Entry\n\nA claim (Smith 2019).\n\nReferences\n\n\
                 Smith, J. (2019). “A study of things and\n",
            );
            for i in 0..count {
                let _ = writeln!(
                    out,
                    "of {} number {i}, going on and on",
                    title_words(&mut rng, Lang::En).to_lowercase()
                );
            }
            out
        }
        other => {
            return Err(format!(
                "unknown corner `{other}`: ibid, surname, sameyear, dangling, line, \
                 footnotes, nested, html, list, entry"
            ))
        }
    })
}

/// `10MB`, `512KiB`, `100000`.
fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let units: [(&str, usize); 6] = [
        ("KiB", 1 << 10),
        ("MiB", 1 << 20),
        ("GiB", 1 << 30),
        ("KB", 1_000),
        ("MB", 1_000_000),
        ("GB", 1_000_000_000),
    ];
    let (num, mult) = units
        .iter()
        .find_map(|(u, m)| t.strip_suffix(u).map(|n| (n, *m)))
        .unwrap_or((t, 1));
    num.trim()
        .parse::<usize>()
        .map(|n| n * mult)
        .map_err(|e| format!("bad size `{s}`: {e}"))
}

struct Args {
    size: usize,
    seed: u64,
    lang: LangChoice,
    corner: Option<String>,
    count: usize,
    papers: Option<usize>,
    dir: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        size: 1_000_000,
        seed: 1,
        lang: LangChoice::Mixed,
        corner: None,
        count: 1000,
        papers: None,
        dir: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("`{flag}` needs a value"));
        match flag.as_str() {
            "--size" => a.size = parse_size(&value()?)?,
            "--seed" => a.seed = value()?.parse().map_err(|e| format!("bad seed: {e}"))?,
            "--lang" => a.lang = LangChoice::parse(&value()?)?,
            "--corner" => a.corner = Some(value()?),
            "--count" => a.count = parse_size(&value()?)?,
            "--papers" => a.papers = Some(parse_size(&value()?)?),
            "--dir" => a.dir = Some(PathBuf::from(value()?)),
            "-h" | "--help" => {
                return Err("usage: gen_paper [--size SIZE] [--seed N] [--lang en|ko|de|fr|ru|mixed]\n       \
                            gen_paper --corner ibid|surname|sameyear|dangling|line|footnotes|nested|html|list|entry --count N\n       \
                            gen_paper --papers N --dir DIR [--size SIZE] [--seed N] [--lang …]"
                    .into())
            }
            other => return Err(format!("unknown argument `{other}`; try --help")),
        }
    }
    Ok(a)
}

fn run() -> Result<(), String> {
    let a = parse_args()?;
    if let Some(n) = a.papers {
        let dir = a.dir.ok_or("--papers needs --dir")?;
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for i in 0..n {
            let seed = a.seed.wrapping_add(i as u64);
            // Sizes vary around the target, from half to one and a half.
            let size = a.size / 2 + Rng::new(seed).below(a.size.max(1));
            let text = paper(Target::Bytes(size), seed, a.lang);
            let path = dir.join(format!("paper-{:05}.txt", i + 1));
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        return Ok(());
    }
    let text = match &a.corner {
        Some(name) => corner(name, a.count, a.seed)?,
        None => paper(Target::Bytes(a.size), a.seed, a.lang),
    };
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

fn main() {
    if let Err(e) = run() {
        eprintln!("gen_paper: {e}");
        std::process::exit(2);
    }
}
