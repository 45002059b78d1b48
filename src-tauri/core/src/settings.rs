//! The person's preferences, stored as key/value text and read into typed values.
use crate::error::{CoreError, Result};
use crate::model::parse_duration;
use chrono::Duration;
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::BTreeMap;

pub const SNOOZE: &str = "snooze";
pub const CATCH_UP_WINDOW: &str = "catch_up_window";
pub const TIMEZONE: &str = "timezone";
/// Keys the person may set; anything else in an import is refused.
pub const KEYS: &[&str] = &[SNOOZE, CATCH_UP_WINDOW, TIMEZONE];

const DEFAULT_SNOOZE_SECS: i64 = 10 * 60;
const DEFAULT_CATCH_UP_SECS: i64 = 2 * 3600;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Settings {
    /// How long "Snooze" on a reminder waits, in seconds.
    pub snooze_secs: i64,
    /// How late a missed reminder may still be shown, in seconds.
    pub catch_up_window_secs: i64,
    /// An IANA zone that overrides the system's.
    pub timezone: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            snooze_secs: DEFAULT_SNOOZE_SECS,
            catch_up_window_secs: DEFAULT_CATCH_UP_SECS,
            timezone: None,
        }
    }
}

impl Settings {
    /// Reads stored values; unknown keys are ignored, invalid values fall back to defaults.
    pub fn from_map(map: &BTreeMap<String, String>) -> Self {
        let mut s = Settings::default();
        for (key, value) in map {
            if let Ok(Some(v)) = validate(key, value) {
                match key.as_str() {
                    SNOOZE => s.snooze_secs = v.num_seconds(),
                    CATCH_UP_WINDOW => s.catch_up_window_secs = v.num_seconds(),
                    _ => {}
                }
            }
            if key == TIMEZONE && value.parse::<Tz>().is_ok() {
                s.timezone = Some(value.clone());
            }
        }
        s
    }

    pub fn snooze(&self) -> Duration {
        Duration::seconds(self.snooze_secs)
    }

    pub fn catch_up_window(&self) -> Duration {
        Duration::seconds(self.catch_up_window_secs)
    }
}

/// Checks a setting; returns the parsed duration for duration-valued keys.
pub fn validate(key: &str, value: &str) -> Result<Option<Duration>> {
    match key {
        SNOOZE => bounded(key, value, Duration::seconds(1), Duration::hours(12)).map(Some),
        CATCH_UP_WINDOW => bounded(key, value, Duration::zero(), Duration::hours(12)).map(Some),
        TIMEZONE => value.parse::<Tz>().map(|_| None).map_err(|_| {
            CoreError::invalid(format!(
                "'{value}' is not an IANA time zone such as Europe/Berlin"
            ))
        }),
        _ => Err(CoreError::invalid(format!(
            "'{key}' is not a setting; known settings: {}",
            KEYS.join(", ")
        ))),
    }
}

fn bounded(key: &str, value: &str, min: Duration, max: Duration) -> Result<Duration> {
    let d = if value.trim() == "0" && min.is_zero() {
        Duration::zero()
    } else {
        parse_duration(value)?
    };
    if d < min || d > max {
        return Err(CoreError::invalid(format!(
            "{key} must be between {}s and {}h",
            min.num_seconds(),
            max.num_hours()
        )));
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_are_read_and_bad_ones_ignored() {
        let map = BTreeMap::from([
            (SNOOZE.to_string(), "90s".to_string()),
            (CATCH_UP_WINDOW.to_string(), "banana".to_string()),
            (TIMEZONE.to_string(), "Europe/Berlin".to_string()),
        ]);
        let s = Settings::from_map(&map);
        assert_eq!(s.snooze_secs, 90);
        assert_eq!(s.catch_up_window_secs, DEFAULT_CATCH_UP_SECS);
        assert_eq!(s.timezone.as_deref(), Some("Europe/Berlin"));
    }

    #[test]
    fn validation_names_the_problem() {
        assert!(validate(SNOOZE, "10m").is_ok());
        assert!(validate(SNOOZE, "13h").is_err());
        assert!(validate(CATCH_UP_WINDOW, "0").is_ok());
        assert!(validate(TIMEZONE, "Mars/Olympus").is_err());
        assert!(validate("colour", "green")
            .unwrap_err()
            .to_string()
            .contains("not a setting"));
    }
}
