//! The weekly benefits check and the review built on it.
use super::Tracker;
use crate::error::{CoreError, Result};
use crate::model::{week_start, BenefitCheck};
use crate::review::{
    bigger_challenge, combine_weeks, iceberg, iceberg_start, verdict, Review, REVIEW_WEEKS,
};
use crate::stats::{self, weekly_completion};
use crate::store;
use chrono::{Duration, NaiveDate};

impl Tracker {
    /// Records (or replaces) the check for the week containing `date` (default today).
    pub fn record_benefit_check(
        &mut self,
        date: Option<NaiveDate>,
        rating: i64,
        responses: i64,
    ) -> Result<BenefitCheck> {
        let today = self.today();
        let date = date.unwrap_or(today);
        if date > today {
            return Err(CoreError::said(
                "error-check-future",
                vec![("date", date.to_string().into())],
            ));
        }
        let check = BenefitCheck::new(date, rating, responses)?;
        let now = self.now();
        self.store
            .write(|conn| store::put_benefit_check(conn, &check, now))?;
        Ok(check)
    }

    pub fn review(&self) -> Result<Review> {
        let today = self.today();
        let this_week = week_start(today);
        let per_habit = self.each_habit_history(|days, series, minutes| {
            (
                weekly_completion(series),
                stats::summarize(days, series, minutes),
            )
        })?;
        let (weeks, habit_stats): (Vec<_>, Vec<_>) = per_habit.into_iter().unzip();
        let practice = combine_weeks(weeks);
        let conn = self.store.read();
        let all_checks = store::benefit_checks(conn)?;
        let c = self.catalogue()?;
        let verdict = verdict(&practice, &all_checks, this_week, c);
        let challenge = bigger_challenge(&verdict, &habit_stats, c);
        let since = this_week - Duration::weeks(REVIEW_WEEKS - 1);
        Ok(Review {
            this_week,
            current: all_checks.iter().find(|c| c.week == this_week).copied(),
            checks: all_checks.into_iter().filter(|c| c.week >= since).collect(),
            practice: practice
                .into_iter()
                .filter(|w| w.week_start >= since)
                .collect(),
            verdict,
            challenge,
            iceberg: iceberg(&store::needs_by_month(conn, iceberg_start(today))?, today),
            anchors: self.anchor_suggestions()?,
        })
    }
}
