//! Aloud's answerable notifications (habit reminders, the retake suggestion), sent
//! and listened to on one session-bus connection of its own. It listens before it
//! sends, so no answer is lost; and since a server may leave a notification up after
//! it was answered (dunst keeps one with no timeout, GNOME and KDE file it in their
//! message list), Aloud takes it down itself through the connection that showed it:
//! when it is answered, and when its habit-day is settled by any other route.
use aloud_core::model::HabitId;
use aloud_core::schedule::Reminder;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::sync::Mutex;
use zbus::blocking::{Connection, MessageIterator};
use zbus::message::{Flags, Message, Type};
use zbus::zvariant::Value;
use zbus::MatchRule;

const DEST: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";
const IFACE: &str = "org.freedesktop.Notifications";
/// The installed desktop entry, so GNOME and KDE file Aloud's notifications under it.
pub const DESKTOP_ENTRY: &str = "app.aloud.Aloud";
/// Aloud's own icon (hicolor `apps/aloud`).
pub const ICON: &str = "aloud";
pub const CATEGORY: &str = "x-aloud.reminder";

/// What a notification on screen is about.
#[derive(Debug, Clone)]
pub enum Subject {
    Reminder(Reminder),
    Retake,
}

/// One notification to send.
pub struct Outgoing<'a> {
    pub summary: &'a str,
    pub body: &'a str,
    /// Key/label pairs.
    pub actions: &'a [(&'a str, &'a str)],
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
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl OnScreen {
    /// Subscribes to the server's signals on `conn`; `listen` then serves them.
    pub fn new(conn: Connection) -> zbus::Result<OnScreen> {
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
        })
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
            Subject::Retake => None,
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
                "Aloud", replaces, ICON, n.summary, n.body, actions, hints, 0i32,
            ),
        )?;
        let id: u32 = reply.body().deserialize()?;
        if let Some(day) = day {
            let mut last = lock(&self.last);
            last.retain(|(_, date), _| *date >= day.1); // older days cannot come back
            last.insert(day, id);
        }
        lock(&self.up).insert(id, subject);
        Ok(id)
    }

    /// Takes a notification down, without waiting for the server's reply.
    pub fn close(&self, id: u32) {
        lock(&self.up).remove(&id);
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
                Subject::Retake => None,
            })
            .collect();
        for (id, (habit, date)) in reminders {
            if !wanted(&habit, date) {
                self.close(id);
            }
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
                    let Some(subject) = lock(&self.up).remove(&id) else {
                        continue;
                    };
                    self.close(id);
                    on_answer(subject, &key);
                }
                Some("NotificationClosed") => {
                    if let Ok((id, _reason)) = msg.body().deserialize::<(u32, u32)>() {
                        lock(&self.up).remove(&id);
                    }
                }
                _ => {}
            }
        }
    }
}
