//! One error type for the core; callers map `kind()` to exit codes or IPC errors.
use crate::i18n::{Said, Value};
use std::path::PathBuf;

/// The catalogue's message that is its text alone (for words said already).
const PLAIN: &str = crate::i18n::key("said-as-is");

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// The request itself is wrong (bad value, unknown habit); nothing was changed.
    #[error("{0}")]
    Invalid(Said),
    /// A database written by a newer Aloud; it is left untouched.
    #[error("{path} was written by a newer version of Aloud (schema {found}, this build knows up to {known}); it was not opened or changed")]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    /// The database file is damaged or not an Aloud database.
    #[error("{path} is not a readable Aloud database: {reason}")]
    Corrupt { path: PathBuf, reason: String },
    #[error("{}", sqlite_message(.0))]
    Sqlite(#[from] rusqlite::Error),
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
}

/// Coarse classes of errors, stable for the CLI's exit codes and the IPC `kind` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    Invalid,
    NewerSchema,
    Corrupt,
    Storage,
}

impl CoreError {
    /// A refusal said with the catalogue's `key` (an `error-…` message) and its variables.
    pub fn said(key: &'static str, args: Vec<(&'static str, Value)>) -> Self {
        CoreError::Invalid(Said::new(key, args))
    }

    /// A refusal whose words the caller already has in the person's language.
    pub fn invalid(message: impl Into<String>) -> Self {
        CoreError::said(PLAIN, vec![("text", Value::Text(message.into()))])
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        CoreError::Io {
            context: context.into(),
            source,
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            CoreError::Invalid(_) => ErrorKind::Invalid,
            CoreError::NewerSchema { .. } => ErrorKind::NewerSchema,
            CoreError::Corrupt { .. } => ErrorKind::Corrupt,
            CoreError::Sqlite(_) | CoreError::Io { .. } => ErrorKind::Storage,
        }
    }
}

pub type Result<T, E = CoreError> = std::result::Result<T, E>;

/// SQLite's words, with the cases a person can act on said plainly.
fn sqlite_message(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => {
            "the disk is full: nothing was saved; free some space and try again".into()
        }
        Some(ErrorCode::ReadOnly) => "the history file is read-only: nothing was saved".into(),
        Some(ErrorCode::SystemIoFailure) => format!(
            "the history file could not be written (is the disk full or failing?): \
             nothing was saved ({e})"
        ),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            "the history is locked by another program: nothing was saved; try again".into()
        }
        _ => format!("database error: {e}"),
    }
}

/// A refusal set inside another one keeps its own words (and language).
impl From<CoreError> for Value {
    fn from(e: CoreError) -> Value {
        match e {
            CoreError::Invalid(said) => said.into(),
            other => Value::Text(other.to_string()),
        }
    }
}
