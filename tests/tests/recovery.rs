//! A damaged history at start: set aside, the newest backup restored, the person told
//! in a notification and in the dashboard; and a restore chosen in Settings.
use aloud_e2e::app::Session;
use aloud_e2e::ui::{click, find, wait_for_text_containing};
use aloud_e2e::wait_for;
use aloud_e2e::webdriver::Driver;
use std::time::Duration;

fn entries(s: &Session) -> usize {
    s.json(&["history", "--json"]).as_array().unwrap().len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_database_is_replaced_by_the_newest_backup_and_the_person_is_told() {
    let s = Session::new(true, true);
    s.cli_ok(&["log", "describe", "--note", "before the backup"]);
    s.cli_ok(&["backup"]);
    s.cli_ok(&["log", "interact"]);
    let db = s.data_dir().join("aloud.db");
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[..16].copy_from_slice(b"garbage garbage!");
    std::fs::write(&db, &bytes).unwrap();

    let driver = Driver::start(&s);
    // The app opens its window by itself to say what happened.
    let client = driver.connect(&s).await;
    let notice = wait_for_text_containing(&client, "#notices .notice-text", "backup of").await;
    assert!(notice.contains("damaged"), "{notice}");
    let n = tokio::task::block_in_place(|| {
        wait_for("the notification", Duration::from_secs(10), || {
            s.desktop
                .notifications()
                .into_iter()
                .find(|n| n.summary.contains("restored your history"))
        })
    });
    assert!(n.body.contains("backup of"), "{}", n.body);
    let aside: Vec<_> = std::fs::read_dir(s.data_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("aloud.db.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read(s.data_dir().join(&aside[0])).unwrap(), bytes);
    let rows = s.json(&["history", "--json"]);
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["note"], "before the backup");

    // Later, a backup chosen in Settings is restored.
    s.cli_ok(&["log", "recognize"]);
    assert_eq!(entries(&s), 2);
    click(&client, "#tab-settings").await;
    let manual = find(&client, "#backup-list li[data-backup$='-manual.db'] button").await;
    manual.click().await.unwrap();
    wait_for_text_containing(&client, "#restore-status", "Restored the backup").await;
    assert_eq!(entries(&s), 1);
    client.close().await.unwrap();
}
