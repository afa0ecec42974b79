//! Normalisation used for matching: name keys, title keys, similarity.
//!
//! `Götz` and `Gotz`, `Kim–Putin` and `Kim-Putin`, “curly” and "straight"
//! quotes must compare equal; Hangul, Cyrillic and Latin alike.

use foldhash::HashMap;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lowercase letters and digits only, diacritics removed (`Götz` → `gotz`,
/// `김철수 · 박영희` → `김철수박영희`).
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for_each_folded(s, |c| {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    });
    out
}

/// Calls `f` with each character of `s` without its diacritics: `s` as it
/// is when it is plain ([`is_plain`]), otherwise its compatibility
/// decomposition without combining marks, composed again (Hangul syllables
/// would be decomposed into jamo by NFKD: composed back).
///
/// An ASCII character decomposes to itself and composes with no character
/// left once marks are dropped (a character composing with one before it
/// is a mark or a Hangul jamo), and no character composes with it: only
/// the runs of other characters between ASCII ones are normalised, each on
/// its own, which gives what normalising the whole text gives (a property
/// test holds it to that) without running every ASCII letter of a title
/// through the normaliser.
fn for_each_folded(s: &str, mut f: impl FnMut(char)) {
    if is_plain(s) {
        s.chars().for_each(f);
        return;
    }
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        rest[..ascii].bytes().for_each(|b| f(char::from(b)));
        rest = &rest[ascii..];
        let other = rest
            .bytes()
            .position(|b| b.is_ascii())
            .unwrap_or(rest.len());
        rest[..other]
            .nfkd()
            .filter(|c| !is_combining_mark(*c))
            .nfc()
            .for_each(&mut f);
        rest = &rest[other..];
    }
}

/// [`key`] of a family name, with German spelling variants folded as
/// well: `ß` → `ss`, and `ue`, `oe`, `ae` between a consonant and another
/// letter → `u`, `o`, `a`, so that `Mueller`, `Müller` and `Muller`, `Weiss`
/// and `Weiß` compare equal (`Bauer` and `Baur` stay apart: a vowel before
/// the `u`; so do `Doe` and `Do`: nothing after the `e`). Particles
/// before the name are left out (`von Savigny`, `v. Bar`, `van der Berg`,
/// `De Gaulle`), as lists write them after the given names (`Bar,
/// Christian von`) and notes before the family name.
pub fn family_key(s: &str) -> String {
    let k = key(without_particles(s));
    if !k.contains(['ß', 'e']) {
        return k;
    }
    let consonant =
        |c: char| c.is_ascii_alphabetic() && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    // Most names fold nothing: the key is copied only from the first fold.
    let mut out: Option<String> = None;
    let mut last: [Option<char>; 2] = [None, None];
    let mut chars = k.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let umlaut = c == 'e'
            && matches!(last[1], Some('u' | 'o' | 'a'))
            && last[0].is_some_and(consonant)
            && chars.peek().is_some_and(|&(_, n)| n.is_alphabetic());
        if c == 'ß' || umlaut {
            let folded = out.get_or_insert_with(|| k[..i].to_string());
            if c == 'ß' {
                folded.push_str("ss");
                last = [Some('s'), Some('s')];
            }
            continue;
        }
        if let Some(folded) = out.as_mut() {
            folded.push(c);
        }
        last = [last[1], Some(c)];
    }
    out.unwrap_or(k)
}

/// Words a family name may open with that are no part of its key
/// (`von`, `v.`, `van der`, `de la`, `zu`), compared in lowercase.
const NAME_PARTICLES: [&str; 28] = [
    "v.", "van", "von", "vom", "zu", "zum", "zur", "de", "der", "den", "des", "du", "da", "di",
    "del", "dei", "della", "le", "la", "bin", "ibn", "te", "ten", "ter", "do", "dos", "das", "d'",
];

/// `s` without the particles ([`NAME_PARTICLES`]) that open it, where a
/// name follows them: `von Savigny` → `Savigny`, `van der Berg` → `Berg`;
/// `Van` alone stays.
fn without_particles(s: &str) -> &str {
    let mut rest = s.trim_start();
    // At most three particles (`von und zu` aside, `van der`, `de la`).
    for _ in 0..3 {
        let Some((word, after)) = rest.split_once(' ') else {
            break;
        };
        let after = after.trim_start();
        let particle =
            word.len() <= 5 && NAME_PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(word));
        if !particle || !after.starts_with(char::is_alphabetic) {
            break;
        }
        rest = after;
    }
    rest
}

/// The length of the particles opening `s` that [`family_key`] leaves
/// out, with the spaces after them (`de ` of `de Bertaux`); 0 for none.
pub fn particles_len(s: &str) -> usize {
    s.len() - without_particles(s).len()
}

/// Text with nothing to fold: ASCII, Hangul syllables, CJK ideographs, kana
/// (fast path: no Unicode decomposition needed).
fn is_plain(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_ascii()
            || matches!(c as u32, 0xAC00..=0xD7AF | 0x4E00..=0x9FFF | 0x3040..=0x30FF | 0x3000..=0x303F | 0x2000..=0x206F)
    })
}

/// Title key: like [`key`] but keeps word boundaries as single spaces.
pub fn title_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for_each_folded(s, |c| {
        let alphanumeric = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        if alphanumeric {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            space = true;
        }
    });
    out
}

/// Similarity of two strings in 0..=1 (normalised Levenshtein over chars).
pub fn similarity(a: &str, b: &str) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    strsim::normalized_levenshtein(a, b)
}

/// Title similarity: keys compared, and a shortened title that is a prefix
/// of the full one counts as similar (`Theory` ~ `Theory of International Politics`).
pub fn title_similarity(a: &str, b: &str) -> f64 {
    let (ka, kb) = (title_key(a), title_key(b));
    if ka.is_empty() || kb.is_empty() {
        return 0.0;
    }
    title_key_similarity(&ka, &kb)
}

/// [`title_similarity`] of two titles already turned into [`title_key`]s.
pub fn title_key_similarity(ka: &str, kb: &str) -> f64 {
    if ka.is_empty() || kb.is_empty() {
        return 0.0;
    }
    if ka == kb {
        return 1.0;
    }
    // Bound the cost on pathological input: compare at most 400 chars.
    let cut = |k: &str| k.char_indices().nth(400).map_or(k.len(), |(i, _)| i);
    similarity(&ka[..cut(ka)], &kb[..cut(kb)])
}

/// True when `short` is a word-prefix of `long` (`Theory` of `Theory of …`).
pub fn is_title_prefix(short: &str, long: &str) -> bool {
    key_is_title_part(&title_key(short), &title_key(long))
}

