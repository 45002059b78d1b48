//! The domain's nouns, each validated when built from outside input.
mod benefit;
mod entry;
mod habit;
mod link;
mod pause;
mod text;
mod time_of_day;
mod weekdays;

pub use benefit::{week_start, BenefitCheck, RATING_MAX, RESPONSES_MAX};
pub use entry::{Entry, Minutes, Need, Note, Skip, Source, MINUTES_MAX};
pub use habit::{cue, Habit, HabitId, HabitPatch, NewHabit};
pub use link::{Link, LinkName, LinkUrl, LINK_NAME_MAX, LINK_URL_MAX};
pub use pause::Pause;
pub(crate) use text::one_line;
pub use text::{parse_date, parse_duration};
pub use time_of_day::TimeOfDay;
pub use weekdays::Weekdays;
