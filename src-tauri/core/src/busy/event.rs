//! One calendar event read into when it makes the person busy: its start on its
//! zone's clock, its length, its recurrence and its exceptions. Events that do not
//! make anyone busy (all-day, free, cancelled, declined) are left out here.
use super::values::{date_time, duration};
use super::Stretch;
use crate::zone::{local_instant, Zone};
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use icalendar::parser::{Component, Property};
use icalendar::rrule::RRuleSet;

/// How far past a window's edges a recurrence is expanded, so that an occurrence
/// read on its own zone's clock is not lost at a day's edge.
const MARGIN: Duration = Duration::days(1);

/// A busy event, ready to say when it happens.
#[derive(Debug)]
pub(super) struct Meeting {
    /// The zone its times are read in.
    zone: Zone,
    /// Its first start, on `zone`'s clock.
    start: NaiveDateTime,
    length: Duration,
    /// Its recurrence, expanded on `zone`'s clock (read as UTC, so that the rule
    /// works on wall-clock times as RFC 5545 wants, whatever the zone's changes).
    /// Boxed: most meetings happen once, and a rule set is big.
    rule: Option<Box<RRuleSet>>,
    /// RDATE: more starts, on `zone`'s clock.
    more: Vec<NaiveDateTime>,
    /// EXDATE, and the occurrences another event replaces (RECURRENCE-ID).
    except: Vec<DateTime<Utc>>,
}

/// Why an event was left out, or could not be read.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Reading {
    /// It makes the person busy.
    Busy,
    /// It does not (all-day, free, cancelled, declined, no length).
    NotBusy,
    /// Its times or rule could not be read.
    Unreadable,
}

/// What the calendar says of one VEVENT.
pub(super) struct Event<'c, 'a> {
    component: &'c Component<'a>,
}

impl<'c, 'a> Event<'c, 'a> {
    pub fn new(component: &'c Component<'a>) -> Self {
        Event { component }
    }

    pub fn prop(&self, name: &str) -> Option<&'c Property<'a>> {
        self.component
            .properties
            .iter()
            .find(|p| p.name.as_str().eq_ignore_ascii_case(name))
    }

    fn props(&self, name: &'static str) -> impl Iterator<Item = &'c Property<'a>> + 'c {
        self.component
            .properties
            .iter()
            .filter(move |p| p.name.as_str().eq_ignore_ascii_case(name))
    }

    fn value(&self, name: &str) -> Option<&'c str> {
        self.prop(name).map(|p| p.val.as_str().trim())
    }

    pub fn uid(&self) -> Option<&'c str> {
        self.value("UID")
    }

    /// Whether `owner` (the calendar's own person) declined it.
    fn declined_by(&self, owner: Option<&str>) -> bool {
        let Some(owner) = owner else { return false };
        self.props("ATTENDEE").any(|p| {
            address(p.val.as_str()) == owner
                && param(p, "PARTSTAT").is_some_and(|s| s.eq_ignore_ascii_case("DECLINED"))
        })
    }

    /// Whether it leaves the person free: cancelled, free time (TRANSP or
    /// Outlook's busy status), or declined by `owner`.
    fn frees(&self, owner: Option<&str>) -> bool {
        let is = |name, value: &str| {
            self.value(name)
                .is_some_and(|v| v.eq_ignore_ascii_case(value))
        };
        is("STATUS", "CANCELLED")
            || is("TRANSP", "TRANSPARENT")
            || is("X-MICROSOFT-CDO-BUSYSTATUS", "FREE")
            || self.declined_by(owner)
    }

    /// The instant of its RECURRENCE-ID, for an event that replaces one occurrence.
    pub fn replaces(&self, person: Zone) -> Option<DateTime<Utc>> {
        let p = self.prop("RECURRENCE-ID")?;
        let (wall, zone) = wall_time(p, person)?;
        Some(instant(zone, wall))
    }

    /// Reads it; `owner` is the calendar's own person, when known.
    pub fn read(&self, person: Zone, owner: Option<&str>) -> (Reading, Option<Meeting>) {
        let Some(start) = self.prop("DTSTART") else {
            return (Reading::Unreadable, None);
        };
        if is_date(start) {
            return (Reading::NotBusy, None); // all-day: a holiday, a birthday, a reminder
        }
        if self.frees(owner) {
            return (Reading::NotBusy, None);
        }
        let Some((wall, zone)) = wall_time(start, person) else {
            return (Reading::Unreadable, None);
        };
        let first = instant(zone, wall);
        let end = match (self.prop("DTEND"), self.value("DURATION")) {
            (Some(end), _) => wall_time(end, person).map(|(w, z)| instant(z, w)),
            (None, Some(d)) => duration(d).map(|d| first + d),
            (None, None) => Some(first),
        };
        let Some(end) = end else {
            return (Reading::Unreadable, None);
        };
        if end <= first {
            return (Reading::NotBusy, None);
        }
        let rule = match self.value("RRULE") {
            Some(text) if self.prop("RECURRENCE-ID").is_none() => {
                match super::rule::rule(text, wall, zone) {
                    Some(set) => Some(Box::new(set)),
                    None => return (Reading::Unreadable, None),
                }
            }
            _ => None,
        };
        let on_zone_clock = |p: &Property| -> Vec<NaiveDateTime> {
            dates(p, person)
                .into_iter()
                .map(|at| at.with_timezone(&zone).naive_local())
                .collect()
        };
        let more = self.props("RDATE").flat_map(on_zone_clock).collect();
        let except = self
            .props("EXDATE")
            .flat_map(|p| dates(p, person))
            .collect();
        let meeting = Meeting {
            zone,
            start: wall,
            length: end - first,
            rule,
            more,
            except,
        };
        (Reading::Busy, Some(meeting))
    }
}

