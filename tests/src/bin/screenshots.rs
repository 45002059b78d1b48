//! `make screenshots`: the real app under Xvfb with a seeded half year of practice,
//! one PNG per panel in light and dark, into docs/screenshots/ (or the folder given).
//! Dark mode comes from the GTK theme, as on a desktop set to dark.
use aloud_e2e::app::Session;
use aloud_e2e::real_desktop::RealDesktop;
use aloud_e2e::screen;
use aloud_e2e::ui::{
    assert_follows_scheme, find, open_dashboard, open_dashboard_labelled, show_panel, PANELS,
};
use aloud_e2e::wait_for;
use aloud_e2e::webdriver::Driver;
use chrono::{Datelike, Duration, Utc};
use std::path::{Path, PathBuf};

const NOTES: &[&str] = &[
    "Posted a photo from the Lyon site visit",
    "Answered Priya's question on the pricing pilot",
    "Thanked the support team for the weekend release",
    "Shared the agenda for Thursday's town hall",
    "Liked and commented on the data team's demo",
];
/// The window size of the README pictures (`make screenshots` runs a screen this tall).
const WINDOW: (u32, u64) = (1100, 1240);
const NEEDS: &[&str] = &["information", "help", "belonging", "recognition", "purpose"];
/// Whom the Interact and Recognize check-ins named (the network widens over time).
const PEOPLE: &[&str] = &[
    "Ana López",
    "the Lyon plant team",
    "Bo Lindqvist",
    "Priya Raman",
    "the finance team",
    "Jonas Weber",
    "Mei Chen",
    "the night shift",
    "Tomás Silva",
    "Aisha Khan",
];

/// 26 weeks of believable practice: workdays mostly done, a few skips and misses,
/// needs deepening over time, and a benefits check most weeks.
fn seed(s: &Session) {
    let today = s.clock.today();
    for id in ["describe", "interact", "recognize"] {
        s.cli_ok(&["habit", "set", id, "--days", "weekdays"]);
    }
    s.cli_ok(&["habit", "set", "describe", "--time", "08:30"]);
    s.cli_ok(&["habit", "set", "interact", "--time", "12:00"]);
    s.cli_ok(&["habit", "set", "recognize", "--time", "17:30"]);
    for back in (1..=182).rev() {
        let date = today - Duration::days(back);
        if date.weekday().num_days_from_monday() >= 5 {
            continue;
        }
        let day = date.to_string();
        for (h, id) in ["describe", "interact", "recognize"].iter().enumerate() {
            let roll = (back * 7 + h as i64 * 13) % 17;
            if roll == 0 {
                s.cli_ok(&["skip", id, "--date", &day]);
                continue;
            }
            if roll == 5 && back > 40 {
                continue; // a missed day now and then, fewer lately
            }
            let depth = ((182 - back) / 40 + (roll % 2)) as usize;
            let minutes = (5 + roll % 11).to_string();
            let mut args = vec!["log", id, "--date", &day, "--minutes", &minutes];
            args.extend(["--need", NEEDS[depth.min(4)]]);
            let note = NOTES[(roll as usize) % NOTES.len()];
            if roll % 3 == 0 {
                args.extend(["--note", note]);
            }
            // Fewer names early on, more as the habit grows.
            let reach = 3 + (182 - back as usize) * (PEOPLE.len() - 3) / 182;
            // Lately a colleague answered often and never thanked, for a suggestion.
            let answered = h == 1 && back <= 35 && back % 3 == 0;
            if answered {
                args.extend(["--with", "Oskar Berg"]);
            } else if h > 0 {
                args.extend(["--with", PEOPLE[(back as usize * 5 + h) % reach]]);
            }
            s.cli_ok(&args);
        }
    }
    for weeks_back in 1..=8 {
        let date = (today - Duration::weeks(weeks_back)).to_string();
        let rating = (5 - weeks_back / 3).to_string();
        let responses = (12 - weeks_back).to_string();
        s.cli_ok(&[
            "review",
            "--rating",
            &rating,
            "--responses",
            &responses,
            "--date",
            &date,
        ]);
    }
    s.cli_ok(&[
        "log",
        "describe",
        "--note",
        "Shared where I'm working from today",
        "--minutes",
        "8",
        "--need",
        "belonging",
    ]);
    seed_assessments(s);
    seed_checks(s);
}

