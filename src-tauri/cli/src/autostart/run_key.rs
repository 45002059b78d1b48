//! "Start at login" on Windows: the value `Aloud` of the per-user `Run` key, which
//! Explorer starts at logon. The command is quoted as Windows splits a command
//! line, so a path with spaces (`C:\Users\Zoë Ünal\…`) stays one argument.
// The registry is reached through its C API: each call's pointers are checked
// in a SAFETY note beside it.
#![allow(unsafe_code)]
use super::{launcher, AUTOSTART_FLAG};
use crate::wide::wide;
use std::io;
use std::path::Path;
use std::ptr::null_mut;
use windows_sys::Win32::Foundation::{ERROR_FILE_NOT_FOUND, ERROR_SUCCESS};
use windows_sys::Win32::System::Registry::{
    RegCloseKey, RegCreateKeyExW, RegDeleteKeyValueW, RegGetValueW, RegSetValueExW, HKEY,
    HKEY_CURRENT_USER, KEY_SET_VALUE, REG_OPTION_NON_VOLATILE, REG_SZ, RRF_RT_REG_SZ,
};

const KEY: &str = r"Software\Microsoft\Windows\CurrentVersion\Run";
const VALUE: &str = "Aloud";

pub fn is_enabled() -> bool {
    let (key, value) = (wide(KEY), wide(VALUE));
    let mut size = 0u32;
    // SAFETY: both names are NUL-terminated; no buffer is passed, only its size asked.
    let found = unsafe {
        RegGetValueW(
            HKEY_CURRENT_USER,
            key.as_ptr(),
            value.as_ptr(),
            RRF_RT_REG_SZ,
            null_mut(),
            null_mut(),
            &mut size,
        )
    };
    found == ERROR_SUCCESS
}

/// Writes or deletes the `Run` value for the command Aloud was started with.
pub fn set_enabled(enabled: bool) -> io::Result<()> {
    let (key_name, value) = (wide(KEY), wide(VALUE));
    if !enabled {
        // SAFETY: both names are NUL-terminated.
        let done =
            unsafe { RegDeleteKeyValueW(HKEY_CURRENT_USER, key_name.as_ptr(), value.as_ptr()) };
        return match done {
            ERROR_SUCCESS | ERROR_FILE_NOT_FOUND => Ok(()),
            code => Err(io::Error::from_raw_os_error(code as i32)),
        };
    }
    let data = wide(&command(&launcher()?));
    let mut key: HKEY = null_mut();
    // SAFETY: the name is NUL-terminated and `key` receives the opened handle.
    let opened = unsafe {
        RegCreateKeyExW(
            HKEY_CURRENT_USER,
            key_name.as_ptr(),
            0,
            std::ptr::null(),
            REG_OPTION_NON_VOLATILE,
            KEY_SET_VALUE,
            std::ptr::null(),
            &mut key,
            null_mut(),
        )
    };
    if opened != ERROR_SUCCESS {
        return Err(io::Error::from_raw_os_error(opened as i32));
    }
    let bytes = (data.len() * 2) as u32;
    // SAFETY: `key` is open for setting values; `data` is a NUL-terminated UTF-16
    // string of `bytes` bytes.
    let set = unsafe {
        let set = RegSetValueExW(key, value.as_ptr(), 0, REG_SZ, data.as_ptr().cast(), bytes);
        RegCloseKey(key);
        set
    };
    match set {
        ERROR_SUCCESS => Ok(()),
        code => Err(io::Error::from_raw_os_error(code as i32)),
    }
}

/// `"C:\Program Files\Aloud\aloud.exe" --autostarted`: the path in double quotes
/// (a Windows path cannot contain one).
pub fn command(exe: &Path) -> String {
    format!("\"{}\" {AUTOSTART_FLAG}", exe.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_is_quoted_once() {
        let exe = Path::new(r"C:\Users\Zoë Ünal\AppData\Local\Programs\Aloud\aloud.exe");
        assert_eq!(
            command(exe),
            r#""C:\Users\Zoë Ünal\AppData\Local\Programs\Aloud\aloud.exe" --autostarted"#
        );
    }

    #[test]
    fn turning_it_on_and_off_writes_and_deletes_the_run_value() {
        set_enabled(true).unwrap();
        assert!(is_enabled());
        set_enabled(false).unwrap();
        assert!(!is_enabled());
        // Off twice is still off, not an error.
        set_enabled(false).unwrap();
    }
}
