//! The cross-paper source network of a corpus: the same work cited by
//! different papers becomes one source, and papers are linked through the
//! sources they share.
//!
//! A work's identity across papers is its [`work_key`]: the first author's
//! [`name_key`], the year and the [`title_key`] of the title, so that
//! `Waltz, K. (1979) Theory of International Politics` in one paper and
//! `Kenneth N. Waltz, *Theory of International Politics* (1979)` in another
//! meet. Papers are added one at a time ([`CorpusBuilder::add`]) in input
//! order; [`Corpus`] is plain data with stable ids, ready to be dumped as
//! JSON ([`Corpus::to_wire`]) or turned into a graph.
//!
//! This module never reads files and never looks at the text of a paper:
//! it only merges analysed [`Document`]s.

use crate::model::{CslItem, Document};
use crate::syntax::name::{display_name, name_key};
use crate::text::title_key;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Schema of the JSON dump.
pub const SCHEMA: &str = "opcit/corpus/1";

/// A work's identity across papers: `first-author-key|year|title-key`
/// (`waltz|1979|theory of international politics`). Empty when the work has
/// neither an author nor a title: such a work cannot be told apart from
/// others and is left out of the corpus.
pub fn work_key(item: &CslItem) -> String {
    let author = item.author.first().map(name_key).unwrap_or_default();
    // A decision without a name is known by its collection or journal and
    // page (`BVerfGE 7, 198`), the same in every paper.
    let unnamed_decision = item.kind == "legal_case"
        && item.title.is_none()
        && item.container_title.is_some()
        && item.page.is_some();
    let title = if unnamed_decision {
        title_key(&crate::resolve::describe(item))
    } else {
        title_key(item.title.as_deref().unwrap_or(""))
    };
    if author.is_empty() && title.is_empty() {
        return String::new();
    }
    let year = item.year().map(|y| y.to_string()).unwrap_or_default();
    format!("{author}|{year}|{title}")
}

/// One work as one paper gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperSource {
    /// [`work_key`].
    pub key: String,
    /// First author as printed (family name first).
    pub author: Option<String>,
    /// Year of publication.
    pub year: Option<i32>,
    /// Title as written.
    pub title: Option<String>,
    /// Citations of the paper linked to it (0 for an uncited entry).
    pub citations: usize,
}

/// The works of one document, merged by key, in key order, with the number
/// of citations that point to each. Every reference counts (bibliography
/// entries, cited or not, and works known only from the notes).
pub fn paper_sources(doc: &Document) -> Vec<PaperSource> {
    let mut cited: HashMap<&str, usize> = HashMap::new();
    for c in &doc.citations {
        if let Some(r) = c.reference.as_deref() {
            *cited.entry(r).or_default() += 1;
        }
    }
    let mut by_key: BTreeMap<String, PaperSource> = BTreeMap::new();
    for r in &doc.references {
        let key = work_key(&r.fields);
        if key.is_empty() {
            continue;
        }
        let n = cited.get(r.id.as_str()).copied().unwrap_or(0);
        by_key
            .entry(key.clone())
            .and_modify(|s| s.citations += n)
            .or_insert_with(|| PaperSource {
                key,
                author: r.fields.author.first().map(display_name),
                year: r.fields.year(),
                title: r.fields.title.clone(),
                citations: n,
            });
    }
    by_key.into_values().collect()
}

/// A paper of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paper {
    /// Its name (path or id), as given.
    pub id: String,
    /// Citations found in it.
    pub citations: usize,
    /// Indices into [`Corpus::sources`], ascending.
    pub sources: Vec<usize>,
    /// For each of [`Paper::sources`], how many of the paper's citations
    /// point to it (0 for a bibliography entry nothing cites).
    pub cites: Vec<usize>,
}

/// A work cited by one or more papers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// [`work_key`].
    pub key: String,
    /// First author, as the first paper citing it prints it.
    pub author: Option<String>,
    /// Year.
    pub year: Option<i32>,
    /// Title, as the first paper citing it writes it.
    pub title: Option<String>,
    /// Indices into [`Corpus::papers`] of the papers listing it, ascending.
    pub papers: Vec<usize>,
    /// Citations of it over all papers.
    pub citations: usize,
}

/// Two papers that share sources (bibliographic coupling).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Index of the first paper (the smaller).
    pub a: usize,
    /// Index of the second paper.
    pub b: usize,
    /// Sources both list, ascending indices into [`Corpus::sources`].
    pub shared: Vec<usize>,
}

/// The corpus: papers in input order, sources in key order, links in
/// paper order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corpus {
    /// Papers.
    pub papers: Vec<Paper>,
    /// Sources.
    pub sources: Vec<Source>,
    /// Pairs of papers sharing at least one source.
    pub links: Vec<Link>,
}

