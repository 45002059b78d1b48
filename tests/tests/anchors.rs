//! Anchors in the real dashboard: ten workdays of marks imported from an export,
//! Review's offer to tie a habit at a clock time to the lunch it keeps missing
//! (taken in one click, or declined), Today saying when and why, the habit form's
//! anchor and lead (a lead out of range refused by the core, nothing written), and
//! Settings' view of the learned day with learning off and forgetting.
use aloud_e2e::app::Session;
use aloud_e2e::ui::{click, find, open_dashboard, set_value, texts, wait_for_text_containing};
use aloud_e2e::webdriver::Driver;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Weekday};
use serde_json::{json, Value};

fn workday(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Ten workdays before today: at the desk 08:40, lunch 12:40–13:20, gone 17:40.
fn ten_workdays_of_marks(s: &Session) -> Vec<Value> {
    let zone = s.clock.now().timezone();
    let mut marks = Vec::new();
    let mut date = s.clock.today();
    let mut days = 0;
    while days < 10 {
        date -= Duration::days(1);
        if !workday(date) {
            continue;
        }
        days += 1;
        for (time, kind) in [
            ("08:40", "arrival"),
            ("12:40", "break_start"),
            ("13:20", "break_end"),
            ("17:40", "departure"),
        ] {
            let local = date.and_time(NaiveTime::parse_from_str(time, "%H:%M").unwrap());
            let at = zone.from_local_datetime(&local).unwrap();
            marks.push(json!({ "at": at.to_utc().to_rfc3339(), "kind": kind }));
        }
    }
    marks
}

/// Picks `value` in a select as a person would: the page hears the change.
async fn choose(client: &fantoccini::Client, css: &str, value: &str) {
    let script = "const f = document.querySelector(arguments[0]); f.value = arguments[1];
                  f.dispatchEvent(new Event('change', { bubbles: true }));";
    client
        .execute(script, vec![css.into(), value.into()])
        .await
        .unwrap();
}

async fn label_hidden(client: &fantoccini::Client, css: &str) -> bool {
    let script = "return document.querySelector(arguments[0]).closest('label').hidden;";
    client.execute(script, vec![css.into()]).await.unwrap() == Value::Bool(true)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_offers_the_lunch_today_says_why_and_settings_shows_the_learned_day() {
    let s = Session::new(true, true);
    for (habit, time) in [
        ("describe", "08:30"),
        ("interact", "12:00"),
        ("recognize", "12:10"),
    ] {
        s.cli_ok(&["habit", "set", habit, "--time", time]);
    }
    let mut doc: Value = serde_json::from_str(&s.cli_ok(&["export", "--format", "json"])).unwrap();
    doc["day_marks"] = Value::Array(ten_workdays_of_marks(&s));
    let file = s.dir.path().join("marks.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    s.cli_ok(&["import", file.to_str().unwrap()]);
    let rhythm = s.json(&["rhythm", "--json"]);
    assert_eq!(rhythm["lunch"], json!({"typical": "12:40", "days": 10}));

    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    click(&client, "#tab-review").await;
    find(&client, "#anchor-offers:not([hidden])").await;
    let offers = texts(&client, "#anchor-offer-list li p").await;
    assert_eq!(offers.len(), 2, "{offers:?}");
    assert!(
        offers[0].starts_with(
            "Interact comes at 12:00, but on 10 of the last 10 workdays you left for lunch"
        ),
        "{offers:?}"
    );
    assert!(offers[0].contains("(usually at 12:40)"), "{offers:?}");

    // Taken in one click for Interact; declined for Recognize.
    click(&client, "#anchor-offer-list li[data-habit=interact] .take").await;
    wait_for_text_containing(
        &client,
        "#anchor-offer-status",
        "Interact now comes before I leave for lunch",
    )
    .await;
    click(
        &client,
        "#anchor-offer-list li[data-habit=recognize] .decline",
    )
    .await;
    find(&client, "#anchor-offers[hidden]").await;
    assert_eq!(s.json(&["review", "--json"])["anchors"], json!([]));
    let habits = s.json(&["habits", "--json"]);
    assert_eq!(habits[1]["anchor"], "lunch");
    assert!(habits[2].get("anchor").is_none(), "declined: {}", habits[2]);

    // Today says when it comes and why.
    click(&client, "#tab-today").await;
    let why = if workday(s.clock.today()) {
        "12:30 — 10 min before you usually leave for lunch, 12:40 over the last 10 days"
    } else {
        "12:00 (your usual times are learned on workdays)"
    };
    wait_for_text_containing(&client, "#habits .card[data-habit=interact] .why", why).await;
    let plain = texts(&client, "#habits .card[data-habit=describe] .why").await;
    assert_eq!(plain, [""], "a habit at its time needs no reason");

    // The habit form: the lead shows for lunch and leaving only; out of range, the
    // core's message and nothing written.
    click(&client, "#tab-settings").await;
    let form = "form.habit-form[data-habit=describe]";
    find(&client, &format!("{form} [name=anchor]")).await;
    let lead = format!("{form} [name=lead]");
    assert!(label_hidden(&client, &lead).await);
    choose(&client, &format!("{form} [name=anchor]"), "leaving").await;
    assert!(!label_hidden(&client, &lead).await);
    set_value(&client, &format!("{form} [name=lead]"), "61").await;
    let before = s.cli_ok(&["export", "--format", "json"]);
    click(&client, &format!("{form} button[type=submit]")).await;
    wait_for_text_containing(&client, &format!("{form} .field-error"), "from 0 to 60").await;
    assert_eq!(s.cli_ok(&["export", "--format", "json"]), before);
    choose(&client, &format!("{form} [name=anchor]"), "arrival").await;
    click(&client, &format!("{form} button[type=submit]")).await;
    wait_for_text_containing(&client, &format!("{form} .saved"), "Saved").await;
    assert_eq!(s.json(&["habits", "--json"])[0]["anchor"], "arrival");

    // Settings: the learned day, learning turned off, then forgotten.
    let lunch = "#rhythm-moments li[data-moment=lunch]";
    wait_for_text_containing(
        &client,
        lunch,
        "You leave for lunch: 12:40, over the last 10 days",
    )
    .await;
    click(&client, "#rhythm-form [name=learn_rhythm]").await;
    click(&client, "#rhythm-form button[type=submit]").await;
    wait_for_text_containing(&client, "#rhythm-status", "Saved").await;
    assert_eq!(s.json(&["rhythm", "--json"])["learning"], false);
    click(&client, "#rhythm-forget").await;
    wait_for_text_containing(&client, "#rhythm-status", "Forgot what Aloud had learned").await;
    wait_for_text_containing(&client, lunch, "You leave for lunch: learning, 0 of 5 days").await;
    assert_eq!(
        s.json(&["rhythm", "--json"])["lunch"],
        json!({"typical": null, "days": 0})
    );
}
