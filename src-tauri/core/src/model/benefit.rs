//! The weekly benefits check: how much good the practice is doing, as the person sees it.
use crate::error::{CoreError, Result};
use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

pub const RATING_MAX: u8 = 5;
/// Far above what anyone counts in a week; catches a typo such as an extra zero or two.
pub const RESPONSES_MAX: u32 = 9_999;

/// One week's check. `week` is the Monday of the ISO week it is about; recording a
/// week twice replaces the first answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BenefitCheck {
    pub week: NaiveDate,
    /// How much benefit the person sees, 1 (none) to 5 (a lot).
    pub rating: u8,
    /// Responses received that week: likes, comments, questions asked of them.
    pub responses: u32,
}

impl BenefitCheck {
    /// A check for the week containing `date`.
    pub fn new(date: NaiveDate, rating: i64, responses: i64) -> Result<Self> {
        if !(1..=i64::from(RATING_MAX)).contains(&rating) {
            return Err(CoreError::said(
                "error-rating",
                vec![
                    ("max", RATING_MAX.into()),
                    ("value", rating.to_string().into()),
                ],
            ));
        }
        if !(0..=i64::from(RESPONSES_MAX)).contains(&responses) {
            return Err(CoreError::said(
                "error-responses",
                vec![
                    ("max", RESPONSES_MAX.into()),
                    ("value", responses.to_string().into()),
                ],
            ));
        }
        Ok(BenefitCheck {
            week: week_start(date),
            rating: rating as u8,
            responses: responses as u32,
        })
    }

    /// The same checks as `new`, for a check read from an import file.
    pub fn validated(self) -> Result<Self> {
        let check = BenefitCheck::new(self.week, self.rating.into(), self.responses.into())?;
        if check.week != self.week {
            return Err(CoreError::said(
                "error-not-a-monday",
                vec![("week", self.week.to_string().into())],
            ));
        }
        Ok(check)
    }
}

/// The Monday of `date`'s ISO week.
pub fn week_start(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_check_belongs_to_its_monday() {
        let check = BenefitCheck::new(d("2026-11-26"), 4, 3).unwrap();
        assert_eq!(check.week, d("2026-11-23"));
        assert_eq!(
            BenefitCheck::new(d("2026-11-23"), 1, 0).unwrap().week,
            d("2026-11-23")
        );
        assert_eq!(
            BenefitCheck::new(d("2026-11-29"), 5, 0).unwrap().week,
            d("2026-11-23")
        );
    }

    #[test]
    fn ratings_and_responses_are_bounded() {
        for (rating, responses) in [(0, 0), (6, 0), (-1, 2), (3, -1), (3, 10_000)] {
            assert!(
                BenefitCheck::new(d("2026-11-26"), rating, responses).is_err(),
                "{rating}/{responses} accepted"
            );
        }
        let imported = BenefitCheck {
            week: d("2026-11-24"),
            rating: 3,
            responses: 1,
        };
        assert!(imported.validated().is_err(), "a Tuesday week was accepted");
    }
}
