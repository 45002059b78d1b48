//! What a habit's reminder is tied to: its clock time, or a moment of the person's
//! own day that Aloud learns (see `rhythm`), with a lead before it.
use crate::error::{CoreError, Result};
use crate::rhythm::Moment;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// At the habit's time.
    #[default]
    Time,
    /// When the person first sits down: from the habit's time (the earliest) until
    /// its latest time, on their return if they are not there yet.
    Arrival,
    /// A lead before the person usually leaves for lunch.
    Lunch,
    /// A lead before the person usually leaves for the day.
    Leaving,
}

impl Anchor {
    pub const ALL: [Anchor; 4] = [
        Anchor::Time,
        Anchor::Arrival,
        Anchor::Lunch,
        Anchor::Leaving,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Time => "time",
            Anchor::Arrival => "arrival",
            Anchor::Lunch => "lunch",
            Anchor::Leaving => "leaving",
        }
    }

    /// The key of its name as a choice ("before I leave for lunch").
    pub fn name_key(self) -> &'static str {
        match self {
            Anchor::Time => crate::i18n::key("anchor-time"),
            Anchor::Arrival => crate::i18n::key("anchor-arrival"),
            Anchor::Lunch => crate::i18n::key("anchor-lunch"),
            Anchor::Leaving => crate::i18n::key("anchor-leaving"),
        }
    }

    pub fn is_time(&self) -> bool {
        *self == Anchor::Time
    }

    /// The anchor tied to `moment`.
    pub fn of(moment: Moment) -> Anchor {
        match moment {
            Moment::Arrival => Anchor::Arrival,
            Moment::Lunch => Anchor::Lunch,
            Moment::Leaving => Anchor::Leaving,
        }
    }

    /// The learned moment a reminder comes a lead before (lunch, leaving).
    pub fn before(self) -> Option<Moment> {
        match self {
            Anchor::Lunch => Some(Moment::Lunch),
            Anchor::Leaving => Some(Moment::Leaving),
            Anchor::Time | Anchor::Arrival => None,
        }
    }
}

impl std::str::FromStr for Anchor {
    type Err = CoreError;

    fn from_str(value: &str) -> Result<Self> {
        Anchor::ALL
            .into_iter()
            .find(|a| a.as_str() == value)
            .ok_or_else(|| CoreError::said("error-anchor", vec![("value", value.into())]))
    }
}

impl fmt::Display for Anchor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How long before a learned moment the reminder comes: whole minutes, 0 to 60.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct Lead(u32);

impl Lead {
    pub const DEFAULT_MINUTES: u32 = 10;
    pub const MAX_MINUTES: u32 = 60;

    pub fn minutes(minutes: u32) -> Result<Lead> {
        if minutes <= Lead::MAX_MINUTES {
            Ok(Lead(minutes))
        } else {
            Err(CoreError::said(
                "error-lead",
                vec![("value", minutes.to_string().into())],
            ))
        }
    }

    /// "10m", "1h", "0": a duration of whole minutes within 0–60.
    pub fn parse(value: &str) -> Result<Lead> {
        let bad = || CoreError::said("error-lead", vec![("value", value.into())]);
        let trimmed = value.trim();
        // parse_duration refuses a length of zero, which a lead may be ("0", "0m").
        let digits = trimmed.strip_suffix(['m', 's', 'h']).unwrap_or(trimmed);
        if !digits.is_empty() && digits.bytes().all(|b| b == b'0') {
            return Ok(Lead(0));
        }
        let length = super::parse_duration(trimmed).map_err(|_| bad())?;
        if length.num_seconds() % 60 != 0 {
            return Err(bad());
        }
        u32::try_from(length.num_minutes())
            .ok()
            .and_then(|m| Lead::minutes(m).ok())
            .ok_or_else(bad)
    }

    pub fn as_minutes(self) -> u32 {
        self.0
    }

    pub fn is_default(&self) -> bool {
        self.0 == Lead::DEFAULT_MINUTES
    }
}

impl Default for Lead {
    fn default() -> Lead {
        Lead(Lead::DEFAULT_MINUTES)
    }
}

impl TryFrom<u32> for Lead {
    type Error = CoreError;

    fn try_from(minutes: u32) -> Result<Lead> {
        Lead::minutes(minutes)
    }
}

impl From<Lead> for u32 {
    fn from(lead: Lead) -> u32 {
        lead.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_read_back_what_they_write_and_refuse_the_rest() {
        for anchor in Anchor::ALL {
            assert_eq!(anchor.as_str().parse::<Anchor>().unwrap(), anchor);
        }
        for bad in ["", "Lunch", "noon", "time "] {
            assert!(bad.parse::<Anchor>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn leads_are_whole_minutes_up_to_an_hour() {
        let minutes = |text: &str| Lead::parse(text).map(Lead::as_minutes).ok();
        assert_eq!(minutes("10m"), Some(10));
        assert_eq!(minutes("0"), Some(0));
        assert_eq!(minutes("0m"), Some(0));
        assert_eq!(minutes("1h"), Some(60));
        assert_eq!(minutes("60m"), Some(60));
        assert_eq!(minutes("45m"), Some(45));
        for bad in ["61m", "2h", "90s", "-5m", "ten", "", "5", "1d"] {
            assert_eq!(minutes(bad), None, "{bad:?}");
        }
        assert!(Lead::minutes(61).is_err());
        assert!(serde_json::from_str::<Lead>("61").is_err());
        assert_eq!(serde_json::from_str::<Lead>("15").unwrap().as_minutes(), 15);
    }
}
