//! Driving the dashboard page: open it from the tray, click, type, read, and press
//! keys the way a keyboard-only person would.
use crate::app::Session;
use crate::menu::Tray;
use crate::webdriver::Driver;
use fantoccini::elements::Element;
use fantoccini::{Client, Locator};
use std::time::{Duration, Instant, SystemTime};

pub const TAB: &str = "\u{E004}";
pub const ENTER: &str = "\u{E007}";
pub const SPACE: &str = " ";
pub const ARROW_RIGHT: &str = "\u{E014}";

/// Starts the app under WebDriver and opens the dashboard from the tray menu.
pub async fn open_dashboard(s: &Session, driver: &Driver) -> (Client, Tray) {
    let (client, tray, _) = open_dashboard_timed(s, driver).await;
    (client, tray)
}

/// Like `open_dashboard`, also telling when the click was sent (wall clock, to
/// compare with the page's own clock, and monotonic).
pub async fn open_dashboard_timed(
    s: &Session,
    driver: &Driver,
) -> (Client, Tray, (SystemTime, Instant)) {
    open_dashboard_labelled(s, driver, "Open dashboard").await
}

/// Like `open_dashboard_timed`, through the menu item `label` (the app's language).
pub async fn open_dashboard_labelled(
    s: &Session,
    driver: &Driver,
    label: &str,
) -> (Client, Tray, (SystemTime, Instant)) {
    let connecting = driver.connect(s);
    let clicking = async {
        tokio::task::block_in_place(|| {
            let tray = s.tray();
            let open = s.menu_item(&tray, label, Duration::from_secs(20));
            let at = (SystemTime::now(), Instant::now());
            tray.click(&s.desktop.conn, open.id).unwrap();
            (tray, at)
        })
    };
    let (client, (tray, at)) = tokio::join!(connecting, clicking);
    client
        .wait()
        .for_element(Locator::Css("#habits .card"))
        .await
        .expect("Today's cards");
    (client, tray, at)
}

pub async fn find(client: &Client, css: &str) -> Element {
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
}

/// The trimmed text of every element `css` matches, read in one script call.
pub async fn texts(client: &Client, css: &str) -> Vec<String> {
    let found = client
        .execute(
            "return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent.trim());",
            vec![css.into()],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

pub async fn click(client: &Client, css: &str) {
    find(client, css).await.click().await.unwrap();
}

/// Replaces a field's value by script (as a paste would) — for values a keyboard
/// could not type into a field with a length limit, or to type fast.
pub async fn set_value(client: &Client, css: &str, value: &str) {
    let script = "const f = document.querySelector(arguments[0]); f.value = arguments[1];";
    client
        .execute(script, vec![css.into(), value.into()])
        .await
        .unwrap();
}

/// The element's text once it is not empty.
pub async fn wait_for_text(element: &Element) -> String {
    for _ in 0..100 {
        let text = element.text().await.unwrap_or_default();
        if !text.is_empty() {
            return text;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no message appeared");
}

/// The text of the element matching `css` once it contains `wanted`.
pub async fn wait_for_text_containing(client: &Client, css: &str, wanted: &str) -> String {
    let mut last = String::new();
    for _ in 0..100 {
        if let Ok(e) = client.find(Locator::Css(css)).await {
            last = e.text().await.unwrap_or_default();
            if last.contains(wanted) {
                return last;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{css} never said {wanted:?}; last: {last:?}");
}

/// Sends keys to whatever has the focus, as typing would. A window that has just
/// opened may not have its focus yet (WebKit then reports no active element), and a
/// panel that redraws replaces the focused node between asking for it and typing
/// (a stale element): ask again.
pub async fn press(client: &Client, keys: &str) {
    for tries in 0.. {
        let typed = match client.active_element().await {
            Ok(element) => element.send_keys(keys).await,
            Err(e) => Err(e),
        };
        match typed {
            Ok(()) => return,
            Err(e) if tries >= 50 => panic!("could not type into the focused element: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// Presses Tab until the focused element matches `css`; panics if `max` presses
/// never get there (the control is not reachable from the keyboard).
pub async fn tab_to(client: &Client, css: &str, max: usize) {
    move_focus(client, css, max, TAB).await;
}

/// Like `tab_to`, backwards (Shift+Tab).
pub async fn shift_tab_to(client: &Client, css: &str, max: usize) {
    move_focus(client, css, max, SHIFT_TAB).await;
}

/// Shift held, Tab, then all modifiers released.
const SHIFT_TAB: &str = "\u{E008}\u{E004}\u{E000}";

async fn move_focus(client: &Client, css: &str, max: usize, key: &str) {
    for pressed in 0..=max {
        let focused = client
            .execute(
                "return !!document.activeElement && document.activeElement.matches(arguments[0]);",
                vec![css.into()],
            )
            .await
            .unwrap();
        if focused == serde_json::Value::Bool(true) {
            return;
        }
        if pressed < max {
            press(client, key).await;
        }
    }
    let at = client
        .execute(
            "const e = document.activeElement; return e ? e.outerHTML.slice(0, 120) : 'nothing';",
            vec![],
        )
        .await
        .unwrap();
    panic!("{css} is not reachable with {max} presses of Tab; the focus is on {at}");
}

/// Saves a PNG of the window as `DIR/name.png` when `dir` is given.
pub async fn screenshot(client: &Client, dir: Option<&std::path::Path>, name: &str) {
    if let Some(dir) = dir {
        std::fs::write(
            dir.join(format!("{name}.png")),
            client.screenshot().await.unwrap(),
        )
        .unwrap();
    }
}

/// The dashboard's panels, in tab order.
pub const PANELS: [&str; 6] = [
    "today", "history", "review", "network", "mindsets", "settings",
];

/// Clicks the tab of `panel` and waits until the panel has drawn its content
/// (with some history: the seeded sessions of the audit and the screenshots).
pub async fn show_panel(client: &Client, panel: &str) {
    let ready = match panel {
        "today" => "#habits .card",
        "history" => "#history .heatmap",
        "review" => "#benefit-chart",
        "network" => "#people-rows tr",
        "mindsets" => "#radar-chart",
        "settings" => "#settings form[data-habit=interact]",
        other => panic!("no panel {other}"),
    };
    click(client, &format!("#tab-{panel}")).await;
    find(client, ready).await;
}

/// Checks that the page is in the dark colour scheme exactly when `dark` (the app
/// was started with `GTK_THEME=Adwaita:dark`, as a desktop set to dark does).
pub async fn assert_follows_scheme(client: &Client, dark: bool) {
    let is_dark = client
        .execute(
            "return matchMedia('(prefers-color-scheme: dark)').matches;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        is_dark,
        serde_json::Value::Bool(dark),
        "the page follows the desktop's colour scheme"
    );
}

/// Polls `check` every 50 ms for up to 5 s.
pub async fn wait_until<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..100 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for {what}");
}
