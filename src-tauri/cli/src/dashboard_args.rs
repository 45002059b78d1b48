//! The command line of `aloud-dashboard`, here so that its manual page is made from
//! the same definition (`aloud --write-docs`).
use crate::panel::Panel;
use aloud_core::i18n::{Args, Catalogue};
use clap::Parser;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "aloud-dashboard",
    version,
    about = "The Aloud dashboard window (the tray app starts it).",
    long_about = "The Aloud dashboard window: Today, History, Review, Mindsets and \
        Settings. The tray app starts it when its icon is clicked; closing the window \
        ends it. A second start while one is open shows the panel asked for in the \
        window already open. See aloud(1) and aloud-tray(1)."
)]
pub struct DashboardArgs {
    /// Where the history lives (default: $ALOUD_DATA_DIR, else ~/.local/share/app.aloud.Aloud).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// The panel to show: today, mindsets or welcome.
    #[arg(long, default_value = "today", value_parser = parse_panel)]
    pub panel: Panel,

    /// What the tray app restored at its start (a damaged history), to tell here.
    #[arg(long, hide = true, value_name = "MESSAGE")]
    pub restored: Option<String>,

    /// Added by WebKitWebDriver in end-to-end tests; ignored.
    #[arg(long, hide = true)]
    pub automation: bool,
}

fn parse_panel(name: &str) -> Result<Panel, String> {
    Panel::parse(name).ok_or_else(|| {
        let known: Vec<&str> = Panel::ALL.iter().map(|p| p.name()).collect();
        let args = Args::new()
            .str("value", name)
            .str("what", "panel")
            .str("known", known.join(", "));
        Catalogue::for_setting(None).msg_with("error-not-one-of", &args)
    })
}
