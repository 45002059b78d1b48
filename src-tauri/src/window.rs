//! The dashboard window, the process's only one: closing it ends the process. Its
//! size and place are remembered from one opening to the next.
use crate::window_geometry::{Geometry, MIN_HEIGHT, MIN_WIDTH};
use crate::Shared;
use aloud_app::panel::Panel;
use std::sync::Arc;
use tauri::webview::NewWindowResponse;
use tauri::{
    AppHandle, Manager, Runtime, Url, WebviewUrl, WebviewWindow, WebviewWindowBuilder, WindowEvent,
};

pub const LABEL: &str = "dashboard";
const DEFAULT_SIZE: (f64, f64) = (1000.0, 720.0);

/// Opens (or raises) the dashboard; a panel other than Today is shown at once.
pub fn open<R: Runtime>(app: &AppHandle<R>, panel: Panel) {
    if let Some(window) = app.get_webview_window(LABEL) {
        if panel != Panel::Today {
            // The page follows its address's hash (app.js); the name is one of ours.
            let _ = window.eval(format!("location.hash = '#{}';", panel.name()));
        }
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        return;
    }
    let data_dir = app.state::<Arc<Shared>>().data_dir.clone();
    let saved = Geometry::load(&data_dir);
    let page = format!("index.html#{}", panel.name());
    let mut builder = WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App(page.into()))
        .title("Aloud")
        .min_inner_size(MIN_WIDTH, MIN_HEIGHT)
        // Only our own bundled pages, ever: no link or script can take the window
        // (and the IPC it carries) to another origin, or open a new window.
        .on_navigation(is_own_page)
        .on_new_window(|_, _| NewWindowResponse::Deny);
    builder = match saved {
        Some(g) => {
            let builder = builder.inner_size(g.width, g.height);
            match g.position().filter(|_| g.is_on(&screens(app))) {
                Some((x, y)) => builder.position(x, y),
                None => builder.center(),
            }
        }
        None => builder.inner_size(DEFAULT_SIZE.0, DEFAULT_SIZE.1).center(),
    };
    match builder.build() {
        Ok(window) => {
            let watched = window.clone();
            window.on_window_event(move |event| {
                if let WindowEvent::CloseRequested { .. } = event {
                    remember(&watched);
                }
            });
        }
        Err(e) => aloud_app::report!("aloud: could not open the dashboard: {e}"),
    }
}

/// The dashboard's own pages, served by Tauri's `tauri://localhost` protocol.
fn is_own_page(url: &Url) -> bool {
    url.scheme() == "tauri" && url.host_str() == Some("localhost")
}

/// Saves the window's place and size, then ends the process (asked to end by a
/// signal; on Windows the tray app sends `WM_CLOSE`, which is a close request).
#[cfg(target_os = "linux")]
pub fn remember_and_exit<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(LABEL) {
        remember(&window);
    }
    app.exit(0);
}

/// Saves the window's place and size (on close): the size it is opened with next
/// time, so exactly what the person sees of it.
fn remember<R: Runtime>(window: &WebviewWindow<R>) {
    let (Ok(scale), Ok(position)) = (window.scale_factor(), window.outer_position()) else {
        return;
    };
    let Some((width, height)) = content_size(window) else {
        return;
    };
    let position = position.to_logical::<f64>(scale);
    let place = places_itself(window).then_some(position);
    let geometry = Geometry {
        x: place.map(|p| p.x),
        y: place.map(|p| p.y),
        width,
        height,
    };
    let data_dir = window.state::<Arc<Shared>>().data_dir.clone();
    if let Err(e) = geometry.save(&data_dir) {
        aloud_app::report!("aloud: could not remember the dashboard's size: {e}");
    }
}

/// The window's content size in logical pixels. On Linux GTK's own: the window
/// system's (which tao reports) includes, on Wayland, the title bar and shadows
/// that GTK draws itself, so a window reopened at that size grew by them each time.
#[cfg(target_os = "linux")]
fn content_size<R: Runtime>(window: &WebviewWindow<R>) -> Option<(f64, f64)> {
    use gtk::prelude::GtkWindowExt;
    let (width, height) = window.gtk_window().ok()?.size();
    Some((f64::from(width), f64::from(height)))
}

#[cfg(not(target_os = "linux"))]
fn content_size<R: Runtime>(window: &WebviewWindow<R>) -> Option<(f64, f64)> {
    let scale = window.scale_factor().ok()?;
    let size = window.inner_size().ok()?.to_logical::<f64>(scale);
    Some((size.width, size.height))
}

/// Whether the app knows and sets its window's place: not on Wayland, where the
/// compositor places windows and tells the app nothing (tao then says 0,0).
#[cfg(target_os = "linux")]
fn places_itself<R: Runtime>(window: &WebviewWindow<R>) -> bool {
    use gtk::glib::object::ObjectExt;
    use gtk::prelude::WidgetExt;
    window
        .gtk_window()
        .is_ok_and(|w| w.display().type_().name() != "GdkWaylandDisplay")
}

#[cfg(not(target_os = "linux"))]
fn places_itself<R: Runtime>(_window: &WebviewWindow<R>) -> bool {
    true
}

/// The monitors' areas in logical pixels.
fn screens<R: Runtime>(app: &AppHandle<R>) -> Vec<(f64, f64, f64, f64)> {
    app.available_monitors()
        .unwrap_or_default()
        .iter()
        .map(|m| {
            let scale = m.scale_factor();
            let p = m.position().to_logical::<f64>(scale);
            let s = m.size().to_logical::<f64>(scale);
            (p.x, p.y, s.width, s.height)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_bundled_pages_may_load() {
        for ok in [
            "tauri://localhost/index.html",
            "tauri://localhost/index.html#mindsets",
        ] {
            assert!(is_own_page(&ok.parse().unwrap()), "{ok}");
        }
        for bad in [
            "https://example.org/",
            "http://localhost:8080/",
            "tauri://evil.example/",
            "file:///etc/passwd",
            "data:text/html,hello",
        ] {
            assert!(!is_own_page(&bad.parse().unwrap()), "{bad}");
        }
    }
}
