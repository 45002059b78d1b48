//! Carries out one subcommand against the tracker and prints the result.
use super::args::{Command, ConfigArgs, ConfigCommand, HabitCommand, LinkCommand, PauseArgs};
use super::output::{print_raw, say, show};
use super::text;
use aloud_core::i18n::{key, Args, Catalogue};
use aloud_core::model::{HabitId, HabitPatch, NewHabit, Source};
use aloud_core::tracker::LogRequest;
use aloud_core::{CoreError, Result, Tracker};
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
    // Refusals are said in the person's language, whatever the output is in.
    aloud_core::i18n::speak_in(t.person_catalogue()?.language());
    if command.json() {
        t.speak(aloud_core::i18n::Language::En);
    }
    let c = t.catalogue()?;
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
            say(&text::logged(c, &t, &outcome))
        }
        Command::Undo(a) => {
            let outcome = t.undo(&a.habit, a.date)?;
            say(&text::undone(c, &outcome))
        }
        Command::Skip(a) => {
            let skip = t.skip(&a.habit, a.date)?;
            let args = Args::new()
                .str("habit", skip.habit.as_str())
                .str("date", skip.date.to_string());
            say(&c.msg_with("cli-skipped", &args))
        }
        Command::Status(f) => {
            // `presence` is what the running tray app recorded (unknown without it).
            let status = t.status()?;
            show(f.json, &status, |s| text::status(c, s))
        }
        Command::History(a) => {
            let to = a.to.unwrap_or_else(|| t.today());
            let from = a
                .from
                .unwrap_or(to - chrono::Duration::days(DEFAULT_HISTORY_DAYS - 1));
            show(a.json, &t.history(from, to)?, |rows| text::history(c, rows))
        }
        Command::Stats(f) => show(f.json, &t.stats()?, |s| text::stats(c, s)),
        Command::Habits(f) => show(f.json, &t.habits()?, |h| text::habits(c, h)),
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
                prompts: a.prompts,
                starter: a.starter,
                anchor: a.anchor,
                lead: a.lead,
            };
            let change = t.set_habit(&a.id, &patch)?;
            let args = Args::new().str("habit", change.habit.id.as_str());
            say(&format!(
                "{}\n{}",
                c.msg_with("cli-habit-updated", &args),
                text::habits(c, std::slice::from_ref(&change.habit))
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
            let args = Args::new().str("habit", change.habit.id.as_str());
            say(&format!(
                "{}\n{}",
                c.msg_with("cli-habit-added", &args),
                text::habits(c, std::slice::from_ref(&change.habit))
            ))
        }
        Command::Pause(a) => pause(c, &mut t, &a),
        Command::Export(a) => {
            let body = a.format.render(&t)?;
            match a.output {
                Some(path) => {
                    crate::files::write_private(&path, body.as_bytes())?;
                    let args = Args::new().str("path", path.display().to_string());
                    crate::report!("{}", c.msg_with("cli-exported", &args));
                    Ok(())
                }
                None => print_raw(&body),
            }
        }
        Command::Review(a) => {
            if let (Some(rating), Some(responses)) = (a.rating, a.responses) {
                let check = t.record_benefit_check(a.date, rating, responses)?;
                if !a.json {
                    let args = Args::new()
                        .str("week", check.week.to_string())
                        .num("rating", check.rating)
                        .num("responses", check.responses);
                    say(&c.msg_with("cli-check-recorded", &args))?;
                }
            }
            show(a.json, &t.review()?, |r| text::review(c, r))
        }
        Command::Assess(a) => {
            if a.history {
                return show(a.json, &t.assessment_history()?, |h| {
                    text::assessments(c, h)
                });
            }
            let answers = match a.answers {
                Some(answers) => answers,
                None => {
                    super::assess::ask(c, &mut std::io::stdin().lock(), &mut std::io::stdout())?
                }
            };
            let attempt = t.record_assessment(answers)?;
            let view = t.mindsets_view()?;
            show(a.json, &attempt, |at| text::assessed(c, at, &view))
        }
        Command::Check(a) => super::automaticity::check(c, &mut t, a),
        Command::Automaticity(a) => super::automaticity::automaticity(c, &t, a),
        Command::Backup => {
            let path = t.backup_now()?;
            let args = Args::new().str("path", path.display().to_string());
            say(&c.msg_with("cli-backed-up", &args))
        }
        Command::Restore(a) => match a.file {
            Some(file) => {
                let path = t.restore(&file)?;
                let args = Args::new().str("path", path.display().to_string());
                say(&c.msg_with("cli-restored", &args))
            }
            None => say(&text::backups(c, &t.backups()?)),
        },
        Command::Config(ConfigArgs {
            command: Some(ConfigCommand::Calendar(command)),
            ..
        }) => super::calendars::change(c, &mut t, command),
        Command::Calendars(f) => super::calendars::list(c, &t, f.json),
        Command::Config(a) => match (a.key, a.value) {
            (Some(key), Some(value)) => {
                t.set_setting(&key, &value)?;
                say(&format!("{key} = {}", value.trim()))
            }
            (Some(key), None) => Err(CoreError::invalid(
                c.msg_with("cli-give-a-value", &Args::new().str("name", key)),
            )),
            (None, _) => show(a.json, &t.settings()?, |s| text::settings(c, s)),
        },
        Command::Start(a) => super::checking_in::start(c, &mut t, &a),
        Command::Finish(f) => super::checking_in::finish(c, &mut t, f.json),
        Command::Cancel => super::checking_in::cancel(c, &mut t),
        Command::Links(f) => show(f.json, &t.links()?, |links| text::links(c, links)),
        Command::Link(LinkCommand::Add(a)) => {
            let link = t.add_link(&a.name, &a.url, a.default)?;
            let args = Args::new().str("link", link.name.as_str());
            say(&format!(
                "{}\n{}",
                c.msg_with("cli-link-saved", &args),
                text::links(c, &t.links()?)
            ))
        }
        Command::Link(LinkCommand::Remove(a)) => {
            let fell_back = t.remove_link(&a.name)?;
            let ids: Vec<&str> = fell_back.iter().map(|h| h.as_str()).collect();
            let args = Args::new()
                .str("link", a.name.trim())
                .str("habits", ids.join(", "));
            say(&c.msg_with(
                if ids.is_empty() {
                    key("ui-link-removed")
                } else {
                    key("ui-link-removed-fell-back")
                },
                &args,
            ))
        }
        Command::Link(LinkCommand::Default(a)) => {
            let link = t.set_default_link(&a.name)?;
            let args = Args::new().str("link", link.name.as_str());
            say(&c.msg_with("ui-default-now", &args))
        }
        Command::Ideas(a) => super::checking_in::ideas(c, &mut t, &a),
        Command::People(a) => super::people::run(c, &mut t, a),
        Command::Rhythm(a) => super::rhythm::run(c, &mut t, a),
        Command::Import(_) => {
            let summary = t.import_json(import_text.as_deref().unwrap_or_default())?;
            let args = Args::new()
                .num("habits", summary.habits as u32)
                .num("entries", summary.entries as u32)
                .num("skips", summary.skips as u32)
                .num("pauses", summary.pauses as u32)
                .num("settings", summary.settings as u32)
                .num("checks", summary.benefit_checks as u32)
                .num("names", summary.people as u32);
            say(&c.msg_with("cli-imported", &args))
        }
    }
}

fn pause(c: &Catalogue, t: &mut Tracker, a: &PauseArgs) -> Result<()> {
    let pause = match (a.length, a.until, a.off) {
        (Some(length), _, _) => t.pause_for(length)?,
        (_, Some(date), _) => t.pause_until(date)?,
        _ => {
            let ended = t.resume()?;
            return say(&c.msg(if ended == 0 {
                key("cli-not-paused")
            } else {
                key("ui-reminders-back-on")
            }));
        }
    };
    let until = pause.until.with_timezone(&t.tz());
    let when = Args::new().str("when", c.short_date_time(&until));
    say(&c.msg_with("cli-paused-until", &when))
}
