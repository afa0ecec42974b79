//! The source network of one document as a directed graph (petgraph).
//!
//! Nodes are the document, its footnotes (and the places in the running text
//! that hold in-text citations), its citations, the references they resolve
//! to, and the authors and venues of those references. Edges say what
//! contains, cites, refers back to, was written by or was published in what.
//!
//! Two views of the same document:
//!
//! - [`View::Full`]: every node kind; `footnote → citation → reference`,
//!   short forms `refers-back` to their antecedent citation.
//! - [`View::Sources`]: the picture a reader wants; citations are folded into
//!   `footnote → reference` edges whose weight counts the citations.
//!
//! Defects are data: dangling and ambiguous citations, and references that a
//! diagnostic names (`uncited-reference`, `bibliography-mismatch`,
//! `missing-from-bibliography` …) stay in the graph, marked with their
//! `status` and the diagnostic codes in `defects`.
//!
//! Node ids are derived from the model's stable ids (`doc`, `fn:12`,
//! `site:c4`, `c:c3`, `ref:b5`, `author:<key>`, `venue:<key>`), and nodes and
//! edges are added in a fixed order, so the same document always gives the
//! same graph.
//!
//! This module never formats output (each exporter in `export/` owns its
//! wire format and escaping), never reads files, and never panics on what
//! the document contains.

use crate::diagnostic::Code;
use crate::model::{CitationKind, CslItem, CslName, Document, Status};
use crate::source::Span;
use crate::syntax::name::{display_name, name_key};
use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Which picture of the document to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Every node: footnotes, citations, references, authors, venues.
    Full,
    /// Footnotes linked straight to references (weight = citations), plus
    /// authors and venues.
    #[default]
    Sources,
    /// Many papers ([`Graph::corpus`]): each paper linked to the works it
    /// cites, works cited by several papers merged, papers that share works
    /// linked to each other.
    Corpus,
}

impl View {
    /// The name used in outputs (`full`, `sources`).
    pub fn as_str(self) -> &'static str {
        match self {
            View::Full => "full",
            View::Sources => "sources",
            View::Corpus => "corpus",
        }
    }
}

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    /// The paper itself (id `doc`).
    Document,
    /// A footnote or endnote (`fn:12`).
    Footnote,
    /// A place in the running text holding in-text citations (`site:c4`,
    /// named after its first citation).
    Site,
    /// One citation (`c:c3`); only in the full view.
    Citation,
    /// A work: a bibliography entry (`ref:b5`) or a work known only from the
    /// notes (`ref:n2`).
    Reference,
    /// A person or organisation (`author:<key>`).
    Author,
    /// A journal, site, series or publisher (`venue:<key>`).
    Venue,
}

impl NodeKind {
    /// The kebab-case name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Document => "document",
            NodeKind::Footnote => "footnote",
            NodeKind::Site => "site",
            NodeKind::Citation => "citation",
            NodeKind::Reference => "reference",
            NodeKind::Author => "author",
            NodeKind::Venue => "venue",
        }
    }
}

/// What an edge says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    /// Document → footnote or site; footnote or site → citation.
    Contains,
    /// Citation (full view) or footnote/site (sources view) → reference.
    Cites,
    /// Short form → the earlier citation it stands for.
    RefersBack,
    /// Reference → author.
    AuthoredBy,
    /// Reference → venue.
    PublishedIn,
    /// Paper → paper (corpus view): the two list sources in common
    /// (bibliographic coupling); weight = how many.
    SharesSources,
}

impl EdgeKind {
    /// The kebab-case name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Contains => "contains",
            EdgeKind::Cites => "cites",
            EdgeKind::RefersBack => "refers-back",
            EdgeKind::AuthoredBy => "authored-by",
            EdgeKind::PublishedIn => "published-in",
            EdgeKind::SharesSources => "shares-sources",
        }
    }
}

/// The type of an attribute, for formats that declare them (GraphML, GEXF).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrType {
    /// Text.
    String,
    /// A whole number.
    Int,
    /// A floating-point number.
    Double,
    /// True or false.
    Bool,
    /// A list of strings (written as one `;`-separated string where the
    /// format has no list type).
    StringList,
}

/// The declaration of one attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttrDef {
    /// Its name in every output.
    pub name: &'static str,
    /// Its type.
    pub ty: AttrType,
    /// What it holds (for documentation and GraphML `<desc>`).
    pub doc: &'static str,
}

const fn attr(name: &'static str, ty: AttrType, doc: &'static str) -> AttrDef {
    AttrDef { name, ty, doc }
}

/// Every node attribute, in output order. A node carries a subset; `kind`
/// and `label` are always present.
pub const NODE_ATTRS: &[AttrDef] = &[
    attr(
        "kind",
        AttrType::String,
        "document, footnote, site, citation, reference, author or venue",
    ),
    attr("label", AttrType::String, "a short human label"),
    attr(
        "text",
        AttrType::String,
        "the full text: footnote, citation, bibliography entry",
    ),
    attr("number", AttrType::Int, "footnote number"),
    attr(
        "citation_kind",
        AttrType::String,
        "full, short, ibid, supra, parenthetical, numeric, author-date, author-page",
    ),
    attr(
        "status",
        AttrType::String,
        "resolved, dangling or ambiguous (citations)",
    ),
    attr("rule", AttrType::String, "the rule that linked a citation"),
    attr("score", AttrType::Double, "how sure that link is, 0 to 1"),
    attr("title", AttrType::String, "title of a reference"),
    attr("year", AttrType::Int, "year of publication"),
    attr("csl_type", AttrType::String, "CSL item type of a reference"),
    attr(
        "bibliography_index",
        AttrType::Int,
        "1-based position in the bibliography",
    ),
    attr(
        "in_bibliography",
        AttrType::Bool,
        "whether a reference is a bibliography entry",
    ),
    attr(
        "cited",
        AttrType::Int,
        "citations that resolve to this reference, author or venue",
    ),
    attr("style", AttrType::String, "citation style of the document"),
    attr(
        "defective",
        AttrType::Bool,
        "whether any diagnostic concerns this node",
    ),
    attr(
        "defects",
        AttrType::StringList,
        "codes of the diagnostics that concern this node",
    ),
    attr(
        "key",
        AttrType::String,
        "identity of a work across papers: first-author key|year|title key (corpus view)",
    ),
    attr(
        "papers",
        AttrType::Int,
        "how many papers cite or list a work (corpus view)",
    ),
    attr("start", AttrType::Int, "first byte in the input"),
    attr("end", AttrType::Int, "one past the last byte in the input"),
];

