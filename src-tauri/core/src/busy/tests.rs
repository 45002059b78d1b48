use super::*;
use crate::zone::Zone;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

const BERLIN: Zone = Zone::Named(Tz::Europe__Berlin);

fn ics(events: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{}END:VCALENDAR\r\n",
        events.replace('\n', "\r\n")
    )
}

fn read(events: &str) -> Calendar {
    Calendar::parse(&ics(events), BERLIN, utc("2026-01-01T00:00:00Z")).unwrap()
}

/// The meetings within one day (UTC), joined, as "HH:MM-HH:MM" in UTC.
fn day(calendar: &Calendar, date: &str) -> Vec<String> {
    let from = utc(&format!("{date}T00:00:00Z"));
    let mut out = Vec::new();
    calendar.during(from, from + chrono::Duration::days(1), &mut out);
    joined(out)
        .iter()
        .map(|s| format!("{}-{}", s.start.format("%H:%M"), s.end.format("%H:%M")))
        .collect()
}

const WEEKLY: &str = "BEGIN:VEVENT
UID:weekly-1
DTSTART;TZID=Europe/Berlin:20260302T100000
DTEND;TZID=Europe/Berlin:20260302T110000
RRULE:FREQ=WEEKLY;BYDAY=MO
EXDATE;TZID=Europe/Berlin:20260309T100000
END:VEVENT
BEGIN:VEVENT
UID:weekly-1
RECURRENCE-ID;TZID=Europe/Berlin:20260316T100000
DTSTART;TZID=Europe/Berlin:20260316T143000
DTEND;TZID=Europe/Berlin:20260316T150000
END:VEVENT
";

#[test]
fn a_weekly_meeting_with_an_exception_and_a_moved_occurrence() {
    let c = read(WEEKLY);
    assert_eq!(c.events, 2);
    assert_eq!(day(&c, "2026-03-02"), ["09:00-10:00"], "Berlin is UTC+1");
    assert_eq!(day(&c, "2026-03-09"), Vec::<String>::new(), "EXDATE");
    assert_eq!(day(&c, "2026-03-16"), ["13:30-14:00"], "moved, not doubled");
    assert_eq!(day(&c, "2026-03-17"), Vec::<String>::new(), "a Tuesday");
}

#[test]
fn a_weekly_meeting_keeps_its_local_time_across_the_dst_change() {
    let c = read(WEEKLY);
    // Berlin moves to summer time on 2026-03-29: 10:00 local is 08:00Z from then.
    assert_eq!(day(&c, "2026-03-23"), ["09:00-10:00"]);
    assert_eq!(day(&c, "2026-03-30"), ["08:00-09:00"]);
    // A meeting across the change itself, on the night of it (01:30–03:30 local
    // is 00:30Z–01:30Z: one hour long that night).
    let night = read(
        "BEGIN:VEVENT
UID:night
DTSTART;TZID=Europe/Berlin:20260329T013000
DTEND;TZID=Europe/Berlin:20260329T033000
END:VEVENT
",
    );
    assert_eq!(day(&night, "2026-03-29"), ["00:30-01:30"]);
}

#[test]
fn declined_all_day_free_and_cancelled_events_leave_the_person_free() {
    let c = read(
        "BEGIN:VEVENT
UID:a
DTSTART:20260302T080000Z
DTEND:20260302T090000Z
ORGANIZER:mailto:boss@example.org
ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.org
END:VEVENT
BEGIN:VEVENT
UID:b
DTSTART:20260302T100000Z
DTEND:20260302T110000Z
ORGANIZER:mailto:other@example.org
ATTENDEE;CN=\"Me: myself\";PARTSTAT=DECLINED:mailto:Me@Example.org
END:VEVENT
BEGIN:VEVENT
UID:c
DTSTART:20260302T120000Z
DTEND:20260302T130000Z
ORGANIZER:mailto:me@example.org
ATTENDEE;PARTSTAT=DECLINED:mailto:guest@example.org
ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.org
END:VEVENT
BEGIN:VEVENT
UID:d
DTSTART;VALUE=DATE:20260302
DTEND;VALUE=DATE:20260303
END:VEVENT
BEGIN:VEVENT
UID:e
DTSTART:20260302T140000Z
DTEND:20260302T150000Z
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:f
DTSTART:20260302T150000Z
DURATION:PT30M
STATUS:CANCELLED
END:VEVENT
BEGIN:VEVENT
UID:g
DTSTART:20260302T160000Z
DURATION:PT30M
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
",
    );
    // Only the accepted meeting and the one a guest declined keep the person busy.
    assert_eq!(day(&c, "2026-03-02"), ["08:00-09:00", "12:00-13:00"]);
}

