//! One way in: every input the tray app receives — a menu click, an answer to a
//! notification, a D-Bus `Open` or `Refresh`, the person coming or going, and what
//! wakes the engine (its timer, a write to the data dir, the clock or zone set) —
//! is one `Event`, queued here (or returned by the wake) and handled by the engine
//! thread (`handler::handle`), one at a time.
use crate::menu_model::Action;
use crate::on_screen::Subject;
use crate::platform::{Poke, Woken};
use aloud_app::panel::Panel;
use std::collections::VecDeque;
use std::sync::Mutex;

#[derive(Debug)]
pub enum Event {
    /// A click on an item of the tray menu.
    Menu(Action),
    /// What the person chose on one of Aloud's notifications (`key` is its action).
    Answered { subject: Subject, key: String },
    /// Open the dashboard at a panel (a click on the icon, a second launch, D-Bus).
    Open(Panel),
    /// Something changed that the data dir's watch does not see: draw again.
    Refresh,
    /// The person came or went (or a presence source started answering).
    PresenceChanged,
    /// The desktop's Do Not Disturb or full screen began or ended (or a source
    /// started answering).
    BusyChanged,
    /// A calendar file the person named changed.
    CalendarChanged,
    /// The instant the engine planned has come.
    Timer,
    /// Another process (the CLI, the dashboard) or the tray itself wrote the history.
    DataChanged,
    /// The system clock or time zone was set.
    ClockChanged,
}

/// The queue of events waiting for the engine thread, and the poke that wakes it.
pub struct Inbox {
    queue: Mutex<VecDeque<Event>>,
    poke: Poke,
}

impl Inbox {
    pub fn new(poke: Poke) -> Inbox {
        Inbox {
            queue: Mutex::default(),
            poke,
        }
    }

    /// Queues `event` and wakes the engine; never waits for it to be handled.
    pub fn send(&self, event: Event) {
        self.queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push_back(event);
        self.poke.poke();
    }

    /// Everything queued so far, oldest first.
    pub fn take(&self) -> Vec<Event> {
        self.queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .drain(..)
            .collect()
    }
}

/// What woke the engine, as events (a poke only says that the inbox has some).
pub fn from_wake(woken: Woken) -> Vec<Event> {
    [
        (woken.timer, Event::Timer),
        (woken.data_changed, Event::DataChanged),
        (woken.followed_changed, Event::CalendarChanged),
        (
            woken.clock_changed || woken.zone_changed,
            Event::ClockChanged,
        ),
    ]
    .into_iter()
    .filter_map(|(happened, event)| happened.then_some(event))
    .collect()
}
