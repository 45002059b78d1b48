//! The mindset self-assessment through the tracker: attempts stored with their time,
//! the view the Mindsets panel draws, and when to suggest retaking it.
use super::Tracker;
use crate::assessment::{
    notable_changes, retake_due, scale, score, stem, Answers, Attempt, Change, Mindset, Scores,
    STATEMENTS, STATEMENT_COUNT,
};
use crate::error::{CoreError, Result};
use crate::i18n::Catalogue;
use crate::stats::strength_series;
use crate::store;
use crate::zone::start_of_day;
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, Utc};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoredAttempt {
    pub taken_at: DateTime<FixedOffset>,
    pub answers: Answers,
    pub scores: Scores,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementView {
    pub mindset: Mindset,
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Guidance {
    pub mindset: Mindset,
    pub title: String,
    pub score: f64,
    pub suggestions: [String; 3],
    /// For *think networks* and *be helpful*: a suggestion naming someone from the
    /// person's own check-ins, when there is anyone to name.
    pub from_your_network: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MindsetsView {
    pub stem: String,
    pub scale: [String; 5],
    pub statements: Vec<StatementView>,
    /// Oldest first.
    pub attempts: Vec<ScoredAttempt>,
    /// Suggestions for the weakest mindset(s) of the latest attempt.
    pub weakest: Vec<Guidance>,
    /// Mindsets that moved a scale point or more since the attempt before the latest.
    pub changes: Vec<Change>,
    /// The habits' mean strength (0–100) at the end of each week since the first
    /// attempt (at least the last 12 weeks), to set practice beside mindset.
    pub strength: Vec<(NaiveDate, f64)>,
    pub next_retake: DateTime<FixedOffset>,
    /// Answers of a questionnaire left part-way (0 = not answered), to resume it.
    pub draft: Option<Vec<u8>>,
}

/// Weeks of practice shown beside the scores when the attempts are more recent.
const STRENGTH_WEEKS: i64 = 12;

impl Tracker {
    pub fn record_assessment(&mut self, answers: Answers) -> Result<ScoredAttempt> {
        let attempt = Attempt {
            taken_at: self.now(),
            answers,
        };
        self.store
            .write(|conn| store::add_attempt(conn, &attempt))?;
        Ok(self.scored(attempt, self.catalogue()?))
    }

    fn scored(&self, a: Attempt, c: &Catalogue) -> ScoredAttempt {
        ScoredAttempt {
            taken_at: a.taken_at.with_timezone(&self.tz).fixed_offset(),
            scores: score(&a.answers, c),
            answers: a.answers,
        }
    }

    /// Every attempt with its scores, oldest first.
    pub fn assessment_history(&self) -> Result<Vec<ScoredAttempt>> {
        let c = self.catalogue()?;
        Ok(store::attempts(self.store.read())?
            .into_iter()
            .map(|a| self.scored(a, c))
            .collect())
    }

    pub fn mindsets_view(&self) -> Result<MindsetsView> {
        let c = self.catalogue()?;
        let attempts = self.assessment_history()?;
        let latest = attempts.last();
        let network = match latest {
            Some(_) => Some(self.network()?),
            None => None,
        };
        let weakest = latest.map_or_else(Vec::new, |a| {
            a.scores
                .weakest()
                .into_iter()
                .map(|m| Guidance {
                    mindset: m,
                    title: m.title(c),
                    score: a.scores.of(m),
                    suggestions: m.suggestions(c),
                    from_your_network: network
                        .as_ref()
                        .and_then(|n| crate::network::mindset_hint(n, m, c)),
                })
                .collect()
        });
        let changes = match attempts.as_slice() {
            [.., before, after] => notable_changes(&before.scores, &after.scores, c),
            _ => Vec::new(),
        };
        let today = self.today();
        let since = attempts
            .first()
            .map(|a| a.taken_at.date_naive())
            .unwrap_or(today)
            .min(today - Duration::weeks(STRENGTH_WEEKS));
        Ok(MindsetsView {
            stem: stem(c),
            scale: scale(c),
            statements: STATEMENTS
                .iter()
                .map(|s| StatementView {
                    mindset: s.mindset,
                    title: s.mindset.title(c),
                    text: c.msg(s.text),
                })
                .collect(),
            weakest,
            changes,
            strength: self.mean_strength_by_week(since)?,
            next_retake: self
                .retake_schedule()?
                .next
                .with_timezone(&self.tz)
                .fixed_offset(),
            draft: store::draft(self.store.read())?,
            attempts,
        })
    }

    /// Keeps a questionnaire in progress: twenty values, 0 for "not answered yet".
    pub fn save_assessment_draft(&mut self, answers: &[i64]) -> Result<()> {
        if answers.len() != STATEMENT_COUNT || answers.iter().any(|a| !(0..=5).contains(a)) {
            return Err(CoreError::said(
                "error-draft",
                vec![("count", STATEMENT_COUNT.into())],
            ));
        }
        let values: Vec<u8> = answers.iter().map(|&a| a as u8).collect();
        let now = self.now();
        self.store
            .write(|conn| store::put_draft(conn, &values, now))
    }

    /// The mean strength of the habits that are not archived, each Sunday from
    /// `since` and today.
    fn mean_strength_by_week(&self, since: NaiveDate) -> Result<Vec<(NaiveDate, f64)>> {
        let today = self.today();
        let dates: Vec<NaiveDate> = since
            .iter_days()
            .take_while(|d| *d <= today)
            .filter(|d| d.weekday() == chrono::Weekday::Sun || *d == today)
            .collect();
        let means = self.mean_strength_at(&dates)?;
        Ok(dates.into_iter().zip(means).collect())
    }

    /// The mean strength (0–100, one decimal) of the habits that are not archived on
    /// each of `dates`.
    pub(super) fn mean_strength_at(&self, dates: &[NaiveDate]) -> Result<Vec<f64>> {
        let series = self.each_habit_history(|_, days, _| strength_series(days))?;
        Ok(dates
            .iter()
            .map(|date| {
                let values: Vec<f64> = series
                    .iter()
                    .filter_map(|s| {
                        let at = s.binary_search_by_key(date, |(d, _)| *d).ok()?;
                        Some(s[at].1)
                    })
                    .collect();
                let mean = if values.is_empty() {
                    0.0
                } else {
                    values.iter().sum::<f64>() / values.len() as f64
                };
                (mean * 1000.0).round() / 10.0
            })
            .collect())
    }

    /// When the retake suggestion is due, from the last attempt (or the first day of
    /// the history, at 10:00 the day after, before any attempt).
    pub(super) fn retake_schedule(&self) -> Result<crate::assessment::RetakeDue> {
        let conn = self.store.read();
        let first_day = store::habits(conn)?
            .iter()
            .map(|h| h.created_on)
            .min()
            .unwrap_or_else(|| self.today());
        let first_use = start_of_day(self.tz, first_day) + Duration::hours(10);
        let every = self.settings()?.retake_every();
        Ok(retake_due(
            store::last_attempt_at(conn)?,
            first_use,
            every,
            self.now(),
        ))
    }

    /// A retake suggestion to show now (recorded as shown), and when the next one is due.
    pub fn plan_retake(&mut self) -> Result<(Option<DateTime<Utc>>, DateTime<Utc>)> {
        let due = self.retake_schedule()?;
        let now = self.now();
        let paused = store::pauses(self.store.read())?
            .iter()
            .any(|p| p.covers(now));
        let fire = match due.current {
            Some(at) if !paused && !store::retake_shown(self.store.read(), at)? => {
                self.store
                    .write(|conn| store::record_retake_shown(conn, at, now))?;
                Some(at)
            }
            _ => None,
        };
        Ok((fire, due.next))
    }
}
