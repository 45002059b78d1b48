//! What Aloud's answerable notifications on screen are about (habit reminders, the
//! retake suggestion, a check-in's wrap-up), over the platform's notification
//! server. Since a server may leave a notification up after it was answered (dunst
//! keeps one with no timeout, GNOME and KDE file it in their message list), Aloud
//! takes it down itself: when it is answered, and when its habit-day is settled by
//! any other route. What is on screen is noted in a file, for the next run.
use crate::platform::{Answer, NotificationServer, Outgoing};
use aloud_core::checkin::CheckIn;
use aloud_core::model::HabitId;
use aloud_core::schedule::{Due, Reminder, Timeliness};
use chrono::{DateTime, NaiveDate};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// What a notification on screen is about.
#[derive(Debug, Clone)]
pub enum Subject {
    Reminder(Reminder),
    Retake,
    /// "Finish, or 5 more minutes?" for this check-in.
    WrapUp(CheckIn),
}

type HabitDay = (HabitId, NaiveDate);

pub struct OnScreen {
    server: Arc<dyn NotificationServer>,
    /// Shown and not yet closed, by id.
    up: Mutex<HashMap<u32, Subject>>,
    /// The last id shown for each habit-day, so a snoozed reminder that comes back
    /// replaces it instead of stacking.
    last: Mutex<HashMap<HabitDay, u32>>,
    /// Held while a notification is sent and recorded, so an answer that arrives
    /// before `Notify` returns waits for its id to be known.
    sending: Mutex<()>,
    /// Where the reminders on screen are noted, for the next run of the app (see
    /// `left_by_last_run`).
    record: PathBuf,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl OnScreen {
    /// Over `server`; `record` is the file that notes what is on screen across runs.
    pub fn new(server: Arc<dyn NotificationServer>, record: PathBuf) -> OnScreen {
        OnScreen {
            server,
            up: Mutex::default(),
            last: Mutex::default(),
            sending: Mutex::new(()),
            record,
        }
    }

    /// The reminders an earlier run of the app left on screen, if the same
    /// notification server still runs (ids mean nothing to another one). The
    /// server sends their answers to the connection that showed them, which is gone,
    /// so the caller shows each again in its place (`adopt`) or takes it down.
    pub fn left_by_last_run(&self) -> Vec<(u32, Reminder)> {
        let text = std::fs::read_to_string(&self.record).unwrap_or_default();
        let mut lines = text.lines();
        if lines
            .next()
            .is_none_or(|owner| Some(owner) != self.server.server().as_deref())
        {
            return Vec::new();
        }
        lines.filter_map(parse_line).collect()
    }

    /// Lets the next reminder of this habit-day replace notification `id`.
    pub fn adopt(&self, reminder: &Reminder, id: u32) {
        let day = (reminder.due.habit.clone(), reminder.due.date);
        lock(&self.last).insert(day, id);
    }

    /// Notes the reminders on screen for the next run (a small text file beside the
    /// database, written whole through a rename).
    fn save(&self) {
        let mut text = self.server.server().unwrap_or_default();
        for (id, subject) in lock(&self.up).iter() {
            if let Subject::Reminder(r) = subject {
                let when = r.timeliness.name();
                text.push_str(&format!(
                    "\n{id} {} {} {} {when}",
                    r.due.habit,
                    r.due.date,
                    r.due.at.timestamp()
                ));
            }
        }
        if let Err(e) = aloud_app::files::write_private(&self.record, text.as_bytes()) {
            aloud_app::report!("aloud: could not note the reminders on screen: {e}");
        }
    }

    /// Whether notifications can carry buttons here.
    pub fn has_buttons(&self) -> bool {
        self.server.has_buttons()
    }

    /// Shows `n` about `subject`; a reminder replaces the last one of its habit-day.
    pub fn show(&self, subject: Subject, mut n: Outgoing<'_>) -> Result<u32, String> {
        let day = match &subject {
            Subject::Reminder(r) => Some((r.due.habit.clone(), r.due.date)),
            Subject::Retake | Subject::WrapUp(_) => None,
        };
        n.replaces = day
            .as_ref()
            .and_then(|d| lock(&self.last).get(d).copied())
            .unwrap_or(0);
        let _sending = lock(&self.sending);
        let id = self.server.show(&n)?;
        if let Some(day) = day {
            let mut last = lock(&self.last);
            last.retain(|(_, date), _| *date >= day.1); // older days cannot come back
            last.insert(day, id);
        }
        lock(&self.up).insert(id, subject);
        self.save();
        Ok(id)
    }

    /// Takes a notification down, without waiting for the server's reply.
    pub fn close(&self, id: u32) {
        if lock(&self.up).remove(&id).is_some() {
            self.save();
        }
        self.server.close(id);
    }

    /// Takes down every reminder on screen whose habit-day `wanted` no longer wants.
    pub fn withdraw_settled(&self, wanted: impl Fn(&HabitId, NaiveDate) -> bool) {
        let reminders: Vec<(u32, HabitDay)> = lock(&self.up)
            .iter()
            .filter_map(|(id, subject)| match subject {
                Subject::Reminder(r) => Some((*id, (r.due.habit.clone(), r.due.date))),
                Subject::Retake | Subject::WrapUp(_) => None,
            })
            .collect();
        for (id, (habit, date)) in reminders {
            if !wanted(&habit, date) {
                self.close(id);
            }
        }
    }

    /// Takes down the wrap-up of any check-in but `running` (finished, cancelled or
    /// ended elsewhere).
    pub fn withdraw_wrap_ups(&self, running: Option<&CheckIn>) {
        let stale: Vec<u32> = lock(&self.up)
            .iter()
            .filter_map(|(id, subject)| match subject {
                Subject::WrapUp(c) if Some(c.started_at) != running.map(|r| r.started_at) => {
                    Some(*id)
                }
                _ => None,
            })
            .collect();
        for id in stale {
            self.close(id);
        }
    }

    /// Serves the server's answers for ever on this thread: an answer to a
    /// notification still up takes it off the list and off the screen, then goes to
    /// `on_answer` with the action's key.
    pub fn listen(&self, on_answer: impl Fn(Subject, &str)) {
        self.server.listen(&mut |answer| {
            drop(lock(&self.sending)); // a show in flight has recorded its id
            match answer {
                Answer::Chose(id, key) => {
                    let Some(subject) = lock(&self.up).get(&id).cloned() else {
                        return;
                    };
                    self.close(id);
                    on_answer(subject, &key);
                }
                Answer::Closed(id) => {
                    if lock(&self.up).remove(&id).is_some() {
                        self.save();
                    }
                }
            }
        });
    }
}

/// One line of the record: `id habit date at timeliness`.
fn parse_line(line: &str) -> Option<(u32, Reminder)> {
    let mut f = line.split(' ');
    let id = f.next()?.parse().ok()?;
    let habit = HabitId::parse(f.next()?).ok()?;
    let date = f.next()?.parse().ok()?;
    let at = DateTime::from_timestamp(f.next()?.parse().ok()?, 0)?;
    let timeliness = Timeliness::parse(f.next()?)?;
    let due = Due { habit, date, at };
    Some((id, Reminder { due, timeliness }))
}