/// Every edge attribute, in output order. `kind` and `weight` are always present.
pub const EDGE_ATTRS: &[AttrDef] = &[
    attr(
        "kind",
        AttrType::String,
        "contains, cites, refers-back, authored-by, published-in or shares-sources",
    ),
    attr(
        "weight",
        AttrType::Int,
        "1, or the number of citations a sources-view or corpus cites edge stands for, or of sources two papers share",
    ),
    attr(
        "locator",
        AttrType::String,
        "pinpoint(s) cited, e.g. 105 or 169-172",
    ),
    attr(
        "locator_label",
        AttrType::String,
        "what the locator counts, e.g. page",
    ),
    attr(
        "role",
        AttrType::String,
        "container-title or publisher (published-in)",
    ),
    attr(
        "position",
        AttrType::Int,
        "1-based author position (authored-by)",
    ),
];

/// An attribute value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text.
    Str(String),
    /// A whole number.
    Int(i64),
    /// A floating-point number.
    Double(f64),
    /// True or false.
    Bool(bool),
    /// A list of strings.
    List(Vec<String>),
}

impl Value {
    /// The value as one string (lists joined by `;`), for formats whose
    /// attributes are text.
    pub fn to_text(&self) -> String {
        match self {
            Value::Str(s) => s.clone(),
            Value::Int(i) => i.to_string(),
            Value::Double(d) => d.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::List(l) => l.join(";"),
        }
    }

    /// The value as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Str(s) => serde_json::Value::from(s.as_str()),
            Value::Int(i) => serde_json::Value::from(*i),
            // Non-finite numbers cannot appear in JSON.
            Value::Double(d) => serde_json::Number::from_f64(*d)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::List(l) => serde_json::Value::from(l.clone()),
        }
    }
}

/// A node of the source network.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Stable id (`doc`, `fn:12`, `site:c4`, `c:c3`, `ref:b5`, `author:waltz-k`, `venue:…`).
    pub id: String,
    /// What it stands for.
    pub kind: NodeKind,
    /// A short human label, untruncated (exporters shorten it as they need).
    pub label: String,
    /// The full text, if it has one.
    pub text: Option<String>,
    /// Footnote number (footnotes, and citations in a footnote).
    pub number: Option<u32>,
    /// Citation kind (citations and sites).
    pub citation_kind: Option<CitationKind>,
    /// Resolution outcome (citations).
    pub status: Option<Status>,
    /// The rule that linked a citation.
    pub rule: Option<&'static str>,
    /// How sure that link is.
    pub score: Option<f64>,
    /// Title (references).
    pub title: Option<String>,
    /// Year of publication (references).
    pub year: Option<i32>,
    /// CSL item type (references).
    pub csl_type: Option<String>,
    /// Position in the bibliography (references).
    pub bibliography_index: Option<usize>,
    /// Citations resolving to it (references, authors, venues).
    pub cited: Option<u32>,
    /// Citation style (the document node).
    pub style: Option<&'static str>,
    /// Codes of diagnostics that concern it, sorted, without repeats.
    pub defects: Vec<Code>,
    /// Identity key of a work across papers (corpus view).
    pub key: Option<String>,
    /// How many papers cite or list a work (corpus view).
    pub papers: Option<u32>,
    /// Where it is in the input.
    pub span: Option<Span>,
}

impl Node {
    fn new(id: String, kind: NodeKind, label: String) -> Self {
        Node {
            id,
            kind,
            label,
            text: None,
            number: None,
            citation_kind: None,
            status: None,
            rule: None,
            score: None,
            title: None,
            year: None,
            csl_type: None,
            bibliography_index: None,
            cited: None,
            style: None,
            defects: Vec::new(),
            key: None,
            papers: None,
            span: None,
        }
    }

