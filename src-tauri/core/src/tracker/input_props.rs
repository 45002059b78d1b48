//! Every entry point the dashboard's commands and the CLI use, fed arbitrary text and
//! numbers (unicode, huge, empty, SQL-looking): never a panic; a refusal is a clear
//! `Invalid` error and leaves the database exactly as it was.
use super::*;
use crate::assessment::Answers;
use crate::clock::FakeClock;
use crate::model::{parse_date, parse_duration, HabitPatch, NewHabit, TimeOfDay, Weekdays};
use crate::testing::utc;
use proptest::prelude::*;

fn tracker() -> (tempfile::TempDir, Tracker) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FakeClock::new(utc("2026-11-25T10:00:00Z")));
    let t = Tracker::open(dir.path(), clock, chrono_tz::Europe::Berlin).unwrap();
    (dir, t)
}

/// Text a hostile or clumsy caller might send.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,80}",
        "[a-z0-9 ,:-]{0,12}",
        Just(String::new()),
        Just("   ".to_string()),
        Just("describe".to_string()),
        Just("'); DROP TABLE entries; --".to_string()),
        Just("\" OR 1=1 --".to_string()),
        Just("line one\nline two".to_string()),
        Just("\u{0}nul".to_string()),
        Just("x".repeat(10_000)),
        Just("🙂".repeat(600)),
        Just("25:99".to_string()),
        Just("2026-02-30".to_string()),
        Just("mon,funday".to_string()),
        Just("-1".to_string()),
        Just("9999999999999999999999".to_string()),
    ]
}

fn number() -> impl Strategy<Value = i64> {
    prop_oneof![
        any::<i64>(),
        -10i64..300,
        Just(i64::MIN),
        Just(i64::MAX),
        Just(0)
    ]
}

