//! `aloud calendars` and `aloud config calendar add|remove`: the calendar files
//! whose meetings hold reminders.
use super::args::CalendarCommand;
use super::output::{say, show};
use aloud_core::busy::{Busy, BusyReason, Stretch};
use aloud_core::i18n::{hh_mm, key, Args, Catalogue};
use aloud_core::tracker::CalendarView;
use aloud_core::zone::Zone;
use aloud_core::{CoreError, Result, Tracker};
use serde::Serialize;
use std::path::Path;

#[derive(Serialize)]
struct Calendars {
    calendars: Vec<CalendarView>,
    /// The next meeting of today that has not ended.
    next_meeting: Option<Stretch>,
    busy: Busy,
    /// The desktop's busy sources the running tray app has.
    sources: Vec<String>,
}

pub fn list(c: &Catalogue, t: &Tracker, json: bool) -> Result<()> {
    let view = Calendars {
        calendars: t.calendars()?,
        next_meeting: t.next_meeting()?,
        busy: t.busy()?,
        sources: t.busy_sources_seen()?,
    };
    show(json, &view, |v| words(c, t.tz(), v))
}

pub fn change(c: &Catalogue, t: &mut Tracker, command: CalendarCommand) -> Result<()> {
    match command {
        CalendarCommand::Add(a) => {
            let added = t.add_calendar(&path_text(&a.path)?)?;
            let args = Args::new()
                .str("path", added.path)
                .num("events", added.events.unwrap_or(0) as u32);
            say(&c.msg_with("cli-calendar-added", &args))
        }
        CalendarCommand::Remove(a) => {
            let path = path_text(&a.path)?;
            t.remove_calendar(&path)?;
            say(&c.msg_with("cli-calendar-removed", &Args::new().str("path", path)))
        }
    }
}

/// The path as the core stores it: absolute (a relative one is taken from here).
fn path_text(path: &Path) -> Result<String> {
    let refuse = || {
        CoreError::said(
            "error-calendar-path",
            vec![("path", path.display().to_string().into())],
        )
    };
    let absolute = std::path::absolute(path).map_err(|_| refuse())?;
    absolute.to_str().map(String::from).ok_or_else(refuse)
}

fn words(c: &Catalogue, zone: Zone, v: &Calendars) -> String {
    let local = |at: chrono::DateTime<chrono::Utc>| hh_mm(&at.with_timezone(&zone));
    let mut lines = Vec::new();
    if v.calendars.is_empty() {
        lines.push(c.msg("cli-calendars-none"));
    }
    for cal in &v.calendars {
        let args = Args::new().str("path", cal.path.as_str());
        lines.push(match (&cal.problem_text, cal.events) {
            (Some(problem), _) => c.msg_with(
                "cli-calendar-problem",
                &args.str("problem", problem.as_str()),
            ),
            (None, events) => c.msg_with(
                "cli-calendar-reads",
                &args
                    .num("events", events.unwrap_or(0) as u32)
                    .num("unreadable", cal.unreadable as u32),
            ),
        });
    }
    if let Some(next) = v.next_meeting {
        let args = Args::new()
            .str("start", local(next.start))
            .str("end", local(next.end));
        lines.push(c.msg_with("cli-calendars-next", &args));
    }
    lines.push(busy_line(c, zone, &v.busy));
    lines.join("\n")
}

/// "Busy until 10:20 (in a meeting): reminders wait." or "Not busy now."
pub fn busy_line(c: &Catalogue, zone: Zone, busy: &Busy) -> String {
    if !busy.now {
        return c.msg("busy-free");
    }
    let reasons: Vec<String> = busy.reasons.iter().map(|r| c.msg(reason_key(*r))).collect();
    let args = Args::new().str("reasons", reasons.join(", "));
    match busy.until {
        Some(until) => c.msg_with(
            "busy-until",
            &args.str("time", hh_mm(&until.with_timezone(&zone))),
        ),
        None => c.msg_with("busy-now", &args),
    }
}

fn reason_key(reason: BusyReason) -> &'static str {
    match reason {
        BusyReason::Meeting => key("busy-meeting"),
        BusyReason::DoNotDisturb => key("busy-do-not-disturb"),
        BusyReason::FullScreen => key("busy-full-screen"),
    }
}
