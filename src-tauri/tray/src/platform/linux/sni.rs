//! The `TrayIcon` seam on Linux: the icon and its menu served straight over D-Bus
//! (StatusNotifierItem and dbusmenu) with no GTK; the panel draws them. A click (on
//! the icon, or on an item) only becomes an `Event` for the engine thread, which
//! draws the view it makes from the core's status.
use crate::events::{Event, Inbox};
use crate::menu_model::View;
use crate::menu_model::{self, Entry};
use crate::platform::TrayIcon;
use aloud_app::panel::Panel;
use ksni::blocking::TrayMethods;
use ksni::menu::{CheckmarkItem, MenuItem, StandardItem, SubMenu};
use std::sync::{Arc, OnceLock};

pub struct AloudTray {
    inbox: Arc<Inbox>,
    view: View,
}

/// The served icon; drawing hands the new view to ksni's thread.
pub struct Sni(ksni::blocking::Handle<AloudTray>);

impl TrayIcon for Sni {
    fn draw(&self, view: &View) {
        let view = view.clone();
        self.0.update(|t| t.view = view);
    }

    fn remove(&self) {
        self.0.shutdown().wait();
    }
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
        self.inbox.send(Event::Open(Panel::Today));
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
/// one appears. Registered with `view` (today's menu) already in it: a panel that
/// asks for the menu at once (at login) never gets an empty one.
pub fn create(inbox: Arc<Inbox>, view: View) -> Result<Sni, ksni::Error> {
    let tray = AloudTray { inbox, view };
    Ok(Sni(tray.assume_sni_available(true).spawn()?))
}

/// The icon for `step` as the ARGB32 (network byte order) pixmap
/// StatusNotifierItem carries, decoded once per process.
fn icon(step: usize) -> Option<ksni::Icon> {
    static DECODED: OnceLock<Vec<ksni::Icon>> = OnceLock::new();
    let icons = DECODED.get_or_init(|| {
        (0..4)
            .filter_map(crate::ring_icons::rgba)
            .map(|icon| ksni::Icon {
                width: icon.width as i32,
                height: icon.height as i32,
                data: icon
                    .pixels
                    .chunks_exact(4)
                    .flat_map(|p| [p[3], p[0], p[1], p[2]])
                    .collect(),
            })
            .collect()
    });
    icons.get(step).cloned()
}

fn item(entry: &Entry) -> MenuItem<AloudTray> {
    match entry {
        Entry::Item { id, label, enabled } => {
            let id = id.clone();
            StandardItem {
                label: literal(label),
                enabled: *enabled,
                activate: Box::new(move |t: &mut AloudTray| on_click(&t.inbox, &id)),
                ..Default::default()
            }
            .into()
        }
        Entry::Check { id, label, checked } => {
            let id = id.clone();
            CheckmarkItem {
                label: literal(label),
                checked: *checked,
                activate: Box::new(move |t: &mut AloudTray| on_click(&t.inbox, &id)),
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
fn on_click(inbox: &Inbox, id: &str) {
    if let Some(action) = menu_model::action(id) {
        inbox.send(Event::Menu(action));
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
