//! The person's preferences, stored as key/value text and read into typed values.
use crate::error::{CoreError, Result};
use crate::i18n::{Language, AUTO};
use crate::model::parse_duration;
use crate::zone::Zone;
use chrono::Duration;
use serde::Serialize;
use std::collections::BTreeMap;

pub const SNOOZE: &str = "snooze";
pub const CATCH_UP_WINDOW: &str = "catch_up_window";
pub const TIMEZONE: &str = "timezone";
pub const RETAKE_EVERY: &str = "retake_every";
pub const WAIT_WHEN_AWAY: &str = "wait_when_away";
pub const AWAY_AFTER: &str = "away_after";
pub const CHECKIN_LENGTH: &str = "checkin_length";
pub const LANGUAGE: &str = "language";
pub const LEARN_RHYTHM: &str = "learn_rhythm";
pub const BUSY_DO_NOT_DISTURB: &str = "busy_do_not_disturb";
pub const BUSY_FULL_SCREEN: &str = "busy_full_screen";
pub const BUSY_CALENDAR: &str = "busy_calendar";
/// The on/off settings.
const SWITCHES: &[&str] = &[
    WAIT_WHEN_AWAY,
    LEARN_RHYTHM,
    BUSY_DO_NOT_DISTURB,
    BUSY_FULL_SCREEN,
    BUSY_CALENDAR,
];
/// Keys the person may set; anything else in an import is refused.
pub const KEYS: &[&str] = &[
    SNOOZE,
    CATCH_UP_WINDOW,
    TIMEZONE,
    RETAKE_EVERY,
    WAIT_WHEN_AWAY,
    AWAY_AFTER,
    CHECKIN_LENGTH,
    LANGUAGE,
    LEARN_RHYTHM,
    BUSY_DO_NOT_DISTURB,
    BUSY_FULL_SCREEN,
    BUSY_CALENDAR,
];

const DEFAULT_SNOOZE_SECS: i64 = 10 * 60;
const DEFAULT_CATCH_UP_SECS: i64 = 2 * 3600;
/// "Repeat for a few weeks": the self-assessment is suggested again every three.
const DEFAULT_RETAKE_SECS: i64 = 3 * 7 * 86_400;
const DEFAULT_AWAY_AFTER_SECS: i64 = 5 * 60;
/// The middle of the essay's 5 to 15 minutes.
const DEFAULT_CHECKIN_SECS: i64 = 10 * 60;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Settings {
    /// How long "Snooze" on a reminder waits, in seconds.
    pub snooze_secs: i64,
    /// How late a missed reminder may still be shown, in seconds.
    pub catch_up_window_secs: i64,
    /// An IANA zone that overrides the system's.
    pub timezone: Option<String>,
    /// How often the mindset self-assessment is suggested again, in seconds.
    pub retake_every_secs: i64,
    /// "Wait for me when I'm away": a reminder due while the person is away is held
    /// until they are back.
    pub wait_when_away: bool,
    /// How long without input counts as away, in seconds.
    pub away_after_secs: i64,
    /// How long a timed check-in runs before its wrap-up, in seconds.
    pub checkin_length_secs: i64,
    /// The language Aloud speaks (`en`, `de`, `fr`); none: the desktop's.
    pub language: Option<String>,
    /// Whether the day's marks (arrival, breaks, departure) are learned from
    /// presence; nothing is recorded while off.
    pub learn_rhythm: bool,
    /// Whether the desktop's Do Not Disturb holds reminders.
    pub busy_do_not_disturb: bool,
    /// Whether a full-screen window holds reminders.
    pub busy_full_screen: bool,
    /// Whether the meetings of the named calendars hold reminders.
    pub busy_calendar: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            snooze_secs: DEFAULT_SNOOZE_SECS,
            catch_up_window_secs: DEFAULT_CATCH_UP_SECS,
            timezone: None,
            retake_every_secs: DEFAULT_RETAKE_SECS,
            wait_when_away: true,
            away_after_secs: DEFAULT_AWAY_AFTER_SECS,
            checkin_length_secs: DEFAULT_CHECKIN_SECS,
            language: None,
            learn_rhythm: true,
            busy_do_not_disturb: true,
            busy_full_screen: true,
            busy_calendar: true,
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
                    RETAKE_EVERY => s.retake_every_secs = v.num_seconds(),
                    AWAY_AFTER => s.away_after_secs = v.num_seconds(),
                    CHECKIN_LENGTH => s.checkin_length_secs = v.num_seconds(),
                    _ => {}
                }
            }
            let on = switch(value).unwrap_or(true);
            match key.as_str() {
                WAIT_WHEN_AWAY => s.wait_when_away = on,
                LEARN_RHYTHM => s.learn_rhythm = on,
                BUSY_DO_NOT_DISTURB => s.busy_do_not_disturb = on,
                BUSY_FULL_SCREEN => s.busy_full_screen = on,
                BUSY_CALENDAR => s.busy_calendar = on,
                _ => {}
            }
            if key == TIMEZONE && value.parse::<Zone>().is_ok() {
                s.timezone = Some(value.clone());
            }
            if key == LANGUAGE {
                s.language = Language::parse(value).map(|l| l.code().to_string());
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

    pub fn retake_every(&self) -> Duration {
        Duration::seconds(self.retake_every_secs)
    }

    pub fn away_after(&self) -> Duration {
        Duration::seconds(self.away_after_secs)
    }

    pub fn checkin_length(&self) -> Duration {
        Duration::seconds(self.checkin_length_secs)
    }

    /// The busy sources the person lets hold reminders.
    pub fn busy_sources(&self) -> crate::busy::BusySources {
        crate::busy::BusySources {
            do_not_disturb: self.busy_do_not_disturb,
            full_screen: self.busy_full_screen,
            calendar: self.busy_calendar,
        }
    }
}

