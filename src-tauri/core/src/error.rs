//! One error type for the core; callers map `kind()` to exit codes or IPC errors.
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// The request itself is wrong (bad value, unknown habit); nothing was changed.
    #[error("{0}")]
    Invalid(String),
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
    #[error("database error: {0}")]
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
    pub fn invalid(message: impl Into<String>) -> Self {
        CoreError::Invalid(message.into())
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
