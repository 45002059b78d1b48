//! Asking other programs on D-Bus without starting them. A plain call to a name
//! nobody owns makes the bus start that name's service, if a service file for it is
//! installed: calling GNOME's screensaver on a KDE desktop would start it. Aloud only
//! listens to the desktop's screensavers, logind and idle monitors, so it asks with
//! `NO_AUTO_START`: a name nobody owns answers `ServiceUnknown` at once, and a
//! service that starts later is followed through `NameOwnerChanged`.
use zbus::proxy::{CacheProperties, MethodFlags};
use zbus::zvariant::{DynamicDeserialize, DynamicType};
use zbus::MatchRule;

/// Where a method is: the owner's name, the object's path and its interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target<'a> {
    pub name: &'a str,
    pub path: &'a str,
    pub interface: &'a str,
}

/// Calls `method` on `target` if its name has an owner now; never starts it.
pub fn call_running<B, R>(
    conn: &zbus::blocking::Connection,
    target: Target<'_>,
    method: &str,
    body: &B,
) -> zbus::Result<R>
where
    B: serde::Serialize + DynamicType,
    R: for<'d> DynamicDeserialize<'d>,
{
    zbus::block_on(call_running_async(conn.inner(), target, method, body))
}

/// The same, for code running on an async task.
pub async fn call_running_async<B, R>(
    conn: &zbus::Connection,
    target: Target<'_>,
    method: &str,
    body: &B,
) -> zbus::Result<R>
where
    B: serde::Serialize + DynamicType,
    R: for<'d> DynamicDeserialize<'d>,
{
    zbus::proxy::Builder::<zbus::Proxy<'_>>::new(conn)
        .destination(target.name)?
        .path(target.path)?
        .interface(target.interface)?
        .cache_properties(CacheProperties::No)
        .build()
        .await?
        .call_with_flags(method, MethodFlags::NoAutoStart.into(), body)
        .await?
        .ok_or_else(|| zbus::Error::Failure(format!("{method}: no reply")))
}

/// The bus's `NameOwnerChanged` for one name only: a service that starts, ends or
/// changes hands. (A rule on every name would wake Aloud for each program that
/// connects to the bus.)
pub fn owner_changes(name: &str) -> zbus::Result<MatchRule<'_>> {
    Ok(MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .sender("org.freedesktop.DBus")?
        .interface("org.freedesktop.DBus")?
        .member("NameOwnerChanged")?
        .arg(0, name)?
        .build())
}
