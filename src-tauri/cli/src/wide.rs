//! Text as Windows' wide API takes it: UTF-16, NUL-terminated.

pub fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}
