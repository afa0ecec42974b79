//! Node-link JSON (`opcit graph --format json`): the shape that
//! `networkx.node_link_graph` reads with its default arguments (networkx ≥ 3.6:
//! `nodes` and `edges` keys) and that D3's force layout takes
//! (`d3.forceLink(data.edges).id(d => d.id)`).
//!
//! Every node is `{"id": …, "kind": …, "label": …, …attributes}`; every edge
//! is `{"id": …, "source": …, "target": …, "kind": …, "weight": …, …}`.
//! The graph is directed and never has two edges between the same pair, so
//! `"multigraph": false`. Keys of attribute objects are sorted, so output is
//! byte-identical for the same input. This module never changes the graph;
//! it only writes it.

use crate::graph::{Graph, Value};
use serde::Serialize;
use std::collections::BTreeMap;

/// The whole document.
#[derive(Debug, Serialize)]
pub struct NodeLink {
    /// Always true.
    pub directed: bool,
    /// Always false: at most one edge per ordered pair.
    pub multigraph: bool,
    /// Graph attributes.
    pub graph: GraphInfo,
    /// Nodes in graph order.
    pub nodes: Vec<WireNode>,
    /// Edges in graph order.
    pub edges: Vec<WireEdge>,
}

/// Graph attributes.
#[derive(Debug, Serialize)]
pub struct GraphInfo {
    /// The document's name.
    pub name: String,
    /// `full` or `sources`.
    pub view: &'static str,
    /// `opcit <version>`.
    pub generator: &'static str,
}

/// A node.
#[derive(Debug, Serialize)]
pub struct WireNode {
    /// Stable id.
    pub id: String,
    /// Its attributes.
    #[serde(flatten)]
    pub attributes: BTreeMap<&'static str, serde_json::Value>,
}

/// An edge.
#[derive(Debug, Serialize)]
pub struct WireEdge {
    /// Stable id (`e1` …).
    pub id: String,
    /// Source node id.
    pub source: String,
    /// Target node id.
    pub target: String,
    /// Its attributes.
    #[serde(flatten)]
    pub attributes: BTreeMap<&'static str, serde_json::Value>,
}

/// `opcit <version>`, written into every graph.
pub const GENERATOR: &str = concat!("opcit ", env!("CARGO_PKG_VERSION"));

fn json_attrs(attrs: Vec<(&'static str, Value)>) -> BTreeMap<&'static str, serde_json::Value> {
    attrs.into_iter().map(|(k, v)| (k, v.to_json())).collect()
}

/// Builds the wire document.
pub fn to_wire(g: &Graph) -> NodeLink {
    NodeLink {
        directed: true,
        multigraph: false,
        graph: GraphInfo {
            name: g.name().to_string(),
            view: g.view().as_str(),
            generator: GENERATOR,
        },
        nodes: g
            .nodes()
            .map(|n| WireNode {
                id: n.id.clone(),
                attributes: json_attrs(n.attributes()),
            })
            .collect(),
        edges: g
            .edges()
            .map(|e| WireEdge {
                id: e.id(),
                source: e.source.id.clone(),
                target: e.target.id.clone(),
                attributes: json_attrs(e.edge.attributes()),
            })
            .collect(),
    }
}

/// Writes the graph as pretty-printed node-link JSON, ending in a newline.
pub fn render(g: &Graph) -> String {
    let mut s = serde_json::to_string_pretty(&to_wire(g)).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}
