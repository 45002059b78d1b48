//! One error type for the core; callers map `kind()` to exit codes or IPC errors.
use crate::i18n::{key, Said, Value};
use std::path::PathBuf;

/// The catalogue's message that is its text alone (for words said already).
const PLAIN: &str = key("said-as-is");

#[derive(Debug)]
pub enum CoreError {
    /// The request itself is wrong (bad value, unknown habit); nothing was changed.
    Invalid(Said),
    /// A database written by a newer Aloud; it is left untouched.
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    /// The database file is damaged or not an Aloud database.
    Corrupt {
        path: PathBuf,
        reason: String,
    },
    Sqlite(rusqlite::Error),
    /// `context` says what was being done ("reading /path"), `source` why it failed.
    Io {
        context: Said,
        source: std::io::Error,
    },
}

impl std::fmt::Display for CoreError {
    /// In the language the process speaks (see `Said`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = |p: &PathBuf| Value::from(p.display().to_string());
        let said = match self {
            CoreError::Invalid(said) => return said.fmt(f),
            CoreError::NewerSchema {
                path: p,
                found,
                known,
            } => Said::new(
                key("error-newer-schema"),
                vec![
                    ("path", path(p)),
                    ("found", (*found).into()),
                    ("known", (*known).into()),
                ],
            ),
            CoreError::Corrupt { path: p, reason } => Said::new(
                key("error-corrupt"),
                vec![("path", path(p)), ("why", reason.into())],
            ),
            CoreError::Sqlite(e) => sqlite_message(e),
            CoreError::Io { context, source } => Said::new(
                key("error-io"),
                vec![
                    ("doing", context.clone().into()),
                    ("why", source.to_string().into()),
                ],
            ),
        };
        said.fmt(f)
    }
}

impl std::error::Error for CoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CoreError::Sqlite(e) => Some(e),
            CoreError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for CoreError {
    fn from(e: rusqlite::Error) -> Self {
        CoreError::Sqlite(e)
    }
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

    /// An I/O failure while doing `what` (`io-…` with a `path`): `CoreError::io(key("io-reading"), path, e)`.
    pub fn io(what: &'static str, path: impl std::fmt::Display, source: std::io::Error) -> Self {
        CoreError::Io {
            context: Said::new(what, vec![("path", path.to_string().into())]),
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
fn sqlite_message(e: &rusqlite::Error) -> Said {
    use rusqlite::ErrorCode;
    let why = || vec![("why", Value::from(e.to_string()))];
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => Said::new(key("error-disk-full"), vec![]),
        Some(ErrorCode::ReadOnly) => Said::new(key("error-read-only"), vec![]),
        Some(ErrorCode::SystemIoFailure) => Said::new(key("error-disk-failing"), why()),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            Said::new(key("error-locked"), vec![])
        }
        _ => Said::new(key("error-database"), why()),
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
