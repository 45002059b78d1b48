//! The `BusySources` seam on Windows: none of the desktop's own yet. Windows tells
//! "do not disturb" (Focus Assist) and a full-screen presentation only when asked
//! (`SHQueryUserNotificationState`), never by an event, and Aloud does not poll;
//! meetings still hold reminders through the calendars the core reads.
use crate::busy::{BusySources, BusyWatch};
use std::sync::Arc;

pub struct Sources;

impl BusySources for Sources {
    fn start(self: Box<Self>, _watch: &Arc<BusyWatch>) {}
}
