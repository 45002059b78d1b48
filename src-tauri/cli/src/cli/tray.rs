//! `aloud-tray`'s own command line: `[--data-dir DIR]`, and `--autostarted` from the
//! login entry. Built apart from `aloud`'s (args.rs), so that the tray app, which
//! runs for months, carries none of the commands' code: only what it parses.
use super::Parsed;
use aloud_core::i18n::{Catalogue, Language};
use clap::{value_parser, Arg, ArgAction, Command};
use std::path::PathBuf;

/// The command as `--help` shows it, in the language of `c`.
pub fn command(c: &Catalogue) -> Command {
    Command::new("aloud-tray")
        .version(env!("CARGO_PKG_VERSION"))
        .about(c.msg("tray-about"))
        .arg(
            Arg::new("data_dir")
                .long("data-dir")
                .value_name("DIR")
                .value_parser(value_parser!(PathBuf))
                .help(c.msg("help-aloud--data-dir")),
        )
        .arg(
            Arg::new("autostarted")
                .long("autostarted")
                .action(ArgAction::SetTrue)
                .hide(true),
        )
        // The toast button's address, which Windows hands over (tray_request.rs).
        .arg(
            Arg::new("answer")
                .long("answer")
                .value_name("URI")
                .hide(true),
        )
        // Added by WebKitWebDriver when it starts the app for end-to-end tests.
        .arg(
            Arg::new("automation")
                .long("automation")
                .action(ArgAction::SetTrue)
                .hide(true),
        )
}

/// Reads the process's arguments: the tray app to start, or an exit code (after
/// `--help`, `--version`, or a refusal in one line).
pub fn parse() -> Parsed {
    let language = Language::for_setting(None);
    aloud_core::i18n::speak_in(language);
    let matches = match command(Catalogue::get(language)).try_get_matches() {
        Ok(matches) => matches,
        Err(e) => return super::not_run("aloud-tray", &e),
    };
    if let Some(code) = matches
        .get_one::<String>("answer")
        .and_then(|a| pass_answer(a))
    {
        return Parsed::Done(code);
    }
    let data_dir = matches.get_one::<PathBuf>("data_dir").map(PathBuf::as_path);
    Parsed::Tray {
        data_dir: crate::environment::data_dir(data_dir),
        autostarted: matches.get_flag("autostarted"),
    }
}

/// Hands a toast's answer to the running tray app: the exit code, 2 for an address
/// that is not one; `None` when no tray app runs (a toast left from an earlier
/// run), which then starts, as a click on its notification asks.
#[cfg(windows)]
fn pass_answer(uri: &str) -> Option<i32> {
    use crate::tray_request::{pass_answer, ToastAnswer};
    let answer = match ToastAnswer::parse(uri) {
        Ok(answer) => answer,
        Err(e) => {
            crate::report!("aloud-tray: {e}");
            return Some(2);
        }
    };
    match pass_answer(&answer) {
        Ok(true) => Some(0),
        // Answered with another run's token: that run's reminder is gone.
        Ok(false) if crate::tray_request::running() => Some(0),
        Ok(false) => None,
        Err(e) => {
            crate::report!("aloud-tray: could not reach the running tray app: {e}");
            Some(1)
        }
    }
}

/// Toasts are Windows'; elsewhere the notification server carries the answers.
#[cfg(not(windows))]
fn pass_answer(uri: &str) -> Option<i32> {
    crate::report!("aloud-tray: --answer is for Windows' notifications: {uri}");
    Some(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tray_takes_its_options_and_refuses_the_rest() {
        let c = Catalogue::get(Language::En);
        let parse = |args: &[&str]| command(c).try_get_matches_from(args);
        let m = parse(&["aloud-tray", "--data-dir", "/tmp/x y", "--autostarted"]).unwrap();
        assert_eq!(
            m.get_one::<PathBuf>("data_dir"),
            Some(&PathBuf::from("/tmp/x y"))
        );
        assert!(m.get_flag("autostarted"));
        assert!(parse(&["aloud-tray", "--automation"]).is_ok());
        assert!(parse(&["aloud-tray", "status"]).is_err());
        assert!(parse(&["aloud-tray", "--data-dir"]).is_err());
        for language in [Language::De, Language::Fr] {
            let help = command(Catalogue::get(language)).render_help().to_string();
            assert!(!help.contains("tray icon"), "{language:?}: {help}");
        }
    }
}
