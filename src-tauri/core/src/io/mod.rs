//! Moving history in and out: a complete JSON document, and CSV of the entries.
mod csv;
mod document;
mod import;

pub use self::csv::entries_csv;
pub use document::{Document, FORMAT, VERSION};
pub use import::ImportSummary;
