//! Xfce's Do Not Disturb: xfce4-notifyd keeps it in xfconf (channel
//! `xfce4-notifyd`, property `/do-not-disturb`); xfconfd says each change with
//! `PropertyChanged` (and `PropertyRemoved`). xfconfd starts on demand, so it is
//! asked only while it runs, and again when it starts.
use super::{DoNotDisturb, Source};
use aloud_desktop::bus::{self, Target};
use futures_lite::StreamExt;
use std::sync::Arc;
use zbus::zvariant::OwnedValue;
use zbus::{Connection, MatchRule};

const NAME: &str = "org.xfce.Xfconf";
const CHANNEL: &str = "xfce4-notifyd";
const PROPERTY: &str = "/do-not-disturb";
const TARGET: Target<'static> = Target {
    name: NAME,
    path: "/org/xfce/Xfconf",
    interface: NAME,
};

/// What a signal is about.
enum News {
    Changed(zbus::Message),
    Removed,
    Owner,
}

pub async fn follow(dnd: Arc<DoNotDisturb>, conn: Connection) -> zbus::Result<()> {
    let rule = |member| -> zbus::Result<MatchRule<'static>> {
        Ok(MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface(NAME)?
            .member(member)?
            .arg(0, CHANNEL)?
            .arg(1, PROPERTY)?
            .build())
    };
    let changed = super::signals(&conn, rule("PropertyChanged")?).await?;
    let removed = super::signals(&conn, rule("PropertyRemoved")?).await?;
    let owners = super::signals(&conn, bus::owner_changes(NAME)?).await?;
    let mut news = changed
        .filter_map(|m| m.ok().map(News::Changed))
        .or(removed.map(|_| News::Removed))
        .or(owners.map(|_| News::Owner));
    ask(&dnd, &conn).await;
    while let Some(news) = news.next().await {
        match news {
            News::Changed(msg) => {
                if let Ok((_, _, value)) = msg.body().deserialize::<(String, String, OwnedValue)>()
                {
                    dnd.said(Source::Xfconf, "Xfce", Some(on(value)));
                }
            }
            News::Removed => dnd.said(Source::Xfconf, "Xfce", Some(false)),
            News::Owner => ask(&dnd, &conn).await,
        }
    }
    Ok(())
}

/// Asks xfconfd if it runs; a property never set is Do Not Disturb off.
async fn ask(dnd: &DoNotDisturb, conn: &Connection) {
    let answer: zbus::Result<OwnedValue> =
        bus::call_running_async(conn, TARGET, "GetProperty", &(CHANNEL, PROPERTY)).await;
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
