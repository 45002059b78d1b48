//! Whether the person is at the computer, from what the desktop tells: a locked
//! screen, a running screensaver, no input for a while, or a session switched away.
//! The tray's sources each report one signal; this decides what they add up to.
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Present,
    Away,
    /// No source answers (no tray running, or a desktop that tells nothing):
    /// reminders behave as if the person were there.
    Unknown,
}

impl Presence {
    pub fn name(self) -> &'static str {
        match self {
            Presence::Present => "present",
            Presence::Away => "away",
            Presence::Unknown => "unknown",
        }
    }

    pub fn parse(value: &str) -> Option<Presence> {
        [Presence::Present, Presence::Away, Presence::Unknown]
            .into_iter()
            .find(|p| p.name() == value)
    }
}

/// What each source last said; `None` for a source this desktop does not have.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Signals {
    /// logind's `LockedHint` for this session.
    pub locked: Option<bool>,
    /// A screensaver's `ActiveChanged`/`GetActive`.
    pub screensaver: Option<bool>,
    /// No input for the away threshold (X SYNC `IDLETIME`, Mutter's idle monitor).
    pub idle: Option<bool>,
    /// logind's `Active` for this session (false: the user switched away).
    pub session_active: Option<bool>,
    /// logind's `PrepareForSleep` or `PrepareForShutdown`: the machine is going to
    /// sleep or shutting down (true), or woke up (false).
    pub powering_down: Option<bool>,
}

impl Signals {
    /// Away when any source says so; present when some source answers and none
    /// says away; unknown when none answers.
    pub fn presence(&self) -> Presence {
        let away = self.locked == Some(true)
            || self.screensaver == Some(true)
            || self.idle == Some(true)
            || self.session_active == Some(false)
            || self.powering_down == Some(true);
        let known = self.locked.is_some()
            || self.screensaver.is_some()
            || self.idle.is_some()
            || self.session_active.is_some()
            || self.powering_down.is_some();
        match (away, known) {
            (true, _) => Presence::Away,
            (false, true) => Presence::Present,
            (false, false) => Presence::Unknown,
        }
    }

    /// The person came back from suspend: the machine woke because someone opened
    /// or touched it. Idle counts as over; a lock screen still says away until unlocked.
    pub fn resumed(&mut self) {
        if self.idle.is_some() {
            self.idle = Some(false);
        }
        if self.powering_down.is_some() {
            self.powering_down = Some(false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_source_saying_away_makes_the_person_away() {
        let present = Signals {
            locked: Some(false),
            screensaver: Some(false),
            idle: Some(false),
            session_active: Some(true),
            powering_down: Some(false),
        };
        assert_eq!(present.presence(), Presence::Present);
        for away in [
            Signals {
                locked: Some(true),
                ..present
            },
            Signals {
                screensaver: Some(true),
                ..present
            },
            Signals {
                idle: Some(true),
                ..present
            },
            Signals {
                session_active: Some(false),
                ..present
            },
            Signals {
                powering_down: Some(true),
                ..present
            },
        ] {
            assert_eq!(away.presence(), Presence::Away, "{away:?}");
        }
    }

    #[test]
    fn no_source_is_unknown_and_one_source_is_enough() {
        assert_eq!(Signals::default().presence(), Presence::Unknown);
        let idle_only = Signals {
            idle: Some(false),
            ..Signals::default()
        };
        assert_eq!(idle_only.presence(), Presence::Present);
    }

    #[test]
    fn resuming_ends_idleness_but_not_a_lock() {
        let mut s = Signals {
            locked: Some(true),
            idle: Some(true),
            ..Signals::default()
        };
        s.resumed();
        assert_eq!(s.idle, Some(false));
        assert_eq!(s.presence(), Presence::Away);
        s.locked = Some(false);
        assert_eq!(s.presence(), Presence::Present);
        let mut no_idle_source = Signals::default();
        no_idle_source.resumed();
        assert_eq!(no_idle_source.presence(), Presence::Unknown);
        // Going to sleep is away; waking is back (unless the screen is locked).
        let mut sleeping = Signals {
            powering_down: Some(true),
            idle: Some(false),
            ..Signals::default()
        };
        assert_eq!(sleeping.presence(), Presence::Away);
        sleeping.resumed();
        assert_eq!(sleeping.presence(), Presence::Present);
    }

    #[test]
    fn names_round_trip() {
        for p in [Presence::Present, Presence::Away, Presence::Unknown] {
            assert_eq!(Presence::parse(p.name()), Some(p));
        }
        assert_eq!(Presence::parse("gone"), None);
    }
}
