//! Reminders that wait while the person is busy, with a fake clock: a meeting of a
//! named calendar, the desktop's Do Not Disturb, a full-screen window. They follow
//! the presence rules: held, shown once when it ends, missed past the latest time.
//! Defaults: Describe 08:30 (07:30Z in Berlin's winter), Interact 12:00.
use super::*;
use crate::busy::{BusyReason, DesktopBusy, Problem};
use crate::clock::FakeClock;
use crate::error::ErrorKind;
use crate::presence::Presence::{self, Away, Present};
use crate::schedule::Timeliness;
use crate::testing::{fired, utc};
use chrono::Duration;
use std::path::{Path, PathBuf};

struct World {
    dir: tempfile::TempDir,
    t: Tracker,
    clock: Arc<FakeClock>,
}

/// Berlin, habits added the day before; the engine first ran at `now`.
fn world(now: &str) -> World {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FakeClock::new(utc(now) - Duration::days(1)));
    let zone: crate::zone::Zone = "Europe/Berlin".parse().unwrap();
    let mut t = Tracker::open(dir.path(), clock.clone(), zone).unwrap();
    clock.set(utc(now));
    t.plan_reminders(None, Present).unwrap();
    World { dir, t, clock }
}

impl World {
    /// One engine pass at `at`, seen last at the clock's time before it.
    fn pass(&mut self, at: &str, presence: Presence) -> Plan {
        let seen = self.clock.now();
        self.clock.set(utc(at));
        self.t.plan_reminders(Some(seen), presence).unwrap()
    }

    /// Writes a calendar file of `events` (UTC times) and names it.
    fn calendar(&mut self, events: &[(&str, &str)]) -> PathBuf {
        let path = self.dir.path().join("work.ics");
        write_calendar(&path, events);
        self.t.add_calendar(path.to_str().unwrap()).unwrap();
        path
    }
}

fn write_calendar(path: &Path, events: &[(&str, &str)]) {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    for (i, (start, end)) in events.iter().enumerate() {
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:m{i}\r\nDTSTART:{start}\r\nDTEND:{end}\r\nEND:VEVENT\r\n"
        ));
    }
    text.push_str("END:VCALENDAR\r\n");
    std::fs::write(path, text).unwrap();
}

#[test]
fn a_reminder_due_in_a_meeting_waits_for_its_end_and_says_so() {
    let mut w = world("2026-11-25T07:00:00Z"); // Wed 08:00 in Berlin
                                               // 08:15–09:00 and 09:00–09:20 local: back to back, one busy stretch.
    w.calendar(&[
        ("20261125T071500Z", "20261125T080000Z"),
        ("20261125T080000Z", "20261125T082000Z"),
    ]);
    let busy = w.t.status().unwrap().busy;
    assert!(!busy.now, "before the meeting");
    let plan = w.pass("2026-11-25T07:30:00Z", Present);
    assert!(plan.fire.is_empty(), "nothing lands in the meeting");
    assert_eq!(plan.held.len(), 1);
    // The engine looks again when the meetings end, not before and not periodically.
    assert_eq!(plan.wake_at(), Some(utc("2026-11-25T08:20:00Z")));
    let busy = w.t.status().unwrap().busy;
    assert_eq!(busy.reasons, [BusyReason::Meeting]);
    assert_eq!(busy.until, Some(utc("2026-11-25T08:20:00Z")));
    assert_eq!(w.t.status().unwrap().held.len(), 1);

    let plan = w.pass("2026-11-25T08:00:00Z", Present);
    assert!(plan.fire.is_empty(), "the second meeting goes on");
    let plan = w.pass("2026-11-25T08:20:00Z", Present);
    assert_eq!(fired(&plan), [("describe", Timeliness::AfterMeeting)]);
    assert!(plan.held.is_empty() && plan.meeting_ends.is_none());
    let plan = w.pass("2026-11-25T08:21:00Z", Present);
    assert!(plan.fire.is_empty(), "shown once");
}

#[test]
fn a_meeting_past_the_latest_time_makes_it_missed() {
    let mut w = world("2026-11-25T07:00:00Z");
    // 08:00–11:00 local: longer than Describe's two-hour window after 08:30.
    w.calendar(&[("20261125T070000Z", "20261125T100000Z")]);
    let plan = w.pass("2026-11-25T07:30:00Z", Present);
    assert_eq!(plan.held[0].until, utc("2026-11-25T09:30:00Z"));
    assert_eq!(plan.wake_at(), Some(utc("2026-11-25T09:30:00Z")));
    let plan = w.pass("2026-11-25T09:30:00Z", Present);
    assert!(plan.fire.is_empty() && plan.held.is_empty());
    let plan = w.pass("2026-11-25T10:00:00Z", Present);
    assert!(plan.fire.is_empty(), "missed, not shown after the meeting");
}

#[test]
fn busy_then_away_then_back_is_shown_once_on_return() {
    let mut w = world("2026-11-25T07:00:00Z");
    w.calendar(&[("20261125T072000Z", "20261125T080000Z")]);
    assert!(w.pass("2026-11-25T07:30:00Z", Present).fire.is_empty());
    // The meeting ends while the person is away: it now waits for them.
    let plan = w.pass("2026-11-25T08:00:00Z", Away);
    assert!(plan.fire.is_empty());
    assert_eq!(plan.held.len(), 1);
    let plan = w.pass("2026-11-25T08:30:00Z", Present);
    assert_eq!(fired(&plan), [("describe", Timeliness::Waited)]);
}

