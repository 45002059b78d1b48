//! An accessibility audit in the real window: axe-core (npm, pinned in
//! package-lock.json) run through WebDriver's Execute Script in the Tauri window's
//! WebKit, on every panel and the welcome, in the light and the dark colour scheme,
//! with some history. Any violation of impact serious or critical fails.
use aloud_e2e::app::Session;
use aloud_e2e::ui::{assert_follows_scheme, find, open_dashboard, show_panel, PANELS};
use aloud_e2e::webdriver::Driver;
use fantoccini::Client;
use serde_json::Value;

fn axe_source() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../node_modules/axe-core/axe.min.js"
    );
    std::fs::read_to_string(path).expect("axe-core is installed by `npm ci` (make test)")
}

/// The serious and critical violations on the page as it is now, one line each.
async fn violations(client: &Client, axe: &str, where_: &str) -> Vec<String> {
    // WebKit runs a WebDriver script past the page's CSP, so axe can be defined in it.
    let script = format!(
        "{axe}\n;const done = arguments[arguments.length - 1];\
         window.axe.run(document, {{ resultTypes: ['violations'] }})\
         .then(r => done(r.violations.map(v => ({{ id: v.id, impact: v.impact, help: v.help,\
           nodes: v.nodes.map(n => n.target.join(' ')) }}))))\
         .catch(e => done('axe failed: ' + e));"
    );
    let result = client.execute_async(&script, vec![]).await.unwrap();
    let Value::Array(found) = result else {
        panic!("{where_}: {result}");
    };
    let line = |v: &Value| {
        format!(
            "{where_}: {} ({}) {} at {}",
            v["id"], v["impact"], v["help"], v["nodes"]
        )
    };
    let (grave, rest): (Vec<&Value>, Vec<&Value>) = found
        .iter()
        .partition(|v| v["impact"] == "serious" || v["impact"] == "critical");
    // The lesser ones are reported (run with --nocapture to read them), not failed.
    for v in rest {
        println!("minor or moderate: {}", line(v));
    }
    grave.into_iter().map(line).collect()
}

async fn audit_every_panel(dark: bool) {
    let mut s = Session::new(true, true);
    if dark {
        s.set_env("GTK_THEME", "Adwaita:dark");
    }
    s.cli_ok(&[
        "log",
        "describe",
        "--note",
        "Shared the plan",
        "--minutes",
        "10",
        "--with",
        "the Oslo team",
    ]);
    s.cli_ok(&["skip", "recognize"]);
    s.cli_ok(&["review", "--rating", "4", "--responses", "3"]);
    s.cli_ok(&[
        "assess",
        "--answers",
        "4,3,5,2,4,4,3,2,5,4,4,1,3,3,4,2,4,3,4,2",
    ]);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    assert_follows_scheme(&client, dark).await;
    let scheme = if dark { "dark" } else { "light" };
    let axe = axe_source();
    // The audit sees what it must: a planted nameless button is a critical violation.
    let plant =
        "document.body.append(Object.assign(document.createElement('button'), { id: 'planted' }));";
    client.execute(plant, vec![]).await.unwrap();
    let planted = violations(&client, &axe, "planted").await;
    assert!(
        planted.iter().any(|v| v.contains("button-name")),
        "axe did not see the planted button: {planted:?}"
    );
    client
        .execute("document.getElementById('planted').remove();", vec![])
        .await
        .unwrap();
    let mut found = Vec::new();
    for panel in PANELS {
        show_panel(&client, panel).await;
        found.extend(violations(&client, &axe, &format!("{panel} ({scheme})")).await);
    }
    client
        .execute("location.hash = '#welcome';", vec![])
        .await
        .unwrap();
    find(&client, "#welcome:not([hidden]) .welcome-habit").await;
    found.extend(violations(&client, &axe, &format!("welcome ({scheme})")).await);
    client.close().await.unwrap();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// One scheme after the other: two WebKit windows starting at once on two cores
/// gain nothing but load.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_serious_or_critical_violation_on_any_panel_light_or_dark() {
    audit_every_panel(false).await;
    audit_every_panel(true).await;
}
