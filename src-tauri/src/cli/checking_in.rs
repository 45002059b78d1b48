//! `aloud start|finish|cancel` and `aloud ideas`: timed check-ins from a terminal.
use super::args::{IdeasArgs, StartArgs};
use super::run::{say, show};
use aloud_core::checkin::CheckIn;
use aloud_core::model::Source;
use aloud_core::{Result, Tracker};

pub fn start(t: &mut Tracker, a: &StartArgs) -> Result<()> {
    let started = t.start_checkin(&a.habit, Source::Cli)?;
    let opened = match (&started.link, a.no_open) {
        (Some(link), false) => Some(crate::open_link::open(link.url.as_str())),
        _ => None,
    };
    if a.json {
        return show(true, &started, |_| String::new());
    }
    let c = &started.checkin;
    let mut lines = vec![format!(
        "Started a {} check-in of {}; `aloud finish` logs it.",
        c.habit,
        length(c)
    )];
    match (&started.link, opened) {
        (None, _) => lines.push(
            "No network link yet: add one with `aloud link add NAME URL`. The clock runs.".into(),
        ),
        (Some(link), Some(Err(e))) => lines.push(format!(
            "Could not open {} ({e}); open it yourself: {}",
            link.name.as_str(),
            link.url.as_str()
        )),
        (Some(link), _) => lines.push(format!("{}: {}", link.name.as_str(), link.url.as_str())),
    }
    if let Some(idea) = t.idea_for(c.habit.as_str(), c.date)? {
        lines.push(format!("An idea: {idea}"));
    }
    say(&lines.join("\n"))
}

pub fn finish(t: &mut Tracker, json: bool) -> Result<()> {
    let finished = t.finish_checkin(Source::Cli)?;
    show(json, &finished, |f| {
        let minutes = f.entry.minutes.unwrap_or_default();
        if f.by_itself {
            format!(
                "The {} check-in had ended by itself; logged with its length, {minutes} min.",
                f.entry.habit
            )
        } else {
            format!("Logged {} with {minutes} min.", f.entry.habit)
        }
    })
}

pub fn cancel(t: &mut Tracker) -> Result<()> {
    let c = t.cancel_checkin()?;
    say(&format!(
        "Cancelled the {} check-in; nothing was logged.",
        c.habit
    ))
}

pub fn ideas(t: &mut Tracker, a: &IdeasArgs) -> Result<()> {
    if let Some(file) = &a.set {
        let text = if file.as_os_str() == "-" {
            std::io::read_to_string(std::io::stdin()).map_err(|e| {
                aloud_core::CoreError::invalid(format!("cannot read the ideas: {e}"))
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
            return "No ideas: add some with `aloud ideas HABIT --set FILE`.".into();
        }
        ideas
            .iter()
            .enumerate()
            .map(|(i, idea)| {
                if i == 0 {
                    format!("Today: {idea}")
                } else {
                    format!("       {idea}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn length(c: &CheckIn) -> String {
    let secs = c.length.num_seconds();
    if secs % 60 == 0 {
        format!("{} min", secs / 60)
    } else {
        format!("{secs} s")
    }
}
