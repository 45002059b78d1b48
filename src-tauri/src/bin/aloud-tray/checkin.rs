//! Timed check-ins in the tray app: starting one opens the habit's link through the
//! desktop; while it runs the engine wakes once a minute (for the header's minutes)
//! and at its wrap-up and end, and at no other time.
use crate::notify;
use crate::state::Origin;
use crate::Shared;
use aloud_core::checkin::CheckIn;
use aloud_core::model::Source;
use chrono::{DateTime, Duration, Utc};

/// Starts a check-in of `habit` and opens its link; a failure to open is told.
pub fn start(shared: &Shared, habit: &str, source: Source) {
    match shared.write(|t| t.start_checkin(habit, source)) {
        Ok(started) => {
            let c = shared.catalogue();
            match started.link {
                Some(link) => {
                    aloud_app::open_link::open_in_background(link.url.as_str(), move |url, why| {
                        notify::could_not_open(c, url, why)
                    })
                }
                None => notify::no_link(c),
            }
        }
        Err(e) => notify::problem(shared, Origin::Action, &e.to_string()),
    }
}

/// The engine's part: ends a forgotten check-in (and says so), shows the wrap-up
/// once when the length has run out, takes down a stale one, and returns when to
/// wake next for the running check-in.
pub fn pass(shared: &Shared) -> Option<DateTime<Utc>> {
    match shared.with(|t| t.end_forgotten_checkin(Source::Tray)) {
        Ok(Some(ended)) => notify::ended_by_itself(shared, &ended),
        Ok(None) => {}
        Err(e) => aloud_app::report!("aloud: could not end a forgotten check-in: {e}"),
    }
    let running = shared.with(|t| t.checkin()).ok().flatten();
    if let Some(on_screen) = shared.on_screen.get() {
        on_screen.withdraw_wrap_ups(running.as_ref());
    }
    let checkin = running?;
    let now = Utc::now();
    if now >= checkin.wrap_up_at() && shared.first_wrap_up(&checkin) {
        notify::wrap_up(shared, &checkin);
    }
    Some(next_wake(&checkin, now))
}

/// The next whole minute of the check-in (when its minutes go up), or its wrap-up
/// or end if sooner.
fn next_wake(checkin: &CheckIn, now: DateTime<Utc>) -> DateTime<Utc> {
    let minutes = checkin.elapsed(now).num_minutes() + 1;
    let next_minute = checkin.started_at + Duration::minutes(minutes);
    let wrap_up = Some(checkin.wrap_up_at()).filter(|at| *at > now);
    [
        Some(next_minute),
        wrap_up,
        Some(checkin.ends_by_itself_at()),
    ]
    .into_iter()
    .flatten()
    .min()
    .expect("at least one instant")
}

#[cfg(test)]
mod tests {
    use super::*;
    use aloud_core::model::HabitId;

    #[test]
    fn it_wakes_each_whole_minute_and_at_the_wrap_up_and_end() {
        let start = DateTime::parse_from_rfc3339("2026-12-02T08:30:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let c = CheckIn {
            habit: HabitId::parse("describe").unwrap(),
            date: start.date_naive(),
            started_at: start,
            length: Duration::seconds(90),
        };
        let at = |s: i64| start + Duration::seconds(s);
        assert_eq!(next_wake(&c, at(10)), at(60));
        assert_eq!(next_wake(&c, at(70)), at(90), "the wrap-up comes first");
        assert_eq!(next_wake(&c, at(100)), at(120));
        assert_eq!(
            next_wake(&c, at(170)),
            at(180),
            "its end, at twice its length"
        );
        assert_eq!(
            next_wake(&c, at(-30)),
            at(60),
            "a clock set back waits for minute one"
        );
    }
}
