//! `aloud <subcommand>`: the core from a terminal. Exit 0 ok, 2 invalid input or
//! usage (one line on stderr, nothing changed), 1 anything else.
mod args;
mod run;
mod text;

use aloud_core::{CoreError, ErrorKind};
use args::Cli;
use clap::Parser;

pub const EXIT_OK: i32 = 0;
pub const EXIT_FAILED: i32 = 1;
pub const EXIT_INVALID: i32 = 2;

pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version
            let _ = e.print();
            return EXIT_OK;
        }
        Err(e) => {
            eprintln!("aloud: {}", one_line(&e.render().to_string()));
            return EXIT_INVALID;
        }
    };
    let data_dir = crate::environment::data_dir(cli.data_dir.as_deref());
    let Some(command) = cli.command else {
        return crate::gui::run(&data_dir, cli.autostarted);
    };
    match run::run(command, &data_dir) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("aloud: {e}");
            exit_code(&e)
        }
    }
}

fn exit_code(e: &CoreError) -> i32 {
    match e.kind() {
        ErrorKind::Invalid => EXIT_INVALID,
        _ => EXIT_FAILED,
    }
}

/// Clap's first paragraph (the error itself, without usage and tips) on one line.
fn one_line(rendered: &str) -> String {
    let first = rendered.split("\n\n").next().unwrap_or(rendered);
    let words: Vec<&str> = first.split_whitespace().collect();
    words.join(" ").trim_start_matches("error: ").to_string()
}
