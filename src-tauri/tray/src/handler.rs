//! The one place that acts on an `Event`: it asks the core, then leaves the drawing
//! to the engine's pass that follows (the tray, the notifications to take down).
//! A menu click is followed from here to the database in one function per event.
use crate::events::Event;
use crate::menu_model::Action;
use crate::notify::{self, DEFAULT, DONE, FINISH, MORE, OPEN_MINDSETS, SKIP, SNOOZE, START};
use crate::on_screen::Subject;
use crate::platform::TrayIcon;
use crate::state::Origin;
use crate::Shared;
use aloud_app::autostart;
use aloud_app::panel::Panel;
use aloud_core::model::Source;
use aloud_core::schedule::Reminder;
use aloud_core::tracker::LogRequest;
use aloud_core::Tracker;
use chrono::Duration;

pub fn handle(shared: &Shared, tray: Option<&dyn TrayIcon>, event: Event) {
    match event {
        Event::Menu(Action::Quit) => quit(shared, tray),
        Event::Menu(action) => {
            if let Err(message) = menu(shared, &action) {
                notify::problem(shared, Origin::Action, &message);
            }
        }
        Event::Answered { subject, key } => answered(shared, subject, &key),
        Event::Open(panel) => shared.dashboard.open(panel),
        Event::PresenceChanged => presence_changed(shared),
        Event::BusyChanged => busy_changed(shared),
        // The pass that follows asks the core again and draws.
        Event::Refresh
        | Event::Timer
        | Event::DataChanged
        | Event::CalendarChanged
        | Event::ClockChanged => {}
    }
}

/// Records what the tray sees, for the CLI and the dashboard (`aloud status`), and
/// the day's marks it makes; a source waiting to let the machine sleep is told.
fn presence_changed(shared: &Shared) {
    if shared.records_presence() {
        let presence = shared.presence.presence();
        let sources = shared.presence.sources();
        if let Err(e) = shared.with(|t| t.note_presence(presence, &sources)) {
            aloud_app::report!("aloud: could not record presence: {e}");
        }
    }
    shared.presence.recorded();
}

/// Records what the desktop says of the person being busy: the engine's next pass
/// holds reminders by it, and the CLI and the dashboard tell it.
fn busy_changed(shared: &Shared) {
    let (signals, sources) = (shared.busy.signals(), shared.busy.sources());
    if let Err(e) = shared.with(|t| t.note_busy(signals, &sources)) {
        aloud_app::report!("aloud: could not record Do Not Disturb: {e}");
    }
}

/// A click on the tray menu.
fn menu(shared: &Shared, action: &Action) -> Result<(), String> {
    let open = |panel| {
        shared.dashboard.open(panel);
        Ok(())
    };
    match action {
        Action::OpenDashboard => open(Panel::Today),
        Action::AutomaticityCheck => open(Panel::Review),
        Action::ToggleStartAtLogin => {
            autostart::set_enabled(!autostart::is_enabled()).map_err(|e| {
                let why = aloud_core::i18n::Args::new().str("why", e.to_string());
                shared.catalogue().msg_with("start-at-login-failed", &why)
            })
        }
        Action::StartCheckIn(habit) => {
            crate::checkin::start(shared, habit, Source::Tray);
            Ok(())
        }
        Action::Quit => Ok(()), // handled before: it ends the process
        record => shared
            .write(|t| recorded(t, record))
            .map_err(|e| e.to_string()),
    }
}

/// The menu's writes to the history.
fn recorded(t: &mut Tracker, action: &Action) -> aloud_core::Result<()> {
    match action {
        Action::Log(habit) => t
            .log(&LogRequest {
                habit,
                source: Some(Source::Tray),
                ..Default::default()
            })
            .map(drop),
        Action::Undo(habit) => t.undo(habit, None).map(drop),
        Action::SnoozeHour => t.snooze_all(Duration::hours(1)).map(drop),
        Action::PauseUntilTomorrow => t.pause_until_tomorrow().map(drop),
        Action::Resume => t.resume().map(drop),
        Action::FinishCheckIn => t.finish_checkin(Source::Tray).map(drop),
        Action::CancelCheckIn => t.cancel_checkin().map(drop),
        Action::OpenDashboard
        | Action::AutomaticityCheck
        | Action::ToggleStartAtLogin
        | Action::StartCheckIn(_)
        | Action::Quit => Ok(()),
    }
}

/// "Quit": the dashboards asked to end, the icon withdrawn from the panel, then the
/// process ends.
fn quit(shared: &Shared, tray: Option<&dyn TrayIcon>) {
    shared.dashboard.close_all();
    // The click was answered when it was queued; give the answer time to leave
    // before the tray's connection shuts down.
    std::thread::sleep(std::time::Duration::from_millis(100));
    if let Some(tray) = tray {
        tray.remove();
    }
    std::process::exit(0);
}

/// What the person chose on a notification Aloud showed (it is off screen by now).
fn answered(shared: &Shared, subject: Subject, action: &str) {
    let result = match subject {
        Subject::Reminder(reminder) => answer(shared, &reminder, action),
        Subject::Retake if action == DEFAULT || action == OPEN_MINDSETS => {
            shared.dashboard.open(Panel::Mindsets);
            Ok(())
        }
        Subject::Retake => Ok(()),
        Subject::WrapUp(_) => match action {
            FINISH => shared
                .write(|t| t.finish_checkin(Source::Notification))
                .map(drop),
            MORE => shared.write(|t| t.extend_checkin()).map(drop),
            DEFAULT => {
                shared.dashboard.open(Panel::Today);
                Ok(())
            }
            _ => Ok(()),
        },
    };
    if let Err(e) = result {
        notify::problem(shared, Origin::Action, &e.to_string());
    }
}

fn answer(shared: &Shared, reminder: &Reminder, action: &str) -> aloud_core::Result<()> {
    let habit = reminder.due.habit.as_str();
    let date = reminder.due.date;
    match action {
        DONE => shared
            .write(|t| {
                t.log(&LogRequest {
                    habit,
                    date: Some(date),
                    source: Some(Source::Notification),
                    ..Default::default()
                })
            })
            .map(drop),
        SNOOZE => shared.write(|t| t.snooze(habit, date, None)).map(drop),
        SKIP => shared.write(|t| t.skip(habit, Some(date))).map(drop),
        START => {
            crate::checkin::start(shared, habit, Source::Notification);
            Ok(())
        }
        DEFAULT => {
            shared.dashboard.open(Panel::Today);
            Ok(())
        }
        _ => Ok(()), // closed or dismissed
    }
}