    /// The attributes this node has, in [`NODE_ATTRS`] order.
    pub fn attributes(&self) -> Vec<(&'static str, Value)> {
        let mut out = vec![
            ("kind", Value::Str(self.kind.as_str().to_string())),
            ("label", Value::Str(self.label.clone())),
        ];
        let mut put = |name: &'static str, v: Option<Value>| {
            if let Some(v) = v {
                out.push((name, v));
            }
        };
        put("text", self.text.clone().map(Value::Str));
        put("number", self.number.map(|n| Value::Int(i64::from(n))));
        put(
            "citation_kind",
            self.citation_kind
                .map(|k| Value::Str(k.as_str().to_string())),
        );
        put(
            "status",
            self.status.map(|s| Value::Str(status_str(s).to_string())),
        );
        put("rule", self.rule.map(|r| Value::Str(r.to_string())));
        put("score", self.score.map(Value::Double));
        put("title", self.title.clone().map(Value::Str));
        put("year", self.year.map(|y| Value::Int(i64::from(y))));
        put("csl_type", self.csl_type.clone().map(Value::Str));
        put(
            "bibliography_index",
            self.bibliography_index.map(|i| Value::Int(to_i64(i))),
        );
        if self.kind == NodeKind::Reference && self.key.is_none() {
            put(
                "in_bibliography",
                Some(Value::Bool(self.bibliography_index.is_some())),
            );
        }
        put("cited", self.cited.map(|c| Value::Int(i64::from(c))));
        put("style", self.style.map(|s| Value::Str(s.to_string())));
        put("defective", Some(Value::Bool(!self.defects.is_empty())));
        if !self.defects.is_empty() {
            put(
                "defects",
                Some(Value::List(
                    self.defects
                        .iter()
                        .map(|c| c.as_str().to_string())
                        .collect(),
                )),
            );
        }
        put("key", self.key.clone().map(Value::Str));
        put("papers", self.papers.map(|n| Value::Int(i64::from(n))));
        put("start", self.span.map(|s| Value::Int(to_i64(s.start))));
        put("end", self.span.map(|s| Value::Int(to_i64(s.end))));
        out
    }

    /// Whether any diagnostic concerns it, or it is a citation that did not resolve.
    pub fn is_defective(&self) -> bool {
        !self.defects.is_empty()
            || matches!(self.status, Some(Status::Dangling | Status::Ambiguous))
    }
}

/// An edge of the source network.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// What it says.
    pub kind: EdgeKind,
    /// 1, or how many citations a sources-view `cites` edge stands for.
    pub weight: u32,
    /// Pinpoint(s): one value in the full view; distinct values joined by
    /// `, ` in the sources view.
    pub locator: Option<String>,
    /// What the locator counts (`page`).
    pub locator_label: Option<String>,
    /// `container-title` or `publisher` (published-in).
    pub role: Option<&'static str>,
    /// 1-based author position (authored-by).
    pub position: Option<u32>,
}

impl Edge {
    fn new(kind: EdgeKind) -> Self {
        Edge {
            kind,
            weight: 1,
            locator: None,
            locator_label: None,
            role: None,
            position: None,
        }
    }

    /// The attributes this edge has, in [`EDGE_ATTRS`] order.
    pub fn attributes(&self) -> Vec<(&'static str, Value)> {
        let mut out = vec![
            ("kind", Value::Str(self.kind.as_str().to_string())),
            ("weight", Value::Int(i64::from(self.weight))),
        ];
        if let Some(l) = &self.locator {
            out.push(("locator", Value::Str(l.clone())));
        }
        if let Some(l) = &self.locator_label {
            out.push(("locator_label", Value::Str(l.clone())));
        }
        if let Some(r) = self.role {
            out.push(("role", Value::Str(r.to_string())));
        }
        if let Some(p) = self.position {
            out.push(("position", Value::Int(i64::from(p))));
        }
        out
    }
}

/// An edge with its endpoints, as [`Graph::edges`] yields it.
#[derive(Debug, Clone, Copy)]
pub struct EdgeView<'g> {
    /// 0-based position in [`Graph::edges`] order.
    pub index: usize,
    /// Where it starts.
    pub source: &'g Node,
    /// Where it ends.
    pub target: &'g Node,
    /// The edge.
    pub edge: &'g Edge,
}

impl EdgeView<'_> {
    /// Stable id: `e1`, `e2` … in [`Graph::edges`] order (plain names are
    /// valid ids in every format, XML included).
    pub fn id(&self) -> String {
        format!("e{}", self.index + 1)
    }
}

/// The source network of one document.
#[derive(Debug, Clone)]
pub struct Graph {
    view: View,
    name: String,
    inner: StableDiGraph<Node, Edge>,
    index: HashMap<String, NodeIndex>,
}

impl Graph {
    /// Builds the graph of `doc` in the given view; `name` labels the
    /// document node (usually the input's file name). One document in the
    /// corpus view is its sources view; see [`Graph::corpus`].
    pub fn build(doc: &Document, view: View, name: &str) -> Graph {
        let view = if view == View::Corpus {
            View::Sources
        } else {
            view
        };
        Builder::new(doc, view, name).build()
    }

