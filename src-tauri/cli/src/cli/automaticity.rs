//! `aloud check` and `aloud automaticity`: the weekly check and what the checks say.
use super::args::{AutomaticityArgs, CheckArgs};
use super::output::{say, show};
use aloud_core::i18n::{key, Args, Catalogue};
use aloud_core::model::PromptStage;
use aloud_core::tracker::HabitAutomaticity;
use aloud_core::{Result, Tracker};

pub fn check(c: &Catalogue, t: &mut Tracker, a: CheckArgs) -> Result<()> {
    let check = t.record_check(&a.habit, a.answers, a.date)?;
    let view = t.automaticity(Some(check.habit.as_str()))?.remove(0);
    if a.json {
        return show(true, &view, |_| String::new());
    }
    let args = Args::new()
        .str("habit", view.name.as_str())
        .str("score", one_decimal(check.answers.score()))
        .str("date", c.long_date(&check.date));
    say(&format!(
        "{}\n{}",
        c.msg_with("automaticity-recorded", &args),
        habit(c, &view)
    ))
}

pub fn automaticity(c: &Catalogue, t: &Tracker, a: AutomaticityArgs) -> Result<()> {
    let all = t.automaticity(a.habit.as_deref())?;
    show(a.json, &all, |all| {
        all.iter()
            .map(|view| habit(c, view))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

pub fn stage_words(c: &Catalogue, stage: PromptStage) -> String {
    c.msg(match stage {
        PromptStage::Full => key("prompts-full"),
        PromptStage::Quiet => key("prompts-quiet"),
        PromptStage::Off => key("prompts-off"),
    })
}

/// One habit: its consistency and prompts, then its checks, its curve (or why
/// none), and what Aloud offers or asks.
fn habit(c: &Catalogue, v: &HabitAutomaticity) -> String {
    let head = Args::new()
        .str("habit", v.name.as_str())
        .num("consistency", v.consistency)
        .str("prompts", stage_words(c, v.prompts));
    let mut lines = vec![c.msg_with("automaticity-habit", &head)];
    lines.push(match v.checks.last() {
        Some(last) => c.msg_with(
            "automaticity-checks",
            &Args::new()
                .str("score", one_decimal(last.score))
                .str("date", c.long_date(&last.date))
                .num("count", v.checks.len() as u32),
        ),
        None => c.msg("automaticity-no-checks"),
    });
    lines.push(match (&v.fit, &v.fit_note) {
        (Some(fit), _) => c.msg_with(
            "automaticity-curve",
            &Args::new()
                .str("plateau", one_decimal(fit.plateau))
                .num("percent", fit.percent_of_plateau.round())
                .str("date", c.long_date(&fit.reaches_95_on))
                .num("days", fit.days_to_95.round()),
        ),
        (None, Some(note)) => note.clone(),
        (None, None) => String::new(),
    });
    if let Some([first, second]) = v.restored {
        lines.push(
            c.msg_with(
                "automaticity-restored",
                &Args::new()
                    .str("first", c.long_date(&first))
                    .str("second", c.long_date(&second)),
            ),
        );
    }
    if let Some(stage) = v.offer {
        lines.push(
            c.msg_with(
                "automaticity-offer",
                &Args::new()
                    .str("stage", stage.as_str())
                    .str("id", v.habit.as_str()),
            ),
        );
    }
    if v.check_due {
        lines.push(c.msg_with(
            "automaticity-check-due",
            &Args::new().str("id", v.habit.as_str()),
        ));
    }
    let mut text = lines.remove(0);
    for line in lines.iter().filter(|l| !l.is_empty()) {
        text.push_str("\n  ");
        text.push_str(line);
    }
    text
}

fn one_decimal(value: f64) -> String {
    format!("{value:.1}")
}
