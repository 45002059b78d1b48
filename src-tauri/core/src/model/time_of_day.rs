//! A local wall-clock time of day, to the second.
use crate::error::{CoreError, Result};
use chrono::{NaiveTime, Timelike};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(NaiveTime);

impl TimeOfDay {
    pub fn new(hour: u32, minute: u32, second: u32) -> Option<Self> {
        NaiveTime::from_hms_opt(hour, minute, second).map(TimeOfDay)
    }

    /// Parses `HH:MM` or `HH:MM:SS` (24-hour clock, two digits each).
    pub fn parse(value: &str) -> Result<Self> {
        let bad = || CoreError::said("error-time", vec![("value", value.into())]);
        let parts: Vec<&str> = value.split(':').collect();
        if !(2..=3).contains(&parts.len())
            || parts
                .iter()
                .any(|p| p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(bad());
        }
        let n = |i: usize| parts.get(i).map_or(Ok(0), |p| p.parse::<u32>());
        let (h, m, s) = (
            n(0).map_err(|_| bad())?,
            n(1).map_err(|_| bad())?,
            n(2).map_err(|_| bad())?,
        );
        TimeOfDay::new(h, m, s).ok_or_else(bad)
    }

    /// A habit's latest time as the person writes it: `HH:MM`, or `default` (or
    /// nothing) for the default, its time plus the catch-up window.
    pub fn parse_latest(value: &str) -> Result<Option<Self>> {
        match value.trim() {
            "" | "default" => Ok(None),
            time => TimeOfDay::parse(time).map(Some),
        }
    }

    pub fn naive(self) -> NaiveTime {
        self.0
    }

    pub fn seconds_from_midnight(self) -> u32 {
        self.0.num_seconds_from_midnight()
    }

    pub fn from_seconds_from_midnight(seconds: u32) -> Option<Self> {
        NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0).map(TimeOfDay)
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.second() == 0 {
            write!(f, "{}", self.0.format("%H:%M"))
        } else {
            write!(f, "{}", self.0.format("%H:%M:%S"))
        }
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        TimeOfDay::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_minutes_and_seconds() {
        assert_eq!(TimeOfDay::parse("08:30").unwrap().to_string(), "08:30");
        assert_eq!(
            TimeOfDay::parse("17:30:05").unwrap().to_string(),
            "17:30:05"
        );
        assert_eq!(
            TimeOfDay::parse("00:00").unwrap().seconds_from_midnight(),
            0
        );
    }

    #[test]
    fn rejects_malformed_times() {
        for bad in [
            "8:30",
            "24:00",
            "12:60",
            "12:00:60",
            "12",
            "12:00:00:00",
            "ab:cd",
            "",
            "12:3O",
        ] {
            assert!(TimeOfDay::parse(bad).is_err(), "{bad:?} accepted");
        }
    }
}
