//! When the tray has caught up: the engine's passes counted as they begin and end,
//! and the notifications still on their way to the desktop (each is sent from a
//! thread of its own). `Refresh` answers only once a pass that began after it was
//! asked has ended and everything that pass showed has reached the desktop, so a
//! caller (the dashboard after a save, a test checking that nothing happened)
//! knows the tray has seen what came before.
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

#[derive(Default)]
struct Counts {
    begun: u64,
    ended: u64,
    in_flight: u32,
}

#[derive(Default)]
pub struct Settled {
    counts: Mutex<Counts>,
    changed: Condvar,
}

/// Held while a notification is being sent.
pub struct Sending(Arc<Settled>);

impl Drop for Sending {
    fn drop(&mut self) {
        self.0.change(|c| c.in_flight -= 1);
    }
}

impl Settled {
    fn change(&self, f: impl FnOnce(&mut Counts)) {
        f(&mut self.counts.lock().unwrap_or_else(|e| e.into_inner()));
        self.changed.notify_all();
    }

    pub fn pass_begins(&self) {
        self.change(|c| c.begun += 1);
    }

    pub fn pass_ends(&self) {
        self.change(|c| c.ended += 1);
    }

    /// Counts a notification as on its way until the guard is dropped.
    pub fn sending(self: &Arc<Self>) -> Sending {
        self.change(|c| c.in_flight += 1);
        Sending(self.clone())
    }

    /// The pass after which the tray will have seen whatever happened until now.
    pub fn next_pass(&self) -> u64 {
        self.counts.lock().unwrap_or_else(|e| e.into_inner()).begun + 1
    }

    /// Waits (at most `within`) until pass `pass` has ended and nothing it showed
    /// is still on its way; false when the time ran out.
    pub fn wait_for(&self, pass: u64, within: Duration) -> bool {
        let counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        let (counts, _) = self
            .changed
            .wait_timeout_while(counts, within, |c| c.ended < pass || c.in_flight > 0)
            .unwrap_or_else(|e| e.into_inner());
        counts.ended >= pass && counts.in_flight == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn a_wait_ends_with_the_next_whole_pass_and_its_notifications() {
        let settled = Arc::new(Settled::default());
        let short = Duration::from_millis(20);
        // A pass already under way when asked does not count: it may have taken
        // its events before the question came.
        settled.pass_begins();
        let pass = settled.next_pass();
        settled.pass_ends();
        assert!(!settled.wait_for(pass, short));
        settled.pass_begins();
        let sending = settled.sending();
        settled.pass_ends();
        assert!(!settled.wait_for(pass, short), "a notification on its way");
        let waiter = {
            let settled = settled.clone();
            std::thread::spawn(move || settled.wait_for(pass, Duration::from_secs(5)))
        };
        drop(sending);
        assert!(waiter.join().unwrap());
    }
}
