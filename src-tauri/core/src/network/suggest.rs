//! Plain suggestions drawn from whom the check-ins named: each rule looks at the
//! history and, when it applies, says what it saw and whom to reach next.
use super::{first_of_month, NamedCheckIn, PersonSummary, RECOGNISE};
use crate::i18n::{Args, Catalogue};
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

/// `people[i]` describes `ids[i]`.
pub(super) fn suggestions(
    today: NaiveDate,
    people: &[PersonSummary],
    links: &[NamedCheckIn],
    ids: &[(PersonId, Person)],
    c: &Catalogue,
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
        never_recognised(today, &named, c),
        no_team_recognised(today, people, &named, c),
        same_few_recognised(today, &named, c),
        drifting(today, people, c),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Someone the person worked aloud with often last month or this one, never thanked.
fn never_recognised(
    today: NaiveDate,
    named: &[(&PersonSummary, bool, NaiveDate)],
    c: &Catalogue,
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
        text: c.msg_with(
            "suggest-never-recognised",
            &Args::new()
                .str("name", p.name.as_str())
                .num("count", count)
                .str("month", c.month_name(&month)),
        ),
        name: Some(p.name.clone()),
    })
}

/// Recognition that only ever goes to individuals misses the work of teams.
fn no_team_recognised(
    today: NaiveDate,
    people: &[PersonSummary],
    named: &[(&PersonSummary, bool, NaiveDate)],
    c: &Catalogue,
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
    let text = match team {
        Some(t) => c.msg_with(
            "suggest-no-team-last",
            &Args::new()
                .str("name", t.name.as_str())
                .str("date", c.day_month(&t.last_seen.unwrap_or(today))),
        ),
        None => c.msg("suggest-no-team"),
    };
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
    c: &Catalogue,
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
    let count = recognitions.len() as u32;
    let went_to = match few.into_iter().collect::<Vec<_>>()[..] {
        [first, second] => c.msg_with(
            "suggest-same-two",
            &Args::new()
                .num("count", count)
                .str("first", first)
                .str("second", second),
        ),
        [.., only] => c.msg_with(
            "suggest-same-one",
            &Args::new().num("count", count).str("name", only),
        ),
        [] => return None,
    };
    let next = match &other {
        Some(o) => c.msg_with("suggest-same-other", &Args::new().str("name", o.as_str())),
        None => c.msg("suggest-same-who-else"),
    };
    let text = format!("{went_to} {next}");
    Some(Suggestion {
        rule: "same_few_recognised",
        text,
        name: other,
    })
}

/// A regular the person has not worked aloud with for two months.
fn drifting(today: NaiveDate, people: &[PersonSummary], c: &Catalogue) -> Option<Suggestion> {
    let before = today - Duration::days(DRIFTING_DAYS);
    let p = people
        .iter()
        .filter(|p| p.entries >= DRIFTING_ENTRIES && p.last_seen.is_some_and(|d| d < before))
        .max_by(|a, b| a.entries.cmp(&b.entries).then(b.name.cmp(&a.name)))?;
    Some(Suggestion {
        rule: "drifting",
        text: c.msg_with(
            "suggest-drifting",
            &Args::new()
                .str("name", p.name.as_str())
                .str("date", c.day_month(&p.last_seen?)),
        ),
        name: Some(p.name.clone()),
    })
}
