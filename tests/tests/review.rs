//! The Review panel in real WebKit: a benefits check recorded from the dashboard, the
//! trend and verdict drawn from the same data the CLI reports.
use aloud_e2e::app::Session;
use aloud_e2e::ui::{click, find, open_dashboard, set_value, wait_for_text_containing};
use aloud_e2e::webdriver::Driver;
use chrono::Duration;
use fantoccini::Client;

async fn count(client: &Client, css: &str) -> u64 {
    let script = "return document.querySelectorAll(arguments[0]).length;";
    let n = client.execute(script, vec![css.into()]).await.unwrap();
    n.as_u64().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_review_records_a_benefits_check_and_shows_the_trend() {
    let s = Session::new(true, true);
    let today = s.clock.today();
    for back in 1..=24 {
        let date = (today - Duration::days(back)).to_string();
        let need = if back > 12 {
            "information"
        } else {
            "belonging"
        };
        for habit in ["describe", "interact", "recognize"] {
            s.cli_ok(&["log", habit, "--date", &date, "--need", need]);
        }
    }
    for (back, rating, responses) in [(14, "3", "2"), (7, "4", "3")] {
        let date = (today - Duration::days(back)).to_string();
        s.cli_ok(&[
            "review",
            "--rating",
            rating,
            "--responses",
            responses,
            "--date",
            &date,
        ]);
    }
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    click(&client, "#tab-review").await;
    find(&client, "#benefit-chart").await;
    assert_eq!(count(&client, "#benefit-chart circle.rating").await, 2);

    // Too many responses: refused inline by the core, nothing recorded.
    click(&client, "#benefit-form input[name=rating][value='5']").await;
    set_value(&client, "#benefit-form [name=responses]", "10000").await;
    click(&client, "#benefit-form button[type=submit]").await;
    wait_for_text_containing(&client, "#benefit-error", "0 to 9999").await;
    assert!(s.json(&["review", "--json"])["current"].is_null());

    set_value(&client, "#benefit-form [name=responses]", "6").await;
    click(&client, "#benefit-form button[type=submit]").await;
    wait_for_text_containing(&client, "#benefit-saved", "Saved").await;
    let review = s.json(&["review", "--json"]);
    assert_eq!(review["current"]["rating"], 5);
    assert_eq!(review["current"]["responses"], 6);
    assert_eq!(review["verdict"]["advice"], "carry_on");

    // The trend has the new week; the verdict and the iceberg say what the CLI says.
    assert_eq!(count(&client, "#benefit-chart circle.rating").await, 3);
    assert_eq!(count(&client, "#benefit-chart rect.responses").await, 3);
    assert_eq!(count(&client, "#benefit-rows tr").await, 3);
    let verdict = find(&client, "#verdict-text").await.text().await.unwrap();
    assert_eq!(verdict, review["verdict"]["message"].as_str().unwrap());
    let challenge = find(&client, "#challenge-text").await.text().await.unwrap();
    assert_eq!(challenge, review["challenge"]["message"].as_str().unwrap());
    for (i, need) in ["information", "help", "belonging"].iter().enumerate() {
        let shown = find(&client, &format!("#iceberg-totals [data-need={need}]"))
            .await
            .text()
            .await
            .unwrap();
        let total = review["iceberg"]["totals"][i].to_string();
        assert!(shown.ends_with(&format!(": {total}")), "{need}: {shown}");
    }
    assert!(count(&client, "#iceberg-chart rect.need.belonging").await >= 1);

    // "Bigger challenges" leads to the habit's prompt in Settings.
    click(&client, "#challenge-edit").await;
    let habit = review["challenge"]["habit"].as_str().unwrap();
    let wanted = format!("#settings form[data-habit={habit}] [name=prompt]");
    let script = "return document.activeElement.matches(arguments[0]);";
    aloud_e2e::ui::wait_until("the prompt to have the focus", || async {
        client
            .execute(script, vec![wanted.clone().into()])
            .await
            .unwrap()
            == true
    })
    .await;
    client.close().await.unwrap();
}
