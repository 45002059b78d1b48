//! The set of weekdays a habit is scheduled on.
use crate::error::{CoreError, Result};
use chrono::Weekday;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

const NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// A bit set, Monday = bit 0 … Sunday = bit 6. Never empty when built by `parse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Weekdays(u8);

impl Weekdays {
    pub const WORKDAYS: Weekdays = Weekdays(0b001_1111);
    pub const DAILY: Weekdays = Weekdays(0b111_1111);

    pub fn from_bits(bits: u8) -> Option<Self> {
        (bits != 0 && bits <= 0b111_1111).then_some(Weekdays(bits))
    }

    pub fn bits(self) -> u8 {
        self.0
    }

    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }

    pub fn count(self) -> u32 {
        self.0.count_ones()
    }

    /// Parses `weekdays`, `daily`, or a comma-separated list such as `mon,wed,fri`.
    pub fn parse(value: &str) -> Result<Self> {
        match value.trim() {
            "weekdays" | "workdays" => return Ok(Self::WORKDAYS),
            "daily" => return Ok(Self::DAILY),
            _ => {}
        }
        let mut bits = 0u8;
        for part in value.split(',') {
            let name = part.trim().to_ascii_lowercase();
            let index = NAMES.iter().position(|n| *n == name).ok_or_else(|| {
                CoreError::said("error-weekday", vec![("value", part.trim().into())])
            })?;
            bits |= 1 << index;
        }
        Ok(Weekdays(bits))
    }

    pub fn names(self) -> Vec<&'static str> {
        (0..7)
            .filter(|i| self.0 & (1 << i) != 0)
            .map(|i| NAMES[i])
            .collect()
    }
}

impl fmt::Display for Weekdays {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::WORKDAYS => f.write_str("weekdays"),
            Self::DAILY => f.write_str("daily"),
            days => f.write_str(&days.names().join(",")),
        }
    }
}

impl Serialize for Weekdays {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.names().serialize(s)
    }
}

impl<'de> Deserialize<'de> for Weekdays {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let names = Vec::<String>::deserialize(d)?;
        if names.is_empty() {
            return Err(serde::de::Error::custom(
                "a habit needs at least one weekday",
            ));
        }
        Weekdays::parse(&names.join(",")).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lists_and_shorthands() {
        assert_eq!(Weekdays::parse("weekdays").unwrap(), Weekdays::WORKDAYS);
        assert_eq!(Weekdays::parse("daily").unwrap(), Weekdays::DAILY);
        let days = Weekdays::parse("mon, Wed,fri").unwrap();
        assert!(days.contains(Weekday::Wed) && !days.contains(Weekday::Tue));
        assert_eq!(days.to_string(), "mon,wed,fri");
        assert_eq!(days.count(), 3);
    }

    #[test]
    fn rejects_unknown_or_empty_days() {
        for bad in ["", "monday", "mon,,tue", "funday", "mon;tue"] {
            assert!(Weekdays::parse(bad).is_err(), "{bad:?} accepted");
        }
        assert!(Weekdays::from_bits(0).is_none());
        assert!(Weekdays::from_bits(0x80).is_none());
    }
}
