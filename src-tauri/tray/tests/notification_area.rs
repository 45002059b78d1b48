//! The tray app in a real Windows notification area: Wine's Explorer's, in the
//! virtual desktop that `make test-windows` gives its prefix (tools/windows-desktop). The icon is registered with Explorer, a right click
//! on it opens the menu, a habit is logged from the menu by the keyboard, a
//! reminder that comes due reaches Explorer as a balloon, and Quit takes the icon
//! away. Everything here is what a person's clicks and keys do; nothing calls the
//! tray app's own code.
#![cfg(windows)]
#![allow(unsafe_code)] // the window API, to look at Explorer's windows

mod windows_desktop;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output};
use windows_desktop::*;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    FindWindowW, GetWindowLongW, GWL_STYLE, WM_CLOSE, WM_KEYDOWN, WM_RBUTTONDOWN, WM_RBUTTONUP,
};

/// A fixed-offset `TZ` in which it is 10:00 now, so that no test runs into midnight.
fn ten_in_the_morning() -> (String, chrono::FixedOffset) {
    use chrono::Timelike;
    let now = chrono::Utc::now().time().num_seconds_from_midnight() as i64;
    let mut east = 10 * 3600 - now;
    if east > 12 * 3600 {
        east -= 86_400;
    } else if east <= -12 * 3600 {
        east += 86_400;
    }
    let sign = if east >= 0 { '-' } else { '+' };
    let a = east.unsigned_abs();
    let tz = format!(
        "<LOC>{sign}{:02}:{:02}:{:02}",
        a / 3600,
        a / 60 % 60,
        a % 60
    );
    let offset = chrono::FixedOffset::east_opt(east as i32).expect("within a day");
    (tz, offset)
}

struct Aloud {
    dir: PathBuf,
    data: tempfile::TempDir,
    tz: String,
    offset: chrono::FixedOffset,
}

impl Aloud {
    fn new() -> Aloud {
        let tray = PathBuf::from(env!("CARGO_BIN_EXE_aloud-tray"));
        let dir = tray.parent().expect("a folder").to_path_buf();
        assert!(
            dir.join("aloud.exe").is_file(),
            "aloud.exe is built beside aloud-tray.exe (cargo test -p aloud -p aloud-tray)"
        );
        let (tz, offset) = ten_in_the_morning();
        Aloud {
            dir,
            data: tempfile::tempdir().expect("a data dir"),
            tz,
            offset,
        }
    }

    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(self.dir.join(program));
        command
            .arg("--data-dir")
            .arg(self.data.path())
            .env("TZ", &self.tz);
        command
    }

    fn cli(&self, args: &[&str]) -> Output {
        let out = self
            .command("aloud.exe")
            .args(args)
            .output()
            .expect("aloud.exe runs");
        assert!(
            out.status.success(),
            "aloud {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    fn tray(&self) -> Child {
        self.command("aloud-tray.exe")
            .spawn()
            .expect("aloud-tray.exe starts")
    }

    /// Local HH:MM:SS `secs` from now.
    fn soon(&self, secs: i64) -> String {
        let at = chrono::Utc::now().with_timezone(&self.offset) + chrono::Duration::seconds(secs);
        at.format("%H:%M:%S").to_string()
    }

    fn logged(&self, habit: &str) -> bool {
        let out = self.cli(&["history", "--json"]);
        String::from_utf8_lossy(&out.stdout).contains(&format!("\"habit\": \"{habit}\""))
    }

    fn data_dir(&self) -> &Path {
        self.data.path()
    }
}

