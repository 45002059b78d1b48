//! The webview locked down, and nothing on the network: checked in real WebKit and
//! on the running processes.
use aloud_e2e::app::{descendants, Session};
use aloud_e2e::ui::open_dashboard;
use aloud_e2e::webdriver::Driver;
use std::collections::HashSet;
use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

async fn eval(client: &fantoccini::Client, script: &str) -> serde_json::Value {
    client.execute_async(script, vec![]).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_webview_runs_only_our_code_calls_only_our_commands_and_stays_home() {
    let s = Session::new(true, true);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;

    // CSP: no inline script or handler, no connection to another origin.
    let blocked = eval(
        &client,
        "const done = arguments[arguments.length - 1];
         document.body.insertAdjacentHTML('beforeend', '<img src=\"data:,x\" onerror=\"window.__inline = 1\">');
         const s = document.createElement('script'); s.textContent = 'window.__script = 1'; document.body.append(s);
         fetch('https://example.org/').then(() => 'fetched', e => 'refused').then(f =>
           setTimeout(() => done([window.__inline === undefined, window.__script === undefined, f]), 300));",
    )
    .await;
    assert_eq!(blocked, serde_json::json!([true, true, "refused"]));

    // Our commands answer; anything not granted in the capability is refused.
    let answers = eval(
        &client,
        "const done = arguments[arguments.length - 1];
         const call = (cmd, args) => window.__TAURI__.core.invoke(cmd, args).then(() => 'ok', e => 'refused: ' + (e.message ?? e));
         Promise.all([
           call('get_status'),
           call('plugin:window|set_title', { label: 'dashboard', value: 'pwned' }),
           call('plugin:webview|create_webview_window', { options: { label: 'x', url: 'https://example.org/' } }),
           call('plugin:event|emit', { event: 'x', payload: null }),
           call('no_such_command'),
         ]).then(done);",
    )
    .await;
    let answers: Vec<String> = serde_json::from_value(answers).unwrap();
    assert_eq!(answers[0], "ok");
    for refused in &answers[1..] {
        assert!(refused.starts_with("refused"), "{answers:?}");
    }

    // No navigation away, no new window.
    let home = client.current_url().await.unwrap();
    let _ = client
        .execute("location.href = 'https://example.org/'; return window.open('https://example.org/') === null;", vec![])
        .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let now = client.current_url().await.unwrap();
    assert_eq!(
        (now.scheme(), now.host_str()),
        (home.scheme(), home.host_str())
    );
    assert_eq!(
        client.windows().await.unwrap().len(),
        1,
        "a second window opened"
    );
    client.close().await.unwrap();
}

/// Socket inodes of `pid` (from its open files).
fn sockets(pid: u32) -> Vec<u64> {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|fd| std::fs::read_link(fd.path()).ok())
        .filter_map(|target| {
            let t = target.to_string_lossy().into_owned();
            t.strip_prefix("socket:[")?.strip_suffix(']')?.parse().ok()
        })
        .collect()
}

/// Inodes of every IP socket (TCP, UDP, raw; v4 and v6) in `pid`'s network namespace.
fn ip_sockets(pid: u32) -> HashSet<u64> {
    [
        "tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6",
    ]
    .iter()
    .filter_map(|t| std::fs::read_to_string(format!("/proc/{pid}/net/{t}")).ok())
    .flat_map(|table| {
        table
            .lines()
            .skip(1)
            .filter_map(|l| l.split_whitespace().nth(9)?.parse().ok())
            .collect::<Vec<u64>>()
    })
    .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_opens_no_network_socket_and_keeps_its_files_private() {
    let mut s = Session::new(true, true);
    let app = s.launch();
    let tray = s.tray();
    // Open the dashboard too: WebKit brings its own processes.
    let open = s.menu_item(&tray, "Open dashboard", Duration::from_secs(10));
    tray.click(&s.desktop.conn, open.id).unwrap();
    aloud_e2e::wait_for("the dashboard", Duration::from_secs(30), || {
        s.has_webview().then_some(())
    });
    std::thread::sleep(Duration::from_secs(2));
    let processes: Vec<u32> = std::iter::once(app).chain(descendants(app)).collect();
    let ip = ip_sockets(app);
    let mut unix = 0;
    for pid in &processes {
        for inode in sockets(*pid) {
            assert!(
                !ip.contains(&inode),
                "process {pid} has an IP socket ({inode})"
            );
            unix += 1;
        }
    }
    assert!(unix > 0, "the check found the app's (Unix) sockets");

    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    s.cli_ok(&["backup"]);
    let data = s.data_dir();
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("backups")), 0o700);
    for entry in std::fs::read_dir(&data)
        .unwrap()
        .chain(std::fs::read_dir(data.join("backups")).unwrap())
    {
        let path = entry.unwrap().path();
        if path.is_file() {
            assert_eq!(mode(&path), 0o600, "{}", path.display());
        }
    }
}
