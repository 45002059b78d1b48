//! Desktop notifications, each shown and waited on in its own short-lived thread so
//! the reminder loop (the main thread) never blocks on the desktop.
use crate::on_screen::{OnScreen, Subject};
use crate::platform::{Outgoing, Tone};
use crate::state::Origin;
use crate::Shared;
use aloud_core::checkin::{CheckIn, EXTENSION};
use aloud_core::i18n::{key, Args, Catalogue};
use aloud_core::model::{Anchor, Habit};
use aloud_core::schedule::{Reminder, Timeliness};
use aloud_core::tracker::Finished;
use std::sync::Arc;

pub const DONE: &str = "done";
pub const SNOOZE: &str = "snooze";
pub const SKIP: &str = "skip";
pub const START: &str = "start";
pub const FINISH: &str = "finish";
pub const MORE: &str = "more";
/// The freedesktop key for a click on the notification's body.
pub const DEFAULT: &str = "default";
pub const OPEN_MINDSETS: &str = "mindsets";

/// Shows one habit reminder with Start / Done / Snooze where the server supports
/// actions, else a plain one that says to log from the tray; a click on either opens
/// the dashboard. Three buttons, as GNOME shows no more: Start is the easiest way to
/// do the habit now (it opens the network and times the check-in), Done is for one
/// already done elsewhere (on the phone), Snooze for "not now". Skipping is rarer
/// and stays in the tray menu and the dashboard. Sent from a short-lived thread, so
/// the reminder loop never waits on the desktop.
pub fn remind(shared: &Arc<Shared>, reminder: Reminder) {
    let Ok((habit, idea, restored, reason, c)) = shared.with(|t| {
        let id = reminder.due.habit.as_str();
        let habit = t.habit(id)?;
        let restored = t.restored_prompts(&habit)?;
        Ok((
            habit,
            t.idea_for(id, reminder.due.date)?,
            restored,
            t.reason(id, reminder.due.date)?,
            t.catalogue()?,
        ))
    }) else {
        return;
    };
    send(shared, move |on_screen| {
        let actions = on_screen.has_buttons();
        let (summary, mut body) = wording(c, &habit, &reminder, actions);
        // Full reminders came back after two misses: the first week, say why.
        if let Some([first, second]) =
            restored.filter(|[_, second]| reminder.due.date - *second <= chrono::Duration::days(7))
        {
            let args = Args::new()
                .str("first", c.day_month(&first))
                .str("second", c.day_month(&second));
            body = format!("{} {body}", c.msg_with("reminder-restored", &args));
        }
        if let Some(idea) = idea {
            body.push(' ');
            body.push_str(&c.msg_with("reminder-idea", &Args::new().str("idea", idea)));
        }
        // An anchored habit says when it was planned, and from what.
        if let Some(reason) = reason {
            body.push_str(&format!(" ({reason})"));
        }
        // "default" is a click on the notification itself; servers without buttons
        // still report it, and it opens the dashboard on Today.
        let mut keys = vec![(DEFAULT, c.msg("action-open-dashboard"))];
        if actions {
            keys.extend([
                (START, c.msg("action-start")),
                (DONE, c.msg("action-done")),
                (SNOOZE, c.msg("action-snooze")),
            ]);
        }
        on_screen.show(
            Subject::Reminder(reminder),
            outgoing(&summary, &body, &keys),
        )
    });
}

/// Suggests retaking the mindset self-assessment; a click opens its panel.
pub fn retake(shared: &Arc<Shared>) {
    let c = shared.catalogue();
    send(shared, move |on_screen| {
        let mut keys = vec![(DEFAULT, c.msg("action-open"))];
        if on_screen.has_buttons() {
            keys.push((OPEN_MINDSETS, c.msg("action-take-it-now")));
        }
        let (summary, body) = (c.msg("retake-summary"), c.msg("retake-body"));
        on_screen.show(Subject::Retake, outgoing(&summary, &body, &keys))
    });
}

/// The check-in's length has run out: finish it, or take 5 more minutes.
pub fn wrap_up(shared: &Shared, checkin: &CheckIn) {
    let Ok((name, c)) =
        shared.with(|t| Ok((t.habit(checkin.habit.as_str())?.name, t.catalogue()?)))
    else {
        return;
    };
    let checkin = checkin.clone();
    let minutes = checkin.target_minutes().get();
    send(shared, move |on_screen| {
        let args = Args::new().str("habit", name).num("minutes", minutes);
        let summary = c.msg_with("checkin-running", &args);
        let mut keys = vec![(DEFAULT, c.msg("action-open-dashboard"))];
        let more = Args::new().num("minutes", EXTENSION.num_minutes() as u32);
        let body = if on_screen.has_buttons() {
            keys.extend([
                (FINISH, c.msg("action-finish")),
                (MORE, c.msg_with("action-more", &more)),
            ]);
            c.msg_with("wrap-up-body", &more)
        } else {
            c.msg("wrap-up-body-no-buttons")
        };
        on_screen.show(Subject::WrapUp(checkin), outgoing(&summary, &body, &keys))
    });
}

/// A check-in nobody finished ended at twice its length.
pub fn ended_by_itself(shared: &Shared, ended: &Finished) {
    let name = shared
        .with(|t| Ok(t.habit(ended.entry.habit.as_str())?.name))
        .unwrap_or_else(|_| ended.entry.habit.to_string());
    let minutes = ended.entry.minutes.unwrap_or_default();
    let c = shared.catalogue();
    let args = Args::new().str("habit", name).num("minutes", minutes);
    crate::plain::tell(
        c.msg_with("ended-summary", &args),
        c.msg_with("ended-body", &args),
        Tone::Information,
    );
}

