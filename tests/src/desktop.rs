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
    pub at: std::time::SystemTime,
}

#[derive(Debug, Default)]
pub struct Recorded {
    /// (bus name of the sender, the path or name it registered)
    pub items: Vec<(String, String)>,
    /// When each item registered (the benchmarks time launch → tray).
    pub item_times: Vec<std::time::Instant>,
    pub notifications: Vec<Notified>,
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
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut rec = self.recorded.lock().unwrap();
        let id = rec.notifications.len() as u32 + 1;
        rec.notifications.push(Notified {
            id,
            app_name,
            summary,
            body,
            actions,
            at: std::time::SystemTime::now(),
        });
        id
    }

    fn close_notification(&self, _id: u32) {}

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

    pub fn tray_items(&self) -> Vec<(String, String)> {
        self.recorded.lock().unwrap().items.clone()
    }

    /// As a desktop does when a button is pressed: ActionInvoked, then NotificationClosed.
    /// Not sooner than a person could (300 ms after the notification came): the app
    /// starts listening for the answer just after the notification is shown, and a
    /// signal sent in between would be lost (seen under load when the test answered
    /// within a millisecond).
    pub fn invoke(&self, id: u32, action: &str) {
        let shown = self.notifications().into_iter().find(|n| n.id == id);
        if let Some(wait) = shown.and_then(|n| {
            (n.at + std::time::Duration::from_millis(300))
                .duration_since(std::time::SystemTime::now())
                .ok()
        }) {
            std::thread::sleep(wait);
        }
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
