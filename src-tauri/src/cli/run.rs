//! Carries out one subcommand against the tracker and prints the result.
use super::args::{Command, HabitCommand, LinkCommand, PauseArgs};
use super::text;
use aloud_core::model::{HabitId, HabitPatch, NewHabit, Source};
use aloud_core::tracker::LogRequest;
use aloud_core::{CoreError, Result, Tracker};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// Days `history` shows when no range is given.
const DEFAULT_HISTORY_DAYS: i64 = 30;

pub fn run(command: Command, data_dir: &Path) -> Result<()> {
    // Read the import file before opening the database, so a missing file changes nothing.
    let import_text = match &command {
        Command::Import(a) => Some(crate::files::read_text(&a.file)?),
        _ => None,
    };
    let mut t = crate::environment::open_tracker(data_dir)?;
    if command.json() {
        t.speak(aloud_core::i18n::Language::En);
    }
    match command {
        Command::Log(a) => {
            let outcome = t.log(&LogRequest {
                habit: &a.habit,
                date: a.date,
                note: a.note.as_deref(),
                minutes: a.minutes,
                need: a.need.as_deref(),
                source: Some(Source::Cli),
                with: (!a.with.is_empty()).then(|| a.with.iter().map(String::as_str).collect()),
            })?;
            say(&text::logged(&t, &outcome))
        }
        Command::Undo(a) => {
            let outcome = t.undo(&a.habit, a.date)?;
            say(&text::undone(&outcome))
        }
        Command::Skip(a) => {
            let skip = t.skip(&a.habit, a.date)?;
            say(&format!(
                "Skipped {} on {}: the day won't count against the streak.",
                skip.habit, skip.date
            ))
        }
        Command::Status(f) => {
            let mut status = t.status()?;
            // Only the running tray app knows; asked for the JSON, which promises it.
            if f.json {
                if let Ok(bus) = zbus::blocking::Connection::session() {
                    status.presence = crate::instance::ask_presence(&bus).0;
                }
            }
            let c = t.catalogue()?;
            show(f.json, &status, |s| text::status(c, s))
        }
        Command::History(a) => {
            let to = a.to.unwrap_or_else(|| t.today());
            let from = a
                .from
                .unwrap_or(to - chrono::Duration::days(DEFAULT_HISTORY_DAYS - 1));
            show(a.json, &t.history(from, to)?, |rows| text::history(rows))
        }
        Command::Stats(f) => show(f.json, &t.stats()?, |s| text::stats(s)),
        Command::Habits(f) => show(f.json, &t.habits()?, |h| text::habits(h)),
        Command::Habit(HabitCommand::Set(a)) => {
            let patch = HabitPatch {
                name: a.name,
                trigger: a.trigger,
                prompt: a.prompt,
                time: a.time,
                days: a.days,
                enabled: a.enabled,
                archived: a.archived,
                latest: a.latest.map(|l| l.0),
                link: a.link.map(|l| (l.trim() != "default").then_some(l)),
            };
            let change = t.set_habit(&a.id, &patch)?;
            say(&format!(
                "Updated {}.\n{}",
                change.habit.id,
                text::habits(std::slice::from_ref(&change.habit))
            ))
        }
        Command::Habit(HabitCommand::Add(a)) => {
            let change = t.add_habit(&NewHabit {
                id: Some(HabitId::parse(&a.id)?),
                name: a.name,
                trigger: a.trigger,
                prompt: a.prompt,
                time: a.time,
                days: a.days,
                latest: a.latest,
            })?;
            say(&format!(
                "Added {}.\n{}",
                change.habit.id,
                text::habits(std::slice::from_ref(&change.habit))
            ))
        }
        Command::Pause(a) => pause(&mut t, &a),
        Command::Export(a) => {
            let body = a.format.render(&t)?;
            match a.output {
                Some(path) => {
                    crate::files::write_private(&path, body.as_bytes())?;
                    crate::report!("Exported to {}", path.display());
                    Ok(())
                }
                None => print_raw(&body),
            }
        }
        Command::Review(a) => {
            if let (Some(rating), Some(responses)) = (a.rating, a.responses) {
                let check = t.record_benefit_check(a.date, rating, responses)?;
                if !a.json {
                    say(&format!(
                        "Recorded the benefits check for the week of {}: {} of 5, {} responses.",
                        check.week, check.rating, check.responses
                    ))?;
                }
            }
            show(a.json, &t.review()?, text::review)
        }
        Command::Assess(a) => {
            if a.history {
                return show(a.json, &t.assessment_history()?, |h| text::assessments(h));
            }
            let answers = match a.answers {
                Some(answers) => answers,
                None => super::assess::ask(
                    t.catalogue()?,
                    &mut std::io::stdin().lock(),
                    &mut std::io::stdout(),
                )?,
            };
            let attempt = t.record_assessment(answers)?;
            let view = t.mindsets_view()?;
            let c = t.catalogue()?;
            show(a.json, &attempt, |at| text::assessed(c, at, &view))
        }
        Command::Backup => {
            let path = t.backup_now()?;
            say(&format!("Backed up to {}", path.display()))
        }
        Command::Restore(a) => match a.file {
            Some(file) => {
                let path = t.restore(&file)?;
                say(&format!(
                    "Restored {}. What it replaced was backed up first (`aloud restore --list`).",
                    path.display()
                ))
            }
            None => say(&text::backups(&t.backups()?)),
        },
        Command::Config(a) => match (a.key, a.value) {
            (Some(key), Some(value)) => {
                t.set_setting(&key, &value)?;
                say(&format!("{key} = {}", value.trim()))
            }
            (Some(key), None) => Err(CoreError::invalid(format!(
                "give a value for {key}, e.g. `aloud config snooze 10m`"
            ))),
            (None, _) => show(a.json, &t.settings()?, text::settings),
        },
        Command::Start(a) => super::checking_in::start(&mut t, &a),
        Command::Finish(f) => super::checking_in::finish(&mut t, f.json),
        Command::Cancel => super::checking_in::cancel(&mut t),
        Command::Links(f) => show(f.json, &t.links()?, |links| text::links(links)),
        Command::Link(LinkCommand::Add(a)) => {
            let link = t.add_link(&a.name, &a.url, a.default)?;
            say(&format!(
                "Saved the link {}.\n{}",
                link.name.as_str(),
                text::links(&t.links()?)
            ))
        }
        Command::Link(LinkCommand::Remove(a)) => {
            let fell_back = t.remove_link(&a.name)?;
            let mut line = format!("Removed the link {}.", a.name.trim());
            if !fell_back.is_empty() {
                let ids: Vec<&str> = fell_back.iter().map(|h| h.as_str()).collect();
                line += &format!(" {} now open the default link.", ids.join(", "));
            }
            say(&line)
        }
        Command::Link(LinkCommand::Default(a)) => {
            let link = t.set_default_link(&a.name)?;
            say(&format!("{} is the default link now.", link.name.as_str()))
        }
        Command::Ideas(a) => super::checking_in::ideas(&mut t, &a),
        Command::People(a) => super::people::run(&mut t, a),
        Command::Import(_) => {
            let summary = t.import_json(import_text.as_deref().unwrap_or_default())?;
            say(&format!(
                "Imported {} habits, {} entries, {} skips, {} pauses, {} settings, {} benefits checks, {} names.",
                summary.habits,
                summary.entries,
                summary.skips,
                summary.pauses,
                summary.settings,
                summary.benefit_checks,
                summary.people
            ))
        }
    }
}

fn pause(t: &mut Tracker, a: &PauseArgs) -> Result<()> {
    let pause = match (a.length, a.until, a.off) {
        (Some(length), _, _) => t.pause_for(length)?,
        (_, Some(date), _) => t.pause_until(date)?,
        _ => {
            let ended = t.resume()?;
            return say(if ended == 0 {
                "Reminders were not paused."
            } else {
                "Reminders are back on."
            });
        }
    };
    say(&format!(
        "Reminders paused until {}.",
        pause
            .until
            .with_timezone(&t.tz())
            .format("%a %e %b %Y %H:%M")
    ))
}

pub(super) fn show<T: Serialize + ?Sized>(
    json: bool,
    value: &T,
    human: impl Fn(&T) -> String,
) -> Result<()> {
    if json {
        let text =
            serde_json::to_string_pretty(value).map_err(|e| CoreError::invalid(e.to_string()))?;
        say(&text)
    } else {
        say(&human(value))
    }
}

pub(super) fn say(line: &str) -> Result<()> {
    print_raw(&format!("{line}\n"))
}

fn print_raw(body: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(body.as_bytes())
        .and_then(|_| out.flush())
        .map_err(|e| CoreError::io("writing to standard output", e))
}
