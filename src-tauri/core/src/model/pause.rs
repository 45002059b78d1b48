//! A period during which reminders are silenced.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Half-open range [from, until) of UTC instants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pause {
    pub from: DateTime<Utc>,
    pub until: DateTime<Utc>,
}

impl Pause {
    pub fn covers(&self, at: DateTime<Utc>) -> bool {
        self.from <= at && at < self.until
    }
}