/// The notification's parts, its buttons as key/label pairs.
fn outgoing<'a>(summary: &'a str, body: &'a str, keys: &'a [(&'a str, String)]) -> Outgoing<'a> {
    Outgoing {
        summary,
        body,
        actions: keys.iter().map(|(k, label)| (*k, label.as_str())).collect(),
        replaces: 0,
    }
}

fn send(shared: &Shared, show: impl FnOnce(&OnScreen) -> Result<u32, String> + Send + 'static) {
    let Some(on_screen) = shared.on_screen.get().cloned() else {
        return; // no session bus: nowhere to show it
    };
    // Counted from now, so the pass that decided to show it is not settled before.
    let sending = shared.settled.sending();
    let spawned = std::thread::Builder::new()
        .name("notification".into())
        .spawn(move || {
            if let Err(e) = show(&on_screen) {
                aloud_app::report!("aloud: could not show a notification: {e}");
            }
            drop(sending);
        });
    if let Err(e) = spawned {
        aloud_app::report!("aloud: could not start a notification thread: {e}");
    }
}

/// A short summary (GNOME's banner shows one line of it; dunst and xfce4-notifyd
/// a bold first line): the habit's name. The body starts with the anchor moment.
pub fn wording(
    c: &Catalogue,
    habit: &Habit,
    reminder: &Reminder,
    actions: bool,
) -> (String, String) {
    let summary = match reminder.timeliness {
        Timeliness::Late => c.msg_with(
            "reminder-late-summary",
            &Args::new().str("habit", habit.name.as_str()),
        ),
        _ => habit.name.clone(),
    };
    let moment = c.moment(&habit.trigger, &habit.prompt);
    let told_why = match reminder.timeliness {
        Timeliness::Late => Some(key("reminder-late")),
        // Waiting for the person's arrival is what the habit asked for.
        Timeliness::Waited if habit.anchor == Anchor::Arrival => None,
        Timeliness::Waited => Some(key("reminder-waited")),
        Timeliness::AfterMeeting => Some(key("reminder-after-meeting")),
        Timeliness::AfterDoNotDisturb => Some(key("reminder-after-do-not-disturb")),
        Timeliness::AfterFullScreen => Some(key("reminder-after-full-screen")),
        Timeliness::OnTime | Timeliness::Snoozed => None,
    };
    let mut body = match told_why {
        Some(k) => {
            let args = Args::new()
                .str("time", habit.time.to_string())
                .str("body", moment);
            c.msg_with(k, &args)
        }
        None => moment,
    };
    if let Some(starter) = &habit.starter {
        body.push(' ');
        body.push_str(&c.msg_with(
            "reminder-starter",
            &Args::new().str("starter", starter.as_str()),
        ));
    }
    if !actions {
        body.push(' ');
        body.push_str(&c.msg("reminder-no-buttons"));
    }
    (summary, body)
}

/// A run-time problem (database locked, disk full…): noted for the tray's title and
/// menu (drawn at the engine's next pass), and told once as a notification; the app
/// carries on.
pub fn problem(shared: &Shared, origin: Origin, message: &str) {
    aloud_app::report!("aloud: {message}");
    if shared.note_error(origin, message) {
        let c = shared.catalogue();
        crate::plain::tell(
            c.msg("could-not-save-summary"),
            message.to_string(),
            Tone::Error,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aloud_core::schedule::Due;

    /// A reminder of `habit` for `date`, due now.
    fn reminder(habit: &Habit, date: chrono::NaiveDate, timeliness: Timeliness) -> Reminder {
        Reminder {
            due: Due {
                habit: habit.id.clone(),
                date,
                at: chrono::Utc::now(),
            },
            timeliness,
        }
    }

    #[test]
    fn summaries_are_short_and_bodies_start_with_the_moment() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let en = Catalogue::get(aloud_core::i18n::Language::En);
        for habit in aloud_core::defaults::default_habits(today, chrono::Utc::now(), en) {
            let reminder = reminder(&habit, today, Timeliness::Late);
            let (summary, body) = wording(en, &habit, &reminder, true);
            assert!(summary.chars().count() <= 24, "{summary}");
            assert!(body.contains(&format!(": {}", habit.prompt)), "{body}");
            let (_, body) = wording(
                en,
                &habit,
                &Reminder {
                    timeliness: Timeliness::OnTime,
                    ..reminder
                },
                true,
            );
            assert!(
                body.starts_with("After ") || body.starts_with("When "),
                "{body}"
            );
            assert!(!body.contains("Start small"), "{body}");
        }
    }

    #[test]
    fn a_starter_step_is_proposed_after_the_moment() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let en = Catalogue::get(aloud_core::i18n::Language::En);
        let mut habit =
            aloud_core::defaults::default_habits(today, chrono::Utc::now(), en).remove(0);
        habit.starter = Some("open the feed and read one post".into());
        let reminder = reminder(&habit, today, Timeliness::OnTime);
        let (_, body) = wording(en, &habit, &reminder, true);
        assert!(
            body.ends_with(". Too much today? Start small: open the feed and read one post"),
            "{body}"
        );
    }

    #[test]
    fn a_habit_that_waited_for_the_arrival_does_not_say_it_waited() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let en = Catalogue::get(aloud_core::i18n::Language::En);
        let mut habit =
            aloud_core::defaults::default_habits(today, chrono::Utc::now(), en).remove(0);
        let reminder = reminder(&habit, today, Timeliness::Waited);
        let (_, body) = wording(en, &habit, &reminder, true);
        assert!(body.starts_with("Back at your desk"), "{body}");
        habit.anchor = Anchor::Arrival;
        let (_, body) = wording(en, &habit, &reminder, true);
        assert!(body.starts_with("After my first coffee"), "{body}");
    }
}
