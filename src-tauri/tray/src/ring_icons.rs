//! The progress ring's icons, 0 to 3 done, as RGBA pixels: one set readable on
//! light and dark panels alike (tools/make-icons.py says how,
//! tests/tests/ring_contrast.rs checks it), so nothing needs to know the panel's
//! colour. Each platform's tray icon turns them into its own format.
const PNGS: [&[u8]; 4] = [
    include_bytes!("../../../icons/tray-0.png"),
    include_bytes!("../../../icons/tray-1.png"),
    include_bytes!("../../../icons/tray-2.png"),
    include_bytes!("../../../icons/tray-3.png"),
];

/// One icon: `width × height` pixels of red, green, blue and alpha.
pub struct Rgba {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

/// The icon for `step` (0 to 3), decoded.
pub fn rgba(step: usize) -> Option<Rgba> {
    decode(PNGS.get(step)?)
}

fn decode(bytes: &[u8]) -> Option<Rgba> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut buffer = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buffer).ok()?;
    let pixels = &buffer[..info.buffer_size()];
    let pixels = match info.color_type {
        png::ColorType::Rgba => pixels.to_vec(),
        png::ColorType::Rgb => pixels
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        _ => return None,
    };
    Some(Rgba {
        width: info.width,
        height: info.height,
        pixels,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_rings_decode_on_a_transparent_background() {
        for step in 0..4 {
            let icon = rgba(step).expect("a decoded icon");
            assert_eq!(icon.pixels.len(), (icon.width * icon.height * 4) as usize);
            assert!(icon.pixels.chunks(4).any(|p| p[3] == 0));
            assert!(icon.pixels.chunks(4).any(|p| p[3] == 255));
        }
        assert!(rgba(4).is_none());
    }
}
