//! The self-assessment of the five mindsets: the statements, scoring, the history of
//! attempts and the rhythm of retaking it. Pure; the tracker stores attempts.
mod instrument;
mod rhythm;
mod scoring;

pub use instrument::{scale, stem, Mindset, Statement, INSTRUMENT, STATEMENTS, STATEMENT_COUNT};
pub use rhythm::{retake_due, RetakeDue};
pub use scoring::{notable_changes, score, Answers, Change, MindsetScore, Scores, NOTABLE_CHANGE};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One completed questionnaire, as stored and exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attempt {
    pub taken_at: DateTime<Utc>,
    pub answers: Answers,
}

#[cfg(test)]
mod tests;
