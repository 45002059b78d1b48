//! The tray menu as plain data, built from today's status; `tray.rs` turns it into
//! real menu items. Kept pure so its wording and ids are unit-tested.
use aloud_core::i18n::{hh_mm, key, Args, Catalogue};
use aloud_core::model::{HabitId, PromptStage};
use aloud_core::tracker::{Status, TodayState};
use aloud_core::zone::Zone;

/// What the tray icon shows: its title, the progress ring's step (0–3) and the
/// menu. Compared with the last one shown, so an unchanged view is not sent again.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct View {
    pub title: String,
    pub step: usize,
    pub entries: Vec<Entry>,
}

pub const HEADER: &str = "header";
pub const SNOOZE_HOUR: &str = "snooze-1h";
pub const PAUSE_TOMORROW: &str = "pause-tomorrow";
pub const RESUME: &str = "resume";
pub const OPEN_DASHBOARD: &str = "open-dashboard";
pub const AUTOMATICITY_CHECK: &str = "automaticity-check";
pub const START_AT_LOGIN: &str = "start-at-login";
pub const QUIT: &str = "quit";
pub const FINISH_CHECKIN: &str = "finish-checkin";
pub const CANCEL_CHECKIN: &str = "cancel-checkin";
const LOG_PREFIX: &str = "log:";
const START_PREFIX: &str = "start:";
const UNDO_PREFIX: &str = "undo:";
/// A line that says when an anchored habit comes (not clickable).
const WHY_PREFIX: &str = "why:";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Item {
        id: String,
        label: String,
        enabled: bool,
    },
    Check {
        id: String,
        label: String,
        checked: bool,
    },
    Submenu {
        label: String,
        items: Vec<Entry>,
    },
    Separator,
}

/// What a click on a menu id asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Log(String),
    Undo(String),
    StartCheckIn(String),
    FinishCheckIn,
    CancelCheckIn,
    SnoozeHour,
    PauseUntilTomorrow,
    Resume,
    OpenDashboard,
    AutomaticityCheck,
    ToggleStartAtLogin,
    Quit,
}

pub fn action(id: &str) -> Option<Action> {
    if let Some(habit) = id.strip_prefix(LOG_PREFIX) {
        return Some(Action::Log(habit.to_string()));
    }
    if let Some(habit) = id.strip_prefix(UNDO_PREFIX) {
        return Some(Action::Undo(habit.to_string()));
    }
    if let Some(habit) = id.strip_prefix(START_PREFIX) {
        return Some(Action::StartCheckIn(habit.to_string()));
    }
    Some(match id {
        SNOOZE_HOUR => Action::SnoozeHour,
        PAUSE_TOMORROW => Action::PauseUntilTomorrow,
        RESUME => Action::Resume,
        OPEN_DASHBOARD => Action::OpenDashboard,
        AUTOMATICITY_CHECK => Action::AutomaticityCheck,
        START_AT_LOGIN => Action::ToggleStartAtLogin,
        QUIT => Action::Quit,
        FINISH_CHECKIN => Action::FinishCheckIn,
        CANCEL_CHECKIN => Action::CancelCheckIn,
        _ => return None,
    })
}

/// "Today: 1 of 3" — the same words as the tray title.
pub fn progress(c: &Catalogue, status: &Status) -> String {
    let args = Args::new()
        .num("done", status.done)
        .num("scheduled", status.scheduled);
    c.msg_with("tray-progress", &args)
}

