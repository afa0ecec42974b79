//! Author lists: persons and organisations, in natural order (`Joseph
//! Gonzalez, Victor Cha and Jennifer Jun`) or with the first name inverted
//! (`Gonzalez, Joseph, Victor Cha and Jennifer Jun`), APA initials (`Smith,
//! J., & Lee, K.`), Korean names joined by `·` (`김철수·박영희`), `et al.`.

use crate::grammar::Grammar;
use crate::model::CslName;
use crate::segment::is_cjk;
use regex::Regex;
use std::sync::LazyLock;

/// One name as French lists write it: the family name in capitals, the
/// initials of the given names in brackets (`BRUN (Ph.)`, `TERRÉ (F.)`,
/// `FABRE-MAGNAN (M.)`, `LE TOURNEAU (Ph.)`, as law lists write them) or
/// the given names in full (`WOLFF (Philippe)`, `LE GOFF (Jacques)`,
/// `BOUCHERON (Jean-Claude)`, as history lists do). Group 1 is the family
/// name, group 2 the given names.
const BRACKETED_INITIALS_NAME: &str = r"(\p{Lu}[\p{Lu}'’\-]+(?: \p{Lu}[\p{Lu}'’\-]+){0,2}) \((\p{Lu}\p{Ll}{0,2}\.(?:[ -]?\p{Lu}\p{Ll}{0,2}\.){0,3}|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})\)";

/// A list of [`BRACKETED_INITIALS_NAME`]s joined by commas or `et`, `&`,
/// `and`, perhaps an editor's role after them (`CORNU (G.) (dir.)`), then
/// the comma before the title.
static BRACKETED_INITIALS_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(&format!(
        r"^{n}(?:(?:, | et | & | and ){n}){{0,7}}(?: \((?:dir|éd|éds|coord|ed|eds)\.\))?, ",
        n = BRACKETED_INITIALS_NAME
    ))
});

/// [`BRACKETED_INITIALS_HEAD`] with any number of names, quick to build
/// (the bounded list writes the name's pattern out eight times);
/// [`bracketed_initials_head`] checks that it has at most eight.
static BRACKETED_INITIALS_LIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(&format!(
        r"^{n}(?:(?:, | et | & | and ){n})*(?: \((?:dir|éd|éds|coord|ed|eds)\.\))?, ",
        n = BRACKETED_INITIALS_NAME
    ))
});

/// Each name of [`BRACKETED_INITIALS_HEAD`].
static BRACKETED_INITIALS_ONE: LazyLock<Regex> =
    LazyLock::new(|| crate::re::constant(BRACKETED_INITIALS_NAME));

/// The names that open a list's entry written `TERRÉ (F.), SIMLER (Ph.)
/// et LEQUETTE (Y.), Droit civil…`, as French law lists write them: the
/// names (family in capitals, initials as given names), whether an
/// editor's role follows them, and the length of the head up to the
/// title. Cheap to reject: a bracket must open within the first 40
/// bytes.
pub fn bracketed_initials_head(s: &str) -> Option<(Vec<CslName>, bool, usize)> {
    let near = &s[..crate::source::floor_char_boundary(s, 40)];
    if !near.contains(" (") || !s.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let read = |head: &str| -> Vec<CslName> {
        BRACKETED_INITIALS_ONE
            .captures_iter(head)
            .map(|c| CslName {
                family: Some(c[1].to_string()),
                given: Some(c[2].to_string()),
                ..Default::default()
            })
            .collect()
    };
    let mut head = BRACKETED_INITIALS_LIST.find(s)?;
    let mut names = read(head.as_str());
    if names.len() > 8 {
        head = BRACKETED_INITIALS_HEAD.find(s)?;
        names = read(head.as_str());
    }
    let editors = head.as_str().trim_end_matches(", ").ends_with(".)")
        && head
            .as_str()
            .trim_end_matches(", ")
            .rsplit(" (")
            .next()
            .is_some_and(|r| !r.starts_with(|c: char| c.is_uppercase()));
    Some((names, editors, head.end()))
}

/// One name as French legal writing gives it in notes and lists, the
/// family name as written (`Terré (F.)`, `Le Tourneau (Ph.)`,
/// `Fabre-Magnan (M.)`) or in capitals, the initials of the given names
/// in brackets. Group 1 is the family name, group 2 the initials.
const BRACKETED_INITIALS_ANY_CASE: &str = r"(\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+){0,2}) \((\p{Lu}\p{Ll}{0,2}\.(?:[ -]?\p{Lu}\p{Ll}{0,2}\.){0,3})\)";

/// Two or more [`BRACKETED_INITIALS_ANY_CASE`] names joined by commas or
/// `et`, `&`, `and`, perhaps an editor's role after them, then the comma
/// before the title.
static BRACKETED_INITIALS_SEVERAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(&format!(
        r"^{n}(?:(?:, | et | & | and ){n})+(?: \((?:dir|éd|éds|coord|ed|eds)\.\))?, ",
        n = BRACKETED_INITIALS_ANY_CASE
    ))
});

/// Each name of [`BRACKETED_INITIALS_SEVERAL`].
static BRACKETED_INITIALS_ANY_ONE: LazyLock<Regex> =
    LazyLock::new(|| crate::re::constant(BRACKETED_INITIALS_ANY_CASE));

/// The names that open a reference written `Terré (F.), Simler (Ph.) et
/// Lequette (Y.), Droit civil…`, as French legal writing cites several
/// authors, each family name with its initials in brackets after it: the
/// names (two to eight), whether an editor's role follows them, the end of
/// the first name and the length of the head up to the title. Cheap to
/// reject: a bracket must open within the first 40 bytes.
pub fn bracketed_initials_names(s: &str) -> Option<(Vec<CslName>, bool, usize, usize)> {
    let near = &s[..crate::source::floor_char_boundary(s, 40)];
    if !near.contains(".)") || !near.contains(" (") || !s.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let head = BRACKETED_INITIALS_SEVERAL.find(s)?;
    let mut first_end = None;
    let names: Vec<CslName> = BRACKETED_INITIALS_ANY_ONE
        .captures_iter(head.as_str())
        .map(|c| {
            first_end.get_or_insert(c.get(0).map_or(0, |m| m.end()));
            CslName {
                family: Some(c[1].to_string()),
                given: Some(c[2].to_string()),
                ..Default::default()
            }
        })
        .collect();
    if !(2..=8).contains(&names.len()) {
        return None;
    }
    let core = head.as_str().trim_end_matches(", ");
    let editors = core.ends_with(".)")
        && core
            .rsplit(" (")
            .next()
            .is_some_and(|r| !r.starts_with(|c: char| c.is_uppercase()));
    Some((names, editors, first_end?, head.end()))
}

/// How the first name in a list is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameOrder {
    /// `Given Family` (footnotes).
    Natural,
    /// `Family, Given` for the first name (bibliographies).
    InvertedFirst,
    /// No names: a ditto entry (`______.`, `———.`), whose authors are the
    /// previous entry's, starts with its title.
    Ditto,
}

/// A parsed author list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Names {
    /// The names.
    pub names: Vec<CslName>,
    /// The list ended with `et al.` (or `외`, `u. a.`).
    pub et_al: bool,
}

/// Lowercase particles of family names (`van der Berg`, `de Rooy`).
pub(crate) const PARTICLES: [&str; 21] = [
    "van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "le", "la", "al", "bin",
    "ibn", "te", "ten", "ter", "do", "dos", "das",
];

/// The titles of British peers, written before a peer's name and the
/// place of the title (`Lord Bingham of Cornhill`).
const PEERS: [&str; 11] = [
    "Lord",
    "Lady",
    "Baron",
    "Baroness",
    "Viscount",
    "Viscountess",
    "Earl",
    "Countess",
    "Marquess",
    "Duke",
    "Duchess",
];

/// Whether `words` name a peer: a title of [`PEERS`], a capitalised name,
/// `of` and a place of one or two capitalised words (`Lord Irvine of
/// Lairg`, `Lord Browne-Wilkinson` has no place).
fn peer(words: &[&str]) -> bool {
    (4..=5).contains(&words.len())
        && PEERS.contains(&words[0])
        && words[2] == "of"
        && [1, 3]
            .iter()
            .chain(words.get(4).map(|_| &4))
            .all(|&i| words[i].starts_with(char::is_uppercase))
}

/// Matching key of a name: family name, or the whole name for CJK persons
/// and organisations.
pub fn name_key(n: &CslName) -> String {
    let family = n.family.as_deref().unwrap_or("");
    // A foreign name in katakana is compared by its family name, as a name
    // in letters is: `ハンス・ベッカー` and `ベッカー、ハンス` are one person.
    if is_katakana_name(family) {
        return crate::text::key(family);
    }
    // So is one in Han characters (`约翰·罗尔斯` and `罗尔斯` are one person).
    if n.given_first && family.chars().all(is_han) {
        return crate::text::key(family);
    }
    if family.chars().any(is_cjk) || n.static_ordering {
        return crate::text::key(&format!("{family}{}", n.given.as_deref().unwrap_or("")));
    }
    crate::text::family_key(n.key_part())
}

/// A word of romanized Chinese, Japanese or Korean (pinyin, Wade–Giles,
/// Hepburn, McCune–Reischauer, Revised Romanization), its marks taken off
/// by [`romanized_word`]: syllables of an onset, one to three vowels and
/// one of the codas those systems end a syllable with (`wanghui`,
/// `maruyamamasao`, `cholsu`, `kenkyu`). Western names mostly hold a
/// cluster no syllable has (`Smith`, `Hart`, `Wilde`, `Epstein`).
static ROMANIZED_SYLLABLES: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::constant(
        r"^(?:(?:tch|ch|sh|zh|ts|tz|hs|kk|tt|pp|ss|jj|[kgnhbpmr]y|[kgh]w|[bcdfghjklmnpqrstwxyz])?[aeiou]{1,3}(?:ng|n|m|k|l|p|t|r)?)+$",
    )
});

/// Whether `w` is one word of romanized Chinese, Japanese or Korean
/// ([`ROMANIZED_SYLLABLES`]), in parts joined by hyphens (`Ch'ŏl-su`,
/// `Sōtokufu`, `Qichao`): apostrophes (aspiration, syllable breaks) are
/// dropped, breves, macrons and accents taken off their vowels.
pub(crate) fn romanized_word(w: &str) -> bool {
    if w.is_empty() || w.len() > 40 {
        return false;
    }
    let mut plain = String::with_capacity(w.len());
    for c in w.chars() {
        let c = match c {
            '\'' | '’' | 'ʼ' | '‘' => continue,
            'ŏ' | 'ō' | 'ô' | 'ö' | 'ò' | 'ó' | 'Ŏ' | 'Ō' | 'Ô' | 'Ö' => 'o',
            'ŭ' | 'ū' | 'û' | 'ü' | 'ù' | 'ú' | 'ǚ' | 'Ū' | 'Ŭ' => 'u',
            'ā' | 'â' | 'à' | 'á' | 'ǎ' | 'Ā' => 'a',
            'ē' | 'é' | 'è' | 'ê' | 'ě' => 'e',
            'ī' | 'í' | 'ì' | 'î' | 'ǐ' => 'i',
            c if c.is_ascii_alphabetic() || c == '-' => c.to_ascii_lowercase(),
            _ => return false,
        };
        plain.push(c);
    }
    plain
        .split('-')
        .all(|p| !p.is_empty() && ROMANIZED_SYLLABLES.is_match(p))
}

/// Whether `w` is a Korean given name as romanizations write it: two
/// syllables joined by a hyphen, the second in lowercase (`Ch'ŏl-su`,
/// `Chung-hee`, `Man-gil`), where a Western double name capitalises both
/// parts (`Jean-Paul`) and a Korean who writes the given name first often
/// does too (`Gi-Wook Shin`).
fn korean_given_name(w: &str) -> bool {
    let Some((first, second)) = w.split_once('-') else {
        return false;
    };
    first.starts_with(char::is_uppercase)
        && second.starts_with(|c: char| c.is_lowercase())
        && !second.contains('-')
        && romanized_word(w)
}

