//! Human-readable output for the terminal.
use aloud_core::assessment::Scores;
use aloud_core::i18n::{Args, Catalogue};
use aloud_core::model::Habit;
use aloud_core::review::Review;
use aloud_core::settings::Settings;
use aloud_core::stats::HabitStats;
use aloud_core::tracker::{
    HistoryRow, LogOutcome, MindsetsView, ScoredAttempt, Status, TodayState, UndoOutcome,
};
use aloud_core::Tracker;
use std::fmt::Write;

pub fn logged(t: &Tracker, outcome: &LogOutcome) -> String {
    let e = &outcome.entry;
    let name = t
        .habit(e.habit.as_str())
        .map(|h| h.name)
        .unwrap_or_else(|_| e.habit.to_string());
    let verb = if outcome.created { "Logged" } else { "Updated" };
    let mut extras = Vec::new();
    if let Some(m) = e.minutes {
        extras.push(format!("{m} min"));
    }
    if let Some(n) = e.need {
        extras.push(format!("served: {n}"));
    }
    if let Some(note) = &e.note {
        extras.push(format!("\"{note}\""));
    }
    if !e.with.is_empty() {
        extras.push(format!("with {}", e.with.join(", ")));
    }
    let extras = if extras.is_empty() {
        String::new()
    } else {
        format!(" ({})", extras.join(", "))
    };
    format!("{verb} {name} for {}{extras}.", e.date)
}

pub fn undone(o: &UndoOutcome) -> String {
    match o.removed {
        Some(what) => format!("Removed the {what} of {} on {}.", o.habit, o.date),
        None => format!("Nothing to undo for {} on {}.", o.habit, o.date),
    }
}

pub fn status(c: &Catalogue, s: &Status) -> String {
    let head = Args::new()
        .str("date", c.long_date(&s.date))
        .num("done", s.done)
        .num("scheduled", s.scheduled);
    let mut out = c.msg_with("status-head", &head);
    out.push('\n');
    let name_width = s.habits.iter().map(|h| h.name.chars().count()).max();
    let states: Vec<(&str, String)> = s
        .habits
        .iter()
        .map(|h| match h.state {
            TodayState::Done => ("✓", c.msg("state-done")),
            TodayState::Skipped => ("–", c.msg("state-skipped")),
            TodayState::Paused => ("‖", c.msg("state-paused")),
            TodayState::Pending => ("○", c.msg("state-pending")),
            TodayState::NotScheduled => (" ", c.msg("state-not-today")),
        })
        .collect();
    let word_width = states.iter().map(|(_, w)| w.chars().count()).max();
    let (name_width, word_width) = (name_width.unwrap_or(0), word_width.unwrap_or(0).max(9));
    for (h, (mark, word)) in s.habits.iter().zip(&states) {
        let _ = writeln!(
            out,
            "  {mark} {:<name_width$}  {:>8}  {:<word_width$}  ({})",
            h.name, h.time, word, h.trigger
        );
    }
    if !s.held.is_empty() {
        let names: Vec<&str> = s.held.iter().map(|id| s.name_of(id)).collect();
        let args = Args::new().str("names", names.join(", "));
        let _ = writeln!(out, "{}", c.msg_with("status-waiting", &args));
    }
    if let Some(running) = &s.checkin {
        let args = Args::new()
            .str("habit", s.name_of(&running.habit))
            .num("minutes", running.minutes as u32);
        let _ = writeln!(out, "{}", c.msg_with("status-checkin", &args));
    }
    if let Some(until) = s.paused_until {
        let args = Args::new().str("when", c.short_date_time(&until));
        let _ = writeln!(out, "{}", c.msg_with("status-paused", &args));
    }
    out.push_str(&match &s.next_reminder {
        Some(n) => {
            let args = Args::new()
                .str("habit", s.name_of(&n.habit))
                .str("when", c.short_date_time(&n.at));
            c.msg_with("status-next", &args)
        }
        None => c.msg("status-no-reminder"),
    });
    out
}

pub fn history(rows: &[HistoryRow]) -> String {
    if rows.is_empty() {
        return "Nothing recorded in that period.".into();
    }
    let mut out = String::new();
    for r in rows {
        let minutes = r.minutes.map(|m| format!("{m} min")).unwrap_or_default();
        let note = r.note.as_deref().unwrap_or("");
        let _ = writeln!(
            out,
            "{}  {:<12} {:<8} {:>7}  {}",
            r.date,
            r.habit.as_str(),
            r.status,
            minutes,
            note
        );
    }
    out.trim_end().to_string()
}

pub fn stats(all: &[HabitStats]) -> String {
    let mut out =
        String::from("habit          streak  best  strength  done  skipped  missed  minutes\n");
    for s in all {
        let _ = writeln!(
            out,
            "{:<13} {:>7} {:>5} {:>8.1}% {:>5} {:>8} {:>7} {:>8}",
            s.habit.as_str(),
            s.current_streak,
            s.best_streak,
            s.strength,
            s.done,
            s.skipped,
            s.missed,
            s.minutes
        );
    }
    out.trim_end().to_string()
}

