//! Strings as Windows' wide (UTF-16, NUL-terminated) API takes them: text (the
//! command line's `wide`), paths, and fixed-size fields.
use std::os::windows::ffi::OsStrExt;
use std::path::Path;

pub use aloud_app::wide::wide;

pub fn wide_path(path: &Path) -> Vec<u16> {
    path.as_os_str().encode_wide().chain(Some(0)).collect()
}

/// `s` in a fixed-size field of a Windows structure (a tooltip, a balloon's
/// text), cut to fit and NUL-terminated.
pub fn fill(field: &mut [u16], s: &str) {
    let units: Vec<u16> = s
        .encode_utf16()
        .take(field.len().saturating_sub(1))
        .collect();
    field[..units.len()].copy_from_slice(&units);
    field[units.len()] = 0;
}
