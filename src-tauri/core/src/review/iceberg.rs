//! The iceberg view: which needs the check-ins served, month by month, from the tip
//! (information) down to purpose.
use crate::model::Need;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Months shown, the current one included.
pub const ICEBERG_MONTHS: u32 = 12;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeedMonth {
    /// `YYYY-MM`.
    pub month: String,
    /// Tagged check-ins per need, in `Iceberg::needs` order.
    pub counts: [u32; 5],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Iceberg {
    /// The needs from the tip of the iceberg down.
    pub needs: [Need; 5],
    /// From the first month with a tag (within `ICEBERG_MONTHS`) to this month.
    pub months: Vec<NeedMonth>,
    pub totals: [u32; 5],
    /// The deepest need served so far in the period.
    pub deepest: Option<Need>,
}

/// The first day of the oldest month shown when today is `today`.
pub fn iceberg_start(today: NaiveDate) -> NaiveDate {
    let months_back = ICEBERG_MONTHS - 1;
    let index = today.year() * 12 + today.month0() as i32 - months_back as i32;
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
        .expect("the first of a month exists")
}

/// Builds the view from `(YYYY-MM, need, count)` rows, oldest first.
pub fn iceberg(rows: &[(String, Need, u32)], today: NaiveDate) -> Iceberg {
    let needs = [
        Need::Information,
        Need::Help,
        Need::Belonging,
        Need::Recognition,
        Need::Purpose,
    ];
    let mut months: Vec<NeedMonth> = Vec::new();
    let mut totals = [0; 5];
    if let Some((first, _, _)) = rows.first() {
        let mut month = NaiveDate::parse_from_str(&format!("{first}-01"), "%Y-%m-%d")
            .unwrap_or_else(|_| iceberg_start(today))
            .max(iceberg_start(today));
        while month <= today {
            months.push(NeedMonth {
                month: month.format("%Y-%m").to_string(),
                counts: [0; 5],
            });
            month = month
                .checked_add_months(chrono::Months::new(1))
                .expect("a month after today exists");
        }
    }
    for (month, need, count) in rows {
        let slot = needs
            .iter()
            .position(|n| n == need)
            .expect("every need listed");
        if let Some(m) = months.iter_mut().find(|m| &m.month == month) {
            m.counts[slot] += count;
            totals[slot] += count;
        }
    }
    let deepest = (0..5).rev().find(|&i| totals[i] > 0).map(|i| needs[i]);
    Iceberg {
        needs,
        months,
        totals,
        deepest,
    }
}
