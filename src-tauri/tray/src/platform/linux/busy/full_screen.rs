//! The window with the focus in full screen, on X11: the window manager names it
//! in the root window's `_NET_ACTIVE_WINDOW` and marks it with
//! `_NET_WM_STATE_FULLSCREEN` in its `_NET_WM_STATE`. Aloud follows property
//! changes on the root window and on that window only, so it wakes when the focus
//! moves or the state changes, never otherwise. On Wayland the desktop does not
//! tell other programs this; the source is then absent, and Settings says so.
use crate::busy::BusyWatch;
use std::sync::{Arc, Weak};
use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{
    Atom, AtomEnum, ChangeWindowAttributesAux, ConnectionExt as _, EventMask, Window,
};
use x11rb::protocol::Event;
use x11rb::rust_connection::RustConnection;

type Failure = Box<dyn std::error::Error>;

struct Atoms {
    active: Atom,
    state: Atom,
    fullscreen: Atom,
}

pub fn start(watch: &Arc<BusyWatch>) {
    if std::env::var_os("DISPLAY").is_none_or(|d| d.is_empty())
        || std::env::var("XDG_SESSION_TYPE").as_deref() == Ok("wayland")
    {
        return;
    }
    let connected = RustConnection::connect(None).map_err(Failure::from);
    let (conn, screen) = match connected {
        Ok(c) => c,
        Err(e) => {
            aloud_app::report!("aloud: cannot follow full-screen windows ({e})");
            return;
        }
    };
    let weak = Arc::downgrade(watch);
    super::spawn("full screen", move || {
        if let Err(e) = follow(&conn, screen, &weak) {
            aloud_app::report!("aloud: stopped following full-screen windows ({e})");
        }
    });
}

fn follow(conn: &RustConnection, screen: usize, watch: &Weak<BusyWatch>) -> Result<(), Failure> {
    let root = conn.setup().roots[screen].root;
    let atom =
        |name: &[u8]| -> Result<Atom, Failure> { Ok(conn.intern_atom(false, name)?.reply()?.atom) };
    let atoms = Atoms {
        active: atom(b"_NET_ACTIVE_WINDOW")?,
        state: atom(b"_NET_WM_STATE")?,
        fullscreen: atom(b"_NET_WM_STATE_FULLSCREEN")?,
    };
    let changes = ChangeWindowAttributesAux::new().event_mask(EventMask::PROPERTY_CHANGE);
    conn.change_window_attributes(root, &changes)?.check()?;
    if let Some(watch) = watch.upgrade() {
        watch.add_source("X11 full screen");
    }
    let mut active = focus(conn, root, &atoms, None)?;
    tell(conn, active, &atoms, watch)?;
    loop {
        let Event::PropertyNotify(e) = conn.wait_for_event()? else {
            continue;
        };
        if e.window == root && e.atom == atoms.active {
            active = focus(conn, root, &atoms, active)?;
        } else if Some(e.window) != active || e.atom != atoms.state {
            continue;
        }
        if watch.strong_count() == 0 {
            return Ok(());
        }
        tell(conn, active, &atoms, watch)?;
    }
}

/// The window with the focus now, whose property changes are then followed (and
/// no longer those of the one before).
fn focus(
    conn: &RustConnection,
    root: Window,
    atoms: &Atoms,
    before: Option<Window>,
) -> Result<Option<Window>, Failure> {
    let reply = conn
        .get_property(false, root, atoms.active, AtomEnum::WINDOW, 0, 1)?
        .reply()?;
    let now = reply
        .value32()
        .and_then(|mut v| v.next())
        .filter(|w| *w != 0);
    if now != before {
        if let Some(old) = before {
            let none = ChangeWindowAttributesAux::new().event_mask(EventMask::NO_EVENT);
            // The window may be gone already.
            let _ = conn.change_window_attributes(old, &none)?.check();
        }
        if let Some(new) = now {
            let props = ChangeWindowAttributesAux::new().event_mask(EventMask::PROPERTY_CHANGE);
            let _ = conn.change_window_attributes(new, &props)?.check();
        }
    }
    Ok(now)
}

fn tell(
    conn: &RustConnection,
    window: Option<Window>,
    atoms: &Atoms,
    watch: &Weak<BusyWatch>,
) -> Result<(), Failure> {
    let full = match window {
        Some(w) => conn
            .get_property(false, w, atoms.state, AtomEnum::ATOM, 0, 64)?
            .reply()
            .ok()
            .and_then(|r| r.value32().map(|mut v| v.any(|a| a == atoms.fullscreen)))
            .unwrap_or(false),
        None => false,
    };
    if let Some(watch) = watch.upgrade() {
        watch.update(|s| s.full_screen = Some(full));
    }
    Ok(())
}