/// Whether `t` is a romanized East Asian name written family name first
/// without a comma, as English-language area studies print them: a
/// family name of one capitalised syllable word, then a Korean given name
/// of two syllables joined by a hyphen (`Kim Ch'ŏl-su`, `Park Chung-hee`,
/// `Yun Ch'i-ho`).
/// Family names are spelt as their bearers choose (`Park`, `Rhee`, `Choi`,
/// `Noh`), so the family name needs only to be one short word.
pub(crate) fn korean_family_first(t: &str) -> bool {
    let mut words = without_original_script(t).split_whitespace();
    let (Some(family), Some(given), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    family.starts_with(char::is_uppercase)
        && family.chars().count() <= 8
        && family
            .chars()
            .all(|c| c.is_alphabetic() && !is_cjk(c) || matches!(c, '\'' | '’'))
        && korean_given_name(given)
}

/// `t` without the name in its own script written after the romanized
/// one (`Chŏng Yong-uk 정용욱`, `Maruyama Masao 丸山眞男`), which English
/// area studies add to a name.
fn without_original_script(t: &str) -> &str {
    let t = t.trim();
    match t.rsplit_once(' ') {
        Some((name, script))
            if script
                .trim_matches(['(', ')'])
                .chars()
                .all(|c| is_cjk(c) || c == '·')
                && script.chars().any(is_cjk) =>
        {
            name.trim_end()
        }
        _ => t,
    }
}

/// Whether `t` is two capitalised words of romanized Chinese, Japanese or
/// Korean (`Maruyama Masao`, `Wang Hui`, `Kim Ch'ŏl-su`): a name that,
/// written without a comma where names are inverted (a bibliography) or
/// before a title in the same language, is family name first.
pub(crate) fn romanized_name_pair(t: &str) -> bool {
    let mut words = without_original_script(t).split_whitespace();
    let (Some(a), Some(b), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    // `Al Jazeera`, `El País`: an article and a name (see `natural_person`).
    !matches!(a, "Al" | "El")
        && [a, b].iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().skip(1).take(1).all(|c| !c.is_uppercase())
                && romanized_word(w)
        })
}

/// Whether `t` is a romanized East Asian name that a list leaving it
/// uninverted wrote family name first: [`korean_family_first`] or
/// [`romanized_name_pair`].
pub(crate) fn romanized_family_first(t: &str) -> bool {
    korean_family_first(t) || romanized_name_pair(t)
}

/// The person of [`romanized_name_pair`] `t`, family name first.
pub(crate) fn romanized_person(t: &str) -> CslName {
    let t = without_original_script(t);
    let (family, given) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
    CslName {
        family: Some(family.to_string()),
        given: Some(given.trim().to_string()).filter(|g| !g.is_empty()),
        literal: None,
        static_ordering: false,
        given_first: false,
    }
}

/// A name written family name first without a comma (`Trần Văn Giàu`):
/// two to four capitalised words, the first one of the grammars'
/// `names.leading_family_names`.
fn family_first_person(t: &str, g: &Grammar) -> Option<CslName> {
    if korean_family_first(t) {
        return Some(romanized_person(t));
    }
    if !t
        .split_whitespace()
        .next()
        .is_some_and(|w| g.leading_family_names.contains(w))
    {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(2..=4).contains(&words.len())
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.contains('.'))
        || !g.leading_family_names.contains(words[0])
    {
        return None;
    }
    Some(CslName {
        family: Some(words[0].to_string()),
        given: Some(words[1..].join(" ")),
        literal: None,
        static_ordering: true,
        given_first: false,
    })
}

/// The name as printed, family name first, for display and labels.
pub fn display_name(n: &CslName) -> String {
    let family = n.family.as_deref().unwrap_or("");
    if is_katakana_name(family) && n.literal.is_none() {
        return match n.given.as_deref() {
            Some(given) => format!("{given}・{family}"),
            None => family.to_string(),
        };
    }
    if family.chars().any(is_cjk) && n.literal.is_none() {
        // `미셸 푸코`: a foreign name, given names first and a space; in
        // Han characters, a middle dot (`卡尔·拉伦茨`).
        if let Some(given) = n.given.as_deref().filter(|_| n.given_first) {
            if family.chars().all(is_han) {
                return format!("{given}·{family}");
            }
            return format!("{given} {family}");
        }
        return format!("{family}{}", n.given.as_deref().unwrap_or(""));
    }
    n.display()
}

fn is_initials(t: &str) -> bool {
    let t = t.trim();
    let short =
        |w: &str| w.chars().count() <= 2 && w.chars().next().is_some_and(char::is_uppercase);
    // `J.`, `Th.`, `J.-P.`, `JR`: a word without a period is initials only
    // in capitals (`Wu`, `Li` and `Ng` are family names).
    !t.is_empty()
        && t.split([' ', '-']).filter(|w| !w.is_empty()).all(|w| {
            if w.contains('.') {
                w.split('.').filter(|p| !p.is_empty()).all(short)
            } else {
                short(w) && w.chars().all(char::is_uppercase)
            }
        })
}

fn is_acronym(t: &str) -> bool {
    let mut letters = t.chars().filter(|c| c.is_alphabetic());
    !t.contains(' ')
        && letters
            .by_ref()
            .take(2)
            .filter(|c| c.is_uppercase())
            .count()
            == 2
        && letters.all(char::is_uppercase)
}

/// Whether `t`, in CJK script, names an organisation by an organisation
/// word at its end (`한국법사학회`, `日本評論社`).
pub(crate) fn is_cjk_organisation(t: &str, g: &Grammar) -> bool {
    let t = t.trim();
    !t.is_empty() && t.chars().all(|c| is_cjk(c) || c == ' ') && is_organisation(t, g)
}

/// Whether `t` is two capitalised words whose only organisation word is
/// the last, a publisher's word (`Ofir Press`): a given name and a
/// surname that is also a publisher's word, where persons stand beside
/// it in a list of authors (`Ofir Press, Noah A. Smith, and Mike Lewis`).
/// A town of the grammars first (`Oxford Press`) keeps it a house.
fn given_publisher_surname(t: &str, g: &Grammar) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let [given, family] = words[..] else {
        return false;
    };
    let word = |w: &str| {
        w.chars().count() >= 2
            && w.starts_with(char::is_uppercase)
            && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
    };
    let lower = |w: &str| w.to_lowercase();
    word(given)
        && word(family)
        && g.publisher_words.contains(&lower(family))
        && !g.organisation_latin.contains(&lower(given))
        && !g.publisher_words.contains(&lower(given))
        && !g.places.iter().any(|p| p == given)
}

fn is_organisation(t: &str, g: &Grammar) -> bool {
    if t.chars().any(|c| c.is_ascii_digit()) || is_acronym(t) {
        return true;
    }
    if t.chars().any(is_cjk) {
        let n = t.chars().filter(|c| !c.is_whitespace()).count();
        let marked = g.organisation_cjk.iter().any(|w| {
            let wl = w.chars().count();
            t.ends_with(w.as_str()) && (wl >= 2 || n >= 4)
        });
        // Long CJK names are organisations, but for a person's name in
        // Han characters (`淺見倫太郎`, `美濃部 達吉`).
        return marked || n >= 5 && !long_han_person(t) && !spaced_hangul_name(t);
    }
    if PEERS.iter().any(|p| t.starts_with(p)) && peer(&t.split_whitespace().collect::<Vec<_>>()) {
        return false;
    }
    let mut words = t
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty());
    // Names in a script without capitals run longer (`عبد الغني بسيوني عبد
    // الله`: given names, father's and grandfather's names, family name),
    // and an organisation's name there holds a word that marks it.
    let long = if t
        .chars()
        .next()
        .is_some_and(crate::text::is_caseless_letter)
    {
        6
    } else {
        4
    };
    let mut n = 0;
    let mut marked = false;
    for w in words.by_ref() {
        // Initials and particles (`J. C. H. Blom`, `Jan van der Poel`, the
        // `LE` of `LE ROY LADURIE Emmanuel`) do not make a person's name
        // long enough to be an organisation's.
        let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
        // No particle is longer than five bytes.
        let particle = w.len() <= 5
            && (PARTICLES.contains(&w)
                || w.bytes().all(|b| b.is_ascii_uppercase())
                    && crate::text::with_lowercase(w, |l| PARTICLES.contains(&l)));
        if !initial && !particle {
            n += 1;
        }
        if !marked {
            marked = if w.chars().all(|c| !c.is_uppercase()) {
                g.organisation_latin.contains(w)
            } else {
                crate::text::with_lowercase(w, |w| g.organisation_latin.contains(w))
            };
        }
        if n >= long {
            return true;
        }
    }
    marked
}

/// `교육부`, `통계청`, `법제처`, `長野県`, `教育部`: three Hangul syllables
/// or three Han characters ending in one of the grammars'
/// `names.organisation_endings`, or one of their `names.organisation_names`
/// (`감사원`), a body's name rather than a family name and a given name.
/// Asked only of a name written alone: among persons' names joined by `·`
/// it is a person's.
fn short_cjk_organisation(t: &str, g: &Grammar) -> bool {
    if g.organisation_names.iter().any(|n| n == t) {
        return true;
    }
    t.chars().count() == 3
        && (t.chars().all(is_hangul) || t.chars().all(is_han))
        && g.organisation_endings
            .iter()
            .any(|w| t.ends_with(w.as_str()))
}

/// Whether `w` is a particle that opens a family name: a lowercase one of
/// Latin script ([`PARTICLES`]) or one of the grammars' `names.particles`,
/// as written.
pub(crate) fn is_particle(w: &str, g: &Grammar) -> bool {
    PARTICLES.contains(&w) || g.particles.iter().any(|p| p == w)
}

/// A generation after a person's name (`Jr.`, `Sr`, `III`), which names
/// are read without.
pub(crate) fn is_generation(w: &str) -> bool {
    matches!(w, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV")
}

/// A person from `Given Family` (with particles and suffixes).
fn natural_person(t: &str, g: &Grammar) -> CslName {
    let words: Vec<&str> = t.split_whitespace().collect();
    let words: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !is_generation(w.trim_end_matches(',')))
        .collect();
    if words.len() <= 1 {
        return CslName {
            literal: Some(t.trim().to_string()),
            ..Default::default()
        };
    }
    // `Lord Irvine of Lairg`, `Baroness Hale of Richmond`: a peer's title,
    // then the name and the place of the title, as a list inverts it
    // (`Irvine of Lairg, Lord`).
    if peer(&words) {
        return CslName {
            family: Some(words[1..].join(" ")),
            given: Some(words[0].to_string()),
            literal: None,
            static_ordering: false,
            given_first: false,
        };
    }
    // `Иванов И. И.`, `Smith JK`: initials after the family name; one may
    // keep the small letter of a digraph with its period (`Wójcicki K.
    // Wł.`, `Ch.`, `Sz.`; without it, `Henry H. Em` is a name in full).
    let initial = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        let digraph = matches!(letters[..], [a, b] if a.is_uppercase() && b.is_lowercase())
            && w.strip_suffix('.')
                .is_some_and(|b| b.chars().all(char::is_alphabetic));
        !letters.is_empty()
            && letters.len() <= 3
            && (letters.iter().all(|c| c.is_uppercase()) || digraph)
            && (w.contains('.') || letters.len() <= 2 && w.chars().all(char::is_alphabetic))
    };
    if words.len() >= 2 && !initial(words[0]) && words[1..].iter().all(|w| initial(w)) {
        return CslName {
            family: Some(words[0].to_string()),
            given: Some(words[1..].join(" ")),
            literal: None,
            static_ordering: false,
            given_first: false,
        };
    }
    // `Le Tourneau Ph.`, `Reig Tapia A.`, `de Gaulle Ch.`: a family name of
    // two words (the first may be a particle) before initials with their
    // periods.
    if words.len() >= 3
        && family_then_initials(t)
        && !initial(words[1])
        && (words[0].starts_with(char::is_uppercase) || is_particle(words[0], g))
    {
        return CslName {
            family: Some(words[..2].join(" ")),
            given: Some(words[2..].join(" ")),
            literal: None,
            static_ordering: false,
            given_first: false,
        };
    }
    // `TRS Allan`, `HLA Hart`, `AV Dicey`: OSCOLA's initials without
    // periods before the family name. Two or three capitals that no
    // romanized syllable spells; `LI Wei`, `KIM Dae-jung`, `WU Hao` are
    // family names in capitals.
    if let [initials, family] = words[..] {
        let letters = initials.chars().count();
        if (2..=3).contains(&letters)
            && initials.chars().all(|c| c.is_ascii_uppercase())
            && !romanized_word(initials)
            && family.starts_with(char::is_uppercase)
            && family.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && family.chars().count() > 1
        {
            return CslName {
                family: Some(family.to_string()),
                given: Some(initials.to_string()),
                literal: None,
                static_ordering: false,
                given_first: false,
            };
        }
    }
    // `BOURDIEU Pierre`, `Pierre BOURDIEU`, `DE GAULLE Charles`: the family
    // name in capitals (French and Italian usage), wherever it stands.
    if let Some((family, given)) = capitalised_family(&words) {
        return CslName {
            family: Some(family),
            given: Some(given),
            literal: None,
            static_ordering: false,
            given_first: false,
        };
    }
    // `Al Arabiya`, `El País`: the Arabic or Spanish article and one word
    // name one entity (a person has a given name before `al-`).
    if words.len() == 2 && matches!(words[0], "Al" | "El") {
        return CslName {
            literal: Some(words.join(" ")),
            ..Default::default()
        };
    }
    // `ابن خلدون`: a grammar's particle and one word are a family name
    // with no given name.
    if words.len() == 2 && g.particles.iter().any(|p| p == words[0]) {
        return CslName {
            family: Some(words.join(" ")),
            given: None,
            literal: None,
            static_ordering: false,
            given_first: false,
        };
    }
    let mut family_start = words.len() - 1;
    while family_start > 0
        && (PARTICLES.contains(&words[family_start - 1].to_lowercase().as_str())
            || g.particles.iter().any(|p| p == words[family_start - 1]))
        && family_start > 1
    {
        family_start -= 1;
    }
    CslName {
        family: Some(words[family_start..].join(" ")),
        given: Some(words[..family_start].join(" ")),
        literal: None,
        static_ordering: false,
        given_first: false,
    }
}

