//! What Aloud's two desktop programs (`aloud-tray`, `aloud-dashboard`) share and
//! the command line must not link: the session bus and the tray app's name on it,
//! the desktop's portal, and the tracker behind a lock for many threads.
pub mod bus;
pub mod instance;
pub mod open_link;
pub mod shared_tracker;
pub mod tray_host;
