//! Automaticity checks, the curve, prompts that fade and the troubleshoot: the core's
//! answers for Review, Today, the tray, Settings and `aloud automaticity`.
use super::editing::HabitChange;
use super::Tracker;
use crate::automaticity::{
    self, fit, prompting, trouble, Check, NoFit, Point, Scored, SrbaiAnswers, Trouble,
    CHECK_EVERY_DAYS, MIN_CHECKS, MIN_SPAN_DAYS,
};
use crate::error::{CoreError, Result};
use crate::i18n::{Args, Catalogue};
use crate::model::{Habit, HabitId, HabitPatch, PromptStage, TimeOfDay};
use crate::stats::{strength_now, strength_series, DayStatus, HabitDays};
use crate::store::{self, Offer};
use chrono::{Duration, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// One check as the curve shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckPoint {
    pub date: NaiveDate,
    /// Days since the habit began.
    pub day: i64,
    pub score: f64,
    pub answers: SrbaiAnswers,
}

/// The fitted curve, in the terms the person reads.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FitView {
    pub plateau: f64,
    pub gap: f64,
    pub rate: f64,
    pub days_to_95: f64,
    /// Today, on the curve.
    pub percent_of_plateau: f64,
    /// The estimated date it reaches 95 % of its plateau.
    pub reaches_95_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitAutomaticity {
    pub habit: HabitId,
    pub name: String,
    /// The habit's first day: the earlier of its creation and its first entry.
    pub began: NaiveDate,
    pub days_since_began: i64,
    pub checks: Vec<CheckPoint>,
    pub fit: Option<FitView>,
    pub fit_reason: Option<NoFit>,
    /// Why there is no curve, in plain words (when `fit` is null).
    pub fit_note: Option<String>,
    /// Loop's score, 0–100: how regularly it is done.
    pub consistency: f64,
    /// The prompt stage in effect: `full`, `quiet` or `off`.
    pub prompts: PromptStage,
    pub prompts_chosen: PromptStage,
    /// The two misses that brought full reminders back, if they did.
    pub restored: Option<[NaiveDate; 2]>,
    /// The quieter stage Aloud offers now.
    pub offer: Option<PromptStage>,
    /// A week or more since the last check (or none yet).
    pub check_due: bool,
    /// Today's check, which may still be changed.
    pub today: Option<SrbaiAnswers>,
    /// When the next check is asked for (none before the first).
    pub next_check: Option<NaiveDate>,
    /// Why Review offers a troubleshoot now.
    pub trouble: Option<Trouble>,
    pub starter: Option<String>,
    /// The habit's time, for the troubleshoot's first question.
    pub time: TimeOfDay,
}

/// What the person chose in the troubleshoot.
#[derive(Debug, Clone, PartialEq)]
pub enum Fix {
    /// The prompt: a better moment.
    Time(TimeOfDay),
    /// Ability: a smaller starter step.
    Starter(String),
    /// Motivation: they looked at the benefits check; nothing to change in the habit.
    Motivation,
}

impl Tracker {
    /// Records the automaticity check of `habit` for `date` (default today). A day's
    /// check may be answered again that same day; a past day's stays as it was.
    pub fn record_check(
        &mut self,
        habit: &str,
        answers: SrbaiAnswers,
        date: Option<NaiveDate>,
    ) -> Result<Check> {
        let habit = self.habit(habit)?;
        let today = self.today();
        let date = date.unwrap_or(today);
        if date > today {
            return Err(CoreError::said(
                "error-srbai-future",
                vec![("date", date.to_string().into())],
            ));
        }
        // The habit's first day: the earlier of its creation and its first record.
        let began = store::first_recorded_day(self.store.read(), &habit.id)?
            .map_or(habit.created_on, |first| first.min(habit.created_on));
        if date < began {
            return Err(CoreError::said(
                "error-srbai-before",
                vec![
                    ("date", date.to_string().into()),
                    ("habit", habit.name.as_str().into()),
                    ("began", began.to_string().into()),
                ],
            ));
        }
        let check = Check {
            habit: habit.id,
            date,
            answers,
        };
        let now = self.now();
        self.store.write(|conn| {
            if date < today && store::check(conn, &check.habit, date)?.is_some() {
                return Err(CoreError::said(
                    "error-srbai-past",
                    vec![("date", date.to_string().into())],
                ));
            }
            store::put_check(conn, &check, now)
        })?;
        Ok(check)
    }

