//! Whether the person is busy: what the running tray app records of the desktop
//! (Do Not Disturb, a full-screen window), and the meetings of the calendar files
//! they named, read here. The record counts for others only while the tray app
//! holds its lease, as presence does.
use super::Tracker;
use crate::busy::{self, Busy, DesktopBusy, Problem, Stretch, MAX_CALENDARS};
use crate::error::{CoreError, Result};
use crate::i18n::{key, Said, Value};
use crate::store::{self, lease};
use crate::zone::start_of_day;
use chrono::Duration;
use serde::Serialize;
use std::path::{Path, PathBuf};

const DESKTOP_BUSY: &str = "busy-desktop";
const BUSY_SOURCES: &str = "busy-sources";
/// A path longer than this is not one a person typed.
const PATH_MAX: usize = 4096;

/// One named calendar as it reads now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalendarView {
    pub path: String,
    /// Busy events it has; `None` while it cannot be read.
    pub events: Option<usize>,
    /// Events left out because their times could not be read.
    pub unreadable: usize,
    pub problem: Option<Problem>,
    /// The problem in the person's words.
    pub problem_text: Option<String>,
}

impl Tracker {
    /// Records what the tray app sees of the desktop's busy sources now, and which
    /// sources this desktop has (call it only while holding the lease).
    pub fn note_busy(&mut self, desktop: DesktopBusy, sources: &[&str]) -> Result<()> {
        let said = |v: Option<bool>| match v {
            Some(true) => "on",
            Some(false) => "off",
            None => "-",
        };
        let text = format!(
            "{} {}",
            said(desktop.do_not_disturb),
            said(desktop.full_screen)
        );
        self.store.write(|conn| {
            store::put_app_state(conn, DESKTOP_BUSY, &text)?;
            store::put_app_state(conn, BUSY_SOURCES, &sources.join("\n"))
        })
    }

    /// What the desktop's busy sources said when last recorded.
    fn desktop_busy(&self) -> Result<DesktopBusy> {
        let text = store::app_state(self.store.read(), DESKTOP_BUSY)?.unwrap_or_default();
        let mut words = text.split(' ').map(|w| match w {
            "on" => Some(true),
            "off" => Some(false),
            _ => None,
        });
        Ok(DesktopBusy {
            do_not_disturb: words.next().flatten(),
            full_screen: words.next().flatten(),
        })
    }

    /// The busy sources the running tray app has on this desktop; none when no
    /// tray app runs.
    pub fn busy_sources_seen(&self) -> Result<Vec<String>> {
        if !lease::held(self.data_dir()) {
            return Ok(Vec::new());
        }
        Ok(store::app_state(self.store.read(), BUSY_SOURCES)?
            .map(|s| s.lines().map(String::from).collect())
            .unwrap_or_default())
    }

    /// Whether the person is busy now, as `aloud status` and the dashboard tell it:
    /// the desktop counts only while the tray app runs.
    pub fn busy(&self) -> Result<Busy> {
        let desktop = if lease::held(self.data_dir()) {
            self.desktop_busy()?
        } else {
            DesktopBusy::default()
        };
        self.busy_with(desktop)
    }

    /// Whether the person is busy now, for the reminder engine (run by the tray
    /// app, which wrote the desktop's record itself).
    pub(super) fn busy_for_reminders(&self) -> Result<Busy> {
        self.busy_with(self.desktop_busy()?)
    }

    fn busy_with(&self, desktop: DesktopBusy) -> Result<Busy> {
        let settings = self.settings()?;
        let now = self.now();
        let meeting = match settings.busy_calendar {
            true => busy::at(&self.meetings_today()?, now),
            false => None,
        };
        Ok(Busy::of(desktop, meeting, settings.busy_sources()))
    }

    /// Today's meetings (and tonight's, to tomorrow's end) from every calendar
    /// that reads, back-to-back ones joined.
    pub fn meetings_today(&self) -> Result<Vec<Stretch>> {
        let paths = self.calendar_paths()?;
        let from = start_of_day(self.tz, self.today());
        let to = start_of_day(self.tz, self.today() + Duration::days(2));
        let mut files = self.calendars.lock().unwrap_or_else(|e| e.into_inner());
        files.keep_only(&paths);
        let mut all = Vec::new();
        for path in &paths {
            // A calendar that does not read holds nothing; Settings says why.
            all.extend(files.during(path, self.tz, from, to).unwrap_or_default());
        }
        Ok(busy::joined(all))
    }

