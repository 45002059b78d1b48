//! The desktops' screensavers on the session bus: each says `ActiveChanged(true)`
//! when it starts (and the screen usually locks) and `false` when it ends.
use super::Watch;
use std::sync::Arc;
use zbus::blocking::{Connection, MessageIterator};
use zbus::message::Type;
use zbus::MatchRule;

/// (bus name and interface, object path) of each desktop's screensaver.
const SCREENSAVERS: &[(&str, &str)] = &[
    ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.xfce.ScreenSaver", "/org/xfce/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
];

pub fn start(watch: &Arc<Watch>, conn: &Connection) {
    if let Err(e) = listen(watch, conn) {
        aloud_app::report!("aloud: cannot follow the screensaver ({e})");
    }
}

fn listen(watch: &Arc<Watch>, conn: &Connection) -> zbus::Result<()> {
    // One rule for all of them: the member is what they share.
    let rule = MatchRule::builder()
        .msg_type(Type::Signal)
        .member("ActiveChanged")?
        .build();
    let signals = MessageIterator::for_match_rule(rule, conn, Some(16))?;
    for (name, path) in SCREENSAVERS {
        let active = conn
            .call_method(Some(*name), *path, Some(*name), "GetActive", &())
            .and_then(|reply| reply.body().deserialize::<bool>());
        if let Ok(active) = active {
            watch.add_source("screensaver");
            watch.update(|s| s.screensaver = Some(active));
        }
    }
    let watch = Arc::downgrade(watch);
    super::spawn("screensaver", move || {
        for msg in signals {
            let Ok(msg) = msg else { continue };
            let Some(watch) = watch.upgrade() else { return };
            let header = msg.header();
            let known = header
                .interface()
                .is_some_and(|i| SCREENSAVERS.iter().any(|(name, _)| *name == i.as_str()));
            if let (true, Ok(active)) = (known, msg.body().deserialize::<bool>()) {
                watch.add_source("screensaver");
                watch.update(|s| s.screensaver = Some(active));
            }
        }
    });
    Ok(())
}
