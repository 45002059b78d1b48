//! The domain's nouns, each validated when built from outside input.
mod anchor;
mod benefit;
mod entry;
mod habit;
mod link;
mod pause;
mod person;
mod prompt_stage;
mod text;
mod time_of_day;
mod weekdays;

pub use anchor::{Anchor, Lead};
pub use benefit::{week_start, BenefitCheck, RATING_MAX, RESPONSES_MAX};
pub use entry::{Entry, Minutes, Need, Note, Skip, Source, MINUTES_MAX, NOTE_MAX};
pub use habit::{
    Habit, HabitId, HabitPatch, NewHabit, NAME_MAX, PROMPT_MAX, STARTER_MAX, TRIGGER_MAX,
};
pub use link::{Link, LinkName, LinkUrl, LINK_NAME_MAX, LINK_URL_MAX};
pub use pause::Pause;
pub use person::{
    person_name, person_names, same_name, Person, PersonKind, NAMES_PER_ENTRY_MAX, PERSON_NAME_MAX,
};
pub use prompt_stage::PromptStage;
pub(crate) use text::one_line;
pub use text::{parse_date, parse_duration};
pub use time_of_day::TimeOfDay;
pub use weekdays::Weekdays;
