//! Pictures of the X screen (for the README's desktop pictures) and a pointer click
//! through XTEST, as a person's hand would make it: the panel's systray is drawn
//! inside the panel's own window, so only the screen shows where Aloud's icon is.
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ConnectionExt, ImageFormat};
use x11rb::protocol::xtest::ConnectionExt as _;
use x11rb::wrapper::ConnectionExt as _;

/// An RGB picture of part of the screen.
#[derive(PartialEq, Eq)]
pub struct Shot {
    pub width: u32,
    pub height: u32,
    /// Row-major RGB bytes.
    pub rgb: Vec<u8>,
}

impl Shot {
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 3] {
        let i = ((y * self.width + x) * 3) as usize;
        [self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]]
    }

    /// A PNG file's pixels (its alpha, if any, dropped).
    pub fn load_png(path: &std::path::Path) -> Shot {
        Shot::load_png_over(path, [0, 0, 0])
    }

    /// A PNG file's pixels laid over `background` as a panel lays an icon.
    pub fn load_png_over(path: &std::path::Path, background: [u8; 3]) -> Shot {
        let file = std::io::BufReader::new(std::fs::File::open(path).unwrap());
        let mut decoder = png::Decoder::new(file);
        decoder.set_transformations(png::Transformations::normalize_to_color8());
        let mut reader = decoder.read_info().unwrap();
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buffer).unwrap();
        let channels = info.color_type.samples();
        let over = |p: &[u8]| {
            let alpha = if channels == 4 { u32::from(p[3]) } else { 255 };
            let mix =
                |c: u8, b: u8| ((u32::from(c) * alpha + u32::from(b) * (255 - alpha)) / 255) as u8;
            [
                mix(p[0], background[0]),
                mix(p[1], background[1]),
                mix(p[2], background[2]),
            ]
        };
        let rgb = buffer[..info.buffer_size()]
            .chunks_exact(channels)
            .flat_map(over)
            .collect();
        Shot {
            width: info.width,
            height: info.height,
            rgb,
        }
    }

    pub fn save_png(&self, path: &std::path::Path) {
        let file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
        let mut encoder = png::Encoder::new(file, self.width, self.height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&self.rgb).unwrap();
    }
}

/// The screen's size.
pub fn size() -> (u32, u32) {
    let (conn, n) = x11rb::connect(None).expect("an X display");
    let screen = &conn.setup().roots[n];
    (
        u32::from(screen.width_in_pixels),
        u32::from(screen.height_in_pixels),
    )
}

/// The screen's pixels in the rectangle (x, y, width, height), clipped to the screen.
pub fn capture(x: u32, y: u32, width: u32, height: u32) -> Shot {
    capture_on(None, x, y, width, height)
}

/// `capture` on `display` (None: `$DISPLAY`).
pub fn capture_on(display: Option<&str>, x: u32, y: u32, width: u32, height: u32) -> Shot {
    let (conn, n) = x11rb::connect(display).expect("an X display");
    let root = conn.setup().roots[n].root;
    let (sw, sh) = {
        let screen = &conn.setup().roots[n];
        (
            u32::from(screen.width_in_pixels),
            u32::from(screen.height_in_pixels),
        )
    };
    let width = width.min(sw.saturating_sub(x));
    let height = height.min(sh.saturating_sub(y));
    let image = conn
        .get_image(
            ImageFormat::Z_PIXMAP,
            root,
            x as i16,
            y as i16,
            width as u16,
            height as u16,
            !0,
        )
        .unwrap()
        .reply()
        .unwrap();
    // Depth 24 in 32-bit little-endian pixels: B, G, R, unused.
    let rgb = image
        .data
        .chunks_exact(4)
        .flat_map(|p| [p[2], p[1], p[0]])
        .collect();
    Shot { width, height, rgb }
}

/// Moves the pointer to (x, y) and clicks `button` (1 left, 3 right).
pub fn click(x: i16, y: i16, button: u8) {
    click_on(None, x, y, button);
}

/// `click` on `display` (None: `$DISPLAY`).
pub fn click_on(display: Option<&str>, x: i16, y: i16, button: u8) {
    let (conn, n) = x11rb::connect(display).expect("an X display");
    let root = conn.setup().roots[n].root;
    const MOTION: u8 = 6;
    const PRESS: u8 = 4;
    const RELEASE: u8 = 5;
    // With a hand's pauses: toolkits that track the pointer (Qt Quick) see it
    // arrive before the press.
    conn.xtest_fake_input(MOTION, 0, 0, root, x, y, 0).unwrap();
    conn.sync().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(60));
    conn.xtest_fake_input(PRESS, button, 0, root, 0, 0, 0)
        .unwrap();
    conn.sync().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(40));
    conn.xtest_fake_input(RELEASE, button, 0, root, 0, 0, 0)
        .unwrap();
    conn.sync().unwrap();
}

/// Presses and releases the key that types `keysym` (X11 keysym, e.g. 0xff54 Down,
/// 0xff0d Return) on `display`.
pub fn key_on(display: Option<&str>, keysym: u32) {
    let (conn, n) = x11rb::connect(display).expect("an X display");
    let root = conn.setup().roots[n].root;
    let (min, max) = (conn.setup().min_keycode, conn.setup().max_keycode);
    let map = conn
        .get_keyboard_mapping(min, max - min + 1)
        .unwrap()
        .reply()
        .unwrap();
    let per = usize::from(map.keysyms_per_keycode);
    let index = map
        .keysyms
        .chunks(per)
        .position(|syms| syms.contains(&keysym))
        .expect("a key for the keysym");
    let keycode = min + index as u8;
    const PRESS: u8 = 2;
    const RELEASE: u8 = 3;
    conn.xtest_fake_input(PRESS, keycode, 0, root, 0, 0, 0)
        .unwrap();
    conn.sync().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(30));
    conn.xtest_fake_input(RELEASE, keycode, 0, root, 0, 0, 0)
        .unwrap();
    conn.sync().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(30));
}
