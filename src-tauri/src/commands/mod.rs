//! The dashboard's IPC commands: validate, call the core, map errors. No rules here.
//! One module per panel; each command's name matches the JS `invoke` name.
mod automaticity;
mod checkins;
mod habits;
mod messages;
mod mindsets;
mod people;
mod review;
mod settings;
mod today;

pub use automaticity::*;
pub use checkins::*;
pub use habits::*;
pub use messages::*;
pub use mindsets::*;
pub use people::*;
pub use review::*;
pub use settings::*;
pub use today::*;

use aloud_core::{CoreError, ErrorKind};
use serde::Serialize;

/// What the dashboard receives when a command fails: `{kind, message}`.
#[derive(Debug, Serialize)]
pub struct AppError {
    kind: ErrorKind,
    message: String,
}

impl From<CoreError> for AppError {
    fn from(e: CoreError) -> Self {
        AppError {
            kind: e.kind(),
            message: e.to_string(),
        }
    }
}

pub type Reply<T> = Result<T, AppError>;
