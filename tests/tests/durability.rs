//! Durability under faults with the real binaries: SIGKILL at random moments during
//! writes, and the app writing alongside several CLI processes. What was acknowledged
//! is never lost and the file always passes SQLite's integrity check.
use aloud_e2e::app::Session;
use aloud_e2e::wait_for;
use chrono::{Duration as Days, Utc};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// A small deterministic generator; the seed is printed so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn seeded() -> Rng {
        let seed = std::env::var("ALOUD_FAULT_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| Utc::now().timestamp_nanos_opt().unwrap_or(1) as u64);
        println!("fault seed: {seed} (set ALOUD_FAULT_SEED to replay)");
        Rng(seed | 1)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn integrity(s: &Session) -> String {
    let conn = rusqlite::Connection::open(s.data_dir().join("aloud.db")).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

/// Kills `child` after `delay` unless it finished first; true when it finished with
/// exit 0 (the write was acknowledged).
fn kill_after(mut child: Child, delay: Duration) -> bool {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.success();
        }
        if start.elapsed() >= delay {
            let _ = child.kill(); // SIGKILL
            let _ = child.wait();
            return false;
        }
        std::thread::sleep(Duration::from_micros(300));
    }
}

/// The local date `back` days before the session's today.
fn day(s: &Session, back: i64) -> String {
    (s.clock.today() - Days::days(back)).to_string()
}

#[test]
fn sigkill_at_random_moments_loses_no_acknowledged_write() {
    let mut s = Session::new(true, true);
    let mut rng = Rng::seeded();
    let mut acked_logs: Vec<String> = Vec::new();
    let mut kills = 0;
    // The snooze acknowledged last, and the values tried (maybe written) after it.
    let mut snooze_acked: Option<i64> = None;
    let mut snooze_tried: Vec<i64> = Vec::new();

    // CLI: logs on distinct past days and settings changes, killed 0–20 ms in (a
    // process that finished first counts as acknowledged), until 180 were killed.
    let mut i = 0i64;
    while kills < 180 {
        i += 1;
        assert!(i < 2000, "processes keep finishing before the kill");
        let date = day(&s, 400 + i);
        let secs = 60 + rng.below(600) as i64;
        let (args, is_log): (Vec<String>, bool) = if i % 4 == 3 {
            (
                vec!["config".into(), "snooze".into(), format!("{secs}s")],
                false,
            )
        } else {
            (
                vec![
                    "log".into(),
                    "describe".into(),
                    "--date".into(),
                    date.clone(),
                ],
                true,
            )
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let child = s
            .env(std::process::Command::new(&s.bin))
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let acked = kill_after(child, Duration::from_micros(rng.below(20_000)));
        if !acked {
            kills += 1;
        }
        if acked && is_log {
            acked_logs.push(date);
        }
        if !is_log {
            if acked {
                snooze_acked = Some(secs);
                snooze_tried.clear();
            } else {
                snooze_tried.push(secs);
            }
        }
    }

    // The app: a tray click logs today's Describe; killed at a random moment after
    // the click, sometimes after the menu showed it done (acknowledged).
    for round in 0..25 {
        s.launch();
        let tray = s.tray();
        let item = s.menu_item(&tray, "○ Describe", Duration::from_secs(30));
        tray.click(&s.desktop.conn, item.id).unwrap();
        let wait_for_ack = round % 2 == 0;
        if wait_for_ack {
            s.menu_item(&tray, "✓ Describe", Duration::from_secs(10));
        } else {
            std::thread::sleep(Duration::from_micros(rng.below(40_000)));
        }
        let pid = s.pid();
        std::process::Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status()
            .unwrap();
        s.stop();
        kills += 1;
        let state = s.json(&["status", "--json"])["habits"][0]["state"].clone();
        if wait_for_ack {
            assert_eq!(
                state, "done",
                "round {round}: an acknowledged tray log was lost"
            );
        }
        s.cli_ok(&["undo", "describe"]);
        assert_eq!(integrity(&s), "ok", "round {round}");
    }

    assert!(kills >= 200, "only {kills} kills");
    let snooze = s.json(&["config", "--json"])["snooze_secs"]
        .as_i64()
        .unwrap();
    if let Some(acked) = snooze_acked {
        assert!(
            snooze == acked || snooze_tried.contains(&snooze),
            "snooze is {snooze}s: neither the acknowledged {acked}s nor a later attempt"
        );
    }
    assert_eq!(integrity(&s), "ok");
    let rows = s.json(&[
        "history",
        "--from",
        &day(&s, 400 + i),
        "--to",
        &day(&s, 1),
        "--json",
    ]);
    let present: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["date"].as_str().unwrap())
        .collect();
    for date in &acked_logs {
        assert!(
            present.contains(&date.as_str()),
            "acknowledged log of {date} lost"
        );
    }
    println!(
        "{kills} kills, {} acknowledged CLI logs kept",
        acked_logs.len()
    );
}

#[test]
fn the_app_and_four_cli_processes_write_a_thousand_times_without_a_lock_error() {
    let mut s = Session::new(true, true);
    s.launch();
    let tray = s.tray();
    let session = &s;
    let clicks = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4i64)
            .map(|w| {
                scope.spawn(move || {
                    for i in 0..240i64 {
                        let habit = ["describe", "interact", "recognize"][(i % 3) as usize];
                        let out =
                            session.cli(&["log", habit, "--date", &day(session, 1 + w * 240 + i)]);
                        let stderr = String::from_utf8_lossy(&out.stderr);
                        assert!(out.status.success(), "worker {w} write {i}: {stderr}");
                    }
                })
            })
            .collect();
        // Meanwhile the app logs and undoes today's Describe from the tray, 40 times.
        let mut clicks = 0;
        for k in 0..40 {
            let (from, to) = if k % 2 == 0 {
                ("○ Describe", "✓ Describe")
            } else {
                ("Undo Done", "○ Describe")
            };
            let item = session.menu_item(&tray, from, Duration::from_secs(20));
            tray.click(&session.desktop.conn, item.id).unwrap();
            session.menu_item(&tray, to, Duration::from_secs(20));
            clicks += 1;
        }
        for w in workers {
            w.join().unwrap();
        }
        clicks
    });
    assert_eq!(clicks, 40);
    let rows = s.json(&[
        "history",
        "--from",
        &day(&s, 960),
        "--to",
        &day(&s, 0),
        "--json",
    ]);
    assert_eq!(
        rows.as_array().unwrap().len(),
        960,
        "every CLI write is there"
    );
    assert_eq!(
        s.json(&["status", "--json"])["habits"][0]["state"],
        "pending"
    );
    let problems: Vec<String> = s
        .desktop
        .notifications()
        .into_iter()
        .filter(|n| n.summary.contains("could not save"))
        .map(|n| n.body)
        .collect();
    assert!(problems.is_empty(), "the app failed to write: {problems:?}");
    wait_for("a clean file", Duration::from_secs(5), || {
        (integrity(&s) == "ok").then_some(())
    });
}
