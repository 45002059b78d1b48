//! `--help` in the person's language. The doc comments in `args.rs` are the English
//! help; the catalogue holds it too, under `help-<subcommand path>` for a command
//! and `help-<path>--<argument>` for an argument, with German and French beside it.
//! The tests below keep the two English copies equal and every language complete.
//! (Clap's own words, such as "Usage:" and "Options:", stay English.)
use aloud_core::i18n::Catalogue;
use clap::Command;

/// The catalogue key of a command's help (`path` from the top, without "aloud").
fn command_key(path: &[&str]) -> String {
    match path {
        [] => "help-aloud".to_string(),
        _ => format!("help-{}", path.join("-")),
    }
}

fn arg_key(path: &[&str], id: &str) -> String {
    format!("{}--{}", command_key(path), id.replace('_', "-"))
}

/// `command` with every help text it shows replaced by the catalogue's.
pub fn localized(command: Command, c: &Catalogue) -> Command {
    localize(command, c, &mut Vec::new())
}

fn localize(mut command: Command, c: &Catalogue, path: &mut Vec<String>) -> Command {
    let here: Vec<&str> = path.iter().map(String::as_str).collect();
    if command.get_about().is_some() {
        command = command.about(c.msg(&command_key(&here))).long_about(None);
    }
    let ids: Vec<String> = command
        .get_arguments()
        .filter(|a| a.get_help().is_some() && !a.is_hide_set())
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let text = c.msg(&arg_key(&here, &id));
        command = command.mut_arg(id, |a| a.help(text).long_help(None));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        path.push(name.clone());
        command = command.mut_subcommand(name, |sub| localize(sub, c, path));
        path.pop();
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::args::Cli;
    use aloud_core::i18n::Language;
    use clap::CommandFactory;

    /// Every help the code shows, with its key: (key, English from the doc comment).
    fn helps(command: &Command, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
        let here: Vec<&str> = path.iter().map(String::as_str).collect();
        if let Some(about) = command.get_about() {
            out.push((command_key(&here), about.to_string()));
        }
        for a in command.get_arguments() {
            if let (Some(help), false) = (a.get_help(), a.is_hide_set()) {
                out.push((arg_key(&here, a.get_id().as_str()), help.to_string()));
            }
        }
        for sub in command.get_subcommands() {
            path.push(sub.get_name().to_string());
            helps(sub, path, out);
            path.pop();
        }
    }

    fn all_helps() -> Vec<(String, String)> {
        let mut out = Vec::new();
        helps(&Cli::command(), &mut Vec::new(), &mut out);
        out
    }

    #[test]
    fn the_english_catalogue_says_what_the_doc_comments_say() {
        let helps = all_helps();
        assert!(helps.len() > 50, "{helps:?}");
        let en = Catalogue::get(Language::En);
        for (key, english) in &helps {
            assert!(en.has(key), "{key} = {english}");
            assert_eq!(&en.msg(key), english, "{key}");
        }
        let mut used: Vec<&String> = helps.iter().map(|(key, _)| key).collect();
        let mut known = Catalogue::english_keys("help-");
        used.sort();
        known.sort();
        assert_eq!(
            used,
            known.iter().collect::<Vec<_>>(),
            "no help the code lacks"
        );
    }

    #[test]
    fn every_help_is_in_every_language_and_shown_in_it() {
        for language in [Language::De, Language::Fr] {
            let c = Catalogue::get(language);
            let en = Catalogue::get(Language::En);
            for (key, _) in all_helps() {
                assert_ne!(c.msg(&key), en.msg(&key), "{language:?} {key} is English");
            }
        }
        let mut german = localized(Cli::command(), Catalogue::get(Language::De));
        let shown = german.render_help().to_string();
        assert!(shown.contains("Den Weg zur Gewohnheit"), "{shown}");
    }
}
