//! GNOME's Do Not Disturb: the key `show-banners` of
//! `org.gnome.desktop.notifications`, false while it is on. dconf keeps it in a
//! file (`~/.config/dconf/user`, a GVDB table) that its writer service changes and
//! announces with `Notify`; Aloud reads the file then (and once at start), as
//! dconf's own clients do, and never calls the service.
use super::{DoNotDisturb, Source};
use futures_lite::StreamExt;
use std::path::PathBuf;
use std::sync::Arc;
use zbus::zvariant::Value;
use zbus::{Connection, MatchRule};

const KEY: &str = "/org/gnome/desktop/notifications/show-banners";

pub async fn follow(dnd: Arc<DoNotDisturb>, conn: Connection) -> zbus::Result<()> {
    let rule = MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .interface("ca.desrt.dconf.Writer")?
        .member("Notify")?
        .build();
    let mut notes = super::signals(&conn, rule).await?;
    let gnome = std::env::var("XDG_CURRENT_DESKTOP").is_ok_and(|d| d.contains("GNOME"));
    read(&dnd, gnome);
    while let Some(Ok(msg)) = notes.next().await {
        let Ok((prefix, changes, _)) = msg.body().deserialize::<(String, Vec<String>, String)>()
        else {
            continue;
        };
        if touches(&prefix, &changes) {
            read(&dnd, gnome);
        }
    }
    Ok(())
}

/// Whether a `Notify` of `prefix` and `changes` may concern the key: the key
/// itself, or a folder above it (a reset of a whole folder).
fn touches(prefix: &str, changes: &[String]) -> bool {
    let mut keys = changes.iter().map(|c| format!("{prefix}{c}"));
    match changes.is_empty() {
        true => KEY.starts_with(prefix),
        false => keys.any(|k| KEY.starts_with(&k)),
    }
}

/// Reads the key; on GNOME, a key never set is Do Not Disturb off. Elsewhere the
/// source counts only once the key was set.
fn read(dnd: &DoNotDisturb, gnome: bool) {
    let banners = database().and_then(|path| show_banners(&path));
    match (banners, gnome) {
        (Some(banners), _) => dnd.said(Source::Dconf, "GNOME", Some(!banners)),
        (None, true) => dnd.said(Source::Dconf, "GNOME", Some(false)),
        (None, false) => dnd.said(Source::Dconf, "", None),
    }
}

fn database() -> Option<PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(config.join("dconf/user"))
}

fn show_banners(path: &std::path::Path) -> Option<bool> {
    let file = gvdb::read::File::from_file(path).ok()?;
    let table = file.hash_table().ok()?;
    let value = table.get_value(KEY).ok()?;
    match value {
        Value::Bool(b) => Some(b),
        Value::Value(inner) => match *inner {
            Value::Bool(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::touches;

    #[test]
    fn only_changes_that_may_concern_the_key_are_read() {
        let s = |v: &[&str]| v.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert!(touches(
            "/org/gnome/desktop/notifications/show-banners",
            &[]
        ));
        assert!(touches(
            "/org/gnome/desktop/notifications/",
            &s(&["show-banners"])
        ));
        assert!(touches("/org/gnome/desktop/", &s(&["notifications/"])));
        assert!(touches("/", &[]));
        assert!(!touches(
            "/org/gnome/desktop/interface/",
            &s(&["gtk-theme"])
        ));
        assert!(!touches(
            "/org/gnome/desktop/notifications/",
            &s(&["application-children"])
        ));
    }
}
