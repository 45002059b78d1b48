//! The person's own day, learned from presence: when they first sit down
//! (arrival), when they step away for a while (breaks), and when they leave for the
//! day (departure). `marks` turns the tray's presence changes into these marks;
//! `typical` finds the usual time of each moment over recent workdays, which the
//! anchors of habits are then planned from.
mod marks;
mod suggest;
mod typical;

pub use marks::{marks_on_return, working_day, DayMark, MarkKind, Recorder};
pub use suggest::{suggestions, AnchorSuggestion};
pub use typical::{recent, rhythm, Moment, Rhythm, Typical};

use chrono::Duration;

/// Away at least this long before the first presence of a day: an arrival.
pub const ARRIVAL_AFTER: Duration = Duration::hours(3);
/// Away at least this long within a day: a break.
pub const BREAK_AT_LEAST: Duration = Duration::minutes(15);
/// The recent workdays a typical time is taken over.
pub const DAYS_CONSIDERED: usize = 10;
/// The days with a mark needed before a typical time is trusted.
pub const DAYS_TO_LEARN: usize = 5;

#[cfg(test)]
mod tests;
