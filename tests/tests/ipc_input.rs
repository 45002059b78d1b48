//! Every IPC command of the dashboard, called from the real page with hostile
//! arguments (wrong types, unicode, huge, empty, SQL-looking): each answers with a
//! `{kind, message}` refusal or a result, never a crash, and refusals write nothing.
use aloud_e2e::app::Session;
use aloud_e2e::ui::open_dashboard;
use aloud_e2e::webdriver::Driver;

/// Arguments for each command that writes: every one must be refused.
const HOSTILE: &str = r#"
const huge = 'x'.repeat(100000), sql = "'); DROP TABLE entries; --", odd = '\u0000🙂\n\u202e';
const values = [null, '', '   ', huge, sql, odd, -1, 1e308, 2 ** 53, true, [], {}, '25:99', '2026-02-30'];
const calls = [];
for (const v of values) {
  calls.push(['log_habit', { habit: v }], ['log_habit', { habit: 'describe', note: huge }],
    ['log_habit', { habit: 'describe', minutes: v === null ? 0 : v }], ['log_habit', { habit: 'describe', need: v === '' || v === null ? 'fame' : v }],
    ['undo_habit', { habit: v }], ['skip_habit', { habit: v }],
    ['set_habit', { id: v, name: 'x' }], ['set_habit', { id: 'interact', time: v === null ? '24:00' : v }],
    ['set_habit', { id: 'interact', days: v === null ? 'funday' : v }], ['set_habit', { id: 'interact', name: typeof v === 'string' && v.length < 60 && v.trim() && !v.includes('\u0000') && !v.includes('\n') ? huge : v }],
    ['add_habit', { name: v, trigger: v, time: v }],
    ['set_habit', { id: 'interact', anchor: v === null ? 'noon' : v }], ['set_habit', { id: 'interact', lead: v === null ? 61 : v }],
    ['decline_anchor', { habit: v }],
    ['add_calendar', { path: v === null ? '/etc/passwd' : v }], ['remove_calendar', { path: v === null ? '/nowhere.ics' : v }],
    ['pause_reminders', { until: v === null ? '2020-01-01' : v }],
    ['set_setting', { key: v, value: v }], ['set_setting', { key: 'snooze', value: v === null ? '99h' : v }],
    ['record_benefit_check', { rating: v, responses: v }],
    ['record_assessment', { answers: v }], ['record_assessment', { answers: [1, 2, 3] }],
    ['save_assessment_draft', { answers: v }],
    ['import_data', { path: v === null ? '/nonexistent' : v }],
    ['restore_backup', { name: v === null ? '../aloud.db' : v }],
    ['export_data', { format: v === null ? 'xml' : v }],
    ['set_start_at_login', { enabled: v === true ? 'yes' : v }],
    ['start_checkin', { habit: v }],
    ['add_link', { name: v, url: v, default: false }],
    ['add_link', { name: 'Network', url: v === null ? 'javascript:alert(1)' : v, default: true }],
    ['remove_link', { name: v }], ['set_default_link', { name: v }],
    ['get_ideas', { habit: v }], ['set_ideas', { habit: v, ideas: ['an idea'] }],
    ['log_habit', { habit: 'describe', with: [v, huge] }],
    ['log_habit', { habit: 'describe', with: v === null || (Array.isArray(v) && !v.length) ? Array.from({ length: 11 }, (_, i) => 'P' + i) : v }],
    ['rename_person', { from: v, to: 'Someone' }], ['rename_person', { from: 'Ana', to: v }],
    ['merge_people', { from: v, into: 'Ana' }], ['merge_people', { from: 'Ana', into: v }],
    ['set_person_kind', { name: v, kind: 'team' }], ['set_person_kind', { name: 'Ana', kind: v }],
    ['forget_person', { name: v, fromBackups: true }], ['forget_person', { name: 'Ana', fromBackups: v }]);
}
calls.push(['finish_checkin', {}], ['cancel_checkin', {}],
  ['add_link', { name: 'Disk', url: 'file:///etc/passwd', default: false }],
  ['add_link', { name: 'Inline', url: 'data:text/html,hi', default: false }],
  ['set_ideas', { habit: 'describe', ideas: [huge] }], ['set_ideas', { habit: 'describe', ideas: ['two\nlines'] }],
  ['add_calendar', { path: '/' }], ['add_calendar', { path: '/dev/zero' }], ['add_calendar', { path: '../aloud.db' }]);
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_refuses_hostile_arguments_cleanly_and_writes_nothing() {
    let s = Session::new(true, true);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    let before = s.cli_ok(&["export", "--format", "json"]);
    let script = format!(
        "{HOSTILE}
        const done = arguments[arguments.length - 1];
        const results = [];
        (async () => {{
          for (const [cmd, args] of calls) {{
            try {{
              await window.__TAURI__.core.invoke(cmd, args);
              results.push([cmd, JSON.stringify(args).slice(0, 80), 'accepted']);
            }} catch (e) {{
              const shaped = e && typeof e === 'object' && typeof e.kind === 'string' && typeof e.message === 'string' && e.message.length > 0;
              const plain = typeof e === 'string' && e.length > 0; // Tauri's own argument errors
              results.push([cmd, JSON.stringify(args).slice(0, 80), shaped ? 'refused' : plain ? 'refused by tauri' : 'odd: ' + JSON.stringify(e)]);
            }}
          }}
          done(results);
        }})();"
    );
    let results: Vec<(String, String, String)> =
        serde_json::from_value(client.execute_async(&script, vec![]).await.unwrap()).unwrap();
    assert!(results.len() > 300, "{} calls", results.len());
    let accepted: Vec<&(String, String, String)> =
        results.iter().filter(|r| r.2 == "accepted").collect();
    assert!(accepted.is_empty(), "accepted: {accepted:?}");
    let odd: Vec<&(String, String, String)> =
        results.iter().filter(|r| r.2.starts_with("odd")).collect();
    assert!(odd.is_empty(), "not a clear refusal: {odd:?}");
    assert!(
        results.iter().any(|r| r.2 == "refused"),
        "the app's own validation answered some"
    );
    assert_eq!(
        s.cli_ok(&["export", "--format", "json"]),
        before,
        "a refusal wrote"
    );

    // Text that only looks like SQL is just text: stored as typed, nothing else moved.
    let renamed = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI__.core.invoke('set_habit', { id: 'interact', name: \"'); DROP TABLE entries; --\" })
               .then(c => done(c.habit.name), e => done('refused: ' + e.message));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(renamed, "'); DROP TABLE entries; --");
    assert_eq!(
        s.json(&["habits", "--json"])[1]["name"],
        "'); DROP TABLE entries; --"
    );
    s.cli_ok(&["log", "describe"]);
    assert_eq!(s.json(&["history", "--json"]).as_array().unwrap().len(), 1);
    // The app is still answering.
    let status = client
        .execute_async(
            "const done = arguments[arguments.length - 1]; window.__TAURI__.core.invoke('get_status').then(s => done(s.habits.length));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(status, 3);
    client.close().await.unwrap();
}
