//! The tray icon and its menu: the only way in on Linux, where appindicator gives
//! no click events. The menu is rebuilt from the core's status after every change.
use crate::menu_model::{self, Action, Entry};
use crate::state::Origin;
use crate::{dashboard, notify, Shared};
use aloud_app::autostart;
use aloud_core::model::Source;
use aloud_core::tracker::{LogRequest, Status};
use chrono::Duration;
use std::sync::Arc;
use tauri::image::Image;
use tauri::menu::{CheckMenuItem, IsMenuItem, Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};

const TRAY_ID: &str = "aloud";

/// Progress icons, drawn for dark panels (the common case) and light ones.
const ICONS_DARK_PANEL: [&[u8]; 4] = [
    include_bytes!("../../../../icons/tray-dark-0.png"),
    include_bytes!("../../../../icons/tray-dark-1.png"),
    include_bytes!("../../../../icons/tray-dark-2.png"),
    include_bytes!("../../../../icons/tray-dark-3.png"),
];
const ICONS_LIGHT_PANEL: [&[u8]; 4] = [
    include_bytes!("../../../../icons/tray-light-0.png"),
    include_bytes!("../../../../icons/tray-light-1.png"),
    include_bytes!("../../../../icons/tray-light-2.png"),
    include_bytes!("../../../../icons/tray-light-3.png"),
];

fn icon(status: Option<&Status>) -> tauri::Result<Image<'static>> {
    let light = std::env::var("ALOUD_PANEL").is_ok_and(|v| v == "light");
    let set = if light {
        ICONS_LIGHT_PANEL
    } else {
        ICONS_DARK_PANEL
    };
    // Three segments: show the share of today's scheduled habits done.
    let step = status.map_or(0, |s| {
        if s.scheduled == 0 {
            0
        } else {
            (s.done * 3).div_ceil(s.scheduled).min(3) as usize
        }
    });
    Image::from_bytes(set[step])
}

pub fn create<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    TrayIconBuilder::with_id(TRAY_ID)
        .icon(icon(None)?)
        .tooltip("Aloud")
        .show_menu_on_left_click(true)
        .on_menu_event(|app, event| on_menu_event(app, event.id().as_ref()))
        .build(app)?;
    Ok(())
}

/// Redraws icon, title and menu from the current status.
pub fn refresh<R: Runtime>(app: &AppHandle<R>, shared: &Shared) {
    let Some(tray) = app.tray_by_id(TRAY_ID) else {
        return;
    };
    let status = shared.with(|t| t.status());
    let error = shared.last_error();
    let (title, entries) = match &status {
        Ok(s) => (
            menu_model::progress(s),
            menu_model::build(s, autostart::is_enabled(), error.as_deref()),
        ),
        Err(e) => (format!("Aloud: {e}"), Vec::new()),
    };
    let title = match &error {
        Some(_) => format!("⚠ {title}"),
        None => title,
    };
    let view = Some((title.clone(), entries.clone()));
    {
        // Released before touching the tray: its calls wait for the main thread,
        // which may itself be here (a menu click) waiting for this lock.
        let mut shown = shared.shown.lock().unwrap_or_else(|e| e.into_inner());
        if *shown == view {
            return; // nothing changed: leave the menu (and the panel's view of it) alone
        }
        *shown = view;
    }
    let _ = tray.set_title(Some(&title));
    let _ = tray.set_tooltip(Some(&title));
    if let Ok(image) = icon(status.as_ref().ok()) {
        let _ = tray.set_icon(Some(image));
    }
    if let Ok(menu) = to_menu(app, &entries) {
        let _ = tray.set_menu(Some(menu));
    }
}

fn to_menu<R: Runtime>(app: &AppHandle<R>, entries: &[Entry]) -> tauri::Result<Menu<R>> {
    let menu = Menu::new(app)?;
    for entry in entries {
        menu.append(item(app, entry)?.as_ref())?;
    }
    Ok(menu)
}

fn item<R: Runtime>(app: &AppHandle<R>, entry: &Entry) -> tauri::Result<Box<dyn IsMenuItem<R>>> {
    Ok(match entry {
        Entry::Item { id, label, enabled } => {
            Box::new(MenuItem::with_id(app, id, label, *enabled, None::<&str>)?)
        }
        Entry::Check { id, label, checked } => Box::new(CheckMenuItem::with_id(
            app,
            id,
            label,
            true,
            *checked,
            None::<&str>,
        )?),
        Entry::Separator => Box::new(PredefinedMenuItem::separator(app)?),
        Entry::Submenu { label, items } => {
            let sub = Submenu::new(app, label, true)?;
            for child in items {
                sub.append(item(app, child)?.as_ref())?;
            }
            Box::new(sub)
        }
    })
}

fn on_menu_event<R: Runtime>(app: &AppHandle<R>, id: &str) {
    let Some(action) = menu_model::action(id) else {
        return;
    };
    let shared = app.state::<Arc<Shared>>().inner().clone();
    match action {
        Action::OpenDashboard => dashboard::open(app),
        Action::Quit => {
            dashboard::remember_open(app);
            app.exit(0)
        }
        Action::ToggleStartAtLogin => {
            if let Err(e) = autostart::set_enabled(!autostart::is_enabled()) {
                // The menu toggled its own check mark; force a redraw to put it back.
                *shared.shown.lock().unwrap_or_else(|e| e.into_inner()) = None;
                notify::problem(
                    app,
                    &shared,
                    Origin::Action,
                    &format!("Could not change “Start at login”: {e}"),
                );
            }
            refresh(app, &shared);
        }
        write => {
            // Database writes leave the main thread: a locked or slow disk must not
            // freeze the panel's menu.
            let app = app.clone();
            let spawned = std::thread::Builder::new()
                .name("tray-action".into())
                .spawn(move || {
                    if let Err(e) = shared.write(|t| apply(t, &write)) {
                        notify::problem(&app, &shared, Origin::Action, &e.to_string());
                    }
                    // Redraw at once; the reminder thread redraws again after it re-plans.
                    refresh(&app, &shared);
                });
            if let Err(e) = spawned {
                eprintln!("aloud: could not handle a tray click: {e}");
            }
        }
    }
}

fn apply(t: &mut aloud_core::Tracker, action: &Action) -> aloud_core::Result<()> {
    match action {
        Action::Log(habit) => t
            .log(&LogRequest {
                habit,
                source: Some(Source::Tray),
                ..Default::default()
            })
            .map(drop),
        Action::Undo(habit) => t.undo(habit, None).map(drop),
        Action::SnoozeHour => t.snooze_all(Duration::hours(1)).map(drop),
        Action::PauseUntilTomorrow => t.pause_until_tomorrow().map(drop),
        Action::Resume => t.resume().map(drop),
        Action::OpenDashboard | Action::ToggleStartAtLogin | Action::Quit => Ok(()),
    }
}
