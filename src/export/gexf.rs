//! GEXF 1.3 (`opcit graph --format gexf`), Gephi's own format, also read by
//! `networkx.read_gexf`.
//!
//! Attributes are declared with typed `<attribute>` elements (`string`,
//! `integer`, `double`, `boolean`; lists joined by `;` as strings); node
//! labels and edge weights use GEXF's own `label` and `weight`; nodes get a
//! `viz:color` by kind, red when defective, so Gephi opens them coloured.
//! Nothing time-dependent is written (no `lastmodifieddate`), so the same
//! input gives the same bytes. All text passes through
//! [`crate::export::xml::escape`]. This module only writes; it never changes
//! the graph.

use crate::export::node_link::GENERATOR;
use crate::export::xml::escape;
use crate::graph::{AttrType, Graph, NodeKind, Value, EDGE_ATTRS, NODE_ATTRS};
use std::fmt::Write as _;

fn gexf_type(t: AttrType) -> &'static str {
    match t {
        AttrType::String | AttrType::StringList => "string",
        AttrType::Int => "integer",
        AttrType::Double => "double",
        AttrType::Bool => "boolean",
    }
}

/// Fill colour of a node kind (RGB).
pub fn kind_color(kind: NodeKind) -> (u8, u8, u8) {
    match kind {
        NodeKind::Document => (120, 120, 120),
        NodeKind::Footnote => (230, 190, 60),
        NodeKind::Site => (230, 150, 60),
        NodeKind::Citation => (200, 200, 200),
        NodeKind::Reference => (80, 140, 210),
        NodeKind::Author => (90, 170, 100),
        NodeKind::Venue => (150, 110, 190),
    }
}

/// Colour of a node that a diagnostic concerns.
pub const DEFECT_COLOR: (u8, u8, u8) = (214, 39, 40);

fn attvalues(out: &mut String, attrs: &[(&'static str, Value)], skip: &[&str]) {
    let kept: Vec<_> = attrs.iter().filter(|(k, _)| !skip.contains(k)).collect();
    if kept.is_empty() {
        return;
    }
    out.push_str("        <attvalues>\n");
    for (k, v) in kept {
        let _ = writeln!(
            out,
            "          <attvalue for=\"{}\" value=\"{}\"/>",
            escape(k),
            escape(&v.to_text())
        );
    }
    out.push_str("        </attvalues>\n");
}

/// Writes the graph as GEXF 1.3.
pub fn render(g: &Graph) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n",
    );
    let _ = writeln!(
        out,
        "  <meta>\n    <creator>{}</creator>\n    <description>{} view of {}</description>\n  </meta>",
        escape(GENERATOR),
        g.view().as_str(),
        escape(g.name())
    );
    out.push_str("  <graph mode=\"static\" defaultedgetype=\"directed\">\n");
    out.push_str("    <attributes class=\"node\">\n");
    for a in NODE_ATTRS.iter().filter(|a| a.name != "label") {
        let _ = writeln!(
            out,
            "      <attribute id=\"{0}\" title=\"{0}\" type=\"{1}\"/>",
            escape(a.name),
            gexf_type(a.ty)
        );
    }
    out.push_str("    </attributes>\n    <attributes class=\"edge\">\n");
    for a in EDGE_ATTRS.iter().filter(|a| a.name != "weight") {
        let _ = writeln!(
            out,
            "      <attribute id=\"{0}\" title=\"{0}\" type=\"{1}\"/>",
            escape(a.name),
            gexf_type(a.ty)
        );
    }
    out.push_str("    </attributes>\n    <nodes>\n");
    for n in g.nodes() {
        let _ = writeln!(
            out,
            "      <node id=\"{}\" label=\"{}\">",
            escape(&n.id),
            escape(&n.label)
        );
        attvalues(&mut out, &n.attributes(), &["label"]);
        let (r, gr, b) = if n.is_defective() {
            DEFECT_COLOR
        } else {
            kind_color(n.kind)
        };
        let _ = writeln!(out, "        <viz:color r=\"{r}\" g=\"{gr}\" b=\"{b}\"/>");
        out.push_str("      </node>\n");
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for e in g.edges() {
        let _ = writeln!(
            out,
            "      <edge id=\"{}\" source=\"{}\" target=\"{}\" label=\"{}\" weight=\"{}\">",
            escape(&e.id()),
            escape(&e.source.id),
            escape(&e.target.id),
            e.edge.kind.as_str(),
            e.edge.weight
        );
        attvalues(&mut out, &e.edge.attributes(), &["weight"]);
        out.push_str("      </edge>\n");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}
