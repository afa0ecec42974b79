//! JSON Graph Format v2 (`opcit graph --format jgf`): `{"graph": {...}}`
//! with `nodes` as an object keyed by node id (v2) and `edges` as an array.
//!
//! Node objects carry only `label` and `metadata`; edge objects carry `id`,
//! `source`, `target`, `relation` (the edge kind), `directed` and
//! `metadata`, as the v2 schema allows and nothing else. Nodes keep the
//! graph's order (the object is written key by key, not sorted). This module
//! only writes; it never changes the graph.

use crate::export::node_link::GENERATOR;
use crate::graph::{Graph, Value};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;

/// The whole document.
#[derive(Debug, Serialize)]
pub struct JgfDocument {
    /// The one graph.
    pub graph: JgfGraph,
}

/// A graph.
#[derive(Debug, Serialize)]
pub struct JgfGraph {
    /// `opcit`.
    pub id: String,
    /// `opcit-full` or `opcit-sources`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The document's name.
    pub label: String,
    /// Always true.
    pub directed: bool,
    /// View and generator.
    pub metadata: BTreeMap<&'static str, serde_json::Value>,
    /// Nodes keyed by id, in graph order.
    pub nodes: JgfNodes,
    /// Edges in graph order.
    pub edges: Vec<JgfEdge>,
}

/// Nodes keyed by id; serialised in insertion order.
#[derive(Debug)]
pub struct JgfNodes(pub Vec<(String, JgfNode)>);

impl Serialize for JgfNodes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// A node.
#[derive(Debug, Serialize)]
pub struct JgfNode {
    /// Short human label.
    pub label: String,
    /// Every other attribute.
    pub metadata: BTreeMap<&'static str, serde_json::Value>,
}

/// An edge.
#[derive(Debug, Serialize)]
pub struct JgfEdge {
    /// Stable id.
    pub id: String,
    /// Source node id.
    pub source: String,
    /// Target node id.
    pub target: String,
    /// The edge kind (`cites`, `contains` …).
    pub relation: &'static str,
    /// Always true.
    pub directed: bool,
    /// Weight, locator and the rest.
    pub metadata: BTreeMap<&'static str, serde_json::Value>,
}

fn metadata(
    attrs: Vec<(&'static str, Value)>,
    skip: &str,
) -> BTreeMap<&'static str, serde_json::Value> {
    attrs
        .into_iter()
        .filter(|(k, _)| *k != skip)
        .map(|(k, v)| (k, v.to_json()))
        .collect()
}

/// Builds the wire document.
pub fn to_wire(g: &Graph) -> JgfDocument {
    let mut meta = BTreeMap::new();
    meta.insert("view", g.view().as_str().into());
    meta.insert("generator", GENERATOR.into());
    JgfDocument {
        graph: JgfGraph {
            id: "opcit".into(),
            kind: format!("opcit-{}", g.view().as_str()),
            label: g.name().to_string(),
            directed: true,
            metadata: meta,
            nodes: JgfNodes(
                g.nodes()
                    .map(|n| {
                        (
                            n.id.clone(),
                            JgfNode {
                                label: n.label.clone(),
                                metadata: metadata(n.attributes(), "label"),
                            },
                        )
                    })
                    .collect(),
            ),
            edges: g
                .edges()
                .map(|e| JgfEdge {
                    id: e.id(),
                    source: e.source.id.clone(),
                    target: e.target.id.clone(),
                    relation: e.edge.kind.as_str(),
                    directed: true,
                    metadata: metadata(e.edge.attributes(), ""),
                })
                .collect(),
        },
    }
}

/// Writes the graph as pretty-printed JGF v2, ending in a newline.
pub fn render(g: &Graph) -> String {
    let mut s = serde_json::to_string_pretty(&to_wire(g)).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}
