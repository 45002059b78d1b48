//! The people behind the check-ins, end to end in real WebKit and keyboard-only:
//! two names logged on a Today card (one chosen from the completion), the Network
//! tab agreeing with `aloud people --json`, and a name forgotten from the dashboard
//! gone from the view and the export.
use aloud_e2e::app::Session;
use aloud_e2e::ui::{
    open_dashboard, press, shift_tab_to, tab_to, texts, wait_for_text_containing, wait_until, ENTER,
};
use aloud_e2e::webdriver::Driver;
use chrono::{Datelike, Months, NaiveDate};

const ARROW_DOWN: &str = "\u{E015}";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_are_logged_shown_in_the_network_and_forgotten_with_the_keyboard() {
    let s = Session::new(true, true);
    let today: NaiveDate = s.json(&["status", "--json"])["date"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    // Ana Lopez is known from long ago (so she completes); Bo was answered three
    // times last month and never recognised (so there is a suggestion).
    s.cli_ok(&[
        "log",
        "interact",
        "--date",
        "2020-01-06",
        "--with",
        "Ana Lopez",
    ]);
    let last_month = today.with_day(1).unwrap() - Months::new(1);
    for day in 3..6 {
        let date = last_month.with_day(day).unwrap().to_string();
        s.cli_ok(&["log", "interact", "--date", &date, "--with", "Bo"]);
    }
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;

    let field = ".card[data-habit=recognize] .with-input";
    tab_to(&client, field, 60).await;
    let label = texts(&client, ".card[data-habit=recognize] .with-label").await;
    assert_eq!(label, ["Whom did you recognise?"]);
    // The field sits tight under its label (a stray flex rule once made it 300 px).
    let height = client
        .execute(
            "return document.querySelector('.card[data-habit=recognize] .with-field').getBoundingClientRect().height;",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        height.as_f64().unwrap() < 100.0,
        "the With field is {height} px tall"
    );
    press(&client, "lop").await;
    wait_for_text_containing(
        &client,
        ".card[data-habit=recognize] .name-options",
        "Ana Lopez",
    )
    .await;
    press(&client, ARROW_DOWN).await;
    press(&client, ENTER).await;
    press(&client, "the Lyon plant team").await;
    press(&client, ENTER).await;
    let chips = texts(&client, ".card[data-habit=recognize] .chip span").await;
    assert_eq!(chips, ["Ana Lopez", "the Lyon plant team"]);
    tab_to(&client, ".card[data-habit=recognize] button.log", 10).await;
    press(&client, ENTER).await;
    wait_until("recognize logged with both names", || async {
        let status = s.json(&["status", "--json"]);
        status["habits"][2]["with"] == serde_json::json!(["Ana Lopez", "the Lyon plant team"])
    })
    .await;

    shift_tab_to(&client, "#tab-network", 80).await;
    press(&client, ENTER).await;
    let view = s.json(&["people", "--json"]);
    assert_eq!(
        (view["reached"].as_u64(), view["new"].as_u64()),
        (Some(2), Some(1))
    );
    let summary = wait_for_text_containing(&client, "#network-summary", "reached").await;
    assert_eq!(summary, "This month: 2 people and teams reached, 1 new.");
    let shown = texts(&client, "#network-suggestions li").await;
    let cli: Vec<String> = view["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap().to_string())
        .collect();
    assert!(!cli.is_empty(), "{view}");
    assert!(
        cli[0].starts_with("You worked aloud with Bo 3 times in"),
        "{cli:?}"
    );
    assert_eq!(shown, cli, "the panel says what `aloud people --json` says");
    let rows = texts(&client, "#people-rows th").await;
    assert_eq!(rows, ["Ana Lopez", "Bo", "the Lyon plant team"]);
    let month = texts(&client, "#reach-rows tr:last-child td").await;
    assert_eq!(month[..2], ["2", "1"]);

    // Forget the team: Manage, Forget…, then confirm — all from the keyboard.
    tab_to(
        &client,
        "button[aria-label='Manage the Lyon plant team']",
        40,
    )
    .await;
    press(&client, ENTER).await;
    tab_to(&client, "#person-forget", 20).await;
    press(&client, ENTER).await;
    wait_until("the confirmation has the focus", || async {
        client
            .execute("return document.activeElement.id;", vec![])
            .await
            .unwrap()
            == "person-forget-go"
    })
    .await;
    press(&client, ENTER).await;
    wait_for_text_containing(&client, "#person-status", "Forgot the Lyon plant team").await;
    assert_eq!(texts(&client, "#people-rows th").await, ["Ana Lopez", "Bo"]);
    let export = s.cli_ok(&["export", "--format", "json"]);
    assert!(
        !export.contains("Lyon plant"),
        "the export still names them"
    );
    assert!(export.contains("Ana Lopez"));
    let db = std::fs::read(s.data_dir().join("aloud.db")).unwrap();
    assert!(!db.windows(10).any(|w| w == b"Lyon plant"));
    client.close().await.unwrap();
}
