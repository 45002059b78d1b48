//! The debug .deb (built by `make test` through `make deb-debug`) installs like a
//! desktop app: the installed `aloud status` works, the installed app's tray
//! registers, and `dpkg -r` removes every file. Needs root or password-less sudo.
use aloud_e2e::app::{named_below, Session};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn deb() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/debug/bundle/deb");
    std::fs::read_dir(&dir)
        .ok()
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "deb"))
        .unwrap_or_else(|| {
            panic!(
                "no .deb in {}: run `make deb-debug` (make test does)",
                dir.display()
            )
        })
}

/// Runs a package-manager command as root (directly, or through `sudo -n`).
fn as_root(args: &[&str]) -> std::process::Output {
    let root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    let mut cmd = if root {
        Command::new(args[0])
    } else {
        let mut c = Command::new("sudo");
        c.arg("-n").arg(args[0]);
        c
    };
    cmd.args(&args[1..]).output().unwrap()
}

fn installed() -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", "aloud"])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("ok installed"))
}

#[test]
fn the_deb_installs_runs_and_removes_cleanly() {
    assert!(
        !installed(),
        "the package aloud is already installed on this machine; this test would replace it"
    );
    let package = deb();
    let out = as_root(&["dpkg", "-i", package.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "dpkg -i: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files = String::from_utf8(
        Command::new("dpkg")
            .args(["-L", "aloud"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    for wanted in [
        "/usr/bin/aloud",
        "/usr/bin/aloud-tray",
        "/usr/bin/aloud-dashboard",
        "/usr/share/applications/app.aloud.Aloud.desktop",
        "/usr/share/icons/hicolor/16x16/apps/aloud.png",
        "/usr/share/icons/hicolor/256x256/apps/aloud.png",
        "/usr/share/doc/aloud/copyright",
        "/usr/share/man/man1/aloud.1.gz",
        "/usr/share/man/man1/aloud-habit-set.1.gz",
        "/usr/share/bash-completion/completions/aloud",
        "/usr/share/zsh/vendor-completions/_aloud",
        "/usr/share/fish/vendor_completions.d/aloud.fish",
    ] {
        assert!(
            files.lines().any(|l| l == wanted),
            "{wanted} is not in the package"
        );
    }
    // Named by the app id, as the reminders' desktop-entry hint says, with their icon.
    let desktop =
        std::fs::read_to_string("/usr/share/applications/app.aloud.Aloud.desktop").unwrap();
    assert!(desktop.contains("Exec=aloud"), "{desktop}");
    assert!(desktop.contains("Icon=aloud\n"), "{desktop}");
    assert!(desktop.contains("\nKeywords="), "{desktop}");
    let wm_class = desktop
        .lines()
        .find_map(|l| l.strip_prefix("StartupWMClass="))
        .expect("a StartupWMClass")
        .to_string();
    let checked = Command::new("desktop-file-validate")
        .arg("/usr/share/applications/app.aloud.Aloud.desktop")
        .output()
        .expect("desktop-file-validate (desktop-file-utils) is installed by make test");
    assert!(
        checked.status.success() && checked.stdout.is_empty(),
        "desktop-file-validate: {}",
        String::from_utf8_lossy(&checked.stdout)
    );
    assert!(!Path::new("/usr/share/applications/Aloud.desktop").exists());

    // `man aloud` renders the installed page; bash completes `aloud <TAB>`.
    let page = Command::new("man")
        .arg("aloud")
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .output()
        .expect("man (man-db)");
    let page = String::from_utf8_lossy(&page.stdout);
    assert!(page.contains("working aloud"), "man aloud: {page}");
    assert!(
        page.contains("status"),
        "man aloud lists the subcommands: {page}"
    );
    let completion = Command::new("bash")
        .args([
            "-c",
            "source /usr/share/bash-completion/completions/aloud; complete -p aloud; \
             COMP_WORDS=(aloud st); COMP_CWORD=1; COMP_LINE='aloud st'; COMP_POINT=8; \
             _aloud aloud st aloud; printf '%s\\n' \"${COMPREPLY[@]}\"",
        ])
        .output()
        .unwrap();
    let completion = String::from_utf8_lossy(&completion.stdout);
    assert!(completion.contains("-F _aloud aloud"), "{completion}");
    for sub in ["stats", "status"] {
        assert!(
            completion.lines().any(|l| l == sub),
            "aloud st<TAB> offers {sub}: {completion}"
        );
    }

    let result = std::panic::catch_unwind(|| {
        let mut s = Session::new(true, true);
        s.bin = PathBuf::from("/usr/bin/aloud");
        let status = s.json(&["status", "--json"]);
        assert_eq!(status["habits"].as_array().unwrap().len(), 3);
        s.launch();
        let tray = s.tray();
        let open = s.menu_item(&tray, "Open dashboard", Duration::from_secs(20));
        // The installed tray app finds the installed dashboard beside it.
        tray.click(&s.desktop.conn, open.id).unwrap();
        aloud_e2e::wait_for(
            "the dashboard's web process",
            Duration::from_secs(30),
            || s.has_webview().then_some(()),
        );
        // Its window is the installed entry's: WM_CLASS as StartupWMClass says.
        let (instance, _class) =
            aloud_e2e::wait_for("the dashboard's window", Duration::from_secs(30), || {
                let dashboard = named_below(s.pid(), "aloud-dashboard").next()?;
                aloud_e2e::x11::wm_class(dashboard)
            });
        assert_eq!(instance, wm_class, "WM_CLASS of the installed dashboard");
    });

    let out = as_root(&["dpkg", "-r", "aloud"]);
    assert!(
        out.status.success(),
        "dpkg -r: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!installed());
    for gone in [
        "/usr/bin/aloud",
        "/usr/bin/aloud-tray",
        "/usr/bin/aloud-dashboard",
        "/usr/share/applications/app.aloud.Aloud.desktop",
    ] {
        assert!(!Path::new(gone).exists(), "{gone} is left behind");
    }
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}
