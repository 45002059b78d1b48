//! The engine's only way to sleep on Windows (the `Sleep` seam): one
//! `WaitForMultipleObjects` on
//! - a waitable timer set to an absolute instant (a positive due time is absolute
//!   system time: it follows a change of the clock, and fires on resume when the
//!   instant passed during sleep);
//! - an event the shell window sets on `WM_TIMECHANGE` (the clock or the zone was
//!   set);
//! - an event the app sets after its own writes (the poke);
//! - directory watches (`ReadDirectoryChangesW`, overlapped) on the data dir and on
//!   the folders of the files the person named (`follow`).
//!
//! Nothing wakes it otherwise: no polling loop, no periodic timer.
#![allow(unsafe_code)] // the kernel's C API; each call's pointers are checked beside it

use super::handle::Handle;
use super::wide::wide_path;
use crate::platform::{Poke, Sleep, Waker, Woken};
use chrono::{DateTime, Utc};
use std::cell::UnsafeCell;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE, WAIT_FAILED, WAIT_OBJECT_0};
use windows_sys::Win32::Storage::FileSystem::{
    CreateFileW, ReadDirectoryChangesW, FILE_FLAG_BACKUP_SEMANTICS, FILE_FLAG_OVERLAPPED,
    FILE_LIST_DIRECTORY, FILE_NOTIFY_CHANGE_FILE_NAME, FILE_NOTIFY_CHANGE_LAST_WRITE,
    FILE_NOTIFY_CHANGE_SIZE, FILE_SHARE_DELETE, FILE_SHARE_READ, FILE_SHARE_WRITE, OPEN_EXISTING,
};
use windows_sys::Win32::System::Threading::{
    CancelWaitableTimer, CreateEventW, CreateWaitableTimerW, SetEvent, SetWaitableTimer,
    WaitForMultipleObjects, WaitForSingleObject, INFINITE,
};
use windows_sys::Win32::System::IO::{CancelIoEx, GetOverlappedResult, OVERLAPPED};

/// Set by the shell window when Windows says the clock or the zone changed.
static CLOCK_SET: OnceLock<Arc<Handle>> = OnceLock::new();

/// Called from the shell window on `WM_TIMECHANGE`.
pub fn clock_was_set() {
    if let Some(event) = CLOCK_SET.get() {
        // SAFETY: the event handle lives as long as the process.
        unsafe { SetEvent(event.raw()) };
    }
}

/// Seconds between 1601-01-01 (FILETIME's epoch) and 1970-01-01.
const FILETIME_UNIX_OFFSET: i64 = 11_644_473_600;

/// `at` as FILETIME: 100-nanosecond steps since 1601, which a positive due time of
/// `SetWaitableTimer` reads as an absolute instant.
pub fn filetime(at: DateTime<Utc>) -> i64 {
    (at.timestamp() + FILETIME_UNIX_OFFSET) * 10_000_000
        + i64::from(at.timestamp_subsec_nanos() / 100)
}

pub struct Wake {
    timer: Handle,
    clock: Arc<Handle>,
    poke: Arc<Handle>,
    data: DirWatch,
    followed: Mutex<(Vec<PathBuf>, Vec<DirWatch>)>,
}

struct PokeEvent(Arc<Handle>);

impl Waker for PokeEvent {
    fn poke(&self) {
        // SAFETY: the event handle lives as long as the `Arc`.
        unsafe { SetEvent(self.0.raw()) };
    }
}

fn event() -> io::Result<Handle> {
    // SAFETY: an unnamed auto-reset event, initially unset.
    Handle::checked(unsafe { CreateEventW(std::ptr::null(), 0, 0, std::ptr::null()) })
}