#[test]
fn do_not_disturb_and_full_screen_hold_until_they_end() {
    let mut w = world("2026-11-25T07:00:00Z");
    let quiet = DesktopBusy {
        do_not_disturb: Some(false),
        full_screen: Some(false),
    };
    let dnd = DesktopBusy {
        do_not_disturb: Some(true),
        ..quiet
    };
    w.t.note_busy(dnd, &["dunst", "X11"]).unwrap();
    let plan = w.pass("2026-11-25T07:30:00Z", Present);
    assert!(plan.fire.is_empty());
    assert_eq!(plan.meeting_ends, None, "Do Not Disturb's end is an event");
    assert_eq!(
        plan.wake_at(),
        Some(utc("2026-11-25T09:30:00Z")),
        "its expiry"
    );
    w.t.note_busy(quiet, &["dunst", "X11"]).unwrap();
    let plan = w.pass("2026-11-25T07:40:00Z", Present);
    assert_eq!(fired(&plan), [("describe", Timeliness::AfterDoNotDisturb)]);

    let full = DesktopBusy {
        full_screen: Some(true),
        ..quiet
    };
    w.t.note_busy(full, &["X11"]).unwrap();
    let plan = w.pass("2026-11-25T11:00:00Z", Present);
    assert!(
        plan.fire.is_empty() && plan.held.len() == 1,
        "Interact, 12:00"
    );
    // The person turns full screen off as a source: held ones go.
    w.t.set_setting("busy_full_screen", "off").unwrap();
    let plan = w.pass("2026-11-25T11:01:00Z", Present);
    assert_eq!(fired(&plan), [("interact", Timeliness::AfterFullScreen)]);
}

#[test]
fn a_calendar_edited_while_running_holds_the_next_reminder() {
    let mut w = world("2026-11-25T07:00:00Z");
    let path = w.calendar(&[("20261125T150000Z", "20261125T160000Z")]);
    assert!(!w.t.busy().unwrap().now);
    assert_eq!(
        w.t.next_meeting().unwrap().map(|s| s.start),
        Some(utc("2026-11-25T15:00:00Z"))
    );
    // A meeting added now, around Describe's 08:30.
    write_calendar(
        &path,
        &[
            ("20261125T150000Z", "20261125T160000Z"),
            ("20261125T070000Z", "20261125T074500Z"),
        ],
    );
    let plan = w.pass("2026-11-25T07:30:00Z", Present);
    assert!(plan.fire.is_empty(), "the edit counts without a restart");
    assert_eq!(plan.meeting_ends, Some(utc("2026-11-25T07:45:00Z")));
    // The file disappears: reported, and reminders go on.
    std::fs::remove_file(&path).unwrap();
    let plan = w.pass("2026-11-25T07:31:00Z", Present);
    assert_eq!(fired(&plan), [("describe", Timeliness::AfterMeeting)]);
    let views = w.t.calendars().unwrap();
    assert_eq!(views[0].problem, Some(Problem::Missing));
    assert!(views[0]
        .problem_text
        .as_deref()
        .unwrap()
        .contains("not there"));
}

#[test]
fn calendars_that_do_not_read_are_refused_with_a_reason_and_nothing_stored() {
    let mut w = world("2026-11-25T07:00:00Z");
    let dir = w.dir.path().to_path_buf();
    let refuse = |t: &mut Tracker, path: &str, says: &str| {
        let e = t.add_calendar(path).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Invalid, "{path}");
        assert!(e.to_string().contains(says), "{path}: {e}");
        assert!(t.calendars().unwrap().is_empty());
    };
    refuse(&mut w.t, "work.ics", "full path");
    refuse(&mut w.t, "", "full path");
    let missing = dir.join("nowhere.ics");
    refuse(&mut w.t, missing.to_str().unwrap(), "not there");
    let text = dir.join("notes.ics");
    std::fs::write(&text, "Dear diary").unwrap();
    refuse(&mut w.t, text.to_str().unwrap(), "BEGIN:VCALENDAR");
    let broken = dir.join("broken.ics");
    std::fs::write(
        &broken,
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026\r\n",
    )
    .unwrap();
    refuse(&mut w.t, broken.to_str().unwrap(), "iCalendar file");
    let huge = dir.join("huge.ics");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(crate::busy::MAX_CALENDAR_BYTES + 1)
        .unwrap();
    refuse(&mut w.t, huge.to_str().unwrap(), "21 MB");
    refuse(&mut w.t, dir.to_str().unwrap(), "cannot be read");

    let path = w.calendar(&[("20261125T150000Z", "20261125T160000Z")]);
    let path = path.to_str().unwrap();
    assert_eq!(w.t.calendars().unwrap()[0].events, Some(1));
    w.t.add_calendar(path).unwrap();
    assert_eq!(w.t.calendars().unwrap().len(), 1, "named once");
    w.t.remove_calendar(path).unwrap();
    assert!(w.t.calendars().unwrap().is_empty());
    let e = w.t.remove_calendar(path).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Invalid);
    assert!(!w.t.busy().unwrap().now);
}

#[test]
fn the_calendar_can_be_turned_off_and_timeliness_names_round_trip() {
    let mut w = world("2026-11-25T07:00:00Z");
    w.calendar(&[("20261125T070000Z", "20261125T080000Z")]);
    w.t.set_setting("busy_calendar", "off").unwrap();
    let plan = w.pass("2026-11-25T07:30:00Z", Present);
    assert_eq!(fired(&plan), [("describe", Timeliness::OnTime)]);
    assert!(!w.t.busy().unwrap().now);
    for t in [
        Timeliness::Waited,
        Timeliness::AfterMeeting,
        Timeliness::AfterDoNotDisturb,
        Timeliness::AfterFullScreen,
    ] {
        assert_eq!(Timeliness::parse(t.name()), Some(t));
        assert!(t.waited());
    }
}
