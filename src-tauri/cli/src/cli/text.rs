//! Human-readable output for the terminal.
use aloud_core::i18n::{key, Args, Catalogue};
use aloud_core::model::{Habit, Need};
use aloud_core::review::Review;
use aloud_core::settings::Settings;
use aloud_core::stats::HabitStats;
use aloud_core::tracker::{
    HistoryRow, LogOutcome, MindsetsView, ScoredAttempt, Status, TodayState, UndoOutcome,
};
use aloud_core::Tracker;
use std::fmt::Write;

pub fn logged(c: &Catalogue, t: &Tracker, outcome: &LogOutcome) -> String {
    let e = &outcome.entry;
    let name = t
        .habit(e.habit.as_str())
        .map(|h| h.name)
        .unwrap_or_else(|_| e.habit.to_string());
    let mut extras = Vec::new();
    if let Some(m) = e.minutes {
        extras.push(c.msg_with("cli-minutes", &Args::new().num("minutes", m)));
    }
    if let Some(n) = e.need {
        let need = Args::new().str("need", need_word(c, n));
        extras.push(c.msg_with("cli-served", &need));
    }
    if let Some(note) = &e.note {
        extras.push(c.msg_with("cli-quoted", &Args::new().str("note", note.as_str())));
    }
    if !e.with.is_empty() {
        let names = Args::new().str("names", e.with.join(", "));
        extras.push(c.msg_with("cli-with", &names));
    }
    let extras = if extras.is_empty() {
        String::new()
    } else {
        format!(" ({})", extras.join(", "))
    };
    let k = if outcome.created {
        key("cli-logged")
    } else {
        key("cli-updated")
    };
    let args = Args::new()
        .str("habit", name)
        .str("date", e.date.to_string())
        .str("extras", extras);
    c.msg_with(k, &args)
}

/// A need's name, lower case where the language writes it so mid-sentence.
pub fn need_word(c: &Catalogue, need: Need) -> String {
    c.msg(need.name_key())
}