impl Wake {
    pub fn new(data_dir: &Path) -> io::Result<(Wake, Poke)> {
        // SAFETY: an unnamed auto-reset timer.
        let timer = Handle::checked(unsafe {
            CreateWaitableTimerW(std::ptr::null(), 0, std::ptr::null())
        })?;
        let clock = CLOCK_SET
            .get_or_init(|| Arc::new(event().expect("an event")))
            .clone();
        let poke = Arc::new(event()?);
        let data = DirWatch::new(data_dir, Vec::new())?;
        Ok((
            Wake {
                timer,
                clock,
                poke: poke.clone(),
                data,
                followed: Mutex::default(),
            },
            Poke::new(Arc::new(PokeEvent(poke))),
        ))
    }
}

/// Whether the waitable `handle` is signalled now; waiting on it resets it.
fn signalled(handle: HANDLE) -> bool {
    // SAFETY: a valid handle, not waited on for any time.
    unsafe { WaitForSingleObject(handle, 0) == WAIT_OBJECT_0 }
}

impl Sleep for Wake {
    fn arm(&self, at: Option<DateTime<Utc>>) -> io::Result<()> {
        let done = match at {
            None => unsafe {
                // SAFETY: a valid timer handle.
                CancelWaitableTimer(self.timer.raw())
            },
            Some(at) => {
                let due = filetime(at).max(1);
                // SAFETY: a valid timer handle; `due` outlives the call; no
                // completion routine, no resume from sleep (the timer only wakes
                // the engine, never the machine).
                unsafe { SetWaitableTimer(self.timer.raw(), &due, 0, None, std::ptr::null(), 0) }
            }
        };
        if done == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    fn wait(&self) -> io::Result<Woken> {
        let followed = self.followed.lock().unwrap_or_else(|e| e.into_inner());
        let mut handles = vec![
            self.timer.raw(),
            self.clock.raw(),
            self.poke.raw(),
            self.data.event.raw(),
        ];
        handles.extend(followed.1.iter().map(|w| w.event.raw()));
        // At most 64 handles: the data dir and 20 calendars' folders are far fewer.
        handles.truncate(64);
        drop(followed);
        // SAFETY: every handle is valid while `self` lives; wait for any one.
        let woke =
            unsafe { WaitForMultipleObjects(handles.len() as u32, handles.as_ptr(), 0, INFINITE) };
        if woke == WAIT_FAILED {
            return Err(io::Error::last_os_error());
        }
        // The wait consumed the first handle's signal (auto-reset): it is ready;
        // the others are asked without waiting, which consumes theirs.
        let first = woke.wrapping_sub(WAIT_OBJECT_0) as usize;
        let ready: Vec<bool> = (0..handles.len())
            .map(|i| i == first || signalled(handles[i]))
            .collect();
        let mut woken = Woken {
            timer: ready[0],
            clock_changed: ready[1],
            zone_changed: ready[1],
            poked: ready[2],
            ..Woken::default()
        };
        if let Some(names) = self.data.changes(ready[3]) {
            woken.data_changed = names.map_or(true, |names| {
                names
                    .iter()
                    .any(|n| n.starts_with("aloud.db") && !n.ends_with("-shm"))
            });
        }
        let followed = self.followed.lock().unwrap_or_else(|e| e.into_inner());
        for (watch, ready) in followed.1.iter().zip(&ready[4..]) {
            if let Some(names) = watch.changes(*ready) {
                woken.followed_changed |=
                    names.map_or(true, |names| names.iter().any(|n| watch.files.contains(n)));
            }
        }
        Ok(woken)
    }

    fn follow(&self, files: &[PathBuf]) {
        let mut followed = self.followed.lock().unwrap_or_else(|e| e.into_inner());
        if followed.0 == files {
            return;
        }
        let mut watches: Vec<DirWatch> = Vec::new();
        for path in files {
            let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
                continue;
            };
            let name = name.to_string_lossy().to_lowercase();
            match watches.iter_mut().find(|w| w.folder == folder) {
                Some(watch) => watch.files.push(name),
                None => {
                    if let Ok(watch) = DirWatch::new(folder, vec![name]) {
                        watches.push(watch);
                    }
                }
            }
        }
        *followed = (files.to_vec(), watches);
    }
}