/// (source index, citations of it) for one paper.
type SourceCount = (usize, usize);

/// Collects papers one by one; [`CorpusBuilder::finish`] numbers the
/// sources and links the papers.
#[derive(Debug, Default)]
pub struct CorpusBuilder {
    papers: Vec<(String, usize, Vec<SourceCount>)>,
    sources: Vec<Source>,
    by_key: HashMap<String, usize>,
}

impl CorpusBuilder {
    /// An empty corpus.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an analysed document.
    pub fn add(&mut self, id: impl Into<String>, doc: &Document) {
        self.add_sources(id, doc.citations.len(), paper_sources(doc));
    }

    /// Adds a paper from its [`paper_sources`] (computed elsewhere, e.g. on
    /// a worker thread).
    pub fn add_sources(
        &mut self,
        id: impl Into<String>,
        citations: usize,
        works: Vec<PaperSource>,
    ) {
        let paper = self.papers.len();
        let mut mine = Vec::with_capacity(works.len());
        for w in works {
            let i = match self.by_key.get(&w.key) {
                Some(&i) => i,
                None => {
                    let i = self.sources.len();
                    self.by_key.insert(w.key.clone(), i);
                    self.sources.push(Source {
                        key: w.key,
                        author: w.author,
                        year: w.year,
                        title: w.title,
                        papers: Vec::new(),
                        citations: 0,
                    });
                    i
                }
            };
            let s = &mut self.sources[i];
            if s.papers.last() != Some(&paper) {
                s.papers.push(paper);
            }
            s.citations += w.citations;
            mine.push((i, w.citations));
        }
        self.papers.push((id.into(), citations, mine));
    }

    /// The corpus, sources sorted by key.
    pub fn finish(self) -> Corpus {
        let mut order: Vec<usize> = (0..self.sources.len()).collect();
        order.sort_by(|&a, &b| self.sources[a].key.cmp(&self.sources[b].key));
        let mut new_index = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        let mut slots: Vec<Option<Source>> = self.sources.into_iter().map(Some).collect();
        let sources: Vec<Source> = order.iter().filter_map(|&old| slots[old].take()).collect();
        let papers: Vec<Paper> = self
            .papers
            .into_iter()
            .map(|(id, citations, mine)| {
                let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
                for (i, n) in mine {
                    *counts.entry(new_index[i]).or_default() += n;
                }
                Paper {
                    id,
                    citations,
                    sources: counts.keys().copied().collect(),
                    cites: counts.values().copied().collect(),
                }
            })
            .collect();
        let mut pairs: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
        for (si, s) in sources.iter().enumerate() {
            for (k, &a) in s.papers.iter().enumerate() {
                for &b in &s.papers[k + 1..] {
                    pairs.entry((a, b)).or_default().push(si);
                }
            }
        }
        let links = pairs
            .into_iter()
            .map(|((a, b), shared)| Link { a, b, shared })
            .collect();
        Corpus {
            papers,
            sources,
            links,
        }
    }
}

/// A paper in the JSON dump.
#[derive(Debug, Serialize)]
pub struct WirePaper {
    /// `p1`, `p2` … in input order.
    pub id: String,
    /// Path or id as given.
    pub name: String,
    /// Citations found in it.
    pub citations: usize,
    /// Ids of the sources it lists.
    pub sources: Vec<String>,
}

/// A source in the JSON dump.
#[derive(Debug, Serialize)]
pub struct WireSource {
    /// `s1`, `s2` … in key order.
    pub id: String,
    /// The identity key.
    pub key: String,
    /// First author.
    pub author: Option<String>,
    /// Year.
    pub year: Option<i32>,
    /// Title.
    pub title: Option<String>,
    /// Ids of the papers listing it.
    pub papers: Vec<String>,
    /// Citations over all papers.
    pub citations: usize,
}

/// A link in the JSON dump.
#[derive(Debug, Serialize)]
pub struct WireLink {
    /// Paper id.
    pub source: String,
    /// Paper id.
    pub target: String,
    /// Number of shared sources.
    pub weight: usize,
    /// Ids of the shared sources.
    pub shared: Vec<String>,
}

/// Counts over the corpus.
#[derive(Debug, Serialize)]
pub struct WireTotals {
    /// Papers.
    pub papers: usize,
    /// Distinct sources.
    pub sources: usize,
    /// Sources listed by two papers or more.
    pub shared_sources: usize,
    /// Pairs of papers sharing a source.
    pub links: usize,
    /// Citations over all papers.
    pub citations: usize,
}

/// The JSON dump of a corpus (schema `opcit/corpus/1`).
#[derive(Debug, Serialize)]
pub struct WireCorpus {
    /// Schema version.
    pub schema: &'static str,
    /// Counts.
    pub totals: WireTotals,
    /// Papers.
    pub papers: Vec<WirePaper>,
    /// Sources.
    pub sources: Vec<WireSource>,
    /// Paper–paper links.
    pub links: Vec<WireLink>,
}