#[test]
fn zones_durations_floating_times_and_back_to_back_meetings() {
    let c = read(
        "BEGIN:VEVENT
UID:a
DTSTART;TZID=W. Europe Standard Time:20260302T090000
DURATION:PT1H
END:VEVENT
BEGIN:VEVENT
UID:b
DTSTART:20260302T110000
DTEND:20260302T113000
END:VEVENT
BEGIN:VEVENT
UID:c
DTSTART;TZID=America/New_York:20260302T053000
DTEND;TZID=America/New_York:20260302T060000
END:VEVENT
",
    );
    // 09:00–10:00 Berlin, 11:00–11:30 floating (the person's Berlin), and
    // 05:30–06:00 New York (10:30–11:00Z) join into one stretch from 10:00Z.
    assert_eq!(day(&c, "2026-03-02"), ["08:00-09:00", "10:00-11:00"]);
}

#[test]
fn until_counts_and_daily_rules_end_where_they_say() {
    let c = read(
        "BEGIN:VEVENT
UID:standup
DTSTART;TZID=Europe/Berlin:20260302T093000
DTEND;TZID=Europe/Berlin:20260302T094500
RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20260305T083000Z
END:VEVENT
BEGIN:VEVENT
UID:review
DTSTART:20260302T150000Z
DTEND:20260302T160000Z
RRULE:FREQ=DAILY;COUNT=2
END:VEVENT
",
    );
    assert_eq!(
        day(&c, "2026-03-05"),
        ["08:30-08:45"],
        "UNTIL is the last one"
    );
    assert_eq!(day(&c, "2026-03-06"), Vec::<String>::new());
    assert_eq!(day(&c, "2026-03-03"), ["08:30-08:45", "15:00-16:00"]);
    assert_eq!(day(&c, "2026-03-04"), ["08:30-08:45"], "COUNT=2 is over");
}

#[test]
fn what_is_not_a_calendar_is_refused_with_where_it_broke() {
    let since = utc("2026-01-01T00:00:00Z");
    assert_eq!(
        Calendar::parse("hello", BERLIN, since).unwrap_err(),
        Malformed::NotACalendar
    );
    let broken = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260302T080000Z\r\n";
    assert!(matches!(
        Calendar::parse(broken, BERLIN, since),
        Err(Malformed::At(_))
    ));
    // An event with times that cannot be read is left out and counted.
    let c = read("BEGIN:VEVENT\nUID:x\nDTSTART:next monday at nine\nEND:VEVENT\n");
    assert_eq!((c.events, c.unreadable), (0, 1));
}

#[test]
fn busy_says_why_and_until_when_only_a_meeting_holds() {
    let all = BusySources {
        do_not_disturb: true,
        full_screen: true,
        calendar: true,
    };
    let meeting = Stretch {
        start: utc("2026-03-02T09:00:00Z"),
        end: utc("2026-03-02T10:00:00Z"),
    };
    let quiet = DesktopBusy {
        do_not_disturb: Some(false),
        full_screen: Some(false),
    };
    let b = Busy::of(quiet, Some(meeting), all);
    assert_eq!((b.now, b.until), (true, Some(meeting.end)));
    assert_eq!(b.reasons, [BusyReason::Meeting]);
    let dnd = DesktopBusy {
        do_not_disturb: Some(true),
        ..quiet
    };
    let b = Busy::of(dnd, Some(meeting), all);
    assert_eq!(b.reasons, [BusyReason::Meeting, BusyReason::DoNotDisturb]);
    assert_eq!(b.until, None, "Do Not Disturb's end is not known");
    let off = BusySources {
        do_not_disturb: false,
        ..all
    };
    assert_eq!(Busy::of(dnd, None, off), Busy::free());
}
