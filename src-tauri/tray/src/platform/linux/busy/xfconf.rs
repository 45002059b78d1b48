//! Xfce's Do Not Disturb: xfce4-notifyd keeps it in xfconf (channel
//! `xfce4-notifyd`, property `/do-not-disturb`); xfconfd says each change with
//! `PropertyChanged` (and `PropertyRemoved`). xfconfd starts on demand, so it is
//! asked only while it runs, and again when it starts.
use super::{DoNotDisturb, Source};
use aloud_desktop::bus::{self, Target};
use futures_lite::StreamExt;
use std::sync::Arc;
use zbus::blocking::Connection;
use zbus::zvariant::OwnedValue;
use zbus::MatchRule;

const NAME: &str = "org.xfce.Xfconf";
const CHANNEL: &str = "xfce4-notifyd";
const PROPERTY: &str = "/do-not-disturb";
const TARGET: Target<'static> = Target {
    name: NAME,
    path: "/org/xfce/Xfconf",
    interface: NAME,
};

pub fn start(dnd: &Arc<DoNotDisturb>, conn: &Connection) {
    let rule = |member| -> zbus::Result<MatchRule<'static>> {
        Ok(MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface(NAME)?
            .member(member)?
            .arg(0, CHANNEL)?
            .arg(1, PROPERTY)?
            .build())
    };
    let owners = bus::owner_changes(NAME).map(|r| r.to_owned());
    let streams = (
        super::signals(conn, rule("PropertyChanged")),
        super::signals(conn, rule("PropertyRemoved")),
        super::signals(conn, owners),
    );
    let (Ok(changed), Ok(removed), Ok(owners)) = streams else {
        aloud_app::report!("aloud: cannot follow Xfce's Do Not Disturb");
        return;
    };
    ask(dnd, conn);
    let (dnd, conn) = (dnd.clone(), conn.clone());
    super::spawn("xfconf", move || {
        let mut news = changed
            .map(|m| (1, m))
            .or(removed.map(|m| (2, m)))
            .or(owners.map(|m| (3, m)));
        while let Some((kind, Ok(msg))) = futures_lite::future::block_on(news.next()) {
            match kind {
                1 => {
                    let body = msg.body();
                    if let Ok((_, _, value)) = body.deserialize::<(String, String, OwnedValue)>() {
                        dnd.said(Source::Xfconf, "Xfce", Some(on(value)));
                    }
                }
                2 => dnd.said(Source::Xfconf, "Xfce", Some(false)),
                _ => ask(&dnd, &conn),
            }
        }
    });
}

/// Asks xfconfd if it runs; a property never set is Do Not Disturb off.
fn ask(dnd: &DoNotDisturb, conn: &Connection) {
    let answer: zbus::Result<OwnedValue> =
        bus::call_running(conn, TARGET, "GetProperty", &(CHANNEL, PROPERTY));
    match answer {
        Ok(value) => dnd.said(Source::Xfconf, "Xfce", Some(on(value))),
        Err(zbus::Error::MethodError(name, _, _)) if name.as_str().starts_with(NAME) => {
            dnd.said(Source::Xfconf, "Xfce", Some(false))
        }
        Err(_) => dnd.said(Source::Xfconf, "", None),
    }
}

fn on(value: OwnedValue) -> bool {
    bool::try_from(value).unwrap_or(false)
}
