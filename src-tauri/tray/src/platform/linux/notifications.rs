//! The `NotificationServer` seam on Linux: `org.freedesktop.Notifications`, shown
//! and listened to on one session-bus connection of its own. It subscribes to the
//! server's signals before anything is shown, so no answer is lost. `tell` shows a
//! notification without buttons on a connection of its own.
use crate::platform::{Answer, NotificationServer, Outgoing, Tone};
use std::collections::HashMap;
use std::sync::Mutex;
use zbus::blocking::{Connection, MessageIterator};
use zbus::message::{Flags, Message, Type};
use zbus::zvariant::Value;
use zbus::MatchRule;

const DEST: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";
const IFACE: &str = "org.freedesktop.Notifications";
/// The name every notification of Aloud's carries.
const APP_NAME: &str = "Aloud";
/// The installed desktop entry (the app id, as on the bus), so GNOME and KDE file
/// Aloud's notifications under it.
const DESKTOP_ENTRY: &str = aloud_desktop::instance::NAME;
/// Aloud's own icon (hicolor `apps/aloud`).
const ICON: &str = "aloud";
const CATEGORY: &str = "x-aloud.reminder";

pub struct Freedesktop {
    conn: Connection,
    signals: Mutex<Option<MessageIterator>>,
}

impl Freedesktop {
    /// Subscribes to the server's signals on `conn`; `listen` then serves them.
    pub fn new(conn: Connection) -> zbus::Result<Freedesktop> {
        let rule = MatchRule::builder()
            .msg_type(Type::Signal)
            .interface(IFACE)?
            .path(PATH)?
            .build();
        let signals = MessageIterator::for_match_rule(rule, &conn, Some(64))?;
        Ok(Freedesktop {
            conn,
            signals: Mutex::new(Some(signals)),
        })
    }
}

impl NotificationServer for Freedesktop {
    fn has_buttons(&self) -> bool {
        self.conn
            .call_method(Some(DEST), PATH, Some(IFACE), "GetCapabilities", &())
            .and_then(|reply| reply.body().deserialize::<Vec<String>>())
            .unwrap_or_default()
            .iter()
            .any(|c| c == "actions")
    }

    fn show(&self, n: &Outgoing<'_>) -> Result<u32, String> {
        let actions: Vec<&str> = n.actions.iter().flat_map(|(k, l)| [*k, *l]).collect();
        let hints: HashMap<&str, Value<'_>> = HashMap::from([
            ("desktop-entry", Value::from(DESKTOP_ENTRY)),
            ("category", Value::from(CATEGORY)),
            ("urgency", Value::U8(1)),
        ]);
        let body = (
            APP_NAME, n.replaces, ICON, n.summary, n.body, actions, hints, 0i32,
        );
        self.conn
            .call_method(Some(DEST), PATH, Some(IFACE), "Notify", &body)
            .and_then(|reply| reply.body().deserialize::<u32>())
            .map_err(|e| e.to_string())
    }

    fn close(&self, id: u32) {
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

    /// The server's unique bus name now.
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

    fn listen(&self, on_answer: &mut dyn FnMut(Answer)) {
        let Some(signals) = self
            .signals
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        else {
            return;
        };
        for msg in signals.flatten() {
            let header = msg.header();
            match header.member().map(|m| m.as_str()) {
                Some("ActionInvoked") => {
                    if let Ok((id, key)) = msg.body().deserialize::<(u32, String)>() {
                        on_answer(Answer::Chose(id, key));
                    }
                }
                Some("NotificationClosed") => {
                    if let Ok((id, _reason)) = msg.body().deserialize::<(u32, u32)>() {
                        on_answer(Answer::Closed(id));
                    }
                }
                _ => {}
            }
        }
    }
}

/// A notification without buttons that stays until dismissed, on a connection of
/// its own (it may be all there is: Aloud failing to start), and returns once the
/// server has taken it. The bus may start the server for it: showing is what
/// Aloud wants of it.
pub fn tell(summary: &str, body: &str, tone: Tone) {
    let icon = match tone {
        Tone::Information => "dialog-information",
        Tone::Warning => "dialog-warning",
        Tone::Error => "dialog-error",
    };
    let shown = Connection::session().and_then(|conn| {
        let actions: Vec<&str> = Vec::new();
        let hints: HashMap<&str, Value<'_>> = HashMap::new();
        conn.call_method(
            Some(DEST),
            PATH,
            Some(IFACE),
            "Notify",
            &(APP_NAME, 0u32, icon, summary, body, actions, hints, 0i32),
        )
        .map(drop)
    });
    if let Err(e) = shown {
        aloud_app::report!("aloud: could not show a notification ({e}): {summary}");
    }
}
