//! Under the pseudo-locale `en-XA` every word Aloud says comes out accented and
//! lengthened ("Ţöðåý···"), so a plain ASCII word left on screen is a string that
//! bypassed the catalogue. This pass walks every dashboard panel (with data in each),
//! the tray menu and a reminder, and fails on the first such word. Only what the
//! person wrote (marked `translate="no"` in the page) and paths (`<code>`) may stay
//! plain; the test's own names and notes are written without ASCII letters so that
//! the sentences that quote them are checked too.
use aloud_e2e::app::Session;
use aloud_e2e::menu::MenuItem;
use aloud_e2e::ui::{click, find, open_dashboard_labelled, wait_until};
use aloud_e2e::webdriver::Driver;
use std::time::Duration;

/// Two ASCII letters in a row: a word the pseudo-locale did not touch.
fn plain(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w.iter().all(u8::is_ascii_alphabetic))
}

fn pseudo_session() -> Session {
    let mut s = Session::fresh(true, true);
    // Not a glibc locale: GTK warns and carries on in C, Aloud reads the name.
    s.set_env("LANG", "en_XA.UTF-8");
    let s = s.with_far_habits();
    // Data for every panel: a check-in naming someone, a benefits check, an attempt.
    s.cli_ok(&[
        "log",
        "describe",
        "--note",
        "ñöţé",
        "--minutes",
        "9",
        "--need",
        "help",
        "--with",
        "Åñå",
    ]);
    s.cli_ok(&["review", "--rating", "4", "--responses", "2"]);
    let answers = ["3"; 20].join(",");
    s.cli_ok(&["assess", "--answers", &answers]);
    s
}

fn labels(item: &MenuItem, out: &mut Vec<String>) {
    out.push(item.label.clone());
    for child in &item.children {
        labels(child, out);
    }
}

#[test]
fn the_tray_menu_and_a_reminder_have_no_unwrapped_string() {
    let mut s = pseudo_session();
    s.launch();
    let tray = s.tray();
    s.menu_item(&tray, "Ţöðåý", Duration::from_secs(10));
    let mut all = Vec::new();
    labels(&s.menu(&tray), &mut all);
    assert!(all.len() > 8, "the menu: {all:?}");
    let unwrapped: Vec<_> = all.iter().filter(|l| plain(l)).collect();
    assert!(unwrapped.is_empty(), "menu labels: {unwrapped:?}");

    let (_, hms) = s.clock.soon(4);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    let reminder = s.notification("Îñţéŕåçţ", Duration::from_secs(20));
    let mut words = vec![reminder.summary.clone(), reminder.body.clone()];
    words.extend(reminder.actions.iter().skip(1).step_by(2).cloned());
    assert!(words.len() >= 4, "a reminder with its buttons: {words:?}");
    let unwrapped: Vec<_> = words.iter().filter(|w| plain(w)).collect();
    assert!(unwrapped.is_empty(), "the reminder: {unwrapped:?}");
}

/// Every text node in the page (shown or not yet), and every placeholder,
/// aria-label and title, that keeps a plain word; what the person wrote
/// (`translate="no"`) and paths (`<code>`) aside.
const UNWRAPPED: &str = r#"
const plain = /[A-Za-z]{2}/;
const exempt = (el) => el.closest('[translate="no"], code, script, style');
const found = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  if (n.parentElement && !exempt(n.parentElement) && plain.test(n.textContent)) found.push(n.textContent.trim());
}
for (const el of document.body.querySelectorAll("[placeholder], [aria-label], [title]")) {
  if (exempt(el)) continue;
  for (const name of ["placeholder", "aria-label", "title"]) {
    const value = el.getAttribute(name);
    if (value && plain.test(value)) found.push(`${name}="${value}"`);
  }
}
return [...new Set(found)];
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_dashboard_panel_has_no_unwrapped_string() {
    let s = pseudo_session();
    let driver = Driver::start(&s);
    let (client, _tray, _) = open_dashboard_labelled(&s, &driver, "Öþéñ ðåšĥƀöåŕð").await;
    // Each panel with what it draws from its data.
    for (panel, drawn) in [
        ("today", "#habits .card .recipe"),
        ("history", "#history .heatmap"),
        ("review", "#benefit-chart"),
        ("network", "#people-rows tr"),
        ("mindsets", "#radar-chart"),
        ("settings", "#settings form[data-habit=interact]"),
    ] {
        click(&client, &format!("#tab-{panel}")).await;
        find(&client, drawn).await;
        if panel == "network" {
            // A person's management form, drawn too.
            click(&client, "#people-rows button.manage").await;
        }
    }
    // The settings' last lines come with their own reads.
    wait_until("the presence line", || async {
        let text = find(&client, "#away-presence").await.text().await;
        !text.unwrap_or_default().is_empty()
    })
    .await;
    wait_until("the backups list", || async {
        let text = find(&client, "#backup-list").await.text().await;
        !text.unwrap_or_default().is_empty()
    })
    .await;
    let found = client.execute(UNWRAPPED, vec![]).await.unwrap();
    let unwrapped: Vec<String> = serde_json::from_value(found).unwrap();
    assert!(
        unwrapped.is_empty(),
        "plain words on the page: {unwrapped:#?}"
    );
    // The check itself sees an unwrapped word.
    client
        .execute(
            "document.querySelector('#celebration').textContent = 'Hard-coded';",
            vec![],
        )
        .await
        .unwrap();
    let found = client.execute(UNWRAPPED, vec![]).await.unwrap();
    assert_eq!(found, serde_json::json!(["Hard-coded"]));
    client.close().await.unwrap();
}
