//! `aloud <subcommand>`: the core from a terminal. Exit 0 ok, 2 invalid input or
//! usage (one line on stderr, nothing changed), 1 anything else.
mod args;
mod assess;
mod automaticity;
mod calendars;
mod checking_in;
mod docs;
mod help;
mod output;
mod people;
mod rhythm;
mod run;
mod text;
pub mod tray;

use aloud_core::{CoreError, ErrorKind};
use args::Cli;
use clap::{CommandFactory, FromArgMatches};
use std::path::PathBuf;

pub const EXIT_OK: i32 = 0;
pub const EXIT_FAILED: i32 = 1;
pub const EXIT_INVALID: i32 = 2;

/// What the command line asked for.
pub enum Parsed {
    /// A subcommand ran (or the arguments were refused) with this exit code.
    Done(i32),
    /// No subcommand: start the tray app.
    Tray {
        data_dir: PathBuf,
        autostarted: bool,
    },
}

pub fn parse() -> Parsed {
    // Refusals of the arguments themselves come before any setting is read.
    let language = aloud_core::i18n::Language::for_setting(None);
    aloud_core::i18n::speak_in(language);
    let command = help::localized(Cli::command(), aloud_core::i18n::Catalogue::get(language));
    let parsed = command
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return not_run("aloud", &e),
    };
    if let Some(dir) = &cli.write_docs {
        return Parsed::Done(match docs::write(dir) {
            Ok(()) => EXIT_OK,
            Err(e) => {
                crate::report!("aloud: cannot write the docs into {}: {e}", dir.display());
                EXIT_FAILED
            }
        });
    }
    let data_dir = crate::environment::data_dir(cli.data_dir.as_deref());
    let Some(command) = cli.command else {
        return Parsed::Tray {
            data_dir,
            autostarted: cli.autostarted,
        };
    };
    Parsed::Done(match run::run(command, &data_dir) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            crate::report!("aloud: {e}");
            exit_code(&e)
        }
    })
}

/// Replaces this process with `aloud-tray` from the same folder, with the same
/// arguments; it only returns if that fails.
pub fn exec_tray() -> i32 {
    let tray = std::env::current_exe()
        .ok()
        .and_then(|exe| Some((exe.parent()?.join(tray_binary()), exe)));
    let Some((tray, launcher)) = tray else {
        crate::report!("aloud: cannot find where aloud is installed");
        return EXIT_FAILED;
    };
    let mut command = std::process::Command::new(&tray);
    command
        .args(std::env::args_os().skip(1))
        .env(crate::autostart::LAUNCHER_ENV, &launcher);
    #[cfg(unix)]
    let error = std::os::unix::process::CommandExt::exec(&mut command);
    #[cfg(not(unix))]
    let error = match command.status() {
        Ok(status) => return status.code().unwrap_or(EXIT_FAILED),
        Err(e) => e,
    };
    crate::report!(
        "aloud: cannot start the tray app {}: {error}",
        tray.display()
    );
    EXIT_FAILED
}

/// `aloud-tray`, `aloud-tray.exe` on Windows.
fn tray_binary() -> String {
    format!("aloud-tray{}", std::env::consts::EXE_SUFFIX)
}

fn exit_code(e: &CoreError) -> i32 {
    match e.kind() {
        ErrorKind::Invalid => EXIT_INVALID,
        _ => EXIT_FAILED,
    }
}

/// Clap's first paragraph (the error itself, without usage and tips) on one line.
/// After `--help` or `--version` (printed, exit 0), or a refusal of the arguments
/// (one line on stderr, exit 2).
fn not_run(program: &str, e: &clap::Error) -> Parsed {
    if e.use_stderr() {
        crate::report!("{program}: {}", one_line(&e.render().to_string()));
        Parsed::Done(EXIT_INVALID)
    } else {
        let _ = e.print();
        Parsed::Done(EXIT_OK)
    }
}

fn one_line(rendered: &str) -> String {
    let first = rendered.split("\n\n").next().unwrap_or(rendered);
    let words: Vec<&str> = first.split_whitespace().collect();
    words.join(" ").trim_start_matches("error: ").to_string()
}