    /// The cross-paper network of a corpus (view [`View::Corpus`]): one
    /// `document` node per paper (`paper:p1` … in input order, labelled
    /// with its file name), one `reference` node per distinct work
    /// (`source:s1` … in key order, as in `opcit corpus`), `cites` edges
    /// from each paper to the works it lists (weight = its citations of
    /// the work, at least 1), and `shares-sources` edges between papers
    /// that list works in common (weight = how many). `name` labels the
    /// whole.
    pub fn corpus(corpus: &crate::corpus::Corpus, name: &str) -> Graph {
        let mut g = Graph {
            view: View::Corpus,
            name: name.to_string(),
            inner: StableDiGraph::new(),
            index: HashMap::new(),
        };
        let add = |g: &mut Graph, node: Node| {
            let id = node.id.clone();
            let i = g.inner.add_node(node);
            g.index.insert(id, i);
            i
        };
        let mut papers = Vec::with_capacity(corpus.papers.len());
        for (i, p) in corpus.papers.iter().enumerate() {
            let label = std::path::Path::new(&p.id)
                .file_name()
                .map_or_else(|| p.id.clone(), |f| f.to_string_lossy().into_owned());
            let mut n = Node::new(format!("paper:p{}", i + 1), NodeKind::Document, label);
            n.text = Some(p.id.clone());
            n.cited = Some(u32::try_from(p.citations).unwrap_or(u32::MAX));
            papers.push(add(&mut g, n));
        }
        let mut sources = Vec::with_capacity(corpus.sources.len());
        for (i, s) in corpus.sources.iter().enumerate() {
            let author = s.author.clone().unwrap_or_default();
            let year = s.year.map(|y| format!(" ({y})")).unwrap_or_default();
            let head = format!("{author}{year}");
            let label = match (&s.title, head.is_empty()) {
                (Some(t), false) => format!("{head}, {t}"),
                (Some(t), true) => t.clone(),
                (None, _) => head,
            };
            let mut n = Node::new(format!("source:s{}", i + 1), NodeKind::Reference, label);
            n.title = s.title.clone();
            n.year = s.year;
            n.cited = Some(u32::try_from(s.citations).unwrap_or(u32::MAX));
            n.key = Some(s.key.clone());
            n.papers = Some(u32::try_from(s.papers.len()).unwrap_or(u32::MAX));
            sources.push(add(&mut g, n));
        }
        for (pi, p) in corpus.papers.iter().enumerate() {
            for (k, &si) in p.sources.iter().enumerate() {
                let (Some(&from), Some(&to)) = (papers.get(pi), sources.get(si)) else {
                    continue;
                };
                let mut e = Edge::new(EdgeKind::Cites);
                let n = p.cites.get(k).copied().unwrap_or(0).max(1);
                e.weight = u32::try_from(n).unwrap_or(u32::MAX);
                g.inner.add_edge(from, to, e);
            }
        }
        for l in &corpus.links {
            let (Some(&from), Some(&to)) = (papers.get(l.a), papers.get(l.b)) else {
                continue;
            };
            let mut e = Edge::new(EdgeKind::SharesSources);
            e.weight = u32::try_from(l.shared.len()).unwrap_or(u32::MAX);
            g.inner.add_edge(from, to, e);
        }
        g
    }

    /// The view it was built in.
    pub fn view(&self) -> View {
        self.view
    }

    /// The document's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Nodes in a fixed order: document, footnotes, sites, citations,
    /// references, authors, venues.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> + '_ {
        self.inner
            .node_indices()
            .filter_map(|i| self.inner.node_weight(i))
    }

    /// Edges in a fixed order, with their endpoints.
    pub fn edges(&self) -> impl Iterator<Item = EdgeView<'_>> + '_ {
        self.inner
            .edge_indices()
            .enumerate()
            .filter_map(|(index, e)| {
                let (s, t) = self.inner.edge_endpoints(e)?;
                Some(EdgeView {
                    index,
                    source: self.inner.node_weight(s)?,
                    target: self.inner.node_weight(t)?,
                    edge: self.inner.edge_weight(e)?,
                })
            })
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).and_then(|i| self.inner.node_weight(*i))
    }

    /// Edges leaving the node with this id, in [`Graph::edges`] order.
    pub fn outgoing(&self, id: &str) -> Vec<EdgeView<'_>> {
        self.edges().filter(|e| e.source.id == id).collect()
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.inner.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.inner.edge_count()
    }

    /// The underlying petgraph graph, for algorithms.
    pub fn petgraph(&self) -> &StableDiGraph<Node, Edge> {
        &self.inner
    }
}

fn status_str(s: Status) -> &'static str {
    match s {
        Status::Resolved => "resolved",
        Status::Dangling => "dangling",
        Status::Ambiguous => "ambiguous",
    }
}

fn style_str(s: crate::model::CitationStyle) -> &'static str {
    use crate::model::CitationStyle as S;
    match s {
        S::Notes => "notes",
        S::Numeric => "numeric",
        S::AuthorDate => "author-date",
        S::AuthorPage => "author-page",
        S::Mixed => "mixed",
        S::None => "none",
    }
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Which diagnostics concern which part of the document, by position in
/// the model's vectors.
#[derive(Debug, Default)]
struct Defects {
    document: BTreeSet<Code>,
    footnotes: BTreeMap<usize, BTreeSet<Code>>,
    citations: BTreeMap<usize, BTreeSet<Code>>,
    references: BTreeMap<usize, BTreeSet<Code>>,
}

impl Defects {
    /// Places every diagnostic on the things it is about: a diagnostic sits
    /// on a citation, reference or footnote when its primary span is that
    /// thing's span (or a footnote's label or marker). Mismatches and
    /// missing entries also mark the reference the citation is linked to.
    /// What fits nothing is kept on the document.
    fn of(doc: &Document) -> Defects {
        let mut out = Defects::default();
        let ref_index: HashMap<&str, usize> = doc
            .references
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        for d in &doc.diagnostics {
            let mut placed = false;
            let on_citation = matches!(
                d.code,
                Code::DanglingShortForm
                    | Code::AmbiguousShortForm
                    | Code::MissingFromBibliography
                    | Code::BibliographyMismatch
                    | Code::UnresolvedCitation
                    | Code::UnparsedReference
            );
            let on_reference = matches!(
                d.code,
                Code::UncitedReference | Code::UnparsedReference | Code::MissingFromBibliography
            );
            let marks_linked = matches!(
                d.code,
                Code::BibliographyMismatch | Code::MissingFromBibliography
            );
            if on_citation {
                for (i, c) in doc.citations.iter().enumerate() {
                    if c.span != d.span {
                        continue;
                    }
                    out.citations.entry(i).or_default().insert(d.code);
                    placed = true;
                    if marks_linked {
                        if let Some(&ri) = c.reference.as_deref().and_then(|r| ref_index.get(r)) {
                            out.references.entry(ri).or_default().insert(d.code);
                        }
                    }
                }
            }
            if on_reference {
                for (i, r) in doc.references.iter().enumerate() {
                    if r.span == d.span {
                        out.references.entry(i).or_default().insert(d.code);
                        placed = true;
                    }
                }
            }
            if matches!(
                d.code,
                Code::OrphanFootnote | Code::FootnoteSequence | Code::MissingFootnote
            ) {
                for (i, f) in doc.footnotes.iter().enumerate() {
                    if f.label == d.span || f.markers.contains(&d.span) {
                        out.footnotes.entry(i).or_default().insert(d.code);
                        placed = true;
                    }
                }
            }
            if !placed {
                out.document.insert(d.code);
            }
        }
        out
    }
}