#[test]
fn the_icon_its_menu_and_a_reminder_in_the_notification_area() {
    let shell_tray = wide("Shell_TrayWnd");
    let taskbar = wait_for(
        "Explorer's taskbar (is the prefix's desktop \"shell\"?)",
        || {
            // SAFETY: a NUL-terminated class name.
            let hwnd = unsafe { FindWindowW(shell_tray.as_ptr(), std::ptr::null()) };
            (!hwnd.is_null()).then_some(hwnd)
        },
    );
    let before = tray_icons(taskbar).len();
    let aloud = Aloud::new();
    aloud.cli(&["status"]);
    assert!(aloud.data_dir().join("aloud.db").is_file());
    let mut tray = aloud.tray();
    let pid = tray.id();

    // Registered: Explorer shows one more icon.
    let icon = wait_for("the tray icon in the notification area", || {
        let icons = tray_icons(taskbar);
        (icons.len() == before + 1).then(|| icons[icons.len() - 1])
    });

    // A right click on it opens the tray app's menu; Down, Down, Enter chooses the
    // first habit (the first Down lands on the header line, which cannot be chosen).
    post(icon, WM_RBUTTONDOWN, 0, 0x0008_0008);
    post(icon, WM_RBUTTONUP, 0, 0x0008_0008);
    let menu = wait_for("the tray menu", || {
        top_level_windows()
            .into_iter()
            .find(|&w| class_of(w) == "#32768" && process_of(w) == pid)
    });
    assert!(!aloud.logged("describe"), "nothing logged before the click");
    for key in [VK_DOWN, VK_DOWN, VK_RETURN] {
        post(menu, WM_KEYDOWN, key, 0);
    }
    wait_for("Describe logged from the menu", || {
        aloud.logged("describe").then_some(())
    });

    // A reminder coming due reaches Explorer: a balloon on Aloud's icon.
    let balloons = || {
        top_level_windows()
            .into_iter()
            .filter(|&w| {
                // SAFETY: a window handle Windows gave.
                let style = unsafe { GetWindowLongW(w, GWL_STYLE) };
                class_of(w) == "tooltips_class32" && style & TTS_BALLOON != 0
            })
            .count()
    };
    assert_eq!(balloons(), 0, "no balloon before the reminder");
    let due = aloud.soon(3);
    aloud.cli(&["habit", "set", "interact", "--time", &due]);
    wait_for("the reminder's balloon", || (balloons() == 1).then_some(()));

    // A toast button's address reaches the running app through `--answer`: one
    // with another run's token (a web page can open aloud: addresses) changes
    // nothing, and what is not such an address is refused in one line.
    let foreign = aloud
        .command("aloud-tray.exe")
        .args([
            "--answer",
            "aloud:answer?n=1&key=done&token=0123456789abcdef",
        ])
        .output()
        .expect("aloud-tray.exe --answer runs");
    assert!(foreign.status.success(), "{foreign:?}");
    assert!(
        !aloud.logged("interact"),
        "an answer with a foreign token was taken"
    );
    let refused = aloud
        .command("aloud-tray.exe")
        .args(["--answer", "https://example.com/?n=1&key=done"])
        .output()
        .expect("aloud-tray.exe --answer runs");
    assert_eq!(refused.status.code(), Some(2));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(
        said.contains("not an answer to an Aloud notification"),
        "{said}"
    );

    // Asked to end (as the installer does), the app ends and its icon goes.
    end(&mut tray, taskbar, before);

    // With no tray app running, a click on a toast left from an earlier run
    // starts it.
    let mut started = aloud
        .command("aloud-tray.exe")
        .args([
            "--answer",
            "aloud:answer?n=1&key=default&token=0123456789abcdef",
        ])
        .spawn()
        .expect("aloud-tray.exe --answer starts");
    wait_for("the icon of the tray app the answer started", || {
        (tray_icons(taskbar).len() == before + 1).then_some(())
    });
    end(&mut started, taskbar, before);
}

/// Asks the running tray app to end as the installer does, and waits for it and
/// its icon to go.
fn end(tray: &mut Child, taskbar: windows_sys::Win32::Foundation::HWND, icons_before: usize) {
    let shell_window = wide("app.aloud.Aloud");
    // SAFETY: a NUL-terminated class name.
    let window = unsafe { FindWindowW(shell_window.as_ptr(), std::ptr::null()) };
    assert!(!window.is_null(), "the tray app's shell window");
    post(window, WM_CLOSE, 0, 0);
    let status = wait_for("the tray app to end", || tray.try_wait().expect("waits"));
    assert!(status.success(), "ended with {status}");
    wait_for("the icon to go", || {
        (tray_icons(taskbar).len() == icons_before).then_some(())
    });
}
