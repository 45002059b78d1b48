//! The network behind the habit: whom the check-ins reached, month by month, and
//! plain suggestions for whom to recognise or reach next. Pure: built from the stored
//! names and their links, and today's date.
mod suggest;

pub use suggest::Suggestion;

use crate::i18n::{Args, Catalogue};
use crate::model::{HabitId, Person, PersonKind};
use crate::store::PersonId;
use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The habit whose check-ins recognise someone.
pub const RECOGNISE: &str = "recognize";
/// How many months the breadth chart shows, this one included.
pub const MONTHS_SHOWN: u32 = 12;
/// How many recognitions the list shows, newest first.
pub const RECOGNITIONS_SHOWN: usize = 30;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonSummary {
    pub name: String,
    pub kind: PersonKind,
    pub first_seen: Option<NaiveDate>,
    pub last_seen: Option<NaiveDate>,
    /// Check-ins that named them.
    pub entries: u32,
    /// Of those, by habit id.
    pub by_habit: BTreeMap<HabitId, u32>,
    pub last_recognised: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthReach {
    /// `YYYY-MM`.
    pub month: String,
    /// Distinct people and teams named that month.
    pub reached: u32,
    /// Of those, named for the first time.
    pub new: u32,
    /// The habits' mean strength (0–100) at the month's end (today for this month),
    /// to set breadth beside practice.
    pub strength: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitReach {
    pub habit: HabitId,
    pub name: String,
    /// Distinct people and teams this habit's check-ins named this month.
    pub reached: u32,
    /// And ever.
    pub ever: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recognition {
    pub name: String,
    pub kind: PersonKind,
    pub date: NaiveDate,
}

/// `aloud people --json` and the dashboard's Network tab.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Network {
    /// `YYYY-MM`, today's month.
    pub month: String,
    pub reached: u32,
    pub new: u32,
    /// Alphabetical.
    pub people: Vec<PersonSummary>,
    /// The last twelve months, oldest first.
    pub months: Vec<MonthReach>,
    pub by_habit: Vec<HabitReach>,
    /// Newest first.
    pub recognised: Vec<Recognition>,
    pub suggestions: Vec<Suggestion>,
}

/// A link from a stored name to a check-in.
pub type NamedCheckIn = (PersonId, HabitId, NaiveDate);

/// What logging a habit asks about the people involved (the answer stays optional).
pub fn with_question(habit: &HabitId, c: &Catalogue) -> String {
    if habit.as_str() == RECOGNISE {
        c.msg("with-whom-recognised")
    } else {
        c.msg("with-whom")
    }
}

/// A *think networks* or *be helpful* suggestion that names someone the person
/// already works aloud with; none for the other mindsets or an empty network.
pub fn mindset_hint(
    network: &Network,
    mindset: crate::assessment::Mindset,
    c: &Catalogue,
) -> Option<String> {
    use crate::assessment::Mindset;
    let seen = network.people.iter().filter(|p| p.entries > 0);
    match mindset {
        Mindset::ThinkNetworks => {
            let named = network
                .suggestions
                .iter()
                .find(|s| s.name.is_some() && s.rule != "no_team_recognised");
            if let Some(s) = named {
                return Some(s.text.clone());
            }
            let p = seen.max_by(|a, b| a.entries.cmp(&b.entries).then(b.name.cmp(&a.name)))?;
            Some(
                c.msg_with(
                    "hint-think-networks",
                    &Args::new()
                        .str("name", p.name.as_str())
                        .num("entries", p.entries),
                ),
            )
        }
        Mindset::BeHelpful => {
            let p = seen
                .filter(|p| p.kind == PersonKind::Person)
                .max_by(|a, b| a.last_seen.cmp(&b.last_seen).then(b.name.cmp(&a.name)))?;
            Some(c.msg_with("hint-be-helpful", &Args::new().str("name", p.name.as_str())))
        }
        _ => None,
    }
}

pub fn month_key(date: NaiveDate) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).expect("every month has a first day")
}

/// The first day of each of the last `MONTHS_SHOWN` months, oldest first.
pub fn months_shown(today: NaiveDate) -> Vec<NaiveDate> {
    let this = first_of_month(today);
    (0..MONTHS_SHOWN)
        .rev()
        .map(|back| this - Months::new(back))
        .collect()
}