/// Where a citation stands: a footnote (by position) or an in-text site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Container {
    Footnote(usize),
    Site(usize),
}

/// Builds a [`Graph`] in fixed steps; each step adds one kind of node or edge.
struct Builder<'d> {
    doc: &'d Document,
    view: View,
    graph: Graph,
    defects: Defects,
    /// The container of each citation, by citation position.
    containers: Vec<Container>,
    /// How many citations resolve to each reference id.
    cited: HashMap<&'d str, u32>,
    doc_ix: Option<NodeIndex>,
    footnote_ix: Vec<Option<NodeIndex>>,
    /// Site nodes by the position of their first citation.
    site_ix: BTreeMap<usize, NodeIndex>,
    citation_ix: Vec<Option<NodeIndex>>,
    reference_ix: HashMap<&'d str, NodeIndex>,
}

impl<'d> Builder<'d> {
    fn new(doc: &'d Document, view: View, name: &str) -> Self {
        Builder {
            doc,
            view,
            graph: Graph {
                view,
                name: name.to_string(),
                inner: StableDiGraph::new(),
                index: HashMap::new(),
            },
            defects: Defects::of(doc),
            containers: containers(doc),
            cited: cited_counts(doc),
            doc_ix: None,
            footnote_ix: vec![None; doc.footnotes.len()],
            site_ix: BTreeMap::new(),
            citation_ix: vec![None; doc.citations.len()],
            reference_ix: HashMap::new(),
        }
    }

    /// Adds a node; a node whose id is taken is merged into the first.
    fn add_node(&mut self, node: Node) -> NodeIndex {
        if let Some(&i) = self.graph.index.get(&node.id) {
            return i;
        }
        let id = node.id.clone();
        let i = self.graph.inner.add_node(node);
        self.graph.index.insert(id, i);
        i
    }

    /// Adds an edge unless the pair is already linked.
    fn add_edge(&mut self, from: NodeIndex, to: NodeIndex, edge: Edge) {
        if self.graph.inner.find_edge(from, to).is_none() {
            self.graph.inner.add_edge(from, to, edge);
        }
    }

    fn build(mut self) -> Graph {
        self.add_document();
        self.add_footnotes();
        self.add_sites();
        self.add_containment();
        if self.view == View::Full {
            self.add_citations();
        }
        self.add_references();
        match self.view {
            View::Full => {
                self.add_citation_links();
                self.add_back_references();
            }
            View::Sources | View::Corpus => self.add_folded_links(),
        }
        self.add_authors_and_venues();
        self.graph
    }

    /// The defect codes of the citations held by `container` (sources view,
    /// where citations are folded into their container).
    fn folded_defects(&self, container: Container) -> BTreeSet<Code> {
        let mut codes = BTreeSet::new();
        for (ci, c) in self.containers.iter().enumerate() {
            if *c == container {
                codes.extend(self.defects.citations.get(&ci).into_iter().flatten());
            }
        }
        codes
    }

    fn add_document(&mut self) {
        let mut d = Node::new("doc".into(), NodeKind::Document, self.graph.name.clone());
        d.style = Some(style_str(self.doc.style));
        d.defects = self.defects.document.iter().copied().collect();
        self.doc_ix = Some(self.add_node(d));
    }

    fn add_footnotes(&mut self) {
        let doc = self.doc;
        let ids = footnote_ids(doc);
        for (i, f) in doc.footnotes.iter().enumerate() {
            let id = ids
                .get(i)
                .cloned()
                .unwrap_or_else(|| format!("fn:{}", f.number));
            let label = if doc.chapters() > 1 {
                format!("chapter {}, note {}", f.chapter, f.number)
            } else {
                format!("note {}", f.number)
            };
            let mut n = Node::new(id, NodeKind::Footnote, label);
            n.text = Some(f.text.clone());
            n.number = Some(f.number);
            n.span = Some(f.span());
            let mut codes = self.defects.footnotes.get(&i).cloned().unwrap_or_default();
            if self.view == View::Sources {
                codes.extend(self.folded_defects(Container::Footnote(i)));
            }
            n.defects = codes.into_iter().collect();
            let ix = self.add_node(n);
            if let Some(slot) = self.footnote_ix.get_mut(i) {
                *slot = Some(ix);
            }
        }
    }

    /// One node per place in the running text that holds citations.
    fn add_sites(&mut self) {
        let doc = self.doc;
        let firsts: BTreeSet<usize> = self
            .containers
            .iter()
            .filter_map(|c| match c {
                Container::Site(first) => Some(*first),
                Container::Footnote(_) => None,
            })
            .collect();
        for first in firsts {
            let Some(c) = doc.citations.get(first) else {
                continue;
            };
            let mut n = Node::new(format!("site:{}", c.id), NodeKind::Site, c.text.clone());
            n.text = Some(c.text.clone());
            n.citation_kind = Some(c.kind);
            n.span = Some(c.span);
            if self.view == View::Sources {
                n.defects = self
                    .folded_defects(Container::Site(first))
                    .into_iter()
                    .collect();
            }
            let ix = self.add_node(n);
            self.site_ix.insert(first, ix);
        }
    }

