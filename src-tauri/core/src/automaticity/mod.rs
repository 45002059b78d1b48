//! Whether a habit has become automatic: the weekly SRBAI check, Lally's curve fitted
//! to the checks, prompts that fade as the habit takes hold, and a troubleshoot when
//! it slips.
mod curve;
mod fading;
mod misses;
mod srbai;
mod troubleshoot;

pub use curve::{fit, Curve, NoFit, Point, MIN_CHECKS, MIN_SPAN_DAYS, POPULATION_DAYS_TO_95};
pub use fading::{prompting, restored, Prompting, AUTOMATIC, CHECKS_APART_DAYS, CONSISTENT};
pub use misses::{miss_pairs, WITHIN_SCHEDULED_DAYS};
pub use srbai::{statements, SrbaiAnswers, ANSWER_MAX, ANSWER_MIN, STATEMENTS};
pub use troubleshoot::{trouble, Trouble, SLIP, SLIP_DAYS};

use crate::model::HabitId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A check is asked for once this many days have passed since the last one.
pub const CHECK_EVERY_DAYS: i64 = 7;

/// One automaticity check of one habit on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub habit: HabitId,
    pub date: NaiveDate,
    pub answers: SrbaiAnswers,
}

/// A check's date and score, as the rules read it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Scored {
    pub date: NaiveDate,
    pub score: f64,
}

impl Check {
    pub fn scored(&self) -> Scored {
        Scored {
            date: self.date,
            score: self.answers.score(),
        }
    }
}

#[cfg(test)]
mod tests;
