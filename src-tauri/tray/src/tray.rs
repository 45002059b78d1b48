//! The tray icon and its menu, served straight over D-Bus (StatusNotifierItem and
//! dbusmenu) with no GTK: the panel draws them. A click (on the icon, or on an item)
//! only becomes an `Event` for the engine thread; the engine redraws the menu from
//! the core's status after every pass.
use crate::dashboard::Panel;
use crate::events::Event;
use crate::menu_model::{self, Entry};
use crate::Shared;
use aloud_app::autostart;
use aloud_core::tracker::Status;
use ksni::blocking::TrayMethods;
use ksni::menu::{CheckmarkItem, MenuItem, StandardItem, SubMenu};
use std::sync::{Arc, OnceLock};

pub type TrayHandle = ksni::blocking::Handle<AloudTray>;

/// Progress icons, 0 to 3 done: one set readable on light and dark panels alike
/// (tools/make-icons.py says how, tests/tests/ring_contrast.rs checks it), so
/// nothing needs to know the panel's colour.
const ICONS: [&[u8]; 4] = [
    include_bytes!("../../../icons/tray-0.png"),
    include_bytes!("../../../icons/tray-1.png"),
    include_bytes!("../../../icons/tray-2.png"),
    include_bytes!("../../../icons/tray-3.png"),
];

/// What the tray shows: compared with the last one so an unchanged view is not resent.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct View {
    title: String,
    /// 0–3 segments of the progress ring.
    step: usize,
    entries: Vec<Entry>,
}

pub struct AloudTray {
    shared: Arc<Shared>,
    view: View,
}

impl ksni::Tray for AloudTray {
    fn id(&self) -> String {
        "aloud".into()
    }

    fn title(&self) -> String {
        self.view.title.clone()
    }

    fn category(&self) -> ksni::Category {
        ksni::Category::ApplicationStatus
    }

    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        icon(self.view.step).into_iter().collect()
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip {
            title: self.view.title.clone(),
            ..Default::default()
        }
    }

    fn activate(&mut self, _x: i32, _y: i32) {
        self.shared.send(Event::Open(Panel::Today));
    }

    fn menu(&self) -> Vec<MenuItem<Self>> {
        self.view.entries.iter().map(item).collect()
    }

    fn watcher_offline(&self, _reason: ksni::OfflineReason) -> bool {
        // No tray host now (or yet): keep serving, the icon registers when one appears.
        true
    }
}

/// Starts serving the icon; it registers with the desktop's tray host now, or when
/// one appears. Registered with today's menu already in it (returned as what is
/// shown): a panel that asks for the menu at once (at login) never gets an empty one.
pub fn create(shared: &Arc<Shared>) -> Result<(TrayHandle, View), ksni::Error> {
    let view = current_view(shared);
    let tray = AloudTray {
        shared: shared.clone(),
        view: view.clone(),
    };
    Ok((tray.assume_sni_available(true).spawn()?, view))
}

/// The decoded icon for `step`, decoded once per process.
fn icon(step: usize) -> Option<ksni::Icon> {
    static DECODED: OnceLock<Vec<ksni::Icon>> = OnceLock::new();
    let icons = DECODED.get_or_init(|| ICONS.iter().filter_map(|png| decode(png)).collect());
    icons.get(step).cloned()
}

/// A PNG as the ARGB32 (network byte order) pixmap StatusNotifierItem carries.
fn decode(bytes: &[u8]) -> Option<ksni::Icon> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut buffer = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buffer).ok()?;
    let pixels = &buffer[..info.buffer_size()];
    let data = match info.color_type {
        png::ColorType::Rgba => pixels
            .chunks_exact(4)
            .flat_map(|p| [p[3], p[0], p[1], p[2]])
            .collect(),
        png::ColorType::Rgb => pixels
            .chunks_exact(3)
            .flat_map(|p| [255, p[0], p[1], p[2]])
            .collect(),
        _ => return None,
    };
    Some(ksni::Icon {
        width: info.width as i32,
        height: info.height as i32,
        data,
    })
}

/// Redraws icon, title and menu from the current status when they changed from
/// `shown`. Never called from a menu callback: those run on the tray's own thread,
/// which this waits for.
pub fn refresh(shared: &Shared, tray: &TrayHandle, shown: &mut View) {
    let view = current_view(shared);
    if *shown == view {
        return; // nothing changed: leave the menu (and the panel's view of it) alone
    }
    *shown = view.clone();
    tray.update(|t| t.view = view);
}

/// What the tray shows for the current status and last error.
fn current_view(shared: &Shared) -> View {
    let status = shared.with(|t| Ok((t.status()?, t.catalogue()?)));
    let error = shared.last_error();
    let (title, entries) = match &status {
        Ok((s, c)) => (
            menu_model::progress(c, s),
            menu_model::build(c, s, autostart::is_enabled(), error.as_deref()),
        ),
        Err(e) => (format!("Aloud: {e}"), Vec::new()),
    };
    let title = match &error {
        Some(_) => format!("⚠ {title}"),
        None => title,
    };
    View {
        title,
        step: status.as_ref().map_or(0, |(s, _)| progress_step(s)),
        entries,
    }
}

/// Three segments: the share of today's scheduled habits done.
fn progress_step(status: &Status) -> usize {
    if status.scheduled == 0 {
        0
    } else {
        (status.done * 3).div_ceil(status.scheduled).min(3) as usize
    }
}

fn item(entry: &Entry) -> MenuItem<AloudTray> {
    match entry {
        Entry::Item { id, label, enabled } => {
            let id = id.clone();
            StandardItem {
                label: literal(label),
                enabled: *enabled,
                activate: Box::new(move |t: &mut AloudTray| on_click(&t.shared, &id)),
                ..Default::default()
            }
            .into()
        }
        Entry::Check { id, label, checked } => {
            let id = id.clone();
            CheckmarkItem {
                label: literal(label),
                checked: *checked,
                activate: Box::new(move |t: &mut AloudTray| on_click(&t.shared, &id)),
                ..Default::default()
            }
            .into()
        }
        Entry::Separator => MenuItem::Separator,
        Entry::Submenu { label, items } => SubMenu {
            label: literal(label),
            submenu: items.iter().map(item).collect(),
            ..Default::default()
        }
        .into(),
    }
}

/// A label shown as written: dbusmenu reads one `_` as a keyboard-accelerator mark
/// (a habit named "1_on_1" would show as "1on1"), and `__` as an underscore.
fn literal(label: &str) -> String {
    label.replace('_', "__")
}

/// A menu click. It runs on the tray's D-Bus thread, which must never wait on a
/// disk or the database: the click becomes an event for the engine thread.
fn on_click(shared: &Shared, id: &str) {
    if let Some(action) = menu_model::action(id) {
        shared.send(Event::Menu(action));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_keep_their_underscores_and_icons_decode() {
        assert_eq!(literal("1_on_1 — after lunch"), "1__on__1 — after lunch");
        assert_eq!(literal("Describe"), "Describe");
        for step in 0..4 {
            let icon = icon(step).expect("a decoded icon");
            assert_eq!(icon.data.len(), (icon.width * icon.height * 4) as usize);
            // ARGB: the ring is drawn on a transparent background.
            assert!(icon.data.chunks(4).any(|p| p[0] == 0));
            assert!(icon.data.chunks(4).any(|p| p[0] == 255));
        }
        assert!(icon(4).is_none());
    }
}
