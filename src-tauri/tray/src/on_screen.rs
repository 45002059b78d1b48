//! Aloud's answerable notifications (habit reminders, the retake suggestion), sent
//! and listened to on one session-bus connection of its own. It listens before it
//! sends, so no answer is lost; and since a server may leave a notification up after
//! it was answered (dunst keeps one with no timeout, GNOME and KDE file it in their
//! message list), Aloud takes it down itself through the connection that showed it:
//! when it is answered, and when its habit-day is settled by any other route.
use aloud_core::checkin::CheckIn;
use aloud_core::model::HabitId;
use aloud_core::schedule::{Due, Reminder, Timeliness};
use chrono::{DateTime, NaiveDate};
use std::collections::HashMap;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;
use std::sync::Mutex;
use zbus::blocking::{Connection, MessageIterator};
use zbus::message::{Flags, Message, Type};
use zbus::zvariant::Value;
use zbus::MatchRule;

const DEST: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";
const IFACE: &str = "org.freedesktop.Notifications";
/// The installed desktop entry (the app id, as on the bus), so GNOME and KDE file
/// Aloud's notifications under it.
pub const DESKTOP_ENTRY: &str = aloud_desktop::instance::NAME;
/// Aloud's own icon (hicolor `apps/aloud`).
pub const ICON: &str = "aloud";
pub const CATEGORY: &str = "x-aloud.reminder";

/// What a notification on screen is about.
/// The name every notification of Aloud's carries.
pub const APP_NAME: &str = "Aloud";

#[derive(Debug, Clone)]
pub enum Subject {
    Reminder(Reminder),
    Retake,
    /// "Finish, or 5 more minutes?" for this check-in.
    WrapUp(CheckIn),
}

/// One notification to send.
pub struct Outgoing<'a> {
    pub summary: &'a str,
    pub body: &'a str,
    /// Key/label pairs.
    pub actions: Vec<(&'a str, &'a str)>,
}

type HabitDay = (HabitId, NaiveDate);

pub struct OnScreen {
    conn: Connection,
    /// Shown and not yet closed, by id.
    up: Mutex<HashMap<u32, Subject>>,
    /// The last id shown for each habit-day, so a snoozed reminder that comes back
    /// replaces it instead of stacking.
    last: Mutex<HashMap<HabitDay, u32>>,
    /// Held while a notification is sent and recorded, so an answer that arrives
    /// before `Notify` returns waits for its id to be known.
    sending: Mutex<()>,
    signals: Mutex<Option<MessageIterator>>,
    /// Where the reminders on screen are noted, for the next run of the app (see
    /// `left_by_last_run`).
    record: PathBuf,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl OnScreen {
    /// Subscribes to the server's signals on `conn`; `listen` then serves them.
    /// `record` is the file that notes what is on screen across runs.
    pub fn new(conn: Connection, record: PathBuf) -> zbus::Result<OnScreen> {
        let rule = MatchRule::builder()
            .msg_type(Type::Signal)
            .interface(IFACE)?
            .path(PATH)?
            .build();
        let signals = MessageIterator::for_match_rule(rule, &conn, Some(64))?;
        Ok(OnScreen {
            conn,
            up: Mutex::default(),
            last: Mutex::default(),
            sending: Mutex::new(()),
            signals: Mutex::new(Some(signals)),
            record,
        })
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
            .is_none_or(|owner| Some(owner) != self.server().as_deref())
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

    /// The unique bus name of the notification server now.
    fn server(&self) -> Option<String> {
        self.conn
            .call_method(
                Some("org.freedesktop.DBus"),
                "/org/freedesktop/DBus",
                Some("org.freedesktop.DBus"),
                "GetNameOwner",
                &(DEST,),
            )
            .ok()?
            .body()
            .deserialize::<String>()
            .ok()
    }

    /// Notes the reminders on screen for the next run (a small text file beside the
    /// database, written whole through a rename).
    fn save(&self) {
        let mut text = self.server().unwrap_or_default();
        for (id, subject) in lock(&self.up).iter() {
            if let Subject::Reminder(r) = subject {
                let when = match r.timeliness {
                    Timeliness::OnTime => "on_time",
                    Timeliness::Late => "late",
                    Timeliness::Snoozed => "snoozed",
                    Timeliness::Waited => "waited",
                };
                text.push_str(&format!(
                    "\n{id} {} {} {} {when}",
                    r.due.habit,
                    r.due.date,
                    r.due.at.timestamp()
                ));
            }
        }
        let temp = self.record.with_extension("new");
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&temp)
            .and_then(|mut f| f.write_all(text.as_bytes()))
            .and_then(|()| std::fs::rename(&temp, &self.record));
        if let Err(e) = written {
            aloud_app::report!("aloud: could not note the reminders on screen: {e}");
        }
    }

