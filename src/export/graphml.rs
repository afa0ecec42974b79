//! GraphML (`opcit graph --format graphml`) for Gephi, yEd, Cytoscape and
//! networkx (`networkx.read_graphml`).
//!
//! Every attribute is declared once with a typed `<key>` (`string`, `int`,
//! `double`, `boolean`); lists (`defects`) are written as one string joined
//! by `;`, since GraphML has no list type. Key ids are `n_<name>` for node
//! attributes, `e_<name>` for edge attributes and `g_<name>` for graph
//! attributes. All text passes through [`crate::export::xml::escape`], so
//! input can never open or close an element. This module only writes; it
//! never changes the graph.

use crate::export::node_link::GENERATOR;
use crate::export::xml::escape;
use crate::graph::{AttrDef, AttrType, Graph, Value, EDGE_ATTRS, NODE_ATTRS};
use std::fmt::Write as _;

fn graphml_type(t: AttrType) -> &'static str {
    match t {
        AttrType::String | AttrType::StringList => "string",
        AttrType::Int => "int",
        AttrType::Double => "double",
        AttrType::Bool => "boolean",
    }
}

fn key(out: &mut String, prefix: &str, target: &str, a: &AttrDef) {
    let _ = writeln!(
        out,
        "  <key id=\"{prefix}_{name}\" for=\"{target}\" attr.name=\"{name}\" attr.type=\"{ty}\"><desc>{desc}</desc></key>",
        name = escape(a.name),
        ty = graphml_type(a.ty),
        desc = escape(a.doc),
    );
}

fn data(out: &mut String, indent: &str, prefix: &str, attrs: &[(&'static str, Value)]) {
    for (k, v) in attrs {
        let _ = writeln!(
            out,
            "{indent}<data key=\"{prefix}_{}\">{}</data>",
            escape(k),
            escape(&v.to_text())
        );
    }
}

/// Writes the graph as GraphML.
pub fn render(g: &Graph) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for a in [
        AttrDef {
            name: "name",
            ty: AttrType::String,
            doc: "the document's name",
        },
        AttrDef {
            name: "view",
            ty: AttrType::String,
            doc: "full or sources",
        },
        AttrDef {
            name: "generator",
            ty: AttrType::String,
            doc: "the program that wrote this file",
        },
    ] {
        key(&mut out, "g", "graph", &a);
    }
    for a in NODE_ATTRS {
        key(&mut out, "n", "node", a);
    }
    for a in EDGE_ATTRS {
        key(&mut out, "e", "edge", a);
    }
    out.push_str("  <graph id=\"opcit\" edgedefault=\"directed\">\n");
    data(
        &mut out,
        "    ",
        "g",
        &[
            ("name", Value::Str(g.name().to_string())),
            ("view", Value::Str(g.view().as_str().to_string())),
            ("generator", Value::Str(GENERATOR.to_string())),
        ],
    );
    for n in g.nodes() {
        let _ = writeln!(out, "    <node id=\"{}\">", escape(&n.id));
        data(&mut out, "      ", "n", &n.attributes());
        out.push_str("    </node>\n");
    }
    for e in g.edges() {
        let _ = writeln!(
            out,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\">",
            escape(&e.id()),
            escape(&e.source.id),
            escape(&e.target.id)
        );
        data(&mut out, "      ", "e", &e.edge.attributes());
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}
