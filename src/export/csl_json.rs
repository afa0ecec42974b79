//! CSL-JSON (`opcit refs --format csl-json`): an array of CSL items, one per
//! reference, for citeproc processors, Zotero, citation.js and pandoc.
//!
//! The model's [`CslItem`] is CSL-JSON already (names as `{family, given}`
//! or `{literal}`, dates as `date-parts`), so this writer only fills what a
//! processor insists on (a `type`) and writes the list in the model's
//! order. It never changes the references' content.

use crate::model::{CslItem, Document};

/// The CSL items of a document's references, in reference order.
pub fn items(doc: &Document) -> Vec<CslItem> {
    doc.references
        .iter()
        .map(|r| {
            let mut item = r.fields.clone();
            item.id = r.id.clone();
            if item.kind.trim().is_empty() {
                item.kind = "document".into();
            }
            item
        })
        .collect()
}

/// Writes the references as a pretty-printed CSL-JSON array, ending in a newline.
pub fn render(doc: &Document) -> String {
    // Serialising strings, numbers and lists cannot fail.
    let mut s = serde_json::to_string_pretty(&items(doc)).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}
