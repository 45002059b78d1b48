//! What a command prints: JSON when asked for, else the person's words; each
//! command module prints through here.
use aloud_core::i18n::key;
use aloud_core::{CoreError, Result};
use serde::Serialize;
use std::io::Write;

pub(super) fn show<T: Serialize + ?Sized>(
    json: bool,
    value: &T,
    human: impl Fn(&T) -> String,
) -> Result<()> {
    if json {
        let text =
            serde_json::to_string_pretty(value).map_err(|e| CoreError::invalid(e.to_string()))?;
        say(&text)
    } else {
        say(&human(value))
    }
}

pub(super) fn say(line: &str) -> Result<()> {
    print_raw(&format!("{line}\n"))
}

pub(super) fn print_raw(body: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(body.as_bytes())
        .and_then(|_| out.flush())
        .map_err(|e| CoreError::io(key("io-stdout"), "", e))
}
