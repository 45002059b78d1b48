//! When to suggest retaking the self-assessment: every `every` after the last
//! attempt, or, before any attempt, from the day after Aloud was first used.
use chrono::{DateTime, Duration, Utc};

/// The due instants around `now`: the latest at or before it (if any) and the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetakeDue {
    pub current: Option<DateTime<Utc>>,
    pub next: DateTime<Utc>,
}

/// `last_attempt`: when it was last taken; `first_use`: when the history began.
pub fn retake_due(
    last_attempt: Option<DateTime<Utc>>,
    first_use: DateTime<Utc>,
    every: Duration,
    now: DateTime<Utc>,
) -> RetakeDue {
    let first = match last_attempt {
        Some(at) => at + every,
        None => first_use + Duration::days(1),
    };
    if now < first {
        return RetakeDue {
            current: None,
            next: first,
        };
    }
    let step = every.num_seconds().max(1);
    let passed = (now - first).num_seconds() / step;
    let current = first + Duration::seconds(passed * step);
    RetakeDue {
        current: Some(current),
        next: current + Duration::seconds(step),
    }
}
