//! The `Opener` seam on Linux: links through the `OpenURI` portal or `xdg-open`
//! (`aloud_desktop::open_link`), and SIGTERM to end a dashboard, as a desktop's
//! session manager asks a program to end.
use crate::platform::{OpenFailed, Opener};

pub struct Desktop;

impl Opener for Desktop {
    fn open_link(&self, url: &str, failed: OpenFailed) {
        aloud_desktop::open_link::open_in_background(url, failed);
    }

    fn end_process(&self, pid: u32) {
        let Ok(raw) = i32::try_from(pid) else { return };
        if let Some(pid) = rustix::process::Pid::from_raw(raw) {
            let _ = rustix::process::kill_process(pid, rustix::process::Signal::TERM);
        }
    }
}
