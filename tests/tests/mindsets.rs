//! The Mindsets panel in real WebKit, used with the keyboard only, and the retake
//! reminder that opens it.
use aloud_e2e::app::Session;
use aloud_e2e::ui::{
    find, open_dashboard, press, shift_tab_to, tab_to, wait_for_text_containing, wait_until, ENTER,
    SPACE,
};
use aloud_e2e::wait_for;
use aloud_e2e::webdriver::Driver;
use fantoccini::Client;
use std::time::Duration;

const ARROW_RIGHT: &str = "\u{E014}";

/// Answers for which Be helpful is clearly the weakest mindset: every statement 4
/// (reversed ones 2), but Be helpful's 2 (reversed 4).
fn answers() -> Vec<u8> {
    vec![4, 4, 4, 2, 4, 4, 4, 2, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 2]
}

/// Chooses `value` in statement `i` with the keyboard: Tab into its radio group,
/// Space on the first choice, then the right arrow.
async fn answer(client: &Client, i: usize, value: u8) {
    tab_to(client, &format!("#questionnaire input[name=q{i}]"), 12).await;
    let checked = format!("#questionnaire input[name=q{i}]:checked");
    if client
        .find(fantoccini::Locator::Css(&checked))
        .await
        .is_err()
    {
        press(client, SPACE).await;
    }
    let now: u8 = find(client, &checked)
        .await
        .attr("value")
        .await
        .unwrap()
        .unwrap()
        .parse()
        .unwrap();
    for _ in now..value {
        press(client, ARROW_RIGHT).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_questionnaire_is_done_by_keyboard_resumed_and_scored_like_the_cli() {
    let s = Session::new(true, true);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    tab_to(&client, "#tab-mindsets", 40).await;
    press(&client, ENTER).await;
    wait_for_text_containing(&client, "#q-progress", "0 of 20 answered").await;

    // Three answers, then the window is reloaded: they come back from the draft.
    let wanted = answers();
    for (i, &v) in wanted.iter().enumerate().take(3) {
        answer(&client, i, v).await;
    }
    wait_for_text_containing(&client, "#q-progress", "3 of 20").await;
    tokio::time::sleep(Duration::from_millis(600)).await; // the draft is saved after 300 ms
    client.refresh().await.unwrap();
    tab_to(&client, "#tab-mindsets", 40).await;
    press(&client, ENTER).await;
    wait_for_text_containing(&client, "#q-progress", "3 of 20 answered").await;

    shift_tab_to(&client, "#tab-mindsets", 5).await;
    for (i, &v) in wanted.iter().enumerate().skip(3) {
        answer(&client, i, v).await;
    }
    wait_for_text_containing(&client, "#q-progress", "20 of 20").await;
    tab_to(&client, "#q-submit", 5).await;
    press(&client, ENTER).await;
    wait_for_text_containing(&client, "#mindsets-status", "Saved").await;

    let history = s.json(&["assess", "--history", "--json"]);
    let attempt = &history.as_array().unwrap()[0];
    let stored: Vec<u64> = attempt["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    assert_eq!(
        stored,
        wanted.iter().map(|&v| u64::from(v)).collect::<Vec<_>>()
    );
    let cells: Vec<f64> = client
        .execute(
            "return [...document.querySelectorAll('#attempt-rows tr:first-child td')].slice(1).map(td => Number(td.textContent));",
            vec![],
        )
        .await
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    let mut expected: Vec<f64> = attempt["scores"]["mindsets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["score"].as_f64().unwrap())
        .collect();
    expected.push(attempt["scores"]["overall"].as_f64().unwrap());
    assert_eq!(cells, expected, "the table shows the CLI's scores");
    find(&client, "#radar-chart polygon.scores.latest").await;
    let tips = client
        .execute(
            "return document.querySelectorAll('#weakest [data-mindset=be_helpful] li').length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(tips, 3, "three suggestions for the weakest mindset");
    let heading = find(&client, "#weakest [data-mindset=be_helpful] h4")
        .await
        .text()
        .await
        .unwrap();
    assert!(heading.starts_with("Be helpful"), "{heading}");
    wait_until("the questionnaire to be emptied", || async {
        client
            .execute(
                "return document.querySelectorAll('#questionnaire :checked').length;",
                vec![],
            )
            .await
            .unwrap()
            == 0
    })
    .await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_retake_reminder_fires_when_due_and_opens_the_panel() {
    let s = Session::new(true, true);
    s.cli_ok(&[
        "assess",
        "--answers",
        "3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3",
    ]);
    s.cli_ok(&["config", "retake_every", "6s"]);
    let taken = std::time::SystemTime::now();
    let driver = Driver::start(&s);
    // The WebDriver session starts the app and waits for its first window, which the
    // notification's action opens.
    let connecting = driver.connect(&s);
    let answering = async {
        tokio::task::block_in_place(|| {
            let n = wait_for("the retake reminder", Duration::from_secs(30), || {
                s.desktop
                    .notifications()
                    .into_iter()
                    .find(|n| n.summary.contains("mindset self-assessment"))
            });
            let waited = n.at.duration_since(taken).unwrap();
            assert!(waited >= Duration::from_secs(4), "fired after {waited:?}");
            assert!(n.actions.iter().any(|a| a == "mindsets"), "{:?}", n.actions);
            s.desktop.invoke(n.id, "mindsets");
        })
    };
    let (client, ()) = tokio::join!(connecting, answering);
    find(&client, "#mindset-results:not([hidden]) #radar-chart").await;
    let url = client.current_url().await.unwrap();
    assert_eq!(url.fragment(), Some("mindsets"));
    let selected = find(&client, "#tab-mindsets")
        .await
        .attr("aria-selected")
        .await
        .unwrap();
    assert_eq!(selected.as_deref(), Some("true"));
    // Shown once per due: no second reminder once the tray has caught up.
    tokio::task::block_in_place(|| s.settled());
    let count = s
        .desktop
        .notifications()
        .iter()
        .filter(|n| n.summary.contains("mindset self-assessment"))
        .count();
    assert!(count <= 2, "{count} retake reminders");
    client.close().await.unwrap();
}
