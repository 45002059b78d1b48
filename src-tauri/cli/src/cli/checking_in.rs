//! `aloud start|finish|cancel` and `aloud ideas`: timed check-ins from a terminal.
use super::args::{IdeasArgs, StartArgs};
use super::output::{say, show};
use aloud_core::checkin::CheckIn;
use aloud_core::i18n::{key, Args, Catalogue};
use aloud_core::model::Source;
use aloud_core::{Result, Tracker};

pub fn start(words: &Catalogue, t: &mut Tracker, a: &StartArgs) -> Result<()> {
    let started = t.start_checkin(&a.habit, Source::Cli)?;
    let opened = match (&started.link, a.no_open) {
        (Some(link), false) => Some(crate::open_link::open(link.url.as_str())),
        _ => None,
    };
    if a.json {
        return show(true, &started, |_| String::new());
    }
    let c = &started.checkin;
    let args = Args::new()
        .str("habit", c.habit.as_str())
        .str("length", length(words, c));
    let mut lines = vec![words.msg_with("cli-started", &args)];
    match (&started.link, opened) {
        (None, _) => lines.push(words.msg("cli-started-no-link")),
        (Some(link), Some(Err(e))) => {
            let args = Args::new()
                .str("link", link.name.as_str())
                .str("why", e.to_string())
                .str("url", link.url.as_str());
            lines.push(words.msg_with("cli-could-not-open", &args))
        }
        (Some(link), _) => lines.push(format!("{}: {}", link.name.as_str(), link.url.as_str())),
    }
    if let Some(idea) = t.idea_for(c.habit.as_str(), c.date)? {
        lines.push(words.msg_with("ui-an-idea", &Args::new().str("idea", idea)));
    }
    say(&lines.join("\n"))
}

pub fn finish(c: &Catalogue, t: &mut Tracker, json: bool) -> Result<()> {
    let finished = t.finish_checkin(Source::Cli)?;
    show(json, &finished, |f| {
        let args = Args::new()
            .str("habit", f.entry.habit.as_str())
            .num("minutes", f.entry.minutes.unwrap_or_default());
        let k = if f.by_itself {
            key("cli-finished-by-itself")
        } else {
            key("cli-finished")
        };
        c.msg_with(k, &args)
    })
}

pub fn cancel(c: &Catalogue, t: &mut Tracker) -> Result<()> {
    let cancelled = t.cancel_checkin()?;
    let args = Args::new().str("habit", cancelled.habit.as_str());
    say(&c.msg_with("cli-cancelled", &args))
}

pub fn ideas(c: &Catalogue, t: &mut Tracker, a: &IdeasArgs) -> Result<()> {
    if let Some(file) = &a.set {
        let text = if file.as_os_str() == "-" {
            std::io::read_to_string(std::io::stdin()).map_err(|e| {
                let why = Args::new().str("why", e.to_string());
                aloud_core::CoreError::invalid(c.msg_with("cli-cannot-read-ideas", &why))
            })?
        } else {
            crate::files::read_text(file)?
        };
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        t.set_ideas(&a.habit, Some(&lines))?;
    } else if a.reset {
        t.set_ideas(&a.habit, None)?;
    }
    let ideas = t.ideas(&a.habit)?;
    let today = t.idea_for(&a.habit, t.today())?;
    // Today's first, then the rest in their order.
    let ordered: Vec<&String> = today
        .iter()
        .chain(ideas.iter().filter(|i| Some(*i) != today.as_ref()))
        .collect();
    show(a.json, &ordered, |ideas| {
        if ideas.is_empty() {
            return c.msg("cli-no-ideas");
        }
        let today = c.msg("cli-ideas-today");
        let indent = " ".repeat(today.chars().count() + 1);
        ideas
            .iter()
            .enumerate()
            .map(|(i, idea)| {
                if i == 0 {
                    format!("{today} {idea}")
                } else {
                    format!("{indent}{idea}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn length(words: &Catalogue, c: &CheckIn) -> String {
    let secs = c.length.num_seconds();
    if secs % 60 == 0 {
        let minutes = Args::new().num("minutes", (secs / 60) as u32);
        words.msg_with("cli-minutes", &minutes)
    } else {
        words.msg_with("cli-seconds", &Args::new().num("seconds", secs as u32))
    }
}
