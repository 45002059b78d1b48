//! The JSON export document: everything needed to rebuild a data dir.
use crate::assessment::Attempt;
use crate::automaticity::Check;
use crate::model::{BenefitCheck, Entry, Habit, HabitId, Link, Pause, Person, Skip};
use crate::rhythm::DayMark;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const FORMAT: &str = "aloud-export";
/// Bumped only when an older Aloud could not read the document correctly.
/// Version 2 added `benefit_checks` and `assessments`, version 3 `links`, habits'
/// `link` and `ideas`, version 4 `people` and entries' `with`, version 5
/// `automaticity_checks` and habits' `prompts`, `prompts_since` and `starter`,
/// version 6 `day_marks`, version 7 habits' `anchor` and `lead_minutes`; every
/// older version is still read.
pub const VERSION: u32 = 7;
pub const OLDEST_VERSION: u32 = 1;

/// Field order and sorting are fixed so that exporting the same data twice gives
/// byte-identical files (useful for diffing backups).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub format: String,
    pub version: u32,
    pub habits: Vec<Habit>,
    pub entries: Vec<Entry>,
    pub skips: Vec<Skip>,
    pub pauses: Vec<Pause>,
    pub settings: BTreeMap<String, String>,
    #[serde(default)]
    pub benefit_checks: Vec<BenefitCheck>,
    #[serde(default)]
    pub assessments: Vec<Attempt>,
    #[serde(default)]
    pub links: Vec<Link>,
    /// The ideas the person edited, by habit (the others keep their defaults).
    #[serde(default)]
    pub ideas: BTreeMap<HabitId, Vec<String>>,
    /// The people and teams named on check-ins, with their kinds; absent when none
    /// are, so an export names no one unless the person did.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Every automaticity check, by habit then date.
    #[serde(default)]
    pub automaticity_checks: Vec<Check>,
    /// What Aloud learned of the person's day, oldest first.
    #[serde(default)]
    pub day_marks: Vec<DayMark>,
}
