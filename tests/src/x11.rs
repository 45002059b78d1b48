//! What the X server knows of a process's windows (Xvfb has no window manager, so
//! top-level windows are the root's children and sit exactly where they asked).
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{AtomEnum, ConnectionExt, MapState};

/// The place and size (x, y, width, height) of the mapped top-level window of `pid`.
pub fn window_rect(pid: u32) -> Option<(i32, i32, u32, u32)> {
    let (conn, screen_num) = x11rb::connect(None).ok()?;
    let root = conn.setup().roots[screen_num].root;
    let window = top_level(&conn, root, pid)?;
    let geometry = conn.get_geometry(window).ok()?.reply().ok()?;
    let place = conn
        .translate_coordinates(window, root, 0, 0)
        .ok()?
        .reply()
        .ok()?;
    Some((
        i32::from(place.dst_x),
        i32::from(place.dst_y),
        u32::from(geometry.width),
        u32::from(geometry.height),
    ))
}

/// The `WM_CLASS` (instance, class) of the mapped top-level window of `pid`, as
/// `xprop WM_CLASS` shows it.
pub fn wm_class(pid: u32) -> Option<(String, String)> {
    let (conn, screen_num) = x11rb::connect(None).ok()?;
    let root = conn.setup().roots[screen_num].root;
    let window = top_level(&conn, root, pid)?;
    let value = conn
        .get_property(false, window, AtomEnum::WM_CLASS, AtomEnum::STRING, 0, 256)
        .ok()?
        .reply()
        .ok()?
        .value;
    let mut parts = value
        .split(|b| *b == 0)
        .map(|p| String::from_utf8_lossy(p).into_owned());
    Some((parts.next()?, parts.next()?))
}

fn top_level(conn: &impl Connection, root: u32, pid: u32) -> Option<u32> {
    let wm_pid = conn
        .intern_atom(false, b"_NET_WM_PID")
        .ok()?
        .reply()
        .ok()?
        .atom;
    let tree = conn.query_tree(root).ok()?.reply().ok()?;
    tree.children.into_iter().find_map(|window| {
        let viewable = conn
            .get_window_attributes(window)
            .ok()?
            .reply()
            .ok()?
            .map_state
            == MapState::VIEWABLE;
        let owner = conn
            .get_property(false, window, wm_pid, AtomEnum::CARDINAL, 0, 1)
            .ok()?
            .reply()
            .ok()?
            .value32()?
            .next()?;
        (viewable && owner == pid).then_some(window)
    })
}
