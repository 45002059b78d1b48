//! The essay's rule made explicit: practise for a fair try, watch for benefits, and
//! carry on, adjust or stop according to what the weeks actually show.
use crate::i18n::{key, Args, Catalogue};
use crate::model::{BenefitCheck, HabitId};
use crate::stats::{HabitStats, WeekPoint};
use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// Whole weeks of practice before the data is allowed to speak.
pub const FAIR_TRY_WEEKS: u32 = 3;
/// Below this share of scheduled days done, the habits are not yet being tried.
const TOO_LITTLE_PRACTICE: f64 = 0.5;
/// From this share on, practice is steady enough for bigger challenges.
const STEADY_PRACTICE: f64 = 0.8;
/// A mean rating from here up means the person sees real benefit.
const WORTHWHILE_RATING: f64 = 3.0;
/// A mean rating at or below this, with nobody responding, means no benefit.
const NO_BENEFIT_RATING: f64 = 2.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Advice {
    /// Fewer than `FAIR_TRY_WEEKS` whole weeks practised.
    TooEarly,
    /// Enough practice, but no benefits check in the recent weeks.
    CheckIn,
    CarryOn,
    Adjust,
    Stop,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub advice: Advice,
    /// Whole weeks since the first week with a check-in.
    pub weeks_practised: u32,
    /// Scheduled days done over the last `FAIR_TRY_WEEKS` whole weeks, 0–1.
    pub consistency: Option<f64>,
    /// Mean rating of the checks in the window (the last whole weeks and this one).
    pub average_rating: Option<f64>,
    /// Responses counted in those checks.
    pub responses: u32,
    /// The plain statement shown to the person.
    pub message: String,
}

/// Decides from the combined weekly practice and the benefits checks.
pub fn verdict(
    practice: &[WeekPoint],
    checks: &[BenefitCheck],
    this_week: NaiveDate,
    c: &Catalogue,
) -> Verdict {
    let first = practice.iter().find(|w| w.done > 0).map(|w| w.week_start);
    let weeks_practised = first.map_or(0, |f| ((this_week - f).num_days() / 7).max(0) as u32);
    let window_start = this_week - Duration::weeks(i64::from(FAIR_TRY_WEEKS));
    let (done, due) = practice
        .iter()
        .filter(|w| w.week_start >= window_start && w.week_start < this_week)
        .fold((0, 0), |(d, n), w| (d + w.done.min(w.due), n + w.due));
    let consistency = (due > 0).then(|| f64::from(done) / f64::from(due));
    let recent: Vec<&BenefitCheck> = checks.iter().filter(|c| c.week >= window_start).collect();
    let responses = recent.iter().map(|c| c.responses).sum();
    let average_rating = (!recent.is_empty())
        .then(|| recent.iter().map(|c| f64::from(c.rating)).sum::<f64>() / recent.len() as f64);
    let rising = match (recent.first(), recent.last()) {
        (Some(a), Some(b)) => b.rating > a.rating || b.responses > a.responses,
        _ => false,
    };
    let percent = consistency.map_or(0.0, |c| (c * 100.0).round());
    let said = |k: &str, rating: f64| {
        let facts = c.msg_with(
            "verdict-facts",
            &Args::new()
                .num("weeks", FAIR_TRY_WEEKS)
                .num("percent", percent)
                .str("rating", format!("{rating:.1}"))
                .num("responses", responses),
        );
        format!("{facts} {}", c.msg(k))
    };
    let (advice, message) = if weeks_practised < FAIR_TRY_WEEKS {
        let args = Args::new()
            .num("done", weeks_practised)
            .num("weeks", FAIR_TRY_WEEKS)
            .num("left", FAIR_TRY_WEEKS - weeks_practised);
        (Advice::TooEarly, c.msg_with("verdict-too-early", &args))
    } else if let Some(rating) = average_rating {
        if consistency.unwrap_or(0.0) < TOO_LITTLE_PRACTICE {
            (Advice::Adjust, said(key("verdict-too-little"), rating))
        } else if rating >= WORTHWHILE_RATING || (responses > 0 && rising) {
            (Advice::CarryOn, said(key("verdict-carry-on"), rating))
        } else if rating <= NO_BENEFIT_RATING && responses == 0 {
            (Advice::Stop, said(key("verdict-stop"), rating))
        } else {
            (Advice::Adjust, said(key("verdict-adjust"), rating))
        }
    } else {
        let args = Args::new().num("done", weeks_practised);
        (Advice::CheckIn, c.msg_with("verdict-check-in", &args))
    };
    Verdict {
        advice,
        weeks_practised,
        consistency,
        average_rating,
        responses,
        message,
    }
}

/// When steady practice is paying off, the habit to stretch next.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Challenge {
    pub habit: HabitId,
    pub name: String,
    pub message: String,
}

/// Suggests bigger challenges once the verdict is to carry on and practice is steady:
/// the strongest habit is the one ready to be stretched.
pub fn bigger_challenge(
    verdict: &Verdict,
    stats: &[HabitStats],
    c: &Catalogue,
) -> Option<Challenge> {
    if verdict.advice != Advice::CarryOn || verdict.consistency? < STEADY_PRACTICE {
        return None;
    }
    let strongest = stats
        .iter()
        .max_by(|a, b| a.strength.total_cmp(&b.strength))?;
    Some(Challenge {
        habit: strongest.habit.clone(),
        name: strongest.name.clone(),
        message: c.msg_with(
            "verdict-challenge",
            &Args::new()
                .str("habit", strongest.name.as_str())
                .num("strength", strongest.strength),
        ),
    })
}
