//! Why a habit's reminder comes when it does, said to the person (Today, the tray
//! menu, the reminder and `aloud status --json`).
use super::{key, Args, Catalogue};
use crate::rhythm::Moment;
use crate::schedule::Why;

impl Catalogue {
    /// "12:30 — 10 min before you usually leave for lunch, 12:40 over the last 10
    /// days"; `at` is the time it comes ("HH:MM", local). `None` for a habit at its
    /// own time: its time says it all.
    pub fn why(&self, at: &str, why: &Why) -> Option<String> {
        let args = Args::new().str("at", at);
        Some(match why {
            Why::Time => return None,
            Why::Arrival => self.msg_with("why-arrival", &args),
            Why::Learned {
                moment,
                lead,
                typical,
            } => self.msg_with(
                match moment {
                    Moment::Lunch => key("why-lunch"),
                    _ => key("why-leaving"),
                },
                &args
                    .num("lead", lead.as_minutes())
                    .str("typical", typical.hh_mm().unwrap_or_default())
                    .num("days", typical.days as u32),
            ),
            Why::Learning { moment, days } => self.msg_with(
                match moment {
                    Moment::Lunch => key("why-learning-lunch"),
                    _ => key("why-learning-leaving"),
                },
                &args
                    .num("days", *days as u32)
                    .num("needed", crate::rhythm::DAYS_TO_LEARN as u32),
            ),
            Why::NotWorkday { .. } => self.msg_with("why-not-workday", &args),
        })
    }
}
