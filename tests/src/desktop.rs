//! The parts of a desktop the app talks to, served by the test on the private bus:
//! org.kde.StatusNotifierWatcher (records tray registrations) and
//! org.freedesktop.Notifications (records notifications, answers capabilities,
//! and emits ActionInvoked / NotificationClosed when the test says so).
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use zbus::blocking::Connection;
use zbus::message::Header;
use zbus::zvariant::OwnedValue;

#[derive(Debug, Clone, PartialEq)]
pub struct Notified {
    pub id: u32,
    pub app_name: String,
    pub summary: String,
    pub body: String,
    /// Key/label pairs flattened, as on the wire.
    pub actions: Vec<String>,
    /// The id it asked to replace (0: none).
    pub replaces: u32,
    pub icon: String,
    /// Hints whose values are strings or bytes, as text (`urgency` = "1").
    pub hints: HashMap<String, String>,
    pub at: std::time::SystemTime,
}

#[derive(Debug, Default)]
pub struct Recorded {
    /// (bus name of the sender, the path or name it registered)
    pub items: Vec<(String, String)>,
    /// When each item registered (the benchmarks time launch → tray).
    pub item_times: Vec<std::time::Instant>,
    pub notifications: Vec<Notified>,
    /// Each `CloseNotification` call: the id and when.
    pub closed: Vec<(u32, std::time::SystemTime)>,
}

struct Watcher(Arc<Mutex<Recorded>>);

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    fn register_status_notifier_item(&self, service: &str, #[zbus(header)] header: Header<'_>) {
        let sender = header.sender().map(|s| s.to_string()).unwrap_or_default();
        let mut recorded = self.0.lock().unwrap();
        recorded.items.push((sender, service.to_string()));
        recorded.item_times.push(std::time::Instant::now());
    }

    fn register_status_notifier_host(&self, _service: &str) {}

    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }

    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        self.0
            .lock()
            .unwrap()
            .items
            .iter()
            .map(|(s, p)| format!("{s}{p}"))
            .collect()
    }
}

struct Notifications {
    recorded: Arc<Mutex<Recorded>>,
    capabilities: Vec<String>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Notifications {
    fn get_capabilities(&self) -> Vec<String> {
        self.capabilities.clone()
    }

    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: String,
        replaces_id: u32,
        app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut rec = self.recorded.lock().unwrap();
        // As the spec says: a replacement keeps the id it replaces.
        let id = match replaces_id {
            0 => rec.notifications.len() as u32 + 1000,
            id => id,
        };
        let hints = hints
            .into_iter()
            .map(|(k, v)| {
                let text = match &*v {
                    zbus::zvariant::Value::Str(s) => s.to_string(),
                    zbus::zvariant::Value::U8(b) => b.to_string(),
                    other => format!("{other:?}"),
                };
                (k, text)
            })
            .collect();
        rec.notifications.push(Notified {
            id,
            app_name,
            summary,
            body,
            actions,
            replaces: replaces_id,
            icon: app_icon,
            hints,
            at: std::time::SystemTime::now(),
        });
        id
    }

    /// Takes it down and says so, as a real server does (reason 3: closed by a call).
    async fn close_notification(
        &self,
        id: u32,
        #[zbus(signal_emitter)] emitter: zbus::object_server::SignalEmitter<'_>,
    ) {
        let at = std::time::SystemTime::now();
        self.recorded.lock().unwrap().closed.push((id, at));
        let _ = emitter
            .emit(NOTIFICATIONS_IFACE, "NotificationClosed", &(id, 3u32))
            .await;
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "aloud-e2e".into(),
            "Aloud tests".into(),
            "1".into(),
            "1.2".into(),
        )
    }
}

/// A fake desktop on one bus connection.
pub struct Desktop {
    pub conn: Connection,
    pub recorded: Arc<Mutex<Recorded>>,
}

pub const NOTIFICATIONS_PATH: &str = "/org/freedesktop/Notifications";
pub const NOTIFICATIONS_IFACE: &str = "org.freedesktop.Notifications";

impl Desktop {
    /// Serves a tray watcher (when `tray`) and a notification server that reports
    /// the `actions` capability (when `actions`).
    pub fn start(bus_address: &str, tray: bool, actions: bool) -> Desktop {
        let recorded = Arc::new(Mutex::new(Recorded::default()));
        let mut capabilities = vec!["body".to_string()];
        if actions {
            capabilities.push("actions".into());
        }
        let mut builder = zbus::blocking::connection::Builder::address(bus_address)
            .unwrap()
            .name("org.freedesktop.Notifications")
            .unwrap()
            .serve_at(
                NOTIFICATIONS_PATH,
                Notifications {
                    recorded: recorded.clone(),
                    capabilities,
                },
            )
            .unwrap();
        if tray {
            builder = builder
                .name("org.kde.StatusNotifierWatcher")
                .unwrap()
                .serve_at("/StatusNotifierWatcher", Watcher(recorded.clone()))
                .unwrap();
        }
        Desktop {
            conn: builder.build().expect("connect the fake desktop"),
            recorded,
        }
    }

    /// Only a connection, serving nothing: for a bus where real desktop parts run.
    pub fn bare(bus_address: &str) -> Desktop {
        let conn = zbus::blocking::connection::Builder::address(bus_address)
            .unwrap()
            .build()
            .expect("connect to the bus");
        Desktop {
            conn,
            recorded: Arc::default(),
        }
    }

    /// A tray host arriving after the app started (e.g. an extension switched on).
    pub fn start_tray_watcher(&self) {
        self.conn
            .object_server()
            .at("/StatusNotifierWatcher", Watcher(self.recorded.clone()))
            .unwrap();
        self.conn
            .request_name("org.kde.StatusNotifierWatcher")
            .unwrap();
    }

    pub fn notifications(&self) -> Vec<Notified> {
        self.recorded.lock().unwrap().notifications.clone()
    }

    /// The ids passed to `CloseNotification`, in order.
    pub fn closed(&self) -> Vec<u32> {
        self.recorded
            .lock()
            .unwrap()
            .closed
            .iter()
            .map(|c| c.0)
            .collect()
    }

    pub fn tray_items(&self) -> Vec<(String, String)> {
        self.recorded.lock().unwrap().items.clone()
    }

    /// As a desktop does when a button is pressed: ActionInvoked, then
    /// NotificationClosed, at once (the app listens before it shows anything, so even
    /// an answer within a millisecond is heard).
    pub fn invoke(&self, id: u32, action: &str) {
        self.conn
            .emit_signal(
                None::<&str>,
                NOTIFICATIONS_PATH,
                NOTIFICATIONS_IFACE,
                "ActionInvoked",
                &(id, action),
            )
            .unwrap();
        self.conn
            .emit_signal(
                None::<&str>,
                NOTIFICATIONS_PATH,
                NOTIFICATIONS_IFACE,
                "NotificationClosed",
                &(id, 2u32),
            )
            .unwrap();
    }
}
