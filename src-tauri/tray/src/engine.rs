//! The one thread that acts and draws. Each pass handles the events that arrived
//! (`handler`), asks the core what to show and when to wake, shows it, redraws the
//! tray, and sleeps (the platform's `Sleep`) until the next due instant, a data
//! change, a clock or zone change, or a poke (an event sent, or the person coming
//! or going); what woke it is handled as events at the start of the next pass.
use crate::menu_model::View;
use crate::platform::{Sleep, TrayIcon};
use crate::state::Origin;
use crate::view;
use crate::{checkin, events, handler, notify, Shared};
use aloud_app::environment::system_zone;
use aloud_core::zone::start_of_day;
use chrono::{DateTime, Duration, Utc};
use std::sync::Arc;

/// After a failed pass the engine tries again after 10 s, then 20 s, … up to 10 min.
const FIRST_RETRY_SECS: i64 = 10;
const LAST_RETRY_SECS: i64 = 600;
/// The longest the first plan waits for the presence sources to answer.
const DISCOVERY: std::time::Duration = std::time::Duration::from_secs(2);

/// Runs until the wait itself fails (it never does in practice). `tray` and what it
/// shows (none when the icon could not be served) are drawn only from here.
pub fn run(shared: Arc<Shared>, wake: Box<dyn Sleep>, tray: Option<(Box<dyn TrayIcon>, View)>) {
    let (tray, mut shown) = match tray {
        Some((handle, view)) => (Some(handle), view),
        None => (None, View::default()),
    };
    // The first plan needs to know whether the person is there.
    shared.presence.wait_discovered(DISCOVERY);
    let mut last_seen: Option<DateTime<Utc>> = None;
    let mut failures = 0u32;
    loop {
        shared.settled.pass_begins();
        // One way in: what arrived since the last pass, in order.
        for event in shared.take_events() {
            handler::handle(&shared, tray.as_deref(), event);
        }
        let presence = shared.presence.presence();
        let planned = shared.with(|t| {
            // The zone and the language follow the system and the setting.
            t.follow_system_zone(system_zone())?;
            aloud_core::i18n::speak_in(t.catalogue()?.language());
            shared.presence.set_away_after(t.settings()?.away_after());
            let now = t.now();
            let plan = t.plan_reminders(last_seen, presence)?;
            let retake = t.plan_retake()?;
            if let Err(e) = t.backup_if_due() {
                aloud_app::report!("aloud: could not take the daily backup: {e}");
            }
            // Also wake at local midnight, so the tray's "Today" turns over.
            let midnight = start_of_day(t.tz(), t.today() + Duration::days(1));
            // Their meetings hold reminders: an edit must count at once.
            wake.follow(&t.calendar_paths()?);
            Ok((now, plan, retake, midnight))
        });
        let wake_at = match planned {
            Ok((now, plan, (retake_now, retake_next), midnight)) => {
                last_seen = Some(now);
                failures = 0;
                shared.clear_error(Origin::Engine);
                let habit_next = plan.wake_at().map_or(midnight, |at| at.min(midnight));
                for reminder in plan.fire {
                    notify::remind(&shared, reminder);
                }
                if retake_now.is_some() {
                    notify::retake(&shared);
                }
                let checkin_next = checkin::pass(&shared);
                Some(
                    [Some(habit_next), Some(retake_next), checkin_next]
                        .into_iter()
                        .flatten()
                        .min()
                        .expect("at least one instant"),
                )
            }
            Err(e) => {
                notify::problem(&shared, Origin::Engine, &e.to_string());
                // A locked or failing database must not stop the reminders until some
                // other wake: try again soon (a timer only while failing).
                let retry = (FIRST_RETRY_SECS << failures.min(6)).min(LAST_RETRY_SECS);
                failures += 1;
                Some(Utc::now() + Duration::seconds(retry))
            }
        };
        // A reminder whose day was settled elsewhere (tray, dashboard, CLI, a pause,
        // midnight) leaves the screen.
        if let Some(on_screen) = shared.on_screen.get() {
            on_screen.withdraw_settled(|habit, date| {
                shared
                    .with(|t| t.reminder_wanted(habit, date))
                    .unwrap_or(true)
            });
        }
        if let Some(tray) = &tray {
            let view = view::current(&shared);
            // Unchanged: leave the menu (and the panel's view of it) alone.
            if view != shown {
                tray.draw(&view);
                shown = view;
            }
        }
        shared.settled.pass_ends();
        if let Err(e) = wake.arm(wake_at) {
            aloud_app::report!("aloud: could not set the reminder timer: {e}");
        }
        // Woken for nothing it follows (another file in a watched folder), it
        // sleeps on without a pass.
        let woken = loop {
            match wake.wait() {
                Ok(woken) if woken.any() => break woken,
                Ok(_) => {}
                Err(e) => {
                    aloud_app::report!("aloud: the reminder thread stopped: {e}");
                    return;
                }
            }
        };
        for event in events::from_wake(woken) {
            handler::handle(&shared, tray.as_deref(), event);
        }
    }
}
