//! The single-instance seam on Linux: the first tray app of a session owns
//! `app.aloud.Aloud` on the session bus and serves `Open`, `Presence` and `Refresh`
//! there; a later launch asks it to open the dashboard and exits.
use crate::events::{Event, Inbox};
use crate::presence::Watch;
use crate::settled::Settled;
use aloud_app::panel::Panel;
use aloud_desktop::instance::{ask_open, NAME, PATH};
use std::sync::{Arc, OnceLock};
use zbus::blocking::Connection;
use zbus::fdo::{Error, RequestNameFlags, RequestNameReply};

/// Where the methods' answers come from, once the app has started.
struct Serving {
    inbox: Arc<Inbox>,
    presence: Arc<Watch>,
    settled: Arc<Settled>,
}

/// The longest `Refresh` waits for the engine: it answers even if the engine is
/// slow (a database locked by another program).
const REFRESH_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// The methods, answered once the app has started (`Instance::serve`).
struct Service(Arc<OnceLock<Serving>>);

#[zbus::interface(name = "app.aloud.Aloud")]
impl Service {
    /// Opens the dashboard at `panel` (`today`, `review`, `mindsets` or `welcome`).
    fn open(&self, panel: &str) -> zbus::fdo::Result<()> {
        let panel =
            Panel::parse(panel).ok_or_else(|| Error::InvalidArgs(format!("no panel '{panel}'")))?;
        let serving = self
            .0
            .get()
            .ok_or_else(|| Error::Failed("Aloud is still starting".into()))?;
        serving.inbox.send(Event::Open(panel));
        Ok(())
    }

    /// Whether the person is at the computer (`present`, `away`, `unknown`) and the
    /// desktop's sources of that answer, for `aloud status` and Settings.
    fn presence(&self) -> (String, Vec<String>) {
        match self.0.get() {
            Some(serving) => (
                serving.presence.presence().name().to_string(),
                serving
                    .presence
                    .sources()
                    .into_iter()
                    .map(String::from)
                    .collect(),
            ),
            None => ("unknown".to_string(), Vec::new()),
        }
    }

    /// Redraws the tray (the dashboard changed something the tray does not watch),
    /// and answers once the tray has caught up: a pass that began after the call
    /// has ended and what it showed has reached the desktop.
    async fn refresh(&self) {
        let Some(serving) = self.0.get() else { return };
        let settled = serving.settled.clone();
        let pass = settled.next_pass();
        serving.inbox.send(Event::Refresh);
        blocking::unblock(move || settled.wait_for(pass, REFRESH_WAIT)).await;
    }
}

pub enum Claim {
    /// This process is the instance; keep the value alive to keep the name.
    First(Instance),
    /// Another instance runs and was asked to open its dashboard.
    Running,
}

pub struct Instance {
    conn: Connection,
    serving: Arc<OnceLock<Serving>>,
}

impl Instance {
    /// The session-bus connection that holds the name.
    pub fn connection(&self) -> Connection {
        self.conn.clone()
    }

    /// Starts answering: `Open` and `Refresh` become events in `inbox`, `Presence`
    /// is read from `presence`, and `Refresh` waits on `settled`.
    pub fn serve(&self, inbox: Arc<Inbox>, presence: Arc<Watch>, settled: Arc<Settled>) {
        let _ = self.serving.set(Serving {
            inbox,
            presence,
            settled,
        });
    }
}

pub fn claim() -> zbus::Result<Claim> {
    let conn = Connection::session()?;
    let serving = Arc::new(OnceLock::new());
    conn.object_server().at(PATH, Service(serving.clone()))?;
    let taken = match conn.request_name_with_flags(NAME, RequestNameFlags::DoNotQueue.into()) {
        Ok(RequestNameReply::PrimaryOwner | RequestNameReply::AlreadyOwner) => false,
        Ok(RequestNameReply::Exists | RequestNameReply::InQueue) | Err(zbus::Error::NameTaken) => {
            true
        }
        Err(e) => return Err(e),
    };
    if taken {
        ask_open(&conn, Panel::Today.name())?;
        return Ok(Claim::Running);
    }
    Ok(Claim::First(Instance { conn, serving }))
}
