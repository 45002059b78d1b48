//! The engine's only way to sleep on Linux (the `Sleep` seam): one `poll` on three
//! file descriptors.
//! - a CLOCK_REALTIME timerfd armed at an absolute wall-clock instant, which also
//!   fires on resume if the instant passed during suspend, and is cancelled by the
//!   kernel when the clock is set (TFD_TIMER_CANCEL_ON_SET), as systemd's calendar
//!   timers do;
//! - inotify on the data dir (writes by the CLI or another process), on /etc
//!   (a change of /etc/localtime, i.e. of the system's time zone), and on the
//!   folders of the calendar files the person named (`follow`);
//! - an eventfd that the app pokes after its own writes.
//!
//! Nothing wakes it otherwise: no polling loop, no periodic timer.
use crate::platform::{Poke, Sleep, Waker, Woken};
use chrono::{DateTime, Utc};
use rustix::event::{eventfd, poll, EventfdFlags, PollFd, PollFlags};
use rustix::fd::OwnedFd;
use rustix::fs::inotify;
use rustix::io::Errno;
use rustix::time::{
    timerfd_create, timerfd_settime, Itimerspec, TimerfdClockId, TimerfdFlags, TimerfdTimerFlags,
    Timespec,
};
use std::io;
use std::mem::MaybeUninit;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub struct Wake {
    timer: OwnedFd,
    watch: OwnedFd,
    event: Arc<OwnedFd>,
    /// The watches of the data dir and /etc, which `follow` leaves alone.
    own: Vec<i32>,
    followed: Mutex<Followed>,
}

/// The files `follow` names, and the watches on their folders.
#[derive(Default)]
struct Followed {
    paths: Vec<PathBuf>,
    /// (the folder's watch, the file's name in it).
    files: Vec<(i32, Vec<u8>)>,
}

/// What changes a file: written, replaced by a rename (as most programs save), or
/// removed.
fn writes() -> inotify::WatchFlags {
    inotify::WatchFlags::MODIFY
        | inotify::WatchFlags::CLOSE_WRITE
        | inotify::WatchFlags::CREATE
        | inotify::WatchFlags::MOVED_TO
        | inotify::WatchFlags::DELETE
}

/// Writes to the eventfd the engine polls.
struct EventFd(Arc<OwnedFd>);

impl Waker for EventFd {
    fn poke(&self) {
        // An eventfd write only fails if the counter would overflow; a pending poke is enough.
        let _ = rustix::io::write(&*self.0, &1u64.to_ne_bytes());
    }
}

impl Wake {
    pub fn new(data_dir: &Path) -> io::Result<(Wake, Poke)> {
        let timer = timerfd_create(
            TimerfdClockId::Realtime,
            TimerfdFlags::CLOEXEC | TimerfdFlags::NONBLOCK,
        )?;
        let watch = inotify::init(inotify::CreateFlags::CLOEXEC | inotify::CreateFlags::NONBLOCK)?;
        let mut own = vec![inotify::add_watch(&watch, data_dir, writes())?];
        // The zone watch is a nicety: without it the zone is still re-read at each wake.
        let etc = inotify::add_watch(
            &watch,
            "/etc",
            inotify::WatchFlags::CREATE
                | inotify::WatchFlags::MOVED_TO
                | inotify::WatchFlags::CLOSE_WRITE,
        );
        own.extend(etc.ok());
        let event = Arc::new(eventfd(0, EventfdFlags::CLOEXEC | EventfdFlags::NONBLOCK)?);
        Ok((
            Wake {
                timer,
                watch,
                event: event.clone(),
                own,
                followed: Mutex::default(),
            },
            Poke::new(Arc::new(EventFd(event))),
        ))
    }

    fn drain_watch(&self, woken: &mut Woken) {
        let mut space = [MaybeUninit::<u8>::uninit(); 4096];
        let mut reader = inotify::Reader::new(&self.watch, &mut space);
        let followed = self.followed.lock().unwrap_or_else(|e| e.into_inner());
        while let Ok(event) = reader.next() {
            let name = event.file_name().map(|n| n.to_bytes()).unwrap_or_default();
            let wd = event.wd();
            if followed.files.iter().any(|(w, n)| *w == wd && n == name) {
                woken.followed_changed = true;
            }
            if !self.own.contains(&wd) {
                continue;
            }
            if name.starts_with(b"aloud.db") && !name.ends_with(b"-shm") {
                woken.data_changed = true;
            } else if name == b"localtime" || name == b"timezone" {
                woken.zone_changed = true;
            }
        }
    }
}

impl Sleep for Wake {
    /// Arms the timer for the absolute wall-clock instant `at`, or disarms it.
    fn arm(&self, at: Option<DateTime<Utc>>) -> io::Result<()> {
        let zero = Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        let value = match at {
            // A zero it_value disarms; never ask for the epoch itself.
            Some(at) => Timespec {
                tv_sec: at.timestamp().max(1),
                tv_nsec: i64::from(at.timestamp_subsec_nanos()),
            },
            None => zero,
        };
        let spec = Itimerspec {
            it_interval: zero,
            it_value: value,
        };
        timerfd_settime(
            &self.timer,
            TimerfdTimerFlags::ABSTIME | TimerfdTimerFlags::CANCEL_ON_SET,
            &spec,
        )?;
        Ok(())
    }

    /// Blocks until something happens, then drains every source and says what it was.
    fn wait(&self) -> io::Result<Woken> {
        let mut fds = [
            PollFd::new(&self.timer, PollFlags::IN),
            PollFd::new(&self.watch, PollFlags::IN),
            PollFd::new(&*self.event, PollFlags::IN),
        ];
        loop {
            match poll(&mut fds, None) {
                Ok(_) => break,
                Err(Errno::INTR) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        let mut woken = Woken::default();
        let mut buf = [0u8; 8];
        match rustix::io::read(&self.timer, &mut buf) {
            Ok(_) => woken.timer = true,
            Err(Errno::CANCELED) => woken.clock_changed = true,
            Err(_) => {}
        }
        if rustix::io::read(&*self.event, &mut buf).is_ok() {
            woken.poked = true;
        }
        self.drain_watch(&mut woken);
        Ok(woken)
    }

    /// Watches the folder of each file (a save often replaces the file by a rename,
    /// which a watch on the file itself would not outlive).
    fn follow(&self, files: &[PathBuf]) {
        let mut followed = self.followed.lock().unwrap_or_else(|e| e.into_inner());
        if followed.paths == files {
            return;
        }
        for (wd, _) in followed.files.drain(..) {
            if !self.own.contains(&wd) {
                let _ = inotify::remove_watch(&self.watch, wd);
            }
        }
        for path in files {
            let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
                continue;
            };
            // MASK_ADD: the data dir's own watch may be the same one.
            let flags = writes() | inotify::WatchFlags::MASK_ADD;
            if let Ok(wd) = inotify::add_watch(&self.watch, folder, flags) {
                let name = name.as_encoded_bytes().to_vec();
                followed.files.push((wd, name));
            }
        }
        followed.paths = files.to_vec();
    }
}
