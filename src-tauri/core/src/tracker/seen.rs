//! What the running tray app sees of the person (at the desk or away) and from
//! which of the desktop's sources, recorded so that the command line and the
//! dashboard can tell it without talking to the tray. The record counts only while
//! the tray holds its lease (`store::lease`): once it ends, presence is unknown.
use super::Tracker;
use crate::error::Result;
use crate::presence::Presence;
use crate::store::{self, lease, lease::TrayLease};

const PRESENCE: &str = "presence";
const SOURCES: &str = "presence-sources";

impl Tracker {
    /// The tray app's lease, for as long as it runs; `None` when another tray app
    /// on this data dir holds it (that one's record counts).
    pub fn take_tray_lease(&self) -> Result<Option<TrayLease>> {
        lease::take(self.data_dir())
    }

    /// Records what the tray app sees now (call it only while holding the lease),
    /// and, while the person lets Aloud learn their day, the marks it makes.
    pub fn note_presence(&mut self, presence: Presence, sources: &[&str]) -> Result<()> {
        let learning = self.settings()?.learn_rhythm;
        let (now, tz) = (self.now(), self.tz);
        self.store.write(|conn| {
            store::put_app_state(conn, PRESENCE, presence.name())?;
            store::put_app_state(conn, SOURCES, &sources.join("\n"))?;
            Self::observe_rhythm(conn, presence, now, tz, learning)
        })
    }

    /// Whether a tray app runs on this data dir (it holds the lease).
    pub fn tray_running(&self) -> Result<bool> {
        Ok(lease::held(self.data_dir()))
    }

    /// What the running tray app last recorded; unknown and no source when none runs.
    pub fn presence_seen(&self) -> Result<(Presence, Vec<String>)> {
        if !lease::held(self.data_dir()) {
            return Ok((Presence::Unknown, Vec::new()));
        }
        let conn = self.store.read();
        let presence = store::app_state(conn, PRESENCE)?
            .and_then(|p| Presence::parse(&p))
            .unwrap_or(Presence::Unknown);
        let sources = store::app_state(conn, SOURCES)?
            .map(|s| s.lines().map(String::from).collect())
            .unwrap_or_default();
        Ok((presence, sources))
    }
}

#[cfg(test)]
mod tests {
    use crate::clock::FakeClock;
    use crate::presence::Presence;
    use crate::Tracker;
    use std::sync::Arc;

    fn open(dir: &std::path::Path) -> Tracker {
        let at = "2026-03-02T09:00:00Z".parse().unwrap();
        let clock = Arc::new(FakeClock::new(at));
        Tracker::open(dir, clock, chrono_tz::Europe::Berlin).unwrap()
    }

    #[test]
    fn presence_is_told_only_while_the_tray_app_holds_its_lease() {
        let dir = tempfile::tempdir().unwrap();
        let mut tray = open(dir.path());
        let reader = open(dir.path());
        assert_eq!(reader.status().unwrap().presence, Presence::Unknown);
        let lease = tray.take_tray_lease().unwrap().expect("the first tray app");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("tray.lock"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(
                mode & 0o777,
                0o600,
                "private, as every file of the data dir"
            );
        }
        assert!(tray.take_tray_lease().unwrap().is_none(), "a second lease");
        tray.note_presence(Presence::Away, &["logind", "X idle time"])
            .unwrap();
        assert_eq!(reader.status().unwrap().presence, Presence::Away);
        assert_eq!(reader.presence_seen().unwrap().1, ["logind", "X idle time"]);
        tray.note_presence(Presence::Present, &["logind"]).unwrap();
        assert_eq!(reader.status().unwrap().presence, Presence::Present);
        // The tray app ends (or crashes): what it recorded no longer counts.
        drop(lease);
        assert_eq!(reader.presence_seen().unwrap(), (Presence::Unknown, vec![]));
        assert!(tray.take_tray_lease().unwrap().is_some(), "a new tray app");
    }
}
