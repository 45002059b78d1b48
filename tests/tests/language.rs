//! Aloud in the person's language: a German desktop (`LANG`) gets the tray menu, a
//! reminder's buttons and `aloud status` in German, the `language` setting wins
//! over the desktop, and `--json` is the same in every language.
use aloud_e2e::app::{binary, Session};
use std::process::Command;
use std::time::Duration;

#[test]
fn a_german_desktop_gets_the_tray_a_reminder_and_status_in_german() {
    let mut s = Session::new(true, true);
    s.set_env("LANG", "de_DE.UTF-8");
    s.launch();
    let tray = s.tray();
    let wait = Duration::from_secs(10);
    s.menu_item(&tray, "Heute: 0 von 3 · als Nächstes:", wait);
    s.menu_item(
        &tray,
        "○ Interact — when I'm about to leave for lunch",
        wait,
    );
    s.menu_item(&tray, "Übersicht öffnen", wait);
    s.menu_item(&tray, "Aloud beenden", wait);

    let (_, hms) = s.clock.soon(4);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    let reminder = s.notification("Interact", Duration::from_secs(20));
    let labels: Vec<&String> = reminder.actions.iter().skip(1).step_by(2).collect();
    assert_eq!(
        labels,
        ["Übersicht öffnen", "Starten", "Erledigt", "Später"]
    );

    let german = s.cli_ok(&["status"]);
    for words in ["0 von 3 erledigt", "offen", "Nächste Erinnerung: "] {
        assert!(german.contains(words), "{words:?} in {german}");
    }
    let english = |args: &[&str]| {
        let out = s
            .env(Command::new(binary()))
            .env("LANG", "C.UTF-8")
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(english(&["status"]).contains("0 of 3 done"));
    assert_eq!(
        s.cli_ok(&["status", "--json"]),
        english(&["status", "--json"]),
        "the machine output does not depend on the language"
    );

    // The setting wins over the desktop, and the running tray follows it.
    s.cli_ok(&["config", "language", "fr"]);
    s.menu_item(&tray, "Quitter Aloud", wait);
    assert!(s.cli_ok(&["status"]).contains("0 sur 3 faite"));
    assert!(
        english(&["status"]).contains("0 sur 3"),
        "for every process"
    );
    let refused = s.cli(&["config", "language", "klingon"]);
    assert_eq!(refused.status.code(), Some(2));
    s.cli_ok(&["config", "language", "auto"]);
    s.menu_item(&tray, "Aloud beenden", wait);
}
