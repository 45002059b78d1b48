//! Where the dashboard window was and how big, so it reopens the same way. Kept in a
//! small file beside the database: it is the machine's, not part of the history.
use serde::{Deserialize, Serialize};
use std::path::Path;

const FILE: &str = "dashboard-window.json";
/// Smallest size the dashboard lays out well at; also its minimum window size.
pub const MIN_WIDTH: f64 = 640.0;
pub const MIN_HEIGHT: f64 = 480.0;
/// Larger than any screen today; a bigger stored value is a damaged file.
const MAX_SIDE: f64 = 16_384.0;

/// Logical pixels: the outer position and the content size, what the person sees of
/// the page (no title bar, border or shadow). No position where the desktop does not
/// tell one (Wayland: the compositor places windows itself).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Geometry {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y: Option<f64>,
    pub width: f64,
    pub height: f64,
}

impl Geometry {
    /// The stored geometry, or None when there is none or it is not believable.
    pub fn load(data_dir: &Path) -> Option<Geometry> {
        let text = std::fs::read_to_string(data_dir.join(FILE)).ok()?;
        serde_json::from_str::<Geometry>(&text)
            .ok()
            .filter(Geometry::is_sane)
    }

    pub fn save(&self, data_dir: &Path) -> std::io::Result<()> {
        if !self.is_sane() {
            return Ok(());
        }
        let text = serde_json::to_string(self).map_err(std::io::Error::other)?;
        aloud_app::files::write_private(&data_dir.join(FILE), text.as_bytes())
            .map_err(std::io::Error::other)
    }

    fn is_sane(&self) -> bool {
        let side = |v: f64, min: f64| v.is_finite() && (min..=MAX_SIDE).contains(&v);
        let place = |v: Option<f64>| v.is_none_or(|v| v.is_finite() && v.abs() <= MAX_SIDE);
        side(self.width, MIN_WIDTH)
            && side(self.height, MIN_HEIGHT)
            && place(self.x)
            && place(self.y)
            && self.x.is_some() == self.y.is_some()
    }

    /// The stored position, when there is one.
    pub fn position(&self) -> Option<(f64, f64)> {
        self.x.zip(self.y)
    }

    /// Whether the window's top-left corner lies on one of the `screens`
    /// (x, y, width, height): a monitor unplugged since must not hide the window.
    pub fn is_on(&self, screens: &[(f64, f64, f64, f64)]) -> bool {
        let Some((left, top)) = self.position() else {
            return false;
        };
        screens
            .iter()
            .any(|&(x, y, w, h)| left >= x && left < x + w && top >= y && top < y + h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const G: Geometry = Geometry {
        x: Some(40.0),
        y: Some(30.0),
        width: 900.0,
        height: 700.0,
    };

    #[test]
    fn geometry_round_trips_and_bad_files_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Geometry::load(dir.path()), None);
        G.save(dir.path()).unwrap();
        assert_eq!(Geometry::load(dir.path()), Some(G));
        for bad in [
            "{",
            "[]",
            r#"{"x":0,"y":0,"width":10,"height":700}"#,
            r#"{"x":1e9,"y":0,"width":900,"height":700}"#,
            r#"{"x":40,"width":900,"height":700}"#,
        ] {
            std::fs::write(dir.path().join(FILE), bad).unwrap();
            assert_eq!(Geometry::load(dir.path()), None, "{bad}");
        }
    }

    #[test]
    fn a_size_without_a_place_round_trips_and_is_placed_by_the_desktop() {
        let dir = tempfile::tempdir().unwrap();
        let wayland = Geometry {
            x: None,
            y: None,
            ..G
        };
        wayland.save(dir.path()).unwrap();
        let text = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        assert_eq!(text, r#"{"width":900.0,"height":700.0}"#);
        assert_eq!(Geometry::load(dir.path()), Some(wayland));
        assert!(!wayland.is_on(&[(0.0, 0.0, 1920.0, 1080.0)]));
    }

    #[test]
    fn a_window_off_every_screen_is_not_placed_there() {
        let screens = [(0.0, 0.0, 1920.0, 1080.0)];
        assert!(G.is_on(&screens));
        let gone = Geometry {
            x: Some(2500.0),
            ..G
        };
        assert!(!gone.is_on(&screens));
        assert!(gone.is_on(&[(0.0, 0.0, 1920.0, 1080.0), (1920.0, 0.0, 2560.0, 1440.0)]));
    }
}