/// Whether `w` is a name written in capitals (`BOURDIEU`, `LÉVI-STRAUSS`):
/// two letters or more, no lowercase, no period (not an initial).
pub fn is_capitalised_name(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && !w.contains('.')
        && w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’'))
}

/// Whether `t` is one person written with the family name in capitals
/// (`BOURDIEU Pierre`, `Pierre BOURDIEU`).
pub fn is_capitalised_person(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=4).contains(&words.len()) && capitalised_family(&words).is_some()
}

/// The family name written in capitals before or after the given names,
/// when the given names are not: (family, given).
fn capitalised_family(words: &[&str]) -> Option<(String, String)> {
    let caps = |w: &&str| is_capitalised_name(w);
    let lead = words.iter().take_while(|w| caps(w)).count();
    let trail = words.iter().rev().take_while(|w| caps(w)).count();
    let (family, given) = if lead > 0 && lead < words.len() {
        (&words[..lead], &words[lead..])
    } else if trail > 0 && trail < words.len() {
        (&words[words.len() - trail..], &words[..words.len() - trail])
    } else {
        return None;
    };
    // The given names must not be capitals too (`UN Security Council`).
    if given.iter().any(caps)
        || !given
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    Some((family.join(" "), given.join(" ")))
}

/// A katakana character, the long vowel mark `ー` and the nakaguro `・`
/// among them.
fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A0..=0x30FF | 0x31F0..=0x31FF)
}

/// A foreign name written in katakana (`ベッカー`, `ハンス・ベッカー`): katakana
/// only, and no nakaguro at either end.
pub(crate) fn is_katakana_name(t: &str) -> bool {
    !t.is_empty() && t.chars().all(is_katakana) && !t.starts_with('・') && !t.ends_with('・')
}

/// The parts of a CJK author list: split on `·`, `、`, `,`, `/` and on a
/// `・` that does not stand between two katakana characters; a `・` inside
/// katakana joins the parts of one foreign name (`ハンス・ベッカー`), given
/// names first.
/// A foreign author's nationality in brackets before the name, as Chinese
/// papers write it (`[德]卡尔·拉伦茨`, `〔美〕罗尔斯`, `（英）哈特`): one to
/// three Han characters. Returns its length with the space after it.
pub(crate) fn nationality_len(t: &str) -> Option<usize> {
    let open = t.chars().next()?;
    let close = match open {
        '[' => ']',
        '［' => '］',
        '〔' => '〕',
        '(' => ')',
        '（' => '）',
        '【' => '】',
        _ => return None,
    };
    let inner = &t[open.len_utf8()..];
    let end = inner.find(close)?;
    let n = inner[..end].chars().count();
    let after = &inner[end + close.len_utf8()..];
    let space = after.len() - after.trim_start().len();
    ((1..=3).contains(&n)
        && inner[..end].chars().all(is_han)
        && after.trim_start().starts_with(is_han))
    .then_some(open.len_utf8() + end + close.len_utf8() + space)
}

/// The middle dots that join the parts of a foreign name in Chinese
/// (`卡尔·拉伦茨`, `約翰‧羅爾斯`), where Korean joins co-authors with `·`.
const NAME_DOTS: [char; 3] = ['·', '‧', '•'];

/// Whether `p` is a foreign name transliterated in Han characters: Han
/// characters only, or parts of them joined by [`NAME_DOTS`], one of the
/// grammars' `names.transliteration` among them (`罗尔斯`, `卡尔·拉伦茨`).
fn transliterated(p: &str, g: &Grammar) -> bool {
    let dotted = p.contains(NAME_DOTS);
    !g.transliteration.is_empty()
        && (dotted || p.chars().nth(2).is_some())
        && p.split(NAME_DOTS)
            .all(|w| !w.is_empty() && w.chars().all(is_han))
        && p.chars().any(|c| g.transliteration.contains(&c))
}

fn cjk_name_parts<'s>(s: &'s str, g: &Grammar) -> Vec<&'s str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let split = match c {
            // `[德]卡尔·拉伦茨`: after a nationality, the dot joins the
            // parts of one foreign name; so it does between the parts of a
            // transliterated name (`约翰·罗尔斯`).
            '·' | '‧' | '•' => {
                // The Han words on each side, up to the dots next to them:
                // each word is read at most twice.
                let named = |c: char| is_han(c);
                let before = &s[start..i];
                let from = before
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| !named(c))
                    .map_or(0, |(k, c)| k + c.len_utf8());
                let before = &before[from..];
                let after = &s[i + c.len_utf8()..];
                let after = &after[..after.find(|c| !named(c)).unwrap_or(after.len())];
                let foreign = !before.is_empty()
                    && !after.is_empty()
                    && before
                        .chars()
                        .chain(after.chars())
                        .any(|c| g.transliteration.contains(&c));
                nationality_len(s[start..].trim_start()).is_none() && !foreign
            }
            'ㆍ' | ',' | '、' | '，' | '/' => true,
            '・' => {
                let next = chars.peek().map(|&(_, n)| n);
                !(prev.is_some_and(|p| is_katakana(p) && p != '・')
                    && next.is_some_and(|n| is_katakana(n) && n != '・'))
            }
            _ => false,
        };
        if split {
            parts.push(&s[start..i]);
            start = i + c.len_utf8();
        }
        prev = Some(c);
    }
    parts.push(&s[start..]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// A CJK person's name without a bracketed note after it (`ハンス・ベッカー
/// （山田太郎訳）`, `山田太郎（編）`): a CJK name has no brackets of its own.
fn without_bracketed_note(t: &str) -> &str {
    let t = t.trim();
    if !t.ends_with([')', '）']) {
        return t;
    }
    match t.rfind(['(', '（']) {
        Some(open) if open > 0 && t[..open].chars().any(is_cjk) => t[..open].trim_end(),
        _ => t,
    }
}

/// `한국개발연구원[KDI]`: a CJK organisation's name without the
/// abbreviation in square brackets glued to it (two to ten capitals),
/// which the list adds for in-text citations.
fn without_glued_abbreviation(t: &str) -> &str {
    t.strip_suffix(']')
        .and_then(|h| h.rsplit_once('['))
        .filter(|(name, abbr)| {
            name.ends_with(is_cjk)
                && (2..=10).contains(&abbr.len())
                && abbr.bytes().all(|b| b.is_ascii_uppercase())
        })
        .map_or(t, |(name, _)| name)
}

/// A person's foreign name in katakana, whatever its length (which makes
/// other long CJK names organisations), unless it ends in an organisation
/// word (`センター`).
fn foreign_katakana(p: &str, g: &Grammar) -> bool {
    let bare = without_bracketed_note(p);
    is_katakana_name(bare)
        && !g
            .organisation_cjk
            .iter()
            .any(|w| bare.ends_with(w.as_str()))
}

/// A Han character or the iteration mark `々` (`佐々木`).
fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x3005)
}

/// A person's name in Han characters of five or six (`淺見倫太郎`,
/// `長谷川如是閑`), as Japanese names may be; written with a space, the
/// family name before it has at most three (`美濃部 達吉`). One that ends
/// in an organisation word is none (checked by the caller).
fn long_han_person(t: &str) -> bool {
    let parts: Vec<&str> = t.split_whitespace().collect();
    let n: usize = parts.iter().map(|p| p.chars().count()).sum();
    (5..=6).contains(&n)
        && parts.iter().all(|p| p.chars().all(is_han))
        && match parts[..] {
            [_] => true,
            [family, _] => family.chars().count() <= 3,
            _ => false,
        }
}

/// A name in Hangul of two to four words apart (`존 롤스`, `존 스튜어트
/// 밀`, `테오도르 W. 아도르노`): a foreign name, given names first, as
/// Korean writes them; Korean names are written without a space. Between
/// the first and the last word, which are Hangul, a middle name may be
/// an initial in Latin letters.
fn spaced_hangul_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && hangul_word(words[0])
        && hangul_word(words[words.len() - 1])
        && words.iter().all(|w| hangul_word(w) || latin_initial(w))
}

/// Given names in Hangul after an inverted foreign family name (`존`,
/// `존 스튜어트`, `테오도르 W.`): one to three words, the first Hangul,
/// the others Hangul or initials.
fn hangul_given_names(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && hangul_word(words[0])
        && words.iter().all(|w| hangul_word(w) || latin_initial(w))
}

/// A word of Hangul letters only.
fn hangul_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(is_hangul)
}

/// An initial in Latin letters (`W.`, `W`, `Th.`) in a foreign name
/// written in Hangul: one or two letters, the first a capital.
fn latin_initial(w: &str) -> bool {
    let letters = w.strip_suffix('.').unwrap_or(w);
    (1..=2).contains(&letters.chars().count())
        && letters
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase())
        && letters.chars().all(|c| c.is_ascii_alphabetic())
}

/// A foreign name's Hangul words with each initial ending in its period
/// (`테오도르 W` of a field cut at that period is `테오도르 W.`), the words
/// one space apart.
fn with_initial_periods(t: &str) -> String {
    let mut out = String::with_capacity(t.len() + 2);
    for w in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
        if latin_initial(w) && !w.ends_with('.') {
            out.push('.');
        }
    }
    out
}

/// Foreign names in Hangul, each inverted with a comma, joined by `·` or
/// `ㆍ` as Korean lists join authors (`아도르노, 테오도르·호르크하이머, 막스`,
/// `호르크하이머, 막스ㆍ아도르노, 테오도르 W.`): two pieces or more, each a
/// family name of one Hangul word, a comma and one to three given names
/// in Hangul (or initials). A Korean name has no comma of its own, so
/// Korean co-authors (`김철수·이영희`) are no such list. A Korean co-author
/// may follow a first author so inverted (`스칼라피노, 로버트·이정식`, only
/// the first name inverted, as author-date lists write it), where that
/// first name cannot be a Korean one ([`foreign_inverted`]): a Korean name
/// of two to four syllables.
fn inverted_hangul_names(s: &str, g: &Grammar) -> Option<Vec<CslName>> {
    if !s.contains(['·', 'ㆍ']) || !s.contains(',') {
        return None;
    }
    let mut names = Vec::new();
    let mut foreign_first = false;
    for (i, piece) in s.split(['·', 'ㆍ']).enumerate() {
        let Some((family, given)) = piece.split_once(',') else {
            let p = piece.trim();
            if !foreign_first || !hangul_word(p) || !(2..=4).contains(&p.chars().count()) {
                return None;
            }
            names.push(cjk_person(p, g));
            continue;
        };
        let (family, given) = (family.trim(), given.trim());
        if !hangul_word(family) || !hangul_given_names(given) {
            return None;
        }
        if i == 0 {
            foreign_first = foreign_inverted(family, given, g);
        }
        names.push(CslName {
            family: Some(family.to_string()),
            given: Some(with_initial_periods(given)),
            literal: None,
            static_ordering: false,
            given_first: true,
        });
    }
    (names.len() >= 2).then_some(names)
}

/// Whether a family name and given names in Hangul, inverted with a comma,
/// cannot be two Korean names (`김철수, 이영희`): a family name of four
/// syllables or more that opens with no compound Korean family name of
/// the grammars (`스칼라피노`, `호르크하이머`; Korean names have two to four,
/// four only with such a family name), or given names of one syllable
/// (`존`), with a space or an initial (`존 스튜어트`, `테오도르 W.`).
fn foreign_inverted(family: &str, given: &str, g: &Grammar) -> bool {
    let long = family.chars().count() >= 4
        && !g
            .compound_family
            .iter()
            .any(|f| family.starts_with(f.as_str()));
    long || given.chars().count() == 1 || !given.chars().all(is_hangul)
}

/// A Hangul syllable or jamo.
fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3130..=0x318F)
}