/// The last day of `month_start`'s month, or today for this month.
pub fn month_end(month_start: NaiveDate, today: NaiveDate) -> NaiveDate {
    let end = month_start + Months::new(1) - chrono::Duration::days(1);
    end.min(today)
}

/// Builds the view; `strength` gives the habits' mean strength on a day, `links` are
/// sorted by day.
pub fn network(
    today: NaiveDate,
    people: &[(PersonId, Person)],
    links: &[NamedCheckIn],
    habits: &[(HabitId, String)],
    strength: impl Fn(NaiveDate) -> f64,
    c: &Catalogue,
) -> Network {
    let this_month = first_of_month(today);
    let mut summaries: HashMap<PersonId, PersonSummary> = people
        .iter()
        .map(|(id, p)| {
            (
                *id,
                PersonSummary {
                    name: p.name.clone(),
                    kind: p.kind,
                    first_seen: None,
                    last_seen: None,
                    entries: 0,
                    by_habit: BTreeMap::new(),
                    last_recognised: None,
                },
            )
        })
        .collect();
    let mut by_month: BTreeMap<NaiveDate, HashSet<PersonId>> = BTreeMap::new();
    let mut by_habit_month: HashMap<&HabitId, HashSet<PersonId>> = HashMap::new();
    let mut by_habit_ever: HashMap<&HabitId, HashSet<PersonId>> = HashMap::new();
    let mut recognised = Vec::new();
    for (id, habit, day) in links {
        let Some(s) = summaries.get_mut(id) else {
            continue;
        };
        s.first_seen = Some(s.first_seen.map_or(*day, |d| d.min(*day)));
        s.last_seen = Some(s.last_seen.map_or(*day, |d| d.max(*day)));
        s.entries += 1;
        *s.by_habit.entry(habit.clone()).or_default() += 1;
        if habit.as_str() == RECOGNISE {
            s.last_recognised = Some(s.last_recognised.map_or(*day, |d| d.max(*day)));
            recognised.push(Recognition {
                name: s.name.clone(),
                kind: s.kind,
                date: *day,
            });
        }
        by_month
            .entry(first_of_month(*day))
            .or_default()
            .insert(*id);
        by_habit_ever.entry(habit).or_default().insert(*id);
        if *day >= this_month {
            by_habit_month.entry(habit).or_default().insert(*id);
        }
    }
    let first_months: HashMap<PersonId, NaiveDate> = summaries
        .iter()
        .filter_map(|(id, s)| Some((*id, first_of_month(s.first_seen?))))
        .collect();
    let reach = |month: NaiveDate| -> (u32, u32) {
        let reached = by_month.get(&month);
        let count = reached.map_or(0, |r| r.len() as u32);
        let new = reached.map_or(0, |r| {
            r.iter()
                .filter(|id| first_months.get(id) == Some(&month))
                .count() as u32
        });
        (count, new)
    };
    let months = months_shown(today)
        .into_iter()
        .map(|start| {
            let (reached, new) = reach(start);
            MonthReach {
                month: month_key(start),
                reached,
                new,
                strength: strength(month_end(start, today)),
            }
        })
        .collect();
    let (reached, new) = reach(this_month);
    let by_habit = habits
        .iter()
        .map(|(id, name)| HabitReach {
            habit: id.clone(),
            name: name.clone(),
            reached: by_habit_month.get(id).map_or(0, |s| s.len() as u32),
            ever: by_habit_ever.get(id).map_or(0, |s| s.len() as u32),
        })
        .collect();
    recognised.reverse();
    let mut people_out: Vec<PersonSummary> = people
        .iter()
        .filter_map(|(id, _)| summaries.remove(id))
        .collect();
    let suggestions = suggest::suggestions(today, &people_out, links, people, c);
    recognised.truncate(RECOGNITIONS_SHOWN);
    people_out.sort_by_cached_key(|p| p.name.to_lowercase());
    Network {
        month: month_key(today),
        reached,
        new,
        people: people_out,
        months,
        by_habit,
        recognised,
        suggestions,
    }
}

#[cfg(test)]
mod tests;