/// `on` or `off` (also `true`/`false`), as `aloud config` and the dashboard write it.
fn switch(value: &str) -> Option<bool> {
    match value.trim() {
        "on" | "true" => Some(true),
        "off" | "false" => Some(false),
        _ => None,
    }
}

/// The shortest and longest value of a duration-valued setting.
pub fn bounds(key: &str) -> Option<(Duration, Duration)> {
    match key {
        SNOOZE => Some((Duration::seconds(1), Duration::hours(12))),
        CATCH_UP_WINDOW => Some((Duration::zero(), Duration::hours(12))),
        RETAKE_EVERY => Some((Duration::seconds(1), Duration::weeks(52))),
        AWAY_AFTER => Some((Duration::minutes(1), Duration::hours(1))),
        // Seconds are for tests; a person sets minutes.
        CHECKIN_LENGTH => Some((Duration::seconds(1), Duration::hours(1))),
        _ => None,
    }
}

/// Checks a setting; returns the parsed duration for duration-valued keys.
pub fn validate(key: &str, value: &str) -> Result<Option<Duration>> {
    if let Some((min, max)) = bounds(key) {
        return bounded(key, value, min, max).map(Some);
    }
    match key {
        _ if SWITCHES.contains(&key) => switch(value).map(|_| None).ok_or_else(|| {
            CoreError::said(
                "error-on-off",
                vec![("name", key.into()), ("value", value.into())],
            )
        }),
        LANGUAGE if value.trim() == AUTO || Language::parse(value).is_some() => Ok(None),
        LANGUAGE => Err(CoreError::said(
            "error-language",
            vec![("value", value.into())],
        )),
        TIMEZONE => value
            .parse::<Zone>()
            .map(|_| None)
            .map_err(|_| CoreError::said("error-time-zone", vec![("value", value.into())])),
        _ => Err(CoreError::said(
            "error-setting",
            vec![("name", key.into()), ("known", KEYS.join(", ").into())],
        )),
    }
}

fn bounded(key: &str, value: &str, min: Duration, max: Duration) -> Result<Duration> {
    let d = if value.trim() == "0" && min.is_zero() {
        Duration::zero()
    } else {
        parse_duration(value)?
    };
    if d < min || d > max {
        return Err(CoreError::said(
            "error-between",
            vec![
                ("name", key.into()),
                ("min", written(min).into()),
                ("max", written(max).into()),
            ],
        ));
    }
    Ok(d)
}

/// The durations a person types in Settings, written as they would type them, so
/// the dashboard shows them in the very form the core reads back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Typed {
    pub snooze: String,
    pub catch_up_window: String,
    pub retake_every: String,
}

impl Settings {
    pub fn typed(&self) -> Typed {
        let typed = |secs| written(Duration::seconds(secs));
        Typed {
            snooze: typed(self.snooze_secs),
            catch_up_window: typed(self.catch_up_window_secs),
            retake_every: typed(self.retake_every_secs),
        }
    }
}

/// A duration as the person would type it: `0s`, `90s`, `12h`, `52w`.
pub fn written(d: Duration) -> String {
    let secs = d.num_seconds();
    [(604_800, "w"), (86_400, "d"), (3600, "h"), (60, "m")]
        .iter()
        .find(|(unit, _)| secs != 0 && secs % unit == 0)
        .map_or(format!("{secs}s"), |(unit, name)| {
            format!("{}{name}", secs / unit)
        })
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
