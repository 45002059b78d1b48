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
use zbus::zvariant::OwnedValue;
use zbus::{Connection, MatchRule};

const NAME: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";
/// (interface, property, the name the source answers by).
const PROPERTIES: &[(&str, &str, &str)] = &[
    ("org.dunstproject.cmd0", "paused", "dunst"),
    ("org.freedesktop.Notifications", "Inhibited", "KDE Plasma"),
];

pub async fn follow(dnd: Arc<DoNotDisturb>, conn: Connection) -> zbus::Result<()> {
    let changed = MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .sender(NAME)?
        .path(PATH)?
        .interface("org.freedesktop.DBus.Properties")?
        .member("PropertiesChanged")?
        .build();
    let changed = super::signals(&conn, changed).await?.map(|m| (true, m));
    let owners = super::signals(&conn, bus::owner_changes(NAME)?).await?;
    let mut news = changed.or(owners.map(|m| (false, m)));
    ask(&dnd, &conn).await;
    while let Some((is_change, Ok(msg))) = news.next().await {
        if !is_change {
            ask(&dnd, &conn).await;
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
    Ok(())
}

/// Asks the server that shows notifications now, if it is one that tells.
async fn ask(dnd: &DoNotDisturb, conn: &Connection) {
    let target = Target {
        name: NAME,
        path: PATH,
        interface: "org.freedesktop.DBus.Properties",
    };
    for (interface, property, name) in PROPERTIES {
        let answer: zbus::Result<OwnedValue> =
            bus::call_running_async(conn, target, "Get", &(interface, property)).await;
        if let Some(on) = answer.ok().and_then(|v| bool::try_from(v).ok()) {
            return dnd.said(Source::NotificationServer, name, Some(on));
        }
    }
    dnd.said(Source::NotificationServer, "", None);
}