    /// Document → footnotes, then document → sites.
    fn add_containment(&mut self) {
        let Some(doc_ix) = self.doc_ix else { return };
        let children: Vec<NodeIndex> = self
            .footnote_ix
            .iter()
            .flatten()
            .chain(self.site_ix.values())
            .copied()
            .collect();
        for ix in children {
            self.add_edge(doc_ix, ix, Edge::new(EdgeKind::Contains));
        }
    }

    fn container_node(&self, citation: usize) -> Option<NodeIndex> {
        match *self.containers.get(citation)? {
            Container::Footnote(i) => self.footnote_ix.get(i).copied().flatten(),
            Container::Site(i) => self.site_ix.get(&i).copied(),
        }
    }

    /// Citation nodes, each linked from its footnote or site (full view).
    fn add_citations(&mut self) {
        let doc = self.doc;
        for (i, c) in doc.citations.iter().enumerate() {
            let mut n = Node::new(format!("c:{}", c.id), NodeKind::Citation, c.text.clone());
            n.text = Some(c.text.clone());
            n.number = c.footnote;
            n.citation_kind = Some(c.kind);
            n.status = c.status;
            n.rule = c.provenance.as_ref().map(|p| p.rule);
            n.score = c.provenance.as_ref().map(|p| p.score);
            n.span = Some(c.span);
            n.defects = self
                .defects
                .citations
                .get(&i)
                .map(|s| s.iter().copied().collect())
                .unwrap_or_default();
            let ix = self.add_node(n);
            if let Some(slot) = self.citation_ix.get_mut(i) {
                *slot = Some(ix);
            }
        }
        for i in 0..doc.citations.len() {
            let (Some(p), Some(cix)) = (
                self.container_node(i),
                self.citation_ix.get(i).copied().flatten(),
            ) else {
                continue;
            };
            self.add_edge(p, cix, Edge::new(EdgeKind::Contains));
        }
    }

    fn add_references(&mut self) {
        let doc = self.doc;
        for (i, r) in doc.references.iter().enumerate() {
            let mut n = Node::new(
                format!("ref:{}", r.id),
                NodeKind::Reference,
                reference_label(&r.fields),
            );
            n.text = Some(r.raw.clone());
            n.title = r.fields.title.clone();
            n.year = r.fields.year();
            n.csl_type = Some(r.fields.kind.clone()).filter(|k| !k.is_empty());
            n.bibliography_index = r.bibliography_index;
            n.cited = Some(self.cited.get(r.id.as_str()).copied().unwrap_or(0));
            n.span = Some(r.span);
            n.defects = self
                .defects
                .references
                .get(&i)
                .map(|s| s.iter().copied().collect())
                .unwrap_or_default();
            let ix = self.add_node(n);
            self.reference_ix.insert(r.id.as_str(), ix);
        }
    }

    fn reference_node(&self, id: Option<&str>) -> Option<NodeIndex> {
        id.and_then(|r| self.reference_ix.get(r)).copied()
    }

    /// Citation → reference, with the locator (full view).
    fn add_citation_links(&mut self) {
        let doc = self.doc;
        for (i, c) in doc.citations.iter().enumerate() {
            let (Some(cix), Some(rix)) = (
                self.citation_ix.get(i).copied().flatten(),
                self.reference_node(c.reference.as_deref()),
            ) else {
                continue;
            };
            let mut e = Edge::new(EdgeKind::Cites);
            e.locator = c.locator.as_ref().map(|l| l.value.clone());
            e.locator_label = c.locator.as_ref().map(|l| l.label.clone());
            self.add_edge(cix, rix, e);
        }
    }

    /// Short form → antecedent citation (full view).
    fn add_back_references(&mut self) {
        let doc = self.doc;
        let position: HashMap<&str, usize> = doc
            .citations
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        for (i, c) in doc.citations.iter().enumerate() {
            let Some(&ai) = c.antecedent.as_deref().and_then(|a| position.get(a)) else {
                continue;
            };
            let (Some(cix), Some(aix)) = (
                self.citation_ix.get(i).copied().flatten(),
                self.citation_ix.get(ai).copied().flatten(),
            ) else {
                continue;
            };
            if aix != cix {
                self.add_edge(cix, aix, Edge::new(EdgeKind::RefersBack));
            }
        }
    }

    /// Footnote or site → reference, weighted by the citations it stands
    /// for, in order of first citation (sources view).
    fn add_folded_links(&mut self) {
        let doc = self.doc;
        let mut folded: Vec<((NodeIndex, NodeIndex), Edge, Vec<String>)> = Vec::new();
        for (i, c) in doc.citations.iter().enumerate() {
            let (Some(p), Some(rix)) = (
                self.container_node(i),
                self.reference_node(c.reference.as_deref()),
            ) else {
                continue;
            };
            let at = match folded.iter().position(|(k, _, _)| *k == (p, rix)) {
                Some(at) => at,
                None => {
                    let mut e = Edge::new(EdgeKind::Cites);
                    e.weight = 0;
                    folded.push(((p, rix), e, Vec::new()));
                    folded.len() - 1
                }
            };
            let Some((_, e, locators)) = folded.get_mut(at) else {
                continue;
            };
            e.weight = e.weight.saturating_add(1);
            if let Some(l) = &c.locator {
                if !locators.contains(&l.value) {
                    locators.push(l.value.clone());
                }
                if e.locator_label.is_none() {
                    e.locator_label = Some(l.label.clone());
                }
            }
        }
        for ((p, r), mut e, locators) in folded {
            if !locators.is_empty() {
                e.locator = Some(locators.join(", "));
            }
            self.add_edge(p, r, e);
        }
    }