/// A kana letter (hiragana or katakana, not the middle dot `・`).
fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3041..=0x309F | 0x30A1..=0x30FA | 0x30FC..=0x30FF)
}

/// Three-character Han names written without a space in a Japanese
/// reference (one with kana in it, `末川博『権利濫用の研究』`, or an imprint
/// word of the grammars' `japanese_imprints` ending a word, `旗田巍,
/// 『朝鮮史』, 岩波書店`) split as
/// Japanese names mostly do, a family name of two characters and a given
/// name of one (`末川` / `博`, `我妻` / `栄`), where the length alone
/// gives one and two (`李` / `基白`, `毛` / `泽东`, as Chinese and Korean
/// names are). `text` is the reference as written: a name written with a
/// space there (`林 達夫`) keeps its split. A name opening with a Chinese
/// or Korean family name of the grammars' `single_family` keeps one and
/// two (`陳寅恪『…』, 三聯書店`, `姜在彦『朝鮮の開化思想』`), and so does one
/// opening with a Japanese family name of one character of the grammars'
/// `japanese_single_family` whose second character ends no family name of
/// `family_final` (`辻清明『日本官僚制の研究』` is 辻 / 清明, `森田実` stays 森田 /
/// 実). Chinese title marks (`《…》`) make a work Chinese whatever its
/// imprint.
pub(crate) fn japanese_three_character_names(names: &mut [CslName], text: &str, g: &Grammar) {
    let one_and_two = |n: &CslName| {
        n.family.as_deref().is_some_and(|f| f.chars().count() == 1)
            && n.given.as_deref().is_some_and(|g| g.chars().count() == 2)
    };
    let japanese =
        || text.chars().any(is_kana) || (!text.contains('《') && japanese_imprint(text, g));
    if !names.iter().any(one_and_two) || !japanese() {
        return;
    }
    for n in names {
        let (Some(family), Some(given)) = (n.family.as_deref(), n.given.as_deref()) else {
            continue;
        };
        let (f, gv): (Vec<char>, Vec<char>) = (family.chars().collect(), given.chars().collect());
        if f.len() != 1 || gv.len() != 2 || !f.iter().chain(&gv).all(|&c| is_han(c)) {
            continue;
        }
        if g.single_family.contains(&f[0]) {
            continue;
        }
        // `辻清明`: a one-character Japanese family name, then a character
        // that ends no family name (`堀田明` is 堀田 / 明).
        if g.japanese_single_family.contains(&f[0]) && !g.family_final.contains(&gv[0]) {
            continue;
        }
        if !text.contains(&format!("{family}{given}")) {
            continue;
        }
        n.family = Some(format!("{}{}", f[0], gv[0]));
        n.given = Some(gv[1].to_string());
    }
}

/// An imprint word of the grammars' `japanese_imprints` in `text` that
/// ends a word there (`岩波書店,`, `中央公論新社)`): not one that goes on
/// in Han characters or kana (`新社會` is a new society, `上海書店出版社` a
/// Chinese press).
fn japanese_imprint(text: &str, g: &Grammar) -> bool {
    g.japanese_imprints.iter().any(|w| {
        text.match_indices(w.as_str()).any(|(i, _)| {
            !text[i + w.len()..]
                .chars()
                .next()
                .is_some_and(|c| is_han(c) || is_kana(c))
        })
    })
}

/// A family name in Han characters that a paper shows on its own: the
/// names part of a short form (`道垣内・前掲書`, `梅・前掲注(3)`) or of an
/// author-date citation (`林 2012`, `佐藤・鈴木 2010`), one to four Han
/// characters. Returns each such name of `written` (names joined by `・`,
/// `、` or commas).
pub(crate) fn han_family_names(written: &str) -> impl Iterator<Item = &str> {
    written
        .split(['・', '、', ',', '，', '·'])
        .map(str::trim)
        .filter(|w| (1..=4).contains(&w.chars().count()) && w.chars().all(is_han))
}

/// A Japanese name in Han characters written without a space
/// (`道垣内弘人`, `梅謙次郎`) is cut by its length (two characters of
/// family name for four, one and two for three), which a family name of
/// three characters or of one gets wrong. Where the paper writes the
/// family name alone (`道垣内・前掲書`, `（林 2012）`: `families`), a name
/// that starts with one of them and goes on is cut there: the longest
/// that fits, unless the family name read already is among them. Foreign
/// names (given name first) and names written with a space in `written`
/// keep their split.
pub(crate) fn han_names_cut_by_family(
    names: &mut [CslName],
    families: &std::collections::HashSet<String>,
    written: &str,
) {
    for n in names {
        if n.given_first || n.literal.is_some() {
            continue;
        }
        let (Some(family), Some(given)) = (n.family.as_deref(), n.given.as_deref()) else {
            continue;
        };
        if families.contains(family) || !family.chars().chain(given.chars()).all(is_han) {
            continue;
        }
        if written.contains(&format!("{family} {given}"))
            || written.contains(&format!("{family}\u{3000}{given}"))
        {
            continue;
        }
        let whole = format!("{family}{given}");
        let cut = whole
            .char_indices()
            .skip(1)
            .map(|(i, _)| i)
            .filter(|&i| families.contains(&whole[..i]))
            .max();
        if let Some(i) = cut {
            n.given = Some(whole[i..].to_string());
            n.family = Some(whole[..i].to_string());
        }
    }
}

fn cjk_person(t: &str, g: &Grammar) -> CslName {
    let t = without_bracketed_note(t);
    // `[德]卡尔·拉伦茨`: a foreign name, the family name last.
    if let Some(n) = nationality_len(t) {
        let name = t[n..].trim();
        let (given, family) = match name.rsplit_once(['·', '・', '‧']) {
            Some((given, family)) => (Some(given.trim().to_string()), family.trim().to_string()),
            None => (None, name.to_string()),
        };
        return CslName {
            family: Some(family),
            given_first: given.is_some(),
            given,
            literal: None,
            static_ordering: false,
        };
    }
    // `约翰·罗尔斯`, `罗尔斯`: a transliterated foreign name, the family
    // name last, or alone (it is not cut by its length as a Chinese name is).
    if transliterated(t, g) {
        let (given, family) = match t.rsplit_once(NAME_DOTS) {
            Some((given, family)) => (Some(given.to_string()), family.to_string()),
            None => (None, t.to_string()),
        };
        return CslName {
            family: Some(family),
            given_first: given.is_some(),
            given,
            literal: None,
            static_ordering: false,
        };
    }
    // A foreign name in katakana: the family name last (`ハンス・ベッカー`),
    // or alone (`ベッカー`); it is not cut by its length as a Han name is.
    if is_katakana_name(t) {
        let (given, family) = match t.rsplit_once('・') {
            Some((given, family)) => (Some(given.to_string()), family.to_string()),
            None => (None, t.to_string()),
        };
        return CslName {
            family: Some(family),
            given,
            literal: None,
            static_ordering: false,
            given_first: false,
        };
    }
    // `존 롤스`, `미셸 푸코`: a Hangul name written with spaces is a foreign
    // name, given names first, as Korean writes them (Korean names are
    // written without one).
    if spaced_hangul_name(t) {
        let (given, family) = t.rsplit_once(char::is_whitespace).unwrap_or(("", t));
        let given = with_initial_periods(given);
        return CslName {
            family: Some(family.to_string()),
            given_first: !given.is_empty(),
            given: (!given.is_empty()).then_some(given),
            literal: None,
            static_ordering: false,
        };
    }
    // `山田 太郎`: a space, where written, parts family and given names.
    let (family, given) = if let Some((f, g)) = t.split_once(char::is_whitespace) {
        (f.to_string(), g.split_whitespace().collect::<String>())
    } else {
        let chars: Vec<char> = t.chars().collect();
        // Four Han characters or more (`山田太郎`, `欧阳修然`) are mostly a
        // two-character family name; Hangul names and three-character Han
        // names (`김철수`, `毛泽东`) mostly one. A family name of the
        // grammars' `compound_family` (`남궁`, `司馬`, `長谷川`) is taken
        // whole, the longest first, where a given name follows it; alone
        // (`山田` of `山田ほか`, a family name and others) it is the family
        // name.
        // A name whose first two bytes are not the text's is not compared.
        let head = t.as_bytes().get(..2);
        let compound = g
            .compound_family
            .iter()
            .filter(|f| f.as_bytes().get(..2).is_none_or(|h| Some(h) == head))
            .filter(|f| t.starts_with(f.as_str()))
            .map(|f| f.chars().count())
            .filter(|&k| (2..=chars.len()).contains(&k))
            .max();
        let han = chars.iter().all(|&c| is_han(c));
        let cut = match compound {
            Some(k) => k,
            None if chars.len() >= 4 && han => 2,
            None => 1,
        };
        // `小川原宏幸`, `小笠原長生`: of five Han characters or more, a
        // third that ends family names of three (the grammars'
        // `family_final`) ends the family name.
        let cut = if cut == 2
            && han
            && chars.len() >= 5
            && g.family_final.binary_search(&chars[2]).is_ok()
        {
            3
        } else {
            cut
        };
        let cut = cut.min(chars.len());
        (chars[..cut].iter().collect(), chars[cut..].iter().collect())
    };
    CslName {
        family: Some(family),
        given: (!given.is_empty()).then_some(given),
        literal: None,
        static_ordering: false,
        given_first: false,
    }
}

/// Strips an `et al.`-type word at the end; returns the rest and whether it was there.
fn strip_et_al<'a>(s: &'a str, g: &Grammar) -> (&'a str, bool) {
    let t = s.trim_end().trim_end_matches([',', ';']).trim_end();
    // `Sörlin m.fl` of a field cleaned of its final period. Where
    // lowercasing keeps the text's length (nearly always), an ending of the
    // lowercased text stands at the same offset in `t`; else (`İ` lowercases
    // one byte longer) the ending is looked for letter by letter. Either
    // way the cut is checked on `t` itself.
    crate::text::with_lowercase(t, |lower| {
        for wl in &g.et_al_endings {
            let wl = wl.as_str();
            let at = if lower.len() == t.len() {
                // An ending whose last byte is not the text's is none of
                // its endings (most are not): no comparison of the rest.
                if lower.as_bytes().last() != wl.as_bytes().last() {
                    continue;
                }
                match lower.strip_suffix(wl) {
                    Some(cut) if !wl.is_empty() && t.is_char_boundary(cut.len()) => cut.len(),
                    _ => continue,
                }
            } else {
                let n = wl.chars().count();
                match t.char_indices().rev().nth(n.wrapping_sub(1)) {
                    Some((at, _)) if n > 0 => at,
                    _ => continue,
                }
            };
            if !t[at..].chars().flat_map(char::to_lowercase).eq(wl.chars()) {
                continue;
            }
            let cut = &t[..at];
            // The et-al word must stand on its own (after a space, a comma,
            // or directly after a CJK name for CJK words).
            let before = cut.chars().last();
            let standalone = before.is_none_or(|c| {
                c.is_whitespace() || c == ',' || (is_cjk(c) && wl.chars().all(is_cjk))
            });
            if standalone && !cut.trim().is_empty() {
                return (cut.trim_end().trim_end_matches(',').trim_end(), true);
            }
        }
        (t, false)
    })
}

/// Role words after names (`ed.`, `eds.`, `(Hrsg.)`, `(Org.)`, `편`: the
/// grammars' `names.roles`). A role word of letters stands alone (`Fred.`
/// keeps its `ed.`), and one that ends in a period is also taken without
/// it, as where a bibliography's names ended at that period (`Doe, Jane,
/// ed. The Reader.`).
pub fn strip_roles<'s>(s: &'s str, g: &Grammar) -> &'s str {
    let t = s.trim();
    // Most names end in a byte no role ends with, bare or not: none of
    // them is looked at.
    if !t.as_bytes().last().is_some_and(|&b| g.role_ends.has(b)) {
        return t;
    }
    strip_any_role(t, g)
}

/// [`strip_roles`] on a trimmed text, each role tried in turn.
fn strip_any_role<'s>(mut t: &'s str, g: &Grammar) -> &'s str {
    for r in &g.roles {
        // The role as written, and without its period when it opens with
        // a letter (`ed` of `ed.`); the suffix is compared first, as it
        // rules most roles out.
        let bare = r.strip_suffix('.');
        let last = t.as_bytes().last();
        if r.as_bytes().last() != last && bare.and_then(|b| b.as_bytes().last()) != last {
            continue;
        }
        for (i, r) in std::iter::once(r.as_str()).chain(bare).enumerate() {
            let Some(x) = t.strip_suffix(r) else {
                continue;
            };
            if i == 1 && !r.chars().next().is_some_and(char::is_alphabetic) {
                continue;
            }
            let first = r.chars().next().unwrap_or(' ');
            let alone = !first.is_alphabetic()
                || crate::segment::is_cjk(first)
                || x.chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '('));
            if alone {
                t = x.trim_end().trim_end_matches(',').trim_end();
                break;
            }
        }
    }
    t
}

