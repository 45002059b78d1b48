//! Starting the tray app: the single instance, the history, the tray icon, and the
//! engine, which then owns the main thread until "Quit". The one place that puts
//! the platform's parts (`platform::native`) together.
use crate::dashboard::{Launcher, Panel};
use crate::events::{Event, Inbox};
use crate::on_screen::OnScreen;
use crate::platform::native::{self, Claim};
use crate::platform::NotificationServer;
use crate::{engine, handler, notify, plain, presence, view, Shared};
use aloud_core::i18n::Catalogue;
use aloud_core::settings::Settings;
use std::path::Path;
use std::sync::Arc;

/// Runs the tray app until "Quit". `autostarted` (login) and a manual start behave
/// the same way today: both start silently in the tray.
pub fn run(data_dir: &Path, _autostarted: bool) -> i32 {
    // First, so a second launch hands over before anything else starts.
    let instance = match native::claim() {
        Ok(Claim::First(instance)) => Some(instance),
        Ok(Claim::Running) => return 0,
        Err(e) => {
            aloud_app::report!("aloud: no session bus ({e}); a second launch will not be noticed");
            None
        }
    };
    let (tracker, recovery) = match aloud_app::environment::open_tracker_recovering(data_dir) {
        Ok(opened) => opened,
        Err(e) => {
            // Started from a menu or at login, nobody reads stderr: say it on screen.
            aloud_app::report!("aloud: {e}");
            plain::cannot_start(Catalogue::for_setting(None), &e.to_string());
            return 1;
        }
    };
    let (wake, poke) = match native::wake(data_dir) {
        Ok(w) => w,
        Err(e) => {
            aloud_app::report!("aloud: could not set up reminders: {e}");
            return 1;
        }
    };
    let first_run = tracker.is_first_run() && recovery.is_none();
    let recovered = recovery.map(|r| r.message());
    let opener = native::opener();
    let launcher = Launcher::new(data_dir.to_path_buf(), recovered.clone(), opener.clone());
    let away_after = tracker.settings().map(|s| s.away_after());
    let away_after = away_after.unwrap_or_else(|_| Settings::default().away_after());
    let inbox = Arc::new(Inbox::new(poke.clone()));
    let presence = presence::Watch::new(inbox.clone(), away_after);
    let shared = Arc::new(Shared::new(
        tracker,
        inbox.clone(),
        poke,
        launcher,
        opener,
        presence.clone(),
    ));
    // Nothing seen yet: an earlier run's record must not stand for this one's.
    handler::handle(&shared, None, Event::PresenceChanged);
    handler::handle(&shared, None, Event::BusyChanged);
    if let Some(instance) = &instance {
        instance.serve(inbox.clone(), presence, shared.settled.clone());
        match native::notifications(instance) {
            Ok(server) => listen_to_notifications(&shared, server, data_dir),
            Err(e) => aloud_app::report!("aloud: cannot listen to notifications: {e}"),
        }
    }
    let tray_shown = native::shows_tray_icons();
    let view = view::current(&shared);
    let tray = native::tray(inbox, view.clone())
        .inspect_err(|e| aloud_app::report!("aloud: could not show the tray icon: {e}"))
        .ok()
        .map(|icon| (icon, view));
    // After the icon: finding the desktop's presence sources takes a few round
    // trips on two buses and the X server, which the icon need not wait for.
    shared
        .presence
        .discover(native::presence_sources(instance.as_ref()));
    shared
        .busy
        .discover(native::busy_sources(instance.as_ref()));
    if let Some(message) = &recovered {
        plain::restored(shared.catalogue(), message);
    }
    // The first run welcomes; without a tray the dashboard is the way in.
    if first_run {
        shared.dashboard.open(Panel::Welcome);
    } else if recovered.is_some() || !tray_shown {
        shared.dashboard.open(Panel::Today);
    }
    engine::run(shared, wake, tray);
    1
}

/// Answers to reminders arrive on a thread of their own, listening before anything is
/// shown.
fn listen_to_notifications(
    shared: &Arc<Shared>,
    server: Arc<dyn NotificationServer>,
    data_dir: &Path,
) {
    let record = data_dir.join("notifications-on-screen");
    let on_screen = Arc::new(OnScreen::new(server, record));
    let _ = shared.on_screen.set(on_screen.clone());
    // What an earlier run left on screen: still wanted, it is shown again in its
    // place, now answerable here; settled meanwhile, it is taken down.
    for (id, reminder) in on_screen.left_by_last_run() {
        let (habit, date) = (&reminder.due.habit, reminder.due.date);
        if shared
            .with(|t| t.reminder_wanted(habit, date))
            .unwrap_or(false)
        {
            on_screen.adopt(&reminder, id);
            notify::remind(shared, reminder);
        } else {
            on_screen.close(id);
        }
    }
    let shared = shared.clone();
    let spawned = std::thread::Builder::new()
        .name("notifications".into())
        .spawn(move || {
            on_screen.listen(|subject, key| {
                shared.send(Event::Answered {
                    subject,
                    key: key.to_string(),
                })
            })
        });
    if let Err(e) = spawned {
        aloud_app::report!("aloud: cannot listen to notifications: {e}");
    }
}