/// Weekly automaticity checks over the half year, rising on a habit curve with a
/// little week-to-week wobble, so Review draws a fitted curve.
fn seed_checks(s: &Session) {
    let today = s.clock.today();
    for (h, id) in ["describe", "interact", "recognize"].iter().enumerate() {
        for weeks_back in (1..=25).rev() {
            let day = 182 - weeks_back * 7;
            let rate = [0.045, 0.03, 0.02][h];
            let wobble = [0.0, 0.25, -0.25, 0.0, 0.25][(weeks_back as usize + h) % 5];
            let score = 6.2 - 4.6 * (-rate * day as f64).exp() + wobble;
            let quarters = (score * 4.0).round().clamp(4.0, 28.0) as i64;
            let answers: Vec<String> = (0..4)
                .map(|i| (quarters / 4 + i64::from(i < quarters % 4)).to_string())
                .collect();
            let date = (today - Duration::weeks(weeks_back)).to_string();
            s.cli_ok(&[
                "check",
                id,
                "--answers",
                &answers.join(","),
                "--date",
                &date,
            ]);
        }
    }
}

/// Three self-assessments, three weeks apart, growing as practice took hold (an
/// import, since the CLI records attempts at the current time).
fn seed_assessments(s: &Session) {
    let answers = [
        [3, 3, 2, 4, 3, 2, 3, 4, 3, 3, 2, 3, 2, 2, 3, 4, 3, 3, 2, 3],
        [4, 3, 3, 3, 3, 3, 4, 3, 4, 4, 3, 2, 3, 2, 3, 3, 3, 4, 3, 2],
        [4, 4, 3, 2, 4, 4, 4, 2, 5, 4, 4, 2, 3, 3, 3, 3, 4, 4, 4, 2],
    ];
    let attempts: Vec<serde_json::Value> = answers
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let at = Utc::now() - Duration::weeks(6 - 3 * i as i64) - Duration::days(1);
            serde_json::json!({ "taken_at": at.format("%Y-%m-%dT09:30:00Z").to_string(), "answers": a })
        })
        .collect();
    let doc = serde_json::json!({
        "format": "aloud-export", "version": 2, "habits": [], "entries": [], "skips": [],
        "pauses": [], "settings": {}, "assessments": attempts,
    });
    let path = s.dir.path().join("assessments.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    s.cli_ok(&["import", path.to_str().unwrap()]);
}

/// Tall enough to show each panel whole, but never taller than the X screen.
async fn size_window(client: &fantoccini::Client) {
    let screen = client
        .execute("return screen.height;", vec![])
        .await
        .unwrap();
    let height = screen.as_u64().unwrap_or(800).min(WINDOW.1);
    client
        .set_window_rect(0, 0, WINDOW.0, height as u32)
        .await
        .unwrap();
}

async fn shoot(out: &Path, dark: bool) {
    let mut s = Session::new(true, true);
    if dark {
        s.set_env("GTK_THEME", "Adwaita:dark");
    }
    seed(&s);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    size_window(&client).await;
    assert_follows_scheme(&client, dark).await;
    let theme = if dark { "dark" } else { "light" };
    for panel in PANELS {
        capture(&client, panel, &out.join(format!("{panel}-{theme}.png"))).await;
    }
    capture_curve(&client, &out.join(format!("automaticity-{theme}.png"))).await;
    client.close().await.unwrap();
}

/// Shows `panel` and writes its picture to `path`.
async fn capture(client: &fantoccini::Client, panel: &str, path: &Path) {
    show_panel(client, panel).await;
    // Let the panel finish drawing (fonts, SVG) before the capture.
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    std::fs::write(path, client.screenshot().await.unwrap()).unwrap();
    println!("wrote {}", path.display());
}