/// The last bytes of the role words `roles` ([`Grammar::role_ends`]), and
/// of each without its final period: a text that ends in no other byte
/// ends with none of them ([`strip_roles`]).
pub(crate) fn role_ends(roles: &[String]) -> crate::text::ByteSet {
    let mut ends = crate::text::ByteSet::default();
    for r in roles {
        for w in std::iter::once(r.as_str()).chain(r.strip_suffix('.')) {
            if let Some(&b) = w.as_bytes().last() {
                ends.add(b);
            }
        }
    }
    ends
}

/// The names `s` end with an initial and its period (`Roe, J. R.`,
/// `Παπαδόπουλος, Γ.`, `Nowak J.`), before any commas; the initial may
/// keep the small consonant of a digraph (`Wójcicki K. Wł.`, `Simler
/// Ph.`, `Ch.`, `Sz.`); `Li.` ending `and Wenliang Li.` is a family name.
fn ends_with_initial(s: &str) -> bool {
    let s = s.trim_end().trim_end_matches(',').trim_end();
    let Some(open) = s.strip_suffix('.') else {
        return false;
    };
    let mut back = open.chars().rev().peekable();
    // `Wł.`, `Ph.`: a capital and one small consonant.
    if back
        .peek()
        .is_some_and(|&c| c.is_lowercase() && !is_vowel(c))
    {
        back.next();
    }
    back.next().is_some_and(char::is_uppercase)
        && back
            .next()
            .is_some_and(|c| c.is_whitespace() || matches!(c, '.' | '-' | ','))
}

/// Whether `c` is a small vowel of a Latin alphabet (`a`, `é`, `ą`, `y`).
fn is_vowel(c: char) -> bool {
    "aeiouyàáâãäåæèéêëěìíîïòóôõöøœùúûüůýąę".contains(c)
}

/// Whether `w` is an initial with its period, as Polish, Czech, French and
/// Romanian names write them: a capital and perhaps one small letter (`K.`,
/// `Wł.`, `Ph.`), or up to three such letters joined by a hyphen, a period
/// or both (`J-P.`, `J.-P.`, `I.-F.`, `S.I.`, `E.A.`).
pub(crate) fn initial_with_period(w: &str) -> bool {
    w.strip_suffix('.').is_some_and(|i| {
        // `.-` joins two initials as `-` does; other doubled marks none.
        let joined = !i.contains("..") && !i.contains("--") && !i.contains("-.");
        let letters = |p: &str| {
            let mut c = p.chars();
            c.next().is_some_and(char::is_uppercase)
                && c.as_str().chars().count() <= 1
                && c.all(char::is_lowercase)
        };
        joined
            && i.split(['-', '.']).filter(|p| !p.is_empty()).count() <= 3
            && i.split(['-', '.'])
                .enumerate()
                .all(|(k, p)| letters(p) || k > 0 && p.is_empty())
    })
}

/// Whether `t` is a name written family name first, then its initials
/// with periods (`Terré F.`, `Simler Ph.`, `Le Tourneau Ph.`,
/// `Wójcicki K. Wł.`): one or two words that are no initials, then one to
/// three initials of a capital (and a small letter) and a period.
fn family_then_initials(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let family = words.iter().take_while(|w| !initial_with_period(w)).count();
    (1..=2).contains(&family)
        && (1..=3).contains(&(words.len() - family))
        && words[family..].iter().all(|w| initial_with_period(w))
        && words[family - 1].starts_with(char::is_uppercase)
}

/// `s` without the periods and commas that close a list of names, but with
/// the period of an initial that ends it ([`ends_with_initial`]): the given
/// name is written with its period, as the other initials are.
fn without_closing_period(s: &str) -> &str {
    let s = s.trim().trim_end_matches(',').trim_end();
    if ends_with_initial(s) {
        return s;
    }
    s.trim_end_matches(['.', ',']).trim()
}

/// `s` with each family name's initials in brackets (`Fabre-Magnan (M.)`,
/// `Simler (Ph.)`, `Malaurie (J.-L.)`) written after a comma instead
/// (`Fabre-Magnan, M.`), or `None` when it has none. A role of the
/// grammars in brackets (`(Hg.)`, `(Ed.)`) is none.
fn bracketed_initials(s: &str, g: &Grammar) -> Option<String> {
    let role = |w: &str| {
        g.roles
            .iter()
            .chain(&g.author_roles)
            .any(|r| r.trim_matches(['(', ')']).eq_ignore_ascii_case(w))
    };
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    let mut changed = false;
    while let Some(i) = rest.find(" (") {
        let inner_start = i + 2;
        let Some(close) = rest[inner_start..].find(')') else {
            break;
        };
        let inner = &rest[inner_start..inner_start + close];
        let before_ok = rest[..i].ends_with(char::is_alphabetic);
        // `WOLFF (Philippe)`: given names in full after a family name in
        // capitals of one to three words, no organisation's (`AUTORIDADE
        // NACIONAL DE PROTEÇÃO DE DADOS (Brasil)` names a country after a
        // body, as ABNT writes it). The name starts after the last comma
        // or joining word of the grammars.
        let capitals_before = || {
            let head = &rest[..i];
            let joined = g.and_words.iter().filter_map(|w| {
                let j = format!(" {w} ");
                head.rfind(&j).map(|k| k + j.len())
            });
            let start = head
                .rfind(", ")
                .map(|k| k + 2)
                .into_iter()
                .chain(joined)
                .max()
                .unwrap_or(0);
            let words: Vec<&str> = head[start..].split_whitespace().collect();
            (1..=3).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars()
                        .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’'))
                        && !g.organisation_words.contains(&w.to_lowercase())
                })
                && words.iter().any(|w| w.chars().count() >= 2)
        };
        let names_ok = initials_only(inner) || given_names_only(inner) && capitals_before();
        if before_ok && names_ok && !role(inner) {
            out.push_str(&rest[..i]);
            out.push_str(", ");
            out.push_str(inner);
            changed = true;
        } else {
            out.push_str(&rest[..inner_start + close + 1]);
        }
        rest = &rest[inner_start + close + 1..];
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// Given names alone, one to three, each a capital and lowercase letters,
/// perhaps joined by a hyphen (`Philippe`, `Jean-Claude`, `Marie Anne`).
fn given_names_only(s: &str) -> bool {
    let words: Vec<&str> = s.split(' ').collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.split('-').all(|part| {
                let mut cs = part.chars();
                cs.next().is_some_and(char::is_uppercase)
                    && cs.clone().next().is_some()
                    && cs.all(char::is_lowercase)
            })
        })
}

/// Initials alone, each a capital and perhaps one lowercase letter with
/// its period, joined by hyphens or spaces (`M.`, `Ph.`, `J.-L.`, `J. M.`).
fn initials_only(s: &str) -> bool {
    !s.is_empty()
        && s.split(['-', ' ']).all(|part| {
            let Some(letters) = part.strip_suffix('.') else {
                return false;
            };
            let mut cs = letters.chars();
            cs.next().is_some_and(char::is_uppercase)
                && cs.clone().count() <= 1
                && cs.all(char::is_lowercase)
        })
}

/// Parses an author list.
pub fn parse_names(s: &str, order: NameOrder, g: &Grammar) -> Names {
    let mut names = read_names(s, order, g);
    // Kept in the model for the whole run: without a growing vector's
    // spare room.
    names.names.shrink_to_fit();
    names
}

