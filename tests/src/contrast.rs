//! How well an icon stands out from the panel it sits on, measured on a picture of
//! the real panel: WCAG's contrast ratio between the panel and the icon's body.
use crate::screen::Shot;
use std::collections::HashMap;

/// WCAG's contrast ratio of two sRGB colours, 1 to 21.
pub fn ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let luminance = |c: [u8; 3]| {
        let linear = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.040_45 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2])
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The panel's colour in `shot` (its most common one) and the contrast of the
/// icon's body against it: of the pixels that differ from the panel at all, the
/// contrast that three quarters of them reach or fall below (so the thin
/// anti-aliased rim, a large share of a 16-pixel icon, does not decide).
/// 1.0 when nothing stands out.
pub fn icon_on_panel(shot: &Shot) -> ([u8; 3], f64) {
    let pixels: Vec<[u8; 3]> = (0..shot.height)
        .flat_map(|y| (0..shot.width).map(move |x| (x, y)))
        .map(|(x, y)| shot.pixel(x, y))
        .collect();
    let mut counts: HashMap<[u8; 3], usize> = HashMap::new();
    for p in &pixels {
        *counts.entry(*p).or_default() += 1;
    }
    let panel = counts
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(c, _)| c)
        .unwrap_or_default();
    let mut ink: Vec<f64> = pixels
        .iter()
        .map(|p| ratio(*p, panel))
        .filter(|r| *r >= 1.2)
        .collect();
    if ink.len() < 12 {
        return (panel, 1.0);
    }
    ink.sort_by(f64::total_cmp);
    (panel, ink[ink.len() * 3 / 4])
}