    /// Authors, then venues, merged by key, in order of first appearance;
    /// each counts the citations of the references linked to it.
    fn add_authors_and_venues(&mut self) {
        let doc = self.doc;
        let mut cited: BTreeMap<NodeIndex, u32> = BTreeMap::new();
        let mut links = Vec::new();
        for r in &doc.references {
            let Some(rix) = self.reference_node(Some(r.id.as_str())) else {
                continue;
            };
            let n_cited = self.cited.get(r.id.as_str()).copied().unwrap_or(0);
            let mut seen = BTreeSet::new();
            for (pos, a) in r.fields.author.iter().enumerate() {
                let key = author_key(a);
                if key.is_empty() || !seen.insert(key.clone()) {
                    continue;
                }
                let node = Node::new(format!("author:{key}"), NodeKind::Author, display_name(a));
                let aix = self.add_node(node);
                *cited.entry(aix).or_default() += n_cited;
                let mut e = Edge::new(EdgeKind::AuthoredBy);
                e.position = Some(u32::try_from(pos + 1).unwrap_or(u32::MAX));
                links.push((rix, aix, e));
            }
        }
        for r in &doc.references {
            let Some(rix) = self.reference_node(Some(r.id.as_str())) else {
                continue;
            };
            let Some((name, role)) = venue_of(&r.fields) else {
                continue;
            };
            let key = crate::text::key(name);
            if key.is_empty() {
                continue;
            }
            let node = Node::new(
                format!("venue:{key}"),
                NodeKind::Venue,
                name.trim().to_string(),
            );
            let vix = self.add_node(node);
            *cited.entry(vix).or_default() += self.cited.get(r.id.as_str()).copied().unwrap_or(0);
            let mut e = Edge::new(EdgeKind::PublishedIn);
            e.role = Some(role);
            links.push((rix, vix, e));
        }
        for (r, t, e) in links {
            self.add_edge(r, t, e);
        }
        for (ix, n) in cited {
            if let Some(node) = self.graph.inner.node_weight_mut(ix) {
                node.cited = Some(n);
            }
        }
    }
}

/// The container of each citation, by citation position: the footnote
/// whose text holds it (the first with its number when numbers repeat),
/// or an in-text site shared by citations written together (`[3–5]`).
fn containers(doc: &Document) -> Vec<Container> {
    let mut out = Vec::with_capacity(doc.citations.len());
    let mut last_site: Option<(Span, usize)> = None;
    for (i, c) in doc.citations.iter().enumerate() {
        let note = c.footnote.and_then(|n| {
            let same = || {
                doc.footnotes
                    .iter()
                    .enumerate()
                    .filter(move |(_, f)| f.number == n && f.chapter == c.chapter)
            };
            same()
                .find(|(_, f)| {
                    f.pieces
                        .iter()
                        .any(|p| p.start <= c.span.start && c.span.start <= p.end)
                })
                .or_else(|| same().next())
                .map(|(fi, _)| fi)
        });
        match note {
            Some(fi) => out.push(Container::Footnote(fi)),
            None => {
                let first = match last_site {
                    Some((span, first)) if span == c.span => first,
                    _ => i,
                };
                last_site = Some((c.span, first));
                out.push(Container::Site(first));
            }
        }
    }
    out
}

/// Footnote ids: `fn:N`, and `fn:N-2`, `fn:N-3` … for repeated numbers;
/// `fn:C.N` for note N of chapter C when notes are numbered per chapter.
fn footnote_ids(doc: &Document) -> Vec<String> {
    let per_chapter = doc.chapters() > 1;
    let mut seen: HashMap<(u32, u32), u32> = HashMap::new();
    doc.footnotes
        .iter()
        .map(|f| {
            let k = seen.entry((f.chapter, f.number)).or_insert(0);
            *k += 1;
            let name = if per_chapter {
                format!("{}.{}", f.chapter, f.number)
            } else {
                f.number.to_string()
            };
            if *k == 1 {
                format!("fn:{name}")
            } else {
                format!("fn:{name}-{k}")
            }
        })
        .collect()
}

/// How many citations resolve to each reference.
fn cited_counts(doc: &Document) -> HashMap<&str, u32> {
    let mut out: HashMap<&str, u32> = HashMap::new();
    for c in &doc.citations {
        if let Some(r) = c.reference.as_deref() {
            *out.entry(r).or_default() += 1;
        }
    }
    out
}

/// The key that merges one author across references: the normalised name
/// key, and for Latin-script persons the initial of the given name, so that
/// `Smith, John` and `Smith, J.` merge but `Smith, Adam` stays apart.
pub fn author_key(n: &CslName) -> String {
    let base = name_key(n);
    if n.literal.is_some() || base != crate::text::family_key(n.key_part()) {
        // An organisation, or a name keyed in full (CJK persons).
        return base;
    }
    let initial = n
        .given
        .as_deref()
        .map(crate::text::key)
        .and_then(|g| g.chars().next());
    match initial {
        Some(i) if !base.is_empty() => format!("{base}-{i}"),
        _ => base,
    }
}

/// The venue of a reference: its container title, else its publisher.
fn venue_of(item: &CslItem) -> Option<(&str, &'static str)> {
    fn nonempty(s: &Option<String>) -> Option<&str> {
        s.as_deref().filter(|s| !s.trim().is_empty())
    }
    nonempty(&item.container_title)
        .map(|c| (c, "container-title"))
        .or_else(|| nonempty(&item.publisher).map(|p| (p, "publisher")))
}

/// The short name of an author for labels: family name for Latin-script
/// persons, the whole name for CJK persons and organisations.
fn short_name(n: &CslName) -> String {
    if n.literal.is_none()
        && n.family.is_some()
        && name_key(n) == crate::text::family_key(n.key_part())
    {
        return n.family.clone().unwrap_or_default();
    }
    display_name(n)
}