    pub fn capabilities(&self) -> Vec<String> {
        self.conn
            .call_method(Some(DEST), PATH, Some(IFACE), "GetCapabilities", &())
            .and_then(|reply| reply.body().deserialize::<Vec<String>>())
            .unwrap_or_default()
    }

    /// Shows `n` about `subject`; a reminder replaces the last one of its habit-day.
    pub fn show(&self, subject: Subject, n: &Outgoing<'_>) -> zbus::Result<u32> {
        let day = match &subject {
            Subject::Reminder(r) => Some((r.due.habit.clone(), r.due.date)),
            Subject::Retake | Subject::WrapUp(_) => None,
        };
        let replaces = day
            .as_ref()
            .and_then(|d| lock(&self.last).get(d).copied())
            .unwrap_or(0);
        let actions: Vec<&str> = n.actions.iter().flat_map(|(k, l)| [*k, *l]).collect();
        let hints: HashMap<&str, Value<'_>> = HashMap::from([
            ("desktop-entry", Value::from(DESKTOP_ENTRY)),
            ("category", Value::from(CATEGORY)),
            ("urgency", Value::U8(1)),
        ]);
        let _sending = lock(&self.sending);
        let reply = self.conn.call_method(
            Some(DEST),
            PATH,
            Some(IFACE),
            "Notify",
            &(
                APP_NAME, replaces, ICON, n.summary, n.body, actions, hints, 0i32,
            ),
        )?;
        let id: u32 = reply.body().deserialize()?;
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
        let sent = Message::method_call(PATH, "CloseNotification")
            .and_then(|m| m.destination(DEST))
            .and_then(|m| m.interface(IFACE))
            .and_then(|m| m.with_flags(Flags::NoReplyExpected))
            .and_then(|m| m.build(&(id,)))
            .and_then(|msg| self.conn.send(&msg));
        if let Err(e) = sent {
            aloud_app::report!("aloud: could not take a notification down: {e}");
        }
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

    /// Serves the server's signals for ever on this thread: an answer to a
    /// notification still up takes it off the list and off the screen, then goes to
    /// `on_answer` with the action's key.
    pub fn listen(&self, on_answer: impl Fn(Subject, &str)) {
        let Some(signals) = lock(&self.signals).take() else {
            return;
        };
        for msg in signals.flatten() {
            let header = msg.header();
            let member = header.member().map(|m| m.as_str().to_string());
            drop(lock(&self.sending)); // a Notify in flight has recorded its id
            match member.as_deref() {
                Some("ActionInvoked") => {
                    let Ok((id, key)) = msg.body().deserialize::<(u32, String)>() else {
                        continue;
                    };
                    let Some(subject) = lock(&self.up).get(&id).cloned() else {
                        continue;
                    };
                    self.close(id);
                    on_answer(subject, &key);
                }
                Some("NotificationClosed") => {
                    if let Ok((id, _reason)) = msg.body().deserialize::<(u32, u32)>() {
                        if lock(&self.up).remove(&id).is_some() {
                            self.save();
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// One line of the record: `id habit date at timeliness`.
fn parse_line(line: &str) -> Option<(u32, Reminder)> {
    let mut f = line.split(' ');
    let id = f.next()?.parse().ok()?;
    let habit = HabitId::parse(f.next()?).ok()?;
    let date = f.next()?.parse().ok()?;
    let at = DateTime::from_timestamp(f.next()?.parse().ok()?, 0)?;
    let timeliness = match f.next()? {
        "on_time" => Timeliness::OnTime,
        "late" => Timeliness::Late,
        "snoozed" => Timeliness::Snoozed,
        "waited" => Timeliness::Waited,
        _ => return None,
    };
    let due = Due { habit, date, at };
    Some((id, Reminder { due, timeliness }))
}
