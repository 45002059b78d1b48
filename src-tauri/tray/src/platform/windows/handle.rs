//! A kernel handle that closes itself.
#![allow(unsafe_code)] // CloseHandle, on a handle this value alone owns

use std::io;
use windows_sys::Win32::Foundation::{CloseHandle, HANDLE};

pub struct Handle(HANDLE);

// SAFETY: a kernel handle may be used and closed from any thread.
unsafe impl Send for Handle {}
// SAFETY: the calls made on it (waits, SetEvent, timers) are thread-safe.
unsafe impl Sync for Handle {}

impl Handle {
    /// Takes `raw`, or the thread's last error when the call that made it failed.
    pub fn checked(raw: HANDLE) -> io::Result<Handle> {
        if raw.is_null() {
            Err(io::Error::last_os_error())
        } else {
            Ok(Handle(raw))
        }
    }

    pub fn raw(&self) -> HANDLE {
        self.0
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        // SAFETY: the handle is owned by this value and closed once.
        unsafe { CloseHandle(self.0) };
    }
}