/// `Waltz 1979: Theory of International Politics`, with `et al.` for more
/// than one author; whatever parts are known.
pub fn reference_label(item: &CslItem) -> String {
    // A decision: `BVerfGE 7, 198`, `BGH, NJW 2003, 1308`, or its court
    // before its year and docket number (`BGH 2019: VI ZR 123/18`).
    let decision = item.kind == "legal_case" && item.author.is_empty();
    if decision && item.title.is_none() && item.container_title.is_some() && item.page.is_some() {
        return crate::resolve::describe(item);
    }
    let court = decision.then(|| item.publisher.clone()).flatten();
    let mut head = item
        .author
        .first()
        .map(short_name)
        .or(court)
        .unwrap_or_default();
    if !head.is_empty() && (item.author.len() > 1 || item.et_al) {
        head.push_str(" et al.");
    }
    if let Some(y) = item.year() {
        if !head.is_empty() {
            head.push(' ');
        }
        head.push_str(&y.to_string());
    }
    match (
        head.is_empty(),
        item.title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty()),
    ) {
        (false, Some(t)) => format!("{head}: {t}"),
        (true, Some(t)) => t.to_string(),
        (false, None) => head,
        (true, None) => item
            .container_title
            .clone()
            .or_else(|| item.publisher.clone())
            .unwrap_or_else(|| item.id.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(family: &str, given: &str) -> CslName {
        CslName {
            family: Some(family.into()),
            given: Some(given.into()),
            literal: None,
            static_ordering: false,
            given_first: false,
        }
    }

    #[test]
    fn author_keys_merge_initials_but_not_different_given_names() {
        assert_eq!(author_key(&person("Smith", "John")), "smith-j");
        assert_eq!(author_key(&person("Smith", "J.")), "smith-j");
        assert_eq!(author_key(&person("Smith", "Adam")), "smith-a");
        assert_eq!(author_key(&person("Götz", "Anna")), "gotz-a");
    }

    #[test]
    fn korean_persons_and_organisations_key_on_the_whole_name() {
        assert_eq!(author_key(&person("김", "철수")), "김철수");
        let org = CslName {
            literal: Some("아산정책연구원".into()),
            ..CslName::default()
        };
        assert_eq!(author_key(&org), "아산정책연구원");
    }

    #[test]
    fn reference_labels_use_what_is_known() {
        let mut item = CslItem {
            title: Some("Theory of International Politics".into()),
            author: vec![person("Waltz", "Kenneth")],
            issued: Some(crate::model::CslDate::new(1979, None, None, None)),
            ..CslItem::default()
        };
        assert_eq!(
            reference_label(&item),
            "Waltz 1979: Theory of International Politics"
        );
        item.author.push(person("Keohane", "Robert"));
        assert_eq!(
            reference_label(&item),
            "Waltz et al. 1979: Theory of International Politics"
        );
        item.author.clear();
        item.issued = None;
        assert_eq!(reference_label(&item), "Theory of International Politics");
        // Decisions by their collection or journal, or court and docket.
        let mut case = CslItem {
            kind: "legal_case".into(),
            container_title: Some("BVerfGE".into()),
            volume: Some("7".into()),
            page: Some("198".into()),
            ..CslItem::default()
        };
        assert_eq!(reference_label(&case), "BVerfGE 7, 198");
        case.volume = None;
        case.container_title = Some("NJW".into());
        case.publisher = Some("BGH".into());
        case.issued = Some(crate::model::CslDate::new(2003, None, None, None));
        assert_eq!(reference_label(&case), "BGH, NJW 2003, 198");
        case.title = Some("VI ZR 123/18".into());
        assert_eq!(reference_label(&case), "BGH 2003: VI ZR 123/18");
    }

    #[test]
    fn declared_attributes_cover_every_attribute_a_node_can_have() {
        let mut n = Node::new("x".into(), NodeKind::Reference, "x".into());
        n.text = Some("t".into());
        n.number = Some(1);
        n.citation_kind = Some(CitationKind::Full);
        n.status = Some(Status::Resolved);
        n.rule = Some("r");
        n.score = Some(0.5);
        n.title = Some("t".into());
        n.year = Some(2000);
        n.csl_type = Some("book".into());
        n.bibliography_index = Some(1);
        n.cited = Some(1);
        n.style = Some("notes");
        n.defects = vec![Code::UncitedReference];
        n.span = Some(Span::new(0, 1));
        let names: Vec<&str> = n.attributes().iter().map(|(k, _)| *k).collect();
        let declared: Vec<&str> = NODE_ATTRS.iter().map(|a| a.name).collect();
        let without = |skip: &[&str]| -> Vec<&str> {
            declared
                .iter()
                .copied()
                .filter(|a| !skip.contains(a))
                .collect()
        };
        // A reference of one paper: no corpus attributes.
        assert_eq!(names, without(&["key", "papers"]));
        // A source of a corpus: no bibliography of its own.
        n.key = Some("k".into());
        n.papers = Some(2);
        let names: Vec<&str> = n.attributes().iter().map(|(k, _)| *k).collect();
        assert_eq!(names, without(&["in_bibliography"]));
        let mut e = Edge::new(EdgeKind::Cites);
        e.locator = Some("1".into());
        e.locator_label = Some("page".into());
        e.role = Some("publisher");
        e.position = Some(1);
        let names: Vec<&str> = e.attributes().iter().map(|(k, _)| *k).collect();
        let declared: Vec<&str> = EDGE_ATTRS.iter().map(|a| a.name).collect();
        assert_eq!(names, declared);
    }
}