pub fn header(c: &Catalogue, status: &Status) -> String {
    if let Some(running) = &status.checkin {
        let args = Args::new()
            .str("habit", status.name_of(&running.habit))
            .num("minutes", running.minutes as u32);
        return c.msg_with("checkin-running", &args);
    }
    let name = |id: &HabitId| status.name_of(id).to_string();
    let next = match (&status.paused_until, &status.next_reminder) {
        (Some(until), _) => c.msg_with(
            "tray-paused-until",
            &Args::new().str("when", c.weekday_time(until)),
        ),
        (None, _) if !status.held.is_empty() => {
            let names: Vec<String> = status.held.iter().map(name).collect();
            let args = Args::new().str("names", names.join(", "));
            match (status.busy.now, status.busy.until) {
                (true, Some(until)) => {
                    let zone = status.timezone.parse().unwrap_or(Zone::UTC);
                    let time = hh_mm(&until.with_timezone(&zone));
                    c.msg_with("tray-waiting-busy-until", &args.str("time", time))
                }
                (true, None) => c.msg_with("tray-waiting-busy", &args),
                (false, _) => c.msg_with("tray-waiting", &args),
            }
        }
        (None, Some(n)) => {
            let args = Args::new().str("habit", name(&n.habit));
            if n.date == status.date {
                c.msg_with("tray-next-today", &args.str("time", hh_mm(&n.at)))
            } else {
                c.msg_with("tray-next-later", &args.str("when", c.weekday_time(&n.at)))
            }
        }
        (None, None) => c.msg("tray-no-reminder"),
    };
    let args = Args::new()
        .str("progress", progress(c, status))
        .str("next", next);
    c.msg_with("tray-header", &args)
}

/// A pending habit's label: due now when quiet and its time has come; the stage
/// said when it is not full.
fn pending_key(h: &aloud_core::tracker::HabitToday) -> &'static str {
    match h.prompts {
        PromptStage::Quiet if h.due => key("menu-due-quiet"),
        PromptStage::Quiet => key("menu-pending-quiet"),
        PromptStage::Off => key("menu-pending-off"),
        PromptStage::Full => key("menu-pending"),
    }
}

pub fn build(
    c: &Catalogue,
    status: &Status,
    start_at_login: bool,
    error: Option<&str>,
) -> Vec<Entry> {
    let mut menu = vec![Entry::Item {
        id: HEADER.into(),
        label: header(c, status),
        enabled: false,
    }];
    if let Some(error) = error {
        menu.push(Entry::Item {
            id: "error".into(),
            label: format!("⚠ {error}"),
            enabled: false,
        });
    }
    menu.push(Entry::Separator);
    if status.checkin.is_some() {
        menu.push(Entry::Item {
            id: FINISH_CHECKIN.into(),
            label: c.msg("menu-finish-checkin"),
            enabled: true,
        });
        menu.push(Entry::Item {
            id: CANCEL_CHECKIN.into(),
            label: c.msg("menu-cancel-checkin"),
            enabled: true,
        });
        menu.push(Entry::Separator);
    }
    for h in status
        .habits
        .iter()
        .filter(|h| h.state != TodayState::NotScheduled)
    {
        let named = || Args::new().str("habit", h.name.as_str());
        let undo = |key: &str| Entry::Item {
            id: format!("{UNDO_PREFIX}{}", h.id),
            label: c.msg(key),
            enabled: true,
        };
        menu.push(match h.state {
            TodayState::Done => Entry::Submenu {
                label: c.msg_with("menu-done", &named()),
                items: vec![undo(key("menu-undo-done"))],
            },
            TodayState::Skipped => Entry::Submenu {
                label: c.msg_with("menu-skipped", &named()),
                items: vec![undo(key("menu-undo-skip"))],
            },
            TodayState::Paused => Entry::Item {
                id: format!("{LOG_PREFIX}{}", h.id),
                label: c.msg_with("menu-paused", &named().str("cue", h.cue.as_str())),
                enabled: true,
            },
            // Quiet prompts pop nothing up: the menu is where the habit shows it is due.
            _ => Entry::Item {
                id: format!("{LOG_PREFIX}{}", h.id),
                label: c.msg_with(pending_key(h), &named().str("cue", h.cue.as_str())),
                enabled: true,
            },
        });
        // A pending anchored habit says when it comes today, and why.
        if let (TodayState::Pending, Some(why)) = (h.state, &h.why_text) {
            menu.push(Entry::Item {
                id: format!("{WHY_PREFIX}{}", h.id),
                label: format!("    {why}"),
                enabled: false,
            });
        }
    }
    let startable: Vec<Entry> = status
        .habits
        .iter()
        .filter(|h| matches!(h.state, TodayState::Pending | TodayState::Paused))
        .map(|h| Entry::Item {
            id: format!("{START_PREFIX}{}", h.id),
            label: h.name.clone(),
            enabled: true,
        })
        .collect();
    if status.checkin.is_none() && !startable.is_empty() {
        menu.push(Entry::Submenu {
            label: c.msg("menu-start-checkin"),
            items: startable,
        });
    }
    menu.push(Entry::Separator);
    menu.push(Entry::Item {
        id: SNOOZE_HOUR.into(),
        label: c.msg("menu-snooze-hour"),
        enabled: status.paused_until.is_none(),
    });
    menu.push(if status.paused_until.is_some() {
        Entry::Item {
            id: RESUME.into(),
            label: c.msg("menu-resume"),
            enabled: true,
        }
    } else {
        Entry::Item {
            id: PAUSE_TOMORROW.into(),
            label: c.msg("menu-pause-tomorrow"),
            enabled: true,
        }
    });
    menu.push(Entry::Separator);
    menu.push(Entry::Item {
        id: OPEN_DASHBOARD.into(),
        label: c.msg("menu-open-dashboard"),
        enabled: true,
    });
    // The weekly check lives in Review; the menu is a way there, never a pop-up.
    menu.push(Entry::Item {
        id: AUTOMATICITY_CHECK.into(),
        label: c.msg("menu-automaticity-check"),
        enabled: true,
    });
    menu.push(Entry::Check {
        id: START_AT_LOGIN.into(),
        label: c.msg("menu-start-at-login"),
        checked: start_at_login,
    });
    menu.push(Entry::Item {
        id: QUIT.into(),
        label: c.msg("menu-quit"),
        enabled: true,
    });
    menu
}

