//! Output formats. Each file owns its wire types: the internal model can
//! change while the documented schemas (`docs/output.md`, `docs/graph.md`)
//! stay stable.
//!
//! Graph formats: [`dot`], [`node_link`], [`cytoscape`], [`jgf`],
//! [`graphml`], [`gexf`]. Reference formats: [`csl_json`], [`bibtex`],
//! [`ris`].

pub mod extract;
pub mod sarif;

pub mod bibtex;
pub mod csl_json;
pub mod cytoscape;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod jgf;
pub mod node_link;
pub mod ris;
pub mod xml;
