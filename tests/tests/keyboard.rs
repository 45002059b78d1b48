//! Every panel reached and used with the keyboard alone: Tab, Shift+Tab, Enter,
//! Space and the arrow keys, through real WebKit. Focus must also be visible.
use aloud_e2e::app::Session;
use aloud_e2e::ui::{
    open_dashboard, press, shift_tab_to, tab_to, wait_for_text_containing, wait_until, ENTER, SPACE,
};
use aloud_e2e::webdriver::Driver;
use fantoccini::Client;

const ARROW_DOWN: &str = "\u{E015}";

/// The focused control shows a focus ring.
async fn assert_focus_visible(client: &Client) {
    let style = client
        .execute(
            "const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;",
            vec![],
        )
        .await
        .unwrap();
    let style = style.as_str().unwrap().to_string();
    assert!(!style.starts_with("none"), "no visible focus: {style}");
}

async fn panel_shown(client: &Client, panel: &str) {
    let script = format!("return !document.getElementById('{panel}').hidden;");
    wait_until(&format!("the {panel} panel"), || async {
        client.execute(&script, vec![]).await.unwrap() == true
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_panel_is_reachable_and_operable_from_the_keyboard() {
    let s = Session::new(true, true);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;

    // Today: type a note and log with Enter.
    tab_to(&client, ".card[data-habit=describe] input[name=note]", 30).await;
    assert_focus_visible(&client).await;
    press(&client, "Met the Oslo team").await;
    tab_to(&client, ".card[data-habit=describe] button.log", 10).await;
    assert_focus_visible(&client).await;
    press(&client, ENTER).await;
    wait_until("describe done", || async {
        s.json(&["status", "--json"])["habits"][0]["state"] == "done"
    })
    .await;
    assert_eq!(
        s.json(&["history", "--json"])[0]["note"],
        "Met the Oslo team"
    );

    // History: back to the tabs, Enter, then search the notes.
    shift_tab_to(&client, "#tab-history", 40).await;
    assert_focus_visible(&client).await;
    press(&client, ENTER).await;
    panel_shown(&client, "history").await;
    tab_to(&client, "#note-search", 80).await;
    press(&client, "oslo").await;
    wait_for_text_containing(&client, "#note-list", "Met the Oslo team").await;

    // Review: Space on the tab, arrows through the rating, Enter submits.
    shift_tab_to(&client, "#tab-review", 80).await;
    press(&client, SPACE).await;
    panel_shown(&client, "review").await;
    tab_to(&client, "#benefit-form input[name=rating]", 20).await;
    press(&client, SPACE).await;
    for _ in 0..3 {
        press(&client, ARROW_DOWN).await;
    }
    tab_to(&client, "#benefit-form [name=responses]", 10).await;
    press(&client, "3").await;
    press(&client, ENTER).await;
    wait_for_text_containing(&client, "#benefit-saved", "Saved").await;
    let review = s.json(&["review", "--json"]);
    assert_eq!(
        (
            review["current"]["rating"].as_u64(),
            review["current"]["responses"].as_u64()
        ),
        (Some(4), Some(3))
    );

    // Settings: switch a habit's reminders off and save; start at login with Space.
    shift_tab_to(&client, "#tab-settings", 80).await;
    press(&client, ENTER).await;
    panel_shown(&client, "settings").await;
    tab_to(&client, "form[data-habit=recognize] [name=enabled]", 80).await;
    press(&client, SPACE).await;
    tab_to(&client, "form[data-habit=recognize] button[type=submit]", 5).await;
    press(&client, ENTER).await;
    wait_for_text_containing(&client, "form[data-habit=recognize] .saved", "Saved").await;
    assert_eq!(s.json(&["habits", "--json"])[2]["enabled"], false);
    tab_to(&client, "#start-at-login", 120).await;
    press(&client, SPACE).await;
    wait_for_text_containing(&client, "#login-status", "will start").await;
    tab_to(&client, "[data-export=json]", 10).await;
    press(&client, ENTER).await;
    let path = wait_for_text_containing(&client, "#export-path", ".json").await;
    assert!(std::path::Path::new(&path).exists());
    client.close().await.unwrap();
}
