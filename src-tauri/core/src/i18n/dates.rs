//! Dates and times as a person of the catalogue's language writes them; the
//! names of days and months are messages like any other.
use super::{key, Args, Catalogue};
use chrono::{Datelike, Timelike, Weekday};

/// The selectors of `weekday-*` and `month-*` (not keys of their own).
const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn weekday(day: Weekday) -> &'static str {
    WEEKDAYS[day.num_days_from_monday() as usize]
}

impl Catalogue {
    /// "Sunday 6 December 2026", "Sonntag, 6. Dezember 2026".
    pub fn long_date(&self, date: &impl Datelike) -> String {
        let args = Args::new()
            .str(
                "weekday",
                self.msg_with(
                    "weekday-long",
                    &Args::new().str("day", weekday(date.weekday())),
                ),
            )
            .num("day", date.day())
            .str("month", self.month(date, key("month-long")))
            .num("year", date.year());
        self.msg_with("date-long", &args)
    }

    /// "6 December", "6. Dezember", "6 décembre".
    pub fn day_month(&self, date: &impl Datelike) -> String {
        let args = Args::new()
            .num("day", date.day())
            .str("month", self.month_name(date));
        self.msg_with("date-day-month", &args)
    }

    /// "December", "Dezember", "décembre".
    pub fn month_name(&self, date: &impl Datelike) -> String {
        self.month(date, key("month-long"))
    }

    /// "Sun 00:00": a moment within the coming week.
    pub fn weekday_time(&self, at: &(impl Datelike + Timelike)) -> String {
        let args = Args::new()
            .str("weekday", self.short_weekday(at))
            .str("time", hh_mm(at));
        self.msg_with("weekday-time", &args)
    }

    /// "Mon 7 Dec at 07:45".
    pub fn short_date_time(&self, at: &(impl Datelike + Timelike)) -> String {
        let args = Args::new()
            .str("weekday", self.short_weekday(at))
            .num("day", at.day())
            .str("month", self.month(at, key("month-short")))
            .str("time", hh_mm(at));
        self.msg_with("date-time-short", &args)
    }

    fn short_weekday(&self, date: &impl Datelike) -> String {
        self.msg_with(
            "weekday-short",
            &Args::new().str("day", weekday(date.weekday())),
        )
    }

    fn month(&self, date: &impl Datelike, form: &str) -> String {
        let month = MONTHS[date.month0() as usize];
        self.msg_with(form, &Args::new().str("month", month))
    }
}

/// 24-hour `HH:MM`, the way all three languages write a time on a desk.
pub fn hh_mm(at: &impl Timelike) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}