/// Review's curve for "describe": its weekly checks and the fitted curve. The panel
/// may still be redrawing when first found (a stale element): find it again.
async fn capture_curve(client: &fantoccini::Client, path: &Path) {
    show_panel(client, "review").await;
    for tries in 0.. {
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        let figure = find(
            client,
            ".habit-automaticity[data-habit=describe] figure.curve",
        )
        .await;
        let shown = client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' });",
                vec![serde_json::to_value(&figure).unwrap()],
            )
            .await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        match (shown, figure.screenshot().await) {
            (Ok(_), Ok(png)) => {
                std::fs::write(path, png).unwrap();
                println!("wrote {}", path.display());
                return;
            }
            (shown, shot) if tries >= 5 => panic!("the curve: {shown:?} {:?}", shot.err()),
            _ => {}
        }
    }
}

/// Today and Mindsets on a desktop in `lang` (`LANG`), whose first run wrote the
/// default habits in that language: `today-de.png`, `mindsets-de.png`…
async fn shoot_language(out: &Path, lang: &str, open_label: &str) {
    let mut s = Session::fresh(true, true);
    s.set_env("LANG", &format!("{lang}.UTF-8"));
    let s = s.with_far_habits();
    seed(&s);
    let driver = Driver::start(&s);
    let (client, _tray, _) = open_dashboard_labelled(&s, &driver, open_label).await;
    size_window(&client).await;
    let short = &lang[..2];
    for panel in ["today", "mindsets"] {
        capture(&client, panel, &out.join(format!("{panel}-{short}.png"))).await;
    }
    capture_curve(&client, &out.join(format!("automaticity-{short}.png"))).await;
    client.close().await.unwrap();
}

/// Aloud on a real desktop: its ring in xfce4-panel's systray, the open menu, and a
/// reminder in dunst.
fn shoot_desktop(out: &Path) {
    let mut s = Session::on_real_desktop();
    s.cli_ok(&["log", "describe", "--note", NOTES[3]]);
    let d = RealDesktop::start(&s);
    s.launch();
    let tray = d.tray(&s);
    s.menu_item(&tray, "✓ Describe", std::time::Duration::from_secs(10));
    let (width, _) = screen::size();
    // The panel draws the ring inside its own window: find its green segment.
    let (x, y) = wait_for(
        "Aloud's ring in the panel",
        std::time::Duration::from_secs(20),
        || {
            let strip = screen::capture(width / 2, 0, width / 2, 60);
            let green: Vec<(u32, u32)> = (0..strip.height)
                .flat_map(|y| (0..strip.width).map(move |x| (x, y)))
                .filter(|&(x, y)| {
                    let [r, g, b] = strip.pixel(x, y);
                    i32::from(g) > i32::from(r) + 40 && i32::from(g) > i32::from(b) + 30
                })
                .collect();
            let n = green.len() as u32;
            (n > 4).then(|| {
                let cx = green.iter().map(|p| p.0).sum::<u32>() / n + width / 2;
                let cy = green.iter().map(|p| p.1).sum::<u32>() / n;
                (cx, cy)
            })
        },
    );
    let left = x.saturating_sub(330);
    let save = |shot: screen::Shot, name: &str| {
        let path = out.join(name);
        shot.save_png(&path);
        println!("wrote {}", path.display());
    };
    save(screen::capture(left, 0, 420, 36), "panel.png");
    screen::click(x as i16, y as i16, 3);
    std::thread::sleep(std::time::Duration::from_millis(900));
    // The menu opens leftwards from the icon.
    let menu_left = x.saturating_sub(440);
    save(screen::capture(menu_left, 0, 540, 320), "panel-menu.png");
    screen::click(20, 600, 1); // away from the menu: it closes
    let (_, hms) = s.clock.soon(2);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    wait_for(
        "the reminder in dunst",
        std::time::Duration::from_secs(15),
        || (d.displayed() == 1).then_some(()),
    );
    std::thread::sleep(std::time::Duration::from_millis(500));
    save(
        screen::capture(width - 460, 0, 460, 200),
        "reminder-dunst.png",
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let out = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/screenshots"));
    std::fs::create_dir_all(&out).unwrap();
    tokio::task::block_in_place(|| shoot_desktop(&out));
    shoot(&out, false).await;
    shoot(&out, true).await;
    shoot_language(&out, "de_DE", "Übersicht öffnen").await;
    shoot_language(&out, "fr_FR", "Ouvrir le tableau de bord").await;
}