pub fn undone(c: &Catalogue, o: &UndoOutcome) -> String {
    let args = Args::new()
        .str("habit", o.habit.as_str())
        .str("date", o.date.to_string());
    c.msg_with(
        match o.removed {
            Some("skip") => key("cli-removed-skip"),
            Some(_) => key("cli-removed-entry"),
            None => key("cli-nothing-to-undo"),
        },
        &args,
    )
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
            h.name,
            h.at.as_deref().unwrap_or(&h.time),
            word,
            h.trigger
        );
        // An anchored habit says when it comes today, and why.
        if let Some(text) = &h.why_text {
            let _ = writeln!(out, "    {:<name_width$}  {text}", "");
        }
    }
    if s.busy.now {
        let zone = s.timezone.parse().unwrap_or(aloud_core::zone::Zone::UTC);
        let _ = writeln!(out, "{}", super::calendars::busy_line(c, zone, &s.busy));
    }
    if !s.held.is_empty() {
        let names: Vec<&str> = s.held.iter().map(|id| s.name_of(id)).collect();
        let args = Args::new().str("names", names.join(", "));
        let waiting = match s.busy.now {
            true => key("status-waiting-busy"),
            false => key("status-waiting"),
        };
        let _ = writeln!(out, "{}", c.msg_with(waiting, &args));
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

pub fn history(c: &Catalogue, rows: &[HistoryRow]) -> String {
    if rows.is_empty() {
        return c.msg("cli-history-empty");
    }
    let mut out = String::new();
    let state = |status: &str| match status {
        "skipped" => c.msg("state-skipped"),
        _ => c.msg("state-done"),
    };
    let width = rows
        .iter()
        .map(|r| state(r.status).chars().count())
        .max()
        .unwrap_or(0)
        .max(8);
    for r in rows {
        let minutes = r
            .minutes
            .map(|m| c.msg_with("cli-minutes", &Args::new().num("minutes", m)))
            .unwrap_or_default();
        let note = r.note.as_deref().unwrap_or("");
        let _ = writeln!(
            out,
            "{}  {:<12} {:<width$} {:>7}  {}",
            r.date,
            r.habit.as_str(),
            state(r.status),
            minutes,
            note
        );
    }
    out.trim_end().to_string()
}

/// Columns as wide as their longest cell (headers in the person's language);
/// `right` marks the columns of numbers.
pub fn table(headers: Vec<String>, rows: Vec<Vec<String>>, right: &[bool]) -> String {
    let widths: Vec<usize> = (0..headers.len())
        .map(|i| {
            std::iter::once(&headers[i])
                .chain(rows.iter().map(|r| &r[i]))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .zip(right)
            .map(|((cell, &w), &r)| {
                if r {
                    format!("{cell:>w$}")
                } else {
                    format!("{cell:<w$}")
                }
            })
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    std::iter::once(line(&headers))
        .chain(rows.iter().map(|r| line(r)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Column headers in the person's language.
pub fn headers(c: &Catalogue, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| c.msg(k)).collect()
}

pub fn stats(c: &Catalogue, all: &[HabitStats]) -> String {
    let rows = all
        .iter()
        .map(|s| {
            vec![
                s.habit.to_string(),
                s.current_streak.to_string(),
                s.best_streak.to_string(),
                format!("{:.1}%", s.strength),
                s.done.to_string(),
                s.skipped.to_string(),
                s.missed.to_string(),
                s.minutes.to_string(),
            ]
        })
        .collect();
    let keys = [
        key("cli-col-habit"),
        key("cli-col-streak"),
        key("cli-col-best"),
        key("cli-col-strength"),
        key("cli-col-done"),
        key("cli-col-skipped"),
        key("cli-col-missed"),
        key("cli-col-minutes"),
    ];
    let right = [false, true, true, true, true, true, true, true];
    table(headers(c, &keys), rows, &right)
}

pub fn habits(c: &Catalogue, all: &[Habit]) -> String {
    let mut out = String::new();
    for h in all {
        let mut flags = match (h.enabled, h.archived) {
            (_, true) => format!(" [{}]", c.msg("cli-archived")),
            (false, _) => format!(" [{}]", c.msg("cli-off")),
            _ => String::new(),
        };
        // The anchor as `habit set --anchor/--lead` take it.
        match h.anchor.before() {
            Some(_) => {
                let _ = write!(flags, " [{} -{}m]", h.anchor, h.lead.as_minutes());
            }
            None if !h.anchor.is_time() => {
                let _ = write!(flags, " [{}]", h.anchor);
            }
            None => {}
        }
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

/// The settings by their names (which `aloud config NAME VALUE` takes, so not
/// translated), with the values' words in the person's language.
pub fn settings(c: &Catalogue, s: &Settings) -> String {
    format!(
        "snooze           {}s\ncatch_up_window  {}s\ntimezone         {}\ncheckin_length   {}s\nlanguage         {}\nlearn_rhythm     {}",
        s.snooze_secs,
        s.catch_up_window_secs,
        s.timezone.clone().unwrap_or_else(|| c.msg("cli-system-zone")),
        s.checkin_length_secs,
        s.language.clone().unwrap_or_else(|| c.msg("cli-desktop-language")),
        if s.learn_rhythm { "on" } else { "off" }
    )
}

pub fn links(c: &Catalogue, links: &[aloud_core::model::Link]) -> String {
    if links.is_empty() {
        return c.msg("cli-no-links");
    }
    let width = links
        .iter()
        .map(|l| l.name.as_str().chars().count())
        .max()
        .unwrap_or(0);
    let default = format!("  ({})", c.msg("cli-default"));
    links
        .iter()
        .map(|l| {
            let name = l.name.as_str();
            let mark = if l.default { default.as_str() } else { "" };
            format!("{name:<width$}  {}{mark}", l.url.as_str())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn review(c: &Catalogue, r: &Review) -> String {
    let mut out = String::new();
    for check in &r.checks {
        let args = Args::new()
            .str("week", check.week.to_string())
            .num("rating", check.rating)
            .num("responses", check.responses);
        let _ = writeln!(out, "{}", c.msg_with("cli-review-week", &args));
    }
    if r.checks.is_empty() {
        let _ = writeln!(out, "{}", c.msg("cli-no-benefits-check"));
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
            .map(|(need, n)| format!("{} {n}", need_word(c, *need)))
            .collect();
        let args = Args::new()
            .str("needs", served.join(", "))
            .str("deepest", need_word(c, deepest));
        let _ = writeln!(out, "{}", c.msg_with("cli-needs-served", &args));
    }
    for offer in &r.anchors {
        let args = Args::new()
            .str("habit", offer.name.as_str())
            .str("time", offer.time.as_str())
            .num("days", offer.days as u32)
            .num("of", offer.of as u32)
            .str("typical", offer.typical.as_str())
            .str("id", offer.habit.as_str())
            .str("anchor", offer.anchor.as_str());
        let _ = writeln!(out, "{}", c.msg_with("cli-anchor-offer", &args));
    }
    out.trim_end().to_string()
}

pub fn assessments(c: &Catalogue, all: &[ScoredAttempt]) -> String {
    if all.is_empty() {
        return c.msg("cli-no-assessment");
    }
    let rows = all
        .iter()
        .map(|a| {
            let mut row = vec![
                a.taken_at.format("%Y-%m-%d %H:%M").to_string(),
                format!("{:.1}", a.scores.overall),
            ];
            row.extend(a.scores.mindsets.iter().map(|m| format!("{:.1}", m.score)));
            row
        })
        .collect();
    let keys = [
        key("cli-col-taken"),
        key("cli-col-overall"),
        key("ui-human"),
        key("ui-networks"),
        key("ui-listen"),
        key("ui-helpful"),
        key("ui-experiment"),
    ];
    let right = [false, true, true, true, true, true, true];
    table(headers(c, &keys), rows, &right)
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

pub fn backups(c: &Catalogue, all: &[aloud_core::store::BackupFile]) -> String {
    if all.is_empty() {
        return c.msg("cli-no-backups");
    }
    let mut out = String::new();
    for b in all {
        let size = c.msg_with(
            "ui-kilobytes",
            &Args::new().str("size", b.bytes.div_ceil(1024).to_string()),
        );
        let _ = writeln!(
            out,
            "{}  {:>11}  {}",
            b.taken_at.map_or_else(
                || "?".repeat(16),
                |t| t.format("%Y-%m-%d %H:%M").to_string()
            ),
            size,
            b.name
        );
    }
    out.trim_end().to_string()
}