/// [`is_title_prefix`] of two [`title_key`]s.
pub fn key_is_title_part(ks: &str, kl: &str) -> bool {
    if ks.is_empty() {
        return false;
    }
    // A short title may drop a leading article (`Archive and the State` for
    // `The Archive and the State`): accept it at any word boundary.
    let mut from = 0;
    while let Some(i) = kl
        .get(from..)
        .and_then(|rest| rest.find(ks))
        .map(|i| from + i)
    {
        let after = &kl[i + ks.len()..];
        if (i == 0 || kl[..i].ends_with(' ')) && (after.is_empty() || after.starts_with(' ')) {
            return true;
        }
        // Occurrences may overlap: go on from the next character.
        from = i + kl[i..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// Whether a short title fits a full one, both [`title_key`]s: a part of
/// it at word boundaries, a part of a collection that is the full title
/// ([`collection_titles`]), or similar (0.8 or more). Titles whose lengths
/// alone rule the similarity out are not compared.
pub fn short_title_fits(short: &str, full: &str) -> bool {
    if short.is_empty() || full.is_empty() {
        return false;
    }
    if key_is_title_part(short, full) || collection_titles(short).contains(&full.to_string()) {
        return true;
    }
    // Compared on their first 400 characters, as [`title_key_similarity`] does.
    let cut = |k: &str| k.char_indices().nth(400).map_or(k.len(), |(i, _)| i);
    similarity_at_least(&short[..cut(short)], &full[..cut(full)], 0.8)
}

/// The title keys a CJK title of a collection and its part stands for
/// (`《史记·项羽本纪》`, key `史记 项羽本纪`): the collection (`史记`), which
/// a list names for all its parts, and, when both end in the same word,
/// the part named with the collection's head (`明实录 太祖实录` →
/// `明太祖实录`, as `《明太祖实录》` is listed). Empty for any other key:
/// two words of CJK characters only.
pub fn collection_titles(key: &str) -> Vec<String> {
    let Some((whole, part)) = key.split_once(' ') else {
        return Vec::new();
    };
    let cjk = |t: &str| !t.is_empty() && t.chars().all(crate::segment::is_cjk);
    if !cjk(whole) || !cjk(part) {
        return Vec::new();
    }
    let mut out = vec![whole.to_string()];
    // The longest shared ending, short of either word: `实录` of `明实录`
    // and `太祖实录`.
    let shared = whole
        .chars()
        .rev()
        .zip(part.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (w, p) = (whole.chars().count(), part.chars().count());
    if shared > 0 && shared < w && shared < p {
        let head: String = whole.chars().take(w - shared).collect();
        out.push(head + part);
    }
    out
}

/// Whether [`similarity`] of `a` and `b` is `threshold` or more, without
/// computing it where cheaper bounds rule it out: the ratio of the lengths,
/// and the characters one has and the other lacks (every edit changes at
/// most one of each).
pub fn similarity_at_least(a: &str, b: &str, threshold: f64) -> bool {
    if a == b {
        return true;
    }
    let (m, n) = (a.chars().count(), b.chars().count());
    let longest = m.max(n) as f64;
    if (m.min(n) as f64) < threshold * longest - 1e-9 {
        return false;
    }
    // Characters counted in 64 buckets: a shared bucket can only hide a
    // difference, so the bound stays below the true distance.
    let mut bag = [0i32; 64];
    for c in a.chars() {
        bag[c as usize % 64] += 1;
    }
    for c in b.chars() {
        bag[c as usize % 64] -= 1;
    }
    let more: i32 = bag.iter().filter(|&&d| d > 0).sum();
    let fewer: i32 = -bag.iter().filter(|&&d| d < 0).sum::<i32>();
    let at_least = f64::from(more.max(fewer));
    if at_least > (1.0 - threshold) * longest + 1e-9 {
        return false;
    }
    similarity(a, b) >= threshold
}

/// What [`CharSketch::may_be_similar`] knows of a text: its length in
/// characters, which of 64 buckets its characters fall in (`char` modulo
/// 64), and which of 64 buckets its pairs of neighbouring characters fall
/// in. Sixteen bytes and a length, compared without the text itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharSketch {
    chars: u64,
    pairs: u64,
    len: usize,
}

impl CharSketch {
    /// The sketch of `s`.
    pub fn of(s: &str) -> CharSketch {
        let mut sketch = CharSketch {
            chars: 0,
            pairs: 0,
            len: 0,
        };
        let mut previous: Option<char> = None;
        for c in s.chars() {
            sketch.chars |= 1 << (c as u32 % 64);
            if let Some(p) = previous {
                let mixed =
                    ((p as u32).wrapping_mul(0x9E37_79B1) ^ c as u32).wrapping_mul(0x85EB_CA6B);
                sketch.pairs |= 1 << (mixed >> 26);
            }
            previous = Some(c);
            sketch.len += 1;
        }
        sketch
    }

    /// Whether the texts of two sketches may have a [`similarity`] of
    /// `threshold` or more, that is an edit distance of at most
    /// `(1 − threshold)` times the longer length: false only when their
    /// lengths or their buckets rule it out. An edit removes at most one
    /// character and breaks at most two pairs of neighbours, so `d` edits
    /// leave at most `d` buckets of characters, and `2d` of pairs, in one
    /// text and not in the other.
    pub fn may_be_similar(&self, other: &CharSketch, threshold: f64) -> bool {
        let longest = self.len.max(other.len) as f64;
        if (self.len.min(other.len) as f64) < threshold * longest - 1e-9 {
            return false;
        }
        let edits = (1.0 - threshold) * longest + 1e-9;
        let apart = |a: u64, b: u64| f64::from((a & !b).count_ones().max((b & !a).count_ones()));
        apart(self.chars, other.chars) <= edits && apart(self.pairs, other.pairs) <= 2.0 * edits
    }
}

/// The most edits (characters inserted, removed or replaced) two keys of a
/// [`NearIndex`] may be apart and still be found.
pub const NEAR_EDITS: usize = 2;

/// The longest key, in characters, a [`NearIndex`] takes or looks for:
/// a name, not a sentence. A key of `n` characters is filed under
/// about `n²/2` variants.
pub const NEAR_MAX_CHARS: usize = 32;

/// Keys, each with a number, found again by any key at most
/// [`NEAR_EDITS`] edits from them, in time that does not grow with the
/// number of keys (but with the number found).
///
/// Each key is filed under every text it leaves when up to two of its
/// characters are removed (its deletion variants, hashed). Two keys at
/// most two edits apart always share one: remove from each the
/// characters the other replaced, and from each the characters the other
/// lacks. The index finds a superset, as keys sharing a variant can be up
/// to four edits apart and hashes can collide: [`NearIndex::candidates`]
/// are to be compared by the caller.
///
/// Most variants are kept in one sorted vector of eight bytes each (the
/// hash's first 40 bits, then the key's number), found through a
/// directory of hash prefixes; a hash map holds those filed one key at a
/// time since, until they are as many as half the vector.
#[derive(Debug, Default)]
pub struct NearIndex {
    /// Variants filed in bulk: `hash` with its last 24 bits replaced by the
    /// key's number, ascending.
    sorted: Vec<u64>,
    /// Where in `sorted` the variants whose hash starts with each
    /// `dir_bits`-bit prefix begin (one more entry for the end).
    dir: Vec<u32>,
    /// Bits of the prefixes of `dir`.
    dir_bits: u32,
    /// Variants filed one key at a time: hash → the first node of its list
    /// in `nodes`.
    recent: HashMap<u64, u32>,
    /// Key number and the next node of the same variant (`u32::MAX` ends).
    nodes: Vec<(u32, u32)>,
}

/// Bits of a [`NearIndex`] entry that hold the key's number.
const NEAR_ID_BITS: u32 = 24;

impl NearIndex {
    /// Files each key under its number. Keys longer than
    /// [`NEAR_MAX_CHARS`], and numbers of 2²⁴ and more, are left out.
    pub fn extend<'a>(&mut self, keys: impl ExactSizeIterator<Item = (&'a str, u32)>) {
        // A batch of about half as many variants as are sorted (a key
        // leaves some tens) is sorted in; fewer go to the hash map.
        let bulk = keys.len() >= 64 && keys.len() * 32 >= self.sorted.len();
        for (key, id) in keys {
            if id >> NEAR_ID_BITS != 0 {
                continue;
            }
            let mut seen: Vec<u64> = Vec::new();
            deletion_variants(key, |h| {
                // A key like `aab` leaves `ab` twice: filed once.
                if seen.contains(&h) {
                    return;
                }
                seen.push(h);
                if bulk {
                    self.sorted.push(pack(h, id));
                } else {
                    let next = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
                    let head = self.recent.entry(h).or_insert(u32::MAX);
                    self.nodes.push((id, *head));
                    *head = next;
                }
            });
        }
        if bulk || self.nodes.len() > 4096.max(self.sorted.len() / 2) {
            self.rebuild();
        }
    }

    /// Moves the variants of `recent` into `sorted`, sorts it and builds
    /// its directory.
    fn rebuild(&mut self) {
        for (&h, &head) in &self.recent {
            let mut node = head;
            while let Some(&(id, next)) = self.nodes.get(node as usize) {
                self.sorted.push(pack(h, id));
                node = next;
            }
        }
        self.recent.clear();
        self.nodes.clear();
        self.sorted.sort_unstable();
        // About four entries to a prefix.
        let bits = (self.sorted.len() / 4).max(1).ilog2().min(30);
        let mut dir = vec![0u32; (1 << bits) + 1];
        for &e in &self.sorted {
            if let Some(count) = dir.get_mut(prefix(e, bits) + 1) {
                *count += 1;
            }
        }
        for i in 1..dir.len() {
            dir[i] += dir[i - 1];
        }
        self.dir = dir;
        self.dir_bits = bits;
    }

    /// The numbers of the keys that may be at most [`NEAR_EDITS`] edits
    /// from `key`: every such key is among them, with others. Ascending,
    /// each once; none for a key longer than [`NEAR_MAX_CHARS`].
    pub fn candidates(&self, key: &str) -> Vec<u32> {
        let mut out = Vec::new();
        deletion_variants(key, |h| {
            let p = prefix(h, self.dir_bits);
            if let (Some(&from), Some(&to)) = (self.dir.get(p), self.dir.get(p + 1)) {
                let want = h >> NEAR_ID_BITS;
                for &e in self.sorted.get(from as usize..to as usize).unwrap_or(&[]) {
                    if e >> NEAR_ID_BITS == want {
                        out.push((e & ((1 << NEAR_ID_BITS) - 1)) as u32);
                    }
                }
            }
            let mut node = self.recent.get(&h).copied().unwrap_or(u32::MAX);
            while let Some(&(id, next)) = self.nodes.get(node as usize) {
                out.push(id);
                node = next;
            }
        });
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// A variant's hash with its last [`NEAR_ID_BITS`] bits replaced by `id`.
fn pack(hash: u64, id: u32) -> u64 {
    (hash >> NEAR_ID_BITS << NEAR_ID_BITS) | u64::from(id)
}

/// The first `bits` bits of `hash`.
fn prefix(hash: u64, bits: u32) -> usize {
    usize::try_from(hash.checked_shr(64 - bits).unwrap_or(0)).unwrap_or(0)
}

/// Calls `f` with the hash of each text `key` leaves when up to
/// [`NEAR_EDITS`] of its characters are removed (itself included); not at
/// all when `key` has more than [`NEAR_MAX_CHARS`] characters.
fn deletion_variants(key: &str, mut f: impl FnMut(u64)) {
    let mut chars = [0u32; NEAR_MAX_CHARS];
    let mut n = 0;
    for c in key.chars() {
        let Some(slot) = chars.get_mut(n) else {
            return;
        };
        *slot = c as u32;
        n += 1;
    }
    let chars = &chars[..n];
    let hash = |skip: [usize; 2]| {
        let mut h: u64 = 0xCBF2_9CE4_8422_2325;
        for (i, &c) in chars.iter().enumerate() {
            if i != skip[0] && i != skip[1] {
                h = (h.rotate_left(5) ^ u64::from(c)).wrapping_mul(0x5170_CC1B_7272_20A5);
            }
        }
        h
    };
    let none = usize::MAX;
    f(hash([none, none]));
    for i in 0..n {
        f(hash([i, none]));
        for j in i + 1..n {
            f(hash([i, j]));
        }
    }
}

/// Each opening bracket of `pairs` in `s`, in order, with the first
/// closing bracket of its kind after it: `(open, inner_start, close)`,
/// byte offsets of the opening bracket, of the text inside and of the
/// closing bracket. An opening bracket with no closing one after it is
/// left out. The closing bracket found for one opening serves the
/// openings before it, so a text of many brackets is read once for each
/// kind, not once for each bracket.
pub fn brackets_closed<'a, const N: usize>(
    s: &'a str,
    pairs: &'a [(char, char); N],
) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    // Per pair: the first closing bracket at or after the last place
    // searched from (`Some(None)` once none is left).
    let mut next_close: [Option<Option<usize>>; N] = [None; N];
    // Where an opening bracket may be: at a first byte of one (a first
    // byte is never inside a character, so each is a character's start),
    // found by `memchr` for up to three of them.
    let mut firsts = pairs.map(|(o, _)| o.encode_utf8(&mut [0; 4]).as_bytes()[0]);
    firsts.sort_unstable();
    let mut distinct = 0;
    for i in 0..N {
        if distinct == 0 || firsts[i] != firsts[distinct - 1] {
            firsts[distinct] = firsts[i];
            distinct += 1;
        }
    }
    let bytes = s.as_bytes();
    let mut from = 0;
    let candidates = std::iter::from_fn(move || {
        let found = match firsts[..distinct] {
            [] => None,
            [a] => memchr::memchr(a, &bytes[from..]),
            [a, b] => memchr::memchr2(a, b, &bytes[from..]),
            [a, b, c] => memchr::memchr3(a, b, c, &bytes[from..]),
            _ => bytes[from..]
                .iter()
                .position(|b| firsts[..distinct].contains(b)),
        };
        let at = from + found?;
        from = at + 1;
        Some(at)
    });
    candidates.filter_map(move |open| {
        let c = s.get(open..)?.chars().next()?;
        let k = pairs.iter().position(|&(o, _)| o == c)?;
        let inner_start = open + c.len_utf8();
        let close = match next_close[k] {
            Some(None) => return None,
            Some(Some(at)) if at >= inner_start => at,
            _ => {
                let at = s[inner_start..].find(pairs[k].1).map(|i| inner_start + i);
                next_close[k] = Some(at);
                at?
            }
        };
        Some((open, inner_start, close))
    })
}

/// The bytes that occur in a text.
#[derive(Debug, Clone, Copy, Default)]
pub struct ByteSet([u64; 4]);

impl ByteSet {
    /// The set of the bytes of `s`.
    pub fn of(s: &str) -> ByteSet {
        let mut set = ByteSet::default();
        for &b in s.as_bytes() {
            set.add(b);
        }
        set
    }

    /// Adds the byte `b`.
    pub fn add(&mut self, b: u8) {
        self.0[usize::from(b >> 6)] |= 1 << (b & 63);
    }

    /// Whether the byte `b` occurs.
    pub fn has(&self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }

    /// Whether every byte of `s` occurs.
    pub fn has_all(&self, s: &str) -> bool {
        s.bytes()
            .all(|b| self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0)
    }
}

/// Calls `f` with `s` lower-cased, written on the stack when it is short
/// (a word) and allocated only when it is long.
pub fn with_lowercase<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    if s.is_ascii() {
        if let Some(room) = buf.get_mut(..s.len()) {
            room.copy_from_slice(s.as_bytes());
            room.make_ascii_lowercase();
            if let Ok(lower) = std::str::from_utf8(room) {
                return f(lower);
            }
        }
    }
    let mut len = 0;
    // A final sigma lowers to `ς`: only `str::to_lowercase` knows.
    let short = !s.contains('Σ')
        && s.chars().flat_map(char::to_lowercase).all(|c| {
            let end = len + c.len_utf8();
            match buf.get_mut(len..end) {
                Some(room) => {
                    c.encode_utf8(room);
                    len = end;
                    true
                }
                None => false,
            }
        });
    match buf.get(..len).map(std::str::from_utf8) {
        Some(Ok(lower)) if short => f(lower),
        _ => f(&s.to_lowercase()),
    }
}

