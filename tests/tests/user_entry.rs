//! `make run` makes a build from source look installed: `tools/install-user-entry`
//! writes a desktop entry for the built program and its icons into the user's data
//! folder (so reminders carry Aloud's icon and GNOME files them under Aloud), and
//! `--remove` takes them away again.
use std::path::Path;
use std::process::Command;

fn install_user_entry(home: &Path, args: &[&str]) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tools/install-user-entry");
    let out = Command::new(script)
        .args(args)
        .env("HOME", home)
        .env_remove("XDG_DATA_HOME")
        .output()
        .expect("tools/install-user-entry runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_build_from_source_gets_a_desktop_entry_and_icons_and_loses_them_again() {
    let dir = tempfile::tempdir().unwrap();
    // A folder with a space, as a checkout under "My Projects" would be.
    let bin_dir = dir.path().join("my build");
    std::fs::create_dir(&bin_dir).unwrap();
    std::os::unix::fs::symlink(aloud_e2e::app::binary(), bin_dir.join("aloud")).unwrap();
    let home = dir.path().join("home");
    install_user_entry(&home, &[bin_dir.to_str().unwrap()]);

    let share = home.join(".local/share");
    let entry = share.join("applications/app.aloud.Aloud.desktop");
    let text = std::fs::read_to_string(&entry).unwrap();
    let exec = format!("\nExec=\"{}\"\n", bin_dir.join("aloud").display());
    assert!(text.contains(&exec), "{text}");
    assert!(text.contains("\nIcon=aloud\n"), "{text}");
    assert!(
        text.contains("\nStartupWMClass=app.aloud.Aloud\n"),
        "{text}"
    );
    let checked = Command::new("desktop-file-validate")
        .arg(&entry)
        .output()
        .expect("desktop-file-validate (desktop-file-utils) is installed by make test");
    assert!(
        checked.status.success() && checked.stdout.is_empty(),
        "desktop-file-validate: {}",
        String::from_utf8_lossy(&checked.stdout)
    );
    for size in [16, 24, 32, 48, 64, 128, 256] {
        let icon = share.join(format!("icons/hicolor/{size}x{size}/apps/aloud.png"));
        let png = std::fs::read(&icon).unwrap_or_else(|e| panic!("{}: {e}", icon.display()));
        assert_eq!(&png[1..4], b"PNG", "{}", icon.display());
    }

    install_user_entry(&home, &["--remove"]);
    assert!(!entry.exists());
    assert!(!share.join("icons/hicolor/48x48/apps/aloud.png").exists());
}
