//! `aloud config calendar add|remove` and `aloud calendars`: the calendars whose
//! meetings hold reminders, read by the real binary from real files.
mod common;
use chrono::{Duration, Utc};
use common::{refused, DataDir};

/// A calendar with one meeting from an hour ago to an hour from now, whatever the
/// hour the test runs at.
fn meeting_now() -> String {
    let at = |d: Duration| (Utc::now() + d).format("%Y%m%dT%H%M%SZ").to_string();
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:now\r\nDTSTART:{}\r\nDTEND:{}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        at(-Duration::hours(1)),
        at(Duration::hours(1))
    )
}

#[test]
fn a_calendar_is_added_listed_makes_status_busy_and_is_removed() {
    let d = DataDir::new();
    d.ok(&["status"]);
    let out = d.ok(&["calendars"]);
    assert!(out.contains("No calendar yet"), "{out}");
    assert!(out.contains("Not busy now."), "{out}");

    let file = d.file("work calendar.ics");
    std::fs::write(&file, meeting_now()).unwrap();
    // A relative path is taken from the working directory.
    let out = d
        .cmd(&["config", "calendar", "add", "work calendar.ics"])
        .current_dir(file.parent().unwrap())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("(one busy event)"), "{said}");

    let json = d.json(&["calendars", "--json"]);
    let calendars = json["calendars"].as_array().unwrap();
    assert_eq!(calendars.len(), 1);
    assert_eq!(calendars[0]["path"], file.to_str().unwrap());
    assert_eq!(calendars[0]["events"], 1);
    assert!(calendars[0]["problem"].is_null());
    assert_eq!(json["busy"]["now"], true);
    assert_eq!(json["busy"]["reasons"][0], "meeting");
    assert!(json["next_meeting"]["end"].is_string());
    assert_eq!(
        json["sources"].as_array().unwrap().len(),
        0,
        "no tray app runs"
    );

    let status = d.json(&["status", "--json"]);
    assert_eq!(status["busy"]["now"], true);
    assert_eq!(status["busy"]["reasons"], serde_json::json!(["meeting"]));
    assert_eq!(status["busy"]["until"], json["next_meeting"]["end"]);
    let text = d.ok(&["status"]);
    assert!(text.contains("Busy until "), "{text}");
    assert!(text.contains("(in a meeting): reminders wait."), "{text}");

    // The file goes away: reported, not fatal.
    std::fs::remove_file(&file).unwrap();
    let out = d.ok(&["calendars"]);
    assert!(out.contains("the file is not there"), "{out}");
    assert_eq!(d.json(&["status", "--json"])["busy"]["now"], false);

    d.ok(&["config", "calendar", "remove", file.to_str().unwrap()]);
    assert!(d.ok(&["calendars"]).contains("No calendar yet"));
}

#[test]
fn calendars_that_do_not_read_are_refused_with_exit_2_and_nothing_changed() {
    let d = DataDir::new();
    d.ok(&["status"]);
    let notes = d.file("notes.ics");
    std::fs::write(&notes, "Dear diary").unwrap();
    let broken = d.file("broken.ics");
    std::fs::write(
        &broken,
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026\r\n",
    )
    .unwrap();
    let huge = d.file("huge.ics");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(21 * 1024 * 1024)
        .unwrap();
    let missing = d.file("nowhere.ics");
    for path in [&notes, &broken, &huge, &missing] {
        refused(&d, &["config", "calendar", "add", path.to_str().unwrap()]);
    }
    refused(
        &d,
        &["config", "calendar", "remove", missing.to_str().unwrap()],
    );
    refused(&d, &["config", "calendar", "add"]);
    refused(&d, &["config", "busy_calendar", "maybe"]);
    let out = d
        .cmd(&["config", "calendar", "add", huge.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the file is 21 MB; Aloud reads calendars of up to 20 MB"),
        "{stderr}"
    );
    d.ok(&["config", "busy_calendar", "off"]);
    assert_eq!(d.json(&["config", "--json"])["busy_calendar"], false);
}