/// Han characters, kana and CJK punctuation: text written without spaces
/// between words (Hangul is written with them).
pub(crate) fn unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF |
        0xF900..=0xFAFF | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 |
        0xFF5B..=0xFF65)
}

/// `s` without the line breaks (and the white space around them) that
/// stand between two characters of Chinese or Japanese text, which has no
/// spaces between words: a title broken at a PDF's line width (`为中` /
/// `心`) is one title again.
pub fn join_unspaced_breaks(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('\n') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(|c: char| c.is_whitespace()) {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        let after = tail.trim_start();
        let gap = &tail[..tail.len() - after.len()];
        let join = gap.contains('\n')
            && out.ends_with(unspaced_script)
            && after.starts_with(unspaced_script);
        if !join {
            out.push_str(gap);
        }
        rest = after;
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Cleans a field value: trims white space and stray punctuation at the ends,
/// joins a word hyphenated across a line break, and Chinese or Japanese
/// text broken across one, folds runs of white space.
pub fn clean_field(s: &str) -> String {
    let s = unescape_punctuation(s);
    // Trimming before folding leaves the same text as folding first: folding
    // only turns runs of white space into one space, and every trim treats
    // all white space alike. The string is then made once, at its size.
    let kept = s
        .trim_matches(is_field_edge)
        .trim_start_matches(['-', ')'])
        .trim();
    // `U.S. DEP'T OF JUST.`: the period of an abbreviation that ends the
    // field is kept.
    // `kept` is a slice of `s`: where it ends in `s`.
    let end = (kept.as_ptr() as usize).saturating_sub(s.as_ptr() as usize) + kept.len();
    let period = s.get(end..).is_some_and(|t| t.starts_with('.'))
        && (ends_in_abbreviation(kept, false) || ends_in_corporate_abbreviation(kept));
    let mut folded = String::with_capacity(kept.len());
    let mut rest = kept;
    // Whether the word before was one letter of Chinese or Japanese (no
    // mark: `、 ，` keeps its space).
    let mut one_char_before = false;
    while !rest.is_empty() {
        let after_gap = rest.trim_start();
        let broken = rest[..rest.len() - after_gap.len()].contains('\n');
        let end = after_gap
            .find(char::is_whitespace)
            .unwrap_or(after_gap.len());
        let w = &after_gap[..end];
        rest = &after_gap[end..];
        if w.is_empty() {
            break;
        }
        let one_char = {
            let mut cs = w.chars();
            cs.next()
                .is_some_and(|c| unspaced_script(c) && c.is_alphabetic())
                && cs.next().is_none()
        };
        if !folded.is_empty() {
            // A word hyphenated at a line's end (`com-` / `parada`).
            if broken && hyphenated_at_end(&folded) && w.starts_with(char::is_lowercase) {
                folded.pop();
            } else if broken
                && range_open_at_end(&folded)
                && w.starts_with(|c: char| c.is_ascii_digit())
            {
                // A range of numbers broken after its dash (`1799–` / `1914`).
            } else if broken && folded.ends_with(unspaced_script) && w.starts_with(unspaced_script)
            {
                // Chinese and Japanese write no spaces between words: a line
                // broken inside a title (`为中` / `心`) joins up again.
            } else if one_char && one_char_before {
                // A line a PDF justified letter by letter (`开 放 科 学`):
                // no word of these scripts stands alone twice in a row.
            } else {
                folded.push(' ');
            }
        }
        one_char_before = one_char;
        folded.push_str(w);
    }
    if period {
        folded.push('.');
    }
    folded
}

/// `field` with the period of the abbreviation that ends it where `raw`,
/// the text it was read from, writes the period after it (`Curr. Biol.`,
/// `U.S. DEP'T OF JUST.`): a parser that cut the field before a period
/// took it for the end of a sentence ([`ends_in_abbreviation`]; a
/// journal's name, where `journal`, may end in a word in small letters).
pub fn restore_abbreviation_period(field: &mut String, raw: &str, journal: bool) {
    if field.ends_with('.') || !ends_in_abbreviation(field, journal) {
        return;
    }
    let folded;
    let raw = if raw.contains(['\n', '\r', '\t']) || raw.contains("  ") {
        folded = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        folded.as_str()
    } else {
        raw
    };
    let at = raw.match_indices(field.as_str()).any(|(i, m)| {
        raw[i + m.len()..].starts_with('.') && !raw[..i].ends_with(char::is_alphanumeric)
    });
    if at {
        field.push('.');
    }
}

/// Whether `field` is a firm's name ending in the abbreviation of its
/// legal form (`Curran Associates, Inc`, `Macmillan and Co`, `Faber &
/// Faber Ltd`), whose period belongs to the name: the last of two words or
/// more, capitalised, in [`CORPORATE_ABBREVIATIONS`].
pub(crate) fn ends_in_corporate_abbreviation(field: &str) -> bool {
    let mut words = field.split_whitespace();
    let Some(last) = words.next_back() else {
        return false;
    };
    words.next_back().is_some() && CORPORATE_ABBREVIATIONS.contains(&last)
}

/// Abbreviated legal forms of firms, written with a period (`Inc.`,
/// `Ltd.`, `Co.`, `Corp.`, `Bros.`).
pub(crate) const CORPORATE_ABBREVIATIONS: [&str; 5] = ["Inc", "Ltd", "Co", "Corp", "Bros"];

/// Whether `w` is a firm's legal form alone (`Inc.`, `Ltd`, `LLC`,
/// `GmbH`): one of [`CORPORATE_ABBREVIATIONS`], with or without its
/// period, or a form written without one.
pub(crate) fn corporate_form(w: &str) -> bool {
    CORPORATE_ABBREVIATIONS.contains(&w.strip_suffix('.').unwrap_or(w))
        || matches!(w, "LLC" | "GmbH")
}

/// Whether `field`, which a period followed, ends in an abbreviation, not
/// a sentence: its last word is a capitalised word of one to five letters,
/// a letter alone or in capitals (`J`, `JUST`: small capitals), and at
/// least half the other capitalised words are abbreviated too, by a
/// period (`U.S.`, `St.`) or an apostrophe (`DEP'T`, `COMM'N`), as The
/// Bluebook's names of bodies and periodicals are (`U.S. DEP'T OF JUST.`,
/// `Wall St. J.`). Where `journal`, a word in small letters ends it too
/// if more than half the others are abbreviated (`Curr. Biol.`, `Oper.
/// Res. Lett.`). `U.S. Department of State.`, `U.S. Army.` and `A History
/// of the U.S. Army.` end in words, and lose the period, as a sentence
/// does.
fn ends_in_abbreviation(field: &str, journal: bool) -> bool {
    let mut words: Vec<&str> = field.split_whitespace().collect();
    let Some(last) = words.pop() else {
        return false;
    };
    let letters = last.chars().count();
    if !(1..=5).contains(&letters)
        || !last.starts_with(char::is_uppercase)
        || !last.chars().all(char::is_alphabetic)
    {
        return false;
    }
    let capitalised: Vec<&str> = words
        .iter()
        .map(|w| w.trim_end_matches([',', ':', ';']))
        .filter(|w| w.starts_with(char::is_uppercase))
        .collect();
    let abbreviated = capitalised
        .iter()
        .filter(|w| {
            let body = w.trim_end_matches('.');
            let contracted = body
                .split_once(['\'', '’'])
                .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && b.len() <= 2);
            !body.is_empty()
                && body
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’'))
                && (w.ends_with('.') || contracted)
        })
        .count();
    let marked = letters == 1 || !last.chars().any(char::is_lowercase);
    abbreviated > 0
        && (marked && abbreviated * 2 >= capitalised.len()
            || journal && abbreviated * 2 > capitalised.len() && !last.ends_with(['y', 'e']))
}

/// Whether `t` is an organisation's abbreviation as written in brackets
/// after its name (`[WHO]`, `(KMK)`, `[DfE]`, `(DfES)`, `[DoH]`): two to
/// ten letters (or digits, `&`), opening with a capital, more capitals
/// than lowercase letters and two capitals at least, so that `(Hrsg)` and
/// `[Ed]` are none.
pub(crate) fn is_abbreviation(t: &str) -> bool {
    let upper = t.chars().filter(|c| c.is_uppercase()).count();
    let lower = t.chars().filter(|c| c.is_lowercase()).count();
    (2..=10).contains(&t.chars().count())
        && t.starts_with(char::is_uppercase)
        && upper >= 2
        && lower < upper
        && t.chars()
            .all(|c| c.is_alphabetic() || c.is_ascii_digit() || c == '&')
}

/// Whether `s` ends with a lowercase letter and a hyphen, in a word that is
/// no address (`…-anos-` of a URL keeps its hyphen).
pub(crate) fn hyphenated_at_end(s: &str) -> bool {
    let mut back = s.chars().rev();
    let word = s.rsplit(char::is_whitespace).next().unwrap_or("");
    back.next() == Some('-')
        && back.next().is_some_and(char::is_lowercase)
        && !word.contains(['/', '<', '@', ':'])
        && !word.contains("www.")
}

/// Whether `rest`, the text after a hyphen and a line break, opens with
/// one of `words`, the conjunctions after a suspended hyphen
/// ([`crate::grammar::Names::suspended_hyphen`]): `Kommunal-` / `und
/// Staatspolitik` is no word broken at the line's end.
pub fn suspended_before(rest: &str, words: &[String]) -> bool {
    let next = rest.trim_start();
    let word = next.split(char::is_whitespace).next().unwrap_or("");
    let word = word.trim_end_matches([',', ';']);
    !word.is_empty() && words.iter().any(|w| w == word)
}

/// `s` with each line break after a suspended hyphen before a conjunction
/// of `words` (`Kommunal-` / `und Staatspolitik`) made a space, the same
/// length: the joiners that take a hyphen at a line's end for a broken word
/// then find no break there, and `Kommunal- und Staatspolitik` stays.
pub fn keep_suspended_hyphens<'s>(s: &'s str, words: &[String]) -> std::borrow::Cow<'s, str> {
    if words.is_empty() || !s.contains("-\n") && !s.contains("-\r\n") {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('-') {
        let (head, tail) = rest.split_at(i + 1);
        out.push_str(head);
        rest = tail;
        let after = tail.trim_start_matches('\r');
        let letter = head[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
        if letter && after.starts_with('\n') && suspended_before(&after[1..], words) {
            let gap = tail.len() - after.len() + 1;
            out.extend(std::iter::repeat_n(' ', gap));
            rest = &tail[gap..];
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// `s` with each word that a line's end broke after a hyphen joined again
/// (`Gazety warszaw-` / `skie` is `Gazety warszawskie`): a lowercase letter,
/// a hyphen and a line break, then a lowercase letter. Other hyphens
/// (`Kowalska-` / `Nowak`, `1799-` / `1914`) stay, and so does a suspended
/// hyphen before one of `words` (`Kommunal-` / `und Staatspolitik`,
/// [`suspended_before`]).
pub fn unwrap_hyphens<'s>(s: &'s str, words: &[String]) -> std::borrow::Cow<'s, str> {
    if !s.contains("-\n") && !s.contains("-\r\n") {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('-') {
        let (head, tail) = rest.split_at(i);
        let after = tail[1..].trim_start_matches('\r');
        let broken = after.starts_with('\n')
            && head.chars().next_back().is_some_and(char::is_lowercase)
            && after[1..].trim_start().starts_with(char::is_lowercase)
            && !suspended_before(&after[1..], words);
        out.push_str(head);
        if broken {
            rest = after[1..].trim_start();
        } else {
            out.push('-');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Whether `s` ends with a number and a dash (`1799–`, `144-`): a range
/// that a line's end broke.
pub(crate) fn range_open_at_end(s: &str) -> bool {
    let mut back = s.chars().rev();
    back.next().is_some_and(|c| matches!(c, '-' | '–'))
        && back.next().is_some_and(|c| c.is_ascii_digit())
}

/// White space and the stray punctuation [`clean_field`] trims at the ends.
fn is_field_edge(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | ';' | ':' | '.' | '–' | '—' | '、' | '。' | '．' | '，' | '；' | '：'
        )
}

/// Drops the backslash of a mark that Markdown converters escape in prose
/// (`$ * _ [ ] # < > ` | ~ ^ &`): `\$1.5bn` → `$1.5bn`, `\*` → `*`, `\&`
/// → `&`. Other backslashes (`\"`, `\\`, `C:\Users`) stay as written.
pub fn unescape_punctuation(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('\\') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && chars
                .peek()
                .is_some_and(|&n| u8::try_from(n).is_ok_and(is_escaped_mark))
        {
            continue;
        }
        out.push(c);
    }
    std::borrow::Cow::Owned(out)
}

/// Marks that Markdown converters escape in prose with a backslash.
fn is_escaped_mark(c: u8) -> bool {
    matches!(
        c,
        b'$' | b'*' | b'_' | b'[' | b']' | b'#' | b'<' | b'>' | b'`' | b'|' | b'~' | b'^' | b'&'
    )
}

/// Decodes the common HTML entities (`&amp;`, `&lt;`, `&#39;`, `&nbsp;`),
/// after [`unescape_punctuation`], and reads a run of spaces (where HTML
/// tags were blanked) as one space, or none before `,`, `.`, `;` or `)`.
pub fn decode_entities(s: &str) -> String {
    decode_entities_mapped(s).0
}

/// Where the bytes of a decoded text come from in the text it was decoded
/// from: decoding `&amp;` or `\$` shortens the text, and a span found in the
/// decoded text must still point at the right bytes of the input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// After each change of length: (offset in the decoded text, offset in
    /// the input), both increasing.
    marks: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// The input offset of a decoded-text offset. An offset inside a decoded
    /// entity lands inside the entity as written, which is ASCII, so the
    /// result is always a character boundary of the input.
    pub fn to_input(&self, offset: usize) -> usize {
        let after = self.marks.partition_point(|&(d, _)| d <= offset);
        match after.checked_sub(1).and_then(|i| self.marks.get(i)) {
            Some(&(d, r)) => r + (offset - d),
            None => offset,
        }
    }
}

/// [`decode_entities`], with the map from decoded offsets back to `s`.
pub fn decode_entities_mapped(s: &str) -> (String, OffsetMap) {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut map = OffsetMap::default();
    let mut i = 0;
    while let Some(off) = memchr::memchr3(b'\\', b'&', b' ', &b[i..]) {
        let at = i + off;
        out.push_str(&s[i..at]);
        if b[at] == b' ' {
            // A run of spaces (where HTML tags were blanked) is one space,
            // or none before a comma, period, semicolon or closing bracket
            // (`<i>Title</i>, 12`).
            let run = b[at..].iter().take_while(|&&c| c == b' ').count();
            let closes = matches!(b.get(at + run), Some(b',' | b'.' | b';' | b')'));
            if run == 1 || !closes {
                out.push(' ');
            }
            i = at + run;
            if run > 1 {
                map.marks.push((out.len(), i));
            }
            continue;
        }
        if b[at] == b'\\' {
            if b.get(at + 1).copied().is_some_and(is_escaped_mark) {
                map.marks.push((out.len(), at + 1));
            } else {
                out.push('\\');
            }
            i = at + 1;
            continue;
        }
        match entity(&s[at..]) {
            Some((c, len)) => {
                out.push(c);
                i = at + len;
                map.marks.push((out.len(), i));
            }
            None => {
                out.push('&');
                i = at + 1;
            }
        }
    }
    out.push_str(&s[i..]);
    (out, map)
}

/// The character an entity at the start of `s` stands for, and the
/// entity's length in bytes.
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s.find(';').filter(|&e| e <= 10)?;
    let name = s.get(1..end)?;
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        _ => name
            .strip_prefix("#x")
            .or_else(|| name.strip_prefix("#X"))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
            .and_then(char::from_u32)?,
    };
    Some((c, end + 1))
}

/// Whether `s` holds a character of the Arabic block (U+0600 to U+06FF:
/// Arabic, Persian, Urdu letters), by its lead bytes D8 to DB in UTF-8.
pub fn has_arabic_script(s: &str) -> bool {
    s.bytes().any(|b| (0xD8..=0xDB).contains(&b))
}

/// Whether `c` is a letter of a script without capitals and lowercase
/// letters that is no CJK script: Arabic, Hebrew, Syriac, Thaana, the
/// scripts of India and South-East Asia, Georgian Mkhedruli and others
/// (from U+0590 on). Where Latin, Greek and Cyrillic text marks a name or
/// a place by its capital, such a letter may open one.
pub fn is_caseless_letter(c: char) -> bool {
    c >= '\u{590}'
        && !crate::segment::is_cjk(c)
        && c.is_alphabetic()
        && !c.is_uppercase()
        && !c.is_lowercase()
}

/// Whether `c` may open a name or a place: a capital, or a letter of a
/// script without capitals ([`is_caseless_letter`]).
pub fn opens_name(c: char) -> bool {
    c.is_uppercase() || is_caseless_letter(c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_firms_legal_form_keeps_its_period() {
        use super::clean_field;
        assert_eq!(
            clean_field("Curran Associates, Inc."),
            "Curran Associates, Inc."
        );
        assert_eq!(clean_field("Macmillan and Co."), "Macmillan and Co.");
        assert_eq!(clean_field("Harper & Bros."), "Harper & Bros.");
        // Alone, or not a legal form, the period ends the field.
        assert_eq!(clean_field("Inc."), "Inc");
        assert_eq!(
            clean_field("Oxford University Press."),
            "Oxford University Press"
        );
    }

    #[test]
    fn words_broken_after_a_hyphen_are_joined_again() {
        assert_eq!(
            unwrap_hyphens("Gazety warszaw-\nskie…", &[]),
            "Gazety warszawskie…"
        );
        assert_eq!(unwrap_hyphens("Kowalska-\nNowak", &[]), "Kowalska-\nNowak");
        assert_eq!(unwrap_hyphens("s. 1799-\n1914", &[]), "s. 1799-\n1914");
        assert_eq!(unwrap_hyphens("polsko-litewski", &[]), "polsko-litewski");
        let und = ["und".to_string()];
        assert_eq!(
            unwrap_hyphens("Kommunal-\nund Staatspolitik", &und),
            "Kommunal-\nund Staatspolitik"
        );
        assert_eq!(
            keep_suspended_hyphens("für Kommunal-\r\nund Staatspolitik", &und),
            "für Kommunal-  und Staatspolitik"
        );
        assert_eq!(
            clean_field("Kommunal-  und Staatspolitik"),
            "Kommunal- und Staatspolitik"
        );
        assert_eq!(
            keep_suspended_hyphens("Kommunal-\nunderlying", &und),
            "Kommunal-\nunderlying"
        );
        // The words of every grammar apply to every paper: none of them is
        // the last syllable of a common word broken at a line's end.
        let g = crate::grammar::Grammar::builtin();
        for broken in [
            "Wom-\nen in Politics",
            "Frau-\nen und Männer",
            "kirjo-\nja ja lehtiä",
        ] {
            assert_eq!(
                keep_suspended_hyphens(broken, &g.suspended_hyphen),
                broken,
                "{broken:?}"
            );
        }
        assert_ne!(
            keep_suspended_hyphens("Kommunal-\nund Staatspolitik", &g.suspended_hyphen),
            "Kommunal-\nund Staatspolitik"
        );
    }

    use super::*;

    #[test]
    fn a_field_ending_in_an_abbreviation_keeps_its_period() {
        // Small capitals or a letter, beside other abbreviated words.
        // Letter-spaced Chinese (a PDF's justified line) closes up; words
        // and single characters beside words keep their spaces.
        assert_eq!(
            clean_field("开 放 科 学 背 景 下 的 科 研 数 据 管 理"),
            "开放科学背景下的科研数据管理"
        );
        assert_eq!(clean_field("中 国 图 书 馆 学 报 "), "中国图书馆学报");
        assert_eq!(
            clean_field("信息与文献 参考文献著录规则"),
            "信息与文献 参考文献著录规则"
        );
        assert_eq!(clean_field("论 Hart 的 规则"), "论 Hart 的 规则");
        assert_eq!(clean_field("민 법 총 칙"), "민 법 총 칙");
        // Marks standing alone are no letters spaced out.
        assert_eq!(clean_field(") 、 ， 1"), "、 ， 1");
        assert_eq!(clean_field("U.S. DEP'T OF JUST."), "U.S. DEP'T OF JUST.");
        assert_eq!(clean_field("Wall St. J., "), "Wall St. J.");
        // A sentence's period after a word goes.
        assert_eq!(
            clean_field("U.S. Department of State."),
            "U.S. Department of State"
        );
        assert_eq!(
            clean_field("A History of the U.S. Army."),
            "A History of the U.S. Army"
        );
        assert_eq!(
            clean_field("Oxford University Press."),
            "Oxford University Press"
        );
        assert_eq!(clean_field("Vitamin D."), "Vitamin D");
        // A journal's name abbreviated word by word, restored where its
        // text writes the period.
        let mut j = "Curr. Biol".to_string();
        restore_abbreviation_period(&mut j, "Smith, J. Title. Curr.\nBiol. 21, 1 (2011).", true);
        assert_eq!(j, "Curr. Biol.");
        let mut j = "Curr. Biol".to_string();
        restore_abbreviation_period(&mut j, "Smith, J. Title. Curr. Biol 21, 1 (2011).", true);
        assert_eq!(j, "Curr. Biol");
        // A body's name in small letters is no journal's.
        let mut b = "U.S. Army".to_string();
        restore_abbreviation_period(&mut b, "U.S. Army. Field Manual. 1990.", false);
        assert_eq!(b, "U.S. Army");
        let mut b = "U.S. Army".to_string();
        restore_abbreviation_period(&mut b, "U.S. Army. Field Manual. 1990.", true);
        assert_eq!(b, "U.S. Army");
    }

    /// [`key`] and [`title_key`] as first written: the whole text
    /// normalised at once.
    fn folded_whole(s: &str) -> Vec<char> {
        if is_plain(s) {
            s.chars().collect()
        } else {
            s.nfkd().filter(|c| !is_combining_mark(*c)).nfc().collect()
        }
    }

    fn key_whole(s: &str) -> String {
        folded_whole(s)
            .into_iter()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    }

    fn title_key_whole(s: &str) -> String {
        let mut out = String::new();
        let mut space = false;
        for c in folded_whole(s) {
            if c.is_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.extend(c.to_lowercase());
            } else {
                space = true;
            }
        }
        out
    }

    #[test]
    fn keys_fold_runs_of_other_characters_as_the_whole_text() {
        for s in [
            "Götz",
            "Cafe\u{301} de Flore",
            "e\u{301}\u{302}x",
            "\u{1100}\u{1161}\u{11a8} 가\u{11a8}",
            "ガイド ﬁnal ①②",
            "Ｆｕｌｌ　ｗｉｄｔｈ",
            "Περὶ ψυχῆς",
            "Исследование й",
            "İstanbul ΣΑΣ",
            "",
        ] {
            assert_eq!(key(s), key_whole(s), "{s:?}");
            assert_eq!(title_key(s), title_key_whole(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Normalising each run of characters other than ASCII on its own
        /// gives the keys of normalising the whole text: texts of ASCII,
        /// letters with and without diacritics, combining marks, Hangul
        /// syllables and jamo, kana and compatibility characters.
        #[test]
        fn keys_of_runs_are_the_keys_of_the_whole_text(
            s in "[a-zA-Z0-9 .,'\\-éèÉüÜßøØłŁçñİıΣσςάὶῆйЙёĳǅ\u{300}-\u{36f}\u{1ab0}\u{20d0}\u{1100}-\u{1112}\u{1161}-\u{1175}\u{11a8}-\u{11c2}가각힣ガカ\u{3099}\u{309a}ﬁ①Ａａ　\u{2026}\u{f900}\u{0b47}\u{0b3e}\u{0cd5}\u{0cc6}]{0,24}",
        ) {
            proptest::prop_assert_eq!(key(&s), key_whole(&s));
            proptest::prop_assert_eq!(title_key(&s), title_key_whole(&s));
        }

        /// The same on any text.
        #[test]
        fn keys_of_runs_are_the_keys_of_any_text(s in "\\PC{0,16}") {
            proptest::prop_assert_eq!(key(&s), key_whole(&s));
            proptest::prop_assert_eq!(title_key(&s), title_key_whole(&s));
        }

        /// Each opening bracket is paired with the first closing bracket
        /// of its kind after it, as a search from each opening bracket
        /// finds it, on texts of brackets, nested and unclosed.
        #[test]
        fn brackets_are_closed_as_a_search_from_each_finds(
            s in "[a()\\[\\]（）{}“”« ]{0,40}",
        ) {
            const PAIRS: [(char, char); 3] = [('(', ')'), ('[', ']'), ('（', '）')];
            let naive: Vec<(usize, usize, usize)> = s
                .char_indices()
                .filter_map(|(open, c)| {
                    let &(_, close) = PAIRS.iter().find(|&&(o, _)| o == c)?;
                    let inner = open + c.len_utf8();
                    s[inner..].find(close).map(|i| (open, inner, inner + i))
                })
                .collect();
            let shared: Vec<(usize, usize, usize)> = brackets_closed(&s, &PAIRS).collect();
            proptest::prop_assert_eq!(shared, naive);
        }
    }

    #[test]
    fn brackets_are_paired_with_the_first_closing_one_after_them() {
        let s = "a (b (c) d) [e (f";
        let found: Vec<(usize, usize, usize)> =
            brackets_closed(s, &[('(', ')'), ('[', ']')]).collect();
        // `(b` and `(c` both close at `c)`; `[e` and `(f` have no closing
        // bracket after them.
        assert_eq!(found, vec![(2, 3, 7), (5, 6, 7)]);
    }

    #[test]
    fn a_byte_set_knows_every_byte_of_its_text() {
        let text = "Kim · Lee und \u{7f}é가";
        let set = ByteSet::of(text);
        for (i, _) in text.char_indices() {
            assert!(set.has_all(&text[i..]), "{:?}", &text[i..]);
        }
        for missing in [" and ", "&", "ㆍ", "Ā", "\0"] {
            assert!(!set.has_all(missing), "{missing:?}");
        }
        assert!(set.has_all(""));
    }

    #[test]
    fn sketches_rule_out_names_of_other_letters_or_lengths() {
        let near = |a: &str, b: &str| CharSketch::of(a).may_be_similar(&CharSketch::of(b), 0.7);
        assert!(near("schmid", "schmidt"));
        assert!(near("müller", "muller"));
        assert!(near("김민철", "김민칠"));
        // No letter in common.
        assert!(!near("schmid", "lopez"));
        // Three of seven letters missing from the other name.
        assert!(!near("schmidt", "schmoex"));
        // Too short to be within 0.7 of it.
        assert!(!near("kim", "kimberley"));
    }

    #[test]
    fn family_keys_fold_german_spelling_variants() {
        assert_eq!(family_key("Mueller"), family_key("Müller"));
        assert_eq!(family_key("Muller"), family_key("Müller"));
        assert_eq!(family_key("Weiss"), family_key("Weiß"));
        assert_eq!(family_key("Goethe"), family_key("Göthe"));
        assert_ne!(family_key("Bauer"), family_key("Baur"));
        assert_ne!(family_key("Weiß"), family_key("Weis"));
        assert_eq!(family_key("Doe"), "doe");
        assert_eq!(family_key("von Savigny"), family_key("Savigny"));
        assert_eq!(family_key("v. Bar"), "bar");
        assert_eq!(family_key("van der Berg"), "berg");
        assert_eq!(family_key("De Gaulle"), "gaulle");
        assert_eq!(family_key("Van"), "van");
        assert_eq!(family_key("von "), "von");
        assert_eq!(family_key("김철수"), "김철수");
    }

    #[test]
    fn keys_ignore_diacritics_case_and_punctuation() {
        assert_eq!(key("Götz"), "gotz");
        assert_eq!(key("김철수 · 박영희"), "김철수박영희");
        assert_eq!(key("Алимпиева"), "алимпиева");
        assert_eq!(
            title_key("Kim–Putin “Summit”"),
            title_key("Kim-Putin \"Summit\"")
        );
    }

    #[test]
    fn short_titles_are_prefixes() {
        assert!(is_title_prefix(
            "Theory",
            "Theory of International Politics"
        ));
        assert!(!is_title_prefix("Theo", "Theory of International Politics"));
        assert!(is_title_prefix(
            "Archive and the State",
            "The Archive and the State"
        ));
    }

    #[test]
    fn short_titles_fit_as_parts_or_near_spellings() {
        let full = title_key("The Archive and the State: Papers, 1871-1914");
        for short in ["Archive and the State", "The Archive", "Papers 1871 1914"] {
            assert!(short_title_fits(&title_key(short), &full), "{short}");
        }
        // Not at a word boundary, and too short to be a near spelling.
        assert!(!short_title_fits(&title_key("Arch"), &full));
        // A typo in a title of the same length.
        assert!(short_title_fits(
            &title_key("Theory of Internatonal Politics"),
            &title_key("Theory of International Politics")
        ));
        // Overlapping occurrences: the one at a word boundary counts.
        assert!(short_title_fits("a a", "xa a a"));
        assert!(!short_title_fits("", "x"));
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("A &amp; B &#39;x&#x27; &bogus; &"),
            "A & B 'x' &bogus; &"
        );
    }

    #[test]
    fn decoded_offsets_map_back_to_the_input() {
        let input = r"a &amp; b \$5 &mdash; c";
        let (text, map) = decode_entities_mapped(input);
        assert_eq!(text, "a & b $5 — c");
        for (needle, written) in [("&", "&amp;"), ("$5", r"\$5"), ("— c", "&mdash; c")] {
            let at = text.find(needle).unwrap();
            let (start, end) = (map.to_input(at), map.to_input(at + needle.len()));
            assert_eq!(&input[start..end], written.trim_start_matches('\\'));
        }
        assert_eq!(map.to_input(0), 0);
        assert_eq!(map.to_input(text.len()), input.len());
        // Nothing decoded: offsets are the input's.
        let (same, none) = decode_entities_mapped("plain & text; \\d");
        assert_eq!(same, "plain & text; \\d");
        assert_eq!(none.to_input(7), 7);
        // A run of spaces is one space; what follows keeps its place.
        let input = "Hobbes,    <i>  Leviathan</i>, 12";
        let blanked = input.replace("<i>", "   ").replace("</i>", "    ");
        let (text, map) = decode_entities_mapped(&blanked);
        assert_eq!(text, "Hobbes, Leviathan, 12");
        let at = text.find("Leviathan").unwrap();
        assert!(input[map.to_input(at)..].starts_with("Leviathan</i>, 12"));
        let comma = text.find(", 12").unwrap();
        assert_eq!(&input[map.to_input(comma)..], ", 12");
        assert_eq!(map.to_input(text.len()), input.len());
    }

    #[test]
    fn escaped_punctuation_loses_its_backslash() {
        assert_eq!(
            unescape_punctuation(r"behind \$1.5bn hack"),
            "behind $1.5bn hack"
        );
        assert_eq!(unescape_punctuation(r"a \* b \_c\_ \& d"), "a * b _c_ & d");
        assert_eq!(unescape_punctuation(r"C:\Users\x"), r"C:\Users\x");
        assert_eq!(unescape_punctuation(r"a\\b"), r"a\\b");
        assert_eq!(unescape_punctuation(r#"say \"x\""#), r#"say \"x\""#);
        assert_eq!(clean_field(r" \$5, "), "$5");
    }

    #[test]
    fn near_index_finds_keys_two_edits_away_and_not_three() {
        let mut index = NearIndex::default();
        index.extend([("schmidt", 0), ("schmitz", 1), ("smith", 2)].into_iter());
        // One edit, two edits (`schmidt` → `schmitz`), and a transposition.
        assert!(index.candidates("schmid").contains(&0));
        assert!(index.candidates("schmidt").contains(&1));
        assert!(index.candidates("schimdt").contains(&0));
        // `schmidt` is three edits from `smith`: the index may offer it,
        // but `smith` itself must be found from `smyth`.
        assert!(index.candidates("smyth").contains(&2));
        assert!(!index.candidates("müller").contains(&2));
    }

    #[test]
    fn near_index_keeps_finding_keys_across_rebuilds() {
        // Filed one at a time, then in bulk: the hash map is moved into
        // the sorted vector when it grows, and a batch is sorted in.
        let name = |i: u32| format!("k{i:05}x");
        let mut index = NearIndex::default();
        for i in 0..500 {
            let key = name(i);
            index.extend(std::iter::once((key.as_str(), i)));
        }
        let bulk: Vec<String> = (500..3000).map(name).collect();
        index.extend(bulk.iter().map(String::as_str).zip(500..3000));
        for i in (0..3000).step_by(97) {
            // `k00042x` → `k0042x`: one character removed.
            let mut near = name(i);
            near.remove(2);
            assert!(index.candidates(&near).contains(&i), "{i}");
        }
        // Too long to be a name: neither filed nor looked for.
        let long = "x".repeat(NEAR_MAX_CHARS + 1);
        index.extend(std::iter::once((long.as_str(), 9)));
        assert!(index.candidates(&long).is_empty());
    }
}
