//! What Aloud's two desktop programs (`aloud-tray`, `aloud-dashboard`) share on
//! Linux and the command line must not link: the session bus, the tray app's name
//! on it, the desktop's portal, and whether a tray host runs.
pub mod bus;
pub mod instance;
pub mod open_link;
pub mod tray_host;
