//! `make bench`: Aloud beside Safe Eyes and Workrave on this machine, in one run, under
//! identical conditions (fresh HOME, Xvfb, a private bus with a tray watcher and a
//! notification server). Medians of `BENCH_RUNS` (default 3). Prints; asserts nothing.
//! Usage: compare [IDLE_SECONDS]   (default 60, after a 10 s settle)
use aloud_e2e::app::{named_below, wait_dashboard_gone, Session};
use aloud_e2e::procstat::{cpu, memory, top_mappings, Memory};
use aloud_e2e::ui::{click, find, open_dashboard_timed};
use aloud_e2e::wait_for;
use aloud_e2e::webdriver::Driver;
use aloud_e2e::xembed::Docked;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

struct App {
    name: &'static str,
    program: String,
    args: Vec<String>,
}

#[derive(Default)]
struct Figures {
    start_ms: Vec<f64>,
    cpu_ms_per_min: Vec<f64>,
    switches_per_s: Vec<f64>,
    threads: Vec<f64>,
    rss_mb: Vec<f64>,
    pss_mb: Vec<f64>,
    uss_mb: Vec<f64>,
    services: Vec<String>,
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

/// Bus names that got an owner during the run, other than the fake desktop's: the
/// app's own names, and services the bus started for it (owned by another process,
/// marked "started").
fn activated(s: &Session, app: u32) -> Vec<String> {
    let proxy = zbus::blocking::fdo::DBusProxy::new(&s.desktop.conn).unwrap();
    let mut tree = aloud_e2e::app::descendants(app);
    tree.push(app);
    proxy
        .list_names()
        .unwrap()
        .into_iter()
        .map(|n| n.to_string())
        .filter(|n| !n.starts_with(':') && !n.starts_with("org.freedesktop.DBus"))
        .filter(|n| n != "org.freedesktop.Notifications" && n != "org.kde.StatusNotifierWatcher")
        .map(|name| {
            let owner = zbus::names::BusName::try_from(name.as_str())
                .ok()
                .and_then(|bus_name| proxy.get_connection_unix_process_id(bus_name).ok());
            if owner.is_some_and(|pid| tree.contains(&pid)) {
                format!("{name} (own)")
            } else {
                format!("{name} (started)")
            }
        })
        .collect()
}

fn measure(app: &App, idle: u64, docked: &Docked, out: &mut Figures) {
    let mut s = if app.name == "Aloud" {
        Session::new(true, true)
    } else {
        Session::fresh(true, true)
    };
    // Safe Eyes watches for suspend on the system bus: give every app a private one.
    let system_dir = s.dir.path().join("system-bus");
    std::fs::create_dir_all(&system_dir).unwrap();
    let system = aloud_e2e::bus::PrivateBus::start(&system_dir);
    s.set_env("DBUS_SYSTEM_BUS_ADDRESS", &system.address);
    // Aloud as installed: following presence (X idle time here).
    s.set_env("ALOUD_PRESENCE", "on");
    let args: Vec<&str> = app.args.iter().map(String::as_str).collect();
    let docks_before = docked.0.lock().unwrap().len();
    let started = Instant::now();
    let pid = s.launch_with(&app.program, &args);
    // An SNI registration, or an XEmbed dock request for GtkStatusIcon apps.
    let registered = wait_for("the tray", Duration::from_secs(60), || {
        let sni = s
            .desktop
            .recorded
            .lock()
            .unwrap()
            .item_times
            .first()
            .copied();
        sni.or_else(|| docked.0.lock().unwrap().get(docks_before).copied())
    });
    out.start_ms
        .push((registered - started).as_secs_f64() * 1000.0);
    std::thread::sleep(Duration::from_secs(10));
    let before = cpu(pid);
    std::thread::sleep(Duration::from_secs(idle));
    let after = cpu(pid);
    out.cpu_ms_per_min
        .push((after.cpu_ms - before.cpu_ms) * 60.0 / idle as f64);
    // Threads that end between the samples take their counts with them: never below 0.
    let switches = (after.voluntary + after.involuntary) as i64
        - (before.voluntary + before.involuntary) as i64;
    out.switches_per_s
        .push(switches.max(0) as f64 / idle as f64);
    out.threads.push(after.threads as f64);
    let m = memory(pid);
    out.rss_mb.push(mb(m.rss_kb));
    out.pss_mb.push(mb(m.pss_kb));
    out.uss_mb.push(mb(m.uss_kb));
    out.services = activated(&s, pid);
}

fn row(name: &str, f: &Figures) {
    println!(
        "{name:<10} {:>5.0} ({:>3.0}) {:>12.1} {:>10.2} {:>8.0} {:>8.1} {:>8.1} {:>8.1}  {}",
        median(&f.start_ms),
        f.start_ms.iter().copied().fold(f64::INFINITY, f64::min),
        median(&f.cpu_ms_per_min),
        median(&f.switches_per_s),
        median(&f.threads),
        median(&f.rss_mb),
        median(&f.pss_mb),
        median(&f.uss_mb),
        if f.services.is_empty() {
            "none".to_string()
        } else {
            f.services.join(", ")
        }
    );
}

fn show_memory(state: &str, m: Memory) {
    println!(
        "  {state:<32} RSS {:>6.1} MB  PSS {:>6.1} MB  USS {:>6.1} MB",
        mb(m.rss_kb),
        mb(m.pss_kb),
        mb(m.uss_kb)
    );
}

/// Ten years of daily practice for the three habits, as an import file.
fn ten_years(s: &Session) -> std::path::PathBuf {
    let today = chrono::Utc::now().date_naive();
    let mut entries = Vec::new();
    for back in 1..=3650 {
        let date = (today - chrono::Duration::days(back)).to_string();
        for (i, habit) in ["describe", "interact", "recognize"].iter().enumerate() {
            if (back + i as i64) % 7 != 0 {
                entries.push(serde_json::json!({
                    "habit": habit, "date": date, "logged_at": format!("{date}T09:00:00Z"),
                    "source": "tray", "minutes": 10, "note": "Shared a short update with the team"
                }));
            }
        }
    }
    let doc = serde_json::json!({ "format": "aloud-export", "version": 2, "habits": [], "entries": entries,
        "skips": [], "pauses": [], "settings": {} });
    let path = s.dir.path().join("ten-years.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    path
}

/// `ten_years`, with every check-in naming one or two of 500 people and teams.
fn ten_years_with_people(s: &Session) -> std::path::PathBuf {
    let today = chrono::Utc::now().date_naive();
    let name = |n: i64| match n % 500 {
        k if k % 10 == 0 => format!("Team {k:03}"),
        k => format!("Colleague {k:03}"),
    };
    let mut entries = Vec::new();
    for back in 1..=3650 {
        let date = (today - chrono::Duration::days(back)).to_string();
        for (i, habit) in ["describe", "interact", "recognize"].iter().enumerate() {
            let n = back * 3 + i as i64;
            if (back + i as i64) % 7 != 0 {
                let with = if n % 2 == 0 {
                    vec![name(n)]
                } else {
                    vec![name(n), name(n * 7 + 1)]
                };
                entries.push(serde_json::json!({
                    "habit": habit, "date": date, "logged_at": format!("{date}T09:00:00Z"),
                    "source": "tray", "minutes": 10, "note": "Shared a short update with the team",
                    "with": with
                }));
            }
        }
    }
    let doc = serde_json::json!({ "format": "aloud-export", "version": 4, "habits": [], "entries": entries,
        "skips": [], "pauses": [], "settings": {} });
    let path = s.dir.path().join("ten-years-people.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    path
}

/// The Network: `aloud people --json` as a whole process, and the Network tab drawn
/// (tab click → all 500 rows), over ten years of check-ins naming 500 people.
async fn people_costs(runs: usize) {
    let s = Session::new(true, true);
    s.cli_ok(&["import", ten_years_with_people(&s).to_str().unwrap()]);
    let mut cli_ms = Vec::new();
    for _ in 0..21 {
        let t = Instant::now();
        s.cli_ok(&["people", "--json"]);
        cli_ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "  `aloud people --json`, 10 y × 500 names {:>6.1} ms (whole process)",
        median(&cli_ms)
    );
    let driver = Driver::start(&s);
    let (client, _tray) = aloud_e2e::ui::open_dashboard(&s, &driver).await;
    let mut panel_ms = Vec::new();
    for _ in 0..runs.max(3) {
        click(&client, "#tab-today").await;
        find(&client, "#habits .card").await;
        let t = Instant::now();
        click(&client, "#tab-network").await;
        aloud_e2e::ui::wait_until("500 people", || async {
            client
                .execute(
                    "return document.querySelectorAll('#people-rows tr').length;",
                    vec![],
                )
                .await
                .unwrap()
                == 500
        })
        .await;
        panel_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        // Drawn again from scratch next time.
        client
            .execute(
                "document.getElementById('people-rows').replaceChildren();",
                vec![],
            )
            .await
            .unwrap();
    }
    println!(
        "  Network panel, 10 y × 3 × 500 names {:>6.0} ms (tab click → 500 rows drawn)",
        median(&panel_ms)
    );
    let _ = client.close().await;
}

fn entries(s: &Session) -> i64 {
    let conn = rusqlite::Connection::open_with_flags(
        s.data_dir().join("aloud.db"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    conn.query_row("SELECT count(*) FROM entries", [], |r| r.get(0))
        .unwrap()
}

/// Polls the database until its entry count changes; ms since `from`.
fn until_committed(s: &Session, before: i64, from: Instant) -> f64 {
    loop {
        if entries(s) != before {
            return from.elapsed().as_secs_f64() * 1000.0;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

fn epoch_ms(t: SystemTime) -> f64 {
    t.duration_since(UNIX_EPOCH).unwrap().as_secs_f64() * 1000.0
}

/// When the page started loading (`performance.timeOrigin`) and when it drew its
/// first panel (`performance.mark("aloud-ready")` in app.js), in wall-clock ms.
async fn page_times(client: &fantoccini::Client) -> (f64, f64) {
    let script = "const m = performance.getEntriesByName('aloud-ready')[0]; \
                  return m ? [performance.timeOrigin, performance.timeOrigin + m.startTime] : null;";
    loop {
        let times = client.execute(script, vec![]).await.unwrap();
        if let Some([origin, drawn]) = times.as_array().map(|a| {
            [
                a[0].as_f64().unwrap_or(f64::NAN),
                a[1].as_f64().unwrap_or(f64::NAN),
            ]
        }) {
            return (origin, drawn);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn aloud_only(bin: &Path, runs: usize) {
    println!("\nAloud only (medians of {runs})");
    // Responsiveness: tray click and notification action → entry committed.
    let mut click_ms = Vec::new();
    let mut action_ms = Vec::new();
    for _ in 0..runs {
        let mut s = Session::new(true, true);
        s.launch();
        let tray = s.tray();
        let item = s.menu_item(&tray, "○ Describe", Duration::from_secs(10));
        let before = entries(&s);
        let t = Instant::now();
        tray.click(&s.desktop.conn, item.id).unwrap();
        click_ms.push(until_committed(&s, before, t));
        let (_, at) = s.clock.soon(3);
        s.cli_ok(&["habit", "set", "interact", "--time", &at]);
        let n = wait_for("the reminder", Duration::from_secs(20), || {
            s.desktop
                .notifications()
                .into_iter()
                .find(|n| n.summary.starts_with("Interact"))
        });
        // A person reads before clicking; the harness never answers sooner than
        // 300 ms after the notification came, so wait that out before timing.
        std::thread::sleep(Duration::from_millis(500));
        let before = entries(&s);
        let t = Instant::now();
        s.desktop.invoke(n.id, "done");
        action_ms.push(until_committed(&s, before, t));
    }
    println!(
        "  tray click → entry committed      {:>8.1} ms",
        median(&click_ms)
    );
    println!(
        "  notification Done → committed     {:>8.1} ms",
        median(&action_ms)
    );

    // `aloud status` as a whole process.
    let s = Session::new(true, true);
    let mut status_ms = Vec::new();
    for _ in 0..21 {
        let t = Instant::now();
        s.cli_ok(&["status"]);
        status_ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "  `aloud status` whole process      {:>8.1} ms",
        median(&status_ms)
    );

    // Memory in three states, dashboard open time, History render with 10 years.
    let mut ready_ms = Vec::new();
    let mut webdriver_ms = Vec::new();
    let mut to_page_ms = Vec::new();
    let mut warm_ms = Vec::new();
    let mut history_ms = Vec::new();
    let mut states: Vec<(Memory, Memory)> = Vec::new();
    for _ in 0..runs {
        let s = Session::new(true, true);
        s.cli_ok(&["import", ten_years(&s).to_str().unwrap()]);
        let driver = Driver::start(&s);
        let (client, _tray, clicked) = open_dashboard_timed(&s, &driver).await;
        webdriver_ms.push(clicked.1.elapsed().as_secs_f64() * 1000.0);
        let (origin, drawn) = page_times(&client).await;
        ready_ms.push(drawn - epoch_ms(clicked.0));
        to_page_ms.push(origin - epoch_ms(clicked.0));
        let pid = driver.app_pid().expect("the app under WebDriver");
        tokio::time::sleep(Duration::from_secs(5)).await;
        let open = memory(pid);
        let t = Instant::now();
        click(&client, "#tab-history").await;
        aloud_e2e::ui::wait_until("three heatmaps", || async {
            client
                .execute(
                    "return document.querySelectorAll('#history .heatmap').length;",
                    vec![],
                )
                .await
                .unwrap()
                == 3
        })
        .await;
        history_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        find(&client, "#tab-today").await;
        let focused = client.active_element().await.unwrap();
        let _ = focused.send_keys("\u{E009}w\u{E000}").await; // Ctrl+W closes the window
        tokio::time::sleep(Duration::from_secs(10)).await;
        let closed = memory(pid);
        states.push((open, closed));

        // Again with the desktop's services (portal, accessibility bus) already
        // running, as they are on a real desktop: quit, start anew, open.
        tokio::task::block_in_place(|| {
            let tray = s.tray();
            let quit = s.menu_item(&tray, "Quit", Duration::from_secs(5));
            // The app may be gone before its answer is sent (see tests/tray.rs).
            let _ = tray.click(&s.desktop.conn, quit.id);
            wait_for("the app to quit", Duration::from_secs(10), || {
                driver.app_pid().is_none().then_some(())
            });
        });
        drop(driver);
        // The old WebDriver processes were sent SIGKILL; let them go before the
        // next one listens (a new one once failed to bind its port).
        tokio::time::sleep(Duration::from_secs(2)).await;
        s.desktop.recorded.lock().unwrap().items.clear();
        let driver = Driver::start(&s);
        let (client, _tray, clicked) = open_dashboard_timed(&s, &driver).await;
        warm_ms.push(page_times(&client).await.1 - epoch_ms(clicked.0));
        let _ = client.close().await;
    }
    println!(
        "  dashboard open request → drawn    {:>8.0} ms (tray click → first panel drawn, the page's mark)",
        median(&ready_ms)
    );
    println!(
        "    of which click → page load starts{:>6.0} ms (process, GTK, WebKit), the rest the page",
        median(&to_page_ms)
    );
    println!(
        "  same, desktop services running    {:>8.0} ms (portal and AT-SPI already up, files cached)",
        median(&warm_ms)
    );
    println!(
        "  dashboard open request → WebDriver{:>8.0} ms (tray click → WebDriver finds the first card)",
        median(&webdriver_ms)
    );
    println!(
        "  History panel, 10 years × 3       {:>8.0} ms (tab click → three heatmaps)",
        median(&history_ms)
    );
    let pick = |f: fn(&(Memory, Memory)) -> Memory| {
        let mut v: Vec<Memory> = states.iter().map(f).collect();
        v.sort_by_key(|m| m.pss_kb);
        v[v.len() / 2]
    };
    show_memory("dashboard open (10 y history)", pick(|s| s.0));
    show_memory("opened, then closed (10 y)", pick(|s| s.1));

    // The same ten years with the dashboard never opened, and where that memory goes.
    let mut s = Session::new(true, true);
    s.cli_ok(&["import", ten_years(&s).to_str().unwrap()]);
    let pid = s.launch();
    s.tray();
    std::thread::sleep(Duration::from_secs(5));
    show_memory("never opened (10 y history)", memory(pid));
    println!("  largest mappings, tray only (PSS / private KB):");
    for (name, pss, private) in top_mappings(pid, 12) {
        println!("    {pss:>7} {private:>7}  {name}");
    }
    months_in_the_tray(&s, pid);
    let size = |p: &Path| {
        std::fs::metadata(p)
            .map(|m| m.len() as f64 / 1_048_576.0)
            .unwrap_or(f64::NAN)
    };
    println!(
        "  binaries (release, stripped): aloud {:.1} MB, aloud-tray {:.1} MB, aloud-dashboard {:.1} MB",
        size(bin),
        size(&bin.with_file_name("aloud-tray")),
        size(&bin.with_file_name("aloud-dashboard"))
    );
}

/// What following presence costs: 60 s idle, then 60 s of pointer motion every
/// 100 ms (XTEST), with every source live (X idle time, a stand-in logind on a
/// private system bus, a stand-in screensaver) at the default five-minute
/// threshold; then the same input starting from away (a two-second threshold,
/// crossed before the input begins), where exactly one change happens.
fn presence_costs(idle: u64) {
    use aloud_e2e::presence::{nudge_pointer, StandInLogind, StandInScreenSaver};
    let input_for = |secs: u64| {
        let end = Instant::now() + Duration::from_secs(secs);
        while Instant::now() < end {
            nudge_pointer();
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    let switches = cpu_and_switches;
    for (label, threshold) in [("present", None), ("away at the start", Some(2))] {
        let mut s = Session::new(true, true);
        let logind = StandInLogind::start(s.dir.path());
        let _screensaver = StandInScreenSaver::start(&s.bus.address);
        match threshold {
            Some(secs) => s.with_presence(secs),
            None => s.set_env("ALOUD_PRESENCE", "on"),
        }
        s.set_env("DBUS_SYSTEM_BUS_ADDRESS", &logind.address);
        nudge_pointer();
        let pid = s.launch();
        s.tray();
        std::thread::sleep(Duration::from_secs(10));
        let before = s.json(&["status", "--json"])["presence"].clone();
        let (cpu0, sw0) = switches(pid);
        std::thread::sleep(Duration::from_secs(idle));
        let (cpu1, sw1) = switches(pid);
        input_for(60);
        let (cpu2, sw2) = switches(pid);
        let after = s.json(&["status", "--json"])["presence"].clone();
        println!(
            "  presence on ({label}; {before} → {after}): idle {idle} s {:.1} ms CPU, {:.3} wake-ups/s; \
             60 s of input every 100 ms: {} wake-ups, {:.1} ms CPU",
            cpu1 - cpu0,
            (sw1 - sw0).max(0) as f64 / idle as f64,
            (sw2 - sw1).max(0),
            cpu2 - cpu1
        );
    }
}

/// The tray's CPU time so far, and how many times it has been switched in.
fn cpu_and_switches(pid: u32) -> (f64, i64) {
    let c = cpu(pid);
    (c.cpu_ms, (c.voluntary + c.involuntary) as i64)
}

/// What following "busy" costs the tray with every source answering: xfconfd and
/// the dconf service (Do Not Disturb), xfwm4 (full screen) on a display of its own,
/// and a named calendar of 10,000 events. Idle, nothing should wake it; one Do Not
/// Disturb on and off is two passes; the calendar's memory is what it keeps.
fn busy_costs(idle: u64) {
    let display = aloud_e2e::own_display::OwnDisplay::start();
    let mut s = Session::new(true, true);
    s.share_home_with_bus();
    aloud_e2e::xfce::do_not_disturb(&s, false);
    s.run_tool(
        "dconf",
        &[
            "write",
            "/org/gnome/desktop/notifications/show-banners",
            "true",
        ],
    );
    let mut wm = s
        .env(std::process::Command::new("xfwm4"))
        .env("DISPLAY", &display.name)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("xfwm4");
    s.set_env("DISPLAY", &display.name);
    let calendar = s.dir.path().join("calendar.ics");
    std::fs::write(&calendar, ten_thousand_events()).unwrap();
    let pid = s.launch();
    s.tray();
    std::thread::sleep(Duration::from_secs(10));
    let without = memory(pid);
    s.cli_ok(&["config", "calendar", "add", calendar.to_str().unwrap()]);
    std::thread::sleep(Duration::from_secs(5));
    let with = memory(pid);
    let sources = s.json(&["calendars", "--json"])["sources"].clone();
    let switches = || cpu_and_switches(pid);
    let (cpu0, sw0) = switches();
    std::thread::sleep(Duration::from_secs(idle));
    let (cpu1, sw1) = switches();
    aloud_e2e::xfce::do_not_disturb(&s, true);
    aloud_e2e::xfce::do_not_disturb(&s, false);
    std::thread::sleep(Duration::from_secs(2));
    let (cpu2, sw2) = switches();
    println!(
        "  busy, every source on ({sources}): idle {idle} s {:.1} ms CPU, {:.3} wake-ups/s; \
         Do Not Disturb on and off: {} wake-ups, {:.1} ms CPU; \
         a 10,000-event calendar named: PSS {:.1} → {:.1} MB",
        cpu1 - cpu0,
        (sw1 - sw0).max(0) as f64 / idle as f64,
        (sw2 - sw1).max(0),
        cpu2 - cpu1,
        mb(without.pss_kb),
        mb(with.pss_kb)
    );
    let _ = wm.kill();
    let _ = wm.wait();
}

/// A leader's calendar: 9,000 single meetings over two years and 1,000 weekly ones.
fn ten_thousand_events() -> String {
    let now = chrono::Utc::now();
    let stamp = |at: chrono::DateTime<chrono::Utc>| at.format("%Y%m%dT%H%M%SZ").to_string();
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    for i in 0..10_000i64 {
        let start = now + chrono::Duration::minutes((i - 5_000) * 117);
        let rule = if i % 10 == 0 {
            "RRULE:FREQ=WEEKLY\r\n"
        } else {
            ""
        };
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{i}\r\nDTSTART:{}\r\nDTEND:{}\r\n{rule}END:VEVENT\r\n",
            stamp(start),
            stamp(start + chrono::Duration::minutes(30))
        ));
    }
    text + "END:VCALENDAR\r\n"
}

/// What a timed check-in costs the tray: nothing while none runs; while one runs,
/// one pass a minute (the header's minutes go up), each a handful of thread
/// switches. The check-in length is an hour so no wrap-up falls in the window.
fn checkin_costs(idle: u64) {
    let mut s = Session::new(true, true);
    s.cli_ok(&["config", "checkin_length", "60m"]);
    let pid = s.launch();
    let tray = s.tray();
    std::thread::sleep(Duration::from_secs(10));
    let switches = || cpu_and_switches(pid);
    let (cpu0, sw0) = switches();
    std::thread::sleep(Duration::from_secs(idle));
    let (cpu1, sw1) = switches();
    s.cli_ok(&["start", "describe", "--no-open"]);
    s.menu_item(&tray, "Describe check-in", Duration::from_secs(5));
    // From the first whole minute of the check-in on, so the start's own pass is out.
    std::thread::sleep(Duration::from_secs(65));
    let (cpu2, sw2) = switches();
    let window = idle.max(180);
    std::thread::sleep(Duration::from_secs(window));
    let (cpu3, sw3) = switches();
    let header = s.menu(&tray).labels().first().cloned().unwrap_or_default();
    println!(
        "  check-in: none running, idle {idle} s: {:.1} ms CPU, {:.3} wake-ups/s; \
         one running, {window} s: {} thread wake-ups ({:.1} a minute), {:.1} ms CPU; header now \"{header}\"",
        cpu1 - cpu0,
        (sw1 - sw0).max(0) as f64 / idle as f64,
        (sw3 - sw2).max(0),
        (sw3 - sw2).max(0) as f64 * 60.0 / window as f64,
        cpu3 - cpu2
    );
    s.cli_ok(&["cancel"]);
}

/// Months of use, compressed: the dashboard opened and ended ten times (by SIGTERM,
/// as "Quit" and logging out end it), then 600 writes from the CLI, each of which the
/// tray redraws its menu for. The tray's memory should come back where it was.
fn months_in_the_tray(s: &Session, pid: u32) {
    for _ in 0..10 {
        s.ask_open("today").unwrap();
        let dashboard = wait_for("the dashboard", Duration::from_secs(30), || {
            named_below(pid, "aloud-dashboard").next()
        });
        wait_for("its web process", Duration::from_secs(30), || {
            s.has_webview().then_some(())
        });
        std::thread::sleep(Duration::from_secs(1));
        let _ = Command::new("kill").arg(dashboard.to_string()).status();
        wait_dashboard_gone(pid, Duration::from_secs(10));
    }
    for i in 0..300 {
        s.cli_ok(&["log", "describe", "--note", &format!("note {i}")]);
        s.cli_ok(&["undo", "describe"]);
    }
    std::thread::sleep(Duration::from_secs(5));
    show_memory("after 10 openings, 600 writes", memory(pid));
}

fn installed_size(package: &str) -> String {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Installed-Size}", package])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| {
            format!(
                "{:.1} MB",
                String::from_utf8_lossy(&o.stdout)
                    .trim()
                    .parse::<f64>()
                    .unwrap_or(0.0)
                    / 1024.0
            )
        })
        .unwrap_or_else(|| "?".into())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let idle: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(60);
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let bin = aloud_e2e::app::binary();
    let apps = [
        App {
            name: "Aloud",
            program: bin.to_string_lossy().into_owned(),
            args: vec![],
        },
        App {
            name: "SafeEyes",
            program: "safeeyes".into(),
            args: vec![],
        },
        App {
            name: "Workrave",
            program: "workrave".into(),
            args: vec![],
        },
    ];
    // BENCH_ONLY=presence, checkin or people: just that part's costs (when working on it).
    match std::env::var("BENCH_ONLY").as_deref() {
        Ok("presence") => return presence_costs(idle),
        Ok("checkin") => return checkin_costs(idle),
        Ok("people") => return people_costs(runs).await,
        Ok("busy") => return busy_costs(idle),
        _ => {}
    }
    let docked = aloud_e2e::xembed::start();
    println!(
        "Tray apps side by side: medians of {runs} runs; idle over {idle} s after a 10 s settle"
    );
    println!(
        "{:<10} {:>15} {:>12} {:>10} {:>8} {:>8} {:>8} {:>8}  services started on the bus",
        "app", "start ms (best)", "CPU ms/min", "switch/s", "threads", "RSS MB", "PSS MB", "USS MB"
    );
    // BENCH_PEERS=0: Aloud's own figures only (quicker, when working on Aloud).
    let peers = std::env::var("BENCH_PEERS").map_or(true, |v| v != "0");
    for app in apps.iter().filter(|a| peers || a.name == "Aloud") {
        let mut figures = Figures::default();
        for _ in 0..runs {
            measure(app, idle, &docked, &mut figures);
        }
        row(app.name, &figures);
    }
    println!(
        "installed size: Aloud (its three programs) see below; Safe Eyes {} (+ Python); Workrave {} (+ workrave-data {})",
        installed_size("safeeyes"),
        installed_size("workrave"),
        installed_size("workrave-data")
    );
    aloud_only(&bin, runs).await;
    people_costs(runs).await;
    presence_costs(idle);
    checkin_costs(idle);
    busy_costs(idle);
}
