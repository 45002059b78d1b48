//! Timed check-ins in the tray app: starting one opens the habit's link through the
//! desktop; while it runs the core plans each wake (once a minute, for the header's
//! minutes, and at its wrap-up and end) and whether its wrap-up is due.
use crate::notify;
use crate::state::Origin;
use crate::Shared;
use aloud_core::model::Source;
use chrono::{DateTime, Utc};

/// Starts a check-in of `habit` and opens its link; a failure to open is told.
pub fn start(shared: &Shared, habit: &str, source: Source) {
    match shared.write(|t| t.start_checkin(habit, source)) {
        Ok(started) => {
            let c = shared.catalogue();
            match started.link {
                Some(link) => shared.opener.open_link(
                    link.url.as_str(),
                    Box::new(move |url, why| crate::plain::could_not_open(c, url, why)),
                ),
                None => crate::plain::no_link(c),
            }
        }
        Err(e) => notify::problem(shared, Origin::Action, &e.to_string()),
    }
}

/// The engine's part: carries out the core's plan for the running check-in (tell a
/// forgotten one's end, show the wrap-up when the core says so, take down a stale
/// one) and returns when the core wants to look again.
pub fn pass(shared: &Shared) -> Option<DateTime<Utc>> {
    let plan = match shared.with(|t| t.plan_checkin(Source::Tray)) {
        Ok(plan) => plan,
        Err(e) => {
            aloud_app::report!("aloud: could not plan the check-in: {e}");
            return None;
        }
    };
    if let Some(ended) = &plan.ended {
        notify::ended_by_itself(shared, ended);
    }
    if let Some(on_screen) = shared.on_screen.get() {
        on_screen.withdraw_wrap_ups(plan.running.as_ref());
    }
    if let (true, Some(checkin)) = (plan.wrap_up, &plan.running) {
        notify::wrap_up(shared, checkin);
    }
    plan.next
}