pub fn habits(all: &[Habit]) -> String {
    let mut out = String::new();
    for h in all {
        let flags = match (h.enabled, h.archived) {
            (_, true) => " [archived]",
            (false, _) => " [off]",
            _ => "",
        };
        let _ = writeln!(
            out,
            "{:<12} {:<8} {:<9} {}{flags} ({})",
            h.id.as_str(),
            h.time,
            h.days,
            h.name,
            h.trigger
        );
    }
    out.trim_end().to_string()
}

pub fn settings(s: &Settings) -> String {
    format!(
        "snooze           {}s\ncatch_up_window  {}s\ntimezone         {}\ncheckin_length   {}s\nlanguage         {}",
        s.snooze_secs,
        s.catch_up_window_secs,
        s.timezone.as_deref().unwrap_or("(system)"),
        s.checkin_length_secs,
        s.language.as_deref().unwrap_or("auto (the desktop's)")
    )
}

pub fn links(links: &[aloud_core::model::Link]) -> String {
    if links.is_empty() {
        return "No network links yet: add one with `aloud link add NAME URL`.".into();
    }
    let width = links
        .iter()
        .map(|l| l.name.as_str().chars().count())
        .max()
        .unwrap_or(0);
    links
        .iter()
        .map(|l| {
            let name = l.name.as_str();
            let mark = if l.default { "  (default)" } else { "" };
            format!("{name:<width$}  {}{mark}", l.url.as_str())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn review(r: &Review) -> String {
    let mut out = String::new();
    for c in &r.checks {
        let _ = writeln!(
            out,
            "week of {}  benefit {}/5  {} responses",
            c.week, c.rating, c.responses
        );
    }
    if r.checks.is_empty() {
        out.push_str("No benefits check recorded yet.\n");
    }
    let _ = writeln!(out, "\n{}", r.verdict.message);
    if let Some(challenge) = &r.challenge {
        let _ = writeln!(out, "{}", challenge.message);
    }
    if let Some(deepest) = r.iceberg.deepest {
        let served: Vec<String> = r
            .iceberg
            .needs
            .iter()
            .zip(r.iceberg.totals)
            .filter(|(_, n)| *n > 0)
            .map(|(need, n)| format!("{need} {n}"))
            .collect();
        let _ = writeln!(
            out,
            "Needs served in the last 12 months: {} (deepest: {deepest}).",
            served.join(", ")
        );
    }
    out.trim_end().to_string()
}

fn scores_line(s: &Scores) -> String {
    let parts: Vec<String> = s
        .mindsets
        .iter()
        .map(|m| format!("{:>5.1}", m.score))
        .collect();
    format!("{:>5.1}  {}", s.overall, parts.join(" "))
}

pub fn assessments(all: &[ScoredAttempt]) -> String {
    if all.is_empty() {
        return "No self-assessment yet: run `aloud assess`.".into();
    }
    let mut out =
        String::from("taken             overall  human  networks  listen  helpful  experiment\n");
    for a in all {
        let _ = writeln!(
            out,
            "{}  {}",
            a.taken_at.format("%Y-%m-%d %H:%M"),
            scores_line(&a.scores)
        );
    }
    out.trim_end().to_string()
}

pub fn assessed(c: &Catalogue, a: &ScoredAttempt, view: &MindsetsView) -> String {
    let mut out = format!("{}\n", c.msg("assessed-saved"));
    for m in &a.scores.mindsets {
        let _ = writeln!(out, "  {:>5.1}  {}", m.score, m.title);
    }
    let _ = writeln!(
        out,
        "  {:>5.1}  {}",
        a.scores.overall,
        c.msg("assessed-overall")
    );
    for change in &view.changes {
        let args = Args::new()
            .str("mindset", change.title.as_str())
            .str("from", change.from.to_string())
            .str("to", change.to.to_string());
        let _ = writeln!(out, "{}", c.msg_with("assessed-changed", &args));
    }
    if view.weakest.is_empty() {
        let _ = writeln!(out, "\n{}", c.msg("assessed-all-same"));
    }
    for g in &view.weakest {
        let args = Args::new().str("mindset", g.title.as_str());
        let _ = writeln!(out, "\n{}", c.msg_with("assessed-to-grow", &args));
        for s in &g.suggestions {
            let _ = writeln!(out, "  - {s}");
        }
    }
    out.trim_end().to_string()
}

pub fn backups(all: &[aloud_core::store::BackupFile]) -> String {
    if all.is_empty() {
        return "No backups yet: Aloud takes one each day it runs, and before upgrades.".into();
    }
    let mut out = String::new();
    for b in all {
        let _ = writeln!(
            out,
            "{}  {:>8} KB  {}",
            b.taken_at.map_or_else(
                || "?".repeat(16),
                |t| t.format("%Y-%m-%d %H:%M").to_string()
            ),
            b.bytes.div_ceil(1024),
            b.name
        );
    }
    out.trim_end().to_string()
}
