//! `make screenshots` keeps working: the tool pictures every panel in light and dark,
//! and Aloud on a real desktop.
use std::process::Command;

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

#[test]
fn every_panel_is_pictured_in_light_and_dark() {
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_screenshots"))
        .arg(out.path())
        .status()
        .unwrap();
    assert!(status.success());
    for panel in [
        "today", "history", "review", "network", "mindsets", "settings",
    ] {
        let light = std::fs::read(out.path().join(format!("{panel}-light.png"))).unwrap();
        let dark = std::fs::read(out.path().join(format!("{panel}-dark.png"))).unwrap();
        let (width, height) = png_size(&light);
        assert_eq!(width, 1100, "{panel}");
        assert!(height >= 600, "{panel}: {height}");
        assert_eq!(png_size(&dark), (width, height));
        assert_ne!(light, dark, "{panel}: dark looks the same as light");
    }
    // Today and Mindsets in German and French, as wide as the English ones.
    for picture in ["today-de", "mindsets-de", "today-fr", "mindsets-fr"] {
        let bytes = std::fs::read(out.path().join(format!("{picture}.png"))).unwrap();
        let (width, height) = png_size(&bytes);
        assert_eq!(width, 1100, "{picture}");
        assert!(height >= 600, "{picture}: {height}");
    }
    // Review's curve of a habit's automaticity, light and dark, German and French.
    let curve =
        |name: &str| std::fs::read(out.path().join(format!("automaticity-{name}.png"))).unwrap();
    let (light, dark) = (curve("light"), curve("dark"));
    let (width, height) = png_size(&light);
    assert!(
        width >= 500 && (150..=400).contains(&height),
        "the curve: {width}×{height}"
    );
    assert_eq!(png_size(&dark), (width, height));
    assert_ne!(light, dark, "the curve: dark looks the same as light");
    for language in ["de", "fr"] {
        assert_ne!(
            curve(language),
            light,
            "the curve in {language} looks English"
        );
    }
    // And the real desktop: the ring in xfce4-panel, its open menu, a reminder in dunst.
    for (name, size) in [
        ("panel", (420, 36)),
        ("panel-menu", (540, 320)),
        ("reminder-dunst", (460, 200)),
    ] {
        let picture = std::fs::read(out.path().join(format!("{name}.png"))).unwrap();
        assert_eq!(png_size(&picture), size, "{name}");
    }
}
