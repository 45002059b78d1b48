//! The desktops' screensavers on the session bus: each says `ActiveChanged(true)`
//! when it starts (and the screen usually locks) and `false` when it ends. Aloud
//! only listens: it asks each one without starting it (see `aloud_desktop::bus`), and
//! follows the names' owners, so a screensaver that starts later (or again) is
//! asked then. One thread waits on all of these signals at once.
use crate::presence::Watch;
use aloud_desktop::bus::{self, Target};
use futures_lite::{stream, StreamExt};
use std::sync::{Arc, Weak};
use zbus::blocking::Connection;
use zbus::message::Type;
use zbus::{MatchRule, Message, MessageStream};

/// (bus name and interface, object path) of each desktop's screensaver.
const SCREENSAVERS: &[(&str, &str)] = &[
    ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.xfce.ScreenSaver", "/org/xfce/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
];

fn target(index: usize) -> Target<'static> {
    let (name, path) = SCREENSAVERS[index];
    Target {
        name,
        path,
        interface: name,
    }
}

/// What one signal is about.
enum News {
    /// `ActiveChanged` from any of them.
    Active(Message),
    /// The owner of `SCREENSAVERS[i]` changed.
    Owner(usize, Message),
}

pub fn start(watch: &Arc<Watch>, conn: &Connection) {
    // Subscribed before the first question, so no change falls between the two.
    let news = match futures_lite::future::block_on(subscribe(conn.inner())) {
        Ok(news) => news,
        Err(e) => {
            aloud_app::report!("aloud: cannot follow the screensaver ({e})");
            return;
        }
    };
    let asking = conn.clone();
    let conn = conn.inner().clone();
    for index in 0..SCREENSAVERS.len() {
        if let Ok(active) = bus::call_running(&asking, target(index), "GetActive", &()) {
            applied(watch, active);
        }
    }
    let watch = Arc::downgrade(watch);
    super::spawn("screensaver", move || {
        futures_lite::future::block_on(follow(watch, conn, news));
    });
}

type Stream = stream::Boxed<News>;

async fn subscribe(conn: &zbus::Connection) -> zbus::Result<Stream> {
    // One rule for all of them: the member is what they share.
    let rule = MatchRule::builder()
        .msg_type(Type::Signal)
        .member("ActiveChanged")?
        .build();
    let active = MessageStream::for_match_rule(rule, conn, Some(16)).await?;
    let mut news: Stream = active.filter_map(|m| m.ok().map(News::Active)).boxed();
    for (index, (name, _)) in SCREENSAVERS.iter().enumerate() {
        let owners = MessageStream::for_match_rule(bus::owner_changes(name)?, conn, Some(4));
        let owners = owners.await?;
        news = news
            .or(owners.filter_map(move |m| m.ok().map(|m| News::Owner(index, m))))
            .boxed();
    }
    Ok(news)
}

async fn follow(watch: Weak<Watch>, conn: zbus::Connection, mut news: Stream) {
    while let Some(news) = news.next().await {
        let Some(watch) = watch.upgrade() else { return };
        match news {
            News::Active(msg) => {
                let header = msg.header();
                let known = header
                    .interface()
                    .is_some_and(|i| SCREENSAVERS.iter().any(|(name, _)| *name == i.as_str()));
                if let (true, Ok(active)) = (known, msg.body().deserialize::<bool>()) {
                    applied(&watch, active);
                }
            }
            News::Owner(index, msg) => {
                let Ok((_, _, new_owner)) = msg.body().deserialize::<(String, String, String)>()
                else {
                    continue;
                };
                if new_owner.is_empty() {
                    // A screensaver that ended blanks nothing any more.
                    watch.update(|s| {
                        if s.screensaver.is_some() {
                            s.screensaver = Some(false);
                        }
                    });
                } else if let Ok(active) =
                    bus::call_running_async(&conn, target(index), "GetActive", &()).await
                {
                    applied(&watch, active);
                }
            }
        }
    }
}

fn applied(watch: &Watch, active: bool) {
    watch.add_source("screensaver");
    watch.update(|s| s.screensaver = Some(active));
}
