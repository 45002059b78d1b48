//! The person's day, learned end to end: the real tray app with a stand-in logind
//! on a private system bus. Locking and unlocking, and a sleep, make the day's
//! marks, which `aloud export` and `aloud rhythm` then show. Real time cannot wait
//! out a lunch break or a night, so the test moves the start of each time away
//! back in the database, as if it had lasted that long.
use aloud_e2e::app::Session;
use aloud_e2e::presence::StandInLogind;
use aloud_e2e::wait_for;
use chrono::{DateTime, Datelike, Duration as Span, Utc, Weekday};
use serde_json::Value;
use std::time::Duration;

const AWAY_SINCE: &str = "rhythm-away-since";

fn database(s: &Session) -> rusqlite::Connection {
    rusqlite::Connection::open(s.data_dir().join("aloud.db")).unwrap()
}

/// Since when the tray has the person away, as it recorded it.
fn away_since(s: &Session) -> Option<DateTime<Utc>> {
    database(s)
        .query_row(
            "SELECT value FROM app_state WHERE key = ?1",
            [AWAY_SINCE],
            |row| row.get::<_, String>(0),
        )
        .ok()
        .map(|t| DateTime::parse_from_rfc3339(&t).unwrap().to_utc())
}

/// The time away began `back` earlier than the tray recorded.
fn move_away_since_back(s: &Session, back: Span) {
    let since = away_since(s).expect("recorded as away") - back;
    database(s)
        .execute(
            "UPDATE app_state SET value = ?1 WHERE key = ?2",
            [since.to_rfc3339(), AWAY_SINCE.to_string()],
        )
        .unwrap();
}

/// The marks in an export: (kind, instant).
fn marks(s: &Session) -> Vec<(String, DateTime<Utc>)> {
    let doc: Value = serde_json::from_str(&s.cli_ok(&["export", "--format", "json"])).unwrap();
    assert_eq!(doc["version"], 7);
    doc["day_marks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let at = DateTime::parse_from_rfc3339(m["at"].as_str().unwrap()).unwrap();
            (m["kind"].as_str().unwrap().to_string(), at.to_utc())
        })
        .collect()
}

fn wait_marks(s: &Session, count: usize) -> Vec<(String, DateTime<Utc>)> {
    wait_for(&format!("{count} marks"), Duration::from_secs(10), || {
        let marks = marks(s);
        (marks.len() == count).then_some(marks)
    })
}

#[test]
fn locks_and_a_night_asleep_make_the_marks_aloud_rhythm_shows() {
    let mut s = Session::new(true, true);
    let logind = StandInLogind::start(s.dir.path());
    s.with_presence(3600);
    s.set_env("DBUS_SYSTEM_BUS_ADDRESS", &logind.address);
    s.set_env("DISPLAY", "");
    s.launch();
    s.tray();
    s.wait_presence("present");
    assert_eq!(marks(&s), [], "nothing is known before the first time away");

    // A break: the screen locked for twenty minutes, within one working day (they
    // begin at 04:00: a test run just after would see a night's end instead).
    let into_day = (s.clock.now().naive_local() - Span::hours(4)).time();
    let since_four = into_day.signed_duration_since(chrono::NaiveTime::MIN);
    if since_four < Span::minutes(25) {
        std::thread::sleep((Span::minutes(25) - since_four).to_std().unwrap());
    }
    logind.set_locked(true);
    s.wait_presence("away");
    move_away_since_back(&s, Span::minutes(20));
    let left = away_since(&s).unwrap();
    logind.set_locked(false);
    let found = wait_marks(&s, 2);
    assert_eq!(found[0], ("break_start".to_string(), left));
    assert_eq!(found[1].0, "break_end");
    assert!((found[1].1 - left - Span::minutes(20)).num_seconds().abs() <= 5);

    // A night asleep: the tray takes a delay lock from logind, records the going
    // before it gives the lock back, and the return is the day's arrival.
    wait_for("a delay lock", Duration::from_secs(5), || {
        (logind.delay_locks() == 1).then_some(())
    });
    logind.prepare_for_sleep(true);
    assert!(
        away_since(&s).is_some(),
        "recorded before the machine slept"
    );
    assert_eq!(logind.delay_locks(), 0, "given back");
    move_away_since_back(&s, Span::hours(30));
    let slept = away_since(&s).unwrap();
    logind.prepare_for_sleep(false);
    let found = wait_marks(&s, 4);
    assert_eq!(found[0], ("departure".to_string(), slept));
    let arrival = found
        .iter()
        .find(|(kind, _)| kind == "arrival")
        .expect("an arrival");
    wait_for("a new delay lock", Duration::from_secs(5), || {
        (logind.delay_locks() == 1).then_some(())
    });

    // `aloud rhythm` counts the arrival on a workday (a working day starts at 04:00).
    let arrived = arrival
        .1
        .with_timezone(&s.clock.now().timezone())
        .naive_local()
        - Span::hours(4);
    let workday = !matches!(arrived.weekday(), Weekday::Sat | Weekday::Sun);
    let rhythm = s.json(&["rhythm", "--json"]);
    assert_eq!(rhythm["learning"], true);
    assert_eq!(rhythm["arrival"]["days"], u64::from(workday), "{rhythm}");
    assert_eq!(
        rhythm["arrival"]["typical"],
        Value::Null,
        "learning: 1 of 5 days"
    );
    let words = s.cli_ok(&["rhythm"]);
    assert!(words.contains("You arrive: learning, "), "{words}");

    // An import of the export into a new data dir gives the same rhythm.
    let export = s.cli_ok(&["export", "--format", "json"]);
    let other = Session::new(true, true);
    let file = other.dir.path().join("export.json");
    std::fs::write(&file, export).unwrap();
    other.cli_ok(&["import", file.to_str().unwrap()]);
    assert_eq!(other.json(&["rhythm", "--json"]), rhythm);

    // Learning off: nothing is recorded. Forgetting clears what was.
    s.cli_ok(&["config", "learn_rhythm", "off"]);
    logind.set_locked(true);
    s.wait_presence("away");
    assert_eq!(away_since(&s), None, "nothing noted while learning is off");
    logind.set_locked(false);
    s.wait_presence("present");
    s.settled();
    assert_eq!(marks(&s).len(), 4);
    assert_eq!(s.json(&["rhythm", "--json"])["learning"], false);
    assert!(s.cli_ok(&["rhythm", "forget"]).contains("4 marks"));
    assert_eq!(marks(&s), []);
    let refused = s.cli(&["rhythm", "forget", "--everything"]);
    assert_eq!(refused.status.code(), Some(2));
}