impl Meeting {
    /// Leaves out the occurrences that start at `replaced`.
    pub fn except(&mut self, replaced: DateTime<Utc>) {
        self.except.push(replaced);
    }

    pub fn recurs(&self) -> bool {
        self.rule.is_some()
    }

    /// Whether it may still make the person busy after `since`.
    pub fn may_happen_after(&self, since: DateTime<Utc>) -> bool {
        if let Some(rule) = &self.rule {
            let until = rule
                .get_rrule()
                .iter()
                .map(|r| r.get_until().copied())
                .next()
                .flatten();
            return until.is_none_or(|u| instant(self.zone, u.naive_utc()) + self.length > since);
        }
        std::iter::once(self.start)
            .chain(self.more.iter().copied())
            .any(|wall| instant(self.zone, wall) + self.length > since)
    }

    /// Each time it makes the person busy within `from..to`.
    pub fn during(&self, from: DateTime<Utc>, to: DateTime<Utc>, out: &mut Vec<Stretch>) {
        let mut take = |wall: NaiveDateTime| {
            let start = instant(self.zone, wall);
            let end = start + self.length;
            if start < to && end > from && !self.except.contains(&start) {
                out.push(Stretch { start, end });
            }
        };
        take(self.start);
        self.more.iter().copied().for_each(&mut take);
        let Some(rule) = &self.rule else { return };
        let first = (from - self.length - MARGIN)
            .with_timezone(&self.zone)
            .naive_local();
        let last = (to + MARGIN).with_timezone(&self.zone).naive_local();
        for at in rule.into_iter().map(|at| at.naive_utc()) {
            if at > last {
                break;
            }
            if at >= first && at != self.start {
                take(at);
            }
        }
    }
}

/// The instant `wall` on `zone`'s clock happens (a time in a DST gap moves past it).
fn instant(zone: Zone, wall: NaiveDateTime) -> DateTime<Utc> {
    local_instant(zone, wall.date(), wall.time())
}

fn param<'p>(p: &'p Property, name: &str) -> Option<&'p str> {
    p.params
        .iter()
        .find(|q| q.key.as_str().eq_ignore_ascii_case(name))
        .and_then(|q| q.val.as_ref())
        .map(|v| v.as_str().trim_matches('"'))
}

pub(super) fn address(value: &str) -> String {
    let value = value.trim();
    let bare = value
        .get(..7)
        .filter(|p| p.eq_ignore_ascii_case("mailto:"))
        .map_or(value, |_| &value[7..]);
    bare.to_lowercase()
}

fn is_date(p: &Property) -> bool {
    param(p, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE"))
        || p.val.as_str().trim().len() == 8
}

/// A DATE-TIME property's time on its own zone's clock, and that zone: UTC for a
/// `Z` time, its TZID's zone, else (a floating time, or a zone Aloud does not
/// know) the person's.
fn wall_time(p: &Property, person: Zone) -> Option<(NaiveDateTime, Zone)> {
    let (wall, utc) = date_time(p.val.as_str())?;
    let zone = if utc {
        Zone::UTC
    } else {
        param(p, "TZID")
            .and_then(super::zones::zone_named)
            .map_or(person, Zone::from)
    };
    Some((wall, zone))
}

/// Every instant a multi-valued property (EXDATE, RDATE) lists.
fn dates(p: &Property, person: Zone) -> Vec<DateTime<Utc>> {
    let zone = param(p, "TZID")
        .and_then(super::zones::zone_named)
        .map_or(person, Zone::from);
    p.val
        .as_str()
        .split(',')
        .filter_map(date_time)
        .map(|(wall, utc)| {
            if utc {
                wall.and_utc()
            } else {
                instant(zone, wall)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_lose_mailto_and_case() {
        assert_eq!(address("mailto:Ada@Example.org"), "ada@example.org");
        assert_eq!(address("MAILTO:ada@example.org"), "ada@example.org");
    }
}
