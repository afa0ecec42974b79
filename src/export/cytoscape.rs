//! Cytoscape JSON (`opcit graph --format cytoscape`, `.cyjs`): the
//! `{"elements": {"nodes": [...], "edges": [...]}}` shape that Cytoscape.js
//! (`cytoscape({elements})` or `cy.json(doc)`) and Cytoscape desktop
//! (File → Import → Network from File) both read.
//!
//! Each element is `{"data": {...}, "classes": "..."}`; `data.id`,
//! `data.source` and `data.target` are the graph's stable ids, `data.name`
//! repeats the label for Cytoscape desktop, and `classes` holds the node or
//! edge kind plus `defective` for styling. The attribute names `id`,
//! `source`, `target` and `parent` are reserved by Cytoscape and never used
//! for anything else. This module only writes; it never changes the graph.

use crate::export::node_link::GENERATOR;
use crate::graph::{Graph, Value};
use serde::Serialize;
use std::collections::BTreeMap;

/// The whole document.
#[derive(Debug, Serialize)]
pub struct CyDocument {
    /// Cytoscape desktop's format version.
    pub format_version: &'static str,
    /// `opcit <version>`.
    pub generated_by: &'static str,
    /// The Cytoscape.js version range this targets.
    pub target_cytoscapejs_version: &'static str,
    /// Graph attributes.
    pub data: CyGraphData,
    /// Nodes and edges.
    pub elements: CyElements,
}

/// Graph attributes.
#[derive(Debug, Serialize)]
pub struct CyGraphData {
    /// The document's name.
    pub name: String,
    /// `full` or `sources`.
    pub view: &'static str,
}

/// Nodes and edges.
#[derive(Debug, Serialize)]
pub struct CyElements {
    /// Nodes in graph order.
    pub nodes: Vec<CyElement>,
    /// Edges in graph order.
    pub edges: Vec<CyElement>,
}

/// One node or edge.
#[derive(Debug, Serialize)]
pub struct CyElement {
    /// Its data.
    pub data: BTreeMap<&'static str, serde_json::Value>,
    /// Space-separated classes: the kind, and `defective` when marked.
    pub classes: String,
}

fn data(attrs: Vec<(&'static str, Value)>) -> BTreeMap<&'static str, serde_json::Value> {
    attrs.into_iter().map(|(k, v)| (k, v.to_json())).collect()
}

/// Builds the wire document.
pub fn to_wire(g: &Graph) -> CyDocument {
    let nodes = g
        .nodes()
        .map(|n| {
            let mut d = data(n.attributes());
            d.insert("id", n.id.clone().into());
            d.insert("name", n.label.clone().into());
            let mut classes = n.kind.as_str().to_string();
            if n.is_defective() {
                classes.push_str(" defective");
            }
            CyElement { data: d, classes }
        })
        .collect();
    let edges = g
        .edges()
        .map(|e| {
            let mut d = data(e.edge.attributes());
            d.insert("id", e.id().into());
            d.insert("source", e.source.id.clone().into());
            d.insert("target", e.target.id.clone().into());
            CyElement {
                data: d,
                classes: e.edge.kind.as_str().to_string(),
            }
        })
        .collect();
    CyDocument {
        format_version: "1.0",
        generated_by: GENERATOR,
        target_cytoscapejs_version: "~3",
        data: CyGraphData {
            name: g.name().to_string(),
            view: g.view().as_str(),
        },
        elements: CyElements { nodes, edges },
    }
}

/// Writes the graph as pretty-printed Cytoscape JSON, ending in a newline.
pub fn render(g: &Graph) -> String {
    let mut s = serde_json::to_string_pretty(&to_wire(g)).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}
