//! One way in: every input the tray app receives from outside — a menu click, an
//! answer to a notification, a D-Bus `Open` or `Refresh` — is one `Event`, queued
//! here and handled by the engine thread (`handler::handle`), one at a time. Timers,
//! writes to the data dir and presence changes wake that same thread.
use crate::menu_model::Action;
use crate::on_screen::Subject;
use crate::wake::Poke;
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