fn paper_id(i: usize) -> String {
    format!("p{}", i + 1)
}

fn source_id(i: usize) -> String {
    format!("s{}", i + 1)
}

impl Corpus {
    /// The JSON form.
    pub fn to_wire(&self) -> WireCorpus {
        WireCorpus {
            schema: SCHEMA,
            totals: WireTotals {
                papers: self.papers.len(),
                sources: self.sources.len(),
                shared_sources: self.sources.iter().filter(|s| s.papers.len() > 1).count(),
                links: self.links.len(),
                citations: self.papers.iter().map(|p| p.citations).sum(),
            },
            papers: self
                .papers
                .iter()
                .enumerate()
                .map(|(i, p)| WirePaper {
                    id: paper_id(i),
                    name: p.id.clone(),
                    citations: p.citations,
                    sources: p.sources.iter().map(|&s| source_id(s)).collect(),
                })
                .collect(),
            sources: self
                .sources
                .iter()
                .enumerate()
                .map(|(i, s)| WireSource {
                    id: source_id(i),
                    key: s.key.clone(),
                    author: s.author.clone(),
                    year: s.year,
                    title: s.title.clone(),
                    papers: s.papers.iter().map(|&p| paper_id(p)).collect(),
                    citations: s.citations,
                })
                .collect(),
            links: self
                .links
                .iter()
                .map(|l| WireLink {
                    source: paper_id(l.a),
                    target: paper_id(l.b),
                    weight: l.shared.len(),
                    shared: l.shared.iter().map(|&s| source_id(s)).collect(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::Grammar;
    use crate::source::SourceFile;

    fn doc(text: &str) -> Document {
        crate::analyze(
            &SourceFile::new("t.txt", text),
            &Grammar::builtin(),
            Default::default(),
        )
    }

    #[test]
    fn the_same_work_written_two_ways_is_one_source() {
        let a = doc("Realism.¹⁾ Again.²⁾\n\n\
             1) K. Waltz, *Theory of International Politics* (Reading: Addison-Wesley, 1979), 5.\n\n\
             2) Waltz(1979), op. cit., p. 105.\n");
        let b = doc("Structure.¹⁾\n\n\
             1) Kenneth N. Waltz, *Theory of International Politics* (New York: Random House, 1979).\n");
        let mut builder = CorpusBuilder::new();
        builder.add("a.txt", &a);
        builder.add("b.txt", &b);
        let corpus = builder.finish();
        assert_eq!(corpus.sources.len(), 1, "{:?}", corpus.sources);
        let s = &corpus.sources[0];
        assert_eq!(s.key, "waltz|1979|theory of international politics");
        assert_eq!(s.papers, vec![0, 1]);
        assert_eq!(s.citations, 3);
        assert_eq!(corpus.papers[0].sources, vec![0]);
        assert_eq!(
            corpus.links,
            vec![Link {
                a: 0,
                b: 1,
                shared: vec![0]
            }]
        );
    }

    #[test]
    fn sources_are_numbered_by_key_whatever_the_order_of_papers() {
        let a = doc("A.¹⁾\n\n1) Jane Doe, “Zebra Crossings,” *Roads*, Vol. 1 (2001), pp. 1-9.\n");
        let b = doc("B.¹⁾\n\n1) John Smith, “Apple Orchards,” *Farms*, Vol. 2 (1999), pp. 3-4.\n");
        let keys = |first: &Document, second: &Document| {
            let mut builder = CorpusBuilder::new();
            builder.add("x", first);
            builder.add("y", second);
            let c = builder.finish();
            assert!(c.links.is_empty());
            c.sources.iter().map(|s| s.key.clone()).collect::<Vec<_>>()
        };
        assert_eq!(keys(&a, &b), keys(&b, &a));
        assert_eq!(
            keys(&a, &b),
            vec![
                "doe|2001|zebra crossings".to_string(),
                "smith|1999|apple orchards".to_string()
            ]
        );
    }

    #[test]
    fn decisions_are_keyed_by_collection_and_page() {
        let case = |volume: &str| CslItem {
            kind: "legal_case".into(),
            container_title: Some("BVerfGE".into()),
            volume: Some(volume.into()),
            page: Some("198".into()),
            ..CslItem::default()
        };
        assert!(!work_key(&case("7")).is_empty());
        assert_eq!(work_key(&case("7")), work_key(&case("7")));
        assert_ne!(work_key(&case("7")), work_key(&case("12")));
    }

    #[test]
    fn a_work_without_author_or_title_has_no_key() {
        assert_eq!(work_key(&CslItem::default()), "");
    }
}
