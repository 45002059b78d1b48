//! Plain suggestions drawn from whom the check-ins named: each rule looks at the
//! history and, when it applies, says what it saw and whom to reach next.
use super::{first_of_month, NamedCheckIn, PersonSummary, RECOGNISE};
use crate::model::{Person, PersonKind};
use crate::store::PersonId;
use chrono::{Datelike, Duration, Months, NaiveDate};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// Stable id of the rule: `never_recognised`, `no_team_recognised`,
    /// `same_few_recognised` or `drifting`.
    pub rule: &'static str,
    pub text: String,
    /// The person or team it suggests, when it names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Named this many times in a month without ever being recognised.
pub const NEVER_RECOGNISED_AFTER: u32 = 3;
/// No team recognised this month counts from this day of the month on.
pub const TEAM_CHECK_FROM_DAY: u32 = 7;
/// At least this many recognitions in the last four weeks to many no more than two people.
pub const SAME_FEW_RECOGNITIONS: usize = 4;
pub const SAME_FEW_DAYS: i64 = 28;
/// Someone named at least this often, not seen for this many days.
pub const DRIFTING_ENTRIES: u32 = 3;
pub const DRIFTING_DAYS: i64 = 60;

fn day_text(date: NaiveDate) -> String {
    date.format("%-d %B").to_string()
}

/// `people[i]` describes `ids[i]`.
pub(super) fn suggestions(
    today: NaiveDate,
    people: &[PersonSummary],
    links: &[NamedCheckIn],
    ids: &[(PersonId, Person)],
) -> Vec<Suggestion> {
    let index: HashMap<PersonId, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i))
        .collect();
    let named: Vec<(&PersonSummary, bool, NaiveDate)> = links
        .iter()
        .filter_map(|(id, habit, day)| {
            Some((&people[*index.get(id)?], habit.as_str() == RECOGNISE, *day))
        })
        .collect();
    [
        never_recognised(today, &named),
        no_team_recognised(today, people, &named),
        same_few_recognised(today, &named),
        drifting(today, people),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Someone the person worked aloud with often last month or this one, never thanked.
fn never_recognised(
    today: NaiveDate,
    named: &[(&PersonSummary, bool, NaiveDate)],
) -> Option<Suggestion> {
    let this_month = first_of_month(today);
    let mut candidates: Vec<(u32, NaiveDate, &PersonSummary)> = Vec::new();
    for month in [this_month - Months::new(1), this_month] {
        let mut counts: HashMap<&str, (u32, &PersonSummary)> = HashMap::new();
        for (p, recognising, day) in named {
            if !recognising && p.last_recognised.is_none() && first_of_month(*day) == month {
                counts.entry(&p.name).or_insert((0, p)).0 += 1;
            }
        }
        candidates.extend(
            counts
                .into_values()
                .filter(|(count, _)| *count >= NEVER_RECOGNISED_AFTER)
                .map(|(count, p)| (count, month, p)),
        );
    }
    // The most often named, the latest month, then the first name alphabetically.
    let best = candidates
        .into_iter()
        .max_by_key(|(count, month, p)| (*count, *month, std::cmp::Reverse(p.name.to_lowercase())));
    let (count, month, p) = best?;
    Some(Suggestion {
        rule: "never_recognised",
        text: format!(
            "You worked aloud with {} {count} times in {} and have never recognised them.",
            p.name,
            month.format("%B")
        ),
        name: Some(p.name.clone()),
    })
}

/// Recognition that only ever goes to individuals misses the work of teams.
fn no_team_recognised(
    today: NaiveDate,
    people: &[PersonSummary],
    named: &[(&PersonSummary, bool, NaiveDate)],
) -> Option<Suggestion> {
    let this_month = first_of_month(today);
    let recognised_now = |kind: Option<PersonKind>| {
        named.iter().any(|(p, recognising, day)| {
            *recognising && *day >= this_month && kind.is_none_or(|k| p.kind == k)
        })
    };
    if people.is_empty()
        || recognised_now(Some(PersonKind::Team))
        || (today.day() < TEAM_CHECK_FROM_DAY && !recognised_now(None))
    {
        return None;
    }
    let team = people
        .iter()
        .filter(|p| p.kind == PersonKind::Team && p.entries > 0)
        .max_by(|a, b| a.entries.cmp(&b.entries).then(b.name.cmp(&a.name)));
    let mut text = "No team recognised this month yet.".to_string();
    if let Some(t) = team {
        text.push_str(&format!(
            " {} was last part of a check-in on {}.",
            t.name,
            day_text(t.last_seen.unwrap_or(today))
        ));
    }
    Some(Suggestion {
        rule: "no_team_recognised",
        text,
        name: team.map(|t| t.name.clone()),
    })
}

/// The last four weeks' recognitions went to no more than two names.
fn same_few_recognised(
    today: NaiveDate,
    named: &[(&PersonSummary, bool, NaiveDate)],
) -> Option<Suggestion> {
    let since = today - Duration::days(SAME_FEW_DAYS - 1);
    let recent = || {
        named
            .iter()
            .filter(|(_, _, day)| *day >= since && *day <= today)
    };
    let recognitions: Vec<&str> = recent()
        .filter(|(_, recognising, _)| *recognising)
        .map(|(p, _, _)| p.name.as_str())
        .collect();
    let few: BTreeSet<&str> = recognitions.iter().copied().collect();
    if recognitions.len() < SAME_FEW_RECOGNITIONS || few.len() > 2 {
        return None;
    }
    let mut others: HashMap<&str, u32> = HashMap::new();
    for (p, _, _) in recent().filter(|(p, r, _)| !r && !few.contains(p.name.as_str())) {
        *others.entry(p.name.as_str()).or_default() += 1;
    }
    let other = others
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(name, _)| name.to_string());
    let names: Vec<&str> = few.into_iter().collect();
    let mut text = format!(
        "Your last {} recognitions went to {}.",
        recognitions.len(),
        names.join(" and ")
    );
    match &other {
        Some(o) => text.push_str(&format!(
            " {o} was part of your check-ins lately too: recognise them next?"
        )),
        None => text.push_str(" Who else helped lately?"),
    }
    Some(Suggestion {
        rule: "same_few_recognised",
        text,
        name: other,
    })
}

/// A regular the person has not worked aloud with for two months.
fn drifting(today: NaiveDate, people: &[PersonSummary]) -> Option<Suggestion> {
    let before = today - Duration::days(DRIFTING_DAYS);
    let p = people
        .iter()
        .filter(|p| p.entries >= DRIFTING_ENTRIES && p.last_seen.is_some_and(|d| d < before))
        .max_by(|a, b| a.entries.cmp(&b.entries).then(b.name.cmp(&a.name)))?;
    Some(Suggestion {
        rule: "drifting",
        text: format!(
            "You have not worked aloud with {} since {}; a reply or a thank-you would pick the thread back up.",
            p.name,
            day_text(p.last_seen?)
        ),
        name: Some(p.name.clone()),
    })
}