    /// The next busy stretch of today that has not ended.
    pub fn next_meeting(&self) -> Result<Option<Stretch>> {
        let now = self.now();
        let tomorrow = start_of_day(self.tz, self.today() + Duration::days(1));
        Ok(self
            .meetings_today()?
            .into_iter()
            .find(|s| s.end > now && s.start < tomorrow))
    }

    /// The calendar files named, for the tray app to watch.
    pub fn calendar_paths(&self) -> Result<Vec<PathBuf>> {
        store::calendars(self.store.read())
    }

    /// Every named calendar, and how it reads now.
    pub fn calendars(&self) -> Result<Vec<CalendarView>> {
        let paths = self.calendar_paths()?;
        paths.iter().map(|p| self.calendar_view(p)).collect()
    }

    fn calendar_view(&self, path: &Path) -> Result<CalendarView> {
        let since = start_of_day(self.tz, self.today());
        let mut files = self.calendars.lock().unwrap_or_else(|e| e.into_inner());
        let read = files.read(path, self.tz, since);
        let c = self.catalogue()?;
        Ok(CalendarView {
            path: path.display().to_string(),
            events: read.as_ref().ok().map(|c| c.events),
            unreadable: read.as_ref().map_or(0, |c| c.unreadable),
            problem_text: read.as_ref().err().map(|p| said(p).in_language(c)),
            problem: read.err(),
        })
    }

    /// Names a calendar file, whose meetings then hold reminders. It must be an
    /// absolute path to a calendar that reads; naming it again changes nothing.
    pub fn add_calendar(&mut self, path: &str) -> Result<CalendarView> {
        let path = calendar_path(path)?;
        let named = self.calendar_paths()?;
        if !named.contains(&path) && named.len() >= MAX_CALENDARS {
            return Err(CoreError::said(
                "error-calendars-full",
                vec![("max", MAX_CALENDARS.into())],
            ));
        }
        let view = self.calendar_view(&path)?;
        if let Some(problem) = &view.problem {
            return Err(CoreError::said(
                "error-calendar",
                vec![
                    ("path", view.path.clone().into()),
                    ("problem", Value::Said(Box::new(said(problem)))),
                ],
            ));
        }
        let (text, now) = (view.path.clone(), self.now());
        self.store
            .write(|conn| store::add_calendar(conn, &text, now))?;
        Ok(view)
    }

    /// Forgets a calendar file (the file itself is left alone).
    pub fn remove_calendar(&mut self, path: &str) -> Result<()> {
        let path = calendar_path(path)?;
        let text = path.display().to_string();
        if !self
            .store
            .write(|conn| store::remove_calendar(conn, &text))?
        {
            return Err(CoreError::said(
                "error-calendar-not-named",
                vec![("path", text.into())],
            ));
        }
        Ok(())
    }
}

/// A calendar's path as given: absolute, no longer than a path can be.
fn calendar_path(path: &str) -> Result<PathBuf> {
    let refuse = || CoreError::said("error-calendar-path", vec![("path", path.into())]);
    if path.is_empty() || path.len() > PATH_MAX || path.contains('\0') {
        return Err(refuse());
    }
    let path = PathBuf::from(path);
    if !path.is_absolute() {
        return Err(refuse());
    }
    Ok(path)
}

/// A calendar's problem in the catalogue's words.
fn said(problem: &Problem) -> Said {
    match problem {
        Problem::Missing => Said::new(key("calendar-missing"), vec![]),
        Problem::Unreadable { reason } => Said::new(
            key("calendar-unreadable"),
            vec![("reason", reason.clone().into())],
        ),
        Problem::TooBig { bytes } => Said::new(
            key("calendar-too-big"),
            vec![
                ("size", bytes.div_ceil(1_048_576).into()),
                ("max", (busy::MAX_CALENDAR_BYTES / 1_048_576).into()),
            ],
        ),
        Problem::NotACalendar => Said::new(key("calendar-not-a-calendar"), vec![]),
        Problem::Malformed { line: Some(line) } => {
            Said::new(key("calendar-malformed-at"), vec![("line", (*line).into())])
        }
        Problem::Malformed { line: None } => Said::new(key("calendar-malformed"), vec![]),
    }
}
