//! The man pages and shell completions, made from the same clap definitions the
//! command line parses with, so they never drift from it. `make package` writes
//! them with `aloud --write-docs DIR` and the packages install them.
use super::args::Cli;
use crate::dashboard_args::DashboardArgs;
use clap::{Command, CommandFactory};
use clap_complete::Shell;
use std::fs;
use std::path::Path;

/// The completions written beside `man1/`, by shell.
const COMPLETIONS: [(Shell, &str); 3] = [
    (Shell::Bash, "aloud.bash"),
    (Shell::Zsh, "_aloud"),
    (Shell::Fish, "aloud.fish"),
];

/// Writes `man1/aloud.1` and a page per subcommand (`aloud-log.1`,
/// `aloud-habit-set.1`…, as the main page refers to them), the pages of the two
/// desktop programs, and the bash, zsh and fish completions.
pub fn write(dir: &Path) -> std::io::Result<()> {
    let man1 = dir.join("man1");
    fs::create_dir_all(&man1)?;
    let mut command = Cli::command();
    command.build();
    pages(&command, "aloud", "aloud", &man1)?;
    pages(&tray_command(), "aloud-tray", "aloud-tray", &man1)?;
    let dashboard = DashboardArgs::command();
    pages(&dashboard, "aloud-dashboard", "aloud-dashboard", &man1)?;
    for (shell, name) in COMPLETIONS {
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut command.clone(), "aloud", &mut script);
        fs::write(dir.join(name), script)?;
    }
    Ok(())
}

/// `aloud-tray`'s own command line (tray.rs), with a page that tells what it is for.
fn tray_command() -> Command {
    let english = aloud_core::i18n::Catalogue::get(aloud_core::i18n::Language::En);
    super::tray::command(english).long_about(
        "The long-lived half of Aloud: the tray icon and its menu, and the reminders \
         at the moments of the day each habit belongs to, held while you are away \
         from your desk. `aloud` with no subcommand starts it, and so does the \
         desktop at login when start at login is on. One runs per user; a second \
         start opens the dashboard of the one running. See aloud(1) for the \
         commands and aloud-dashboard(1) for the window.",
    )
}

/// The page of `command` as `name` (typed as `bin_name`), then those of its
/// subcommands.
fn pages(command: &Command, name: &str, bin_name: &str, man1: &Path) -> std::io::Result<()> {
    let page_of = command
        .clone()
        .name(name.to_string())
        .bin_name(bin_name.to_string());
    let mut page = Vec::new();
    clap_mangen::Man::new(page_of).render(&mut page)?;
    fs::write(man1.join(format!("{name}.1")), page)?;
    // `help` gets its page (the parent names it) but not one per command it explains.
    if command.get_name() != "help" {
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            let sub_name = sub.get_name();
            let bin_name = format!("{bin_name} {sub_name}");
            pages(sub, &format!("{name}-{sub_name}"), &bin_name, man1)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_the_main_page_names_is_written_and_completions_know_every_subcommand() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path()).unwrap();
        let man1 = dir.path().join("man1");
        let page = fs::read_to_string(man1.join("aloud.1")).unwrap();
        let bash = fs::read_to_string(dir.path().join("aloud.bash")).unwrap();
        for sub in Cli::command().get_subcommands() {
            let name = sub.get_name();
            assert!(
                page.contains(&format!("aloud\\-{name}")),
                "aloud(1) lacks {name}"
            );
            assert!(
                man1.join(format!("aloud-{name}.1")).exists(),
                "no page for {name}"
            );
            assert!(bash.contains(name), "the bash completion lacks {name}");
        }
        assert!(man1.join("aloud-habit-set.1").exists());
        for program in ["aloud-tray", "aloud-dashboard"] {
            let page = fs::read_to_string(man1.join(format!("{program}.1"))).unwrap();
            assert!(page.contains("data\\-dir"), "{program}(1): {page}");
        }
        assert!(
            !man1.join("aloud-help-log.1").exists(),
            "help explains, it has no pages"
        );
        let set = fs::read_to_string(man1.join("aloud-habit-set.1")).unwrap();
        assert!(set.contains("latest"), "{set}");
        assert!(
            !page.contains("write\\-docs"),
            "the hidden flag stays hidden"
        );
    }
}
