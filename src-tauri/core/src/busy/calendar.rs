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
    /// meetings over before `since` are not kept. Each event is parsed on its own
    /// and kept only as a `Meeting`, so that a big calendar never stands in memory
    /// as a whole parse tree.
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
        let blocks = event_blocks(&unfolded)?;
        let owner = owner(blocks.iter().map(|b| b.text));
        let mut calendar = Calendar {
            meetings: Vec::new(),
            events: 0,
            unreadable: 0,
        };
        // The occurrences that other events replace, by the recurring event's UID.
        let mut replaced: HashMap<String, Vec<DateTime<Utc>>> = HashMap::new();
        let mut recurring: HashMap<String, usize> = HashMap::new();
        for block in &blocks {
            let parsed = read_calendar(block.text)
                .map_err(|e| Malformed::At(line_of(&e).map(|l| l + block.line - 1)))?;
            let mut components: Vec<&Component> = Vec::new();
            collect_events(&parsed.components, &mut components);
            for component in components {
                let event = Event::new(component);
                if let (Some(uid), Some(at)) = (event.uid(), event.replaces(person)) {
                    replaced.entry(uid.to_string()).or_default().push(at);
                }
                match event.read(person, owner.as_deref()) {
                    (Reading::Busy, Some(meeting)) => {
                        calendar.events += 1;
                        if !meeting.may_happen_after(since) {
                            continue;
                        }
                        if let (Some(uid), true) = (event.uid(), meeting.recurs()) {
                            recurring.insert(uid.to_string(), calendar.meetings.len());
                        }
                        calendar.meetings.push(meeting);
                    }
                    (Reading::Unreadable, _) => calendar.unreadable += 1,
                    _ => {}
                }
            }
        }
        for (uid, instants) in replaced {
            if let Some(&index) = recurring.get(&uid) {
                instants
                    .into_iter()
                    .for_each(|at| calendar.meetings[index].except(at));
            }
        }
        calendar.meetings.shrink_to_fit();
        Ok(calendar)
    }

    /// Every stretch a meeting of this calendar covers within `from..to`, unsorted.
    pub fn during(&self, from: DateTime<Utc>, to: DateTime<Utc>, out: &mut Vec<Stretch>) {
        self.meetings.iter().for_each(|m| m.during(from, to, out));
    }
}

/// One VEVENT's lines within the unfolded text, and the line it begins on (1-based).
struct Block<'t> {
    text: &'t str,
    line: usize,
}

/// Every `BEGIN:VEVENT` … `END:VEVENT` of the text; an event that never ends is
/// malformed at its beginning.
fn event_blocks(text: &str) -> Result<Vec<Block<'_>>, Malformed> {
    let mut blocks = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let bare = line.trim_end();
        if bare.eq_ignore_ascii_case("BEGIN:VEVENT") {
            if let Some((_, at)) = open {
                return Err(Malformed::At(Some(at)));
            }
            open = Some((offset, index + 1));
        } else if bare.eq_ignore_ascii_case("END:VEVENT") {
            let Some((start, at)) = open.take() else {
                return Err(Malformed::At(Some(index + 1)));
            };
            blocks.push(Block {
                text: &text[start..offset + line.len()],
                line: at,
            });
        }
        offset += line.len();
    }
    match open {
        Some((_, at)) => Err(Malformed::At(Some(at))),
        None => Ok(blocks),
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
/// attendee who declined someone else's meeting leaves it busy. Read from the
/// lines themselves, before any event is parsed.
fn owner<'t>(events: impl Iterator<Item = &'t str>) -> Option<String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for event in events {
        let mut people: Vec<String> = event.lines().filter_map(person_on).collect();
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

/// The address of an ORGANIZER or ATTENDEE line: its value, after the first colon
/// outside quoted parameters.
fn person_on(line: &str) -> Option<String> {
    let upper = line.get(..9).unwrap_or(line).to_ascii_uppercase();
    if !upper.starts_with("ATTENDEE") && !upper.starts_with("ORGANIZER") {
        return None;
    }
    let mut quoted = false;
    let colon = line.char_indices().find_map(|(i, c)| {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return Some(i),
            _ => {}
        }
        None
    })?;
    Some(super::event::address(line[colon + 1..].trim()))
}

/// The line a parser's error names (`at line 12`).
fn line_of(error: &str) -> Option<usize> {
    let rest = &error[error.find("line ")? + 5..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}