    /// Each active habit's checks, curve, consistency and prompt stage; or only
    /// `habit`'s (which may be archived).
    pub fn automaticity(&self, habit: Option<&str>) -> Result<Vec<HabitAutomaticity>> {
        let c = self.catalogue()?;
        let only = habit.map(|h| self.habit(h)).transpose()?;
        let conn = self.store.read();
        let habits = match only {
            Some(h) => vec![h],
            None => store::habits(conn)?
                .into_iter()
                .filter(|h| !h.archived)
                .collect(),
        };
        let pauses = store::pauses(conn)?;
        let mut checks = self.checks_by_habit()?;
        habits
            .iter()
            .map(|h| {
                let checks = checks.remove(&h.id).unwrap_or_default();
                self.habit_history(h, &pauses, &mut |days, series, _| {
                    self.habit_automaticity(c, days, series, &checks)
                })?
            })
            .collect()
    }

    /// The prompt stage in effect for each habit; only habits whose chosen stage is
    /// quieter than full need their history read (full reminders need no evidence).
    pub fn prompt_stages(&self) -> Result<BTreeMap<HabitId, PromptStage>> {
        let mut stages = BTreeMap::new();
        for h in self.habits()? {
            let stage = if self.restored_prompts(&h)?.is_some() {
                PromptStage::Full
            } else {
                h.prompts
            };
            stages.insert(h.id, stage);
        }
        Ok(stages)
    }

    /// The two misses that brought full reminders back for `habit`, if they did.
    pub fn restored_prompts(&self, habit: &Habit) -> Result<Option<[NaiveDate; 2]>> {
        if habit.prompts.is_full() {
            return Ok(None);
        }
        let pauses = store::pauses(self.store.read())?;
        self.habit_history(habit, &pauses, &mut |_, series, _| {
            automaticity::restored(habit, series)
        })
    }

    /// The person's answer to the offer to step back: yes takes the offered step
    /// (and starts counting afresh); no waits for a newer check. Returns the stage.
    pub fn answer_step_back(&mut self, habit: &str, yes: bool) -> Result<PromptStage> {
        let view = self.automaticity(Some(habit))?.remove(0);
        let Some(offered) = view.offer else {
            return Err(CoreError::said(
                "error-no-offer",
                vec![("habit", view.name.as_str().into())],
            ));
        };
        let today = self.today();
        let mut next = self.habit(habit)?;
        if yes {
            next.prompts = offered;
            next.prompts_since = Some(today);
        }
        self.store.write(|conn| {
            if yes {
                store::put_habit(conn, &next)?;
            }
            store::put_offer_answer(conn, &next.id, Offer::StepBack, today)
        })?;
        Ok(if yes { offered } else { view.prompts })
    }

    /// Writes the troubleshoot's choice back into the habit, and notes the day so it
    /// is not offered again on the same evidence.
    pub fn troubleshoot(&mut self, habit: &str, fix: Fix) -> Result<HabitChange> {
        let before = self.habit(habit)?;
        let patch = match fix {
            Fix::Time(time) => HabitPatch {
                time: Some(time),
                ..HabitPatch::default()
            },
            Fix::Starter(starter) => HabitPatch {
                starter: Some(starter),
                ..HabitPatch::default()
            },
            Fix::Motivation => HabitPatch::default(),
        };
        let change = if patch.is_empty() {
            HabitChange {
                habit: before,
                created: false,
            }
        } else {
            self.set_habit(habit, &patch)?
        };
        let today = self.today();
        self.store.write(|conn| {
            store::put_offer_answer(conn, &change.habit.id, Offer::Troubleshoot, today)
        })?;
        Ok(change)
    }

