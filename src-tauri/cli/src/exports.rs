//! Exports the dashboard writes into a folder the person can see and find again.
use crate::files::write_private;
use aloud_core::i18n::key;
use aloud_core::{CoreError, Result, Tracker};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Export formats: everything as JSON (importable), or the entries as CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    pub fn parse(value: &str) -> Result<Self> {
        match value {
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            _ => Err(CoreError::said(
                "error-export-format",
                vec![("value", value.into())],
            )),
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }

    pub fn render(self, t: &Tracker) -> Result<String> {
        match self {
            Format::Json => t.export_json(),
            Format::Csv => t.export_csv(),
        }
    }
}

/// `~/Documents/Aloud` (the XDG documents folder when one is set up).
pub fn export_dir() -> PathBuf {
    dirs::document_dir()
        .or_else(|| dirs::home_dir().map(|h| h.join("Documents")))
        .unwrap_or_else(|| PathBuf::from("Documents"))
        .join("Aloud")
}

/// Writes today's export into `dir` (created if needed) as `aloud-YYYY-MM-DD.json`
/// (or `.csv`); a second export the same day replaces the first.
pub fn export_into(t: &Tracker, format: Format, dir: &Path) -> Result<PathBuf> {
    std::fs::create_dir_all(dir)
        .map_err(|e| CoreError::io(key("io-creating"), dir.display(), e))?;
    let path = dir.join(format!("aloud-{}.{}", t.today(), format.extension()));
    write_private(&path, format.render(t)?.as_bytes())?;
    Ok(path)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportFile {
    pub name: String,
    pub path: PathBuf,
    pub bytes: u64,
}

/// The JSON exports in `dir`, newest name first (names sort by date).
pub fn json_exports(dir: &Path) -> Vec<ExportFile> {
    let mut found: Vec<ExportFile> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let meta = entry.metadata().ok()?;
            (name.ends_with(".json") && meta.is_file()).then(|| ExportFile {
                path: entry.path(),
                bytes: meta.len(),
                name,
            })
        })
        .collect();
    found.sort_by(|a, b| b.name.cmp(&a.name));
    found
}