/// `Page, M. J., …, McDonald, S., … Moher, D.`: APA 7 lists the first
/// nineteen authors of a work with more, then an ellipsis and the last
/// author. The list without the ellipsis (`…`, `...` or `. . .` after a
/// comma or `&` and before a capital, a comma after it too), or `None`
/// when it has none.
fn without_elision(s: &str) -> Option<String> {
    // `...` and `. . .` open with a period before another or before a
    // space and another: a list without one has neither.
    let b = s.as_bytes();
    let dotted = s
        .match_indices('.')
        .any(|(i, _)| matches!(b[i + 1..], [b'.', ..] | [b' ', b'.', ..]));
    if !(s.contains('…') || dotted && (s.contains("...") || s.contains(". . ."))) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    let mut changed = false;
    while let Some(at) = rest.find([',', '&']) {
        let sign = rest[at..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&rest[..at + sign]);
        rest = &rest[at + sign..];
        let t = rest.trim_start();
        let Some(after) = ["…", ". . .", "..."].iter().find_map(|e| t.strip_prefix(e)) else {
            continue;
        };
        let next = after.trim_start_matches(',').trim_start();
        if after.len() > next.len() && next.starts_with(char::is_uppercase) {
            out.push(' ');
            rest = next;
            changed = true;
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

fn read_names(s: &str, order: NameOrder, g: &Grammar) -> Names {
    let elided = without_elision(s);
    let s = elided.as_deref().unwrap_or(s);
    // `Fabre-Magnan (M.)`, `Terré (F.), Simler (Ph.) et Lequette (Y.)`:
    // French legal writing puts the initials in brackets after the family
    // name; read as `Fabre-Magnan, M.`.
    let b = s.as_bytes();
    let unbracketed = if s.match_indices('(').any(|(i, _)| i > 0 && b[i - 1] == b' ') {
        bracketed_initials(s, g)
    } else {
        None
    };
    let s = unbracketed.as_deref().unwrap_or(s);
    // `Nowak, Jan (red.).`, `Smith, John, ed.`: the role before the
    // period that ends the names.
    let closed = s.trim().trim_end_matches(['.', ',']).trim_end();
    let bare = strip_roles(closed, g);
    let raw = if bare.len() < closed.len() {
        bare
    } else {
        strip_roles(s, g)
    };
    let mut s = crate::text::clean_field(raw);
    if ends_with_initial(raw) && !s.ends_with('.') {
        s.push('.');
    }
    let (s, et_al) = strip_et_al(&s, g);
    let s = without_closing_period(s);
    if s.is_empty() {
        return Names {
            names: Vec::new(),
            et_al,
        };
    }
    let cjk_count = s.chars().filter(|c| is_cjk(*c)).count();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count().max(1);
    if cjk_count * 2 >= letters {
        let parts = cjk_name_parts(s, g);
        // `ベッカー、ハンス`: two single katakana words are one foreign name,
        // family name first, as bibliographies write it.
        if let [family, given] = parts[..] {
            let given_bare = without_bracketed_note(given);
            // `롤스, 존`, `밀, 존 스튜어트`: a foreign name in Hangul, family
            // name first; a Korean name is of two syllables or more, and
            // without a space.
            // Given names with an initial (`아도르노, 테오도르 W.`) are
            // foreign too: a Korean name has none.
            let hangul_given = given_bare.chars().all(is_hangul) && given_bare.chars().count() == 1
                || spaced_hangul_name(given_bare)
                || hangul_given_names(given_bare)
                    && given_bare.contains(|c: char| c.is_ascii_uppercase());
            let foreign_hangul = hangul_given && family.chars().all(is_hangul);
            if foreign_hangul
                || [family, given_bare]
                    .iter()
                    .all(|p| foreign_katakana(p, g) && !p.contains('・'))
            {
                let given = if foreign_hangul {
                    with_initial_periods(given_bare)
                } else {
                    given_bare.to_string()
                };
                return Names {
                    names: vec![CslName {
                        family: Some(family.to_string()),
                        given: Some(given),
                        literal: None,
                        static_ordering: false,
                        given_first: foreign_hangul,
                    }],
                    et_al,
                };
            }
        }
        if let Some(names) = inverted_hangul_names(s, g) {
            return Names { names, et_al };
        }
        let alone = parts.len() == 1;
        let names = parts
            .into_iter()
            .map(|p| {
                if foreign_katakana(p, g) || nationality_len(p).is_some() || transliterated(p, g) {
                    cjk_person(p, g)
                } else if is_organisation(p, g)
                    || alone && short_cjk_organisation(p, g)
                    || p.split_whitespace().count() > 1
                        && !p.chars().all(|c| is_cjk(c) || c.is_whitespace())
                        && !spaced_hangul_name(p)
                {
                    CslName {
                        literal: Some(without_glued_abbreviation(p).to_string()),
                        ..Default::default()
                    }
                } else {
                    cjk_person(p, g)
                }
            })
            .collect();
        return Names { names, et_al };
    }
    // The whole string is an organisation (`U.S. Department of State`,
    // `Ministry of Foreign Affairs of North Korea`).
    let family_first =
        korean_family_first(s) || order == NameOrder::InvertedFirst && romanized_name_pair(s);
    if is_organisation(s, g)
        && !s.contains(',')
        && !family_first
        && (!has_and(s, g) || and_inside_organisation(s, g))
    {
        return Names {
            names: vec![CslName {
                literal: Some(s.to_string()),
                ..Default::default()
            }],
            et_al,
        };
    }
    if let Some(names) = slash_inverted(s, order) {
        return Names { names, et_al };
    }
    if let Some(names) = joined_inverted_pair(s, g) {
        return Names { names, et_al };
    }
    let tokens = split_tokens(s, g);
    let mut names = Vec::new();
    let mut i = 0;
    let natural_pair = order == NameOrder::Natural
        && tokens.len() == 2
        && tokens
            .iter()
            .all(|t| !t.contains(' ') && t.chars().next().is_some_and(char::is_uppercase))
        && !has_and(s, g);
    while i < tokens.len() {
        let t = tokens[i].as_str();
        let next = tokens.get(i + 1).map(String::as_str);
        let inverted_first = (order == NameOrder::InvertedFirst || natural_pair)
            && i == 0
            && family_first_person(t, g).is_none()
            && next.is_some_and(|n| looks_given(n) && !is_organisation(n, g))
            && t.split_whitespace().count() <= 3
            && !is_capitalised_person(t)
            // `Terré F., Simler Ph.`: a name that ends with its initials
            // is whole; the next is another name.
            && !family_then_initials(t);
        // `SILVA, João da; SOUZA, Maria`: a family name in capitals before
        // given names that are not is inverted wherever it stands (ABNT,
        // French and Spanish bibliographies), and is no acronym.
        let inverted_capitals = is_capitalised_family(t)
            && next.is_some_and(|n| given_with_particles(n) && !is_organisation(n, g));
        let inverted_first = inverted_first || inverted_capitals;
        if let Some(n) = next.filter(|n| is_initials(n) && !is_initials(t) || inverted_first) {
            names.push(CslName {
                family: Some(t.to_string()),
                given: Some(n.to_string()),
                literal: None,
                static_ordering: false,
                given_first: false,
            });
            i += 2;
            continue;
        }
        let person_beside = || {
            tokens
                .iter()
                .enumerate()
                .any(|(j, o)| j != i && o.split_whitespace().count() >= 2 && !is_organisation(o, g))
        };
        if is_organisation(t, g) && !(given_publisher_surname(t, g) && person_beside()) {
            names.push(CslName {
                literal: Some(t.to_string()),
                ..Default::default()
            });
        } else if let Some(n) = family_first_person(t, g) {
            names.push(n);
        } else if order == NameOrder::InvertedFirst
            && tokens.len() == 1
            && romanized_family_first(t)
        {
            // `Maruyama Masao.` in a list that inverts `Gluck, Carol.`: a
            // name the list leaves as it is was written family name first.
            names.push(romanized_person(t));
        } else {
            names.push(natural_person(t, g));
        }
        i += 1;
    }
    Names { names, et_al }
}

/// Names of a list in inverted order joined by `/`, as German
/// bibliographies write them (`Jarass, Hans D./Pieroth, Bodo`, `Maunz,
/// Theodor/Dürig, Günter`): every piece between slashes is one name, family
/// name, a comma, given names. `None` unless there are two pieces or more,
/// each of that shape.
fn slash_inverted(s: &str, order: NameOrder) -> Option<Vec<CslName>> {
    if order != NameOrder::InvertedFirst || !s.contains('/') {
        return None;
    }
    let mut names = Vec::new();
    for piece in s.split('/') {
        let (family, given) = piece.split_once(',')?;
        let (family, given) = (family.trim(), given.trim());
        let family_ok = (1..=3).contains(&family.split_whitespace().count())
            && family.chars().next().is_some_and(char::is_uppercase)
            && family
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'));
        if !family_ok || given.contains(',') || !looks_given(given) {
            return None;
        }
        names.push(CslName {
            family: Some(family.to_string()),
            given: Some(given.to_string()),
            literal: None,
            static_ordering: false,
            given_first: false,
        });
    }
    (names.len() >= 2).then_some(names)
}

/// A family name written in capitals, of one to three words (`SILVA`,
/// `DA SILVA`, `GARCÍA MÁRQUEZ`).
pub(crate) fn is_capitalised_family(t: &str) -> bool {
    let words = t.split_whitespace();
    (1..=3).contains(&words.clone().count()) && words.clone().all(is_capitalised_name)
}

/// Given names after an inverted family name, with the particles that
/// follow them (`João da`, `Carlos Eduardo de`, `Anthony W.`): capitalised
/// words and lowercase particles, not written in capitals.
pub(crate) fn given_with_particles(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !words.iter().all(|w| is_capitalised_name(w))
        && words.iter().all(|w| {
            PARTICLES.contains(w)
                || w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// Whether a particle stands before another word in `t` (`Les Paysans du
/// Nord`): given names after an inverted family name end with their
/// particle (`BEAUVOIR, Simone de`), so `t` is a title.
pub(crate) fn particle_before_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    words
        .iter()
        .take(words.len().saturating_sub(1))
        .any(|w| PARTICLES.contains(w))
}

fn looks_given(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    // `Bar, Christian von`, `Berg, Jan van der`: the particles of the family
    // name stand after the given names.
    let given = words
        .iter()
        .rposition(|w| !PARTICLES.contains(w) && *w != "zu")
        .map_or(0, |i| i + 1);
    given > 0
        && words.len() <= 3 + (words.len() - given).min(2)
        && words[..given]
            .iter()
            .all(|w| w.chars().next().is_some_and(crate::text::opens_name))
}

fn has_and(s: &str, g: &Grammar) -> bool {
    crate::text::with_lowercase(s, |lower| {
        // `;` and `,` come first and are not `and` words.
        g.name_separators.iter().skip(2).any(|sep| {
            let hay = if sep.word { lower } else { s };
            hay.contains(sep.pattern.as_str())
        })
    })
}

/// `Organisation for Economic Co-operation and Development`, `Department
/// of Health and Human Services`: the `and` word of an organisation's name.
/// A lowercase word that is neither a particle nor an `and` word (`for`,
/// `of`) shows that the words around it name no person.
fn and_inside_organisation(s: &str, g: &Grammar) -> bool {
    // `Instituto Nacional de Estadística e Informática`: after an
    // organisation word opening the name, `de` is the name's preposition,
    // not a person's particle.
    let opens_organisation = s
        .split_whitespace()
        .next()
        .is_some_and(|w| crate::text::with_lowercase(w, |l| g.organisation_latin.contains(l)));
    s.split_whitespace().any(|w| {
        w.chars().next().is_some_and(char::is_lowercase)
            && (opens_organisation || !PARTICLES.contains(&w))
            && !has_and(&format!(" {w} "), g)
    })
}

/// Two names, each inverted, joined by an `and` word (`Haapala, Pertti &
/// Hoppu, Tuomas`, `Fure, Eli og Steine, Gunnar`): on each side of the
/// first `and` word one comma, a family name of one word before it and one
/// or two capitalised given names after it.
fn joined_inverted_pair(s: &str, g: &Grammar) -> Option<Vec<CslName>> {
    // Two commas, one in each name: most lists fail here.
    let mut commas = s.bytes().filter(|&b| b == b',');
    if commas.next().is_none() || commas.next().is_none() || commas.next().is_some() {
        return None;
    }
    // `;` and `,` come first in the separators; a mark (`&`) stands
    // between spaces. One with a byte the list lacks is not in it.
    let bytes = crate::text::ByteSet::of(s);
    let (left, right) = g
        .name_separators
        .iter()
        .skip(2)
        .filter_map(|sep| {
            let p = sep.pattern.as_str();
            if !bytes.has_all(p) {
                return None;
            }
            let at = if sep.word || p.starts_with(' ') {
                s.find(p)?
            } else {
                s.find(p)
                    .filter(|&at| s[..at].ends_with(' ') && s[at + p.len()..].starts_with(' '))?
            };
            Some((at, at + p.len()))
        })
        .min()
        .map(|(a, b)| (&s[..a], &s[b..]))?;
    let inverted = |part: &str| -> Option<CslName> {
        let (family, given) = part.trim().split_once(", ")?;
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let given_words: Vec<&str> = given.split_whitespace().collect();
        (!family.contains([' ', ','])
            && capital(family)
            && (1..=2).contains(&given_words.len())
            && given_words.iter().all(|w| capital(w))
            && !given.contains(','))
        .then(|| CslName {
            family: Some(family.to_string()),
            given: Some(given.to_string()),
            literal: None,
            static_ordering: false,
            given_first: false,
        })
    };
    Some(vec![inverted(left)?, inverted(right)?])
}

/// Splits on commas, semicolons and `and`-words.
pub(crate) fn split_tokens(s: &str, g: &Grammar) -> Vec<String> {
    // Separators in order: `;`, `,`, then the grammar's `and` words; a word
    // written in letters splits case-insensitively and only between
    // spaces (` and `), a mark anywhere (`&`, `·`).
    // Word separators are looked for in a lower-cased copy; when lower
    // casing changes byte lengths the offsets would not carry over, so the
    // text is then searched as written.
    crate::text::with_lowercase(s, |lowered| {
        let lower = if lowered.len() == s.len() { lowered } else { s };
        // Most separators are not there at all: one whose bytes do not all
        // occur in the text is skipped without a search.
        let (bytes_of_s, bytes_of_lower) =
            (crate::text::ByteSet::of(s), crate::text::ByteSet::of(lower));
        let mut parts: Vec<(usize, usize)> = vec![(0, s.len())];
        for sep in &g.name_separators {
            let (hay, bytes) = if sep.word {
                (lower, &bytes_of_lower)
            } else {
                (s, &bytes_of_s)
            };
            let sep = &sep.pattern;
            if !bytes.has_all(sep) || !hay.contains(sep.as_str()) {
                continue;
            }
            let mut next = Vec::with_capacity(parts.len() + 1);
            for (a, b) in parts {
                let mut last = a;
                let mut search = a;
                while let Some(pos) = hay[search..b].find(sep.as_str()) {
                    let at = search + pos;
                    let end = at + sep.len();
                    if s.is_char_boundary(at) && s.is_char_boundary(end) {
                        next.push((last, at));
                        last = end;
                    }
                    search = end;
                    while !hay.is_char_boundary(search) {
                        search += 1;
                    }
                }
                next.push((last, b));
            }
            parts = next;
        }
        parts
            .into_iter()
            .map(|(a, b)| s[a..b].trim().trim_start_matches(['&']).trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three-character names of Japanese works: two and one by default,
    /// one and two after a one-character family name whose next character
    /// ends no family name.
    #[test]
    fn japanese_three_character_names_split_by_their_family_name() {
        let g = Grammar::builtin();
        let split = |name: &str, text: &str| {
            let mut names = parse_names(name, NameOrder::Natural, &g).names;
            japanese_three_character_names(&mut names, text, &g);
            let n = &names[0];
            (
                n.family.clone().unwrap_or_default(),
                n.given.clone().unwrap_or_default(),
            )
        };
        for (name, text, family, given) in [
            (
                "辻清明",
                "辻清明『日本官僚制の研究』東京大学出版会、1969年",
                "辻",
                "清明",
            ),
            (
                "岡義武",
                "岡義武『近代日本政治史』創文社、1962年",
                "岡",
                "義武",
            ),
            (
                "末川博",
                "末川博『権利濫用の研究』岩波書店、1949年",
                "末川",
                "博",
            ),
            (
                "森田実",
                "森田実『政治の見方』岩波書店、1990年",
                "森田",
                "実",
            ),
            ("堀田明", "堀田明『行政の研究』有斐閣、2000年", "堀田", "明"),
            (
                "浜中昇",
                "浜中昇『朝鮮古代の經濟と社會』法政大學出版局、1986年",
                "浜中",
                "昇",
            ),
        ] {
            assert_eq!(
                split(name, text),
                (family.to_string(), given.to_string()),
                "{name}"
            );
        }
    }

    #[test]
    fn no_particle_is_longer_than_five_bytes() {
        // `is_organisation` looks longer words up in none.
        assert!(PARTICLES.iter().all(|p| p.len() <= 5));
    }

    #[test]
    fn initials_with_periods_are_a_capital_and_one_small_letter_at_most() {
        for w in [
            "K.", "Wł.", "Ph.", "J-P.", "Ž.", "A.-M.", "I.-F.", "S.I.", "E.A.",
        ] {
            assert!(initial_with_period(w), "{w}");
        }
        for w in [
            "K", "Wło.", "ph.", "Dr", "Nowak.", ".", ".A.", "A..B.", "A-.B.", "A.B.C.D.",
        ] {
            assert!(!initial_with_period(w), "{w}");
        }
    }

    #[test]
    fn an_elided_author_list_drops_the_ellipsis_only() {
        for (s, want) in [
            ("Li, T., … Moher, D.", "Li, T., Moher, D."),
            ("Li, T., ... Moher, D.", "Li, T., Moher, D."),
            ("Li, T., . . . Moher, D.", "Li, T., Moher, D."),
            ("Li, T., …, Moher, D.", "Li, T., Moher, D."),
            ("Li, T., & … Moher, D.", "Li, T., & Moher, D."),
        ] {
            assert_eq!(without_elision(s).as_deref(), Some(want), "{s}");
        }
        for s in [
            "Li, T., & Moher, D.",
            "Li, T., …",
            "Li, T., … and others",
            "Li, T. … Moher, D.",
            "Li, T.,…Moher, D.",
        ] {
            assert_eq!(without_elision(s), None, "{s}");
        }
    }

    fn fam(names: &Names) -> Vec<String> {
        names.names.iter().map(name_key).collect()
    }

    #[test]
    fn et_al_is_found_after_letters_whose_lowercase_is_longer() {
        let g = Grammar::builtin();
        // `İ` lowercases to two chars (`i̇`): the cut must still fall on a
        // boundary of the text as written.
        let (rest, et_al) = strip_et_al("Latif İstanbul 等", &g);
        assert!(et_al);
        assert_eq!(rest, "Latif İstanbul");
        let (rest, et_al) = strip_et_al("İnalcık, Halil, et al.", &g);
        assert!(et_al);
        assert_eq!(rest, "İnalcık, Halil");
        assert_eq!(strip_et_al("İnalcık, Halil", &g), ("İnalcık, Halil", false));
        // The input the fuzzer found: no panic.
        let text = "Latif Boc\u{fffd}y a\u{300a}y discu\u{442}\u{43e}si\u{440} \u{130}st\u{fffd}abl\nun 1994, s. \u{7b49}.";
        for order in [NameOrder::InvertedFirst, NameOrder::Natural] {
            let _ = parse_names(text, order, &g);
        }
    }

    #[test]
    fn inverted_names_joined_by_slashes_are_one_name_each() {
        let g = Grammar::builtin();
        let names = |s: &str, order: NameOrder| -> Vec<(String, String)> {
            parse_names(s, order, &g)
                .names
                .iter()
                .map(|n| {
                    (
                        n.family.clone().unwrap_or_default(),
                        n.given.clone().unwrap_or_default(),
                    )
                })
                .collect()
        };
        let inverted = NameOrder::InvertedFirst;
        assert_eq!(
            names("Jarass, Hans D./Pieroth, Bodo", inverted),
            [
                ("Jarass".into(), "Hans D.".into()),
                ("Pieroth".into(), "Bodo".into())
            ]
        );
        assert_eq!(
            names("Maunz, Theodor/Dürig, Günter (Begr.)", inverted),
            [
                ("Maunz".into(), "Theodor".into()),
                ("Dürig".into(), "Günter".into())
            ]
        );
        // A piece without its given names: not this form.
        assert!(slash_inverted("Maunz/Dürig, Günter", inverted).is_none());
        assert!(slash_inverted("Jarass, Hans D./Pieroth, Bodo", NameOrder::Natural).is_none());
    }

    #[test]
    fn role_words_after_names_stand_alone() {
        let g = Grammar::builtin();
        let families = |s: &str| -> Vec<String> {
            parse_names(s, NameOrder::InvertedFirst, &g)
                .names
                .iter()
                .map(name_key)
                .collect()
        };
        assert_eq!(families("Doe, Jane, ed."), ["doe"]);
        // The bibliography's sentence ended at the role word's period.
        assert_eq!(families("Doe, Jane, ed"), ["doe"]);
        assert_eq!(families("Müller, Hans (Hrsg.)"), ["muller"]);
        // A name that ends like a role word keeps it.
        let p = parse_names("Smith, Fred.", NameOrder::InvertedFirst, &g);
        assert_eq!(p.names[0].given.as_deref(), Some("Fred"));
    }

    #[test]
    fn family_names_in_capitals_are_inverted_anywhere_in_a_list() {
        let g = Grammar::builtin();
        let parsed = |s: &str| -> Vec<(Option<String>, Option<String>, Option<String>)> {
            parse_names(s, NameOrder::Natural, &g)
                .names
                .into_iter()
                .map(|n| (n.family, n.given, n.literal))
                .collect()
        };
        let person = |f: &str, g: &str| (Some(f.to_string()), Some(g.to_string()), None);
        assert_eq!(
            parsed("BARBOSA, Helena Maria; FERREIRA, Ricardo Lima; NUNES, Pedro"),
            [
                person("BARBOSA", "Helena Maria"),
                person("FERREIRA", "Ricardo Lima"),
                person("NUNES", "Pedro")
            ]
        );
        // The particle goes with the given names; the name is no acronym.
        assert_eq!(parsed("SILVA, João da"), [person("SILVA", "João da")]);
        assert_eq!(
            parsed("TELES, Edson; SAFATLE, Vladimir (Org.)"),
            [person("TELES", "Edson"), person("SAFATLE", "Vladimir")]
        );
        // An acronym alone, or before another in capitals, stays one.
        assert_eq!(parsed("UNESCO"), [(None, None, Some("UNESCO".into()))]);
        assert_eq!(parsed("NATO, OSCE").len(), 2);
        assert!(parsed("NATO, OSCE").iter().all(|n| n.2.is_some()));
    }

    #[test]
    fn cjk_family_and_given_names() {
        let g = Grammar::builtin();
        let split = |t: &str| {
            let n = cjk_person(t, &g);
            (n.family.unwrap_or_default(), n.given.unwrap_or_default())
        };
        assert_eq!(split("김철수"), ("김".into(), "철수".into()));
        assert_eq!(split("毛泽东"), ("毛".into(), "泽东".into()));
        assert_eq!(split("山田太郎"), ("山田".into(), "太郎".into()));
        assert_eq!(split("山田 花"), ("山田".into(), "花".into()));
        // Two-character family names from the grammars.
        assert_eq!(split("남궁민수"), ("남궁".into(), "민수".into()));
        assert_eq!(split("남궁곤"), ("남궁".into(), "곤".into()));
        assert_eq!(split("황보영조"), ("황보".into(), "영조".into()));
        assert_eq!(split("선우현"), ("선우".into(), "현".into()));
        assert_eq!(split("欧阳修"), ("欧阳".into(), "修".into()));
        assert_eq!(split("司馬遷"), ("司馬".into(), "遷".into()));
        assert_eq!(split("南宮檍"), ("南宮".into(), "檍".into()));
        // Three Han characters: one and two, but for a Japanese family
        // name of two the grammars list.
        assert_eq!(split("金大中"), ("金".into(), "大中".into()));
        assert_eq!(split("毛澤東"), ("毛".into(), "澤東".into()));
        assert_eq!(split("中村哲"), ("中村".into(), "哲".into()));
        // Four and more: two, or a family name of three the grammars list.
        assert_eq!(split("丸山眞男"), ("丸山".into(), "眞男".into()));
        assert_eq!(split("丸山 眞男"), ("丸山".into(), "眞男".into()));
        assert_eq!(split("淺見倫太郎"), ("淺見".into(), "倫太郎".into()));
        assert_eq!(split("美濃部達吉"), ("美濃部".into(), "達吉".into()));
        assert_eq!(split("長谷川如是閑"), ("長谷川".into(), "如是閑".into()));
        // Of five and more, a third character that ends family names of
        // three ends the family name, though the first two make one.
        assert_eq!(split("小川原宏幸"), ("小川原".into(), "宏幸".into()));
        assert_eq!(split("小笠原長生"), ("小笠原".into(), "長生".into()));
        assert_eq!(split("宮嶋博史"), ("宮嶋".into(), "博史".into()));
        assert_eq!(split("小川晴久"), ("小川".into(), "晴久".into()));
        // `서` is the family name of `서문석`, not `서문`.
        assert_eq!(split("서문석"), ("서".into(), "문석".into()));
    }

    #[test]
    fn a_given_name_and_a_publishers_word_beside_persons_is_a_person() {
        let g = Grammar::builtin();
        let n = parse_names(
            "Ofir Press, Noah A. Smith, and Mike Lewis",
            NameOrder::Natural,
            &g,
        )
        .names;
        assert_eq!(n[0].family.as_deref(), Some("Press"));
        assert_eq!(n[0].given.as_deref(), Some("Ofir"));
        assert_eq!(n[0].literal, None);
        assert_eq!(n[1].family.as_deref(), Some("Smith"));
        // Alone, or a house's name, it stays an organisation.
        for org in [
            "Princeton University Press",
            "Oxford University Press",
            "Polity Press",
        ] {
            let n = parse_names(org, NameOrder::Natural, &g).names;
            assert_eq!(n[0].literal.as_deref(), Some(org), "{org}");
        }
        assert!(!given_publisher_surname("Oxford Press", &g));
        assert!(!given_publisher_surname("University Press", &g));
        assert!(given_publisher_surname("Ofir Press", &g));
    }

    #[test]
    fn long_han_names_are_people_unless_they_end_in_an_organisation_word() {
        let g = Grammar::builtin();
        let one = |s: &str| {
            let n = parse_names(s, NameOrder::Natural, &g).names;
            assert_eq!(n.len(), 1, "{s}");
            (n[0].family.clone(), n[0].literal.clone())
        };
        assert_eq!(one("淺見倫太郎"), (Some("淺見".into()), None));
        assert_eq!(one("美濃部 達吉"), (Some("美濃部".into()), None));
        assert_eq!(one("朝鮮總督府"), (None, Some("朝鮮總督府".into())));
        assert_eq!(one("法典調査局"), (None, Some("法典調査局".into())));
        assert_eq!(one("国立国会図書館"), (None, Some("国立国会図書館".into())));
        assert_eq!(one("통일연구원"), (None, Some("통일연구원".into())));
    }

    /// (family, given) of each name of `s`.
    fn people(s: &str, order: NameOrder, g: &Grammar) -> Vec<(String, String)> {
        parse_names(s, order, g)
            .names
            .into_iter()
            .map(|n| (n.family.unwrap_or_default(), n.given.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn foreign_names_in_hangul_are_written_given_names_first() {
        let g = Grammar::builtin();
        let people = |s: &str, order| people(s, order, &g);
        let pair = |f: &str, g: &str| vec![(f.to_string(), g.to_string())];
        // With a space: given names first, however long (not an
        // organisation for its length).
        assert_eq!(people("존 롤스", NameOrder::Natural), pair("롤스", "존"));
        assert_eq!(
            people("존 스튜어트 밀", NameOrder::Natural),
            pair("밀", "존 스튜어트")
        );
        // Inverted with a comma: a one-syllable or spaced given name is no
        // second Korean author.
        assert_eq!(
            people("롤스, 존", NameOrder::InvertedFirst),
            pair("롤스", "존")
        );
        assert_eq!(
            people("밀, 존 스튜어트", NameOrder::InvertedFirst),
            pair("밀", "존 스튜어트")
        );
        // Korean names, written without a space, are two authors.
        assert_eq!(people("김철수, 박영희", NameOrder::InvertedFirst).len(), 2);
        assert_eq!(people("김철수", NameOrder::Natural), pair("김", "철수"));
        // A spaced Hangul name ending in an organisation word stays one.
        assert_eq!(
            parse_names("한국 정치 학회", NameOrder::Natural, &g).names[0]
                .literal
                .as_deref(),
            Some("한국 정치 학회")
        );
    }

    #[test]
    fn inverted_hangul_names_joined_by_a_middle_dot_are_one_person_each() {
        let g = Grammar::builtin();
        let people = |s: &str| people(s, NameOrder::InvertedFirst, &g);
        let two = |a: (&str, &str), b: (&str, &str)| {
            vec![
                (a.0.to_string(), a.1.to_string()),
                (b.0.to_string(), b.1.to_string()),
            ]
        };
        assert_eq!(
            people("아도르노, 테오도르·호르크하이머, 막스"),
            two(("아도르노", "테오도르"), ("호르크하이머", "막스"))
        );
        assert_eq!(
            people("호르크하이머, 막스ㆍ아도르노, 테오도르 W"),
            two(("호르크하이머", "막스"), ("아도르노", "테오도르 W."))
        );
        // Korean co-authors joined by the dot have no comma each.
        assert_eq!(people("김철수·이영희"), two(("김", "철수"), ("이", "영희")));
        assert_eq!(people("김철수, 이영희·박민수").len(), 3);
        assert_eq!(inverted_hangul_names("김철수·이영희", &g), None);
        // A Korean co-author after a first author inverted who cannot be
        // Korean.
        assert_eq!(
            people("스칼라피노, 로버트·이정식"),
            two(("스칼라피노", "로버트"), ("이", "정식"))
        );
        assert_eq!(people("밀, 존·김철수"), two(("밀", "존"), ("김", "철수")));
        assert_eq!(inverted_hangul_names("김철수, 이영희·박민수", &g), None);
        assert_eq!(inverted_hangul_names("남궁민수, 이영희·박민수", &g), None);
    }

    #[test]
    fn foreign_hangul_names_are_displayed_given_names_first() {
        let g = Grammar::builtin();
        let shown = |s: &str, order| -> Vec<String> {
            parse_names(s, order, &g)
                .names
                .iter()
                .map(display_name)
                .collect()
        };
        assert_eq!(shown("미셸 푸코", NameOrder::Natural), ["미셸 푸코"]);
        assert_eq!(shown("롤스, 존", NameOrder::InvertedFirst), ["존 롤스"]);
        // Alone, `푸코, 미셸` could be two Korean co-authors; the reference
        // decides (a translator, a note naming `미셸 푸코`).
        assert_eq!(
            shown("푸코, 미셸", NameOrder::InvertedFirst),
            ["푸코", "미셸"]
        );
        assert_eq!(
            shown("밀, 존 스튜어트", NameOrder::InvertedFirst),
            ["존 스튜어트 밀"]
        );
        assert_eq!(
            shown(
                "아도르노, 테오도르·호르크하이머, 막스",
                NameOrder::InvertedFirst
            ),
            ["테오도르 아도르노", "막스 호르크하이머"]
        );
        // Korean and Chinese names are printed whole, family name first.
        assert_eq!(shown("김철수", NameOrder::Natural), ["김철수"]);
        assert_eq!(
            shown("김철수, 이영희", NameOrder::InvertedFirst),
            ["김철수", "이영희"]
        );
        assert_eq!(shown("毛泽东", NameOrder::Natural), ["毛泽东"]);
        assert_eq!(
            shown("ハンス・ベッカー", NameOrder::Natural),
            ["ハンス・ベッカー"]
        );
    }

    #[test]
    fn a_nakaguro_inside_katakana_joins_one_foreign_name() {
        let g = Grammar::builtin();
        let people = |s: &str, order| people(s, order, &g);
        let becker = vec![("ベッカー".to_string(), "ハンス".to_string())];
        // Given names first, as notes write it; family name first with
        // `、`, as bibliographies do; a translator in brackets after it.
        assert_eq!(people("ハンス・ベッカー", NameOrder::Natural), becker);
        assert_eq!(
            people("ハンス・ベッカー（山田太郎訳）", NameOrder::Natural),
            becker
        );
        assert_eq!(
            people("ベッカー、ハンス（山田太郎訳）", NameOrder::InvertedFirst),
            becker
        );
        // Both compare by the family name, as a short form names it.
        let key = |s: &str| name_key(&parse_names(s, NameOrder::Natural, &g).names[0]);
        assert_eq!(key("ハンス・ベッカー"), key("ベッカー、ハンス"));
        assert_eq!(key("ハンス・ベッカー"), key("ベッカー"));
        assert_ne!(key("ハンス・ベッカー"), key("ハンス・シュミット"));
        // Three parts: the last is the family name.
        assert_eq!(
            people("カール・ハインツ・ベッカー", NameOrder::Natural),
            [("ベッカー".to_string(), "カール・ハインツ".to_string())]
        );
        // `・` between Han names, or between a Han and a katakana name,
        // still parts two people; so does `、` between full names.
        assert_eq!(people("山田太郎・鈴木花子", NameOrder::Natural).len(), 2);
        assert_eq!(people("山田太郎・ベッカー", NameOrder::Natural).len(), 2);
        assert_eq!(
            people("ハンス・ベッカー、カール・シュミット", NameOrder::Natural).len(),
            2
        );
        // A katakana organisation stays one.
        let org = parse_names("アジア・センター", NameOrder::Natural, &g);
        assert!(org.names[0].literal.is_some());
        assert_eq!(
            display_name(&people_name("ハンス・ベッカー", &g)),
            "ハンス・ベッカー"
        );
    }

    fn people_name(s: &str, g: &Grammar) -> CslName {
        parse_names(s, NameOrder::Natural, g).names.remove(0)
    }

    #[test]
    fn name_lists_in_notes_and_bibliographies() {
        let g = Grammar::builtin();
        let cases: &[(&str, NameOrder, &[&str], bool)] = &[
            (
                "Joseph Gonzalez, Victor Cha and Jennifer Jun",
                NameOrder::Natural,
                &["gonzalez", "cha", "jun"],
                false,
            ),
            (
                "Gonzalez, Joseph, Victor Cha and Jennifer Jun",
                NameOrder::InvertedFirst,
                &["gonzalez", "cha", "jun"],
                false,
            ),
            ("Rosefielde Steven", NameOrder::Natural, &["steven"], false),
            (
                "Steven, Rosefielde",
                NameOrder::InvertedFirst,
                &["steven"],
                false,
            ),
            (
                "Smith, J., & Lee, K.",
                NameOrder::InvertedFirst,
                &["smith", "lee"],
                false,
            ),
            (
                "김철수·박영희",
                NameOrder::Natural,
                &["김철수", "박영희"],
                false,
            ),
            (
                "김성배 · 김종원 · 김태주",
                NameOrder::InvertedFirst,
                &["김성배", "김종원", "김태주"],
                false,
            ),
            (
                "아산정책연구원",
                NameOrder::Natural,
                &["아산정책연구원"],
                false,
            ),
            ("Picheta et al.", NameOrder::Natural, &["picheta"], true),
            // Two-letter family names are no initials: `Wu`, `Du`.
            (
                "Jian, J., Du, X., & Stewart, R. D.",
                NameOrder::InvertedFirst,
                &["jian", "du", "stewart"],
                false,
            ),
            (
                "C. Lee, S. Wu, K. Wu, and W. Hsu",
                NameOrder::Natural,
                &["lee", "wu", "wu", "hsu"],
                false,
            ),
            // The family name in capitals (French usage), either side.
            (
                "BOURDIEU Pierre et PASSERON Jean-Claude",
                NameOrder::InvertedFirst,
                &["bourdieu", "passeron"],
                false,
            ),
            ("Pierre BOURDIEU", NameOrder::Natural, &["bourdieu"], false),
            // The article and one word: one entity, not given + family.
            ("El País", NameOrder::InvertedFirst, &["elpais"], false),
            (
                "U.S. Department of State",
                NameOrder::InvertedFirst,
                &["usdepartmentofstate"],
                false,
            ),
            (
                "Анастасия Алимпиева",
                NameOrder::Natural,
                &["алимпиева"],
                false,
            ),
            (
                "Алимпиева, Анастасия",
                NameOrder::InvertedFirst,
                &["алимпиева"],
                false,
            ),
            (
                "Dinca, M. and A. M. Dinca",
                NameOrder::InvertedFirst,
                &["dinca", "dinca"],
                false,
            ),
            (
                "Ludwig van Beethoven",
                NameOrder::Natural,
                &["beethoven"],
                false,
            ),
            (
                "Müller, Hans und Peter Schmidt",
                NameOrder::InvertedFirst,
                &["muller", "schmidt"],
                false,
            ),
            ("Cha, Du Hyeogn", NameOrder::InvertedFirst, &["cha"], false),
            ("Du Hyeogn Cha", NameOrder::Natural, &["cha"], false),
            ("Иванов И. И.", NameOrder::Natural, &["иванов"], false),
            (
                "Smith JK, Lee K",
                NameOrder::Natural,
                &["smith", "lee"],
                false,
            ),
        ];
        for (s, order, want, et_al) in cases {
            let n = parse_names(s, *order, &g);
            assert_eq!(
                fam(&n),
                want.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{s}"
            );
            assert_eq!(n.et_al, *et_al, "{s}");
        }
    }

    /// "And others" words of Chinese, Japanese and Korean, glued to the
    /// name or after a space; a family name cited alone before them
    /// (`山田ほか`) is that family name.
    #[test]
    fn cjk_et_al_words_leave_the_name() {
        let g = Grammar::builtin();
        for (s, family, given) in [
            ("山田ほか", "山田", None),
            ("山田他", "山田", None),
            ("山田ら", "山田", None),
            ("王某等", "王", Some("某")),
            ("김철수 외", "김", Some("철수")),
            ("[美]约翰·罗尔斯等", "罗尔斯", Some("约翰")),
        ] {
            let n = parse_names(s, NameOrder::Natural, &g);
            assert!(n.et_al, "{s}");
            assert_eq!(n.names.len(), 1, "{s}");
            assert_eq!(n.names[0].family.as_deref(), Some(family), "{s}");
            assert_eq!(n.names[0].given.as_deref(), given, "{s}");
        }
    }
}

#[cfg(test)]
mod bracketed_initials_search {
    use super::*;
    use crate::re::strategies::pick;
    use proptest::prelude::*;

    /// Heads of French law lists with seven to ten names, joined by commas
    /// or `et`, a role now and then, and pieces that break the form.
    fn heads() -> impl Strategy<Value = String> {
        let name = pick(
            vec![
                "TERRÉ (F.)",
                "LE TOURNEAU (Ph.)",
                "FABRE-MAGNAN (M.)",
                "CORNU (G.)",
                "WOLFF (Philippe)",
                "BOUCHERON (Jean-Claude)",
            ],
            vec!["Terré (F.)", "CORNU (g.)", "WOLFF (philippe)"],
            12,
        );
        let join = pick(vec![", ", " et ", " & ", " and "], vec![" ; "], 12);
        (
            prop::collection::vec((name, join), 6..11),
            pick(vec!["", " (dir.)", " (éds.)"], vec![" (Hrsg.)"], 6),
            pick(
                vec![", Droit civil", ", Les obligations, 2018"],
                vec![". Droit"],
                6,
            ),
        )
            .prop_map(|(names, role, tail)| {
                let mut s: String = names.iter().map(|(n, j)| format!("{n}{j}")).collect();
                let cut = s
                    .trim_end_matches([',', ' ', 'e', 't', '&', 'a', 'n', 'd', ';'])
                    .len();
                s.truncate(cut);
                format!("{s}{role}{tail}")
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn bracketed_heads_read_what_the_bounded_pattern_does(t in heads()) {
            let want = BRACKETED_INITIALS_HEAD.find(&t).map(|m| m.end());
            prop_assert_eq!(bracketed_initials_head(&t).map(|(_, _, end)| end), want, "{:?}", t);
        }
    }
}

#[cfg(test)]
mod role_ends_search {
    use super::*;
    use proptest::prelude::*;
    use std::sync::LazyLock;

    static GRAMMAR: LazyLock<Grammar> = LazyLock::new(Grammar::builtin);

    /// [`strip_roles`] without [`Grammar::role_ends`]: every role is tried.
    fn strip_every_role<'s>(s: &'s str, g: &Grammar) -> &'s str {
        strip_any_role(s.trim(), g)
    }

    #[test]
    fn every_role_ends_in_a_byte_of_the_set() {
        let g = &*GRAMMAR;
        assert!(!g.roles.is_empty());
        for r in &g.roles {
            assert_eq!(
                strip_roles(&format!("Nowak, Jan {r}"), g),
                "Nowak, Jan",
                "{r}"
            );
            let bare = r.strip_suffix('.').unwrap_or(r);
            let s = format!("Nowak, Jan, {bare}");
            assert_eq!(strip_roles(&s, g), strip_every_role(&s, g), "{r}");
        }
        assert_eq!(strip_roles("Nowak, Jan", g), "Nowak, Jan");
        assert_eq!(strip_roles("  ", g), "");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        /// Names with one or two of the grammars' roles after them, as
        /// written, without their period or cut short, give what trying
        /// every role gives.
        #[test]
        fn roles_are_stripped_as_by_trying_every_role(
            head in "[A-Za-zéł ,.(]{0,10}",
            picks in prop::collection::vec((0usize..200, 0usize..4, "[ ,.)]{0,2}"), 0..3),
        ) {
            let g = &*GRAMMAR;
            let mut s = head;
            for (k, how, gap) in picks {
                let r = &g.roles[k % g.roles.len()];
                let written = match how {
                    0 => r.as_str(),
                    1 => r.strip_suffix('.').unwrap_or(r),
                    2 => &r[..r.char_indices().last().map_or(0, |(i, _)| i)],
                    _ => "",
                };
                s.push_str(&gap);
                s.push_str(written);
            }
            prop_assert_eq!(strip_roles(&s, g), strip_every_role(&s, g));
        }
    }
}