/// One folder watched for changes to the names in it, with a read always pending.
struct DirWatch {
    folder: PathBuf,
    /// The followed files in it, lower-cased (Windows names ignore case).
    files: Vec<String>,
    dir: Handle,
    event: Handle,
    /// Written by the kernel while a read is pending, hence cells; boxed so that
    /// they never move.
    overlapped: Box<UnsafeCell<OVERLAPPED>>,
    /// DWORD-aligned, as `ReadDirectoryChangesW` requires.
    buffer: Box<UnsafeCell<[u32; 2048]>>,
}

// SAFETY: the raw pointers inside are handles and kernel-owned buffers, used by
// one thread at a time (behind the engine's `Sleep` or the `followed` lock).
unsafe impl Send for DirWatch {}

impl DirWatch {
    fn new(folder: &Path, files: Vec<String>) -> io::Result<DirWatch> {
        let name = wide_path(folder);
        // SAFETY: a NUL-terminated path; a folder opened for listing, shared
        // with every other program, asynchronously.
        let dir = unsafe {
            CreateFileW(
                name.as_ptr(),
                FILE_LIST_DIRECTORY,
                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                std::ptr::null(),
                OPEN_EXISTING,
                FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OVERLAPPED,
                std::ptr::null_mut(),
            )
        };
        if dir == INVALID_HANDLE_VALUE {
            return Err(io::Error::last_os_error());
        }
        let dir = Handle::checked(dir)?;
        let event = event()?;
        // SAFETY: OVERLAPPED is plain data; all zero is its documented start.
        let mut overlapped: OVERLAPPED = unsafe { std::mem::zeroed() };
        overlapped.hEvent = event.raw();
        let watch = DirWatch {
            folder: folder.to_path_buf(),
            files,
            dir,
            event,
            overlapped: Box::new(UnsafeCell::new(overlapped)),
            buffer: Box::new(UnsafeCell::new([0; 2048])),
        };
        watch.read()?;
        Ok(watch)
    }

