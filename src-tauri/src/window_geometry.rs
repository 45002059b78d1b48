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

/// Logical pixels: the outer position and the inner (content) size.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Geometry {
    pub x: f64,
    pub y: f64,
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
        crate::files::write_private(&data_dir.join(FILE), text.as_bytes())
            .map_err(std::io::Error::other)
    }

    fn is_sane(&self) -> bool {
        let side = |v: f64, min: f64| v.is_finite() && (min..=MAX_SIDE).contains(&v);
        let place = |v: f64| v.is_finite() && v.abs() <= MAX_SIDE;
        side(self.width, MIN_WIDTH)
            && side(self.height, MIN_HEIGHT)
            && place(self.x)
            && place(self.y)
    }

    /// Whether the window's top-left corner lies on one of the `screens`
    /// (x, y, width, height): a monitor unplugged since must not hide the window.
    pub fn is_on(&self, screens: &[(f64, f64, f64, f64)]) -> bool {
        screens
            .iter()
            .any(|&(x, y, w, h)| self.x >= x && self.x < x + w && self.y >= y && self.y < y + h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const G: Geometry = Geometry {
        x: 40.0,
        y: 30.0,
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
        ] {
            std::fs::write(dir.path().join(FILE), bad).unwrap();
            assert_eq!(Geometry::load(dir.path()), None, "{bad}");
        }
    }

    #[test]
    fn a_window_off_every_screen_is_not_placed_there() {
        let screens = [(0.0, 0.0, 1920.0, 1080.0)];
        assert!(G.is_on(&screens));
        let gone = Geometry { x: 2500.0, ..G };
        assert!(!gone.is_on(&screens));
        assert!(gone.is_on(&[(0.0, 0.0, 1920.0, 1080.0), (1920.0, 0.0, 2560.0, 1440.0)]));
    }
}
