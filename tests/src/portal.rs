//! A stand-in for the desktop portal's `org.freedesktop.portal.OpenURI` (what
//! sandboxes, GNOME and KDE open links through), recording the addresses it is asked
//! to open. Like the real one it answers with a request handle.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use zbus::blocking::Connection;
use zbus::zvariant::{ObjectPath, OwnedObjectPath, Value};

struct OpenUri(Arc<Mutex<Vec<String>>>);

#[zbus::interface(name = "org.freedesktop.portal.OpenURI")]
impl OpenUri {
    #[zbus(name = "OpenURI")]
    fn open_uri(
        &self,
        _parent_window: &str,
        uri: &str,
        _options: HashMap<&str, Value<'_>>,
    ) -> OwnedObjectPath {
        let mut opened = self.0.lock().unwrap();
        opened.push(uri.to_string());
        let path = format!(
            "/org/freedesktop/portal/desktop/request/1/t{}",
            opened.len()
        );
        ObjectPath::try_from(path).unwrap().into()
    }
}

pub struct StandInPortal {
    _conn: Connection,
    opened: Arc<Mutex<Vec<String>>>,
}

impl StandInPortal {
    pub fn start(session_bus: &str) -> StandInPortal {
        let opened = Arc::new(Mutex::new(Vec::new()));
        let conn = zbus::blocking::connection::Builder::address(session_bus)
            .unwrap()
            .name("org.freedesktop.portal.Desktop")
            .unwrap()
            .serve_at("/org/freedesktop/portal/desktop", OpenUri(opened.clone()))
            .unwrap()
            .build()
            .expect("serve the stand-in portal");
        StandInPortal {
            _conn: conn,
            opened,
        }
    }

    /// The addresses asked for so far, in order.
    pub fn opened(&self) -> Vec<String> {
        self.opened.lock().unwrap().clone()
    }
}
