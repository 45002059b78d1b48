//! Do Not Disturb of the server that shows notifications: dunst's `paused`
//! (`org.dunstproject.cmd0`) and KDE Plasma's `Inhibited`
//! (`org.freedesktop.Notifications`), both properties of
//! `/org/freedesktop/Notifications` whose changes come as `PropertiesChanged`.
//! When the server changes hands, the new one is asked.
use super::{DoNotDisturb, Source};
use aloud_desktop::bus::{self, Target};
use futures_lite::StreamExt;
use std::collections::HashMap;
use std::sync::Arc;
use zbus::blocking::Connection;
use zbus::zvariant::OwnedValue;
use zbus::MatchRule;

const NAME: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";
/// (interface, property, the name the source answers by).
const PROPERTIES: &[(&str, &str, &str)] = &[
    ("org.dunstproject.cmd0", "paused", "dunst"),
    ("org.freedesktop.Notifications", "Inhibited", "KDE Plasma"),
];

pub fn start(dnd: &Arc<DoNotDisturb>, conn: &Connection) {
    let changed = || -> zbus::Result<MatchRule<'static>> {
        Ok(MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .sender(NAME)?
            .path(PATH)?
            .interface("org.freedesktop.DBus.Properties")?
            .member("PropertiesChanged")?
            .build())
    };
    let owners = bus::owner_changes(NAME).map(|r| r.to_owned());
    let streams = (
        super::signals(conn, changed()),
        super::signals(conn, owners),
    );
    let (changed, owners) = match streams {
        (Ok(changed), Ok(owners)) => (changed, owners),
        (Err(e), _) | (_, Err(e)) => {
            aloud_app::report!("aloud: cannot follow Do Not Disturb ({e})");
            return;
        }
    };
    ask(dnd, conn);
    let (dnd, conn) = (dnd.clone(), conn.clone());
    super::spawn("do not disturb", move || {
        let changed = changed.map(|m| (true, m));
        let owners = owners.map(|m| (false, m));
        let mut news = changed.or(owners);
        while let Some((is_change, Ok(msg))) = futures_lite::future::block_on(news.next()) {
            if !is_change {
                ask(&dnd, &conn);
                continue;
            }
            let Ok((interface, changed, _)) =
                msg.body()
                    .deserialize::<(String, HashMap<String, OwnedValue>, Vec<String>)>()
            else {
                continue;
            };
            for (iface, property, name) in PROPERTIES {
                if interface == *iface {
                    if let Some(on) = changed.get(*property).and_then(|v| bool::try_from(v).ok()) {
                        dnd.said(Source::NotificationServer, name, Some(on));
                    }
                }
            }
        }
    });
}

/// Asks the server that shows notifications now, if it is one that tells.
fn ask(dnd: &DoNotDisturb, conn: &Connection) {
    let target = Target {
        name: NAME,
        path: PATH,
        interface: "org.freedesktop.DBus.Properties",
    };
    for (interface, property, name) in PROPERTIES {
        let answer: zbus::Result<OwnedValue> =
            bus::call_running(conn, target, "Get", &(interface, property));
        if let Some(on) = answer.ok().and_then(|v| bool::try_from(v).ok()) {
            return dnd.said(Source::NotificationServer, name, Some(on));
        }
    }
    dnd.said(Source::NotificationServer, "", None);
}
