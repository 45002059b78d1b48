//! Aloud in the person's language: a German desktop (`LANG`) gets the tray menu, a
//! reminder's buttons and `aloud status` in German, the `language` setting wins
//! over the desktop, `--json` is the same in every language, and the dashboard
//! speaks the same catalogue.
use aloud_e2e::app::{binary, Session};
use aloud_e2e::ui::{
    click, find, open_dashboard_labelled, texts, wait_for_text, wait_for_text_containing,
};
use aloud_e2e::webdriver::Driver;
use std::process::Command;
use std::time::Duration;

#[test]
fn a_german_desktop_gets_the_tray_a_reminder_and_status_in_german() {
    let mut s = Session::fresh(true, true);
    s.set_env("LANG", "de_DE.UTF-8");
    // The first run writes the default habits in the desktop's language.
    let mut s = s.with_far_habits();
    s.launch();
    let tray = s.tray();
    let wait = Duration::from_secs(10);
    s.menu_item(&tray, "Heute: 0 von 3 · als Nächstes:", wait);
    s.menu_item(
        &tray,
        "○ Mitreden — wenn ich gleich zum Mittagessen gehe",
        wait,
    );
    s.menu_item(&tray, "Übersicht öffnen", wait);
    s.menu_item(&tray, "Aloud beenden", wait);

    let (_, hms) = s.clock.soon(4);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    let reminder = s.notification("Mitreden", Duration::from_secs(20));
    assert!(
        reminder
            .body
            .starts_with("Wenn ich gleich zum Mittagessen gehe: Like oder beantworte"),
        "{}",
        reminder.body
    );
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

/// The dashboard asks the same catalogue: on a German desktop the tabs, the header
/// and the Today cards are German, and logging from them still works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_on_a_german_desktop_speaks_german() {
    let mut s = Session::new(true, true);
    s.set_env("LANG", "de_DE.UTF-8");
    let driver = Driver::start(&s);
    let (client, tray, _) = open_dashboard_labelled(&s, &driver, "Übersicht öffnen").await;
    let lang = client
        .execute("return document.documentElement.lang;", vec![])
        .await
        .unwrap();
    assert_eq!(lang, "de");
    wait_for_text_containing(&client, "#progress", "Heute: 0 von 3 erledigt").await;
    let tabs = texts(&client, "[role=tab]").await;
    assert_eq!(
        tabs,
        [
            "Heute",
            "Verlauf",
            "Rückblick",
            "Netzwerk",
            "Denkweisen",
            "Einstellungen"
        ]
    );
    let card = ".card[data-habit=describe]";
    assert_eq!(texts(&client, &format!("{card} .badge")).await, ["Offen"]);
    assert_eq!(
        texts(&client, &format!("{card} button.log")).await,
        ["Eintragen"]
    );
    assert_eq!(
        texts(&client, &format!("{card} button.skip")).await,
        ["Heute überspringen"]
    );
    assert_eq!(
        texts(&client, &format!("{card} .start")).await,
        ["Check-in starten"]
    );
    let placeholder = find(&client, &format!("{card} input[name=note]"))
        .await
        .attr("placeholder")
        .await
        .unwrap();
    assert_eq!(placeholder.as_deref(), Some("Freiwillig, eine Zeile"));
    // The choices and limits are the core's, named in its catalogue: the needs in
    // the iceberg's order, a note's length as the core checks it.
    let needs = texts(&client, &format!("{card} select[name=need] option")).await;
    assert_eq!(
        needs,
        [
            "—",
            "Information",
            "Hilfe",
            "Zugehörigkeit",
            "Anerkennung",
            "Sinn"
        ]
    );
    let note = find(&client, &format!("{card} input[name=note]")).await;
    assert_eq!(
        note.attr("maxlength").await.unwrap().as_deref(),
        Some("500")
    );
    // A plural is the catalogue's, chosen by the page for its number.
    let plural = client
        .execute(
            "return import('./js/i18n.js').then(({ t }) => \
             [t('ui-count-notes', { count: 1 }), t('ui-count-notes', { count: 3 })]);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(plural, serde_json::json!(["1 Notiz", "3 Notizen"]));
    wait_for_text_containing(&client, "#next-reminder", "Nächste Erinnerung: ").await;

    click(&client, &format!("{card} button.log")).await;
    wait_for_text_containing(
        &client,
        "#celebration",
        "Schön — Describe ist für heute erledigt.",
    )
    .await;
    assert_eq!(s.json(&["history", "--json"])[0]["habit"], "describe");
    wait_for_text_containing(&client, &format!("{card} .badge"), "Erledigt").await;

    // Settings → Language overrides the desktop: the page comes back in French on
    // Settings, and the tray follows.
    click(&client, "#tab-settings").await;
    // Drawn once the settings are read (the presence line comes with them).
    wait_for_text(&find(&client, "#away-presence").await).await;
    // A number's range and the label that states it, from the core's bounds.
    let away = find(&client, "#away-form input[name=away_after]").await;
    assert_eq!(away.attr("max").await.unwrap().as_deref(), Some("60"));
    let label = texts(&client, "[data-i18n=ui-away-after-this-many-minutes]").await;
    assert!(label[0].ends_with("(1–60)"), "{label:?}");
    // Durations read as the core writes them back.
    let snooze = find(&client, "#timing-form input[name=snooze]").await;
    assert_eq!(snooze.prop("value").await.unwrap().as_deref(), Some("10m"));
    let choice = find(&client, "#language-form select[name=language]").await;
    assert_eq!(choice.prop("value").await.unwrap().as_deref(), Some("auto"));
    choice.select_by_value("fr").await.unwrap();
    click(&client, "#language-form button[type=submit]").await;
    wait_for_text_containing(&client, "#tab-today", "Aujourd’hui").await;
    find(&client, "#settings:not([hidden]) #language-form").await;
    assert!(s.cli_ok(&["config"]).contains("language         fr"));
    tokio::task::block_in_place(|| {
        s.menu_item(&tray, "Quitter Aloud", std::time::Duration::from_secs(5))
    });
    client.close().await.unwrap();
}
