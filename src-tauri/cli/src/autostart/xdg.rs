//! "Start at login" on Linux: an XDG autostart entry (freedesktop Desktop
//! Application Autostart spec). Written here rather than with tauri-plugin-autostart because
//! that plugin's Linux backend writes `Exec=<path> <args>` unquoted, which breaks as
//! soon as the binary's path contains a space.
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{launcher, AUTOSTART_FLAG};

const FILE_NAME: &str = "app.aloud.Aloud.desktop";

/// `$XDG_CONFIG_HOME/autostart`, else `~/.config/autostart`.
pub fn autostart_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| dirs::home_dir().map(|h| h.join(".config")))
        .map(|c| c.join("autostart"))
}

pub fn entry_path() -> Option<PathBuf> {
    autostart_dir().map(|d| d.join(FILE_NAME))
}

pub fn is_enabled() -> bool {
    entry_path().is_some_and(|p| p.exists())
}

/// Creates or removes the autostart entry for the running binary.
pub fn set_enabled(enabled: bool) -> io::Result<()> {
    let path = entry_path()
        .ok_or_else(|| io::Error::other("no home folder to write the autostart entry into"))?;
    if !enabled {
        return match fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        };
    }
    let exe = launcher()?;
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    // Through a temporary file and a rename: the desktop (or a test) reading the
    // folder never sees a half-written entry.
    crate::files::write_private(&path, desktop_entry(&exe).as_bytes()).map_err(io::Error::other)
}

pub fn desktop_entry(exe: &Path) -> String {
    format!(
        "[Desktop Entry]\nType=Application\nName=Aloud\nComment=Reminders for the habit of working aloud\n\
         Exec={} {AUTOSTART_FLAG}\nIcon=aloud\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
        exec_arg(&exe.to_string_lossy())
    )
}

/// Quotes one argument for an `Exec` key: double quotes when it holds a reserved
/// character, with `"`, `` ` ``, `$` and `\` escaped inside them; then the string
/// escaping of the file format (a backslash doubled) and `%` doubled for field codes.
pub fn exec_arg(arg: &str) -> String {
    const RESERVED: &[char] = &[
        ' ', '\t', '\n', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(',
        ')', '`',
    ];
    let quoted = if arg.contains(RESERVED) || arg.is_empty() {
        let mut out = String::from("\"");
        for c in arg.chars() {
            if matches!(c, '"' | '`' | '$' | '\\') {
                out.push('\\');
            }
            out.push(c);
        }
        out.push('"');
        out
    } else {
        arg.to_string()
    };
    quoted.replace('\\', "\\\\").replace('%', "%%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_stay_plain_and_spaces_are_quoted() {
        assert_eq!(exec_arg("/usr/bin/aloud"), "/usr/bin/aloud");
        assert_eq!(exec_arg("/opt/My Apps/aloud"), "\"/opt/My Apps/aloud\"");
        assert_eq!(exec_arg("/tmp/100%/aloud"), "/tmp/100%%/aloud");
        // A quote inside quotes is `\"`, and the file format doubles the backslash.
        assert_eq!(exec_arg("/tmp/a \"b\"/x"), "\"/tmp/a \\\\\"b\\\\\"/x\"");
        let entry = desktop_entry(Path::new("/home/me/My Tools/aloud"));
        assert!(
            entry.contains("\nExec=\"/home/me/My Tools/aloud\" --autostarted\n"),
            "{entry}"
        );
    }
}
