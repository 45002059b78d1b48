//! Settings → "When you're busy" and "Your calendars" in the real dashboard: a
//! calendar added by its path (one that is not a calendar refused with the core's
//! words and nothing written), what the desktop tells, busy now and until when, a
//! source turned off, and the calendar removed.
use aloud_e2e::app::Session;
use aloud_e2e::ui::{click, open_dashboard, set_value, wait_for_text_containing};
use aloud_e2e::webdriver::Driver;
use chrono::{Duration, Timelike, Utc};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calendars_are_added_and_removed_and_busy_is_told_in_settings() {
    let s = Session::new(true, true);
    let stamp = |at: chrono::DateTime<Utc>| at.format("%Y%m%dT%H%M%SZ").to_string();
    let now = Utc::now().with_nanosecond(0).unwrap();
    let end = now + Duration::hours(1);
    let file = s.dir.path().join("work.ics");
    std::fs::write(
        &file,
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:{}\r\nDTEND:{}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            stamp(now - Duration::minutes(5)),
            stamp(end)
        ),
    )
    .unwrap();
    let notes = s.dir.path().join("notes.ics");
    std::fs::write(&notes, "Dear diary").unwrap();

    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    click(&client, "#tab-settings").await;
    wait_for_text_containing(&client, "#calendar-list", "No calendar yet").await;
    wait_for_text_containing(&client, "#busy-now", "Right now: free.").await;
    // The tray app runs on an X display: it follows full-screen windows.
    wait_for_text_containing(&client, "#busy-sources", "full-screen windows (X11)").await;

    // Not a calendar: the core's words, nothing written.
    let before = s.cli_ok(&["export", "--format", "json"]);
    set_value(
        &client,
        "#calendar-form [name=path]",
        notes.to_str().unwrap(),
    )
    .await;
    click(&client, "#calendar-form button[type=submit]").await;
    wait_for_text_containing(&client, "#calendar-error", "not an iCalendar file").await;
    assert_eq!(s.cli_ok(&["export", "--format", "json"]), before);

    set_value(
        &client,
        "#calendar-form [name=path]",
        file.to_str().unwrap(),
    )
    .await;
    click(&client, "#calendar-form button[type=submit]").await;
    wait_for_text_containing(
        &client,
        "#calendar-status",
        "its meetings now hold reminders",
    )
    .await;
    wait_for_text_containing(&client, "#calendar-list li", "one busy event").await;
    let until = s.clock.hms(end)[..5].to_string();
    let busy = format!("Right now: busy until {until} (in a meeting).");
    wait_for_text_containing(&client, "#busy-now", &busy).await;
    assert_eq!(
        s.json(&["calendars", "--json"])["calendars"][0]["path"],
        file.to_str().unwrap()
    );

    // Calendars off: the meeting no longer holds anything.
    click(&client, "#busy-form [name=busy_calendar]").await;
    click(&client, "#busy-form button[type=submit]").await;
    wait_for_text_containing(&client, "#busy-status", "Saved").await;
    wait_for_text_containing(&client, "#busy-now", "Right now: free.").await;
    assert_eq!(s.json(&["config", "--json"])["busy_calendar"], false);
    assert_eq!(s.json(&["status", "--json"])["busy"]["now"], false);

    let remove = format!(
        "#calendar-list li button[aria-label='Remove the calendar {}']",
        file.display()
    );
    click(&client, &remove).await;
    wait_for_text_containing(&client, "#calendar-status", "the file itself is left alone").await;
    wait_for_text_containing(&client, "#calendar-list", "No calendar yet").await;
    assert!(s.json(&["calendars", "--json"])["calendars"]
        .as_array()
        .unwrap()
        .is_empty());
    assert!(file.exists());
}