    fn checks_by_habit(&self) -> Result<BTreeMap<HabitId, Vec<Check>>> {
        let mut by_habit: BTreeMap<HabitId, Vec<Check>> = BTreeMap::new();
        for check in store::checks(self.store.read())? {
            by_habit.entry(check.habit.clone()).or_default().push(check);
        }
        Ok(by_habit)
    }

    fn habit_automaticity(
        &self,
        c: &Catalogue,
        days: &HabitDays<'_>,
        series: &[(NaiveDate, DayStatus)],
        checks: &[Check],
    ) -> Result<HabitAutomaticity> {
        let h = days.habit;
        let today = self.today();
        let began = series.first().map_or(h.created_on, |(d, _)| *d);
        let since = |date: NaiveDate| (date - began).num_days();
        let points: Vec<CheckPoint> = checks
            .iter()
            .map(|check| CheckPoint {
                date: check.date,
                day: since(check.date),
                score: check.answers.score(),
                answers: check.answers,
            })
            .collect();
        let curve = fit(&points
            .iter()
            .map(|p| Point {
                day: p.day as f64,
                score: p.score,
            })
            .collect::<Vec<_>>());
        let fit_view = curve.ok().map(|curve| {
            let days_to_95 = curve.days_to_95();
            FitView {
                plateau: round2(curve.plateau),
                gap: round2(curve.gap),
                rate: (curve.rate * 1e5).round() / 1e5,
                days_to_95: (days_to_95 * 10.0).round() / 10.0,
                percent_of_plateau: (curve.percent_of_plateau(since(today) as f64) * 10.0).round()
                    / 10.0,
                reaches_95_on: began + Duration::days(days_to_95.ceil().min(36_500.0) as i64),
            }
        });
        let fit_reason = curve.err();
        let fit_note = fit_reason.map(|reason| {
            let span = points.last().map_or(0, |l| l.day - points[0].day);
            let args = Args::new()
                .num("count", points.len() as u32)
                .num("wanted", MIN_CHECKS as u32)
                .num("days", span as u32)
                .num("weeks", (MIN_SPAN_DAYS / 7.0) as u32);
            c.msg_with(reason.key(), &args)
        });
        let consistency = strength_now(series);
        let scored: Vec<Scored> = checks.iter().map(Check::scored).collect();
        let conn = self.store.read();
        let declined = store::offer_answered(conn, &h.id, Offer::StepBack)?;
        let prompting = prompting(h, &scored, series, consistency, declined);
        let troubleshot = store::offer_answered(conn, &h.id, Offer::Troubleshoot)?;
        let active = h.enabled && !h.archived;
        let trouble =
            trouble(series, &strength_series(series), today, troubleshot).filter(|_| active);
        Ok(HabitAutomaticity {
            habit: h.id.clone(),
            name: h.name.clone(),
            began,
            days_since_began: since(today),
            fit: fit_view,
            fit_reason,
            fit_note,
            consistency: (consistency * 1000.0).round() / 10.0,
            prompts: prompting.stage,
            prompts_chosen: prompting.chosen,
            restored: prompting.restored,
            offer: prompting.offer,
            check_due: active
                && checks
                    .last()
                    .is_none_or(|last| today - last.date >= Duration::days(CHECK_EVERY_DAYS)),
            next_check: checks
                .last()
                .map(|last| last.date + Duration::days(CHECK_EVERY_DAYS)),
            today: checks
                .last()
                .filter(|last| last.date == today)
                .map(|last| last.answers),
            trouble,
            starter: h.starter.clone(),
            time: h.time,
            checks: points,
        })
    }
}

fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}
