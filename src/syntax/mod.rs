//! The nom and regex parsers: markers and footnote labels, citation items,
//! short forms, references, names, dates.
//!
//! Each sub-grammar is one file. Parsers work on borrowed text and return
//! byte offsets into it; they never resolve anything and never fail: what
//! they cannot read they leave as unparsed text.

pub mod archive;
pub mod date;
pub mod edition;
pub mod item;
pub mod law_report;
pub mod marker;
pub mod name;
pub mod official;
pub mod reference;
pub mod unmarked;