    /// Starts the next read; its end sets the event.
    fn read(&self) -> io::Result<()> {
        let filter =
            FILE_NOTIFY_CHANGE_FILE_NAME | FILE_NOTIFY_CHANGE_LAST_WRITE | FILE_NOTIFY_CHANGE_SIZE;
        // SAFETY: the buffer and the OVERLAPPED are boxed, so they stay where they
        // are until the read ends or `drop` cancels it and waits.
        let started = unsafe {
            ReadDirectoryChangesW(
                self.dir.raw(),
                self.buffer.get().cast(),
                (2048 * 4) as u32,
                0,
                filter,
                std::ptr::null_mut(),
                self.overlapped.get(),
                None,
            )
        };
        if started == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// What changed since the last read, if it ended (`ready`: its event was
    /// set): the names (lower-cased), or `None` inside when too much changed to
    /// list. Starts the next read.
    fn changes(&self, ready: bool) -> Option<Option<Vec<String>>> {
        if !ready {
            return None;
        }
        let mut bytes = 0u32;
        // SAFETY: the read this OVERLAPPED belongs to has ended (its event was set).
        let ok =
            unsafe { GetOverlappedResult(self.dir.raw(), self.overlapped.get(), &mut bytes, 0) };
        let names = (ok != 0 && bytes > 0).then(|| self.names(bytes as usize));
        let _ = self.read();
        Some(names)
    }

    fn names(&self, bytes: usize) -> Vec<String> {
        let len = bytes.min(std::mem::size_of::<[u32; 2048]>());
        // SAFETY: the kernel wrote `bytes` bytes into the buffer, and no read is
        // pending while they are looked at (the next one starts after).
        let written = unsafe { std::slice::from_raw_parts(self.buffer.get().cast::<u8>(), len) };
        changed_names(written)
    }
}

/// The names in a chain of `FILE_NOTIFY_INFORMATION` records (next offset, action,
/// name length in bytes, then the UTF-16 name), lower-cased. Read byte by byte:
/// Windows aligns each record to four bytes, Wine does not always.
fn changed_names(written: &[u8]) -> Vec<String> {
    let field = |at: usize| -> Option<usize> {
        let bytes = written.get(at..at + 4)?;
        Some(u32::from_le_bytes(bytes.try_into().ok()?) as usize)
    };
    let mut names = Vec::new();
    let mut offset = 0usize;
    while let (Some(next), Some(len)) = (field(offset), field(offset + 8)) {
        let Some(name) = written.get(offset + 12..offset + 12 + len) else {
            break;
        };
        let units: Vec<u16> = name
            .chunks_exact(2)
            .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
            .collect();
        names.push(String::from_utf16_lossy(&units).to_lowercase());
        if next == 0 {
            break;
        }
        offset += next;
    }
    names
}

impl Drop for DirWatch {
    fn drop(&mut self) {
        let mut bytes = 0;
        // SAFETY: cancel the pending read and wait for it to end, so the kernel no
        // longer writes into the buffer when it is freed.
        unsafe {
            CancelIoEx(self.dir.raw(), self.overlapped.get());
            GetOverlappedResult(self.dir.raw(), self.overlapped.get(), &mut bytes, 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_records_are_read_aligned_or_not() {
        let record = |next: u32, name: &str| {
            let units: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
            let mut r = next.to_le_bytes().to_vec();
            r.extend(3u32.to_le_bytes()); // FILE_ACTION_MODIFIED
            r.extend((units.len() as u32).to_le_bytes());
            r.extend(units);
            r
        };
        // The first record is 36 bytes; the next starts at 38, not on a multiple
        // of four, as Wine may lay them out.
        let mut written = record(38, "Aloud.DB-wal");
        written.resize(38, 0);
        written.extend(record(0, "Tray.lock"));
        assert_eq!(changed_names(&written), ["aloud.db-wal", "tray.lock"]);
        // A chain cut short ends where the bytes do.
        assert_eq!(changed_names(&written[..20]), Vec::<String>::new());
        assert_eq!(changed_names(&[]), Vec::<String>::new());
    }

    #[test]
    fn instants_become_absolute_filetimes() {
        let epoch = DateTime::<Utc>::from_timestamp(0, 0).unwrap();
        assert_eq!(filetime(epoch), 116_444_736_000_000_000);
        let later = DateTime::<Utc>::from_timestamp(1, 500).unwrap();
        assert_eq!(filetime(later), 116_444_736_010_000_005);
    }

    #[test]
    fn the_timer_a_poke_and_a_write_each_wake_it() {
        let dir = tempfile::tempdir().unwrap();
        let (wake, poke) = Wake::new(dir.path()).unwrap();
        wake.arm(Some(Utc::now() + chrono::Duration::milliseconds(200)))
            .unwrap();
        let started = std::time::Instant::now();
        let woken = wake.wait().unwrap();
        assert!(woken.timer, "{woken:?}");
        assert!(started.elapsed() >= std::time::Duration::from_millis(150));
        poke.poke();
        assert!(wake.wait().unwrap().poked);
        std::fs::write(dir.path().join("aloud.db"), b"x").unwrap();
        assert!(wake.wait().unwrap().data_changed);
        let calendar = dir.path().join("Work.ics");
        wake.follow(std::slice::from_ref(&calendar));
        std::fs::write(&calendar, b"BEGIN:VCALENDAR").unwrap();
        let mut woken = wake.wait().unwrap();
        while !woken.followed_changed {
            woken = wake.wait().unwrap();
        }
        assert!(!woken.data_changed || woken.followed_changed);
    }
}