#[cfg(test)]
mod tests {
    use super::*;
    use aloud_core::i18n::Language;

    use aloud_core::tracker::{HabitToday, NextReminder};
    use chrono::{DateTime, NaiveDate};

    fn en() -> &'static Catalogue {
        Catalogue::get(Language::En)
    }

    fn habit(id: &str, name: &str, state: TodayState) -> HabitToday {
        HabitToday {
            id: HabitId::parse(id).unwrap(),
            name: name.into(),
            trigger: "my first coffee".into(),
            cue: "after my first coffee".into(),
            recipe: "After my first coffee, I will p.".into(),
            prompt: "p".into(),
            time: "08:30".into(),
            state,
            note: None,
            minutes: None,
            need: None,
            idea: None,
            with: Vec::new(),
            with_question: "With whom? (optional)".into(),
            prompts: PromptStage::Full,
            due: false,
            starter: None,
            at: Some("08:30".into()),
            why: None,
            why_text: None,
        }
    }

    fn status() -> Status {
        Status {
            date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            timezone: "Europe/Berlin".into(),
            done: 1,
            scheduled: 3,
            habits: vec![
                habit("describe", "Describe", TodayState::Done),
                habit("interact", "Interact", TodayState::Pending),
                habit("recognize", "Recognition", TodayState::Skipped),
                habit("read", "Read", TodayState::NotScheduled),
            ],
            next_reminder: Some(NextReminder {
                habit: HabitId::parse("interact").unwrap(),
                date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
                at: DateTime::parse_from_rfc3339("2026-11-25T12:00:00+01:00").unwrap(),
            }),
            paused_until: None,
            held: Vec::new(),
            presence: aloud_core::presence::Presence::Unknown,
            checkin: None,
            busy: aloud_core::busy::Busy::free(),
        }
    }

    #[test]
    fn the_menu_shows_progress_states_and_actions() {
        let menu = build(en(), &status(), true, None);
        let Entry::Item { label, enabled, .. } = &menu[0] else {
            panic!()
        };
        assert_eq!(label, "Today: 1 of 3 · next: Interact at 12:00");
        assert!(!enabled);
        assert!(
            matches!(&menu[2], Entry::Submenu { label, items } if label == "✓ Describe — done"
            && items == &vec![Entry::Item { id: "undo:describe".into(), label: "Undo Done".into(), enabled: true }])
        );
        assert!(
            matches!(&menu[3], Entry::Item { id, label, .. } if id == "log:interact" && label == "○ Interact — after my first coffee")
        );
        assert!(
            matches!(&menu[4], Entry::Submenu { label, .. } if label == "– Recognition — skipped")
        );
        assert!(
            !menu
                .iter()
                .any(|e| matches!(e, Entry::Item { id, .. } if id == "log:read")),
            "not scheduled today"
        );
        assert!(menu.contains(&Entry::Check {
            id: START_AT_LOGIN.into(),
            label: "Start at login".into(),
            checked: true
        }));
        assert!(menu
            .iter()
            .any(|e| matches!(e, Entry::Item { id, .. } if id == PAUSE_TOMORROW)));
    }

    #[test]
    fn a_pending_anchored_habit_says_when_it_comes_and_why() {
        use aloud_core::schedule::Why;
        let mut s = status();
        let why = "12:30 — 10 min before you usually leave for lunch, 12:40 over the last 10 days";
        s.habits[1].why = Some(Why::Arrival);
        s.habits[1].why_text = Some(why.into());
        // A habit at its own time needs no reason; a closed one no longer does.
        s.habits[2].why = Some(Why::Arrival);
        s.habits[2].why_text = Some("from 08:00, when you first sit down".into());
        s.habits[3].why = Some(Why::Time);
        let menu = build(en(), &s, true, None);
        let log = menu
            .iter()
            .position(|e| matches!(e, Entry::Item { id, .. } if id == "log:interact"))
            .unwrap();
        assert_eq!(
            menu[log + 1],
            Entry::Item {
                id: "why:interact".into(),
                label: format!("    {why}"),
                enabled: false
            }
        );
        let reasons = menu
            .iter()
            .filter(|e| matches!(e, Entry::Item { id, .. } if id.starts_with("why:")))
            .count();
        assert_eq!(reasons, 1);
        assert_eq!(action("why:interact"), None, "not an action");
    }

    #[test]
    fn a_paused_status_offers_resume() {
        let mut s = status();
        s.paused_until = Some(DateTime::parse_from_rfc3339("2026-11-26T00:00:00+01:00").unwrap());
        let menu = build(en(), &s, false, Some("could not save"));
        assert!(header(en(), &s).ends_with("paused until Thu 00:00"));
        assert!(menu
            .iter()
            .any(|e| matches!(e, Entry::Item { id, .. } if id == RESUME)));
        assert!(menu
            .iter()
            .any(|e| matches!(e, Entry::Item { label, .. } if label == "⚠ could not save")));
    }

    #[test]
    fn a_running_check_in_heads_the_menu_with_finish_and_cancel() {
        let mut s = status();
        let start = build(en(), &s, false, None);
        assert!(start.contains(&Entry::Submenu {
            label: "Start a check-in".into(),
            items: vec![Entry::Item {
                id: "start:interact".into(),
                label: "Interact".into(),
                enabled: true
            }]
        }));
        let checkin = aloud_core::checkin::CheckIn {
            habit: HabitId::parse("describe").unwrap(),
            date: s.date,
            started_at: chrono::Utc::now(),
            length: chrono::Duration::minutes(10),
        };
        let zone = "Europe/Berlin".parse().unwrap();
        let running = aloud_core::checkin::RunningCheckIn::at(checkin, chrono::Utc::now(), zone);
        s.checkin = Some(aloud_core::checkin::RunningCheckIn {
            minutes: 6,
            ..running
        });
        assert_eq!(header(en(), &s), "Describe check-in · 6 min");
        let menu = build(en(), &s, false, None);
        assert!(matches!(&menu[2], Entry::Item { id, .. } if id == FINISH_CHECKIN));
        assert!(matches!(&menu[3], Entry::Item { id, .. } if id == CANCEL_CHECKIN));
        assert_eq!(
            action("start:interact"),
            Some(Action::StartCheckIn("interact".into()))
        );
        assert_eq!(action(FINISH_CHECKIN), Some(Action::FinishCheckIn));
        assert!(
            !menu
                .iter()
                .any(|e| matches!(e, Entry::Submenu { label, .. } if label == "Start a check-in")),
            "one at a time"
        );
    }

    #[test]
    fn a_quiet_habit_whose_time_has_come_is_marked_due() {
        let mut s = status();
        s.habits[1].prompts = PromptStage::Quiet;
        let label = |s: &Status| {
            build(en(), s, false, None)
                .into_iter()
                .find_map(|e| match e {
                    Entry::Item { id, label, .. } if id == "log:interact" => Some(label),
                    _ => None,
                })
                .unwrap()
        };
        assert_eq!(
            label(&s),
            "○ Interact — after my first coffee (quiet reminder)"
        );
        s.habits[1].due = true;
        assert_eq!(label(&s), "● Interact — due now (after my first coffee)");
        s.habits[1].prompts = PromptStage::Off;
        assert_eq!(
            label(&s),
            "○ Interact — after my first coffee (no reminder)"
        );
        s.habits[1].prompts = PromptStage::Full;
        assert_eq!(
            label(&s),
            "○ Interact — after my first coffee",
            "a pop-up said so"
        );
    }

    #[test]
    fn a_reminder_held_while_busy_says_until_when() {
        let mut s = status();
        s.held = vec![HabitId::parse("interact").unwrap()];
        let meeting = aloud_core::busy::Stretch {
            start: "2026-11-25T08:00:00Z".parse().unwrap(),
            end: "2026-11-25T09:20:00Z".parse().unwrap(),
        };
        let desktop = aloud_core::busy::DesktopBusy::default();
        let all = aloud_core::busy::BusySources {
            do_not_disturb: true,
            full_screen: true,
            calendar: true,
        };
        s.busy = aloud_core::busy::Busy::of(desktop, Some(meeting), all);
        assert_eq!(
            header(en(), &s),
            "Today: 1 of 3 · busy until 10:20, then: Interact"
        );
        s.busy.until = None;
        assert_eq!(
            header(en(), &s),
            "Today: 1 of 3 · waiting until you are free: Interact"
        );
    }

    #[test]
    fn a_held_reminder_is_named_in_the_header() {
        let mut s = status();
        s.held = vec![HabitId::parse("interact").unwrap()];
        assert_eq!(
            header(en(), &s),
            "Today: 1 of 3 · waiting for you: Interact"
        );
    }

    #[test]
    fn ids_round_trip_to_actions() {
        assert_eq!(action("log:describe"), Some(Action::Log("describe".into())));
        assert_eq!(
            action("undo:interact"),
            Some(Action::Undo("interact".into()))
        );
        assert_eq!(action(QUIT), Some(Action::Quit));
        assert_eq!(action(AUTOMATICITY_CHECK), Some(Action::AutomaticityCheck));
        assert_eq!(action("header"), None);
    }

    #[test]
    fn the_menu_speaks_the_catalogue_s_language() {
        let de = Catalogue::get(Language::De);
        let s = status();
        assert_eq!(
            header(de, &s),
            "Heute: 1 von 3 · als Nächstes: Interact um 12:00"
        );
        let menu = build(de, &s, false, None);
        assert!(matches!(&menu[2], Entry::Submenu { label, items }
            if label == "✓ Describe — erledigt"
            && matches!(&items[0], Entry::Item { label, .. } if label == "„Erledigt“ zurücknehmen")));
        assert!(menu
            .iter()
            .any(|e| matches!(e, Entry::Item { label, .. } if label == "Aloud beenden")));
    }
}
