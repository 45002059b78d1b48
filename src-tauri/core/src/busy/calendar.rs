//! One iCalendar file, read into the meetings that make the person busy.
use super::event::{Event, Meeting, Reading};
use super::Stretch;
use crate::zone::Zone;
use chrono::{DateTime, Utc};
use icalendar::parser::{read_calendar, unfold, Component};
use std::collections::HashMap;

/// What a calendar file says, for as long as it does not change.
#[derive(Debug)]
pub struct Calendar {
    meetings: Vec<Meeting>,
    /// The busy events it has (a recurring one counts once).
    pub events: usize,
    /// Events whose times or rule could not be read, left out.
    pub unreadable: usize,
}

/// Why a calendar's text is not a calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Malformed {
    /// No `BEGIN:VCALENDAR`.
    NotACalendar,
    /// The parser stopped at this line (of the unfolded text, 1-based).
    At(Option<usize>),
}

impl Calendar {
    /// Reads a calendar's text; `person` is the zone of floating times, and
    /// meetings over before `since` are not kept.
    pub fn parse(text: &str, person: Zone, since: DateTime<Utc>) -> Result<Calendar, Malformed> {
        let text = text.trim_start_matches('\u{feff}');
        if !text
            .trim_start()
            .to_ascii_uppercase()
            .starts_with("BEGIN:VCALENDAR")
        {
            return Err(Malformed::NotACalendar);
        }
        let unfolded = unfold(text);
        let parsed = read_calendar(&unfolded).map_err(|e| Malformed::At(line_of(&e)))?;
        let mut components: Vec<&Component> = Vec::new();
        collect_events(&parsed.components, &mut components);
        let events: Vec<Event> = components.into_iter().map(Event::new).collect();
        let owner = owner(&events);
        let mut calendar = Calendar {
            meetings: Vec::new(),
            events: 0,
            unreadable: 0,
        };
        // The occurrences that other events replace, by the recurring event's UID.
        let mut replaced: HashMap<&str, Vec<DateTime<Utc>>> = HashMap::new();
        let mut recurring: HashMap<&str, usize> = HashMap::new();
        for event in &events {
            if let (Some(uid), Some(at)) = (event.uid(), event.replaces(person)) {
                replaced.entry(uid).or_default().push(at);
            }
            match event.read(person, owner.as_deref()) {
                (Reading::Busy, Some(meeting)) => {
                    calendar.events += 1;
                    if !meeting.may_happen_after(since) {
                        continue;
                    }
                    if let (Some(uid), true) = (event.uid(), meeting.recurs()) {
                        recurring.insert(uid, calendar.meetings.len());
                    }
                    calendar.meetings.push(meeting);
                }
                (Reading::Unreadable, _) => calendar.unreadable += 1,
                _ => {}
            }
        }
        for (uid, instants) in replaced {
            if let Some(&index) = recurring.get(uid) {
                instants
                    .into_iter()
                    .for_each(|at| calendar.meetings[index].except(at));
            }
        }
        Ok(calendar)
    }

    /// Every stretch a meeting of this calendar covers within `from..to`, unsorted.
    pub fn during(&self, from: DateTime<Utc>, to: DateTime<Utc>, out: &mut Vec<Stretch>) {
        self.meetings.iter().for_each(|m| m.during(from, to, out));
    }
}

fn collect_events<'c, 'a>(components: &'c [Component<'a>], out: &mut Vec<&'c Component<'a>>) {
    for c in components {
        if c.name.as_str().eq_ignore_ascii_case("VEVENT") {
            out.push(c);
        } else {
            collect_events(&c.components, out);
        }
    }
}

/// The calendar's own person: the address found on the most events, when one
/// address is on more events than any other. Only their "declined" frees them; an
/// attendee who declined someone else's meeting leaves it busy.
fn owner(events: &[Event]) -> Option<String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for event in events {
        let mut people: Vec<String> = event.people().collect();
        people.sort();
        people.dedup();
        for person in people {
            *counts.entry(person).or_default() += 1;
        }
    }
    let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.1));
    match ranked.as_slice() {
        [(first, n), (_, m), ..] if n > m => Some(first.clone()),
        [(first, _)] => Some(first.clone()),
        _ => None,
    }
}

/// The line a parser's error names (`at line 12`).
fn line_of(error: &str) -> Option<usize> {
    let rest = &error[error.find("line ")? + 5..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}