/// Runs `f`; when it fails, the failure must be `Invalid` with words, and nothing
/// may have changed.
fn refused_cleanly<T>(t: &mut Tracker, f: impl FnOnce(&mut Tracker) -> Result<T>) {
    let before = t.export_json().unwrap();
    if let Err(e) = f(t) {
        assert_eq!(e.kind(), crate::ErrorKind::Invalid, "{e}");
        assert!(!e.to_string().trim().is_empty());
        assert_eq!(
            t.export_json().unwrap(),
            before,
            "a refused call wrote: {e}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn logging_skipping_and_undoing(habit in nasty(), note in nasty(), minutes in number(), need in nasty()) {
        let (_dir, mut t) = tracker();
        for h in [habit.as_str(), "describe"] {
            refused_cleanly(&mut t, |t| t.log(&LogRequest {
                habit: h, note: Some(&note), minutes: Some(minutes), need: Some(&need), ..Default::default()
            }));
            refused_cleanly(&mut t, |t| t.skip(h, None));
            refused_cleanly(&mut t, |t| t.undo(h, None));
        }
    }

    #[test]
    fn editing_and_adding_habits(texts in proptest::collection::vec(nasty(), 6)) {
        let (_dir, mut t) = tracker();
        let time = || TimeOfDay::parse(&texts[3]);
        let days = || Weekdays::parse(&texts[4]);
        refused_cleanly(&mut t, |t| {
            let patch = HabitPatch {
                name: Some(texts[0].clone()),
                trigger: Some(texts[1].clone()),
                prompt: Some(texts[2].clone()),
                time: Some(time()?),
                days: Some(days()?),
                ..Default::default()
            };
            t.set_habit(&texts[5], &patch)
        });
        refused_cleanly(&mut t, |t| {
            t.set_habit("interact", &HabitPatch { name: Some(texts[0].clone()), ..Default::default() })
        });
        refused_cleanly(&mut t, |t| {
            t.add_habit(&NewHabit {
                id: None,
                name: texts[0].clone(),
                trigger: texts[1].clone(),
                prompt: Some(texts[2].clone()),
                time: time()?,
                days: Some(days()?),
                latest: None,
            })
        });
    }

    #[test]
    fn pauses_settings_and_searches(a in nasty(), b in nasty()) {
        let (_dir, mut t) = tracker();
        refused_cleanly(&mut t, |t| t.pause_until(parse_date(&a)?));
        refused_cleanly(&mut t, |t| t.pause_for(parse_duration(&a)?));
        refused_cleanly(&mut t, |t| t.set_setting(&a, &b));
        for key in crate::settings::KEYS {
            refused_cleanly(&mut t, |t| t.set_setting(key, &b));
        }
        refused_cleanly(&mut t, |t| t.search_notes(&a, 200));
        refused_cleanly(&mut t, |t| t.restore(&a));
    }

    #[test]
    fn reviews_assessments_and_drafts(rating in number(), responses in number(), answers in proptest::collection::vec(number(), 0..25), date in nasty()) {
        let (_dir, mut t) = tracker();
        refused_cleanly(&mut t, |t| t.record_benefit_check(None, rating, responses));
        refused_cleanly(&mut t, |t| t.record_benefit_check(Some(parse_date(&date)?), rating, responses));
        refused_cleanly(&mut t, |t| t.record_assessment(Answers::new(&answers)?));
        refused_cleanly(&mut t, |t| t.save_assessment_draft(&answers));
    }

    #[test]
    fn automaticity_checks_offers_and_troubleshoots(habit in nasty(), answers in nasty(), text in nasty(), date in nasty()) {
        let (_dir, mut t) = tracker();
        for h in [habit.as_str(), "describe"] {
            refused_cleanly(&mut t, |t| {
                t.record_check(h, crate::automaticity::SrbaiAnswers::parse(&answers)?, None)
            });
            refused_cleanly(&mut t, |t| {
                t.record_check(h, crate::automaticity::SrbaiAnswers::parse("4")?, Some(parse_date(&date)?))
            });
            refused_cleanly(&mut t, |t| t.answer_step_back(h, true));
            refused_cleanly(&mut t, |t| t.troubleshoot(h, Fix::Starter(text.clone())));
            refused_cleanly(&mut t, |t| t.troubleshoot(h, Fix::Time(TimeOfDay::parse(&text)?)));
            refused_cleanly(&mut t, |t| {
                t.set_habit(h, &HabitPatch { prompts: Some(text.parse()?), starter: Some(text.clone()), ..Default::default() })
            });
        }
        refused_cleanly(&mut t, |t| t.automaticity(Some(&habit)));
    }

    /// The other side: whatever a person may write is taken, and reads back as written
    /// (trimmed).
    #[test]
    fn valid_input_is_accepted_and_reads_back(
        name in "[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 '’&-]{0,40}",
        note in "[^\\p{C}]{1,200}",
        minutes in 1i64..=240,
        need in prop::sample::select(vec!["information", "help", "belonging", "recognition", "purpose"]),
        hour in 0u32..24, minute in 0u32..60,
        answers in proptest::collection::vec(1i64..=7, 4),
    ) {
        let (_dir, mut t) = tracker();
        let logged = t.log(&LogRequest {
            habit: "describe", note: Some(&note), minutes: Some(minutes), need: Some(need), ..Default::default()
        }).unwrap();
        prop_assert_eq!(logged.entry.note.as_deref(), Some(note.trim()).filter(|n| !n.is_empty()));
        prop_assert_eq!(logged.entry.minutes, Some(minutes as u16));
        let time = TimeOfDay::parse(&format!("{hour:02}:{minute:02}")).unwrap();
        let added = t.add_habit(&NewHabit {
            id: None, name: name.clone(), trigger: "the 3pm call ends".into(), prompt: None,
            time, days: None, latest: None,
        }).unwrap();
        prop_assert_eq!(&added.habit.name, name.trim());
        prop_assert_eq!(t.habit(added.habit.id.as_str()).unwrap().time, time);
        let check = t.record_check("describe", crate::automaticity::SrbaiAnswers::new(&answers).unwrap(), None).unwrap();
        let view = t.automaticity(Some("describe")).unwrap().remove(0);
        prop_assert_eq!(view.today, Some(check.answers));
        let patch = HabitPatch { prompts: Some(crate::model::PromptStage::Quiet), starter: Some(note.clone()), ..Default::default() };
        let stage = t.set_habit("describe", &patch);
        if note.trim().chars().count() <= crate::model::STARTER_MAX {
            prop_assert_eq!(stage.unwrap().habit.prompts, crate::model::PromptStage::Quiet);
        }
    }

    #[test]
    fn imports(text in nasty(), field in nasty()) {
        let (_dir, mut t) = tracker();
        refused_cleanly(&mut t, |t| t.import_json(&text));
        // A well-formed document with one hostile field.
        let mut doc = serde_json::to_value(t.export_document().unwrap()).unwrap();
        doc["habits"][0]["name"] = serde_json::Value::String(field.clone());
        doc["settings"] = serde_json::json!({ "snooze": field });
        refused_cleanly(&mut t, |t| t.import_json(&doc.to_string()));
    }
}
