//! The tray's ring stands out on every panel without a setting: its four pictures
//! (0 to 3 done), laid over the panels' own colours as a panel lays them, measured
//! as the real desktops' pictures are (src/contrast.rs). The real panels are
//! measured in gnome.rs and plasma.rs.
use aloud_e2e::contrast::icon_on_panel;
use aloud_e2e::screen::Shot;
use std::path::PathBuf;

fn ring(done: usize) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../icons/tray-{done}.png"))
}

#[test]
fn every_ring_stands_out_on_light_and_dark_panels_alike() {
    // GNOME's top bar (as drawn, and plain black), Plasma's Breeze panel (as drawn
    // over the default wallpaper, and plain), Breeze Dark, Xfce's default, white.
    let panels = [
        [35, 35, 35],
        [0, 0, 0],
        [207, 210, 212],
        [239, 240, 241],
        [49, 54, 59],
        [43, 43, 43],
        [255, 255, 255],
    ];
    for done in 0..4 {
        for panel in panels {
            let shot = Shot::load_png_over(&ring(done), panel);
            let (measured, contrast) = icon_on_panel(&shot);
            assert_eq!(measured, panel);
            assert!(contrast >= 3.0, "{done} done on {panel:?}: {contrast:.2}:1");
        }
    }
}

#[test]
fn done_segments_are_green_and_each_step_shows_more_of_them() {
    let green: Vec<usize> = (0..4)
        .map(|done| {
            let shot = Shot::load_png_over(&ring(done), [255, 255, 255]);
            (0..shot.height)
                .flat_map(|y| (0..shot.width).map(move |x| (x, y)))
                .filter(|&(x, y)| {
                    let [r, g, b] = shot.pixel(x, y);
                    g > r.saturating_add(40) && g > b.saturating_add(40)
                })
                .count()
        })
        .collect();
    assert_eq!(green[0], 0);
    assert!(green.windows(2).all(|w| w[1] > w[0]), "{green:?}");
}
