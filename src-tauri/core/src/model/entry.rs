//! What happened on a day: a habit done (an entry) or excused (a skip).
use super::text::one_line;
use super::HabitId;
use crate::error::{CoreError, Result};
use crate::i18n::key;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

pub const NOTE_MAX: usize = 500;
pub const MINUTES_MAX: u16 = 240;

/// Declares a string-backed enum with parsing, display and a list of its names.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = CoreError;
            fn from_str(value: &str) -> Result<Self> {
                match value {
                    $($text => Ok($name::$variant),)+
                    _ => Err(CoreError::said(
                        "error-not-one-of",
                        vec![
                            ("value", value.into()),
                            ("what", $what.into()),
                            ("known", [$($text),+].join(", ").into()),
                        ],
                    )),
                }
            }
        }
    };
}

named_enum!(
    /// Where a log came from.
    Source, "source" {
        Tray = "tray",
        Notification = "notification",
        Dashboard = "dashboard",
        Cli = "cli",
    }
);

named_enum!(
    /// The need a check-in served, from the tip of the iceberg down (Maslow's order).
    Need, "need" {
        Information = "information",
        Help = "help",
        Belonging = "belonging",
        Recognition = "recognition",
        Purpose = "purpose",
    }
);

impl Need {
    /// Its name in the catalogue, lower case where the language writes it so
    /// mid-sentence.
    pub fn name_key(self) -> &'static str {
        match self {
            Need::Information => key("need-information"),
            Need::Help => key("need-help"),
            Need::Belonging => key("need-belonging"),
            Need::Recognition => key("need-recognition"),
            Need::Purpose => key("need-purpose"),
        }
    }
}

/// A one-line note of at most 500 characters; empty means none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note(String);

impl Note {
    pub fn parse(value: &str) -> Result<Self> {
        one_line("note", value, NOTE_MAX, true).map(Note)
    }

    pub fn into_option(self) -> Option<String> {
        (!self.0.is_empty()).then_some(self.0)
    }
}

/// Minutes spent on a check-in, 1–240.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Minutes(u16);

impl Minutes {
    pub fn new(value: i64) -> Result<Self> {
        if (1..=i64::from(MINUTES_MAX)).contains(&value) {
            Ok(Minutes(value as u16))
        } else {
            Err(CoreError::said(
                "error-minutes",
                vec![
                    ("max", MINUTES_MAX.into()),
                    ("value", value.to_string().into()),
                ],
            ))
        }
    }

    pub fn parse(value: &str) -> Result<Self> {
        let n = value.trim().parse::<i64>().map_err(|_| {
            CoreError::said(
                "error-minutes",
                vec![
                    ("max", MINUTES_MAX.into()),
                    ("value", format!("'{value}'").into()),
                ],
            )
        })?;
        Minutes::new(n)
    }

    pub fn get(self) -> u16 {
        self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub habit: HabitId,
    /// The local date the entry counts for.
    pub date: NaiveDate,
    pub logged_at: DateTime<Utc>,
    pub source: Source,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need: Option<Need>,
    /// The people and teams the check-in involved, in the order named.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub with: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skip {
    pub habit: HabitId,
    pub date: NaiveDate,
    pub skipped_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_are_bounded() {
        assert_eq!(Minutes::new(1).unwrap().get(), 1);
        assert_eq!(Minutes::parse("240").unwrap().get(), 240);
        for bad in ["0", "241", "-3", "ten", "", "1.5"] {
            assert!(Minutes::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn notes_are_one_line_and_short() {
        assert_eq!(Note::parse("  ").unwrap().into_option(), None);
        assert_eq!(
            Note::parse("Posted from the café")
                .unwrap()
                .into_option()
                .as_deref(),
            Some("Posted from the café")
        );
        assert!(Note::parse(&"x".repeat(501)).is_err());
        assert!(Note::parse("a\nb").is_err());
    }

    #[test]
    fn enums_round_trip_their_names() {
        for need in Need::ALL {
            assert_eq!(need.as_str().parse::<Need>().unwrap(), *need);
        }
        assert!("email".parse::<Source>().is_err());
    }
}
